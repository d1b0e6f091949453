"""generator.load: safe YAML with locations for every JSON pointer."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.load import parse_text

SPEC = b"""openapi: 3.0.0
info:
  title: t
  version: '1'
paths:
  /a/{id}:
    get:
      responses:
        '200':
          description: ok
"""


def problems(text: bytes) -> list[str]:
    with pytest.raises(SpecError) as caught:
        parse_text(text, Path("spec.yaml"))
    return [d.format() for d in caught.value.diagnostics]


class TestParse:
    def test_locates_pointers(self) -> None:
        """A pointer maps to the line and column of its node."""
        spec = parse_text(SPEC, Path("spec.yaml"))
        assert spec.locator.locate("/paths/~1a~1{id}/get/responses/200") == (10, 11)
        assert spec.locator.locate("/info/title") == (3, 10)

    def test_missing_pointer_falls_back_to_nearest_parent(self) -> None:
        """A pointer to something absent points at its closest existing ancestor."""
        spec = parse_text(SPEC, Path("spec.yaml"))
        assert spec.locator.locate("/paths/~1a~1{id}/get/parameters") == (8, 7)

    def test_dates_stay_strings(self) -> None:
        """YAML timestamps are not turned into datetime objects."""
        spec = parse_text(SPEC + b"x-date: 2024-01-01\n", Path("s.yaml"))
        assert spec.data["x-date"] == "2024-01-01"

    def test_json_works(self) -> None:
        """JSON is YAML: a JSON spec loads the same way."""
        spec = parse_text(
            b'{"openapi": "3.1.0", "info": {}, "paths": {}}', Path("s.json")
        )
        assert spec.data["openapi"] == "3.1.0"


class TestRefusals:
    def test_invalid_yaml_is_located(self) -> None:
        """A syntax error reports its line and column."""
        (line,) = problems(b"openapi: 3.0.0\ninfo: [unclosed\n")
        assert line.startswith("spec.yaml:3:1: /: invalid YAML")

    def test_duplicate_keys(self) -> None:
        """A key given twice is an error naming both lines."""
        (line,) = problems(b"openapi: 3.0.0\ninfo: {}\nopenapi: 3.1.0\n")
        assert (
            line
            == "spec.yaml:3:1: /: duplicate key 'openapi' (first defined on line 1)"
        )

    def test_root_must_be_mapping(self) -> None:
        """A list or scalar document is refused."""
        assert problems(b"- a\n- b\n") == [
            "spec.yaml:1:1: /: the document root must be a mapping, not list"
        ]

    def test_python_tags_are_refused(self) -> None:
        """No YAML tag can construct a Python object."""
        (line,) = problems(b"x: !!python/object/apply:os.system ['true']\n")
        assert "invalid YAML" in line

    def test_alias_bomb_is_refused(self) -> None:
        """Billion laughs: refused on the node graph, before anything expands."""
        lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
        for i in range(1, 9):
            lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
        (line,) = problems("\n".join(lines).encode())
        assert "expands to more than" in line

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are a located error, not a crash."""
        (line,) = problems(b"openapi: \xff\n")
        assert "not UTF-8" in line
