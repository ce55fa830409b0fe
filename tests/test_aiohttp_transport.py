"""The SDK's behaviours on aiohttp_transport(): auth flows (token, 401 replay), retries,
timeouts, typed errors, cancellation, against a real loopback server (respx cannot stand in
for aiohttp)."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import pytest

pytest.importorskip("httpx_aiohttp")

from kimono_interop_client import (
    APIConnectionError,
    ApiKey,
    APITimeoutError,
    InteropClient,
    NotFoundError,
)
from kimono_interop_client._aiohttp import aiohttp_transport

CLOUD_ID = "6f1c2a9e-0c4b-4d7e-9a51-3b2f8e7d6c5a"
CLOUD = {"id": CLOUD_ID, "name": "North", "account_id": "0b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5a"}
STATE = {"rollover_mode_enabled": True, "synchronization_suspended": False}


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Reply = tuple[int, dict[str, str], bytes] | None  # None: hang up without answering
Handler = Callable[[Request], Awaitable[Reply]]


def reply(status: int, body: object, **headers: str) -> Reply:
    return status, headers, json.dumps(body).encode()


@dataclass
class Loopback:
    """An HTTP/1.1 keep-alive server on 127.0.0.1 that answers with ``handler``."""

    handler: Handler
    requests: list[Request] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method is None or r.method == method]

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                request = Request(method, target.split("?")[0], headers, body)
                self.requests.append(request)
                answer = await self.handler(request)
                if answer is None:
                    return  # the finally block closes the connection
                status, extra, content = answer
                head_lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(content)}"]
                head_lines += ["Content-Type: application/json"]
                head_lines += [f"{k}: {v}" for k, v in extra.items()]
                writer.write(("\r\n".join(head_lines) + "\r\n\r\n").encode() + content)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def loopback() -> AsyncIterator[Callable[[Handler], Awaitable[Loopback]]]:
    servers: list[asyncio.Server] = []

    async def start(handler: Handler) -> Loopback:
        state = Loopback(handler)
        server = await asyncio.start_server(state.serve, "127.0.0.1", 0)
        state.port = server.sockets[0].getsockname()[1]
        servers.append(server)
        return state

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()


def client(url: str, **kwargs: object) -> InteropClient:
    kimono = InteropClient(
        auth=ApiKey("the-api-key"), base_url=url, transport=aiohttp_transport(), **kwargs
    )

    async def no_wait(seconds: float) -> None:
        return None

    kimono.shared.sleep = no_wait
    return kimono


async def test_an_account_call_sends_the_api_key_and_returns_a_typed_model(loopback) -> None:
    async def handler(request: Request) -> Reply:
        return reply(200, {"data": CLOUD})

    server = await loopback(handler)
    async with client(server.url) as kimono:
        cloud = await kimono.clouds.get(CLOUD_ID)

    assert str(cloud.id) == CLOUD_ID
    assert cloud.name == "North"
    expected = "Basic " + base64.b64encode(b"the-api-key:the-api-key").decode()
    assert server.requests[0].headers["authorization"] == expected


async def test_a_tenant_gets_one_token_and_replays_a_401_with_a_fresh_one(loopback) -> None:
    tokens: list[str] = []

    async def handler(request: Request) -> Reply:
        if request.path == "/oauth/token":
            tokens.append(f"token-{len(tokens) + 1}")
            assert b"grant_type=client_credentials" in request.body
            return reply(200, {"access_token": tokens[-1], "token_type": "bearer"})
        if request.headers.get("authorization") == "Bearer token-1" and len(tokens) == 1:
            return reply(401, {"status": 401, "code": "unauthorized", "message": "expired"})
        return reply(200, {"data": STATE})

    server = await loopback(handler)
    async with client(server.url) as kimono:
        tenant = kimono.tenant(("client-1", "secret-1"))
        first = await tenant.state()
        second = await tenant.state()

    assert first.rollover_mode_enabled is True
    assert second.rollover_mode_enabled is True
    assert tokens == ["token-1", "token-2"]
    state_calls = [r for r in server.requests if r.path == "/v2/interop/tenant/state"]
    assert [r.headers["authorization"] for r in state_calls] == [
        "Bearer token-1",
        "Bearer token-2",
        "Bearer token-2",
    ]


async def test_a_cookie_set_for_one_tenant_is_never_sent_for_another(loopback) -> None:
    # aiohttp's session has a cookie jar of its own, beside httpx's.
    async def handler(request: Request) -> Reply:
        if request.path == "/oauth/token":
            return reply(200, {"access_token": "token", "token_type": "bearer"})
        return reply(200, {"data": STATE}, **{"Set-Cookie": "session=of-whoever-came; Path=/"})

    server = await loopback(handler)
    # By name: aiohttp's default jar takes no cookie from a bare IP address.
    async with client(server.url.replace("127.0.0.1", "localhost")) as kimono:
        await kimono.tenant(("tenant-a", "secret-a")).state()
        await kimono.tenant(("tenant-b", "secret-b")).state()
        await kimono.tenant(("tenant-a", "secret-a")).state()

    assert len(server.requests) == 5
    assert [r.headers.get("cookie") for r in server.requests] == [None] * 5


async def test_a_get_is_retried_after_503_and_succeeds(loopback) -> None:
    async def handler(request: Request) -> Reply:
        if len(server.requests) <= 2:
            return reply(
                503, {"status": 503, "code": "busy", "message": "later"}, **{"Retry-After": "0"}
            )
        return reply(200, {"data": CLOUD})

    server = await loopback(handler)
    async with client(server.url, max_retries=2) as kimono:
        cloud = await kimono.clouds.get(CLOUD_ID)

    assert cloud.name == "North"
    assert len(server.requests) == 3


async def test_a_status_error_is_typed_and_carries_kimonos_fields(loopback) -> None:
    async def handler(request: Request) -> Reply:
        return reply(404, {"status": 404, "code": "not_found", "message": "no such cloud"})

    server = await loopback(handler)
    async with client(server.url) as kimono:
        with pytest.raises(NotFoundError) as caught:
            await kimono.clouds.get(CLOUD_ID)

    assert caught.value.status_code == 404
    assert caught.value.code == "not_found"
    assert caught.value.message == "no such cloud"


async def test_a_slow_response_is_a_timeout_error(loopback) -> None:
    async def handler(request: Request) -> Reply:
        await asyncio.sleep(2)
        return reply(200, {"data": CLOUD})

    server = await loopback(handler)
    async with client(server.url, timeout=0.2, max_retries=0) as kimono:
        with pytest.raises(APITimeoutError):
            await kimono.clouds.get(CLOUD_ID)


async def test_a_post_the_server_hung_up_on_is_not_sent_again(loopback) -> None:
    # httpx-aiohttp reports this as ConnectTimeout ("never sent"), which would retry the POST.
    async def handler(request: Request) -> Reply:
        return None

    server = await loopback(handler)
    async with client(server.url, max_retries=3) as kimono:
        with pytest.raises(APIConnectionError) as caught:
            await kimono.clouds.create(name="North")

    assert not isinstance(caught.value, APITimeoutError)
    assert server.paths("POST") == ["/v2/interop/clouds"]


async def test_a_get_on_a_dropped_kept_alive_connection_is_resent_only_by_the_sdk(
    loopback,
) -> None:
    # aiohttp would resend it once by itself (RFC 9112), past max_retries and unlogged.
    async def handler(request: Request) -> Reply:
        if len(server.requests) == 1:
            return reply(200, {"data": CLOUD})  # the connection stays open for the next call
        return None  # hang up on the next request, on that same connection

    server = await loopback(handler)
    async with client(server.url, max_retries=0) as kimono:
        await kimono.clouds.get(CLOUD_ID)
        with pytest.raises(APIConnectionError):
            await kimono.clouds.get(CLOUD_ID)

    assert len(server.requests) == 2


async def test_a_refused_connection_is_a_connection_error_after_the_retries() -> None:
    probe = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    free_port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    url = f"http://127.0.0.1:{free_port}"

    attempts = 0
    async with client(url, max_retries=2) as kimono:

        async def counting_sleep(seconds: float) -> None:
            nonlocal attempts
            attempts += 1

        kimono.shared.sleep = counting_sleep
        with pytest.raises(APIConnectionError):
            await kimono.clouds.get(CLOUD_ID)

    assert attempts == 2  # "not sent": a GET, and even a POST, may be retried


async def test_cancelled_calls_leave_the_pool_usable(loopback) -> None:
    release = asyncio.Event()

    async def handler(request: Request) -> Reply:
        if request.path.endswith("slow"):
            await release.wait()
        return reply(200, {"data": CLOUD})

    server = await loopback(handler)
    transport = aiohttp_transport(limit=4)
    async with InteropClient(auth=ApiKey("k"), base_url=server.url, transport=transport) as kimono:
        for _ in range(3):  # storms of cancelled calls, more than the pool holds
            calls = [asyncio.create_task(kimono.clouds.get(CLOUD_ID)) for _ in range(4)]
            slow = [asyncio.create_task(kimono.call(_slow_endpoint())) for _ in range(8)]
            await asyncio.sleep(0.05)
            for task in calls + slow:
                task.cancel()
            await asyncio.gather(*calls, *slow, return_exceptions=True)
        release.set()
        results = await asyncio.wait_for(
            asyncio.gather(*(kimono.clouds.get(CLOUD_ID) for _ in range(8))), timeout=10
        )

    assert [str(c.id) for c in results] == [CLOUD_ID] * 8


def _slow_endpoint():  # a generated-style endpoint module whose path ends in "slow"
    import types

    module = types.ModuleType("slow_endpoint")

    def _get_kwargs() -> dict[str, object]:
        return {"method": "get", "url": "/v2/interop/slow"}

    module._get_kwargs = _get_kwargs  # type: ignore[attr-defined]
    module._parse_response = lambda *, client, response: None  # type: ignore[attr-defined]
    return module


async def test_the_session_closes_with_the_client(loopback) -> None:
    async def handler(request: Request) -> Reply:
        return reply(200, {"data": CLOUD})

    server = await loopback(handler)
    transport = aiohttp_transport()
    async with InteropClient(auth=ApiKey("k"), base_url=server.url, transport=transport) as kimono:
        await kimono.clouds.get(CLOUD_ID)
        session = transport.client  # type: ignore[attr-defined]
        assert not session.closed

    assert session.closed


def test_the_pool_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="limit"):
        aiohttp_transport(limit=0)


def test_the_factory_is_public_and_importing_the_package_does_not_load_aiohttp() -> None:
    import subprocess
    import sys

    code = (
        "import sys, kimono_interop_client as k\n"
        "assert 'aiohttp' not in sys.modules\n"
        "from kimono_interop_client._aiohttp import aiohttp_transport as private\n"
        "assert k.aiohttp_transport is private and 'aiohttp_transport' in k.__all__\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
