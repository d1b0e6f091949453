"""How local a regeneration's changes are: what moved outside the new code."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Locality", "hunks", "locality", "read_tree"]

# Hashes of every input and output: it changes with any change, by design.
MANIFEST = "_generated.json"
# A new endpoint's own code may add lines here: its models, and the client's
# accessor for its resource. Anywhere else, and any removed or rewritten line,
# is a change outside the new code.
OWN_ADDITIONS = frozenset({"models.py", "_client.py"})


@dataclass(frozen=True)
class Locality:
    hunks: int  # every changed region (as `diff -U0` counts), new files aside
    added_files: tuple[str, ...]
    outside_files: tuple[str, ...]
    outside_lines: int
    details: list[str] = field(default_factory=list)


def read_tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` as text, by POSIX relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_text("utf-8", "replace")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _opcodes(before: str, after: str) -> list[tuple[str, int, int, int, int]]:
    matcher = difflib.SequenceMatcher(
        None, before.splitlines(), after.splitlines(), autojunk=False
    )
    return [op for op in matcher.get_opcodes() if op[0] != "equal"]


def hunks(before: str, after: str) -> tuple[int, int]:
    """Changed regions of one file, and how many of them touch existing lines."""
    ops = _opcodes(before, after)
    return len(ops), sum(1 for op in ops if op[0] != "insert")


def locality(before: Mapping[str, str], after: Mapping[str, str]) -> Locality:
    """What changed from ``before`` to ``after`` outside the new code."""
    total = 0
    outside_lines = 0
    outside: set[str] = set()
    details: list[str] = []
    for path in sorted(set(before) | set(after)):
        if path == MANIFEST or before.get(path) == after.get(path):
            continue
        if path not in before:
            continue  # a new module: the new endpoint's own
        if path not in after:
            outside.add(path)
            outside_lines += len(before[path].splitlines())
            details.append(f"{path}: removed")
            continue
        for tag, i1, i2, j1, j2 in _opcodes(before[path], after[path]):
            total += 1
            if tag == "insert" and path in OWN_ADDITIONS:
                continue
            outside.add(path)
            outside_lines += (i2 - i1) + (j2 - j1)
            details.append(f"{path}:{i1 + 1}: {tag} -{i2 - i1} +{j2 - j1}")
    return Locality(
        hunks=total,
        added_files=tuple(sorted(set(after) - set(before))),
        outside_files=tuple(sorted(outside)),
        outside_lines=outside_lines,
        details=details,
    )
