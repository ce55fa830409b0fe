"""Decoding bodies straight into the generated models (kimono_interop_client/_decoding.py).

The contract: whenever the decoder answers, its model equals what ``from_dict(json.loads(...))``
builds; it answers for every body the spec describes with no unknown key; anything else (an
unknown key, a value only ``from_dict`` takes, bad JSON) gets None, and the layer then takes the
generated path, which keeps unknown keys in ``additional_properties`` as before.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar
from unittest import mock

import attrs
import pytest
import respx
import yaml
from _layer_support import BASE, clouds_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability.schema_strategies import SchemaSet

import kimono_interop_client._generated.api as generated_api
from kimono_interop_client import ApiKey, InteropClient, ResponseValidationError, TenantClient
from kimono_interop_client._decoding import decode, has_plan
from kimono_interop_client._generated.models.cloud import Cloud
from kimono_interop_client._generated.models.clouds_response import CloudsResponse
from kimono_interop_client._generated.models.schedule_type import ScheduleType
from kimono_interop_client._generated.models.schedules_response import SchedulesResponse
from kimono_interop_client._generated.types import UNSET, parse_datetime

ROOT = Path(__file__).resolve().parents[1]
RESPONSES = Path(__file__).parent / "generated" / "fixtures" / "responses"
SPEC = yaml.safe_load((ROOT / "openapi" / "interop.yaml").read_text())
SCHEMAS = SchemaSet(SPEC)

pytestmark = pytest.mark.respx(base_url=BASE, assert_all_called=False)


def _json_models() -> dict[type, list[str]]:
    """Every model a documented 2xx JSON body is, with the operations that answer it."""
    found: dict[type, list[str]] = {}
    for info in pkgutil.walk_packages(generated_api.__path__, generated_api.__name__ + "."):
        module = importlib.import_module(info.name)
        for model in getattr(module, "_JSON_MODELS", {}).values():
            found.setdefault(model, []).append(info.name.rsplit(".", 1)[1])
    return found


JSON_MODELS = _json_models()


def from_dict_path(model: type, body: bytes) -> Any:
    return model.from_dict(json.loads(body))  # type: ignore[attr-defined]


def has_unknown_keys(value: object) -> bool:
    """Whether from_dict kept any key in additional_properties, anywhere in the tree (free-form
    objects, which keep every key there, do not count)."""
    if isinstance(value, list):
        return any(has_unknown_keys(item) for item in value)
    if not attrs.has(type(value)):
        return False
    fields = [f.name for f in attrs.fields(type(value))]
    if fields == ["additional_properties"]:
        return False
    if getattr(value, "additional_properties", None):
        return True
    return any(has_unknown_keys(getattr(value, name)) for name in fields)


def dumps(value: object) -> bytes:
    return json.dumps(value).encode()


# -- coverage --------------------------------------------------------------------------------


def test_every_documented_json_answer_has_a_decoding_plan() -> None:
    # The spec's operations whose 2xx answer is a JSON object schema (not a count, XML or none).
    answered = {
        operation["operationId"]: answer["content"]["application/json"]["schema"]["$ref"]
        for item in SPEC["paths"].values()
        for operation in item.values()
        for status, answer in operation["responses"].items()
        if status.startswith("2")
        and "properties"
        in SCHEMAS.resolve(answer.get("content", {}).get("application/json", {}).get("schema", {}))
    }
    assert sum(len(ops) for ops in JSON_MODELS.values()) == len(answered) > 30
    assert {model.__name__ for model in JSON_MODELS} == {
        ref.rsplit("/", 1)[1] for ref in answered.values()
    }
    assert [model.__name__ for model in JSON_MODELS if not has_plan(model)] == []


# Every example but count.json, which is a plain integer, not a model.
EXAMPLES = sorted(p for p in RESPONSES.glob("*.json") if p.stem != "count")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_each_reference_example_decodes_to_what_from_dict_builds(path: Path) -> None:
    model = {m.__name__: m for m in JSON_MODELS}[
        "".join(part.title() for part in path.stem.split("_")) + "Response"
    ]
    body = path.read_bytes()
    decoded = decode(model, body)
    assert decoded is not None, "the reference's own example must take the fast path"
    assert type(decoded) is model
    assert decoded == from_dict_path(model, body)


@pytest.mark.parametrize("model", list(JSON_MODELS), ids=lambda m: m.__name__)
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_a_valid_body_decodes_to_what_from_dict_builds(model: type, data: st.DataObject) -> None:
    schema = {"$ref": f"#/components/schemas/{model.__name__}"}
    body = dumps(data.draw(SCHEMAS.strategy(schema), label="body"))
    expected = from_dict_path(model, body)
    decoded = decode(model, body)
    # The bodies drawn carry unknown keys now and then: exactly those fall back.
    assert (decoded is None) == has_unknown_keys(expected)
    if decoded is not None:
        assert type(decoded) is model
        assert decoded == expected


# -- what falls back, and what does not ------------------------------------------------------


def cloud_json(**extra: Any) -> dict[str, Any]:
    return {
        "id": "0b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5a",
        "created_at": "2024-01-02T03:04:05Z",
        "account_id": "1b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5a",
        "name": "North",
        **extra,
    }


def schedule_json(**changes: Any) -> dict[str, Any]:
    base = {
        "id": "2b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5a",
        "type": "collection",
        "enabled": True,
        "hour": 3,
        "metadata": {"anything": [1, "two"]},
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    "body",
    [
        {"data": [cloud_json(color="blue")], "paging": {"next": None}},  # unknown key in an item
        {"data": [cloud_json()], "paging": {"next": None, "cursor": 2}},  # ... in paging
        {"data": [cloud_json()], "paging": {"next": None}, "meta": {}},  # ... in the envelope
        {"data": [cloud_json(additional_properties={"x": 1})], "paging": {}},  # a field's name
    ],
    ids=["item", "paging", "envelope", "additional_properties"],
)
def test_an_unknown_key_anywhere_falls_back(body: dict[str, Any]) -> None:
    assert decode(CloudsResponse, dumps(body)) is None
    assert has_unknown_keys(CloudsResponse.from_dict(body))


@pytest.mark.parametrize(
    "changes",
    [
        {"id": "{0b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5a}"},  # a UUID form only uuid.UUID takes
        {"generation": 1.0},  # a float for an int
        {"created_at": "2024-01-02"},  # ISO 8601 without a time: fromisoformat's, not RFC 3339
        {"name": 7},  # not a string
    ],
    ids=["uuid-in-braces", "float-for-int", "date-for-datetime", "int-for-str"],
)
def test_a_value_the_strict_decoder_refuses_falls_back(changes: dict[str, Any]) -> None:
    body = dumps({"data": [cloud_json(**changes)], "paging": {"next": None}})
    assert decode(CloudsResponse, body) is None


@pytest.mark.parametrize("body", [b"", b"{", b"[]", b"null", b'{"data": 3}', b"\xff"])
def test_bad_json_or_the_wrong_shape_falls_back(body: bytes) -> None:
    assert decode(CloudsResponse, body) is None


def test_an_unknown_enum_value_decodes_to_the_same_pseudo_member() -> None:
    body = dumps({"data": [schedule_json(type="hourly")], "paging": {"next": None}})
    decoded = decode(SchedulesResponse, body)
    assert decoded is not None
    item = decoded.data[0]
    assert item.type_.is_unknown
    assert item.type_.value == "hourly"
    assert decoded == from_dict_path(SchedulesResponse, body)


def test_renamed_fields_read_their_json_keys() -> None:
    body = dumps({"data": [schedule_json(), None], "paging": {"next": "m2"}})
    decoded = decode(SchedulesResponse, body)
    assert decoded is not None
    assert decoded.data[0].type_ is ScheduleType.COLLECTION  # JSON "type"
    assert decoded.data[1] is None  # null items stay
    assert decoded.paging.next_ == "m2"  # JSON "next"
    assert decoded.data[0].metadata.additional_properties == {"anything": [1, "two"]}
    assert decoded == from_dict_path(SchedulesResponse, body)


def test_absent_fields_are_unset_and_each_model_owns_its_extra_dict() -> None:
    body = dumps({"data": [cloud_json(), cloud_json()], "paging": {"next": None}})
    decoded = decode(CloudsResponse, body)
    assert decoded is not None
    first, second = decoded.data
    assert first.updated_at is UNSET
    assert first.generation is UNSET
    first["note"] = "mine"  # additional_properties is the item's own dict
    assert "note" not in second
    assert attrs.evolve(first, name="South").name == "South"
    assert first.to_dict()["note"] == "mine"
    assert Cloud.from_dict(first.to_dict()) == first


@pytest.mark.parametrize(
    ("text", "microsecond", "second"),
    [
        ("2024-01-02T03:04:05.1234564Z", 123456, 5),
        ("2024-01-02T03:04:05.1234566Z", 123457, 5),  # rounded, not cut
        ("2024-01-02T03:04:05.9999996Z", 0, 6),  # into the next second
    ],
)
def test_both_paths_round_a_long_fraction_alike(text: str, microsecond: int, second: int) -> None:
    body = dumps({"data": cloud_json(created_at=text)})
    from kimono_interop_client._generated.models.cloud_response import CloudResponse

    decoded = decode(CloudResponse, body)
    assert decoded is not None
    assert decoded.data.created_at == parse_datetime(text)
    assert (decoded.data.created_at.microsecond, decoded.data.created_at.second) == (
        microsecond,
        second,
    )
    assert decoded == from_dict_path(CloudResponse, body)


def test_decoded_ids_are_real_uuids() -> None:
    decoded = decode(CloudsResponse, dumps(clouds_page([cloud_json()])))
    assert decoded is not None
    assert decoded.data[0].id == uuid.UUID("0b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5a")
    assert type(decoded.data[0]) is Cloud


ACCOUNT = "1b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5a"


def test_a_shared_uuid_is_one_object_per_value_as_from_dict_makes_it() -> None:
    # account_id, tenant_id, cloud_id repeat on every item of a page: read as strings and parsed
    # by parse_shared_uuid, on this path as on the generated one.
    items = [cloud_json(id=f"0b6c3a52-8a0d-4b8e-9a55-2f1e6d3c4b5{n}") for n in range(3)]
    body = dumps(clouds_page(items))
    decoded = decode(CloudsResponse, body)
    assert decoded is not None
    first, *others = decoded.data
    assert first.account_id == uuid.UUID(ACCOUNT)
    assert all(other.account_id is first.account_id for other in others)
    assert first.id is not others[0].id  # other UUIDs stay one per value read
    assert decoded == from_dict_path(CloudsResponse, body)


@pytest.mark.parametrize(
    "account_id",
    ["{" + ACCOUNT + "}", ACCOUNT.upper(), ACCOUNT.replace("-", "")],
    ids=["braces", "upper-case", "no-hyphens"],
)
def test_a_shared_uuid_in_any_form_uuid_takes_decodes_as_from_dict_does(account_id: str) -> None:
    body = dumps(clouds_page([cloud_json(account_id=account_id)]))
    decoded = decode(CloudsResponse, body)
    assert decoded is not None
    assert decoded.data[0].account_id == uuid.UUID(ACCOUNT)
    assert decoded == from_dict_path(CloudsResponse, body)


@pytest.mark.parametrize("account_id", ["not-a-uuid", "", 7, None])
def test_a_shared_uuid_field_that_is_no_uuid_falls_back(account_id: object) -> None:
    body = dumps(clouds_page([cloud_json(account_id=account_id)]))
    assert decode(CloudsResponse, body) is None


def test_an_absent_shared_uuid_field_stays_unset() -> None:
    body = dumps({"data": [schedule_json(tenant_id=ACCOUNT)], "paging": {"next": None}})
    decoded = decode(SchedulesResponse, body)
    assert decoded is not None
    assert decoded.data[0].tenant_id == uuid.UUID(ACCOUNT)
    assert decoded.data[0].account_id is UNSET
    assert decoded == from_dict_path(SchedulesResponse, body)


# -- through the layer -----------------------------------------------------------------------


async def test_the_layer_builds_a_page_without_from_dict(respx_mock: respx.MockRouter) -> None:
    respx_mock.get("/v2/interop/clouds").respond(json=clouds_page([cloud_json()]))
    with mock.patch.object(CloudsResponse, "from_dict", side_effect=AssertionError("slow path")):
        async with InteropClient(auth=ApiKey("k"), base_url=BASE) as kimono:
            page = await kimono.clouds.list()
    assert [cloud.name for cloud in page.items] == ["North"]


async def test_the_layer_keeps_unknown_keys_through_the_generated_path(
    respx_mock: respx.MockRouter,
) -> None:
    respx_mock.get("/v2/interop/clouds").respond(json=clouds_page([cloud_json(color="blue")]))
    async with InteropClient(auth=ApiKey("k"), base_url=BASE) as kimono:
        page = await kimono.clouds.list()
    assert page.items[0]["color"] == "blue"


async def test_a_200_where_the_spec_says_201_still_decodes(respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/v2/interop/clouds").respond(200, json={"data": cloud_json()})
    async with InteropClient(auth=ApiKey("k"), base_url=BASE) as kimono:
        cloud = await kimono.clouds.create(name="North")
    assert cloud.name == "North"


async def test_a_tenant_answer_with_a_renamed_field_decodes(respx_mock: respx.MockRouter) -> None:
    respx_mock.get("/v2/interop/tenant/schedules").respond(
        json={"data": [schedule_json()], "paging": {"next": None}}
    )
    with mock.patch.object(SchedulesResponse, "from_dict", side_effect=AssertionError("slow")):
        async with TenantClient(auth=ApiKey("k"), base_url=BASE) as tenant:
            schedules = [s async for s in tenant.schedules.list()]
    assert [s.type_ for s in schedules] == [ScheduleType.COLLECTION]


async def test_a_page_whose_owner_id_is_no_uuid_is_a_response_validation_error(
    respx_mock: respx.MockRouter,
) -> None:
    respx_mock.get("/v2/interop/clouds").respond(
        json=clouds_page([cloud_json(account_id="not-a-uuid")])
    )
    async with InteropClient(auth=ApiKey("k"), base_url=BASE) as kimono:
        with pytest.raises(ResponseValidationError) as caught:
            await kimono.clouds.list()
    assert caught.value.status_code == 200
    assert b"not-a-uuid" in caught.value.body


def test_a_response_is_never_decoded_as_the_wrong_model() -> None:
    # 4xx bodies are errors (kimono_interop_client/_errors.py reads them), never success models.
    from kimono_interop_client._responses import _json_model

    for model in JSON_MODELS:
        assert model.__name__.endswith("Response")
    list_clouds = importlib.import_module("kimono_interop_client._generated.api.clouds.list_clouds")
    assert _json_model(list_clouds, 200) is CloudsResponse
    assert _json_model(list_clouds, 400) is None
    assert _json_model(list_clouds, 204) is None


# -- what the decoder must never do ----------------------------------------------------------


def deeply_nested_schedules_page() -> bytes:
    """A page whose one schedule's free-form metadata nests 5,000 lists deep."""
    metadata = b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    item = dumps(schedule_json(metadata={})).replace(b'"metadata": {}', b'"metadata": ' + metadata)
    return b'{"data": [' + item + b'], "paging": {}}'


def test_a_value_nested_too_deep_falls_back() -> None:
    with pytest.raises(RecursionError):
        json.loads(deeply_nested_schedules_page())  # what from_dict's path then reports
    assert decode(SchedulesResponse, deeply_nested_schedules_page()) is None


async def test_a_deeply_nested_free_form_value_is_a_response_validation_error(
    respx_mock: respx.MockRouter,
) -> None:
    respx_mock.get("/v2/interop/tenant/schedules").respond(
        content=deeply_nested_schedules_page(),
        headers={"Content-Type": "application/json"},
    )
    async with TenantClient(auth=ApiKey("k"), base_url=BASE) as tenant:
        with pytest.raises(ResponseValidationError) as caught:
            await tenant.schedules.list()
    assert caught.value.status_code == 200


@attrs.define
class _Ratio:
    """A model a future spec could generate: a number field."""

    value: float
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {"value": "value"}


@attrs.define
class _FreeFormNumbers:
    additional_properties: dict[str, float] = attrs.field(init=False, factory=dict)


@pytest.mark.parametrize("model", [_Ratio, _FreeFormNumbers], ids=lambda m: m.__name__)
def test_a_float_is_left_to_from_dict_which_keeps_a_json_int_an_int(model: type) -> None:
    # msgspec would read {"value": 3} as 3.0: equal, but not the value the server sent.
    assert not has_plan(model)
    assert decode(model, b'{"value": 3}') is None


def test_a_model_msgspec_refuses_costs_speed_never_a_call() -> None:
    twin = attrs.make_class("Twin", {"a": attrs.field(type=str), "b": attrs.field(type=str)})
    twin._JSON_KEYS = {"a": "same", "b": "same"}  # two fields, one JSON key: defstruct refuses
    assert decode(twin, b'{"same": "x"}') is None
    assert decode(twin, b'{"same": "x"}') is None  # and again, from the remembered answer
