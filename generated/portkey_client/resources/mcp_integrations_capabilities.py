# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""List and manage capabilities for MCP Integrations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    BulkUpdateMcpIntegrationCapabilitiesCapabilitiesItem,
    McpIntegrationCapabilitiesBulkUpdateResponse,
    McpIntegrationCapabilitiesListResponse,
    McpIntegrationCapabilityItem,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncMcpIntegrationCapabilitiesListResponsePage",
    "AsyncMcpIntegrationsCapabilities",
    "McpIntegrationCapabilitiesListResponsePage",
    "McpIntegrationsCapabilities",
]

_MCP_INTEGRATION_CAPABILITIES_BULK_UPDATE = Endpoint(
    method="PUT",
    path="/mcp-integrations/{mcpIntegrationId}/capabilities",
    security=(("api_key",),),
    params=(Param("mcpIntegrationId", "path", "simple", False, "mcp_integration_id"),),
    body="json",
    content_type="application/json",
)
_MCP_INTEGRATION_CAPABILITIES_LIST = Endpoint(
    method="GET",
    path="/mcp-integrations/{mcpIntegrationId}/capabilities",
    security=(("api_key",),),
    params=(
        Param("mcpIntegrationId", "path", "simple", False, "mcp_integration_id"),
        Param("page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("type", "query", "form", True),
    ),
)
_MCP_INTEGRATION_CAPABILITIES_LIST_PAGES = Pages(
    kind="page",
    param="page",
    items="data",
    total="total",
    has_more="has_more",
    first_page=1,
)


class McpIntegrationCapabilitiesListResponsePage(
    McpIntegrationCapabilitiesListResponse, SyncPage[McpIntegrationCapabilityItem]
):
    """A page of McpIntegrationCapabilitiesListResponse: iterating it yields every McpIntegrationCapabilityItem, fetching the following pages as needed."""


class AsyncMcpIntegrationCapabilitiesListResponsePage(
    McpIntegrationCapabilitiesListResponse, AsyncPage[McpIntegrationCapabilityItem]
):
    """A page of McpIntegrationCapabilitiesListResponse: async for over it yields every McpIntegrationCapabilityItem, fetching the following pages as needed."""


class McpIntegrationsCapabilities(SyncAPIResource):
    """List and manage capabilities for MCP Integrations."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = McpIntegrationsCapabilitiesWithRawResponse(self)

    def mcp_integration_capabilities_bulk_update(
        self,
        *,
        mcp_integration_id: str,
        capabilities: list[BulkUpdateMcpIntegrationCapabilitiesCapabilitiesItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationCapabilitiesBulkUpdateResponse:
        """Bulk Update MCP Integration Capabilities

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        check("capabilities", capabilities, min_items=1)
        return cast(
            McpIntegrationCapabilitiesBulkUpdateResponse,
            self._client.request(
                _MCP_INTEGRATION_CAPABILITIES_BULK_UPDATE,
                cast_to=McpIntegrationCapabilitiesBulkUpdateResponse,
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                body={"capabilities": capabilities},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_integration_capabilities_list(
        self,
        *,
        mcp_integration_id: str,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        type: Literal["tool", "prompt", "resource", "resource_template"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationCapabilitiesListResponsePage:
        """List MCP Integration Capabilities

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        check("page", page, minimum=1)
        check("page_size", page_size, minimum=1, maximum=500)
        return paginate(
            self._client,
            _MCP_INTEGRATION_CAPABILITIES_LIST,
            _MCP_INTEGRATION_CAPABILITIES_LIST_PAGES,
            McpIntegrationCapabilitiesListResponsePage,
            values={
                "mcpIntegrationId": mcp_integration_id,
                "page": page,
                "page_size": page_size,
                "type": type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class McpIntegrationsCapabilitiesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: McpIntegrationsCapabilities) -> None:
        self.mcp_integration_capabilities_bulk_update = to_raw_response(
            resource.mcp_integration_capabilities_bulk_update
        )
        self.mcp_integration_capabilities_list = to_raw_response(
            resource.mcp_integration_capabilities_list
        )


class AsyncMcpIntegrationsCapabilities(AsyncAPIResource):
    """List and manage capabilities for MCP Integrations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncMcpIntegrationsCapabilitiesWithRawResponse(self)

    async def mcp_integration_capabilities_bulk_update(
        self,
        *,
        mcp_integration_id: str,
        capabilities: list[BulkUpdateMcpIntegrationCapabilitiesCapabilitiesItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationCapabilitiesBulkUpdateResponse:
        """Bulk Update MCP Integration Capabilities

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        check("capabilities", capabilities, min_items=1)
        return cast(
            McpIntegrationCapabilitiesBulkUpdateResponse,
            await self._client.request(
                _MCP_INTEGRATION_CAPABILITIES_BULK_UPDATE,
                cast_to=McpIntegrationCapabilitiesBulkUpdateResponse,
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                body={"capabilities": capabilities},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def mcp_integration_capabilities_list(
        self,
        *,
        mcp_integration_id: str,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        type: Literal["tool", "prompt", "resource", "resource_template"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncMcpIntegrationCapabilitiesListResponsePage, McpIntegrationCapabilityItem
    ]:
        """List MCP Integration Capabilities

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        check("page", page, minimum=1)
        check("page_size", page_size, minimum=1, maximum=500)
        return AsyncPaginator(
            self._client,
            _MCP_INTEGRATION_CAPABILITIES_LIST,
            _MCP_INTEGRATION_CAPABILITIES_LIST_PAGES,
            AsyncMcpIntegrationCapabilitiesListResponsePage,
            values={
                "mcpIntegrationId": mcp_integration_id,
                "page": page,
                "page_size": page_size,
                "type": type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMcpIntegrationsCapabilitiesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncMcpIntegrationsCapabilities) -> None:
        self.mcp_integration_capabilities_bulk_update = to_raw_response_async(
            resource.mcp_integration_capabilities_bulk_update
        )
        self.mcp_integration_capabilities_list = to_raw_response_async(
            resource.mcp_integration_capabilities_list
        )
