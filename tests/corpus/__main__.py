"""``python -m tests.corpus [NAME ...]``: every corpus spec through every step, into results.md."""

from __future__ import annotations

import argparse
import datetime
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .attribution import UNATTRIBUTED, load_known
from .contract import SEED, run_contract
from .report import SpecResult, failures, render
from .steps import ROOT, CorpusSpec, corpus_specs, generate, import_all, type_check

RESULTS = Path(__file__).resolve().parent / "results.md"


def _say(text: str) -> None:
    print(text, flush=True)


def _one(spec: CorpusSpec, workdir: Path, mypy_cache: Path) -> SpecResult:
    document = spec.document()
    oas, total = str(document.get("openapi", "?")), spec.operations()
    _say(f"{spec.name}: generating ({total} operations in the file)")
    generation = generate(spec, workdir / spec.name)
    _say(
        f"{spec.name}: generate {generation.step.seconds:.1f} s "
        f"(CPU {generation.step.cpu:.1f} s), "
        + (
            f"{generation.operations} operations, {generation.warnings} warnings"
            if generation.ok
            else f"refused ({len(generation.errors)} errors)"
        )
    )
    if not generation.ok:
        return SpecResult(spec, oas, total, generation)
    imported = import_all(generation)
    checked = type_check(generation, mypy_cache)
    _say(
        f"{spec.name}: import {imported.seconds:.1f} s (CPU {imported.cpu:.1f} s, "
        f"{'ok' if imported.ok else 'FAILED'}), mypy {checked.step.seconds:.1f} s "
        f"(CPU {checked.step.cpu:.1f} s, {checked.errors} errors)"
    )
    if not imported.ok:
        return SpecResult(spec, oas, total, generation, imported, checked)
    contract = run_contract(generation, workdir / spec.name / "prism")
    for run in contract.runs:
        _say(
            f"{spec.name}: contract {run.mode} {run.passed}/{len(run.outcomes)} "
            f"(Prism start-up {run.startup:.1f} s, calls {run.seconds:.1f} s)"
            + (" - Prism failed" if run.error else "")
        )
    if contract.error:
        _say(f"{spec.name}: contract not run: {contract.error}")
    return SpecResult(spec, oas, total, generation, imported, checked, contract)


def _header(prism_version: str) -> dict[str, str]:
    """The run's description, and when and on what it ran (kept apart: it changes per run)."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    return {
        "when": f"Run on {today} at commit {commit or 'unknown'}.",
        "what": "Written by `nox -s corpus`. Each spec of `tests/corpus/specs/` is generated from a folder outside "
        "any project (the generator's defaults), every module imported, the package "
        "checked with `mypy --strict`, and every operation called once through the "
        f"generated client against Prism {prism_version} in mock mode, which checks "
        "each request against the spec: once answering from the spec's examples "
        f"(static), once with answers it makes up from the schemas (dynamic, seed {SEED}). "
        "A call passes when Prism accepts the request and the client returns its "
        "declared type. Failures are attributed by the reviewed cases of "
        "`tests/corpus/attribution.toml`; the others are listed as unattributed.",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus", description=__doc__)
    parser.add_argument("names", nargs="*", help="only these specs (file stems)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--keep", action="store_true", help="keep the work folder (generated packages)"
    )
    parser.add_argument(
        "--save", type=Path, help="also keep the results here, after each spec"
    )
    parser.add_argument(
        "--render",
        type=Path,
        metavar="SAVED",
        help="no run: write results.md from results --save kept, with today's reviewed cases",
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tests" / "contract"))
    from prism_mock import ensure_installed, pinned_version

    if args.render:
        # attribution is reviewed after a run: re-rendering must not cost another one
        saved = pickle.loads(args.render.read_bytes())
        return _write(args.output, saved["results"], saved["header"])
    ensure_installed()  # before any timing: `npm ci` is not the spec's cost
    specs = [s for s in corpus_specs() if not args.names or s.name in args.names]
    missing = set(args.names) - {s.name for s in specs}
    if missing:
        parser.error(f"no such spec: {', '.join(sorted(missing))}")
    workdir = Path(tempfile.mkdtemp(prefix="corpus-"))
    results = []
    try:
        mypy_cache = workdir / "mypy-cache"
        header = _header(pinned_version())
        for spec in specs:
            results.append(_one(spec, workdir, mypy_cache))
            if args.save:
                saved = {"results": results, "header": header}
                args.save.write_bytes(pickle.dumps(saved))
    finally:
        if args.keep:
            _say(f"work folder kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return _write(args.output, results, header)


def _write(output: Path, results: list[SpecResult], header: dict[str, str]) -> int:
    known = load_known()
    output.write_text(render(results, known, header), "utf-8")
    _say(f"written: {output}")
    unattributed = sum(
        f.cause == UNATTRIBUTED for r in results for f in failures(r, known)
    )
    broken = [r.spec.name for r in results if not r.ok]
    if broken:
        _say(f"did not generate, import or type-check: {', '.join(broken)}")
    if unattributed:
        _say(f"{unattributed} contract failures are unattributed")
    return 1 if broken or unattributed else 0


if __name__ == "__main__":
    raise SystemExit(main())
