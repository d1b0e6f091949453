"""generator.review.report: escaping spec text for Markdown, the report's layout, and its JSON twin."""

from __future__ import annotations

import json

from review_specs import edited, things_api

from generator.review.findings import Finding, Severity
from generator.review.report import escape, to_json, to_markdown
from generator.review.run import Review
from generator.review.spec_diff import diff_specs
from generator.review.surface import SurfaceDiff

EMPTY_SURFACE = SurfaceDiff((), (), (), (), (), ())


def review_of(findings: tuple[Finding, ...]) -> Review:
    return Review("old.yaml", "new.yaml", findings, EMPTY_SURFACE, None)


class TestEscape:
    def test_text_markup_is_inert(self) -> None:
        """Emphasis, links, code and HTML in spec text show as typed."""
        assert escape("*a* _b_ [c](d) `e` <b>x</b> & y") == (
            "\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\`e\\` &lt;b&gt;x&lt;/b&gt; &amp; y"
        )

    def test_text_is_one_line(self) -> None:
        """Line breaks cannot start a heading or a list item."""
        assert escape("a\n# b\n- c") == "a \\# b - c"

    def test_pipes_cannot_split_a_table_cell(self) -> None:
        """A pipe is escaped, inside or outside a table."""
        assert escape("a|b", "table") == escape("a|b") == "a\\|b"

    def test_mentions_are_broken(self) -> None:
        """An @name in spec text notifies nobody."""
        assert escape("ask @octocat") == "ask @\u200boctocat"

    def test_code_span_outlasts_backticks(self) -> None:
        """A code span's fence is longer than any run of backticks inside it."""
        assert escape("a``b", "code") == "```a``b```"
        assert escape("`x`", "code") == "`` `x` ``"
        assert escape("line\nbreak", "code") == "`line break`"

    def test_block_cannot_be_closed_from_inside(self) -> None:
        """A fenced block's fence is longer than any fence-like line inside it."""
        block = escape("x = 1\n````\ny = 2", "block", info="diff")
        assert block.startswith("`````diff\n") and block.endswith("\n`````")


class TestMarkdown:
    def finding(self, severity: Severity, kind: str, pointer: str) -> Finding:
        return Finding(
            kind, severity, ("POST /things",), pointer, "a", "b", "it changed"
        )

    def test_sections_in_order(self) -> None:
        """Summary, then breaking, non-breaking and documentation sections, then the client surface."""
        text = to_markdown(
            review_of(
                (
                    self.finding(
                        Severity.NON_BREAKING, "request-property-added", "/p/1"
                    ),
                    self.finding(
                        Severity.BREAKING, "response-property-removed", "/p/2"
                    ),
                    self.finding(Severity.DOCUMENTATION, "description-changed", "/p/3"),
                )
            )
        )
        assert "**1 breaking · 1 non-breaking · 1 documentation-only changes**" in text
        headings = [line for line in text.splitlines() if line.startswith("### ")]
        assert headings == [
            "### Breaking changes (1)",
            "### Non-breaking changes (1)",
            "### Documentation-only changes (1)",
            "### Client surface",
        ]
        breaking = text.index("### Breaking")
        assert (
            breaking
            < text.index("response property removed")
            < text.index("### Non-breaking")
        )

    def test_finding_line(self) -> None:
        """A finding shows its operations, message, pointer, and before and after."""
        text = to_markdown(
            review_of(
                (
                    self.finding(
                        Severity.BREAKING,
                        "parameter-removed",
                        "/paths/~1things/post/parameters/0",
                    ),
                )
            )
        )
        assert (
            "- **parameter removed** in `POST /things`: it changed\n"
            "  `/paths/~1things/post/parameters/0` · `a` → `b`\n"
        ) in text

    def test_hostile_spec_text(self) -> None:
        """A property named with Markdown, HTML and backticks cannot break the report."""
        name = "x`</details><script>|*"
        old = things_api()
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["Thing"]["properties"].update(
                {name: {"type": "string"}}
            ),
        )
        lines = to_markdown(review_of(diff_specs(old, new))).splitlines()
        message = next(line for line in lines if "response property added" in line)
        pointer = lines[lines.index(message) + 1]
        assert "<" not in message and "&lt;/details&gt;&lt;script&gt;\\|\\*" in message
        # in a code span, markup is shown as typed; the fence outlasts the backtick
        assert pointer == (
            "  ``/components/schemas/Thing/properties/x`<~1details><script>|*`` · — → `string`"
        )

    def test_long_operation_lists_are_cut(self) -> None:
        """More than five operations show as five and a count; JSON keeps them all."""
        ops = tuple(f"GET /t{i}" for i in range(8))
        finding = Finding(
            "response-property-removed", Severity.BREAKING, ops, "/p", "a", None, "gone"
        )
        text = to_markdown(review_of((finding,)))
        assert "`GET /t4` (+3 more)" in text and "GET /t5" not in text
        assert json.loads(to_json(review_of((finding,))))["findings"][0][
            "operations"
        ] == list(ops)


class TestJson:
    def test_same_findings(self) -> None:
        """The JSON report carries every finding with the same fields and counts."""
        old = things_api()
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["Thing"]["properties"].update(
                size={"type": "integer"}
            ),
        )
        new["paths"]["/things"]["post"]["description"] = "Makes one."
        review = review_of(diff_specs(old, new))
        document = json.loads(to_json(review))
        assert document["summary"] == {
            "breaking": 0,
            "non_breaking": 1,
            "documentation": 1,
        }
        assert [
            (f["kind"], f["pointer"], f["severity"]) for f in document["findings"]
        ] == [(f.kind, f.pointer, f.severity.value) for f in review.findings]

    def test_deterministic(self) -> None:
        """Two reviews of the same change give the same bytes."""
        old = things_api()
        new = edited(old, lambda s: s["components"]["schemas"].pop("Thing"))
        assert to_json(review_of(diff_specs(old, new))) == to_json(
            review_of(diff_specs(old, new))
        )
