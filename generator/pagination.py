"""Pagination schemes from the settings, and which operations fit one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.ir import Operation, Pagination, TypeRef

__all__ = ["PAGE_METHODS", "PageScheme", "match_pagination", "parse_schemes"]

# Names the page classes add to a response model: a response whose schema has a
# property of one of these names cannot be a page.
PAGE_METHODS = frozenset({"has_next_page", "next_page", "iter_pages"})

_KEYS = {
    "page-param",
    "cursor-param",
    "items",
    "total",
    "has-more",
    "next-cursor",
    "item-cursor",
    "first-page",
}


@dataclass(frozen=True)
class PageScheme:
    """One ``[tool.generator.pagination.NAME]`` table: wire names throughout."""

    name: str
    kind: str  # "page" (a page number) or "cursor"
    param: str  # the query parameter that selects the page
    items: str  # the response's array of items
    total: str | None = None  # the response's count of all items
    has_more: str | None = None  # the response's "more pages follow" flag
    next_cursor: str | None = None  # the response field holding the next cursor
    item_cursor: str | None = None  # else this field of the last item
    first_page: int = 0  # when the parameter's schema has no default or minimum


def parse_schemes(table: Any) -> tuple[PageScheme, ...]:
    """The schemes of ``[tool.generator.pagination]``; ValueError says what is wrong."""
    if not isinstance(table, Mapping):
        raise ValueError("[tool.generator.pagination] must be a table")
    schemes = []
    for name, raw in table.items():
        where = f"[tool.generator.pagination.{name}]"
        if not isinstance(raw, Mapping):
            raise ValueError(f"{where} must be a table")
        unknown = sorted(set(raw) - _KEYS)
        if unknown:
            raise ValueError(f"{where} unknown key(s): {', '.join(unknown)}")
        for key, value in raw.items():
            wanted = int if key == "first-page" else str
            if not isinstance(value, wanted) or isinstance(value, bool):
                raise ValueError(
                    f"{where} {key} must be a{'n' * (wanted is int)} {wanted.__name__}"
                )
        if ("page-param" in raw) == ("cursor-param" in raw):
            raise ValueError(f"{where} needs exactly one of page-param, cursor-param")
        if "items" not in raw:
            raise ValueError(f"{where} needs items (the response's array of items)")
        kind = "page" if "page-param" in raw else "cursor"
        if kind == "cursor" and not ({"next-cursor", "item-cursor"} & set(raw)):
            raise ValueError(f"{where} needs next-cursor or item-cursor")
        schemes.append(
            PageScheme(
                name=str(name),
                kind=kind,
                param=raw.get("page-param") or raw["cursor-param"],
                items=raw["items"],
                total=raw.get("total"),
                has_more=raw.get("has-more"),
                next_cursor=raw.get("next-cursor"),
                item_cursor=raw.get("item-cursor"),
                first_page=raw.get("first-page", 0),
            )
        )
    return tuple(schemes)


def match_pagination(
    op: Operation,
    schemes: tuple[PageScheme, ...],
    response_schema: Mapping[str, Any] | None,
    param_schema: Callable[[str], Mapping[str, Any]],
    resolve: Callable[[Mapping[str, Any]], Mapping[str, Any]],
    type_of: Callable[[Mapping[str, Any]], TypeRef],
) -> Pagination | None:
    """The first scheme ``op`` fits, by its query parameters and success response.

    It fits when it takes the scheme's parameter in the query, returns a JSON
    object model (and does not stream) whose items field is an array, and, for
    cursors, has the next cursor in the response or in its items. The scheme's
    other fields are used where the response has them.
    """
    success = op.success
    if (
        op.stream is not None
        or success is None
        or success.kind != "json"
        or success.type.kind != "model"
        or response_schema is None
    ):
        return None
    properties = _mapping(response_schema.get("properties"))
    if PAGE_METHODS & set(properties):
        return None
    query = {p.name: p for p in op.params if p.location == "query"}
    for scheme in schemes:
        param = query.get(scheme.param)
        items = resolve(_mapping(properties.get(scheme.items)))
        if param is None or items.get("type") != "array":
            continue
        item_schema = _mapping(items.get("items"))
        item_properties = _mapping(resolve(item_schema).get("properties"))
        has = {
            "total": scheme.total in properties,
            "has_more": scheme.has_more in properties,
            "next_cursor": scheme.next_cursor in properties,
            "item_cursor": scheme.item_cursor in item_properties,
        }
        if scheme.kind == "page":
            if param.type.kind != "int":
                continue
            first = _first_page(resolve(param_schema(param.pointer)), scheme.first_page)
        else:
            if not (has["next_cursor"] or has["item_cursor"]):
                continue
            first = 0
        return Pagination(
            scheme=scheme.name,
            kind=scheme.kind,  # type: ignore[arg-type]
            param=scheme.param,
            items=scheme.items,
            item_type=type_of(item_schema),
            total=scheme.total if has["total"] else None,
            has_more=scheme.has_more if has["has_more"] else None,
            next_cursor=scheme.next_cursor if has["next_cursor"] else None,
            item_cursor=scheme.item_cursor if has["item_cursor"] else None,
            first_page=first,
        )
    return None


def _mapping(node: Any) -> Mapping[str, Any]:
    return node if isinstance(node, Mapping) else {}


def _first_page(schema: Mapping[str, Any], fallback: int) -> int:
    """The page the server answers when the parameter is left out."""
    for key in ("default", "minimum"):
        value = schema.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return fallback
