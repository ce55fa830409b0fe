"""Fixtures of the reliability suites: the sandbox served by uvicorn on 127.0.0.1 (real sockets,
an ephemeral port, a background thread), and a retry sleep that records instead of waiting."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _reliability_support import ServeSandbox

from kimono_interop_client.sandbox import Sandbox, ServerHandle


@pytest.fixture
def serve_sandbox() -> Iterator[ServeSandbox]:
    """Start sandboxes on loopback: ``sandbox, base_url = serve_sandbox(**Sandbox kwargs)``.
    Every server started is stopped after the test."""
    servers: list[ServerHandle] = []

    def serve(**options: Any) -> tuple[Sandbox, str]:
        sandbox = Sandbox(**options)
        server = sandbox.serve("127.0.0.1", 0).start()
        servers.append(server)
        return sandbox, server.base_url

    yield serve
    for server in servers:
        server.stop()
