"""Parameters in path, query, header and cookie, serialized by their style and explode."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer

# A deliberate deviation: the runtime writes an object in a path or header as
# JSON, because the Portkey gateway reads its `type: object` header
# x-portkey-metadata as JSON; OpenAPI's simple style would write "x,1,y,2".
# Strict, so a change of that choice is noticed here.
OBJECT_SIMPLE_STYLE = pytest.mark.xfail(
    strict=True,
    reason="objects in path and header parameters are sent as JSON (what Portkey reads)",
)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("params", tmp_path_factory.mktemp("params"))


@pytest.fixture
def client(package: Package, server: RecordingServer) -> Iterator[Any]:
    server.default = Answer(204, b"")
    with package.module().FixtureClient(base_url=server.url, max_retries=0) as client:
        yield client


def _point(package: Package, **values: int) -> Any:
    return package.module("models").Point(**values)


def _query(path: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(path).query, keep_blank_values=True)


def _path(path: str) -> str:
    return unquote(urlsplit(path).path)


class TestPath:
    def test_array_and_boolean_in_the_simple_style(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """An array path parameter is comma-joined, a boolean is true/false."""
        result = client.params.get_items(
            ids=[3, 4, 5], point={"x": 1, "y": 2}, flag=False
        )
        assert result is None
        assert _path(server.requests[0].path).startswith("/items/3,4,5/")
        assert _path(server.requests[0].path).endswith("/false")

    @OBJECT_SIMPLE_STYLE
    def test_object_in_the_simple_style(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """An object path parameter is x,1,y,2 (explode false) or x=1,y=2 (explode true)."""
        client.params.get_items(ids=[1], point=_point(package, x=1, y=2), flag=True)
        client.params.get_object(point=_point(package, x=1, y=2))
        assert _path(server.requests[0].path) == "/items/1/x,1,y,2/true"
        assert _path(server.requests[1].path) == "/objects/x=1,y=2"

    def test_reserved_characters_are_escaped(
        self, client: Any, server: RecordingServer
    ) -> None:
        """A slash or a question mark inside a value cannot change the URL's shape."""
        client.params.get_items(ids=["a/b?c"], point={}, flag=True)
        raw = urlsplit(server.requests[0].path)
        assert raw.query == ""
        assert raw.path.startswith("/items/a%2Fb%3Fc/")


class TestQuery:
    def test_array_styles(self, client: Any, server: RecordingServer) -> None:
        """form explode repeats the key; form, spaceDelimited and pipeDelimited join."""
        client.params.get_items(
            ids=[1],
            point={},
            flag=True,
            form_exploded=["a", "b"],
            form_joined=["a", "b"],
            spaced=["a", "b"],
            piped=["a", "b"],
        )
        assert _query(server.requests[0].path) == [
            ("form_exploded", "a"),
            ("form_exploded", "b"),
            ("form_joined", "a,b"),
            ("spaced", "a b"),
            ("piped", "a|b"),
        ]

    def test_object_styles(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """deepObject gives filter[x]; form explode spreads the keys; form joins them."""
        point = _point(package, x=1, y=2)
        client.params.get_items(
            ids=[1], point={}, flag=True, filter=point, spread=point, packed=point
        )
        assert _query(server.requests[0].path) == [
            ("filter[x]", "1"),
            ("filter[y]", "2"),
            ("x", "1"),
            ("y", "2"),
            ("packed", "x,1,y,2"),
        ]

    def test_omitted_parameters_are_absent(
        self, client: Any, server: RecordingServer
    ) -> None:
        """Only the parameters passed appear in the query string."""
        client.params.get_items(ids=[1], point={}, flag=True)
        assert _query(server.requests[0].path) == []


class TestHeaderAndCookie:
    def test_header_array_and_cookies(
        self, client: Any, server: RecordingServer
    ) -> None:
        """A header array is comma-joined; cookies share one Cookie header."""
        client.params.get_items(
            ids=[1],
            point={},
            flag=True,
            x_trace_ids=["t1", "t2"],
            session="s1",
            prefs=["dark", "compact"],
        )
        headers = server.requests[0].headers
        assert headers["x-trace-ids"] == "t1,t2"
        assert headers["cookie"] == "session=s1; prefs=dark,compact"

    @OBJECT_SIMPLE_STYLE
    def test_header_object_in_the_simple_style(
        self, client: Any, server: RecordingServer, package: Package
    ) -> None:
        """An object header (simple, explode false) is x,1,y,2."""
        client.params.get_items(
            ids=[1], point={}, flag=True, x_point=_point(package, x=1, y=2)
        )
        assert server.requests[0].headers["x-point"] == "x,1,y,2"
