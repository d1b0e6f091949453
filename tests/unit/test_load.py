"""generator.load: safe YAML with locations for every JSON pointer."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from generator import load
from generator.diagnostics import SpecError
from generator.load import MAX_DEPTH, parse_text

SPEC = b"""openapi: 3.0.0
info:
  title: t
  version: '1'
paths:
  /a/{id}:
    get:
      responses:
        '200':
          description: ok
"""


def problems(text: bytes) -> list[str]:
    with pytest.raises(SpecError) as caught:
        parse_text(text, Path("spec.yaml"))
    return [d.format() for d in caught.value.diagnostics]


class TestParse:
    def test_locates_pointers(self) -> None:
        """A pointer maps to the line and column of its node."""
        spec = parse_text(SPEC, Path("spec.yaml"))
        assert spec.locator.locate("/paths/~1a~1{id}/get/responses/200") == (10, 11)
        assert spec.locator.locate("/info/title") == (3, 10)

    def test_missing_pointer_falls_back_to_nearest_parent(self) -> None:
        """A pointer to something absent points at its closest existing ancestor."""
        spec = parse_text(SPEC, Path("spec.yaml"))
        assert spec.locator.locate("/paths/~1a~1{id}/get/parameters") == (8, 7)

    def test_dates_stay_strings(self) -> None:
        """YAML timestamps are not turned into datetime objects."""
        spec = parse_text(SPEC + b"x-date: 2024-01-01\n", Path("s.yaml"))
        assert spec.data["x-date"] == "2024-01-01"

    def test_json_works(self) -> None:
        """JSON is YAML: a JSON spec loads the same way."""
        spec = parse_text(
            b'{"openapi": "3.1.0", "info": {}, "paths": {}}', Path("s.json")
        )
        assert spec.data["openapi"] == "3.1.0"


class TestYaml12:
    def test_core_schema_scalars(self) -> None:
        """YAML 1.2 core schema: YAML 1.1's booleans are strings, 1e-08 is a number."""
        text = b"a: [on, off, yes, no, y, n, 1e-08, 012, 0o17, 0x1F, -.inf, true, False, ~, 1_000]\n"
        (values,) = parse_text(text, Path("spec.yaml")).data.values()
        assert values == [
            "on", "off", "yes", "no", "y", "n", 1e-08, 12, 15, 31,
            float("-inf"), True, False, None, "1_000",
        ]  # fmt: skip
        assert [type(v) for v in values[6:8]] == [float, int]

    def test_keys_and_enums_keep_their_text(self) -> None:
        """An enum of off/on (a common YAML 1.1 trap) is strings."""
        text = b"enum: [off, on, auto]\nNo: 1\n"
        assert parse_text(text, Path("spec.yaml")).data == {
            "enum": ["off", "on", "auto"],
            "No": 1,
        }


class TestRefusals:
    def test_self_referential_alias_is_refused_at_once(self) -> None:
        """An alias inside the node it names would be infinite data: located, not looped on."""
        (line,) = problems(
            b"openapi: 3.0.3\ncomponents:\n  examples:\n    E:\n"
            b"      example: &loop {self: *loop}\n"
        )
        assert line == (
            "spec.yaml:5:23: /: the YAML alias refers to the node that contains it "
            "(anchored on line 5): the data would be infinite; refusing to load it"
        )

    def test_alias_cycle_through_a_list_is_refused(self) -> None:
        (line,) = problems(b"a: &x [1, {b: *x}]\n")
        assert "the YAML alias refers to the node that contains it" in line

    def test_shared_aliases_are_not_cycles(self) -> None:
        data = parse_text(b"a: &x {b: 1}\nc: *x\nd: [*x, *x]\n", Path("s.yaml")).data
        assert data == {"a": {"b": 1}, "c": {"b": 1}, "d": [{"b": 1}, {"b": 1}]}

    def test_invalid_yaml_is_located(self) -> None:
        """A syntax error reports its line and column."""
        (line,) = problems(b"openapi: 3.0.0\ninfo: [unclosed\n")
        assert line.startswith("spec.yaml:3:1: /: invalid YAML")

    def test_duplicate_keys(self) -> None:
        """A key given twice is an error naming both lines."""
        (line,) = problems(b"openapi: 3.0.0\ninfo: {}\nopenapi: 3.1.0\n")
        assert (
            line
            == "spec.yaml:3:1: /: duplicate key 'openapi' (first defined on line 1)"
        )

    def test_root_must_be_mapping(self) -> None:
        """A list or scalar document is refused."""
        assert problems(b"- a\n- b\n") == [
            "spec.yaml:1:1: /: the document root must be a mapping, not list"
        ]

    def test_python_tags_are_refused(self) -> None:
        """No YAML tag can construct a Python object."""
        (line,) = problems(b"x: !!python/object/apply:os.system ['true']\n")
        assert "tag:yaml.org,2002:python/object/apply:os.system" in line
        assert "is not allowed" in line

    def test_alias_bomb_is_refused(self) -> None:
        """Billion laughs: refused on the node graph, before anything expands."""
        lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
        for i in range(1, 9):
            lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
        (line,) = problems("\n".join(lines).encode())
        assert "expands to more than" in line

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are a located error, not a crash."""
        (line,) = problems(b"openapi: \xff\n")
        assert "not UTF-8" in line


class TestJson:
    def test_pointer_locations(self) -> None:
        """JSON nodes are located like YAML ones (line and column of the value)."""
        text = (
            b'{\n  "openapi": "3.1.0",\n  "info": {"title": "t"},\n  "paths": {}\n}\n'
        )
        spec = parse_text(text, Path("s.json"))
        assert spec.locator.locate("/info/title") == (3, 21)
        assert spec.locator.locate("/paths") == (4, 12)

    def test_surrogate_pairs_and_long_keys(self) -> None:
        """What JSON writers emit and YAML refuses: escaped astral characters, keys over 1024."""
        key = "k" * 2000
        text = json.dumps({"openapi": "3.0.3", key: "\U0001f600", "s": "\u2028\x00"})
        data = parse_text(text.encode(), Path("s.json")).data
        assert data == {"openapi": "3.0.3", key: "\U0001f600", "s": "\u2028\x00"}

    def test_numbers_and_literals(self) -> None:
        """Integers stay integers, floats floats, and true/false/null their values."""
        text = b'{"i": -12, "f": 1.5e3, "z": 0, "b": [true, false, null], "big": 123456789012345678901}'
        assert parse_text(text, Path("s.json")).data == {
            "i": -12,
            "f": 1500.0,
            "z": 0,
            "b": [True, False, None],
            "big": 123456789012345678901,
        }

    def test_errors_are_located(self) -> None:
        """A broken .json file reports where it breaks."""
        (line,) = problems_named(b'{\n  "a": 1,\n  "b" 2\n}', "s.json")
        assert line == "s.json:3:7: /: invalid JSON: expected ':'"

    def test_duplicate_keys(self) -> None:
        """JSON objects with a key twice are refused too."""
        (line,) = problems_named(b'{"a": 1,\n "a": 2}', "s.json")
        assert line == "s.json:2:2: /: duplicate key 'a' (first defined on line 1)"

    def test_yaml_flow_document_is_still_yaml(self) -> None:
        """A .yaml file that starts with { but is not JSON is read as YAML."""
        spec = parse_text(b"{openapi: 3.0.3, paths: {}}", Path("s.yaml"))
        assert spec.data == {"openapi": "3.0.3", "paths": {}}


class TestYamlAsJson:
    def test_keys_are_their_text(self) -> None:
        """Keys written as numbers, booleans or null are strings, as in JSON."""
        data = parse_text(b"200: a\ntrue: b\n~: c\n1.5: d\n", Path("s.yaml")).data
        assert data == {"200": "a", "true": "b", "~": "c", "1.5": "d"}

    def test_merge_keys_still_work(self) -> None:
        """<< merges a mapping, as YAML 1.1 specs use it."""
        data = parse_text(b"a: &x {k: 1}\nb: {<<: *x, j: 2}\n", Path("s.yaml")).data
        assert data["b"] == {"k": 1, "j": 2}

    @pytest.mark.parametrize(
        "tag", ["!!binary aGk=", "!!set {a}", "!!timestamp 2024-01-01"]
    )
    def test_non_json_tags_are_refused(self, tag: str) -> None:
        """Binary data, sets and timestamps are not JSON: refused, located."""
        (line,) = problems(f"a: {tag}\n".encode())
        assert (
            line.startswith("spec.yaml:1:4: /: the YAML tag") and "not allowed" in line
        )

    def test_collection_keys_are_refused(self) -> None:
        """A mapping or sequence used as a key is an error, not a crash."""
        (line,) = problems(b"? [a, b]\n: c\n")
        assert "a mapping key must be a string" in line

    def test_huge_integers_are_refused(self) -> None:
        """Digit strings Python will not convert are a located error."""
        (line,) = problems(b"a: " + b"9" * 5000 + b"\n")
        assert line == "spec.yaml:1:4: /: the integer has too many digits"


class TestBounds:
    def test_alias_bomb_is_cheap_to_refuse(self) -> None:
        """A billion laughs is refused in well under a second and a few MB."""
        lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
        for i in range(1, 10):
            lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
        text = "\n".join(lines).encode()  # expands to 10**10 strings
        tracemalloc.start()
        started = time.perf_counter()
        try:
            (line,) = problems(text)
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert "expands to more than" in line
        assert elapsed < 1.0 and peak < 5_000_000, (elapsed, peak)

    @pytest.mark.parametrize("opener", ["[", "{a: ", "- "])
    def test_deep_nesting_is_refused_before_parsing_recurses(
        self, opener: str, tmp_path: Path
    ) -> None:
        """A million levels (which would overflow the C stack) are refused in a subprocess check."""
        if opener == "- ":  # block style: each level indented one more
            text = "".join(" " * i + "- \n" for i in range(MAX_DEPTH + 5))
        else:
            closer = "]" if opener == "[" else "}"
            text = "x: " + opener * 1_000_000 + "1" + closer * 1_000_000
        spec = tmp_path / "deep.yaml"
        spec.write_text(text)
        code = (
            "import resource, sys\n"
            "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
            "from pathlib import Path\n"
            "from generator.load import load_spec\n"
            "from generator.diagnostics import SpecError\n"
            "try:\n"
            f"    load_spec(Path({str(spec)!r}))\n"
            "except SpecError as e:\n"
            "    print(e.diagnostics[0].message)\n"
        )
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert "nests deeper than" in result.stdout
        assert time.perf_counter() - started < 20

    def test_json_nesting_is_refused(self) -> None:
        """The JSON parser refuses deep documents the same way, without recursion."""
        (line,) = problems_named(b"[" * 100_000 + b"]" * 100_000, "s.json")
        assert f"nests deeper than {MAX_DEPTH} levels" in line

    def test_oversized_file_is_refused(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A file over the size limit is refused before it is parsed."""
        monkeypatch.setattr(load, "MAX_SOURCE_BYTES", 100)
        big = tmp_path / "big.yaml"
        big.write_text("a: " + "x" * 200)
        with pytest.raises(SpecError) as caught:
            load.load_spec(big)
        assert "larger than 100 bytes" in caught.value.diagnostics[0].message


def problems_named(text: bytes, name: str) -> list[str]:
    with pytest.raises(SpecError) as caught:
        parse_text(text, Path(name))
    return [d.format() for d in caught.value.diagnostics]
