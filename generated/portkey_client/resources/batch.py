# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create large batches of API requests to run asynchronously."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    Batch as BatchModel,
    BedrockBatchJob,
    ListBatchesResponse,
    OpenAiBatchJob,
    PortkeyBatchJob,
    VertexBatchJob,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncBatch",
    "AsyncListBatchesResponsePage",
    "Batch",
    "ListBatchesResponsePage",
]

_CANCEL_BATCH = Endpoint(
    method="POST",
    path="/batches/{batch_id}/cancel",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("batch_id", "path", "simple", False),),
)
_CREATE_BATCH = Endpoint(
    method="POST",
    path="/batches",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)
_GET_BATCH_OUTPUT = Endpoint(
    method="GET",
    path="/batches/{batch_id}/output",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("batch_id", "path", "simple", False),),
    response="binary",
    accept="application/octet-stream",
)
_LIST_BATCHES = Endpoint(
    method="GET",
    path="/batches",
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
_LIST_BATCHES_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_RETRIEVE_BATCH = Endpoint(
    method="GET",
    path="/batches/{batch_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("batch_id", "path", "simple", False),),
)


class ListBatchesResponsePage(ListBatchesResponse, SyncPage[BatchModel]):
    """A page of ListBatchesResponse: iterating it yields every Batch, fetching the following pages as needed."""


class AsyncListBatchesResponsePage(ListBatchesResponse, AsyncPage[BatchModel]):
    """A page of ListBatchesResponse: async for over it yields every Batch, fetching the following pages as needed."""


class Batch(SyncAPIResource):
    """Create large batches of API requests to run asynchronously."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = BatchWithRawResponse(self)

    def cancel_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> BatchModel:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.

        Args:
            batch_id: The ID of the batch to cancel.
        """
        return cast(
            BatchModel,
            self._client.request(
                _CANCEL_BATCH,
                cast_to=BatchModel,
                values={
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_batch(
        self,
        *,
        body: OpenAiBatchJob | BedrockBatchJob | VertexBatchJob | PortkeyBatchJob,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> BatchModel:
        """Creates and executes a batch from an uploaded file of requests"""
        return cast(
            BatchModel,
            self._client.request(
                _CREATE_BATCH,
                cast_to=BatchModel,
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_batch_output(
        self,
        *,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> bytes:
        """Returns batch output as stream.

        Args:
            batch_id: The ID of the batch to retrieve output for.
        """
        return cast(
            bytes,
            self._client.request(
                _GET_BATCH_OUTPUT,
                cast_to=bytes,
                values={
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_batches(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListBatchesResponsePage:
        """List your organization's batches.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """
        return paginate(
            self._client,
            _LIST_BATCHES,
            _LIST_BATCHES_PAGES,
            ListBatchesResponsePage,
            values={
                "after": after,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> BatchModel:
        """Retrieves a batch.

        Args:
            batch_id: The ID of the batch to retrieve.
        """
        return cast(
            BatchModel,
            self._client.request(
                _RETRIEVE_BATCH,
                cast_to=BatchModel,
                values={
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class BatchWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Batch) -> None:
        self.cancel_batch = to_raw_response(resource.cancel_batch)
        self.create_batch = to_raw_response(resource.create_batch)
        self.get_batch_output = to_raw_response(resource.get_batch_output)
        self.list_batches = to_raw_response(resource.list_batches)
        self.retrieve_batch = to_raw_response(resource.retrieve_batch)


class AsyncBatch(AsyncAPIResource):
    """Create large batches of API requests to run asynchronously."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncBatchWithRawResponse(self)

    async def cancel_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> BatchModel:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.

        Args:
            batch_id: The ID of the batch to cancel.
        """
        return cast(
            BatchModel,
            await self._client.request(
                _CANCEL_BATCH,
                cast_to=BatchModel,
                values={
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_batch(
        self,
        *,
        body: OpenAiBatchJob | BedrockBatchJob | VertexBatchJob | PortkeyBatchJob,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> BatchModel:
        """Creates and executes a batch from an uploaded file of requests"""
        return cast(
            BatchModel,
            await self._client.request(
                _CREATE_BATCH,
                cast_to=BatchModel,
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_batch_output(
        self,
        *,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> bytes:
        """Returns batch output as stream.

        Args:
            batch_id: The ID of the batch to retrieve output for.
        """
        return cast(
            bytes,
            await self._client.request(
                _GET_BATCH_OUTPUT,
                cast_to=bytes,
                values={
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_batches(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListBatchesResponsePage, BatchModel]:
        """List your organization's batches.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """
        return AsyncPaginator(
            self._client,
            _LIST_BATCHES,
            _LIST_BATCHES_PAGES,
            AsyncListBatchesResponsePage,
            values={
                "after": after,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> BatchModel:
        """Retrieves a batch.

        Args:
            batch_id: The ID of the batch to retrieve.
        """
        return cast(
            BatchModel,
            await self._client.request(
                _RETRIEVE_BATCH,
                cast_to=BatchModel,
                values={
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncBatchWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncBatch) -> None:
        self.cancel_batch = to_raw_response_async(resource.cancel_batch)
        self.create_batch = to_raw_response_async(resource.create_batch)
        self.get_batch_output = to_raw_response_async(resource.get_batch_output)
        self.list_batches = to_raw_response_async(resource.list_batches)
        self.retrieve_batch = to_raw_response_async(resource.retrieve_batch)
