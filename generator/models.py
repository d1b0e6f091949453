"""Pydantic v2 models for the component schemas, made by datamodel-code-generator."""

from __future__ import annotations

import warnings
from typing import Any

__all__ = ["render_models"]


def render_models(schemas: dict[str, Any], *, package: str, header: str) -> str:
    """Source of the models module for ``schemas`` (an OpenAPI document)."""
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
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = dcg.generate(schemas, config=config)
    if not isinstance(result, str):  # pragma: no cover - only with modular output
        raise TypeError("expected one module of models")
    return result
