"""A single-flight cache of OAuth2 access tokens.

One ``TokenCache`` per (token URL, client_id, secret fingerprint), kept in a ``TokenCaches``
registry that every client and tenant context derived from one ``InteropClient`` shares. Any
number of concurrent callers that need a token wait for one fetch: the first becomes the
leader and fetches while the others wait on an event. Nothing is locked during the network
call, so a cancelled or failing leader never wedges the others: a failure is handed to the
callers already waiting (the next caller fetches afresh) and a cancelled leader lets one
waiter take over.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field

import anyio

Clock = Callable[[], float]

# Refresh ahead of expiry by this much (capped to a tenth of the lifetime for short tokens),
# so that a request never leaves with a token about to die on the way.
REFRESH_MARGIN = 30.0


@dataclass(frozen=True, slots=True)
class AccessToken:
    """A bearer token and, when the service said, the clock time it expires at."""

    value: str = field(repr=False)
    expires_at: float | None = None
    refresh_at: float | None = None

    def __repr__(self) -> str:
        return f"AccessToken(value='***', expires_at={self.expires_at!r})"

    @classmethod
    def issued(cls, value: str, expires_in: float | None, now: float) -> AccessToken:
        if expires_in is None:
            return cls(value)
        margin = min(REFRESH_MARGIN, expires_in / 10)
        return cls(value, expires_at=now + expires_in, refresh_at=now + expires_in - margin)


Fetch = Callable[[], Awaitable[AccessToken]]


class _Flight:
    """One fetch in progress; its waiters read the outcome after ``done`` is set."""

    __slots__ = ("abandoned", "done", "error")

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.error: Exception | None = None
        self.abandoned = False


class TokenCache:
    __slots__ = ("_clock", "_flight", "_token", "fetches")

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._token: AccessToken | None = None
        self._flight: _Flight | None = None
        self.fetches = 0  # how many fetches were started (observability and tests)

    def __repr__(self) -> str:
        state = "empty" if self._token is None else "holding a token"
        return f"<TokenCache {state}>"

    @property
    def current(self) -> AccessToken | None:
        return self._token

    @property
    def clock(self) -> Clock:
        return self._clock

    def idle(self, now: float) -> bool:
        """No fetch in progress and nothing a caller could use: no token, or an expired one."""
        if self._flight is not None:
            return False
        token = self._token
        return token is None or (token.expires_at is not None and now >= token.expires_at)

    def invalidate(self, rejected: AccessToken) -> None:
        """Drop ``rejected`` if it is still the cached token. A storm of 401s for one token
        therefore clears the cache once, and a token fetched since is kept."""
        if self._token is rejected:
            self._token = None

    async def get(self, fetch: Fetch) -> AccessToken:
        """A usable token: the cached one, or one fetched by exactly one caller at a time."""
        while True:
            now = self._clock()
            token = self._token
            if token is not None and (token.refresh_at is None or now < token.refresh_at):
                return token
            alive = token is not None and token.expires_at is not None and now < token.expires_at
            flight = self._flight
            if flight is not None:
                if alive and token is not None:
                    return token  # someone is refreshing ahead of expiry; this one still works
                await flight.done.wait()
                if flight.error is not None:
                    raise flight.error
                continue  # fetched (take it from the cache) or abandoned (maybe lead now)
            return await self._lead(fetch)

    async def _lead(self, fetch: Fetch) -> AccessToken:
        flight = self._flight = _Flight()
        self.fetches += 1
        try:
            token = await fetch()
        except Exception as exc:
            flight.error = exc
            raise
        except BaseException:
            # Cancelled (or the interpreter is stopping): not a verdict on the credentials.
            flight.abandoned = True
            raise
        else:
            self._token = token
            return token
        finally:
            self._flight = None
            flight.done.set()


# A long-lived client may see credentials come and go (a tenant's secret rotated, a tenant
# gone): each time the registry reaches a power of two from this size on, the caches that hold
# nothing usable any more are dropped, so that it stays bounded by the credentials in use.
SWEEP_FROM = 1024


class TokenCaches:
    """The registry: one ``TokenCache`` per (token URL, client_id, secret fingerprint)."""

    __slots__ = ("_caches", "_clock")

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._caches: dict[Hashable, TokenCache] = {}

    def __len__(self) -> int:
        return len(self._caches)

    def for_client(self, token_url: str, client_id: str, secret_fingerprint: str) -> TokenCache:
        key = (token_url, client_id, secret_fingerprint)
        cache = self._caches.get(key)
        if cache is None:
            cache = self._caches[key] = TokenCache(self._clock)
            size = len(self._caches)
            if size >= SWEEP_FROM and not size & (size - 1):
                self._sweep(keep=key)
        return cache

    def _sweep(self, keep: Hashable) -> None:
        """Drop the caches with no flight and no token, or only an expired one. A context
        still bound to a dropped cache keeps working: its next fetch fills its own cache, and
        the worst case is one token request the registry would have shared."""
        now = self._clock()
        for key in [key for key, cache in self._caches.items() if key != keep and cache.idle(now)]:
            del self._caches[key]
