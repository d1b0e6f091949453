# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Operations tagged 'Vector Stores'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    AutoChunkingStrategyRequestParam,
    DeleteVectorStoreFileResponse,
    DeleteVectorStoreResponse,
    ListVectorStoreFilesResponse,
    ListVectorStoresResponse,
    StaticChunkingStrategyRequestParam,
    VectorStoreExpirationAfter,
    VectorStoreFileBatchObject,
    VectorStoreFileObject,
    VectorStoreObject,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncListVectorStoreFilesResponsePage",
    "AsyncListVectorStoresResponsePage",
    "AsyncVectorStores",
    "ListVectorStoreFilesResponsePage",
    "ListVectorStoresResponsePage",
    "VectorStores",
]

_CANCEL_VECTOR_STORE_FILE_BATCH = Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("vector_store_id", "path", "simple", False),
        Param("batch_id", "path", "simple", False),
    ),
)
_CREATE_VECTOR_STORE = Endpoint(
    method="POST",
    path="/vector_stores",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)
_CREATE_VECTOR_STORE_FILE = Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}/files",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("vector_store_id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)
_CREATE_VECTOR_STORE_FILE_BATCH = Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}/file_batches",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("vector_store_id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)
_DELETE_VECTOR_STORE = Endpoint(
    method="DELETE",
    path="/vector_stores/{vector_store_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("vector_store_id", "path", "simple", False),),
)
_DELETE_VECTOR_STORE_FILE = Endpoint(
    method="DELETE",
    path="/vector_stores/{vector_store_id}/files/{file_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("vector_store_id", "path", "simple", False),
        Param("file_id", "path", "simple", False),
    ),
)
_GET_VECTOR_STORE = Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("vector_store_id", "path", "simple", False),),
)
_GET_VECTOR_STORE_FILE = Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/files/{file_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("vector_store_id", "path", "simple", False),
        Param("file_id", "path", "simple", False),
    ),
)
_GET_VECTOR_STORE_FILE_BATCH = Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("vector_store_id", "path", "simple", False),
        Param("batch_id", "path", "simple", False),
    ),
)
_LIST_FILES_IN_VECTOR_STORE_BATCH = Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("vector_store_id", "path", "simple", False),
        Param("batch_id", "path", "simple", False),
        Param("limit", "query", "form", True),
        Param("order", "query", "form", True),
        Param("after", "query", "form", True),
        Param("before", "query", "form", True),
        Param("filter", "query", "form", True),
    ),
)
_LIST_FILES_IN_VECTOR_STORE_BATCH_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_LIST_VECTOR_STORE_FILES = Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/files",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("vector_store_id", "path", "simple", False),
        Param("limit", "query", "form", True),
        Param("order", "query", "form", True),
        Param("after", "query", "form", True),
        Param("before", "query", "form", True),
        Param("filter", "query", "form", True),
    ),
)
_LIST_VECTOR_STORE_FILES_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_LIST_VECTOR_STORES = Endpoint(
    method="GET",
    path="/vector_stores",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("limit", "query", "form", True),
        Param("order", "query", "form", True),
        Param("after", "query", "form", True),
        Param("before", "query", "form", True),
    ),
)
_LIST_VECTOR_STORES_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_MODIFY_VECTOR_STORE = Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("vector_store_id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)


class ListVectorStoreFilesResponsePage(
    ListVectorStoreFilesResponse, SyncPage[VectorStoreFileObject]
):
    """A page of ListVectorStoreFilesResponse: iterating it yields every VectorStoreFileObject, fetching the following pages as needed."""


class AsyncListVectorStoreFilesResponsePage(
    ListVectorStoreFilesResponse, AsyncPage[VectorStoreFileObject]
):
    """A page of ListVectorStoreFilesResponse: async for over it yields every VectorStoreFileObject, fetching the following pages as needed."""


class ListVectorStoresResponsePage(
    ListVectorStoresResponse, SyncPage[VectorStoreObject]
):
    """A page of ListVectorStoresResponse: iterating it yields every VectorStoreObject, fetching the following pages as needed."""


class AsyncListVectorStoresResponsePage(
    ListVectorStoresResponse, AsyncPage[VectorStoreObject]
):
    """A page of ListVectorStoresResponse: async for over it yields every VectorStoreObject, fetching the following pages as needed."""


class VectorStores(SyncAPIResource):
    """Operations tagged 'Vector Stores'."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = VectorStoresWithRawResponse(self)

    def cancel_vector_store_file_batch(
        self,
        *,
        vector_store_id: str,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch to cancel.
        """
        return cast(
            VectorStoreFileBatchObject,
            self._client.request(
                _CANCEL_VECTOR_STORE_FILE_BATCH,
                cast_to=VectorStoreFileBatchObject,
                values={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_vector_store(
        self,
        *,
        file_ids: list[str] | Omit = omit,
        name: str | Omit = omit,
        expires_after: VectorStoreExpirationAfter | Omit = omit,
        chunking_strategy: (
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Omit
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreObject:
        """Create a vector store.

        Args:
            file_ids: A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
            name: The name of the vector store.
            expires_after: The expiration policy for a vector store.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        check("file_ids", file_ids, max_items=500)
        return cast(
            VectorStoreObject,
            self._client.request(
                _CREATE_VECTOR_STORE,
                cast_to=VectorStoreObject,
                body={
                    "file_ids": file_ids,
                    "name": name,
                    "expires_after": expires_after,
                    "chunking_strategy": chunking_strategy,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_vector_store_file(
        self,
        *,
        vector_store_id: str,
        file_id: str,
        chunking_strategy: (
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileObject:
        """Create a vector store file by attaching a [File](https://platform.openai.com/docs/api-reference/files) to a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object).

        Args:
            vector_store_id: The ID of the vector store for which to create a File.
            file_id: A [File](https://platform.openai.com/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
        """
        return cast(
            VectorStoreFileObject,
            self._client.request(
                _CREATE_VECTOR_STORE_FILE,
                cast_to=VectorStoreFileObject,
                values={
                    "vector_store_id": vector_store_id,
                },
                body={"file_id": file_id, "chunking_strategy": chunking_strategy},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_vector_store_file_batch(
        self,
        *,
        vector_store_id: str,
        file_ids: list[str],
        chunking_strategy: (
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileBatchObject:
        """Create a vector store file batch.

        Args:
            vector_store_id: The ID of the vector store for which to create a File Batch.
            file_ids: A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
        """
        check("file_ids", file_ids, min_items=1, max_items=500)
        return cast(
            VectorStoreFileBatchObject,
            self._client.request(
                _CREATE_VECTOR_STORE_FILE_BATCH,
                cast_to=VectorStoreFileBatchObject,
                values={
                    "vector_store_id": vector_store_id,
                },
                body={"file_ids": file_ids, "chunking_strategy": chunking_strategy},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_vector_store(
        self,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        Args:
            vector_store_id: The ID of the vector store to delete.
        """
        return cast(
            DeleteVectorStoreResponse,
            self._client.request(
                _DELETE_VECTOR_STORE,
                cast_to=DeleteVectorStoreResponse,
                values={
                    "vector_store_id": vector_store_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_vector_store_file(
        self,
        *,
        vector_store_id: str,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](https://platform.openai.com/docs/api-reference/files/delete) endpoint.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file to delete.
        """
        return cast(
            DeleteVectorStoreFileResponse,
            self._client.request(
                _DELETE_VECTOR_STORE_FILE,
                cast_to=DeleteVectorStoreFileResponse,
                values={
                    "vector_store_id": vector_store_id,
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_vector_store(
        self,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        Args:
            vector_store_id: The ID of the vector store to retrieve.
        """
        return cast(
            VectorStoreObject,
            self._client.request(
                _GET_VECTOR_STORE,
                cast_to=VectorStoreObject,
                values={
                    "vector_store_id": vector_store_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_vector_store_file(
        self,
        *,
        vector_store_id: str,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file being retrieved.
        """
        return cast(
            VectorStoreFileObject,
            self._client.request(
                _GET_VECTOR_STORE_FILE,
                cast_to=VectorStoreFileObject,
                values={
                    "vector_store_id": vector_store_id,
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_vector_store_file_batch(
        self,
        *,
        vector_store_id: str,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch being retrieved.
        """
        return cast(
            VectorStoreFileBatchObject,
            self._client.request(
                _GET_VECTOR_STORE_FILE_BATCH,
                cast_to=VectorStoreFileBatchObject,
                values={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_files_in_vector_store_batch(
        self,
        *,
        vector_store_id: str,
        batch_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListVectorStoreFilesResponsePage:
        """Returns a list of vector store files in a batch.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            batch_id: The ID of the file batch that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """
        return paginate(
            self._client,
            _LIST_FILES_IN_VECTOR_STORE_BATCH,
            _LIST_FILES_IN_VECTOR_STORE_BATCH_PAGES,
            ListVectorStoreFilesResponsePage,
            values={
                "vector_store_id": vector_store_id,
                "batch_id": batch_id,
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "filter": filter,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_vector_store_files(
        self,
        *,
        vector_store_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListVectorStoreFilesResponsePage:
        """Returns a list of vector store files.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """
        return paginate(
            self._client,
            _LIST_VECTOR_STORE_FILES,
            _LIST_VECTOR_STORE_FILES_PAGES,
            ListVectorStoreFilesResponsePage,
            values={
                "vector_store_id": vector_store_id,
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "filter": filter,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_vector_stores(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListVectorStoresResponsePage:
        """Returns a list of vector stores.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        return paginate(
            self._client,
            _LIST_VECTOR_STORES,
            _LIST_VECTOR_STORES_PAGES,
            ListVectorStoresResponsePage,
            values={
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def modify_vector_store(
        self,
        *,
        vector_store_id: str,
        name: str | Omit | None = omit,
        expires_after: VectorStoreExpirationAfter | Omit = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreObject:
        """Modifies a vector store.

        Args:
            vector_store_id: The ID of the vector store to modify.
            name: The name of the vector store.
            expires_after: The expiration policy for a vector store.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            VectorStoreObject,
            self._client.request(
                _MODIFY_VECTOR_STORE,
                cast_to=VectorStoreObject,
                values={
                    "vector_store_id": vector_store_id,
                },
                body={
                    "name": name,
                    "expires_after": expires_after,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class VectorStoresWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: VectorStores) -> None:
        self.cancel_vector_store_file_batch = to_raw_response(
            resource.cancel_vector_store_file_batch
        )
        self.create_vector_store = to_raw_response(resource.create_vector_store)
        self.create_vector_store_file = to_raw_response(
            resource.create_vector_store_file
        )
        self.create_vector_store_file_batch = to_raw_response(
            resource.create_vector_store_file_batch
        )
        self.delete_vector_store = to_raw_response(resource.delete_vector_store)
        self.delete_vector_store_file = to_raw_response(
            resource.delete_vector_store_file
        )
        self.get_vector_store = to_raw_response(resource.get_vector_store)
        self.get_vector_store_file = to_raw_response(resource.get_vector_store_file)
        self.get_vector_store_file_batch = to_raw_response(
            resource.get_vector_store_file_batch
        )
        self.list_files_in_vector_store_batch = to_raw_response(
            resource.list_files_in_vector_store_batch
        )
        self.list_vector_store_files = to_raw_response(resource.list_vector_store_files)
        self.list_vector_stores = to_raw_response(resource.list_vector_stores)
        self.modify_vector_store = to_raw_response(resource.modify_vector_store)


class AsyncVectorStores(AsyncAPIResource):
    """Operations tagged 'Vector Stores'."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncVectorStoresWithRawResponse(self)

    async def cancel_vector_store_file_batch(
        self,
        *,
        vector_store_id: str,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch to cancel.
        """
        return cast(
            VectorStoreFileBatchObject,
            await self._client.request(
                _CANCEL_VECTOR_STORE_FILE_BATCH,
                cast_to=VectorStoreFileBatchObject,
                values={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_vector_store(
        self,
        *,
        file_ids: list[str] | Omit = omit,
        name: str | Omit = omit,
        expires_after: VectorStoreExpirationAfter | Omit = omit,
        chunking_strategy: (
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Omit
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreObject:
        """Create a vector store.

        Args:
            file_ids: A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
            name: The name of the vector store.
            expires_after: The expiration policy for a vector store.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        check("file_ids", file_ids, max_items=500)
        return cast(
            VectorStoreObject,
            await self._client.request(
                _CREATE_VECTOR_STORE,
                cast_to=VectorStoreObject,
                body={
                    "file_ids": file_ids,
                    "name": name,
                    "expires_after": expires_after,
                    "chunking_strategy": chunking_strategy,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_vector_store_file(
        self,
        *,
        vector_store_id: str,
        file_id: str,
        chunking_strategy: (
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileObject:
        """Create a vector store file by attaching a [File](https://platform.openai.com/docs/api-reference/files) to a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object).

        Args:
            vector_store_id: The ID of the vector store for which to create a File.
            file_id: A [File](https://platform.openai.com/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
        """
        return cast(
            VectorStoreFileObject,
            await self._client.request(
                _CREATE_VECTOR_STORE_FILE,
                cast_to=VectorStoreFileObject,
                values={
                    "vector_store_id": vector_store_id,
                },
                body={"file_id": file_id, "chunking_strategy": chunking_strategy},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_vector_store_file_batch(
        self,
        *,
        vector_store_id: str,
        file_ids: list[str],
        chunking_strategy: (
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileBatchObject:
        """Create a vector store file batch.

        Args:
            vector_store_id: The ID of the vector store for which to create a File Batch.
            file_ids: A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
        """
        check("file_ids", file_ids, min_items=1, max_items=500)
        return cast(
            VectorStoreFileBatchObject,
            await self._client.request(
                _CREATE_VECTOR_STORE_FILE_BATCH,
                cast_to=VectorStoreFileBatchObject,
                values={
                    "vector_store_id": vector_store_id,
                },
                body={"file_ids": file_ids, "chunking_strategy": chunking_strategy},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_vector_store(
        self,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        Args:
            vector_store_id: The ID of the vector store to delete.
        """
        return cast(
            DeleteVectorStoreResponse,
            await self._client.request(
                _DELETE_VECTOR_STORE,
                cast_to=DeleteVectorStoreResponse,
                values={
                    "vector_store_id": vector_store_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_vector_store_file(
        self,
        *,
        vector_store_id: str,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](https://platform.openai.com/docs/api-reference/files/delete) endpoint.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file to delete.
        """
        return cast(
            DeleteVectorStoreFileResponse,
            await self._client.request(
                _DELETE_VECTOR_STORE_FILE,
                cast_to=DeleteVectorStoreFileResponse,
                values={
                    "vector_store_id": vector_store_id,
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_vector_store(
        self,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        Args:
            vector_store_id: The ID of the vector store to retrieve.
        """
        return cast(
            VectorStoreObject,
            await self._client.request(
                _GET_VECTOR_STORE,
                cast_to=VectorStoreObject,
                values={
                    "vector_store_id": vector_store_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_vector_store_file(
        self,
        *,
        vector_store_id: str,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file being retrieved.
        """
        return cast(
            VectorStoreFileObject,
            await self._client.request(
                _GET_VECTOR_STORE_FILE,
                cast_to=VectorStoreFileObject,
                values={
                    "vector_store_id": vector_store_id,
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_vector_store_file_batch(
        self,
        *,
        vector_store_id: str,
        batch_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch being retrieved.
        """
        return cast(
            VectorStoreFileBatchObject,
            await self._client.request(
                _GET_VECTOR_STORE_FILE_BATCH,
                cast_to=VectorStoreFileBatchObject,
                values={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_files_in_vector_store_batch(
        self,
        *,
        vector_store_id: str,
        batch_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListVectorStoreFilesResponsePage, VectorStoreFileObject]:
        """Returns a list of vector store files in a batch.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            batch_id: The ID of the file batch that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """
        return AsyncPaginator(
            self._client,
            _LIST_FILES_IN_VECTOR_STORE_BATCH,
            _LIST_FILES_IN_VECTOR_STORE_BATCH_PAGES,
            AsyncListVectorStoreFilesResponsePage,
            values={
                "vector_store_id": vector_store_id,
                "batch_id": batch_id,
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "filter": filter,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_vector_store_files(
        self,
        *,
        vector_store_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListVectorStoreFilesResponsePage, VectorStoreFileObject]:
        """Returns a list of vector store files.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """
        return AsyncPaginator(
            self._client,
            _LIST_VECTOR_STORE_FILES,
            _LIST_VECTOR_STORE_FILES_PAGES,
            AsyncListVectorStoreFilesResponsePage,
            values={
                "vector_store_id": vector_store_id,
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "filter": filter,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_vector_stores(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListVectorStoresResponsePage, VectorStoreObject]:
        """Returns a list of vector stores.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        return AsyncPaginator(
            self._client,
            _LIST_VECTOR_STORES,
            _LIST_VECTOR_STORES_PAGES,
            AsyncListVectorStoresResponsePage,
            values={
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def modify_vector_store(
        self,
        *,
        vector_store_id: str,
        name: str | Omit | None = omit,
        expires_after: VectorStoreExpirationAfter | Omit = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VectorStoreObject:
        """Modifies a vector store.

        Args:
            vector_store_id: The ID of the vector store to modify.
            name: The name of the vector store.
            expires_after: The expiration policy for a vector store.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            VectorStoreObject,
            await self._client.request(
                _MODIFY_VECTOR_STORE,
                cast_to=VectorStoreObject,
                values={
                    "vector_store_id": vector_store_id,
                },
                body={
                    "name": name,
                    "expires_after": expires_after,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncVectorStoresWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncVectorStores) -> None:
        self.cancel_vector_store_file_batch = to_raw_response_async(
            resource.cancel_vector_store_file_batch
        )
        self.create_vector_store = to_raw_response_async(resource.create_vector_store)
        self.create_vector_store_file = to_raw_response_async(
            resource.create_vector_store_file
        )
        self.create_vector_store_file_batch = to_raw_response_async(
            resource.create_vector_store_file_batch
        )
        self.delete_vector_store = to_raw_response_async(resource.delete_vector_store)
        self.delete_vector_store_file = to_raw_response_async(
            resource.delete_vector_store_file
        )
        self.get_vector_store = to_raw_response_async(resource.get_vector_store)
        self.get_vector_store_file = to_raw_response_async(
            resource.get_vector_store_file
        )
        self.get_vector_store_file_batch = to_raw_response_async(
            resource.get_vector_store_file_batch
        )
        self.list_files_in_vector_store_batch = to_raw_response_async(
            resource.list_files_in_vector_store_batch
        )
        self.list_vector_store_files = to_raw_response_async(
            resource.list_vector_store_files
        )
        self.list_vector_stores = to_raw_response_async(resource.list_vector_stores)
        self.modify_vector_store = to_raw_response_async(resource.modify_vector_store)
