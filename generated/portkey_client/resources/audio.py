# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Turn audio into text or text into audio."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .audio_speech import AsyncAudioSpeech, AudioSpeech
    from .audio_transcriptions import AsyncAudioTranscriptions, AudioTranscriptions
    from .audio_translations import AsyncAudioTranslations, AudioTranslations

__all__ = ["AsyncAudio", "Audio"]


class Audio(SyncAPIResource):
    """Turn audio into text or text into audio."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    @cached_property
    def speech(self) -> AudioSpeech:
        from .audio_speech import AudioSpeech

        return AudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AudioTranscriptions:
        from .audio_transcriptions import AudioTranscriptions

        return AudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AudioTranslations:
        from .audio_translations import AudioTranslations

        return AudioTranslations(self._client)


class AsyncAudio(AsyncAPIResource):
    """Turn audio into text or text into audio."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    @cached_property
    def speech(self) -> AsyncAudioSpeech:
        from .audio_speech import AsyncAudioSpeech

        return AsyncAudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        from .audio_transcriptions import AsyncAudioTranscriptions

        return AsyncAudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AsyncAudioTranslations:
        from .audio_translations import AsyncAudioTranslations

        return AsyncAudioTranslations(self._client)
