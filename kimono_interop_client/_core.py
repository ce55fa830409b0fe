"""The one send loop (``_Core``) and what every client object made from one ``InteropClient``
shares (``SharedState``: the pool, the token caches, the application cache, the clock).

The façade (``_resources/``) and the public clients send only through ``_Core.call`` and
``_Core.paginate``; see the contract in COMMON.md.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import anyio
import httpx

from ._config import LOGGER_NAME
from ._errors import APIConnectionError, APITimeoutError, ClientClosedError, status_error
from ._pagination import AsyncPaginator, RawPage
from ._pool_repair import connection_pool, reclaim_orphans
from ._responses import parse_success, raw_page, unwrap
from ._retry import TransportFailure, classify, should_retry
from ._token_cache import TokenCaches

__all__ = ["SharedState", "_Core", "_Options"]

logger = logging.getLogger(LOGGER_NAME)


class SharedState:
    """What an ``InteropClient`` shares with every copy and tenant context made from it."""

    __slots__ = (
        "application_cache",
        "base_url",
        "clock",
        "closed",
        "http",
        "owns_http",
        "pool",
        "sleep",
        "slots",
        "timeout",
        "token_caches",
    )

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        owns_http: bool,
        base_url: str,
        timeout: httpx.Timeout,
        max_connections: int | None,
    ) -> None:
        self.http = http
        self.owns_http = owns_http
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.closed = False
        # Injectable for tests: a monotonic clock and the sleep between retries.
        self.clock: Callable[[], float] = time.monotonic
        self.sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        self.application_cache: dict[Hashable, tuple[float, Any]] = {}
        # The caches read the clock through this object, so a replaced clock applies to them.
        self.token_caches = TokenCaches(lambda: self.clock())
        # encode/httpcore#1093: a call cancelled while queued inside httpcore's pool can orphan
        # a connection slot for good. With at most `max_connections` calls past this semaphore,
        # httpcore never queues, so cancellation lands here, where it is harmless.
        # That limit removes the pool queue, but not every window: httpcore also orphans a
        # fresh connection cancelled at its HTTP/1.1 state lock. After a cancelled call the
        # pool is swept for connections no request owns (see _pool_repair).
        self.slots = anyio.Semaphore(max_connections) if max_connections else None
        self.pool = connection_pool(http)

    async def send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        guard = self.slots if self.slots is not None else contextlib.nullcontext()
        async with guard:
            try:
                return await self._send_in_child_task(request, auth)
            except BaseException:
                if self.pool is not None:
                    await reclaim_orphans(self.pool)
                raise

    async def _send_in_child_task(
        self, request: httpx.Request, auth: httpx.Auth | None
    ) -> httpx.Response:
        """Send from a child task, so that cancelling the caller reaches httpcore as an anyio
        cancellation, which its shielded clean-up honours. A native ``task.cancel()`` landing
        inside that clean-up skips it and leaves a request in the pool for good."""
        outcome: list[httpx.Response | Exception] = []

        async def send() -> None:
            try:
                outcome.append(await self.http.send(request, auth=auth))
            except Exception as exc:
                outcome.append(exc)

        async with anyio.create_task_group() as group:
            group.start_soon(send)
        result = outcome[0]
        if isinstance(result, Exception):
            raise result
        return result

    async def send_token_request(self, request: httpx.Request) -> httpx.Response:
        """Send without any auth flow: used by ClientCredentials from inside its own flow,
        while the caller already holds a slot, so it does not take another."""
        request.extensions.setdefault("timeout", self.timeout.as_dict())
        started = self.clock()
        response = await self.http.send(request, auth=None)
        logger.debug(
            "POST %s -> %d in %.1f ms (token)",
            request.url.path,
            response.status_code,
            (self.clock() - started) * 1000,
        )
        return response


@dataclass(frozen=True, slots=True)
class _Options:
    timeout: httpx.Timeout
    max_retries: int
    max_retry_after: float
    headers: tuple[tuple[str, str], ...]


def _read_body(content: object) -> object:
    # The generated XML bodies are file objects: read them so the body is bytes, which an
    # async client can send and a retry or a 401 replay can send again.
    read = getattr(content, "read", None)
    return read() if callable(read) else content


def _connection_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or "no detail"
    return cls(f"{type(exc).__name__}: {detail}", method=request.method, url=request.url)


class _Core:
    """The one send loop, shared by every client object (see COMMON.md for the contract)."""

    __slots__ = ("_auth", "_closed", "options", "shared", "tenant_key")

    def __init__(
        self,
        shared: SharedState,
        auth: httpx.Auth | None,
        options: _Options,
        tenant_key: Hashable | None,
    ) -> None:
        self.shared = shared
        self._auth = auth
        self.options = options
        self.tenant_key = tenant_key
        self._closed = False

    @property
    def auth(self) -> httpx.Auth | None:
        return self._auth

    @property
    def closed(self) -> bool:
        return self._closed or self.shared.closed

    def with_options(self, options: _Options) -> _Core:
        """The same identity over the same shared state, with other options."""
        return _Core(self.shared, self._auth, options, self.tenant_key)

    def as_tenant(self, auth: httpx.Auth | None, tenant_key: Hashable | None) -> _Core:
        """Other credentials over the same shared state and options."""
        return _Core(self.shared, auth, self.options, tenant_key)

    async def call(self, endpoint: ModuleType, *path_args: Any, **kwargs: Any) -> Any:
        response = await self.send(endpoint._get_kwargs(*path_args, **kwargs))
        return unwrap(parse_success(endpoint, response), response)

    def paginate(
        self,
        endpoint: ModuleType,
        *path_args: Any,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
        **kwargs: Any,
    ) -> AsyncPaginator[Any]:
        if page_size is not None:
            kwargs["page_size"] = page_size

        async def fetch_page(number: int | None) -> RawPage:
            page_kwargs = kwargs if number is None else {**kwargs, "page": number}
            response = await self.send(endpoint._get_kwargs(*path_args, **page_kwargs))
            return raw_page(parse_success(endpoint, response), response)

        return AsyncPaginator(fetch_page, page=page, page_size=page_size, prefetch=prefetch)

    def build_request(self, spec: Mapping[str, Any]) -> httpx.Request:
        """An httpx request from a generated ``_get_kwargs`` result."""
        headers = httpx.Headers(self.options.headers)
        headers.update(spec.get("headers") or {})
        return self.shared.http.build_request(
            str(spec["method"]).upper(),
            self.shared.base_url + str(spec["url"]),
            params=spec.get("params"),
            json=spec.get("json"),
            content=_read_body(spec.get("content")),  # type: ignore[arg-type]
            data=spec.get("data"),
            files=spec.get("files"),
            headers=headers,
            timeout=self.options.timeout,
        )

    async def send(self, spec: Mapping[str, Any]) -> httpx.Response:
        """Send with retries; a 2xx response, or a typed error."""
        if self.closed:
            raise ClientClosedError("this client is closed; create a new one")
        request = self.build_request(spec)
        shared, options = self.shared, self.options
        method, path = request.method, request.url.path
        attempt = 0
        while True:
            started = shared.clock()
            outcome: int | TransportFailure
            try:
                response = await shared.send(request, self._auth)
            except httpx.RequestError as exc:
                failure = exc
                outcome = (
                    classify(exc)
                    if isinstance(exc, httpx.TransportError)
                    else TransportFailure.MAYBE_SENT
                )
                logger.debug(
                    "%s %s failed after %.1f ms: %s",
                    method,
                    path,
                    (shared.clock() - started) * 1000,
                    type(exc).__name__,
                )
                headers = None
            else:
                elapsed = (shared.clock() - started) * 1000
                logger.debug("%s %s -> %d in %.1f ms", method, path, response.status_code, elapsed)
                if response.is_success:
                    return response
                outcome, headers = response.status_code, response.headers
            decision = should_retry(
                method,
                outcome,
                attempt,
                headers,
                max_retries=options.max_retries,
                max_retry_after=options.max_retry_after,
                now=datetime.now(UTC),
            )
            if not decision.retry:
                logger.debug("%s %s: not retrying (%s)", method, path, decision.reason)
                if isinstance(outcome, TransportFailure):
                    raise _connection_error(failure, request) from failure
                raise status_error(response, retry_after=decision.retry_after)
            attempt += 1
            logger.debug(
                "%s %s: retry %d of %d in %.2f s (%s)",
                method,
                path,
                attempt,
                options.max_retries,
                decision.delay,
                decision.reason,
            )
            await shared.sleep(decision.delay)
