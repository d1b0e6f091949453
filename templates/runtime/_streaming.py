"""Server-sent events as typed iterators: ``Stream[T]`` and ``AsyncStream[T]``."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
import pydantic

from ._errors import APIError, APIResponseValidationError, connection_error

__all__ = ["AsyncStream", "ServerSentEvent", "Stream"]

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    """One event of a ``text/event-stream`` body."""

    event: str | None
    data: str
    id: str | None = None


class _Decoder:
    """Incremental SSE parser (the WHATWG rules: ``field: value`` lines, blank line ends an event)."""

    def __init__(self) -> None:
        self._event: str | None = None
        self._data: list[str] = []
        self._id: str | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        if not line:
            if not self._data and self._event is None:
                return None
            event = ServerSentEvent(self._event, "\n".join(self._data), self._id)
            self._event, self._data = None, []
            return event
        if line.startswith(":"):
            return None  # a comment, often a keep-alive
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            self._id = value
        return None


def _decode(
    events: Iterable[ServerSentEvent], response: httpx.Response, cast_to: Any
) -> Iterator[Any]:
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(cast_to)
    for sse in events:
        value = _value(sse, response, adapter)
        if value is _DONE:
            return
        yield value


_DONE = object()


def _value(
    sse: ServerSentEvent, response: httpx.Response, adapter: pydantic.TypeAdapter[Any]
) -> Any:
    if sse.data == "[DONE]":
        return _DONE
    try:
        data = json.loads(sse.data)
    except ValueError:
        raise APIResponseValidationError(
            response, sse.data, f"a stream event is not valid JSON: {sse.data[:200]!r}"
        ) from None
    if sse.event == "error" or (
        isinstance(data, dict) and isinstance(data.get("error"), dict)
    ):
        error = data.get("error", data) if isinstance(data, dict) else data
        message = error.get("message") if isinstance(error, dict) else None
        raise APIError(
            f"the stream reported an error: {message or data}",
            response.request,
            body=data,
        )
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as exc:
        raise APIResponseValidationError(
            response,
            data,
            f"a stream event does not match the documented schema: {exc}",
        ) from None


class Stream(Generic[T]):
    """Iterate to receive each event as a ``T``; close (or use ``with``) to stop early."""

    def __init__(self, response: httpx.Response, cast_to: Any) -> None:
        self.response = response
        self._cast_to = cast_to

    def __iter__(self) -> Iterator[T]:
        try:
            yield from _decode(self._events(), self.response, self._cast_to)
        finally:
            self.close()

    def _events(self) -> Iterator[ServerSentEvent]:
        decoder = _Decoder()
        try:
            for line in self.response.iter_lines():
                event = decoder.feed(line)
                if event is not None:
                    yield event
        except httpx.RequestError as exc:  # cut off or stalled mid-way
            raise connection_error(self.response.request, exc) from exc
        last = decoder.feed("")
        if last is not None:
            yield last

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """``async for`` each event as a ``T``; ``await close()`` (or ``async with``) to stop early."""

    def __init__(self, response: httpx.Response, cast_to: Any) -> None:
        self.response = response
        self._cast_to = cast_to

    async def __aiter__(self) -> AsyncIterator[T]:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(self._cast_to)
        decoder = _Decoder()
        try:
            try:
                async for line in self.response.aiter_lines():
                    event = decoder.feed(line)
                    if event is None:
                        continue
                    value = _value(event, self.response, adapter)
                    if value is _DONE:
                        return
                    yield value
            except httpx.RequestError as exc:  # cut off or stalled mid-way
                raise connection_error(self.response.request, exc) from exc
            event = decoder.feed("")
            if event is not None:
                value = _value(event, self.response, adapter)
                if value is not _DONE:
                    yield value
        finally:
            await self.close()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
