"""Claims in the order their sources were published, and what each source added."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from ._records import Claim, DateInterval, PartialDate, Source

__all__ = ["TimelineEntry", "publication_order", "timeline"]


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
    #: Claims whose predicate, value and character no earlier source gave.
    new: tuple[Claim, ...]

    @property
    def published(self) -> PartialDate | DateInterval | None:
        """The source's publication date, as precise as it is known: a date, or the interval
        its words bound it to."""
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
