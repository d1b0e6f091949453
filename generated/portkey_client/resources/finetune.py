# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Operations tagged 'Finetune'."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    BedrockFinetuneJob,
    FineTuningJob,
    OpenAiFinetuneJob,
    PortkeyFinetuneJob,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncFinetune", "Finetune"]

_CREATE_FINE_TUNING_JOB = Endpoint(
    method="POST",
    path="/fine_tuning/jobs",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)


class Finetune(SyncAPIResource):
    """Operations tagged 'Finetune'."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = FinetuneWithRawResponse(self)

    def create_fine_tuning_job(
        self,
        *,
        body: OpenAiFinetuneJob | BedrockFinetuneJob | PortkeyFinetuneJob,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FineTuningJob:
        """Create a Finetune Job

        Finetune a provider model
        """
        return cast(
            FineTuningJob,
            self._client.request(
                _CREATE_FINE_TUNING_JOB,
                cast_to=FineTuningJob,
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class FinetuneWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Finetune) -> None:
        self.create_fine_tuning_job = to_raw_response(resource.create_fine_tuning_job)


class AsyncFinetune(AsyncAPIResource):
    """Operations tagged 'Finetune'."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncFinetuneWithRawResponse(self)

    async def create_fine_tuning_job(
        self,
        *,
        body: OpenAiFinetuneJob | BedrockFinetuneJob | PortkeyFinetuneJob,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FineTuningJob:
        """Create a Finetune Job

        Finetune a provider model
        """
        return cast(
            FineTuningJob,
            await self._client.request(
                _CREATE_FINE_TUNING_JOB,
                cast_to=FineTuningJob,
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFinetuneWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncFinetune) -> None:
        self.create_fine_tuning_job = to_raw_response_async(
            resource.create_fine_tuning_job
        )
