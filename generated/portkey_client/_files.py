# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Turn the file arguments a user passes into multipart parts, read exactly once."""

from __future__ import annotations

import io
import mimetypes
import os
from typing import Any

__all__ = ["FilePart", "to_file_part"]

FilePart = tuple[str, bytes, str]


def to_file_part(field: str, value: Any) -> FilePart:
    """``(filename, content, content_type)`` for a file argument.

    The content is read here, once: a retry resends the same bytes even when
    the caller passed a stream that the first attempt would have consumed.
    Every part gets a filename, since servers (and proxies) may drop or
    mangle file parts that lack one.
    """
    filename: str | None = None
    content_type: str | None = None
    content = value
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise TypeError(
                f"{field}: a file tuple is (filename, content) or (filename, content, content_type)"
            )
        filename, content = value[0], value[1]
        if len(value) == 3:
            content_type = value[2]
    data = _read(field, content)
    if filename is None:
        filename = _name_of(content) or field
    if content_type is None:
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return (filename, data, content_type)


def _read(field: str, content: Any) -> bytes:
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    if isinstance(content, os.PathLike):
        with open(os.fspath(content), "rb") as handle:
            return handle.read()
    if isinstance(content, io.TextIOBase):
        raise TypeError(f"{field}: open the file in binary mode ('rb')")
    read = getattr(content, "read", None)
    if callable(read):
        data = read()
        if not isinstance(data, bytes):
            raise TypeError(f"{field}: the file object must yield bytes")
        return data
    if isinstance(content, str):
        raise TypeError(
            f"{field}: pass bytes, a binary file object or a pathlib.Path, not a str"
        )
    raise TypeError(f"{field}: cannot send a {type(content).__name__} as a file")


def _name_of(content: Any) -> str | None:
    if isinstance(content, os.PathLike):
        return os.path.basename(os.fspath(content)) or None
    name = getattr(content, "name", None)
    if isinstance(name, str) and name and not name.startswith("<"):
        return os.path.basename(name)
    return None
