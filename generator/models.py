"""Pydantic v2 models for the component schemas, made by datamodel-code-generator.

Its output is accepted only after ``modelcheck`` has verified that it is
nothing but models (see there for why).
"""

from __future__ import annotations

import warnings
from typing import Any

from generator.modelcheck import check_models
from generator.naming import dedupe, snake_name

__all__ = ["render_models"]

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
        use_double_quotes=True,
        allow_population_by_field_name=True,
        formatters=[],  # black runs once over every file, in the format stage
        allow_remote_refs=False,  # the spec is bundled: any other reference is refused
        aliases={**_FIELD_ALIASES, **_ascii_aliases(schemas)},
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = dcg.generate(schemas, config=config)
    if not isinstance(result, str):  # pragma: no cover - only with modular output
        raise TypeError("expected one module of models")
    check_models(result, package=package)
    return result
