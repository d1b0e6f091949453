# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Get data points for graphical representation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    GetAnalyticsGraphsCacheHitRateResponse,
    GetAnalyticsGraphsCacheLatencyResponse,
    GetAnalyticsGraphsCostResponse,
    GetAnalyticsGraphsErrorsRateResponse,
    GetAnalyticsGraphsErrorsResponse,
    GetAnalyticsGraphsErrorsStacksResponse,
    GetAnalyticsGraphsErrorsStatusCodesResponse,
    GetAnalyticsGraphsFeedbacksAiModelsResponse,
    GetAnalyticsGraphsFeedbacksResponse,
    GetAnalyticsGraphsFeedbacksScoresResponse,
    GetAnalyticsGraphsFeedbacksWeightedResponse,
    GetAnalyticsGraphsLatencyResponse,
    GetAnalyticsGraphsRequestsRescuedResponse,
    GetAnalyticsGraphsRequestsResponse,
    GetAnalyticsGraphsTokensResponse,
    GetAnalyticsGraphsUsersRequestsResponse,
    GetAnalyticsGraphsUsersResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AnalyticsGraphs", "AsyncAnalyticsGraphs"]

_CACHE_HIT_RATE = Endpoint(
    method="GET",
    path="/analytics/graphs/cache/hit-rate",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_CACHE_LATENCY = Endpoint(
    method="GET",
    path="/analytics/graphs/cache/latency",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_COST = Endpoint(
    method="GET",
    path="/analytics/graphs/cost",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_ERRORS = Endpoint(
    method="GET",
    path="/analytics/graphs/errors",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_ERRORS_RATE = Endpoint(
    method="GET",
    path="/analytics/graphs/errors/rate",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_ERRORS_STACKS = Endpoint(
    method="GET",
    path="/analytics/graphs/errors/stacks",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_ERRORS_STATUS_CODES = Endpoint(
    method="GET",
    path="/analytics/graphs/errors/status-codes",
    security=(("api_key",),),
    params=(
        Param("time_of_generation_min", "query", "form", True),
        Param("time_of_generation_max", "query", "form", True),
        Param("workspace_slug", "query", "form", True),
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_FEEDBACKS = Endpoint(
    method="GET",
    path="/analytics/graphs/feedbacks",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_FEEDBACKS_AI_MODELS = Endpoint(
    method="GET",
    path="/analytics/graphs/feedbacks/ai-models",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_FEEDBACKS_SCORES = Endpoint(
    method="GET",
    path="/analytics/graphs/feedbacks/scores",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_FEEDBACKS_WEIGHTED = Endpoint(
    method="GET",
    path="/analytics/graphs/feedbacks/weighted",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_LATENCY = Endpoint(
    method="GET",
    path="/analytics/graphs/latency",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_REQUESTS = Endpoint(
    method="GET",
    path="/analytics/graphs/requests",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_REQUESTS_RESCUED = Endpoint(
    method="GET",
    path="/analytics/graphs/requests/rescued",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_TOKENS = Endpoint(
    method="GET",
    path="/analytics/graphs/tokens",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_USERS = Endpoint(
    method="GET",
    path="/analytics/graphs/users",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)
_USERS_REQUESTS = Endpoint(
    method="GET",
    path="/analytics/graphs/users/requests",
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
        Param("metadata", "query", "form", True),
        Param("ai_org_model", "query", "form", True),
        Param("trace_id", "query", "form", True),
        Param("span_id", "query", "form", True),
        Param("prompt_slug", "query", "form", True),
    ),
)


class AnalyticsGraphs(SyncAPIResource):
    """Get data points for graphical representation."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AnalyticsGraphsWithRawResponse(self)

    def cache_hit_rate(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsCacheHitRateResponse:
        """Get cache hit rate graph

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
        return cast(
            GetAnalyticsGraphsCacheHitRateResponse,
            self._client.request(
                _CACHE_HIT_RATE,
                cast_to=GetAnalyticsGraphsCacheHitRateResponse,
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
            ),
        )

    def cache_latency(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsCacheLatencyResponse:
        """Get cache hit latency graph

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
        return cast(
            GetAnalyticsGraphsCacheLatencyResponse,
            self._client.request(
                _CACHE_LATENCY,
                cast_to=GetAnalyticsGraphsCacheLatencyResponse,
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
            ),
        )

    def cost(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsCostResponse:
        """Get cost graph

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
        return cast(
            GetAnalyticsGraphsCostResponse,
            self._client.request(
                _COST,
                cast_to=GetAnalyticsGraphsCostResponse,
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
            ),
        )

    def errors(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsErrorsResponse:
        """Get errors graph

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
        return cast(
            GetAnalyticsGraphsErrorsResponse,
            self._client.request(
                _ERRORS,
                cast_to=GetAnalyticsGraphsErrorsResponse,
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
            ),
        )

    def errors_rate(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsErrorsRateResponse:
        """Get percentage error rate graph

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
        return cast(
            GetAnalyticsGraphsErrorsRateResponse,
            self._client.request(
                _ERRORS_RATE,
                cast_to=GetAnalyticsGraphsErrorsRateResponse,
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
            ),
        )

    def errors_stacks(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsErrorsStacksResponse:
        """Get status code wise stacked error graph

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
        return cast(
            GetAnalyticsGraphsErrorsStacksResponse,
            self._client.request(
                _ERRORS_STACKS,
                cast_to=GetAnalyticsGraphsErrorsStacksResponse,
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
            ),
        )

    def errors_status_codes(
        self,
        *,
        time_of_generation_min: str,
        time_of_generation_max: str,
        workspace_slug: str,
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsErrorsStatusCodesResponse:
        """Get status code wise grouped error graph.

        Args:
            time_of_generation_min: Minimum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            time_of_generation_max: Maximum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            workspace_slug: Workspace slug filter. If a workspace API key is being used, this filter will not be taken into consideration. If an organisation API key is used and no workspace slug is passed, default workspace will be used.
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
        return cast(
            GetAnalyticsGraphsErrorsStatusCodesResponse,
            self._client.request(
                _ERRORS_STATUS_CODES,
                cast_to=GetAnalyticsGraphsErrorsStatusCodesResponse,
                values={
                    "time_of_generation_min": time_of_generation_min,
                    "time_of_generation_max": time_of_generation_max,
                    "workspace_slug": workspace_slug,
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
            ),
        )

    def feedbacks(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsFeedbacksResponse:
        """Get feedbacks graph

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
        return cast(
            GetAnalyticsGraphsFeedbacksResponse,
            self._client.request(
                _FEEDBACKS,
                cast_to=GetAnalyticsGraphsFeedbacksResponse,
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
            ),
        )

    def feedbacks_ai_models(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsFeedbacksAiModelsResponse:
        """Get feedbacks per ai_models graph

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
        return cast(
            GetAnalyticsGraphsFeedbacksAiModelsResponse,
            self._client.request(
                _FEEDBACKS_AI_MODELS,
                cast_to=GetAnalyticsGraphsFeedbacksAiModelsResponse,
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
            ),
        )

    def feedbacks_scores(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsFeedbacksScoresResponse:
        """Get score-wise feedbacks distribution graph

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
        return cast(
            GetAnalyticsGraphsFeedbacksScoresResponse,
            self._client.request(
                _FEEDBACKS_SCORES,
                cast_to=GetAnalyticsGraphsFeedbacksScoresResponse,
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
            ),
        )

    def feedbacks_weighted(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsFeedbacksWeightedResponse:
        """Get weighted feedbacks graph. Weighted feedback is (value * score)

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
        return cast(
            GetAnalyticsGraphsFeedbacksWeightedResponse,
            self._client.request(
                _FEEDBACKS_WEIGHTED,
                cast_to=GetAnalyticsGraphsFeedbacksWeightedResponse,
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
            ),
        )

    def latency(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsLatencyResponse:
        """Get latency graph

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
        return cast(
            GetAnalyticsGraphsLatencyResponse,
            self._client.request(
                _LATENCY,
                cast_to=GetAnalyticsGraphsLatencyResponse,
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
            ),
        )

    def requests(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsRequestsResponse:
        """Get requests graph

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
        return cast(
            GetAnalyticsGraphsRequestsResponse,
            self._client.request(
                _REQUESTS,
                cast_to=GetAnalyticsGraphsRequestsResponse,
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
            ),
        )

    def requests_rescued(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsRequestsRescuedResponse:
        """Get retry and fallback rescued requests graph

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
        return cast(
            GetAnalyticsGraphsRequestsRescuedResponse,
            self._client.request(
                _REQUESTS_RESCUED,
                cast_to=GetAnalyticsGraphsRequestsRescuedResponse,
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
            ),
        )

    def tokens(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsTokensResponse:
        """Get tokens graph

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
        return cast(
            GetAnalyticsGraphsTokensResponse,
            self._client.request(
                _TOKENS,
                cast_to=GetAnalyticsGraphsTokensResponse,
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
            ),
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsUsersResponse:
        """Get users graph. Returns unique user count across different time buckets

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
        return cast(
            GetAnalyticsGraphsUsersResponse,
            self._client.request(
                _USERS,
                cast_to=GetAnalyticsGraphsUsersResponse,
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
            ),
        )

    def users_requests(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsUsersRequestsResponse:
        """Get users requests graph. Returns average requests per user across different time buckets

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
        return cast(
            GetAnalyticsGraphsUsersRequestsResponse,
            self._client.request(
                _USERS_REQUESTS,
                cast_to=GetAnalyticsGraphsUsersRequestsResponse,
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
            ),
        )


class AnalyticsGraphsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AnalyticsGraphs) -> None:
        self.cache_hit_rate = to_raw_response(resource.cache_hit_rate)
        self.cache_latency = to_raw_response(resource.cache_latency)
        self.cost = to_raw_response(resource.cost)
        self.errors = to_raw_response(resource.errors)
        self.errors_rate = to_raw_response(resource.errors_rate)
        self.errors_stacks = to_raw_response(resource.errors_stacks)
        self.errors_status_codes = to_raw_response(resource.errors_status_codes)
        self.feedbacks = to_raw_response(resource.feedbacks)
        self.feedbacks_ai_models = to_raw_response(resource.feedbacks_ai_models)
        self.feedbacks_scores = to_raw_response(resource.feedbacks_scores)
        self.feedbacks_weighted = to_raw_response(resource.feedbacks_weighted)
        self.latency = to_raw_response(resource.latency)
        self.requests = to_raw_response(resource.requests)
        self.requests_rescued = to_raw_response(resource.requests_rescued)
        self.tokens = to_raw_response(resource.tokens)
        self.users = to_raw_response(resource.users)
        self.users_requests = to_raw_response(resource.users_requests)


class AsyncAnalyticsGraphs(AsyncAPIResource):
    """Get data points for graphical representation."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncAnalyticsGraphsWithRawResponse(self)

    async def cache_hit_rate(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsCacheHitRateResponse:
        """Get cache hit rate graph

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
        return cast(
            GetAnalyticsGraphsCacheHitRateResponse,
            await self._client.request(
                _CACHE_HIT_RATE,
                cast_to=GetAnalyticsGraphsCacheHitRateResponse,
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
            ),
        )

    async def cache_latency(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsCacheLatencyResponse:
        """Get cache hit latency graph

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
        return cast(
            GetAnalyticsGraphsCacheLatencyResponse,
            await self._client.request(
                _CACHE_LATENCY,
                cast_to=GetAnalyticsGraphsCacheLatencyResponse,
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
            ),
        )

    async def cost(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsCostResponse:
        """Get cost graph

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
        return cast(
            GetAnalyticsGraphsCostResponse,
            await self._client.request(
                _COST,
                cast_to=GetAnalyticsGraphsCostResponse,
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
            ),
        )

    async def errors(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsErrorsResponse:
        """Get errors graph

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
        return cast(
            GetAnalyticsGraphsErrorsResponse,
            await self._client.request(
                _ERRORS,
                cast_to=GetAnalyticsGraphsErrorsResponse,
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
            ),
        )

    async def errors_rate(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsErrorsRateResponse:
        """Get percentage error rate graph

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
        return cast(
            GetAnalyticsGraphsErrorsRateResponse,
            await self._client.request(
                _ERRORS_RATE,
                cast_to=GetAnalyticsGraphsErrorsRateResponse,
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
            ),
        )

    async def errors_stacks(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsErrorsStacksResponse:
        """Get status code wise stacked error graph

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
        return cast(
            GetAnalyticsGraphsErrorsStacksResponse,
            await self._client.request(
                _ERRORS_STACKS,
                cast_to=GetAnalyticsGraphsErrorsStacksResponse,
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
            ),
        )

    async def errors_status_codes(
        self,
        *,
        time_of_generation_min: str,
        time_of_generation_max: str,
        workspace_slug: str,
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsErrorsStatusCodesResponse:
        """Get status code wise grouped error graph.

        Args:
            time_of_generation_min: Minimum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            time_of_generation_max: Maximum time of generation in ISO8601 format (YYYY-MM-DDTHH:MM:SS±HH:MM).
            workspace_slug: Workspace slug filter. If a workspace API key is being used, this filter will not be taken into consideration. If an organisation API key is used and no workspace slug is passed, default workspace will be used.
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
        return cast(
            GetAnalyticsGraphsErrorsStatusCodesResponse,
            await self._client.request(
                _ERRORS_STATUS_CODES,
                cast_to=GetAnalyticsGraphsErrorsStatusCodesResponse,
                values={
                    "time_of_generation_min": time_of_generation_min,
                    "time_of_generation_max": time_of_generation_max,
                    "workspace_slug": workspace_slug,
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
            ),
        )

    async def feedbacks(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsFeedbacksResponse:
        """Get feedbacks graph

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
        return cast(
            GetAnalyticsGraphsFeedbacksResponse,
            await self._client.request(
                _FEEDBACKS,
                cast_to=GetAnalyticsGraphsFeedbacksResponse,
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
            ),
        )

    async def feedbacks_ai_models(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsFeedbacksAiModelsResponse:
        """Get feedbacks per ai_models graph

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
        return cast(
            GetAnalyticsGraphsFeedbacksAiModelsResponse,
            await self._client.request(
                _FEEDBACKS_AI_MODELS,
                cast_to=GetAnalyticsGraphsFeedbacksAiModelsResponse,
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
            ),
        )

    async def feedbacks_scores(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsFeedbacksScoresResponse:
        """Get score-wise feedbacks distribution graph

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
        return cast(
            GetAnalyticsGraphsFeedbacksScoresResponse,
            await self._client.request(
                _FEEDBACKS_SCORES,
                cast_to=GetAnalyticsGraphsFeedbacksScoresResponse,
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
            ),
        )

    async def feedbacks_weighted(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsFeedbacksWeightedResponse:
        """Get weighted feedbacks graph. Weighted feedback is (value * score)

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
        return cast(
            GetAnalyticsGraphsFeedbacksWeightedResponse,
            await self._client.request(
                _FEEDBACKS_WEIGHTED,
                cast_to=GetAnalyticsGraphsFeedbacksWeightedResponse,
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
            ),
        )

    async def latency(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsLatencyResponse:
        """Get latency graph

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
        return cast(
            GetAnalyticsGraphsLatencyResponse,
            await self._client.request(
                _LATENCY,
                cast_to=GetAnalyticsGraphsLatencyResponse,
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
            ),
        )

    async def requests(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsRequestsResponse:
        """Get requests graph

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
        return cast(
            GetAnalyticsGraphsRequestsResponse,
            await self._client.request(
                _REQUESTS,
                cast_to=GetAnalyticsGraphsRequestsResponse,
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
            ),
        )

    async def requests_rescued(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsRequestsRescuedResponse:
        """Get retry and fallback rescued requests graph

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
        return cast(
            GetAnalyticsGraphsRequestsRescuedResponse,
            await self._client.request(
                _REQUESTS_RESCUED,
                cast_to=GetAnalyticsGraphsRequestsRescuedResponse,
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
            ),
        )

    async def tokens(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsTokensResponse:
        """Get tokens graph

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
        return cast(
            GetAnalyticsGraphsTokensResponse,
            await self._client.request(
                _TOKENS,
                cast_to=GetAnalyticsGraphsTokensResponse,
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
            ),
        )

    async def users(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsUsersResponse:
        """Get users graph. Returns unique user count across different time buckets

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
        return cast(
            GetAnalyticsGraphsUsersResponse,
            await self._client.request(
                _USERS,
                cast_to=GetAnalyticsGraphsUsersResponse,
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
            ),
        )

    async def users_requests(
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
        metadata: str | Omit = omit,
        ai_org_model: str | Omit = omit,
        trace_id: str | Omit = omit,
        span_id: str | Omit = omit,
        prompt_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> GetAnalyticsGraphsUsersRequestsResponse:
        """Get users requests graph. Returns average requests per user across different time buckets

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
        return cast(
            GetAnalyticsGraphsUsersRequestsResponse,
            await self._client.request(
                _USERS_REQUESTS,
                cast_to=GetAnalyticsGraphsUsersRequestsResponse,
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
            ),
        )


class AsyncAnalyticsGraphsWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncAnalyticsGraphs) -> None:
        self.cache_hit_rate = to_raw_response_async(resource.cache_hit_rate)
        self.cache_latency = to_raw_response_async(resource.cache_latency)
        self.cost = to_raw_response_async(resource.cost)
        self.errors = to_raw_response_async(resource.errors)
        self.errors_rate = to_raw_response_async(resource.errors_rate)
        self.errors_stacks = to_raw_response_async(resource.errors_stacks)
        self.errors_status_codes = to_raw_response_async(resource.errors_status_codes)
        self.feedbacks = to_raw_response_async(resource.feedbacks)
        self.feedbacks_ai_models = to_raw_response_async(resource.feedbacks_ai_models)
        self.feedbacks_scores = to_raw_response_async(resource.feedbacks_scores)
        self.feedbacks_weighted = to_raw_response_async(resource.feedbacks_weighted)
        self.latency = to_raw_response_async(resource.latency)
        self.requests = to_raw_response_async(resource.requests)
        self.requests_rescued = to_raw_response_async(resource.requests_rescued)
        self.tokens = to_raw_response_async(resource.tokens)
        self.users = to_raw_response_async(resource.users)
        self.users_requests = to_raw_response_async(resource.users_requests)
