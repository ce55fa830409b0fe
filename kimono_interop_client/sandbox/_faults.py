"""Fault injection: latency, error statuses, 429s, dropped and reset connections, malformed
bodies and early token expiry, scoped to a method and path pattern (or an operationId), for
the next N matching calls or at a rate.

A fault fires *before* the request is applied (the server never saw it happen) or *after*
(the change took place, then the answer was lost or damaged): `after` decides, with a default
per kind that matches how the failure happens in real life. `Stats.applied` tells a test which
of the two happened, for "nothing applied twice" checks.

Dropping a connection: on the loopback server (see `_server.py`) the sandbox really aborts
the TCP connection, and httpx raises `httpx.RemoteProtocolError` ("Server disconnected without
sending a response") or `httpx.ReadError`. In-process, through `httpx.ASGITransport`, there is
no socket to abort, so the app raises `ConnectionDropped`, a subclass of
`httpx.RemoteProtocolError`, which `ASGITransport` passes straight to the caller: clients see
the same exception type either way. A reset mid-response sends the status line, headers and
half of the body, then closes the connection (an answer without a body, like a 204, is cut
before its status line); in-process the caller gets `ConnectionDropped`.

Latency is added after the whole request has been read and before it is applied, so a client
that times out during it still has its request applied, late — as with a slow real server.
"""

from __future__ import annotations

import fnmatch
import json
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from email.utils import formatdate
from typing import Any

import anyio
import httpx
from starlette.types import Scope, Send

from ._errors import error_body
from ._http import JSON_TYPE, Reply, dumps, send_reply

KINDS = ("latency", "status", "rate_limit", "drop", "reset", "malformed")
MALFORMED = (
    "truncated_json",
    "invalid_json",
    "html",
    "wrong_shape",
    "unknown_enum",
    "unknown_fields",
    "null_items",
    "empty_body",
)
# Damage needs the real answer, so these kinds always fire after the request is applied.
_AFTER_ONLY = ("reset", "malformed")
CONNECTION_EXTENSION = "kimono.connection"


class ConnectionDropped(httpx.RemoteProtocolError):
    """What an in-process client sees when a fault drops or resets its connection."""


@dataclass
class Fault:
    """One fault rule. Scope: `method`, `path` (an fnmatch pattern on the request path, e.g.
    `/v2/interop/clouds*`) and `operation` (an operationId, or `token` for /oauth/token);
    unset means any. `times`: fire for the next N matching calls (None: every one).
    `rate`: probability of firing on a matching call (seeded, so runs repeat)."""

    kind: str
    method: str | None = None
    path: str | None = None
    operation: str | None = None
    times: int | None = None
    rate: float = 1.0
    after: bool | None = None
    status: int | None = None  # status: the status to answer; malformed: the status to send
    seconds: float = 0.0  # latency
    retry_after: int = 1  # rate_limit: seconds to ask for
    retry_after_format: str = "seconds"  # or "http-date"
    variant: str = "truncated_json"  # malformed
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    fired: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {self.kind!r}")
        if self.method is not None:
            self.method = self.method.upper()
        if self.after is None:
            self.after = self.kind in _AFTER_ONLY
        elif not self.after and self.kind in _AFTER_ONLY:
            raise ValueError(f"a {self.kind} fault damages the real answer: it needs after=True")
        if self.kind == "status" and (self.status is None or not 100 <= self.status <= 999):
            raise ValueError("a status fault needs a status between 100 and 999 (520 is fine)")
        if self.status is not None and not 100 <= self.status <= 999:
            raise ValueError("status must be between 100 and 999")
        if self.kind == "malformed" and self.variant not in MALFORMED:
            raise ValueError(f"variant must be one of {MALFORMED}")
        if self.retry_after_format not in ("seconds", "http-date"):
            raise ValueError("retry_after_format must be 'seconds' or 'http-date'")
        if not 0.0 <= self.rate <= 1.0 or self.seconds < 0 or self.retry_after < 0:
            raise ValueError("rate must be in [0, 1]; seconds and retry_after must be >= 0")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0 (or None for every call)")

    def matches(self, method: str, path: str, operation: str) -> bool:
        return (
            (self.method is None or self.method == method)
            and (self.path is None or fnmatch.fnmatchcase(path, self.path))
            and (self.operation is None or self.operation == operation)
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Faults:
    """The fault rules of one sandbox. Add rules with the helpers below (or `add(Fault(...))`);
    they apply to later requests, in-process or over the loopback server."""

    def __init__(self, seed: int, expire_tokens: Callable[[str | None], int]) -> None:
        self._rules: list[Fault] = []
        self._lock = threading.Lock()
        self._rng = random.Random(seed)  # noqa: S311 -- reproducible fault rates, not security
        self._expire_tokens = expire_tokens

    # ---- managing rules --------------------------------------------------------------------

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._rules.append(fault)
        return fault

    def remove(self, fault_id: str) -> bool:
        with self._lock:
            before = len(self._rules)
            self._rules = [rule for rule in self._rules if rule.id != fault_id]
            return len(self._rules) < before

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    @property
    def rules(self) -> list[Fault]:
        with self._lock:
            return list(self._rules)

    # ---- helpers, one per kind (scope keywords: method, path, operation, times, rate) ------

    def latency(self, seconds: float, **scope: Any) -> Fault:
        return self.add(Fault("latency", seconds=seconds, **scope))

    def error(self, status: int, **scope: Any) -> Fault:
        return self.add(Fault("status", status=status, **scope))

    def rate_limit(self, retry_after: int = 1, *, http_date: bool = False, **scope: Any) -> Fault:
        fmt = "http-date" if http_date else "seconds"
        return self.add(
            Fault("rate_limit", retry_after=retry_after, retry_after_format=fmt, **scope)
        )

    def drop(self, **scope: Any) -> Fault:
        return self.add(Fault("drop", **scope))

    def reset(self, **scope: Any) -> Fault:
        return self.add(Fault("reset", **scope))

    def malformed(self, variant: str, **scope: Any) -> Fault:
        return self.add(Fault("malformed", variant=variant, **scope))

    def expire_tokens(self, client_id: str | None = None) -> int:
        """Early token expiry: every issued token (or one client's) stops working now."""
        return self._expire_tokens(client_id)

    # ---- matching ----------------------------------------------------------------------------

    def pick(self, method: str, path: str, operation: str) -> tuple[float, Fault | None]:
        """Total latency of the matching latency rules, and the first other rule that fires."""
        delay = 0.0
        chosen: Fault | None = None
        with self._lock:
            for rule in self._rules:
                if rule.times == 0 or not rule.matches(method, path, operation):
                    continue
                if rule.kind != "latency" and chosen is not None:
                    continue
                if rule.rate < 1.0 and self._rng.random() >= rule.rate:
                    continue
                rule.fired += 1
                if rule.times is not None:
                    rule.times -= 1
                if rule.kind == "latency":
                    delay += rule.seconds
                else:
                    chosen = rule
        return delay, chosen


# ---- carrying a fault out -------------------------------------------------------------------


async def respond(
    fault: Fault, real: Reply | None, scope: Scope, send: Send, now: Callable[[], float]
) -> None:
    """Answer (or fail to answer) as `fault` says. `real` is the applied answer, if any."""
    if fault.kind == "drop":
        if not await _close_connection(scope, abort=True):
            raise ConnectionDropped("Server disconnected without sending a response.")
        return
    if fault.kind == "reset":
        assert real is not None
        if not await _reset_mid_response(real, scope, send):
            raise ConnectionDropped("peer closed connection without sending complete message body")
        return
    if fault.kind == "rate_limit":
        await send_reply(send, _rate_limited(fault, now))
    elif fault.kind == "status":
        assert fault.status is not None
        body = error_body(
            fault.status, f"Injected fault: status {fault.status}", code="injected_fault"
        )
        await send_reply(send, Reply(fault.status, dumps(body)))
    else:
        await send_reply(send, malform(fault, real or Reply(200, b"{}")))


def _rate_limited(fault: Fault, now: Callable[[], float]) -> Reply:
    if fault.retry_after_format == "http-date":
        value = formatdate(now() + fault.retry_after, usegmt=True)
    else:
        value = str(fault.retry_after)
    body = error_body(429, "Too many requests (injected fault)", code="rate_limited")
    return Reply(429, dumps(body), JSON_TYPE, {"Retry-After": value})


async def _close_connection(scope: Scope, *, abort: bool) -> bool:
    """Close the real connection when the loopback server offers one; False in-process."""
    connection = scope.get("extensions", {}).get(CONNECTION_EXTENSION)
    if connection is None:
        return False
    await connection.close(abort=abort)
    return True


async def _reset_mid_response(real: Reply, scope: Scope, send: Send) -> bool:
    if scope.get("extensions", {}).get(CONNECTION_EXTENSION) is None:
        return False  # in-process: there is no half-sent body to show, only the error
    body = real.body
    if not body:  # a 204 has no body to cut in half: the connection breaks before the answer
        return await _close_connection(scope, abort=True)
    await send(
        {
            "type": "http.response.start",
            "status": real.status,
            "headers": Reply(real.status, body, real.content_type).raw_headers(),
        }
    )
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    await anyio.sleep(0.01)  # let the partial body reach the socket before the close
    return await _close_connection(scope, abort=False)


_ENUM_FIELDS = (
    "type",
    "state",
    "status",
    "release_state",
    "auth_type",
    "auth_state",
    "auth_state_pending",
    "scheme",
    "failure_reason",
)


def malform(fault: Fault, real: Reply) -> Reply:
    """The real answer, damaged the way `fault.variant` says."""
    variant = fault.variant
    status = fault.status or (502 if variant == "html" else 200)
    if variant == "html":
        page = (
            b"<html><head><title>Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
        )
        return Reply(status, page, "text/html; charset=utf-8")
    if variant == "empty_body":
        return Reply(status, b"", JSON_TYPE)
    body = real.body or b"{}"
    if variant == "truncated_json":
        return Reply(status, body[: max(1, len(body) // 2)], JSON_TYPE)
    if variant == "invalid_json":
        # Whole, but not JSON: a syntax error in the middle rather than a cut-off end.
        broken = body.replace(b'":', b'"=', 1) if b'":' in body else body + b",}"
        return Reply(status, broken, JSON_TYPE)
    payload = json.loads(body)
    if variant == "wrong_shape":
        payload = _wrong_shape(payload)
    elif variant == "null_items":
        payload = _with_null_items(payload)
    else:
        _walk_records(payload, _unknown_enum if variant == "unknown_enum" else _unknown_fields)
    return Reply(status, dumps(payload), JSON_TYPE)


def _wrong_shape(payload: Any) -> Any:
    if isinstance(payload, dict) and isinstance(payload.get("data"), list):
        return {"data": {"items": payload["data"]}, "paging": "next"}
    if isinstance(payload, dict) and "data" in payload:
        return {"data": [payload["data"]]}
    return {"value": payload}


def _with_null_items(payload: Any) -> Any:
    if isinstance(payload, dict) and isinstance(payload.get("data"), list):
        items: list[Any] = [None]
        for item in payload["data"]:
            items += [item, None]
        return {**payload, "data": items}
    if isinstance(payload, dict) and "data" in payload:
        return {**payload, "data": None}
    return None


def _walk_records(payload: Any, change: Callable[[dict[str, Any]], None]) -> None:
    data = payload.get("data") if isinstance(payload, dict) else None
    records = data if isinstance(data, list) else [data]
    for record in records:
        if isinstance(record, dict):
            change(record)


def _unknown_enum(record: dict[str, Any]) -> None:
    # "CHANGE" is the value that once broke a published client of the live service.
    for key in _ENUM_FIELDS:
        if isinstance(record.get(key), str):
            record[key] = "CHANGE"
    for nested in record.values():
        if isinstance(nested, dict):
            _unknown_enum(nested)


def _unknown_fields(record: dict[str, Any]) -> None:
    record["x_sandbox_new_field"] = {"added_by": "fault injection", "n": 1}
    record["x_sandbox_flag"] = True
