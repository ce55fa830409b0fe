"""Shared pieces of the generated-layer tests: the reference's example bodies, a base URL."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def pytest_configure(config: pytest.Config) -> None:
    # Registered here (not in pyproject.toml) because only this folder uses it; warnings are
    # errors, so an unregistered marker would fail the run.
    config.addinivalue_line(
        "markers",
        "regeneration: runs openapi-python-client (a few seconds); deselect with "
        "-m 'not regeneration'",
    )


@pytest.fixture(scope="session")
def example() -> Callable[[str], Any]:
    """Load one example body: example("responses/actors.json")."""

    def load(name: str) -> Any:
        path = FIXTURES / name
        if path.suffix == ".json":
            return json.loads(path.read_text())
        return path.read_bytes()

    return load
