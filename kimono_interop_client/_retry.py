"""Pure retry decisions: whether to send a request again, and how long to wait first.

No I/O and no clock of its own (``now`` and the random source are passed in), so every rule
is a plain function call in the tests.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_AFTER = 60.0
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0

# Methods that a server must treat the same however many times they arrive.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# For POST and PATCH these statuses say "not processed, come back later" only with Retry-After.
NOT_PROCESSED_WITH_RETRY_AFTER = frozenset({429, 503})


class TransportFailure(enum.Enum):
    """What a transport error says about whether the request reached the server."""

    NOT_SENT = "not sent"  # no connection was made: the request certainly had no effect
    MAYBE_SENT = "maybe sent"  # it broke while sending or reading: it may have taken effect


class RequestNotSent(httpx.TransportError):
    """A failure before the request itself left (its token request broke, for example)."""


class TokenEndpointBusy(RequestNotSent):
    """The token endpoint answered a transient status (408, 429, 500, 502, 503, 504).

    That says nothing about the credentials, and the call waiting for the token was never
    sent: it is retried like a failed connection (any method), after the endpoint's
    ``Retry-After`` if it sent one. ``response`` is the token endpoint's answer, which becomes
    the caller's status error when the retries run out.
    """

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"the token endpoint answered {response.status_code}")
        self.response = response


def classify(exc: httpx.TransportError) -> TransportFailure:
    not_sent = httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | RequestNotSent
    if isinstance(exc, not_sent):
        return TransportFailure.NOT_SENT
    return TransportFailure.MAYBE_SENT


Outcome = int | TransportFailure


@dataclass(frozen=True, slots=True)
class Decision:
    retry: bool
    delay: float = 0.0
    reason: str = ""
    retry_after: float | None = None  # what the server asked for, whether or not we wait


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from ``Retry-After`` (delta-seconds or HTTP date); ``None`` if absent
    or unreadable. A date in the past means 0."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 and seconds == seconds else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def backoff(attempt: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter, capped: half fixed, half random, so retries spread out
    but never fire at once. ``attempt`` is 0 for the first retry."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2.0**attempt)
    return ceiling / 2 + rand() * ceiling / 2


def should_retry(
    method: str,
    outcome: Outcome,
    attempt: int,
    headers: Mapping[str, str] | None = None,
    *,
    max_retries: int = DEFAULT_MAX_RETRIES,
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
    now: datetime | None = None,
    rand: Callable[[], float] = random.random,
) -> Decision:
    """Whether to send again after ``outcome`` (a status or a transport failure).

    ``attempt`` counts the retries already made (0 after the first try).
    """
    method = method.upper()
    retry_after = None
    if headers is not None:  # a response's: a status, or a busy token endpoint's
        retry_after = parse_retry_after(
            httpx.Headers(headers).get("retry-after"), now or datetime.now(UTC)
        )

    eligible, why = _eligible(method, outcome, retry_after)
    if not eligible:
        return Decision(False, reason=why, retry_after=retry_after)
    if attempt >= max_retries:
        return Decision(
            False, reason=f"{why}; gave up after {attempt} retries", retry_after=retry_after
        )
    if retry_after is not None:
        if retry_after > max_retry_after:
            return Decision(
                False,
                reason=f"Retry-After {retry_after:g} s exceeds the {max_retry_after:g} s cap",
                retry_after=retry_after,
            )
        return Decision(True, retry_after, f"{why}; Retry-After {retry_after:g} s", retry_after)
    return Decision(True, backoff(attempt, rand), why)


def _eligible(method: str, outcome: Outcome, retry_after: float | None) -> tuple[bool, str]:
    idempotent = method in IDEMPOTENT_METHODS
    if outcome is TransportFailure.NOT_SENT:
        return True, "the request was not sent (connection or token request failed)"
    if outcome is TransportFailure.MAYBE_SENT:
        if idempotent:
            return True, "connection broke; the method is idempotent"
        return False, f"{method} may have taken effect; not sent twice"
    status = outcome
    if status not in RETRYABLE_STATUSES:
        return False, f"status {status} is not retryable"
    if idempotent:
        return True, f"status {status}"
    if status in NOT_PROCESSED_WITH_RETRY_AFTER and retry_after is not None:
        return True, f"status {status} with Retry-After"
    return False, f"{method} is not retried on status {status} without Retry-After"
