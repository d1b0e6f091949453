"""The steps each corpus spec goes through: generate from a neutral folder, import, type-check."""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.config import find_pyproject
from generator.naming import snake_name
from generator.oas import HTTP_METHODS

__all__ = [
    "SPECS",
    "CorpusSpec",
    "Generation",
    "StepResult",
    "TypeCheck",
    "corpus_specs",
    "generate",
    "import_all",
    "type_check",
]

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).resolve().parent / "specs"
STEP_TIMEOUT = 1800.0  # seconds; a step that takes longer has hung
OUTPUT_CHARS = 20_000  # of a step's output kept for the report

# "348 operations, 659 models, 0 skipped, 0 warnings; ..." (generator/pipeline.py)
_SUMMARY = re.compile(r"(\d+) operations, (\d+) models, (\d+) skipped, (\d+) warnings")
# PATH:LINE:COL: /pointer: [warning: ]message (generator/diagnostics.py)
_DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: (/\S*|/): (warning: )?")


@dataclass(frozen=True)
class CorpusSpec:
    """One spec file of the corpus and the package it is generated as."""

    path: Path

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def package(self) -> str:
        # a prefix keeps generated names clear of installed ones (``box``)
        return "corpus_" + snake_name(self.name)

    def document(self) -> dict[str, Any]:
        """The file's data, read plainly (not by the loader under test)."""
        text = self.path.read_text("utf-8")
        if self.path.suffix == ".json":
            data = json.loads(text)
        else:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(text, Loader=loader)
        return data if isinstance(data, dict) else {}

    def operations(self) -> int:
        """Operations in the file: paths x HTTP methods."""
        paths = self.document().get("paths") or {}
        return sum(
            1
            for item in paths.values()
            if isinstance(item, dict)
            for method in HTTP_METHODS
            if isinstance(item.get(method), dict)
        )


def corpus_specs(folder: Path = SPECS) -> list[CorpusSpec]:
    """Every spec of the corpus, by name."""
    return [
        CorpusSpec(path)
        for path in sorted(folder.iterdir())
        if path.suffix in (".yaml", ".yml", ".json")
    ]


@dataclass(frozen=True)
class StepResult:
    """How one step went: exit code, output, wall seconds and CPU seconds (user + system)."""

    ok: bool
    returncode: int
    output: str
    seconds: float
    cpu: float = 0.0


@dataclass(frozen=True)
class Generation:
    """A generation run, with its summary line's counts (None when it stopped early)."""

    spec: CorpusSpec
    step: StepResult
    neutral: Path
    out: Path
    operations: int | None = None
    models: int | None = None
    skipped: int | None = None
    warnings: int = 0
    errors: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.step.ok and self.operations is not None


def _run(command: list[str], cwd: Path) -> StepResult:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    )
    started, cpu = time.monotonic(), _children_cpu()
    try:
        done = subprocess.run(
            command,
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return StepResult(
            False, -1, f"timed out after {STEP_TIMEOUT:.0f} s", STEP_TIMEOUT
        )
    output = (done.stdout + done.stderr)[-OUTPUT_CHARS:]
    return StepResult(
        done.returncode == 0,
        done.returncode,
        output,
        time.monotonic() - started,
        _children_cpu() - cpu,
    )


def _children_cpu() -> float:
    """CPU seconds of finished child processes: steady on a busy machine, unlike wall time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def generate(spec: CorpusSpec, workdir: Path) -> Generation:
    """``python -m generator generate`` run from a folder outside any project.

    No ``pyproject.toml`` above the folder: the generator's defaults apply, as
    for a new user who points it at this spec.
    """
    neutral, out = workdir / "neutral", workdir / "out"
    neutral.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    found = find_pyproject(neutral)
    if found is not None:
        raise RuntimeError(f"{neutral} is not neutral: {found} applies to it")
    step = _run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec.path),
            "--out",
            str(out),
            "--package",
            spec.package,
        ],
        neutral,
    )
    summary = _SUMMARY.search(step.output)
    lines = step.output.splitlines()
    diagnostics = [line for line in lines if _DIAGNOSTIC.match(line)]
    errors = [line for line in diagnostics if ": warning: " not in line]
    if step.returncode != 0 and not errors:
        errors = lines[-5:]  # an internal error or a usage error: its own words
    warnings = len(diagnostics) - len(errors)
    if summary is None:
        return Generation(
            spec, step, neutral, out, warnings=warnings, errors=tuple(errors)
        )
    operations, models, skipped, counted = (int(n) for n in summary.groups())
    return Generation(
        spec, step, neutral, out, operations, models, skipped, counted, tuple(errors)
    )


_IMPORT_ALL = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [sys.argv[1]] + [
    m.name for m in pkgutil.walk_packages(package.__path__, sys.argv[1] + ".")
]
for name in names:
    importlib.import_module(name)
print(f"{len(names)} modules imported")
"""


def import_all(generation: Generation) -> StepResult:
    """Import every module of the package in a fresh interpreter."""
    return _run(
        [sys.executable, "-c", _IMPORT_ALL, generation.spec.package], generation.out
    )


_MYPY_ERROR = re.compile(r"^[^:\n]+\.py:\d+: error: ", re.MULTILINE)


@dataclass(frozen=True)
class TypeCheck:
    step: StepResult
    errors: int  # lines mypy reports as errors


def type_check(generation: Generation, cache: Path) -> TypeCheck:
    """``mypy --strict`` on the package; ``cache`` may be shared by every run."""
    config = cache.parent / f"{cache.name}.ini"
    if not config.exists():  # no project settings: exactly --strict
        config.write_text("[mypy]\n", "utf-8")
    step = _run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(config),
            "--cache-dir",
            str(cache),
            "-p",
            generation.spec.package,
        ],
        generation.out,
    )
    return TypeCheck(step, len(_MYPY_ERROR.findall(step.output)))
