# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""List and manage capabilities for MCP Servers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    BulkUpdateMcpServerCapabilitiesCapabilitiesItem,
    McpServerCapabilitiesBulkUpdateResponse,
    McpServerCapabilitiesListResponse,
    McpServerCapabilityItem,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncMcpServerCapabilitiesListResponsePage",
    "AsyncMcpServersCapabilities",
    "McpServerCapabilitiesListResponsePage",
    "McpServersCapabilities",
]

_MCP_SERVER_CAPABILITIES_BULK_UPDATE = Endpoint(
    method="PUT",
    path="/mcp-servers/{mcpServerId}/capabilities",
    security=(("api_key",),),
    params=(Param("mcpServerId", "path", "simple", False, "mcp_server_id"),),
    body="json",
    content_type="application/json",
)
_MCP_SERVER_CAPABILITIES_LIST = Endpoint(
    method="GET",
    path="/mcp-servers/{mcpServerId}/capabilities",
    security=(("api_key",),),
    params=(
        Param("mcpServerId", "path", "simple", False, "mcp_server_id"),
        Param("page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("type", "query", "form", True),
    ),
)
_MCP_SERVER_CAPABILITIES_LIST_PAGES = Pages(
    kind="page",
    param="page",
    items="data",
    total="total",
    has_more="has_more",
    first_page=1,
)


class McpServerCapabilitiesListResponsePage(
    McpServerCapabilitiesListResponse, SyncPage[McpServerCapabilityItem]
):
    """A page of McpServerCapabilitiesListResponse: iterating it yields every McpServerCapabilityItem, fetching the following pages as needed."""


class AsyncMcpServerCapabilitiesListResponsePage(
    McpServerCapabilitiesListResponse, AsyncPage[McpServerCapabilityItem]
):
    """A page of McpServerCapabilitiesListResponse: async for over it yields every McpServerCapabilityItem, fetching the following pages as needed."""


class McpServersCapabilities(SyncAPIResource):
    """List and manage capabilities for MCP Servers."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = McpServersCapabilitiesWithRawResponse(self)

    def mcp_server_capabilities_bulk_update(
        self,
        *,
        mcp_server_id: str,
        capabilities: list[BulkUpdateMcpServerCapabilitiesCapabilitiesItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerCapabilitiesBulkUpdateResponse:
        """Bulk Update MCP Server Capabilities

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        check("capabilities", capabilities, min_items=1)
        return cast(
            McpServerCapabilitiesBulkUpdateResponse,
            self._client.request(
                _MCP_SERVER_CAPABILITIES_BULK_UPDATE,
                cast_to=McpServerCapabilitiesBulkUpdateResponse,
                values={
                    "mcpServerId": mcp_server_id,
                },
                body={"capabilities": capabilities},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_server_capabilities_list(
        self,
        *,
        mcp_server_id: str,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        type: Literal["tool", "prompt", "resource", "resource_template"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerCapabilitiesListResponsePage:
        """List MCP Server Capabilities

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        check("page", page, minimum=1)
        check("page_size", page_size, minimum=1, maximum=500)
        return paginate(
            self._client,
            _MCP_SERVER_CAPABILITIES_LIST,
            _MCP_SERVER_CAPABILITIES_LIST_PAGES,
            McpServerCapabilitiesListResponsePage,
            values={
                "mcpServerId": mcp_server_id,
                "page": page,
                "page_size": page_size,
                "type": type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class McpServersCapabilitiesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: McpServersCapabilities) -> None:
        self.mcp_server_capabilities_bulk_update = to_raw_response(
            resource.mcp_server_capabilities_bulk_update
        )
        self.mcp_server_capabilities_list = to_raw_response(
            resource.mcp_server_capabilities_list
        )


class AsyncMcpServersCapabilities(AsyncAPIResource):
    """List and manage capabilities for MCP Servers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncMcpServersCapabilitiesWithRawResponse(self)

    async def mcp_server_capabilities_bulk_update(
        self,
        *,
        mcp_server_id: str,
        capabilities: list[BulkUpdateMcpServerCapabilitiesCapabilitiesItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpServerCapabilitiesBulkUpdateResponse:
        """Bulk Update MCP Server Capabilities

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        check("capabilities", capabilities, min_items=1)
        return cast(
            McpServerCapabilitiesBulkUpdateResponse,
            await self._client.request(
                _MCP_SERVER_CAPABILITIES_BULK_UPDATE,
                cast_to=McpServerCapabilitiesBulkUpdateResponse,
                values={
                    "mcpServerId": mcp_server_id,
                },
                body={"capabilities": capabilities},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_server_capabilities_list(
        self,
        *,
        mcp_server_id: str,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        type: Literal["tool", "prompt", "resource", "resource_template"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncMcpServerCapabilitiesListResponsePage, McpServerCapabilityItem
    ]:
        """List MCP Server Capabilities

        Args:
            mcp_server_id: MCP Server ID (UUID) or slug
        """
        check("page", page, minimum=1)
        check("page_size", page_size, minimum=1, maximum=500)
        return AsyncPaginator(
            self._client,
            _MCP_SERVER_CAPABILITIES_LIST,
            _MCP_SERVER_CAPABILITIES_LIST_PAGES,
            AsyncMcpServerCapabilitiesListResponsePage,
            values={
                "mcpServerId": mcp_server_id,
                "page": page,
                "page_size": page_size,
                "type": type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMcpServersCapabilitiesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncMcpServersCapabilities) -> None:
        self.mcp_server_capabilities_bulk_update = to_raw_response_async(
            resource.mcp_server_capabilities_bulk_update
        )
        self.mcp_server_capabilities_list = to_raw_response_async(
            resource.mcp_server_capabilities_list
        )
