"""Server-sent event streams through the generated client: typed chunks, sync and async."""

from __future__ import annotations

import asyncio
import json

import pytest
from portkey_client import APIError, AsyncPortkeyClient, PortkeyClient
from portkey_client._streaming import AsyncStream, Stream
from portkey_client.models import (
    ChatCompletionRequestUserMessage,
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
)
from recording_server import Answer, RecordingServer

MESSAGES = [ChatCompletionRequestUserMessage(role="user", content="Say hello")]


def chunk(text: str | None, finish: str | None = None) -> dict[str, object]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "gpt-test",
        "choices": [
            {
                "index": 0,
                "delta": {"content": text} if text else {},
                "finish_reason": finish,
            }
        ],
    }


def sse(*events: object, done: bool = True) -> bytes:
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events)
    # a comment line and an event split over two data lines must not confuse the parser
    body = ": keep-alive\n\n" + body
    return (body + ("data: [DONE]\n\n" if done else "")).encode()


STREAM = sse(chunk("Hel"), chunk("lo"), chunk(None, "stop"))
COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-test",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello"},
            "finish_reason": "stop",
            "logprobs": None,
        }
    ],
}


def client_for(server: RecordingServer) -> PortkeyClient:
    return PortkeyClient(
        base_url=server.url, api_key="pk", virtual_key="vk", max_retries=0
    )


class TestSyncStream:
    def test_stream_true_yields_typed_chunks(self, server: RecordingServer) -> None:
        """stream=True returns a Stream of CreateChatCompletionStreamResponse, ending at [DONE]."""
        server.answers.append(
            Answer(200, STREAM, {"Content-Type": "text/event-stream"})
        )
        with client_for(server) as client:
            stream = client.chat.completions.create(
                model="gpt-test", messages=MESSAGES, stream=True
            )
            assert isinstance(stream, Stream)
            chunks = list(stream)
        assert all(isinstance(c, CreateChatCompletionStreamResponse) for c in chunks)
        assert [c.choices[0].delta.content for c in chunks] == ["Hel", "lo", None]
        sent = json.loads(server.requests[0].body)
        assert sent["stream"] is True and sent["messages"] == [
            {"role": "user", "content": "Say hello"}
        ]

    def test_without_stream_returns_the_model(self, server: RecordingServer) -> None:
        """Without stream=True the same method returns the parsed completion."""
        server.answers.append(Answer(200, COMPLETION))
        with client_for(server) as client:
            result = client.chat.completions.create(model="gpt-test", messages=MESSAGES)
        assert isinstance(result, CreateChatCompletionResponse)
        assert "stream" not in json.loads(server.requests[0].body)

    def test_error_event_raises(self, server: RecordingServer) -> None:
        """An error object inside the stream becomes an APIError with the server's message."""
        body = sse(
            chunk("Hel"), {"error": {"message": "upstream overloaded"}}, done=False
        )
        server.answers.append(Answer(200, body, {"Content-Type": "text/event-stream"}))
        with client_for(server) as client:
            stream = client.chat.completions.create(
                model="gpt-test", messages=MESSAGES, stream=True
            )
            with pytest.raises(APIError, match="upstream overloaded"):
                list(stream)


class TestAsyncStream:
    def test_async_stream_yields_typed_chunks(self, server: RecordingServer) -> None:
        """The async client returns an AsyncStream with the same chunks."""
        server.answers.append(
            Answer(200, STREAM, {"Content-Type": "text/event-stream"})
        )

        async def run() -> list[CreateChatCompletionStreamResponse]:
            async with AsyncPortkeyClient(
                base_url=server.url, api_key="pk", virtual_key="vk"
            ) as client:
                stream = await client.chat.completions.create(
                    model="gpt-test", messages=MESSAGES, stream=True
                )
                assert isinstance(stream, AsyncStream)
                return [c async for c in stream]

        chunks = asyncio.run(run())
        assert [c.choices[0].delta.content for c in chunks] == ["Hel", "lo", None]
