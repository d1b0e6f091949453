"""Located problems found in a spec, collected rather than raised one at a time."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Diagnostic", "Severity", "SpecError"]


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
    # the rule that found it (see generator.rules), "" for parse and schema errors
    rule: str = field(default="", compare=False)

    def format(self) -> str:
        """``PATH:LINE:COL: /pointer: message`` on one line, spec text made visible."""
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        where = f"{self.path}:{self.line}:{self.col}"
        return _visible(f"{where}: {self.pointer or '/'}: {prefix}{self.message}")


# Line breaks, terminal escapes and bidirectional overrides a spec may contain:
# printed as escapes, so that one problem is one line and the terminal shows it as it is.
_INVISIBLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def _visible(text: str) -> str:
    return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


class SpecError(Exception):
    """Raised by a stage when the spec has errors; carries all of them, sorted."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(sorted(diagnostics))
        super().__init__(f"{len(self.diagnostics)} problem(s) in the spec")
