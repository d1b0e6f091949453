"""Writes survive SIGKILL at any moment: the package is the whole old tree or the whole new one."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.write import MARKER, with_marker, write_tree

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated" / "portkey_client"

# Alternates two trees in a loop until killed; argv: target, trees.json, exchange?
WRITER = """
import json, sys
from pathlib import Path
import generator.write as write
target, trees, exchange = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text()), sys.argv[3]
if exchange == "no":
    write._exchange = lambda a, b: False  # the two-rename fallback of systems without renameat2
print("ready", flush=True)
while True:
    for files in trees:
        write.write_tree(files, target)
"""


def snapshot(folder: Path) -> dict[str, bytes] | None:
    """Every file under ``folder`` by relative path; None if it does not exist."""
    if not folder.is_dir():
        return None
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def leftovers(parent: Path, name: str) -> list[str]:
    return sorted(p for p in os.listdir(parent) if p != name)


def two_trees() -> tuple[dict[str, str], dict[str, str]]:
    """The committed package, and a changed one (files added, changed and removed)."""
    old = {
        p.relative_to(COMMITTED).as_posix(): p.read_text("utf-8")
        for p in COMMITTED.rglob("*")
        if p.is_file() and p.name != MARKER and "__pycache__" not in p.parts
    }
    new = {path: text + "# second version\n" for path, text in old.items()}
    del new["py.typed"]
    new["resources/extra.py"] = "EXTRA = 1\n" * 2000
    return with_marker(old, {"spec": "a"}), with_marker(new, {"spec": "b"})


class TestKilled:
    @pytest.mark.parametrize("exchange", ["yes", "no"])
    def test_write_tree_killed_at_random_moments(
        self, tmp_path: Path, exchange: str
    ) -> None:
        """SIGKILL during a loop of writes: always one complete tree, and the next write tidies up."""
        seed = int.from_bytes(os.urandom(4), "big")
        rng = random.Random(seed)
        old, new = two_trees()
        expected = [{k: v.encode() for k, v in t.items()} for t in (old, new)]
        trees = tmp_path / "trees.json"
        trees.write_text(json.dumps([old, new]))
        parent = tmp_path / "out"
        target = parent / "pkg"
        write_tree(old, target)
        mid_write = 0
        for attempt in range(20):
            process = subprocess.Popen(
                [sys.executable, "-c", WRITER, str(target), str(trees), exchange],
                stdout=subprocess.PIPE,
                cwd=ROOT,
            )
            assert (
                process.stdout is not None and process.stdout.readline() == b"ready\n"
            )
            time.sleep(rng.uniform(0.0, 0.25))
            process.send_signal(signal.SIGKILL)
            process.wait()
            process.stdout.close()
            state = snapshot(target)
            parked = snapshot(parent / ".pkg.old")
            where = f"seed {seed}, attempt {attempt}"
            if exchange == "yes" or state is not None:
                assert state in expected, where
            else:  # killed between the fallback's two renames: the old tree is parked whole
                assert parked in expected, where
            mid_write += bool(leftovers(parent, "pkg"))
            write_tree(new if state == expected[0] else old, target)  # the next run
            assert leftovers(parent, "pkg") == [], where
            assert snapshot(target) in expected, where
        # the kills must have hit writes in progress, or this test tested nothing
        assert mid_write > 0, f"seed {seed}: no kill landed during a write"

    def test_generate_killed_at_random_moments(self, tmp_path: Path) -> None:
        """SIGKILL of `python -m generator generate` on a copy of the project, many times."""
        seed = int.from_bytes(os.urandom(4), "big")
        rng = random.Random(seed)
        shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
        (tmp_path / "spec").mkdir()
        shutil.copytree(ROOT / "spec" / "overlays", tmp_path / "spec" / "overlays")
        spec = tmp_path / "spec" / "openapi.yaml"
        first = (ROOT / "spec" / "openapi.yaml").read_text()
        # a second spec: another version, and one more resource (a module added)
        second = first.replace("version: 2.0.0", "version: 2.0.1").replace(
            "paths:\n",
            "paths:\n  /extra:\n    get:\n      tags: [Extra]\n      operationId: getExtra\n"
            "      responses:\n        '204':\n          description: none\n",
            1,
        )
        target = tmp_path / "generated" / "portkey_client"

        def run(text: str, kill_after: float | None = None) -> float:
            spec.write_text(text)
            started = time.monotonic()
            process = subprocess.Popen(
                [sys.executable, "-m", "generator", "generate"],
                cwd=tmp_path,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if kill_after is None:
                assert process.wait(timeout=300) == 0
            else:
                time.sleep(kill_after)
                process.send_signal(signal.SIGKILL)
                process.wait()
            return time.monotonic() - started

        duration = run(first)
        trees = [snapshot(target)]
        run(second)
        trees.append(snapshot(target))
        assert trees[0] != trees[1]
        for attempt in range(6):
            text = first if snapshot(target) == trees[1] else second
            # half the kills anywhere in a run, half near its end, where it writes
            delay = (
                rng.uniform(0, duration)
                if attempt % 2
                else rng.uniform(0.7, 1.0) * duration
            )
            run(text, kill_after=delay)
            assert (
                snapshot(target) in trees
            ), f"seed {seed}, attempt {attempt}, {delay:.2f}s"
        run(first)
        assert snapshot(target) == trees[0]
        assert leftovers(target.parent, "portkey_client") == []
