# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Given a input text, outputs if the model classifies it as potentially harmful."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import CreateModerationResponse

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncModerations", "Moderations"]

_CREATE = Endpoint(
    method="POST",
    path="/moderations",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)


class Moderations(SyncAPIResource):
    """Given a input text, outputs if the model classifies it as potentially harmful."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ModerationsWithRawResponse(self)

    def create(
        self,
        *,
        input: str | list[str],
        model: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateModerationResponse:
        """Identify potentially harmful content in text and images. **Only** works with [OpenAI's Moderations endpoint](https://platform.openai.com/docs/guides/moderation) currently.

        Args:
            input: The input text to classify
            model: Two content moderations models are available: `text-moderation-stable` and `text-moderation-latest`.

                The default is `text-moderation-latest` which will be automatically upgraded over time. This ensures you are always using our most accurate model. If you use `text-moderation-stable`, we will provide advanced notice before updating the model. Accuracy of `text-moderation-stable` may be slightly lower than for `text-moderation-latest`.


                Server default: 'text-moderation-latest'.
        """
        return cast(
            CreateModerationResponse,
            self._client.request(
                _CREATE,
                cast_to=CreateModerationResponse,
                body={"input": input, "model": model},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ModerationsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Moderations) -> None:
        self.create = to_raw_response(resource.create)


class AsyncModerations(AsyncAPIResource):
    """Given a input text, outputs if the model classifies it as potentially harmful."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncModerationsWithRawResponse(self)

    async def create(
        self,
        *,
        input: str | list[str],
        model: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateModerationResponse:
        """Identify potentially harmful content in text and images. **Only** works with [OpenAI's Moderations endpoint](https://platform.openai.com/docs/guides/moderation) currently.

        Args:
            input: The input text to classify
            model: Two content moderations models are available: `text-moderation-stable` and `text-moderation-latest`.

                The default is `text-moderation-latest` which will be automatically upgraded over time. This ensures you are always using our most accurate model. If you use `text-moderation-stable`, we will provide advanced notice before updating the model. Accuracy of `text-moderation-stable` may be slightly lower than for `text-moderation-latest`.


                Server default: 'text-moderation-latest'.
        """
        return cast(
            CreateModerationResponse,
            await self._client.request(
                _CREATE,
                cast_to=CreateModerationResponse,
                body={"input": input, "model": model},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncModerationsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncModerations) -> None:
        self.create = to_raw_response_async(resource.create)
