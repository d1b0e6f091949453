"""JSON pointers: escaping, splitting, strict lookup and ``$ref`` chains."""

from __future__ import annotations

import pytest

from generator.pointers import (
    MISSING,
    PointerError,
    RefError,
    escape,
    extend,
    follow,
    lookup,
    lookup_ref,
    parts,
    pointer,
    ref_target,
    resolve,
    schema_key,
)

DOC = {
    "paths": {"/a/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
    "components": {
        "schemas": {
            "A~B": {"type": "string"},
            "Alias": {"$ref": "#/components/schemas/Target"},
            "Target": {"type": "integer"},
            "Loop1": {"$ref": "#/components/schemas/Loop2"},
            "Loop2": {"$ref": "#/components/schemas/Loop1"},
            "Self": {"$ref": "#/components/schemas/Self"},
            "Broken": {"$ref": "#/components/schemas/Nowhere"},
            "Remote": {"$ref": "other.yaml#/X"},
            "Foo": {"type": "object"},
            "#Foo": {"type": "null"},
        }
    },
    "list": ["zero", "one", {"k": None}],
}


class TestEscape:
    def test_tilde_then_slash(self) -> None:
        assert escape("a~/b") == "a~0~1b"
        assert escape("~1") == "~01"
        assert escape(3) == "3"
        assert escape("") == ""

    def test_pointer_and_extend(self) -> None:
        assert pointer() == ""
        assert pointer("paths", "/a/{id}", "get") == "/paths/~1a~1{id}/get"
        assert extend("/paths", "/x", 0) == "/paths/~1x/0"

    def test_unicode_escapes_are_text(self) -> None:
        # JSON-style \\u escapes in a key are characters of the key, not escapes
        assert parts(pointer("a\\u0041")) == ("a\\u0041",)


class TestParts:
    @pytest.mark.parametrize(
        "tokens",
        [(), ("",), ("a/b", "c~d"), ("~0", "~1", "~01"), ("0", "-", " x ")],
    )
    def test_round_trip(self, tokens: tuple[str, ...]) -> None:
        assert parts(pointer(*tokens)) == tokens

    def test_unescapes_in_order(self) -> None:
        # "~01" is "~" then "1", never "/"
        assert parts("/~01") == ("~1",)

    @pytest.mark.parametrize("text", ["a/b", " /a", "#/a"])
    def test_malformed(self, text: str) -> None:
        with pytest.raises(PointerError):
            parts(text)


class TestLookup:
    def test_keys_and_indices(self) -> None:
        assert lookup(DOC, "") is DOC
        assert lookup(DOC, "/paths/~1a~1{id}/get/responses/200/description") == "ok"
        assert lookup(DOC, "/components/schemas/A~0B") == {"type": "string"}
        assert lookup(DOC, "/list/1") == "one"
        assert lookup(DOC, "/list/2/k") is None  # a null value is found

    @pytest.mark.parametrize(
        "ptr",
        [
            "/nope",
            "/list/3",
            "/list/01",  # no leading zeros
            "/list/-1",
            "/list/-",
            "/list/one",
            "/list/0/0",  # a string has no members
            "/paths/~1a~1{id}/get/responses/200/description/x",
        ],
    )
    def test_missing(self, ptr: str) -> None:
        assert lookup(DOC, ptr) is MISSING

    def test_no_key_selectors(self) -> None:
        # the library's own pointers answer "~Foo" / "#0" with a key or index
        assert lookup({"Foo": 1}, "/~0Foo") is MISSING
        assert lookup({"Foo": 1}, "/#Foo") is MISSING
        assert lookup(DOC, "/components/schemas/#Foo") == {"type": "null"}
        assert lookup(["a", "b"], "/#1") is MISSING

    def test_scalar_document(self) -> None:
        assert lookup('{"a": 1}', "/a") is MISSING  # text is not parsed as JSON
        assert lookup("text", "") == "text"

    def test_malformed(self) -> None:
        with pytest.raises(PointerError):
            lookup(DOC, "paths")


class TestRefs:
    def test_ref_target(self) -> None:
        assert ref_target("#/a/b") == "/a/b"
        assert ref_target("#") == ""
        assert ref_target("#a") is None
        assert ref_target("other.yaml#/a") is None

    def test_lookup_ref(self) -> None:
        assert lookup_ref(DOC, "#/components/schemas/Target") == {"type": "integer"}
        assert lookup_ref(DOC, "#/components/schemas/Nowhere") is MISSING
        assert lookup_ref(DOC, "other.yaml#/X") is MISSING

    def test_schema_key(self) -> None:
        assert schema_key("#/components/schemas/A~0B") == "A~B"
        assert schema_key("#/components/schemas/a~1b") == "a/b"
        assert schema_key("#/components/schemas/A/properties/x") is None
        assert schema_key("#/components/responses/A") is None

    def test_follow_chain(self) -> None:
        alias = DOC["components"]["schemas"]["Alias"]
        assert follow(DOC, alias, "/components/schemas/Alias") == (
            "/components/schemas/Target",
            {"type": "integer"},
        )
        assert follow(DOC, {"type": "string"}, "/x") == ("/x", {"type": "string"})

    @pytest.mark.parametrize(
        ("name", "problem", "where"),
        [
            ("Loop1", "is circular", "/components/schemas/Loop2/$ref"),
            ("Self", "is circular", "/components/schemas/Self/$ref"),
            ("Broken", "points to nothing", "/components/schemas/Broken/$ref"),
            ("Remote", "is not a reference within", "/components/schemas/Remote/$ref"),
        ],
    )
    def test_follow_located_errors(self, name: str, problem: str, where: str) -> None:
        start = f"/components/schemas/{name}"
        with pytest.raises(RefError) as caught:
            follow(DOC, lookup(DOC, start), start)
        assert caught.value.pointer == where
        assert problem in caught.value.message
        assert caught.value.reached[0] == where.removesuffix("/$ref")

    def test_resolve_is_empty_where_the_chain_breaks(self) -> None:
        for name in ("Loop1", "Self", "Broken", "Remote"):
            assert resolve(DOC, {"$ref": f"#/components/schemas/{name}"}) == {}
        assert resolve(DOC, {"$ref": "#/components/schemas/Alias"}) == {
            "type": "integer"
        }
