"""Check a loaded spec against the OpenAPI schema and report every problem, located."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]

from generator.diagnostics import Diagnostic, pointer
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
        for error in validator.iter_errors():
            found.extend(_diagnostics(spec, error))
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


def _diagnostics(spec: Spec, error: ValidationError) -> Iterator[Diagnostic]:
    """The most specific cause of ``error`` (oneOf/anyOf failures name their branch)."""
    leaf = _most_specific(error)
    ptr = pointer(*leaf.absolute_path)
    yield spec.diagnostic(ptr, _message(leaf))


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
