"""pytest fixtures for testing code that uses this SDK, against a fresh sandbox per test.

Registered as a `pytest11` entry point, so installing the package makes them available:

    async def test_lists_clouds(kimono_client, kimono_sandbox):
        page = await kimono_client.clouds.list()
        assert len(page.items) == len(kimono_sandbox.state.clouds)

- `kimono_sandbox_options`: override it to configure the sandbox (keyword arguments of
  `Sandbox`, e.g. `{"seed": 7, "size": {"clouds": 500}, "token_ttl": 5}`).
- `kimono_sandbox`: a fresh `Sandbox` per test (state, faults, stats, credentials).
- `kimono_client`: an `InteropClient` authenticated with the sandbox's account API key and
  wired to it in-process (`httpx.ASGITransport`, base URL `http://sandbox.test`), closed after
  the test. It is an async fixture when pytest-asyncio is installed (as it is for this
  project); without pytest-asyncio it is handed out unopened and is not closed (the in-process
  transport holds no sockets).

Everything is imported inside the fixtures: the plugin loads in every pytest run of an
environment with this package, including ones without the `sandbox` extra.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from kimono_interop_client import InteropClient

    from ._sandbox import Sandbox

SANDBOX_BASE_URL = "http://sandbox.test"


@pytest.fixture
def kimono_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for `Sandbox(...)`; override this fixture to change them."""
    return {}


@pytest.fixture
def kimono_sandbox(kimono_sandbox_options: dict[str, Any]) -> Sandbox:
    """A fresh in-memory Kimono Interop sandbox for this test."""
    from ._sandbox import Sandbox

    return Sandbox(**kimono_sandbox_options)


def _client_for(sandbox: Sandbox) -> InteropClient:
    import httpx

    from kimono_interop_client import ApiKey, InteropClient

    return InteropClient(
        auth=ApiKey(sandbox.credentials.api_key),
        base_url=SANDBOX_BASE_URL,
        transport=httpx.ASGITransport(app=sandbox.app),
    )


def _unopened_client(kimono_sandbox: Sandbox) -> InteropClient:
    """An InteropClient for `kimono_sandbox` (unopened: pytest-asyncio is missing)."""
    return _client_for(kimono_sandbox)


async def _open_client(kimono_sandbox: Sandbox) -> AsyncIterator[InteropClient]:
    """An InteropClient for `kimono_sandbox`, in-process, closed after the test."""
    async with _client_for(kimono_sandbox) as client:
        yield client


kimono_client: Any
try:
    import pytest_asyncio
except ImportError:  # pragma: no cover - this project always has pytest-asyncio
    kimono_client = pytest.fixture(name="kimono_client")(_unopened_client)
else:
    kimono_client = pytest_asyncio.fixture(name="kimono_client")(_open_client)
