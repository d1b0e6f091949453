"""generator.hoist: inline object schemas get stable names from where they sit."""

from __future__ import annotations

from typing import Any

from generator.hoist import hoist_inline_schemas


def spec(
    schemas: dict[str, Any], paths: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


PET = {
    "type": "object",
    "properties": {
        "owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        "tags": {
            "type": "array",
            "items": {"type": "object", "properties": {"t": {"type": "string"}}},
        },
        "kind": {
            "oneOf": [
                {"type": "object", "properties": {"type": {"enum": ["cat"]}}},
                {"type": "object", "properties": {"type": {"enum": ["dog"]}}},
            ]
        },
        "plain": {"type": "string"},
    },
}


class TestNames:
    def test_nested_objects_named_by_path(self) -> None:
        """Properties, array items and tagged union members get path-derived names."""
        hoisted = hoist_inline_schemas(spec({"Pet": PET}))
        schemas = hoisted.data["components"]["schemas"]
        assert sorted(schemas) == [
            "Pet",
            "PetKindCat",
            "PetKindDog",
            "PetOwner",
            "PetTagsItem",
        ]
        assert schemas["Pet"]["properties"]["owner"] == {
            "$ref": "#/components/schemas/PetOwner"
        }
        assert schemas["Pet"]["properties"]["plain"] == {"type": "string"}
        assert hoisted.origins["PetOwner"] == "/components/schemas/Pet/properties/owner"

    def test_adding_a_schema_renames_nothing(self) -> None:
        """A new schema (even one sorting first) leaves every existing name as it was."""
        before = hoist_inline_schemas(spec({"Pet": PET}))
        after = hoist_inline_schemas(spec({"Aardvark": PET, "Pet": PET}))
        names_before = set(before.data["components"]["schemas"])
        assert names_before <= set(after.data["components"]["schemas"])
        for name in names_before:
            assert (
                after.data["components"]["schemas"][name]
                == before.data["components"]["schemas"][name]
            )

    def test_operation_bodies_and_responses(self) -> None:
        """Inline request and response objects are named after the operation."""
        obj = {"type": "object", "properties": {"a": {"type": "string"}}}
        paths = {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {"content": {"application/json": {"schema": obj}}},
                    "responses": {
                        "200": {"content": {"application/json": {"schema": obj}}}
                    },
                }
            }
        }
        schemas = hoist_inline_schemas(spec({}, paths)).data["components"]["schemas"]
        assert sorted(schemas) == ["CreateThingRequest", "CreateThingResponse"]

    def test_collision_with_a_component_gets_a_number(self) -> None:
        """A derived name taken by a component schema is numbered, the component keeps its name."""
        schemas = hoist_inline_schemas(
            spec({"Pet": PET, "PetOwner": {"type": "string"}})
        ).data
        assert "PetOwner2" in schemas["components"]["schemas"]
        assert schemas["components"]["schemas"]["PetOwner"] == {"type": "string"}

    def test_input_is_not_modified(self) -> None:
        """Hoisting works on a copy."""
        data = spec({"Pet": PET})
        hoist_inline_schemas(data)
        assert "owner" in data["components"]["schemas"]["Pet"]["properties"]
        assert (
            data["components"]["schemas"]["Pet"]["properties"]["owner"]["type"]
            == "object"
        )

    def test_property_named_like_a_keyword_is_not_a_schema_keyword(self) -> None:
        """A property called 'items' or 'properties' is hoisted as a property, not descended into as a keyword."""
        schema = {
            "type": "object",
            "properties": {
                "items": {"type": "object", "properties": {"x": {"type": "integer"}}}
            },
        }
        schemas = hoist_inline_schemas(spec({"Box": schema})).data["components"][
            "schemas"
        ]
        assert "BoxItems" in schemas


REQUEST: dict[str, Any] = {
    "type": "object",
    "properties": {
        "stop": {
            "oneOf": [
                {"type": "string"},
                {"type": "array", "maxItems": 4, "items": {"type": "string"}},
            ]
        },
        "tokens": {
            "type": "array",
            "items": {"type": "array", "minItems": 1, "items": {"type": "integer"}},
        },
        "scores": {"additionalProperties": {"type": "number", "minimum": 0}},
        "name": {"type": "string", "maxLength": 10},
    },
}


class TestConstrainedMembers:
    """Schemas the model generator makes classes of where pydantic cannot hold
    their constraints in place: named by position too, never after the field."""

    def test_named_by_position(self) -> None:
        hoisted = hoist_inline_schemas(spec({"Request": REQUEST, "Stop": {}}))
        schemas = hoisted.data["components"]["schemas"]
        assert sorted(schemas) == [
            "Request",
            "RequestScoresValue",
            "RequestStopOption2",
            "RequestTokensItem",
            "Stop",
        ]
        properties = schemas["Request"]["properties"]
        assert properties["stop"]["oneOf"] == [
            {"type": "string"},
            {"$ref": "#/components/schemas/RequestStopOption2"},
        ]
        assert schemas["RequestStopOption2"]["maxItems"] == 4

    def test_constraints_in_place_stay(self) -> None:
        """A property's own constraints become Field() arguments: nothing to name."""
        hoisted = hoist_inline_schemas(spec({"Request": REQUEST}))
        properties = hoisted.data["components"]["schemas"]["Request"]["properties"]
        assert properties["name"] == {"type": "string", "maxLength": 10}
        assert properties["stop"]["oneOf"][0] == {"type": "string"}
