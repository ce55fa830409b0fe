"""The spec gains operations -> they are callable through the layer, no hand-written edits.

A copy of openapi/interop.yaml gains a list operation (listWidgets) and a single-object
operation (findWidget) with their schemas; openapi-python-client regenerates it the way
scripts/generate.sh does (same config, same custom templates) into a temporary package, and
the new endpoint modules go straight into ``kimono.call`` and ``kimono.paginate``.
"""

from __future__ import annotations

import copy
import importlib
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx
import yaml
from _layer_support import BASE, client

from kimono_interop_client import NotFoundError, ResponseValidationError

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent

pytestmark = pytest.mark.timeout(240)


def extended_spec(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    schemas["Widget"] = {
        "type": "object",
        "description": "A thing the spec did not have yesterday.",
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "name": {"type": "string"},
            "size": {"type": "integer"},
        },
    }
    schemas["WidgetsResponse"] = {
        "type": "object",
        "properties": {
            "data": {
                "type": "array",
                "items": {"oneOf": [{"$ref": "#/components/schemas/Widget"}, {"type": "null"}]},
            },
            "paging": {"$ref": "#/components/schemas/Paging"},
        },
    }
    schemas["WidgetResponse"] = {
        "type": "object",
        "properties": {
            "data": {"$ref": "#/components/schemas/Widget"},
            "error": {"$ref": "#/components/schemas/Error"},
        },
    }
    common = {"tags": ["widgets"], "security": [{"vendorApiKey": []}, {"bearerToken": []}]}
    spec["paths"]["/v2/interop/widgets"] = {
        "get": {
            **common,
            "operationId": "listWidgets",
            "summary": "List Widgets",
            "parameters": [
                {"$ref": "#/components/parameters/page"},
                {"$ref": "#/components/parameters/page_size"},
                {"name": "color", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "Widgets",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/WidgetsResponse"}
                        }
                    },
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    }
    spec["paths"]["/v2/interop/widgets/{id}"] = {
        "get": {
            **common,
            "operationId": "findWidget",
            "summary": "Find a Widget",
            "parameters": [{"$ref": "#/components/parameters/id"}],
            "responses": {
                "200": {
                    "description": "Widget",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/WidgetResponse"}
                        }
                    },
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    }
    return spec


@pytest.fixture(scope="module")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The regenerated package's `api.widgets` subpackage, under a unique top-level name."""
    work = tmp_path_factory.mktemp("extended")
    spec_path = work / "interop.yaml"
    spec = yaml.safe_load((ROOT / "openapi" / "interop.yaml").read_text())
    spec_path.write_text(yaml.safe_dump(extended_spec(spec), sort_keys=False))
    # The same invocation as scripts/generate.sh, on the extended copy of the spec.
    subprocess.run(
        [
            str(VENV_BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_path),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--custom-template-path",
            str(ROOT / "custom"),
            "--meta",
            "none",
            "--fail-on-warning",
            "--output-path",
            str(work / "_generated"),
        ],
        check=True,
        capture_output=True,
        cwd=work,
        env={**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    # The generated code imports itself relatively, so it works under any package name.
    name = f"kimono_extended_{uuid.uuid4().hex[:8]}"
    shutil.move(work / "_generated", work / name)
    sys.path.insert(0, str(work))
    try:
        yield importlib.import_module(f"{name}.api.widgets")
    finally:
        sys.path.remove(str(work))
        for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[module]


def widget(name: str) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "name": name, "size": len(name)}


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
async def test_a_new_list_operation_paginates_through_the_layer(
    widgets: ModuleType, respx_mock: respx.MockRouter
) -> None:
    list_widgets = importlib.import_module(f"{widgets.__name__}.list_widgets")
    pages = [
        {"data": [widget("a"), widget("b")], "paging": {"next": "p1"}},
        {"data": [None, widget("c"), widget("d")], "paging": {"next": "p2"}},
        {"data": [widget("e")], "paging": {"next": None}},
    ]
    route = respx_mock.get("/v2/interop/widgets").mock(
        side_effect=lambda request: httpx.Response(
            200, json=pages[int(request.url.params.get("page", "0"))]
        )
    )
    kimono, _ = client()
    async with kimono:
        items = [item async for item in kimono.paginate(list_widgets, page_size=2, color="red")]
        first = await kimono.paginate(list_widgets, color="red")
    assert [item.name for item in items] == ["a", "b", "c", "d", "e"]
    assert type(items[0]).__name__ == "Widget"
    assert items[0].size == 1
    assert route.call_count == 4
    assert [call.request.url.params.get("page") for call in route.calls[:3]] == [None, "1", "2"]
    assert all(call.request.url.params["color"] == "red" for call in route.calls)
    assert first.has_next_page()


@pytest.mark.respx(base_url=BASE, assert_all_called=False)
async def test_a_new_single_object_operation_is_callable_through_the_layer(
    widgets: ModuleType, respx_mock: respx.MockRouter
) -> None:
    find_widget = importlib.import_module(f"{widgets.__name__}.find_widget")
    known, missing, broken = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    respx_mock.get(f"/v2/interop/widgets/{known}").mock(
        return_value=httpx.Response(200, json={"data": {"id": str(known), "name": "w"}})
    )
    respx_mock.get(f"/v2/interop/widgets/{missing}").mock(
        return_value=httpx.Response(404, json={"status": 404, "code": "not_found"})
    )
    respx_mock.get(f"/v2/interop/widgets/{broken}").mock(
        return_value=httpx.Response(200, text="<html>proxy</html>")
    )
    kimono, _ = client()
    async with kimono:
        found = await kimono.call(find_widget, known)
        with pytest.raises(NotFoundError):
            await kimono.call(find_widget, missing)
        with pytest.raises(ResponseValidationError):
            await kimono.call(find_widget, broken)
        tenant = kimono.tenant(("cid", "secret")).with_options(max_retries=0)
        respx_mock.post("/oauth/token").mock(
            return_value=httpx.Response(200, json={"access_token": "t"})
        )
        assert (await tenant.call(find_widget, known)).name == "w"
    assert type(found).__name__ == "Widget"
    assert found.id == known
    assert found.name == "w"
