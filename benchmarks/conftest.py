"""Shared fixtures of the benchmarks: generated catalogs, and figures kept as ratios.

Every figure is ours against a baseline measured in the same run; `figure()` stores both and
their ratio in the benchmark's `extra_info`, where `report.py` reads them.
"""

from __future__ import annotations

import functools
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from generate import build_records, generate_data

PYTHON = sys.executable
SCRIPT = str(Path(PYTHON).parent / "ballerina-data")


@functools.cache
def data(n: int) -> dict[str, Any]:
    """A generated catalog document of ``n`` claims, as JSON-ready data."""
    return generate_data(n)


@functools.cache
def text(n: int) -> str:
    return json.dumps(data(n), ensure_ascii=False)


@functools.cache
def records(n: int) -> Any:
    return build_records(data(n))


def best(run: Callable[[], object], repeat: int = 5, number: int = 1) -> float:
    """The fastest of ``repeat`` timings of ``number`` calls, in seconds per call."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            run()
        times.append((time.perf_counter() - start) / number)
    return min(times)


def processes(ours: list[str], baseline: list[str], runs: int = 21) -> tuple[float, float]:
    """Median wall times of two commands, run in turn (ours, baseline, ours, ...).

    Bytecode caches are used as an installed package has them; one uncounted run each warms
    them.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    timed: dict[int, list[float]] = {0: [], 1: []}
    for number in range(runs + 1):
        for which, command in enumerate((ours, baseline)):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            if number:
                timed[which].append(time.perf_counter() - start)
    return statistics.median(timed[0]), statistics.median(timed[1])


@pytest.fixture
def figure(benchmark: Any) -> Callable[..., None]:
    """Record a figure: ours, the baseline, their ratio, the unit and the target."""

    def record(ours: float, baseline: float, *, unit: str, target: str = "-") -> None:
        benchmark.extra_info.update(
            ours=ours, baseline=baseline, ratio=ours / baseline, unit=unit, target=target
        )

    return record
