"""Compare two OpenAPI documents operation by operation and list classified findings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.build_ir import HTTP_METHODS
from generator.review.document import Document, is_doc_key, join, normalized, shape
from generator.review.findings import (
    Finding,
    Severity,
    operation_label,
    operation_sort_key,
    show,
    sort_findings,
)
from generator.review.schema_diff import (
    Direction,
    Key,
    SchemaComparer,
    describe,
    doc_change,
    severity_of,
)

__all__ = ["diff_specs"]

B, N, D = Severity.BREAKING, Severity.NON_BREAKING, Severity.DOCUMENTATION

_TEMPLATE = re.compile(r"\{[^/}]*\}")
# Operation-level kinds whose identical occurrences in many places are one finding.
_GROUPED = re.compile(
    r"^(parameter-|request-body-|request-content-type-|response-status-|"
    r"response-content-type-|response-header-|security-requirement-|server-|"
    r"operation-deprecation-)"
)
_OPERATION_KEYS = frozenset(
    {
        "tags",
        "operationId",
        "parameters",
        "requestBody",
        "responses",
        "security",
        "servers",
        "deprecated",
    }
)


def diff_specs(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[Finding, ...]:
    """Every difference between two specs, classified and sorted."""
    return _SpecDiff(Document(before), Document(after)).run()


@dataclass(frozen=True)
class _Op:
    """An operation as found in one document."""

    path: str
    method: str
    pointer: str
    node: Mapping[str, Any]
    path_pointer: str
    path_item: Mapping[str, Any]

    @property
    def label(self) -> str:
        return operation_label(self.method, self.path)


@dataclass
class _Pending:
    severity: Severity
    message: str
    operations: set[str] = field(default_factory=set)
    pointers: set[str] = field(default_factory=set)


class _SpecDiff:
    def __init__(self, before: Document, after: Document) -> None:
        self.b = before
        self.a = after
        self.schemas = SchemaComparer(before, after)
        # (kind, pointer or "", before, after) -> accumulated finding
        self.found: dict[tuple[str, str, str | None, str | None], _Pending] = {}
        self.roots: dict[str, set[Key]] = {}  # operation label -> schema pairs

    # -- collecting -------------------------------------------------------------

    def emit(
        self,
        kind: str,
        severity: Severity,
        pointer: str,
        before: str | None,
        after: str | None,
        message: str,
        operations: Iterable[str] = (),
    ) -> None:
        grouped = _GROUPED.match(kind) is not None
        key = (kind, "" if grouped else pointer, before, after)
        pending = self.found.setdefault(key, _Pending(severity, message))
        pending.operations.update(operations)
        pending.pointers.add(pointer)

    def docs(
        self,
        bp: str,
        b: Mapping[str, Any],
        ap: str,
        a: Mapping[str, Any],
        operations: Iterable[str] = (),
        keys: Iterable[str] | None = None,
    ) -> None:
        """Documentation keys of two versions of one object."""
        ops = tuple(operations)
        for key in sorted(set(b) | set(a)) if keys is None else keys:
            if (keys is not None or is_doc_key(key)) and normalized(
                b.get(key)
            ) != normalized(a.get(key)):
                change = doc_change(
                    key,
                    join(ap, key) if key in a else join(bp, key),
                    b.get(key),
                    a.get(key),
                )
                self.emit(
                    change.change,
                    D,
                    change.pointer,
                    change.before,
                    change.after,
                    change.message,
                    ops,
                )

    def unclassified(
        self,
        bp: str,
        b: Mapping[str, Any],
        ap: str,
        a: Mapping[str, Any],
        handled: Iterable[str],
        operations: Iterable[str] = (),
    ) -> None:
        """Keys no rule looks at: reported, so that nothing changes unseen."""
        known = set(handled)
        for key in sorted(set(b) | set(a)):
            if key in known or is_doc_key(key):
                continue
            if normalized(b.get(key)) != normalized(a.get(key)):
                self.emit(
                    "unclassified",
                    B,
                    join(ap, key) if key in a else join(bp, key),
                    show(b[key]) if key in b else None,
                    show(a[key]) if key in a else None,
                    f"{key} changed; no rule classifies it, so check it by hand",
                    operations,
                )

    def schema(
        self,
        bp: str,
        b: Any,
        ap: str,
        a: Any,
        direction: Direction,
        operation: str,
    ) -> None:
        """Compare a schema reached from ``operation``; results are attributed later."""
        if b is None and a is None:
            return
        key = self.schemas.compare(
            bp, {} if b is None else b, ap, {} if a is None else a, direction
        )
        if key is not None:
            self.roots.setdefault(operation, set()).add(key)

    # -- the run --------------------------------------------------------------

    def run(self) -> tuple[Finding, ...]:
        self.top_level()
        before_ops, after_ops = _operations(self.b), _operations(self.a)
        for key in sorted(set(before_ops) | set(after_ops)):
            old, new = before_ops.get(key), after_ops.get(key)
            if old is None and new is not None:
                self.emit(
                    "operation-added",
                    N,
                    new.pointer,
                    None,
                    new.label,
                    f"new operation: {_title(new.node)}",
                    [new.label],
                )
            elif new is None and old is not None:
                self.emit(
                    "operation-removed",
                    B,
                    old.pointer,
                    old.label,
                    None,
                    f"operation removed: {_title(old.node)}",
                    [old.label],
                )
            elif old is not None and new is not None:
                self.operation(old, new)
        self.schemas.run()
        self.components()
        self.schemas.run()
        self.attribute()
        return self.findings()

    def findings(self) -> tuple[Finding, ...]:
        result = []
        for (kind, _, before, after), pending in self.found.items():
            pointers = sorted(pending.pointers)
            result.append(
                Finding(
                    kind=kind,
                    severity=pending.severity,
                    operations=tuple(
                        sorted(pending.operations, key=operation_sort_key)
                    ),
                    pointer=pointers[0],
                    before=before,
                    after=after,
                    message=pending.message,
                    also=tuple(pointers[1:]),
                )
            )
        return sort_findings(result)

    def attribute(self) -> None:
        """Turn schema comparisons into findings, each listing the operations it affects."""
        users: dict[Key, set[str]] = {}
        for operation, roots in self.roots.items():
            for key in self.schemas.reachable(roots):
                users.setdefault(key, set()).add(operation)
        for key, result in self.schemas.results.items():
            direction = key[2]
            for change in result.changes:
                severity = severity_of(change.change, direction)
                kind = (
                    change.change if severity is D else f"{direction}-{change.change}"
                )
                self.emit(
                    kind,
                    severity,
                    change.pointer,
                    change.before,
                    change.after,
                    change.message,
                    users.get(key, ()),
                )

    # -- top level --------------------------------------------------------------

    def top_level(self) -> None:
        b, a = self.b.data, self.a.data
        if b.get("openapi") != a.get("openapi"):
            self.emit(
                "openapi-version-changed",
                N,
                "/openapi",
                show(b.get("openapi")),
                show(a.get("openapi")),
                "OpenAPI version changed",
            )
        info_b, info_a = _mapping(b.get("info")), _mapping(a.get("info"))
        self.docs(
            "/info", info_b, "/info", info_a, keys=sorted(set(info_b) | set(info_a))
        )
        self.servers("/servers", b.get("servers"), "/servers", a.get("servers"), ())
        self.tags()
        self.docs("", b, "", a)
        self.unclassified(
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
                self.emit(
                    "tag-removed",
                    D,
                    join("/tags", i),
                    name,
                    None,
                    f"tag {name} removed",
                )
            elif name not in before:
                j, _ = after[name]
                self.emit(
                    "tag-added", D, join("/tags", j), None, name, f"tag {name} added"
                )
            else:
                (i, old), (j, new) = before[name], after[name]
                self.docs(
                    join("/tags", i),
                    old,
                    join("/tags", j),
                    new,
                    keys=sorted(set(old) | set(new) - {"name"}),
                )

    # -- operations ---------------------------------------------------------------

    def operation(self, old: _Op, new: _Op) -> None:
        ops = [new.label]
        b, a = old.node, new.node
        bp, ap = old.pointer, new.pointer
        if b.get("operationId") != a.get("operationId"):
            self.emit(
                "operation-id-changed",
                B,
                join(ap, "operationId") if "operationId" in a else ap,
                show(b.get("operationId")) if "operationId" in b else None,
                show(a.get("operationId")) if "operationId" in a else None,
                "operationId changed: the generated method is named from it",
                ops,
            )
        b_tags, a_tags = _list(b.get("tags")), _list(a.get("tags"))
        if b_tags[:1] != a_tags[:1]:
            self.emit(
                "operation-tag-changed",
                B,
                join(ap, "tags") if "tags" in a else ap,
                show(b_tags[0]) if b_tags else None,
                show(a_tags[0]) if a_tags else None,
                "first tag changed: the generated method moves to another resource",
                ops,
            )
        elif b_tags != a_tags:
            self.emit(
                "tags-changed",
                D,
                join(ap, "tags"),
                show(b_tags),
                show(a_tags),
                "tags changed",
                ops,
            )
        if (b.get("deprecated") is True) != (a.get("deprecated") is True):
            added = a.get("deprecated") is True
            self.emit(
                (
                    "operation-deprecation-added"
                    if added
                    else "operation-deprecation-removed"
                ),
                N,
                ap,
                None,
                None,
                f"operation {'deprecated' if added else 'no longer deprecated'}",
                ops,
            )
        self.docs(bp, b, ap, a, ops)
        self.docs(
            old.path_pointer,
            old.path_item,
            new.path_pointer,
            new.path_item,
            ops,
            keys=[
                k
                for k in ("summary", "description")
                if k in old.path_item or k in new.path_item
            ],
        )
        self.unclassified(bp, b, ap, a, _OPERATION_KEYS, ops)
        self.parameters(old, new)
        self.request_body(old, new)
        self.responses(old, new)
        self.security(old, new)
        self.operation_servers(old, new)

    def parameters(self, old: _Op, new: _Op) -> None:
        ops = [new.label]
        before, after = _parameters(self.b, old), _parameters(self.a, new)
        removed = sorted(set(before) - set(after))
        added = sorted(set(after) - set(before))
        renamed: dict[tuple[str, str], tuple[str, str]] = {}
        for r in removed:
            for n in added:
                if (
                    n[0] == r[0]
                    and n not in renamed.values()
                    and shape(before[r][1].get("schema"))
                    == shape(after[n][1].get("schema"))
                ):
                    renamed[r] = n
                    break
        for r, n in renamed.items():
            self.emit(
                "parameter-renamed",
                B,
                after[n][0],
                _param_label(before[r][1]),
                _param_label(after[n][1]),
                f"{r[0]} parameter {before[r][1].get('name')} renamed to {after[n][1].get('name')}",
                ops,
            )
        for r in removed:
            if r not in renamed:
                self.emit(
                    "parameter-removed",
                    B,
                    before[r][0],
                    _param_label(before[r][1]),
                    None,
                    f"{r[0]} parameter {before[r][1].get('name')} removed",
                    ops,
                )
        for n in added:
            if n in renamed.values():
                continue
            required = _required_param(after[n][1])
            self.emit(
                "parameter-added-required" if required else "parameter-added",
                B if required else N,
                after[n][0],
                None,
                _param_label(after[n][1]),
                f"{'required' if required else 'optional'} {n[0]} parameter {after[n][1].get('name')} added",
                ops,
            )
        for k in sorted(set(before) & set(after)):
            (bp, b), (ap, a) = before[k], after[k]
            name = str(a.get("name"))
            if k[0] == "path" and b.get("name") != a.get("name"):  # known by position
                self.emit(
                    "parameter-renamed",
                    B,
                    ap,
                    _param_label(b),
                    _param_label(a),
                    f"{k[0]} parameter {b.get('name')} renamed to {name}",
                    ops,
                )
            if _required_param(b) != _required_param(a):
                now = _required_param(a)
                self.emit(
                    "parameter-became-required" if now else "parameter-became-optional",
                    B if now else N,
                    ap,
                    "optional" if now else "required",
                    "required" if now else "optional",
                    f"{k[0]} parameter {name} is now {'required' if now else 'optional'}",
                    ops,
                )
            if (b.get("deprecated") is True) != (a.get("deprecated") is True):
                now = a.get("deprecated") is True
                self.emit(
                    (
                        "parameter-deprecation-added"
                        if now
                        else "parameter-deprecation-removed"
                    ),
                    N,
                    ap,
                    None,
                    None,
                    f"{k[0]} parameter {name} {'deprecated' if now else 'no longer deprecated'}",
                    ops,
                )
            for key in ("style", "explode", "allowReserved", "allowEmptyValue"):
                if b.get(key) != a.get(key):
                    self.emit(
                        "parameter-serialization-changed",
                        B,
                        join(ap, key) if key in a else join(bp, key),
                        show(b[key]) if key in b else None,
                        show(a[key]) if key in a else None,
                        f"{k[0]} parameter {name}: {key} changed (how it is sent)",
                        ops,
                    )
            self.docs(bp, b, ap, a, ops)
            self.schema(
                join(bp, "schema"),
                _param_schema(b),
                join(ap, "schema"),
                _param_schema(a),
                "request",
                new.label,
            )
            self.unclassified(
                bp,
                b,
                ap,
                a,
                {
                    "name",
                    "in",
                    "required",
                    "deprecated",
                    "schema",
                    "content",
                    "style",
                    "explode",
                    "allowReserved",
                    "allowEmptyValue",
                },
                ops,
            )

    def request_body(self, old: _Op, new: _Op) -> None:
        ops = [new.label]
        raw_b, raw_a = old.node.get("requestBody"), new.node.get("requestBody")
        if raw_b is None and raw_a is None:
            return
        bp, b = self.b.follow(join(old.pointer, "requestBody"), raw_b)
        ap, a = self.a.follow(join(new.pointer, "requestBody"), raw_a)
        if raw_a is None:
            self.emit(
                "request-body-removed",
                B,
                bp,
                "request body",
                None,
                "request body removed",
                ops,
            )
            return
        if raw_b is None:
            required = _mapping(a).get("required") is True
            self.emit(
                "request-body-added-required" if required else "request-body-added",
                B if required else N,
                ap,
                None,
                "request body",
                f"{'required' if required else 'optional'} request body added",
                ops,
            )
            return
        b, a = _mapping(b), _mapping(a)
        if (b.get("required") is True) != (a.get("required") is True):
            now = a.get("required") is True
            self.emit(
                (
                    "request-body-became-required"
                    if now
                    else "request-body-became-optional"
                ),
                B if now else N,
                ap,
                "optional" if now else "required",
                "required" if now else "optional",
                f"request body is now {'required' if now else 'optional'}",
                ops,
            )
        self.docs(bp, b, ap, a, ops)
        self.unclassified(bp, b, ap, a, {"required", "content"}, ops)
        self.content(bp, b, ap, a, "request", new.label)

    def content(
        self,
        bp: str,
        b: Mapping[str, Any],
        ap: str,
        a: Mapping[str, Any],
        direction: Direction,
        operation: str,
    ) -> None:
        ops = [operation]
        where = "request" if direction == "request" else "response"
        before, after = _mapping(b.get("content")), _mapping(a.get("content"))
        for media in sorted(set(before) | set(after)):
            mb, ma = join(bp, "content", media), join(ap, "content", media)
            if media not in after:
                self.emit(
                    f"{where}-content-type-removed",
                    B,
                    mb,
                    media,
                    None,
                    f"{where} content type {media} removed",
                    ops,
                )
            elif media not in before:
                self.emit(
                    f"{where}-content-type-added",
                    N,
                    ma,
                    None,
                    media,
                    f"{where} content type {media} added",
                    ops,
                )
            else:
                old, new = _mapping(before[media]), _mapping(after[media])
                self.docs(mb, old, ma, new, ops)
                self.unclassified(mb, old, ma, new, {"schema"}, ops)
                self.schema(
                    join(mb, "schema"),
                    old.get("schema"),
                    join(ma, "schema"),
                    new.get("schema"),
                    direction,
                    operation,
                )

    def responses(self, old: _Op, new: _Op) -> None:
        ops = [new.label]
        bp0, ap0 = join(old.pointer, "responses"), join(new.pointer, "responses")
        before = {str(k): v for k, v in _mapping(old.node.get("responses")).items()}
        after = {str(k): v for k, v in _mapping(new.node.get("responses")).items()}
        for status in sorted(set(before) | set(after)):
            if status not in after:
                self.emit(
                    "response-status-removed",
                    B,
                    join(bp0, status),
                    status,
                    None,
                    f"response {status} removed",
                    ops,
                )
                continue
            if status not in before:
                self.emit(
                    "response-status-added",
                    N,
                    join(ap0, status),
                    None,
                    status,
                    f"response {status} added",
                    ops,
                )
                continue
            bp, b = self.b.follow(join(bp0, status), before[status])
            ap, a = self.a.follow(join(ap0, status), after[status])
            b, a = _mapping(b), _mapping(a)
            self.docs(bp, b, ap, a, ops)
            self.unclassified(bp, b, ap, a, {"content", "headers"}, ops)
            self.content(bp, b, ap, a, "response", new.label)
            self.headers(bp, b, ap, a, new.label)

    def headers(
        self,
        bp: str,
        b: Mapping[str, Any],
        ap: str,
        a: Mapping[str, Any],
        operation: str,
    ) -> None:
        ops = [operation]
        before = {
            str(k).lower(): (str(k), v) for k, v in _mapping(b.get("headers")).items()
        }
        after = {
            str(k).lower(): (str(k), v) for k, v in _mapping(a.get("headers")).items()
        }
        for key in sorted(set(before) | set(after)):
            if key not in after:
                name = before[key][0]
                self.emit(
                    "response-header-removed",
                    B,
                    join(bp, "headers", name),
                    name,
                    None,
                    f"response header {name} removed",
                    ops,
                )
            elif key not in before:
                name = after[key][0]
                self.emit(
                    "response-header-added",
                    N,
                    join(ap, "headers", name),
                    None,
                    name,
                    f"response header {name} added",
                    ops,
                )
            else:
                hp, h = self.b.follow(
                    join(bp, "headers", before[key][0]), before[key][1]
                )
                np_, n = self.a.follow(
                    join(ap, "headers", after[key][0]), after[key][1]
                )
                h, n = _mapping(h), _mapping(n)
                self.docs(hp, h, np_, n, ops)
                self.unclassified(hp, h, np_, n, {"schema", "content"}, ops)
                self.schema(
                    join(hp, "schema"),
                    _param_schema(h),
                    join(np_, "schema"),
                    _param_schema(n),
                    "response",
                    operation,
                )

    # -- security and servers ----------------------------------------------------------

    def security(self, old: _Op, new: _Op) -> None:
        bp, before = _effective_security(self.b, old)
        ap, after = _effective_security(self.a, new)
        if before == after:
            return
        # An old way of authenticating still works if some new alternative asks
        # for a subset of its credentials.
        broken = [alt for alt in before if not any(new_alt <= alt for new_alt in after)]
        shown_b, shown_a = _show_security(before), _show_security(after)
        if not broken:
            self.emit(
                "security-requirement-relaxed",
                N,
                ap or bp,
                shown_b,
                shown_a,
                "security requirements relaxed: every old way to authenticate still works",
                [new.label],
            )
        elif before == {frozenset()}:
            self.emit(
                "security-requirement-added",
                B,
                ap or bp,
                shown_b,
                shown_a,
                "credentials are now required",
                [new.label],
            )
        else:
            self.emit(
                "security-requirement-changed",
                B,
                ap or bp,
                shown_b,
                shown_a,
                "security requirements changed: some old ways to authenticate no longer work",
                [new.label],
            )

    def operation_servers(self, old: _Op, new: _Op) -> None:
        b = _own_servers(old)
        a = _own_servers(new)
        if b is None and a is None:
            return  # both inherit the document's servers, compared once
        bp, bs = b if b is not None else ("/servers", self.b.data.get("servers"))
        ap, as_ = a if a is not None else ("/servers", self.a.data.get("servers"))
        self.servers(bp, bs, ap, as_, [new.label])

    def servers(
        self, bp: str, b: Any, ap: str, a: Any, operations: Iterable[str]
    ) -> None:
        ops = tuple(operations)
        before, after = _servers(b), _servers(a)
        for url in sorted(set(before) | set(after)):
            if url not in after:
                i, _ = before[url]
                self.emit(
                    "server-removed",
                    B,
                    join(bp, i),
                    url,
                    None,
                    f"server {url} removed",
                    ops,
                )
            elif url not in before:
                j, _ = after[url]
                self.emit(
                    "server-added",
                    N,
                    join(ap, j),
                    None,
                    url,
                    f"server {url} added",
                    ops,
                )
            else:
                (i, old), (j, new) = before[url], after[url]
                self.docs(join(bp, i), old, join(ap, j), new, ops)
                if normalized(old.get("variables")) != normalized(new.get("variables")):
                    self.emit(
                        "server-variables-changed",
                        N,
                        join(ap, j, "variables"),
                        show(old.get("variables")),
                        show(new.get("variables")),
                        f"variables of server {url} changed",
                        ops,
                    )

    # -- components ---------------------------------------------------------------

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
            self.emit(
                "model-renamed",
                B,
                join("/components/schemas", new),
                old,
                new,
                f"schema {old} renamed to {new}: the generated model is renamed",
            )
        for name in removed:
            if name not in renamed:
                self.emit(
                    "model-removed",
                    B,
                    join("/components/schemas", name),
                    name,
                    None,
                    f"schema {name} removed: the generated model goes away",
                )
        for name in added:
            if name not in renamed.values():
                self.emit(
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
                self.emit(
                    "security-scheme-removed",
                    B,
                    pointer,
                    name,
                    None,
                    f"security scheme {name} removed",
                )
            elif name not in before:
                self.emit(
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
                self.docs(pointer, old, pointer, new)
                for key in sorted(set(old) | set(new)):
                    if not is_doc_key(key) and normalized(old.get(key)) != normalized(
                        new.get(key)
                    ):
                        self.emit(
                            "security-scheme-changed",
                            B,
                            join(pointer, key),
                            show(old[key]) if key in old else None,
                            show(new[key]) if key in new else None,
                            f"security scheme {name}: {key} changed",
                        )


# -- reading one document ------------------------------------------------------------


def _title(operation: Mapping[str, Any]) -> str:
    """How an operation is known: its summary and operationId."""
    parts = [str(operation[k]) for k in ("summary", "operationId") if operation.get(k)]
    return " / ".join(parts) or "no summary"


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _operations(doc: Document) -> dict[tuple[str, int], _Op]:
    """Operations keyed by their path template (parameter names ignored) and method."""
    found: dict[tuple[str, int], _Op] = {}
    for path, raw in _mapping(doc.data.get("paths")).items():
        path_pointer, item = doc.follow(join("/paths", str(path)), raw)
        item = _mapping(item)
        for rank, method in enumerate(HTTP_METHODS):
            node = item.get(method)
            if isinstance(node, Mapping):
                found[(_TEMPLATE.sub("{}", str(path)), rank)] = _Op(
                    str(path),
                    method,
                    join(path_pointer, method),
                    node,
                    path_pointer,
                    item,
                )
    return found


def _parameters(
    doc: Document, op: _Op
) -> dict[tuple[str, str], tuple[str, Mapping[str, Any]]]:
    """Path-level and operation-level parameters merged: (in, name) -> (pointer, node)."""
    merged: dict[tuple[str, str], tuple[str, Mapping[str, Any]]] = {}
    for owner, base in ((op.path_item, op.path_pointer), (op.node, op.pointer)):
        for i, raw in enumerate(_list(owner.get("parameters"))):
            pointer, param = doc.follow(join(base, "parameters", i), raw)
            param = _mapping(param)
            location, name = param.get("in"), param.get("name")
            if isinstance(location, str) and isinstance(name, str):
                merged[(location, _param_identity(op.path, location, name))] = (
                    pointer,
                    param,
                )
    return merged


def _param_identity(path: str, location: str, name: str) -> str:
    """Header names are case-insensitive; path parameters are known by position."""
    if location == "header":
        return name.lower()
    if location == "path":
        names = [m.group()[1:-1] for m in _TEMPLATE.finditer(path)]
        if name in names:
            return "{" + str(names.index(name)) + "}"
    return name


def _required_param(param: Mapping[str, Any]) -> bool:
    return param.get("required") is True or param.get("in") == "path"


def _param_schema(param: Mapping[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = _mapping(param.get("content"))
    for media in content.values():
        return _mapping(media).get("schema")
    return None


def _param_label(param: Mapping[str, Any]) -> str:
    return (
        f"{param.get('in')} {param.get('name')}: {describe(_param_schema(param) or {})}"
    )


def _effective_security(
    doc: Document, op: _Op
) -> tuple[str, frozenset[frozenset[tuple[str, tuple[str, ...]]]]]:
    """Where an operation's security comes from, and its alternatives as sets."""
    if "security" in op.node:
        pointer, raw = join(op.pointer, "security"), op.node["security"]
    elif "security" in doc.data:
        pointer, raw = "/security", doc.data["security"]
    else:
        pointer, raw = "", []
    alternatives = frozenset(
        frozenset(
            (str(name), tuple(sorted(str(s) for s in _list(scopes))))
            for name, scopes in _mapping(requirement).items()
        )
        for requirement in _list(raw)
    )
    return pointer, alternatives or frozenset({frozenset()})


def _show_security(
    alternatives: frozenset[frozenset[tuple[str, tuple[str, ...]]]],
) -> str:
    shown = sorted(
        " + ".join(
            sorted(
                name + (f"[{', '.join(scopes)}]" if scopes else "")
                for name, scopes in alt
            )
        )
        or "none"
        for alt in alternatives
    )
    return " | ".join(shown)


def _own_servers(op: _Op) -> tuple[str, Any] | None:
    if "servers" in op.node:
        return join(op.pointer, "servers"), op.node["servers"]
    if "servers" in op.path_item:
        return join(op.path_pointer, "servers"), op.path_item["servers"]
    return None


def _servers(value: Any) -> dict[str, tuple[int, Mapping[str, Any]]]:
    found: dict[str, tuple[int, Mapping[str, Any]]] = {}
    for i, server in enumerate(_list(value)):
        if isinstance(server, Mapping) and isinstance(server.get("url"), str):
            found.setdefault(server["url"].rstrip("/"), (i, server))
    return found


def _by_name(value: Any) -> dict[str, tuple[int, Mapping[str, Any]]]:
    found: dict[str, tuple[int, Mapping[str, Any]]] = {}
    for i, tag in enumerate(_list(value)):
        if isinstance(tag, Mapping) and isinstance(tag.get("name"), str):
            found.setdefault(tag["name"], (i, tag))
    return found
