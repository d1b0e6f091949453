"""generator.write: whole-folder atomic replacement, refusal of foreign folders, --check diffs."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from generator import write as write_module
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


class TestOwnership:
    def test_symlinked_package_folder_is_refused(self, tmp_path: Path) -> None:
        """A link in place of the package (even to a generated folder) is not replaced."""
        real = tmp_path / "elsewhere"
        write_tree(files(a="1"), real)
        (tmp_path / "out").mkdir()
        link = tmp_path / "out" / "pkg"
        link.symlink_to(real)
        with pytest.raises(OutputError, match="it is a symlink"):
            write_tree(files(a="2"), link)
        assert (real / "a.py").read_text() == "1" and link.is_symlink()

    def test_invalid_marker_is_refused(self, tmp_path: Path) -> None:
        """A folder with a marker this generator did not write is someone's folder."""
        target = tmp_path / "pkg"
        target.mkdir()
        (target / MARKER).write_text("not json")
        (target / "mine.py").write_text("precious")
        with pytest.raises(OutputError, match="did not make it"):
            write_tree(files(a="1"), target)
        assert (target / "mine.py").read_text() == "precious"

    def test_symlinked_marker_is_refused(self, tmp_path: Path) -> None:
        """The marker must be a file in the folder, not a link to one elsewhere."""
        write_tree(files(a="1"), tmp_path / "real")
        target = tmp_path / "pkg"
        target.mkdir()
        (target / MARKER).symlink_to(tmp_path / "real" / MARKER)
        with pytest.raises(OutputError, match="did not make it"):
            write_tree(files(a="1"), target)

    def test_files_added_by_someone_are_not_deleted(self, tmp_path: Path) -> None:
        """A file the marker does not list stops the run: replacing would delete it."""
        target = tmp_path / "pkg"
        write_tree(files(a="1"), target)
        (target / "notes.py").write_text("mine")
        with pytest.raises(
            OutputError, match=r"holds files this generator did not write \(notes.py\)"
        ):
            write_tree(files(a="2"), target)
        assert (target / "notes.py").read_text() == "mine"

    def test_caches_and_hidden_files_do_not_count(self, tmp_path: Path) -> None:
        """__pycache__ and dot-files are not someone's work: the folder is still replaced."""
        target = tmp_path / "pkg"
        write_tree(files(a="1"), target)
        (target / "__pycache__").mkdir()
        (target / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
        (target / ".DS_Store").write_bytes(b"\0")
        write_tree(files(a="2"), target)
        assert (target / "a.py").read_text() == "2"

    def test_a_file_in_place_of_the_folder(self, tmp_path: Path) -> None:
        """A regular file where the package should be is refused."""
        (tmp_path / "pkg").write_text("x")
        with pytest.raises(OutputError, match="not a folder"):
            write_tree(files(a="1"), tmp_path / "pkg")

    @pytest.mark.parametrize(
        "name",
        ["../escape.py", "/abs.py", "a/../../b.py", "", ".hidden/x.py", "a\\b.py"],
    )
    def test_file_names_stay_inside(self, tmp_path: Path, name: str) -> None:
        """A file path that is not a plain relative name is refused before anything is written."""
        with pytest.raises(OutputError, match="not a plain relative file name"):
            write_tree({name: "x"}, tmp_path / "pkg")
        assert os.listdir(tmp_path) == []

    def test_root_folder_is_never_touched(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--out / with an existing folder name: refused before any rename or delete."""

        def forbidden(*args: object, **kwargs: object) -> None:
            raise AssertionError("write_tree tried to change the file system")

        for name in ("rename", "link", "mkdir"):
            monkeypatch.setattr(os, name, forbidden)
        monkeypatch.setattr(shutil, "rmtree", forbidden)
        monkeypatch.setattr(tempfile, "mkdtemp", forbidden)
        monkeypatch.setattr(write_module, "_exchange", forbidden)
        existing = next(
            p for p in Path("/").iterdir() if p.is_dir() and not p.is_symlink()
        )
        with pytest.raises(OutputError, match="did not make it"):
            write_tree(files(a="1"), existing)

    def test_leftovers_are_cleaned_even_when_nothing_changed(
        self, tmp_path: Path
    ) -> None:
        """A run with identical output still removes what a killed run left behind."""
        write_tree(files(a="1"), tmp_path / "pkg")
        (tmp_path / ".pkg.new-abc").mkdir()
        (tmp_path / ".pkg.new-abc" / "half.py").write_text("")
        (tmp_path / ".pkg.old").mkdir()
        changes = write_tree(files(a="1"), tmp_path / "pkg")
        assert not changes and os.listdir(tmp_path) == ["pkg"]

    def test_symlinked_file_is_not_followed(self, tmp_path: Path) -> None:
        """A file replaced by a link is rewritten as a file; the link's target is untouched."""
        target = tmp_path / "pkg"
        write_tree(files(a="1"), target)
        outside = tmp_path / "outside.txt"
        outside.write_text("1")
        (target / "a.py").unlink()
        (target / "a.py").symlink_to(outside)
        write_tree(files(a="1"), target)
        assert (
            not (target / "a.py").is_symlink() and (target / "a.py").read_text() == "1"
        )
        assert outside.stat().st_nlink == 1 and outside.read_text() == "1"
