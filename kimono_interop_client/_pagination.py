"""Pages of a list operation: ``Page`` and the lazy ``AsyncPaginator``.

Kimono's list bodies are ``{"data": [...], "paging": {"next": ...}}``: more pages exist exactly
when ``paging.next`` is non-null. Without ``paging`` the list ends at an empty page, or at a
short one when a ``page_size`` was asked. ``null`` items are skipped.

Pages are numbered (offset paging), so a list that changes while it is read shifts under the
reader: an insert repeats items on the next page, a delete skips one. A server that ignores
``page`` would make a naive loop run forever. Every page therefore passes a ``_RepeatGuard``:
the item iteration skips items whose id was on one of the last few pages, and
``STALE_PAGE_LIMIT`` pages in a row that bring nothing new raise ``PaginationError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from collections import deque
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

import httpx
import msgspec

from . import _validation as validate
from ._errors import PaginationError

__all__ = ["AsyncPaginator", "Page", "RawPage"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RawPage:
    """One list response as the core read it (already checked for shape)."""

    data: list[Any]  # the items as sent, nulls included
    has_paging: bool  # the body carried `paging`
    envelope: Any  # the generated list-response model
    response: httpx.Response
    next_marker: object = None  # the value of `paging.next`; None when absent or null

    @property
    def has_next(self) -> bool:
        return self.next_marker is not None


FetchPage = Callable[[int | None], Coroutine[Any, Any, RawPage]]


def _identity(item: Any) -> object:
    """What makes an item the same item again: its id (a UUID: cheap to hash), else its whole
    content, as a ("content", ...) tuple."""
    item_id = getattr(item, "id", None)
    if item_id is not None and item_id is not msgspec.UNSET:
        return item_id
    to_dict = getattr(item, "to_dict", None)
    content = to_dict() if callable(to_dict) else item
    return ("content", json.dumps(content, sort_keys=True, default=str))


# How many pages in a row may bring nothing new before the iteration stops: enough to cross
# the repeats of a list that shifted, few enough that a server ignoring `page` costs a handful
# of requests, not an endless loop. A page brings nothing new when every item on it was on one
# of the SEEN_PAGES pages before it, when the same set of items came on any earlier page (a
# server cycling through pages), or when it is empty and its `paging.next` is the one before.
STALE_PAGE_LIMIT = 10
# Empty pages whose `paging.next` moves on are a sparse list (a filter applied after paging),
# crossed up to this many in a row: past it, only a server that never ends.
EMPTY_PAGE_LIMIT = 1000
# How many earlier pages an item's id is compared with. Bounded, so that memory stays flat
# however long the list (the earlier pages themselves are remembered by a 16-byte digest each).
SEEN_PAGES = 8


class _RepeatGuard:
    """What one iteration has seen: the identities on its last ``SEEN_PAGES`` pages, and a
    digest of every earlier page's set of identities."""

    __slots__ = ("_empty", "_known", "_marker", "_page_digests", "_pages", "_stale")

    def __init__(self) -> None:
        self._pages: deque[set[object]] = deque()  # the identities of each of those pages
        self._known: dict[object, int] = {}  # identity -> on how many of them it is
        self._page_digests: set[bytes] = set()
        self._marker: object = None  # the previous page's `paging.next`
        self._stale = 0  # pages in a row that brought nothing new
        self._empty = 0  # empty pages in a row

    def new_items(self, page: Page[Any]) -> list[Any]:
        """The page's items to yield: all but those whose id was on one of the pages before
        (items without an id are told apart only by their content, which two items may
        share, so they are all yielded unless the whole page is a repeat). Raises
        PaginationError at the ``STALE_PAGE_LIMIT``-th page in a row that brings nothing new,
        or the ``EMPTY_PAGE_LIMIT``-th empty page in a row."""
        marker, self._marker = self._marker, page.next_marker
        identities = page.identities()
        if not identities:
            self._empty += 1
            self._note(page, stale=marker == page.next_marker)  # not even `next` moved on
            return []
        self._empty = 0
        known = self._known
        unseen = {identity for identity in identities if identity not in known}
        digest = _page_digest(identities)
        repeated = digest in self._page_digests
        self._page_digests.add(digest)
        self._remember(set(identities))
        # A repeat by digest came whole on an earlier page: its items were yielded then.
        if self._note(page, stale=repeated or not unseen):
            return []
        return [
            item
            for item, identity in zip(page.items, identities, strict=True)
            # Content identities are tuples (see _identity): such items are yielded again.
            if identity in unseen or isinstance(identity, tuple)
        ]

    def _note(self, page: Page[Any], *, stale: bool) -> bool:
        """Count a page that brought nothing new (or not); raise at the limits."""
        self._stale = self._stale + 1 if stale else 0
        if self._stale >= STALE_PAGE_LIMIT or self._empty >= EMPTY_PAGE_LIMIT:
            raise PaginationError(
                f"page {page.number} is the {max(self._stale, self._empty)}th in a row that "
                "brought nothing new: the server seems to ignore `page`; stopping instead of "
                "looping forever"
            )
        return stale

    def _remember(self, identities: set[object]) -> None:
        known = self._known
        if len(self._pages) == SEEN_PAGES:
            for identity in self._pages.popleft():
                if known[identity] == 1:
                    del known[identity]
                else:
                    known[identity] -= 1
        for identity in identities:
            known[identity] = known.get(identity, 0) + 1
        self._pages.append(identities)


def _page_digest(identities: list[object]) -> bytes:
    """The same for the same set of items in any order. A digest, not ``hash(frozenset(...))``:
    frozenset hashes of ids as regular as a page's collide (888 distinct in 1,000 pages of
    the benchmark's ids), and a collision would read as a repeat."""
    parts = sorted(
        b"u" + identity.bytes if isinstance(identity, UUID) else b"o" + repr(identity).encode()
        for identity in identities
    )
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(len(part).to_bytes(4, "little"))
        digest.update(part)
    return digest.digest()


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

    __slots__ = ("_guard", "_identities", "_paginator", "_raw", "items", "number")

    def __init__(
        self,
        paginator: AsyncPaginator[T],
        number: int,
        raw: RawPage,
        guard: _RepeatGuard | None = None,
    ) -> None:
        self._paginator = paginator
        self._raw = raw
        self._guard = guard  # the chain of next_page() calls this page is on, if any
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

    @property
    def next_marker(self) -> object:
        """The response's ``paging.next`` (None on the last page)."""
        return self._raw.next_marker

    async def next_page(self) -> Page[T]:
        """The page after this one. A chain of ``next_page()`` calls shares one
        ``_RepeatGuard``, so a server that ignores ``page`` ends a hand-written loop too."""
        if not self.has_next_page():
            raise PaginationError(f"page {self.number} is the last page")
        guard = self._guard
        if guard is None:
            guard = self._guard = _RepeatGuard()
            guard.new_items(self)
        following = self.number + 1
        page = Page(self._paginator, following, await self._paginator._fetch_page(following), guard)
        guard.new_items(page)
        return page

    def identities(self) -> list[object]:
        # Computed once: a page is compared with the one before it and with the ones after.
        if self._identities is None:
            self._identities = [_identity(item) for item in self.items]
        return self._identities


class AsyncPaginator(Generic[T]):
    """A list operation's pages, fetched lazily.

    ``await paginator`` gives the first ``Page``; ``async for item in paginator`` gives every
    item of every page; ``paginator.pages()`` gives the pages one by one, as the server sent
    them. Both stop with ``PaginationError`` when pages keep bringing nothing new
    (``_RepeatGuard``), and the items skip what the last few pages already yielded. With
    ``prefetch=N`` (at most ``MAX_PREFETCH``) the iterations keep up to N page requests in
    flight at once, ahead of the consumer (under asyncio; under trio the pages come one after
    the other), yield the pages in order and cancel what is still in flight when the iteration
    ends early.
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
        if page is not None:
            validate.page(page)
        if page_size is not None:
            validate.page_size(page_size)
        validate.prefetch(prefetch)
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

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page, starting with the first (call it from inside the event loop)."""
        guard = _RepeatGuard()
        pages = self._unguarded_pages()
        async with contextlib.aclosing(pages):
            async for page in pages:
                guard.new_items(page)
                yield page

    def _unguarded_pages(self) -> AsyncGenerator[Page[T], None]:
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
            page = Page(self, page.number + 1, await self._fetch_page(page.number + 1))
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
                page = Page(self, page.number + 1, raw)
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
        guard = _RepeatGuard()
        pages = self._unguarded_pages()
        async with contextlib.aclosing(pages):
            async for page in pages:
                for item in guard.new_items(page):
                    yield item
