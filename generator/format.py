"""Format generated Python source: imports sorted (isort), then black.

Black is most of a cold run's cost. Each file is cut into its top-level
definitions (``split``), which black formats independently with the same
result as for the whole file; so the work spreads evenly over every core, and
a change re-formats only the definitions it touched: every result is kept in
a content-addressed cache, per definition and per file.
"""

from __future__ import annotations

import ast
import gc
import hashlib
import io
import os
import re
import tokenize
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

__all__ = [
    "Formatter",
    "format_files",
    "format_source",
    "prepared",
    "read_cache",
    "run_now",
    "split",
    "tune_gc",
    "write_cache",
]

# Keep at most this many cached results (the oldest go first): a few runs'
# worth of definitions of a large API.
MAX_CACHE_ENTRIES = 20_000
# Definitions are sent to workers in batches of about this many lines: large
# enough that a batch costs far more than sending it, small enough that the
# last batches finish together.
BATCH_LINES = 1500
# Less than this is formatted here: cheaper than starting workers that each
# import black (what a change to a few operations leaves to do).
INLINE_LINES = 1000

# Black parses into a tree of millions of small objects with reference cycles;
# at the default thresholds the cyclic collector runs so often that it takes a
# third of black's time. Collecting rarely costs memory, not correctness.
GC_THRESHOLDS = (100_000, 50, 100)


def tune_gc() -> None:
    """Rare cyclic collections, for a process that builds large object graphs."""
    gc.set_threshold(*GC_THRESHOLDS)


def _settings_key(package: str) -> str:
    from importlib.metadata import version

    return f"black {version('black')} isort {version('isort')} py311 {package}"


def _isort(source: str, package: str) -> str:
    import isort

    settings = isort.Config(
        profile="black",
        known_first_party=[package],
        combine_as_imports=True,
        quiet=True,
    )
    try:
        return isort.code(source, config=settings)
    except isort.exceptions.FileSkipComment:
        # spec text said "isort:skip_file": imports stay in template order
        return source


def _black(source: str) -> str:
    import black

    mode = black.Mode(target_versions={black.mode.TargetVersion.PY311})
    return black.format_str(source, mode=mode)


# Characters that some of Python's tools read as line breaks and others not.
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def prepared(source: str) -> str:
    """``source`` with two changes that black's first pass would make done
    ahead: strings in the quotes black prefers, and an empty line after each
    class docstring. Black then finds the code formatted and formats it once,
    not twice; whatever is missed here, black still does."""
    import black

    if _LINE_BREAKS.search(source):
        return source  # rows would be counted differently by the tools below
    mode = black.Mode()
    lines = io.StringIO(source).readlines()  # "\n"-ended rows, as tokenize counts
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
        tree = ast.parse(source)
    except (SyntaxError, tokenize.TokenError):
        return source  # black reports it
    for token in reversed(tokens):  # right to left: columns stay valid
        (row, start), (end_row, end) = token.start, token.end
        if token.type != tokenize.STRING or row != end_row:
            continue
        text = black.strings.normalize_string_quotes(
            black.strings.normalize_string_prefix(token.string, mode)
        )
        if text != token.string:
            line = lines[row - 1]
            lines[row - 1] = line[:start] + text + line[end:]
    after_docstrings = {
        node.body[0].end_lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and len(node.body) > 1
        and ast.get_docstring(node, clean=False) is not None
    }
    for row in sorted((r for r in after_docstrings if r is not None), reverse=True):
        if row < len(lines) and lines[row].strip():
            lines.insert(row, "\n")
    return "".join(lines)


def _black_many(sources: list[str]) -> list[str]:
    return [_black(source) for source in sources]


def format_source(source: str, package: str) -> str:
    """One file: isort with black's profile, then black."""
    return _black(_isort(source, package))


# Where cutting a file could change black's output: formatting directives,
# non-"\n" line ends, form feeds, encoding declarations (black keeps those on
# the lines where they take effect).
_UNSAFE = re.compile(r"fmt:|yapf:|\r|\f|^[ \t]*#.*coding[:=]", re.MULTILINE)
_DEFINITIONS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def split(source: str) -> list[str]:
    """``source`` cut before top-level definitions that black separates by
    exactly two blank lines whatever precedes them; ``_join`` of the pieces
    formatted one by one is then black's output for the whole file.

    A top-level ``class``/``def`` (with its decorators) always gets two blank
    lines before it unless a comment or decorator is attached to it or it
    follows a one-line stub without a blank line; black's state carries
    nothing else from one top-level statement to the next. So a cut is made
    only where at least one line separates the definition from the statement
    before it and every such line is blank; the blank lines are dropped.
    """
    if _UNSAFE.search(source):
        return [source]
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return [source]  # black reports it, for the whole file
    lines = source.splitlines(keepends=True)
    starts = [0]
    for previous, node in pairwise(body):
        if not isinstance(node, _DEFINITIONS) or previous.end_lineno is None:
            continue
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1
        gap = lines[previous.end_lineno : first]
        if gap and all(not line.strip() for line in gap):
            starts.append(first)
    ends = [*starts[1:], len(lines)]
    return [_trimmed(lines[a:b]) for a, b in zip(starts, ends, strict=True)]


def _trimmed(lines: list[str]) -> str:
    """The piece without the blank lines that end it, which black would drop:
    a piece that black leaves as it is then costs one pass, not two."""
    end = len(lines)
    while end > 1 and not lines[end - 1].strip():
        end -= 1
    return "".join(lines[:end])


def _join(pieces: Iterable[str]) -> str:
    return "\n\n".join(pieces)  # each ends with "\n": two blank lines between


@dataclass
class _Piece:
    key: str
    text: str | None = None  # formatted, when cached
    future: Future[str] | None = None  # formatted, when being formatted


@dataclass
class _File:
    key: str  # of the whole unformatted file
    source: str  # with imports sorted: what black gets, cut into the pieces
    pieces: list[_Piece] = field(default_factory=list)


class Formatter:
    """Formats files on ``executor`` (in this process when None), using ``cache``.

    ``add`` starts the work and returns at once; ``result`` waits for it.
    """

    def __init__(
        self,
        package: str,
        *,
        cache: Path | None = None,
        executor: Executor | None = None,
    ) -> None:
        self._package = package
        self._salt = _settings_key(package)
        self._cache = cache
        self._executor = executor
        self._done: dict[str, str] = {}
        self._pending: dict[str, _File] = {}

    def _key(self, kind: str, source: str) -> str:
        return hashlib.sha256(f"{self._salt}\0{kind}\0{source}".encode()).hexdigest()

    def add(self, files: Mapping[str, str]) -> None:
        """Start formatting ``files`` (``.py`` ones; others are kept as they are)."""
        work: list[tuple[_Piece, str]] = []
        for path, source in files.items():
            if not path.endswith(".py"):
                self._done[path] = source
                continue
            key = self._key("file", source)
            hit = read_cache(self._cache, key)
            if hit is not None:
                self._done[path] = hit
                continue
            entry = self._pending[path] = _File(key, _isort(source, self._package))
            for text in split(entry.source):
                piece = _Piece(self._key("piece", text))
                piece.text = read_cache(self._cache, piece.key)
                entry.pieces.append(piece)
                if piece.text is None:
                    work.append((piece, text))
        self._submit(work)

    def _submit(self, work: list[tuple[_Piece, str]]) -> None:
        lines = sum(text.count("\n") for _, text in work)
        if self._executor is None or lines < INLINE_LINES:
            for piece, text in work:
                piece.future = run_now(_black, text)
            return
        # Largest first, so that no long piece starts last and runs alone.
        work.sort(key=lambda item: -item[1].count("\n"))
        batches: list[list[tuple[_Piece, str]]] = []
        size = BATCH_LINES
        for item in work:
            if size >= BATCH_LINES:
                batches.append([])
                size = 0
            batches[-1].append(item)
            size += item[1].count("\n")
        for batch in batches:
            sources = [text for _, text in batch]
            results = self._executor.submit(_black_many, sources)
            for position, (piece, _) in enumerate(batch):
                piece.future = _pick(results, position)

    def result(self) -> dict[str, str]:
        """Every file added so far, formatted, by path (sorted)."""
        wrote = False
        for path, entry in self._pending.items():
            try:
                texts = [self._text(piece) for piece in entry.pieces]
            except Exception:
                # Black's message locates the problem in its piece: the whole
                # file gives the line numbers a reader can use.
                _black(entry.source)
                raise
            self._done[path] = _join(texts)
            write_cache(self._cache, entry.key, self._done[path])
            wrote = True
        self._pending.clear()
        if self._cache is not None and wrote:
            _prune(self._cache)
        return dict(sorted(self._done.items()))

    def _text(self, piece: _Piece) -> str:
        if piece.text is None:
            assert piece.future is not None
            piece.text = piece.future.result()
            write_cache(self._cache, piece.key, piece.text)
        return piece.text


def run_now(task: Callable[..., T], *args: object, **kw: object) -> Future[T]:
    """``task`` run here, as a finished future (of its result or its error)."""
    done: Future[T] = Future()
    try:
        done.set_result(task(*args, **kw))
    except Exception as exc:
        done.set_exception(exc)
    return done


def _pick(results: Future[list[str]], position: int) -> Future[str]:
    """The ``position``-th result of a batch, as a future of its own."""
    one: Future[str] = Future()

    def done(batch: Future[list[str]]) -> None:
        if batch.cancelled():  # the run stopped: nobody waits for the piece
            one.cancel()
            return
        error = batch.exception()
        if error is not None:
            one.set_exception(error)
        else:
            one.set_result(batch.result()[position])

    results.add_done_callback(done)
    return one


def format_files(
    files: Mapping[str, str], *, package: str, cache: Path | None = None
) -> dict[str, str]:
    """The same files, every ``.py`` one formatted; ``cache`` is a folder for results."""
    formatter = Formatter(package, cache=cache)
    formatter.add(files)
    return formatter.result()


def read_cache(cache: Path | None, key: str) -> str | None:
    if cache is None:
        return None
    entry = cache / key
    try:
        text = entry.read_text("utf-8")
        os.utime(entry)  # recently used: pruned last
    except OSError:
        return None
    return text


def write_cache(cache: Path | None, key: str, text: str) -> None:
    if cache is None:
        return
    try:
        cache.mkdir(parents=True, exist_ok=True)
        temp = cache / f".{key}.{os.getpid()}"
        temp.write_text(text, "utf-8")
        os.replace(temp, cache / key)  # readers never see half an entry
    except OSError:
        pass  # a cache that cannot be written only costs time


def _prune(cache: Path) -> None:
    """Drop the least recently used entries once there are too many; counting
    them is cheap, so only a full cache pays for reading every entry's time."""
    try:
        entries = list(os.scandir(cache))
        if len(entries) <= MAX_CACHE_ENTRIES:
            return
        entries.sort(key=lambda entry: entry.stat().st_mtime)
        for old in entries[: len(entries) - MAX_CACHE_ENTRIES * 3 // 4]:
            os.unlink(old.path)
    except OSError:
        pass
