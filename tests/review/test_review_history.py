"""Reviews of real upstream Portkey spec changes: the findings read off each diff, and golden reports."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

from generator.config import load_config
from generator.review import Review, Severity, run_review, to_markdown

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT / "tests" / "fixtures" / "history"
UPDATE = os.environ.get("REVIEW_UPDATE_GOLDEN") == "1"

CHAT = "/components/schemas/CreateChatCompletionRequest/properties"
USAGE = "/components/schemas/CompletionUsage/properties"
MEMBER = "/components/schemas/WorkspaceMember/properties"
CONNECTIONS = "/paths/~1mcp-servers~1{mcpServerId}~1connections"

# What `diff before.yaml after.yaml` shows in each pair, as (kind, pointer).
EXPECTED: dict[str, dict[Severity, set[tuple[str, str]]]] = {
    # gpt-5 examples; max_completion_tokens added, max_tokens deprecated; usage details
    "2026-03-25-571793d": {
        Severity.BREAKING: set(),
        Severity.NON_BREAKING: {
            ("request-property-added", f"{CHAT}/max_completion_tokens"),
            # POST /prompts/{promptId}/render answers with the rendered request
            ("response-property-added", f"{CHAT}/max_completion_tokens"),
            ("request-deprecation-added", f"{CHAT}/max_tokens"),
            ("response-deprecation-added", f"{CHAT}/max_tokens"),
            # model is anyOf [string, enum]: new known models limit nothing
            ("request-known-value-added", f"{CHAT}/model/anyOf/1/enum"),
            ("response-known-value-added", f"{CHAT}/model/anyOf/1/enum"),
            ("response-property-added", f"{USAGE}/completion_tokens_details"),
            ("response-property-added", f"{USAGE}/prompt_tokens_details"),
        },
        Severity.DOCUMENTATION: {
            (
                "x-code-samples-changed",
                "/paths/~1chat~1completions/post/x-code-samples",
            ),
            (
                "x-code-samples-changed",
                "/paths/~1prompts~1{promptId}~1completions/post/x-code-samples",
            ),
            (
                "x-code-samples-changed",
                "/paths/~1prompts~1{promptId}~1render/post/x-code-samples",
            ),
            ("description-changed", f"{CHAT}/max_tokens/description"),
            ("example-changed", f"{CHAT}/model/example"),
        },
    },
    # WorkspaceMember gains four response fields; its examples change
    "2026-03-26-0d20bbb": {
        Severity.BREAKING: set(),
        Severity.NON_BREAKING: {
            ("response-property-added", f"{MEMBER}/workspace_id"),
            ("response-property-added", f"{MEMBER}/email"),
            ("response-property-added", f"{MEMBER}/scopes"),
            ("response-property-added", f"{MEMBER}/settings"),
        },
        Severity.DOCUMENTATION: {
            (
                "example-changed",
                "/paths/~1admin~1workspaces~1{workspaceId}~1users~1{userId}/get"
                "/responses/200/content/application~1json/example",
            ),
            ("example-changed", f"{MEMBER}/id/example"),
            ("example-changed", f"{MEMBER}/org_role/example"),
            ("example-changed", f"{MEMBER}/role/example"),
            ("example-changed", f"{MEMBER}/created_at/example"),
            ("example-changed", f"{MEMBER}/last_updated_at/example"),
        },
    },
    # POST /rerank with its five schemas; a tag; the navigation extension
    "2026-04-06-20d71e8": {
        Severity.BREAKING: set(),
        Severity.NON_BREAKING: {
            ("operation-added", "/paths/~1rerank/post"),
            ("model-added", "/components/schemas/RerankDocument"),
            ("model-added", "/components/schemas/CreateRerankRequest"),
            ("model-added", "/components/schemas/RerankResult"),
            ("model-added", "/components/schemas/RerankUsage"),
            ("model-added", "/components/schemas/CreateRerankResponse"),
        },
        Severity.DOCUMENTATION: {
            ("tag-added", "/tags/12"),
            ("x-code-samples-changed", "/x-code-samples"),
        },
    },
    # list and delete MCP server connections, three schemas, a tag
    "2026-04-09-f438a8a": {
        Severity.BREAKING: set(),
        Severity.NON_BREAKING: {
            ("operation-added", f"{CONNECTIONS}/get"),
            ("operation-added", f"{CONNECTIONS}/delete"),
            ("model-added", "/components/schemas/McpServerConnectionItem"),
            ("model-added", "/components/schemas/McpServerConnectionsListResponse"),
            ("model-added", "/components/schemas/McpServerConnectionDeleteResponse"),
        },
        Severity.DOCUMENTATION: {("tag-added", "/tags/38")},
    },
    # one parameter description
    "2026-04-14-0e44f83": {
        Severity.BREAKING: set(),
        Severity.NON_BREAKING: set(),
        Severity.DOCUMENTATION: {
            ("description-changed", f"{CONNECTIONS}/get/parameters/0/description")
        },
    },
}


@cache
def review(name: str, *, parallel: bool = True) -> Review:
    """The review of one pair, with paths as a reader in the project folder types them."""
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        folder = f"tests/fixtures/history/{name}"
        return run_review(
            f"{folder}/before.yaml",
            f"{folder}/after.yaml",
            load_config(ROOT / "pyproject.toml"),
            parallel=parallel,
        )
    finally:
        os.chdir(previous)


PAIRS = sorted(EXPECTED)

# Each kind of change, undone: what reviewing a pair backwards must find instead.
MIRROR: dict[str, tuple[str, Severity]] = {
    "operation-added": ("operation-removed", Severity.BREAKING),
    "model-added": ("model-removed", Severity.BREAKING),
    "request-property-added": ("request-property-removed", Severity.BREAKING),
    "response-property-added": ("response-property-removed", Severity.BREAKING),
    "request-deprecation-added": ("request-deprecation-removed", Severity.NON_BREAKING),
    "response-deprecation-added": (
        "response-deprecation-removed",
        Severity.NON_BREAKING,
    ),
    "request-known-value-added": ("request-known-value-removed", Severity.NON_BREAKING),
    "response-known-value-added": (
        "response-known-value-removed",
        Severity.NON_BREAKING,
    ),
    "tag-added": ("tag-removed", Severity.DOCUMENTATION),
}


@cache
def backwards(name: str) -> Review:
    """The review of one pair from after to before, without counting lines."""
    folder = HISTORY / name
    return run_review(
        str(folder / "after.yaml"),
        str(folder / "before.yaml"),
        load_config(ROOT / "pyproject.toml"),
        render=False,
    )


class TestFindings:
    @pytest.mark.parametrize("name", PAIRS)
    @pytest.mark.parametrize(
        "severity",
        [Severity.BREAKING, Severity.NON_BREAKING, Severity.DOCUMENTATION],
        ids=str,
    )
    def test_exactly_the_expected_findings(self, name: str, severity: Severity) -> None:
        """Each pair yields exactly the changes its diff shows, at the right pointers."""
        found = {
            (f.kind, f.pointer) for f in review(name).findings if f.severity is severity
        }
        assert found == EXPECTED[name][severity]

    @pytest.mark.parametrize("name", PAIRS)
    def test_backwards_mirrors(self, name: str) -> None:
        """Undoing each change gives the mirrored finding: additions become breaking removals."""
        expected = {
            (*MIRROR.get(kind, (kind, severity)), pointer)
            for severity, found in EXPECTED[name].items()
            for kind, pointer in found
        }
        assert {
            (f.kind, f.severity, f.pointer) for f in backwards(name).findings
        } == expected

    def test_shared_schema_lists_its_operations(self) -> None:
        """WorkspaceMember's new fields are reported once, with the three operations returning it."""
        finding, *_ = [
            f
            for f in review("2026-03-26-0d20bbb").findings
            if f.pointer.endswith("/email")
        ]
        assert finding.operations == (
            "GET /admin/workspaces/{workspaceId}",
            "GET /admin/workspaces/{workspaceId}/users",
            "GET /admin/workspaces/{workspaceId}/users/{userId}",
        )


class TestClientSurface:
    def test_rerank_adds_a_method_and_models(self) -> None:
        """Adding /rerank adds one method, its seven models (two named from inline schemas),
        a resource module, and changes no method."""
        result = review("2026-04-06-20d71e8")
        assert [m.name for m in result.surface.methods_added] == [
            "client.rerank.create"
        ]
        assert result.surface.methods_changed == () == result.surface.methods_removed
        assert result.surface.models_added == (
            "CreateRerankRequest",
            "CreateRerankResponse",
            "RerankDocument",
            "RerankDocumentObject",
            "RerankResult",
            "RerankResultDocument",
            "RerankUsage",
        )
        assert result.diffstat is not None
        statuses = {f.path: f.status for f in result.diffstat.files}
        assert statuses["resources/rerank.py"] == "added"

    def test_new_argument_shows_in_the_signature(self) -> None:
        """max_completion_tokens becomes an optional argument of chat completions."""
        result = review("2026-03-25-571793d")
        ((old, new),) = result.surface.methods_changed
        assert new.name == "client.chat.completions.create"
        added = set(new.args) - set(old.args)
        assert added == {"max_completion_tokens: int | Omit | None = omit"}

    def test_description_only_change_touches_only_docstrings(self) -> None:
        """A parameter description changes one resource module's docstrings and no signature."""
        result = review("2026-04-14-0e44f83")
        assert not result.surface
        assert result.diffstat is not None
        assert [(f.path, f.added, f.removed) for f in result.diffstat.files] == [
            ("_generated.json", 2, 2),
            ("resources/mcp_servers_connections.py", 2, 2),
        ]


class TestOneProcess:
    def test_same_review_without_a_second_process(self) -> None:
        """Loading and rendering in one process gives the same review as in two."""
        name = "2026-04-09-f438a8a"
        assert review(name, parallel=False) == review(name)


class TestGoldenReports:
    @pytest.mark.parametrize("name", PAIRS)
    def test_markdown_report(self, name: str) -> None:
        """The Markdown report is byte for byte the reviewed golden file."""
        golden = HISTORY / name / "review.md"
        text = to_markdown(review(name))
        if UPDATE:
            golden.write_text(text, encoding="utf-8")
        expected = golden.read_text(encoding="utf-8") if golden.exists() else ""
        assert text == expected, (
            f"{golden.relative_to(ROOT)} differs; if the new report is right, "
            "rerun with REVIEW_UPDATE_GOLDEN=1 and review the diff"
        )
