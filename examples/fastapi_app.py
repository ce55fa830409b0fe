"""A FastAPI service that shares one InteropClient across all requests.

    pip install 'kimono-interop-client' fastapi uvicorn
    export KIMONO_API_KEY=...            # your account API key (KIMONO_BASE_URL optional)
    uvicorn examples.fastapi_app:app

One client is created in the lifespan and closed on shutdown: its connection pool and token
cache then serve every request and every tenant. Per-request clients would pay a TLS handshake
and a token request each time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated
from uuid import UUID

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel

from kimono_interop_client import InteropClient, KimonoError, NotFoundError
from kimono_interop_client.models import ScopingSchool


class School(BaseModel):
    """What this service exposes of a scoping school; the API model has more fields."""

    id: UUID
    name: str | None = None
    local_id: str | None = None
    selected: bool | None = None

    @classmethod
    def of(cls, school: ScopingSchool) -> School:
        return cls.model_validate(school.to_dict())  # absent fields stay None, extras ignored


def get_kimono(request: Request) -> InteropClient:
    """The dependency: the client the lifespan stored on the app."""
    kimono = getattr(request.app.state, "kimono", None)
    if not isinstance(kimono, InteropClient):
        raise RuntimeError("the app's lifespan did not run: no InteropClient")
    return kimono


Kimono = Annotated[InteropClient, Depends(get_kimono)]


def create_app(make_client: Callable[[], InteropClient] = InteropClient) -> FastAPI:
    """Build the app; `make_client` defaults to a client configured from KIMONO_* variables."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with make_client() as kimono:  # closed on shutdown, even after a failed startup
            app.state.kimono = kimono
            yield

    app = FastAPI(title="Kimono schools", lifespan=lifespan)

    @app.get("/tenants/{tenant_id}/schools")
    async def tenant_schools(tenant_id: UUID, kimono: Kimono) -> list[School]:
        """The schools that scope a tenant's data."""
        try:
            # One account call to find the tenant's actor credentials; a busy service would
            # keep TenantInfo in a cache of its own, as it changes rarely.
            info = await kimono.tenants.get(tenant_id)
            # A tenant context shares the app client's pool and token cache: cheap per request.
            async with kimono.tenant(info) as tenant:
                return [School.of(school) async for school in tenant.scoping.schools.list()]
        except NotFoundError as exc:
            raise HTTPException(status_code=404, detail=f"unknown tenant {tenant_id}") from exc
        except KimonoError as exc:
            # Kimono failed us: a gateway error, without Kimono's internals (or any secret).
            raise HTTPException(status_code=502, detail=type(exc).__name__) from exc

    return app


app = create_app()
