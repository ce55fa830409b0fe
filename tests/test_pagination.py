"""Pagination: paging.next, short and empty pages, nulls, servers that ignore `page`, prefetch."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import httpx
import pytest
import respx
from _layer_support import BASE, client, cloud, clouds_page

from kimono_interop_client import (
    AsyncPaginator,
    InternalServerError,
    Page,
    PaginationError,
    ResponseValidationError,
)
from kimono_interop_client._generated.api.clouds import list_clouds

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
    assert names(seen) == ["a", "b"]
    assert route.call_count == 2


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


class TestPrefetch:
    async def test_fetches_ahead_but_never_more_than_prefetch_pages(
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
                for _ in range(20):  # a slow consumer: the producer gets every chance to run
                    await asyncio.sleep(0)
                ahead.append(len(server.requested) - consumed)
        assert consumed == 20
        assert max(ahead) == 3
        assert server.requested == list(range(20))

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

    async def test_an_early_break_stops_the_background_fetch_cleanly(
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
                    if item.name == "c3":
                        break
            assert others_tasks() == set()
            requested = len(server.requested)
            for _ in range(20):
                await asyncio.sleep(0)
            assert len(server.requested) == requested <= 5
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

    def test_prefetch_must_not_be_negative(self) -> None:
        async def never(number: int | None) -> Any:
            raise AssertionError

        with pytest.raises(ValueError, match="prefetch"):
            AsyncPaginator(never, prefetch=-1)


def others_tasks() -> set[asyncio.Task[Any]]:
    return asyncio.all_tasks() - {asyncio.current_task()}  # type: ignore[operator]
