# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Manage model access for your Portkey Integrations."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import IntegrationModelsResponse, ModelUpdateRequest

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncIntegrationsModels", "IntegrationsModels"]

_DELETE = Endpoint(
    method="DELETE",
    path="/integrations/{slug}/models",
    security=(("api_key",),),
    params=(
        Param("slug", "path", "simple", False),
        Param("slugs", "query", "form", True),
    ),
)
_LIST = Endpoint(
    method="GET",
    path="/integrations/{slug}/models",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/integrations/{slug}/models",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
    body="json",
    content_type="application/json",
)


class IntegrationsModels(SyncAPIResource):
    """Manage model access for your Portkey Integrations."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = IntegrationsModelsWithRawResponse(self)

    def delete(
        self,
        *,
        slug: str,
        slugs: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Bulk delete integration custom models

        Removes multiple custom models from an integration by their slugs.

        Args:
            slugs: Comma-separated list of model slugs to delete
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                    "slugs": slugs,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> IntegrationModelsResponse:
        """List integration models

        Retrieves all model access for a specific integration with their configuration and pricing details.
        """
        return cast(
            IntegrationModelsResponse,
            self._client.request(
                _LIST,
                cast_to=IntegrationModelsResponse,
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        *,
        slug: str,
        models: builtins.list[ModelUpdateRequest],
        allow_all_models: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Bulk update integration models

        Updates model access, pricing configuration, and settings for multiple models in an integration.
        Can enable/disable models and configure custom pricing.

        Args:
            allow_all_models: Whether to allow all models by default
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                body={"models": models, "allow_all_models": allow_all_models},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class IntegrationsModelsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: IntegrationsModels) -> None:
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncIntegrationsModels(AsyncAPIResource):
    """Manage model access for your Portkey Integrations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncIntegrationsModelsWithRawResponse(self)

    async def delete(
        self,
        *,
        slug: str,
        slugs: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Bulk delete integration custom models

        Removes multiple custom models from an integration by their slugs.

        Args:
            slugs: Comma-separated list of model slugs to delete
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                    "slugs": slugs,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> IntegrationModelsResponse:
        """List integration models

        Retrieves all model access for a specific integration with their configuration and pricing details.
        """
        return cast(
            IntegrationModelsResponse,
            await self._client.request(
                _LIST,
                cast_to=IntegrationModelsResponse,
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        *,
        slug: str,
        models: builtins.list[ModelUpdateRequest],
        allow_all_models: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Bulk update integration models

        Updates model access, pricing configuration, and settings for multiple models in an integration.
        Can enable/disable models and configure custom pricing.

        Args:
            allow_all_models: Whether to allow all models by default
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                body={"models": models, "allow_all_models": allow_all_models},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncIntegrationsModelsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncIntegrationsModels) -> None:
        self.delete = to_raw_response_async(resource.delete)
        self.list = to_raw_response_async(resource.list)
        self.update = to_raw_response_async(resource.update)
