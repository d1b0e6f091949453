# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Custom Logger to add external logs to Portkey."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import CustomLog, LogObject

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncLogs", "Logs"]

_CREATE = Endpoint(
    method="POST",
    path="/logs",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
    response="empty",
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/logs/{logId}",
    security=(("api_key",),),
    params=(Param("logId", "path", "simple", False, "log_id"),),
)


class Logs(SyncAPIResource):
    """Custom Logger to add external logs to Portkey."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = LogsWithRawResponse(self)

    def create(
        self,
        *,
        body: CustomLog | list[CustomLog],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        """Insert New logs

        Submit one or more log entries
        """
        return cast(
            None,
            self._client.request(
                _CREATE,
                cast_to=None,
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        *,
        log_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> LogObject:
        """Get a specific log"""
        return cast(
            LogObject,
            self._client.request(
                _RETRIEVE,
                cast_to=LogObject,
                values={
                    "logId": log_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class LogsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Logs) -> None:
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncLogs(AsyncAPIResource):
    """Custom Logger to add external logs to Portkey."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncLogsWithRawResponse(self)

    async def create(
        self,
        *,
        body: CustomLog | list[CustomLog],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        """Insert New logs

        Submit one or more log entries
        """
        return cast(
            None,
            await self._client.request(
                _CREATE,
                cast_to=None,
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        *,
        log_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> LogObject:
        """Get a specific log"""
        return cast(
            LogObject,
            await self._client.request(
                _RETRIEVE,
                cast_to=LogObject,
                values={
                    "logId": log_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncLogsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncLogs) -> None:
        self.create = to_raw_response_async(resource.create)
        self.retrieve = to_raw_response_async(resource.retrieve)
