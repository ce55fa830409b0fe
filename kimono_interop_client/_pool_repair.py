"""Reclaiming connection-pool slots that cancelled calls orphan (encode/httpcore#1093).

httpcore 1.0.9 leaves a connection behind when a call is cancelled between the pool handing it
a new connection and the connection taking the request (waiting in the pool's queue, or at the
HTTP/1.1 state lock right after connecting, outside any cleanup). Such a connection is neither
idle, closed nor available, and no request owns it, so the pool never reuses or drops it; a few
cancellation storms fill the pool with them and every later call ends in PoolTimeout.

The upstream fixes (encode/httpcore#1094, #1099) apply one rule, which this module applies from
outside after a call is cancelled: a connection that no pool request owns and that is not idle,
closed or available is an orphan; take it out of the pool and close it. It reads httpcore's
private state, so it checks the shapes it relies on and does nothing when they differ.
"""

from __future__ import annotations

import contextlib
import logging

import anyio
import httpcore
import httpx

logger = logging.getLogger("kimono_interop_client")


def connection_pool(http: httpx.AsyncClient) -> httpcore.AsyncConnectionPool | None:
    """The default transport's httpcore pool, or None (a custom transport, other versions)."""
    transport = getattr(http, "_transport", None)
    pool = getattr(transport, "_pool", None)
    if not isinstance(pool, httpcore.AsyncConnectionPool):
        return None
    if not isinstance(getattr(pool, "_connections", None), list):
        return None
    if not isinstance(getattr(pool, "_requests", None), list):
        return None
    return pool


def orphans(pool: httpcore.AsyncConnectionPool) -> list[httpcore.AsyncConnectionInterface]:
    owned = {id(request.connection) for request in pool._requests if request.connection}
    return [
        connection
        for connection in pool._connections
        if id(connection) not in owned
        and not (connection.is_idle() or connection.is_closed() or connection.is_available())
    ]


async def reclaim_orphans(pool: httpcore.AsyncConnectionPool) -> int:
    """Drop and close orphaned connections; how many there were."""
    found = orphans(pool)
    # Taking them out of the list is what frees the slots; it happens before any await, so
    # nothing can interleave with it.
    for connection in found:
        pool._connections.remove(connection)
    if found:
        logger.debug("reclaimed %d connection(s) orphaned by cancelled calls", len(found))
        with anyio.CancelScope(shield=True):
            for connection in found:
                with contextlib.suppress(Exception):
                    await connection.aclose()
    return len(found)
