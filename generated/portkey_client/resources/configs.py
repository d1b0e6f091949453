# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, and Update your Portkey Configs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    CreateConfigResponse,
    GetConfigResponse,
    ListConfigsResponse,
    ListConfigVersionsResponse,
    UpdateConfigRequestConfig,
    UpdateConfigResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncConfigs", "Configs"]

_CREATE_CONFIG = Endpoint(
    method="POST",
    path="/configs",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_CONFIG = Endpoint(
    method="DELETE",
    path="/configs/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_GET_CONFIG = Endpoint(
    method="GET",
    path="/configs/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_LIST_CONFIG_VERSIONS = Endpoint(
    method="GET",
    path="/configs/{slug}/versions",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_LIST_CONFIGS = Endpoint(method="GET", path="/configs", security=(("api_key",),))
_UPDATE_CONFIG = Endpoint(
    method="PUT",
    path="/configs/{slug}",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
    body="json",
    content_type="application/json",
)


class Configs(SyncAPIResource):
    """Create, List, Retrieve, and Update your Portkey Configs."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ConfigsWithRawResponse(self)

    def create_config(
        self,
        *,
        name: str | Omit = omit,
        config: dict[str, Any] | Omit = omit,
        is_default: int | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateConfigResponse:
        """Create a config

        Args:
            workspace_id: optional, when using organisation admin API keys
        """
        return cast(
            CreateConfigResponse,
            self._client.request(
                _CREATE_CONFIG,
                cast_to=CreateConfigResponse,
                body={
                    "name": name,
                    "config": config,
                    "isDefault": is_default,
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_config(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a config"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE_CONFIG,
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

    def get_config(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetConfigResponse:
        """Get a config"""
        return cast(
            GetConfigResponse,
            self._client.request(
                _GET_CONFIG,
                cast_to=GetConfigResponse,
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_config_versions(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListConfigVersionsResponse:
        """List versions for a config"""
        return cast(
            ListConfigVersionsResponse,
            self._client.request(
                _LIST_CONFIG_VERSIONS,
                cast_to=ListConfigVersionsResponse,
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_configs(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListConfigsResponse:
        """List all configs"""
        return cast(
            ListConfigsResponse,
            self._client.request(
                _LIST_CONFIGS,
                cast_to=ListConfigsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_config(
        self,
        *,
        slug: str,
        name: str | Omit = omit,
        config: UpdateConfigRequestConfig | Omit = omit,
        status: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdateConfigResponse:
        """Update a config"""
        return cast(
            UpdateConfigResponse,
            self._client.request(
                _UPDATE_CONFIG,
                cast_to=UpdateConfigResponse,
                values={
                    "slug": slug,
                },
                body={"name": name, "config": config, "status": status},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ConfigsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Configs) -> None:
        self.create_config = to_raw_response(resource.create_config)
        self.delete_config = to_raw_response(resource.delete_config)
        self.get_config = to_raw_response(resource.get_config)
        self.list_config_versions = to_raw_response(resource.list_config_versions)
        self.list_configs = to_raw_response(resource.list_configs)
        self.update_config = to_raw_response(resource.update_config)


class AsyncConfigs(AsyncAPIResource):
    """Create, List, Retrieve, and Update your Portkey Configs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncConfigsWithRawResponse(self)

    async def create_config(
        self,
        *,
        name: str | Omit = omit,
        config: dict[str, Any] | Omit = omit,
        is_default: int | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateConfigResponse:
        """Create a config

        Args:
            workspace_id: optional, when using organisation admin API keys
        """
        return cast(
            CreateConfigResponse,
            await self._client.request(
                _CREATE_CONFIG,
                cast_to=CreateConfigResponse,
                body={
                    "name": name,
                    "config": config,
                    "isDefault": is_default,
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_config(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a config"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE_CONFIG,
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

    async def get_config(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetConfigResponse:
        """Get a config"""
        return cast(
            GetConfigResponse,
            await self._client.request(
                _GET_CONFIG,
                cast_to=GetConfigResponse,
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_config_versions(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListConfigVersionsResponse:
        """List versions for a config"""
        return cast(
            ListConfigVersionsResponse,
            await self._client.request(
                _LIST_CONFIG_VERSIONS,
                cast_to=ListConfigVersionsResponse,
                values={
                    "slug": slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_configs(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListConfigsResponse:
        """List all configs"""
        return cast(
            ListConfigsResponse,
            await self._client.request(
                _LIST_CONFIGS,
                cast_to=ListConfigsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_config(
        self,
        *,
        slug: str,
        name: str | Omit = omit,
        config: UpdateConfigRequestConfig | Omit = omit,
        status: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdateConfigResponse:
        """Update a config"""
        return cast(
            UpdateConfigResponse,
            await self._client.request(
                _UPDATE_CONFIG,
                cast_to=UpdateConfigResponse,
                values={
                    "slug": slug,
                },
                body={"name": name, "config": config, "status": status},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncConfigsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncConfigs) -> None:
        self.create_config = to_raw_response_async(resource.create_config)
        self.delete_config = to_raw_response_async(resource.delete_config)
        self.get_config = to_raw_response_async(resource.get_config)
        self.list_config_versions = to_raw_response_async(resource.list_config_versions)
        self.list_configs = to_raw_response_async(resource.list_configs)
        self.update_config = to_raw_response_async(resource.update_config)
