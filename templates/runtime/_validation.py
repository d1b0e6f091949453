"""Argument checks from the spec's constraints, run before a request is sent."""

from __future__ import annotations

import re
from collections.abc import Sized
from typing import Any

from ._errors import InvalidArgumentError
from ._types import Omit

__all__ = ["check"]


def check(
    name: str,
    value: Any,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
) -> None:
    """Raise ``InvalidArgumentError`` naming ``name`` if ``value`` breaks a constraint."""
    if value is None or isinstance(value, Omit):
        return
    if isinstance(value, str):
        if min_length is not None and len(value) < min_length:
            _fail(
                name, f"must be at least {min_length} characters long, got {len(value)}"
            )
        if max_length is not None and len(value) > max_length:
            _fail(
                name, f"must be at most {max_length} characters long, got {len(value)}"
            )
        if pattern is not None and re.search(pattern, value) is None:
            _fail(name, f"must match the pattern {pattern!r}")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if minimum is not None and value < minimum:
            _fail(name, f"must be >= {minimum}, got {value}")
        if maximum is not None and value > maximum:
            _fail(name, f"must be <= {maximum}, got {value}")
        if exclusive_minimum is not None and value <= exclusive_minimum:
            _fail(name, f"must be > {exclusive_minimum}, got {value}")
        if exclusive_maximum is not None and value >= exclusive_maximum:
            _fail(name, f"must be < {exclusive_maximum}, got {value}")
    elif isinstance(value, Sized) and not isinstance(value, (bytes, dict)):
        if min_items is not None and len(value) < min_items:
            _fail(name, f"must have at least {min_items} items, got {len(value)}")
        if max_items is not None and len(value) > max_items:
            _fail(name, f"must have at most {max_items} items, got {len(value)}")


def _fail(name: str, problem: str) -> None:
    raise InvalidArgumentError(f"{name} {problem}")
