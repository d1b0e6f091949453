"""generator.review.sources: specs from files and git revisions, other files they refer to, refusals."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from review_specs import things_api

from generator.config import Config, load_config
from generator.load import load_spec, parse_text
from generator.review.sources import ReviewInputError, read_side
from generator.review.spec_diff import diff_specs
from generator.validate import validate


def write(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def config_for(spec: Path) -> Config:
    return Config(root=spec.parent, spec=spec, out=spec.parent / "generated")


def split_api() -> dict[str, Any]:
    """The things API with Thing kept in schemas/things.yaml."""
    spec = things_api()
    spec["components"]["schemas"]["Thing"] = {"$ref": "schemas/things.yaml#/Thing"}
    return spec


# Thing refers to Size inside its own file
THINGS = {
    "Thing": {
        "type": "object",
        "properties": {"name": {"type": "string"}, "size": {"$ref": "#/Size"}},
    },
    "Size": {"type": "integer"},
}


class TestNoise:
    def test_layout_is_not_a_change(self) -> None:
        """Key order, flow style, anchors and folded text leave nothing to report."""
        block = """
openapi: 3.0.3
info: {title: T, version: "1"}
x-servers: &servers
  - url: https://api.example.com
paths:
  /a:
    servers: *servers
    get:
      description: >
        Lists the
        things.
      responses:
        "200": {description: OK}
"""
        flow = """
paths:
  /a:
    get:
      responses: {"200": {description: OK}}
      description: "Lists the things.\\n"
    servers: [{url: "https://api.example.com"}]
x-servers: [{url: "https://api.example.com"}]
info:
  version: "1"
  title: T
openapi: 3.0.3
"""
        before = parse_text(block.encode(), Path("a.yaml")).data
        after = parse_text(flow.encode(), Path("b.yaml")).data
        assert diff_specs(before, after) == ()


class TestFiles:
    def test_other_files_are_compared(self, tmp_path: Path) -> None:
        """A schema kept in another file is read beside the spec and compared like any other."""
        for side in ("old", "new"):
            write(tmp_path / side / "openapi.yaml", split_api())
            write(tmp_path / side / "schemas" / "things.yaml", THINGS)
        things = tmp_path / "new" / "schemas" / "things.yaml"
        write(things, {**THINGS, "Size": {"type": "string"}})
        config = config_for(tmp_path / "old" / "openapi.yaml")
        old = read_side(str(tmp_path / "old" / "openapi.yaml"), config)
        new = read_side(str(tmp_path / "new" / "openapi.yaml"), config)
        kinds = {(f.kind, f.pointer) for f in diff_specs(old.data, new.data)}
        assert kinds == {
            ("response-type-changed", "/components/schemas/Thing/properties/size/type")
        }

    def test_missing_file_is_located(self, tmp_path: Path) -> None:
        """A reference to a file that is not there is refused at the reference."""
        spec = write(tmp_path / "openapi.yaml", split_api())
        with pytest.raises(ReviewInputError) as caught:
            read_side(str(spec), config_for(spec))
        (problem,) = caught.value.diagnostics
        assert problem.path == str(spec)
        assert problem.pointer == "/components/schemas/Thing"
        assert "schemas/things.yaml" in problem.message and problem.line > 1

    def test_invalid_yaml_is_located(self, tmp_path: Path) -> None:
        """A YAML error is refused with its line and column."""
        spec = tmp_path / "openapi.yaml"
        spec.write_text("openapi: 3.0.3\ninfo: [unclosed\n", encoding="utf-8")
        with pytest.raises(ReviewInputError) as caught:
            read_side(str(spec), config_for(spec))
        assert caught.value.diagnostics and caught.value.diagnostics[0].line >= 2

    def test_not_openapi(self, tmp_path: Path) -> None:
        """A YAML file that is not OpenAPI 3 is refused, pointing at /openapi."""
        spec = write(tmp_path / "openapi.yaml", {"swagger": "2.0", "paths": {}})
        with pytest.raises(ReviewInputError) as caught:
            read_side(str(spec), config_for(spec))
        assert [d.pointer for d in caught.value.diagnostics] == ["/openapi"]

    def test_unbuildable_spec_is_located(self, tmp_path: Path) -> None:
        """A spec the IR cannot be built from is refused with located problems."""
        api = things_api(security=[{"Nope": []}])
        spec = write(tmp_path / "openapi.yaml", api)
        with pytest.raises(ReviewInputError) as caught:
            read_side(str(spec), config_for(spec))
        pointers = [d.pointer for d in caught.value.diagnostics]
        assert "/paths/~1things/post/security/0/Nope" in pointers

    def test_validator_errors_alone_do_not_stop_a_review(self, tmp_path: Path) -> None:
        """default: null on a non-nullable integer fails validation, yet the spec is reviewed."""
        api = things_api(
            request={
                "type": "object",
                "properties": {"n": {"type": "integer", "default": None}},
            }
        )
        spec = write(tmp_path / "openapi.yaml", api)
        assert validate(load_spec(spec)), "the spec is meant to fail validation"
        side = read_side(str(spec), config_for(spec))
        assert [op.operation_id for op in side.api.resources[0].operations] == [
            "createThing"
        ]

    def test_overlay_action_that_does_not_fit_is_noted(self, tmp_path: Path) -> None:
        """An overlay action that selects nothing in a spec is skipped for it and remembered."""
        spec = write(tmp_path / "openapi.yaml", things_api())
        fix = write(
            tmp_path / "fix.yaml",
            {
                "overlay": "1.0.0",
                "info": {"title": "fix", "version": "1"},
                "actions": [
                    {"target": "$.components.schemas.Gone", "update": {"maxLength": 3}},
                    {
                        "target": "$.components.schemas.Thing",
                        "update": {"maxProperties": 9},
                    },
                ],
            },
        )
        config = Config(root=tmp_path, spec=spec, out=tmp_path, overlays=(fix,))
        side = read_side(str(spec), config)
        assert [d.pointer for d in side.unapplied] == ["/actions/0/target"]
        assert side.data["components"]["schemas"]["Thing"]["maxProperties"] == 9


def git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@localhost", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A project with its spec split over two files, committed once."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\nspec = "spec/openapi.yaml"\n', encoding="utf-8"
    )
    write(tmp_path / "spec" / "openapi.yaml", split_api())
    write(tmp_path / "spec" / "schemas" / "things.yaml", THINGS)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "spec")
    return tmp_path


class TestGit:
    def test_revision_reads_its_own_files(self, repo: Path) -> None:
        """git:REF reads the spec and the files it refers to at REF, not from the working tree."""
        config = load_config(repo / "pyproject.toml")
        things = repo / "spec" / "schemas" / "things.yaml"
        write(
            things,
            {
                **THINGS,
                "Thing": {"type": "object", "properties": {"name": {"type": "string"}}},
            },
        )
        committed = read_side("git:HEAD", config)
        assert diff_specs(committed.data, read_side("git:HEAD", config).data) == ()
        working = read_side(str(repo / "spec" / "openapi.yaml"), config)
        kinds = {(f.kind, f.pointer) for f in diff_specs(committed.data, working.data)}
        assert kinds == {
            ("response-property-removed", "/components/schemas/Thing/properties/size")
        }

    def test_unknown_revision(self, repo: Path) -> None:
        """A revision git does not know is refused with git's reason."""
        with pytest.raises(ReviewInputError, match="git show failed"):
            read_side("git:no-such-branch", load_config(repo / "pyproject.toml"))

    def test_option_lookalike_is_refused(self, repo: Path) -> None:
        """A revision that git would read as an option is refused before git runs."""
        with pytest.raises(ReviewInputError, match="not a git revision"):
            read_side("git:--output=x", load_config(repo / "pyproject.toml"))
