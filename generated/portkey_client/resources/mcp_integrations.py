# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete MCP Integrations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    CreateMcpIntegrationConfigurations,
    McpIntegration,
    McpIntegrationCreateResponse,
    McpIntegrationListItem,
    McpIntegrationListResponse,
    SecretMapping,
    UpdateMcpIntegrationConfigurations,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .mcp_integrations_capabilities import (
        AsyncMcpIntegrationsCapabilities,
        McpIntegrationsCapabilities,
    )
    from .mcp_integrations_metadata import (
        AsyncMcpIntegrationsMetadata,
        McpIntegrationsMetadata,
    )
    from .mcp_integrations_workspaces import (
        AsyncMcpIntegrationsWorkspaces,
        McpIntegrationsWorkspaces,
    )

__all__ = [
    "AsyncMcpIntegrationListResponsePage",
    "AsyncMcpIntegrations",
    "McpIntegrationListResponsePage",
    "McpIntegrations",
]

_MCP_INTEGRATIONS_CREATE = Endpoint(
    method="POST",
    path="/mcp-integrations",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_MCP_INTEGRATIONS_DELETE = Endpoint(
    method="DELETE",
    path="/mcp-integrations/{mcpIntegrationId}",
    security=(("api_key",),),
    params=(Param("mcpIntegrationId", "path", "simple", False, "mcp_integration_id"),),
)
_MCP_INTEGRATIONS_LIST = Endpoint(
    method="GET",
    path="/mcp-integrations",
    security=(("api_key",),),
    params=(
        Param("organisation_id", "query", "form", True),
        Param("type", "query", "form", True),
        Param("workspace_id", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("search", "query", "form", True),
    ),
)
_MCP_INTEGRATIONS_LIST_PAGES = Pages(
    kind="page",
    param="current_page",
    items="data",
    total="total",
    has_more="has_more",
    first_page=0,
)
_MCP_INTEGRATIONS_RETRIEVE = Endpoint(
    method="GET",
    path="/mcp-integrations/{mcpIntegrationId}",
    security=(("api_key",),),
    params=(Param("mcpIntegrationId", "path", "simple", False, "mcp_integration_id"),),
)
_MCP_INTEGRATIONS_UPDATE = Endpoint(
    method="PUT",
    path="/mcp-integrations/{mcpIntegrationId}",
    security=(("api_key",),),
    params=(Param("mcpIntegrationId", "path", "simple", False, "mcp_integration_id"),),
    body="json",
    content_type="application/json",
)


class McpIntegrationListResponsePage(
    McpIntegrationListResponse, SyncPage[McpIntegrationListItem]
):
    """A page of McpIntegrationListResponse: iterating it yields every McpIntegrationListItem, fetching the following pages as needed."""


class AsyncMcpIntegrationListResponsePage(
    McpIntegrationListResponse, AsyncPage[McpIntegrationListItem]
):
    """A page of McpIntegrationListResponse: async for over it yields every McpIntegrationListItem, fetching the following pages as needed."""


class McpIntegrations(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete MCP Integrations."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = McpIntegrationsWithRawResponse(self)

    @cached_property
    def capabilities(self) -> McpIntegrationsCapabilities:
        from .mcp_integrations_capabilities import McpIntegrationsCapabilities

        return McpIntegrationsCapabilities(self._client)

    @cached_property
    def metadata(self) -> McpIntegrationsMetadata:
        from .mcp_integrations_metadata import McpIntegrationsMetadata

        return McpIntegrationsMetadata(self._client)

    @cached_property
    def workspaces(self) -> McpIntegrationsWorkspaces:
        from .mcp_integrations_workspaces import McpIntegrationsWorkspaces

        return McpIntegrationsWorkspaces(self._client)

    def mcp_integrations_create(
        self,
        *,
        name: str,
        url: str,
        auth_type: Literal["oauth_auto", "headers", "none"],
        transport: Literal["http", "sse"],
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        slug: str | Omit = omit,
        description: str | Omit | None = omit,
        configurations: CreateMcpIntegrationConfigurations | Omit = omit,
        secret_mappings: list[SecretMapping] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationCreateResponse:
        """Create MCP Integration

        Create a new MCP Integration. Requires either organisation_id (with admin API key) or workspace_id in body.

        Args:
            name: Display name of the MCP integration
            url: MCP server URL
            organisation_id: Organisation ID (optional; required when using org admin API key without workspace_id)
            workspace_id: Workspace ID (optional; to create at workspace level)
            slug: Optional slug; must be unique within organisation
            configurations: Auth/config key-value pairs (e.g. headers, client credentials)
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "configurations.<field>" (e.g. "configurations.oauth_metadata"). Each target_field must be unique.
        """
        check("slug", slug, pattern="^[a-zA-Z0-9_-]+$")
        return cast(
            McpIntegrationCreateResponse,
            self._client.request(
                _MCP_INTEGRATIONS_CREATE,
                cast_to=McpIntegrationCreateResponse,
                body={
                    "name": name,
                    "url": url,
                    "auth_type": auth_type,
                    "transport": transport,
                    "organisation_id": organisation_id,
                    "workspace_id": workspace_id,
                    "slug": slug,
                    "description": description,
                    "configurations": configurations,
                    "secret_mappings": secret_mappings,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_integrations_delete(
        self,
        *,
        mcp_integration_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete MCP Integration

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _MCP_INTEGRATIONS_DELETE,
                cast_to=dict[str, Any],
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_integrations_list(
        self,
        *,
        organisation_id: str | Omit = omit,
        type: Literal["workspace", "organisation", "all"] | Omit = omit,
        workspace_id: str | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationListResponsePage:
        """List MCP Integrations

        List MCP Integrations for the organisation or workspace. Requires organisation_id (when using org admin API key) or x-portkey-api-key header.

        Args:
            organisation_id: Organisation ID (required when using org admin API key)
        """
        check("page_size", page_size, minimum=1, maximum=1000)
        check("current_page", current_page, minimum=0)
        return paginate(
            self._client,
            _MCP_INTEGRATIONS_LIST,
            _MCP_INTEGRATIONS_LIST_PAGES,
            McpIntegrationListResponsePage,
            values={
                "organisation_id": organisation_id,
                "type": type,
                "workspace_id": workspace_id,
                "page_size": page_size,
                "current_page": current_page,
                "search": search,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def mcp_integrations_retrieve(
        self,
        *,
        mcp_integration_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegration:
        """Get MCP Integration

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        return cast(
            McpIntegration,
            self._client.request(
                _MCP_INTEGRATIONS_RETRIEVE,
                cast_to=McpIntegration,
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_integrations_update(
        self,
        *,
        mcp_integration_id: str,
        name: str | Omit = omit,
        description: str | Omit | None = omit,
        configurations: UpdateMcpIntegrationConfigurations | Omit = omit,
        url: str | Omit = omit,
        auth_type: Literal["oauth_auto", "headers", "none"] | Omit = omit,
        transport: Literal["http", "sse"] | Omit = omit,
        secret_mappings: list[SecretMapping] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update MCP Integration

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
            configurations: Auth/config key-value pairs (e.g. headers, client credentials)
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "configurations.<field>" (e.g. "configurations.oauth_metadata"). Each target_field must be unique.
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _MCP_INTEGRATIONS_UPDATE,
                cast_to=dict[str, Any],
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                body={
                    "name": name,
                    "description": description,
                    "configurations": configurations,
                    "url": url,
                    "auth_type": auth_type,
                    "transport": transport,
                    "secret_mappings": secret_mappings,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class McpIntegrationsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: McpIntegrations) -> None:
        self.mcp_integrations_create = to_raw_response(resource.mcp_integrations_create)
        self.mcp_integrations_delete = to_raw_response(resource.mcp_integrations_delete)
        self.mcp_integrations_list = to_raw_response(resource.mcp_integrations_list)
        self.mcp_integrations_retrieve = to_raw_response(
            resource.mcp_integrations_retrieve
        )
        self.mcp_integrations_update = to_raw_response(resource.mcp_integrations_update)


class AsyncMcpIntegrations(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete MCP Integrations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncMcpIntegrationsWithRawResponse(self)

    @cached_property
    def capabilities(self) -> AsyncMcpIntegrationsCapabilities:
        from .mcp_integrations_capabilities import AsyncMcpIntegrationsCapabilities

        return AsyncMcpIntegrationsCapabilities(self._client)

    @cached_property
    def metadata(self) -> AsyncMcpIntegrationsMetadata:
        from .mcp_integrations_metadata import AsyncMcpIntegrationsMetadata

        return AsyncMcpIntegrationsMetadata(self._client)

    @cached_property
    def workspaces(self) -> AsyncMcpIntegrationsWorkspaces:
        from .mcp_integrations_workspaces import AsyncMcpIntegrationsWorkspaces

        return AsyncMcpIntegrationsWorkspaces(self._client)

    async def mcp_integrations_create(
        self,
        *,
        name: str,
        url: str,
        auth_type: Literal["oauth_auto", "headers", "none"],
        transport: Literal["http", "sse"],
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        slug: str | Omit = omit,
        description: str | Omit | None = omit,
        configurations: CreateMcpIntegrationConfigurations | Omit = omit,
        secret_mappings: list[SecretMapping] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationCreateResponse:
        """Create MCP Integration

        Create a new MCP Integration. Requires either organisation_id (with admin API key) or workspace_id in body.

        Args:
            name: Display name of the MCP integration
            url: MCP server URL
            organisation_id: Organisation ID (optional; required when using org admin API key without workspace_id)
            workspace_id: Workspace ID (optional; to create at workspace level)
            slug: Optional slug; must be unique within organisation
            configurations: Auth/config key-value pairs (e.g. headers, client credentials)
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "configurations.<field>" (e.g. "configurations.oauth_metadata"). Each target_field must be unique.
        """
        check("slug", slug, pattern="^[a-zA-Z0-9_-]+$")
        return cast(
            McpIntegrationCreateResponse,
            await self._client.request(
                _MCP_INTEGRATIONS_CREATE,
                cast_to=McpIntegrationCreateResponse,
                body={
                    "name": name,
                    "url": url,
                    "auth_type": auth_type,
                    "transport": transport,
                    "organisation_id": organisation_id,
                    "workspace_id": workspace_id,
                    "slug": slug,
                    "description": description,
                    "configurations": configurations,
                    "secret_mappings": secret_mappings,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def mcp_integrations_delete(
        self,
        *,
        mcp_integration_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete MCP Integration

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _MCP_INTEGRATIONS_DELETE,
                cast_to=dict[str, Any],
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_integrations_list(
        self,
        *,
        organisation_id: str | Omit = omit,
        type: Literal["workspace", "organisation", "all"] | Omit = omit,
        workspace_id: str | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncMcpIntegrationListResponsePage, McpIntegrationListItem]:
        """List MCP Integrations

        List MCP Integrations for the organisation or workspace. Requires organisation_id (when using org admin API key) or x-portkey-api-key header.

        Args:
            organisation_id: Organisation ID (required when using org admin API key)
        """
        check("page_size", page_size, minimum=1, maximum=1000)
        check("current_page", current_page, minimum=0)
        return AsyncPaginator(
            self._client,
            _MCP_INTEGRATIONS_LIST,
            _MCP_INTEGRATIONS_LIST_PAGES,
            AsyncMcpIntegrationListResponsePage,
            values={
                "organisation_id": organisation_id,
                "type": type,
                "workspace_id": workspace_id,
                "page_size": page_size,
                "current_page": current_page,
                "search": search,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def mcp_integrations_retrieve(
        self,
        *,
        mcp_integration_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegration:
        """Get MCP Integration

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        return cast(
            McpIntegration,
            await self._client.request(
                _MCP_INTEGRATIONS_RETRIEVE,
                cast_to=McpIntegration,
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def mcp_integrations_update(
        self,
        *,
        mcp_integration_id: str,
        name: str | Omit = omit,
        description: str | Omit | None = omit,
        configurations: UpdateMcpIntegrationConfigurations | Omit = omit,
        url: str | Omit = omit,
        auth_type: Literal["oauth_auto", "headers", "none"] | Omit = omit,
        transport: Literal["http", "sse"] | Omit = omit,
        secret_mappings: list[SecretMapping] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update MCP Integration

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
            configurations: Auth/config key-value pairs (e.g. headers, client credentials)
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "configurations.<field>" (e.g. "configurations.oauth_metadata"). Each target_field must be unique.
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _MCP_INTEGRATIONS_UPDATE,
                cast_to=dict[str, Any],
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                body={
                    "name": name,
                    "description": description,
                    "configurations": configurations,
                    "url": url,
                    "auth_type": auth_type,
                    "transport": transport,
                    "secret_mappings": secret_mappings,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncMcpIntegrationsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncMcpIntegrations) -> None:
        self.mcp_integrations_create = to_raw_response_async(
            resource.mcp_integrations_create
        )
        self.mcp_integrations_delete = to_raw_response_async(
            resource.mcp_integrations_delete
        )
        self.mcp_integrations_list = to_raw_response_async(
            resource.mcp_integrations_list
        )
        self.mcp_integrations_retrieve = to_raw_response_async(
            resource.mcp_integrations_retrieve
        )
        self.mcp_integrations_update = to_raw_response_async(
            resource.mcp_integrations_update
        )
