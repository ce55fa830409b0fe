"""The loopback server: real HTTP on 127.0.0.1 and an ephemeral port; real dropped connections;
the `python -m kimono_interop_client.sandbox` command."""

from __future__ import annotations

import json
import subprocess
import sys

import anyio
import httpx
import pytest
from _sandbox_support import V2

from kimono_interop_client.sandbox import Sandbox
from kimono_interop_client.sandbox.__main__ import describe, main


def test_serves_on_loopback_and_stops() -> None:
    sandbox = Sandbox()
    key = sandbox.credentials.api_key
    with sandbox.serve() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        assert server.port > 0
        response = httpx.get(f"{server.base_url}{V2}/clouds", auth=(key, key), timeout=10)
        assert response.status_code == 200
        assert len(response.json()["data"]) == len(sandbox.state.clouds)
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.base_url}{V2}/clouds", auth=(key, key), timeout=2)


async def test_real_dropped_and_reset_connections() -> None:
    sandbox = Sandbox()
    key = sandbox.credentials.api_key
    with sandbox.serve() as server:
        async with httpx.AsyncClient(base_url=server.base_url, auth=(key, key), timeout=10) as http:
            sandbox.faults.drop(operation="createCloud", times=1)
            with pytest.raises(httpx.TransportError):
                await http.post(f"{V2}/clouds", json={"name": "never"})
            assert sandbox.stats.applied["createCloud"] == 0
            sandbox.faults.reset(operation="createCloud", times=1)
            with pytest.raises(httpx.RemoteProtocolError):
                await http.post(f"{V2}/clouds", json={"name": "half-answered"})
            assert sandbox.stats.applied["createCloud"] == 1
            # The server is still healthy afterwards.
            assert (await http.get(f"{V2}/clouds")).status_code == 200


async def test_a_client_that_times_out_during_latency_still_gets_its_request_applied() -> None:
    sandbox = Sandbox()
    key = sandbox.credentials.api_key
    with sandbox.serve() as server:
        async with httpx.AsyncClient(
            base_url=server.base_url, auth=(key, key), timeout=0.2
        ) as http:
            sandbox.faults.latency(0.6, operation="createCloud", times=1)
            with pytest.raises(httpx.ReadTimeout):
                await http.post(f"{V2}/clouds", json={"name": "late"})
        for _ in range(100):  # bounded wait for the late handler
            if sandbox.stats.applied["createCloud"]:
                break
            await anyio.sleep(0.05)
    assert sandbox.stats.applied["createCloud"] == 1
    assert [c["name"] for c in sandbox.state.clouds if c.get("name") == "late"] == ["late"]


async def test_a_reset_of_an_answer_without_body_breaks_the_connection() -> None:
    sandbox = Sandbox()
    key = sandbox.credentials.api_key
    integration = sandbox.state.integrations.rows()[0]["id"]
    with sandbox.serve() as server:
        async with httpx.AsyncClient(base_url=server.base_url, auth=(key, key), timeout=10) as http:
            sandbox.faults.reset(operation="deleteIntegration", times=1)
            with pytest.raises(httpx.TransportError):
                await http.delete(f"{V2}/integrations/{integration}")
    assert sandbox.stats.applied["deleteIntegration"] == 1


def test_command_line_prints_base_url_and_made_up_credentials() -> None:
    command = [
        sys.executable,
        "-m",
        "kimono_interop_client.sandbox",
        "--port",
        "0",
        "--json",
        "--seed",
        "5",
        "--size",
        "clouds=3",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            announced = json.loads(process.stdout.readline())
            check_announced_server(announced)
        finally:
            process.terminate()
            process.wait(timeout=10)


def check_announced_server(announced: dict[str, str]) -> None:
    assert announced["base_url"].startswith("http://127.0.0.1:")
    key = announced["api_key"]
    assert key == Sandbox(seed=5).credentials.api_key
    response = httpx.get(f"{announced['base_url']}{V2}/clouds", auth=(key, key), timeout=10)
    assert len(response.json()["data"]) == 3


def test_human_readable_banner_lists_every_tenant_and_how_it_authenticates() -> None:
    sandbox = Sandbox()
    banner = describe("http://127.0.0.1:8787", sandbox)
    assert banner.startswith("Kimono Interop sandbox serving on http://127.0.0.1:8787")
    assert sandbox.credentials.api_key in banner  # the sandbox's own made-up key, on purpose
    for tenant in sandbox.credentials.tenants:
        assert tenant.name in banner
        assert f"client_id={tenant.client_id}" in banner


def test_command_line_refuses_bad_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", "0", "--bulk", "clouds=3"]) == 2
    assert "bulk keys" in capsys.readouterr().err
