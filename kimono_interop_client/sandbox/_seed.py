"""The deterministic seed data set: the same seed and size give the same ids, names,
timestamps and (made-up) credentials, byte for byte.

Everything comes from one `random.Random(seed)`; nothing reads the clock or the environment.
`random` is right here and not `secrets`: these credentials are fixtures a test wants to
reproduce, not secrets (tokens issued at run time do come from `secrets`).
"""

from __future__ import annotations

import functools
import random
from collections.abc import Mapping
from typing import Any

from ._state import Record, State, TenantData, iso

DEFAULT_SIZE: dict[str, int] = {
    "clouds": 4,  # account-wide
    "actors": 8,  # connectors, repositories and applications, spread over the clouds
    "integrations": 3,
    "versions": 2,  # per integration
    "tenants": 6,  # each with its own integration actor
    "schools": 12,  # per tenant, like everything below
    "courses": 30,
    "rollovers": 2,
    "schedules": 2,
    "ingestions": 5,
}

# The per-tenant sizes, which `bulk` may override for the first tenant alone.
TENANT_SIZES = ("schools", "courses", "rollovers", "schedules", "ingestions")

# Data starts on 2026-01-01T00:00:00Z and spreads over half a year, whatever today is.
SEED_EPOCH = 1_767_225_600
_SPREAD = 180 * 86_400

_PLACES = (
    "Lakeside",
    "Pine Valley",
    "Riverbend",
    "Cedar Hills",
    "Maple Grove",
    "Harbor City",
    "Summit",
    "Willow Creek",
    "Granite Falls",
    "Bayview",
    "Elm Ridge",
    "Sunnydale",
)
_DISTRICT_KINDS = ("Unified School District", "Public Schools", "ISD", "County Schools")
_SCHOOL_KINDS = ("Elementary", "Middle School", "High School", "Academy", "Primary")
_SUBJECTS = (
    "Algebra I",
    "Geometry",
    "Biology",
    "Chemistry",
    "World History",
    "English 9",
    "Spanish II",
    "Art Studio",
    "Computer Science",
    "Music Theory",
    "Physics",
    "Civics",
)
_CONNECTORS = (
    ("PowerSchool SIS", "powerschool"),
    ("Infinite Campus", "infinite_campus"),
    ("Canvas LMS", "canvas"),
    ("Clever", "clever"),
    ("OneRoster CSV", "oneroster_csv"),
)
_INTEGRATIONS = (
    ("gradebook-sync", "Gradebook Sync"),
    ("roster-bridge", "Roster Bridge"),
    ("library-link", "Library Link"),
    ("attendance-feed", "Attendance Feed"),
)
_TIMEZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
_RELEASE_STATES = ("released", "beta", "development", "deprecated")


def blueprint_xml(integration_name: str, version: str, title: str) -> str:
    return (
        f"<Blueprint Id='{integration_name}' Version='{version}'>"
        f"<Title>{title}</Title><Description>Seeded by the Kimono sandbox.</Description>"
        "</Blueprint>"
    )


_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)


@functools.lru_cache(maxsize=512)
def _iso_day(day: int) -> str:
    return iso(day * 86_400)[:10]


def _iso_second(timestamp: int) -> str:
    day, second = divmod(timestamp, 86_400)
    hours, rest = divmod(second, 3600)
    return f"{_iso_day(day)}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}.000Z"


class _Seeder:
    def __init__(self, seed: int, size: Mapping[str, int], bulk: Mapping[str, int]) -> None:
        unknown = set(size) - set(DEFAULT_SIZE)
        if unknown:
            raise ValueError(f"unknown size keys {sorted(unknown)}; known: {sorted(DEFAULT_SIZE)}")
        if set(bulk) - set(TENANT_SIZES):
            raise ValueError(f"bulk keys must be among {list(TENANT_SIZES)}")
        self.size = {**DEFAULT_SIZE, **size}
        self.bulk = dict(bulk)
        if any(count < 0 for count in [*self.size.values(), *self.bulk.values()]):
            raise ValueError("sizes must be >= 0")
        if self.size["tenants"] and not (self.size["clouds"] and self.size["integrations"]):
            raise ValueError("tenants need at least one cloud and one integration")
        self.rng = random.Random(seed)  # noqa: S311 -- reproducible fixtures, not secrets

    def count(self, kind: str, tenant_index: int) -> int:
        """How many `kind` records tenant `tenant_index` gets: `bulk` sizes the first tenant."""
        if tenant_index == 0 and kind in self.bulk:
            return self.bulk[kind]
        return self.size[kind]

    # ---- primitives ----------------------------------------------------------------------

    def uuid(self) -> str:
        # uuid.UUID(int=..., version=4) by hand: 3x faster, which matters for 100,000 rows.
        bits = (self.rng.getrandbits(128) & _UUID_CLEAR) | _UUID_V4
        text = f"{bits:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    def below(self, bound: int) -> int:
        """Like randrange(bound), but faster (one C call); the data only needs to look varied."""
        return int(self.rng.random() * bound)

    def hex(self, chars: int) -> str:
        return f"{self.rng.getrandbits(chars * 4):0{chars}x}"

    def stamps(self) -> tuple[str, str]:
        created = SEED_EPOCH + self.below(_SPREAD)
        return _iso_second(created), _iso_second(created + self.below(30 * 86_400))

    def base(self, account_id: str) -> Record:
        created, updated = self.stamps()
        return {
            "id": self.uuid(),
            "created_at": created,
            "updated_at": updated,
            "account_id": account_id,
        }

    def pick(self, options: tuple[Any, ...]) -> Any:
        return options[int(self.rng.random() * len(options))]

    def credentials(self, auth_type: str) -> Record:
        return {
            "type": auth_type,
            "client_id": f"cid_{self.hex(16)}",
            "client_secret": f"cs_{self.hex(32)}",
            "updated_at": self.stamps()[0],
        }

    # ---- the data set ----------------------------------------------------------------------

    def state(self) -> State:
        vendor = {
            "id": self.uuid(),
            "name": "Sandbox Vendor",
            "public_id": "sandbox-vendor",
            "timezone": "UTC",
            "userdata": "",
        }
        state = State(
            vendor=vendor,
            api_key=f"kimono_sk_{self.hex(32)}",
            account_token=f"kimono_at_{self.hex(40)}",
        )
        for index in range(self.size["clouds"]):
            state.clouds.add(self.cloud(vendor["id"], index))
        clouds = state.clouds.rows()
        for index in range(self.size["actors"]):
            state.add_actor(self.actor(vendor["id"], clouds[index % len(clouds)]["id"], index))
        for index in range(self.size["integrations"]):
            integration = state.integrations.add(self.integration(vendor["id"], index))
            state.versions[integration["id"]] = self.versions(vendor["id"], integration)
        integrations = state.integrations.rows()
        for index in range(self.size["tenants"]):
            self.tenant(
                state, index, clouds[index % len(clouds)], integrations[index % len(integrations)]
            )
        return state

    def cloud(self, account_id: str, index: int) -> Record:
        place = self.pick(_PLACES)
        return {
            **self.base(account_id),
            "name": f"{place} cloud {index + 1}",
            "userdata": f"region=us2;tier={self.pick(('standard', 'premium'))}",
            "generation": 1 + self.below(3),
        }

    def actor(self, account_id: str, cloud_id: str, index: int) -> Record:
        kind = ("connector", "connector", "repository", "application")[index % 4]
        name, connector_type = self.pick(_CONNECTORS)
        if kind == "repository":
            name, connector_type = "Interop repository", "repository"
        elif kind == "application":
            name, connector_type = "Analytics dashboard", "application"
        auth_type = "basic" if index % 5 == 4 else "oauth2"
        return {
            **self.base(account_id),
            "name": name,
            "type": kind,
            "connector_type": connector_type,
            "auth": self.credentials(auth_type),
            "_cloud_id": cloud_id,
        }

    def integration(self, account_id: str, index: int) -> Record:
        name, title = _INTEGRATIONS[index % len(_INTEGRATIONS)]
        if index >= len(_INTEGRATIONS):
            name, title = f"{name}-{index}", f"{title} {index}"
        latest = f"{self.size['versions']}.0" if self.size["versions"] else "1.0"
        return {**self.base(account_id), "name": name, "title": title, "version": latest}

    def versions(self, account_id: str, integration: Record) -> dict[str, Record]:
        versions: dict[str, Record] = {}
        for number in range(1, self.size["versions"] + 1):
            version = f"{number}.0"
            latest = number == self.size["versions"]
            versions[version] = {
                **self.base(account_id),
                "version": version,
                "title": f"{integration['title']} {version}",
                "release_state": "released" if latest else self.pick(_RELEASE_STATES),
                "_blueprint": blueprint_xml(integration["name"], version, integration["title"]),
            }
        return versions

    def tenant(self, state: State, index: int, cloud: Record, integration: Record) -> None:
        vendor_id = state.vendor["id"]
        place = _PLACES[index % len(_PLACES)]
        district = f"{place} {self.pick(_DISTRICT_KINDS)}"
        account = {
            "id": self.uuid(),
            "name": district,
            "public_id": place.lower().replace(" ", "-") + f"-{index + 1}",
            "timezone": self.pick(_TIMEZONES),
            "userdata": f"customer={index + 1}",
        }
        # Every third tenant's actor sends its pair as HTTP Basic; the rest use OAuth2 tokens.
        auth_type = "basic" if index % 3 == 1 else "oauth2"
        actor = {
            **self.base(vendor_id),
            "name": f"{integration['title']} for {district}",
            "type": "integration",
            "connector_type": integration["name"],
            "auth": self.credentials(auth_type),
            "_cloud_id": cloud["id"],
        }
        tenant_id = self.uuid()
        actor["_tenant_id"] = tenant_id
        state.add_actor(actor)
        record = {
            "id": tenant_id,
            "name": district,
            "_account": account,
            "_cloud_id": cloud["id"],
            "_integration_id": integration["id"],
            "_actor_id": actor["id"],
            "app_auth": self.app_auth(index),
            "lti_developer_id": str(10_000 + self.below(90_000)),
        }
        owner = {"account_id": account["id"], "tenant_id": tenant_id}
        tenant = TenantData(
            record=record,
            state={
                "synchronization_suspended": index % 6 == 5,
                "setup_mode_enabled": index < 2,
                "mass_change_pending": index % 4 == 3,
            },
            application=self.application(index, owner),
        )
        for position in range(self.count("schools", index)):
            tenant.schools.add(self.school(owner, position))
        for position in range(self.count("courses", index)):
            tenant.courses.add(self.course(owner, position))
        for position in range(self.count("rollovers", index)):
            tenant.rollovers.add(self.rollover(owner, position, cloud["id"], actor["id"], index))
        for position in range(self.count("schedules", index)):
            tenant.schedules.add(self.schedule(owner, position, index))
        for position in range(self.count("ingestions", index)):
            tenant.ingestions.add(self.ingestion(owner, position))
        state.tenants[tenant_id] = tenant

    def owned(self, owner: Record) -> Record:
        record = self.base(owner["account_id"])
        record["tenant_id"] = owner["tenant_id"]
        return record

    def app_auth(self, index: int) -> Record:
        scheme = ("oauth2", "basic", "api_key")[index % 3]
        if scheme == "oauth2":
            return {
                "scheme": scheme,
                "client_id": f"app_{self.hex(12)}",
                "client_secret": f"appsecret_{self.hex(24)}",
                "token": f"apptok_{self.hex(32)}",
                "refresh_token": f"apprefresh_{self.hex(32)}",
            }
        if scheme == "basic":
            return {
                "scheme": scheme,
                "username": f"sync-{index + 1}",
                "password": f"pw_{self.hex(20)}",
            }
        return {"scheme": scheme, "api_key": f"ak_{self.hex(32)}"}

    def application(self, index: int, owner: Record) -> Record:
        # The first two tenants are mid-way through the auth-setup workflow.
        updating = index < 2
        auth_type = ("oauth2", "basic", "api_key")[index % 3]
        return {
            **owner,
            "deliver_tasks": index % 2 == 0,
            "auth_type": auth_type,
            "auth_state": "unspecified" if updating else "confirmed",
            "options": {"sync_grades": "true", "school_year": "2026-2027"},
            "auth_props": {} if updating else {"endpoint": f"https://lms{index}.example.edu"},
            "auth_session_id_pending": self.uuid() if updating else None,
            "auth_message": "Waiting for the driver to confirm credentials" if updating else None,
            "auth_props_pending": {"endpoint": f"https://lms{index}.example.edu"}
            if updating
            else {},
            "auth_state_pending": "updating" if updating else "confirmed",
        }

    def school(self, owner: Record, position: int) -> Record:
        place = self.pick(_PLACES)
        return {
            **self.owned(owner),
            "school_id": self.uuid(),
            "school_ref_id": f"SCH-{position + 1:05d}",
            "name": f"{place} {self.pick(_SCHOOL_KINDS)}",
            "local_id": str(100 + position),
            "keywords": place.lower(),
            "selected": self.rng.random() < 0.8,
        }

    def course(self, owner: Record, position: int) -> Record:
        subject = self.pick(_SUBJECTS)
        return {
            **self.owned(owner),
            "course_id": self.uuid(),
            "course_ref_id": f"CRS-{position + 1:05d}",
            "school_id": self.uuid(),
            "school_ref_id": f"SCH-{1 + self.below(50):05d}",
            "name": f"{subject} ({position % 7 + 1})",
            "local_id": str(5000 + position),
            "keywords": subject.lower(),
            "selected": self.rng.random() < 0.7,
        }

    def rollover(
        self, owner: Record, position: int, cloud_id: str, actor_id: str, index: int
    ) -> Record:
        year = 2025 + position
        # Tenant 3 is in rollover mode: its latest rollover is ongoing.
        status = "completed" if position == 0 else ("ongoing" if index == 3 else "upcoming")
        record = {
            **self.owned(owner),
            "type": "new_year",
            "cloud_id": cloud_id,
            "actor_id": actor_id,
            "status": status,
            "status_change_failure_count": 0,
        }
        record.update(rollover_dates(year))
        record["metadata"] = {"created": record["created_at"], "updated": record["updated_at"]}
        return record

    def schedule(self, owner: Record, position: int, index: int) -> Record:
        kind = "unspecified" if (index == 4 and position == 1) else "collection"
        return {
            **self.owned(owner),
            "type": kind,
            "last_executed_at": None,
            "enabled": position == 0,
            "hour": self.below(24),
            "days": None,
            "metadata": None,
        }

    def ingestion(self, owner: Record, position: int) -> Record:
        record = self.owned(owner)
        return {
            **record,
            "type": self.pick(("collection", "bulk_load", "event_bundle", "mirror")),
            "state": "failed" if position % 5 == 4 else "success",
            "started_at": record["created_at"],
            "external_import_ids": [self.uuid()],
            "has_pending_task": False,
            "metadata": {"scheduled": None},
        }


def rollover_dates(start_year: int) -> dict[str, str]:
    """Server-set rollover fields for the school year starting on 1 July `start_year`."""
    return {
        "name": f"School year {start_year}-{start_year + 1}",
        "start_date": f"{start_year}-07-01T00:00:00.000Z",
        "end_date": f"{start_year + 1}-06-30T23:59:59.000Z",
    }


def seed_state(
    seed: int, size: Mapping[str, int] | None = None, bulk: Mapping[str, int] | None = None
) -> State:
    return _Seeder(seed, size or {}, bulk or {}).state()
