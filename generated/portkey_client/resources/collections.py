# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete collections of prompts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    CollectionWithChildCollections,
    CollectionWithDetails,
    GetCollectionsResponse,
    PostCollectionsResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncCollections",
    "AsyncGetCollectionsResponsePage",
    "Collections",
    "GetCollectionsResponsePage",
]

_CREATE = Endpoint(
    method="POST",
    path="/collections",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE = Endpoint(
    method="DELETE",
    path="/collections/{collectionId}",
    security=(("api_key",),),
    params=(Param("collectionId", "path", "simple", False, "collection_id"),),
)
_LIST = Endpoint(
    method="GET",
    path="/collections",
    security=(("api_key",),),
    params=(
        Param("workspace_id", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("search", "query", "form", True),
    ),
)
_LIST_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/collections/{collectionId}",
    security=(("api_key",),),
    params=(Param("collectionId", "path", "simple", False, "collection_id"),),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/collections/{collectionId}",
    security=(("api_key",),),
    params=(Param("collectionId", "path", "simple", False, "collection_id"),),
    body="json",
    content_type="application/json",
)


class GetCollectionsResponsePage(
    GetCollectionsResponse, SyncPage[CollectionWithDetails]
):
    """A page of GetCollectionsResponse: iterating it yields every CollectionWithDetails, fetching the following pages as needed."""


class AsyncGetCollectionsResponsePage(
    GetCollectionsResponse, AsyncPage[CollectionWithDetails]
):
    """A page of GetCollectionsResponse: async for over it yields every CollectionWithDetails, fetching the following pages as needed."""


class Collections(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete collections of prompts."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = CollectionsWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        workspace_id: str | Omit = omit,
        parent_collection_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostCollectionsResponse:
        """Create a new collection

        Creates a new collection in the specified workspace

        Args:
            name: Name of the collection
            workspace_id: ID or slug of the workspace
            parent_collection_id: ID or slug of the parent collection (optional)
        """
        return cast(
            PostCollectionsResponse,
            self._client.request(
                _CREATE,
                cast_to=PostCollectionsResponse,
                body={
                    "name": name,
                    "workspace_id": workspace_id,
                    "parent_collection_id": parent_collection_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        *,
        collection_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete collection

        Deletes a collection

        Args:
            collection_id: ID or slug of the collection
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "collectionId": collection_id,
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
        workspace_id: str,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetCollectionsResponsePage:
        """List collections

        Lists all collections in the specified workspace

        Args:
            workspace_id: ID or slug of the workspace
            current_page: Page number for pagination (0-indexed)
            page_size: Number of items per page
            search: Search query to filter collections by name
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1)
        return paginate(
            self._client,
            _LIST,
            _LIST_PAGES,
            GetCollectionsResponsePage,
            values={
                "workspace_id": workspace_id,
                "current_page": current_page,
                "page_size": page_size,
                "search": search,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        *,
        collection_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CollectionWithChildCollections:
        """Get collection details

        Retrieves details of a specific collection

        Args:
            collection_id: ID or slug of the collection
        """
        return cast(
            CollectionWithChildCollections,
            self._client.request(
                _RETRIEVE,
                cast_to=CollectionWithChildCollections,
                values={
                    "collectionId": collection_id,
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
        collection_id: str,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update collection

        Updates a collection's details

        Args:
            collection_id: ID or slug of the collection
            name: New name for the collection
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "collectionId": collection_id,
                },
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class CollectionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Collections) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncCollections(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete collections of prompts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncCollectionsWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        workspace_id: str | Omit = omit,
        parent_collection_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostCollectionsResponse:
        """Create a new collection

        Creates a new collection in the specified workspace

        Args:
            name: Name of the collection
            workspace_id: ID or slug of the workspace
            parent_collection_id: ID or slug of the parent collection (optional)
        """
        return cast(
            PostCollectionsResponse,
            await self._client.request(
                _CREATE,
                cast_to=PostCollectionsResponse,
                body={
                    "name": name,
                    "workspace_id": workspace_id,
                    "parent_collection_id": parent_collection_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        *,
        collection_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete collection

        Deletes a collection

        Args:
            collection_id: ID or slug of the collection
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "collectionId": collection_id,
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
        workspace_id: str,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncGetCollectionsResponsePage, CollectionWithDetails]:
        """List collections

        Lists all collections in the specified workspace

        Args:
            workspace_id: ID or slug of the workspace
            current_page: Page number for pagination (0-indexed)
            page_size: Number of items per page
            search: Search query to filter collections by name
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1)
        return AsyncPaginator(
            self._client,
            _LIST,
            _LIST_PAGES,
            AsyncGetCollectionsResponsePage,
            values={
                "workspace_id": workspace_id,
                "current_page": current_page,
                "page_size": page_size,
                "search": search,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        *,
        collection_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CollectionWithChildCollections:
        """Get collection details

        Retrieves details of a specific collection

        Args:
            collection_id: ID or slug of the collection
        """
        return cast(
            CollectionWithChildCollections,
            await self._client.request(
                _RETRIEVE,
                cast_to=CollectionWithChildCollections,
                values={
                    "collectionId": collection_id,
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
        collection_id: str,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update collection

        Updates a collection's details

        Args:
            collection_id: ID or slug of the collection
            name: New name for the collection
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "collectionId": collection_id,
                },
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncCollectionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncCollections) -> None:
        self.create = to_raw_response_async(resource.create)
        self.delete = to_raw_response_async(resource.delete)
        self.list = to_raw_response_async(resource.list)
        self.retrieve = to_raw_response_async(resource.retrieve)
        self.update = to_raw_response_async(resource.update)
