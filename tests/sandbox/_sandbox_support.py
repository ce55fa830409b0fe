"""Helpers of the sandbox tests: a raw HTTP client that knows the sandbox's credentials.

These tests speak plain HTTP on purpose (not the SDK): they specify the sandbox itself.
"""

from __future__ import annotations

from typing import Any

import httpx

from kimono_interop_client.sandbox import Sandbox, TenantCredentials

BASE = "http://sandbox.test"
V2 = "/v2/interop"


class Api:
    """A raw HTTP client that knows the sandbox's credentials."""

    def __init__(self, sandbox: Sandbox, http: httpx.AsyncClient) -> None:
        self.sb = sandbox
        self.http = http
        self._tokens: dict[str, str] = {}

    @property
    def key_auth(self) -> tuple[str, str]:
        key = self.sb.credentials.api_key
        return key, key

    async def account(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return await self.http.request(method, path, auth=self.key_auth, **kwargs)

    async def token(self, tenant: TenantCredentials) -> str:
        response = await self.http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": tenant.client_id,
                "client_secret": tenant.client_secret,
            },
        )
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])

    async def tenant(
        self, tenant: TenantCredentials, method: str, path: str, **kwargs: Any
    ) -> httpx.Response:
        """A call as `tenant`: a (cached) token for oauth2 actors, HTTP Basic for basic ones."""
        if tenant.auth_type == "basic":
            return await self.http.request(
                method, path, auth=(tenant.client_id, tenant.client_secret), **kwargs
            )
        if tenant.client_id not in self._tokens:
            self._tokens[tenant.client_id] = await self.token(tenant)
        headers = {"Authorization": f"Bearer {self._tokens[tenant.client_id]}"}
        return await self.http.request(method, path, headers=headers, **kwargs)


def assert_kimono_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"status", "code", "message", "ext_message", "details"}
    assert body["status"] == status
    assert body["message"]
    return body  # type: ignore[no-any-return]
