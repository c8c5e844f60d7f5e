"""The static site of generated catalogs against the JSON export of the same catalog."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from ballerina_data import Catalog, export
from ballerina_data._site import site_pages
from conftest import best, text

#: No page of the site may be larger: a browser opens each in one go.
LARGEST_PAGE = 2 * 2**20


@pytest.mark.parametrize("n", [10**3, 10**4])
def test_site_vs_json_export(benchmark: Any, figure: Any, n: int, tmp_path: Path) -> None:
    # Both written as every export is: a temporary file or folder, each file synced to disk,
    # renamed into place. The site's cost per claim is mostly its files' syncs.
    catalog = Catalog.from_json(text(n))
    floor = best(lambda: export.write(catalog, "json", tmp_path / "catalog.json"), repeat=3)
    folders = (tmp_path / f"site-{number}" for number in itertools.count())
    benchmark.pedantic(lambda: export.to_site(catalog, next(folders)), rounds=3)
    largest = max(path.stat().st_size for path in (tmp_path / "site-0").rglob("*.*"))
    figure(
        benchmark.stats.stats.min,
        floor,
        unit="s",
        target=f"ratio within 1.5x from 10^3 to 10^4; largest page {largest:,} bytes < 2 MiB",
    )
    assert largest < LARGEST_PAGE


@pytest.mark.parametrize("n", [10**3, 10**4])
def test_site_pages_in_memory_vs_json_export(benchmark: Any, figure: Any, n: int) -> None:
    # The pages alone, built as strings and not written: what the site's own code costs.
    catalog = Catalog.from_json(text(n))
    floor = best(lambda: catalog.to_json(indent=1), repeat=3)
    benchmark.pedantic(lambda: sum(len(page) for _, page in site_pages(catalog)), rounds=3)
    figure(benchmark.stats.stats.min, floor, unit="s", target="ratio within 1.5x from 10^3 to 10^4")
