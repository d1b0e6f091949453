# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""The exceptions a client raises."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "connection_error",
    "request_id_of",
    "status_error",
]

# Where a server names the request, in order of preference: the API's own
# id (passed through by the gateway), then the gateway's trace id.
REQUEST_ID_HEADERS = ("x-request-id", "x-portkey-trace-id")


class InvalidArgumentError(ValueError):
    """An argument breaks a constraint of the API; raised before anything is sent."""


class MissingCredentialsError(Exception):
    """The client lacks the credentials an operation needs; raised before sending."""


class APIError(Exception):
    """Base class of every error that comes from talking to the API."""

    message: str
    request: httpx.Request
    body: object | None

    def __init__(
        self, message: str, request: httpx.Request, *, body: object | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The request did not get an answer: no connection, reset, DNS failure..."""

    def __init__(
        self, request: httpx.Request, message: str = "Connection error."
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """A successful answer whose body does not fit the documented response."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(
        self, response: httpx.Response, body: object | None, message: str
    ) -> None:
        request_id = request_id_of(response.headers)
        if request_id:
            message += f" (request id: {request_id})"
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: object | None
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(response.headers)

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """Any 5xx status."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: object | None) -> APIStatusError:
    """The exception for a non-2xx ``response`` whose decoded body is ``body``."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    detail = _server_message(body)
    message = f"Error code: {response.status_code}"
    if detail:
        message += f" - {detail}"
    request_id = request_id_of(response.headers)
    if request_id:
        message += f" (request id: {request_id})"
    return cls(message, response=response, body=body)


def connection_error(
    request: httpx.Request, error: httpx.RequestError
) -> APIConnectionError:
    """The exception for a transport failure: a timeout, or any other lost answer."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(
        request, f"Connection error: {str(error) or type(error).__name__}"
    )


def request_id_of(headers: httpx.Headers) -> str | None:
    """The id the server gave the request, if any (empty headers do not count)."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def _server_message(body: Any) -> str:
    """The server's own words: ``{"error": {"message": ...}}`` and common variants."""
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict):
            for key in ("message", "detail", "error"):
                if isinstance(error.get(key), str):
                    return str(error[key])
        if isinstance(error, str):
            return error
        if isinstance(body.get("message"), str):
            return str(body["message"])
    if isinstance(body, str):
        return body[:500]
    return ""
