"""Every ```python block of the README (and of the docs listed below) runs against the sandbox.

A block is run one of three ways, chosen by what it is:
- a program (it calls `asyncio.run` or `trio.run`): run as `__main__` with KIMONO_BASE_URL and
  KIMONO_API_KEY pointing at a sandbox served on 127.0.0.1, exactly as a user would run it;
- a pytest module (it defines `test_` functions): written to a file and run by pytest in a
  subprocess, with this package's pytest plugin (the `kimono_sandbox`/`kimono_client` fixtures);
- a snippet (anything else): run with top-level `await`, with `kimono` (an open
  `InteropClient` configured from the same environment) and `tenant_id` (a seeded tenant).
Blocks that are not meant to run use another fence language (```console, ```text).
"""

from __future__ import annotations

import ast
import inspect
import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import kimono_interop_client
from kimono_interop_client import InteropClient, KimonoError
from kimono_interop_client.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[1]
# The documents whose blocks are all meant to run. A docs page joins this list once its Python
# blocks are complete programs, snippets or test modules (reference-style fragments are not).
DOCUMENTS = [
    ROOT / "README.md",
    ROOT / "docs" / "ARCHITECTURE.md",
    ROOT / "docs" / "MIGRATION.md",
    ROOT / "docs" / "SANDBOX.md",
]
FENCE = re.compile(r"^```(?P<lang>[^\n`]*)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)
NOT_RUN = {"console", "text", "mermaid"}  # the only other fence languages the docs may use


@dataclass(frozen=True)
class Block:
    document: Path
    line: int
    code: str

    @property
    def name(self) -> str:
        return f"{self.document.relative_to(ROOT)}:{self.line}"

    @property
    def kind(self) -> str:
        if re.search(r"^(async )?def test_", self.code, re.MULTILINE):
            return "pytest"
        if "asyncio.run(" in self.code or "trio.run(" in self.code:
            return "program"
        return "snippet"


def fenced_blocks(document: Path) -> Iterator[tuple[str, Block]]:
    text = document.read_text()
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        yield match["lang"].strip(), Block(document, line, match["body"])


def python_blocks(kind: str) -> list[pytest.param]:
    return [
        pytest.param(block, id=block.name)
        for document in DOCUMENTS
        for lang, block in fenced_blocks(document)
        if lang == "python" and block.kind == kind
    ]


@pytest.fixture
def sandbox_env(kimono_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """A loopback sandbox, the environment pointing at it, and the logging state restored."""
    root, sdk = logging.getLogger(), logging.getLogger("kimono_interop_client")
    saved = (root.handlers[:], root.level, sdk.level)
    with kimono_sandbox.serve() as server:
        monkeypatch.setenv("KIMONO_BASE_URL", server.base_url)
        monkeypatch.setenv("KIMONO_API_KEY", kimono_sandbox.credentials.api_key)
        for name in ("KIMONO_CLIENT_ID", "KIMONO_CLIENT_SECRET", "KIMONO_LOG"):
            monkeypatch.delenv(name, raising=False)
        yield kimono_sandbox
    root.handlers[:], root.level = saved[0], saved[1]
    sdk.setLevel(saved[2])


@pytest.mark.parametrize("block", python_blocks("program"))
def test_program_runs(
    block: Block, sandbox_env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code = compile(block.code, block.name, "exec")
    exec(code, {"__name__": "__main__"})
    assert capsys.readouterr().out, "a program shows its result"


@pytest.mark.parametrize("block", python_blocks("snippet"))
async def test_snippet_runs(block: Block, sandbox_env: Sandbox) -> None:
    code = compile(block.code, block.name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    async with InteropClient() as kimono:
        namespace = {"kimono": kimono, "tenant_id": sandbox_env.credentials.tenants[0].tenant_id}
        result = eval(code, namespace)  # a coroutine when the block awaits
        if inspect.iscoroutine(result):
            await result


@pytest.mark.parametrize("block", python_blocks("pytest"))
def test_pytest_block_passes(block: Block, tmp_path: Path) -> None:
    module = tmp_path / "test_from_docs.py"
    module.write_text(block.code)
    # Our plugin loads from its entry point, as in a user's project; the two heaviest plugins
    # of this environment (hypothesis, schemathesis) are not needed and cost seconds to import.
    done = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error",
            "-p", "no:hypothesispytest", "-p", "no:schemathesis",
            "-o", "asyncio_mode=auto", "-o", "asyncio_default_fixture_loop_scope=function",
            str(module),
        ],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"\b\d+ passed\b", done.stdout)
    assert "skipped" not in done.stdout


def test_every_fence_names_its_language() -> None:
    for document in DOCUMENTS:
        for lang, block in fenced_blocks(document):
            assert lang == "python" or lang in NOT_RUN, f"{block.name}: ```{lang}"


def test_the_readme_runs_a_block_of_each_kind() -> None:
    for kind in ("program", "snippet", "pytest"):
        assert python_blocks(kind), kind


def test_the_errors_table_names_every_exception() -> None:
    readme = (ROOT / "README.md").read_text()
    exported = [getattr(kimono_interop_client, name) for name in kimono_interop_client.__all__]
    exceptions = [obj for obj in exported if isinstance(obj, type) and issubclass(obj, KimonoError)]
    assert len(exceptions) > 10
    for exception in exceptions:
        assert f"| `{exception.__name__}`" in readme, exception.__name__


def test_the_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    first_block = next(fenced_blocks(ROOT / "README.md"))[1].code
    assert "make demo" in first_block
    assert "make test" in first_block
    assert readme.index("make demo") < readme.index("pip install")


REPO_PATH = re.compile(
    r"\b(?:examples|docs|tests|openapi|scripts|custom|kimono_interop_client)/[\w./-]*\w"
    r"|(?<=`)[\w.-]+\.(?:py|md|yaml|toml)(?=`)"
)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_the_files_the_docs_name_exist(document: Path) -> None:
    for match in REPO_PATH.finditer(document.read_text()):
        named = match.group()
        # A bare module name (`_retry.py`) is one of the package's own modules.
        candidates = [ROOT / named, ROOT / "kimono_interop_client" / named]
        assert any(path.exists() for path in candidates), f"{document.name} names {named}"


def test_the_changelog_documents_the_version_the_package_reports() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    releases = re.findall(
        r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", changelog, re.MULTILINE
    )
    assert releases, "no release heading"
    assert releases[0][0] == kimono_interop_client.__version__
    assert "## [Unreleased]" in changelog
    assert f"[{releases[0][0]}]: " in changelog  # the heading's link target
