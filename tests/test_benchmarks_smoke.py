"""The benchmark suite still runs end to end (tiny sizes). No timing is asserted: machines are
noisy, and docs/BENCHMARKS.md records the real runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("aiohttp")
pytest.importorskip("httpx_aiohttp")

from benchmarks import run


def test_every_case_runs_and_reports_numbers(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"

    results = run.main(["--quick", "--no-pin", "--output", str(output)])

    assert len(results) == len(run.CASES)
    for result in results:
        assert result.rows, result.name
        for row in result.rows:
            numbers = [v for v in row.values.values() if isinstance(v, int | float)]
            assert numbers or row.values.get("value") in {"True", "False"}, (result.name, row)
            assert all(v >= 0 for v in numbers), (result.name, row)
    assert sum(len(result.targets) for result in results) >= 8


def test_results_are_written_between_the_markers_and_the_prose_is_kept(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    output.write_text(
        f"# Benchmarks\n\nProse stays.\n\n{run.RESULTS_START}\nold\n{run.RESULTS_END}\nTail.\n"
    )

    run.main(["--quick", "--no-pin", "--only", "parsing", "--output", str(output)])

    text = output.read_text()
    assert text.startswith("# Benchmarks\n\nProse stays.")
    assert text.endswith(f"{run.RESULTS_END}\nTail.\n")
    assert "old" not in text
    assert "Parsing a 300-object page" in text
    assert "| Parsing, bytes -> models | ≤ 2.0x json.loads |" in text


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_the_profile_splits_the_cpu_by_package(transport: str) -> None:
    from benchmarks import profile

    arguments = ["--transport", transport, "--calls", "40", "--in-flight", "4", "--no-pin"]
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None

    result = dict(profile.main(arguments))

    if affinity is not None:
        assert os.sched_getaffinity(0) == affinity  # the test process keeps its CPUs

    assert abs(sum(result.values()) - 1.0) < 1e-6
    assert result["the SDK's layer"] > 0
    assert result["httpx"] > 0
    transport_package = (
        "aiohttp (and yarl, multidict)" if transport == "aiohttp" else "httpcore (and h11)"
    )
    assert result[transport_package] > 0
