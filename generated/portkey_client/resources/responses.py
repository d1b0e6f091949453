# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Operations tagged 'Responses'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast, overload

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    ComputerTool,
    ComputerToolCall,
    ComputerToolCallOutput,
    ComputerToolCallOutputResource,
    EasyInputMessage,
    FileSearchTool,
    FileSearchToolCall,
    FunctionTool,
    FunctionToolCall,
    FunctionToolCallOutput,
    FunctionToolCallOutputResource,
    FunctionToolCallResource,
    InputMessage,
    InputMessageResource,
    ItemReference,
    OutputMessage,
    Reasoning,
    ReasoningItem,
    Response,
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    ResponseCodeInterpreterCallCodeDeltaEvent,
    ResponseCodeInterpreterCallCodeDoneEvent,
    ResponseCodeInterpreterCallCompletedEvent,
    ResponseCodeInterpreterCallInProgressEvent,
    ResponseCodeInterpreterCallInterpretingEvent,
    ResponseCompletedEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseErrorEvent,
    ResponseFailedEvent,
    ResponseFileSearchCallCompletedEvent,
    ResponseFileSearchCallInProgressEvent,
    ResponseFileSearchCallSearchingEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseIncompleteEvent,
    ResponseInProgressEvent,
    ResponseItemList,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponsePropertiesText,
    ResponseRefusalDeltaEvent,
    ResponseRefusalDoneEvent,
    ResponseTextAnnotationDeltaEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    ResponseWebSearchCallCompletedEvent,
    ResponseWebSearchCallInProgressEvent,
    ResponseWebSearchCallSearchingEvent,
    ToolChoiceFunction,
    ToolChoiceTypes,
    WebSearchTool,
    WebSearchToolCall,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncResponseItemListPage",
    "AsyncResponses",
    "ResponseItemListPage",
    "Responses",
]

_CREATE = Endpoint(
    method="POST",
    path="/responses",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_RESPONSE = Endpoint(
    method="DELETE",
    path="/responses/{response_id}",
    security=(("api_key",),),
    params=(Param("response_id", "path", "simple", False),),
    response="empty",
)
_GET_RESPONSE = Endpoint(
    method="GET",
    path="/responses/{response_id}",
    security=(("api_key",),),
    params=(
        Param("response_id", "path", "simple", False),
        Param("include", "query", "form", True),
    ),
)
_LIST_INPUT_ITEMS = Endpoint(
    method="GET",
    path="/responses/{response_id}/input_items",
    security=(("api_key",),),
    params=(
        Param("response_id", "path", "simple", False),
        Param("limit", "query", "form", True),
        Param("order", "query", "form", True),
        Param("after", "query", "form", True),
        Param("before", "query", "form", True),
    ),
)
_LIST_INPUT_ITEMS_PAGES = Pages(
    kind="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)


class ResponseItemListPage(
    ResponseItemList,
    SyncPage[
        InputMessageResource
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | WebSearchToolCall
        | FunctionToolCallResource
        | FunctionToolCallOutputResource
    ],
):
    """A page of ResponseItemList: iterating it yields every InputMessageResource | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerToolCallOutputResource | WebSearchToolCall | FunctionToolCallResource | FunctionToolCallOutputResource, fetching the following pages as needed."""


class AsyncResponseItemListPage(
    ResponseItemList,
    AsyncPage[
        InputMessageResource
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | WebSearchToolCall
        | FunctionToolCallResource
        | FunctionToolCallOutputResource
    ],
):
    """A page of ResponseItemList: async for over it yields every InputMessageResource | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerToolCallOutputResource | WebSearchToolCall | FunctionToolCallResource | FunctionToolCallOutputResource, fetching the following pages as needed."""


class Responses(SyncAPIResource):
    """Operations tagged 'Responses'."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ResponsesWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        model: Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ],
        input: (
            str
            | list[
                EasyInputMessage
                | InputMessage
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutput
                | WebSearchToolCall
                | FunctionToolCall
                | FunctionToolCallOutput
                | ReasoningItem
                | ItemReference
            ]
        ),
        metadata: dict[str, str] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        previous_response_id: str | Omit | None = omit,
        reasoning: Reasoning | Omit = omit,
        max_output_tokens: int | Omit | None = omit,
        instructions: str | Omit | None = omit,
        text: ResponsePropertiesText | Omit = omit,
        tools: (
            list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | Omit
        ) = omit,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ToolChoiceTypes
            | ToolChoiceFunction
            | Omit
        ) = omit,
        truncation: Literal["auto", "disabled"] | Omit | None = omit,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
            | None
        ) = omit,
        parallel_tool_calls: bool | Omit | None = omit,
        store: bool | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Response: ...

    @overload
    def create(
        self,
        *,
        model: Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ],
        input: (
            str
            | list[
                EasyInputMessage
                | InputMessage
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutput
                | WebSearchToolCall
                | FunctionToolCall
                | FunctionToolCallOutput
                | ReasoningItem
                | ItemReference
            ]
        ),
        stream: Literal[True],
        metadata: dict[str, str] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        previous_response_id: str | Omit | None = omit,
        reasoning: Reasoning | Omit = omit,
        max_output_tokens: int | Omit | None = omit,
        instructions: str | Omit | None = omit,
        text: ResponsePropertiesText | Omit = omit,
        tools: (
            list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | Omit
        ) = omit,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ToolChoiceTypes
            | ToolChoiceFunction
            | Omit
        ) = omit,
        truncation: Literal["auto", "disabled"] | Omit | None = omit,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
            | None
        ) = omit,
        parallel_tool_calls: bool | Omit | None = omit,
        store: bool | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Stream[
        ResponseAudioDeltaEvent
        | ResponseAudioDoneEvent
        | ResponseAudioTranscriptDeltaEvent
        | ResponseAudioTranscriptDoneEvent
        | ResponseCodeInterpreterCallCodeDeltaEvent
        | ResponseCodeInterpreterCallCodeDoneEvent
        | ResponseCodeInterpreterCallCompletedEvent
        | ResponseCodeInterpreterCallInProgressEvent
        | ResponseCodeInterpreterCallInterpretingEvent
        | ResponseCompletedEvent
        | ResponseContentPartAddedEvent
        | ResponseContentPartDoneEvent
        | ResponseCreatedEvent
        | ResponseErrorEvent
        | ResponseFileSearchCallCompletedEvent
        | ResponseFileSearchCallInProgressEvent
        | ResponseFileSearchCallSearchingEvent
        | ResponseFunctionCallArgumentsDeltaEvent
        | ResponseFunctionCallArgumentsDoneEvent
        | ResponseInProgressEvent
        | ResponseFailedEvent
        | ResponseIncompleteEvent
        | ResponseOutputItemAddedEvent
        | ResponseOutputItemDoneEvent
        | ResponseRefusalDeltaEvent
        | ResponseRefusalDoneEvent
        | ResponseTextAnnotationDeltaEvent
        | ResponseTextDeltaEvent
        | ResponseTextDoneEvent
        | ResponseWebSearchCallCompletedEvent
        | ResponseWebSearchCallInProgressEvent
        | ResponseWebSearchCallSearchingEvent
    ]: ...

    @overload
    def create(
        self,
        *,
        model: Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ],
        input: (
            str
            | list[
                EasyInputMessage
                | InputMessage
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutput
                | WebSearchToolCall
                | FunctionToolCall
                | FunctionToolCallOutput
                | ReasoningItem
                | ItemReference
            ]
        ),
        stream: bool,
        metadata: dict[str, str] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        previous_response_id: str | Omit | None = omit,
        reasoning: Reasoning | Omit = omit,
        max_output_tokens: int | Omit | None = omit,
        instructions: str | Omit | None = omit,
        text: ResponsePropertiesText | Omit = omit,
        tools: (
            list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | Omit
        ) = omit,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ToolChoiceTypes
            | ToolChoiceFunction
            | Omit
        ) = omit,
        truncation: Literal["auto", "disabled"] | Omit | None = omit,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
            | None
        ) = omit,
        parallel_tool_calls: bool | Omit | None = omit,
        store: bool | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        Response
        | Stream[
            ResponseAudioDeltaEvent
            | ResponseAudioDoneEvent
            | ResponseAudioTranscriptDeltaEvent
            | ResponseAudioTranscriptDoneEvent
            | ResponseCodeInterpreterCallCodeDeltaEvent
            | ResponseCodeInterpreterCallCodeDoneEvent
            | ResponseCodeInterpreterCallCompletedEvent
            | ResponseCodeInterpreterCallInProgressEvent
            | ResponseCodeInterpreterCallInterpretingEvent
            | ResponseCompletedEvent
            | ResponseContentPartAddedEvent
            | ResponseContentPartDoneEvent
            | ResponseCreatedEvent
            | ResponseErrorEvent
            | ResponseFileSearchCallCompletedEvent
            | ResponseFileSearchCallInProgressEvent
            | ResponseFileSearchCallSearchingEvent
            | ResponseFunctionCallArgumentsDeltaEvent
            | ResponseFunctionCallArgumentsDoneEvent
            | ResponseInProgressEvent
            | ResponseFailedEvent
            | ResponseIncompleteEvent
            | ResponseOutputItemAddedEvent
            | ResponseOutputItemDoneEvent
            | ResponseRefusalDeltaEvent
            | ResponseRefusalDoneEvent
            | ResponseTextAnnotationDeltaEvent
            | ResponseTextDeltaEvent
            | ResponseTextDoneEvent
            | ResponseWebSearchCallCompletedEvent
            | ResponseWebSearchCallInProgressEvent
            | ResponseWebSearchCallSearchingEvent
        ]
    ): ...

    def create(
        self,
        *,
        model: Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ],
        input: (
            str
            | list[
                EasyInputMessage
                | InputMessage
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutput
                | WebSearchToolCall
                | FunctionToolCall
                | FunctionToolCallOutput
                | ReasoningItem
                | ItemReference
            ]
        ),
        metadata: dict[str, str] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        previous_response_id: str | Omit | None = omit,
        reasoning: Reasoning | Omit = omit,
        max_output_tokens: int | Omit | None = omit,
        instructions: str | Omit | None = omit,
        text: ResponsePropertiesText | Omit = omit,
        tools: (
            list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | Omit
        ) = omit,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ToolChoiceTypes
            | ToolChoiceFunction
            | Omit
        ) = omit,
        truncation: Literal["auto", "disabled"] | Omit | None = omit,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
            | None
        ) = omit,
        parallel_tool_calls: bool | Omit | None = omit,
        store: bool | Omit | None = omit,
        stream: bool | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        Response
        | Stream[
            ResponseAudioDeltaEvent
            | ResponseAudioDoneEvent
            | ResponseAudioTranscriptDeltaEvent
            | ResponseAudioTranscriptDoneEvent
            | ResponseCodeInterpreterCallCodeDeltaEvent
            | ResponseCodeInterpreterCallCodeDoneEvent
            | ResponseCodeInterpreterCallCompletedEvent
            | ResponseCodeInterpreterCallInProgressEvent
            | ResponseCodeInterpreterCallInterpretingEvent
            | ResponseCompletedEvent
            | ResponseContentPartAddedEvent
            | ResponseContentPartDoneEvent
            | ResponseCreatedEvent
            | ResponseErrorEvent
            | ResponseFileSearchCallCompletedEvent
            | ResponseFileSearchCallInProgressEvent
            | ResponseFileSearchCallSearchingEvent
            | ResponseFunctionCallArgumentsDeltaEvent
            | ResponseFunctionCallArgumentsDoneEvent
            | ResponseInProgressEvent
            | ResponseFailedEvent
            | ResponseIncompleteEvent
            | ResponseOutputItemAddedEvent
            | ResponseOutputItemDoneEvent
            | ResponseRefusalDeltaEvent
            | ResponseRefusalDoneEvent
            | ResponseTextAnnotationDeltaEvent
            | ResponseTextDeltaEvent
            | ResponseTextDoneEvent
            | ResponseWebSearchCallCompletedEvent
            | ResponseWebSearchCallInProgressEvent
            | ResponseWebSearchCallSearchingEvent
        ]
    ):
        """Creates a model response

        Args:
            input: Text, image, or file inputs to the model, used to generate a response.

                Learn more:
                - [Text inputs and outputs](https://platform.openai.com/docs/guides/text?api-mode=responses)
                - [Image inputs](https://platform.openai.com/docs/guides/images-vision?api-mode=responses)
                - [File inputs](https://platform.openai.com/docs/guides/pdf-files?api-mode=responses)
                - [Conversation state](https://platform.openai.com/docs/guides/conversation-state?api-mode=responses)
                - [Function calling](https://platform.openai.com/docs/guides/function-calling?api-mode=responses)
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be
                useful for storing additional information about the object in a structured
                format, and querying for objects via API or the dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings
                with a maximum length of 512 characters.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
                We generally recommend altering this or `top_p` but not both.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling,
                where the model considers the results of the tokens with top_p probability
                mass. So 0.1 means only the tokens comprising the top 10% probability mass
                are considered.

                We generally recommend altering this or `temperature` but not both.


                Server default: 1.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
            previous_response_id: The unique ID of the previous response to the model. Use this to
                create multi-turn conversations. Learn more about
                [conversation state](/docs/guides/conversation-state).
            reasoning: **o-series models only**

                Configuration options for
                [reasoning models](https://platform.openai.com/docs/guides/reasoning).
            max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
            instructions: Inserts a system (or developer) message as the first item in the model's context.

                When using along with `previous_response_id`, the instructions from a previous
                response will be not be carried over to the next response. This makes it simple
                to swap out system (or developer) messages in new responses.
            text: Configuration options for a text response from the model. Can be plain
                text or structured JSON data. Learn more:
                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You
                can specify which tool to use by setting the `tool_choice` parameter.

                The two categories of tools you can provide the model are:

                - **Built-in tools**: Tools that are provided by OpenAI that extend the
                  model's capabilities, like [web search](/docs/guides/tools-web-search)
                  or [file search](/docs/guides/tools-file-search). Learn more about
                  [built-in tools](/docs/guides/tools).
                - **Function calls (custom tools)**: Functions that are defined by you,
                  enabling the model to call your own code. Learn more about
                  [function calling](/docs/guides/function-calling).
            tool_choice: How the model should select which tool (or tools) to use when generating
                a response. See the `tools` parameter to see how to specify which tools
                the model can call.
            truncation: The truncation strategy to use for the model response.
                - `auto`: If the context of this response and previous ones exceeds
                  the model's context window size, the model will truncate the
                  response to fit the context window by dropping input items in the
                  middle of the conversation.
                - `disabled` (default): If a model response will exceed the context window
                  size for a model, the request will fail with a 400 error.


                Server default: 'disabled'.
            include: Specify additional output data to include in the model response. Currently
                supported values are:
                - `file_search_call.results`: Include the search results of
                  the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.


                Server default: True.
            store: Whether to store the generated model response for later retrieval via
                API.


                Server default: True.
            stream: If set to true, the model response data will be streamed to the client
                as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section below](/docs/api-reference/responses-streaming)
                for more information.


                Server default: False.
        """
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        return cast(
            Response
            | Stream[
                ResponseAudioDeltaEvent
                | ResponseAudioDoneEvent
                | ResponseAudioTranscriptDeltaEvent
                | ResponseAudioTranscriptDoneEvent
                | ResponseCodeInterpreterCallCodeDeltaEvent
                | ResponseCodeInterpreterCallCodeDoneEvent
                | ResponseCodeInterpreterCallCompletedEvent
                | ResponseCodeInterpreterCallInProgressEvent
                | ResponseCodeInterpreterCallInterpretingEvent
                | ResponseCompletedEvent
                | ResponseContentPartAddedEvent
                | ResponseContentPartDoneEvent
                | ResponseCreatedEvent
                | ResponseErrorEvent
                | ResponseFileSearchCallCompletedEvent
                | ResponseFileSearchCallInProgressEvent
                | ResponseFileSearchCallSearchingEvent
                | ResponseFunctionCallArgumentsDeltaEvent
                | ResponseFunctionCallArgumentsDoneEvent
                | ResponseInProgressEvent
                | ResponseFailedEvent
                | ResponseIncompleteEvent
                | ResponseOutputItemAddedEvent
                | ResponseOutputItemDoneEvent
                | ResponseRefusalDeltaEvent
                | ResponseRefusalDoneEvent
                | ResponseTextAnnotationDeltaEvent
                | ResponseTextDeltaEvent
                | ResponseTextDoneEvent
                | ResponseWebSearchCallCompletedEvent
                | ResponseWebSearchCallInProgressEvent
                | ResponseWebSearchCallSearchingEvent
            ],
            self._client.request(
                _CREATE,
                cast_to=Response,
                body={
                    "model": model,
                    "input": input,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "previous_response_id": previous_response_id,
                    "reasoning": reasoning,
                    "max_output_tokens": max_output_tokens,
                    "instructions": instructions,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "truncation": truncation,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "stream": stream,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=ResponseAudioDeltaEvent
                | ResponseAudioDoneEvent
                | ResponseAudioTranscriptDeltaEvent
                | ResponseAudioTranscriptDoneEvent
                | ResponseCodeInterpreterCallCodeDeltaEvent
                | ResponseCodeInterpreterCallCodeDoneEvent
                | ResponseCodeInterpreterCallCompletedEvent
                | ResponseCodeInterpreterCallInProgressEvent
                | ResponseCodeInterpreterCallInterpretingEvent
                | ResponseCompletedEvent
                | ResponseContentPartAddedEvent
                | ResponseContentPartDoneEvent
                | ResponseCreatedEvent
                | ResponseErrorEvent
                | ResponseFileSearchCallCompletedEvent
                | ResponseFileSearchCallInProgressEvent
                | ResponseFileSearchCallSearchingEvent
                | ResponseFunctionCallArgumentsDeltaEvent
                | ResponseFunctionCallArgumentsDoneEvent
                | ResponseInProgressEvent
                | ResponseFailedEvent
                | ResponseIncompleteEvent
                | ResponseOutputItemAddedEvent
                | ResponseOutputItemDoneEvent
                | ResponseRefusalDeltaEvent
                | ResponseRefusalDoneEvent
                | ResponseTextAnnotationDeltaEvent
                | ResponseTextDeltaEvent
                | ResponseTextDoneEvent
                | ResponseWebSearchCallCompletedEvent
                | ResponseWebSearchCallInProgressEvent
                | ResponseWebSearchCallSearchingEvent,
            ),
        )

    def delete_response(
        self,
        *,
        response_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.
        """
        return cast(
            None,
            self._client.request(
                _DELETE_RESPONSE,
                cast_to=None,
                values={
                    "response_id": response_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_response(
        self,
        *,
        response_id: str,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Response:
        """Retrieves a model response with the given ID.

        Args:
            response_id: The ID of the response to retrieve.
            include: Specify additional output data to include in the response. Currently
                supported values are:
                - `file_search_call.results`: Include the search results of
                  the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
        """
        return cast(
            Response,
            self._client.request(
                _GET_RESPONSE,
                cast_to=Response,
                values={
                    "response_id": response_id,
                    "include": include,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_input_items(
        self,
        *,
        response_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ResponseItemListPage:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between
                1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `asc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            before: An item ID to list items before, used in pagination.
        """
        return paginate(
            self._client,
            _LIST_INPUT_ITEMS,
            _LIST_INPUT_ITEMS_PAGES,
            ResponseItemListPage,
            values={
                "response_id": response_id,
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


class ResponsesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Responses) -> None:
        self.create = to_raw_response(resource.create)
        self.delete_response = to_raw_response(resource.delete_response)
        self.get_response = to_raw_response(resource.get_response)
        self.list_input_items = to_raw_response(resource.list_input_items)


class AsyncResponses(AsyncAPIResource):
    """Operations tagged 'Responses'."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncResponsesWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        model: Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ],
        input: (
            str
            | list[
                EasyInputMessage
                | InputMessage
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutput
                | WebSearchToolCall
                | FunctionToolCall
                | FunctionToolCallOutput
                | ReasoningItem
                | ItemReference
            ]
        ),
        metadata: dict[str, str] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        previous_response_id: str | Omit | None = omit,
        reasoning: Reasoning | Omit = omit,
        max_output_tokens: int | Omit | None = omit,
        instructions: str | Omit | None = omit,
        text: ResponsePropertiesText | Omit = omit,
        tools: (
            list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | Omit
        ) = omit,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ToolChoiceTypes
            | ToolChoiceFunction
            | Omit
        ) = omit,
        truncation: Literal["auto", "disabled"] | Omit | None = omit,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
            | None
        ) = omit,
        parallel_tool_calls: bool | Omit | None = omit,
        store: bool | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Response: ...

    @overload
    async def create(
        self,
        *,
        model: Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ],
        input: (
            str
            | list[
                EasyInputMessage
                | InputMessage
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutput
                | WebSearchToolCall
                | FunctionToolCall
                | FunctionToolCallOutput
                | ReasoningItem
                | ItemReference
            ]
        ),
        stream: Literal[True],
        metadata: dict[str, str] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        previous_response_id: str | Omit | None = omit,
        reasoning: Reasoning | Omit = omit,
        max_output_tokens: int | Omit | None = omit,
        instructions: str | Omit | None = omit,
        text: ResponsePropertiesText | Omit = omit,
        tools: (
            list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | Omit
        ) = omit,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ToolChoiceTypes
            | ToolChoiceFunction
            | Omit
        ) = omit,
        truncation: Literal["auto", "disabled"] | Omit | None = omit,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
            | None
        ) = omit,
        parallel_tool_calls: bool | Omit | None = omit,
        store: bool | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncStream[
        ResponseAudioDeltaEvent
        | ResponseAudioDoneEvent
        | ResponseAudioTranscriptDeltaEvent
        | ResponseAudioTranscriptDoneEvent
        | ResponseCodeInterpreterCallCodeDeltaEvent
        | ResponseCodeInterpreterCallCodeDoneEvent
        | ResponseCodeInterpreterCallCompletedEvent
        | ResponseCodeInterpreterCallInProgressEvent
        | ResponseCodeInterpreterCallInterpretingEvent
        | ResponseCompletedEvent
        | ResponseContentPartAddedEvent
        | ResponseContentPartDoneEvent
        | ResponseCreatedEvent
        | ResponseErrorEvent
        | ResponseFileSearchCallCompletedEvent
        | ResponseFileSearchCallInProgressEvent
        | ResponseFileSearchCallSearchingEvent
        | ResponseFunctionCallArgumentsDeltaEvent
        | ResponseFunctionCallArgumentsDoneEvent
        | ResponseInProgressEvent
        | ResponseFailedEvent
        | ResponseIncompleteEvent
        | ResponseOutputItemAddedEvent
        | ResponseOutputItemDoneEvent
        | ResponseRefusalDeltaEvent
        | ResponseRefusalDoneEvent
        | ResponseTextAnnotationDeltaEvent
        | ResponseTextDeltaEvent
        | ResponseTextDoneEvent
        | ResponseWebSearchCallCompletedEvent
        | ResponseWebSearchCallInProgressEvent
        | ResponseWebSearchCallSearchingEvent
    ]: ...

    @overload
    async def create(
        self,
        *,
        model: Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ],
        input: (
            str
            | list[
                EasyInputMessage
                | InputMessage
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutput
                | WebSearchToolCall
                | FunctionToolCall
                | FunctionToolCallOutput
                | ReasoningItem
                | ItemReference
            ]
        ),
        stream: bool,
        metadata: dict[str, str] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        previous_response_id: str | Omit | None = omit,
        reasoning: Reasoning | Omit = omit,
        max_output_tokens: int | Omit | None = omit,
        instructions: str | Omit | None = omit,
        text: ResponsePropertiesText | Omit = omit,
        tools: (
            list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | Omit
        ) = omit,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ToolChoiceTypes
            | ToolChoiceFunction
            | Omit
        ) = omit,
        truncation: Literal["auto", "disabled"] | Omit | None = omit,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
            | None
        ) = omit,
        parallel_tool_calls: bool | Omit | None = omit,
        store: bool | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        Response
        | AsyncStream[
            ResponseAudioDeltaEvent
            | ResponseAudioDoneEvent
            | ResponseAudioTranscriptDeltaEvent
            | ResponseAudioTranscriptDoneEvent
            | ResponseCodeInterpreterCallCodeDeltaEvent
            | ResponseCodeInterpreterCallCodeDoneEvent
            | ResponseCodeInterpreterCallCompletedEvent
            | ResponseCodeInterpreterCallInProgressEvent
            | ResponseCodeInterpreterCallInterpretingEvent
            | ResponseCompletedEvent
            | ResponseContentPartAddedEvent
            | ResponseContentPartDoneEvent
            | ResponseCreatedEvent
            | ResponseErrorEvent
            | ResponseFileSearchCallCompletedEvent
            | ResponseFileSearchCallInProgressEvent
            | ResponseFileSearchCallSearchingEvent
            | ResponseFunctionCallArgumentsDeltaEvent
            | ResponseFunctionCallArgumentsDoneEvent
            | ResponseInProgressEvent
            | ResponseFailedEvent
            | ResponseIncompleteEvent
            | ResponseOutputItemAddedEvent
            | ResponseOutputItemDoneEvent
            | ResponseRefusalDeltaEvent
            | ResponseRefusalDoneEvent
            | ResponseTextAnnotationDeltaEvent
            | ResponseTextDeltaEvent
            | ResponseTextDoneEvent
            | ResponseWebSearchCallCompletedEvent
            | ResponseWebSearchCallInProgressEvent
            | ResponseWebSearchCallSearchingEvent
        ]
    ): ...

    async def create(
        self,
        *,
        model: Literal[
            "o1-pro",
            "o1-pro-2025-03-19",
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
        ],
        input: (
            str
            | list[
                EasyInputMessage
                | InputMessage
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutput
                | WebSearchToolCall
                | FunctionToolCall
                | FunctionToolCallOutput
                | ReasoningItem
                | ItemReference
            ]
        ),
        metadata: dict[str, str] | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        previous_response_id: str | Omit | None = omit,
        reasoning: Reasoning | Omit = omit,
        max_output_tokens: int | Omit | None = omit,
        instructions: str | Omit | None = omit,
        text: ResponsePropertiesText | Omit = omit,
        tools: (
            list[FileSearchTool | FunctionTool | ComputerTool | WebSearchTool] | Omit
        ) = omit,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ToolChoiceTypes
            | ToolChoiceFunction
            | Omit
        ) = omit,
        truncation: Literal["auto", "disabled"] | Omit | None = omit,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
            | None
        ) = omit,
        parallel_tool_calls: bool | Omit | None = omit,
        store: bool | Omit | None = omit,
        stream: bool | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        Response
        | AsyncStream[
            ResponseAudioDeltaEvent
            | ResponseAudioDoneEvent
            | ResponseAudioTranscriptDeltaEvent
            | ResponseAudioTranscriptDoneEvent
            | ResponseCodeInterpreterCallCodeDeltaEvent
            | ResponseCodeInterpreterCallCodeDoneEvent
            | ResponseCodeInterpreterCallCompletedEvent
            | ResponseCodeInterpreterCallInProgressEvent
            | ResponseCodeInterpreterCallInterpretingEvent
            | ResponseCompletedEvent
            | ResponseContentPartAddedEvent
            | ResponseContentPartDoneEvent
            | ResponseCreatedEvent
            | ResponseErrorEvent
            | ResponseFileSearchCallCompletedEvent
            | ResponseFileSearchCallInProgressEvent
            | ResponseFileSearchCallSearchingEvent
            | ResponseFunctionCallArgumentsDeltaEvent
            | ResponseFunctionCallArgumentsDoneEvent
            | ResponseInProgressEvent
            | ResponseFailedEvent
            | ResponseIncompleteEvent
            | ResponseOutputItemAddedEvent
            | ResponseOutputItemDoneEvent
            | ResponseRefusalDeltaEvent
            | ResponseRefusalDoneEvent
            | ResponseTextAnnotationDeltaEvent
            | ResponseTextDeltaEvent
            | ResponseTextDoneEvent
            | ResponseWebSearchCallCompletedEvent
            | ResponseWebSearchCallInProgressEvent
            | ResponseWebSearchCallSearchingEvent
        ]
    ):
        """Creates a model response

        Args:
            input: Text, image, or file inputs to the model, used to generate a response.

                Learn more:
                - [Text inputs and outputs](https://platform.openai.com/docs/guides/text?api-mode=responses)
                - [Image inputs](https://platform.openai.com/docs/guides/images-vision?api-mode=responses)
                - [File inputs](https://platform.openai.com/docs/guides/pdf-files?api-mode=responses)
                - [Conversation state](https://platform.openai.com/docs/guides/conversation-state?api-mode=responses)
                - [Function calling](https://platform.openai.com/docs/guides/function-calling?api-mode=responses)
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be
                useful for storing additional information about the object in a structured
                format, and querying for objects via API or the dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings
                with a maximum length of 512 characters.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
                We generally recommend altering this or `top_p` but not both.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling,
                where the model considers the results of the tokens with top_p probability
                mass. So 0.1 means only the tokens comprising the top 10% probability mass
                are considered.

                We generally recommend altering this or `temperature` but not both.


                Server default: 1.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
            previous_response_id: The unique ID of the previous response to the model. Use this to
                create multi-turn conversations. Learn more about
                [conversation state](/docs/guides/conversation-state).
            reasoning: **o-series models only**

                Configuration options for
                [reasoning models](https://platform.openai.com/docs/guides/reasoning).
            max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
            instructions: Inserts a system (or developer) message as the first item in the model's context.

                When using along with `previous_response_id`, the instructions from a previous
                response will be not be carried over to the next response. This makes it simple
                to swap out system (or developer) messages in new responses.
            text: Configuration options for a text response from the model. Can be plain
                text or structured JSON data. Learn more:
                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You
                can specify which tool to use by setting the `tool_choice` parameter.

                The two categories of tools you can provide the model are:

                - **Built-in tools**: Tools that are provided by OpenAI that extend the
                  model's capabilities, like [web search](/docs/guides/tools-web-search)
                  or [file search](/docs/guides/tools-file-search). Learn more about
                  [built-in tools](/docs/guides/tools).
                - **Function calls (custom tools)**: Functions that are defined by you,
                  enabling the model to call your own code. Learn more about
                  [function calling](/docs/guides/function-calling).
            tool_choice: How the model should select which tool (or tools) to use when generating
                a response. See the `tools` parameter to see how to specify which tools
                the model can call.
            truncation: The truncation strategy to use for the model response.
                - `auto`: If the context of this response and previous ones exceeds
                  the model's context window size, the model will truncate the
                  response to fit the context window by dropping input items in the
                  middle of the conversation.
                - `disabled` (default): If a model response will exceed the context window
                  size for a model, the request will fail with a 400 error.


                Server default: 'disabled'.
            include: Specify additional output data to include in the model response. Currently
                supported values are:
                - `file_search_call.results`: Include the search results of
                  the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.


                Server default: True.
            store: Whether to store the generated model response for later retrieval via
                API.


                Server default: True.
            stream: If set to true, the model response data will be streamed to the client
                as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section below](/docs/api-reference/responses-streaming)
                for more information.


                Server default: False.
        """
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        return cast(
            Response
            | AsyncStream[
                ResponseAudioDeltaEvent
                | ResponseAudioDoneEvent
                | ResponseAudioTranscriptDeltaEvent
                | ResponseAudioTranscriptDoneEvent
                | ResponseCodeInterpreterCallCodeDeltaEvent
                | ResponseCodeInterpreterCallCodeDoneEvent
                | ResponseCodeInterpreterCallCompletedEvent
                | ResponseCodeInterpreterCallInProgressEvent
                | ResponseCodeInterpreterCallInterpretingEvent
                | ResponseCompletedEvent
                | ResponseContentPartAddedEvent
                | ResponseContentPartDoneEvent
                | ResponseCreatedEvent
                | ResponseErrorEvent
                | ResponseFileSearchCallCompletedEvent
                | ResponseFileSearchCallInProgressEvent
                | ResponseFileSearchCallSearchingEvent
                | ResponseFunctionCallArgumentsDeltaEvent
                | ResponseFunctionCallArgumentsDoneEvent
                | ResponseInProgressEvent
                | ResponseFailedEvent
                | ResponseIncompleteEvent
                | ResponseOutputItemAddedEvent
                | ResponseOutputItemDoneEvent
                | ResponseRefusalDeltaEvent
                | ResponseRefusalDoneEvent
                | ResponseTextAnnotationDeltaEvent
                | ResponseTextDeltaEvent
                | ResponseTextDoneEvent
                | ResponseWebSearchCallCompletedEvent
                | ResponseWebSearchCallInProgressEvent
                | ResponseWebSearchCallSearchingEvent
            ],
            await self._client.request(
                _CREATE,
                cast_to=Response,
                body={
                    "model": model,
                    "input": input,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "previous_response_id": previous_response_id,
                    "reasoning": reasoning,
                    "max_output_tokens": max_output_tokens,
                    "instructions": instructions,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "truncation": truncation,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "stream": stream,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=ResponseAudioDeltaEvent
                | ResponseAudioDoneEvent
                | ResponseAudioTranscriptDeltaEvent
                | ResponseAudioTranscriptDoneEvent
                | ResponseCodeInterpreterCallCodeDeltaEvent
                | ResponseCodeInterpreterCallCodeDoneEvent
                | ResponseCodeInterpreterCallCompletedEvent
                | ResponseCodeInterpreterCallInProgressEvent
                | ResponseCodeInterpreterCallInterpretingEvent
                | ResponseCompletedEvent
                | ResponseContentPartAddedEvent
                | ResponseContentPartDoneEvent
                | ResponseCreatedEvent
                | ResponseErrorEvent
                | ResponseFileSearchCallCompletedEvent
                | ResponseFileSearchCallInProgressEvent
                | ResponseFileSearchCallSearchingEvent
                | ResponseFunctionCallArgumentsDeltaEvent
                | ResponseFunctionCallArgumentsDoneEvent
                | ResponseInProgressEvent
                | ResponseFailedEvent
                | ResponseIncompleteEvent
                | ResponseOutputItemAddedEvent
                | ResponseOutputItemDoneEvent
                | ResponseRefusalDeltaEvent
                | ResponseRefusalDoneEvent
                | ResponseTextAnnotationDeltaEvent
                | ResponseTextDeltaEvent
                | ResponseTextDoneEvent
                | ResponseWebSearchCallCompletedEvent
                | ResponseWebSearchCallInProgressEvent
                | ResponseWebSearchCallSearchingEvent,
            ),
        )

    async def delete_response(
        self,
        *,
        response_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.
        """
        return cast(
            None,
            await self._client.request(
                _DELETE_RESPONSE,
                cast_to=None,
                values={
                    "response_id": response_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_response(
        self,
        *,
        response_id: str,
        include: (
            list[
                Literal[
                    "file_search_call.results",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                ]
            ]
            | Omit
        ) = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Response:
        """Retrieves a model response with the given ID.

        Args:
            response_id: The ID of the response to retrieve.
            include: Specify additional output data to include in the response. Currently
                supported values are:
                - `file_search_call.results`: Include the search results of
                  the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
        """
        return cast(
            Response,
            await self._client.request(
                _GET_RESPONSE,
                cast_to=Response,
                values={
                    "response_id": response_id,
                    "include": include,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_input_items(
        self,
        *,
        response_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncResponseItemListPage,
        InputMessageResource
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | WebSearchToolCall
        | FunctionToolCallResource
        | FunctionToolCallOutputResource,
    ]:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between
                1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `asc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            before: An item ID to list items before, used in pagination.
        """
        return AsyncPaginator(
            self._client,
            _LIST_INPUT_ITEMS,
            _LIST_INPUT_ITEMS_PAGES,
            AsyncResponseItemListPage,
            values={
                "response_id": response_id,
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


class AsyncResponsesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncResponses) -> None:
        self.create = to_raw_response_async(resource.create)
        self.delete_response = to_raw_response_async(resource.delete_response)
        self.get_response = to_raw_response_async(resource.get_response)
        self.list_input_items = to_raw_response_async(resource.list_input_items)
