"""Every generated endpoint on the wire: one row per operation of openapi/interop.yaml.

Each row calls the generated ``asyncio_detailed`` against respx, checks the request the service
receives (method, percent-encoded path, query string, Accept/Content-Type, body) and that the
reference's example answer (tests/generated/fixtures/, ``null`` first items kept) parses into
the right models. Further tests prove the table covers exactly the spec's operations and the
generated endpoint modules, so an operation added without a row fails the suite.
"""

import functools
import json
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
import pytest
import respx
import yaml

from kimono_interop_client._generated import api as generated_api
from kimono_interop_client._generated.api.actors import list_actors
from kimono_interop_client._generated.api.application import (
    get_tenant_application,
    update_tenant_application,
)
from kimono_interop_client._generated.api.clouds import (
    create_cloud,
    delete_cloud,
    find_cloud,
    list_actors_by_cloud,
    list_clouds,
    search_clouds,
)
from kimono_interop_client._generated.api.ingestions import (
    count_ingestions,
    find_ingestion,
    list_ingestions,
)
from kimono_interop_client._generated.api.integrations import (
    create_integration,
    create_integration_version,
    delete_integration,
    delete_integration_version,
    find_integration,
    list_integration_versions,
    list_integrations,
    update_integration,
    update_integration_blueprint,
    update_integration_version,
)
from kimono_interop_client._generated.api.rollovers import (
    count_rollovers,
    create_rollover,
    delete_rollover,
    find_rollover,
    list_rollovers,
    update_rollover,
)
from kimono_interop_client._generated.api.schedules import (
    count_schedules,
    create_schedule,
    delete_schedule,
    find_schedule,
    list_schedules,
    run_schedule,
    update_schedule,
)
from kimono_interop_client._generated.api.scoping import (
    create_scoping_courses,
    create_scoping_schools,
    delete_scoping_course,
    delete_scoping_courses,
    delete_scoping_school,
    delete_scoping_schools,
    find_scoping_course,
    find_scoping_school,
    list_scoping_courses,
    list_scoping_schools,
    update_scoping_course,
    update_scoping_school,
)
from kimono_interop_client._generated.api.tenant import (
    find_tenant_by_credentials,
    get_tenant_state,
)
from kimono_interop_client._generated.api.tenants import find_interop_tenant, list_interop_tenants
from kimono_interop_client._generated.client import AuthenticatedClient
from kimono_interop_client._generated.models import (
    ActorsResponse,
    ActorType,
    AppAuthScheme,
    ApplicationAuthState,
    ApplicationAuthType,
    CloudInput,
    CloudResponse,
    CloudsResponse,
    IngestionResponse,
    IngestionsResponse,
    IngestionState,
    IngestionType,
    IntegrationInput,
    IntegrationResponse,
    IntegrationsResponse,
    IntegrationVersionInput,
    IntegrationVersionResponse,
    IntegrationVersionsResponse,
    ReleaseState,
    RolloverFailureReason,
    RolloverInput,
    RolloverResponse,
    RolloverSort,
    RolloversResponse,
    RolloverStatus,
    RolloverType,
    RunScheduleInput,
    ScheduleInput,
    ScheduleResponse,
    SchedulesResponse,
    ScheduleType,
    ScheduleUpdate,
    ScopingCourseInput,
    ScopingCourseResponse,
    ScopingCoursesInput,
    ScopingCoursesResponse,
    ScopingSchoolInput,
    ScopingSchoolResponse,
    ScopingSchoolsInput,
    ScopingSchoolsResponse,
    TenantApplicationResponse,
    TenantApplicationUpdate,
    TenantInfoResponse,
    TenantInfosResponse,
    TenantStateResponse,
)
from kimono_interop_client._generated.types import File

SPEC = Path(__file__).parents[2] / "openapi" / "interop.yaml"
BASE_URL = "https://api.us2.kimonocloud.com"
TOKEN = "t"

# The reference's own identifier; ids are uuids, so they need no escaping in a path.
ID = UUID("123e4567-e89b-12d3-a456-426614174000")
ACCOUNT_A = UUID("00000000-0000-4000-8000-00000000000a")
ACCOUNT_B = UUID("00000000-0000-4000-8000-00000000000b")
# A version is free text: a space and a slash must be percent-encoded into one path segment.
VERSION = "2.0 beta/1"
# Every timestamp of the reference's examples: "2025-07-04T16:18:06.444Z".
WHEN = datetime(2025, 7, 4, 16, 18, 6, 444000, tzinfo=UTC)

JSON = "application/json"
XML = "application/xml"


@dataclass(frozen=True)
class Body:
    """What a row sends: a model built from a request example, or raw bytes (model None)."""

    fixture: str
    content_type: str
    model: Any = None


def json_body(model: Any, name: str) -> Body:
    return Body(f"requests/{name}.json", JSON, model)


def xml_body(name: str) -> Body:
    return Body(f"requests/{name}", XML)


@dataclass(frozen=True)
class Case:
    operation_id: str
    endpoint: ModuleType
    # "METHOD path?query" exactly as it goes on the wire (percent-encoding included).
    request: str
    args: dict[str, Any] = field(default_factory=dict)
    body: Body | None = None
    status: int = 200
    # Example answer under fixtures/responses/ (None: an empty 204).
    reply: str | None = None
    # A model class the answer parses into, or the parsed value itself (an int count, None).
    parsed: Any = None
    # attribute path inside the parsed answer -> the value (and type) it must hold
    expect: dict[str, Any] = field(default_factory=dict)


P = "/v2/interop"
V = quote(VERSION, safe="")  # "2.0%20beta%2F1"

# fmt: off
CASES = [
    # ---- actors ------------------------------------------------------------------------------
    Case("listActors", list_actors, f"GET {P}/actors?page=0&page_size=100",
         {"page": 0, "page_size": 100},
         reply="actors", parsed=ActorsResponse,
         expect={"data[0]": None, "data[1].name": "text", "data[1].type_": ActorType.CONNECTOR,
                 "data[1].connector_type": "text", "data[1].auth.client_id": "text",
                 "data[1].auth.client_secret": "password", "data[1].auth.updated_at": WHEN,
                 # the reference's auth.type "text" is not a known ActorAuthType: kept, not fatal
                 "data[1].auth.type_.value": "text", "data[1].auth.type_.is_unknown": True}),
    # ---- clouds ------------------------------------------------------------------------------
    Case("listClouds", list_clouds, f"GET {P}/clouds?page=2&page_size=25",
         {"page": 2, "page_size": 25},
         reply="clouds", parsed=CloudsResponse,
         expect={"data[0]": None, "data[1].name": "text", "data[1].userdata": "text",
                 "data[1].generation": 1}),
    Case("createCloud", create_cloud, f"POST {P}/clouds",
         body=json_body(CloudInput, "cloud_input"),
         reply="cloud", parsed=CloudResponse,
         expect={"data.name": "text", "data.userdata": "text", "data.generation": 1}),
    Case("searchClouds", search_clouds,
         f"GET {P}/clouds/search?generation=1&userdata=district+7%2Feast&name=text"
         "&page=1&page_size=10",
         {"generation": 1, "userdata": "district 7/east", "name": "text",
          "page": 1, "page_size": 10},
         reply="clouds", parsed=CloudsResponse,
         expect={"data[0]": None, "data[1].generation": 1}),
    Case("findCloud", find_cloud, f"GET {P}/clouds/{ID}", {"id": ID},
         reply="cloud", parsed=CloudResponse, expect={"data.name": "text"}),
    Case("deleteCloud", delete_cloud, f"DELETE {P}/clouds/{ID}", {"id": ID}, status=204),
    Case("listActorsByCloud", list_actors_by_cloud,
         f"GET {P}/clouds/{ID}/actors?include_credentials=true&page=0&page_size=5",
         {"id": ID, "include_credentials": True, "page": 0, "page_size": 5},
         reply="actors", parsed=ActorsResponse,
         expect={"data[0]": None, "data[1].type_": ActorType.CONNECTOR,
                 "data[1].auth.client_secret": "password"}),
    # ---- integrations ------------------------------------------------------------------------
    Case("listIntegrations", list_integrations, f"GET {P}/integrations?name=text", {"name": "text"},
         reply="integrations", parsed=IntegrationsResponse,
         expect={"data[0]": None, "data[1].name": "text", "data[1].title": "text",
                 "data[1].version": "text"}),
    Case("createIntegration", create_integration, f"POST {P}/integrations",
         body=json_body(IntegrationInput, "integration_input"),
         reply="integration", parsed=IntegrationResponse,
         expect={"data.name": "text", "data.version": "text"}),
    Case("findIntegration", find_integration, f"GET {P}/integrations/{ID}", {"id": ID},
         reply="integration", parsed=IntegrationResponse, expect={"data.title": "text"}),
    Case("updateIntegration", update_integration, f"PATCH {P}/integrations/{ID}", {"id": ID},
         body=json_body(IntegrationInput, "integration_input"), status=204),
    Case("deleteIntegration", delete_integration, f"DELETE {P}/integrations/{ID}", {"id": ID},
         status=204),
    Case("listIntegrationVersions", list_integration_versions,
         f"GET {P}/integrations/{ID}/versions?page=0", {"id": ID, "page": 0},
         reply="integration_versions", parsed=IntegrationVersionsResponse,
         expect={"data[0]": None, "data[1].version": "text",
                 "data[1].release_state": ReleaseState.UNSPECIFIED}),
    Case("createIntegrationVersion", create_integration_version,
         f"POST {P}/integrations/{ID}/versions", {"id": ID},
         body=xml_body("blueprint.xml"),
         reply="integration_version", parsed=IntegrationVersionResponse,
         expect={"data.title": "text", "data.release_state": ReleaseState.UNSPECIFIED}),
    Case("updateIntegrationVersion", update_integration_version,
         f"PATCH {P}/integrations/{ID}/versions/{V}", {"id": ID, "version": VERSION},
         body=json_body(IntegrationVersionInput, "integration_version_input"), status=204),
    Case("deleteIntegrationVersion", delete_integration_version,
         f"DELETE {P}/integrations/{ID}/versions/{V}", {"id": ID, "version": VERSION},
         status=204),
    Case("updateIntegrationBlueprint", update_integration_blueprint,
         f"PUT {P}/integrations/{ID}/versions/{V}/blueprint", {"id": ID, "version": VERSION},
         body=xml_body("blueprint.xml"),
         reply="integration_version", parsed=IntegrationVersionResponse,
         expect={"data.version": "text", "data.release_state": ReleaseState.UNSPECIFIED}),
    # ---- tenants (account level) -------------------------------------------------------------
    Case("listInteropTenants", list_interop_tenants,
         f"GET {P}/tenants?accounts={ACCOUNT_A}&accounts={ACCOUNT_B}"
         "&integration=sis-sync&integration=roster+sync&page=0&page_size=50",
         {"accounts": [ACCOUNT_A, ACCOUNT_B], "integration": ["sis-sync", "roster sync"],
          "page": 0, "page_size": 50},
         reply="tenant_infos", parsed=TenantInfosResponse,
         expect={"data[0].id": ID, "data[0].name": "text", "data[0].actor_id": ID,
                 "data[0].account": None, "data[0].cloud": None, "data[0].integration": None,
                 "data[0].auth.client_secret": "password", "data[0].auth.updated_at": WHEN,
                 "data[0].app_auth.scheme": AppAuthScheme.OAUTH2,
                 "data[0].app_auth.refresh_token": "text", "data[0].lti_developer_id": "text"}),
    Case("findInteropTenant", find_interop_tenant, f"GET {P}/tenants/{ID}", {"id": ID},
         reply="tenant_info", parsed=TenantInfoResponse,
         expect={"data.id": ID, "data.account": None, "data.app_auth.api_key": "text"}),
    # ---- tenant (actor credentials) ----------------------------------------------------------
    Case("findTenantByCredentials", find_tenant_by_credentials, f"GET {P}/tenant",
         reply="tenant_info", parsed=TenantInfoResponse,
         expect={"data.actor_id": ID, "data.integration": None}),
    Case("getTenantState", get_tenant_state, f"GET {P}/tenant/state",
         reply="tenant_state", parsed=TenantStateResponse,
         expect={"data.rollover_mode_enabled": True, "data.synchronization_suspended": True,
                 "data.setup_mode_enabled": True, "data.mass_change_pending": True}),
    # ---- scoping -----------------------------------------------------------------------------
    Case("listScopingSchools", list_scoping_schools,
         f"GET {P}/tenant/scoping/schools?page=0&page_size=100", {"page": 0, "page_size": 100},
         reply="scoping_schools", parsed=ScopingSchoolsResponse,
         expect={"data[0].account_id": ID, "data[0].tenant_id": ID, "data[0].school_id": ID,
                 "data[0].school_ref_id": "text", "data[0].selected": True}),
    Case("createScopingSchools", create_scoping_schools,
         f"POST {P}/tenant/scoping/schools?replace=false", {"replace": False},
         body=json_body(ScopingSchoolsInput, "scoping_schools_input"),
         reply="scoping_school", parsed=ScopingSchoolResponse,
         expect={"data.school_id": ID, "data.keywords": "text"}),
    Case("deleteScopingSchools", delete_scoping_schools, f"DELETE {P}/tenant/scoping/schools",
         status=204),
    Case("findScopingSchool", find_scoping_school, f"GET {P}/tenant/scoping/schools/{ID}",
         {"id": ID},
         reply="scoping_school", parsed=ScopingSchoolResponse, expect={"data.local_id": "text"}),
    Case("updateScopingSchool", update_scoping_school, f"PUT {P}/tenant/scoping/schools/{ID}",
         {"id": ID}, body=json_body(ScopingSchoolInput, "scoping_school_input"),
         reply="scoping_school", parsed=ScopingSchoolResponse, expect={"data.selected": True}),
    Case("deleteScopingSchool", delete_scoping_school, f"DELETE {P}/tenant/scoping/schools/{ID}",
         {"id": ID}, status=204),
    Case("listScopingCourses", list_scoping_courses, f"GET {P}/tenant/scoping/courses?page=1",
         {"page": 1},
         reply="scoping_courses", parsed=ScopingCoursesResponse,
         expect={"data[0].course_id": ID, "data[0].course_ref_id": "text",
                 "data[0].school_id": ID, "data[0].selected": True}),
    # No `replace` argument: the spec's default (true) is sent explicitly.
    Case("createScopingCourses", create_scoping_courses,
         f"POST {P}/tenant/scoping/courses?replace=true",
         body=json_body(ScopingCoursesInput, "scoping_courses_input"),
         reply="scoping_course", parsed=ScopingCourseResponse,
         expect={"data.course_id": ID, "data.name": "text"}),
    Case("deleteScopingCourses", delete_scoping_courses, f"DELETE {P}/tenant/scoping/courses",
         status=204),
    Case("findScopingCourse", find_scoping_course, f"GET {P}/tenant/scoping/courses/{ID}",
         {"id": ID},
         reply="scoping_course", parsed=ScopingCourseResponse,
         expect={"data.school_ref_id": "text"}),
    Case("updateScopingCourse", update_scoping_course, f"PUT {P}/tenant/scoping/courses/{ID}",
         {"id": ID}, body=json_body(ScopingCourseInput, "scoping_course_input"),
         reply="scoping_course", parsed=ScopingCourseResponse, expect={"data.keywords": "text"}),
    Case("deleteScopingCourse", delete_scoping_course, f"DELETE {P}/tenant/scoping/courses/{ID}",
         {"id": ID}, status=204),
    # ---- application -------------------------------------------------------------------------
    Case("getTenantApplication", get_tenant_application, f"GET {P}/tenant/application",
         reply="tenant_application", parsed=TenantApplicationResponse,
         expect={"data.account_id": ID, "data.deliver_tasks": True,
                 "data.auth_type": ApplicationAuthType.UNSPECIFIED,
                 "data.auth_state": ApplicationAuthState.UNSPECIFIED,
                 "data.options.additional_properties": {"ANY_ADDITIONAL_PROPERTY": "text"},
                 "data.auth_props.additional_properties": {"ANY_ADDITIONAL_PROPERTY": "text"},
                 "data.auth_session_id_pending": ID, "data.auth_message": "text",
                 "data.auth_state_pending": ApplicationAuthState.UNSPECIFIED}),
    Case("updateTenantApplication", update_tenant_application, f"PATCH {P}/tenant/application",
         body=json_body(TenantApplicationUpdate, "tenant_application_update"), status=204),
    # ---- rollovers ---------------------------------------------------------------------------
    Case("listRollovers", list_rollovers,
         f"GET {P}/tenant/rollovers?sort=-start_date&page=0&page_size=20",
         {"sort": RolloverSort("-start_date"), "page": 0, "page_size": 20},
         reply="rollovers", parsed=RolloversResponse,
         expect={"data[0]": None, "data[1].name": "text", "data[1].type_": RolloverType.NEW_YEAR,
                 "data[1].start_date": WHEN, "data[1].end_date": WHEN,
                 "data[1].metadata.created": None, "data[1].metadata.updated": None,
                 "data[1].status": RolloverStatus.UPCOMING,
                 "data[1].status_change_failure_count": 1,
                 "data[1].failure_reason": RolloverFailureReason.ALREADYINROLLOVERMODE}),
    Case("createRollover", create_rollover, f"POST {P}/tenant/rollovers",
         body=json_body(RolloverInput, "rollover_input"), status=201,
         reply="rollover", parsed=RolloverResponse,
         expect={"data.name": "text", "data.start_date": WHEN,
                 "data.status": RolloverStatus.UPCOMING}),
    Case("countRollovers", count_rollovers, f"GET {P}/tenant/rollovers/count",
         reply="count", parsed=1),
    Case("findRollover", find_rollover, f"GET {P}/tenant/rollovers/{ID}", {"id": ID},
         reply="rollover", parsed=RolloverResponse,
         expect={"data.end_date": WHEN, "data.metadata.created": None}),
    Case("updateRollover", update_rollover, f"PUT {P}/tenant/rollovers/{ID}", {"id": ID},
         body=json_body(RolloverInput, "rollover_input"),
         reply="rollover", parsed=RolloverResponse, expect={"data.type_": RolloverType.NEW_YEAR}),
    Case("deleteRollover", delete_rollover, f"DELETE {P}/tenant/rollovers/{ID}", {"id": ID},
         status=204),
    # ---- schedules ---------------------------------------------------------------------------
    Case("listSchedules", list_schedules, f"GET {P}/tenant/schedules?page=0&page_size=100",
         {"page": 0, "page_size": 100},
         reply="schedules", parsed=SchedulesResponse,
         expect={"data[0]": None, "data[1].type_": ScheduleType.UNSPECIFIED,
                 "data[1].last_executed_at": WHEN, "data[1].enabled": True, "data[1].hour": 1,
                 "data[1].days": "text", "data[1].metadata": None}),
    Case("createSchedule", create_schedule, f"POST {P}/tenant/schedules",
         body=json_body(ScheduleInput, "schedule_input"), status=201,
         reply="schedule", parsed=ScheduleResponse,
         expect={"data.hour": 1, "data.enabled": True, "data.metadata": None}),
    Case("runSchedule", run_schedule, f"POST {P}/tenant/schedules/{ID}/run", {"id": ID},
         body=json_body(RunScheduleInput, "run_schedule_input"), status=204),
    Case("countSchedules", count_schedules, f"GET {P}/tenant/schedules/count",
         reply="count", parsed=1),
    Case("findSchedule", find_schedule, f"GET {P}/tenant/schedules/{ID}", {"id": ID},
         reply="schedule", parsed=ScheduleResponse,
         expect={"data.last_executed_at": WHEN, "data.days": "text"}),
    Case("updateSchedule", update_schedule, f"PATCH {P}/tenant/schedules/{ID}", {"id": ID},
         body=json_body(ScheduleUpdate, "schedule_update"), status=204),
    Case("deleteSchedule", delete_schedule, f"DELETE {P}/tenant/schedules/{ID}", {"id": ID},
         status=204),
    # ---- ingestions --------------------------------------------------------------------------
    Case("listIngestions", list_ingestions, f"GET {P}/ingestions?page=3&page_size=100",
         {"page": 3, "page_size": 100},
         reply="ingestions", parsed=IngestionsResponse,
         expect={"data[0]": None, "data[1].type_": IngestionType.UNSPECIFIED,
                 "data[1].state": IngestionState.UNSPECIFIED, "data[1].started_at": WHEN,
                 "data[1].external_import_ids": ["text"], "data[1].has_pending_task": True,
                 "data[1].metadata.scheduled": None}),
    Case("countIngestions", count_ingestions, f"GET {P}/ingestions/count",
         reply="count", parsed=1),
    Case("findIngestion", find_ingestion, f"GET {P}/ingestions/{ID}", {"id": ID},
         reply="ingestion", parsed=IngestionResponse,
         expect={"data.state": IngestionState.UNSPECIFIED, "data.started_at": WHEN}),
]
# fmt: on


def resolve(value: Any, path: str) -> Any:
    """Follow an attribute path such as "data[1].auth.type_" into a parsed answer."""
    for step in re.findall(r"\[\d+\]|[^.\[\]]+", path):
        value = value[int(step[1:-1])] if step.startswith("[") else getattr(value, step)
    return value


def typed(value: Any) -> tuple[type, Any]:
    # Compare type and value together: "connector" must not pass for ActorType.CONNECTOR,
    # nor a str for a datetime, nor True for 1.
    return type(value), value


@pytest.fixture
async def client() -> Any:
    async with AuthenticatedClient(base_url=BASE_URL, token=TOKEN) as generated_client:
        yield generated_client


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.operation_id)
async def test_operation_on_the_wire(
    case: Case, client: AuthenticatedClient, example: Callable[[str], Any]
) -> None:
    args = dict(case.args)
    if case.body is not None:
        sent = example(case.body.fixture)
        args["body"] = case.body.model.from_dict(sent) if case.body.model else File(payload=sent)
    answer = (
        httpx.Response(case.status, json=example(f"responses/{case.reply}.json"))
        if case.reply
        else httpx.Response(case.status)
    )

    with respx.mock(base_url=BASE_URL) as router:
        route = router.route().mock(return_value=answer)
        response = await case.endpoint.asyncio_detailed(client=client, **args)

    assert route.call_count == 1
    request = route.calls.last.request
    assert f"{request.method} {request.url.raw_path.decode('ascii')}" == case.request
    assert request.url.host == "api.us2.kimonocloud.com"
    assert request.headers["Accept"] == "*/*"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    if case.body is None:
        assert "Content-Type" not in request.headers
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == case.body.content_type
        if case.body.model:
            assert json.loads(request.content) == example(case.body.fixture)
        else:
            assert request.content == example(case.body.fixture)

    assert response.status_code == case.status
    if isinstance(case.parsed, type):
        assert type(response.parsed) is case.parsed
    else:
        assert typed(response.parsed) == typed(case.parsed)
    for path, expected in case.expect.items():
        assert typed(resolve(response.parsed, path)) == typed(expected), path


# ---- the table is complete and agrees with the spec -------------------------------------------


@functools.cache
def spec_operations() -> dict[str, dict[str, Any]]:
    """operationId -> {tag, method, path, statuses} for every operation of the spec."""
    document = yaml.safe_load(SPEC.read_text())
    operations: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in {"get", "put", "post", "patch", "delete"}:
                continue
            assert operation["operationId"] not in operations, operation["operationId"]
            operations[operation["operationId"]] = {
                "tag": operation["tags"][0],
                "method": method.upper(),
                "path": path,
                "statuses": {int(code) for code in operation["responses"]},
            }
    return operations


def snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def generated_endpoint_modules() -> set[str]:
    prefix = generated_api.__name__ + "."
    return {
        module.name
        for module in pkgutil.walk_packages(generated_api.__path__, prefix)
        if not module.ispkg
    }


def test_table_covers_exactly_the_operations_of_the_spec() -> None:
    operation_ids = [case.operation_id for case in CASES]
    assert len(operation_ids) == len(set(operation_ids)), "an operation has two rows"
    assert len(spec_operations()) == 51
    assert set(operation_ids) == set(spec_operations())


def test_table_covers_every_generated_endpoint_module() -> None:
    assert len(generated_endpoint_modules()) == 51
    assert {case.endpoint.__name__ for case in CASES} == generated_endpoint_modules()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.operation_id)
def test_row_agrees_with_the_spec(case: Case) -> None:
    operation = spec_operations()[case.operation_id]
    method, target = case.request.split(" ", 1)
    path = target.partition("?")[0]

    assert case.endpoint.__name__ == (
        f"{generated_api.__name__}.{operation['tag']}.{snake(case.operation_id)}"
    )
    assert method == operation["method"]
    assert path == operation["path"].format(id=ID, version=V)
    assert case.status in operation["statuses"]
