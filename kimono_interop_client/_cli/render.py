"""Output for the command line: JSON lines or a table on stdout, never a secret."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, cast

import attrs
from rich.console import Console
from rich.table import Table

from .._generated.types import Unset

REDACTED = "<redacted>"


class Model(Protocol):
    """What every generated model offers."""

    def to_dict(self) -> dict[str, Any]: ...


def public_dict(model: Model) -> dict[str, Any]:
    """`model.to_dict()` with every secret replaced by a marker.

    The generator marks secret fields (client secrets, app passwords, tokens) with
    `repr=False`; that same marker decides what the CLI hides, so a new secret field in the
    spec is hidden here without touching this code.
    """
    return _redact(model, model.to_dict())


def _redact(model: object, data: dict[str, Any]) -> dict[str, Any]:
    if not attrs.has(type(model)):
        return data
    for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(model))):
        # Generated names avoid Python keywords and builtins with a trailing "_" (type_).
        key = field.name if field.name in data else field.name.rstrip("_")
        if key not in data:
            continue
        value = getattr(model, field.name)
        if not field.repr:
            data[key] = REDACTED
        elif attrs.has(type(value)) and isinstance(data[key], dict):
            data[key] = _redact(value, data[key])
        elif isinstance(value, list) and isinstance(data[key], list):
            data[key] = [
                _redact(item, raw) if isinstance(raw, dict) else raw
                for item, raw in zip(value, data[key], strict=False)
            ]
    return data


def write_json_line(model: Model) -> None:
    """One object per line (JSON Lines): streams, and `jq` reads it as is."""
    sys.stdout.write(json.dumps(public_dict(model), default=str) + "\n")
    sys.stdout.flush()


def cell(model: object, path: str) -> str:
    """The text of a dotted attribute path (`integration.name`); empty when absent."""
    value: object = model
    for name in path.split("."):
        value = getattr(value, name, None)
        if value is None or isinstance(value, Unset):
            return ""
    return str(getattr(value, "value", value))  # enums show their wire value


def _stdout() -> Console:
    # A terminal gets tables fitted to its width; a pipe or file gets whole rows (no wrapping
    # at 80 columns), so that `grep` and `cut` see one line per item.
    return Console() if sys.stdout.isatty() else Console(width=_UNWRAPPED)


_UNWRAPPED = 10_000


def print_table(models: Iterable[object], columns: Sequence[tuple[str, str]]) -> None:
    """A table with one row per model; `columns` are (heading, attribute path) pairs."""
    table = Table(*(heading for heading, _ in columns))
    for model in models:
        table.add_row(*(cell(model, path) for _, path in columns))
    _stdout().print(table)


def print_fields(values: Mapping[str, object]) -> None:
    """A two-column table of names and values, for a single object."""
    table = Table("field", "value")
    for name, value in values.items():
        table.add_row(name, "" if value is None or isinstance(value, Unset) else str(value))
    _stdout().print(table)
