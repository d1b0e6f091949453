"""Auto-pagination (page numbers and cursors) and retries a server can recognise."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer

from generator.pagination import parse_schemes

SCHEMES = parse_schemes(
    {
        "page-number": {
            "page-param": "current_page",
            "items": "data",
            "total": "total",
            "has-more": "has_more",
        },
        "page": {"page-param": "page", "items": "data", "has-more": "has_more"},
        "cursor": {
            "cursor-param": "after",
            "items": "data",
            "has-more": "has_more",
            "next-cursor": "last_id",
            "item-cursor": "id",
        },
    }
)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package(
        "pagination",
        tmp_path_factory.mktemp("pagination"),
        pagination=SCHEMES,
        idempotency_header="X-Request-Key",
    )


@pytest.fixture
def client(package: Package, server: RecordingServer) -> Iterator[Any]:
    with package.module().FixtureClient(base_url=server.url, max_retries=0) as client:
        yield client


def _keys(*ids: str, total: int | None = None) -> Answer:
    body: dict[str, Any] = {"data": [{"id": i, "name": f"key {i}"} for i in ids]}
    if total is not None:
        body["total"] = total
    return Answer(200, body)


def _jobs(*ids: str, has_more: bool | None = None) -> Answer:
    body: dict[str, Any] = {"object": "list", "data": [{"id": i} for i in ids]}
    if has_more is not None:
        body["has_more"] = has_more
    return Answer(200, body)


def _queries(server: RecordingServer) -> list[list[tuple[str, str]]]:
    return [r.query() for r in server.requests]


class TestMatching:
    def test_operations_fit_a_scheme_by_parameter_and_response(
        self, package: Package
    ) -> None:
        """Only operations with the parameter and an items array become lists."""
        ops = {
            op.operation_id: op
            for r in package.generated.api.resources
            for op in r.operations
        }
        schemes = {k: op.pagination and op.pagination.scheme for k, op in ops.items()}
        assert schemes == {
            "listKeys": "page-number",
            "createKey": None,
            "listThings": "page",
            "listJobs": "cursor",
            "listEvents": "cursor",
            "getSettings": None,  # data is no array
            "createOrder": None,
        }
        keys, things = ops["listKeys"].pagination, ops["listThings"].pagination
        assert keys is not None and things is not None
        assert (keys.first_page, keys.total, keys.has_more) == (0, "total", None)
        assert (things.first_page, things.total, things.has_more) == (
            1,  # the parameter's minimum
            None,
            "has_more",
        )
        jobs, events = ops["listJobs"].pagination, ops["listEvents"].pagination
        assert jobs is not None and events is not None
        assert (jobs.next_cursor, jobs.item_cursor) == (None, "id")
        assert (events.next_cursor, events.item_cursor) == ("last_id", None)

    def test_page_is_the_response_model(
        self, client: Any, package: Package, server: RecordingServer
    ) -> None:
        server.answers = [_keys("a", total=1)]
        page = client.keys.list_keys()
        assert isinstance(page, package.module("models").KeyList)
        assert page.total == 1 and page.data[0].id == "a"


class TestPageNumbers:
    def test_iterates_every_page_with_the_same_arguments(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [
            _keys("a", "b", total=5),
            _keys("c", "d", total=5),
            _keys("e", total=5),
        ]
        ids = [key.id for key in client.keys.list_keys(page_size=2, search="x")]
        assert ids == ["a", "b", "c", "d", "e"]
        # the total is reached: no fourth request
        assert _queries(server) == [
            [("page_size", "2"), ("search", "x")],
            [("current_page", "1"), ("page_size", "2"), ("search", "x")],
            [("current_page", "2"), ("page_size", "2"), ("search", "x")],
        ]

    def test_starts_from_the_page_given(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [_keys("e", total=5), _keys()]
        assert [k.id for k in client.keys.list_keys(current_page=2)] == ["e"]
        assert _queries(server) == [[("current_page", "2")], [("current_page", "3")]]

    def test_fetches_a_page_only_when_the_one_before_is_used_up(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [_keys("a", "b", total=3), _keys("c", total=3)]
        items = iter(client.keys.list_keys())
        assert len(server.requests) == 1
        assert [next(items).id, next(items).id] == ["a", "b"]
        assert len(server.requests) == 1
        assert next(items).id == "c"
        assert len(server.requests) == 2
        assert next(items, None) is None
        assert len(server.requests) == 2

    def test_stops_at_an_empty_page_without_a_total(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [_keys("a"), _keys("b"), _keys()]
        assert [k.id for k in client.keys.list_keys()] == ["a", "b"]
        assert len(server.requests) == 3

    def test_stops_when_has_more_is_false(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [
            Answer(200, {"data": [{"id": "a"}], "has_more": True}),
            Answer(200, {"data": [{"id": "b"}], "has_more": False}),
        ]
        assert [t.id for t in client.things.list_things()] == ["a", "b"]
        # without the parameter the server answers its first page, 1: then 2
        assert _queries(server) == [[], [("page", "2")]]

    def test_page_level_control(self, client: Any, server: RecordingServer) -> None:
        server.answers = [_keys("a", total=2), _keys("b", total=2)]
        first = client.keys.list_keys()
        assert first.has_next_page()
        second = first.next_page()
        assert type(second) is type(first) and second.data[0].id == "b"
        assert not second.has_next_page()
        with pytest.raises(RuntimeError):
            second.next_page()
        assert len(server.requests) == 2
        server.answers = [_keys("a", total=2), _keys("b", total=2)]
        pages = [p.data[0].id for p in client.keys.list_keys().iter_pages()]
        assert pages == ["a", "b"]

    def test_extra_query_cannot_pin_the_page(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [_keys("a", total=2), _keys("b", total=2)]
        keys = client.keys.list_keys(extra_query={"current_page": 0, "tag": "t"})
        assert [k.id for k in keys] == ["a", "b"]
        assert _queries(server) == [
            [("current_page", "0"), ("tag", "t")],
            [("current_page", "1"), ("tag", "t")],
        ]

    def test_raw_response_parses_into_a_page(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [_keys("a", total=2), _keys("b", total=2)]
        raw = client.keys.with_raw_response.list_keys(page_size=1)
        assert raw.status_code == 200 and len(server.requests) == 1
        assert [k.id for k in raw.parse()] == ["a", "b"]
        assert _queries(server)[1] == [("current_page", "1"), ("page_size", "1")]


class TestCursors:
    def test_after_is_the_last_item_until_has_more_is_false(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [
            _jobs("j1", "j2", has_more=True),
            _jobs("j3", has_more=False),
        ]
        assert [j.id for j in client.jobs.list_jobs(limit=2)] == ["j1", "j2", "j3"]
        assert _queries(server) == [
            [("limit", "2")],
            [("after", "j2"), ("limit", "2")],
        ]

    def test_next_cursor_from_the_response(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [
            Answer(
                200, {"data": [{"message": "m1"}], "has_more": True, "last_id": "c1"}
            ),
            Answer(
                200, {"data": [{"message": "m2"}], "has_more": False, "last_id": "c2"}
            ),
        ]
        events = client.jobs.list_events(job_id="j1")
        assert [e.message for e in events] == ["m1", "m2"]
        assert [r.path for r in server.requests] == [
            "/jobs/j1/events",
            "/jobs/j1/events?after=c1",
        ]

    def test_stops_at_an_empty_page_or_a_cursor_that_does_not_move(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.answers = [_jobs("j1"), _jobs()]
        assert [j.id for j in client.jobs.list_jobs()] == ["j1"]
        assert len(server.requests) == 2
        server.requests.clear()
        # a server that ignores after= would answer the same page forever
        server.answers = [_jobs("j1"), _jobs("j1")]
        assert [j.id for j in client.jobs.list_jobs()] == ["j1", "j1"]
        assert len(server.requests) == 2


class TestAsync:
    def test_async_for_over_every_item_lazily(
        self, package: Package, server: RecordingServer
    ) -> None:
        server.answers = [
            _jobs("j1", "j2", has_more=True),
            _jobs("j3", has_more=False),
        ]

        async def main() -> tuple[list[str], list[int]]:
            seen, counts = [], []
            async with package.module().AsyncFixtureClient(
                base_url=server.url, max_retries=0
            ) as client:
                async for job in client.jobs.list_jobs(limit=2):
                    seen.append(job.id)
                    counts.append(len(server.requests))
            return seen, counts

        seen, counts = asyncio.run(main())
        assert seen == ["j1", "j2", "j3"]
        assert counts == [1, 1, 2]  # the second page only after the first is used up
        assert _queries(server)[1] == [("after", "j2"), ("limit", "2")]

    def test_await_gives_the_first_page_with_page_control(
        self, package: Package, server: RecordingServer
    ) -> None:
        server.answers = [
            _keys("a", "b", total=3),
            _keys("c", total=3),
            _keys("a", total=2),
            _keys("b", total=2),
        ]

        async def main() -> tuple[Any, ...]:
            async with package.module().AsyncFixtureClient(
                base_url=server.url, max_retries=0
            ) as client:
                first = await client.keys.list_keys(page_size=2)
                requests_after_first = len(server.requests)
                more = first.has_next_page()
                second = await first.next_page()
                pages = [
                    [k.id for k in p.data]
                    async for p in (await client.keys.list_keys()).iter_pages()
                ]
                raw = await client.keys.with_raw_response.list_keys()
                return first, requests_after_first, more, second, pages, raw

        server.answers.append(_keys("r", total=1))
        first, requests_after_first, more, second, pages, raw = asyncio.run(main())
        assert (first.total, [k.id for k in first.data]) == (3, ["a", "b"])
        assert requests_after_first == 1 and more
        assert [k.id for k in second.data] == ["c"] and not second.has_next_page()
        assert pages == [["a"], ["b"]]
        assert raw.status_code == 200 and raw.parse().data[0].id == "r"
        assert _queries(server)[:2] == [
            [("page_size", "2")],
            [("current_page", "1"), ("page_size", "2")],
        ]


class TestTyping:
    def test_items_are_typed_as_the_item_model(self, package: Package) -> None:
        """mypy --strict sees the item model in for / async for, and the response fields."""
        source = textwrap.dedent(f"""
            from {package.name} import AsyncFixtureClient, FixtureClient

            def sync(client: FixtureClient) -> None:
                page = client.keys.list_keys(page_size=50)
                reveal_type(page.total)
                for key in page:
                    reveal_type(key)
                for job in client.jobs.list_jobs():
                    reveal_type(job)

            async def run(client: AsyncFixtureClient) -> None:
                async for key in client.keys.list_keys():
                    reveal_type(key)
                first = await client.keys.list_keys()
                reveal_type(first.data)
                async for page in first.iter_pages():
                    reveal_type(page)
            """)
        check = package.folder / "check_pages.py"
        check.write_text(source, "utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(check)],
            cwd=package.folder,
            env={**os.environ, "MYPYPATH": str(package.folder)},
            capture_output=True,
            text=True,
            check=False,
        )
        revealed = [
            line.split("Revealed type is ")[1].strip('"')
            for line in result.stdout.splitlines()
            if "Revealed type is" in line
        ]
        name = package.name
        assert revealed == [
            "int | None",
            f"{name}.models.Key",
            f"{name}.models.Job",
            f"{name}.models.Key",
            f"list[{name}.models.Key] | None",
            f"{name}.resources.keys.AsyncKeyListPage",
        ], result.stdout
        assert "error" not in result.stdout.replace("Revealed", ""), result.stdout


class TestRetryHeaders:
    def test_idempotency_key_and_retry_count_across_attempts(
        self, package: Package, server: RecordingServer
    ) -> None:
        """A POST (the setting asks for a key on every POST): 500, 500, then 200."""
        retry_now = {"retry-after-ms": "0"}
        server.answers = [Answer(500, {}, retry_now), Answer(500, {}, retry_now)]
        server.answers.append(Answer(200, {"id": "k1", "name": "n"}))
        with package.module().FixtureClient(base_url=server.url, max_retries=2) as c:
            assert c.keys.create_key(name="n").id == "k1"
        keys = [r.header_values("X-Request-Key") for r in server.requests]
        assert len(keys) == 3 and len(keys[0]) == 1 and keys[0][0]
        assert keys[1] == keys[0] and keys[2] == keys[0]
        counts = [r.header_values("x-stainless-retry-count") for r in server.requests]
        assert counts == [[], ["1"], ["2"]]
        bodies = {r.body for r in server.requests}
        assert len(bodies) == 1

    def test_each_call_gets_its_own_key(
        self, client: Any, server: RecordingServer
    ) -> None:
        server.default = Answer(200, {"id": "k", "name": "n"})
        client.keys.create_key(name="a")
        client.keys.create_key(name="b")
        first, second = (r.headers["x-request-key"] for r in server.requests)
        assert first != second

    def test_declared_idempotency_key_parameter(
        self, package: Package, server: RecordingServer
    ) -> None:
        """The operation declares Idempotency-Key: generated when not given, the
        caller's value kept on every attempt when given."""
        retry_now = {"retry-after-ms": "0"}
        server.answers = [Answer(503, {}, retry_now), Answer(200, {"id": "o1"})]
        server.answers += [Answer(503, {}, retry_now), Answer(200, {"id": "o2"})]
        with package.module().FixtureClient(base_url=server.url, max_retries=1) as c:
            c.orders.create_order(item="x")
            c.orders.create_order(item="y", idempotency_key="mine")
        keys = [r.header_values("Idempotency-Key") for r in server.requests]
        assert keys[0] == keys[1] and len(keys[0]) == 1 and keys[0] != ["mine"]
        assert keys[2] == keys[3] == ["mine"]
        assert all(r.header_values("X-Request-Key") == [] for r in server.requests)
        counts = [r.header_values("x-stainless-retry-count") for r in server.requests]
        assert counts == [[], ["1"], [], ["1"]]

    def test_a_get_is_counted_but_carries_no_key(
        self, package: Package, server: RecordingServer
    ) -> None:
        server.answers = [Answer(429, {}, {"retry-after-ms": "0"}), _keys("a", total=1)]
        with package.module().FixtureClient(base_url=server.url, max_retries=1) as c:
            assert [k.id for k in c.keys.list_keys()] == ["a"]
        assert [
            r.header_values("x-stainless-retry-count") for r in server.requests
        ] == [
            [],
            ["1"],
        ]
        assert all("x-request-key" not in r.headers for r in server.requests)
        assert all("idempotency-key" not in r.headers for r in server.requests)


def test_portkey_list_methods_page(server: RecordingServer) -> None:
    """The committed Portkey client: virtual keys by page number, assistants by cursor."""
    from portkey_client import PortkeyClient

    def vk(i: int) -> dict[str, Any]:
        return {"id": f"vk{i}", "slug": f"s{i}"}

    def assistant(name: str) -> dict[str, Any]:
        return {
            "id": name,
            "object": "assistant",
            "created_at": 1,
            "model": "m",
            "tools": [],
            "name": None,
            "description": None,
            "instructions": None,
            "metadata": None,
        }

    server.answers = [
        Answer(200, {"object": "list", "total": 3, "data": [vk(0), vk(1)]}),
        Answer(200, {"object": "list", "total": 3, "data": [vk(2)]}),
        Answer(
            200,
            {
                "object": "list",
                "data": [assistant("asst_1")],
                "has_more": True,
                "first_id": "asst_1",
                "last_id": "asst_1",
            },
        ),
        Answer(
            200,
            {
                "object": "list",
                "data": [assistant("asst_2")],
                "has_more": False,
                "first_id": "asst_2",
                "last_id": "asst_2",
            },
        ),
    ]
    with PortkeyClient(
        api_key="pk", virtual_key="v", base_url=server.url, max_retries=0
    ) as client:
        keys = client.virtual_keys.list(current_page=0, page_size=2)
        assert keys.total == 3 and len(server.requests) == 1
        assert [k.id for k in keys] == ["vk0", "vk1", "vk2"]
        assistants = client.assistants.list_assistants(limit=1)
        assert [a.id for a in assistants] == ["asst_1", "asst_2"]
    assert [r.path for r in server.requests] == [
        "/virtual-keys?current_page=0&page_size=2",
        "/virtual-keys?current_page=1&page_size=2",
        "/assistants?limit=1",
        "/assistants?limit=1&after=asst_1",
    ]
