"""Fixtures for behaviour tests: recording HTTP servers and the real gateway, all on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from calls import FLAVOURS
from gateway import PROXY_VARIABLES, Gateway, install
from recording_server import RecordingServer


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to 127.0.0.1 go straight there, whatever the machine's proxy settings."""
    for name in PROXY_VARIABLES:
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


@pytest.fixture(params=FLAVOURS)
def flavour(request: pytest.FixtureRequest) -> str:
    """Run once with the sync client and once with the async one."""
    return str(request.param)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    """A recording server: the API itself, or the provider behind the gateway."""
    with RecordingServer() as running:
        yield running


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    """The Portkey gateway from npm, installed if needed, for the whole session."""
    install()
    log_path = tmp_path_factory.mktemp("gateway") / "gateway.log"
    with Gateway(log_path) as running:
        yield running
