"""Tenant contexts: credentials from TenantInfo/ActorAuth/pairs, sharing, cost, isolation."""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections.abc import Awaitable, Callable, Generator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx
from _layer_support import BASE, bearer, client, token_response

from kimono_interop_client import (
    ApiKey,
    AuthenticationError,
    BearerToken,
    ClientCredentials,
    InvalidInputError,
    TenantClient,
)
from kimono_interop_client._generated.api.tenant import find_tenant_by_credentials
from kimono_interop_client._generated.models.actor_auth import ActorAuth
from kimono_interop_client._generated.models.tenant_info import TenantInfo

pytestmark = pytest.mark.respx(base_url=BASE, assert_all_called=False)
INFO_PATH = "/v2/interop/tenant"


def tenant_info(client_id: str, kind: str | None = "oauth2", secret: str = "s") -> TenantInfo:
    auth: dict[str, Any] = {"client_id": client_id, "client_secret": secret}
    if kind is not None:
        auth["type"] = kind
    return TenantInfo.from_dict({"id": str(uuid.uuid4()), "name": client_id, "auth": auth})


class Kimono:
    """Token endpoint and findTenantByCredentials: each token names the client it was for."""

    def __init__(self, mock: respx.MockRouter) -> None:
        self.token = mock.post("/oauth/token").mock(side_effect=self.issue)
        self.info = mock.get(INFO_PATH).mock(side_effect=self.whoami)

    @staticmethod
    def issue(request: httpx.Request) -> httpx.Response:
        client_id = parse_qs(request.content.decode())["client_id"][0]
        return token_response(f"token-for-{client_id}")

    @staticmethod
    def whoami(request: httpx.Request) -> httpx.Response:
        header = request.headers.get("authorization", "")
        if header.startswith("Basic "):
            name = base64.b64decode(header[6:]).decode().split(":")[0]
        else:
            name = (bearer(request) or "").removeprefix("token-for-")
        return httpx.Response(200, json={"data": {"name": name, "id": str(uuid.uuid4())}})


async def test_a_tenant_info_with_oauth2_credentials(respx_mock: respx.MockRouter) -> None:
    server = Kimono(respx_mock)
    kimono, _ = client(auth=ApiKey("account-key"))
    async with kimono, kimono.tenant(tenant_info("t1")) as tenant:
        assert (await tenant.call(find_tenant_by_credentials)).name == "t1"
    assert bearer(server.info.calls.last.request) == "token-for-t1"


async def test_basic_actor_credentials_are_sent_as_basic(respx_mock: respx.MockRouter) -> None:
    server = Kimono(respx_mock)
    kimono, _ = client()
    async with kimono, kimono.tenant(tenant_info("t2", kind="basic")) as tenant:
        assert (await tenant.call(find_tenant_by_credentials)).name == "t2"
    assert server.token.call_count == 0
    expected = "Basic " + base64.b64encode(b"t2:s").decode()
    assert server.info.calls.last.request.headers["authorization"] == expected


@pytest.mark.parametrize("kind", [None, "oauth2", "some_future_scheme"])
async def test_oauth2_is_the_default_for_an_absent_or_unknown_type(
    respx_mock: respx.MockRouter, kind: str | None
) -> None:
    server = Kimono(respx_mock)
    kimono, _ = client()
    async with kimono:
        await kimono.tenant(tenant_info("t3", kind=kind)).call(find_tenant_by_credentials)
    assert server.token.call_count == 1


@pytest.mark.parametrize(
    "credentials",
    [
        ActorAuth.from_dict({"type": "oauth2", "client_id": "t4", "client_secret": "s"}),
        ("t4", "s"),
        ClientCredentials("t4", "s"),
    ],
)
async def test_other_forms_of_credentials(respx_mock: respx.MockRouter, credentials: Any) -> None:
    Kimono(respx_mock)
    kimono, _ = client()
    async with kimono:
        assert (await kimono.tenant(credentials).call(find_tenant_by_credentials)).name == "t4"


@pytest.mark.parametrize(
    "credentials",
    [
        TenantInfo.from_dict({"name": "no auth"}),
        ActorAuth.from_dict({"type": "oauth2", "client_id": "only-id"}),
        ("only-one",),
        ("id", 42),
        "a string",
    ],
)
def test_missing_credentials_are_rejected_before_sending(credentials: Any) -> None:
    kimono, _ = client()
    with pytest.raises(InvalidInputError):
        kimono.tenant(credentials)


async def test_contexts_share_the_pool_and_the_token_cache(respx_mock: respx.MockRouter) -> None:
    server = Kimono(respx_mock)
    kimono, _ = client()
    async with kimono:
        first, second = kimono.tenant(tenant_info("t5")), kimono.tenant(("t5", "s"))
        assert first.shared is second.shared is kimono.shared
        await first.call(find_tenant_by_credentials)
        await second.call(find_tenant_by_credentials)
        assert first.tenant_key == second.tenant_key != kimono.tenant(("t6", "s")).tenant_key
        assert kimono.tenant_key is None
    assert server.token.call_count == 1


async def test_a_thousand_contexts_open_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []
    original = httpx.AsyncClient.__init__

    def counting_init(self: httpx.AsyncClient, *args: Any, **kwargs: Any) -> None:
        opened.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "__init__", counting_init)
    kimono, _ = client()
    async with kimono:
        contexts = [kimono.tenant((f"tenant-{n}", "s")) for n in range(1000)]
        for context in contexts:
            async with context:
                pass
        assert not kimono.shared.http.is_closed
    assert len(opened) == 1
    assert not hasattr(contexts[0], "__dict__")  # __slots__ all the way: a few small objects
    assert len({id(context.shared) for context in contexts}) == 1


async def test_no_tenant_token_is_ever_sent_for_another_tenant(
    respx_mock: respx.MockRouter,
) -> None:
    server = Kimono(respx_mock)
    kimono, _ = client()
    names = [f"tenant-{n}" for n in range(100)]

    async def who_am_i(name: str) -> list[str]:
        tenant = kimono.tenant(tenant_info(name))
        results = await asyncio.gather(*(tenant.call(find_tenant_by_credentials) for _ in range(5)))
        return [result.name for result in results]

    async with kimono:
        answers = await asyncio.gather(*(who_am_i(name) for name in names))
    assert answers == [[name] * 5 for name in names]
    assert server.token.call_count == 100
    assert server.info.call_count == 500


async def test_a_cookie_set_for_one_tenant_is_never_sent_for_another(
    respx_mock: respx.MockRouter,
) -> None:
    server = Kimono(respx_mock)
    first = server.info.side_effect

    def set_a_session_cookie(request: httpx.Request) -> httpx.Response:
        response = first(request)
        response.headers["Set-Cookie"] = "session=of-tenant-a; Path=/"
        return response

    server.info.side_effect = set_a_session_cookie
    kimono, _ = client()
    async with kimono:
        await kimono.tenant(tenant_info("tenant-a")).call(find_tenant_by_credentials)
        server.info.side_effect = first
        await kimono.tenant(tenant_info("tenant-b")).call(find_tenant_by_credentials)
        await kimono.tenant(tenant_info("tenant-a")).call(find_tenant_by_credentials)
        assert len(kimono.shared.http.cookies) == 0
    assert [call.request.headers.get("cookie") for call in server.info.calls] == [None] * 3
    assert [call.request.headers.get("cookie") for call in server.token.calls] == [None] * 2


async def test_a_user_http_client_keeps_its_own_cookies(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get("/v2/interop/clouds").mock(
        return_value=httpx.Response(200, json={"data": [], "paging": {}})
    )
    async with httpx.AsyncClient(cookies={"proxy": "the-users"}) as http:
        kimono, _ = client(auth=ApiKey("k"), http_client=http)
        await kimono.clouds.list().first_page()
    assert route.calls.last.request.headers.get("cookie") == "proxy=the-users"


async def test_a_standalone_tenant_client(respx_mock: respx.MockRouter) -> None:
    server = Kimono(respx_mock)
    async with TenantClient(auth=ClientCredentials("solo", "s"), base_url=BASE) as tenant:
        assert (await tenant.call(find_tenant_by_credentials)).name == "solo"
    assert server.token.call_count == 1
    assert tenant.shared.http.is_closed


def test_facades_are_wired_and_built_once() -> None:
    from kimono_interop_client._resources.account import Actors, Clouds, Integrations, Tenants
    from kimono_interop_client._resources.tenant import (
        Application,
        Ingestions,
        Rollovers,
        Schedules,
        Scoping,
    )

    kimono, _ = client()
    assert isinstance(kimono.actors, Actors)
    assert isinstance(kimono.clouds, Clouds)
    assert isinstance(kimono.integrations, Integrations)
    assert isinstance(kimono.tenants, Tenants)
    assert kimono.clouds is kimono.clouds
    tenant = kimono.tenant(("t", "s"))
    assert isinstance(tenant.scoping, Scoping)
    assert isinstance(tenant.application, Application)
    assert isinstance(tenant.rollovers, Rollovers)
    assert isinstance(tenant.schedules, Schedules)
    assert isinstance(tenant.ingestions, Ingestions)
    assert tenant.scoping is tenant.scoping
    assert kimono.with_options(max_retries=0).clouds is not kimono.clouds


# ---- what keys the shared caches: the whole credentials, never an object's id -------------

RIGHT, WRONG = "the-right-secret", "a-wrong-secret"
APPLICATION_PATH = "/v2/interop/tenant/application"


def refuse_wrong_secrets(request: httpx.Request) -> httpx.Response:
    form = parse_qs(request.content.decode())
    if form["client_secret"] != [RIGHT]:
        return httpx.Response(401, json={"error": "invalid_client"})
    return token_response(f"token-for-{form['client_id'][0]}")


def application_of_whoever_asks(request: httpx.Request) -> httpx.Response:
    """Basic pairs are checked; any bearer token is taken as its tenant's."""
    header = request.headers["authorization"]
    if header.startswith("Basic "):
        client_id, secret = base64.b64decode(header[6:]).decode().split(":", 1)
        if secret != RIGHT:
            return httpx.Response(401, json={"status": 401, "code": "unauthorized"})
        who = client_id
    else:
        who = header.removeprefix("Bearer ")
    return httpx.Response(
        200, json={"data": {"auth_state_pending": "updating", "auth_message": f"for {who}"}}
    )


async def test_a_wrong_secret_never_gets_the_token_the_right_one_fetched(
    respx_mock: respx.MockRouter,
) -> None:
    token = respx_mock.post("/oauth/token").mock(side_effect=refuse_wrong_secrets)
    respx_mock.get(INFO_PATH).mock(side_effect=Kimono.whoami)
    kimono, _ = client()
    async with kimono:
        right = kimono.tenant(ClientCredentials("shared-id", RIGHT))
        assert (await right.call(find_tenant_by_credentials)).name == "shared-id"
        with pytest.raises(AuthenticationError):
            await kimono.tenant(ClientCredentials("shared-id", WRONG)).info()
    assert token.call_count == 2


async def test_a_wrong_basic_secret_is_never_served_the_cached_application(
    respx_mock: respx.MockRouter,
) -> None:
    route = respx_mock.get(APPLICATION_PATH).mock(side_effect=application_of_whoever_asks)
    kimono, _ = client()
    async with kimono:
        right = kimono.tenant(tenant_info("shared-id", kind="basic", secret=RIGHT))
        assert (await right.application.get()).auth_message == "for shared-id"
        wrong = kimono.tenant(tenant_info("shared-id", kind="basic", secret=WRONG))
        with pytest.raises(AuthenticationError):
            await wrong.application.get()
        assert await right.application.get() is await right.application.get()
    assert route.call_count == 2


async def test_tenants_whose_auth_objects_come_and_go_never_share_an_application(
    respx_mock: respx.MockRouter,
) -> None:
    # One auth object per request, freed after it: Python reuses their ids at once.
    respx_mock.get(APPLICATION_PATH).mock(side_effect=application_of_whoever_asks)
    kimono, _ = client()

    def provider(token: str) -> Callable[[], Awaitable[str]]:
        async def current() -> str:
            return token

        return current

    async with kimono:
        for n in range(20):
            static = await kimono.tenant(BearerToken(f"static-{n}")).application.get()
            provided = await kimono.tenant(BearerToken(provider(f"provided-{n}"))).application.get()
            assert (static.auth_message, provided.auth_message) == (
                f"for static-{n}",
                f"for provided-{n}",
            )


class HandMadeAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


async def test_an_auth_of_the_users_own_without_an_identity_is_not_cached(
    respx_mock: respx.MockRouter,
) -> None:
    route = respx_mock.get(APPLICATION_PATH).mock(side_effect=application_of_whoever_asks)
    kimono, _ = client()
    async with kimono:
        tenant = kimono.tenant(HandMadeAuth("mine"))
        assert tenant.tenant_key is None
        assert (await tenant.application.get()).auth_message == "for mine"
        await tenant.application.get()
        named = HandMadeAuth("named")
        named.identity = ("hand-made", "named")  # type: ignore[attr-defined]
        shared = kimono.tenant(named)
        assert await shared.application.get() is await kimono.tenant(named).application.get()
    assert route.call_count == 3
