"""Method names for operations that have no operationId, from method and path.

Rule: drop the path up to the segment that names the resource (its tag), then
- nothing left: the verb (GET a collection ``list``, GET an item ``retrieve``,
  POST ``create``, PUT/PATCH ``update``, DELETE ``delete``);
- words left and the path ends in them (an action or a sub-collection): those
  words for GET and POST (``/exports/{id}/cancel`` -> ``cancel``), the verb and
  the words otherwise;
- words left and the path ends in a parameter: the verb and the words.
Operations of one resource whose names would still be equal use the verb and
every word of the path instead (``list_admin_workspaces``, ``list_scim_workspaces``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.naming import words

__all__ = ["derive_method_names"]

_VERBS = {
    "GET": "list",
    "POST": "create",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
}


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _verb(method: str, ends_in_param: bool) -> str:
    if method == "GET" and ends_in_param:
        return "retrieve"
    return _VERBS.get(method, method.lower())


def _short(resource: Sequence[str], method: str, path: str) -> str:
    segments = [s for s in path.split("/") if s]
    ends_in_param = bool(segments) and segments[-1].startswith("{")
    plain = [s for s in segments if not s.startswith("{")]
    own = {_stem(w) for w in resource}
    start = 0
    for i, segment in enumerate(plain):
        segment_words = words(segment)
        if segment_words and all(_stem(w) in own for w in segment_words):
            start = i + 1
    rest = [w for segment in plain[start:] for w in words(segment)]
    if not rest:
        return _verb(method, ends_in_param)
    if not ends_in_param and method in ("GET", "POST"):
        return "_".join(rest)
    return "_".join([_verb(method, ends_in_param), *rest])


def _long(method: str, path: str) -> str:
    segments = [s for s in path.split("/") if s]
    ends_in_param = bool(segments) and segments[-1].startswith("{")
    plain = [w for s in segments if not s.startswith("{") for w in words(s)]
    return "_".join([_verb(method, ends_in_param), *plain])


def derive_method_names(
    resource: Sequence[str], operations: Sequence[tuple[str, str]]
) -> list[str]:
    """Names (not yet made identifiers) for ``(method, path)`` pairs of one resource."""
    short = [_short(resource, method, path) for method, path in operations]
    counts = Counter(short)
    return [
        name if counts[name] == 1 else _long(method, path)
        for name, (method, path) in zip(short, operations, strict=True)
    ]
