"""Regenerating on a spec change works, and the drift check catches a stale generation.

These run openapi-python-client the way scripts/generate.sh does (same config, templates and
flags), into temporary directories: twice per session, a few seconds each.
"""

import importlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import yaml

import kimono_interop_client._generated as committed_package

pytestmark = [pytest.mark.regeneration, pytest.mark.timeout(240)]

ROOT = Path(__file__).parents[2]
SPEC = ROOT / "openapi" / "interop.yaml"
COMMITTED = Path(committed_package.__file__).parent
BIN = Path(sys.executable).parent
BASE_URL = "https://api.us2.kimonocloud.com"
WIDGET_ID = "123e4567-e89b-12d3-a456-426614174000"
HEADER = b"# Generated from openapi/interop.yaml by make generate"

# One new operation, tag and schemas, written as a spec author would add them.
NEW_PATH = """
  /v2/interop/widgets:
    get:
      operationId: listWidgets
      tags: [widgets]
      summary: List Widgets
      description: Get a list of the widgets of accounts visible to you.
      security: *account
      parameters:
        - name: color
          in: query
          description: Only widgets of these colors
          style: form
          explode: true
          schema: {type: array, items: {$ref: '#/components/schemas/WidgetColor'}}
        - $ref: '#/components/parameters/page'
        - $ref: '#/components/parameters/page_size'
      responses:
        '200':
          description: Widgets response
          content:
            application/json:
              schema: {$ref: '#/components/schemas/WidgetsResponse'}
        '401': {$ref: '#/components/responses/Unauthorized'}
"""
NEW_SCHEMAS = """
    WidgetColor:
      type: string
      enum: [red, blue]
    Widget:
      description: A widget of an account.
      allOf:
        - $ref: '#/components/schemas/BaseAccountResource'
        - type: object
          properties:
            name: {type: string}
            color: {$ref: '#/components/schemas/WidgetColor'}
    WidgetsResponse:
      type: object
      properties:
        data: {type: array, items: {oneOf: [{$ref: '#/components/schemas/Widget'}, {type: 'null'}]}}
        paging: {$ref: '#/components/schemas/Paging'}
"""
# What the new operation adds to the generated package, and nothing else.
NEW_FILES = {
    "api/widgets/__init__.py",
    "api/widgets/list_widgets.py",
    "models/widget.py",
    "models/widget_color.py",
    "models/widgets_response.py",
}
CHANGED_FILES = {"models/__init__.py"}


def spec_with_widgets() -> str:
    text = SPEC.read_text()
    # Paths end where `components:` starts; the schemas are the file's last section.
    assert text.count("\ncomponents:\n") == 1
    assert text.rstrip().splitlines()[-1].startswith("        ")  # inside components.schemas
    text = text.replace("\ncomponents:\n", NEW_PATH + "\ncomponents:\n")
    return text.rstrip("\n") + "\n" + NEW_SCHEMAS


def generate(spec: Path, output: Path) -> Path:
    """scripts/generate.sh with the spec and the output folder as parameters."""
    subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            "generator-config.yaml",
            "--custom-template-path",
            "custom",
            "--meta",
            "none",
            "--fail-on-warning",
            "--output-path",
            str(output),
        ],
        cwd=ROOT,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"},
        check=True,
        capture_output=True,
        timeout=180,
    )
    return output


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder by relative path, as make check-generated compares them."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not {"__pycache__", ".ruff_cache"} & set(path.parts)
    }


@pytest.fixture(scope="module")
def regenerated_from_committed_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(SPEC, tmp_path_factory.mktemp("unchanged") / "_generated")


@pytest.fixture(scope="module")
def package_name() -> str:
    # A unique top-level name: the generated code imports itself relatively, so the folder
    # name is the package name and cannot collide with the installed package.
    return f"kimgen_{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="module")
def regenerated_with_widgets(tmp_path_factory: pytest.TempPathFactory, package_name: str) -> Path:
    folder = tmp_path_factory.mktemp("widgets")
    spec = folder / "interop.yaml"
    spec.write_text(spec_with_widgets())
    document = yaml.safe_load(spec.read_text())
    assert document["paths"]["/v2/interop/widgets"]["get"]["operationId"] == "listWidgets"
    assert {"Widget", "WidgetColor", "WidgetsResponse"} <= set(document["components"]["schemas"])
    return generate(spec, folder / package_name)


@pytest.fixture
def imported_package(regenerated_with_widgets: Path, package_name: str) -> Iterator[str]:
    sys.path.insert(0, str(regenerated_with_widgets.parent))
    try:
        yield package_name
    finally:
        sys.path.remove(str(regenerated_with_widgets.parent))
        for name in [name for name in sys.modules if name.split(".")[0] == package_name]:
            del sys.modules[name]


def test_regeneration_of_the_committed_spec_matches_the_committed_package(
    regenerated_from_committed_spec: Path,
) -> None:
    fresh, committed = tree(regenerated_from_committed_spec), tree(COMMITTED)

    assert sorted(fresh) == sorted(committed)
    assert [path for path in fresh if fresh[path] != committed[path]] == []


def test_drift_check_sees_a_spec_change(regenerated_with_widgets: Path) -> None:
    fresh, committed = tree(regenerated_with_widgets), tree(COMMITTED)

    assert set(fresh) - set(committed) == NEW_FILES
    assert set(committed) - set(fresh) == set()
    assert {path for path in committed if fresh[path] != committed[path]} == CHANGED_FILES


async def test_new_operation_is_generated_and_works(
    regenerated_with_widgets: Path, imported_package: str
) -> None:
    list_widgets = importlib.import_module(f"{imported_package}.api.widgets.list_widgets")
    client_module = importlib.import_module(f"{imported_package}.client")
    widgets_models = importlib.import_module(f"{imported_package}.models")
    color = widgets_models.WidgetColor
    answer = {
        "data": [None, {"id": WIDGET_ID, "name": "w", "color": "green"}],
        "paging": {"next": None},
    }

    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/v2/interop/widgets").mock(
            return_value=httpx.Response(200, json=answer)
        )
        async with client_module.AuthenticatedClient(base_url=BASE_URL, token="t") as client:
            response: Any = await list_widgets.asyncio_detailed(
                client=client, color=[color.RED, color.BLUE], page=0, page_size=2
            )

    request = route.calls.last.request
    assert request.url.query == b"color=red&color=blue&page=0&page_size=2"
    assert request.headers["Authorization"] == "Bearer t"
    assert type(response.parsed) is widgets_models.WidgetsResponse
    assert response.parsed.data[0] is None
    widget = response.parsed.data[1]
    assert type(widget) is widgets_models.Widget
    assert str(widget.id) == WIDGET_ID
    # Our templates apply to new code too: the unknown color is kept, not fatal.
    assert widget.color.is_unknown
    assert response.parsed.to_dict() == answer
    assert (
        (regenerated_with_widgets / "api/widgets/list_widgets.py").read_bytes().startswith(HEADER)
    )
