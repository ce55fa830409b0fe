"""Replies as plain values, and the few raw ASGI sends the sandbox needs.

Handlers return a `Reply` instead of sending, so fault injection can look at (and corrupt,
truncate or withhold) the real answer after the request has been applied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Send

JSON_TYPE = "application/json"


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str | None = JSON_TYPE
    headers: dict[str, str] = field(default_factory=dict)

    def raw_headers(self, content_length: int | None = None) -> list[tuple[bytes, bytes]]:
        length = len(self.body) if content_length is None else content_length
        headers = [(b"content-length", str(length).encode())]
        if self.content_type and (self.body or self.status not in (204, 304)):
            headers.append((b"content-type", self.content_type.encode()))
        headers += [(name.lower().encode(), value.encode()) for name, value in self.headers.items()]
        return headers


def dumps(payload: Any) -> bytes:
    # ASCII-escaped: whatever a client managed to store (even a lone surrogate) still encodes.
    return json.dumps(payload, separators=(",", ":")).encode()


def json_reply(status: int, payload: Any, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, dumps(payload), JSON_TYPE, dict(headers or {}))


def no_content() -> Reply:
    return Reply(204, b"", None)


async def send_reply(send: Send, reply: Reply) -> None:
    await send(
        {"type": "http.response.start", "status": reply.status, "headers": reply.raw_headers()}
    )
    await send({"type": "http.response.body", "body": reply.body})
