"""A synthetic catalog generator for the benchmarks.

``generate_data(n, seed)`` builds a JSON-ready document in the catalog format (version 1)
with ``n`` claims over a proportional number of sources, films, people, characters and
organizations, in roughly the proportions of the shipped data (about 10 claims per film, 13
per person, 30 per character, 75 per source). The same seed always gives the same document.

``build_records(data)`` turns that document into the library's records through the library's
own converter, ready for ``Catalog(**records)``; ``json.dumps(data)`` is the same catalog as
text, ready for ``Catalog.from_json``.

Run ``python benchmarks/generate.py 1000 --output catalog.json`` to write a catalog, or
``python benchmarks/generate.py 2000 --check`` to check that the three forms agree.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any, NamedTuple

from ballerina_data import (
    Catalog,
    Character,
    Claim,
    Film,
    Organization,
    Person,
    Predicate,
    Source,
    UnitKind,
)

__all__ = ["Records", "Sizes", "build_records", "generate_data", "generate_records", "sizes"]

Json = dict[str, Any]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Words for titles, names and quotes; a few carry the accents and typography of the sources.
_TITLE_WORDS = _words(
    "Ballerina Wick Parabellum Continental Night Shadow River Winter Garden Crimson Silent "
    "Iron Glass Velvet Harbor Échappé Café Dancer Assassin Requiem Orchid Ember Lantern Atlas "
    "Raven Summit Fjord Kōan Saga Mirage Tundra Cobalt Serenade Vortex Zenith Arrow Meridian"
)
_GIVEN = _words(
    "Ana Len Keanu Chung-Hyun Jong-seo Lance Ian Anjelica Gabriel Norman Bill Laurence Halle "
    "Catalina Yu-rim Ji-hun Chad Derek Shay Hiroyuki Donnie Scott Rina Sang-woo Mireille Zoë"
)
_SYLLABLES = _words("ka ri mo sel van dor lin é ta bro wen gar no sk ås mi rel tho chun yeon da")
_PROSE = _words(
    "the film will be released on June in theaters and the star says that she plays an "
    "assassin trained by the Ruska Roma while the director confirmed the sequel is set "
    "between chapters according to a report from the studio with a budget of million "
    "dollars \u2013 \u201cit is another chapter\u201d \u2014 as announced earlier this year"
)
_GENRES = ("action", "thriller", "drama", "neo-noir", "revenge flick", "crime", "romance")
_OCCUPATIONS = ("actor", "director", "screenwriter", "producer", "stunt coordinator")
#: The units of each kind of amount (``Predicate.unit``).
_UNITS = {UnitKind.CURRENCY: ("USD", "KRW"), UnitKind.TIME: ("minute", "hours")}

#: What each kind of subject says, with weights close to the shipped data's.
_FILM_PREDICATES = (
    (Predicate.CAST_MEMBER, 20),
    (Predicate.PLOT, 10),
    (Predicate.TITLE, 8),
    (Predicate.PRODUCTION_STATUS, 6),
    (Predicate.GENRE, 5),
    (Predicate.DIRECTOR, 4),
    (Predicate.RELEASE_DATE, 4),
    (Predicate.PART_OF_SERIES, 3),
    (Predicate.DISTRIBUTOR, 3),
    (Predicate.SCREENWRITER, 2),
    (Predicate.PRODUCER, 2),
    (Predicate.FOLLOWED_BY, 1),
    (Predicate.BOX_OFFICE, 1),
    (Predicate.COST, 1),
    (Predicate.DURATION, 1),
)
_PERSON_PREDICATES = (
    (Predicate.NOTABLE_WORK, 10),
    (Predicate.OCCUPATION, 6),
    (Predicate.DATE_OF_DEATH, 1),
)
_CHARACTER_PREDICATES = (
    (Predicate.PRESENT_IN_WORK, 7),
    (Predicate.STUDENT_OF, 2),
    (Predicate.OTHER_NAME, 1),
    (Predicate.MEMBER_OF, 1),
)
#: Subject kinds in the shipped data's proportions: films, people, characters.
_SUBJECT_KINDS = ("film", "person", "character")
_SUBJECT_WEIGHTS = (70, 20, 10)


class Sizes(NamedTuple):
    """How many records of each kind a catalog of ``claims`` claims has."""

    claims: int
    sources: int
    films: int
    people: int
    characters: int
    organizations: int


def sizes(n: int) -> Sizes:
    """The record counts for ``n`` claims, proportional to ``n`` (never below 1 or 2)."""
    return Sizes(
        claims=n,
        sources=max(1, n // 75),
        films=max(2, n // 10),
        people=max(1, n // 13),
        characters=max(1, n // 30),
        organizations=max(1, n // 55),
    )


class _Writer:
    """Random words, names and quotes from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def words(self, vocabulary: tuple[str, ...], low: int, high: int) -> str:
        return " ".join(self.rng.choices(vocabulary, k=self.rng.randint(low, high)))

    def surname(self) -> str:
        return "".join(self.rng.choices(_SYLLABLES, k=self.rng.randint(2, 3))).capitalize()

    def date(self) -> str:
        year = self.rng.randint(1990, 2026)
        shape = self.rng.random()
        if shape < 0.3:
            return f"{year:04d}"
        if shape < 0.4:
            return f"{year:04d}-{self.rng.randint(21, 24)}"
        if shape < 0.6:
            return f"{year:04d}-{self.rng.randint(1, 12):02d}"
        return f"{year:04d}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"


def _slug(text: str) -> str:
    kept = "".join(c if c.isascii() and c.isalnum() else " " for c in text.lower())
    return "-".join(kept.split()) or "x"


def _films(writer: _Writer, count: int) -> list[Json]:
    rng = writer.rng
    # Two films share the title "Ballerina", as in the shipped data, so queries for it work
    # at every size; a few other titles repeat too.
    films: list[Json] = [
        {"id": "film/ballerina-2023", "kind": "film", "title": "Ballerina", "year": 2023},
        {
            "id": "film/ballerina-2024",
            "kind": "film",
            "title": "Ballerina",
            "aliases": [{"name": "John Wick: Ballerina", "kind": "alternative_title"}],
            "year": 2024,
            "description": "the John Wick spin-off",
        },
    ]
    for number in range(2, count):
        title = writer.words(_TITLE_WORDS, 1, 3)
        if rng.random() < 0.3:
            title += f": Chapter {rng.randint(2, 9)}"
        kind = rng.choice(("film", "film", "film", "tv_series", "unspecified"))
        prefix = "series" if kind == "tv_series" else "film"  # ids say what kind of work
        film: Json = {"id": f"{prefix}/{_slug(title)}-{number}", "kind": kind, "title": title}
        if rng.random() < 0.2:
            film["aliases"] = [
                {"name": f"{rng.choice(_TITLE_WORDS)}: {title}", "kind": "alternative_title"}
            ]
        if rng.random() < 0.7:
            film["year"] = rng.randint(1990, 2026)
        if rng.random() < 0.5:
            film["description"] = writer.words(_PROSE, 4, 10)
        films.append(film)
    return films


def _named(writer: _Writer, prefix: str, count: int, people: bool) -> list[Json]:
    rng = writer.rng
    records = []
    for number in range(count):
        name = (
            f"{rng.choice(_GIVEN)} {writer.surname()}"
            if people
            else f"{writer.surname()} {rng.choice(_TITLE_WORDS)}"
        )
        record: Json = {"id": f"{prefix}/{_slug(name)}-{number}", "name": name}
        if rng.random() < 0.2:
            record["aliases"] = [name.upper() if people else writer.surname()]
        records.append(record)
    return records


def _sources(writer: _Writer, count: int) -> list[Json]:
    rng = writer.rng
    return [
        {
            "id": f"{number:05d}_{rng.getrandbits(64):016x}",
            "title": writer.words(_TITLE_WORDS, 3, 8),
            "author": f"{rng.choice(_GIVEN)} {writer.surname()}",
            "published": writer.date(),
            "language": "en",
            "sha256": f"{rng.getrandbits(256):064x}",
        }
        for number in range(count)
    ]


#: Predicates whose value is an entity, and the pool it is drawn from.
_ENTITY_POOLS = {
    Predicate.CAST_MEMBER: "person",
    Predicate.DIRECTOR: "person",
    Predicate.SCREENWRITER: "person",
    Predicate.PRODUCER: "person",
    Predicate.NOTABLE_WORK: "film",
    Predicate.PRESENT_IN_WORK: "film",
    Predicate.FOLLOWED_BY: "film",
    Predicate.DISTRIBUTOR: "org",
    Predicate.MEMBER_OF: "org",
    Predicate.PART_OF_SERIES: "film",
    Predicate.STUDENT_OF: "character",
}
#: Predicates whose value is one of a few texts.
_TEXT_CHOICES = {
    Predicate.GENRE: _GENRES,
    Predicate.OCCUPATION: _OCCUPATIONS,
    Predicate.PRODUCTION_STATUS: ("planned", "greenlit", "filming", "wrapped"),
}


def _value(writer: _Writer, predicate: Predicate, pools: dict[str, list[str]]) -> tuple[Json, Json]:
    """A claim value for ``predicate`` and the qualifiers that go with it."""
    rng = writer.rng
    qualifiers: Json = {}
    pool = _ENTITY_POOLS.get(predicate)
    if pool is not None:
        if predicate is Predicate.CAST_MEMBER and rng.random() < 0.6:
            qualifiers["character"] = rng.choice(pools["character"])
        return {"type": "entity", "id": rng.choice(pools[pool])}, qualifiers
    if predicate in (Predicate.RELEASE_DATE, Predicate.DATE_OF_DEATH):
        if predicate is Predicate.RELEASE_DATE and rng.random() < 0.5:
            qualifiers["medium"] = rng.choice(("theatrical", "streaming"))
            qualifiers["status"] = rng.choice(("scheduled", "released", "announced"))
        return {"type": "date", "date": writer.date()}, qualifiers
    if predicate.unit is not None:
        if "region" in predicate.qualifiers and rng.random() < 0.5:
            qualifiers["region"] = rng.choice(("worldwide", "domestic", "South Korea"))
        amount = rng.randint(1, 900) * 10 ** rng.randint(0, 6)
        bound = rng.choice(("exact", "at_least", "about"))
        value = {
            "type": "quantity",
            "amount": str(amount),
            "unit": rng.choice(_UNITS[predicate.unit]),
        }
        return {**value, "bound": bound}, qualifiers
    if predicate is Predicate.TITLE:
        qualifiers["title_kind"] = rng.choice(("title", "alternative_title", "working_title"))
        return {"type": "text", "text": writer.words(_TITLE_WORDS, 1, 4)}, qualifiers
    if predicate is Predicate.PRODUCTION_STATUS:
        qualifiers["status"] = rng.choice(("reported", "announced", "expected"))
        if rng.random() < 0.3:
            qualifiers["date"] = writer.date()
    texts = _TEXT_CHOICES.get(predicate)
    if texts is not None:
        return {"type": "text", "text": rng.choice(texts)}, qualifiers
    return {"type": "text", "text": writer.words(_PROSE, 3, 14)}, qualifiers  # plot, names


def _claims(writer: _Writer, count: int, pools: dict[str, list[str]], sources: int) -> list[Json]:
    rng = writer.rng
    predicates = {
        "film": tuple(zip(*_FILM_PREDICATES, strict=True)),
        "person": tuple(zip(*_PERSON_PREDICATES, strict=True)),
        "character": tuple(zip(*_CHARACTER_PREDICATES, strict=True)),
    }
    kinds = rng.choices(_SUBJECT_KINDS, weights=_SUBJECT_WEIGHTS, k=count)
    claims = []
    for number, kind in enumerate(kinds):
        choices, weights = predicates[kind]
        predicate: Predicate = rng.choices(choices, weights=weights)[0]
        subject = rng.choice(pools[kind])
        value, qualifiers = _value(writer, predicate, pools)
        while value.get("id") == subject:  # no entity is related to itself
            value, qualifiers = _value(writer, predicate, pools)
        quote = writer.words(_PROSE, 4, 14)
        start = rng.randint(0, 20_000)
        source = number * sources // count  # each source's claims are contiguous, as shipped
        claim: Json = {
            "id": f"{source:05d}-{number:07d}",
            "subject": subject,
            "predicate": predicate.value,
            "value": value,
            "source": pools["source"][source],
            "evidence": {
                "quote": quote,
                "start": start,
                "end": start + len(quote),
                "prefix": writer.words(_PROSE, 4, 6)[-32:],
                "suffix": writer.words(_PROSE, 4, 6)[:32],
            },
        }
        if qualifiers:
            claim["qualifiers"] = qualifiers
        if rng.random() < 0.5:
            claim["note"] = writer.words(_PROSE, 4, 12)
        claims.append(claim)
    return claims


def generate_data(n: int, seed: int = 0, *, texts: bool = False) -> Json:
    """A JSON-ready catalog document with ``n`` claims; the same seed gives the same one.

    With ``texts``, each source has a text, its claims' prefixes, quotes and suffixes one
    after another, with the sha256 and offsets that go with it, so that every quote is
    where its evidence says (the values are still random: most break a rule of the data)."""
    if n < 1:
        msg = f"need at least one claim: {n}"
        raise ValueError(msg)
    writer = _Writer(random.Random(seed))
    counts = sizes(n)
    sources = _sources(writer, counts.sources)
    films = _films(writer, counts.films)
    people = _named(writer, "person", counts.people, people=True)
    characters = _named(writer, "character", counts.characters, people=False)
    organizations = _named(writer, "org", counts.organizations, people=False)
    pools = {
        "source": [s["id"] for s in sources],
        "film": [f["id"] for f in films if f["kind"] != "franchise"],
        "person": [p["id"] for p in people],
        "character": [c["id"] for c in characters],
        "org": [o["id"] for o in organizations],
    }
    claims = _claims(writer, n, pools, counts.sources)
    return {
        "format_version": 1,
        "sources": sources,
        "films": films,
        "people": people,
        "characters": characters,
        "organizations": organizations,
        "claims": claims,
        "texts": _texts(sources, claims) if texts else {},
    }


def _texts(sources: list[Json], claims: list[Json]) -> dict[str, str]:
    """Each source's text, written from its claims' evidence, which is moved to match."""
    import hashlib

    parts: dict[str, list[str]] = {source["id"]: [] for source in sources}
    lengths = dict.fromkeys(parts, 0)
    for claim in claims:
        evidence = claim["evidence"]
        written = parts[claim["source"]]
        start = lengths[claim["source"]] + len(evidence["prefix"])
        evidence.update(start=start, end=start + len(evidence["quote"]))
        written.append(f"{evidence['prefix']}{evidence['quote']}{evidence['suffix']}")
        lengths[claim["source"]] += len(written[-1])
    texts = {source_id: "".join(written) for source_id, written in parts.items()}
    for source in sources:
        source["sha256"] = hashlib.sha256(texts[source["id"]].encode("utf-8")).hexdigest()
    return texts


class Records(NamedTuple):
    """A catalog's records, as ``Catalog(**records._asdict())`` takes them."""

    sources: tuple[Source, ...]
    films: tuple[Film, ...]
    people: tuple[Person, ...]
    characters: tuple[Character, ...]
    organizations: tuple[Organization, ...]
    claims: tuple[Claim, ...]

    def catalog(self) -> Catalog:
        """Build (and index) the catalog of these records."""
        return Catalog(**self._asdict())


def build_records(data: Json) -> Records:
    """The records of a generated document, built by the library's converter."""
    built = Catalog.from_json(json.dumps(data))
    return Records(**{field: getattr(built, field) for field in Records._fields})


def generate_records(n: int, seed: int = 0) -> Records:
    """The records of ``generate_data(n, seed)``."""
    return build_records(generate_data(n, seed))


def check(n: int, seed: int = 0) -> None:
    """Check that the document, its records and its JSON text are one and the same catalog.

    Raises:
        AssertionError: they differ.
    """
    data = generate_data(n, seed)
    assert data == generate_data(n, seed), "not deterministic"
    built = build_records(data).catalog()
    for field in Records._fields:
        assert len(getattr(built, field)) == len(data[field]), f"{field} lost records"
    assert len(built.claims) == n, "not n claims"
    assert Catalog.from_json(built.to_json()) == built, "to_json does not round-trip"
    found = {film.id for film in built.films_titled("Ballerina")}
    assert {"film/ballerina-2023", "film/ballerina-2024"} <= found, "no Ballerina films"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=int, help="how many claims")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output", type=Path, help="write the catalog JSON here (default: -)")
    parser.add_argument("--check", action="store_true", help="check the generator and exit")
    args = parser.parse_args(argv)
    if args.check:
        check(args.claims, args.seed)
        print(f"ok: {sizes(args.claims)}")
        return 0
    text = json.dumps(generate_data(args.claims, args.seed), ensure_ascii=False)
    if args.output is None:
        sys.stdout.write(text + "\n")
    else:
        args.output.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
