# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Operations tagged 'audio.speech'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAudioSpeech", "AudioSpeech"]

_CREATE = Endpoint(
    method="POST",
    path="/audio/speech",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
    response="binary",
    accept="application/octet-stream",
)


class AudioSpeech(SyncAPIResource):
    """Operations tagged 'audio.speech'."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AudioSpeechWithRawResponse(self)

    def create(
        self,
        *,
        model: str,
        input: str,
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | Omit
        ) = omit,
        speed: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> bytes:
        """Create Speech

        Args:
            model: One of the available [TTS models](https://platform.openai.com/docs/models/tts): `tts-1` or `tts-1-hd`
            input: The text to generate audio for. The maximum length is 4096 characters.
            voice: The voice to use when generating the audio. Supported voices are `alloy`, `echo`, `fable`, `onyx`, `nova`, and `shimmer`. Previews of the voices are available in the [Text to speech guide](https://platform.openai.com/docs/guides/text-to-speech/voice-options).
            response_format: The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.

                Server default: 'mp3'.
            speed: The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.

                Server default: 1.0.
        """
        check("input", input, max_length=4096)
        check("speed", speed, minimum=0.25, maximum=4.0)
        return cast(
            bytes,
            self._client.request(
                _CREATE,
                cast_to=bytes,
                body={
                    "model": model,
                    "input": input,
                    "voice": voice,
                    "response_format": response_format,
                    "speed": speed,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioSpeechWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AudioSpeech) -> None:
        self.create = to_raw_response(resource.create)


class AsyncAudioSpeech(AsyncAPIResource):
    """Operations tagged 'audio.speech'."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncAudioSpeechWithRawResponse(self)

    async def create(
        self,
        *,
        model: str,
        input: str,
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | Omit
        ) = omit,
        speed: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> bytes:
        """Create Speech

        Args:
            model: One of the available [TTS models](https://platform.openai.com/docs/models/tts): `tts-1` or `tts-1-hd`
            input: The text to generate audio for. The maximum length is 4096 characters.
            voice: The voice to use when generating the audio. Supported voices are `alloy`, `echo`, `fable`, `onyx`, `nova`, and `shimmer`. Previews of the voices are available in the [Text to speech guide](https://platform.openai.com/docs/guides/text-to-speech/voice-options).
            response_format: The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.

                Server default: 'mp3'.
            speed: The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.

                Server default: 1.0.
        """
        check("input", input, max_length=4096)
        check("speed", speed, minimum=0.25, maximum=4.0)
        return cast(
            bytes,
            await self._client.request(
                _CREATE,
                cast_to=bytes,
                body={
                    "model": model,
                    "input": input,
                    "voice": voice,
                    "response_format": response_format,
                    "speed": speed,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioSpeechWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncAudioSpeech) -> None:
        self.create = to_raw_response_async(resource.create)
