"""Run a review: load both specs, diff them, compare client surfaces, count regenerated lines."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

from generator.config import Config
from generator.review.diffstat import DiffStat, count, diffstat, plan, render_side
from generator.review.findings import Finding, Severity
from generator.review.sources import Side, read_side
from generator.review.spec_diff import diff_specs
from generator.review.surface import SurfaceDiff, compare_apis

__all__ = ["Review", "run_review"]


@dataclass(frozen=True)
class Review:
    """Everything a report shows."""

    base: str
    head: str
    findings: tuple[Finding, ...]
    surface: SurfaceDiff
    diffstat: DiffStat | None  # None when rendering was skipped
    notes: tuple[str, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def breaking(self) -> bool:
        return self.count(Severity.BREAKING) > 0


def run_review(
    base: str, head: str, config: Config, *, render: bool = True, parallel: bool = True
) -> Review:
    """Review the change from ``base`` to ``head`` (spec files or ``git:REF``).

    With ``parallel``, a second process loads and renders one side while this
    one loads and renders the other; the result is the same either way.
    """
    # plain dicts: the settings travel to the second process
    with _without_gc(), _worker(parallel) as pool:
        if pool is None:
            before, after = read_side(base, config), read_side(head, config)
            findings = diff_specs(before.data, after.data)
            surface = compare_apis(before.api, after.api)
            stat = diffstat(before, after, config) if render else None
        else:
            future_base = pool.submit(read_side, base, config)
            try:
                after = read_side(head, config)
            finally:
                before = future_base.result()  # the base's problems are told first
            # each process renders one side's files; the IR is all it needs
            steps = plan(before.api, after.api, config) if render else None
            future_old = pool.submit(render_side, before.api, steps) if steps else None
            new_files = render_side(after.api, steps) if steps else {}
            findings = diff_specs(before.data, after.data)
            surface = compare_apis(before.api, after.api)
            stat = (
                count(future_old.result(), new_files, before, after, config)
                if future_old
                else None
            )
    return Review(base, head, findings, surface, stat, _notes(before, after))


def _notes(before: Side, after: Side) -> tuple[str, ...]:
    notes = []
    for side in (before, after):
        for problem in side.unapplied:
            notes.append(
                f"{problem.format()} (does not apply to {side.label}; "
                "that side is reviewed without this overlay action)"
            )
    return tuple(notes)


@contextmanager
def _without_gc() -> Iterator[None]:
    """Cyclic garbage collection paused (and so in the forked process too).

    A loaded spec is millions of objects, and every full collection walks them
    all: with collection on, a review costs about twice the time. Reference
    counting still frees what is no longer used.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _worker(parallel: bool) -> Iterator[ProcessPoolExecutor | None]:
    """A second process, forked so that it starts at once with everything imported."""
    usable = (
        parallel
        and sys.platform.startswith("linux")
        and (os.cpu_count() or 1) > 1
        and "fork" in multiprocessing.get_all_start_methods()
    )
    if not usable:
        yield None
        return
    pool = ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("fork")
    )
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
