"""Secrets scan: a broad flow against the sandbox on loopback with DEBUG logging captured for
every logger (the SDK's, httpx's, httpcore's), then every captured log record and the repr()
and str() of every client, auth object, model, page and exception (its traceback too) are
searched for every secret the flow used: the account API key and bearer token, actor client
secrets, every access token the sandbox issued, the tenants' app credentials, and the Basic
headers built from them. The count must be zero.

Also: an exception's message alone says what went wrong (status, Kimono's code and message,
the operation's method and path), so nobody needs traceback locals to debug it.
"""

from __future__ import annotations

import base64
import logging
import traceback
import uuid
from typing import Any

import pytest
from _reliability_support import ServeSandbox

from kimono_interop_client import (
    APIConnectionError,
    ApiKey,
    APIStatusError,
    AuthenticationError,
    BasicCredentials,
    BearerToken,
    ClientCredentials,
    InteropClient,
    KimonoError,
    NotFoundError,
    ResponseValidationError,
    TenantClient,
)
from kimono_interop_client.sandbox import Sandbox

SECRET_KEYS = {"client_secret", "password", "api_key", "token", "refresh_token", "access_token"}
WRONG_SECRET = "wrong-secret-Vb8-never-valid"


class Corpus:
    """Everything a user could see: repr() and str() of objects, tracebacks, log records."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.errors: list[KimonoError] = []

    def see(self, *objects: Any) -> None:
        for obj in objects:
            self.texts += [repr(obj), str(obj)]
            if isinstance(obj, BaseException):
                self.texts.append("".join(traceback.format_exception(obj)))

    def see_all(self, items: Any) -> None:
        for item in items:
            self.see(item)

    async def expect(self, error: type[KimonoError], call: Any) -> KimonoError:
        with pytest.raises(error) as caught:
            await call
        self.see(caught.value)
        self.errors.append(caught.value)
        return caught.value


def secrets_in(value: Any) -> set[str]:
    """Every string under a secret-named key, anywhere in a JSON-like structure."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key in SECRET_KEYS and isinstance(item, str) and item:
                found.add(item)
            found |= secrets_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            found |= secrets_in(item)
    return found


def all_secrets(sandbox: Sandbox, extra: set[str]) -> set[str]:
    credentials = sandbox.credentials
    found = {credentials.api_key, credentials.account_token, WRONG_SECRET, *extra}
    found |= {tenant.client_secret for tenant in credentials.tenants}
    for tenant in sandbox.state.tenants.values():
        found |= secrets_in(tenant.record) | secrets_in(tenant.application)
    found |= secrets_in(list(sandbox.state.actors))
    found |= set(sandbox.tokens._tokens)  # every access token the sandbox issued
    # The Basic headers built from them (base64 of user:password) would leak them too.
    pairs = [(credentials.api_key, credentials.api_key)]
    pairs += [(tenant.client_id, tenant.client_secret) for tenant in credentials.tenants]
    found |= {base64.b64encode(f"{user}:{password}".encode()).decode() for user, password in pairs}
    return {secret for secret in found if len(secret) >= 8}


def check_message(error: KimonoError) -> None:
    """The message alone tells what went wrong and on which call."""
    message = str(error)
    if isinstance(error, APIStatusError | ResponseValidationError):
        assert str(error.status_code) in message
        assert f"[{error.method} {error.url}]" in message
    if isinstance(error, APIStatusError):
        assert error.code is None or error.code in message
        assert error.message is None or error.message in message
    if isinstance(error, APIConnectionError):
        assert f"[{error.method} {error.url}]" in message


async def test_no_secret_in_any_repr_str_traceback_or_log(
    serve_sandbox: ServeSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: the SDK, httpx, httpcore, uvicorn
    sandbox, base_url = serve_sandbox(token_ttl=3600)
    credentials = sandbox.credentials
    seen = Corpus()

    account_auth = ApiKey(credentials.api_key)
    async with InteropClient(auth=account_auth, base_url=base_url, max_retries=2) as kimono:
        kimono.shared.sleep = _no_sleep
        seen.see(kimono, account_auth, kimono.with_options(timeout=5))
        infos = [info async for info in kimono.tenants.list()]
        seen.see_all(infos)
        seen.see_all(info.auth for info in infos)
        seen.see_all(info.app_auth for info in infos)
        first_page = await kimono.clouds.list(page_size=2)
        seen.see(first_page, *first_page.items, kimono.clouds.list())
        cloud = first_page.items[0]
        seen.see_all(
            [actor async for actor in kimono.clouds.list_actors(cloud.id, include_credentials=True)]
        )
        seen.see_all([actor async for actor in kimono.actors.list()])

        # Retries (503 twice, then the answer) and errors of every kind.
        sandbox.faults.error(503, operation="listIntegrations", times=2)
        seen.see_all([integration async for integration in kimono.integrations.list()])
        sandbox.faults.error(500, operation="createCloud", times=1)
        await seen.expect(APIStatusError, kimono.clouds.create(name="x"))
        await seen.expect(NotFoundError, kimono.clouds.get(uuid.uuid4()))
        sandbox.faults.malformed("truncated_json", operation="findCloud", times=1)
        await seen.expect(ResponseValidationError, kimono.clouds.get(cloud.id))

        # Every tenant, through the parent's pool: OAuth2 tokens or Basic pairs.
        for info in infos:
            async with kimono.tenant(info) as t:
                seen.see(t, t._core.auth, t.with_options(max_retries=0))
                seen.see(await t.info(), await t.state(), await t.application.get())
                seen.see_all([school async for school in t.scoping.schools.list(page_size=5)])
        # Tokens revoked: every tenant's next call meets a 401 and is replayed once.
        sandbox.faults.expire_tokens()
        for info in infos:
            t = kimono.tenant(info)
            seen.see(await t.info(), await t.rollovers.count())
            cache = getattr(t._core.auth, "cache", None)
            seen.see(cache, cache.current if cache is not None else None)

        # A tenant client of its own, and a bearer-token account client.
        oauth2 = credentials.tenant("oauth2")
        alone_auth = ClientCredentials(oauth2.client_id, oauth2.client_secret)
        async with TenantClient(auth=alone_auth, base_url=base_url) as alone:
            seen.see(alone, alone_auth, await alone.info())
        basic = credentials.tenant("basic")
        basic_auth = BasicCredentials(basic.client_id, basic.client_secret)
        seen.see(basic_auth, await kimono.tenant(basic_auth).state())
        bearer = BearerToken(credentials.account_token)
        async with InteropClient(auth=bearer, base_url=base_url) as by_token:
            seen.see(bearer, by_token, await by_token.clouds.list())

    # Refused credentials: a wrong API key, a wrong client secret at the token endpoint.
    async with InteropClient(auth=ApiKey(WRONG_SECRET), base_url=base_url) as wrong:
        await seen.expect(AuthenticationError, wrong.clouds.list())
    wrong_secret = ClientCredentials(oauth2.client_id, WRONG_SECRET)
    async with TenantClient(auth=wrong_secret, base_url=base_url) as refused:
        seen.see(wrong_secret, refused)
        await seen.expect(AuthenticationError, refused.info())

    seen.texts += [record.getMessage() for record in caplog.records]
    seen.texts += [str(record.args) for record in caplog.records]
    seen.texts.append(caplog.text)
    secrets = all_secrets(sandbox, set())
    # The scan has plenty to find: keys, secrets, app credentials, two tokens per OAuth2 tenant.
    oauth2_tenants = sum(info.auth.type_ == "oauth2" for info in infos)
    assert len(sandbox.tokens._tokens) >= 2 * oauth2_tenants
    assert len(secrets) > 40
    leaks = [
        (secret[:6] + "...", text[:120])
        for secret in secrets
        for text in seen.texts
        if secret in text
    ]
    print(
        f"secrets scan: {len(secrets)} secrets x {len(seen.texts)} texts "
        f"({len(caplog.records)} log records, {len(seen.errors)} errors): {len(leaks)} found"
    )
    assert leaks == []
    assert len(caplog.records) > 100  # the flow was really logged at DEBUG
    for error in seen.errors:
        check_message(error)


async def _no_sleep(seconds: float) -> None:
    del seconds
