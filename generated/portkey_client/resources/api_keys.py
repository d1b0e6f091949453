# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete your Portkey API keys."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    ApiKeyObject,
    ApiKeyObjectList,
    CreateApiKeyObjectDefaults,
    CreateApiKeyObjectRateLimitsItem,
    CreateApiKeyObjectRotationPolicy,
    PostApiKeysTypeSubTypeResponse,
    RotateApiKeyResponse,
    UpdateApiKeyObjectDefaults,
    UpdateApiKeyObjectRateLimitsItem,
    UpdateApiKeyObjectRotationPolicy,
    UsageLimits,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "ApiKeyObjectListPage",
    "ApiKeys",
    "AsyncApiKeyObjectListPage",
    "AsyncApiKeys",
]

_CREATE = Endpoint(
    method="POST",
    path="/api-keys/{type}/{sub-type}",
    security=(("api_key",),),
    params=(
        Param("type", "path", "simple", False),
        Param("sub-type", "path", "simple", False, "sub_type"),
    ),
    body="json",
    content_type="application/json",
)
_DELETE = Endpoint(
    method="DELETE",
    path="/api-keys/{id}",
    security=(("api_key",),),
    params=(Param("id", "path", "simple", False),),
)
_LIST = Endpoint(
    method="GET",
    path="/api-keys",
    security=(("api_key",),),
    params=(
        Param("page_size", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("workspace_id", "query", "form", True),
    ),
)
_LIST_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/api-keys/{id}",
    security=(("api_key",),),
    params=(Param("id", "path", "simple", False),),
)
_ROTATE = Endpoint(
    method="POST",
    path="/api-keys/{id}/rotate",
    security=(("api_key",),),
    params=(Param("id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)
_UPDATE = Endpoint(
    method="PUT",
    path="/api-keys/{id}",
    security=(("api_key",),),
    params=(Param("id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)


class ApiKeyObjectListPage(ApiKeyObjectList, SyncPage[ApiKeyObject]):
    """A page of ApiKeyObjectList: iterating it yields every ApiKeyObject, fetching the following pages as needed."""


class AsyncApiKeyObjectListPage(ApiKeyObjectList, AsyncPage[ApiKeyObject]):
    """A page of ApiKeyObjectList: async for over it yields every ApiKeyObject, fetching the following pages as needed."""


class ApiKeys(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete your Portkey API keys."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = ApiKeysWithRawResponse(self)

    def create(
        self,
        *,
        type: Literal["organisation", "workspace"],
        sub_type: Literal["user", "service"],
        name: str | Omit = omit,
        scopes: builtins.list[str] | Omit = omit,
        description: str | Omit = omit,
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        user_id: str | Omit = omit,
        rate_limits: (
            builtins.list[CreateApiKeyObjectRateLimitsItem] | Omit | None
        ) = omit,
        usage_limits: UsageLimits | Omit = omit,
        defaults: CreateApiKeyObjectDefaults | Omit = omit,
        alert_emails: builtins.list[str] | Omit = omit,
        expires_at: str | Omit | None = omit,
        rotation_policy: CreateApiKeyObjectRotationPolicy | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostApiKeysTypeSubTypeResponse:
        """Create API Keys

        Creates a new API key.

        Args:
            organisation_id: Organisation ID. Optional when calling via an org-level API key (picked from auth context).
            user_id: **Required** when sub-type path parameter is 'user'. Not required when sub-type is 'service'.
            expires_at: ISO 8601 datetime at which this key expires. Must not exceed the org/workspace maximum TTL if configured.
            rotation_policy: Automatic key rotation configuration. Requires either rotation_period or next_rotation_at.
        """
        return cast(
            PostApiKeysTypeSubTypeResponse,
            self._client.request(
                _CREATE,
                cast_to=PostApiKeysTypeSubTypeResponse,
                values={
                    "type": type,
                    "sub-type": sub_type,
                },
                body={
                    "name": name,
                    "scopes": scopes,
                    "description": description,
                    "organisation_id": organisation_id,
                    "workspace_id": workspace_id,
                    "user_id": user_id,
                    "rate_limits": rate_limits,
                    "usage_limits": usage_limits,
                    "defaults": defaults,
                    "alert_emails": alert_emails,
                    "expires_at": expires_at,
                    "rotation_policy": rotation_policy,
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
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Remove an API Key"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "id": id,
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
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ApiKeyObjectListPage:
        """Get All"""
        return paginate(
            self._client,
            _LIST,
            _LIST_PAGES,
            ApiKeyObjectListPage,
            values={
                "page_size": page_size,
                "current_page": current_page,
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
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ApiKeyObject:
        """Get API Keys"""
        return cast(
            ApiKeyObject,
            self._client.request(
                _RETRIEVE,
                cast_to=ApiKeyObject,
                values={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def rotate(
        self,
        *,
        id: str,
        key_transition_period_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RotateApiKeyResponse:
        """Rotate API Key

        Rotates an existing API key and returns a newly generated key value.
        The previous key remains valid during the transition period and expires at `key_transition_expires_at`.

        Args:
            key_transition_period_ms: Optional transition period in milliseconds during which the previous key remains valid.
        """
        check("key_transition_period_ms", key_transition_period_ms, minimum=1800000)
        return cast(
            RotateApiKeyResponse,
            self._client.request(
                _ROTATE,
                cast_to=RotateApiKeyResponse,
                values={
                    "id": id,
                },
                body={"key_transition_period_ms": key_transition_period_ms},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        *,
        id: str,
        name: str | Omit = omit,
        description: str | Omit = omit,
        rate_limits: (
            builtins.list[UpdateApiKeyObjectRateLimitsItem] | Omit | None
        ) = omit,
        usage_limits: UsageLimits | Omit = omit,
        reset_usage: bool | Omit = omit,
        scopes: builtins.list[str] | Omit = omit,
        defaults: UpdateApiKeyObjectDefaults | Omit = omit,
        alert_emails: builtins.list[str] | Omit = omit,
        expires_at: str | Omit | None = omit,
        rotation_policy: UpdateApiKeyObjectRotationPolicy | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update API Keys

        Updates an existing API key. The API key type (user vs service) and associated user_id cannot be changed after creation.

        Args:
            reset_usage: Whether to reset current usage. If the current status is exhausted, this will change it back to active.
            expires_at: ISO 8601 datetime at which this key expires.
            rotation_policy: Update or replace the automatic key rotation configuration. Requires either rotation_period or next_rotation_at.
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "id": id,
                },
                body={
                    "name": name,
                    "description": description,
                    "rate_limits": rate_limits,
                    "usage_limits": usage_limits,
                    "reset_usage": reset_usage,
                    "scopes": scopes,
                    "defaults": defaults,
                    "alert_emails": alert_emails,
                    "expires_at": expires_at,
                    "rotation_policy": rotation_policy,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ApiKeysWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: ApiKeys) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.rotate = to_raw_response(resource.rotate)
        self.update = to_raw_response(resource.update)


class AsyncApiKeys(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete your Portkey API keys."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncApiKeysWithRawResponse(self)

    async def create(
        self,
        *,
        type: Literal["organisation", "workspace"],
        sub_type: Literal["user", "service"],
        name: str | Omit = omit,
        scopes: builtins.list[str] | Omit = omit,
        description: str | Omit = omit,
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        user_id: str | Omit = omit,
        rate_limits: (
            builtins.list[CreateApiKeyObjectRateLimitsItem] | Omit | None
        ) = omit,
        usage_limits: UsageLimits | Omit = omit,
        defaults: CreateApiKeyObjectDefaults | Omit = omit,
        alert_emails: builtins.list[str] | Omit = omit,
        expires_at: str | Omit | None = omit,
        rotation_policy: CreateApiKeyObjectRotationPolicy | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostApiKeysTypeSubTypeResponse:
        """Create API Keys

        Creates a new API key.

        Args:
            organisation_id: Organisation ID. Optional when calling via an org-level API key (picked from auth context).
            user_id: **Required** when sub-type path parameter is 'user'. Not required when sub-type is 'service'.
            expires_at: ISO 8601 datetime at which this key expires. Must not exceed the org/workspace maximum TTL if configured.
            rotation_policy: Automatic key rotation configuration. Requires either rotation_period or next_rotation_at.
        """
        return cast(
            PostApiKeysTypeSubTypeResponse,
            await self._client.request(
                _CREATE,
                cast_to=PostApiKeysTypeSubTypeResponse,
                values={
                    "type": type,
                    "sub-type": sub_type,
                },
                body={
                    "name": name,
                    "scopes": scopes,
                    "description": description,
                    "organisation_id": organisation_id,
                    "workspace_id": workspace_id,
                    "user_id": user_id,
                    "rate_limits": rate_limits,
                    "usage_limits": usage_limits,
                    "defaults": defaults,
                    "alert_emails": alert_emails,
                    "expires_at": expires_at,
                    "rotation_policy": rotation_policy,
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
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Remove an API Key"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "id": id,
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
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncApiKeyObjectListPage, ApiKeyObject]:
        """Get All"""
        return AsyncPaginator(
            self._client,
            _LIST,
            _LIST_PAGES,
            AsyncApiKeyObjectListPage,
            values={
                "page_size": page_size,
                "current_page": current_page,
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
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ApiKeyObject:
        """Get API Keys"""
        return cast(
            ApiKeyObject,
            await self._client.request(
                _RETRIEVE,
                cast_to=ApiKeyObject,
                values={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def rotate(
        self,
        *,
        id: str,
        key_transition_period_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RotateApiKeyResponse:
        """Rotate API Key

        Rotates an existing API key and returns a newly generated key value.
        The previous key remains valid during the transition period and expires at `key_transition_expires_at`.

        Args:
            key_transition_period_ms: Optional transition period in milliseconds during which the previous key remains valid.
        """
        check("key_transition_period_ms", key_transition_period_ms, minimum=1800000)
        return cast(
            RotateApiKeyResponse,
            await self._client.request(
                _ROTATE,
                cast_to=RotateApiKeyResponse,
                values={
                    "id": id,
                },
                body={"key_transition_period_ms": key_transition_period_ms},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        *,
        id: str,
        name: str | Omit = omit,
        description: str | Omit = omit,
        rate_limits: (
            builtins.list[UpdateApiKeyObjectRateLimitsItem] | Omit | None
        ) = omit,
        usage_limits: UsageLimits | Omit = omit,
        reset_usage: bool | Omit = omit,
        scopes: builtins.list[str] | Omit = omit,
        defaults: UpdateApiKeyObjectDefaults | Omit = omit,
        alert_emails: builtins.list[str] | Omit = omit,
        expires_at: str | Omit | None = omit,
        rotation_policy: UpdateApiKeyObjectRotationPolicy | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update API Keys

        Updates an existing API key. The API key type (user vs service) and associated user_id cannot be changed after creation.

        Args:
            reset_usage: Whether to reset current usage. If the current status is exhausted, this will change it back to active.
            expires_at: ISO 8601 datetime at which this key expires.
            rotation_policy: Update or replace the automatic key rotation configuration. Requires either rotation_period or next_rotation_at.
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "id": id,
                },
                body={
                    "name": name,
                    "description": description,
                    "rate_limits": rate_limits,
                    "usage_limits": usage_limits,
                    "reset_usage": reset_usage,
                    "scopes": scopes,
                    "defaults": defaults,
                    "alert_emails": alert_emails,
                    "expires_at": expires_at,
                    "rotation_policy": rotation_policy,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncApiKeysWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncApiKeys) -> None:
        self.create = to_raw_response_async(resource.create)
        self.delete = to_raw_response_async(resource.delete)
        self.list = to_raw_response_async(resource.list)
        self.retrieve = to_raw_response_async(resource.retrieve)
        self.rotate = to_raw_response_async(resource.rotate)
        self.update = to_raw_response_async(resource.update)
