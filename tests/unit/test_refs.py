"""generator.refs: specs split over files are bundled; refs that leave the folder are refused."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import refs as refs_module
from generator.cli import main
from generator.diagnostics import SpecError
from generator.load import load_spec
from generator.refs import bundle
from generator.validate import validate

MAIN = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    $ref: 'parts/paths.yaml#/pets'
  /pets/{id}:
    get:
      parameters:
        - $ref: 'parts/common.yaml#/components/parameters/Id'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'parts/common.yaml#/components/schemas/Pet'}
components:
  schemas:
    Pet: {type: string}
    Owner:
      type: object
      properties:
        pet: {$ref: 'parts/common.yaml#/components/schemas/Pet'}
"""
PATHS = """\
pets:
  get:
    responses:
      '200':
        description: ok
        content:
          application/json:
            schema: {type: array, items: {$ref: 'common.yaml#/components/schemas/Pet'}}
"""
COMMON = """\
components:
  parameters:
    Id: {name: id, in: path, required: true, schema: {type: string}}
  schemas:
    Pet:
      type: object
      properties:
        owner: {$ref: '../openapi.yaml#/components/schemas/Owner'}
        parent: {$ref: '#/components/schemas/Pet'}
        tag: {$ref: 'tag.json'}
"""
TAG = '{"type": "string", "enum": ["a", "b"]}'

Write = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write files under tmp_path/spec; returns the path of the first one."""

    def _write(**files: str) -> Path:
        paths = []
        for name, text in files.items():
            path = tmp_path / "spec" / name.replace("__", "/").replace("_DOT_", ".")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text))
            paths.append(path)
        return paths[0]

    return _write


def project(write: Write) -> Path:
    return write(
        openapi_DOT_yaml=MAIN,
        parts__paths_DOT_yaml=PATHS,
        parts__common_DOT_yaml=COMMON,
        parts__tag_DOT_json=TAG,
    )


def refused(spec: Path) -> list[str]:
    with pytest.raises(SpecError) as caught:
        bundle(load_spec(spec))
    return [d.format() for d in caught.value.diagnostics]


def refs(node: Any) -> list[str]:
    found = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("$ref"), str):
                found.append(item["$ref"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


class TestBundle:
    def test_self_contained_with_stable_names(self, write: Write) -> None:
        """Every ref becomes local; components keep their names, clashes get _2."""
        spec = bundle(load_spec(project(write)))
        assert all(r.startswith("#/") for r in refs(spec.data))
        schemas = spec.data["components"]["schemas"]
        assert sorted(schemas) == ["Owner", "Pet", "Pet_2", "tag"]
        assert schemas["Pet_2"]["properties"] == {
            "owner": {"$ref": "#/components/schemas/Owner"},
            "parent": {"$ref": "#/components/schemas/Pet_2"},
            "tag": {"$ref": "#/components/schemas/tag"},
        }
        assert spec.data["components"]["parameters"]["Id"]["name"] == "id"
        # OpenAPI 3.0 has no components/pathItems: the path item is copied in place
        pets = spec.data["paths"]["/pets"]["get"]["responses"]["200"]
        assert pets["content"]["application/json"]["schema"]["items"] == {
            "$ref": "#/components/schemas/Pet_2"
        }

    def test_same_result_every_time(self, write: Write) -> None:
        """Bundling is deterministic."""
        path = project(write)
        assert bundle(load_spec(path)).data == bundle(load_spec(path)).data

    def test_single_file_spec_is_returned_as_is(self, write: Write) -> None:
        """Nothing to bundle: the very same spec comes back."""
        spec = load_spec(write(openapi_DOT_yaml="openapi: 3.0.3\npaths: {}\n"))
        assert bundle(spec) is spec

    def test_valid_and_generates_no_diagnostics(self, write: Write) -> None:
        """The bundled document passes validation."""
        assert validate(bundle(load_spec(project(write)))) == []

    def test_digest_covers_every_file(self, write: Write, tmp_path: Path) -> None:
        """Editing a referenced file changes the recorded input hash."""
        path = project(write)
        before = bundle(load_spec(path)).digest()
        (tmp_path / "spec" / "parts" / "tag.json").write_text(TAG.replace('"b"', '"c"'))
        assert bundle(load_spec(path)).digest() != before


class TestLocations:
    def test_problem_in_another_file_names_it(self, write: Write) -> None:
        """A schema error inside parts/common.yaml is reported at that file's line."""
        path = project(write)
        common = path.parent / "parts" / "common.yaml"
        common.write_text(COMMON.replace("type: object", "type: objekt"))
        found = [d.format() for d in validate(bundle(load_spec(path)))]
        assert any(
            line.startswith(f"{common}:6:13: /components/schemas/Pet/type:")
            for line in found
        ), found

    def test_rule_finding_in_another_file(self, write: Write) -> None:
        """Semantic rules locate their findings in the file the content came from."""
        path = project(write)
        (path.parent / "parts" / "tag.json").write_text(
            '{"type": "string",\n "enum": ["a"],\n "default": 5}'
        )
        found = [d.format() for d in validate(bundle(load_spec(path)))]
        tag = path.parent / "parts" / "tag.json"
        assert (
            f"{tag}:3:13: /default: default 5 does not match the schema: 5 is not of type 'string'"
            in found
        )

    def test_cli_validate_bundles(
        self, write: Write, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`validate` follows the refs too, and reports a missing target at the ref."""
        path = project(write)
        common = path.parent / "parts" / "common.yaml"
        common.write_text(
            COMMON.replace("'#/components/schemas/Pet'", "'#/components/schemas/Nope'")
        )
        assert main(["validate", str(path)]) == 1
        assert capsys.readouterr().err == (
            f"{common}:9:24: /components/schemas/Pet/properties/parent/$ref: "
            "$ref '#/components/schemas/Nope' points to nothing\n"
        )


class TestRefusals:
    @pytest.mark.parametrize(
        ("ref", "why"),
        [
            ("https://example.com/x.yaml", "URLs are not followed"),
            ("http://127.0.0.1:9/x.yaml#/A", "URLs are not followed"),
            ("file:///etc/passwd", "URLs are not followed"),
            ("ftp://example.com/x.yaml", "URLs are not followed"),
            ("//example.com/x.yaml", "absolute paths are not followed"),
            ("/etc/passwd", "absolute paths are not followed"),
            ("%2Fetc%2Fpasswd", "absolute paths are not followed"),
            ("../outside.yaml", "climbs out of the spec's folder"),
            ("a/../../outside.yaml", "climbs out of the spec's folder"),
            ("..%2Foutside.yaml", "climbs out of the spec's folder"),
            ("notes.txt", "only .yaml, .yml and .json files can be referenced"),
            ("missing.yaml", "no such file"),
            ("other.yaml#/nope", "points to nothing"),
            ("other.yaml#anchor", "only JSON pointer fragments"),
        ],
    )
    def test_refused_and_located(
        self, write: Write, tmp_path: Path, ref: str, why: str
    ) -> None:
        """Each is an error at the $ref's line; nothing outside the folder is read."""
        (tmp_path / "outside.yaml").write_text("type: string\n")
        path = write(
            openapi_DOT_yaml=f"""\
            openapi: 3.0.3
            info: {{title: t, version: '1'}}
            paths: {{}}
            components:
              schemas:
                A: {{$ref: '{ref}'}}
            """,
            other_DOT_yaml="type: string\n",
            notes_DOT_txt="type: string\n",
        )
        (line,) = refused(path)
        assert line.startswith(f"{path}:6:15: /components/schemas/A/$ref: $ref {ref!r}")
        assert why in line

    def test_symlink_out_of_the_folder(self, write: Write, tmp_path: Path) -> None:
        """A link inside the folder to a file outside it is refused."""
        (tmp_path / "secret.yaml").write_text("type: string\n")
        path = write(
            openapi_DOT_yaml="openapi: 3.0.3\npaths: {}\nx: {$ref: 'link.yaml'}\n"
            "components: {schemas: {A: {$ref: 'link.yaml'}}}\n"
        )
        os.symlink(tmp_path / "secret.yaml", path.parent / "link.yaml")
        (line,) = refused(path)
        assert "is a symlink to a file outside the spec's folder" in line

    def test_symlink_inside_the_folder_is_followed(self, write: Write) -> None:
        """A link to a file that is itself in the folder is fine."""
        path = write(
            openapi_DOT_yaml="openapi: 3.0.3\npaths: {}\n"
            "components: {schemas: {A: {$ref: 'link.yaml'}}}\n",
            real_DOT_yaml="type: integer\n",
        )
        os.symlink(path.parent / "real.yaml", path.parent / "link.yaml")
        assert bundle(load_spec(path)).data["components"]["schemas"]["link"] == {
            "type": "integer"
        }

    def test_circular_path_items_cannot_be_inlined(self, write: Write) -> None:
        """Path items (copied in place in 3.0) that refer to themselves are an error, not a hang."""
        path = write(
            openapi_DOT_yaml="openapi: 3.0.3\npaths:\n  /a: {$ref: 'p.yaml#/a'}\n",
            p_DOT_yaml="a: {$ref: '#/a'}\n",
        )
        (line,) = refused(path)
        assert "refers back to itself" in line

    def test_broken_referenced_file_is_reported_there(self, write: Write) -> None:
        """A referenced file with a YAML error is reported at its own line."""
        path = write(
            openapi_DOT_yaml="openapi: 3.0.3\npaths: {}\ncomponents: {schemas: {A: {$ref: 'b.yaml'}}}\n",
            b_DOT_yaml="a: 1\na: 2\n",
        )
        (line,) = refused(path)
        assert (
            line
            == f"{path.parent / 'b.yaml'}:2:1: /: duplicate key 'a' (first defined on line 1)"
        )

    def test_data_that_looks_like_a_ref_is_not_read(
        self, write: Write, tmp_path: Path
    ) -> None:
        """A $ref inside an example or extension is data: no file is opened for it."""
        secret = tmp_path / "secret.yaml"
        secret.write_text("type: string\n")
        path = write(
            openapi_DOT_yaml=f"""\
            openapi: 3.0.3
            info: {{title: t, version: '1'}}
            x-extension: {{$ref: '{secret}'}}
            paths: {{}}
            components:
              schemas:
                A:
                  type: object
                  example: {{$ref: '../secret.yaml'}}
                  default: {{$ref: '{secret}'}}
                B: {{$ref: 'c.yaml'}}
            """,
            c_DOT_yaml="type: string\n",
        )
        opened: list[str] = []

        def hook(event: str, args: tuple[Any, ...]) -> None:
            if event == "open" and str(args[0]).endswith("secret.yaml"):
                opened.append(str(args[0]))

        sys.addaudithook(hook)  # stays installed; it only records
        spec = bundle(load_spec(path))
        assert validate(spec) == []
        assert spec.data["components"]["schemas"]["A"]["example"] == {
            "$ref": "../secret.yaml"
        }
        assert opened == []


def many_files(write: Write, count: int) -> Path:
    """A spec whose schemas each live in a file of their own."""
    schemas = "".join(f"    S{i}: {{$ref: 'parts/s{i}.yaml'}}\n" for i in range(count))
    files = {f"parts__s{i}_DOT_yaml": "type: string\n" for i in range(count)}
    return write(
        openapi_DOT_yaml="openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
        "paths: {}\ncomponents:\n  schemas:\n" + schemas,
        **files,
    )


class TestBounds:
    def test_many_small_files_are_bundled(self, write: Write) -> None:
        """No cap on the number of files: 600 small ones bundle."""
        spec = bundle(load_spec(many_files(write, 600)))
        assert {f"s{i}" for i in range(600)} <= set(spec.data["components"]["schemas"])
        assert all(ref.startswith("#") for ref in refs(spec.data))

    def test_total_bytes_are_bounded(
        self, write: Write, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Past the byte bound, the $ref that would read more is a located error."""
        path = many_files(write, 3)
        main = len(path.read_bytes())
        bound = main + 2 * len("type: string\n")  # the main file and two parts
        monkeypatch.setattr(refs_module, "MAX_BUNDLE_BYTES", bound)
        lines = refused(path)
        assert lines == [
            f"{path}:8:16: /components/schemas/S2/$ref: $ref 'parts/s2.yaml': the "
            f"bundled files would come to more than {bound:,} bytes; refusing to "
            "read more"
        ]

    def test_time_is_bounded(
        self, write: Write, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Past the time bound, no further file is read: a located error instead."""
        path = many_files(write, 2)
        monkeypatch.setattr(refs_module, "MAX_BUNDLE_SECONDS", -1.0)
        lines = refused(path)
        assert len(lines) == 2
        assert lines[0].startswith(f"{path}:6:16: /components/schemas/S0/$ref: ")
        assert "bundling took more than -1 s" in lines[0]
