"""generator.naming: one rule makes every identifier."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given, strategies as st

from generator.naming import (
    PARAM_RESERVED,
    RESOURCE_RESERVED,
    class_name,
    constant_name,
    dedupe,
    model_class_name,
    resource_class_name,
    snake_name,
    unique_name,
    words,
)


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


class TestUniqueName:
    def test_numbers_from_two(self) -> None:
        taken = {"Foo", "Foo2"}
        assert unique_name("Foo", taken) == "Foo3"
        assert unique_name("Bar", taken) == "Bar"
        assert taken == {"Foo", "Foo2", "Foo3", "Bar"}

    def test_separator(self) -> None:
        taken = {"item"}
        assert unique_name("item", taken, sep="_") == "item_2"

    def test_ignore_case(self) -> None:
        taken = {"foo"}
        assert unique_name("FOO", taken) == "FOO"  # case-sensitive by default
        taken = {"foo"}
        assert unique_name("FOO", taken, ignore_case=True) == "FOO2"
        assert taken == {"foo", "foo2"}


class TestLongNames:
    def test_constant_keeps_the_dedupe_suffix(self) -> None:
        """Two methods whose names differ only in a _2 past the length limit keep distinct constants."""
        long = "x" * 70
        names = dedupe([("a" + long, snake_name(long)), ("b" + long, snake_name(long))])
        first, second = sorted(names.values())
        assert constant_name(first) != constant_name(second)
        assert constant_name(second).endswith("_2")

    def test_constant_from_text_is_still_made_by_the_rule(self) -> None:
        """Plain text becomes UPPER_SNAKE as before."""
        assert constant_name("createImageEdit") == "CREATE_IMAGE_EDIT"


class TestResourceNames:
    def test_resource_class_avoids_models_and_their_variants(self) -> None:
        """A resource named like a model, or whose Async/WithRawResponse twin is one, moves aside."""
        models = ["Pets", "AsyncUsers", "OrdersWithRawResponse"]
        assert resource_class_name("pets", models) == "Pets_"
        assert resource_class_name("users", models) == "Users_"
        assert resource_class_name("orders", models) == "Orders_"
        assert resource_class_name("images", models) == "Images"

    def test_resource_class_avoids_runtime_names(self) -> None:
        """Names a resource module imports (Headers, Body, Query...) are not used for classes."""
        assert resource_class_name("headers", []) == "Headers_"

    @pytest.mark.parametrize(
        "name", ["cast", "check", "omit", "with_raw_response", "cached_property"]
    )
    def test_names_a_method_body_uses_are_reserved(self, name: str) -> None:
        """A parameter or method may not shadow what generated code calls."""
        assert snake_name(name, reserved=PARAM_RESERVED) == name + "_"

    @pytest.mark.parametrize(
        "name", ["request", "close", "with_options", "base_url", "max_retries"]
    )
    def test_client_attributes_are_reserved_for_resources(self, name: str) -> None:
        """A tag named like a client method does not hide the method."""
        assert snake_name(name, reserved=RESOURCE_RESERVED) == name + "_"


class TestModelClassName:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ImagesResponse", "ImagesResponse"),
            ("True", "TrueModel"),
            ("Literal", "LiteralModel"),
            ("Exception", "ExceptionModel"),
            ("foo_bar", "FooBar"),
            ("1st", "M1st"),
            ("", "Model"),
        ],
    )
    def test_rule(self, text: str, expected: str) -> None:
        """No underscores (the model generator would rewrite them): reserved names get Model."""
        assert model_class_name(text) == expected

    @given(st.text())
    def test_always_an_identifier_without_underscores(self, text: str) -> None:
        """Whatever the schema is called, the class name is a plain PascalCase identifier."""
        name = model_class_name(text)
        assert name.isidentifier() and not keyword.iskeyword(name) and "_" not in name
