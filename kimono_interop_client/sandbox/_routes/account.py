"""Account-level operations: actors, clouds, integrations and their versions, tenants."""

from __future__ import annotations

from typing import Any

from .._app import Call, Routes, find, not_found, single
from .._blueprint import Blueprint, parse_blueprint
from .._errors import ApiError
from .._http import Reply, json_reply, no_content
from .._state import Record, new_id, public
from .._validation import INT32_MAX, INT32_MIN, enum, integer, obj, query_int, string, uuid_str

routes = Routes()
V2 = "/v2/interop"

CLOUD_INPUT = obj({"name": string, "userdata": string, "generation": integer()})
INTEGRATION_INPUT = obj({"name": string, "title": string, "version": string})
RELEASE_STATE = enum("unspecified", "development", "beta", "released", "deprecated")
VERSION_INPUT = obj({"version": string, "title": string, "release_state": RELEASE_STATE})


def new_record(call: Call, fields: dict[str, Any]) -> Record:
    now = call.now()
    return {
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "account_id": call.state.vendor["id"],
        **fields,
    }


# ---- actors and clouds -----------------------------------------------------------------------


@routes.op("GET", f"{V2}/actors", "listActors", "account")
async def list_actors(call: Call) -> Reply:
    return call.page(call.state.actors.rows())


@routes.op("GET", f"{V2}/clouds", "listClouds", "account")
async def list_clouds(call: Call) -> Reply:
    return call.page(call.state.clouds.rows())


@routes.op("POST", f"{V2}/clouds", "createCloud", "account")
async def create_cloud(call: Call) -> Reply:
    fields = await call.json(CLOUD_INPUT)
    return single(call.state.clouds.add(new_record(call, fields)))


@routes.op("GET", f"{V2}/clouds/search", "searchClouds", "account")
async def search_clouds(call: Call) -> Reply:
    raw_generation = call.query("generation")
    generation = None
    if raw_generation is not None:
        generation = query_int(raw_generation, "query parameter 'generation'", INT32_MIN, INT32_MAX)
    userdata, name = call.query("userdata"), call.query("name")
    rows = [
        cloud
        for cloud in call.state.clouds.rows()
        if (generation is None or cloud.get("generation") == generation)
        and (userdata is None or cloud.get("userdata") == userdata)
        and (name is None or cloud.get("name") == name)
    ]
    return call.page(rows)


def _cloud(call: Call) -> Record:
    return find(call, call.state.clouds, "cloud")


@routes.op("GET", f"{V2}/clouds/{{id}}", "findCloud", "account")
async def find_cloud(call: Call) -> Reply:
    return single(_cloud(call))


@routes.op("DELETE", f"{V2}/clouds/{{id}}", "deleteCloud", "account")
async def delete_cloud(call: Call) -> Reply:
    removed = call.state.delete_cloud(_cloud(call)["id"])
    call.sandbox.tokens.revoke(actor["auth"]["client_id"] for actor in removed)
    return no_content()


@routes.op("GET", f"{V2}/clouds/{{id}}/actors", "listActorsByCloud", "account")
async def list_actors_by_cloud(call: Call) -> Reply:
    cloud_id = _cloud(call)["id"]
    with_secrets = call.query_flag("include_credentials", False)
    rows = [actor for actor in call.state.actors.rows() if actor["_cloud_id"] == cloud_id]

    def render(chunk: list[Record]) -> list[Record]:
        shown = [public(actor) for actor in chunk]
        if not with_secrets:
            for actor in shown:
                actor["auth"] = {k: v for k, v in actor["auth"].items() if k != "client_secret"}
        return shown

    return call.page(rows, render)


# ---- integrations and versions ---------------------------------------------------------------


@routes.op("GET", f"{V2}/integrations", "listIntegrations", "account")
async def list_integrations(call: Call) -> Reply:
    name = call.query("name")
    rows = call.state.integrations.rows()
    if name is not None:
        rows = [integration for integration in rows if integration.get("name") == name]
    return call.page(rows)


@routes.op("POST", f"{V2}/integrations", "createIntegration", "account")
async def create_integration(call: Call) -> Reply:
    fields = await call.json(INTEGRATION_INPUT)
    integration = call.state.integrations.add(new_record(call, fields))
    call.state.versions[integration["id"]] = {}
    return single(integration)


def _integration(call: Call) -> Record:
    return find(call, call.state.integrations, "integration")


@routes.op("GET", f"{V2}/integrations/{{id}}", "findIntegration", "account")
async def find_integration(call: Call) -> Reply:
    return single(_integration(call))


@routes.op("PATCH", f"{V2}/integrations/{{id}}", "updateIntegration", "account")
async def update_integration(call: Call) -> Reply:
    integration = _integration(call)
    fields = await call.json(INTEGRATION_INPUT)
    integration.update(fields, updated_at=call.now())
    return no_content()


@routes.op("DELETE", f"{V2}/integrations/{{id}}", "deleteIntegration", "account")
async def delete_integration(call: Call) -> Reply:
    removed = call.state.delete_integration(_integration(call)["id"])
    call.sandbox.tokens.revoke(actor["auth"]["client_id"] for actor in removed)
    return no_content()


def _versions(call: Call) -> dict[str, Record]:
    return call.state.versions.setdefault(_integration(call)["id"], {})


def _version(call: Call) -> tuple[dict[str, Record], Record]:
    versions = _versions(call)
    key = call.path("version")
    if key not in versions:
        raise not_found("integration version", key)
    return versions, versions[key]


@routes.op("GET", f"{V2}/integrations/{{id}}/versions", "listIntegrationVersions", "account")
async def list_integration_versions(call: Call) -> Reply:
    return call.page(list(_versions(call).values()))


async def _blueprint(call: Call) -> Blueprint:
    blueprint = parse_blueprint(await call.xml())
    if not blueprint.version:
        raise ApiError(400, "The <Blueprint> element needs a Version attribute", details="body")
    return blueprint


@routes.op("POST", f"{V2}/integrations/{{id}}/versions", "createIntegrationVersion", "account")
async def create_integration_version(call: Call) -> Reply:
    versions = _versions(call)
    blueprint = await _blueprint(call)
    assert blueprint.version is not None
    if blueprint.version in versions:
        raise ApiError(400, f"Version {blueprint.version} already exists", details="Version")
    integration = _integration(call)
    record = new_record(
        call,
        {
            "version": blueprint.version,
            "title": blueprint.title
            or f"{integration.get('title', '')} {blueprint.version}".strip(),
            "release_state": "development",
            "_blueprint": blueprint.xml,
        },
    )
    versions[blueprint.version] = record
    return single(record)


@routes.op(
    "PATCH", f"{V2}/integrations/{{id}}/versions/{{version}}", "updateIntegrationVersion", "account"
)
async def update_integration_version(call: Call) -> Reply:
    versions, record = _version(call)
    fields = await call.json(VERSION_INPUT)
    renamed = fields.get("version", record["version"])
    if renamed != record["version"]:
        if renamed in versions:
            raise ApiError(400, f"Version {renamed} already exists", details="body.version")
        del versions[record["version"]]
        versions[renamed] = record
    record.update(fields, updated_at=call.now())
    return no_content()


@routes.op(
    "DELETE",
    f"{V2}/integrations/{{id}}/versions/{{version}}",
    "deleteIntegrationVersion",
    "account",
)
async def delete_integration_version(call: Call) -> Reply:
    versions, record = _version(call)
    del versions[record["version"]]
    return no_content()


@routes.op(
    "PUT",
    f"{V2}/integrations/{{id}}/versions/{{version}}/blueprint",
    "updateIntegrationBlueprint",
    "account",
)
async def update_integration_blueprint(call: Call) -> Reply:
    _, record = _version(call)
    blueprint = await _blueprint(call)
    if blueprint.version != record["version"]:
        raise ApiError(
            400,
            f"The blueprint's Version ({blueprint.version}) does not match "
            f"the version in the path ({record['version']})",
            details="Version",
        )
    record.update(_blueprint=blueprint.xml, updated_at=call.now())
    if blueprint.title:
        record["title"] = blueprint.title
    return single(record)


# ---- tenants ---------------------------------------------------------------------------------


@routes.op("GET", f"{V2}/tenants", "listInteropTenants", "account")
async def list_interop_tenants(call: Call) -> Reply:
    state = call.state
    accounts = {uuid_str(raw, "query parameter 'accounts'") for raw in call.query_list("accounts")}
    wanted = set(call.query_list("integration"))
    tenants = []
    for tenant in state.tenants.values():
        if accounts and tenant.record["_account"]["id"] not in accounts:
            continue
        if wanted:
            integration = state.integrations.get(tenant.record["_integration_id"]) or {}
            if not wanted & {integration.get("id"), integration.get("name")}:
                continue
        tenants.append(tenant)
    # Composing TenantInfo is not free: build it only for the page that is sent.
    rows = [tenant.record for tenant in tenants]
    return call.page(
        rows, lambda chunk: [state.tenant_info(state.tenants[row["id"]]) for row in chunk]
    )


@routes.op("GET", f"{V2}/tenants/{{id}}", "findInteropTenant", "account")
async def find_interop_tenant(call: Call) -> Reply:
    tenant_id = call.path_id()
    tenant = call.state.tenants.get(tenant_id)
    if tenant is None:
        raise not_found("tenant", tenant_id)
    return json_reply(200, {"data": call.state.tenant_info(tenant)})
