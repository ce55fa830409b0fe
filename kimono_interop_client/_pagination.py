"""Pages of a list operation: ``Page`` and the lazy ``AsyncPaginator``.

Kimono's list bodies are ``{"data": [...], "paging": {"next": ...}}``: more pages exist exactly
when ``paging.next`` is non-null. Without ``paging`` the list ends at an empty page, or at a
short one when a ``page_size`` was asked. ``null`` items are skipped. A server that ignores
``page`` would make a naive loop run forever; a page that repeats its predecessor's item ids
raises ``PaginationError`` instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ._errors import PaginationError

__all__ = ["AsyncPaginator", "Page", "RawPage"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RawPage:
    """One list response as the core read it (already checked for shape)."""

    data: list[Any]  # the items as sent, nulls included
    has_paging: bool  # the body carried `paging`
    has_next: bool  # `paging.next` was present and non-null
    envelope: Any  # the generated list-response model
    response: httpx.Response


FetchPage = Callable[[int | None], Awaitable[RawPage]]


def _identity(item: Any) -> object:
    """What makes an item the same item again: its id, else its whole content."""
    item_id = getattr(item, "id", None)
    if item_id is not None and type(item_id).__name__ != "Unset":
        return ("id", str(item_id))
    to_dict = getattr(item, "to_dict", None)
    content = to_dict() if callable(to_dict) else item
    return ("content", json.dumps(content, sort_keys=True, default=str))


def _in_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class Page(Generic[T]):
    """One page: ``items`` (nulls skipped), ``has_next_page()``, ``await next_page()``."""

    __slots__ = ("_paginator", "_raw", "items", "number")

    def __init__(self, paginator: AsyncPaginator[T], number: int, raw: RawPage) -> None:
        self._paginator = paginator
        self._raw = raw
        self.number = number  # 0-based page index
        self.items: list[T] = [item for item in raw.data if item is not None]

    def __repr__(self) -> str:
        return f"<Page {self.number}: {len(self.items)} items, more={self.has_next_page()}>"

    @property
    def envelope(self) -> Any:
        """The whole generated list-response model (``data`` and ``paging``)."""
        return self._raw.envelope

    @property
    def response(self) -> httpx.Response:
        return self._raw.response

    def has_next_page(self) -> bool:
        raw = self._raw
        if raw.has_paging:
            return raw.has_next
        if not raw.data:
            return False
        page_size = self._paginator.page_size
        return page_size is None or len(raw.data) >= page_size

    async def next_page(self) -> Page[T]:
        if not self.has_next_page():
            raise PaginationError(f"page {self.number} is the last page")
        return await self._paginator._fetch(self.number + 1, previous=self)

    def identities(self) -> list[object]:
        return [_identity(item) for item in self.items]


class AsyncPaginator(Generic[T]):
    """A list operation's pages, fetched lazily.

    ``await paginator`` gives the first ``Page``; ``async for item in paginator`` gives every
    item of every page; ``paginator.pages()`` gives the pages one by one. With ``prefetch=N``
    the iterations fetch up to N pages ahead of the consumer in a background task, never more,
    and stop that task when the iteration ends early.
    """

    __slots__ = ("_fetch_page", "page_size", "prefetch", "start")

    def __init__(
        self,
        fetch_page: FetchPage,
        *,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
    ) -> None:
        if prefetch < 0:
            raise ValueError("prefetch must be 0 or more")
        self._fetch_page = fetch_page
        self.start = page
        self.page_size = page_size
        self.prefetch = prefetch

    def __repr__(self) -> str:
        return f"<AsyncPaginator start={self.start} page_size={self.page_size}>"

    async def first_page(self) -> Page[T]:
        raw = await self._fetch_page(self.start)
        return Page(self, self.start or 0, raw)

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    async def _fetch(self, number: int, *, previous: Page[T]) -> Page[T]:
        page = Page(self, number, await self._fetch_page(number))
        ids = page.identities()
        if ids and ids == previous.identities():
            raise PaginationError(
                f"page {number} repeats the items of page {previous.number}: "
                "the server seems to ignore `page`; stopping instead of looping forever"
            )
        return page

    def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page, starting with the first (call it from inside the event loop)."""
        # Prefetch runs a background asyncio task; under another event loop (trio) the pages
        # come one after the other, the same items, only without the overlap.
        if self.prefetch and _in_asyncio():
            return self._prefetched_pages()
        return self._sequential_pages()

    async def _sequential_pages(self) -> AsyncGenerator[Page[T], None]:
        page = await self.first_page()
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def _prefetched_pages(self) -> AsyncGenerator[Page[T], None]:
        page = await self.first_page()
        if not page.has_next_page():
            yield page
            return
        # The producer takes a slot before each fetch and the consumer frees it on taking a
        # page, so at most `prefetch` pages are fetched or waiting, however long the list.
        slots = asyncio.Semaphore(self.prefetch)
        ready: asyncio.Queue[Page[T] | BaseException | None] = asyncio.Queue()
        producer = asyncio.create_task(self._produce(page, slots, ready))
        try:
            yield page  # the next page is already on its way while this one is consumed
            while True:
                item = await ready.get()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                slots.release()
                yield item
        finally:
            producer.cancel()
            # Wait for it so no task outlives the iteration (no "Task was destroyed" at exit);
            # asyncio.wait does not raise the task's CancelledError into this frame.
            await asyncio.wait([producer])

    async def _produce(
        self,
        page: Page[T],
        slots: asyncio.Semaphore,
        ready: asyncio.Queue[Page[T] | BaseException | None],
    ) -> None:
        try:
            while page.has_next_page():
                await slots.acquire()
                page = await page.next_page()
                ready.put_nowait(page)
        except Exception as exc:
            ready.put_nowait(exc)
        else:
            ready.put_nowait(None)

    def __aiter__(self) -> AsyncGenerator[T, None]:
        return self._items()

    async def _items(self) -> AsyncGenerator[T, None]:
        pages = self.pages()
        async with contextlib.aclosing(pages):
            async for page in pages:
                for item in page.items:
                    yield item
