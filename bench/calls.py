"""Per-call overhead: the generated client against raw httpx, on one connection pool."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

__all__ = ["CallTimes", "measure_calls"]

API_KEY = "pk-bench"
# Each round alternates the two loops in blocks of this many calls, so that a
# burst of load elsewhere on the machine weighs on both alike.
BLOCK = 200


@dataclass(frozen=True)
class CallTimes:
    calls: int
    rounds: int
    client: float  # best seconds for ``calls`` calls
    raw: float


@contextmanager
def _server(max_requests: int) -> Iterator[str]:
    """The base URL of a fresh ``bench.server`` process, stopped on exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.server", f"--max-requests={max_requests}"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def measure_calls(calls: int, rounds: int) -> CallTimes:
    """Best of ``rounds`` for ``calls`` GET calls each way, alternating, same pool."""
    from portkey_client import PortkeyClient
    from portkey_client.models import ApiKeyObject

    # both loops, every round, plus a warm-up of each
    budget = (2 * rounds + 2) * calls
    with _server(budget) as base_url, httpx.Client(timeout=30.0) as http:
        client = PortkeyClient(api_key=API_KEY, base_url=base_url, http_client=http)
        url = f"{base_url}/api-keys/key-1"
        headers = {"x-portkey-api-key": API_KEY, "Accept": "application/json"}

        def generated(count: int) -> None:
            for _ in range(count):
                result = client.api_keys.retrieve(id="key-1")
                assert isinstance(result, ApiKeyObject)

        def raw(count: int) -> None:
            for _ in range(count):
                response = http.get(url, headers=headers)
                response.raise_for_status()
                response.json()

        generated(calls)  # warm-up: imports, connection, pydantic schemas
        raw(calls)
        best_client = best_raw = float("inf")
        for _ in range(rounds):
            spent = {generated: 0.0, raw: 0.0}
            for start in range(0, calls, BLOCK):
                for loop in spent:
                    spent[loop] += _timed(loop, min(BLOCK, calls - start))
            best_client = min(best_client, spent[generated])
            best_raw = min(best_raw, spent[raw])
    return CallTimes(calls, rounds, best_client, best_raw)


def _timed(loop: Callable[[int], None], count: int) -> float:
    started = time.perf_counter()
    loop(count)
    return time.perf_counter() - started
