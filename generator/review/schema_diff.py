"""Compare two versions of schemas and classify each difference by the way data flows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.review.document import Document, is_doc_key, join, normalized, shape
from generator.review.findings import show
from generator.review.schema_rules import (
    Direction,
    Key,
    Result,
    SchemaChange,
    canonical,
    covers,
    describe,
    doc_change,
    enum_values,
    inferred_types,
    keyed,
    nullable,
    number,
    plain_types,
    quoted,
)

__all__ = ["SchemaComparer"]

# Bounds: an upper one lowered, or a lower one raised, narrows what is valid.
_UPPER = ("maximum", "maxLength", "maxItems", "maxProperties")
_LOWER = ("minimum", "minLength", "minItems", "minProperties")
# Keywords some rule reads; a change to any other is reported unclassified.
_HANDLED = frozenset(
    {
        "$ref",
        "type",
        "nullable",
        "format",
        "enum",
        "const",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "oneOf",
        "anyOf",
        "allOf",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "multipleOf",
        "uniqueItems",
        "pattern",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        *_UPPER,
        *_LOWER,
    }
)


class SchemaComparer:
    """Compares schema pairs on demand, once per pair and direction, cycles included."""

    def __init__(self, before: Document, after: Document) -> None:
        self.before = before
        self.after = after
        self.results: dict[Key, Result] = {}
        self._pending: list[tuple[Key, Any, Any]] = []
        self._ref_cache: dict[int, tuple[Any, list[tuple[tuple[str, ...], Any]]]] = {}

    # -- registering pairs ----------------------------------------------------

    def compare(
        self, bp: str, b: Any, ap: str, a: Any, direction: Direction
    ) -> Key | None:
        """Register a pair (references followed) for ``run``; its key, or None if
        it is already covered by an operation's comparison."""
        bp, b = self.before.follow(bp, b)
        ap, a = self.after.follow(ap, a)
        key: Key = (bp, ap, direction)
        if key in self.results:
            return key
        if direction == "schema" and any(
            (bp, ap, d) in self.results for d in ("request", "response")
        ):
            return None
        self.results[key] = Result()
        self._pending.append((key, b, a))
        return key

    def _refs(self, node: Any) -> list[tuple[tuple[str, ...], Any]]:
        """The references inside ``node`` (relative pointer tokens, reference node)."""
        key = id(node)
        if key not in self._ref_cache:
            found: list[tuple[tuple[str, ...], Any]] = []
            stack: list[tuple[tuple[str, ...], Any]] = [((), node)]
            while stack:
                tokens, item = stack.pop()
                if isinstance(item, Mapping):
                    if isinstance(item.get("$ref"), str):
                        found.append((tokens, item))
                        continue
                    stack += [((*tokens, str(k)), v) for k, v in item.items()]
                elif isinstance(item, list):
                    stack += [((*tokens, str(i)), v) for i, v in enumerate(item)]
            self._ref_cache[key] = (node, found)  # the node kept alive keeps its id
        return self._ref_cache[key][1]

    def run(self) -> None:
        """Compare every registered pair, and the pairs they lead to."""
        while self._pending:
            key, b, a = self._pending.pop()
            self._walk(key[0], b, key[1], a, key[2], self.results[key])

    def reachable(self, roots: set[Key]) -> set[Key]:
        """``roots`` and every pair reachable from them."""
        seen: set[Key] = set()
        stack = list(roots)
        while stack:
            key = stack.pop()
            if key in seen or key not in self.results:
                continue
            seen.add(key)
            stack.extend(self.results[key].children)
        return seen

    # -- one pair -----------------------------------------------------------

    def _child(
        self,
        bp: str,
        b: Any,
        ap: str,
        a: Any,
        direction: Direction,
        res: Result,
        *,
        open_enum: bool = False,
    ) -> None:
        """Compare a sub-schema: inline in place, or through its reference."""
        b_ref = b.get("$ref") if isinstance(b, Mapping) else None
        a_ref = a.get("$ref") if isinstance(a, Mapping) else None
        if not isinstance(b_ref, str) and not isinstance(a_ref, str):
            self._walk(bp, b, ap, a, direction, res, open_enum=open_enum)
            return
        if b_ref != a_ref:
            res.changes.append(
                SchemaChange(
                    "reference-changed",
                    ap,
                    b_ref if isinstance(b_ref, str) else "inline schema",
                    a_ref if isinstance(a_ref, str) else "inline schema",
                    "the schema is now "
                    + (
                        f"{describe(a)} (was {describe(b)})"
                        if isinstance(a_ref, str) and isinstance(b_ref, str)
                        else (
                            f"defined by {describe(a)}"
                            if isinstance(a_ref, str)
                            else f"defined inline (was {describe(b)})"
                        )
                    ),
                )
            )
        key = self.compare(bp, b, ap, a, direction)
        if key is not None:
            res.children.add(key)

    def _walk(
        self,
        bp: str,
        b: Any,
        ap: str,
        a: Any,
        direction: Direction,
        res: Result,
        *,
        open_enum: bool = False,
    ) -> None:
        if not isinstance(b, Mapping) or not isinstance(a, Mapping):
            if normalized(b) != normalized(a):
                res.changes.append(
                    SchemaChange(
                        "unclassified",
                        ap,
                        show(b),
                        show(a),
                        "the schema changed in a way no rule classifies",
                    )
                )
            return
        if b == a:  # the same here; only what it refers to can differ
            for pointer, ref in self._refs(b):
                self._child(
                    join(bp, *pointer), ref, join(ap, *pointer), ref, direction, res
                )
            return
        add = res.changes.append

        def where(key: str) -> str:
            return join(ap, key) if key in a else join(bp, key)

        for key in sorted(set(b) | set(a)):
            if is_doc_key(key) and normalized(b.get(key)) != normalized(a.get(key)):
                add(doc_change(key, where(key), b.get(key), a.get(key)))
        self._type(bp, b, ap, a, res, where)
        self._enum_values(b, a, res, where, open_enum)
        self._bounds(b, a, res, where)
        self._properties(bp, b, ap, a, direction, res)
        self._nested(bp, b, ap, a, direction, res)
        for keyword in ("oneOf", "anyOf", "allOf"):
            self._variants(keyword, bp, b, ap, a, direction, res)
        if normalized(b.get("default")) != normalized(a.get("default")) or (
            ("default" in b) != ("default" in a)
        ):
            add(
                SchemaChange(
                    "default-changed",
                    where("default"),
                    show(b["default"]) if "default" in b else None,
                    show(a["default"]) if "default" in a else None,
                    "the server default changed",
                )
            )
        if (b.get("deprecated") is True) != (a.get("deprecated") is True):
            added = a.get("deprecated") is True
            add(
                SchemaChange(
                    "deprecation-added" if added else "deprecation-removed",
                    ap,
                    None,
                    None,
                    "deprecated" if added else "no longer deprecated",
                )
            )
        for key in sorted(set(b) | set(a)):
            if key in _HANDLED or is_doc_key(key):
                continue
            if normalized(b.get(key)) != normalized(a.get(key)):
                add(
                    SchemaChange(
                        "unclassified",
                        where(key),
                        show(b[key]) if key in b else None,
                        show(a[key]) if key in a else None,
                        f"{key} changed; no rule classifies it, so check it by hand",
                    )
                )

    # -- the rules ------------------------------------------------------------

    def _type(
        self,
        bp: str,
        b: Mapping[str, Any],
        ap: str,
        a: Mapping[str, Any],
        res: Result,
        where: Callable[[str], str],
    ) -> None:
        add = res.changes.append
        bt, at = inferred_types(b), inferred_types(a)
        if bt != at:
            shown_b = " | ".join(sorted(bt)) if bt is not None else "any"
            shown_a = " | ".join(sorted(at)) if at is not None else "any"
            if bt is None:
                change, verb = "type-narrowed", "narrowed"
            elif at is None or covers(at, bt):
                change, verb = "type-widened", "widened"
            elif covers(bt, at):
                change, verb = "type-narrowed", "narrowed"
            else:
                change, verb = "type-changed", "changed"
            add(
                SchemaChange(
                    change,
                    where("type"),
                    shown_b,
                    shown_a,
                    f"type {verb} from {shown_b} to {shown_a}",
                )
            )
        if b.get("format") != a.get("format"):
            add(
                SchemaChange(
                    "format-changed",
                    where("format"),
                    show(b["format"]) if "format" in b else None,
                    show(a["format"]) if "format" in a else None,
                    f"format changed from {b.get('format') or 'none'} to {a.get('format') or 'none'}",
                )
            )
        if nullable(b) != nullable(a):
            added = nullable(a)
            add(
                SchemaChange(
                    "nullable-added" if added else "nullable-removed",
                    where("nullable") if ("nullable" in a or "nullable" in b) else ap,
                    "not nullable" if added else "nullable",
                    "nullable" if added else "not nullable",
                    "null is now allowed" if added else "null is no longer allowed",
                )
            )

    def _enum_values(
        self,
        b: Mapping[str, Any],
        a: Mapping[str, Any],
        res: Result,
        where: Callable[[str], str],
        open_enum: bool,
    ) -> None:
        add = res.changes.append
        be, ae = enum_values(b), enum_values(a)
        pointer = where("enum") if ("enum" in a or "enum" in b) else where("const")
        if be is None and ae is None:
            return
        if be is None or ae is None:
            tightened = be is None
            add(
                SchemaChange(
                    "constraint-tightened" if tightened else "constraint-loosened",
                    pointer,
                    None if be is None else show(be),
                    None if ae is None else show(ae),
                    (
                        "values are now limited to an enum"
                        if tightened
                        else "values are no longer limited to an enum"
                    ),
                )
            )
            return
        after_keys = {canonical(v) for v in ae}
        before_keys = {canonical(v) for v in be}
        removed = [v for v in be if canonical(v) not in after_keys]
        added = [v for v in ae if canonical(v) not in before_keys]
        what = "known value(s)" if open_enum else "enum value(s)"
        if removed:
            add(
                SchemaChange(
                    "known-value-removed" if open_enum else "enum-value-removed",
                    pointer,
                    ", ".join(show(v) for v in removed),
                    None,
                    f"{what} removed: {', '.join(show(v) for v in removed)}",
                )
            )
        if added:
            add(
                SchemaChange(
                    "known-value-added" if open_enum else "enum-value-added",
                    pointer,
                    None,
                    ", ".join(show(v) for v in added),
                    f"{what} added: {', '.join(show(v) for v in added)}",
                )
            )

    def _bounds(
        self,
        b: Mapping[str, Any],
        a: Mapping[str, Any],
        res: Result,
        where: Callable[[str], str],
    ) -> None:
        add = res.changes.append

        def bound(key: str, tightened: bool, message: str) -> None:
            add(
                SchemaChange(
                    "constraint-tightened" if tightened else "constraint-loosened",
                    where(key),
                    show(b[key]) if key in b else None,
                    show(a[key]) if key in a else None,
                    message,
                )
            )

        for key in (*_UPPER, *_LOWER, "exclusiveMaximum", "exclusiveMinimum"):
            bv, av = b.get(key), a.get(key)
            if isinstance(bv, bool) or isinstance(av, bool):  # OpenAPI 3.0 flags
                if bool(bv) != bool(av):
                    bound(key, bool(av), f"{key} {'set' if av else 'unset'}")
                continue
            bn, an = number(bv), number(av)
            if bn == an:
                continue
            upper = key in _UPPER or key == "exclusiveMaximum"
            if bn is None:
                bound(key, True, f"{key} added: {show(av)}")
            elif an is None:
                bound(key, False, f"{key} removed (was {show(bv)})")
            else:
                lowered = an < bn
                bound(
                    key,
                    lowered == upper,
                    f"{key} {'lowered' if lowered else 'raised'} from {show(bv)} to {show(av)}",
                )
        bm, am = number(b.get("multipleOf")), number(a.get("multipleOf"))
        if bm != am:
            loosened = am is None or (
                bm is not None and am != 0 and float(bm / am).is_integer()
            )
            bound(
                "multipleOf",
                not loosened,
                f"multipleOf changed from {show(bm) if bm is not None else 'none'} to {show(am) if am is not None else 'none'}",
            )
        if (b.get("uniqueItems") is True) != (a.get("uniqueItems") is True):
            unique = a.get("uniqueItems") is True
            bound(
                "uniqueItems",
                unique,
                (
                    "items must now be unique"
                    if unique
                    else "items need no longer be unique"
                ),
            )
        bpat, apat = b.get("pattern"), a.get("pattern")
        if bpat != apat:
            if bpat is None or apat is None:
                bound(
                    "pattern",
                    bpat is None,
                    "pattern added" if bpat is None else "pattern removed",
                )
            else:
                add(
                    SchemaChange(
                        "pattern-changed",
                        where("pattern"),
                        show(bpat),
                        show(apat),
                        "pattern changed",
                    )
                )

    def _visible(
        self, doc: Document, schema: Mapping[str, Any], base: str, direction: Direction
    ) -> dict[str, tuple[str, Any]]:
        """Properties that travel in ``direction``: name -> (pointer, node)."""
        props = schema.get("properties")
        if not isinstance(props, Mapping):
            return {}
        hidden = {"request": "readOnly", "response": "writeOnly"}.get(direction)
        found = {}
        for name, node in props.items():
            _, target = doc.follow("", node)
            if hidden and isinstance(target, Mapping) and target.get(hidden) is True:
                continue
            found[str(name)] = (join(base, "properties", str(name)), node)
        return found

    def _properties(
        self,
        bp: str,
        b: Mapping[str, Any],
        ap: str,
        a: Mapping[str, Any],
        direction: Direction,
        res: Result,
    ) -> None:
        add = res.changes.append
        bprops = self._visible(self.before, b, bp, direction)
        aprops = self._visible(self.after, a, ap, direction)
        breq = {str(r) for r in b.get("required") or [] if isinstance(r, str)}
        areq = {str(r) for r in a.get("required") or [] if isinstance(r, str)}
        removed = sorted(set(bprops) - set(aprops))
        added = sorted(set(aprops) - set(bprops))
        renamed: dict[str, str] = {}
        for old in removed:
            for new in added:
                if new not in renamed.values() and shape(bprops[old][1]) == shape(
                    aprops[new][1]
                ):
                    renamed[old] = new
                    break
        for old, new in renamed.items():
            add(
                SchemaChange(
                    "property-renamed",
                    aprops[new][0],
                    old,
                    new,
                    f"property {quoted(old)} renamed to {quoted(new)}",
                )
            )
        for name in removed:
            if name in renamed:
                continue
            add(
                SchemaChange(
                    "property-removed",
                    bprops[name][0],
                    describe(bprops[name][1]),
                    None,
                    f"property {quoted(name)} removed",
                )
            )
        for name in added:
            if name in renamed.values():
                continue
            required = name in areq
            add(
                SchemaChange(
                    "property-added-required" if required else "property-added",
                    aprops[name][0],
                    None,
                    describe(aprops[name][1]),
                    f"property {quoted(name)} added ({'required' if required else 'optional'})",
                )
            )
        for name in sorted(set(bprops) & set(aprops)):
            if (name in breq) != (name in areq):
                now = name in areq
                add(
                    SchemaChange(
                        (
                            "property-became-required"
                            if now
                            else "property-became-optional"
                        ),
                        aprops[name][0],
                        "required" if not now else "optional",
                        "required" if now else "optional",
                        f"property {quoted(name)} is now {'required' if now else 'optional'}",
                    )
                )
            self._child(
                bprops[name][0],
                bprops[name][1],
                aprops[name][0],
                aprops[name][1],
                direction,
                res,
            )
        # names not among the properties (required through allOf, or a typo)
        listed = {
            str(k)
            for side in (b, a)
            if isinstance(side.get("properties"), Mapping)
            for k in side["properties"]
        }
        for name in sorted((breq ^ areq) - listed):
            now = name in areq
            add(
                SchemaChange(
                    "property-became-required" if now else "property-became-optional",
                    join(ap, "required") if "required" in a else join(bp, "required"),
                    "required" if not now else "optional",
                    "required" if now else "optional",
                    f"property {quoted(name)} is now {'required' if now else 'optional'}",
                )
            )

    def _nested(
        self,
        bp: str,
        b: Mapping[str, Any],
        ap: str,
        a: Mapping[str, Any],
        direction: Direction,
        res: Result,
    ) -> None:
        """``items`` and ``additionalProperties``."""
        if "items" in b and "items" in a:
            self._child(
                join(bp, "items"),
                b["items"],
                join(ap, "items"),
                a["items"],
                direction,
                res,
            )
        bx, ax = b.get("additionalProperties"), a.get("additionalProperties")
        if isinstance(bx, Mapping) and isinstance(ax, Mapping):
            self._child(
                join(bp, "additionalProperties"),
                bx,
                join(ap, "additionalProperties"),
                ax,
                direction,
                res,
            )
            return
        # None/True: anything; False: nothing; a schema: something in between
        rank = {"none": 0, "some": 1, "any": 2}
        bk = "none" if bx is False else "some" if isinstance(bx, Mapping) else "any"
        ak = "none" if ax is False else "some" if isinstance(ax, Mapping) else "any"
        if bk != ak:
            tightened = rank[ak] < rank[bk]
            res.changes.append(
                SchemaChange(
                    "constraint-tightened" if tightened else "constraint-loosened",
                    (
                        join(ap, "additionalProperties")
                        if "additionalProperties" in a
                        else join(bp, "additionalProperties")
                    ),
                    show(bx) if bx is not None else None,
                    show(ax) if ax is not None else None,
                    (
                        "fewer additional properties are allowed"
                        if tightened
                        else "more additional properties are allowed"
                    ),
                )
            )

    def _variants(
        self,
        keyword: str,
        bp: str,
        b: Mapping[str, Any],
        ap: str,
        a: Mapping[str, Any],
        direction: Direction,
        res: Result,
    ) -> None:
        bm, am = b.get(keyword), a.get(keyword)
        if not isinstance(bm, list) and not isinstance(am, list):
            return
        before = keyed(bm if isinstance(bm, list) else [])
        after = keyed(am if isinstance(am, list) else [])
        # a plain member (``type: string``) accepts whatever an enum beside it lists
        plain = plain_types(bm) & plain_types(am) if keyword != "allOf" else frozenset()
        # allOf parts add requirements: a new part narrows, like a tighter constraint
        added_change, removed_change = (
            ("constraint-tightened", "constraint-loosened")
            if keyword == "allOf"
            else ("variant-added", "variant-removed")
        )
        for key, (i, node) in sorted(before.items(), key=lambda kv: kv[1][0]):
            if key not in after:
                res.changes.append(
                    SchemaChange(
                        removed_change,
                        join(bp, keyword, i),
                        describe(node),
                        None,
                        f"{keyword} member {describe(node)} removed",
                    )
                )
        for key, (j, node) in sorted(after.items(), key=lambda kv: kv[1][0]):
            if key not in before:
                res.changes.append(
                    SchemaChange(
                        added_change,
                        join(ap, keyword, j),
                        None,
                        describe(node),
                        f"{keyword} member {describe(node)} added",
                    )
                )
            else:
                i, old = before[key]
                types = inferred_types(node) if isinstance(node, Mapping) else None
                self._child(
                    join(bp, keyword, i),
                    old,
                    join(ap, keyword, j),
                    node,
                    direction,
                    res,
                    open_enum=bool(types) and types is not None and types <= plain,
                )
