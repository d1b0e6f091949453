"""Read a YAML or JSON spec into plain data, keeping where every node came from."""

from __future__ import annotations

import bisect
import hashlib
import json
import json.decoder
import json.scanner
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, SpecError
from generator.pointers import PointerError, parts

__all__ = [
    "MAX_DEPTH",
    "MAX_EXPANDED_NODES",
    "MAX_SOURCE_BYTES",
    "Locator",
    "Origin",
    "Spec",
    "load_spec",
    "parse_text",
]

try:  # the C parser is several times faster on a 1 MB spec
    _Base: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - pyyaml built without libyaml
    _Base = yaml.SafeLoader

# Refuse documents whose aliases expand past this many nodes (alias bombs), that
# nest deeper than this, or that are larger than this: no real spec comes near.
# (The depth also keeps the validator and the model generator, which recurse
# several frames per level, well inside Python's recursion limit.)
MAX_EXPANDED_NODES = 5_000_000
MAX_DEPTH = 128
MAX_SOURCE_BYTES = 32 * 1024 * 1024
# Python refuses to convert longer digit strings; refuse them with a location.
_MAX_INT_DIGITS = 4000

_TAG = "tag:yaml.org,2002:"
# The JSON data model (and << merge keys): anything else (binary, set, omap,
# timestamp, python/*) is refused.
_ALLOWED_TAGS = frozenset(
    _TAG + kind
    for kind in ("null", "bool", "int", "float", "str", "seq", "map", "merge")
)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """Safe loading as JSON sees it: dates stay strings, keys are their source text."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        # A key written as 200, true or ~ is the text "200", "true", "~": JSON has
        # only string keys, and the validator and the locator expect them.
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            mapping[str(key_node.value)] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        text = str(self.construct_scalar(node))
        if text[:2] in ("0o", "0x"):
            return int(text[2:], 8 if text[1] == "o" else 16)
        return int(text, 10)  # YAML 1.2: 012 is twelve, not octal ten

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        text = str(self.construct_scalar(node))
        special = {".inf": "inf", "+.inf": "inf", "-.inf": "-inf", ".nan": "nan"}
        return float(special.get(text.lower(), text))


_Loader.add_constructor(_TAG + "int", _Loader.construct_yaml_int)
_Loader.add_constructor(_TAG + "float", _Loader.construct_yaml_float)

# Plain scalars read as the YAML 1.2 core schema reads them (OpenAPI recommends
# YAML 1.2): on, off, yes, no, y are strings, 1e-08 is a number, 012 is twelve,
# and dates stay strings. PyYAML's own table is YAML 1.1's.
_CORE: tuple[tuple[str, str, str], ...] = (
    ("null", r"~|null|Null|NULL|", "~nN"),
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    (
        "float",
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
        "-+.0123456789",
    ),
    ("merge", r"<<", "<"),
)
_Loader.yaml_implicit_resolvers = {}
for _kind, _pattern, _firsts in _CORE:
    _rx = re.compile(f"^(?:{_pattern})$")
    for _first in [*_firsts, *([""] if _kind == "null" else [])]:
        _Loader.yaml_implicit_resolvers.setdefault(_first, []).append(
            (_TAG + _kind, _rx)
        )


@dataclass(frozen=True)
class Locator:
    """Maps a JSON pointer to the line and column of its node in the source."""

    root: yaml.Node | None

    def locate(self, ptr: str) -> tuple[int, int]:
        node = self.root
        if node is None:
            return (1, 1)
        best = node
        try:
            tokens = parts(ptr)
        except PointerError:
            tokens = ()
        for token in tokens:
            child = _child(node, token)
            if child is None:
                break
            node = best = child
        return (best.start_mark.line + 1, best.start_mark.column + 1)


@dataclass(frozen=True)
class Origin:
    """Content copied into a bundled document from ``spec`` at ``pointer``."""

    prefix: str  # where it sits in the bundled document
    spec: Spec
    pointer: str  # where it sits in its own file


@dataclass(frozen=True)
class Spec:
    """A loaded spec document: its data, its source file and a locator into it.

    A bundled spec also records ``origins``: content brought in from other files,
    so that a problem found there is reported at that file's line.
    """

    path: Path
    data: dict[str, Any]
    locator: Locator = field(compare=False)
    source: bytes = field(compare=False, repr=False)
    origins: tuple[Origin, ...] = field(default=(), compare=False, repr=False)

    def where(self, ptr: str) -> tuple[Spec, str]:
        """The file and the pointer within it that ``ptr`` (a bundled pointer) came from."""
        best: Origin | None = None
        for origin in self.origins:
            if ptr == origin.prefix or ptr.startswith(origin.prefix + "/"):
                if best is None or len(origin.prefix) > len(best.prefix):
                    best = origin
        if best is None:
            return self, ptr
        return best.spec, best.pointer + ptr[len(best.prefix) :]

    def diagnostic(self, ptr: str, message: str, **kw: Any) -> Diagnostic:
        spec, local = self.where(ptr)
        line, col = spec.locator.locate(local)
        return Diagnostic(str(spec.path), line, col, local, message, **kw)

    def digest(self) -> str:
        """SHA-256 of the source, and of every other file bundled into it."""
        others = {str(o.spec.path): o.spec.source for o in self.origins}
        others.pop(str(self.path), None)
        if not others:
            return hashlib.sha256(self.source).hexdigest()
        h = hashlib.sha256(self.source)
        for name, source in sorted(others.items()):
            h.update(b"\0" + Path(name).name.encode() + b"\0")
            h.update(hashlib.sha256(source).digest())
        return h.hexdigest()


def load_spec(path: Path, *, name: Path | None = None) -> Spec:
    """Load ``path`` (called ``name`` in messages); raise ``SpecError`` or ``OSError``."""
    shown = path if name is None else name
    with open(path, "rb") as handle:
        source = handle.read(MAX_SOURCE_BYTES + 1)
    if len(source) > MAX_SOURCE_BYTES:
        raise SpecError(
            [
                Diagnostic(
                    str(shown),
                    1,
                    1,
                    "",
                    f"the file is larger than {MAX_SOURCE_BYTES:,} bytes; refusing to load it",
                )
            ]
        )
    return parse_text(source, shown)


def parse_text(source: bytes, path: Path) -> Spec:
    """Parse spec bytes (YAML or JSON) named ``path`` for messages."""
    name = str(path)
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Diagnostic(name, 1, exc.start + 1, "", "the file is not UTF-8 text")]
        ) from None
    root = _json_root(text, name, strict=path.suffix.lower() == ".json")
    loader = _Loader(text if root is None else "")
    try:
        if root is None:
            _check_yaml_depth(text, name)
            root = loader.get_single_node()
        if root is None:
            raise SpecError([Diagnostic(name, 1, 1, "", "the document is empty")])
        problems = list(_check_nodes(root, name))
        if problems:
            raise SpecError(problems)
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        raise SpecError([_yaml_diagnostic(exc, name)]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Diagnostic(name, 1, 1, "", f"invalid YAML: {exc}")]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise SpecError(
            [
                Diagnostic(
                    name, 1, 1, "", f"the document root must be a mapping, not {kind}"
                )
            ]
        )
    return Spec(path, data, Locator(root), source)


def _yaml_diagnostic(exc: yaml.MarkedYAMLError, name: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
    return Diagnostic(name, line, col, "", f"invalid YAML: {message}")


def _check_yaml_depth(text: str, name: str) -> None:
    """Refuse absurd nesting from the event stream, before the (recursive) composer sees it."""
    scanner = _Loader(text)
    depth = 0
    try:
        while (event := scanner.get_event()) is not None:
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise SpecError([_too_deep(name, event.start_mark)])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            elif isinstance(event, yaml.StreamEndEvent):
                break
    except yaml.MarkedYAMLError as exc:
        # libyaml 0.2.5+ refuses deep flow nesting itself, reading ahead of the
        # events: the same refusal, said the same way.
        if "nesting depth" not in str(exc.problem) or exc.problem_mark is None:
            raise
        raise SpecError([_too_deep(name, exc.problem_mark)]) from None
    finally:
        scanner.dispose()


def _too_deep(name: str, mark: Any) -> Diagnostic:
    return Diagnostic(
        name,
        mark.line + 1,
        mark.column + 1,
        "",
        f"the document nests deeper than {MAX_DEPTH} levels; refusing to load it",
    )


def _check_nodes(root: yaml.Node, name: str) -> Iterator[Diagnostic]:
    """Duplicate keys, foreign tags, alias bombs and absurd nesting, found on the node graph."""
    sizes: dict[int, int] = {}
    # Iterative post-order walk; aliases share node objects, so each is visited once.
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 0, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            sizes[key] = 1 + sum(sizes[id(c)] for c in _children(node))
            if sizes[key] > MAX_EXPANDED_NODES:
                mark = node.start_mark
                yield Diagnostic(
                    name,
                    mark.line + 1,
                    mark.column + 1,
                    "",
                    f"the document expands to more than {MAX_EXPANDED_NODES:,} nodes "
                    "through aliases; refusing to load it",
                )
                return
            continue
        if key in sizes:
            continue
        if depth > MAX_DEPTH:
            yield _too_deep(name, node.start_mark)
            return
        sizes[key] = 0  # visiting: the nodes at 0 are this node and its ancestors
        stack.append((node, depth, True))
        yield from _check_node(node, name)
        for child in _children(node):
            if sizes.get(id(child)) == 0:
                yield _cycle(name, node, child)
                return
            if id(child) not in sizes:
                stack.append((child, depth + 1, False))


def _cycle(name: str, parent: yaml.Node, child: yaml.Node) -> Diagnostic:
    """An alias inside the node it names: the data would be infinite."""
    mark = parent.start_mark
    pairs = parent.value if isinstance(parent, yaml.MappingNode) else []
    for key, value in pairs:
        if value is child:  # point at the key whose value is the alias
            mark = key.start_mark
    anchor = child.start_mark
    return Diagnostic(
        name,
        mark.line + 1,
        mark.column + 1,
        "",
        f"the YAML alias refers to the node that contains it (anchored on line "
        f"{anchor.line + 1}): the data would be infinite; refusing to load it",
    )


def _check_node(node: yaml.Node, name: str) -> Iterator[Diagnostic]:
    mark = node.start_mark
    where = (name, mark.line + 1, mark.column + 1, "")
    if node.tag not in _ALLOWED_TAGS:
        yield Diagnostic(
            *where,
            f"the YAML tag {node.tag!r} is not allowed in a spec (JSON data only)",
        )
    elif (
        node.tag == _TAG + "int"
        and len(str(node.value)) > _MAX_INT_DIGITS
        and str(node.value).lstrip("+-").isdigit()
    ):
        yield Diagnostic(*where, "the integer has too many digits")
    if not isinstance(node, yaml.MappingNode):
        return
    seen: dict[str, yaml.Node] = {}
    for k, _ in node.value:
        if not isinstance(k, yaml.ScalarNode):
            kmark = k.start_mark
            yield Diagnostic(
                name,
                kmark.line + 1,
                kmark.column + 1,
                "",
                "a mapping key must be a string, not a collection",
            )
        elif k.tag == _TAG + "merge":
            continue
        elif k.value in seen:
            first = seen[k.value].start_mark.line + 1
            yield Diagnostic(
                name,
                k.start_mark.line + 1,
                k.start_mark.column + 1,
                "",
                f"duplicate key {k.value!r} (first defined on line {first})",
            )
        else:
            seen[k.value] = k


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            yield k
            yield v
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


# -- JSON ---------------------------------------------------------------------
# JSON is parsed here rather than as YAML: YAML refuses keys longer than 1024
# characters and the \uD83D\uDE00 surrogate pairs JSON writers emit for emoji.
# The result is the same node graph as from YAML, so locations work the same.

_WHITESPACE = " \t\n\r"
# The C string scanner behind json.loads: (text, index after the quote, strict).
_scanstring: Callable[[str, int, bool], tuple[str, int]] = (
    json.decoder.scanstring  # type: ignore[attr-defined]
)


class _JsonError(Exception):
    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


class _Marks:
    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self.name = name
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, index: int) -> yaml.Mark:
        line = bisect.bisect_right(self.starts, index) - 1
        return yaml.Mark(self.name, index, line, index - self.starts[line], None, 0)


def _json_root(text: str, name: str, *, strict: bool) -> yaml.Node | None:
    """Nodes for a JSON document; None when it is not JSON (and ``strict`` is off)."""
    start = len(text) - len(text.lstrip(_WHITESPACE + "\ufeff"))
    if not strict and text[start : start + 1] not in ("{", "["):
        return None
    marks = _Marks(text, name)
    try:
        return _JsonParser(text, marks).parse(start)
    except _JsonError as exc:
        if not strict:
            return None  # a YAML flow document: let the YAML parser judge it
        mark = marks.at(min(exc.index, len(text)))
        raise SpecError(
            [
                Diagnostic(
                    name, mark.line + 1, mark.column + 1, "", f"invalid JSON: {exc}"
                )
            ]
        ) from None


class _JsonParser:
    """An iterative JSON parser producing YAML nodes (no recursion, depth-limited)."""

    def __init__(self, text: str, marks: _Marks) -> None:
        self.text = text
        self.marks = marks

    def _skip(self, i: int) -> int:
        while i < len(self.text) and self.text[i] in _WHITESPACE:
            i += 1
        return i

    def _scalar(self, i: int) -> tuple[yaml.Node, int]:
        text, mark = self.text, self.marks.at(i)
        if text.startswith('"', i):
            try:
                value, end = _scanstring(text, i + 1, True)
            except json.JSONDecodeError as exc:
                raise _JsonError(exc.pos, exc.msg) from None
            node = yaml.ScalarNode(_TAG + "str", value, mark, self.marks.at(end), '"')
            return node, end
        for word, tag in (("true", "bool"), ("false", "bool"), ("null", "null")):
            if text.startswith(word, i):
                end = i + len(word)
                return yaml.ScalarNode(_TAG + tag, word, mark, self.marks.at(end)), end
        number = json.scanner.NUMBER_RE.match(text, i)
        if number is None:
            raise _JsonError(i, "expected a value")
        _, frac, exp = number.groups()
        tag = _TAG + ("float" if frac or exp else "int")
        end = number.end()
        return yaml.ScalarNode(tag, number.group(), mark, self.marks.at(end)), end

    def parse(self, i: int) -> yaml.Node:
        text = self.text
        # Each open container: its node, and the key waiting for its value.
        stack: list[tuple[yaml.Node, yaml.Node | None]] = []
        root: yaml.Node | None = None
        while True:
            i = self._skip(i)
            node: yaml.Node | None = None
            char = text[i : i + 1]
            if char in ("{", "["):
                if len(stack) >= MAX_DEPTH:
                    raise SpecError([_too_deep(self.marks.name, self.marks.at(i))])
                mark = self.marks.at(i)
                container: yaml.Node = (
                    yaml.MappingNode(_TAG + "map", [], mark, mark, True)
                    if char == "{"
                    else yaml.SequenceNode(_TAG + "seq", [], mark, mark, True)
                )
                i = self._skip(i + 1)
                closing = "}" if char == "{" else "]"
                if text.startswith(closing, i):
                    node, i = container, i + 1
                else:
                    stack.append((container, None))
                    if char == "{":
                        i = self._key(i, stack)
                    continue
            else:
                node, i = self._scalar(i)
            # a complete value: attach it, then close every container that ends here
            while True:
                if not stack:
                    root = node
                    break
                parent, key = stack[-1]
                if isinstance(parent, yaml.MappingNode):
                    assert key is not None
                    parent.value.append((key, node))
                else:
                    parent.value.append(node)
                i = self._skip(i)
                char = text[i : i + 1]
                if char == ",":
                    i = self._skip(i + 1)
                    if isinstance(parent, yaml.MappingNode):
                        i = self._key(i, stack)
                    break
                closing = "}" if isinstance(parent, yaml.MappingNode) else "]"
                if char != closing:
                    raise _JsonError(i, f"expected ',' or '{closing}'")
                stack.pop()
                node, i = parent, i + 1
            if root is not None:
                break
        if self._skip(i) != len(text):
            raise _JsonError(self._skip(i), "extra data after the document")
        return root

    def _key(self, i: int, stack: list[tuple[yaml.Node, yaml.Node | None]]) -> int:
        if not self.text.startswith('"', i):
            raise _JsonError(i, "expected a string key")
        key, i = self._scalar(i)
        i = self._skip(i)
        if not self.text.startswith(":", i):
            raise _JsonError(i, "expected ':'")
        stack[-1] = (stack[-1][0], key)
        return i + 1


def _child(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        pairs: list[tuple[yaml.Node, yaml.Node]] = node.value
        for k, v in pairs:
            # keys written as numbers (responses: {200: ...}) match by their text
            if isinstance(k, yaml.ScalarNode) and k.value == token:
                return v
        return None
    if isinstance(node, yaml.SequenceNode) and token.isdigit():
        index = int(token)
        items: list[yaml.Node] = node.value
        return items[index] if index < len(items) else None
    return None
