# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Operations tagged 'audio.transcriptions'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, FileTypes, Headers, Omit, Query, Timeout, omit
from ..models import (
    CreateTranscriptionResponseJson,
    CreateTranscriptionResponseVerboseJson,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAudioTranscriptions", "AudioTranscriptions"]

_CREATE = Endpoint(
    method="POST",
    path="/audio/transcriptions",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="multipart",
    content_type="multipart/form-data",
    files=frozenset(("file",)),
)


class AudioTranscriptions(SyncAPIResource):
    """Operations tagged 'audio.transcriptions'."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AudioTranscriptionsWithRawResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | Omit = omit,
        prompt: str | Omit = omit,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | Omit
        ) = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: list[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson:
        """Create Transcription

        Args:
            file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
            model: ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `whisper-1`.
            language: The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format will improve accuracy and latency.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text/prompting) should match the audio language.
            response_format: The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.


                Server default: 'json'.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.


                Server default: 0.
            timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency.


                Server default: ['segment'].
        """
        return cast(
            CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson,
            self._client.request(
                _CREATE,
                cast_to=CreateTranscriptionResponseJson
                | CreateTranscriptionResponseVerboseJson,
                body={
                    "file": file,
                    "model": model,
                    "language": language,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "timestamp_granularities[]": timestamp_granularities,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioTranscriptionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AudioTranscriptions) -> None:
        self.create = to_raw_response(resource.create)


class AsyncAudioTranscriptions(AsyncAPIResource):
    """Operations tagged 'audio.transcriptions'."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncAudioTranscriptionsWithRawResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | Omit = omit,
        prompt: str | Omit = omit,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | Omit
        ) = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: list[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson:
        """Create Transcription

        Args:
            file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
            model: ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `whisper-1`.
            language: The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format will improve accuracy and latency.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text/prompting) should match the audio language.
            response_format: The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.


                Server default: 'json'.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.


                Server default: 0.
            timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency.


                Server default: ['segment'].
        """
        return cast(
            CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson,
            await self._client.request(
                _CREATE,
                cast_to=CreateTranscriptionResponseJson
                | CreateTranscriptionResponseVerboseJson,
                body={
                    "file": file,
                    "model": model,
                    "language": language,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "timestamp_granularities[]": timestamp_granularities,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioTranscriptionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncAudioTranscriptions) -> None:
        self.create = to_raw_response_async(resource.create)
