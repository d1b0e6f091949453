"""WebSocket connections for operations that answer ``101``: JSON events both ways."""

from __future__ import annotations

import json
import socket
from collections.abc import (
    AsyncIterator,
    Callable,
    Coroutine,
    Generator,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import pydantic

from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)
from ._types import Headers, Omit, Query, Timeout, omit

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWebSocket
    from websockets.sync.client import ClientConnection as SyncWebSocket

    from ._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, _BaseClient

__all__ = [
    "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager",
    "RealtimeConnection",
    "RealtimeConnectionClosed",
    "async_realtime_connect",
    "realtime_connect",
]

T = TypeVar("T")

# Realtime events carry base64 audio: larger than websockets' 1 MiB default.
MAX_MESSAGE_SIZE = 16 * 2**20
INSTALL_HINT = (
    "realtime connections need the websockets package: "
    f"pip install '{(__package__ or 'client').replace('_', '-')}[realtime]' "
    "(or pip install websockets)"
)
# Headers the WebSocket handshake itself sets; anything else of a call is sent.
_HANDSHAKE_OWNED = frozenset(
    {"host", "connection", "upgrade", "content-length", "content-type", "user-agent"}
)


class RealtimeConnectionClosed(APIConnectionError):
    """The WebSocket is closed: ``code`` and ``reason`` are the close frame's, if any."""

    def __init__(self, request: httpx.Request, code: int | None, reason: str) -> None:
        detail = f"code {code}" if code is not None else "no close frame"
        super().__init__(
            request,
            f"Realtime connection closed ({detail}{': ' + reason if reason else ''}).",
        )
        self.code = code
        self.reason = reason


def _require_websockets() -> None:
    try:
        import websockets  # noqa: F401
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc


@dataclass(frozen=True)
class _Target:
    """Where and how to open one connection, worked out from the call."""

    url: str  # ws:// or wss://, with the query
    host: str
    port: int
    headers: list[tuple[str, str]]
    user_agent: str | None
    connect_timeout: float | None  # the TCP connection
    open_timeout: float | None  # TLS and the handshake answer
    request: httpx.Request  # for errors: the URL with credentials hidden
    secrets: tuple[str, ...]  # credential values, never shown in a message


def _target(
    client: _BaseClient,
    endpoint: Endpoint,
    values: Mapping[str, Any],
    extra_headers: Headers | None,
    extra_query: Query | None,
    timeout: Timeout | Omit,
) -> _Target:
    # The same preparation as every HTTP call: credentials, parameters, checks.
    prepared = client._prepare(
        endpoint=endpoint,
        values=values,
        body=omit,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=None,
        timeout=timeout,
    )
    url = httpx.URL(prepared.url)
    if prepared.params:
        url = url.copy_merge_params(prepared.params)
    schemes = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}
    if url.scheme not in schemes or not url.host:
        raise ValueError(f"cannot open a WebSocket to {client._log.url(url)}")
    url = url.copy_with(scheme=schemes[url.scheme])
    port = url.port or (443 if url.scheme == "wss" else 80)
    headers = [
        (name, value)
        for name, value in prepared.headers.items()
        if name.lower() not in _HANDSHAKE_OWNED
        and not name.lower().startswith("sec-websocket-")
    ]
    limits = prepared.timeout
    if isinstance(limits, httpx.Timeout):
        connect_timeout, open_timeout = limits.connect, limits.read
    else:
        connect_timeout = open_timeout = limits
    return _Target(
        url=str(url),
        host=url.host,
        port=port,
        headers=headers,
        user_agent=prepared.headers.get("User-Agent"),
        connect_timeout=connect_timeout,
        open_timeout=open_timeout,
        request=httpx.Request("GET", client._log.url(url)),
        secrets=tuple(client._credentials.values()),
    )


def _scrub(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<redacted>")
    return text


def _handshake_error(exc: BaseException, target: _Target) -> APIError:
    """The client's exception for a connection that could not be opened."""
    from websockets.exceptions import InvalidStatus

    # A redirect is never followed (the socket is ours): websockets raises
    # another error while handling the 3xx answer, which is reported instead.
    cause = next(
        (
            e
            for e in (exc, exc.__cause__, exc.__context__)
            if isinstance(e, InvalidStatus)
        ),
        None,
    )
    if cause is not None:
        answer = cause.response
        content = bytes(answer.body or b"")
        response = httpx.Response(
            answer.status_code,
            headers=list(answer.headers.raw_items()),
            content=content,
            request=target.request,
        )
        try:
            body: object = json.loads(content) if content else None
        except ValueError:
            body = content.decode("utf-8", "replace") or None
        return status_error(response, body)
    if isinstance(exc, TimeoutError):
        return APITimeoutError(target.request)
    detail = _scrub(str(exc) or type(exc).__name__, target.secrets)
    return APIConnectionError(target.request, f"Connection error: {detail}")


def _closed_error(exc: BaseException, request: httpx.Request) -> APIConnectionError:
    """The client's exception for a connection that ended (websockets' ConnectionClosed)."""
    frame = getattr(exc, "rcvd", None) or getattr(exc, "sent", None)
    if frame is None:
        return RealtimeConnectionClosed(request, None, "")
    return RealtimeConnectionClosed(request, frame.code, frame.reason)


def _encode(event: Mapping[str, Any] | pydantic.BaseModel) -> str:
    if isinstance(event, pydantic.BaseModel):
        return event.model_dump_json(by_alias=True, exclude_unset=True)
    if isinstance(event, Mapping):
        return json.dumps(event)
    raise TypeError(f"an event is a dict or a model, not {type(event).__name__}")


class _Events(Generic[T]):
    """Decoding received messages into ``T`` (shared by both connections)."""

    def __init__(self, response: httpx.Response, event: Any) -> None:
        self.response = response
        self._adapter: pydantic.TypeAdapter[T] = pydantic.TypeAdapter(event)

    def decode(self, message: str | bytes) -> T:
        try:
            data = json.loads(message)
        except ValueError:
            shown = message[:200]
            raise APIResponseValidationError(
                self.response, message, f"a realtime event is not JSON: {shown!r}"
            ) from None
        try:
            return self._adapter.validate_python(data)
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(
                self.response,
                data,
                f"a realtime event does not match the documented schema: {exc}",
            ) from None


def _handshake_response(
    ws: SyncWebSocket | AsyncWebSocket, request: httpx.Request
) -> httpx.Response:
    answer = ws.response
    headers = list(answer.headers.raw_items()) if answer is not None else []
    return httpx.Response(101, headers=headers, request=request)


class RealtimeConnection(Generic[T]):
    """An open WebSocket: ``send()`` events, ``recv()`` or iterate them, ``close()``.

    Iteration ends when the server closes normally; ``recv()`` on a closed
    connection and an abnormal close raise ``RealtimeConnectionClosed``.
    """

    def __init__(self, ws: SyncWebSocket, request: httpx.Request, event: Any) -> None:
        self._ws = ws
        self.request = request
        self.response = _handshake_response(ws, request)  # the 101 answer
        self._events: _Events[T] = _Events(self.response, event)

    def send(self, event: Mapping[str, Any] | pydantic.BaseModel) -> None:
        """Send one event as a JSON text message."""
        from websockets.exceptions import ConnectionClosed

        message = _encode(event)
        try:
            self._ws.send(message)
        except ConnectionClosed as exc:
            raise _closed_error(exc, self.request) from exc

    def recv(self) -> T:
        """The next event; waits for it."""
        from websockets.exceptions import ConnectionClosed

        try:
            message = self._ws.recv()
        except ConnectionClosed as exc:
            raise _closed_error(exc, self.request) from exc
        return self._events.decode(message)

    def __iter__(self) -> Iterator[T]:
        from websockets.exceptions import ConnectionClosedOK

        while True:
            try:
                yield self.recv()
            except RealtimeConnectionClosed as exc:
                if isinstance(exc.__cause__, ConnectionClosedOK):
                    return
                raise

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the connection (waits briefly for the server's close frame)."""
        self._ws.close(code, reason)

    def __enter__(self) -> RealtimeConnection[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncRealtimeConnection(Generic[T]):
    """The asyncio twin of ``RealtimeConnection``: ``await`` each method."""

    def __init__(self, ws: AsyncWebSocket, request: httpx.Request, event: Any) -> None:
        self._ws = ws
        self.request = request
        self.response = _handshake_response(ws, request)
        self._events: _Events[T] = _Events(self.response, event)

    async def send(self, event: Mapping[str, Any] | pydantic.BaseModel) -> None:
        """Send one event as a JSON text message."""
        from websockets.exceptions import ConnectionClosed

        message = _encode(event)
        try:
            await self._ws.send(message)
        except ConnectionClosed as exc:
            raise _closed_error(exc, self.request) from exc

    async def recv(self) -> T:
        """The next event; waits for it."""
        from websockets.exceptions import ConnectionClosed

        try:
            message = await self._ws.recv()
        except ConnectionClosed as exc:
            raise _closed_error(exc, self.request) from exc
        return self._events.decode(message)

    async def __aiter__(self) -> AsyncIterator[T]:
        from websockets.exceptions import ConnectionClosedOK

        while True:
            try:
                yield await self.recv()
            except RealtimeConnectionClosed as exc:
                if isinstance(exc.__cause__, ConnectionClosedOK):
                    return
                raise

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the connection (waits briefly for the server's close frame)."""
        await self._ws.close(code, reason)

    async def __aenter__(self) -> AsyncRealtimeConnection[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class AsyncRealtimeConnectionManager(Generic[T]):
    """``await`` it for the connection, or ``async with`` it to close it at the end."""

    def __init__(
        self, opener: Callable[[], Coroutine[Any, Any, AsyncRealtimeConnection[T]]]
    ) -> None:
        self._opener = opener
        self._connection: AsyncRealtimeConnection[T] | None = None

    def __await__(self) -> Generator[Any, None, AsyncRealtimeConnection[T]]:
        return self._opener().__await__()

    async def __aenter__(self) -> AsyncRealtimeConnection[T]:
        self._connection = await self._opener()
        return self._connection

    async def __aexit__(self, *exc_info: object) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close()


def realtime_connect(
    client: SyncAPIClient,
    endpoint: Endpoint,
    *,
    event: Any,
    values: Mapping[str, Any],
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    timeout: Timeout | Omit = omit,
) -> RealtimeConnection[Any]:
    """Open the operation's WebSocket with the client's credentials and base URL."""
    _require_websockets()
    from websockets.sync.client import connect

    target = _target(client, endpoint, values, extra_headers, extra_query, timeout)
    sock: socket.socket | None = None
    try:
        # Our own socket: websockets then follows no redirect, so credentials
        # never reach another origin.
        sock = socket.create_connection(
            (target.host, target.port), timeout=target.connect_timeout
        )
        sock.settimeout(None)  # websockets times the handshake itself
        ws = connect(
            target.url,
            sock=sock,
            additional_headers=target.headers,
            user_agent_header=target.user_agent,
            open_timeout=target.open_timeout,
            max_size=MAX_MESSAGE_SIZE,
        )
    except BaseException as exc:
        if sock is not None:
            sock.close()
        if isinstance(exc, Exception):
            raise _handshake_error(exc, target) from exc
        raise
    ws.__enter__()  # the connection is managed here, not by websockets' with
    return RealtimeConnection(ws, target.request, event)


async def _open_socket(host: str, port: int) -> socket.socket:
    import asyncio

    loop = asyncio.get_running_loop()
    error: OSError | None = None
    for family, kind, proto, _, address in await loop.getaddrinfo(
        host, port, type=socket.SOCK_STREAM
    ):
        sock = socket.socket(family, kind, proto)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, address)
        except OSError as exc:
            sock.close()
            error = exc
        except BaseException:
            sock.close()
            raise
        else:
            return sock
    raise error or OSError(f"cannot resolve {host}")


async def _async_open(
    client: AsyncAPIClient,
    endpoint: Endpoint,
    event: Any,
    values: Mapping[str, Any],
    extra_headers: Headers | None,
    extra_query: Query | None,
    timeout: Timeout | Omit,
) -> AsyncRealtimeConnection[Any]:
    import asyncio

    _require_websockets()
    from websockets.asyncio.client import connect

    target = _target(client, endpoint, values, extra_headers, extra_query, timeout)
    try:
        async with asyncio.timeout(target.connect_timeout):
            sock = await _open_socket(target.host, target.port)
    except Exception as exc:
        raise _handshake_error(exc, target) from exc
    try:
        ws = await connect(
            target.url,
            sock=sock,
            additional_headers=target.headers,
            user_agent_header=target.user_agent,
            open_timeout=target.open_timeout,
            max_size=MAX_MESSAGE_SIZE,
        )
    except BaseException as exc:
        sock.close()  # also when cancelled
        if isinstance(exc, Exception):
            raise _handshake_error(exc, target) from exc
        raise
    return AsyncRealtimeConnection(ws, target.request, event)


def async_realtime_connect(
    client: AsyncAPIClient,
    endpoint: Endpoint,
    *,
    event: Any,
    values: Mapping[str, Any],
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    timeout: Timeout | Omit = omit,
) -> AsyncRealtimeConnectionManager[Any]:
    """The operation's WebSocket, opened when awaited (or entered with ``async with``)."""
    return AsyncRealtimeConnectionManager(
        lambda: _async_open(
            client, endpoint, event, values, extra_headers, extra_query, timeout
        )
    )
