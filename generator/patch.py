"""Apply ``[tool.generator.patch]``: set values at JSON pointers in the loaded spec."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from generator.config import ConfigError
from generator.pointers import MISSING, PointerError, lookup, parts, pointer

__all__ = ["apply_patch"]


def apply_patch(data: dict[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` with each pointer's value set; the input is not modified."""
    if not patch:
        return data
    result = copy.deepcopy(data)
    for ptr, value in sorted(patch.items()):
        try:
            tokens = parts(ptr)
        except PointerError:
            tokens = ()
        if not tokens:
            raise ConfigError(f"[tool.generator.patch] {ptr!r} is not a JSON pointer")
        node = lookup(result, pointer(*tokens[:-1]))
        if node is MISSING:
            raise ConfigError(
                f"[tool.generator.patch] {ptr!r}: {pointer(*tokens[:-1])!r} does not exist in the spec"
            )
        last = tokens[-1]
        if isinstance(node, dict):
            node[last] = value
        elif isinstance(node, list) and lookup(node, pointer(last)) is not MISSING:
            node[int(last)] = value
        else:
            raise ConfigError(
                f"[tool.generator.patch] {ptr!r}: cannot set a value there"
            )
    return result
