"""A WebSocket server on 127.0.0.1 that records each handshake and plays a realtime API.

It greets each connection with a ``session.created`` event, then answers each
event ``{"type": "echo", "event": <what it received>}``; an event
``{"type": "close", "code": C, "reason": R}`` makes it close the connection
with that code. ``refuse`` answers handshakes with an HTTP status instead.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from websockets.datastructures import Headers
from websockets.http11 import Request, Response
from websockets.sync.server import ServerConnection, serve


@dataclass(frozen=True)
class Handshake:
    """What one handshake request carried."""

    path: str
    headers: dict[str, str]


@dataclass
class Refusal:
    """An HTTP answer to the handshake instead of the upgrade."""

    status: int
    body: Any = None  # JSON-encoded when not bytes
    headers: dict[str, str] = field(default_factory=dict)


class WebSocketServer:
    """``with WebSocketServer() as server``: ``server.url`` (http://) serves until the block ends."""

    def __init__(self) -> None:
        self.handshakes: list[Handshake] = []
        self.received: list[Any] = []
        self.refuse: Refusal | None = None
        self._server = serve(
            self._handle,
            "127.0.0.1",
            0,
            process_request=self._process_request,
        )
        port = self._server.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _process_request(
        self, connection: ServerConnection, request: Request
    ) -> Response | None:
        self.handshakes.append(
            Handshake(
                request.path, {k.lower(): v for k, v in request.headers.raw_items()}
            )
        )
        refusal = self.refuse
        if refusal is None:
            return None
        body = (
            refusal.body
            if isinstance(refusal.body, bytes)
            else json.dumps(refusal.body).encode()
        )
        headers = Headers(refusal.headers)
        headers["Content-Length"] = str(len(body))
        if not isinstance(refusal.body, bytes):
            headers["Content-Type"] = "application/json"
        reason = HTTPStatus(refusal.status).phrase
        return Response(refusal.status, reason, headers, body)

    def _handle(self, connection: ServerConnection) -> None:
        connection.send(
            json.dumps({"type": "session.created", "session": {"id": "s1"}})
        )
        for message in connection:
            event = json.loads(message)
            self.received.append(event)
            if event.get("type") == "close":
                connection.close(event["code"], event.get("reason", ""))
                return
            if event.get("type") == "raw":
                connection.send(event["text"])
                continue
            connection.send(json.dumps({"type": "echo", "event": event}))

    def __enter__(self) -> WebSocketServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._thread.join()
