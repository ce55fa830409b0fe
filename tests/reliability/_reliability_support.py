"""Helpers of the reliability suites."""

from __future__ import annotations

import anyio


class RecordedSleeps:
    """Stands in for the client's retry sleep (``client.shared.sleep``): records every wait the
    retry logic chose (so a test can check Retry-After was honoured) and sleeps only briefly,
    so a matrix of retries runs in seconds, not minutes."""

    def __init__(self, cap: float = 0.005) -> None:
        self.waits: list[float] = []
        self._cap = cap

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await anyio.sleep(min(seconds, self._cap))
