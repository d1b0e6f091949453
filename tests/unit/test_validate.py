"""generator.validate: every problem, located by file, line, column and pointer."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.diagnostics import Diagnostic, Severity
from generator.load import parse_text
from generator.validate import PARTS, check, combine, validate

SEED = (
    Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "seed" / "openapi.yaml"
)


def lines_for(text: str) -> list[str]:
    return [d.format() for d in validate(parse_text(text.encode(), Path("s.yaml")))]


class TestValidate:
    def test_seed_is_valid(self) -> None:
        """The committed spec has no problems."""
        assert validate(parse_text(SEED.read_bytes(), SEED)) == []

    def test_broken_line_is_located(self) -> None:
        """Breaking one line of the seed yields an error at that line."""
        text = SEED.read_text().replace(
            "          type: integer\n          minimum: 1",
            "          type: integr\n          minimum: 1",
        )
        found = lines_for(text)
        assert found, "expected a problem"
        line = text.splitlines().index("          type: integr") + 1
        assert any(
            f"s.yaml:{line}:" in f
            and "/components/schemas/CreateImageEditRequest/properties/n" in f
            for f in found
        ), found

    def test_all_problems_at_once(self) -> None:
        """Two independent mistakes are both reported."""
        data = yaml.safe_load(SEED.read_text())
        del data["paths"]["/images/edits"]["post"]["responses"]
        data["info"]["version"] = 2
        found = lines_for(yaml.safe_dump(data))
        assert any("'responses' is a required property" in f for f in found)
        assert any("/info/version" in f for f in found)

    def test_missing_parameter_location(self) -> None:
        """A parameter without 'in' is named precisely, not as a failed oneOf."""
        data = yaml.safe_load(SEED.read_text())
        data["paths"]["/images/edits"]["post"]["parameters"] = [
            {"name": "x", "schema": {"type": "string"}}
        ]
        found = lines_for(yaml.safe_dump(data))
        assert any(
            "/paths/~1images~1edits/post/parameters/0" in f
            and "'in' is a required property" in f
            for f in found
        ), found

    def test_unsupported_version(self) -> None:
        """Swagger 2 and unknown versions are refused with a located message."""
        assert lines_for("openapi: 2.0.0\ninfo: {}\npaths: {}\n") == [
            "s.yaml:1:10: /openapi: unsupported OpenAPI version '2.0.0'; expected 3.0.x or 3.1.x"
        ]


class TestCombine:
    """The parts run apart (in other processes); ``combine`` makes one report."""

    def diagnostic(
        self, message: str, severity: Severity = Severity.ERROR
    ) -> Diagnostic:
        return Diagnostic("s.yaml", 1, 1, "/info", message, severity)

    def test_the_parts_together_are_validate(self) -> None:
        text = SEED.read_text().replace("  title: Portkey API\n", "  title: [a]\n")
        spec = parse_text(text.encode(), Path("s.yaml"))
        found = {part: check(spec, part) for part in PARTS}
        assert found["schema"] and combine(found) == validate(spec)

    def test_the_second_pass_counts_only_on_a_document_that_fits_the_schema(
        self,
    ) -> None:
        semantic = [self.diagnostic("duplicate thing")]
        schema = [self.diagnostic("not a string")]
        assert combine({"rules": [], "schema": schema, "semantic": semantic}) == schema
        assert combine({"rules": [], "schema": [], "semantic": semantic}) == semantic

    def test_a_failed_second_pass_is_news_only_without_errors(self) -> None:
        failed = [self.diagnostic("the spec could not be validated: KeyError('x')")]
        warning = self.diagnostic("default is null", Severity.WARNING)
        error = self.diagnostic("bad name")
        assert combine({"rules": [error], "schema": [], "semantic": failed}) == [error]
        assert combine(
            {"rules": [warning], "schema": [], "semantic": failed}
        ) == sorted([warning, *failed])
