# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create and manage user invites."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    CreateInviteWorkspaceApiKeyDetails,
    Invite,
    InviteList,
    PostAdminUsersInvitesInviteIdResendResponse,
    SuccessInvite,
    WorkspaceInvite,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncInviteListPage", "AsyncUserInvites", "InviteListPage", "UserInvites"]

_DELETE = Endpoint(
    method="DELETE",
    path="/admin/users/invites/{inviteId}",
    security=(("api_key",),),
    params=(Param("inviteId", "path", "simple", False, "invite_id"),),
)
_INVITES_CREATE = Endpoint(
    method="POST",
    path="/admin/users/invites",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_LIST = Endpoint(
    method="GET",
    path="/admin/users/invites",
    security=(("api_key",),),
    params=(
        Param("pageSize", "query", "form", True, "page_size"),
        Param("currentPage", "query", "form", True, "current_page"),
        Param("role", "query", "form", True),
        Param("email", "query", "form", True),
        Param("status", "query", "form", True),
    ),
)
_LIST_PAGES = Pages(
    kind="page", param="currentPage", items="data", total="total", first_page=0
)
_RESEND = Endpoint(
    method="POST",
    path="/admin/users/invites/{inviteId}/resend",
    security=(("api_key",),),
    params=(Param("inviteId", "path", "simple", False, "invite_id"),),
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/admin/users/invites/{inviteId}",
    security=(("api_key",),),
    params=(Param("inviteId", "path", "simple", False, "invite_id"),),
)


class InviteListPage(InviteList, SyncPage[Invite]):
    """A page of InviteList: iterating it yields every Invite, fetching the following pages as needed."""


class AsyncInviteListPage(InviteList, AsyncPage[Invite]):
    """A page of InviteList: async for over it yields every Invite, fetching the following pages as needed."""


class UserInvites(SyncAPIResource):
    """Create and manage user invites."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = UserInvitesWithRawResponse(self)

    def delete(
        self,
        *,
        invite_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete Invite By ID"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "inviteId": invite_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def invites_create(
        self,
        *,
        email: str,
        workspaces: builtins.list[WorkspaceInvite],
        role: Literal["admin", "member"],
        workspace_api_key_details: CreateInviteWorkspaceApiKeyDetails | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> SuccessInvite:
        """Invite User

        Send an invite to user for your organization
        """
        return cast(
            SuccessInvite,
            self._client.request(
                _INVITES_CREATE,
                cast_to=SuccessInvite,
                body={
                    "email": email,
                    "workspaces": workspaces,
                    "role": role,
                    "workspace_api_key_details": workspace_api_key_details,
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
        role: Literal["admin", "member"] | Omit = omit,
        email: str | Omit = omit,
        status: Literal["pending", "cancelled", "accepted", "expired"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> InviteListPage:
        """Get All Invites"""
        return paginate(
            self._client,
            _LIST,
            _LIST_PAGES,
            InviteListPage,
            values={
                "pageSize": page_size,
                "currentPage": current_page,
                "role": role,
                "email": email,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def resend(
        self,
        *,
        invite_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostAdminUsersInvitesInviteIdResendResponse:
        """Resend Invite

        Resend an invite to user for your organization
        """
        return cast(
            PostAdminUsersInvitesInviteIdResendResponse,
            self._client.request(
                _RESEND,
                cast_to=PostAdminUsersInvitesInviteIdResendResponse,
                values={
                    "inviteId": invite_id,
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
        invite_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Invite:
        """Get Invite

        Args:
            invite_id: string
        """
        return cast(
            Invite,
            self._client.request(
                _RETRIEVE,
                cast_to=Invite,
                values={
                    "inviteId": invite_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class UserInvitesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: UserInvites) -> None:
        self.delete = to_raw_response(resource.delete)
        self.invites_create = to_raw_response(resource.invites_create)
        self.list = to_raw_response(resource.list)
        self.resend = to_raw_response(resource.resend)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncUserInvites(AsyncAPIResource):
    """Create and manage user invites."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncUserInvitesWithRawResponse(self)

    async def delete(
        self,
        *,
        invite_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete Invite By ID"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "inviteId": invite_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def invites_create(
        self,
        *,
        email: str,
        workspaces: builtins.list[WorkspaceInvite],
        role: Literal["admin", "member"],
        workspace_api_key_details: CreateInviteWorkspaceApiKeyDetails | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> SuccessInvite:
        """Invite User

        Send an invite to user for your organization
        """
        return cast(
            SuccessInvite,
            await self._client.request(
                _INVITES_CREATE,
                cast_to=SuccessInvite,
                body={
                    "email": email,
                    "workspaces": workspaces,
                    "role": role,
                    "workspace_api_key_details": workspace_api_key_details,
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
        role: Literal["admin", "member"] | Omit = omit,
        email: str | Omit = omit,
        status: Literal["pending", "cancelled", "accepted", "expired"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncInviteListPage, Invite]:
        """Get All Invites"""
        return AsyncPaginator(
            self._client,
            _LIST,
            _LIST_PAGES,
            AsyncInviteListPage,
            values={
                "pageSize": page_size,
                "currentPage": current_page,
                "role": role,
                "email": email,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def resend(
        self,
        *,
        invite_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> PostAdminUsersInvitesInviteIdResendResponse:
        """Resend Invite

        Resend an invite to user for your organization
        """
        return cast(
            PostAdminUsersInvitesInviteIdResendResponse,
            await self._client.request(
                _RESEND,
                cast_to=PostAdminUsersInvitesInviteIdResendResponse,
                values={
                    "inviteId": invite_id,
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
        invite_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Invite:
        """Get Invite

        Args:
            invite_id: string
        """
        return cast(
            Invite,
            await self._client.request(
                _RETRIEVE,
                cast_to=Invite,
                values={
                    "inviteId": invite_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncUserInvitesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncUserInvites) -> None:
        self.delete = to_raw_response_async(resource.delete)
        self.invites_create = to_raw_response_async(resource.invites_create)
        self.list = to_raw_response_async(resource.list)
        self.resend = to_raw_response_async(resource.resend)
        self.retrieve = to_raw_response_async(resource.retrieve)
