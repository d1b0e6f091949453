# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Operations tagged 'chat.completions'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast, overload

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    ChatCompletionFunctionCallOption,
    ChatCompletionFunctions,
    ChatCompletionNamedToolChoice,
    ChatCompletionRequestAssistantMessage,
    ChatCompletionRequestDeveloperMessage,
    ChatCompletionRequestFunctionMessage,
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestToolMessage,
    ChatCompletionRequestUserMessage,
    ChatCompletionStreamOptions,
    ChatCompletionTool,
    CreateChatCompletionRequestThinking,
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchema,
    ResponseFormatText,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncChatCompletions", "ChatCompletions"]

_CREATE = Endpoint(
    method="POST",
    path="/chat/completions",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(
        Param("x-portkey-trace-id", "header", "simple", False, "x_portkey_trace_id"),
        Param("x-portkey-span-id", "header", "simple", False, "x_portkey_span_id"),
        Param(
            "x-portkey-parent-span-id",
            "header",
            "simple",
            False,
            "x_portkey_parent_span_id",
        ),
        Param("x-portkey-span-name", "header", "simple", False, "x_portkey_span_name"),
        Param("x-portkey-metadata", "header", "simple", False, "x_portkey_metadata"),
        Param(
            "x-portkey-cache-namespace",
            "header",
            "simple",
            False,
            "x_portkey_cache_namespace",
        ),
        Param(
            "x-portkey-cache-force-refresh",
            "header",
            "simple",
            False,
            "x_portkey_cache_force_refresh",
        ),
    ),
    body="json",
    content_type="application/json",
)


class ChatCompletions(SyncAPIResource):
    """Operations tagged 'chat.completions'."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ChatCompletionsWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        messages: list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
        ],
        model: str,
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: bool | Omit | None = omit,
        top_logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        response_format: (
            ResponseFormatText
            | ResponseFormatJsonSchema
            | ResponseFormatJsonObject
            | Omit
        ) = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        thinking: CreateChatCompletionRequestThinking | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        tools: list[ChatCompletionTool] | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        user: str | Omit = omit,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | Omit
        ) = omit,
        functions: list[ChatCompletionFunctions] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        messages: list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
        ],
        model: str,
        stream: Literal[True],
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: bool | Omit | None = omit,
        top_logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        response_format: (
            ResponseFormatText
            | ResponseFormatJsonSchema
            | ResponseFormatJsonObject
            | Omit
        ) = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        thinking: CreateChatCompletionRequestThinking | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        tools: list[ChatCompletionTool] | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        user: str | Omit = omit,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | Omit
        ) = omit,
        functions: list[ChatCompletionFunctions] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Stream[CreateChatCompletionStreamResponse]: ...

    @overload
    def create(
        self,
        *,
        messages: list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
        ],
        model: str,
        stream: bool,
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: bool | Omit | None = omit,
        top_logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        response_format: (
            ResponseFormatText
            | ResponseFormatJsonSchema
            | ResponseFormatJsonObject
            | Omit
        ) = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        thinking: CreateChatCompletionRequestThinking | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        tools: list[ChatCompletionTool] | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        user: str | Omit = omit,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | Omit
        ) = omit,
        functions: list[ChatCompletionFunctions] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateChatCompletionResponse | Stream[CreateChatCompletionStreamResponse]: ...

    def create(
        self,
        *,
        messages: list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
        ],
        model: str,
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: bool | Omit | None = omit,
        top_logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        response_format: (
            ResponseFormatText
            | ResponseFormatJsonSchema
            | ResponseFormatJsonObject
            | Omit
        ) = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream: bool | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        thinking: CreateChatCompletionRequestThinking | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        tools: list[ChatCompletionTool] | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        user: str | Omit = omit,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | Omit
        ) = omit,
        functions: list[ChatCompletionFunctions] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateChatCompletionResponse | Stream[CreateChatCompletionStreamResponse]:
        """Chat

        Args:
            x_portkey_trace_id: An ID you can pass to refer to one or more requests later on. If not provided, Portkey generates a trace ID automatically for each request. [Docs](https://portkey.ai/docs/product/observability/traces)
            x_portkey_span_id: An ID you can pass to refer to a span under a trace.
            x_portkey_parent_span_id: Link a child span to a parent span
            x_portkey_span_name: Name for the Span ID
            x_portkey_metadata: Pass any arbitrary metadata along with your request
            x_portkey_cache_namespace: Partition your Portkey cache store based on custom strings, ignoring metadata and other headers
            x_portkey_cache_force_refresh: Forces a cache refresh for your request by making a new API call and storing the updated value
            messages: A list of messages comprising the conversation so far. [Example Python code](https://cookbook.openai.com/examples/how_to_format_inputs_to_chatgpt_models).
            model: ID of the model to use. See the [model endpoint compatibility](https://platform.openai.com/docs/models/model-endpoint-compatibility) table for details on which models work with the Chat API.
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

                [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)


                Server default: 0.
            logit_bias: Modify the likelihood of specified tokens appearing in the completion.

                Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.


                Server default: None.
            logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.

                Server default: False.
            top_logprobs: An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability. `logprobs` must be set to `true` if this parameter is used.
            max_tokens: Deprecated in favor of `max_completion_tokens`.

                The maximum number of [tokens](https://platform.openai.com/tokenizer?view=bpe) that can be generated in the chat completion. This value can be used to control [costs](https://openai.com/api/pricing/) for text generated via API.

                **Supported models:** GPT-4o, GPT-4o-mini, GPT-4, GPT-4 Turbo, GPT-3.5 Turbo.

                **Not supported:** o-series reasoning models (o1, o3, o3-mini, o4-mini) and GPT-5 series — use `max_completion_tokens` instead.
            max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).

                **Supported models:** GPT-5 series, o-series reasoning models (o1, o3, o3-mini, o4-mini) — required. Also supported on GPT-4o, GPT-4o-mini, GPT-4, GPT-4 Turbo, GPT-3.5 Turbo as a replacement for `max_tokens`.
            n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

                Server default: 1.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

                [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)


                Server default: 0.
            response_format: An object specifying the format that the model must output.

                Setting to `{ "type": "json_schema", "json_schema": {...} }`enables Structured Outputs which ensures the model will match your
                supplied JSON schema. Works across all the providers that support this functionality. [OpenAI & Azure OpenAI](/integrations/llms/openai/structured-outputs), [Gemini & Vertex AI](/integrations/llms/vertex-ai/controlled-generations).

                Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is valid JSON.

                Using `json_schema` is preferred for models that support it.
            seed: This feature is in Beta.
                If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
                Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
            stop: Up to 4 sequences where the API will stop generating further tokens.


                Server default: None.
            stream: If set, partial message deltas will be sent, like in ChatGPT. Tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-UShttps://platform.openai.com/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).


                Server default: False.
            stream_options: Options for streaming response. Only set this when you set `stream: true`.


                Server default: None.
            thinking: View the thinking/reasoning tokens as part of your response. Thinking models produce a long internal chain of thought before generating a response. Supported only for specific Claude models on Anthropic, Google Vertex AI, and AWS Bedrock.  Requires setting `strict_openai_compliance = false` in your API call.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

                We generally recommend altering this or `top_p` but not both.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.


                Server default: 1.
            tools: A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
            tool_choice: Controls which (if any) tool is called by the model.
                `none` means the model will not call any tool and instead generates a message.
                `auto` means the model can pick between generating a message or calling one or more tools.
                `required` means the model must call one or more tools.
                Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

                `none` is the default when no tools are present. `auto` is the default if tools are present.
            parallel_tool_calls: Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.

                Server default: True.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
            function_call: Deprecated in favor of `tool_choice`.

                Controls which (if any) function is called by the model.
                `none` means the model will not call a function and instead generates a message.
                `auto` means the model can pick between generating a message or calling a function.
                Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.

                `none` is the default when no functions are present. `auto` is the default if functions are present.
            functions: Deprecated in favor of `tools`.

                A list of functions the model may generate JSON inputs for.
        """
        check("messages", messages, min_items=1)
        check("frequency_penalty", frequency_penalty, minimum=-2, maximum=2)
        check("top_logprobs", top_logprobs, minimum=0, maximum=20)
        check("n", n, minimum=1, maximum=128)
        check("presence_penalty", presence_penalty, minimum=-2, maximum=2)
        check("seed", seed, minimum=-9223372036854775808, maximum=9223372036854775807)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        check("functions", functions, min_items=1, max_items=128)
        return cast(
            CreateChatCompletionResponse | Stream[CreateChatCompletionStreamResponse],
            self._client.request(
                _CREATE,
                cast_to=CreateChatCompletionResponse,
                values={
                    "x-portkey-trace-id": x_portkey_trace_id,
                    "x-portkey-span-id": x_portkey_span_id,
                    "x-portkey-parent-span-id": x_portkey_parent_span_id,
                    "x-portkey-span-name": x_portkey_span_name,
                    "x-portkey-metadata": x_portkey_metadata,
                    "x-portkey-cache-namespace": x_portkey_cache_namespace,
                    "x-portkey-cache-force-refresh": x_portkey_cache_force_refresh,
                },
                body={
                    "messages": messages,
                    "model": model,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "max_tokens": max_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "response_format": response_format,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "thinking": thinking,
                    "temperature": temperature,
                    "top_p": top_p,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "user": user,
                    "function_call": function_call,
                    "functions": functions,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=CreateChatCompletionStreamResponse,
            ),
        )


class ChatCompletionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: ChatCompletions) -> None:
        self.create = to_raw_response(resource.create)


class AsyncChatCompletions(AsyncAPIResource):
    """Operations tagged 'chat.completions'."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncChatCompletionsWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        messages: list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
        ],
        model: str,
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: bool | Omit | None = omit,
        top_logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        response_format: (
            ResponseFormatText
            | ResponseFormatJsonSchema
            | ResponseFormatJsonObject
            | Omit
        ) = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        thinking: CreateChatCompletionRequestThinking | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        tools: list[ChatCompletionTool] | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        user: str | Omit = omit,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | Omit
        ) = omit,
        functions: list[ChatCompletionFunctions] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        messages: list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
        ],
        model: str,
        stream: Literal[True],
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: bool | Omit | None = omit,
        top_logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        response_format: (
            ResponseFormatText
            | ResponseFormatJsonSchema
            | ResponseFormatJsonObject
            | Omit
        ) = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        thinking: CreateChatCompletionRequestThinking | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        tools: list[ChatCompletionTool] | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        user: str | Omit = omit,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | Omit
        ) = omit,
        functions: list[ChatCompletionFunctions] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncStream[CreateChatCompletionStreamResponse]: ...

    @overload
    async def create(
        self,
        *,
        messages: list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
        ],
        model: str,
        stream: bool,
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: bool | Omit | None = omit,
        top_logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        response_format: (
            ResponseFormatText
            | ResponseFormatJsonSchema
            | ResponseFormatJsonObject
            | Omit
        ) = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        thinking: CreateChatCompletionRequestThinking | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        tools: list[ChatCompletionTool] | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        user: str | Omit = omit,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | Omit
        ) = omit,
        functions: list[ChatCompletionFunctions] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> (
        CreateChatCompletionResponse | AsyncStream[CreateChatCompletionStreamResponse]
    ): ...

    async def create(
        self,
        *,
        messages: list[
            ChatCompletionRequestSystemMessage
            | ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
        ],
        model: str,
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        x_portkey_cache_namespace: str | Omit = omit,
        x_portkey_cache_force_refresh: bool | Omit = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: bool | Omit | None = omit,
        top_logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        max_completion_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        response_format: (
            ResponseFormatText
            | ResponseFormatJsonSchema
            | ResponseFormatJsonObject
            | Omit
        ) = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream: bool | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        thinking: CreateChatCompletionRequestThinking | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        tools: list[ChatCompletionTool] | Omit = omit,
        tool_choice: (
            Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice | Omit
        ) = omit,
        parallel_tool_calls: bool | Omit = omit,
        user: str | Omit = omit,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | Omit
        ) = omit,
        functions: list[ChatCompletionFunctions] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateChatCompletionResponse | AsyncStream[CreateChatCompletionStreamResponse]:
        """Chat

        Args:
            x_portkey_trace_id: An ID you can pass to refer to one or more requests later on. If not provided, Portkey generates a trace ID automatically for each request. [Docs](https://portkey.ai/docs/product/observability/traces)
            x_portkey_span_id: An ID you can pass to refer to a span under a trace.
            x_portkey_parent_span_id: Link a child span to a parent span
            x_portkey_span_name: Name for the Span ID
            x_portkey_metadata: Pass any arbitrary metadata along with your request
            x_portkey_cache_namespace: Partition your Portkey cache store based on custom strings, ignoring metadata and other headers
            x_portkey_cache_force_refresh: Forces a cache refresh for your request by making a new API call and storing the updated value
            messages: A list of messages comprising the conversation so far. [Example Python code](https://cookbook.openai.com/examples/how_to_format_inputs_to_chatgpt_models).
            model: ID of the model to use. See the [model endpoint compatibility](https://platform.openai.com/docs/models/model-endpoint-compatibility) table for details on which models work with the Chat API.
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

                [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)


                Server default: 0.
            logit_bias: Modify the likelihood of specified tokens appearing in the completion.

                Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.


                Server default: None.
            logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.

                Server default: False.
            top_logprobs: An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability. `logprobs` must be set to `true` if this parameter is used.
            max_tokens: Deprecated in favor of `max_completion_tokens`.

                The maximum number of [tokens](https://platform.openai.com/tokenizer?view=bpe) that can be generated in the chat completion. This value can be used to control [costs](https://openai.com/api/pricing/) for text generated via API.

                **Supported models:** GPT-4o, GPT-4o-mini, GPT-4, GPT-4 Turbo, GPT-3.5 Turbo.

                **Not supported:** o-series reasoning models (o1, o3, o3-mini, o4-mini) and GPT-5 series — use `max_completion_tokens` instead.
            max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).

                **Supported models:** GPT-5 series, o-series reasoning models (o1, o3, o3-mini, o4-mini) — required. Also supported on GPT-4o, GPT-4o-mini, GPT-4, GPT-4 Turbo, GPT-3.5 Turbo as a replacement for `max_tokens`.
            n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

                Server default: 1.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

                [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)


                Server default: 0.
            response_format: An object specifying the format that the model must output.

                Setting to `{ "type": "json_schema", "json_schema": {...} }`enables Structured Outputs which ensures the model will match your
                supplied JSON schema. Works across all the providers that support this functionality. [OpenAI & Azure OpenAI](/integrations/llms/openai/structured-outputs), [Gemini & Vertex AI](/integrations/llms/vertex-ai/controlled-generations).

                Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is valid JSON.

                Using `json_schema` is preferred for models that support it.
            seed: This feature is in Beta.
                If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
                Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
            stop: Up to 4 sequences where the API will stop generating further tokens.


                Server default: None.
            stream: If set, partial message deltas will be sent, like in ChatGPT. Tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-UShttps://platform.openai.com/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).


                Server default: False.
            stream_options: Options for streaming response. Only set this when you set `stream: true`.


                Server default: None.
            thinking: View the thinking/reasoning tokens as part of your response. Thinking models produce a long internal chain of thought before generating a response. Supported only for specific Claude models on Anthropic, Google Vertex AI, and AWS Bedrock.  Requires setting `strict_openai_compliance = false` in your API call.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

                We generally recommend altering this or `top_p` but not both.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.


                Server default: 1.
            tools: A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
            tool_choice: Controls which (if any) tool is called by the model.
                `none` means the model will not call any tool and instead generates a message.
                `auto` means the model can pick between generating a message or calling one or more tools.
                `required` means the model must call one or more tools.
                Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

                `none` is the default when no tools are present. `auto` is the default if tools are present.
            parallel_tool_calls: Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling/parallel-function-calling) during tool use.

                Server default: True.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
            function_call: Deprecated in favor of `tool_choice`.

                Controls which (if any) function is called by the model.
                `none` means the model will not call a function and instead generates a message.
                `auto` means the model can pick between generating a message or calling a function.
                Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.

                `none` is the default when no functions are present. `auto` is the default if functions are present.
            functions: Deprecated in favor of `tools`.

                A list of functions the model may generate JSON inputs for.
        """
        check("messages", messages, min_items=1)
        check("frequency_penalty", frequency_penalty, minimum=-2, maximum=2)
        check("top_logprobs", top_logprobs, minimum=0, maximum=20)
        check("n", n, minimum=1, maximum=128)
        check("presence_penalty", presence_penalty, minimum=-2, maximum=2)
        check("seed", seed, minimum=-9223372036854775808, maximum=9223372036854775807)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        check("functions", functions, min_items=1, max_items=128)
        return cast(
            CreateChatCompletionResponse
            | AsyncStream[CreateChatCompletionStreamResponse],
            await self._client.request(
                _CREATE,
                cast_to=CreateChatCompletionResponse,
                values={
                    "x-portkey-trace-id": x_portkey_trace_id,
                    "x-portkey-span-id": x_portkey_span_id,
                    "x-portkey-parent-span-id": x_portkey_parent_span_id,
                    "x-portkey-span-name": x_portkey_span_name,
                    "x-portkey-metadata": x_portkey_metadata,
                    "x-portkey-cache-namespace": x_portkey_cache_namespace,
                    "x-portkey-cache-force-refresh": x_portkey_cache_force_refresh,
                },
                body={
                    "messages": messages,
                    "model": model,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "max_tokens": max_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "response_format": response_format,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "thinking": thinking,
                    "temperature": temperature,
                    "top_p": top_p,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "user": user,
                    "function_call": function_call,
                    "functions": functions,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=CreateChatCompletionStreamResponse,
            ),
        )


class AsyncChatCompletionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncChatCompletions) -> None:
        self.create = to_raw_response_async(resource.create)
