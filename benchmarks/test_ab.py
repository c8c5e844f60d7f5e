"""A/B rows: each optimization that stays, on and off, at the shipped size and at 10^5; and
what holding a stop while a write creates a name costs an export."""

from __future__ import annotations

import contextlib
import tempfile
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ballerina_data import Catalog, _convert, _index, _write, export
from conftest import best, records, text


@contextlib.contextmanager
def _no_pause() -> Iterator[None]:
    yield


@pytest.mark.parametrize("n", [400, 10**5])
def test_gc_pause(benchmark: Any, figure: Any, monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    document = text(n)
    with monkeypatch.context() as off:
        off.setattr(_convert, "gc_paused", _no_pause)
        off.setattr(_index, "gc_paused", _no_pause)
        without = best(lambda: Catalog.from_json(document), repeat=3)
    benchmark.pedantic(lambda: Catalog.from_json(document), rounds=3)
    figure(benchmark.stats.stats.min, without, unit="s (paused vs not)")


def test_interning(benchmark: Any, figure: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    document = text(10**5)

    def peak() -> int:
        tracemalloc.start()
        catalog = Catalog.from_json(document)
        size = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del catalog
        return size

    monkeypatch.setattr(_convert.sys, "intern", lambda s: s)
    _convert.converter = _convert._build()
    without = peak()
    monkeypatch.undo()
    _convert.converter = _convert._build()
    ours = benchmark.pedantic(peak, rounds=1)
    figure(ours, without, unit="bytes held (interned vs not)")


def test_value_hooks_vs_tagged_union(benchmark: Any, figure: Any) -> None:
    claims = _convert.unstructure(records(10**5).claims)
    plain = _convert._build(value_hooks=False)
    kind = tuple[_convert.Claim, ...]
    assert plain.structure(claims[:10], kind) == _convert.structure(claims[:10], kind)
    baseline = best(lambda: plain.structure(claims, kind), repeat=2)
    benchmark.pedantic(lambda: _convert.structure(claims, kind), rounds=2)
    figure(benchmark.stats.stats.min, baseline, unit="s (ours vs tagged union)")


@pytest.mark.parametrize("query", ["Ballerina", "BALLER\u00cdNA"])
def test_name_answers(benchmark: Any, figure: Any, query: str) -> None:
    # The second name index answers a title as the data spells it (or its normalized form)
    # with one dict lookup; off, every query is normalized (a cached call) first.
    shipped = Catalog.default()
    fields = ("sources", "films", "people", "characters", "organizations", "claims", "texts")
    without = Catalog(**{field: getattr(shipped, field) for field in fields})
    by_key, _ = without._index.films_by_name
    object.__setattr__(without._index, "films_by_name", (by_key, {}))
    assert without.films_titled(query) == shipped.films_titled(query)
    baseline = best(lambda: without.films_titled(query), repeat=7, number=100_000)
    benchmark.pedantic(lambda: shipped.films_titled(query), rounds=7, iterations=100_000)
    figure(benchmark.stats.stats.min, baseline, unit="s/call (answers index vs not)")


@contextlib.contextmanager
def _not_held() -> Iterator[None]:
    yield


@pytest.mark.parametrize("fmt", ["json", "datapackage"])
def test_stops_held_while_names_are_created(
    benchmark: Any, figure: Any, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    # A stop (Ctrl-C, SIGTERM, SIGHUP) is held while a write creates a temporary name and
    # notes it for clean-up. Off, nothing is held, the renames' holds included: the
    # baseline is the write as it would be without any, an upper bound of the cost.
    catalog = Catalog.default()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out"

        def run() -> None:
            export.write(catalog, fmt, target)

        run()  # the replacing write is the one timed, both ways
        baseline: list[float] = []

        def without_holding() -> None:
            # Before each timed round, in turn with it: a busy disk slows both alike.
            with monkeypatch.context() as off:
                off.setattr(_write, "_signals_held", _not_held)
                baseline.append(best(run, repeat=1))

        benchmark.pedantic(run, setup=without_holding, rounds=31)
    figure(benchmark.stats.stats.min, min(baseline), unit="s/export (held vs not)")
