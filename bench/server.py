"""A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with one small JSON body.

It runs in its own process (``python -m bench.server``), so that its work does
not share an interpreter with the client being measured, and it is cheap
enough per request that client overhead dominates what the bench sees. It
prints its port on the first line, and stops by itself after ``--max-requests``
requests or ``--max-seconds`` seconds, whichever comes first.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

__all__ = ["BODY", "main"]

BODY = json.dumps(
    {"id": "key-1", "name": "bench", "object": "api-key", "status": "active"}
).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/json\r\n"
    b"Content-Length: " + str(len(BODY)).encode() + b"\r\n"
    b"Connection: keep-alive\r\n"
    b"\r\n" + BODY
)


class _Protocol(asyncio.Protocol):
    """Answers each complete request on a connection; keeps the connection open."""

    def __init__(self, served: list[int], limit: int, done: asyncio.Event) -> None:
        self._served = served
        self._limit = limit
        self._done = done
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end].lower()
            length = 0
            for line in head.split(b"\r\n"):
                if line.startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            total = end + 4 + length
            if len(self._buffer) < total:
                return
            self._buffer = self._buffer[total:]
            assert self._transport is not None
            self._transport.write(RESPONSE)
            self._served[0] += 1
            if self._served[0] >= self._limit:
                self._done.set()


async def _serve(max_requests: int, max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    served = [0]
    done = asyncio.Event()
    server = await loop.create_server(
        lambda: _Protocol(served, max_requests, done), host="127.0.0.1", port=0
    )
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    try:
        await asyncio.wait_for(done.wait(), timeout=max_seconds)
    except TimeoutError:
        pass
    finally:
        server.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args(argv)
    asyncio.run(_serve(args.max_requests, args.max_seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
