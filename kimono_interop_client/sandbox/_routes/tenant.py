"""Tenant-level operations (the caller is the tenant its actor credentials identify):
tenant info and state, scoping, application, rollovers, schedules, ingestions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .._app import Call, Routes, find, single
from .._errors import ApiError
from .._http import Reply, json_reply, no_content
from .._seed import rollover_dates
from .._state import Record, Table, TenantData, new_id, public
from .._validation import (
    Check,
    array,
    boolean,
    enum,
    integer,
    nullable,
    obj,
    string,
    string_map,
    uuid_str,
)

routes = Routes()
V2 = "/v2/interop"
TENANT = f"{V2}/tenant"


def owned_record(call: Call, fields: dict[str, Any]) -> Record:
    """A new tenant resource; the owner fields come from the credentials, never the body."""
    now = call.now()
    owner = {"account_id": call.tenant.record["_account"]["id"], "tenant_id": call.tenant.id}
    return {**fields, "id": new_id(), "created_at": now, "updated_at": now, **owner}


# ---- the tenant itself -----------------------------------------------------------------------


@routes.op("GET", TENANT, "findTenantByCredentials", "tenant")
async def find_tenant_by_credentials(call: Call) -> Reply:
    return json_reply(200, {"data": call.state.tenant_info(call.tenant)})


def in_rollover_mode(tenant: TenantData) -> bool:
    return any(rollover.get("status") == "ongoing" for rollover in tenant.rollovers)


@routes.op("GET", f"{TENANT}/state", "getTenantState", "tenant")
async def get_tenant_state(call: Call) -> Reply:
    state = {"rollover_mode_enabled": in_rollover_mode(call.tenant), **call.tenant.state}
    return json_reply(200, {"data": state})


# ---- scoping: the same six operations for schools and for courses ----------------------------

_OWNER_FIELDS = {"account_id": uuid_str, "tenant_id": uuid_str}
SCHOOL_INPUT = obj(
    {
        **_OWNER_FIELDS,
        "school_id": uuid_str,
        "school_ref_id": string,
        "name": string,
        "local_id": string,
        "keywords": string,
        "selected": boolean,
    }
)
COURSE_INPUT = obj(
    {
        **_OWNER_FIELDS,
        "course_id": uuid_str,
        "course_ref_id": string,
        "school_id": uuid_str,
        "school_ref_id": string,
        "name": string,
        "local_id": string,
        "keywords": string,
        "selected": boolean,
    }
)


def _content(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if key not in _OWNER_FIELDS}


def _register_scoping(plural: str, noun: str, item: Check) -> None:
    base = f"{TENANT}/scoping/{plural}"
    batch = obj({"data": array(item)}, required=("data",))

    def table(call: Call) -> Table:
        return getattr(call.tenant, plural)  # type: ignore[no-any-return]

    async def list_all(call: Call) -> Reply:
        return call.page(table(call).rows())

    async def create(call: Call) -> Reply:
        replace = call.query_flag("replace", True)
        body = await call.json(batch)
        records = [owned_record(call, _content(fields)) for fields in body["data"]]
        if replace:
            table(call).clear()
        for record in records:
            table(call).add(record)
        # The response holds one object (the spec's envelope is single): the first created.
        return json_reply(200, {"data": public(records[0])} if records else {})

    async def delete_all(call: Call) -> Reply:
        table(call).clear()
        return no_content()

    async def get_one(call: Call) -> Reply:
        return single(find(call, table(call), f"scoping {noun.lower()}"))

    async def update(call: Call) -> Reply:
        record = find(call, table(call), f"scoping {noun.lower()}")
        fields = _content(await call.json(item))
        kept = {key: record[key] for key in ("id", "account_id", "tenant_id", "created_at")}
        record.clear()
        record.update(fields, **kept, updated_at=call.now())
        return single(record)

    async def delete_one(call: Call) -> Reply:
        table(call).remove(find(call, table(call), f"scoping {noun.lower()}")["id"])
        return no_content()

    routes.op("GET", base, f"listScoping{noun}s", "tenant")(list_all)
    routes.op("POST", base, f"createScoping{noun}s", "tenant")(create)
    routes.op("DELETE", base, f"deleteScoping{noun}s", "tenant")(delete_all)
    routes.op("GET", f"{base}/{{id}}", f"findScoping{noun}", "tenant")(get_one)
    routes.op("PUT", f"{base}/{{id}}", f"updateScoping{noun}", "tenant")(update)
    routes.op("DELETE", f"{base}/{{id}}", f"deleteScoping{noun}", "tenant")(delete_one)


_register_scoping("schools", "School", SCHOOL_INPUT)
_register_scoping("courses", "Course", COURSE_INPUT)


# ---- application -----------------------------------------------------------------------------

APPLICATION_UPDATE = obj(
    {
        "auth_message": nullable(string),
        "auth_props_pending": string_map,
        "auth_state_pending": enum("confirmed", "error"),
    }
)


@routes.op("GET", f"{TENANT}/application", "getTenantApplication", "tenant")
async def get_tenant_application(call: Call) -> Reply:
    return json_reply(200, {"data": call.tenant.application})


@routes.op("PATCH", f"{TENANT}/application", "updateTenantApplication", "tenant")
async def update_tenant_application(call: Call) -> Reply:
    fields = await call.json(APPLICATION_UPDATE)
    application = call.tenant.application
    if application.get("auth_state_pending") != "updating":
        raise ApiError(
            409,
            "The application can be updated only while auth_state_pending is "
            f"'updating' (it is '{application.get('auth_state_pending')}')",
        )
    application.update(fields)
    outcome = fields.get("auth_state_pending")
    if outcome is not None:
        # The auth-setup session ends: confirmed credentials become the live ones.
        application["auth_session_id_pending"] = None
        if outcome == "confirmed":
            application["auth_state"] = "confirmed"
            application["auth_props"] = dict(application.get("auth_props_pending") or {})
    return no_content()


# ---- rollovers -------------------------------------------------------------------------------

ROLLOVER_INPUT = obj(
    {
        "type": enum("new_year"),
        "status": enum("upcoming", "ongoing", "completed"),
        "cloud_id": uuid_str,
        "actor_id": uuid_str,
        # JSON Schema's `format` is an annotation: informational timestamps are not checked.
        "metadata": obj({"created": nullable(string), "updated": nullable(string)}, closed=False),
    },
    required=("type", "status", "cloud_id"),
)
ROLLOVER_SORT = enum(
    *(
        f"{sign}{name}"
        for name in ("name", "start_date", "end_date", "status", "created_at")
        for sign in ("", "-")
    )
)


def _next_school_year(call: Call) -> int:
    today = datetime.fromtimestamp(call.sandbox.clock(), UTC)
    return today.year if today.month < 7 else today.year + 1


def _metadata(fields: dict[str, Any], *, created: str | None, updated: str | None) -> Record:
    """The service keeps `metadata.created`/`updated` itself; other keys are the client's."""
    return {**fields.get("metadata", {}), "created": created, "updated": updated}


@routes.op("GET", f"{TENANT}/rollovers", "listRollovers", "tenant")
async def list_rollovers(call: Call) -> Reply:
    rows = call.tenant.rollovers.rows()
    raw_sort = call.query("sort")
    if raw_sort is not None:
        sort = ROLLOVER_SORT(raw_sort, "query parameter 'sort'")
        key = sort.lstrip("-")
        rows = sorted(rows, key=lambda row: str(row.get(key) or ""), reverse=sort.startswith("-"))
    return call.page(rows)


@routes.op("POST", f"{TENANT}/rollovers", "createRollover", "tenant")
async def create_rollover(call: Call) -> Reply:
    fields = await call.json(ROLLOVER_INPUT)
    if fields["status"] == "ongoing" and in_rollover_mode(call.tenant):
        raise ApiError(409, "The tenant is already in rollover mode", code="alreadyInRolloverMode")
    record = owned_record(call, fields)
    record.update(rollover_dates(_next_school_year(call)), status_change_failure_count=0)
    record["metadata"] = _metadata(fields, created=record["created_at"], updated=None)
    call.tenant.rollovers.add(record)
    return single(record, 201)


@routes.op("GET", f"{TENANT}/rollovers/count", "countRollovers", "tenant")
async def count_rollovers(call: Call) -> Reply:
    return json_reply(200, len(call.tenant.rollovers))


@routes.op("GET", f"{TENANT}/rollovers/{{id}}", "findRollover", "tenant")
async def find_rollover(call: Call) -> Reply:
    return single(find(call, call.tenant.rollovers, "rollover"))


@routes.op("PUT", f"{TENANT}/rollovers/{{id}}", "updateRollover", "tenant")
async def update_rollover(call: Call) -> Reply:
    record = find(call, call.tenant.rollovers, "rollover")
    fields = await call.json(ROLLOVER_INPUT)
    record.pop("actor_id", None)
    now = call.now()
    fields["metadata"] = _metadata(fields, created=record["metadata"]["created"], updated=now)
    record.update(fields, updated_at=now)
    return single(record)


@routes.op("DELETE", f"{TENANT}/rollovers/{{id}}", "deleteRollover", "tenant")
async def delete_rollover(call: Call) -> Reply:
    call.tenant.rollovers.remove(find(call, call.tenant.rollovers, "rollover")["id"])
    return no_content()


# ---- schedules -------------------------------------------------------------------------------

SCHEDULE_INPUT = obj({"hour": integer(0, 23)}, required=("hour",))
SCHEDULE_UPDATE = obj({"enabled": boolean})
RUN_SCHEDULE_INPUT = obj({}, closed=False)


@routes.op("GET", f"{TENANT}/schedules", "listSchedules", "tenant")
async def list_schedules(call: Call) -> Reply:
    return call.page(call.tenant.schedules.rows())


@routes.op("POST", f"{TENANT}/schedules", "createSchedule", "tenant")
async def create_schedule(call: Call) -> Reply:
    fields = await call.json(SCHEDULE_INPUT)
    record = owned_record(
        call,
        {
            "type": "collection",
            "last_executed_at": None,
            "enabled": True,
            "hour": fields["hour"],
            "days": None,
            "metadata": None,
        },
    )
    call.tenant.schedules.add(record)
    return single(record, 201)


@routes.op("POST", f"{TENANT}/schedules/{{id}}/run", "runSchedule", "tenant")
async def run_schedule(call: Call) -> Reply:
    schedule = find(call, call.tenant.schedules, "schedule")
    await call.json(RUN_SCHEDULE_INPUT, required=False)
    if schedule.get("type") != "collection":
        raise ApiError(
            409, f"Only collection schedules can run (this one is {schedule.get('type')})"
        )
    if not schedule.get("enabled"):
        raise ApiError(409, "The schedule is paused (enabled is false)")
    if any(ingestion["has_pending_task"] for ingestion in call.tenant.ingestions):
        raise ApiError(409, "The tenant already has a pending ingestion")
    now = call.now()
    schedule.update(last_executed_at=now, updated_at=now)
    call.tenant.ingestions.add(
        owned_record(
            call,
            {
                "type": "collection",
                "state": "scheduled",
                "started_at": None,
                "external_import_ids": [],
                "has_pending_task": True,
                "metadata": {
                    "scheduled": {"schedule_id": schedule["id"], "hour": schedule.get("hour")}
                },
            },
        )
    )
    return no_content()


@routes.op("GET", f"{TENANT}/schedules/count", "countSchedules", "tenant")
async def count_schedules(call: Call) -> Reply:
    return json_reply(200, len(call.tenant.schedules))


@routes.op("GET", f"{TENANT}/schedules/{{id}}", "findSchedule", "tenant")
async def find_schedule(call: Call) -> Reply:
    return single(find(call, call.tenant.schedules, "schedule"))


@routes.op("PATCH", f"{TENANT}/schedules/{{id}}", "updateSchedule", "tenant")
async def update_schedule(call: Call) -> Reply:
    record = find(call, call.tenant.schedules, "schedule")
    fields = await call.json(SCHEDULE_UPDATE)
    if fields:
        record.update(fields, updated_at=call.now())
    return no_content()


@routes.op("DELETE", f"{TENANT}/schedules/{{id}}", "deleteSchedule", "tenant")
async def delete_schedule(call: Call) -> Reply:
    call.tenant.schedules.remove(find(call, call.tenant.schedules, "schedule")["id"])
    return no_content()


# ---- ingestions ------------------------------------------------------------------------------

_NEXT_STATE = {"scheduled": "executing", "executing": "success"}


def advance(ingestion: Record, now: str) -> None:
    """One step of a pending ingestion's life: scheduled -> executing -> success. The sandbox
    moves an ingestion one step each time it is read, so a client that polls sees it finish."""
    following = _NEXT_STATE.get(ingestion["state"])
    if not ingestion["has_pending_task"] or following is None:
        return
    ingestion.update(state=following, updated_at=now)
    if following == "executing":
        ingestion["started_at"] = now
    else:
        ingestion.update(has_pending_task=False, external_import_ids=[new_id()])


def _read(call: Call, rows: list[Record]) -> list[Record]:
    """Render, then advance: a read shows the state the ingestion was in when it was read."""
    shown = [public(row) for row in rows]
    now = call.now()
    for row in rows:
        advance(row, now)
    return shown


@routes.op("GET", f"{V2}/ingestions", "listIngestions", "tenant")
async def list_ingestions(call: Call) -> Reply:
    return call.page(call.tenant.ingestions.rows(), lambda chunk: _read(call, chunk))


@routes.op("GET", f"{V2}/ingestions/count", "countIngestions", "tenant")
async def count_ingestions(call: Call) -> Reply:
    return json_reply(200, len(call.tenant.ingestions))


@routes.op("GET", f"{V2}/ingestions/{{id}}", "findIngestion", "tenant")
async def find_ingestion(call: Call) -> Reply:
    record = find(call, call.tenant.ingestions, "ingestion")
    return json_reply(200, {"data": _read(call, [record])[0]})
