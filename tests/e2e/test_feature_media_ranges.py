"""Bodies declared under a media range (``*/*``, ``text/*``) go under one media type a server reads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("media_ranges", tmp_path_factory.mktemp("media_ranges"))


@pytest.fixture
def client(package: Package, server: RecordingServer) -> Iterator[Any]:
    with package.module().FixtureClient(base_url=server.url, max_retries=0) as client:
        yield client


class TestMediaRanges:
    def test_structured_data_under_any_type_is_sent_as_json(
        self, client: Any, server: RecordingServer
    ) -> None:
        """*/* with an object schema: the fields are arguments, sent as a JSON object."""
        server.default = Answer(200, {"name": "n", "count": 2})
        result = client.things.create_thing(name="n", count=2)
        (request,) = server.requests
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.body) == {"name": "n", "count": 2}
        assert result.name == "n"

    def test_a_range_beside_json_adds_no_second_encoding(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """application/json and */* with one schema: one JSON body, no content_type= choice."""
        server.default = Answer(204)
        client.things.replace_thing(id="a", name="n")
        (request,) = server.requests
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.body) == {"name": "n"}
        module = package.source["resources/things.py"]
        assert "alternatives=" not in module and "content_type:" not in module

    def test_bytes_under_any_type_are_sent_as_octet_stream(
        self, client: Any, server: RecordingServer
    ) -> None:
        """*/* with a binary schema: the bytes as they are, never the range as a type."""
        server.default = Answer(204)
        client.blobs.upload_blob(body=b"\x00\x01")
        (request,) = server.requests
        assert request.headers["content-type"] == "application/octet-stream"
        assert request.body == b"\x00\x01"

    def test_text_under_a_text_range_is_sent_as_plain_text(
        self, client: Any, server: RecordingServer
    ) -> None:
        """text/* with a string schema: UTF-8 text/plain."""
        server.default = Answer(204)
        client.notes.create_note(body="été")
        (request,) = server.requests
        assert request.headers["content-type"].startswith("text/plain")
        assert request.body == "été".encode()

    def test_the_package_type_checks(self, package: Package) -> None:
        result = package.mypy_strict()
        assert result.returncode == 0, result.stdout + result.stderr
