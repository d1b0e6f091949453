"""OpenAPI 3.1: type arrays with "null", const, examples arrays, numeric exclusiveMinimum."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("oas31", tmp_path_factory.mktemp("oas31"))


@pytest.fixture
def things(package: Package, server: RecordingServer) -> Iterator[Any]:
    with package.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c.things


class TestOas31:
    def test_null_in_a_type_array_is_sent_as_json_null(
        self, things: Any, server: RecordingServer
    ) -> None:
        """name: [string, "null"] is required but may be None, which is sent as null."""
        server.answers.append(Answer(200, {"id": "t", "name": None, "kind": "thing"}))
        things.create_thing(name=None, kind="thing", size="large")
        assert json.loads(server.requests[0].body) == {
            "name": None,
            "kind": "thing",
            "size": "large",
        }

    def test_const_and_nullable_fields_parse(
        self, things: Any, server: RecordingServer, package: Package
    ) -> None:
        """const is a one-value Literal; null in name, tags and a self-reference parse."""
        answer = {
            "id": "t2",
            "name": "lamp",
            "kind": "thing",
            "tags": None,
            "parent": {"id": "t1", "name": None, "kind": "thing", "parent": None},
        }
        server.answers.append(Answer(200, answer))
        thing = things.create_thing(name="lamp", kind="thing", size=3)
        assert isinstance(thing, package.module("models").Thing)
        assert thing.parent is not None and thing.parent.name is None
        assert thing.tags is None

    def test_const_violation_in_an_answer_is_reported(
        self, things: Any, server: RecordingServer, package: Package
    ) -> None:
        """An answer whose kind is not the const is a validation error."""
        server.answers.append(Answer(200, {"id": "t", "name": "x", "kind": "other"}))
        with pytest.raises(package.module().APIResponseValidationError):
            things.create_thing(name="x", kind="thing")

    def test_numeric_exclusive_minimum_is_checked_before_sending(
        self, things: Any, server: RecordingServer, package: Package
    ) -> None:
        """weight must be > 0 (3.1 spelling); 0 fails locally and nothing is sent."""
        with pytest.raises(package.module().InvalidArgumentError, match="weight"):
            things.create_thing(name="x", kind="thing", weight=0)
        assert server.requests == []
