"""Fixtures shared by the unit tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed" / "openapi.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's settings and overlays, with the seed spec, in a scratch folder."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "spec").mkdir()
    shutil.copy(SEED, tmp_path / "spec" / "openapi.yaml")
    shutil.copytree(ROOT / "spec" / "overlays", tmp_path / "spec" / "overlays")
    return tmp_path
