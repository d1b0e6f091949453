"""Encode arguments onto the wire: path, query, headers and every kind of body."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlencode

import pydantic

from ._errors import InvalidArgumentError
from ._files import to_file_part
from ._types import Omit
from ._upload import FileSource, Upload

__all__ = [
    "Param",
    "check_header_text",
    "encode_body",
    "format_path",
    "header_value",
    "jsonable",
    "path_segment",
    "query_pairs",
]


@dataclass(frozen=True)
class Param:
    """Where and how one parameter travels (OpenAPI ``in``, ``style``, ``explode``)."""

    name: str
    location: str
    style: str = "form"
    explode: bool = True
    arg: str = ""  # the method's argument, when it is not spelled as ``name``

    @property
    def argument(self) -> str:
        """The name the caller knows this parameter by."""
        return self.arg or self.name


def jsonable(value: Any) -> Any:
    """``value`` as JSON data: models dumped by alias, omitted entries dropped."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {
            str(k): jsonable(v) for k, v in value.items() if not isinstance(v, Omit)
        }
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    return value


def _text(value: Any, ascii_only: bool = False) -> str:
    """A scalar as it appears in a URL, header or form field.

    JSON in a header is ASCII-escaped (``\\u00e9``): HTTP carries only ASCII there.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list, pydantic.BaseModel)):
        return json.dumps(
            jsonable(value), separators=(",", ":"), ensure_ascii=ascii_only
        )
    return str(value)


# Path segments a server (or a proxy) resolves against the path: ``/a/..`` is ``/``.
_DOT_SEGMENTS = frozenset({".", ".."})


def path_segment(param: Param, value: Any) -> str:
    """``value`` percent-encoded for the path, ``/`` included.

    Refused when empty or a dot segment, in any spelling a server may decode
    (``..``, ``%2e%2e``, ``%252e.``): such a value would address another
    resource than the one named, such as the parent of the one to delete.
    """
    if isinstance(value, (list, tuple)):
        text = ",".join(_text(v) for v in value)
    else:
        text = _text(value)
    if not text:
        raise InvalidArgumentError(f"{param.argument} must not be empty")
    decoded, previous = text, None
    while decoded != previous:  # every depth of percent-decoding a server might do
        if decoded.strip() in _DOT_SEGMENTS:
            raise InvalidArgumentError(
                f"{param.argument} must not be {decoded.strip()!r} (a dot segment "
                "would change which resource the path names)"
            )
        previous, decoded = decoded, unquote(decoded)
    return quote(text, safe="")


def format_path(template: str, segments: Mapping[str, str]) -> str:
    """Fill ``{name}`` placeholders with already encoded ``segments``."""
    path = template
    for name, segment in segments.items():
        path = path.replace("{" + name + "}", segment)
    return path


def check_header_text(argument: str, text: str, *, cookie: bool = False) -> str:
    """``text`` if HTTP can carry it in a header; else ``InvalidArgumentError``.

    The message names ``argument`` and the offending position, never the
    value, which may be a secret.
    """
    for position, char in enumerate(text):
        if char == "\t" or " " <= char <= "~":
            if cookie and char == ";":  # commas join a cookie's list items
                problem = "a ';', which would end the cookie"
            else:
                continue
        elif char in "\r\n":
            problem = "a line break"
        elif char < " " or char == "\x7f":
            problem = "a control character"
        else:
            problem = "a non-ASCII character"
        raise InvalidArgumentError(
            f"{argument} cannot be sent in an HTTP header: it contains {problem} "
            f"at position {position}"
        )
    return text


def query_pairs(param: Param, value: Any) -> list[tuple[str, str]]:
    """The query items for one parameter, by its style and explode."""
    if isinstance(value, (list, tuple)):
        items = [_text(v) for v in value]
        if param.explode and param.style == "form":
            return [(param.name, v) for v in items]
        sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
        return [(param.name, sep.join(items))]
    if isinstance(value, pydantic.BaseModel):
        value = jsonable(value)
    if isinstance(value, Mapping):
        entries = [
            (str(k), _text(v)) for k, v in value.items() if not isinstance(v, Omit)
        ]
        if param.style == "deepObject":
            return [(f"{param.name}[{k}]", v) for k, v in entries]
        if param.explode:
            return entries
        return [(param.name, ",".join(part for kv in entries for part in kv))]
    return [(param.name, _text(value))]


def header_value(param: Param, value: Any) -> str:
    """A header (or cookie) parameter in the ``simple`` style, checked for HTTP."""
    if isinstance(value, (list, tuple)):
        text = ",".join(_text(v, ascii_only=True) for v in value)
    else:
        text = _text(value, ascii_only=True)
    return check_header_text(param.argument, text, cookie=param.location == "cookie")


def encode_body(
    kind: str,
    content_type: str,
    body: Any,
    files: frozenset[str],
    extra: Mapping[str, object] | None,
) -> tuple[bytes | Upload, str]:
    """The body and Content-Type for ``body``, encoded once per call.

    Retries send these same bytes: files stream from their start again
    (``Upload``), and a stream that cannot seek is read into memory once.
    """
    if kind == "json":
        data = jsonable(body)
        if extra:
            if not isinstance(data, dict):
                raise TypeError("extra_body needs a JSON object body")
            data = {**data, **jsonable(extra)}
        raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        return raw.encode("utf-8"), content_type
    if kind == "multipart":
        fields = {**_fields(body), **dict(extra or {})}
        return _multipart(fields, files)
    if kind == "form":
        fields = {**_fields(body), **dict(extra or {})}
        pairs = [
            (name, _text(item))
            for name, value in fields.items()
            for item in (value if isinstance(value, (list, tuple)) else [value])
        ]
        return urlencode(pairs).encode("ascii"), content_type
    if kind == "text":
        return str(body).encode("utf-8"), content_type
    # binary: raw bytes of a file argument
    _, data, _ = to_file_part("body", body)
    return (data if isinstance(data, bytes) else Upload([data])), content_type


def _fields(body: Any) -> dict[str, Any]:
    if body is None:
        return {}
    if isinstance(body, pydantic.BaseModel):
        return dict(body.model_dump(by_alias=True, exclude_unset=True))
    return {k: v for k, v in body.items() if not isinstance(v, Omit) and v is not None}


def _multipart(
    fields: Mapping[str, Any], files: frozenset[str]
) -> tuple[bytes | Upload, str]:
    """RFC 7578 multipart/form-data; names and filenames escaped as browsers do.

    With a file part, an ``Upload`` that streams the files without copying them.
    """
    boundary = secrets.token_hex(16)
    chunks: list[bytes | FileSource] = []
    for name, value in fields.items():
        # a file may itself be a tuple (filename, content), so file arrays are lists
        many = list if name in files else (list, tuple)
        items: Iterable[Any] = value if isinstance(value, many) else [value]
        for item in items:
            chunks.append(f"--{boundary}\r\n".encode())
            if name in files:
                filename, data, file_type = to_file_part(name, item)
                chunks.append(
                    f'Content-Disposition: form-data; name="{_escape(name)}"; '
                    f'filename="{_escape(filename)}"\r\n'
                    f"Content-Type: {_escape(file_type)}\r\n\r\n".encode()
                )
                chunks.append(data)
            else:
                disposition = (
                    f'Content-Disposition: form-data; name="{_escape(name)}"\r\n'
                )
                if isinstance(item, (dict, pydantic.BaseModel)):
                    disposition += "Content-Type: application/json\r\n"
                chunks.append(f"{disposition}\r\n".encode())
                chunks.append(_text(item).encode("utf-8"))
            chunks.append(b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    header = f"multipart/form-data; boundary={boundary}"
    if not any(name in files for name in fields):
        return b"".join(c for c in chunks if isinstance(c, bytes)), header
    parts: list[bytes | FileSource] = []
    small: list[bytes] = []  # joined, but a file's own bytes are never copied
    for chunk in chunks:
        if isinstance(chunk, bytes) and len(chunk) < 64 * 1024:
            small.append(chunk)
            continue
        if small:
            parts.append(b"".join(small))
            small = []
        parts.append(chunk)
    if small:
        parts.append(b"".join(small))
    return Upload(parts), header


def _escape(text: str) -> str:
    return text.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")
