# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Rerank a list of documents based on their relevance to a query. Supported providers include Cohere, Voyage, Jina, Pinecone, Bedrock, and Azure AI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import CreateRerankResponse, RerankDocumentObject

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncRerank", "Rerank"]

_CREATE = Endpoint(
    method="POST",
    path="/rerank",
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
    ),
    body="json",
    content_type="application/json",
)


class Rerank(SyncAPIResource):
    """Rerank a list of documents based on their relevance to a query. Supported providers include Cohere, Voyage, Jina, Pinecone, Bedrock, and Azure AI."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = RerankWithRawResponse(self)

    def create(
        self,
        *,
        model: str,
        query: str,
        documents: list[str | RerankDocumentObject],
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        top_n: int | Omit = omit,
        return_documents: bool | Omit = omit,
        max_tokens_per_doc: int | Omit = omit,
        priority: float | Omit = omit,
        rank_fields: list[str] | Omit = omit,
        truncation: bool | Omit = omit,
        parameters: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateRerankResponse:
        """Rerank

        Reranks a list of documents based on their relevance to a query. This endpoint provides a unified interface to reranking models from multiple providers including Cohere, Voyage, Jina, Pinecone, Bedrock, and Azure AI.

        Reranking is useful for improving search results by scoring and sorting documents based on semantic relevance to a query, rather than just keyword matching.

        Args:
            x_portkey_trace_id: An ID you can pass to refer to one or more requests later on. If not provided, Portkey generates a trace ID automatically for each request. [Docs](https://portkey.ai/docs/product/observability/traces)
            x_portkey_span_id: An ID you can pass to refer to a span under a trace.
            x_portkey_parent_span_id: Link a child span to a parent span
            x_portkey_span_name: Name for the Span ID
            x_portkey_metadata: Pass any arbitrary metadata along with your request
            model: ID of the model to use for reranking. Model availability depends on the provider:
                - **Cohere**: `rerank-v3.5`, `rerank-english-v3.0`, `rerank-multilingual-v3.0`, `rerank-english-v2.0`, `rerank-multilingual-v2.0`
                - **Voyage**: `rerank-2`, `rerank-2-lite`
                - **Jina**: `jina-reranker-v2-base-multilingual`, `jina-reranker-v1-base-en`, `jina-reranker-v1-turbo-en`, `jina-reranker-v1-tiny-en`
                - **Pinecone**: `bge-reranker-v2-m3`, `pinecone-rerank-v0`
                - **Bedrock**: Model ARN (e.g., `arn:aws:bedrock:us-west-2::foundation-model/cohere.rerank-v3-5:0`)
                - **Azure AI**: Cohere rerank deployments on Azure AI Inference; use the model name from your deployment, typically prefixed with `cohere.` (the gateway strips that prefix for the upstream request)
            query: The search query to compare against the documents.
            documents: The list of documents to rerank. Each document can be a string or an object with a `text` field.
                The documents will be scored based on their relevance to the query.
            top_n: The number of top results to return. If not specified, all documents are returned sorted by relevance.
                For Voyage, the gateway maps this field to the provider's `top_k` parameter.
            return_documents: Whether to return the document text in the response. Supported by Voyage, Jina, and Pinecone.


                Server default: False.
            max_tokens_per_doc: Maximum number of tokens per document. Documents exceeding this limit will be truncated. Cohere-specific parameter.
            priority: Request priority hint. Cohere-specific parameter.
            rank_fields: The fields to use for ranking when documents are objects with multiple fields. Pinecone-specific parameter.
            truncation: Whether to truncate documents that exceed the model's maximum context length. Voyage-specific parameter.
            parameters: Additional provider-specific parameters. Pinecone-specific parameter.
        """
        check("documents", documents, min_items=1)
        check("top_n", top_n, minimum=1)
        check("max_tokens_per_doc", max_tokens_per_doc, minimum=1)
        return cast(
            CreateRerankResponse,
            self._client.request(
                _CREATE,
                cast_to=CreateRerankResponse,
                values={
                    "x-portkey-trace-id": x_portkey_trace_id,
                    "x-portkey-span-id": x_portkey_span_id,
                    "x-portkey-parent-span-id": x_portkey_parent_span_id,
                    "x-portkey-span-name": x_portkey_span_name,
                    "x-portkey-metadata": x_portkey_metadata,
                },
                body={
                    "model": model,
                    "query": query,
                    "documents": documents,
                    "top_n": top_n,
                    "return_documents": return_documents,
                    "max_tokens_per_doc": max_tokens_per_doc,
                    "priority": priority,
                    "rank_fields": rank_fields,
                    "truncation": truncation,
                    "parameters": parameters,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class RerankWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Rerank) -> None:
        self.create = to_raw_response(resource.create)


class AsyncRerank(AsyncAPIResource):
    """Rerank a list of documents based on their relevance to a query. Supported providers include Cohere, Voyage, Jina, Pinecone, Bedrock, and Azure AI."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncRerankWithRawResponse(self)

    async def create(
        self,
        *,
        model: str,
        query: str,
        documents: list[str | RerankDocumentObject],
        x_portkey_trace_id: str | Omit = omit,
        x_portkey_span_id: str | Omit = omit,
        x_portkey_parent_span_id: str | Omit = omit,
        x_portkey_span_name: str | Omit = omit,
        x_portkey_metadata: dict[str, Any] | Omit = omit,
        top_n: int | Omit = omit,
        return_documents: bool | Omit = omit,
        max_tokens_per_doc: int | Omit = omit,
        priority: float | Omit = omit,
        rank_fields: list[str] | Omit = omit,
        truncation: bool | Omit = omit,
        parameters: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateRerankResponse:
        """Rerank

        Reranks a list of documents based on their relevance to a query. This endpoint provides a unified interface to reranking models from multiple providers including Cohere, Voyage, Jina, Pinecone, Bedrock, and Azure AI.

        Reranking is useful for improving search results by scoring and sorting documents based on semantic relevance to a query, rather than just keyword matching.

        Args:
            x_portkey_trace_id: An ID you can pass to refer to one or more requests later on. If not provided, Portkey generates a trace ID automatically for each request. [Docs](https://portkey.ai/docs/product/observability/traces)
            x_portkey_span_id: An ID you can pass to refer to a span under a trace.
            x_portkey_parent_span_id: Link a child span to a parent span
            x_portkey_span_name: Name for the Span ID
            x_portkey_metadata: Pass any arbitrary metadata along with your request
            model: ID of the model to use for reranking. Model availability depends on the provider:
                - **Cohere**: `rerank-v3.5`, `rerank-english-v3.0`, `rerank-multilingual-v3.0`, `rerank-english-v2.0`, `rerank-multilingual-v2.0`
                - **Voyage**: `rerank-2`, `rerank-2-lite`
                - **Jina**: `jina-reranker-v2-base-multilingual`, `jina-reranker-v1-base-en`, `jina-reranker-v1-turbo-en`, `jina-reranker-v1-tiny-en`
                - **Pinecone**: `bge-reranker-v2-m3`, `pinecone-rerank-v0`
                - **Bedrock**: Model ARN (e.g., `arn:aws:bedrock:us-west-2::foundation-model/cohere.rerank-v3-5:0`)
                - **Azure AI**: Cohere rerank deployments on Azure AI Inference; use the model name from your deployment, typically prefixed with `cohere.` (the gateway strips that prefix for the upstream request)
            query: The search query to compare against the documents.
            documents: The list of documents to rerank. Each document can be a string or an object with a `text` field.
                The documents will be scored based on their relevance to the query.
            top_n: The number of top results to return. If not specified, all documents are returned sorted by relevance.
                For Voyage, the gateway maps this field to the provider's `top_k` parameter.
            return_documents: Whether to return the document text in the response. Supported by Voyage, Jina, and Pinecone.


                Server default: False.
            max_tokens_per_doc: Maximum number of tokens per document. Documents exceeding this limit will be truncated. Cohere-specific parameter.
            priority: Request priority hint. Cohere-specific parameter.
            rank_fields: The fields to use for ranking when documents are objects with multiple fields. Pinecone-specific parameter.
            truncation: Whether to truncate documents that exceed the model's maximum context length. Voyage-specific parameter.
            parameters: Additional provider-specific parameters. Pinecone-specific parameter.
        """
        check("documents", documents, min_items=1)
        check("top_n", top_n, minimum=1)
        check("max_tokens_per_doc", max_tokens_per_doc, minimum=1)
        return cast(
            CreateRerankResponse,
            await self._client.request(
                _CREATE,
                cast_to=CreateRerankResponse,
                values={
                    "x-portkey-trace-id": x_portkey_trace_id,
                    "x-portkey-span-id": x_portkey_span_id,
                    "x-portkey-parent-span-id": x_portkey_parent_span_id,
                    "x-portkey-span-name": x_portkey_span_name,
                    "x-portkey-metadata": x_portkey_metadata,
                },
                body={
                    "model": model,
                    "query": query,
                    "documents": documents,
                    "top_n": top_n,
                    "return_documents": return_documents,
                    "max_tokens_per_doc": max_tokens_per_doc,
                    "priority": priority,
                    "rank_fields": rank_fields,
                    "truncation": truncation,
                    "parameters": parameters,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncRerankWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncRerank) -> None:
        self.create = to_raw_response_async(resource.create)
