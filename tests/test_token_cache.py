"""The single-flight token cache, on its own (no HTTP)."""

from __future__ import annotations

import asyncio

import pytest
from _layer_support import FakeClock

from kimono_interop_client._token_cache import SWEEP_FROM, AccessToken, TokenCache, TokenCaches


class Issuer:
    """A fetch function that counts calls and can be held open or made to fail."""

    def __init__(self, clock: FakeClock, expires_in: float | None = None) -> None:
        self.clock = clock
        self.expires_in = expires_in
        self.calls = 0
        self.gate: asyncio.Event | None = None
        self.error: Exception | None = None

    async def __call__(self) -> AccessToken:
        self.calls += 1
        number = self.calls
        if self.gate is not None:
            await self.gate.wait()
        else:
            await asyncio.sleep(0)  # let every concurrent caller pile up first
        if self.error is not None:
            raise self.error
        return AccessToken.issued(f"token-{number}", self.expires_in, self.clock())


async def test_a_thousand_concurrent_callers_on_a_cold_cache_fetch_once() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock)
    tokens = await asyncio.gather(*(cache.get(issuer) for _ in range(1000)))
    assert issuer.calls == 1
    assert {token.value for token in tokens} == {"token-1"}


async def test_a_cached_token_is_reused_without_fetching() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock)
    first = await cache.get(issuer)
    assert await cache.get(issuer) is first
    assert issuer.calls == 1


async def test_a_leader_failure_reaches_current_waiters_and_the_next_caller_retries() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock)
    issuer.gate, issuer.error = asyncio.Event(), RuntimeError("token endpoint down")
    callers = [asyncio.create_task(cache.get(issuer)) for _ in range(10)]
    await asyncio.sleep(0)
    issuer.gate.set()
    results = await asyncio.gather(*callers, return_exceptions=True)
    assert issuer.calls == 1
    assert all(isinstance(result, RuntimeError) for result in results)

    issuer.gate, issuer.error = None, None
    assert (await cache.get(issuer)).value == "token-2"


async def test_a_cancelled_leader_hands_over_to_a_waiter() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock)
    issuer.gate = asyncio.Event()
    leader = asyncio.create_task(cache.get(issuer))
    await asyncio.sleep(0)
    waiters = [asyncio.create_task(cache.get(issuer)) for _ in range(5)]
    await asyncio.sleep(0)
    leader.cancel()
    await asyncio.sleep(0)
    issuer.gate.set()
    tokens = await asyncio.wait_for(asyncio.gather(*waiters), timeout=10)
    assert leader.cancelled()
    assert issuer.calls == 2  # the cancelled fetch, and one by the waiter that took over
    assert {token.value for token in tokens} == {"token-2"}


async def test_invalidate_drops_only_the_rejected_token() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock)
    old = await cache.get(issuer)
    cache.invalidate(old)
    new = await cache.get(issuer)
    assert new.value == "token-2"
    cache.invalidate(old)  # a late 401 for the old token must not drop the new one
    assert cache.current is new
    assert issuer.calls == 2


async def test_a_401_storm_refetches_once() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock)
    rejected = await cache.get(issuer)

    async def after_401() -> AccessToken:
        cache.invalidate(rejected)
        return await cache.get(issuer)

    tokens = await asyncio.gather(*(after_401() for _ in range(500)))
    assert issuer.calls == 2
    assert {token.value for token in tokens} == {"token-2"}


async def test_refreshes_ahead_of_expiry_when_expires_in_is_known() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock, expires_in=3600)
    first = await cache.get(issuer)
    clock.advance(3500)
    assert await cache.get(issuer) is first
    clock.advance(80)  # 30 s before expiry
    assert (await cache.get(issuer)).value == "token-2"


async def test_short_lived_tokens_refresh_at_ninety_percent() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock, expires_in=100)
    first = await cache.get(issuer)
    clock.advance(89)
    assert await cache.get(issuer) is first
    clock.advance(2)
    assert (await cache.get(issuer)).value == "token-2"


async def test_without_expires_in_a_token_lives_until_rejected() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock)
    first = await cache.get(issuer)
    clock.advance(10**9)
    assert await cache.get(issuer) is first


async def test_callers_keep_the_valid_token_while_one_refreshes_ahead_of_expiry() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock, expires_in=100)
    first = await cache.get(issuer)
    clock.advance(95)
    issuer.gate = asyncio.Event()
    refresher = asyncio.create_task(cache.get(issuer))
    await asyncio.sleep(0)
    assert await cache.get(issuer) is first  # still valid: no waiting for the refresh
    issuer.gate.set()
    assert (await refresher).value == "token-2"


async def test_an_expired_token_is_not_handed_out_while_refreshing() -> None:
    clock = FakeClock()
    cache, issuer = TokenCache(clock), Issuer(clock, expires_in=100)
    await cache.get(issuer)
    clock.advance(200)
    issuer.gate = asyncio.Event()
    refresher = asyncio.create_task(cache.get(issuer))
    waiter = asyncio.create_task(cache.get(issuer))
    await asyncio.sleep(0)
    assert not waiter.done()
    issuer.gate.set()
    assert (await waiter).value == (await refresher).value == "token-2"


def test_registry_keys_by_token_url_client_id_and_secret() -> None:
    caches = TokenCaches(FakeClock())
    one = caches.for_client("https://a/oauth/token", "id-1", "fp")
    assert caches.for_client("https://a/oauth/token", "id-1", "fp") is one
    assert caches.for_client("https://a/oauth/token", "id-2", "fp") is not one
    assert caches.for_client("https://b/oauth/token", "id-1", "fp") is not one
    assert caches.for_client("https://a/oauth/token", "id-1", "other-fp") is not one
    assert len(caches) == 4


async def test_the_registry_drops_caches_with_nothing_usable_as_it_grows() -> None:
    clock = FakeClock()
    caches = TokenCaches(clock)
    url = "https://a/oauth/token"
    # Tenants that came and went: tokens fetched, then expired.
    for n in range(SWEEP_FROM // 2):
        await caches.for_client(url, f"gone-{n}", "fp").get(Issuer(clock, expires_in=60))
    clock.advance(61)
    live = caches.for_client(url, "live", "fp")
    await live.get(Issuer(clock, expires_in=3600))
    forever = caches.for_client(url, "no-expiry", "fp")
    await forever.get(Issuer(clock))  # no expires_in: usable until the service rejects it
    busy_issuer = Issuer(clock)
    busy_issuer.gate = asyncio.Event()
    busy = caches.for_client(url, "fetching", "fp")
    in_flight = asyncio.create_task(busy.get(busy_issuer))
    await asyncio.sleep(0)
    unused = [caches.for_client(url, f"never-{n}", "fp") for n in range(SWEEP_FROM // 2 - 4)]
    assert len(caches) == SWEEP_FROM - 1
    # The next new cache brings the registry to SWEEP_FROM entries: the sweep runs.
    newest = caches.for_client(url, "newest", "fp")
    assert len(caches) == 4
    assert caches.for_client(url, "live", "fp") is live
    assert caches.for_client(url, "no-expiry", "fp") is forever
    assert caches.for_client(url, "fetching", "fp") is busy
    assert caches.for_client(url, "newest", "fp") is newest
    assert caches.for_client(url, "never-0", "fp") is not unused[0]
    busy_issuer.gate.set()
    assert (await in_flight).value == "token-1"


def test_the_registry_is_not_swept_below_its_threshold() -> None:
    clock = FakeClock()
    caches = TokenCaches(clock)
    created = [caches.for_client("https://a/oauth/token", str(n), "fp") for n in range(1000)]
    assert len(caches) == 1000
    assert caches.for_client("https://a/oauth/token", "0", "fp") is created[0]


def test_token_repr_hides_the_value() -> None:
    token = AccessToken.issued("s3cr3t-token", 60, 0.0)
    assert "s3cr3t" not in repr(token)
    assert "s3cr3t" not in str(token)


@pytest.mark.parametrize("expires_in", [None, 1.0, 60.0, 3600.0])
def test_refresh_time_is_before_expiry(expires_in: float | None) -> None:
    token = AccessToken.issued("t", expires_in, 0.0)
    if expires_in is None:
        assert token.refresh_at is token.expires_at is None
    else:
        assert token.refresh_at is not None
        assert token.expires_at is not None
        assert 0 < token.refresh_at < token.expires_at
