"""`Sandbox`: one in-memory Kimono Interop service, its options and its Python control API."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ._app import create_app
from ._auth import Tokens
from ._faults import Faults
from ._routes.tenant import advance
from ._seed import seed_state
from ._state import Clock, iso, new_id
from ._stats import Stats

if TYPE_CHECKING:
    from starlette.types import ASGIApp

    from ._server import ServerHandle


@dataclass(frozen=True)
class TenantCredentials:
    """A seeded tenant and the actor credentials that identify it."""

    tenant_id: str
    name: str
    actor_id: str
    auth_type: str  # "oauth2" (exchange at /oauth/token) or "basic" (send as HTTP Basic)
    client_id: str
    client_secret: str = field(repr=False)


@dataclass(frozen=True)
class Credentials:
    """The sandbox's made-up credentials: the account API key, the account's ready-made
    bearer token, and every tenant's actor credentials. Secrets stay out of repr()."""

    api_key: str = field(repr=False)
    account_token: str = field(repr=False)
    tenants: tuple[TenantCredentials, ...]

    def tenant(self, auth_type: str | None = None, *, index: int = 0) -> TenantCredentials:
        """The `index`-th tenant, counting only those whose actor uses `auth_type`."""
        matching = [t for t in self.tenants if auth_type is None or t.auth_type == auth_type]
        return matching[index]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Sandbox:
    """A stateful, in-memory Kimono Interop API.

    seed, size: the deterministic seed data set (see `_seed.DEFAULT_SIZE` for the keys, e.g.
        `size={"clouds": 100_000}`); per-tenant sizes apply to every tenant.
    bulk: per-tenant sizes for the first tenant only, for one big tenant list without
        multiplying it by every tenant (`bulk={"courses": 100_000}`).
    token_ttl: lifetime of issued access tokens, in seconds (per client: `set_token_ttl`).
    max_page_size: the page size cap (and default).
    send_expires_in: whether token responses carry `expires_in` (Kimono's may not).
    clock: seconds since the epoch (default `time.time`); `advance_clock` moves it on.
    """

    def __init__(
        self,
        seed: int = 1,
        size: Mapping[str, int] | None = None,
        *,
        bulk: Mapping[str, int] | None = None,
        token_ttl: float = 3600,
        max_page_size: int = 100,
        send_expires_in: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if token_ttl <= 0 or max_page_size < 1:
            raise ValueError("token_ttl must be > 0 and max_page_size >= 1")
        self.seed = seed
        self.size = dict(size or {})
        self.bulk = dict(bulk or {})
        self.token_ttl = float(token_ttl)
        self.max_page_size = max_page_size
        self.send_expires_in = send_expires_in
        self.clock = Clock(clock)
        self.tokens = Tokens(self.clock)
        self.stats = Stats()
        self.faults = Faults(seed, self.tokens.expire)
        self.token_ttls: dict[str, float] = {}
        self.state = seed_state(seed, self.size, self.bulk)
        self.app: ASGIApp = create_app(self)

    def __repr__(self) -> str:
        return (
            f"Sandbox(seed={self.seed}, size={self.size}, bulk={self.bulk}, "
            f"tenants={len(self.state.tenants)})"
        )

    @property
    def credentials(self) -> Credentials:
        tenants = []
        for tenant in self.state.tenants.values():
            actor = self.state.actors.get(tenant.record["_actor_id"])
            if actor is not None:
                auth = actor["auth"]
                tenants.append(
                    TenantCredentials(
                        tenant.id,
                        tenant.record["name"],
                        actor["id"],
                        auth["type"],
                        auth["client_id"],
                        auth["client_secret"],
                    )
                )
        return Credentials(self.state.api_key, self.state.account_token, tuple(tenants))

    # ---- tokens and time ---------------------------------------------------------------------

    def token_ttl_for(self, client_id: str) -> float:
        return self.token_ttls.get(client_id, self.token_ttl)

    def set_token_ttl(self, client_id: str | None, ttl: float) -> None:
        """Lifetime of tokens issued from now on, for one client (or the default for all)."""
        if ttl <= 0:
            raise ValueError("ttl must be > 0")
        if client_id is None:
            self.token_ttl = float(ttl)
        else:
            self.token_ttls[client_id] = float(ttl)

    def issue_token(self, client_id: str, ttl: float | None = None) -> str:
        """A ready-made bearer token for an actor, as if it had called /oauth/token."""
        if self.state.actor_by_client_id(client_id) is None:
            raise KeyError(client_id)
        return self.tokens.issue(client_id, self.token_ttl_for(client_id) if ttl is None else ttl)

    def advance_clock(self, seconds: float) -> None:
        self.clock.advance(seconds)

    # ---- workflow helpers --------------------------------------------------------------------

    def begin_auth_setup(self, tenant_id: str, props: Mapping[str, str] | None = None) -> None:
        """Put a tenant's application into the auth-setup workflow (`auth_state_pending` =
        `updating`), as the platform does when an admin changes its credentials."""
        application = self.state.tenants[tenant_id].application
        application.update(
            auth_state_pending="updating",
            auth_session_id_pending=new_id(),
            auth_props_pending=dict(props or application.get("auth_props") or {}),
            auth_message=None,
        )

    def complete_ingestions(self, tenant_id: str | None = None) -> int:
        """Finish every pending ingestion (of one tenant, or all); returns how many."""
        now = iso(self.clock())
        count = 0
        tenants = (
            self.state.tenants.values() if tenant_id is None else [self.state.tenants[tenant_id]]
        )
        for tenant in tenants:
            for ingestion in tenant.ingestions:
                if ingestion["has_pending_task"]:
                    for _ in range(3):
                        advance(ingestion, now)
                    count += 1
        return count

    def reset(self) -> None:
        """Back to the seed data; no tokens, no faults, zero counters."""
        self.state = seed_state(self.seed, self.size, self.bulk)
        self.tokens.clear()
        self.faults.clear()
        self.stats.reset()
        self.token_ttls.clear()

    # ---- loopback server ---------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> ServerHandle:
        """Serve over real HTTP in a background thread (`with sb.serve() as server:` ...
        `server.base_url`). Port 0 picks a free port."""
        from ._server import ServerHandle

        return ServerHandle(self, host, port)
