"""generator.overlay: Overlay Specification 1.0 update and remove actions, located errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import ConfigError
from generator.diagnostics import SpecError
from generator.load import Spec, load_spec
from generator.overlay import apply_overlays

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "debug", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {"200": {"description": "ok"}},
            },
            "delete": {
                "operationId": "dropThings",
                "responses": {"204": {"description": "none"}},
            },
        },
        "/others": {
            "get": {
                "operationId": "listOthers",
                "responses": {"200": {"description": "ok"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "maxLength": 5},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            }
        }
    },
}


def spec_at(folder: Path, data: dict[str, Any] = SPEC) -> Spec:
    path = folder / "openapi.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return load_spec(path)


def overlay(folder: Path, actions: Any, name: str = "fix.yaml", **top: Any) -> Path:
    path = folder / name
    document = {"overlay": "1.0.0", "info": {"title": "fix", "version": "1"}, **top}
    if actions is not None:
        document["actions"] = actions
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def applied(tmp_path: Path, *actions: dict[str, Any]) -> dict[str, Any]:
    spec, skipped = apply_overlays(
        spec_at(tmp_path), [overlay(tmp_path, list(actions))]
    )
    assert skipped == ()
    return spec.data


def problems(tmp_path: Path, actions: Any, **top: Any) -> list[str]:
    with pytest.raises(SpecError) as raised:
        apply_overlays(spec_at(tmp_path), [overlay(tmp_path, actions, **top)])
    return [d.format() for d in raised.value.diagnostics]


THING = "$.components.schemas.Thing"


class TestUpdate:
    def test_merges_recursively(self, tmp_path: Path) -> None:
        """Objects merge key by key at every depth; other values replace."""
        data = applied(
            tmp_path,
            {
                "target": THING,
                "update": {
                    "description": "A thing.",
                    "properties": {
                        "name": {"maxLength": 9},
                        "tags": {"items": {"enum": ["a"]}},
                    },
                },
            },
        )
        thing = data["components"]["schemas"]["Thing"]
        assert thing["description"] == "A thing."
        assert thing["properties"]["name"] == {"type": "string", "maxLength": 9}
        assert thing["properties"]["tags"] == {
            "type": "array",
            "items": {"type": "string", "enum": ["a"]},
        }

    def test_array_value_replaces(self, tmp_path: Path) -> None:
        """An array in an update replaces the array it meets (only objects merge)."""
        name = f"{THING}.properties.name"
        data = applied(
            tmp_path,
            {"target": name, "update": {"enum": ["a", "b"]}},
            {"target": name, "update": {"enum": ["c"]}},
        )
        assert data["components"]["schemas"]["Thing"]["properties"]["name"]["enum"] == [
            "c"
        ]

    def test_array_target_appends(self, tmp_path: Path) -> None:
        new = {"name": "page", "in": "query", "schema": {"type": "integer"}}
        data = applied(
            tmp_path, {"target": "$.paths['/things'].get.parameters", "update": new}
        )
        assert [p["name"] for p in data["paths"]["/things"]["get"]["parameters"]] == [
            "limit",
            "debug",
            "page",
        ]

    def test_wildcard_updates_every_match(self, tmp_path: Path) -> None:
        data = applied(
            tmp_path, {"target": "$.paths.*.get", "update": {"x-safe": True}}
        )
        assert data["paths"]["/things"]["get"]["x-safe"] is True
        assert data["paths"]["/others"]["get"]["x-safe"] is True
        assert "x-safe" not in data["paths"]["/things"]["delete"]

    def test_filter_target(self, tmp_path: Path) -> None:
        data = applied(
            tmp_path,
            {
                "target": "$.paths.*.get.parameters[?@.name == 'limit']",
                "update": {"required": True},
            },
        )
        params = data["paths"]["/things"]["get"]["parameters"]
        assert [p.get("required") for p in params] == [True, None]

    def test_input_is_not_modified(self, tmp_path: Path) -> None:
        spec = spec_at(tmp_path)
        before = yaml.safe_dump(spec.data)
        apply_overlays(
            spec, [overlay(tmp_path, [{"target": THING, "update": {"title": "x"}}])]
        )
        assert yaml.safe_dump(spec.data) == before

    def test_an_alias_is_updated_in_one_place(self, tmp_path: Path) -> None:
        """A YAML alias is a copy: updating one place leaves the other as written."""
        path = tmp_path / "openapi.yaml"
        path.write_text(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
            "components:\n  schemas:\n    A: &shared {type: string}\n    B: *shared\n",
            encoding="utf-8",
        )
        spec, _ = apply_overlays(
            load_spec(path),
            [
                overlay(
                    tmp_path,
                    [{"target": "$.components.schemas.A", "update": {"maxLength": 3}}],
                )
            ],
        )
        assert spec.data["components"]["schemas"]["B"] == {"type": "string"}


class TestRemove:
    def test_removes_a_key(self, tmp_path: Path) -> None:
        data = applied(
            tmp_path, {"target": "$.paths['/things'].delete", "remove": True}
        )
        assert list(data["paths"]["/things"]) == ["get"]

    def test_removes_array_items_by_filter(self, tmp_path: Path) -> None:
        data = applied(tmp_path, {"target": "$.paths..parameters[*]", "remove": True})
        assert data["paths"]["/things"]["get"]["parameters"] == []

    def test_removes_a_keyword(self, tmp_path: Path) -> None:
        data = applied(
            tmp_path, {"target": f"{THING}.properties.name.maxLength", "remove": True}
        )
        assert data["components"]["schemas"]["Thing"]["properties"]["name"] == {
            "type": "string"
        }

    def test_remove_wins_over_update(self, tmp_path: Path) -> None:
        data = applied(
            tmp_path, {"target": THING, "remove": True, "update": {"title": "x"}}
        )
        assert data["components"]["schemas"] == {}


class TestOrder:
    def test_actions_apply_in_order(self, tmp_path: Path) -> None:
        """Removed, then created again: each action sees the result of the one before."""
        data = applied(
            tmp_path,
            {"target": THING, "remove": True},
            {"target": "$.components.schemas", "update": {"Thing": {"type": "string"}}},
            {"target": THING, "update": {"format": "uuid"}},
        )
        assert data["components"]["schemas"]["Thing"] == {
            "type": "string",
            "format": "uuid",
        }

    def test_overlays_apply_in_order(self, tmp_path: Path) -> None:
        first = overlay(
            tmp_path, [{"target": THING, "update": {"title": "one"}}], "a.yaml"
        )
        second = overlay(
            tmp_path, [{"target": THING, "update": {"title": "two"}}], "b.yaml"
        )
        spec, _ = apply_overlays(spec_at(tmp_path), [second, first])
        assert spec.data["components"]["schemas"]["Thing"]["title"] == "one"


class TestErrors:
    def test_no_match_is_located_in_the_overlay(self, tmp_path: Path) -> None:
        found = problems(
            tmp_path,
            [
                {"target": THING, "update": {}},
                {"target": "$.components.schemas.Gone", "update": {"x": 1}},
            ],
        )
        (line,) = found
        assert line.startswith(f"{tmp_path / 'fix.yaml'}:8:11: ")  # the target's text
        assert "/actions/1/target: '$.components.schemas.Gone' selects nothing" in line

    def test_bad_jsonpath(self, tmp_path: Path) -> None:
        (line,) = problems(tmp_path, [{"target": "$.paths[", "remove": True}])
        assert "/actions/0/target: invalid JSONPath '$.paths['" in line
        assert "\n" not in line

    def test_not_rfc9535(self, tmp_path: Path) -> None:
        """The library's own extensions (here: keys selector) are not JSONPath."""
        (line,) = problems(
            tmp_path, [{"target": "$.components.schemas.~", "remove": True}]
        )
        assert "invalid JSONPath" in line

    def test_update_of_a_primitive(self, tmp_path: Path) -> None:
        (line,) = problems(tmp_path, [{"target": f"{THING}.type", "update": {"x": 1}}])
        assert (
            "/actions/0/target:" in line
            and "selects a string at /components/schemas/Thing/type" in line
        )

    def test_object_target_needs_an_object(self, tmp_path: Path) -> None:
        (line,) = problems(tmp_path, [{"target": THING, "update": "text"}])
        assert (
            "/actions/0/update: '$.components.schemas.Thing' selects an object" in line
        )

    def test_remove_root(self, tmp_path: Path) -> None:
        (line,) = problems(tmp_path, [{"target": "$", "remove": True}])
        assert "cannot be removed" in line

    @pytest.mark.parametrize(
        ("actions", "top", "expected"),
        [
            (None, {}, "'actions' must be a non-empty list"),
            ([], {}, "/actions: 'actions' must be a non-empty list"),
            (["$.x"], {}, "/actions/0: an action must be an object"),
            ([{"update": {}}], {}, "/actions/0: 'target' must be a JSONPath query"),
            ([{"target": THING}], {}, "/actions/0: the action does nothing"),
            (
                [{"target": THING, "remove": "yes"}],
                {},
                "/actions/0/remove: 'remove' must be true or false",
            ),
            (
                [{"target": THING, "remove": True, "copy": "$"}],
                {},
                "/actions/0/copy: unknown field 'copy'",
            ),
            (
                [{"target": THING, "remove": True}],
                {"overlay": "2.0.0"},
                "/overlay: 'overlay' must be the version 1.0.x",
            ),
            (
                [{"target": THING, "remove": True}],
                {"info": "x"},
                "/info: 'info' must be an object",
            ),
        ],
    )
    def test_malformed_overlay(
        self, tmp_path: Path, actions: Any, top: dict[str, Any], expected: str
    ) -> None:
        found = problems(tmp_path, actions, **top)
        assert any(expected in line for line in found), found

    def test_every_problem_at_once(self, tmp_path: Path) -> None:
        found = problems(
            tmp_path,
            [
                {"target": "$.nope", "remove": True},
                {"target": "$.nada", "remove": True},
            ],
        )
        assert len(found) == 2

    def test_missing_file_is_a_config_error(self, tmp_path: Path) -> None:
        with pytest.raises(ConfigError, match=r"overlay .*nope\.yaml"):
            apply_overlays(spec_at(tmp_path), [tmp_path / "nope.yaml"])

    def test_not_yaml(self, tmp_path: Path) -> None:
        path = tmp_path / "fix.yaml"
        path.write_text("actions: [\n", encoding="utf-8")
        with pytest.raises(SpecError) as raised:
            apply_overlays(spec_at(tmp_path), [path])
        assert raised.value.diagnostics[0].path == str(path)

    def test_lenient_skips_and_reports(self, tmp_path: Path) -> None:
        spec, skipped = apply_overlays(
            spec_at(tmp_path),
            [
                overlay(
                    tmp_path,
                    [
                        {"target": "$.nope", "remove": True},
                        {"target": THING, "update": {"title": "x"}},
                    ],
                )
            ],
            lenient=True,
        )
        assert [d.pointer for d in skipped] == ["/actions/0/target"]
        assert spec.data["components"]["schemas"]["Thing"]["title"] == "x"


class TestLocated:
    def test_problem_in_overlay_content_is_reported_in_the_overlay(
        self, tmp_path: Path
    ) -> None:
        """What an update put into the spec is located in the overlay file."""
        path = overlay(
            tmp_path,
            [{"target": THING, "update": {"properties": {"name": {"maxLength": -1}}}}],
        )
        spec, _ = apply_overlays(spec_at(tmp_path), [path])
        diagnostic = spec.diagnostic(
            "/components/schemas/Thing/properties/name/maxLength", "bad"
        )
        assert diagnostic.path == str(path)
        assert diagnostic.pointer == "/actions/0/update/properties/name/maxLength"
        untouched = spec.diagnostic(
            "/components/schemas/Thing/properties/name/type", "bad"
        )
        assert untouched.path == str(tmp_path / "openapi.yaml")
