"""Repairing httpcore's connection pool after a cancelled call (encode/httpcore#1093).

httpcore 1.0.9 cleans up after a request inside anyio's shielded cancel scopes, which hold off
anyio's cancellation but not a native ``task.cancel()`` (``asyncio.timeout``, a web server
dropping a request, ``gather`` cancelling its children). A native cancellation that lands in
one of those clean-ups stops it half-way, and the pool is left with:

- a request that nobody will ever remove from the pool, owning a connection that stays busy
  (the clean-up after a response, stopped at the lock that marks the connection idle);
- a connection that no request owns and that is neither idle, closed nor available (a fresh
  connection cancelled at its HTTP/1.1 state lock, or the same clean-up stopped after its
  request was removed): an *orphan*;
- connections the pool took out to close and never closed (their closing was cut short).

The first two never go away: each holds a slot for good, and a few cancellation storms fill
the pool until every call ends in PoolTimeout. The upstream fixes (encode/httpcore#1094,
#1099) apply the rules this module applies from outside, after a call ended in an exception:
drop the call's own requests from the pool, close every orphan, close what the pool dropped
during the call and did not close, and hand the freed capacity to queued requests. It reads
httpcore's private state, so ``connection_pool`` checks the shapes it relies on and the
client does none of this when they differ.
"""

from __future__ import annotations

import contextlib
import logging

import anyio
import httpcore
import httpx

logger = logging.getLogger("kimono_interop_client")

Connections = list[httpcore.AsyncConnectionInterface]


def connection_pool(http: httpx.AsyncClient) -> httpcore.AsyncConnectionPool | None:
    """The httpcore pool beneath the client: its default transport's, or that of an
    ``httpx.AsyncHTTPTransport`` a wrapper holds in an attribute (a transport that counts or
    logs requests). None for other transports (aiohttp, mocks) and other httpcore versions."""
    transport = getattr(http, "_transport", None)
    if not isinstance(transport, httpx.AsyncHTTPTransport):
        attributes = getattr(transport, "__dict__", {})
        transport = next(
            (v for v in attributes.values() if isinstance(v, httpx.AsyncHTTPTransport)), None
        )
    pool = getattr(transport, "_pool", None)
    if not isinstance(pool, httpcore.AsyncConnectionPool):
        return None
    if not isinstance(getattr(pool, "_connections", None), list):
        return None
    if not isinstance(getattr(pool, "_requests", None), list):
        return None
    if not callable(getattr(pool, "_assign_requests_to_connections", None)):
        return None
    return pool


def snapshot(pool: httpcore.AsyncConnectionPool) -> Connections:
    """The pool's connections before a call (to find those it dropped but did not close)."""
    return pool._connections.copy()


def orphans(pool: httpcore.AsyncConnectionPool) -> Connections:
    owned = {id(request.connection) for request in pool._requests if request.connection}
    return [
        connection
        for connection in pool._connections
        if id(connection) not in owned
        and not (connection.is_idle() or connection.is_closed() or connection.is_available())
    ]


async def repair(
    pool: httpcore.AsyncConnectionPool, request: httpx.Request, before: Connections
) -> None:
    """After ``request`` ended in an exception (a cancellation, mostly): undo what a clean-up
    cut short. Cheap when there is nothing to undo, which is the usual case."""
    # httpx hands its request's extensions dict to httpcore as is: that is how the pool's
    # entries for this request are found. Once the call has ended, nobody else removes them.
    extensions = request.extensions
    leaked = [
        entry
        for entry in pool._requests
        if getattr(getattr(entry, "request", None), "extensions", None) is extensions
    ]
    for entry in leaked:
        pool._requests.remove(entry)
    found = orphans(pool)
    for connection in found:
        pool._connections.remove(connection)
    # Everything up to here happens before any await, so nothing can interleave with it.
    present = {id(connection) for connection in pool._connections}
    closing = found + [c for c in before if id(c) not in present and not c.is_closed()]
    if leaked or found:
        closing += pool._assign_requests_to_connections()  # queued requests get the slots
    if leaked or found:
        logger.debug(
            "repaired the pool after a cancelled call: %d request(s), %d connection(s)",
            len(leaked),
            len(found),
        )
    await _close(closing)


async def reclaim_orphans(pool: httpcore.AsyncConnectionPool) -> int:
    """Drop and close orphaned connections; how many there were."""
    found = orphans(pool)
    for connection in found:
        pool._connections.remove(connection)
    await _close(found)
    return len(found)


async def _close(connections: Connections) -> None:
    if not connections:
        return
    with anyio.CancelScope(shield=True):
        for connection in connections:
            with contextlib.suppress(Exception):
                await connection.aclose()
