"""Fixtures of the sandbox tests: a fresh sandbox and a raw httpx client wired to it in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from _sandbox_support import BASE, Api

from kimono_interop_client.sandbox import Sandbox, TenantCredentials


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    return {}


@pytest.fixture
def sb(sandbox_options: dict[str, Any]) -> Sandbox:
    return Sandbox(**sandbox_options)


@pytest.fixture
async def api(sb: Sandbox) -> AsyncIterator[Api]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sb.app), base_url=BASE) as http:
        yield Api(sb, http)


@pytest.fixture
def oauth_tenant(sb: Sandbox) -> TenantCredentials:
    return sb.credentials.tenant("oauth2")


@pytest.fixture
def basic_tenant(sb: Sandbox) -> TenantCredentials:
    return sb.credentials.tenant("basic")


@pytest.fixture(params=["oauth2", "basic"])
def any_tenant(request: pytest.FixtureRequest, sb: Sandbox) -> TenantCredentials:
    """Each tenant test runs twice: as an OAuth2 actor and as a Basic actor."""
    return sb.credentials.tenant(request.param)
