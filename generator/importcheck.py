"""Check that every name the wrappers import from ``models.py`` is defined there."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import PurePosixPath

__all__ = ["DanglingImportError", "check_model_imports", "dangling_imports"]

_MODELS = "models.py"


class DanglingImportError(Exception):
    """The wrappers name a model the model generator did not make: a generator bug."""

    def __init__(self, dangling: list[str]) -> None:
        self.dangling = dangling
        shown = ", ".join(dangling[:5]) + (", ..." if len(dangling) > 5 else "")
        super().__init__(
            "generator bug: the wrappers import names that models.py does not "
            f"define: {shown}; the generated client would fail with ImportError"
        )


def check_model_imports(files: Mapping[str, str], *, package: str) -> None:
    """Raise ``DanglingImportError`` if a file of ``files`` (paths relative to
    the package, ``models.py`` among them) imports from the models module a
    name it does not define."""
    dangling = dangling_imports(files, package=package)
    if dangling:
        raise DanglingImportError(dangling)


def dangling_imports(files: Mapping[str, str], *, package: str) -> list[str]:
    """``file: name`` for each name imported from ``models.py`` but not defined there."""
    defined = set(_top_level_names(ast.parse(files.get(_MODELS, ""))))
    found: list[str] = []
    for path, source in sorted(files.items()):
        if path == _MODELS or not path.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and _is_models(node, path, package):
                found.extend(
                    f"{path}: {alias.name}"
                    for alias in node.names
                    if alias.name not in defined
                )
    return found


def _is_models(node: ast.ImportFrom, path: str, package: str) -> bool:
    """Whether ``node`` in the file at ``path`` imports from the package's ``models``."""
    if node.level == 0:
        return node.module == f"{package}.models"
    folder = PurePosixPath(path).parent.parts
    up = node.level - 1  # a level of 1 is the file's own folder
    if up > len(folder):
        return False
    target = [*folder[: len(folder) - up], *(node.module or "").split(".")]
    return target == ["models"]


def _top_level_names(tree: ast.Module) -> Iterator[str]:
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            yield node.name
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    yield target.id
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                yield (alias.asname or alias.name).split(".")[0]
