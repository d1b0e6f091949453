# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete your Portkey Integrations."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    AzureAiConfiguration,
    AzureOpenAiConfiguration,
    BedrockConfiguration,
    CortexConfiguration,
    CustomHostConfiguration,
    GetIntegrationsResponse,
    HuggingFaceConfiguration,
    IntegrationDetailResponse,
    IntegrationList,
    OpenAiConfiguration,
    PostIntegrationsResponse,
    PricingAdjustments,
    SageMakerConfiguration,
    SecretMapping,
    VertexAiConfiguration,
    WorkersAiConfiguration,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .integrations_models import AsyncIntegrationsModels, IntegrationsModels
    from .integrations_workspaces import (
        AsyncIntegrationsWorkspaces,
        IntegrationsWorkspaces,
    )

__all__ = [
    "AsyncGetIntegrationsResponsePage",
    "AsyncIntegrations",
    "GetIntegrationsResponsePage",
    "Integrations",
]

_CREATE = Endpoint(
    method="POST",
    path="/integrations",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE = Endpoint(
    method="DELETE",
    path="/integrations/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_LIST = Endpoint(
    method="GET",
    path="/integrations",
    security=(("api_key",),),
    params=(
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("workspace_id", "query", "form", True),
        Param("type", "query", "form", True),
    ),
)
_LIST_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/integrations/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/integrations/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
    body="json",
    content_type="application/json",
)


class GetIntegrationsResponsePage(GetIntegrationsResponse, SyncPage[IntegrationList]):
    """A page of GetIntegrationsResponse: iterating it yields every IntegrationList, fetching the following pages as needed."""


class AsyncGetIntegrationsResponsePage(
    GetIntegrationsResponse, AsyncPage[IntegrationList]
):
    """A page of GetIntegrationsResponse: async for over it yields every IntegrationList, fetching the following pages as needed."""


class Integrations(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete your Portkey Integrations."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = IntegrationsWithRawResponse(self)

    @cached_property
    def models(self) -> IntegrationsModels:
        from .integrations_models import IntegrationsModels

        return IntegrationsModels(self._client)

    @cached_property
    def workspaces(self) -> IntegrationsWorkspaces:
        from .integrations_workspaces import IntegrationsWorkspaces

        return IntegrationsWorkspaces(self._client)

    def create(
        self,
        *,
        name: str,
        ai_provider_id: str,
        slug: str | Omit = omit,
        key: str | Omit = omit,
        description: str | Omit = omit,
        workspace_id: str | Omit = omit,
        configurations: (
            OpenAiConfiguration
            | AzureOpenAiConfiguration
            | BedrockConfiguration
            | VertexAiConfiguration
            | AzureAiConfiguration
            | WorkersAiConfiguration
            | SageMakerConfiguration
            | HuggingFaceConfiguration
            | CortexConfiguration
            | CustomHostConfiguration
            | Omit
        ) = omit,
        create_default_provider: bool | Omit = omit,
        default_provider_slug: str | Omit = omit,
        secret_mappings: builtins.list[SecretMapping] | Omit = omit,
        pricing_adjustments: PricingAdjustments | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostIntegrationsResponse:
        """Create a Integration

        Args:
            name: Human-readable name for the integration
            ai_provider_id: ID of the base AI provider
            slug: URL-friendly identifier (auto-generated if not provided)
            key: API key for the provider (if required)
            description: Optional description of the integration
            workspace_id: Workspace ID (for workspace-scoped integrations)
            configurations: Provider-specific configuration object
            create_default_provider: Whether to automatically create a default provider when creating a workspace-scoped integration. Defaults to true.

                Server default: True.
            default_provider_slug: Custom slug for the auto-created default provider. Only applicable for workspace-scoped integrations. If the slug already exists in the workspace, the request will fail with a validation error.
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "configurations.<field>" (e.g. "configurations.aws_secret_access_key", "configurations.azure_entra_client_secret"). Each target_field must be unique. When "key" is mapped, the key body field can be omitted.
            pricing_adjustments: Per-Integration pricing adjustments applied on top of Portkey's base model pricing
                for cost tracking, analytics, and budget limits. Use to reflect negotiated discounts,
                committed-use rates, or internal markups for cost showback.
        """
        check("slug", slug, pattern="^[a-zA-Z0-9_-]+$")
        check(
            "default_provider_slug",
            default_provider_slug,
            max_length=255,
            pattern="^[a-zA-Z0-9_-]+$",
        )
        return cast(
            PostIntegrationsResponse,
            self._client.request(
                _CREATE,
                cast_to=PostIntegrationsResponse,
                body={
                    "name": name,
                    "ai_provider_id": ai_provider_id,
                    "slug": slug,
                    "key": key,
                    "description": description,
                    "workspace_id": workspace_id,
                    "configurations": configurations,
                    "create_default_provider": create_default_provider,
                    "default_provider_slug": default_provider_slug,
                    "secret_mappings": secret_mappings,
                    "pricing_adjustments": pricing_adjustments,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a Integration"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
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
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        workspace_id: str | Omit = omit,
        type: Literal["workspace", "organisation", "all"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetIntegrationsResponsePage:
        """List All Integrations

        Args:
            current_page: Current page, defaults to 0
            page_size: Page size, default to 100
            workspace_id: Filter integrations accessible by a specific workspace. When using workspace API keys, this value will be enforced based on the API key details
            type: For type=workspace, the API will only return Workpace-Scoped integrations. For type=organisation, the API will only return Global (organisation level) integrations. For type=all, both types of integrations will be returned.
        """
        return paginate(
            self._client,
            _LIST,
            _LIST_PAGES,
            GetIntegrationsResponsePage,
            values={
                "current_page": current_page,
                "page_size": page_size,
                "workspace_id": workspace_id,
                "type": type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> IntegrationDetailResponse:
        """Get a Integration"""
        return cast(
            IntegrationDetailResponse,
            self._client.request(
                _RETRIEVE,
                cast_to=IntegrationDetailResponse,
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
        name: str | Omit = omit,
        key: str | Omit = omit,
        description: str | Omit = omit,
        configurations: (
            OpenAiConfiguration
            | AzureOpenAiConfiguration
            | BedrockConfiguration
            | VertexAiConfiguration
            | AzureAiConfiguration
            | WorkersAiConfiguration
            | SageMakerConfiguration
            | HuggingFaceConfiguration
            | CortexConfiguration
            | CustomHostConfiguration
            | Omit
        ) = omit,
        secret_mappings: builtins.list[SecretMapping] | Omit = omit,
        pricing_adjustments: PricingAdjustments | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a Integration

        Args:
            name: Human-readable name for the integration
            key: API key for the provider (if required)
            description: Optional description of the integration
            configurations: Provider-specific configuration object
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "configurations.<field>" (e.g. "configurations.aws_secret_access_key", "configurations.azure_entra_client_secret"). Each target_field must be unique.
            pricing_adjustments: Per-Integration pricing adjustments applied on top of Portkey's base model pricing
                for cost tracking, analytics, and budget limits. Use to reflect negotiated discounts,
                committed-use rates, or internal markups for cost showback.
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                body={
                    "name": name,
                    "key": key,
                    "description": description,
                    "configurations": configurations,
                    "secret_mappings": secret_mappings,
                    "pricing_adjustments": pricing_adjustments,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class IntegrationsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Integrations) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncIntegrations(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete your Portkey Integrations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncIntegrationsWithRawResponse(self)

    @cached_property
    def models(self) -> AsyncIntegrationsModels:
        from .integrations_models import AsyncIntegrationsModels

        return AsyncIntegrationsModels(self._client)

    @cached_property
    def workspaces(self) -> AsyncIntegrationsWorkspaces:
        from .integrations_workspaces import AsyncIntegrationsWorkspaces

        return AsyncIntegrationsWorkspaces(self._client)

    async def create(
        self,
        *,
        name: str,
        ai_provider_id: str,
        slug: str | Omit = omit,
        key: str | Omit = omit,
        description: str | Omit = omit,
        workspace_id: str | Omit = omit,
        configurations: (
            OpenAiConfiguration
            | AzureOpenAiConfiguration
            | BedrockConfiguration
            | VertexAiConfiguration
            | AzureAiConfiguration
            | WorkersAiConfiguration
            | SageMakerConfiguration
            | HuggingFaceConfiguration
            | CortexConfiguration
            | CustomHostConfiguration
            | Omit
        ) = omit,
        create_default_provider: bool | Omit = omit,
        default_provider_slug: str | Omit = omit,
        secret_mappings: builtins.list[SecretMapping] | Omit = omit,
        pricing_adjustments: PricingAdjustments | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostIntegrationsResponse:
        """Create a Integration

        Args:
            name: Human-readable name for the integration
            ai_provider_id: ID of the base AI provider
            slug: URL-friendly identifier (auto-generated if not provided)
            key: API key for the provider (if required)
            description: Optional description of the integration
            workspace_id: Workspace ID (for workspace-scoped integrations)
            configurations: Provider-specific configuration object
            create_default_provider: Whether to automatically create a default provider when creating a workspace-scoped integration. Defaults to true.

                Server default: True.
            default_provider_slug: Custom slug for the auto-created default provider. Only applicable for workspace-scoped integrations. If the slug already exists in the workspace, the request will fail with a validation error.
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "configurations.<field>" (e.g. "configurations.aws_secret_access_key", "configurations.azure_entra_client_secret"). Each target_field must be unique. When "key" is mapped, the key body field can be omitted.
            pricing_adjustments: Per-Integration pricing adjustments applied on top of Portkey's base model pricing
                for cost tracking, analytics, and budget limits. Use to reflect negotiated discounts,
                committed-use rates, or internal markups for cost showback.
        """
        check("slug", slug, pattern="^[a-zA-Z0-9_-]+$")
        check(
            "default_provider_slug",
            default_provider_slug,
            max_length=255,
            pattern="^[a-zA-Z0-9_-]+$",
        )
        return cast(
            PostIntegrationsResponse,
            await self._client.request(
                _CREATE,
                cast_to=PostIntegrationsResponse,
                body={
                    "name": name,
                    "ai_provider_id": ai_provider_id,
                    "slug": slug,
                    "key": key,
                    "description": description,
                    "workspace_id": workspace_id,
                    "configurations": configurations,
                    "create_default_provider": create_default_provider,
                    "default_provider_slug": default_provider_slug,
                    "secret_mappings": secret_mappings,
                    "pricing_adjustments": pricing_adjustments,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a Integration"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
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
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        workspace_id: str | Omit = omit,
        type: Literal["workspace", "organisation", "all"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncGetIntegrationsResponsePage, IntegrationList]:
        """List All Integrations

        Args:
            current_page: Current page, defaults to 0
            page_size: Page size, default to 100
            workspace_id: Filter integrations accessible by a specific workspace. When using workspace API keys, this value will be enforced based on the API key details
            type: For type=workspace, the API will only return Workpace-Scoped integrations. For type=organisation, the API will only return Global (organisation level) integrations. For type=all, both types of integrations will be returned.
        """
        return AsyncPaginator(
            self._client,
            _LIST,
            _LIST_PAGES,
            AsyncGetIntegrationsResponsePage,
            values={
                "current_page": current_page,
                "page_size": page_size,
                "workspace_id": workspace_id,
                "type": type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> IntegrationDetailResponse:
        """Get a Integration"""
        return cast(
            IntegrationDetailResponse,
            await self._client.request(
                _RETRIEVE,
                cast_to=IntegrationDetailResponse,
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
        name: str | Omit = omit,
        key: str | Omit = omit,
        description: str | Omit = omit,
        configurations: (
            OpenAiConfiguration
            | AzureOpenAiConfiguration
            | BedrockConfiguration
            | VertexAiConfiguration
            | AzureAiConfiguration
            | WorkersAiConfiguration
            | SageMakerConfiguration
            | HuggingFaceConfiguration
            | CortexConfiguration
            | CustomHostConfiguration
            | Omit
        ) = omit,
        secret_mappings: builtins.list[SecretMapping] | Omit = omit,
        pricing_adjustments: PricingAdjustments | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a Integration

        Args:
            name: Human-readable name for the integration
            key: API key for the provider (if required)
            description: Optional description of the integration
            configurations: Provider-specific configuration object
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "configurations.<field>" (e.g. "configurations.aws_secret_access_key", "configurations.azure_entra_client_secret"). Each target_field must be unique.
            pricing_adjustments: Per-Integration pricing adjustments applied on top of Portkey's base model pricing
                for cost tracking, analytics, and budget limits. Use to reflect negotiated discounts,
                committed-use rates, or internal markups for cost showback.
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                body={
                    "name": name,
                    "key": key,
                    "description": description,
                    "configurations": configurations,
                    "secret_mappings": secret_mappings,
                    "pricing_adjustments": pricing_adjustments,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncIntegrationsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncIntegrations) -> None:
        self.create = to_raw_response_async(resource.create)
        self.delete = to_raw_response_async(resource.delete)
        self.list = to_raw_response_async(resource.list)
        self.retrieve = to_raw_response_async(resource.retrieve)
        self.update = to_raw_response_async(resource.update)
