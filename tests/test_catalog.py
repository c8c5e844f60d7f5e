"""Catalog construction, lookups and queries, on the shipped data and on generated catalogs."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ballerina_data as bd
from ballerina_data import Catalog, EntityRef, IntegrityError, NotFoundError, Predicate
from ballerina_data._normalize import normalize
from each_case import each
from strategies import RECORDS, catalogs, share_of_examples


class TestFilmsTitled:
    def test_ballerina_gives_both_films_in_year_order(self) -> None:
        assert ["film/ballerina-2023", "film/ballerina-2024"] == [
            film.id for film in bd.films_titled("Ballerina")
        ]

    @each(
        "title",
        [
            "John Wick: Ballerina",
            "john wick ballerina",
            "JOHN  WICK \u2013  BALLERINA",
        ],
    )
    def test_aliases_and_spelling_variants_give_the_spin_off(self, title: str) -> None:
        assert ["film/ballerina-2024"] == [film.id for film in bd.films_titled(title)]

    def test_year_filter(self) -> None:
        assert ["film/ballerina-2024"] == [f.id for f in bd.films_titled("Ballerina", year=2024)]
        assert () == bd.films_titled("Ballerina", year=1999)

    def test_john_wick_is_the_2014_film_only(self) -> None:
        assert ["film/john-wick"] == [film.id for film in bd.films_titled("John Wick")]

    def test_parabellum_by_its_long_title_and_short_ones(self) -> None:
        for title in ("John Wick: Chapter 3 - Parabellum", "John Wick 3", "parabellum"):
            assert ["film/john-wick-chapter-3-parabellum"] == [
                film.id for film in bd.films_titled(title)
            ]

    def test_no_substring_matches(self) -> None:
        assert () == bd.films_titled("Ballerin")
        assert () == bd.films_titled("Swan Lake")

    def test_empty_title_is_an_error(self) -> None:
        with pytest.raises(bd.InvalidQueryError, match="empty"):
            bd.films_titled("  ")


class TestLookups:
    def test_unknown_id_suggests_close_ids(self) -> None:
        with pytest.raises(NotFoundError, match="did you mean 'film/ballerina-2024'"):
            bd.film("film/ballerina-2042")

    def test_a_name_instead_of_an_id_suggests_the_ids(self) -> None:
        with pytest.raises(NotFoundError, match="'person/ana-de-armas'"):
            bd.person("Ana de Armas")

    def test_not_found_is_a_key_error_with_a_plain_message(self) -> None:
        with pytest.raises(KeyError) as info:
            bd.character("character/nobody")
        assert str(info.value).startswith("no character with id 'character/nobody'")

    def test_wrong_kind_of_id_is_not_found(self) -> None:
        with pytest.raises(NotFoundError):
            bd.film("person/keanu-reeves")

    def test_people_named_with_spelling_variant(self) -> None:
        assert ("person/jeon-jong-seo",) == tuple(p.id for p in bd.people_named("Jun Jong-seo"))

    def test_characters_named_by_alias(self) -> None:
        assert ("character/john-wick",) == tuple(c.id for c in bd.characters_named("Wick"))


class TestCredits:
    def test_spin_off_cast_has_characters_and_sources(self) -> None:
        credits = {
            (c.person.name, c.character.name if c.character else None): c.sources
            for c in bd.cast("film/ballerina-2024")
        }
        assert "001_6c364232822f7c4e" in credits[("Ana de Armas", "Rooney")]
        assert "002_931d319819c48c06" in credits[("Ian McShane", "Winston Scott")]
        assert "001_6c364232822f7c4e" in credits[("Lance Reddick", "Charon")]
        assert "003_349a1c946c35db56" in credits[("Norman Reedus", "Daniel Pine")]

    def test_every_credit_claim_supports_the_credit(self) -> None:
        for credit in bd.cast("film/ballerina-2024"):
            for claim in credit.claims:
                assert claim.value == bd.EntityRef(id=credit.person.id)
                assert claim.subject == "film/ballerina-2024"

    @each("film", ["film/ballerina-2023", "film/ballerina-2024", "film/john-wick-chapter-4"])
    def test_cast_is_one_credit_per_person_and_character_with_every_claim(self, film: str) -> None:
        catalog = Catalog.default()
        credits = catalog.cast(film)
        pairs = [(c.person.id, c.character.id if c.character else None) for c in credits]
        assert len(set(pairs)) == len(pairs)
        claims = [c for c in catalog.claims_about(film, "cast_member") if c.subject == film]
        named = {(c.value.id, c.qualifiers.character) for c in claims if c.qualifiers.character}  # type: ignore[union-attr]
        # A person named as a character has no credit without one; every claim is in a credit.
        assert not {person for person, character in pairs if character is None} & {
            person for person, _ in named
        }
        assert {c.id for c in claims} == {c.id for credit in credits for c in credit.claims}
        merged = {
            (m.person, m.characters[0].character if m.characters else None): set(m.sources)
            for m in catalog.about(film).credits
            if m.role is Predicate.CAST_MEMBER and len(m.characters) <= 1
        }
        for credit in credits:
            key = (credit.person.id, credit.character.id if credit.character else None)
            assert set(credit.sources) == merged[key]  # as about() merges them
            assert all(c.qualifiers.character == key[1] for c in credit.character_claims)
            assert bool(credit.character_claims) is (key[1] is not None)

    def test_crew_by_role(self) -> None:
        writers = {c.person.name for c in bd.crew("film/ballerina-2024", Predicate.SCREENWRITER)}
        assert {"Len Wiseman", "Shay Hatten", "Emerald Fennell"} == writers

    def test_crew_rejects_a_non_crew_role(self) -> None:
        with pytest.raises(bd.InvalidQueryError, match="role must be one of"):
            bd.crew("film/ballerina-2024", Predicate.GENRE)

    def test_filmography_of_len_wiseman(self) -> None:
        credits = {(c.film.id, c.role) for c in bd.filmography("person/len-wiseman")}
        assert ("film/ballerina-2024", Predicate.DIRECTOR) in credits
        assert ("film/ballerina-2024", Predicate.SCREENWRITER) in credits
        assert ("franchise/underworld", Predicate.NOTABLE_WORK) in credits

    def test_filmography_accepts_a_record(self) -> None:
        person = bd.person("person/chung-hyun-lee")
        assert bd.filmography(person) == bd.filmography(person.id)


class TestFactsAndDisagreements:
    def test_facts_group_claims_by_value(self) -> None:
        (fact,) = [
            f
            for f in bd.facts("film/ballerina-2024", Predicate.DIRECTOR)
            if f.value == bd.EntityRef(id="person/len-wiseman")
        ]
        assert len(fact.sources) >= 3
        assert all(claim.value == fact.value for claim in fact.claims)

    @each("superseded", [False, True])
    def test_a_source_that_dropped_a_value_does_not_lead_it(
        self, catalog: Catalog, superseded: bool
    ) -> None:
        # Reported: "cut the budget from $100 million to $90 million" put the dropped
        # $100 million first in facts(), its source counted for it.
        scheduled = next(
            c
            for c in catalog.claims
            if c.subject == "film/ballerina-2024"
            and c.predicate is Predicate.RELEASE_DATE
            and str(c.value) == "2024-06-07"
        )
        other, third = [s.id for s in catalog.sources if s.id != scheduled.source][:2]
        status = bd.Status.SUPERSEDED if superseded else bd.Status.SCHEDULED
        dropped = attrs.evolve(
            scheduled, id="x-1", source=other, qualifiers=bd.Qualifiers(status=status)
        )
        later = bd.DateValue(date=bd.PartialDate(year=2025, month=6, day=6))
        new = [
            attrs.evolve(scheduled, id=f"x-{n}", source=s, value=later)
            for n, s in enumerate((other, third), 2)
        ]
        changed = attrs.evolve(catalog, claims=(scheduled, dropped, *new))
        facts = changed.facts("film/ballerina-2024", Predicate.RELEASE_DATE)
        # Two sources each; but one of the first value's gives it as the one dropped.
        assert str(facts[0].value) == ("2025-06-06" if superseded else "2024-06-07")
        assert len(facts[1 if superseded else 0].sources) == 2

    def test_disagreement_shows_both_sides_with_quotes(self) -> None:
        (found,) = bd.disagreements("person/lance-reddick", relation="refinement")
        by_source = {claim.source: claim for fact in found.facts for claim in fact.claims}
        assert "this spring" in by_source["000_352b652a736a487c"].evidence.quote
        assert "March 2023" in by_source["002_931d319819c48c06"].evidence.quote

    def test_no_disagreement_where_a_single_source_speaks(self) -> None:
        assert () == bd.disagreements("character/choi")


class TestConstruction:
    def test_dangling_reference_is_rejected(self, catalog: Catalog) -> None:
        claim = attrs.evolve(catalog.claims[0], subject="film/nowhere")
        with pytest.raises(IntegrityError, match="unknown subject 'film/nowhere'"):
            attrs.evolve(catalog, claims=(*catalog.claims, attrs.evolve(claim, id="x-1")))

    def test_duplicate_ids_are_rejected(self, catalog: Catalog) -> None:
        first = catalog.films[0]
        with pytest.raises(IntegrityError, match=f"duplicate entity id '{first.id}'"):
            attrs.evolve(catalog, films=(*catalog.films, first))

    def test_ids_given_again_are_counted_and_the_first_few_named(self, catalog: Catalog) -> None:
        # Before: a copy of the whole catalog listed every id given again, each with its
        # position, in one line of several kB (20 of them, the rest not even counted).
        films, claims = catalog.films, catalog.claims
        with pytest.raises(IntegrityError) as info:
            attrs.evolve(catalog, films=films * 2, sources=catalog.sources * 2, claims=claims * 2)
        first_ids = ", ".join(repr(film.id) for film in films[:3])
        assert info.value.problems == (
            f"{len(films)} duplicate entity ids: {first_ids}, ... @ $.films[{len(films)}]",
            f"{len(catalog.sources)} duplicate source ids: "
            f"{', '.join(repr(s.id) for s in catalog.sources[:3])}, ... @ $.sources[5]",
            f"{len(claims)} duplicate claim ids: "
            f"{', '.join(repr(c.id) for c in claims[:3])}, ... @ $.claims[{len(claims)}]",
        )
        assert len(str(info.value)) < 400
        with pytest.raises(IntegrityError) as info:
            attrs.evolve(catalog, films=(*films, *films[:2]))
        assert info.value.problems == (
            f"2 duplicate entity ids: {first_ids.rpartition(', ')[0]} @ $.films[{len(films)}]",
        )
        # Reported: 100,000 copies of one claim listed its id three times and "...".
        with pytest.raises(IntegrityError) as info:
            attrs.evolve(catalog, claims=(*claims, *(claims[0],) * 1000))
        assert info.value.problems == (
            f"1000 duplicate claim ids (of 1 distinct): {claims[0].id!r} @ $.claims[{len(claims)}]",
        )

    def test_merge_rejects_conflicting_records_and_leaves_inputs_alone(
        self, catalog: Catalog
    ) -> None:
        changed = attrs.evolve(catalog.films[0], title="Something else")
        other = Catalog(films=(changed,))
        before = catalog.to_json()
        with pytest.raises(IntegrityError, match="conflicting records"):
            catalog.merge(other)
        assert before == catalog.to_json()
        assert changed == other.films[0]

    def test_merge_takes_the_record_with_more_aliases_and_refuses_other_differences(
        self, catalog: Catalog
    ) -> None:
        # Reported: a new title of a known work could not be added by a new source, as the
        # record with the new alias conflicted with the catalog's.
        film = catalog.film("film/ballerina-2024")
        alias = bd.Alias(name="Ballerina: Chapter Zero")
        longer = attrs.evolve(film, aliases=(*film.aliases, alias))
        for merged in (
            catalog.merge(Catalog(films=(longer,))),
            Catalog(films=(longer,)).merge(catalog),
        ):
            assert longer == merged.film(film.id)
            assert len(catalog.films) == len(merged.films)
        # In the place of this catalog's record: the order of its records is kept.
        assert catalog.films.index(film) == catalog.merge(Catalog(films=(longer,))).films.index(
            longer
        )
        refused = (
            attrs.evolve(film, aliases=(alias, *film.aliases)),  # not after the catalog's
            attrs.evolve(film, aliases=(alias,)),  # one of the catalog's left out
            attrs.evolve(longer, year=2025),  # another field too
        )
        for record in refused:
            with pytest.raises(IntegrityError, match="conflicting records"):
                catalog.merge(Catalog(films=(record,)))

    def test_catalog_is_immutable(self, catalog: Catalog) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            catalog.claims = ()  # type: ignore[misc]
        with pytest.raises(TypeError):
            catalog.texts["x"] = "y"  # type: ignore[index]

    def test_default_is_cached(self) -> None:
        assert Catalog.default() is Catalog.default()

    def test_shipped_catalog_round_trips_through_json(self, catalog: Catalog) -> None:
        assert catalog == Catalog.from_json(catalog.to_json())

    def test_a_catalog_pickles_and_deep_copies_to_an_equal_working_one(
        self, catalog: Catalog
    ) -> None:
        # Reported: pickle.dumps and copy.deepcopy raised "cannot pickle 'mappingproxy'",
        # so no catalog could be passed to a process pool.
        import copy
        import pickle

        catalog.search("Ballerina")  # a built search index is not pickled, but built again
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(catalog, protocol=protocol))
            assert again == catalog
            assert again is not catalog
        for copied in (pickle.loads(pickle.dumps(catalog)), copy.deepcopy(catalog)):
            assert copied == catalog
            assert copied.texts == catalog.texts
            with pytest.raises(TypeError):
                copied.texts["x"] = "y"  # type: ignore[index]  # still read-only
            assert [m.entity.id for m in copied.search("Balerina")] == [
                m.entity.id for m in catalog.search("Balerina")
            ]
            assert copied.about("film/ballerina-2024") == catalog.about("film/ballerina-2024")


# Generating a catalog costs far more than checking it: each generated catalog is checked for
# every property at once.
@share_of_examples(50)
@given(catalogs(), st.data())
def test_generated_catalogs_round_trip_merge_and_answer_their_lookups(
    catalog: Catalog, data: st.DataObject
) -> None:
    _every_entity_is_found_by_each_of_its_names(catalog)
    assert catalog == catalog.merge(catalog)  # merging with itself is idempotent
    assert catalog == Catalog.from_json(catalog.to_json())
    claim = data.draw(st.sampled_from(catalog.claims))
    assert claim in catalog.claims_about(claim.subject)
    assert claim in catalog.claims_from(claim.source)


def _every_entity_is_found_by_each_of_its_names(catalog: Catalog) -> None:
    lookups: list[tuple[Any, Any]] = [
        *((film, catalog.films_titled) for film in catalog.films),
        *((person, catalog.people_named) for person in catalog.people),
        *((character, catalog.characters_named) for character in catalog.characters),
        *((org, catalog.organizations_named) for org in catalog.organizations),
    ]
    for entity, lookup in lookups:
        for name in entity.names:
            if normalize(name):
                assert entity in lookup(name)
            else:  # nothing to look up: no letters or digits
                with pytest.raises(bd.InvalidQueryError, match="empty"):
                    lookup(name)


def test_every_public_record_type_is_frozen(catalog: Catalog) -> None:
    disagreement = catalog.disagreements(relation=None)[0]
    profile = catalog.about("film/ballerina-2024")
    statement = profile.statement("release_date")
    assert statement is not None
    credit = next(credit for credit in profile.credits if credit.characters)
    instances: list[Any] = [
        profile,
        statement,
        statement.preferred[0],
        credit,
        credit.characters[0],
        catalog,
        catalog.cast("film/ballerina-2024")[0],
        disagreement,
        disagreement.facts[0],
        bd.Problem(where="x", message="y"),
        catalog.search("Ballerina")[0],
        catalog.timeline("film/ballerina-2024")[0],
    ]
    for instance in instances:
        field = attrs.fields(type(instance))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(instance, field, getattr(instance, field))
    public_classes = {
        value
        for name in bd.__all__
        if attrs.has(value := getattr(bd, name)) and isinstance(value, type)
    }
    assert public_classes == set(RECORDS) | {type(i) for i in instances}


class TestArguments:
    def test_lookups_take_a_record_or_its_id(self) -> None:
        film = bd.film("film/ballerina-2024")
        assert film is bd.film(film)
        assert bd.person("person/len-wiseman") is bd.person(bd.person("person/len-wiseman"))
        assert bd.entity(film) is film

    def test_predicates_may_be_given_by_value(self) -> None:
        assert bd.facts("film/ballerina-2024", "release_date") == bd.facts(
            "film/ballerina-2024", Predicate.RELEASE_DATE
        )
        assert bd.crew("film/ballerina-2024", "director") == bd.crew(
            "film/ballerina-2024", Predicate.DIRECTOR
        )

    def test_unknown_predicate_value_suggests_one(self) -> None:
        with pytest.raises(bd.InvalidQueryError, match="did you mean 'release_date'"):
            bd.facts("film/ballerina-2024", "release_dat")

    @each(
        "call",
        [
            lambda: bd.films_titled(bd.film("film/ballerina-2024")),  # type: ignore[arg-type]
            lambda: bd.films_titled("Ballerina", year="2024"),  # type: ignore[arg-type]
            lambda: bd.film(None),  # type: ignore[arg-type]
            lambda: bd.claims_about(42),  # type: ignore[arg-type]
            lambda: bd.facts("film/ballerina-2024", 42),  # type: ignore[arg-type]
        ],
    )
    def test_wrong_types_raise_type_error(self, call: Any) -> None:
        with pytest.raises(TypeError, match=r"expected|must be"):
            call()

    def test_catalog_keeps_tuples_of_given_lists(self, catalog: Catalog) -> None:
        films = list(catalog.films)
        copy = Catalog(films=films)
        films.clear()
        assert catalog.films == copy.films


def test_as_of_text_that_is_no_date_is_a_query_error() -> None:
    with pytest.raises(bd.InvalidQueryError, match="not an EDTF date"):
        Catalog.default().as_of("garbage")


def test_as_of_a_datetime_is_as_of_its_day() -> None:
    # Reported: as_of(datetime.datetime(...)) raised TypeError, though a datetime is a date.
    import datetime

    catalog = Catalog.default()
    moment = datetime.datetime(2024, 1, 1, 23, 59)
    assert catalog.as_of(moment).claims == catalog.as_of(moment.date()).claims


def test_an_ambiguous_name_lists_the_first_candidates_and_counts_the_rest() -> None:
    # Reported: 50,000 people of one name made a 1 MB one-line error.
    catalog = Catalog.default()
    people = tuple(bd.Person(id=f"person/x{n}", name="Jun Jong-seo") for n in range(100))
    crowded = Catalog(
        films=catalog.films,
        people=(*catalog.people, *people),
        characters=catalog.characters,
        organizations=catalog.organizations,
        sources=catalog.sources,
        texts=catalog.texts,
        claims=catalog.claims,
    )
    with pytest.raises(bd.AmbiguousNameError, match=r"names 101 entities: .* and 81 more; ") as e:
        crowded.lookup("Jun Jong-seo")
    assert len(e.value.candidates) == 101
    assert len(str(e.value)) < 1000


def test_a_claims_entity_value_looks_its_entity_up() -> None:
    catalog = Catalog.default()
    refs = {c.value.id: c.value for c in catalog.claims if isinstance(c.value, EntityRef)}
    assert len(refs) > 20
    for entity_id, ref in refs.items():
        assert catalog.entity(ref) is catalog.entity(entity_id)
        assert catalog.about(ref).entity.id == entity_id
    ana = EntityRef(id="person/ana-de-armas")
    assert catalog.person(ana).name == "Ana de Armas"
    assert catalog.filmography(ana) == catalog.filmography("person/ana-de-armas")


def test_a_suggestion_says_what_an_entity_is_in_words() -> None:
    # Reported: "did you mean ... unspecified 'No Time to Die'", the kind's name.
    with pytest.raises(NotFoundError) as info:
        Catalog.default().lookup("de Armas")
    assert "person 'Ana de Armas' (person/ana-de-armas)" in str(info.value)
    assert "work 'No Time to Die' (film/no-time-to-die)" in str(info.value)
    assert "unspecified" not in str(info.value)


def test_a_suggestion_is_of_the_kind_asked_for() -> None:
    # Reported: `person "Jane Roe"` suggested the character Jang Ok-ju, which `person`
    # then refused, by id and by name.
    catalog = Catalog.default()
    with pytest.raises(NotFoundError) as info:
        catalog.lookup("Jane Roe", kind="person")
    assert "character" not in str(info.value)
    with pytest.raises(NotFoundError) as info:
        catalog.lookup("Keanu Reves", kind="person")
    assert "person 'Keanu Reeves' (person/keanu-reeves)" in str(info.value)
    # The whole name of another kind is still told: the user asked for the wrong kind.
    with pytest.raises(NotFoundError, match="'Rooney' is a character: character/rooney"):
        catalog.lookup("Rooney", kind="person")


def test_source_ids_that_differ_only_in_case_are_refused() -> None:
    # Reported: S1 and s1 were taken, and their texts and pages would be one file on a
    # case-insensitive file system (macOS, Windows).
    import hashlib

    import ballerina_data as bd

    digest = hashlib.sha256(b"x").hexdigest()
    sources = tuple(bd.Source(id=i, sha256=digest) for i in ("S1", "s2", "s1"))
    with pytest.raises(IntegrityError, match=r"'s1' differs from 'S1' only in case.*\[2\]"):
        Catalog(sources=sources, texts=dict.fromkeys(("S1", "s2", "s1"), "x"))


def test_an_open_end_holds_a_source_of_winter_9999() -> None:
    # Reported: as_of("2020/..") left out a source of 9999-24, whose last day is in 10000.
    import hashlib

    import ballerina_data as bd

    source = bd.Source(
        id="late",
        published=bd.PartialDate.parse("9999-24"),
        published_note="made up",
        sha256=hashlib.sha256(b"x").hexdigest(),
    )
    catalog = Catalog(sources=(source,), texts={"late": "x"})
    last_day = source.published.last_day if source.published is not None else None
    assert last_day is not None
    assert last_day > (9999, 12, 31)
    for end in ("2020/..", "9999-24/..", "9999-24"):
        assert (source,) == catalog.as_of(end).sources, end


@each(
    "saved_again",
    [
        lambda text: text,
        lambda text: text.replace("\n", "\r\n"),
        lambda text: text + "\n\n",
        lambda text: text.replace(" ", "\u00a0", 1),
        lambda text: "  " + text.replace(". ", ".  "),
    ],
    ids=["as-is", "crlf", "final-newlines", "no-break-space", "spaces"],
)
def test_two_sources_of_one_text_are_refused_naming_both(
    saved_again: Callable[[str], str],
) -> None:
    # Reported: a copy of a shipped text under a new id, with a claim of its own, made the
    # one article count as two sources in every answer; then, the same article saved
    # again with CRLF line ends, a final newline or a no-break space still did.
    shipped = Catalog.default()
    document = json.loads(shipped.to_json())
    original = document["sources"][-1]["id"]
    claim = next(c for c in document["claims"] if c["source"] == original)
    document["sources"].append({**document["sources"][-1], "id": "copy"})
    document["claims"].append({**claim, "id": "copy-1", "source": "copy"})
    document["texts"]["copy"] = saved_again(document["texts"][original])
    with pytest.raises(
        bd.IntegrityError,
        match=rf"^source 'copy' has the text of source '{original}': one document is one"
        rf" source; give its claims to '{original}' @ \$\.sources\[{len(shipped.sources)}\]$",
    ):
        Catalog.from_json(json.dumps(document))


def test_a_catalogs_problems_are_found_once() -> None:
    # A catalog never changes: a second verify returns what the first found, unchanged.
    catalog = Catalog.default()
    first = catalog.verify()
    assert first is catalog.verify()
    reordered = attrs.evolve(catalog, films=catalog.films[1:] + catalog.films[:1])
    assert first == reordered.verify()  # another catalog of the same records: the same answer
