# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""Types shared by the client, resources and models."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Final, Literal, TypeAlias

import httpx

__all__ = [
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "Omit",
    "Query",
    "Timeout",
    "omit",
]


class Omit:
    """The type of ``omit``: an argument left out is not sent at all.

    ``None`` is a value (JSON ``null``); ``omit`` is the absence of one.
    """

    _instance: Omit | None = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


omit: Final = Omit()

FileContent: TypeAlias = IO[bytes] | bytes | os.PathLike[str]
FileTypes: TypeAlias = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
Headers: TypeAlias = Mapping[str, str | Omit]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
Timeout: TypeAlias = float | httpx.Timeout | None
