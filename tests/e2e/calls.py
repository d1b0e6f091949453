"""What the behaviour tests upload and expect back, and one way to drive either client."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from typing import Any

from portkey_client import AsyncPortkeyClient, PortkeyClient
from recording_server import RecordingServer

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40  # binary, every byte value
MASK = b"\x89PNG\r\n\x1a\nmask" + b"\x00\xff" * 500
OK = {
    "created": 1700000000,
    "data": [{"url": "https://img.example/otter.png", "revised_prompt": "an otter"}],
}
FLAVOURS = ("sync", "async")


def direct(server: RecordingServer, **changes: Any) -> dict[str, Any]:
    """Client options for calling ``server`` as the API itself."""
    options: dict[str, Any] = {
        "base_url": server.url + "/v1",
        "api_key": "pk-test",
        "virtual_key": "vk-test",
        "max_retries": 0,
    }
    options.update(changes)
    return options


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def edit(
    flavour: str, options: Mapping[str, Any], *, raw: bool = False, **arguments: Any
) -> Any:
    """``images.edit(**arguments)`` (or its raw variant) on a fresh client of ``flavour``.

    The client is built from ``options`` and closed before returning.
    """
    if flavour == "sync":
        with PortkeyClient(**options) as client:
            images = client.images
            return (images.with_raw_response.edit if raw else images.edit)(**arguments)

    async def run() -> Any:
        async with AsyncPortkeyClient(**options) as client:
            images = client.images
            method = images.with_raw_response.edit if raw else images.edit
            return await method(**arguments)

    return asyncio.run(run())
