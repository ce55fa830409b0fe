"""The control API under /__sandbox__/: faults, stats, credentials, clock, reset.

Not part of Kimono's API: requests here are neither counted nor subject to faults. The
sandbox's own made-up credentials are served here on purpose (that is what a sandbox is for).
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._errors import error_body
from .._faults import Fault

if TYPE_CHECKING:
    from .._sandbox import Sandbox

PREFIX = "/__sandbox__"
_FAULT_FIELDS = {field.name for field in fields(Fault)} - {"id", "fired"}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status)


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError("expected a JSON object")
    return value


def routes(sandbox: Sandbox) -> list[Route]:
    async def faults(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse([rule.to_dict() for rule in sandbox.faults.rules])
        if request.method == "DELETE":
            sandbox.faults.clear()
            return Response(status_code=204)
        try:
            body = await _json_object(request)
            unknown = set(body) - _FAULT_FIELDS
            if unknown:
                raise ValueError(f"unknown fault fields {sorted(unknown)}")
            rule = sandbox.faults.add(Fault(**body))
        except (ValueError, TypeError) as error:
            return _error(400, f"Invalid fault: {error}")
        return JSONResponse(rule.to_dict(), status_code=201)

    async def one_fault(request: Request) -> Response:
        if sandbox.faults.remove(request.path_params["fault_id"]):
            return Response(status_code=204)
        return _error(404, "No such fault")

    async def stats(request: Request) -> Response:
        if request.method == "DELETE":
            sandbox.stats.reset()
            return Response(status_code=204)
        return JSONResponse(sandbox.stats.to_dict())

    async def expire_tokens(request: Request) -> Response:
        try:
            client_id = (await _json_object(request)).get("client_id")
        except ValueError as error:
            return _error(400, str(error))
        return JSONResponse({"expired": sandbox.faults.expire_tokens(client_id)})

    async def token_ttl(request: Request) -> Response:
        try:
            body = await _json_object(request)
            sandbox.set_token_ttl(body.get("client_id"), float(body["ttl"]))
        except (ValueError, KeyError, TypeError) as error:
            return _error(400, f"Send {{'ttl': seconds, 'client_id': optional}}: {error}")
        return Response(status_code=204)

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            try:
                sandbox.advance_clock(float((await _json_object(request))["advance"]))
            except (ValueError, KeyError, TypeError) as error:
                return _error(400, f"Send {{'advance': seconds}}: {error}")
        return JSONResponse({"now": sandbox.clock(), "offset": sandbox.clock.offset})

    async def credentials(request: Request) -> Response:
        return JSONResponse(sandbox.credentials.to_dict())

    async def auth_setup(request: Request) -> Response:
        try:
            sandbox.begin_auth_setup(request.path_params["tenant_id"])
        except KeyError:
            return _error(404, "No such tenant")
        return Response(status_code=204)

    async def complete_ingestions(request: Request) -> Response:
        return JSONResponse({"completed": sandbox.complete_ingestions()})

    async def reset(request: Request) -> Response:
        sandbox.reset()
        return Response(status_code=204)

    return [
        Route(f"{PREFIX}/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route(f"{PREFIX}/faults/{{fault_id}}", one_fault, methods=["DELETE"]),
        Route(f"{PREFIX}/stats", stats, methods=["GET", "DELETE"]),
        Route(f"{PREFIX}/tokens/expire", expire_tokens, methods=["POST"]),
        Route(f"{PREFIX}/tokens/ttl", token_ttl, methods=["POST"]),
        Route(f"{PREFIX}/clock", clock, methods=["GET", "POST"]),
        Route(f"{PREFIX}/credentials", credentials, methods=["GET"]),
        Route(f"{PREFIX}/tenants/{{tenant_id}}/auth-setup", auth_setup, methods=["POST"]),
        Route(f"{PREFIX}/ingestions/complete", complete_ingestions, methods=["POST"]),
        Route(f"{PREFIX}/reset", reset, methods=["POST"]),
    ]
