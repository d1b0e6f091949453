# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Turn audio into text or text into audio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, FileTypes, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    CreateTranscriptionResponseJson,
    CreateTranscriptionResponseVerboseJson,
    CreateTranslationResponseJson,
    CreateTranslationResponseVerboseJson,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAudio", "Audio"]

_CREATE_SPEECH = Endpoint(
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
_CREATE_TRANSCRIPTION = Endpoint(
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
_CREATE_TRANSLATION = Endpoint(
    method="POST",
    path="/audio/translations",
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


class Audio(SyncAPIResource):
    """Turn audio into text or text into audio."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AudioWithRawResponse(self)

    def create_speech(
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
                _CREATE_SPEECH,
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

    def create_transcription(
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
                _CREATE_TRANSCRIPTION,
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

    def create_translation(
        self,
        *,
        file: FileTypes,
        model: str,
        prompt: str | Omit = omit,
        response_format: str | Omit = omit,
        temperature: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
        """Create Translation

        Args:
            file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
            model: ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `whisper-1`.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text/prompting) should be in English.
            response_format: The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.


                Server default: 'json'.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.


                Server default: 0.
        """
        return cast(
            CreateTranslationResponseJson | CreateTranslationResponseVerboseJson,
            self._client.request(
                _CREATE_TRANSLATION,
                cast_to=CreateTranslationResponseJson
                | CreateTranslationResponseVerboseJson,
                body={
                    "file": file,
                    "model": model,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Audio) -> None:
        self.create_speech = to_raw_response(resource.create_speech)
        self.create_transcription = to_raw_response(resource.create_transcription)
        self.create_translation = to_raw_response(resource.create_translation)


class AsyncAudio(AsyncAPIResource):
    """Turn audio into text or text into audio."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncAudioWithRawResponse(self)

    async def create_speech(
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
                _CREATE_SPEECH,
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

    async def create_transcription(
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
                _CREATE_TRANSCRIPTION,
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

    async def create_translation(
        self,
        *,
        file: FileTypes,
        model: str,
        prompt: str | Omit = omit,
        response_format: str | Omit = omit,
        temperature: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
        """Create Translation

        Args:
            file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
            model: ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `whisper-1`.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text/prompting) should be in English.
            response_format: The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.


                Server default: 'json'.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.


                Server default: 0.
        """
        return cast(
            CreateTranslationResponseJson | CreateTranslationResponseVerboseJson,
            await self._client.request(
                _CREATE_TRANSLATION,
                cast_to=CreateTranslationResponseJson
                | CreateTranslationResponseVerboseJson,
                body={
                    "file": file,
                    "model": model,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncAudio) -> None:
        self.create_speech = to_raw_response_async(resource.create_speech)
        self.create_transcription = to_raw_response_async(resource.create_transcription)
        self.create_translation = to_raw_response_async(resource.create_translation)
