"""`make demo`: start the sandbox on loopback, run examples/quickstart.py against it over real
HTTP, tell the sandbox's side of the story, stop the server.

The quickstart runs as a separate process, like a user's program would: it gets the base URL
and the sandbox's made-up account key through KIMONO_BASE_URL / KIMONO_API_KEY, and the control
API's address through KIMONO_SANDBOX_CONTROL.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ._sandbox import Sandbox

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"
# Enough clouds that paging through them is worth watching, few enough to stay quick.
DEMO_SIZE = {"clouds": 5_000}
DEMO_TIMEOUT = 120


def sandbox_report(sandbox: Sandbox) -> str:
    stats = sandbox.stats
    names = {t.client_id: t.name for t in sandbox.credentials.tenants}
    operations = {path for _, path in stats.received}
    writes = sum(
        n
        for op, n in stats.applied.items()
        if not op.startswith(("list", "find", "get", "count", "search"))
    )
    tokens = ", ".join(
        f"{names.get(client, client)}: {n}" for client, n in sorted(stats.tokens_issued.items())
    )
    return (
        "The sandbox's side of the story\n"
        f"  - {sum(stats.received.values())} requests to {len(operations)} endpoints, "
        f"{writes} of them changes it applied\n"
        f"  - access tokens issued per tenant: {tokens or 'none'}"
    )


def main() -> int:
    if not QUICKSTART.is_file():
        print(f"examples/quickstart.py not found at {QUICKSTART}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    sandbox = Sandbox(seed=2026, size=DEMO_SIZE)
    with sandbox.serve() as server:
        print(f"Sandbox up on {server.base_url} (seed 2026, {DEMO_SIZE['clouds']:,} clouds)\n")
        sys.stdout.flush()
        environment = {
            **os.environ,
            "KIMONO_BASE_URL": server.base_url,
            "KIMONO_API_KEY": sandbox.credentials.api_key,
            "KIMONO_SANDBOX_CONTROL": f"{server.base_url}/__sandbox__",
        }
        result = subprocess.run(  # noqa: S603 -- our own interpreter and our own script
            [sys.executable, str(QUICKSTART)], env=environment, timeout=DEMO_TIMEOUT, check=False
        )
        print()
        print(sandbox_report(sandbox))
    print(f"\nSandbox stopped. Demo finished in {time.perf_counter() - started:.1f} s.")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
