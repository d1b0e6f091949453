"""Pydantic v2 models for the component schemas, made by datamodel-code-generator."""

from __future__ import annotations

import ast
import hashlib
import json
import sys
import tempfile
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any

from generator import format as formatting, literals, modelcheck, naming, oas
from generator.format import prepared
from generator.modelcheck import check_models
from generator.naming import class_name, dedupe, snake_name, unique_name
from generator.oas import JSON_TYPES, SCHEMA_REF
from generator.pointers import parts

__all__ = ["models_key", "prepare_schemas", "render_models"]

# This module and every one of ours it runs: their code shapes the output.
_OWN_MODULES = (sys.modules[__name__], formatting, modelcheck, naming, literals, oas)


def prepare_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """The model generator's input, cleaned of what it would turn into wrong code.

    - A ``default`` on a oneOf/anyOf schema is copied into each member's class
      by the generator, so an integer member gets the string default "auto";
      such defaults are dropped (a default is documentation for a client).
    - A default whose type contradicts the schema's ``type`` is dropped too, and
      so are list and object defaults (shared mutable class attributes).
    - Examples are dropped: they bloat the module and are not part of the type.
    - Formats that would change the JSON type, or that the generator does not
      know, are dropped: the type's own Python type is used (see ``_FORMATS``).
    - Trailing spaces in descriptions would end up in docstrings.
    - readOnly and writeOnly properties are never required (see ``_schema``).
    """
    components = document.get("components", {})
    schemas = {k: _schema(v) for k, v in (components.get("schemas") or {}).items()}
    return {**document, "components": {**components, "schemas": schemas}}


# The formats given to the model generator, by type: each keeps the JSON type
# on the wire. Any other format is dropped, so the value gets the type's own
# Python type: unknown formats (``unixtime`` on a number would be ``int``),
# formats whose Python type another JSON type would carry (a number or a
# string made ``int``, a Decimal sent as a string, a datetime for a number,
# a password sent masked), and string formats kept as plain ``str`` because
# pydantic would need extra packages (email-validator) or reject values
# servers really send (URLs without a scheme).
_FORMATS = {
    "integer": frozenset({"int32", "int64"}),
    "number": frozenset({"float", "double"}),
    "string": frozenset(
        {
            "binary",
            "byte",
            "date",
            "date-time",
            "date-time-local",
            "decimal",
            "duration",
            "ipv4-network",
            "ipv6-network",
            "path",
            "time",
            "time-local",
            "timestamp with time zone",
        }
    ),
}
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "definitions", "$defs"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_VALUES = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "contains",
        "propertyNames",
        "additionalItems",
        "unevaluatedProperties",
        "unevaluatedItems",
        "if",
        "then",
        "else",
    }
)


def _schema(node: Any) -> Any:
    """Clean one schema, descending only through schema keywords (a property may
    be *named* ``default`` or ``example``)."""
    if not isinstance(node, dict):
        return node
    cleaned: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("example", "examples"):
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            value = {name: _schema(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            value = [_schema(sub) for sub in value]
        elif key in _SCHEMA_VALUES:
            value = _schema(value)
        cleaned[key] = value
    if cleaned.get("nullable") is False:
        # the default anyway; spelled out, it makes the generator type an optional
        # field without None although absent fields default to None
        del cleaned["nullable"]
    if "format" in cleaned and not _format_kept(cleaned):
        del cleaned["format"]
    if isinstance(cleaned.get("required"), list) and isinstance(
        cleaned.get("properties"), dict
    ):
        # One class parses answers (which lack writeOnly fields) and builds
        # arguments (which lack readOnly ones): neither kind can be required.
        one_way = {
            name
            for name, prop in cleaned["properties"].items()
            if isinstance(prop, dict)
            and (prop.get("readOnly") is True or prop.get("writeOnly") is True)
        }
        cleaned["required"] = [n for n in cleaned["required"] if n not in one_way]
    if "default" in cleaned and not _default_fits(cleaned):
        del cleaned["default"]
    if isinstance(cleaned.get("description"), str):
        cleaned["description"] = "\n".join(
            line.rstrip() for line in cleaned["description"].strip().splitlines()
        )
    return cleaned


def _format_kept(schema: dict[str, Any]) -> bool:
    """Whether the schema's format is one the model generator may see (``_FORMATS``)."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    kinds = [k for k in kinds if k != "null"]
    return bool(kinds) and all(
        isinstance(k, str) and schema["format"] in _FORMATS.get(k, ()) for k in kinds
    )


def _default_fits(schema: dict[str, Any]) -> bool:
    default = schema["default"]
    if any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf")):
        return False
    if default is None:
        return schema.get("nullable") is True
    if isinstance(default, (list, dict)):
        return (
            False  # a mutable class attribute, and mypy cannot type list literals here
        )
    kind = schema.get("type")
    if not isinstance(kind, str) or kind not in JSON_TYPES:
        return True
    if isinstance(default, bool) and kind != "boolean":
        return False
    return isinstance(default, JSON_TYPES[kind])


# Property names that would shadow, inside a class body, a name the models module
# imports (or that pydantic reads as settings: Config). The generator renames
# such imports only partly, leaving later classes with undefined names; given
# as aliases, the Python field becomes ``Literal_`` while the wire name stays.
_FIELD_ALIASES = {
    name: name + "_"
    for name in (
        "Annotated",
        "Any",
        "AnyUrl",
        "AwareDatetime",
        "BaseModel",
        "Config",
        "ConfigDict",
        "Decimal",
        "EmailStr",
        "Field",
        "IPv4Address",
        "IPv6Address",
        "Literal",
        "Optional",
        "RootModel",
        "StringConstraints",
        "UUID",
        "Union",
        "conint",
        "constr",
        "date",
        "datetime",
        "time",
        "timedelta",
    )
}


def _ascii_aliases(document: dict[str, Any]) -> dict[str, str]:
    """Python names for non-ASCII property names.

    Python reads identifiers in NFKC form, so a field written in fullwidth letters
    is the keyword ``class``, and one with the "fi" ligature collides with
    ``file``: such names get an ASCII field name (the generator numbers clashes)
    and keep their wire name as alias.
    """
    found: set[str] = set()
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                found.update(str(n) for n in properties if not str(n).isascii())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    # distinct targets: the generator refuses two aliases to one name
    return dict(dedupe((name, snake_name(name, fallback="field")) for name in found))


def models_key(schemas: dict[str, Any], *, package: str, header: str) -> str:
    """A hash of everything ``render_models`` output depends on: its arguments,
    the modules it runs (which prepare the input, set the options and check the
    result) and the versions of the tools and of Python. Equal keys, equal
    output: so a run whose schemas did not change can reuse the last result
    instead of running the model generator."""
    digest = hashlib.sha256()
    for tool in ("datamodel-code-generator", "pydantic"):
        digest.update(f"{tool} {metadata.version(tool)}\0".encode())
    digest.update(f"python {sys.version_info[:2]}\0".encode())
    for module in _OWN_MODULES:
        digest.update(Path(module.__file__ or "").read_bytes() + b"\0")
    digest.update(f"{package}\0{header}\0".encode())
    # key order matters to the generator, so it is kept; repr covers values
    # JSON lacks (YAML may give bytes)
    digest.update(json.dumps(schemas, default=repr, ensure_ascii=False).encode())
    return digest.hexdigest()


def render_models(schemas: dict[str, Any], *, package: str, header: str) -> str:
    """Source of the models module for ``schemas`` (an OpenAPI document)."""
    if not schemas.get("components", {}).get("schemas"):
        return f"{header}\n"  # the model generator refuses a document without models
    import datamodel_code_generator as dcg
    from datamodel_code_generator.enums import DataModelType
    from datamodel_code_generator.format import PythonVersion

    config = dcg.GenerateConfig(
        input_file_type=dcg.InputFileType.OpenAPI,
        openapi_scopes=[dcg.OpenAPIScope.Schemas],  # paths are ours
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        base_class=f"{package}._base_model.BaseModel",
        custom_file_header=header,
        disable_timestamp=True,
        use_union_operator=True,
        use_standard_collections=True,
        use_schema_description=True,
        use_field_description=True,
        field_constraints=True,
        enum_field_as_literal=dcg.LiteralType.All,
        collapse_root_models=True,
        strict_nullable=True,  # honour `nullable: true` on required fields too
        use_double_quotes=True,
        formatters=[],  # black runs once over every file, in the format stage
        allow_remote_refs=False,  # the spec is bundled: any other reference is refused
        aliases={**_FIELD_ALIASES, **_ascii_aliases(schemas)},
    )
    document = prepare_schemas(schemas)
    keys = set((document.get("components") or {}).get("schemas") or {})
    result, classes = _generate(dcg, document, config)
    squatters = _squatters(classes, keys)
    if squatters:
        # The model generator names an inline class after its field; when it
        # meets that class before the component of the same name, the component
        # gets a suffix and every signature naming it would mean the wrong class.
        # Rename the inline classes and pin the components to their names.
        taken = {name for name, _ in classes} | keys
        renames: dict[str, str] = {}
        for name, ref in squatters:
            renames[name] = unique_name(_inline_name(ref), taken)
            renames[f"{SCHEMA_REF}{name}"] = name
        config = config.model_copy(update={"model_name_map": renames})
        result, classes = _generate(dcg, document, config)
        left = _squatters(classes, keys)
        if left:
            raise ValueError(f"model names still taken by inline schemas: {left}")
    result = _annotated_strings(result)
    result = prepared(result)  # so that black formats it in one pass
    check_models(result, package=package)  # nothing but models, or nothing at all
    return result


def _annotated_strings(source: str) -> str:
    """``constr(...)`` (the model generator's type for keys under
    ``propertyNames``) spelled ``Annotated[str, StringConstraints(...)]``: the
    same check by pydantic, and a type mypy reads as ``str``, where a call in an
    annotation is an error."""
    tree = ast.parse(source)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "constr"
    ]
    if not calls:
        return source
    # offsets are in UTF-8 bytes; right to left, so that earlier ones stay valid
    # bytes split only at \n, \r\n and \r, as Python counts lines (str would
    # also split at form feeds and other separators spec text may hold)
    lines = source.encode().splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    text = b"".join(lines)
    spans = sorted(
        (
            (
                starts[c.lineno - 1] + c.col_offset,
                starts[(c.func.end_lineno or 1) - 1] + (c.func.end_col_offset or 0),
                starts[(c.end_lineno or 1) - 1] + (c.end_col_offset or 0),
            )
            for c in calls
        ),
        reverse=True,
    )
    for start, name_end, end in spans:
        arguments = text[name_end + 1 : end - 1]  # between the parentheses
        text = (
            text[:start]
            + b"Annotated[str, StringConstraints("
            + arguments
            + b")]"
            + text[end:]
        )
    return _imports_for_annotated(text.decode())


def _imports_for_annotated(source: str) -> str:
    """``source`` importing ``Annotated`` and ``StringConstraints`` instead of
    ``constr`` (isort merges them with the module's other imports)."""
    lines = source.encode().splitlines(keepends=True)  # as Python counts lines
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom) and node.module == "pydantic":
            names = [
                ast.unparse(alias) for alias in node.names if alias.name != "constr"
            ]
            names.append("StringConstraints")
            lines[node.lineno - 1 : node.end_lineno] = [
                f"from pydantic import {', '.join(names)}\n".encode()
            ]
            lines.insert(node.lineno - 1, b"from typing import Annotated\n")
            break
    return b"".join(lines).decode()


def _generate(
    dcg: Any, document: dict[str, Any], config: Any
) -> tuple[str, list[tuple[str, str]]]:
    """The models module and ``(class name, source ref)`` of every class in it."""
    with tempfile.TemporaryDirectory() as folder:
        metadata = Path(folder) / "models.json"
        config = config.model_copy(update={"emit_model_metadata": metadata})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = dcg.generate(document, config=config)
        entries = json.loads(metadata.read_text("utf-8")).get("models", [])
    if not isinstance(result, str):  # pragma: no cover - only with modular output
        raise TypeError("expected one module of models")
    return result, [(str(e["class_name"]), str(e["source_ref"])) for e in entries]


def _squatters(classes: list[tuple[str, str]], keys: set[str]) -> list[tuple[str, str]]:
    """Inline classes that hold a component's name: ``(name, source ref)``."""
    return sorted(
        (name, ref)
        for name, ref in classes
        if name in keys and ref != f"{SCHEMA_REF}{name}"
    )


def _inline_name(ref: str) -> str:
    """A class name from where an inline schema sits (``Parent`` + field + position)."""
    tokens = parts(ref[len(SCHEMA_REF) - 1 :]) if ref.startswith(SCHEMA_REF) else (ref,)
    return class_name(" ".join(t for t in tokens if t != "properties"))
