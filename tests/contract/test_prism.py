"""Contract against an independent mock: every one of the 51 operations through the SDK against
Prism serving openapi/interop.yaml with request validation on (its default). A request Prism
finds invalid gets a 4xx (the spec's 400, else 422, with the validation errors), which the SDK
raises; so each call succeeding proves Prism accepted our request, and that its answer (the
spec's example in static mode, values generated from the schemas in dynamic mode) parsed.

Account operations authenticate with the API key (HTTP Basic), tenant operations with a bearer
token: Prism checks that the security the spec names is present.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from all_operations import OPS, Op, load_spec, spec_operations

from kimono_interop_client import ApiKey, APIStatusError, BearerToken, InteropClient, TenantClient

ROUNDS = {"static": 1, "dynamic": 5}  # dynamic answers differ each time: try a few


def test_every_operation_of_the_spec_is_called() -> None:
    assert sorted(op.operation_id for op in OPS) == sorted(spec_operations(load_spec()))


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.operation_id)
async def test_prism_accepts_the_request_and_the_answer_parses(
    prism: tuple[str, str], op: Op
) -> None:
    mode, base_url = prism
    client: InteropClient | TenantClient
    if op.tenant:
        client = TenantClient(auth=BearerToken("prism-token"), base_url=base_url, max_retries=0)
    else:
        client = InteropClient(auth=ApiKey("prism-key"), base_url=base_url, max_retries=0)
    async with client:
        for _ in range(ROUNDS[mode]):
            try:
                result: Any = await op.call(client)
            except APIStatusError as error:
                pytest.fail(f"Prism refused {op.operation_id}: {error}\n{error.body!r}")
            if hasattr(result, "items"):
                assert isinstance(result.items, list)


async def test_prism_really_validates_requests(prism: tuple[str, str]) -> None:
    """The check above means something only if Prism refuses what the spec forbids."""
    _, base_url = prism
    async with httpx.AsyncClient(base_url=base_url) as http:
        out_of_range = await http.post(
            "/v2/interop/tenant/schedules",
            json={"hour": 24},
            headers={"Authorization": "Bearer prism-token"},
        )
        unknown_field = await http.post(
            "/v2/interop/clouds", json={"name": "n", "colour": "red"}, auth=("k", "k")
        )
        no_credentials = await http.get("/v2/interop/clouds")
    # Prism answers a validation failure with the spec's own 400 (else 422).
    assert out_of_range.status_code in (400, 422), out_of_range.text
    assert unknown_field.status_code in (400, 422), unknown_field.text
    assert no_credentials.status_code == 401, no_credentials.text
