"""Read a YAML or JSON spec into plain data, keeping where every node came from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, SpecError

__all__ = ["Locator", "Spec", "load_spec", "parse_text"]

try:  # the C parser is several times faster on a 1 MB spec
    _Base: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - pyyaml built without libyaml
    _Base = yaml.SafeLoader

# Refuse documents whose aliases expand past this many nodes (alias bombs) or
# that nest deeper than this: no real spec comes near either.
MAX_EXPANDED_NODES = 5_000_000
MAX_DEPTH = 200


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """Safe loading without implicit timestamps: spec dates stay strings, as in JSON."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Locator:
    """Maps a JSON pointer to the line and column of its node in the source."""

    root: yaml.Node | None

    def locate(self, ptr: str) -> tuple[int, int]:
        node = self.root
        if node is None:
            return (1, 1)
        best = node
        for token in _tokens(ptr):
            child = _child(node, token)
            if child is None:
                break
            node = best = child
        return (best.start_mark.line + 1, best.start_mark.column + 1)


@dataclass(frozen=True)
class Spec:
    """A loaded spec document: its data, its source file and a locator into it."""

    path: Path
    data: dict[str, Any]
    locator: Locator = field(compare=False)
    source: bytes = field(compare=False, repr=False)

    def diagnostic(self, ptr: str, message: str, **kw: Any) -> Diagnostic:
        line, col = self.locator.locate(ptr)
        return Diagnostic(str(self.path), line, col, ptr, message, **kw)


def load_spec(path: Path) -> Spec:
    """Load ``path``; raise ``SpecError`` with located problems, ``OSError`` if unreadable."""
    source = path.read_bytes()
    return parse_text(source, path)


def parse_text(source: bytes, path: Path) -> Spec:
    """Parse spec bytes (YAML, or JSON which is YAML) named ``path`` for messages."""
    name = str(path)
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Diagnostic(name, 1, exc.start + 1, "", "the file is not UTF-8 text")]
        ) from None
    loader = _Loader(text)
    try:
        root: yaml.Node | None = loader.get_single_node()
        if root is None:
            raise SpecError([Diagnostic(name, 1, 1, "", "the document is empty")])
        problems = list(_check_nodes(root, name))
        if problems:
            raise SpecError(problems)
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise SpecError(
            [Diagnostic(name, line, col, "", f"invalid YAML: {message}")]
        ) from None
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


def _check_nodes(root: yaml.Node, name: str) -> Iterator[Diagnostic]:
    """Duplicate keys, alias bombs and absurd nesting, found on the node graph."""
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
            mark = node.start_mark
            yield Diagnostic(
                name,
                mark.line + 1,
                mark.column + 1,
                "",
                f"the document nests deeper than {MAX_DEPTH} levels; refusing to load it",
            )
            return
        sizes[key] = 0  # visiting; a cycle through an alias counts as zero
        stack.append((node, depth, True))
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, yaml.Node] = {}
            for k, _ in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value != "<<":
                    if k.value in seen:
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
        for child in _children(node):
            if id(child) not in sizes:
                stack.append((child, depth + 1, False))


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            yield k
            yield v
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _tokens(ptr: str) -> list[str]:
    if not ptr:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]]


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
