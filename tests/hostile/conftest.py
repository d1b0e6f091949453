"""Fixtures for the hostile-input tests (the corpus run is shared by the whole session)."""

from __future__ import annotations

from corpus_support import corpus

__all__ = ["corpus"]
