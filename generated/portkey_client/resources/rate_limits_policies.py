# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Manage rate limits policies to control request or token rates"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    Condition,
    CreatePolicyResponse,
    GroupBy,
    RateLimitsPolicy,
    RateLimitsPolicyListResponse,
    RateLimitsPolicyResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncRateLimitsPolicies",
    "AsyncRateLimitsPolicyListResponsePage",
    "RateLimitsPolicies",
    "RateLimitsPolicyListResponsePage",
]

_CREATE_RATE_LIMITS_POLICY = Endpoint(
    method="POST",
    path="/policies/rate-limits",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_RATE_LIMITS_POLICY = Endpoint(
    method="DELETE",
    path="/policies/rate-limits/{rateLimitsPolicyId}",
    security=(("api_key",),),
    params=(
        Param("rateLimitsPolicyId", "path", "simple", False, "rate_limits_policy_id"),
    ),
)
_GET_RATE_LIMITS_POLICY = Endpoint(
    method="GET",
    path="/policies/rate-limits/{rateLimitsPolicyId}",
    security=(("api_key",),),
    params=(
        Param("rateLimitsPolicyId", "path", "simple", False, "rate_limits_policy_id"),
        Param("status", "query", "form", True),
    ),
)
_LIST_RATE_LIMITS_POLICIES = Endpoint(
    method="GET",
    path="/policies/rate-limits",
    security=(("api_key",),),
    params=(
        Param("workspace_id", "query", "form", True),
        Param("status", "query", "form", True),
        Param("type", "query", "form", True),
        Param("unit", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("current_page", "query", "form", True),
    ),
)
_LIST_RATE_LIMITS_POLICIES_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_UPDATE_RATE_LIMITS_POLICY = Endpoint(
    method="PUT",
    path="/policies/rate-limits/{rateLimitsPolicyId}",
    security=(("api_key",),),
    params=(
        Param("rateLimitsPolicyId", "path", "simple", False, "rate_limits_policy_id"),
    ),
    body="json",
    content_type="application/json",
)


class RateLimitsPolicyListResponsePage(
    RateLimitsPolicyListResponse, SyncPage[RateLimitsPolicy]
):
    """A page of RateLimitsPolicyListResponse: iterating it yields every RateLimitsPolicy, fetching the following pages as needed."""


class AsyncRateLimitsPolicyListResponsePage(
    RateLimitsPolicyListResponse, AsyncPage[RateLimitsPolicy]
):
    """A page of RateLimitsPolicyListResponse: async for over it yields every RateLimitsPolicy, fetching the following pages as needed."""


class RateLimitsPolicies(SyncAPIResource):
    """Manage rate limits policies to control request or token rates"""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = RateLimitsPoliciesWithRawResponse(self)

    def create_rate_limits_policy(
        self,
        *,
        conditions: list[Condition],
        group_by: list[GroupBy],
        type: Literal["requests", "tokens"],
        unit: Literal["rpm", "rph", "rpd"],
        value: float,
        name: str | Omit = omit,
        workspace_id: str | Omit = omit,
        organisation_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePolicyResponse:
        """Create Rate Limits Policy

        Create a new rate limits policy to control the rate of requests or tokens consumed per minute, hour, or day.

        Args:
            conditions: Array of conditions that define which requests the policy applies to
            group_by: Array of group by fields that define how usage is aggregated
            type: Policy type
            unit: Rate unit:
                - `rpm` - Requests/Tokens per minute
                - `rph` - Requests/Tokens per hour
                - `rpd` - Requests/Tokens per day
            value: Rate limit value
            name: Policy name
            workspace_id: Workspace ID or slug. Required if not using API key authentication.
            organisation_id: Organization ID. Required if not using API key authentication.
        """
        check("conditions", conditions, min_items=1)
        check("group_by", group_by, min_items=1)
        check("name", name, max_length=255)
        return cast(
            CreatePolicyResponse,
            self._client.request(
                _CREATE_RATE_LIMITS_POLICY,
                cast_to=CreatePolicyResponse,
                body={
                    "conditions": conditions,
                    "group_by": group_by,
                    "type": type,
                    "unit": unit,
                    "value": value,
                    "name": name,
                    "workspace_id": workspace_id,
                    "organisation_id": organisation_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_rate_limits_policy(
        self,
        *,
        rate_limits_policy_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete Rate Limits Policy

        Delete a rate limits policy.

        Args:
            rate_limits_policy_id: Rate limits policy UUID
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE_RATE_LIMITS_POLICY,
                cast_to=dict[str, Any],
                values={
                    "rateLimitsPolicyId": rate_limits_policy_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_rate_limits_policy(
        self,
        *,
        rate_limits_policy_id: str,
        status: Literal["active", "archived"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RateLimitsPolicyResponse:
        """Get Rate Limits Policy

        Get a single rate limits policy by ID.

        Args:
            rate_limits_policy_id: Rate limits policy UUID
            status: Filter by status
        """
        return cast(
            RateLimitsPolicyResponse,
            self._client.request(
                _GET_RATE_LIMITS_POLICY,
                cast_to=RateLimitsPolicyResponse,
                values={
                    "rateLimitsPolicyId": rate_limits_policy_id,
                    "status": status,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_rate_limits_policies(
        self,
        *,
        workspace_id: str | Omit = omit,
        status: Literal["active", "archived"] | Omit = omit,
        type: Literal["requests", "tokens"] | Omit = omit,
        unit: Literal["rpm", "rph", "rpd"] | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RateLimitsPolicyListResponsePage:
        """List Rate Limits Policies

        List all rate limits policies with optional filtering.

        Args:
            workspace_id: Workspace ID or slug
            status: Filter by status
            type: Filter by policy type
            unit: Filter by rate unit
            page_size: Number of items per page
            current_page: Current page number
        """
        check("page_size", page_size, minimum=0)
        check("current_page", current_page, minimum=0)
        return paginate(
            self._client,
            _LIST_RATE_LIMITS_POLICIES,
            _LIST_RATE_LIMITS_POLICIES_PAGES,
            RateLimitsPolicyListResponsePage,
            values={
                "workspace_id": workspace_id,
                "status": status,
                "type": type,
                "unit": unit,
                "page_size": page_size,
                "current_page": current_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_rate_limits_policy(
        self,
        *,
        rate_limits_policy_id: str,
        name: str | Omit = omit,
        unit: Literal["rpm", "rph", "rpd"] | Omit = omit,
        value: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update Rate Limits Policy

        Update an existing rate limits policy.

        Args:
            rate_limits_policy_id: Rate limits policy UUID
            name: Policy name
            unit: Rate unit
            value: Rate limit value
        """
        check("name", name, max_length=255)
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE_RATE_LIMITS_POLICY,
                cast_to=dict[str, Any],
                values={
                    "rateLimitsPolicyId": rate_limits_policy_id,
                },
                body={"name": name, "unit": unit, "value": value},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class RateLimitsPoliciesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: RateLimitsPolicies) -> None:
        self.create_rate_limits_policy = to_raw_response(
            resource.create_rate_limits_policy
        )
        self.delete_rate_limits_policy = to_raw_response(
            resource.delete_rate_limits_policy
        )
        self.get_rate_limits_policy = to_raw_response(resource.get_rate_limits_policy)
        self.list_rate_limits_policies = to_raw_response(
            resource.list_rate_limits_policies
        )
        self.update_rate_limits_policy = to_raw_response(
            resource.update_rate_limits_policy
        )


class AsyncRateLimitsPolicies(AsyncAPIResource):
    """Manage rate limits policies to control request or token rates"""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncRateLimitsPoliciesWithRawResponse(self)

    async def create_rate_limits_policy(
        self,
        *,
        conditions: list[Condition],
        group_by: list[GroupBy],
        type: Literal["requests", "tokens"],
        unit: Literal["rpm", "rph", "rpd"],
        value: float,
        name: str | Omit = omit,
        workspace_id: str | Omit = omit,
        organisation_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePolicyResponse:
        """Create Rate Limits Policy

        Create a new rate limits policy to control the rate of requests or tokens consumed per minute, hour, or day.

        Args:
            conditions: Array of conditions that define which requests the policy applies to
            group_by: Array of group by fields that define how usage is aggregated
            type: Policy type
            unit: Rate unit:
                - `rpm` - Requests/Tokens per minute
                - `rph` - Requests/Tokens per hour
                - `rpd` - Requests/Tokens per day
            value: Rate limit value
            name: Policy name
            workspace_id: Workspace ID or slug. Required if not using API key authentication.
            organisation_id: Organization ID. Required if not using API key authentication.
        """
        check("conditions", conditions, min_items=1)
        check("group_by", group_by, min_items=1)
        check("name", name, max_length=255)
        return cast(
            CreatePolicyResponse,
            await self._client.request(
                _CREATE_RATE_LIMITS_POLICY,
                cast_to=CreatePolicyResponse,
                body={
                    "conditions": conditions,
                    "group_by": group_by,
                    "type": type,
                    "unit": unit,
                    "value": value,
                    "name": name,
                    "workspace_id": workspace_id,
                    "organisation_id": organisation_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_rate_limits_policy(
        self,
        *,
        rate_limits_policy_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete Rate Limits Policy

        Delete a rate limits policy.

        Args:
            rate_limits_policy_id: Rate limits policy UUID
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE_RATE_LIMITS_POLICY,
                cast_to=dict[str, Any],
                values={
                    "rateLimitsPolicyId": rate_limits_policy_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_rate_limits_policy(
        self,
        *,
        rate_limits_policy_id: str,
        status: Literal["active", "archived"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> RateLimitsPolicyResponse:
        """Get Rate Limits Policy

        Get a single rate limits policy by ID.

        Args:
            rate_limits_policy_id: Rate limits policy UUID
            status: Filter by status
        """
        return cast(
            RateLimitsPolicyResponse,
            await self._client.request(
                _GET_RATE_LIMITS_POLICY,
                cast_to=RateLimitsPolicyResponse,
                values={
                    "rateLimitsPolicyId": rate_limits_policy_id,
                    "status": status,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_rate_limits_policies(
        self,
        *,
        workspace_id: str | Omit = omit,
        status: Literal["active", "archived"] | Omit = omit,
        type: Literal["requests", "tokens"] | Omit = omit,
        unit: Literal["rpm", "rph", "rpd"] | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncRateLimitsPolicyListResponsePage, RateLimitsPolicy]:
        """List Rate Limits Policies

        List all rate limits policies with optional filtering.

        Args:
            workspace_id: Workspace ID or slug
            status: Filter by status
            type: Filter by policy type
            unit: Filter by rate unit
            page_size: Number of items per page
            current_page: Current page number
        """
        check("page_size", page_size, minimum=0)
        check("current_page", current_page, minimum=0)
        return AsyncPaginator(
            self._client,
            _LIST_RATE_LIMITS_POLICIES,
            _LIST_RATE_LIMITS_POLICIES_PAGES,
            AsyncRateLimitsPolicyListResponsePage,
            values={
                "workspace_id": workspace_id,
                "status": status,
                "type": type,
                "unit": unit,
                "page_size": page_size,
                "current_page": current_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_rate_limits_policy(
        self,
        *,
        rate_limits_policy_id: str,
        name: str | Omit = omit,
        unit: Literal["rpm", "rph", "rpd"] | Omit = omit,
        value: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update Rate Limits Policy

        Update an existing rate limits policy.

        Args:
            rate_limits_policy_id: Rate limits policy UUID
            name: Policy name
            unit: Rate unit
            value: Rate limit value
        """
        check("name", name, max_length=255)
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE_RATE_LIMITS_POLICY,
                cast_to=dict[str, Any],
                values={
                    "rateLimitsPolicyId": rate_limits_policy_id,
                },
                body={"name": name, "unit": unit, "value": value},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncRateLimitsPoliciesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncRateLimitsPolicies) -> None:
        self.create_rate_limits_policy = to_raw_response_async(
            resource.create_rate_limits_policy
        )
        self.delete_rate_limits_policy = to_raw_response_async(
            resource.delete_rate_limits_policy
        )
        self.get_rate_limits_policy = to_raw_response_async(
            resource.get_rate_limits_policy
        )
        self.list_rate_limits_policies = to_raw_response_async(
            resource.list_rate_limits_policies
        )
        self.update_rate_limits_policy = to_raw_response_async(
            resource.update_rate_limits_policy
        )
