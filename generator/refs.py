"""Bundle a spec split over several files into one self-contained document.

Only relative references to ``.yaml``, ``.yml`` and ``.json`` files inside the
spec's folder are followed; URLs, absolute paths, paths that climb out of the
folder and symlinks that lead out of it are refused with a located error, so
reading a spec never touches the network or a file its author did not put
beside it. Referenced objects are copied under ``components`` (schemas under
``components/schemas``...) with stable names and every reference becomes a
local ``#/...`` one; path items of OpenAPI 3.0, which have no component
section, are copied in place. Each copy remembers its file and line.
"""

from __future__ import annotations

import copy
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, SpecError
from generator.load import Origin, Spec, load_spec
from generator.naming import unique_name
from generator.oas import (
    COMPONENT_KINDS,
    DISCRIMINATOR,
    SCHEMA,
    child_kind,
    is_container,
    list_of,
)
from generator.pointers import MISSING, lookup, parts, pointer

__all__ = ["MAX_BUNDLE_BYTES", "MAX_BUNDLE_SECONDS", "REF_SUFFIXES", "bundle"]

REF_SUFFIXES = (".yaml", ".yml", ".json")
# A bundle whose files come to more bytes than this, or that takes longer than
# this to read, is refused: each file is parsed in full, and a spec split into
# thousands of small files is fine while a few huge ones are not.
MAX_BUNDLE_BYTES = 128 * 1024 * 1024
MAX_BUNDLE_SECONDS = 120.0

_SECTION = {kind: section for section, kind in COMPONENT_KINDS.items()}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


def bundle(spec: Spec) -> Spec:
    """``spec`` with every reference to another file brought in; raises ``SpecError``."""
    if not _has_external_refs(spec.data):
        return spec
    return _Bundler(spec).run()


@dataclass
class _Site:
    """Where a reference stands: its file, the pointer there, and in the bundle."""

    file: Spec
    file_ptr: tuple[str | int, ...]
    bundle_ptr: tuple[str | int, ...]


@dataclass
class _Bundler:
    main: Spec
    root: str = ""
    files: dict[str, Spec] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)
    placed: dict[tuple[str, str], str] = field(default_factory=dict)
    added: dict[str, dict[str, Any]] = field(default_factory=dict)
    taken: dict[str, set[str]] = field(default_factory=dict)
    origins: list[Origin] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    inlining: list[tuple[str, str]] = field(default_factory=list)
    queue: list[tuple[Any, str, _Site]] = field(default_factory=list)
    version31: bool = False
    total_bytes: int = 0
    deadline: float = 0.0

    def __post_init__(self) -> None:
        self.total_bytes = len(self.main.source)
        self.deadline = time.monotonic() + MAX_BUNDLE_SECONDS
        main_real = os.path.realpath(self.main.path)
        self.root = os.path.dirname(main_real)
        self.files[main_real] = self.main
        self.version31 = str(self.main.data.get("openapi", "")).startswith("3.1")

    # -- driving --------------------------------------------------------------

    def run(self) -> Spec:
        data = copy.deepcopy(self.main.data)
        components = data.get("components", {})
        if not isinstance(components, dict):
            raise SpecError(
                [self.main.diagnostic("/components", "components must be a mapping")]
            )
        for section in COMPONENT_KINDS:
            existing = components.get(section)
            self.taken[section] = set(existing) if isinstance(existing, dict) else set()
        self._visit(data, "root", _Site(self.main, (), ()))
        while self.queue:
            node, kind, site = self.queue.pop(0)
            self._visit(node, kind, site)
        if self.problems:
            raise SpecError(self.problems)
        for section, entries in self.added.items():
            target = components.setdefault(section, {})
            if not isinstance(target, dict):
                raise SpecError(
                    [
                        self.main.diagnostic(
                            pointer("components", section),
                            f"components/{section} must be a mapping",
                        )
                    ]
                )
            target.update(entries)
        if self.added:
            data["components"] = components
        return replace(self.main, data=data, origins=tuple(self.origins))

    def _visit(self, node: Any, kind: str, site: _Site) -> Any:
        """Rewrite references under ``node`` (in place); returns the node to keep."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not is_container(kind):
                node, done = self._reference(node, ref, kind, site)
                if done:
                    return node
            for key in list(node):
                sub = child_kind(kind, key)
                if kind == DISCRIMINATOR and key == "mapping":
                    self._mapping(node[key], site)
                elif sub is not None and isinstance(node[key], (dict, list)):
                    node[key] = self._visit(node[key], sub, _down(site, key))
        elif isinstance(node, list):
            list_kind = list_of(SCHEMA) if kind == SCHEMA else kind
            for index, item in enumerate(node):
                sub = child_kind(list_kind, index)
                if sub is not None and isinstance(item, (dict, list)):
                    node[index] = self._visit(item, sub, _down(site, index))
        return node

    def _mapping(self, mapping: Any, site: _Site) -> None:
        """Discriminator mapping values are schema references written as strings."""
        if not isinstance(mapping, dict):
            return
        for key, value in mapping.items():
            if isinstance(value, str) and _looks_like_ref(value):
                where = _down(_down(site, "mapping"), key)
                local = self._local_ref(value, SCHEMA, where)
                if local is not None:
                    mapping[key] = local

    # -- one reference ----------------------------------------------------------

    def _reference(
        self, node: dict[str, Any], ref: str, kind: str, site: _Site
    ) -> tuple[Any, bool]:
        """The node with ``ref`` made local; True when it was replaced and walked already."""
        if ref.startswith("#") and site.file is self.main:
            return node, False  # already local to the bundle
        section = _SECTION.get(kind)
        if section == "pathItems" and not self.version31:
            section = None  # OpenAPI 3.0 has no components/pathItems
        if section is None:
            return self._inline(node, ref, kind, site), True
        local = self._local_ref(ref, kind, site)
        if local is not None:
            node["$ref"] = local
        return node, False

    def _local_ref(self, ref: str, kind: str, site: _Site) -> str | None:
        """The local reference replacing ``ref``; None (and a problem) when refused."""
        target = self._target(ref, site)
        if target is None:
            return None
        spec, fragment = target
        if spec is self.main:
            return "#" + fragment
        key = (str(spec.path), fragment)
        if key in self.placed:
            return self.placed[key]
        value = self._resolve(spec, fragment, ref, site)
        if value is MISSING:
            return None
        section = _SECTION.get(kind, "schemas")
        name = self._name(section, spec, fragment)
        local = "#" + pointer("components", section, name)
        self.placed[key] = local
        content = copy.deepcopy(value)
        self.added.setdefault(section, {})[name] = content
        self.origins.append(
            Origin(pointer("components", section, name), spec, fragment)
        )
        self.queue.append(
            (
                content,
                kind,
                _Site(spec, parts(fragment), ("components", section, name)),
            )
        )
        return local

    def _inline(self, node: dict[str, Any], ref: str, kind: str, site: _Site) -> Any:
        """Replace the reference with a copy of its target (no component section for it)."""
        target = self._target(ref, site)
        if target is None:
            return node
        spec, fragment = target
        key = (str(spec.path), fragment)
        if key in self.inlining:
            self.problems.append(
                _at(site, f"$ref {ref!r} refers back to itself and cannot be inlined")
            )
            return node
        value = self._resolve(spec, fragment, ref, site)
        if value is MISSING:
            return node
        if not isinstance(value, dict):
            self.problems.append(_at(site, f"$ref {ref!r} does not point to an object"))
            return node
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        content = {**copy.deepcopy(value), **siblings}
        self.origins.append(Origin(pointer(*site.bundle_ptr), spec, fragment))
        self.inlining.append(key)
        try:
            inner = _Site(spec, parts(fragment), site.bundle_ptr)
            content = self._visit(content, kind, inner)
        finally:
            self.inlining.pop()
        return content

    # -- files and pointers -------------------------------------------------------

    def _target(self, ref: str, site: _Site) -> tuple[Spec, str] | None:
        """The file and JSON pointer ``ref`` names, or None (and a problem)."""
        path_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if fragment and not fragment.startswith("/"):
            self.problems.append(
                _at(
                    site,
                    f"$ref {ref!r}: only JSON pointer fragments (#/...) are supported",
                )
            )
            return None
        if not path_part:
            return site.file, fragment
        problem = _path_problem(path_part)
        if problem:
            self.problems.append(_at(site, f"$ref {ref!r}: {problem}"))
            return None
        relative = unquote(path_part)
        base = os.path.dirname(os.path.realpath(site.file.path))
        lexical = os.path.normpath(os.path.join(base, relative))
        if (
            "\0" in relative
            or os.path.isabs(relative)
            or not _inside(lexical, self.root)
        ):
            self.problems.append(
                _at(
                    site,
                    f"$ref {ref!r} climbs out of the spec's folder; only files beside "
                    "the spec (or below it) can be referenced",
                )
            )
            return None
        real = os.path.realpath(lexical)
        if not _inside(real, self.root):
            self.problems.append(
                _at(
                    site,
                    f"$ref {ref!r} is a symlink to a file outside the spec's folder",
                )
            )
            return None
        if not real.lower().endswith(REF_SUFFIXES):
            self.problems.append(
                _at(
                    site,
                    f"$ref {ref!r}: only .yaml, .yml and .json files can be referenced",
                )
            )
            return None
        if not os.path.isfile(real):
            self.problems.append(_at(site, f"$ref {ref!r}: no such file"))
            return None
        if real in self.failed:
            return None
        spec = self.files.get(real)
        if spec is None:
            problem = self._over_bound(real)
            if problem:
                self.problems.append(_at(site, f"$ref {ref!r}: {problem}"))
                self.failed.add(real)
                return None
            # Read the checked file; name it as the user would, when that is the same file.
            shown = Path(self.main.path).parent / os.path.relpath(lexical, self.root)
            if os.path.realpath(shown) != real:
                shown = Path(real)
            try:
                spec = load_spec(Path(real), name=shown)
            except SpecError as exc:
                self.problems.extend(exc.diagnostics)
                self.failed.add(real)
                return None
            except OSError as exc:
                self.problems.append(_at(site, f"$ref {ref!r}: {exc.strerror or exc}"))
                return None
            self.files[real] = spec
            self.total_bytes += len(spec.source)
        return spec, fragment

    def _over_bound(self, real: str) -> str | None:
        """Why reading one more file would pass the bundle's bounds, or None."""
        if time.monotonic() > self.deadline:
            return (
                f"bundling took more than {MAX_BUNDLE_SECONDS:g} s; refusing to "
                "read more files"
            )
        size = os.path.getsize(real)
        if self.total_bytes + size > MAX_BUNDLE_BYTES:
            return (
                f"the bundled files would come to more than {MAX_BUNDLE_BYTES:,} "
                "bytes; refusing to read more"
            )
        return None

    def _resolve(self, spec: Spec, fragment: str, ref: str, site: _Site) -> Any:
        node = lookup(spec.data, fragment)
        if node is MISSING:
            self.problems.append(_at(site, f"$ref {ref!r} points to nothing"))
        return node

    def _name(self, section: str, spec: Spec, fragment: str) -> str:
        """A stable component name: the target's own name, else the file's stem."""
        tokens = parts(fragment)
        raw = tokens[-1] if tokens else Path(spec.path).stem
        base = _UNSAFE_NAME.sub("_", raw).strip("_.") or "Component"
        return unique_name(base, self.taken.setdefault(section, set()), sep="_")


def _down(site: _Site, key: str | int) -> _Site:
    return _Site(site.file, (*site.file_ptr, key), (*site.bundle_ptr, key))


def _at(site: _Site, message: str) -> Diagnostic:
    return site.file.diagnostic(pointer(*site.file_ptr, "$ref"), message)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _path_problem(path_part: str) -> str | None:
    if _URL.match(path_part):
        return "URLs are not followed; only relative paths to files beside the spec are"
    if path_part.startswith(("/", "\\")) or unquote(path_part).startswith("/"):
        return "absolute paths are not followed; only relative paths to files beside the spec are"
    return None


def _looks_like_ref(value: str) -> bool:
    return "#" in value or "/" in value or value.lower().endswith(REF_SUFFIXES)


def _has_external_refs(data: Any) -> bool:
    """Whether any ``$ref`` (or discriminator mapping) names another file."""
    for node in _dicts(data):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            return True
        mapping = node.get("mapping")
        if isinstance(mapping, dict) and any(
            isinstance(v, str) and _looks_like_ref(v) and not v.startswith("#")
            for v in mapping.values()
        ):
            return True
    return False


def _dicts(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
