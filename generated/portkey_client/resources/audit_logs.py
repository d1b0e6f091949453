# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Get audit logs for your Portkey account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import AuditLogObjectList, AuditLogObjectListRecordsItem

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncAuditLogObjectListPage",
    "AsyncAuditLogs",
    "AuditLogObjectListPage",
    "AuditLogs",
]

_LIST = Endpoint(
    method="GET",
    path="/audit-logs",
    security=(("api_key",),),
    params=(
        Param("start_time", "query", "form", True),
        Param("end_time", "query", "form", True),
        Param("organisation_id", "query", "form", True),
        Param("method", "query", "form", True),
        Param("uri", "query", "form", True),
        Param("request_id", "query", "form", True),
        Param("user_id", "query", "form", True),
        Param("user_type", "query", "form", True),
        Param("workspace_id", "query", "form", True),
        Param("response_status_code", "query", "form", True),
        Param("resource_type", "query", "form", True),
        Param("action", "query", "form", True),
        Param("client_ip", "query", "form", True),
        Param("country", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
    ),
)
_LIST_PAGES = Pages(
    kind="page", param="current_page", items="records", total="total", first_page=0
)


class AuditLogObjectListPage(
    AuditLogObjectList, SyncPage[AuditLogObjectListRecordsItem]
):
    """A page of AuditLogObjectList: iterating it yields every AuditLogObjectListRecordsItem, fetching the following pages as needed."""


class AsyncAuditLogObjectListPage(
    AuditLogObjectList, AsyncPage[AuditLogObjectListRecordsItem]
):
    """A page of AuditLogObjectList: async for over it yields every AuditLogObjectListRecordsItem, fetching the following pages as needed."""


class AuditLogs(SyncAPIResource):
    """Get audit logs for your Portkey account."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AuditLogsWithRawResponse(self)

    def list(
        self,
        *,
        start_time: str,
        end_time: str,
        organisation_id: str,
        method: Literal["POST", "PUT", "DELETE"] | Omit = omit,
        uri: str | Omit = omit,
        request_id: str | Omit = omit,
        user_id: str | Omit = omit,
        user_type: Literal["user", "api_key"] | Omit = omit,
        workspace_id: str | Omit = omit,
        response_status_code: int | Omit = omit,
        resource_type: str | Omit = omit,
        action: str | Omit = omit,
        client_ip: str | Omit = omit,
        country: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AuditLogObjectListPage:
        """Get Audit Logs

        Args:
            start_time: Start time for filtering logs (ISO8601 format)
            end_time: End time for filtering logs (ISO8601 format)
            organisation_id: Organisation ID for filtering logs
            method: HTTP method for filtering logs
            uri: URI path for filtering logs
            request_id: Request ID for filtering logs
            user_id: User ID for filtering logs
            user_type: Type of user for filtering logs
            workspace_id: Workspace ID for filtering logs
            response_status_code: HTTP response status code for filtering logs
            resource_type: Resource type for filtering logs
            action: Action type for filtering logs
            client_ip: Client IP address for filtering logs
            country: Country for filtering logs
            current_page: Current page number for pagination
            page_size: Number of items per page
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=0, maximum=100)
        return paginate(
            self._client,
            _LIST,
            _LIST_PAGES,
            AuditLogObjectListPage,
            values={
                "start_time": start_time,
                "end_time": end_time,
                "organisation_id": organisation_id,
                "method": method,
                "uri": uri,
                "request_id": request_id,
                "user_id": user_id,
                "user_type": user_type,
                "workspace_id": workspace_id,
                "response_status_code": response_status_code,
                "resource_type": resource_type,
                "action": action,
                "client_ip": client_ip,
                "country": country,
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AuditLogsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AuditLogs) -> None:
        self.list = to_raw_response(resource.list)


class AsyncAuditLogs(AsyncAPIResource):
    """Get audit logs for your Portkey account."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncAuditLogsWithRawResponse(self)

    def list(
        self,
        *,
        start_time: str,
        end_time: str,
        organisation_id: str,
        method: Literal["POST", "PUT", "DELETE"] | Omit = omit,
        uri: str | Omit = omit,
        request_id: str | Omit = omit,
        user_id: str | Omit = omit,
        user_type: Literal["user", "api_key"] | Omit = omit,
        workspace_id: str | Omit = omit,
        response_status_code: int | Omit = omit,
        resource_type: str | Omit = omit,
        action: str | Omit = omit,
        client_ip: str | Omit = omit,
        country: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncAuditLogObjectListPage, AuditLogObjectListRecordsItem]:
        """Get Audit Logs

        Args:
            start_time: Start time for filtering logs (ISO8601 format)
            end_time: End time for filtering logs (ISO8601 format)
            organisation_id: Organisation ID for filtering logs
            method: HTTP method for filtering logs
            uri: URI path for filtering logs
            request_id: Request ID for filtering logs
            user_id: User ID for filtering logs
            user_type: Type of user for filtering logs
            workspace_id: Workspace ID for filtering logs
            response_status_code: HTTP response status code for filtering logs
            resource_type: Resource type for filtering logs
            action: Action type for filtering logs
            client_ip: Client IP address for filtering logs
            country: Country for filtering logs
            current_page: Current page number for pagination
            page_size: Number of items per page
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=0, maximum=100)
        return AsyncPaginator(
            self._client,
            _LIST,
            _LIST_PAGES,
            AsyncAuditLogObjectListPage,
            values={
                "start_time": start_time,
                "end_time": end_time,
                "organisation_id": organisation_id,
                "method": method,
                "uri": uri,
                "request_id": request_id,
                "user_id": user_id,
                "user_type": user_type,
                "workspace_id": workspace_id,
                "response_status_code": response_status_code,
                "resource_type": resource_type,
                "action": action,
                "client_ip": client_ip,
                "country": country,
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAuditLogsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncAuditLogs) -> None:
        self.list = to_raw_response_async(resource.list)
