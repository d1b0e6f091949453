"""A loaded spec seen through JSON pointers: look nodes up and follow ``$ref`` chains."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.diagnostics import escape_pointer

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
    return pointer + "".join("/" + escape_pointer(t) for t in tokens)


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


class Document:
    """One side of a review: the spec data and pointer-based access to it."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def get(self, pointer: str) -> Any:
        """The node at ``pointer``, or None."""
        node: Any = self.data
        if not pointer:
            return node
        for token in pointer.split("/")[1:]:
            key = _unescape(token)
            if isinstance(node, Mapping):
                node = node.get(key)
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                return None
        return node

    def follow(self, pointer: str, node: Any) -> tuple[str, Any]:
        """Follow ``$ref`` chains from ``node`` (found at ``pointer``) to the node they name.

        A local reference that resolves moves the pointer to its target, so that
        something shared is reported once where it is defined. Cycles and
        references that do not resolve stop at the last node reached.
        """
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                break
            seen.add(ref)
            target = self.get(ref[1:])
            if target is None:
                break
            pointer, node = ref[1:], target
        return pointer, node


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
