"""generator.cli: the command-line contract (exit codes, one-line errors, --check)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed" / "openapi.yaml"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's spec and settings in a scratch folder."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "spec").mkdir()
    shutil.copy(SEED, tmp_path / "spec" / "openapi.yaml")
    return tmp_path


class TestValidate:
    def test_valid(self) -> None:
        result = run("validate", str(SEED))
        assert (result.returncode, result.stdout, result.stderr) == (0, "", "")

    def test_invalid_prints_located_lines(self, tmp_path: Path) -> None:
        """Exit 1 and PATH:LINE:COL: /pointer: message, no traceback."""
        broken = tmp_path / "broken.yaml"
        text = SEED.read_text()
        broken.write_text(
            text.replace(
                "      operationId: createImageEdit\n",
                "      operationId: [createImageEdit\n",
            )
        )
        result = run("validate", str(broken))
        assert result.returncode == 1
        assert result.stderr.startswith(f"{broken}:")
        assert "Traceback" not in result.stderr

    def test_missing_file_is_usage_error(self) -> None:
        result = run("validate", "nope.yaml")
        assert (result.returncode, result.stderr) == (
            2,
            "error: no such file: nope.yaml\n",
        )

    def test_bad_flag_is_one_line(self) -> None:
        result = run("generate", "--frobnicate")
        assert result.returncode == 2 and len(result.stderr.splitlines()) == 1


class TestGenerate:
    def test_generate_then_check(self, project: Path) -> None:
        """generate writes the package; --check is then clean; a hand edit makes it stale."""
        first = run("generate", cwd=project)
        assert first.returncode == 0, first.stderr
        assert "1 operations, 3 models, 0 skipped" in first.stdout
        assert run("generate", "--check", cwd=project).returncode == 0
        client = project / "generated" / "portkey_client" / "_client.py"
        client.write_text(client.read_text() + "# edited\n")
        stale = run("generate", "--check", cwd=project)
        assert stale.returncode == 1
        assert "changed: _client.py" in stale.stderr and "-# edited" in stale.stdout
        assert client.read_text().endswith("# edited\n"), "--check must not write"

    def test_failed_run_leaves_output_untouched(self, project: Path) -> None:
        """An invalid spec: exit 1, located errors, and the previous package is intact."""
        assert run("generate", cwd=project).returncode == 0
        before = {
            p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()
        }
        spec = project / "spec" / "openapi.yaml"
        spec.write_text(
            spec.read_text().replace("openapi: 3.0.0", "openapi: 3.0.0\nopenapi: 3.1.0")
        )
        result = run("generate", cwd=project)
        assert result.returncode == 1 and "duplicate key 'openapi'" in result.stderr
        after = {
            p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()
        }
        assert after == before

    def test_invalid_package_name(self, project: Path) -> None:
        result = run("generate", "--package", "../evil", cwd=project)
        assert (
            result.returncode == 2
            and "not a valid Python package name" in result.stderr
        )


class TestStrict:
    def test_strict_turns_warnings_into_errors(self, project: Path) -> None:
        """A warning (null default on a non-nullable schema) fails --strict and writes nothing."""
        spec = project / "spec" / "openapi.yaml"
        spec.write_text(
            spec.read_text().replace(
                "          default: 1\n          example: 1\n          nullable: true\n",
                "          default: null\n          example: 1\n",
            )
        )
        strict = run("generate", "--strict", cwd=project)
        assert strict.returncode == 1
        assert "default is null but the schema is not nullable" in strict.stderr
        assert not (project / "generated").exists()
        relaxed = run("generate", cwd=project)
        assert relaxed.returncode == 0 and "1 warnings" in relaxed.stdout
