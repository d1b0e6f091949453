# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Get a vector representation of a given input that can be easily consumed by machine learning models and algorithms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import CreateEmbeddingResponse

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncEmbeddings", "Embeddings"]

_CREATE = Endpoint(
    method="POST",
    path="/embeddings",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    body="json",
    content_type="application/json",
)


class Embeddings(SyncAPIResource):
    """Get a vector representation of a given input that can be easily consumed by machine learning models and algorithms."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = EmbeddingsWithRawResponse(self)

    def create(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]],
        model: str,
        encoding_format: Literal["float", "base64"] | Omit = omit,
        dimensions: int | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateEmbeddingResponse:
        """Embeddings

        Args:
            input: Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for `text-embedding-ada-002`), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
            model: ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
            encoding_format: The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).

                Server default: 'float'.
            dimensions: The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("dimensions", dimensions, minimum=1)
        return cast(
            CreateEmbeddingResponse,
            self._client.request(
                _CREATE,
                cast_to=CreateEmbeddingResponse,
                body={
                    "input": input,
                    "model": model,
                    "encoding_format": encoding_format,
                    "dimensions": dimensions,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class EmbeddingsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Embeddings) -> None:
        self.create = to_raw_response(resource.create)


class AsyncEmbeddings(AsyncAPIResource):
    """Get a vector representation of a given input that can be easily consumed by machine learning models and algorithms."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncEmbeddingsWithRawResponse(self)

    async def create(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]],
        model: str,
        encoding_format: Literal["float", "base64"] | Omit = omit,
        dimensions: int | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateEmbeddingResponse:
        """Embeddings

        Args:
            input: Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for `text-embedding-ada-002`), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
            model: ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models/overview) for descriptions of them.
            encoding_format: The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).

                Server default: 'float'.
            dimensions: The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids).
        """
        check("dimensions", dimensions, minimum=1)
        return cast(
            CreateEmbeddingResponse,
            await self._client.request(
                _CREATE,
                cast_to=CreateEmbeddingResponse,
                body={
                    "input": input,
                    "model": model,
                    "encoding_format": encoding_format,
                    "dimensions": dimensions,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncEmbeddingsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncEmbeddings) -> None:
        self.create = to_raw_response_async(resource.create)
