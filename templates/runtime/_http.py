"""The httpx clients a client makes for itself, closed when dropped unclosed."""

from __future__ import annotations

import contextlib

import httpx

__all__ = ["OwnedAsyncClient", "OwnedClient"]


class OwnedClient(httpx.Client):
    """An ``httpx.Client`` that closes its connections when garbage collected.

    Shared by a client and its ``with_options`` copies, it is collected only
    when none of them is left; ``close()`` (or ``with``) stays the way to free
    it at a known time.
    """

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            if not self.is_closed:
                self.close()


class OwnedAsyncClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that closes itself when garbage collected.

    Closing needs the event loop: it is scheduled on the running one, if any.
    """

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            if not self.is_closed:
                import asyncio  # only async code reaches here: it is loaded

                asyncio.get_running_loop().create_task(self.aclose())
