"""The static site of generated catalogs against the JSON export of the same catalog."""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from ballerina_data import Catalog, export
from ballerina_data._site import site_pages
from conftest import best, text

#: No page of the site may be larger: a browser opens each in one go.
LARGEST_PAGE = 2 * 2**20
SIZES = (10**3, 10**4)
ROUNDS = 5


def test_written_site_vs_json_export_at_1e4_vs_1e3(
    benchmark: Any, figure: Any, tmp_path: Path
) -> None:
    # Both written as every export is: a temporary file or folder, synced to disk, renamed
    # into place. Each round writes the JSON, then the site, at 10^3 then at 10^4 claims, so
    # that a busy disk slows all four alike; each figure is the median of its rounds.
    catalogs = {n: Catalog.from_json(text(n)) for n in SIZES}
    times: dict[tuple[int, str], list[float]] = {
        (n, kind): [] for n in SIZES for kind in ("json", "site")
    }
    largest = 0

    def one_round() -> None:
        nonlocal largest
        for n in SIZES:
            json_file, folder = tmp_path / f"catalog-{n}.json", tmp_path / f"site-{n}"
            start = time.perf_counter()
            export.write(catalogs[n], "json", json_file)
            times[n, "json"].append(time.perf_counter() - start)
            start = time.perf_counter()
            export.to_site(catalogs[n], folder)
            times[n, "site"].append(time.perf_counter() - start)
            largest = max(largest, *(page.stat().st_size for page in folder.rglob("*.*")))
            shutil.rmtree(folder)
            json_file.unlink()

    benchmark.pedantic(one_round, rounds=ROUNDS)
    median = {key: statistics.median(values) for key, values in times.items()}
    ratio = {n: median[n, "site"] / median[n, "json"] for n in SIZES}
    benchmark.extra_info["medians"] = {f"{n}-{k}": median[n, k] for n, k in median}
    benchmark.extra_info["largest_page"] = largest
    figure(
        ratio[SIZES[1]],
        ratio[SIZES[0]],
        unit="x (site / JSON)",
        target=f"<= 1.5x; largest page {largest:,} bytes < 2 MiB",
    )
    assert largest < LARGEST_PAGE


def test_site_pages_in_memory_vs_json_export_at_1e4_vs_1e3(benchmark: Any, figure: Any) -> None:
    # The pages alone, built as strings and not written: what the site's own code costs.
    small, large = (Catalog.from_json(text(n)) for n in SIZES)

    def pages(catalog: Catalog) -> int:
        return sum(len(page) for _, page in site_pages(catalog))

    small_floor = best(lambda: small.to_json(indent=1), repeat=3)
    small_ratio = best(lambda: pages(small), repeat=3) / small_floor
    floor = best(lambda: large.to_json(indent=1), repeat=3)
    benchmark.pedantic(lambda: pages(large), rounds=3)
    large_ratio = benchmark.stats.stats.min / floor
    figure(large_ratio, small_ratio, unit="x (pages / JSON)", target="<= 1.5x")
