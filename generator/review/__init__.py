"""Review a spec change: classified findings, the client surface it changes, regenerated lines."""

from __future__ import annotations

from generator.review.findings import Finding, Severity
from generator.review.report import escape, to_json, to_markdown
from generator.review.run import Review, run_review
from generator.review.sources import ReviewInputError

__all__ = [
    "Finding",
    "Review",
    "ReviewInputError",
    "Severity",
    "escape",
    "run_review",
    "to_json",
    "to_markdown",
]
