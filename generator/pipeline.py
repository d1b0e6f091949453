"""The generation pipeline: load -> validate -> IR -> render -> format, in memory.

The stages overlap on every core. Validation, whose errors only need to stop
the result, runs in processes of its own (where processes can fork); the model
generator runs on a pool of workers while this process builds the IR and
renders the wrappers; black formats every file, piece by piece, on the same
workers as soon as its source exists. The model generator's output and
black's are cached by the hash of their input.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait as wait_for
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar

from generator.build_ir import build_api
from generator.config import Config
from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.fingerprint import inputs
from generator.format import Formatter, read_cache, run_now, tune_gc, write_cache
from generator.hoist import hoist_inline_schemas
from generator.importcheck import check_model_imports
from generator.ir import Api, Operation
from generator.load import Locator, Spec, load_spec
from generator.models import models_key, render_models
from generator.oas import declared_operations
from generator.overlay import apply_overlays
from generator.refs import bundle
from generator.render import models_header, render_wrappers
from generator.repair import repair
from generator.sandbox import offline
from generator.validate import PARTS, check, combine, validate
from generator.write import with_marker

T = TypeVar("T")

__all__ = [
    "CACHE_FOLDER",
    "Generated",
    "build",
    "generate",
    "load_checked",
    "relative_name",
]

# Formatted files by content, beside pyproject.toml (git-ignored).
CACHE_FOLDER = ".generator-cache"


@dataclass(frozen=True)
class Generated:
    """A generated package: its files (paths relative to the package folder)."""

    api: Api
    files: dict[str, str]
    warnings: tuple[Diagnostic, ...]
    declared: int  # operations the spec declares, generated or not

    def summary(self) -> str:
        operations = len(_operations(self.api))
        skipped = self.declared - operations
        return (
            f"{operations} operations, {len(self.api.models)} models, "
            f"{skipped} skipped, {len(self.warnings)} warnings"
        )


def _operations(api: Api) -> list[Operation]:
    stack, found = list(api.resources), list[Operation]()
    while stack:
        resource = stack.pop()
        found.extend(resource.operations)
        stack.extend(resource.children)
    return found


def relative_name(path: Path, root: Path) -> str:
    """``path`` as shown in generated headers: relative to the project, POSIX style."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def _load(path: Path, config: Config) -> tuple[Spec, list[Diagnostic]]:
    """The spec as validated: bundled, overlaid, repaired; and the repairs' warnings."""
    spec, _ = apply_overlays(bundle(load_spec(path)), config.overlays)
    return repair(spec)


def _checked(problems: list[Diagnostic]) -> list[Diagnostic]:
    if any(d.severity is Severity.ERROR for d in problems):
        raise SpecError(problems)
    return problems


def load_checked(path: Path, config: Config) -> tuple[Spec, list[Diagnostic]]:
    """Load, bundle, overlay, repair and validate; raise ``SpecError`` on errors, return the warnings."""
    spec, repairs = _load(path, config)
    return spec, sorted([*repairs, *_checked(validate(spec))])


def build(spec: Spec, config: Config) -> Api:
    """The IR of a checked spec, inline schemas named first."""
    hoisted = hoist_inline_schemas(spec.data)
    return build_api(replace(spec, data=hoisted.data), config)


def generate(config: Config) -> Generated:
    """Every file of the package for ``config``; nothing is written, nothing fetched."""
    with offline(), _tuned_gc(), _Validation() as validation:
        spec, repairs = _load(config.spec, config)
        validation.start(spec)
        gc.freeze()  # the spec lives to the end: no collector need scan it
        if not validation.parallel:
            _checked(validation.result())  # one core: the verdict first
        with _workers() as pool, _FailFast(pool) as fail_fast:
            try:
                try:  # the refusal may come at any moment from here ...
                    validation.watch(fail_fast.refuse)
                    api, files = _render(spec, config, pool)
                finally:
                    fail_fast.disarm()  # ... to here
            except (Exception, _Refused):
                # Refused while rendering, or an invalid spec tripped a later
                # stage: the spec's problems are the news.
                _checked(validation.result())
                raise
        files = with_marker(files, inputs(config))
        warnings = _checked(validation.result())
    return Generated(
        api,
        files,
        tuple(sorted([*repairs, *warnings, *api.warnings])),
        declared_operations(spec.data),
    )


def _render(
    spec: Spec, config: Config, pool: Executor | None
) -> tuple[Api, dict[str, str]]:
    """The IR and every formatted file of the package."""
    api = build(spec, config)
    cache = config.root / CACHE_FOLDER
    source_name = relative_name(config.spec, config.root)
    header = models_header(source_name)
    # The model generator takes seconds; its output is kept by the hash of its
    # input, so a run whose schemas did not change does not run it.
    key = "models-" + models_key(api.schemas, package=api.package, header=header)
    models = read_cache(cache, key)
    pending: Future[str] | None = None
    if models is None:
        pending = _run(
            pool, render_models, api.schemas, package=api.package, header=header
        )
    formatter = Formatter(api.package, cache=cache, executor=pool)
    wrappers = render_wrappers(api, source_name=source_name)
    formatter.add(wrappers)
    if pending is not None:
        models = pending.result()
        write_cache(cache, key, models)
    assert models is not None
    check_model_imports({**wrappers, "models.py": models}, package=api.package)
    formatter.add({"models.py": models})
    return api, formatter.result()


# -- other processes ----------------------------------------------------------


def _can_fork() -> bool:
    """Whether other processes can start as copies of this one: on Linux. (On
    macOS fork is there but unsafe once system libraries have started threads.)"""
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and _cores() > 1
    )


def _cores() -> int:
    """Cores to use; one inside a pool's (daemonic) worker, which may not start processes."""
    if multiprocessing.current_process().daemon:
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


# Validating this tiny document first loads whatever validation needs.
_MINIMAL = {"openapi": "3.0.3", "info": {"title": "-", "version": "0"}, "paths": {}}


class _Unlocated(Locator):
    """Stands in for the YAML node graph, which costs more to send to another
    process than the rest of the spec: what it locates comes back at line 0,
    column 0, and is located on return."""

    def locate(self, ptr: str) -> tuple[int, int]:
        return (0, 0)


class _Validation:
    """``validate`` in processes of their own, one per group of checks
    (``_GROUPS``), started before the spec is loaded so that they import the
    validator meanwhile; each gets the data (not the node graph) through a
    pipe. Without fork it runs here, on ``result``."""

    def __init__(self) -> None:
        self._spec: Spec | None = None
        self._children: list[tuple[BaseProcess, Connection]] = []
        self._watcher: threading.Thread | None = None
        self._verdict: list[Diagnostic] | BaseException = []

    @property
    def parallel(self) -> bool:
        """Whether validation runs beside this process (else on ``result``)."""
        return bool(self._children)

    def watch(self, refuse: Callable[[], None]) -> None:
        """Wait for the verdict on a thread; call ``refuse`` as soon as errors are certain."""
        if not self._children:
            return

        def wait() -> None:
            try:
                self._verdict = self._collect(refuse)
            except BaseException as exc:
                self._verdict = exc
                return
            if any(d.severity is Severity.ERROR for d in self._verdict):
                refuse()

        self._watcher = threading.Thread(target=wait, daemon=True)
        self._watcher.start()

    def __enter__(self) -> _Validation:
        if _can_fork():
            context = multiprocessing.get_context("fork")
            for parts in _GROUPS:
                conn, child = context.Pipe()
                process = context.Process(
                    target=_validation_process, args=(child, parts), daemon=True
                )
                process.start()
                child.close()
                self._children.append((process, conn))
        return self

    def __exit__(self, *exc_info: object) -> None:
        for process, conn in self._children:
            conn.close()
            if process.is_alive():
                process.terminate()
            process.join()

    def start(self, spec: Spec) -> None:
        self._spec = spec
        unlocated = replace(spec, locator=_Unlocated(None))
        for _, conn in self._children:
            conn.send(unlocated)

    def result(self) -> list[Diagnostic]:
        assert self._spec is not None
        if self._watcher is not None:
            self._watcher.join()
            if isinstance(self._verdict, BaseException):
                raise self._verdict
            return self._verdict
        if not self._children:
            return validate(self._spec)
        return self._collect()

    def _collect(self, refuse: Callable[[], None] | None = None) -> list[Diagnostic]:
        """Every part's findings, in the order they come; ``refuse`` is called at
        the first error of a part whose errors always count (all but the second
        pass, which counts only on a document that fits the schema)."""
        found: dict[str, list[Diagnostic]] = {}
        waiting = {
            conn: len(parts)
            for (_, conn), parts in zip(self._children, _GROUPS, strict=True)
        }
        while waiting:
            for conn in wait_for(list(waiting)):
                assert isinstance(conn, Connection)
                status, value = conn.recv()
                if status != "ok":
                    raise value
                waiting[conn] -= 1
                if not waiting[conn]:
                    del waiting[conn]
                for part, diagnostics in value.items():
                    found[part] = [self._located(d) for d in diagnostics]
                    errors = any(d.severity is Severity.ERROR for d in diagnostics)
                    if refuse is not None and errors and part != "semantic":
                        refuse()
        return combine(found)

    def _located(self, diagnostic: Diagnostic) -> Diagnostic:
        if (diagnostic.line, diagnostic.col) != (0, 0):
            return diagnostic
        assert self._spec is not None
        line, col = self._spec.locator.locate(diagnostic.pointer)
        return replace(diagnostic, line=line, col=col)


# The checks in two groups of about equal cost (0.6 s and 0.5 s on the Portkey
# spec), which take two cores at once: validation is the longest stage of a
# run whose models and formatted code come from the cache.
_GROUPS: tuple[tuple[str, ...], ...] = (("rules", "schema"), ("semantic",))
assert sorted(p for group in _GROUPS for p in group) == sorted(PARTS)


def _validation_process(conn: Connection, parts: tuple[str, ...]) -> None:
    tune_gc()
    received: list[Spec] = []

    def receive() -> None:
        try:
            received.append(conn.recv())
        except EOFError:
            pass  # the spec did not load: nothing to validate

    # Read while importing, so that the sender never waits on a full pipe.
    reader = threading.Thread(target=receive)
    reader.start()
    try:
        warm_up = Spec(Path("-"), _MINIMAL, _Unlocated(None), b"")
        for part in parts:
            check(warm_up, part)
    except Exception:
        pass  # a warm-up only: the real run reports whatever this was
    reader.join()
    if not received:
        return
    gc.freeze()
    try:
        for part in parts:  # each as soon as it is known: its errors stop the run
            conn.send(("ok", {part: check(received[0], part)}))
    except Exception as exc:
        conn.send(("error", exc))


def _run(
    pool: Executor | None, task: Callable[..., T], *args: object, **kw: object
) -> Future[T]:
    """``task`` on ``pool``, or here and now without one."""
    if pool is not None:
        return pool.submit(task, *args, **kw)
    return run_now(task, *args, **kw)


class _Refused(BaseException):
    """Raised in the main thread when validation's errors stop the rendering."""


class _FailFast:
    """Stops the rendering once validation has found errors: the pool's workers
    end at once, and the main thread is interrupted by a signal (when it is the
    main thread; otherwise it stops at its next wait on the pool)."""

    _SIGNAL = signal.SIGUSR1

    def __init__(self, pool: Executor | None) -> None:
        self._pool = pool
        self._lock = threading.Lock()
        self._armed = False
        self._refused = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> _FailFast:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(self._SIGNAL, self._interrupted)
            self._installed = True
        self._armed = True
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.disarm()
        if self._installed:
            signal.signal(self._SIGNAL, self._previous or signal.SIG_DFL)

    def _interrupted(self, signum: int, frame: object) -> None:
        if self._armed:  # a signal that arrives once rendering is over is moot
            raise _Refused()

    def disarm(self) -> None:
        with self._lock:
            self._armed = False

    def refuse(self) -> None:
        """Called by the validation watcher: end the workers, interrupt the renderer."""
        with self._lock:
            if not self._armed or self._refused:
                return
            self._refused = True
            if isinstance(self._pool, ProcessPoolExecutor):
                # the executor keeps its processes to itself; ending them is the point
                workers = list((getattr(self._pool, "_processes", None) or {}).values())
                self._pool.shutdown(wait=False, cancel_futures=True)
                for process in workers:
                    process.terminate()
            if self._installed:
                main = threading.main_thread().ident
                assert main is not None
                signal.pthread_kill(main, self._SIGNAL)


@contextmanager
def _workers() -> Iterator[Executor | None]:
    """A pool of one worker per core, started on first use: forked where that
    is safe, else spawned (workers that import what they need); None on one core."""
    if _cores() < 2:
        yield None
        return
    pool = ProcessPoolExecutor(
        max_workers=_cores(),
        mp_context=multiprocessing.get_context("fork" if _can_fork() else "spawn"),
        initializer=tune_gc,
    )
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _tuned_gc() -> Iterator[None]:
    """Rare cyclic collections while generating (restored afterwards)."""
    thresholds = gc.get_threshold()
    frozen = gc.get_freeze_count()
    tune_gc()
    try:
        yield
    finally:
        if not frozen:
            gc.unfreeze()
        gc.set_threshold(*thresholds)
