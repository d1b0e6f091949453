# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Turn the file arguments a user passes into multipart parts, streamed where possible."""

from __future__ import annotations

import io
import mimetypes
import os
from typing import Any

from ._upload import FileSource

__all__ = ["FilePart", "to_file_part"]

FilePart = tuple[str, bytes | FileSource, str]


def to_file_part(field: str, value: Any) -> FilePart:
    """``(filename, content, content_type)`` for a file argument.

    A path or a seekable binary file is read while the request is sent, and
    again from the same place by a retry, so the bytes are identical and
    never held in memory whole. A stream that cannot seek is read here, once,
    into memory: a retry resends those bytes. Every part gets a filename, since servers (and proxies) may drop or
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


def _read(field: str, content: Any) -> bytes | FileSource:
    if isinstance(content, bytes):
        return content
    if isinstance(content, (bytearray, memoryview)):
        return bytes(content)
    if isinstance(content, os.PathLike):
        return FileSource(path=os.fspath(content))
    if isinstance(content, io.TextIOBase):
        raise TypeError(f"{field}: open the file in binary mode ('rb')")
    if _seekable(content):
        return FileSource(handle=content)
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


def _seekable(content: Any) -> bool:
    try:
        return bool(content.seekable()) and isinstance(content.tell(), int)
    except (AttributeError, OSError, ValueError):
        return False


def _name_of(content: Any) -> str | None:
    if isinstance(content, os.PathLike):
        return os.path.basename(os.fspath(content)) or None
    name = getattr(content, "name", None)
    if isinstance(name, str) and name and not name.startswith("<"):
        return os.path.basename(name)
    return None
