# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""List and manage user connections for MCP Servers."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    McpServerConnectionDeleteResponse,
    McpServerConnectionItem,
    McpServerConnectionsListResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncMcpServerConnectionsListResponsePage",
    "AsyncMcpServersConnections",
    "McpServerConnectionsListResponsePage",
    "McpServersConnections",
]

_MCP_SERVER_CONNECTIONS_DELETE = Endpoint(
    method="DELETE",
    path="/mcp-servers/{mcpServerId}/connections",
    security=(("api_key",),),
    params=(
        Param("mcpServerId", "path", "simple", False, "mcp_server_id"),
        Param("user_id", "query", "form", True),
        Param("workspace_id", "query", "form", True),
    ),
)
_MCP_SERVER_CONNECTIONS_LIST = Endpoint(
    method="GET",
    path="/mcp-servers/{mcpServerId}/connections",
    security=(("api_key",),),
    params=(
        Param("mcpServerId", "path", "simple", False, "mcp_server_id"),
        Param("user_id", "query", "form", True),
        Param("workspace_id", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
    ),
)
_MCP_SERVER_CONNECTIONS_LIST_PAGES = Pages(
    kind="page",
    param="current_page",
    items="data",
    total="total",
    has_more="has_more",
    first_page=0,
)


class McpServerConnectionsListResponsePage(
    McpServerConnectionsListResponse, SyncPage[McpServerConnectionItem]
):
    """A page of McpServerConnectionsListResponse: iterating it yields every McpServerConnectionItem, fetching the following pages as needed."""


class AsyncMcpServerConnectionsListResponsePage(
    McpServerConnectionsListResponse, AsyncPage[McpServerConnectionItem]
):
    """A page of McpServerConnectionsListResponse: async for over it yields every McpServerConnectionItem, fetching the following pages as needed."""


class McpServersConnections(SyncAPIResource):
    """List and manage user connections for MCP Servers."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = McpServersConnectionsWithRawResponse(self)

    def mcp_server_connections_delete(
        self,
        *,
        mcp_server_id: str,
        user_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerConnectionDeleteResponse:
        """Delete MCP Server Connection

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
            user_id: The UUID of the user to disconnect. Required when using a service API key; optional when using a user API key (the user ID is derived from the key if not provided).
            workspace_id: Workspace ID or slug. Required when using org admin API key; optional when API key is workspace-scoped.
        """
        return cast(
            McpServerConnectionDeleteResponse,
            self._client.request(
                _MCP_SERVER_CONNECTIONS_DELETE,
                cast_to=McpServerConnectionDeleteResponse,
                values={
                    "mcpServerId": mcp_server_id,
                    "user_id": user_id,
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_server_connections_list(
        self,
        *,
        mcp_server_id: str,
        user_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerConnectionsListResponsePage:
        """List MCP Server Connections

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
            user_id: Optional. UUID of the user whose connections to list. If not provided, defaults to the current user for user API keys, and returns all connections on the MCP server for service API keys.
            workspace_id: Workspace ID or slug. Required when using org admin API key; optional when API key is workspace-scoped.
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1, maximum=500)
        return paginate(
            self._client,
            _MCP_SERVER_CONNECTIONS_LIST,
            _MCP_SERVER_CONNECTIONS_LIST_PAGES,
            McpServerConnectionsListResponsePage,
            values={
                "mcpServerId": mcp_server_id,
                "user_id": user_id,
                "workspace_id": workspace_id,
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class McpServersConnectionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: McpServersConnections) -> None:
        self.mcp_server_connections_delete = to_raw_response(
            resource.mcp_server_connections_delete
        )
        self.mcp_server_connections_list = to_raw_response(
            resource.mcp_server_connections_list
        )


class AsyncMcpServersConnections(AsyncAPIResource):
    """List and manage user connections for MCP Servers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncMcpServersConnectionsWithRawResponse(self)

    async def mcp_server_connections_delete(
        self,
        *,
        mcp_server_id: str,
        user_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerConnectionDeleteResponse:
        """Delete MCP Server Connection

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
            user_id: The UUID of the user to disconnect. Required when using a service API key; optional when using a user API key (the user ID is derived from the key if not provided).
            workspace_id: Workspace ID or slug. Required when using org admin API key; optional when API key is workspace-scoped.
        """
        return cast(
            McpServerConnectionDeleteResponse,
            await self._client.request(
                _MCP_SERVER_CONNECTIONS_DELETE,
                cast_to=McpServerConnectionDeleteResponse,
                values={
                    "mcpServerId": mcp_server_id,
                    "user_id": user_id,
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_server_connections_list(
        self,
        *,
        mcp_server_id: str,
        user_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncMcpServerConnectionsListResponsePage, McpServerConnectionItem
    ]:
        """List MCP Server Connections

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
            user_id: Optional. UUID of the user whose connections to list. If not provided, defaults to the current user for user API keys, and returns all connections on the MCP server for service API keys.
            workspace_id: Workspace ID or slug. Required when using org admin API key; optional when API key is workspace-scoped.
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1, maximum=500)
        return AsyncPaginator(
            self._client,
            _MCP_SERVER_CONNECTIONS_LIST,
            _MCP_SERVER_CONNECTIONS_LIST_PAGES,
            AsyncMcpServerConnectionsListResponsePage,
            values={
                "mcpServerId": mcp_server_id,
                "user_id": user_id,
                "workspace_id": workspace_id,
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMcpServersConnectionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncMcpServersConnections) -> None:
        self.mcp_server_connections_delete = to_raw_response_async(
            resource.mcp_server_connections_delete
        )
        self.mcp_server_connections_list = to_raw_response_async(
            resource.mcp_server_connections_list
        )
