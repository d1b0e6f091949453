"""Read the two specs of a review: files, or the project's spec at a git revision."""

from __future__ import annotations

import posixpath
import re
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.diagnostics import Diagnostic, SpecError
from generator.ir import Api
from generator.load import Spec, parse_text
from generator.overlay import apply_overlays
from generator.pipeline import build
from generator.repair import repair
from generator.review.document import Document, join
from generator.validate import validate

__all__ = ["ReviewInputError", "Side", "read_side"]

GIT_PREFIX = "git:"
# Inlined nodes allowed per document: references that fan out must not explode.
MAX_INLINED = 2_000_000
_EXTERNAL_REF = re.compile(rb"""\$ref["']?\s*:\s*["']?(?!#)[^\s"']""")


class ReviewInputError(Exception):
    """A spec that cannot be reviewed: a one-line reason or located diagnostics."""

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.diagnostics = tuple(sorted(diagnostics))

    def __reduce__(
        self,
    ) -> tuple[type[ReviewInputError], tuple[str, tuple[Diagnostic, ...]]]:
        return (ReviewInputError, (str(self), self.diagnostics))  # crosses processes


@dataclass(frozen=True)
class Side:
    """One spec of a review, loaded and turned into the IR."""

    label: str  # as given: a path or git:REF
    data: dict[str, Any]
    source: bytes  # the spec file's bytes
    api: Api
    unapplied: tuple[Diagnostic, ...] = ()  # overlay actions that do not fit this spec


Reader = Callable[[str], bytes]


def read_side(argument: str, config: Config) -> Side:
    """Load ``argument`` (a spec file or ``git:REF``) for review; raise ``ReviewInputError``.

    Relative ``$ref``s to other files are inlined, read the same way (from
    disk, or from the same revision); the project's overlays are applied, each
    action where it fits; the IR is built. Validation is not required: only a spec that
    cannot be loaded or turned into the IR is refused.
    """
    if argument.startswith(GIT_PREFIX):
        read, main, shown = _git_reader(argument[len(GIT_PREFIX) :], config)
    else:
        read, main, shown = _file_reader(Path(argument))
    try:
        source = read(main)
    except OSError as exc:
        raise ReviewInputError(f"cannot read {shown}: {exc.strerror or exc}") from None
    try:
        spec = parse_text(source, Path(shown))
    except SpecError as exc:
        raise ReviewInputError(f"{shown} cannot be loaded", exc.diagnostics) from None
    version = spec.data.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        raise ReviewInputError(
            f"{shown} is not an OpenAPI 3.0 or 3.1 document",
            [spec.diagnostic("/openapi", f"unsupported OpenAPI version {version!r}")],
        )
    data = spec.data
    if _EXTERNAL_REF.search(source):
        data = _Bundler(read, main, spec).bundle()
    try:
        spec, unapplied = apply_overlays(
            replace(spec, data=data), config.overlays, lenient=True
        )
    except SpecError as exc:
        raise ReviewInputError("an overlay cannot be read", exc.diagnostics) from None
    # tolerated constructs read as generation reads them (generator.repair)
    spec, _ = repair(spec)
    return Side(argument, spec.data, source, _build(spec, config, shown), unapplied)


def _file_reader(path: Path) -> tuple[Reader, str, str]:
    folder = path.parent

    def read(relative: str) -> bytes:
        return (folder / relative).read_bytes()

    if not path.is_file():
        raise ReviewInputError(f"no such file: {path}")
    return read, path.name, str(path)


def _git_reader(ref: str, config: Config) -> tuple[Reader, str, str]:
    if not ref or ref.startswith("-") or any(c.isspace() for c in ref):
        raise ReviewInputError(f"not a git revision: {ref!r}")
    top = _git(config.root, "rev-parse", "--show-toplevel").decode().strip()
    try:
        main = config.spec.resolve().relative_to(Path(top).resolve()).as_posix()
    except ValueError:
        raise ReviewInputError(
            f"the spec {config.spec} is not inside the git repository {top}"
        ) from None

    def read(relative: str) -> bytes:
        return _git(Path(top), "show", f"{ref}:{relative}")

    return read, main, f"{ref}:{main}"


def _git(folder: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, check=False
        )
    except OSError as exc:
        raise ReviewInputError(f"cannot run git: {exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReviewInputError(
            f"git {args[0]} failed: {message[-1] if message else done.returncode}"
        )
    return done.stdout


def _build(spec: Spec, config: Config, shown: str) -> Api:
    try:
        return build(spec, config)
    except SpecError as exc:
        found = list(exc.diagnostics)
    except Exception as exc:  # an invalid spec can trip the builder anywhere
        found = [
            spec.diagnostic("", f"the IR cannot be built: {type(exc).__name__}: {exc}")
        ]
    # the validator usually names the cause; it is slow, so only on failure
    found += [d for d in validate(spec) if d not in found]
    raise ReviewInputError(f"{shown} cannot be turned into a client", found)


class _Bundler:
    """Inline ``$ref``s to other files, reading them the way the spec was read."""

    def __init__(self, read: Reader, main: str, spec: Spec) -> None:
        self.read = read
        self.main = main
        self.spec = spec
        self.files: dict[str, Document] = {main: Document(spec.data)}
        self.inlined = 0

    def bundle(self) -> dict[str, Any]:
        result = self._node(self.spec.data, self.main, "", frozenset())
        assert isinstance(result, dict)
        return result

    def _problem(self, file: str, pointer: str, message: str) -> ReviewInputError:
        if file == self.main:
            diagnostic = self.spec.diagnostic(pointer, message)
        else:
            diagnostic = Diagnostic(file, 1, 1, pointer, message)
        return ReviewInputError(
            f"{self.spec.path} has unresolvable references", [diagnostic]
        )

    def _document(self, file: str, pointer: str, origin: str) -> Document:
        if file not in self.files:
            try:
                source = self.read(file)
            except (OSError, ReviewInputError) as exc:
                raise self._problem(
                    origin, pointer, f"cannot read {file}: {exc}"
                ) from None
            try:
                loaded = parse_text(source, Path(file))
            except SpecError as exc:
                raise ReviewInputError(
                    f"{file} cannot be loaded", exc.diagnostics
                ) from None
            self.files[file] = Document(loaded.data)
        return self.files[file]

    def _node(self, node: Any, file: str, pointer: str, stack: frozenset[str]) -> Any:
        self.inlined += 1
        if self.inlined > MAX_INLINED:
            raise self._problem(file, pointer, "references expand to too many nodes")
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and (file != self.main or not ref.startswith("#")):
                return self._inline(ref, file, pointer, stack) or dict(node)
            return {
                k: self._node(v, file, join(pointer, str(k)), stack)
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [
                self._node(v, file, join(pointer, i), stack) for i, v in enumerate(node)
            ]
        return node

    def _inline(self, ref: str, file: str, pointer: str, stack: frozenset[str]) -> Any:
        target_file, _, fragment = ref.partition("#")
        if "://" in target_file or target_file.startswith("/"):
            return None  # only files beside the spec are read
        target_file = (
            posixpath.normpath(posixpath.join(posixpath.dirname(file), target_file))
            if target_file
            else file
        )
        if target_file == self.main:  # back into the spec: keep it a local reference
            return {"$ref": "#" + fragment}
        key = f"{target_file}#{fragment}"
        if key in stack:
            return None  # a cycle: left as an unresolved reference
        document = self._document(target_file, pointer, file)
        target = document.get(fragment)
        if target is None:
            raise self._problem(file, pointer, f"$ref {ref!r} does not resolve")
        return self._node(target, target_file, fragment, stack | {key})
