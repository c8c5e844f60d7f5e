"""The data under test (the shipped data, or the folder BALLERINA_DATA_DIR names): its
sources, its evidence, its coverage. Tests named ``shipped`` check what holds only for the
five original sources; every other test holds for any source added to the data."""

from __future__ import annotations

import attrs
import pytest

import ballerina_data as bd
from ballerina_data import Catalog, EntityRef, Predicate, _rules
from catalog_under_test import SEEDS, catalog_under_test, data_folder, original_source_ids

SHARED_SEEDS = SEEDS.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return catalog_under_test()


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside this repo")
def test_shipped_seeds_are_the_five_originals_byte_for_byte() -> None:
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.glob("*.txt")}
    ours = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    assert shared == ours
    assert len(ours) == 5


def test_every_text_is_an_original_or_a_text_of_the_data_folder(catalog: Catalog) -> None:
    # An added source's text is a file of the data folder's texts/; an original's is in
    # seeds/ only, so that no data folder replaces it.
    added = {path.stem for path in (data_folder() / "texts").glob("*.txt")}
    originals = set(original_source_ids())
    sources = {source.id for source in catalog.sources}
    assert set() == added & originals
    assert set() == sources - added - originals
    assert originals <= sources


def test_the_data_verifies(catalog: Catalog) -> None:
    assert () == catalog.verify()


def test_shipped_sources_contribute_at_least_20_claims_each(catalog: Catalog) -> None:
    counts = {source: len(catalog.claims_from(source)) for source in original_source_ids()}
    print("claims per source:", counts)
    assert all(count >= 20 for count in counts.values()), counts


def test_every_quote_is_exactly_at_its_offsets(catalog: Catalog) -> None:
    for claim in catalog.claims:
        text = catalog.text(claim.source)
        evidence = claim.evidence
        assert evidence.quote == text[evidence.start : evidence.end], claim.id
        assert text[: evidence.start].endswith(evidence.prefix), claim.id
        assert text[evidence.end :].startswith(evidence.suffix), claim.id


def test_each_claims_file_holds_its_sources_claims_in_id_order(catalog: Catalog) -> None:
    # The layout the curation workflow writes, so that rebuilding a source reproduces its
    # file byte for byte (see the how-to "Add a source").
    for source in catalog.sources:
        ids = [claim.id for claim in catalog.claims_from(source.id)]
        assert sorted(ids) == ids, source.id


def test_every_data_file_is_in_the_layout_curate_writes(catalog: Catalog) -> None:
    # Written back from its records, each file is the same bytes: `curate --into` changes
    # only the lines of what it adds.
    from ballerina_data import curate

    folder = data_folder()
    files = {
        name: (folder / name).read_text(encoding="utf-8")
        for name in ("sources.json", "entities.json")
    }
    sections = {s: sorted(getattr(catalog, s), key=lambda e: e.id) for s in curate._SECTIONS}
    assert files["entities.json"] == curate._entities_file(sections)
    from ballerina_data._convert import unstructure
    from ballerina_data._format import dump_records

    assert files["sources.json"] == dump_records(unstructure(catalog.sources))
    for source in catalog.sources:
        claims_file = (folder / "claims" / f"{source.id}.json").read_text(encoding="utf-8")
        assert claims_file == curate._source_files(catalog)[f"claims/{source.id}.json"]


def test_shipped_quotes_keep_the_typography_of_their_sources(catalog: Catalog) -> None:
    quotes = "".join(claim.evidence.quote for claim in catalog.claims)
    for character in "\u2019\u2013":  # curly apostrophe, en dash
        assert character in quotes


def test_the_two_ballerinas_are_distinct_entities(catalog: Catalog) -> None:
    spin_off, korean = catalog.film("film/ballerina-2024"), catalog.film("film/ballerina-2023")
    assert spin_off.title == korean.title == "Ballerina"
    assert "John Wick: Ballerina" in spin_off.names
    different = catalog.claims_about(korean, Predicate.DIFFERENT_FROM)
    assert {"film/ballerina-2024"} == {claim.value.id for claim in different}  # type: ignore[union-attr]


OFF_TOPIC = ("Wayne Rooney", "Kanye", "Kardashian", "Tom Brady", "Ballesteros", "Kelly Somers")


def test_off_topic_people_appear_nowhere(catalog: Catalog) -> None:
    data = catalog.to_json()
    # The source texts themselves are in the JSON; every other field must not name them.
    texts_removed = attrs.evolve(catalog, texts={}).to_json()
    assert all(name in data for name in ("Kanye", "Tom Brady"))
    for name in OFF_TOPIC:
        assert name not in texts_removed


def test_off_topic_part_of_source_003_has_no_claims(catalog: Catalog) -> None:
    text = catalog.text("003_349a1c946c35db56")
    off_topic_starts = text.index("Hashtags")
    for claim in catalog.claims_from("003_349a1c946c35db56"):
        assert claim.evidence.end <= off_topic_starts, claim.id


def _values(catalog: Catalog, subject: str, predicate: Predicate) -> dict[str, set[object]]:
    by_source: dict[str, set[object]] = {}
    for claim in catalog.claims_about(subject, predicate):
        if claim.subject == subject:
            by_source.setdefault(claim.source, set()).add(claim.value)
    return by_source


class TestCrossSourceDisagreements:
    def test_lance_reddick_died_this_spring_or_in_march(self, catalog: Catalog) -> None:
        dates = _values(catalog, "person/lance-reddick", Predicate.DATE_OF_DEATH)
        assert {bd.DateValue(date=bd.PartialDate.parse("2023-21"))} == dates["000_352b652a736a487c"]
        assert {bd.DateValue(date=bd.PartialDate.parse("2023-03"))} == dates["002_931d319819c48c06"]

    def test_winston_is_owner_or_manager(self, catalog: Catalog) -> None:
        roles = _values(catalog, "character/winston-scott", Predicate.OCCUPATION)
        assert bd.Text(text="hotel owner") in roles["000_352b652a736a487c"]
        assert (
            bd.Text(text="manager of the New York Continental Hotel")
            in roles["001_6c364232822f7c4e"]
        )

    def test_screenwriters_full_list_against_partial(self, catalog: Catalog) -> None:
        writers = _values(catalog, "film/ballerina-2024", Predicate.SCREENWRITER)
        ids = {s: {v.id for v in values} for s, values in writers.items()}  # type: ignore[attr-defined]
        assert {"person/len-wiseman", "person/shay-hatten", "person/emerald-fennell"} == ids[
            "001_6c364232822f7c4e"
        ]
        assert {"person/shay-hatten"} == ids["002_931d319819c48c06"]

    def test_reedus_role_undisclosed_then_named(self, catalog: Catalog) -> None:
        credits = [
            c for c in catalog.cast("film/ballerina-2024") if c.person.name == "Norman Reedus"
        ]
        # One credit: 003 names the part, 001 (and others) the casting without it.
        (credit,) = credits
        assert credit.character is not None
        assert "Daniel Pine" == credit.character.name
        assert {"001_6c364232822f7c4e", "003_349a1c946c35db56"} <= set(credit.sources)
        assert {"003_349a1c946c35db56"} == {c.source for c in credit.character_claims}

    def test_first_john_wick_directors(self, catalog: Catalog) -> None:
        # 001's "first instilled by John Wick's co-directors" are the first film's, the one
        # the article opens with ("In 2014, the world was introduced to John Wick"), not
        # directors of every film of the series. 002's "all four John Wick movies" is a
        # claim about each of the four.
        film = _values(catalog, "film/john-wick", Predicate.DIRECTOR)
        ids = {s: {v.id for v in values} for s, values in film.items()}  # type: ignore[attr-defined]
        assert {
            "001_6c364232822f7c4e": {"person/david-leitch", "person/chad-stahelski"},
            "002_931d319819c48c06": {"person/chad-stahelski"},
        } == ids
        franchise = _values(catalog, "franchise/john-wick", Predicate.DIRECTOR)
        assert "001_6c364232822f7c4e" not in franchise
        assert all(EntityRef(id="person/david-leitch") not in each for each in franchise.values())

    def test_stahelski_directed_each_of_the_four_films(self) -> None:
        # The acceptance of the "all four" rule: Chapter 2, which 002 never names.
        (credit,) = bd.crew("film/john-wick-chapter-2", bd.Predicate.DIRECTOR)
        assert credit.person.name == "Chad Stahelski"
        assert credit.sources == ("002_931d319819c48c06",)
        (claim,) = credit.claims
        assert claim.note is not None
        for title in ("John Wick: chapter 2", "Parabellum", "John Wick: Chapter 4", "001"):
            assert title in claim.note
        four = [c for c in bd.claims_from("002_931d319819c48c06") if c.evidence == claim.evidence]
        assert 4 == len({c.subject for c in four if c.predicate is Predicate.DIRECTOR})

    def test_library_tells_refinements_from_conflicts(self, catalog: Catalog) -> None:
        refined = {(d.subject, d.predicate) for d in catalog.disagreements(relation="refinement")}
        assert ("person/lance-reddick", Predicate.DATE_OF_DEATH) in refined
        assert ("character/winston-scott", Predicate.OCCUPATION) in refined
        assert ("film/ballerina-2024", Predicate.RELEASE_DATE) in refined
        # A fuller list of screenwriters is more, not other, writers: nothing to report.
        everything = {(d.subject, d.predicate) for d in catalog.disagreements(relation=None)}
        assert ("film/ballerina-2024", Predicate.SCREENWRITER) in everything
        assert ("film/ballerina-2024", Predicate.SCREENWRITER) not in refined


def test_every_dated_source_says_how_its_date_is_known(catalog: Catalog) -> None:
    breaches = {
        source.id: _rules.source_breaches(source, catalog.text(source))
        for source in catalog.sources
    }
    assert {} == {source: found for source, found in breaches.items() if found}
