"""The only place where spec text becomes Python source: literals, docstrings, comments.

Every function returns ``Code``; the template environment refuses to print anything
else, so a spec string cannot reach generated code without passing through here.
"""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["Code", "comment", "docstring", "py_literal"]


class Code(str):
    """Text that is safe to paste into generated Python source as it is."""

    __slots__ = ()


def py_literal(value: Any) -> Code:
    """A Python expression that evaluates to ``value`` (JSON-like data only)."""
    return Code(_literal(value))


def _literal(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f'float("{value!r}")'
        return repr(float(value))
    if isinstance(value, str):
        return _string(str(value))
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        inner = ", ".join(f"{_string(str(k))}: {_literal(v)}" for k, v in value.items())
        return "{" + inner + "}"
    raise TypeError(f"cannot write a {type(value).__name__} as a literal")


def _string(text: str) -> str:
    # repr() escapes backslashes, quotes, control and non-printable characters
    # (U+2028 and U+2029 included), so the result is one closed string token.
    body = repr(text)
    if body.startswith("'"):
        # repr chose single quotes; black prefers double ones, so re-quote here
        # rather than let two layers disagree about escaping.
        inner = body[1:-1].replace("\\'", "'").replace('"', '\\"')
        return f'"{inner}"'
    return body


# Characters that end a line for str.splitlines() or that a reader cannot see.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _escape_control(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _docstring_text(text: str) -> str:
    """Escape ``text`` for a non-raw triple-double-quoted string; lines kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\\", "\\\\")
    text = _CONTROL.sub(_escape_control, text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    # A quote next to another quote, or last, is escaped: no run of three
    # survives, and the closing delimiter cannot be extended.
    return re.sub(r'"(?=")|"$', r'\\"', "\n".join(lines))


def docstring(text: str, indent: int = 0) -> Code:
    """A complete docstring literal whose continuation lines are indented by ``indent``."""
    pad = " " * indent
    first, *rest = _docstring_text(text).split("\n")
    if not rest:
        return Code(f'"""{first}"""')
    more = "\n".join(pad + line if line else "" for line in rest)
    return Code(f'"""{first}\n{more}\n{pad}"""')


# In the first two lines of a file, "coding:" in a comment sets the source
# encoding (PEP 263); a space before the colon keeps the words and drops the effect.
_CODING = re.compile(r"(coding)([:=])")


def comment(text: str) -> Code:
    """One comment line's worth of text: no line breaks, no control characters,
    no encoding declaration."""
    return Code(_CODING.sub(r"\1 \2", " ".join(_CONTROL.sub(" ", text).split())))
