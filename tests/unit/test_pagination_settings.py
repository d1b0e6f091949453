"""[tool.generator.pagination] and [tool.generator.retries]: what is accepted, what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ConfigError, load_config
from generator.pagination import PageScheme, parse_schemes


def _pyproject(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.generator]\n" + text, "utf-8")
    return path


def test_schemes_in_declaration_order(tmp_path: Path) -> None:
    config = load_config(
        _pyproject(
            tmp_path,
            """
[tool.generator.pagination.pages]
page-param = "current_page"
items = "data"
total = "total"
first-page = 1

[tool.generator.pagination.cursor]
cursor-param = "after"
items = "data"
item-cursor = "id"
""",
        )
    )
    assert config.pagination == (
        PageScheme(
            "pages", "page", "current_page", "data", total="total", first_page=1
        ),
        PageScheme("cursor", "cursor", "after", "data", item_cursor="id"),
    )
    assert config.fingerprint()["pagination"][0]["param"] == "current_page"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"x": {"items": "data"}}, "exactly one of page-param, cursor-param"),
        (
            {"x": {"page-param": "p", "cursor-param": "c", "items": "data"}},
            "exactly one of page-param, cursor-param",
        ),
        ({"x": {"page-param": "p"}}, "needs items"),
        (
            {"x": {"cursor-param": "after", "items": "data"}},
            "next-cursor or item-cursor",
        ),
        (
            {"x": {"page-param": "p", "items": "data", "size": "n"}},
            "unknown key(s): size",
        ),
        ({"x": {"page-param": 1, "items": "data"}}, "page-param must be a str"),
        ({"x": {"page-param": "p", "items": "d", "first-page": "1"}}, "must be an int"),
        ({"x": "page"}, "[tool.generator.pagination.x] must be a table"),
    ],
)
def test_bad_schemes_are_refused(table: object, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_schemes(table)
    assert message in str(info.value)


def test_bad_settings_name_the_file(tmp_path: Path) -> None:
    path = _pyproject(tmp_path, '[tool.generator.pagination.x]\nitems = "data"\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml: .*pagination\.x"):
        load_config(path)


def test_retries_table(tmp_path: Path) -> None:
    config = load_config(
        _pyproject(
            tmp_path,
            '[tool.generator.retries]\ncount-header = "x-retry-count"\n'
            'idempotency-header = "Idempotency-Key"\n',
        )
    )
    assert (config.retry_count_header, config.idempotency_header) == (
        "x-retry-count",
        "Idempotency-Key",
    )
    default = load_config(_pyproject(tmp_path, ""))
    assert (default.retry_count_header, default.idempotency_header) == (
        "x-stainless-retry-count",
        None,
    )


@pytest.mark.parametrize(
    "line",
    ['count-header = "bad header"', 'idempotency-header = ""', 'count = "x"'],
)
def test_bad_retry_headers_are_refused(tmp_path: Path, line: str) -> None:
    with pytest.raises(ConfigError, match="retries"):
        load_config(_pyproject(tmp_path, f"[tool.generator.retries]\n{line}\n"))
