"""Semantic rules the OpenAPI schema cannot express, each finding located and graded.

``RULES`` names every rule and its severity. Warnings are problems that do not
stop correct code generation (a ``default: null`` on a schema that does not
allow null: the generated field is simply optional); errors are everything that
would make the client wrong or the spec unreadable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from generator.diagnostics import Diagnostic, Severity
from generator.load import Spec
from generator.oas import (
    HTTP_METHODS,
    JSON_TYPES,
    OPERATION,
    PARAMETER,
    PATH_ITEM,
    REQUEST_BODY,
    SCHEMA,
    SECURITY_SCHEME,
    walk,
)
from generator.pointers import MISSING, lookup_ref, pointer, resolve

__all__ = [
    "RULES",
    "WARNING_RULES",
    "ValueChecker",
    "check",
    "severity_of",
    "supported_version",
    "template_names",
]

RULES: dict[str, Severity] = {
    "openapi-version": Severity.ERROR,
    "required-key": Severity.ERROR,
    "unresolved-ref": Severity.ERROR,
    "duplicate-operation-id": Severity.ERROR,
    "path-template": Severity.ERROR,
    "path-parameter": Severity.ERROR,
    "duplicate-parameter": Severity.ERROR,
    "http-token": Severity.ERROR,
    "server-url": Severity.ERROR,
    "media-type": Severity.ERROR,
    "pattern": Severity.ERROR,
    "default-null": Severity.WARNING,
    "default-type": Severity.ERROR,
    "enum-type": Severity.ERROR,
    "required-undefined": Severity.ERROR,
    "duplicate-tag": Severity.ERROR,
    "schema-dialect": Severity.ERROR,
    "undefined-security-scheme": Severity.ERROR,
}

# Findings of these rules do not stop correct code generation.
WARNING_RULES = frozenset(r for r, s in RULES.items() if s is Severity.WARNING)

# RFC 9110 token: what a header or cookie name may be made of.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Characters that cannot stand in a URL (C0, DEL, C1, whitespace, line separators).
_NOT_IN_URL = re.compile(
    r"[\x00-\x20\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
# type/subtype with parameters: visible ASCII, spaces between parameters.
_MEDIA_TYPE = re.compile(r"[!-~]+(?:[ \t]*;[ \t]*[!-~]*)*")


def severity_of(rule: str) -> Severity:
    """The severity of ``rule``'s findings."""
    return RULES[rule]


def supported_version(data: Mapping[str, Any]) -> str | None:
    """``"3.0"`` or ``"3.1"`` for a spec this generator reads, else None."""
    version = data.get("openapi")
    if isinstance(version, str):
        for prefix in ("3.0.", "3.1."):
            if version.startswith(prefix):
                return prefix[:3]
    return None


def check(spec: Spec) -> list[Diagnostic]:
    """Every finding of every rule in ``spec``, sorted."""
    return sorted(set(_Checker(spec).run()))


class _Checker:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.data = spec.data
        self.version = supported_version(spec.data)
        self.nodes = list(walk(spec.data))

    def run(self) -> Iterator[Diagnostic]:
        for method in (
            self._root,
            self._refs,
            self._operation_ids,
            self._paths,
            self._parameters,
            self._security,
            self._servers,
            self._media_types,
            self._tags,
            self._schemas,
        ):
            yield from method()

    def _report(
        self, rule: str, tokens: tuple[str | int, ...], message: str
    ) -> Diagnostic:
        return self.spec.diagnostic(
            pointer(*tokens), message, severity=RULES[rule], rule=rule
        )

    def _resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` chains; {} when one leads nowhere or in a circle."""
        return resolve(self.data, node)

    # -- the document -------------------------------------------------------------

    def _root(self) -> Iterator[Diagnostic]:
        version = self.data.get("openapi")
        if not isinstance(version, str):
            yield self._report(
                "openapi-version",
                ("openapi",),
                "missing or non-string 'openapi' version field",
            )
        elif self.version is None:
            yield self._report(
                "openapi-version",
                ("openapi",),
                f"unsupported OpenAPI version {version!r}; expected 3.0.x or 3.1.x",
            )
        # The same words as the schema validator, so that both findings merge.
        required = ["info"] if self.version == "3.1" else ["info", "paths"]
        for key in required:
            if key not in self.data:
                yield self._report(
                    "required-key", (), f"{key!r} is a required property"
                )

    def _refs(self) -> Iterator[Diagnostic]:
        for tokens, kind, node in self.nodes:
            ref = node.get("$ref")
            if isinstance(ref, str) and lookup_ref(self.data, ref) is MISSING:
                message = (
                    f"$ref {ref!r} points to nothing"
                    if ref.startswith("#")
                    else f"$ref {ref!r} is not a reference within the document"
                )
                yield self._report("unresolved-ref", (*tokens, "$ref"), message)
            mapping = (
                node.get("discriminator", {}).get("mapping")
                if kind == SCHEMA and isinstance(node.get("discriminator"), dict)
                else None
            )
            if isinstance(mapping, dict):
                for key, value in mapping.items():
                    if (
                        isinstance(value, str)
                        and value.startswith("#")
                        and lookup_ref(self.data, value) is MISSING
                    ):
                        yield self._report(
                            "unresolved-ref",
                            (*tokens, "discriminator", "mapping", key),
                            f"discriminator mapping {value!r} points to nothing",
                        )

    def _operations(
        self,
    ) -> Iterator[tuple[tuple[str | int, ...], str, dict[str, Any], dict[str, Any]]]:
        """(tokens, path, path item, operation) for each operation under /paths."""
        paths = self.data.get("paths")
        if not isinstance(paths, dict):
            return
        for path, raw in paths.items():
            item = self._resolve(raw)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield ("paths", path, method), str(path), item, operation

    def _operation_ids(self) -> Iterator[Diagnostic]:
        first: dict[str, tuple[str | int, ...]] = {}
        for tokens, kind, node in self.nodes:
            if kind != OPERATION or not isinstance(node.get("operationId"), str):
                continue
            op_id = node["operationId"]
            if op_id in first:
                yield self._report(
                    "duplicate-operation-id",
                    (*tokens, "operationId"),
                    f"operationId {op_id!r} is also used at {pointer(*first[op_id])}",
                )
            else:
                first[op_id] = tokens

    def _paths(self) -> Iterator[Diagnostic]:
        paths = self.data.get("paths")
        if not isinstance(paths, dict):
            return
        for path in paths:
            problem = _template_problem(str(path))
            if problem:
                yield self._report("path-template", ("paths", path), problem)
        for tokens, path, item, operation in self._operations():
            if _template_problem(path):
                continue
            in_template = template_names(path)
            declared: dict[str, tuple[str | int, ...]] = {}
            for owner, base in ((item, tokens[:2]), (operation, tokens)):
                params = owner.get("parameters")
                for i, raw in enumerate(params if isinstance(params, list) else []):
                    param = self._resolve(raw)
                    if (
                        isinstance(param, dict)
                        and param.get("in") == "path"
                        and isinstance(param.get("name"), str)
                    ):
                        declared[param["name"]] = (*base, "parameters", i)
            for name in sorted(set(in_template) - set(declared)):
                yield self._report(
                    "path-parameter",
                    tokens,
                    f"path parameter {{{name}}} in {path!r} is not declared (in: path)",
                )
            for name in sorted(set(declared) - set(in_template)):
                yield self._report(
                    "path-parameter",
                    declared[name],
                    f"path parameter {name!r} does not appear in the path {path!r}",
                )

    def _parameters(self) -> Iterator[Diagnostic]:
        for tokens, kind, node in self.nodes:
            params = node.get("parameters") if kind in (PATH_ITEM, OPERATION) else None
            if not isinstance(params, list):
                continue
            seen: dict[tuple[str, str], int] = {}
            for i, raw in enumerate(params):
                param = self._resolve(raw)
                if not isinstance(param, dict):
                    continue
                name, where = param.get("name"), param.get("in")
                if not isinstance(name, str) or not isinstance(where, str):
                    continue
                if (name, where) in seen:
                    yield self._report(
                        "duplicate-parameter",
                        (*tokens, "parameters", i),
                        f"parameter {name!r} (in: {where}) is also defined at index {seen[(name, where)]}",
                    )
                else:
                    seen[(name, where)] = i
        for tokens, kind, node in self.nodes:
            if kind == PARAMETER and node.get("in") in ("header", "cookie"):
                yield from self._token(tokens, node, f"{node['in']} parameter name")
            elif (
                kind == SECURITY_SCHEME
                and node.get("type") == "apiKey"
                and node.get("in") in ("header", "cookie")
            ):
                yield from self._token(tokens, node, f"apiKey {node['in']} name")

    def _token(
        self, tokens: tuple[str | int, ...], node: dict[str, Any], what: str
    ) -> Iterator[Diagnostic]:
        name = node.get("name")
        if isinstance(name, str) and not _TOKEN.fullmatch(name):
            yield self._report(
                "http-token",
                (*tokens, "name"),
                f"{what} {name!r} cannot be sent: HTTP names are letters, digits and !#$%&'*+-.^_`|~",
            )

    def _security(self) -> Iterator[Diagnostic]:
        components = self.data.get("components")
        schemes = (
            components.get("securitySchemes") if isinstance(components, dict) else None
        )
        defined = set(schemes) if isinstance(schemes, dict) else set()
        places: list[tuple[tuple[str | int, ...], Any]] = [
            (("security",), self.data.get("security"))
        ]
        places += [
            ((*t, "security"), n.get("security"))
            for t, k, n in self.nodes
            if k == OPERATION
        ]
        for tokens, requirements in places:
            if not isinstance(requirements, list):
                continue
            for i, requirement in enumerate(requirements):
                for key in requirement if isinstance(requirement, dict) else ():
                    if key not in defined:
                        yield self._report(
                            "undefined-security-scheme",
                            (*tokens, i, key),
                            f"security scheme {key!r} is not defined in components/securitySchemes",
                        )

    def _servers(self) -> Iterator[Diagnostic]:
        places: list[tuple[tuple[str | int, ...], Any]] = [
            (("servers",), self.data.get("servers"))
        ]
        places += [
            ((*t, "servers"), n.get("servers"))
            for t, k, n in self.nodes
            if k in (PATH_ITEM, OPERATION)
        ]
        for tokens, servers in places:
            for i, server in enumerate(servers if isinstance(servers, list) else []):
                if not isinstance(server, dict):
                    continue
                texts: list[tuple[tuple[str | int, ...], Any]] = [
                    ((*tokens, i, "url"), server.get("url"))
                ]
                variables = server.get("variables")
                if isinstance(variables, dict):
                    texts += [
                        ((*tokens, i, "variables", name, "default"), var.get("default"))
                        for name, var in variables.items()
                        if isinstance(var, dict)
                    ]
                for where, text in texts:
                    if isinstance(text, str) and _NOT_IN_URL.search(text):
                        yield self._report(
                            "server-url",
                            where,
                            f"server URL {text!r} contains whitespace or control characters",
                        )

    def _media_types(self) -> Iterator[Diagnostic]:
        """Request body media types are sent as the Content-Type header."""
        for tokens, kind, node in self.nodes:
            content = node.get("content") if kind == REQUEST_BODY else None
            for media in content if isinstance(content, dict) else ():
                if not _MEDIA_TYPE.fullmatch(media):
                    yield self._report(
                        "media-type",
                        (*tokens, "content", media),
                        f"media type {media!r} cannot be sent as a Content-Type header",
                    )

    def _tags(self) -> Iterator[Diagnostic]:
        tags = self.data.get("tags")
        seen: set[str] = set()
        for i, tag in enumerate(tags if isinstance(tags, list) else []):
            name = tag.get("name") if isinstance(tag, dict) else None
            if isinstance(name, str):
                if name in seen:
                    yield self._report(
                        "duplicate-tag",
                        ("tags", i, "name"),
                        f"tag {name!r} is defined twice",
                    )
                seen.add(name)

    # -- schemas -----------------------------------------------------------------------

    def _schemas(self) -> Iterator[Diagnostic]:
        schemas = [(t, n) for t, k, n in self.nodes if k == SCHEMA]
        values = ValueChecker(self.data, self.version)
        for tokens, schema in schemas:
            if "default" in schema:
                yield from self._default(tokens, schema, values)
            yield from self._enum(tokens, schema)
            yield from self._required(tokens, schema)
            yield from self._patterns(tokens, schema)
        if self.version == "3.1":
            yield from self._dialect(schemas)

    def _default(
        self,
        tokens: tuple[str | int, ...],
        schema: dict[str, Any],
        values: ValueChecker,
    ) -> Iterator[Diagnostic]:
        default = schema["default"]
        problem = values.problem(tokens, default)
        if problem is None:
            return
        if default is None:
            yield self._report(
                "default-null",
                (*tokens, "default"),
                "default is null but the schema does not allow null (add nullable: true, or drop the default)",
            )
        else:
            yield self._report(
                "default-type",
                (*tokens, "default"),
                f"default {default!r} does not match the schema: {problem}",
            )

    def _enum(
        self, tokens: tuple[str | int, ...], schema: dict[str, Any]
    ) -> Iterator[Diagnostic]:
        enum, kind = schema.get("enum"), schema.get("type")
        if not isinstance(enum, list) or kind is None:
            return
        kinds = kind if isinstance(kind, list) else [kind]
        nullable = schema.get("nullable") is True or "null" in kinds
        accepted = tuple(
            t for k in kinds if isinstance(k, str) for t in JSON_TYPES.get(k, ())
        )
        if not accepted and not nullable:
            return
        for i, value in enumerate(enum):
            if value is None and nullable:
                continue
            if isinstance(value, bool) and bool not in accepted:
                ok = False
            else:
                ok = isinstance(value, accepted) or (
                    int in accepted and isinstance(value, float) and value.is_integer()
                )
            if not ok:
                yield self._report(
                    "enum-type",
                    (*tokens, "enum", i),
                    f"enum value {value!r} is not of type {' or '.join(map(str, kinds))}",
                )

    def _patterns(
        self, tokens: tuple[str | int, ...], schema: dict[str, Any]
    ) -> Iterator[Diagnostic]:
        """The client and its models check patterns with Python's re module."""
        places: list[tuple[tuple[str | int, ...], Any]] = [
            ((*tokens, "pattern"), schema.get("pattern"))
        ]
        keyed = schema.get("patternProperties")
        if isinstance(keyed, dict):
            places += [((*tokens, "patternProperties", key), key) for key in keyed]
        for where, pattern in places:
            if not isinstance(pattern, str):
                continue
            try:
                re.compile(pattern)
            except (re.error, RecursionError, OverflowError) as exc:
                yield self._report(
                    "pattern",
                    where,
                    f"pattern {pattern!r} is not a valid regular expression: {exc}",
                )

    def _required(
        self, tokens: tuple[str | int, ...], schema: dict[str, Any]
    ) -> Iterator[Diagnostic]:
        required, all_of = schema.get("required"), schema.get("allOf")
        if not isinstance(required, list) or not isinstance(all_of, list):
            return
        known = self._properties(schema, set())
        for i, name in enumerate(required):
            if isinstance(name, str) and name not in known:
                yield self._report(
                    "required-undefined",
                    (*tokens, "required", i),
                    f"required property {name!r} is not defined in properties or allOf",
                )

    def _properties(self, schema: Any, seen: set[int]) -> set[str]:
        schema = self._resolve(schema)
        if not isinstance(schema, dict) or id(schema) in seen:
            return set()
        seen.add(id(schema))
        found = (
            set(schema["properties"])
            if isinstance(schema.get("properties"), dict)
            else set()
        )
        for key in ("allOf", "anyOf", "oneOf"):
            parts = schema.get(key)
            for part in parts if isinstance(parts, list) else []:
                found |= self._properties(part, seen)
        for key in ("items", "not"):
            if key in schema:
                found |= self._properties(schema[key], seen)
        return found

    def _dialect(
        self, schemas: list[tuple[tuple[str | int, ...], dict[str, Any]]]
    ) -> Iterator[Diagnostic]:
        """OpenAPI 3.1 schemas against their JSON Schema dialect (the 3.0 schema checks 3.0 ones)."""
        from jsonschema.validators import validator_for  # type: ignore[import-untyped]
        from openapi_schema_validator import OAS31Validator

        default = self.data.get("jsonSchemaDialect")
        pointers = {t for t, _ in schemas}
        for tokens, schema in schemas:
            # nested schemas are checked with the schema that holds them
            if any(tokens[:n] in pointers for n in range(len(tokens))):
                continue
            dialect = schema.get("$schema", default)
            cls = (
                OAS31Validator
                if dialect is None
                else (
                    validator_for({"$schema": dialect}, default=None)
                    if isinstance(dialect, str)
                    else None
                )
            )
            if cls is None:
                where = (
                    (*tokens, "$schema")
                    if "$schema" in schema
                    else ("jsonSchemaDialect",)
                )
                yield self._report(
                    "schema-dialect", where, f"unknown JSON Schema dialect {dialect!r}"
                )
                continue
            try:
                meta = validator_for(cls.META_SCHEMA, default=cls)
                checker = meta(cls.META_SCHEMA, registry=_meta_registry())
                errors = list(checker.iter_errors(schema))
            except Exception:  # a broken schema can trip the checker; others report it
                continue
            for error in errors:
                leaf = _deepest_error(error)
                message = (
                    leaf.message
                    if len(leaf.message) <= 200
                    else f"invalid value ({leaf.validator} failed)"
                )
                yield self._report(
                    "schema-dialect", (*tokens, *leaf.absolute_path), message
                )


class ValueChecker:
    """Checks values against schemas of the document, resolving local references only."""

    def __init__(self, data: dict[str, Any], version: str | None) -> None:
        from openapi_schema_validator import OAS30Validator, OAS31Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT4, DRAFT202012

        self.validator_class = OAS31Validator if version == "3.1" else OAS30Validator
        spec = DRAFT202012 if version == "3.1" else DRAFT4
        # No retrieve function: a reference to anything outside the document fails.
        self.registry = Registry().with_resource(_BASE, spec.create_resource(data))

    def problem(self, tokens: tuple[str | int, ...], value: Any) -> str | None:
        # referencing percent-decodes fragments: encode so that any key survives
        schema = {"$ref": _BASE + "#" + quote(pointer(*tokens), safe="/~")}
        try:
            validator = self.validator_class(schema, registry=self.registry)
            error = next(iter(validator.iter_errors(value)), None)
        except Exception:  # unresolvable or circular: the ref rule reports it
            return None
        return None if error is None else str(error.message)


_BASE = "urn:openapi-spec"


def _meta_registry() -> Any:
    """The dialect meta-schemas, held locally (jsonschema's default would fetch them)."""
    from openapi_schema_validator._specifications import REGISTRY

    return REGISTRY


def _deepest_error(error: Any) -> Any:
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return error


def _template_problem(path: str) -> str | None:
    """Why ``path`` is not a usable path template, or None."""
    if not path.startswith("/"):
        return None  # the schema validator reports it
    bad = _NOT_IN_URL.search(path)
    if bad:
        return (
            f"path {path!r} contains whitespace or control characters ({bad.group()!r})"
        )
    # A query or a fragment is tolerated (generator.repair); only constant text.
    wire = _wire_path(path)
    if any(c in path[len(wire) :] for c in "{}"):
        return f"path {path!r} has a parameter in its query or fragment"
    path = wire
    depth = 0
    for char in path:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        if depth not in (0, 1):
            return f"path {path!r} has unbalanced or nested braces"
    if depth:
        return f"path {path!r} has unbalanced or nested braces"
    if "{}" in path:
        return f"path {path!r} has an empty parameter name"
    return None


def template_names(path: str) -> list[str]:
    """The parameter names in a path template, in order."""
    return re.findall(r"\{([^{}]+)\}", _wire_path(path))


def _wire_path(key: str) -> str:
    """The part of a path key that is a path (before any query or fragment)."""
    return re.split(r"[?#]", key, maxsplit=1)[0]
