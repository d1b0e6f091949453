"""Valid argument values for an operation, made from its spec schemas.

Order of preference for one schema: its example (when it validates), const,
the first enum value, then a value built from type, format and constraints
(objects with their required properties only). Every value is checked against
its schema with the document's own validator (OpenAPI 3.0 request rules, or
3.1's JSON Schema 2020-12), so a call that the mock rejects points at the
client, not at the factory.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from typing import Any

from openapi_schema_validator import (
    OAS30WriteValidator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)

__all__ = ["FactoryError", "ValueFactory", "escape"]

MAX_DEPTH = 24
# Strings tried, in order, when a schema has a pattern or length limits.
_STRING_CANDIDATES = ("string", "abc", "a1", "test-value", "x")
_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "email": "user@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "byte": base64.b64encode(b"contract").decode(),
}


class FactoryError(Exception):
    """No valid value could be made for a schema; the message shows which and why."""


def escape(token: str) -> str:
    """A JSON pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


class ValueFactory:
    """Makes values for schemas of one OpenAPI 3.0 or 3.1 document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._components = document.get("components", {})
        self._oas31 = str(document.get("openapi", "")).startswith("3.1")

    # -- navigation -----------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """``node`` with ``$ref`` chains followed."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                raise FactoryError(f"cannot follow $ref {ref!r}")
            seen.add(ref)
            node = self._walk(self.document, ref[1:])
        return node

    def at(self, pointer: str) -> Any:
        """The node at ``pointer``, following ``$ref``s on the way."""
        return self.resolve(self._walk(self.document, pointer))

    def _walk(self, node: Any, pointer: str) -> Any:
        for raw in pointer.split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            node = self.resolve(node)
            if isinstance(node, list):
                node = node[int(token)]
            elif isinstance(node, Mapping) and token in node:
                node = node[token]
            else:
                raise FactoryError(f"{pointer}: no {token!r}")
        return node

    def merged(self, schema: Any) -> dict[str, Any]:
        """An ``allOf`` schema as one object schema (properties and required merged)."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return {}
        if not isinstance(schema.get("allOf"), list):
            return dict(schema)
        result: dict[str, Any] = {
            k: v for k, v in schema.items() if k not in ("allOf", "example")
        }
        properties = dict(result.get("properties") or {})
        required = list(result.get("required") or [])
        for member in schema["allOf"]:
            part = self.merged(member)
            for key, value in part.items():
                if key == "properties":
                    properties.update(value)
                elif key == "required":
                    required += [r for r in value if r not in required]
                elif key not in ("example", "title", "description"):
                    result.setdefault(key, value)
        if properties:
            result["properties"] = properties
        if required:
            result["required"] = required
        return result

    # -- validation -----------------------------------------------------------

    def errors(self, schema: Any, value: Any) -> list[str]:
        """Why ``value`` is not a valid request value for ``schema`` (empty when it is)."""
        resolved = self.resolve(schema)
        root = {
            **(resolved if isinstance(resolved, Mapping) else {}),
            "components": self._components,
        }
        validator: Any = (
            OAS31Validator(root, format_checker=oas31_format_checker)
            if self._oas31
            else OAS30WriteValidator(root, format_checker=oas30_format_checker)
        )
        return [
            f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}"
            for e in validator.iter_errors(value)
        ]

    def valid(self, schema: Any, value: Any) -> bool:
        return not self.errors(schema, value)

    # -- values ---------------------------------------------------------------

    def value(self, schema: Any, where: str = "") -> Any:
        """A JSON value valid for ``schema``; ``where`` names it in errors."""
        made = self._value(schema, 0, where)
        problems = self.errors(schema, made)
        if problems:
            raise FactoryError(f"{where}: made {made!r}, invalid: {problems[:3]}")
        return made

    def example(self, holder: Mapping[str, Any], schema: Any) -> tuple[bool, Any]:
        """A parameter's or media type's own valid example, if it has one."""
        if "example" in holder and self.valid(schema, holder["example"]):
            return True, holder["example"]
        for example in (holder.get("examples") or {}).values():
            example = self.resolve(example)
            if isinstance(example, Mapping) and "value" in example:
                if self.valid(schema, example["value"]):
                    return True, example["value"]
        return False, None

    def has_example(self, schema: Any) -> bool:
        schema = self.resolve(schema)
        return isinstance(schema, Mapping) and (
            "example" in schema or bool(schema.get("examples"))
        )

    def _value(self, schema: Any, depth: int, where: str) -> Any:
        if depth > MAX_DEPTH:
            raise FactoryError(f"{where}: schema nests deeper than {MAX_DEPTH}")
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return "string"
        found, given = self._given(schema)
        if found:
            return given
        if isinstance(schema.get("allOf"), list):
            return self._value(self.merged(schema), depth + 1, where)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return self._union(schema, key, depth, where)
        return self._of_kind(schema, _kind(schema), depth, where)

    def _given(self, schema: Mapping[str, Any]) -> tuple[bool, Any]:
        """A value the schema names itself: a valid example, its const, or its
        first non-null enum value; (False, None) when it names none."""
        examples = ([schema["example"]] if "example" in schema else []) + (
            list(schema["examples"]) if isinstance(schema.get("examples"), list) else []
        )
        for example in examples:
            if self.valid(schema, example):
                return True, example
        if "const" in schema:
            return True, schema["const"]
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            if values:
                return True, values[0]
        return False, None

    def _of_kind(
        self, schema: Mapping[str, Any], kind: Any, depth: int, where: str
    ) -> Any:
        """A value made from the schema's (single) type."""
        if kind == "string":
            return self._string(schema, where)
        if kind in ("integer", "number"):
            return self._number(schema, kind == "integer")
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        if kind == "array":
            count = max(int(schema.get("minItems", 1)), 1)
            if isinstance(schema.get("maxItems"), int):
                count = min(count, schema["maxItems"])
            item = self._value(schema.get("items", {}), depth + 1, f"{where}[]")
            return [item] * count
        return self._object(schema, depth, where)

    def _union(
        self, schema: Mapping[str, Any], key: str, depth: int, where: str
    ) -> Any:
        """The first member whose value the whole union accepts."""
        discriminator = schema.get("discriminator")
        tried: list[str] = []
        for member in schema[key]:
            resolved = self.resolve(member)
            if isinstance(resolved, Mapping) and resolved.get("type") == "null":
                continue
            try:
                made = self._value(member, depth + 1, where)
            except FactoryError as exc:
                tried.append(str(exc))
                continue
            if isinstance(discriminator, Mapping) and isinstance(made, dict):
                made = self._tagged(discriminator, member, made)
            # the sibling keywords (type, nullable, a oneOf's exclusivity) count too
            problems = self.errors(schema, made)
            if not problems:
                return made
            tried.append(f"{made!r}: {problems[:2]}")
        raise FactoryError(f"{where}: no {key} member fits: {tried[:3]}")

    def _tagged(
        self, discriminator: Mapping[str, Any], member: Any, made: dict[str, Any]
    ) -> dict[str, Any]:
        """``made`` with the discriminator property naming ``member``."""
        prop = discriminator.get("propertyName")
        if not isinstance(prop, str) or prop in made:
            return made
        ref = member.get("$ref") if isinstance(member, Mapping) else None
        if not isinstance(ref, str):
            return made
        mapping = discriminator.get("mapping") or {}
        tag = next((k for k, v in mapping.items() if v == ref), ref.rpartition("/")[2])
        return {**made, prop: tag}

    def _string(self, schema: Mapping[str, Any], where: str) -> Any:
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt.lower() in _FORMATS:
            return _FORMATS[fmt.lower()]
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        pattern = schema.get("pattern")
        for candidate in _STRING_CANDIDATES:
            text = candidate.ljust(low, candidate[-1])
            if high is not None:
                text = text[:high]
            if len(text) < low:
                continue
            if isinstance(pattern, str) and re.search(pattern, text) is None:
                continue
            return text
        raise FactoryError(f"{where}: no candidate string fits {dict(schema)}")

    @staticmethod
    def _number(schema: Mapping[str, Any], integer: bool) -> int | float:
        low, high = _bound(schema, "minimum"), _bound(schema, "maximum")
        value: float = 1
        if low is not None and value < low[0] + (1 if low[1] else 0):
            value = low[0] + (1 if low[1] else 0)
        if high is not None and value > high[0] - (1 if high[1] else 0):
            value = high[0] - (1 if high[1] else 0)
            if low is not None and value < low[0]:
                value = (low[0] + high[0]) / 2
        step = schema.get("multipleOf")
        if isinstance(step, (int, float)) and step:
            value = round(value / step) * step
        return int(value) if integer else float(value)

    def _object(self, schema: Mapping[str, Any], depth: int, where: str) -> Any:
        properties = schema.get("properties") or {}
        made: dict[str, Any] = {}
        for name in schema.get("required") or []:
            prop = properties.get(name)
            if prop is None:
                extra = schema.get("additionalProperties")
                prop = extra if isinstance(extra, Mapping) else {}
            made[name] = self._value(prop, depth + 1, f"{where}.{name}")
        if len(made) < int(schema.get("minProperties", 0)):
            extra = schema.get("additionalProperties")
            for name, prop in properties.items():
                made.setdefault(name, self._value(prop, depth + 1, f"{where}.{name}"))
            if isinstance(extra, Mapping) and len(made) < schema["minProperties"]:
                made["key"] = self._value(extra, depth + 1, f"{where}.key")
        return made


def _bound(schema: Mapping[str, Any], key: str) -> tuple[float, bool] | None:
    """``(limit, exclusive)`` for minimum or maximum, in OAS 3.0 or 3.1 spelling."""
    exclusive: Any = schema.get("exclusive" + key[0].upper() + key[1:])
    if _is_number(exclusive):
        return float(exclusive), True
    limit: Any = schema.get(key)
    if _is_number(limit):
        return float(limit), exclusive is True
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _kind(schema: Mapping[str, Any]) -> Any:
    """The type to make: the first non-null of a 3.1 type array; an untyped
    schema is an object if it has properties, else a string."""
    kind = schema.get("type")
    if isinstance(kind, list):  # OAS 3.1 type arrays
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    return kind
