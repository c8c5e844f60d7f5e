"""When a claim says its value held, as the profile's "latest" value orders claims: the date
the claim gives, or else its source's publication, with the first and last day it can mean.

A source dated ``2023-03/2024-06-07`` or ``../2023`` may be later than one of 2023-08-04
that it is ordered before: dates are ordered by their earliest possible day (as the
timeline orders sources), and :func:`possibly_later` tells which values a reason must name
as possibly later.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from ._records import Claim, Source
from ._results import Fact
from ._timeline import publication_days, publication_order
from ._wording import date_words

__all__ = [
    "SourceKey",
    "SourceOrder",
    "key_lateness",
    "lateness",
    "latest",
    "possibly_later",
    "source_key",
    "source_order",
    "when",
]


class SourceKey(NamedTuple):
    """A claim's place in publication order: later claims have larger keys."""

    #: 0 for an undated source, which comes first (the least late).
    dated: int
    #: The date's sort key: its earliest day, a less precise date first ("2023" before
    #: "2023-01-01"), an interval open before first of all.
    start: tuple[int, int, int]
    source: str
    #: The date as a reason words it ("2023-08-04", "2023-03 to 2024-06-07", "undated").
    written: str
    #: The first and last day the date can mean, as (year, month, day).
    first: tuple[int, int, int]
    last: tuple[int, int, int]


SourceOrder = Callable[[str], SourceKey]


def source_key(source: Source) -> SourceKey:
    """The key of the claims that give no date of their own: their source's publication."""
    undated, start, _ = publication_order(source)
    published = source.published
    first, last = publication_days(source)
    if published is None:
        return SourceKey(0, start, source.id, "undated", first, last)
    return SourceKey(1 - undated, start, source.id, date_words(published), first, last)


def source_order(sources: Mapping[str, Source] | Iterable[Source]) -> SourceOrder:
    """Each source's :func:`source_key` by its id, made once for each source asked for: it
    is asked for again for each claim a weighing reads."""
    by_id = sources if isinstance(sources, Mapping) else {s.id: s for s in sources}
    return functools.cache(lambda source_id: source_key(by_id[source_id]))


def when(claim: Claim, order: SourceOrder) -> SourceKey:
    """When a claim says its value held: the date it gives ("back in 2023"), or else its
    source's publication."""
    date = claim.qualifiers.date
    if date is None:
        return order(claim.source)
    return SourceKey(
        1, date.sort_key, claim.source, date_words(date), date.first_day, date.last_day
    )


def latest(fact: Fact, order: SourceOrder) -> SourceKey:
    return max(when(claim, order) for claim in fact.claims)


def lateness(fact: Fact, order: SourceOrder) -> tuple[int, tuple[int, int, int]]:
    """Where the fact's latest claim falls in publication order, the source's id left out:
    facts of one lateness are as late as each other, whichever sources give them."""
    return key_lateness(latest(fact, order))


def key_lateness(key: SourceKey) -> tuple[int, tuple[int, int, int]]:
    """Where a source key falls in publication order, its source's id left out."""
    return key.dated, key.start


def possibly_later(fact: Fact, than: SourceKey, order: SourceOrder) -> str | None:
    """The date, as written, of a claim of ``fact`` that can mean a day as late as the
    earliest ``than`` can, or later: an interval, a partial date or an undated source,
    ordered before ``than`` by its earliest day, may in fact be the later one. ``None``
    where every claim is surely earlier."""
    keys = [when(claim, order) for claim in fact.claims]
    # Of the claims reaching as late, the latest in publication order (then by source):
    # whatever the order of the claims, one date is named.
    key = max(keys, key=lambda k: (k.last, k))
    return key.written if key.last >= than.first else None
