"""Hypothesis strategies for every record type, and for whole catalogs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from ballerina_data import (
    Alias,
    Bound,
    Catalog,
    Character,
    Claim,
    DateValue,
    EntityRef,
    Evidence,
    Film,
    Medium,
    Organization,
    PartialDate,
    Person,
    Predicate,
    Qualifiers,
    Quantity,
    Season,
    Source,
    Status,
    Text,
    TitleKind,
    Value,
    WorkKind,
)

# The characters the sources use and that tests must carry through unchanged.
TYPOGRAPHY = "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026é"

text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from(TYPOGRAPHY),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")
slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


def ids(prefix: str) -> st.SearchStrategy[str]:
    return slugs.map(lambda slug: f"{prefix}/{slug}")


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1, 9999))
    shape = draw(st.sampled_from(["year", "season", "month", "day"]))
    if shape == "year":
        return PartialDate(year=year)
    if shape == "season":
        return PartialDate(year=year, season=draw(st.sampled_from(Season)))
    month = draw(st.integers(1, 12))
    if shape == "month":
        return PartialDate(year=year, month=month)
    return PartialDate(year=year, month=month, day=draw(st.integers(1, 28)))


quantities = st.builds(
    Quantity,
    amount=st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=Decimal(10**12)),
    unit=st.sampled_from(["USD", "minute", "month"]) | text,
    bound=st.sampled_from(Bound),
)
literal_values: st.SearchStrategy[Value] = st.one_of(
    st.builds(Text, text=text),
    st.builds(DateValue, date=partial_dates()),
    quantities,
)
values = st.builds(EntityRef, id=ids("person")) | literal_values
qualifiers = st.builds(
    Qualifiers,
    character=st.none() | ids("character"),
    region=st.none() | text,
    medium=st.none() | st.sampled_from(Medium),
    status=st.none() | st.sampled_from(Status),
    date=st.none() | partial_dates(),
    title_kind=st.none() | st.sampled_from(TitleKind),
)


@st.composite
def evidence(draw: st.DrawFn) -> Evidence:
    quote = draw(text)
    start = draw(st.integers(0, 10**6))
    return Evidence(
        quote=quote,
        start=start,
        end=start + len(quote),
        prefix=draw(st.text(max_size=10)),
        suffix=draw(st.text(max_size=10)),
    )


claims = st.builds(
    Claim,
    id=st.from_regex(r"[0-9]{3}-[0-9]{3}", fullmatch=True),
    subject=ids("film"),
    predicate=st.sampled_from(Predicate),
    value=values,
    qualifiers=qualifiers,
    source=slugs,
    evidence=evidence(),
    note=st.none() | text,
)
sources = st.builds(
    Source,
    id=slugs,
    title=text,
    author=st.none() | text,
    publisher=st.none() | text,
    published=st.none() | partial_dates(),
    published_note=st.none() | text,
    language=st.sampled_from(["en", "ko"]),
    sha256=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    note=st.none() | text,
)
aliases = st.builds(Alias, name=text, kind=st.sampled_from(TitleKind))
_PREFIX_OF_KIND = {
    WorkKind.FILM: "film",
    WorkKind.UNSPECIFIED: "film",
    WorkKind.TV_SERIES: "series",
    WorkKind.FRANCHISE: "franchise",
}


@st.composite
def films(draw: st.DrawFn) -> Film:
    kind = draw(st.sampled_from(WorkKind))
    return Film(
        id=draw(ids(_PREFIX_OF_KIND[kind])),
        kind=kind,
        title=draw(text),
        aliases=tuple(draw(st.lists(aliases, max_size=3))),
        year=draw(st.none() | st.integers(1900, 2100)),
        description=draw(st.none() | text),
    )


names = st.lists(text, max_size=3).map(tuple)
people = st.builds(Person, id=ids("person"), name=text, aliases=names)
characters = st.builds(Character, id=ids("character"), name=text, aliases=names)
organizations = st.builds(Organization, id=ids("org"), name=text, aliases=names)

#: Every record type with its strategy, for tests that hold for all of them.
RECORDS: dict[type, st.SearchStrategy[object]] = {
    PartialDate: partial_dates(),
    Quantity: quantities,
    EntityRef: st.builds(EntityRef, id=ids("film")),
    Text: st.builds(Text, text=text),
    DateValue: st.builds(DateValue, date=partial_dates()),
    Qualifiers: qualifiers,
    Evidence: evidence(),
    Claim: claims,
    Source: sources,
    Alias: aliases,
    Film: films(),
    Person: people,
    Character: characters,
    Organization: organizations,
}


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    """Small consistent catalogs: unique ids, and claims that refer only to what exists."""

    def unique(strategy: st.SearchStrategy[Any]) -> list[Any]:
        return draw(st.lists(strategy, max_size=4, unique_by=lambda record: record.id))

    the_sources = unique(sources)
    the_films, the_people = unique(films()), unique(people)
    the_characters, the_orgs = unique(characters), unique(organizations)
    entity_ids = [e.id for e in (*the_films, *the_people, *the_characters, *the_orgs)]
    the_claims: list[Claim] = []
    if the_sources and entity_ids:
        ref = st.sampled_from(entity_ids)
        character = st.none() | (
            st.sampled_from([c.id for c in the_characters]) if the_characters else st.none()
        )
        claim = st.builds(
            Claim,
            id=st.just("c"),
            subject=ref,
            predicate=st.sampled_from(Predicate),
            value=st.builds(EntityRef, id=ref) | literal_values,
            qualifiers=st.builds(Qualifiers, character=character),
            source=st.sampled_from([s.id for s in the_sources]),
            evidence=evidence(),
        )
        drawn = draw(st.lists(claim, max_size=6))
        the_claims = [attrs.evolve(c, id=f"c-{number}") for number, c in enumerate(drawn)]
    return Catalog(
        sources=tuple(the_sources),
        films=tuple(the_films),
        people=tuple(the_people),
        characters=tuple(the_characters),
        organizations=tuple(the_orgs),
        claims=tuple(the_claims),
        texts={s.id: draw(text) for s in the_sources},
    )
