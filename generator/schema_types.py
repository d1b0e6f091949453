"""Map OpenAPI schemas to ``TypeRef``s for method arguments and return values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.ir import Constraints, TypeRef
from generator.naming import PyName

__all__ = ["SchemaTyper", "constraints_of", "is_binary", "union"]

ANY = TypeRef("any")
NONE = TypeRef("none")
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def is_binary(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "string" and schema.get("format") == "binary"


def constraints_of(schema: Mapping[str, Any]) -> Constraints:
    def number(key: str) -> float | None:
        value = schema.get(key)
        return (
            value
            if isinstance(value, (int, float)) and not isinstance(value, bool)
            else None
        )

    def count(key: str) -> int | None:
        value = schema.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    exclusive_min, exclusive_max = schema.get("exclusiveMinimum"), schema.get(
        "exclusiveMaximum"
    )
    minimum, maximum = number("minimum"), number("maximum")
    if exclusive_min is True:  # OAS 3.0: a flag on minimum
        exclusive_min, minimum = minimum, None
    if exclusive_max is True:
        exclusive_max, maximum = maximum, None
    pattern = schema.get("pattern")
    return Constraints(
        min_length=count("minLength"),
        max_length=count("maxLength"),
        pattern=pattern if isinstance(pattern, str) else None,
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=(
            exclusive_min
            if isinstance(exclusive_min, (int, float))
            and not isinstance(exclusive_min, bool)
            else None
        ),
        exclusive_maximum=(
            exclusive_max
            if isinstance(exclusive_max, (int, float))
            and not isinstance(exclusive_max, bool)
            else None
        ),
        min_items=count("minItems"),
        max_items=count("maxItems"),
    )


class SchemaTyper:
    """Turns schemas into types; ``$ref``s to object schemas become model references."""

    def __init__(
        self,
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any]],
        model_for_ref: Callable[[str], PyName | None],
    ) -> None:
        self._resolve = resolve
        self._model_for_ref = model_for_ref
        # (JSON pointer, what was widened): typed as Any rather than dropped
        self.fallbacks: list[tuple[str, str]] = []
        self._where = ""

    def type_of(
        self,
        schema: Mapping[str, Any],
        *,
        file_for_binary: bool = False,
        where: str = "",
    ) -> TypeRef:
        """The type of ``schema``; ``where`` (a pointer) names it in fallback warnings."""
        self._where = where
        return self._type(schema, file_for_binary, depth=0)

    def _fallback(self, schema: Mapping[str, Any], why: str) -> TypeRef:
        if self._where:
            self.fallbacks.append((self._where, f"typed as Any: {why}"))
        return ANY

    def _type(self, schema: Mapping[str, Any], files: bool, depth: int) -> TypeRef:
        if not isinstance(schema, Mapping):
            return ANY
        if depth > 50:
            return self._fallback(schema, "the schema nests deeper than 50 levels")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._ref(ref, schema, files, depth)
        composed = self._composed(schema, files, depth)
        if composed is not None:
            return composed
        kind = schema.get("type")
        if isinstance(kind, list):  # OAS 3.1 type arrays
            members = [
                self._type({**schema, "type": k}, files, depth + 1) for k in kind
            ]
            return union(members)
        if "const" in schema:
            return TypeRef("literal", values=(schema["const"],))
        literal = _enum_literal(schema, kind)
        if literal is not None:
            return literal
        return self._of_kind(schema, kind, files, depth)

    def _ref(
        self, ref: str, schema: Mapping[str, Any], files: bool, depth: int
    ) -> TypeRef:
        """A model reference when the target is a class, else the target's type."""
        model = self._model_for_ref(ref)
        target = self._resolve(schema)
        if model is not None and _is_model_like(target):
            return _nullable(TypeRef("model", name=model), target)
        return self._type(target, files, depth + 1)

    def _composed(
        self, schema: Mapping[str, Any], files: bool, depth: int
    ) -> TypeRef | None:
        """A union for oneOf/anyOf, the member of a one-member allOf; else None."""
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                members = [self._type(s, files, depth + 1) for s in schema[key]]
                return _nullable(union(members), schema)
        if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            return _nullable(self._type(schema["allOf"][0], files, depth + 1), schema)
        return None

    def _of_kind(
        self, schema: Mapping[str, Any], kind: Any, files: bool, depth: int
    ) -> TypeRef:
        """The type a single ``type`` keyword (or an implied object) spells."""
        if kind == "string" and schema.get("format") == "binary":
            return _nullable(TypeRef("file" if files else "bytes"), schema)
        if kind in _PRIMITIVES:
            return _nullable(TypeRef(_PRIMITIVES[kind]), schema)  # type: ignore[arg-type]
        if kind == "array":
            item = self._type(schema.get("items", {}), files, depth + 1)
            return _nullable(TypeRef("list", args=(item,)), schema)
        if kind == "null":
            return NONE
        if (
            kind == "object"
            or "properties" in schema
            or "additionalProperties" in schema
        ):
            extra = schema.get("additionalProperties")
            value = (
                self._type(extra, files, depth + 1)
                if isinstance(extra, Mapping)
                else ANY
            )
            return _nullable(TypeRef("dict", args=(TypeRef("str"), value)), schema)
        unknown = sorted(k for k in schema if k in _TYPING_KEYWORDS)
        if unknown:
            return self._fallback(
                schema, f"cannot express {', '.join(unknown)} as a type"
            )
        return ANY  # no constraints at all: any value is right


def _enum_literal(schema: Mapping[str, Any], kind: Any) -> TypeRef | None:
    """A Literal of a scalar enum's values (null among them makes it Optional)."""
    if not isinstance(schema.get("enum"), list) or kind not in (
        "string",
        "integer",
        "boolean",
        None,
    ):
        return None
    values = tuple(
        v
        for v in schema["enum"]
        if v is not None and not isinstance(v, (dict, list, float))
    )
    if not values:
        return None
    return _nullable(
        TypeRef("literal", values=values), schema, extra=None in schema["enum"]
    )


# Keywords that constrain a value's type; a schema with only documentation
# keywords (description, example...) means "any value" and needs no warning.
_TYPING_KEYWORDS = frozenset(
    {
        "type",
        "allOf",
        "not",
        "if",
        "then",
        "else",
        "prefixItems",
        "contains",
        "patternProperties",
        "format",
        "enum",
        "$dynamicRef",
    }
)


def _is_model_like(schema: Mapping[str, Any]) -> bool:
    """Schemas the model generator turns into classes (the same rule as ``hoist``).

    Unions and plain maps are inlined where they are used, so a signature
    spells them out instead of naming a class that does not exist.
    """
    return bool(schema.get("properties")) or isinstance(schema.get("allOf"), list)


def _nullable(t: TypeRef, schema: Mapping[str, Any], *, extra: bool = False) -> TypeRef:
    if schema.get("nullable") is True or extra:
        return union([t, NONE])
    return t


def union(members: list[TypeRef]) -> TypeRef:
    """A flattened, de-duplicated union; ``str`` absorbs string literals."""
    flat: list[TypeRef] = []
    for m in members:
        for part in m.args if m.kind == "union" else (m,):
            if part not in flat:
                flat.append(part)
    if any(m.kind == "any" for m in flat):
        return ANY
    kinds = {m.kind for m in flat}
    if "str" in kinds:
        flat = [
            m
            for m in flat
            if not (m.kind == "literal" and all(isinstance(v, str) for v in m.values))
        ]
    # None last, as a reader writes it
    flat.sort(key=lambda m: m.kind == "none")
    if len(flat) == 1:
        return flat[0]
    return TypeRef("union", args=tuple(flat))
