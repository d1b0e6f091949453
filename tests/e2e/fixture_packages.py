"""Generate a client from a small fixture spec into a temporary folder and import it."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.pipeline import Generated, generate
from generator.write import write_tree

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "tests" / "fixtures" / "features"

__all__ = ["FEATURES", "Package", "build_package"]


class Package:
    """A generated fixture package: its folder, its IR, and its modules once imported."""

    def __init__(self, folder: Path, name: str, generated: Generated) -> None:
        self.folder = folder
        self.name = name
        self.generated = generated

    def module(self, suffix: str = "") -> types.ModuleType:
        """``import NAME`` or ``import NAME.suffix``, from the package's own folder."""
        if str(self.folder) not in sys.path:
            sys.path.insert(0, str(self.folder))
        return importlib.import_module(self.name + (f".{suffix}" if suffix else ""))

    @property
    def source(self) -> dict[str, str]:
        return self.generated.files

    def mypy_strict(self) -> subprocess.CompletedProcess[str]:
        """``mypy --strict`` on the package, with a cache of its own."""
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-error-summary",
                "--cache-dir",
                str(self.folder / ".mypy_cache"),
                str(self.folder / self.name),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )


def build_package(spec_name: str, out: Path, **settings: Any) -> Package:
    """Generate ``tests/fixtures/features/<spec_name>.yaml`` as package ``fx_<spec_name>``.

    ``settings``: further ``Config`` fields (pagination schemes, ...).
    """
    name = f"fx_{spec_name}"
    config = Config(
        root=ROOT,
        spec=FEATURES / f"{spec_name}.yaml",
        out=out,
        package=name,
        client_name="Fixture",
        env_prefix="FIXTURE",
        **settings,
    )
    generated = generate(config)
    write_tree(generated.files, out / name)
    return Package(out, name, generated)
