"""Check a loaded spec against the OpenAPI schema and report every problem, located."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]

from generator.diagnostics import Diagnostic, Severity, escape_pointer, pointer
from generator.load import Spec

__all__ = ["validate"]


def validate(spec: Spec) -> list[Diagnostic]:
    """All problems in ``spec``, sorted; empty when it is a valid OpenAPI 3.0/3.1 document."""
    version = spec.data.get("openapi")
    if not isinstance(version, str):
        return [
            spec.diagnostic("/openapi", "missing or non-string 'openapi' version field")
        ]
    validator_class = _validator_for(version)
    if validator_class is None:
        return [
            spec.diagnostic(
                "/openapi",
                f"unsupported OpenAPI version {version!r}; expected 3.0.x or 3.1.x",
            )
        ]
    found: list[Diagnostic] = []
    try:
        validator = validator_class(spec.data, base_uri=spec.path.resolve().as_uri())
        index = _Index(spec.data)
        for error in validator.iter_errors():
            found.extend(_diagnostics(spec, error, index))
    except Exception as exc:  # the validator's semantic pass can trip on invalid input
        if not found:
            found.append(
                spec.diagnostic("", f"the spec could not be validated: {exc!r}")
            )
    return sorted(set(found))


def _validator_for(version: str) -> Any:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    if version.startswith("3.0."):
        return OpenAPIV30SpecValidator
    if version.startswith("3.1."):
        return OpenAPIV31SpecValidator
    return None


def _diagnostics(
    spec: Spec, error: ValidationError, index: _Index
) -> Iterator[Diagnostic]:
    """The most specific cause of ``error`` (oneOf/anyOf failures name their branch)."""
    leaf = _most_specific(error)
    ptr = pointer(*leaf.absolute_path)
    message = _message(leaf)
    severity = Severity.ERROR
    if (
        not leaf.absolute_path
        and isinstance(leaf.schema, dict)
        and leaf.instance is None
    ):
        # The validator's check of `default` values reports no path; the schema
        # object it checked is ours, so find it by identity. A null default on
        # a non-nullable schema documents "no default": the client is unaffected.
        found = index.pointer_of(leaf.schema)
        if found is not None and leaf.schema.get("default", ...) is None:
            ptr = found + "/default"
            message = "default is null but the schema is not nullable"
            severity = Severity.WARNING
    yield spec.diagnostic(ptr, message, severity=severity)


class _Index:
    """JSON pointers of the spec's mappings, by object identity; built on first use."""

    def __init__(self, data: object) -> None:
        self._data = data
        self._pointers: dict[int, str] | None = None

    def pointer_of(self, node: object) -> str | None:
        if self._pointers is None:
            self._pointers = {}
            stack: list[tuple[object, str]] = [(self._data, "")]
            while stack:
                item, ptr = stack.pop()
                if isinstance(item, dict):
                    self._pointers.setdefault(id(item), ptr)
                    stack.extend(
                        (v, f"{ptr}/{escape_pointer(k)}") for k, v in item.items()
                    )
                elif isinstance(item, list):
                    stack.extend((v, f"{ptr}/{i}") for i, v in enumerate(item))
        return self._pointers.get(id(node))


def _most_specific(error: ValidationError) -> ValidationError:
    while error.context:
        deeper = best_match(_deepest(error.context))
        if deeper is None or len(deeper.absolute_path) < len(error.absolute_path):
            break
        error = deeper
    return error


def _deepest(errors: Iterable[ValidationError]) -> list[ValidationError]:
    errors = list(errors)
    depth = max(len(e.absolute_path) for e in errors)
    return [e for e in errors if len(e.absolute_path) == depth]


def _message(error: ValidationError) -> str:
    message = str(error.message)
    if len(message) > 200:  # validators quote whole subtrees; the pointer says where
        message = f"invalid value ({error.validator} failed)"
    return message
