"""The Prism fixture: it starts, answers, stops, and fails loudly when it cannot run."""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

import httpx
import pytest
from prism_mock import NODE_PROJECT, MockServerError, ensure_installed, prism

TINY_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "tiny", "version": "1"},
    "paths": {
        "/ping": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object"},
                                "example": {"pong": True},
                            }
                        },
                    }
                }
            }
        }
    },
}


@pytest.fixture
def tiny_spec(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(TINY_SPEC), "utf-8")
    return path


class TestPrismLifecycle:
    def test_answers_from_the_spec_then_stops_with_its_group(
        self, tiny_spec: Path, tmp_path: Path
    ) -> None:
        """Prism serves the example on 127.0.0.1, and no process of its group outlives it."""
        with prism(tiny_spec, tmp_path) as mock:
            assert mock.url.startswith("http://127.0.0.1:")
            assert httpx.get(mock.url + "/ping").json() == {"pong": True}
            group = mock.process.pid
        assert mock.process.poll() is not None
        with pytest.raises(ProcessLookupError):
            os.killpg(group, 0)


class TestEnvironmentFailures:
    def test_missing_npm_is_a_clear_error(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without node_modules and without npm on PATH, the error says npm is missing."""
        for name in ("package.json", "package-lock.json"):
            shutil.copy(NODE_PROJECT / name, tmp_path / name)
        monkeypatch.setenv("PATH", str(tmp_path / "no-such-dir"))
        with pytest.raises(MockServerError, match="npm is not on PATH"):
            ensure_installed(tmp_path)

    def test_port_in_use_is_a_clear_error(
        self, tiny_spec: Path, tmp_path: Path
    ) -> None:
        """A port another program holds ends in an error naming Prism, not a hang."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
            holder.bind(("127.0.0.1", 0))
            holder.listen(1)
            port = holder.getsockname()[1]
            with pytest.raises(MockServerError, match="Prism"):
                with prism(tiny_spec, tmp_path, port=port):
                    pass

    def test_unreadable_spec_is_a_clear_error(self, tmp_path: Path) -> None:
        """Prism exiting at start-up is reported with its own output."""
        broken = tmp_path / "broken.yaml"
        broken.write_text("openapi: [unclosed", "utf-8")
        with pytest.raises(MockServerError, match="Prism exited"):
            with prism(broken, tmp_path):
                pass
