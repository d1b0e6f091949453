# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete prompt partials."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    CreatePromptPartialResponse,
    PromptPartial,
    PromptPartialSummary,
    PromptPartialVersion,
    UpdatePromptPartialResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncPromptPartials", "PromptPartials"]

_CREATE_PROMPT_PARTIAL = Endpoint(
    method="POST",
    path="/prompts/partials",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_PROMPT_PARTIAL = Endpoint(
    method="DELETE",
    path="/prompts/partials/{promptPartialId}",
    security=(("api_key",),),
    params=(Param("promptPartialId", "path", "simple", False, "prompt_partial_id"),),
)
_GET_PROMPT_PARTIAL = Endpoint(
    method="GET",
    path="/prompts/partials/{promptPartialId}",
    security=(("api_key",),),
    params=(Param("promptPartialId", "path", "simple", False, "prompt_partial_id"),),
)
_GET_PROMPT_PARTIAL_VERSIONS = Endpoint(
    method="GET",
    path="/prompts/partials/{promptPartialId}/versions",
    security=(("api_key",),),
    params=(Param("promptPartialId", "path", "simple", False, "prompt_partial_id"),),
)
_LIST_PROMPT_PARTIALS = Endpoint(
    method="GET",
    path="/prompts/partials",
    security=(("api_key",),),
    params=(Param("collection_id", "query", "form", True),),
)
_UPDATE_PROMPT_PARTIAL = Endpoint(
    method="PUT",
    path="/prompts/partials/{promptPartialId}",
    security=(("api_key",),),
    params=(Param("promptPartialId", "path", "simple", False, "prompt_partial_id"),),
    body="json",
    content_type="application/json",
)
_UPDATE_PROMPT_PARTIAL_DEFAULT = Endpoint(
    method="PUT",
    path="/prompts/partials/{promptPartialId}/makeDefault",
    security=(("api_key",),),
    params=(Param("promptPartialId", "path", "simple", False, "prompt_partial_id"),),
    body="json",
    content_type="application/json",
)


class PromptPartials(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete prompt partials."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = PromptPartialsWithRawResponse(self)

    def create_prompt_partial(
        self,
        *,
        name: str,
        string: str,
        workspace_id: str | Omit = omit,
        version_description: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptPartialResponse:
        """Create a new prompt partial

        Args:
            string: Prompt partial template in string format
            workspace_id: Required for Admin keys
        """
        return cast(
            CreatePromptPartialResponse,
            self._client.request(
                _CREATE_PROMPT_PARTIAL,
                cast_to=CreatePromptPartialResponse,
                body={
                    "name": name,
                    "string": string,
                    "workspace_id": workspace_id,
                    "version_description": version_description,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_prompt_partial(
        self,
        *,
        prompt_partial_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a prompt partial"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE_PROMPT_PARTIAL,
                cast_to=dict[str, Any],
                values={
                    "promptPartialId": prompt_partial_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_prompt_partial(
        self,
        *,
        prompt_partial_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PromptPartial:
        """Get a prompt partial by ID or slug"""
        return cast(
            PromptPartial,
            self._client.request(
                _GET_PROMPT_PARTIAL,
                cast_to=PromptPartial,
                values={
                    "promptPartialId": prompt_partial_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_prompt_partial_versions(
        self,
        *,
        prompt_partial_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> list[PromptPartialVersion]:
        """Get all versions of a prompt partial"""
        return cast(
            list[PromptPartialVersion],
            self._client.request(
                _GET_PROMPT_PARTIAL_VERSIONS,
                cast_to=list[PromptPartialVersion],
                values={
                    "promptPartialId": prompt_partial_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_prompt_partials(
        self,
        *,
        collection_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> list[PromptPartialSummary]:
        """List prompt partials"""
        return cast(
            list[PromptPartialSummary],
            self._client.request(
                _LIST_PROMPT_PARTIALS,
                cast_to=list[PromptPartialSummary],
                values={
                    "collection_id": collection_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_prompt_partial(
        self,
        *,
        prompt_partial_id: str,
        name: str | Omit = omit,
        string: str | Omit = omit,
        description: str | Omit = omit,
        status: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdatePromptPartialResponse:
        """Update a prompt partial"""
        return cast(
            UpdatePromptPartialResponse,
            self._client.request(
                _UPDATE_PROMPT_PARTIAL,
                cast_to=UpdatePromptPartialResponse,
                values={
                    "promptPartialId": prompt_partial_id,
                },
                body={
                    "name": name,
                    "string": string,
                    "description": description,
                    "status": status,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_prompt_partial_default(
        self,
        *,
        prompt_partial_id: str,
        version: float,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Set a version as the default for a prompt partial

        Args:
            version: Version Number to set as default
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE_PROMPT_PARTIAL_DEFAULT,
                cast_to=dict[str, Any],
                values={
                    "promptPartialId": prompt_partial_id,
                },
                body={"version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class PromptPartialsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: PromptPartials) -> None:
        self.create_prompt_partial = to_raw_response(resource.create_prompt_partial)
        self.delete_prompt_partial = to_raw_response(resource.delete_prompt_partial)
        self.get_prompt_partial = to_raw_response(resource.get_prompt_partial)
        self.get_prompt_partial_versions = to_raw_response(
            resource.get_prompt_partial_versions
        )
        self.list_prompt_partials = to_raw_response(resource.list_prompt_partials)
        self.update_prompt_partial = to_raw_response(resource.update_prompt_partial)
        self.update_prompt_partial_default = to_raw_response(
            resource.update_prompt_partial_default
        )


class AsyncPromptPartials(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete prompt partials."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncPromptPartialsWithRawResponse(self)

    async def create_prompt_partial(
        self,
        *,
        name: str,
        string: str,
        workspace_id: str | Omit = omit,
        version_description: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptPartialResponse:
        """Create a new prompt partial

        Args:
            string: Prompt partial template in string format
            workspace_id: Required for Admin keys
        """
        return cast(
            CreatePromptPartialResponse,
            await self._client.request(
                _CREATE_PROMPT_PARTIAL,
                cast_to=CreatePromptPartialResponse,
                body={
                    "name": name,
                    "string": string,
                    "workspace_id": workspace_id,
                    "version_description": version_description,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_prompt_partial(
        self,
        *,
        prompt_partial_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a prompt partial"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE_PROMPT_PARTIAL,
                cast_to=dict[str, Any],
                values={
                    "promptPartialId": prompt_partial_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_prompt_partial(
        self,
        *,
        prompt_partial_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PromptPartial:
        """Get a prompt partial by ID or slug"""
        return cast(
            PromptPartial,
            await self._client.request(
                _GET_PROMPT_PARTIAL,
                cast_to=PromptPartial,
                values={
                    "promptPartialId": prompt_partial_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_prompt_partial_versions(
        self,
        *,
        prompt_partial_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> list[PromptPartialVersion]:
        """Get all versions of a prompt partial"""
        return cast(
            list[PromptPartialVersion],
            await self._client.request(
                _GET_PROMPT_PARTIAL_VERSIONS,
                cast_to=list[PromptPartialVersion],
                values={
                    "promptPartialId": prompt_partial_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_prompt_partials(
        self,
        *,
        collection_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> list[PromptPartialSummary]:
        """List prompt partials"""
        return cast(
            list[PromptPartialSummary],
            await self._client.request(
                _LIST_PROMPT_PARTIALS,
                cast_to=list[PromptPartialSummary],
                values={
                    "collection_id": collection_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_prompt_partial(
        self,
        *,
        prompt_partial_id: str,
        name: str | Omit = omit,
        string: str | Omit = omit,
        description: str | Omit = omit,
        status: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdatePromptPartialResponse:
        """Update a prompt partial"""
        return cast(
            UpdatePromptPartialResponse,
            await self._client.request(
                _UPDATE_PROMPT_PARTIAL,
                cast_to=UpdatePromptPartialResponse,
                values={
                    "promptPartialId": prompt_partial_id,
                },
                body={
                    "name": name,
                    "string": string,
                    "description": description,
                    "status": status,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_prompt_partial_default(
        self,
        *,
        prompt_partial_id: str,
        version: float,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Set a version as the default for a prompt partial

        Args:
            version: Version Number to set as default
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE_PROMPT_PARTIAL_DEFAULT,
                cast_to=dict[str, Any],
                values={
                    "promptPartialId": prompt_partial_id,
                },
                body={"version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncPromptPartialsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncPromptPartials) -> None:
        self.create_prompt_partial = to_raw_response_async(
            resource.create_prompt_partial
        )
        self.delete_prompt_partial = to_raw_response_async(
            resource.delete_prompt_partial
        )
        self.get_prompt_partial = to_raw_response_async(resource.get_prompt_partial)
        self.get_prompt_partial_versions = to_raw_response_async(
            resource.get_prompt_partial_versions
        )
        self.list_prompt_partials = to_raw_response_async(resource.list_prompt_partials)
        self.update_prompt_partial = to_raw_response_async(
            resource.update_prompt_partial
        )
        self.update_prompt_partial_default = to_raw_response_async(
            resource.update_prompt_partial_default
        )
