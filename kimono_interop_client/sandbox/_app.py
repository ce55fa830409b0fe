"""The ASGI application: operations registered by the route modules, one dispatch path for
all of them (count, fault, authenticate, validate, apply, answer).

Starlette provides the router, the request object and body reading; each path template gets
one endpoint that picks the operation by method, so a wrong method is a Kimono-style 405
instead of Starlette's plain-text one. Static paths are registered before parameterised ones
(`/clouds/search` before `/clouds/{id}`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import anyio
from starlette.requests import ClientDisconnect, Request
from starlette.routing import BaseRoute, Route, Router
from starlette.types import Receive, Scope, Send

from . import _faults
from ._auth import authenticate_account, authenticate_tenant, parse_authorization
from ._errors import ApiError, OAuthError, error_body
from ._http import Reply, json_reply, send_reply
from ._state import Record, State, Table, TenantData, iso, public
from ._validation import Check, bad, query_bool, query_int, uuid_str

if TYPE_CHECKING:
    from ._sandbox import Sandbox

logger = logging.getLogger("kimono_interop_client.sandbox")

Auth = Literal["account", "tenant", "none"]
Handler = Callable[["Call"], Awaitable[Reply]]
_MAX_BODY = 5 * 1024 * 1024


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    auth: Auth
    handler: Handler


def single(record: Record, status: int = 200) -> Reply:
    """The single-object envelope `{"data": {...}}`."""
    return json_reply(status, {"data": public(record)})


def not_found(kind: str, key: str) -> ApiError:
    return ApiError(404, f"No {kind} with identifier {key}")


def find(call: Call, table: Table, kind: str) -> Record:
    """The record the path's `id` names, or 404 (400 when it is not a UUID)."""
    record_id = call.path_id()
    record = table.get(record_id)
    if record is None:
        raise not_found(kind, record_id)
    return record


class Routes:
    """Collects a module's operations: `@routes.op("GET", "/v2/...", "listClouds", "account")`."""

    def __init__(self) -> None:
        self.operations: list[Operation] = []

    def op(
        self, method: str, template: str, operation_id: str, auth: Auth
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.operations.append(Operation(operation_id, method, template, auth, handler))
            return handler

        return register


class Call:
    """One request to one operation, with the parsing helpers every handler needs."""

    def __init__(self, sandbox: Sandbox, request: Request, tenant: TenantData | None) -> None:
        self.sandbox = sandbox
        self.request = request
        self._tenant = tenant

    @property
    def state(self) -> State:
        return self.sandbox.state

    @property
    def tenant(self) -> TenantData:
        assert self._tenant is not None, "tenant operations are authenticated as a tenant"
        return self._tenant

    def now(self) -> str:
        return iso(self.sandbox.clock())

    # ---- parameters ------------------------------------------------------------------------

    def path_id(self, name: str = "id") -> str:
        return str(uuid_str(self.request.path_params[name], f"path parameter '{name}'"))

    def path(self, name: str) -> str:
        return str(self.request.path_params[name])

    def query(self, name: str) -> str | None:
        return self.request.query_params.get(name)

    def query_list(self, name: str) -> list[str]:
        return self.request.query_params.getlist(name)

    def query_flag(self, name: str, default: bool) -> bool:
        raw = self.query(name)
        return default if raw is None else query_bool(raw, f"query parameter '{name}'")

    def paging(self) -> tuple[int, int]:
        limit = self.sandbox.max_page_size
        raw_page, raw_size = self.query("page"), self.query("page_size")
        page = 0 if raw_page is None else query_int(raw_page, "query parameter 'page'", 0)
        size = limit if raw_size is None else query_int(raw_size, "query parameter 'page_size'", 1)
        return page, min(size, limit)  # larger requests are silently capped, like Kimono

    def page(
        self,
        rows: Sequence[Record],
        render: Callable[[list[Record]], list[Record]] | None = None,
    ) -> Reply:
        """One page of `rows` in the list envelope (`render` turns the page's records into
        what is sent); `paging.next` is non-null exactly when more pages exist."""
        page, size = self.paging()
        start = page * size
        more = start + size < len(rows)
        next_marker = f"{self.request.url.path}?page={page + 1}&page_size={size}" if more else None
        chunk = list(rows[start : start + size])
        data = [public(row) for row in chunk] if render is None else render(chunk)
        return json_reply(200, {"data": data, "paging": {"next": next_marker}})

    # ---- bodies ------------------------------------------------------------------------------

    async def _body(self, accepted: Callable[[str], bool], kind: str) -> bytes:
        media_type = self.request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not accepted(media_type):
            raise ApiError(
                400,
                f"Content-Type must be {kind}, not {media_type or 'missing'}",
                details="content-type",
            )
        body = await self.request.body()
        if len(body) > _MAX_BODY:
            raise ApiError(400, "Request body too large", details="body")
        return body

    async def json(self, check: Check, *, required: bool = True) -> Any:
        """The JSON body, checked; None when optional and absent."""
        if not required and not await self.request.body():
            return None
        raw = await self._body(
            lambda t: t == "application/json" or t.endswith("+json"), "application/json"
        )
        try:
            value = json.loads(raw)
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            raise bad("body", "malformed JSON") from None
        return check(value, "body")

    async def xml(self) -> bytes:
        return await self._body(
            lambda t: t in ("application/xml", "text/xml") or t.endswith("+xml"), "application/xml"
        )


# ---- dispatch ------------------------------------------------------------------------------


class _TemplateEndpoint:
    """The ASGI endpoint of one path template; picks the operation by method."""

    def __init__(self, sandbox: Sandbox, operations: dict[str, Operation]) -> None:
        self.sandbox = sandbox
        self.operations = operations

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        operation = self.operations.get(scope["method"])
        if operation is None:
            allowed = ", ".join(sorted(self.operations))
            body = error_body(405, f"Method {scope['method']} not allowed; use {allowed}")
            await send_reply(send, json_reply(405, body, {"Allow": allowed}))
            return
        await dispatch(self.sandbox, operation, scope, receive, send)


async def dispatch(
    sandbox: Sandbox, operation: Operation, scope: Scope, receive: Receive, send: Send
) -> None:
    method, path = scope["method"], scope["path"]
    request = Request(scope, receive)
    try:
        # The whole request is read first, as a real server would before being slow: a client
        # that gives up during injected latency still gets its request applied, late.
        await request.body()
    except ClientDisconnect:
        return  # gone before its request was complete: nothing to apply, nobody to answer
    sandbox.stats.record(sandbox.stats.received, (method, operation.template))
    delay, fault = sandbox.faults.pick(method, path, operation.operation_id)
    if delay:
        await anyio.sleep(delay)
    if fault is not None and not fault.after:
        await _faults.respond(fault, None, scope, send, sandbox.clock)
        return
    reply = await _apply(sandbox, operation, request)
    if reply.status < 400:
        sandbox.stats.record(sandbox.stats.applied, operation.operation_id)
    if fault is not None:
        await _faults.respond(fault, reply, scope, send, sandbox.clock)
    else:
        await send_reply(send, reply)


async def _apply(sandbox: Sandbox, operation: Operation, request: Request) -> Reply:
    try:
        tenant = None
        if operation.auth != "none":
            presented = parse_authorization(request.headers.get("authorization"))
            if operation.auth == "account":
                authenticate_account(sandbox.state, presented)
            else:
                tenant = authenticate_tenant(sandbox.state, sandbox.tokens, presented)
        return await operation.handler(Call(sandbox, request, tenant))
    except ApiError as error:
        return json_reply(error.status, error.body, error.headers)
    except OAuthError as error:
        headers = {"Cache-Control": "no-store"}
        if error.status == 401:
            headers["WWW-Authenticate"] = 'Basic realm="kimono-interop-token"'
        return json_reply(error.status, error.body, headers)
    except Exception as error:  # a sandbox bug must still answer in Kimono's shape
        logger.exception("sandbox failure in %s", operation.operation_id)
        body = error_body(500, "The sandbox failed", details=type(error).__name__)
        return json_reply(500, body)


async def _not_found(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    body = error_body(404, f"No such path: {scope['path']}")
    await send_reply(send, json_reply(404, body))


def all_operations() -> list[Operation]:
    from ._routes import account, oauth, tenant

    return [*oauth.routes.operations, *account.routes.operations, *tenant.routes.operations]


def create_app(sandbox: Sandbox) -> Router:
    """The ASGI app serving `sandbox`: the 51 operations, /oauth/token and /__sandbox__/."""
    from ._routes import control

    by_template: dict[str, dict[str, Operation]] = {}
    for operation in all_operations():
        by_template.setdefault(operation.template, {})[operation.method] = operation
    # Static segments win: fewer parameters first, so /clouds/search is not read as an id.
    templates = sorted(by_template, key=lambda template: template.count("{"))
    routes: list[BaseRoute] = list(control.routes(sandbox))
    routes += [
        Route(template, _TemplateEndpoint(sandbox, by_template[template])) for template in templates
    ]
    return Router(routes=routes, redirect_slashes=False, default=_not_found)
