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
)
from ._types import Omit, Timeout, omit
from ._version import __version__

if TYPE_CHECKING:
    from .resources.images import AsyncImages, Images

__all__ = ["AsyncPortkeyClient", "PortkeyClient"]

_SCHEMES = {
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
            name: value if value is not None else os.environ.get(_SCHEMES[name].env_var)
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
            timeout: seconds or an httpx.Timeout; None waits forever.
            max_retries: retries of connection errors, 408, 409, 429 and 5xx answers.
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

    def with_options(self, **changes: Any) -> Self:
        """A new client with the same settings but ``changes`` (same arguments as the constructor).

        The connection pool is shared unless ``http_client`` is changed.
        """
        options = {**self._options, "http_client": self._http, **changes}
        return type(self)(**options)

    def __enter__(self) -> Self:
        return self

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(self)


class AsyncPortkeyClient(AsyncAPIClient):
    """Client for Portkey API.

    The Portkey REST API. Please see https://portkey.ai/docs/api-reference for more details.
    """

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
            timeout: seconds or an httpx.Timeout; None waits forever.
            max_retries: retries of connection errors, 408, 409, 429 and 5xx answers.
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

    def with_options(self, **changes: Any) -> Self:
        """A new client with the same settings but ``changes`` (same arguments as the constructor).

        The connection pool is shared unless ``http_client`` is changed.
        """
        options = {**self._options, "http_client": self._http, **changes}
        return type(self)(**options)

    async def __aenter__(self) -> Self:
        return self

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(self)
