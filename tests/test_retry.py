"""Retries: the pure rules (_retry.py) and the send loop applying them."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
import respx
from _layer_support import BASE, client, cloud

from kimono_interop_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from kimono_interop_client._generated.api.clouds import create_cloud, find_cloud, list_clouds
from kimono_interop_client._generated.api.integrations import create_integration_version
from kimono_interop_client._generated.models.cloud_input import CloudInput
from kimono_interop_client._generated.types import File
from kimono_interop_client._retry import (
    BACKOFF_CAP,
    TransportFailure,
    backoff,
    classify,
    parse_retry_after,
    should_retry,
)

NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
NOT_SENT = TransportFailure.NOT_SENT
MAYBE_SENT = TransportFailure.MAYBE_SENT


class TestRules:
    @pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"])
    @pytest.mark.parametrize("outcome", [408, 429, 500, 502, 503, 504, NOT_SENT, MAYBE_SENT])
    def test_idempotent_methods_retry_transient_failures(
        self, method: str, outcome: int | TransportFailure
    ) -> None:
        assert should_retry(method, outcome, 0, {}, now=NOW).retry

    @pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
    @pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501, 520])
    def test_other_statuses_are_never_retried(self, method: str, status: int) -> None:
        assert not should_retry(method, status, 0, {}, now=NOW).retry

    @pytest.mark.parametrize("method", ["POST", "PATCH"])
    def test_post_and_patch_retry_only_when_the_request_had_no_effect(self, method: str) -> None:
        assert should_retry(method, NOT_SENT, 0, now=NOW).retry
        assert not should_retry(method, MAYBE_SENT, 0, now=NOW).retry
        for status in (408, 429, 500, 502, 503, 504):
            assert not should_retry(method, status, 0, {}, now=NOW).retry, status
        assert should_retry(method, 429, 0, {"Retry-After": "1"}, now=NOW).retry
        assert should_retry(method, 503, 0, {"Retry-After": "1"}, now=NOW).retry
        assert not should_retry(method, 500, 0, {"Retry-After": "1"}, now=NOW).retry

    def test_gives_up_after_max_retries(self) -> None:
        assert should_retry("GET", 503, 1, {}, max_retries=2, now=NOW).retry
        assert not should_retry("GET", 503, 2, {}, max_retries=2, now=NOW).retry
        assert not should_retry("GET", 503, 0, {}, max_retries=0, now=NOW).retry

    def test_retry_after_is_the_delay(self) -> None:
        decision = should_retry("GET", 429, 0, {"Retry-After": "7"}, now=NOW)
        assert decision.retry
        assert decision.delay == 7
        assert decision.retry_after == 7

    def test_retry_after_beyond_the_cap_gives_up_and_reports_the_wait(self) -> None:
        decision = should_retry("GET", 429, 0, {"Retry-After": "120"}, max_retry_after=60, now=NOW)
        assert not decision.retry
        assert decision.retry_after == 120
        assert "cap" in decision.reason

    def test_classify_transport_errors(self) -> None:
        request = httpx.Request("GET", BASE)
        assert classify(httpx.ConnectError("x", request=request)) is NOT_SENT
        assert classify(httpx.ConnectTimeout("x", request=request)) is NOT_SENT
        assert classify(httpx.PoolTimeout("x", request=request)) is NOT_SENT
        assert classify(httpx.ReadTimeout("x", request=request)) is MAYBE_SENT
        assert classify(httpx.RemoteProtocolError("x", request=request)) is MAYBE_SENT
        assert classify(httpx.WriteError("x", request=request)) is MAYBE_SENT


class TestRetryAfter:
    def test_seconds(self) -> None:
        assert parse_retry_after("30", NOW) == 30
        assert parse_retry_after(" 1.5 ", NOW) == 1.5

    def test_http_date(self) -> None:
        later = format_datetime(NOW + timedelta(seconds=90), usegmt=True)
        assert parse_retry_after(later, NOW) == 90

    def test_past_date_means_now(self) -> None:
        earlier = format_datetime(NOW - timedelta(hours=1), usegmt=True)
        assert parse_retry_after(earlier, NOW) == 0

    @pytest.mark.parametrize("value", [None, "", "soon", "-5", "nan"])
    def test_absent_or_unreadable(self, value: str | None) -> None:
        assert parse_retry_after(value, NOW) is None


class TestBackoff:
    def test_grows_exponentially_with_jitter_and_is_capped(self) -> None:
        lows = [backoff(attempt, rand=lambda: 0.0) for attempt in range(10)]
        highs = [backoff(attempt, rand=lambda: 1.0) for attempt in range(10)]
        assert lows[0] < lows[1] < lows[2] < lows[3]
        assert all(low * 2 == high for low, high in zip(lows, highs, strict=True))
        assert max(highs) == BACKOFF_CAP
        assert min(lows) > 0


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
class TestSendLoop:
    async def test_get_retries_503_then_succeeds(self, respx_mock: respx.MockRouter) -> None:
        cloud_id = uuid.uuid4()
        route = respx_mock.get(f"/v2/interop/clouds/{cloud_id}").mock(
            side_effect=[
                httpx.Response(503),
                httpx.Response(502),
                httpx.Response(200, json={"data": cloud("x", cloud_id)}),
            ]
        )
        kimono, sleeps = client()
        async with kimono:
            found = await kimono.call(find_cloud, cloud_id)
        assert found.name == "x"
        assert route.call_count == 3
        assert len(sleeps.waits) == 2
        assert all(wait > 0 for wait in sleeps.waits)

    async def test_get_gives_up_after_max_retries(self, respx_mock: respx.MockRouter) -> None:
        route = respx_mock.get("/v2/interop/clouds").mock(return_value=httpx.Response(500))
        kimono, _ = client(max_retries=2)
        async with kimono:
            with pytest.raises(InternalServerError):
                await kimono.paginate(list_clouds)
        assert route.call_count == 3

    async def test_with_options_max_retries_zero(self, respx_mock: respx.MockRouter) -> None:
        route = respx_mock.get("/v2/interop/clouds").mock(return_value=httpx.Response(503))
        kimono, _ = client()
        async with kimono:
            with pytest.raises(InternalServerError):
                await kimono.with_options(max_retries=0).paginate(list_clouds)
        assert route.call_count == 1

    async def test_create_is_not_retried_on_500(self, respx_mock: respx.MockRouter) -> None:
        route = respx_mock.post("/v2/interop/clouds").mock(return_value=httpx.Response(500))
        kimono, _ = client()
        async with kimono:
            with pytest.raises(InternalServerError):
                await kimono.call(create_cloud, body=CloudInput(name="n"))
        assert route.call_count == 1

    async def test_create_is_never_sent_twice_after_a_read_timeout(
        self, respx_mock: respx.MockRouter
    ) -> None:
        route = respx_mock.post("/v2/interop/clouds").mock(side_effect=httpx.ReadTimeout("slow"))
        kimono, _ = client()
        async with kimono:
            with pytest.raises(APITimeoutError) as caught:
                await kimono.call(create_cloud, body=CloudInput(name="n"))
        assert route.call_count == 1
        assert caught.value.method == "POST"

    async def test_create_is_retried_after_a_connect_error(
        self, respx_mock: respx.MockRouter
    ) -> None:
        route = respx_mock.post("/v2/interop/clouds").mock(
            side_effect=[
                httpx.ConnectError("refused"),
                httpx.Response(200, json={"data": cloud("made")}),
            ]
        )
        kimono, _ = client()
        async with kimono:
            made = await kimono.call(create_cloud, body=CloudInput(name="made"))
        assert made.name == "made"
        assert route.call_count == 2
        assert route.calls[0].request.content == route.calls[1].request.content

    async def test_create_is_retried_on_429_with_retry_after(
        self, respx_mock: respx.MockRouter
    ) -> None:
        route = respx_mock.post("/v2/interop/clouds").mock(
            side_effect=[
                httpx.Response(429, headers={"Retry-After": "3"}),
                httpx.Response(200, json={"data": cloud("made")}),
            ]
        )
        kimono, sleeps = client()
        async with kimono:
            await kimono.call(create_cloud, body=CloudInput(name="made"))
        assert route.call_count == 2
        assert sleeps.waits == [3.0]

    async def test_retry_after_as_http_date_is_honoured(self, respx_mock: respx.MockRouter) -> None:
        when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
        respx_mock.get("/v2/interop/clouds").mock(
            side_effect=[
                httpx.Response(503, headers={"Retry-After": when}),
                httpx.Response(200, json={"data": []}),
            ]
        )
        kimono, sleeps = client()
        async with kimono:
            await kimono.paginate(list_clouds)
        assert len(sleeps.waits) == 1
        assert 20 < sleeps.waits[0] <= 30

    async def test_retry_after_beyond_the_cap_raises_rate_limit_error(
        self, respx_mock: respx.MockRouter
    ) -> None:
        route = respx_mock.get("/v2/interop/clouds").mock(
            return_value=httpx.Response(429, headers={"Retry-After": "600"})
        )
        kimono, sleeps = client(max_retry_after=60)
        async with kimono:
            with pytest.raises(RateLimitError) as caught:
                await kimono.paginate(list_clouds)
        assert caught.value.retry_after == 600
        assert route.call_count == 1
        assert sleeps.waits == []

    async def test_connection_errors_exhausted_raise_api_connection_error(
        self, respx_mock: respx.MockRouter
    ) -> None:
        route = respx_mock.get("/v2/interop/clouds").mock(side_effect=httpx.ConnectError("down"))
        kimono, _ = client()
        async with kimono:
            with pytest.raises(APIConnectionError) as caught:
                await kimono.paginate(list_clouds)
        assert not isinstance(caught.value, APITimeoutError)
        assert route.call_count == 3

    async def test_xml_body_is_replayed_intact(self, respx_mock: respx.MockRouter) -> None:
        integration_id = uuid.uuid4()
        xml = b"<Blueprint Id='example' Version='2.0'/>"
        route = respx_mock.post(f"/v2/interop/integrations/{integration_id}/versions").mock(
            side_effect=[
                httpx.ConnectError("refused"),
                httpx.Response(200, json={"data": {"id": str(uuid.uuid4())}}),
            ]
        )
        kimono, _ = client()
        async with kimono:
            body = File(payload=io.BytesIO(xml), mime_type="application/xml")
            await kimono.call(create_integration_version, integration_id, body=body)
        assert [call.request.content for call in route.calls] == [xml, xml]
        assert route.calls[1].request.headers["content-type"] == "application/xml"
