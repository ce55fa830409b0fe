"""Every one of the 51 operations as one façade call with valid arguments, by operationId.

Shared by the hostile-input suite (tests/reliability/test_hostile.py: every valid answer parses)
and the contract suite (tests/contract/test_prism.py: Prism accepts every request). A test in
each checks that the table names exactly the spec's operations.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kimono_interop_client import InteropClient, TenantClient

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "interop.yaml"
ID = "0b6f4e5c-7d7e-4c1e-9a53-3c1f2f0d9b11"
OTHER_ID = "5d4a1f2e-3b6c-4d8e-8f90-a1b2c3d4e5f6"
VERSION = "1.0"
BLUEPRINT = "<Blueprint Id='example' Version='2.0'><Name>Example</Name></Blueprint>"
METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Op:
    operation_id: str
    tenant: bool  # called through a TenantClient (actor credentials), else the account client
    call: Callable[[Any], Awaitable[Any]]


def _account(operation_id: str, call: Callable[[InteropClient], Awaitable[Any]]) -> Op:
    return Op(operation_id, False, call)


def _tenant(operation_id: str, call: Callable[[TenantClient], Awaitable[Any]]) -> Op:
    return Op(operation_id, True, call)


async def _first_page(paginator: Any) -> Any:
    return await paginator


_ROLLOVER = {"type": "new_year", "status": "upcoming", "cloud_id": ID}

OPS: tuple[Op, ...] = (
    _account("listActors", lambda k: _first_page(k.actors.list())),
    _account("listClouds", lambda k: _first_page(k.clouds.list(page=0, page_size=10))),
    _account("createCloud", lambda k: k.clouds.create(name="north", userdata="u", generation=1)),
    _account("searchClouds", lambda k: _first_page(k.clouds.search(name="north"))),
    _account("findCloud", lambda k: k.clouds.get(ID)),
    _account("deleteCloud", lambda k: k.clouds.delete(ID)),
    _account("listActorsByCloud", lambda k: _first_page(k.clouds.list_actors(ID))),
    _account("listIntegrations", lambda k: _first_page(k.integrations.list(name="sis"))),
    _account("createIntegration", lambda k: k.integrations.create(name="sis", title="SIS")),
    _account("findIntegration", lambda k: k.integrations.get(ID)),
    _account("updateIntegration", lambda k: k.integrations.update(ID, title="SIS 2")),
    _account("deleteIntegration", lambda k: k.integrations.delete(ID)),
    _account("listIntegrationVersions", lambda k: _first_page(k.integrations.versions.list(ID))),
    _account("createIntegrationVersion", lambda k: k.integrations.versions.create(ID, BLUEPRINT)),
    _account(
        "updateIntegrationVersion",
        lambda k: k.integrations.versions.update(ID, VERSION, title="t", release_state="beta"),
    ),
    _account("deleteIntegrationVersion", lambda k: k.integrations.versions.delete(ID, VERSION)),
    _account(
        "updateIntegrationBlueprint",
        lambda k: k.integrations.versions.update_blueprint(ID, VERSION, BLUEPRINT),
    ),
    _account("listInteropTenants", lambda k: _first_page(k.tenants.list(accounts=[ID]))),
    _account("findInteropTenant", lambda k: k.tenants.get(ID)),
    _tenant("findTenantByCredentials", lambda t: t.info()),
    _tenant("getTenantState", lambda t: t.state()),
    _tenant("listScopingSchools", lambda t: _first_page(t.scoping.schools.list())),
    _tenant(
        "createScopingSchools",
        lambda t: t.scoping.schools.create(data=[{"school_id": ID, "selected": True}]),
    ),
    _tenant("deleteScopingSchools", lambda t: t.scoping.schools.delete_all()),
    _tenant("findScopingSchool", lambda t: t.scoping.schools.get(ID)),
    _tenant("updateScopingSchool", lambda t: t.scoping.schools.update(ID, selected=False)),
    _tenant("deleteScopingSchool", lambda t: t.scoping.schools.delete(ID)),
    _tenant("listScopingCourses", lambda t: _first_page(t.scoping.courses.list())),
    _tenant(
        "createScopingCourses",
        lambda t: t.scoping.courses.create(data=[{"course_id": ID}], replace=False),
    ),
    _tenant("deleteScopingCourses", lambda t: t.scoping.courses.delete_all()),
    _tenant("findScopingCourse", lambda t: t.scoping.courses.get(ID)),
    _tenant("updateScopingCourse", lambda t: t.scoping.courses.update(ID, selected=True)),
    _tenant("deleteScopingCourse", lambda t: t.scoping.courses.delete(ID)),
    _tenant("getTenantApplication", lambda t: t.application.get(refresh=True)),
    _tenant(
        "updateTenantApplication",
        lambda t: t.application.update(auth_message="ok", auth_state_pending="confirmed"),
    ),
    _tenant("listRollovers", lambda t: _first_page(t.rollovers.list())),
    _tenant("createRollover", lambda t: t.rollovers.create(**_ROLLOVER)),
    _tenant("countRollovers", lambda t: t.rollovers.count()),
    _tenant("findRollover", lambda t: t.rollovers.get(ID)),
    _tenant("updateRollover", lambda t: t.rollovers.update(ID, **_ROLLOVER)),
    _tenant("deleteRollover", lambda t: t.rollovers.delete(ID)),
    _tenant("listSchedules", lambda t: _first_page(t.schedules.list())),
    _tenant("createSchedule", lambda t: t.schedules.create(hour=23)),
    _tenant("runSchedule", lambda t: t.schedules.run(ID)),
    _tenant("countSchedules", lambda t: t.schedules.count()),
    _tenant("findSchedule", lambda t: t.schedules.get(ID)),
    _tenant("updateSchedule", lambda t: t.schedules.update(ID, enabled=True)),
    _tenant("deleteSchedule", lambda t: t.schedules.delete(ID)),
    _tenant("listIngestions", lambda t: _first_page(t.ingestions.list())),
    _tenant("countIngestions", lambda t: t.ingestions.count()),
    _tenant("findIngestion", lambda t: t.ingestions.get(ID)),
)


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return spec


def spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation object)."""
    return {
        operation["operationId"]: (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    }
