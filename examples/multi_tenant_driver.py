"""A driver loop over every licensed tenant, a few tenants at a time.

    export KIMONO_API_KEY=...            # your account API key (KIMONO_BASE_URL optional)
    python examples/multi_tenant_driver.py

Each round lists the tenants with the account key and, for each, acts as the tenant with its
actor credentials: reads the tenant's state, skips it while synchronization is suspended, and
reads its application (cached by the SDK for a few minutes, as Kimono asks of drivers, so
later rounds do not fetch it again). Where this example only reports, a real driver does its
work: scoping, rollovers, schedules.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from kimono_interop_client import InteropClient, KimonoError
from kimono_interop_client.models import TenantInfo

log = logging.getLogger("multi_tenant_driver")


class Outcome(enum.StrEnum):
    SYNCED = "synced"
    SUSPENDED = "suspended"  # synchronization suspended: leave the tenant alone this round
    FAILED = "failed"  # one tenant's failure never stops the others


@dataclass(frozen=True)
class TenantReport:
    tenant_id: str
    name: str
    outcome: Outcome
    deliver_tasks: bool = False
    error: str | None = None


async def visit(kimono: InteropClient, info: TenantInfo) -> TenantReport:
    """Everything the driver does for one tenant."""
    tenant_id, name = str(info.id), str(info.name)
    try:
        async with kimono.tenant(info) as tenant:
            state = await tenant.state()
            if state.synchronization_suspended is True:
                return TenantReport(tenant_id, name, Outcome.SUSPENDED)
            application = await tenant.application.get()  # served from the SDK's cache
            deliver_tasks = application.deliver_tasks is True  # absent counts as "no"
            return TenantReport(tenant_id, name, Outcome.SYNCED, deliver_tasks=deliver_tasks)
    except KimonoError as exc:
        log.warning("tenant %s failed: %s", tenant_id, exc)
        return TenantReport(tenant_id, name, Outcome.FAILED, error=type(exc).__name__)


async def run_round(
    kimono: InteropClient, *, concurrency: int, integration: Sequence[str] | None = None
) -> list[TenantReport]:
    """Visit every tenant, at most `concurrency` at a time.

    The semaphore is taken before a task is created, so listing pauses while all slots are
    busy: tasks in flight (and memory) stay bounded however many tenants there are.
    """
    slots = asyncio.Semaphore(concurrency)
    tasks: list[asyncio.Task[TenantReport]] = []

    async def visit_and_release(info: TenantInfo) -> TenantReport:
        try:
            return await visit(kimono, info)
        finally:
            slots.release()

    async with asyncio.TaskGroup() as group:
        async for info in kimono.tenants.list(
            integration=list(integration) if integration else None
        ):
            await slots.acquire()
            tasks.append(group.create_task(visit_and_release(info)))
    return [task.result() for task in tasks]


async def main(
    kimono: InteropClient | None = None,
    *,
    rounds: int | None = 1,
    interval: float = 60.0,
    concurrency: int = 8,
    integration: Sequence[str] | None = None,
) -> list[list[TenantReport]]:
    """Run `rounds` rounds (None: forever), `interval` seconds apart; returns each round's
    reports.

    Pass a client to share one (tests pass a sandbox client); otherwise one is configured from
    the KIMONO_* environment variables and closed at the end.
    """
    if kimono is None:
        async with InteropClient() as own:
            return await main(
                own,
                rounds=rounds,
                interval=interval,
                concurrency=concurrency,
                integration=integration,
            )
    # Forever means forever: keep only the last round's reports then, not every round's.
    history: deque[list[TenantReport]] = deque(maxlen=rounds or 1)
    done = 0
    while rounds is None or done < rounds:
        if done:
            await asyncio.sleep(interval)
        reports = await run_round(kimono, concurrency=concurrency, integration=integration)
        for report in reports:
            log.info("%s %s %s", report.outcome, report.tenant_id, report.name)
        history.append(reports)
        done += 1
    return list(history)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    asyncio.run(main(rounds=None))
