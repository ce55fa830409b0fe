"""The exception hierarchy: every failure the SDK raises is a ``KimonoError``.

Messages are built only from the status, Kimono's error fields and the request's method and
URL without its query string, so no credential can reach a message, a log or a traceback. A
server may still quote what it was sent (a token endpoint naming the secret it refused):
the credentials the request carried are blanked out of those fields (``_Scrubber``). The raw
``body`` is kept as it came.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "InvalidInputError",
    "KimonoError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "status_error",
]


class KimonoError(Exception):
    """The root of every exception the SDK raises on purpose."""


class InvalidInputError(KimonoError, ValueError):
    """An argument was rejected before anything was sent."""


class ClientClosedError(KimonoError, RuntimeError):
    """The client (or the pool it shares) was closed; open a new one."""


class PaginationError(KimonoError):
    """Pagination cannot go on (for example the server ignores ``page`` and repeats itself)."""


def redact_url(url: httpx.URL | str) -> str:
    """The URL without its query string or user info: neither belongs in a message."""
    parsed = httpx.URL(str(url))
    return str(parsed.copy_with(query=None, fragment=None, username=None, password=None))


class APIConnectionError(KimonoError):
    """The service could not be reached, or the connection broke before an answer."""

    def __init__(self, message: str, *, method: str, url: httpx.URL | str) -> None:
        self.method = method
        self.url = redact_url(url)
        super().__init__(f"{message} [{method} {self.url}]")


class APITimeoutError(APIConnectionError):
    """The service did not answer in time."""


def _text_field(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    return value if isinstance(value, str) and value else None


def parse_error_body(content: bytes) -> dict[str, str | None]:
    """Kimono's ``{status, code, message, ext_message, details}``, tolerant of anything else.

    The fields may also sit under ``error`` (single-object envelopes). HTML pages from a proxy,
    truncated JSON or a JSON list give all-``None`` fields rather than an exception.
    """
    fields: dict[str, str | None] = dict.fromkeys(("code", "message", "ext_message", "details"))
    try:
        body = json.loads(content) if content else None
    except (ValueError, UnicodeDecodeError):
        return fields
    if isinstance(body, dict) and isinstance(body.get("error"), dict) and "code" not in body:
        body = body["error"]
    if isinstance(body, dict):
        for key in fields:
            fields[key] = _text_field(body, key)
        # OAuth2 token endpoints answer {error, error_description} instead.
        fields["code"] = fields["code"] or _text_field(body, "error")
        fields["message"] = fields["message"] or _text_field(body, "error_description")
    return fields


class _Scrubber:
    """Blanks out of server-written text the credentials one request carried: the bearer
    token, the Basic pair's password (the whole key for an API key, sent as both halves),
    a header value without a scheme, and a token request's ``client_secret``; each also as
    URL-encoded, in case the server quotes a form or a query string."""

    # A value this long is blanked wherever it appears; a shorter one (a "test" secret) only
    # where it stands alone, so that it cannot mangle a code like "latest_terms".
    LONG = 12
    SHORTEST = 4  # shorter values are not blanked at all: no real secret is that short

    __slots__ = ("_pattern",)

    def __init__(self, request: httpx.Request) -> None:
        found = self._credentials(request)
        found |= {quote_plus(secret) for secret in found}
        found |= {quote(secret, safe="") for secret in found}
        parts = [
            re.escape(secret)
            if len(secret) >= self.LONG
            else rf"(?<![A-Za-z0-9]){re.escape(secret)}(?![A-Za-z0-9])"
            for secret in sorted(found, key=len, reverse=True)  # a longer one blanked whole
            if len(secret) >= self.SHORTEST
        ]
        self._pattern = re.compile("|".join(parts)) if parts else None

    @staticmethod
    def _credentials(request: httpx.Request) -> set[str]:
        found: set[str] = set()
        header = request.headers.get("authorization", "")
        scheme, _, credentials = header.partition(" ")
        if not credentials:
            found.add(header)  # no scheme: the whole value is the secret
        else:
            found.add(credentials)
            if scheme.lower() == "basic":
                try:
                    pair = base64.b64decode(credentials, validate=True).decode()
                except (binascii.Error, UnicodeDecodeError):
                    pair = ""
                found.add(pair.partition(":")[2])  # the password (RFC 7617: no colon in the user)
                half = len(pair) // 2
                if pair[half : half + 1] == ":" and pair[:half] == pair[half + 1 :]:
                    found.add(pair[:half])  # an API key, sent as both halves, colons and all
        if "form-urlencoded" in request.headers.get("content-type", ""):
            try:
                form = parse_qs(request.content.decode())
            except (httpx.RequestNotRead, UnicodeDecodeError):
                form = {}
            found.update(form.get("client_secret", []))
        return found

    def __call__(self, text: str | None) -> str | None:
        if text is None or self._pattern is None:
            return text
        return self._pattern.sub("***", text)


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "Unknown Status"


class APIStatusError(KimonoError):
    """The service answered with a non-2xx status.

    Carries ``status_code``, Kimono's ``code``/``message``/``ext_message``/``details`` (``None``
    when the body did not have them), the raw ``body`` bytes, the response ``headers`` and the
    request's ``method`` and ``url`` (without query string).
    """

    def __init__(
        self,
        *,
        status_code: int,
        body: bytes,
        headers: Mapping[str, str],
        method: str,
        url: httpx.URL | str,
        code: str | None = None,
        message: str | None = None,
        ext_message: str | None = None,
        details: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.headers = httpx.Headers(headers)
        self.method = method
        self.url = redact_url(url)
        self.code = code
        self.message = message
        self.ext_message = ext_message
        self.details = details
        super().__init__(self._describe())

    def _describe(self) -> str:
        head = f"{self.status_code} {self.code or _reason(self.status_code)}"
        text = self.message or ""
        if self.ext_message and self.ext_message != self.message:
            text = f"{text} ({self.ext_message})" if text else self.ext_message
        if not text and self.code is None:
            text = f"response body of {len(self.body)} bytes without Kimono's error fields"
        return f"{head}: {text} [{self.method} {self.url}]"


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401, or a token endpoint that refused the credentials."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429. ``retry_after`` is the wait in seconds the service asked for (``None`` if none)."""

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**kwargs)

    def _describe(self) -> str:
        text = super()._describe()
        if self.retry_after is not None:
            text = f"{text} (asked to retry after {self.retry_after:g} s)"
        return text


class InternalServerError(APIStatusError):
    """Any status of 500 and above (520 and other non-IANA codes included)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response,
    *,
    retry_after: float | None = None,
    error_class: type[APIStatusError] | None = None,
) -> APIStatusError:
    """A typed error for a non-2xx response (never raises while parsing its body)."""
    status = response.status_code
    cls = (
        error_class
        or _BY_STATUS.get(status)
        or (InternalServerError if status >= 500 else APIStatusError)
    )
    scrub = _Scrubber(response.request)
    kwargs: dict[str, Any] = {
        "status_code": status,
        "body": response.content,
        "headers": response.headers,
        "method": response.request.method,
        "url": response.request.url,
        **{key: scrub(value) for key, value in parse_error_body(response.content).items()},
    }
    if issubclass(cls, RateLimitError):
        kwargs["retry_after"] = retry_after
    return cls(**kwargs)


class ResponseValidationError(KimonoError):
    """A 2xx response whose body is not what the spec says (bad JSON, HTML, wrong shape).

    Carries ``status_code``, the raw ``body``, ``headers`` and the request's method and URL.
    """

    def __init__(
        self,
        reason: str,
        *,
        status_code: int,
        body: bytes,
        headers: Mapping[str, str],
        method: str,
        url: httpx.URL | str,
    ) -> None:
        self.reason = reason
        self.status_code = status_code
        self.body = body
        self.headers = httpx.Headers(headers)
        self.method = method
        self.url = redact_url(url)
        super().__init__(
            f"{status_code} response does not match the API spec: {reason} "
            f"({len(body)} bytes) [{method} {self.url}]"
        )

    @classmethod
    def for_response(cls, response: httpx.Response, reason: str) -> ResponseValidationError:
        return cls(
            _Scrubber(response.request)(reason) or reason,
            status_code=response.status_code,
            body=response.content,
            headers=response.headers,
            method=response.request.method,
            url=response.request.url,
        )
