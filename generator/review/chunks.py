"""Line counts of a diff between formatted Python files, formatting only what differs."""

from __future__ import annotations

import ast
import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from generator.format import format_files

__all__ = ["Chunk", "count_lines", "reassemble", "split"]

Kind = Literal["prelude", "header", "def", "other"]


@dataclass(frozen=True)
class Chunk:
    """One statement as rendered: its lines (leading comments included) and place."""

    text: str
    depth: int  # 0: module level; 1: in a module-level class
    kind: Kind
    blank: int  # blank lines before it in the rendered source
    first: bool = False  # the first statement of a class body


_PRELUDE = Chunk("", 0, "prelude", 0)


def split(source: str, *, prelude: bool = True) -> list[Chunk]:
    """The statements of ``source``; the module docstring and imports are one chunk."""
    lines = source.split("\n")
    tree = ast.parse(source)
    body = list(tree.body)
    chunks: list[Chunk] = []
    end = 0  # last line (1-based) already taken
    if prelude:
        count = 0
        for node in body:
            is_doc = (
                count == 0
                and isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            )
            if not (is_doc or isinstance(node, (ast.Import, ast.ImportFrom))):
                break
            count += 1
        if count:
            last = body[count - 1].end_lineno or body[count - 1].lineno
            chunks.append(Chunk("\n".join(lines[:last]), 0, "prelude", 0))
            body, end = body[count:], last
    for node in body:
        start, blank = _start(lines, node, end)
        if isinstance(node, ast.ClassDef) and node.body:
            first, _ = _start(lines, node.body[0], start)
            header_end = first - 1
            while header_end > start and not lines[header_end - 1].strip():
                header_end -= 1
            chunks.append(
                Chunk("\n".join(lines[start - 1 : header_end]), 0, "header", blank)
            )
            inner_end = header_end
            for i, child in enumerate(node.body):
                child_start, child_blank = _start(lines, child, inner_end)
                inner_end = child.end_lineno or child.lineno
                chunks.append(
                    Chunk(
                        "\n".join(lines[child_start - 1 : inner_end]),
                        1,
                        "def" if _is_def(child) else "other",
                        child_blank,
                        first=i == 0,
                    )
                )
            end = inner_end
            continue
        end = node.end_lineno or node.lineno
        kind: Kind = "def" if _is_def(node) else "other"
        chunks.append(Chunk("\n".join(lines[start - 1 : end]), 0, kind, blank))
    return chunks


def _is_def(node: ast.stmt) -> bool:
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))


def _start(lines: list[str], node: ast.stmt, after: int) -> tuple[int, int]:
    """First line of ``node`` with its decorators and the comments above it (back
    to the previous statement), and the number of blank lines before that."""
    decorators = getattr(node, "decorator_list", [])
    start = min([node.lineno, *(d.lineno for d in decorators)])
    first = start
    for line in range(start - 1, after, -1):
        text = lines[line - 1].strip()
        if text.startswith("#"):
            first = line
        elif text:
            break
    start = first
    blank = 0
    while start - 1 - blank > after and not lines[start - 2 - blank].strip():
        blank += 1
    return start, blank


def separator(previous: Chunk | None, chunk: Chunk) -> int:
    """Blank lines black puts before ``chunk`` when ``previous`` comes before it."""
    if previous is None:
        return 0
    if chunk.depth == 1:
        if previous.kind == "header":
            return 0
        if chunk.kind == "def" or previous.kind == "def":
            return 1
        if previous.first and _is_docstring(previous):  # after a class docstring
            return 1
        return min(chunk.blank, 1)
    if previous.kind == "prelude":
        return 2 if chunk.kind in ("def", "header") else max(1, min(chunk.blank, 2))
    if chunk.kind in ("def", "header") or previous.kind == "def" or previous.depth == 1:
        return 2
    return min(chunk.blank, 2)


def _is_docstring(chunk: Chunk) -> bool:
    text = chunk.text.strip()
    return text.startswith(('"""', "'''", 'r"""')) and text.endswith(('"""', "'''"))


def _wrapped(chunk: Chunk) -> str:
    """The chunk as a module black can format in the right context."""
    if chunk.depth == 1:
        # a statement before it keeps a string from passing for the class docstring
        return "class _:\n" + ("" if chunk.first else "    _ = 0\n") + chunk.text + "\n"
    if chunk.kind == "header":
        return chunk.text + "\n    pass\n"
    return chunk.text + "\n"


def _unwrapped(chunk: Chunk, formatted: str) -> list[str]:
    lines = formatted.rstrip("\n").split("\n")
    if chunk.depth == 1:
        lines = lines[1 if chunk.first else 2 :]
    elif chunk.kind == "header":
        lines = lines[:-1]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def format_chunks(chunks: Sequence[Chunk], package: str) -> dict[Chunk, list[str]]:
    """Each distinct chunk formatted (isort, then black), in one batch."""
    unique = list(dict.fromkeys(chunks))
    names = {f"chunk{i}.py": chunk for i, chunk in enumerate(unique)}
    formatted = format_files(
        {name: _wrapped(chunk) for name, chunk in names.items()}, package=package
    )
    return {chunk: _unwrapped(chunk, formatted[name]) for name, chunk in names.items()}


def reassemble(
    chunks: Sequence[Chunk], formatted: Mapping[Chunk, list[str]]
) -> list[str]:
    """The lines of the whole formatted file, rebuilt from formatted chunks."""
    lines: list[str] = []
    previous = None
    for chunk in chunks:
        lines += [""] * separator(previous, chunk) + formatted[chunk]
        previous = chunk
    return lines


@dataclass(frozen=True)
class _Run:
    """A stretch where the two sides differ: old chunks i1:i2, new chunks j1:j2."""

    i1: int
    i2: int
    j1: int
    j2: int


def _runs(old: Sequence[Chunk], new: Sequence[Chunk]) -> list[_Run]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        _Run(i1, i2, j1, j2)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _lines(
    chunks: Sequence[Chunk], start: int, stop: int, formatted: Mapping[Chunk, list[str]]
) -> list[str]:
    lines: list[str] = []
    for k in range(start, stop):
        previous = chunks[k - 1] if k else None
        lines += [""] * separator(previous, chunks[k]) + formatted[chunks[k]]
    return lines


def _count(old: list[str], new: list[str]) -> tuple[int, int]:
    added = removed = 0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed += i2 - i1
            added += j2 - j1
    return added, removed


def count_lines(
    files: Mapping[str, tuple[str | None, str | None]],
    *,
    package: str,
    without_prelude: frozenset[str] = frozenset(),
) -> dict[str, tuple[int, int]]:
    """Lines added and removed per file once both sides are formatted.

    Formatting a whole generated module costs seconds, but its statements
    format independently: each side is split into statements (at module
    level, and one level into classes), statements equal on both sides are
    matched unformatted, and only the others go through isort and black in
    their class context. Blank lines between statements follow black's rules.

    ``files`` maps a path to its unformatted (old, new) source; None where the
    file does not exist. Paths in ``without_prelude`` are compared without
    their docstring and imports.
    """
    split_files = {}
    for path, (old_text, new_text) in files.items():
        old = split(old_text) if old_text is not None else []
        new = split(new_text) if new_text is not None else []
        if path in without_prelude:  # a stand-in, for the blank lines after it
            old = [_PRELUDE, *(c for c in old if c.kind != "prelude")]
            new = [_PRELUDE, *(c for c in new if c.kind != "prelude")]
        split_files[path] = (old, new)
    runs = {path: _runs(old, new) for path, (old, new) in split_files.items()}
    needed: list[Chunk] = []
    for path, (old, new) in split_files.items():
        for run in runs[path]:
            needed += old[run.i1 : run.i2] + new[run.j1 : run.j2]
    formatted = format_chunks(needed, package) if needed else {}
    counts: dict[str, tuple[int, int]] = {}
    for path, (old, new) in split_files.items():
        added = removed = 0
        for run in runs[path]:
            a, r = _count(
                _lines(old, run.i1, run.i2, formatted),
                _lines(new, run.j1, run.j2, formatted),
            )
            # the statement after the stretch may get other blank lines before it
            if run.i2 < len(old) and run.j2 < len(new):
                gap_old = separator(old[run.i2 - 1] if run.i2 else None, old[run.i2])
                gap_new = separator(new[run.j2 - 1] if run.j2 else None, new[run.j2])
                a, r = a + max(0, gap_new - gap_old), r + max(0, gap_old - gap_new)
            added, removed = added + a, removed + r
        if added or removed:
            counts[path] = (added, removed)
    return counts
