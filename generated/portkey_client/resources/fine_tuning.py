# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Manage fine-tuning jobs to tailor a model to your specific training data."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    FineTuningJob,
    FineTuningJobCheckpoint,
    FineTuningJobEvent,
    ListFineTuningJobCheckpointsResponse,
    ListFineTuningJobEventsResponse,
    ListPaginatedFineTuningJobsResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncFineTuning",
    "AsyncListFineTuningJobCheckpointsResponsePage",
    "AsyncListFineTuningJobEventsResponsePage",
    "AsyncListPaginatedFineTuningJobsResponsePage",
    "FineTuning",
    "ListFineTuningJobCheckpointsResponsePage",
    "ListFineTuningJobEventsResponsePage",
    "ListPaginatedFineTuningJobsResponsePage",
]

_CANCEL_FINE_TUNING_JOB = Endpoint(
    method="POST",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("fine_tuning_job_id", "path", "simple", False),),
)
_LIST_FINE_TUNING_EVENTS = Endpoint(
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/events",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("fine_tuning_job_id", "path", "simple", False),
        Param("after", "query", "form", True),
        Param("limit", "query", "form", True),
    ),
)
_LIST_FINE_TUNING_EVENTS_PAGES = Pages(
    kind="cursor", param="after", items="data", item_cursor="id"
)
_LIST_FINE_TUNING_JOB_CHECKPOINTS = Endpoint(
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("fine_tuning_job_id", "path", "simple", False),
        Param("after", "query", "form", True),
        Param("limit", "query", "form", True),
    ),
)
_LIST_FINE_TUNING_JOB_CHECKPOINTS_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_LIST_PAGINATED_FINE_TUNING_JOBS = Endpoint(
    method="GET",
    path="/fine_tuning/jobs",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("after", "query", "form", True),
        Param("limit", "query", "form", True),
    ),
)
_LIST_PAGINATED_FINE_TUNING_JOBS_PAGES = Pages(
    kind="cursor", param="after", items="data", has_more="has_more", item_cursor="id"
)
_RETRIEVE_FINE_TUNING_JOB = Endpoint(
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("fine_tuning_job_id", "path", "simple", False),),
)


class ListFineTuningJobCheckpointsResponsePage(
    ListFineTuningJobCheckpointsResponse, SyncPage[FineTuningJobCheckpoint]
):
    """A page of ListFineTuningJobCheckpointsResponse: iterating it yields every FineTuningJobCheckpoint, fetching the following pages as needed."""


class AsyncListFineTuningJobCheckpointsResponsePage(
    ListFineTuningJobCheckpointsResponse, AsyncPage[FineTuningJobCheckpoint]
):
    """A page of ListFineTuningJobCheckpointsResponse: async for over it yields every FineTuningJobCheckpoint, fetching the following pages as needed."""


class ListFineTuningJobEventsResponsePage(
    ListFineTuningJobEventsResponse, SyncPage[FineTuningJobEvent]
):
    """A page of ListFineTuningJobEventsResponse: iterating it yields every FineTuningJobEvent, fetching the following pages as needed."""


class AsyncListFineTuningJobEventsResponsePage(
    ListFineTuningJobEventsResponse, AsyncPage[FineTuningJobEvent]
):
    """A page of ListFineTuningJobEventsResponse: async for over it yields every FineTuningJobEvent, fetching the following pages as needed."""


class ListPaginatedFineTuningJobsResponsePage(
    ListPaginatedFineTuningJobsResponse, SyncPage[FineTuningJob]
):
    """A page of ListPaginatedFineTuningJobsResponse: iterating it yields every FineTuningJob, fetching the following pages as needed."""


class AsyncListPaginatedFineTuningJobsResponsePage(
    ListPaginatedFineTuningJobsResponse, AsyncPage[FineTuningJob]
):
    """A page of ListPaginatedFineTuningJobsResponse: async for over it yields every FineTuningJob, fetching the following pages as needed."""


class FineTuning(SyncAPIResource):
    """Manage fine-tuning jobs to tailor a model to your specific training data."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = FineTuningWithRawResponse(self)

    def cancel_fine_tuning_job(
        self,
        *,
        fine_tuning_job_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to cancel.
        """
        return cast(
            FineTuningJob,
            self._client.request(
                _CANCEL_FINE_TUNING_JOB,
                cast_to=FineTuningJob,
                values={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_fine_tuning_events(
        self,
        *,
        fine_tuning_job_id: str,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListFineTuningJobEventsResponsePage:
        """Get status updates for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get events for.
            after: Identifier for the last event from the previous pagination request.
            limit: Number of events to retrieve.
        """
        return paginate(
            self._client,
            _LIST_FINE_TUNING_EVENTS,
            _LIST_FINE_TUNING_EVENTS_PAGES,
            ListFineTuningJobEventsResponsePage,
            values={
                "fine_tuning_job_id": fine_tuning_job_id,
                "after": after,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_fine_tuning_job_checkpoints(
        self,
        *,
        fine_tuning_job_id: str,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListFineTuningJobCheckpointsResponsePage:
        """List checkpoints for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.
            after: Identifier for the last checkpoint ID from the previous pagination request.
            limit: Number of checkpoints to retrieve.
        """
        return paginate(
            self._client,
            _LIST_FINE_TUNING_JOB_CHECKPOINTS,
            _LIST_FINE_TUNING_JOB_CHECKPOINTS_PAGES,
            ListFineTuningJobCheckpointsResponsePage,
            values={
                "fine_tuning_job_id": fine_tuning_job_id,
                "after": after,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_paginated_fine_tuning_jobs(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListPaginatedFineTuningJobsResponsePage:
        """List your organization's fine-tuning jobs

        Args:
            after: Identifier for the last job from the previous pagination request.
            limit: Number of fine-tuning jobs to retrieve.
        """
        return paginate(
            self._client,
            _LIST_PAGINATED_FINE_TUNING_JOBS,
            _LIST_PAGINATED_FINE_TUNING_JOBS_PAGES,
            ListPaginatedFineTuningJobsResponsePage,
            values={
                "after": after,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve_fine_tuning_job(
        self,
        *,
        fine_tuning_job_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about fine-tuning](https://platform.openai.com/docs/guides/fine-tuning)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
        """
        return cast(
            FineTuningJob,
            self._client.request(
                _RETRIEVE_FINE_TUNING_JOB,
                cast_to=FineTuningJob,
                values={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class FineTuningWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: FineTuning) -> None:
        self.cancel_fine_tuning_job = to_raw_response(resource.cancel_fine_tuning_job)
        self.list_fine_tuning_events = to_raw_response(resource.list_fine_tuning_events)
        self.list_fine_tuning_job_checkpoints = to_raw_response(
            resource.list_fine_tuning_job_checkpoints
        )
        self.list_paginated_fine_tuning_jobs = to_raw_response(
            resource.list_paginated_fine_tuning_jobs
        )
        self.retrieve_fine_tuning_job = to_raw_response(
            resource.retrieve_fine_tuning_job
        )


class AsyncFineTuning(AsyncAPIResource):
    """Manage fine-tuning jobs to tailor a model to your specific training data."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncFineTuningWithRawResponse(self)

    async def cancel_fine_tuning_job(
        self,
        *,
        fine_tuning_job_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to cancel.
        """
        return cast(
            FineTuningJob,
            await self._client.request(
                _CANCEL_FINE_TUNING_JOB,
                cast_to=FineTuningJob,
                values={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_fine_tuning_events(
        self,
        *,
        fine_tuning_job_id: str,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListFineTuningJobEventsResponsePage, FineTuningJobEvent]:
        """Get status updates for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get events for.
            after: Identifier for the last event from the previous pagination request.
            limit: Number of events to retrieve.
        """
        return AsyncPaginator(
            self._client,
            _LIST_FINE_TUNING_EVENTS,
            _LIST_FINE_TUNING_EVENTS_PAGES,
            AsyncListFineTuningJobEventsResponsePage,
            values={
                "fine_tuning_job_id": fine_tuning_job_id,
                "after": after,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_fine_tuning_job_checkpoints(
        self,
        *,
        fine_tuning_job_id: str,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncListFineTuningJobCheckpointsResponsePage, FineTuningJobCheckpoint
    ]:
        """List checkpoints for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.
            after: Identifier for the last checkpoint ID from the previous pagination request.
            limit: Number of checkpoints to retrieve.
        """
        return AsyncPaginator(
            self._client,
            _LIST_FINE_TUNING_JOB_CHECKPOINTS,
            _LIST_FINE_TUNING_JOB_CHECKPOINTS_PAGES,
            AsyncListFineTuningJobCheckpointsResponsePage,
            values={
                "fine_tuning_job_id": fine_tuning_job_id,
                "after": after,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_paginated_fine_tuning_jobs(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListPaginatedFineTuningJobsResponsePage, FineTuningJob]:
        """List your organization's fine-tuning jobs

        Args:
            after: Identifier for the last job from the previous pagination request.
            limit: Number of fine-tuning jobs to retrieve.
        """
        return AsyncPaginator(
            self._client,
            _LIST_PAGINATED_FINE_TUNING_JOBS,
            _LIST_PAGINATED_FINE_TUNING_JOBS_PAGES,
            AsyncListPaginatedFineTuningJobsResponsePage,
            values={
                "after": after,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve_fine_tuning_job(
        self,
        *,
        fine_tuning_job_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about fine-tuning](https://platform.openai.com/docs/guides/fine-tuning)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
        """
        return cast(
            FineTuningJob,
            await self._client.request(
                _RETRIEVE_FINE_TUNING_JOB,
                cast_to=FineTuningJob,
                values={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFineTuningWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncFineTuning) -> None:
        self.cancel_fine_tuning_job = to_raw_response_async(
            resource.cancel_fine_tuning_job
        )
        self.list_fine_tuning_events = to_raw_response_async(
            resource.list_fine_tuning_events
        )
        self.list_fine_tuning_job_checkpoints = to_raw_response_async(
            resource.list_fine_tuning_job_checkpoints
        )
        self.list_paginated_fine_tuning_jobs = to_raw_response_async(
            resource.list_paginated_fine_tuning_jobs
        )
        self.retrieve_fine_tuning_job = to_raw_response_async(
            resource.retrieve_fine_tuning_job
        )
