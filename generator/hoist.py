"""Give every inline object schema a name of its own, derived from where it sits.

The model generator numbers anonymous classes (``Object11``) in the order it
meets them, so one added schema renames unrelated classes. Here each inline
object becomes a component schema named after its path (``ChatCompletionRequest``
+ ``messages`` + ``Item``): adding a schema or an operation leaves every other
name as it was. So does each constrained schema that the model generator
would make a class of (a union member ``{type: array, maxItems: 4}``).
Without them, an inline class could also take a component's name, and the
model generator would have to run again to move it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.naming import class_name, model_class_name, unique_name, words
from generator.oas import HTTP_METHODS, SCHEMA_REF
from generator.pointers import escape, pointer
from generator.simplify import simplify_compositions

__all__ = ["Hoisted", "hoist_inline_schemas", "operation_label"]


@dataclass(frozen=True)
class Hoisted:
    """The spec with inline schemas named, and where each new schema came from."""

    data: dict[str, Any]
    origins: dict[str, str]  # new schema key -> JSON pointer of the inline schema


def operation_label(method: str, path: str, operation: dict[str, Any]) -> str:
    """The words that name things belonging to an operation."""
    op_id = operation.get("operationId")
    if isinstance(op_id, str) and words(op_id):
        return op_id
    segments = [s.strip("{}") for s in path.split("/") if s]
    return " ".join([method, *segments])


def hoist_inline_schemas(data: dict[str, Any]) -> Hoisted:
    """A copy of ``data`` in which inline object schemas are ``$ref``s to new components."""
    copy = _copy(data)
    simplify_compositions(copy)  # a scalar allOf is no model: before naming models
    return _Hoister(copy).run()


def _copy(data: dict[str, Any]) -> dict[str, Any]:
    try:  # JSON round trip: fast, and anchors become independent copies
        result: dict[str, Any] = json.loads(json.dumps(data))
        return result
    except (TypeError, ValueError):
        import copy

        return copy.deepcopy(data)


def _is_model(schema: Any) -> bool:
    """Schemas that become classes: objects with properties, and allOf compositions."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    return bool(schema.get("properties")) or isinstance(schema.get("allOf"), list)


# Constraints that pydantic cannot attach to a union member, an array item or
# a map value in place: the model generator makes a root model class of such a
# schema there, which it would name after the field and number (``Stop1``,
# ``Prompt1Item``) in the order it meets them.
_CONSTRAINTS = frozenset(
    {"minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum", "pattern"}
)


def _is_constrained(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and not _CONSTRAINTS.isdisjoint(schema)
    )


class _Hoister:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        components = data.setdefault("components", {})
        if not isinstance(components.get("schemas"), dict):
            components["schemas"] = {}
        self.schemas: dict[str, Any] = components["schemas"]
        self.taken = {class_name(k).lower() for k in self.schemas} | {
            k.lower() for k in self.schemas
        }
        self.origins: dict[str, str] = {}

    def run(self) -> Hoisted:
        # Component schemas first (sorted), so their nested names never depend
        # on operations; then operations in path order.
        for key in sorted(self.schemas):
            self._walk(self.schemas[key], key, pointer("components", "schemas", key))
        self._components()
        for path, item in sorted((self.data.get("paths") or {}).items()):
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    self._operation(method, path, op)
        return Hoisted(self.data, self.origins)

    def _components(self) -> None:
        """The schemas of reusable parameters, responses and request bodies."""
        components = self.data["components"]
        for section in ("parameters", "responses", "requestBodies"):
            for key, node in sorted((components.get(section) or {}).items()):
                for schema_holder, suffix, ptr in self._schema_slots(
                    node, pointer("components", section, key)
                ):
                    self._slot(schema_holder, "schema", f"{key} {suffix}", ptr)

    def _operation(self, method: str, path: str, op: dict[str, Any]) -> None:
        """The schemas of one operation's parameters, request body and responses."""
        label = operation_label(method, path, op)
        base = pointer("paths", path, method)
        for i, param in enumerate(op.get("parameters") or []):
            if isinstance(param, dict) and "schema" in param:
                self._slot(
                    param,
                    "schema",
                    f"{label} {param.get('name', i)}",
                    f"{base}/parameters/{i}/schema",
                )
        body = op.get("requestBody")
        if isinstance(body, dict):
            for holder, _, ptr in self._schema_slots(body, f"{base}/requestBody"):
                self._slot(holder, "schema", f"{label} Request", ptr)
        for status, response in sorted(
            (op.get("responses") or {}).items(), key=lambda kv: str(kv[0])
        ):
            if isinstance(response, dict):
                suffix = (
                    "Response"
                    if str(status) in ("200", "201", "2XX")
                    else f"Response {status}"
                )
                for holder, _, ptr in self._schema_slots(
                    response, f"{base}/responses/{status}"
                ):
                    self._slot(holder, "schema", f"{label} {suffix}", ptr)

    def _schema_slots(
        self, node: Any, base: str
    ) -> Iterator[tuple[dict[str, Any], str, str]]:
        """(holder, name suffix, pointer) for each ``schema`` under a parameter, body or response."""
        if not isinstance(node, dict) or "$ref" in node:
            return
        if "schema" in node:
            yield node, "", f"{base}/schema"
        content = node.get("content")
        if isinstance(content, dict):
            for media, holder in sorted(content.items()):
                if isinstance(holder, dict) and "schema" in holder:
                    yield holder, media, f"{base}/content/{escape(media)}/schema"

    def _slot(
        self, holder: Any, key: str | int, label: str, ptr: str, member: bool = False
    ) -> None:
        """Hoist ``holder[key]`` if it is a model, or a constrained schema in
        a ``member`` position (union member, array item, map value); else look
        inside it."""
        schema = holder[key]
        if _is_model(schema) or (member and _is_constrained(schema)):
            holder[key] = {"$ref": SCHEMA_REF + self._name(label, schema, ptr)}
        else:
            self._walk(schema, label, ptr)

    def _name(self, label: str, schema: dict[str, Any], ptr: str) -> str:
        name = unique_name(model_class_name(label), self.taken, ignore_case=True)
        self.schemas[name] = schema
        self.origins[name] = ptr
        self._walk(schema, name, ptr)
        return name

    def _walk(self, schema: Any, label: str, ptr: str) -> None:
        """Hoist the model-like schemas nested in ``schema``."""
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for prop in list(properties):
                self._slot(
                    properties,
                    prop,
                    f"{label} {prop}",
                    f"{ptr}/properties/{escape(prop)}",
                )
        if isinstance(schema.get("items"), dict):
            self._slot(schema, "items", f"{label} Item", f"{ptr}/items", member=True)
        if isinstance(schema.get("additionalProperties"), dict):
            self._slot(
                schema,
                "additionalProperties",
                f"{label} Value",
                f"{ptr}/additionalProperties",
                member=True,
            )
        for combinator in ("allOf", "anyOf", "oneOf"):
            members = schema.get(combinator)
            if isinstance(members, list):
                for i in range(len(members)):
                    # allOf parts merge into their parent; only nested parts need names
                    if combinator == "allOf":
                        self._walk(members[i], label, f"{ptr}/{combinator}/{i}")
                    else:
                        variant = _variant_label(members[i], i)
                        self._slot(
                            members,
                            i,
                            f"{label} {variant}",
                            f"{ptr}/{combinator}/{i}",
                            member=True,
                        )


def _variant_label(member: Any, index: int) -> str:
    """A union member's name: its title, else its one-value tag (``type: enum [a]``)."""
    if isinstance(member, dict):
        title = member.get("title")
        if isinstance(title, str) and words(title):
            return title
        for prop in (member.get("properties") or {}).values():
            if not isinstance(prop, dict):
                continue
            values = prop.get("enum") if isinstance(prop.get("enum"), list) else None
            tag = prop.get("const", values[0] if values and len(values) == 1 else None)
            if isinstance(tag, str) and words(tag):
                return tag
    return f"Option {index + 1}"
