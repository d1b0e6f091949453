# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create and manage workspaces."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    DeleteScimWorkspacesScimWorkspaceGroupIdResponse,
    GetScimWorkspacesResponse,
    PostAdminWorkspacesRequestDefaults,
    PutAdminWorkspacesWorkspaceIdRequestDefaults,
    RateLimits,
    ScimWorkspaceMapping,
    UsageLimits,
    Workspace,
    WorkspaceList,
    WorkspaceWithUsers,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .workspaces_members import AsyncWorkspacesMembers, WorkspacesMembers

__all__ = [
    "AsyncWorkspaceListPage",
    "AsyncWorkspaces",
    "WorkspaceListPage",
    "Workspaces",
]

_CREATE_ADMIN_WORKSPACES = Endpoint(
    method="POST",
    path="/admin/workspaces",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_CREATE_SCIM_WORKSPACES = Endpoint(
    method="POST",
    path="/scim/workspaces",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_ADMIN_WORKSPACES = Endpoint(
    method="DELETE",
    path="/admin/workspaces/{workspaceId}",
    security=(("api_key",),),
    params=(Param("workspaceId", "path", "simple", False, "workspace_id"),),
    response="empty",
)
_DELETE_SCIM_WORKSPACES = Endpoint(
    method="DELETE",
    path="/scim/workspaces/{scimWorkspaceGroupId}",
    security=(("api_key",),),
    params=(
        Param(
            "scimWorkspaceGroupId", "path", "simple", False, "scim_workspace_group_id"
        ),
    ),
)
_LIST_ADMIN_WORKSPACES = Endpoint(
    method="GET",
    path="/admin/workspaces",
    security=(("api_key",),),
    params=(
        Param("page_size", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("name", "query", "form", True),
        Param("exact_name", "query", "form", True),
        Param("status", "query", "form", True),
    ),
)
_LIST_ADMIN_WORKSPACES_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_LIST_SCIM_WORKSPACES = Endpoint(
    method="GET",
    path="/scim/workspaces",
    security=(("api_key",),),
    params=(
        Param("workspace_id", "query", "form", True),
        Param("scim_group_id", "query", "form", True),
        Param("role", "query", "form", True),
    ),
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/admin/workspaces/{workspaceId}",
    security=(("api_key",),),
    params=(Param("workspaceId", "path", "simple", False, "workspace_id"),),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/admin/workspaces/{workspaceId}",
    security=(("api_key",),),
    params=(Param("workspaceId", "path", "simple", False, "workspace_id"),),
    body="json",
    content_type="application/json",
)


class WorkspaceListPage(WorkspaceList, SyncPage[Workspace]):
    """A page of WorkspaceList: iterating it yields every Workspace, fetching the following pages as needed."""


class AsyncWorkspaceListPage(WorkspaceList, AsyncPage[Workspace]):
    """A page of WorkspaceList: async for over it yields every Workspace, fetching the following pages as needed."""


class Workspaces(SyncAPIResource):
    """Create and manage workspaces."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = WorkspacesWithRawResponse(self)

    @cached_property
    def members(self) -> WorkspacesMembers:
        from .workspaces_members import WorkspacesMembers

        return WorkspacesMembers(self._client)

    def create_admin_workspaces(
        self,
        *,
        name: str | Omit = omit,
        description: str | Omit = omit,
        defaults: PostAdminWorkspacesRequestDefaults | Omit = omit,
        users: list[str] | Omit = omit,
        usage_limits: list[UsageLimits] | Omit = omit,
        rate_limits: list[RateLimits] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Workspace:
        """Create Workspace"""
        return cast(
            Workspace,
            self._client.request(
                _CREATE_ADMIN_WORKSPACES,
                cast_to=Workspace,
                body={
                    "name": name,
                    "description": description,
                    "defaults": defaults,
                    "users": users,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_scim_workspaces(
        self,
        *,
        workspace_id: str,
        role: Literal["admin", "member", "manager"],
        scim_group_id: str | Omit = omit,
        scim_group_name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ScimWorkspaceMapping:
        """Create SCIM Group to Workspace Mapping

        Create a mapping between a SCIM group and a workspace.
        You can either reference an existing SCIM group by ID, or provide a group name
        to pre-create the SCIM group before the IdP provisions it.

        Args:
            workspace_id: ID or slug (ws_ prefix) of the workspace to map the SCIM group to.
            role: Role assigned to group members in the workspace.
            scim_group_id: ID of an existing SCIM group. Required if scim_group_name is not provided.
            scim_group_name: Display name for the SCIM group. If the group doesn't exist, it will be created. Required if scim_group_id is not provided. Must not match the pattern-based auto-provisioning format (e.g. ws-name-role-admin).
        """
        return cast(
            ScimWorkspaceMapping,
            self._client.request(
                _CREATE_SCIM_WORKSPACES,
                cast_to=ScimWorkspaceMapping,
                body={
                    "workspace_id": workspace_id,
                    "role": role,
                    "scim_group_id": scim_group_id,
                    "scim_group_name": scim_group_name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_admin_workspaces(
        self,
        *,
        workspace_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        """Delete a workspace"""
        return cast(
            None,
            self._client.request(
                _DELETE_ADMIN_WORKSPACES,
                cast_to=None,
                values={
                    "workspaceId": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_scim_workspaces(
        self,
        *,
        scim_workspace_group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteScimWorkspacesScimWorkspaceGroupIdResponse:
        """Delete SCIM Group to Workspace Mapping

        Remove a SCIM group to workspace mapping. This archives the mapping but does not delete the SCIM group or workspace.

        Args:
            scim_workspace_group_id: ID of the SCIM workspace mapping to delete
        """
        return cast(
            DeleteScimWorkspacesScimWorkspaceGroupIdResponse,
            self._client.request(
                _DELETE_SCIM_WORKSPACES,
                cast_to=DeleteScimWorkspacesScimWorkspaceGroupIdResponse,
                values={
                    "scimWorkspaceGroupId": scim_workspace_group_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_admin_workspaces(
        self,
        *,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        name: str | Omit = omit,
        exact_name: str | Omit = omit,
        status: Literal["active", "archived"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> WorkspaceListPage:
        """Get All Workspaces

        Args:
            name: Workspace name to filter results, case sensitive
            exact_name: Workspace name filter with strict check
            status: Workspace status to filter results, comma separated
        """
        return paginate(
            self._client,
            _LIST_ADMIN_WORKSPACES,
            _LIST_ADMIN_WORKSPACES_PAGES,
            WorkspaceListPage,
            values={
                "page_size": page_size,
                "current_page": current_page,
                "name": name,
                "exact_name": exact_name,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_scim_workspaces(
        self,
        *,
        workspace_id: str | Omit = omit,
        scim_group_id: str | Omit = omit,
        role: Literal["admin", "member", "manager"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetScimWorkspacesResponse:
        """List SCIM Group to Workspace Mappings

        List all mappings between SCIM groups and workspaces for the organisation.
        Optionally filter by workspace, SCIM group, or role.

        Args:
            workspace_id: Filter mappings by workspace ID or slug.
            scim_group_id: Filter mappings by SCIM group ID.
            role: Filter mappings by role.
        """
        return cast(
            GetScimWorkspacesResponse,
            self._client.request(
                _LIST_SCIM_WORKSPACES,
                cast_to=GetScimWorkspacesResponse,
                values={
                    "workspace_id": workspace_id,
                    "scim_group_id": scim_group_id,
                    "role": role,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        *,
        workspace_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> WorkspaceWithUsers:
        """Get workspace"""
        return cast(
            WorkspaceWithUsers,
            self._client.request(
                _RETRIEVE,
                cast_to=WorkspaceWithUsers,
                values={
                    "workspaceId": workspace_id,
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
        workspace_id: str,
        name: str | Omit = omit,
        description: str | Omit = omit,
        defaults: PutAdminWorkspacesWorkspaceIdRequestDefaults | Omit = omit,
        usage_limits: list[UsageLimits] | Omit = omit,
        rate_limits: list[RateLimits] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update Workspace"""
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "workspaceId": workspace_id,
                },
                body={
                    "name": name,
                    "description": description,
                    "defaults": defaults,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class WorkspacesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Workspaces) -> None:
        self.create_admin_workspaces = to_raw_response(resource.create_admin_workspaces)
        self.create_scim_workspaces = to_raw_response(resource.create_scim_workspaces)
        self.delete_admin_workspaces = to_raw_response(resource.delete_admin_workspaces)
        self.delete_scim_workspaces = to_raw_response(resource.delete_scim_workspaces)
        self.list_admin_workspaces = to_raw_response(resource.list_admin_workspaces)
        self.list_scim_workspaces = to_raw_response(resource.list_scim_workspaces)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncWorkspaces(AsyncAPIResource):
    """Create and manage workspaces."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncWorkspacesWithRawResponse(self)

    @cached_property
    def members(self) -> AsyncWorkspacesMembers:
        from .workspaces_members import AsyncWorkspacesMembers

        return AsyncWorkspacesMembers(self._client)

    async def create_admin_workspaces(
        self,
        *,
        name: str | Omit = omit,
        description: str | Omit = omit,
        defaults: PostAdminWorkspacesRequestDefaults | Omit = omit,
        users: list[str] | Omit = omit,
        usage_limits: list[UsageLimits] | Omit = omit,
        rate_limits: list[RateLimits] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Workspace:
        """Create Workspace"""
        return cast(
            Workspace,
            await self._client.request(
                _CREATE_ADMIN_WORKSPACES,
                cast_to=Workspace,
                body={
                    "name": name,
                    "description": description,
                    "defaults": defaults,
                    "users": users,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_scim_workspaces(
        self,
        *,
        workspace_id: str,
        role: Literal["admin", "member", "manager"],
        scim_group_id: str | Omit = omit,
        scim_group_name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ScimWorkspaceMapping:
        """Create SCIM Group to Workspace Mapping

        Create a mapping between a SCIM group and a workspace.
        You can either reference an existing SCIM group by ID, or provide a group name
        to pre-create the SCIM group before the IdP provisions it.

        Args:
            workspace_id: ID or slug (ws_ prefix) of the workspace to map the SCIM group to.
            role: Role assigned to group members in the workspace.
            scim_group_id: ID of an existing SCIM group. Required if scim_group_name is not provided.
            scim_group_name: Display name for the SCIM group. If the group doesn't exist, it will be created. Required if scim_group_id is not provided. Must not match the pattern-based auto-provisioning format (e.g. ws-name-role-admin).
        """
        return cast(
            ScimWorkspaceMapping,
            await self._client.request(
                _CREATE_SCIM_WORKSPACES,
                cast_to=ScimWorkspaceMapping,
                body={
                    "workspace_id": workspace_id,
                    "role": role,
                    "scim_group_id": scim_group_id,
                    "scim_group_name": scim_group_name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_admin_workspaces(
        self,
        *,
        workspace_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        """Delete a workspace"""
        return cast(
            None,
            await self._client.request(
                _DELETE_ADMIN_WORKSPACES,
                cast_to=None,
                values={
                    "workspaceId": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_scim_workspaces(
        self,
        *,
        scim_workspace_group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> DeleteScimWorkspacesScimWorkspaceGroupIdResponse:
        """Delete SCIM Group to Workspace Mapping

        Remove a SCIM group to workspace mapping. This archives the mapping but does not delete the SCIM group or workspace.

        Args:
            scim_workspace_group_id: ID of the SCIM workspace mapping to delete
        """
        return cast(
            DeleteScimWorkspacesScimWorkspaceGroupIdResponse,
            await self._client.request(
                _DELETE_SCIM_WORKSPACES,
                cast_to=DeleteScimWorkspacesScimWorkspaceGroupIdResponse,
                values={
                    "scimWorkspaceGroupId": scim_workspace_group_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_admin_workspaces(
        self,
        *,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        name: str | Omit = omit,
        exact_name: str | Omit = omit,
        status: Literal["active", "archived"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncWorkspaceListPage, Workspace]:
        """Get All Workspaces

        Args:
            name: Workspace name to filter results, case sensitive
            exact_name: Workspace name filter with strict check
            status: Workspace status to filter results, comma separated
        """
        return AsyncPaginator(
            self._client,
            _LIST_ADMIN_WORKSPACES,
            _LIST_ADMIN_WORKSPACES_PAGES,
            AsyncWorkspaceListPage,
            values={
                "page_size": page_size,
                "current_page": current_page,
                "name": name,
                "exact_name": exact_name,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_scim_workspaces(
        self,
        *,
        workspace_id: str | Omit = omit,
        scim_group_id: str | Omit = omit,
        role: Literal["admin", "member", "manager"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetScimWorkspacesResponse:
        """List SCIM Group to Workspace Mappings

        List all mappings between SCIM groups and workspaces for the organisation.
        Optionally filter by workspace, SCIM group, or role.

        Args:
            workspace_id: Filter mappings by workspace ID or slug.
            scim_group_id: Filter mappings by SCIM group ID.
            role: Filter mappings by role.
        """
        return cast(
            GetScimWorkspacesResponse,
            await self._client.request(
                _LIST_SCIM_WORKSPACES,
                cast_to=GetScimWorkspacesResponse,
                values={
                    "workspace_id": workspace_id,
                    "scim_group_id": scim_group_id,
                    "role": role,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        *,
        workspace_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> WorkspaceWithUsers:
        """Get workspace"""
        return cast(
            WorkspaceWithUsers,
            await self._client.request(
                _RETRIEVE,
                cast_to=WorkspaceWithUsers,
                values={
                    "workspaceId": workspace_id,
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
        workspace_id: str,
        name: str | Omit = omit,
        description: str | Omit = omit,
        defaults: PutAdminWorkspacesWorkspaceIdRequestDefaults | Omit = omit,
        usage_limits: list[UsageLimits] | Omit = omit,
        rate_limits: list[RateLimits] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update Workspace"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "workspaceId": workspace_id,
                },
                body={
                    "name": name,
                    "description": description,
                    "defaults": defaults,
                    "usage_limits": usage_limits,
                    "rate_limits": rate_limits,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncWorkspacesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncWorkspaces) -> None:
        self.create_admin_workspaces = to_raw_response_async(
            resource.create_admin_workspaces
        )
        self.create_scim_workspaces = to_raw_response_async(
            resource.create_scim_workspaces
        )
        self.delete_admin_workspaces = to_raw_response_async(
            resource.delete_admin_workspaces
        )
        self.delete_scim_workspaces = to_raw_response_async(
            resource.delete_scim_workspaces
        )
        self.list_admin_workspaces = to_raw_response_async(
            resource.list_admin_workspaces
        )
        self.list_scim_workspaces = to_raw_response_async(resource.list_scim_workspaces)
        self.retrieve = to_raw_response_async(resource.retrieve)
        self.update = to_raw_response_async(resource.update)
