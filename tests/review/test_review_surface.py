"""generator.review.surface: the generated client's methods and models, compared between two specs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from review_specs import Spec, edited, things_api

from generator.config import Config
from generator.ir import Api
from generator.review.sources import read_side
from generator.review.surface import SurfaceDiff, compare_apis


def ir(tmp_path: Path, spec: Spec, name: str) -> Api:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return read_side(str(path), Config(root=tmp_path, spec=path, out=tmp_path)).api


def surface(tmp_path: Path, before: Spec, after: Spec) -> SurfaceDiff:
    return compare_apis(ir(tmp_path, before, "before"), ir(tmp_path, after, "after"))


def body(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["NewThing"]
    return schema


class TestMethods:
    def test_added_and_removed(self, tmp_path: Path) -> None:
        """A new operation is a new method with its signature; its removal takes it away."""
        old = things_api()
        new = edited(
            old,
            lambda s: s["paths"]["/things"].update(
                get={
                    "operationId": "listThings",
                    "tags": ["Things"],
                    "responses": {"200": {"description": "OK"}},
                }
            ),
        )
        diff = surface(tmp_path, old, new)
        assert [m.signature() for m in diff.methods_added] == [
            "client.things.list_things() -> None"
        ]
        assert [m.endpoint for m in diff.methods_added] == ["GET /things"]
        assert [m.name for m in surface(tmp_path, new, old).methods_removed] == [
            "client.things.list_things"
        ]

    def test_new_argument(self, tmp_path: Path) -> None:
        """A new optional body property is a new keyword argument; both signatures are kept."""
        old = things_api()
        new = edited(
            old,
            lambda s: body(s)["properties"].update(
                size={"type": "integer", "nullable": True}
            ),
        )
        ((before, after),) = surface(tmp_path, old, new).methods_changed
        assert before.args == ("name: str | Omit = omit",)
        assert after.args == (
            "name: str | Omit = omit",
            "size: int | Omit | None = omit",
        )
        assert before.returns == after.returns == "Thing"

    def test_moved_method(self, tmp_path: Path) -> None:
        """An operation under another tag is one moved method, not an addition and a removal."""
        old = things_api()
        new = edited(
            old, lambda s: s["paths"]["/things"]["post"].update(tags=["Stock"])
        )
        diff = surface(tmp_path, old, new)
        assert diff.methods_added == () == diff.methods_removed
        ((before, after),) = diff.methods_changed
        assert (before.name, after.name) == (
            "client.things.create_thing",
            "client.stock.create_thing",
        )

    def test_unchanged(self, tmp_path: Path) -> None:
        """Documentation alone changes no method and no model."""
        old = things_api()
        new = edited(
            old,
            lambda s: s["paths"]["/things"]["post"].update(description="Makes one."),
        )
        assert not surface(tmp_path, old, new)


class TestModels:
    def test_fields(self, tmp_path: Path) -> None:
        """Fields added, removed and retyped are listed with their annotations."""
        old = things_api(
            response={
                "type": "object",
                "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
                "required": ["name"],
            }
        )
        new = things_api(
            response={
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "size": {"type": "string"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            }
        )
        (change,) = surface(tmp_path, old, new).models_changed
        assert (change.name, change.added, change.removed, change.changed) == (
            "Thing",
            ("tags: list[str] (optional)",),
            (),
            (
                ("name: str", "name: str (optional)"),
                ("size: int (optional)", "size: str (optional)"),
            ),
        )

    def test_added_and_removed(self, tmp_path: Path) -> None:
        """A schema added is a model added; removed, a model removed."""
        old = things_api()
        new = edited(
            old,
            lambda s: s["components"]["schemas"].update(
                Spare={"type": "object", "properties": {"x": {"type": "string"}}}
            ),
        )
        assert surface(tmp_path, old, new).models_added == ("Spare",)
        assert surface(tmp_path, new, old).models_removed == ("Spare",)

    def test_change_through_a_plain_schema(self, tmp_path: Path) -> None:
        """A field typed through a non-model schema changes when that schema's type does."""
        old = things_api(
            response={
                "type": "object",
                "properties": {"id": {"$ref": "#/components/schemas/Id"}},
            }
        )
        old["components"]["schemas"]["Id"] = {"type": "string"}
        new = edited(
            old, lambda s: s["components"]["schemas"]["Id"].update(type="integer")
        )
        changed = {
            c.name: c.changed for c in surface(tmp_path, old, new).models_changed
        }
        assert changed["Thing"] == (("id: str (optional)", "id: int (optional)"),)
