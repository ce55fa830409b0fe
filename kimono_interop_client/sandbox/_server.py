"""The loopback server: uvicorn in a background thread, on 127.0.0.1 by default.

uvicorn is given a small subclass of its h11 protocol that tells the app about the real
connection (an ASGI scope extension), so a "dropped connection" fault can really abort the TCP
connection instead of uvicorn answering 500 on the app's behalf.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING

import anyio
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._faults import CONNECTION_EXTENSION

if TYPE_CHECKING:
    from ._sandbox import Sandbox

_START_TIMEOUT = 10.0


class _Connection:
    def __init__(self, transport: asyncio.Transport, lost: asyncio.Event) -> None:
        self._transport = transport
        self._lost = lost

    async def close(self, *, abort: bool) -> None:
        """Abort (RST, nothing more is sent) or close (flush what was sent, then FIN), and wait
        until uvicorn has seen the connection go, so it does not try to answer for us."""
        if abort:
            self._transport.abort()
        else:
            self._transport.close()
        with anyio.move_on_after(2.0):
            await self._lost.wait()


class _ConnectionAwareH11(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._kimono_lost = asyncio.Event()
        connection = _Connection(transport, self._kimono_lost)
        inner: ASGIApp = self.app

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            scope.setdefault("extensions", {})[CONNECTION_EXTENSION] = connection
            await inner(scope, receive, send)

        self.app = app

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        self._kimono_lost.set()


class ServerHandle:
    """A running loopback server; use as a context manager, or call start()/stop()."""

    def __init__(
        self, sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"
    ) -> None:
        self.sandbox = sandbox
        self.host = host
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP,
        # and without it every response waits ~40 ms on Nagle + delayed ACK.
        self._socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.port: int = self._socket.getsockname()[1]
        config = uvicorn.Config(
            sandbox.app,
            log_level=log_level,
            http=_ConnectionAwareH11,
            ws="none",
            lifespan="off",
            access_log=False,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="kimono-sandbox", daemon=True)

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def _run(self) -> None:
        self._server.run(sockets=[self._socket])

    def start(self) -> ServerHandle:
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        return self

    def wait(self) -> None:
        """Block until the server stops (Ctrl-C in the main thread interrupts the wait)."""
        while self._thread.is_alive():
            self._thread.join(timeout=0.5)

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=_START_TIMEOUT)
        self._socket.close()

    def __enter__(self) -> ServerHandle:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
