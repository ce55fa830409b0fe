"""Iterate a whole listing in a fresh process and report its RSS at item-count checkpoints.

    python -m benchmarks.rss --url http://127.0.0.1:PORT --page-size 100 --checkpoints 10000,...

Prints {"checkpoints": [[items, rss_kib], ...], "peak_kib": ru_maxrss}. A fresh process, so
that the peak belongs to this iteration alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource


def rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") // 1024


async def iterate(url: str, page_size: int, checkpoints: list[int]) -> list[list[int]]:
    from kimono_interop_client import ApiKey, InteropClient

    marks = iter(checkpoints)
    mark = next(marks)
    seen: list[list[int]] = []
    count = 0
    async with InteropClient(auth=ApiKey("bench-api-key"), base_url=url) as kimono:
        async for _ in kimono.clouds.list(page_size=page_size, prefetch=4):
            count += 1
            if count == mark:
                seen.append([count, rss_kib()])
                mark = next(marks, -1)
    return seen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--checkpoints", required=True)
    args = parser.parse_args()
    checkpoints = [int(c) for c in args.checkpoints.split(",")]
    seen = asyncio.run(iterate(args.url, args.page_size, checkpoints))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"checkpoints": seen, "peak_kib": peak}))


if __name__ == "__main__":
    main()
