# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Turn HTTP responses into return values, and give raw access when asked."""

from __future__ import annotations

import contextvars
import functools
import json
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx
import pydantic

from ._errors import APIResponseValidationError

__all__ = ["RawResponse", "parse_response", "to_raw_response", "to_raw_response_async"]

T = TypeVar("T")
P = ParamSpec("P")

# Set while a ``with_raw_response`` wrapper runs; read once when a call starts.
WANT_RAW: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "want_raw", default=False
)

_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def parse_response(response: httpx.Response, cast_to: Any, kind: str) -> Any:
    """The documented value of a successful ``response``."""
    if kind == "empty" or cast_to is None:
        return None
    if kind == "binary":
        return response.content
    if kind == "text":
        return response.text
    try:
        data = json.loads(response.content) if response.content else None
    except ValueError as exc:
        raise APIResponseValidationError(
            response,
            response.text,
            f"The {response.status_code} response is not valid JSON: {exc}",
        ) from None
    try:
        if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
            return cast_to.model_validate(data)
        adapter = _ADAPTERS.get(cast_to)
        if adapter is None:
            adapter = _ADAPTERS[cast_to] = pydantic.TypeAdapter(cast_to)
        return adapter.validate_python(data)
    except pydantic.ValidationError as exc:
        raise APIResponseValidationError(
            response,
            data,
            f"The {response.status_code} response does not match the documented schema: {exc}",
        ) from None


class RawResponse(Generic[T]):
    """The HTTP response of a call, with ``parse()`` for its documented value."""

    def __init__(self, response: httpx.Response, cast_to: Any, kind: str) -> None:
        self.http_response = response
        self._cast_to = cast_to
        self._kind = kind
        self._parsed: T | None = None
        self._done = False

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The documented value, parsed once and cached."""
        if not self._done:
            self._parsed = parse_response(self.http_response, self._cast_to, self._kind)
            self._done = True
        return cast(T, self._parsed)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.url}>"


def to_raw_response(func: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a method so that it returns the ``RawResponse`` instead of the value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = WANT_RAW.set(True)
        try:
            return cast(RawResponse[T], func(*args, **kwargs))
        finally:
            WANT_RAW.reset(token)

    return wrapped


def to_raw_response_async(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """``to_raw_response`` for async methods."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = WANT_RAW.set(True)
        try:
            return cast(RawResponse[T], await func(*args, **kwargs))
        finally:
            WANT_RAW.reset(token)

    return wrapped
