"""Check a bundled spec and report every problem, located: our rules, the OpenAPI schema, the validator.

openapi-spec-validator runs in two passes. The first checks the document
against the OpenAPI schema; its errors carry their place. The second (unique
operationIds, path parameters, defaults...) reports without a place; the
findings it shares with ``generator.rules`` are dropped in favour of the
located ones, and it can read no file and no URL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]

from generator import rules
from generator.diagnostics import Diagnostic, Severity
from generator.load import Spec
from generator.pointers import pointer
from generator.sandbox import offline

__all__ = ["PARTS", "check", "combine", "validate"]


# The three checks, independent of each other, so that they can run at once.
PARTS = ("rules", "schema", "semantic")
# Opens the message of a second pass that failed: noise when the spec has errors.
_UNVALIDATED = "the spec could not be validated: "


def validate(spec: Spec) -> list[Diagnostic]:
    """All problems in ``spec``, sorted; empty when it is a valid OpenAPI 3.0/3.1 document."""
    return combine({part: check(spec, part) for part in PARTS})


def check(spec: Spec, part: str) -> list[Diagnostic]:
    """What one of ``PARTS`` finds in ``spec``; ``combine`` makes the report."""
    with offline():
        if part == "rules":
            return rules.check(spec)
        version = rules.supported_version(spec.data)
        if version is None:
            return []  # the rules said why
        if part == "schema":
            return [
                d
                for error in _validator_class(version).schema_validator.iter_errors(
                    spec.data
                )
                for d in _diagnostics(spec, error)
            ]
        return _semantic(spec, version)


def combine(found: Mapping[str, list[Diagnostic]]) -> list[Diagnostic]:
    """The report from every part's findings: the second pass counts only on a
    document that fits the schema, and its failure only on one without errors."""
    kept = [*found["rules"], *found["schema"]]
    if not found["schema"]:
        errors = any(d.severity is Severity.ERROR for d in kept)
        kept += [
            d
            for d in found["semantic"]
            if not (errors and d.message.startswith(_UNVALIDATED))
        ]
    return sorted(set(kept))


def _validator_class(version: str) -> Any:
    """The validator for ``version``, unable to fetch anything a reference names."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.validation import keywords

    base = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator

    class _Defaults(keywords.ValueValidator):
        """Defaults are checked by ``rules``, with their place."""

        def __call__(self, schema: Any, value: Any) -> Iterator[ValidationError]:
            return iter(())

    class _Schemas(base.keyword_validators["schema"]):  # type: ignore[misc, name-defined]
        """Marks schema-against-dialect errors: ``rules`` (3.1) or the schema (3.0) locate them."""

        def _validate_schema_meta(self, schema: Any, value: Any) -> Any:
            error = super()._validate_schema_meta(schema, value)
            return None if error is None else _meta_error().create_from(error)

    class _Operations(base.keyword_validators["operation"]):  # type: ignore[misc, name-defined]
        """Path templates parsed as OpenAPI reads them (str.format chokes on ``{a:b}``)."""

        def _get_path_params_from_url(self, url: str) -> Iterator[str]:
            return iter(rules.template_names(url))

    class _Offline(base):  # type: ignore[misc, valid-type]
        resolver_handlers = _NoRetrieval()
        keyword_validators: ClassVar[dict[str, Any]] = {
            **base.keyword_validators,
            "default": _Defaults,
            "schema": _Schemas,
            "operation": _Operations,
        }

    return _Offline


_META_ERROR: list[type[Any]] = []


def _meta_error() -> type[Any]:
    """The class marking schema-against-dialect errors (made once, on first use)."""
    if not _META_ERROR:
        from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

        _META_ERROR.append(type("SchemaMetaError", (OpenAPIValidationError,), {}))
    return _META_ERROR[0]


def _refuse(uri: str) -> Any:
    raise OSError(f"refusing to read {uri}: only the bundled document is validated")


class _NoRetrieval(dict[str, Any]):
    """A handler for every URI scheme, each one refusing (an unknown scheme would fall back to urlopen)."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> Any:
        return _refuse

    def get(self, key: str, default: Any = None) -> Any:
        return _refuse


def _semantic(spec: Spec, version: str) -> list[Diagnostic]:
    """The second pass, minus what the rules already located."""
    from openapi_spec_validator.validation.exceptions import (
        DuplicateOperationIDError,
        ExtraParametersError,
        ParameterDuplicateError,
        UnresolvableParameterError,
    )
    from referencing.exceptions import Unresolvable

    covered = (
        DuplicateOperationIDError,
        ExtraParametersError,
        ParameterDuplicateError,
        UnresolvableParameterError,
        _meta_error(),
    )
    kept: list[Diagnostic] = []
    try:
        # no base URI: nothing outside the document can be named, let alone read
        validator = _validator_class(version)(spec.data, base_uri="")
        for error in validator.root_validator(validator.schema_path):
            if isinstance(error, covered) or _covered_message(str(error.message)):
                continue
            kept.append(spec.diagnostic("", _message(error)))
    except Unresolvable:
        # It reads every $ref, also in examples and defaults where $ref is data; the
        # rules report the references that are references.
        pass
    except Exception as exc:  # the pass can trip on what the rules report
        kept.append(spec.diagnostic("", f"{_UNVALIDATED}{exc!r}"))
    return kept


def _covered_message(message: str) -> bool:
    return message.startswith("Duplicate tag name")  # rule duplicate-tag


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
