"""Fixtures for the contract test: the checked Portkey spec, its IR, and Prism serving it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from prism_mock import MockSpec, PrismMock, mock_spec, prism

from generator.config import load_config
from generator.ir import Api
from generator.load import Spec
from generator.pipeline import build, load_checked

ROOT = Path(__file__).resolve().parents[2]
SUMMARY = pytest.StashKey[list[str]]()


@pytest.fixture(scope="session")
def portkey_spec() -> Spec:
    """spec/openapi.yaml loaded, patched and validated as the generator sees it."""
    config = load_config(ROOT / "pyproject.toml")
    spec, _ = load_checked(config.spec, config)
    return spec


@pytest.fixture(scope="session")
def portkey_api(portkey_spec: Spec) -> Api:
    """The IR the committed package was generated from."""
    return build(portkey_spec, load_config(ROOT / "pyproject.toml"))


@pytest.fixture(scope="session")
def served_spec(
    portkey_spec: Spec, tmp_path_factory: pytest.TempPathFactory
) -> MockSpec:
    """The test-only copy of the spec that Prism serves (see ``prism_mock.mock_spec``)."""
    return mock_spec(portkey_spec.data, tmp_path_factory.mktemp("prism"))


@pytest.fixture(scope="session")
def mock_server(served_spec: MockSpec) -> Iterator[PrismMock]:
    """Prism in mock mode on the served copy, for the whole session."""
    with prism(served_spec.path, served_spec.path.parent) as running:
        yield running


@pytest.fixture
def summary(request: pytest.FixtureRequest) -> list[str]:
    """Lines shown in the terminal summary of the run."""
    return request.config.stash.setdefault(SUMMARY, [])


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    for line in config.stash.get(SUMMARY, []):
        terminalreporter.write_line(line)
