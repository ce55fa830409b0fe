"""Helpers shared by the tests of the hand-written layer (clients, auth, pagination...)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from kimono_interop_client import InteropClient

BASE = "https://kimono.test"
TOKEN_URL = f"{BASE}/oauth/token"


def cloud(name: str = "cloud", cloud_id: uuid.UUID | None = None) -> dict[str, Any]:
    return {"id": str(cloud_id or uuid.uuid4()), "name": name}


def clouds_page(items: list[Any], next_: str | None = None) -> dict[str, Any]:
    return {"data": items, "paging": {"next": next_}}


def token_response(value: str, expires_in: float | None = None) -> httpx.Response:
    body: dict[str, Any] = {"access_token": value, "token_type": "bearer"}
    if expires_in is not None:
        body["expires_in"] = expires_in
    return httpx.Response(200, json=body)


class Sleeps:
    """A stand-in for the retry sleep: records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def client(**kwargs: Any) -> tuple[InteropClient, Sleeps]:
    """An InteropClient on BASE whose retry sleeps are recorded, not slept."""
    kimono = InteropClient(base_url=BASE, **kwargs)
    sleeps = Sleeps()
    kimono.shared.sleep = sleeps
    return kimono, sleeps


def bearer(request: httpx.Request) -> str | None:
    value = request.headers.get("authorization", "")
    return value.removeprefix("Bearer ") if value.startswith("Bearer ") else None
