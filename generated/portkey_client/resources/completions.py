# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Given a prompt, the model will return one or more predicted completions, and can also return the probabilities of alternative tokens at each position."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast, overload

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._streaming import AsyncStream, Stream
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import ChatCompletionStreamOptions, CreateCompletionResponse

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncCompletions", "Completions"]

_CREATE = Endpoint(
    method="POST",
    path="/completions",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)


class Completions(SyncAPIResource):
    """Given a prompt, the model will return one or more predicted completions, and can also return the probabilities of alternative tokens at each position."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = CompletionsWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        best_of: int | Omit | None = omit,
        echo: bool | Omit | None = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        suffix: str | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        stream: Literal[True],
        best_of: int | Omit | None = omit,
        echo: bool | Omit | None = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        suffix: str | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Stream[CreateCompletionResponse]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        stream: bool,
        best_of: int | Omit | None = omit,
        echo: bool | Omit | None = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        suffix: str | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateCompletionResponse | Stream[CreateCompletionResponse]: ...

    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        best_of: int | Omit | None = omit,
        echo: bool | Omit | None = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream: bool | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        suffix: str | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateCompletionResponse | Stream[CreateCompletionResponse]:
        """Completions

        Args:
            model: ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
            prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.

                Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.


                Server default: '<|endoftext|>'.
            best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed.

                When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`.

                **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.


                Server default: 1.
            echo: Echo back the prompt in addition to the completion


                Server default: False.
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

                [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)


                Server default: 0.
            logit_bias: Modify the likelihood of specified tokens appearing in the completion.

                Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](https://platform.openai.com/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.

                As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.


                Server default: None.
            logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response.

                The maximum value for `logprobs` is 5.


                Server default: None.
            max_tokens: The maximum number of [tokens](https://platform.openai.com/tokenizer?view=bpe) that can be generated in the completion.

                The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.


                Server default: 16.
            n: How many completions to generate for each prompt.

                **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.


                Server default: 1.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

                [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)


                Server default: 0.
            seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.

                Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
            stop: Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.


                Server default: None.
            stream: Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-UShttps://platform.openai.com/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).


                Server default: False.
            stream_options: Options for streaming response. Only set this when you set `stream: true`.


                Server default: None.
            suffix: The suffix that comes after a completion of inserted text.

                This parameter is only supported for `gpt-3.5-turbo-instruct`.


                Server default: None.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

                We generally recommend altering this or `top_p` but not both.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.


                Server default: 1.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("best_of", best_of, minimum=0, maximum=20)
        check("frequency_penalty", frequency_penalty, minimum=-2, maximum=2)
        check("logprobs", logprobs, minimum=0, maximum=5)
        check("max_tokens", max_tokens, minimum=0)
        check("n", n, minimum=1, maximum=128)
        check("presence_penalty", presence_penalty, minimum=-2, maximum=2)
        check("seed", seed, minimum=-9223372036854775808, maximum=9223372036854775807)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        return cast(
            CreateCompletionResponse | Stream[CreateCompletionResponse],
            self._client.request(
                _CREATE,
                cast_to=CreateCompletionResponse,
                body={
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=CreateCompletionResponse,
            ),
        )


class CompletionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Completions) -> None:
        self.create = to_raw_response(resource.create)


class AsyncCompletions(AsyncAPIResource):
    """Given a prompt, the model will return one or more predicted completions, and can also return the probabilities of alternative tokens at each position."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncCompletionsWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        best_of: int | Omit | None = omit,
        echo: bool | Omit | None = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream: Literal[False] | Omit = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        suffix: str | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        stream: Literal[True],
        best_of: int | Omit | None = omit,
        echo: bool | Omit | None = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        suffix: str | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncStream[CreateCompletionResponse]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        stream: bool,
        best_of: int | Omit | None = omit,
        echo: bool | Omit | None = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        suffix: str | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateCompletionResponse | AsyncStream[CreateCompletionResponse]: ...

    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        best_of: int | Omit | None = omit,
        echo: bool | Omit | None = omit,
        frequency_penalty: float | Omit | None = omit,
        logit_bias: dict[str, int] | Omit | None = omit,
        logprobs: int | Omit | None = omit,
        max_tokens: int | Omit | None = omit,
        n: int | Omit | None = omit,
        presence_penalty: float | Omit | None = omit,
        seed: int | Omit | None = omit,
        stop: str | list[str] | Omit | None = omit,
        stream: bool | Omit | None = omit,
        stream_options: ChatCompletionStreamOptions | Omit | None = omit,
        suffix: str | Omit | None = omit,
        temperature: float | Omit | None = omit,
        top_p: float | Omit | None = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateCompletionResponse | AsyncStream[CreateCompletionResponse]:
        """Completions

        Args:
            model: ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
            prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.

                Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.


                Server default: '<|endoftext|>'.
            best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed.

                When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`.

                **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.


                Server default: 1.
            echo: Echo back the prompt in addition to the completion


                Server default: False.
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

                [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)


                Server default: 0.
            logit_bias: Modify the likelihood of specified tokens appearing in the completion.

                Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](https://platform.openai.com/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.

                As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.


                Server default: None.
            logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response.

                The maximum value for `logprobs` is 5.


                Server default: None.
            max_tokens: The maximum number of [tokens](https://platform.openai.com/tokenizer?view=bpe) that can be generated in the completion.

                The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.


                Server default: 16.
            n: How many completions to generate for each prompt.

                **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.


                Server default: 1.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

                [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-generation/parameter-details)


                Server default: 0.
            seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.

                Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
            stop: Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.


                Server default: None.
            stream: Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-UShttps://platform.openai.com/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).


                Server default: False.
            stream_options: Options for streaming response. Only set this when you set `stream: true`.


                Server default: None.
            suffix: The suffix that comes after a completion of inserted text.

                This parameter is only supported for `gpt-3.5-turbo-instruct`.


                Server default: None.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

                We generally recommend altering this or `top_p` but not both.


                Server default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.


                Server default: 1.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("best_of", best_of, minimum=0, maximum=20)
        check("frequency_penalty", frequency_penalty, minimum=-2, maximum=2)
        check("logprobs", logprobs, minimum=0, maximum=5)
        check("max_tokens", max_tokens, minimum=0)
        check("n", n, minimum=1, maximum=128)
        check("presence_penalty", presence_penalty, minimum=-2, maximum=2)
        check("seed", seed, minimum=-9223372036854775808, maximum=9223372036854775807)
        check("temperature", temperature, minimum=0, maximum=2)
        check("top_p", top_p, minimum=0, maximum=1)
        return cast(
            CreateCompletionResponse | AsyncStream[CreateCompletionResponse],
            await self._client.request(
                _CREATE,
                cast_to=CreateCompletionResponse,
                body={
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=stream is True,
                stream_to=CreateCompletionResponse,
            ),
        )


class AsyncCompletionsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncCompletions) -> None:
        self.create = to_raw_response_async(resource.create)
