"""Format generated Python source: imports sorted (isort), then black."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

__all__ = ["format_files"]


def format_files(files: Mapping[str, str], *, package: str) -> dict[str, str]:
    """The same files, every ``.py`` one sorted and black-formatted."""
    return {
        path: _with_header(source, package) if path.endswith(".py") else source
        for path, source in sorted(files.items())
    }


def _with_header(source: str, package: str) -> str:
    # The header comment names the spec; formatting the rest on its own lets the
    # runtime modules (the same text under every header) be formatted once.
    header, newline, rest = source.partition("\n")
    if header.startswith("#") and rest.strip():
        return header + newline + _format(rest, package)
    return _format(source, package)


# The runtime modules are the same text in every run: format them once per process.
@lru_cache(maxsize=128)
def _format(source: str, package: str) -> str:
    import black
    import isort

    mode = black.Mode(target_versions={black.mode.TargetVersion.PY311})
    settings = isort.Config(profile="black", known_first_party=[package], quiet=True)
    try:
        source = isort.code(source, config=settings)
    except isort.exceptions.FileSkipComment:
        pass  # spec text said "isort:skip_file": the imports stay in template order
    return black.format_str(source, mode=mode)
