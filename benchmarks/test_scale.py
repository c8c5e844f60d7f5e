"""Costs per claim from 10^3 to 10^5 claims, and 10^6 on request: loading a catalog file,
each export format, ``disagreements()``, and the peak memory of a load.

Each time row is the cost per claim at ``n`` against the same step's cost per claim at
10^3, measured in the same run: linear work keeps the ratio near 1 (target: within 2x).

The 10^6 rows take many minutes (a 450 MB file) and run only with ``BALLERINA_BENCH_1E6=1``
in the environment. The directory formats stop at 10^5: a site of 10^5 claims is hundreds
of thousands of files, each synced to disk (``test_site.py`` measures the site).
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from ballerina_data import Catalog, export
from conftest import PYTHON, best, data

SIZES = [10**3, 10**5]
if os.environ.get("BALLERINA_BENCH_1E6"):
    SIZES.append(10**6)

#: Every export format but the site, which test_site.py measures.
FORMATS = [
    *export.FORMATS,
    *export.FILE_FORMATS,
    *(fmt for fmt in export.DIRECTORY_FORMATS if fmt != "site"),
]

#: Absolute targets per claim at 10^5 claims (the ratio's target is <= 2x at every size).
TARGETS = {"load": "<= 10 µs/claim", "json": "<= 5 µs/claim", "jsonl": "<= 5 µs/claim"}


@functools.cache
def catalog_file(n: int) -> Path:
    """A generated catalog of ``n`` claims as a file, written once per run."""
    path = Path(tempfile.gettempdir()) / f"ballerina-bench-{n}.json"
    if not path.exists():
        with open(path, "w", encoding="utf-8") as file:
            json.dump(data(n), file, ensure_ascii=False)
    return path


@functools.cache
def loaded(n: int) -> Catalog:
    return Catalog.load(catalog_file(n), max_size=2**31)


@functools.cache
def per_claim_at_1e3(step: str) -> float:
    """The baseline: the step's best time per claim at 10^3 claims, in this run."""
    return best(_step(step, 10**3), repeat=5) / 10**3


def _step(step: str, n: int) -> Any:
    if step == "load":
        path = catalog_file(n)
        return lambda: Catalog.load(path, max_size=2**31)
    if step == "disagreements":
        catalog = loaded(n)
        return lambda: catalog.disagreements(relation=None)
    catalog = loaded(n)

    def run() -> None:
        with tempfile.TemporaryDirectory() as folder:
            export.write(catalog, step, Path(folder) / "out")

    return run


def _row(benchmark: Any, figure: Any, step: str, n: int) -> None:
    baseline = per_claim_at_1e3(step)
    run = _step(step, n)
    benchmark.pedantic(run, rounds=3 if n <= 10**5 else 1)
    target = "<= 2x" + (f"; {TARGETS[step]} at 10^5" if step in TARGETS else "")
    target += "; <= 2 µs/claim at 10^5" if step == "disagreements" else ""
    figure(benchmark.stats.stats.min / n, baseline, unit="s/claim", target=target)


@pytest.mark.parametrize("n", SIZES)
def test_load_per_claim(benchmark: Any, figure: Any, n: int) -> None:
    _row(benchmark, figure, "load", n)


@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_per_claim(benchmark: Any, figure: Any, fmt: str, n: int) -> None:
    if n > 10**5 and fmt in export.DIRECTORY_FORMATS:
        pytest.skip("directory formats stop at 10^5 claims (see the module's docstring)")
    _row(benchmark, figure, fmt, n)


@pytest.mark.parametrize("n", SIZES)
def test_disagreements_per_claim(benchmark: Any, figure: Any, n: int) -> None:
    _row(benchmark, figure, "disagreements", n)


# Peak memory of a load in a fresh process: the resident high-water mark less the process's
# own after `import ballerina_data` (the file's bytes and text included), against the size
# the loaded catalog holds (tracemalloc's count of its live blocks, in a second process, as
# tracemalloc's own bookkeeping would raise the first one's peak).
_PEAK = """
import re, sys
from ballerina_data import Catalog
def status(key):
    return int(re.search(key + r":\\s+(\\d+)", open("/proc/self/status").read()).group(1)) * 1024
imported = status("VmRSS")
catalog = Catalog.load(sys.argv[1], max_size=2**31)
print(status("VmHWM") - imported)
"""
_HELD = """
import gc, sys, tracemalloc
from ballerina_data import Catalog
tracemalloc.start()
catalog = Catalog.load(sys.argv[1], max_size=2**31)
gc.collect()
print(tracemalloc.get_traced_memory()[0])
"""


def _measure(code: str, n: int) -> int:
    run = subprocess.run(
        [PYTHON, "-c", code, str(catalog_file(n))], check=True, capture_output=True, text=True
    )
    return int(run.stdout)


@pytest.mark.parametrize("n", SIZES)
def test_load_peak_memory_vs_the_catalog(benchmark: Any, figure: Any, n: int) -> None:
    peak = benchmark.pedantic(lambda: _measure(_PEAK, n), rounds=1, iterations=1)
    held = _measure(_HELD, n)
    target = "<= 2x" + ("; <= 200 MB at 10^5" if n == 10**5 else "")
    figure(peak, held, unit="bytes (peak vs held)", target=target)
