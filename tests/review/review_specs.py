"""Small specs for review tests, and what a review of two of them finds."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from generator.review.findings import Finding, Severity
from generator.review.spec_diff import diff_specs

Spec = dict[str, Any]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def things_api(
    request: dict[str, Any] | None = None,
    response: dict[str, Any] | None = None,
    **operation: Any,
) -> Spec:
    """POST /things: a NewThing in, a Thing out; both default to objects with a name."""
    name = {"type": "object", "properties": {"name": {"type": "string"}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Things", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": ref("NewThing")}},
                    },
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": ref("Thing")}},
                        }
                    },
                    **operation,
                }
            }
        },
        "components": {
            "schemas": {
                "NewThing": copy.deepcopy(request if request is not None else name),
                "Thing": copy.deepcopy(response if response is not None else name),
            }
        },
    }


def edited(spec: Spec, edit: Callable[[Spec], None]) -> Spec:
    """A copy of ``spec`` changed by ``edit``."""
    result = copy.deepcopy(spec)
    edit(result)
    return result


def changes(before: Spec, after: Spec) -> set[tuple[str, str]]:
    """(kind, severity) of every finding that is not documentation."""
    return {
        (f.kind, f.severity.value)
        for f in diff_specs(before, after)
        if f.severity is not Severity.DOCUMENTATION
    }


def findings(before: Spec, after: Spec) -> tuple[Finding, ...]:
    return diff_specs(before, after)
