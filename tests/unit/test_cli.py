"""generator.cli: the command-line contract (exit codes, one-line errors, --check)."""

from __future__ import annotations

import os
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


class TestOverlays:
    def test_generate_with_an_overlay_and_check_sees_its_change(
        self, project: Path
    ) -> None:
        """The configured overlay shapes the client; editing it makes --check stale."""
        fix = project / "spec" / "overlays" / "portkey.yaml"
        fix.write_text(
            fix.read_text().replace("maxLength: 1000", "maxLength: 77"), "utf-8"
        )
        assert run("generate", cwd=project).returncode == 0
        models = project / "generated" / "portkey_client" / "models.py"
        assert "max_length=77" in models.read_text()
        assert run("generate", "--check", cwd=project).returncode == 0
        fix.write_text(fix.read_text().replace("maxLength: 77", "maxLength: 78"))
        stale = run("generate", "--check", cwd=project)
        assert stale.returncode == 1 and "changed: models.py" in stale.stderr

    def test_overlay_error_is_located_and_nothing_is_written(
        self, project: Path
    ) -> None:
        fix = project / "spec" / "overlays" / "portkey.yaml"
        fix.write_text(fix.read_text().replace("CreateImageEditRequest", "Gone"))
        result = run("generate", cwd=project)
        assert result.returncode == 1
        assert result.stderr.startswith(
            "spec/overlays/portkey.yaml:6:13: /actions/0/target: "
        ), result.stderr
        assert "selects nothing" in result.stderr
        assert not (project / "generated").exists()

    def test_leftover_patch_table_says_to_use_an_overlay(self, project: Path) -> None:
        pyproject = project / "pyproject.toml"
        pyproject.write_text(
            pyproject.read_text() + '\n[tool.generator.patch]\n"/info/title" = "x"\n'
        )
        result = run("generate", cwd=project)
        assert result.returncode == 2
        assert "[tool.generator.patch] is no longer supported" in result.stderr
        assert "overlay" in result.stderr and len(result.stderr.splitlines()) == 1


THINGS = """\
openapi: 3.0.3
info: {title: Other Things API, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"""


class TestSettingsBelongToASpec:
    def test_another_spec_gets_defaults(self, project: Path) -> None:
        """The project's overlay, renames and names are not applied to another spec."""
        (project / "other.yaml").write_text(THINGS)
        # beside pyproject.toml: the spec's folder holds the output too
        result = run("generate", "--spec", "other.yaml", cwd=project)
        assert result.returncode == 0, result.stderr
        assert "package other_things_client, client OtherThingsClient" in result.stderr
        package = project / "generated" / "other_things_client"
        assert "class OtherThingsClient" in (package / "_client.py").read_text()
        assert "OTHER_THINGS_" in (package / "_client.py").read_text()
        assert not (project / "generated" / "portkey_client").exists()
        again = run("generate", "--spec", "other.yaml", "--check", cwd=project)
        assert again.returncode == 0, again.stderr

    def test_config_file_for_a_second_client(self, project: Path) -> None:
        (project / "other.yaml").write_text(THINGS)
        (project / "things.toml").write_text(
            '[tool.generator]\nspec = "other.yaml"\nout = "clients"\n'
            'package = "things"\nclient-name = "Things"\n'
            '[tool.generator.rename]\nlistThings = "things.all"\n'
        )
        result = run("generate", "--config", "things.toml", cwd=project)
        assert result.returncode == 0, result.stderr
        resource = project / "clients" / "things" / "resources" / "things.py"
        assert "def all(" in resource.read_text()
        assert (
            "class ThingsClient"
            in (project / "clients" / "things" / "_client.py").read_text()
        )

    def test_config_file_for_another_spec_is_refused(self, project: Path) -> None:
        (project / "other.yaml").write_text(THINGS)
        (project / "things.toml").write_text('[tool.generator]\nspec = "other.yaml"\n')
        result = run(
            "generate",
            "--config",
            "things.toml",
            "--spec",
            "spec/openapi.yaml",
            cwd=project,
        )
        assert result.returncode == 2
        assert "things.toml is written for other.yaml" in result.stderr

    def test_validate_applies_the_overlays_of_its_spec(self, project: Path) -> None:
        fix = project / "spec" / "overlays" / "portkey.yaml"
        fix.write_text(fix.read_text().replace("maxLength: 1000", "maxLength: -1"))
        result = run("validate", "spec/openapi.yaml", cwd=project)
        assert result.returncode == 1
        assert result.stderr.startswith("spec/overlays/portkey.yaml:"), result.stderr
        assert "/actions/0/update/maxLength" in result.stderr


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
        assert "default is null but the schema does not allow null" in strict.stderr
        assert not (project / "generated").exists()
        relaxed = run("generate", cwd=project)
        assert relaxed.returncode == 0 and "1 warnings" in relaxed.stdout


class TestInternalErrors:
    def test_one_line_and_a_hint(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An unexpected failure: exit 1, one line naming it, a hint to rerun with --debug."""
        from generator import cli

        def boom(spec: object) -> list[object]:
            raise RuntimeError("boom")

        monkeypatch.setattr(cli, "validate", boom)
        assert cli.main(["validate", str(ROOT / "spec" / "openapi.yaml")]) == 1
        assert capsys.readouterr().err == (
            "internal error: RuntimeError: boom (rerun with --debug for the traceback)\n"
        )

    def test_debug_shows_the_traceback(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """With --debug, the traceback comes first, then the same line."""
        from generator import cli

        def boom(spec: object) -> list[object]:
            raise RuntimeError("boom")

        monkeypatch.setattr(cli, "validate", boom)
        assert (
            cli.main(["--debug", "validate", str(ROOT / "spec" / "openapi.yaml")]) == 1
        )
        err = capsys.readouterr().err
        assert err.startswith("Traceback (most recent call last):")
        assert err.endswith(
            "internal error: RuntimeError: boom (rerun with --debug for the traceback)\n"
        )

    def test_recursion_is_reported_as_nesting(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Nesting through $ref chains past the libraries' recursion: a plain message, exit 1."""
        from generator import cli

        def deep(spec: object) -> list[object]:
            return deep(spec)

        monkeypatch.setattr(cli, "validate", deep)
        assert cli.main(["validate", str(ROOT / "spec" / "openapi.yaml")]) == 1
        assert capsys.readouterr().err == (
            "error: the spec nests too deeply (directly or through chains of $ref) "
            "to be processed\n"
        )


class TestHostileOutput:
    def test_out_at_the_project_root_is_refused(self, project: Path) -> None:
        """--out . --package spec would replace the spec folder: refused, nothing changes."""
        before = (project / "spec" / "openapi.yaml").read_bytes()
        result = run("generate", "--out", ".", "--package", "spec", cwd=project)
        assert result.returncode == 2
        assert (
            "refusing to replace" in result.stderr
            and "did not make it" in result.stderr
        )
        assert (project / "spec" / "openapi.yaml").read_bytes() == before
        assert sorted(os.listdir(project)) == ["pyproject.toml", "spec"]

    def test_out_through_a_symlink_to_a_user_folder(
        self, project: Path, tmp_path: Path
    ) -> None:
        """--out is a link to someone's folder holding a same-named package: refused."""
        home = tmp_path / "home"
        (home / "portkey_client").mkdir(parents=True)
        (home / "portkey_client" / "work.py").write_text("mine")
        (project / "link").symlink_to(home)
        result = run("generate", "--out", "link", cwd=project)
        assert result.returncode == 2 and "refusing to replace" in result.stderr
        assert os.listdir(home / "portkey_client") == ["work.py"]

    def test_json_spec_and_warnings(self, project: Path) -> None:
        """A JSON spec generates; a warning is printed, located (relative to the
        working folder, as the user named the file), and does not stop generation."""
        import json

        import yaml

        data = yaml.safe_load((project / "spec" / "openapi.yaml").read_text())
        data["components"]["schemas"]["Image"]["properties"]["url"]["default"] = None
        (project / "spec" / "openapi.json").write_text(json.dumps(data, indent=2))
        result = run("generate", "--spec", "spec/openapi.json", cwd=project)
        assert result.returncode == 0, result.stderr
        assert any(
            line.startswith("spec/openapi.json:")
            and "/components/schemas/Image/properties/url/default: warning: default is null"
            in line
            for line in result.stderr.splitlines()
        )
        validate = run("validate", "spec/openapi.json", cwd=project)
        assert (
            validate.returncode == 1 and "warning: default is null" in validate.stderr
        )
