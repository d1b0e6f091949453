# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Manage usage limits policies to control total usage over time"""

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
    UsageLimitsPolicy,
    UsageLimitsPolicyEntity,
    UsageLimitsPolicyEntityListResponse,
    UsageLimitsPolicyListResponse,
    UsageLimitsPolicyResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncUsageLimitsPolicies",
    "AsyncUsageLimitsPolicyEntityListResponsePage",
    "AsyncUsageLimitsPolicyListResponsePage",
    "UsageLimitsPolicies",
    "UsageLimitsPolicyEntityListResponsePage",
    "UsageLimitsPolicyListResponsePage",
]

_CREATE_USAGE_LIMITS_POLICY = Endpoint(
    method="POST",
    path="/policies/usage-limits",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_USAGE_LIMITS_POLICY = Endpoint(
    method="DELETE",
    path="/policies/usage-limits/{policyUsageLimitsId}",
    security=(("api_key",),),
    params=(
        Param("policyUsageLimitsId", "path", "simple", False, "policy_usage_limits_id"),
    ),
)
_GET_USAGE_LIMITS_POLICY = Endpoint(
    method="GET",
    path="/policies/usage-limits/{policyUsageLimitsId}",
    security=(("api_key",),),
    params=(
        Param("policyUsageLimitsId", "path", "simple", False, "policy_usage_limits_id"),
        Param("status", "query", "form", True),
        Param("include_usage", "query", "form", True),
    ),
)
_LIST_USAGE_LIMITS_POLICIES = Endpoint(
    method="GET",
    path="/policies/usage-limits",
    security=(("api_key",),),
    params=(
        Param("workspace_id", "query", "form", True),
        Param("status", "query", "form", True),
        Param("type", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("current_page", "query", "form", True),
    ),
)
_LIST_USAGE_LIMITS_POLICIES_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_LIST_USAGE_LIMITS_POLICY_ENTITIES = Endpoint(
    method="GET",
    path="/policies/usage-limits/{policyUsageLimitsId}/entities",
    security=(("api_key",),),
    params=(
        Param("policyUsageLimitsId", "path", "simple", False, "policy_usage_limits_id"),
        Param("status", "query", "form", True),
        Param("search", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("current_page", "query", "form", True),
    ),
)
_LIST_USAGE_LIMITS_POLICY_ENTITIES_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_RESET_USAGE_LIMITS_POLICY_ENTITY = Endpoint(
    method="PUT",
    path="/policies/usage-limits/{policyUsageLimitsId}/entities/{entityId}/reset",
    security=(("api_key",),),
    params=(
        Param("policyUsageLimitsId", "path", "simple", False, "policy_usage_limits_id"),
        Param("entityId", "path", "simple", False, "entity_id"),
    ),
)
_UPDATE_USAGE_LIMITS_POLICY = Endpoint(
    method="PUT",
    path="/policies/usage-limits/{policyUsageLimitsId}",
    security=(("api_key",),),
    params=(
        Param("policyUsageLimitsId", "path", "simple", False, "policy_usage_limits_id"),
    ),
    body="json",
    content_type="application/json",
)


class UsageLimitsPolicyEntityListResponsePage(
    UsageLimitsPolicyEntityListResponse, SyncPage[UsageLimitsPolicyEntity]
):
    """A page of UsageLimitsPolicyEntityListResponse: iterating it yields every UsageLimitsPolicyEntity, fetching the following pages as needed."""


class AsyncUsageLimitsPolicyEntityListResponsePage(
    UsageLimitsPolicyEntityListResponse, AsyncPage[UsageLimitsPolicyEntity]
):
    """A page of UsageLimitsPolicyEntityListResponse: async for over it yields every UsageLimitsPolicyEntity, fetching the following pages as needed."""


class UsageLimitsPolicyListResponsePage(
    UsageLimitsPolicyListResponse, SyncPage[UsageLimitsPolicy]
):
    """A page of UsageLimitsPolicyListResponse: iterating it yields every UsageLimitsPolicy, fetching the following pages as needed."""


class AsyncUsageLimitsPolicyListResponsePage(
    UsageLimitsPolicyListResponse, AsyncPage[UsageLimitsPolicy]
):
    """A page of UsageLimitsPolicyListResponse: async for over it yields every UsageLimitsPolicy, fetching the following pages as needed."""


class UsageLimitsPolicies(SyncAPIResource):
    """Manage usage limits policies to control total usage over time"""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = UsageLimitsPoliciesWithRawResponse(self)

    def create_usage_limits_policy(
        self,
        *,
        conditions: list[Condition],
        group_by: list[GroupBy],
        type: Literal["cost", "tokens"],
        credit_limit: float,
        name: str | Omit = omit,
        alert_threshold: float | Omit | None = omit,
        periodic_reset: Literal["monthly", "weekly"] | Omit | None = omit,
        workspace_id: str | Omit = omit,
        organisation_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePolicyResponse:
        """Create Usage Limits Policy

        Create a new usage limits policy to control total usage (cost or tokens) over a period.

        Args:
            conditions: Array of conditions that define which requests the policy applies to
            group_by: Array of group by fields that define how usage is aggregated
            type: Policy type
            credit_limit: Maximum usage allowed
            name: Policy name
            alert_threshold: Threshold at which to send alerts. Must be less than credit_limit.
            periodic_reset: Reset period. If not provided, limit is cumulative.
            workspace_id: Workspace ID or slug. Required if not using API key authentication.
            organisation_id: Organization ID. Required if not using API key authentication.
        """
        check("conditions", conditions, min_items=1)
        check("group_by", group_by, min_items=1)
        check("credit_limit", credit_limit, minimum=0)
        check("name", name, max_length=255)
        check("alert_threshold", alert_threshold, minimum=0)
        return cast(
            CreatePolicyResponse,
            self._client.request(
                _CREATE_USAGE_LIMITS_POLICY,
                cast_to=CreatePolicyResponse,
                body={
                    "conditions": conditions,
                    "group_by": group_by,
                    "type": type,
                    "credit_limit": credit_limit,
                    "name": name,
                    "alert_threshold": alert_threshold,
                    "periodic_reset": periodic_reset,
                    "workspace_id": workspace_id,
                    "organisation_id": organisation_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_usage_limits_policy(
        self,
        *,
        policy_usage_limits_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete Usage Limits Policy

        Archive (soft delete) a usage limits policy.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE_USAGE_LIMITS_POLICY,
                cast_to=dict[str, Any],
                values={
                    "policyUsageLimitsId": policy_usage_limits_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_usage_limits_policy(
        self,
        *,
        policy_usage_limits_id: str,
        status: Literal["active", "archived"] | Omit = omit,
        include_usage: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UsageLimitsPolicyResponse:
        """Get Usage Limits Policy

        Get a single usage limits policy by ID.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
            status: Filter by status
            include_usage: Include usage information for each value key
        """
        return cast(
            UsageLimitsPolicyResponse,
            self._client.request(
                _GET_USAGE_LIMITS_POLICY,
                cast_to=UsageLimitsPolicyResponse,
                values={
                    "policyUsageLimitsId": policy_usage_limits_id,
                    "status": status,
                    "include_usage": include_usage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_usage_limits_policies(
        self,
        *,
        workspace_id: str | Omit = omit,
        status: Literal["active", "archived"] | Omit = omit,
        type: Literal["cost", "tokens"] | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UsageLimitsPolicyListResponsePage:
        """List Usage Limits Policies

        List all usage limits policies with optional filtering.

        Args:
            workspace_id: Workspace ID or slug
            status: Filter by status
            type: Filter by policy type
            page_size: Number of items per page
            current_page: Current page number
        """
        check("page_size", page_size, minimum=0)
        check("current_page", current_page, minimum=0)
        return paginate(
            self._client,
            _LIST_USAGE_LIMITS_POLICIES,
            _LIST_USAGE_LIMITS_POLICIES_PAGES,
            UsageLimitsPolicyListResponsePage,
            values={
                "workspace_id": workspace_id,
                "status": status,
                "type": type,
                "page_size": page_size,
                "current_page": current_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_usage_limits_policy_entities(
        self,
        *,
        policy_usage_limits_id: str,
        status: Literal["active", "exhausted"] | Omit = omit,
        search: str | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UsageLimitsPolicyEntityListResponsePage:
        """List Usage Limits Policy Entities

        List entities tracked by a usage limits policy with their current usage.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
            status: Filter by entity usage status
            search: Filter entities by value key
            page_size: Number of items per page
            current_page: Current page number
        """
        check("page_size", page_size, minimum=1, maximum=100)
        check("current_page", current_page, minimum=0)
        return paginate(
            self._client,
            _LIST_USAGE_LIMITS_POLICY_ENTITIES,
            _LIST_USAGE_LIMITS_POLICY_ENTITIES_PAGES,
            UsageLimitsPolicyEntityListResponsePage,
            values={
                "policyUsageLimitsId": policy_usage_limits_id,
                "status": status,
                "search": search,
                "page_size": page_size,
                "current_page": current_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def reset_usage_limits_policy_entity(
        self,
        *,
        policy_usage_limits_id: str,
        entity_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Reset Usage Limits Policy Entity

        Reset the current usage for a specific entity in a usage limits policy.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
            entity_id: Usage limits policy entity ID
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _RESET_USAGE_LIMITS_POLICY_ENTITY,
                cast_to=dict[str, Any],
                values={
                    "policyUsageLimitsId": policy_usage_limits_id,
                    "entityId": entity_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_usage_limits_policy(
        self,
        *,
        policy_usage_limits_id: str,
        name: str | Omit = omit,
        credit_limit: float | Omit = omit,
        alert_threshold: float | Omit | None = omit,
        periodic_reset: Literal["monthly", "weekly"] | Omit | None = omit,
        reset_usage_for_value: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update Usage Limits Policy

        Update an existing usage limits policy.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
            name: Policy name
            credit_limit: Maximum usage allowed
            alert_threshold: Threshold at which to send alerts. Must be less than credit_limit.
            periodic_reset: Reset period. Set to null to remove periodic reset.
            reset_usage_for_value: Reset usage for a specific value key (e.g., API key). This will reset the usage counter for that key to 0.
        """
        check("name", name, max_length=255)
        check("credit_limit", credit_limit, minimum=0)
        check("alert_threshold", alert_threshold, minimum=0)
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE_USAGE_LIMITS_POLICY,
                cast_to=dict[str, Any],
                values={
                    "policyUsageLimitsId": policy_usage_limits_id,
                },
                body={
                    "name": name,
                    "credit_limit": credit_limit,
                    "alert_threshold": alert_threshold,
                    "periodic_reset": periodic_reset,
                    "reset_usage_for_value": reset_usage_for_value,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class UsageLimitsPoliciesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: UsageLimitsPolicies) -> None:
        self.create_usage_limits_policy = to_raw_response(
            resource.create_usage_limits_policy
        )
        self.delete_usage_limits_policy = to_raw_response(
            resource.delete_usage_limits_policy
        )
        self.get_usage_limits_policy = to_raw_response(resource.get_usage_limits_policy)
        self.list_usage_limits_policies = to_raw_response(
            resource.list_usage_limits_policies
        )
        self.list_usage_limits_policy_entities = to_raw_response(
            resource.list_usage_limits_policy_entities
        )
        self.reset_usage_limits_policy_entity = to_raw_response(
            resource.reset_usage_limits_policy_entity
        )
        self.update_usage_limits_policy = to_raw_response(
            resource.update_usage_limits_policy
        )


class AsyncUsageLimitsPolicies(AsyncAPIResource):
    """Manage usage limits policies to control total usage over time"""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncUsageLimitsPoliciesWithRawResponse(self)

    async def create_usage_limits_policy(
        self,
        *,
        conditions: list[Condition],
        group_by: list[GroupBy],
        type: Literal["cost", "tokens"],
        credit_limit: float,
        name: str | Omit = omit,
        alert_threshold: float | Omit | None = omit,
        periodic_reset: Literal["monthly", "weekly"] | Omit | None = omit,
        workspace_id: str | Omit = omit,
        organisation_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreatePolicyResponse:
        """Create Usage Limits Policy

        Create a new usage limits policy to control total usage (cost or tokens) over a period.

        Args:
            conditions: Array of conditions that define which requests the policy applies to
            group_by: Array of group by fields that define how usage is aggregated
            type: Policy type
            credit_limit: Maximum usage allowed
            name: Policy name
            alert_threshold: Threshold at which to send alerts. Must be less than credit_limit.
            periodic_reset: Reset period. If not provided, limit is cumulative.
            workspace_id: Workspace ID or slug. Required if not using API key authentication.
            organisation_id: Organization ID. Required if not using API key authentication.
        """
        check("conditions", conditions, min_items=1)
        check("group_by", group_by, min_items=1)
        check("credit_limit", credit_limit, minimum=0)
        check("name", name, max_length=255)
        check("alert_threshold", alert_threshold, minimum=0)
        return cast(
            CreatePolicyResponse,
            await self._client.request(
                _CREATE_USAGE_LIMITS_POLICY,
                cast_to=CreatePolicyResponse,
                body={
                    "conditions": conditions,
                    "group_by": group_by,
                    "type": type,
                    "credit_limit": credit_limit,
                    "name": name,
                    "alert_threshold": alert_threshold,
                    "periodic_reset": periodic_reset,
                    "workspace_id": workspace_id,
                    "organisation_id": organisation_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_usage_limits_policy(
        self,
        *,
        policy_usage_limits_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete Usage Limits Policy

        Archive (soft delete) a usage limits policy.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE_USAGE_LIMITS_POLICY,
                cast_to=dict[str, Any],
                values={
                    "policyUsageLimitsId": policy_usage_limits_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_usage_limits_policy(
        self,
        *,
        policy_usage_limits_id: str,
        status: Literal["active", "archived"] | Omit = omit,
        include_usage: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UsageLimitsPolicyResponse:
        """Get Usage Limits Policy

        Get a single usage limits policy by ID.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
            status: Filter by status
            include_usage: Include usage information for each value key
        """
        return cast(
            UsageLimitsPolicyResponse,
            await self._client.request(
                _GET_USAGE_LIMITS_POLICY,
                cast_to=UsageLimitsPolicyResponse,
                values={
                    "policyUsageLimitsId": policy_usage_limits_id,
                    "status": status,
                    "include_usage": include_usage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_usage_limits_policies(
        self,
        *,
        workspace_id: str | Omit = omit,
        status: Literal["active", "archived"] | Omit = omit,
        type: Literal["cost", "tokens"] | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncUsageLimitsPolicyListResponsePage, UsageLimitsPolicy]:
        """List Usage Limits Policies

        List all usage limits policies with optional filtering.

        Args:
            workspace_id: Workspace ID or slug
            status: Filter by status
            type: Filter by policy type
            page_size: Number of items per page
            current_page: Current page number
        """
        check("page_size", page_size, minimum=0)
        check("current_page", current_page, minimum=0)
        return AsyncPaginator(
            self._client,
            _LIST_USAGE_LIMITS_POLICIES,
            _LIST_USAGE_LIMITS_POLICIES_PAGES,
            AsyncUsageLimitsPolicyListResponsePage,
            values={
                "workspace_id": workspace_id,
                "status": status,
                "type": type,
                "page_size": page_size,
                "current_page": current_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_usage_limits_policy_entities(
        self,
        *,
        policy_usage_limits_id: str,
        status: Literal["active", "exhausted"] | Omit = omit,
        search: str | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncUsageLimitsPolicyEntityListResponsePage, UsageLimitsPolicyEntity
    ]:
        """List Usage Limits Policy Entities

        List entities tracked by a usage limits policy with their current usage.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
            status: Filter by entity usage status
            search: Filter entities by value key
            page_size: Number of items per page
            current_page: Current page number
        """
        check("page_size", page_size, minimum=1, maximum=100)
        check("current_page", current_page, minimum=0)
        return AsyncPaginator(
            self._client,
            _LIST_USAGE_LIMITS_POLICY_ENTITIES,
            _LIST_USAGE_LIMITS_POLICY_ENTITIES_PAGES,
            AsyncUsageLimitsPolicyEntityListResponsePage,
            values={
                "policyUsageLimitsId": policy_usage_limits_id,
                "status": status,
                "search": search,
                "page_size": page_size,
                "current_page": current_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def reset_usage_limits_policy_entity(
        self,
        *,
        policy_usage_limits_id: str,
        entity_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Reset Usage Limits Policy Entity

        Reset the current usage for a specific entity in a usage limits policy.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
            entity_id: Usage limits policy entity ID
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _RESET_USAGE_LIMITS_POLICY_ENTITY,
                cast_to=dict[str, Any],
                values={
                    "policyUsageLimitsId": policy_usage_limits_id,
                    "entityId": entity_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_usage_limits_policy(
        self,
        *,
        policy_usage_limits_id: str,
        name: str | Omit = omit,
        credit_limit: float | Omit = omit,
        alert_threshold: float | Omit | None = omit,
        periodic_reset: Literal["monthly", "weekly"] | Omit | None = omit,
        reset_usage_for_value: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update Usage Limits Policy

        Update an existing usage limits policy.

        Args:
            policy_usage_limits_id: Usage limits policy UUID
            name: Policy name
            credit_limit: Maximum usage allowed
            alert_threshold: Threshold at which to send alerts. Must be less than credit_limit.
            periodic_reset: Reset period. Set to null to remove periodic reset.
            reset_usage_for_value: Reset usage for a specific value key (e.g., API key). This will reset the usage counter for that key to 0.
        """
        check("name", name, max_length=255)
        check("credit_limit", credit_limit, minimum=0)
        check("alert_threshold", alert_threshold, minimum=0)
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE_USAGE_LIMITS_POLICY,
                cast_to=dict[str, Any],
                values={
                    "policyUsageLimitsId": policy_usage_limits_id,
                },
                body={
                    "name": name,
                    "credit_limit": credit_limit,
                    "alert_threshold": alert_threshold,
                    "periodic_reset": periodic_reset,
                    "reset_usage_for_value": reset_usage_for_value,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncUsageLimitsPoliciesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncUsageLimitsPolicies) -> None:
        self.create_usage_limits_policy = to_raw_response_async(
            resource.create_usage_limits_policy
        )
        self.delete_usage_limits_policy = to_raw_response_async(
            resource.delete_usage_limits_policy
        )
        self.get_usage_limits_policy = to_raw_response_async(
            resource.get_usage_limits_policy
        )
        self.list_usage_limits_policies = to_raw_response_async(
            resource.list_usage_limits_policies
        )
        self.list_usage_limits_policy_entities = to_raw_response_async(
            resource.list_usage_limits_policy_entities
        )
        self.reset_usage_limits_policy_entity = to_raw_response_async(
            resource.reset_usage_limits_policy_entity
        )
        self.update_usage_limits_policy = to_raw_response_async(
            resource.update_usage_limits_policy
        )
