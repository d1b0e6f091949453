"""Rewrite schema compositions that describe no object of their own into plain schemas.

The model generator makes a class of every ``allOf``, and a union class of
every ``anyOf``/``oneOf``; the signatures then name those classes. Three
idioms of real specs mean something simpler, and are rewritten in place, once,
before both the models and the signatures are made (so both agree):

- a member with only annotations (``{nullable: true}``, ``{description: ...}``)
  annotates its parent: it is folded into it (``nullable: true`` in any member
  makes the whole nullable, which is what such a member is written for);
- a member with only ``required`` names: in ``allOf`` its names join the
  parent's ``required``; an ``anyOf``/``oneOf`` whose members are all such only
  says which properties must be present together, which the server checks: it
  is dropped, and the object stays one class;
- an ``allOf`` child that redefines a parent's property with a type that is
  not the parent's narrowed (``size: string`` made ``size: number``) cannot be
  a subclass of the parent (mypy refuses the field, rightly: a Circle would not
  be a Shape): the parent's schema is copied into the ``allOf`` in place of its
  reference, so the child is a class of its own with the child's type;
- an ``allOf`` of one union, array or map (plus annotations) is that schema;
- an ``allOf`` whose parts are all scalars (``{type: integer, enum: [1],
  allOf: [{$ref: Level}]}``) is that scalar: one schema with the common type,
  the intersection of the enums and the tighter bounds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from generator.pointers import PointerError, RefError, follow

__all__ = ["simplify_compositions"]

_SCALARS = frozenset({"string", "integer", "number", "boolean"})
# Keywords that say nothing about a value's type.
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "nullable",
        "default",
        "example",
        "examples",
        "readOnly",
        "writeOnly",
        "deprecated",
        "externalDocs",
        "xml",
        "$comment",
    }
)
# Keywords whose values are data, never schemas: not descended into.
_DATA = frozenset({"example", "examples", "default", "enum", "const"})
# Keywords whose values map names (of properties, of components) to schemas.
_NAMED = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "schemas"}
)
_NOT_SCALAR = frozenset(
    {
        "properties",
        "additionalProperties",
        "patternProperties",
        "items",
        "prefixItems",
        "anyOf",
        "oneOf",
        "not",
        "discriminator",
    }
)
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")


def simplify_compositions(document: dict[str, Any]) -> None:
    """Rewrite, in place, every composition of ``document`` described above."""

    def resolve(node: Any) -> Any:
        try:
            return follow(document, node)[1]
        except (PointerError, RefError):
            return None

    _walk(document, resolve)


def _walk(node: Any, resolve: Callable[[Any], Any]) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, list):
            stack.extend(current)
        elif isinstance(current, dict):
            _simplify(current, resolve)
            for key, value in current.items():
                if key in _NAMED and isinstance(value, dict):
                    stack.extend(value.values())  # names, not keywords
                elif key not in _DATA and not str(key).startswith("x-"):
                    stack.append(value)


def _is_annotation(member: Any) -> bool:
    """A member that constrains nothing: annotations only, or ``{}``."""
    return isinstance(member, dict) and _ANNOTATIONS.issuperset(member)


def _is_required_only(member: Any) -> bool:
    return (
        isinstance(member, dict)
        and isinstance(member.get("required"), list)
        and _ANNOTATIONS.union({"required"}).issuperset(member)
    )


def _simplify(schema: dict[str, Any], resolve: Callable[[Any], Any]) -> None:
    members = schema.get("allOf")
    if isinstance(members, list):
        kept = []
        for member in members:
            if _is_annotation(member):
                _annotate(schema, member)
            elif _is_required_only(member):
                _annotate(schema, {k: v for k, v in member.items() if k != "required"})
                required = schema.setdefault("required", [])
                if isinstance(required, list):
                    required.extend(n for n in member["required"] if n not in required)
            else:
                kept.append(member)
        schema["allOf"] = kept
        if not kept:
            del schema["allOf"]
        merged = scalar_of(schema, resolve) or _one_non_object(schema, resolve)
        if merged is not None:
            schema.clear()
            schema.update(merged)
        else:
            _inline_redefined_parents(schema, resolve)
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if (
            isinstance(options, list)
            and options
            and all(_is_required_only(m) for m in options)
        ):
            del schema[key]


def _annotate(schema: dict[str, Any], member: dict[str, Any]) -> None:
    for key, value in member.items():
        if key == "nullable":
            if value is True:
                schema["nullable"] = True
        else:
            schema.setdefault(key, value)


def scalar_of(
    schema: dict[str, Any], resolve: Callable[[Any], Any], depth: int = 0
) -> dict[str, Any] | None:
    """The one scalar schema an ``allOf`` of scalars means, or None if it is not one."""
    members = schema.get("allOf")
    if not isinstance(members, list) or not members or depth > 20:
        return None
    merged = {k: v for k, v in schema.items() if k != "allOf"}
    if not _scalar_like(merged, allow_untyped=True):
        return None
    for member in members:
        part = resolve(member)
        if not isinstance(part, dict):
            return None
        if _is_annotation(part):
            if part.get("nullable") is True:
                merged["nullable"] = True
            continue
        if isinstance(part.get("allOf"), list):
            part = scalar_of(part, resolve, depth + 1)
            if part is None:
                return None
        if not _scalar_like(part, allow_untyped=False):
            return None
        combined = _combine(merged, part)
        if combined is None:
            return None
        merged = combined
    return merged


def _one_non_object(
    schema: dict[str, Any], resolve: Callable[[Any], Any]
) -> dict[str, Any] | None:
    """An ``allOf`` of one union, array or map is that schema, annotated: no
    class can extend it, and the model generator makes none."""
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) != 1:
        return None
    outer = {k: v for k, v in schema.items() if k != "allOf"}
    if not _ANNOTATIONS.issuperset(outer):
        return None
    target = resolve(members[0])
    if (
        not isinstance(target, dict)
        or "properties" in target
        or "allOf" in target
        or _is_annotation(target)
    ):
        return None
    merged: dict[str, Any] = json.loads(json.dumps(target))
    for key, value in outer.items():
        if key != "nullable" or value is True:
            merged[key] = value
    return merged


def _scalar_like(schema: dict[str, Any], *, allow_untyped: bool) -> bool:
    if not _NOT_SCALAR.isdisjoint(schema) or "$ref" in schema:
        return False
    kind = schema.get("type")
    if kind is None:
        return allow_untyped or "enum" in schema or "const" in schema
    return isinstance(kind, str) and kind in _SCALARS  # 3.1 type lists stay as they are


def _values(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    enum = schema.get("enum")
    return list(enum) if isinstance(enum, list) else None


def _key(value: Any) -> tuple[str, Any]:
    # 1, 1.0 and True are equal in Python but not in JSON
    return (type(value).__name__, repr(value))


def _combine(outer: dict[str, Any], part: dict[str, Any]) -> dict[str, Any] | None:
    result = dict(outer)
    kinds = {k for k in (outer.get("type"), part.get("type")) if k is not None}
    if len(kinds) == 2:
        if kinds != {"integer", "number"}:
            return None  # no value is both: left to the model generator as it is
        result["type"] = "integer"
    elif kinds:
        result["type"] = kinds.pop()
    mine, theirs = _values(outer), _values(part)
    if mine is not None or theirs is not None:
        if mine is None or theirs is None:
            values = mine if mine is not None else theirs
        else:
            allowed = {_key(v) for v in theirs}
            values = [v for v in mine if _key(v) in allowed]
        if not values:
            return None
        result.pop("const", None)
        result["enum"] = values
    if part.get("nullable") is True:
        result["nullable"] = True
    for key, value in part.items():
        if key in ("type", "enum", "const", "nullable"):
            continue
        if key in _LOWER_BOUNDS + _UPPER_BOUNDS and _is_number(value):
            current = result.get(key)
            if _is_number(current):
                pick = max if key in _LOWER_BOUNDS else min
                result[key] = pick(current, value)
                continue
        result.setdefault(key, value)
    return result


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _properties(
    schema: Any, resolve: Callable[[Any], Any], depth: int = 0
) -> dict[str, Any]:
    """Every property of an object schema, through its ``allOf`` parts."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 20:
        return {}
    found: dict[str, Any] = {}
    for member in schema.get("allOf") or []:
        found.update(_properties(member, resolve, depth + 1))
    properties = schema.get("properties")
    if isinstance(properties, dict):
        found.update(properties)
    return found


def _inline_redefined_parents(
    schema: dict[str, Any], resolve: Callable[[Any], Any]
) -> None:
    members = schema.get("allOf")
    if not isinstance(members, list):
        return
    own: dict[str, Any] = {}
    for member in members:
        if isinstance(member, dict) and "$ref" not in member:
            own.update(_properties(member, resolve))
    if isinstance(schema.get("properties"), dict):
        own.update(schema["properties"])
    for i, member in enumerate(members):
        if not (isinstance(member, dict) and "$ref" in member):
            continue
        inherited = _properties(member, resolve)
        if any(
            name in inherited and not _narrows(own[name], inherited[name], resolve)
            for name in own
        ):
            flat = _flattened(member, resolve)
            if flat is not None:
                members[i] = json.loads(json.dumps(flat))


def _flattened(
    schema: Any, resolve: Callable[[Any], Any], depth: int = 0
) -> dict[str, Any] | None:
    """An object schema with the properties and required names of its whole
    ``allOf`` chain, so that no class of the chain is its base."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 20:
        return None
    flat = {
        k: v for k, v in schema.items() if k not in ("allOf", "properties", "required")
    }
    properties: dict[str, Any] = {}
    required: list[Any] = []
    rest: list[Any] = []
    for member in schema.get("allOf") or []:
        part = _flattened(member, resolve, depth + 1)
        if part is None or not _NOT_SCALAR.isdisjoint(set(part) - {"properties"}):
            rest.append(member)  # not a plain object: kept as a part
            continue
        properties.update(part.get("properties") or {})
        required.extend(part.get("required") or [])
        for key, value in part.items():
            if key not in ("properties", "required"):
                flat.setdefault(key, value)
    properties.update(schema.get("properties") or {})
    required.extend(schema.get("required") or [])
    if properties:
        flat["properties"] = properties
    if required:
        flat["required"] = list(
            dict.fromkeys(r for r in required if isinstance(r, str))
        )
    if rest:
        flat["allOf"] = rest
    return flat


def _narrows(
    child: Any, parent: Any, resolve: Callable[[Any], Any], depth: int = 0
) -> bool:
    """Whether every value ``child`` allows has a type ``parent`` allows (as Python types)."""
    if child == parent:
        return True
    target = resolve(parent)
    if isinstance(target, dict) and _ANNOTATIONS.issuperset(target):
        return True  # the parent allows anything
    if not (isinstance(child, dict) and isinstance(parent, dict)) or depth > 20:
        return False
    if "$ref" in child or "$ref" in parent:
        return False  # different references: different classes
    if child.get("nullable") is True and parent.get("nullable") is not True:
        return False
    kinds = (child.get("type"), parent.get("type"))
    if kinds[0] != kinds[1] and kinds != ("integer", "number"):
        return False
    if child.get("format") != parent.get("format"):
        return False
    allowed = _values(parent)
    if allowed is not None:
        values = _values(child)
        keys = {_key(v) for v in allowed}
        if values is None or not all(_key(v) in keys for v in values):
            return False
    if not all(isinstance(k, (str, type(None))) for k in kinds):
        return False  # 3.1 type lists: compared as a whole above
    if kinds[1] == "array":
        return _narrows(
            child.get("items", {}), parent.get("items", {}), resolve, depth + 1
        )
    if kinds[1] in _SCALARS:
        return _NOT_SCALAR.isdisjoint(child) and _NOT_SCALAR.isdisjoint(parent)
    strip = _ANNOTATIONS
    return {k: v for k, v in child.items() if k not in strip} == {
        k: v for k, v in parent.items() if k not in strip
    }
