"""Compare two versions of one operation: parameters, body, responses, security, servers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.oas import HTTP_METHODS
from generator.review.collect import Collector
from generator.review.document import Document, join, normalized, shape
from generator.review.findings import Severity, operation_label, show
from generator.review.schema_diff import SchemaComparer
from generator.review.schema_rules import Direction, Key, describe

__all__ = ["Op", "OperationDiff", "compare_servers", "operations", "title"]

B, N, D = Severity.BREAKING, Severity.NON_BREAKING, Severity.DOCUMENTATION

_TEMPLATE = re.compile(r"\{[^/}]*\}")
# Operation keys some rule looks at; a change elsewhere is reported unclassified.
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


@dataclass(frozen=True)
class Op:
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


class OperationDiff:
    """Compares operation pairs; the schemas they use are registered for later."""

    def __init__(
        self,
        before: Document,
        after: Document,
        out: Collector,
        schemas: SchemaComparer,
    ) -> None:
        self.b = before
        self.a = after
        self.out = out
        self.schemas = schemas
        self.roots: dict[str, set[Key]] = {}  # operation label -> schema pairs

    def compare(self, old: Op, new: Op) -> None:
        """Every difference between two versions of one operation."""
        ops = [new.label]
        b, a = old.node, new.node
        bp, ap = old.pointer, new.pointer
        if b.get("operationId") != a.get("operationId"):
            self.out.emit(
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
            self.out.emit(
                "operation-tag-changed",
                B,
                join(ap, "tags") if "tags" in a else ap,
                show(b_tags[0]) if b_tags else None,
                show(a_tags[0]) if a_tags else None,
                "first tag changed: the generated method moves to another resource",
                ops,
            )
        elif b_tags != a_tags:
            self.out.emit(
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
            self.out.emit(
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
        self.out.docs(bp, b, ap, a, ops)
        self.out.docs(
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
        self.out.unclassified(bp, b, ap, a, _OPERATION_KEYS, ops)
        self.parameters(old, new)
        self.request_body(old, new)
        self.responses(old, new)
        self.security(old, new)
        self.operation_servers(old, new)

    def parameters(self, old: Op, new: Op) -> None:
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
            self.out.emit(
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
                self.out.emit(
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
            self.out.emit(
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
                self.out.emit(
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
                self.out.emit(
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
                self.out.emit(
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
                    self.out.emit(
                        "parameter-serialization-changed",
                        B,
                        join(ap, key) if key in a else join(bp, key),
                        show(b[key]) if key in b else None,
                        show(a[key]) if key in a else None,
                        f"{k[0]} parameter {name}: {key} changed (how it is sent)",
                        ops,
                    )
            self.out.docs(bp, b, ap, a, ops)
            self.schema(
                join(bp, "schema"),
                _param_schema(b),
                join(ap, "schema"),
                _param_schema(a),
                "request",
                new.label,
            )
            self.out.unclassified(
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

    def request_body(self, old: Op, new: Op) -> None:
        ops = [new.label]
        raw_b, raw_a = old.node.get("requestBody"), new.node.get("requestBody")
        if raw_b is None and raw_a is None:
            return
        bp, b = self.b.follow(join(old.pointer, "requestBody"), raw_b)
        ap, a = self.a.follow(join(new.pointer, "requestBody"), raw_a)
        if raw_a is None:
            self.out.emit(
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
            self.out.emit(
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
            self.out.emit(
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
        self.out.docs(bp, b, ap, a, ops)
        self.out.unclassified(bp, b, ap, a, {"required", "content"}, ops)
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
                self.out.emit(
                    f"{where}-content-type-removed",
                    B,
                    mb,
                    media,
                    None,
                    f"{where} content type {media} removed",
                    ops,
                )
            elif media not in before:
                self.out.emit(
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
                self.out.docs(mb, old, ma, new, ops)
                self.out.unclassified(mb, old, ma, new, {"schema"}, ops)
                self.schema(
                    join(mb, "schema"),
                    old.get("schema"),
                    join(ma, "schema"),
                    new.get("schema"),
                    direction,
                    operation,
                )

    def responses(self, old: Op, new: Op) -> None:
        ops = [new.label]
        bp0, ap0 = join(old.pointer, "responses"), join(new.pointer, "responses")
        before = {str(k): v for k, v in _mapping(old.node.get("responses")).items()}
        after = {str(k): v for k, v in _mapping(new.node.get("responses")).items()}
        for status in sorted(set(before) | set(after)):
            if status not in after:
                self.out.emit(
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
                self.out.emit(
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
            self.out.docs(bp, b, ap, a, ops)
            self.out.unclassified(bp, b, ap, a, {"content", "headers"}, ops)
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
                self.out.emit(
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
                self.out.emit(
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
                self.out.docs(hp, h, np_, n, ops)
                self.out.unclassified(hp, h, np_, n, {"schema", "content"}, ops)
                self.schema(
                    join(hp, "schema"),
                    _param_schema(h),
                    join(np_, "schema"),
                    _param_schema(n),
                    "response",
                    operation,
                )

    def security(self, old: Op, new: Op) -> None:
        bp, before = _effective_security(self.b, old)
        ap, after = _effective_security(self.a, new)
        if before == after:
            return
        # An old way of authenticating still works if some new alternative asks
        # for a subset of its credentials.
        broken = [alt for alt in before if not any(new_alt <= alt for new_alt in after)]
        shown_b, shown_a = _show_security(before), _show_security(after)
        if not broken:
            self.out.emit(
                "security-requirement-relaxed",
                N,
                ap or bp,
                shown_b,
                shown_a,
                "security requirements relaxed: every old way to authenticate still works",
                [new.label],
            )
        elif before == {frozenset()}:
            self.out.emit(
                "security-requirement-added",
                B,
                ap or bp,
                shown_b,
                shown_a,
                "credentials are now required",
                [new.label],
            )
        else:
            self.out.emit(
                "security-requirement-changed",
                B,
                ap or bp,
                shown_b,
                shown_a,
                "security requirements changed: some old ways to authenticate no longer work",
                [new.label],
            )

    def operation_servers(self, old: Op, new: Op) -> None:
        b = _own_servers(old)
        a = _own_servers(new)
        if b is None and a is None:
            return  # both inherit the document's servers, compared once
        bp, bs = b if b is not None else ("/servers", self.b.data.get("servers"))
        ap, as_ = a if a is not None else ("/servers", self.a.data.get("servers"))
        compare_servers(self.out, bp, bs, ap, as_, [new.label])

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


def compare_servers(
    out: Collector, bp: str, b: Any, ap: str, a: Any, operations: Iterable[str]
) -> None:
    """Servers by URL: one removed breaks its users, one added breaks nobody."""
    ops = tuple(operations)
    before, after = _servers(b), _servers(a)
    for url in sorted(set(before) | set(after)):
        if url not in after:
            i, _ = before[url]
            out.emit(
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
            out.emit(
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
            out.docs(join(bp, i), old, join(ap, j), new, ops)
            if normalized(old.get("variables")) != normalized(new.get("variables")):
                out.emit(
                    "server-variables-changed",
                    N,
                    join(ap, j, "variables"),
                    show(old.get("variables")),
                    show(new.get("variables")),
                    f"variables of server {url} changed",
                    ops,
                )


def title(operation: Mapping[str, Any]) -> str:
    """How an operation is known: its summary and operationId."""
    parts = [str(operation[k]) for k in ("summary", "operationId") if operation.get(k)]
    return " / ".join(parts) or "no summary"


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def operations(doc: Document) -> dict[tuple[str, int], Op]:
    """Operations keyed by their path template (parameter names ignored) and method."""
    found: dict[tuple[str, int], Op] = {}
    for path, raw in _mapping(doc.data.get("paths")).items():
        path_pointer, item = doc.follow(join("/paths", str(path)), raw)
        item = _mapping(item)
        for rank, method in enumerate(HTTP_METHODS):
            node = item.get(method)
            if isinstance(node, Mapping):
                found[(_TEMPLATE.sub("{}", str(path)), rank)] = Op(
                    str(path),
                    method,
                    join(path_pointer, method),
                    node,
                    path_pointer,
                    item,
                )
    return found


def _parameters(
    doc: Document, op: Op
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
    doc: Document, op: Op
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


def _own_servers(op: Op) -> tuple[str, Any] | None:
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
