"""Authentication: the account key and token, actor tokens and Basic actors, expiry, errors."""

from __future__ import annotations

import base64

import httpx
import pytest
from _sandbox_support import V2, Api, assert_kimono_error

from kimono_interop_client.sandbox import Sandbox, TenantCredentials


async def test_account_key_over_basic_lists_clouds(api: Api) -> None:
    response = await api.account("GET", f"{V2}/clouds")
    assert response.status_code == 200
    assert len(response.json()["data"]) == len(api.sb.state.clouds)


async def test_account_bearer_token_is_accepted(api: Api) -> None:
    headers = {"Authorization": f"Bearer {api.sb.credentials.account_token}"}
    assert (await api.http.get(f"{V2}/clouds", headers=headers)).status_code == 200


@pytest.mark.parametrize(
    "auth",
    [None, ("wrong", "wrong"), ("kimono_sk_x", "other")],
    ids=["missing", "wrong-key", "user-and-password-differ"],
)
async def test_bad_account_credentials_get_401_with_kimono_body(
    api: Api, auth: tuple[str, str] | None
) -> None:
    response = await api.http.get(f"{V2}/clouds", auth=auth)
    assert_kimono_error(response, 401)
    assert "Basic" in response.headers["www-authenticate"]


async def test_key_with_password_different_from_user_is_refused(api: Api) -> None:
    key = api.sb.credentials.api_key
    assert_kimono_error(await api.http.get(f"{V2}/clouds", auth=(key, "nope")), 401)


async def test_garbled_authorization_header_is_401_not_500(api: Api) -> None:
    for header in (
        "Basic !!!notbase64",
        "Basic " + base64.b64encode(b"nocolon").decode(),
        "Digest x",
        "Bearer",
    ):
        assert_kimono_error(
            await api.http.get(f"{V2}/clouds", headers={"Authorization": header}), 401
        )


async def test_oauth2_actor_token_identifies_its_tenant(
    api: Api, oauth_tenant: TenantCredentials
) -> None:
    response = await api.tenant(oauth_tenant, "GET", f"{V2}/tenant")
    assert response.status_code == 200
    assert response.json()["data"]["id"] == oauth_tenant.tenant_id


async def test_basic_actor_pair_identifies_its_tenant(
    api: Api, basic_tenant: TenantCredentials
) -> None:
    response = await api.tenant(basic_tenant, "GET", f"{V2}/tenant")
    assert response.json()["data"]["id"] == basic_tenant.tenant_id
    assert response.json()["data"]["auth"]["type"] == "basic"


async def test_two_tenants_see_only_their_own_data(api: Api, sb: Sandbox) -> None:
    first, second = sb.credentials.tenants[0], sb.credentials.tenants[2]
    one = (await api.tenant(first, "GET", f"{V2}/tenant/schedules")).json()["data"]
    two = (await api.tenant(second, "GET", f"{V2}/tenant/schedules")).json()["data"]
    assert {s["tenant_id"] for s in one} == {first.tenant_id}
    assert {s["tenant_id"] for s in two} == {second.tenant_id}


async def test_oauth2_actor_pair_over_basic_is_refused(
    api: Api, oauth_tenant: TenantCredentials
) -> None:
    response = await api.http.get(
        f"{V2}/tenant", auth=(oauth_tenant.client_id, oauth_tenant.client_secret)
    )
    assert "oauth/token" in assert_kimono_error(response, 401)["message"]


async def test_account_key_does_not_identify_a_tenant(api: Api) -> None:
    assert_kimono_error(await api.account("GET", f"{V2}/tenant/state"), 401)


async def test_actor_token_is_not_an_account_credential(
    api: Api, oauth_tenant: TenantCredentials
) -> None:
    token = await api.token(oauth_tenant)
    response = await api.http.get(f"{V2}/clouds", headers={"Authorization": f"Bearer {token}"})
    assert_kimono_error(response, 401)


async def test_connector_without_tenant_gets_a_token_but_no_tenant(api: Api, sb: Sandbox) -> None:
    connector = next(
        a for a in sb.state.actors if a["type"] == "connector" and a["auth"]["type"] == "oauth2"
    )
    response = await api.http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": connector["auth"]["client_id"],
            "client_secret": connector["auth"]["client_secret"],
        },
    )
    token = response.json()["access_token"]
    response = await api.http.get(f"{V2}/tenant", headers={"Authorization": f"Bearer {token}"})
    assert "do not identify a tenant" in assert_kimono_error(response, 401)["message"]


# ---- the token endpoint -----------------------------------------------------------------------


async def test_token_response_shape(api: Api, oauth_tenant: TenantCredentials) -> None:
    response = await api.http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": oauth_tenant.client_id,
            "client_secret": oauth_tenant.client_secret,
        },
    )
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    assert response.headers["cache-control"] == "no-store"


async def test_token_endpoint_accepts_http_basic_client_auth(
    api: Api, oauth_tenant: TenantCredentials
) -> None:
    response = await api.http.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(oauth_tenant.client_id, oauth_tenant.client_secret),
    )
    assert response.status_code == 200
    assert api.sb.stats.token_requests[oauth_tenant.client_id] == 1


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({}, 400, "invalid_request"),
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"grant_type": "client_credentials"}, 401, "invalid_client"),
        (
            {"grant_type": "client_credentials", "client_id": "nobody", "client_secret": "x"},
            401,
            "invalid_client",
        ),
    ],
)
async def test_token_endpoint_errors_are_oauth2_shaped(
    api: Api, form: dict[str, str], status: int, error: str
) -> None:
    response = await api.http.post("/oauth/token", data=form)
    assert response.status_code == status
    assert set(response.json()) == {"error", "error_description"}
    assert response.json()["error"] == error


async def test_token_endpoint_wrong_secret_is_invalid_client(
    api: Api, oauth_tenant: TenantCredentials
) -> None:
    response = await api.http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": oauth_tenant.client_id,
            "client_secret": "guess",
        },
    )
    assert (response.status_code, response.json()["error"]) == (401, "invalid_client")


async def test_token_endpoint_refuses_basic_actors(
    api: Api, basic_tenant: TenantCredentials
) -> None:
    response = await api.http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": basic_tenant.client_id,
            "client_secret": basic_tenant.client_secret,
        },
    )
    assert (response.status_code, response.json()["error"]) == (400, "unauthorized_client")


async def test_token_endpoint_wants_a_form(api: Api, oauth_tenant: TenantCredentials) -> None:
    response = await api.http.post("/oauth/token", json={"grant_type": "client_credentials"})
    assert (response.status_code, response.json()["error"]) == (400, "invalid_request")


async def test_expires_in_can_be_left_out() -> None:
    sandbox = Sandbox(send_expires_in=False)
    tenant = sandbox.credentials.tenant("oauth2")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sandbox.app), base_url="http://t"
    ) as http:
        response = await http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": tenant.client_id,
                "client_secret": tenant.client_secret,
            },
        )
    assert "expires_in" not in response.json()


# ---- expiry -------------------------------------------------------------------------------------


async def test_tokens_expire_on_the_sandbox_clock(
    api: Api, sb: Sandbox, oauth_tenant: TenantCredentials
) -> None:
    token = await api.token(oauth_tenant)
    headers = {"Authorization": f"Bearer {token}"}
    sb.advance_clock(3599)
    assert (await api.http.get(f"{V2}/tenant", headers=headers)).status_code == 200
    sb.advance_clock(1)
    assert_kimono_error(await api.http.get(f"{V2}/tenant", headers=headers), 401)


async def test_per_client_token_ttl(api: Api, sb: Sandbox, oauth_tenant: TenantCredentials) -> None:
    sb.set_token_ttl(oauth_tenant.client_id, 5)
    response = await api.http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": oauth_tenant.client_id,
            "client_secret": oauth_tenant.client_secret,
        },
    )
    assert response.json()["expires_in"] == 5
    sb.advance_clock(5)
    headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
    assert_kimono_error(await api.http.get(f"{V2}/tenant", headers=headers), 401)


async def test_injectable_clock() -> None:
    now = [1_000_000.0]
    sandbox = Sandbox(clock=lambda: now[0])
    tenant = sandbox.credentials.tenant("oauth2")
    token = sandbox.issue_token(tenant.client_id, ttl=10)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sandbox.app), base_url="http://t"
    ) as http:
        headers = {"Authorization": f"Bearer {token}"}
        assert (await http.get(f"{V2}/tenant", headers=headers)).status_code == 200
        now[0] += 10
        assert (await http.get(f"{V2}/tenant", headers=headers)).status_code == 401


async def test_early_expiry_of_one_client_leaves_others_working(api: Api, sb: Sandbox) -> None:
    first, second = (
        sb.credentials.tenant("oauth2", index=0),
        sb.credentials.tenant("oauth2", index=1),
    )
    await api.tenant(first, "GET", f"{V2}/tenant")
    await api.tenant(second, "GET", f"{V2}/tenant")
    assert sb.faults.expire_tokens(first.client_id) == 1
    assert_kimono_error(await api.tenant(first, "GET", f"{V2}/tenant"), 401)
    assert (await api.tenant(second, "GET", f"{V2}/tenant")).status_code == 200
    assert sb.faults.expire_tokens() == 1  # the second client's only live token
    assert_kimono_error(await api.tenant(second, "GET", f"{V2}/tenant"), 401)
