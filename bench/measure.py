"""Run a command and measure it: wall time, and peak memory of its process tree."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

__all__ = ["Run", "bench_env", "best", "run"]

T = TypeVar("T")

# How often the process tree's memory is read: often enough to see a peak that
# lasts a fraction of a second, rarely enough to cost the measured run nothing.
SAMPLE_SECONDS = 0.05


@dataclass(frozen=True)
class Run:
    """One run of a command."""

    seconds: float
    # user + system time of the process and every child it waited for
    cpu_seconds: float
    # ru_maxrss: the largest single process of the tree (what `time -v` shows)
    peak_mb: float
    # the sampled peak of the tree's summed PSS: shared pages counted once
    tree_mb: float
    returncode: int
    stdout: str
    stderr: str

    def check(self, what: str) -> Run:
        """This run, or an error naming ``what`` when the command failed."""
        if self.returncode != 0:
            tail = (self.stderr or self.stdout)[-2000:]
            raise RuntimeError(f"{what} exited {self.returncode}:\n{tail}")
        return self


def bench_env(**extra: str) -> dict[str, str]:
    """The environment for measured commands: bytecode is written and reused,
    as on a developer's machine, so no run pays for compiling its imports."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def run(
    cmd: Sequence[str | Path],
    *,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 900.0,
) -> Run:
    """Run ``cmd`` to completion; its output goes to files, so a chatty tool never blocks."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(c) for c in cmd],
            cwd=cwd,
            env=env if env is not None else bench_env(),
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )
        sampler = _TreeSampler(proc.pid)
        sampler.start()
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - started
        finally:
            watchdog.cancel()
            sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            seconds=seconds,
            cpu_seconds=usage.ru_utime + usage.ru_stime,
            peak_mb=usage.ru_maxrss / 1024,
            tree_mb=sampler.peak_kb / 1024,
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def best(rounds: int, once: Callable[[], T], seconds: Callable[[T], float]) -> list[T]:
    """``rounds`` results of ``once``, fastest first."""
    return sorted((once() for _ in range(rounds)), key=seconds)


class _TreeSampler:
    """Reads the summed PSS of a process and its descendants until stopped."""

    def __init__(self, root: int) -> None:
        self._root = root
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self.peak_kb = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._done.is_set():
            total = sum(_pss_kb(pid) for pid in _tree(self._root))
            self.peak_kb = max(self.peak_kb, total)
            self._done.wait(SAMPLE_SECONDS)


def _tree(root: int) -> list[int]:
    """``root`` and its descendants (from /proc; empty where there is none)."""
    children: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: parse after the last ')'
        fields = stat[stat.rfind(")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, ()))
    return found


def _pss_kb(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0
