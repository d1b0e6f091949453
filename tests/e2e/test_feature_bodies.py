"""Request body kinds: JSON, multipart with files, form, octet-stream and text/plain."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from fixture_packages import Package, build_package
from recording_server import RecordingServer

BLOB = bytes(range(256))


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("bodies", tmp_path_factory.mktemp("bodies"))


@pytest.fixture
def client(package: Package, server: RecordingServer) -> Iterator[Any]:
    with package.module().FixtureClient(base_url=server.url, max_retries=0) as client:
        yield client


class TestJsonBody:
    def test_fields_become_arguments_and_omitted_ones_are_not_sent(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """name, tags and meta arrive as one JSON object; unset optional fields are absent."""
        result = client.bodies.send_json(name="n", meta={"a": 1})
        (request,) = server.requests
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.body) == {"name": "n", "meta": {"a": 1}}
        assert isinstance(result, package.module("models").Ok)
        assert result.ok is True

    def test_extra_body_merges_into_the_object(
        self, client: Any, server: RecordingServer
    ) -> None:
        """extra_body adds keys the spec does not know yet."""
        client.bodies.send_json(name="n", tags=["x"], extra_body={"beta": True})
        assert json.loads(server.requests[0].body) == {
            "name": "n",
            "tags": ["x"],
            "beta": True,
        }


class TestMultipartBody:
    def test_file_array_of_files_and_plain_fields(
        self, client: Any, server: RecordingServer, tmp_path: Path
    ) -> None:
        """One file, two attachments (bytes, tuple), and text fields each become parts."""
        path = tmp_path / "report.pdf"
        path.write_bytes(BLOB)
        client.bodies.send_multipart(
            file=path,
            attachments=[b"first", ("second.txt", b"second", "text/plain")],
            note="hello",
            count=3,
            labels=["a", "b"],
        )
        parts = server.requests[0].multipart()
        (file,) = parts["file"]
        assert (file.get_filename(), file.get_payload(decode=True)) == (
            "report.pdf",
            BLOB,
        )
        assert file.get_content_type() == "application/pdf"
        first, second = parts["attachments"]
        assert (first.get_filename(), first.get_payload(decode=True)) == (
            "attachments",
            b"first",
        )
        assert (second.get_filename(), second.get_content_type()) == (
            "second.txt",
            "text/plain",
        )
        assert parts["note"][0].get_content() == "hello"
        assert parts["count"][0].get_content() == "3"
        assert [p.get_content() for p in parts["labels"]] == ["a", "b"]


class TestFormBody:
    def test_urlencoded_with_repeated_array_items(
        self, client: Any, server: RecordingServer
    ) -> None:
        """Arrays repeat the key (form, explode) and booleans are lower-case words."""
        client.bodies.send_form(
            grant_type="client credentials", scope=["read", "write"], remember=True
        )
        request = server.requests[0]
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert parse_qsl(request.body.decode("ascii")) == [
            ("grant_type", "client credentials"),
            ("scope", "read"),
            ("scope", "write"),
            ("remember", "true"),
        ]


class TestRawBodies:
    def test_octet_stream_sends_the_bytes_unchanged(
        self, client: Any, server: RecordingServer
    ) -> None:
        """A binary body is the file's bytes, every byte value intact."""
        client.bodies.send_binary(body=BLOB)
        request = server.requests[0]
        assert (request.method, request.path) == ("PUT", "/binary")
        assert request.headers["content-type"] == "application/octet-stream"
        assert request.body == BLOB

    def test_text_plain_sends_utf8(self, client: Any, server: RecordingServer) -> None:
        """A text body is sent as UTF-8 under its declared content type."""
        client.bodies.send_text(body="grüße\n")
        request = server.requests[0]
        assert request.headers["content-type"] == "text/plain"
        assert request.body == "grüße\n".encode()
