# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""The base class of every generated model."""

from __future__ import annotations

import pydantic

__all__ = ["BaseModel"]


class BaseModel(pydantic.BaseModel):
    """A pydantic model that keeps fields the spec does not know yet.

    Servers add response fields before specs catch up; ``extra="allow"`` keeps
    them readable as attributes instead of dropping them silently.

    ``defer_build``: a model's validator is built when the model is first used,
    not for every model of the API when the models module is imported.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )
