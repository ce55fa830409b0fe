"""A live item counter on stderr for long listings, only when a person is watching."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn


@contextmanager
def counting(noun: str) -> Iterator[Callable[[], None]]:
    """Yield `advance()`; shows "Fetching <noun>... N" on stderr when it is a terminal.

    When stderr is a pipe or a file (scripts, CI) nothing is drawn, so output stays clean.
    """
    progress = Progress(
        SpinnerColumn(),
        TextColumn(f"Fetching {noun}... {{task.completed}}"),
        console=Console(stderr=True),
        transient=True,  # the counter disappears once the listing is printed
        disable=not sys.stderr.isatty(),
    )
    with progress:
        task = progress.add_task(noun, total=None)
        yield lambda: progress.advance(task)
