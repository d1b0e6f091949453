# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete labels."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import CreateLabelResponse, Label, ListLabelsResponse

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncLabels",
    "AsyncListLabelsResponsePage",
    "Labels",
    "ListLabelsResponsePage",
]

_CREATE_LABEL = Endpoint(
    method="POST",
    path="/labels",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_LABEL = Endpoint(
    method="DELETE",
    path="/labels/{labelId}",
    security=(("api_key",),),
    params=(Param("labelId", "path", "simple", False, "label_id"),),
)
_GET_LABEL = Endpoint(
    method="GET",
    path="/labels/{labelId}",
    security=(("api_key",),),
    params=(
        Param("labelId", "path", "simple", False, "label_id"),
        Param("organisation_id", "query", "form", True),
        Param("workspace_id", "query", "form", True),
    ),
)
_LIST_LABELS = Endpoint(
    method="GET",
    path="/labels",
    security=(("api_key",),),
    params=(
        Param("organisation_id", "query", "form", True),
        Param("workspace_id", "query", "form", True),
        Param("search", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
    ),
)
_LIST_LABELS_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_UPDATE_LABEL = Endpoint(
    method="PUT",
    path="/labels/{labelId}",
    security=(("api_key",),),
    params=(Param("labelId", "path", "simple", False, "label_id"),),
    body="json",
    content_type="application/json",
)


class ListLabelsResponsePage(ListLabelsResponse, SyncPage[Label]):
    """A page of ListLabelsResponse: iterating it yields every Label, fetching the following pages as needed."""


class AsyncListLabelsResponsePage(ListLabelsResponse, AsyncPage[Label]):
    """A page of ListLabelsResponse: async for over it yields every Label, fetching the following pages as needed."""


class Labels(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete labels."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = LabelsWithRawResponse(self)

    def create_label(
        self,
        *,
        name: str,
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        description: str | Omit = omit,
        color_code: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateLabelResponse:
        """Create a new label

        Creates a new label in the system

        Args:
            name: Name of the label
            organisation_id: ID of the organisation
            workspace_id: ID or slug of the workspace
            description: Description of the label
            color_code: Color code for the label
        """
        check(
            "name",
            name,
            pattern="^(?!latest$)(?!default$)(?!\\d+$)[a-zA-Z0-9_-]*[^@\\s]?[a-zA-Z0-9_-]*$",
        )
        return cast(
            CreateLabelResponse,
            self._client.request(
                _CREATE_LABEL,
                cast_to=CreateLabelResponse,
                body={
                    "name": name,
                    "organisation_id": organisation_id,
                    "workspace_id": workspace_id,
                    "description": description,
                    "color_code": color_code,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_label(
        self,
        *,
        label_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a label

        Deletes a label

        Args:
            label_id: ID of the label to delete
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE_LABEL,
                cast_to=dict[str, Any],
                values={
                    "labelId": label_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_label(
        self,
        *,
        label_id: str,
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Label:
        """Get a label by ID

        Returns a specific label by its ID

        Args:
            label_id: ID of the label to retrieve
            organisation_id: ID of the organisation
            workspace_id: ID or slug of the workspace
        """
        return cast(
            Label,
            self._client.request(
                _GET_LABEL,
                cast_to=Label,
                values={
                    "labelId": label_id,
                    "organisation_id": organisation_id,
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_labels(
        self,
        *,
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        search: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListLabelsResponsePage:
        """List labels

        Returns a list of labels based on filters

        Args:
            organisation_id: ID of the organisation
            workspace_id: ID or slug of the workspace
            search: Search query to filter labels by name
            current_page: Page number for pagination
            page_size: Number of items per page
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1)
        return paginate(
            self._client,
            _LIST_LABELS,
            _LIST_LABELS_PAGES,
            ListLabelsResponsePage,
            values={
                "organisation_id": organisation_id,
                "workspace_id": workspace_id,
                "search": search,
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_label(
        self,
        *,
        label_id: str,
        name: str | Omit = omit,
        description: str | Omit = omit,
        color_code: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a label

        Updates an existing label

        Args:
            label_id: ID of the label to update
            name: Name of the label
            description: Description of the label
            color_code: Color code for the label
        """
        check(
            "name",
            name,
            pattern="^(?!latest$)(?!default$)(?!\\d+$)[a-zA-Z0-9_-]*[^@\\s]?[a-zA-Z0-9_-]*$",
        )
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE_LABEL,
                cast_to=dict[str, Any],
                values={
                    "labelId": label_id,
                },
                body={
                    "name": name,
                    "description": description,
                    "color_code": color_code,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class LabelsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Labels) -> None:
        self.create_label = to_raw_response(resource.create_label)
        self.delete_label = to_raw_response(resource.delete_label)
        self.get_label = to_raw_response(resource.get_label)
        self.list_labels = to_raw_response(resource.list_labels)
        self.update_label = to_raw_response(resource.update_label)


class AsyncLabels(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete labels."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncLabelsWithRawResponse(self)

    async def create_label(
        self,
        *,
        name: str,
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        description: str | Omit = omit,
        color_code: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateLabelResponse:
        """Create a new label

        Creates a new label in the system

        Args:
            name: Name of the label
            organisation_id: ID of the organisation
            workspace_id: ID or slug of the workspace
            description: Description of the label
            color_code: Color code for the label
        """
        check(
            "name",
            name,
            pattern="^(?!latest$)(?!default$)(?!\\d+$)[a-zA-Z0-9_-]*[^@\\s]?[a-zA-Z0-9_-]*$",
        )
        return cast(
            CreateLabelResponse,
            await self._client.request(
                _CREATE_LABEL,
                cast_to=CreateLabelResponse,
                body={
                    "name": name,
                    "organisation_id": organisation_id,
                    "workspace_id": workspace_id,
                    "description": description,
                    "color_code": color_code,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_label(
        self,
        *,
        label_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a label

        Deletes a label

        Args:
            label_id: ID of the label to delete
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE_LABEL,
                cast_to=dict[str, Any],
                values={
                    "labelId": label_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_label(
        self,
        *,
        label_id: str,
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> Label:
        """Get a label by ID

        Returns a specific label by its ID

        Args:
            label_id: ID of the label to retrieve
            organisation_id: ID of the organisation
            workspace_id: ID or slug of the workspace
        """
        return cast(
            Label,
            await self._client.request(
                _GET_LABEL,
                cast_to=Label,
                values={
                    "labelId": label_id,
                    "organisation_id": organisation_id,
                    "workspace_id": workspace_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_labels(
        self,
        *,
        organisation_id: str | Omit = omit,
        workspace_id: str | Omit = omit,
        search: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListLabelsResponsePage, Label]:
        """List labels

        Returns a list of labels based on filters

        Args:
            organisation_id: ID of the organisation
            workspace_id: ID or slug of the workspace
            search: Search query to filter labels by name
            current_page: Page number for pagination
            page_size: Number of items per page
        """
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1)
        return AsyncPaginator(
            self._client,
            _LIST_LABELS,
            _LIST_LABELS_PAGES,
            AsyncListLabelsResponsePage,
            values={
                "organisation_id": organisation_id,
                "workspace_id": workspace_id,
                "search": search,
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_label(
        self,
        *,
        label_id: str,
        name: str | Omit = omit,
        description: str | Omit = omit,
        color_code: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a label

        Updates an existing label

        Args:
            label_id: ID of the label to update
            name: Name of the label
            description: Description of the label
            color_code: Color code for the label
        """
        check(
            "name",
            name,
            pattern="^(?!latest$)(?!default$)(?!\\d+$)[a-zA-Z0-9_-]*[^@\\s]?[a-zA-Z0-9_-]*$",
        )
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE_LABEL,
                cast_to=dict[str, Any],
                values={
                    "labelId": label_id,
                },
                body={
                    "name": name,
                    "description": description,
                    "color_code": color_code,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncLabelsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncLabels) -> None:
        self.create_label = to_raw_response_async(resource.create_label)
        self.delete_label = to_raw_response_async(resource.delete_label)
        self.get_label = to_raw_response_async(resource.get_label)
        self.list_labels = to_raw_response_async(resource.list_labels)
        self.update_label = to_raw_response_async(resource.update_label)
