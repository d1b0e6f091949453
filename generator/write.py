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
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

__all__ = [
    "MARKER",
    "Changes",
    "OutputError",
    "check_target",
    "compare",
    "is_current",
    "with_marker",
    "write_tree",
]

# Present in every folder this generator made; its absence means "not ours".
MARKER = "_generated.json"
# What a generated file's path may be made of (no "..", no absolute paths).
_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


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


def _entries(target: Path) -> Iterator[tuple[str, Path]]:
    """Every file and symlink under ``target`` (symlinks are not followed), POSIX-relative."""
    for folder, dirs, names in os.walk(target):
        base = Path(folder)
        for name in sorted(names) + sorted(d for d in dirs if (base / d).is_symlink()):
            path = base / name
            yield path.relative_to(target).as_posix(), path
        dirs[:] = sorted(d for d in dirs if not (base / d).is_symlink())


def _ignored(relative: str) -> bool:
    """Interpreter caches and hidden files: not part of the package, never compared."""
    return any(
        part == "__pycache__" or part.startswith(".") for part in relative.split("/")
    )


def _existing(target: Path) -> dict[str, bytes]:
    """The regular files of the package now on disk (symlinks count as absent)."""
    if not target.is_dir() or target.is_symlink():
        return {}
    return {
        relative: path.read_bytes()
        for relative, path in _entries(target)
        if not _ignored(relative) and not path.is_symlink() and path.is_file()
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
    """Replace the folder ``target`` with exactly ``files``; atomic; returns what changed.

    Refuses (``OutputError``) a ``target`` this generator did not make, and file
    paths that would land outside it.
    """
    for path in files:
        _check_relative(path)
    parent = target.parent
    if not parent.is_dir():
        parent.mkdir(parents=True)
    lock = os.open(parent, os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one writer per output folder at a time
        _recover(target)
        check_target(target)
        return _replace(files, target)
    finally:
        os.close(lock)


def _check_relative(path: str) -> None:
    parts = PurePosixPath(path).parts
    if not parts or path.startswith("/") or not all(_PART.fullmatch(p) for p in parts):
        raise OutputError(f"refusing to write {path!r}: not a plain relative file name")


def check_target(target: Path) -> None:
    """Refuse (``OutputError``) a ``target`` this generator did not make, or
    that holds someone's files; ``write_tree`` checks again under its lock."""
    why = ""
    if target.is_symlink():
        why = "it is a symlink"
    elif not target.exists():
        return
    elif not target.is_dir():
        why = "it is not a folder"
    else:
        listed = _listed(target)
        if listed is None:
            why = f"it has no {MARKER} written by this generator, so this generator did not make it"
        else:
            foreign = [
                relative
                for relative, _ in _entries(target)
                if relative not in listed
                and relative != MARKER
                and not _ignored(relative)
            ]
            if foreign:
                shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
                why = f"it holds files this generator did not write ({shown})"
    if why:
        raise OutputError(
            f"refusing to replace {target}: {why} (choose another --out or --package, "
            "or move the folder away yourself)"
        )


def _listed(target: Path) -> set[str] | None:
    """The files the marker in ``target`` lists; None when there is no valid marker."""
    marker = target / MARKER
    if marker.is_symlink() or not marker.is_file():
        return None
    try:
        files = json.loads(marker.read_text("utf-8")).get("files")
    except (OSError, ValueError, AttributeError):
        return None
    return set(files) if isinstance(files, dict) else None


def _replace(files: Mapping[str, str], target: Path) -> Changes:
    changes, _ = compare(files, target)
    if not changes and target.exists():
        return changes
    parent = target.parent
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=parent))
    try:
        folders = {staging}
        for path, text in sorted(files.items()):
            dest = staging / path
            dest.parent.mkdir(parents=True, exist_ok=True)
            folders.add(dest.parent)
            source = target / path
            if path not in changes.added and path not in changes.changed:
                try:
                    # unchanged: same inode, not rewritten (never through a symlink)
                    os.link(source, dest, follow_symlinks=False)
                    continue
                except OSError:
                    pass
            with open(dest, "xb") as handle:
                handle.write(text.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
        for folder in sorted(folders, reverse=True):
            _fsync_dir(folder)
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
    """Finish or undo what a killed run left: a parked old tree, unfinished new ones."""
    old = target.parent / f".{target.name}.old"
    if old.exists() and not target.exists():
        os.rename(old, target)  # killed between the two renames: the old tree is whole
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)  # killed after them: the new one is
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
