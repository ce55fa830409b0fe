"""A tour of the Kimono Interop SDK, from the account key to two tenants working at once.

Run it with `make demo` (which starts the embedded sandbox on loopback and runs this script
against it over real HTTP), or point it at any Interop API:

    KIMONO_BASE_URL=https://... KIMONO_API_KEY=... python examples/quickstart.py

Everything Kimono-related goes through the SDK's public API. The one exception is marked: when
KIMONO_SANDBOX_CONTROL names a sandbox's control API, the script asks the sandbox to expire
every access token early, to show the SDK recovering from a token that died before its time.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TypeVar
from uuid import UUID

import httpx

from kimono_interop_client import ApiKey, InteropClient, TenantClient
from kimono_interop_client.models import UNSET, TenantInfo, Unset

BLUEPRINT = """<Blueprint Id='quickstart-gradebook' Version='1.0'>
  <Title>Quickstart Gradebook</Title>
  <Description>Sends grades from the district's LMS to its SIS every night.</Description>
</Blueprint>"""

T = TypeVar("T")


def known(value: T | Unset | None, fallback: str = "?") -> T | str:
    """A model field's value, or `fallback` when the service left it out."""
    return fallback if value is None or isinstance(value, Unset) else value


def ident(value: UUID | Unset) -> UUID:
    """An object's id (every model field may be absent; ids never are in practice)."""
    if isinstance(value, Unset):
        raise RuntimeError("the service sent an object without an id")
    return value


class WireCounter(httpx.AsyncBaseTransport):
    """Counts what goes over the wire (an httpx transport wrapper: plain public httpx API)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests = 0
        self.token_requests = 0
        self.statuses: Counter[int] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if request.url.path.endswith("/oauth/token"):
            self.token_requests += 1
        response = await self.inner.handle_async_request(request)
        self.statuses[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass
class Story:
    """What one tenant did, told after both are done (their calls interleave)."""

    name: str
    lines: list[str] = field(default_factory=list)
    started: float = 0.0
    finished: float = 0.0

    def say(self, line: str) -> None:
        self.lines.append(line)


async def count(items: object) -> int:
    total = 0
    async for _ in items:  # type: ignore[attr-defined]
        total += 1
    return total


async def tenant_tour(tenant: TenantClient, wire: WireCounter) -> Story:
    info = await tenant.info()
    story = Story(str(known(info.name)), started=time.perf_counter())

    state = await tenant.state()
    story.say(
        f"state: setup mode {'on' if state.setup_mode_enabled else 'off'}, rollover mode "
        f"{'on' if state.rollover_mode_enabled else 'off'}, sync "
        f"{'suspended' if state.synchronization_suspended else 'running'}"
    )

    schools = await count(tenant.scoping.schools.list())
    added = await tenant.scoping.schools.create(
        data=[{"name": "Quickstart Magnet School", "school_ref_id": "QS-1", "selected": True}],
        replace=False,
    )
    courses = await count(tenant.scoping.courses.list(page_size=25, prefetch=1))
    story.say(f"scoping: {schools} schools, then {known(added.name)!r} appended (replace=False)")
    story.say(f"courses: {courses}, read 25 a page with the next page prefetched")

    schedule = await tenant.schedules.create(hour=6)
    await tenant.schedules.run(ident(schedule.id))
    pending = [i async for i in tenant.ingestions.list() if i.has_pending_task is True]
    if pending:
        states = [str(known(pending[-1].state))]
        for _ in range(10):  # bounded polling; the sandbox moves an ingestion on as it is read
            current = await tenant.ingestions.get(ident(pending[-1].id))
            states.append(str(known(current.state)))
            if current.has_pending_task is not True:
                break
        story.say("schedule for 06:00 UTC created and run at once")
        story.say(f"its ingestion, polled: {' -> '.join(states)}")

    cloud = info.cloud
    if cloud is not None and not isinstance(cloud, Unset):
        rollover = await tenant.rollovers.create(
            type="new_year", status="upcoming", cloud_id=ident(cloud.id)
        )
        start, end = known(rollover.start_date), known(rollover.end_date)
        story.say(f"rollover {known(rollover.name)!r}: {start:%d %b %Y} to {end:%d %b %Y}")

    application = await tenant.application.get()
    again = await tenant.application.get()
    cached = again is application  # the very object the first read cached, no second request
    story.say(
        f"application: auth {known(application.auth_state)}, pending "
        f"{known(application.auth_state_pending)} (read twice: "
        f"{'the second read came from the cache' if cached else 'both from the service'})"
    )
    if application.auth_state_pending == "updating":
        await tenant.application.update(
            auth_message="Credentials checked by the quickstart driver",
            auth_props_pending={"endpoint": "https://lms.example.edu/api"},
            auth_state_pending="confirmed",
        )
        confirmed = await tenant.application.get()
        story.say(
            f"auth setup: pending credentials confirmed, auth now {known(confirmed.auth_state)}"
        )
    story.finished = time.perf_counter()
    return story


def pick_two(tenants: list[TenantInfo]) -> list[TenantInfo]:
    """Two tenants, one per actor auth type when there are both."""
    first = tenants[0]
    kind = str(known(first.auth.type_ if not isinstance(first.auth, Unset) else UNSET))
    other = next(
        (t for t in tenants[1:] if not isinstance(t.auth, Unset) and str(t.auth.type_) != kind),
        tenants[1],
    )
    return [first, other]


async def expire_tokens_in_sandbox(control_url: str) -> None:
    """Sandbox only, not Kimono: make every issued access token expire now."""
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{control_url}/tokens/expire", json={})
        response.raise_for_status()


async def main(base_url: str, api_key: str, control_url: str | None) -> None:
    wire = WireCounter(httpx.AsyncHTTPTransport())
    began = time.perf_counter()
    print(f"Kimono Interop quickstart, against {base_url}\n")
    async with InteropClient(auth=ApiKey(api_key), base_url=base_url, transport=wire) as kimono:
        print("The account")
        first_page = await kimono.clouds.list()
        more = " (and more pages)" if first_page.has_next_page() else ""
        shown = len(first_page.items)
        print(f"  - signed in with the account API key; first page: {shown} clouds{more}")
        cloud = await kimono.clouds.create(name="Quickstart cloud", userdata="made-by=quickstart")
        print(f"  - created cloud {known(cloud.name)!r}")
        integration = await kimono.integrations.create(
            name="quickstart-gradebook", title="Quickstart Gradebook"
        )
        version = await kimono.integrations.versions.create(ident(integration.id), BLUEPRINT)
        print(
            f"  - created integration {known(integration.title)!r}, version "
            f"{known(version.version)} from an XML blueprint ({known(version.release_state)})"
        )
        tenants = [tenant async for tenant in kimono.tenants.list()]
        kinds = Counter(str(t.auth.type_) for t in tenants if not isinstance(t.auth, Unset))
        mix = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        print(f"  - {len(tenants)} licensed tenants (actor credentials: {mix})")

        print("\nTwo tenants at once (asyncio.gather, one shared connection pool)")
        chosen = pick_two(tenants)
        contexts = [kimono.tenant(info) for info in chosen]
        stories = await asyncio.gather(*(tenant_tour(t, wire) for t in contexts))
        for info, story in zip(chosen, stories, strict=True):
            kind = "?" if isinstance(info.auth, Unset) else str(info.auth.type_)
            print(f"  [{story.name}, {kind}]")
            for line in story.lines:
                print(f"    - {line}")
        overlap = min(s.finished for s in stories) - max(s.started for s in stories)
        if overlap > 0:
            print(f"  (the two tours overlapped for {overlap * 1000:.0f} ms)")

        print("\nA large list")
        started = time.perf_counter()
        requests_before = wire.requests
        clouds = pages = 0
        async for page in kimono.clouds.list(page_size=100, prefetch=2).pages():
            pages += 1
            clouds += len(page.items)
        elapsed = time.perf_counter() - started
        requests = wire.requests - requests_before
        print(
            f"  - {clouds:,} clouds in {pages} pages of 100, two page requests in flight "
            f"at a time, in {elapsed:.2f} s"
        )
        if requests > pages:
            # With pages in flight, a request can start before the last page says it is last.
            print(f"    ({requests - pages} request(s) past the last page, cancelled or ignored)")

        print("\nTokens")
        oauth_tenant = next(
            (
                t
                for t, info in zip(contexts, chosen, strict=True)
                if not isinstance(info.auth, Unset) and str(info.auth.type_) == "oauth2"
            ),
            None,
        )
        if oauth_tenant is None or control_url is None:
            print("  - (skipped: needs an OAuth2 tenant and the sandbox's control API)")
        else:
            fetched = wire.token_requests
            await expire_tokens_in_sandbox(control_url)
            rejected = wire.statuses[401]
            await oauth_tenant.state()
            print("  - the sandbox expired every access token early (its control API)")
            print(
                f"  - the next tenant call got {wire.statuses[401] - rejected} x 401; the SDK "
                f"fetched {wire.token_requests - fetched} new token and replayed the call"
            )
            print("  - the caller saw none of it: the call simply succeeded")
        for context in contexts:
            await context.aclose()

    total = time.perf_counter() - began
    print(
        f"\nDone: {wire.requests} HTTP requests ({wire.token_requests} for tokens) "
        f"in {total:.2f} s."
    )


def run() -> int:
    base_url = os.environ.get("KIMONO_BASE_URL")
    api_key = os.environ.get("KIMONO_API_KEY")
    if not base_url or not api_key:
        print("Set KIMONO_BASE_URL and KIMONO_API_KEY (or run `make demo`).", file=sys.stderr)
        return 2
    asyncio.run(main(base_url, api_key, os.environ.get("KIMONO_SANDBOX_CONTROL")))
    return 0


if __name__ == "__main__":
    sys.exit(run())
