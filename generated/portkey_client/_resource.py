# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Base classes of the generated resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAPIResource", "SyncAPIResource"]


class SyncAPIResource:
    """A group of operations on a blocking client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A group of operations on an asyncio client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
