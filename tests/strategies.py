"""Hypothesis strategies for every record type, and for whole catalogs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import hypothesis
from hypothesis import strategies as st

from ballerina_data import (
    Alias,
    Bound,
    Catalog,
    Character,
    Claim,
    DateInterval,
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
    UnitKind,
    Value,
    WorkKind,
)


# The characters the sources use and that tests must carry through unchanged.
def share_of_examples(percent: int) -> hypothesis.settings:
    """Settings for a slow property: ``percent`` of the profile's examples (of the ``ci``
    profile's 30 in the default suite; of the ``nightly`` profile's 5000 there)."""
    examples = max(1, hypothesis.settings().max_examples * percent // 100)
    return hypothesis.settings(max_examples=examples)


TYPOGRAPHY = "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026é"

text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from(TYPOGRAPHY),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")
# Joined words, not st.from_regex: generating from a regex is several times slower.
_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
slugs = st.lists(_words, min_size=1, max_size=3).map("-".join)


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


@st.composite
def date_intervals(draw: st.DrawFn) -> DateInterval:
    # Open before, open after, or closed: a closed one's end is its start or later.
    start, end = sorted(draw(st.lists(partial_dates(), min_size=2, max_size=2)), key=_first)
    if end.last_day < start.first_day:  # "2023-05" sorts after "2023-21" but ends first
        end = start
    shape = draw(st.sampled_from(["open before", "open after", "closed"]))
    if shape == "open before":
        return DateInterval(end=end)
    if shape == "open after":
        return DateInterval(start=start)
    return DateInterval(start=start, end=end)


def _first(date: PartialDate) -> tuple[int, int, int]:
    return date.first_day


quantities = st.builds(
    Quantity,
    # Exponent forms too: Decimal("4E+8") must be written as digits to read back.
    amount=st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=Decimal(10**12))
    | st.builds(Decimal, st.from_regex(r"\A[1-9]E[+-](?:[0-9]|1[0-2])\Z")),
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
    published=st.none() | partial_dates() | date_intervals(),
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
        title=(title := draw(text)),
        # Names apart: each alias once, none the title.
        aliases=tuple(
            draw(
                st.lists(
                    aliases.filter(lambda a: a.name != title),
                    max_size=3,
                    unique_by=lambda a: a.name,
                )
            )
        ),
        year=draw(st.none() | st.integers(1900, 2100)),
        description=draw(st.none() | text),
    )


@st.composite
def _names(draw: st.DrawFn) -> dict[str, Any]:
    """A name and aliases, each given once and none the name."""
    name = draw(text)
    others = draw(st.lists(text.filter(lambda alias: alias != name), max_size=3, unique=True))
    return {"name": name, "aliases": tuple(others)}


people = st.builds(lambda i, n: Person(id=i, **n), ids("person"), _names())
characters = st.builds(lambda i, n: Character(id=i, **n), ids("character"), _names())
organizations = st.builds(lambda i, n: Organization(id=i, **n), ids("org"), _names())

#: Every record type with its strategy, for tests that hold for all of them.
RECORDS: dict[type, st.SearchStrategy[object]] = {
    PartialDate: partial_dates(),
    DateInterval: date_intervals(),
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


#: Units of each kind a predicate's amount may be in.
_UNITS = {UnitKind.TIME: ["minute", "hours", "min"], UnitKind.CURRENCY: ["USD", "EUR"]}
_AMOUNTS = quantities.filter(lambda q: q.amount >= 0)
_LITERALS: dict[type, st.SearchStrategy[Value]] = {
    Text: st.builds(Text, text=text),
    DateValue: st.builds(DateValue, date=partial_dates()),
    Quantity: _AMOUNTS,
}


@st.composite
def catalog_records(
    draw: st.DrawFn, *, franchises: bool = False, any_kinds: bool = False
) -> dict[str, Any]:
    """The fields of a small catalog; see :func:`catalogs`.

    With ``any_kinds``, about a quarter of the claims take any subject, value and character,
    whatever their predicate says, so that some of these records do not make a catalog.
    """

    def unique(strategy: st.SearchStrategy[Any]) -> list[Any]:
        return draw(st.lists(strategy, min_size=1, max_size=3, unique_by=lambda r: r.id))

    the_sources = unique(sources)
    the_films = unique(films().filter(lambda f: franchises or f.kind is not WorkKind.FRANCHISE))
    the_people, the_characters, the_orgs = unique(people), unique(characters), unique(organizations)
    entities = (*the_films, *the_people, *the_characters, *the_orgs)

    @st.composite
    def claim(draw: st.DrawFn) -> Claim:
        predicate = draw(st.sampled_from(Predicate))
        if any_kinds and draw(st.sampled_from((False, False, False, True))):
            return draw(careless_claim(predicate))
        subject = draw(st.sampled_from([e for e in entities if type(e) in predicate.subject_types]))
        targets = [e for e in entities if type(e) in predicate.value_types and e.id != subject.id]
        literals = [_LITERALS[t] for t in predicate.value_types if t in _LITERALS]
        if predicate.unit is not None:  # an amount in a unit of the predicate's kind
            units = st.sampled_from(_UNITS[predicate.unit])
            literals = [st.builds(attrs.evolve, _AMOUNTS, unit=units)]
        value = draw(
            st.one_of(
                *literals,
                *([st.sampled_from(targets).map(lambda e: EntityRef(id=e.id))] if targets else []),
            )
        )
        character = st.sampled_from([c.id for c in the_characters])
        if "character" not in predicate.qualifiers:
            character = st.nothing()
        return Claim(
            id="c",
            subject=subject.id,
            predicate=predicate,
            value=value,
            qualifiers=draw(st.builds(Qualifiers, character=st.none() | character)),
            source=draw(st.sampled_from([s.id for s in the_sources])),
            evidence=draw(evidence()),
        )

    def careless_claim(predicate: Predicate) -> st.SearchStrategy[Claim]:
        ids = [e.id for e in entities]
        return st.builds(
            Claim,
            id=st.just("c"),
            subject=st.sampled_from(ids),
            predicate=st.just(predicate),
            value=st.sampled_from(ids).map(lambda i: EntityRef(id=i))
            | st.one_of(*_LITERALS.values()),
            qualifiers=st.builds(Qualifiers, character=st.none() | st.sampled_from(ids)),
            source=st.sampled_from([s.id for s in the_sources]),
            evidence=evidence(),
        )

    drawn = draw(st.lists(claim(), min_size=1, max_size=6))
    return {
        "sources": tuple(the_sources),
        "films": tuple(the_films),
        "people": tuple(the_people),
        "characters": tuple(the_characters),
        "organizations": tuple(the_orgs),
        "claims": tuple(attrs.evolve(c, id=f"c-{number}") for number, c in enumerate(drawn)),
        # Each source a text of its own: one document is one source.
        "texts": dict(
            zip(
                (s.id for s in the_sources),
                draw(
                    st.lists(
                        text, min_size=len(the_sources), max_size=len(the_sources), unique=True
                    )
                ),
                strict=True,
            )
        ),
    }


def catalogs(*, franchises: bool = False) -> st.SearchStrategy[Catalog]:
    """Small consistent catalogs that always hold a source, an entity of each kind and claims.

    Each claim's subject and value are of the kinds its predicate takes, so every generated
    catalog builds and every property has something to check. Works are films and series,
    and with ``franchises`` franchises too.
    """
    return catalog_records(franchises=franchises).map(lambda records: Catalog(**records))


@st.composite
def texts_with_quotes(draw: st.DrawFn) -> tuple[str, str]:
    """A text over a small alphabet, so that quotes recur and overlap, and a quote in it."""
    body = draw(st.text(alphabet="ab \u201c", min_size=1, max_size=40))
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, min(len(body), start + 4)))
    quote = body[start:end]
    hypothesis.assume(quote.strip())  # a blank quote is no evidence
    return body, quote


#: Ways one unit of time is written, and the seconds in it.
_TIME_UNITS = {
    1: ["second", "seconds", "sec", "Second"],
    60: ["minute", "minutes", "min", "mins", "Minute"],
    3600: ["hour", "hours", "hr", "hrs", "HOURS"],
}
_TITLE_WORDS = ["John", "Wick", "chapter", "4", "Café", "ballerina", "not", "isn\u2019t", "don't"]


@st.composite
def spellings_of_one_value(draw: st.DrawFn) -> tuple[Value, Value]:
    """A value and the same value written another way: an amount of time in another unit or
    with trailing zeros, a currency code in another case, a text in other case, accents
    and punctuation (the values :func:`relate` calls the same)."""
    kind = draw(st.sampled_from(["time", "money", "text"]))
    bound = draw(st.sampled_from(Bound))
    if kind == "time":
        seconds = Decimal(draw(st.integers(0, 10**6))) * 3600  # a whole number in each unit
        (a, a_units), (b, b_units) = (
            draw(st.sampled_from(sorted(_TIME_UNITS.items()))) for _ in range(2)
        )
        zeros = Decimal(10) ** -draw(st.integers(0, 3))  # 90, 90.0, 90.00, ...
        return (
            Quantity(amount=seconds / a, unit=draw(st.sampled_from(a_units)), bound=bound),
            Quantity(
                amount=(seconds / b).quantize(zeros),
                unit=draw(st.sampled_from(b_units)),
                bound=bound,
            ),
        )
    if kind == "money":
        amount = draw(st.decimals(min_value=0, max_value=10**9, places=2))
        code = draw(st.sampled_from(["USD", "KRW"]))
        return (
            Quantity(amount=amount, unit=code, bound=bound),
            Quantity(amount=amount.quantize(Decimal("0.001")), unit=code.lower(), bound=bound),
        )
    words = draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=4))
    separators = st.sampled_from([" ", ": ", " \u2013 ", "  ", ", "])
    other = words[0] + "".join(draw(separators) + word for word in words[1:])
    other = draw(st.sampled_from([str.upper, str.lower, str.title]))(other)
    return Text(text=" ".join(words)), Text(text=other.replace("é", "e"))
