"""`kimono-interop` against the sandbox served on 127.0.0.1, as an operator would run it.

The commands run in-process (typer's CliRunner) with KIMONO_API_KEY/KIMONO_BASE_URL in the
environment, talking HTTP to a loopback sandbox: the same path as a real invocation.
"""

from __future__ import annotations

import io
import json
import socket
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import kimono_interop_client
from kimono_interop_client._cli import session
from kimono_interop_client._cli.app import app
from kimono_interop_client._cli.progress import counting
from kimono_interop_client._cli.render import REDACTED, public_dict
from kimono_interop_client.models import TenantInfo
from kimono_interop_client.sandbox import Sandbox

TRACEBACK = "Traceback (most recent call last)"


@pytest.fixture
def base_url(kimono_sandbox: Sandbox) -> Iterator[str]:
    with kimono_sandbox.serve() as server:
        yield server.base_url


@pytest.fixture
def cli(kimono_sandbox: Sandbox, base_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KIMONO_API_KEY", kimono_sandbox.credentials.api_key)
    monkeypatch.setenv("KIMONO_BASE_URL", base_url)
    for name in ("KIMONO_CLIENT_ID", "KIMONO_CLIENT_SECRET", "KIMONO_LOG"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def invoke(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(app, list(args), catch_exceptions=False)


def json_lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_help_lists_every_command(cli: CliRunner) -> None:
    result = invoke(cli, "--help")
    assert result.exit_code == 0
    for command in ("clouds", "integrations", "tenants", "tenant", "schedule"):
        assert command in result.stdout


def test_version(cli: CliRunner) -> None:
    result = invoke(cli, "--version")
    assert result.exit_code == 0
    assert result.stdout == f"kimono-interop {kimono_interop_client.__version__}\n"


class TestListings:
    def test_clouds_table_names_every_cloud(self, cli: CliRunner, kimono_sandbox: Sandbox) -> None:
        result = invoke(cli, "clouds", "list")
        assert result.exit_code == 0, result.stderr
        for cloud in kimono_sandbox.state.clouds:
            assert cloud["id"] in result.stdout
        assert result.stderr == ""  # no progress drawn: stderr is not a terminal

    def test_clouds_json_is_one_object_per_line_across_pages(
        self, cli: CliRunner, kimono_sandbox: Sandbox
    ) -> None:
        result = invoke(cli, "clouds", "list", "--json", "--page-size", "1")
        assert result.exit_code == 0, result.stderr
        ids = [cloud["id"] for cloud in json_lines(result)]
        assert ids == [cloud["id"] for cloud in kimono_sandbox.state.clouds]

    def test_integrations_json(self, cli: CliRunner, kimono_sandbox: Sandbox) -> None:
        result = invoke(cli, "integrations", "list", "--json")
        assert result.exit_code == 0, result.stderr
        names = {integration["name"] for integration in json_lines(result)}
        assert names == {integration["name"] for integration in kimono_sandbox.state.integrations}

    def test_tenants_never_show_actor_secrets(
        self, cli: CliRunner, kimono_sandbox: Sandbox
    ) -> None:
        tenants = kimono_sandbox.credentials.tenants
        for args in (("tenants", "list"), ("tenants", "list", "--json")):
            result = invoke(cli, *args)
            assert result.exit_code == 0, result.stderr
            for tenant in tenants:
                assert tenant.name in result.stdout
                assert tenant.client_secret not in result.stdout
        listed = json_lines(result)
        assert {t["auth"]["client_secret"] for t in listed} == {REDACTED}
        assert {t["auth"]["client_id"] for t in listed} == {t.client_id for t in tenants}

    def test_tenants_filtered_by_integration(self, cli: CliRunner, kimono_sandbox: Sandbox) -> None:
        integration = next(iter(kimono_sandbox.state.integrations))
        expected = {
            tenant.id
            for tenant in kimono_sandbox.state.tenants.values()
            if tenant.record["_integration_id"] == integration["id"]
        }
        assert 0 < len(expected) < len(kimono_sandbox.state.tenants)
        result = invoke(cli, "tenants", "list", "--json", "--integration", integration["name"])
        assert result.exit_code == 0, result.stderr
        assert {tenant["id"] for tenant in json_lines(result)} == expected


class TestTenantCommands:
    @pytest.mark.parametrize("auth_type", ["oauth2", "basic"])
    def test_state_acts_as_the_tenant(
        self, cli: CliRunner, kimono_sandbox: Sandbox, auth_type: str
    ) -> None:
        tenant = kimono_sandbox.credentials.tenant(auth_type)
        result = invoke(cli, "tenant", "state", tenant.tenant_id, "--json")
        assert result.exit_code == 0, result.stderr
        (state,) = json_lines(result)
        assert state.items() >= kimono_sandbox.state.tenants[tenant.tenant_id].state.items()
        assert "rollover_mode_enabled" in state  # the sandbox derives it from the rollovers
        if auth_type == "oauth2":
            assert kimono_sandbox.stats.token_requests[tenant.client_id] == 1

    def test_state_table_names_the_tenant(self, cli: CliRunner, kimono_sandbox: Sandbox) -> None:
        tenant = kimono_sandbox.credentials.tenants[0]
        result = invoke(cli, "tenant", "state", tenant.tenant_id)
        assert result.exit_code == 0, result.stderr
        assert tenant.name in result.stdout
        assert "synchronization_suspended" in result.stdout

    def test_schedule_run_queues_an_ingestion(
        self, cli: CliRunner, kimono_sandbox: Sandbox
    ) -> None:
        tenant = kimono_sandbox.credentials.tenants[0]
        schedule = next(
            s for s in kimono_sandbox.state.tenants[tenant.tenant_id].schedules if s["enabled"]
        )
        result = invoke(cli, "schedule", "run", tenant.tenant_id, schedule["id"], "--json")
        assert result.exit_code == 0, result.stderr
        assert json_lines(result) == [
            {"tenant_id": tenant.tenant_id, "schedule_id": schedule["id"], "queued": True}
        ]
        assert kimono_sandbox.stats.applied["runSchedule"] == 1
        # A second run conflicts with the pending ingestion: one line, exit 1, no traceback.
        again = invoke(cli, "schedule", "run", tenant.tenant_id, schedule["id"])
        assert again.exit_code == session.EXIT_API_ERROR
        assert again.stderr.startswith("kimono-interop: error: ConflictError: 409")
        assert again.stderr.count("\n") == 1


class TestFailures:
    def test_unknown_tenant_exits_3(self, cli: CliRunner) -> None:
        result = invoke(cli, "tenant", "state", str(uuid.uuid4()))
        assert result.exit_code == session.EXIT_NOT_FOUND
        assert "NotFoundError: 404" in result.stderr
        assert TRACEBACK not in result.output

    def test_wrong_api_key_exits_4_without_echoing_it(
        self, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("KIMONO_API_KEY", "wrong-key-that-must-not-be-printed")
        result = invoke(cli, "clouds", "list")
        assert result.exit_code == session.EXIT_AUTH
        assert "AuthenticationError: 401" in result.stderr
        assert "wrong-key" not in result.output

    def test_missing_api_key_exits_2(self, cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("KIMONO_API_KEY")
        result = invoke(cli, "clouds", "list")
        assert result.exit_code == session.EXIT_USAGE
        assert "KIMONO_API_KEY is not set" in result.stderr

    def test_malformed_base_url_is_a_usage_error(
        self, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("KIMONO_BASE_URL", "ftp://kimono.example")
        result = invoke(cli, "clouds", "list")
        assert result.exit_code == session.EXIT_USAGE
        assert result.stderr.startswith("kimono-interop: error: invalid configuration")
        assert TRACEBACK not in result.output

    def test_malformed_tenant_id_is_a_usage_error(self, cli: CliRunner) -> None:
        result = invoke(cli, "tenant", "state", "not-a-uuid")
        assert result.exit_code == session.EXIT_USAGE

    def test_unreachable_service_exits_5(
        self, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        monkeypatch.setenv("KIMONO_BASE_URL", f"http://127.0.0.1:{port}")
        result = invoke(cli, "clouds", "list")
        assert result.exit_code == session.EXIT_UNREACHABLE
        assert result.stderr.startswith("kimono-interop: error: APIConnectionError")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with counting("tenants") as advance:
        for _ in range(3):
            advance()
    assert "Fetching tenants..." in terminal.getvalue()

    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    with counting("tenants") as advance:
        advance()
    assert pipe.getvalue() == ""


def test_redaction_follows_the_models_secret_fields() -> None:
    info = TenantInfo.from_dict(
        {
            "id": str(uuid.uuid4()),
            "name": "Lakeside USD",
            "auth": {"type": "oauth2", "client_id": "cid", "client_secret": "s3cret"},
            "app_auth": {"scheme": "basic", "username": "u", "password": "p4ss"},
        }
    )
    shown = public_dict(info)
    assert shown["auth"] == {"type": "oauth2", "client_id": "cid", "client_secret": REDACTED}
    assert shown["app_auth"]["scheme"] == "basic"
    assert "s3cret" not in json.dumps(shown)
    assert "p4ss" not in json.dumps(shown)
    assert info.to_dict()["auth"]["client_secret"] == "s3cret"  # the model itself is untouched
