"""The public clients: ``InteropClient`` (account) and ``TenantClient`` (one tenant).

One ``InteropClient`` owns one pooled ``httpx.AsyncClient`` and the ``SharedState`` every
context made from it shares. Copies (``with_options``) and tenant contexts (``tenant(...)``)
are a new ``_Core`` over the same ``SharedState``: a few small objects, no pool of their own.
Credentials are applied per request (``http.send(request, auth=...)``); the shared httpx
client is never mutated.
"""

from __future__ import annotations

import importlib
import typing
from collections.abc import Callable, Hashable, Mapping
from dataclasses import replace
from http.cookiejar import Cookie, CookieJar
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

import httpx

from ._auth import ApiKey, BasicCredentials, ClientCredentials
from ._config import DEFAULT_BASE_URL, EnvConfig, apply_log_setting
from ._core import SharedState, _Core, _Options
from ._errors import ClientClosedError, InvalidInputError
from ._pagination import AsyncPaginator
from ._version import __version__

if TYPE_CHECKING:
    from ._generated.models.actor_auth import ActorAuth
    from ._generated.models.tenant_info import TenantInfo
    from ._generated.models.tenant_state import TenantState
    from ._resources.account import Actors, Clouds, Integrations, Tenants
    from ._resources.tenant import Application, Ingestions, Rollovers, Schedules, Scoping

__all__ = ["InteropClient", "SharedState", "TenantClient"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)  # Kimono's own server-side limit is 30 s
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_AFTER = 60.0
DEFAULT_APPLICATION_CACHE_TTL = 300.0  # the reference asks drivers to cache it in memory
USER_AGENT = f"kimono-interop-client/{__version__}"


class _NoCookies(CookieJar):
    """The jar of the client's own pool: it keeps no cookie. One pool serves every tenant, and
    httpx would otherwise store a cookie from one tenant's response and send it with the next
    tenant's requests. Kimono authenticates every call by its Authorization header; no cookie
    is needed. (A user's own ``http_client`` keeps its jar: its cookies are the user's.)"""

    def extract_cookies(self, response: object, request: object) -> None:
        return None

    def set_cookie(self, cookie: Cookie) -> None:
        return None


def _bind(auth: httpx.Auth | None, shared: SharedState) -> httpx.Auth | None:
    if isinstance(auth, ClientCredentials):
        return auth.bind(
            base_url=shared.base_url,
            caches=shared.token_caches,
            send=shared.send_token_request,
        )
    return auth


def _identity(auth: httpx.Auth | None) -> Hashable | None:
    """What keys the tenant's cached application: the credentials' ``identity``, unique to
    their values. An ``httpx.Auth`` of the user's own without one gets None (no caching):
    nothing else about it tells two tenants apart, and ``id()`` is reused once an object is
    freed, which would hand one tenant's application to another."""
    return getattr(auth, "identity", None) if auth is not None else None


def tenant_auth(credentials: object) -> httpx.Auth:
    """Actor credentials from a TenantInfo, an ActorAuth, a (client_id, client_secret) pair
    or an auth object; ``auth.type`` ``basic`` means HTTP Basic, anything else OAuth2."""
    if isinstance(credentials, httpx.Auth):
        return credentials
    if isinstance(credentials, tuple):
        if len(credentials) != 2 or not all(isinstance(part, str) for part in credentials):
            raise InvalidInputError("credentials must be a (client_id, client_secret) pair")
        return ClientCredentials(credentials[0], credentials[1])
    actor_auth = getattr(credentials, "auth", credentials)
    client_id = getattr(actor_auth, "client_id", None)
    client_secret = getattr(actor_auth, "client_secret", None)
    if not isinstance(client_id, str) or not isinstance(client_secret, str):
        raise InvalidInputError(
            f"{type(credentials).__name__} carries no actor credentials "
            "(auth.client_id and auth.client_secret)"
        )
    kind = str(getattr(actor_auth, "type_", "") or "").lower()
    if kind == "basic":
        return BasicCredentials(client_id, client_secret)
    return ClientCredentials(client_id, client_secret)


F = TypeVar("F")


class _Facade(Generic[F]):
    """A façade attribute (``kimono.clouds``, ``t.scoping``...), built on first use: importing
    the façade imports the generated endpoint modules, which a bare client does not need.
    ``settings`` gives the keyword arguments the class takes beside the core, if any."""

    __slots__ = ("_class", "_module", "_name", "_settings")

    def __init__(
        self, module: str, cls: str, settings: Callable[[_Core], dict[str, Any]] | None = None
    ) -> None:
        self._module = f"kimono_interop_client._resources.{module}"
        self._class = cls
        self._name = cls
        self._settings = settings

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type) -> Self: ...
    @overload
    def __get__(self, obj: _ClientBase, owner: type) -> F: ...
    def __get__(self, obj: _ClientBase | None, owner: type) -> Self | F:
        if obj is None:
            return self
        facades = obj._facades
        if facades is None:
            facades = obj._facades = {}
        value = facades.get(self._name)
        if value is None:
            cls = getattr(importlib.import_module(self._module), self._class)
            settings = self._settings(obj._core) if self._settings is not None else {}
            value = facades[self._name] = cls(obj._core, **settings)
        return typing.cast(F, value)


def _open(
    *,
    auth: httpx.Auth | None,
    base_url: str | None,
    timeout: httpx.Timeout | float | None,
    max_retries: int,
    max_retry_after: float,
    headers: Mapping[str, str] | None,
    transport: httpx.AsyncBaseTransport | None,
    http_client: httpx.AsyncClient | None,
    limits: httpx.Limits | None,
    application_cache_ttl: float,
    tenant: bool,
) -> _Core:
    """The state and core of a client that owns its pool (or the user's http_client)."""
    env = EnvConfig.read()
    apply_log_setting(env)
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    if (
        isinstance(application_cache_ttl, bool)
        or not isinstance(application_cache_ttl, int | float)
        or not application_cache_ttl >= 0  # NaN too
    ):
        raise InvalidInputError(
            f"application_cache_ttl must be a number of seconds >= 0, got {application_cache_ttl!r}"
        )
    if auth is None:
        if env.api_key and not tenant:
            auth = ApiKey(env.api_key)
        elif env.client_id and env.client_secret:
            auth = ClientCredentials(env.client_id, env.client_secret)
    if base_url is None:
        user_base = str(http_client.base_url) if http_client is not None else ""
        base_url = env.base_url or user_base or DEFAULT_BASE_URL
    if not base_url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
    timeout = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)
    limits = limits or DEFAULT_LIMITS
    owns_http = http_client is None
    if http_client is None:
        http_client = httpx.AsyncClient(
            transport=transport, limits=limits, timeout=timeout, cookies=_NoCookies()
        )
    shared = SharedState(
        http=http_client,
        owns_http=owns_http,
        base_url=base_url,
        timeout=timeout,
        max_connections=limits.max_connections,
        application_cache_ttl=float(application_cache_ttl),
    )
    options = _Options(
        timeout=timeout,
        max_retries=max_retries,
        max_retry_after=max_retry_after,
        headers=(("User-Agent", USER_AGENT), *(headers or {}).items()),
    )
    return _Core(shared, _bind(auth, shared), options, _identity(auth))


class _ClientBase:
    __slots__ = ("_core", "_facades", "_owner")

    _core: _Core
    _facades: dict[str, object] | None
    _owner: bool

    @classmethod
    def _over(cls, core: _Core) -> Self:
        """A client object over an existing core, sharing (never owning) its pool."""
        client = cls.__new__(cls)
        client._core, client._facades, client._owner = core, None, False
        return client

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._core.shared.base_url!r}, "
            f"auth={self._core.auth!r})"
        )

    @property
    def shared(self) -> SharedState:
        return self._core.shared

    @property
    def tenant_key(self) -> Hashable | None:
        return self._core.tenant_key

    @property
    def base_url(self) -> str:
        return self._core.shared.base_url

    @property
    def is_closed(self) -> bool:
        return self._core.closed

    async def call(self, endpoint: ModuleType, *path_args: Any, **kwargs: Any) -> Any:
        """Call any generated endpoint module (``kimono_interop_client._generated.api...``)
        through this client's auth, retries and error handling."""
        return await self._core.call(endpoint, *path_args, **kwargs)

    def paginate(
        self,
        endpoint: ModuleType,
        *path_args: Any,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
        **kwargs: Any,
    ) -> AsyncPaginator[Any]:
        """Page through any generated list endpoint module."""
        return self._core.paginate(
            endpoint, *path_args, page=page, page_size=page_size, prefetch=prefetch, **kwargs
        )

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        max_retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other options, sharing the pool and caches; this one is unchanged."""
        options = self._core.options
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = httpx.Timeout(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError("max_retries must be 0 or more")
            changes["max_retries"] = max_retries
        if max_retry_after is not None:
            changes["max_retry_after"] = max_retry_after
        if headers:
            merged = httpx.Headers(options.headers)
            merged.update(headers)
            changes["headers"] = tuple(merged.items())
        return self._over(self._core.with_options(replace(options, **changes)))

    async def aclose(self) -> None:
        """Close. The owner closes the pool (unless it was the user's http_client); copies
        and tenant contexts only stop themselves. Closing twice is harmless."""
        core = self._core
        core._closed = True
        shared = core.shared
        if self._owner and not shared.closed:
            shared.closed = True
            if shared.owns_http:
                await shared.http.aclose()

    async def __aenter__(self) -> Self:
        if self._core.closed:
            raise ClientClosedError("this client is closed; create a new one")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class TenantClient(_ClientBase):
    """Acting as one tenant, with its actor credentials.

    From ``kimono.tenant(...)`` it shares the parent's pool and token cache (closing it never
    closes them) and its ``application_cache_ttl``; ``TenantClient(auth=ClientCredentials(...),
    base_url=...)`` stands alone and owns its own pool.
    """

    __slots__ = ()

    scoping: _Facade[Scoping] = _Facade("tenant", "Scoping")
    application: _Facade[Application] = _Facade(
        "tenant", "Application", lambda core: {"ttl": core.shared.application_cache_ttl}
    )
    rollovers: _Facade[Rollovers] = _Facade("tenant", "Rollovers")
    schedules: _Facade[Schedules] = _Facade("tenant", "Schedules")
    ingestions: _Facade[Ingestions] = _Facade("tenant", "Ingestions")

    def __init__(
        self,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        application_cache_ttl: float = DEFAULT_APPLICATION_CACHE_TTL,
    ) -> None:
        self._core = _open(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            headers=headers,
            transport=transport,
            http_client=http_client,
            limits=limits,
            application_cache_ttl=application_cache_ttl,
            tenant=True,
        )
        self._facades = None
        self._owner = True

    async def info(self) -> TenantInfo:
        """The tenant these credentials identify (findTenantByCredentials)."""
        from ._resources.tenant import tenant_info

        return await tenant_info(self._core)

    async def state(self) -> TenantState:
        """The tenant's state (getTenantState)."""
        from ._resources.tenant import tenant_state

        return await tenant_state(self._core)


class InteropClient(_ClientBase):
    """The account client: ``actors``, ``clouds``, ``integrations``, ``tenants``, and
    ``tenant(...)`` to act as one tenant.

    ``auth`` defaults to KIMONO_API_KEY, else KIMONO_CLIENT_ID/KIMONO_CLIENT_SECRET; ``base_url``
    to KIMONO_BASE_URL, else https://api.us2.kimonocloud.com. ``timeout`` defaults to 5 s to
    connect and 30 s to read (Kimono's own limit); None also means that default. One pooled
    ``httpx.AsyncClient`` serves this client, its copies and its tenant contexts; pass
    ``http_client=`` to bring your own (it is then yours to close) or ``transport=`` to test.
    ``application_cache_ttl``: seconds a tenant's ``application.get()`` stays cached (300 s),
    for every tenant context made from this client.
    """

    __slots__ = ()

    actors: _Facade[Actors] = _Facade("account", "Actors")
    clouds: _Facade[Clouds] = _Facade("account", "Clouds")
    integrations: _Facade[Integrations] = _Facade("account", "Integrations")
    tenants: _Facade[Tenants] = _Facade("account", "Tenants")

    def __init__(
        self,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        application_cache_ttl: float = DEFAULT_APPLICATION_CACHE_TTL,
    ) -> None:
        self._core = _open(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            headers=headers,
            transport=transport,
            http_client=http_client,
            limits=limits,
            application_cache_ttl=application_cache_ttl,
            tenant=False,
        )
        self._facades = None
        self._owner = True

    def tenant(
        self, credentials: TenantInfo | ActorAuth | tuple[str, str] | httpx.Auth
    ) -> TenantClient:
        """Act as a tenant: its actor credentials from a ``TenantInfo`` (``tenants.list()``),
        an ``ActorAuth``, a ``(client_id, client_secret)`` pair or an auth object. The context
        shares this client's pool and token cache."""
        auth = tenant_auth(credentials)
        shared = self._core.shared
        return TenantClient._over(self._core.as_tenant(_bind(auth, shared), _identity(auth)))
