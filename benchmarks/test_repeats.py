"""The shipped catalog with every claim repeated k times under new ids (a valid catalog): the
answers that relate values and the site's pages, per claim, at k=40 against k=10.

The work is linear when the cost per claim stays flat as k grows; comparing claims pair by
pair made it grow with k (disagreements took 0.37 s at k=10 and 6.5 s at k=40).
"""

from __future__ import annotations

import functools
from typing import Any

import attrs
import pytest

from ballerina_data import Catalog, Entity
from ballerina_data._site import site_pages
from conftest import best


@functools.cache
def repeated(k: int) -> Catalog:
    shipped = Catalog.default()
    copies = tuple(
        attrs.evolve(claim, id=f"{claim.id}-copy{n}")
        for n in range(1, k)
        for claim in shipped.claims
    )
    return attrs.evolve(shipped, claims=(*shipped.claims, *copies))


def answers(catalog: Catalog) -> None:
    entities: tuple[Entity, ...] = (
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    catalog.disagreements(relation=None)
    for entity in entities:
        catalog.about(entity)
        catalog.timeline(entity)


def pages(catalog: Catalog) -> None:
    sum(len(page) for _, page in site_pages(catalog))


@pytest.mark.parametrize("work", [answers, pages], ids=["answers", "site_pages"])
def test_repeated_claims_per_claim_at_k40_vs_k10(benchmark: Any, figure: Any, work: Any) -> None:
    small, large = repeated(10), repeated(40)
    per_claim_small = best(lambda: work(small), repeat=3) / len(small.claims)
    benchmark.pedantic(lambda: work(large), rounds=3)
    per_claim_large = benchmark.stats.stats.min / len(large.claims)
    figure(per_claim_large, per_claim_small, unit="s/claim", target="<= 1.5x")
