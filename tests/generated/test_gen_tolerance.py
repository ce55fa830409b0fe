"""What the live service sends must never fail a call: the generated models' tolerance.

Unknown enum values, unknown fields, null list items, absent optional fields and nulls all
parse and round-trip through ``to_dict()``; a non-IANA status reaches error handling; secrets
stay out of ``repr()``; every generated file says it is generated.
"""

import datetime
import enum
import importlib
import io
import pkgutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import UUID

import attrs
import httpx
import pytest
import respx

import kimono_interop_client._generated as generated_package
from kimono_interop_client._generated import api, errors, models
from kimono_interop_client._generated.api.clouds import find_cloud
from kimono_interop_client._generated.api.ingestions import find_ingestion
from kimono_interop_client._generated.api.integrations import create_integration_version
from kimono_interop_client._generated.api.rollovers import list_rollovers
from kimono_interop_client._generated.api.schedules import run_schedule
from kimono_interop_client._generated.client import AuthenticatedClient
from kimono_interop_client._generated.models import (
    AccountRef,
    Actor,
    ActorAuth,
    ActorAuthType,
    ActorsResponse,
    ActorType,
    AppAuth,
    AppAuthScheme,
    CloudResponse,
    CloudsResponse,
    Ingestion,
    IngestionResponse,
    IngestionsResponse,
    IngestionState,
    IngestionType,
    IntegrationResponse,
    IntegrationsResponse,
    IntegrationVersion,
    IntegrationVersionResponse,
    IntegrationVersionsResponse,
    Paging,
    ReleaseState,
    Rollover,
    RolloverFailureReason,
    RolloverMetadata,
    RolloverResponse,
    RolloverSort,
    RolloversResponse,
    RolloverStatus,
    RolloverType,
    Schedule,
    ScheduleResponse,
    SchedulesResponse,
    ScheduleType,
    ScopingCourseResponse,
    ScopingCoursesResponse,
    ScopingSchoolResponse,
    ScopingSchoolsResponse,
    TenantApplication,
    TenantApplicationResponse,
    TenantApplicationUpdate,
    TenantInfo,
    TenantInfoResponse,
    TenantInfosResponse,
    TenantStateResponse,
)
from kimono_interop_client._generated.models import (
    ApplicationAuthState as AppAuthState,
)
from kimono_interop_client._generated.models import (
    ApplicationAuthType as AppAuthType,
)
from kimono_interop_client._generated.types import UNSET, File

BASE_URL = "https://api.us2.kimonocloud.com"
GENERATED_DIR = Path(generated_package.__file__).parent
HEADER = (
    "# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).\n"
    "# Do not edit by hand: your change will be overwritten.\n"
)
ID = "123e4567-e89b-12d3-a456-426614174000"
# What a newer service might send: an enum value and a field this spec does not know.
FUTURE_VALUE = "CHANGE"  # the value that once broke a published client (FACTS.md)
FUTURE_FIELD = {"x_future": {"nested": [1, "two", None], "flag": False}}

MODEL_CLASSES = sorted(
    (cls for name in models.__all__ if attrs.has(cls := getattr(models, name))),
    key=lambda cls: cls.__name__,
)
ENUM_CLASSES = sorted(
    (cls for name in models.__all__ if isinstance(cls := getattr(models, name), enum.EnumMeta)),
    key=lambda cls: cls.__name__,
)

# Each example answer of the reference and the envelope it parses into.
ENVELOPES: dict[str, Any] = {
    "actors": ActorsResponse,
    "clouds": CloudsResponse,
    "cloud": CloudResponse,
    "integrations": IntegrationsResponse,
    "integration": IntegrationResponse,
    "integration_versions": IntegrationVersionsResponse,
    "integration_version": IntegrationVersionResponse,
    "tenant_infos": TenantInfosResponse,
    "tenant_info": TenantInfoResponse,
    "tenant_state": TenantStateResponse,
    "scoping_schools": ScopingSchoolsResponse,
    "scoping_school": ScopingSchoolResponse,
    "scoping_courses": ScopingCoursesResponse,
    "scoping_course": ScopingCourseResponse,
    "tenant_application": TenantApplicationResponse,
    "rollovers": RolloversResponse,
    "rollover": RolloverResponse,
    "schedules": SchedulesResponse,
    "schedule": ScheduleResponse,
    "ingestions": IngestionsResponse,
    "ingestion": IngestionResponse,
}
LIST_ENVELOPES = [
    ActorsResponse,
    CloudsResponse,
    IntegrationsResponse,
    IntegrationVersionsResponse,
    TenantInfosResponse,
    ScopingSchoolsResponse,
    ScopingCoursesResponse,
    RolloversResponse,
    SchedulesResponse,
    IngestionsResponse,
]


def as_json_value(value: Any) -> Any:
    """A JSON document with its timestamps as datetimes: to_dict() writes "+00:00" where the
    service wrote "Z", which is the same instant."""
    if isinstance(value, dict):
        return {key: as_json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json_value(item) for item in value]
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def assert_round_trips(model: Any, source: dict[str, Any]) -> Any:
    parsed = model.from_dict(source)
    assert as_json_value(parsed.to_dict()) == as_json_value(source)
    assert model.from_dict(parsed.to_dict()) == parsed
    return parsed


def with_future_fields(document: dict[str, Any]) -> dict[str, Any]:
    """The document with an unknown field on the envelope and on every object in `data`."""
    data = document.get("data")
    if isinstance(data, dict):
        data = {**data, **FUTURE_FIELD}
    elif isinstance(data, list):
        data = [None if item is None else {**item, **FUTURE_FIELD} for item in data]
    return {**document, "data": data, **FUTURE_FIELD}


# ---- the reference's examples -----------------------------------------------------------------


@pytest.mark.parametrize("name", ENVELOPES)
def test_reference_example_round_trips(name: str, example: Callable[[str], Any]) -> None:
    assert_round_trips(ENVELOPES[name], example(f"responses/{name}.json"))


def test_every_reference_example_has_its_envelope() -> None:
    fixtures = Path(__file__).parent / "fixtures" / "responses"
    assert {path.stem for path in fixtures.glob("*.json")} == {*ENVELOPES, "count"}


# ---- unknown enum values ----------------------------------------------------------------------


@pytest.mark.parametrize("enum_class", ENUM_CLASSES, ids=lambda cls: cls.__name__)
def test_unknown_enum_value_becomes_a_pseudo_member(enum_class: Any) -> None:
    members_before = list(enum_class)

    member = enum_class(FUTURE_VALUE)

    assert isinstance(member, enum_class)
    assert member.is_unknown
    assert member.value == FUTURE_VALUE
    assert str(member) == FUTURE_VALUE
    assert member == FUTURE_VALUE
    # Not remembered: a server sending ever new values must not grow the class.
    assert FUTURE_VALUE not in enum_class._value2member_map_
    assert list(enum_class) == members_before
    for known in enum_class:
        assert not known.is_unknown
        assert enum_class(known.value) is known


# Every enum-typed field of a response model, by its JSON name and its attribute name.
ENUM_FIELDS = [
    (Actor, "type", "type_", ActorType),
    (ActorAuth, "type", "type_", ActorAuthType),
    (IntegrationVersion, "release_state", "release_state", ReleaseState),
    (AppAuth, "scheme", "scheme", AppAuthScheme),
    (TenantApplication, "auth_type", "auth_type", AppAuthType),
    (TenantApplication, "auth_state", "auth_state", AppAuthState),
    (TenantApplication, "auth_state_pending", "auth_state_pending", AppAuthState),
    (Rollover, "type", "type_", RolloverType),
    (Rollover, "status", "status", RolloverStatus),
    (Rollover, "failure_reason", "failure_reason", RolloverFailureReason),
    (Schedule, "type", "type_", ScheduleType),
    (Ingestion, "type", "type_", IngestionType),
    (Ingestion, "state", "state", IngestionState),
]


@pytest.mark.parametrize(
    ("model", "key", "attribute", "enum_class"),
    ENUM_FIELDS,
    ids=[f"{model.__name__}.{key}" for model, key, _, _ in ENUM_FIELDS],
)
def test_unknown_enum_value_in_a_model_round_trips(
    model: Any, key: str, attribute: str, enum_class: Any
) -> None:
    parsed = assert_round_trips(model, {"id": ID, key: FUTURE_VALUE})

    value = getattr(parsed, attribute)
    assert type(value) is enum_class
    assert value.is_unknown
    assert parsed.to_dict() == {"id": ID, key: FUTURE_VALUE}


async def test_unknown_enum_value_never_fails_a_call() -> None:
    answer = {"data": {"id": ID, "type": FUTURE_VALUE, "state": "paused"}}
    with respx.mock(base_url=BASE_URL) as router:
        router.get(f"/v2/interop/ingestions/{ID}").respond(200, json=answer)
        async with AuthenticatedClient(base_url=BASE_URL, token="t") as client:
            response = await find_ingestion.asyncio_detailed(UUID(ID), client=client)

    assert isinstance(response.parsed, IngestionResponse)
    assert isinstance(response.parsed.data, Ingestion)
    assert response.parsed.data.type_.is_unknown
    assert response.parsed.data.state == "paused"
    assert response.parsed.data.state.is_unknown
    assert response.parsed.to_dict() == answer


async def test_unknown_enum_value_is_sent_as_given() -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/v2/interop/tenant/rollovers").respond(200, json={"data": []})
        async with AuthenticatedClient(base_url=BASE_URL, token="t") as client:
            await list_rollovers.asyncio_detailed(client=client, sort=RolloverSort("-priority"))

    assert route.calls.last.request.url.query == b"sort=-priority"


# ---- unknown fields ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ENVELOPES)
def test_unknown_fields_are_kept_and_round_trip(name: str, example: Callable[[str], Any]) -> None:
    source = with_future_fields(example(f"responses/{name}.json"))

    parsed = assert_round_trips(ENVELOPES[name], source)

    assert parsed.additional_properties == FUTURE_FIELD
    items = parsed.data if isinstance(parsed.data, list) else [parsed.data]
    for item in items:
        if item is not None:
            assert item.additional_properties == FUTURE_FIELD


def test_unknown_fields_of_nested_objects_are_kept() -> None:
    source = {
        "id": ID,
        "auth": {"type": "oauth2", "client_id": "c", "expires_at": "never", **FUTURE_FIELD},
        "app_auth": {"scheme": "saml", "assertion_url": "https://idp.example/"},
        "account": {"id": ID, "region": "us2"},
    }

    parsed = assert_round_trips(TenantInfo, source)

    assert isinstance(parsed.auth, ActorAuth)
    assert parsed.auth.additional_properties == {"expires_at": "never", **FUTURE_FIELD}
    assert isinstance(parsed.app_auth, AppAuth)
    assert parsed.app_auth.scheme.is_unknown
    assert parsed.app_auth.additional_properties == {"assertion_url": "https://idp.example/"}
    assert isinstance(parsed.account, AccountRef)
    assert parsed.account.additional_properties == {"region": "us2"}


# ---- null items -------------------------------------------------------------------------------


@pytest.mark.parametrize("envelope", LIST_ENVELOPES, ids=lambda cls: cls.__name__)
def test_null_items_in_data_arrays_are_kept(envelope: Any) -> None:
    source = {"data": [None, {"id": ID}, None], "paging": {"next": None}}

    parsed = assert_round_trips(envelope, source)

    assert parsed.data[0] is None
    assert parsed.data[1].id == UUID(ID)
    assert parsed.data[2] is None
    assert parsed.paging.next_ is None


@pytest.mark.parametrize("envelope", LIST_ENVELOPES, ids=lambda cls: cls.__name__)
def test_a_page_of_only_nulls_parses(envelope: Any) -> None:
    parsed = assert_round_trips(envelope, {"data": [None, None], "paging": {"next": "p2"}})

    assert parsed.data == [None, None]
    assert parsed.paging.next_ == "p2"


# ---- missing optional fields ------------------------------------------------------------------

# Only request bodies have required fields; everything the service returns may omit anything.
MODELS_WITH_REQUIRED_FIELDS = {
    "RolloverInput",
    "ScheduleInput",
    "ScopingCoursesInput",
    "ScopingSchoolsInput",
}


def required_fields(model: Any) -> list[str]:
    return [f.name for f in attrs.fields(model) if f.init and f.default is attrs.NOTHING]


def test_only_request_bodies_have_required_fields() -> None:
    with_required = {model.__name__ for model in MODEL_CLASSES if required_fields(model)}
    assert with_required == MODELS_WITH_REQUIRED_FIELDS


@pytest.mark.parametrize(
    "model",
    [model for model in MODEL_CLASSES if model.__name__ not in MODELS_WITH_REQUIRED_FIELDS],
    ids=lambda cls: cls.__name__,
)
def test_absent_optional_fields_are_unset_and_not_sent(model: Any) -> None:
    parsed = model.from_dict({})

    for field in attrs.fields(model):
        if field.name != "additional_properties":
            assert getattr(parsed, field.name) is UNSET, field.name
    assert parsed.to_dict() == {}


def test_absent_fields_are_omitted_next_to_present_ones() -> None:
    parsed = assert_round_trips(Actor, {"name": "roster", "auth": {"client_id": "c"}})

    assert parsed.id is UNSET
    assert parsed.type_ is UNSET
    assert parsed.auth.client_secret is UNSET
    assert parsed.to_dict() == {"name": "roster", "auth": {"client_id": "c"}}


# ---- nullable values --------------------------------------------------------------------------

NULLABLE = [
    (TenantInfo, {"id": ID, "account": None, "cloud": None, "integration": None}, "account"),
    (TenantInfo, {"id": ID, "account": None, "cloud": None, "integration": None}, "cloud"),
    (TenantInfo, {"id": ID, "account": None, "cloud": None, "integration": None}, "integration"),
    (RolloverMetadata, {"created": None, "updated": None}, "created"),
    (RolloverMetadata, {"created": None, "updated": None}, "updated"),
    (Rollover, {"id": ID, "metadata": {"created": None, "updated": None}}, "metadata.created"),
    (Schedule, {"id": ID, "metadata": None, "last_executed_at": None}, "metadata"),
    (Schedule, {"id": ID, "metadata": None, "last_executed_at": None}, "last_executed_at"),
    (Schedule, {"id": ID, "days": None}, "days"),
    (TenantApplication, {"auth_message": None, "auth_session_id_pending": None}, "auth_message"),
    (
        TenantApplication,
        {"auth_message": None, "auth_session_id_pending": None},
        "auth_session_id_pending",
    ),
    (TenantApplicationUpdate, {"auth_message": None}, "auth_message"),
    (Ingestion, {"id": ID, "started_at": None, "metadata": {"scheduled": None}}, "started_at"),
    (
        Ingestion,
        {"id": ID, "started_at": None, "metadata": {"scheduled": None}},
        "metadata.scheduled",
    ),
    (Paging, {"next": None}, "next_"),
]


@pytest.mark.parametrize(
    ("model", "source", "path"),
    NULLABLE,
    ids=[f"{model.__name__}.{path}" for model, _, path in NULLABLE],
)
def test_null_is_kept_as_none_and_sent_back_as_null(
    model: Any, source: dict[str, Any], path: str
) -> None:
    parsed = assert_round_trips(model, source)

    value = parsed
    for attribute in path.split("."):
        value = getattr(value, attribute)
    assert value is None
    assert parsed.to_dict() == source


def test_nullable_fields_still_parse_their_values() -> None:
    when = "2025-07-04T16:18:06.444Z"
    tenant = TenantInfo.from_dict({"account": {"id": ID, "name": "District"}, "cloud": None})
    schedule = Schedule.from_dict({"last_executed_at": when, "metadata": {"source": "ui"}})
    metadata = RolloverMetadata.from_dict({"created": when, "updated": None})

    assert isinstance(tenant.account, AccountRef)
    assert tenant.account.name == "District"
    assert tenant.cloud is None
    assert schedule.last_executed_at == datetime.datetime.fromisoformat(when)
    assert schedule.metadata is not None
    assert schedule.metadata.additional_properties == {"source": "ui"}
    assert metadata.created == datetime.datetime.fromisoformat(when)
    assert metadata.updated is None


# ---- status codes outside IANA's registry -----------------------------------------------------


async def test_non_iana_status_reaches_error_handling() -> None:
    # 520 is what Cloudflare sends when the origin misbehaves; HTTPStatus(520) raises.
    with respx.mock(base_url=BASE_URL) as router:
        router.get(f"/v2/interop/clouds/{ID}").respond(520, text="<html>origin error</html>")
        async with AuthenticatedClient(base_url=BASE_URL, token="t") as client:
            response = await find_cloud.asyncio_detailed(UUID(ID), client=client)

    assert response.status_code == 520
    assert response.parsed is None
    assert response.content == b"<html>origin error</html>"


async def test_non_iana_status_raises_the_typed_error_when_asked() -> None:
    with respx.mock(base_url=BASE_URL) as router:
        router.get(f"/v2/interop/clouds/{ID}").respond(520, text="origin error")
        async with AuthenticatedClient(
            base_url=BASE_URL, token="t", raise_on_unexpected_status=True
        ) as client:
            with pytest.raises(errors.UnexpectedStatus) as raised:
                await find_cloud.asyncio_detailed(UUID(ID), client=client)

    assert raised.value.status_code == 520
    assert raised.value.content == b"origin error"


def endpoint_modules() -> list[ModuleType]:
    return [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(api.__path__, api.__name__ + ".")
        if not info.ispkg
    ]


@pytest.mark.parametrize("endpoint", endpoint_modules(), ids=lambda module: module.__name__)
def test_every_endpoint_builds_a_response_for_a_non_iana_status(endpoint: ModuleType) -> None:
    client = AuthenticatedClient(base_url=BASE_URL, token="t")

    response = endpoint._build_response(client=client, response=httpx.Response(599))

    assert response.status_code == 599
    assert response.parsed is None


# ---- secrets ----------------------------------------------------------------------------------

SECRET_CASES = [
    (ActorAuth, {"client_id": "actor-1", "client_secret": "S3CRET-actor"}),
    (
        AppAuth,
        {
            "scheme": "oauth2",
            "client_id": "app-1",
            "username": "svc",
            "token": "S3CRET-token",
            "refresh_token": "S3CRET-refresh",
            "client_secret": "S3CRET-client",
            "password": "S3CRET-password",
            "api_key": "S3CRET-key",
        },
    ),
    (
        TenantApplication,
        {
            "auth_props": {"api_key": "S3CRET-props"},
            "auth_props_pending": {"password": "S3CRET-pending"},
            "options": {"region": "us2"},
        },
    ),
    (TenantApplicationUpdate, {"auth_props_pending": {"password": "S3CRET-update"}}),
    (
        TenantInfo,
        {
            "id": ID,
            "auth": {"client_id": "actor-1", "client_secret": "S3CRET-actor"},
            "app_auth": {"scheme": "basic", "username": "svc", "password": "S3CRET-password"},
        },
    ),
    (
        ActorsResponse,
        {"data": [None, {"name": "n", "auth": {"client_id": "a", "client_secret": "S3CRET-list"}}]},
    ),
]


def secrets_in(document: Any) -> list[str]:
    if isinstance(document, dict):
        return [secret for value in document.values() for secret in secrets_in(value)]
    if isinstance(document, list):
        return [secret for value in document for secret in secrets_in(value)]
    return [document] if isinstance(document, str) and document.startswith("S3CRET") else []


@pytest.mark.parametrize(
    ("model", "source"), SECRET_CASES, ids=[model.__name__ for model, _ in SECRET_CASES]
)
def test_secrets_stay_out_of_repr_but_are_sent(model: Any, source: dict[str, Any]) -> None:
    parsed = model.from_dict(source)
    secrets = secrets_in(source)
    assert secrets

    for secret in secrets:
        assert secret not in repr(parsed)
        assert secret not in str(parsed)
    assert parsed.to_dict() == source


def test_repr_still_shows_what_is_not_secret() -> None:
    auth = ActorAuth.from_dict({"client_id": "actor-1", "client_secret": "S3CRET-actor"})
    application = TenantApplication.from_dict({"options": {"region": "us2"}})

    assert "actor-1" in repr(auth)
    assert "us2" in repr(application)


def test_the_generated_client_keeps_its_token_out_of_repr() -> None:
    client = AuthenticatedClient(base_url=BASE_URL, token="S3CRET-bearer")

    assert "S3CRET-bearer" not in repr(client)


def test_unknown_credential_like_fields_are_redacted_in_repr_but_kept() -> None:
    auth = ActorAuth.from_dict({"client_id": "actor-1", "access_token": "S3CRET-new", "x": "y"})

    assert "S3CRET-new" not in repr(auth)
    assert "'x': 'y'" in repr(auth)
    assert auth.to_dict()["access_token"] == "S3CRET-new"


def test_application_auth_props_hide_every_value_even_on_their_own() -> None:
    application = TenantApplication.from_dict(
        {"auth_props": {"password": "S3CRET-app", "user": "S3CRET-user"}}
    )

    assert application.auth_props  # present
    assert "S3CRET" not in repr(application.auth_props)
    assert application.to_dict()["auth_props"]["user"] == "S3CRET-user"


# ---- the generated-code header ----------------------------------------------------------------


def test_every_generated_file_says_it_is_generated() -> None:
    files = sorted(GENERATED_DIR.rglob("*.py"))

    assert len(files) > 51 + 70  # endpoint modules, models and the package's own files
    unmarked = [str(path) for path in files if not path.read_text().startswith(HEADER)]
    assert unmarked == []


# ---- raw bodies and optional bodies -----------------------------------------------------------


@respx.mock
async def test_a_blueprint_given_as_a_file_object_is_sent_as_its_bytes() -> None:
    route = respx.post(url__regex=r".*/versions$").respond(200, json={"data": {"version": "1"}})
    client = AuthenticatedClient(base_url=BASE_URL, token="t")
    xml = b"<Blueprint Id='x' Version='1'/>"

    response = await create_integration_version.asyncio_detailed(
        UUID(int=1), client=client, body=File(payload=io.BytesIO(xml))
    )

    assert response.status_code == 200
    assert route.calls.last.request.content == xml
    assert route.calls.last.request.headers["content-type"] == "application/xml"


@respx.mock
async def test_run_schedule_without_a_body_sends_no_content_type() -> None:
    route = respx.post(url__regex=r".*/run$").respond(204)
    client = AuthenticatedClient(base_url=BASE_URL, token="t")

    await run_schedule.asyncio_detailed(UUID(int=1), client=client)

    assert "content-type" not in route.calls.last.request.headers
    assert route.calls.last.request.content == b""
