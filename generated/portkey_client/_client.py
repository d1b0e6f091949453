# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""The PortkeyClient and AsyncPortkeyClient classes."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    Scheme,
    SyncAPIClient,
    env_vars,
)
from ._types import Omit, Timeout, omit
from ._version import __version__

if TYPE_CHECKING:
    from .resources.analytics import Analytics, AsyncAnalytics
    from .resources.api_keys import ApiKeys, AsyncApiKeys
    from .resources.assistants import Assistants, AsyncAssistants
    from .resources.audio import AsyncAudio, Audio
    from .resources.audit_logs import AsyncAuditLogs, AuditLogs
    from .resources.batch import AsyncBatch, Batch
    from .resources.chat import AsyncChat, Chat
    from .resources.collections import AsyncCollections, Collections
    from .resources.completions import AsyncCompletions, Completions
    from .resources.configs import AsyncConfigs, Configs
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.feedback import AsyncFeedback, Feedback
    from .resources.files import AsyncFiles, Files
    from .resources.fine_tuning import AsyncFineTuning, FineTuning
    from .resources.finetune import AsyncFinetune, Finetune
    from .resources.guardrails import AsyncGuardrails, Guardrails
    from .resources.images import AsyncImages, Images
    from .resources.integrations import AsyncIntegrations, Integrations
    from .resources.labels import AsyncLabels, Labels
    from .resources.logs import AsyncLogs, Logs
    from .resources.logs_export import AsyncLogsExport, LogsExport
    from .resources.mcp_integrations import AsyncMcpIntegrations, McpIntegrations
    from .resources.mcp_servers import AsyncMcpServers, McpServers
    from .resources.model_pricing import AsyncModelPricing, ModelPricing
    from .resources.models import AsyncModels, Models
    from .resources.moderations import AsyncModerations, Moderations
    from .resources.prompt_partials import AsyncPromptPartials, PromptPartials
    from .resources.prompts import AsyncPrompts, Prompts
    from .resources.providers import AsyncProviders, Providers
    from .resources.rate_limits_policies import (
        AsyncRateLimitsPolicies,
        RateLimitsPolicies,
    )
    from .resources.realtime import AsyncRealtime, Realtime
    from .resources.rerank import AsyncRerank, Rerank
    from .resources.responses import AsyncResponses, Responses
    from .resources.secret_references import AsyncSecretReferences, SecretReferences
    from .resources.usage_limits_policies import (
        AsyncUsageLimitsPolicies,
        UsageLimitsPolicies,
    )
    from .resources.user_invites import AsyncUserInvites, UserInvites
    from .resources.users import AsyncUsers, Users
    from .resources.vector_stores import AsyncVectorStores, VectorStores
    from .resources.virtual_keys import AsyncVirtualKeys, VirtualKeys
    from .resources.workspaces import AsyncWorkspaces, Workspaces

__all__ = ["AsyncPortkeyClient", "PortkeyClient"]

_SCHEMES: dict[str, Scheme] = {
    "api_key": Scheme(
        kind="header", wire_name="x-portkey-api-key", env_var="PORTKEY_API_KEY"
    ),
    "virtual_key": Scheme(
        kind="header", wire_name="x-portkey-virtual-key", env_var="PORTKEY_VIRTUAL_KEY"
    ),
    "provider_auth": Scheme(
        kind="bearer", wire_name="Authorization", env_var="PORTKEY_PROVIDER_AUTH"
    ),
    "provider": Scheme(
        kind="header", wire_name="x-portkey-provider", env_var="PORTKEY_PROVIDER"
    ),
    "config": Scheme(
        kind="header", wire_name="x-portkey-config", env_var="PORTKEY_CONFIG"
    ),
    "custom_host": Scheme(
        kind="header", wire_name="x-portkey-custom-host", env_var="PORTKEY_CUSTOM_HOST"
    ),
}
_ENV_VARS = env_vars(_SCHEMES)
_DEFAULT_BASE_URL: str | None = "https://api.portkey.ai/v1"
# The spec's version is free text; a header value carries only visible ASCII.
_VERSION_TOKEN = re.sub(r"[^!-~]+", "-", __version__) or "0"
_USER_AGENT = f"{__package__}/{_VERSION_TOKEN} python-httpx/{httpx.__version__}"


def _settings(
    base_url: str | httpx.URL | None,
    credentials: Mapping[str, str | None],
    timeout: Timeout | Omit,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    default_query: Mapping[str, object] | None,
) -> dict[str, Any]:
    """Constructor arguments with environment variables filled in."""
    chosen = base_url if base_url is not None else os.environ.get("PORTKEY_BASE_URL")
    url = str(chosen) if chosen else _DEFAULT_BASE_URL
    if not url:
        raise ValueError("no base_url: pass base_url= or set $PORTKEY_BASE_URL")
    return {
        "base_url": url,
        "base_url_overridden": bool(chosen),
        "credentials": {
            name: value if value is not None else os.environ.get(_ENV_VARS[name])
            for name, value in credentials.items()
        },
        "schemes": _SCHEMES,
        "timeout": timeout,
        "max_retries": max_retries,
        "default_headers": default_headers,
        "default_query": default_query,
        "user_agent": _USER_AGENT,
    }


class PortkeyClient(SyncAPIClient):
    """Client for Portkey API.

    The Portkey REST API. Please see https://portkey.ai/docs/api-reference for more details.
    """

    _retry_count_header = "x-stainless-retry-count"

    def __init__(
        self,
        *,
        api_key: str | None = None,
        virtual_key: str | None = None,
        provider_auth: str | None = None,
        provider: str | None = None,
        config: str | None = None,
        custom_host: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | Omit = omit,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client; credentials not passed are read from the environment.

        Args:
            api_key: sent as x-portkey-api-key; defaults to $PORTKEY_API_KEY.
            virtual_key: sent as x-portkey-virtual-key; defaults to $PORTKEY_VIRTUAL_KEY.
            provider_auth: Bearer token; defaults to $PORTKEY_PROVIDER_AUTH.
            provider: sent as x-portkey-provider; defaults to $PORTKEY_PROVIDER.
            config: sent as x-portkey-config; defaults to $PORTKEY_CONFIG.
            custom_host: sent as x-portkey-custom-host; defaults to $PORTKEY_CUSTOM_HOST.
            base_url: defaults to $PORTKEY_BASE_URL, then https://api.portkey.ai/v1.
            timeout: seconds or an httpx.Timeout for each attempt (a call's own timeout= wins);
                defaults to 600 s to read and 5 s to connect; None waits forever.
            max_retries: retries of connection errors, 408, 409, 429 and 5xx answers,
                after the server's Retry-After or an exponential backoff; defaults to 2.
            default_headers: headers sent with every request.
            default_query: query parameters sent with every request.
            http_client: an httpx client to use (and not close) instead of a new one.
        """
        self._options: dict[str, Any] = {
            "api_key": api_key,
            "virtual_key": virtual_key,
            "provider_auth": provider_auth,
            "provider": provider,
            "config": config,
            "custom_host": custom_host,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        super().__init__(
            http_client=http_client,
            **_settings(
                base_url,
                {
                    "api_key": api_key,
                    "virtual_key": virtual_key,
                    "provider_auth": provider_auth,
                    "provider": provider,
                    "config": config,
                    "custom_host": custom_host,
                },
                timeout,
                max_retries,
                default_headers,
                default_query,
            ),
        )

    def with_options(
        self,
        *,
        api_key: str | Omit | None = omit,
        virtual_key: str | Omit | None = omit,
        provider_auth: str | Omit | None = omit,
        provider: str | Omit | None = omit,
        config: str | Omit | None = omit,
        custom_host: str | Omit | None = omit,
        base_url: str | httpx.URL | Omit | None = omit,
        timeout: Timeout | Omit = omit,
        max_retries: int | Omit = omit,
        default_headers: Mapping[str, str] | Omit = omit,
        default_query: Mapping[str, object] | Omit = omit,
        http_client: httpx.Client | Omit = omit,
    ) -> Self:
        """A copy of this client with some settings changed; the rest are kept.

        Arguments mean what they mean to the constructor. ``default_headers``
        and ``default_query`` are added to this client's. The copy shares this
        client's connection pool unless ``http_client`` is given, and closing
        the copy leaves that pool open for this client.
        """
        changes = {
            "api_key": api_key,
            "virtual_key": virtual_key,
            "provider_auth": provider_auth,
            "provider": provider,
            "config": config,
            "custom_host": custom_host,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "http_client": http_client,
        }
        options = {**self._options, "http_client": self._http}
        options.update((k, v) for k, v in changes.items() if not isinstance(v, Omit))
        if not isinstance(default_headers, Omit):
            options["default_headers"] = {**self._default_headers, **default_headers}
        if not isinstance(default_query, Omit):
            options["default_query"] = {**self._default_query, **default_query}
        return type(self)(**options)

    def __enter__(self) -> Self:
        return self

    @cached_property
    def analytics(self) -> Analytics:
        from .resources.analytics import Analytics

        return Analytics(self)

    @cached_property
    def api_keys(self) -> ApiKeys:
        from .resources.api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def assistants(self) -> Assistants:
        from .resources.assistants import Assistants

        return Assistants(self)

    @cached_property
    def audio(self) -> Audio:
        from .resources.audio import Audio

        return Audio(self)

    @cached_property
    def audit_logs(self) -> AuditLogs:
        from .resources.audit_logs import AuditLogs

        return AuditLogs(self)

    @cached_property
    def batch(self) -> Batch:
        from .resources.batch import Batch

        return Batch(self)

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def collections(self) -> Collections:
        from .resources.collections import Collections

        return Collections(self)

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(self)

    @cached_property
    def configs(self) -> Configs:
        from .resources.configs import Configs

        return Configs(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def feedback(self) -> Feedback:
        from .resources.feedback import Feedback

        return Feedback(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    @cached_property
    def fine_tuning(self) -> FineTuning:
        from .resources.fine_tuning import FineTuning

        return FineTuning(self)

    @cached_property
    def finetune(self) -> Finetune:
        from .resources.finetune import Finetune

        return Finetune(self)

    @cached_property
    def guardrails(self) -> Guardrails:
        from .resources.guardrails import Guardrails

        return Guardrails(self)

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(self)

    @cached_property
    def integrations(self) -> Integrations:
        from .resources.integrations import Integrations

        return Integrations(self)

    @cached_property
    def labels(self) -> Labels:
        from .resources.labels import Labels

        return Labels(self)

    @cached_property
    def logs(self) -> Logs:
        from .resources.logs import Logs

        return Logs(self)

    @cached_property
    def logs_export(self) -> LogsExport:
        from .resources.logs_export import LogsExport

        return LogsExport(self)

    @cached_property
    def mcp_integrations(self) -> McpIntegrations:
        from .resources.mcp_integrations import McpIntegrations

        return McpIntegrations(self)

    @cached_property
    def mcp_servers(self) -> McpServers:
        from .resources.mcp_servers import McpServers

        return McpServers(self)

    @cached_property
    def model_pricing(self) -> ModelPricing:
        from .resources.model_pricing import ModelPricing

        return ModelPricing(self)

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @cached_property
    def moderations(self) -> Moderations:
        from .resources.moderations import Moderations

        return Moderations(self)

    @cached_property
    def prompt_partials(self) -> PromptPartials:
        from .resources.prompt_partials import PromptPartials

        return PromptPartials(self)

    @cached_property
    def prompts(self) -> Prompts:
        from .resources.prompts import Prompts

        return Prompts(self)

    @cached_property
    def providers(self) -> Providers:
        from .resources.providers import Providers

        return Providers(self)

    @cached_property
    def rate_limits_policies(self) -> RateLimitsPolicies:
        from .resources.rate_limits_policies import RateLimitsPolicies

        return RateLimitsPolicies(self)

    @cached_property
    def realtime(self) -> Realtime:
        from .resources.realtime import Realtime

        return Realtime(self)

    @cached_property
    def rerank(self) -> Rerank:
        from .resources.rerank import Rerank

        return Rerank(self)

    @cached_property
    def responses(self) -> Responses:
        from .resources.responses import Responses

        return Responses(self)

    @cached_property
    def secret_references(self) -> SecretReferences:
        from .resources.secret_references import SecretReferences

        return SecretReferences(self)

    @cached_property
    def usage_limits_policies(self) -> UsageLimitsPolicies:
        from .resources.usage_limits_policies import UsageLimitsPolicies

        return UsageLimitsPolicies(self)

    @cached_property
    def user_invites(self) -> UserInvites:
        from .resources.user_invites import UserInvites

        return UserInvites(self)

    @cached_property
    def users(self) -> Users:
        from .resources.users import Users

        return Users(self)

    @cached_property
    def vector_stores(self) -> VectorStores:
        from .resources.vector_stores import VectorStores

        return VectorStores(self)

    @cached_property
    def virtual_keys(self) -> VirtualKeys:
        from .resources.virtual_keys import VirtualKeys

        return VirtualKeys(self)

    @cached_property
    def workspaces(self) -> Workspaces:
        from .resources.workspaces import Workspaces

        return Workspaces(self)


class AsyncPortkeyClient(AsyncAPIClient):
    """Client for Portkey API.

    The Portkey REST API. Please see https://portkey.ai/docs/api-reference for more details.
    """

    _retry_count_header = "x-stainless-retry-count"

    def __init__(
        self,
        *,
        api_key: str | None = None,
        virtual_key: str | None = None,
        provider_auth: str | None = None,
        provider: str | None = None,
        config: str | None = None,
        custom_host: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | Omit = omit,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client; credentials not passed are read from the environment.

        Args:
            api_key: sent as x-portkey-api-key; defaults to $PORTKEY_API_KEY.
            virtual_key: sent as x-portkey-virtual-key; defaults to $PORTKEY_VIRTUAL_KEY.
            provider_auth: Bearer token; defaults to $PORTKEY_PROVIDER_AUTH.
            provider: sent as x-portkey-provider; defaults to $PORTKEY_PROVIDER.
            config: sent as x-portkey-config; defaults to $PORTKEY_CONFIG.
            custom_host: sent as x-portkey-custom-host; defaults to $PORTKEY_CUSTOM_HOST.
            base_url: defaults to $PORTKEY_BASE_URL, then https://api.portkey.ai/v1.
            timeout: seconds or an httpx.Timeout for each attempt (a call's own timeout= wins);
                defaults to 600 s to read and 5 s to connect; None waits forever.
            max_retries: retries of connection errors, 408, 409, 429 and 5xx answers,
                after the server's Retry-After or an exponential backoff; defaults to 2.
            default_headers: headers sent with every request.
            default_query: query parameters sent with every request.
            http_client: an httpx client to use (and not close) instead of a new one.
        """
        self._options: dict[str, Any] = {
            "api_key": api_key,
            "virtual_key": virtual_key,
            "provider_auth": provider_auth,
            "provider": provider,
            "config": config,
            "custom_host": custom_host,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        super().__init__(
            http_client=http_client,
            **_settings(
                base_url,
                {
                    "api_key": api_key,
                    "virtual_key": virtual_key,
                    "provider_auth": provider_auth,
                    "provider": provider,
                    "config": config,
                    "custom_host": custom_host,
                },
                timeout,
                max_retries,
                default_headers,
                default_query,
            ),
        )

    def with_options(
        self,
        *,
        api_key: str | Omit | None = omit,
        virtual_key: str | Omit | None = omit,
        provider_auth: str | Omit | None = omit,
        provider: str | Omit | None = omit,
        config: str | Omit | None = omit,
        custom_host: str | Omit | None = omit,
        base_url: str | httpx.URL | Omit | None = omit,
        timeout: Timeout | Omit = omit,
        max_retries: int | Omit = omit,
        default_headers: Mapping[str, str] | Omit = omit,
        default_query: Mapping[str, object] | Omit = omit,
        http_client: httpx.AsyncClient | Omit = omit,
    ) -> Self:
        """A copy of this client with some settings changed; the rest are kept.

        Arguments mean what they mean to the constructor. ``default_headers``
        and ``default_query`` are added to this client's. The copy shares this
        client's connection pool unless ``http_client`` is given, and closing
        the copy leaves that pool open for this client.
        """
        changes = {
            "api_key": api_key,
            "virtual_key": virtual_key,
            "provider_auth": provider_auth,
            "provider": provider,
            "config": config,
            "custom_host": custom_host,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "http_client": http_client,
        }
        options = {**self._options, "http_client": self._http}
        options.update((k, v) for k, v in changes.items() if not isinstance(v, Omit))
        if not isinstance(default_headers, Omit):
            options["default_headers"] = {**self._default_headers, **default_headers}
        if not isinstance(default_query, Omit):
            options["default_query"] = {**self._default_query, **default_query}
        return type(self)(**options)

    async def __aenter__(self) -> Self:
        return self

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        from .resources.analytics import AsyncAnalytics

        return AsyncAnalytics(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        from .resources.api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def assistants(self) -> AsyncAssistants:
        from .resources.assistants import AsyncAssistants

        return AsyncAssistants(self)

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def audit_logs(self) -> AsyncAuditLogs:
        from .resources.audit_logs import AsyncAuditLogs

        return AsyncAuditLogs(self)

    @cached_property
    def batch(self) -> AsyncBatch:
        from .resources.batch import AsyncBatch

        return AsyncBatch(self)

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def collections(self) -> AsyncCollections:
        from .resources.collections import AsyncCollections

        return AsyncCollections(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def configs(self) -> AsyncConfigs:
        from .resources.configs import AsyncConfigs

        return AsyncConfigs(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def feedback(self) -> AsyncFeedback:
        from .resources.feedback import AsyncFeedback

        return AsyncFeedback(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        from .resources.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self)

    @cached_property
    def finetune(self) -> AsyncFinetune:
        from .resources.finetune import AsyncFinetune

        return AsyncFinetune(self)

    @cached_property
    def guardrails(self) -> AsyncGuardrails:
        from .resources.guardrails import AsyncGuardrails

        return AsyncGuardrails(self)

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def integrations(self) -> AsyncIntegrations:
        from .resources.integrations import AsyncIntegrations

        return AsyncIntegrations(self)

    @cached_property
    def labels(self) -> AsyncLabels:
        from .resources.labels import AsyncLabels

        return AsyncLabels(self)

    @cached_property
    def logs(self) -> AsyncLogs:
        from .resources.logs import AsyncLogs

        return AsyncLogs(self)

    @cached_property
    def logs_export(self) -> AsyncLogsExport:
        from .resources.logs_export import AsyncLogsExport

        return AsyncLogsExport(self)

    @cached_property
    def mcp_integrations(self) -> AsyncMcpIntegrations:
        from .resources.mcp_integrations import AsyncMcpIntegrations

        return AsyncMcpIntegrations(self)

    @cached_property
    def mcp_servers(self) -> AsyncMcpServers:
        from .resources.mcp_servers import AsyncMcpServers

        return AsyncMcpServers(self)

    @cached_property
    def model_pricing(self) -> AsyncModelPricing:
        from .resources.model_pricing import AsyncModelPricing

        return AsyncModelPricing(self)

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def moderations(self) -> AsyncModerations:
        from .resources.moderations import AsyncModerations

        return AsyncModerations(self)

    @cached_property
    def prompt_partials(self) -> AsyncPromptPartials:
        from .resources.prompt_partials import AsyncPromptPartials

        return AsyncPromptPartials(self)

    @cached_property
    def prompts(self) -> AsyncPrompts:
        from .resources.prompts import AsyncPrompts

        return AsyncPrompts(self)

    @cached_property
    def providers(self) -> AsyncProviders:
        from .resources.providers import AsyncProviders

        return AsyncProviders(self)

    @cached_property
    def rate_limits_policies(self) -> AsyncRateLimitsPolicies:
        from .resources.rate_limits_policies import AsyncRateLimitsPolicies

        return AsyncRateLimitsPolicies(self)

    @cached_property
    def realtime(self) -> AsyncRealtime:
        from .resources.realtime import AsyncRealtime

        return AsyncRealtime(self)

    @cached_property
    def rerank(self) -> AsyncRerank:
        from .resources.rerank import AsyncRerank

        return AsyncRerank(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        from .resources.responses import AsyncResponses

        return AsyncResponses(self)

    @cached_property
    def secret_references(self) -> AsyncSecretReferences:
        from .resources.secret_references import AsyncSecretReferences

        return AsyncSecretReferences(self)

    @cached_property
    def usage_limits_policies(self) -> AsyncUsageLimitsPolicies:
        from .resources.usage_limits_policies import AsyncUsageLimitsPolicies

        return AsyncUsageLimitsPolicies(self)

    @cached_property
    def user_invites(self) -> AsyncUserInvites:
        from .resources.user_invites import AsyncUserInvites

        return AsyncUserInvites(self)

    @cached_property
    def users(self) -> AsyncUsers:
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def vector_stores(self) -> AsyncVectorStores:
        from .resources.vector_stores import AsyncVectorStores

        return AsyncVectorStores(self)

    @cached_property
    def virtual_keys(self) -> AsyncVirtualKeys:
        from .resources.virtual_keys import AsyncVirtualKeys

        return AsyncVirtualKeys(self)

    @cached_property
    def workspaces(self) -> AsyncWorkspaces:
        from .resources.workspaces import AsyncWorkspaces

        return AsyncWorkspaces(self)
