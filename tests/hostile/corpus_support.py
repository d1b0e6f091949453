"""Running the hostile corpus: generate each case once, write, import, call every operation."""

from __future__ import annotations

import ast
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.diagnostics import SpecError
from generator.write import write_tree

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
REFUSED = HERE / "refused"
# the behaviour tests' recording server, bound to 127.0.0.1
sys.path.insert(0, str(HERE.parent / "e2e"))

from recording_server import Answer, RecordingServer  # noqa: E402

# "@PWN3@" in a corpus spec: the path of the marker file payload 3 tries to create.
PLACEHOLDER = re.compile(r"@PWN(\d+)@")


def case_names() -> list[str]:
    """Every corpus case: a spec file, or a folder holding openapi.yaml."""
    return sorted(
        p.stem if p.is_file() else p.name
        for p in CORPUS.iterdir()
        if p.suffix in (".yaml", ".json") or (p / "openapi.yaml").is_file()
    )


def package_for(case: str) -> str:
    return "hostile_" + re.sub(r"\W", "_", case)


def place(source: Path, target: Path, case: str, markers: Path) -> None:
    """Copy a corpus spec (file or folder) with its placeholders made marker paths."""
    files = (
        [source]
        if source.is_file()
        else sorted(p for p in source.rglob("*") if p.suffix in (".yaml", ".json"))
    )
    for path in files:
        dest = target / (path.name if source.is_file() else path.relative_to(source))
        dest.parent.mkdir(parents=True, exist_ok=True)
        text = PLACEHOLDER.sub(
            lambda m: str(markers / f"pwned-{case}-{m.group(1)}"),
            path.read_text("utf-8"),
        )
        dest.write_text(text, "utf-8")


@dataclass
class Case:
    """One corpus case after generation, import and calls."""

    name: str
    package: str
    spec: Path
    files: dict[str, str] = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)  # schema key -> class name
    error: str = ""
    report: dict[str, Any] = field(default_factory=dict)
    requests: dict[str, Any] = field(default_factory=dict)  # call id -> request


@dataclass
class CorpusRun:
    cases: dict[str, Case]
    markers: Path
    out: Path


def _generate(args: tuple[str, str, str, str]) -> tuple[str, Any]:
    """Worker: generate one case in this process; (case, files and model names | error)."""
    case, root, spec, package = args
    from generator.pipeline import generate

    config = Config(root=Path(root), spec=Path(spec), out=Path(root), package=package)
    try:
        result = generate(config)
    except SpecError as exc:
        return case, "\n".join(d.format() for d in exc.diagnostics)
    except Exception as exc:  # reported by the test, with the case's name
        return case, f"{type(exc).__name__}: {exc}"
    names = {m.key: str(m.class_name) for m in result.api.models}
    return case, (result.files, names)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusRun]:
    """Generate every case, write it, import it and call every operation, once."""
    base = tmp_path_factory.mktemp("hostile")
    markers, out = base / "markers", base / "out"
    markers.mkdir()
    cases: dict[str, Case] = {}
    jobs = []
    for name in case_names():
        source = next(
            p for p in CORPUS.iterdir() if (p.stem if p.is_file() else p.name) == name
        )
        root = base / "cases" / name
        place(source, root, name, markers)
        spec = root / (source.name if source.is_file() else "openapi.yaml")
        cases[name] = Case(name, package_for(name), spec)
        jobs.append((name, str(root), str(spec), cases[name].package))
    # Two workers: generation is CPU-bound, and CI machines have two cores.
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for name, result in pool.imap_unordered(_generate, jobs):
            if isinstance(result, str):
                cases[name].error = result
            else:
                cases[name].files, cases[name].models = result
                write_tree(result[0], out / cases[name].package)
    generated = [c.package for c in cases.values() if not c.error]
    with RecordingServer() as server:
        server.default = Answer(200, {})
        completed = subprocess.run(
            [sys.executable, str(HERE / "call_all.py"), server.url, *generated],
            cwd=base,
            env={**os.environ, "PYTHONPATH": str(out)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        requests = list(server.requests)
    reports = [json.loads(line) for line in completed.stdout.splitlines() if line]
    by_package = {c.package: c for c in cases.values()}
    for report in reports:
        by_package[report["package"]].report = report
    for request in requests:
        call = request.headers.get("x-corpus-call", "")
        package = call.rpartition(":")[0]
        if package in by_package:
            by_package[package].requests[call] = request
    if completed.returncode != 0:
        for case in cases.values():
            case.report.setdefault("import_error", completed.stderr[-3000:])
    yield CorpusRun(cases, markers, out)
    shutil.rmtree(base, ignore_errors=True)


MISSING = object()


def model_fields(source: str) -> dict[str, dict[str, tuple[ast.expr, Any]]]:
    """class -> wire name -> (annotation, default) as the models module states them."""
    found: dict[str, dict[str, tuple[ast.expr, Any]]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields = found.setdefault(node.name, {})
        for item in node.body:
            if not isinstance(item, ast.AnnAssign) or not isinstance(
                item.target, ast.Name
            ):
                continue
            wire, default = item.target.id, MISSING
            value = item.value
            if isinstance(value, ast.Call):
                for keyword in value.keywords:
                    if keyword.arg == "alias":
                        wire = ast.literal_eval(keyword.value)
                    elif keyword.arg == "default":
                        default = ast.literal_eval(keyword.value)
                if value.args and not (
                    isinstance(value.args[0], ast.Constant)
                    and value.args[0].value is ...
                ):
                    default = ast.literal_eval(value.args[0])
            elif value is not None:
                default = ast.literal_eval(value)
            fields[wire] = (item.annotation, default)
    return found


def literal_values(annotation: ast.expr) -> list[Any]:
    """The values of the Literal[...] in an annotation."""
    for node in ast.walk(annotation):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id.startswith("Literal")
        ):
            elements = (
                node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            )
            return [ast.literal_eval(e) for e in elements]
    raise AssertionError(f"no Literal in {ast.unparse(annotation)}")
