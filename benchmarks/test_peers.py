"""The library's JSON against its peers, msgspec Structs and pydantic v2 models of the same
shape (``peers.py``): the whole catalog's round trip, decode and encode, at the shipped size
and at 10^5 generated claims.

The library does more than the peers (references between records, offsets against quotes,
the index the queries use); the rows show what that costs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peers
import pytest

from ballerina_data import Catalog
from conftest import best, text


def _document(n: int | None) -> str:
    return Catalog.default().to_json() if n is None else text(n)


SIZES = [pytest.param(None, id="shipped"), pytest.param(10**5, id="1e5")]
PEERS: dict[str, tuple[Callable[[str], Any], Callable[[Any], str]]] = {
    "pydantic": (peers.pydantic_decode, peers.pydantic_encode),
    "msgspec": (peers.msgspec_decode, peers.msgspec_encode),
}
TARGETS = {
    ("round_trip", "pydantic"): "<= 0.8x",
    ("round_trip", "msgspec"): "<= 5x",
    ("decode", "pydantic"): "<= 1.0x",
}


@pytest.mark.parametrize("peer", list(PEERS))
@pytest.mark.parametrize("step", ["round_trip", "decode", "encode"])
@pytest.mark.parametrize("n", SIZES)
def test_json_against_peers(
    benchmark: Any, figure: Any, n: int | None, step: str, peer: str
) -> None:
    document = _document(n)
    decode, encode = PEERS[peer]
    catalog, model = Catalog.from_json(document), decode(document)
    # The same catalog on both sides: each side's output reads back as the other's input.
    assert Catalog.from_json(encode(model)) == catalog
    ours: Callable[[], object] = {
        "round_trip": lambda: Catalog.from_json(document).to_json(),
        "decode": lambda: Catalog.from_json(document),
        "encode": catalog.to_json,
    }[step]
    theirs: Callable[[], object] = {
        "round_trip": lambda: encode(decode(document)),
        "decode": lambda: decode(document),
        "encode": lambda: encode(model),
    }[step]
    # Turn and turn about, the best of each: a machine whose load changes during the row
    # slows both sides alike.
    times: dict[Callable[[], object], list[float]] = {theirs: [], ours: []}
    for _ in range(3 if n else 40):
        for run, taken in times.items():
            taken.append(best(run, repeat=1))
    benchmark.pedantic(ours, rounds=1)
    figure(
        min(times[ours]),
        min(times[theirs]),
        unit=f"s (ours vs {peer})",
        target=TARGETS.get((step, peer), "-"),
    )


@pytest.mark.parametrize("n", SIZES)
def test_bare_attrs_against_pydantic(benchmark: Any, figure: Any, n: int | None) -> None:
    """The floor (``peers.bare_attrs_floor``) against pydantic's decode. At a ratio over
    1.0x, no decoder into attrs records on the standard json module meets the decode target,
    checks or none."""
    document = _document(n)
    floor = peers.bare_attrs_floor(document)
    times: dict[Callable[[], object], list[float]] = {
        lambda: peers.pydantic_decode(document): [],
        floor: [],
    }
    for _ in range(3 if n else 40):
        for run, taken in times.items():
            taken.append(best(run, repeat=1))
    theirs, ours = times.values()
    benchmark.pedantic(floor, rounds=1)
    figure(min(ours), min(theirs), unit="s (bare attrs vs pydantic decode)", target="-")
