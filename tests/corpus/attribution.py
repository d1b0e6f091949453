"""Reviewed causes of contract failures, read from attribution.toml; the rest are unattributed."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CAUSES", "DATA", "UNATTRIBUTED", "Known", "attribute", "load_known"]

DATA = Path(__file__).resolve().parent / "attribution.toml"
CAUSES = ("generator bug", "spec bug", "Prism limitation")
UNATTRIBUTED = "unattributed"
_KEYS = {"spec", "operations", "modes", "match", "cause", "evidence"}


@dataclass(frozen=True)
class Known:
    """One reviewed case: which failures it covers, their cause, and why."""

    index: int  # position in the file, to name the entry
    spec: str
    operations: tuple[str, ...]  # "METHOD /path" or operationId; empty: any
    modes: tuple[str, ...]  # "static" / "dynamic"; empty: both
    match: re.Pattern[str]  # searched in the reason, the request and the answer
    cause: str
    evidence: str

    def covers(
        self, spec: str, mode: str, operation: tuple[str, str], text: str
    ) -> bool:
        return (
            self.spec == spec
            and (not self.modes or mode in self.modes)
            and (not self.operations or any(o in self.operations for o in operation))
            and self.match.search(text) is not None
        )


def load_known(path: Path = DATA) -> list[Known]:
    """Every entry of the data file; a malformed one is an error naming it."""
    table = tomllib.loads(path.read_text("utf-8"))
    known = []
    for index, entry in enumerate(table.get("failure", []), 1):
        where = f"{path.name}: failure #{index}"
        unknown = set(entry) - _KEYS
        if unknown:
            raise ValueError(f"{where}: unknown key(s) {sorted(unknown)}")
        for key in ("spec", "match", "cause", "evidence"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise ValueError(f"{where}: {key} must be a non-empty string")
        if entry["cause"] not in CAUSES:
            raise ValueError(f"{where}: cause must be one of {CAUSES}")
        known.append(
            Known(
                index,
                entry["spec"],
                _strings(entry, "operations", where),
                _strings(entry, "modes", where),
                re.compile(entry["match"]),
                entry["cause"],
                entry["evidence"],
            )
        )
    return known


def _strings(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def attribute(
    known: list[Known], spec: str, mode: str, operation: tuple[str, str], text: str
) -> Known | None:
    """The first reviewed case covering a failure, or None: it stays unattributed."""
    return next((k for k in known if k.covers(spec, mode, operation, text)), None)
