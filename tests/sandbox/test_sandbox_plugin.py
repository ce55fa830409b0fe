"""The pytest plugin (a pytest11 entry point): `kimono_sandbox`, `kimono_client` and the
`kimono_sandbox_options` override, used exactly as a user's test would."""

from __future__ import annotations

from typing import Any

import pytest

from kimono_interop_client import InteropClient, NotFoundError
from kimono_interop_client.sandbox import Sandbox
from kimono_interop_client.sandbox.pytest_plugin import SANDBOX_BASE_URL


async def test_kimono_client_talks_to_kimono_sandbox(
    kimono_client: InteropClient, kimono_sandbox: Sandbox
) -> None:
    page = await kimono_client.clouds.list()
    assert [str(cloud.id) for cloud in page.items] == [c["id"] for c in kimono_sandbox.state.clouds]
    assert kimono_client.base_url.rstrip("/") == SANDBOX_BASE_URL
    assert kimono_sandbox.stats.count("GET", "/v2/interop/clouds") == 1


async def test_each_test_gets_a_fresh_sandbox_part_one(
    kimono_client: InteropClient, kimono_sandbox: Sandbox
) -> None:
    await kimono_client.clouds.create(name="only in this test")
    assert any(c.get("name") == "only in this test" for c in kimono_sandbox.state.clouds)


async def test_each_test_gets_a_fresh_sandbox_part_two(kimono_sandbox: Sandbox) -> None:
    assert not any(c.get("name") == "only in this test" for c in kimono_sandbox.state.clouds)


async def test_faults_reach_the_client(
    kimono_client: InteropClient, kimono_sandbox: Sandbox
) -> None:
    kimono_sandbox.faults.error(404, operation="listClouds", times=1)
    with pytest.raises(NotFoundError):
        await kimono_client.clouds.list()


class TestOptions:
    @pytest.fixture
    def kimono_sandbox_options(self) -> dict[str, Any]:
        return {"seed": 9, "size": {"clouds": 3}, "max_page_size": 2}

    async def test_options_configure_the_sandbox(
        self, kimono_client: InteropClient, kimono_sandbox: Sandbox
    ) -> None:
        assert kimono_sandbox.seed == 9
        page = await kimono_client.clouds.list()
        assert len(page.items) == 2
        assert page.has_next_page()
        assert len([c async for c in kimono_client.clouds.list()]) == 3
