"""The layer's core behaviours hold under both event loops anyio supports: asyncio and trio.

Each test runs the same coroutine with ``anyio.run(..., backend=...)`` for both backends
(sync test functions, so pytest-asyncio's own loop does not get in the way).
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest
from _layer_support import BASE, cloud, clouds_page, token_response

from kimono_interop_client import (
    APITimeoutError,
    ClientCredentials,
    InteropClient,
    NotFoundError,
    PaginationError,
)

BACKENDS = ["asyncio", "trio"]
CLOUD_ID = uuid.uuid4()
CLOUD_PATH = f"/v2/interop/clouds/{CLOUD_ID}"
LIST_PATH = "/v2/interop/clouds"

Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]


def run(backend: str, main: Callable[[], Awaitable[Any]]) -> Any:
    pytest.importorskip(backend)
    return anyio.run(main, backend=backend)


def oauth_client(handler: Handler) -> InteropClient:
    return InteropClient(
        auth=ClientCredentials("cid", "secret"),
        base_url=BASE,
        transport=httpx.MockTransport(handler),
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_calls_on_a_cold_cache_share_one_token_request(backend: str) -> None:
    seen: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/oauth/token":
            await anyio.sleep(0.01)  # the other callers arrive while the token is in flight
            return token_response("T1")
        assert request.headers["authorization"] == "Bearer T1"
        return httpx.Response(200, json={"data": cloud("c", CLOUD_ID)})

    async def main() -> None:
        async with oauth_client(handler) as kimono, anyio.create_task_group() as group:
            for _ in range(200):
                group.start_soon(kimono.clouds.get, CLOUD_ID)

    run(backend, main)
    assert seen.count("/oauth/token") == 1
    assert seen.count(CLOUD_PATH) == 200


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_401_refetches_the_token_and_replays_the_call_once(backend: str) -> None:
    tokens = iter(["OLD", "NEW"])
    sent: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return token_response(next(tokens))
        sent.append(request.headers["authorization"])
        if request.headers["authorization"] == "Bearer OLD":
            return httpx.Response(401, json={"status": 401, "code": "expired"})
        return httpx.Response(200, json={"data": cloud("c", CLOUD_ID)})

    async def main() -> str:
        async with oauth_client(handler) as kimono:
            found = await kimono.clouds.get(CLOUD_ID)
            return str(found.name)

    assert run(backend, main) == "c"
    assert sent == ["Bearer OLD", "Bearer NEW"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_get_is_retried_after_503_and_a_post_is_not_after_500(backend: str) -> None:
    calls = {"GET": 0, "POST": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return token_response("T")
        calls[request.method] += 1
        if request.method == "GET" and calls["GET"] < 3:
            return httpx.Response(503, headers={"Retry-After": "0"})
        if request.method == "POST":
            return httpx.Response(500, json={"status": 500, "code": "boom", "message": "m"})
        return httpx.Response(200, json={"data": cloud("c", CLOUD_ID)})

    async def main() -> str:
        async with oauth_client(handler) as kimono:
            found = await kimono.clouds.get(CLOUD_ID)
            with pytest.raises(Exception, match="500") as raised:
                await kimono.clouds.create(name="once")
            assert type(raised.value).__name__ == "InternalServerError"
            return str(found.name)

    assert run(backend, main) == "c"
    assert calls == {"GET": 3, "POST": 1}


@pytest.mark.parametrize("backend", BACKENDS)
def test_status_errors_carry_kimono_fields(backend: str) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return token_response("T")
        body = {"status": 404, "code": "not_found", "message": "no such cloud"}
        return httpx.Response(404, json=body)

    async def main() -> NotFoundError:
        async with oauth_client(handler) as kimono:
            with pytest.raises(NotFoundError) as raised:
                await kimono.clouds.get(CLOUD_ID)
            return raised.value

    error = run(backend, main)
    assert (error.status_code, error.code, error.message) == (404, "not_found", "no such cloud")


@pytest.mark.parametrize("backend", BACKENDS)
def test_pagination_follows_paging_next_and_stops_a_repeating_server(backend: str) -> None:
    pages = {
        "0": clouds_page([cloud("a"), None], "1"),
        "1": clouds_page([cloud("b")], "2"),
        "2": clouds_page([cloud("c")], None),
    }
    stuck = clouds_page([cloud("same", CLOUD_ID)], "more")

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return token_response("T")
        if request.url.params.get("name") == "stuck":  # a server that ignores `page`
            return httpx.Response(200, json=stuck)
        return httpx.Response(200, json=pages[request.url.params.get("page", "0")])

    async def main() -> list[str]:
        async with oauth_client(handler) as kimono:
            names = [str(item.name) async for item in kimono.clouds.list(page_size=2)]
            with pytest.raises(PaginationError):
                async for _ in kimono.clouds.search(name="stuck"):
                    pass
            return names

    assert run(backend, main) == ["a", "b", "c"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_timeouts_are_typed_and_cancelled_calls_leave_the_client_usable(backend: str) -> None:
    slow = True

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return token_response("T")
        if request.url.path == LIST_PATH:
            raise httpx.ReadTimeout("no answer", request=request)
        if slow:
            await anyio.sleep(10)
        return httpx.Response(200, json={"data": cloud("c", CLOUD_ID)})

    async def main() -> str:
        nonlocal slow
        async with oauth_client(handler) as kimono:
            with pytest.raises(APITimeoutError):
                await kimono.with_options(max_retries=0).clouds.list()
            with anyio.move_on_after(0.05) as scope:
                async with anyio.create_task_group() as group:
                    for _ in range(50):
                        group.start_soon(kimono.clouds.get, CLOUD_ID)
            assert scope.cancelled_caught
            slow = False
            found = await kimono.clouds.get(CLOUD_ID)
            return str(found.name)

    assert run(backend, main) == "c"
