# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create and manage workspace members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    PostAdminWorkspacesWorkspaceIdUsersRequestUsersItem,
    WorkspaceMember,
    WorkspaceMemberList,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncWorkspacesMembers", "WorkspacesMembers"]

_CREATE_ADMIN_WORKSPACES_USERS = Endpoint(
    method="POST",
    path="/admin/workspaces/{workspaceId}/users",
    security=(("api_key",),),
    params=(Param("workspaceId", "path", "simple", False, "workspace_id"),),
    body="json",
    content_type="application/json",
)
_DELETE_USERS = Endpoint(
    method="DELETE",
    path="/admin/workspaces/{workspaceId}/users/{userId}",
    security=(("api_key",),),
    params=(
        Param("workspaceId", "path", "simple", False, "workspace_id"),
        Param("userId", "path", "simple", False, "user_id"),
    ),
)
_LIST_ADMIN_WORKSPACES_USERS = Endpoint(
    method="GET",
    path="/admin/workspaces/{workspaceId}/users",
    security=(("api_key",),),
    params=(
        Param("workspaceId", "path", "simple", False, "workspace_id"),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("role", "query", "form", True),
        Param("email", "query", "form", True),
    ),
)
_RETRIEVE_USERS = Endpoint(
    method="GET",
    path="/admin/workspaces/{workspaceId}/users/{userId}",
    security=(("api_key",),),
    params=(
        Param("workspaceId", "path", "simple", False, "workspace_id"),
        Param("userId", "path", "simple", False, "user_id"),
    ),
)
_UPDATE_USERS = Endpoint(
    method="PUT",
    path="/admin/workspaces/{workspaceId}/users/{userId}",
    security=(("api_key",),),
    params=(
        Param("workspaceId", "path", "simple", False, "workspace_id"),
        Param("userId", "path", "simple", False, "user_id"),
    ),
    body="json",
    content_type="application/json",
)


class WorkspacesMembers(SyncAPIResource):
    """Create and manage workspace members."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = WorkspacesMembersWithRawResponse(self)

    def create_admin_workspaces_users(
        self,
        *,
        workspace_id: str,
        users: list[PostAdminWorkspacesWorkspaceIdUsersRequestUsersItem] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Add workspace member"""
        return cast(
            dict[str, Any],
            self._client.request(
                _CREATE_ADMIN_WORKSPACES_USERS,
                cast_to=dict[str, Any],
                values={
                    "workspaceId": workspace_id,
                },
                body={"users": users},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_users(
        self,
        *,
        workspace_id: str,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Remove workspace member"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE_USERS,
                cast_to=dict[str, Any],
                values={
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_admin_workspaces_users(
        self,
        *,
        workspace_id: str,
        current_page: float | Omit = omit,
        page_size: float | Omit = omit,
        role: Literal["admin", "manager", "member"] | Omit = omit,
        email: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> WorkspaceMemberList:
        """Get workspace members"""
        return cast(
            WorkspaceMemberList,
            self._client.request(
                _LIST_ADMIN_WORKSPACES_USERS,
                cast_to=WorkspaceMemberList,
                values={
                    "workspaceId": workspace_id,
                    "current_page": current_page,
                    "page_size": page_size,
                    "role": role,
                    "email": email,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve_users(
        self,
        *,
        workspace_id: str,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> WorkspaceMember:
        """Get member"""
        return cast(
            WorkspaceMember,
            self._client.request(
                _RETRIEVE_USERS,
                cast_to=WorkspaceMember,
                values={
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_users(
        self,
        *,
        workspace_id: str,
        user_id: str,
        role: Literal["admin", "member", "manager"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update workspace member"""
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE_USERS,
                cast_to=dict[str, Any],
                values={
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                body={"role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class WorkspacesMembersWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: WorkspacesMembers) -> None:
        self.create_admin_workspaces_users = to_raw_response(
            resource.create_admin_workspaces_users
        )
        self.delete_users = to_raw_response(resource.delete_users)
        self.list_admin_workspaces_users = to_raw_response(
            resource.list_admin_workspaces_users
        )
        self.retrieve_users = to_raw_response(resource.retrieve_users)
        self.update_users = to_raw_response(resource.update_users)


class AsyncWorkspacesMembers(AsyncAPIResource):
    """Create and manage workspace members."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncWorkspacesMembersWithRawResponse(self)

    async def create_admin_workspaces_users(
        self,
        *,
        workspace_id: str,
        users: list[PostAdminWorkspacesWorkspaceIdUsersRequestUsersItem] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Add workspace member"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _CREATE_ADMIN_WORKSPACES_USERS,
                cast_to=dict[str, Any],
                values={
                    "workspaceId": workspace_id,
                },
                body={"users": users},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_users(
        self,
        *,
        workspace_id: str,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Remove workspace member"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE_USERS,
                cast_to=dict[str, Any],
                values={
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list_admin_workspaces_users(
        self,
        *,
        workspace_id: str,
        current_page: float | Omit = omit,
        page_size: float | Omit = omit,
        role: Literal["admin", "manager", "member"] | Omit = omit,
        email: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> WorkspaceMemberList:
        """Get workspace members"""
        return cast(
            WorkspaceMemberList,
            await self._client.request(
                _LIST_ADMIN_WORKSPACES_USERS,
                cast_to=WorkspaceMemberList,
                values={
                    "workspaceId": workspace_id,
                    "current_page": current_page,
                    "page_size": page_size,
                    "role": role,
                    "email": email,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve_users(
        self,
        *,
        workspace_id: str,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> WorkspaceMember:
        """Get member"""
        return cast(
            WorkspaceMember,
            await self._client.request(
                _RETRIEVE_USERS,
                cast_to=WorkspaceMember,
                values={
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_users(
        self,
        *,
        workspace_id: str,
        user_id: str,
        role: Literal["admin", "member", "manager"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update workspace member"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE_USERS,
                cast_to=dict[str, Any],
                values={
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                body={"role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncWorkspacesMembersWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncWorkspacesMembers) -> None:
        self.create_admin_workspaces_users = to_raw_response_async(
            resource.create_admin_workspaces_users
        )
        self.delete_users = to_raw_response_async(resource.delete_users)
        self.list_admin_workspaces_users = to_raw_response_async(
            resource.list_admin_workspaces_users
        )
        self.retrieve_users = to_raw_response_async(resource.retrieve_users)
        self.update_users = to_raw_response_async(resource.update_users)
