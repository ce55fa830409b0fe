"""The seed data set: deterministic, sized by an option, with what the demo and tests need."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _sandbox_support import BASE, V2

from kimono_interop_client.sandbox import DEFAULT_SIZE, Sandbox


async def snapshot(sandbox: Sandbox) -> dict[str, Any]:
    """Everything the account API shows, plus the credentials."""
    key = sandbox.credentials.api_key
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE, auth=(key, key)) as http:
        shown = {
            path: (await http.get(V2 + path)).json()
            for path in ("/clouds", "/actors", "/integrations", "/tenants")
        }
    tenants = {
        t.id: (
            t.state,
            t.application,
            t.schools.rows(),
            t.courses.rows(),
            t.rollovers.rows(),
            t.schedules.rows(),
            t.ingestions.rows(),
        )
        for t in sandbox.state.tenants.values()
    }
    return {"api": shown, "tenants": tenants, "credentials": sandbox.credentials.to_dict()}


async def test_same_seed_same_data_byte_for_byte() -> None:
    assert await snapshot(Sandbox(seed=42)) == await snapshot(Sandbox(seed=42))


async def test_another_seed_other_data() -> None:
    first, second = await snapshot(Sandbox(seed=1)), await snapshot(Sandbox(seed=2))
    assert first["credentials"]["api_key"] != second["credentials"]["api_key"]
    assert first["api"]["/clouds"] != second["api"]["/clouds"]


def test_sizes_are_honoured() -> None:
    sandbox = Sandbox(size={"clouds": 7, "tenants": 3, "schools": 0, "courses": 250})
    assert len(sandbox.state.clouds) == 7
    assert len(sandbox.state.tenants) == 3
    assert {len(t.schools) for t in sandbox.state.tenants.values()} == {0}
    assert {len(t.courses) for t in sandbox.state.tenants.values()} == {250}
    default = Sandbox()
    assert len(default.state.tenants) == DEFAULT_SIZE["tenants"]
    assert len(default.state.integrations) == DEFAULT_SIZE["integrations"]


def test_bulk_sizes_only_the_first_tenant() -> None:
    sandbox = Sandbox(size={"courses": 3}, bulk={"courses": 2_000, "schools": 0})
    tenants = list(sandbox.state.tenants.values())
    assert [len(t.courses) for t in tenants] == [2_000] + [3] * (len(tenants) - 1)
    assert len(tenants[0].schools) == 0
    assert len(tenants[1].schools) == DEFAULT_SIZE["schools"]
    with pytest.raises(ValueError, match="bulk keys"):
        Sandbox(bulk={"clouds": 5})


@pytest.mark.parametrize(
    "size",
    [{"planets": 1}, {"clouds": -1}, {"clouds": 0}, {"integrations": 0}],
)
def test_bad_sizes_are_value_errors(size: dict[str, int]) -> None:
    with pytest.raises(ValueError, match=r"size|sizes|tenants need"):
        Sandbox(size=size)


@pytest.mark.parametrize("options", [{"token_ttl": 0}, {"max_page_size": 0}])
def test_bad_options_are_value_errors(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="token_ttl"):
        Sandbox(**options)


def test_seeded_tenants_cover_both_auth_types_and_the_auth_setup_workflow() -> None:
    sandbox = Sandbox()
    assert {t.auth_type for t in sandbox.credentials.tenants} == {"oauth2", "basic"}
    updating = [
        t
        for t in sandbox.state.tenants.values()
        if t.application["auth_state_pending"] == "updating"
    ]
    assert len(updating) >= 2
    assert any(
        s["type"] == "collection" and s["enabled"]
        for t in sandbox.state.tenants.values()
        for s in t.schedules
    )


def test_every_tenant_is_served_by_an_integration_actor_in_its_cloud() -> None:
    state = Sandbox().state
    for tenant in state.tenants.values():
        actor = state.actors.get(tenant.record["_actor_id"])
        assert actor is not None
        assert actor["type"] == "integration"
        assert actor["_cloud_id"] == tenant.record["_cloud_id"]
        assert tenant.record["_integration_id"] in state.integrations
        assert state.versions[tenant.record["_integration_id"]]


def test_credentials_keep_secrets_out_of_repr() -> None:
    sandbox = Sandbox()
    credentials = sandbox.credentials
    text = repr(credentials) + repr(sandbox)
    assert credentials.api_key not in text
    assert credentials.account_token not in text
    assert all(t.client_secret not in text for t in credentials.tenants)
    assert all(t.client_id in text for t in credentials.tenants)
