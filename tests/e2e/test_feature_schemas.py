"""Schema features: unions with discriminators, odd enums, maps, recursion, read/write-only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer


@pytest.fixture(scope="module")
def unions(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("unions", tmp_path_factory.mktemp("unions"))


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("schemas", tmp_path_factory.mktemp("schemas"))


@pytest.fixture
def pets(unions: Package, server: RecordingServer) -> Iterator[Any]:
    with unions.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c.pets


@pytest.fixture
def settings(schemas: Package, server: RecordingServer) -> Iterator[Any]:
    with schemas.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c.settings


class TestUnions:
    def test_discriminated_oneof_argument_and_result(
        self, pets: Any, server: RecordingServer, unions: Package
    ) -> None:
        """A Dog argument is sent with its tag; the answer's tag picks the class."""
        models = unions.module("models")
        server.answers.append(Answer(200, {"kind": "cat", "name": "Tom", "lives": 9}))
        result = pets.add_pet(pet=models.Dog(kind="dog", name="Rex"), size="small")
        assert json.loads(server.requests[0].body) == {
            "pet": {"kind": "dog", "name": "Rex"},
            "size": "small",
        }
        assert isinstance(result, models.Cat) and result.lives == 9

    def test_anyof_accepts_each_member(
        self, pets: Any, server: RecordingServer, unions: Package
    ) -> None:
        """size is an integer or one of two words; both are sent as given."""
        dog = unions.module("models").Dog(kind="dog", name="Rex")
        server.answers.extend(
            [Answer(200, {"kind": "dog", "name": "Rex"})] * 2,
        )
        pets.add_pet(pet=dog, size=30)
        pets.add_pet(pet=dog, size="large")
        sizes = [json.loads(r.body)["size"] for r in server.requests]
        assert sizes == [30, "large"]

    def test_allof_inherits_and_nested_unions_parse(
        self, pets: Any, server: RecordingServer, unions: Package
    ) -> None:
        """Owner extends Animal; its pets list and contact (email or Phone) parse by shape."""
        models = unions.module("models")
        server.answers.append(
            Answer(
                200,
                {
                    "kind": "human",
                    "name": "Ann",
                    "pets": [{"kind": "dog", "name": "Rex", "good": True}],
                    "contact": {"number": "+1 555"},
                },
            )
        )
        owner = pets.get_owner(id="o/1")
        assert server.requests[0].path == "/owners/o%2F1"
        assert isinstance(owner, models.Animal)
        assert isinstance(owner.pets[0], models.Dog) and owner.pets[0].good is True
        assert isinstance(owner.contact, models.Phone)

    def test_unknown_discriminator_value_is_a_validation_error(
        self, pets: Any, server: RecordingServer, unions: Package
    ) -> None:
        """A tag no member declares is reported, not guessed."""
        errors = unions.module()
        server.answers.append(Answer(200, {"kind": "fish", "name": "Nemo"}))
        dog = unions.module("models").Dog(kind="dog", name="Rex")
        with pytest.raises(errors.APIResponseValidationError):
            pets.add_pet(pet=dog)


class TestEnumsAndMaps:
    def test_enum_values_that_are_not_identifiers(
        self, settings: Any, server: RecordingServer, schemas: Package
    ) -> None:
        """Enum strings with dashes, spaces, digits, keywords or nothing go through unchanged."""
        values = ["a-b", "1st", "with space", "class", "", "ünï"]
        server.answers.extend(Answer(200, {"mode": v}) for v in values)
        results = [settings.put_settings(mode=v, level=-1) for v in values]
        sent = [json.loads(r.body) for r in server.requests]
        assert [s["mode"] for s in sent] == values
        assert {s["level"] for s in sent} == {-1}
        assert [r.mode for r in results] == values

    def test_maps_of_scalars_models_and_anything(
        self, settings: Any, server: RecordingServer, schemas: Package
    ) -> None:
        """additionalProperties maps keep their keys; values parse to their type."""
        models = schemas.module("models")
        server.answers.append(
            Answer(
                200,
                {
                    "mode": "a-b",
                    "limits": {"rpm": 60},
                    "labels": {"prod": {"color": "red"}},
                    "unknown_field": [1, 2],
                },
            )
        )
        result = settings.put_settings(
            mode="a-b",
            level=0,
            limits={"rpm": 60},
            labels={"prod": models.Label(color="red")},
            anything={"nested": {"k": [None, True]}},
        )
        assert json.loads(server.requests[0].body) == {
            "mode": "a-b",
            "level": 0,
            "limits": {"rpm": 60},
            "labels": {"prod": {"color": "red"}},
            "anything": {"nested": {"k": [None, True]}},
        }
        assert result.labels["prod"].color == "red"
        assert result.unknown_field == [1, 2]  # fields the spec lacks stay readable


class TestRecursion:
    def test_recursive_and_mutually_recursive_models(
        self, settings: Any, server: RecordingServer, schemas: Package
    ) -> None:
        """Node holds Nodes and a Person who holds a Node; all levels parse."""
        models = schemas.module("models")
        server.answers.append(
            Answer(
                200,
                {
                    "name": "root",
                    "children": [{"name": "leaf", "children": []}],
                    "owner": {"nick": "ann", "home": {"name": "home"}},
                },
            )
        )
        tree = settings.get_tree()
        assert isinstance(tree.children[0], models.Node)
        assert isinstance(tree.owner, models.Person)
        assert isinstance(tree.owner.home, models.Node)
        assert tree.owner.home.name == "home"


class TestReadWriteOnly:
    def test_read_only_is_no_argument_and_write_only_is_not_expected_back(
        self, settings: Any, server: RecordingServer, schemas: Package
    ) -> None:
        """id and created (readOnly) cannot be passed; the answer lacks password (writeOnly)."""
        server.answers.append(
            Answer(
                200,
                {"id": "a1", "email": "e@x.io", "created": "2024-01-01T00:00:00Z"},
            )
        )
        account = settings.create_account(email="e@x.io", password="secret")
        assert json.loads(server.requests[0].body) == {
            "email": "e@x.io",
            "password": "secret",
        }
        assert (account.id, account.email) == ("a1", "e@x.io")
        with pytest.raises(TypeError):
            settings.create_account(email="e", password="p", id="x")
