"""The intermediate representation: plain frozen data, names already made.

Built from a validated spec by ``build_ir``; read by the renderers. Raw spec
text (descriptions, wire names, values) is kept as it is: only ``literals``
turns it into code. Fields typed ``PyName`` hold identifiers made by ``naming``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.diagnostics import Diagnostic
from generator.naming import PyName

__all__ = [
    "Api",
    "Body",
    "BodyField",
    "Constraints",
    "Model",
    "Operation",
    "Pagination",
    "Param",
    "Resource",
    "Response",
    "SecurityScheme",
    "StreamInfo",
    "TypeRef",
]

TypeKind = Literal[
    "any",
    "bool",
    "bytes",
    "dict",
    "file",
    "float",
    "int",
    "list",
    "literal",
    "model",
    "none",
    "str",
    "union",
]


@dataclass(frozen=True)
class TypeRef:
    """A Python type expression in structured form."""

    kind: TypeKind
    args: tuple[TypeRef, ...] = ()
    values: tuple[Any, ...] = ()  # literal values, for kind == "literal"
    name: PyName | None = None  # model class, for kind == "model"

    @property
    def nullable(self) -> bool:
        return self.kind == "none" or (
            self.kind == "union" and any(a.kind == "none" for a in self.args)
        )


@dataclass(frozen=True)
class Constraints:
    """Value constraints checked before a request is sent."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in vars(self).values())


@dataclass(frozen=True)
class Param:
    """A path, query, header or cookie parameter."""

    name: str  # on the wire
    py_name: PyName
    location: Literal["path", "query", "header", "cookie"]
    required: bool
    type: TypeRef
    description: str = ""
    style: str = "simple"
    explode: bool = False
    constraints: Constraints = field(default_factory=Constraints)
    deprecated: bool = False
    pointer: str = ""


@dataclass(frozen=True)
class BodyField:
    """One property of an object request body, offered as its own argument."""

    name: str  # on the wire
    py_name: PyName
    required: bool
    type: TypeRef
    description: str = ""
    is_file: bool = False
    constraints: Constraints = field(default_factory=Constraints)
    default: Any = None
    has_default: bool = False
    pointer: str = ""


@dataclass(frozen=True)
class Body:
    """A request body for one content type."""

    content_type: str
    kind: Literal["json", "multipart", "form", "binary", "text"]
    required: bool
    fields: tuple[BodyField, ...] = ()
    # set when the body is not an object with known properties: one ``body`` argument
    type: TypeRef | None = None
    # the media type object in the spec (under the declared key, which may be a
    # range such as */* where content_type is the type sent)
    pointer: str = ""


@dataclass(frozen=True)
class Response:
    """A response for one status (``"200"``, ``"2XX"``, ``"default"``) and content type."""

    status: str
    content_type: str | None
    kind: Literal["json", "binary", "text", "sse", "empty"]
    type: TypeRef
    description: str = ""


@dataclass(frozen=True)
class StreamInfo:
    """How an operation streams server-sent events, each parsed as ``event``."""

    event: TypeRef
    # the boolean body argument that turns streaming on; None: it always streams
    flag: PyName | None


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages, from the scheme it fits (wire names throughout)."""

    scheme: str  # the settings table it fits
    kind: Literal["page", "cursor"]
    param: str  # the query parameter that selects the page
    items: str  # the response's array of items
    item_type: TypeRef
    # the response fields below are None where the response lacks them
    total: str | None
    has_more: str | None
    next_cursor: str | None
    item_cursor: str | None  # a field of the last item: the next cursor
    first_page: int  # the page number the server answers without the parameter


@dataclass(frozen=True)
class SecurityScheme:
    """A credential the client holds, and how a request carries it."""

    key: str  # name under components/securitySchemes
    py_name: PyName  # constructor argument
    env_var: str
    kind: Literal["header", "query", "cookie", "bearer", "basic"]
    wire_name: str  # header, query or cookie name ("Authorization" for http schemes)
    description: str = ""
    # basic: py_name/env_var hold the username, these the password
    password_py_name: PyName | None = None
    password_env_var: str = ""


@dataclass(frozen=True)
class Operation:
    """One HTTP operation, as one method on one resource."""

    operation_id: str
    method: str  # upper case
    path: str
    py_name: PyName
    summary: str
    description: str
    deprecated: bool
    params: tuple[Param, ...]
    bodies: tuple[Body, ...]
    responses: tuple[Response, ...]
    # alternatives, each a tuple of SecurityScheme.py_name that must all be set;
    # () means no credentials are needed
    security: tuple[tuple[PyName, ...], ...]
    server_url: str | None  # set only when it differs from the client's default
    pointer: str
    stream: StreamInfo | None = None
    pagination: Pagination | None = None
    # the header that carries a key generated per call (kept across retries)
    idempotency_header: str | None = None
    # a WebSocket operation (its only success is 101): the type of each event
    realtime: TypeRef | None = None
    # constant query pairs from the path key (``/responses?beta=true``)
    query: tuple[tuple[str, str], ...] = ()

    @property
    def success(self) -> Response | None:
        """The response a successful call returns (first 2xx, JSON preferred)."""
        ok = [r for r in self.responses if r.status.startswith("2")]
        return ok[0] if ok else None


@dataclass(frozen=True)
class Resource:
    """A group of operations (from a tag), exposed as ``client.<py_name>``."""

    tag: str
    py_name: PyName  # attribute on the client or parent resource
    class_name: PyName
    module: PyName  # file name under resources/
    description: str
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...] = ()


@dataclass(frozen=True)
class Model:
    """A component schema, generated as a pydantic model named ``class_name``."""

    key: str
    class_name: PyName
    pointer: str


@dataclass(frozen=True)
class Api:
    """The whole generated client."""

    title: str
    version: str
    description: str
    package: PyName
    client_name: PyName
    env_prefix: str
    default_base_url: str | None
    security_schemes: tuple[SecurityScheme, ...]
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    # the spec with inline schemas named, as handed to the model generator
    schemas: dict[str, Any] = field(compare=False, hash=False, repr=False)
    # places typed less precisely than the spec says (e.g. untyped stream events)
    warnings: tuple[Diagnostic, ...] = ()
    # sent on every retry with the number of retries so far
    retry_count_header: str | None = None
