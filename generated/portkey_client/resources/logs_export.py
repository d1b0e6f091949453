# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Exports logs service."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    DownloadLogsResponse,
    ExportItem,
    ExportListResponse,
    ExportTaskResponse,
    GenerationsFilterSchema,
    UpdateExportResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncLogsExport", "LogsExport"]

_CANCEL = Endpoint(
    method="POST",
    path="/logs/exports/{exportId}/cancel",
    security=(("api_key",),),
    params=(Param("exportId", "path", "simple", False, "export_id"),),
)
_CREATE = Endpoint(
    method="POST",
    path="/logs/exports",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DOWNLOAD = Endpoint(
    method="GET",
    path="/logs/exports/{exportId}/download",
    security=(("api_key",),),
    params=(Param("exportId", "path", "simple", False, "export_id"),),
)
_LIST = Endpoint(
    method="GET",
    path="/logs/exports",
    security=(("api_key",),),
    params=(Param("workspace_id", "query", "form", True),),
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/logs/exports/{exportId}",
    security=(("api_key",),),
    params=(Param("exportId", "path", "simple", False, "export_id"),),
)
_START = Endpoint(
    method="POST",
    path="/logs/exports/{exportId}/start",
    security=(("api_key",),),
    params=(Param("exportId", "path", "simple", False, "export_id"),),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/logs/exports/{exportId}",
    security=(("api_key",),),
    params=(Param("exportId", "path", "simple", False, "export_id"),),
    body="json",
    content_type="application/json",
)


class LogsExport(SyncAPIResource):
    """Exports logs service."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = LogsExportWithRawResponse(self)

    def cancel(
        self,
        *,
        export_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ExportTaskResponse:
        """Cancel log export"""
        return cast(
            ExportTaskResponse,
            self._client.request(
                _CANCEL,
                cast_to=ExportTaskResponse,
                values={
                    "exportId": export_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        filters: GenerationsFilterSchema | Omit = omit,
        requested_data: (
            builtins.list[
                Literal[
                    "id",
                    "trace_id",
                    "created_at",
                    "request",
                    "response",
                    "is_success",
                    "ai_org",
                    "ai_model",
                    "req_units",
                    "res_units",
                    "total_units",
                    "request_url",
                    "cost",
                    "cost_currency",
                    "response_time",
                    "response_status_code",
                    "mode",
                    "config",
                    "prompt_slug",
                    "metadata",
                ]
            ]
            | Omit
        ) = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdateExportResponse:
        """Create log export"""
        return cast(
            UpdateExportResponse,
            self._client.request(
                _CREATE,
                cast_to=UpdateExportResponse,
                body={
                    "filters": filters,
                    "requested_data": requested_data,
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def download(
        self,
        *,
        export_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DownloadLogsResponse:
        """Download log export"""
        return cast(
            DownloadLogsResponse,
            self._client.request(
                _DOWNLOAD,
                cast_to=DownloadLogsResponse,
                values={
                    "exportId": export_id,
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
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ExportListResponse:
        """Get all logs exports"""
        return cast(
            ExportListResponse,
            self._client.request(
                _LIST,
                cast_to=ExportListResponse,
                values={
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        *,
        export_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ExportItem:
        """Get a specific logs export"""
        return cast(
            ExportItem,
            self._client.request(
                _RETRIEVE,
                cast_to=ExportItem,
                values={
                    "exportId": export_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def start(
        self,
        *,
        export_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ExportTaskResponse:
        """Start log export"""
        return cast(
            ExportTaskResponse,
            self._client.request(
                _START,
                cast_to=ExportTaskResponse,
                values={
                    "exportId": export_id,
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
        export_id: str,
        filters: GenerationsFilterSchema | Omit = omit,
        workspace_id: str | Omit = omit,
        requested_data: (
            builtins.list[
                Literal[
                    "id",
                    "trace_id",
                    "created_at",
                    "request",
                    "response",
                    "is_success",
                    "ai_org",
                    "ai_model",
                    "req_units",
                    "res_units",
                    "total_units",
                    "request_url",
                    "cost",
                    "cost_currency",
                    "response_time",
                    "response_status_code",
                    "mode",
                    "config",
                    "prompt_slug",
                    "metadata",
                ]
            ]
            | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdateExportResponse:
        """Update a logs export"""
        return cast(
            UpdateExportResponse,
            self._client.request(
                _UPDATE,
                cast_to=UpdateExportResponse,
                values={
                    "exportId": export_id,
                },
                body={
                    "filters": filters,
                    "workspace_id": workspace_id,
                    "requested_data": requested_data,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class LogsExportWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: LogsExport) -> None:
        self.cancel = to_raw_response(resource.cancel)
        self.create = to_raw_response(resource.create)
        self.download = to_raw_response(resource.download)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.start = to_raw_response(resource.start)
        self.update = to_raw_response(resource.update)


class AsyncLogsExport(AsyncAPIResource):
    """Exports logs service."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncLogsExportWithRawResponse(self)

    async def cancel(
        self,
        *,
        export_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ExportTaskResponse:
        """Cancel log export"""
        return cast(
            ExportTaskResponse,
            await self._client.request(
                _CANCEL,
                cast_to=ExportTaskResponse,
                values={
                    "exportId": export_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        filters: GenerationsFilterSchema | Omit = omit,
        requested_data: (
            builtins.list[
                Literal[
                    "id",
                    "trace_id",
                    "created_at",
                    "request",
                    "response",
                    "is_success",
                    "ai_org",
                    "ai_model",
                    "req_units",
                    "res_units",
                    "total_units",
                    "request_url",
                    "cost",
                    "cost_currency",
                    "response_time",
                    "response_status_code",
                    "mode",
                    "config",
                    "prompt_slug",
                    "metadata",
                ]
            ]
            | Omit
        ) = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdateExportResponse:
        """Create log export"""
        return cast(
            UpdateExportResponse,
            await self._client.request(
                _CREATE,
                cast_to=UpdateExportResponse,
                body={
                    "filters": filters,
                    "requested_data": requested_data,
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def download(
        self,
        *,
        export_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DownloadLogsResponse:
        """Download log export"""
        return cast(
            DownloadLogsResponse,
            await self._client.request(
                _DOWNLOAD,
                cast_to=DownloadLogsResponse,
                values={
                    "exportId": export_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list(
        self,
        *,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ExportListResponse:
        """Get all logs exports"""
        return cast(
            ExportListResponse,
            await self._client.request(
                _LIST,
                cast_to=ExportListResponse,
                values={
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        *,
        export_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ExportItem:
        """Get a specific logs export"""
        return cast(
            ExportItem,
            await self._client.request(
                _RETRIEVE,
                cast_to=ExportItem,
                values={
                    "exportId": export_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def start(
        self,
        *,
        export_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ExportTaskResponse:
        """Start log export"""
        return cast(
            ExportTaskResponse,
            await self._client.request(
                _START,
                cast_to=ExportTaskResponse,
                values={
                    "exportId": export_id,
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
        export_id: str,
        filters: GenerationsFilterSchema | Omit = omit,
        workspace_id: str | Omit = omit,
        requested_data: (
            builtins.list[
                Literal[
                    "id",
                    "trace_id",
                    "created_at",
                    "request",
                    "response",
                    "is_success",
                    "ai_org",
                    "ai_model",
                    "req_units",
                    "res_units",
                    "total_units",
                    "request_url",
                    "cost",
                    "cost_currency",
                    "response_time",
                    "response_status_code",
                    "mode",
                    "config",
                    "prompt_slug",
                    "metadata",
                ]
            ]
            | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdateExportResponse:
        """Update a logs export"""
        return cast(
            UpdateExportResponse,
            await self._client.request(
                _UPDATE,
                cast_to=UpdateExportResponse,
                values={
                    "exportId": export_id,
                },
                body={
                    "filters": filters,
                    "workspace_id": workspace_id,
                    "requested_data": requested_data,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncLogsExportWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncLogsExport) -> None:
        self.cancel = to_raw_response_async(resource.cancel)
        self.create = to_raw_response_async(resource.create)
        self.download = to_raw_response_async(resource.download)
        self.list = to_raw_response_async(resource.list)
        self.retrieve = to_raw_response_async(resource.retrieve)
        self.start = to_raw_response_async(resource.start)
        self.update = to_raw_response_async(resource.update)
