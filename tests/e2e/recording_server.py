"""A small HTTP server on 127.0.0.1 that records requests and plays scripted answers.

It stands in for the API itself, or for the provider behind the gateway.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

# How long a hung answer waits at most, should the server never be stopped.
HANG_LIMIT = 60.0


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names; the last value of a repeated one
    header_lines: list[tuple[str, str]]  # as received, repeats included
    body: bytes
    client_port: int  # tells which connection carried the request

    def multipart(self) -> dict[str, list[Message]]:
        """Parts by field name, parsed by the standard library (not by the client)."""
        raw = (
            f"Content-Type: {self.headers['content-type']}\r\n\r\n".encode() + self.body
        )
        message = message_from_bytes(raw, policy=HTTP)
        parts: dict[str, list[Message]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            parts.setdefault(str(name), []).append(part)
        return parts

    def header_values(self, name: str) -> list[str]:
        """Every value sent for ``name``, in any case."""
        return [v for k, v in self.header_lines if k.lower() == name.lower()]

    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.path).query, keep_blank_values=True)


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False  # never answer (until the server stops)
    drop: bool = False  # close the connection without answering


class RecordingServer:
    """Start with ``with RecordingServer() as server``; ``server.url`` is its base URL."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.answers: list[Answer] = []
        self.default = Answer(200, {"ok": True})
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                with owner._lock:
                    owner.requests.append(
                        Recorded(
                            self.command,
                            self.path,
                            {k.lower(): v for k, v in self.headers.items()},
                            list(self.headers.items()),
                            body,
                            self.client_address[1],
                        )
                    )
                    answer = owner.answers.pop(0) if owner.answers else owner.default
                if answer.hang:
                    owner._stopping.wait(HANG_LIMIT)
                    self.close_connection = True
                    return
                if answer.drop:
                    self.close_connection = True
                    return
                payload = (
                    answer.body
                    if isinstance(answer.body, bytes)
                    else json.dumps(answer.body).encode()
                )
                try:
                    self.send_response(answer.status)
                    headers = {"Content-Type": "application/json", **answer.headers}
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()  # lets hung answers return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
