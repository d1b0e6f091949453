# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Python client for Portkey API."""

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._client import AsyncPortkeyClient, PortkeyClient
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._realtime import (
    AsyncRealtimeConnection,
    AsyncRealtimeConnectionManager,
    RealtimeConnection,
    RealtimeConnectionClosed,
)
from ._response import RawResponse
from ._types import FileTypes, Omit, omit
from ._version import __version__

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPortkeyClient",
    "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FileTypes",
    "InternalServerError",
    "InvalidArgumentError",
    "MissingCredentialsError",
    "NotFoundError",
    "Omit",
    "PermissionDeniedError",
    "PortkeyClient",
    "RateLimitError",
    "RawResponse",
    "RealtimeConnection",
    "RealtimeConnectionClosed",
    "UnprocessableEntityError",
    "__version__",
    "omit",
]
