"""generator.format: pieces formatted apart equal the whole file formatted, and the cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from generator import format as fmt

PACKAGE = "client"

# Top-level statements in the shapes that decide black's blank lines: module
# docstrings, imports, comments attached or not, decorators, one-line stubs,
# classes whose body is only a docstring, blocks that end in indented comments,
# magic trailing commas and lines too long to keep.
SNIPPETS = [
    '"""A module docstring."""\n',
    "from __future__ import annotations\n",
    "import os\nfrom typing import Any\n",
    "X = 1\n",
    "LONG = {'alpha': 1, 'beta': 2, 'gamma': 3, 'delta': 4, 'epsilon': 5, 'zeta': 6, 'eta': 7}\n",
    "class A:\n    pass\n",
    'class B(A):\n    """Only a docstring."""\n',
    "# a comment about C\nclass C:\n    x: int = 1\n",
    "def f(a, b,):\n    return a\n",
    "def stub(): ...\n",
    "@decorator\ndef g(x: int) -> int:\n    return x\n",
    "@decorator\n\nclass D:\n    def m(self) -> None:\n        pass\n\n    # trailing\n",
    "if TYPE_CHECKING:\n    from os import path\n",
    "async def h() -> None:\n    await thing(  1, 2 )\n",
    "class E:\n    def a(self): ...\n    def b(self): ...\n",
    "class F(Base):\n    model_config = ConfigDict(extra='allow', populate_by_name=True, protected_namespaces=(),)\n",
    "try:\n    import x\nexcept ImportError:\n    x = None\n",
    "def outer():\n    def inner():\n        pass\n    return inner\n",
    "class G:\n\n\n\n    y = 2\n",
    "value = call(argument_number_one, argument_number_two, argument_number_three, four)\n",
]


def pieces_formatted(source: str) -> str:
    return fmt._join(fmt._black(piece) for piece in fmt.split(source))


@settings(max_examples=150, deadline=None)
# black gives a decorated definition one blank line after the module docstring
@example(
    parts=[
        ('"""A module docstring."""\n', 1),
        ("@decorator\ndef g(x: int) -> int:\n    return x\n", 0),
    ]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(SNIPPETS), st.integers(min_value=0, max_value=3)),
        min_size=1,
        max_size=8,
    )
)
def test_pieces_format_like_the_whole(parts: list[tuple[str, int]]) -> None:
    """Whatever precedes a cut, black's output is the same cut or uncut."""
    source = "".join(snippet + "\n" * blanks for snippet, blanks in parts)
    assert pieces_formatted(source) == fmt._black(source)


class TestSplit:
    def test_cuts_before_separated_definitions(self) -> None:
        source = "import os\n\nclass A:\n    pass\n\n\ndef f():\n    pass\n"
        assert fmt.split(source) == [
            "import os\n",
            "class A:\n    pass\n",
            "def f():\n    pass\n",
        ]

    def test_keeps_attached_comments_and_decorators(self) -> None:
        source = "X = 1\n# about A\nclass A:\n    pass\n\n@d\nclass B:\n    pass\n"
        pieces = fmt.split(source)
        assert pieces == [
            "X = 1\n# about A\nclass A:\n    pass\n",
            "@d\nclass B:\n    pass\n",
        ]

    def test_no_cut_without_a_blank_line(self) -> None:
        """``def a(): ...`` directly followed by a definition keeps zero blank lines."""
        source = "def a(): ...\ndef b(): ...\n"
        assert fmt.split(source) == [source]

    @pytest.mark.parametrize(
        "source",
        [
            "class A:\n    pass\n\n# fmt: off\nclass B:\n    pass\n",
            "# -*- coding: latin-1 -*-\nclass A:\n    pass\n\nclass B:\n    pass\n",
            "class A:\r\n    pass\r\n\r\nclass B:\r\n    pass\r\n",
            "class A:\n    pass\n\n\x0cclass B:\n    pass\n",
            "class A(:\n\nclass B:\n    pass\n",
        ],
        ids=["fmt-directive", "coding", "crlf", "form-feed", "syntax-error"],
    )
    def test_whole_when_unsure(self, source: str) -> None:
        assert fmt.split(source) == [source]


class TestFormatter:
    def files(self) -> dict[str, str]:
        return {
            "a.py": "import os\nclass A:\n    x=1\n\nclass B:\n    y=( 2 )\n",
            "b.py": "def f( ):\n    return 1\n",
            "py.typed": "",
        }

    def test_same_as_format_source(self) -> None:
        files = self.files()
        formatted = fmt.format_files(files, package=PACKAGE)
        for path, source in files.items():
            expected = (
                fmt.format_source(source, PACKAGE) if path.endswith(".py") else source
            )
            assert formatted[path] == expected

    def test_cached_files_are_not_formatted_again(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        first = fmt.format_files(self.files(), package=PACKAGE, cache=tmp_path)

        def refuse(source: str) -> str:
            raise AssertionError("formatted again")

        monkeypatch.setattr(fmt, "_black", refuse)
        assert fmt.format_files(self.files(), package=PACKAGE, cache=tmp_path) == first

    def test_a_change_formats_only_its_piece(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        fmt.format_files(self.files(), package=PACKAGE, cache=tmp_path)
        seen: list[str] = []
        black = fmt._black

        def count(source: str) -> str:
            seen.append(source)
            return black(source)

        monkeypatch.setattr(fmt, "_black", count)
        files = self.files()
        files["a.py"] = files["a.py"].replace("y=( 2 )", "y=( 3 )")
        result = fmt.format_files(files, package=PACKAGE, cache=tmp_path)
        assert seen == ["class B:\n    y=( 3 )\n"]
        assert result["a.py"] == fmt.format_source(files["a.py"], PACKAGE)

    def test_an_error_names_lines_of_the_whole_file(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Black's message about a piece would count lines from the piece's start."""

        def fail(source: str) -> str:
            raise ValueError(f"cannot parse ({len(source.splitlines())} lines)")

        source = self.files()["a.py"]
        lines = len(fmt._isort(source, PACKAGE).splitlines())
        assert len(fmt.split(fmt._isort(source, PACKAGE))) > 1
        monkeypatch.setattr(fmt, "_black", fail)
        with pytest.raises(ValueError, match=f"\\({lines} lines\\)"):
            fmt.format_files({"a.py": source}, package=PACKAGE)


class TestPrepared:
    """What black's first pass would change in generated models, done ahead."""

    SOURCE = (
        "class A(BaseModel):\n"
        '    """A model."""\n'
        "    kind: Literal['a', 'it\\'s'] = 'a'\n"
        "    note: str = 'say \"hi\"'\n"
        "    class B:\n"
        "        '''Inner.'''\n"
        "        x: int = 1\n"
    )

    def test_black_finds_it_formatted(self) -> None:
        prepared = fmt.prepared(self.SOURCE)
        assert prepared != self.SOURCE
        assert fmt._black(prepared) == fmt._black(self.SOURCE)
        assert 'Literal["a", "it\'s"] = "a"' in prepared
        assert "'say \"hi\"'" in prepared  # black keeps the quotes that escape less
        assert '"""A model."""\n\n    kind' in prepared
        assert '"""Inner."""\n\n        x' in prepared

    @pytest.mark.parametrize("separator", ["\u2028", "\x0c", "\r"])
    def test_left_alone_where_rows_are_ambiguous(self, separator: str) -> None:
        source = f"x = 'a{separator}b'\ny = 'c'\n"
        assert fmt.prepared(source) == source

    def test_left_alone_when_it_does_not_parse(self) -> None:
        assert fmt.prepared("x = 'a\n") == "x = 'a\n"


def test_a_cancelled_batch_cancels_its_pieces_quietly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A run stopped by an error cancels pending batches: no callback traceback."""
    from concurrent.futures import Future

    batch: Future[list[str]] = Future()
    piece = fmt._pick(batch, 0)
    assert batch.cancel()
    assert piece.cancelled()
    assert "exception calling callback" not in caplog.text
