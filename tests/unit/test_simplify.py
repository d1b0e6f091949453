"""generator.simplify: compositions that describe no object become plain schemas."""

from __future__ import annotations

from typing import Any

from generator.simplify import simplify_compositions


def simplified(schemas: dict[str, Any]) -> dict[str, Any]:
    document = {"components": {"schemas": schemas}}
    simplify_compositions(document)
    result: dict[str, Any] = document["components"]["schemas"]
    return result


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


LEVEL = {"type": "integer", "enum": [1, 2, 3]}


class TestScalarAllOf:
    def test_enums_intersect(self) -> None:
        out = simplified(
            {
                "Level": LEVEL,
                "One": {"type": "integer", "enum": [1, 5], "allOf": [ref("Level")]},
            }
        )
        assert out["One"] == {"type": "integer", "enum": [1]}

    def test_enum_from_the_reference_alone(self) -> None:
        out = simplified(
            {
                "Color": {"type": "string", "enum": ["red", "blue"]},
                "Mine": {"description": "d", "allOf": [ref("Color")]},
            }
        )
        assert out["Mine"] == {
            "description": "d",
            "type": "string",
            "enum": ["red", "blue"],
        }

    def test_values_of_other_json_types_do_not_match(self) -> None:
        """1 and true are equal in Python, not in JSON: no value is left, nothing merges."""
        schemas = {"B": {"enum": [True]}, "X": {"enum": [1], "allOf": [ref("B")]}}
        assert simplified(schemas)["X"] == {"enum": [1], "allOf": [ref("B")]}

    def test_bounds_take_the_tighter(self) -> None:
        out = simplified(
            {
                "Small": {"type": "number", "minimum": 0, "maximum": 10},
                "X": {
                    "type": "integer",
                    "minimum": 2,
                    "maximum": 20,
                    "allOf": [ref("Small")],
                },
            }
        )
        assert out["X"] == {"type": "integer", "minimum": 2, "maximum": 10}

    def test_conflicting_types_are_left_alone(self) -> None:
        schemas = {
            "S": {"type": "string"},
            "X": {"type": "integer", "allOf": [ref("S")]},
        }
        assert simplified(schemas)["X"] == {"type": "integer", "allOf": [ref("S")]}

    def test_chains_of_references_and_nullable_members(self) -> None:
        out = simplified(
            {
                "Level": LEVEL,
                "Mid": {"allOf": [ref("Level"), {"enum": [2, 3]}]},
                "X": {"allOf": [ref("Mid"), {"nullable": True}]},
            }
        )
        assert out["X"] == {"nullable": True, "type": "integer", "enum": [2, 3]}

    def test_objects_stay_compositions(self) -> None:
        owner = {"type": "object", "properties": {"name": {"type": "string"}}}
        schemas = {"Owner": owner, "X": {"allOf": [ref("Owner"), {"nullable": True}]}}
        assert simplified(schemas)["X"] == {"allOf": [ref("Owner")], "nullable": True}


class TestMembersWithoutTypes:
    def test_nullable_false_member_changes_nothing(self) -> None:
        schemas = {
            "O": {"type": "object", "properties": {"a": {}}},
            "X": {"allOf": [ref("O"), {"nullable": False}, {"description": "d"}]},
        }
        assert simplified(schemas)["X"] == {"allOf": [ref("O")], "description": "d"}

    def test_required_member_in_allof_joins_required(self) -> None:
        schemas = {
            "X": {
                "type": "object",
                "required": ["a"],
                "properties": {"a": {}, "b": {}},
                "allOf": [{"required": ["b", "a"]}],
            }
        }
        assert simplified(schemas)["X"] == {
            "type": "object",
            "required": ["a", "b"],
            "properties": {"a": {}, "b": {}},
        }

    def test_anyof_of_required_names_is_dropped(self) -> None:
        schemas = {
            "X": {
                "type": "object",
                "properties": {"a": {}, "b": {}},
                "anyOf": [{"required": ["a"]}, {"required": ["b"]}],
            }
        }
        assert "anyOf" not in simplified(schemas)["X"]

    def test_anyof_with_a_typed_member_is_kept(self) -> None:
        members = [{"required": ["a"]}, {"type": "string"}]
        assert simplified({"X": {"anyOf": members}})["X"] == {"anyOf": members}

    def test_property_and_data_named_like_keywords_are_not_touched(self) -> None:
        """A property called allOf, and an example that looks like a schema, stay as they are."""
        example = {"allOf": [{"nullable": True}]}
        schemas = {
            "X": {
                "type": "object",
                "properties": {
                    "allOf": {"type": "string"},
                    "enum": {"allOf": [ref("L")]},
                },
                "example": example,
            },
            "L": LEVEL,
        }
        out = simplified(schemas)["X"]
        assert out["example"] == {"allOf": [{"nullable": True}]}
        assert out["properties"]["enum"] == LEVEL


SHAPE = {
    "type": "object",
    "required": ["kind"],
    "properties": {"kind": {"type": "string"}, "size": {"type": "string"}},
}


class TestRedefinedFields:
    def test_incompatible_redefinition_copies_the_parent(self) -> None:
        child = {"type": "object", "properties": {"size": {"type": "number"}}}
        out = simplified({"Shape": SHAPE, "Circle": {"allOf": [ref("Shape"), child]}})
        assert out["Circle"]["allOf"] == [SHAPE, child]

    def test_narrowing_keeps_the_parent_class(self) -> None:
        child = {
            "type": "object",
            "properties": {"kind": {"type": "string", "enum": ["circle"]}, "r": {}},
        }
        out = simplified({"Shape": SHAPE, "Circle": {"allOf": [ref("Shape"), child]}})
        assert out["Circle"]["allOf"] == [ref("Shape"), child]

    def test_nullable_redefinition_of_a_required_field_copies_the_parent(self) -> None:
        child = {"properties": {"kind": {"type": "string", "nullable": True}}}
        out = simplified({"Shape": SHAPE, "Circle": {"allOf": [ref("Shape"), child]}})
        assert out["Circle"]["allOf"][0] == SHAPE

    def test_redefinition_through_a_grandparent(self) -> None:
        child = {"properties": {"size": {"type": "integer", "enum": [1]}}}
        schemas = {
            "Shape": SHAPE,
            "Round": {"allOf": [ref("Shape")]},
            "Circle": {"allOf": [ref("Round"), child]},
        }
        assert simplified(schemas)["Circle"]["allOf"][0] == SHAPE


class TestSingleMembers:
    def test_allof_of_one_union_is_the_union(self) -> None:
        """No class can extend a union: the property is the union, annotated."""
        union = {"oneOf": [ref("A"), ref("B")]}
        out = simplified({"U": union, "X": {"allOf": [ref("U"), {"description": "d"}]}})
        assert out["X"] == {"oneOf": [ref("A"), ref("B")], "description": "d"}

    def test_allof_of_one_array_made_nullable(self) -> None:
        array = {"type": "array", "items": {"type": "string"}}
        out = simplified({"L": array, "X": {"allOf": [ref("L"), {"nullable": True}]}})
        assert out["X"] == {**array, "nullable": True}

    def test_empty_members_constrain_nothing(self) -> None:
        out = simplified({"X": {"allOf": [{}, {"description": "d"}]}})
        assert out["X"] == {"description": "d"}

    def test_three_one_type_lists_are_left_alone(self) -> None:
        schemas = {
            "N": {"type": ["string", "null"]},
            "X": {"allOf": [ref("N"), {"enum": ["a"]}]},
            "P": {"type": "object", "properties": {"a": {"type": ["string", "null"]}}},
            "C": {
                "allOf": [
                    ref("P"),
                    {"properties": {"a": {"type": ["integer", "null"]}}},
                ]
            },
        }
        out = simplified(schemas)
        assert out["X"] == {"allOf": [ref("N"), {"enum": ["a"]}]}
        assert out["C"]["allOf"][0]["properties"] == {"a": {"type": ["string", "null"]}}
