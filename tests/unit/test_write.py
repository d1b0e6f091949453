"""generator.write: whole-folder atomic replacement, refusal of foreign folders, --check diffs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.write import MARKER, OutputError, compare, with_marker, write_tree


def files(**content: str) -> dict[str, str]:
    return with_marker(
        {k.replace("__", "/") + ".py": v for k, v in content.items()}, {"spec": "x"}
    )


class TestWriteTree:
    def test_creates_then_replaces_exactly(self, tmp_path: Path) -> None:
        """The folder ends up holding exactly the new files; stale ones are gone."""
        target = tmp_path / "pkg"
        write_tree(files(a="1", sub__b="2"), target)
        changes = write_tree(files(a="1", c="3"), target)
        assert sorted(
            p.relative_to(target).as_posix() for p in target.rglob("*.py")
        ) == ["a.py", "c.py"]
        assert (changes.added, changes.removed) == (("c.py",), ("sub/b.py",))

    def test_unchanged_files_are_not_rewritten(self, tmp_path: Path) -> None:
        """A file whose text is the same keeps its inode (hard link), so it is not rewritten."""
        target = tmp_path / "pkg"
        write_tree(files(a="1", b="2"), target)
        inode = (target / "a.py").stat().st_ino
        write_tree(files(a="1", b="changed"), target)
        assert (target / "a.py").stat().st_ino == inode
        assert (target / "b.py").read_text() == "changed"

    def test_refuses_a_folder_it_did_not_make(self, tmp_path: Path) -> None:
        """Without the marker, a folder is the user's: nothing is touched."""
        target = tmp_path / "pkg"
        target.mkdir()
        (target / "mine.py").write_text("precious")
        with pytest.raises(OutputError, match=MARKER):
            write_tree(files(a="1"), target)
        assert (target / "mine.py").read_text() == "precious"

    def test_no_leftovers(self, tmp_path: Path) -> None:
        """Only the package folder remains next to it after a write."""
        write_tree(files(a="1"), tmp_path / "pkg")
        write_tree(files(a="2"), tmp_path / "pkg")
        assert os.listdir(tmp_path) == ["pkg"]

    def test_recovers_from_a_run_killed_mid_swap(self, tmp_path: Path) -> None:
        """An old tree parked by an interrupted fallback swap is restored first."""
        write_tree(files(a="1"), tmp_path / "pkg")
        os.rename(tmp_path / "pkg", tmp_path / ".pkg.old")
        write_tree(files(a="1", b="2"), tmp_path / "pkg")
        assert sorted(os.listdir(tmp_path)) == ["pkg"]


class TestCompare:
    def test_reports_each_kind_of_change_with_a_diff(self, tmp_path: Path) -> None:
        """Added, changed and removed files are listed and the diff shows the lines."""
        target = tmp_path / "pkg"
        write_tree(files(a="x = 1\n", b="y\n"), target)
        changes, diff = compare(files(a="x = 2\n", c="z\n"), target)
        assert (changes.added, changes.changed, changes.removed) == (
            ("c.py",),
            (MARKER, "a.py"),
            ("b.py",),
        )
        assert "-x = 1\n+x = 2\n" in diff

    def test_identical_is_empty(self, tmp_path: Path) -> None:
        write_tree(files(a="1"), tmp_path / "pkg")
        changes, diff = compare(files(a="1"), tmp_path / "pkg")
        assert not changes and diff == ""
