"""Cancellation and resources, over real sockets.

Async web backends cancel calls all the time (clients disconnect, timeouts fire). 1,000 in-flight
calls are cancelled, with ``task.cancel()`` and with ``asyncio.timeout``, in several storms while
the pool is full (the situation of encode/httpcore#1093, where a plain httpx client loses pool
slots for good). Afterwards: the client still works, the pool holds no leaked connection or
queued request, the SDK's slots are all free again, the usable pool is as wide as before, and
nothing was left for the garbage collector to complain about.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpcore
import pytest
from _reliability_support import ServeSandbox, wait_until

from kimono_interop_client import ApiKey, InteropClient
from kimono_interop_client.sandbox import Sandbox

CALLS = 1_000
MAX_CONNECTIONS = 100  # the client's default pool size
STORMS = 5
FIND_CLOUD = ("GET", "/v2/interop/clouds/{id}")
# What asyncio and the standard library say when tasks, loops or sockets are left behind.
LEAK_SIGNS = ("Task was destroyed", "Event loop is closed", "unclosed", "never awaited")


def pool_of(kimono: InteropClient) -> httpcore.AsyncConnectionPool:
    transport: Any = kimono.shared.http._transport  # the httpx transport the client owns
    pool: httpcore.AsyncConnectionPool = transport._pool
    return pool


def busy_connections(kimono: InteropClient) -> list[httpcore.AsyncConnectionInterface]:
    """Connections that are neither idle (reusable) nor closed: each would be a leaked slot."""
    return [c for c in pool_of(kimono).connections if not (c.is_idle() or c.is_closed())]


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


async def _watch_loop(complaints: list[str]) -> None:
    """Record what the event loop's exception handler is told (e.g. "Task was destroyed but it
    is pending"): asyncio logs it rather than raising, so warnings-as-errors would miss it."""
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _loop, context: complaints.append(str(context)))


async def wait_for_receipts(sandbox: Sandbox, count: int) -> None:
    assert await wait_until(lambda: sandbox.stats.count(*FIND_CLOUD) >= count)


async def usable_pool_width(kimono: InteropClient, sandbox: Sandbox, cloud_id: str) -> int:
    """How many calls the client can have at the server at once: hold every call server-side
    (4 s, far longer than it takes the pool to fill), send 1.5x the pool size, count what has
    arrived once the pool is full (or after 30 s: a pool that lost slots never fills), then let
    them all finish."""
    sandbox.stats.reset()
    hold = sandbox.faults.latency(4.0, operation="findCloud")
    calls = [
        asyncio.create_task(kimono.clouds.get(cloud_id)) for _ in range(MAX_CONNECTIONS * 3 // 2)
    ]
    await wait_until(lambda: sandbox.stats.count(*FIND_CLOUD) >= MAX_CONNECTIONS)
    await anyio.sleep(0.5)  # anything beyond the pool's width would have arrived by now
    width = sandbox.stats.count(*FIND_CLOUD)
    sandbox.faults.remove(hold.id)
    with anyio.fail_after(60):  # a pool that lost its slots would hang here: fail instead
        await asyncio.gather(*calls)
    return width


Storm = Callable[[InteropClient, Sandbox, str], Awaitable[None]]


async def cancel_tasks(kimono: InteropClient, sandbox: Sandbox, cloud_id: str) -> None:
    """1,000 calls, the pool full and the rest queued behind it; then task.cancel() on all."""
    calls = [asyncio.create_task(kimono.clouds.get(cloud_id)) for _ in range(CALLS)]
    await wait_for_receipts(sandbox, MAX_CONNECTIONS // 2)
    for call in calls:
        call.cancel()
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    assert all(isinstance(outcome, asyncio.CancelledError) for outcome in outcomes)


async def time_out_calls(kimono: InteropClient, sandbox: Sandbox, cloud_id: str) -> None:
    """1,000 calls, each under its own asyncio.timeout that fires while it is in flight."""

    async def bounded() -> None:
        async with asyncio.timeout(0.3):
            await kimono.clouds.get(cloud_id)

    outcomes = await asyncio.gather(*(bounded() for _ in range(CALLS)), return_exceptions=True)
    assert all(isinstance(outcome, TimeoutError) for outcome in outcomes)


@pytest.mark.parametrize("storm", [cancel_tasks, time_out_calls], ids=["task.cancel", "timeout"])
async def test_cancellation_storms_leave_the_client_whole(
    serve_sandbox: ServeSandbox, storm: Storm, caplog: pytest.LogCaptureFixture
) -> None:
    complaints: list[str] = []
    await _watch_loop(complaints)
    caplog.set_level(logging.DEBUG)
    sandbox, base_url = serve_sandbox()
    cloud_id = next(iter(sandbox.state.clouds))["id"]
    fds_before = open_fds()
    kimono = InteropClient(auth=ApiKey(sandbox.credentials.api_key), base_url=base_url)
    async with kimono:
        width_before = await usable_pool_width(kimono, sandbox, cloud_id)
        assert width_before == MAX_CONNECTIONS

        for _ in range(STORMS):
            sandbox.stats.reset()
            hold = sandbox.faults.latency(5.0, operation="findCloud")  # every call in flight
            await storm(kimono, sandbox, cloud_id)
            sandbox.faults.remove(hold.id)
            # Nothing leaked: no queued request, no connection stuck mid-request, every slot free.
            assert pool_of(kimono)._requests == []  # type: ignore[attr-defined]
            assert busy_connections(kimono) == []
            assert kimono.shared.slots is not None
            assert kimono.shared.slots.value == MAX_CONNECTIONS

        # Still usable, at full width: later calls complete (bounded, so a hang fails).
        assert await usable_pool_width(kimono, sandbox, cloud_id) == width_before
        with anyio.fail_after(30):
            clouds = await asyncio.gather(*(kimono.clouds.get(cloud_id) for _ in range(200)))
        assert {str(cloud.id) for cloud in clouds} == {cloud_id}

    assert busy_connections(kimono) == []
    assert pool_of(kimono).connections == []  # aclose closed every connection
    # The server finishes the held handlers within their 5 s; then its sockets are gone too.
    assert await wait_until(lambda: open_fds() <= fds_before, step=0.1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    assert [str(w.message) for w in caught] == []
    assert complaints == []
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [m for m in logged if any(sign in m for sign in LEAK_SIGNS)], logged
