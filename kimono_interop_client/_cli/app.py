"""The `kimono-interop` commands.

Built on typer (on click): commands are plain typed functions, `--help` is generated from
them, and it is already the `cli` extra's only direct dependency (rich comes with it).
Each command is a thin shell around an async function that uses the public SDK.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterable, Sequence
from typing import Annotated
from uuid import UUID

import typer

from .. import InteropClient, TenantClient, __version__
from .progress import counting
from .render import Model, print_fields, print_table, public_dict, write_json_line
from .session import run

app = typer.Typer(
    name="kimono-interop",
    help="Operate a Kimono Interop account: clouds, integrations, tenants and schedules.\n\n"
    "Credentials come from the environment: KIMONO_API_KEY (required) and KIMONO_BASE_URL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # failures are reported by session.run, never as tracebacks
)
clouds_app = typer.Typer(help="Interop clouds of the account.", no_args_is_help=True)
integrations_app = typer.Typer(help="Integrations of the account.", no_args_is_help=True)
tenants_app = typer.Typer(
    help="Licensed tenants of the account's integrations.", no_args_is_help=True
)
tenant_app = typer.Typer(
    help="Act as one tenant, with its actor credentials.", no_args_is_help=True
)
schedule_app = typer.Typer(help="A tenant's collection schedules.", no_args_is_help=True)
app.add_typer(clouds_app, name="clouds")
app.add_typer(integrations_app, name="integrations")
app.add_typer(tenants_app, name="tenants")
app.add_typer(tenant_app, name="tenant")
app.add_typer(schedule_app, name="schedule")

AsJson = Annotated[
    bool, typer.Option("--json", help="Print JSON Lines (one object per line) instead of a table.")
]
PageSize = Annotated[
    int | None, typer.Option(min=1, help="Items per request (default: the server's maximum).")
]
TenantId = Annotated[UUID, typer.Argument(help="The tenant's id (see `tenants list`).")]

CLOUD_COLUMNS = (("id", "id"), ("name", "name"), ("generation", "generation"))
INTEGRATION_COLUMNS = (("id", "id"), ("name", "name"), ("title", "title"), ("version", "version"))
TENANT_COLUMNS = (
    ("id", "id"),
    ("name", "name"),
    ("integration", "integration.name"),
    ("cloud", "cloud.name"),
    ("auth", "auth.type_"),
)


def _print_version(wanted: bool) -> None:
    if wanted:
        print(f"kimono-interop {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    base_url: Annotated[
        str | None,
        typer.Option(envvar="KIMONO_BASE_URL", help="API base URL (default: Kimono's US2)."),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    ctx.obj = base_url


async def _show(
    items: AsyncIterable[Model], noun: str, columns: Sequence[tuple[str, str]], as_json: bool
) -> None:
    """Print a listing; JSON streams item by item, a table waits for the last page."""
    rows: list[Model] = []
    with counting(noun) as advance:
        async for item in items:
            if as_json:
                write_json_line(item)
            else:
                rows.append(item)
            advance()
    if not as_json:
        print_table(rows, columns)


@clouds_app.command("list")
def clouds_list(ctx: typer.Context, as_json: AsJson = False, page_size: PageSize = None) -> None:
    """List the account's clouds."""

    async def command(kimono: InteropClient) -> None:
        await _show(kimono.clouds.list(page_size=page_size), "clouds", CLOUD_COLUMNS, as_json)

    run(command, base_url=ctx.obj)


@integrations_app.command("list")
def integrations_list(
    ctx: typer.Context, as_json: AsJson = False, page_size: PageSize = None
) -> None:
    """List the account's integrations."""

    async def command(kimono: InteropClient) -> None:
        items = kimono.integrations.list(page_size=page_size)
        await _show(items, "integrations", INTEGRATION_COLUMNS, as_json)

    run(command, base_url=ctx.obj)


@tenants_app.command("list")
def tenants_list(
    ctx: typer.Context,
    integration: Annotated[
        list[str] | None,
        typer.Option(help="Only tenants of this integration; repeat for several."),
    ] = None,
    as_json: AsJson = False,
    page_size: PageSize = None,
) -> None:
    """List licensed tenants (actor secrets are never printed)."""

    async def command(kimono: InteropClient) -> None:
        items = kimono.tenants.list(integration=integration or None, page_size=page_size)
        await _show(items, "tenants", TENANT_COLUMNS, as_json)

    run(command, base_url=ctx.obj)


async def _as_tenant(kimono: InteropClient, tenant_id: UUID) -> tuple[str, TenantClient]:
    """Look the tenant up with the account key; the returned client uses its actor credentials."""
    info = await kimono.tenants.get(tenant_id)
    return str(info.name or tenant_id), kimono.tenant(info)


@tenant_app.command("state")
def tenant_state(ctx: typer.Context, tenant_id: TenantId, as_json: AsJson = False) -> None:
    """Show a tenant's state (rollover, setup mode, suspended synchronization, ...)."""

    async def command(kimono: InteropClient) -> None:
        name, tenant_client = await _as_tenant(kimono, tenant_id)
        async with tenant_client as tenant:
            state = await tenant.state()
        if as_json:
            write_json_line(state)
        else:
            print_fields({"tenant": f"{name} ({tenant_id})", **public_dict(state)})

    run(command, base_url=ctx.obj)


@schedule_app.command("run")
def schedule_run(
    ctx: typer.Context,
    tenant_id: TenantId,
    schedule_id: Annotated[UUID, typer.Argument(help="The schedule's id.")],
    as_json: AsJson = False,
) -> None:
    """Queue a tenant's collection schedule for execution now."""

    async def command(kimono: InteropClient) -> None:
        name, tenant_client = await _as_tenant(kimono, tenant_id)
        async with tenant_client as tenant:
            await tenant.schedules.run(schedule_id)
        if as_json:
            queued = {"tenant_id": str(tenant_id), "schedule_id": str(schedule_id), "queued": True}
            sys.stdout.write(json.dumps(queued) + "\n")
        else:
            print(f"Schedule {schedule_id} of tenant {name} queued for execution.")

    run(command, base_url=ctx.obj)
