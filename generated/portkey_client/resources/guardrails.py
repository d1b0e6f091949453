# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete prompt Guardrails."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    CreateGuardrailResponse,
    GuardrailActions,
    GuardrailCheck,
    GuardrailDetails,
    GuardrailSummary,
    ListGuardrailsResponse,
    UpdateGuardrailResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncGuardrails",
    "AsyncListGuardrailsResponsePage",
    "Guardrails",
    "ListGuardrailsResponsePage",
]

_CREATE_GUARDRAIL = Endpoint(
    method="POST",
    path="/guardrails",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_GUARDRAIL = Endpoint(
    method="DELETE",
    path="/guardrails/{guardrailId}",
    security=(("api_key",),),
    params=(Param("guardrailId", "path", "simple", False, "guardrail_id"),),
    response="empty",
)
_GET_GUARDRAIL = Endpoint(
    method="GET",
    path="/guardrails/{guardrailId}",
    security=(("api_key",),),
    params=(Param("guardrailId", "path", "simple", False, "guardrail_id"),),
)
_LIST_GUARDRAILS = Endpoint(
    method="GET",
    path="/guardrails",
    security=(("api_key",),),
    params=(
        Param("workspace_id", "query", "form", True),
        Param("organisation_id", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("current_page", "query", "form", True),
    ),
)
_LIST_GUARDRAILS_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_UPDATE_GUARDRAIL = Endpoint(
    method="PUT",
    path="/guardrails/{guardrailId}",
    security=(("api_key",),),
    params=(Param("guardrailId", "path", "simple", False, "guardrail_id"),),
    body="json",
    content_type="application/json",
)


class ListGuardrailsResponsePage(ListGuardrailsResponse, SyncPage[GuardrailSummary]):
    """A page of ListGuardrailsResponse: iterating it yields every GuardrailSummary, fetching the following pages as needed."""


class AsyncListGuardrailsResponsePage(
    ListGuardrailsResponse, AsyncPage[GuardrailSummary]
):
    """A page of ListGuardrailsResponse: async for over it yields every GuardrailSummary, fetching the following pages as needed."""


class Guardrails(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete prompt Guardrails."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = GuardrailsWithRawResponse(self)

    def create_guardrail(
        self,
        *,
        name: str,
        checks: list[GuardrailCheck],
        actions: GuardrailActions,
        workspace_id: str | Omit = omit,
        organisation_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateGuardrailResponse:
        """Create a new guardrail

        Creates a new guardrail with specified checks and actions

        Args:
            name: Name of the guardrail
            checks: Array of guardrail checks to apply
            actions: Actions to take when guardrail checks fail or pass
            workspace_id: Workspace UUID (required if organisation_id not provided and not using API key)
            organisation_id: Organisation UUID (required if workspace_id not provided and not using API key)
        """
        check("checks", checks, min_items=1)
        return cast(
            CreateGuardrailResponse,
            self._client.request(
                _CREATE_GUARDRAIL,
                cast_to=CreateGuardrailResponse,
                body={
                    "name": name,
                    "checks": checks,
                    "actions": actions,
                    "workspace_id": workspace_id,
                    "organisation_id": organisation_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_guardrail(
        self,
        *,
        guardrail_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        """Delete a guardrail

        Deletes an existing guardrail

        Args:
            guardrail_id: Guardrail UUID or slug to delete
        """
        return cast(
            None,
            self._client.request(
                _DELETE_GUARDRAIL,
                cast_to=None,
                values={
                    "guardrailId": guardrail_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_guardrail(
        self,
        *,
        guardrail_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GuardrailDetails:
        """Get a specific guardrail

        Retrieves details of a specific guardrail by ID or slug

        Args:
            guardrail_id: Guardrail UUID or slug (with guard_ prefix)
        """
        return cast(
            GuardrailDetails,
            self._client.request(
                _GET_GUARDRAIL,
                cast_to=GuardrailDetails,
                values={
                    "guardrailId": guardrail_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_guardrails(
        self,
        *,
        workspace_id: str | Omit = omit,
        organisation_id: str | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListGuardrailsResponsePage:
        """List guardrails

        Retrieves a paginated list of guardrails for the specified workspace or organisation

        Args:
            workspace_id: Workspace UUID to filter guardrails
            organisation_id: Organisation UUID to filter guardrails
            page_size: Number of items per page
            current_page: Current page number (0-indexed)
        """
        check("page_size", page_size, minimum=1, maximum=1000)
        check("current_page", current_page, minimum=0)
        return paginate(
            self._client,
            _LIST_GUARDRAILS,
            _LIST_GUARDRAILS_PAGES,
            ListGuardrailsResponsePage,
            values={
                "workspace_id": workspace_id,
                "organisation_id": organisation_id,
                "page_size": page_size,
                "current_page": current_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_guardrail(
        self,
        *,
        guardrail_id: str,
        name: str | Omit = omit,
        checks: list[GuardrailCheck] | Omit = omit,
        actions: GuardrailActions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdateGuardrailResponse:
        """Update a guardrail

        Updates an existing guardrail's name, checks, or actions

        Args:
            guardrail_id: Guardrail UUID or slug to update
            name: Updated name of the guardrail
            checks: Updated array of guardrail checks
            actions: Actions to take when guardrail checks fail or pass
        """
        check("checks", checks, min_items=1)
        return cast(
            UpdateGuardrailResponse,
            self._client.request(
                _UPDATE_GUARDRAIL,
                cast_to=UpdateGuardrailResponse,
                values={
                    "guardrailId": guardrail_id,
                },
                body={"name": name, "checks": checks, "actions": actions},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class GuardrailsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Guardrails) -> None:
        self.create_guardrail = to_raw_response(resource.create_guardrail)
        self.delete_guardrail = to_raw_response(resource.delete_guardrail)
        self.get_guardrail = to_raw_response(resource.get_guardrail)
        self.list_guardrails = to_raw_response(resource.list_guardrails)
        self.update_guardrail = to_raw_response(resource.update_guardrail)


class AsyncGuardrails(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete prompt Guardrails."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncGuardrailsWithRawResponse(self)

    async def create_guardrail(
        self,
        *,
        name: str,
        checks: list[GuardrailCheck],
        actions: GuardrailActions,
        workspace_id: str | Omit = omit,
        organisation_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateGuardrailResponse:
        """Create a new guardrail

        Creates a new guardrail with specified checks and actions

        Args:
            name: Name of the guardrail
            checks: Array of guardrail checks to apply
            actions: Actions to take when guardrail checks fail or pass
            workspace_id: Workspace UUID (required if organisation_id not provided and not using API key)
            organisation_id: Organisation UUID (required if workspace_id not provided and not using API key)
        """
        check("checks", checks, min_items=1)
        return cast(
            CreateGuardrailResponse,
            await self._client.request(
                _CREATE_GUARDRAIL,
                cast_to=CreateGuardrailResponse,
                body={
                    "name": name,
                    "checks": checks,
                    "actions": actions,
                    "workspace_id": workspace_id,
                    "organisation_id": organisation_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_guardrail(
        self,
        *,
        guardrail_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        """Delete a guardrail

        Deletes an existing guardrail

        Args:
            guardrail_id: Guardrail UUID or slug to delete
        """
        return cast(
            None,
            await self._client.request(
                _DELETE_GUARDRAIL,
                cast_to=None,
                values={
                    "guardrailId": guardrail_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_guardrail(
        self,
        *,
        guardrail_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GuardrailDetails:
        """Get a specific guardrail

        Retrieves details of a specific guardrail by ID or slug

        Args:
            guardrail_id: Guardrail UUID or slug (with guard_ prefix)
        """
        return cast(
            GuardrailDetails,
            await self._client.request(
                _GET_GUARDRAIL,
                cast_to=GuardrailDetails,
                values={
                    "guardrailId": guardrail_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_guardrails(
        self,
        *,
        workspace_id: str | Omit = omit,
        organisation_id: str | Omit = omit,
        page_size: int | Omit = omit,
        current_page: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListGuardrailsResponsePage, GuardrailSummary]:
        """List guardrails

        Retrieves a paginated list of guardrails for the specified workspace or organisation

        Args:
            workspace_id: Workspace UUID to filter guardrails
            organisation_id: Organisation UUID to filter guardrails
            page_size: Number of items per page
            current_page: Current page number (0-indexed)
        """
        check("page_size", page_size, minimum=1, maximum=1000)
        check("current_page", current_page, minimum=0)
        return AsyncPaginator(
            self._client,
            _LIST_GUARDRAILS,
            _LIST_GUARDRAILS_PAGES,
            AsyncListGuardrailsResponsePage,
            values={
                "workspace_id": workspace_id,
                "organisation_id": organisation_id,
                "page_size": page_size,
                "current_page": current_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_guardrail(
        self,
        *,
        guardrail_id: str,
        name: str | Omit = omit,
        checks: list[GuardrailCheck] | Omit = omit,
        actions: GuardrailActions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> UpdateGuardrailResponse:
        """Update a guardrail

        Updates an existing guardrail's name, checks, or actions

        Args:
            guardrail_id: Guardrail UUID or slug to update
            name: Updated name of the guardrail
            checks: Updated array of guardrail checks
            actions: Actions to take when guardrail checks fail or pass
        """
        check("checks", checks, min_items=1)
        return cast(
            UpdateGuardrailResponse,
            await self._client.request(
                _UPDATE_GUARDRAIL,
                cast_to=UpdateGuardrailResponse,
                values={
                    "guardrailId": guardrail_id,
                },
                body={"name": name, "checks": checks, "actions": actions},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncGuardrailsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncGuardrails) -> None:
        self.create_guardrail = to_raw_response_async(resource.create_guardrail)
        self.delete_guardrail = to_raw_response_async(resource.delete_guardrail)
        self.get_guardrail = to_raw_response_async(resource.get_guardrail)
        self.list_guardrails = to_raw_response_async(resource.list_guardrails)
        self.update_guardrail = to_raw_response_async(resource.update_guardrail)
