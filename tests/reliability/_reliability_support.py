"""Helpers of the reliability suites."""

from __future__ import annotations

from collections.abc import Callable

import anyio

from kimono_interop_client.sandbox import Sandbox

# The `serve_sandbox` fixture (conftest.py): `sandbox, base_url = serve_sandbox(**options)`.
ServeSandbox = Callable[..., tuple[Sandbox, str]]


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


async def wait_until(
    condition: Callable[[], bool], *, within: float = 30.0, step: float = 0.01
) -> bool:
    """Poll a condition that another thread (the loopback server's) makes true; bounded in
    count and time. Returns whether it came true: callers assert on it, so a hang fails."""
    for _ in range(max(1, round(within / step))):
        if condition():
            return True
        await anyio.sleep(step)
    return condition()
