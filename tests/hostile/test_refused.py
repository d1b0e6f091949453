"""Broken and malicious specs: refused with every problem located, nothing written, nothing run."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_support import PLACEHOLDER, REFUSED, RecordingServer

from generator.cli import main

# spec -> what its diagnostics must say (each fragment in one line)
EXPECTED = {
    "alias-bomb.yaml": ["through aliases; refusing to load it"],
    "api-key-name-space.yaml": [
        "/components/securitySchemes/key/name: apiKey header name"
    ],
    "climbing-refs.yaml": [
        "/components/schemas/Parent/$ref: $ref '../../../../../../etc/passwd.yaml' climbs out of the spec's folder",
        "/components/schemas/Absolute/$ref: $ref '/etc/hostname': absolute paths are not followed",
        "/components/schemas/Encoded/$ref: $ref '%2Fetc%2Fhostname': absolute paths are not followed",
        "/components/schemas/Dotted/$ref: $ref 'sub/../../x.yaml' climbs out of the spec's folder",
        "/components/schemas/NotYaml/$ref: $ref 'secrets.txt': only .yaml, .yml and .json files can be referenced",
    ],
    "duplicate-keys.json": [":5:3: /: duplicate key 'info' (first defined on line 3)"],
    "header-name-crlf.yaml": [
        "/paths/~1a/get/parameters/0/name: header parameter name"
    ],
    "invalid-pattern.yaml": [
        """/components/schemas/S/pattern: pattern '"); open(' is not a valid regular expression"""
    ],
    "invalid-yaml.yaml": ["/: invalid YAML"],
    "many-mistakes.yaml": [
        "/components/schemas/Pet/properties/name/default: warning: default is null",
        "/info/version: 2 is not of type 'string'",
        "/paths/~1pets~1{id}/get: path parameter {id} in '/pets/{id}' is not declared (in: path)",
        "/paths/~1pets~1{id}/get/parameters/0: 'in' is a required property",
        "/paths/~1pets/post/operationId: operationId 'listPets' is also used at /paths/~1pets/get",
        "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref: $ref '#/components/schemas/Nope' points to nothing",
        "/paths/~1pets/get/security/0/missing: security scheme 'missing' is not defined",
    ],
    "media-type-crlf.yaml": ["cannot be sent as a Content-Type header"],
    "missing-root-keys.yaml": [
        "/openapi: missing or non-string 'openapi' version field",
        "/: 'info' is a required property",
        "/: 'paths' is a required property",
    ],
    "not-a-mapping.yaml": ["/: the document root must be a mapping, not list"],
    "path-control-characters.yaml": ["contains whitespace or control characters"],
    "path-query-and-braces.yaml": [
        "/paths/~1a?x={x}: path '/a?x={x}' has a parameter in its query or fragment",
        "/paths/~1b~1{{x}}: path '/b/{{x}}' has unbalanced or nested braces",
        "/paths/~1c~1{}: path '/c/{}' has an empty parameter name",
    ],
    "python-tag.yaml": [
        "the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"
    ],
    "server-url-newline.yaml": [
        "/servers/0/url: server URL",
        "/servers/1/variables/host/default: server URL",
    ],
    "url-ref.yaml": [
        "/components/schemas/Remote/$ref: $ref 'http://127.0.0.1:@PORT@/schema.yaml': URLs are not followed",
        "/components/schemas/FileUrl/$ref: $ref 'file:///etc/passwd': URLs are not followed",
        "/components/schemas/NetworkPath/$ref: $ref '//127.0.0.1:@PORT@/x.yaml': absolute paths are not followed",
    ],
}
# the pointer may hold spaces and colons: it is matched with the message
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<rest>/.*: .+)$")


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as running:
        yield running


@pytest.fixture
def placed(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    server: RecordingServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """The spec in a scratch folder (no pyproject above it), placeholders filled."""
    name: str = request.param
    port = str(server.url.rpartition(":")[2])
    text = (REFUSED / name).read_text("utf-8")
    text = PLACEHOLDER.sub(lambda m: str(tmp_path / f"pwned-{m.group(1)}"), text)
    (tmp_path / "spec").mkdir()
    spec = tmp_path / "spec" / name
    spec.write_text(text.replace("@PORT@", port), "utf-8")
    monkeypatch.chdir(tmp_path)
    return spec


class TestRefusedFiles:
    def test_every_refused_spec_has_expectations(self) -> None:
        """Each spec in refused/ is checked (and each expectation has its spec)."""
        assert sorted(p.name for p in REFUSED.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("placed", sorted(EXPECTED), indirect=True)
class TestRefused:
    def test_validate_lists_every_problem_located(
        self,
        placed: Path,
        server: RecordingServer,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """Exit 1; one sorted PATH:LINE:COL: /pointer: message line per problem; no traceback."""
        code = main(["validate", str(placed)])
        out, err = capsys.readouterr()
        assert code == 1 and out == ""
        lines = err.splitlines()
        assert lines and "Traceback" not in err
        # spec text cannot break a line or reach the terminal as control characters
        assert err.count("\n") == len(lines)
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f\u2028\u2029]", err)
        matches = [LINE.match(line) for line in lines]
        assert all(matches), lines
        places = [(m["path"], int(m["line"]), int(m["col"])) for m in matches if m]
        assert places == sorted(places)
        port = server.url.rpartition(":")[2]
        for fragment in EXPECTED[placed.name]:
            fragment = fragment.replace("@PORT@", port)
            assert any(fragment in line for line in lines), (fragment, lines)
        assert server.requests == []

    def test_generate_writes_nothing_and_runs_nothing(
        self,
        placed: Path,
        server: RecordingServer,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """generate exits 1, creates no output folder, fetches nothing, runs no payload."""
        out = placed.parent.parent / "out"
        args = ["generate", "--spec", str(placed), "--out", str(out), "--package", "x"]
        assert main(args) == 1
        assert "Traceback" not in capsys.readouterr().err
        assert not out.exists()
        assert list(placed.parent.parent.glob("pwned-*")) == []
        assert server.requests == []
