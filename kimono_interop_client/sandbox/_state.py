"""The sandbox's in-memory state: plain dicts in wire form, plus the links between them.

Records are the JSON objects the API returns. Links the API does not show (an actor's cloud,
a tenant's actor) live under keys starting with `_`, which `public()` strips before a record
leaves the sandbox. Cascades (a deleted cloud takes its actors and their tenants with it) are
methods of `State`, so every route gets them right the same way.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

Record = dict[str, Any]


class Clock:
    """Seconds since the epoch from an injectable source, plus an offset tests can advance."""

    def __init__(self, source: Callable[[], float] = time.time) -> None:
        self._source = source
        self.offset = 0.0

    def __call__(self) -> float:
        return self._source() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def iso(timestamp: float) -> str:
    """RFC 3339 in UTC with milliseconds and a `Z`, as Kimono writes it."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())


def public(record: Record) -> Record:
    return {key: value for key, value in record.items() if not key.startswith("_")}


class Table:
    """Records by id in insertion order; `rows()` is cached so paging a 100,000-item table
    slices a list instead of walking a dict for every page."""

    def __init__(self) -> None:
        self._by_id: dict[str, Record] = {}
        self._rows: list[Record] | None = None

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id

    def __iter__(self) -> Iterator[Record]:
        return iter(self.rows())

    def get(self, record_id: str) -> Record | None:
        return self._by_id.get(record_id)

    def add(self, record: Record) -> Record:
        self._by_id[record["id"]] = record
        self._rows = None
        return record

    def remove(self, record_id: str) -> Record | None:
        self._rows = None
        return self._by_id.pop(record_id, None)

    def remove_where(self, predicate: Callable[[Record], bool]) -> list[Record]:
        doomed = [record for record in self._by_id.values() if predicate(record)]
        for record in doomed:
            del self._by_id[record["id"]]
        self._rows = None
        return doomed

    def clear(self) -> None:
        self._by_id.clear()
        self._rows = None

    def rows(self) -> list[Record]:
        if self._rows is None:
            self._rows = list(self._by_id.values())
        return self._rows


@dataclass
class TenantData:
    """One tenant: its link record (`_account`, `_actor_id`, ...) and everything it owns."""

    record: Record
    state: Record
    application: Record
    schools: Table = field(default_factory=Table)
    courses: Table = field(default_factory=Table)
    rollovers: Table = field(default_factory=Table)
    schedules: Table = field(default_factory=Table)
    ingestions: Table = field(default_factory=Table)

    @property
    def id(self) -> str:
        return str(self.record["id"])


@dataclass
class State:
    vendor: Record
    api_key: str
    account_token: str
    clouds: Table = field(default_factory=Table)
    actors: Table = field(default_factory=Table)
    integrations: Table = field(default_factory=Table)
    # integration id -> version string -> version record (its XML blueprint under `_blueprint`)
    versions: dict[str, dict[str, Record]] = field(default_factory=dict)
    tenants: dict[str, TenantData] = field(default_factory=dict)
    # client_id -> actor id; entries of removed actors are harmless (the actor look-up misses)
    _actor_by_client: dict[str, str] = field(default_factory=dict)

    # ---- look-ups ------------------------------------------------------------------------

    def add_actor(self, actor: Record) -> Record:
        self._actor_by_client[actor["auth"]["client_id"]] = actor["id"]
        return self.actors.add(actor)

    def actor_by_client_id(self, client_id: str) -> Record | None:
        actor_id = self._actor_by_client.get(client_id)
        return None if actor_id is None else self.actors.get(actor_id)

    def tenant_of_actor(self, actor: Record) -> TenantData | None:
        tenant_id = actor.get("_tenant_id")
        return None if tenant_id is None else self.tenants.get(tenant_id)

    def tenant_info(self, tenant: TenantData) -> Record:
        """The TenantInfo wire object, composed from the records it refers to."""
        record = tenant.record
        actor = self.actors.get(record["_actor_id"])
        cloud = self.clouds.get(record["_cloud_id"])
        integration = self.integrations.get(record["_integration_id"])
        info: Record = {
            "id": record["id"],
            "name": record["name"],
            "actor_id": record["_actor_id"],
            "account": dict(record["_account"]),
            "cloud": None,
            "integration": None,
            "app_auth": dict(record["app_auth"]),
            "lti_developer_id": record["lti_developer_id"],
        }
        if cloud is not None:
            info["cloud"] = {
                key: cloud[key] for key in ("id", "name", "generation") if key in cloud
            }
        if integration is not None:
            info["integration"] = {
                key: integration[key] for key in ("id", "name", "version") if key in integration
            }
        if actor is not None:
            info["auth"] = dict(actor["auth"])
        return info

    # ---- cascades --------------------------------------------------------------------------

    def delete_tenants(self, predicate: Callable[[TenantData], bool]) -> list[TenantData]:
        doomed = [tenant for tenant in self.tenants.values() if predicate(tenant)]
        for tenant in doomed:
            del self.tenants[tenant.id]
        return doomed

    def delete_cloud(self, cloud_id: str) -> list[Record]:
        """Remove a cloud, the actors installed in it and the tenants served by those actors.
        Returns the removed actors (their credentials stop working)."""
        self.clouds.remove(cloud_id)
        actors = self.actors.remove_where(lambda actor: actor["_cloud_id"] == cloud_id)
        self.delete_tenants(lambda tenant: tenant.record["_cloud_id"] == cloud_id)
        return actors

    def delete_integration(self, integration_id: str) -> list[Record]:
        """Remove an integration, its versions and blueprints, its tenants and the integration
        actors that served them. Returns the removed actors."""
        self.integrations.remove(integration_id)
        self.versions.pop(integration_id, None)
        tenants = self.delete_tenants(
            lambda tenant: tenant.record["_integration_id"] == integration_id
        )
        actor_ids = {tenant.record["_actor_id"] for tenant in tenants}
        return self.actors.remove_where(lambda actor: actor["id"] in actor_ids)
