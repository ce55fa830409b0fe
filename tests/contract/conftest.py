"""Fixtures of the contract suite: Prism (@stoplight/prism-cli from package-lock.json) serving
openapi/interop.yaml on 127.0.0.1, an ephemeral port, request validation on."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi" / "interop.yaml"
START_TIMEOUT = 90.0  # Prism takes ~10 s to start on a quiet machine

# The table of the 51 operations lives with the reliability suites, which share it.
sys.path.insert(0, str(ROOT / "tests" / "reliability"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _wait_until_serving(base_url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Prism exited with {process.returncode}")
        try:
            httpx.get(f"{base_url}/v2/interop/clouds", timeout=1.0)
        except httpx.TransportError:
            time.sleep(0.2)
        else:
            return
    raise RuntimeError(f"Prism did not start within {START_TIMEOUT:g} s")


@pytest.fixture(scope="module", params=["static", "dynamic"])
def prism(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(mode, base URL) of a Prism mock: `static` answers the spec's examples (or a static
    rendering of the schema), `dynamic` (-d) answers values generated from the schemas."""
    assert PRISM.exists(), "run `npm ci` (make test does) to install Prism from package-lock.json"
    port = _free_port()
    command = [str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)]
    if request.param == "dynamic":
        command.append("-d")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(base_url, process)
        yield request.param, base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
