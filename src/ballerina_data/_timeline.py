"""Claims in the order their sources were published, and what each source added."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping

import attrs

from ._records import Claim, DateInterval, DateValue, PartialDate, Season, Source
from ._relations import scope_of, value_key

__all__ = ["UNCERTAIN_ORDER", "TimelineEntry", "publication_days", "publication_order", "timeline"]


#: What the command line and the site say of an entry whose order is uncertain.
UNCERTAIN_ORDER = "order uncertain: another source's date overlaps this one's"


def publication_order(source: Source) -> tuple[int, tuple[int, int, int], str]:
    """A key that sorts sources in publication order: by the earliest day their date could
    mean, a less precise date before a precise one of the same year ("2023" before
    "2023-08-04"), an interval by its start and one open before ("../2023") before all;
    undated sources last; then by id."""
    published = source.published
    if published is None:
        return (1, (0, 0, 0), source.id)
    start = published.start if isinstance(published, DateInterval) else published
    return (0, (0, 0, 0) if start is None else start.sort_key, source.id)


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One source's claims about an entity, and those of them no earlier source made."""

    source: Source
    claims: tuple[Claim, ...]
    #: Claims whose predicate, value (however written: "1.5 hours" repeats "90 minutes"),
    #: status, character and scope (the region and medium of a release, as the preference
    #: scopes it) no earlier source gave: a UK release date on the day an earlier source
    #: gave the US one is new, and so is a date of no region after the same date for one
    #: region (a UK date is no date of everywhere), but not a region's date after the same
    #: date of no region, which counts in every region; so is a date released, or stated
    #: with no status, after the same date scheduled (a change of status is news, not a
    #: repeat of the plan); a
    #: date with no medium, after the same date in theatres, is not, nor a casting with no
    #: character after the same casting with one, nor a date less precise than one said
    #: before with the same status ("2024" after "June 7, 2024").
    new: tuple[Claim, ...]
    #: Whether the date of another source of the timeline can mean a day this one's can
    #: (``../2023`` and ``2023-08-04``; an undated source and any): which of them came
    #: first is not known, so neither is which said a thing first.
    uncertain_order: bool = False

    @property
    def published(self) -> PartialDate | DateInterval | None:
        """The source's publication date, as precise as it is known: a date, or the interval
        its words bound it to."""
        return self.source.published


def _said(claim: Claim) -> list[tuple[object, ...]]:
    """What a claim says, in its scope and in each wider one (some of its qualifiers left
    out): a later claim is a repeat when it says one of these. Its own, last."""
    # The status is part of what is said: a release ("released", or stated as a plain
    # fact) after a schedule of the same date is news, not a repeat of the plan.
    # A date says each less precise form of itself too: "2024", after "June 7, 2024".
    values = [value_key(claim.value)]
    if isinstance(claim.value, DateValue) and isinstance(claim.value.date, PartialDate):
        values[:0] = [value_key(DateValue(date=each)) for each in _coarser(claim.value.date)]
    # A character narrows a credit as a region narrows a date: "Lance Reddick", after
    # "Lance Reddick as Charon", says nothing new.
    scope = (claim.qualifiers.character, *scope_of(claim))
    # A region is never left out: a UK date is no date of everywhere (as the preference
    # weighs it), so a date of no region after it is news.
    region = _region_at(claim)
    named = [n for n, qualifier in enumerate(scope) if qualifier is not None and n != region]
    return [
        (
            claim.subject,
            claim.predicate,
            value,
            claim.qualifiers.status,
            tuple(q if n in kept or n == region else None for n, q in enumerate(scope)),
        )
        for value in values
        for size in range(len(named) + 1)
        for kept in itertools.combinations(named, size)
    ]


def _region_at(claim: Claim) -> int | None:
    """Where the region stands in :func:`_said`'s scope of the claim, if its predicate has
    one."""
    scope = claim.predicate.scope
    return 1 + scope.index("region") if "region" in scope else None


def _repeated(claim: Claim, said: list[tuple[object, ...]], seen: set[tuple[object, ...]]) -> bool:
    """Whether an earlier source said what ``claim`` says (its own key, last of ``said``),
    or said it with no region, which counts in every region's scope."""
    own = said[-1]
    if own in seen:
        return True
    region = _region_at(claim)
    scope = own[-1]
    if region is None or not isinstance(scope, tuple) or scope[region] is None:
        return False
    unscoped = tuple(None if n == region else each for n, each in enumerate(scope))
    return (*own[:-1], unscoped) in seen


def _coarser(date: PartialDate) -> list[PartialDate]:
    """The less precise dates that hold every day ``date`` can mean: a day's month, a
    month's or a day's season (January 2024's is winter 2023, December to February) and
    year; a season's year, but a winter's, which runs into the next year."""
    coarser = []
    if date.month is not None:
        # The season holding the month: winter 2023 holds December 2023 and January 2024.
        season = _SEASON_OF_MONTH[date.month]
        year = date.year - 1 if date.month < 3 else date.year
        coarser.append(PartialDate(year=year, season=season))
    if date.month is not None or date.season not in (None, Season.WINTER):
        coarser.append(PartialDate(year=date.year))
    if date.day is not None:
        coarser.append(PartialDate(year=date.year, month=date.month))
    return coarser


_SEASON_OF_MONTH = {
    **dict.fromkeys((3, 4, 5), Season.SPRING),
    **dict.fromkeys((6, 7, 8), Season.SUMMER),
    **dict.fromkeys((9, 10, 11), Season.AUTUMN),
    **dict.fromkeys((12, 1, 2), Season.WINTER),
}


def timeline(claims: Iterable[Claim], sources: Mapping[str, Source]) -> tuple[TimelineEntry, ...]:
    """Group claims by source, sources in publication order, marking what each added."""
    by_source: dict[str, list[Claim]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append(claim)
    entries = []
    seen: set[tuple[object, ...]] = set()
    ordered = sorted((sources[key] for key in by_source), key=publication_order)
    uncertain = _overlapping([publication_days(source) for source in ordered])
    for source, overlaps in zip(ordered, uncertain, strict=True):
        found = tuple(by_source[source.id])
        said = [_said(claim) for claim in found]  # once per claim
        new = tuple(
            claim
            for claim, keys in zip(found, said, strict=True)
            if not _repeated(claim, keys, seen)
        )
        seen.update(key for keys in said for key in keys)
        entries.append(
            TimelineEntry(source=source, claims=found, new=new, uncertain_order=overlaps)
        )
    return tuple(entries)


Day = tuple[int, int, int]


def _overlapping(spans: list[tuple[Day, Day]]) -> list[bool]:
    """For each span of days, whether another span shares a day with it; in O(n log n), as
    a timeline may have thousands of sources."""
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    firsts = [spans[i][0] for i in order]
    # best[k]: the two latest last days among the first k spans by first day, with whose.
    # Below every day, an open start's too: the empty set of spans ends on no day at all.
    best: list[tuple[Day, int, Day]] = [(_NO_DAY, -1, _NO_DAY)]
    for i in order:
        top, owner, second = best[-1]
        last = spans[i][1]
        if last >= top:
            best.append((last, i, top))
        else:
            best.append((top, owner, max(second, last)))
    found = []
    for i, (first, last) in enumerate(spans):
        # The spans that start by this one's last day; one of them ends on or after its first.
        top, owner, second = best[bisect.bisect_right(firsts, last)]
        found.append((second if owner == i else top) >= first)
    return found


#: Before and after every day a date can mean (years have four digits, and winter 9999
#: runs into 10000): the ends of an open interval, or of an undated source's date.
BEFORE_ALL, AFTER_ALL = (0, 0, 0), (10_000, 1, 1)
_NO_DAY = (-1, 0, 0)


def publication_days(source: Source) -> tuple[Day, Day]:
    """The first and last day a source's date can mean; an open end or no date, any."""
    published = source.published
    if published is None:
        return BEFORE_ALL, AFTER_ALL
    return published.first_day or BEFORE_ALL, published.last_day or AFTER_ALL


# The public home: reprs and tracebacks say ballerina_data.TimelineEntry.
attrs.resolve_types(TimelineEntry, globalns=globals())  # here, where every name is defined
TimelineEntry.__module__ = "ballerina_data"
