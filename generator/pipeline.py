"""The generation pipeline: load -> validate -> IR -> render -> format, in memory."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.build_ir import build_api
from generator.config import Config
from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.fingerprint import inputs
from generator.format import format_files
from generator.hoist import hoist_inline_schemas
from generator.ir import Api, Operation
from generator.load import Spec, load_spec
from generator.patch import apply_patch
from generator.refs import bundle
from generator.render import render_package
from generator.sandbox import offline
from generator.validate import validate
from generator.write import with_marker

__all__ = [
    "CACHE_FOLDER",
    "Generated",
    "build",
    "generate",
    "load_checked",
    "relative_name",
]

# Formatted files by content, beside pyproject.toml (git-ignored).
CACHE_FOLDER = ".generator-cache"


@dataclass(frozen=True)
class Generated:
    """A generated package: its files (paths relative to the package folder)."""

    api: Api
    files: dict[str, str]
    warnings: tuple[Diagnostic, ...]

    def summary(self) -> str:
        operations = sum(1 for _ in _operations(self.api))
        return (
            f"{operations} operations, {len(self.api.models)} models, 0 skipped, "
            f"{len(self.warnings)} warnings"
        )


def _operations(api: Api) -> list[Operation]:
    stack, found = list(api.resources), list[Operation]()
    while stack:
        resource = stack.pop()
        found.extend(resource.operations)
        stack.extend(resource.children)
    return found


def relative_name(path: Path, root: Path) -> str:
    """``path`` as shown in generated headers: relative to the project, POSIX style."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def load_checked(path: Path, config: Config) -> tuple[Spec, list[Diagnostic]]:
    """Load, bundle, patch and validate; raise ``SpecError`` on errors, return the warnings."""
    spec = bundle(load_spec(path))
    spec = replace(spec, data=apply_patch(spec.data, config.patch))
    problems = validate(spec)
    if any(d.severity is Severity.ERROR for d in problems):
        raise SpecError(problems)
    return spec, problems


def build(spec: Spec, config: Config) -> Api:
    """The IR of a checked spec, inline schemas named first."""
    hoisted = hoist_inline_schemas(spec.data)
    return build_api(replace(spec, data=hoisted.data), config)


def generate(config: Config) -> Generated:
    """Every file of the package for ``config``; nothing is written, nothing fetched."""
    with offline():
        spec, warnings = load_checked(config.spec, config)
        api = build(spec, config)
        source_name = relative_name(config.spec, config.root)
        files = render_package(api, source_name=source_name)
        files = format_files(
            files, package=api.package, cache=config.root / CACHE_FOLDER
        )
        files = with_marker(files, inputs(config))
    return Generated(api, files, tuple(sorted([*warnings, *api.warnings])))
