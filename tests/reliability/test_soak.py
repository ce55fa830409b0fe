"""Soak: tens of thousands of calls through one client against the sandbox on loopback, with
random faults injected (errors, 429s, dropped and reset connections, latency, damaged bodies,
tokens revoked now and then). Bounded in time: KIMONO_SOAK_SECONDS (default 45).

The sandbox runs in its own process (`python -m kimono_interop_client.sandbox --port 0 --json`,
faults set through its control API), so this process's memory and file descriptors are the
client's alone. Asserted: every failure is a typed KimonoError, no create was applied twice,
and memory and open file descriptors do not grow from the first window
to the last (RSS, the objects the garbage collector tracks — cheaper than tracemalloc, which
would halve the calls made — and /proc/self/fd). Nothing is asserted about speed.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from _reliability_support import RecordedSleeps

from kimono_interop_client import (
    APIConnectionError,
    ApiKey,
    APIStatusError,
    InteropClient,
    ResponseValidationError,
    TenantClient,
)

SOAK_SECONDS = float(os.environ.get("KIMONO_SOAK_SECONDS", "45"))
WORKERS = 16
SAMPLE_EVERY = 0.5
MIB = 1024 * 1024

# Seeded rates: each call has a few percent chance of meeting one of these.
FAULTS: list[dict[str, Any]] = [
    {"kind": "status", "status": 503, "rate": 0.03},
    {"kind": "status", "status": 500, "rate": 0.02, "method": "GET"},
    {"kind": "status", "status": 502, "rate": 0.01},
    {"kind": "rate_limit", "retry_after": 0, "rate": 0.02},
    {"kind": "drop", "rate": 0.005},
    {"kind": "reset", "rate": 0.005, "method": "GET"},
    {"kind": "latency", "seconds": 0.05, "rate": 0.02},
    {"kind": "malformed", "variant": "unknown_fields", "rate": 0.02},
    {"kind": "malformed", "variant": "unknown_enum", "rate": 0.02},
    {"kind": "malformed", "variant": "truncated_json", "rate": 0.003, "method": "GET"},
]
TOKEN_REVOCATION_EVERY = 5.0  # seconds


@dataclass
class Sandbox:
    process: subprocess.Popen[str]
    base_url: str
    credentials: dict[str, Any]
    control: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.control = httpx.Client(base_url=f"{self.base_url}/__sandbox__", timeout=10)


@pytest.fixture
def sandbox_process() -> Iterator[Sandbox]:
    """The sandbox in a child process on 127.0.0.1, an ephemeral port; stopped afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kimono_interop_client.sandbox", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        ready = json.loads(process.stdout.readline())  # printed once the server is listening
        sandbox = Sandbox(process, ready["base_url"], ready)
        yield sandbox
        sandbox.control.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def rss_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@dataclass(frozen=True)
class Sample:
    at: float
    objects: int  # objects the garbage collector tracks: a leak of any kind shows here
    rss: int
    fds: int


def window(samples: list[Sample], start: float, end: float) -> list[Sample]:
    return [s for s in samples if start <= s.at <= end]


def mean(values: list[int]) -> float:
    return sum(values) / len(values)


Call = Callable[[], Awaitable[object]]


def workload(kimono: InteropClient, tenants: list[TenantClient], created: list[str]) -> list[Call]:
    """The calls the workers pick from: account and tenant reads, and creates whose unique
    names let a duplicate show afterwards."""

    async def create_cloud() -> object:
        name = f"soak-{len(created)}"
        created.append(name)
        return await kimono.clouds.create(name=name)

    def for_each_tenant(make: Callable[[TenantClient], Call]) -> list[Call]:
        return [make(t) for t in tenants]

    return [
        lambda: kimono.clouds.list(page_size=20),
        lambda: kimono.tenants.list(page_size=5),
        create_cloud,
        *for_each_tenant(lambda t: t.info),
        *for_each_tenant(lambda t: t.state),
        *for_each_tenant(lambda t: lambda: t.schedules.list()),
        *for_each_tenant(lambda t: lambda: t.scoping.schools.list(page_size=10)),
        *for_each_tenant(lambda t: t.rollovers.count),
    ]


async def test_soak(sandbox_process: Sandbox) -> None:
    sandbox = sandbox_process
    for fault in FAULTS:
        sandbox.control.post("/faults", json=fault).raise_for_status()
    outcomes: Counter[str] = Counter()
    samples: list[Sample] = []
    key = sandbox.credentials["api_key"]
    rng = random.Random(5)

    started = time.monotonic()
    deadline = started + SOAK_SECONDS
    async with InteropClient(auth=ApiKey(key), base_url=sandbox.base_url) as kimono:
        kimono.shared.sleep = RecordedSleeps(cap=0.05)  # waits recorded, barely slept
        infos = [info async for info in kimono.tenants.list()]
        tenants = [kimono.tenant(info) for info in infos]
        created: list[str] = []
        calls = workload(kimono, tenants, created)

        async def worker() -> None:
            while time.monotonic() < deadline:
                call = rng.choice(calls)
                try:
                    await asyncio.wait_for(call(), timeout=60)
                except (APIStatusError, APIConnectionError, ResponseValidationError) as exc:
                    outcomes[type(exc).__name__] += 1
                else:
                    outcomes["ok"] += 1

        async def sampler() -> None:
            last_revocation = time.monotonic()
            while time.monotonic() < deadline:
                await asyncio.sleep(SAMPLE_EVERY)
                now = time.monotonic()
                samples.append(
                    Sample(now - started, len(gc.get_objects()), rss_bytes(), open_fds())
                )
                if now - last_revocation > TOKEN_REVOCATION_EVERY:
                    last_revocation = now
                    await asyncio.to_thread(sandbox.control.post, "/tokens/expire", json={})

        await asyncio.gather(sampler(), *(worker() for _ in range(WORKERS)))
        pool: Any = kimono.shared.http._transport._pool  # type: ignore[attr-defined]
        pool_connections = len(pool.connections)
        # Every create that took effect, counted by name: none may be there twice.
        sandbox.control.delete("/faults").raise_for_status()
        names = Counter([cloud.name async for cloud in kimono.clouds.list()])

    total = sum(outcomes.values())
    stats = sandbox.control.get("/stats").json()
    first = window(samples, 0.2 * SOAK_SECONDS, 0.4 * SOAK_SECONDS)
    last = window(samples, 0.8 * SOAK_SECONDS, SOAK_SECONDS + 1)
    report = {
        "seconds": SOAK_SECONDS,
        "calls": total,
        "outcomes": dict(outcomes),
        "objects_first": round(mean([s.objects for s in first])),
        "objects_last": round(mean([s.objects for s in last])),
        "rss_first_mib": mean([s.rss for s in first]) / MIB,
        "rss_last_mib": mean([s.rss for s in last]) / MIB,
        "fds_first_max": max(s.fds for s in first),
        "fds_last_max": max(s.fds for s in last),
        "token_requests": sum(stats["token_requests"].values()),
        "creates_sent": len(created),
        "creates_applied": stats["applied"].get("createCloud", 0),
        "duplicates": sum(count - 1 for name, count in names.items() if name in set(created)),
    }
    print("soak:", json.dumps(report))
    assert total >= 1_000, report
    assert outcomes["ok"] > 0.8 * total, report
    assert report["duplicates"] == 0, report
    assert sum(names[name] for name in created) == report["creates_applied"], report
    # Flat: the last window may not hold more than the first, within generous margins.
    assert report["objects_last"] < report["objects_first"] * 1.10 + 5_000, report
    assert report["rss_last_mib"] < report["rss_first_mib"] * 1.10 + 16, report
    assert report["fds_last_max"] <= report["fds_first_max"] + 8, report
    assert pool_connections <= 100
