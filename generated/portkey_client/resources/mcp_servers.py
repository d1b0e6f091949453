# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete MCP Servers (workspace instances of MCP Integrations)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    McpServer,
    McpServerCreateResponse,
    McpServerListItem,
    McpServerListResponse,
    McpServerTestResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .mcp_servers_capabilities import (
        AsyncMcpServersCapabilities,
        McpServersCapabilities,
    )
    from .mcp_servers_connections import (
        AsyncMcpServersConnections,
        McpServersConnections,
    )
    from .mcp_servers_user_access import AsyncMcpServersUserAccess, McpServersUserAccess

__all__ = [
    "AsyncMcpServerListResponsePage",
    "AsyncMcpServers",
    "McpServerListResponsePage",
    "McpServers",
]

_MCP_SERVERS_CREATE = Endpoint(
    method="POST",
    path="/mcp-servers",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_MCP_SERVERS_DELETE = Endpoint(
    method="DELETE",
    path="/mcp-servers/{mcpServerId}",
    security=(("api_key",),),
    params=(Param("mcpServerId", "path", "simple", False, "mcp_server_id"),),
)
_MCP_SERVERS_LIST = Endpoint(
    method="GET",
    path="/mcp-servers",
    security=(("api_key",),),
    params=(
        Param("workspace_id", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("id", "query", "form", True),
        Param("search", "query", "form", True),
    ),
)
_MCP_SERVERS_LIST_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_MCP_SERVERS_RETRIEVE = Endpoint(
    method="GET",
    path="/mcp-servers/{mcpServerId}",
    security=(("api_key",),),
    params=(Param("mcpServerId", "path", "simple", False, "mcp_server_id"),),
)
_MCP_SERVERS_TEST = Endpoint(
    method="POST",
    path="/mcp-servers/{mcpServerId}/test",
    security=(("api_key",),),
    params=(Param("mcpServerId", "path", "simple", False, "mcp_server_id"),),
)
_MCP_SERVERS_UPDATE = Endpoint(
    method="PUT",
    path="/mcp-servers/{mcpServerId}",
    security=(("api_key",),),
    params=(Param("mcpServerId", "path", "simple", False, "mcp_server_id"),),
    body="json",
    content_type="application/json",
)


class McpServerListResponsePage(McpServerListResponse, SyncPage[McpServerListItem]):
    """A page of McpServerListResponse: iterating it yields every McpServerListItem, fetching the following pages as needed."""


class AsyncMcpServerListResponsePage(
    McpServerListResponse, AsyncPage[McpServerListItem]
):
    """A page of McpServerListResponse: async for over it yields every McpServerListItem, fetching the following pages as needed."""


class McpServers(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete MCP Servers (workspace instances of MCP Integrations)."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = McpServersWithRawResponse(self)

    @cached_property
    def capabilities(self) -> McpServersCapabilities:
        from .mcp_servers_capabilities import McpServersCapabilities

        return McpServersCapabilities(self._client)

    @cached_property
    def connections(self) -> McpServersConnections:
        from .mcp_servers_connections import McpServersConnections

        return McpServersConnections(self._client)

    @cached_property
    def user_access(self) -> McpServersUserAccess:
        from .mcp_servers_user_access import McpServersUserAccess

        return McpServersUserAccess(self._client)

    def mcp_servers_create(
        self,
        *,
        name: str,
        mcp_integration_id: str,
        workspace_id: str | Omit = omit,
        description: str | Omit | None = omit,
        slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerCreateResponse:
        """Create MCP Server

        Create a new MCP Server (workspace instance of an MCP Integration). Requires workspace_id or x-portkey-api-key header.

        Args:
            name: Display name of the MCP server
            mcp_integration_id: MCP Integration ID (UUID) or slug
            workspace_id: Workspace ID or slug (optional; required when using org admin API key)
            slug: Optional slug; must be unique within organisation
        """
        check("name", name, min_length=1, max_length=255)
        check("description", description, max_length=500)
        check("slug", slug, min_length=3, max_length=50, pattern="^[a-zA-Z0-9_-]+$")
        return cast(
            McpServerCreateResponse,
            self._client.request(
                _MCP_SERVERS_CREATE,
                cast_to=McpServerCreateResponse,
                body={
                    "name": name,
                    "mcp_integration_id": mcp_integration_id,
                    "workspace_id": workspace_id,
                    "description": description,
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_servers_delete(
        self,
        *,
        mcp_server_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete MCP Server

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _MCP_SERVERS_DELETE,
                cast_to=dict[str, Any],
                values={
                    "mcpServerId": mcp_server_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_servers_list(
        self,
        *,
        workspace_id: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        id: str | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerListResponsePage:
        """List MCP Servers

        List MCP Servers for the workspace. Requires workspace_id or x-portkey-api-key header.

        Args:
            workspace_id: Workspace ID or slug. Required when using org admin API key; optional when API key is workspace-scoped.
            id: Filter by MCP Server ID(s), comma-separated
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1, maximum=100)
        check("search", search, max_length=255)
        return paginate(
            self._client,
            _MCP_SERVERS_LIST,
            _MCP_SERVERS_LIST_PAGES,
            McpServerListResponsePage,
            values={
                "workspace_id": workspace_id,
                "current_page": current_page,
                "page_size": page_size,
                "id": id,
                "search": search,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def mcp_servers_retrieve(
        self,
        *,
        mcp_server_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServer:
        """Get MCP Server

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        return cast(
            McpServer,
            self._client.request(
                _MCP_SERVERS_RETRIEVE,
                cast_to=McpServer,
                values={
                    "mcpServerId": mcp_server_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_servers_test(
        self,
        *,
        mcp_server_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerTestResponse:
        """Test MCP Server Connection

        Test connectivity to the MCP server via its integration URL.

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        return cast(
            McpServerTestResponse,
            self._client.request(
                _MCP_SERVERS_TEST,
                cast_to=McpServerTestResponse,
                values={
                    "mcpServerId": mcp_server_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_servers_update(
        self,
        *,
        mcp_server_id: str,
        name: str | Omit = omit,
        description: str | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update MCP Server

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        check("name", name, min_length=1, max_length=255)
        check("description", description, max_length=500)
        return cast(
            dict[str, Any],
            self._client.request(
                _MCP_SERVERS_UPDATE,
                cast_to=dict[str, Any],
                values={
                    "mcpServerId": mcp_server_id,
                },
                body={"name": name, "description": description},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class McpServersWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: McpServers) -> None:
        self.mcp_servers_create = to_raw_response(resource.mcp_servers_create)
        self.mcp_servers_delete = to_raw_response(resource.mcp_servers_delete)
        self.mcp_servers_list = to_raw_response(resource.mcp_servers_list)
        self.mcp_servers_retrieve = to_raw_response(resource.mcp_servers_retrieve)
        self.mcp_servers_test = to_raw_response(resource.mcp_servers_test)
        self.mcp_servers_update = to_raw_response(resource.mcp_servers_update)


class AsyncMcpServers(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete MCP Servers (workspace instances of MCP Integrations)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncMcpServersWithRawResponse(self)

    @cached_property
    def capabilities(self) -> AsyncMcpServersCapabilities:
        from .mcp_servers_capabilities import AsyncMcpServersCapabilities

        return AsyncMcpServersCapabilities(self._client)

    @cached_property
    def connections(self) -> AsyncMcpServersConnections:
        from .mcp_servers_connections import AsyncMcpServersConnections

        return AsyncMcpServersConnections(self._client)

    @cached_property
    def user_access(self) -> AsyncMcpServersUserAccess:
        from .mcp_servers_user_access import AsyncMcpServersUserAccess

        return AsyncMcpServersUserAccess(self._client)

    async def mcp_servers_create(
        self,
        *,
        name: str,
        mcp_integration_id: str,
        workspace_id: str | Omit = omit,
        description: str | Omit | None = omit,
        slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerCreateResponse:
        """Create MCP Server

        Create a new MCP Server (workspace instance of an MCP Integration). Requires workspace_id or x-portkey-api-key header.

        Args:
            name: Display name of the MCP server
            mcp_integration_id: MCP Integration ID (UUID) or slug
            workspace_id: Workspace ID or slug (optional; required when using org admin API key)
            slug: Optional slug; must be unique within organisation
        """
        check("name", name, min_length=1, max_length=255)
        check("description", description, max_length=500)
        check("slug", slug, min_length=3, max_length=50, pattern="^[a-zA-Z0-9_-]+$")
        return cast(
            McpServerCreateResponse,
            await self._client.request(
                _MCP_SERVERS_CREATE,
                cast_to=McpServerCreateResponse,
                body={
                    "name": name,
                    "mcp_integration_id": mcp_integration_id,
                    "workspace_id": workspace_id,
                    "description": description,
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def mcp_servers_delete(
        self,
        *,
        mcp_server_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete MCP Server

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _MCP_SERVERS_DELETE,
                cast_to=dict[str, Any],
                values={
                    "mcpServerId": mcp_server_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_servers_list(
        self,
        *,
        workspace_id: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        id: str | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncMcpServerListResponsePage, McpServerListItem]:
        """List MCP Servers

        List MCP Servers for the workspace. Requires workspace_id or x-portkey-api-key header.

        Args:
            workspace_id: Workspace ID or slug. Required when using org admin API key; optional when API key is workspace-scoped.
            id: Filter by MCP Server ID(s), comma-separated
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1, maximum=100)
        check("search", search, max_length=255)
        return AsyncPaginator(
            self._client,
            _MCP_SERVERS_LIST,
            _MCP_SERVERS_LIST_PAGES,
            AsyncMcpServerListResponsePage,
            values={
                "workspace_id": workspace_id,
                "current_page": current_page,
                "page_size": page_size,
                "id": id,
                "search": search,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def mcp_servers_retrieve(
        self,
        *,
        mcp_server_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServer:
        """Get MCP Server

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        return cast(
            McpServer,
            await self._client.request(
                _MCP_SERVERS_RETRIEVE,
                cast_to=McpServer,
                values={
                    "mcpServerId": mcp_server_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def mcp_servers_test(
        self,
        *,
        mcp_server_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerTestResponse:
        """Test MCP Server Connection

        Test connectivity to the MCP server via its integration URL.

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        return cast(
            McpServerTestResponse,
            await self._client.request(
                _MCP_SERVERS_TEST,
                cast_to=McpServerTestResponse,
                values={
                    "mcpServerId": mcp_server_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def mcp_servers_update(
        self,
        *,
        mcp_server_id: str,
        name: str | Omit = omit,
        description: str | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update MCP Server

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        check("name", name, min_length=1, max_length=255)
        check("description", description, max_length=500)
        return cast(
            dict[str, Any],
            await self._client.request(
                _MCP_SERVERS_UPDATE,
                cast_to=dict[str, Any],
                values={
                    "mcpServerId": mcp_server_id,
                },
                body={"name": name, "description": description},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncMcpServersWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncMcpServers) -> None:
        self.mcp_servers_create = to_raw_response_async(resource.mcp_servers_create)
        self.mcp_servers_delete = to_raw_response_async(resource.mcp_servers_delete)
        self.mcp_servers_list = to_raw_response_async(resource.mcp_servers_list)
        self.mcp_servers_retrieve = to_raw_response_async(resource.mcp_servers_retrieve)
        self.mcp_servers_test = to_raw_response_async(resource.mcp_servers_test)
        self.mcp_servers_update = to_raw_response_async(resource.mcp_servers_update)
