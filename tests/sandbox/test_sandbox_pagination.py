"""Pagination: 0-based pages, a capped page size, `paging.next` exactly when more pages exist."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _sandbox_support import BASE, V2, Api, assert_kimono_error

from kimono_interop_client.sandbox import Sandbox


async def pages(api: Api, path: str, page_size: int) -> list[dict[str, Any]]:
    bodies = []
    for page in range(1000):  # bounded
        body = (
            await api.account("GET", path, params={"page": page, "page_size": page_size})
        ).json()
        bodies.append(body)
        if body["paging"]["next"] is None:
            return bodies
    raise AssertionError("pagination did not end")


@pytest.mark.parametrize("sandbox_options", [{"size": {"clouds": 23}}])
async def test_pages_are_0_based_and_next_is_set_exactly_when_more_exist(api: Api) -> None:
    bodies = await pages(api, f"{V2}/clouds", 5)
    assert [len(body["data"]) for body in bodies] == [5, 5, 5, 5, 3]
    assert all(body["paging"]["next"] for body in bodies[:-1])
    ids = [cloud["id"] for body in bodies for cloud in body["data"]]
    assert ids == [cloud["id"] for cloud in api.sb.state.clouds]


@pytest.mark.parametrize("sandbox_options", [{"size": {"clouds": 20}}])
async def test_an_exact_multiple_has_no_empty_last_page(api: Api) -> None:
    bodies = await pages(api, f"{V2}/clouds", 10)
    assert [len(body["data"]) for body in bodies] == [10, 10]


async def test_next_marker_names_the_next_page(api: Api) -> None:
    body = (await api.account("GET", f"{V2}/clouds", params={"page_size": 1})).json()
    assert body["paging"]["next"] == f"{V2}/clouds?page=1&page_size=1"


async def test_a_page_past_the_end_is_empty(api: Api) -> None:
    body = (await api.account("GET", f"{V2}/clouds", params={"page": 99})).json()
    assert body == {"data": [], "paging": {"next": None}}


@pytest.mark.parametrize("sandbox_options", [{"size": {"clouds": 250}, "max_page_size": 100}])
async def test_page_size_defaults_to_and_is_capped_at_the_maximum(api: Api) -> None:
    default = (await api.account("GET", f"{V2}/clouds")).json()
    capped = (await api.account("GET", f"{V2}/clouds", params={"page_size": 5000})).json()
    assert len(default["data"]) == len(capped["data"]) == 100
    assert capped["paging"]["next"].endswith("page_size=100")


@pytest.mark.parametrize(
    "params",
    [
        {"page": -1},
        {"page": "x"},
        {"page_size": 0},
        {"page_size": "ten"},
        {"page": 2**31},
        {"page_size": 1.5},
    ],
)
async def test_out_of_range_paging_is_400(api: Api, params: dict[str, Any]) -> None:
    assert_kimono_error(await api.account("GET", f"{V2}/clouds", params=params), 400)


async def test_tenant_lists_page_too(api: Api) -> None:
    tenant = api.sb.credentials.tenant("basic")
    total = len(api.sb.state.tenants[tenant.tenant_id].courses)
    first = (
        await api.tenant(
            tenant, "GET", f"{V2}/tenant/scoping/courses", params={"page_size": total - 1}
        )
    ).json()
    second = (
        await api.tenant(
            tenant,
            "GET",
            f"{V2}/tenant/scoping/courses",
            params={"page": 1, "page_size": total - 1},
        )
    ).json()
    assert (len(first["data"]), len(second["data"])) == (total - 1, 1)
    assert first["paging"]["next"]
    assert second["paging"]["next"] is None


async def test_a_100000_item_list_pages_to_its_end() -> None:
    sandbox = Sandbox(size={"clouds": 100_000, "tenants": 0})
    key = sandbox.credentials.api_key
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE, auth=(key, key)) as http:
        last = (await http.get(f"{V2}/clouds", params={"page": 999, "page_size": 100})).json()
        beyond = (await http.get(f"{V2}/clouds", params={"page": 1000, "page_size": 100})).json()
    assert len(last["data"]) == 100
    assert last["paging"]["next"] is None
    assert last["data"][-1]["id"] == sandbox.state.clouds.rows()[-1]["id"]
    assert beyond["data"] == []
