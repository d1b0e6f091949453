"""The results table: one row per measure, printed and written as Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Row", "markdown", "ratio", "seconds"]


@dataclass(frozen=True)
class Row:
    """One measure: our number, the peer's, their ratio, and the target it must meet."""

    measure: str
    ours: str
    peer: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None  # None: no target, or not measurable here
    rounds: int | None = None
    note: str = ""

    def cells(self) -> list[str]:
        met = {True: "yes", False: "**no**", None: ""}[self.met]
        n = "" if self.rounds is None else str(self.rounds)
        return [
            self.measure,
            self.ours,
            self.peer,
            self.ratio,
            self.target,
            met,
            n,
            self.note,
        ]


HEADER = ["measure", "ours", "peer", "ratio", "target", "met", "N", "note"]


def markdown(rows: Sequence[Row]) -> str:
    """A GitHub Markdown table of ``rows``."""
    table = [HEADER, *(row.cells() for row in rows)]
    lines = [_line(table[0]), _line(["---"] * len(HEADER))]
    lines.extend(_line(cells) for cells in table[1:])
    return "\n".join(lines) + "\n"


def _line(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def seconds(value: float) -> str:
    """A duration as people read it: 3 significant digits."""
    if value < 0.01:
        return f"{value * 1000:.2f} ms"
    if value < 1:
        return f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def ratio(ours: float, peer: float) -> str:
    return f"{ours / peer:.2f}x" if peer > 0 else "n/a"
