# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""When a failed attempt is worth repeating, and how long to wait before it."""

from __future__ import annotations

import email.utils
import random
import time

import httpx

__all__ = [
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRYABLE_ERRORS",
    "RETRY_STATUSES",
    "retry_after",
    "retry_delay",
    "should_retry",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server's Retry-After is honoured up to this many seconds; beyond, give up.
MAX_RETRY_AFTER = 60.0
# Timeout, lock conflict, rate limit; every 5xx is retried as well.
RETRY_STATUSES = frozenset({408, 409, 429})
# Failures where the request may not have reached the server, or got no answer.
# Bad URLs, unsupported schemes and local protocol errors would only fail again.
RETRYABLE_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


def should_retry(response: httpx.Response) -> bool:
    """Whether an error answer may succeed if sent again.

    A server can decide for itself with ``x-should-retry: true|false``.
    """
    override: str | None = response.headers.get("x-should-retry")
    if override in ("true", "false"):
        return override == "true"
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


def retry_delay(retries_done: int, response: httpx.Response | None) -> float | None:
    """Seconds to wait before the next attempt; None: do not try again.

    The server's ``retry-after-ms`` or ``Retry-After`` when it gives one within
    ``MAX_RETRY_AFTER``; beyond it, None: trying earlier than the server asks
    only spends quota, and waiting longer would hang the caller. Without
    one, exponential backoff with jitter, so that many clients failing
    together do not come back together.
    """
    if response is not None:
        delay = retry_after(response.headers)
        if delay is not None and delay > MAX_RETRY_AFTER:
            return None
        if delay is not None and delay >= 0:
            return delay
    backoff = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
    return backoff * (1 - 0.25 * random.random())


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from ``retry-after-ms``, or ``Retry-After`` as seconds or an HTTP date."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed.timestamp() - time.time()
