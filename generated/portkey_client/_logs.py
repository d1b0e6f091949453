# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Debug logging of requests, responses and retries, with credentials redacted."""

from __future__ import annotations

import logging
from collections.abc import Iterable

import httpx

from ._errors import request_id_of

__all__ = ["ALWAYS_SECRET", "RequestLog", "log"]

# The package's logger: enable with logging.getLogger("<package>").setLevel(DEBUG).
log = logging.getLogger(__name__.rpartition(".")[0])

REDACTED = "<redacted>"
# Sent by hand through default_headers or extra_headers often enough to hide too.
ALWAYS_SECRET = frozenset(
    {"authorization", "proxy-authorization", "cookie", "api-key", "x-api-key"}
)


class RequestLog:
    """Logs what is sent and received, never the value of a credential."""

    def __init__(
        self, secret_headers: Iterable[str], secret_query: Iterable[str]
    ) -> None:
        self._headers = ALWAYS_SECRET | {name.lower() for name in secret_headers}
        self._query = frozenset(secret_query)

    def request(self, request: httpx.Request, attempt: int) -> None:
        """Debug: an attempt (counted from 0) is about to be sent."""
        if not log.isEnabledFor(logging.DEBUG):
            return
        headers = {
            name: REDACTED if name.lower() in self._headers else value
            for name, value in request.headers.items()
        }
        log.debug(
            "request %s %s attempt=%d headers=%s",
            request.method,
            self.url(request.url),
            attempt + 1,
            headers,
        )

    def response(self, response: httpx.Response, elapsed: float) -> None:
        """Debug: an answer arrived after ``elapsed`` seconds."""
        if not log.isEnabledFor(logging.DEBUG):
            return
        log.debug(
            "response %s %s -> %d in %.0f ms request_id=%s",
            response.request.method,
            self.url(response.request.url),
            response.status_code,
            elapsed * 1000,
            request_id_of(response.headers) or "-",
        )

    def retry(
        self, request: httpx.Request, delay: float, retry: int, of: int, reason: str
    ) -> None:
        """Info: retry number ``retry`` of ``of`` follows in ``delay`` seconds."""
        log.info(
            "retrying %s %s in %.3f s (retry %d of %d): %s",
            request.method,
            self.url(request.url),
            delay,
            retry,
            of,
            reason,
        )

    def url(self, url: httpx.URL) -> str:
        """``url`` with the values of credential query parameters hidden."""
        for name in self._query & set(url.params):
            url = url.copy_set_param(name, REDACTED)
        return str(url)
