"""Encode arguments onto the wire: path, query, headers and every kind of body."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import pydantic

from ._files import to_file_part
from ._types import Omit

__all__ = [
    "Param",
    "encode_body",
    "format_path",
    "header_value",
    "jsonable",
    "query_pairs",
]


@dataclass(frozen=True)
class Param:
    """Where and how one parameter travels (OpenAPI ``in``, ``style``, ``explode``)."""

    name: str
    location: str
    style: str = "form"
    explode: bool = True


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


def _text(value: Any) -> str:
    """A scalar as it appears in a URL, header or form field."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list, pydantic.BaseModel)):
        return json.dumps(jsonable(value), separators=(",", ":"), ensure_ascii=False)
    return str(value)


def format_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders; every value is percent-encoded, ``/`` included."""
    path = template
    for name, value in values.items():
        if isinstance(value, (list, tuple)):
            text = ",".join(_text(v) for v in value)
        else:
            text = _text(value)
        path = path.replace("{" + name + "}", quote(text, safe=""))
    return path


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


def header_value(value: Any) -> str:
    """A header parameter in the ``simple`` style."""
    if isinstance(value, (list, tuple)):
        return ",".join(_text(v) for v in value)
    return _text(value)


def encode_body(
    kind: str,
    content_type: str,
    body: Any,
    files: frozenset[str],
    extra: Mapping[str, object] | None,
) -> tuple[bytes, str]:
    """The body bytes and Content-Type for ``body``, encoded once per call.

    Retries send these same bytes, so a stream argument is never read twice.
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
    return data, content_type


def _fields(body: Any) -> dict[str, Any]:
    if body is None:
        return {}
    if isinstance(body, pydantic.BaseModel):
        return dict(body.model_dump(by_alias=True, exclude_unset=True))
    return {k: v for k, v in body.items() if not isinstance(v, Omit) and v is not None}


def _multipart(fields: Mapping[str, Any], files: frozenset[str]) -> tuple[bytes, str]:
    """RFC 7578 multipart/form-data; names and filenames escaped as browsers do."""
    boundary = secrets.token_hex(16)
    chunks: list[bytes] = []
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
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def _escape(text: str) -> str:
    return text.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")
