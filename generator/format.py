"""Format generated Python source: imports sorted (isort), then black.

Black is most of a cold run's cost, so files are formatted on every core, and
each result is kept in a content-addressed cache: a file whose unformatted
text was seen before is not formatted again.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

__all__ = ["format_files"]

# Keep at most this many cached results (the oldest go first).
MAX_CACHE_ENTRIES = 4000


def _settings_key(package: str) -> str:
    from importlib.metadata import version

    return f"black {version('black')} isort {version('isort')} py311 {package}"


def format_source(source: str, package: str) -> str:
    """One file: isort with black's profile, then black."""
    import black
    import isort

    mode = black.Mode(target_versions={black.mode.TargetVersion.PY311})
    settings = isort.Config(
        profile="black",
        known_first_party=[package],
        combine_as_imports=True,
        quiet=True,
    )
    try:
        source = isort.code(source, config=settings)
    except isort.exceptions.FileSkipComment:
        pass  # spec text said "isort:skip_file": the imports stay in template order
    return black.format_str(source, mode=mode)


def _format_one(item: tuple[str, str]) -> str:
    source, package = item
    return format_source(source, package)


def format_files(
    files: Mapping[str, str], *, package: str, cache: Path | None = None
) -> dict[str, str]:
    """The same files, every ``.py`` one formatted; ``cache`` is a folder for results."""
    salt = _settings_key(package)
    keys = {
        path: hashlib.sha256(f"{salt}\0{source}".encode()).hexdigest()
        for path, source in files.items()
        if path.endswith(".py")
    }
    formatted = {path: source for path, source in files.items() if path not in keys}
    missing = []
    for path, key in keys.items():
        hit = _read(cache, key)
        if hit is None:
            missing.append(path)
        else:
            formatted[path] = hit
    # Largest first, so that one big file does not run alone at the end.
    missing.sort(key=lambda p: -len(files[p]))
    workers = min(len(missing), os.cpu_count() or 1)
    # a daemonic process (a pool's worker) may not start processes of its own
    nested = multiprocessing.current_process().daemon
    if workers > 1 and not nested and sum(len(files[p]) for p in missing) > 200_000:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(
                pool.map(_format_one, [(files[p], package) for p in missing])
            )
    else:
        results = [format_source(files[p], package) for p in missing]
    for path, result in zip(missing, results, strict=True):
        formatted[path] = result
        _write(cache, keys[path], result)
    if cache is not None and missing:
        _prune(cache)
    return dict(sorted(formatted.items()))


def _read(cache: Path | None, key: str) -> str | None:
    if cache is None:
        return None
    entry = cache / key
    try:
        text = entry.read_text("utf-8")
        os.utime(entry)  # recently used: pruned last
    except OSError:
        return None
    return text


def _write(cache: Path | None, key: str, text: str) -> None:
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
    try:
        entries = sorted(cache.iterdir(), key=lambda p: p.stat().st_mtime)
        for old in entries[: max(0, len(entries) - MAX_CACHE_ENTRIES)]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
