# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""List and manage user access for MCP Servers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    BulkUpdateMcpServerUserAccessUserAccessItem,
    McpServerUserAccessBulkUpdateResponse,
    McpServerUserAccessItem,
    McpServerUserAccessListResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncMcpServerUserAccessListResponsePage",
    "AsyncMcpServersUserAccess",
    "McpServerUserAccessListResponsePage",
    "McpServersUserAccess",
]

_MCP_SERVER_USER_ACCESS_BULK_UPDATE = Endpoint(
    method="PUT",
    path="/mcp-servers/{mcpServerId}/user-access",
    security=(("api_key",),),
    params=(Param("mcpServerId", "path", "simple", False, "mcp_server_id"),),
    body="json",
    content_type="application/json",
)
_MCP_SERVER_USER_ACCESS_LIST = Endpoint(
    method="GET",
    path="/mcp-servers/{mcpServerId}/user-access",
    security=(("api_key",),),
    params=(
        Param("mcpServerId", "path", "simple", False, "mcp_server_id"),
        Param("page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("search", "query", "form", True),
    ),
)
_MCP_SERVER_USER_ACCESS_LIST_PAGES = Pages(
    kind="page",
    param="page",
    items="data",
    total="total",
    has_more="has_more",
    first_page=1,
)


class McpServerUserAccessListResponsePage(
    McpServerUserAccessListResponse, SyncPage[McpServerUserAccessItem]
):
    """A page of McpServerUserAccessListResponse: iterating it yields every McpServerUserAccessItem, fetching the following pages as needed."""


class AsyncMcpServerUserAccessListResponsePage(
    McpServerUserAccessListResponse, AsyncPage[McpServerUserAccessItem]
):
    """A page of McpServerUserAccessListResponse: async for over it yields every McpServerUserAccessItem, fetching the following pages as needed."""


class McpServersUserAccess(SyncAPIResource):
    """List and manage user access for MCP Servers."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = McpServersUserAccessWithRawResponse(self)

    def mcp_server_user_access_bulk_update(
        self,
        *,
        mcp_server_id: str,
        user_access: list[BulkUpdateMcpServerUserAccessUserAccessItem] | Omit = omit,
        default_user_access: Literal["allow", "deny"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerUserAccessBulkUpdateResponse:
        """Bulk Update MCP Server User Access

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
            default_user_access: Server default when user has no explicit override
        """
        return cast(
            McpServerUserAccessBulkUpdateResponse,
            self._client.request(
                _MCP_SERVER_USER_ACCESS_BULK_UPDATE,
                cast_to=McpServerUserAccessBulkUpdateResponse,
                values={
                    "mcpServerId": mcp_server_id,
                },
                body={
                    "user_access": user_access,
                    "default_user_access": default_user_access,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_server_user_access_list(
        self,
        *,
        mcp_server_id: str,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerUserAccessListResponsePage:
        """List MCP Server User Access

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
            search: Search by user name or email
        """
        check("page", page, minimum=1)
        check("page_size", page_size, minimum=1, maximum=500)
        return paginate(
            self._client,
            _MCP_SERVER_USER_ACCESS_LIST,
            _MCP_SERVER_USER_ACCESS_LIST_PAGES,
            McpServerUserAccessListResponsePage,
            values={
                "mcpServerId": mcp_server_id,
                "page": page,
                "page_size": page_size,
                "search": search,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class McpServersUserAccessWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: McpServersUserAccess) -> None:
        self.mcp_server_user_access_bulk_update = to_raw_response(
            resource.mcp_server_user_access_bulk_update
        )
        self.mcp_server_user_access_list = to_raw_response(
            resource.mcp_server_user_access_list
        )


class AsyncMcpServersUserAccess(AsyncAPIResource):
    """List and manage user access for MCP Servers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncMcpServersUserAccessWithRawResponse(self)

    async def mcp_server_user_access_bulk_update(
        self,
        *,
        mcp_server_id: str,
        user_access: list[BulkUpdateMcpServerUserAccessUserAccessItem] | Omit = omit,
        default_user_access: Literal["allow", "deny"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerUserAccessBulkUpdateResponse:
        """Bulk Update MCP Server User Access

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
            default_user_access: Server default when user has no explicit override
        """
        return cast(
            McpServerUserAccessBulkUpdateResponse,
            await self._client.request(
                _MCP_SERVER_USER_ACCESS_BULK_UPDATE,
                cast_to=McpServerUserAccessBulkUpdateResponse,
                values={
                    "mcpServerId": mcp_server_id,
                },
                body={
                    "user_access": user_access,
                    "default_user_access": default_user_access,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_server_user_access_list(
        self,
        *,
        mcp_server_id: str,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncMcpServerUserAccessListResponsePage, McpServerUserAccessItem
    ]:
        """List MCP Server User Access

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
            search: Search by user name or email
        """
        check("page", page, minimum=1)
        check("page_size", page_size, minimum=1, maximum=500)
        return AsyncPaginator(
            self._client,
            _MCP_SERVER_USER_ACCESS_LIST,
            _MCP_SERVER_USER_ACCESS_LIST_PAGES,
            AsyncMcpServerUserAccessListResponsePage,
            values={
                "mcpServerId": mcp_server_id,
                "page": page,
                "page_size": page_size,
                "search": search,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMcpServersUserAccessWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncMcpServersUserAccess) -> None:
        self.mcp_server_user_access_bulk_update = to_raw_response_async(
            resource.mcp_server_user_access_bulk_update
        )
        self.mcp_server_user_access_list = to_raw_response_async(
            resource.mcp_server_user_access_list
        )
