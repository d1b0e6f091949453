"""Hashes of everything generated output depends on, for the manifest and --check."""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

from generator.config import Config
from generator.naming import snake_name

__all__ = ["SPEC_SUFFIXES", "inputs"]

GENERATOR = Path(__file__).resolve().parent
TEMPLATES = GENERATOR.parent / "templates"
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
# Third-party tools whose output lands in generated files.
TOOLS = ("datamodel-code-generator", "black", "isort")


def _tree_hash(
    root: Path, suffixes: tuple[str, ...] | None = None, skip: Path | None = None
) -> str:
    """Names and bytes of the files under ``root``; not under ``skip`` (the
    package folder, when a spec sits above it) nor in hidden folders (.venv)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        inner = path.relative_to(root).parts[:-1]
        if any(part.startswith(".") for part in inner) or (
            skip is not None and path.is_relative_to(skip)
        ):
            continue
        if suffixes is not None and path.suffix not in suffixes:
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _overlays_hash(config: Config) -> str:
    """The overlays' bytes, in order (a missing file hashes as missing: the run reports it)."""
    digest = hashlib.sha256()
    for path in config.overlays:
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def inputs(config: Config) -> dict[str, str]:
    """A hash per input: the spec's folder, overlays, templates, generator code,
    tools, settings.

    The spec's whole folder counts, since a spec may ``$ref`` its neighbours.
    """
    tools = {}
    for name in TOOLS:
        try:
            tools[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            tools[name] = "absent"
    settings = json.dumps(config.fingerprint(), sort_keys=True).encode()
    return {
        "spec": _tree_hash(
            config.spec.resolve().parent,
            SPEC_SUFFIXES,
            skip=(config.out / snake_name(config.package)).resolve(),
        ),
        "overlays": _overlays_hash(config),
        "templates": _tree_hash(TEMPLATES),
        "generator": _tree_hash(GENERATOR, (".py",)),
        "tools": hashlib.sha256(json.dumps(tools, sort_keys=True).encode()).hexdigest(),
        "config": hashlib.sha256(settings).hexdigest(),
    }
