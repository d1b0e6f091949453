"""python -m generator review: formats, exit codes, located refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from review_specs import edited, things_api

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "review", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def write(path: Path, spec: dict[str, Any]) -> str:
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return str(path)


def breaking_pair(tmp_path: Path) -> tuple[str, str]:
    """A response property removed: one breaking change."""
    old = things_api(
        response={
            "type": "object",
            "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
        }
    )
    new = edited(
        old, lambda s: s["components"]["schemas"]["Thing"]["properties"].pop("size")
    )
    return write(tmp_path / "old.yaml", old), write(tmp_path / "new.yaml", new)


class TestOutput:
    def test_markdown_by_default(self, tmp_path: Path) -> None:
        """The report goes to stdout as Markdown; exit 0 without --fail-on."""
        old, new = breaking_pair(tmp_path)
        result = run(old, new, "--no-render")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("## Spec review\n")
        assert (
            "**1 breaking · 0 non-breaking · 0 documentation-only changes**"
            in result.stdout
        )

    def test_json(self, tmp_path: Path) -> None:
        """--format json carries the findings and the regenerated lines."""
        old, new = breaking_pair(tmp_path)
        result = run(old, new, "--format", "json")
        document = json.loads(result.stdout)
        assert [f["kind"] for f in document["findings"]] == [
            "response-property-removed"
        ]
        assert document["findings"][0]["operations"] == ["POST /things"]
        assert "models.py" in [f["path"] for f in document["diffstat"]["files"]]

    def test_output_file(self, tmp_path: Path) -> None:
        """--output writes the report and says what it found on stderr."""
        old, new = breaking_pair(tmp_path)
        report = tmp_path / "review.md"
        result = run(old, new, "--no-render", "--output", str(report))
        assert (result.returncode, result.stdout) == (0, "")
        assert report.read_text(encoding="utf-8").startswith("## Spec review")
        assert "1 breaking" in result.stderr


class TestExitCodes:
    def test_fail_on_breaking(self, tmp_path: Path) -> None:
        """--fail-on breaking exits 1 when something breaks, 0 when nothing does."""
        old, new = breaking_pair(tmp_path)
        assert run(old, new, "--no-render", "--fail-on", "breaking").returncode == 1
        assert run(new, old, "--no-render", "--fail-on", "breaking").returncode == 0
        assert run(old, new, "--no-render", "--fail-on", "none").returncode == 0

    def test_invalid_spec_is_located(self, tmp_path: Path) -> None:
        """A spec that cannot be loaded exits 2 with PATH:LINE:COL: /pointer: message lines."""
        old, _ = breaking_pair(tmp_path)
        broken = tmp_path / "broken.yaml"
        broken.write_text("openapi: 3.0.3\npaths:\n  /a: {get: [\n", encoding="utf-8")
        result = run(old, str(broken))
        assert result.returncode == 2 and result.stdout == ""
        located = [
            line for line in result.stderr.splitlines() if line.startswith(f"{broken}:")
        ]
        assert located and located[0].split(":")[1].isdigit()
        assert "Traceback" not in result.stderr

    def test_missing_file(self, tmp_path: Path) -> None:
        """A spec file that does not exist is a usage error."""
        old, _ = breaking_pair(tmp_path)
        result = run(old, str(tmp_path / "nope.yaml"))
        assert (result.returncode, result.stderr) == (
            2,
            f"error: no such file: {tmp_path / 'nope.yaml'}\n",
        )

    def test_bad_format(self, tmp_path: Path) -> None:
        """An unknown --format is one line and exit 2."""
        old, new = breaking_pair(tmp_path)
        result = run(old, new, "--format", "html")
        assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
