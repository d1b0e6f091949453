"""Both clients through the real Portkey gateway to a recording provider on 127.0.0.1.

client -> gateway (npm @portkey-ai/gateway) -> upstream (RecordingServer as "openai")
"""

from __future__ import annotations

import json
import socket
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from calls import MASK, OK, PNG, edit, sha256
from gateway import Gateway, GatewayError, free_port, install
from portkey_client import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    RawResponse,
)
from portkey_client.models import ImagesResponse
from recording_server import Answer, RecordingServer

PROVIDER_KEY = "sk-upstream-secret"
PORTKEY_KEY = "pk-gateway-test"
# The gateway retries failed upstream calls itself when its config says so
# (retry.attempts; 0 unless configured in 1.15.2). Pinning it to 0 keeps one
# upstream request per client attempt, so the counts below are the client's.
NO_GATEWAY_RETRIES = json.dumps({"retry": {"attempts": 0}})
PORTKEY_HEADERS = (
    "x-portkey-api-key",
    "x-portkey-provider",
    "x-portkey-custom-host",
    "x-portkey-config",
)


@pytest.fixture
def upstream(server: RecordingServer) -> RecordingServer:
    """The provider the gateway forwards to; answers OK unless told otherwise."""
    server.default = Answer(200, OK, {"x-request-id": "req-upstream"})
    return server


def through(
    gateway: Gateway, upstream: RecordingServer, **changes: Any
) -> dict[str, Any]:
    """Client options that route calls through ``gateway`` to ``upstream``."""
    options: dict[str, Any] = {
        "base_url": gateway.url + "/v1",
        "api_key": PORTKEY_KEY,
        "provider": "openai",
        "provider_auth": PROVIDER_KEY,
        "custom_host": upstream.url + "/v1",
        "config": NO_GATEWAY_RETRIES,
        "max_retries": 0,
    }
    options.update(changes)
    return options


class TestUpload:
    def test_multipart_arrives_intact(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str, tmp_path: Path
    ) -> None:
        """Image and mask bytes (by sha256), file names and every field reach the provider unchanged."""
        path = tmp_path / "otter.png"
        path.write_bytes(PNG)
        fields = {
            "prompt": "A cute baby sea otter wearing a beret",
            "model": "dall-e-2",
            "n": "2",
            "size": "512x512",
            "response_format": "url",
            "user": "user-1234",
        }
        with open(path, "rb") as image:
            edit(
                flavour,
                through(gateway, upstream),
                image=image,
                mask=("mask.png", MASK, "image/png"),
                prompt=fields["prompt"],
                model="dall-e-2",
                n=2,
                size="512x512",
                response_format="url",
                user="user-1234",
            )
        (request,) = upstream.requests
        assert (request.method, request.path) == ("POST", "/v1/images/edits")
        parts = request.multipart()
        assert sorted(parts) == sorted(["image", "mask", *fields])
        (image_part,) = parts["image"]
        (mask_part,) = parts["mask"]
        assert sha256(image_part.get_payload(decode=True)) == sha256(PNG)
        assert sha256(mask_part.get_payload(decode=True)) == sha256(MASK)
        assert (image_part.get_filename(), mask_part.get_filename()) == (
            "otter.png",
            "mask.png",
        )
        assert image_part.get_content_type() == "image/png"
        assert {name: parts[name][0].get_content() for name in fields} == fields

    def test_provider_key_and_portkey_headers_are_forwarded(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """The provider gets the Bearer key, and every Portkey header the client sent (echoed on request)."""
        options = through(
            gateway,
            upstream,
            # asks the gateway to pass these on, so the provider sees what it got
            default_headers={"x-portkey-forward-headers": ",".join(PORTKEY_HEADERS)},
        )
        raw = edit(flavour, options, raw=True, image=PNG, prompt="p")
        headers = upstream.requests[0].headers
        assert headers["authorization"] == f"Bearer {PROVIDER_KEY}"
        assert {name: headers.get(name) for name in PORTKEY_HEADERS} == {
            "x-portkey-api-key": PORTKEY_KEY,
            "x-portkey-provider": "openai",
            "x-portkey-custom-host": upstream.url + "/v1",
            "x-portkey-config": NO_GATEWAY_RETRIES,
        }
        assert raw.headers["x-portkey-provider"] == "openai"

    def test_extra_headers_and_extra_body_pass_through(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """A per-call header and a per-call form field reach the provider."""
        edit(
            flavour,
            through(gateway, upstream),
            image=PNG,
            prompt="p",
            extra_headers={"x-portkey-forward-headers": "x-team", "x-team": "blue"},
            extra_body={"quality": "high"},
        )
        request = upstream.requests[0]
        assert request.headers["x-team"] == "blue"
        assert request.multipart()["quality"][0].get_content() == "high"


class TestResponses:
    def test_response_is_parsed(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """The provider's JSON comes back as an ImagesResponse."""
        result = edit(flavour, through(gateway, upstream), image=PNG, prompt="p")
        assert isinstance(result, ImagesResponse)
        assert result.created == OK["created"]
        assert result.data[0].url == "https://img.example/otter.png"
        assert result.data[0].revised_prompt == "an otter"

    def test_raw_response(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """with_raw_response gives status, the gateway's headers, the exact bytes and parse()."""
        body = json.dumps(OK, indent=1).encode()
        upstream.answers.append(Answer(200, body, {"x-request-id": "req-raw"}))
        raw = edit(flavour, through(gateway, upstream), raw=True, image=PNG, prompt="p")
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["x-request-id"] == "req-raw"
        assert raw.headers["x-portkey-provider"] == "openai"
        assert raw.content == body
        parsed = raw.parse()
        assert isinstance(parsed, ImagesResponse)
        assert parsed.data[0].url == "https://img.example/otter.png"

    def test_malformed_json_in_a_200(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """A 200 whose body is not JSON raises APIResponseValidationError with the body kept."""
        upstream.answers.append(Answer(200, b'{"created": 17000'))
        with pytest.raises(
            APIResponseValidationError, match="not valid JSON"
        ) as caught:
            edit(flavour, through(gateway, upstream), image=PNG, prompt="p")
        assert caught.value.status_code == 200
        assert caught.value.body == '{"created": 17000'

    def test_json_of_the_wrong_shape_in_a_200(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """A 200 whose JSON does not fit ImagesResponse raises APIResponseValidationError."""
        upstream.answers.append(Answer(200, {"data": "not a list"}))
        with pytest.raises(APIResponseValidationError, match="documented schema"):
            edit(flavour, through(gateway, upstream), image=PNG, prompt="p")


class TestErrors:
    def test_provider_error_carries_message_status_and_request_id(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """A provider 401 becomes AuthenticationError naming the provider's message, 401 and the request id."""
        body = {"error": {"message": "Incorrect API key provided", "type": "auth"}}
        upstream.answers.append(Answer(401, body, {"x-request-id": "req-401"}))
        with pytest.raises(AuthenticationError) as caught:
            edit(flavour, through(gateway, upstream), image=PNG, prompt="p")
        error = caught.value
        assert (error.status_code, error.body, error.request_id) == (
            401,
            body,
            "req-401",
        )
        assert str(error) == (
            "Error code: 401 - Incorrect API key provided (request id: req-401)"
        )

    def test_gateway_trace_id_is_the_request_id(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """Without a provider request id, the gateway's x-portkey-trace-id names the request."""
        upstream.answers.append(Answer(400, {"error": {"message": "bad size"}}))
        with pytest.raises(BadRequestError) as caught:
            edit(
                flavour,
                through(gateway, upstream),
                image=PNG,
                prompt="p",
                extra_headers={"x-portkey-trace-id": "trace-42"},
            )
        assert caught.value.request_id == "trace-42"
        assert "bad size" in str(caught.value) and "trace-42" in str(caught.value)

    def test_gateway_own_error_message(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """The gateway's own {"status": "failure", "message": ...} answers surface their message."""
        options = through(gateway, upstream, provider="no-such-provider")
        with pytest.raises(BadRequestError, match="Invalid provider passed"):
            edit(flavour, options, image=PNG, prompt="p")
        assert upstream.requests == []


class TestRetries:
    def test_429_with_retry_after_is_retried_once(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """429 with Retry-After: 1, then 200: exactly one retry, and the call succeeds."""
        upstream.answers.append(
            Answer(429, {"error": {"message": "slow down"}}, {"Retry-After": "1"})
        )
        options = through(gateway, upstream, max_retries=2)
        result = edit(flavour, options, image=PNG, prompt="p")
        assert isinstance(result, ImagesResponse)
        assert len(upstream.requests) == 2

    def test_500_every_time_gives_up_after_max_retries(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """A provider failing with 500 sees 1 + max_retries attempts, then InternalServerError."""
        upstream.default = Answer(500, {"error": {"message": "upstream broke"}})
        options = through(gateway, upstream, max_retries=2)
        with pytest.raises(InternalServerError, match="upstream broke") as caught:
            edit(flavour, options, image=PNG, prompt="p")
        assert caught.value.status_code == 500
        assert len(upstream.requests) == 1 + 2

    def test_429_without_retries_left_is_a_rate_limit_error(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """With max_retries=0 a 429 is raised at once as RateLimitError."""
        upstream.default = Answer(429, {"error": {"message": "slow down"}})
        with pytest.raises(RateLimitError, match="slow down"):
            edit(flavour, through(gateway, upstream), image=PNG, prompt="p")
        assert len(upstream.requests) == 1

    def test_400_is_not_retried(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """A 400 is the caller's mistake: one attempt only, whatever max_retries says."""
        upstream.default = Answer(400, {"error": {"message": "bad"}})
        with pytest.raises(BadRequestError):
            edit(
                flavour,
                through(gateway, upstream, max_retries=2),
                image=PNG,
                prompt="p",
            )
        assert len(upstream.requests) == 1

    def test_retried_upload_from_an_open_file_sends_identical_bytes(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str, tmp_path: Path
    ) -> None:
        """After a 503 the retry resends the file object's bytes and every field unchanged."""
        path = tmp_path / "otter.png"
        path.write_bytes(PNG)
        upstream.answers.append(
            Answer(503, {"error": {"message": "busy"}}, {"retry-after-ms": "10"})
        )
        options = through(gateway, upstream, max_retries=1)
        with open(path, "rb") as image:
            edit(flavour, options, image=image, mask=MASK, prompt="p", n=2)
        first, second = upstream.requests
        assert first.multipart().keys() == second.multipart().keys()
        for name, (part,) in first.multipart().items():
            (again,) = second.multipart()[name]
            assert sha256(part.get_payload(decode=True)) == sha256(
                again.get_payload(decode=True)
            ), name
            assert part.get_filename() == again.get_filename()
        assert sha256(
            second.multipart()["image"][0].get_payload(decode=True)
        ) == sha256(PNG)


class TestConnections:
    def test_hung_upstream_times_out(
        self, gateway: Gateway, upstream: RecordingServer, flavour: str
    ) -> None:
        """A provider that never answers gives APITimeoutError close to the configured timeout."""
        upstream.default = Answer(hang=True)
        options = through(gateway, upstream, timeout=1.0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            edit(flavour, options, image=PNG, prompt="p")
        elapsed = time.monotonic() - started
        assert 0.9 <= elapsed < 5.0
        assert len(upstream.requests) == 1

    def test_nothing_listening(self, flavour: str) -> None:
        """A base URL where nothing listens gives APIConnectionError, not a timeout."""
        options = {
            "base_url": f"http://127.0.0.1:{free_port()}/v1",
            "api_key": PORTKEY_KEY,
            "virtual_key": "vk",
            "max_retries": 0,
        }
        with pytest.raises(APIConnectionError) as caught:
            edit(flavour, options, image=PNG, prompt="p")
        assert not isinstance(caught.value, APITimeoutError)


class TestGatewaySetUp:
    @pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="reads /proc/net (Linux)"
    )
    def test_gateway_listens_on_loopback_only(self, gateway: Gateway) -> None:
        """Every listening socket on the gateway's port is bound to 127.0.0.1."""
        assert _listening_addresses(gateway.port) == {"127.0.0.1"}

    def test_busy_port_is_a_clear_error(self, gateway: Gateway, tmp_path: Path) -> None:
        """Starting on a port that is taken fails with an error naming the port."""
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            with pytest.raises(GatewayError, match=f"port {port} .* already in use"):
                Gateway(tmp_path / "busy.log", port=port).start()

    def test_missing_npm_is_a_clear_error(self, tmp_path: Path) -> None:
        """Without npm, installing fails with an error saying so (never a skip)."""
        root = Path(__file__).resolve().parents[2]
        for name in ("package.json", "package-lock.json"):
            (tmp_path / name).write_bytes((root / name).read_bytes())
        empty = tmp_path / "empty-path"
        empty.mkdir()
        with pytest.raises(GatewayError, match="npm is not on PATH"):
            install(tmp_path, search_path=str(empty))


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of TCP sockets listening on ``port``, from /proc/net/tcp{,6}."""
    found: set[str] = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except FileNotFoundError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state != "0A" or int(port_hex, 16) != port or len(address) != width:
                continue
            found.add(_address(address))
    return found


def _address(hex_address: str) -> str:
    """An address from /proc/net: 32-bit words in host (little-endian) order."""
    raw = b"".join(
        bytes.fromhex(hex_address[i : i + 8])[::-1]
        for i in range(0, len(hex_address), 8)
    )
    family = socket.AF_INET if len(raw) == 4 else socket.AF_INET6
    return socket.inet_ntop(family, raw)
