# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Manage workspace access for your Portkey Integrations."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from .._base_client import Endpoint, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from ..models import (
    GlobalWorkspaceAccess,
    IntegrationWorkspacesResponse,
    WorkspaceUpdateRequest,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncIntegrationsWorkspaces", "IntegrationsWorkspaces"]

_LIST = Endpoint(
    method="GET",
    path="/integrations/{slug}/workspaces",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
)
_UPDATE = Endpoint(
    method="PUT",
    path="/integrations/{slug}/workspaces",
    security=(("api_key",),),
    params=(Param("slug", "path", "simple", False),),
    body="json",
    content_type="application/json",
)


class IntegrationsWorkspaces(SyncAPIResource):
    """Manage workspace access for your Portkey Integrations."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = IntegrationsWorkspacesWithRawResponse(self)

    def list(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> IntegrationWorkspacesResponse:
        """List integration workspace access

        Retrieves workspace access configuration for an integration, including usage limits and rate limits.
        """
        return cast(
            IntegrationWorkspacesResponse,
            self._client.request(
                _LIST,
                cast_to=IntegrationWorkspacesResponse,
                values={
                    "slug": slug,
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
        slug: str,
        workspaces: builtins.list[WorkspaceUpdateRequest] | Omit = omit,
        global_workspace_access: GlobalWorkspaceAccess | Omit = omit,
        override_existing_workspace_access: bool | Omit = omit,
        create_default_provider: bool | Omit = omit,
        default_provider_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Bulk update workspace access

        Updates workspace access permissions, usage limits, and rate limits for an integration.
        Can configure global workspace access or per-workspace settings.

        Args:
            override_existing_workspace_access: Whether to override existing workspace access settings
            create_default_provider: Whether to automatically create a default provider when granting workspace access. Defaults to true. Can be overridden per workspace.

                Server default: True.
            default_provider_slug: Custom slug for the auto-created default provider. Applies to all workspaces unless overridden per workspace. If the slug already exists, the request will fail with a validation error.
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                body={
                    "workspaces": workspaces,
                    "global_workspace_access": global_workspace_access,
                    "override_existing_workspace_access": override_existing_workspace_access,
                    "create_default_provider": create_default_provider,
                    "default_provider_slug": default_provider_slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class IntegrationsWorkspacesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: IntegrationsWorkspaces) -> None:
        self.list = to_raw_response(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncIntegrationsWorkspaces(AsyncAPIResource):
    """Manage workspace access for your Portkey Integrations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncIntegrationsWorkspacesWithRawResponse(self)

    async def list(
        self,
        *,
        slug: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> IntegrationWorkspacesResponse:
        """List integration workspace access

        Retrieves workspace access configuration for an integration, including usage limits and rate limits.
        """
        return cast(
            IntegrationWorkspacesResponse,
            await self._client.request(
                _LIST,
                cast_to=IntegrationWorkspacesResponse,
                values={
                    "slug": slug,
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
        slug: str,
        workspaces: builtins.list[WorkspaceUpdateRequest] | Omit = omit,
        global_workspace_access: GlobalWorkspaceAccess | Omit = omit,
        override_existing_workspace_access: bool | Omit = omit,
        create_default_provider: bool | Omit = omit,
        default_provider_slug: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Bulk update workspace access

        Updates workspace access permissions, usage limits, and rate limits for an integration.
        Can configure global workspace access or per-workspace settings.

        Args:
            override_existing_workspace_access: Whether to override existing workspace access settings
            create_default_provider: Whether to automatically create a default provider when granting workspace access. Defaults to true. Can be overridden per workspace.

                Server default: True.
            default_provider_slug: Custom slug for the auto-created default provider. Applies to all workspaces unless overridden per workspace. If the slug already exists, the request will fail with a validation error.
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE,
                cast_to=dict[str, Any],
                values={
                    "slug": slug,
                },
                body={
                    "workspaces": workspaces,
                    "global_workspace_access": global_workspace_access,
                    "override_existing_workspace_access": override_existing_workspace_access,
                    "create_default_provider": create_default_provider,
                    "default_provider_slug": default_provider_slug,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncIntegrationsWorkspacesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncIntegrationsWorkspaces) -> None:
        self.list = to_raw_response_async(resource.list)
        self.update = to_raw_response_async(resource.update)
