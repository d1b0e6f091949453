"""JSON pointers (RFC 6901) into a spec: escape, split, join, look up, follow ``$ref``.

Built on python-jsonpath's ``JSONPointer``, made strict: its non-standard
``~key`` and ``#index`` selectors and its UTF-16 unescaping would let spec
text name something other than what RFC 6901 says. The library is imported
on first use, so that a run that only reads the manifest never pays for it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from generator.oas import SCHEMA_REF

if TYPE_CHECKING:
    from jsonpath import JSONPointer

__all__ = [
    "MISSING",
    "PointerError",
    "RefError",
    "escape",
    "extend",
    "follow",
    "lookup",
    "lookup_ref",
    "parts",
    "pointer",
    "ref_target",
    "resolve",
    "schema_key",
]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


# What ``lookup`` returns where a pointer leads nowhere (None is a JSON value).
MISSING: Any = _Missing()


class PointerError(ValueError):
    """A string that is not a JSON pointer."""


class RefError(Exception):
    """A ``$ref`` chain that breaks: ``pointer`` is where the failing ``$ref``
    stands, ``reached`` the last ``(pointer, node)`` the chain got to."""

    def __init__(
        self, pointer: str, ref: str, problem: str, reached: tuple[str, Any]
    ) -> None:
        self.pointer = pointer
        self.ref = ref
        self.message = f"$ref {ref!r} {problem}"
        self.reached = reached
        super().__init__(f"{pointer}: {self.message}")


@functools.cache
def _strict() -> type[JSONPointer]:
    from jsonpath import JSONPointer
    from jsonpath.exceptions import JSONPointerKeyError, JSONPointerTypeError

    class Strict(JSONPointer):
        """RFC 6901 only: a missing key or a non-index token is not found."""

        __slots__ = ()

        def _handle_key_error(self, obj: Any, key: str, err: Exception) -> object:
            raise JSONPointerKeyError(key) from err

        def _handle_type_error(self, obj: Any, key: str, err: Exception) -> object:
            raise JSONPointerTypeError(f"{key}: {err}") from err

    return Strict


@functools.lru_cache(maxsize=65536)
def escape(token: str | int) -> str:
    """One reference token escaped (``~`` -> ``~0``, ``/`` -> ``~1``)."""
    return str(_strict().from_parts((str(token),), unicode_escape=False))[1:]


def pointer(*tokens: str | int) -> str:
    """The JSON pointer made of raw ``tokens``."""
    return "".join("/" + escape(t) for t in tokens)


def extend(ptr: str, *tokens: str | int) -> str:
    """``ptr`` continued by raw ``tokens``."""
    return ptr + pointer(*tokens)


@functools.lru_cache(maxsize=65536)
def _compiled(ptr: str) -> JSONPointer:
    if ptr and not ptr.startswith("/"):
        raise PointerError(f"{ptr!r} is not a JSON pointer: it must start with '/'")
    return _strict()(ptr, unicode_escape=False, uri_decode=False)


def parts(ptr: str) -> tuple[str, ...]:
    """The raw tokens of ``ptr``; raises ``PointerError`` for a malformed one."""
    return _compiled(ptr).parts


def lookup(data: Any, ptr: str) -> Any:
    """The value at ``ptr`` in ``data``, or ``MISSING``; raises ``PointerError``."""
    compiled = _compiled(ptr)
    if not compiled.parts:
        return data
    if not isinstance(data, (Mapping, list)):
        return MISSING  # the library would read a string as a JSON document
    return compiled.resolve(data, default=MISSING)


def ref_target(ref: str) -> str | None:
    """The pointer a local reference (``#/...``) names; None for any other."""
    if not ref.startswith("#"):
        return None
    fragment = ref[1:]
    return fragment if not fragment or fragment.startswith("/") else None


def lookup_ref(data: Any, ref: str) -> Any:
    """The value a local reference names in ``data``; ``MISSING`` for nothing or another ref."""
    target = ref_target(ref)
    return MISSING if target is None else lookup(data, target)


def schema_key(ref: str) -> str | None:
    """The component schema a reference names (``#/components/schemas/KEY``), or None."""
    if not ref.startswith(SCHEMA_REF):
        return None
    tokens = parts(ref[len(SCHEMA_REF) - 1 :])
    return tokens[0] if len(tokens) == 1 else None


def follow(data: Any, node: Any, at: str = "") -> tuple[str, Any]:
    """Follow the ``$ref`` chain from ``node`` (found at ``at``) to ``(pointer, node)``.

    Raises ``RefError`` where a reference is not local to ``data``, points to
    nothing, or leads back into the chain.
    """
    seen = {at} if at else set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        where = extend(at, "$ref")
        target = ref_target(ref)
        if target is None:
            raise RefError(
                where, ref, "is not a reference within the document", (at, node)
            )
        if target in seen:
            raise RefError(where, ref, "is circular", (at, node))
        seen.add(target)
        found = lookup(data, target)
        if found is MISSING:
            raise RefError(where, ref, "points to nothing", (at, node))
        at, node = target, found
    return at, node


def resolve(data: Any, node: Any) -> Any:
    """``node`` with its ``$ref`` chain followed; {} where the chain breaks."""
    try:
        return follow(data, node)[1]
    except RefError:
        return {}
