# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Create, List, Retrieve, Update, and Delete secret references to external secret managers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._base_client import Endpoint, Param
from .._pagination import AsyncPage, AsyncPaginator, Pages, SyncPage, paginate
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_raw_response, to_raw_response_async
from .._types import Body, Headers, Omit, Query, Timeout, omit
from .._validation import check
from ..models import (
    AwsAccessKeyAuthConfig,
    AwsAssumedRoleAuthConfig,
    AwsServiceRoleAuthConfig,
    AzureDefaultAuthConfig,
    AzureEntraAuthConfig,
    AzureManagedAuthConfig,
    CreateSecretReferenceResponse,
    HashicorpAppRoleAuthConfig,
    HashicorpKubernetesAuthConfig,
    HashicorpTokenAuthConfig,
    ListSecretReferencesResponse,
    SecretReferenceDetailResponse,
    SecretReferenceListItem,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncListSecretReferencesResponsePage",
    "AsyncSecretReferences",
    "ListSecretReferencesResponsePage",
    "SecretReferences",
]

_CREATE_SECRET_REFERENCE = Endpoint(
    method="POST",
    path="/secret-references",
    security=(("api_key",),),
    body="json",
    content_type="application/json",
)
_DELETE_SECRET_REFERENCE = Endpoint(
    method="DELETE",
    path="/secret-references/{secretReferenceId}",
    security=(("api_key",),),
    params=(
        Param("secretReferenceId", "path", "simple", False, "secret_reference_id"),
    ),
)
_GET_SECRET_REFERENCE = Endpoint(
    method="GET",
    path="/secret-references/{secretReferenceId}",
    security=(("api_key",),),
    params=(
        Param("secretReferenceId", "path", "simple", False, "secret_reference_id"),
    ),
)
_LIST_SECRET_REFERENCES = Endpoint(
    method="GET",
    path="/secret-references",
    security=(("api_key",),),
    params=(
        Param("manager_type", "query", "form", True),
        Param("tags", "query", "form", True),
        Param("search", "query", "form", True),
        Param("current_page", "query", "form", True),
        Param("page_size", "query", "form", True),
    ),
)
_LIST_SECRET_REFERENCES_PAGES = Pages(
    kind="page", param="current_page", items="data", total="total", first_page=0
)
_UPDATE_SECRET_REFERENCE = Endpoint(
    method="PUT",
    path="/secret-references/{secretReferenceId}",
    security=(("api_key",),),
    params=(
        Param("secretReferenceId", "path", "simple", False, "secret_reference_id"),
    ),
    body="json",
    content_type="application/json",
)


class ListSecretReferencesResponsePage(
    ListSecretReferencesResponse, SyncPage[SecretReferenceListItem]
):
    """A page of ListSecretReferencesResponse: iterating it yields every SecretReferenceListItem, fetching the following pages as needed."""


class AsyncListSecretReferencesResponsePage(
    ListSecretReferencesResponse, AsyncPage[SecretReferenceListItem]
):
    """A page of ListSecretReferencesResponse: async for over it yields every SecretReferenceListItem, fetching the following pages as needed."""


class SecretReferences(SyncAPIResource):
    """Create, List, Retrieve, Update, and Delete secret references to external secret managers."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = SecretReferencesWithRawResponse(self)

    def create_secret_reference(
        self,
        *,
        name: str,
        manager_type: Literal["aws_sm", "azure_kv", "hashicorp_vault"],
        auth_config: (
            AwsAccessKeyAuthConfig
            | AwsAssumedRoleAuthConfig
            | AwsServiceRoleAuthConfig
            | AzureEntraAuthConfig
            | AzureManagedAuthConfig
            | AzureDefaultAuthConfig
            | HashicorpTokenAuthConfig
            | HashicorpAppRoleAuthConfig
            | HashicorpKubernetesAuthConfig
        ),
        secret_path: str,
        organisation_id: str | Omit = omit,
        slug: str | Omit = omit,
        description: str | Omit | None = omit,
        secret_key: str | Omit | None = omit,
        allow_all_workspaces: bool | Omit = omit,
        allowed_workspaces: list[str] | Omit = omit,
        tags: dict[str, str] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateSecretReferenceResponse:
        """Create a Secret Reference

        Args:
            organisation_id: Required if not using API key auth
            slug: Auto-generated from name if omitted
            allow_all_workspaces: Cannot be true when allowed_workspaces is provided

                Server default: True.
            allowed_workspaces: Array of workspace UUIDs or slugs. Mutually exclusive with allow_all_workspaces=true.
        """
        check("name", name, min_length=1, max_length=255)
        check("secret_path", secret_path, max_length=1024)
        check("slug", slug, max_length=255, pattern="^[a-zA-Z0-9_-]+$")
        check("description", description, max_length=1024)
        check("secret_key", secret_key, max_length=255)
        check("allowed_workspaces", allowed_workspaces, min_items=1)
        return cast(
            CreateSecretReferenceResponse,
            self._client.request(
                _CREATE_SECRET_REFERENCE,
                cast_to=CreateSecretReferenceResponse,
                body={
                    "name": name,
                    "manager_type": manager_type,
                    "auth_config": auth_config,
                    "secret_path": secret_path,
                    "organisation_id": organisation_id,
                    "slug": slug,
                    "description": description,
                    "secret_key": secret_key,
                    "allow_all_workspaces": allow_all_workspaces,
                    "allowed_workspaces": allowed_workspaces,
                    "tags": tags,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_secret_reference(
        self,
        *,
        secret_reference_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a Secret Reference

        Args:
            secret_reference_id: UUID or slug of the secret reference
        """
        return cast(
            dict[str, Any],
            self._client.request(
                _DELETE_SECRET_REFERENCE,
                cast_to=dict[str, Any],
                values={
                    "secretReferenceId": secret_reference_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_secret_reference(
        self,
        *,
        secret_reference_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> SecretReferenceDetailResponse:
        """Get a Secret Reference

        Args:
            secret_reference_id: UUID or slug of the secret reference
        """
        return cast(
            SecretReferenceDetailResponse,
            self._client.request(
                _GET_SECRET_REFERENCE,
                cast_to=SecretReferenceDetailResponse,
                values={
                    "secretReferenceId": secret_reference_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_secret_references(
        self,
        *,
        manager_type: Literal["aws_sm", "azure_kv", "hashicorp_vault"] | Omit = omit,
        tags: str | Omit = omit,
        search: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> ListSecretReferencesResponsePage:
        """List All Secret References

        Args:
            manager_type: Filter by secret manager type
            tags: JSON-encoded object for tag filtering
            search: Search by name
            current_page: Page index (0-based), defaults to 0
            page_size: Items per page (1-100), defaults to 20
        """
        check("search", search, min_length=1, max_length=255)
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1, maximum=100)
        return paginate(
            self._client,
            _LIST_SECRET_REFERENCES,
            _LIST_SECRET_REFERENCES_PAGES,
            ListSecretReferencesResponsePage,
            values={
                "manager_type": manager_type,
                "tags": tags,
                "search": search,
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_secret_reference(
        self,
        *,
        secret_reference_id: str,
        name: str | Omit = omit,
        description: str | Omit | None = omit,
        auth_config: dict[str, Any] | Omit = omit,
        secret_path: str | Omit = omit,
        secret_key: str | Omit | None = omit,
        allow_all_workspaces: bool | Omit = omit,
        allowed_workspaces: list[str] | Omit = omit,
        tags: dict[str, str] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a Secret Reference

        Args:
            secret_reference_id: UUID or slug of the secret reference
            auth_config: Merged with existing config, validated against existing manager_type
            allow_all_workspaces: When true, all workspace-specific mappings are purged
            allowed_workspaces: Replaces existing workspace mappings. Automatically sets allow_all_workspaces to false.
        """
        check("name", name, min_length=1, max_length=255)
        check("description", description, max_length=1024)
        check("secret_path", secret_path, max_length=1024)
        check("secret_key", secret_key, max_length=255)
        check("allowed_workspaces", allowed_workspaces, min_items=1)
        return cast(
            dict[str, Any],
            self._client.request(
                _UPDATE_SECRET_REFERENCE,
                cast_to=dict[str, Any],
                values={
                    "secretReferenceId": secret_reference_id,
                },
                body={
                    "name": name,
                    "description": description,
                    "auth_config": auth_config,
                    "secret_path": secret_path,
                    "secret_key": secret_key,
                    "allow_all_workspaces": allow_all_workspaces,
                    "allowed_workspaces": allowed_workspaces,
                    "tags": tags,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class SecretReferencesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: SecretReferences) -> None:
        self.create_secret_reference = to_raw_response(resource.create_secret_reference)
        self.delete_secret_reference = to_raw_response(resource.delete_secret_reference)
        self.get_secret_reference = to_raw_response(resource.get_secret_reference)
        self.list_secret_references = to_raw_response(resource.list_secret_references)
        self.update_secret_reference = to_raw_response(resource.update_secret_reference)


class AsyncSecretReferences(AsyncAPIResource):
    """Create, List, Retrieve, Update, and Delete secret references to external secret managers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncSecretReferencesWithRawResponse(self)

    async def create_secret_reference(
        self,
        *,
        name: str,
        manager_type: Literal["aws_sm", "azure_kv", "hashicorp_vault"],
        auth_config: (
            AwsAccessKeyAuthConfig
            | AwsAssumedRoleAuthConfig
            | AwsServiceRoleAuthConfig
            | AzureEntraAuthConfig
            | AzureManagedAuthConfig
            | AzureDefaultAuthConfig
            | HashicorpTokenAuthConfig
            | HashicorpAppRoleAuthConfig
            | HashicorpKubernetesAuthConfig
        ),
        secret_path: str,
        organisation_id: str | Omit = omit,
        slug: str | Omit = omit,
        description: str | Omit | None = omit,
        secret_key: str | Omit | None = omit,
        allow_all_workspaces: bool | Omit = omit,
        allowed_workspaces: list[str] | Omit = omit,
        tags: dict[str, str] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> CreateSecretReferenceResponse:
        """Create a Secret Reference

        Args:
            organisation_id: Required if not using API key auth
            slug: Auto-generated from name if omitted
            allow_all_workspaces: Cannot be true when allowed_workspaces is provided

                Server default: True.
            allowed_workspaces: Array of workspace UUIDs or slugs. Mutually exclusive with allow_all_workspaces=true.
        """
        check("name", name, min_length=1, max_length=255)
        check("secret_path", secret_path, max_length=1024)
        check("slug", slug, max_length=255, pattern="^[a-zA-Z0-9_-]+$")
        check("description", description, max_length=1024)
        check("secret_key", secret_key, max_length=255)
        check("allowed_workspaces", allowed_workspaces, min_items=1)
        return cast(
            CreateSecretReferenceResponse,
            await self._client.request(
                _CREATE_SECRET_REFERENCE,
                cast_to=CreateSecretReferenceResponse,
                body={
                    "name": name,
                    "manager_type": manager_type,
                    "auth_config": auth_config,
                    "secret_path": secret_path,
                    "organisation_id": organisation_id,
                    "slug": slug,
                    "description": description,
                    "secret_key": secret_key,
                    "allow_all_workspaces": allow_all_workspaces,
                    "allowed_workspaces": allowed_workspaces,
                    "tags": tags,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_secret_reference(
        self,
        *,
        secret_reference_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Delete a Secret Reference

        Args:
            secret_reference_id: UUID or slug of the secret reference
        """
        return cast(
            dict[str, Any],
            await self._client.request(
                _DELETE_SECRET_REFERENCE,
                cast_to=dict[str, Any],
                values={
                    "secretReferenceId": secret_reference_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_secret_reference(
        self,
        *,
        secret_reference_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> SecretReferenceDetailResponse:
        """Get a Secret Reference

        Args:
            secret_reference_id: UUID or slug of the secret reference
        """
        return cast(
            SecretReferenceDetailResponse,
            await self._client.request(
                _GET_SECRET_REFERENCE,
                cast_to=SecretReferenceDetailResponse,
                values={
                    "secretReferenceId": secret_reference_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list_secret_references(
        self,
        *,
        manager_type: Literal["aws_sm", "azure_kv", "hashicorp_vault"] | Omit = omit,
        tags: str | Omit = omit,
        search: str | Omit = omit,
        current_page: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> AsyncPaginator[AsyncListSecretReferencesResponsePage, SecretReferenceListItem]:
        """List All Secret References

        Args:
            manager_type: Filter by secret manager type
            tags: JSON-encoded object for tag filtering
            search: Search by name
            current_page: Page index (0-based), defaults to 0
            page_size: Items per page (1-100), defaults to 20
        """
        check("search", search, min_length=1, max_length=255)
        check("current_page", current_page, minimum=0)
        check("page_size", page_size, minimum=1, maximum=100)
        return AsyncPaginator(
            self._client,
            _LIST_SECRET_REFERENCES,
            _LIST_SECRET_REFERENCES_PAGES,
            AsyncListSecretReferencesResponsePage,
            values={
                "manager_type": manager_type,
                "tags": tags,
                "search": search,
                "current_page": current_page,
                "page_size": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_secret_reference(
        self,
        *,
        secret_reference_id: str,
        name: str | Omit = omit,
        description: str | Omit | None = omit,
        auth_config: dict[str, Any] | Omit = omit,
        secret_path: str | Omit = omit,
        secret_key: str | Omit | None = omit,
        allow_all_workspaces: bool | Omit = omit,
        allowed_workspaces: list[str] | Omit = omit,
        tags: dict[str, str] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> dict[str, Any]:
        """Update a Secret Reference

        Args:
            secret_reference_id: UUID or slug of the secret reference
            auth_config: Merged with existing config, validated against existing manager_type
            allow_all_workspaces: When true, all workspace-specific mappings are purged
            allowed_workspaces: Replaces existing workspace mappings. Automatically sets allow_all_workspaces to false.
        """
        check("name", name, min_length=1, max_length=255)
        check("description", description, max_length=1024)
        check("secret_path", secret_path, max_length=1024)
        check("secret_key", secret_key, max_length=255)
        check("allowed_workspaces", allowed_workspaces, min_items=1)
        return cast(
            dict[str, Any],
            await self._client.request(
                _UPDATE_SECRET_REFERENCE,
                cast_to=dict[str, Any],
                values={
                    "secretReferenceId": secret_reference_id,
                },
                body={
                    "name": name,
                    "description": description,
                    "auth_config": auth_config,
                    "secret_path": secret_path,
                    "secret_key": secret_key,
                    "allow_all_workspaces": allow_all_workspaces,
                    "allowed_workspaces": allowed_workspaces,
                    "tags": tags,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncSecretReferencesWithRawResponse:
    """The same methods, returning the raw HTTP response (``.parse()`` for the value)."""

    def __init__(self, resource: AsyncSecretReferences) -> None:
        self.create_secret_reference = to_raw_response_async(
            resource.create_secret_reference
        )
        self.delete_secret_reference = to_raw_response_async(
            resource.delete_secret_reference
        )
        self.get_secret_reference = to_raw_response_async(resource.get_secret_reference)
        self.list_secret_references = to_raw_response_async(
            resource.list_secret_references
        )
        self.update_secret_reference = to_raw_response_async(
            resource.update_secret_reference
        )
