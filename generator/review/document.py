"""A loaded spec seen through JSON pointers: look nodes up and follow ``$ref`` chains."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.pointers import (
    MISSING,
    PointerError,
    RefError,
    extend,
    follow,
    lookup,
)

__all__ = ["DOC_KEYS", "Document", "is_doc_key", "join", "normalized", "shape"]

# Keys that only document: changing them changes no request or response.
DOC_KEYS = frozenset(
    {
        "description",
        "summary",
        "title",
        "example",
        "examples",
        "externalDocs",
        "$comment",
    }
)


def is_doc_key(key: str) -> bool:
    return key in DOC_KEYS or key.startswith("x-")


def join(pointer: str, *tokens: str | int) -> str:
    """``pointer`` extended by raw tokens (escaped here)."""
    return extend(pointer, *tokens)


class Document:
    """One side of a review: the spec data and pointer-based access to it."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def get(self, pointer: str) -> Any:
        """The node at ``pointer``, or None (also for a malformed pointer)."""
        try:
            node = lookup(self.data, pointer)
        except PointerError:
            return None
        return None if node is MISSING else node

    def follow(self, pointer: str, node: Any) -> tuple[str, Any]:
        """Follow ``$ref`` chains from ``node`` (found at ``pointer``) to the node they name.

        A local reference that resolves moves the pointer to its target, so that
        something shared is reported once where it is defined. Cycles and
        references that do not resolve stop at the last node reached.
        """
        try:
            return follow(self.data, node, pointer)
        except RefError as exc:
            return exc.reached


def normalized(value: Any) -> Any:
    """``value`` with runs of white space in strings collapsed: YAML folding is not a change."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, Mapping):
        return {str(k): normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    return value


def shape(schema: Any) -> str:
    """A canonical text of a schema without its documentation, to spot renames."""
    return json.dumps(_undocumented(schema), sort_keys=True, default=str)


def _undocumented(node: Any, *, names: bool = False) -> Any:
    if isinstance(node, Mapping):
        return {
            str(k): _undocumented(v, names=not names and k == "properties")
            for k, v in node.items()
            if names or not is_doc_key(str(k))
        }
    if isinstance(node, list):
        return [_undocumented(v) for v in node]
    return node
