"""The examples in examples/ work against the sandbox, as a user would run them."""

from __future__ import annotations

import importlib.util
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio.lowlevel
import httpx
import pytest

from kimono_interop_client import ApiKey, InteropClient
from kimono_interop_client.sandbox import Sandbox

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def load_example(name: str) -> ModuleType:
    """Import examples/<name>.py (examples/ is not a package: users run the files)."""
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and pydantic resolve annotations through it
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fastapi_app() -> Iterator[ModuleType]:
    yield load_example("fastapi_app")
    sys.modules.pop("example_fastapi_app", None)


@pytest.fixture(scope="module")
def driver() -> Iterator[ModuleType]:
    yield load_example("multi_tenant_driver")
    sys.modules.pop("example_multi_tenant_driver", None)


def sandbox_client(sandbox: Sandbox) -> InteropClient:
    return InteropClient(
        auth=ApiKey(sandbox.credentials.api_key),
        base_url="http://sandbox.test",
        transport=httpx.ASGITransport(app=sandbox.app),
    )


def suspended_ids(sandbox: Sandbox) -> set[str]:
    return {
        tenant.id
        for tenant in sandbox.state.tenants.values()
        if tenant.state["synchronization_suspended"]
    }


# ---- examples/fastapi_app.py ------------------------------------------------------------------


class TestFastAPIApp:
    async def serve(
        self, fastapi_app: ModuleType, sandbox: Sandbox, *paths: str
    ) -> tuple[list[httpx.Response], list[InteropClient]]:
        """Run the app's lifespan around some GETs; returns the answers and the clients made."""
        made: list[InteropClient] = []

        def make_client() -> InteropClient:
            made.append(sandbox_client(sandbox))
            return made[-1]

        app = fastapi_app.create_app(make_client)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://app.test") as http:
                answers = [await http.get(path) for path in paths]
            assert all(not client.is_closed for client in made)
        return answers, made

    async def test_lists_the_scoping_schools_of_a_tenant(
        self, fastapi_app: ModuleType, kimono_sandbox: Sandbox
    ) -> None:
        tenant = kimono_sandbox.credentials.tenants[0]
        schools = kimono_sandbox.state.tenants[tenant.tenant_id].schools
        (answer,), _ = await self.serve(
            fastapi_app, kimono_sandbox, f"/tenants/{tenant.tenant_id}/schools"
        )
        assert answer.status_code == 200
        body: list[dict[str, Any]] = answer.json()
        assert sorted(school["id"] for school in body) == sorted(s["id"] for s in schools)
        assert {school["name"] for school in body} == {s["name"] for s in schools}
        assert set(body[0]) == {"id", "name", "local_id", "selected"}

    async def test_one_client_serves_every_request_and_shutdown_closes_it(
        self, fastapi_app: ModuleType, kimono_sandbox: Sandbox
    ) -> None:
        # Tenants of both auth types (oauth2 and basic) go through the same shared client.
        paths = [f"/tenants/{t.tenant_id}/schools" for t in kimono_sandbox.credentials.tenants]
        answers, made = await self.serve(fastapi_app, kimono_sandbox, *paths)
        assert [answer.status_code for answer in answers] == [200] * len(paths)
        assert len(made) == 1
        assert made[0].is_closed

    async def test_an_unknown_tenant_is_a_404(
        self, fastapi_app: ModuleType, kimono_sandbox: Sandbox
    ) -> None:
        (answer,), _ = await self.serve(
            fastapi_app, kimono_sandbox, f"/tenants/{uuid.uuid4()}/schools"
        )
        assert answer.status_code == 404

    async def test_a_kimono_failure_is_a_502_without_internals(
        self, fastapi_app: ModuleType, kimono_sandbox: Sandbox
    ) -> None:
        kimono_sandbox.faults.error(403, operation="listScopingSchools")
        tenant = kimono_sandbox.credentials.tenants[0]
        (answer,), _ = await self.serve(
            fastapi_app, kimono_sandbox, f"/tenants/{tenant.tenant_id}/schools"
        )
        assert answer.status_code == 502
        assert answer.json() == {"detail": "PermissionDeniedError"}
        assert tenant.client_secret not in answer.text


# ---- examples/multi_tenant_driver.py --------------------------------------------------------


class TestMultiTenantDriver:
    async def test_visits_every_tenant_and_skips_suspended_ones(
        self, driver: ModuleType, kimono_sandbox: Sandbox, kimono_client: InteropClient
    ) -> None:
        (reports,) = await driver.main(kimono_client, rounds=1, concurrency=3)
        outcomes = {report.tenant_id: report.outcome for report in reports}
        suspended = suspended_ids(kimono_sandbox)
        assert suspended, "the seed suspends some tenants"
        assert set(outcomes) == set(kimono_sandbox.state.tenants)
        for tenant_id, outcome in outcomes.items():
            expected = driver.Outcome.SUSPENDED if tenant_id in suspended else driver.Outcome.SYNCED
            assert outcome is expected, tenant_id
        # A suspended tenant's application is never read.
        applications = kimono_sandbox.stats.count("GET", "/v2/interop/tenant/application")
        assert applications == len(outcomes) - len(suspended)

    async def test_later_rounds_read_applications_from_the_cache(
        self, driver: ModuleType, kimono_sandbox: Sandbox, kimono_client: InteropClient
    ) -> None:
        history = await driver.main(kimono_client, rounds=3, interval=0, concurrency=4)
        assert len(history) == 3
        synced = len(kimono_sandbox.state.tenants) - len(suspended_ids(kimono_sandbox))
        assert kimono_sandbox.stats.count("GET", "/v2/interop/tenant/application") == synced
        assert kimono_sandbox.stats.count("GET", "/v2/interop/tenant/state") == 3 * len(
            kimono_sandbox.state.tenants
        )

    @pytest.mark.parametrize("kimono_sandbox_options", [{"size": {"tenants": 12}}])
    async def test_no_more_tenants_in_flight_than_the_concurrency(
        self,
        driver: ModuleType,
        kimono_client: InteropClient,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        in_flight, peak = 0, 0
        real_visit = driver.visit

        async def watched_visit(kimono: InteropClient, info: Any) -> Any:
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)
            try:
                for _ in range(3):  # hold the slot across a few scheduling rounds
                    await anyio.lowlevel.checkpoint()
                return await real_visit(kimono, info)
            finally:
                in_flight -= 1

        monkeypatch.setattr(driver, "visit", watched_visit)
        (reports,) = await driver.main(kimono_client, rounds=1, concurrency=3)
        assert len(reports) == 12
        assert peak == 3

    async def test_one_failing_tenant_does_not_stop_the_others(
        self, driver: ModuleType, kimono_sandbox: Sandbox, kimono_client: InteropClient
    ) -> None:
        kimono_sandbox.faults.error(403, operation="getTenantState", times=1)
        (reports,) = await driver.main(kimono_client, rounds=1, concurrency=1)
        failed = [report for report in reports if report.outcome is driver.Outcome.FAILED]
        assert len(failed) == 1
        assert failed[0].error == "PermissionDeniedError"
        assert len(reports) == len(kimono_sandbox.state.tenants)
