# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Operations tagged 'analytics'."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .analytics_graphs import AnalyticsGraphs, AsyncAnalyticsGraphs
    from .analytics_groups import AnalyticsGroups, AsyncAnalyticsGroups
    from .analytics_summary import AnalyticsSummary, AsyncAnalyticsSummary

__all__ = ["Analytics", "AsyncAnalytics"]


class Analytics(SyncAPIResource):
    """Operations tagged 'analytics'."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    @cached_property
    def graphs(self) -> AnalyticsGraphs:
        from .analytics_graphs import AnalyticsGraphs

        return AnalyticsGraphs(self._client)

    @cached_property
    def groups(self) -> AnalyticsGroups:
        from .analytics_groups import AnalyticsGroups

        return AnalyticsGroups(self._client)

    @cached_property
    def summary(self) -> AnalyticsSummary:
        from .analytics_summary import AnalyticsSummary

        return AnalyticsSummary(self._client)


class AsyncAnalytics(AsyncAPIResource):
    """Operations tagged 'analytics'."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    @cached_property
    def graphs(self) -> AsyncAnalyticsGraphs:
        from .analytics_graphs import AsyncAnalyticsGraphs

        return AsyncAnalyticsGraphs(self._client)

    @cached_property
    def groups(self) -> AsyncAnalyticsGroups:
        from .analytics_groups import AsyncAnalyticsGroups

        return AsyncAnalyticsGroups(self._client)

    @cached_property
    def summary(self) -> AsyncAnalyticsSummary:
        from .analytics_summary import AsyncAnalyticsSummary

        return AsyncAnalyticsSummary(self._client)
