"""Where things are in an OpenAPI document: the kind of object at each position.

A walk from the root knows, for every mapping it reaches, whether it is a
schema, a parameter, a response... and which values are plain data (examples,
defaults, enums, extensions) that must never be read as references.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "CALLBACK",
    "COMPONENT_KINDS",
    "DISCRIMINATOR",
    "EXAMPLE",
    "HEADER",
    "HTTP_METHODS",
    "JSON_TYPES",
    "LINK",
    "OPERATION",
    "PARAMETER",
    "PATH_ITEM",
    "REQUEST_BODY",
    "RESPONSE",
    "ROOT",
    "SCHEMA",
    "SCHEMA_REF",
    "SECURITY_SCHEME",
    "child_kind",
    "is_container",
    "list_of",
    "walk",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# What a reference to a component schema starts with (the key follows, escaped).
SCHEMA_REF = "#/components/schemas/"


def declared_operations(data: Mapping[str, Any]) -> int:
    """How many operations the document's ``paths`` declare (path items x methods)."""
    paths = data.get("paths")
    if not isinstance(paths, Mapping):
        return 0
    return sum(
        1
        for item in paths.values()
        if isinstance(item, Mapping)
        for method in HTTP_METHODS
        if isinstance(item.get(method), Mapping)
    )


# A schema's ``type`` and the Python values that fit it (bool is an int, but a
# JSON boolean is never a number: callers check bool first where that matters).
JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}

# Kinds of objects (each may be a Reference Object instead) ...
ROOT = "root"
PATH_ITEM = "pathItem"
OPERATION = "operation"
PARAMETER = "parameter"
REQUEST_BODY = "requestBody"
RESPONSE = "response"
HEADER = "header"
EXAMPLE = "example"
LINK = "link"
CALLBACK = "callback"
SCHEMA = "schema"
SECURITY_SCHEME = "securityScheme"
MEDIA_TYPE = "mediaType"
ENCODING = "encoding"
DISCRIMINATOR = "discriminator"
COMPONENTS = "components"
# ... and of containers of them: a map by name, or a list.
_MAP = "map:"
_LIST = "list:"

# components/<key> holds objects of this kind
COMPONENT_KINDS = {
    "schemas": SCHEMA,
    "responses": RESPONSE,
    "parameters": PARAMETER,
    "examples": EXAMPLE,
    "requestBodies": REQUEST_BODY,
    "headers": HEADER,
    "securitySchemes": SECURITY_SCHEME,
    "links": LINK,
    "callbacks": CALLBACK,
    "pathItems": PATH_ITEM,
}

_SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_SCHEMA_ONE = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
        "contentSchema",
    }
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})

_CHILDREN: dict[str, dict[str, str]] = {
    ROOT: {
        "paths": _MAP + PATH_ITEM,
        "webhooks": _MAP + PATH_ITEM,
        "components": COMPONENTS,
    },
    COMPONENTS: {key: _MAP + kind for key, kind in COMPONENT_KINDS.items()},
    PATH_ITEM: {
        "parameters": _LIST + PARAMETER,
        **{method: OPERATION for method in HTTP_METHODS},
    },
    OPERATION: {
        "parameters": _LIST + PARAMETER,
        "requestBody": REQUEST_BODY,
        "responses": _MAP + RESPONSE,
        "callbacks": _MAP + CALLBACK,
    },
    PARAMETER: {
        "schema": SCHEMA,
        "content": _MAP + MEDIA_TYPE,
        "examples": _MAP + EXAMPLE,
    },
    HEADER: {
        "schema": SCHEMA,
        "content": _MAP + MEDIA_TYPE,
        "examples": _MAP + EXAMPLE,
    },
    REQUEST_BODY: {"content": _MAP + MEDIA_TYPE},
    RESPONSE: {
        "headers": _MAP + HEADER,
        "content": _MAP + MEDIA_TYPE,
        "links": _MAP + LINK,
    },
    MEDIA_TYPE: {
        "schema": SCHEMA,
        "examples": _MAP + EXAMPLE,
        "encoding": _MAP + ENCODING,
    },
    ENCODING: {"headers": _MAP + HEADER},
    CALLBACK: {},  # every key is a runtime expression holding a path item
    SCHEMA: {
        **{key: _MAP + SCHEMA for key in _SCHEMA_MAPS},
        **{key: SCHEMA for key in _SCHEMA_ONE},
        **{key: _LIST + SCHEMA for key in _SCHEMA_LISTS},
        "discriminator": DISCRIMINATOR,
    },
}


def is_container(kind: str) -> bool:
    """Whether ``kind`` is a map or list of objects (not an object itself)."""
    return kind.startswith((_MAP, _LIST))


def list_of(kind: str) -> str:
    """The kind of a list whose items are of ``kind``."""
    return _LIST + kind


def child_kind(kind: str, key: str | int) -> str | None:
    """The kind of the value under ``key`` in an object of ``kind``; None for plain data."""
    if isinstance(key, str) and key.startswith("x-"):
        return None  # extensions are free-form data
    if kind.startswith(_MAP):
        return kind[len(_MAP) :] if isinstance(key, str) else None
    if kind.startswith(_LIST):
        return kind[len(_LIST) :] if isinstance(key, int) else None
    if kind == CALLBACK:
        return PATH_ITEM if isinstance(key, str) else None
    if kind == SCHEMA and key == "items":
        return SCHEMA  # a list under items is handled by walk (old tuple form)
    return _CHILDREN.get(kind, {}).get(key) if isinstance(key, str) else None


def walk(
    data: Any, kind: str = ROOT
) -> Iterator[tuple[tuple[str | int, ...], str, Any]]:
    """Every object of a known kind: (path tokens, kind, node), in document order.

    ``$ref`` objects are yielded with the kind expected where they stand, and not
    followed. Containers (maps and lists of objects) are not yielded themselves.
    """
    stack: list[tuple[tuple[str | int, ...], str, Any]] = [((), kind, data)]
    while stack:
        tokens, kind, node = stack.pop()
        if (
            kind.startswith(_MAP)
            or kind.startswith(_LIST)
            or (kind == SCHEMA and isinstance(node, list))
        ):
            if kind == SCHEMA:
                kind = _LIST + SCHEMA
            items = (
                list(node.items())
                if isinstance(node, dict)
                else list(enumerate(node)) if isinstance(node, list) else []
            )
        elif isinstance(node, dict):
            yield tokens, kind, node
            items = list(node.items())
        else:
            continue
        children = []
        for key, value in items:
            sub = child_kind(kind, key)
            if sub is not None and isinstance(value, (dict, list)):
                children.append(((*tokens, key), sub, value))
        stack.extend(reversed(children))
