"""Generation measures: cold runs against the peers, no-op check, incremental runs, review."""

from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.diffs import Locality, hunks, locality, read_tree
from bench.measure import Run, best, run
from bench.project import (
    SPEC,
    add_query_parameter,
    inodes,
    scratch_project,
    workdir,
)

__all__ = [
    "Cold",
    "Incremental",
    "Real",
    "cold_runs",
    "incremental_runs",
    "peer",
    "real_change",
    "review_runs",
    "yaml_floor",
]

PACKAGE = Path("generated") / "portkey_client"
# The operation the one-operation change edits: a GET with query parameters.
EDITED_PATH, EDITED_METHOD = "/api-keys", "get"
# Without literal enums openapi-python-client stops on this spec.
OPC_CONFIG = "literal_enums: true\n"
OPC_SKIPPED = "Endpoint will not be generated"


def _ours(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator", *args]


def peer(name: str) -> Path | None:
    """A peer's command, from this interpreter's environment first."""
    local = Path(sys.executable).parent / name
    if local.is_file():
        return local
    found = shutil.which(name)
    return Path(found) if found else None


def _dcg(dcg: Path, spec: Path, out: Path) -> list[str | Path]:
    return [
        dcg,
        "--input",
        spec,
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--output",
        out,
    ]


@dataclass(frozen=True)
class Cold:
    ours: list[Run]  # fastest first
    dcg: list[Run]
    opc: list[Run]
    opc_skipped: int


def cold_runs(spec: Path, rounds: int) -> Cold:
    """Full generation from nothing, ours and each peer's, rounds interleaved so
    that whatever else the machine is doing weighs on every tool alike."""
    dcg, opc = peer("datamodel-codegen"), peer("openapi-python-client")
    ours_runs: list[Run] = []
    dcg_runs: list[Run] = []
    opc_runs: list[Run] = []
    for _ in range(rounds):
        with workdir("cold") as tmp:
            project = scratch_project(tmp / "ours", spec)
            ours_runs.append(run(_ours("generate"), cwd=project).check("generate"))
            if dcg is not None:
                command = _dcg(dcg, project / SPEC, tmp / "dcg_models.py")
                dcg_runs.append(run(command, cwd=tmp).check("datamodel-codegen"))
            if opc is not None:
                config = tmp / "opc.yaml"
                config.write_text(OPC_CONFIG)
                command = [
                    opc,
                    "generate",
                    "--path",
                    project / SPEC,
                    "--config",
                    config,
                    "--output-path",
                    tmp / "opc",
                ]
                opc_runs.append(run(command, cwd=tmp).check("openapi-python-client"))
    skipped = 0
    if opc_runs:
        skipped = (opc_runs[0].stdout + opc_runs[0].stderr).count(OPC_SKIPPED)
    by_time = lambda r: r.seconds  # noqa: E731
    return Cold(
        sorted(ours_runs, key=by_time),
        sorted(dcg_runs, key=by_time),
        sorted(opc_runs, key=by_time),
        skipped,
    )


def yaml_floor(spec: Path, rounds: int) -> float:
    """Best seconds to parse the spec with libyaml's safe loader: no generator
    that reads this YAML can be faster."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = spec.read_bytes()

    def once() -> float:
        started = time.perf_counter()
        yaml.load(text, Loader=loader)
        return time.perf_counter() - started

    return best(rounds, once, float)[0]


@dataclass(frozen=True)
class Incremental:
    noop: list[Run]  # fastest first
    change: list[Run]
    # per change run, in the order of ``change``: files given a new inode, and
    # files whose content changed (the ones that had to be written)
    rewritten: list[list[str]]
    changed: list[list[str]]


def incremental_runs(spec: Path, rounds: int) -> Incremental:
    """In one project generated once: the no-op check, then one-operation edits.

    Each edit adds a parameter of a new name, so that no edit finds its own
    result in the cache, and the project goes back to ``spec`` between edits.
    """
    original = spec.read_text("utf-8")
    with workdir("warm") as tmp:
        project = scratch_project(tmp, spec)
        run(_ours("generate"), cwd=project).check("generate")
        noop = [
            run(_ours("generate", "--check"), cwd=project).check("generate --check")
            for _ in range(rounds)
        ]
        changes: list[tuple[Run, list[str], list[str]]] = []
        for i in range(rounds):
            edited = add_query_parameter(
                original, EDITED_PATH, EDITED_METHOD, f"bench_probe_{i}"
            )
            (project / SPEC).write_text(edited, "utf-8")
            before, old = inodes(project / PACKAGE), read_tree(project / PACKAGE)
            result = run(_ours("generate"), cwd=project).check("generate")
            after, new = inodes(project / PACKAGE), read_tree(project / PACKAGE)
            rewritten = sorted(p for p in after if before.get(p) != after[p])
            changed = sorted(p for p in new if old.get(p) != new[p])
            changes.append((result, rewritten, changed))
            (project / SPEC).write_text(original, "utf-8")
            run(_ours("generate"), cwd=project).check("generate")
    changes.sort(key=lambda c: c[0].seconds)
    return Incremental(
        sorted(noop, key=lambda r: r.seconds),
        [c[0] for c in changes],
        [c[1] for c in changes],
        [c[2] for c in changes],
    )


@dataclass(frozen=True)
class Real:
    ours: Locality
    regenerate: Run  # ours, before -> after, with the cache of "before" warm
    dcg_hunks: int | None
    dcg_touching: int | None  # of which rewrite existing lines


def real_change(before: Path, after: Path) -> Real:
    """Regenerate from ``before`` then ``after``; what changed outside the new code."""
    dcg = peer("datamodel-codegen")
    with workdir("real") as tmp:
        project = scratch_project(tmp / "ours", before)
        run(_ours("generate"), cwd=project).check("generate")
        old = read_tree(project / PACKAGE)
        shutil.copy(after, project / SPEC)
        regenerate = run(_ours("generate"), cwd=project).check("generate")
        new = read_tree(project / PACKAGE)
        dcg_hunks = dcg_touching = None
        if dcg is not None:
            texts = []
            for name, spec in (("before", before), ("after", after)):
                out = tmp / f"dcg_{name}.py"
                run(_dcg(dcg, spec, out), cwd=tmp).check("datamodel-codegen")
                texts.append(out.read_text("utf-8"))
            dcg_hunks, dcg_touching = hunks(texts[0], texts[1])
    return Real(locality(old, new), regenerate, dcg_hunks, dcg_touching)


def review_runs(base: Path, head: Path, rounds: int) -> list[Run] | None:
    """``generate review BASE HEAD``, fastest first; None where there is no such command."""
    with workdir("review") as tmp:
        project = scratch_project(tmp, base)
        if run(_ours("review", "--help"), cwd=project).returncode != 0:
            return None
        runs = []
        for _ in range(rounds):
            result = run(_ours("review", str(base), str(head)), cwd=project)
            if result.returncode not in (0, 1):  # 1: the review found problems
                result.check("review")
            runs.append(result)
    return sorted(runs, key=lambda r: r.seconds)
