"""The hostile corpus: every case generates, imports, calls, round-trips, and runs no payload."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from corpus_support import (
    PLACEHOLDER,
    Case,
    CorpusRun,
    case_names,
    literal_values,
    model_fields,
    package_for,
)

from generator.load import load_spec
from generator.modelcheck import unsafe_constructs
from generator.oas import HTTP_METHODS
from generator.refs import bundle

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated" / "portkey_client"
RUNTIME = sorted(p.name for p in (ROOT / "templates" / "runtime").glob("*.py"))
CASES = case_names()


def spec_data(case: Case) -> dict[str, Any]:
    return bundle(load_spec(case.spec)).data


def operations(data: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) -> the operation with its path-level parameters merged in."""
    found = {}
    for path, item in data["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = dict(item[method])
                op["all_parameters"] = [
                    _deref(data, p)
                    for p in item.get("parameters", []) + op.get("parameters", [])
                ]
                found[(method.upper(), path)] = op
    return found


def _deref(data: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = data
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def call_names(source: str) -> set[str]:
    """The last name of everything called in ``source`` (``a.b.c()`` -> ``c``)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                names.add(func.id)
            elif isinstance(func, ast.Attribute):
                names.add(func.attr)
            else:
                names.add(type(func).__name__)
    return names


def class_names(files: dict[str, str]) -> set[str]:
    return {
        node.name
        for path, text in files.items()
        if path.endswith(".py")
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.ClassDef)
    }


def generated_modules(files: dict[str, str]) -> dict[str, str]:
    """The modules made from the spec (not copied from templates/runtime)."""
    return {
        path: text
        for path, text in files.items()
        if path.endswith(".py") and path not in RUNTIME
    }


# What the committed package calls in its spec-made modules: the only calls a
# generated module may make, besides constructing its own classes.
BASELINE_CALLS = set().union(
    *(
        call_names(p.read_text())
        for p in COMMITTED.rglob("*.py")
        if p.name not in RUNTIME or p.parent.name == "resources"
    )
)


@pytest.fixture
def case(corpus: CorpusRun, name: str) -> Case:
    return corpus.cases[name]


@pytest.mark.parametrize("name", CASES)
class TestGeneration:
    def test_generates(self, case: Case) -> None:
        """The case generates without a problem."""
        assert case.error == "", case.error

    def test_models_module_is_only_models(self, case: Case) -> None:
        """The third-party models module passes the allowlist check."""
        assert unsafe_constructs(case.files["models.py"], package=case.package) == []

    def test_no_new_calls(self, case: Case) -> None:
        """Templated modules call only what the committed client calls, or their own classes.

        (models.py is held to its own allowlist by generator.modelcheck.)
        """
        allowed = BASELINE_CALLS | class_names(case.files)
        for path, text in generated_modules(case.files).items():
            if path != "models.py":
                assert call_names(text) <= allowed, path

    def test_runtime_modules_are_verbatim(self, case: Case) -> None:
        """The copied runtime modules are the templates, whatever the spec says."""
        for name in RUNTIME:
            committed = (COMMITTED / name).read_text().split("\n", 1)[1]
            assert case.files[name].split("\n", 1)[1] == committed, name

    def test_payloads_reach_generated_code(self, case: Case, corpus: CorpusRun) -> None:
        """The payloads are in the generated code (as text): the case tests something."""
        texts = [
            p.read_text("utf-8")
            for p in case.spec.parent.rglob("*")
            if p.suffix in (".yaml", ".json")
        ]
        paths = set(
            re.findall(
                rf"{re.escape(str(corpus.markers))}/pwned-[\w.-]+", "".join(texts)
            )
        )
        code = "".join(generated_modules(case.files).values())
        assert paths, "the case has no payload"
        assert any(p in code for p in paths)


@pytest.mark.parametrize("name", CASES)
class TestImportAndCalls:
    def test_imports(self, case: Case) -> None:
        """The package imports in a fresh interpreter."""
        assert "import_error" not in case.report, case.report.get("import_error")

    def test_every_operation_is_called(self, case: Case) -> None:
        """One call per operation in the spec, and none failed."""
        calls = case.report.get("calls", [])
        assert len(calls) == len(operations(spec_data(case)))
        failed = [c for c in calls if "error" in c]
        assert not failed, failed[0]["error"]

    def test_endpoints_are_the_spec_s(self, case: Case) -> None:
        """Methods, path templates and parameter names reach the client exactly."""
        expected = {
            key: sorted([p["name"], p["in"]] for p in op["all_parameters"])
            for key, op in operations(spec_data(case)).items()
        }
        seen = {
            (c["endpoint"]["method"], c["endpoint"]["path"]): sorted(
                c["endpoint"]["params"]
            )
            for c in case.report.get("calls", [])
        }
        assert seen == expected

    def test_requests_reach_the_server(self, case: Case) -> None:
        """Each call arrives with its method, and its path fits the template.

        Calls refused before sending (an empty path value the spec forces) are not.
        """
        for call in case.report.get("calls", []):
            if "refused" in call:
                assert case.requests.get(call["call"]) is None, call["operation"]
                continue
            request = case.requests.get(call["call"])
            assert request is not None, call["operation"]
            endpoint = call["endpoint"]
            assert request.method == endpoint["method"]
            parts = re.split(r"\{[^{}]*\}", endpoint["path"])
            pattern = "(.*)".join(re.escape(unquote(p)) for p in parts)
            path = unquote(request.path.partition("?")[0])
            assert re.fullmatch(pattern, path, re.DOTALL), (endpoint["path"], path)

    def test_no_payload_ran(self, case: Case, corpus: CorpusRun) -> None:
        """After generation, import and calls, no marker file exists."""
        assert list(corpus.markers.glob(f"pwned-{case.name}-*")) == []


@pytest.mark.parametrize("name", CASES)
class TestRoundTrip:
    def test_enums_and_defaults(self, case: Case) -> None:
        """Enum values and defaults in the models equal the spec's, exactly."""
        fields = model_fields(case.files["models.py"])
        schemas = spec_data(case).get("components", {}).get("schemas", {})
        checked = 0
        for key, schema in schemas.items():
            required = set(schema.get("required", []))
            for prop, sub in (schema.get("properties") or {}).items():
                if "$ref" in sub or sub.get("type") not in ("string", "integer"):
                    continue
                annotation, default = fields[case.models[key]][prop]
                # the model generator keeps no default for a required field
                if "default" in sub and prop not in required:
                    assert default == sub["default"], (key, prop)
                    checked += 1
                if "enum" in sub:
                    assert literal_values(annotation) == sub["enum"], (key, prop)
                    checked += 1
        assert checked or not schemas


class TestCommandLine:
    def test_cli_output_equals_in_process_output(
        self, corpus: CorpusRun, tmp_path: Path
    ) -> None:
        """``generate --spec --out --package`` on a hostile case writes the same bytes."""
        case = corpus.cases["code-after-quotes"]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                "--spec",
                str(case.spec),
                "--out",
                str(tmp_path),
                "--package",
                package_for(case.name),
            ],
            cwd=case.spec.parent,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        written = {
            p.relative_to(tmp_path / case.package).as_posix(): p.read_text("utf-8")
            for p in (tmp_path / case.package).rglob("*")
            if p.is_file()
        }
        assert written == case.files
        assert list(corpus.markers.iterdir()) == []


class TestCorpusFiles:
    def test_placeholders_are_numbered(self) -> None:
        """Outside comments, corpus specs mark payloads only with @PWN<n>@ placeholders."""
        for path in Path(__file__).parent.joinpath("corpus").rglob("*"):
            if path.suffix in (".yaml", ".json"):
                lines = path.read_text("utf-8").splitlines()
                text = "\n".join(line for line in lines if not line.startswith("#"))
                assert "@PWN" not in PLACEHOLDER.sub("", text), path
