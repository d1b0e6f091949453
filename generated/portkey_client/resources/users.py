# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create and manage users."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import User, UserList

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncUserListPage", "AsyncUsers", "UserListPage", "Users"]

_DELETE = Endpoint(
    method="DELETE",
    path="/admin/users/{userId}",
    security=(("api_key",),),
    params=(Param("userId", "path", "simple", False, "user_id"),),
)
_LIST = Endpoint(
    method="GET",
    path="/admin/users",
    security=(("api_key",),),
    params=(
        Param("pageSize", "query", "form", True, "page_size"),
        Param("currentPage", "query", "form", True, "current_page"),
        Param("role", "query", "form", True),
        Param("email", "query", "form", True),
        Param("x-portkey-api-key", "header", "simple", False, "x_portkey_api_key"),
    ),
)
_LIST_PAGES = Pages(
    kind="page", param="currentPage", items="data", total="total", first_page=0
)
_RETRIEVE = Endpoint(
    method="GET",
    path="/admin/users/{userId}",
    security=(("api_key",),),
    params=(Param("userId", "path", "simple", False, "user_id"),),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/admin/users/{userId}",
    security=(("api_key",),),
    params=(Param("userId", "path", "simple", False, "user_id"),),
    body="json",
    content_type="application/json",
)


class UserListPage(UserList, SyncPage[User]):
    """A page of UserList: iterating it yields every User, fetching the following pages as needed."""


class AsyncUserListPage(UserList, AsyncPage[User]):
    """A page of UserList: async for over it yields every User, fetching the following pages as needed."""


class Users(SyncAPIResource):
    """Create and manage users."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = UsersWithRawResponse(self)

    def delete(
        self,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Remove a user"""
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "userId": user_id,
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
        role: Literal["admin", "member", "owner"] | Omit = omit,
        email: str | Omit = omit,
        x_portkey_api_key: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UserListPage:
        """Get users"""
        return paginate(
            self._client,
            _LIST,
            _LIST_PAGES,
            UserListPage,
            values={
                "pageSize": page_size,
                "currentPage": current_page,
                "role": role,
                "email": email,
                "x-portkey-api-key": x_portkey_api_key,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> User:
        """Get user"""
        return cast(
            User,
            self._client.request(
                _RETRIEVE,
                cast_to=User,
                values={
                    "userId": user_id,
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
        user_id: str,
        role: Literal["admin", "member"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update user"""
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "userId": user_id,
                },
                body={"role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class UsersWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Users) -> None:
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncUsers(AsyncAPIResource):
    """Create and manage users."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncUsersWithRawResponse(self)

    async def delete(
        self,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Remove a user"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE,
                cast_to=dict[str, Any],
                values={
                    "userId": user_id,
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
        role: Literal["admin", "member", "owner"] | Omit = omit,
        email: str | Omit = omit,
        x_portkey_api_key: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncUserListPage, User]:
        """Get users"""
        return AsyncPaginator(
            self._client,
            _LIST,
            _LIST_PAGES,
            AsyncUserListPage,
            values={
                "pageSize": page_size,
                "currentPage": current_page,
                "role": role,
                "email": email,
                "x-portkey-api-key": x_portkey_api_key,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> User:
        """Get user"""
        return cast(
            User,
            await self._client.request(
                _RETRIEVE,
                cast_to=User,
                values={
                    "userId": user_id,
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
        user_id: str,
        role: Literal["admin", "member"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update user"""
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "userId": user_id,
                },
                body={"role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncUsersWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.delete = to_raw_response_async(resource.delete)
        self.list = to_raw_response_async(resource.list)
        self.retrieve = to_raw_response_async(resource.retrieve)
        self.update = to_raw_response_async(resource.update)
