"""Generated catalogs: building, loading, verifying and searching as they grow."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from generate import generate_data

from ballerina_data import Catalog
from ballerina_data._rules import claim_id_prefix
from conftest import best, records, text


@pytest.mark.parametrize("n", [10**3, 10**4, 10**5])
def test_catalog_build_vs_a_dict_of_tuples(benchmark: Any, figure: Any, n: int) -> None:
    fields = records(n)._asdict()
    claims = fields["claims"]
    floor = best(lambda: {c.id: (c.subject, c.source) for c in claims}, repeat=3)
    benchmark.pedantic(lambda: Catalog(**fields), rounds=3)
    figure(benchmark.stats.stats.min / n, floor / n, unit="s/claim", target="<= 3 µs/claim")


@pytest.mark.parametrize("n", [10**3, 10**5])
def test_from_json_vs_json_loads(benchmark: Any, figure: Any, n: int) -> None:
    document = text(n)
    floor = best(lambda: json.loads(document), repeat=3)
    benchmark.pedantic(lambda: Catalog.from_json(document), rounds=3)
    figure(benchmark.stats.stats.min / n, floor / n, unit="s/claim")


def test_verify_per_claim_at_4e4_vs_1e3(benchmark: Any, figure: Any) -> None:
    small = Catalog.from_json(text(10**3))
    large = Catalog.from_json(text(4 * 10**4))
    per_claim_small = best(small.verify, repeat=3) / 10**3
    benchmark.pedantic(large.verify, rounds=3)
    figure(benchmark.stats.stats.min / (4 * 10**4), per_claim_small, unit="s/claim", target="<= 2x")


def test_search_at_1e5_names(benchmark: Any, figure: Any) -> None:
    catalog = Catalog.from_json(text(10**5))
    names = sum(len(e.names) for e in (*catalog.films, *catalog.people, *catalog.characters))
    first = catalog.films[0].title
    catalog.search(first)  # builds the index
    exact = best(lambda: catalog.films_titled(first), number=100)
    benchmark(catalog.search, first[:-1] + "x")
    figure(benchmark.stats.stats.min, exact, unit="s/query", target=f"< 20 ms ({names} names)")


def test_search_index_per_name_vs_the_name_index(benchmark: Any, figure: Any) -> None:
    from ballerina_data._index import name_index
    from ballerina_data._search import SearchIndex

    catalog = Catalog.from_json(text(10**5))
    entities = (*catalog.films, *catalog.people, *catalog.characters, *catalog.organizations)
    floor = best(
        lambda: [name_index(getattr(catalog, f)) for f in ("films", "people", "characters")],
        repeat=3,
    )
    benchmark.pedantic(lambda: SearchIndex(entities), rounds=3)
    figure(benchmark.stats.stats.min, floor, unit="s", target="<= 2x")


def test_an_invalid_file_is_refused_fast(benchmark: Any, figure: Any) -> None:
    # About 8 MB: 10^5 claims, each with four wrong fields, one an unknown predicate.
    claims = [
        {"id": n, "subject": "film/x" * 3, "predicate": "nope", "source": "s"} for n in range(10**5)
    ]
    bad = json.dumps({"format_version": 1, "claims": claims})
    # The baseline: a valid file of the same size.
    valid = text(len(bad) * 10**5 // len(text(10**5)))
    floor = best(lambda: Catalog.from_json(valid), repeat=1)

    def refuse() -> int:
        try:
            Catalog.from_json(bad)
        except ValueError as exc:
            return len(str(exc))
        raise AssertionError

    length = benchmark.pedantic(refuse, rounds=3)
    assert length < 10_000
    figure(benchmark.stats.stats.min, floor, unit="s", target="< 3 s, message < 10 KB")


def test_sqlite_export_vs_json_lines(benchmark: Any, figure: Any, tmp_path: Any) -> None:
    from ballerina_data import export

    catalog = Catalog(**records(10**5)._asdict())
    floor = best(lambda: export.write(catalog, "jsonl", tmp_path / "claims.jsonl"), repeat=2)
    benchmark.pedantic(lambda: export.write(catalog, "sqlite", tmp_path / "claims.db"), rounds=2)
    figure(benchmark.stats.stats.min, floor, unit="s", target="< 2x")


def test_parquet_export_vs_json_lines(benchmark: Any, figure: Any, tmp_path: Any) -> None:
    from ballerina_data import export

    catalog = Catalog(**records(10**5)._asdict())
    floor = best(lambda: export.write(catalog, "jsonl", tmp_path / "claims.jsonl"), repeat=2)
    benchmark.pedantic(lambda: export.write(catalog, "parquet", tmp_path / "parquet"), rounds=2)
    figure(benchmark.stats.stats.min, floor, unit="s", target="< 2x")


def test_disagreements_per_claim_at_1e4_vs_1e3(benchmark: Any, figure: Any) -> None:
    # Every pair of one subject's claims of one predicate is related: the cost must grow
    # with the claims, not with their square.
    small = Catalog.from_json(text(10**3))
    large = Catalog.from_json(text(10**4))
    per_claim_small = best(lambda: small.disagreements(relation=None), repeat=3) / 10**3
    benchmark.pedantic(lambda: large.disagreements(relation=None), rounds=3)
    figure(benchmark.stats.stats.min / 10**4, per_claim_small, unit="s/claim", target="<= 2x")


def test_about_vs_claims_about(benchmark: Any, figure: Any) -> None:
    # A profile relates and merges the claims about an entity; the baseline only finds them.
    catalog = Catalog.default()
    floor = best(lambda: catalog.claims_about("film/ballerina-2024"), number=100)
    benchmark(catalog.about, "film/ballerina-2024")
    figure(benchmark.stats.stats.min, floor, unit="s/call", target="< 5 ms")


def test_verify_with_texts_per_claim_at_1e5_vs_1e3(benchmark: Any, figure: Any) -> None:
    # Every quote at its offsets in a text of its source, so that each claim is read against
    # its quote by the rules of the data. These random values break a rule early or skip
    # most rules: the row measures growth, not what a real claim costs (the shipped claims'
    # row below does).
    small = Catalog.from_json(json.dumps(generate_data(10**3, texts=True)))
    large = Catalog.from_json(json.dumps(generate_data(10**5, texts=True)))
    per_claim_small = best(small.verify, repeat=3) / 10**3
    benchmark.pedantic(large.verify, rounds=2)
    figure(benchmark.stats.stats.min / 10**5, per_claim_small, unit="s/claim", target="<= 2x")


def shipped_copies(k: int) -> Catalog:
    """The shipped catalog's sources and claims ``k`` times over, each copy's texts ending
    in a line of their own ("Copy 2."), so that each copy is its own document: a catalog of
    claims as real as the shipped ones. A copy's claim keeps no reviewed exception (those
    name the shipped claims), so each copy holds three breaches the shipped catalog does not."""
    shipped = Catalog.default()
    sources, claims, texts = list(shipped.sources), list(shipped.claims), dict(shipped.texts)
    for n in range(2, k + 1):
        renamed = {source.id: source.id.replace("_", f"{n}_", 1) for source in shipped.sources}
        for source in shipped.sources:
            copied = texts[renamed[source.id]] = f"{shipped.texts[source.id]}\n\nCopy {n}."
            digest = hashlib.sha256(copied.encode()).hexdigest()
            sources.append(attrs.evolve(source, id=renamed[source.id], sha256=digest))
        claims.extend(
            attrs.evolve(
                claim,
                id=claim_id_prefix(renamed[claim.source]) + claim.id.partition("-")[2],
                source=renamed[claim.source],
            )
            for claim in shipped.claims
        )
    return attrs.evolve(shipped, sources=tuple(sources), claims=tuple(claims), texts=texts)


def first_verify(catalog: Catalog) -> Callable[[], tuple[tuple[Catalog], dict[str, Any]]]:
    """A setup for each round: ``catalog`` anew, its claims' breaches not yet kept."""
    from ballerina_data import _rules

    def setup() -> tuple[tuple[Catalog], dict[str, Any]]:
        _rules._BREACHES_BY_ENTITIES.clear()
        return (attrs.evolve(catalog),), {}

    return setup


def processor_time(catalog: Catalog) -> float:
    """The processor time of a first verify of ``catalog``, in seconds."""
    (fresh,), _ = first_verify(catalog)()
    start = time.process_time()
    fresh.verify()
    return time.process_time() - start


# Processor time: on a shared machine, wall times of seconds vary by twice as much.
@pytest.mark.benchmark(timer=time.process_time)
@pytest.mark.parametrize("k", [10, 30])
def test_verify_shipped_claims_per_claim_at_k_copies_vs_the_shipped(
    benchmark: Any, figure: Any, k: int
) -> None:
    # The rules' cost per claim on claims as real as the shipped ones (a generated claim
    # breaks a rule early or skips most rules): the shipped catalog's own verify, against
    # k copies of it. Each round verifies a catalog anew, no claim's breaches kept.
    shipped, copies = Catalog.default(), shipped_copies(k)
    shipped.verify()  # the rules imported and their patterns compiled
    small = min(processor_time(shipped) for _ in range(3))
    benchmark.pedantic(Catalog.verify, setup=first_verify(copies), rounds=2)
    per_claim_small = small / len(shipped.claims)
    per_claim_large = benchmark.stats.stats.min / len(copies.claims)
    figure(per_claim_large, per_claim_small, unit="s/claim", target="<= 1.5x; < 1 ms/claim")
