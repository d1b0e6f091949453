# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Given a prompt template ID and variables, will run the saved prompt template and return a response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast, overload

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    CreateChatCompletionRequest,
    CreateCompletionRequest,
    CreatePromptCompletionResponse,
    CreatePromptResponse,
    ListPromptsResponse,
    Prompt,
    PromptRenderResponse,
    PromptSummary,
    PromptVersionSummary,
    UpdatePromptResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncListPromptsResponsePage",
    "AsyncPrompts",
    "ListPromptsResponsePage",
    "Prompts",
]

_CREATE_PROMPT = Endpoint(
    method="POST",
    path="/prompts",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_CREATE_PROMPT_COMPLETION = Endpoint(
    method="POST",
    path="/prompts/{promptId}/completions",
    security=(("api_key",),),
    params=(Param("promptId", "path", "simple", False, "prompt_id"),),
    body="json",
    content_type="application/json",
)
_CREATE_PROMPT_RENDER = Endpoint(
    method="POST",
    path="/prompts/{promptId}/render",
    security=(("api_key",),),
    params=(Param("promptId", "path", "simple", False, "prompt_id"),),
    body="json",
    content_type="application/json",
)
_DELETE_PROMPT = Endpoint(
    method="DELETE",
    path="/prompts/{promptId}",
    security=(("api_key",),),
    params=(Param("promptId", "path", "simple", False, "prompt_id"),),
)
_GET_PROMPT = Endpoint(
    method="GET",
    path="/prompts/{promptId}",
    security=(("api_key",),),
    params=(Param("promptId", "path", "simple", False, "prompt_id"),),
)
_GET_PROMPT_BY_VERSION = Endpoint(
    method="GET",
    path="/prompts/{promptId}/versions/{versionId}",
    security=(("api_key",),),
    params=(
        Param("promptId", "path", "simple", False, "prompt_id"),
        Param("versionId", "path", "simple", False, "version_id"),
    ),
)
_GET_PROMPT_VERSIONS = Endpoint(
    method="GET",
    path="/prompts/{promptId}/versions",
    security=(("api_key",),),
    params=(Param("promptId", "path", "simple", False, "prompt_id"),),
)
_LIST_PROMPTS = Endpoint(
    method="GET",
    path="/prompts",
    security=(("api_key",),),
    params=(
        Param("collection_id", "query", "form", True),
        Param("workspace_id", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("search", "query", "form", True),
    ),
)
_LIST_PROMPTS_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_UPDATE_PROMPT = Endpoint(
    method="PUT",
    path="/prompts/{promptId}",
    security=(("api_key",),),
    params=(Param("promptId", "path", "simple", False, "prompt_id"),),
    body="json",
    content_type="application/json",
)
_UPDATE_PROMPT_DEFAULT = Endpoint(
    method="PUT",
    path="/prompts/{promptId}/makeDefault",
    security=(("api_key",),),
    params=(Param("promptId", "path", "simple", False, "prompt_id"),),
    body="json",
    content_type="application/json",
)
_UPDATE_PROMPT_VERSION = Endpoint(
    method="PUT",
    path="/prompts/{promptId}/versions/{versionId}",
    security=(("api_key",),),
    params=(
        Param("promptId", "path", "simple", False, "prompt_id"),
        Param("versionId", "path", "simple", False, "version_id"),
    ),
    body="json",
    content_type="application/json",
)


class ListPromptsResponsePage(ListPromptsResponse, SyncPage[PromptSummary]):
    """A page of ListPromptsResponse: iterating it yields every PromptSummary, fetching the following pages as needed."""


class AsyncListPromptsResponsePage(ListPromptsResponse, AsyncPage[PromptSummary]):
    """A page of ListPromptsResponse: async for over it yields every PromptSummary, fetching the following pages as needed."""


class Prompts(SyncAPIResource):
    """Given a prompt template ID and variables, will run the saved prompt template and return a response."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = PromptsWithRawResponse(self)

    def create_prompt(
        self,
        *,
        name: str,
        collection_id: str,
        string: str,
        parameters: dict[str, Any],
        virtual_key: str,
        functions: list[dict[str, Any]] | Omit = omit,
        tools: list[dict[str, Any]] | Omit = omit,
        tool_choice: dict[str, Any] | Omit = omit,
        model: str | Omit = omit,
        version_description: str | Omit = omit,
        template_metadata: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptResponse:
        """Create a new prompt

        Args:
            collection_id: UUID or slug of the collection
            string: Prompt template in string format
            parameters: Parameters for the prompt
            virtual_key: The virtual key to use for the prompt
            functions: Functions for the prompt
            tools: Tools for the prompt
            tool_choice: Tool Choice for the prompt
            model: The model to use for the prompt
            version_description: The description of the prompt version
            template_metadata: Metadata for the prompt
        """
        return cast(
            CreatePromptResponse,
            self._client.request(
                _CREATE_PROMPT,
                cast_to=CreatePromptResponse,
                body={
                    "name": name,
                    "collection_id": collection_id,
                    "string": string,
                    "parameters": parameters,
                    "virtual_key": virtual_key,
                    "functions": functions,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "model": model,
                    "version_description": version_description,
                    "template_metadata": template_metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def create_prompt_completion(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        stream: Literal[False] | Omit = omit,
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptCompletionResponse: ...

    @overload
    def create_prompt_completion(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        stream: Literal[True],
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Stream[dict[str, Any]]: ...

    @overload
    def create_prompt_completion(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        stream: bool,
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptCompletionResponse | Stream[dict[str, Any]]: ...

    def create_prompt_completion(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        stream: bool | Omit = omit,
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptCompletionResponse | Stream[dict[str, Any]]:
        """Prompts Completions

        Execute your saved prompt templates on Portkey

        Args:
            prompt_id: The unique identifier of the prompt template to use
            variables: Variables to substitute in the prompt template
            stream: Default: False. Set to True if you want to stream the response

                Server default: False.
            hyperparameters: **Note**: All hyperparameters are optional. Pass them at the root level, and not nested under `hyperparameters`. Their grouping here is for educational purposes only.
        """
        return cast(
            CreatePromptCompletionResponse | Stream[dict[str, Any]],
            self._client.request(
                _CREATE_PROMPT_COMPLETION,
                cast_to=CreatePromptCompletionResponse,
                values={
                    "promptId": prompt_id,
                },
                body={
                    "variables": variables,
                    "stream": stream,
                    "hyperparameters": hyperparameters,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=dict[str, Any],
            ),
        )

    def create_prompt_render(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PromptRenderResponse:
        """Prompts Render

        Renders a prompt template with its variable values filled in

        Args:
            prompt_id: The unique identifier of the prompt template to render
            variables: Variables to substitute in the prompt template
            hyperparameters: **Note**: All hyperparameters are optional. Pass them at the root level, and not nested under `hyperparameters`. Their grouping here is for educational purposes only.
        """
        return cast(
            PromptRenderResponse,
            self._client.request(
                _CREATE_PROMPT_RENDER,
                cast_to=PromptRenderResponse,
                values={
                    "promptId": prompt_id,
                },
                body={"variables": variables, "hyperparameters": hyperparameters},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_prompt(
        self,
        *,
        prompt_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a prompt"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE_PROMPT,
                cast_to=dict[str, Any],
                values={
                    "promptId": prompt_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_prompt(
        self,
        *,
        prompt_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Prompt:
        """Get a prompt by ID or slug"""
        return cast(
            Prompt,
            self._client.request(
                _GET_PROMPT,
                cast_to=Prompt,
                values={
                    "promptId": prompt_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_prompt_by_version(
        self,
        *,
        prompt_id: str,
        version_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Prompt:
        """Get a specific version of a prompt"""
        return cast(
            Prompt,
            self._client.request(
                _GET_PROMPT_BY_VERSION,
                cast_to=Prompt,
                values={
                    "promptId": prompt_id,
                    "versionId": version_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_prompt_versions(
        self,
        *,
        prompt_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> list[PromptVersionSummary]:
        """Get all versions of a prompt"""
        return cast(
            list[PromptVersionSummary],
            self._client.request(
                _GET_PROMPT_VERSIONS,
                cast_to=list[PromptVersionSummary],
                values={
                    "promptId": prompt_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_prompts(
        self,
        *,
        collection_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListPromptsResponsePage:
        """List prompts"""
        return paginate(
            self._client,
            _LIST_PROMPTS,
            _LIST_PROMPTS_PAGES,
            ListPromptsResponsePage,
            values={
                "collection_id": collection_id,
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

    def update_prompt(
        self,
        *,
        prompt_id: str,
        patch: bool | Omit = omit,
        name: str | Omit = omit,
        collection_id: str | Omit = omit,
        string: str | Omit = omit,
        parameters: dict[str, Any] | Omit = omit,
        model: str | Omit = omit,
        virtual_key: str | Omit = omit,
        version_description: str | Omit = omit,
        functions: list[dict[str, Any]] | Omit = omit,
        tools: list[dict[str, Any]] | Omit = omit,
        tool_choice: dict[str, Any] | Omit = omit,
        is_raw_template: Literal[0, 1] | Omit = omit,
        prompt_metadata: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdatePromptResponse:
        """Update a prompt

        Update a prompt's metadata and/or create a new version with updated template content.

        **Partial version updates:** Set `patch: true` to perform a partial update of version fields (`string`, `parameters`, `model`, `virtual_key`, `version_description`, `functions`, `tools`, `tool_choice`, `is_raw_template`, `prompt_metadata`). When enabled, any version fields omitted from the request are backfilled from the current latest version, allowing you to update only the fields you need. When `patch` is omitted or `false`, all version fields must be provided together (original strict validation).

        **Metadata-only updates:** Fields like `name`, `collection_id`, `version_description`, and `virtual_key` can always be updated independently without affecting versioning.

        Args:
            patch: When `true`, enables partial version updates. Missing version fields (`string`, `parameters`, `model`) are backfilled from the current latest version, so you only need to provide the fields you want to change. When `false` or omitted, the original strict validation is preserved for backward compatibility.
            string: The prompt template string. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            parameters: Model parameters (e.g. temperature, max_tokens). When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            model: The model identifier. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            virtual_key: The virtual key to associate with this version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            version_description: A human-readable description for this version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            functions: Function definitions available to the model. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            tools: Tool definitions available to the model. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            tool_choice: Controls which tool the model uses. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            is_raw_template: Whether the template string is raw (1) or processed (0). When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            prompt_metadata: Additional metadata for the prompt version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
        """
        return cast(
            UpdatePromptResponse,
            self._client.request(
                _UPDATE_PROMPT,
                cast_to=UpdatePromptResponse,
                values={
                    "promptId": prompt_id,
                },
                body={
                    "patch": patch,
                    "name": name,
                    "collection_id": collection_id,
                    "string": string,
                    "parameters": parameters,
                    "model": model,
                    "virtual_key": virtual_key,
                    "version_description": version_description,
                    "functions": functions,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "is_raw_template": is_raw_template,
                    "prompt_metadata": prompt_metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_prompt_default(
        self,
        *,
        prompt_id: str,
        version: float,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Set a version as the default for a prompt

        Args:
            version: Version Number to set as default
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE_PROMPT_DEFAULT,
                cast_to=dict[str, Any],
                values={
                    "promptId": prompt_id,
                },
                body={"version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_prompt_version(
        self,
        *,
        prompt_id: str,
        version_id: str,
        label_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a specific version of a prompt

        Updates metadata for a specific prompt version. **This endpoint only supports updating the `label_id` field.**

        Prompt versions are immutable — their `string`, `parameters`, and `model` content cannot be changed after creation. To update prompt content, use `PUT /prompts/{promptId}` which creates a new version with the updated content.

        Args:
            label_id: The label to assign to this version.
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE_PROMPT_VERSION,
                cast_to=dict[str, Any],
                values={
                    "promptId": prompt_id,
                    "versionId": version_id,
                },
                body={"label_id": label_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class PromptsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Prompts) -> None:
        self.create_prompt = to_raw_response(resource.create_prompt)
        self.create_prompt_completion = to_raw_response(
            resource.create_prompt_completion
        )
        self.create_prompt_render = to_raw_response(resource.create_prompt_render)
        self.delete_prompt = to_raw_response(resource.delete_prompt)
        self.get_prompt = to_raw_response(resource.get_prompt)
        self.get_prompt_by_version = to_raw_response(resource.get_prompt_by_version)
        self.get_prompt_versions = to_raw_response(resource.get_prompt_versions)
        self.list_prompts = to_raw_response(resource.list_prompts)
        self.update_prompt = to_raw_response(resource.update_prompt)
        self.update_prompt_default = to_raw_response(resource.update_prompt_default)
        self.update_prompt_version = to_raw_response(resource.update_prompt_version)


class AsyncPrompts(AsyncAPIResource):
    """Given a prompt template ID and variables, will run the saved prompt template and return a response."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncPromptsWithRawResponse(self)

    async def create_prompt(
        self,
        *,
        name: str,
        collection_id: str,
        string: str,
        parameters: dict[str, Any],
        virtual_key: str,
        functions: list[dict[str, Any]] | Omit = omit,
        tools: list[dict[str, Any]] | Omit = omit,
        tool_choice: dict[str, Any] | Omit = omit,
        model: str | Omit = omit,
        version_description: str | Omit = omit,
        template_metadata: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptResponse:
        """Create a new prompt

        Args:
            collection_id: UUID or slug of the collection
            string: Prompt template in string format
            parameters: Parameters for the prompt
            virtual_key: The virtual key to use for the prompt
            functions: Functions for the prompt
            tools: Tools for the prompt
            tool_choice: Tool Choice for the prompt
            model: The model to use for the prompt
            version_description: The description of the prompt version
            template_metadata: Metadata for the prompt
        """
        return cast(
            CreatePromptResponse,
            await self._client.request(
                _CREATE_PROMPT,
                cast_to=CreatePromptResponse,
                body={
                    "name": name,
                    "collection_id": collection_id,
                    "string": string,
                    "parameters": parameters,
                    "virtual_key": virtual_key,
                    "functions": functions,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "model": model,
                    "version_description": version_description,
                    "template_metadata": template_metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def create_prompt_completion(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        stream: Literal[False] | Omit = omit,
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptCompletionResponse: ...

    @overload
    async def create_prompt_completion(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        stream: Literal[True],
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncStream[dict[str, Any]]: ...

    @overload
    async def create_prompt_completion(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        stream: bool,
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptCompletionResponse | AsyncStream[dict[str, Any]]: ...

    async def create_prompt_completion(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        stream: bool | Omit = omit,
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePromptCompletionResponse | AsyncStream[dict[str, Any]]:
        """Prompts Completions

        Execute your saved prompt templates on Portkey

        Args:
            prompt_id: The unique identifier of the prompt template to use
            variables: Variables to substitute in the prompt template
            stream: Default: False. Set to True if you want to stream the response

                Server default: False.
            hyperparameters: **Note**: All hyperparameters are optional. Pass them at the root level, and not nested under `hyperparameters`. Their grouping here is for educational purposes only.
        """
        return cast(
            CreatePromptCompletionResponse | AsyncStream[dict[str, Any]],
            await self._client.request(
                _CREATE_PROMPT_COMPLETION,
                cast_to=CreatePromptCompletionResponse,
                values={
                    "promptId": prompt_id,
                },
                body={
                    "variables": variables,
                    "stream": stream,
                    "hyperparameters": hyperparameters,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=dict[str, Any],
            ),
        )

    async def create_prompt_render(
        self,
        *,
        prompt_id: str,
        variables: dict[str, Any],
        hyperparameters: (
            CreateChatCompletionRequest | CreateCompletionRequest | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PromptRenderResponse:
        """Prompts Render

        Renders a prompt template with its variable values filled in

        Args:
            prompt_id: The unique identifier of the prompt template to render
            variables: Variables to substitute in the prompt template
            hyperparameters: **Note**: All hyperparameters are optional. Pass them at the root level, and not nested under `hyperparameters`. Their grouping here is for educational purposes only.
        """
        return cast(
            PromptRenderResponse,
            await self._client.request(
                _CREATE_PROMPT_RENDER,
                cast_to=PromptRenderResponse,
                values={
                    "promptId": prompt_id,
                },
                body={"variables": variables, "hyperparameters": hyperparameters},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_prompt(
        self,
        *,
        prompt_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a prompt"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE_PROMPT,
                cast_to=dict[str, Any],
                values={
                    "promptId": prompt_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_prompt(
        self,
        *,
        prompt_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Prompt:
        """Get a prompt by ID or slug"""
        return cast(
            Prompt,
            await self._client.request(
                _GET_PROMPT,
                cast_to=Prompt,
                values={
                    "promptId": prompt_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_prompt_by_version(
        self,
        *,
        prompt_id: str,
        version_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Prompt:
        """Get a specific version of a prompt"""
        return cast(
            Prompt,
            await self._client.request(
                _GET_PROMPT_BY_VERSION,
                cast_to=Prompt,
                values={
                    "promptId": prompt_id,
                    "versionId": version_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_prompt_versions(
        self,
        *,
        prompt_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> list[PromptVersionSummary]:
        """Get all versions of a prompt"""
        return cast(
            list[PromptVersionSummary],
            await self._client.request(
                _GET_PROMPT_VERSIONS,
                cast_to=list[PromptVersionSummary],
                values={
                    "promptId": prompt_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_prompts(
        self,
        *,
        collection_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListPromptsResponsePage, PromptSummary]:
        """List prompts"""
        return AsyncPaginator(
            self._client,
            _LIST_PROMPTS,
            _LIST_PROMPTS_PAGES,
            AsyncListPromptsResponsePage,
            values={
                "collection_id": collection_id,
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

    async def update_prompt(
        self,
        *,
        prompt_id: str,
        patch: bool | Omit = omit,
        name: str | Omit = omit,
        collection_id: str | Omit = omit,
        string: str | Omit = omit,
        parameters: dict[str, Any] | Omit = omit,
        model: str | Omit = omit,
        virtual_key: str | Omit = omit,
        version_description: str | Omit = omit,
        functions: list[dict[str, Any]] | Omit = omit,
        tools: list[dict[str, Any]] | Omit = omit,
        tool_choice: dict[str, Any] | Omit = omit,
        is_raw_template: Literal[0, 1] | Omit = omit,
        prompt_metadata: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdatePromptResponse:
        """Update a prompt

        Update a prompt's metadata and/or create a new version with updated template content.

        **Partial version updates:** Set `patch: true` to perform a partial update of version fields (`string`, `parameters`, `model`, `virtual_key`, `version_description`, `functions`, `tools`, `tool_choice`, `is_raw_template`, `prompt_metadata`). When enabled, any version fields omitted from the request are backfilled from the current latest version, allowing you to update only the fields you need. When `patch` is omitted or `false`, all version fields must be provided together (original strict validation).

        **Metadata-only updates:** Fields like `name`, `collection_id`, `version_description`, and `virtual_key` can always be updated independently without affecting versioning.

        Args:
            patch: When `true`, enables partial version updates. Missing version fields (`string`, `parameters`, `model`) are backfilled from the current latest version, so you only need to provide the fields you want to change. When `false` or omitted, the original strict validation is preserved for backward compatibility.
            string: The prompt template string. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            parameters: Model parameters (e.g. temperature, max_tokens). When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            model: The model identifier. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            virtual_key: The virtual key to associate with this version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            version_description: A human-readable description for this version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            functions: Function definitions available to the model. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            tools: Tool definitions available to the model. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            tool_choice: Controls which tool the model uses. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            is_raw_template: Whether the template string is raw (1) or processed (0). When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
            prompt_metadata: Additional metadata for the prompt version. When `patch` is `true`, this field is optional and will be inherited from the current latest version if omitted.
        """
        return cast(
            UpdatePromptResponse,
            await self._client.request(
                _UPDATE_PROMPT,
                cast_to=UpdatePromptResponse,
                values={
                    "promptId": prompt_id,
                },
                body={
                    "patch": patch,
                    "name": name,
                    "collection_id": collection_id,
                    "string": string,
                    "parameters": parameters,
                    "model": model,
                    "virtual_key": virtual_key,
                    "version_description": version_description,
                    "functions": functions,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "is_raw_template": is_raw_template,
                    "prompt_metadata": prompt_metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_prompt_default(
        self,
        *,
        prompt_id: str,
        version: float,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Set a version as the default for a prompt

        Args:
            version: Version Number to set as default
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE_PROMPT_DEFAULT,
                cast_to=dict[str, Any],
                values={
                    "promptId": prompt_id,
                },
                body={"version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_prompt_version(
        self,
        *,
        prompt_id: str,
        version_id: str,
        label_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a specific version of a prompt

        Updates metadata for a specific prompt version. **This endpoint only supports updating the `label_id` field.**

        Prompt versions are immutable — their `string`, `parameters`, and `model` content cannot be changed after creation. To update prompt content, use `PUT /prompts/{promptId}` which creates a new version with the updated content.

        Args:
            label_id: The label to assign to this version.
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE_PROMPT_VERSION,
                cast_to=dict[str, Any],
                values={
                    "promptId": prompt_id,
                    "versionId": version_id,
                },
                body={"label_id": label_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncPromptsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncPrompts) -> None:
        self.create_prompt = to_raw_response_async(resource.create_prompt)
        self.create_prompt_completion = to_raw_response_async(
            resource.create_prompt_completion
        )
        self.create_prompt_render = to_raw_response_async(resource.create_prompt_render)
        self.delete_prompt = to_raw_response_async(resource.delete_prompt)
        self.get_prompt = to_raw_response_async(resource.get_prompt)
        self.get_prompt_by_version = to_raw_response_async(
            resource.get_prompt_by_version
        )
        self.get_prompt_versions = to_raw_response_async(resource.get_prompt_versions)
        self.list_prompts = to_raw_response_async(resource.list_prompts)
        self.update_prompt = to_raw_response_async(resource.update_prompt)
        self.update_prompt_default = to_raw_response_async(
            resource.update_prompt_default
        )
        self.update_prompt_version = to_raw_response_async(
            resource.update_prompt_version
        )
