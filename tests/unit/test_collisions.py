"""Names from hostile specs never collide with each other or with what the client needs."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator import models
from generator.build_ir import build_api
from generator.config import Config
from generator.hoist import hoist_inline_schemas
from generator.ir import Api, Resource
from generator.load import parse_text
from generator.modelcheck import unsafe_constructs
from generator.models import render_models
from generator.render import render_wrappers


def api_for(paths: str, schemas: str = "{}") -> Api:
    text = (
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n"
        + textwrap.indent(textwrap.dedent(paths), "  ")
        + f"components:\n  schemas: {schemas}\n"
    )
    spec = parse_text(text.encode(), Path("s.yaml"))
    return build_api(spec, Config(root=Path("."), spec=Path("s.yaml"), out=Path(".")))


def by_name(resources: tuple[Resource, ...]) -> dict[str, Resource]:
    return {r.py_name: r for r in resources}


class TestResources:
    def test_method_does_not_hide_a_child_resource(self) -> None:
        """A method and a nested resource with one name: the resource keeps it,
        the method takes a trailing underscore (as a keyword would)."""
        api = api_for("""\
            /a: {get: {operationId: value, tags: [things], responses: {'204': {description: ok}}}}
            /b: {get: {operationId: other, tags: ['things > value'], responses: {'204': {description: ok}}}}
            """)
        (things,) = api.resources
        assert [c.py_name for c in things.children] == ["value"]
        assert [op.py_name for op in things.operations] == ["value_"]

    def test_tags_named_like_client_methods(self) -> None:
        """Tags 'request' and 'close' would hide the client's own methods."""
        api = api_for("""\
            /a: {get: {operationId: a, tags: [request], responses: {'204': {description: ok}}}}
            /b: {get: {operationId: b, tags: [Close], responses: {'204': {description: ok}}}}
            """)
        assert sorted(by_name(api.resources)) == ["close_", "request_"]

    def test_resource_class_and_model_of_one_name(self) -> None:
        """Tag 'Pet' and schema 'Pet': both keep their public names; the resource
        module imports the model under another name instead of shadowing it."""
        api = api_for(
            """\
            /a:
              get:
                tags: [Pet]
                operationId: get
                responses:
                  '200':
                    description: ok
                    content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
            """,
            schemas="{Pet: {type: object, properties: {a: {type: string}}}}",
        )
        (pet,) = api.resources
        assert pet.class_name == "Pet" and [m.class_name for m in api.models] == ["Pet"]
        module = ast.parse(
            render_wrappers(api, source_name="s.yaml")["resources/pet.py"]
        )
        imported = {
            alias.name: alias.asname
            for node in module.body
            if isinstance(node, ast.ImportFrom) and node.module == "models"
            for alias in node.names
        }
        assert imported == {"Pet": "PetModel"}
        (method,) = (
            node
            for node in ast.walk(module)
            if isinstance(node, ast.FunctionDef) and node.name == "get"
        )
        assert method.returns is not None and ast.unparse(method.returns) == "PetModel"

    def test_parameters_named_like_called_functions(self) -> None:
        """Parameters 'cast' and 'check' would shadow the functions the method body calls."""
        api = api_for("""\
            /a:
              get:
                operationId: a
                parameters:
                  - {name: cast, in: query, schema: {type: string}}
                  - {name: check, in: query, schema: {type: string, maxLength: 3}}
                responses: {'204': {description: ok}}
            """)
        (resource,) = api.resources
        assert sorted(p.py_name for p in resource.operations[0].params) == [
            "cast_",
            "check_",
        ]


# An inline union member, met before the component "Stop", would be named
# "Stop" by the model generator and push the component to "Stop1".
STOP_SCHEMAS: dict[str, Any] = {
    "Request": {
        "type": "object",
        "properties": {
            "stop": {
                "oneOf": [
                    {"type": "string"},
                    {"type": "array", "maxItems": 4, "items": {"type": "string"}},
                ]
            }
        },
    },
    "Stop": {"type": "object", "properties": {"at": {"type": "integer"}}},
}


class TestModels:
    def test_non_ascii_property_names_keep_their_wire_name(self) -> None:
        """Fullwidth 'class' and the 'fi' ligature get ASCII fields, aliased to the exact names."""
        fullwidth, ligature = "\uff43\uff4c\uff41\uff53\uff53", "\ufb01le"
        document = {
            "openapi": "3.0.3",
            "info": {"title": "m", "version": "0"},
            "paths": {},
            "components": {
                "schemas": {
                    "A": {
                        "type": "object",
                        "properties": {
                            fullwidth: {"type": "string"},
                            "class": {"type": "integer"},
                            ligature: {"type": "string"},
                            "file": {"type": "integer"},
                        },
                    }
                }
            },
        }
        source = render_models(document, package="pkg", header="# h")
        assert unsafe_constructs(source, package="pkg") == []  # ASCII names only
        namespace: dict[str, object] = {}
        plain = source.replace("from pkg._base_model import", "from pydantic import")
        exec(compile(plain, "models", "exec"), namespace)  # checked above: only models
        model = namespace["A"]
        fields = {f.alias or name: name for name, f in model.model_fields.items()}  # type: ignore[attr-defined]
        assert set(fields) == {fullwidth, "class", ligature, "file"}
        assert len(set(fields.values())) == 4

    def test_reserved_schema_names_match_the_model_classes(self) -> None:
        """Schemas named True, Literal or Field: the client and the models agree on the class."""
        api = api_for(
            "/a: {get: {operationId: a, responses: {'204': {description: ok}}}}\n",
            schemas="{'True': {type: object}, Literal: {type: object}, Field: {type: object},"
            " class: {type: object}, Foo_Bar: {type: object}}",
        )
        source = render_models(api.schemas, package="pkg", header="# h")
        defined = {
            line.split("(")[0][6:]
            for line in source.splitlines()
            if line.startswith("class ")
        }
        assert sorted(m.class_name for m in api.models) == sorted(defined)
        assert {m.key: m.class_name for m in api.models}["True"] == "TrueModel"

    def document(self) -> dict[str, Any]:
        return {
            "openapi": "3.0.3",
            "info": {"title": "m", "version": "0"},
            "paths": {},
            "components": {"schemas": STOP_SCHEMAS},
        }

    def classes(self, source: str) -> dict[str, str]:
        """Each class's name -> its first body line."""
        lines = source.splitlines()
        return {
            line.split("(")[0][6:]: lines[i + 1].strip()
            for i, line in enumerate(lines)
            if line.startswith("class ")
        }

    def test_an_inline_class_never_takes_a_component_name(self) -> None:
        """Given to the model generator as it is: a second run moves the inline class."""
        source = render_models(self.document(), package="pkg", header="# h")
        classes = self.classes(source)
        assert classes["Stop"].startswith("at: int")
        assert classes["RequestStopOneOf1"].startswith("root: list[str]")

    def test_hoisted_first_it_runs_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Named by position before the model generator sees it: one run."""
        runs = []
        generate = models._generate

        def counted(*args: Any) -> Any:
            runs.append(args)
            return generate(*args)

        monkeypatch.setattr(models, "_generate", counted)
        hoisted = hoist_inline_schemas(self.document()).data
        classes = self.classes(render_models(hoisted, package="pkg", header="# h"))
        assert len(runs) == 1
        assert classes["Stop"].startswith("at: int")
        assert classes["RequestStopOption2"].startswith("root: list[str]")
