"""Sending requests: auth, encoding, timeouts, retries and errors."""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._encoding import (
    Param,
    check_header_text,
    encode_body,
    format_path,
    header_value,
    path_segment,
    query_pairs,
)
from ._errors import (
    APIConnectionError,
    APIStatusError,
    InvalidArgumentError,
    MissingCredentialsError,
    connection_error,
    status_error,
)
from ._http import OwnedAsyncClient, OwnedClient
from ._logs import ALWAYS_SECRET, RequestLog
from ._response import WANT_RAW, RawResponse, parse_response
from ._retries import RETRYABLE_ERRORS, retry_delay, should_retry
from ._streaming import AsyncStream, Stream
from ._types import Body, Headers, Omit, Query, Timeout, omit
from ._upload import Upload

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Endpoint",
    "Param",
    "Scheme",
    "SyncAPIClient",
    "env_vars",
]

# Long reads: generation calls can take minutes; a dead host should fail fast.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# What an httpx client has when nobody chose a timeout: then ours applies.
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


@dataclass(frozen=True)
class Scheme:
    """How one credential travels: a header, query or cookie value, or HTTP auth."""

    kind: str  # "header", "query", "cookie", "bearer" or "basic"
    wire_name: str
    env_var: str
    # "basic" only: the argument and variable that hold the password; the
    # username is held under the scheme's own name and env_var
    password: str = ""
    password_env_var: str = ""


def env_vars(schemes: Mapping[str, Scheme]) -> dict[str, str]:
    """The environment variable each credential argument defaults to."""
    found = {name: scheme.env_var for name, scheme in schemes.items()}
    found.update(
        (s.password, s.password_env_var) for s in schemes.values() if s.password
    )
    return found


@dataclass(frozen=True)
class Endpoint:
    """What a generated method knows about its operation."""

    method: str
    path: str
    security: tuple[tuple[str, ...], ...] = ()
    params: tuple[Param, ...] = ()
    body: str | None = None  # "json", "multipart", "form", "text" or "binary"
    content_type: str | None = None
    files: frozenset[str] = field(default_factory=frozenset)
    # other content types the body may be sent as: (content type, kind, files)
    alternatives: tuple[tuple[str, str, frozenset[str]], ...] = ()
    response: str = "json"  # "json", "text", "binary" or "empty"
    accept: str = "application/json"  # the success response's media type
    server_url: str | None = None
    # a header carrying one key per call, the same on every retry of it
    idempotency_header: str | None = None
    # constant query pairs the spec's path key carries (``/responses?beta=true``);
    # an argument or extra_query of the same name replaces one
    query: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class _Prepared:
    """One call, encoded once: every attempt sends exactly these bytes."""

    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    headers: httpx.Headers
    content: bytes | Upload | None
    timeout: Timeout


class _BaseClient:
    """State and logic shared by the sync and async clients."""

    # sent on every attempt after the first, with the number of retries so far
    _retry_count_header: str | None = None

    def __init__(
        self,
        *,
        base_url: str,
        base_url_overridden: bool,
        credentials: Mapping[str, str | None],
        schemes: Mapping[str, Scheme],
        timeout: Timeout | Omit,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
        user_agent: str,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int):
            raise TypeError("max_retries must be an int")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.base_url = base_url.rstrip("/")
        self._base_url_overridden = base_url_overridden
        self._credentials = {k: v for k, v in credentials.items() if v}
        self._schemes = schemes
        self._check_credentials()
        self.timeout: Timeout = (
            DEFAULT_TIMEOUT if isinstance(timeout, Omit) else timeout
        )
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        self._user_agent = user_agent
        # The same for every call: built once, copied per call.
        self._headers = httpx.Headers(
            {"Accept": "application/json", "User-Agent": user_agent}
        )
        for name, value in self._default_headers.items():
            self._headers[name] = check_header_text(f"default_headers[{name!r}]", value)
        self._accept_given = "accept" in {k.lower() for k in self._default_headers}
        # What each endpoint's security sends from the credentials held, by id()
        # of the endpoint (kept alive in the value): worked out on its first call.
        self._auth: dict[int, tuple[Endpoint, tuple[tuple[Scheme, str], ...]]] = {}
        secret_headers = [s.wire_name for s in schemes.values() if s.kind != "query"]
        secret_query = [s.wire_name for s in schemes.values() if s.kind == "query"]
        self._log = RequestLog(secret_headers, secret_query)
        # What must not reach another origin: every scheme's header (cookie
        # credentials travel in Cookie, which is listed) and query parameter.
        self._secret_headers = ALWAYS_SECRET | {n.lower() for n in secret_headers}
        self._secret_query = frozenset(secret_query)

    def _check_credentials(self) -> None:
        """Refuse, before any request, a credential HTTP cannot carry.

        The error names the argument and its variable, never the value.
        """
        for name, scheme in self._schemes.items():
            value = self._credentials.get(name)
            if value is None:
                continue
            source = f"{name} (or ${scheme.env_var})"
            if scheme.kind == "basic":
                if ":" in value:
                    raise InvalidArgumentError(
                        f"{source} must not contain ':' (HTTP basic auth "
                        "separates the username from the password with it)"
                    )
            elif scheme.kind != "query":
                check_header_text(source, value, cookie=scheme.kind == "cookie")

    # -- building a request ---------------------------------------------------

    def _prepare(
        self,
        endpoint: Endpoint,
        values: Mapping[str, Any],
        body: Any,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | Omit,
        content_type: str | None = None,
        stream: bool = False,
    ) -> _Prepared:
        # httpx.Headers: a name set twice in different case is one header, not two
        headers = self._headers.copy()
        accept = "text/event-stream" if stream else endpoint.accept
        if not self._accept_given:  # a default_headers Accept is the caller's choice
            headers["Accept"] = accept
        params: list[tuple[str, str | int | float | bool | None]] = []
        for name, value in self._default_query.items():
            params.extend(query_pairs(Param(name, "query"), value))
        cookies: list[str] = []
        self._authenticate(endpoint, headers, params, cookies)
        segments: dict[str, str] = {}
        for param in endpoint.params:
            value = values.get(param.name, omit)
            if isinstance(value, Omit):
                continue
            if param.location == "path":
                segments[param.name] = path_segment(param, value)
            elif param.location == "query":
                if value is not None:
                    params.extend(query_pairs(param, value))
            elif param.location == "header":
                if value is not None:
                    headers[param.name] = header_value(param, value)
            elif value is not None:
                cookies.append(f"{param.name}={header_value(param, value)}")
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        if endpoint.query:
            sent = {name for name, _ in params}
            params[:0] = [pair for pair in endpoint.query if pair[0] not in sent]
        content: bytes | Upload | None = None
        if endpoint.body is not None and not isinstance(body, Omit):
            kind, chosen, files = (
                endpoint.body,
                endpoint.content_type or "",
                endpoint.files,
            )
            if content_type is not None and content_type != chosen:
                for alternative in endpoint.alternatives:
                    if alternative[0] == content_type:
                        chosen, kind, files = alternative
                        break
                else:
                    raise ValueError(
                        f"{endpoint.method} {endpoint.path} cannot send {content_type}"
                    )
            content, header = encode_body(kind, chosen, body, files, extra_body)
            headers["Content-Type"] = header
            if isinstance(content, Upload):  # sent with a length, not chunked
                headers["Content-Length"] = str(content.length)
        key_header = endpoint.idempotency_header
        if key_header is not None and key_header not in headers:
            headers[key_header] = str(uuid.uuid4())  # unless the caller gave one
        for name, value in (extra_headers or {}).items():
            if isinstance(value, Omit):
                if name in headers:
                    del headers[name]
            else:
                headers[name] = check_header_text(f"extra_headers[{name!r}]", value)
        for name, value in (extra_query or {}).items():
            params = [p for p in params if p[0] != name]
            if not isinstance(value, Omit):
                params.extend(query_pairs(Param(name, "query"), value))
        base = self.base_url
        if endpoint.server_url and not self._base_url_overridden:
            base = endpoint.server_url
        return _Prepared(
            method=endpoint.method,
            url=base + format_path(endpoint.path, segments),
            params=params,
            headers=headers,
            content=content,
            timeout=self.timeout if isinstance(timeout, Omit) else timeout,
        )

    def _authenticate(
        self,
        endpoint: Endpoint,
        headers: httpx.Headers,
        params: list[tuple[str, str | int | float | bool | None]],
        cookies: list[str],
    ) -> None:
        """Send every credential the operation accepts that the client holds."""
        if not endpoint.security:
            return
        known = self._auth.get(id(endpoint))
        if known is None or known[0] is not endpoint:
            known = self._auth[id(endpoint)] = (
                endpoint,
                self._credentials_for(endpoint),
            )
        for scheme, value in known[1]:
            if scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {value}"
            elif scheme.kind == "basic":
                headers["Authorization"] = f"Basic {value}"
            elif scheme.kind == "header":
                headers[scheme.wire_name] = value
            elif scheme.kind == "query":
                params.append((scheme.wire_name, value))
            else:
                cookies.append(f"{scheme.wire_name}={value}")

    def _credentials_for(self, endpoint: Endpoint) -> tuple[tuple[Scheme, str], ...]:
        """The credentials held that the operation accepts, in name order.

        At least one of the operation's alternatives must be complete; otherwise
        no request is made and the error lists what would do.
        """
        held = {
            name
            for name, scheme in self._schemes.items()
            if name in self._credentials
            and (not scheme.password or scheme.password in self._credentials)
        }
        if not any(set(alternative) <= held for alternative in endpoint.security):
            options = "; ".join(
                " + ".join(self._describe(name) for name in alternative)
                for alternative in endpoint.security
            )
            raise MissingCredentialsError(
                f"{endpoint.method} {endpoint.path} needs one of these sets of "
                f"credentials: {options}. Pass them to the client or set the "
                "environment variables."
            )
        wanted = {name for alternative in endpoint.security for name in alternative}
        return tuple(
            (self._schemes[name], self._credential(name))
            for name in sorted(wanted & held)
        )

    def _describe(self, name: str) -> str:
        scheme = self._schemes[name]
        if scheme.password:
            return (
                f"{name} + {scheme.password} "
                f"(${scheme.env_var}, ${scheme.password_env_var})"
            )
        return f"{name} (${scheme.env_var})"

    def _credential(self, name: str) -> str:
        """What the scheme sends: the value, or ``user:password`` in base64."""
        scheme = self._schemes[name]
        if scheme.kind != "basic":
            return self._credentials[name]
        pair = f"{self._credentials[name]}:{self._credentials.get(scheme.password, '')}"
        return base64.b64encode(pair.encode("utf-8")).decode("ascii")

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, prepared: _Prepared
    ) -> httpx.Request:
        # Merging even no parameters re-parses the URL (and re-encodes a query
        # the URL already has): skipped when there is nothing it could change.
        params = prepared.params if prepared.params or "?" in prepared.url else None
        upload = isinstance(prepared.content, Upload)
        request = http.build_request(
            prepared.method,
            prepared.url,
            params=params,
            headers=prepared.headers,
            content=None if upload else prepared.content,
            timeout=prepared.timeout,
        )
        if isinstance(prepared.content, Upload):
            request.stream = prepared.content  # read afresh by every attempt
        return request

    def _redirect(
        self,
        http: httpx.Client | httpx.AsyncClient,
        first: httpx.Request,
        response: httpx.Response,
        hops: int,
    ) -> httpx.Request | None:
        """The request that follows ``response``'s redirect, or None to stop.

        httpx drops only Authorization on the way to another origin; every
        credential of the spec's security schemes is dropped here as well, so
        an API that redirects elsewhere never hands its keys to that host.
        """
        following = response.next_request
        if following is None or not http.follow_redirects:
            return None
        if hops >= http.max_redirects:
            raise APIConnectionError(
                response.request,
                f"Connection error: more than {http.max_redirects} redirects",
            )
        if _origin(following.url) != _origin(first.url):
            for name in self._secret_headers:
                following.headers.pop(name, None)
            url = following.url
            if self._secret_query & set(url.params):
                kept = [
                    (k, v)
                    for k, v in url.params.multi_items()
                    if k not in self._secret_query
                ]
                following.url = url.copy_with(params=kept)
        return following

    # -- after an attempt -----------------------------------------------------

    def _delay_after_error(
        self, retries_done: int, request: httpx.Request, error: httpx.RequestError
    ) -> float | None:
        """Seconds to wait before trying again after ``error``; None: give up."""
        if retries_done >= self.max_retries or not isinstance(error, RETRYABLE_ERRORS):
            return None
        delay = retry_delay(retries_done, None)
        if delay is None:
            return None
        reason = type(error).__name__
        self._log.retry(request, delay, retries_done + 1, self.max_retries, reason)
        return delay

    def _delay_after_status(
        self, retries_done: int, response: httpx.Response
    ) -> float | None:
        """Seconds to wait before trying again after an error answer; None: give up."""
        if retries_done >= self.max_retries or not should_retry(response):
            return None
        delay = retry_delay(retries_done, response)
        if delay is None:
            return None
        reason = f"status {response.status_code}"
        self._log.retry(
            response.request, delay, retries_done + 1, self.max_retries, reason
        )
        return delay

    @staticmethod
    def _result(
        response: httpx.Response, cast_to: Any, endpoint: Endpoint, raw: bool
    ) -> Any:
        if raw:
            return RawResponse(response, cast_to, endpoint.response)
        return parse_response(response, cast_to, endpoint.response)


class SyncAPIClient(_BaseClient):
    """The blocking client: one ``httpx.Client``, shared by every call."""

    def __init__(self, *, http_client: httpx.Client | None, **kwargs: Any) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        super().__init__(**_with_timeout_of(http_client, kwargs))
        self._owns_http = http_client is None
        # Ours closes itself when dropped unclosed; the caller's stays theirs.
        self._http = http_client or OwnedClient(
            timeout=self.timeout, follow_redirects=True
        )

    def request(
        self,
        endpoint: Endpoint,
        *,
        cast_to: Any,
        values: Mapping[str, Any] | None = None,
        body: Any = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
        stream: bool = False,
        stream_to: Any = None,
        content_type: str | None = None,
    ) -> Any:
        """Send one call, retrying as configured; its parsed value or a ``RawResponse``.

        With ``stream``, a successful answer is returned unread, as a stream of
        ``stream_to`` events; ``content_type`` picks one of the body's alternatives.
        """
        raw = WANT_RAW.get()
        prepared = self._prepare(
            endpoint,
            values or {},
            body,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            content_type,
            stream,
        )
        retries_done = 0
        while True:
            request = self._build(self._http, prepared)
            if retries_done and self._retry_count_header is not None:
                request.headers[self._retry_count_header] = str(retries_done)
            self._log.request(request, retries_done)
            started = time.monotonic()
            try:
                response = self._send(request, stream)
            except httpx.RequestError as exc:
                delay = self._delay_after_error(retries_done, request, exc)
                if delay is None:
                    raise connection_error(request, exc) from exc
            else:
                self._log.response(response, time.monotonic() - started)
                if response.is_success:
                    if stream:
                        return Stream(response, stream_to)
                    return self._result(response, cast_to, endpoint, raw)
                delay = self._delay_after_status(retries_done, response)
                if delay is None:
                    raise _status_error(response)
            time.sleep(delay)
            retries_done += 1

    def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """One attempt, redirects followed; an error answer is read whole."""
        first, hops = request, 0
        while True:
            response = self._http.send(request, stream=stream, follow_redirects=False)
            try:
                following = self._redirect(self._http, first, response, hops)
                if following is None:
                    if not response.is_success:
                        response.read()  # a no-op unless streaming
                    return response
            except BaseException:
                response.close()
                raise
            response.close()
            request, hops = following, hops + 1

    def close(self) -> None:
        """Close the connection pool (unless it was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """The asyncio client: one ``httpx.AsyncClient``, shared by every call."""

    def __init__(self, *, http_client: httpx.AsyncClient | None, **kwargs: Any) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        super().__init__(**_with_timeout_of(http_client, kwargs))
        self._owns_http = http_client is None
        # Ours closes itself when dropped unclosed; the caller's stays theirs.
        self._http = http_client or OwnedAsyncClient(
            timeout=self.timeout, follow_redirects=True
        )

    async def request(
        self,
        endpoint: Endpoint,
        *,
        cast_to: Any,
        values: Mapping[str, Any] | None = None,
        body: Any = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
        stream: bool = False,
        stream_to: Any = None,
        content_type: str | None = None,
    ) -> Any:
        """Send one call, retrying as configured; its parsed value or a ``RawResponse``.

        With ``stream``, a successful answer is returned unread, as a stream of
        ``stream_to`` events; ``content_type`` picks one of the body's alternatives.
        """
        raw = WANT_RAW.get()
        prepared = self._prepare(
            endpoint,
            values or {},
            body,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            content_type,
            stream,
        )
        retries_done = 0
        while True:
            request = self._build(self._http, prepared)
            if retries_done and self._retry_count_header is not None:
                request.headers[self._retry_count_header] = str(retries_done)
            self._log.request(request, retries_done)
            started = time.monotonic()
            try:
                response = await self._send(request, stream)
            except httpx.RequestError as exc:
                delay = self._delay_after_error(retries_done, request, exc)
                if delay is None:
                    raise connection_error(request, exc) from exc
            else:
                self._log.response(response, time.monotonic() - started)
                if response.is_success:
                    if stream:
                        return AsyncStream(response, stream_to)
                    return self._result(response, cast_to, endpoint, raw)
                delay = self._delay_after_status(retries_done, response)
                if delay is None:
                    raise _status_error(response)
            import asyncio  # here, not at the top: a sync-only process never needs it

            await asyncio.sleep(delay)
            retries_done += 1

    async def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """One attempt, redirects followed; an error answer is read whole."""
        first, hops = request, 0
        while True:
            response = await self._http.send(
                request, stream=stream, follow_redirects=False
            )
            try:
                following = self._redirect(self._http, first, response, hops)
                if following is None:
                    if not response.is_success:
                        await response.aread()  # a no-op unless streaming
                    return response
            except BaseException:
                await response.aclose()
                raise
            await response.aclose()
            request, hops = following, hops + 1

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _with_timeout_of(
    http_client: httpx.Client | httpx.AsyncClient | None, kwargs: dict[str, Any]
) -> dict[str, Any]:
    """``kwargs`` with the timeout of a caller's httpx client that chose one.

    A timeout passed to our constructor still wins; httpx's own default does
    not count as a choice.
    """
    if (
        http_client is not None
        and isinstance(kwargs.get("timeout"), Omit)
        and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT
    ):
        return {**kwargs, "timeout": http_client.timeout}
    return kwargs


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, url.port or default)


def _status_error(response: httpx.Response) -> APIStatusError:
    try:
        body: object = response.json()
    except ValueError:
        body = response.text or None
    return status_error(response, body)
