"""The benchmark cases of issue 6. Each returns a CaseResult; run.py prints and records them.

Every HTTP case compares, in the same run and against the same server: raw httpx + json.loads
(the floor for an httpx client), the stock generated ``asyncio()`` of the endpoint module, and
the SDK's own call.
"""

from __future__ import annotations

import asyncio
import base64
import gc
import json
import subprocess
import sys
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from . import bodies
from .harness import (
    CaseResult,
    Row,
    Server,
    Sizes,
    Target,
    call_rows,
    interleaved,
    median,
    ratio_to,
)

API_KEY = "bench-api-key"
BASIC = "Basic " + base64.b64encode(f"{API_KEY}:{API_KEY}".encode()).decode()
CLOUD_ID = "00000001-5eed-4000-8000-000000000001"
RAW = "httpx + json.loads"
GENERATED = "generated asyncio()"
SDK = "SDK"
REFERENCE_WINDOW = "reference, not the SDK: raw httpx + from_dict, 4 pages in flight"


def _clients(url: str, transport: httpx.AsyncBaseTransport | None = None) -> tuple[Any, Any, Any]:
    """(raw httpx client, generated AuthenticatedClient, InteropClient) on one server, with
    the same pool limits."""
    from kimono_interop_client import ApiKey, InteropClient
    from kimono_interop_client._generated.client import Client

    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    raw = httpx.AsyncClient(base_url=url, headers={"Authorization": BASIC}, limits=limits)
    generated = Client(
        base_url=url,
        headers={"Authorization": BASIC},
        httpx_args={"limits": limits},
    )
    sdk = InteropClient(auth=ApiKey(API_KEY), base_url=url, limits=limits, transport=transport)
    return raw, generated, sdk


async def _close(raw: Any, generated: Any, sdk: Any) -> None:
    await raw.aclose()
    await generated.get_async_httpx_client().aclose()
    await sdk.aclose()


def _sequential(call: Callable[[], Awaitable[object]], calls: int) -> Callable[[], Awaitable[None]]:
    async def work() -> None:
        for _ in range(calls):
            await call()

    return work


async def single_object(server: Server, sizes: Sizes) -> CaseResult:
    from kimono_interop_client._generated.api.clouds import find_cloud

    raw, generated, sdk = _clients(server.url)
    path = f"/v2/interop/clouds/{CLOUD_ID}"

    async def raw_call() -> object:
        return json.loads((await raw.get(path)).content)

    variants = {
        RAW: _sequential(raw_call, sizes.calls),
        GENERATED: _sequential(lambda: find_cloud.asyncio(CLOUD_ID, client=generated), sizes.calls),
        SDK: _sequential(lambda: sdk.clouds.get(CLOUD_ID), sizes.calls),
    }
    try:
        samples = await interleaved(variants, sizes.rounds)
    finally:
        await _close(raw, generated, sdk)
    sdk_ratio = ratio_to(samples, SDK, RAW)
    return CaseResult(
        "Single-object GET (findCloud), sequential",
        ["req/s", "CPU µs/call", "CPU ratio"],
        call_rows(samples, sizes.calls, RAW),
        targets=[
            Target(
                "Single-object GET, SDK CPU/call",
                "≤ 1.10x raw",
                f"{sdk_ratio:.2f}x",
                sdk_ratio <= 1.10,
            )
        ],
    )


async def page_of_100(server: Server, sizes: Sizes) -> CaseResult:
    from kimono_interop_client._generated.api.clouds import list_clouds

    raw, generated, sdk = _clients(server.url)
    size = min(100, sizes.page_size * 5)

    async def raw_call() -> object:
        return json.loads((await raw.get("/v2/interop/clouds", params={"page_size": size})).content)

    variants = {
        RAW: _sequential(raw_call, sizes.calls),
        GENERATED: _sequential(
            lambda: list_clouds.asyncio(client=generated, page_size=size), sizes.calls
        ),
        SDK: _sequential(lambda: sdk.clouds.list(page_size=size).first_page(), sizes.calls),
    }
    try:
        samples = await interleaved(variants, sizes.rounds)
    finally:
        await _close(raw, generated, sdk)
    sdk_ratio = ratio_to(samples, SDK, RAW)
    return CaseResult(
        f"A page of {size} objects (listClouds), sequential",
        ["req/s", "CPU µs/call", "CPU ratio"],
        call_rows(samples, sizes.calls, RAW),
        targets=[
            Target(
                f"Page of {size}, SDK CPU/call",
                "≤ 1.30x raw",
                f"{sdk_ratio:.2f}x",
                sdk_ratio <= 1.30,
            )
        ],
    )


def _in_flight(
    call: Callable[[], Awaitable[object]], calls: int, limit: int
) -> Callable[[], Awaitable[None]]:
    """``calls`` calls by ``limit`` workers: ``limit`` requests in flight at all times."""

    async def work() -> None:
        remaining = iter(range(calls))

        async def worker() -> None:
            for _ in remaining:
                await call()

        await asyncio.gather(*(worker() for _ in range(limit)))

    return work


async def concurrency(server: Server, sizes: Sizes) -> CaseResult:
    import aiohttp

    from kimono_interop_client._aiohttp import aiohttp_transport
    from kimono_interop_client._generated.api.clouds import find_cloud

    path = f"/v2/interop/clouds/{CLOUD_ID}"
    raw, generated, sdk = _clients(server.url)
    _, _, sdk_aiohttp = _clients(server.url, transport=aiohttp_transport(limit=100))
    session = aiohttp.ClientSession(
        base_url=server.url,
        headers={"Authorization": BASIC},
        connector=aiohttp.TCPConnector(limit=100),
    )

    async def raw_call() -> object:
        return json.loads((await raw.get(path)).content)

    async def aiohttp_call() -> object:
        async with session.get(path) as reply:
            return json.loads(await reply.read())

    n, k = sizes.concurrent_calls, sizes.in_flight
    variants = {
        RAW: _in_flight(raw_call, n, k),
        GENERATED: _in_flight(lambda: find_cloud.asyncio(CLOUD_ID, client=generated), n, k),
        SDK: _in_flight(lambda: sdk.clouds.get(CLOUD_ID), n, k),
        "aiohttp + json.loads": _in_flight(aiohttp_call, n, k),
        "SDK on aiohttp_transport()": _in_flight(lambda: sdk_aiohttp.clouds.get(CLOUD_ID), n, k),
    }
    try:  # fewer rounds: each is thousands of calls
        samples = await interleaved(variants, max(1, sizes.rounds // 2))
    finally:
        await _close(raw, generated, sdk)
        await sdk_aiohttp.aclose()
        await session.close()
    rows = call_rows(samples, n, RAW)
    rate = {row.variant: float(row.values["req/s"]) for row in rows}
    speedup = rate["SDK on aiohttp_transport()"] / rate[RAW]
    return CaseResult(
        f"{n:,} calls with {k} in flight (findCloud)",
        ["req/s", "CPU µs/call", "CPU ratio"],
        rows,
        notes=[
            f"SDK on aiohttp_transport(): {speedup:.2f}x the requests/s of raw httpx; "
            f"raw aiohttp: {rate['aiohttp + json.loads'] / rate[RAW]:.2f}x."
        ],
        targets=[
            Target(
                f"{k} in flight, SDK on aiohttp req/s",
                "≥ 3x raw httpx",
                f"{speedup:.2f}x",
                speedup >= 3,
            )
        ],
    )


def parsing(sizes: Sizes, stock: Any | None) -> CaseResult:
    """Bytes to typed models against json.loads alone, per object, GC enabled.

    The SDK's path is ``_decoding.decode`` (what the layer's ``parse_success`` calls for a 2xx
    body): msgspec builds the attrs models from the bytes. ``json.loads + from_dict`` is the
    generated path, which the layer still takes for a body with an unknown key or a value
    only from_dict accepts. A page of Schedules (a renamed field, ``type`` -> ``type_``, and a
    free-form ``metadata``) shows the slower wire-Struct route of _decoding.py."""
    import time

    from kimono_interop_client._decoding import decode
    from kimono_interop_client._generated.models.clouds_response import CloudsResponse
    from kimono_interop_client._generated.models.schedules_response import SchedulesResponse

    n = sizes.parse_objects
    body = bodies.clouds_page(n, has_next=False)
    schedules = bodies.schedules_page(n)
    variants: dict[str, tuple[bytes, Callable[[], object]]] = {
        "json.loads": (body, lambda: json.loads(body)),
        "SDK: bytes -> CloudsResponse (msgspec, _decoding.decode)": (
            body,
            lambda: decode(CloudsResponse, body),
        ),
        "json.loads + CloudsResponse.from_dict (the fallback path)": (
            body,
            lambda: CloudsResponse.from_dict(json.loads(body)),
        ),
    }
    if stock is not None:
        variants["json.loads + from_dict (stock templates)"] = (
            body,
            lambda: stock.from_dict(json.loads(body)),
        )
    variants["json.loads, Schedules page"] = (schedules, lambda: json.loads(schedules))
    variants["SDK: bytes -> SchedulesResponse (wire Structs, copied)"] = (
        schedules,
        lambda: decode(SchedulesResponse, schedules),
    )
    variants["json.loads + SchedulesResponse.from_dict"] = (
        schedules,
        lambda: SchedulesResponse.from_dict(json.loads(schedules)),
    )
    assert gc.isenabled(), "measured with the garbage collector on, as users run"
    assert decode(CloudsResponse, body) == CloudsResponse.from_dict(json.loads(body))
    assert decode(SchedulesResponse, schedules) == SchedulesResponse.from_dict(
        json.loads(schedules)
    )
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    for _, parse in variants.values():
        parse()
    for _ in range(max(3, sizes.rounds * 3)):
        for name, (_, parse) in variants.items():
            started = time.process_time()
            parse()
            cpu[name].append(time.process_time() - started)
    rows = []
    for name, runs in cpu.items():
        # Each variant against json.loads of its own body, round by round.
        floor = cpu["json.loads, Schedules page" if "Schedules" in name else "json.loads"]
        ratio = median([r / b for r, b in zip(runs, floor, strict=True)])
        rows.append(
            Row(name, {"µs/object": round(median(runs) / n * 1e6, 2), "ratio": round(ratio, 2)})
        )
    ours = float(rows[1].values["ratio"])
    return CaseResult(
        f"Parsing a {n:,}-object page (Cloud, 7 fields: 2 UUIDs, 2 datetimes; then Schedule, "
        "11 fields: 3 UUIDs, 3 datetimes, an enum, a free-form object)",
        ["µs/object", "ratio"],
        rows,
        targets=[
            Target("Parsing, bytes -> models", "≤ 2.0x json.loads", f"{ours:.2f}x", ours <= 2.0)
        ],
    )


async def iteration(server: Server, sizes: Sizes) -> CaseResult:
    """Every item of ``pages`` pages at the server's latency: sequential against prefetch."""
    from kimono_interop_client import ApiKey, InteropClient

    sdk = InteropClient(auth=ApiKey(API_KEY), base_url=server.slow_url)

    def listing(prefetch: int) -> Callable[[], Awaitable[None]]:
        async def work() -> None:
            count = 0
            async for _ in sdk.clouds.list(page_size=sizes.page_size, prefetch=prefetch):
                count += 1
            assert count == sizes.items, count

        return work

    raw = httpx.AsyncClient(base_url=server.slow_url, headers={"Authorization": BASIC})

    async def four_pages_in_flight() -> None:
        """Not the SDK: what fetching several pages at once (they are numbered) would give."""
        from kimono_interop_client._generated.models.clouds_response import CloudsResponse

        async def fetch(number: int) -> int:
            params = {"page": number, "page_size": sizes.page_size}
            reply = await raw.get("/v2/interop/clouds", params=params)
            return len(CloudsResponse.from_dict(json.loads(reply.content)).data or [])

        count, window = 0, 4
        for start in range(0, sizes.pages, window):
            numbers = range(start, min(start + window, sizes.pages))
            count += sum(await asyncio.gather(*(fetch(n) for n in numbers)))
        assert count == sizes.items, count

    variants = {
        "sequential (prefetch=0)": listing(0),
        "prefetch=1": listing(1),
        "prefetch=4": listing(4),
        REFERENCE_WINDOW: four_pages_in_flight,
    }
    try:
        samples = await interleaved(variants, max(1, sizes.rounds // 2))
    finally:
        await sdk.aclose()
        await raw.aclose()
    rows = []
    sequential = median([s.wall for s in samples["sequential (prefetch=0)"]])
    for name, runs in samples.items():
        wall = median([r.wall for r in runs])
        rows.append(
            Row(
                name,
                {
                    "seconds": round(wall, 2),
                    "items/s": round(sizes.items / wall),
                    "speed-up": round(sequential / wall, 2),
                },
            )
        )
    best = max(float(row.values["speed-up"]) for row in rows if row.variant != REFERENCE_WINDOW)
    return CaseResult(
        f"Iterating {sizes.items:,} items over {sizes.pages:,} pages, 5 ms server latency",
        ["seconds", "items/s", "speed-up"],
        rows,
        targets=[
            Target(
                "Prefetch against sequential paging", "≥ 1.6x faster", f"{best:.2f}x", best >= 1.6
            )
        ],
    )


async def tenant_contexts(server: Server, sizes: Sizes) -> CaseResult:
    """``tenants`` tenant contexts from one client, each fetching its state once (so one token
    each), memory per context by tracemalloc."""
    from kimono_interop_client import ApiKey, InteropClient

    before_tokens = server.stats()["token_requests"]
    sdk = InteropClient(auth=ApiKey(API_KEY), base_url=server.url)
    try:
        await sdk.clouds.get(CLOUD_ID)  # the pool is open and warm before counting
        gc.collect()
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
        contexts = [sdk.tenant((f"client-{n}", f"secret-{n}")) for n in range(sizes.tenants)]
        created = tracemalloc.get_traced_memory()[0]
        gate = asyncio.Semaphore(64)

        async def state(context: Any) -> object:
            async with gate:
                return await context.state()

        await asyncio.gather(*(state(c) for c in contexts))
        await asyncio.gather(*(state(c) for c in contexts))  # tokens are reused the second time
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        same_pool = all(c.shared is sdk.shared for c in contexts)
    finally:
        await sdk.aclose()
    stats = server.stats()
    tokens = stats["token_requests"] - before_tokens
    per_context = (after - baseline) / sizes.tenants
    rows = [
        Row("contexts", {"value": sizes.tenants}),
        Row("bytes per context, created", {"value": round((created - baseline) / sizes.tenants)}),
        Row("bytes per context, after 2 calls each (token cached)", {"value": round(per_context)}),
        Row("token requests", {"value": tokens}),
        Row("every context on the client's one pool", {"value": str(same_pool)}),
        Row("TCP connections the server saw (whole run)", {"value": stats["connections"]}),
    ]
    return CaseResult(
        f"{sizes.tenants:,} tenant contexts, each calling tenant.state() twice",
        ["value"],
        rows,
        targets=[
            Target(
                "Tenant contexts: memory",
                "< 10 KB per context",
                f"{per_context / 1024:.1f} KB",
                per_context < 10 * 1024,
            ),
            Target(
                "Tenant contexts: one token per tenant, one pool",
                f"{sizes.tenants} tokens, shared pool",
                f"{tokens} tokens, shared={same_pool}",
                tokens == sizes.tenants and same_pool,
            ),
        ],
    )


def import_time(sizes: Sizes) -> CaseResult:
    """``import kimono_interop_client`` in a fresh interpreter, timed inside it."""
    probes = {
        "import kimono_interop_client": "import kimono_interop_client",
        "... and InteropClient (loads httpx, the layer)": (
            "import kimono_interop_client as k; k.InteropClient"
        ),
        "... and one endpoint and its models": (
            "import kimono_interop_client as k; k.InteropClient; "
            "import kimono_interop_client._generated.api.clouds.find_cloud"
        ),
        # httpx loads httpcore on its first client; the layer imports it at once.
        "reference, not the SDK: import httpx, httpcore": "import httpx, httpcore",
    }
    rows = []
    for name, code in probes.items():
        runs = [_time_in_fresh_process(code) for _ in range(sizes.import_runs)]
        rows.append(Row(name, {"ms (median)": round(median(runs) * 1000, 1), "runs": len(runs)}))
    bare = float(rows[0].values["ms (median)"])
    return CaseResult(
        "Import time in a fresh process",
        ["ms (median)", "runs"],
        rows,
        targets=[Target("import kimono_interop_client", "< 100 ms", f"{bare:.1f} ms", bare < 100)],
    )


def _time_in_fresh_process(code: str) -> float:
    program = (
        f"import time; started = time.perf_counter(); {code}; print(time.perf_counter() - started)"
    )
    output = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return float(output)


def peak_rss(server: Server, sizes: Sizes) -> CaseResult:
    """RSS while iterating every item (prefetch=4), in a fresh process, at checkpoints."""
    command = [
        sys.executable,
        "-m",
        "benchmarks.rss",
        "--url",
        server.url,
        "--page-size",
        str(sizes.page_size),
        "--checkpoints",
        ",".join(str(c) for c in sizes.rss_checkpoints),
    ]
    report = json.loads(
        subprocess.run(command, capture_output=True, text=True, check=True, timeout=600).stdout
    )
    rows = [
        Row(f"after {items:,} items", {"RSS MiB": round(kib / 1024, 1)})
        for items, kib in report["checkpoints"]
    ]
    rows.append(
        Row("peak (ru_maxrss) at the end", {"RSS MiB": round(report["peak_kib"] / 1024, 1)})
    )
    first, last = report["checkpoints"][0][1], report["checkpoints"][-1][1]
    growth = (last - first) / 1024
    return CaseResult(
        f"Peak RSS while iterating {sizes.rss_checkpoints[-1]:,} items "
        f"(page size {sizes.page_size}, prefetch=4)",
        ["RSS MiB"],
        rows,
        notes=[f"Growth from the first to the last checkpoint: {growth:+.1f} MiB."],
        targets=[
            Target(
                "RSS while iterating",
                "flat in the item count",
                f"{growth:+.1f} MiB from first to last checkpoint",
                growth < 5,
            )
        ],
    )
