"""Apply ``[tool.generator.patch]``: set values at JSON pointers in the loaded spec."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from generator.config import ConfigError

__all__ = ["apply_patch"]


def apply_patch(data: dict[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` with each pointer's value set; the input is not modified."""
    if not patch:
        return data
    result = copy.deepcopy(data)
    for ptr, value in sorted(patch.items()):
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]]
        if not ptr.startswith("/") or not tokens:
            raise ConfigError(f"[tool.generator.patch] {ptr!r} is not a JSON pointer")
        node: Any = result
        for token in tokens[:-1]:
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise ConfigError(
                    f"[tool.generator.patch] {ptr!r}: {token!r} does not exist in the spec"
                )
        if isinstance(node, dict):
            node[tokens[-1]] = value
        elif (
            isinstance(node, list)
            and tokens[-1].isdigit()
            and int(tokens[-1]) < len(node)
        ):
            node[int(tokens[-1])] = value
        else:
            raise ConfigError(
                f"[tool.generator.patch] {ptr!r}: cannot set a value there"
            )
    return result
