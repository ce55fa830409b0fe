"""Counters for tests: requests received, requests applied, token requests."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any


class Stats:
    """What the sandbox saw.

    - `received[(method, path_template)]`: every request that reached an operation, faults
      included (a dropped or failed request still counts as received).
    - `applied[operation_id]`: requests whose effect took place (a 2xx from the handler) —
      the counter behind "nothing was created twice" checks.
    - `token_requests[client_id]`: every call to the token endpoint naming that client;
      `tokens_issued[client_id]`: the ones that got a token.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.received: Counter[tuple[str, str]] = Counter()
        self.applied: Counter[str] = Counter()
        self.token_requests: Counter[str] = Counter()
        self.tokens_issued: Counter[str] = Counter()

    def count(self, method: str, path_template: str) -> int:
        """Requests received for one operation, e.g. `count("POST", "/v2/interop/clouds")`."""
        return self.received[(method.upper(), path_template)]

    def record(self, counter: Counter[Any], key: Any) -> None:
        with self._lock:
            counter[key] += 1

    def reset(self) -> None:
        with self._lock:
            for counter in (self.received, self.applied, self.token_requests, self.tokens_issued):
                counter.clear()

    def to_dict(self) -> dict[str, Any]:
        with self._lock:
            return {
                "received": [
                    {"method": method, "path": path, "count": count}
                    for (method, path), count in sorted(self.received.items())
                ],
                "applied": dict(sorted(self.applied.items())),
                "token_requests": dict(sorted(self.token_requests.items())),
                "tokens_issued": dict(sorted(self.tokens_issued.items())),
            }
