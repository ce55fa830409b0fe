"""Pagination: paging.next, short and empty pages, nulls, servers that ignore `page`, prefetch
(several page requests in flight, pages in order, errors in order, clean early stops)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import uuid
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import anyio
import httpx
import pytest
import respx
from _layer_support import BASE, client, cloud, clouds_page

from kimono_interop_client import (
    AsyncPaginator,
    InternalServerError,
    InvalidInputError,
    Page,
    PaginationError,
    ResponseValidationError,
)
from kimono_interop_client import _pagination as pagination_module
from kimono_interop_client._generated.api.clouds import list_clouds
from kimono_interop_client._pagination import SEEN_PAGES, STALE_PAGE_LIMIT, RawPage
from kimono_interop_client._validation import MAX_PREFETCH

pytestmark = pytest.mark.respx(base_url=BASE, assert_all_called=False)
PATH = "/v2/interop/clouds"


def page_of(request: httpx.Request) -> int:
    return int(request.url.params.get("page", "0"))


class Server:
    """A list endpoint over `total` clouds, `size` per page, with paging.next (or without)."""

    def __init__(self, total: int, size: int, *, paging: bool = True) -> None:
        self.items = [cloud(f"c{n}") for n in range(total)]
        self.size, self.paging = size, paging
        self.requested: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = page_of(request)
        self.requested.append(number)
        return self.answer(number)

    def answer(self, number: int) -> httpx.Response:
        chunk = self.items[number * self.size : (number + 1) * self.size]
        if not self.paging:
            return httpx.Response(200, json={"data": chunk})
        more = (number + 1) * self.size < len(self.items)
        return httpx.Response(200, json=clouds_page(chunk, f"p{number + 1}" if more else None))


async def drain(paginator: AsyncPaginator[Any], into: list[Any]) -> None:
    async for item in paginator:
        into.append(item)


def names(items: list[Any]) -> list[str]:
    return [item.name for item in items]


async def test_iterates_every_item_while_paging_next_is_set(respx_mock: respx.MockRouter) -> None:
    server = Server(total=7, size=3)
    route = respx_mock.get(PATH).mock(side_effect=server)
    kimono, _ = client()
    async with kimono:
        items = [item async for item in kimono.paginate(list_clouds, page_size=3)]
    assert names(items) == [f"c{n}" for n in range(7)]
    assert server.requested == [0, 1, 2]
    assert "page" not in route.calls[0].request.url.params
    assert [call.request.url.params["page_size"] for call in route.calls] == ["3", "3", "3"]


async def test_awaiting_gives_the_first_page(respx_mock: respx.MockRouter) -> None:
    respx_mock.get(PATH).mock(side_effect=Server(total=5, size=2))
    kimono, _ = client()
    async with kimono:
        first = await kimono.paginate(list_clouds, page_size=2)
        assert isinstance(first, Page)
        assert names(first.items) == ["c0", "c1"]
        assert first.has_next_page()
        second = await first.next_page()
        third = await second.next_page()
        assert names(third.items) == ["c4"]
        assert not third.has_next_page()
        with pytest.raises(PaginationError, match="last page"):
            await third.next_page()


async def test_starts_at_the_given_page(respx_mock: respx.MockRouter) -> None:
    server = Server(total=6, size=2)
    respx_mock.get(PATH).mock(side_effect=server)
    kimono, _ = client()
    async with kimono:
        items = [item async for item in kimono.paginate(list_clouds, page=1, page_size=2)]
    assert names(items) == ["c2", "c3", "c4", "c5"]
    assert server.requested == [1, 2]


async def test_pages_yields_each_page(respx_mock: respx.MockRouter) -> None:
    respx_mock.get(PATH).mock(side_effect=Server(total=5, size=2))
    kimono, _ = client()
    async with kimono:
        pages = [page async for page in kimono.paginate(list_clouds, page_size=2).pages()]
    assert [page.number for page in pages] == [0, 1, 2]
    assert [len(page.items) for page in pages] == [2, 2, 1]


async def test_without_paging_a_short_page_is_the_last(respx_mock: respx.MockRouter) -> None:
    server = Server(total=5, size=2, paging=False)
    respx_mock.get(PATH).mock(side_effect=server)
    kimono, _ = client()
    async with kimono:
        items = [item async for item in kimono.paginate(list_clouds, page_size=2)]
    assert len(items) == 5
    assert server.requested == [0, 1, 2]


async def test_without_paging_or_page_size_an_empty_page_is_the_last(
    respx_mock: respx.MockRouter,
) -> None:
    server = Server(total=4, size=2, paging=False)
    respx_mock.get(PATH).mock(side_effect=server)
    kimono, _ = client()
    async with kimono:
        items = [item async for item in kimono.paginate(list_clouds)]
    assert len(items) == 4
    assert server.requested == [0, 1, 2]


async def test_an_empty_list(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(PATH).mock(return_value=httpx.Response(200, json=clouds_page([])))
    kimono, _ = client()
    async with kimono:
        assert [item async for item in kimono.paginate(list_clouds)] == []
        assert route.call_count == 1


async def test_null_items_are_skipped(respx_mock: respx.MockRouter) -> None:
    body = clouds_page([None, cloud("a"), None, cloud("b")])
    respx_mock.get(PATH).mock(return_value=httpx.Response(200, json=body))
    kimono, _ = client()
    async with kimono:
        assert names([item async for item in kimono.paginate(list_clouds)]) == ["a", "b"]


async def test_a_server_that_ignores_page_raises_instead_of_looping(
    respx_mock: respx.MockRouter,
) -> None:
    same = clouds_page([cloud("a"), cloud("b")], next_="more")
    route = respx_mock.get(PATH).mock(return_value=httpx.Response(200, json=same))
    kimono, _ = client()
    seen: list[Any] = []
    async with kimono:
        with pytest.raises(PaginationError, match="ignore `page`"):
            await drain(kimono.paginate(list_clouds), seen)
    assert names(seen) == ["a", "b"]  # each item once: the repeats bring nothing new
    assert route.call_count == 1 + STALE_PAGE_LIMIT


def looping(pages: Callable[[int], list[dict[str, Any]]]) -> Callable[..., httpx.Response]:
    """A server whose every page says another follows, with the items `pages(number)`."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=clouds_page(pages(page_of(request)), next_="more"))

    return answer


A, B, C = (cloud(name) for name in "abc")


@pytest.mark.parametrize("prefetch", [0, 4])
@pytest.mark.parametrize(
    "pages",
    [
        lambda n: [A, B] if n % 2 == 0 else [C],  # cycles through two pages
        lambda n: [[A, B, C], [B, C, A], [C, A, B]][n % 3],  # the same items, rotated
        lambda n: [],  # empty pages that say more follow
        lambda n: [None, None],  # ... or only nulls
    ],
    ids=["cycling", "rotating", "empty", "nulls"],
)
async def test_a_server_that_loops_in_any_way_raises_and_yields_each_item_once(
    respx_mock: respx.MockRouter, pages: Callable[[int], list[Any]], prefetch: int
) -> None:
    route = respx_mock.get(PATH).mock(side_effect=looping(pages))
    kimono, _ = client()
    seen: list[Any] = []
    async with kimono:
        with pytest.raises(PaginationError, match="ignore `page`"):
            await drain(kimono.paginate(list_clouds, prefetch=prefetch), seen)
    assert len(names(seen)) == len(set(names(seen)))
    assert set(names(seen)) <= {"a", "b", "c"}
    assert route.call_count <= 1 + STALE_PAGE_LIMIT + prefetch + 2


async def test_a_run_of_empty_pages_shorter_than_the_limit_is_crossed(
    respx_mock: respx.MockRouter,
) -> None:
    gap = STALE_PAGE_LIMIT - 1

    def pages(number: int) -> list[dict[str, Any]]:
        return [A] if number == 0 else [] if number <= gap else [B]

    def answer(request: httpx.Request) -> httpx.Response:
        number = page_of(request)
        return httpx.Response(
            200, json=clouds_page(pages(number), next_=None if number > gap else "more")
        )

    respx_mock.get(PATH).mock(side_effect=answer)
    kimono, _ = client()
    async with kimono:
        assert names([item async for item in kimono.paginate(list_clouds)]) == ["a", "b"]


def with_markers(pages: Callable[[int], list[Any]], last: int) -> Callable[..., httpx.Response]:
    """A server whose `paging.next` names the following page, up to page `last`."""

    def answer(request: httpx.Request) -> httpx.Response:
        number = page_of(request)
        marker = f"page-{number + 1}" if number < last else None
        return httpx.Response(200, json=clouds_page(pages(number), next_=marker))

    return answer


async def test_a_sparse_list_of_empty_pages_that_move_on_is_crossed(
    respx_mock: respx.MockRouter,
) -> None:
    # A filter applied after paging: many empty pages, each pointing at the next.
    gap = 3 * STALE_PAGE_LIMIT
    pages = with_markers(lambda n: [A] if n == 0 else [B] if n == gap + 1 else [], last=gap + 1)
    respx_mock.get(PATH).mock(side_effect=pages)
    kimono, _ = client()
    async with kimono:
        assert names([item async for item in kimono.paginate(list_clouds)]) == ["a", "b"]


async def test_empty_pages_without_end_stop_at_the_empty_page_limit(
    respx_mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagination_module, "EMPTY_PAGE_LIMIT", 3 * STALE_PAGE_LIMIT)
    route = respx_mock.get(PATH).mock(side_effect=with_markers(lambda n: [], last=10**9))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(PaginationError, match="ignore `page`"):
            [item async for item in kimono.paginate(list_clouds)]
    assert route.call_count == 3 * STALE_PAGE_LIMIT


async def test_a_cycle_longer_than_the_pages_compared_item_by_item_is_caught(
    respx_mock: respx.MockRouter,
) -> None:
    cycle = [[cloud(f"c{n}")] for n in range(SEEN_PAGES + 3)]
    respx_mock.get(PATH).mock(side_effect=looping(lambda n: cycle[n % len(cycle)]))
    kimono, _ = client()
    seen: list[Any] = []
    async with kimono:
        with pytest.raises(PaginationError, match="ignore `page`"):
            await drain(kimono.paginate(list_clouds), seen)
    assert names(seen) == [f"c{n}" for n in range(len(cycle))]


@pytest.mark.parametrize(
    "pages",
    [lambda n: [A, B], lambda n: [[A, B, C], [B, C, A], [C, A, B]][n % 3], lambda n: []],
    ids=["repeating", "rotating", "empty"],
)
async def test_a_hand_written_next_page_loop_is_stopped_too(
    respx_mock: respx.MockRouter, pages: Callable[[int], list[Any]]
) -> None:
    route = respx_mock.get(PATH).mock(side_effect=looping(pages))
    kimono, _ = client()

    async def walk() -> None:
        page = await kimono.paginate(list_clouds)
        while page.has_next_page():
            page = await page.next_page()

    async with kimono:
        with pytest.raises(PaginationError, match="ignore `page`"):
            await walk()
    assert route.call_count <= 1 + STALE_PAGE_LIMIT


def test_no_page_of_a_long_regular_list_is_taken_for_a_repeat() -> None:
    # Ids as regular as the benchmark server's (the page number in front, the item's behind):
    # hash(frozenset(...)) of 1,000 such pages of 10 gives 416 values, and a guard keyed by
    # it once dropped the pages that collided.
    async def never(number: int | None) -> Any:
        raise AssertionError("nothing is fetched")

    paginator: AsyncPaginator[Any] = AsyncPaginator(never)
    guard = pagination_module._RepeatGuard()
    yielded = 0
    for number in range(1000):
        items = [
            SimpleNamespace(id=uuid.UUID(f"{number:08x}-5eed-4000-8000-{n:012x}"))
            for n in range(10)
        ]
        raw = RawPage(items, True, None, httpx.Response(200), "more")
        yielded += len(guard.new_items(Page(paginator, number, raw)))
    assert yielded == 10_000


async def test_items_without_ids_that_look_alike_are_all_yielded(
    respx_mock: respx.MockRouter,
) -> None:
    # Without an id, two items with the same content may be two items: only a page that
    # repeats whole is skipped.
    x, y, z = ({"name": name} for name in "xyz")
    pages = with_markers(lambda n: [[x, y], [x, z]][n], last=1)
    respx_mock.get(PATH).mock(side_effect=pages)
    kimono, _ = client()
    async with kimono:
        assert names([item async for item in kimono.paginate(list_clouds)]) == ["x", "y", "x", "z"]


@pytest.mark.parametrize("prefetch", [0, 3])
@pytest.mark.parametrize("page_size", [1, 2, 3])
async def test_a_list_that_grows_while_it_is_read_repeats_no_item(
    respx_mock: respx.MockRouter, page_size: int, prefetch: int
) -> None:
    # Offset paging: each insert at the head pushes the items already read onto later pages.
    items = [cloud(f"c{n}") for n in range(9)]

    def answer(request: httpx.Request) -> httpx.Response:
        number = page_of(request)
        if number == 1:
            items.insert(0, cloud(f"new{len(items)}"))
        chunk = items[number * page_size : (number + 1) * page_size]
        more = (number + 1) * page_size < len(items)
        return httpx.Response(200, json=clouds_page(chunk, "more" if more else None))

    respx_mock.get(PATH).mock(side_effect=answer)
    kimono, _ = client()
    async with kimono:
        listing = kimono.paginate(list_clouds, page_size=page_size, prefetch=prefetch)
        got = names([c async for c in listing])
    assert len(got) == len(set(got))  # nothing twice
    assert set(got) >= {f"c{n}" for n in range(9)}  # nothing that was there all along is lost


async def test_pages_come_as_the_server_sent_them_repeats_included(
    respx_mock: respx.MockRouter,
) -> None:
    respx_mock.get(PATH).mock(side_effect=looping(lambda n: [A, B]))
    kimono, _ = client()
    pages: list[Page[Any]] = []

    async def collect() -> None:
        async for page in kimono.paginate(list_clouds).pages():
            pages.append(page)

    async with kimono:
        with pytest.raises(PaginationError):
            await collect()
    assert [page.number for page in pages] == list(range(STALE_PAGE_LIMIT))
    assert all(names(page.items) == ["a", "b"] for page in pages)


@pytest.mark.parametrize(
    "arguments",
    [
        {"page": -1},
        {"page_size": 0},
        {"page_size": True},
        {"page_size": 2.0},
        {"prefetch": -1},
        {"prefetch": True},
        {"prefetch": "2"},
        {"prefetch": None},
        {"prefetch": MAX_PREFETCH + 1},
        {"prefetch": 2**31 - 1},
    ],
    ids=str,
)
async def test_bad_paging_arguments_are_refused_before_anything_is_sent(
    respx_mock: respx.MockRouter, arguments: dict[str, Any]
) -> None:
    route = respx_mock.get(PATH).mock(return_value=httpx.Response(200, json=clouds_page([])))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(InvalidInputError, match=next(iter(arguments))):
            kimono.paginate(list_clouds, **arguments)
        with pytest.raises(InvalidInputError, match=next(iter(arguments))):
            kimono.clouds.list(**arguments)
    assert route.call_count == 0


async def test_repeats_of_items_without_ids_are_caught_too(respx_mock: respx.MockRouter) -> None:
    same = clouds_page([{"name": "a"}, {"name": "b"}], next_="more")
    respx_mock.get(PATH).mock(return_value=httpx.Response(200, json=same))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(PaginationError):
            [item async for item in kimono.paginate(list_clouds)]


async def test_items_that_are_not_objects_are_a_validation_error(
    respx_mock: respx.MockRouter,
) -> None:
    respx_mock.get(PATH).mock(return_value=httpx.Response(200, json={"data": [1, 2]}))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(ResponseValidationError):
            await kimono.paginate(list_clouds)


async def test_a_body_without_data_is_a_validation_error(respx_mock: respx.MockRouter) -> None:
    respx_mock.get(PATH).mock(return_value=httpx.Response(200, json={"paging": {}}))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(ResponseValidationError):
            await kimono.paginate(list_clouds)


class SlowServer(Server):
    """The same list, answered asynchronously: page n after `delay(n)` seconds and, if
    `after[n]` is set, only once that page has been answered. Counts the requests in flight at
    once and records the order of the answers; pages in `failing` answer 500."""

    def __init__(
        self,
        total: int,
        size: int,
        *,
        delay: Callable[[int], float] = lambda n: 0.0,
        after: dict[int, int] | None = None,
        failing: frozenset[int] = frozenset(),
        paging: bool = True,
    ) -> None:
        super().__init__(total, size, paging=paging)
        self.delay, self.after, self.failing = delay, after or {}, failing
        self.in_flight = 0
        self.most_in_flight = 0
        self.answered: list[int] = []
        self._events: dict[tuple[str, int], asyncio.Event] = {}

    def _event(self, what: str, number: int) -> asyncio.Event:
        return self._events.setdefault((what, number), asyncio.Event())

    async def wait_requested(self, number: int) -> None:
        with anyio.fail_after(10):
            await self._event("requested", number).wait()

    async def wait_answered(self, number: int) -> None:
        with anyio.fail_after(10):
            await self._event("answered", number).wait()

    async def __call__(self, request: httpx.Request) -> httpx.Response:  # type: ignore[override]
        number = page_of(request)
        self.requested.append(number)
        self._event("requested", number).set()
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if number in self.after:
                await self._event("answered", self.after[number]).wait()
            await asyncio.sleep(self.delay(number))
        finally:
            self.in_flight -= 1
        self.answered.append(number)
        self._event("answered", number).set()
        if number in self.failing:
            return httpx.Response(500)
        return self.answer(number)


class TestPrefetch:
    async def test_pages_come_in_order_when_their_requests_finish_out_of_order(
        self, respx_mock: respx.MockRouter
    ) -> None:
        # Page n (n > 0) answers only after page n+1, except every fourth page: any 4 pages in
        # flight hold one that answers at once, and the others follow it in reverse order.
        after = {n: n + 1 for n in range(1, 12) if n % 4 != 3}
        server = SlowServer(total=24, size=2, after=after)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        async with kimono:
            paginator = kimono.paginate(list_clouds, page_size=2, prefetch=4)
            pages = [page async for page in paginator.pages()]
        assert [page.number for page in pages] == list(range(12))
        assert names([item for page in pages for item in page.items]) == [
            f"c{n}" for n in range(24)
        ]
        assert server.answered[1:4] == [3, 2, 1]  # they did cross

    async def test_keeps_up_to_prefetch_requests_in_flight_and_never_more(
        self, respx_mock: respx.MockRouter
    ) -> None:
        server = SlowServer(total=30, size=2, delay=lambda n: 0.05)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        async with kimono:
            items = [item async for item in kimono.paginate(list_clouds, page_size=2, prefetch=3)]
        assert len(items) == 30
        assert server.most_in_flight == 3
        # Page 14 is the last: at most the 3 requests in flight when it arrived go beyond it.
        assert server.requested[:15] == list(range(15))
        assert set(server.requested[15:]) <= {15, 16, 17}

    async def test_never_more_than_prefetch_pages_ahead_of_a_slow_consumer(
        self, respx_mock: respx.MockRouter
    ) -> None:
        server = Server(total=40, size=2)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        async with kimono:
            paginator: AsyncPaginator[Any] = kimono.paginate(list_clouds, page_size=2, prefetch=3)
            consumed = 0
            ahead = []
            async for _page in paginator.pages():
                consumed += 1
                for _ in range(20):  # a slow consumer: the fetching tasks get every chance to run
                    await asyncio.sleep(0)
                ahead.append(len(server.requested) - consumed)
        assert consumed == 20
        assert max(ahead) == 3
        assert server.requested[:20] == list(range(20))
        assert set(server.requested[20:]) <= {20, 21, 22}

    async def test_the_next_page_is_fetched_while_the_current_one_is_consumed(
        self, respx_mock: respx.MockRouter
    ) -> None:
        server = Server(total=6, size=2)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        async with kimono:
            async for page in kimono.paginate(list_clouds, page_size=2, prefetch=1).pages():
                if page.number == 0:
                    for _ in range(20):
                        await asyncio.sleep(0)
                    assert server.requested == [0, 1]

    async def test_a_single_page_list_sends_one_request(self, respx_mock: respx.MockRouter) -> None:
        server = Server(total=3, size=5)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        async with kimono:
            items = [item async for item in kimono.paginate(list_clouds, page_size=5, prefetch=4)]
        assert len(items) == 3
        assert server.requested == [0]

    async def test_requests_beyond_the_last_page_are_cancelled(
        self, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
    ) -> None:
        # Page 3 is the last; page 4, requested with pages 1-3, would take long: it is
        # cancelled when page 3 arrives, not awaited.
        server = SlowServer(total=8, size=2, delay=lambda n: 30.0 if n > 3 else 0.0)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        caplog.set_level(logging.ERROR, logger="asyncio")
        async with kimono:
            pages = []
            with anyio.fail_after(10):
                async for page in kimono.paginate(list_clouds, page_size=2, prefetch=4).pages():
                    await server.wait_requested(4)  # a slow consumer: every request goes out
                    pages.append(page)
            assert others_tasks() == set()
        assert [page.number for page in pages] == [0, 1, 2, 3]
        assert server.requested == [0, 1, 2, 3, 4]
        assert server.answered == [0, 1, 2, 3]
        assert server.in_flight == 0
        assert "destroyed" not in caplog.text

    async def test_without_paging_a_short_page_is_the_last(
        self, respx_mock: respx.MockRouter
    ) -> None:
        server = SlowServer(total=9, size=2, paging=False)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        async with kimono:
            items = [item async for item in kimono.paginate(list_clouds, page_size=2, prefetch=3)]
        assert names(items) == [f"c{n}" for n in range(9)]
        assert server.requested[:5] == [0, 1, 2, 3, 4]
        assert set(server.requested[5:]) <= {5, 6, 7}

    async def test_an_early_break_stops_the_requests_in_flight(
        self, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
    ) -> None:
        server = Server(total=100, size=2)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        caplog.set_level(logging.ERROR, logger="asyncio")
        async with kimono:
            items = kimono.paginate(list_clouds, page_size=2, prefetch=2).__aiter__()
            async with contextlib.aclosing(items):
                async for item in items:
                    if item.name == "c3":  # on page 1: pages 2 and 3 are on their way
                        break
            assert others_tasks() == set()
            requested = len(server.requested)
            for _ in range(20):
                await asyncio.sleep(0)
            assert len(server.requested) == requested <= 4
        assert "destroyed" not in caplog.text

    async def test_an_early_break_cancels_slow_requests(
        self, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
    ) -> None:
        server = SlowServer(total=100, size=2, delay=lambda n: 30.0 if n > 0 else 0.0)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        caplog.set_level(logging.ERROR, logger="asyncio")
        async with kimono:
            pages = kimono.paginate(list_clouds, page_size=2, prefetch=3).pages()
            with anyio.fail_after(10):
                async with contextlib.aclosing(pages):
                    async for _page in pages:
                        for _ in range(20):
                            await asyncio.sleep(0)
                        assert server.in_flight == 3
                        break
            assert others_tasks() == set()
            assert server.in_flight == 0
            assert server.answered == [0]
        assert "destroyed" not in caplog.text

    async def test_a_plain_break_also_cleans_up(
        self, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
    ) -> None:
        server = Server(total=100, size=2)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        caplog.set_level(logging.ERROR, logger="asyncio")
        async with kimono:
            async for item in kimono.paginate(list_clouds, page_size=2, prefetch=2):
                if item.name == "c3":
                    break
            # The abandoned generator is closed by the event loop's finalizer hook.
            for _ in range(100):
                if not others_tasks():
                    break
                await asyncio.sleep(0)
            assert others_tasks() == set()
        assert "destroyed" not in caplog.text

    async def test_cancelling_the_consumer_cancels_the_requests_in_flight(
        self, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
    ) -> None:
        server = SlowServer(total=100, size=2, delay=lambda n: 30.0 if n > 1 else 0.0)
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client()
        caplog.set_level(logging.ERROR, logger="asyncio")
        seen: list[Any] = []
        async with kimono:
            consumer = asyncio.create_task(
                drain(kimono.paginate(list_clouds, page_size=2, prefetch=3), seen)
            )
            await server.wait_requested(4)  # page 1 is in: pages 2-4 are in flight
            assert server.in_flight == 3
            consumer.cancel()
            with pytest.raises(asyncio.CancelledError):
                await consumer
            assert others_tasks() == set()
            assert server.in_flight == 0
        assert names(seen) == ["c0", "c1", "c2", "c3"]
        assert "destroyed" not in caplog.text

    async def test_errors_reach_the_consumer(self, respx_mock: respx.MockRouter) -> None:
        respx_mock.get(PATH).mock(
            side_effect=lambda request: (
                httpx.Response(200, json=clouds_page([cloud("a")], "more"))
                if page_of(request) == 0
                else httpx.Response(500)
            )
        )
        kimono, _ = client(max_retries=0)
        seen: list[Any] = []
        async with kimono:
            with pytest.raises(InternalServerError):
                await drain(kimono.paginate(list_clouds, prefetch=1), seen)
        assert names(seen) == ["a"]

    async def test_a_failed_page_raises_when_the_consumer_reaches_it(
        self, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
    ) -> None:
        # Page 3 fails first, while pages 1 and 2 are still on their way; pages 4 and 5 are
        # slow. The consumer gets every item of pages 0-2, then the error; 4 and 5 are cancelled.
        server = SlowServer(
            total=100,
            size=2,
            after={1: 2, 2: 3},
            delay=lambda n: 30.0 if n > 3 else 0.0,
            failing=frozenset({3}),
        )
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client(max_retries=0)
        caplog.set_level(logging.ERROR, logger="asyncio")
        seen: list[Any] = []
        async with kimono:
            with anyio.fail_after(10), pytest.raises(InternalServerError):
                await drain(kimono.paginate(list_clouds, page_size=2, prefetch=3), seen)
            assert others_tasks() == set()
        assert names(seen) == [f"c{n}" for n in range(6)]
        assert server.answered == [0, 3, 2, 1]  # the failure came first, was raised last
        assert server.in_flight == 0
        assert "never retrieved" not in caplog.text

    async def test_a_failure_beyond_where_the_consumer_stops_is_never_raised(
        self, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
    ) -> None:
        server = SlowServer(total=100, size=2, failing=frozenset({2}))
        respx_mock.get(PATH).mock(side_effect=server)
        kimono, _ = client(max_retries=0)
        caplog.set_level(logging.ERROR, logger="asyncio")
        async with kimono:
            pages = kimono.paginate(list_clouds, page_size=2, prefetch=3).pages()
            async with contextlib.aclosing(pages):
                async for page in pages:
                    await server.wait_answered(2)
                    assert page.number == 0
                    break
            assert others_tasks() == set()
        gc.collect()
        assert "never retrieved" not in caplog.text

    async def test_a_server_that_ignores_page_still_raises(
        self, respx_mock: respx.MockRouter
    ) -> None:
        same = clouds_page([cloud("a"), cloud("b")], next_="more")
        respx_mock.get(PATH).mock(return_value=httpx.Response(200, json=same))
        kimono, _ = client()
        seen: list[Any] = []
        async with kimono:
            with pytest.raises(PaginationError, match="ignore `page`"):
                await drain(kimono.paginate(list_clouds, prefetch=3), seen)
            assert others_tasks() == set()
        assert names(seen) == ["a", "b"]

    def test_prefetch_must_not_be_negative(self) -> None:
        async def never(number: int | None) -> Any:
            raise AssertionError

        with pytest.raises(ValueError, match="prefetch"):
            AsyncPaginator(never, prefetch=-1)


def others_tasks() -> set[asyncio.Task[Any]]:
    return asyncio.all_tasks() - {asyncio.current_task()}  # type: ignore[operator]
