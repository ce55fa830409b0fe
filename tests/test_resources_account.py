"""The account façade (`InteropClient.actors/.clouds/.integrations/.tenants`) on the wire.

Each row of OPERATIONS is one call through a real `InteropClient` (respx in place of the
service): the exact request it must send (method, URL with query string, body, headers) and
what it must return. Then: bad input raises `InvalidInputError` and sends nothing.
"""

import base64
import inspect
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import httpx
import pytest
import respx

from kimono_interop_client import ApiKey, InteropClient, InvalidInputError, Page
from kimono_interop_client._generated.models import (
    Actor,
    Cloud,
    CloudInput,
    Integration,
    IntegrationInput,
    IntegrationVersion,
    IntegrationVersionInput,
    ReleaseState,
    TenantInfo,
)

BASE = "https://api.test"
API = f"{BASE}/v2/interop"
CLOUD = UUID("c1000000-0000-4000-8000-000000000001")
ACTOR = UUID("a1000000-0000-4000-8000-000000000001")
INTEGRATION = UUID("11000000-0000-4000-8000-000000000001")
VERSION_ID = UUID("12000000-0000-4000-8000-000000000001")
TENANT = UUID("7e000000-0000-4000-8000-000000000001")
ACCOUNT_1 = UUID("ac000000-0000-4000-8000-000000000001")
ACCOUNT_2 = UUID("ac000000-0000-4000-8000-000000000002")
XML = "<Blueprint Id='example' Version='2.0'>naïve</Blueprint>"
API_KEY_AUTH = "Basic " + base64.b64encode(b"k:k").decode()


@pytest.fixture
async def kimono() -> AsyncIterator[InteropClient]:
    async with InteropClient(auth=ApiKey("k"), base_url=BASE, max_retries=0) as client:
        yield client


def one(data: dict[str, Any]) -> dict[str, Any]:
    return {"data": data}


def many(*items: dict[str, Any] | None, next_page: str | None = None) -> dict[str, Any]:
    return {"data": list(items), "paging": {"next": next_page}}


@dataclass
class Op:
    """One façade call and the exchange it must produce."""

    id: str
    call: Callable[[InteropClient], Any]  # returns an awaitable (a coroutine or a paginator)
    method: str
    url: str  # exactly as sent, query string included
    status: int = 200
    answer: Any = None  # the JSON the service answers
    sent_json: Any = None  # the JSON body that must be sent (None: no JSON body)
    sent_content: bytes | None = None  # a raw body that must be sent
    content_type: str | None = None
    check: Callable[[Any], None] = field(default=lambda result: None)


def is_none(result: Any) -> None:
    assert result is None


def is_model(cls: type, **fields: Any) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert type(result) is cls
        for name, value in fields.items():
            assert getattr(result, name) == value

    return check


def is_page(cls: type, *ids: UUID) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert isinstance(result, Page)
        assert all(type(item) is cls for item in result.items)
        assert [item.id for item in result.items] == list(ids)

    return check


OPERATIONS = [
    Op(
        "actors.list",
        lambda k: k.actors.list(page=1, page_size=2),
        "GET",
        f"{API}/actors?page=1&page_size=2",
        answer=many({"id": str(ACTOR), "type": "connector"}, None),
        check=is_page(Actor, ACTOR),
    ),
    Op(
        "clouds.list",
        lambda k: k.clouds.list(),
        "GET",
        f"{API}/clouds",
        answer=many({"id": str(CLOUD), "name": "c"}),
        check=is_page(Cloud, CLOUD),
    ),
    Op(
        "clouds.create",
        lambda k: k.clouds.create(name="c", userdata="u", generation=2),
        "POST",
        f"{API}/clouds",
        answer=one({"id": str(CLOUD), "name": "c", "generation": 2}),
        sent_json={"name": "c", "userdata": "u", "generation": 2},
        content_type="application/json",
        check=is_model(Cloud, id=CLOUD, name="c", generation=2),
    ),
    Op(
        "clouds.create(body=)",
        lambda k: k.clouds.create(body=CloudInput(name="c")),
        "POST",
        f"{API}/clouds",
        answer=one({"id": str(CLOUD)}),
        sent_json={"name": "c"},
        content_type="application/json",
        check=is_model(Cloud, id=CLOUD),
    ),
    Op(
        "clouds.search",
        lambda k: k.clouds.search(generation=-1, userdata="u 1", name="n&m", page=0, page_size=5),
        "GET",
        f"{API}/clouds/search?generation=-1&userdata=u+1&name=n%26m&page=0&page_size=5",
        answer=many({"id": str(CLOUD)}),
        check=is_page(Cloud, CLOUD),
    ),
    Op(
        "clouds.get",
        lambda k: k.clouds.get(CLOUD),
        "GET",
        f"{API}/clouds/{CLOUD}",
        answer=one({"id": str(CLOUD), "name": "c"}),
        check=is_model(Cloud, id=CLOUD, name="c"),
    ),
    Op(
        "clouds.get(upper-case str)",
        lambda k: k.clouds.get(str(CLOUD).upper()),
        "GET",
        f"{API}/clouds/{CLOUD}",  # sent in canonical lower case
        answer=one({"id": str(CLOUD)}),
        check=is_model(Cloud, id=CLOUD),
    ),
    Op(
        "clouds.delete",
        lambda k: k.clouds.delete(str(CLOUD)),
        "DELETE",
        f"{API}/clouds/{CLOUD}",
        status=204,
        check=is_none,
    ),
    Op(
        "clouds.list_actors",
        lambda k: k.clouds.list_actors(CLOUD, include_credentials=True, page_size=1),
        "GET",
        f"{API}/clouds/{CLOUD}/actors?include_credentials=true&page_size=1",
        answer=many({"id": str(ACTOR), "auth": {"type": "oauth2", "client_id": "x"}}),
        check=is_page(Actor, ACTOR),
    ),
    Op(
        "clouds.list_actors(include_credentials=False)",
        lambda k: k.clouds.list_actors(CLOUD, include_credentials=False),
        "GET",
        f"{API}/clouds/{CLOUD}/actors?include_credentials=false",
        answer=many(),
        check=is_page(Actor),
    ),
    Op(
        "integrations.list",
        lambda k: k.integrations.list(name="roster sync"),
        "GET",
        f"{API}/integrations?name=roster+sync",
        answer=many({"id": str(INTEGRATION), "name": "roster sync"}),
        check=is_page(Integration, INTEGRATION),
    ),
    Op(
        "integrations.create",
        lambda k: k.integrations.create(name="n", title="T", version="1"),
        "POST",
        f"{API}/integrations",
        answer=one({"id": str(INTEGRATION), "name": "n"}),
        sent_json={"name": "n", "title": "T", "version": "1"},
        content_type="application/json",
        check=is_model(Integration, id=INTEGRATION, name="n"),
    ),
    Op(
        "integrations.create(body=)",
        lambda k: k.integrations.create(body=IntegrationInput(title="T")),
        "POST",
        f"{API}/integrations",
        answer=one({"id": str(INTEGRATION)}),
        sent_json={"title": "T"},
        content_type="application/json",
        check=is_model(Integration, id=INTEGRATION),
    ),
    Op(
        "integrations.get",
        lambda k: k.integrations.get(INTEGRATION),
        "GET",
        f"{API}/integrations/{INTEGRATION}",
        answer=one({"id": str(INTEGRATION), "title": "T"}),
        check=is_model(Integration, id=INTEGRATION, title="T"),
    ),
    Op(
        "integrations.update",
        lambda k: k.integrations.update(INTEGRATION, title="New"),
        "PATCH",
        f"{API}/integrations/{INTEGRATION}",
        status=204,
        sent_json={"title": "New"},  # only the fields given
        content_type="application/json",
        check=is_none,
    ),
    Op(
        "integrations.delete",
        lambda k: k.integrations.delete(INTEGRATION),
        "DELETE",
        f"{API}/integrations/{INTEGRATION}",
        status=204,
        check=is_none,
    ),
    Op(
        "integrations.versions.list",
        lambda k: k.integrations.versions.list(INTEGRATION, page=3, page_size=10),
        "GET",
        f"{API}/integrations/{INTEGRATION}/versions?page=3&page_size=10",
        answer=many({"id": str(VERSION_ID), "version": "2.0"}),
        check=is_page(IntegrationVersion, VERSION_ID),
    ),
    Op(
        "integrations.versions.create(str)",
        lambda k: k.integrations.versions.create(INTEGRATION, XML),
        "POST",
        f"{API}/integrations/{INTEGRATION}/versions",
        answer=one({"id": str(VERSION_ID), "version": "2.0", "release_state": "development"}),
        sent_content=XML.encode("utf-8"),
        content_type="application/xml",
        check=is_model(IntegrationVersion, id=VERSION_ID, release_state=ReleaseState.DEVELOPMENT),
    ),
    Op(
        "integrations.versions.create(bytes)",
        lambda k: k.integrations.versions.create(INTEGRATION, b"<Blueprint/>"),
        "POST",
        f"{API}/integrations/{INTEGRATION}/versions",
        answer=one({"id": str(VERSION_ID)}),
        sent_content=b"<Blueprint/>",
        content_type="application/xml",
        check=is_model(IntegrationVersion, id=VERSION_ID),
    ),
    Op(
        "integrations.versions.update",
        lambda k: k.integrations.versions.update(
            INTEGRATION, "2.0", new_version="2.1", title="T", release_state="beta"
        ),
        "PATCH",
        f"{API}/integrations/{INTEGRATION}/versions/2.0",
        status=204,
        sent_json={"version": "2.1", "title": "T", "release_state": "beta"},
        content_type="application/json",
        check=is_none,
    ),
    Op(
        "integrations.versions.update(body=)",
        lambda k: k.integrations.versions.update(
            INTEGRATION, "v1+rc", body=IntegrationVersionInput(release_state=ReleaseState.RELEASED)
        ),
        "PATCH",
        f"{API}/integrations/{INTEGRATION}/versions/v1%2Brc",  # percent-encoded segment
        status=204,
        sent_json={"release_state": "released"},
        content_type="application/json",
        check=is_none,
    ),
    Op(
        "integrations.versions.delete",
        lambda k: k.integrations.versions.delete(INTEGRATION, "2.0"),
        "DELETE",
        f"{API}/integrations/{INTEGRATION}/versions/2.0",
        status=204,
        check=is_none,
    ),
    Op(
        "integrations.versions.update_blueprint",
        lambda k: k.integrations.versions.update_blueprint(INTEGRATION, "2.0", XML),
        "PUT",
        f"{API}/integrations/{INTEGRATION}/versions/2.0/blueprint",
        answer=one({"id": str(VERSION_ID), "version": "2.0"}),
        sent_content=XML.encode("utf-8"),
        content_type="application/xml",
        check=is_model(IntegrationVersion, id=VERSION_ID, version="2.0"),
    ),
    Op(
        "tenants.list",
        lambda k: k.tenants.list(
            accounts=[ACCOUNT_1, str(ACCOUNT_2)], integration=("i1", "i2"), page_size=50
        ),
        "GET",
        f"{API}/tenants?accounts={ACCOUNT_1}&accounts={ACCOUNT_2}"
        "&integration=i1&integration=i2&page_size=50",
        answer=many({"id": str(TENANT), "name": "District"}),
        check=is_page(TenantInfo, TENANT),
    ),
    Op(
        "tenants.list(no filters)",
        lambda k: k.tenants.list(),
        "GET",
        f"{API}/tenants",
        answer=many(),
        check=is_page(TenantInfo),
    ),
    Op(
        "tenants.get",
        lambda k: k.tenants.get(TENANT),
        "GET",
        f"{API}/tenants/{TENANT}",
        answer=one({"id": str(TENANT), "name": "District"}),
        check=is_model(TenantInfo, id=TENANT, name="District"),
    ),
]


async def run(call: Callable[[InteropClient], Any], client: InteropClient) -> Any:
    pending = call(client)
    return await pending if inspect.isawaitable(pending) else pending


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
async def test_operation_sends_exactly_this_request_and_returns_the_model(
    kimono: InteropClient, op: Op
) -> None:
    with respx.mock(assert_all_called=True) as service:
        response = (
            httpx.Response(op.status)
            if op.answer is None
            else httpx.Response(op.status, json=op.answer)
        )
        route = service.route().mock(return_value=response)
        result = await run(op.call, kimono)

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == op.method
    assert str(request.url) == op.url
    assert request.headers["Authorization"] == API_KEY_AUTH
    if op.sent_json is not None:
        assert json.loads(request.content) == op.sent_json
    elif op.sent_content is not None:
        assert request.content == op.sent_content
    else:
        assert request.content == b""
    if op.content_type is not None:
        assert request.headers["Content-Type"] == op.content_type
    op.check(result)


def test_every_account_facade_method_has_a_row() -> None:
    from kimono_interop_client._resources import account

    classes = {
        "actors": account.Actors,
        "clouds": account.Clouds,
        "integrations": account.Integrations,
        "integrations.versions": account.IntegrationVersions,
        "tenants": account.Tenants,
    }
    public = {
        f"{prefix}.{name}"
        for prefix, cls in classes.items()
        for name, _ in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }
    covered = {op.id.split("(")[0] for op in OPERATIONS}
    assert public == covered
    assert len(public) == 19  # the 19 account operations of issue 3's table


async def test_iterating_a_list_carries_the_filters_to_every_page(kimono: InteropClient) -> None:
    with respx.mock() as service:
        route = service.get(f"{API}/clouds/search").mock(
            side_effect=[
                httpx.Response(200, json=many({"id": str(CLOUD)}, next_page="p1")),
                httpx.Response(200, json=many({"id": str(ACTOR)}, next_page=None)),
            ]
        )
        ids = [cloud.id async for cloud in kimono.clouds.search(name="n", page_size=1)]

    assert ids == [CLOUD, ACTOR]
    assert [str(call.request.url) for call in route.calls] == [
        f"{API}/clouds/search?name=n&page_size=1",
        f"{API}/clouds/search?name=n&page=1&page_size=1",
    ]


# ---- bad input: InvalidInputError, and nothing sent ----------------------------------------

BAD_CALLS: list[tuple[str, Callable[[InteropClient], Any], str]] = [
    ("clouds.get malformed id", lambda k: k.clouds.get("nope"), "cloud_id"),
    ("clouds.get int id", lambda k: k.clouds.get(123), "cloud_id"),
    ("clouds.get braced id", lambda k: k.clouds.get("{" + str(CLOUD) + "}"), "cloud_id"),
    ("clouds.delete no-hyphen id", lambda k: k.clouds.delete(CLOUD.hex), "cloud_id"),
    ("list page < 0", lambda k: k.clouds.list(page=-1), "page"),
    ("list page_size 0", lambda k: k.clouds.list(page_size=0), "page_size"),
    ("list page_size bool", lambda k: k.actors.list(page_size=True), "page_size"),
    ("list page_size > int32", lambda k: k.actors.list(page_size=2**31), "page_size"),
    ("list prefetch < 0", lambda k: k.actors.list(prefetch=-1), "prefetch"),
    ("search generation > int32", lambda k: k.clouds.search(generation=2**31), "generation"),
    ("search generation str", lambda k: k.clouds.search(generation="1"), "generation"),
    ("search name not str", lambda k: k.clouds.search(name=5), "name"),
    (
        "list_actors include_credentials str",
        lambda k: k.clouds.list_actors(CLOUD, include_credentials="yes"),
        "include_credentials",
    ),
    ("create generation bool", lambda k: k.clouds.create(generation=False), "generation"),
    ("create body and fields", lambda k: k.clouds.create(name="x", body=CloudInput()), "body="),
    ("create body of wrong type", lambda k: k.clouds.create(body={"name": "x"}), "body"),
    ("integrations.list name bytes", lambda k: k.integrations.list(name=b"x"), "name"),
    (
        "integrations.update bad id",
        lambda k: k.integrations.update("x", title="t"),
        "integration_id",
    ),
    ("versions.create empty", lambda k: k.integrations.versions.create(INTEGRATION, ""), "blue"),
    (
        "versions.create whitespace",
        lambda k: k.integrations.versions.create(INTEGRATION, b" \n "),
        "blueprint",
    ),
    (
        "versions.create not xml",
        lambda k: k.integrations.versions.create(INTEGRATION, "blueprint.xml"),
        "blueprint",
    ),
    (
        "versions.create not text",
        lambda k: k.integrations.versions.create(INTEGRATION, None),
        "blueprint",
    ),
    ("versions.delete '..'", lambda k: k.integrations.versions.delete(INTEGRATION, ".."), "ver"),
    ("versions.delete '.'", lambda k: k.integrations.versions.delete(INTEGRATION, "."), "ver"),
    ("versions.delete ''", lambda k: k.integrations.versions.delete(INTEGRATION, ""), "version"),
    (
        "versions.delete slash",
        lambda k: k.integrations.versions.delete(INTEGRATION, "1/../.."),
        "version",
    ),
    (
        "versions.update_blueprint '..'",
        lambda k: k.integrations.versions.update_blueprint(INTEGRATION, "..", XML),
        "version",
    ),
    (
        "versions.update_blueprint empty xml",
        lambda k: k.integrations.versions.update_blueprint(INTEGRATION, "2", ""),
        "blueprint",
    ),
    (
        "versions.update query char",
        lambda k: k.integrations.versions.update(INTEGRATION, "2?x=1", title="t"),
        "version",
    ),
    (
        "versions.update unknown release_state",
        lambda k: k.integrations.versions.update(INTEGRATION, "2", release_state="gold"),
        "release_state",
    ),
    ("tenants.list empty accounts", lambda k: k.tenants.list(accounts=[]), "accounts"),
    ("tenants.list accounts as str", lambda k: k.tenants.list(accounts=str(ACCOUNT_1)), "acc"),
    ("tenants.list bad account", lambda k: k.tenants.list(accounts=["x"]), r"accounts\[0\]"),
    ("tenants.list empty integration", lambda k: k.tenants.list(integration=[]), "integration"),
    ("tenants.list integration as str", lambda k: k.tenants.list(integration="i"), "integ"),
    ("tenants.get bad id", lambda k: k.tenants.get(""), "tenant_id"),
]


@pytest.mark.parametrize(
    ("call", "names"), [row[1:] for row in BAD_CALLS], ids=[row[0] for row in BAD_CALLS]
)
async def test_bad_input_raises_invalid_input_error_and_sends_nothing(
    kimono: InteropClient, call: Callable[[InteropClient], Any], names: str
) -> None:
    with respx.mock(assert_all_called=False) as service:
        route = service.route().mock(return_value=httpx.Response(200, json=one({})))
        with pytest.raises(InvalidInputError, match=names):
            await run(call, kimono)
    assert route.call_count == 0


async def test_a_secret_passed_as_an_id_is_not_in_the_error(kimono: InteropClient) -> None:
    secret = "sk_live_0123456789abcdef"
    with pytest.raises(InvalidInputError) as caught:
        await kimono.tenants.get(secret)
    assert secret not in str(caught.value)


def test_paths_are_positional_only(kimono: InteropClient) -> None:
    # Keeps `version` free for IntegrationVersionInput's own field (`new_version` in the call).
    with pytest.raises(TypeError):
        kimono.clouds.get(cloud_id=CLOUD)  # type: ignore[call-arg]
    parameters = inspect.signature(kimono.integrations.versions.update).parameters
    assert parameters["version"].kind is inspect.Parameter.POSITIONAL_ONLY
    assert parameters["new_version"].kind is inspect.Parameter.KEYWORD_ONLY
