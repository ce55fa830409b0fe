"""The clients: ``_Core`` (the one send loop), ``InteropClient`` and ``TenantClient``.

One ``InteropClient`` owns one pooled ``httpx.AsyncClient`` and the state every context made
from it shares (``SharedState``: the pool, token caches, the application cache, the clock).
Copies (``with_options``) and tenant contexts (``tenant(...)``) are a new ``_Core`` over the
same ``SharedState``: a few small objects, no pool of their own. Credentials are applied per
request (``http.send(request, auth=...)``); the shared httpx client is never mutated.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import time
import typing
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

import anyio
import attrs
import httpx

from ._auth import ApiKey, BasicCredentials, ClientCredentials
from ._config import DEFAULT_BASE_URL, LOGGER_NAME, EnvConfig, apply_log_setting
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    InvalidInputError,
    ResponseValidationError,
    status_error,
)
from ._pagination import AsyncPaginator, RawPage
from ._pool_repair import connection_pool, reclaim_orphans
from ._retry import TransportFailure, classify, should_retry
from ._token_cache import TokenCaches
from ._version import __version__

if TYPE_CHECKING:
    from ._generated.models.actor_auth import ActorAuth
    from ._generated.models.tenant_info import TenantInfo
    from ._generated.models.tenant_state import TenantState
    from ._resources.account import Actors, Clouds, Integrations, Tenants
    from ._resources.tenant import Application, Ingestions, Rollovers, Schedules, Scoping

__all__ = ["InteropClient", "SharedState", "TenantClient"]

logger = logging.getLogger(LOGGER_NAME)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)  # Kimono's own server-side limit is 30 s
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_AFTER = 60.0
USER_AGENT = f"kimono-interop-client/{__version__}"


class SharedState:
    """What an ``InteropClient`` shares with every copy and tenant context made from it."""

    __slots__ = (
        "application_cache",
        "base_url",
        "clock",
        "closed",
        "http",
        "owns_http",
        "pool",
        "sleep",
        "slots",
        "timeout",
        "token_caches",
    )

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        owns_http: bool,
        base_url: str,
        timeout: httpx.Timeout,
        max_connections: int | None,
    ) -> None:
        self.http = http
        self.owns_http = owns_http
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.closed = False
        # Injectable for tests: a monotonic clock and the sleep between retries.
        self.clock: Callable[[], float] = time.monotonic
        self.sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        self.application_cache: dict[Hashable, tuple[float, Any]] = {}
        # The caches read the clock through this object, so a replaced clock applies to them.
        self.token_caches = TokenCaches(lambda: self.clock())
        # encode/httpcore#1093: a call cancelled while queued inside httpcore's pool can orphan
        # a connection slot for good. With at most `max_connections` calls past this semaphore,
        # httpcore never queues, so cancellation lands here, where it is harmless.
        # That limit removes the pool queue, but not every window: httpcore also orphans a
        # fresh connection cancelled at its HTTP/1.1 state lock. After a cancelled call the
        # pool is swept for connections no request owns (see _pool_repair).
        self.slots = anyio.Semaphore(max_connections) if max_connections else None
        self.pool = connection_pool(http)

    async def send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        guard = self.slots if self.slots is not None else contextlib.nullcontext()
        async with guard:
            try:
                return await self._send_in_child_task(request, auth)
            except BaseException:
                if self.pool is not None:
                    await reclaim_orphans(self.pool)
                raise

    async def _send_in_child_task(
        self, request: httpx.Request, auth: httpx.Auth | None
    ) -> httpx.Response:
        """Send from a child task, so that cancelling the caller reaches httpcore as an anyio
        cancellation, which its shielded clean-up honours. A native ``task.cancel()`` landing
        inside that clean-up skips it and leaves a request in the pool for good."""
        outcome: list[httpx.Response | Exception] = []

        async def send() -> None:
            try:
                outcome.append(await self.http.send(request, auth=auth))
            except Exception as exc:
                outcome.append(exc)

        async with anyio.create_task_group() as group:
            group.start_soon(send)
        result = outcome[0]
        if isinstance(result, Exception):
            raise result
        return result

    async def send_token_request(self, request: httpx.Request) -> httpx.Response:
        """Send without any auth flow: used by ClientCredentials from inside its own flow,
        while the caller already holds a slot, so it does not take another."""
        request.extensions.setdefault("timeout", self.timeout.as_dict())
        started = self.clock()
        response = await self.http.send(request, auth=None)
        logger.debug(
            "POST %s -> %d in %.1f ms (token)",
            request.url.path,
            response.status_code,
            (self.clock() - started) * 1000,
        )
        return response


@dataclass(frozen=True, slots=True)
class _Options:
    timeout: httpx.Timeout
    max_retries: int
    max_retry_after: float
    headers: tuple[tuple[str, str], ...]


class _LenientClient:
    """Stands in for the generated client when calling ``_parse_response``: an undocumented
    status then returns None instead of raising."""

    raise_on_unexpected_status = False


_LENIENT = _LenientClient()


def _is_unset(value: object) -> bool:
    # By name: a package generated elsewhere (tests/test_extensibility.py) has its own Unset.
    return type(value).__name__ == "Unset"


def _field_names(model: object) -> frozenset[str]:
    cls = type(model)
    if not attrs.has(cls):
        return frozenset()
    return frozenset(f.name for f in attrs.fields(cls))


def _read_body(content: object) -> object:
    # The generated XML bodies are file objects: read them so the body is bytes, which an
    # async client can send and a retry or a 401 replay can send again.
    read = getattr(content, "read", None)
    return read() if callable(read) else content


def _parse_success(endpoint: ModuleType, response: httpx.Response) -> Any:
    """The endpoint's own 2xx model (or int, ...) for a 2xx response; None for no content.

    An empty body is fine for a 204 or an operation that documents none, a bad body for one
    that documents a body; any non-JSON body is a bad body.
    """
    if response.status_code == 204:
        return None
    parse = endpoint._parse_response
    try:
        parsed = parse(client=_LENIENT, response=response)
        # A 200 where the spec says 201 (or the reverse) is still the documented body.
        for documented in (200, 201, 202):
            if parsed is not None or documented == response.status_code:
                continue
            alias = httpx.Response(
                documented,
                content=response.content,
                headers=response.headers,
                request=response.request,
            )
            parsed = parse(client=_LENIENT, response=alias)
        if parsed is None and response.content.strip():
            response.json()  # an operation without a documented body still gets JSON or nothing
    except Exception as exc:
        raise ResponseValidationError.for_response(
            response, f"{type(exc).__name__}: {exc}"
        ) from exc
    if parsed is not None and not attrs.has(type(parsed)):
        _check_plain_type(endpoint, parsed, response)
    return parsed


def _check_plain_type(endpoint: ModuleType, parsed: object, response: httpx.Response) -> None:
    """A count operation casts the JSON to int without checking; check against the signature."""
    declared = endpoint._parse_response.__annotations__.get("return")
    allowed = tuple(t for t in typing.get_args(declared) if isinstance(t, type))
    if not allowed or (isinstance(parsed, allowed) and not isinstance(parsed, bool)):
        return
    raise ResponseValidationError.for_response(
        response,
        f"expected {' or '.join(t.__name__ for t in allowed)}, got {type(parsed).__name__}",
    )


def _unwrap(parsed: Any, response: httpx.Response) -> Any:
    """``data`` of a single-object envelope; anything else (list envelopes too) as parsed."""
    names = _field_names(parsed)
    if "data" not in names or "paging" in names:
        return parsed
    data = parsed.data
    if isinstance(data, list):
        return parsed
    if data is None or _is_unset(data):
        error = getattr(parsed, "error", None)
        detail = "" if error is None or _is_unset(error) else f" (error: {error.to_dict()})"
        raise ResponseValidationError.for_response(response, f"the envelope has no data{detail}")
    return data


def _raw_page(parsed: Any, response: httpx.Response) -> RawPage:
    if "data" not in _field_names(parsed):
        raise ResponseValidationError.for_response(response, "not a list envelope")
    data = parsed.data
    if not isinstance(data, list):
        raise ResponseValidationError.for_response(response, "the list envelope has no data list")
    if any(item is not None and not attrs.has(type(item)) for item in data):
        raise ResponseValidationError.for_response(response, "the data list holds non-objects")
    paging = getattr(parsed, "paging", None)
    has_paging = paging is not None and not _is_unset(paging)
    marker = getattr(paging, "next_", None) if has_paging else None
    has_next = marker is not None and not _is_unset(marker)
    return RawPage(data, has_paging, has_next, parsed, response)


def _connection_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or "no detail"
    return cls(f"{type(exc).__name__}: {detail}", method=request.method, url=request.url)


class _Core:
    """The one send loop, shared by every client object (see COMMON.md for the contract)."""

    __slots__ = ("_auth", "_closed", "options", "shared", "tenant_key")

    def __init__(
        self,
        shared: SharedState,
        auth: httpx.Auth | None,
        options: _Options,
        tenant_key: Hashable | None,
    ) -> None:
        self.shared = shared
        self._auth = auth
        self.options = options
        self.tenant_key = tenant_key
        self._closed = False

    @property
    def auth(self) -> httpx.Auth | None:
        return self._auth

    @property
    def closed(self) -> bool:
        return self._closed or self.shared.closed

    def derive(
        self,
        *,
        auth: httpx.Auth | None = None,
        options: _Options | None = None,
        tenant_key: Hashable | None = None,
        keep_identity: bool = True,
    ) -> _Core:
        if keep_identity:
            auth, tenant_key = self._auth, self.tenant_key
        return _Core(self.shared, auth, options or self.options, tenant_key)

    async def call(self, endpoint: ModuleType, *path_args: Any, **kwargs: Any) -> Any:
        response = await self.send(endpoint._get_kwargs(*path_args, **kwargs))
        return _unwrap(_parse_success(endpoint, response), response)

    def paginate(
        self,
        endpoint: ModuleType,
        *path_args: Any,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
        **kwargs: Any,
    ) -> AsyncPaginator[Any]:
        if page_size is not None:
            kwargs["page_size"] = page_size

        async def fetch_page(number: int | None) -> RawPage:
            page_kwargs = kwargs if number is None else {**kwargs, "page": number}
            response = await self.send(endpoint._get_kwargs(*path_args, **page_kwargs))
            return _raw_page(_parse_success(endpoint, response), response)

        return AsyncPaginator(fetch_page, page=page, page_size=page_size, prefetch=prefetch)

    def build_request(self, spec: Mapping[str, Any]) -> httpx.Request:
        """An httpx request from a generated ``_get_kwargs`` result."""
        headers = httpx.Headers(self.options.headers)
        headers.update(spec.get("headers") or {})
        return self.shared.http.build_request(
            str(spec["method"]).upper(),
            self.shared.base_url + str(spec["url"]),
            params=spec.get("params"),
            json=spec.get("json"),
            content=_read_body(spec.get("content")),  # type: ignore[arg-type]
            data=spec.get("data"),
            files=spec.get("files"),
            headers=headers,
            timeout=self.options.timeout,
        )

    async def send(self, spec: Mapping[str, Any]) -> httpx.Response:
        """Send with retries; a 2xx response, or a typed error."""
        if self.closed:
            raise ClientClosedError("this client is closed; create a new one")
        request = self.build_request(spec)
        shared, options = self.shared, self.options
        method, path = request.method, request.url.path
        attempt = 0
        while True:
            started = shared.clock()
            outcome: int | TransportFailure
            try:
                response = await shared.send(request, self._auth)
            except httpx.RequestError as exc:
                failure = exc
                outcome = (
                    classify(exc)
                    if isinstance(exc, httpx.TransportError)
                    else TransportFailure.MAYBE_SENT
                )
                logger.debug(
                    "%s %s failed after %.1f ms: %s",
                    method,
                    path,
                    (shared.clock() - started) * 1000,
                    type(exc).__name__,
                )
                headers = None
            else:
                elapsed = (shared.clock() - started) * 1000
                logger.debug("%s %s -> %d in %.1f ms", method, path, response.status_code, elapsed)
                if response.is_success:
                    return response
                outcome, headers = response.status_code, response.headers
            decision = should_retry(
                method,
                outcome,
                attempt,
                headers,
                max_retries=options.max_retries,
                max_retry_after=options.max_retry_after,
                now=datetime.now(UTC),
            )
            if not decision.retry:
                logger.debug("%s %s: not retrying (%s)", method, path, decision.reason)
                if isinstance(outcome, TransportFailure):
                    raise _connection_error(failure, request) from failure
                raise status_error(response, retry_after=decision.retry_after)
            attempt += 1
            logger.debug(
                "%s %s: retry %d of %d in %.2f s (%s)",
                method,
                path,
                attempt,
                options.max_retries,
                decision.delay,
                decision.reason,
            )
            await shared.sleep(decision.delay)


def _bind(auth: httpx.Auth | None, shared: SharedState) -> httpx.Auth | None:
    if isinstance(auth, ClientCredentials):
        return auth.bind(
            base_url=shared.base_url,
            caches=shared.token_caches,
            send=shared.send_token_request,
        )
    return auth


def _identity(auth: httpx.Auth | None) -> Hashable | None:
    if auth is None:
        return None
    identity = getattr(auth, "identity", None)
    return identity if identity is not None else ("auth", id(auth))


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
    the façade imports the generated endpoint modules, which a bare client does not need."""

    __slots__ = ("_class", "_module", "_name")

    def __init__(self, module: str, cls: str) -> None:
        self._module = f"kimono_interop_client._resources.{module}"
        self._class = cls
        self._name = cls

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
            value = facades[self._name] = cls(obj._core)
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
    tenant: bool,
) -> _Core:
    """The state and core of a client that owns its pool (or the user's http_client)."""
    env = EnvConfig.read()
    apply_log_setting(env)
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
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
        http_client = httpx.AsyncClient(transport=transport, limits=limits, timeout=timeout)
    shared = SharedState(
        http=http_client,
        owns_http=owns_http,
        base_url=base_url,
        timeout=timeout,
        max_connections=limits.max_connections,
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
        return self._over(self._core.derive(options=replace(options, **changes)))

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
    closes them); ``TenantClient(auth=ClientCredentials(...), base_url=...)`` stands alone and
    owns its own pool.
    """

    __slots__ = ()

    scoping: _Facade[Scoping] = _Facade("tenant", "Scoping")
    application: _Facade[Application] = _Facade("tenant", "Application")
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
        core = self._core.derive(
            auth=_bind(auth, self._core.shared),
            tenant_key=_identity(auth),
            keep_identity=False,
        )
        return TenantClient._over(core)
