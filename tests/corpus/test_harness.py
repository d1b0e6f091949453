"""The corpus steps fail on a refused spec, a module that does not import or a type error,
and the reviewed cases attribute only the failures they cover."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx
import pytest

from .attribution import attribute, load_known
from .steps import ROOT, CorpusSpec, Generation, generate, import_all, type_check

TINY = {
    "openapi": "3.0.3",
    "info": {"title": "tiny", "version": "1"},
    "paths": {
        "/pets/{id}": {
            "get": {
                "operationId": "getPet",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Pet"}
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            }
        }
    },
}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Generation:
    folder = tmp_path_factory.mktemp("tiny")
    path = folder / "tiny.json"
    path.write_text(json.dumps(TINY), "utf-8")
    return generate(CorpusSpec(path), folder / "work")


def test_a_valid_spec_generates_imports_and_type_checks(
    tiny: Generation, tmp_path: Path
) -> None:
    """The counts come from the generator's summary line; every step passes."""
    assert tiny.ok, tiny.step.output
    assert (tiny.operations, tiny.skipped, tiny.warnings) == (1, 0, 0)
    assert tiny.operations == tiny.spec.operations()
    assert import_all(tiny).ok
    checked = type_check(tiny, tmp_path / "cache")
    assert checked.step.ok and checked.errors == 0, checked.step.output


def test_a_refused_spec_is_not_ok_and_keeps_its_located_errors(tmp_path: Path) -> None:
    broken = json.loads(json.dumps(TINY))
    del broken["paths"]["/pets/{id}"]["get"]["responses"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), "utf-8")
    generation = generate(CorpusSpec(path), tmp_path / "work")
    assert not generation.ok
    assert generation.operations is None
    assert generation.errors
    assert all("broken.json:" in line for line in generation.errors)


def test_a_module_that_fails_to_import_fails_the_import_step(
    tiny: Generation, tmp_path: Path
) -> None:
    package = tiny.out / tiny.spec.package
    broken = package / "resources" / "zz_broken.py"
    broken.write_text("raise ImportError('broken on purpose')\n", "utf-8")
    try:
        step = import_all(tiny)
    finally:
        broken.unlink()
    assert not step.ok
    assert "broken on purpose" in step.output


def test_a_type_error_fails_the_mypy_step(tiny: Generation, tmp_path: Path) -> None:
    package = tiny.out / tiny.spec.package
    broken = package / "zz_typed.py"
    broken.write_text("x: int = 'not an int'\n", "utf-8")
    try:
        checked = type_check(tiny, tmp_path / "cache")
    finally:
        broken.unlink()
    assert not checked.step.ok
    assert checked.errors == 1


def test_reviewed_cases_cover_only_their_spec_operation_mode_and_text(
    tmp_path: Path,
) -> None:
    data = tmp_path / "cases.toml"
    data.write_text(
        """
[[failure]]
spec = "tiny"
operations = ["GET /pets/{id}"]
modes = ["dynamic"]
match = "not a valid integer"
cause = "Prism limitation"
evidence = "the faker ignores the format"
""",
        "utf-8",
    )
    known = load_known(data)
    operation = ("GET /pets/{id}", "getPet")
    text = "returned dict: 'x' is not a valid integer"
    assert attribute(known, "tiny", "dynamic", operation, text) == known[0]
    assert attribute(known, "tiny", "static", operation, text) is None
    assert attribute(known, "other", "dynamic", operation, text) is None
    assert attribute(known, "tiny", "dynamic", ("GET /a", "a"), text) is None
    assert attribute(known, "tiny", "dynamic", operation, "a 422") is None


def test_a_malformed_case_is_an_error_naming_it(tmp_path: Path) -> None:
    data = tmp_path / "cases.toml"
    data.write_text(
        '[[failure]]\nspec = "x"\nmatch = "y"\ncause = "bad luck"\nevidence = "z"\n',
        "utf-8",
    )
    with pytest.raises(ValueError, match="failure #1: cause must be one of"):
        load_known(data)


def test_the_committed_cases_load() -> None:
    load_known()


def test_the_evidence_of_a_call_does_not_name_the_mock_servers_port() -> None:
    """results.md must not change with the random port Prism listens on."""
    sys.path.insert(0, str(ROOT / "tests" / "contract"))
    from contract_calls import Recorder

    recorder = Recorder(httpx.MockTransport(lambda request: httpx.Response(422)))
    with httpx.Client(base_url="http://127.0.0.1:40781", transport=recorder) as client:
        client.post("/pets/a%20b", params={"q": "1"}, content=b'{"x":1}')
    assert recorder.sent() == 'POST /pets/a%20b?q=1 {"x":1}'
    failure = "422 for url 'http://127.0.0.1:40781/pets/a%20b?q=1'"
    assert recorder.without_origin(failure) == "422 for url '/pets/a%20b?q=1'"


def test_binary_evidence_is_escaped_so_results_md_stays_text() -> None:
    from .report import _code

    assert _code('POST /a \x00\x01 "x"\n') == '`` POST /a \\x00\\x01 "x" ``'
