"""Tokens under concurrency, over real sockets (the sandbox on loopback counts token requests and
identifies the tenant of every request by the token it carries).

- 1,000 concurrent calls at the moment a token expires: one token request per credential.
- 100 tenants x 20 concurrent calls, tokens expiring at different times: every request carries
  its own tenant's token, one token request per tenant per expiry.
- 10,000 items paged while the token expires mid-way: nothing lost, nothing repeated.

Expiry is driven by two clocks moved together: the sandbox's (the token really stops working
server-side) and the client's injectable ``shared.clock`` (its proactive refresh sees it too).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from uuid import UUID

import anyio
from _reliability_support import RecordedSleeps, ServeSandbox, wait_until

from kimono_interop_client import ApiKey, ClientCredentials, InteropClient, TenantClient
from kimono_interop_client.sandbox import Sandbox

CALLS = 1_000
TENANTS = 100
CALLS_PER_TENANT = 20


class SharedClock:
    """The client's monotonic clock, plus an offset the test moves with the sandbox's."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds
        self.sandbox.advance_clock(seconds)


def _tenant_client(sandbox: Sandbox, base_url: str) -> tuple[TenantClient, str]:
    credentials = sandbox.credentials.tenant("oauth2")
    auth = ClientCredentials(credentials.client_id, credentials.client_secret)
    return TenantClient(auth=auth, base_url=base_url), credentials.client_id


async def _all_succeed(calls: list[asyncio.Task[object]]) -> list[object]:
    with anyio.fail_after(120):
        return await asyncio.gather(*calls)


async def test_1000_calls_when_the_token_expires_make_one_token_request(
    serve_sandbox: ServeSandbox,
) -> None:
    """Proactive path: the client knows expires_in and the token has just expired on both
    sides; 1,000 calls start at that moment and share one token request."""
    sandbox, base_url = serve_sandbox(token_ttl=600)
    t, client_id = _tenant_client(sandbox, base_url)
    clock = SharedClock(sandbox)
    async with t:
        t.shared.clock = clock
        expected = await t.info()
        assert sandbox.stats.token_requests[client_id] == 1
        clock.advance(600)  # the token is dead server-side and due client-side

        results = await _all_succeed([asyncio.create_task(t.info()) for _ in range(CALLS)])

    assert {result.id for result in results} == {expected.id}  # type: ignore[attr-defined]
    assert sandbox.stats.token_requests[client_id] == 2
    assert sandbox.stats.count("GET", "/v2/interop/tenant") == CALLS + 1  # no 401 replays


async def test_1000_in_flight_calls_rejected_by_an_expired_token_refetch_once(
    serve_sandbox: ServeSandbox,
) -> None:
    """Reactive path: the service revokes the token while 1,000 calls are on their way (the
    client had no reason to refresh); every 401 replays with one newly fetched token."""
    sandbox, base_url = serve_sandbox(send_expires_in=False)
    t, client_id = _tenant_client(sandbox, base_url)
    async with t:
        await t.info()
        # Hold requests server-side for a moment so the expiry lands while they are in flight.
        sandbox.faults.latency(0.3, operation="findTenantByCredentials", times=100)
        calls = [asyncio.create_task(t.info()) for _ in range(CALLS)]
        assert await wait_until(lambda: sandbox.stats.count("GET", "/v2/interop/tenant") >= 50)
        assert sandbox.faults.expire_tokens(client_id) == 1

        results = await _all_succeed(calls)

    assert len(results) == CALLS
    assert sandbox.stats.token_requests[client_id] == 2


async def test_100_tenants_never_see_each_others_tokens(serve_sandbox: ServeSandbox) -> None:
    sandbox, base_url = serve_sandbox(size={"tenants": TENANTS})
    clock = SharedClock(sandbox)
    async with InteropClient(auth=ApiKey(sandbox.credentials.api_key), base_url=base_url) as kimono:
        kimono.shared.clock = clock
        infos = [info async for info in kimono.tenants.list()]
        assert len(infos) == TENANTS
        oauth2 = [info for info in infos if info.auth.type_ == "oauth2"]
        # Tokens of tenant i live 10,000 + 1,000 i seconds: they expire at different times
        # (far apart, so the real seconds a slow machine spends do not blur the boundary).
        ttl = {info.auth.client_id: 10_000.0 + 1000 * i for i, info in enumerate(oauth2)}
        for client_id, seconds in ttl.items():
            sandbox.set_token_ttl(client_id, seconds)
        contexts = [(info.id, kimono.tenant(info)) for info in infos]

        async def round_of_calls() -> None:
            calls = [
                asyncio.create_task(t.info()) for _, t in contexts for _ in range(CALLS_PER_TENANT)
            ]
            results = await _all_succeed(calls)  # type: ignore[arg-type]
            expected = [tenant_id for tenant_id, _ in contexts for _ in range(CALLS_PER_TENANT)]
            # The sandbox names the tenant its token (or Basic pair) identifies.
            assert [result.id for result in results] == expected  # type: ignore[attr-defined]

        await round_of_calls()
        assert sandbox.stats.token_requests == Counter(dict.fromkeys(ttl, 1))

        # Half the tokens expire (their refresh is due client-side too, 30 s ahead): tenant i
        # is due when 10,000 + 1,000 i - 30 <= 10,000 + 1,000 * 49 + 500, i.e. i <= 49.
        clock.advance(10_000 + 1000 * 49 + 500)
        await round_of_calls()
        due = list(ttl)[:50]
        assert sandbox.stats.token_requests == Counter(
            {client_id: 2 if client_id in due else 1 for client_id in ttl}
        )
        # No tenant got another tenant's token: no 401 at all, so no replay.
        assert sandbox.stats.count("GET", "/v2/interop/tenant") == 2 * TENANTS * CALLS_PER_TENANT


async def test_paging_10000_items_across_a_token_expiry_loses_and_repeats_nothing(
    serve_sandbox: ServeSandbox,
) -> None:
    sandbox, base_url = serve_sandbox(
        size={"tenants": 1, "schools": 10_000, "courses": 0, "ingestions": 0}
    )
    credentials = sandbox.credentials.tenant("oauth2")
    tenant = sandbox.state.tenants[credentials.tenant_id]
    expected = [UUID(row["id"]) for row in tenant.schools.rows()]
    assert len(expected) == 10_000
    t, client_id = _tenant_client(sandbox, base_url)
    seen: list[UUID] = []
    async with t:
        with anyio.fail_after(120):
            async for school in t.scoping.schools.list(page_size=100, prefetch=1):
                seen.append(school.id)
                if len(seen) == 5_000:
                    sandbox.faults.expire_tokens(client_id)  # revoked mid-way
    assert seen == expected  # every item once, in order
    assert sandbox.stats.token_requests[client_id] == 2


async def test_a_transient_token_endpoint_failure_is_retried_like_any_other(
    serve_sandbox: ServeSandbox,
) -> None:
    """A 503 from the token endpoint says nothing about the credentials, and the call itself
    was certainly not sent: the send loop's retry rules apply (here: one retry, success),
    rather than an AuthenticationError that sends people looking for a wrong secret."""
    sandbox, base_url = serve_sandbox()
    t, _ = _tenant_client(sandbox, base_url)
    sandbox.faults.error(503, operation="token", times=1)
    async with t:
        t.shared.sleep = RecordedSleeps()
        info = await t.info()
    assert str(info.id) == sandbox.credentials.tenant("oauth2").tenant_id
    assert sandbox.stats.count("GET", "/v2/interop/tenant") == 1
