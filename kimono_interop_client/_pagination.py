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
from collections import deque
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
import msgspec

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


FetchPage = Callable[[int | None], Coroutine[Any, Any, RawPage]]


def _identity(item: Any) -> object:
    """What makes an item the same item again: its id, else its whole content."""
    item_id = getattr(item, "id", None)
    if item_id is not None and item_id is not msgspec.UNSET:
        return ("id", str(item_id))
    to_dict = getattr(item, "to_dict", None)
    content = to_dict() if callable(to_dict) else item
    return ("content", json.dumps(content, sort_keys=True, default=str))


def _retrieve_exception(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()


async def _cancel_all(tasks: deque[asyncio.Task[RawPage]]) -> None:
    """Cancel the tasks and wait until they have ended; empties ``tasks``."""
    pending = list(tasks)
    tasks.clear()
    for task in pending:
        task.cancel()
    if pending:
        # asyncio.wait does not raise the tasks' CancelledError into this frame.
        await asyncio.wait(pending)


def _in_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class Page(Generic[T]):
    """One page: ``items`` (nulls skipped), ``has_next_page()``, ``await next_page()``."""

    __slots__ = ("_identities", "_paginator", "_raw", "items", "number")

    def __init__(self, paginator: AsyncPaginator[T], number: int, raw: RawPage) -> None:
        self._paginator = paginator
        self._raw = raw
        self._identities: list[object] | None = None
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
        # Computed once: each page is compared with the one before and the one after it.
        if self._identities is None:
            self._identities = [_identity(item) for item in self.items]
        return self._identities


class AsyncPaginator(Generic[T]):
    """A list operation's pages, fetched lazily.

    ``await paginator`` gives the first ``Page``; ``async for item in paginator`` gives every
    item of every page; ``paginator.pages()`` gives the pages one by one. With ``prefetch=N``
    the iterations keep up to N page requests in flight at once, ahead of the consumer (under
    asyncio; under trio the pages come one after the other), yield the pages in order and
    cancel what is still in flight when the iteration ends early.
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
        return self._checked(Page(self, number, await self._fetch_page(number)), previous=previous)

    def _checked(self, page: Page[T], *, previous: Page[T]) -> Page[T]:
        ids = page.identities()
        if ids and ids == previous.identities():
            raise PaginationError(
                f"page {page.number} repeats the items of page {previous.number}: "
                "the server seems to ignore `page`; stopping instead of looping forever"
            )
        return page

    def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page, starting with the first (call it from inside the event loop)."""
        # Prefetch runs asyncio tasks; under another event loop (trio) the pages come one
        # after the other, the same items, only without the overlap. (A trio nursery cannot
        # stay open across the yields of an async generator.)
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
        """The pages in order, with up to ``prefetch`` page requests in flight at once.

        Pages are numbered, so while the consumer holds page k, pages k+1..k+N are requested
        concurrently, each in its own task. Only the page in hand says whether another one
        follows: at the first page without a successor the requests beyond it (at most N,
        plain GETs) are cancelled. A failed page raises when the consumer reaches it. Memory:
        the page in hand and at most N fetched or in flight, however long the list.
        """
        page = await self.first_page()
        window: deque[asyncio.Task[RawPage]] = deque()  # pages page.number+1, +2, ... in order
        following = page.number + 1  # the number of the next page to request
        try:
            while True:
                more = page.has_next_page()
                if more:
                    while len(window) < self.prefetch:
                        window.append(self._fetch_soon(following))
                        following += 1
                else:
                    await _cancel_all(window)  # all of them lie beyond the last page
                yield page
                if not more:
                    return
                raw = await window[0]  # in order, whichever finished first
                window.popleft()
                page = self._checked(Page(self, page.number + 1, raw), previous=page)
        finally:
            # An early break, aclose(), an error or a cancellation: no task outlives the
            # iteration (no "Task was destroyed" at exit, no request left running).
            await _cancel_all(window)

    def _fetch_soon(self, number: int) -> asyncio.Task[RawPage]:
        task = asyncio.get_running_loop().create_task(self._fetch_page(number))
        # A page that failed but is never reached (the consumer stopped before it) must not
        # be reported as "Task exception was never retrieved".
        task.add_done_callback(_retrieve_exception)
        return task

    def __aiter__(self) -> AsyncGenerator[T, None]:
        return self._items()

    async def _items(self) -> AsyncGenerator[T, None]:
        pages = self.pages()
        async with contextlib.aclosing(pages):
            async for page in pages:
                for item in page.items:
                    yield item
