"""Naming hazards: keywords, builtins, pydantic's own names, clashes, digits, reserved arguments."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer

RECORD = {
    "model_config": "mc",
    "json": 1,
    "schema": "s",
    "dict": True,
    "copy": "c",
    "model_fields": "mf",
    "class": "k",
    "from": "f",
    "2fa": False,
    "user-id": "dash",
    "userId": "camel",
    "str": "text",
    "list": ["a"],
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("naming", tmp_path_factory.mktemp("naming"))


@pytest.fixture
def client(package: Package, server: RecordingServer) -> Iterator[Any]:
    with package.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c


class TestNames:
    def test_hazardous_arguments_reach_the_wire_under_their_own_names(
        self, client: Any, server: RecordingServer
    ) -> None:
        """class, timeout, extra_headers, user-id/userId, 2fa, self, from, body and json
        get distinct Python names and keep their wire names."""
        server.answers.append(Answer(200, RECORD))
        client.import_.class_(
            class_="c/1",
            from_="here",
            body_="text",
            json=7,
            timeout_=30,
            extra_headers_="eh",
            user_id_2="dash",
            user_id="camel",
            n_2fa=True,
            self_="me",
            timeout=5.0,
            extra_headers={"X-Extra": "1"},
        )
        request = server.requests[0]
        assert urlsplit(request.path).path == "/import/c%2F1"
        assert sorted(parse_qsl(urlsplit(request.path).query)) == [
            ("2fa", "true"),
            ("extra_headers", "eh"),
            ("timeout", "30"),
            ("user-id", "dash"),
        ]
        assert request.headers["userid"] == "camel"
        assert request.headers["x-extra"] == "1"
        assert request.headers["cookie"] == "self=me"
        assert json.loads(request.body) == {"from": "here", "body": "text", "json": 7}

    def test_model_fields_named_like_pydantic_and_builtins(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """A Record with model_config, json, schema, class, 2fa... parses by alias and
        dumps back to the same wire names."""
        server.answers.append(Answer(200, [RECORD]))
        (record,) = client.import_.list()
        assert isinstance(record, package.module("models").Record)
        assert (record.model_config_, record.class_, record.field_2fa) == (
            "mc",
            "k",
            False,
        )
        assert (record.user_id, record.userId, record.list_) == ("dash", "camel", ["a"])
        assert record.model_dump(by_alias=True, exclude_unset=True) == RECORD

    def test_methods_named_like_builtins_and_digits(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """list, 2fa-reset, getUser and get_user become list, n_2fa_reset, get_user and
        get_user_2; a schema named str is class Str."""
        models = package.module("models")
        server.answers.extend(
            [
                Answer(204, b""),
                Answer(200, {"type": "t", "int": 1}),
                Answer(200, {"id": "p"}),
            ]
        )
        assert client.import_.n_2fa_reset() is None
        assert isinstance(client.n_2fa.get_user(), models.Str)
        assert isinstance(client.n_2fa.get_user_2(), models.Prompt)
        methods = [(r.method, r.path) for r in server.requests]
        assert methods == [("DELETE", "/import"), ("GET", "/users"), ("POST", "/users")]

    def test_component_keeps_its_name_when_an_inline_union_wants_it(
        self, package: Package
    ) -> None:
        """Completion.prompt's array member would be class Prompt; the component Prompt
        keeps that name and the inline class is named after where it sits."""
        models = package.module("models")
        assert set(models.Prompt.model_fields) == {"id"}
        assert "class CompletionPromptOption2(" in package.source["models.py"]


class TestTypes:
    def test_generated_package_passes_mypy_strict(self, package: Package) -> None:
        """The naming fixture's package type-checks under mypy --strict."""
        result = package.mypy_strict()
        assert result.returncode == 0, result.stdout + result.stderr
