"""Command line: ``generate``, ``validate``, ``review``; exit 0 ok, 1 problems found, 2 usage."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

from generator.config import (
    Config,
    ConfigError,
    configured_spec,
    defaults_for,
    find_pyproject,
    load_config,
)
from generator.diagnostics import Diagnostic, SpecError
from generator.load import load_spec
from generator.modelcheck import UnsafeModelsError
from generator.naming import snake_name
from generator.refs import bundle
from generator.repair import repair
from generator.validate import validate
from generator.write import (
    OutputError,
    check_target,
    compare,
    is_current,
    write_tree,
)

__all__ = ["main"]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage dump
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--debug", action="store_true", help="show tracebacks of internal errors"
    )
    commands = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )

    gen = commands.add_parser("generate", help="generate the client package")
    gen.add_argument(
        "--spec", type=Path, help="the OpenAPI document (default from pyproject.toml)"
    )
    gen.add_argument(
        "--out",
        type=Path,
        help="folder that holds the package (default from pyproject.toml)",
    )
    gen.add_argument("--package", help="package name (default from pyproject.toml)")
    gen.add_argument(
        "--config",
        type=Path,
        help="a TOML file with a [tool.generator] table to use instead of pyproject.toml",
    )
    gen.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the output is stale",
    )
    gen.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings as errors: write nothing, exit 1",
    )
    gen.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    val = commands.add_parser("validate", help="check a spec and list every problem")
    val.add_argument("path", type=Path)
    val.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    rev = commands.add_parser(
        "review", help="report what changes between two specs, and in the client"
    )
    rev.add_argument(
        "base", help="the old spec: a file, or git:REF for the project's spec at REF"
    )
    rev.add_argument(
        "head",
        nargs="?",
        help="the new spec, a file or git:REF (default: the project's spec file)",
    )
    rev.add_argument("--format", choices=("markdown", "json"), default="markdown")
    rev.add_argument(
        "--fail-on",
        choices=("breaking", "none"),
        default="none",
        help="exit 1 when a breaking change is found (default: never)",
    )
    rev.add_argument(
        "-o", "--output", type=Path, help="write the report to this file, not stdout"
    )
    rev.add_argument(
        "--no-render",
        action="store_true",
        help="skip counting the lines regeneration changes",
    )
    rev.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        args = _parser().parse_args(args_list)
        if args.command == "generate":
            return _generate(args)
        if args.command == "review":
            return _review(args, debug)
        return _validate(args.path)
    except _UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SpecError as exc:
        _print_diagnostics(exc.diagnostics)
        return EXIT_PROBLEMS
    except (ConfigError, OutputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UnsafeModelsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except RecursionError:
        # Nesting within the load limit can still chain through $refs past what
        # the validator and the model generator can follow.
        print(
            "error: the spec nests too deeply (directly or through chains of $ref) "
            "to be processed",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line, not a traceback
        if debug:
            traceback.print_exc()
        print(
            f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS


def _print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    cwd = Path.cwd()
    for diagnostic in diagnostics:
        path = Path(diagnostic.path)
        if path.is_absolute() and path.is_relative_to(cwd):
            # as the user would type it: spec/openapi.yaml, not /home/.../spec/openapi.yaml
            diagnostic = replace(diagnostic, path=str(path.relative_to(cwd)))
        print(diagnostic.format(), file=sys.stderr)


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise _UsageError(f"no such file: {path}")


def _config(args: argparse.Namespace) -> Config:
    """The settings for the spec to generate: settings apply only to the spec they
    are written for; another spec gets names derived from its title."""
    spec = args.spec.resolve() if args.spec else None
    if args.config is not None:
        _require_file(args.config)
        config = load_config(args.config.resolve())
        named = configured_spec(args.config.resolve())
        if spec is not None and named is not None and named.resolve() != spec:
            raise _UsageError(
                f"{args.config} is written for {named.name}, not for {args.spec} "
                "(drop its 'spec' key to use it for any spec)"
            )
    else:
        pyproject = find_pyproject(Path.cwd())
        config = project = load_config(pyproject)
        if (
            pyproject is not None
            and spec is not None
            and spec != project.spec.resolve()
        ):
            config = defaults_for(
                spec, root=project.root, out=project.out, title=_title(spec)
            )
            print(
                f"note: the settings in {os.path.relpath(pyproject)} are for "
                f"{os.path.relpath(project.spec)}; {args.spec} gets none of them: "
                f"package {config.package}, client {config.client_name}Client "
                "(pass --config FILE to give it settings)",
                file=sys.stderr,
            )
    package = args.package
    if package is not None and snake_name(package) != package:
        raise _UsageError(f"--package {package!r} is not a valid Python package name")
    return config.with_overrides(
        spec=args.spec.resolve() if args.spec else None,
        out=args.out.resolve() if args.out else None,
        package=package,
    )


def _title(spec: Path) -> str:
    """The spec's info.title, or "" where it cannot be read (the run says why)."""
    try:
        info = load_spec(spec).data.get("info")
    except (SpecError, OSError):
        return ""
    title = info.get("title") if isinstance(info, dict) else None
    return title if isinstance(title, str) else ""


def _generate(args: argparse.Namespace) -> int:
    from generator.fingerprint import inputs
    from generator.pipeline import generate  # heavy imports only when generating

    config = _config(args)
    _require_file(config.spec)
    target = config.out / snake_name(config.package)
    if not args.strict and is_current(target, inputs(config)):
        # The manifest proves the output matches these inputs: nothing to run.
        print(f"{target} is up to date")
        return EXIT_OK
    if not args.check:
        check_target(target)  # before seconds of work, and before any cache is made
    result = generate(config)
    _print_diagnostics(result.warnings)
    if args.strict and result.warnings:
        print(
            f"{len(result.warnings)} warning(s) with --strict: nothing written",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    target = config.out / result.api.package
    if args.check:
        changes, diff = compare(result.files, target)
        if changes:
            print(f"{target} is stale ({changes.summary()}):", file=sys.stderr)
            for label, paths in (
                ("added", changes.added),
                ("changed", changes.changed),
                ("removed", changes.removed),
            ):
                for path in paths:
                    print(f"  {label}: {path}", file=sys.stderr)
            sys.stdout.write(diff)
            print(
                "run `nox -s generate` (or `python -m generator generate`) and commit the result",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        print(f"{result.summary()}; {target} is up to date")
        return EXIT_OK
    changes = write_tree(result.files, target)
    print(f"{result.summary()}; {target}: {changes.summary()}")
    return EXIT_OK


def _validate(path: Path) -> int:
    """Validate ``path`` as generate would: with the overlays configured for it."""
    from generator.overlay import apply_overlays

    _require_file(path)
    spec = bundle(load_spec(path))
    pyproject = find_pyproject(Path.cwd())
    if pyproject is not None:
        config = load_config(pyproject)
        if path.resolve() == config.spec.resolve():
            spec, _ = apply_overlays(spec, config.overlays)
    spec, repairs = repair(spec)
    problems = sorted([*repairs, *validate(spec)])
    _print_diagnostics(problems)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _review(args: argparse.Namespace, debug: bool) -> int:
    """Exit 1 only for ``--fail-on breaking`` with a breaking change; 2 when it cannot review."""
    from generator.review import (
        ReviewInputError,
        Severity,
        run_review,
        to_json,
        to_markdown,
    )

    config = load_config(find_pyproject(Path.cwd()))
    head = args.head if args.head is not None else os.path.relpath(config.spec)
    try:
        review = run_review(args.base, head, config, render=not args.no_render)
    except ReviewInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        _print_diagnostics(exc.diagnostics)
        return EXIT_USAGE
    except (ConfigError, KeyboardInterrupt):
        raise
    except Exception as exc:  # 1 would read as "breaking": a failed review is not
        if debug:
            traceback.print_exc()
        print(
            f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    text = to_json(review) if args.format == "json" else to_markdown(review)
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _UsageError(f"cannot write {args.output}: {exc.strerror}") from None
        counts = ", ".join(f"{review.count(s)} {s}" for s in Severity)
        print(f"{args.output}: {counts}", file=sys.stderr)
    return EXIT_PROBLEMS if args.fail_on == "breaking" and review.breaking else EXIT_OK
