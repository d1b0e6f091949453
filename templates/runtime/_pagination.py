"""Pages of list operations: typed as the response, iterable over every item of every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import pydantic

from ._base_model import BaseModel
from ._response import WANT_RAW, RawResponse
from ._types import Body, Headers, Omit, Query, Timeout, omit

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Endpoint, SyncAPIClient

__all__ = ["AsyncPage", "AsyncPaginator", "Pages", "SyncPage", "paginate"]

ItemT = TypeVar("ItemT")
T = TypeVar("T")
PageT = TypeVar("PageT", bound="SyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")


@dataclass(frozen=True)
class Pages:
    """How an operation pages; every name is a name on the wire."""

    kind: str  # "page": a page number; "cursor": a value taken from the answer
    param: str  # the query parameter that selects the page
    items: str  # the answer's array of items
    total: str | None = None  # the answer's count of all items
    has_more: str | None = None  # the answer's "more pages follow" flag
    next_cursor: str | None = None  # the answer's next cursor
    item_cursor: str | None = None  # else this field of the last item
    first_page: int = 0  # the page the server answers without the parameter


@dataclass(frozen=True)
class _Call:
    """The request a page answered; the next page repeats it with another page."""

    endpoint: Endpoint
    pages: Pages
    values: Mapping[str, Any]
    options: Mapping[str, Any]  # body, extra_headers, extra_query, extra_body, timeout
    seen: int = 0  # items on the pages before this one


class _Page(BaseModel):
    """What the sync and async pages share: where the next page is, if any."""

    _call: _Call | None = pydantic.PrivateAttr(default=None)

    def _field(self, name: str) -> Any:
        return _get(self, name)

    def _items(self) -> list[Any]:
        call = self._call
        items = self._field(call.pages.items) if call is not None else None
        return list(items) if isinstance(items, list) else []

    def _next_call(self) -> _Call | None:
        """The request for the next page; None when this page is the last.

        The last page is the one that is empty, says no more follow, reaches
        the total, or gives no new cursor. A page shorter than the page size
        asked for is not the last: servers may cap the size.
        """
        call = self._call
        items = self._items()
        if call is None or not items:
            return None
        pages = call.pages
        if pages.has_more is not None and self._field(pages.has_more) is False:
            return None
        seen = call.seen + len(items)
        total = self._field(pages.total) if pages.total is not None else None
        if isinstance(total, int) and not isinstance(total, bool) and seen >= total:
            return None
        current = call.values.get(pages.param, omit)
        following: Any
        if pages.kind == "page":
            start = (
                pages.first_page
                if current is None or isinstance(current, Omit)
                else current
            )
            following = int(start) + 1
        else:
            following = None
            if pages.next_cursor is not None:
                following = self._field(pages.next_cursor)
            if following is None and pages.item_cursor is not None:
                following = _get(items[-1], pages.item_cursor)
            if following is None or following == current:
                return None
        options = dict(call.options)
        extra_query = options.get("extra_query")
        if extra_query:  # the page chosen here wins over one passed as extra_query
            options["extra_query"] = {
                k: v for k, v in extra_query.items() if k != pages.param
            }
        return replace(
            call,
            values={**call.values, pages.param: following},
            options=options,
            seen=seen,
        )

    def has_next_page(self) -> bool:
        """Whether another page follows (known from this page; no request is made)."""
        return self._next_call() is not None


def _get(source: Any, name: str) -> Any:
    """The field called ``name`` on the wire, from a model or a plain dict."""
    if isinstance(source, Mapping):
        return source.get(name)
    if isinstance(source, pydantic.BaseModel):
        attribute = _attribute(type(source), name)
        if attribute is not None:
            return getattr(source, attribute)
        return (source.model_extra or {}).get(name)
    return None


_ATTRIBUTES: dict[tuple[type[pydantic.BaseModel], str], str | None] = {}


def _attribute(model: type[pydantic.BaseModel], name: str) -> str | None:
    key = (model, name)
    if key not in _ATTRIBUTES:
        _ATTRIBUTES[key] = next(
            (
                attribute
                for attribute, info in model.model_fields.items()
                if (info.alias or attribute) == name
            ),
            None,
        )
    return _ATTRIBUTES[key]


def _no_next_page() -> RuntimeError:
    return RuntimeError("this is the last page: check has_next_page() first")


class SyncPage(_Page, Generic[ItemT]):
    """A page of a list operation on the blocking client.

    It is the operation's response (its fields as usual); iterating it yields
    the items of this page and then of every following page, each fetched when
    the one before is used up.
    """

    _client: SyncAPIClient | None = pydantic.PrivateAttr(default=None)

    if not TYPE_CHECKING:
        # The item type matters to type checkers only; a pydantic model
        # parametrized per item type would cost milliseconds per list method.
        def __class_getitem__(cls, item: Any) -> Any:
            return cls

    def next_page(self) -> Self:
        """Fetch the page after this one."""
        call = self._next_call()
        if call is None or self._client is None:
            raise _no_next_page()
        return _fetch(self._client, type(self), call)

    def iter_pages(self) -> Iterator[Self]:
        """This page, then each following page as it is reached."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    # A page iterates over its items, not over its fields as a pydantic model would.
    def __iter__(self) -> Iterator[ItemT]:  # type: ignore[override]
        for page in self.iter_pages():
            yield from page._items()


class AsyncPage(_Page, Generic[ItemT]):
    """A page of a list operation on the asyncio client; ``async for`` yields every item."""

    _client: AsyncAPIClient | None = pydantic.PrivateAttr(default=None)

    if not TYPE_CHECKING:

        def __class_getitem__(cls, item: Any) -> Any:  # as SyncPage's
            return cls

    async def next_page(self) -> Self:
        """Fetch the page after this one."""
        call = self._next_call()
        if call is None or self._client is None:
            raise _no_next_page()
        return await _fetch_async(self._client, type(self), call)

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page, then each following page as it is reached."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page._items():
                yield item


class AsyncPaginator(Generic[AsyncPageT, ItemT]):
    """What an async list method returns: ``await`` it for the first page, or
    ``async for`` over every item of every page."""

    def __init__(
        self,
        client: AsyncAPIClient,
        endpoint: Endpoint,
        pages: Pages,
        page: type[AsyncPageT],
        *,
        values: Mapping[str, Any],
        body: Any = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Omit = omit,
    ) -> None:
        self._client = client
        self._page = page
        self._call = _Call(
            endpoint,
            pages,
            dict(values),
            _options(body, extra_headers, extra_query, extra_body, timeout),
        )

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._first().__await__()

    async def _first(self) -> AsyncPageT:
        result: Any = await self._client.request(
            self._call.endpoint,
            cast_to=self._page,
            values=self._call.values,
            **self._call.options,
        )
        return cast(AsyncPageT, _bound(result, self._client, self._call))

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self
        async for item in page:
            yield item


def paginate(
    client: SyncAPIClient,
    endpoint: Endpoint,
    pages: Pages,
    page: type[PageT],
    *,
    values: Mapping[str, Any],
    body: Any = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Omit = omit,
) -> PageT:
    """Fetch the first page of a list operation on the blocking client."""
    call = _Call(
        endpoint,
        pages,
        dict(values),
        _options(body, extra_headers, extra_query, extra_body, timeout),
    )
    result: Any = client.request(
        endpoint, cast_to=page, values=call.values, **call.options
    )
    return cast(PageT, _bound(result, client, call))


def _options(
    body: Any,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: Timeout | Omit,
) -> dict[str, Any]:
    return {
        "body": body,
        "extra_headers": extra_headers,
        "extra_query": extra_query,
        "extra_body": extra_body,
        "timeout": timeout,
    }


def _bound(result: Any, client: Any, call: _Call) -> Any:
    """The page ``result`` knowing how to fetch the next one (also once parsed
    from a raw response)."""

    def bind(page: Any) -> None:
        page._client = client
        page._call = call

    if isinstance(result, RawResponse):
        return _RawPage(result, bind)
    bind(result)
    return result


def _fetch(client: SyncAPIClient, page: type[PageT], call: _Call) -> PageT:
    token = WANT_RAW.set(False)  # a next page is a value, even in a raw call
    try:
        result = client.request(
            call.endpoint, cast_to=page, values=call.values, **call.options
        )
    finally:
        WANT_RAW.reset(token)
    return cast(PageT, _bound(result, client, call))


async def _fetch_async(
    client: AsyncAPIClient, page: type[AsyncPageT], call: _Call
) -> AsyncPageT:
    token = WANT_RAW.set(False)
    try:
        result = await client.request(
            call.endpoint, cast_to=page, values=call.values, **call.options
        )
    finally:
        WANT_RAW.reset(token)
    return cast(AsyncPageT, _bound(result, client, call))


class _RawPage(RawResponse[T]):
    """A raw first page whose ``parse()`` gives a page that can fetch the next."""

    def __init__(self, raw: RawResponse[T], bind: Callable[[Any], None]) -> None:
        super().__init__(raw.http_response, raw._cast_to, raw._kind)
        self._bind = bind

    def parse(self) -> T:
        fresh = not self._done
        value = super().parse()
        if fresh:
            self._bind(value)
        return value
