"""The client runtime against a real local HTTP server: options, timeouts, retries, errors, logs."""

from __future__ import annotations

import asyncio
import email.utils
import inspect
import logging
import re
import time

import httpx
import pytest
from calls import OK, PNG, direct, edit
from portkey_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncPortkeyClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PortkeyClient,
    RateLimitError,
    UnprocessableEntityError,
    __version__,
)
from portkey_client.resources.images import AsyncImages, Images
from recording_server import Answer, RecordingServer

SECRETS = {
    "api_key": "pk-secret-0001",
    "virtual_key": "vk-secret-0002",
    "provider_auth": "sk-secret-0003",
    "config": '{"api_key": "sk-secret-0004"}',
}


@pytest.fixture(autouse=True)
def _answers_ok(server: RecordingServer) -> None:
    server.default = Answer(200, OK)


def retry_delays(caplog: pytest.LogCaptureFixture) -> list[float]:
    """The waits the client announced before each retry, in seconds."""
    return [
        float(match.group(1))
        for record in caplog.records
        if record.name == "portkey_client"
        and (match := re.search(r" in ([0-9.]+) s \(retry", record.getMessage()))
    ]


class TestSurface:
    def test_async_client_mirrors_the_sync_one(self) -> None:
        """Both clients and both resources take the same arguments; only the HTTP client type differs."""
        for sync, async_ in (
            (PortkeyClient.__init__, AsyncPortkeyClient.__init__),
            (PortkeyClient.with_options, AsyncPortkeyClient.with_options),
            (Images.edit, AsyncImages.edit),
        ):
            assert list(inspect.signature(sync).parameters) == list(
                inspect.signature(async_).parameters
            )
        assert inspect.iscoroutinefunction(AsyncImages.edit)
        assert inspect.iscoroutinefunction(AsyncPortkeyClient.close)

    def test_error_hierarchy(self) -> None:
        """Status errors, connection errors and validation errors all derive from APIError."""
        for cls in (
            BadRequestError,
            AuthenticationError,
            PermissionDeniedError,
            NotFoundError,
            ConflictError,
            UnprocessableEntityError,
            RateLimitError,
            InternalServerError,
        ):
            assert issubclass(cls, APIStatusError)
        assert issubclass(APIStatusError, APIError)
        assert issubclass(APITimeoutError, APIConnectionError)
        assert issubclass(APIConnectionError, APIError)
        assert issubclass(APIResponseValidationError, APIError)

    def test_user_agent_names_package_and_version(
        self, server: RecordingServer
    ) -> None:
        """Every request says which package and version sent it."""
        edit("sync", direct(server), image=PNG, prompt="p")
        agent = server.requests[0].headers["user-agent"]
        assert agent.startswith(f"portkey_client/{__version__} ")


class TestTimeouts:
    def test_default_timeout_connects_fast_and_reads_long(self) -> None:
        """By default a dead host fails within seconds while a slow generation may take minutes."""
        client = PortkeyClient(api_key="pk", virtual_key="vk")
        assert client.timeout == DEFAULT_TIMEOUT
        assert isinstance(DEFAULT_TIMEOUT, httpx.Timeout)
        assert DEFAULT_TIMEOUT.connect is not None and DEFAULT_TIMEOUT.connect <= 10
        assert DEFAULT_TIMEOUT.read is not None and DEFAULT_TIMEOUT.read >= 300
        assert client.max_retries == DEFAULT_MAX_RETRIES == 2
        client.close()

    def test_client_timeout(self, server: RecordingServer, flavour: str) -> None:
        """A client-wide timeout turns a hung call into APITimeoutError."""
        server.default = Answer(hang=True)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            edit(flavour, direct(server, timeout=0.5), image=PNG, prompt="p")
        assert time.monotonic() - started < 5.0

    def test_call_timeout_wins_over_the_client_one(
        self, server: RecordingServer, flavour: str
    ) -> None:
        """timeout= on a call replaces the client's timeout for that call."""
        server.default = Answer(hang=True)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            edit(
                flavour,
                direct(server, timeout=60.0),
                image=PNG,
                prompt="p",
                timeout=0.5,
            )
        assert time.monotonic() - started < 5.0

    def test_timeouts_are_retried(self, server: RecordingServer) -> None:
        """A timed-out attempt counts as a connection failure and is retried."""
        server.answers.append(Answer(hang=True))
        result = edit(
            "sync", direct(server, timeout=0.3, max_retries=1), image=PNG, prompt="p"
        )
        assert result.created == OK["created"]
        assert len(server.requests) == 2


class TestRetries:
    @pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
    def test_client_errors_are_not_retried(
        self, server: RecordingServer, status: int
    ) -> None:
        """4xx answers other than 408, 409 and 429 are raised after one attempt."""
        server.default = Answer(status, {"error": {"message": "no"}})
        with pytest.raises(APIStatusError):
            edit("sync", direct(server, max_retries=2), image=PNG, prompt="p")
        assert len(server.requests) == 1

    @pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
    def test_retryable_statuses_are_retried(
        self, server: RecordingServer, status: int
    ) -> None:
        """408, 409, 429 and 5xx are retried; the call then succeeds."""
        server.answers.append(Answer(status, {}, {"retry-after-ms": "0"}))
        edit("sync", direct(server, max_retries=1), image=PNG, prompt="p")
        assert len(server.requests) == 2

    def test_server_may_forbid_a_retry(self, server: RecordingServer) -> None:
        """x-should-retry: false stops retries of a 500."""
        server.default = Answer(500, {}, {"x-should-retry": "false"})
        with pytest.raises(InternalServerError):
            edit("sync", direct(server, max_retries=2), image=PNG, prompt="p")
        assert len(server.requests) == 1

    def test_server_may_ask_for_a_retry(self, server: RecordingServer) -> None:
        """x-should-retry: true retries even a 400."""
        server.answers.append(
            Answer(400, {}, {"x-should-retry": "true", "retry-after-ms": "0"})
        )
        edit("sync", direct(server, max_retries=1), image=PNG, prompt="p")
        assert len(server.requests) == 2

    def test_retry_after_ms_wins(
        self, server: RecordingServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        """retry-after-ms is preferred to Retry-After."""
        caplog.set_level(logging.INFO, logger="portkey_client")
        server.answers.append(
            Answer(429, {}, {"retry-after-ms": "20", "Retry-After": "30"})
        )
        edit("sync", direct(server, max_retries=1), image=PNG, prompt="p")
        assert retry_delays(caplog) == [0.02]

    def test_retry_after_as_an_http_date(
        self, server: RecordingServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Retry-After given as an HTTP date waits until that moment."""
        caplog.set_level(logging.INFO, logger="portkey_client")
        when = email.utils.formatdate(time.time() + 2, usegmt=True)
        server.answers.append(Answer(503, {}, {"Retry-After": when}))
        edit("sync", direct(server, max_retries=1), image=PNG, prompt="p")
        (delay,) = retry_delays(caplog)
        assert 0.0 < delay <= 2.0

    def test_retry_after_beyond_the_cap_gives_up(
        self, server: RecordingServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        """A Retry-After of an hour: retrying sooner only spends quota, so the error is raised."""
        caplog.set_level(logging.INFO, logger="portkey_client")
        server.answers.append(Answer(429, {}, {"Retry-After": "3600"}))
        with pytest.raises(RateLimitError):
            edit("sync", direct(server, max_retries=1), image=PNG, prompt="p")
        assert retry_delays(caplog) == [] and len(server.requests) == 1

    def test_exponential_backoff_with_jitter(
        self, server: RecordingServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Without Retry-After the waits double (0.5 s, 1 s), each shortened by up to 25 %."""
        caplog.set_level(logging.INFO, logger="portkey_client")
        server.default = Answer(500, {"error": {"message": "down"}})
        with pytest.raises(InternalServerError):
            edit("sync", direct(server, max_retries=2), image=PNG, prompt="p")
        first, second = retry_delays(caplog)
        assert 0.375 <= first <= 0.5
        assert 0.75 <= second <= 1.0
        assert len(server.requests) == 3

    def test_dropped_connections_are_retried(
        self, server: RecordingServer, flavour: str
    ) -> None:
        """A connection closed without an answer is retried, then APIConnectionError."""
        server.default = Answer(drop=True)
        with pytest.raises(APIConnectionError) as caught:
            edit(flavour, direct(server, max_retries=1), image=PNG, prompt="p")
        assert not isinstance(caught.value, APITimeoutError)
        assert len(server.requests) == 2

    def test_max_retries_zero(self, server: RecordingServer) -> None:
        """max_retries=0 makes exactly one attempt."""
        server.default = Answer(503, {}, {"retry-after-ms": "0"})
        with pytest.raises(InternalServerError):
            edit("sync", direct(server, max_retries=0), image=PNG, prompt="p")
        assert len(server.requests) == 1

    def test_negative_max_retries_is_refused(self) -> None:
        """max_retries below zero is a ValueError at construction."""
        with pytest.raises(ValueError, match="max_retries"):
            PortkeyClient(api_key="pk", virtual_key="vk", max_retries=-1)


class TestErrors:
    @pytest.mark.parametrize(
        ("status", "error_type"),
        [
            (400, BadRequestError),
            (401, AuthenticationError),
            (403, PermissionDeniedError),
            (404, NotFoundError),
            (409, ConflictError),
            (422, UnprocessableEntityError),
            (429, RateLimitError),
            (500, InternalServerError),
            (503, InternalServerError),
            (418, APIStatusError),
        ],
    )
    def test_status_maps_to_its_error(
        self, server: RecordingServer, status: int, error_type: type[APIStatusError]
    ) -> None:
        """Each status raises its own class carrying status, body, request id and the server's message."""
        body = {"error": {"message": f"server says {status}"}}
        server.default = Answer(status, body, {"x-request-id": f"req-{status}"})
        with pytest.raises(APIStatusError) as caught:
            edit("sync", direct(server), image=PNG, prompt="p")
        error = caught.value
        assert type(error) is error_type
        assert (error.status_code, error.body, error.request_id) == (
            status,
            body,
            f"req-{status}",
        )
        assert str(error) == (
            f"Error code: {status} - server says {status} (request id: req-{status})"
        )

    def test_text_error_body(self, server: RecordingServer) -> None:
        """An error answered as plain text keeps the text as body and message."""
        server.default = Answer(
            502, b"Bad gateway, try later", {"Content-Type": "text/plain"}
        )
        with pytest.raises(
            InternalServerError, match="Bad gateway, try later"
        ) as caught:
            edit("sync", direct(server), image=PNG, prompt="p")
        assert caught.value.body == "Bad gateway, try later"
        assert caught.value.request_id is None


class TestPerCallOptions:
    def test_extra_headers_replace_whatever_the_case(
        self, server: RecordingServer
    ) -> None:
        """extra_headers override the client's headers case-insensitively, sending each name once."""
        edit(
            "sync",
            direct(server, default_headers={"X-Team": "red"}),
            image=PNG,
            prompt="p",
            extra_headers={"user-agent": "mine/1.0", "x-team": "blue"},
        )
        request = server.requests[0]
        assert request.header_values("User-Agent") == ["mine/1.0"]
        assert request.header_values("X-Team") == ["blue"]

    def test_omit_removes_a_header(self, server: RecordingServer) -> None:
        """An extra header set to omit is not sent at all."""
        from portkey_client import omit

        edit(
            "sync",
            direct(server, default_headers={"x-team": "red"}),
            image=PNG,
            prompt="p",
            extra_headers={"X-Team": omit},
        )
        assert server.requests[0].header_values("x-team") == []

    def test_extra_query_adds_to_and_replaces_default_query(
        self, server: RecordingServer
    ) -> None:
        """extra_query adds parameters and replaces default_query ones of the same name."""
        edit(
            "sync",
            direct(server, default_query={"region": "eu", "trace": "1"}),
            image=PNG,
            prompt="p",
            extra_query={"trace": "2", "debug": True},
        )
        assert sorted(server.requests[0].query()) == [
            ("debug", "true"),
            ("region", "eu"),
            ("trace", "2"),
        ]

    def test_extra_body_adds_form_fields(self, server: RecordingServer) -> None:
        """extra_body adds fields the spec does not know to the multipart body."""
        edit(
            "sync", direct(server), image=PNG, prompt="p", extra_body={"quality": "hd"}
        )
        parts = server.requests[0].multipart()
        assert parts["quality"][0].get_content() == "hd"
        assert parts["prompt"][0].get_content() == "p"


class TestWithOptions:
    def test_copy_changes_only_what_is_given(self, server: RecordingServer) -> None:
        """with_options changes the named settings, adds default headers, and leaves the original alone."""
        with PortkeyClient(
            **direct(server, default_headers={"x-team": "red"})
        ) as client:
            copy = client.with_options(
                virtual_key="vk-other", max_retries=1, default_headers={"x-env": "ci"}
            )
            copy.images.edit(image=PNG, prompt="p")
            client.images.edit(image=PNG, prompt="p")
        via_copy, via_original = server.requests
        assert via_copy.headers["x-portkey-virtual-key"] == "vk-other"
        assert (via_copy.headers["x-team"], via_copy.headers["x-env"]) == ("red", "ci")
        assert via_original.headers["x-portkey-virtual-key"] == "vk-test"
        assert "x-env" not in via_original.headers
        assert (copy.max_retries, client.max_retries) == (1, 0)
        assert copy.timeout == client.timeout

    def test_copy_shares_the_connection_pool(self, server: RecordingServer) -> None:
        """The copy reuses the original's open connection, and closing it keeps the pool usable."""
        with PortkeyClient(**direct(server)) as client:
            client.images.edit(image=PNG, prompt="p")
            with client.with_options(timeout=30.0) as copy:
                copy.images.edit(image=PNG, prompt="p")
            client.images.edit(image=PNG, prompt="p")
        ports = {request.client_port for request in server.requests}
        assert len(server.requests) == 3 and len(ports) == 1

    def test_async_copy_shares_the_connection_pool(
        self, server: RecordingServer
    ) -> None:
        """The same holds for AsyncPortkeyClient."""

        async def run() -> None:
            async with AsyncPortkeyClient(**direct(server)) as client:
                await client.images.edit(image=PNG, prompt="p")
                async with client.with_options(max_retries=1) as copy:
                    await copy.images.edit(image=PNG, prompt="p")
                await client.images.edit(image=PNG, prompt="p")

        asyncio.run(run())
        assert len({request.client_port for request in server.requests}) == 1

    def test_copy_timeout_applies(self, server: RecordingServer) -> None:
        """A timeout set through with_options governs the copy's calls."""
        server.default = Answer(hang=True)
        with PortkeyClient(**direct(server, timeout=60.0)) as client:
            with pytest.raises(APITimeoutError):
                client.with_options(timeout=0.3).images.edit(image=PNG, prompt="p")


class TestHttpClient:
    def test_own_httpx_client_is_used_and_left_open(
        self, server: RecordingServer
    ) -> None:
        """A passed-in httpx.Client sends the calls and is not closed with the client."""
        with httpx.Client(headers={"x-from-pool": "mine"}) as http:
            with PortkeyClient(**direct(server, http_client=http)) as client:
                client.images.edit(image=PNG, prompt="p")
            assert not http.is_closed
        assert server.requests[0].headers["x-from-pool"] == "mine"

    def test_own_async_httpx_client_is_used_and_left_open(
        self, server: RecordingServer
    ) -> None:
        """A passed-in httpx.AsyncClient sends the calls and is not closed with the client."""

        async def run() -> bool:
            async with httpx.AsyncClient(headers={"x-from-pool": "mine"}) as http:
                async with AsyncPortkeyClient(
                    **direct(server, http_client=http)
                ) as client:
                    await client.images.edit(image=PNG, prompt="p")
                return http.is_closed

        assert asyncio.run(run()) is False
        assert server.requests[0].headers["x-from-pool"] == "mine"

    def test_wrong_kind_of_httpx_client_is_refused(self) -> None:
        """An AsyncClient given to the sync client is a TypeError at construction."""
        http = httpx.AsyncClient()
        try:
            with pytest.raises(TypeError, match=r"must be an httpx\.Client"):
                PortkeyClient(api_key="pk", http_client=http)  # type: ignore[arg-type]
        finally:
            asyncio.run(http.aclose())

    def test_closed_client_refuses_calls(self, server: RecordingServer) -> None:
        """After the with block the client's own pool is closed."""
        with PortkeyClient(**direct(server)) as client:
            pass
        with pytest.raises(RuntimeError, match="closed"):
            client.images.edit(image=PNG, prompt="p")
        assert server.requests == []


class TestLogging:
    def test_requests_and_responses_are_logged_without_secrets(
        self, server: RecordingServer, caplog: pytest.LogCaptureFixture, flavour: str
    ) -> None:
        """The debug log shows each request and response; no credential appears in any log record."""
        caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
        server.answers.append(Answer(429, {}, {"retry-after-ms": "0"}))
        options = direct(server, max_retries=1, **SECRETS, provider="openai")
        edit(
            flavour,
            options,
            image=PNG,
            prompt="p",
            extra_headers={"x-api-key": "xk-secret-0005"},
        )
        ours = [r.getMessage() for r in caplog.records if r.name == "portkey_client"]
        assert any(m.startswith("request POST ") and "attempt=2" in m for m in ours)
        assert any(m.startswith("response POST ") and "-> 200" in m for m in ours)
        assert any(m.startswith("retrying POST ") for m in ours)
        assert "<redacted>" in " ".join(ours)
        logged = "\n".join(r.getMessage() for r in caplog.records)
        for secret in [*SECRETS.values(), "sk-secret-0004", "xk-secret-0005"]:
            assert secret not in logged
        # the request itself did carry them
        assert server.requests[0].headers["authorization"] == "Bearer sk-secret-0003"
