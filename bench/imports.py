"""Import time of a module in a fresh interpreter, less the interpreter's own start."""

from __future__ import annotations

import subprocess
import sys
import time

from bench.measure import bench_env

__all__ = ["import_seconds", "importable"]


def _wall(code: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env=bench_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def importable(module: str) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        env=bench_env(),
        capture_output=True,
    )
    return result.returncode == 0


def import_seconds(modules: list[str], rounds: int) -> dict[str, float]:
    """Best-of-``rounds`` seconds to import each module, rounds interleaved.

    A first, unmeasured import writes the bytecode, as any earlier use would.
    """
    for module in modules:
        _wall(f"import {module}")
    best = dict.fromkeys(["", *modules], float("inf"))
    for _ in range(rounds):
        for module in best:
            code = f"import {module}" if module else "pass"
            best[module] = min(best[module], _wall(code))
    floor = best.pop("")
    return {module: max(0.0, seconds - floor) for module, seconds in best.items()}
