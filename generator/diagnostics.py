"""Located problems found in a spec, collected rather than raised one at a time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Diagnostic", "Severity", "SpecError", "escape_pointer", "pointer"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem: where it is (file, line, column, JSON pointer) and what it is."""

    path: str
    line: int
    col: int
    pointer: str
    message: str
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        where = f"{self.path}:{self.line}:{self.col}"
        return f"{where}: {self.pointer or '/'}: {prefix}{self.message}"


class SpecError(Exception):
    """Raised by a stage when the spec has errors; carries all of them, sorted."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(sorted(diagnostics))
        super().__init__(f"{len(self.diagnostics)} problem(s) in the spec")


def escape_pointer(token: str | int) -> str:
    """Escape one JSON pointer token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer from raw tokens."""
    return "".join("/" + escape_pointer(t) for t in tokens)
