"""Generator settings, read from ``[tool.generator]`` in ``pyproject.toml``."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.pagination import PageScheme, parse_schemes

__all__ = ["Config", "ConfigError", "find_pyproject", "load_config"]


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
    # JSON pointer -> value, set on the loaded spec before validation
    patch: Mapping[str, Any] = field(default_factory=dict)
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
            "patch": dict(sorted(self.patch.items())),
            "streams": dict(sorted(self.streams.items())),
            "pagination": [vars(s) for s in self.pagination],
            "retries": [self.retry_count_header, self.idempotency_header],
        }


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(pyproject: Path | None) -> Config:
    """Read ``[tool.generator]``; paths in it are relative to the file's folder."""
    if pyproject is None:
        root = Path.cwd()
        return Config(root=root, spec=root / "openapi.yaml", out=root / "generated")
    root = pyproject.parent
    try:
        table = (
            tomllib.loads(pyproject.read_text("utf-8"))
            .get("tool", {})
            .get("generator", {})
        )
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{pyproject}: {exc}") from None
    known = {
        "spec",
        "out",
        "package",
        "client-name",
        "env-prefix",
        "rename",
        "patch",
        "streams",
        "pagination",
        "retries",
    }
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(
            f"{pyproject}: unknown [tool.generator] key(s): {', '.join(unknown)}"
        )
    for key in ("spec", "out", "package", "client-name", "env-prefix"):
        if key in table and not isinstance(table[key], str):
            raise ConfigError(f"{pyproject}: [tool.generator] {key} must be a string")
    for key in ("rename", "patch", "streams"):
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
        patch=dict(table.get("patch", {})),
        pagination=pagination,
        retry_count_header=retries.get("count-header", "x-stainless-retry-count"),
        idempotency_header=retries.get("idempotency-header"),
    )
