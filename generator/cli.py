"""Command line: ``generate``, ``validate``; exit 0 ok, 1 problems found, 2 usage."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from generator.config import Config, ConfigError, find_pyproject, load_config
from generator.diagnostics import Diagnostic, SpecError
from generator.load import load_spec
from generator.modelcheck import UnsafeModelsError
from generator.naming import snake_name
from generator.refs import bundle
from generator.validate import validate
from generator.write import OutputError, compare, write_tree

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
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the output is stale",
    )
    gen.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    val = commands.add_parser("validate", help="check a spec and list every problem")
    val.add_argument("path", type=Path)
    val.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        args = _parser().parse_args(args_list)
        if args.command == "generate":
            return _generate(args)
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
    for diagnostic in diagnostics:
        print(diagnostic.format(), file=sys.stderr)


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise _UsageError(f"no such file: {path}")


def _config(args: argparse.Namespace) -> Config:
    config = load_config(find_pyproject(Path.cwd()))
    package = args.package
    if package is not None and snake_name(package) != package:
        raise _UsageError(f"--package {package!r} is not a valid Python package name")
    return config.with_overrides(
        spec=args.spec.resolve() if args.spec else None,
        out=args.out.resolve() if args.out else None,
        package=package,
    )


def _generate(args: argparse.Namespace) -> int:
    from generator.pipeline import generate  # heavy imports only when generating

    config = _config(args)
    _require_file(config.spec)
    result = generate(config)
    _print_diagnostics(result.warnings)
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
    _require_file(path)
    problems = validate(bundle(load_spec(path)))
    _print_diagnostics(problems)
    return EXIT_PROBLEMS if problems else EXIT_OK
