# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Get MCP Integration metadata and sync info."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import McpIntegrationMetadata

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncMcpIntegrationsMetadata", "McpIntegrationsMetadata"]

_MCP_INTEGRATION_METADATA_RETRIEVE = Endpoint(
    method="GET",
    path="/mcp-integrations/{mcpIntegrationId}/metadata",
    security=(("api_key",),),
    params=(Param("mcpIntegrationId", "path", "simple", False, "mcp_integration_id"),),
)


class McpIntegrationsMetadata(SyncAPIResource):
    """Get MCP Integration metadata and sync info."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = McpIntegrationsMetadataWithRawResponse(self)

    def mcp_integration_metadata_retrieve(
        self,
        *,
        mcp_integration_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationMetadata:
        """Get MCP Integration Metadata

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        return cast(
            McpIntegrationMetadata,
            self._client.request(
                _MCP_INTEGRATION_METADATA_RETRIEVE,
                cast_to=McpIntegrationMetadata,
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class McpIntegrationsMetadataWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: McpIntegrationsMetadata) -> None:
        self.mcp_integration_metadata_retrieve = to_raw_response(
            resource.mcp_integration_metadata_retrieve
        )


class AsyncMcpIntegrationsMetadata(AsyncAPIResource):
    """Get MCP Integration metadata and sync info."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncMcpIntegrationsMetadataWithRawResponse(self)

    async def mcp_integration_metadata_retrieve(
        self,
        *,
        mcp_integration_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> McpIntegrationMetadata:
        """Get MCP Integration Metadata

        Args:
            mcp_integration_id: MCP Integration ID (UUID) or slug
        """
        return cast(
            McpIntegrationMetadata,
            await self._client.request(
                _MCP_INTEGRATION_METADATA_RETRIEVE,
                cast_to=McpIntegrationMetadata,
                values={
                    "mcpIntegrationId": mcp_integration_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncMcpIntegrationsMetadataWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncMcpIntegrationsMetadata) -> None:
        self.mcp_integration_metadata_retrieve = to_raw_response_async(
            resource.mcp_integration_metadata_retrieve
        )
