# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Send and Update any feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import FeedbackResponse

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncFeedback", "Feedback"]

_CREATE_FEEDBACK = Endpoint(
    method="POST",
    path="/feedback",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_UPDATE_FEEDBACK = Endpoint(
    method="PUT",
    path="/feedback/{id}",
    security=(("api_key",),),
    params=(Param("id", "path", "simple", False),),
    body="json",
    content_type="application/json",
)


class Feedback(SyncAPIResource):
    """Send and Update any feedback."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = FeedbackWithRawResponse(self)

    def create_feedback(
        self,
        *,
        trace_id: str,
        value: int,
        weight: float | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FeedbackResponse:
        """Create new feedback

        This endpoint allows users to submit feedback for a particular interaction or response.

        Args:
            trace_id: Unique identifier for the request trace.
            value: Feedback value, an integer between -10 and 10.
            weight: Weight of the feedback, a float between 0 and 1. Default is 1.0.

                Server default: 1.0.
            metadata: Additional metadata for the feedback.
        """
        check("value", value, minimum=-10, maximum=10)
        check("weight", weight, minimum=0, maximum=1)
        return cast(
            FeedbackResponse,
            self._client.request(
                _CREATE_FEEDBACK,
                cast_to=FeedbackResponse,
                body={
                    "trace_id": trace_id,
                    "value": value,
                    "weight": weight,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update_feedback(
        self,
        *,
        id: str,
        value: int,
        weight: float | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FeedbackResponse:
        """Updates existing feedback

        This endpoint allows users to update existing feedback.

        Args:
            id: Feedback ID
            value: Feedback value, an integer between -10 and 10.
            weight: Weight of the feedback, a float between 0 and 1. Default is 1.0.

                Server default: 1.0.
            metadata: Additional metadata for the feedback.
        """
        check("value", value, minimum=-10, maximum=10)
        check("weight", weight, minimum=0, maximum=1)
        return cast(
            FeedbackResponse,
            self._client.request(
                _UPDATE_FEEDBACK,
                cast_to=FeedbackResponse,
                values={
                    "id": id,
                },
                body={"value": value, "weight": weight, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class FeedbackWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: Feedback) -> None:
        self.create_feedback = to_raw_response(resource.create_feedback)
        self.update_feedback = to_raw_response(resource.update_feedback)


class AsyncFeedback(AsyncAPIResource):
    """Send and Update any feedback."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncFeedbackWithRawResponse(self)

    async def create_feedback(
        self,
        *,
        trace_id: str,
        value: int,
        weight: float | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FeedbackResponse:
        """Create new feedback

        This endpoint allows users to submit feedback for a particular interaction or response.

        Args:
            trace_id: Unique identifier for the request trace.
            value: Feedback value, an integer between -10 and 10.
            weight: Weight of the feedback, a float between 0 and 1. Default is 1.0.

                Server default: 1.0.
            metadata: Additional metadata for the feedback.
        """
        check("value", value, minimum=-10, maximum=10)
        check("weight", weight, minimum=0, maximum=1)
        return cast(
            FeedbackResponse,
            await self._client.request(
                _CREATE_FEEDBACK,
                cast_to=FeedbackResponse,
                body={
                    "trace_id": trace_id,
                    "value": value,
                    "weight": weight,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update_feedback(
        self,
        *,
        id: str,
        value: int,
        weight: float | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> FeedbackResponse:
        """Updates existing feedback

        This endpoint allows users to update existing feedback.

        Args:
            id: Feedback ID
            value: Feedback value, an integer between -10 and 10.
            weight: Weight of the feedback, a float between 0 and 1. Default is 1.0.

                Server default: 1.0.
            metadata: Additional metadata for the feedback.
        """
        check("value", value, minimum=-10, maximum=10)
        check("weight", weight, minimum=0, maximum=1)
        return cast(
            FeedbackResponse,
            await self._client.request(
                _UPDATE_FEEDBACK,
                cast_to=FeedbackResponse,
                values={
                    "id": id,
                },
                body={"value": value, "weight": weight, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFeedbackWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncFeedback) -> None:
        self.create_feedback = to_raw_response_async(resource.create_feedback)
        self.update_feedback = to_raw_response_async(resource.update_feedback)
