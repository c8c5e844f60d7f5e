"""Lookups against the floor of a Python call that does one dict hit."""

from __future__ import annotations

from typing import Any

import pytest

import ballerina_data as bd
from ballerina_data import Catalog
from conftest import best


@pytest.mark.parametrize("title", ["Ballerina", "BALLERÍNA", "john wick chapter 3 parabellum"])
def test_films_titled_vs_a_dict_hit(benchmark: Any, figure: Any, title: str) -> None:
    bd.films_titled(title)
    table = {title: ()}
    floor = best(lambda: table.get(title), number=100_000)
    benchmark(bd.films_titled, title)
    figure(benchmark.stats.stats.min, floor, unit="s/call", target="<= 3x")


def test_search_on_the_shipped_catalog(benchmark: Any, figure: Any) -> None:
    bd.search("Keanu Reves")
    floor = best(lambda: bd.films_titled("Keanu Reeves"), number=10_000)
    benchmark(bd.search, "Keanu Reves")
    figure(benchmark.stats.stats.min, floor, unit="s/call", target="< 0.5 ms")


def test_claims_about_vs_a_dict_hit(benchmark: Any, figure: Any) -> None:
    catalog = Catalog.default()
    table = {"film/ballerina-2024": ()}
    floor = best(lambda: table.get("film/ballerina-2024"), number=100_000)
    benchmark(catalog.claims_about, "film/ballerina-2024")
    figure(benchmark.stats.stats.min, floor, unit="s/call")
