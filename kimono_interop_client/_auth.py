"""Credentials as ``httpx.Auth`` flows: API key, actor Basic pair, bearer token, OAuth2.

The objects hold secrets, so their ``repr`` shows only what identifies them (a client_id,
never a secret). ``ClientCredentials`` is bound by the client it is given to: the binding
supplies the token URL default, the shared token cache and a sender that posts the token
request through the client's one connection pool without going back through an auth flow.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import math
import secrets
from base64 import b64encode
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Hashable
from typing import Any

import httpx

from ._errors import AuthenticationError, status_error
from ._retry import RETRYABLE_STATUSES, RequestNotSent, TokenEndpointBusy
from ._token_cache import AccessToken, TokenCache, TokenCaches

__all__ = ["ApiKey", "BasicCredentials", "BearerToken", "ClientCredentials"]

logger = logging.getLogger("kimono_interop_client")

Send = Callable[[httpx.Request], Awaitable[httpx.Response]]


# Keyed per process: a fingerprint seen in a log or a memory dump cannot be checked against
# guessed secrets, and means nothing to another process.
_FINGERPRINT_KEY = secrets.token_bytes(32)
# Identities for credentials that have no value to fingerprint (a token provider): never reused,
# unlike id(), which Python hands to a new object once the old one is freed.
_UNIQUE = itertools.count()


def fingerprint(secret: str) -> str:
    """What tells two secrets apart in a cache key, without holding or revealing either."""
    return hashlib.blake2b(secret.encode(), key=_FINGERPRINT_KEY, digest_size=16).hexdigest()


def _basic_header(user: str, password: str) -> str:
    return "Basic " + b64encode(f"{user}:{password}".encode()).decode("ascii")


def _require_text(name: str, value: object) -> str:
    # A ValueError before anything is sent beats a 401 with no hint of what was wrong.
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string")
    return value


class _BasicAuth(httpx.Auth):
    """HTTP Basic with a fixed pair; no I/O, so it serves sync and async clients alike."""

    def __init__(self, user: str, password: str) -> None:
        self._header = _basic_header(user, password)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class ApiKey(_BasicAuth):
    """An account API key: HTTP Basic with the key as both user name and password."""

    def __init__(self, key: str) -> None:
        _require_text("key", key)
        super().__init__(key, key)
        # Identifies the key (for caches keyed by credentials) without revealing it.
        self.identity: Hashable = ("api_key", fingerprint(key))

    def __repr__(self) -> str:
        return "ApiKey('***')"


class BasicCredentials(_BasicAuth):
    """An actor's ``client_id``/``client_secret`` sent as HTTP Basic (``auth.type == basic``)."""

    def __init__(self, client_id: str, client_secret: str) -> None:
        self.client_id = _require_text("client_id", client_id)
        super().__init__(client_id, _require_text("client_secret", client_secret))
        # The secret is part of it: a client_id with a wrong or revoked secret must never be
        # served what the right pair fetched (the application cache is keyed by this).
        self.identity: Hashable = ("basic", client_id, fingerprint(client_secret))

    def __repr__(self) -> str:
        return f"BasicCredentials(client_id={self.client_id!r}, client_secret='***')"


TokenProvider = Callable[[], Awaitable[str]]


class BearerToken(httpx.Auth):
    """A ready-made bearer token, or an async callable that returns a current one.

    With a callable, a 401 asks it once more and replays the request once if the token changed.
    """

    def __init__(self, token: str | TokenProvider) -> None:
        if isinstance(token, str):
            _require_text("token", token)
        elif not callable(token):
            raise ValueError("token must be a string or an async callable returning one")
        self._token = token
        self.identity: Hashable = (
            ("bearer", fingerprint(token)) if isinstance(token, str) else ("bearer", next(_UNIQUE))
        )

    def __repr__(self) -> str:
        kind = "'***'" if isinstance(self._token, str) else "<provider>"
        return f"BearerToken({kind})"

    async def _current(self) -> str:
        if isinstance(self._token, str):
            return self._token
        return _require_text("the token provider's result", await self._token())

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if not isinstance(self._token, str):
            raise TypeError("a BearerToken with an async provider needs an async client")
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._current()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401 or isinstance(self._token, str):
            return
        renewed = await self._current()
        if renewed != token:
            request.headers["Authorization"] = f"Bearer {renewed}"
            yield request


class ClientCredentials(httpx.Auth):
    """OAuth2 client credentials: exchanged at the token endpoint for a bearer token.

    ``token_url`` defaults to ``{base_url}/oauth/token`` of the client this is given to. The
    token is cached per (token URL, client_id, secret), shared by every client and tenant context of
    one ``InteropClient``, refreshed ahead of ``expires_in`` when the service sends it, and
    fetched again (once, however many requests failed) when the service answers 401.
    """

    def __init__(self, client_id: str, client_secret: str, token_url: str | None = None) -> None:
        self.client_id = _require_text("client_id", client_id)
        self._client_secret = _require_text("client_secret", client_secret)
        self.token_url = token_url
        # As for BasicCredentials: the token cache and the application cache are keyed by the
        # pair, so a wrong or rotated secret never gets the token the right one fetched.
        self._secret_fingerprint = fingerprint(self._client_secret)
        self.identity: Hashable = ("oauth2", client_id, self._secret_fingerprint)
        self._cache: TokenCache | None = None
        self._send: Send | None = None

    def __repr__(self) -> str:
        url = f", token_url={self.token_url!r}" if self.token_url else ""
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret='***'{url})"

    def bind(self, *, base_url: str, caches: TokenCaches, send: Send) -> ClientCredentials:
        """A copy wired to a client: its token URL, its shared cache and its sender."""
        bound = ClientCredentials(self.client_id, self._client_secret, self.token_url)
        bound.token_url = self.token_url or base_url.rstrip("/") + "/oauth/token"
        bound._cache = caches.for_client(bound.token_url, self.client_id, self._secret_fingerprint)
        bound._send = send
        return bound

    @property
    def cache(self) -> TokenCache | None:
        return self._cache

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        raise TypeError("ClientCredentials works with the async clients only")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        cache = self._cache
        if cache is None:
            raise RuntimeError(
                "ClientCredentials must be given to InteropClient or TenantClient, "
                "which bind it to their connection pool and token cache"
            )
        token = await cache.get(self._fetch)
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code != 401:
            return
        cache.invalidate(token)
        token = await cache.get(self._fetch)
        request.headers["Authorization"] = f"Bearer {token.value}"
        logger.debug("401 with a cached token: replaying once with a fresh token")
        yield request  # a second 401 reaches the caller, which raises AuthenticationError

    async def _fetch(self) -> AccessToken:
        cache, send, token_url = self._cache, self._send, self.token_url
        if cache is None or send is None or token_url is None:
            raise RuntimeError("ClientCredentials was not bound to a client")
        request = httpx.Request(
            "POST",
            token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self._client_secret,
            },
            headers={"Accept": "application/json"},
        )
        logger.debug("fetching an access token from %s", request.url.copy_with(query=None))
        try:
            response = await send(request)
        except httpx.TransportError as exc:
            # Whatever broke, the request waiting for this token was never sent: say so, so a
            # create may be retried.
            raise RequestNotSent(f"token request failed: {type(exc).__name__}: {exc}") from exc
        return read_token_response(response, now=cache.clock())


def read_token_response(response: httpx.Response, *, now: float) -> AccessToken:
    """The token from an OAuth2 token response.

    A refusal (4xx) is an ``AuthenticationError`` carrying the service's
    ``error``/``error_description`` (never the credentials that were sent). A transient
    status (408, 429, 500, 502, 503, 504) is ``TokenEndpointBusy``, which the send loop
    retries; any other 5xx is the plain status error (``InternalServerError``).
    """
    if not response.is_success:
        status = response.status_code
        if status in RETRYABLE_STATUSES:
            raise TokenEndpointBusy(response)
        raise status_error(response, error_class=None if status >= 500 else AuthenticationError)
    body: Any
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        body = None
    value = body.get("access_token") if isinstance(body, dict) else None
    if not isinstance(value, str) or not value:
        raise AuthenticationError(
            status_code=response.status_code,
            body=response.content,
            headers=response.headers,
            method=response.request.method,
            url=response.request.url,
            code="invalid_token_response",
            message="the token endpoint answered without an access_token",
        )
    expires_in = _seconds(body.get("expires_in"))
    return AccessToken.issued(value, expires_in, now)


def _seconds(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | str):
        try:
            seconds = float(value)
        except ValueError:
            return None
        return seconds if math.isfinite(seconds) and seconds > 0 else None
    return None
