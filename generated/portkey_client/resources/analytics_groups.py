# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Get grouped metrics for the selected time bucket."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    GetAnalyticsGroupsAiModelsResponse,
    GetAnalyticsGroupsAiModelsResponseDataItem,
    GetAnalyticsGroupsMetadataMetadataKeyResponse,
    GetAnalyticsGroupsMetadataMetadataKeyResponseDataItem,
    GetAnalyticsGroupsUsersResponse,
    GetAnalyticsGroupsUsersResponseDataItem,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AnalyticsGroups",
    "AsyncAnalyticsGroups",
    "AsyncGetAnalyticsGroupsAiModelsResponsePage",
    "AsyncGetAnalyticsGroupsMetadataMetadataKeyResponsePage",
    "AsyncGetAnalyticsGroupsUsersResponsePage",
    "GetAnalyticsGroupsAiModelsResponsePage",
    "GetAnalyticsGroupsMetadataMetadataKeyResponsePage",
    "GetAnalyticsGroupsUsersResponsePage",
]

_AI_MODELS = Endpoint(
    method="GET",
    path="/analytics/groups/ai-models",
    security=(("api_key",),),
    params=(
        Param("workspace_slug", "query", "form", True),
        Param("time_of_generation_min", "query", "form", True),
        Param("time_of_generation_max", "query", "form", True),
        Param("total_units_min", "query", "form", True),
        Param("total_units_max", "query", "form", True),
        Param("cost_min", "query", "form", True),
        Param("cost_max", "query", "form", True),
        Param("prompt_token_min", "query", "form", True),
        Param("prompt_token_max", "query", "form", True),
        Param("completion_token_min", "query", "form", True),
        Param("completion_token_max", "query", "form", True),
        Param("status_code", "query", "form", True),
        Param("weighted_feedback_min", "query", "form", True),
        Param("weighted_feedback_max", "query", "form", True),
        Param("virtual_keys", "query", "form", True),
        Param("configs", "query", "form", True),
        Param("api_key_ids", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_AI_MODELS_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_RETRIEVE_METADATA = Endpoint(
    method="GET",
    path="/analytics/groups/metadata/{metadataKey}",
    security=(("api_key",),),
    params=(
        Param("metadataKey", "path", "simple", False, "metadata_key"),
        Param("workspace_slug", "query", "form", True),
        Param("time_of_generation_min", "query", "form", True),
        Param("time_of_generation_max", "query", "form", True),
        Param("total_units_min", "query", "form", True),
        Param("total_units_max", "query", "form", True),
        Param("cost_min", "query", "form", True),
        Param("cost_max", "query", "form", True),
        Param("prompt_token_min", "query", "form", True),
        Param("prompt_token_max", "query", "form", True),
        Param("completion_token_min", "query", "form", True),
        Param("completion_token_max", "query", "form", True),
        Param("status_code", "query", "form", True),
        Param("weighted_feedback_min", "query", "form", True),
        Param("weighted_feedback_max", "query", "form", True),
        Param("virtual_keys", "query", "form", True),
        Param("configs", "query", "form", True),
        Param("api_key_ids", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_RETRIEVE_METADATA_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_USERS = Endpoint(
    method="GET",
    path="/analytics/groups/users",
    security=(("api_key",),),
    params=(
        Param("workspace_slug", "query", "form", True),
        Param("time_of_generation_min", "query", "form", True),
        Param("time_of_generation_max", "query", "form", True),
        Param("total_units_min", "query", "form", True),
        Param("total_units_max", "query", "form", True),
        Param("cost_min", "query", "form", True),
        Param("cost_max", "query", "form", True),
        Param("prompt_token_min", "query", "form", True),
        Param("prompt_token_max", "query", "form", True),
        Param("completion_token_min", "query", "form", True),
        Param("completion_token_max", "query", "form", True),
        Param("status_code", "query", "form", True),
        Param("weighted_feedback_min", "query", "form", True),
        Param("weighted_feedback_max", "query", "form", True),
        Param("virtual_keys", "query", "form", True),
        Param("configs", "query", "form", True),
        Param("api_key_ids", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_USERS_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)


class GetAnalyticsGroupsAiModelsResponsePage(
    GetAnalyticsGroupsAiModelsResponse,
    SyncPage[GetAnalyticsGroupsAiModelsResponseDataItem],
):
    """A page of GetAnalyticsGroupsAiModelsResponse: iterating it yields every GetAnalyticsGroupsAiModelsResponseDataItem, fetching the following pages as needed."""


class AsyncGetAnalyticsGroupsAiModelsResponsePage(
    GetAnalyticsGroupsAiModelsResponse,
    AsyncPage[GetAnalyticsGroupsAiModelsResponseDataItem],
):
    """A page of GetAnalyticsGroupsAiModelsResponse: async for over it yields every GetAnalyticsGroupsAiModelsResponseDataItem, fetching the following pages as needed."""


class GetAnalyticsGroupsMetadataMetadataKeyResponsePage(
    GetAnalyticsGroupsMetadataMetadataKeyResponse,
    SyncPage[GetAnalyticsGroupsMetadataMetadataKeyResponseDataItem],
):
    """A page of GetAnalyticsGroupsMetadataMetadataKeyResponse: iterating it yields every GetAnalyticsGroupsMetadataMetadataKeyResponseDataItem, fetching the following pages as needed."""


class AsyncGetAnalyticsGroupsMetadataMetadataKeyResponsePage(
    GetAnalyticsGroupsMetadataMetadataKeyResponse,
    AsyncPage[GetAnalyticsGroupsMetadataMetadataKeyResponseDataItem],
):
    """A page of GetAnalyticsGroupsMetadataMetadataKeyResponse: async for over it yields every GetAnalyticsGroupsMetadataMetadataKeyResponseDataItem, fetching the following pages as needed."""


class GetAnalyticsGroupsUsersResponsePage(
    GetAnalyticsGroupsUsersResponse, SyncPage[GetAnalyticsGroupsUsersResponseDataItem]
):
    """A page of GetAnalyticsGroupsUsersResponse: iterating it yields every GetAnalyticsGroupsUsersResponseDataItem, fetching the following pages as needed."""


class AsyncGetAnalyticsGroupsUsersResponsePage(
    GetAnalyticsGroupsUsersResponse, AsyncPage[GetAnalyticsGroupsUsersResponseDataItem]
):
    """A page of GetAnalyticsGroupsUsersResponse: async for over it yields every GetAnalyticsGroupsUsersResponseDataItem, fetching the following pages as needed."""


class AnalyticsGroups(SyncAPIResource):
    """Get grouped metrics for the selected time bucket."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AnalyticsGroupsWithRawResponse(self)

    def ai_models(
        self,
        *,
        workspace_slug: str,
        time_of_generation_min: str,
        time_of_generation_max: str,
        total_units_min: int | Omit = omit,
        total_units_max: int | Omit = omit,
        cost_min: float | Omit = omit,
        cost_max: float | Omit = omit,
        prompt_token_min: int | Omit = omit,
        prompt_token_max: int | Omit = omit,
        completion_token_min: int | Omit = omit,
        completion_token_max: int | Omit = omit,
        status_code: str | Omit = omit,
        weighted_feedback_min: float | Omit = omit,
        weighted_feedback_max: float | Omit = omit,
        virtual_keys: str | Omit = omit,
        configs: str | Omit = omit,
        api_key_ids: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGroupsAiModelsResponsePage:
        """Get ai model grouped data.

        Args:
            workspace_slug: Workspace slug filter. If a workspace API key is being used, this filter will not be taken into consideration. If an organisation API key is used and no workspace slug is passed, default workspace will be used.
            time_of_generation_min: Minimum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            time_of_generation_max: Maximum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            total_units_min: Minimum total units (tokens)
            total_units_max: Maximum total units (tokens)
            cost_min: Minimum cost (in cents)
            cost_max: Maximum cost (in cents)
            prompt_token_min: Minimum number of prompt tokens
            prompt_token_max: Maximum number of prompt tokens
            completion_token_min: Minimum number of completion tokens
            completion_token_max: Maximum number of completion tokens
            status_code: Comma separated response status codes
            weighted_feedback_min: Minimum weighted feedback score
            weighted_feedback_max: Maximum weighted feedback score
            virtual_keys: Comma separated virtual key slugs
            configs: Comma separated config slugs
            api_key_ids: Comma separated API key UUIDs
            current_page: Current page number
            page_size: Number of items per page
            metadata: Stringifed json object with key value metadata pairs
            ai_org_model: Comma separated ai provider and model combination. Double underscore (__) should be used as a separator for each provider and model combination
            trace_id: Comma separated trace IDs
            span_id: Comma separated span IDs
            prompt_slug: Comma separated prompt slugs
        """
        check("total_units_min", total_units_min, minimum=0)
        check("total_units_max", total_units_max, minimum=0)
        check("cost_min", cost_min, minimum=0)
        check("cost_max", cost_max, minimum=0)
        check("prompt_token_min", prompt_token_min, minimum=0)
        check("prompt_token_max", prompt_token_max, minimum=0)
        check("completion_token_min", completion_token_min, minimum=0)
        check("completion_token_max", completion_token_max, minimum=0)
        check("weighted_feedback_min", weighted_feedback_min, minimum=-10, maximum=10)
        check("weighted_feedback_max", weighted_feedback_max, minimum=-10, maximum=10)
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=0)
        return paginate(
            self._client,
            _AI_MODELS,
            _AI_MODELS_PAGES,
            GetAnalyticsGroupsAiModelsResponsePage,
            values={
                "workspace_slug": workspace_slug,
                "time_of_generation_min": time_of_generation_min,
                "time_of_generation_max": time_of_generation_max,
                "total_units_min": total_units_min,
                "total_units_max": total_units_max,
                "cost_min": cost_min,
                "cost_max": cost_max,
                "prompt_token_min": prompt_token_min,
                "prompt_token_max": prompt_token_max,
                "completion_token_min": completion_token_min,
                "completion_token_max": completion_token_max,
                "status_code": status_code,
                "weighted_feedback_min": weighted_feedback_min,
                "weighted_feedback_max": weighted_feedback_max,
                "virtual_keys": virtual_keys,
                "configs": configs,
                "api_key_ids": api_key_ids,
                "current_page": current_page,
                "page_size": page_size,
                "metadata": metadata,
                "ai_org_model": ai_org_model,
                "trace_id": trace_id,
                "span_id": span_id,
                "prompt_slug": prompt_slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve_metadata(
        self,
        *,
        metadata_key: str,
        workspace_slug: str,
        time_of_generation_min: str,
        time_of_generation_max: str,
        total_units_min: int | Omit = omit,
        total_units_max: int | Omit = omit,
        cost_min: float | Omit = omit,
        cost_max: float | Omit = omit,
        prompt_token_min: int | Omit = omit,
        prompt_token_max: int | Omit = omit,
        completion_token_min: int | Omit = omit,
        completion_token_max: int | Omit = omit,
        status_code: str | Omit = omit,
        weighted_feedback_min: float | Omit = omit,
        weighted_feedback_max: float | Omit = omit,
        virtual_keys: str | Omit = omit,
        configs: str | Omit = omit,
        api_key_ids: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGroupsMetadataMetadataKeyResponsePage:
        """Get metadata key based grouped data.

        Args:
            workspace_slug: Workspace slug filter. If a workspace API key is being used, this filter will not be taken into consideration. If an organisation API key is used and no workspace slug is passed, default workspace will be used.
            time_of_generation_min: Minimum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            time_of_generation_max: Maximum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            total_units_min: Minimum total units (tokens)
            total_units_max: Maximum total units (tokens)
            cost_min: Minimum cost (in cents)
            cost_max: Maximum cost (in cents)
            prompt_token_min: Minimum number of prompt tokens
            prompt_token_max: Maximum number of prompt tokens
            completion_token_min: Minimum number of completion tokens
            completion_token_max: Maximum number of completion tokens
            status_code: Comma separated response status codes
            weighted_feedback_min: Minimum weighted feedback score
            weighted_feedback_max: Maximum weighted feedback score
            virtual_keys: Comma separated virtual key slugs
            configs: Comma separated config slugs
            api_key_ids: Comma separated API key UUIDs
            current_page: Current page number
            page_size: Number of items per page
            metadata: Stringifed json object with key value metadata pairs
            ai_org_model: Comma separated ai provider and model combination. Double underscore (__) should be used as a separator for each provider and model combination
            trace_id: Comma separated trace IDs
            span_id: Comma separated span IDs
            prompt_slug: Comma separated prompt slugs
        """
        check("total_units_min", total_units_min, minimum=0)
        check("total_units_max", total_units_max, minimum=0)
        check("cost_min", cost_min, minimum=0)
        check("cost_max", cost_max, minimum=0)
        check("prompt_token_min", prompt_token_min, minimum=0)
        check("prompt_token_max", prompt_token_max, minimum=0)
        check("completion_token_min", completion_token_min, minimum=0)
        check("completion_token_max", completion_token_max, minimum=0)
        check("weighted_feedback_min", weighted_feedback_min, minimum=-10, maximum=10)
        check("weighted_feedback_max", weighted_feedback_max, minimum=-10, maximum=10)
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=0)
        return paginate(
            self._client,
            _RETRIEVE_METADATA,
            _RETRIEVE_METADATA_PAGES,
            GetAnalyticsGroupsMetadataMetadataKeyResponsePage,
            values={
                "metadataKey": metadata_key,
                "workspace_slug": workspace_slug,
                "time_of_generation_min": time_of_generation_min,
                "time_of_generation_max": time_of_generation_max,
                "total_units_min": total_units_min,
                "total_units_max": total_units_max,
                "cost_min": cost_min,
                "cost_max": cost_max,
                "prompt_token_min": prompt_token_min,
                "prompt_token_max": prompt_token_max,
                "completion_token_min": completion_token_min,
                "completion_token_max": completion_token_max,
                "status_code": status_code,
                "weighted_feedback_min": weighted_feedback_min,
                "weighted_feedback_max": weighted_feedback_max,
                "virtual_keys": virtual_keys,
                "configs": configs,
                "api_key_ids": api_key_ids,
                "current_page": current_page,
                "page_size": page_size,
                "metadata": metadata,
                "ai_org_model": ai_org_model,
                "trace_id": trace_id,
                "span_id": span_id,
                "prompt_slug": prompt_slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def users(
        self,
        *,
        workspace_slug: str,
        time_of_generation_min: str,
        time_of_generation_max: str,
        total_units_min: int | Omit = omit,
        total_units_max: int | Omit = omit,
        cost_min: float | Omit = omit,
        cost_max: float | Omit = omit,
        prompt_token_min: int | Omit = omit,
        prompt_token_max: int | Omit = omit,
        completion_token_min: int | Omit = omit,
        completion_token_max: int | Omit = omit,
        status_code: str | Omit = omit,
        weighted_feedback_min: float | Omit = omit,
        weighted_feedback_max: float | Omit = omit,
        virtual_keys: str | Omit = omit,
        configs: str | Omit = omit,
        api_key_ids: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGroupsUsersResponsePage:
        """Get metadata users grouped data.

        Args:
            workspace_slug: Workspace slug filter. If a workspace API key is being used, this filter will not be taken into consideration. If an organisation API key is used and no workspace slug is passed, default workspace will be used.
            time_of_generation_min: Minimum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            time_of_generation_max: Maximum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            total_units_min: Minimum total units (tokens)
            total_units_max: Maximum total units (tokens)
            cost_min: Minimum cost (in cents)
            cost_max: Maximum cost (in cents)
            prompt_token_min: Minimum number of prompt tokens
            prompt_token_max: Maximum number of prompt tokens
            completion_token_min: Minimum number of completion tokens
            completion_token_max: Maximum number of completion tokens
            status_code: Comma separated response status codes
            weighted_feedback_min: Minimum weighted feedback score
            weighted_feedback_max: Maximum weighted feedback score
            virtual_keys: Comma separated virtual key slugs
            configs: Comma separated config slugs
            api_key_ids: Comma separated API key UUIDs
            current_page: Current page number
            page_size: Number of items per page
            metadata: Stringifed json object with key value metadata pairs
            ai_org_model: Comma separated ai provider and model combination. Double underscore (__) should be used as a separator for each provider and model combination
            trace_id: Comma separated trace IDs
            span_id: Comma separated span IDs
            prompt_slug: Comma separated prompt slugs
        """
        check("total_units_min", total_units_min, minimum=0)
        check("total_units_max", total_units_max, minimum=0)
        check("cost_min", cost_min, minimum=0)
        check("cost_max", cost_max, minimum=0)
        check("prompt_token_min", prompt_token_min, minimum=0)
        check("prompt_token_max", prompt_token_max, minimum=0)
        check("completion_token_min", completion_token_min, minimum=0)
        check("completion_token_max", completion_token_max, minimum=0)
        check("weighted_feedback_min", weighted_feedback_min, minimum=-10, maximum=10)
        check("weighted_feedback_max", weighted_feedback_max, minimum=-10, maximum=10)
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=0)
        return paginate(
            self._client,
            _USERS,
            _USERS_PAGES,
            GetAnalyticsGroupsUsersResponsePage,
            values={
                "workspace_slug": workspace_slug,
                "time_of_generation_min": time_of_generation_min,
                "time_of_generation_max": time_of_generation_max,
                "total_units_min": total_units_min,
                "total_units_max": total_units_max,
                "cost_min": cost_min,
                "cost_max": cost_max,
                "prompt_token_min": prompt_token_min,
                "prompt_token_max": prompt_token_max,
                "completion_token_min": completion_token_min,
                "completion_token_max": completion_token_max,
                "status_code": status_code,
                "weighted_feedback_min": weighted_feedback_min,
                "weighted_feedback_max": weighted_feedback_max,
                "virtual_keys": virtual_keys,
                "configs": configs,
                "api_key_ids": api_key_ids,
                "current_page": current_page,
                "page_size": page_size,
                "metadata": metadata,
                "ai_org_model": ai_org_model,
                "trace_id": trace_id,
                "span_id": span_id,
                "prompt_slug": prompt_slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AnalyticsGroupsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AnalyticsGroups) -> None:
        self.ai_models = to_raw_response(resource.ai_models)
        self.retrieve_metadata = to_raw_response(resource.retrieve_metadata)
        self.users = to_raw_response(resource.users)


class AsyncAnalyticsGroups(AsyncAPIResource):
    """Get grouped metrics for the selected time bucket."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncAnalyticsGroupsWithRawResponse(self)

    def ai_models(
        self,
        *,
        workspace_slug: str,
        time_of_generation_min: str,
        time_of_generation_max: str,
        total_units_min: int | Omit = omit,
        total_units_max: int | Omit = omit,
        cost_min: float | Omit = omit,
        cost_max: float | Omit = omit,
        prompt_token_min: int | Omit = omit,
        prompt_token_max: int | Omit = omit,
        completion_token_min: int | Omit = omit,
        completion_token_max: int | Omit = omit,
        status_code: str | Omit = omit,
        weighted_feedback_min: float | Omit = omit,
        weighted_feedback_max: float | Omit = omit,
        virtual_keys: str | Omit = omit,
        configs: str | Omit = omit,
        api_key_ids: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncGetAnalyticsGroupsAiModelsResponsePage,
        GetAnalyticsGroupsAiModelsResponseDataItem,
    ]:
        """Get ai model grouped data.

        Args:
            workspace_slug: Workspace slug filter. If a workspace API key is being used, this filter will not be taken into consideration. If an organisation API key is used and no workspace slug is passed, default workspace will be used.
            time_of_generation_min: Minimum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            time_of_generation_max: Maximum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            total_units_min: Minimum total units (tokens)
            total_units_max: Maximum total units (tokens)
            cost_min: Minimum cost (in cents)
            cost_max: Maximum cost (in cents)
            prompt_token_min: Minimum number of prompt tokens
            prompt_token_max: Maximum number of prompt tokens
            completion_token_min: Minimum number of completion tokens
            completion_token_max: Maximum number of completion tokens
            status_code: Comma separated response status codes
            weighted_feedback_min: Minimum weighted feedback score
            weighted_feedback_max: Maximum weighted feedback score
            virtual_keys: Comma separated virtual key slugs
            configs: Comma separated config slugs
            api_key_ids: Comma separated API key UUIDs
            current_page: Current page number
            page_size: Number of items per page
            metadata: Stringifed json object with key value metadata pairs
            ai_org_model: Comma separated ai provider and model combination. Double underscore (__) should be used as a separator for each provider and model combination
            trace_id: Comma separated trace IDs
            span_id: Comma separated span IDs
            prompt_slug: Comma separated prompt slugs
        """
        check("total_units_min", total_units_min, minimum=0)
        check("total_units_max", total_units_max, minimum=0)
        check("cost_min", cost_min, minimum=0)
        check("cost_max", cost_max, minimum=0)
        check("prompt_token_min", prompt_token_min, minimum=0)
        check("prompt_token_max", prompt_token_max, minimum=0)
        check("completion_token_min", completion_token_min, minimum=0)
        check("completion_token_max", completion_token_max, minimum=0)
        check("weighted_feedback_min", weighted_feedback_min, minimum=-10, maximum=10)
        check("weighted_feedback_max", weighted_feedback_max, minimum=-10, maximum=10)
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=0)
        return AsyncPaginator(
            self._client,
            _AI_MODELS,
            _AI_MODELS_PAGES,
            AsyncGetAnalyticsGroupsAiModelsResponsePage,
            values={
                "workspace_slug": workspace_slug,
                "time_of_generation_min": time_of_generation_min,
                "time_of_generation_max": time_of_generation_max,
                "total_units_min": total_units_min,
                "total_units_max": total_units_max,
                "cost_min": cost_min,
                "cost_max": cost_max,
                "prompt_token_min": prompt_token_min,
                "prompt_token_max": prompt_token_max,
                "completion_token_min": completion_token_min,
                "completion_token_max": completion_token_max,
                "status_code": status_code,
                "weighted_feedback_min": weighted_feedback_min,
                "weighted_feedback_max": weighted_feedback_max,
                "virtual_keys": virtual_keys,
                "configs": configs,
                "api_key_ids": api_key_ids,
                "current_page": current_page,
                "page_size": page_size,
                "metadata": metadata,
                "ai_org_model": ai_org_model,
                "trace_id": trace_id,
                "span_id": span_id,
                "prompt_slug": prompt_slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve_metadata(
        self,
        *,
        metadata_key: str,
        workspace_slug: str,
        time_of_generation_min: str,
        time_of_generation_max: str,
        total_units_min: int | Omit = omit,
        total_units_max: int | Omit = omit,
        cost_min: float | Omit = omit,
        cost_max: float | Omit = omit,
        prompt_token_min: int | Omit = omit,
        prompt_token_max: int | Omit = omit,
        completion_token_min: int | Omit = omit,
        completion_token_max: int | Omit = omit,
        status_code: str | Omit = omit,
        weighted_feedback_min: float | Omit = omit,
        weighted_feedback_max: float | Omit = omit,
        virtual_keys: str | Omit = omit,
        configs: str | Omit = omit,
        api_key_ids: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncGetAnalyticsGroupsMetadataMetadataKeyResponsePage,
        GetAnalyticsGroupsMetadataMetadataKeyResponseDataItem,
    ]:
        """Get metadata key based grouped data.

        Args:
            workspace_slug: Workspace slug filter. If a workspace API key is being used, this filter will not be taken into consideration. If an organisation API key is used and no workspace slug is passed, default workspace will be used.
            time_of_generation_min: Minimum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            time_of_generation_max: Maximum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            total_units_min: Minimum total units (tokens)
            total_units_max: Maximum total units (tokens)
            cost_min: Minimum cost (in cents)
            cost_max: Maximum cost (in cents)
            prompt_token_min: Minimum number of prompt tokens
            prompt_token_max: Maximum number of prompt tokens
            completion_token_min: Minimum number of completion tokens
            completion_token_max: Maximum number of completion tokens
            status_code: Comma separated response status codes
            weighted_feedback_min: Minimum weighted feedback score
            weighted_feedback_max: Maximum weighted feedback score
            virtual_keys: Comma separated virtual key slugs
            configs: Comma separated config slugs
            api_key_ids: Comma separated API key UUIDs
            current_page: Current page number
            page_size: Number of items per page
            metadata: Stringifed json object with key value metadata pairs
            ai_org_model: Comma separated ai provider and model combination. Double underscore (__) should be used as a separator for each provider and model combination
            trace_id: Comma separated trace IDs
            span_id: Comma separated span IDs
            prompt_slug: Comma separated prompt slugs
        """
        check("total_units_min", total_units_min, minimum=0)
        check("total_units_max", total_units_max, minimum=0)
        check("cost_min", cost_min, minimum=0)
        check("cost_max", cost_max, minimum=0)
        check("prompt_token_min", prompt_token_min, minimum=0)
        check("prompt_token_max", prompt_token_max, minimum=0)
        check("completion_token_min", completion_token_min, minimum=0)
        check("completion_token_max", completion_token_max, minimum=0)
        check("weighted_feedback_min", weighted_feedback_min, minimum=-10, maximum=10)
        check("weighted_feedback_max", weighted_feedback_max, minimum=-10, maximum=10)
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=0)
        return AsyncPaginator(
            self._client,
            _RETRIEVE_METADATA,
            _RETRIEVE_METADATA_PAGES,
            AsyncGetAnalyticsGroupsMetadataMetadataKeyResponsePage,
            values={
                "metadataKey": metadata_key,
                "workspace_slug": workspace_slug,
                "time_of_generation_min": time_of_generation_min,
                "time_of_generation_max": time_of_generation_max,
                "total_units_min": total_units_min,
                "total_units_max": total_units_max,
                "cost_min": cost_min,
                "cost_max": cost_max,
                "prompt_token_min": prompt_token_min,
                "prompt_token_max": prompt_token_max,
                "completion_token_min": completion_token_min,
                "completion_token_max": completion_token_max,
                "status_code": status_code,
                "weighted_feedback_min": weighted_feedback_min,
                "weighted_feedback_max": weighted_feedback_max,
                "virtual_keys": virtual_keys,
                "configs": configs,
                "api_key_ids": api_key_ids,
                "current_page": current_page,
                "page_size": page_size,
                "metadata": metadata,
                "ai_org_model": ai_org_model,
                "trace_id": trace_id,
                "span_id": span_id,
                "prompt_slug": prompt_slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def users(
        self,
        *,
        workspace_slug: str,
        time_of_generation_min: str,
        time_of_generation_max: str,
        total_units_min: int | Omit = omit,
        total_units_max: int | Omit = omit,
        cost_min: float | Omit = omit,
        cost_max: float | Omit = omit,
        prompt_token_min: int | Omit = omit,
        prompt_token_max: int | Omit = omit,
        completion_token_min: int | Omit = omit,
        completion_token_max: int | Omit = omit,
        status_code: str | Omit = omit,
        weighted_feedback_min: float | Omit = omit,
        weighted_feedback_max: float | Omit = omit,
        virtual_keys: str | Omit = omit,
        configs: str | Omit = omit,
        api_key_ids: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[
        AsyncGetAnalyticsGroupsUsersResponsePage,
        GetAnalyticsGroupsUsersResponseDataItem,
    ]:
        """Get metadata users grouped data.

        Args:
            workspace_slug: Workspace slug filter. If a workspace API key is being used, this filter will not be taken into consideration. If an organisation API key is used and no workspace slug is passed, default workspace will be used.
            time_of_generation_min: Minimum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            time_of_generation_max: Maximum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            total_units_min: Minimum total units (tokens)
            total_units_max: Maximum total units (tokens)
            cost_min: Minimum cost (in cents)
            cost_max: Maximum cost (in cents)
            prompt_token_min: Minimum number of prompt tokens
            prompt_token_max: Maximum number of prompt tokens
            completion_token_min: Minimum number of completion tokens
            completion_token_max: Maximum number of completion tokens
            status_code: Comma separated response status codes
            weighted_feedback_min: Minimum weighted feedback score
            weighted_feedback_max: Maximum weighted feedback score
            virtual_keys: Comma separated virtual key slugs
            configs: Comma separated config slugs
            api_key_ids: Comma separated API key UUIDs
            current_page: Current page number
            page_size: Number of items per page
            metadata: Stringifed json object with key value metadata pairs
            ai_org_model: Comma separated ai provider and model combination. Double underscore (__) should be used as a separator for each provider and model combination
            trace_id: Comma separated trace IDs
            span_id: Comma separated span IDs
            prompt_slug: Comma separated prompt slugs
        """
        check("total_units_min", total_units_min, minimum=0)
        check("total_units_max", total_units_max, minimum=0)
        check("cost_min", cost_min, minimum=0)
        check("cost_max", cost_max, minimum=0)
        check("prompt_token_min", prompt_token_min, minimum=0)
        check("prompt_token_max", prompt_token_max, minimum=0)
        check("completion_token_min", completion_token_min, minimum=0)
        check("completion_token_max", completion_token_max, minimum=0)
        check("weighted_feedback_min", weighted_feedback_min, minimum=-10, maximum=10)
        check("weighted_feedback_max", weighted_feedback_max, minimum=-10, maximum=10)
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=0)
        return AsyncPaginator(
            self._client,
            _USERS,
            _USERS_PAGES,
            AsyncGetAnalyticsGroupsUsersResponsePage,
            values={
                "workspace_slug": workspace_slug,
                "time_of_generation_min": time_of_generation_min,
                "time_of_generation_max": time_of_generation_max,
                "total_units_min": total_units_min,
                "total_units_max": total_units_max,
                "cost_min": cost_min,
                "cost_max": cost_max,
                "prompt_token_min": prompt_token_min,
                "prompt_token_max": prompt_token_max,
                "completion_token_min": completion_token_min,
                "completion_token_max": completion_token_max,
                "status_code": status_code,
                "weighted_feedback_min": weighted_feedback_min,
                "weighted_feedback_max": weighted_feedback_max,
                "virtual_keys": virtual_keys,
                "configs": configs,
                "api_key_ids": api_key_ids,
                "current_page": current_page,
                "page_size": page_size,
                "metadata": metadata,
                "ai_org_model": ai_org_model,
                "trace_id": trace_id,
                "span_id": span_id,
                "prompt_slug": prompt_slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAnalyticsGroupsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncAnalyticsGroups) -> None:
        self.ai_models = to_raw_response_async(resource.ai_models)
        self.retrieve_metadata = to_raw_response_async(resource.retrieve_metadata)
        self.users = to_raw_response_async(resource.users)
