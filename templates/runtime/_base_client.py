"""Sending requests: auth, encoding, timeouts, retries, errors and logging."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._encoding import Param, encode_body, format_path, header_value, query_pairs
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    status_error,
)
from ._response import WANT_RAW, RawResponse, parse_response
from ._types import Body, Headers, Omit, Query, Timeout, omit

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Endpoint",
    "Param",
    "Scheme",
    "SyncAPIClient",
]

log = logging.getLogger(__name__.rpartition(".")[0])

# Long reads: generation calls can take minutes; a dead host should fail fast.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server's Retry-After is honoured up to this many seconds; beyond, back off.
MAX_RETRY_AFTER = 60.0
RETRY_STATUSES = frozenset({408, 409, 429})


@dataclass(frozen=True)
class Scheme:
    """How one credential travels: a header, query or cookie value, or HTTP auth."""

    kind: str  # "header", "query", "cookie", "bearer" or "basic"
    wire_name: str
    env_var: str


@dataclass(frozen=True)
class Endpoint:
    """What a generated method knows about its operation."""

    method: str
    path: str
    security: tuple[tuple[str, ...], ...] = ()
    params: tuple[Param, ...] = ()
    body: str | None = None  # "json", "multipart", "form", "text" or "binary"
    content_type: str | None = None
    files: frozenset[str] = field(default_factory=frozenset)
    response: str = "json"  # "json", "text", "binary" or "empty"
    accept: str = "application/json"  # the success response's media type
    server_url: str | None = None


@dataclass(frozen=True)
class _Prepared:
    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    headers: dict[str, str]
    content: bytes | None
    timeout: Timeout


class _BaseClient:
    """State and logic shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str,
        base_url_overridden: bool,
        credentials: Mapping[str, str | None],
        schemes: Mapping[str, Scheme],
        timeout: Timeout | Omit,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
        user_agent: str,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.base_url = base_url.rstrip("/")
        self._base_url_overridden = base_url_overridden
        self._credentials = {k: v for k, v in credentials.items() if v}
        self._schemes = schemes
        self.timeout: Timeout = DEFAULT_TIMEOUT if isinstance(timeout, Omit) else timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        self._user_agent = user_agent
        secret = {s.wire_name.lower() for s in schemes.values() if s.kind != "query"}
        self._secret_headers = secret | {"authorization", "cookie", "proxy-authorization"}

    # -- building a request ---------------------------------------------------

    def _prepare(
        self,
        endpoint: Endpoint,
        values: Mapping[str, Any],
        body: Any,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | Omit,
    ) -> _Prepared:
        headers: dict[str, str] = {"Accept": endpoint.accept, "User-Agent": self._user_agent}
        headers.update(self._default_headers)
        params: list[tuple[str, str | int | float | bool | None]] = [
            (k, str(v)) for k, v in self._default_query.items()
        ]
        cookies: list[str] = []
        self._authenticate(endpoint, headers, params, cookies)
        path_values: dict[str, Any] = {}
        for param in endpoint.params:
            value = values.get(param.name, omit)
            if isinstance(value, Omit):
                continue
            if param.location == "path":
                path_values[param.name] = value
            elif param.location == "query":
                if value is not None:
                    params.extend(query_pairs(param, value))
            elif param.location == "header":
                if value is not None:
                    headers[param.name] = header_value(value)
            elif value is not None:
                cookies.append(f"{param.name}={header_value(value)}")
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        content: bytes | None = None
        if endpoint.body is not None and not isinstance(body, Omit):
            content, content_type = encode_body(
                endpoint.body, endpoint.content_type or "", body, endpoint.files, extra_body
            )
            headers["Content-Type"] = content_type
        for name, value in (extra_headers or {}).items():
            if isinstance(value, Omit):
                headers.pop(name, None)
                headers.pop(name.title(), None)
            else:
                headers[name] = value
        for name, value in (extra_query or {}).items():
            params = [p for p in params if p[0] != name]
            params.append((name, str(value)))
        base = self.base_url
        if endpoint.server_url and not self._base_url_overridden:
            base = endpoint.server_url
        return _Prepared(
            method=endpoint.method,
            url=base + format_path(endpoint.path, path_values),
            params=params,
            headers=headers,
            content=content,
            timeout=self.timeout if isinstance(timeout, Omit) else timeout,
        )

    def _authenticate(
        self,
        endpoint: Endpoint,
        headers: dict[str, str],
        params: list[tuple[str, str | int | float | bool | None]],
        cookies: list[str],
    ) -> None:
        """Send every credential the operation accepts that the client holds.

        At least one of the operation's alternatives must be complete; otherwise
        no request is made and the error lists what would do.
        """
        if not endpoint.security:
            return
        held = set(self._credentials)
        if not any(set(alternative) <= held for alternative in endpoint.security):
            options = "; ".join(
                " + ".join(f"{name} (${self._schemes[name].env_var})" for name in alternative)
                for alternative in endpoint.security
            )
            raise MissingCredentialsError(
                f"{endpoint.method} {endpoint.path} needs one of these sets of "
                f"credentials: {options}. Pass them to the client or set the "
                "environment variables."
            )
        wanted = {name for alternative in endpoint.security for name in alternative}
        for name in sorted(wanted & held):
            scheme, value = self._schemes[name], self._credentials[name]
            if scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {value}"
            elif scheme.kind == "basic":
                headers["Authorization"] = f"Basic {value}"
            elif scheme.kind == "header":
                headers[scheme.wire_name] = value
            elif scheme.kind == "query":
                params.append((scheme.wire_name, value))
            else:
                cookies.append(f"{scheme.wire_name}={value}")

    def _build(self, http: httpx.Client | httpx.AsyncClient, prepared: _Prepared) -> httpx.Request:
        return http.build_request(
            prepared.method,
            prepared.url,
            params=prepared.params,
            headers=prepared.headers,
            content=prepared.content,
            timeout=prepared.timeout,
        )

    # -- retries ------------------------------------------------------------

    @staticmethod
    def _should_retry(response: httpx.Response) -> bool:
        override: str | None = response.headers.get("x-should-retry")
        if override in ("true", "false"):
            return override == "true"
        return response.status_code in RETRY_STATUSES or response.status_code >= 500

    @staticmethod
    def _retry_delay(attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``attempt + 1``."""
        if response is not None:
            delay = _retry_after(response.headers)
            if delay is not None and 0 <= delay <= MAX_RETRY_AFTER:
                return delay
        backoff = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return backoff * (1 - 0.25 * random.random())

    # -- logging ------------------------------------------------------------

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            shown = {
                k: ("<redacted>" if k.lower() in self._secret_headers else v)
                for k, v in request.headers.items()
            }
            log.debug("request %s %s attempt=%d headers=%s", request.method, request.url, attempt + 1, shown)

    @staticmethod
    def _log_response(response: httpx.Response, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "response %s %s -> %d in %.0f ms",
                response.request.method,
                response.request.url,
                response.status_code,
                (time.monotonic() - started) * 1000,
            )


class SyncAPIClient(_BaseClient):
    """The blocking client: one ``httpx.Client``, shared by every call."""

    def __init__(self, *, http_client: httpx.Client | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self.timeout, follow_redirects=True)

    def request(
        self,
        endpoint: Endpoint,
        *,
        cast_to: Any,
        values: Mapping[str, Any] | None = None,
        body: Any = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Any:
        raw = WANT_RAW.get()
        prepared = self._prepare(endpoint, values or {}, body, extra_headers, extra_query, extra_body, timeout)
        attempt = 0
        while True:
            request = self._build(self._http, prepared)
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = self._http.send(request)
            except httpx.TimeoutException as exc:
                if attempt < self.max_retries:
                    time.sleep(self._retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if attempt < self.max_retries:
                    time.sleep(self._retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise APIConnectionError(request, f"Connection error: {exc}") from exc
            self._log_response(response, started)
            if response.is_success:
                break
            if attempt < self.max_retries and self._should_retry(response):
                time.sleep(self._retry_delay(attempt, response))
                attempt += 1
                continue
            raise _status_error(response)
        if raw:
            return RawResponse(response, cast_to, endpoint.response)
        return parse_response(response, cast_to, endpoint.response)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """The asyncio client: one ``httpx.AsyncClient``, shared by every call."""

    def __init__(self, *, http_client: httpx.AsyncClient | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout, follow_redirects=True)

    async def request(
        self,
        endpoint: Endpoint,
        *,
        cast_to: Any,
        values: Mapping[str, Any] | None = None,
        body: Any = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Any:
        raw = WANT_RAW.get()
        prepared = self._prepare(endpoint, values or {}, body, extra_headers, extra_query, extra_body, timeout)
        attempt = 0
        while True:
            request = self._build(self._http, prepared)
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = await self._http.send(request)
            except httpx.TimeoutException as exc:
                if attempt < self.max_retries:
                    await asyncio.sleep(self._retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if attempt < self.max_retries:
                    await asyncio.sleep(self._retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise APIConnectionError(request, f"Connection error: {exc}") from exc
            self._log_response(response, started)
            if response.is_success:
                break
            if attempt < self.max_retries and self._should_retry(response):
                await asyncio.sleep(self._retry_delay(attempt, response))
                attempt += 1
                continue
            raise _status_error(response)
        if raw:
            return RawResponse(response, cast_to, endpoint.response)
        return parse_response(response, cast_to, endpoint.response)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _status_error(response: httpx.Response) -> APIStatusError:
    try:
        body: object = response.json()
    except ValueError:
        body = response.text or None
    return status_error(response, body)


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from ``retry-after-ms``, or ``Retry-After`` as seconds or an HTTP date."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed.timestamp() - time.time()
