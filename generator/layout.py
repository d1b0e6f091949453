"""Black's layout for the generated code whose length varies.

Black formats every generated file, and its result does not depend on what
is done here. But black formats a file twice unless the first pass leaves it
as it is; code laid out here as black lays it out costs one pass instead of
two. So a line that fits stays whole, and a longer one is split where black
splits it. Only the shapes the templates produce are covered (calls, tuples,
type hints); anything else stays on one line, for black to split.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from generator.literals import Code

__all__ = [
    "Call",
    "Keyword",
    "Node",
    "Tuple",
    "argument",
    "assignment_call",
    "laid_out",
    "parameter",
    "return_hint",
]

# black's default, which the generated files are formatted with
LINE_LENGTH = 88
INDENT = 4


@dataclass(frozen=True)
class Call:
    """``function(arguments)``."""

    function: str
    arguments: tuple[Node, ...]


@dataclass(frozen=True)
class Tuple:
    """A tuple; with ``brackets="{}"``, a dict display (items ``"key": value``)."""

    items: tuple[Node, ...]
    brackets: str = "()"


@dataclass(frozen=True)
class Keyword:
    """``name=value``, an argument of a call."""

    name: str
    value: Node


@dataclass(frozen=True)
class Subscript:
    """``value[items]`` in a type hint."""

    value: str
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Union:
    """``a | b | ...`` in a type hint."""

    members: tuple[Node, ...]


@dataclass(frozen=True)
class Parens:
    """Parentheses that black adds around a type hint when it splits it."""

    inner: Node


Node = str | Call | Tuple | Keyword | Subscript | Union | Parens  # str: never split


def flat(node: Node) -> str:
    """``node`` on one line."""
    if isinstance(node, str):
        return node
    if isinstance(node, Keyword):
        return f"{node.name}={flat(node.value)}"
    if isinstance(node, Call):
        return f"{node.function}({', '.join(flat(a) for a in node.arguments)})"
    if isinstance(node, Subscript):
        return f"{node.value}[{', '.join(flat(i) for i in node.items)}]"
    if isinstance(node, Union):
        return " | ".join(flat(m) for m in node.members)
    if isinstance(node, Parens):
        return flat(node.inner)
    inner = ", ".join(flat(i) for i in node.items)
    if len(node.items) == 1 and node.brackets == "()":
        inner += ","  # a one-item tuple
    return f"{node.brackets[0]}{inner}{node.brackets[1]}"


def _fits(indent: int, text: str) -> bool:
    return indent + len(text) <= LINE_LENGTH


def laid_out(before: str, node: Node, after: str = "", indent: int = 0) -> Code:
    """``node`` as black lays it out between ``before`` and ``after`` on a
    line at ``indent``; the text starts after ``before`` and ends before ``after``."""
    text = "\n".join(_lines(before, node, after, indent))
    return Code(text[indent + len(before) : len(text) - len(after)])


def _lines(before: str, node: Node, after: str, indent: int) -> list[str]:
    """The lines (indented) of ``before + node + after``."""
    pad, inner = " " * indent, indent + INDENT
    whole = f"{before}{flat(node)}{after}"
    if _fits(indent, whole):
        return [pad + whole]
    if isinstance(node, Keyword):
        return _lines(f"{before}{node.name}=", node.value, after, indent)
    if isinstance(node, Union):
        return _union(before, node, after, indent)
    if isinstance(node, str) or not _fits(indent, before):
        return [pad + whole]  # black's other splits: left to black
    if isinstance(node, Parens):
        return [
            pad + before + "(",
            *_union("", node.inner, "", inner),
            pad + ")" + after,
        ]
    if isinstance(node, Tuple):  # one item per line, with a trailing comma
        head, items = f"{before}{node.brackets[0]}", node.items
        closing = node.brackets[1]
    else:
        if isinstance(node, Call):
            head, items, closing = f"{before}{node.function}(", node.arguments, ")"
        else:
            head, items, closing = f"{before}{node.value}[", node.items, "]"
        if len(items) == 1:  # alone between the brackets, without a comma
            return [pad + head, *_union("", items[0], "", inner), pad + closing + after]
        body = ", ".join(flat(a) for a in items)
        if _fits(inner, body):  # together on one line
            return [pad + head, " " * inner + body, pad + closing + after]
    lines = [line for item in items for line in _lines("", item, ",", inner)]
    return [pad + head, *lines, pad + closing + after]


def _union(before: str, node: Node, after: str, indent: int) -> list[str]:
    """A union split before each ``|``; anything else as it comes."""
    if not isinstance(node, Union) or _fits(indent, f"{before}{flat(node)}{after}"):
        return _lines(before, node, after, indent)
    last = len(node.members) - 1
    return [
        line
        for i, member in enumerate(node.members)
        for line in _lines(
            before if i == 0 else "| ", member, after if i == last else "", indent
        )
    ]


# -- what the templates place -------------------------------------------------


def assignment_call(target: str, function: str, argument: str, indent: int) -> Code:
    """``target = function(argument)`` at ``indent``; too long, the argument
    goes on a line of its own when black would put it there."""
    return laid_out("", Call(f"{target} = {function}", (argument,)), "", indent)


def parameter(name: str, hint: str, default: str | None, indent: int) -> Code:
    """The type hint of a parameter on a line of its own (``name: hint = default,``)."""
    after = "," if default is None else f" = {default},"
    return _type(f"{name}: ", hint, after, indent, parens=True)


def return_hint(hint: str, after: str, indent: int) -> Code:
    """The return type on a def's last line (``) -> hint`` and ``after``)."""
    return _type(") -> ", hint, after, indent, parens=True)


def argument(before: str, hint: str, indent: int) -> Code:
    """A type as an argument on a line of its own (``before`` + hint + ``,``)."""
    return _type(before, hint, ",", indent, parens=False)


def _type(before: str, hint: str, after: str, indent: int, *, parens: bool) -> Code:
    """``hint`` between ``before`` and ``after``; black puts a union that does
    not fit in parentheses where it is an annotation (``parens``)."""
    if _fits(indent, f"{before}{hint}{after}"):
        return Code(hint)
    node = _hint(hint)
    if parens and isinstance(node, Union):
        node = Parens(node)
    return laid_out(before, node, after, indent)


def _hint(text: str) -> Node:
    """A type hint's tree; the text itself where its shape is not covered."""
    try:
        node = _hint_node(ast.parse(text, mode="eval").body, text)
    except SyntaxError:
        return text
    return node if flat(node) == text else text  # a shape not covered


def _hint_node(node: ast.expr, text: str) -> Node:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left = _hint_node(node.left, text)  # a | b | c is (a | b) | c
        members = left.members if isinstance(left, Union) else (left,)
        return Union((*members, _hint_node(node.right, text)))
    if isinstance(node, ast.Subscript):
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        value = ast.get_source_segment(text, node.value) or ""
        return Subscript(value, tuple(_hint_node(i, text) for i in items))
    return ast.get_source_segment(text, node) or ""
