"""The clients: configuration, options, lifecycle, logging, import cost, and the pool surviving
cancellation storms (encode/httpcore#1093)."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator

import anyio
import httpcore
import httpx
import pytest
import respx
from _layer_support import BASE, FakeClock, bearer, client, cloud, token_response
from httpcore._async.connection_pool import AsyncPoolRequest

from kimono_interop_client import (
    ApiKey,
    ClientClosedError,
    ClientCredentials,
    InteropClient,
    InvalidInputError,
    TenantClient,
)
from kimono_interop_client import _config as config
from kimono_interop_client._client import DEFAULT_BASE_URL
from kimono_interop_client._generated.api.clouds import find_cloud, list_clouds
from kimono_interop_client._pool_repair import (
    connection_pool,
    orphans,
    reclaim_orphans,
    repair,
    snapshot,
)

CLOUD_ID = uuid.uuid4()
CLOUD_PATH = f"/v2/interop/clouds/{CLOUD_ID}"
FOUND = httpx.Response(200, json={"data": cloud("c", CLOUD_ID)})
ENV = (
    "KIMONO_BASE_URL",
    "KIMONO_API_KEY",
    "KIMONO_CLIENT_ID",
    "KIMONO_CLIENT_SECRET",
    "KIMONO_LOG",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


class TestConfiguration:
    async def test_defaults(self) -> None:
        async with InteropClient() as kimono:
            assert kimono.base_url == DEFAULT_BASE_URL == "https://api.us2.kimonocloud.com"
            options = kimono._core.options
            assert options.timeout == httpx.Timeout(30.0, connect=5.0)
            assert options.max_retries == 2

    async def test_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("KIMONO_BASE_URL", "https://env.test")
        monkeypatch.setenv("KIMONO_API_KEY", "envkey")
        with respx.mock(base_url="https://env.test") as mock:
            route = mock.get(CLOUD_PATH).mock(return_value=FOUND)
            async with InteropClient() as kimono:
                await kimono.call(find_cloud, CLOUD_ID)
        expected = "Basic " + base64.b64encode(b"envkey:envkey").decode()
        assert route.calls.last.request.headers["authorization"] == expected

    async def test_explicit_arguments_win(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("KIMONO_BASE_URL", "https://env.test")
        monkeypatch.setenv("KIMONO_API_KEY", "envkey")
        with respx.mock(base_url=BASE) as mock:
            route = mock.get(CLOUD_PATH).mock(return_value=FOUND)
            async with InteropClient(auth=ApiKey("mine"), base_url=BASE) as kimono:
                await kimono.call(find_cloud, CLOUD_ID)
        expected = "Basic " + base64.b64encode(b"mine:mine").decode()
        assert route.calls.last.request.headers["authorization"] == expected

    async def test_client_credentials_from_the_environment(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("KIMONO_CLIENT_ID", "cid")
        monkeypatch.setenv("KIMONO_CLIENT_SECRET", "csecret")
        with respx.mock(base_url=BASE) as mock:
            mock.post("/oauth/token").mock(return_value=token_response("T"))
            route = mock.get(CLOUD_PATH).mock(return_value=FOUND)
            async with TenantClient(base_url=BASE) as tenant:
                await tenant.call(find_cloud, CLOUD_ID)
        assert bearer(route.calls.last.request) == "T"

    def test_base_url_must_be_http(self) -> None:
        with pytest.raises(ValueError, match="base_url"):
            InteropClient(base_url="kimono.test")

    def test_kimono_log_debug_attaches_a_handler(self, monkeypatch: pytest.MonkeyPatch) -> None:
        logger = logging.getLogger("kimono_interop_client")
        monkeypatch.setattr(config, "_debug_handler", None)
        monkeypatch.setattr(logger, "handlers", [])
        monkeypatch.setattr(logger, "level", logging.NOTSET)
        monkeypatch.setenv("KIMONO_LOG", "debug")
        InteropClient()
        InteropClient()
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == 1


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
class TestOptions:
    async def test_with_options_shares_the_pool_and_changes_nothing(
        self, respx_mock: respx.MockRouter
    ) -> None:
        route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
        kimono, _ = client(headers={"X-App": "demo"})
        async with kimono:
            fast = kimono.with_options(timeout=2.5, max_retries=0, headers={"X-Trace": "t1"})
            assert fast.shared is kimono.shared
            assert fast.shared.http is kimono.shared.http
            await fast.call(find_cloud, CLOUD_ID)
            await kimono.call(find_cloud, CLOUD_ID)
        copy_request, original_request = (call.request for call in route.calls)
        assert copy_request.extensions["timeout"]["read"] == 2.5
        assert original_request.extensions["timeout"]["read"] == 30.0
        assert copy_request.headers["x-trace"] == "t1"
        assert "x-trace" not in original_request.headers
        assert copy_request.headers["x-app"] == original_request.headers["x-app"] == "demo"
        assert original_request.headers["user-agent"].startswith("kimono-interop-client/")
        assert kimono._core.options.max_retries == 2

    async def test_generated_client_headers_are_never_used(
        self, respx_mock: respx.MockRouter
    ) -> None:
        # Guard against a regression to the generated Client.with_headers, which mutates
        # the shared httpx client: the shared client's own headers stay untouched.
        respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
        kimono, _ = client()
        async with kimono:
            before = dict(kimono.shared.http.headers)
            await kimono.with_options(headers={"X-Once": "1"}).call(find_cloud, CLOUD_ID)
            assert dict(kimono.shared.http.headers) == before


APPLICATION_PATH = "/v2/interop/tenant/application"
APPLICATION = httpx.Response(200, json={"data": {"auth_state_pending": "updating"}})


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
class TestApplicationCacheTtl:
    async def test_defaults_to_five_minutes(self, respx_mock: respx.MockRouter) -> None:
        route = respx_mock.get(APPLICATION_PATH).mock(return_value=APPLICATION)
        kimono, _ = client()
        clock = FakeClock()
        kimono.shared.clock = clock
        async with kimono:
            tenant = kimono.tenant(("cid", "secret"))
            respx_mock.post("/oauth/token").mock(return_value=token_response("T"))
            assert tenant.application.ttl == 300.0
            await tenant.application.get()
            clock.advance(299.0)
            await tenant.application.get()
            assert route.call_count == 1
            clock.advance(1.0)
            await tenant.application.get()
            assert route.call_count == 2

    async def test_an_interop_clients_ttl_applies_to_its_tenant_contexts(
        self, respx_mock: respx.MockRouter
    ) -> None:
        respx_mock.post("/oauth/token").mock(return_value=token_response("T"))
        route = respx_mock.get(APPLICATION_PATH).mock(return_value=APPLICATION)
        kimono, _ = client(application_cache_ttl=10.0)
        clock = FakeClock()
        kimono.shared.clock = clock
        async with kimono:
            tenant = kimono.tenant(("cid", "secret"))
            assert tenant.application.ttl == 10.0
            assert tenant.with_options(max_retries=0).application.ttl == 10.0
            await tenant.application.get()
            clock.advance(9.5)
            await tenant.application.get()
            assert route.call_count == 1
            clock.advance(0.5)
            await tenant.application.get()
            assert route.call_count == 2

    async def test_a_tenant_client_takes_one_too(self, respx_mock: respx.MockRouter) -> None:
        route = respx_mock.get(APPLICATION_PATH).mock(return_value=APPLICATION)
        tenant = TenantClient(auth=ApiKey("k"), base_url=BASE, application_cache_ttl=0)
        async with tenant:
            assert tenant.application.ttl == 0.0
            await tenant.application.get()
            await tenant.application.get()  # a ttl of 0 caches nothing
        assert route.call_count == 2

    @pytest.mark.parametrize("ttl", [-1, float("nan"), True, "300"])
    def test_must_be_a_number_of_seconds(self, ttl: object) -> None:
        with pytest.raises(InvalidInputError, match="application_cache_ttl"):
            InteropClient(base_url=BASE, application_cache_ttl=ttl)  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError, match="application_cache_ttl"):
            TenantClient(base_url=BASE, application_cache_ttl=ttl)  # type: ignore[arg-type]


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
class TestLifecycle:
    async def test_closing_twice_is_harmless_and_use_after_close_raises(
        self, respx_mock: respx.MockRouter
    ) -> None:
        respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
        kimono, _ = client()
        await kimono.aclose()
        await kimono.aclose()
        assert kimono.is_closed
        assert kimono.shared.http.is_closed
        with pytest.raises(ClientClosedError):
            await kimono.call(find_cloud, CLOUD_ID)
        with pytest.raises(ClientClosedError):
            async with kimono:
                pass

    async def test_a_users_http_client_is_not_closed(self, respx_mock: respx.MockRouter) -> None:
        respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
        async with httpx.AsyncClient() as mine:
            async with InteropClient(base_url=BASE, http_client=mine) as kimono:
                await kimono.call(find_cloud, CLOUD_ID)
            assert not mine.is_closed
            with pytest.raises(ClientClosedError):
                await kimono.call(find_cloud, CLOUD_ID)

    async def test_a_users_http_client_base_url_is_used(self, respx_mock: respx.MockRouter) -> None:
        route = respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
        async with (
            httpx.AsyncClient(base_url=BASE) as mine,
            InteropClient(http_client=mine) as kimono,
        ):
            await kimono.call(find_cloud, CLOUD_ID)
        assert route.call_count == 1

    async def test_copies_and_tenant_contexts_never_close_the_shared_pool(
        self, respx_mock: respx.MockRouter
    ) -> None:
        respx_mock.get(CLOUD_PATH).mock(return_value=FOUND)
        kimono, _ = client()
        async with kimono:
            async with kimono.tenant(("cid", "secret")) as tenant:
                pass
            async with kimono.with_options(max_retries=0) as copy:
                pass
            assert not kimono.shared.http.is_closed
            await kimono.call(find_cloud, CLOUD_ID)
            with pytest.raises(ClientClosedError):
                await tenant.call(find_cloud, CLOUD_ID)
            with pytest.raises(ClientClosedError):
                await copy.call(find_cloud, CLOUD_ID)

    async def test_closing_the_parent_closes_its_tenant_contexts(
        self, respx_mock: respx.MockRouter
    ) -> None:
        kimono, _ = client()
        tenant = kimono.tenant(("cid", "secret"))
        await kimono.aclose()
        with pytest.raises(ClientClosedError):
            await tenant.call(find_cloud, CLOUD_ID)

    async def test_a_standalone_tenant_client_owns_its_pool(self) -> None:
        tenant = TenantClient(auth=ApiKey("k"), base_url=BASE)
        await tenant.aclose()
        assert tenant.shared.http.is_closed


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
async def test_debug_log_has_method_path_status_elapsed_and_retries(
    respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    respx_mock.get(CLOUD_PATH).mock(side_effect=[httpx.Response(503), FOUND])
    kimono, _ = client()
    caplog.set_level(logging.DEBUG, logger="kimono_interop_client")
    async with kimono:
        await kimono.call(find_cloud, CLOUD_ID)
    messages = [record.getMessage() for record in caplog.records]
    assert any(f"GET {CLOUD_PATH} -> 503 in " in message for message in messages)
    assert any(f"GET {CLOUD_PATH} -> 200 in " in message for message in messages)
    assert any("retry 1 of 2" in message and "status 503" in message for message in messages)
    assert all(record.name == "kimono_interop_client" for record in caplog.records)


def test_models_are_public() -> None:
    from kimono_interop_client import models
    from kimono_interop_client._generated.models.tenant_info import TenantInfo

    assert models.TenantInfo is TenantInfo
    assert {"Cloud", "Paging", "Error", "UNSET", "Unset"} <= set(models.__all__)


def test_importing_the_package_loads_no_endpoint_modules_or_models() -> None:
    probe = (
        "import sys, kimono_interop_client as k; "
        "k.InteropClient, k.ApiKey, k.KimonoError, k.AsyncPaginator; "
        "print(sorted(m for m in sys.modules if m.startswith('kimono_interop_client._generated')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    assert loaded.strip() == "[]"
    timing = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import kimono_interop_client"],
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    assert "_generated" not in timing


# --- the pool survives cancellation storms (encode/httpcore#1093) -----------------------


class SlowServer:
    """A keep-alive HTTP/1.1 server on 127.0.0.1 that holds every answer until released."""

    def __init__(self, saturation: int = 10) -> None:
        self.release = asyncio.Event()
        self.saturated = asyncio.Event()  # set once `saturation` requests are held at once
        self.saturation = saturation
        self.in_flight = 0
        self.handlers: set[asyncio.Task[None]] = set()
        self.server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.handlers.add(task)
        body = json.dumps({"data": cloud("c", CLOUD_ID)}).encode()
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                self.in_flight += 1
                if self.in_flight >= self.saturation:
                    self.saturated.set()
                await self.release.wait()
                self.in_flight -= 1
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
            self.handlers.discard(task)

    async def __aenter__(self) -> SlowServer:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.release.set()
        self.server.close()
        await self.server.wait_closed()
        for task in list(self.handlers):
            task.cancel()
        await asyncio.gather(*self.handlers, return_exceptions=True)


@pytest.fixture
async def slow_server() -> AsyncIterator[SlowServer]:
    async with SlowServer() as server:
        yield server


async def cancel_storm(kimono: InteropClient, calls: int, yields: int) -> None:
    """Start `calls` calls, let them run for `yields` scheduler turns, cancel them all."""
    tasks = [asyncio.create_task(kimono.call(find_cloud, CLOUD_ID)) for _ in range(calls)]
    for _ in range(yields):
        await asyncio.sleep(0)
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    # Each call was cancelled or had already finished; none failed (no PoolTimeout).
    failures = [r for r in results if isinstance(r, BaseException)]
    assert all(isinstance(failure, asyncio.CancelledError) for failure in failures)


async def test_cancelled_calls_do_not_leak_pool_slots(slow_server: SlowServer) -> None:
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
    timeout = httpx.Timeout(10.0, pool=5.0)
    async with InteropClient(
        base_url=slow_server.url, limits=limits, timeout=timeout, max_retries=0
    ) as kimono:
        pool = connection_pool(kimono.shared.http)
        assert pool is not None
        # 500 calls while every answer is held: 10 in flight, 490 waiting; cancel them all.
        tasks = [asyncio.create_task(kimono.call(find_cloud, CLOUD_ID)) for _ in range(500)]
        with anyio.fail_after(10):
            await slow_server.saturated.wait()
        assert slow_server.in_flight == 10
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        # Then storms that cancel calls at every stage: queued, connecting, sending, reading.
        slow_server.release.set()
        for yields in range(60):
            await cancel_storm(kimono, calls=100, yields=yields)
        assert orphans(pool) == []
        assert pool.connections == [] or all(c.is_idle() for c in pool.connections)
        with anyio.fail_after(30):
            found = await asyncio.gather(*(kimono.call(find_cloud, CLOUD_ID) for _ in range(50)))
    assert {item.id for item in found} == {CLOUD_ID}


async def test_orphaned_connections_are_reclaimed() -> None:
    # The shape httpcore leaves behind (encode/httpcore#1099): a connection in the pool that
    # no request owns and that is neither idle, closed nor available.
    async with httpx.AsyncClient() as http:
        pool = connection_pool(http)
        assert pool is not None
        orphan = pool.create_connection(httpcore.URL("http://127.0.0.1:9").origin)
        pool._connections.append(orphan)
        assert orphans(pool) == [orphan]
        assert await reclaim_orphans(pool) == 1
        assert pool.connections == []
        assert await reclaim_orphans(pool) == 0


class CountingTransport(httpx.AsyncBaseTransport):
    """A user's wrapper around httpx's own transport (to count or log requests)."""

    def __init__(self, inner: httpx.AsyncHTTPTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)


async def test_the_pool_is_found_beneath_a_wrapping_transport() -> None:
    inner = httpx.AsyncHTTPTransport()
    async with InteropClient(base_url=BASE, transport=CountingTransport(inner)) as kimono:
        assert kimono.shared.pool is inner._pool
        assert kimono.shared.slots is not None  # so the pool is protected as by default
    async with InteropClient(base_url=BASE, transport=httpx.MockTransport(print)) as kimono:
        assert kimono.shared.pool is None
        assert kimono.shared.slots is None  # nothing of httpcore's to protect


async def test_a_request_a_cut_short_clean_up_left_in_the_pool_is_removed() -> None:
    # What a native cancellation inside httpcore's clean-up after a response leaves behind:
    # the call's request still in the pool, owning a connection that stays busy for good.
    async with httpx.AsyncClient() as http:
        pool = connection_pool(http)
        assert pool is not None
        before = snapshot(pool)
        request = http.build_request("GET", "http://127.0.0.1:9/x")
        other = http.build_request("GET", "http://127.0.0.1:9/y")
        stuck = pool.create_connection(httpcore.URL("http://127.0.0.1:9").origin)
        busy = pool.create_connection(httpcore.URL("http://127.0.0.1:9").origin)
        entries = [
            AsyncPoolRequest(
                httpcore.Request("GET", "http://127.0.0.1:9/x", extensions=r.extensions)
            )
            for r in (request, other)
        ]
        for entry, connection in zip(entries, (stuck, busy), strict=True):
            entry.assign_to_connection(connection)
            pool._requests.append(entry)
            pool._connections.append(connection)
        assert orphans(pool) == []  # owned, so the orphan sweep alone would never free it
        await repair(pool, request, before)
        assert pool._requests == [entries[1]]  # another call's request is left alone
        assert pool.connections == [busy]


class FakeConnection:
    """A connection the pool took out to close; records whether it was closed."""

    def __init__(self) -> None:
        self.closed = False

    def is_closed(self) -> bool:
        return self.closed

    def is_idle(self) -> bool:
        return not self.closed

    def is_available(self) -> bool:
        return False

    async def aclose(self) -> None:
        self.closed = True


async def test_connections_the_pool_dropped_but_did_not_close_are_closed() -> None:
    # A native cancellation can also cut short the closing of connections the pool has
    # already taken out (expired or surplus idle ones): their sockets would stay open.
    async with httpx.AsyncClient() as http:
        pool = connection_pool(http)
        assert pool is not None
        kept, dropped, closed = FakeConnection(), FakeConnection(), FakeConnection()
        closed.closed = True
        pool._connections.append(kept)  # type: ignore[arg-type]
        before = [*snapshot(pool), dropped, closed]  # type: ignore[list-item]
        request = http.build_request("GET", "http://127.0.0.1:9/x")
        await repair(pool, request, before)
        assert dropped.closed
        assert not kept.closed
        pool._connections.clear()


def test_the_client_runs_under_trio() -> None:
    trio = pytest.importorskip("trio")
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/oauth/token":
            return token_response("T")
        if request.url.path == CLOUD_PATH:
            return FOUND
        return httpx.Response(200, json={"data": [cloud("a")], "paging": {"next": None}})

    async def main() -> list[str]:
        auth = ClientCredentials("cid", "s")
        transport = httpx.MockTransport(handler)
        async with InteropClient(auth=auth, base_url=BASE, transport=transport) as kimono:
            async with trio.open_nursery() as nursery:
                for _ in range(50):
                    nursery.start_soon(kimono.call, find_cloud, CLOUD_ID)
            listed = kimono.paginate(list_clouds, prefetch=2)  # no asyncio: pages in sequence
            return [item.name async for item in listed]

    assert trio.run(main) == ["a"]
    assert seen.count("/oauth/token") == 1
    assert seen.count(CLOUD_PATH) == 50
