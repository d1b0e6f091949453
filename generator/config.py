"""Generator settings, read from ``[tool.generator]`` in ``pyproject.toml``."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.pagination import PageScheme, parse_schemes

__all__ = [
    "Config",
    "ConfigError",
    "configured_spec",
    "defaults_for",
    "find_pyproject",
    "load_config",
]


class ConfigError(Exception):
    """The configuration is unusable; the message says which key and why."""


@dataclass(frozen=True)
class Config:
    """Everything a generation run depends on besides the spec and the templates."""

    root: Path
    spec: Path
    out: Path
    package: str = "client"
    client_name: str = "Api"
    env_prefix: str = "API"
    # operationId -> "resource.method" (or "method" to keep the resource)
    rename: Mapping[str, str] = field(default_factory=dict)
    # overlay files (Overlay Specification 1.0), applied in order before validation
    overlays: tuple[Path, ...] = ()
    # operationId -> component schema of the events it streams with stream=True
    streams: Mapping[str, str] = field(default_factory=dict)
    # [tool.generator.pagination]: how list operations page
    pagination: tuple[PageScheme, ...] = ()
    # [tool.generator.retries]: headers that let a server recognise a retry
    retry_count_header: str = "x-stainless-retry-count"
    idempotency_header: str | None = None

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def fingerprint(self) -> dict[str, Any]:
        """The settings that shape generated output (paths excluded)."""
        return {
            "package": self.package,
            "client_name": self.client_name,
            "env_prefix": self.env_prefix,
            "rename": dict(sorted(self.rename.items())),
            "overlays": [_relative(p, self.root) for p in self.overlays],
            "streams": dict(sorted(self.streams.items())),
            "pagination": [vars(s) for s in self.pagination],
            "retries": [self.retry_count_header, self.idempotency_header],
        }


def _relative(path: Path, root: Path) -> str:
    """``path`` as the manifest records it: the same on every machine."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def defaults_for(spec: Path, *, root: Path, out: Path, title: str) -> Config:
    """Settings for a spec no settings are written for: nothing but names,
    derived from its title (else its file name)."""
    from generator.naming import derived_names

    package, client_name, env_prefix = derived_names(title, spec.stem)
    return Config(
        root=root,
        spec=spec,
        out=out,
        package=package,
        client_name=client_name,
        env_prefix=env_prefix,
    )


def _table(path: Path) -> dict[str, Any]:
    try:
        table = (
            tomllib.loads(path.read_text("utf-8")).get("tool", {}).get("generator", {})
        )
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.generator] must be a table")
    return table


def configured_spec(path: Path) -> Path | None:
    """The spec the settings in ``path`` are for, or None where they name none."""
    spec = _table(path).get("spec")
    return path.parent / spec if isinstance(spec, str) else None


def load_config(pyproject: Path | None) -> Config:
    """Read ``[tool.generator]`` (of pyproject.toml, or of any TOML file with that
    table); paths in it are relative to the file's folder."""
    if pyproject is None:
        root = Path.cwd()
        return Config(root=root, spec=root / "openapi.yaml", out=root / "generated")
    root = pyproject.parent
    table = _table(pyproject)
    known = {
        "spec",
        "out",
        "package",
        "client-name",
        "env-prefix",
        "rename",
        "overlays",
        "streams",
        "pagination",
        "retries",
    }
    if "patch" in table:
        raise ConfigError(
            f"{pyproject}: [tool.generator.patch] is no longer supported: write its "
            "changes as an overlay (Overlay Specification 1.0) and list the file in "
            '[tool.generator] overlays = ["..."] (see the README, "Overlays")'
        )
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(
            f"{pyproject}: unknown [tool.generator] key(s): {', '.join(unknown)}"
        )
    for key in ("spec", "out", "package", "client-name", "env-prefix"):
        if key in table and not isinstance(table[key], str):
            raise ConfigError(f"{pyproject}: [tool.generator] {key} must be a string")
    overlays = table.get("overlays", [])
    if not isinstance(overlays, list) or not all(
        isinstance(p, str) and p for p in overlays
    ):
        raise ConfigError(
            f"{pyproject}: [tool.generator] overlays must be a list of file paths"
        )
    for key in ("rename", "streams"):
        if not isinstance(table.get(key, {}), dict):
            raise ConfigError(f"{pyproject}: [tool.generator.{key}] must be a table")
    for key in ("rename", "streams"):
        bad = [k for k, v in table.get(key, {}).items() if not isinstance(v, str)]
        if bad:
            raise ConfigError(
                f"{pyproject}: [tool.generator.{key}] {bad[0]} must map to a string"
            )
    try:
        pagination = parse_schemes(table.get("pagination", {}))
    except ValueError as exc:
        raise ConfigError(f"{pyproject}: {exc}") from None
    retries = table.get("retries", {})
    if not isinstance(retries, dict) or set(retries) - {
        "count-header",
        "idempotency-header",
    }:
        raise ConfigError(
            f"{pyproject}: [tool.generator.retries] takes count-header and "
            "idempotency-header"
        )
    if not all(
        isinstance(v, str) and re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", v)
        for v in retries.values()
    ):
        raise ConfigError(
            f"{pyproject}: [tool.generator.retries] values must be header names"
        )
    return Config(
        root=root,
        spec=root / table.get("spec", "openapi.yaml"),
        out=root / table.get("out", "generated"),
        package=table.get("package", "client"),
        client_name=table.get("client-name", "Api"),
        env_prefix=table.get("env-prefix", "API"),
        rename=dict(table.get("rename", {})),
        streams=dict(table.get("streams", {})),
        overlays=tuple(root / p for p in overlays),
        pagination=pagination,
        retry_count_header=retries.get("count-header", "x-stainless-retry-count"),
        idempotency_header=retries.get("idempotency-header"),
    )
