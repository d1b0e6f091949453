"""Dirty-but-unambiguous specs: path keys with a fragment or a query, ECMA-only
patterns, a spec without operations; each generates a working client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("tolerated", tmp_path_factory.mktemp("tolerated"))


@pytest.fixture
def client(package: Package, server: RecordingServer) -> Iterator[Any]:
    with package.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c


WORD = {"text": "été", "level": None, "count": 2}


class TestPathKeys:
    def test_operations_told_apart_by_a_fragment_both_work(
        self, client: Any, server: RecordingServer
    ) -> None:
        """POST /oauth2/token and POST /oauth2/token#refresh: two methods, one path, no fragment sent."""
        server.answers += [Answer(204, b""), Answer(204, b"")]
        client.auth.get_token(code="c")
        client.auth.oauth2_token_refresh(refresh_token="r")
        assert [(r.method, r.path) for r in server.requests] == [
            ("POST", "/oauth2/token"),
            ("POST", "/oauth2/token"),
        ]
        assert [json.loads(r.body) for r in server.requests] == [
            {"code": "c"},
            {"refresh_token": "r"},
        ]

    def test_a_fixed_query_is_sent_as_a_constant(
        self, client: Any, server: RecordingServer
    ) -> None:
        """/responses?beta=true&mode=: the pairs go with every call, beside the arguments."""
        server.answers.append(Answer(200, WORD))
        client.responses.list_responses(limit=3)
        (request,) = server.requests
        assert request.path.split("?")[0] == "/responses"
        assert request.query() == [("beta", "true"), ("mode", ""), ("limit", "3")]

    def test_an_argument_of_the_same_name_replaces_the_constant(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers.append(Answer(200, WORD))
        client.responses.list_responses(beta="false")
        assert server.requests[0].query() == [("mode", ""), ("beta", "false")]

    def test_a_3_0_exclusive_minimum_in_3_1_is_checked(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """exclusiveMinimum: true with minimum: 0 means > 0."""
        with pytest.raises(package.module().InvalidArgumentError):
            client.responses.list_responses(limit=0)
        assert server.requests == []


class TestEcmaPatterns:
    def test_an_ecma_pattern_is_not_checked_by_the_client(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """^\\p{L}+$ is not Python: the argument and the model field go unchecked, and parse."""
        server.answers.append(Answer(200, WORD))
        word = client.responses.get_word(word="été")
        assert isinstance(word, package.module("models").Word)
        assert word.text == "été" and word.level is None
        assert server.requests[0].path == "/words/%C3%A9t%C3%A9"
        assert "p{L}" not in package.source["models.py"]

    def test_a_look_around_pattern_is_still_checked_by_the_models(
        self, package: Package
    ) -> None:
        """^(?!-) compiles in Python: kept, and the models check it."""
        import pydantic

        word = package.module("models").Word
        assert word(text="x", slug="ok").slug == "ok"
        with pytest.raises(pydantic.ValidationError):
            word(text="x", slug="-no")


class TestTypes:
    def test_generated_package_passes_mypy_strict(self, package: Package) -> None:
        result = package.mypy_strict()
        assert result.returncode == 0, result.stdout + result.stderr


class TestNoOperations:
    def test_a_spec_with_only_webhooks_generates_an_importable_typed_client(
        self, tmp_path: Path
    ) -> None:
        package = build_package("no_operations", tmp_path)
        assert "0 operations" in package.generated.summary()
        with package.module().FixtureClient(base_url="http://127.0.0.1:9") as client:
            assert client.base_url.startswith("http://127.0.0.1:9")
        result = package.mypy_strict()
        assert result.returncode == 0, result.stdout + result.stderr
