# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Model pricing configurations for 2300+ LLMs across 40+ providers"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import ModelPricingConfig

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncModelPricing", "ModelPricing"]

_GET_MODEL_PRICING = Endpoint(
    method="GET",
    path="/model-configs/pricing/{provider}/{model}",
    params=(
        Param("provider", "path", "simple", False),
        Param("model", "path", "simple", False),
    ),
    server_url="https://api.portkey.ai",
)


class ModelPricing(SyncAPIResource):
    """Model pricing configurations for 2300+ LLMs across 40+ providers"""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ModelPricingWithRawResponse(self)

    def get_model_pricing(
        self,
        *,
        provider: str,
        model: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ModelPricingConfig:
        """Get Model Pricing

        Returns pricing configuration for a specific model.

        **Note:** Prices are in USD cents per token.

        ## Supported Providers

        openai, anthropic, google, azure-openai, bedrock, mistral-ai, cohere,
        together-ai, groq, deepseek, fireworks-ai, perplexity-ai, anyscale,
        deepinfra, cerebras, x-ai, and 25+ more.

        ## Example Response Fields

        | Field | Description | Unit |
        |-------|-------------|------|
        | `request_token.price` | Input token cost | cents/token |
        | `response_token.price` | Output token cost | cents/token |
        | `cache_write_input_token.price` | Cache write cost | cents/token |
        | `cache_read_input_token.price` | Cache read cost | cents/token |
        | `additional_units.*` | Provider-specific features | cents/unit |

        Args:
            provider: Provider identifier. Use lowercase with hyphens.

                Examples: `openai`, `anthropic`, `google`, `azure-openai`, `bedrock`, `x-ai`
            model: Model identifier. Use the exact model name as specified by the provider.

                Examples: `gpt-5`, `gpt-5.2`, `claude-opus-4-5-20251101`, `gemini-3.0-pro`
        """
        return cast(
            ModelPricingConfig,
            self._client.request(
                _GET_MODEL_PRICING,
                cast_to=ModelPricingConfig,
                values={
                    "provider": provider,
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ModelPricingWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: ModelPricing) -> None:
        self.get_model_pricing = to_raw_response(resource.get_model_pricing)


class AsyncModelPricing(AsyncAPIResource):
    """Model pricing configurations for 2300+ LLMs across 40+ providers"""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncModelPricingWithRawResponse(self)

    async def get_model_pricing(
        self,
        *,
        provider: str,
        model: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ModelPricingConfig:
        """Get Model Pricing

        Returns pricing configuration for a specific model.

        **Note:** Prices are in USD cents per token.

        ## Supported Providers

        openai, anthropic, google, azure-openai, bedrock, mistral-ai, cohere,
        together-ai, groq, deepseek, fireworks-ai, perplexity-ai, anyscale,
        deepinfra, cerebras, x-ai, and 25+ more.

        ## Example Response Fields

        | Field | Description | Unit |
        |-------|-------------|------|
        | `request_token.price` | Input token cost | cents/token |
        | `response_token.price` | Output token cost | cents/token |
        | `cache_write_input_token.price` | Cache write cost | cents/token |
        | `cache_read_input_token.price` | Cache read cost | cents/token |
        | `additional_units.*` | Provider-specific features | cents/unit |

        Args:
            provider: Provider identifier. Use lowercase with hyphens.

                Examples: `openai`, `anthropic`, `google`, `azure-openai`, `bedrock`, `x-ai`
            model: Model identifier. Use the exact model name as specified by the provider.

                Examples: `gpt-5`, `gpt-5.2`, `claude-opus-4-5-20251101`, `gemini-3.0-pro`
        """
        return cast(
            ModelPricingConfig,
            await self._client.request(
                _GET_MODEL_PRICING,
                cast_to=ModelPricingConfig,
                values={
                    "provider": provider,
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncModelPricingWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncModelPricing) -> None:
        self.get_model_pricing = to_raw_response_async(resource.get_model_pricing)
