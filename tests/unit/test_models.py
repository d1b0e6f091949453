"""generator.models: what the model generator is given, and what is made of its output."""

from __future__ import annotations

from typing import Any

import pytest

from generator.modelcheck import check_models
from generator.models import _annotated_strings, prepare_schemas


def prepared_property(schema: dict[str, Any]) -> dict[str, Any]:
    document = {"components": {"schemas": {"M": {"properties": {"p": schema}}}}}
    result: dict[str, Any] = prepare_schemas(document)["components"]["schemas"]["M"]
    return result["properties"]["p"]  # type: ignore[no-any-return]


class TestFormats:
    @pytest.mark.parametrize(
        "schema",
        [
            {"type": "number", "format": "unixtime"},
            {"type": "number", "format": "decimal"},
            {"type": "number", "format": "date-time"},
            {"type": "integer", "format": "unixtime"},
            {"type": "integer", "format": "int"},
            {"type": "string", "format": "integer"},
            {"type": "string", "format": "password"},
            {"type": "string", "format": "slug"},
            {"type": "string", "format": "email"},
            {"type": ["number", "null"], "format": "unixtime"},
            {"format": "date-time"},
        ],
    )
    def test_formats_that_change_or_do_not_know_the_type_are_dropped(
        self, schema: dict[str, Any]
    ) -> None:
        assert "format" not in prepared_property(schema)

    @pytest.mark.parametrize(
        "schema",
        [
            {"type": "number", "format": "double"},
            {"type": "integer", "format": "int64"},
            {"type": "string", "format": "date-time"},
            {"type": "string", "format": "binary"},
            {"type": ["string", "null"], "format": "date"},
        ],
    )
    def test_formats_that_keep_the_json_type_stay(self, schema: dict[str, Any]) -> None:
        assert prepared_property(schema) == schema


class TestStringKeys:
    SOURCE = (
        "from __future__ import annotations\n\n"
        "from pydantic import Field, constr\n\n"
        "from pkg._base_model import BaseModel\n\n\n"
        "class M(BaseModel):\n"
        "    k: dict[constr(pattern=r'^\u00e9(a)$', max_length=8), str]\n"
        "    j: dict[constr(min_length=2), int] | None = Field(None)\n"
    )

    def test_constr_becomes_annotated_str(self) -> None:
        result = _annotated_strings(self.SOURCE)
        assert "constr" not in result
        assert (
            "k: dict[Annotated[str, StringConstraints(pattern=r'^\u00e9(a)$', max_length=8)], str]"
            in result
        )
        assert (
            "j: dict[Annotated[str, StringConstraints(min_length=2)], int] | None"
            in result
        )
        assert "from typing import Annotated\n" in result
        assert "from pydantic import Field, StringConstraints\n" in result
        check_models(result, package="pkg")

    def test_line_separators_in_docstrings_keep_offsets(self) -> None:
        """Spec text may put form feeds or U+2028 in a docstring above the field."""
        source = self.SOURCE.replace(
            "class M(BaseModel):\n",
            'class M(BaseModel):\n    """a\x0cb\u2028c\x1cd"""\n\n',
        )
        result = _annotated_strings(source)
        assert "j: dict[Annotated[str, StringConstraints(min_length=2)], int]" in result
        check_models(result, package="pkg")

    def test_without_constr_nothing_changes(self) -> None:
        source = self.SOURCE.replace("constr(min_length=2)", "str").replace(
            "constr(pattern=r'^\u00e9(a)$', max_length=8)", "str"
        )
        assert _annotated_strings(source) == source
