"""The classification table of schema changes, and the facts about one schema the rules read."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.review.document import is_doc_key
from generator.review.findings import Severity, show

__all__ = [
    "RULES",
    "Direction",
    "Key",
    "Result",
    "SchemaChange",
    "canonical",
    "covers",
    "describe",
    "doc_change",
    "enum_values",
    "inferred_types",
    "keyed",
    "nullable",
    "number",
    "plain_types",
    "quoted",
    "severity_of",
]

Direction = Literal["request", "response", "schema"]
Key = tuple[str, str, Direction]  # before pointer, after pointer, direction

B, N = Severity.BREAKING, Severity.NON_BREAKING

# A request schema is what a client sends: narrowing it breaks callers. A
# response schema is what a client receives and the generated models
# validate: widening it breaks clients built from the old spec.

# change -> (severity in a request, severity in a response). A schema used by
# no operation ("schema") gets the stricter of the two.
RULES: dict[str, tuple[Severity, Severity]] = {
    "property-removed": (B, B),
    "property-renamed": (B, B),
    "property-added": (N, N),
    "property-added-required": (B, N),
    "property-became-required": (B, N),
    "property-became-optional": (N, B),
    "type-changed": (B, B),
    "type-narrowed": (B, N),
    "type-widened": (N, B),
    "format-changed": (B, B),
    "nullable-removed": (B, N),
    "nullable-added": (N, B),
    "enum-value-removed": (B, N),
    "enum-value-added": (N, B),
    # values of an enum beside a plain member of its type (``anyOf: [string,
    # {enum: [...]}]``): known values, not a limit; clients accept any
    "known-value-removed": (N, N),
    "known-value-added": (N, N),
    "constraint-tightened": (B, N),
    "constraint-loosened": (N, B),
    "pattern-changed": (B, B),
    "variant-removed": (B, N),
    "variant-added": (N, B),
    "default-changed": (N, N),
    "deprecation-added": (N, N),
    "deprecation-removed": (N, N),
    "reference-changed": (N, N),
    "unclassified": (B, B),
}


def severity_of(change: str, direction: Direction) -> Severity:
    """How much ``change`` matters when the schema flows in ``direction``."""
    rule = RULES.get(change)
    if rule is None:
        return Severity.DOCUMENTATION
    if direction == "request":
        return rule[0]
    if direction == "response":
        return rule[1]
    return B if B in rule else N


@dataclass(frozen=True)
class SchemaChange:
    """One difference inside a schema; ``change`` is a key of ``RULES`` or a doc kind."""

    change: str
    pointer: str
    before: str | None
    after: str | None
    message: str


@dataclass
class Result:
    """What comparing one pair of schemas found, and the pairs it refers to."""

    changes: list[SchemaChange] = field(default_factory=list)
    children: set[Key] = field(default_factory=set)


def describe(schema: Any) -> str:
    """A short type description of a schema: ``integer | null``, ``array of Model``."""
    if not isinstance(schema, Mapping):
        return show(schema)
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    for keyword in ("oneOf", "anyOf", "allOf"):
        members = schema.get(keyword)
        if isinstance(members, list):
            inner = ", ".join(describe(m) for m in members)
            text = f"{keyword}[{inner}]"
            return f"{text} | null" if nullable(schema) else text
    types = _types(schema)
    text = " | ".join(sorted(types)) if types else "any"
    if types == frozenset({"array"}):
        text = f"array of {describe(schema.get('items', {}))}"
    elif isinstance(schema.get("format"), str):
        text = f"{text} ({schema['format']})"
    if isinstance(schema.get("enum"), list):
        text = f"{text} enum"
    return f"{text} | null" if nullable(schema) else text


def _types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    kind = schema.get("type")
    if isinstance(kind, str):
        found = {kind}
    elif isinstance(kind, list):
        found = {k for k in kind if isinstance(k, str)}
    else:
        return None
    found.discard("null")
    return frozenset(found)


def inferred_types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    """The declared types, or those the keywords imply; None when anything goes."""
    declared = _types(schema)
    if declared is not None:
        return declared
    if "properties" in schema or "additionalProperties" in schema:
        return frozenset({"object"})
    if "items" in schema:
        return frozenset({"array"})
    values = enum_values(schema)
    if values:
        names = {
            bool: "boolean",
            int: "integer",
            float: "number",
            str: "string",
            list: "array",
            dict: "object",
        }
        return frozenset(names.get(type(v), "any") for v in values if v is not None)
    return None


def nullable(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return (
        schema.get("nullable") is True
        or kind == "null"
        or (isinstance(kind, list) and "null" in kind)
    )


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of a type in ``narrow`` is valid for ``wide`` (an integer is a number)."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def enum_values(schema: Mapping[str, Any]) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    return None


def quoted(name: str) -> str:
    return json.dumps(name, ensure_ascii=False)


def plain_types(members: Any) -> frozenset[str]:
    """Types that some member of a union accepts without any further limit."""
    found: set[str] = set()
    for member in members if isinstance(members, list) else []:
        if not isinstance(member, Mapping) or not isinstance(member.get("type"), str):
            continue
        if all(k in ("type", "nullable") or is_doc_key(k) for k in member):
            found.add(member["type"])
    return frozenset(found)


def keyed(members: list[Any]) -> dict[str, tuple[int, Any]]:
    """Members by identity: their reference, else their title, else their place."""
    keyed: dict[str, tuple[int, Any]] = {}
    inline = 0
    for i, member in enumerate(members):
        if isinstance(member, Mapping) and isinstance(member.get("$ref"), str):
            key = "ref:" + member["$ref"]
        elif isinstance(member, Mapping) and isinstance(member.get("title"), str):
            key = "title:" + member["title"]
        else:
            key = f"inline:{inline}"
            inline += 1
        if key in keyed:  # the same member twice: keep both, by place
            key = f"{key}#{i}"
        keyed[key] = (i, member)
    return keyed


def doc_change(key: str, pointer: str, before: Any, after: Any) -> SchemaChange:
    kind = (
        "x-code-samples-changed"
        if key == "x-code-samples"
        else "extension-changed" if key.startswith("x-") else f"{key}-changed"
    )
    verb = "added" if before is None else "removed" if after is None else "changed"
    return SchemaChange(
        kind,
        pointer,
        None if before is None else show(before),
        None if after is None else show(after),
        f"{key} {verb}",
    )
