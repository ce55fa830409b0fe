"""The rules the reference states, enforced: schedules, ingestions, the tenant application's
auth-setup workflow, rollovers, scoping `replace`, cascading deletes, blueprints."""

from __future__ import annotations

from typing import Any

import pytest
from _sandbox_support import V2, Api, assert_kimono_error

from kimono_interop_client.sandbox import Sandbox, TenantCredentials

SCHEDULES = f"{V2}/tenant/schedules"
APPLICATION = f"{V2}/tenant/application"
ROLLOVERS = f"{V2}/tenant/rollovers"


# ---- schedules and ingestions -------------------------------------------------------------------


async def test_create_schedule_makes_an_enabled_collection_schedule(
    api: Api, any_tenant: TenantCredentials
) -> None:
    response = await api.tenant(any_tenant, "POST", SCHEDULES, json={"hour": 23})
    assert response.status_code == 201
    schedule = response.json()["data"]
    assert (schedule["type"], schedule["enabled"], schedule["hour"]) == ("collection", True, 23)
    assert schedule["tenant_id"] == any_tenant.tenant_id
    found = await api.tenant(any_tenant, "GET", f"{SCHEDULES}/{schedule['id']}")
    assert found.json()["data"] == schedule


@pytest.mark.parametrize(
    "body",
    [
        {"hour": 24},
        {"hour": -1},
        {"hour": "3"},
        {"hour": 3.5},
        {"hour": True},
        {},
        {"hour": 3, "enabled": False},
        [3],
    ],
)
async def test_create_schedule_takes_only_an_hour_from_0_to_23(
    api: Api, oauth_tenant: TenantCredentials, body: Any
) -> None:
    assert_kimono_error(await api.tenant(oauth_tenant, "POST", SCHEDULES, json=body), 400)


async def test_update_schedule_changes_only_enabled(
    api: Api, oauth_tenant: TenantCredentials
) -> None:
    schedule = (await api.tenant(oauth_tenant, "POST", SCHEDULES, json={"hour": 4})).json()["data"]
    url = f"{SCHEDULES}/{schedule['id']}"
    assert (
        await api.tenant(oauth_tenant, "PATCH", url, json={"enabled": False})
    ).status_code == 204
    assert (await api.tenant(oauth_tenant, "GET", url)).json()["data"]["enabled"] is False
    assert_kimono_error(await api.tenant(oauth_tenant, "PATCH", url, json={"hour": 5}), 400)
    assert_kimono_error(await api.tenant(oauth_tenant, "PATCH", url, json={"enabled": "yes"}), 400)


async def test_running_a_schedule_creates_a_pending_ingestion_that_completes_when_polled(
    api: Api, any_tenant: TenantCredentials
) -> None:
    schedule = (await api.tenant(any_tenant, "POST", SCHEDULES, json={"hour": 1})).json()["data"]
    before = (await api.tenant(any_tenant, "GET", f"{V2}/ingestions/count")).json()
    run = await api.tenant(any_tenant, "POST", f"{SCHEDULES}/{schedule['id']}/run")
    assert run.status_code == 204
    assert (await api.tenant(any_tenant, "GET", f"{V2}/ingestions/count")).json() == before + 1
    assert (await api.tenant(any_tenant, "GET", f"{SCHEDULES}/{schedule['id']}")).json()["data"][
        "last_executed_at"
    ]
    ingestions = (await api.tenant(any_tenant, "GET", f"{V2}/ingestions")).json()["data"]
    created = ingestions[-1]
    assert (created["type"], created["state"], created["has_pending_task"]) == (
        "collection",
        "scheduled",
        True,
    )
    assert created["metadata"]["scheduled"]["schedule_id"] == schedule["id"]
    # A second run is refused while the ingestion is pending.
    assert_kimono_error(
        await api.tenant(any_tenant, "POST", f"{SCHEDULES}/{schedule['id']}/run"), 409
    )
    states = []
    for _ in range(3):  # the sandbox moves a pending ingestion one step per read
        states.append(
            (await api.tenant(any_tenant, "GET", f"{V2}/ingestions/{created['id']}")).json()["data"]
        )
    assert [s["state"] for s in states] == ["executing", "success", "success"]
    assert states[-1]["has_pending_task"] is False
    assert states[-1]["external_import_ids"]
    assert (
        await api.tenant(any_tenant, "POST", f"{SCHEDULES}/{schedule['id']}/run", json={})
    ).status_code == 204


async def test_a_paused_schedule_does_not_run(api: Api, oauth_tenant: TenantCredentials) -> None:
    schedule = (await api.tenant(oauth_tenant, "POST", SCHEDULES, json={"hour": 2})).json()["data"]
    await api.tenant(
        oauth_tenant, "PATCH", f"{SCHEDULES}/{schedule['id']}", json={"enabled": False}
    )
    body = assert_kimono_error(
        await api.tenant(oauth_tenant, "POST", f"{SCHEDULES}/{schedule['id']}/run"), 409
    )
    assert "paused" in body["message"]


async def test_only_collection_schedules_run(api: Api, sb: Sandbox) -> None:
    tenant = next(
        t
        for t in sb.credentials.tenants
        if any(s["type"] != "collection" for s in sb.state.tenants[t.tenant_id].schedules)
    )
    other = next(
        s for s in sb.state.tenants[tenant.tenant_id].schedules if s["type"] != "collection"
    )
    other["enabled"] = True
    assert_kimono_error(await api.tenant(tenant, "POST", f"{SCHEDULES}/{other['id']}/run"), 409)


async def test_run_schedule_body_must_be_an_object(
    api: Api, oauth_tenant: TenantCredentials
) -> None:
    schedule = (await api.tenant(oauth_tenant, "POST", SCHEDULES, json={"hour": 2})).json()["data"]
    assert_kimono_error(
        await api.tenant(oauth_tenant, "POST", f"{SCHEDULES}/{schedule['id']}/run", json=[1]), 400
    )


async def test_complete_ingestions_finishes_pending_ones(
    api: Api, sb: Sandbox, oauth_tenant: TenantCredentials
) -> None:
    schedule = (await api.tenant(oauth_tenant, "POST", SCHEDULES, json={"hour": 2})).json()["data"]
    await api.tenant(oauth_tenant, "POST", f"{SCHEDULES}/{schedule['id']}/run")
    assert sb.complete_ingestions() == 1
    pending = [
        i for i in sb.state.tenants[oauth_tenant.tenant_id].ingestions if i["has_pending_task"]
    ]
    assert pending == []


async def test_delete_schedule(api: Api, oauth_tenant: TenantCredentials) -> None:
    schedule = (await api.tenant(oauth_tenant, "POST", SCHEDULES, json={"hour": 2})).json()["data"]
    url = f"{SCHEDULES}/{schedule['id']}"
    assert (await api.tenant(oauth_tenant, "DELETE", url)).status_code == 204
    assert_kimono_error(await api.tenant(oauth_tenant, "GET", url), 404)
    assert_kimono_error(await api.tenant(oauth_tenant, "DELETE", url), 404)


# ---- tenant application: the auth-setup workflow ------------------------------------------------


async def test_application_update_while_updating_then_confirmed(
    api: Api, any_tenant: TenantCredentials
) -> None:
    application = (await api.tenant(any_tenant, "GET", APPLICATION)).json()["data"]
    assert application["auth_state_pending"] == "updating"  # seeded mid-workflow
    message = await api.tenant(any_tenant, "PATCH", APPLICATION, json={"auth_message": "Checking"})
    assert message.status_code == 204
    patch = {
        "auth_props_pending": {"endpoint": "https://lms.example.edu"},
        "auth_state_pending": "confirmed",
    }
    assert (await api.tenant(any_tenant, "PATCH", APPLICATION, json=patch)).status_code == 204
    after = (await api.tenant(any_tenant, "GET", APPLICATION)).json()["data"]
    assert after["auth_state_pending"] == "confirmed"
    assert after["auth_state"] == "confirmed"
    assert after["auth_props"] == {"endpoint": "https://lms.example.edu"}
    assert after["auth_message"] == "Checking"
    assert after["auth_session_id_pending"] is None
    # The workflow is over: further updates conflict.
    body = assert_kimono_error(
        await api.tenant(any_tenant, "PATCH", APPLICATION, json={"auth_message": "x"}), 409
    )
    assert "updating" in body["message"]


async def test_application_error_outcome_keeps_the_live_credentials(
    api: Api, sb: Sandbox, oauth_tenant: TenantCredentials
) -> None:
    before = dict(sb.state.tenants[oauth_tenant.tenant_id].application)
    assert (
        await api.tenant(oauth_tenant, "PATCH", APPLICATION, json={"auth_state_pending": "error"})
    ).status_code == 204
    after = (await api.tenant(oauth_tenant, "GET", APPLICATION)).json()["data"]
    assert (after["auth_state_pending"], after["auth_state"]) == ("error", before["auth_state"])
    assert after["auth_props"] == before["auth_props"]


@pytest.mark.parametrize(
    "patch",
    [
        {"auth_state_pending": "updating"},
        {"auth_state_pending": "unspecified"},
        {"auth_state": "confirmed"},
        {"options": {"a": "b"}},
        {"auth_props": {}},
        {"auth_props_pending": {"n": 1}},
        {"auth_message": 3},
    ],
)
async def test_application_update_refuses_other_fields_and_values(
    api: Api, oauth_tenant: TenantCredentials, patch: dict[str, Any]
) -> None:
    assert_kimono_error(await api.tenant(oauth_tenant, "PATCH", APPLICATION, json=patch), 400)


async def test_application_update_outside_the_workflow_conflicts(api: Api, sb: Sandbox) -> None:
    settled = next(
        t
        for t in sb.credentials.tenants
        if sb.state.tenants[t.tenant_id].application["auth_state_pending"] != "updating"
    )
    assert_kimono_error(
        await api.tenant(settled, "PATCH", APPLICATION, json={"auth_message": "x"}), 409
    )
    sb.begin_auth_setup(settled.tenant_id)
    assert (
        await api.tenant(settled, "PATCH", APPLICATION, json={"auth_message": "x"})
    ).status_code == 204


# ---- rollovers ----------------------------------------------------------------------------------


def rollover_body(sb: Sandbox, **extra: Any) -> dict[str, Any]:
    cloud_id = sb.state.clouds.rows()[0]["id"]
    return {"type": "new_year", "status": "upcoming", "cloud_id": cloud_id, **extra}


async def test_create_rollover_is_201_and_the_server_sets_name_and_dates(
    api: Api, sb: Sandbox, any_tenant: TenantCredentials
) -> None:
    response = await api.tenant(any_tenant, "POST", ROLLOVERS, json=rollover_body(sb))
    assert response.status_code == 201
    rollover = response.json()["data"]
    assert rollover["name"].startswith("School year ")
    assert rollover["start_date"] < rollover["end_date"]
    assert rollover["tenant_id"] == any_tenant.tenant_id
    found = await api.tenant(any_tenant, "GET", f"{ROLLOVERS}/{rollover['id']}")
    assert found.json()["data"] == rollover


@pytest.mark.parametrize("read_only", ["name", "start_date", "end_date", "id", "tenant_id"])
async def test_rollover_read_only_fields_are_refused(
    api: Api, sb: Sandbox, oauth_tenant: TenantCredentials, read_only: str
) -> None:
    body = rollover_body(sb, **{read_only: "2026-07-01T00:00:00Z"})
    assert_kimono_error(await api.tenant(oauth_tenant, "POST", ROLLOVERS, json=body), 400)


@pytest.mark.parametrize("missing", ["type", "status", "cloud_id"])
async def test_rollover_required_fields(
    api: Api, sb: Sandbox, oauth_tenant: TenantCredentials, missing: str
) -> None:
    body = rollover_body(sb)
    del body[missing]
    assert_kimono_error(await api.tenant(oauth_tenant, "POST", ROLLOVERS, json=body), 400)


async def test_second_ongoing_rollover_conflicts_and_state_shows_rollover_mode(
    api: Api, sb: Sandbox, oauth_tenant: TenantCredentials
) -> None:
    state = (await api.tenant(oauth_tenant, "GET", f"{V2}/tenant/state")).json()["data"]
    assert state["rollover_mode_enabled"] is False
    assert (
        await api.tenant(oauth_tenant, "POST", ROLLOVERS, json=rollover_body(sb, status="ongoing"))
    ).status_code == 201
    state = (await api.tenant(oauth_tenant, "GET", f"{V2}/tenant/state")).json()["data"]
    assert state["rollover_mode_enabled"] is True
    body = assert_kimono_error(
        await api.tenant(oauth_tenant, "POST", ROLLOVERS, json=rollover_body(sb, status="ongoing")),
        409,
    )
    assert body["code"] == "alreadyInRolloverMode"


async def test_update_count_sort_and_delete_rollovers(
    api: Api, sb: Sandbox, oauth_tenant: TenantCredentials
) -> None:
    count = (await api.tenant(oauth_tenant, "GET", f"{ROLLOVERS}/count")).json()
    created = (await api.tenant(oauth_tenant, "POST", ROLLOVERS, json=rollover_body(sb))).json()[
        "data"
    ]
    assert (await api.tenant(oauth_tenant, "GET", f"{ROLLOVERS}/count")).json() == count + 1
    url = f"{ROLLOVERS}/{created['id']}"
    updated = await api.tenant(oauth_tenant, "PUT", url, json=rollover_body(sb, status="completed"))
    assert updated.json()["data"]["status"] == "completed"
    assert updated.json()["data"]["name"] == created["name"]
    names = [
        r["name"]
        for r in (
            await api.tenant(oauth_tenant, "GET", ROLLOVERS, params={"sort": "-name"})
        ).json()["data"]
    ]
    assert names == sorted(names, reverse=True)
    assert_kimono_error(
        await api.tenant(oauth_tenant, "GET", ROLLOVERS, params={"sort": "colour"}), 400
    )
    assert (await api.tenant(oauth_tenant, "DELETE", url)).status_code == 204
    assert_kimono_error(await api.tenant(oauth_tenant, "GET", url), 404)


# ---- scoping ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "id_field"), [("schools", "school_id"), ("courses", "course_id")])
async def test_scoping_replace_true_replaces_and_false_appends(
    api: Api, any_tenant: TenantCredentials, kind: str, id_field: str
) -> None:
    url = f"{V2}/tenant/scoping/{kind}"
    before = (await api.tenant(any_tenant, "GET", url)).json()["data"]
    assert before
    item = {"name": "Added", "selected": True, id_field: "6f1c2d3e-0000-4000-8000-000000000001"}
    appended = await api.tenant(
        any_tenant, "POST", url, params={"replace": "false"}, json={"data": [item]}
    )
    assert appended.status_code == 200
    assert appended.json()["data"]["name"] == "Added"
    assert len((await api.tenant(any_tenant, "GET", url)).json()["data"]) == len(before) + 1
    replaced = await api.tenant(
        any_tenant, "POST", url, json={"data": [item, {**item, "name": "Second"}]}
    )
    assert replaced.status_code == 200
    after = (await api.tenant(any_tenant, "GET", url)).json()["data"]
    assert [s["name"] for s in after] == ["Added", "Second"]
    assert {s["tenant_id"] for s in after} == {any_tenant.tenant_id}


@pytest.mark.parametrize("kind", ["schools", "courses"])
async def test_scoping_find_update_delete_one_and_delete_all(
    api: Api, oauth_tenant: TenantCredentials, kind: str
) -> None:
    url = f"{V2}/tenant/scoping/{kind}"
    first = (await api.tenant(oauth_tenant, "GET", url)).json()["data"][0]
    one = f"{url}/{first['id']}"
    assert (await api.tenant(oauth_tenant, "GET", one)).json()["data"] == first
    updated = (
        await api.tenant(oauth_tenant, "PUT", one, json={"name": "Renamed", "selected": False})
    ).json()["data"]
    assert (updated["id"], updated["name"], updated["selected"]) == (first["id"], "Renamed", False)
    assert updated["created_at"] == first["created_at"]
    assert_kimono_error(await api.tenant(oauth_tenant, "PUT", one, json={"colour": "red"}), 400)
    assert (await api.tenant(oauth_tenant, "DELETE", one)).status_code == 204
    assert_kimono_error(await api.tenant(oauth_tenant, "GET", one), 404)
    assert (await api.tenant(oauth_tenant, "DELETE", url)).status_code == 204
    assert (await api.tenant(oauth_tenant, "GET", url)).json()["data"] == []


async def test_scoping_create_needs_data(api: Api, oauth_tenant: TenantCredentials) -> None:
    url = f"{V2}/tenant/scoping/schools"
    assert_kimono_error(await api.tenant(oauth_tenant, "POST", url, json={}), 400)
    assert_kimono_error(
        await api.tenant(oauth_tenant, "POST", url, json={"data": [{"school_id": "nope"}]}), 400
    )
    assert_kimono_error(
        await api.tenant(oauth_tenant, "POST", url, params={"replace": "maybe"}, json={"data": []}),
        400,
    )


# ---- cascading deletes --------------------------------------------------------------------------


async def test_deleting_a_cloud_removes_its_actors_and_tenants(api: Api, sb: Sandbox) -> None:
    tenant = sb.credentials.tenant("oauth2")
    cloud_id = sb.state.tenants[tenant.tenant_id].record["_cloud_id"]
    actors = (await api.account("GET", f"{V2}/clouds/{cloud_id}/actors")).json()["data"]
    assert tenant.actor_id in {a["id"] for a in actors}
    token_headers = {"Authorization": f"Bearer {await api.token(tenant)}"}
    assert (await api.account("DELETE", f"{V2}/clouds/{cloud_id}")).status_code == 204
    assert_kimono_error(await api.account("GET", f"{V2}/clouds/{cloud_id}"), 404)
    assert_kimono_error(await api.account("GET", f"{V2}/clouds/{cloud_id}/actors"), 404)
    remaining = {a["id"] for a in (await api.account("GET", f"{V2}/actors")).json()["data"]}
    assert not remaining & {a["id"] for a in actors}
    assert_kimono_error(await api.account("GET", f"{V2}/tenants/{tenant.tenant_id}"), 404)
    assert_kimono_error(await api.http.get(f"{V2}/tenant", headers=token_headers), 401)
    assert_kimono_error(await api.account("DELETE", f"{V2}/clouds/{cloud_id}"), 404)


async def test_deleting_an_integration_removes_its_versions_and_tenants(
    api: Api, sb: Sandbox
) -> None:
    integration = sb.state.integrations.rows()[0]
    url = f"{V2}/integrations/{integration['id']}"
    served = [
        t for t in sb.state.tenants.values() if t.record["_integration_id"] == integration["id"]
    ]
    assert served
    assert (await api.account("DELETE", url)).status_code == 204
    assert_kimono_error(await api.account("GET", url), 404)
    assert_kimono_error(await api.account("GET", f"{url}/versions"), 404)
    tenants = (await api.account("GET", f"{V2}/tenants")).json()["data"]
    assert not {t["id"] for t in tenants} & {t.id for t in served}


# ---- integrations, versions, blueprints ---------------------------------------------------------


async def test_integration_and_version_lifecycle(api: Api) -> None:
    created = (
        await api.account(
            "POST", f"{V2}/integrations", json={"name": "quiz-sync", "title": "Quiz Sync"}
        )
    ).json()["data"]
    url = f"{V2}/integrations/{created['id']}"
    assert (await api.account("PATCH", url, json={"title": "Quiz Sync 2"})).status_code == 204
    assert (await api.account("GET", url)).json()["data"]["title"] == "Quiz Sync 2"
    assert (await api.account("GET", f"{V2}/integrations", params={"name": "quiz-sync"})).json()[
        "data"
    ][0]["id"] == created["id"]
    xml = "<Blueprint Id='quiz-sync' Version='1.0'><Title>Quiz</Title></Blueprint>"
    version = await api.account(
        "POST", f"{url}/versions", content=xml, headers={"Content-Type": "application/xml"}
    )
    assert version.status_code == 200
    assert (version.json()["data"]["version"], version.json()["data"]["title"]) == ("1.0", "Quiz")
    patch = {"release_state": "released", "title": "Quiz 1.0"}
    assert (await api.account("PATCH", f"{url}/versions/1.0", json=patch)).status_code == 204
    listed = (await api.account("GET", f"{url}/versions")).json()["data"]
    assert [(v["version"], v["release_state"]) for v in listed] == [("1.0", "released")]
    new_xml = "<Blueprint Id='quiz-sync' Version='1.0'><Title>Quiz, revised</Title></Blueprint>"
    replaced = await api.account(
        "PUT",
        f"{url}/versions/1.0/blueprint",
        content=new_xml,
        headers={"Content-Type": "application/xml"},
    )
    assert replaced.json()["data"]["title"] == "Quiz, revised"
    assert (await api.account("DELETE", f"{url}/versions/1.0")).status_code == 204
    assert_kimono_error(await api.account("DELETE", f"{url}/versions/1.0"), 404)


@pytest.mark.parametrize(
    "xml",
    [
        "",
        "<Blueprint Id='x' Version='1.0'>",  # not well-formed
        "<Blueprint Id='x' Version='1.0'></Blueprint><Blueprint/>",
        "<NotABlueprint Version='1.0'/>",
        "<Blueprint Id='x'/>",  # no Version
        "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;'>]>"
        "<Blueprint Id='x' Version='9'>&lol2;</Blueprint>",
        "<!DOCTYPE Blueprint SYSTEM 'file:///etc/passwd'><Blueprint Id='x' Version='9'/>",
        "\xff\xfe garbage",
    ],
)
async def test_blueprints_must_be_safe_well_formed_xml(api: Api, sb: Sandbox, xml: str) -> None:
    integration = sb.state.integrations.rows()[0]
    response = await api.account(
        "POST",
        f"{V2}/integrations/{integration['id']}/versions",
        content=xml.encode("latin-1"),
        headers={"Content-Type": "application/xml"},
    )
    assert_kimono_error(response, 400)


async def test_blueprint_needs_an_xml_content_type(api: Api, sb: Sandbox) -> None:
    integration = sb.state.integrations.rows()[0]
    xml = "<Blueprint Id='x' Version='7.0'/>"
    response = await api.account(
        "POST",
        f"{V2}/integrations/{integration['id']}/versions",
        content=xml,
        headers={"Content-Type": "application/json"},
    )
    assert "application/xml" in assert_kimono_error(response, 400)["message"]


async def test_blueprint_version_must_match_the_path_and_be_new(api: Api, sb: Sandbox) -> None:
    integration = sb.state.integrations.rows()[0]
    url = f"{V2}/integrations/{integration['id']}/versions"
    headers = {"Content-Type": "application/xml"}
    assert_kimono_error(
        await api.account("POST", url, content="<Blueprint Version='1.0'/>", headers=headers), 400
    )
    assert_kimono_error(
        await api.account(
            "PUT", f"{url}/1.0/blueprint", content="<Blueprint Version='2.0'/>", headers=headers
        ),
        400,
    )
    assert_kimono_error(
        await api.account(
            "PUT", f"{url}/9.9/blueprint", content="<Blueprint Version='9.9'/>", headers=headers
        ),
        404,
    )
