"""The generated client's public surface from the IR, and how it differs between two specs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from generator import pointers
from generator.ir import Api, Resource
from generator.naming import PyName
from generator.pointers import schema_key
from generator.review.findings import operation_label
from generator.schema_types import SchemaTyper
from generator.views import annotation, resource_view

__all__ = [
    "Method",
    "ModelChange",
    "ModelShape",
    "Surface",
    "SurfaceDiff",
    "compare_apis",
    "compare_surfaces",
]


@dataclass(frozen=True)
class Method:
    """One client method: where it hangs, what it calls, its arguments and return type."""

    name: str  # client.images.edit
    endpoint: str  # POST /images/edits
    args: tuple[str, ...]  # "prompt: str", "n: int | Omit | None = omit"
    returns: str

    def signature(self) -> str:
        args = f"*, {', '.join(self.args)}" if self.args else ""
        return f"{self.name}({args}) -> {self.returns}"

    def lines(self) -> list[str]:
        """The signature one argument per line, as the generated code lays it out."""
        return [
            f"def {self.name}(",
            *(f"    {a}," for a in self.args),
            f") -> {self.returns}",
        ]


@dataclass(frozen=True)
class ModelShape:
    """A generated model: its class name and fields (``name: annotation``)."""

    name: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Surface:
    methods: Mapping[str, Method]
    models: Mapping[str, ModelShape]


@dataclass(frozen=True)
class ModelChange:
    name: str
    added: tuple[str, ...]  # "field: annotation"
    removed: tuple[str, ...]
    changed: tuple[tuple[str, str], ...]  # (before, after)


@dataclass(frozen=True)
class SurfaceDiff:
    methods_added: tuple[Method, ...]
    methods_removed: tuple[Method, ...]
    methods_changed: tuple[tuple[Method, Method], ...]
    models_added: tuple[str, ...]
    models_removed: tuple[str, ...]
    models_changed: tuple[ModelChange, ...]

    def __bool__(self) -> bool:
        return any(vars(self).values())

    def as_json(self) -> dict[str, Any]:
        def method(m: Method) -> dict[str, Any]:
            return {"name": m.name, "endpoint": m.endpoint, "signature": m.signature()}

        return {
            "methods_added": [method(m) for m in self.methods_added],
            "methods_removed": [method(m) for m in self.methods_removed],
            "methods_changed": [
                {"before": method(old), "after": method(new)}
                for old, new in self.methods_changed
            ],
            "models_added": list(self.models_added),
            "models_removed": list(self.models_removed),
            "models_changed": [
                {
                    "name": c.name,
                    "fields_added": list(c.added),
                    "fields_removed": list(c.removed),
                    "fields_changed": [
                        {"before": old, "after": new} for old, new in c.changed
                    ],
                }
                for c in self.models_changed
            ],
        }


def compare_apis(before: Api, after: Api) -> SurfaceDiff:
    """How the generated client's surface differs between two IRs.

    Methods come from the views the templates print, so a signature here is
    the generated one. Model fields are typed the way the IR types arguments
    (the models module itself comes from the model generator). Only what can
    differ is looked at: a resource with an equal IR has the same methods; a
    model's fields change with its schema or one its fields refer to.
    """
    old_res, new_res = dict(_resources(before.resources, "client")), dict(
        _resources(after.resources, "client")
    )
    same = {
        path
        for path in set(old_res) & set(new_res)
        if replace(old_res[path], children=()) == replace(new_res[path], children=())
    }
    old_schemas, new_schemas = _schemas(before), _schemas(after)
    affected = _affected(old_schemas, new_schemas)
    return compare_surfaces(
        Surface(_methods(old_res, same), _models(before, old_schemas, affected)),
        Surface(_methods(new_res, same), _models(after, new_schemas, affected)),
    )


def _methods(resources: Mapping[str, Resource], skip: set[str]) -> dict[str, Method]:
    methods: dict[str, Method] = {}
    for path, resource in resources.items():
        if path in skip:
            continue
        view = resource_view(resource)
        for op, method in zip(resource.operations, view.methods, strict=True):
            name = f"{path}.{method.name}"
            methods[name] = Method(
                name=name,
                endpoint=operation_label(op.method, op.path),
                args=tuple(
                    f"{a.name}: {a.annotation}"
                    + (f" = {a.default}" if a.default is not None else "")
                    for a in method.args
                ),
                returns=str(method.returns),
            )
    return methods


def _resources(
    resources: tuple[Resource, ...], prefix: str
) -> Iterator[tuple[str, Resource]]:
    for resource in resources:
        path = f"{prefix}.{resource.py_name}"
        yield path, resource
        yield from _resources(resource.children, path)


def _schemas(api: Api) -> Mapping[str, Any]:
    schemas = (api.schemas.get("components") or {}).get("schemas") or {}
    return schemas if isinstance(schemas, Mapping) else {}


def _affected(old: Mapping[str, Any], new: Mapping[str, Any]) -> set[str]:
    """Models whose fields may differ: changed schemas, and those referring to them
    (through schemas that are not models themselves, since those are inlined)."""
    users: dict[str, set[str]] = {}
    for schemas in (old, new):
        for user, schema in schemas.items():
            for target in _refs(schema):
                users.setdefault(target, set()).add(user)
    changed = {n for n in set(old) | set(new) if old.get(n) != new.get(n)}
    affected, stack = set(changed), list(changed)
    while stack:
        name = stack.pop()
        for user in users.get(name, ()):
            if user in affected:
                continue
            affected.add(user)
            if not (_model_like(old.get(user)) or _model_like(new.get(user))):
                stack.append(user)
    return affected


def _model_like(schema: Any) -> bool:
    """Schemas whose references are typed by class name, not by their content."""
    return isinstance(schema, Mapping) and (
        schema.get("type") == "object"
        or "properties" in schema
        or any(k in schema for k in ("allOf", "oneOf", "anyOf"))
    )


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        name = schema_key(ref) if isinstance(ref, str) else None
        if name is not None:
            yield name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _models(
    api: Api, schemas: Mapping[str, Any], names: set[str]
) -> dict[str, ModelShape]:
    """Shapes of the models in ``names``; the others are listed without fields."""

    document = {"components": {"schemas": schemas}}

    def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
        target = pointers.resolve(document, node)
        return target if isinstance(target, Mapping) else {}

    def model_for_ref(ref: str) -> PyName | None:
        name = schema_key(ref)
        return PyName(name) if name is not None and name in schemas else None

    typer = SchemaTyper(resolve, model_for_ref)
    shapes = {}
    for model in api.models:
        name = str(model.class_name)
        schema = schemas.get(name)
        if name not in names or not isinstance(schema, Mapping):
            shapes[name] = ModelShape(name, ())
            continue
        properties, required = _object(schema, resolve, 0)
        fields: tuple[tuple[str, str], ...]
        if properties is None:
            fields = (("(value)", str(annotation(typer.type_of(schema)))),)
        else:
            fields = tuple(
                (
                    field,
                    f"{annotation(typer.type_of(prop))}"
                    + ("" if field in required else " (optional)"),
                )
                for field, prop in properties.items()
            )
        shapes[name] = ModelShape(name, fields)
    return shapes


Resolve = Callable[[Mapping[str, Any]], Mapping[str, Any]]


def _object(
    schema: Mapping[str, Any], resolve: Resolve, depth: int
) -> tuple[dict[str, Any] | None, set[str]]:
    """Properties and required names of an object schema, allOf parts merged."""
    schema = resolve(schema)
    if depth > 20:
        return None, set()
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        required: set[str] = set()
        for part in schema["allOf"]:
            props, req = _object(part, resolve, depth + 1)
            merged.update(props or {})
            required |= req
        own, req = _own(schema)
        merged.update(own or {})
        return merged, required | req
    return _own(schema)


def _own(schema: Mapping[str, Any]) -> tuple[dict[str, Any] | None, set[str]]:
    props = schema.get("properties")
    if not isinstance(props, Mapping):
        return None, set()
    required = {r for r in schema.get("required") or [] if isinstance(r, str)}
    return {str(k): v for k, v in props.items()}, required


def compare_surfaces(before: Surface, after: Surface) -> SurfaceDiff:
    """Methods and models added, removed or changed; a method that moved is a change."""
    removed = {k: m for k, m in before.methods.items() if k not in after.methods}
    added = {k: m for k, m in after.methods.items() if k not in before.methods}
    changed = [
        (before.methods[k], after.methods[k])
        for k in sorted(set(before.methods) & set(after.methods))
        if before.methods[k] != after.methods[k]
    ]
    # the same endpoint under a new name: a rename or a move, shown as one change
    by_endpoint = {m.endpoint: k for k, m in sorted(added.items())}
    for key, method in sorted(removed.items()):
        new_key = by_endpoint.get(method.endpoint)
        if new_key is not None and new_key in added:
            changed.append((method, added.pop(new_key)))
            del removed[key]
    changed.sort(key=lambda pair: pair[1].name)
    models_changed = []
    for name in sorted(set(before.models) & set(after.models)):
        old, new = dict(before.models[name].fields), dict(after.models[name].fields)
        if old == new:
            continue
        models_changed.append(
            ModelChange(
                name=name,
                added=tuple(f"{f}: {new[f]}" for f in new if f not in old),
                removed=tuple(f"{f}: {old[f]}" for f in old if f not in new),
                changed=tuple(
                    (f"{f}: {old[f]}", f"{f}: {new[f]}")
                    for f in new
                    if f in old and old[f] != new[f]
                ),
            )
        )
    return SurfaceDiff(
        methods_added=tuple(sorted(added.values(), key=lambda m: m.name)),
        methods_removed=tuple(sorted(removed.values(), key=lambda m: m.name)),
        methods_changed=tuple(changed),
        models_added=tuple(sorted(set(after.models) - set(before.models))),
        models_removed=tuple(sorted(set(before.models) - set(after.models))),
        models_changed=tuple(models_changed),
    )
