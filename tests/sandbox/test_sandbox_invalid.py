"""Invalid requests get 400 with Kimono's error body (never a 500); unknown ids get 404."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from _sandbox_support import V2, Api, assert_kimono_error

UNKNOWN = str(uuid.UUID(int=12345, version=4))


@pytest.mark.parametrize(
    "bad_id",
    [
        "not-a-uuid",
        "123",
        "6f1c2d3e00004000800000000000000",
        "{6f1c2d3e-0000-4000-8000-000000000001}",
    ],
)
@pytest.mark.parametrize(
    "path", ["/clouds/{}", "/clouds/{}/actors", "/integrations/{}", "/tenants/{}"]
)
async def test_malformed_uuids_in_paths_are_400(api: Api, bad_id: str, path: str) -> None:
    body = assert_kimono_error(await api.account("GET", V2 + path.format(bad_id)), 400)
    assert body["code"] == "invalid_request"


@pytest.mark.parametrize(
    "path",
    [
        "/tenant/scoping/schools/{}",
        "/tenant/rollovers/{}",
        "/tenant/schedules/{}",
        "/ingestions/{}",
    ],
)
async def test_malformed_uuids_in_tenant_paths_are_400(api: Api, path: str) -> None:
    tenant = api.sb.credentials.tenant("oauth2")
    assert_kimono_error(await api.tenant(tenant, "GET", V2 + path.format("nope")), 400)


@pytest.mark.parametrize(
    "path",
    [
        "/clouds/{}",
        "/clouds/{}/actors",
        "/integrations/{}",
        "/integrations/{}/versions",
        "/tenants/{}",
    ],
)
async def test_unknown_account_ids_are_404(api: Api, path: str) -> None:
    body = assert_kimono_error(await api.account("GET", V2 + path.format(UNKNOWN)), 404)
    assert UNKNOWN in body["message"]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/tenant/scoping/schools/{}"),
        ("PUT", "/tenant/scoping/courses/{}"),
        ("GET", "/tenant/rollovers/{}"),
        ("DELETE", "/tenant/rollovers/{}"),
        ("POST", "/tenant/schedules/{}/run"),
        ("PATCH", "/tenant/schedules/{}"),
        ("GET", "/ingestions/{}"),
    ],
)
async def test_unknown_tenant_ids_are_404(api: Api, method: str, path: str) -> None:
    tenant = api.sb.credentials.tenant("oauth2")
    kwargs: dict[str, Any] = {"json": {}} if method in ("PUT", "PATCH") else {}
    assert_kimono_error(await api.tenant(tenant, method, V2 + path.format(UNKNOWN), **kwargs), 404)


async def test_another_tenants_object_is_404(api: Api) -> None:
    first, second = api.sb.credentials.tenants[0], api.sb.credentials.tenants[1]
    schedule = next(iter(api.sb.state.tenants[first.tenant_id].schedules))
    assert_kimono_error(
        await api.tenant(second, "GET", f"{V2}/tenant/schedules/{schedule['id']}"), 404
    )


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"{", "application/json"),
        (b"", "application/json"),
        (b"[]", "application/json"),
        (b"null", "application/json"),
        (b'{"name": "x"}', "text/plain"),
        (b'{"name": "x"}', ""),
        (b"\xff\xfe", "application/json"),
    ],
)
async def test_malformed_bodies_and_wrong_content_types_are_400(
    api: Api, content: bytes, content_type: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = await api.account("POST", f"{V2}/clouds", content=content, headers=headers)
    assert_kimono_error(response, 400)


@pytest.mark.parametrize(
    "body",
    [
        {"name": 3},
        {"generation": 2**31},
        {"generation": "2"},
        {"generation": True},
        {"colour": "red"},
        {"id": UNKNOWN},
    ],
)
async def test_schema_violations_in_create_cloud_are_400_naming_the_field(
    api: Api, body: dict[str, Any]
) -> None:
    response = await api.account("POST", f"{V2}/clouds", json=body)
    assert next(iter(body)) in assert_kimono_error(response, 400)["details"]
    assert api.sb.stats.applied["createCloud"] == 0


@pytest.mark.parametrize(
    "content",
    [b'{"name": "\\ud800"}', b'{"\\ud800": 1}', b"[" * 100_000 + b"]" * 100_000, b'{"name": NaN}'],
    ids=["lone-surrogate-value", "lone-surrogate-key", "deep-nesting", "nan"],
)
async def test_hostile_json_is_400_and_leaves_the_state_clean(api: Api, content: bytes) -> None:
    response = await api.account(
        "POST", f"{V2}/clouds", content=content, headers={"Content-Type": "application/json"}
    )
    assert_kimono_error(response, 400)
    assert (await api.account("GET", f"{V2}/clouds")).status_code == 200


@pytest.mark.parametrize(
    "params",
    [{"generation": "x"}, {"generation": str(2**31)}],
)
async def test_bad_search_parameters_are_400(api: Api, params: dict[str, str]) -> None:
    assert_kimono_error(await api.account("GET", f"{V2}/clouds/search", params=params), 400)


async def test_search_clouds_filters(api: Api) -> None:
    target = api.sb.state.clouds.rows()[1]
    found = (
        await api.account(
            "GET",
            f"{V2}/clouds/search",
            params={"name": target["name"], "generation": target["generation"]},
        )
    ).json()["data"]
    assert target["id"] in {c["id"] for c in found}
    assert all(c["name"] == target["name"] for c in found)


async def test_tenant_filters_validate_account_ids(api: Api) -> None:
    assert_kimono_error(await api.account("GET", f"{V2}/tenants", params={"accounts": "nope"}), 400)
    tenant = next(iter(api.sb.state.tenants.values()))
    only = (
        await api.account(
            "GET", f"{V2}/tenants", params={"accounts": tenant.record["_account"]["id"]}
        )
    ).json()["data"]
    assert [t["id"] for t in only] == [tenant.id]
    integration = api.sb.state.integrations.get(tenant.record["_integration_id"])
    assert integration is not None
    by_name = (
        await api.account("GET", f"{V2}/tenants", params={"integration": integration["name"]})
    ).json()["data"]
    assert tenant.id in {t["id"] for t in by_name}
    assert all(t["integration"]["id"] == integration["id"] for t in by_name)


async def test_unknown_path_is_404_and_wrong_method_405_in_kimono_shape(api: Api) -> None:
    assert_kimono_error(await api.account("GET", f"{V2}/nothing-here"), 404)
    response = await api.account("PUT", f"{V2}/clouds")
    assert_kimono_error(response, 405)
    assert response.headers["allow"] == "GET, POST"


async def test_list_actors_by_cloud_hides_secrets_unless_asked(api: Api) -> None:
    cloud = api.sb.state.clouds.rows()[0]
    url = f"{V2}/clouds/{cloud['id']}/actors"
    hidden = (await api.account("GET", url)).json()["data"]
    shown = (await api.account("GET", url, params={"include_credentials": "true"})).json()["data"]
    assert hidden
    assert all("client_secret" not in a["auth"] for a in hidden)
    assert all(a["auth"]["client_secret"] for a in shown)
    assert_kimono_error(await api.account("GET", url, params={"include_credentials": "yes"}), 400)
