"""A review as Markdown for a pull request comment, or as JSON with the same findings."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from typing import Any, Literal

from generator.review.diffstat import DiffStat
from generator.review.findings import Finding, Severity
from generator.review.run import Review
from generator.review.surface import Method, SurfaceDiff

__all__ = ["escape", "to_json", "to_markdown"]

# Lists longer than this are cut in Markdown ("+N more"); JSON has them all.
SHOWN_OPERATIONS = 5
SHOWN_POINTERS = 10
SHOWN_MODELS = 30

_HEADINGS = {
    Severity.BREAKING: "Breaking changes",
    Severity.NON_BREAKING: "Non-breaking changes",
    Severity.DOCUMENTATION: "Documentation-only changes",
}
_PUNCTUATION = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(
    text: str,
    context: Literal["text", "code", "table", "block"] = "text",
    *,
    info: str = "",
) -> str:
    """Make spec text safe to show in Markdown; the only place that does it.

    ``text``: inline prose; Markdown punctuation and HTML are escaped, line
    breaks become spaces, and ``@`` cannot mention anyone. ``table``: the same
    inside a table cell (pipes escaped too, which ``text`` also does).
    ``code``: an inline code span whose fence outlasts any backticks inside.
    ``block``: a fenced block (``info`` names the language) that no line
    inside can close.
    """
    if context == "block":
        longest = max((len(m) for m in re.findall(r"`+|~+", text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}{info}\n{text.rstrip(chr(10))}\n{fence}"
    flat = " ".join(text.split())
    if context == "code":
        longest = max((len(m) for m in re.findall(r"`+", flat)), default=0)
        fence = "`" * (longest + 1)
        pad = " " if flat.startswith("`") or flat.endswith("`") or not flat else ""
        return f"{fence}{pad}{flat}{pad}{fence}"
    escaped = flat.replace("&", "&amp;")
    escaped = _PUNCTUATION.sub(
        lambda m: (
            "&lt;"
            if m.group() == "<"
            else "&gt;" if m.group() == ">" else "\\" + m.group()
        ),
        escaped,
    )
    return escaped.replace("@", "@\u200b")


def to_json(review: Review) -> str:
    """The review as JSON: the same findings, all of them, with every list in full."""
    document: dict[str, Any] = {
        "base": review.base,
        "head": review.head,
        "summary": {
            "breaking": review.count(Severity.BREAKING),
            "non_breaking": review.count(Severity.NON_BREAKING),
            "documentation": review.count(Severity.DOCUMENTATION),
        },
        "findings": [f.as_json() for f in review.findings],
        "client_surface": review.surface.as_json(),
        "diffstat": review.diffstat.as_json() if review.diffstat else None,
        "notes": list(review.notes),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_markdown(review: Review) -> str:
    """The review as Markdown: summary, breaking, non-breaking, docs, client surface."""
    out = [
        "## Spec review",
        "",
        f"{escape(review.base, 'code')} → {escape(review.head, 'code')}",
        "",
        "**"
        + " · ".join(
            f"{review.count(s)} {label}"
            for s, label in (
                (Severity.BREAKING, "breaking"),
                (Severity.NON_BREAKING, "non-breaking"),
                (Severity.DOCUMENTATION, "documentation-only"),
            )
        )
        + " changes**",
    ]
    for note in review.notes:
        out += ["", f"> Note: {escape(note)}"]
    for severity in (Severity.BREAKING, Severity.NON_BREAKING):
        found = [f for f in review.findings if f.severity is severity]
        out += ["", f"### {_HEADINGS[severity]} ({len(found)})", ""]
        out += [line for f in found for line in _finding(f)] or ["None."]
    docs = [f for f in review.findings if f.severity is Severity.DOCUMENTATION]
    out += ["", f"### {_HEADINGS[Severity.DOCUMENTATION]} ({len(docs)})", ""]
    out += _documentation(docs) or ["None."]
    out += ["", "### Client surface", ""]
    out += _surface(review.surface)
    if review.diffstat is not None:
        out += ["", *_diffstat(review.diffstat)]
    return "\n".join(out) + "\n"


def _operations(operations: Sequence[str]) -> str:
    shown = ", ".join(escape(op, "code") for op in operations[:SHOWN_OPERATIONS])
    more = len(operations) - SHOWN_OPERATIONS
    return shown + (f" (+{more} more)" if more > 0 else "")


def _label(kind: str) -> str:
    """``request-property-added`` reads "request property added"."""
    if kind.startswith("x-code-samples-"):
        return "x-code-samples " + kind.removeprefix("x-code-samples-")
    return kind.replace("-", " ")


def _finding(f: Finding) -> list[str]:
    where = f" in {_operations(f.operations)}" if f.operations else ""
    first = f"- **{_label(f.kind)}**{where}: {escape(f.message)}"
    second = f"  {escape(f.pointer, 'code')}"
    if f.also:
        second += f" (and {len(f.also)} more place{'s' if len(f.also) > 1 else ''})"
    if f.before is not None or f.after is not None:
        before = escape(f.before, "code") if f.before is not None else "—"
        after = escape(f.after, "code") if f.after is not None else "—"
        second += f" · {before} → {after}"
    return [first, second]


def _documentation(findings: Sequence[Finding]) -> list[str]:
    by_kind: dict[str, list[Finding]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, []).append(f)
    lines = []
    for kind in sorted(by_kind):
        pointers = [f.pointer for f in by_kind[kind]]
        shown = ", ".join(escape(p, "code") for p in pointers[:SHOWN_POINTERS])
        more = len(pointers) - SHOWN_POINTERS
        lines.append(
            f"- **{_label(kind)}** ({len(pointers)}): {shown}"
            + (f" (+{more} more)" if more > 0 else "")
        )
    return lines


def _names(names: Sequence[str]) -> str:
    shown = ", ".join(escape(n, "code") for n in names[:SHOWN_MODELS])
    more = len(names) - SHOWN_MODELS
    return shown + (f" (+{more} more)" if more > 0 else "")


def _surface(diff: SurfaceDiff) -> list[str]:
    out = [
        f"Methods: {len(diff.methods_added)} added, {len(diff.methods_removed)} removed, "
        f"{len(diff.methods_changed)} changed · Models: {len(diff.models_added)} added, "
        f"{len(diff.models_removed)} removed, {len(diff.models_changed)} changed"
        " (each method also has an async twin)"
    ]
    if diff.methods_added:
        out += ["", "**Added methods**", ""]
        out += [
            f"- {escape(m.signature(), 'code')} ({escape(m.endpoint, 'code')})"
            for m in diff.methods_added
        ]
    if diff.methods_removed:
        out += ["", "**Removed methods**", ""]
        out += [
            f"- {escape(m.signature(), 'code')} ({escape(m.endpoint, 'code')})"
            for m in diff.methods_removed
        ]
    for old, new in diff.methods_changed:
        name = (
            escape(new.name, "code")
            if old.name == new.name
            else f"{escape(old.name, 'code')} → {escape(new.name, 'code')}"
        )
        out += ["", f"**Changed method** {name} ({escape(new.endpoint, 'code')})", ""]
        out.append(escape(_signature_diff(old, new), "block", info="diff"))
    if diff.models_added:
        out += ["", f"**Added models**: {_names(diff.models_added)}"]
    if diff.models_removed:
        out += ["", f"**Removed models**: {_names(diff.models_removed)}"]
    if diff.models_changed:
        out += ["", "**Changed models**", ""]
        for change in diff.models_changed:
            parts = []
            if change.added:
                parts.append(
                    "added " + ", ".join(escape(f, "code") for f in change.added)
                )
            if change.removed:
                parts.append(
                    "removed " + ", ".join(escape(f, "code") for f in change.removed)
                )
            if change.changed:
                parts.append(
                    "changed "
                    + ", ".join(
                        f"{escape(old, 'code')} → {escape(new, 'code')}"
                        for old, new in change.changed
                    )
                )
            out.append(f"- {escape(change.name, 'code')}: " + "; ".join(parts))
    return out


def _signature_diff(old: Method, new: Method) -> str:
    """Both signatures as one diff: the def and return lines, changed arguments,
    one unchanged argument around each change, and an ellipsis for the rest."""
    a, b = old.lines(), new.lines()
    shown: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            shown += [("-", line) for line in a[i1:i2]]
            shown += [("+", line) for line in b[j1:j2]]
            continue
        keep = {i for i in range(i1, i2) if i in (0, len(a) - 1)}
        keep |= {i1} if i1 > 0 else set()
        keep |= {i2 - 1} if i2 < len(a) else set()
        previous = None
        for i in sorted(keep):
            if previous is not None and i > previous + 1:
                shown.append((" ", "    …"))
            shown.append((" ", a[i]))
            previous = i
        if keep and min(keep) > i1:
            shown.insert(len(shown) - len(keep), (" ", "    …"))
    return "\n".join(f"{mark} {line}" for mark, line in shown)


def _diffstat(stat: DiffStat) -> list[str]:
    title = f"**Regenerated {escape(stat.folder, 'code')}**"
    if not stat.files:
        return [title + ": no file changes"]
    width = max(len(f.path) for f in stat.files)
    digits = max(len(str(f.added + f.removed)) for f in stat.files)
    biggest = max(f.added + f.removed for f in stat.files)
    rows = []
    for f in stat.files:
        total = f.added + f.removed
        # bars scaled like git's, at most 40 characters
        scale = min(1.0, 40 / biggest) if biggest else 1.0
        plus = max(1 if f.added else 0, round(f.added * scale))
        minus = max(1 if f.removed else 0, round(f.removed * scale))
        status = {"added": " (new)", "removed": " (gone)", "changed": ""}[f.status]
        rows.append(
            f" {f.path.ljust(width)} | {str(total).rjust(digits)} {'+' * plus}{'-' * minus}{status}"
        )
    rows.append(
        f" {len(stat.files)} file{'s' if len(stat.files) != 1 else ''} changed, "
        f"{stat.added} insertion{'s' if stat.added != 1 else ''}(+), "
        f"{stat.removed} deletion{'s' if stat.removed != 1 else ''}(-)"
    )
    return [title, "", escape("\n".join(rows), "block", info="text")]
