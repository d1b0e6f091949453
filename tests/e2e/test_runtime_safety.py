"""Hostile and careless input against the client runtime, through real local servers."""

from __future__ import annotations

import asyncio
import base64
import gc
import hashlib
import io
import json
import logging
import threading
import tracemalloc
import warnings
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from calls import OK, PNG, direct, edit
from fixture_packages import Package, build_package
from portkey_client import (
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncPortkeyClient,
    InvalidArgumentError,
    PortkeyClient,
    RateLimitError,
)
from portkey_client.models import ChatCompletionRequestUserMessage
from recording_server import Answer, RecordingServer

# Every credential Portkey's spec defines, each with a value found nowhere else.
SECRETS = {
    "api_key": "pk-secret-0001",
    "virtual_key": "vk-secret-0002",
    "provider_auth": "sk-secret-0003",
    "provider": "provider-secret-0004",
    "config": "pc-secret-0005",
    "custom_host": "http://secret-0006.example/v1",
}
MESSAGES = [ChatCompletionRequestUserMessage(role="user", content="hi")]


@pytest.fixture(autouse=True)
def _answers_ok(server: RecordingServer) -> None:
    server.default = Answer(200, OK)


def call(flavour: str, options: dict[str, Any], method: str, **arguments: Any) -> Any:
    """``client.<method>(**arguments)`` (a dotted path) on a fresh client of ``flavour``."""

    def find(client: Any) -> Any:
        target = client
        for part in method.split("."):
            target = getattr(target, part)
        return target

    if flavour == "sync":
        with PortkeyClient(**options) as client:
            return find(client)(**arguments)

    async def run() -> Any:
        async with AsyncPortkeyClient(**options) as client:
            return await find(client)(**arguments)

    return asyncio.run(run())


class ScriptedServer:
    """An HTTP server on 127.0.0.1 whose every request is handled by ``script``."""

    def __init__(
        self,
        script: Callable[[BaseHTTPRequestHandler], None],
        stopping: threading.Event | None = None,
    ) -> None:
        self.stopping = stopping or threading.Event()  # set when the server stops

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                try:
                    script(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def _reply(handler: BaseHTTPRequestHandler, status: int, body: object) -> None:
    payload = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)


# -- 1. dot segments and empty values in path parameters -------------------------


class TestPathParameters:
    @pytest.mark.parametrize(
        "value", [".", "..", "", "%2e", "%2E%2e", "%252e%252e", ".%2e"]
    )
    def test_dot_segments_and_empty_values_are_refused(
        self, server: RecordingServer, flavour: str, value: str
    ) -> None:
        """DELETE /api-keys/.. would delete elsewhere: refused, naming the argument, nothing sent."""
        with pytest.raises(InvalidArgumentError, match=r"^id must not be"):
            call(flavour, direct(server), "api_keys.delete", id=value)
        assert server.requests == []

    def test_the_argument_is_named_as_the_caller_spells_it(
        self, server: RecordingServer, flavour: str
    ) -> None:
        """userId on the wire is user_id to the caller; the parent workspace is not deleted."""
        with pytest.raises(InvalidArgumentError, match=r"^user_id must not be '\.\.'"):
            call(
                flavour,
                direct(server),
                "workspaces.members.delete_users",
                workspace_id="ws1",
                user_id="..",
            )
        assert server.requests == []

    @pytest.mark.parametrize("value", ["...", "a..b", "v1.2", "./x"])
    def test_values_that_only_contain_dots_are_sent_encoded(
        self, server: RecordingServer, value: str
    ) -> None:
        """Dots inside a value are ordinary; a slash is encoded, so it stays one segment."""
        server.default = Answer(200, {})
        call("sync", direct(server), "api_keys.delete", id=value)
        expected = value.replace("/", "%2F")
        assert server.requests[0].path == f"/v1/api-keys/{expected}"


# -- 2. credentials on cross-origin redirects -------------------------------------


class TestRedirects:
    @pytest.mark.parametrize("status", [302, 307])
    def test_no_credential_reaches_another_origin(
        self, server: RecordingServer, flavour: str, status: int
    ) -> None:
        """The API redirects to another host: that host receives none of the credentials."""
        with RecordingServer() as other:
            other.default = Answer(200, OK)
            server.answers.append(
                Answer(status, {}, {"Location": other.url + "/v1/images/edits"})
            )
            options = direct(server, **SECRETS)
            result = edit(flavour, options, image=PNG, prompt="p")
        assert result.created == OK["created"]
        (first,) = server.requests
        assert first.headers["x-portkey-api-key"] == SECRETS["api_key"]
        (followed,) = other.requests
        received = " ".join(f"{k}: {v}" for k, v in followed.header_lines)
        received += " " + followed.path
        for name, secret in SECRETS.items():
            assert secret not in received, name
        assert "authorization" not in followed.headers
        if status == 307:  # the body goes along, byte for byte
            (part,) = followed.multipart()["image"]
            assert part.get_payload(decode=True) == PNG

    def test_same_origin_redirect_keeps_the_credentials(
        self, server: RecordingServer, flavour: str
    ) -> None:
        """A redirect within the API's own origin still authenticates."""
        server.answers.append(Answer(307, {}, {"Location": "/v1/images/edits2"}))
        server.answers.append(Answer(200, OK))
        edit(flavour, direct(server, **SECRETS), image=PNG, prompt="p")
        assert server.requests[1].path == "/v1/images/edits2"
        assert server.requests[1].headers["x-portkey-api-key"] == SECRETS["api_key"]
        assert server.requests[1].headers["authorization"] == "Bearer sk-secret-0003"

    def test_a_callers_client_that_does_not_follow_is_obeyed(
        self, server: RecordingServer
    ) -> None:
        """httpx's default is not to follow: the redirect is then the answer."""
        server.answers.append(Answer(302, {}, {"Location": "http://127.0.0.1:1/"}))
        with httpx.Client() as http:
            with pytest.raises(APIStatusError) as caught:
                edit("sync", direct(server, http_client=http), image=PNG, prompt="p")
        assert len(server.requests) == 1
        assert "302" in str(caught.value)


# -- 3. credentials HTTP cannot carry ---------------------------------------------


class TestUnsendableCredentials:
    @pytest.mark.parametrize(
        "secret",
        ["pk-secret-0001\n", "pk-secret\r\n0001", "pk-sécret-0001", "pk\x00secret"],
    )
    def test_refused_before_sending_without_the_value(
        self,
        server: RecordingServer,
        caplog: pytest.LogCaptureFixture,
        secret: str,
    ) -> None:
        """A key read from a file with its newline: an error naming api_key, never the key."""
        caplog.set_level(logging.DEBUG)
        with pytest.raises(InvalidArgumentError) as caught:
            edit("sync", direct(server, api_key=secret), image=PNG, prompt="p")
        assert "api_key" in str(caught.value)
        for text in (str(caught.value), repr(caught.value), caplog.text):
            assert "secret" not in text and "sécret" not in text, text
        assert server.requests == []

    def test_from_the_environment_names_the_variable(
        self, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """$PORTKEY_VIRTUAL_KEY with a trailing newline is refused, naming it."""
        monkeypatch.setenv("PORTKEY_VIRTUAL_KEY", "vk-secret-0002\n")
        with pytest.raises(
            InvalidArgumentError, match=r"PORTKEY_VIRTUAL_KEY"
        ) as caught:
            PortkeyClient(base_url=server.url, api_key="pk")
        assert "vk-secret" not in str(caught.value)


# -- 4. header parameters beyond ASCII ---------------------------------------------


class TestHeaderParameters:
    def test_json_header_is_sent_ascii_escaped(
        self, server: RecordingServer, flavour: str
    ) -> None:
        """x_portkey_metadata={"user": "José"} arrives as JSON that decodes to José."""
        server.default = Answer(200, {})
        with pytest.raises(APIResponseValidationError):  # {} is not a completion
            call(
                flavour,
                direct(server),
                "chat.completions.create",
                model="m",
                messages=MESSAGES,
                x_portkey_metadata={"user": "José", "city": "Zürich"},
            )
        sent = server.requests[0].headers["x-portkey-metadata"]
        assert sent.isascii()
        assert json.loads(sent) == {"user": "José", "city": "Zürich"}

    @pytest.mark.parametrize("value", ["tråce", "trace\r\nX-Injected: 1", "a\x7fb"])
    def test_plain_header_http_cannot_carry_is_refused(
        self, server: RecordingServer, flavour: str, value: str
    ) -> None:
        """A plain string header that HTTP cannot carry: InvalidArgumentError naming it."""
        with pytest.raises(InvalidArgumentError, match=r"^x_portkey_trace_id cannot"):
            call(
                flavour,
                direct(server),
                "chat.completions.create",
                model="m",
                messages=MESSAGES,
                x_portkey_trace_id=value,
            )
        assert server.requests == []

    def test_extra_headers_http_cannot_carry_are_refused(
        self, server: RecordingServer
    ) -> None:
        """extra_headers and default_headers are checked the same way."""
        with pytest.raises(InvalidArgumentError, match=r"extra_headers\['x-note'\]"):
            edit(
                "sync",
                direct(server),
                image=PNG,
                prompt="p",
                extra_headers={"x-note": "naïve"},
            )
        with pytest.raises(InvalidArgumentError, match=r"default_headers\['x-note'\]"):
            PortkeyClient(**direct(server, default_headers={"x-note": "a\nb"}))
        assert server.requests == []


# -- 5. transport errors while a stream is read -----------------------------------


def _stream_then(
    stop: str, stopping: threading.Event
) -> Callable[[BaseHTTPRequestHandler], None]:
    """A script: one event of an SSE answer, then cut the connection or stall."""
    event = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}],
    }
    first = f"data: {json.dumps(event)}\n\n".encode()

    def script(handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("content-length") or 0)
        handler.rfile.read(length)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Content-Length", str(len(first) + 10_000))
        handler.end_headers()
        handler.wfile.write(first)
        handler.wfile.flush()
        if stop == "stall":
            stopping.wait(60)  # until the server stops
        handler.close_connection = True

    return script


@pytest.fixture
def streaming() -> Iterator[Callable[[str], ScriptedServer]]:
    started: list[ScriptedServer] = []

    def start(stop: str) -> ScriptedServer:
        stopping = threading.Event()
        running = ScriptedServer(_stream_then(stop, stopping), stopping).__enter__()
        started.append(running)
        return running

    yield start
    for running in started:
        running.__exit__()


def _consume(flavour: str, url: str) -> list[Any]:
    """Read a chat stream to its end; what arrived before an error is kept."""
    got: list[Any] = []
    options = {"base_url": url, "api_key": "pk", "virtual_key": "vk"}
    options.update(max_retries=0, timeout=0.5)
    if flavour == "sync":
        with PortkeyClient(**options) as client:
            stream = client.chat.completions.create(
                model="m", messages=MESSAGES, stream=True
            )
            for chunk in stream:
                got.append(chunk)
        return got

    async def run() -> None:
        async with AsyncPortkeyClient(**options) as client:
            stream = await client.chat.completions.create(
                model="m", messages=MESSAGES, stream=True
            )
            async for chunk in stream:
                got.append(chunk)

    asyncio.run(run())
    return got


class TestStreamErrors:
    def test_cut_off_stream_raises_connection_error(
        self, streaming: Callable[[str], ScriptedServer], flavour: str
    ) -> None:
        """The connection closes mid-body: APIConnectionError, not httpx's own."""
        server = streaming("cut")
        with pytest.raises(APIConnectionError) as caught:
            _consume(flavour, server.url)
        assert not isinstance(caught.value, APITimeoutError)
        assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)

    def test_stalled_stream_raises_timeout_error(
        self, streaming: Callable[[str], ScriptedServer], flavour: str
    ) -> None:
        """No byte within the read timeout mid-stream: APITimeoutError."""
        server = streaming("stall")
        with pytest.raises(APITimeoutError) as caught:
            _consume(flavour, server.url)
        assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


# -- 6. a caller's httpx client with its own timeout ------------------------------


class TestHttpClientTimeout:
    def test_its_timeout_is_used_when_none_is_passed(
        self, server: RecordingServer
    ) -> None:
        """httpx.Client(timeout=0.5) given, no timeout=: a hung call times out in 0.5 s."""
        server.default = Answer(hang=True)
        with httpx.Client(timeout=0.5) as http:
            client = PortkeyClient(**direct(server, http_client=http))
            assert client.timeout == httpx.Timeout(0.5)
            with pytest.raises(APITimeoutError):
                client.images.edit(image=PNG, prompt="p")

    def test_async_too(self) -> None:
        async def run() -> Any:
            async with httpx.AsyncClient(timeout=7.0) as http:
                client = AsyncPortkeyClient(api_key="pk", http_client=http)
                return client.timeout

        assert asyncio.run(run()) == httpx.Timeout(7.0)

    def test_a_passed_timeout_still_wins(self) -> None:
        with httpx.Client(timeout=7.0) as http:
            client = PortkeyClient(api_key="pk", http_client=http, timeout=3.0)
            assert client.timeout == 3.0

    def test_httpx_default_is_not_a_choice(self) -> None:
        """httpx's own 5 s default does not replace ours (generation takes minutes)."""
        with httpx.Client() as http:
            client = PortkeyClient(api_key="pk", http_client=http)
            assert client.timeout == DEFAULT_TIMEOUT


# -- 7. a client dropped without close() -------------------------------------------


class TestFinalisation:
    def test_dropped_client_closes_its_pool(self, server: RecordingServer) -> None:
        """No ResourceWarning, and the connection pool holds no socket afterwards."""
        client = PortkeyClient(**direct(server))
        client.images.edit(image=PNG, prompt="p")
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert len(pool.connections) == 1
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ResourceWarning)
            del client
            gc.collect()
        assert pool.connections == []
        assert not [w for w in caught if issubclass(w.category, ResourceWarning)]

    def test_dropped_async_client_closes_its_pool(
        self, server: RecordingServer
    ) -> None:
        async def run() -> list[Any]:
            client = AsyncPortkeyClient(**direct(server))
            await client.images.edit(image=PNG, prompt="p")
            pool = client._http._transport._pool  # type: ignore[attr-defined]
            assert len(pool.connections) == 1
            del client
            gc.collect()
            others = asyncio.all_tasks() - {asyncio.current_task()}
            await asyncio.gather(*others)
            return list(pool.connections)

        assert asyncio.run(run()) == []

    def test_a_callers_client_is_never_closed(self, server: RecordingServer) -> None:
        with httpx.Client() as http:
            client = PortkeyClient(**direct(server, http_client=http))
            client.images.edit(image=PNG, prompt="p")
            copy = client.with_options(max_retries=1)
            del client, copy
            gc.collect()
            assert not http.is_closed

    def test_a_copy_keeps_the_shared_pool_alive(self, server: RecordingServer) -> None:
        """The original dropped, its with_options copy still works on the same pool."""
        client = PortkeyClient(**direct(server))
        copy = client.with_options(max_retries=1)
        del client
        gc.collect()
        copy.images.edit(image=PNG, prompt="p")
        copy.close()
        assert len(server.requests) == 1


# -- 8. Retry-After beyond the cap -------------------------------------------------


class TestRetryAfterCap:
    @pytest.mark.parametrize(
        "headers", [{"Retry-After": "3600"}, {"retry-after-ms": "3600000"}]
    )
    def test_gives_up_at_once(
        self, server: RecordingServer, flavour: str, headers: dict[str, str]
    ) -> None:
        """An hour's wait asked: the error is raised after one request, not retried early."""
        server.default = Answer(429, {"error": {"message": "slow down"}}, headers)
        with pytest.raises(RateLimitError):
            edit(flavour, direct(server, max_retries=3), image=PNG, prompt="p")
        assert len(server.requests) == 1


# -- 9. uploads streamed, identical on retry --------------------------------------


class TestUploads:
    def test_retry_resends_identical_bytes(
        self, server: RecordingServer, tmp_path: Path, flavour: str
    ) -> None:
        """A path, a seekable file and a pipe-like stream: the retry's parts are identical."""
        path = tmp_path / "in.png"
        path.write_bytes(PNG)

        class Pipe(io.RawIOBase):  # readable, not seekable
            def __init__(self, data: bytes) -> None:
                self._data = io.BytesIO(data)

            def readable(self) -> bool:
                return True

            def readinto(self, buffer: Any) -> int:
                return self._data.readinto(buffer)

        for source in (path, path.open("rb"), Pipe(PNG), io.BytesIO(b"xx" + PNG)):
            if isinstance(source, io.BytesIO):
                source.read(2)  # an upload starts where the file stands
            server.requests.clear()
            server.answers[:] = [Answer(500, {}), Answer(200, OK)]
            edit(flavour, direct(server, max_retries=1), image=source, prompt="p")
            bodies = [
                r.multipart()["image"][0].get_payload(decode=True)
                for r in server.requests
            ]
            assert bodies == [PNG, PNG], source
            if hasattr(source, "close"):
                source.close()

    def test_a_large_file_is_not_held_in_memory(self, tmp_path: Path) -> None:
        """32 MB from a path and from an open file: peak memory stays a few MB."""
        size = 32 * 1024 * 1024
        path = tmp_path / "big.png"
        with path.open("wb") as out:
            block = bytes(range(256)) * 4096
            for _ in range(size // len(block)):
                out.write(block)
        digests: list[str] = []

        def sink(handler: BaseHTTPRequestHandler) -> None:
            left = int(handler.headers["content-length"])
            digest = hashlib.sha256()
            while left:
                chunk = handler.rfile.read(min(left, 1 << 16))
                digest.update(chunk)
                left -= len(chunk)
            digests.append(digest.hexdigest())
            _reply(handler, 200, OK)

        with ScriptedServer(sink) as server:
            options = {"base_url": server.url, "api_key": "pk", "virtual_key": "vk"}
            with PortkeyClient(**options, max_retries=0) as client:
                client.images.edit(image=PNG, prompt="warm-up")
                for source in (path, path.open("rb")):
                    tracemalloc.start()
                    try:
                        client.images.edit(image=source, prompt="p")
                        peak = tracemalloc.get_traced_memory()[1]
                    finally:
                        tracemalloc.stop()
                    assert peak < 4 * 1024 * 1024, (source, peak)
        assert len(digests) == 3


# -- 10. HTTP basic auth -------------------------------------------------------------


@pytest.fixture(scope="module")
def auth_package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("auth", tmp_path_factory.mktemp("auth"))


class TestBasicAuth:
    def test_username_and_password_are_encoded(
        self, auth_package: Package, server: RecordingServer
    ) -> None:
        """Authorization: Basic base64(user:password), UTF-8, a colon allowed in the password."""
        server.default = Answer(200, {"id": "a1"})
        module = auth_package.module()
        with module.FixtureClient(
            base_url=server.url, username="alice", password="s3:crét", max_retries=0
        ) as client:
            assert client.accounts.get_account(account_id="a1") == {"id": "a1"}
        expected = base64.b64encode("alice:s3:crét".encode()).decode()
        assert server.requests[0].headers["authorization"] == f"Basic {expected}"

    def test_environment_defaults(
        self,
        auth_package: Package,
        server: RecordingServer,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        monkeypatch.setenv("FIXTURE_USERNAME", "bob")
        monkeypatch.setenv("FIXTURE_PASSWORD", "pw")
        server.default = Answer(200, {})

        async def run() -> None:
            async with auth_package.module().AsyncFixtureClient(
                base_url=server.url
            ) as client:
                await client.accounts.get_account(account_id="a1")

        asyncio.run(run())
        expected = base64.b64encode(b"bob:pw").decode()
        assert server.requests[0].headers["authorization"] == f"Basic {expected}"

    def test_both_are_needed(
        self, auth_package: Package, server: RecordingServer
    ) -> None:
        module = auth_package.module()
        with module.FixtureClient(base_url=server.url, username="alice") as client:
            with pytest.raises(
                module.MissingCredentialsError,
                match=r"username \+ password \(\$FIXTURE_USERNAME, \$FIXTURE_PASSWORD\)",
            ):
                client.accounts.get_account(account_id="a1")
        assert server.requests == []

    def test_a_colon_in_the_username_is_refused(self, auth_package: Package) -> None:
        module = auth_package.module()
        with pytest.raises(module.InvalidArgumentError, match=r"^username .*':'") as c:
            module.FixtureClient(username="al:ice", password="pw")
        assert "al:ice" not in str(c.value)

    def test_every_scheme_kind_is_stripped_on_a_cross_origin_redirect(
        self, auth_package: Package, server: RecordingServer
    ) -> None:
        """Header, query, cookie and bearer credentials: none reaches the other origin."""
        with RecordingServer() as other:
            other.default = Answer(200, {})
            server.answers.append(
                # a Location that echoes the query credential is cleaned too
                Answer(
                    302, {}, {"Location": other.url + "/reports?page=2&sig=sig-secret"}
                )
            )
            with auth_package.module().FixtureClient(
                base_url=server.url,
                report_key="rk-secret",
                sig="sig-secret",
                session="cookie-secret",
                bearer_auth="bearer-secret",
                max_retries=0,
            ) as client:
                client.reports.get_report()
        sent = server.requests[0]
        assert sent.headers["x-report-key"] == "rk-secret"
        assert ("sig", "sig-secret") in sent.query()
        assert sent.headers["cookie"] == "session=cookie-secret"
        (followed,) = other.requests
        assert followed.query() == [("page", "2")]
        received = " ".join(f"{k}: {v}" for k, v in followed.header_lines)
        assert "secret" not in received + followed.path
