"""The embedded Kimono Interop sandbox: a faithful, stateful, in-memory implementation of the
whole Interop API (the 51 operations of openapi/interop.yaml plus POST /oauth/token), for
offline demos, this SDK's tests and its users' tests.

Why Starlette: it is small, well kept, ASGI-native (so it runs in-process behind
`httpx.ASGITransport` with no socket, and on uvicorn over loopback), and it is already the
base of FastAPI users' stacks, so the optional `sandbox` extra adds little to them. uvicorn
serves the loopback server.

The sandbox is an independent implementation: it does not import the SDK's client layer or
its generated models; it checks requests with its own small validators, written from the spec.

    sb = Sandbox(seed=1)
    transport = httpx.ASGITransport(app=sb.app)          # in-process
    with sb.serve() as server: print(server.base_url)    # real HTTP on 127.0.0.1
"""

from ._app import create_app
from ._faults import ConnectionDropped, Fault, Faults
from ._sandbox import Credentials, Sandbox, TenantCredentials
from ._seed import DEFAULT_SIZE
from ._server import ServerHandle
from ._state import Clock
from ._stats import Stats

__all__ = [
    "DEFAULT_SIZE",
    "Clock",
    "ConnectionDropped",
    "Credentials",
    "Fault",
    "Faults",
    "Sandbox",
    "ServerHandle",
    "Stats",
    "TenantCredentials",
    "create_app",
]
