"""Fixtures for behaviour tests: recording HTTP servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from recording_server import RecordingServer


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to 127.0.0.1 go straight there, whatever the machine's proxy settings."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials come from each test, never from the machine's environment."""
    for name in (
        "API_KEY",
        "VIRTUAL_KEY",
        "PROVIDER",
        "PROVIDER_AUTH",
        "CONFIG",
        "CUSTOM_HOST",
        "BASE_URL",
    ):
        monkeypatch.delenv(f"PORTKEY_{name}", raising=False)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    """A recording server: the API itself, or the provider behind the gateway."""
    with RecordingServer() as running:
        yield running

