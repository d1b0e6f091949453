# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Build Assistants that can call models and use tools."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast, overload

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    AssistantObject,
    AssistantsApiResponseFormat,
    AssistantsNamedToolChoice,
    AssistantToolsCode,
    AssistantToolsFileSearch,
    AssistantToolsFunction,
    CreateAssistantRequestToolResources,
    CreateMessageRequest,
    CreateMessageRequestAttachmentsItem,
    CreateThreadAndRunRequestToolResources,
    CreateThreadRequest,
    CreateThreadRequestToolResources,
    DeleteAssistantResponse,
    DeleteMessageResponse,
    DeleteThreadResponse,
    DoneEvent,
    ErrorEvent,
    ListAssistantsResponse,
    ListMessagesResponse,
    ListRunsResponse,
    ListRunStepsResponse,
    MessageContentImageFileObject,
    MessageContentImageUrlObject,
    MessageObject,
    MessageRequestContentTextObject,
    MessageStreamEventThreadMessageCompleted,
    MessageStreamEventThreadMessageCreated,
    MessageStreamEventThreadMessageDelta,
    MessageStreamEventThreadMessageIncomplete,
    MessageStreamEventThreadMessageInProgress,
    ModifyAssistantRequestToolResources,
    ModifyThreadRequestToolResources,
    RunObject,
    RunStepObject,
    RunStepStreamEventThreadRunStepCancelled,
    RunStepStreamEventThreadRunStepCompleted,
    RunStepStreamEventThreadRunStepCreated,
    RunStepStreamEventThreadRunStepDelta,
    RunStepStreamEventThreadRunStepExpired,
    RunStepStreamEventThreadRunStepFailed,
    RunStepStreamEventThreadRunStepInProgress,
    RunStreamEventThreadRunCancelled,
    RunStreamEventThreadRunCancelling,
    RunStreamEventThreadRunCompleted,
    RunStreamEventThreadRunCreated,
    RunStreamEventThreadRunExpired,
    RunStreamEventThreadRunFailed,
    RunStreamEventThreadRunIncomplete,
    RunStreamEventThreadRunInProgress,
    RunStreamEventThreadRunQueued,
    RunStreamEventThreadRunRequiresAction,
    SubmitToolOutputsRunRequestToolOutputsItem,
    ThreadObject,
    ThreadStreamEventThreadCreated,
    TruncationObject,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "Assistants",
    "AsyncAssistants",
    "AsyncListAssistantsResponsePage",
    "AsyncListMessagesResponsePage",
    "AsyncListRunStepsResponsePage",
    "AsyncListRunsResponsePage",
    "ListAssistantsResponsePage",
    "ListMessagesResponsePage",
    "ListRunStepsResponsePage",
    "ListRunsResponsePage",
]

_CANCEL_RUN = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/cancel",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("run_id", "path", "simple", False),
    ),
)
_CREATE_ASSISTANT = Endpoint(
    method="POST",
    path="/assistants",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)
_CREATE_MESSAGE = Endpoint(
    method="POST",
    path="/threads/{thread_id}/messages",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("thread_id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)
_CREATE_RUN = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("thread_id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)
_CREATE_THREAD = Endpoint(
    method="POST",
    path="/threads",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)
_CREATE_THREAD_AND_RUN = Endpoint(
    method="POST",
    path="/threads/runs",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)
_DELETE_ASSISTANT = Endpoint(
    method="DELETE",
    path="/assistants/{assistant_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("assistant_id", "path", "simple", False),),
)
_DELETE_MESSAGE = Endpoint(
    method="DELETE",
    path="/threads/{thread_id}/messages/{message_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("message_id", "path", "simple", False),
    ),
)
_DELETE_THREAD = Endpoint(
    method="DELETE",
    path="/threads/{thread_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("thread_id", "path", "simple", False),),
)
_GET_ASSISTANT = Endpoint(
    method="GET",
    path="/assistants/{assistant_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("assistant_id", "path", "simple", False),),
)
_GET_MESSAGE = Endpoint(
    method="GET",
    path="/threads/{thread_id}/messages/{message_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("message_id", "path", "simple", False),
    ),
)
_GET_RUN = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("run_id", "path", "simple", False),
    ),
)
_GET_RUN_STEP = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("run_id", "path", "simple", False),
        Param("step_id", "path", "simple", False),
    ),
)
_GET_THREAD = Endpoint(
    method="GET",
    path="/threads/{thread_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("thread_id", "path", "simple", False),),
)
_LIST_ASSISTANTS = Endpoint(
    method="GET",
    path="/assistants",
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
_LIST_ASSISTANTS_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_LIST_MESSAGES = Endpoint(
    method="GET",
    path="/threads/{thread_id}/messages",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("limit", "query", "form", True),
        Param("order", "query", "form", True),
        Param("after", "query", "form", True),
        Param("before", "query", "form", True),
        Param("run_id", "query", "form", True),
    ),
)
_LIST_MESSAGES_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_LIST_RUN_STEPS = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("run_id", "path", "simple", False),
        Param("limit", "query", "form", True),
        Param("order", "query", "form", True),
        Param("after", "query", "form", True),
        Param("before", "query", "form", True),
    ),
)
_LIST_RUN_STEPS_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_LIST_RUNS = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("limit", "query", "form", True),
        Param("order", "query", "form", True),
        Param("after", "query", "form", True),
        Param("before", "query", "form", True),
    ),
)
_LIST_RUNS_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
    item_cursor="id",
)
_MODIFY_ASSISTANT = Endpoint(
    method="POST",
    path="/assistants/{assistant_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("assistant_id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)
_MODIFY_MESSAGE = Endpoint(
    method="POST",
    path="/threads/{thread_id}/messages/{message_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("message_id", "path", "simple", False),
    ),
    body="json",
    content_type="application/json",
)
_MODIFY_RUN = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("run_id", "path", "simple", False),
    ),
    body="json",
    content_type="application/json",
)
_MODIFY_THREAD = Endpoint(
    method="POST",
    path="/threads/{thread_id}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("thread_id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)
_SUBMIT_TOOL_OUPUTS_TO_RUN = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("thread_id", "path", "simple", False),
        Param("run_id", "path", "simple", False),
    ),
    body="json",
    content_type="application/json",
)


class ListAssistantsResponsePage(ListAssistantsResponse, SyncPage[AssistantObject]):
    """A page of ListAssistantsResponse: iterating it yields every AssistantObject, fetching the following pages as needed."""


class AsyncListAssistantsResponsePage(
    ListAssistantsResponse, AsyncPage[AssistantObject]
):
    """A page of ListAssistantsResponse: async for over it yields every AssistantObject, fetching the following pages as needed."""


class ListMessagesResponsePage(ListMessagesResponse, SyncPage[MessageObject]):
    """A page of ListMessagesResponse: iterating it yields every MessageObject, fetching the following pages as needed."""


class AsyncListMessagesResponsePage(ListMessagesResponse, AsyncPage[MessageObject]):
    """A page of ListMessagesResponse: async for over it yields every MessageObject, fetching the following pages as needed."""


class ListRunStepsResponsePage(ListRunStepsResponse, SyncPage[RunStepObject]):
    """A page of ListRunStepsResponse: iterating it yields every RunStepObject, fetching the following pages as needed."""


class AsyncListRunStepsResponsePage(ListRunStepsResponse, AsyncPage[RunStepObject]):
    """A page of ListRunStepsResponse: async for over it yields every RunStepObject, fetching the following pages as needed."""


class ListRunsResponsePage(ListRunsResponse, SyncPage[RunObject]):
    """A page of ListRunsResponse: iterating it yields every RunObject, fetching the following pages as needed."""


class AsyncListRunsResponsePage(ListRunsResponse, AsyncPage[RunObject]):
    """A page of ListRunsResponse: async for over it yields every RunObject, fetching the following pages as needed."""


class Assistants(SyncAPIResource):
    """Build Assistants that can call models and use tools."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AssistantsWithRawResponse(self)

    def cancel_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        Args:
            thread_id: The ID of the thread to which this run belongs.
            run_id: The ID of the run to cancel.
        """
        return cast(
            RunObject,
            self._client.request(
                _CANCEL_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_assistant(
        self,
        *,
        model: str,
        name: str | Omit | None = omit,
        description: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
        ) = omit,
        tool_resources: CreateAssistantRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        Args:
            model: ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
            name: The name of the assistant. The maximum length is 256 characters.
            description: The description of the assistant. The maximum length is 512 characters.
            instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
            tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.


                Server default: [].
            tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or temperature but not both.


                Server default: 1.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models/gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

                Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON.

                **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        check("name", name, max_length=256)
        check("description", description, max_length=512)
        check("instructions", instructions, max_length=256000)
        check("tools", tools, max_items=128)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        return cast(
            AssistantObject,
            self._client.request(
                _CREATE_ASSISTANT,
                cast_to=AssistantObject,
                body={
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_message(
        self,
        *,
        thread_id: str,
        role: Literal["user", "assistant"],
        content: (
            str
            | list[
                MessageContentImageFileObject
                | MessageContentImageUrlObject
                | MessageRequestContentTextObject
            ]
        ),
        attachments: list[CreateMessageRequestAttachmentsItem] | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> MessageObject:
        """Create a message.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) to create a message for.
            role: The role of the entity that is creating the message. Allowed values include:
                - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages.
                - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
            attachments: A list of files attached to the message, and the tools they should be added to.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            MessageObject,
            self._client.request(
                _CREATE_MESSAGE,
                cast_to=MessageObject,
                values={
                    "thread_id": thread_id,
                },
                body={
                    "role": role,
                    "content": content,
                    "attachments": attachments,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def create_run(
        self,
        *,
        thread_id: str,
        assistant_id: str,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        additional_instructions: str | Omit | None = omit,
        additional_messages: list[CreateMessageRequest] | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject: ...

    @overload
    def create_run(
        self,
        *,
        thread_id: str,
        assistant_id: str,
        stream: Literal[True],
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        additional_instructions: str | Omit | None = omit,
        additional_messages: list[CreateMessageRequest] | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Stream[
        ThreadStreamEventThreadCreated
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
        | ErrorEvent
        | DoneEvent
    ]: ...

    @overload
    def create_run(
        self,
        *,
        thread_id: str,
        assistant_id: str,
        stream: bool,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        additional_instructions: str | Omit | None = omit,
        additional_messages: list[CreateMessageRequest] | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | Stream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ): ...

    def create_run(
        self,
        *,
        thread_id: str,
        assistant_id: str,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        additional_instructions: str | Omit | None = omit,
        additional_messages: list[CreateMessageRequest] | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        stream: bool | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | Stream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ):
        """Create a run.

        Args:
            thread_id: The ID of the thread to run.
            assistant_id: The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
            model: The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
            instructions: Overrides the [instructions](https://platform.openai.com/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
            additional_instructions: Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
            additional_messages: Adds additional messages to the thread before creating the run.
            tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or temperature but not both.


                Server default: 1.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
            max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            truncation_strategy: Controls for how a thread will be truncated prior to the run. Use this to control the intial context window of the run.
            tool_choice: Controls which (if any) tool is called by the model.
                `none` means the model will not call any tools and instead generates a message.
                `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
                `required` means the model must call one or more tools before responding to the user.
                Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
            parallel_tool_calls: Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.

                Server default: True.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models/gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

                Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON.

                **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        check("tools", tools, max_items=20)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        check("max_prompt_tokens", max_prompt_tokens, minimum=256)
        check("max_completion_tokens", max_completion_tokens, minimum=256)
        return cast(
            RunObject
            | Stream[
                ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent
            ],
            self._client.request(
                _CREATE_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                },
                body={
                    "assistant_id": assistant_id,
                    "model": model,
                    "instructions": instructions,
                    "additional_instructions": additional_instructions,
                    "additional_messages": additional_messages,
                    "tools": tools,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent,
            ),
        )

    def create_thread(
        self,
        *,
        messages: list[CreateMessageRequest] | Omit = omit,
        tool_resources: CreateThreadRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ThreadObject:
        """Create a thread.

        Args:
            messages: A list of [messages](https://platform.openai.com/docs/api-reference/messages) to start the thread with.
            tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            ThreadObject,
            self._client.request(
                _CREATE_THREAD,
                cast_to=ThreadObject,
                body={
                    "messages": messages,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequest | Omit = omit,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        tool_resources: CreateThreadAndRunRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject: ...

    @overload
    def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        stream: Literal[True],
        thread: CreateThreadRequest | Omit = omit,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        tool_resources: CreateThreadAndRunRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Stream[
        ThreadStreamEventThreadCreated
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
        | ErrorEvent
        | DoneEvent
    ]: ...

    @overload
    def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        stream: bool,
        thread: CreateThreadRequest | Omit = omit,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        tool_resources: CreateThreadAndRunRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | Stream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ): ...

    def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequest | Omit = omit,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        tool_resources: CreateThreadAndRunRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        stream: bool | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | Stream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ):
        """Create a thread and run it in one request.

        Args:
            assistant_id: The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
            model: The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
            instructions: Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
            tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
            tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or temperature but not both.


                Server default: 1.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
            max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            truncation_strategy: Controls for how a thread will be truncated prior to the run. Use this to control the intial context window of the run.
            tool_choice: Controls which (if any) tool is called by the model.
                `none` means the model will not call any tools and instead generates a message.
                `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
                `required` means the model must call one or more tools before responding to the user.
                Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
            parallel_tool_calls: Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.

                Server default: True.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models/gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

                Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON.

                **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        check("tools", tools, max_items=20)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        check("max_prompt_tokens", max_prompt_tokens, minimum=256)
        check("max_completion_tokens", max_completion_tokens, minimum=256)
        return cast(
            RunObject
            | Stream[
                ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent
            ],
            self._client.request(
                _CREATE_THREAD_AND_RUN,
                cast_to=RunObject,
                body={
                    "assistant_id": assistant_id,
                    "thread": thread,
                    "model": model,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent,
            ),
        )

    def delete_assistant(
        self,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        Args:
            assistant_id: The ID of the assistant to delete.
        """
        return cast(
            DeleteAssistantResponse,
            self._client.request(
                _DELETE_ASSISTANT,
                cast_to=DeleteAssistantResponse,
                values={
                    "assistant_id": assistant_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_message(
        self,
        *,
        thread_id: str,
        message_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to delete.
        """
        return cast(
            DeleteMessageResponse,
            self._client.request(
                _DELETE_MESSAGE,
                cast_to=DeleteMessageResponse,
                values={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_thread(
        self,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        Args:
            thread_id: The ID of the thread to delete.
        """
        return cast(
            DeleteThreadResponse,
            self._client.request(
                _DELETE_THREAD,
                cast_to=DeleteThreadResponse,
                values={
                    "thread_id": thread_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_assistant(
        self,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AssistantObject:
        """Retrieves an assistant.

        Args:
            assistant_id: The ID of the assistant to retrieve.
        """
        return cast(
            AssistantObject,
            self._client.request(
                _GET_ASSISTANT,
                cast_to=AssistantObject,
                values={
                    "assistant_id": assistant_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_message(
        self,
        *,
        thread_id: str,
        message_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> MessageObject:
        """Retrieve a message.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) to which this message belongs.
            message_id: The ID of the message to retrieve.
        """
        return cast(
            MessageObject,
            self._client.request(
                _GET_MESSAGE,
                cast_to=MessageObject,
                values={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject:
        """Retrieves a run.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was run.
            run_id: The ID of the run to retrieve.
        """
        return cast(
            RunObject,
            self._client.request(
                _GET_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_run_step(
        self,
        *,
        thread_id: str,
        run_id: str,
        step_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunStepObject:
        """Retrieves a run step.

        Args:
            thread_id: The ID of the thread to which the run and run step belongs.
            run_id: The ID of the run to which the run step belongs.
            step_id: The ID of the run step to retrieve.
        """
        return cast(
            RunStepObject,
            self._client.request(
                _GET_RUN_STEP,
                cast_to=RunStepObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                    "step_id": step_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_thread(
        self,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ThreadObject:
        """Retrieves a thread.

        Args:
            thread_id: The ID of the thread to retrieve.
        """
        return cast(
            ThreadObject,
            self._client.request(
                _GET_THREAD,
                cast_to=ThreadObject,
                values={
                    "thread_id": thread_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_assistants(
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
    ) -> ListAssistantsResponsePage:
        """Returns a list of assistants.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        return paginate(
            self._client,
            _LIST_ASSISTANTS,
            _LIST_ASSISTANTS_PAGES,
            ListAssistantsResponsePage,
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

    def list_messages(
        self,
        *,
        thread_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        run_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListMessagesResponsePage:
        """Returns a list of messages for a given thread.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) the messages belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            run_id: Filter messages by the run ID that generated them.
        """
        return paginate(
            self._client,
            _LIST_MESSAGES,
            _LIST_MESSAGES_PAGES,
            ListMessagesResponsePage,
            values={
                "thread_id": thread_id,
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "run_id": run_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_run_steps(
        self,
        *,
        thread_id: str,
        run_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListRunStepsResponsePage:
        """Returns a list of run steps belonging to a run.

        Args:
            thread_id: The ID of the thread the run and run steps belong to.
            run_id: The ID of the run the run steps belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        return paginate(
            self._client,
            _LIST_RUN_STEPS,
            _LIST_RUN_STEPS_PAGES,
            ListRunStepsResponsePage,
            values={
                "thread_id": thread_id,
                "run_id": run_id,
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

    def list_runs(
        self,
        *,
        thread_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListRunsResponsePage:
        """Returns a list of runs belonging to a thread.

        Args:
            thread_id: The ID of the thread the run belongs to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        return paginate(
            self._client,
            _LIST_RUNS,
            _LIST_RUNS_PAGES,
            ListRunsResponsePage,
            values={
                "thread_id": thread_id,
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

    def modify_assistant(
        self,
        *,
        assistant_id: str,
        model: str | Omit = omit,
        name: str | Omit | None = omit,
        description: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
        ) = omit,
        tool_resources: ModifyAssistantRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AssistantObject:
        """Modifies an assistant.

        Args:
            assistant_id: The ID of the assistant to modify.
            model: ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
            name: The name of the assistant. The maximum length is 256 characters.
            description: The description of the assistant. The maximum length is 512 characters.
            instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
            tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.


                Server default: [].
            tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or temperature but not both.


                Server default: 1.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models/gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

                Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON.

                **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        check("name", name, max_length=256)
        check("description", description, max_length=512)
        check("instructions", instructions, max_length=256000)
        check("tools", tools, max_items=128)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        return cast(
            AssistantObject,
            self._client.request(
                _MODIFY_ASSISTANT,
                cast_to=AssistantObject,
                values={
                    "assistant_id": assistant_id,
                },
                body={
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def modify_message(
        self,
        *,
        thread_id: str,
        message_id: str,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> MessageObject:
        """Modifies a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to modify.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            MessageObject,
            self._client.request(
                _MODIFY_MESSAGE,
                cast_to=MessageObject,
                values={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def modify_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject:
        """Modifies a run.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was run.
            run_id: The ID of the run to modify.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            RunObject,
            self._client.request(
                _MODIFY_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def modify_thread(
        self,
        *,
        thread_id: str,
        tool_resources: ModifyThreadRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ThreadObject:
        """Modifies a thread.

        Args:
            thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
            tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            ThreadObject,
            self._client.request(
                _MODIFY_THREAD,
                cast_to=ThreadObject,
                values={
                    "thread_id": thread_id,
                },
                body={"tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    def submit_tool_ouputs_to_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: Literal[False] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject: ...

    @overload
    def submit_tool_ouputs_to_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Stream[
        ThreadStreamEventThreadCreated
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
        | ErrorEvent
        | DoneEvent
    ]: ...

    @overload
    def submit_tool_ouputs_to_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | Stream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ): ...

    def submit_tool_ouputs_to_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: bool | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | Stream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ):
        """When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) to which this run belongs.
            run_id: The ID of the run that requires the tool output submission.
            tool_outputs: A list of tools for which the outputs are being submitted.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
        """
        return cast(
            RunObject
            | Stream[
                ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent
            ],
            self._client.request(
                _SUBMIT_TOOL_OUPUTS_TO_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                body={"tool_outputs": tool_outputs, "stream": stream},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent,
            ),
        )


class AssistantsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Assistants) -> None:
        self.cancel_run = to_raw_response(resource.cancel_run)
        self.create_assistant = to_raw_response(resource.create_assistant)
        self.create_message = to_raw_response(resource.create_message)
        self.create_run = to_raw_response(resource.create_run)
        self.create_thread = to_raw_response(resource.create_thread)
        self.create_thread_and_run = to_raw_response(resource.create_thread_and_run)
        self.delete_assistant = to_raw_response(resource.delete_assistant)
        self.delete_message = to_raw_response(resource.delete_message)
        self.delete_thread = to_raw_response(resource.delete_thread)
        self.get_assistant = to_raw_response(resource.get_assistant)
        self.get_message = to_raw_response(resource.get_message)
        self.get_run = to_raw_response(resource.get_run)
        self.get_run_step = to_raw_response(resource.get_run_step)
        self.get_thread = to_raw_response(resource.get_thread)
        self.list_assistants = to_raw_response(resource.list_assistants)
        self.list_messages = to_raw_response(resource.list_messages)
        self.list_run_steps = to_raw_response(resource.list_run_steps)
        self.list_runs = to_raw_response(resource.list_runs)
        self.modify_assistant = to_raw_response(resource.modify_assistant)
        self.modify_message = to_raw_response(resource.modify_message)
        self.modify_run = to_raw_response(resource.modify_run)
        self.modify_thread = to_raw_response(resource.modify_thread)
        self.submit_tool_ouputs_to_run = to_raw_response(
            resource.submit_tool_ouputs_to_run
        )


class AsyncAssistants(AsyncAPIResource):
    """Build Assistants that can call models and use tools."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncAssistantsWithRawResponse(self)

    async def cancel_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        Args:
            thread_id: The ID of the thread to which this run belongs.
            run_id: The ID of the run to cancel.
        """
        return cast(
            RunObject,
            await self._client.request(
                _CANCEL_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_assistant(
        self,
        *,
        model: str,
        name: str | Omit | None = omit,
        description: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
        ) = omit,
        tool_resources: CreateAssistantRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        Args:
            model: ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
            name: The name of the assistant. The maximum length is 256 characters.
            description: The description of the assistant. The maximum length is 512 characters.
            instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
            tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.


                Server default: [].
            tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or temperature but not both.


                Server default: 1.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models/gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

                Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON.

                **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        check("name", name, max_length=256)
        check("description", description, max_length=512)
        check("instructions", instructions, max_length=256000)
        check("tools", tools, max_items=128)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        return cast(
            AssistantObject,
            await self._client.request(
                _CREATE_ASSISTANT,
                cast_to=AssistantObject,
                body={
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_message(
        self,
        *,
        thread_id: str,
        role: Literal["user", "assistant"],
        content: (
            str
            | list[
                MessageContentImageFileObject
                | MessageContentImageUrlObject
                | MessageRequestContentTextObject
            ]
        ),
        attachments: list[CreateMessageRequestAttachmentsItem] | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> MessageObject:
        """Create a message.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) to create a message for.
            role: The role of the entity that is creating the message. Allowed values include:
                - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages.
                - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
            attachments: A list of files attached to the message, and the tools they should be added to.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            MessageObject,
            await self._client.request(
                _CREATE_MESSAGE,
                cast_to=MessageObject,
                values={
                    "thread_id": thread_id,
                },
                body={
                    "role": role,
                    "content": content,
                    "attachments": attachments,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def create_run(
        self,
        *,
        thread_id: str,
        assistant_id: str,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        additional_instructions: str | Omit | None = omit,
        additional_messages: list[CreateMessageRequest] | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject: ...

    @overload
    async def create_run(
        self,
        *,
        thread_id: str,
        assistant_id: str,
        stream: Literal[True],
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        additional_instructions: str | Omit | None = omit,
        additional_messages: list[CreateMessageRequest] | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncStream[
        ThreadStreamEventThreadCreated
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
        | ErrorEvent
        | DoneEvent
    ]: ...

    @overload
    async def create_run(
        self,
        *,
        thread_id: str,
        assistant_id: str,
        stream: bool,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        additional_instructions: str | Omit | None = omit,
        additional_messages: list[CreateMessageRequest] | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | AsyncStream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ): ...

    async def create_run(
        self,
        *,
        thread_id: str,
        assistant_id: str,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        additional_instructions: str | Omit | None = omit,
        additional_messages: list[CreateMessageRequest] | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        stream: bool | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | AsyncStream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ):
        """Create a run.

        Args:
            thread_id: The ID of the thread to run.
            assistant_id: The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
            model: The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
            instructions: Overrides the [instructions](https://platform.openai.com/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
            additional_instructions: Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
            additional_messages: Adds additional messages to the thread before creating the run.
            tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or temperature but not both.


                Server default: 1.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
            max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            truncation_strategy: Controls for how a thread will be truncated prior to the run. Use this to control the intial context window of the run.
            tool_choice: Controls which (if any) tool is called by the model.
                `none` means the model will not call any tools and instead generates a message.
                `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
                `required` means the model must call one or more tools before responding to the user.
                Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
            parallel_tool_calls: Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.

                Server default: True.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models/gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

                Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON.

                **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        check("tools", tools, max_items=20)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        check("max_prompt_tokens", max_prompt_tokens, minimum=256)
        check("max_completion_tokens", max_completion_tokens, minimum=256)
        return cast(
            RunObject
            | AsyncStream[
                ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent
            ],
            await self._client.request(
                _CREATE_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                },
                body={
                    "assistant_id": assistant_id,
                    "model": model,
                    "instructions": instructions,
                    "additional_instructions": additional_instructions,
                    "additional_messages": additional_messages,
                    "tools": tools,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent,
            ),
        )

    async def create_thread(
        self,
        *,
        messages: list[CreateMessageRequest] | Omit = omit,
        tool_resources: CreateThreadRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ThreadObject:
        """Create a thread.

        Args:
            messages: A list of [messages](https://platform.openai.com/docs/api-reference/messages) to start the thread with.
            tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            ThreadObject,
            await self._client.request(
                _CREATE_THREAD,
                cast_to=ThreadObject,
                body={
                    "messages": messages,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequest | Omit = omit,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        tool_resources: CreateThreadAndRunRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject: ...

    @overload
    async def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        stream: Literal[True],
        thread: CreateThreadRequest | Omit = omit,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        tool_resources: CreateThreadAndRunRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncStream[
        ThreadStreamEventThreadCreated
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
        | ErrorEvent
        | DoneEvent
    ]: ...

    @overload
    async def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        stream: bool,
        thread: CreateThreadRequest | Omit = omit,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        tool_resources: CreateThreadAndRunRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | AsyncStream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ): ...

    async def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequest | Omit = omit,
        model: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
            | None
        ) = omit,
        tool_resources: CreateThreadAndRunRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        stream: bool | Omit | None = omit,
        max_prompt_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        truncation_strategy: TruncationObject | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | AssistantsNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | AsyncStream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ):
        """Create a thread and run it in one request.

        Args:
            assistant_id: The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
            model: The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
            instructions: Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
            tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
            tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or temperature but not both.


                Server default: 1.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
            max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            truncation_strategy: Controls for how a thread will be truncated prior to the run. Use this to control the intial context window of the run.
            tool_choice: Controls which (if any) tool is called by the model.
                `none` means the model will not call any tools and instead generates a message.
                `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
                `required` means the model must call one or more tools before responding to the user.
                Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
            parallel_tool_calls: Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.

                Server default: True.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models/gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

                Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON.

                **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        check("tools", tools, max_items=20)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        check("max_prompt_tokens", max_prompt_tokens, minimum=256)
        check("max_completion_tokens", max_completion_tokens, minimum=256)
        return cast(
            RunObject
            | AsyncStream[
                ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent
            ],
            await self._client.request(
                _CREATE_THREAD_AND_RUN,
                cast_to=RunObject,
                body={
                    "assistant_id": assistant_id,
                    "thread": thread,
                    "model": model,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent,
            ),
        )

    async def delete_assistant(
        self,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        Args:
            assistant_id: The ID of the assistant to delete.
        """
        return cast(
            DeleteAssistantResponse,
            await self._client.request(
                _DELETE_ASSISTANT,
                cast_to=DeleteAssistantResponse,
                values={
                    "assistant_id": assistant_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_message(
        self,
        *,
        thread_id: str,
        message_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to delete.
        """
        return cast(
            DeleteMessageResponse,
            await self._client.request(
                _DELETE_MESSAGE,
                cast_to=DeleteMessageResponse,
                values={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_thread(
        self,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        Args:
            thread_id: The ID of the thread to delete.
        """
        return cast(
            DeleteThreadResponse,
            await self._client.request(
                _DELETE_THREAD,
                cast_to=DeleteThreadResponse,
                values={
                    "thread_id": thread_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_assistant(
        self,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AssistantObject:
        """Retrieves an assistant.

        Args:
            assistant_id: The ID of the assistant to retrieve.
        """
        return cast(
            AssistantObject,
            await self._client.request(
                _GET_ASSISTANT,
                cast_to=AssistantObject,
                values={
                    "assistant_id": assistant_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_message(
        self,
        *,
        thread_id: str,
        message_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> MessageObject:
        """Retrieve a message.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) to which this message belongs.
            message_id: The ID of the message to retrieve.
        """
        return cast(
            MessageObject,
            await self._client.request(
                _GET_MESSAGE,
                cast_to=MessageObject,
                values={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject:
        """Retrieves a run.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was run.
            run_id: The ID of the run to retrieve.
        """
        return cast(
            RunObject,
            await self._client.request(
                _GET_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_run_step(
        self,
        *,
        thread_id: str,
        run_id: str,
        step_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunStepObject:
        """Retrieves a run step.

        Args:
            thread_id: The ID of the thread to which the run and run step belongs.
            run_id: The ID of the run to which the run step belongs.
            step_id: The ID of the run step to retrieve.
        """
        return cast(
            RunStepObject,
            await self._client.request(
                _GET_RUN_STEP,
                cast_to=RunStepObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                    "step_id": step_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_thread(
        self,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ThreadObject:
        """Retrieves a thread.

        Args:
            thread_id: The ID of the thread to retrieve.
        """
        return cast(
            ThreadObject,
            await self._client.request(
                _GET_THREAD,
                cast_to=ThreadObject,
                values={
                    "thread_id": thread_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_assistants(
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
    ) -> AsyncPaginator[AsyncListAssistantsResponsePage, AssistantObject]:
        """Returns a list of assistants.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        return AsyncPaginator(
            self._client,
            _LIST_ASSISTANTS,
            _LIST_ASSISTANTS_PAGES,
            AsyncListAssistantsResponsePage,
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

    def list_messages(
        self,
        *,
        thread_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        run_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListMessagesResponsePage, MessageObject]:
        """Returns a list of messages for a given thread.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) the messages belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            run_id: Filter messages by the run ID that generated them.
        """
        return AsyncPaginator(
            self._client,
            _LIST_MESSAGES,
            _LIST_MESSAGES_PAGES,
            AsyncListMessagesResponsePage,
            values={
                "thread_id": thread_id,
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "run_id": run_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_run_steps(
        self,
        *,
        thread_id: str,
        run_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListRunStepsResponsePage, RunStepObject]:
        """Returns a list of run steps belonging to a run.

        Args:
            thread_id: The ID of the thread the run and run steps belong to.
            run_id: The ID of the run the run steps belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        return AsyncPaginator(
            self._client,
            _LIST_RUN_STEPS,
            _LIST_RUN_STEPS_PAGES,
            AsyncListRunStepsResponsePage,
            values={
                "thread_id": thread_id,
                "run_id": run_id,
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

    def list_runs(
        self,
        *,
        thread_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListRunsResponsePage, RunObject]:
        """Returns a list of runs belonging to a thread.

        Args:
            thread_id: The ID of the thread the run belongs to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        return AsyncPaginator(
            self._client,
            _LIST_RUNS,
            _LIST_RUNS_PAGES,
            AsyncListRunsResponsePage,
            values={
                "thread_id": thread_id,
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

    async def modify_assistant(
        self,
        *,
        assistant_id: str,
        model: str | Omit = omit,
        name: str | Omit | None = omit,
        description: str | Omit | None = omit,
        instructions: str | Omit | None = omit,
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | Omit
        ) = omit,
        tool_resources: ModifyAssistantRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        response_format: (
            Literal["none", "auto"] | AssistantsApiResponseFormat | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AssistantObject:
        """Modifies an assistant.

        Args:
            assistant_id: The ID of the assistant to modify.
            model: ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
            name: The name of the assistant. The maximum length is 256 characters.
            description: The description of the assistant. The maximum length is 512 characters.
            instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
            tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.


                Server default: [].
            tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or temperature but not both.


                Server default: 1.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://platform.openai.com/docs/models/gpt-4o), [GPT-4 Turbo](https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

                Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON.

                **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        check("name", name, max_length=256)
        check("description", description, max_length=512)
        check("instructions", instructions, max_length=256000)
        check("tools", tools, max_items=128)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        return cast(
            AssistantObject,
            await self._client.request(
                _MODIFY_ASSISTANT,
                cast_to=AssistantObject,
                values={
                    "assistant_id": assistant_id,
                },
                body={
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def modify_message(
        self,
        *,
        thread_id: str,
        message_id: str,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> MessageObject:
        """Modifies a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to modify.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            MessageObject,
            await self._client.request(
                _MODIFY_MESSAGE,
                cast_to=MessageObject,
                values={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def modify_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject:
        """Modifies a run.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was run.
            run_id: The ID of the run to modify.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            RunObject,
            await self._client.request(
                _MODIFY_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def modify_thread(
        self,
        *,
        thread_id: str,
        tool_resources: ModifyThreadRequestToolResources | Omit | None = omit,
        metadata: dict[str, Any] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ThreadObject:
        """Modifies a thread.

        Args:
            thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
            tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format. Keys can be a maximum of 64 characters long and values can be a maxium of 512 characters long.
        """
        return cast(
            ThreadObject,
            await self._client.request(
                _MODIFY_THREAD,
                cast_to=ThreadObject,
                values={
                    "thread_id": thread_id,
                },
                body={"tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @overload
    async def submit_tool_ouputs_to_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: Literal[False] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RunObject: ...

    @overload
    async def submit_tool_ouputs_to_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncStream[
        ThreadStreamEventThreadCreated
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
        | ErrorEvent
        | DoneEvent
    ]: ...

    @overload
    async def submit_tool_ouputs_to_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | AsyncStream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ): ...

    async def submit_tool_ouputs_to_run(
        self,
        *,
        thread_id: str,
        run_id: str,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: bool | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        RunObject
        | AsyncStream[
            ThreadStreamEventThreadCreated
            | RunStreamEventThreadRunCreated
            | RunStreamEventThreadRunQueued
            | RunStreamEventThreadRunInProgress
            | RunStreamEventThreadRunRequiresAction
            | RunStreamEventThreadRunCompleted
            | RunStreamEventThreadRunIncomplete
            | RunStreamEventThreadRunFailed
            | RunStreamEventThreadRunCancelling
            | RunStreamEventThreadRunCancelled
            | RunStreamEventThreadRunExpired
            | RunStepStreamEventThreadRunStepCreated
            | RunStepStreamEventThreadRunStepInProgress
            | RunStepStreamEventThreadRunStepDelta
            | RunStepStreamEventThreadRunStepCompleted
            | RunStepStreamEventThreadRunStepFailed
            | RunStepStreamEventThreadRunStepCancelled
            | RunStepStreamEventThreadRunStepExpired
            | MessageStreamEventThreadMessageCreated
            | MessageStreamEventThreadMessageInProgress
            | MessageStreamEventThreadMessageDelta
            | MessageStreamEventThreadMessageCompleted
            | MessageStreamEventThreadMessageIncomplete
            | ErrorEvent
            | DoneEvent
        ]
    ):
        """When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        Args:
            thread_id: The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) to which this run belongs.
            run_id: The ID of the run that requires the tool output submission.
            tool_outputs: A list of tools for which the outputs are being submitted.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
        """
        return cast(
            RunObject
            | AsyncStream[
                ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent
            ],
            await self._client.request(
                _SUBMIT_TOOL_OUPUTS_TO_RUN,
                cast_to=RunObject,
                values={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                body={"tool_outputs": tool_outputs, "stream": stream},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=ThreadStreamEventThreadCreated
                | RunStreamEventThreadRunCreated
                | RunStreamEventThreadRunQueued
                | RunStreamEventThreadRunInProgress
                | RunStreamEventThreadRunRequiresAction
                | RunStreamEventThreadRunCompleted
                | RunStreamEventThreadRunIncomplete
                | RunStreamEventThreadRunFailed
                | RunStreamEventThreadRunCancelling
                | RunStreamEventThreadRunCancelled
                | RunStreamEventThreadRunExpired
                | RunStepStreamEventThreadRunStepCreated
                | RunStepStreamEventThreadRunStepInProgress
                | RunStepStreamEventThreadRunStepDelta
                | RunStepStreamEventThreadRunStepCompleted
                | RunStepStreamEventThreadRunStepFailed
                | RunStepStreamEventThreadRunStepCancelled
                | RunStepStreamEventThreadRunStepExpired
                | MessageStreamEventThreadMessageCreated
                | MessageStreamEventThreadMessageInProgress
                | MessageStreamEventThreadMessageDelta
                | MessageStreamEventThreadMessageCompleted
                | MessageStreamEventThreadMessageIncomplete
                | ErrorEvent
                | DoneEvent,
            ),
        )


class AsyncAssistantsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncAssistants) -> None:
        self.cancel_run = to_raw_response_async(resource.cancel_run)
        self.create_assistant = to_raw_response_async(resource.create_assistant)
        self.create_message = to_raw_response_async(resource.create_message)
        self.create_run = to_raw_response_async(resource.create_run)
        self.create_thread = to_raw_response_async(resource.create_thread)
        self.create_thread_and_run = to_raw_response_async(
            resource.create_thread_and_run
        )
        self.delete_assistant = to_raw_response_async(resource.delete_assistant)
        self.delete_message = to_raw_response_async(resource.delete_message)
        self.delete_thread = to_raw_response_async(resource.delete_thread)
        self.get_assistant = to_raw_response_async(resource.get_assistant)
        self.get_message = to_raw_response_async(resource.get_message)
        self.get_run = to_raw_response_async(resource.get_run)
        self.get_run_step = to_raw_response_async(resource.get_run_step)
        self.get_thread = to_raw_response_async(resource.get_thread)
        self.list_assistants = to_raw_response_async(resource.list_assistants)
        self.list_messages = to_raw_response_async(resource.list_messages)
        self.list_run_steps = to_raw_response_async(resource.list_run_steps)
        self.list_runs = to_raw_response_async(resource.list_runs)
        self.modify_assistant = to_raw_response_async(resource.modify_assistant)
        self.modify_message = to_raw_response_async(resource.modify_message)
        self.modify_run = to_raw_response_async(resource.modify_run)
        self.modify_thread = to_raw_response_async(resource.modify_thread)
        self.submit_tool_ouputs_to_run = to_raw_response_async(
            resource.submit_tool_ouputs_to_run
        )
