"""The contract run of one generated corpus package: every operation against Prism, twice."""

from __future__ import annotations

import importlib
import sys
import time
import types
from dataclasses import dataclass, field
from pathlib import Path

from .steps import ROOT, Generation

# the contract machinery's modules import one another by their own names
sys.path.insert(0, str(ROOT / "tests" / "contract"))

from contract_calls import Outcome
from contract_run import run_every_operation
from prism_mock import MockServerError, MockSpec, mock_spec, prism

from generator.config import Config
from generator.ir import Api
from generator.load import Spec
from generator.pipeline import build, load_checked

__all__ = ["MODES", "ContractRun", "SpecContract", "run_contract"]

MODES = ("static", "dynamic")
CALL_TIMEOUT = 60.0  # seconds per call; Prism answers in milliseconds
SEED = "1"  # Prism's dynamic answers are the same for the same seed


@dataclass(frozen=True)
class ContractRun:
    """Every operation called once against Prism in one mode."""

    mode: str
    outcomes: tuple[Outcome, ...] = ()
    startup: float = 0.0
    seconds: float = 0.0
    error: str = ""  # Prism could not start, or stopped during the run

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)


@dataclass(frozen=True)
class SpecContract:
    """The contract runs of one spec, and the changes made to the copy Prism serves."""

    api: Api | None
    mock: MockSpec | None
    runs: tuple[ContractRun, ...] = field(default=())
    ir_seconds: float = 0.0
    error: str = ""


def _neutral_ir(generation: Generation) -> tuple[Spec, Api]:
    """The checked spec and its IR with the generator's defaults, as the CLI built them."""
    config = Config(
        root=generation.neutral,
        spec=generation.spec.path,
        out=generation.out,
        package=generation.spec.package,
    )
    spec, _ = load_checked(config.spec, config)
    return spec, build(spec, config)


def _import(generation: Generation) -> types.ModuleType:
    if str(generation.out) not in sys.path:
        sys.path.insert(0, str(generation.out))
    return importlib.import_module(generation.spec.package)


def _one_mode(
    api: Api, package: types.ModuleType, served: MockSpec, folder: Path, mode: str
) -> ContractRun:
    try:
        with prism(served.path, folder, dynamic=mode == "dynamic", seed=SEED) as mock:
            started = time.monotonic()
            outcomes = run_every_operation(
                api, package, served.data, mock.url, timeout=CALL_TIMEOUT
            )
            seconds = time.monotonic() - started
            died = mock.process.poll() is not None
            error = f"Prism stopped during the run:\n{mock.log_tail()}" if died else ""
            return ContractRun(mode, tuple(outcomes), mock.startup, seconds, error)
    except MockServerError as exc:
        return ContractRun(mode, error=str(exc))


def run_contract(generation: Generation, folder: Path) -> SpecContract:
    """Both modes for a generated, importable package; ``folder`` holds Prism's files."""
    started = time.monotonic()
    try:
        spec, api = _neutral_ir(generation)
        package = _import(generation)
    except Exception as exc:  # reported in the results, never hidden
        return SpecContract(None, None, error=f"{type(exc).__name__}: {exc}")
    # Prism serves a copy with the workarounds of prism_mock.mock_spec, counted
    folder.mkdir(parents=True, exist_ok=True)
    served = mock_spec(spec.data, folder)
    ir_seconds = time.monotonic() - started
    runs = tuple(_one_mode(api, package, served, folder, mode) for mode in MODES)
    return SpecContract(api, served, runs, ir_seconds)
