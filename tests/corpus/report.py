"""results.md: one row per spec, timings, and every contract failure with its cause and evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .attribution import UNATTRIBUTED, Known, attribute
from .contract import MODES, ContractRun, SpecContract
from .steps import ROOT, CorpusSpec, Generation, StepResult, TypeCheck

__all__ = ["Failure", "SpecResult", "failures", "render"]

TEXT_CHARS = 700  # of a reason, request or answer shown per failure


@dataclass(frozen=True)
class SpecResult:
    """Everything measured for one spec; a step not reached is None."""

    spec: CorpusSpec
    oas: str
    total: int  # operations in the file
    generation: Generation
    imported: StepResult | None = None
    checked: TypeCheck | None = None
    contract: SpecContract | None = None

    @property
    def ok(self) -> bool:
        return bool(
            self.generation.ok
            and self.imported is not None
            and self.imported.ok
            and self.checked is not None
            and self.checked.step.ok
        )


@dataclass(frozen=True)
class Failure:
    """A failed call, with the reviewed case that explains it (None: unattributed)."""

    spec: str
    mode: str
    operation: str  # METHOD /path
    label: str  # client.attribute.path (METHOD /path)
    pointer: str
    reason: str
    request: str
    answer: str
    known: Known | None

    @property
    def cause(self) -> str:
        return self.known.cause if self.known else UNATTRIBUTED


def failures(result: SpecResult, known: list[Known]) -> list[Failure]:
    """Every failed call of the spec's contract runs, attributed where a case covers it."""
    found = []
    for run in result.contract.runs if result.contract else ():
        for outcome in run.outcomes:
            if outcome.passed:
                continue
            op = outcome.located.operation
            operation = f"{op.method} {op.path}"
            text = "\n".join((outcome.reason, outcome.request, outcome.answer))
            case = attribute(
                known, result.spec.name, run.mode, (operation, op.operation_id), text
            )
            found.append(
                Failure(
                    result.spec.name,
                    run.mode,
                    operation,
                    outcome.located.label,
                    op.pointer,
                    outcome.reason,
                    outcome.request,
                    outcome.answer,
                    case,
                )
            )
    return found


def _code(text: str, limit: int = TEXT_CHARS) -> str:
    """``text`` as inline code on one line, cut at ``limit``; control bytes escaped."""
    # a binary request body is evidence too, but must not make results.md binary
    printable = "".join(
        c if c.isprintable() or c.isspace() else f"\\x{ord(c):02x}" for c in text
    )
    flat = " ".join(printable.split())
    if len(flat) > limit:
        flat = flat[:limit] + " …"
    return "`` " + flat.replace("`", "'") + " ``" if flat else "(none)"


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _step_time(step: StepResult | None) -> str:
    """Wall seconds (CPU seconds of the step's processes)."""
    return "—" if step is None else f"{step.seconds:.1f} ({step.cpu:.1f})"


def _run(contract: SpecContract | None, mode: str) -> ContractRun | None:
    if contract is None:
        return None
    return next((r for r in contract.runs if r.mode == mode), None)


def _contract_cell(result: SpecResult, mode: str, found: list[Failure]) -> str:
    run = _run(result.contract, mode)
    if result.contract is not None and result.contract.error:
        return "not run (see below)"
    if run is None:
        return "—"
    if run.error and not run.outcomes:
        return "Prism did not start"
    counts = Counter(f.cause for f in found if f.mode == mode)
    cell = f"{run.passed}/{len(run.outcomes)}"
    if counts:
        cell += " (" + ", ".join(f"{n} {c}" for c, n in sorted(counts.items())) + ")"
    return cell + (" · Prism stopped" if run.error else "")


def _row(result: SpecResult, found: list[Failure]) -> str:
    g = result.generation
    if g.ok:
        ops = f"{g.operations}/{result.total}"
    else:
        ops = f"0/{result.total} (refused: {len(g.errors)} errors)"
    imported = (
        "—" if result.imported is None else "ok" if result.imported.ok else "FAILED"
    )
    mypy = "—" if result.checked is None else str(result.checked.errors)
    if (
        result.checked is not None
        and not result.checked.step.ok
        and not result.checked.errors
    ):
        mypy = f"FAILED (exit {result.checked.step.returncode})"
    cells = [
        f"`{result.spec.path.name}`",
        result.oas,
        ops,
        str(g.warnings),
        imported,
        mypy,
        *(_contract_cell(result, mode, found) for mode in MODES),
    ]
    return "| " + " | ".join(cells) + " |"


def _timing_row(result: SpecResult) -> str:
    static, dynamic = (_run(result.contract, mode) for mode in MODES)
    cells = [
        f"`{result.spec.name}`",
        _step_time(result.generation.step),
        _step_time(result.imported),
        _step_time(result.checked.step if result.checked else None),
        _seconds(result.contract.ir_seconds if result.contract else None),
        *(
            f"{_seconds(run.startup)} + {_seconds(run.seconds)}" if run else "—"
            for run in (static, dynamic)
        ),
    ]
    return "| " + " | ".join(cells) + " |"


def _relative(line: str) -> str:
    return line.replace(str(ROOT) + "/", "")


def _spec_section(result: SpecResult, found: list[Failure]) -> Iterable[str]:
    name = result.spec.name
    g = result.generation
    yield f"### {name}"
    yield ""
    if not g.ok:
        yield f"Refused by the generator (exit {g.step.returncode}); the first errors:"
        yield ""
        yield "```"
        yield from (_relative(line) for line in g.errors[:15])
        if len(g.errors) > 15:
            yield f"... and {len(g.errors) - 15} more"
        yield "```"
        yield ""
        return
    for label, step in (
        ("Import", result.imported),
        ("mypy --strict", result.checked.step if result.checked else None),
    ):
        if step is not None and not step.ok:
            yield f"{label} failed (exit {step.returncode}); the end of its output:"
            yield ""
            yield "```"
            yield from step.output.strip().splitlines()[-30:]
            yield "```"
            yield ""
    contract = result.contract
    if contract is None:
        yield "Contract: not run (the package did not import)."
        yield ""
        return
    if contract.error:
        yield f"Contract: not run: {_code(contract.error)}"
        yield ""
        return
    mock = contract.mock
    if mock is not None:
        yield (
            "The copy Prism serves (`prism_mock.mock_spec`): "
            f"{mock.typed_schemas} `nullable` schemas without a type rewritten, "
            f"{mock.dropped_examples} examples that contradict their schema dropped, "
            f"{mock.clamped_integers} integer bounds clamped to JavaScript's range, "
            f"{mock.dropped_headers} transport response headers dropped, "
            f"{mock.dropped_required} impossible `required` names dropped."
        )
        yield ""
    for run in contract.runs:
        if run.error:
            yield f"Prism ({run.mode}): {_code(run.error, 2000)}"
            yield ""
    if not found:
        yield "Every operation passed in both modes."
        yield ""
        return
    for cause in sorted({f.cause for f in found}, key=_cause_order):
        these = [f for f in found if f.cause == cause]
        yield f"**{cause}** ({len(these)})"
        yield ""
        for f in these:
            case = f" (reviewed case #{f.known.index})" if f.known else ""
            yield f"- {f.mode}: `{f.label}`{case}"
            if f.known:
                yield f"  - why: {f.known.evidence}"
            yield f"  - failure: {_code(f.reason)}"
            yield f"  - sent: {_code(f.request)}"
            yield f"  - answer: {_code(f.answer)}"
            yield f"  - spec: `{f.pointer}`"
        yield ""


def _cause_order(cause: str) -> tuple[int, str]:
    return (0 if cause == UNATTRIBUTED else 1, cause)


def render(
    results: list[SpecResult], known: list[Known], header: dict[str, str]
) -> str:
    """The whole of results.md: the same run gives the same text, but for its last section."""
    found = {r.spec.name: failures(r, known) for r in results}
    lines = ["# Corpus results", "", header["what"], ""]
    lines += [
        "| spec | OAS | operations generated/total | warnings | import | mypy --strict errors | contract static passed/total | contract dynamic passed/total |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        *(_row(r, found[r.spec.name]) for r in results),
        "",
        "## Per spec",
        "",
    ]
    for result in results:
        lines += _spec_section(result, found[result.spec.name])
    used = {f.known.index for fs in found.values() for f in fs if f.known}
    contracted = {r.spec.name for r in results if r.contract and r.contract.runs}
    stale = [k for k in known if k.index not in used and k.spec in contracted]
    lines += ["## Reviewed cases that matched nothing", ""]
    lines += [f"- #{k.index} ({k.spec}, {k.cause}): {k.evidence}" for k in stale] or [
        "None."
    ]
    lines += [
        "",
        "## This run",
        "",
        header["when"],
        "Seconds on this machine, wall (CPU of the step's processes; wall time varies "
        "with the machine's load, CPU time much less). Contract: Prism's start-up + the calls:",
        "",
        "| spec | generate | import | mypy | IR for the contract | contract static | contract dynamic |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        *(_timing_row(r) for r in results),
    ]
    return "\n".join(lines).rstrip() + "\n"
