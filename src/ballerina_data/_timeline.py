"""Claims in the order their sources were published, and what each source added."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from ._records import Claim, PartialDate, Season, Source

__all__ = ["TimelineEntry", "first_day", "last_day", "publication_order", "timeline"]

# The months each season spans, as the northern-hemisphere (meteorological) seasons EDTF's
# 21-24 name: spring is March to May, winter December to the next year's February.
_SEASON_START = {Season.SPRING: 3, Season.SUMMER: 6, Season.AUTUMN: 9, Season.WINTER: 12}
_SEASON_END = {Season.SPRING: (5, 31), Season.SUMMER: (8, 31), Season.AUTUMN: (11, 30)}


def first_day(date: PartialDate) -> tuple[int, int, int]:
    """The first day a partial date could mean, as (year, month, day)."""
    if date.season is not None:
        return (date.year, _SEASON_START[date.season], 1)
    return (date.year, date.month or 1, date.day or 1)


def last_day(date: PartialDate) -> tuple[int, int, int]:
    """The last day a partial date could mean, as (year, month, day)."""
    if date.day is not None:
        assert date.month is not None
        return (date.year, date.month, date.day)
    from ._validators import days_in_month

    if date.month is not None:
        return (date.year, date.month, days_in_month(date.year, date.month))
    if date.season is Season.WINTER:  # from December into the next year's February
        return (date.year + 1, 2, days_in_month(date.year + 1, 2))
    if date.season is not None:
        return (date.year, *_SEASON_END[date.season])
    return (date.year, 12, 31)


def publication_order(source: Source) -> tuple[int, tuple[int, int, int], str]:
    # Dated sources by their earliest possible day, a less precise date before a precise one
    # of the same year ("2023" before "2023-08-04"); undated sources last; then by id.
    if source.published is None:
        return (1, (0, 0, 0), source.id)
    return (0, source.published.sort_key, source.id)


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One source's claims about an entity, and those of them no earlier source made."""

    source: Source
    claims: tuple[Claim, ...]
    #: Claims whose predicate, value and character no earlier source gave.
    new: tuple[Claim, ...]

    @property
    def published(self) -> PartialDate | None:
        """The source's publication date, as precise as it is known."""
        return self.source.published


def _said(claim: Claim) -> tuple[object, ...]:
    return (claim.subject, claim.predicate, claim.value, claim.qualifiers.character)


def timeline(claims: Iterable[Claim], sources: Mapping[str, Source]) -> tuple[TimelineEntry, ...]:
    """Group claims by source, sources in publication order, marking what each added."""
    by_source: dict[str, list[Claim]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append(claim)
    entries = []
    seen: set[tuple[object, ...]] = set()
    for source in sorted((sources[key] for key in by_source), key=publication_order):
        found = tuple(by_source[source.id])
        new = tuple(claim for claim in found if _said(claim) not in seen)
        seen.update(map(_said, found))
        entries.append(TimelineEntry(source=source, claims=found, new=new))
    return tuple(entries)


# The public home: reprs and tracebacks say ballerina_data.TimelineEntry.
attrs.resolve_types(TimelineEntry, globalns=globals())  # here, where every name is defined
TimelineEntry.__module__ = "ballerina_data"
