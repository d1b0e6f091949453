# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Operations tagged 'audio.translations'."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, FileTypes, Headers, Omit, Query, Timeout, omit
from ..models import CreateTranslationResponseJson, CreateTranslationResponseVerboseJson

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAudioTranslations", "AudioTranslations"]

_CREATE = Endpoint(
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


class AudioTranslations(SyncAPIResource):
    """Operations tagged 'audio.translations'."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AudioTranslationsWithRawResponse(self)

    def create(
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
                _CREATE,
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


class AudioTranslationsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AudioTranslations) -> None:
        self.create = to_raw_response(resource.create)


class AsyncAudioTranslations(AsyncAPIResource):
    """Operations tagged 'audio.translations'."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncAudioTranslationsWithRawResponse(self)

    async def create(
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
                _CREATE,
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


class AsyncAudioTranslationsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncAudioTranslations) -> None:
        self.create = to_raw_response_async(resource.create)
