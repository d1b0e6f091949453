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

# One write of a tree, killed by SIGKILL at its N-th file-system step (0: never);
# prints how many steps it took. argv: target, tree.json, exchange?, N. The steps
# are the audit events of calls that touch the output's parent folder, so a kill
# lands at a chosen point of the write, whatever the machine's load.
WRITER = """
import json, os, signal, sys
from pathlib import Path
import generator.write as write
target, files, exchange, kill_at = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text()), sys.argv[3], int(sys.argv[4])
if exchange == "no":
    write._exchange = lambda a, b: False  # the two-rename fallback of systems without renameat2
parent = os.fsencode(target.parent)
steps = 0
def step(event, args):
    global steps
    if event == "ctypes.call_function":
        touches = True  # renameat2
    elif event in {"open", "os.rename", "os.link", "os.mkdir", "os.remove", "os.rmdir", "shutil.rmtree", "tempfile.mkdtemp"}:
        first = args[0] if args else None
        touches = isinstance(first, (str, bytes, os.PathLike)) and parent in os.fsencode(first)
    else:
        touches = False
    if touches:
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(step)
write.write_tree(files, target)
print(steps, flush=True)
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
    def test_write_tree_killed_at_every_stage(
        self, tmp_path: Path, exchange: str
    ) -> None:
        """SIGKILL at chosen steps of a write: always one complete tree, and the next write tidies up."""
        old, new = two_trees()
        expected = [{k: v.encode() for k, v in t.items()} for t in (old, new)]
        parent = tmp_path / "out"
        target = parent / "pkg"
        write_tree(old, target)

        def write(files: dict[str, str], kill_at: int) -> str:
            tree = tmp_path / "tree.json"
            tree.write_text(json.dumps(files))
            done = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    WRITER,
                    str(target),
                    str(tree),
                    exchange,
                    str(kill_at),
                ],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=False,
            )
            return done.stdout

        # the steps of one write, counted by a write that is not killed
        steps = int(write(new, 0))
        write_tree(old, target)
        # the first steps, a sample of the file writes, and every step of the swap
        chosen = sorted(
            {1, 2, 3, *range(20, steps - 12, 20), *range(steps - 12, steps + 1)}
        )
        seen = set()
        for kill_at in chosen:
            before = snapshot(target)
            files = new if before == expected[0] else old
            write(files, kill_at)
            state = snapshot(target)
            parked = snapshot(parent / ".pkg.old")
            where = f"killed at step {kill_at} of {steps}"
            if exchange == "yes" or state is not None:
                assert state in expected, where
                seen.add("old" if state == before else "new")
            else:  # killed between the fallback's two renames: the old tree is parked whole
                assert parked == before, where
                seen.add("parked")
            if leftovers(parent, "pkg"):
                seen.add("leftovers")
            write_tree(files, target)  # the next run
            assert leftovers(parent, "pkg") == [], where
            assert snapshot(target) == {k: v.encode() for k, v in files.items()}, where
        # the kills hit the write before, during and after the swap
        wanted = {"old", "new", "leftovers"} | (
            {"parked"} if exchange == "no" else set()
        )
        assert seen >= wanted, seen

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
