"""Secrets never show: not in repr/str of clients, credentials, tokens, models or errors, and not
in the DEBUG log of a whole token + 401 + retry flow."""

from __future__ import annotations

import base64
import logging
import uuid
from collections.abc import Generator

import httpx
import pytest
import respx
from _layer_support import BASE, bearer, client, cloud, token_response

from kimono_interop_client import (
    ApiKey,
    AuthenticationError,
    BasicCredentials,
    BearerToken,
    ClientCredentials,
    InteropClient,
    ResponseValidationError,
    TenantClient,
)
from kimono_interop_client._config import EnvConfig
from kimono_interop_client._generated.api.clouds import find_cloud
from kimono_interop_client._generated.models.tenant_info import TenantInfo
from kimono_interop_client._token_cache import AccessToken

CLIENT_SECRET = "cs-Zq9-very-secret"
API_KEY = "ak-Lm4-very-secret"
TOKEN_1, TOKEN_2, TOKEN_3 = "at-first-Xy7", "at-second-Pw2", "at-third-Qr5"
APP_SECRETS = ("app-token-Hh1", "app-refresh-Jj2", "app-secret-Kk3")
SECRETS = (CLIENT_SECRET, API_KEY, TOKEN_1, TOKEN_2, TOKEN_3, *APP_SECRETS)


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a secret leaked: {text!r}"
    for user, password in (("cid", CLIENT_SECRET), (API_KEY, API_KEY)):
        assert base64.b64encode(f"{user}:{password}".encode()).decode() not in text


def test_credentials_hide_their_secrets() -> None:
    for auth in (
        ApiKey(API_KEY),
        BasicCredentials("cid", CLIENT_SECRET),
        BearerToken(TOKEN_1),
        ClientCredentials("cid", CLIENT_SECRET),
    ):
        assert_clean(repr(auth))
        assert_clean(str(auth))
    assert "cid" in repr(ClientCredentials("cid", CLIENT_SECRET))  # the id is not a secret


def test_clients_hide_their_secrets() -> None:
    kimono = InteropClient(auth=ApiKey(API_KEY), base_url=BASE)
    tenant = kimono.tenant(("cid", CLIENT_SECRET))
    standalone = TenantClient(auth=ClientCredentials("cid", CLIENT_SECRET), base_url=BASE)
    for thing in (kimono, tenant, standalone, kimono.with_options(max_retries=0)):
        assert_clean(repr(thing))
        assert_clean(str(thing))


def test_tokens_and_config_hide_their_secrets() -> None:
    assert_clean(repr(AccessToken.issued(TOKEN_1, 60, 0.0)))
    env = EnvConfig.read({"KIMONO_API_KEY": API_KEY, "KIMONO_CLIENT_SECRET": CLIENT_SECRET})
    assert_clean(repr(env))


def test_generated_credential_models_hide_their_secrets() -> None:
    info = TenantInfo.from_dict(
        {
            "id": str(uuid.uuid4()),
            "name": "tenant",
            "auth": {"type": "oauth2", "client_id": "cid", "client_secret": CLIENT_SECRET},
            "app_auth": {
                "scheme": "oauth2",
                "token": APP_SECRETS[0],
                "refresh_token": APP_SECRETS[1],
                "client_id": "app",
                "client_secret": APP_SECRETS[2],
            },
        }
    )
    for model in (info, info.auth, info.app_auth):
        assert_clean(repr(model))
        assert_clean(str(model))
    # ...while to_dict keeps them: a driver needs its credentials.
    assert info.to_dict()["auth"]["client_secret"] == CLIENT_SECRET


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
async def test_no_secret_in_debug_logs_or_errors_of_a_token_401_retry_flow(
    respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    cloud_id = uuid.uuid4()
    path = f"/v2/interop/clouds/{cloud_id}"
    issued = iter([TOKEN_1, TOKEN_2, TOKEN_3])
    respx_mock.post("/oauth/token").mock(
        side_effect=lambda request: token_response(next(issued), expires_in=3600)
    )
    answers = iter([httpx.Response(503), httpx.Response(200, json={"data": cloud("c")})])
    respx_mock.get(path).mock(
        side_effect=lambda request: (
            httpx.Response(401) if bearer(request) == TOKEN_1 else next(answers)
        )
    )
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    kimono, sleeps = client(auth=ClientCredentials("cid", CLIENT_SECRET))
    async with kimono:
        assert (await kimono.call(find_cloud, cloud_id)).name == "c"
        assert sleeps.waits  # the 503 was retried
        respx_mock.get(path).mock(return_value=httpx.Response(401, text=f"bad {TOKEN_2}?"))
        with pytest.raises(AuthenticationError) as caught:
            await kimono.with_options(max_retries=0).call(find_cloud, cloud_id)
    ours = [r for r in caplog.records if r.name == "kimono_interop_client"]
    assert any("token" in record.getMessage() for record in ours)
    assert any("retry" in record.getMessage() for record in ours)
    assert_clean(caplog.text)
    assert_clean(str(caught.value))
    assert_clean(repr(caught.value))


# ---- a server that quotes what it was sent -------------------------------------------------


async def test_a_token_endpoint_quoting_the_secret_it_refused_does_not_leak_it(
    respx_mock: respx.MockRouter,
) -> None:
    body = {"error": "invalid_client", "error_description": f"secret {CLIENT_SECRET} is revoked"}
    respx_mock.post("/oauth/token").mock(return_value=httpx.Response(401, json=body))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(AuthenticationError) as caught:
            await kimono.tenant(ClientCredentials("cid", CLIENT_SECRET)).info()
    assert caught.value.message == "secret *** is revoked"
    assert_clean(str(caught.value))
    assert_clean(repr(caught.value))
    assert CLIENT_SECRET.encode() in caught.value.body  # the raw body is kept as it came


@pytest.mark.parametrize(
    ("auth", "quoted"),
    [
        (BearerToken(TOKEN_1), TOKEN_1),
        (BasicCredentials("cid", CLIENT_SECRET), CLIENT_SECRET),
        (ApiKey(API_KEY), API_KEY),
    ],
    ids=["bearer", "basic", "api-key"],
)
async def test_kimono_quoting_the_credentials_it_refused_does_not_leak_them(
    respx_mock: respx.MockRouter, auth: httpx.Auth, quoted: str
) -> None:
    body = {
        "status": 401,
        "code": "unauthorized",
        "message": f"credentials {quoted} expired",
        "ext_message": f"got Authorization with {quoted}",
        "details": quoted,
    }
    respx_mock.get("/v2/interop/tenant/state").mock(return_value=httpx.Response(401, json=body))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(AuthenticationError) as caught:
            await kimono.tenant(auth).state()
    error = caught.value
    assert (error.code, error.message, error.details) == (
        "unauthorized",
        "credentials *** expired",
        "***",
    )
    for text in (str(error), repr(error), error.ext_message or ""):
        assert_clean(text)


async def test_a_2xx_error_envelope_quoting_a_token_does_not_leak_it(
    respx_mock: respx.MockRouter,
) -> None:
    body = {"error": {"status": 200, "code": "odd", "message": f"token {TOKEN_1} seen"}}
    respx_mock.get("/v2/interop/tenant/state").mock(return_value=httpx.Response(200, json=body))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(ResponseValidationError) as caught:
            await kimono.tenant(BearerToken(TOKEN_1)).state()
    assert "odd" in str(caught.value)
    assert_clean(str(caught.value))


class RawHeaderAuth(httpx.Auth):
    """An auth of the user's own that sends its key with no scheme."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = TOKEN_3
        yield request


@pytest.mark.parametrize(
    ("auth", "quoted"),
    [
        (RawHeaderAuth(), TOKEN_3),
        (ApiKey("ak:with:colons-9Zx"), "ak:with:colons-9Zx"),
        (BearerToken("tok/+=&-Secret9"), "tok%2F%2B%3D%26-Secret9"),  # as a form would quote it
    ],
    ids=["no-scheme", "api-key-with-colons", "url-encoded"],
)
async def test_credentials_quoted_in_any_form_are_blanked(
    respx_mock: respx.MockRouter, auth: httpx.Auth, quoted: str
) -> None:
    body = {"status": 401, "code": "unauthorized", "message": f"got {quoted}!"}
    respx_mock.get("/v2/interop/tenant/state").mock(return_value=httpx.Response(401, json=body))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(AuthenticationError) as caught:
            await kimono.tenant(auth).state()
    assert caught.value.message == "got ***!"


async def test_a_short_secret_is_blanked_only_where_it_stands_alone(
    respx_mock: respx.MockRouter,
) -> None:
    body = {"status": 401, "code": "latest_terms", "message": "secret test is not the latest"}
    respx_mock.post("/oauth/token").mock(return_value=httpx.Response(401, json=body))
    kimono, _ = client()
    async with kimono:
        with pytest.raises(AuthenticationError) as caught:
            await kimono.tenant(ClientCredentials("cid", "test")).info()
    assert caught.value.code == "latest_terms"
    assert caught.value.message == "secret *** is not the latest"
