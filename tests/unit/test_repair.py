"""generator.repair: each tolerated construct is rewritten to its interpretation, with a located warning."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any, ClassVar

from generator.diagnostics import Severity
from generator.load import parse_text
from generator.repair import REPAIRS, repair, split_path_key
from generator.validate import validate


def repaired(body: str, version: str = "3.0.3") -> tuple[dict[str, Any], list[str]]:
    """The repaired data and the warnings; the repaired spec must then validate cleanly."""
    text = f"openapi: {version}\ninfo: {{title: t, version: '1'}}\n" + textwrap.dedent(
        body
    )
    spec, warnings = repair(parse_text(text.encode(), Path("s.yaml")))
    assert all(w.severity is Severity.WARNING and w.rule in REPAIRS for w in warnings)
    errors = [d.format() for d in validate(spec) if d.severity is Severity.ERROR]
    assert errors == []
    return spec.data, [w.format() for w in warnings]


def schema(data: dict[str, Any], name: str = "S") -> Any:
    return data["components"]["schemas"][name]


class TestExclusiveBounds:
    def test_3_0_spelling_in_3_1(self) -> None:
        data, found = repaired(
            """\
            paths: {}
            components:
              schemas:
                S: {type: number, minimum: 0, exclusiveMinimum: true}
                T: {type: number, maximum: 9, exclusiveMaximum: false}
            """,
            "3.1.0",
        )
        assert schema(data) == {"type": "number", "exclusiveMinimum": 0}
        assert schema(data, "T") == {"type": "number", "maximum": 9}
        assert found == [
            "s.yaml:6:53: /components/schemas/S/exclusiveMinimum: warning: exclusiveMinimum: "
            "true with minimum: 0 read as exclusiveMinimum: 0 (OpenAPI 3.0 spelling in a 3.1 spec)",
            "s.yaml:7:53: /components/schemas/T/exclusiveMaximum: warning: exclusiveMaximum: "
            "false (the default) dropped (OpenAPI 3.0 spelling in a 3.1 spec)",
        ]

    def test_3_1_spelling_in_3_0(self) -> None:
        data, found = repaired("""\
            paths: {}
            components: {schemas: {S: {type: integer, exclusiveMaximum: 10}}}
            """)
        assert schema(data) == {
            "type": "integer",
            "maximum": 10,
            "exclusiveMaximum": True,
        }
        assert len(found) == 1 and "OpenAPI 3.1 spelling in a 3.0 spec" in found[0]


class TestRecursiveRef:
    def test_recursive_ref_refers_to_the_anchored_schema(self) -> None:
        data, found = repaired(
            """\
            paths: {}
            components:
              schemas:
                Tree:
                  $recursiveAnchor: true
                  type: object
                  properties:
                    children: {type: array, items: {$recursiveRef: '#'}}
            """,
            "3.1.0",
        )
        tree = schema(data, "Tree")
        assert "$recursiveAnchor" not in tree
        assert tree["properties"]["children"]["items"] == {
            "$ref": "#/components/schemas/Tree"
        }
        assert [line.split(": warning: ")[0] for line in found] == [
            "s.yaml:7:25: /components/schemas/Tree/$recursiveAnchor",
            "s.yaml:10:56: /components/schemas/Tree/properties/children/items/$recursiveRef",
        ]


class TestRequired:
    def test_duplicated_required_entry_is_listed_once(self) -> None:
        data, found = repaired("""\
            paths: {}
            components:
              schemas:
                S:
                  type: object
                  properties: {a: {type: string}, b: {type: string}}
                  required: [a, b, a]
            """)
        assert schema(data)["required"] == ["a", "b"]
        assert found == [
            "s.yaml:9:24: /components/schemas/S/required/2: warning: 'a' is listed in "
            "required twice; listed once"
        ]


class TestDefaults:
    def test_text_that_parses_to_the_type_is_coerced(self) -> None:
        data, found = repaired("""\
            paths: {}
            components:
              schemas:
                B: {type: boolean, default: 'false'}
                I: {type: integer, default: '8'}
                N: {type: number, default: '1e-8'}
                J: {type: integer, default: '2.0'}
            """)
        assert [schema(data, n)["default"] for n in "BINJ"] == [False, 8, 1e-8, 2]
        assert found[0] == (
            "s.yaml:6:33: /components/schemas/B/default: warning: default 'false' does "
            "not match the schema; read as false"
        )
        assert len(found) == 4

    def test_other_contradicting_defaults_are_dropped(self) -> None:
        data, found = repaired("""\
            paths: {}
            components:
              schemas:
                O:
                  type: object
                  properties: {a: {type: string}}
                  required: [a]
                  default: {}
                B: {type: boolean, default: auto}
                I: {type: integer, default: '8.5'}
                R:
                  type: object
                  properties:
                    o: {allOf: [{$ref: '#/components/schemas/O'}], default: {}}
            """)
        assert "default" not in schema(data, "O")
        assert "default" not in schema(data, "B")
        assert "default" not in schema(data, "I")
        assert "default" not in schema(data, "R")["properties"]["o"]
        assert found[1] == (
            "s.yaml:11:33: /components/schemas/B/default: warning: default 'auto' does not "
            "match the schema ('auto' is not of type 'boolean'); dropped (the client "
            "never sends defaults)"
        )
        assert len(found) == 4

    def test_matching_defaults_are_untouched(self) -> None:
        data, found = repaired("""\
            paths: {}
            components: {schemas: {S: {type: string, default: 'false'}}}
            """)
        assert schema(data)["default"] == "false"
        assert found == []


class TestEnumNull:
    def test_null_in_a_non_nullable_enum_is_allowed_3_0(self) -> None:
        data, found = repaired("""\
            paths: {}
            components: {schemas: {S: {type: string, enum: [null, info, error]}}}
            """)
        assert schema(data)["nullable"] is True
        assert found == [
            "s.yaml:4:49: /components/schemas/S/enum/0: warning: the enum holds null but "
            "the schema does not allow null; null is allowed"
        ]

    def test_null_in_a_non_nullable_enum_is_allowed_3_1(self) -> None:
        data, found = repaired(
            """\
            paths: {}
            components: {schemas: {S: {type: string, enum: [a, null]}}}
            """,
            "3.1.0",
        )
        assert schema(data)["type"] == ["string", "null"]
        assert len(found) == 1


class TestPatterns:
    def test_an_ecma_only_pattern_is_not_checked(self) -> None:
        data, found = repaired(
            """\
            paths: {}
            components:
              schemas:
                S: {type: string, pattern: '^\\p{L}+$'}
                T: {type: string, pattern: '^[a-z]+$'}
                U: {type: string, pattern: '^(?!-)[a-z-]+$'}
                M:
                  type: object
                  patternProperties: {'^\\p{Lu}': {type: string}}
            """,
            "3.1.0",
        )
        assert "pattern" not in schema(data)
        assert schema(data, "U")["pattern"] == "^(?!-)[a-z-]+$"  # models use python-re
        assert schema(data, "T")["pattern"] == "^[a-z]+$"
        assert schema(data, "M")["patternProperties"] == {}
        assert [line.split(": warning: ")[0] for line in found] == [
            "s.yaml:6:32: /components/schemas/S/pattern",
            "s.yaml:11:38: /components/schemas/M/patternProperties/^\\p{Lu}",
        ]
        assert "the client does not check it" in found[0]

    def test_a_pattern_broken_in_any_dialect_stays_an_error(self) -> None:
        text = (
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
            "components: {schemas: {S: {type: string, pattern: '[a-'}}}\n"
        )
        spec, warnings = repair(parse_text(text.encode(), Path("s.yaml")))
        assert warnings == []
        (error,) = validate(spec)
        assert error.rule == "pattern" and error.severity is Severity.ERROR


class TestPathKeys:
    def test_fragment_and_query_warn_and_keep_the_key(self) -> None:
        data, found = repaired("""\
            paths:
              /oauth2/token#refresh:
                post: {operationId: refresh, responses: {'204': {description: ok}}}
              /oauth2/token:
                post: {operationId: token, responses: {'204': {description: ok}}}
              /responses?beta=true:
                get: {operationId: beta, responses: {'204': {description: ok}}}
            """)
        assert list(data["paths"]) == [
            "/oauth2/token#refresh",
            "/oauth2/token",
            "/responses?beta=true",
        ]
        assert found == [
            "s.yaml:5:5: /paths/~1oauth2~1token#refresh: warning: path "
            "'/oauth2/token#refresh' has a fragment; it is not sent (requests go to "
            "'/oauth2/token')",
            "s.yaml:9:5: /paths/~1responses?beta=true: warning: path "
            "'/responses?beta=true' has a query; requests go to '/responses' with the "
            "constant query 'beta=true'",
        ]

    def test_split_path_key(self) -> None:
        assert split_path_key("/a/{id}") == ("/a/{id}", ())
        assert split_path_key("/a?b=1&c=&d=x%20y#frag?no=1") == (
            "/a",
            (("b", "1"), ("c", ""), ("d", "x y")),
        )


def test_a_clean_spec_is_returned_unchanged() -> None:
    text = b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
    spec = parse_text(text, Path("s.yaml"))
    assert repair(spec) == (spec, [])


class TestPlainDefaults:
    CASES: ClassVar[list[tuple[dict[str, Any], Any]]] = [
        ({"type": "integer", "minimum": 1}, 0),
        ({"type": "integer", "minimum": 1}, 1),
        ({"type": "number", "multipleOf": 0.01, "maximum": 1}, 0.5),
        ({"type": "number", "multipleOf": 0.3}, 0.5),
        ({"type": "string", "maxLength": 2}, "abc"),
        ({"type": "string", "enum": ["a", "b"]}, "c"),
        ({"type": "boolean"}, 1),
        ({"type": "integer"}, True),
        ({"type": "array", "items": {"type": "string"}, "maxItems": 1}, ["a"]),
        ({"type": "array", "items": {"type": "string"}}, [1]),
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, 3),
        ({"oneOf": [{"type": "number"}, {"type": "integer"}]}, 3),
        ({"allOf": [{"$ref": "#/components/schemas/Small"}]}, 7),
        ({"type": "object", "required": ["a"]}, {}),
    ]

    def test_the_plain_verdict_agrees_with_the_validator(self) -> None:
        """Where the cheap check answers, it answers as the validator does."""
        from generator.repair import _plainly, _Repairer
        from generator.rules import ValueChecker

        schemas = {f"C{i}": s for i, (s, _) in enumerate(self.CASES)}
        schemas["Small"] = {"type": "integer", "maximum": 5}
        data = {"openapi": "3.0.3", "components": {"schemas": schemas}}
        spec = parse_text(b"openapi: 3.0.3\n", Path("s.yaml"))
        resolve = _Repairer(spec, data)._resolve
        checker = ValueChecker(data, "3.0")
        answered = 0
        for i, (schema, value) in enumerate(self.CASES):
            plain = _plainly(schema, value, resolve)
            valid = checker.problem(("components", "schemas", f"C{i}"), value) is None
            assert plain in (None, valid), (schema, value)
            answered += plain is not None
        assert answered >= 12

    def test_a_default_out_of_bounds_is_dropped(self) -> None:
        data, found = repaired("""\
            paths: {}
            components: {schemas: {S: {type: integer, minimum: 1, default: 0}}}
            """)
        assert "default" not in schema(data)
        assert "0 is less than the minimum of 1" in found[0]
