"""Put a generated file set on disk atomically, or compare it with what is there.

The package folder is replaced as a whole: the new tree is built beside it
(unchanged files hard-linked, not rewritten), then swapped in with one
``renameat2(RENAME_EXCHANGE)`` where the OS has it. A run killed at any moment
leaves either the old tree or the new one, never a mix.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import difflib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "MARKER",
    "Changes",
    "OutputError",
    "compare",
    "is_current",
    "with_marker",
    "write_tree",
]

# Present in every folder this generator made; its absence means "not ours".
MARKER = "_generated.json"


class OutputError(Exception):
    """The output folder cannot be written safely."""


@dataclass(frozen=True)
class Changes:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"


def with_marker(files: Mapping[str, str], inputs: Mapping[str, str]) -> dict[str, str]:
    """``files`` plus the marker, which records input and output hashes."""
    manifest = {
        "inputs": dict(sorted(inputs.items())),
        "files": {
            path: _sha256(text.encode("utf-8")) for path, text in sorted(files.items())
        },
    }
    return {**files, MARKER: json.dumps(manifest, indent=2, sort_keys=True) + "\n"}


def is_current(target: Path, inputs: Mapping[str, str]) -> bool:
    """True when ``target`` was made from exactly ``inputs`` and is unedited since.

    Reads only the marker and hashes the files it lists: no generation needed.
    """
    try:
        manifest = json.loads((target / MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(manifest, dict) or manifest.get("inputs") != dict(inputs):
        return False
    expected = manifest.get("files")
    if not isinstance(expected, dict):
        return False
    on_disk = _existing(target)
    if set(on_disk) != set(expected) | {MARKER}:
        return False
    return all(_sha256(on_disk[path]) == digest for path, digest in expected.items())


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _existing(target: Path) -> dict[str, bytes]:
    if not target.exists():
        return {}
    return {
        p.relative_to(target).as_posix(): p.read_bytes()
        for p in sorted(target.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(files: Mapping[str, str], target: Path) -> tuple[Changes, str]:
    """What writing ``files`` to ``target`` would change, and a unified diff of it."""
    old = _existing(target)
    new = {path: text.encode("utf-8") for path, text in files.items()}
    changes = Changes(
        added=tuple(sorted(set(new) - set(old))),
        changed=tuple(sorted(p for p in set(new) & set(old) if new[p] != old[p])),
        removed=tuple(sorted(set(old) - set(new))),
    )
    diff: list[str] = []
    for path in sorted(
        set(changes.added) | set(changes.changed) | set(changes.removed)
    ):
        before = old.get(path, b"").decode("utf-8", "replace").splitlines(keepends=True)
        after = new.get(path, b"").decode("utf-8", "replace").splitlines(keepends=True)
        diff.extend(difflib.unified_diff(before, after, f"a/{path}", f"b/{path}", n=2))
    return changes, "".join(
        line if line.endswith("\n") else line + "\n" for line in diff
    )


def write_tree(files: Mapping[str, str], target: Path) -> Changes:
    """Replace the folder ``target`` with exactly ``files``; atomic; returns what changed."""
    if target.exists() and not (target / MARKER).is_file():
        raise OutputError(
            f"refusing to replace {target}: it has no {MARKER}, so this generator did not "
            "make it (choose another --out or --package, or remove the folder yourself)"
        )
    changes, _ = compare(files, target)
    if not changes and target.exists():
        return changes
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    _recover(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=parent))
    try:
        for path, text in sorted(files.items()):
            dest = staging / path
            dest.parent.mkdir(parents=True, exist_ok=True)
            source = target / path
            if path not in changes.added and path not in changes.changed:
                try:
                    os.link(source, dest)  # unchanged: same inode, not rewritten
                    continue
                except OSError:
                    pass
            with open(dest, "wb") as handle:
                handle.write(text.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
        _fsync_dir(staging)
        if target.exists():
            if _exchange(staging, target):
                shutil.rmtree(staging)  # now holds the old tree
            else:
                old = parent / f".{target.name}.old"
                shutil.rmtree(old, ignore_errors=True)
                os.rename(target, old)
                os.rename(staging, target)
                shutil.rmtree(old)
        else:
            os.rename(staging, target)
        _fsync_dir(parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return changes


def _recover(target: Path) -> None:
    """Undo a run killed between the two renames of the fallback swap."""
    old = target.parent / f".{target.name}.old"
    if old.exists() and not target.exists():
        os.rename(old, target)
    for leftover in target.parent.glob(f".{target.name}.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two folders (Linux renameat2); False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE
    )
    return bool(result == 0)
