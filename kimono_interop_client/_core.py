"""The one send loop (``_Core``) and what every client object made from one ``InteropClient``
shares (``SharedState``: the pool, the token caches, the application cache, the clock).

The façade (``_resources/``) and the public clients send only through ``_Core.call`` and
``_Core.paginate``; see the contract in COMMON.md.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import anyio
import httpcore
import httpx

from ._config import LOGGER_NAME
from ._errors import APIConnectionError, APITimeoutError, ClientClosedError, status_error
from ._pagination import AsyncPaginator, RawPage
from ._pool_repair import connection_pool, repair, snapshot
from ._responses import parse_success, raw_page, unwrap
from ._retry import TokenEndpointBusy, TransportFailure, classify, should_retry
from ._token_cache import TokenCaches

__all__ = ["SharedState", "_Core", "_Options"]

logger = logging.getLogger(LOGGER_NAME)


class SharedState:
    """What an ``InteropClient`` shares with every copy and tenant context made from it."""

    __slots__ = (
        "application_cache",
        "application_cache_ttl",
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
        application_cache_ttl: float = 300.0,
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
        self.application_cache_ttl = application_cache_ttl  # seconds a cached one stays fresh
        # The caches read the clock through this object, so a replaced clock applies to them.
        self.token_caches = TokenCaches(lambda: self.clock())
        self.pool = connection_pool(http)
        # encode/httpcore#1093 is httpcore's: another transport (aiohttp, a mock) needs none of
        # what follows, and its calls go straight to the transport.
        # A call cancelled while queued inside httpcore's pool can orphan a connection slot for
        # good. With at most `max_connections` calls past this semaphore, httpcore never
        # queues, so cancellation lands here, where it is harmless. (fast_acquire: no extra
        # trip through the event loop when a slot is free, which is almost always.)
        # That limit removes the pool queue, but not every window: a native cancellation can
        # also cut httpcore's clean-up short. After a call that ended in an exception the pool
        # is repaired (see _pool_repair).
        self.slots = (
            anyio.Semaphore(max_connections, fast_acquire=True)
            if max_connections and self.pool is not None
            else None
        )

    async def send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        pool = self.pool
        if pool is None:
            return await self.http.send(request, auth=auth)
        slots = self.slots
        if slots is not None:
            await slots.acquire()
        try:
            return await _send_repairing(self.http, pool, request, auth)
        finally:
            if slots is not None:
                slots.release()

    async def send_token_request(self, request: httpx.Request) -> httpx.Response:
        """Send without any auth flow: used by ClientCredentials from inside its own flow,
        while the caller already holds a slot, so it does not take another."""
        request.extensions.setdefault("timeout", self.timeout.as_dict())
        started = self.clock()
        if self.pool is None:
            response = await self.http.send(request, auth=None)
        else:
            response = await _send_repairing(self.http, self.pool, request, None)
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


async def _send_repairing(
    http: httpx.AsyncClient,
    pool: httpcore.AsyncConnectionPool,
    request: httpx.Request,
    auth: httpx.Auth | None,
) -> httpx.Response:
    """``http.send`` in the caller's task; if it ends in an exception, the pool is repaired.

    A native cancellation can cut httpcore's shielded clean-up short (see _pool_repair). It
    used to be kept out of httpcore by sending from a child task (which turns the caller's
    cancellation into an anyio one), but a task per call cost 10-20% of a raw httpx call's
    CPU; undoing the rare damage afterwards costs nothing on success.
    """
    before = snapshot(pool)
    try:
        return await http.send(request, auth=auth)
    except BaseException:
        await repair(pool, request, before)
        raise


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

    __slots__ = ("_auth", "_closed", "_merged_headers", "options", "shared", "tenant_key")

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
        self._merged_headers: httpx.Headers | None = None  # built on first use

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
        # AsyncPaginator checks page, page_size and prefetch (for the façade and
        # kimono.paginate alike) before anything is sent.
        if page_size is not None:
            kwargs["page_size"] = page_size

        async def fetch_page(number: int | None) -> RawPage:
            page_kwargs = kwargs if number is None else {**kwargs, "page": number}
            response = await self.send(endpoint._get_kwargs(*path_args, **page_kwargs))
            return raw_page(parse_success(endpoint, response), response)

        return AsyncPaginator(fetch_page, page=page, page_size=page_size, prefetch=prefetch)

    def build_request(self, spec: Mapping[str, Any]) -> httpx.Request:
        """An httpx request from a generated ``_get_kwargs`` result."""
        shared, options = self.shared, self.options
        http = shared.http
        method = str(spec["method"]).upper()
        url = shared.base_url + str(spec["url"])
        content = _read_body(spec.get("content"))
        if not shared.owns_http:
            # The user's http_client (its params, headers, cookies may change): httpx merges
            # them.
            headers = httpx.Headers(options.headers)
            headers.update(spec.get("headers") or {})
            return http.build_request(
                method,
                url,
                params=spec.get("params"),
                json=spec.get("json"),
                content=content,  # type: ignore[arg-type]
                data=spec.get("data"),
                files=spec.get("files"),
                headers=headers,
                timeout=options.timeout,
            )
        # Our own client has no params, base URL or cookies, and fixed default headers: build
        # the request directly with its headers and ours merged once, what httpx's build_request
        # would give, for about half its cost per call.
        merged = self._merged_headers
        if merged is None:
            merged = self._merged_headers = httpx.Headers(http.headers)
            merged.update(options.headers)
        extra = spec.get("headers")
        if extra:
            merged = httpx.Headers(merged)
            merged.update(extra)
        return httpx.Request(
            method,
            url,
            params=spec.get("params"),
            json=spec.get("json"),
            content=content,  # type: ignore[arg-type]
            data=spec.get("data"),
            files=spec.get("files"),
            headers=merged,  # copied by the request
            extensions={"timeout": options.timeout.as_dict()},
        )

    async def send(self, spec: Mapping[str, Any]) -> httpx.Response:
        """Send with retries; a 2xx response, or a typed error."""
        if self.closed:
            raise ClientClosedError("this client is closed; create a new one")
        request = self.build_request(spec)
        shared, options = self.shared, self.options
        # Checked once per call: the timings and messages cost nothing when DEBUG is off.
        debug = logger.isEnabledFor(logging.DEBUG)
        attempt = 0
        while True:
            started = shared.clock() if debug else 0.0
            outcome: int | TransportFailure
            busy: httpx.Response | None = None  # a busy token endpoint's answer
            try:
                response = await shared.send(request, self._auth)
            except httpx.RequestError as exc:
                failure = exc
                outcome = (
                    classify(exc)
                    if isinstance(exc, httpx.TransportError)
                    else TransportFailure.MAYBE_SENT
                )
                if isinstance(exc, TokenEndpointBusy):
                    busy = exc.response  # its Retry-After applies to the call it holds up
                if debug:
                    logger.debug(
                        "%s %s failed after %.1f ms: %s",
                        request.method,
                        request.url.path,
                        (shared.clock() - started) * 1000,
                        type(exc).__name__,
                    )
                headers = None if busy is None else busy.headers
            else:
                if debug:
                    logger.debug(
                        "%s %s -> %d in %.1f ms",
                        request.method,
                        request.url.path,
                        response.status_code,
                        (shared.clock() - started) * 1000,
                    )
                if response.is_success:
                    return response
                outcome, headers = response.status_code, response.headers
            decision = should_retry(
                request.method,
                outcome,
                attempt,
                headers,
                max_retries=options.max_retries,
                max_retry_after=options.max_retry_after,
            )
            if not decision.retry:
                logger.debug(
                    "%s %s: not retrying (%s)", request.method, request.url.path, decision.reason
                )
                if busy is not None:
                    raise status_error(busy, retry_after=decision.retry_after) from failure
                if isinstance(outcome, TransportFailure):
                    raise _connection_error(failure, request) from failure
                raise status_error(response, retry_after=decision.retry_after)
            attempt += 1
            logger.debug(
                "%s %s: retry %d of %d in %.2f s (%s)",
                request.method,
                request.url.path,
                attempt,
                options.max_retries,
                decision.delay,
                decision.reason,
            )
            await shared.sleep(decision.delay)
