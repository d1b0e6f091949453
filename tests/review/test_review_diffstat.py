"""generator.review.chunks and diffstat: line counts equal those of a full regeneration."""

from __future__ import annotations

import copy
import difflib
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config, load_config
from generator.load import load_spec
from generator.pipeline import generate
from generator.render import render_package
from generator.review.chunks import format_chunks, reassemble, split
from generator.review.diffstat import diffstat
from generator.review.sources import read_side

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "portkey_client"


class TestChunks:
    def test_reassembles_the_committed_package(self) -> None:
        """Statements formatted one by one and joined by black's blank-line rules give the committed files."""
        config = load_config(ROOT / "pyproject.toml")
        api = read_side(str(config.spec), config).api
        files = render_package(api, source_name="spec/openapi.yaml")
        sources = {path: text for path, text in files.items() if path.endswith(".py")}
        chunks = {path: split(text) for path, text in sources.items()}
        formatted = format_chunks(
            [c for cs in chunks.values() for c in cs], api.package
        )
        for path, cs in chunks.items():
            expected = (PACKAGE / path).read_text(encoding="utf-8").rstrip("\n")
            assert "\n".join(reassemble(cs, formatted)) == expected, path

    def test_statements_keep_their_comments(self) -> None:
        """A comment above a statement, even after a blank line, travels with it."""
        source = "class A:\n    x = 1\n\n    # -- section --\n\n    def f(self):\n        pass\n"
        *_, last = split(source)
        assert last.text.startswith("    # -- section --") and last.kind == "def"


def edited_seed(edit: Any) -> dict[str, Any]:
    spec = load_spec(ROOT / "spec" / "openapi.yaml").data
    result = copy.deepcopy(spec)
    edit(result)
    return result


def project(folder: Path, spec: dict[str, Any]) -> Config:
    """The project's settings, with this spec at spec/openapi.yaml under ``folder``."""
    path = folder / "spec" / "openapi.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    base = load_config(ROOT / "pyproject.toml")
    return Config(
        root=folder,
        spec=path,
        out=folder / "generated",
        package=base.package,
        client_name=base.client_name,
        env_prefix=base.env_prefix,
        rename=base.rename,
        overlays=base.overlays,
    )


def full_counts(old: Config, new: Config) -> dict[str, tuple[int, int]]:
    """Lines added and removed per file between two complete generations."""
    before, after = generate(old).files, generate(new).files
    counts = {}
    for path in sorted(set(before) | set(after)):
        a = before.get(path, "").splitlines()
        b = after.get(path, "").splitlines()
        added = removed = 0
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
            None, a, b, autojunk=False
        ).get_opcodes():
            if tag != "equal":
                removed, added = removed + i2 - i1, added + j2 - j1
        if added or removed:
            counts[path] = (added, removed)
    return counts


def add_models_endpoint(spec: dict[str, Any]) -> None:
    spec["paths"]["/models"] = {
        "get": {
            "operationId": "listModels",
            "tags": ["Models"],
            "summary": "List models",
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ModelList"}
                        }
                    },
                }
            },
        }
    }
    spec["components"]["schemas"]["ModelList"] = {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Image"}}
        },
    }


def change_fields(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["ImagesResponse"]["properties"]["usage"] = {
        "type": "integer",
        "description": "Tokens used.",
    }
    schemas["CreateImageEditRequest"]["properties"]["n"][
        "description"
    ] = "How many images, 1 to 10."


class TestDiffStat:
    @pytest.mark.parametrize(
        "edit", [add_models_endpoint, change_fields], ids=["new-endpoint", "fields"]
    )
    def test_matches_a_full_regeneration(self, tmp_path: Path, edit: Any) -> None:
        """Counting only what differs gives the same files and line counts as regenerating both sides."""
        old = project(tmp_path / "old", edited_seed(lambda s: None))
        new = project(tmp_path / "new", edited_seed(edit))
        stat = diffstat(
            read_side(str(old.spec), old), read_side(str(new.spec), new), new
        )
        assert {f.path: (f.added, f.removed) for f in stat.files} == full_counts(
            old, new
        )
        assert stat.folder == "generated/portkey_client"

    def test_same_spec_changes_nothing(self, tmp_path: Path) -> None:
        """Two identical specs regenerate identically."""
        old = project(tmp_path / "old", edited_seed(lambda s: None))
        new = project(tmp_path / "new", edited_seed(lambda s: None))
        assert (
            diffstat(
                read_side(str(old.spec), old), read_side(str(new.spec), new), new
            ).files
            == ()
        )
