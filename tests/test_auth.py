"""Credentials: API key, Basic pair, bearer token and OAuth2 client credentials."""

from __future__ import annotations

import asyncio
import base64
import uuid
from urllib.parse import parse_qs

import httpx
import pytest
import respx
from _layer_support import BASE, TOKEN_URL, FakeClock, bearer, client, cloud, token_response

from kimono_interop_client import (
    ApiKey,
    AuthenticationError,
    BasicCredentials,
    BearerToken,
    ClientCredentials,
    InternalServerError,
    InteropClient,
    RateLimitError,
)
from kimono_interop_client._generated.api.clouds import create_cloud, find_cloud
from kimono_interop_client._generated.models.cloud_input import CloudInput

CLOUD_ID = uuid.uuid4()
CLOUD_PATH = f"/v2/interop/clouds/{CLOUD_ID}"
FOUND = httpx.Response(200, json={"data": cloud("c", CLOUD_ID)})

pytestmark = pytest.mark.respx(base_url=BASE, assert_all_called=False)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def test_api_key_is_basic_with_the_key_twice(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    async with InteropClient(auth=ApiKey("k3y"), base_url=BASE) as kimono:
        await kimono.call(find_cloud, CLOUD_ID)
    assert route.calls.last.request.headers["authorization"] == basic("k3y", "k3y")


async def test_basic_credentials(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    async with InteropClient(auth=BasicCredentials("id", "pw"), base_url=BASE) as kimono:
        await kimono.call(find_cloud, CLOUD_ID)
    assert route.calls.last.request.headers["authorization"] == basic("id", "pw")


async def test_fixed_bearer_token(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    async with InteropClient(auth=BearerToken("tok"), base_url=BASE) as kimono:
        await kimono.call(find_cloud, CLOUD_ID)
    assert bearer(route.calls.last.request) == "tok"


async def test_bearer_provider_is_asked_again_after_a_401(respx_mock: respx.MockRouter) -> None:
    tokens = iter(["old", "new"])

    async def provider() -> str:
        return next(tokens)

    route = respx_mock.get(CLOUD_PATH).mock(
        side_effect=lambda request: FOUND if bearer(request) == "new" else httpx.Response(401)
    )
    async with InteropClient(auth=BearerToken(provider), base_url=BASE) as kimono:
        await kimono.call(find_cloud, CLOUD_ID)
    assert [bearer(call.request) for call in route.calls] == ["old", "new"]


@pytest.mark.parametrize(
    "make", [lambda: ApiKey(""), lambda: BasicCredentials("", "x"), lambda: BearerToken("")]
)
def test_empty_credentials_are_rejected_up_front(make: object) -> None:
    with pytest.raises(ValueError, match="non-empty"):
        make()  # type: ignore[operator]


async def test_client_credentials_post_the_form_to_the_default_token_url(
    respx_mock: respx.MockRouter,
) -> None:
    token = respx_mock.post("/oauth/token").mock(return_value=token_response("T1", 3600))
    route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    kimono, _ = client(auth=ClientCredentials("cid", "csecret"))
    async with kimono:
        await kimono.call(find_cloud, CLOUD_ID)
    sent = token.calls.last.request
    assert str(sent.url) == TOKEN_URL
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in sent.headers
    assert parse_qs(sent.content.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": ["cid"],
        "client_secret": ["csecret"],
    }
    assert bearer(route.calls.last.request) == "T1"


async def test_token_url_follows_a_base_url_with_a_path() -> None:
    with respx.mock(base_url="https://proxy.test/kimono") as mock:
        token = mock.post("/oauth/token").mock(return_value=token_response("T"))
        mock.get(CLOUD_PATH).mock(return_value=FOUND)
        auth = ClientCredentials("cid", "s")
        async with InteropClient(auth=auth, base_url="https://proxy.test/kimono/") as kimono:
            await kimono.call(find_cloud, CLOUD_ID)
        assert token.call_count == 1


async def test_explicit_token_url(respx_mock: respx.MockRouter) -> None:
    token = respx_mock.post("https://login.test/token").mock(return_value=token_response("T"))
    respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    auth = ClientCredentials("cid", "s", token_url="https://login.test/token")
    async with InteropClient(auth=auth, base_url=BASE) as kimono:
        await kimono.call(find_cloud, CLOUD_ID)
    assert token.call_count == 1


async def test_the_token_request_goes_through_the_clients_own_transport() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/oauth/token":
            return token_response("T")
        return FOUND

    auth = ClientCredentials("cid", "s")
    transport = httpx.MockTransport(handler)
    async with InteropClient(auth=auth, base_url=BASE, transport=transport) as kimono:
        await kimono.call(find_cloud, CLOUD_ID)
    assert seen == ["/oauth/token", CLOUD_PATH]


async def test_a_thousand_concurrent_calls_on_a_cold_cache_make_one_token_request(
    respx_mock: respx.MockRouter,
) -> None:
    async def slow_token(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)  # let every call pile up behind the first
        return token_response("T1")

    token = respx_mock.post("/oauth/token").mock(side_effect=slow_token)
    route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    kimono, _ = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        await asyncio.gather(*(kimono.call(find_cloud, CLOUD_ID) for _ in range(1000)))
    assert token.call_count == 1
    assert route.call_count == 1000
    assert {bearer(call.request) for call in route.calls} == {"T1"}


async def test_a_401_storm_refetches_the_token_once(respx_mock: respx.MockRouter) -> None:
    issued = iter(["T1", "T2", "T3"])
    token = respx_mock.post("/oauth/token").mock(
        side_effect=lambda request: token_response(next(issued))
    )
    rejected: set[str] = set()
    route = respx_mock.get(CLOUD_PATH).mock(
        side_effect=lambda request: httpx.Response(401) if bearer(request) in rejected else FOUND
    )
    kimono, _ = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        await kimono.call(find_cloud, CLOUD_ID)  # caches T1
        rejected.add("T1")  # the service revokes it
        await asyncio.gather(*(kimono.call(find_cloud, CLOUD_ID) for _ in range(300)))
    assert token.call_count == 2
    assert route.calls.last.request.headers["authorization"] == "Bearer T2"
    assert sum(bearer(call.request) == "T2" for call in route.calls) == 300


async def test_a_second_401_raises_authentication_error(respx_mock: respx.MockRouter) -> None:
    issued = iter(["T1", "T2"])
    token = respx_mock.post("/oauth/token").mock(
        side_effect=lambda request: token_response(next(issued))
    )
    route = respx_mock.get(CLOUD_PATH).mock(
        return_value=httpx.Response(401, json={"status": 401, "code": "unauthorized"})
    )
    kimono, _ = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        with pytest.raises(AuthenticationError) as caught:
            await kimono.call(find_cloud, CLOUD_ID)
    assert caught.value.status_code == 401
    assert caught.value.code == "unauthorized"
    assert token.call_count == 2
    assert [bearer(call.request) for call in route.calls] == ["T1", "T2"]


async def test_a_refused_token_request_raises_authentication_error_with_oauth_fields(
    respx_mock: respx.MockRouter,
) -> None:
    token = respx_mock.post("/oauth/token").mock(
        return_value=httpx.Response(
            401,
            json={"error": "invalid_client", "error_description": "Client authentication failed"},
        )
    )
    route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    kimono, _ = client(auth=ClientCredentials("cid", "very-secret-value"))
    async with kimono:
        with pytest.raises(AuthenticationError) as caught:
            await kimono.call(find_cloud, CLOUD_ID)
    error = caught.value
    assert error.code == "invalid_client"
    assert error.message == "Client authentication failed"
    assert error.url == TOKEN_URL
    assert "very-secret-value" not in str(error)
    assert "very-secret-value" not in repr(error)
    assert token.call_count == 1  # not retried
    assert route.call_count == 0


async def test_a_token_response_without_access_token_is_an_authentication_error(
    respx_mock: respx.MockRouter,
) -> None:
    respx_mock.post("/oauth/token").mock(return_value=httpx.Response(200, text="<html>"))
    kimono, _ = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        with pytest.raises(AuthenticationError, match="access_token"):
            await kimono.call(find_cloud, CLOUD_ID)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_a_transient_token_endpoint_status_is_retried_for_any_method(
    respx_mock: respx.MockRouter, status: int
) -> None:
    # It says nothing about the credentials, and the create waiting for the token was never
    # sent: the call is retried (after a backoff), not failed with AuthenticationError.
    token = respx_mock.post("/oauth/token").mock(
        side_effect=[httpx.Response(status), token_response("T")]
    )
    create = respx_mock.post("/v2/interop/clouds").mock(
        return_value=httpx.Response(200, json={"data": cloud("made")})
    )
    kimono, sleeps = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        made = await kimono.call(create_cloud, body=CloudInput(name="made"))
    assert made.name == "made"
    assert token.call_count == 2
    assert create.call_count == 1
    assert len(sleeps.waits) == 1


async def test_a_busy_token_endpoints_retry_after_is_honoured(
    respx_mock: respx.MockRouter,
) -> None:
    busy = httpx.Response(429, headers={"Retry-After": "7"}, json={"error": "slow_down"})
    respx_mock.post("/oauth/token").mock(side_effect=[busy, token_response("T")])
    respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    kimono, sleeps = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        assert (await kimono.call(find_cloud, CLOUD_ID)).name == "c"
    assert sleeps.waits == [7.0]


async def test_a_token_endpoint_that_stays_down_raises_its_status_error(
    respx_mock: respx.MockRouter,
) -> None:
    token = respx_mock.post("/oauth/token").mock(
        return_value=httpx.Response(503, json={"status": 503, "code": "unavailable"})
    )
    route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    kimono, sleeps = client(auth=ClientCredentials("cid", "very-secret-value"), max_retries=2)
    async with kimono:
        with pytest.raises(InternalServerError) as caught:
            await kimono.call(find_cloud, CLOUD_ID)
        error = caught.value
        assert not isinstance(error, AuthenticationError)
        assert error.status_code == 503
        assert error.code == "unavailable"
        assert error.url == TOKEN_URL
        assert "very-secret-value" not in str(error)
        assert token.call_count == 3  # the first try and max_retries retries
        assert route.call_count == 0
        assert len(sleeps.waits) == 2
        # The next call starts afresh: the endpoint is back.
        token.mock(return_value=token_response("T"))
        assert (await kimono.call(find_cloud, CLOUD_ID)).name == "c"


async def test_a_token_endpoint_retry_after_beyond_the_cap_is_a_rate_limit_error(
    respx_mock: respx.MockRouter,
) -> None:
    busy = httpx.Response(429, headers={"Retry-After": "3600"})
    token = respx_mock.post("/oauth/token").mock(return_value=busy)
    kimono, sleeps = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        with pytest.raises(RateLimitError) as caught:
            await kimono.call(find_cloud, CLOUD_ID)
    assert caught.value.retry_after == 3600
    assert token.call_count == 1
    assert sleeps.waits == []


async def test_another_token_endpoint_5xx_is_a_server_error_not_retried(
    respx_mock: respx.MockRouter,
) -> None:
    token = respx_mock.post("/oauth/token").mock(return_value=httpx.Response(501))
    kimono, _ = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        with pytest.raises(InternalServerError) as caught:
            await kimono.call(find_cloud, CLOUD_ID)
    assert not isinstance(caught.value, AuthenticationError)
    assert token.call_count == 1


async def test_token_is_refreshed_ahead_of_expires_in(respx_mock: respx.MockRouter) -> None:
    issued = iter(["T1", "T2"])
    token = respx_mock.post("/oauth/token").mock(
        side_effect=lambda request: token_response(next(issued), expires_in=100)
    )
    route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    kimono, _ = client(auth=ClientCredentials("cid", "s"))
    clock = FakeClock()
    kimono.shared.clock = clock
    async with kimono:
        await kimono.call(find_cloud, CLOUD_ID)
        clock.advance(50)
        await kimono.call(find_cloud, CLOUD_ID)
        clock.advance(45)
        await kimono.call(find_cloud, CLOUD_ID)
    assert token.call_count == 2
    assert [bearer(call.request) for call in route.calls] == ["T1", "T1", "T2"]


async def test_copies_and_tenant_contexts_share_the_token_cache(
    respx_mock: respx.MockRouter,
) -> None:
    token = respx_mock.post("/oauth/token").mock(return_value=token_response("T"))
    respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
    kimono, _ = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        await kimono.call(find_cloud, CLOUD_ID)
        await kimono.with_options(timeout=5).call(find_cloud, CLOUD_ID)
        async with kimono.tenant(("cid", "s")) as tenant:
            await tenant.call(find_cloud, CLOUD_ID)
    assert token.call_count == 1


async def test_unbound_client_credentials_say_how_to_use_them() -> None:
    auth = ClientCredentials("cid", "s")
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda r: FOUND)) as plain:
        with pytest.raises(RuntimeError, match="InteropClient or TenantClient"):
            await plain.get(f"{BASE}/x", auth=auth)


async def test_a_create_is_retried_when_only_its_token_request_broke(
    respx_mock: respx.MockRouter,
) -> None:
    token = respx_mock.post("/oauth/token").mock(
        side_effect=[httpx.ReadTimeout("slow token"), token_response("T")]
    )
    create = respx_mock.post("/v2/interop/clouds").mock(
        return_value=httpx.Response(200, json={"data": cloud("made")})
    )
    kimono, _ = client(auth=ClientCredentials("cid", "s"))
    async with kimono:
        made = await kimono.call(create_cloud, body=CloudInput(name="made"))
    assert made.name == "made"
    assert token.call_count == 2
    assert create.call_count == 1
