"""The SDK's whole surface against the sandbox: every one of the 51 operations at least once
through the high-level client, tenant operations in both actor auth modes (OAuth2 tokens and
HTTP Basic). The sandbox's request counters prove the coverage."""

from __future__ import annotations

import pytest

from kimono_interop_client import ConflictError, InteropClient, NotFoundError, _decoding
from kimono_interop_client.models import Unset
from kimono_interop_client.sandbox import Sandbox
from kimono_interop_client.sandbox._app import all_operations

BLUEPRINT = "<Blueprint Id='surface' Version='{}'><Title>Surface {}</Title></Blueprint>"


def operations(audience: str) -> set[tuple[str, str]]:
    return {(op.method, op.template) for op in all_operations() if op.auth == audience}


@pytest.fixture
def decodings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every 2xx JSON body the layer decoded: "Model" when msgspec built it, "Model fell back:
    <body>" when it was left to from_dict (kimono_interop_client/_decoding.py). A server that
    answers as the spec says never makes it fall back."""
    seen: list[str] = []
    decode = _decoding.decode

    def spy(model: type, content: bytes) -> object:
        built = decode(model, content)
        seen.append(
            model.__name__
            if built is not None
            else f"{model.__name__} fell back: {content[:300]!r}"
        )
        return built

    monkeypatch.setattr(_decoding, "decode", spy)
    return seen


def test_the_sandbox_serves_all_51_operations() -> None:
    assert len(operations("account")) + len(operations("tenant")) == 51


async def test_every_account_operation_through_the_client(
    kimono_client: InteropClient, kimono_sandbox: Sandbox, decodings: list[str]
) -> None:
    k = kimono_client
    assert (await k.actors.list()).items
    cloud = await k.clouds.create(name="Surface cloud", userdata="surface", generation=2)
    assert cloud.name == "Surface cloud"
    assert [c.id async for c in k.clouds.search(name="Surface cloud", generation=2)] == [cloud.id]
    assert (await k.clouds.get(cloud.id)).userdata == "surface"
    seeded_cloud = kimono_sandbox.state.clouds.rows()[0]["id"]
    actors = [a async for a in k.clouds.list_actors(seeded_cloud, include_credentials=True)]
    assert actors
    assert all(not isinstance(a.auth, Unset) and a.auth.client_secret for a in actors)
    assert len([c async for c in k.clouds.list()]) == len(kimono_sandbox.state.clouds)
    await k.clouds.delete(cloud.id)
    with pytest.raises(NotFoundError):
        await k.clouds.get(cloud.id)

    integration = await k.integrations.create(name="surface", title="Surface")
    await k.integrations.update(integration.id, title="Surface, renamed")
    assert (await k.integrations.get(integration.id)).title == "Surface, renamed"
    assert [i.id async for i in k.integrations.list(name="surface")] == [integration.id]
    version = await k.integrations.versions.create(integration.id, BLUEPRINT.format("1.0", "one"))
    assert version.version == "1.0"
    await k.integrations.versions.update(integration.id, "1.0", release_state="beta", title="One")
    replaced = await k.integrations.versions.update_blueprint(
        integration.id, "1.0", BLUEPRINT.format("1.0", "uno").encode()
    )
    assert replaced.title == "Surface uno"
    assert [str(v.release_state) async for v in k.integrations.versions.list(integration.id)] == [
        "beta"
    ]
    await k.integrations.versions.delete(integration.id, "1.0")
    await k.integrations.delete(integration.id)

    tenants = [t async for t in k.tenants.list()]
    assert len(tenants) == len(kimono_sandbox.state.tenants)
    assert (await k.tenants.get(tenants[0].id)).name == tenants[0].name
    assert {(m, p) for m, p in kimono_sandbox.stats.received} >= operations("account")
    # msgspec built every body (none fell back): the account operations' nine response models.
    assert set(decodings) == {
        "ActorsResponse", "CloudResponse", "CloudsResponse", "IntegrationResponse",
        "IntegrationVersionResponse", "IntegrationVersionsResponse", "IntegrationsResponse",
        "TenantInfoResponse", "TenantInfosResponse",
    }  # fmt: skip


@pytest.mark.parametrize("auth_type", ["oauth2", "basic"])
async def test_every_tenant_operation_through_the_client(
    kimono_client: InteropClient, kimono_sandbox: Sandbox, auth_type: str, decodings: list[str]
) -> None:
    chosen = kimono_sandbox.credentials.tenant(auth_type)
    info = await kimono_client.tenants.get(chosen.tenant_id)
    async with kimono_client.tenant(info) as t:
        assert str((await t.info()).id) == chosen.tenant_id
        assert (await t.state()).rollover_mode_enabled is False

        for scoping, id_field in (
            (t.scoping.schools, "school_ref_id"),
            (t.scoping.courses, "course_ref_id"),
        ):
            first = (await scoping.list()).items[0]
            assert (await scoping.get(first.id)).id == first.id
            updated = await scoping.update(first.id, name="Renamed", selected=False)
            assert updated.name == "Renamed"
            added = await scoping.create(data=[{"name": "Added", id_field: "ADD-1"}], replace=False)
            await scoping.delete(added.id)
            await scoping.delete_all()
            assert (await scoping.list()).items == []

        application = await t.application.get()
        assert str(application.auth_state_pending) == "updating"
        await t.application.update(auth_message="ok", auth_state_pending="confirmed")
        with pytest.raises(ConflictError):
            await t.application.update(auth_message="too late")

        cloud_id = kimono_sandbox.state.tenants[chosen.tenant_id].record["_cloud_id"]
        rollover = await t.rollovers.create(type="new_year", status="upcoming", cloud_id=cloud_id)
        assert rollover.name
        assert (await t.rollovers.count()) == len(
            kimono_sandbox.state.tenants[chosen.tenant_id].rollovers
        )
        assert (await t.rollovers.get(rollover.id)).id == rollover.id
        moved = await t.rollovers.update(
            rollover.id, type="new_year", status="completed", cloud_id=cloud_id
        )
        assert str(moved.status) == "completed"
        assert [r.id async for r in t.rollovers.list(sort="-created_at")]
        await t.rollovers.delete(rollover.id)

        schedule = await t.schedules.create(hour=5)
        assert (await t.schedules.get(schedule.id)).hour == 5
        assert (await t.schedules.count()) >= 1
        await t.schedules.run(schedule.id)
        ingestions = [i async for i in t.ingestions.list()]
        assert (await t.ingestions.count()) == len(ingestions)
        pending = next(i for i in ingestions if i.has_pending_task)
        assert (await t.ingestions.get(pending.id)).id == pending.id
        await t.schedules.update(schedule.id, enabled=False)
        assert [s.id async for s in t.schedules.list()]
        await t.schedules.delete(schedule.id)

    seen = {(m, p) for m, p in kimono_sandbox.stats.received}
    assert seen >= operations("tenant")
    tokens = kimono_sandbox.stats.tokens_issued[chosen.client_id]
    assert tokens == (1 if auth_type == "oauth2" else 0)
    # msgspec built every body: each of the tenant operations' thirteen response models.
    assert set(decodings) == {
        "IngestionResponse", "IngestionsResponse", "RolloverResponse", "RolloversResponse",
        "ScheduleResponse", "SchedulesResponse", "ScopingCourseResponse", "ScopingCoursesResponse",
        "ScopingSchoolResponse", "ScopingSchoolsResponse", "TenantApplicationResponse",
        "TenantInfoResponse", "TenantStateResponse",
    }  # fmt: skip


async def test_sdk_survives_the_sandboxs_malformed_bodies(
    kimono_client: InteropClient, kimono_sandbox: Sandbox
) -> None:
    """Unknown enum values and unknown fields are data, not failures, for the SDK."""
    kimono_sandbox.faults.malformed("unknown_enum", operation="listActors", times=1)
    actors = (await kimono_client.actors.list()).items
    assert {str(a.type_) for a in actors} == {"CHANGE"}
    kimono_sandbox.faults.malformed("null_items", operation="listClouds", times=1)
    assert len((await kimono_client.clouds.list()).items) == len(kimono_sandbox.state.clouds)
