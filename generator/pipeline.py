"""The generation pipeline: load -> validate -> IR -> render -> format, in memory."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from generator import __version__
from generator.build_ir import build_api
from generator.config import Config
from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.format import format_files
from generator.ir import Api, Operation
from generator.load import Spec, load_spec
from generator.patch import apply_patch
from generator.refs import bundle
from generator.render import TEMPLATES, render_package
from generator.sandbox import offline
from generator.validate import validate
from generator.write import with_marker

__all__ = ["Generated", "generate", "load_checked", "relative_name"]


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


def generate(config: Config) -> Generated:
    """Every file of the package for ``config``; nothing is written, nothing fetched."""
    with offline():
        spec, warnings = load_checked(config.spec, config)
        api = build_api(spec, config)
        source_name = relative_name(config.spec, config.root)
        files = render_package(api, source_name=source_name)
        files = format_files(files, package=api.package)
        files = with_marker(files, _inputs(spec, config))
    return Generated(api, files, tuple(warnings))


def _inputs(spec: Spec, config: Config) -> dict[str, str]:
    """Hashes of everything the output depends on, recorded beside it."""
    templates = hashlib.sha256()
    for path in sorted(TEMPLATES.rglob("*")):
        if path.is_file():
            templates.update(path.relative_to(TEMPLATES).as_posix().encode() + b"\0")
            templates.update(path.read_bytes() + b"\0")
    settings = json.dumps(config.fingerprint(), sort_keys=True).encode()
    return {
        "generator": __version__,
        "spec": spec.digest(),
        "templates": templates.hexdigest(),
        "config": hashlib.sha256(settings).hexdigest(),
    }
