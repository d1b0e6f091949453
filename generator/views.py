"""What templates print, computed from the IR: every value here is ``Code``.

Templates only lay these out; choosing, ordering and composing happen here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace as _replace

from generator.ir import (
    Api,
    Body,
    BodyField,
    Constraints,
    Operation,
    Resource,
    Response,
    TypeRef,
)
from generator.layout import (
    Call,
    Keyword,
    Node,
    Tuple,
    argument,
    assignment_call,
    laid_out,
    parameter,
    return_hint,
)
from generator.literals import Code, comment, py_literal
from generator.naming import PyName, constant_name
from generator.schema_types import union

__all__ = [
    "ArgView",
    "ClientView",
    "MethodView",
    "ResourceView",
    "annotation",
    "client_view",
    "resource_view",
    "variants",
]


@dataclass(frozen=True)
class ArgView:
    name: PyName
    annotation: Code
    default: Code | None  # None: required

    @property
    def hint(self) -> Code:
        """The annotation as laid out on its line of the signature."""
        return parameter(self.name, self.annotation, self.default, _PARAMS)


@dataclass(frozen=True)
class CheckView:
    call: Code  # check(label, argument, constraints...), laid out in the method


@dataclass(frozen=True)
class OverloadView:
    """One ``@overload`` signature: its arguments and return types."""

    args: tuple[ArgView, ...]
    returns: Code
    async_returns: Code

    # The end of the def line: return type and stub body, laid out.
    @property
    def def_end(self) -> Code:
        return Code(return_hint(self.returns, _STUB, _RETURNS) + _STUB)

    @property
    def async_def_end(self) -> Code:
        return Code(return_hint(self.async_returns, _STUB, _RETURNS) + _STUB)


# The runtime functions that open a WebSocket (templates/runtime/_realtime.py).
_CONNECT, _ASYNC_CONNECT = Code("realtime_connect"), Code("async_realtime_connect")
_DEF, _ASYNC_DEF = Code("def"), Code("async def")


@dataclass(frozen=True)
class PagesView:
    """How a list method pages: its ``Pages(...)`` constant and page classes."""

    const: PyName
    definition: Code  # Pages(...), laid out after "const = "
    page: PyName  # the sync page class
    async_page: PyName
    item: Code  # the item annotation
    call: Code  # fetches the first page (sync)
    async_call: Code  # awaitable for the first page, async-iterable over items


@dataclass(frozen=True)
class PageClassView:
    """A response model as a page: ``class Page(Response, SyncPage[Item])``."""

    name: PyName
    async_name: PyName
    response: Code
    item: Code
    doc: str
    async_doc: str


@dataclass(frozen=True)
class MethodView:
    name: PyName
    endpoint_const: PyName
    endpoint: Code  # Endpoint(...) constructor call
    args: tuple[ArgView, ...]
    doc: str  # raw text; templates print it through the docstring filter
    checks: tuple[CheckView, ...]
    values: tuple[tuple[Code, PyName], ...]  # wire name literal -> argument
    body: Code | None  # expression passed as body=
    returns: Code
    async_returns: Code
    cast_to: Code  # the type a non-streaming answer is parsed into
    overloads: tuple[OverloadView, ...]
    extra: tuple[tuple[str, Code], ...]  # more keyword arguments of the request call
    deprecated: Code | None  # comment text
    raw: Code | None  # the assignment of its raw-response twin (sync); None: none
    async_raw: Code | None  # the same for the async class
    async_def: Code = _ASYNC_DEF  # "def" where the async method returns an awaitable
    pages: PagesView | None = None
    # a WebSocket operation: the method opens a connection instead of a request
    realtime: bool = False
    connector: Code = _CONNECT
    async_connector: Code = _ASYNC_CONNECT

    # The types above as laid out where the templates place them.
    @property
    def def_end(self) -> Code:
        return Code(return_hint(self.returns, ":", _RETURNS) + ":")

    @property
    def async_def_end(self) -> Code:
        return Code(return_hint(self.async_returns, ":", _RETURNS) + ":")

    @property
    def cast(self) -> Code:
        return argument("", self.returns, _CAST)

    @property
    def async_cast(self) -> Code:
        return argument("", self.async_returns, _CAST)

    @property
    def cast_to_hint(self) -> Code:
        return argument("cast_to=", self.cast_to, _REQUEST_ARGS)

    @property
    def event_hint(self) -> Code:
        return argument("event=", self.cast_to, _CONNECT_ARGS)

    @property
    def extra_lines(self) -> tuple[Code, ...]:
        """``name=value`` per keyword in ``extra``, each value laid out."""
        return tuple(
            Code(f"{name}={argument(f'{name}=', value, _REQUEST_ARGS)}")
            for name, value in self.extra
        )


@dataclass(frozen=True)
class ChildView:
    name: PyName
    module: PyName
    class_name: PyName


@dataclass(frozen=True)
class ResourceView:
    class_name: PyName
    doc: str
    methods: tuple[MethodView, ...]
    children: tuple[ChildView, ...]
    imports: tuple[Code, ...]  # import lines for the module
    exports: Code  # the items of __all__
    has_raw: bool = True  # a with_raw_response twin (WebSocket methods have none)
    pages: tuple[PageClassView, ...] = ()


@dataclass(frozen=True)
class SchemeView:
    name: PyName
    scheme: Code  # Scheme(...), laid out in the _SCHEMES table
    description: str


@dataclass(frozen=True)
class ClientView:
    class_name: PyName
    async_class_name: PyName
    doc: str
    base_url: Code  # literal, or "None"
    base_url_env: Code
    schemes: tuple[SchemeView, ...]
    credentials: tuple[PyName, ...]  # constructor arguments, a basic scheme's two
    resources: tuple[ChildView, ...]
    version: Code
    no_base_url: Code
    retry_count_header: Code  # literal, or "None"


@dataclass(frozen=True)
class VariantView:
    """The sync or the async flavour of a client or resource class."""

    prefix: Code  # "" or "Async"
    base: Code  # "Sync" or "Async"
    is_async: bool
    enter: Code
    init_doc: str
    def_: Code  # "def" or "async def"
    await_: Code  # "" or "await "


def variants(api: Api) -> tuple[VariantView, VariantView]:
    lines = [
        "Create a client; credentials not passed are read from the environment.",
        "",
        "Args:",
    ]
    for s in api.security_schemes:
        if s.password_py_name:
            lines.append(
                f"    {s.py_name}: HTTP basic auth user; defaults to ${s.env_var}."
            )
            lines.append(
                f"    {s.password_py_name}: its password; defaults to ${s.password_env_var}."
            )
            continue
        how = "Bearer token" if s.kind == "bearer" else f"sent as {s.wire_name}"
        lines.append(f"    {s.py_name}: {how}; defaults to ${s.env_var}.")
    lines += [
        f"    base_url: defaults to ${api.env_prefix}_BASE_URL, then {api.default_base_url or 'nothing'}.",
        "    timeout: seconds or an httpx.Timeout for each attempt (a call's own timeout= wins);",
        "        defaults to 600 s to read and 5 s to connect; None waits forever.",
        "    max_retries: retries of connection errors, 408, 409, 429 and 5xx answers,",
        "        after the server's Retry-After or an exponential backoff; defaults to 2.",
        "    default_headers: headers sent with every request.",
        "    default_query: query parameters sent with every request.",
        "    http_client: an httpx client to use (and not close) instead of a new one.",
    ]
    doc = "\n".join(lines)
    return (
        VariantView(
            Code(""),
            Code("Sync"),
            False,
            Code("def __enter__"),
            doc,
            Code("def"),
            Code(""),
        ),
        VariantView(
            Code("Async"),
            Code("Async"),
            True,
            Code("async def __aenter__"),
            doc,
            Code("async def"),
            Code("await "),
        ),
    )


@dataclass(frozen=True)
class Scope:
    """How a module spells types: model classes it imported under another name,
    and builtins shadowed in a class body by a method of the same name."""

    models: Mapping[str, str] = field(default_factory=dict)
    shadowed: frozenset[str] = frozenset()


_BUILTIN_KINDS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})


def annotation(t: TypeRef, scope: Scope = Scope()) -> Code:
    """The Python annotation for ``t``."""

    def builtin(name: str) -> str:
        return f"builtins.{name}" if name in scope.shadowed else name

    if t.kind in ("str", "int", "float", "bool", "bytes"):
        return Code(builtin(t.kind))
    if t.kind == "none":
        return Code("None")
    if t.kind == "any":
        return Code("Any")
    if t.kind == "file":
        return Code("FileTypes")
    if t.kind == "model":
        assert t.name is not None
        return Code(scope.models.get(t.name, t.name))
    if t.kind == "literal":
        return Code("Literal[" + ", ".join(py_literal(v) for v in t.values) + "]")
    if t.kind == "list":
        return Code(f"{builtin('list')}[{annotation(t.args[0], scope)}]")
    if t.kind == "dict":
        key, value = (annotation(a, scope) for a in t.args)
        return Code(f"{builtin('dict')}[{key}, {value}]")
    return Code(" | ".join(annotation(a, scope) for a in t.args))


def _walk(t: TypeRef) -> Iterable[TypeRef]:
    yield t
    for arg in t.args:
        yield from _walk(arg)


# Names a resource module binds itself (templates/resource.py.jinja).
_MODULE_NAMES = frozenset(
    {
        "Any",
        "AsyncAPIClient",
        "AsyncAPIResource",
        "Body",
        "Endpoint",
        "FileTypes",
        "Headers",
        "Literal",
        "Omit",
        "Param",
        "Query",
        "SyncAPIClient",
        "SyncAPIResource",
        "TYPE_CHECKING",
        "Timeout",
        "annotations",
        "builtins",
        "cached_property",
        "cast",
        "check",
        "omit",
        "to_raw_response",
        "to_raw_response_async",
        "overload",
        "Stream",
        "AsyncStream",
        "AsyncRealtimeConnectionManager",
        "RealtimeConnection",
        "async_realtime_connect",
        "realtime_connect",
        "AsyncPage",
        "AsyncPaginator",
        "Pages",
        "SyncPage",
        "paginate",
    }
)


def resource_view(resource: Resource) -> ResourceView:
    ops = resource.operations
    types = [t for op in ops for top in _types_of(op) for t in _walk(top)]
    kinds = {t.kind for t in types}
    own = {
        f"{prefix}{name}{suffix}"
        for name in (resource.class_name, *(c.class_name for c in resource.children))
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse")
    }
    page_names = _page_names(ops)
    own |= {f"{p}{n}" for n in page_names.values() for p in ("", "Async")}
    models: dict[str, str] = {}
    for model in sorted({t.name for t in types if t.kind == "model" and t.name}):
        local: str = model
        while local in _MODULE_NAMES or local in own or local in models.values():
            local += "Model"  # another name in this module: import it aliased
        models[model] = local
    shadowed = frozenset(_BUILTIN_KINDS & {op.py_name for op in ops})
    scope = Scope(models, shadowed)
    methods = tuple(_method_view(op, scope, page_names) for op in ops)
    pages = _page_classes(ops, scope, page_names)

    imports = []
    plain = [op for op in ops if op.realtime is None]
    if ops:
        overloaded = any(op.stream is not None and op.stream.flag for op in ops)
        typing_names = [
            *(["cast"] if any(op.pagination is None for op in plain) else []),
            *(["Any"] if "any" in kinds else []),
            *(["Literal"] if "literal" in kinds or overloaded else []),
            *(["overload"] if overloaded else []),
        ]
        runtime = ["Headers", "Omit", "Query", "Timeout", "omit"]
        runtime += ["Body"] if plain else []
        runtime += ["FileTypes"] if "file" in kinds else []
        base = ["Endpoint"] + (["Param"] if any(op.params for op in ops) else [])
        if typing_names:
            imports.append(
                Code(f"from typing import {', '.join(sorted(typing_names))}")
            )
        imports.append(Code(f"from .._base_client import {', '.join(base)}"))
        if plain:
            imports.append(
                Code("from .._response import to_raw_response, to_raw_response_async")
            )
        imports.append(Code(f"from .._types import {', '.join(sorted(runtime))}"))
        if len(plain) < len(ops):
            imports.append(
                Code(
                    "from .._realtime import AsyncRealtimeConnectionManager, "
                    "RealtimeConnection, async_realtime_connect, realtime_connect"
                )
            )
    spelled = [a.annotation for m in methods for a in m.args]
    spelled += [m.returns for m in methods] + [m.async_returns for m in methods]
    if any("builtins." in text for text in spelled):
        imports.append(Code("import builtins"))
    imports.append(Code("from .._resource import AsyncAPIResource, SyncAPIResource"))
    if resource.children:
        imports.append(Code("from functools import cached_property"))
    if any(m.checks for m in methods):
        imports.append(Code("from .._validation import check"))
    if any(op.stream is not None for op in ops):
        imports.append(Code("from .._streaming import AsyncStream, Stream"))
    if pages:
        imports.append(
            Code(
                "from .._pagination import "
                "AsyncPage, AsyncPaginator, Pages, SyncPage, paginate"
            )
        )
    if models:
        names = (f"{m} as {local}" if local != m else m for m, local in models.items())
        imports.append(Code(f"from ..models import {', '.join(names)}"))
    exported = sorted(
        f"{prefix}{name}"
        for name in (resource.class_name, *(p.name for p in pages))
        for prefix in ("", "Async")
    )
    return ResourceView(
        class_name=resource.class_name,
        doc=resource.description or f"Operations tagged {resource.tag!r}.",
        methods=methods,
        children=tuple(
            ChildView(c.py_name, c.module, c.class_name) for c in resource.children
        ),
        imports=tuple(imports),
        exports=Code(", ".join(py_literal(name) for name in exported)),
        has_raw=bool(plain),
        pages=pages,
    )


def _types_of(op: Operation) -> Iterable[TypeRef]:
    for p in op.params:
        yield p.type
    for body in op.bodies:
        for f in body.fields:
            yield f.type
        if body.type is not None:
            yield body.type
    success = op.success
    if success is not None:
        yield success.type
    if op.stream is not None:
        yield op.stream.event
    if op.realtime is not None:
        yield op.realtime
    if op.pagination is not None:
        yield op.pagination.item_type
    if len(op.bodies) > 1:
        yield TypeRef("literal", values=tuple(b.content_type for b in op.bodies))


# Where templates put code whose layout is computed here (see generator.layout):
# in _signature.jinja the parameters and the return type, in _method.jinja the
# statements of the body and the arguments of cast() and of the request call, in resource.py.jinja the body
# of a WithRawResponse class's __init__.
_PARAMS = 8
_BODY = 8
_RETURNS = 4
_STUB = ": ..."  # an overload's body, on its def line
_CAST = 12
_REQUEST_ARGS = 16
_CONNECT_ARGS = 12
_RAW_INIT = 8
_SCHEME_TABLE = 4  # _client.py.jinja


def _page_names(ops: Iterable[Operation]) -> dict[str, PyName]:
    """The page class of each paginated response model, named after it."""
    return {
        name: PyName(f"{name}Page")
        for op in ops
        if op.pagination is not None
        and op.success is not None
        and (name := op.success.type.name) is not None
    }


def _page_classes(
    ops: Iterable[Operation], scope: Scope, names: Mapping[str, PyName]
) -> tuple[PageClassView, ...]:
    found: dict[str, PageClassView] = {}
    for op in ops:
        if op.pagination is None or op.success is None:
            continue
        model = op.success.type.name
        assert model is not None
        if model in found:
            continue
        item = annotation(op.pagination.item_type, scope)
        doc = (
            f"A page of {model}: iterating it yields every "
            f"{annotation(op.pagination.item_type)}, "
            "fetching the following pages as needed."
        )
        found[model] = PageClassView(
            name=names[model],
            async_name=PyName(f"Async{names[model]}"),
            response=annotation(op.success.type, scope),
            item=item,
            doc=doc,
            async_doc=doc.replace("iterating", "async for over"),
        )
    return tuple(found[k] for k in sorted(found))


def _pages_view(
    op: Operation, scope: Scope, names: Mapping[str, PyName]
) -> PagesView | None:
    pagination = op.pagination
    if pagination is None or op.success is None or op.success.type.name is None:
        return None
    const = PyName("_" + constant_name(op.py_name) + "_PAGES")
    keywords = [
        Keyword("kind", py_literal(pagination.kind)),
        Keyword("param", py_literal(pagination.param)),
        Keyword("items", py_literal(pagination.items)),
    ]
    for key in ("total", "has_more", "next_cursor", "item_cursor"):
        value = getattr(pagination, key)
        if value is not None:
            keywords.append(Keyword(key, py_literal(value)))
    if pagination.kind == "page":
        keywords.append(Keyword("first_page", py_literal(pagination.first_page)))
    page = names[op.success.type.name]
    return PagesView(
        const=const,
        definition=laid_out(f"{const} = ", Call("Pages", tuple(keywords))),
        page=page,
        async_page=PyName(f"Async{page}"),
        item=annotation(pagination.item_type, scope),
        call=Code("paginate"),
        async_call=Code("AsyncPaginator"),
    )


def _method_view(
    op: Operation, scope: Scope, page_names: Mapping[str, PyName]
) -> MethodView:
    args: list[ArgView] = []
    docs: list[tuple[str, str]] = []
    checks: list[CheckView] = []
    for p in op.params:
        args.append(_arg(p.py_name, p.type, p.required, scope))
        docs.append((p.py_name, p.description))
        if p.constraints:
            checks.append(_check(p.py_name, p.constraints))
    body_expr: Code | None = None
    fields = _body_fields(op.bodies)
    typed = [b for b in op.bodies if b.type is not None]
    if fields is not None:
        items = []
        for f, required in fields:
            args.append(_arg(f.py_name, f.type, required, scope))
            text = f.description
            if f.has_default:
                default = f"Server default: {f.default!r}."
                text = f"{text}\n\n{default}" if text else default
            docs.append((f.py_name, text))
            if f.constraints:
                checks.append(_check(f.py_name, f.constraints))
            items.append(f"{py_literal(f.name)}: {f.py_name}")
        body_expr = laid_out(
            "body=", Tuple(tuple(items), brackets="{}"), ",", _REQUEST_ARGS
        )
    elif typed:
        name = PyName("body")
        body_type = union([b.type for b in typed if b.type is not None])
        args.append(_arg(name, body_type, all(b.required for b in typed), scope))
        body_expr = Code(name)
    extra: list[tuple[str, str]] = []
    if len(op.bodies) > 1:
        taken = {a.name for a in args}
        selector = PyName(
            "content_type" if "content_type" not in taken else "content_type_"
        )
        choices = ", ".join(py_literal(b.content_type) for b in op.bodies)
        args.append(ArgView(selector, Code(f"Literal[{choices}] | Omit"), Code("omit")))
        docs.append(
            (selector, f"how the body is sent; defaults to {op.bodies[0].content_type}")
        )
        extra.append(("content_type", f"{selector} or None"))
    args.sort(key=lambda a: a.default is not None)  # required first, then optional
    success = op.success
    plain = annotation(success.type, scope) if success is not None else Code("None")
    returns, async_returns = plain, plain
    overloads: tuple[OverloadView, ...] = ()
    if op.stream is not None:
        event = annotation(op.stream.event, scope)
        sync_stream, async_stream = Code(f"Stream[{event}]"), Code(
            f"AsyncStream[{event}]"
        )
        if op.stream.flag is None:
            returns, async_returns = sync_stream, async_stream
            extra += [("stream", "True"), ("stream_to", event)]
        else:
            returns = Code(f"{plain} | {sync_stream}")
            async_returns = Code(f"{plain} | {async_stream}")
            overloads = _stream_overloads(
                args, op.stream.flag, plain, sync_stream, async_stream
            )
            extra += [("stream", f"{op.stream.flag} is True"), ("stream_to", event)]
    const = PyName("_" + constant_name(op.py_name))
    if op.realtime is not None:
        return _connect_view(op, scope, const, args, docs, checks)
    pages = _pages_view(op, scope, page_names)
    if pages is not None:
        returns = Code(pages.page)
        async_returns = Code(f"AsyncPaginator[{pages.async_page}, {pages.item}]")
    return MethodView(
        name=op.py_name,
        endpoint_const=const,
        endpoint=laid_out(f"{const} = ", _endpoint(op, success)),
        args=tuple(args),
        doc=_method_doc(op, docs),
        checks=tuple(checks),
        values=tuple((py_literal(p.name), p.py_name) for p in op.params),
        body=body_expr,
        returns=returns,
        async_returns=async_returns,
        cast_to=plain,
        overloads=overloads,
        extra=tuple((name, Code(value)) for name, value in extra),
        deprecated=(
            comment(f"{op.method} {op.path} is deprecated") if op.deprecated else None
        ),
        raw=_raw_assignment(op.py_name, "to_raw_response"),
        async_raw=_raw_assignment(op.py_name, "to_raw_response_async"),
        pages=pages,
        async_def=_DEF if pages is not None else _ASYNC_DEF,
    )


def _connect_view(
    op: Operation,
    scope: Scope,
    const: PyName,
    args: list[ArgView],
    docs: list[tuple[str, str]],
    checks: list[CheckView],
) -> MethodView:
    """A WebSocket operation: a method that opens a connection of typed events."""
    assert op.realtime is not None
    event = annotation(op.realtime, scope)
    how = "Opens a WebSocket with the client's credentials: send() and recv() JSON events."
    described = "\n\n".join(t for t in (op.description.strip(), how) if t)
    doc = _method_doc(_replace(op, description=described), docs)
    return MethodView(
        name=op.py_name,
        endpoint_const=const,
        endpoint=laid_out(f"{const} = ", _endpoint(op, None)),
        args=tuple(args),
        doc=doc,
        checks=tuple(checks),
        values=tuple((py_literal(p.name), p.py_name) for p in op.params),
        body=None,
        returns=Code(f"RealtimeConnection[{event}]"),
        async_returns=Code(f"AsyncRealtimeConnectionManager[{event}]"),
        cast_to=event,
        overloads=(),
        extra=(),
        deprecated=(
            comment(f"{op.method} {op.path} is deprecated") if op.deprecated else None
        ),
        raw=None,
        async_raw=None,
        realtime=True,
        async_def=_DEF,
    )


def _raw_assignment(name: PyName, wrapper: str) -> Code:
    return assignment_call(f"self.{name}", wrapper, f"resource.{name}", _RAW_INIT)


def _body_fields(bodies: tuple[Body, ...]) -> list[tuple[BodyField, bool]] | None:
    """The arguments of object bodies, merged by wire name over every content type.

    A field is required only if every body that has fields requires it.
    """
    with_fields = [b for b in bodies if b.type is None]
    if not with_fields:
        return None
    merged: dict[str, tuple[BodyField, bool]] = {}
    for body in with_fields:
        for f in body.fields:
            if f.name not in merged:
                merged[f.name] = (f, f.required and body.required)
    for name, (f, required) in merged.items():
        everywhere = all(
            any(g.name == name and g.required for g in b.fields) for b in with_fields
        )
        merged[name] = (f, required and everywhere)
    return list(merged.values())


def _stream_overloads(
    args: list[ArgView],
    flag: PyName,
    plain: Code,
    sync_stream: Code,
    async_stream: Code,
) -> tuple[OverloadView, ...]:
    """Three signatures so that the return type follows the ``stream`` argument."""

    def with_flag(annotation_: str, default: Code | None) -> tuple[ArgView, ...]:
        changed = [
            ArgView(a.name, Code(annotation_), default) if a.name == flag else a
            for a in args
        ]
        return tuple(sorted(changed, key=lambda a: a.default is not None))

    return (
        OverloadView(with_flag("Literal[False] | Omit", Code("omit")), plain, plain),
        OverloadView(with_flag("Literal[True]", None), sync_stream, async_stream),
        OverloadView(
            with_flag("bool", None),
            Code(f"{plain} | {sync_stream}"),
            Code(f"{plain} | {async_stream}"),
        ),
    )


def _arg(name: PyName, t: TypeRef, required: bool, scope: Scope) -> ArgView:
    if required:
        return ArgView(name, annotation(t, scope), None)
    # Omit before None: ruff (RUF036) and readers expect None last
    members = [a for a in t.args] if t.kind == "union" else [t]
    shown = [annotation(m, scope) for m in members if m.kind != "none"] + ["Omit"]
    shown += ["None"] if t.nullable else []
    return ArgView(name, Code(" | ".join(shown)), Code("omit"))


def _check(name: PyName, constraints: Constraints) -> CheckView:
    kwargs = [
        Keyword(key, py_literal(value))
        for key, value in vars(constraints).items()
        if value is not None
    ]
    call = Call("check", (py_literal(str(name)), name, *kwargs))
    return CheckView(laid_out("", call, "", _BODY))


def _endpoint(op: Operation, success: Response | None) -> Call:
    """The ``Endpoint(...)`` constructor call that describes ``op`` to the runtime."""
    lit = py_literal
    parts: list[Node] = [
        Keyword("method", lit(op.method)),
        Keyword("path", lit(op.path)),
    ]
    if op.query:
        pairs = tuple(Tuple((lit(k), lit(v))) for k, v in op.query)
        parts.append(Keyword("query", Tuple(pairs)))
    if op.security:
        alternatives = Tuple(
            tuple(Tuple(tuple(lit(str(n)) for n in alt)) for alt in op.security)
        )
        parts.append(Keyword("security", alternatives))
    if op.params:
        params = Tuple(
            tuple(
                Call(
                    "Param",
                    (lit(p.name), lit(p.location), lit(p.style), lit(p.explode))
                    # the argument's name, for errors, when not the wire name
                    + ((lit(str(p.py_name)),) if p.py_name != p.name else ()),
                )
                for p in op.params
            )
        )
        parts.append(Keyword("params", params))
    if op.bodies:
        first, *others = op.bodies
        parts.append(Keyword("body", lit(first.kind)))
        parts.append(Keyword("content_type", lit(first.content_type)))
        files = sorted(f.name for f in first.fields if f.is_file)
        if files:
            parts.append(Keyword("files", _frozenset(files)))
        if others:
            alternatives_ = Tuple(
                tuple(
                    Tuple(
                        (
                            lit(b.content_type),
                            lit(b.kind),
                            _frozenset(sorted(f.name for f in b.fields if f.is_file)),
                        )
                    )
                    for b in others
                )
            )
            parts.append(Keyword("alternatives", alternatives_))
    kind = success.kind if success is not None else "empty"
    if kind not in ("json", "sse"):
        parts.append(Keyword("response", lit(kind)))
    if success is not None and success.content_type and kind != "json":
        # servers negotiate on Accept: asking for JSON gets a 406 from some
        parts.append(Keyword("accept", lit(success.content_type)))
    if op.server_url:
        parts.append(Keyword("server_url", lit(op.server_url)))
    if op.idempotency_header:
        parts.append(Keyword("idempotency_header", lit(op.idempotency_header)))
    return Call("Endpoint", tuple(parts))


def _frozenset(names: list[str]) -> Call:
    return Call("frozenset", (Tuple(tuple(py_literal(n) for n in names)),))


def _method_doc(op: Operation, args: list[tuple[str, str]]) -> str:
    sections = [s for s in (op.summary.strip(), op.description.strip()) if s]
    if not sections:
        sections.append(f"{op.method} {op.path}")
    if sections[0].rstrip(".") == sections[-1].rstrip(".") and len(sections) == 2:
        sections.pop()
    documented = [(name, text.strip()) for name, text in args if text.strip()]
    if documented:
        lines = ["Args:"]
        for name, text in documented:
            first, *rest = text.splitlines()
            lines.append(f"    {name}: {first}")
            lines.extend(f"        {line}" if line.strip() else "" for line in rest)
        sections.append("\n".join(lines))
    return "\n\n".join(sections)


def client_view(api: Api) -> ClientView:
    schemes = tuple(
        SchemeView(
            name=s.py_name,
            scheme=laid_out(
                f"{py_literal(str(s.py_name))}: ",
                Call(
                    "Scheme",
                    (
                        Keyword("kind", py_literal(s.kind)),
                        Keyword("wire_name", py_literal(s.wire_name)),
                        Keyword("env_var", py_literal(s.env_var)),
                    )
                    + (
                        (
                            Keyword("password", py_literal(str(s.password_py_name))),
                            Keyword("password_env_var", py_literal(s.password_env_var)),
                        )
                        if s.password_py_name
                        else ()
                    ),
                ),
                ",",
                _SCHEME_TABLE,
            ),
            description=s.description
            or f"Sent as {s.wire_name} ({s.kind}); defaults to ${s.env_var}.",
        )
        for s in api.security_schemes
    )
    title = api.title or "the API"
    return ClientView(
        class_name=api.client_name,
        async_class_name=PyName("Async" + api.client_name),
        doc=f"Client for {title}."
        + (f"\n\n{api.description}" if api.description else ""),
        base_url=py_literal(api.default_base_url),
        base_url_env=py_literal(f"{api.env_prefix}_BASE_URL"),
        schemes=schemes,
        credentials=tuple(
            name
            for s in api.security_schemes
            for name in (s.py_name, s.password_py_name)
            if name is not None
        ),
        resources=tuple(
            ChildView(r.py_name, r.module, r.class_name) for r in api.resources
        ),
        version=py_literal(api.version or "0.0.0"),
        no_base_url=py_literal(
            f"no base_url: pass base_url= or set ${api.env_prefix}_BASE_URL"
        ),
        retry_count_header=py_literal(api.retry_count_header),
    )
