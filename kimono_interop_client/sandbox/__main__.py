"""`python -m kimono_interop_client.sandbox`: serve the sandbox on loopback until Ctrl-C.

Prints the base URL and the sandbox's own made-up demo credentials (printing them is the
point of a sandbox); nothing from the environment is ever printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from ._sandbox import Sandbox
from ._seed import DEFAULT_SIZE


def _size(text: str) -> tuple[str, int]:
    key, _, value = text.partition("=")
    if key not in DEFAULT_SIZE or not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected KEY=N with KEY in {sorted(DEFAULT_SIZE)}")
    return key, int(value)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m kimono_interop_client.sandbox",
        description="Serve the in-memory Kimono Interop sandbox over HTTP on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8787, help="port (0 picks a free one)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the data set (default 1)")
    parser.add_argument("--token-ttl", type=float, default=3600, help="access token lifetime (s)")
    parser.add_argument("--max-page-size", type=int, default=100, help="page size cap")
    parser.add_argument(
        "--size",
        type=_size,
        action="append",
        default=[],
        metavar="KEY=N",
        help="data set size, e.g. --size clouds=100000 (repeatable)",
    )
    parser.add_argument(
        "--bulk",
        type=_size,
        action="append",
        default=[],
        metavar="KEY=N",
        help="a per-tenant size for the first tenant only, e.g. --bulk courses=100000",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the base URL and credentials as one JSON line"
    )
    return parser.parse_args(argv)


def describe(base_url: str, sandbox: Sandbox) -> str:
    credentials = sandbox.credentials
    lines = [
        f"Kimono Interop sandbox serving on {base_url}",
        f"  token endpoint   {base_url}/oauth/token",
        f"  control API      {base_url}/__sandbox__/ (faults, stats, clock, reset)",
        "",
        "Made-up demo credentials (this sandbox's own, not real ones):",
        f"  account API key  {credentials.api_key}   (HTTP Basic, key as user and password)",
        f"  account bearer   {credentials.account_token}",
        "  tenants (actor credentials):",
    ]
    for tenant in credentials.tenants:
        lines.append(
            f"    {tenant.name:<38} {tenant.auth_type:<6} "
            f"client_id={tenant.client_id} client_secret={tenant.client_secret}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        sandbox = Sandbox(
            seed=args.seed,
            size=dict(args.size),
            bulk=dict(args.bulk),
            token_ttl=args.token_ttl,
            max_page_size=args.max_page_size,
        )
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    server = sandbox.serve(args.host, args.port)
    server.start()
    try:
        if args.json:
            print(json.dumps({"base_url": server.base_url, **sandbox.credentials.to_dict()}))
        else:
            print(describe(server.base_url, sandbox))
            print("\nPress Ctrl-C to stop.")
        sys.stdout.flush()
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
