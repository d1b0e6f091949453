"""A process-wide guard: while it is on, no network access and no new processes.

Validation and model generation run third-party code over untrusted specs. The
spec is bundled first so that nothing should need the network or a subprocess;
this guard turns any attempt (a remote ``$ref`` followed by a library, a
formatter started by one) into an error instead of a silent fetch or exec.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["SandboxViolation", "offline"]

# Audit events (see the Python audit events table) that reach the network or
# start a program.
_BLOCKED_PREFIXES = (
    "socket.connect",
    "socket.bind",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "subprocess.Popen",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.startfile",
    "pty.spawn",
)


class SandboxViolation(PermissionError):
    """Raised inside the guarded code when it tries a blocked operation."""


_lock = threading.Lock()
_active = 0
_installed = False


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if _active and event.startswith(_BLOCKED_PREFIXES):
        raise SandboxViolation(
            f"blocked {event} while reading an untrusted spec: generation never "
            "uses the network or starts programs"
        )


@contextmanager
def offline() -> Iterator[None]:
    """Block network access and process creation in this process until the block ends."""
    global _active, _installed
    with _lock:
        if not _installed:
            sys.addaudithook(_hook)  # hooks cannot be removed; _active gates it
            _installed = True
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
