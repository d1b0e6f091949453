# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete your Portkey Providers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    GetProvidersResponse,
    PostProvidersResponse,
    Providers as ProvidersModel,
    PutProvidersSlugResponse,
    RateLimits,
    UsageLimits,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncGetProvidersResponsePage",
    "AsyncProviders",
    "GetProvidersResponsePage",
    "Providers",
]

_CREATE = Endpoint(
    method="POST",
    path="/providers",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE = Endpoint(
    method="DELETE",
    path="/providers/{slug}",
    security=(("api_key",),),
    params=(
        Param("slug", "path", "simple", False),
        Param("workspace_id", "query", "form", True),
    ),
)
_LIST = Endpoint(
    method="GET",
    path="/providers",
    security=(("api_key",),),
    params=(
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("workspace_id", "query", "form", True),
    ),
)
_LIST_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/providers/{slug}",
    security=(("api_key",),),
    params=(
        Param("slug", "path", "simple", False),
        Param("workspace_id", "query", "form", True),
    ),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/providers/{slug}",
    security=(("api_key",),),
    params=(
        Param("slug", "path", "simple", False),
        Param("workspace_id", "query", "form", True),
    ),
    body="json",
    content_type="application/json",
)


class GetProvidersResponsePage(GetProvidersResponse, SyncPage[ProvidersModel]):
    """A page of GetProvidersResponse: iterating it yields every Providers, fetching the following pages as needed."""


class AsyncGetProvidersResponsePage(GetProvidersResponse, AsyncPage[ProvidersModel]):
    """A page of GetProvidersResponse: async for over it yields every Providers, fetching the following pages as needed."""


class Providers(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete your Portkey Providers."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ProvidersWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        integration_id: str,
        workspace_id: str | Omit = omit,
        slug: str | Omit = omit,
        note: str | Omit | None = omit,
        usage_limits: UsageLimits | Omit = omit,
        rate_limits: RateLimits | Omit = omit,
        expires_at: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostProvidersResponse:
        """Create a Provider

        Args:
            integration_id: Integration slug used for the provider creation.
            workspace_id: optional, needed when using organisation admin API keys
            slug: Slug for the provider. If not passed, slug will be created by adding a random suffix to the name.
        """
        return cast(
            PostProvidersResponse,
            self._client.request(
                _CREATE,
                cast_to=PostProvidersResponse,
                body={
                    "name": name,
                    "integration_id": integration_id,
                    "workspace_id": workspace_id,
                    "slug": slug,
                    "note": note,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                    "expires_at": expires_at,
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
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a Provider

        Args:
            slug: Provider slug
            workspace_id: optional, needed when using organisation admin keys
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                    "workspace_id": workspace_id,
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
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetProvidersResponsePage:
        """List All Providers

        Args:
            current_page: Current page, defaults to 0
            page_size: Page size, default to 50
            workspace_id: Not required when using workspace API keys. Required when using organisation admin keys
        """
        return paginate(
            self._client,
            _LIST,
            _LIST_PAGES,
            GetProvidersResponsePage,
            values={
                "current_page": current_page,
                "page_size": page_size,
                "workspace_id": workspace_id,
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
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ProvidersModel:
        """Get a Provider

        Args:
            slug: Provider slug
            workspace_id: optional, needed when using organisation admin keys
        """
        return cast(
            ProvidersModel,
            self._client.request(
                _RETRIEVE,
                cast_to=ProvidersModel,
                values={
                    "slug": slug,
                    "workspace_id": workspace_id,
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
        workspace_id: str | Omit = omit,
        name: str | Omit = omit,
        note: str | Omit = omit,
        usage_limits: UsageLimits | Omit = omit,
        rate_limits: RateLimits | Omit = omit,
        expires_at: str | Omit | None = omit,
        reset_usage: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PutProvidersSlugResponse:
        """Update a Provider

        Args:
            slug: Provider slug
            workspace_id: optional, needed when using organisation admin keys
        """
        return cast(
            PutProvidersSlugResponse,
            self._client.request(
                _UPDATE,
                cast_to=PutProvidersSlugResponse,
                values={
                    "slug": slug,
                    "workspace_id": workspace_id,
                },
                body={
                    "name": name,
                    "note": note,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                    "expires_at": expires_at,
                    "reset_usage": reset_usage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ProvidersWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Providers) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncProviders(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete your Portkey Providers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncProvidersWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        integration_id: str,
        workspace_id: str | Omit = omit,
        slug: str | Omit = omit,
        note: str | Omit | None = omit,
        usage_limits: UsageLimits | Omit = omit,
        rate_limits: RateLimits | Omit = omit,
        expires_at: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostProvidersResponse:
        """Create a Provider

        Args:
            integration_id: Integration slug used for the provider creation.
            workspace_id: optional, needed when using organisation admin API keys
            slug: Slug for the provider. If not passed, slug will be created by adding a random suffix to the name.
        """
        return cast(
            PostProvidersResponse,
            await self._client.request(
                _CREATE,
                cast_to=PostProvidersResponse,
                body={
                    "name": name,
                    "integration_id": integration_id,
                    "workspace_id": workspace_id,
                    "slug": slug,
                    "note": note,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                    "expires_at": expires_at,
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
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a Provider

        Args:
            slug: Provider slug
            workspace_id: optional, needed when using organisation admin keys
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                    "workspace_id": workspace_id,
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
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncGetProvidersResponsePage, ProvidersModel]:
        """List All Providers

        Args:
            current_page: Current page, defaults to 0
            page_size: Page size, default to 50
            workspace_id: Not required when using workspace API keys. Required when using organisation admin keys
        """
        return AsyncPaginator(
            self._client,
            _LIST,
            _LIST_PAGES,
            AsyncGetProvidersResponsePage,
            values={
                "current_page": current_page,
                "page_size": page_size,
                "workspace_id": workspace_id,
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
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ProvidersModel:
        """Get a Provider

        Args:
            slug: Provider slug
            workspace_id: optional, needed when using organisation admin keys
        """
        return cast(
            ProvidersModel,
            await self._client.request(
                _RETRIEVE,
                cast_to=ProvidersModel,
                values={
                    "slug": slug,
                    "workspace_id": workspace_id,
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
        workspace_id: str | Omit = omit,
        name: str | Omit = omit,
        note: str | Omit = omit,
        usage_limits: UsageLimits | Omit = omit,
        rate_limits: RateLimits | Omit = omit,
        expires_at: str | Omit | None = omit,
        reset_usage: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PutProvidersSlugResponse:
        """Update a Provider

        Args:
            slug: Provider slug
            workspace_id: optional, needed when using organisation admin keys
        """
        return cast(
            PutProvidersSlugResponse,
            await self._client.request(
                _UPDATE,
                cast_to=PutProvidersSlugResponse,
                values={
                    "slug": slug,
                    "workspace_id": workspace_id,
                },
                body={
                    "name": name,
                    "note": note,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                    "expires_at": expires_at,
                    "reset_usage": reset_usage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncProvidersWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncProviders) -> None:
        self.create = to_raw_response_async(resource.create)
        self.delete = to_raw_response_async(resource.delete)
        self.list = to_raw_response_async(resource.list)
        self.retrieve = to_raw_response_async(resource.retrieve)
        self.update = to_raw_response_async(resource.update)
