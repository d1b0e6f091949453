"""The seed call, POST /images/edits, driven through the generated client against a real server."""

from __future__ import annotations

import asyncio
import hashlib
import io
from pathlib import Path

import pytest
from calls import MASK, OK, PNG
from portkey_client import (
    AsyncPortkeyClient,
    AuthenticationError,
    BadRequestError,
    InvalidArgumentError,
    MissingCredentialsError,
    PortkeyClient,
)
from portkey_client.models import ImagesResponse
from recording_server import Answer, RecordingServer


@pytest.fixture(autouse=True)
def _answers_ok(server: RecordingServer) -> None:
    server.default = Answer(200, OK)


def client_for(server: RecordingServer, **kwargs: object) -> PortkeyClient:
    options: dict[str, object] = {
        "api_key": "pk-test",
        "virtual_key": "openai-vk",
        "max_retries": 0,
    }
    options.update(kwargs)
    return PortkeyClient(base_url=server.url + "/v1", **options)  # type: ignore[arg-type]


class TestReadmeExample:
    def test_edit_sends_every_field_and_parses_the_response(
        self, server: RecordingServer, tmp_path: Path
    ) -> None:
        """The README example: a file object, prompt, n and size arrive intact; the result is typed."""
        server.answers.append(Answer(200, OK))
        otter = tmp_path / "otter.png"
        otter.write_bytes(PNG)
        with client_for(server) as client, open(otter, "rb") as image:
            result = client.images.edit(
                image=image,
                prompt="A cute baby sea otter wearing a beret",
                n=1,
                size="1024x1024",
            )
        assert isinstance(result, ImagesResponse)
        assert result.data[0].url == "https://img.example/otter.png"
        (request,) = server.requests
        assert (request.method, request.path) == ("POST", "/v1/images/edits")
        parts = request.multipart()
        assert sorted(parts) == ["image", "n", "prompt", "size"]
        (image_part,) = parts["image"]
        assert image_part.get_filename() == "otter.png"
        assert image_part.get_content_type() == "image/png"
        assert (
            hashlib.sha256(image_part.get_payload(decode=True)).digest()
            == hashlib.sha256(PNG).digest()
        )
        assert (
            parts["prompt"][0].get_content() == "A cute baby sea otter wearing a beret"
        )
        assert parts["n"][0].get_content() == "1"
        assert parts["size"][0].get_content() == "1024x1024"

    def test_every_optional_field_and_the_mask(self, server: RecordingServer) -> None:
        """mask, model, response_format and user are sent when given; bytes get a filename."""
        server.answers.append(Answer(200, OK))
        with client_for(server) as client:
            client.images.edit(
                image=("otter.png", PNG, "image/png"),
                mask=MASK,
                prompt="p",
                model="dall-e-2",
                n=2,
                size="512x512",
                response_format="b64_json",
                user="user-1234",
            )
        parts = server.requests[0].multipart()
        assert parts["mask"][0].get_payload(decode=True) == MASK
        assert parts["mask"][0].get_filename() == "mask"
        assert {
            k: v[0].get_content()
            for k, v in parts.items()
            if k not in ("image", "mask")
        } == {
            "prompt": "p",
            "model": "dall-e-2",
            "n": "2",
            "size": "512x512",
            "response_format": "b64_json",
            "user": "user-1234",
        }

    def test_path_argument(self, server: RecordingServer, tmp_path: Path) -> None:
        """A pathlib.Path is read and sent under its file name."""
        server.answers.append(Answer(200, OK))
        path = tmp_path / "in.png"
        path.write_bytes(PNG)
        with client_for(server) as client:
            client.images.edit(image=path, prompt="p")
        (part,) = server.requests[0].multipart()["image"]
        assert (part.get_filename(), part.get_payload(decode=True)) == ("in.png", PNG)


class TestAuth:
    def test_virtual_key_alternative(self, server: RecordingServer) -> None:
        """api_key + virtual_key: exactly those headers, and no Authorization."""
        with client_for(server) as client:
            client.images.edit(image=PNG, prompt="p")
        headers = server.requests[0].headers
        assert headers["x-portkey-api-key"] == "pk-test"
        assert headers["x-portkey-virtual-key"] == "openai-vk"
        assert "authorization" not in headers
        assert headers["user-agent"].startswith("portkey_client/")

    def test_provider_alternative_sends_every_credential_set(
        self, server: RecordingServer
    ) -> None:
        """Bearer auth + provider + custom host: all of them reach the server."""
        with PortkeyClient(
            base_url=server.url,
            api_key="pk",
            provider_auth="sk-upstream",
            provider="openai",
            custom_host="http://127.0.0.1:1/v1",
            max_retries=0,
        ) as client:
            client.images.edit(image=PNG, prompt="p")
        headers = server.requests[0].headers
        assert headers["authorization"] == "Bearer sk-upstream"
        assert headers["x-portkey-provider"] == "openai"
        assert headers["x-portkey-custom-host"] == "http://127.0.0.1:1/v1"
        assert "x-portkey-virtual-key" not in headers

    def test_credentials_from_the_environment(
        self, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """PORTKEY_* variables fill in what the constructor was not given."""
        monkeypatch.setenv("PORTKEY_API_KEY", "pk-env")
        monkeypatch.setenv("PORTKEY_CONFIG", "pc-config")
        monkeypatch.setenv("PORTKEY_BASE_URL", server.url)
        with PortkeyClient(max_retries=0) as client:
            client.images.edit(image=PNG, prompt="p")
        headers = server.requests[0].headers
        assert (headers["x-portkey-api-key"], headers["x-portkey-config"]) == (
            "pk-env",
            "pc-config",
        )

    def test_no_complete_alternative_fails_before_sending(
        self, server: RecordingServer
    ) -> None:
        """Without a full set of credentials, the error names the alternatives and nothing is sent."""
        with PortkeyClient(base_url=server.url, api_key="pk") as client:
            with pytest.raises(
                MissingCredentialsError, match=r"api_key .* \+ virtual_key"
            ):
                client.images.edit(image=PNG, prompt="p")
        assert server.requests == []


class TestChecks:
    def test_prompt_longer_than_1000_characters(self, server: RecordingServer) -> None:
        """maxLength is checked locally, with the argument's name in the message."""
        with client_for(server) as client:
            with pytest.raises(
                InvalidArgumentError, match="prompt must be at most 1000 characters"
            ):
                client.images.edit(image=PNG, prompt="x" * 1001)
            client.images.edit(image=PNG, prompt="x" * 1000)
        assert len(server.requests) == 1

    @pytest.mark.parametrize("n", [0, 11])
    def test_n_out_of_range(self, server: RecordingServer, n: int) -> None:
        """n must be within 1..10."""
        with (
            client_for(server) as client,
            pytest.raises(InvalidArgumentError, match=r"^n must be"),
        ):
            client.images.edit(image=PNG, prompt="p", n=n)
        assert server.requests == []

    def test_text_mode_file_is_refused(
        self, server: RecordingServer, tmp_path: Path
    ) -> None:
        """A file opened in text mode is a clear TypeError, not a garbled upload."""
        path = tmp_path / "t.png"
        path.write_text("x")
        with (
            client_for(server) as client,
            open(path) as handle,
            pytest.raises(TypeError, match="binary mode"),
        ):
            client.images.edit(image=handle, prompt="p")  # type: ignore[arg-type]


class TestErrors:
    def test_error_status_raises_typed_error_with_server_message(
        self, server: RecordingServer
    ) -> None:
        """A 401 becomes AuthenticationError carrying status, body, headers and the server's words."""
        body = {"error": {"message": "Invalid API key", "type": "auth"}}
        server.answers.append(Answer(401, body, {"x-request-id": "req-42"}))
        with client_for(server) as client, pytest.raises(AuthenticationError) as caught:
            client.images.edit(image=PNG, prompt="p")
        error = caught.value
        assert error.status_code == 401
        assert error.body == body
        assert error.headers["x-request-id"] == "req-42"
        assert error.request_id == "req-42"
        assert "Invalid API key" in str(error) and "401" in str(error)

    def test_bad_request(self, server: RecordingServer) -> None:
        """400 maps to BadRequestError."""
        server.answers.append(Answer(400, {"error": {"message": "bad size"}}))
        with (
            client_for(server) as client,
            pytest.raises(BadRequestError, match="bad size"),
        ):
            client.images.edit(image=PNG, prompt="p")


class TestAsync:
    def test_async_client_same_call(self, server: RecordingServer) -> None:
        """AsyncPortkeyClient sends the same multipart body and parses the same model."""
        server.answers.append(Answer(200, OK))

        async def run() -> ImagesResponse:
            async with AsyncPortkeyClient(
                base_url=server.url, api_key="pk", virtual_key="vk", max_retries=0
            ) as client:
                return await client.images.edit(image=io.BytesIO(PNG), prompt="p", n=3)

        result = asyncio.run(run())
        assert result.created == OK["created"]
        parts = server.requests[0].multipart()
        assert parts["image"][0].get_payload(decode=True) == PNG
        assert parts["n"][0].get_content() == "3"


class TestRawResponse:
    def test_raw_response_gives_status_headers_and_parse(
        self, server: RecordingServer
    ) -> None:
        """with_raw_response returns the HTTP response; parse() gives the model."""
        server.answers.append(Answer(200, OK, {"x-request-id": "r1"}))
        with client_for(server) as client:
            raw = client.images.with_raw_response.edit(image=PNG, prompt="p")
        assert raw.status_code == 200
        assert raw.headers["x-request-id"] == "r1"
        assert raw.parse().data[0].revised_prompt == "an otter"
