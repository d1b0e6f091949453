"""Random text in every place a spec string reaches code: it compiles, black accepts it, values round-trip."""

from __future__ import annotations

import ast
import json
import string
from pathlib import Path
from typing import Any

import black
import pytest
from corpus_support import literal_values, model_fields
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.config import Config
from generator.pipeline import generate

# Any text JSON can carry (surrogates cannot be UTF-8).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
# Text a URL path or a server URL can hold (see generator.rules).
URL_PART = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
        blacklist_characters="?#{}/%\u200b\ufeff",
    ),
    min_size=1,
    max_size=20,
)
TOKEN = st.text(string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~", min_size=1)
COMPONENT = st.text(
    string.ascii_letters + string.digits + ".-_", min_size=1, max_size=20
)


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    """A one-operation spec with random text in every string that reaches code."""
    enum = draw(st.lists(TEXT, min_size=1, max_size=3, unique=True))
    names = draw(st.lists(TEXT, min_size=2, max_size=2, unique=True))
    segment = draw(URL_PART)
    model = draw(COMPONENT)
    prop = {
        "type": "string",
        "enum": enum,
        "default": draw(st.sampled_from(enum)),
        "example": draw(TEXT),
        "description": draw(TEXT),
        "title": draw(TEXT),
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": draw(TEXT), "description": draw(TEXT), "version": draw(TEXT)},
        "servers": [{"url": "https://api.example/" + segment}],
        "tags": [{"name": draw(TEXT), "description": draw(TEXT)}],
        "paths": {
            f"/{segment}/{{p}}": {
                "parameters": [
                    {
                        "name": "p",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "post": {
                    "operationId": draw(TEXT),
                    "summary": draw(TEXT),
                    "description": draw(TEXT),
                    "tags": [draw(TEXT)],
                    "parameters": [
                        {
                            "name": names[0],
                            "in": "query",
                            "description": draw(TEXT),
                            "schema": prop,
                        },
                        {
                            "name": draw(TOKEN),
                            "in": "header",
                            "schema": {"type": "string"},
                        },
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{model}"}
                            }
                        }
                    },
                    "responses": {"200": {"description": draw(TEXT)}},
                },
            }
        },
        "components": {
            "schemas": {
                model: {
                    "type": "object",
                    "title": draw(TEXT),
                    "description": draw(TEXT),
                    "properties": {
                        names[0]: prop,
                        names[1]: {"type": "string", "description": draw(TEXT)},
                    },
                }
            }
        },
    }


def call_keywords(source: str, func: str) -> list[dict[str, ast.expr]]:
    """Keyword arguments of every call of ``func`` (a name or an attribute) in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == func:
                found.append({k.arg: k.value for k in node.keywords if k.arg})
    return found


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("property")


class TestRandomText:
    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(spec=specs())
    def test_generated_code_is_sound_and_exact(
        self, spec: dict[str, Any], workdir: Path
    ) -> None:
        """Compiles, black leaves it as it is, and every value is the spec's, exactly."""
        path = workdir / "spec.json"
        # ensure_ascii: astral characters travel as surrogate-pair escapes, as JSON writers do
        path.write_text(json.dumps(spec, ensure_ascii=True))
        result = generate(Config(root=workdir, spec=path, out=workdir, package="prop"))
        mode = black.Mode(target_versions={black.mode.TargetVersion.PY311})
        for name, text in result.files.items():
            if name.endswith(".py"):
                compile(text, name, "exec")
                assert black.format_str(text, mode=mode) == text, name

        ((path_key, item),) = spec["paths"].items()
        operation = item["post"]
        query, header = operation["parameters"]
        model_key, schema = next(iter(spec["components"]["schemas"].items()))
        prop_name = query["name"]

        # models: the property's default and enum values
        classes = {m.key: m.class_name for m in result.api.models}
        annotation, default = model_fields(result.files["models.py"])[
            classes[model_key]
        ][prop_name]
        assert default == query["schema"]["default"]
        assert literal_values(annotation) == query["schema"]["enum"]

        # the resource: path, parameter names, body keys, the query enum in the signature
        (module,) = [
            t
            for n, t in result.files.items()
            if n.startswith("resources/") and "Endpoint(" in t
        ]
        (endpoint,) = call_keywords(module, "Endpoint")
        assert ast.literal_eval(endpoint["path"]) == path_key
        params = [
            ast.literal_eval(a)
            for c in ast.walk(endpoint["params"])
            if isinstance(c, ast.Call)
            for a in c.args[:2]
        ]
        assert set(zip(params[::2], params[1::2], strict=True)) == {
            ("p", "path"),
            (prop_name, "query"),
            (header["name"], "header"),
        }
        bodies = [k["body"] for k in call_keywords(module, "request")]
        assert {ast.literal_eval(key) for key in bodies[0].keys} == set(
            schema["properties"]
        )
        signature_literals = [
            literal_values(n.annotation)
            for n in ast.walk(ast.parse(module))
            if isinstance(n, ast.arg)
            and n.annotation is not None
            and "Literal" in ast.unparse(n.annotation)
        ]
        assert query["schema"]["enum"] in signature_literals

        # version ("0.0.0" stands in for an empty one) and the default base URL
        assigned = {
            (
                node.target.id
                if isinstance(node, ast.AnnAssign)
                else node.targets[0].id
            ): node.value
            for name in ("_version.py", "_client.py")
            for node in ast.parse(result.files[name]).body
            if isinstance(node, (ast.Assign, ast.AnnAssign))
            and isinstance(
                node.target if isinstance(node, ast.AnnAssign) else node.targets[0],
                ast.Name,
            )
        }
        assert ast.literal_eval(assigned["__version__"]) == (
            spec["info"]["version"] or "0.0.0"
        )
        assert (
            ast.literal_eval(assigned["_DEFAULT_BASE_URL"]) == spec["servers"][0]["url"]
        )
