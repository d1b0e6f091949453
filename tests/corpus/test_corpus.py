"""Every corpus spec generates from a neutral folder, imports, and passes ``mypy --strict``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .steps import Generation, corpus_specs, generate, import_all, type_check

SPECS = corpus_specs()
IDS = [spec.name for spec in SPECS]


@pytest.fixture(scope="session")
def generated(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[str], Generation]:
    """Each spec generated once per test session, into a temp folder of its own."""
    done: dict[str, Generation] = {}

    def get(name: str) -> Generation:
        if name not in done:
            spec = next(s for s in SPECS if s.name == name)
            done[name] = generate(spec, tmp_path_factory.mktemp(f"corpus-{name}"))
        return done[name]

    return get


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the session: the standard library and pydantic are read once."""
    return tmp_path_factory.mktemp("mypy") / "cache"


def _require_generated(generation: Generation) -> None:
    if not generation.ok:
        pytest.fail(
            f"{generation.spec.name} did not generate "
            f"(exit {generation.step.returncode}):\n"
            + "\n".join(generation.errors[:20])
        )


def test_corpus_is_complete() -> None:
    """The corpus holds the seven specs beside their sources and licences."""
    assert len(SPECS) == 7
    assert (SPECS[0].path.parent / "SOURCES.md").is_file()


@pytest.mark.parametrize("name", IDS)
def test_generates(name: str, generated: Callable[[str], Generation]) -> None:
    """The spec generates with no error, and every operation in the file is a method."""
    generation = generated(name)
    _require_generated(generation)
    assert generation.skipped == 0
    assert generation.operations == generation.spec.operations()


@pytest.mark.parametrize("name", IDS)
def test_imports(name: str, generated: Callable[[str], Generation]) -> None:
    """Every module of the generated package imports in a fresh interpreter."""
    generation = generated(name)
    _require_generated(generation)
    step = import_all(generation)
    assert step.ok, step.output


@pytest.mark.parametrize("name", IDS)
def test_type_checks(
    name: str, generated: Callable[[str], Generation], mypy_cache: Path
) -> None:
    """The generated package passes ``mypy --strict``."""
    generation = generated(name)
    _require_generated(generation)
    checked = type_check(generation, mypy_cache)
    assert checked.step.ok and checked.errors == 0, checked.step.output
