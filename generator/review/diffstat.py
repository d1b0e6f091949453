"""What regenerating ``generated/`` for the new spec would change, without rendering it all."""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from generator import __version__
from generator.config import Config
from generator.ir import Api
from generator.models import render_models
from generator.pipeline import relative_name
from generator.pointers import schema_key
from generator.render import render_package
from generator.review.chunks import count_lines
from generator.review.document import is_doc_key
from generator.review.sources import Side
from generator.write import MARKER, with_marker

__all__ = [
    "DiffStat",
    "FileStat",
    "RenderPlan",
    "count",
    "diffstat",
    "plan",
    "render_side",
]

MODELS = "models.py"
_PLAIN_SIBLINGS = frozenset({"$ref", "nullable", "readOnly", "writeOnly", "deprecated"})
# The model generator refuses a document without schemas; the stub's output is dropped.
_STUB = {
    "openapi": "3.0.0",
    "info": {"title": "stub", "version": "0"},
    "paths": {},
    "components": {"schemas": {"Stub": {"type": "object"}}},
}


@dataclass(frozen=True)
class FileStat:
    path: str  # relative to the package folder
    added: int
    removed: int
    status: Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class DiffStat:
    folder: str  # the package folder, relative to the project: generated/portkey_client
    files: tuple[FileStat, ...]

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def removed(self) -> int:
        return sum(f.removed for f in self.files)

    def as_json(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "files": [
                {
                    "path": f.path,
                    "status": f.status,
                    "added": f.added,
                    "removed": f.removed,
                }
                for f in self.files
            ],
            "added": self.added,
            "removed": self.removed,
        }


@dataclass(frozen=True)
class RenderPlan:
    """What both sides render: every file or only the models, and which models."""

    source_name: str  # the spec as generated headers name it
    whole: bool  # all but the models is made from the IR alone: equal IR, equal files
    models: frozenset[str]


def plan(before: Api, after: Api, config: Config) -> RenderPlan:
    return RenderPlan(
        relative_name(config.spec, config.root),
        before != after,
        frozenset(_changed_models(before, after)),
    )


def diffstat(before: Side, after: Side, config: Config) -> DiffStat:
    """Files of the package that change, with lines added and removed once formatted.

    Both sides are rendered with the current templates: only the spec
    differs. Modules other than the models are rendered whole when the IRs
    differ (cheap) and formatted only where they differ; models are rendered
    only for the schemas that differ and those they need; the marker file is
    rebuilt from placeholders. The cost follows the size of the change, not
    of the spec.
    """
    steps = plan(before.api, after.api, config)
    old, new = render_side(before.api, steps), render_side(after.api, steps)
    return count(old, new, before, after, config)


def count(
    old: Mapping[str, str],
    new: Mapping[str, str],
    before: Side,
    after: Side,
    config: Config,
) -> DiffStat:
    """The diffstat of two sides' unformatted files (from ``render_side``)."""
    pairs = {
        path: (old.get(path), new.get(path))
        for path in sorted(set(old) | set(new))
        if old.get(path) != new.get(path)
    }
    counts = count_lines(
        pairs, package=after.api.package, without_prelude=frozenset({MODELS})
    )
    stats = [
        FileStat(
            path,
            added,
            removed,
            (
                "added"
                if pairs[path][0] is None
                else "removed" if pairs[path][1] is None else "changed"
            ),
        )
        for path, (added, removed) in counts.items()
    ]
    marker = _marker(
        (set(old) | {MODELS}, set(new) | {MODELS}), set(counts), before, after
    )
    if marker is not None:
        stats.append(marker)
    folder = relative_name(config.out / after.api.package, config.root)
    return DiffStat(folder, tuple(sorted(stats, key=lambda f: f.path)))


def render_side(api: Api, steps: RenderPlan) -> dict[str, str]:
    """One side's unformatted files: all of them, or only the models, as planned."""
    names = steps.models
    document = _subset(api, names)
    if not steps.whole:
        if not names:
            return {}
        models = (
            render_models(document, package=api.package, header="") if document else ""
        )
        return {MODELS: models}
    files = render_package(
        replace(api, schemas=document if document is not None else _STUB),
        source_name=steps.source_name,
    )
    if document is None:  # the stub's models say nothing
        files[MODELS] = ""
    if not names:
        del files[MODELS]
    return files


def _changed_models(before: Api, after: Api) -> set[str]:
    """Schemas that differ, with what their models need: the schemas they refer
    to, and the schemas that get a copy of them."""
    old, new = _schemas(before), _schemas(after)
    changed = {name for name in set(old) | set(new) if old.get(name) != new.get(name)}
    if not changed:
        return set()
    # A reference with siblings (``{$ref: A, type: object}``) makes the model
    # generator copy A's fields into a new class: such users change with A.
    copies: dict[str, set[str]] = {}
    for schemas in (old, new):
        for user, schema in schemas.items():
            for target, copied in _refs(schema):
                if copied:
                    copies.setdefault(target, set()).add(user)
    names: set[str] = set()
    stack = sorted(changed)
    while stack:
        name = stack.pop()
        if name in names:
            continue
        names.add(name)
        for schemas in (old, new):
            stack += [r for r, _ in _refs(schemas.get(name)) if r in old or r in new]
        stack += sorted(copies.get(name, ()))
    return names


def _subset(api: Api, names: frozenset[str]) -> dict[str, Any] | None:
    """The model generator's input with only the schemas in ``names`` (spec order)."""
    subset = {name: schema for name, schema in _schemas(api).items() if name in names}
    if not subset:
        return None
    return {**api.schemas, "components": {"schemas": subset}}


def _schemas(api: Api) -> Mapping[str, Any]:
    components = api.schemas.get("components") or {}
    schemas = components.get("schemas") or {}
    return schemas if isinstance(schemas, Mapping) else {}


def _refs(node: Any) -> Iterator[tuple[str, bool]]:
    """Schema names ``node`` refers to, each with whether the reference has
    siblings that make the model generator copy the target."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            ref = item.get("$ref")
            name = schema_key(ref) if isinstance(ref, str) else None
            if name is not None:
                yield name, any(
                    k not in _PLAIN_SIBLINGS and not is_doc_key(k) for k in item
                )
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _marker(
    present: tuple[set[str], set[str]], changed: set[str], before: Side, after: Side
) -> FileStat | None:
    """The marker file's change: it lists a hash per file, and the spec's hash.

    Rebuilt with placeholders for the file hashes: equal where a file is
    unchanged, different where it changed, so its lines differ where the real
    marker's would.
    """

    def lines(side: Side, tag: str, paths: set[str]) -> list[str]:
        files = {p: f"{tag if p in changed else 'same'}:{p}" for p in paths}
        inputs = {
            "generator": __version__,
            "spec": hashlib.sha256(side.source).hexdigest(),
            "templates": "-",
            "config": "-",
        }
        return with_marker(files, inputs)[MARKER].splitlines()

    old, new = lines(before, "old", present[0]), lines(after, "new", present[1])
    if old == new:
        return None
    added = removed = 0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed += i2 - i1
            added += j2 - j1
    return FileStat(MARKER, added, removed, "changed")
