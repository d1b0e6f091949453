"""Call one generated method per IR operation with valid arguments, and judge the answer.

Works on any generated package: the caller is given the package module, and
finds its models and stream class in it.
"""

from __future__ import annotations

import importlib
import json
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import pydantic
from value_factory import ValueFactory

from generator.ir import Api, Body, Operation, Resource, TypeRef

__all__ = [
    "FILE_BYTES",
    "Caller",
    "Located",
    "Outcome",
    "Recorder",
    "located_operations",
]

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
    """How one call went; ``request`` and ``answer`` are the evidence of a failure."""

    located: Located
    passed: bool
    reason: str = ""
    request: str = ""  # what the client sent: method, URL, start of the body
    answer: str = ""  # what came back: status, Prism's violations or the body's start


EVIDENCE_CHARS = 600


class Recorder(httpx.BaseTransport):
    """A transport that keeps the last request and response it carried, as evidence."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.request: httpx.Request | None = None
        self.response: httpx.Response | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.request, self.response = request, None
        self.response = self.inner.handle_request(request)
        return self.response

    def forget(self) -> None:
        self.request = self.response = None

    def sent(self) -> str:
        """The last request: method, path, query and the start of its body."""
        if self.request is None:
            return "(nothing sent)"
        # not the host: Prism's port is random, and the evidence must not change with it
        target = self.request.url.raw_path.decode("ascii", "replace")
        text = f"{self.request.method} {target}"
        try:
            body = self.request.content
        except httpx.RequestNotRead:
            body = b"(streamed body)"
        if body:
            text += " " + body[:EVIDENCE_CHARS].decode("utf-8", "replace")
        return text

    def without_origin(self, text: str) -> str:
        """``text`` without the last request's scheme, host and port (Prism's port is random)."""
        if self.request is None:
            return text
        url = self.request.url
        return text.replace(f"{url.scheme}://{url.netloc.decode('ascii')}", "")

    def answered(self) -> str:
        """The last response: status, then Prism's violations, else the body's start."""
        if self.response is None:
            return "(no answer)"
        text = str(self.response.status_code)
        violations = self.response.headers.get("sl-violations")
        if violations:
            return f"{text} sl-violations: {violations[: EVIDENCE_CHARS * 2]}"
        try:
            body = self.response.content
        except httpx.ResponseNotRead:
            return text
        return f"{text} {body[:EVIDENCE_CHARS].decode('utf-8', 'replace')}"

    def close(self) -> None:
        self.inner.close()


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
        package: types.ModuleType,
        client_for: Callable[[tuple[str, ...]], Any],
        recorder: Recorder | None = None,
    ) -> None:
        self.factory = factory
        self.models = importlib.import_module(f"{package.__name__}.models")
        streaming = importlib.import_module(f"{package.__name__}._streaming")
        self.stream_type: type = streaming.Stream
        self.client_for = client_for  # credential names -> a client holding them
        self.recorder = recorder  # the transport of those clients, for evidence

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
        media = self.factory.at(body.pointer)
        schema = media.get("schema") or {}
        if body.kind == "binary" and not _is_yaml(body.content_type):
            return {"body": (FILE_NAME, FILE_BYTES)}
        found, value = self.factory.example(media, schema)
        if not found:
            value = self.factory.value(schema, f"{body.content_type} body")
        if body.kind == "binary":  # YAML: the value as JSON, which is YAML too
            return {"body": json.dumps(value).encode()}
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
        if self.recorder is not None:
            self.recorder.forget()
        passed, reason = self._call(located)
        if passed or self.recorder is None:
            return Outcome(located, passed, reason)
        return Outcome(
            located,
            passed,
            self.recorder.without_origin(reason),
            self.recorder.sent(),
            self.recorder.answered(),
        )

    def _call(self, located: Located) -> tuple[bool, str]:
        op = located.operation
        try:
            args = self.arguments(op)
        except Exception as exc:  # the factory's own failure, reported per operation
            return False, f"arguments: {type(exc).__name__}: {exc}"
        client = self.client_for(op.security[0] if op.security else ())
        target = client
        for name in located.path:
            target = getattr(target, name)
        method = getattr(target, op.py_name)
        if op.stream is not None and op.stream.flag is not None:
            # the mock answers JSON; streaming is proven against servers that stream
            args.pop(op.stream.flag, None)
        if op.realtime is not None:
            return _handshake(method, args)
        try:
            result = method(**args)
        except Exception as exc:
            return False, _describe(exc)
        if op.stream is not None and op.stream.flag is None:
            if isinstance(result, self.stream_type):
                return True, ""
            return False, f"returned {type(result).__name__}, not a Stream"
        declared = (
            typing.get_type_hints(method)["return"]
            if op.stream is None or op.success is None
            else self.python_type(op.success.type)
        )
        try:
            pydantic.TypeAdapter(declared).validate_python(result, strict=True)
        except pydantic.ValidationError as exc:
            return False, f"returned {type(result).__name__}, not {declared}: {exc}"
        return True, ""


def _handshake(method: Callable[..., Any], args: dict[str, Any]) -> tuple[bool, str]:
    """A WebSocket operation: Prism speaks no WebSocket, but checks the handshake
    (a GET) against the spec and answers it as a plain call, which the client
    must refuse as a failed upgrade. It passes when Prism found no violation."""
    try:
        connection = method(**args)
    except Exception as exc:
        response = getattr(exc, "response", None)
        if (
            isinstance(response, httpx.Response)
            and response.is_success
            and "sl-violations" not in response.headers
        ):
            return True, ""
        return False, _describe(exc)
    connection.close()
    return False, "a WebSocket opened on a server that cannot upgrade"


def _is_yaml(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base.endswith(("/yaml", "+yaml", "/x-yaml"))


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
