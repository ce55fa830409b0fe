"""`kimono-interop`: the operators' command line (needs the `cli` extra).

This module stays import-cheap and dependency-free so that the entry point can explain a
missing extra instead of failing with a traceback; the commands live in `_cli/`.
"""

from __future__ import annotations

import sys

_CLI_DEPENDENCIES = frozenset({"typer", "click", "rich"})


def main() -> None:
    try:
        from ._cli.app import app
    except ModuleNotFoundError as exc:
        if exc.name not in _CLI_DEPENDENCIES:
            raise
        sys.exit("kimono-interop needs the cli extra: pip install 'kimono-interop-client[cli]'")
    app()


if __name__ == "__main__":
    main()
