"""The fault matrix (issue 5): one table-driven test over every fault x every kind of method,
against the sandbox served by uvicorn on 127.0.0.1 (real sockets), faults injected server-side.

The table, with the exact outcome of each cell, is tests/reliability/fault_matrix.py; the same
table is rendered into docs/RELIABILITY.md, and the last test here fails when the docs drift.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import anyio
import httpx
import pytest
from _reliability_support import RecordedSleeps, wait_until
from fault_matrix import (
    DOCS,
    FAULTS,
    OPERATIONS,
    TIMEOUT,
    Fault,
    Operation,
    Outcome,
    cells,
    rendered_block,
)

from kimono_interop_client import (
    APIConnectionError,
    APIStatusError,
    ClientCredentials,
    Page,
    RateLimitError,
    ResponseValidationError,
    TenantClient,
)
from kimono_interop_client._aiohttp import aiohttp_transport
from kimono_interop_client.sandbox import Sandbox, ServerHandle

TRANSPORTS = ("httpx", "aiohttp")
ANY = "*"
# Cells that show a defect its owner has not fixed yet, as (fault, operation, transport):
# strict xfails, so a fix turns them into failures until the entry is removed. Each one is
# listed under "Defects these suites found" in docs/RELIABILITY.md.
KNOWN_DEFECTS: dict[tuple[str, str, str], str] = {}


def _known_defect(fault: Fault, operation: Operation, transport: str) -> str | None:
    for key in ((fault.label, operation.label, transport), (fault.label, operation.label, ANY)):
        if key in KNOWN_DEFECTS:
            return KNOWN_DEFECTS[key]
    return None


def _params() -> list[Any]:
    params = []
    for fault, operation, outcome in cells():
        for transport in TRANSPORTS:
            reason = _known_defect(fault, operation, transport)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cell_id = f"{fault.label}|{operation.label}|{transport}"
            params.append(
                pytest.param(fault, operation, outcome, transport, id=cell_id, marks=marks)
            )
    return params


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[Sandbox, str]]:
    """One sandbox on loopback for the whole matrix; each cell resets it."""
    sandbox = Sandbox()
    server: ServerHandle = sandbox.serve("127.0.0.1", 0).start()
    try:
        yield sandbox, server.base_url
    finally:
        server.stop()


def _refused_base_url() -> str:
    """A loopback port that was free a moment ago and that nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class Cell:
    """One cell's world: the reset sandbox, the records the call acts on, and the call."""

    def __init__(self, sandbox: Sandbox) -> None:
        sandbox.reset()
        self.sandbox = sandbox
        self.credentials = sandbox.credentials.tenant("oauth2")
        tenant = sandbox.state.tenants[self.credentials.tenant_id]
        self.schedules = [row["id"] for row in tenant.schedules.rows()]
        self.rollover = tenant.rollovers.rows()[0]

    def client(self, base_url: str, transport: str) -> TenantClient:
        auth = ClientCredentials(self.credentials.client_id, self.credentials.client_secret)
        sender = aiohttp_transport() if transport == "aiohttp" else None
        return TenantClient(auth=auth, base_url=base_url, timeout=TIMEOUT, transport=sender)

    async def call(self, t: TenantClient, operation: Operation) -> Any:
        schedule = self.schedules[0]
        match operation.operation_id:
            case "findSchedule":
                return await t.schedules.get(schedule)
            case "listSchedules":
                return await t.schedules.list()
            case "createSchedule":
                return await t.schedules.create(hour=5)
            case "updateRollover":
                return await t.rollovers.update(
                    self.rollover["id"],
                    type="new_year",
                    status="upcoming",
                    cloud_id=self.rollover["cloud_id"],
                )
            case "updateSchedule":
                return await t.schedules.update(schedule, enabled=False)
            case "deleteSchedule":
                return await t.schedules.delete(schedule)
        raise AssertionError(operation)

    def counts(self, operation: Operation) -> tuple[int, int]:
        stats = self.sandbox.stats
        return stats.count(operation.method, operation.template), stats.applied[
            operation.operation_id
        ]


def check_success(cell: Cell, fault: Fault, operation: Operation, result: Any) -> None:
    """What a successful call returned is the real thing, faults notwithstanding."""
    if operation.method in ("PATCH", "DELETE"):
        assert result is None
        return
    if isinstance(result, Page):
        assert [str(item.id) for item in result.items] == cell.schedules  # nulls skipped
        records = result.items
    else:
        records = [result]
        expected_id = {
            "findSchedule": cell.schedules[0],
            "updateRollover": cell.rollover["id"],
        }.get(operation.operation_id)
        if expected_id is not None:
            assert result.id == UUID(expected_id)
    if fault.label == "unknown enum value":
        assert all(record.type_.is_unknown and record.type_ == "CHANGE" for record in records)
    if fault.label == "unknown fields":
        assert all("x_sandbox_new_field" in record.additional_properties for record in records)


def check_error(fault: Fault, operation: Operation, outcome: Outcome, error: Exception) -> None:
    """The documented typed exception, carrying what the caller needs to act on it."""
    assert type(error) is outcome.error, repr(error)
    message = str(error)
    assert operation.method in message  # the message alone says which call failed
    if isinstance(error, APIConnectionError):
        assert error.method == operation.method
        assert httpx.URL(error.url).path.startswith("/v2/interop/tenant/")
        return
    assert isinstance(error, APIStatusError | ResponseValidationError)
    assert error.status_code == outcome.status
    assert str(outcome.status) in message
    if isinstance(error, APIStatusError):
        assert error.code == outcome.code
        if outcome.code is not None:  # Kimono's error fields, read from its error body
            assert error.message
            assert error.message in message
        if outcome.status != 404:
            assert fault.body(error.body)
    else:
        assert fault.body(error.body)
    if isinstance(error, RateLimitError) and fault.label.startswith("429 with Retry-After: 120"):
        assert error.retry_after == 120


async def settle(
    cell: Cell, operation: Operation, outcome: Outcome, fault: Fault, started: float
) -> None:
    """Wait (bounded) for late server-side handlers, so the counts are final and the next cell
    starts from a quiet server: `fault.settle` seconds after the call started, then until the
    counts are what the cell expects."""
    await anyio.sleep(max(0.0, started + fault.settle - time.monotonic()))
    expected = (outcome.receipts, outcome.applied)
    await wait_until(lambda: cell.counts(operation) == expected, within=3.0)


@pytest.mark.parametrize(("fault", "operation", "outcome", "transport"), _params())
async def test_fault_matrix(
    loopback: tuple[Sandbox, str],
    fault: Fault,
    operation: Operation,
    outcome: Outcome,
    transport: str,
) -> None:
    """One cell, with httpx's own transport and with aiohttp_transport(): the outcome may not
    depend on what carries the bytes."""
    sandbox, base_url = loopback
    cell = Cell(sandbox)
    if fault.inject is None:
        base_url = _refused_base_url()
    else:
        fault.inject(sandbox.faults, operation.operation_id)
    sleeps = RecordedSleeps()
    async with cell.client(base_url, transport) as t:
        t.shared.sleep = sleeps
        result: Any = None
        error: Exception | None = None
        started = time.monotonic()
        with anyio.fail_after(30):  # a hang fails the cell instead of blocking the suite
            try:
                result = await cell.call(t, operation)
            except Exception as exc:
                error = exc
        await settle(cell, operation, outcome, fault, started)

    attempts = len(sleeps.waits) + 1
    assert (attempts, *cell.counts(operation)) == (
        outcome.attempts,
        outcome.receipts,
        outcome.applied,
    ), "(attempts, received, applied)"
    assert fault.waits(sleeps.waits), sleeps.waits
    if outcome.error is None:
        assert error is None, repr(error)
        check_success(cell, fault, operation, result)
    else:
        assert error is not None, f"expected {outcome.error.__name__}, got {result!r}"
        check_error(fault, operation, outcome, error)


def test_matrix_covers_every_fault_and_method() -> None:
    assert {op.method for op in OPERATIONS} == {"GET", "POST", "PUT", "PATCH", "DELETE"}
    assert len(cells()) == len(FAULTS) * len(OPERATIONS)


def test_docs_show_the_current_matrix() -> None:
    """docs/RELIABILITY.md holds the table rendered from the matrix the tests run; regenerate
    it with `.venv/bin/python -m tests.reliability.fault_matrix`."""
    assert rendered_block() in DOCS.read_text(encoding="utf-8")
