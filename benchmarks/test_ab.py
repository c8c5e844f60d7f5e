"""A/B rows: each optimization that stays, on and off, at the shipped size and at 10^5."""

from __future__ import annotations

import contextlib
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

from ballerina_data import Catalog, _convert, _index
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
