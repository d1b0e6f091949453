"""Scratch copies of the project, so that each run starts from a known state."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

__all__ = [
    "FIXTURES",
    "ROOT",
    "add_query_parameter",
    "inodes",
    "scratch_project",
    "workdir",
]

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPEC = Path("spec") / "openapi.yaml"


@contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    """A temporary folder, removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix=f"bench-{prefix}-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def scratch_project(folder: Path, spec: Path) -> Path:
    """The project's settings with ``spec`` as its spec, in ``folder``.

    The format cache lives beside pyproject.toml and the package under
    generated/, so a new folder means a cold cache and no manifest.
    """
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    (folder / SPEC).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(spec, folder / SPEC)
    overlays = folder / SPEC.parent / "overlays"
    shutil.rmtree(overlays, ignore_errors=True)
    shutil.copytree(ROOT / "spec" / "overlays", overlays)
    return folder


def add_query_parameter(text: str, path: str, method: str, name: str) -> str:
    """``text`` (a YAML spec) with an optional string query parameter ``name``
    added to one operation, as a person would type it: nothing else moves."""
    root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if root is None:
        raise ValueError("the spec is empty")
    operation = _get(_get(_get(root, "paths"), path), method)
    parameters = _get(operation, "parameters")
    if not isinstance(parameters, yaml.SequenceNode) or not parameters.value:
        raise ValueError(f"{method.upper()} {path} has no parameters list to extend")
    first = parameters.value[0].start_mark
    lines = text.splitlines(keepends=True)
    indent = " " * first.column
    entry = (
        f"{indent[:-2]}- name: {name}\n"
        f"{indent}in: query\n"
        f"{indent}required: false\n"
        f"{indent}schema:\n"
        f"{indent}  type: string\n"
    )
    return "".join([*lines[: first.line], entry, *lines[first.line :]])


def _get(node: yaml.Node, key: str) -> yaml.Node:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v  # type: ignore[no-any-return]
    raise KeyError(f"no {key!r} in the spec where expected")


def inodes(folder: Path) -> dict[str, int]:
    """The inode of every file under ``folder``: a rewritten file gets a new one."""
    found: dict[str, int] = {}
    for base, _, names in os.walk(folder):
        for name in names:
            path = Path(base) / name
            if "__pycache__" not in path.parts:
                found[path.relative_to(folder).as_posix()] = path.stat().st_ino
    return found
