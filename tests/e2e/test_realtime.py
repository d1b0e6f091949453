"""Realtime (WebSocket) connections, sync and async, against a WebSocket server on 127.0.0.1.

``client.realtime.connect()`` is generated from ``GET /realtime``, whose only
success is 101. The gateway's own ``/v1/realtime`` cannot reach a local
upstream (see TestGateway), so the server here plays the API itself.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic
import pytest
from fixture_packages import Package, build_package
from gateway import Gateway, free_port
from portkey_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncPortkeyClient,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    MissingCredentialsError,
    PortkeyClient,
    RealtimeConnectionClosed,
)
from ws_server import Refusal, WebSocketServer

SECRETS = {
    "api_key": "pk-secret-0001",
    "provider": "openai",
    "provider_auth": "sk-secret-0003",
}


@pytest.fixture
def ws() -> Iterator[WebSocketServer]:
    with WebSocketServer() as running:
        yield running


class Event(pydantic.BaseModel):
    """A caller's own event model: sent as JSON with only the fields set."""

    type: str
    text: str | None = None


def session(
    flavour: str,
    options: dict[str, Any],
    script: list[Any],
    *,
    iterate: bool = False,
    **arguments: Any,
) -> list[Any]:
    """Connect, then run ``script``: an item is sent, ``"recv"`` receives.

    With ``iterate``, every remaining event is then received by iterating.
    Returns what was received, in order.
    """
    if flavour == "sync":
        got: list[Any] = []
        with PortkeyClient(**options) as client:
            with client.realtime.connect(**arguments) as connection:
                for step in script:
                    if step == "recv":
                        got.append(connection.recv())
                    else:
                        connection.send(step)
                if iterate:
                    got.extend(connection)
        return got

    async def run() -> list[Any]:
        got: list[Any] = []
        async with AsyncPortkeyClient(**options) as client:
            async with client.realtime.connect(**arguments) as connection:
                for step in script:
                    if step == "recv":
                        got.append(await connection.recv())
                    else:
                        await connection.send(step)
                if iterate:
                    got.extend([event async for event in connection])
        return got

    return asyncio.run(run())


def direct(server: WebSocketServer, **changes: Any) -> dict[str, Any]:
    options: dict[str, Any] = {"base_url": server.url + "/v1", **SECRETS}
    options.update(changes)
    return options


def assert_no_secret(error: BaseException) -> None:
    shown = f"{error} {error!r} {getattr(error, 'request', '')!r}"
    request = getattr(error, "request", None)
    if request is not None:
        shown += str(request.url) + repr(dict(request.headers))
    for secret in SECRETS.values():
        if secret != "openai":
            assert secret not in shown


class TestHandshake:
    def test_carries_credentials_query_and_headers(
        self, ws: WebSocketServer, flavour: str
    ) -> None:
        """The handshake goes to the base URL's path (ws://), with every credential, the query and header parameters."""
        session(
            flavour,
            direct(ws, default_headers={"x-team": "blue"}),
            ["recv"],
            model="gpt-realtime",
            x_portkey_trace_id="trace-1",
            x_portkey_metadata={"user": "jose"},
            extra_query={"deployment": "d1"},
        )
        (handshake,) = ws.handshakes
        assert handshake.path == "/v1/realtime?model=gpt-realtime&deployment=d1"
        headers = handshake.headers
        assert headers["x-portkey-api-key"] == SECRETS["api_key"]
        assert headers["x-portkey-provider"] == "openai"
        assert headers["authorization"] == f"Bearer {SECRETS['provider_auth']}"
        assert headers["x-portkey-trace-id"] == "trace-1"
        assert json.loads(headers["x-portkey-metadata"]) == {"user": "jose"}
        assert headers["x-team"] == "blue"
        assert headers["upgrade"].lower() == "websocket"
        assert headers["user-agent"].startswith("portkey_client/")

    def test_missing_credentials_connect_nowhere(
        self, ws: WebSocketServer, flavour: str
    ) -> None:
        with pytest.raises(MissingCredentialsError):
            session(flavour, {"base_url": ws.url + "/v1", "api_key": "pk"}, [])
        assert ws.handshakes == []


class TestEvents:
    def test_round_trip(self, ws: WebSocketServer, flavour: str) -> None:
        """Dicts and models go out as JSON; events come back as dicts, by recv() and by iteration."""
        got = session(
            flavour,
            direct(ws),
            [
                "recv",
                {"type": "session.update", "session": {"voice": "alloy"}},
                "recv",
                Event(type="input_text", text="héllo"),
                {"type": "close", "code": 1000, "reason": "done"},
            ],
            iterate=True,
            model="m",
        )
        assert got == [
            {"type": "session.created", "session": {"id": "s1"}},
            {
                "type": "echo",
                "event": {"type": "session.update", "session": {"voice": "alloy"}},
            },
            {"type": "echo", "event": {"type": "input_text", "text": "héllo"}},
        ]
        assert ws.received[1] == {"type": "input_text", "text": "héllo"}

    def test_abnormal_close_is_a_connection_error(
        self, ws: WebSocketServer, flavour: str
    ) -> None:
        """A close with an error code ends iteration with RealtimeConnectionClosed (an APIConnectionError)."""
        with pytest.raises(RealtimeConnectionClosed) as caught:
            session(
                flavour,
                direct(ws),
                [{"type": "close", "code": 1011, "reason": "upstream failed"}],
                iterate=True,
            )
        assert isinstance(caught.value, APIConnectionError)
        assert caught.value.code == 1011
        assert caught.value.reason == "upstream failed"
        assert_no_secret(caught.value)

    def test_recv_after_server_close_raises(
        self, ws: WebSocketServer, flavour: str
    ) -> None:
        """recv() has no event to return once the server closed, even normally."""
        with pytest.raises(RealtimeConnectionClosed) as caught:
            session(
                flavour,
                direct(ws),
                ["recv", {"type": "close", "code": 1000}, "recv"],
            )
        assert caught.value.code == 1000

    def test_send_after_close_raises(self, ws: WebSocketServer, flavour: str) -> None:
        with pytest.raises(RealtimeConnectionClosed):
            session(
                flavour,
                direct(ws),
                ["recv", {"type": "close", "code": 1000}, "recv", {"type": "late"}],
            )

    def test_invalid_json_event(self, ws: WebSocketServer, flavour: str) -> None:
        from portkey_client import APIResponseValidationError

        with pytest.raises(APIResponseValidationError, match="not JSON"):
            session(
                flavour, direct(ws), ["recv", {"type": "raw", "text": "oops"}, "recv"]
            )


class TestRefusal:
    def test_401_is_authentication_error(
        self, ws: WebSocketServer, flavour: str
    ) -> None:
        ws.refuse = Refusal(
            401,
            {"error": {"message": "Invalid API key"}},
            {"x-request-id": "req-1"},
        )
        with pytest.raises(AuthenticationError) as caught:
            session(flavour, direct(ws), ["recv"], model="m")
        error = caught.value
        assert error.status_code == 401
        assert error.body == {"error": {"message": "Invalid API key"}}
        assert error.request_id == "req-1"
        assert "Invalid API key" in str(error)
        assert (
            str(error.request.url)
            == ws.url.replace("http", "ws") + "/v1/realtime?model=m"
        )
        assert_no_secret(error)

    def test_500_is_internal_server_error(
        self, ws: WebSocketServer, flavour: str
    ) -> None:
        ws.refuse = Refusal(500, b"")
        with pytest.raises(InternalServerError) as caught:
            session(flavour, direct(ws), [])
        assert caught.value.status_code == 500

    def test_refused_connection_is_connection_error(self, flavour: str) -> None:
        with pytest.raises(APIConnectionError) as caught:
            session(
                flavour,
                {"base_url": f"http://127.0.0.1:{free_port()}/v1", **SECRETS},
                [],
            )
        assert not isinstance(caught.value, APIStatusError)
        assert_no_secret(caught.value)

    def test_silent_server_times_out(self, flavour: str) -> None:
        """A server that accepts the connection but never answers: APITimeoutError."""
        import socket

        with socket.socket() as listener:
            listener.bind(("127.0.0.1", 0))
            listener.listen()
            port = listener.getsockname()[1]
            with pytest.raises(APITimeoutError):
                session(
                    flavour,
                    {
                        "base_url": f"http://127.0.0.1:{port}/v1",
                        **SECRETS,
                        "timeout": 0.5,
                    },
                    [],
                )

    def test_cross_origin_redirect_is_not_followed(
        self, ws: WebSocketServer, flavour: str
    ) -> None:
        """A 302 or 307 to another origin is an error; the other origin never sees the credentials."""
        with WebSocketServer() as elsewhere:
            for status in (302, 307):
                target = elsewhere.url.replace("http", "ws") + "/steal"
                ws.refuse = Refusal(status, b"", {"Location": target})
                with pytest.raises(APIStatusError) as caught:
                    session(flavour, direct(ws), ["recv"])
                assert caught.value.status_code == status
            assert elsewhere.handshakes == []


class TestOptionalDependency:
    def test_package_imports_and_connect_names_the_extra(self) -> None:
        """Without websockets the package imports; connect() says what to install."""
        code = (
            "import sys; sys.modules['websockets'] = None\n"
            "import portkey_client\n"
            "client = portkey_client.PortkeyClient(base_url='http://127.0.0.1:9', api_key='pk')\n"
            "try:\n"
            "    client.realtime.connect(model='m')\n"
            "except ImportError as exc:\n"
            "    print(exc)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "pip install 'portkey-client[realtime]'" in done.stdout


class TestGateway:
    """What gateway 1.15.2 does with ``/v1/realtime``, offline."""

    def test_refusal_through_the_gateway(
        self, gateway: Gateway, ws: WebSocketServer, flavour: str
    ) -> None:
        """The gateway refuses a handshake without a provider: BadRequestError."""
        options = {"base_url": gateway.url + "/v1", "api_key": "pk", "config": "{}"}
        with pytest.raises(BadRequestError) as caught:
            session(flavour, options, [])
        assert caught.value.status_code == 400

    def test_custom_host_is_not_used_for_realtime(
        self, gateway: Gateway, ws: WebSocketServer, tmp_path: Path
    ) -> None:
        """Its realtime handler dials api.openai.com whatever x-portkey-custom-host says.

        So the realtime tests above use a local server as the API: the gateway
        cannot proxy a WebSocket to a local upstream.
        """
        options = direct(
            ws,
            base_url=gateway.url + "/v1",
            custom_host=ws.url + "/v1",
            timeout=3.0,
        )
        with pytest.raises(APITimeoutError):
            session("sync", options, [], model="m")
        assert ws.handshakes == []
        assert "api.openai.com" in gateway.log()


@pytest.fixture(scope="module")
def rooms(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("realtime", tmp_path_factory.mktemp("realtime"))


class TestDeclaredEvents:
    """A fixture spec: events typed by the 101 response's schema, a query credential."""

    def test_events_are_the_declared_model(
        self, rooms: Package, ws: WebSocketServer, flavour: str
    ) -> None:
        module = rooms.module()
        event_type = rooms.module("models").ServerEvent
        options = {"base_url": ws.url, "token": "tok-secret-9"}
        if flavour == "sync":
            with module.FixtureClient(**options) as client:
                with client.rooms.join_room(room="r 1", lang="fr") as connection:
                    first = connection.recv()
                    connection.send({"type": "ping"})
                    second = connection.recv()
        else:

            async def run() -> tuple[Any, Any]:
                async with module.AsyncFixtureClient(**options) as client:
                    connection = await client.rooms.join_room(room="r 1", lang="fr")
                    try:
                        first = await connection.recv()
                        await connection.send({"type": "ping"})
                        return first, await connection.recv()
                    finally:
                        await connection.close()

            first, second = asyncio.run(run())
        assert isinstance(first, event_type) and first.type == "session.created"
        assert isinstance(second, event_type) and second.event == {"type": "ping"}
        (handshake,) = ws.handshakes
        assert handshake.path == "/rooms/r%201/live?token=tok-secret-9&lang=fr"

    def test_query_credential_is_hidden_in_errors(
        self, rooms: Package, ws: WebSocketServer, flavour: str
    ) -> None:
        ws.refuse = Refusal(401, {"error": "no"})
        options = {"base_url": ws.url, "token": "tok-secret-9"}
        with pytest.raises(rooms.module().AuthenticationError) as caught:
            if flavour == "sync":
                with rooms.module().FixtureClient(**options) as client:
                    client.rooms.watch_room(room="r1")
            else:

                async def run() -> None:
                    async with rooms.module().AsyncFixtureClient(**options) as client:
                        async with client.rooms.watch_room(room="r1"):
                            pass

                asyncio.run(run())
        assert caught.value.status_code == 401
        shown = f"{caught.value} {caught.value.request.url}"
        assert "tok-secret-9" not in shown
        assert "token=%3Credacted%3E" in str(caught.value.request.url)

    def test_only_get_101_operations_connect(self, rooms: Package) -> None:
        """101 beside a 2xx, or on a POST (with a warning): a plain call, as before."""
        source = rooms.source["resources/rooms.py"]
        assert "def read_room(" in source and "-> ServerEvent:" in source
        assert "async def open_room(" in source
        warnings = [w.pointer for w in rooms.generated.api.warnings]
        assert warnings == ["/paths/~1rooms/post"]
