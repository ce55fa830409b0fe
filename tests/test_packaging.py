"""The built distributions install into a clean virtual environment and work there.

Builds the wheel and sdist once per session (`python -m build --no-isolation`: hatchling is in
the dev extra, so no network is needed for the build), installs the wheel with its `cli` and
`sandbox` extras into a fresh venv (dependencies come from the package index), and runs the
installed package from outside the source tree: import, version, py.typed, the entry point,
and the installed CLI against the installed sandbox. About 20 s; deselect with
`-m "not packaging"` while iterating.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

import kimono_interop_client

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(180)]

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "kimono_interop_client"


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # A clean environment: nothing may leak the source tree onto the installed venv's path.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=150
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = _run(
        sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", out,
        cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (found,) = dist.glob("*.whl")
    return found


@pytest.fixture(scope="module")
def sdist(dist: Path) -> Path:
    (found,) = dist.glob("*.tar.gz")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site-packages) with the wheel and its `cli` and `sandbox` extras."""
    venv = tmp_path_factory.mktemp("venv")
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv)
    assert made.returncode == 0, made.stderr
    # The project's own pip installs into the new venv (--python), which saves bootstrapping pip.
    pip = _run(
        sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--quiet",
        f"{wheel}[cli,sandbox]",
        cwd=venv,
    )  # fmt: skip
    assert pip.returncode == 0, pip.stdout + pip.stderr
    return venv


def test_wheel_ships_the_typed_package_generated_code_and_sandbox(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        f"{PACKAGE}/__init__.py",
        f"{PACKAGE}/py.typed",
        f"{PACKAGE}/_version.py",
        f"{PACKAGE}/cli.py",
        f"{PACKAGE}/_cli/app.py",
        f"{PACKAGE}/_generated/__init__.py",
        f"{PACKAGE}/_generated/api/clouds/list_clouds.py",
        f"{PACKAGE}/_generated/models/tenant_info.py",
        f"{PACKAGE}/sandbox/__init__.py",
    ):
        assert required in names, required
    assert not any(name.startswith(("tests/", "examples/", "benchmarks/")) for name in names)


def test_wheel_metadata_matches_the_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        (meta_name,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        meta = Parser().parsestr(zf.read(meta_name).decode())
        entry_points = zf.read(meta_name.replace("METADATA", "entry_points.txt")).decode()
    assert meta["Name"] == "kimono-interop-client"
    assert meta["Version"] == kimono_interop_client.__version__
    assert meta["Requires-Python"] == ">=3.11"
    assert {"sandbox", "aiohttp", "cli"} <= set(meta.get_all("Provides-Extra") or [])
    assert "kimono-interop = kimono_interop_client.cli:main" in entry_points


def test_sdist_carries_the_spec_and_the_docs(sdist: Path) -> None:
    with tarfile.open(sdist) as tf:
        names = {name.split("/", 1)[1] for name in tf.getnames() if "/" in name}
    for required in (
        "openapi/interop.yaml",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        "pyproject.toml",
        f"{PACKAGE}/py.typed",
    ):
        assert required in names, required


def test_installed_wheel_imports_outside_the_source_tree(installed: Path) -> None:
    python = installed / "bin" / "python"
    probe = (
        "import kimono_interop_client as k, pathlib;"
        "print(k.__version__);"
        "print(pathlib.Path(k.__file__).resolve().parent)"
    )
    done = _run(python, "-c", probe, cwd=installed)
    assert done.returncode == 0, done.stderr
    version, location = done.stdout.split()
    assert version == kimono_interop_client.__version__
    assert Path(location).is_relative_to(installed.resolve())
    assert (Path(location) / "py.typed").is_file()


def test_installed_entry_point_prints_help(installed: Path) -> None:
    done = _run(installed / "bin" / "kimono-interop", "--help", cwd=installed)
    assert done.returncode == 0, done.stdout + done.stderr
    for command in ("clouds", "integrations", "tenants", "tenant", "schedule"):
        assert command in done.stdout
    version = _run(installed / "bin" / "kimono-interop", "--version", cwd=installed)
    assert version.stdout.split() == ["kimono-interop", kimono_interop_client.__version__]


# Runs in the installed venv: serve the installed sandbox on loopback, list its clouds with the
# installed command, and compare with the sandbox's own data.
_END_TO_END = """
import json, os, subprocess, sys
from kimono_interop_client.sandbox import Sandbox
sandbox = Sandbox(seed=3)
with sandbox.serve() as server:
    env = dict(os.environ, KIMONO_API_KEY=sandbox.credentials.api_key)
    env["KIMONO_BASE_URL"] = server.base_url
    command = [sys.argv[1], "clouds", "list", "--json"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
listed = [json.loads(line)["id"] for line in done.stdout.splitlines()]
expected = [cloud["id"] for cloud in sandbox.state.clouds]
print(json.dumps({"rc": done.returncode, "ok": listed == expected}))
"""


def test_installed_cli_lists_the_installed_sandboxs_clouds(installed: Path) -> None:
    command = installed / "bin" / "kimono-interop"
    done = _run(installed / "bin" / "python", "-c", _END_TO_END, command, cwd=installed)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"rc": 0, "ok": True}
