"""What every case needs: the server process, CPU pinning, timing rounds and result rows."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Sizes:
    """How much work each case does: the full run, or --quick (the smoke test)."""

    rounds: int = 7
    calls: int = 300  # sequential calls per round (single object, page of 100)
    concurrent_calls: int = 2000
    in_flight: int = 64
    parse_objects: int = 10_000
    pages: int = 1000
    page_size: int = 100
    tenants: int = 1000
    import_runs: int = 7
    rss_checkpoints: tuple[int, ...] = (10_000, 25_000, 50_000, 75_000, 100_000)

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            rounds=1,
            calls=10,
            concurrent_calls=48,
            in_flight=8,
            parse_objects=300,
            pages=4,
            page_size=20,
            tenants=12,
            import_runs=1,
            rss_checkpoints=(40, 80),
        )

    @property
    def items(self) -> int:
        return self.pages * self.page_size


@dataclass
class Row:
    """One line of a case's table."""

    variant: str
    values: dict[str, float | int | str] = field(default_factory=dict)


@dataclass
class CaseResult:
    name: str
    columns: list[str]
    rows: list[Row]
    notes: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)


@dataclass(frozen=True)
class Target:
    """A performance target of issue 6 and what this run measured for it."""

    name: str
    limit: str
    measured: str
    met: bool


def cpus() -> tuple[int | None, int | None]:
    """(client CPU, server CPU): two different cores where this process may use two."""
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    allowed = sorted(os.sched_getaffinity(0))
    if len(allowed) < 2:
        return None, None
    return allowed[0], allowed[-1]


def pin_client() -> None:
    client_cpu, _ = cpus()
    if client_cpu is not None:
        os.sched_setaffinity(0, {client_cpu})


@dataclass
class Server:
    port: int
    slow_port: int
    process: subprocess.Popen[str]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def slow_url(self) -> str:
        return f"http://127.0.0.1:{self.slow_port}"

    def stats(self) -> dict[str, int]:
        import urllib.request

        with urllib.request.urlopen(f"{self.url}/_stats", timeout=10) as reply:
            return dict(json.load(reply))


@contextmanager
def server(pages: int, latency_ms: float = 5.0) -> Iterator[Server]:
    """The benchmark server in its own process, on its own core; stopped on exit."""
    _, server_cpu = cpus()
    command = [sys.executable, "-m", "benchmarks.server", "--pages", str(pages)]
    command += ["--latency-ms", str(latency_ms)]
    if server_cpu is not None:
        command += ["--cpu", str(server_cpu)]
    process = subprocess.Popen(
        command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        ports = json.loads(process.stdout.readline())
        yield Server(ports["port"], ports["slow_port"], process)
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the server exits when its stdin closes
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds
    cpu: float  # seconds of this process's CPU time


async def measure(work: Callable[[], Awaitable[object]]) -> Sample:
    wall, cpu = time.perf_counter(), time.process_time()
    await work()
    return Sample(time.perf_counter() - wall, time.process_time() - cpu)


async def interleaved(
    variants: dict[str, Callable[[], Awaitable[object]]], rounds: int
) -> dict[str, list[Sample]]:
    """Each round runs every variant once, in turn, so that drift in the machine's speed
    (other processes, frequency) falls on all of them alike."""
    samples: dict[str, list[Sample]] = {name: [] for name in variants}
    for work in variants.values():  # warm up: connections, imports, caches
        await work()
    for _ in range(rounds):
        for name, work in variants.items():
            samples[name].append(await measure(work))
    return samples


def median(values: list[float]) -> float:
    return statistics.median(values)


def ratio_to(samples: dict[str, list[Sample]], name: str, base: str) -> float:
    """The median over rounds of (CPU of ``name``) / (CPU of ``base``) in the same round."""
    return median([s.cpu / b.cpu for s, b in zip(samples[name], samples[base], strict=True)])


def call_rows(samples: dict[str, list[Sample]], calls: int, base: str) -> list[Row]:
    """requests/s, client CPU µs per call and the CPU ratio to ``base`` (median over rounds of
    the per-round ratio)."""
    rows = []
    for name, runs in samples.items():
        rows.append(
            Row(
                name,
                {
                    "req/s": round(calls / median([r.wall for r in runs])),
                    "CPU µs/call": round(median([r.cpu for r in runs]) / calls * 1e6, 1),
                    "CPU ratio": round(ratio_to(samples, name, base), 2),
                },
            )
        )
    return rows
