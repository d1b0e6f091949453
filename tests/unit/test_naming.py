"""generator.naming: one rule makes every identifier."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given, strategies as st

from generator.naming import PARAM_RESERVED, class_name, dedupe, snake_name, words


class TestWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("createImageEdit", ["create", "image", "edit"]),
            ("HTTPResponse", ["http", "response"]),
            ("x-portkey-api-key", ["x", "portkey", "api", "key"]),
            ("Analytics > Graphs", ["analytics", "graphs"]),
            ("response_format", ["response", "format"]),
            ("café", ["cafe"]),
            ("b64_json", ["b64", "json"]),
            ("HTTP2Server", ["http2", "server"]),
        ],
    )
    def test_splits(self, text: str, expected: list[str]) -> None:
        """Words split at case changes, separators and acronyms."""
        assert words(text) == expected


class TestSnakeName:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("createImageEdit", "create_image_edit"),
            ("class", "class_"),
            ("2fa", "n_2fa"),
            ("$$$", "value"),
            ("", "value"),
            ("timeout", "timeout_"),
            ("extra_headers", "extra_headers_"),
            ("type", "type"),
        ],
    )
    def test_rule(self, text: str, expected: str) -> None:
        """Keywords and reserved names get a trailing underscore; digits a prefix."""
        assert snake_name(text, reserved=PARAM_RESERVED) == expected

    @given(st.text())
    def test_always_an_identifier(self, text: str) -> None:
        """Whatever the spec says, the result is a usable identifier."""
        name = snake_name(text)
        assert name.isidentifier() and not keyword.iskeyword(name) and len(name) <= 65


class TestClassName:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ImagesResponse", "ImagesResponse"),
            ("images-response", "ImagesResponse"),
            ("Literal", "Literal_"),
            ("list", "List"),
            ("1Thing", "M1Thing"),
        ],
    )
    def test_rule(self, text: str, expected: str) -> None:
        """PascalCase; names the models module imports are avoided."""
        assert class_name(text) == expected

    @given(st.text())
    def test_always_an_identifier(self, text: str) -> None:
        name = class_name(text)
        assert name.isidentifier() and not keyword.iskeyword(name)


class TestDedupe:
    def test_collisions_numbered_in_sorted_order(self) -> None:
        """Names equal after conversion get _2, _3 by their original text, in any input order."""
        pairs = [
            ("a-b", snake_name("a-b")),
            ("a_b", snake_name("a_b")),
            ("A B", snake_name("A B")),
        ]
        expected = {"A B": "a_b", "a-b": "a_b_2", "a_b": "a_b_3"}
        assert dedupe(pairs) == expected
        assert dedupe(reversed(pairs)) == expected

    def test_case_insensitive(self) -> None:
        """Names that differ only by case collide (file systems may fold case)."""
        result = dedupe(
            [("Foo", class_name("Foo")), ("FOO", class_name("FOO"))], sep=""
        )
        assert len({v.lower() for v in result.values()}) == 2
