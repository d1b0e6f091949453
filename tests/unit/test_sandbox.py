"""generator.sandbox: while offline, no connection and no process can start; afterwards both can."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.sandbox import SandboxViolation, offline

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from recording_server import RecordingServer


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as running:
        yield running


class TestOffline:
    def test_no_connection(self, server: RecordingServer) -> None:
        """urlopen and a raw socket both fail inside the block; the server sees nothing."""
        with offline():
            # urllib wraps the refusal in a URLError: match the message
            with pytest.raises(OSError, match="blocked socket"):
                urllib.request.urlopen(server.url, timeout=5)
            with pytest.raises(SandboxViolation):
                socket.create_connection(
                    ("127.0.0.1", int(server.url.rsplit(":", 1)[1])), 5
                )
        assert server.requests == []

    def test_no_name_lookup(self) -> None:
        """DNS resolution is blocked too (it sends packets)."""
        with offline(), pytest.raises(SandboxViolation):
            socket.getaddrinfo("localhost", 80)

    def test_no_process(self, tmp_path: Path) -> None:
        """subprocess and os.system are refused; the command never runs."""
        marker = tmp_path / "ran"
        with offline():
            with pytest.raises(SandboxViolation):
                subprocess.run(["touch", str(marker)], check=False)
            with pytest.raises(SandboxViolation):
                __import__("os").system(f"touch {marker}")
        assert not marker.exists()

    def test_nested_blocks_and_afterwards(self, server: RecordingServer) -> None:
        """Blocks nest; after the outermost one ends, the network works again."""
        with offline():
            with offline():
                pass
            with pytest.raises(OSError, match="blocked socket"):
                urllib.request.urlopen(server.url, timeout=5)
        with urllib.request.urlopen(server.url, timeout=5) as response:
            assert response.status == 200
        assert len(server.requests) == 1
        assert (
            subprocess.run([sys.executable, "-c", "pass"], check=False).returncode == 0
        )
