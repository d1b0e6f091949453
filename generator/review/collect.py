"""Findings gathered while two specs are compared: merged where a change recurs, then sorted."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.review.document import is_doc_key, join, normalized
from generator.review.findings import (
    Finding,
    Severity,
    operation_sort_key,
    show,
    sort_findings,
)
from generator.review.schema_rules import doc_change

__all__ = ["Collector"]

# Operation-level kinds whose identical occurrences in many places are one finding.
_GROUPED = re.compile(
    r"^(parameter-|request-body-|request-content-type-|response-status-|"
    r"response-content-type-|response-header-|security-requirement-|server-|"
    r"operation-deprecation-)"
)


@dataclass
class _Pending:
    severity: Severity
    message: str
    operations: set[str] = field(default_factory=set)
    pointers: set[str] = field(default_factory=set)


class Collector:
    """Findings by (kind, place, before, after, message), with the operations they affect."""

    def __init__(self) -> None:
        # the place is the pointer, or "" for kinds grouped across places
        self.found: dict[tuple[str, str, str | None, str | None, str], _Pending] = {}

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
        key = (kind, "" if grouped else pointer, before, after, message)
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
                    Severity.DOCUMENTATION,
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
                    Severity.BREAKING,
                    join(ap, key) if key in a else join(bp, key),
                    show(b[key]) if key in b else None,
                    show(a[key]) if key in a else None,
                    f"{key} changed; no rule classifies it, so check it by hand",
                    operations,
                )

    def findings(self) -> tuple[Finding, ...]:
        result = []
        for (kind, _, before, after, _), pending in self.found.items():
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
