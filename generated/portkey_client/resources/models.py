# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""List and describe the various models available in the API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import DeleteModelResponse, ListModelsResponse, Model

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncModels", "Models"]

_DELETE_MODEL = Endpoint(
    method="DELETE",
    path="/models/{model}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("model", "path", "simple", False),),
)
_LIST_MODELS = Endpoint(
    method="GET",
    path="/models",
    security=(("api_key",),),
    params=(
        Param("ai_service", "query", "form", True),
        Param("provider", "query", "form", True),
        Param("limit", "query", "form", True),
        Param("offset", "query", "form", True),
        Param("sort", "query", "form", True),
        Param("order", "query", "form", True),
    ),
)
_RETRIEVE_MODEL = Endpoint(
    method="GET",
    path="/models/{model}",
    security=(
        ("api_key", "virtual_key"),
        ("api_key", "provider_auth", "provider"),
        ("api_key", "config"),
        ("api_key", "provider_auth", "provider", "custom_host"),
    ),
    params=(Param("model", "path", "simple", False),),
)


class Models(SyncAPIResource):
    """List and describe the various models available in the API."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ModelsWithRawResponse(self)

    def delete_model(
        self,
        *,
        model: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteModelResponse:
        """Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        Args:
            model: The model to delete
        """
        return cast(
            DeleteModelResponse,
            self._client.request(
                _DELETE_MODEL,
                cast_to=DeleteModelResponse,
                values={
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_models(
        self,
        *,
        ai_service: str | Omit = omit,
        provider: str | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        sort: Literal["name", "provider", "ai_service"] | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListModelsResponse:
        """List Available Models

        Lists the currently available models that can be used through Portkey, and provides basic information about each one.

        Args:
            ai_service: Filter models by the AI service (e.g., 'openai', 'anthropic').
            provider: Filter models by the provider.
            limit: The maximum number of models to return.
            offset: The number of models to skip before starting to collect the result set.
            sort: The field to sort the results by.
            order: The order to sort the results in.
        """
        return cast(
            ListModelsResponse,
            self._client.request(
                _LIST_MODELS,
                cast_to=ListModelsResponse,
                values={
                    "ai_service": ai_service,
                    "provider": provider,
                    "limit": limit,
                    "offset": offset,
                    "sort": sort,
                    "order": order,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve_model(
        self,
        *,
        model: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        Args:
            model: The ID of the model to use for this request
        """
        return cast(
            Model,
            self._client.request(
                _RETRIEVE_MODEL,
                cast_to=Model,
                values={
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ModelsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Models) -> None:
        self.delete_model = to_raw_response(resource.delete_model)
        self.list_models = to_raw_response(resource.list_models)
        self.retrieve_model = to_raw_response(resource.retrieve_model)


class AsyncModels(AsyncAPIResource):
    """List and describe the various models available in the API."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncModelsWithRawResponse(self)

    async def delete_model(
        self,
        *,
        model: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteModelResponse:
        """Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        Args:
            model: The model to delete
        """
        return cast(
            DeleteModelResponse,
            await self._client.request(
                _DELETE_MODEL,
                cast_to=DeleteModelResponse,
                values={
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_models(
        self,
        *,
        ai_service: str | Omit = omit,
        provider: str | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        sort: Literal["name", "provider", "ai_service"] | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListModelsResponse:
        """List Available Models

        Lists the currently available models that can be used through Portkey, and provides basic information about each one.

        Args:
            ai_service: Filter models by the AI service (e.g., 'openai', 'anthropic').
            provider: Filter models by the provider.
            limit: The maximum number of models to return.
            offset: The number of models to skip before starting to collect the result set.
            sort: The field to sort the results by.
            order: The order to sort the results in.
        """
        return cast(
            ListModelsResponse,
            await self._client.request(
                _LIST_MODELS,
                cast_to=ListModelsResponse,
                values={
                    "ai_service": ai_service,
                    "provider": provider,
                    "limit": limit,
                    "offset": offset,
                    "sort": sort,
                    "order": order,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve_model(
        self,
        *,
        model: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        Args:
            model: The ID of the model to use for this request
        """
        return cast(
            Model,
            await self._client.request(
                _RETRIEVE_MODEL,
                cast_to=Model,
                values={
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncModelsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncModels) -> None:
        self.delete_model = to_raw_response_async(resource.delete_model)
        self.list_models = to_raw_response_async(resource.list_models)
        self.retrieve_model = to_raw_response_async(resource.retrieve_model)
