"""Errors: the hierarchy, typed status errors with Kimono's fields, bad 2xx bodies."""

from __future__ import annotations

import uuid

import httpx
import pytest
import respx
from _layer_support import BASE, client, cloud

from kimono_interop_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    KimonoError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from kimono_interop_client._errors import parse_error_body, status_error
from kimono_interop_client._generated.api.clouds import delete_cloud, find_cloud
from kimono_interop_client._generated.api.rollovers import count_rollovers, create_rollover
from kimono_interop_client._generated.models.rollover_input import RolloverInput
from kimono_interop_client._generated.models.rollover_status import RolloverStatus
from kimono_interop_client._generated.models.rollover_type import RolloverType

CLOUD_ID = uuid.uuid4()
CLOUD_PATH = f"/v2/interop/clouds/{CLOUD_ID}"
KIMONO_ERROR = {
    "status": 404,
    "code": "not_found",
    "message": "Cloud not found",
    "ext_message": "No cloud with that id in your accounts",
    "details": "id=...",
}


def response(status: int, **kwargs: object) -> httpx.Response:
    request = httpx.Request("GET", f"{BASE}/v2/interop/clouds?page=2&api_key=leak")
    return httpx.Response(status, request=request, **kwargs)  # type: ignore[arg-type]


def test_hierarchy() -> None:
    for cls in (PaginationError, APIConnectionError, APIStatusError, ResponseValidationError):
        assert issubclass(cls, KimonoError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(InvalidInputError, ValueError)
    assert issubclass(InvalidInputError, KimonoError)
    assert issubclass(ClientClosedError, KimonoError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_has_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = status_error(response(status, json={"code": "x"}))
    assert type(error) is cls
    assert error.status_code == status


def test_kimono_error_fields_are_parsed() -> None:
    error = status_error(response(404, json=KIMONO_ERROR, headers={"X-Request-Id": "r1"}))
    assert error.code == "not_found"
    assert error.message == "Cloud not found"
    assert error.ext_message == "No cloud with that id in your accounts"
    assert error.details == "id=..."
    assert error.headers["x-request-id"] == "r1"
    assert error.method == "GET"
    assert str(error) == (
        "404 not_found: Cloud not found (No cloud with that id in your accounts) "
        f"[GET {BASE}/v2/interop/clouds]"
    )


def test_the_query_string_never_reaches_the_message() -> None:
    error = status_error(response(400, json=KIMONO_ERROR))
    assert "leak" not in str(error)
    assert "leak" not in error.url


def test_error_fields_under_error_are_found() -> None:
    error = status_error(response(409, json={"data": None, "error": KIMONO_ERROR}))
    assert error.code == "not_found"


@pytest.mark.parametrize(
    "body",
    [b"<html><body>502 Bad Gateway</body></html>", b"{not json", b"[1, 2]", b"", b"\xff\xfe"],
)
def test_garbage_bodies_still_give_a_typed_error_with_the_raw_body(body: bytes) -> None:
    error = status_error(response(502, content=body))
    assert isinstance(error, InternalServerError)
    assert error.body == body
    assert error.code is None
    assert error.message is None
    assert str(error).startswith("502 Bad Gateway:")


def test_non_iana_status_reads_well() -> None:
    assert str(status_error(response(520, content=b""))).startswith("520 Unknown Status:")


def test_rate_limit_error_carries_the_asked_wait() -> None:
    error = status_error(response(429, json={}), retry_after=120.0)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 120.0
    assert "120 s" in str(error)


def test_parse_error_body_reads_oauth_errors() -> None:
    fields = parse_error_body(b'{"error": "invalid_client", "error_description": "nope"}')
    assert fields["code"] == "invalid_client"
    assert fields["message"] == "nope"


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
class TestThroughTheClient:
    async def test_404_raises_not_found_with_kimono_fields(
        self, respx_mock: respx.MockRouter
    ) -> None:
        respx_mock.get(CLOUD_PATH).mock(return_value=httpx.Response(404, json=KIMONO_ERROR))
        kimono, _ = client()
        async with kimono:
            with pytest.raises(NotFoundError) as caught:
                await kimono.call(find_cloud, CLOUD_ID)
        assert caught.value.code == "not_found"
        assert caught.value.url == f"{BASE}{CLOUD_PATH}"

    async def test_undocumented_status_520_is_an_internal_server_error(
        self, respx_mock: respx.MockRouter
    ) -> None:
        respx_mock.delete(CLOUD_PATH).mock(return_value=httpx.Response(520, text="oops"))
        kimono, _ = client(max_retries=0)
        async with kimono:
            with pytest.raises(InternalServerError) as caught:
                await kimono.call(delete_cloud, CLOUD_ID)
        assert caught.value.status_code == 520
        assert caught.value.body == b"oops"

    @pytest.mark.parametrize(
        "body",
        [
            b"<html>proxy page</html>",
            b'{"data": ',
            b'{"data": "not an object"}',
            b'"a string"',
            b'{"data": null}',
            b"{}",
            b"",
        ],
    )
    async def test_a_bad_2xx_body_raises_response_validation_error(
        self, respx_mock: respx.MockRouter, body: bytes
    ) -> None:
        respx_mock.get(CLOUD_PATH).mock(return_value=httpx.Response(200, content=body))
        kimono, _ = client()
        async with kimono:
            with pytest.raises(ResponseValidationError) as caught:
                await kimono.call(find_cloud, CLOUD_ID)
        assert caught.value.body == body
        assert caught.value.status_code == 200

    async def test_a_single_object_envelope_returns_its_data(
        self, respx_mock: respx.MockRouter
    ) -> None:
        respx_mock.get(CLOUD_PATH).mock(
            return_value=httpx.Response(200, json={"data": cloud("x", CLOUD_ID)})
        )
        kimono, _ = client()
        async with kimono:
            found = await kimono.call(find_cloud, CLOUD_ID)
        assert found.id == CLOUD_ID
        assert found.name == "x"

    async def test_204_returns_none(self, respx_mock: respx.MockRouter) -> None:
        respx_mock.delete(CLOUD_PATH).mock(return_value=httpx.Response(204))
        kimono, _ = client()
        async with kimono:
            assert await kimono.call(delete_cloud, CLOUD_ID) is None

    async def test_an_operation_without_a_body_accepts_any_json_but_not_garbage(
        self, respx_mock: respx.MockRouter
    ) -> None:
        route = respx_mock.delete(CLOUD_PATH)
        kimono, _ = client()
        async with kimono:
            route.mock(return_value=httpx.Response(200, json={"deleted": True}))
            assert await kimono.call(delete_cloud, CLOUD_ID) is None
            route.mock(return_value=httpx.Response(200))
            assert await kimono.call(delete_cloud, CLOUD_ID) is None
            route.mock(return_value=httpx.Response(200, text="<html>proxy</html>"))
            with pytest.raises(ResponseValidationError):
                await kimono.call(delete_cloud, CLOUD_ID)

    async def test_count_returns_an_int(self, respx_mock: respx.MockRouter) -> None:
        respx_mock.get("/v2/interop/tenant/rollovers/count").mock(
            return_value=httpx.Response(200, json=42)
        )
        kimono, _ = client()
        async with kimono:
            assert await kimono.call(count_rollovers) == 42

    @pytest.mark.parametrize("body", [b'"42"', b"true", b"{}", b"4x", b"null", b""])
    async def test_a_count_that_is_not_an_int_is_rejected(
        self, respx_mock: respx.MockRouter, body: bytes
    ) -> None:
        respx_mock.get("/v2/interop/tenant/rollovers/count").mock(
            return_value=httpx.Response(200, content=body)
        )
        kimono, _ = client()
        async with kimono:
            with pytest.raises(ResponseValidationError):
                await kimono.call(count_rollovers)

    async def test_a_200_where_the_spec_says_201_is_still_parsed(
        self, respx_mock: respx.MockRouter
    ) -> None:
        rollover_id = uuid.uuid4()
        respx_mock.post("/v2/interop/tenant/rollovers").mock(
            return_value=httpx.Response(200, json={"data": {"id": str(rollover_id)}})
        )
        kimono, _ = client()
        async with kimono:
            body = RolloverInput(
                type_=RolloverType.NEW_YEAR, status=RolloverStatus.UPCOMING, cloud_id=uuid.uuid4()
            )
            made = await kimono.call(create_rollover, body=body)
        assert made.id == rollover_id

    async def test_timeouts_are_api_timeout_errors(self, respx_mock: respx.MockRouter) -> None:
        respx_mock.get(CLOUD_PATH).mock(side_effect=httpx.ReadTimeout("timed out"))
        kimono, _ = client()
        async with kimono:
            with pytest.raises(APITimeoutError) as caught:
                await kimono.call(find_cloud, CLOUD_ID)
        assert "ReadTimeout" in str(caught.value)
        assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
