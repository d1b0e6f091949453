"""Findings of a spec review: what changed, where, and whether it breaks clients."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from generator.oas import HTTP_METHODS

__all__ = [
    "Finding",
    "Severity",
    "operation_label",
    "operation_sort_key",
    "show",
    "sort_findings",
]

# Values longer than this are cut in reports; the pointer says where the rest is.
MAX_SHOWN = 160


class Severity(StrEnum):
    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    DOCUMENTATION = "documentation"


@dataclass(frozen=True)
class Finding:
    """One change between two specs, located by a JSON pointer into the spec that has it.

    ``pointer`` is in the new spec, or in the old one for something removed;
    ``also`` lists further places with the same change. ``operations`` are the
    operations it affects (``POST /images/edits``), sorted.
    """

    kind: str
    severity: Severity
    operations: tuple[str, ...]
    pointer: str
    before: str | None
    after: str | None
    message: str
    also: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": str(self.severity),
            "operations": list(self.operations),
            "pointer": self.pointer,
            "also": list(self.also),
            "before": self.before,
            "after": self.after,
            "message": self.message,
        }


def operation_label(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def operation_sort_key(label: str) -> tuple[str, int, str]:
    method, _, path = label.partition(" ")
    rank = (
        HTTP_METHODS.index(method.lower())
        if method.lower() in HTTP_METHODS
        else len(HTTP_METHODS)
    )
    return (path, rank, method)


_SECTION = {"paths": 0, "components": 1}


def _pointer_key(pointer: str) -> tuple[int, str]:
    head = pointer.split("/")[1] if pointer.count("/") else ""
    return (_SECTION.get(head, 2), pointer)


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Paths first, then components, then the rest; by pointer, then kind."""
    return tuple(
        sorted(
            findings,
            key=lambda f: (
                _pointer_key(f.pointer),
                f.kind,
                f.before or "",
                f.after or "",
            ),
        )
    )


_SPACE = re.compile(r"\s+")


def show(value: Any) -> str:
    """A short, stable one-line text for a spec value (JSON but for bare strings)."""
    if isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > MAX_SHOWN:
        text = text[: MAX_SHOWN - 1].rstrip() + "…"
    return text
