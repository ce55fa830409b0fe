"""Run the benchmarks of issue 6 and record them in docs/BENCHMARKS.md.

    python -m benchmarks.run            # the full sizes (make bench); rewrites the results
                                        # section of docs/BENCHMARKS.md
    python -m benchmarks.run --quick    # tiny sizes, a few seconds (the smoke test)
    python -m benchmarks.run --only parsing,import --no-write

The server runs in its own process on another core; the client pins itself to the first core.
Timings are medians over rounds in which every variant runs once, in turn.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import importlib.metadata
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from . import cases
from .harness import ROOT, CaseResult, Sizes, pin_client, server

RESULTS_START = "<!-- results:start (written by python -m benchmarks.run) -->"
RESULTS_END = "<!-- results:end -->"
CASES = ("single", "page", "concurrency", "parsing", "iteration", "tenants", "import", "rss")


def machine() -> list[str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def version(name: str) -> str:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"

    return [
        f"CPUs: {os.cpu_count()} ({model}); client and server pinned to different cores"
        if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1
        else f"CPUs: {os.cpu_count()} ({model}); no pinning",
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}",
        f"httpx {version('httpx')}, httpcore {version('httpcore')}, aiohttp {version('aiohttp')}, "
        f"httpx-aiohttp {version('httpx-aiohttp')}, attrs {version('attrs')}, "
        f"msgspec {version('msgspec')}",
        "load average at the start (1, 5, 15 min): "
        + ", ".join(f"{load:.2f}" for load in os.getloadavg()),
    ]


@contextmanager
def stock_models() -> Iterator[ModuleType | None]:
    """CloudsResponse as openapi-python-client's own templates generate it (same spec and
    config, no custom/), for the parsing comparison. None if the generator is missing."""
    generator = Path(sys.executable).with_name("openapi-python-client")
    if not generator.exists():
        yield None
        return
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                str(generator),
                "generate",
                "--path",
                str(ROOT / "openapi/interop.yaml"),
                "--config",
                str(ROOT / "generator-config.yaml"),
                "--meta",
                "none",
                "--output-path",
                f"{folder}/stock_generated",
            ],
            check=True,
            capture_output=True,
            cwd=folder,
        )
        sys.path.insert(0, folder)
        try:
            module = importlib.import_module("stock_generated.models.clouds_response")
            yield module
        finally:
            sys.path.remove(folder)


async def http_cases(sizes: Sizes, only: set[str]) -> list[CaseResult]:
    results = []
    with server(pages=sizes.pages) as srv:
        if "single" in only:
            results.append(await cases.single_object(srv, sizes))
        if "page" in only:
            results.append(await cases.page_of_100(srv, sizes))
        if "concurrency" in only:
            results.append(await cases.concurrency(srv, sizes))
        if "iteration" in only:
            results.append(await cases.iteration(srv, sizes))
        if "tenants" in only:
            results.append(await cases.tenant_contexts(srv, sizes))
        if "rss" in only:
            results.append(cases.peak_rss(srv, sizes))
    return results


def run(sizes: Sizes, only: set[str], stock: bool) -> list[CaseResult]:
    results = asyncio.run(http_cases(sizes, only))
    if "parsing" in only:
        if stock:
            with stock_models() as module:
                results.append(cases.parsing(sizes, module.CloudsResponse if module else None))
        else:
            results.append(cases.parsing(sizes, None))
    if "import" in only:
        results.append(cases.import_time(sizes))
    return results


def markdown(results: list[CaseResult], facts: list[str], command: str, seconds: float) -> str:
    lines = ["### Machine", ""]
    lines += [f"- {fact}" for fact in facts]
    lines += ["", f"Command: `{command}` ({seconds:.0f} s)", "", "### Targets", ""]
    lines += ["| target | limit | measured | |", "| --- | --- | --- | --- |"]
    for result in results:
        for target in result.targets:
            verdict = "met" if target.met else "**missed**"
            lines.append(f"| {target.name} | {target.limit} | {target.measured} | {verdict} |")
    for result in results:
        lines += ["", f"### {result.name}", ""]
        lines.append("| variant | " + " | ".join(result.columns) + " |")
        lines.append("| --- |" + " ---: |" * len(result.columns))
        for row in result.rows:
            cells = " | ".join(str(row.values.get(column, "")) for column in result.columns)
            lines.append(f"| {row.variant} | {cells} |")
        lines += [""] + [f"{note}" for note in result.notes] if result.notes else []
    return "\n".join(lines).rstrip() + "\n"


def write_results(path: Path, section: str) -> None:
    text = (
        path.read_text() if path.exists() else f"# Benchmarks\n\n{RESULTS_START}\n{RESULTS_END}\n"
    )
    if RESULTS_START not in text or RESULTS_END not in text:
        text = text.rstrip() + f"\n\n{RESULTS_START}\n{RESULTS_END}\n"
    head, rest = text.split(RESULTS_START, 1)
    _, tail = rest.split(RESULTS_END, 1)
    path.write_text(f"{head}{RESULTS_START}\n{section}{RESULTS_END}{tail}")


def main(argv: list[str] | None = None) -> list[CaseResult]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes: checks that all cases run"
    )
    parser.add_argument(
        "--only", default=",".join(CASES), help=f"comma-separated: {','.join(CASES)}"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "docs/BENCHMARKS.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--no-stock", action="store_true", help="skip generating the stock models")
    parser.add_argument("--no-pin", action="store_true", help="leave this process's CPUs alone")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    unknown = only - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    sizes = Sizes.quick() if args.quick else Sizes()
    if not args.no_pin:
        pin_client()
    facts = machine()
    started = time.perf_counter()
    results = run(sizes, only, stock=not (args.quick or args.no_stock))
    command = "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:])
    section = markdown(results, facts, command.strip(), time.perf_counter() - started)
    print(section)
    # A quick run never overwrites the recorded full results (unless told where to write).
    quick_to_default = args.quick and args.output == ROOT / "docs/BENCHMARKS.md"
    if not args.no_write and not quick_to_default:
        write_results(args.output, section)
    return results


if __name__ == "__main__":
    main()
