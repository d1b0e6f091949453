"""generator.literals: spec text becomes code only as closed, exact literals."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given, strategies as st

from generator.literals import comment, docstring, py_literal

HOSTILE = [
    "",
    "plain",
    "it's",
    'say "hi"',
    '"""',
    "'''",
    'end"',
    "back\\",
    "\\",
    "a\nb",
    "a\r\nb\rc",
    "nul\x00byte",
    "\u2028line\u2029para",
    "{{ x }} {% if %}",
    '"); import os; os.system("touch /tmp/pwned"); ("',
    '"""\nimport os\n"""',
]


class TestPyLiteral:
    @pytest.mark.parametrize("text", HOSTILE)
    def test_strings_round_trip(self, text: str) -> None:
        """Every hostile string is one string constant whose value is the input."""
        node = ast.parse(py_literal(text), mode="eval").body
        assert isinstance(node, ast.Constant) and node.value == text

    @given(st.text())
    def test_any_string_round_trips(self, text: str) -> None:
        """Random text: still one constant, same value."""
        node = ast.parse(py_literal(text), mode="eval").body
        assert isinstance(node, ast.Constant) and node.value == text

    @given(
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers()
            | st.floats(allow_nan=False, allow_infinity=False)
            | st.text(),
            lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
            max_leaves=20,
        )
    )
    def test_json_data_round_trips(self, value: object) -> None:
        """Nested JSON data evaluates back to itself, with no names or calls."""
        code = py_literal(value)
        tree = ast.parse(code, mode="eval")
        assert not any(
            isinstance(n, (ast.Name, ast.Call, ast.Attribute)) for n in ast.walk(tree)
        )
        assert ast.literal_eval(code) == value

    def test_prefers_double_quotes(self) -> None:
        """Literals use the quotes black would choose."""
        assert py_literal("it's") == '"it\'s"'


class TestDocstring:
    @pytest.mark.parametrize("text", HOSTILE)
    def test_docstring_is_one_string(self, text: str) -> None:
        """A docstring never ends early: the whole literal is one string constant."""
        tree = ast.parse(f"def f():\n    {docstring(text, 4)}\n")
        body = tree.body[0].body  # type: ignore[attr-defined]
        assert len(body) == 1 and isinstance(body[0].value, ast.Constant)

    @given(st.text())
    def test_any_text_is_one_docstring(self, text: str) -> None:
        """Random text cannot break out of the docstring."""
        tree = ast.parse(f"def f():\n    {docstring(text, 4)}\n")
        body = tree.body[0].body  # type: ignore[attr-defined]
        assert len(body) == 1 and isinstance(body[0].value, ast.Constant)

    def test_keeps_words_and_lines(self) -> None:
        """Ordinary text keeps its lines, indented for the block."""
        assert docstring("Summary.\n\nMore.", 4) == '"""Summary.\n\n    More.\n    """'


class TestComment:
    @pytest.mark.parametrize("text", HOSTILE)
    def test_comment_is_one_line(self, text: str) -> None:
        """A comment cannot end the line it is on."""
        source = f"# {comment(text)}\nx = 1\n"
        assert len(source.splitlines()) == 2
        assert [type(n) for n in ast.parse(source).body] == [ast.Assign]

    def test_no_encoding_declaration(self) -> None:
        """A spec named like a PEP 263 cookie cannot change how the file is decoded."""
        header = f"# Generated from {comment('x -*- coding: latin-1 -*-.yaml')}\n"
        source = (header + 'S = "\u00e9\u2028"\n').encode("utf-8")
        namespace: dict[str, object] = {}
        exec(compile(source, "m", "exec"), namespace)
        assert namespace["S"] == "\u00e9\u2028"
