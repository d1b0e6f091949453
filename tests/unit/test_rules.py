"""generator.rules (and validate): semantic problems, each located once, graded by severity."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from generator.diagnostics import Severity
from generator.load import parse_text
from generator.rules import RULES, WARNING_RULES, check, severity_of
from generator.validate import validate

sys_path_e2e = Path(__file__).resolve().parents[1] / "e2e"


def spec_text(body: str, version: str = "3.0.3") -> str:
    return f"openapi: {version}\ninfo: {{title: t, version: '1'}}\n" + textwrap.dedent(
        body
    )


def lines(body: str, version: str = "3.0.3") -> list[str]:
    spec = parse_text(spec_text(body, version).encode(), Path("s.yaml"))
    return [d.format() for d in validate(spec)]


class TestRules:
    def test_default_null_is_a_warning_located_once(self) -> None:
        """default: null on a non-nullable schema: one located warning, not the validator's '/' line."""
        found = lines("""\
            paths: {}
            components:
              schemas:
                S: {type: string, default: null}
                N: {type: string, nullable: true, default: null}
            """)
        assert found == [
            "s.yaml:6:32: /components/schemas/S/default: warning: default is null but the "
            "schema does not allow null (add nullable: true, or drop the default)"
        ]

    def test_default_of_the_wrong_type_is_an_error(self) -> None:
        """A default that does not match its schema is an error at the default."""
        (line,) = lines(
            "paths: {}\ncomponents: {schemas: {S: {type: integer, default: 'x'}}}\n"
        )
        assert line.startswith(
            "s.yaml:4:52: /components/schemas/S/default: default 'x'"
        )

    def test_default_through_a_reference(self) -> None:
        """Defaults are checked against referenced schemas of the document."""
        found = lines("""\
            paths: {}
            components:
              schemas:
                E: {type: string, enum: [a, b]}
                S:
                  type: object
                  properties:
                    e: {allOf: [{$ref: '#/components/schemas/E'}], default: c}
            """)
        assert found == [
            "s.yaml:10:65: /components/schemas/S/properties/e/default: default 'c' does "
            "not match the schema: 'c' is not one of ['a', 'b']"
        ]

    def test_duplicate_operation_ids_located_once(self) -> None:
        """Both operationIds in place; the validator's unlocated copy is dropped."""
        found = lines("""\
            paths:
              /a: {get: {operationId: x, responses: {'204': {description: ok}}}}
              /b: {get: {operationId: x, responses: {'204': {description: ok}}}}
            """)
        assert found == [
            "s.yaml:5:27: /paths/~1b/get/operationId: operationId 'x' is also used at /paths/~1a/get"
        ]

    def test_path_parameters_both_ways(self) -> None:
        """A template name without a parameter, and a parameter without a template name."""
        found = lines("""\
            paths:
              /a/{x}:
                parameters: [{name: y, in: path, required: true, schema: {type: string}}]
                get: {responses: {'204': {description: ok}}}
            """)
        assert found == [
            "s.yaml:5:18: /paths/~1a~1{x}/parameters/0: path parameter 'y' does not appear in the path '/a/{x}'",
            "s.yaml:6:10: /paths/~1a~1{x}/get: path parameter {x} in '/a/{x}' is not declared (in: path)",
        ]

    def test_path_parameter_names_with_format_characters(self) -> None:
        """{a:b} and {x!r} are names to OpenAPI; the validator's str.format would choke."""
        assert lines("""\
            paths:
              /a/{a:b}/{x!r}:
                parameters:
                  - {name: 'a:b', in: path, required: true, schema: {type: string}}
                  - {name: 'x!r', in: path, required: true, schema: {type: string}}
                get: {responses: {'204': {description: ok}}}
            """) == []

    def test_duplicate_parameter_with_different_schemas(self) -> None:
        """Same name and location twice (not identical, so the schema's uniqueItems misses it)."""
        found = lines("""\
            paths:
              /a:
                get:
                  parameters:
                    - {name: q, in: query, schema: {type: string}}
                    - {name: q, in: query, schema: {type: integer}}
                  responses: {'204': {description: ok}}
            """)
        assert found == [
            "s.yaml:8:11: /paths/~1a/get/parameters/1: parameter 'q' (in: query) is also defined at index 0"
        ]

    def test_enum_values_of_the_wrong_type(self) -> None:
        """A boolean in a string enum: located at the value."""
        found = lines(
            "paths: {}\ncomponents: {schemas: {S: {type: string, enum: [a, true]}}}\n"
        )
        assert found == [
            "s.yaml:4:52: /components/schemas/S/enum/1: enum value True is not of type string"
        ]

    def test_yaml_1_1_booleans_are_strings(self) -> None:
        """YAML 1.2 core schema: yes, no, on, off are strings, so a string enum holds them."""
        found = lines(
            "paths: {}\ncomponents: {schemas: {S: {type: string, enum: [yes, no, on, off]}}}\n"
        )
        assert found == []

    def test_path_keys_with_a_query_or_fragment_are_not_errors(self) -> None:
        """The suffix is tolerated (generator.repair warns); its path is still checked."""
        found = lines("""\
            paths:
              /a/{id}#alt:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {'204': {description: ok}}
              /b?beta=true:
                get: {responses: {'204': {description: ok}}}
              /c?x={y}:
                get: {responses: {'204': {description: ok}}}
            """)
        assert found == [
            "s.yaml:11:5: /paths/~1c?x={y}: path '/c?x={y}' has a parameter in its query or fragment"
        ]

    def test_required_property_missing_from_all_of(self) -> None:
        """A required name no part of allOf defines."""
        found = lines("""\
            paths: {}
            components:
              schemas:
                S: {allOf: [{type: object, properties: {a: {type: string}}}], required: [a, b]}
            """)
        assert found == [
            "s.yaml:6:81: /components/schemas/S/required/1: required property 'b' is not defined in properties or allOf"
        ]

    def test_schema_against_its_dialect_in_3_1(self) -> None:
        """OpenAPI 3.1 schemas are checked with a place (the validator gives none)."""
        found = lines(
            "paths: {}\ncomponents: {schemas: {S: {type: strin}, T: {$schema: 'urn:nope'}}}\n",
            version="3.1.0",
        )
        assert found == [
            "s.yaml:4:34: /components/schemas/S/type: 'strin' is not one of ['array', 'boolean', "
            "'integer', 'null', 'number', 'object', 'string']",
            "s.yaml:4:55: /components/schemas/T/$schema: unknown JSON Schema dialect 'urn:nope'",
        ]

    def test_unresolved_reference(self) -> None:
        """A $ref to nothing, at the $ref."""
        (line,) = lines(
            "paths: {}\ncomponents: {schemas: {S: {$ref: '#/components/schemas/T'}}}\n"
        )
        assert (
            line
            == "s.yaml:4:34: /components/schemas/S/$ref: $ref '#/components/schemas/T' points to nothing"
        )

    def test_duplicate_tags(self) -> None:
        """A tag name twice, with different descriptions."""
        found = lines("paths: {}\ntags: [{name: a}, {name: a, description: d}]\n")
        assert found == ["s.yaml:4:26: /tags/1/name: tag 'a' is defined twice"]

    @pytest.mark.parametrize(
        ("body", "rule"),
        [
            (
                "paths: {}\ncomponents: {securitySchemes: {k: {type: apiKey, in: cookie, name: 'a b'}}}\n",
                "http-token",
            ),
            ("paths: {}\nservers: [{url: 'https://a.example/ x'}]\n", "server-url"),
            (
                "paths: {}\ncomponents: {schemas: {S: {type: string, pattern: '['}}}\n",
                "pattern",
            ),
            ("paths: {}\nsecurity: [{nope: []}]\n", "undefined-security-scheme"),
            (
                "paths: {'/a b': {get: {responses: {'204': {description: ok}}}}}\n",
                "path-template",
            ),
            (
                'paths: {/a: {post: {requestBody: {content: {"a/b\\r\\nX: 1": {}}}, '
                "responses: {'204': {description: ok}}}}}\n",
                "media-type",
            ),
        ],
    )
    def test_each_rule_reports_with_its_severity(self, body: str, rule: str) -> None:
        """Each rule's finding carries the rule's name and severity."""
        spec = parse_text(spec_text(body).encode(), Path("s.yaml"))
        found = [d for d in check(spec) if d.rule == rule]
        assert len(found) == 1 and found[0].severity is severity_of(rule)


class TestClassification:
    def test_warnings_are_the_ones_that_do_not_stop_generation(self) -> None:
        """Only default-null is a warning; everything else stops generation."""
        assert WARNING_RULES == {"default-null"}
        assert all(RULES[r] is Severity.ERROR for r in set(RULES) - WARNING_RULES)

    def test_validate_lists_warnings_too(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`validate` exits 1 even when the only finding is a warning."""
        from generator.cli import main

        spec = tmp_path / "s.yaml"
        spec.write_text(
            spec_text(
                "paths: {}\ncomponents: {schemas: {S: {type: string, default: null}}}\n"
            )
        )
        assert main(["validate", str(spec)]) == 1
        assert "warning: default is null" in capsys.readouterr().err


class TestEverythingAtOnce:
    def test_all_problems_sorted(self) -> None:
        """Rules, schema errors and the validator's findings come together, sorted by place."""
        data = yaml.safe_load(spec_text("""\
                paths:
                  /a/{id}:
                    get:
                      operationId: same
                      parameters: [{name: q, schema: {type: string}}]
                      responses: {'204': {description: ok}}
                  /b:
                    get: {operationId: same, responses: {'204': {description: ok}}}
                components: {schemas: {S: {type: string, default: null}}}
                """))
        spec = parse_text(yaml.safe_dump(data).encode(), Path("s.yaml"))
        found = validate(spec)
        places = [(d.line, d.col) for d in found]
        assert places == sorted(places)
        messages = " | ".join(d.message for d in found)
        for part in (
            "'in' is a required property",
            "is also used at",
            "is not declared",
            "default is null",
        ):
            assert part in messages


@pytest.fixture
def server() -> Iterator[object]:
    import sys

    sys.path.insert(0, str(sys_path_e2e))
    from recording_server import RecordingServer

    with RecordingServer() as running:
        yield running


class TestOffline:
    def test_validator_never_fetches(self, server: object) -> None:
        """References anywhere (even in data the validator reads as refs) reach no server."""
        url = f"{server.url}/schema.yaml"  # type: ignore[attr-defined]
        text = spec_text(f"""\
            paths: {{}}
            x-data: {{$ref: '{url}'}}
            components:
              schemas:
                S: {{type: object, default: {{$ref: '{url}'}}, example: {{$ref: '{url}'}}}}
                R: {{$ref: '{url}'}}
            """)
        found = [
            d.format() for d in validate(parse_text(text.encode(), Path("s.yaml")))
        ]
        assert found == [
            f"s.yaml:8:15: /components/schemas/R/$ref: $ref '{url}' is not a reference within the document"
        ]
        assert server.requests == []  # type: ignore[attr-defined]
