"""Apply OpenAPI Overlays (Overlay Specification 1.0): ``update`` and ``remove`` actions.

An overlay file is untrusted input like a spec: it is read by the same safe
loader, its shape is checked, and every problem is reported at its line
(``overlay.yaml:LINE:COL: /actions/N/target: message``). Targets are RFC 9535
JSONPath queries, evaluated by python-jsonpath. Actions apply in order, each
to the result of the one before. An ``update`` merges an object into each
selected object (recursively: objects merge, anything else replaces) or
appends its value to each selected array; ``remove: true`` takes each
selected node out of its parent. A target that selects nothing is an error,
so an overlay that an upstream change has made obsolete is noticed.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.config import ConfigError
from generator.diagnostics import Diagnostic, SpecError
from generator.load import Origin, Spec, load_spec
from generator.pointers import extend, pointer

if TYPE_CHECKING:
    from jsonpath import JSONPath, JSONPathEnvironment

__all__ = ["Action", "Overlay", "apply_overlays", "load_overlay"]

_VERSION = re.compile(r"1\.0\.\d+")
_ROOT_KEYS = frozenset({"overlay", "info", "extends", "actions"})
_INFO_KEYS = frozenset({"title", "version"})
_ACTION_KEYS = frozenset({"target", "description", "update", "remove"})


_Report = Callable[[str, str], None]


@dataclass(frozen=True)
class Action:
    """One action: where it is in its file, its query, and what it does."""

    index: int
    target: str
    query: JSONPath
    update: Any
    remove: bool

    @property
    def pointer(self) -> str:
        return pointer("actions", self.index)


@dataclass(frozen=True)
class Overlay:
    """A checked overlay file: the loaded document (to locate problems) and its actions."""

    source: Spec
    actions: tuple[Action, ...]


@functools.cache
def _environment() -> JSONPathEnvironment:
    from jsonpath import JSONPathEnvironment

    return JSONPathEnvironment(strict=True)  # RFC 9535, no extensions


def load_overlay(path: Path) -> Overlay:
    """Read and check an overlay file; ``SpecError`` with every problem located."""
    try:
        source = load_spec(path)
    except OSError as exc:
        raise ConfigError(f"overlay {path}: {exc.strerror or exc}") from None
    problems: list[Diagnostic] = []
    actions = tuple(_check(source, problems))
    if problems:
        raise SpecError(problems)
    return Overlay(source, actions)


def _check(source: Spec, problems: list[Diagnostic]) -> Iterator[Action]:
    data = source.data

    def problem(ptr: str, message: str) -> None:
        problems.append(source.diagnostic(ptr, message))

    version = data.get("overlay")
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        problem(
            "/overlay" if "overlay" in data else "",
            f"'overlay' must be the version 1.0.x of the Overlay Specification, not {version!r}",
        )
    info = data.get("info")
    if not isinstance(info, dict):
        problem(
            "/info" if "info" in data else "",
            "'info' must be an object with a title and a version",
        )
    else:
        for key in sorted(_INFO_KEYS):
            if not isinstance(info.get(key), str):
                problem(
                    pointer("info", key) if key in info else "/info",
                    f"info.{key} must be a string",
                )
        _unknown(info, _INFO_KEYS, "/info", problem)
    if "extends" in data and not isinstance(data["extends"], str):
        problem("/extends", "'extends' must be a URI reference (a string)")
    _unknown(data, _ROOT_KEYS, "", problem)
    raw_actions = data.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        problem(
            "/actions" if "actions" in data else "",
            "'actions' must be a non-empty list",
        )
        return
    for index, raw in enumerate(raw_actions):
        action = _action(index, raw, problem)
        if action is not None:
            yield action


def _action(index: int, raw: Any, problem: _Report) -> Action | None:
    where = pointer("actions", index)
    if not isinstance(raw, dict):
        problem(where, "an action must be an object with a target")
        return None
    ok = _unknown(raw, _ACTION_KEYS, where, problem)
    if "description" in raw and not isinstance(raw["description"], str):
        problem(extend(where, "description"), "'description' must be a string")
        ok = False
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        problem(extend(where, "remove"), "'remove' must be true or false")
        return None
    if not remove and "update" not in raw:
        problem(where, "the action does nothing: give it an 'update' or 'remove: true'")
        ok = False
    target = raw.get("target")
    if not isinstance(target, str):
        problem(
            extend(where, "target") if "target" in raw else where,
            "'target' must be a JSONPath query (a string starting with '$')",
        )
        return None
    from jsonpath import JSONPathError

    try:
        query = _environment().compile(target)
    except JSONPathError as exc:
        problem(
            extend(where, "target"), f"invalid JSONPath {target!r}: {_first_line(exc)}"
        )
        return None
    if not ok:
        return None
    return Action(
        index,
        target,
        query,  # type: ignore[arg-type]  # strict mode compiles no compound paths
        raw.get("update"),
        remove,
    )


def _unknown(
    node: dict[str, Any], known: frozenset[str], where: str, problem: _Report
) -> bool:
    extra = sorted(k for k in node if k not in known and not k.startswith("x-"))
    for key in extra:
        problem(
            extend(where, key),
            f"unknown field {key!r} (expected one of {', '.join(sorted(known))}, or x-...)",
        )
    return not extra


def _first_line(exc: Exception) -> str:
    lines = str(exc).splitlines()
    return lines[0] if lines else type(exc).__name__


def apply_overlays(
    spec: Spec, paths: Sequence[Path], *, lenient: bool = False
) -> tuple[Spec, tuple[Diagnostic, ...]]:
    """``spec`` with the overlays at ``paths`` applied, in order.

    An action that cannot apply (a target that selects nothing, an update that
    does not fit what it selects) raises ``SpecError`` with every such problem;
    with ``lenient`` it is skipped and returned instead. The input is not modified.
    """
    if not paths:
        return spec, ()
    overlays = [load_overlay(path) for path in paths]
    data = _copy(spec.data)
    origins: list[Origin] = list(spec.origins)
    problems: list[Diagnostic] = []
    for overlay in overlays:
        for action in overlay.actions:
            problems += _apply(data, overlay.source, action, spec, origins)
    if problems and not lenient:
        raise SpecError(problems)
    return replace(spec, data=data, origins=tuple(origins)), tuple(sorted(problems))


def _copy(data: dict[str, Any]) -> dict[str, Any]:
    """An independent copy: a YAML alias becomes its own node, so an update of one
    place changes only that place."""
    try:
        result: dict[str, Any] = json.loads(json.dumps(data))
        return result
    except (TypeError, ValueError):  # a self-referential alias
        return copy.deepcopy(data)


def _apply(
    data: dict[str, Any],
    source: Spec,
    action: Action,
    spec: Spec,
    origins: list[Origin],
) -> list[Diagnostic]:
    from jsonpath import JSONPathError

    target = extend(action.pointer, "target")
    try:
        matches = list(action.query.finditer(data))
    except JSONPathError as exc:
        return [
            source.diagnostic(
                target, f"cannot evaluate {action.target!r}: {_first_line(exc)}"
            )
        ]
    if not matches:
        return [
            source.diagnostic(
                target, f"{action.target!r} selects nothing in {spec.path}"
            )
        ]
    if action.remove:
        return _remove(matches, source, target)
    problems = []
    for match in matches:
        node, where = match.obj, pointer(*match.parts)
        update = extend(action.pointer, "update")
        if isinstance(node, dict):
            if not isinstance(action.update, dict):
                problems.append(
                    source.diagnostic(
                        update,
                        f"{action.target!r} selects an object ({where or '/'}), "
                        f"so 'update' must be an object, not {_kind(action.update)}",
                    )
                )
                continue
            _merge(node, action.update, where, source, update, origins)
        elif isinstance(node, list):
            origins.append(Origin(extend(where, len(node)), source, update))
            node.append(copy.deepcopy(action.update))
        else:
            problems.append(
                source.diagnostic(
                    target,
                    f"{action.target!r} selects {_kind(node)} at {where}: only objects "
                    "and arrays can be updated (select the object that holds it)",
                )
            )
    return problems


def _merge(
    node: dict[str, Any],
    update: dict[str, Any],
    where: str,
    source: Spec,
    at: str,
    origins: list[Origin],
) -> None:
    """Merge ``update`` into ``node``: objects recursively, anything else replaces."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            _merge(
                node[key], value, extend(where, key), source, extend(at, key), origins
            )
        else:
            node[key] = copy.deepcopy(value)
            # a problem in what the overlay put there is reported in the overlay
            origins.append(Origin(extend(where, key), source, extend(at, key)))


def _remove(matches: list[Any], source: Spec, target: str) -> list[Diagnostic]:
    problems = []
    # array items from the last, so that each index still names its item
    for match in sorted(
        matches,
        key=lambda m: m.parts[-1] if m.parts and isinstance(m.parts[-1], int) else -1,
        reverse=True,
    ):
        if match.parent is None:
            problems.append(
                source.diagnostic(
                    target, "'$' is the whole document: it cannot be removed"
                )
            )
            continue
        container, key = match.parent.obj, match.parts[-1]
        if isinstance(container, dict):
            container.pop(key, None)
        elif (
            isinstance(container, list)
            and 0 <= key < len(container)
            and container[key] is match.obj
        ):
            del container[key]
    return problems


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "a boolean",
        str: "a string",
        int: "a number",
        float: "a number",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)
