"""Call one generated method per IR operation with valid arguments, and judge the answer."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import pydantic
from portkey_client._streaming import Stream
from value_factory import ValueFactory, escape

from generator.ir import Api, Body, Operation, Resource, TypeRef

__all__ = ["FILE_BYTES", "Caller", "Located", "Outcome", "located_operations"]

# every byte value, so an encoding slip shows up as a changed upload
FILE_BYTES = bytes(range(256))
FILE_NAME = "contract.bin"


@dataclass(frozen=True)
class Located:
    """An operation and the attribute path from the client to its resource."""

    path: tuple[str, ...]
    operation: Operation

    @property
    def label(self) -> str:
        op = self.operation
        return f"{'.'.join((*self.path, op.py_name))} ({op.method} {op.path})"


@dataclass(frozen=True)
class Outcome:
    located: Located
    passed: bool
    reason: str = ""


def located_operations(api: Api) -> list[Located]:
    """Every operation of the IR, with its resource path, in client order."""

    def walk(
        resources: tuple[Resource, ...], prefix: tuple[str, ...]
    ) -> Iterator[Located]:
        for resource in resources:
            path = (*prefix, str(resource.py_name))
            for op in resource.operations:
                yield Located(path, op)
            yield from walk(resource.children, path)

    return list(walk(api.resources, ()))


class Caller:
    """Builds arguments from the spec and calls methods of a generated package."""

    def __init__(
        self,
        factory: ValueFactory,
        models: types.ModuleType,
        client_for: Callable[[tuple[str, ...]], Any],
    ) -> None:
        self.factory = factory
        self.models = models
        self.client_for = client_for  # credential names -> a client holding them

    # -- arguments ------------------------------------------------------------

    def arguments(self, op: Operation) -> dict[str, Any]:
        """Required arguments, plus the optional ones the spec gives an example for."""
        args: dict[str, Any] = {}
        for param in op.params:
            node = self.factory.at(param.pointer)
            media: dict[str, Any] = next(iter((node.get("content") or {}).values()), {})
            schema = node.get("schema") or media.get("schema", {})
            found, value = self.factory.example(node, schema)
            # Prism 5.16 crashes (and stops serving) when an optional header
            # parameter of object type is absent, so those are always sent.
            object_header = param.location == "header" and (
                self.factory.resolve(schema).get("type") == "object"
            )
            if not (param.required or found or object_header) and not (
                self.factory.has_example(schema)
            ):
                continue
            if not found:
                value = self.factory.value(schema, f"{param.location} {param.name}")
            args[param.py_name] = self.python(param.type, value)
        if op.bodies:
            args.update(self._body_arguments(op, op.bodies[0]))
        return args

    def _body_arguments(self, op: Operation, body: Body) -> dict[str, Any]:
        media = self.factory.at(
            f"{op.pointer}/requestBody/content/{escape(body.content_type)}"
        )
        schema = media.get("schema") or {}
        if body.kind == "binary":
            return {"body": (FILE_NAME, FILE_BYTES)}
        found, value = self.factory.example(media, schema)
        if not found:
            value = self.factory.value(schema, f"{body.content_type} body")
        if body.type is not None:
            if body.kind == "text":
                return {"body": value if isinstance(value, str) else str(value)}
            return {"body": self.python(body.type, value)}
        properties = self.factory.merged(schema).get("properties") or {}
        args: dict[str, Any] = {}
        for field in body.fields:
            if field.is_file:
                one = (FILE_NAME, FILE_BYTES)
                args[field.py_name] = [one] if _is_list(field.type) else one
                continue
            if isinstance(value, dict) and field.name in value:
                item = value[field.name]
            elif not field.required and self.factory.has_example(
                properties.get(field.name, {})
            ):
                item = self.factory.value(properties[field.name], field.name)
            else:
                continue
            args[field.py_name] = self.python(field.type, item)
        return args

    def python(self, t: TypeRef, value: Any) -> Any:
        """``value`` (JSON data) as the Python type the IR gives the argument."""
        return pydantic.TypeAdapter(self.python_type(t)).validate_python(value)

    def python_type(self, t: TypeRef) -> Any:
        """The Python type for ``t``, with model classes from the generated package."""
        simple: dict[str, Any] = {
            "str": str,
            "int": int,
            "float": float,
            "bool": bool,
            "bytes": bytes,
            "none": type(None),
            "any": Any,
            "file": Any,
        }
        if t.kind in simple:
            return simple[t.kind]
        if t.kind == "model":
            return getattr(self.models, str(t.name))
        if t.kind == "literal":
            return Literal[t.values]
        if t.kind == "list":
            return list[self.python_type(t.args[0])]  # type: ignore[misc]
        if t.kind == "dict":
            return dict[str, self.python_type(t.args[1])]  # type: ignore[misc]
        return typing.Union[tuple(self.python_type(a) for a in t.args)]  # noqa: UP007

    # -- calling --------------------------------------------------------------

    def call(self, located: Located) -> Outcome:
        """Call the operation's method once; it passes when the result has the declared type."""
        op = located.operation
        try:
            args = self.arguments(op)
        except Exception as exc:  # the factory's own failure, reported per operation
            return Outcome(located, False, f"arguments: {type(exc).__name__}: {exc}")
        client = self.client_for(op.security[0] if op.security else ())
        target = client
        for name in located.path:
            target = getattr(target, name)
        method = getattr(target, op.py_name)
        if op.stream is not None and op.stream.flag is not None:
            # the mock answers JSON; streaming is proven against servers that stream
            args.pop(op.stream.flag, None)
        try:
            result = method(**args)
        except Exception as exc:
            return Outcome(located, False, _describe(exc))
        if op.stream is not None and op.stream.flag is None:
            ok = isinstance(result, Stream)
            return Outcome(
                located,
                ok,
                "" if ok else f"returned {type(result).__name__}, not a Stream",
            )
        declared = (
            typing.get_type_hints(method)["return"]
            if op.stream is None or op.success is None
            else self.python_type(op.success.type)
        )
        try:
            pydantic.TypeAdapter(declared).validate_python(result, strict=True)
        except pydantic.ValidationError as exc:
            return Outcome(
                located,
                False,
                f"returned {type(result).__name__}, not {declared}: {exc}",
            )
        return Outcome(located, True)


def _is_list(t: TypeRef) -> bool:
    return t.kind == "list" or (
        t.kind == "union" and any(a.kind == "list" for a in t.args)
    )


def _describe(exc: Exception) -> str:
    """The reason a call failed, with Prism's violations when it sent them."""
    response = getattr(exc, "response", None)
    text = f"{type(exc).__name__}: {exc}"
    if response is not None:
        violations = response.headers.get("sl-violations")
        if violations:
            text += f" violations={violations}"
        elif response.content:
            text += f" body={response.text[:500]}"
    return text[:1500]
