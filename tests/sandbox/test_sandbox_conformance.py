"""Conformance: schemathesis runs every operation of openapi/interop.yaml against the sandbox,
in-process, with valid credentials, and checks that

- no response is a server error (`not_a_server_error`),
- every status is one the spec documents for the operation (`status_code_conformance`),
- every body matches the spec's schema for that status (`response_schema_conformance`),
- a request schemathesis generated as *valid* (positive mode) is never answered 400, except
  by the two operations whose bodies are XML blueprints: any bytes satisfy the spec's
  `format: binary`, but the sandbox (like Kimono) requires a well-formed <Blueprint>.
  Rule-based refusals of valid requests (409 for a paused schedule, 404 for an unknown id)
  are documented statuses and allowed.

Bounded: a few examples per operation, no deadline; the whole module runs in well under a
minute. Negative cases (invalid data) are generated too and must get documented statuses.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from kimono_interop_client.sandbox import Sandbox

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "interop.yaml"
XML_OPERATIONS = {"createIntegrationVersion", "updateIntegrationBlueprint"}

# One sandbox for the module: schemathesis's random ids rarely hit real objects, and the
# seeded data keeps every list non-empty.
SANDBOX = Sandbox(seed=11, size={"schools": 3, "courses": 3, "ingestions": 3})
# Tenant operations run as an OAuth2 actor here; test_sandbox_sdk_surface.py covers Basic actors.
TENANT = SANDBOX.credentials.tenant("oauth2")

schema = schemathesis.openapi.from_path(SPEC)
schema.app = SANDBOX.app


def auth_headers(case: Any) -> dict[str, str]:
    """The credentials the operation's `security` asks for: an actor's token for tenant
    operations, the account API key over Basic for the others."""
    requirements = case.operation.definition.raw.get("security", [])
    if any("actorOAuth2" in requirement for requirement in requirements):
        return {"Authorization": f"Bearer {SANDBOX.issue_token(TENANT.client_id, ttl=3600)}"}
    key = SANDBOX.credentials.api_key
    return {"Authorization": "Basic " + base64.b64encode(f"{key}:{key}".encode()).decode()}


@schema.parametrize()
@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_sandbox_conforms_to_the_spec(case: Any) -> None:
    response = case.call_and_validate(
        headers=auth_headers(case),
        checks=[not_a_server_error, status_code_conformance, response_schema_conformance],
    )
    # Valid credentials went with every request: a 401 would mean the checks ran on nothing.
    assert response.status_code != 401, response.text
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and case.operation.definition.raw.get("operationId") not in XML_OPERATIONS:
        assert response.status_code != 400, f"valid request refused: {response.text}"
