# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""WebSocket proxy for provider Realtime APIs"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._base_client import Endpoint, Param
from .._realtime import (
    AsyncRealtimeConnectionManager,
    RealtimeConnection,
    async_realtime_connect,
    realtime_connect,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import Headers, Omit, Query, Timeout, omit

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncRealtime", "Realtime"]

_CONNECT = Endpoint(
    method="GET",
    path="/realtime",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("model", "query", "form", True),
        Param("x-portkey-trace-id", "header", "simple", False, "x_portkey_trace_id"),
        Param("x-portkey-span-id", "header", "simple", False, "x_portkey_span_id"),
        Param(
            "x-portkey-parent-span-id",
            "header",
            "simple",
            False,
            "x_portkey_parent_span_id",
        ),
        Param("x-portkey-span-name", "header", "simple", False, "x_portkey_span_name"),
        Param("x-portkey-metadata", "header", "simple", False, "x_portkey_metadata"),
        Param(
            "x-portkey-cache-namespace",
            "header",
            "simple",
            False,
            "x_portkey_cache_namespace",
        ),
        Param(
            "x-portkey-cache-force-refresh",
            "header",
            "simple",
            False,
            "x_portkey_cache_force_refresh",
        ),
    ),
    response="empty",
)


class Realtime(SyncAPIResource):
    """WebSocket proxy for provider Realtime APIs"""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def connect(
        self,
        *,
        model: str | Omit = omit,
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RealtimeConnection[dict[str, Any]]:
        """Realtime

        Connect to the Realtime API endpoint.

        Opens a WebSocket with the client's credentials: send() and recv() JSON events.

        Args:
            model: Often required for OpenAI-style realtime; other query params pass through unchanged.
            x_portkey_trace_id: An ID you can pass to refer to one or more requests later on. If not provided, Portkey generates a trace ID automatically for each request. [Docs](https://portkey.ai/docs/product/observability/traces)
            x_portkey_span_id: An ID you can pass to refer to a span under a trace.
            x_portkey_parent_span_id: Link a child span to a parent span
            x_portkey_span_name: Name for the Span ID
            x_portkey_metadata: Pass any arbitrary metadata along with your request
            x_portkey_cache_namespace: Partition your Portkey cache store based on custom strings, ignoring metadata and other headers
            x_portkey_cache_force_refresh: Forces a cache refresh for your request by making a new API call and storing the updated value
        """
        return realtime_connect(
            self._client,
            _CONNECT,
            event=dict[str, Any],
            values={
                "model": model,
                "x-portkey-trace-id": x_portkey_trace_id,
                "x-portkey-span-id": x_portkey_span_id,
                "x-portkey-parent-span-id": x_portkey_parent_span_id,
                "x-portkey-span-name": x_portkey_span_name,
                "x-portkey-metadata": x_portkey_metadata,
                "x-portkey-cache-namespace": x_portkey_cache_namespace,
                "x-portkey-cache-force-refresh": x_portkey_cache_force_refresh,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncRealtime(AsyncAPIResource):
    """WebSocket proxy for provider Realtime APIs"""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def connect(
        self,
        *,
        model: str | Omit = omit,
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncRealtimeConnectionManager[dict[str, Any]]:
        """Realtime

        Connect to the Realtime API endpoint.

        Opens a WebSocket with the client's credentials: send() and recv() JSON events.

        Args:
            model: Often required for OpenAI-style realtime; other query params pass through unchanged.
            x_portkey_trace_id: An ID you can pass to refer to one or more requests later on. If not provided, Portkey generates a trace ID automatically for each request. [Docs](https://portkey.ai/docs/product/observability/traces)
            x_portkey_span_id: An ID you can pass to refer to a span under a trace.
            x_portkey_parent_span_id: Link a child span to a parent span
            x_portkey_span_name: Name for the Span ID
            x_portkey_metadata: Pass any arbitrary metadata along with your request
            x_portkey_cache_namespace: Partition your Portkey cache store based on custom strings, ignoring metadata and other headers
            x_portkey_cache_force_refresh: Forces a cache refresh for your request by making a new API call and storing the updated value
        """
        return async_realtime_connect(
            self._client,
            _CONNECT,
            event=dict[str, Any],
            values={
                "model": model,
                "x-portkey-trace-id": x_portkey_trace_id,
                "x-portkey-span-id": x_portkey_span_id,
                "x-portkey-parent-span-id": x_portkey_parent_span_id,
                "x-portkey-span-name": x_portkey_span_name,
                "x-portkey-metadata": x_portkey_metadata,
                "x-portkey-cache-namespace": x_portkey_cache_namespace,
                "x-portkey-cache-force-refresh": x_portkey_cache_force_refresh,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )
