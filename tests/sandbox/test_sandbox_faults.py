"""Fault injection through the Python API and the HTTP control API."""

from __future__ import annotations

import json
from email.utils import parsedate_to_datetime

import httpx
import pytest
from _sandbox_support import V2, Api, assert_kimono_error

from kimono_interop_client.sandbox import ConnectionDropped, Fault, Sandbox

CLOUDS = f"{V2}/clouds"


async def test_error_for_the_next_n_calls_then_normal(api: Api, sb: Sandbox) -> None:
    sb.faults.error(520, times=2, method="GET", path=CLOUDS)
    statuses = [(await api.account("GET", CLOUDS)).status_code for _ in range(3)]
    assert statuses == [520, 520, 200]
    body = (await api.account("GET", CLOUDS)).json()
    assert "data" in body


async def test_injected_errors_carry_kimonos_error_body(api: Api, sb: Sandbox) -> None:
    sb.faults.error(503, times=1)
    body = assert_kimono_error(await api.account("GET", CLOUDS), 503)
    assert body["code"] == "injected_fault"


async def test_faults_are_scoped_by_method_path_and_operation(api: Api, sb: Sandbox) -> None:
    sb.faults.error(500, method="POST", path=f"{V2}/clouds")
    sb.faults.error(502, operation="listIntegrations")
    assert (await api.account("GET", CLOUDS)).status_code == 200
    assert (await api.account("POST", CLOUDS, json={"name": "x"})).status_code == 500
    assert (await api.account("GET", f"{V2}/integrations")).status_code == 502
    assert (await api.account("GET", f"{V2}/actors")).status_code == 200


async def test_path_patterns_use_fnmatch(api: Api, sb: Sandbox) -> None:
    sb.faults.error(504, path=f"{V2}/clouds/*")
    assert (await api.account("GET", CLOUDS)).status_code == 200
    cloud = sb.state.clouds.rows()[0]
    assert (await api.account("GET", f"{CLOUDS}/{cloud['id']}")).status_code == 504


async def test_error_rate_is_seeded_and_partial(sb: Sandbox) -> None:
    async def statuses(sandbox: Sandbox) -> list[int]:
        sandbox.faults.error(503, rate=0.5)
        key = sandbox.credentials.api_key
        transport = httpx.ASGITransport(app=sandbox.app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://t", auth=(key, key)
        ) as http:
            return [(await http.get(CLOUDS)).status_code for _ in range(40)]

    first, second = await statuses(Sandbox(seed=3)), await statuses(Sandbox(seed=3))
    assert first == second
    assert set(first) == {200, 503}


@pytest.mark.parametrize("http_date", [False, True])
async def test_rate_limit_sends_retry_after_in_both_forms(
    api: Api, sb: Sandbox, http_date: bool
) -> None:
    sb.faults.rate_limit(7, http_date=http_date, times=1)
    response = await api.account("GET", CLOUDS)
    assert_kimono_error(response, 429)
    value = response.headers["retry-after"]
    if http_date:
        delta = parsedate_to_datetime(value).timestamp() - sb.clock()
        assert 5 <= delta <= 7
    else:
        assert value == "7"


async def test_drop_before_applying_raises_a_connection_error_in_process(
    api: Api, sb: Sandbox
) -> None:
    sb.faults.drop(operation="createCloud", times=1)
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        await api.account("POST", CLOUDS, json={"name": "lost"})
    assert isinstance(caught.value, ConnectionDropped)
    assert sb.stats.count("POST", CLOUDS) == 1
    assert sb.stats.applied["createCloud"] == 0
    assert not [c for c in sb.state.clouds if c.get("name") == "lost"]


async def test_drop_after_applying_means_the_change_happened(api: Api, sb: Sandbox) -> None:
    sb.faults.drop(operation="createCloud", times=1, after=True)
    with pytest.raises(ConnectionDropped):
        await api.account("POST", CLOUDS, json={"name": "applied"})
    assert sb.stats.applied["createCloud"] == 1
    assert [c["name"] for c in sb.state.clouds if c.get("name") == "applied"] == ["applied"]


async def test_reset_mid_response_applies_then_fails(api: Api, sb: Sandbox) -> None:
    sb.faults.reset(operation="createCloud", times=1)
    with pytest.raises(ConnectionDropped):
        await api.account("POST", CLOUDS, json={"name": "half"})
    assert sb.stats.applied["createCloud"] == 1


async def test_status_after_applying(api: Api, sb: Sandbox) -> None:
    sb.faults.error(502, operation="createCloud", times=1, after=True)
    assert (await api.account("POST", CLOUDS, json={"name": "ambiguous"})).status_code == 502
    assert sb.stats.applied["createCloud"] == 1


async def test_malformed_truncated_json_html_and_empty(api: Api, sb: Sandbox) -> None:
    sb.faults.malformed("truncated_json", times=1)
    truncated = await api.account("GET", CLOUDS)
    assert truncated.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(truncated.content)
    sb.faults.malformed("invalid_json", times=1)
    invalid = await api.account("GET", CLOUDS)
    assert invalid.status_code == 200
    assert invalid.content.endswith(b"}")  # whole, yet not JSON
    with pytest.raises(json.JSONDecodeError):
        json.loads(invalid.content)
    sb.faults.malformed("html", times=1)
    html = await api.account("GET", CLOUDS)
    assert (html.status_code, html.headers["content-type"].split(";")[0]) == (502, "text/html")
    sb.faults.add(Fault("malformed", variant="html", status=200, times=1))
    assert (await api.account("GET", CLOUDS)).status_code == 200
    sb.faults.malformed("empty_body", times=1)
    empty = await api.account("GET", CLOUDS)
    assert (empty.status_code, empty.content) == (200, b"")


async def test_malformed_shapes_enums_fields_and_nulls(api: Api, sb: Sandbox) -> None:
    actors = (await api.account("GET", f"{V2}/actors")).json()["data"]
    sb.faults.malformed("wrong_shape", times=1)
    assert isinstance((await api.account("GET", f"{V2}/actors")).json()["data"], dict)
    sb.faults.malformed("unknown_enum", times=1)
    changed = (await api.account("GET", f"{V2}/actors")).json()["data"]
    assert {a["type"] for a in changed} == {"CHANGE"}
    assert {a["auth"]["type"] for a in changed} == {"CHANGE"}
    sb.faults.malformed("unknown_fields", times=1)
    extra = (await api.account("GET", f"{V2}/actors")).json()["data"]
    assert all(a["x_sandbox_flag"] is True for a in extra)
    sb.faults.malformed("null_items", times=1)
    nulls = (await api.account("GET", f"{V2}/actors")).json()["data"]
    assert [a for a in nulls if a is not None] == actors
    assert nulls.count(None) == len(actors) + 1


async def test_latency_rules_add_up_and_do_not_consume_other_rules(api: Api, sb: Sandbox) -> None:
    sb.faults.latency(0.001, times=1)
    sb.faults.error(503, times=1)
    assert (await api.account("GET", CLOUDS)).status_code == 503
    assert [rule.fired for rule in sb.faults.rules] == [1, 1]


async def test_token_endpoint_can_fail_too(api: Api, sb: Sandbox) -> None:
    tenant = sb.credentials.tenant("oauth2")
    sb.faults.error(503, operation="token", times=1)
    form = {
        "grant_type": "client_credentials",
        "client_id": tenant.client_id,
        "client_secret": tenant.client_secret,
    }
    assert (await api.http.post("/oauth/token", data=form)).status_code == 503
    assert (await api.http.post("/oauth/token", data=form)).status_code == 200


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": "explode"},
        {"kind": "status"},
        {"kind": "status", "status": 42},
        {"kind": "malformed", "variant": "odd"},
        {"kind": "reset", "after": False},
        {"kind": "latency", "rate": 2.0},
        {"kind": "drop", "times": -1},
    ],
)
def test_invalid_fault_rules_are_value_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 -- each message is specific; the type is the contract
        Fault(**kwargs)


# ---- the HTTP control API ---------------------------------------------------------------------


async def test_control_api_adds_lists_and_removes_faults(api: Api, sb: Sandbox) -> None:
    created = await api.http.post(
        "/__sandbox__/faults", json={"kind": "status", "status": 418, "operation": "listClouds"}
    )
    assert created.status_code == 201
    rule = created.json()
    assert (await api.account("GET", CLOUDS)).status_code == 418
    listed = (await api.http.get("/__sandbox__/faults")).json()
    assert [r["id"] for r in listed] == [rule["id"]]
    assert listed[0]["fired"] == 1
    assert (await api.http.delete(f"/__sandbox__/faults/{rule['id']}")).status_code == 204
    assert (await api.account("GET", CLOUDS)).status_code == 200
    assert (await api.http.delete(f"/__sandbox__/faults/{rule['id']}")).status_code == 404


async def test_control_api_refuses_bad_rules(api: Api) -> None:
    for body in ({"kind": "status"}, {"kind": "latency", "unknown": 1}, [1]):
        assert_kimono_error(await api.http.post("/__sandbox__/faults", json=body), 400)


async def test_control_api_stats_tokens_clock_and_reset(api: Api, sb: Sandbox) -> None:
    tenant = sb.credentials.tenant("oauth2")
    await api.tenant(tenant, "GET", f"{V2}/tenant")
    await api.account("POST", CLOUDS, json={"name": "counted"})
    stats = (await api.http.get("/__sandbox__/stats")).json()
    assert {"method": "POST", "path": CLOUDS, "count": 1} in stats["received"]
    assert stats["applied"]["createCloud"] == 1
    assert stats["token_requests"] == {tenant.client_id: 1}
    expired = await api.http.post(
        "/__sandbox__/tokens/expire", json={"client_id": tenant.client_id}
    )
    assert expired.json() == {"expired": 1}
    assert_kimono_error(await api.tenant(tenant, "GET", f"{V2}/tenant"), 401)
    assert (
        await api.http.post(
            "/__sandbox__/tokens/ttl", json={"ttl": 30, "client_id": tenant.client_id}
        )
    ).status_code == 204
    assert sb.token_ttl_for(tenant.client_id) == 30
    clock = (await api.http.post("/__sandbox__/clock", json={"advance": 60})).json()
    assert clock["offset"] == 60
    credentials = (await api.http.get("/__sandbox__/credentials")).json()
    assert credentials["api_key"] == sb.credentials.api_key
    sb.faults.error(500)
    assert (await api.http.post("/__sandbox__/reset")).status_code == 204
    assert sb.faults.rules == []
    assert sb.stats.to_dict()["applied"] == {}
    assert not [c for c in sb.state.clouds if c.get("name") == "counted"]


async def test_control_api_auth_setup_and_ingestions(api: Api, sb: Sandbox) -> None:
    settled = next(
        t for t in sb.state.tenants.values() if t.application["auth_state_pending"] != "updating"
    )
    assert (await api.http.post(f"/__sandbox__/tenants/{settled.id}/auth-setup")).status_code == 204
    assert settled.application["auth_state_pending"] == "updating"
    assert (await api.http.post("/__sandbox__/tenants/nope/auth-setup")).status_code == 404
    assert (await api.http.post("/__sandbox__/ingestions/complete")).json() == {"completed": 0}


async def test_control_requests_are_not_counted_or_faulted(api: Api, sb: Sandbox) -> None:
    sb.faults.error(500)
    assert (await api.http.get("/__sandbox__/stats")).status_code == 200
    assert sb.stats.received == {}
