"""The committed generated/ package is exactly what the pipeline produces, and it is sound."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import load_config
from generator.pipeline import Generated, generate
from generator.write import compare

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generated() -> Generated:
    return generate(load_config(ROOT / "pyproject.toml"))


class TestGolden:
    def test_committed_output_is_current(self, generated: Generated) -> None:
        """generated/ is byte-identical to a fresh generation (run `nox -s generate` to update)."""
        config = load_config(ROOT / "pyproject.toml")
        changes, diff = compare(generated.files, config.out / generated.api.package)
        assert (
            not changes
        ), f"generated/ is stale ({changes.summary()}); run `nox -s generate`\n{diff[:5000]}"

    def test_deterministic(self) -> None:
        """Two runs give the same bytes (the committed output shows it across time too)."""
        config = load_config(ROOT / "pyproject.toml")
        config = config.with_overrides(
            spec=ROOT / "tests" / "fixtures" / "seed" / "openapi.yaml"
        )
        assert generate(config).files == generate(config).files

    def test_every_file_says_it_is_generated(self, generated: Generated) -> None:
        for path, text in generated.files.items():
            if path.endswith(".py"):
                assert text.startswith("# Generated from spec/openapi.yaml"), path

    def test_mypy_strict(self) -> None:
        """The committed package type-checks under mypy --strict."""
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-error-summary",
                "generated/portkey_client",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout + result.stderr
