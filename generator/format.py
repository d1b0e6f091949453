"""Format generated Python source: imports sorted (isort), then black."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["format_files"]


def format_files(files: Mapping[str, str], *, package: str) -> dict[str, str]:
    """The same files, every ``.py`` one sorted and black-formatted."""
    import black
    import isort

    mode = black.Mode(target_versions={black.mode.TargetVersion.PY311})
    settings = isort.Config(
        profile="black",
        known_first_party=[package],
        combine_as_imports=True,
        quiet=True,
    )
    formatted = {}
    for path, source in sorted(files.items()):
        if path.endswith(".py"):
            source = black.format_str(isort.code(source, config=settings), mode=mode)
        formatted[path] = source
    return formatted
