"""Where the client's CPU goes in one benchmark call pattern, by package.

    python -m benchmarks.profile                 # SDK on aiohttp_transport(), 64 in flight
    python -m benchmarks.profile --transport httpx
    python -m benchmarks.profile --calls 4000 --in-flight 1

Runs the calls once to warm up, then again under cProfile against the benchmark server (its
own process, its own core), and adds up each function's own time by the package it lives in.
cProfile slows every Python call alike, so the shares are what to read, not the totals; C
code is counted for the package that called it.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
from collections import defaultdict
from collections.abc import Sequence

from .cases import CLOUD_ID, _clients, _close, _in_flight
from .harness import pin_client, server

# The packages worth telling apart, by a piece of their file path; the first that matches.
PACKAGES = (
    ("httpx_aiohttp", "/httpx_aiohttp/"),
    ("aiohttp (and yarl, multidict)", ("/aiohttp/", "/yarl/", "/multidict/", "/propcache/")),
    ("httpx", "/httpx/"),
    ("httpcore (and h11)", ("/httpcore/", "/h11/")),
    ("the SDK's layer", "/kimono_interop_client/"),
    ("msgspec, attrs", ("msgspec", "/attr/", "/attrs/")),
    ("asyncio, anyio (the event loop)", ("/asyncio/", "/anyio/", "/selectors.py")),
    ("http.cookiejar, urllib (httpx's cookie handling)", ("cookiejar", "/urllib/")),
)


def package_of(filename: str) -> str:
    for name, marks in PACKAGES:
        if any(mark in filename for mark in ((marks,) if isinstance(marks, str) else marks)):
            return name
    return "other (builtins, benchmark)"


def shares(profile: cProfile.Profile) -> list[tuple[str, float]]:
    """Each package's share of the own time. A C function (socket.send, isinstance, ...) counts
    for the package that called it, but for msgspec's, which count as msgspec."""
    own: dict[str, float] = defaultdict(float)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    for (filename, _, function), (_, _, tottime, _, callers) in stats.items():
        if filename != "~":
            own[package_of(filename)] += tottime
        elif "msgspec" in function:
            own[package_of("msgspec")] += tottime
        else:
            for (caller_file, _, _), (_, _, edge_time, _) in callers.items():
                own[package_of(caller_file)] += edge_time
    total = sum(own.values()) or 1.0
    return sorted(((name, seconds / total) for name, seconds in own.items()), key=lambda x: -x[1])


async def profile_calls(url: str, transport: str, calls: int, in_flight: int) -> cProfile.Profile:
    from kimono_interop_client._aiohttp import aiohttp_transport

    chosen = aiohttp_transport(limit=100) if transport == "aiohttp" else None
    raw, generated, sdk = _clients(url, transport=chosen)
    work = _in_flight(lambda: sdk.clouds.get(CLOUD_ID), calls, in_flight)
    try:
        await work()  # warm: connections open, decoding plans made
        profile = cProfile.Profile()
        profile.enable()
        await work()
        profile.disable()
    finally:
        await _close(raw, generated, sdk)
    return profile


def main(argv: Sequence[str] | None = None) -> list[tuple[str, float]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transport", choices=("aiohttp", "httpx"), default="aiohttp")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--in-flight", type=int, default=64)
    parser.add_argument("--no-pin", action="store_true", help="leave this process's CPUs alone")
    args = parser.parse_args(argv)
    if not args.no_pin:
        pin_client()
    with server(pages=10) as srv:
        profile = asyncio.run(profile_calls(srv.url, args.transport, args.calls, args.in_flight))
    result = shares(profile)
    print(
        f"SDK on {args.transport}: {args.calls} findCloud calls, {args.in_flight} in flight; "
        "own CPU time by package (cProfile)"
    )
    print("| package | share |\n| --- | ---: |")
    for name, share in result:
        print(f"| {name} | {share:.0%} |")
    return result


if __name__ == "__main__":
    main()
