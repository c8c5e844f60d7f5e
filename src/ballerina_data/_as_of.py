"""The records a catalog keeps as of a date (:meth:`Catalog.as_of`): the sources published by
then, the claims they make, and the entities those claims name, with only the names their
texts hold.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Any

import attrs

from ._errors import InvalidDataError, InvalidQueryError
from ._normalize import normalize
from ._records import (
    Alias,
    Character,
    Claim,
    DateInterval,
    Entity,
    EntityRef,
    Film,
    Organization,
    PartialDate,
    Person,
    Source,
    TitleKind,
    parse_publication_date,
)
from ._validators import short_repr
from ._verify import names_found

__all__ = ["records_as_of"]


def records_as_of(
    sources: Iterable[Source],
    entities: Collection[Entity],
    claims: Iterable[Claim],
    texts: Mapping[str, str],
    date: PartialDate | DateInterval | datetime.date | str,
) -> dict[str, Any]:
    """The fields of the catalog of these records as of ``date`` (see :meth:`Catalog.as_of`).

    Raises:
        InvalidQueryError: ``date`` is text that is not an EDTF date or interval.
        TypeError: ``date`` is none of the types :meth:`Catalog.as_of` takes.
    """
    if type(date) is str:
        try:
            date = parse_publication_date(date)
        except InvalidDataError as exc:  # a question asked wrong, not bad data
            raise InvalidQueryError(f"as_of: {exc}") from None
    elif isinstance(date, datetime.date) and type(date) in (datetime.date, datetime.datetime):
        # A datetime is a date: its day. (Other subclasses are refused as before.)
        date = PartialDate(year=date.year, month=date.month, day=date.day)
    elif type(date) not in (PartialDate, DateInterval):
        msg = (
            "expected a PartialDate, a DateInterval, a datetime.date or EDTF text,"
            f" got {type(date).__name__} {short_repr(date)}"
        )
        raise TypeError(msg)
    assert isinstance(date, PartialDate | DateInterval)
    # An interval open after reaches past every date (years have four digits, and winter
    # 9999 runs to February 10000).
    cutoff = date.last_day or (10_001, 1, 1)
    kept = tuple(
        source
        for source in sources
        if source.published is not None
        and (latest := source.published.last_day) is not None
        and latest <= cutoff
    )
    ids = {source.id for source in kept}
    kept_texts = {key: text for key, text in texts.items() if key in ids}
    found = names_found((normalize(n) for e in entities for n in e.names), kept_texts.values())
    known = {e.id for e in entities if any(normalize(n) in found for n in e.names)}
    # A claim about an entity that no kept text names (a sequel named only later) goes
    # with it: the view has no name to give it.
    kept_claims = tuple(
        claim
        for claim in claims
        if claim.source in ids and all(ref in known for ref in _references(claim))
    )
    # An entity is known from the claims: a kept text that holds its name may speak of
    # something else of that name (the spin-off's "Ballerina", not the Korean film).
    claimed = {ref for claim in kept_claims for ref in _references(claim)}
    narrowed: defaultdict[type, list[Any]] = defaultdict(list)
    for entity in entities:
        if entity.id in claimed:
            narrowed[type(entity)].append(_named_in(entity, found))
    return {
        "sources": kept,
        "films": tuple(narrowed[Film]),
        "people": tuple(narrowed[Person]),
        "characters": tuple(narrowed[Character]),
        "organizations": tuple(narrowed[Organization]),
        "claims": kept_claims,
        "texts": kept_texts,
    }


def _references(claim: Claim) -> tuple[str, ...]:
    """The ids of the entities a claim names: subject, value, character played."""
    value = (claim.value.id,) if isinstance(claim.value, EntityRef) else ()
    character = claim.qualifiers.character
    return (claim.subject, *value, *((character,) if character else ()))


def _named_in(entity: Entity, found: set[str]) -> Entity:
    """The entity with only the names in ``found``, the first as its title or name."""
    if isinstance(entity, Film):
        titles = [
            alias
            for alias in (Alias(name=entity.title, kind=TitleKind.TITLE), *entity.aliases)
            if normalize(alias.name) in found
        ]
        first, *rest = titles
        return attrs.evolve(entity, title=first.name, aliases=tuple(rest))
    first_name, *others = (name for name in entity.names if normalize(name) in found)
    return attrs.evolve(entity, name=first_name, aliases=tuple(others))
