"""generator.layout: code laid out as black lays it out, so black's first pass changes nothing.

Each case places the laid-out text where a template puts it and checks two
things: black leaves it as it is, and it is what black makes of the one-line
form (so the generated files do not depend on this module).
"""

from __future__ import annotations

import black
import pytest

from generator import layout
from generator.layout import Call, Keyword, Tuple

MODE = black.Mode(target_versions={black.mode.TargetVersion.PY311})

LONG_UNION = " | ".join(f"ChatCompletionRequestMessageKind{i}" for i in range(6))
LONG_LITERAL = "Literal[" + ", ".join(f'"value-number-{i}"' for i in range(9)) + "]"


def assert_black_layout(laid_out: str, one_line: str) -> None:
    assert black.format_str(laid_out, mode=MODE) == laid_out
    assert black.format_str(one_line, mode=MODE) == laid_out


def signature(params: list[str], returns: str, stub: bool) -> str:
    body = " ..." if stub else '\n        """Doc."""'
    lines = "".join(f"        {p},\n" for p in params)
    return f"class C:\n    def f(\n        self,\n{lines}    ) -> {returns}:{body}\n"


@pytest.mark.parametrize(
    ("hint", "default"),
    [
        ("str | None", None),
        ("Literal['a'] | Omit".replace("'", '"'), "omit"),
        (f"{LONG_UNION} | Omit", "omit"),
        (f"list[{LONG_UNION}] | Omit | None", "omit"),
        (f"list[{LONG_UNION}]", None),
        (f"str | list[{LONG_UNION}]", None),
        (f"list[{LONG_LITERAL}] | Omit | None", "omit"),
        (f"dict[str, {LONG_UNION}] | Omit", "omit"),
        ("ExtraordinarilyLongModelNameForTheRequestBodyOfThisOperation | Omit", "omit"),
    ],
)
def test_parameter(hint: str, default: str | None) -> None:
    name = "messages_of_the_conversation"
    shown = layout.parameter(name, hint, default, 8)
    tail = "" if default is None else f" = {default}"
    assert_black_layout(
        signature([f"{name}: {shown}{tail}"], "None", stub=True),
        signature([f"{name}: {hint}{tail}"], "None", stub=True),
    )


@pytest.mark.parametrize("stub", [True, False])
@pytest.mark.parametrize(
    "hint",
    [
        "ChatCompletion",
        f"ChatCompletion | Stream[{LONG_UNION}]",
        f"Stream[{LONG_UNION}]",
        f"AsyncStream[dict[str, {LONG_UNION}]]",
    ],
)
def test_return_hint(hint: str, stub: bool) -> None:
    shown = layout.return_hint(hint, ": ..." if stub else ":", 4)
    assert_black_layout(
        signature(["x: int"], shown, stub), signature(["x: int"], hint, stub)
    )


@pytest.mark.parametrize("before", ["", "cast_to=", "stream_to="])
@pytest.mark.parametrize(
    "hint", ["Model", f"ChatCompletion | Stream[{LONG_UNION}]", f"list[{LONG_UNION}]"]
)
def test_argument(before: str, hint: str) -> None:
    shown = layout.argument(before, hint, 8)
    template = "def f():\n    x = cast(\n        {},\n        y,\n    )\n"
    assert_black_layout(template.format(before + shown), template.format(before + hint))


ENDPOINTS = [
    Call("Endpoint", (Keyword("method", '"GET"'), Keyword("path", '"/a"'))),
    Call(
        "Endpoint",
        (
            Keyword("method", '"POST"'),
            Keyword("path", '"/collections/{collectionId}/items"'),
            Keyword("security", Tuple((Tuple(('"api_key"',)),))),
        ),
    ),
    Call(
        "Endpoint",
        (
            Keyword("method", '"POST"'),
            Keyword("path", '"/audio/speech"'),
            Keyword(
                "security",
                Tuple(
                    (
                        Tuple(('"api_key"', '"virtual_key"')),
                        Tuple(('"api_key"', '"provider_auth"', '"provider"')),
                        Tuple(('"api_key"', '"config"')),
                        Tuple(
                            (
                                '"api_key"',
                                '"provider_auth"',
                                '"provider"',
                                '"custom_host"',
                            )
                        ),
                    )
                ),
            ),
            Keyword(
                "params",
                Tuple(
                    tuple(
                        Call("Param", (f'"name_{i}"', '"query"', '"form"', "True"))
                        for i in range(3)
                    )
                ),
            ),
            Keyword("files", Call("frozenset", (Tuple(('"image"', '"mask"')),))),
        ),
    ),
]


@pytest.mark.parametrize("node", ENDPOINTS, ids=["short", "hug", "nested"])
def test_calls_and_tuples(node: layout.Node) -> None:
    before = "_CREATE_A_RATHER_LONG_CONSTANT = "
    shown = layout.laid_out(before, node)
    assert_black_layout(f"{before}{shown}\n", f"{before}{layout.flat(node)}\n")


@pytest.mark.parametrize(
    "name", ["edit", "submit_tool_outputs_to_run_with_a_long_name"]
)
def test_assignment_call(name: str) -> None:
    shown = layout.assignment_call(
        f"self.{name}", "to_raw_response_async", f"resource.{name}", 8
    )
    wrap = "class C:\n    def __init__(self) -> None:\n        {}\n"
    one_line = f"self.{name} = to_raw_response_async(resource.{name})"
    assert_black_layout(wrap.format(shown), wrap.format(one_line))


@pytest.mark.parametrize("count", [0, 2, 12])
def test_collection(count: int) -> None:
    items = [f'"field_{i}": field_{i}' for i in range(count)]
    shown = layout.laid_out("body=", Tuple(tuple(items), brackets="{}"), ",", 4)
    one_line = "{" + ", ".join(items) + "}"
    assert_black_layout(
        f"request(\n    body={shown},\n)\n", f"request(\n    body={one_line},\n)\n"
    )


def test_a_shape_not_covered_stays_on_one_line() -> None:
    """A hint this module cannot take apart is left to black."""
    hint = f"({LONG_UNION}) | Omit"
    assert layout.parameter("x", hint, "omit", 8) == hint
