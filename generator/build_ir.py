"""Turn a validated spec into the IR: operations grouped into resources, names made."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace as _replace
from typing import Any
from urllib.parse import urlsplit

from generator.config import Config
from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.ir import (
    Api,
    Body,
    BodyField,
    Model,
    Operation,
    Pagination,
    Param,
    Resource,
    Response,
    SecurityScheme,
    StreamInfo,
    TypeRef,
)
from generator.load import Spec
from generator.method_names import derive_method_names
from generator.naming import (
    METHOD_RESERVED,
    PARAM_RESERVED,
    RESOURCE_RESERVED,
    PyName,
    class_name,
    dedupe,
    model_class_name,
    snake_name,
    words,
)
from generator.oas import HTTP_METHODS, SCHEMA_REF
from generator.pagination import match_pagination
from generator.pointers import (
    escape,
    extend,
    lookup,
    parts,
    pointer,
    resolve,
    schema_key,
)
from generator.repair import split_path_key
from generator.schema_types import SchemaTyper, constraints_of, is_binary

__all__ = ["build_api", "media_kind"]

_TAG_SEPARATOR = re.compile(r"\s*>\s*")


def build_api(spec: Spec, config: Config) -> Api:
    """The IR for ``spec``; raises ``SpecError`` for what would make the client wrong."""
    return _Builder(spec, config).build()


def media_kind(content_type: str) -> str:
    """How a body of ``content_type`` is encoded: json, multipart, form, text, sse or binary."""
    base = content_type.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "text/event-stream":
        return "sse"
    if base.startswith("text/"):
        return "text"
    return "binary"


def _is_range(content_type: str) -> bool:
    """A media range (``*/*``, ``application/*``) rather than one media type."""
    return "*" in content_type.split(";")[0]


def _structured(schema: Mapping[str, Any]) -> bool:
    """Whether values of ``schema`` are JSON data rather than bytes or text."""
    if schema.get("type") in ("object", "array"):
        return True
    return any(
        key in schema
        for key in (
            "properties",
            "additionalProperties",
            "items",
            "allOf",
            "oneOf",
            "anyOf",
        )
    )


@dataclass(frozen=True)
class _Located:
    """An operation as found in the spec, before names are made."""

    path: str
    method: str
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]
    pointer: str


class _Builder:
    def __init__(self, spec: Spec, config: Config) -> None:
        self.spec = spec
        self.data = spec.data
        self.config = config
        self.problems: list[Diagnostic] = []
        self.warnings: list[Diagnostic] = []
        self.schemas: Mapping[str, Any] = (
            self.data.get("components", {}).get("schemas", {}) or {}
        )
        self.model_names = dedupe(
            ((key, model_class_name(key)) for key in self.schemas), sep=""
        )
        self.model_keys: dict[str, str] = {
            name: key for key, name in self.model_names.items()
        }
        self.typer = SchemaTyper(self.resolve, self._model_for_ref)

    # -- references -------------------------------------------------------

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref`` chains within the document."""
        node = resolve(self.data, node)
        return node if isinstance(node, Mapping) else {}

    def _model_for_ref(self, ref: str) -> PyName | None:
        key = schema_key(ref)
        return None if key is None else self.model_names.get(key)

    # -- the whole api ----------------------------------------------------

    def build(self) -> Api:
        info = self.data.get("info", {})
        schemes = self._security_schemes()
        default_url = _first_concrete(self.data.get("servers"))
        located = list(self._operations())
        operations = {
            loc.pointer: self._operation(loc, schemes, default_url) for loc in located
        }
        resources = self._resources(located, operations)
        if self.problems:
            raise SpecError(self.problems)
        models = tuple(
            Model(key, self.model_names[key], pointer("components", "schemas", key))
            for key in sorted(self.schemas)
        )
        return Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "") or ""),
            package=snake_name(self.config.package),
            client_name=class_name(self.config.client_name + "Client"),
            env_prefix=self.config.env_prefix,
            default_base_url=default_url,
            security_schemes=tuple(schemes.values()),
            resources=resources,
            models=models,
            schemas=self._model_input(),
            retry_count_header=self.config.retry_count_header,
            warnings=tuple(
                sorted(
                    {
                        *self.warnings,
                        *(
                            self.spec.diagnostic(
                                where, message, severity=Severity.WARNING
                            )
                            for where, message in self.typer.fallbacks
                        ),
                    }
                )
            ),
        )

    def _model_input(self) -> dict[str, Any]:
        """The component schemas under the class names chosen here."""
        renamed = {self.model_names[k]: v for k, v in self.schemas.items()}
        document = {
            "openapi": self.data.get("openapi", "3.0.0"),
            "info": {"title": "models", "version": "0"},
            "paths": {},
            "components": {"schemas": renamed},
        }
        renamed_document: dict[str, Any] = _rewrite_refs(
            document, dict(self.model_names)
        )
        return renamed_document

    # -- security -----------------------------------------------------------

    def _security_schemes(self) -> dict[str, SecurityScheme]:
        raw = self.data.get("components", {}).get("securitySchemes", {}) or {}
        prefix = self.config.env_prefix.lower() + "-"
        found: list[tuple[str, PyName, str, str, str]] = []
        for key in raw:  # spec order: the constructor lists them the same way
            scheme = self.resolve(raw[key])
            kind = scheme.get("type")
            if kind == "apiKey":
                wire = str(scheme.get("name", key))
                base = wire.lower().removeprefix("x-").removeprefix(prefix)
                location = scheme.get("in", "header")
                found.append(
                    (
                        key,
                        snake_name(base, reserved=PARAM_RESERVED),
                        location,
                        wire,
                        scheme.get("description", ""),
                    )
                )
            elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                # a username and a password, named so whatever the scheme's key
                found.append(
                    (
                        key,
                        snake_name("username", reserved=PARAM_RESERVED),
                        "basic",
                        "Authorization",
                        scheme.get("description", ""),
                    )
                )
            elif kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                found.append(
                    (
                        key,
                        snake_name(key, reserved=PARAM_RESERVED),
                        "bearer",
                        "Authorization",
                        scheme.get("description", ""),
                    )
                )
            else:
                # oauth2 / openIdConnect / mutualTLS: a bearer token is what a client sends
                found.append(
                    (
                        key,
                        snake_name(key, reserved=PARAM_RESERVED),
                        "bearer",
                        "Authorization",
                        scheme.get("description", ""),
                    )
                )
        # a basic scheme's password is one more argument, named with the rest
        password = snake_name("password", reserved=PARAM_RESERVED)
        names = dedupe(
            [(key, name) for key, name, *_ in found]
            + [("\0" + key, password) for key, _, kind, *_ in found if kind == "basic"]
        )

        def env(name: PyName) -> str:
            return f"{self.config.env_prefix}_{name.upper().rstrip('_')}"

        return {
            key: SecurityScheme(
                key=key,
                py_name=names[key],
                env_var=env(names[key]),
                kind=kind,  # type: ignore[arg-type]
                wire_name=wire,
                description=str(description or ""),
                password_py_name=names.get("\0" + key),
                password_env_var=env(names["\0" + key]) if kind == "basic" else "",
            )
            for key, _, kind, wire, description in found
        }

    def _security(
        self, node: Mapping[str, Any], schemes: Mapping[str, SecurityScheme], ptr: str
    ) -> tuple[tuple[PyName, ...], ...]:
        requirements = node.get("security", self.data.get("security"))
        if not requirements:
            return ()
        alternatives: list[tuple[PyName, ...]] = []
        for i, requirement in enumerate(requirements):
            names = []
            for key in requirement or {}:
                if key not in schemes:
                    self.problems.append(
                        self.spec.diagnostic(
                            (
                                extend(ptr, "security", i, key)
                                if "security" in node
                                else pointer("security", i, key)
                            ),
                            f"security scheme {key!r} is not defined in components/securitySchemes",
                        )
                    )
                    continue
                names.append(schemes[key].py_name)
            alternatives.append(tuple(names))
        return tuple(alternatives)

    # -- operations -----------------------------------------------------------

    def _operations(self) -> list[_Located]:
        found = []
        for path, item in (self.data.get("paths") or {}).items():
            item_node = self.resolve(item)
            for method in HTTP_METHODS:
                if isinstance(item_node.get(method), Mapping):
                    found.append(
                        _Located(
                            path,
                            method,
                            item_node[method],
                            item_node,
                            pointer("paths", path, method),
                        )
                    )
        return found

    def _operation(
        self,
        loc: _Located,
        schemes: Mapping[str, SecurityScheme],
        default_url: str | None,
    ) -> Operation:
        node = loc.node
        params = self._params(loc)
        bodies = self._bodies(loc)
        # arguments share one namespace: parameters first, then body fields
        # a field declared by several content types is one argument, named once
        fields = {f"b:{f.name}": f.py_name for b in bodies for f in b.fields}
        taken = dedupe(
            [(f"p:{p.location}:{p.name}", p.py_name) for p in params]
            + list(fields.items())
        )
        params = [
            _replace(p, py_name=taken[f"p:{p.location}:{p.name}"]) for p in params
        ]
        bodies = [
            _replace(
                b,
                fields=tuple(
                    _replace(f, py_name=taken[f"b:{f.name}"]) for f in b.fields
                ),
            )
            for b in bodies
        ]
        responses = self._responses(loc)
        servers = node.get("servers") or loc.path_item.get("servers")
        server_url = _first_concrete(servers) if servers else None
        path, query = split_path_key(loc.path)  # repair warned of the rest
        op = Operation(
            operation_id=str(
                node.get("operationId") or f"{loc.method.upper()} {loc.path}"
            ),
            method=loc.method.upper(),
            path=path,
            query=query,
            py_name=PyName("_"),  # named with its resource
            summary=str(node.get("summary", "") or ""),
            description=str(node.get("description", "") or ""),
            deprecated=node.get("deprecated") is True,
            params=tuple(params),
            bodies=tuple(bodies),
            responses=responses,
            security=self._security(node, schemes, loc.pointer),
            server_url=server_url if server_url != default_url else None,
            pointer=loc.pointer,
            stream=self._stream(loc, bodies, responses),
            realtime=self._realtime(loc, bodies, responses),
        )
        return _replace(
            op,
            pagination=self._pagination(loc, op),
            idempotency_header=self._idempotency_header(op),
        )

    def _idempotency_header(self, op: Operation) -> str | None:
        """A declared ``Idempotency-Key`` (or configured) header parameter, else
        the configured header on every POST."""
        configured = self.config.idempotency_header
        names = {"idempotency-key", (configured or "").lower()}
        for param in op.params:
            if param.location == "header" and param.name.lower() in names:
                return param.name
        return configured if op.method == "POST" else None

    def _pagination(self, loc: _Located, op: Operation) -> Pagination | None:
        """The ``[tool.generator.pagination]`` scheme ``op`` fits, if any."""
        if not self.config.pagination or op.success is None:
            return None
        raw = (loc.node.get("responses") or {}).get(op.success.status)
        media = (self.resolve(raw or {}).get("content") or {}).get(
            op.success.content_type or ""
        )
        schema = self._object_schema((media or {}).get("schema") or {})
        return match_pagination(
            op,
            self.config.pagination,
            schema,
            lambda ptr: self.resolve(self.resolve(self._at(ptr)).get("schema") or {}),
            self.resolve,
            self.typer.type_of,
        )

    def _at(self, ptr: str) -> Mapping[str, Any]:
        node = lookup(self.data, ptr)
        return node if isinstance(node, Mapping) else {}

    def _realtime(
        self, loc: _Located, bodies: list[Body], responses: tuple[Response, ...]
    ) -> TypeRef | None:
        """Each event's type when the only success is 101, a WebSocket upgrade.

        Events are the 101 response's JSON schema if it declares one, else dicts.
        """
        if {r.status for r in responses if r.status[:1] in "12"} != {"101"}:
            return None
        if loc.method != "get" or bodies:
            self.warnings.append(
                self.spec.diagnostic(
                    loc.pointer,
                    "answers only 101 (a WebSocket upgrade), whose handshake is a GET "
                    "without a body; generated as a plain call",
                    severity=Severity.WARNING,
                )
            )
            return None
        declared = next(
            (r for r in responses if r.status == "101" and r.kind == "json"), None
        )
        if declared is not None:
            return declared.type
        return TypeRef("dict", args=(TypeRef("str"), TypeRef("any")))

    def _stream(
        self, loc: _Located, bodies: list[Body], responses: tuple[Response, ...]
    ) -> StreamInfo | None:
        """Streaming, from a text/event-stream response, the config, or convention.

        A JSON body's boolean ``stream`` property is the switch; events are the
        declared SSE schema, else ``[tool.generator.streams]``, else the schema
        ``<Model>StreamResponse`` next to the JSON response ``<Model>Response``.
        """
        success = [r for r in responses if r.status.startswith("2")]
        sse = next((r for r in success if r.kind == "sse"), None)
        flag = next(
            (
                f.py_name
                for b in bodies[:1]
                for f in b.fields
                if f.name == "stream"
                and f.type.kind in ("bool", "union")
                and any(t.kind == "bool" for t in (f.type, *f.type.args))
            ),
            None,
        )
        if sse is not None and all(r.kind == "sse" for r in success):
            return StreamInfo(sse.type, None)
        if flag is None:
            return None
        if sse is not None:
            return StreamInfo(sse.type, flag)
        op_id = str(loc.node.get("operationId", ""))
        configured = self.config.streams.get(op_id)
        if configured is not None:
            if configured not in self.model_names:
                self.problems.append(
                    self.spec.diagnostic(
                        loc.pointer,
                        f"[tool.generator.streams] names {configured!r}, "
                        "which is not a component schema",
                    )
                )
                return None
            return StreamInfo(
                self.typer.type_of({"$ref": SCHEMA_REF + escape(configured)}), flag
            )
        json_ok = next((r for r in success if r.kind == "json"), None)
        if json_ok is not None and json_ok.type.kind == "model" and json_ok.type.name:
            # the convention is on class names: a key may be chat_stream_response
            guess = json_ok.type.name.removesuffix("Response") + "StreamResponse"
            key = self.model_keys.get(guess)
            if key is not None:
                return StreamInfo(
                    self.typer.type_of({"$ref": SCHEMA_REF + escape(key)}), flag
                )
        self.warnings.append(
            self.spec.diagnostic(
                loc.pointer,
                "stream events have no schema; typed as dict[str, Any] "
                "(name one in [tool.generator.streams])",
                severity=Severity.WARNING,
            )
        )
        return StreamInfo(TypeRef("dict", args=(TypeRef("str"), TypeRef("any"))), flag)

    def _params(self, loc: _Located) -> list[Param]:
        merged: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
        for owner, base in (
            (loc.path_item, pointer("paths", loc.path)),
            (loc.node, loc.pointer),
        ):
            for i, raw in enumerate(owner.get("parameters") or []):
                param = self.resolve(raw)
                if "name" in param and "in" in param:
                    merged[(str(param["in"]), str(param["name"]))] = (
                        param,
                        f"{base}/parameters/{i}",
                    )
        params = []
        for (location, name), (param, ptr) in merged.items():
            schema = param.get("schema")
            if (
                schema is None
                and isinstance(param.get("content"), Mapping)
                and param["content"]
            ):
                schema = next(iter(param["content"].values())).get("schema", {})
            schema = schema or {}
            style = param.get("style") or (
                "form" if location in ("query", "cookie") else "simple"
            )
            params.append(
                Param(
                    name=name,
                    py_name=snake_name(name, reserved=PARAM_RESERVED),
                    location=location,  # type: ignore[arg-type]
                    required=bool(param.get("required")) or location == "path",
                    type=self.typer.type_of(schema, where=f"{ptr}/schema"),
                    description=str(param.get("description", "") or ""),
                    style=str(style),
                    explode=bool(param.get("explode", style == "form")),
                    constraints=constraints_of(self.resolve(schema)),
                    deprecated=param.get("deprecated") is True,
                    pointer=ptr,
                )
            )
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        return sorted(params, key=lambda p: (not p.required, order[p.location]))

    def _bodies(self, loc: _Located) -> list[Body]:
        request = self.resolve(loc.node.get("requestBody") or {})
        bodies: list[Body] = []
        for declared, media in (request.get("content") or {}).items():
            content_type, kind = declared, media_kind(declared)
            kind = "binary" if kind == "sse" else kind
            raw_schema = (media or {}).get("schema") or {}
            schema = self._object_schema(raw_schema)
            required = bool(request.get("required"))
            media_ptr = extend(loc.pointer, "requestBody", "content", declared)
            ptr = extend(media_ptr, "schema")
            if _is_range(declared):
                # A range (*/*) says what the server accepts, not what to send:
                # a body goes under one media type a server can read, structured
                # data as JSON.
                if _structured(self.resolve(raw_schema)):
                    content_type, kind = "application/json", "json"
                elif kind == "text":
                    content_type = "text/plain"
                else:
                    content_type = "application/octet-stream"
                if any(b.content_type == content_type for b in bodies):
                    continue  # also declared as such
            if kind in ("json", "multipart", "form") and schema is not None:
                fields = self._fields(schema, files=kind == "multipart", ptr=ptr)
                bodies.append(Body(content_type, kind, required, fields=fields, pointer=media_ptr))  # type: ignore[arg-type]
            else:
                body_type = (
                    TypeRef("file")
                    if kind == "binary"
                    else (
                        TypeRef("str")
                        if kind == "text"
                        else self.typer.type_of(raw_schema, where=ptr)
                    )
                )
                bodies.append(Body(content_type, kind, required, type=body_type, pointer=media_ptr))  # type: ignore[arg-type]
        return bodies

    def _object_schema(self, raw: Mapping[str, Any]) -> Mapping[str, Any] | None:
        """The schema as one object with properties (allOf merged), or None."""
        schema = self.resolve(raw)
        if isinstance(schema.get("allOf"), list):
            merged: dict[str, Any] = {
                "type": "object",
                "properties": {},
                "required": [],
            }
            for part in schema["allOf"]:
                sub = self._object_schema(part)
                if sub is None:
                    return None
                merged["properties"].update(sub.get("properties", {}))
                merged["required"] += list(sub.get("required", []))
            return merged
        if isinstance(schema.get("properties"), Mapping) and not any(
            k in schema for k in ("oneOf", "anyOf")
        ):
            return schema
        return None

    def _fields(
        self, schema: Mapping[str, Any], *, files: bool, ptr: str
    ) -> tuple[BodyField, ...]:
        required = set(schema.get("required") or [])
        fields = []
        for name, raw in schema["properties"].items():
            prop = self.resolve(raw)
            if prop.get("readOnly") is True:
                continue
            items = (
                self.resolve(prop.get("items") or {})
                if prop.get("type") == "array"
                else {}
            )
            is_file = files and (is_binary(prop) or is_binary(items))
            fields.append(
                BodyField(
                    name=str(name),
                    py_name=snake_name(str(name), reserved=PARAM_RESERVED),
                    required=name in required,
                    type=self.typer.type_of(
                        raw,
                        file_for_binary=files,
                        where=extend(ptr, "properties", name),
                    ),
                    description=str(prop.get("description", "") or ""),
                    is_file=is_file,
                    constraints=constraints_of(prop),
                    default=prop.get("default"),
                    has_default="default" in prop,
                    pointer=extend(ptr, "properties", name),
                )
            )
        return tuple(sorted(fields, key=lambda f: not f.required))

    def _responses(self, loc: _Located) -> tuple[Response, ...]:
        found = []
        for status, raw in (loc.node.get("responses") or {}).items():
            response = self.resolve(raw)
            content = response.get("content") or {}
            description = str(response.get("description", "") or "")
            if not content:
                found.append(
                    Response(str(status), None, "empty", TypeRef("none"), description)
                )
            for content_type, media in content.items():
                kind = media_kind(content_type)
                schema = (media or {}).get("schema") or {}
                where = extend(
                    loc.pointer, "responses", status, "content", content_type, "schema"
                )
                if kind in ("json", "sse"):
                    rtype = self.typer.type_of(schema, where=where)
                elif kind == "text":
                    rtype = TypeRef("str")
                else:
                    kind, rtype = "binary", TypeRef("bytes")
                found.append(Response(str(status), content_type, kind, rtype, description))  # type: ignore[arg-type]
        # JSON first within a status, so the success response is the JSON one
        rank = {"json": 0, "sse": 1, "text": 2, "binary": 3, "empty": 4}
        return tuple(sorted(found, key=lambda r: (r.status, rank[r.kind])))

    # -- resources ----------------------------------------------------------

    def _resources(
        self, located: list[_Located], operations: Mapping[str, Operation]
    ) -> tuple[Resource, ...]:
        tag_docs = {
            str(t.get("name")): str(t.get("description", "") or "")
            for t in self.data.get("tags") or []
            if isinstance(t, Mapping)
        }
        groups: dict[tuple[str, ...], list[Operation]] = {}
        tags_by_path: dict[tuple[str, ...], str] = {}
        for loc in located:
            op = operations[loc.pointer]
            tags = loc.node.get("tags") or []
            tag = str(tags[0]) if tags else _first_segment(split_path_key(loc.path)[0])
            key: tuple[str, ...] = tuple(
                snake_name(part, reserved=RESOURCE_RESERVED)
                for part in _TAG_SEPARATOR.split(tag)
            )
            tags_by_path.setdefault(key, tag)
            target, _, method = self.config.rename.get(op.operation_id, "").rpartition(
                "."
            )
            if target:
                key = tuple(
                    snake_name(part, reserved=RESOURCE_RESERVED)
                    for part in target.split(".")
                )
                tags_by_path.setdefault(key, target)
            if method:
                name = method
            elif op.operation_id.startswith(f"{op.method} "):
                name = ""  # derived below, once the resource's operations are known
            else:
                name = op.operation_id
            groups.setdefault(key, []).append(_replace(op, py_name=PyName(name)))
        for key, ops in groups.items():
            unnamed = [op for op in ops if not op.py_name]
            derived = derive_method_names(
                [w for part in key for w in words(part)],
                # the path key, fragment included, tells apart operations on one path
                [(op.method, op.operation_id.partition(" ")[2]) for op in unnamed],
            )
            named = dict(zip((id(op) for op in unnamed), derived, strict=True))
            groups[key] = [
                _replace(op, py_name=PyName(named[id(op)])) if not op.py_name else op
                for op in ops
            ]
        return self._tree((), groups, tags_by_path, tag_docs)

    def _tree(
        self,
        prefix: tuple[str, ...],
        groups: Mapping[tuple[str, ...], list[Operation]],
        tags: Mapping[tuple[str, ...], str],
        docs: Mapping[str, str],
    ) -> tuple[Resource, ...]:
        heads = sorted(
            {
                key[len(prefix)]
                for key in groups
                if key[: len(prefix)] == prefix and len(key) > len(prefix)
            }
        )
        resources = []
        for head in heads:
            key = (*prefix, head)
            ops = groups.get(key, [])
            children = self._tree(key, groups, tags, docs)
            # a method must not hide a child resource of the same name
            taken = {c.py_name for c in children} | METHOD_RESERVED
            methods = dedupe(
                (op.operation_id, snake_name(op.py_name, reserved=taken)) for op in ops
            )
            ops = sorted(
                (_replace(op, py_name=methods[op.operation_id]) for op in ops),
                key=lambda o: o.py_name,
            )
            tag = tags.get(key, " > ".join(key))
            resources.append(
                Resource(
                    tag=tag,
                    py_name=PyName(head),
                    # models that clash are imported under an alias (views.py), so
                    # a new schema never renames a resource class
                    class_name=class_name("_".join(key), reserved=()),
                    module=PyName("_".join(key)),
                    description=docs.get(tag, ""),
                    operations=tuple(ops),
                    children=children,
                )
            )
        return tuple(resources)


def _first_segment(path: str) -> str:
    for segment in path.split("/"):
        if segment and not segment.startswith("{"):
            return segment
    return "root"


def _first_concrete(servers: Any) -> str | None:
    """The first server URL usable as a default: absolute http(s), variables filled."""
    for server in servers or []:
        if not isinstance(server, Mapping) or not isinstance(server.get("url"), str):
            continue
        url = server["url"]
        for name, var in (server.get("variables") or {}).items():
            if isinstance(var, Mapping) and "default" in var:
                url = url.replace("{" + str(name) + "}", str(var["default"]))
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc and "{" not in url:
            return str(url).rstrip("/")
    return None


def _rewrite_refs(node: Any, names: Mapping[str, str]) -> Any:
    """Point schema ``$ref``s at the renamed schemas (``names``: old key -> new key)."""
    if isinstance(node, Mapping):
        return {
            k: (
                _rename_ref(v, names)
                if k == "$ref" and isinstance(v, str)
                else _rewrite_refs(v, names)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(v, names) for v in node]
    return node


def _rename_ref(ref: str, names: Mapping[str, str]) -> str:
    if not ref.startswith(SCHEMA_REF):
        return ref
    key, slash, rest = ref[len(SCHEMA_REF) :].partition("/")
    old = parts("/" + key)[0]
    return SCHEMA_REF + names[old] + slash + rest if old in names else ref
