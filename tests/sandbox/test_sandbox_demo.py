"""`make demo` end to end: the sandbox on loopback, examples/quickstart.py over real HTTP."""

from __future__ import annotations

import subprocess
import sys


def test_demo_runs_the_quickstart_and_exits_0() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kimono_interop_client.sandbox.demo"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Sandbox up on http://127.0.0.1:" in out
    assert "from an XML blueprint" in out
    assert out.count("its ingestion, polled: scheduled -> executing -> success") == 2
    assert out.count("auth now confirmed") == 2
    assert "5,001 clouds in 51 pages" in out
    assert "the SDK fetched 1 new token and replayed the call" in out
    assert "Sandbox stopped." in out
    assert result.stderr == ""
