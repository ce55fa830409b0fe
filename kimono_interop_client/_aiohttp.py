"""An httpx transport that sends through aiohttp (the ``aiohttp`` extra).

httpx's own pool slows down as the requests in flight grow (encode/httpx#3215); aiohttp's does
not. ``InteropClient(transport=aiohttp_transport())`` keeps every feature of the SDK (auth
flows, retries, timeouts, typed errors) and sends through aiohttp.

It builds on ``httpx-aiohttp`` and corrects how that package reports failures: it turns every
aiohttp connection error, including a server that hangs up after reading the request, into
``httpx.ConnectTimeout``, which tells the retry logic that nothing was sent, so a POST would be
sent twice. Here only a failure to connect says "not sent"; the rest say "maybe sent", as
httpx's own transport does. And aiohttp's own resend of idempotent requests is turned off: the
SDK's retries are the only ones.
"""

from __future__ import annotations

import httpx

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "aiohttp_transport() needs the aiohttp extra: pip install 'kimono-interop-client[aiohttp]'"
    ) from exc

__all__ = ["aiohttp_transport"]


def _httpx_error(cause: BaseException, message: str) -> httpx.TransportError | None:
    """The httpx error that tells the truth about an aiohttp failure (None: keep as mapped)."""
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(cause, aiohttp.SocketTimeoutError | aiohttp.ServerTimeoutError):
        return httpx.ReadTimeout(message)
    if isinstance(cause, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message)
    if isinstance(cause, aiohttp.ClientPayloadError | aiohttp.ClientOSError):
        return httpx.ReadError(message)
    if isinstance(cause, aiohttp.ClientConnectionError):
        return httpx.NetworkError(message)
    return None


class _Transport(AiohttpTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except httpx.TransportError as exc:
            cause = exc.__cause__
            corrected = None if cause is None else _httpx_error(cause, str(exc))
            if corrected is None:
                raise
            corrected.request = request
            raise corrected from cause
        except TimeoutError as exc:  # aiohttp's total timeout, raised as is
            raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc


def aiohttp_transport(
    *, limit: int = 100, limit_per_host: int = 0, keepalive_expiry: float = 15.0
) -> httpx.AsyncBaseTransport:
    """An httpx transport sending through one aiohttp session.

    ``limit`` caps the connections in the pool (``limit_per_host`` per host, 0: no cap of its
    own). The session is created on the first request, inside the running event loop, and
    closed with the client (``await client.aclose()`` or ``async with``).
    """
    if limit < 1:
        raise ValueError("limit must be 1 or more")

    def session() -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=limit, limit_per_host=limit_per_host, keepalive_timeout=keepalive_expiry
        )
        # No cookie jar: one pool serves every tenant, and a cookie one tenant's response set
        # must not ride along on another's requests (as for httpx's jar, _client._NoCookies).
        client = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())
        # aiohttp resends an idempotent request once by itself when a kept-alive connection
        # drops (RFC 9112 allows it). The SDK's retry loop must own every resend, so that
        # max_retries bounds them and each one is logged.
        if hasattr(client, "_retry_connection"):
            client._retry_connection = False
        return client

    return _Transport(
        limits=httpx.Limits(max_connections=limit, keepalive_expiry=keepalive_expiry),
        client=session,
    )
