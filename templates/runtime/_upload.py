"""Request bodies streamed from files, sent identically by every attempt."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import IO

import httpx

__all__ = ["FileSource", "Upload"]

# Read this much of a file at a time: memory stays flat whatever the file's size.
CHUNK_SIZE = 64 * 1024


class FileSource:
    """A file's bytes from ``start`` on, ``size`` of them, re-readable at will.

    A path is reopened for each reading; an open seekable file is read from
    ``start`` again, by position (``os.pread``) when it has a descriptor, so
    that the caller's file position does not matter.
    """

    def __init__(
        self, *, path: str | None = None, handle: IO[bytes] | None = None
    ) -> None:
        self._path = path
        self._handle = handle
        if path is not None:
            self.start = 0
            self.size = os.stat(path).st_size
        else:
            assert handle is not None
            self.start = handle.tell()
            self.size = handle.seek(0, os.SEEK_END) - self.start
            handle.seek(self.start)

    def chunks(self) -> Iterator[bytes]:
        """The bytes, in pieces of at most ``CHUNK_SIZE``."""
        if self._path is not None:
            with open(self._path, "rb") as handle:
                yield from _read(handle, self.start, self.size)
        else:
            assert self._handle is not None
            yield from _read(self._handle, self.start, self.size)


def _read(handle: IO[bytes], start: int, size: int) -> Iterator[bytes]:
    fd = _descriptor(handle)
    offset, left = start, size
    if fd is None:
        handle.seek(start)
    while left > 0:
        want = min(CHUNK_SIZE, left)
        if fd is not None:
            data = os.pread(fd, want, offset)
        else:
            data = handle.read(want)
        if not data:
            # shorter than when the call began: the server is told the body
            # ended early rather than sent other bytes
            return
        offset += len(data)
        left -= len(data)
        yield data


def _descriptor(handle: IO[bytes]) -> int | None:
    if not hasattr(os, "pread"):
        return None
    try:
        return handle.fileno()
    except (AttributeError, OSError, ValueError):
        return None


class Upload(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body of bytes and file pieces, produced afresh on each iteration.

    Every attempt (and a 307/308 redirect) iterates it again and gets the
    same bytes; files are read a chunk at a time instead of held in memory.
    """

    def __init__(self, parts: Sequence[bytes | FileSource]) -> None:
        self._parts = tuple(parts)
        self.length = sum(
            len(p) if isinstance(p, bytes) else p.size for p in self._parts
        )

    def __iter__(self) -> Iterator[bytes]:
        for part in self._parts:
            if isinstance(part, bytes):
                yield part
            else:
                yield from part.chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # Local file reads of one chunk block briefly; a thread per chunk costs more.
        for chunk in self:
            yield chunk
