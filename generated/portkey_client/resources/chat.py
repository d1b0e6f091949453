# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Given a list of messages comprising a conversation, the model will return a response."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .chat_completions import AsyncChatCompletions, ChatCompletions

__all__ = ["AsyncChat", "Chat"]


class Chat(SyncAPIResource):
    """Given a list of messages comprising a conversation, the model will return a response."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    @cached_property
    def completions(self) -> ChatCompletions:
        from .chat_completions import ChatCompletions

        return ChatCompletions(self._client)


class AsyncChat(AsyncAPIResource):
    """Given a list of messages comprising a conversation, the model will return a response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        from .chat_completions import AsyncChatCompletions

        return AsyncChatCompletions(self._client)
