# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Files are used to upload documents that can be used with features like Assistants and Fine-tuning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, FileTypes, Headers, Omit, Query, Timeout, omit
from ..models import DeleteFileResponse, ListFilesResponse, OpenAiFile

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncFiles", "Files"]

_CREATE_FILE = Endpoint(
    method="POST",
    path="/files",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="multipart",
    content_type="multipart/form-data",
    files=frozenset(("file",)),
)
_DELETE_FILE = Endpoint(
    method="DELETE",
    path="/files/{file_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("file_id", "path", "simple", False),),
)
_DOWNLOAD_FILE = Endpoint(
    method="GET",
    path="/files/{file_id}/content",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("file_id", "path", "simple", False),),
)
_LIST_FILES = Endpoint(
    method="GET",
    path="/files",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("purpose", "query", "form", True),),
)
_RETRIEVE_FILE = Endpoint(
    method="GET",
    path="/files/{file_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("file_id", "path", "simple", False),),
)


class Files(SyncAPIResource):
    """Files are used to upload documents that can be used with features like Assistants and Fine-tuning."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = FilesWithRawResponse(self)

    def create_file(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> OpenAiFile:
        """Upload a file to be used across various endpoints, such as Assistant (<2M tokens), Fine-Tuning, and Batch (<100 MB). Total size of your bucket is 100 GB.

        Args:
            file: The File object (not file name) to be uploaded.
            purpose: The intended purpose of the uploaded file.

                Use "assistants" for [Assistants](https://platform.openai.com/docs/api-reference/assistants) and [Message](https://platform.openai.com/docs/api-reference/messages) files, "vision" for Assistants image file inputs, "batch" for [Batch API](https://platform.openai.com/docs/guides/batch), and "fine-tune" for [Fine-tuning](https://platform.openai.com/docs/api-reference/fine-tuning).
        """
        return cast(
            OpenAiFile,
            self._client.request(
                _CREATE_FILE,
                cast_to=OpenAiFile,
                body={"file": file, "purpose": purpose},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_file(
        self,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteFileResponse:
        """Delete File

        Args:
            file_id: The ID of the file to use for this request.
        """
        return cast(
            DeleteFileResponse,
            self._client.request(
                _DELETE_FILE,
                cast_to=DeleteFileResponse,
                values={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def download_file(
        self,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> str:
        """Returns the contents of the specified file.

        Args:
            file_id: The ID of the file to use for this request.
        """
        return cast(
            str,
            self._client.request(
                _DOWNLOAD_FILE,
                cast_to=str,
                values={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_files(
        self,
        *,
        purpose: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListFilesResponse:
        """List Files

        Args:
            purpose: Only return files with the given purpose.
        """
        return cast(
            ListFilesResponse,
            self._client.request(
                _LIST_FILES,
                cast_to=ListFilesResponse,
                values={
                    "purpose": purpose,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve_file(
        self,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> OpenAiFile:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to use for this request.
        """
        return cast(
            OpenAiFile,
            self._client.request(
                _RETRIEVE_FILE,
                cast_to=OpenAiFile,
                values={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class FilesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Files) -> None:
        self.create_file = to_raw_response(resource.create_file)
        self.delete_file = to_raw_response(resource.delete_file)
        self.download_file = to_raw_response(resource.download_file)
        self.list_files = to_raw_response(resource.list_files)
        self.retrieve_file = to_raw_response(resource.retrieve_file)


class AsyncFiles(AsyncAPIResource):
    """Files are used to upload documents that can be used with features like Assistants and Fine-tuning."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncFilesWithRawResponse(self)

    async def create_file(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> OpenAiFile:
        """Upload a file to be used across various endpoints, such as Assistant (<2M tokens), Fine-Tuning, and Batch (<100 MB). Total size of your bucket is 100 GB.

        Args:
            file: The File object (not file name) to be uploaded.
            purpose: The intended purpose of the uploaded file.

                Use "assistants" for [Assistants](https://platform.openai.com/docs/api-reference/assistants) and [Message](https://platform.openai.com/docs/api-reference/messages) files, "vision" for Assistants image file inputs, "batch" for [Batch API](https://platform.openai.com/docs/guides/batch), and "fine-tune" for [Fine-tuning](https://platform.openai.com/docs/api-reference/fine-tuning).
        """
        return cast(
            OpenAiFile,
            await self._client.request(
                _CREATE_FILE,
                cast_to=OpenAiFile,
                body={"file": file, "purpose": purpose},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_file(
        self,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteFileResponse:
        """Delete File

        Args:
            file_id: The ID of the file to use for this request.
        """
        return cast(
            DeleteFileResponse,
            await self._client.request(
                _DELETE_FILE,
                cast_to=DeleteFileResponse,
                values={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def download_file(
        self,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> str:
        """Returns the contents of the specified file.

        Args:
            file_id: The ID of the file to use for this request.
        """
        return cast(
            str,
            await self._client.request(
                _DOWNLOAD_FILE,
                cast_to=str,
                values={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_files(
        self,
        *,
        purpose: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListFilesResponse:
        """List Files

        Args:
            purpose: Only return files with the given purpose.
        """
        return cast(
            ListFilesResponse,
            await self._client.request(
                _LIST_FILES,
                cast_to=ListFilesResponse,
                values={
                    "purpose": purpose,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve_file(
        self,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> OpenAiFile:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to use for this request.
        """
        return cast(
            OpenAiFile,
            await self._client.request(
                _RETRIEVE_FILE,
                cast_to=OpenAiFile,
                values={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFilesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncFiles) -> None:
        self.create_file = to_raw_response_async(resource.create_file)
        self.delete_file = to_raw_response_async(resource.delete_file)
        self.download_file = to_raw_response_async(resource.download_file)
        self.list_files = to_raw_response_async(resource.list_files)
        self.retrieve_file = to_raw_response_async(resource.retrieve_file)
