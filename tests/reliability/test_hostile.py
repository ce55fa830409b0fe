"""Hostile and invalid input, as properties (hypothesis) over the spec's own schemas.

- Every valid answer of every operation (drawn from its 2xx JSON Schema) parses through the
  façade, served by respx.
- Damaged answers (wrong types, missing fields, huge strings, deep nesting, non-UTF-8, cut
  short, wrong top-level type) end in the result or ResponseValidationError — nothing else,
  and never a hang.
- Every parameter the spec constrains is checked before sending, with a message naming it;
  respx proves nothing was sent.
- Path injection: any string as an id or a version is refused or percent-encoded into exactly
  its own path segment; it never reaches another path.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable, Iterator
from typing import Any
from urllib.parse import quote, unquote
from uuid import UUID

import all_operations
import anyio
import httpx
import pytest
import respx
from all_operations import ID, OPS, VERSION, Op, load_spec, spec_operations
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schema_strategies import SchemaSet

from kimono_interop_client import (
    ApiKey,
    BearerToken,
    InteropClient,
    InvalidInputError,
    ResponseValidationError,
    TenantClient,
)

BASE = "https://kimono.test"
SPEC = load_spec()
SCHEMAS = SchemaSet(SPEC)
OPERATIONS = spec_operations(SPEC)
# KIMONO_HYPOTHESIS_EXAMPLES=200 digs deeper than CI's default.
EXAMPLES = settings(
    max_examples=int(os.environ.get("KIMONO_HYPOTHESIS_EXAMPLES", "12")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def success_response(operation_id: str) -> tuple[int, dict[str, Any] | None]:
    """The documented 2xx status and its JSON schema (None: no body)."""
    for status, response in OPERATIONS[operation_id][2]["responses"].items():
        if str(status).startswith("2"):
            response = SCHEMAS.resolve(response)
            content = response.get("content", {}).get("application/json")
            return int(status), None if content is None else content["schema"]
    raise AssertionError(f"{operation_id} documents no 2xx answer")


BODY_OPS = [op for op in OPS if success_response(op.operation_id)[1] is not None]


class Harness:
    """One event loop, one account client and one tenant client for a whole module, with respx
    answering every request with whatever the current example says: thousands of examples run
    in seconds instead of minutes."""

    def __init__(self) -> None:
        self.answer = httpx.Response(204)
        self.sent: list[httpx.Request] = []
        self.router = respx.mock(assert_all_called=False)
        self.router.route().mock(side_effect=self._answer)
        self.router.start()
        self.runner = asyncio.Runner()
        self.account = InteropClient(auth=ApiKey("k3y"), base_url=BASE, max_retries=0)
        self.tenant = TenantClient(auth=BearerToken("t0ken"), base_url=BASE, max_retries=0)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self.answer

    def call(self, op: Op, status: int = 204, content: bytes = b"") -> Any:
        """Call the operation through the façade; respx answers `content`. Bounded in time."""
        self.sent.clear()
        self.answer = httpx.Response(
            status, content=content, headers={"Content-Type": "application/json"}
        )

        async def bounded() -> Any:
            with anyio.fail_after(10):
                return await op.call(self.tenant if op.tenant else self.account)

        return self.runner.run(bounded())

    def close(self) -> None:
        self.runner.run(self.account.aclose())
        self.runner.run(self.tenant.aclose())
        self.runner.close()
        self.router.stop()


@pytest.fixture(scope="module")
def harness() -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


def test_the_operation_table_names_every_operation_of_the_spec() -> None:
    assert sorted(op.operation_id for op in OPS) == sorted(OPERATIONS)


# ---- valid answers parse --------------------------------------------------------------------


@pytest.mark.parametrize("op", BODY_OPS, ids=lambda op: op.operation_id)
@EXAMPLES
@given(data=st.data())
def test_every_valid_answer_parses(harness: Harness, op: Op, data: st.DataObject) -> None:
    status, schema = success_response(op.operation_id)
    assert schema is not None
    body = data.draw(SCHEMAS.strategy(schema), label="body")
    SCHEMAS.validator(schema).validate(body)  # the strategy drew a valid answer
    result = harness.call(op, status, json.dumps(body).encode())
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        assert len(result.items) == sum(item is not None for item in body["data"])
    elif isinstance(body, dict) and isinstance(body.get("data"), dict):
        assert result is not None


@pytest.mark.parametrize("op", BODY_OPS, ids=lambda op: op.operation_id)
def test_an_envelope_without_data_is_refused(harness: Harness, op: Op) -> None:
    """The spec leaves `data` optional in its envelopes; the SDK refuses an envelope without it
    (an object or a list was promised) instead of returning None or an empty page."""
    status, schema = success_response(op.operation_id)
    assert schema is not None
    if SCHEMAS.resolve(schema).get("type") != "object":
        return  # the count operations answer a bare integer
    with pytest.raises(ResponseValidationError):
        harness.call(op, status, b"{}")


# ---- damaged answers: the result or ResponseValidationError, nothing else -------------------


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replace(value[path[0]], path[1:], new)
    return copy


def _delete(value: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        copy = dict(value) if isinstance(value, dict) else list(value)
        del copy[path[0]]
        return copy
    return _replace(value, path[:1], _delete(value[path[0]], path[1:]))


def _deep(depth: int) -> Any:
    nested: Any = "bottom"
    for level in range(depth):
        nested = [nested] if level % 2 else {"n": nested}
    return nested


WRONG_TYPES = st.sampled_from(
    [
        None,
        True,
        0,
        -1,
        2**70,
        1.5,
        "",
        "not-a-uuid",
        "2026-13-45T99:99:99Z",
        [],
        {},
        [None],
        {"x": 1},
    ]
)


@st.composite
def damaged_tree(draw: st.DrawFn, body: Any) -> bytes:
    """Valid JSON whose content is wrong somewhere: the SDK may accept it (an unknown enum or a
    string where a string was expected...) or refuse it, but only with ResponseValidationError."""
    paths = list(_paths(body))
    path = draw(st.sampled_from(paths), label="path")
    kind = draw(st.sampled_from(["wrong type", "missing", "huge string", "nesting"]), label="kind")
    if kind == "missing" and path:
        damaged = _delete(body, path)
    elif kind == "huge string":
        damaged = _replace(body, path, "\u00e9" * 300_000)
    elif kind == "nesting":
        damaged = _replace(body, path, _deep(draw(st.integers(50, 900), label="depth")))
    else:
        damaged = _replace(body, path, draw(WRONG_TYPES, label="value"))
    return json.dumps(damaged).encode()


@st.composite
def broken_bytes(draw: st.DrawFn, body: Any) -> bytes:
    """Not a JSON document of the documented type at all: refused with ResponseValidationError."""
    encoded = json.dumps(body, ensure_ascii=False).encode()
    kind = draw(
        st.sampled_from(["cut short", "non-UTF-8", "too deep", "wrong top level"]), label="kind"
    )
    if kind == "cut short" and isinstance(body, dict | list):
        return encoded[: draw(st.integers(1, len(encoded) - 1), label="cut")]
    if kind == "cut short":  # a number cut short may still be a number: break it instead
        return encoded + b" }"
    if kind == "non-UTF-8":
        at = draw(st.integers(0, len(encoded)), label="at")
        return encoded[:at] + b"\xff\xfe\xc0" + encoded[at:]
    if kind == "too deep":
        return b"[" * 200_000 + b"]" * 200_000  # beyond any parser's recursion limit
    if isinstance(body, int):
        return json.dumps(draw(st.sampled_from([None, "1", [1], {"count": 1}]))).encode()
    return json.dumps(draw(st.sampled_from([None, 1, "data", [body], True]))).encode()


def refusal(
    harness: Harness, op: Op, status: int, content: bytes
) -> ResponseValidationError | None:
    """None when the façade accepted the answer; the ResponseValidationError when it refused
    it. Any other exception propagates and fails the example."""
    try:
        harness.call(op, status, content)
    except ResponseValidationError as error:
        return error
    return None


def check_refusal(error: ResponseValidationError, status: int, content: bytes) -> None:
    assert error.status_code == status
    assert error.body == content  # the raw body, for whoever debugs it
    assert str(status) in str(error)


@pytest.mark.parametrize("op", BODY_OPS, ids=lambda op: op.operation_id)
@EXAMPLES
@given(data=st.data())
def test_damaged_content_is_accepted_or_refused_with_response_validation_error(
    harness: Harness, op: Op, data: st.DataObject
) -> None:
    status, schema = success_response(op.operation_id)
    assert schema is not None
    body = data.draw(SCHEMAS.strategy(schema), label="body")
    content = data.draw(damaged_tree(body), label="content")
    error = refusal(harness, op, status, content)
    if error is not None:
        check_refusal(error, status, content)


@pytest.mark.parametrize("op", BODY_OPS, ids=lambda op: op.operation_id)
@EXAMPLES
@given(data=st.data())
def test_broken_bytes_are_refused_with_response_validation_error(
    harness: Harness, op: Op, data: st.DataObject
) -> None:
    status, schema = success_response(op.operation_id)
    assert schema is not None
    body = data.draw(SCHEMAS.strategy(schema), label="body")
    content = data.draw(broken_bytes(body), label="content")
    error = refusal(harness, op, status, content)
    assert error is not None, "accepted"
    check_refusal(error, status, content)


# ---- client-side validation: refused before sending -----------------------------------------


def _ops(operation_id: str) -> Op:
    return next(op for op in OPS if op.operation_id == operation_id)


def _bad(operation_id: str, call: Callable[[Any], Awaitable[Any]]) -> Op:
    return Op(operation_id, _ops(operation_id).tenant, call)


# (the spec's parameter or body field, the call with a value the spec forbids)
INVALID_CALLS: list[tuple[str, Op]] = [
    ("page", _bad("listClouds", lambda k: k.clouds.list(page=-1))),
    ("page", _bad("listClouds", lambda k: k.clouds.list(page=2**31))),
    ("page_size", _bad("listActors", lambda k: k.actors.list(page_size=0))),
    ("page_size", _bad("listActors", lambda k: k.actors.list(page_size=2**31))),
    ("generation", _bad("searchClouds", lambda k: k.clouds.search(generation=2**31))),
    (
        "generation",
        _bad("createCloud", lambda k: k.clouds.create(name="n", generation=-(2**31) - 1)),
    ),
    ("userdata", _bad("searchClouds", lambda k: k.clouds.search(userdata=5))),
    ("name", _bad("listIntegrations", lambda k: k.integrations.list(name=["x"]))),
    (
        "include_credentials",
        _bad("listActorsByCloud", lambda k: k.clouds.list_actors(ID, include_credentials="yes")),
    ),
    ("accounts", _bad("listInteropTenants", lambda k: k.tenants.list(accounts=[]))),
    ("accounts", _bad("listInteropTenants", lambda k: k.tenants.list(accounts=["nope"]))),
    ("integration", _bad("listInteropTenants", lambda k: k.tenants.list(integration=[]))),
    (
        "replace",
        _bad("createScopingSchools", lambda t: t.scoping.schools.create(data=[], replace="no")),
    ),
    ("sort", _bad("listRollovers", lambda t: t.rollovers.list(sort="shoe_size"))),
    ("version", _bad("deleteIntegrationVersion", lambda k: k.integrations.versions.delete(ID, ""))),
    ("hour", _bad("createSchedule", lambda t: t.schedules.create(hour=24))),
    ("hour", _bad("createSchedule", lambda t: t.schedules.create(hour=-1))),
    ("enabled", _bad("updateSchedule", lambda t: t.schedules.update(ID, enabled="yes"))),
    (
        "cloud_id",
        _bad(
            "createRollover",
            lambda t: t.rollovers.create(type="new_year", status="upcoming", cloud_id="x"),
        ),
    ),
    ("type", _bad("createRollover", lambda t: t.rollovers.create(status="upcoming", cloud_id=ID))),
    (
        "status",
        _bad(
            "updateRollover",
            lambda t: t.rollovers.update(ID, type="new_year", status="later", cloud_id=ID),
        ),
    ),
    (
        "school_id",
        _bad("createScopingSchools", lambda t: t.scoping.schools.create(data=[{"school_id": "x"}])),
    ),
    (
        "course_id",
        _bad("updateScopingCourse", lambda t: t.scoping.courses.update(ID, course_id="x")),
    ),
    (
        "auth_state_pending",
        _bad(
            "updateTenantApplication", lambda t: t.application.update(auth_state_pending="updating")
        ),
    ),
    (
        "release_state",
        _bad(
            "updateIntegrationVersion",
            lambda k: k.integrations.versions.update(ID, VERSION, release_state="gold"),
        ),
    ),
    (
        "blueprint",
        _bad("createIntegrationVersion", lambda k: k.integrations.versions.create(ID, "")),
    ),
    (
        "blueprint",
        _bad(
            "updateIntegrationBlueprint",
            lambda k: k.integrations.versions.update_blueprint(ID, VERSION, b""),
        ),
    ),
]


def constrained_parameters() -> set[str]:
    """Every query and path parameter the spec constrains (type, format, range, enum, size)."""
    names = set()
    for _, _, operation in OPERATIONS.values():
        for parameter in operation.get("parameters", []):
            parameter = SCHEMAS.resolve(parameter)
            if parameter["name"] != "id":  # ids: see the path-injection property below
                names.add(parameter["name"])
    return names


def test_every_constrained_parameter_has_an_invalid_call() -> None:
    assert constrained_parameters() <= {name for name, _ in INVALID_CALLS}


@pytest.mark.parametrize(
    ("name", "op"), INVALID_CALLS, ids=[f"{n}:{o.operation_id}" for n, o in INVALID_CALLS]
)
def test_invalid_arguments_are_refused_before_sending(harness: Harness, name: str, op: Op) -> None:
    with pytest.raises(InvalidInputError) as caught:
        harness.call(op)
    assert harness.sent == []  # nothing reached the wire
    assert isinstance(caught.value, ValueError)
    assert name in str(caught.value)  # the message names what was wrong


# ---- path injection -------------------------------------------------------------------------

HOSTILE = ["/", "..", ".", "?", "#", "%", " ", "%2F", "%2e%2e", "\\", "\n", "\u2215", "?a=1#x"]
segments = st.one_of(
    st.builds(
        lambda parts: "".join(parts),
        st.lists(st.sampled_from([*HOSTILE, "1", "v", "-"]), max_size=5),
    ),
    st.text(max_size=12),
)


def _path_ops(parameter: str) -> list[Op]:
    return [op for op in OPS if "{" + parameter + "}" in OPERATIONS[op.operation_id][1]]


def _sent_paths(harness: Harness, op: Op) -> tuple[list[str], Exception | None]:
    """The raw paths the call sent (204 answers), or the InvalidInputError that stopped it."""
    try:
        harness.call(op)
    except InvalidInputError as refused:
        return [request.url.raw_path.decode("ascii") for request in harness.sent], refused
    except ResponseValidationError:  # a 204 where a list was promised: it was still sent
        pass
    return [request.url.raw_path.decode("ascii") for request in harness.sent], None


def _expected_path(op: Op, **values: str) -> str:
    template = OPERATIONS[op.operation_id][1]
    for name, value in values.items():
        template = template.replace("{" + name + "}", quote(value, safe=""))
    return template


@pytest.mark.parametrize("op", _path_ops("version"), ids=lambda op: op.operation_id)
@settings(max_examples=40, deadline=None)
@given(version=segments)
def test_a_version_reaches_exactly_its_own_path_segment_or_is_refused(
    harness: Harness, op: Op, version: str
) -> None:
    original = all_operations.VERSION
    all_operations.VERSION = version  # the table's lambdas read it when called
    try:
        sent, refused = _sent_paths(harness, op)
    finally:
        all_operations.VERSION = original
    if refused is not None:
        assert sent == []
        assert "version" in str(refused)
        return
    assert sent == [_expected_path(op, id=ID, version=version)]
    assert unquote(sent[0].split("/")[6]) == version  # one segment, and the whole version


@pytest.mark.parametrize("op", _path_ops("id"), ids=lambda op: op.operation_id)
@settings(max_examples=15, deadline=None)
@given(
    identifier=st.one_of(segments, st.uuids().map(str), st.uuids().map(lambda u: str(u) + "/.."))
)
def test_an_id_is_a_uuid_or_refused(harness: Harness, op: Op, identifier: str) -> None:
    original = all_operations.ID
    all_operations.ID = identifier
    try:
        sent, refused = _sent_paths(harness, op)
    finally:
        all_operations.ID = original
    try:
        canonical = str(UUID(identifier))
    except ValueError:
        canonical = None
    if canonical is None or canonical != identifier.lower():
        assert refused is not None
        assert sent == []
        return
    assert sent == [_expected_path(op, id=canonical, version=VERSION)]
