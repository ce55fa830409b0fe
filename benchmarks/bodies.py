"""Canned, spec-valid response bodies (openapi/interop.yaml) for the benchmark server and the
parsing case. Deterministic: the same run of ids every time."""

from __future__ import annotations

import json
from typing import Any

MAX_PAGE_SIZE = 10_000
ACCOUNT_ID = "0b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5a"  # every cloud of one account carries it


PAGE_MARK = "PPPPPPPP"  # the first 8 hex digits of each id on a page: the server puts the page


def cloud(number: int, page: str = "00000000") -> dict[str, Any]:
    """A Cloud with every field the spec gives it (BaseAccountResource + name, userdata,
    generation). Ids differ between pages: the SDK stops a list whose pages repeat."""
    return {
        "id": f"{page}-5eed-4000-8000-{number:012x}",
        "created_at": "2024-01-02T03:04:05Z",
        "updated_at": "2024-05-06T07:08:09.123456Z",
        "account_id": ACCOUNT_ID,
        "name": f"Cloud {number}",
        "userdata": "district=42",
        "generation": number % 7,
    }


def clouds_page(size: int, has_next: bool, page: str = "00000000") -> bytes:
    """A list envelope; ``page`` goes into the ids (PAGE_MARK for a template)."""
    paging = {"next": "opaque-next-marker" if has_next else None}
    return _dump({"data": [cloud(n, page) for n in range(size)], "paging": paging})


def schedule(number: int) -> dict[str, Any]:
    """A Schedule with every field: its ``type`` is ``type_`` in the model (a renamed field)."""
    return {
        "id": f"00000000-5eed-4000-8000-{number:012x}",
        "created_at": "2024-01-02T03:04:05Z",
        "updated_at": "2024-05-06T07:08:09.123456Z",
        "account_id": ACCOUNT_ID,
        "tenant_id": "7c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5",
        "type": "collection",
        "last_executed_at": "2024-05-06T02:00:00Z",
        "enabled": True,
        "hour": number % 24,
        "days": "1,2,3,4,5",
        "metadata": {"requested_by": "nightly"},
    }


def schedules_page(size: int) -> bytes:
    return _dump({"data": [schedule(n) for n in range(size)], "paging": {"next": None}})


def single_cloud() -> bytes:
    return _dump({"data": cloud(1)})


def tenant_state() -> bytes:
    return _dump(
        {
            "data": {
                "rollover_mode_enabled": False,
                "synchronization_suspended": False,
                "setup_mode_enabled": False,
                "mass_change_pending": False,
            }
        }
    )


def token(number: int) -> bytes:
    return _dump({"access_token": f"bench-token-{number}", "token_type": "bearer"})


def _dump(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()
