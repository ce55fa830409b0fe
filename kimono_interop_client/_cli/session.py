"""Running one command: the account client from the environment, and clean failures.

Credentials come only from the environment (KIMONO_API_KEY): a key given as an option would
end up in shell history and in `ps` output. Every KimonoError becomes one line on stderr and
an exit code a script can branch on; no traceback, and no secret (the SDK's exception
messages never contain one).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Awaitable, Callable
from typing import NoReturn

import anyio

from .. import (
    APIConnectionError,
    ApiKey,
    AuthenticationError,
    InteropClient,
    InvalidInputError,
    KimonoError,
    NotFoundError,
    PermissionDeniedError,
)

EXIT_API_ERROR = 1  # the API answered with an error, or with a body the SDK could not parse
EXIT_USAGE = 2  # click's code for bad usage; also missing configuration and invalid input
EXIT_NOT_FOUND = 3
EXIT_AUTH = 4  # 401 or 403: wrong or insufficient credentials
EXIT_UNREACHABLE = 5  # connection failure or timeout

Command = Callable[[InteropClient], Awaitable[None]]


def fail(message: str, code: int) -> NoReturn:
    print(f"kimono-interop: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def exit_code_for(exc: KimonoError) -> int:
    if isinstance(exc, InvalidInputError):  # rejected before anything was sent
        return EXIT_USAGE
    if isinstance(exc, NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        return EXIT_AUTH
    if isinstance(exc, APIConnectionError):
        return EXIT_UNREACHABLE
    return EXIT_API_ERROR


def run(command: Command, *, base_url: str | None) -> None:
    """Run `command` with an account client built from the environment."""
    api_key = os.environ.get("KIMONO_API_KEY", "")
    if not api_key:
        fail("KIMONO_API_KEY is not set; export your account API key first", EXIT_USAGE)

    try:
        client = InteropClient(auth=ApiKey(api_key), base_url=base_url)
    except ValueError as exc:  # a malformed KIMONO_BASE_URL, before any I/O
        fail(f"invalid configuration: {exc}", EXIT_USAGE)

    async def session() -> None:
        async with client as kimono:
            await command(kimono)

    try:
        anyio.run(session)
    except KimonoError as exc:
        fail(f"{type(exc).__name__}: {exc}", exit_code_for(exc))
    except KeyboardInterrupt:
        raise SystemExit(130) from None
