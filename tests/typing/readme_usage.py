"""What the README promises type checkers see; checked by mypy --strict, never run."""

from __future__ import annotations

from typing import assert_type

import httpx
import portkey_client
from portkey_client import AsyncPortkeyClient, PortkeyClient
from portkey_client._response import RawResponse
from portkey_client._streaming import AsyncStream, Stream
from portkey_client.models import (
    ChatCompletionRequestUserMessage,
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
    ImagesResponse,
)


def sync_usage(client: PortkeyClient) -> None:
    """The return type follows ``stream=``; raw responses parse to the model."""
    edited = client.images.edit(image=b"...", prompt="An otter")
    assert_type(edited, ImagesResponse)

    whole = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[ChatCompletionRequestUserMessage(role="user", content="Hello")],
    )
    assert_type(whole, CreateChatCompletionResponse)
    chunks = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[ChatCompletionRequestUserMessage(role="user", content="Hello")],
        stream=True,
    )
    assert_type(chunks, Stream[CreateChatCompletionStreamResponse])
    for chunk in chunks:
        assert_type(chunk, CreateChatCompletionStreamResponse)

    raw = client.images.with_raw_response.edit(image=b"...", prompt="An otter")
    assert_type(raw, RawResponse[ImagesResponse])
    assert_type(raw.parse(), ImagesResponse)
    assert_type(raw.status_code, int)

    patient = client.with_options(max_retries=10, timeout=None)
    assert_type(patient, PortkeyClient)
    PortkeyClient(timeout=httpx.Timeout(120.0, connect=3.0), max_retries=5)


async def async_usage(client: AsyncPortkeyClient) -> None:
    """The async client has the same methods, awaited."""
    edited = await client.images.edit(image=b"...", prompt="An otter")
    assert_type(edited, ImagesResponse)
    chunks = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[ChatCompletionRequestUserMessage(role="user", content="Hello")],
        stream=True,
    )
    assert_type(chunks, AsyncStream[CreateChatCompletionStreamResponse])
    async for chunk in chunks:
        assert_type(chunk, CreateChatCompletionStreamResponse)


def errors(client: PortkeyClient) -> None:
    """The exception classes the README names exist and carry what it says."""
    try:
        client.images.edit(image=b"...", prompt="An otter")
    except portkey_client.RateLimitError as e:
        assert_type(e.message, str)
    except portkey_client.APIStatusError as e:
        assert_type(e.status_code, int)
    except portkey_client.APITimeoutError:
        pass
    except portkey_client.APIConnectionError:
        pass
