# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete your Portkey Virtual keys."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    GetVirtualKeysResponse,
    PostVirtualKeysRequestDeploymentConfigItem,
    PostVirtualKeysResponse,
    PutVirtualKeysSlugRequestDeploymentConfigItem,
    RateLimits,
    SecretMapping,
    UsageLimits,
    VirtualKeys as VirtualKeysModel,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncGetVirtualKeysResponsePage",
    "AsyncVirtualKeys",
    "GetVirtualKeysResponsePage",
    "VirtualKeys",
]

_CREATE = Endpoint(
    method="POST",
    path="/virtual-keys",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE = Endpoint(
    method="DELETE",
    path="/virtual-keys/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_LIST = Endpoint(
    method="GET",
    path="/virtual-keys",
    security=(("api_key",),),
    params=(
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
    ),
)
_LIST_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/virtual-keys/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/virtual-keys/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
    body="json",
    content_type="application/json",
)


class GetVirtualKeysResponsePage(GetVirtualKeysResponse, SyncPage[VirtualKeysModel]):
    """A page of GetVirtualKeysResponse: iterating it yields every VirtualKeys, fetching the following pages as needed."""


class AsyncGetVirtualKeysResponsePage(
    GetVirtualKeysResponse, AsyncPage[VirtualKeysModel]
):
    """A page of GetVirtualKeysResponse: async for over it yields every VirtualKeys, fetching the following pages as needed."""


class VirtualKeys(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete your Portkey Virtual keys."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = VirtualKeysWithRawResponse(self)

    def create(
        self,
        *,
        name: str | Omit = omit,
        provider: (
            Literal[
                "openai",
                "azure-openai",
                "ai21",
                "anthropic",
                "anyscale",
                "azure-openai",
                "bedrock",
                "cohere",
                "deepinfra",
                "fireworks-ai",
                "google",
                "groq",
                "hugging-face",
                "jina",
                "lingyi",
                "mistral-ai",
                "monsterapi",
                "moonshot",
                "nomic",
                "novita-ai",
                "open-ai",
                "openrouter",
                "palm",
                "perplexity-ai",
                "predibase",
                "reka-ai",
                "segmind",
                "stability-ai",
                "together-ai",
                "vertex-ai",
                "workers-ai",
                "zhipu",
            ]
            | Omit
        ) = omit,
        key: str | Omit = omit,
        note: str | Omit | None = omit,
        api_version: str | Omit | None = omit,
        resource_name: str | Omit | None = omit,
        deployment_name: str | Omit | None = omit,
        workspace_id: str | Omit = omit,
        deployment_config: (
            builtins.list[PostVirtualKeysRequestDeploymentConfigItem] | Omit
        ) = omit,
        usage_limits: UsageLimits | Omit = omit,
        rate_limits: RateLimits | Omit = omit,
        expires_at: str | Omit = omit,
        secret_mappings: builtins.list[SecretMapping] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostVirtualKeysResponse:
        """Create a Virtual Key

        Args:
            workspace_id: optional, needed when using organisation admin API keys
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "model_config.<field>" (e.g. "model_config.awsSecretAccessKey"). Each target_field must be unique. When "key" is mapped, the key field becomes optional.
        """
        return cast(
            PostVirtualKeysResponse,
            self._client.request(
                _CREATE,
                cast_to=PostVirtualKeysResponse,
                body={
                    "name": name,
                    "provider": provider,
                    "key": key,
                    "note": note,
                    "apiVersion": api_version,
                    "resourceName": resource_name,
                    "deploymentName": deployment_name,
                    "workspace_id": workspace_id,
                    "deploymentConfig": deployment_config,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                    "expires_at": expires_at,
                    "secret_mappings": secret_mappings,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a Virtual Key"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        current_page: int,
        page_size: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetVirtualKeysResponsePage:
        """List All Virtual Keys

        Args:
            current_page: Current page, defaults to 0
            page_size: Page size, default to 50
        """
        return paginate(
            self._client,
            _LIST,
            _LIST_PAGES,
            GetVirtualKeysResponsePage,
            values={
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VirtualKeysModel:
        """Get a Virtual Key"""
        return cast(
            VirtualKeysModel,
            self._client.request(
                _RETRIEVE,
                cast_to=VirtualKeysModel,
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        *,
        slug: str,
        name: str | Omit = omit,
        key: str | Omit = omit,
        note: str | Omit | None = omit,
        deployment_config: (
            builtins.list[PutVirtualKeysSlugRequestDeploymentConfigItem] | Omit
        ) = omit,
        usage_limits: UsageLimits | Omit = omit,
        secret_mappings: builtins.list[SecretMapping] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a Virtual Key

        Args:
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "model_config.<field>" (e.g. "model_config.awsSecretAccessKey"). Each target_field must be unique.
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                body={
                    "name": name,
                    "key": key,
                    "note": note,
                    "deploymentConfig": deployment_config,
                    "usage_limits": usage_limits,
                    "secret_mappings": secret_mappings,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class VirtualKeysWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: VirtualKeys) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncVirtualKeys(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete your Portkey Virtual keys."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncVirtualKeysWithRawResponse(self)

    async def create(
        self,
        *,
        name: str | Omit = omit,
        provider: (
            Literal[
                "openai",
                "azure-openai",
                "ai21",
                "anthropic",
                "anyscale",
                "azure-openai",
                "bedrock",
                "cohere",
                "deepinfra",
                "fireworks-ai",
                "google",
                "groq",
                "hugging-face",
                "jina",
                "lingyi",
                "mistral-ai",
                "monsterapi",
                "moonshot",
                "nomic",
                "novita-ai",
                "open-ai",
                "openrouter",
                "palm",
                "perplexity-ai",
                "predibase",
                "reka-ai",
                "segmind",
                "stability-ai",
                "together-ai",
                "vertex-ai",
                "workers-ai",
                "zhipu",
            ]
            | Omit
        ) = omit,
        key: str | Omit = omit,
        note: str | Omit | None = omit,
        api_version: str | Omit | None = omit,
        resource_name: str | Omit | None = omit,
        deployment_name: str | Omit | None = omit,
        workspace_id: str | Omit = omit,
        deployment_config: (
            builtins.list[PostVirtualKeysRequestDeploymentConfigItem] | Omit
        ) = omit,
        usage_limits: UsageLimits | Omit = omit,
        rate_limits: RateLimits | Omit = omit,
        expires_at: str | Omit = omit,
        secret_mappings: builtins.list[SecretMapping] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostVirtualKeysResponse:
        """Create a Virtual Key

        Args:
            workspace_id: optional, needed when using organisation admin API keys
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "model_config.<field>" (e.g. "model_config.awsSecretAccessKey"). Each target_field must be unique. When "key" is mapped, the key field becomes optional.
        """
        return cast(
            PostVirtualKeysResponse,
            await self._client.request(
                _CREATE,
                cast_to=PostVirtualKeysResponse,
                body={
                    "name": name,
                    "provider": provider,
                    "key": key,
                    "note": note,
                    "apiVersion": api_version,
                    "resourceName": resource_name,
                    "deploymentName": deployment_name,
                    "workspace_id": workspace_id,
                    "deploymentConfig": deployment_config,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                    "expires_at": expires_at,
                    "secret_mappings": secret_mappings,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a Virtual Key"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        current_page: int,
        page_size: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncGetVirtualKeysResponsePage, VirtualKeysModel]:
        """List All Virtual Keys

        Args:
            current_page: Current page, defaults to 0
            page_size: Page size, default to 50
        """
        return AsyncPaginator(
            self._client,
            _LIST,
            _LIST_PAGES,
            AsyncGetVirtualKeysResponsePage,
            values={
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> VirtualKeysModel:
        """Get a Virtual Key"""
        return cast(
            VirtualKeysModel,
            await self._client.request(
                _RETRIEVE,
                cast_to=VirtualKeysModel,
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        *,
        slug: str,
        name: str | Omit = omit,
        key: str | Omit = omit,
        note: str | Omit | None = omit,
        deployment_config: (
            builtins.list[PutVirtualKeysSlugRequestDeploymentConfigItem] | Omit
        ) = omit,
        usage_limits: UsageLimits | Omit = omit,
        secret_mappings: builtins.list[SecretMapping] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a Virtual Key

        Args:
            secret_mappings: Dynamically resolve secrets from secret references at runtime. Valid target_field values are "key" or "model_config.<field>" (e.g. "model_config.awsSecretAccessKey"). Each target_field must be unique.
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                body={
                    "name": name,
                    "key": key,
                    "note": note,
                    "deploymentConfig": deployment_config,
                    "usage_limits": usage_limits,
                    "secret_mappings": secret_mappings,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncVirtualKeysWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncVirtualKeys) -> None:
        self.create = to_raw_response_async(resource.create)
        self.delete = to_raw_response_async(resource.delete)
        self.list = to_raw_response_async(resource.list)
        self.retrieve = to_raw_response_async(resource.retrieve)
        self.update = to_raw_response_async(resource.update)
