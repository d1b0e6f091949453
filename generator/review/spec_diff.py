"""Compare two OpenAPI documents operation by operation and list classified findings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.review.collect import Collector
from generator.review.document import Document, is_doc_key, join, normalized, shape
from generator.review.findings import Finding, Severity, show
from generator.review.operation_diff import (
    OperationDiff,
    compare_servers,
    operations,
    title,
)
from generator.review.schema_diff import SchemaComparer
from generator.review.schema_rules import Key, severity_of

__all__ = ["diff_specs"]

B, N, D = Severity.BREAKING, Severity.NON_BREAKING, Severity.DOCUMENTATION


def diff_specs(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[Finding, ...]:
    """Every difference between two specs, classified and sorted."""
    return _SpecDiff(Document(before), Document(after)).run()


class _SpecDiff:
    def __init__(self, before: Document, after: Document) -> None:
        self.b = before
        self.a = after
        self.out = Collector()
        self.schemas = SchemaComparer(before, after)
        self.operations = OperationDiff(before, after, self.out, self.schemas)

    def run(self) -> tuple[Finding, ...]:
        """Every finding, sorted."""
        self.top_level()
        before_ops, after_ops = operations(self.b), operations(self.a)
        for key in sorted(set(before_ops) | set(after_ops)):
            old, new = before_ops.get(key), after_ops.get(key)
            if old is None and new is not None:
                self.out.emit(
                    "operation-added",
                    N,
                    new.pointer,
                    None,
                    new.label,
                    f"new operation: {title(new.node)}",
                    [new.label],
                )
            elif new is None and old is not None:
                self.out.emit(
                    "operation-removed",
                    B,
                    old.pointer,
                    old.label,
                    None,
                    f"operation removed: {title(old.node)}",
                    [old.label],
                )
            elif old is not None and new is not None:
                self.operations.compare(old, new)
        self.schemas.run()
        self.components()
        self.schemas.run()
        self.attribute()
        return self.out.findings()

    def attribute(self) -> None:
        """Turn schema comparisons into findings, each listing the operations it affects."""
        users: dict[Key, set[str]] = {}
        for operation, roots in self.operations.roots.items():
            for key in self.schemas.reachable(roots):
                users.setdefault(key, set()).add(operation)
        for key, result in self.schemas.results.items():
            direction = key[2]
            for change in result.changes:
                severity = severity_of(change.change, direction)
                kind = (
                    change.change if severity is D else f"{direction}-{change.change}"
                )
                self.out.emit(
                    kind,
                    severity,
                    change.pointer,
                    change.before,
                    change.after,
                    change.message,
                    users.get(key, ()),
                )

    def top_level(self) -> None:
        b, a = self.b.data, self.a.data
        if b.get("openapi") != a.get("openapi"):
            self.out.emit(
                "openapi-version-changed",
                N,
                "/openapi",
                show(b.get("openapi")),
                show(a.get("openapi")),
                "OpenAPI version changed",
            )
        info_b, info_a = _mapping(b.get("info")), _mapping(a.get("info"))
        self.out.docs(
            "/info", info_b, "/info", info_a, keys=sorted(set(info_b) | set(info_a))
        )
        compare_servers(
            self.out, "/servers", b.get("servers"), "/servers", a.get("servers"), ()
        )
        self.tags()
        self.out.docs("", b, "", a)
        self.out.unclassified(
            "",
            b,
            "",
            a,
            {"openapi", "info", "servers", "tags", "paths", "components", "security"},
        )

    def tags(self) -> None:
        before = _by_name(self.b.data.get("tags"))
        after = _by_name(self.a.data.get("tags"))
        for name in sorted(set(before) | set(after)):
            if name not in after:
                i, _ = before[name]
                self.out.emit(
                    "tag-removed",
                    D,
                    join("/tags", i),
                    name,
                    None,
                    f"tag {name} removed",
                )
            elif name not in before:
                j, _ = after[name]
                self.out.emit(
                    "tag-added", D, join("/tags", j), None, name, f"tag {name} added"
                )
            else:
                (i, old), (j, new) = before[name], after[name]
                self.out.docs(
                    join("/tags", i),
                    old,
                    join("/tags", j),
                    new,
                    keys=sorted(set(old) | set(new) - {"name"}),
                )

    def components(self) -> None:
        before = _mapping(_mapping(self.b.data.get("components")).get("schemas"))
        after = _mapping(_mapping(self.a.data.get("components")).get("schemas"))
        removed = sorted(set(before) - set(after))
        added = sorted(set(after) - set(before))
        renamed: dict[str, str] = {}
        for old in removed:
            for new in added:
                if new not in renamed.values() and shape(before[old]) == shape(
                    after[new]
                ):
                    renamed[old] = new
                    break
        for old, new in renamed.items():
            self.out.emit(
                "model-renamed",
                B,
                join("/components/schemas", new),
                old,
                new,
                f"schema {old} renamed to {new}: the generated model is renamed",
            )
        for name in removed:
            if name not in renamed:
                self.out.emit(
                    "model-removed",
                    B,
                    join("/components/schemas", name),
                    name,
                    None,
                    f"schema {name} removed: the generated model goes away",
                )
        for name in added:
            if name not in renamed.values():
                self.out.emit(
                    "model-added",
                    N,
                    join("/components/schemas", name),
                    None,
                    name,
                    f"schema {name} added: a new generated model",
                )
        for name in sorted(set(before) & set(after)):
            pointer = join("/components/schemas", name)
            self.schemas.compare(pointer, before[name], pointer, after[name], "schema")
        self.security_schemes()

    def security_schemes(self) -> None:
        base = "/components/securitySchemes"
        before = _mapping(
            _mapping(self.b.data.get("components")).get("securitySchemes")
        )
        after = _mapping(_mapping(self.a.data.get("components")).get("securitySchemes"))
        for name in sorted(set(before) | set(after)):
            pointer = join(base, name)
            if name not in after:
                self.out.emit(
                    "security-scheme-removed",
                    B,
                    pointer,
                    name,
                    None,
                    f"security scheme {name} removed",
                )
            elif name not in before:
                self.out.emit(
                    "security-scheme-added",
                    N,
                    pointer,
                    None,
                    name,
                    f"security scheme {name} added",
                )
            else:
                _, old = self.b.follow(pointer, before[name])
                _, new = self.a.follow(pointer, after[name])
                old, new = _mapping(old), _mapping(new)
                self.out.docs(pointer, old, pointer, new)
                for key in sorted(set(old) | set(new)):
                    if not is_doc_key(key) and normalized(old.get(key)) != normalized(
                        new.get(key)
                    ):
                        self.out.emit(
                            "security-scheme-changed",
                            B,
                            join(pointer, key),
                            show(old[key]) if key in old else None,
                            show(new[key]) if key in new else None,
                            f"security scheme {name}: {key} changed",
                        )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _by_name(value: Any) -> dict[str, tuple[int, Mapping[str, Any]]]:
    found: dict[str, tuple[int, Mapping[str, Any]]] = {}
    for i, tag in enumerate(_list(value)):
        if isinstance(tag, Mapping) and isinstance(tag.get("name"), str):
            found.setdefault(tag["name"], (i, tag))
    return found
