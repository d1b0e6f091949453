"""Dirty-but-unambiguous spec constructs rewritten to what they mean, each with a located warning.

Runs on the bundled, patched document before validation, so the validator and
every later stage see the repaired document. Each rule names one construct,
rewrites it to its documented interpretation (README, "Tolerated with a
warning") and reports where it was. What would make the client wrong is left
to ``generator.rules``, which refuses it.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl

from generator.diagnostics import Diagnostic, Severity
from generator.load import Spec
from generator.oas import SCHEMA, walk
from generator.pointers import PointerError, lookup_ref, pointer

__all__ = ["REPAIRS", "repair", "split_path_key"]

# Every rule and the interpretation it applies (the README lists the same).
REPAIRS: dict[str, str] = {
    "exclusive-bound": "an OpenAPI 3.0 boolean exclusiveMinimum/Maximum in 3.1 "
    "(or a 3.1 number in 3.0) is rewritten to the version's spelling",
    "recursive-ref": "$recursiveRef (JSON Schema 2019-09) refers to the schema "
    "holding $recursiveAnchor (else the component schema holding it)",
    "duplicate-required": "a name listed twice in required is listed once",
    "default-coerced": "a default written as text that parses to the schema's "
    "type ('false', '8', '1e-8') is that value",
    "default-dropped": "a default that does not match its schema is dropped "
    "(the client never sends defaults)",
    "enum-null": "null in the enum of a schema that does not allow null is "
    "allowed: the schema is made nullable",
    "path-fragment": "a path key's #fragment is not sent; it only tells "
    "operations on one path apart",
    "path-query": "a path key's ?query is sent as constant query parameters",
    "pattern-skipped": "a pattern Python cannot compile (ECMA-262 only, such "
    "as \\p{L}) is not checked by the client",
}

_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
# Where a path key's own path ends: a query or a fragment follows.
_SUFFIX = re.compile(r"[?#]")


def split_path_key(key: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The path a key sends and its fixed query pairs: ``/a?b=1#c`` -> (``/a``, ((b, 1),))."""
    before_fragment = key.partition("#")[0]
    path, _, query = before_fragment.partition("?")
    return path, tuple(parse_qsl(query, keep_blank_values=True))


def repair(spec: Spec) -> tuple[Spec, list[Diagnostic]]:
    """``spec`` with every tolerated construct rewritten, and one warning per rewrite."""
    repairer = _Repairer(spec, dict(spec.data))
    warnings = sorted(set(repairer.run()))
    if not warnings:
        return spec, []
    return replace(spec, data=repairer.data), warnings


class _Repairer:
    def __init__(self, spec: Spec, data: dict[str, Any]) -> None:
        self.spec = spec
        self.data = data
        version = data.get("openapi")
        self.v31 = isinstance(version, str) and version.startswith("3.1.")
        self.anchored: set[tuple[str | int, ...]] = set()
        # Copy on write: only the containers on the way to a repaired node are
        # copied (a deep copy of a large spec costs more than all the rules).
        self.owned = {id(data)}

    def _own(self, tokens: tuple[str | int, ...]) -> Any:
        """The node at ``tokens``, copied (with its ancestors) so it may be changed."""
        node: Any = self.data
        for token in tokens:
            child = node[token]
            if id(child) not in self.owned:
                child = copy.copy(child)
                node[token] = child
                self.owned.add(id(child))
            node = child
        return node

    def _warn(
        self, rule: str, tokens: tuple[str | int, ...], message: str
    ) -> Diagnostic:
        return self.spec.diagnostic(
            pointer(*tokens), message, severity=Severity.WARNING, rule=rule
        )

    def run(self) -> Iterator[Diagnostic]:
        yield from self._path_keys()
        schemas = [(t, n) for t, k, n in walk(self.data) if k == SCHEMA]
        # before the walk removes them: where each $recursiveAnchor stood
        self.anchored = {t for t, n in schemas if n.get("$recursiveAnchor") is True}
        for tokens, schema in schemas:
            yield from self._exclusive(tokens, schema)
            yield from self._recursive(tokens, schema, schemas)
            yield from self._required(tokens, schema)
            yield from self._enum_null(tokens, schema)
            yield from self._patterns(tokens, schema)
        # last: the defaults are judged against the repaired schemas
        yield from self._defaults(schemas)

    # -- paths ----------------------------------------------------------------

    def _path_keys(self) -> Iterator[Diagnostic]:
        paths = self.data.get("paths")
        for key in paths if isinstance(paths, dict) else ():
            if not isinstance(key, str) or not _SUFFIX.search(key):
                continue
            path, query = split_path_key(key)
            if "#" in key:
                yield self._warn(
                    "path-fragment",
                    ("paths", key),
                    f"path {key!r} has a fragment; it is not sent (requests go to {path!r})",
                )
            if "?" in key.partition("#")[0]:
                sent = "&".join(f"{k}={v}" for k, v in query)
                yield self._warn(
                    "path-query",
                    ("paths", key),
                    f"path {key!r} has a query; requests go to {path!r} with the "
                    f"constant query {sent!r}",
                )

    # -- schemas --------------------------------------------------------------

    def _exclusive(
        self, tokens: tuple[str | int, ...], schema: dict[str, Any]
    ) -> Iterator[Diagnostic]:
        for side, bound in (("Minimum", "minimum"), ("Maximum", "maximum")):
            key = "exclusive" + side
            if key not in schema:
                continue
            value = schema[key]
            if self.v31 and isinstance(value, bool):
                limit = schema.get(bound)
                schema = self._own(tokens)
                if value and _number(limit):
                    schema[key] = schema.pop(bound)
                    said = (
                        f"{key}: true with {bound}: {limit!r} read as {key}: {limit!r}"
                    )
                else:
                    del schema[key]
                    said = (
                        f"{key}: true without a {bound} means nothing; dropped"
                        if value
                        else f"{key}: false (the default) dropped"
                    )
                yield self._warn(
                    "exclusive-bound",
                    (*tokens, key),
                    f"{said} (OpenAPI 3.0 spelling in a 3.1 spec)",
                )
            elif not self.v31 and _number(value) and bound not in schema:
                schema = self._own(tokens)
                schema[bound], schema[key] = value, True
                yield self._warn(
                    "exclusive-bound",
                    (*tokens, key),
                    f"{key}: {value!r} read as {bound}: {value!r} with {key}: true "
                    "(OpenAPI 3.1 spelling in a 3.0 spec)",
                )

    def _recursive(
        self,
        tokens: tuple[str | int, ...],
        schema: dict[str, Any],
        schemas: list[tuple[tuple[str | int, ...], dict[str, Any]]],
    ) -> Iterator[Diagnostic]:
        if "$recursiveAnchor" in schema:
            del self._own(tokens)["$recursiveAnchor"]
            yield self._warn(
                "recursive-ref",
                (*tokens, "$recursiveAnchor"),
                "$recursiveAnchor (JSON Schema 2019-09) is ignored; $recursiveRef "
                "refers to the schema that held it",
            )
        ref = schema.get("$recursiveRef")
        if ref is None:
            return
        target = self._recursive_target(tokens, schemas)
        schema = self._own(tokens)
        del schema["$recursiveRef"]
        if target is None:
            yield self._warn(
                "recursive-ref",
                (*tokens, "$recursiveRef"),
                "$recursiveRef outside a component schema cannot be followed; "
                "it is dropped (any value is accepted)",
            )
            return
        schema["$ref"] = "#" + pointer(*target)
        yield self._warn(
            "recursive-ref",
            (*tokens, "$recursiveRef"),
            f"$recursiveRef {ref!r} (JSON Schema 2019-09) read as $ref "
            f"{schema['$ref']!r}",
        )

    def _recursive_target(
        self,
        tokens: tuple[str | int, ...],
        schemas: list[tuple[tuple[str | int, ...], dict[str, Any]]],
    ) -> tuple[str | int, ...] | None:
        """The nearest enclosing schema that had ``$recursiveAnchor: true``, else
        the outermost enclosing schema (the resource $recursiveRef starts from)."""
        enclosing = [tokens[:n] for n in range(len(tokens), 0, -1)]
        known = {t for t, _ in schemas}
        for candidate in enclosing:
            if candidate in self.anchored:
                return candidate
        outer = [c for c in enclosing if c in known]
        return outer[-1] if outer else None

    def _required(
        self, tokens: tuple[str | int, ...], schema: dict[str, Any]
    ) -> Iterator[Diagnostic]:
        required = schema.get("required")
        if not isinstance(required, list):
            return
        kept: list[Any] = []
        for i, name in enumerate(required):
            if name in kept:
                yield self._warn(
                    "duplicate-required",
                    (*tokens, "required", i),
                    f"{name!r} is listed in required twice; listed once",
                )
            else:
                kept.append(name)
        if len(kept) != len(required):
            self._own(tokens)["required"] = kept

    def _enum_null(
        self, tokens: tuple[str | int, ...], schema: dict[str, Any]
    ) -> Iterator[Diagnostic]:
        enum, kind = schema.get("enum"), schema.get("type")
        if not isinstance(enum, list) or None not in enum or kind is None:
            return
        kinds = kind if isinstance(kind, list) else [kind]
        if "null" in kinds or schema.get("nullable") is True:
            return
        if self.v31:
            self._own(tokens)["type"] = [*kinds, "null"]
        else:
            self._own(tokens)["nullable"] = True
        yield self._warn(
            "enum-null",
            (*tokens, "enum", enum.index(None)),
            "the enum holds null but the schema does not allow null; null is allowed",
        )

    def _patterns(
        self, tokens: tuple[str | int, ...], schema: dict[str, Any]
    ) -> Iterator[Diagnostic]:
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and _compile_error(pattern):
            del self._own(tokens)["pattern"]
            yield self._warn(
                "pattern-skipped",
                (*tokens, "pattern"),
                f"pattern {pattern!r} is not a Python regular expression "
                f"({_compile_error(pattern)}); the client does not check it",
            )
        keyed = schema.get("patternProperties")
        if isinstance(keyed, dict):
            for key in [k for k in keyed if _compile_error(k)]:
                del self._own((*tokens, "patternProperties"))[key]
                yield self._warn(
                    "pattern-skipped",
                    (*tokens, "patternProperties", key),
                    f"pattern {key!r} is not a Python regular expression "
                    f"({_compile_error(key)}); the properties it names are not checked",
                )

    def _defaults(
        self, schemas: list[tuple[tuple[str | int, ...], dict[str, Any]]]
    ) -> Iterator[Diagnostic]:
        from generator.rules import ValueChecker

        # The validator is imported (seconds) only for a default that is not
        # plainly valid: in a clean spec, none is.
        with_default = [
            (t, s)
            for t, s in schemas
            if "default" in s
            and s["default"] is not None
            and _plainly(s, s["default"], self._resolve) is not True
        ]
        if not with_default:
            return
        values = ValueChecker(self.data, "3.1" if self.v31 else "3.0")
        for tokens, schema in with_default:
            default = schema["default"]
            if values.problem(tokens, default) is None:
                continue
            for candidate in _readings(default, schema.get("type")):
                if values.problem(tokens, candidate) is None:
                    self._own(tokens)["default"] = candidate
                    yield self._warn(
                        "default-coerced",
                        (*tokens, "default"),
                        f"default {default!r} does not match the schema; read as "
                        f"{json.dumps(candidate)}",
                    )
                    break
            else:
                problem = values.problem(tokens, default)
                del self._own(tokens)["default"]
                yield self._warn(
                    "default-dropped",
                    (*tokens, "default"),
                    f"default {default!r} does not match the schema ({problem}); "
                    "dropped (the client never sends defaults)",
                )

    def _resolve(self, schema: dict[str, Any]) -> Any:
        """``schema``, its local ``$ref`` followed when it is nothing but one
        (None when it leads nowhere, or has siblings)."""
        for _ in range(32):
            ref = schema.get("$ref")
            if ref is None:
                return schema
            if not isinstance(ref, str) or len(schema) != 1:
                return None
            try:
                node = lookup_ref(self.data, ref)
            except PointerError:
                return None
            if not isinstance(node, dict):
                return None
            schema = node
        return None


# Keywords that say nothing about which values are valid (format is not
# asserted when defaults are checked).
_NO_CONSTRAINT = frozenset(
    {
        "type",
        "default",
        "description",
        "title",
        "format",
        "example",
        "examples",
        "nullable",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "xml",
        "$comment",
        "discriminator",
    }
)
_PLAIN_TYPES: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
}
_BOUNDS: dict[str, Any] = {
    "minimum": lambda v, b: v >= b,
    "maximum": lambda v, b: v <= b,
    "exclusiveMinimum": lambda v, b: isinstance(b, bool) or v > b,
    "exclusiveMaximum": lambda v, b: isinstance(b, bool) or v < b,
    "minLength": lambda v, b: len(v) >= b,
    "maxLength": lambda v, b: len(v) <= b,
    "minItems": lambda v, b: len(v) >= b,
    "maxItems": lambda v, b: len(v) <= b,
}


def _plainly(schema: Any, value: Any, resolve: Any) -> bool | None:
    """Whether ``value`` fits ``schema``, when that is plain without a validator
    (typed scalars and arrays, enums, bounds, and/any/oneOf of them); None means
    "ask the validator"."""
    schema = resolve(schema) if isinstance(schema, dict) else None
    if not isinstance(schema, dict):
        return None
    verdicts: list[bool | None] = []
    kind = schema.get("type")
    if kind is not None:
        fits = _PLAIN_TYPES.get(kind) if isinstance(kind, str) else None
        if fits is None:
            return None
        if not fits(value):
            return False
    for key, bound in schema.items():
        if key in _NO_CONSTRAINT or key.startswith("x-"):
            continue
        judge = _JUDGES.get(key)
        found = judge(key, value, bound, resolve) if judge is not None else None
        if found is None:
            return None
        verdicts += found
    if False in verdicts:
        return False
    return None if None in verdicts else (kind is not None or bool(verdicts))


# Each judge of one keyword gives its verdicts on ``value`` (None among them:
# that part needs the validator), or None when the whole schema does.


def _judge_bound(
    key: str, value: Any, bound: Any, resolve: Any
) -> list[bool | None] | None:
    sized = key.endswith(("Length", "Items"))
    if isinstance(value, bool) or not (
        isinstance(value, (str, list)) if sized else _number(value)
    ):
        return None
    if not _number(bound):
        return None
    return [bool(_BOUNDS[key](value, bound))]


def _judge_multiple_of(
    key: str, value: Any, bound: Any, resolve: Any
) -> list[bool | None] | None:
    if not (_number(value) and _number(bound) and bound > 0):
        return None
    # as jsonschema decides it (a float divisor: a whole quotient)
    if isinstance(bound, float):
        quotient = value / bound
        return [math.isfinite(quotient) and int(quotient) == quotient]
    return [value % bound == 0]


def _judge_enum(
    key: str, value: Any, bound: Any, resolve: Any
) -> list[bool | None] | None:
    if not isinstance(bound, list):
        return None
    return [any(type(e) is type(value) and e == value for e in bound)]


def _judge_items(
    key: str, value: Any, bound: Any, resolve: Any
) -> list[bool | None] | None:
    if not isinstance(value, list):
        return None
    return [_plainly(bound, item, resolve) for item in value]


def _judge_combined(
    key: str, value: Any, bound: Any, resolve: Any
) -> list[bool | None] | None:
    if not isinstance(bound, list):
        return None
    parts = [_plainly(part, value, resolve) for part in bound]
    if None in parts:
        return None
    if key == "allOf":
        return [all(parts)]
    if key == "anyOf":
        return [any(parts)]
    return [parts.count(True) == 1]  # oneOf


_Judge = Callable[[str, Any, Any, Any], list[bool | None] | None]

_JUDGES: dict[str, _Judge] = {
    **dict.fromkeys(_BOUNDS, _judge_bound),
    "multipleOf": _judge_multiple_of,
    "enum": _judge_enum,
    "items": _judge_items,
    **dict.fromkeys(("allOf", "anyOf", "oneOf"), _judge_combined),
}


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _readings(value: Any, kind: Any) -> Iterator[Any]:
    """What a default written as text unambiguously means for the schema's type."""
    if not isinstance(value, str):
        return
    text = value.strip()
    kinds = kind if isinstance(kind, list) else [kind]
    if "boolean" in kinds and text.lower() in ("true", "false"):
        yield text.lower() == "true"
    if ("integer" in kinds or "number" in kinds) and _INT.fullmatch(text):
        yield int(text)
    if "number" in kinds and _FLOAT.fullmatch(text):
        number = float(text)
        if math.isfinite(number):
            yield number
    if "integer" in kinds and _FLOAT.fullmatch(text):
        number = float(text)
        if math.isfinite(number) and number.is_integer():
            yield int(number)


# ECMA-262 regular expression syntax Python's re lacks: Unicode properties,
# code point escapes, named back-references, control escapes, [^] and [];
# and named groups, written (?<name>...) rather than (?P<name>...).
_ECMA_ONLY = re.compile(
    r"\\[pP]\{[^}]*\}|\\u\{[0-9A-Fa-f]+\}|\\k<[^>]*>|\\c[A-Za-z]|\[\^?\]"
)
_ECMA_GROUP = re.compile(r"\(\?<(?![=!])[^>]*>")


def _compile_error(pattern: str) -> str | None:
    """Why Python cannot compile ``pattern``, if it is valid ECMA-262 (as far as
    a look shows: it compiles once its ECMA-only parts are stood in for); None
    when Python compiles it, or when it is broken in any dialect (``rules``
    refuses it)."""
    problem = _re_error(pattern)
    stand_in = _ECMA_GROUP.sub("(", _ECMA_ONLY.sub("x", pattern))
    if problem is None or _re_error(stand_in) is not None:
        return None
    return problem


def _re_error(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        return str(exc)
    return None
