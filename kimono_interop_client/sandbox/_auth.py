"""Who is calling: the account (API key or account bearer token) or a tenant (its actor's
OAuth2 token, or its actor's pair over HTTP Basic), and the tokens the sandbox issues.

Every issued token carries an expiry on the sandbox clock and stops working after it, so
clients are really exercised on refresh. Secrets are compared with `hmac.compare_digest`.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import unquote

from ._errors import ApiError
from ._state import State, TenantData


@dataclass(frozen=True)
class BasicPair:
    user: str
    password: str


@dataclass(frozen=True)
class Bearer:
    token: str


Presented = BasicPair | Bearer | None


def parse_authorization(header: str | None, *, form_encoded: bool = False) -> Presented:
    """The credentials in an Authorization header; None when absent or unreadable.
    `form_encoded`: RFC 6749 §2.3.1 says OAuth2 clients URL-encode id and secret in Basic."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer" and value:
        return Bearer(value)
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = decoded.partition(":")
    if not colon:
        return None
    if form_encoded:
        user, password = unquote(user.replace("+", " ")), unquote(password.replace("+", " "))
    return BasicPair(user, password)


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def unauthorized(message: str, challenge: str) -> ApiError:
    error = ApiError(401, message)
    error.headers["WWW-Authenticate"] = challenge
    return error


@dataclass
class IssuedToken:
    client_id: str
    expires_at: float


class Tokens:
    """Access tokens issued by the token endpoint (or `Sandbox.issue_token`)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._tokens: dict[str, IssuedToken] = {}
        self._lock = threading.Lock()  # the Python API may be used from another thread

    def issue(self, client_id: str, ttl: float) -> str:
        token = f"sbx_{secrets.token_urlsafe(32)}"
        now = self._clock()
        with self._lock:
            if len(self._tokens) > 10_000:  # keep memory bounded in long benchmark runs
                self._tokens = {k: v for k, v in self._tokens.items() if v.expires_at > now}
            self._tokens[token] = IssuedToken(client_id, now + ttl)
        return token

    def client_of(self, token: str) -> str | None:
        issued = self._tokens.get(token)
        if issued is None or issued.expires_at <= self._clock():
            return None
        return issued.client_id

    def expire(self, client_id: str | None = None) -> int:
        """Make every token (or every token of one client) expire now; returns how many."""
        now = self._clock()
        count = 0
        with self._lock:
            for issued in self._tokens.values():
                if (client_id is None or issued.client_id == client_id) and issued.expires_at > now:
                    issued.expires_at = now
                    count += 1
        return count

    def revoke(self, client_ids: Iterable[str]) -> None:
        doomed = set(client_ids)
        with self._lock:
            self._tokens = {k: v for k, v in self._tokens.items() if v.client_id not in doomed}

    def clear(self) -> None:
        with self._lock:
            self._tokens.clear()


ACCOUNT_CHALLENGE = 'Basic realm="kimono-interop", Bearer realm="kimono-interop"'
TENANT_CHALLENGE = 'Bearer realm="kimono-interop", Basic realm="kimono-interop-actor"'


def authenticate_account(state: State, presented: Presented) -> None:
    """The account API key as Basic key:key, or the account's ready-made bearer token."""
    if isinstance(presented, BasicPair):
        if same(presented.user, state.api_key) and same(presented.password, state.api_key):
            return
        raise unauthorized("Invalid account API key", ACCOUNT_CHALLENGE)
    if isinstance(presented, Bearer):
        if same(presented.token, state.account_token):
            return
        raise unauthorized(
            "Invalid or expired bearer token for account operations", ACCOUNT_CHALLENGE
        )
    raise unauthorized(
        "Missing credentials: send the account API key as HTTP Basic", ACCOUNT_CHALLENGE
    )


def authenticate_tenant(state: State, tokens: Tokens, presented: Presented) -> TenantData:
    """The tenant identified by its actor's credentials: a token the sandbox issued to an
    `oauth2` actor, or the client_id/client_secret pair of a `basic` actor."""
    if isinstance(presented, Bearer):
        client_id = tokens.client_of(presented.token)
        if client_id is None:
            raise unauthorized("Invalid or expired access token", TENANT_CHALLENGE)
    elif isinstance(presented, BasicPair):
        client_id = presented.user
        actor = state.actor_by_client_id(client_id)
        if actor is None or not same(presented.password, actor["auth"]["client_secret"]):
            raise unauthorized("Invalid actor credentials", TENANT_CHALLENGE)
        if actor["auth"]["type"] != "basic":
            raise unauthorized(
                "This actor's auth.type is oauth2: exchange its credentials at /oauth/token "
                "and send the access token as a bearer token",
                TENANT_CHALLENGE,
            )
    else:
        raise unauthorized("Missing credentials: send the actor's credentials", TENANT_CHALLENGE)
    actor = state.actor_by_client_id(client_id)
    tenant = None if actor is None else state.tenant_of_actor(actor)
    if tenant is None:
        raise unauthorized("These credentials do not identify a tenant", TENANT_CHALLENGE)
    return tenant
