# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Manage workspace access for MCP Integrations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    BulkUpdateMcpIntegrationWorkspacesGlobalWorkspaceAccess,
    BulkUpdateMcpIntegrationWorkspacesWorkspacesItem,
    McpIntegrationWorkspacesLegacyResponse,
    McpIntegrationWorkspacesListResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncMcpIntegrationsWorkspaces", "McpIntegrationsWorkspaces"]

_MCP_INTEGRATION_WORKSPACES_BULK_UPDATE = Endpoint(
    method="PUT",
    path="/mcp-integrations/{mcpIntegrationId}/workspaces",
    security=(("api_key",),),
    params=(Param("mcpIntegrationId", "path", "simple", False, "mcp_integration_id"),),
    body="json",
    content_type="application/json",
)
_MCP_INTEGRATION_WORKSPACES_LIST = Endpoint(
    method="GET",
    path="/mcp-integrations/{mcpIntegrationId}/workspaces",
    security=(("api_key",),),
    params=(
        Param("mcpIntegrationId", "path", "simple", False, "mcp_integration_id"),
        Param("version", "query", "form", True),
    ),
)


class McpIntegrationsWorkspaces(SyncAPIResource):
    """Manage workspace access for MCP Integrations."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = McpIntegrationsWorkspacesWithRawResponse(self)

    def mcp_integration_workspaces_bulk_update(
        self,
        *,
        mcp_integration_id: str,
        workspaces: list[BulkUpdateMcpIntegrationWorkspacesWorkspacesItem],
        global_workspace_access: (
            BulkUpdateMcpIntegrationWorkspacesGlobalWorkspaceAccess | Omit | None
        ) = omit,
        override_existing_workspace_access: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Bulk Update MCP Integration Workspaces

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
            override_existing_workspace_access: Server default: False.
        """
        check("workspaces", workspaces, min_items=0)
        return cast(
            dict[str, Any],
            self._client.request(
                _MCP_INTEGRATION_WORKSPACES_BULK_UPDATE,
                cast_to=dict[str, Any],
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                body={
                    "workspaces": workspaces,
                    "global_workspace_access": global_workspace_access,
                    "override_existing_workspace_access": override_existing_workspace_access,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_integration_workspaces_list(
        self,
        *,
        mcp_integration_id: str,
        version: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationWorkspacesListResponse | McpIntegrationWorkspacesLegacyResponse:
        """List MCP Integration Workspaces

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
            version: When set, response uses data/total shape instead of workspaces
        """
        return cast(
            McpIntegrationWorkspacesListResponse
            | McpIntegrationWorkspacesLegacyResponse,
            self._client.request(
                _MCP_INTEGRATION_WORKSPACES_LIST,
                cast_to=McpIntegrationWorkspacesListResponse
                | McpIntegrationWorkspacesLegacyResponse,
                values={
                    "mcpIntegrationId": mcp_integration_id,
                    "version": version,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class McpIntegrationsWorkspacesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: McpIntegrationsWorkspaces) -> None:
        self.mcp_integration_workspaces_bulk_update = to_raw_response(
            resource.mcp_integration_workspaces_bulk_update
        )
        self.mcp_integration_workspaces_list = to_raw_response(
            resource.mcp_integration_workspaces_list
        )


class AsyncMcpIntegrationsWorkspaces(AsyncAPIResource):
    """Manage workspace access for MCP Integrations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncMcpIntegrationsWorkspacesWithRawResponse(self)

    async def mcp_integration_workspaces_bulk_update(
        self,
        *,
        mcp_integration_id: str,
        workspaces: list[BulkUpdateMcpIntegrationWorkspacesWorkspacesItem],
        global_workspace_access: (
            BulkUpdateMcpIntegrationWorkspacesGlobalWorkspaceAccess | Omit | None
        ) = omit,
        override_existing_workspace_access: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Bulk Update MCP Integration Workspaces

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
            override_existing_workspace_access: Server default: False.
        """
        check("workspaces", workspaces, min_items=0)
        return cast(
            dict[str, Any],
            await self._client.request(
                _MCP_INTEGRATION_WORKSPACES_BULK_UPDATE,
                cast_to=dict[str, Any],
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                body={
                    "workspaces": workspaces,
                    "global_workspace_access": global_workspace_access,
                    "override_existing_workspace_access": override_existing_workspace_access,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def mcp_integration_workspaces_list(
        self,
        *,
        mcp_integration_id: str,
        version: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationWorkspacesListResponse | McpIntegrationWorkspacesLegacyResponse:
        """List MCP Integration Workspaces

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
            version: When set, response uses data/total shape instead of workspaces
        """
        return cast(
            McpIntegrationWorkspacesListResponse
            | McpIntegrationWorkspacesLegacyResponse,
            await self._client.request(
                _MCP_INTEGRATION_WORKSPACES_LIST,
                cast_to=McpIntegrationWorkspacesListResponse
                | McpIntegrationWorkspacesLegacyResponse,
                values={
                    "mcpIntegrationId": mcp_integration_id,
                    "version": version,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncMcpIntegrationsWorkspacesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncMcpIntegrationsWorkspaces) -> None:
        self.mcp_integration_workspaces_bulk_update = to_raw_response_async(
            resource.mcp_integration_workspaces_bulk_update
        )
        self.mcp_integration_workspaces_list = to_raw_response_async(
            resource.mcp_integration_workspaces_list
        )
