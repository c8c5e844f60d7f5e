"""The shipped catalog: its sources, its evidence, its coverage."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import attrs
import pytest

import ballerina_data as bd
from ballerina_data import Catalog, Predicate

ROOT = Path(__file__).parent.parent
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.default()


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside this repo")
def test_seeds_are_byte_identical_to_shared() -> None:
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.glob("*.txt")}
    ours = {p.name: p.read_bytes() for p in (ROOT / "seeds").glob("*.txt")}
    assert shared == ours
    assert len(ours) == 5


def test_each_source_hash_matches_its_seed(catalog: Catalog) -> None:
    for source in catalog.sources:
        seed = (ROOT / "seeds" / f"{source.id}.txt").read_bytes()
        assert hashlib.sha256(seed).hexdigest() == source.sha256


def test_shipped_catalog_verifies(catalog: Catalog) -> None:
    assert () == catalog.verify()


def test_every_source_contributes_claims(catalog: Catalog) -> None:
    counts = {source.id: len(catalog.claims_from(source)) for source in catalog.sources}
    print("claims per source:", counts)
    assert all(count >= 20 for count in counts.values()), counts
    assert sum(counts.values()) >= 150


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
        assert all(i.startswith(source.id[:3] + "-") for i in ids), source.id


def test_typography_of_the_sources_is_kept(catalog: Catalog) -> None:
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
        by_character = {c.character.name if c.character else None: c.sources for c in credits}
        assert "001_6c364232822f7c4e" in by_character[None]
        assert ("003_349a1c946c35db56",) == by_character["Daniel Pine"]

    def test_first_john_wick_directors(self, catalog: Catalog) -> None:
        # 001 names the first film's co-directors; 002 says only that Stahelski "has
        # directed all four John Wick movies", without naming the first: a claim of the
        # franchise, kept apart from the film's.
        film = _values(catalog, "film/john-wick", Predicate.DIRECTOR)
        franchise = _values(catalog, "franchise/john-wick", Predicate.DIRECTOR)
        ids = {s: {v.id for v in values} for s, values in film.items()}  # type: ignore[attr-defined]
        assert {"001_6c364232822f7c4e": {"person/david-leitch", "person/chad-stahelski"}} == ids
        assert "002_931d319819c48c06" in franchise

    def test_library_tells_refinements_from_conflicts(self, catalog: Catalog) -> None:
        refined = {(d.subject, d.predicate) for d in catalog.disagreements(relation="refinement")}
        assert ("person/lance-reddick", Predicate.DATE_OF_DEATH) in refined
        assert ("character/winston-scott", Predicate.OCCUPATION) in refined
        assert ("film/ballerina-2024", Predicate.RELEASE_DATE) in refined
        # A fuller list of screenwriters is more, not other, writers: nothing to report.
        everything = {(d.subject, d.predicate) for d in catalog.disagreements(relation=None)}
        assert ("film/ballerina-2024", Predicate.SCREENWRITER) in everything
        assert ("film/ballerina-2024", Predicate.SCREENWRITER) not in refined


def test_inferred_dates_say_how(catalog: Catalog) -> None:
    for claim in catalog.claims:
        if claim.evidence.quote.endswith(("this spring", "last November", "Friday 6 October")):
            assert claim.note, claim.id
    for source in catalog.sources:
        assert source.published is not None
        assert source.published_note, source.id


def test_wheel_ships_texts_and_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ballerina_data/py.typed" in names
    seeds = {name for name in names if name.startswith("ballerina_data/seeds/")}
    assert {f"ballerina_data/seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")} == seeds
    assert "ballerina_data/data/entities.json" in names


def test_import_does_not_load_the_data() -> None:
    code = (
        "import sys, ballerina_data\n"
        "assert 'ballerina_data._format' in sys.modules\n"
        "assert 'cattrs' not in sys.modules, 'cattrs imported eagerly'\n"
        "from ballerina_data import _catalog\n"
        "assert _catalog._shipped.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_first_query_loads_once() -> None:
    code = (
        "import ballerina_data as bd\n"
        "from ballerina_data import _catalog, _format\n"
        "calls = []\n"
        "real = _format.shipped_records\n"
        "_format.shipped_records = lambda: calls.append(1) or real()\n"
        "bd.films_titled('Ballerina'); bd.films_titled('John Wick'); bd.film('film/john-wick')\n"
        "assert calls == [1] and _catalog._shipped.cache_info().currsize == 1, calls\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_shipped_text_that_cannot_be_read_fails_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from ballerina_data import _format

    def lost(source_id: str) -> str:
        raise FileNotFoundError(f"seeds/{source_id}.txt")

    monkeypatch.setattr(_format, "shipped_text", lost)
    with pytest.raises(
        bd.InvalidDataError, match=r"shipped text of source '000_.*' cannot be read"
    ):
        _format.shipped_records()


def test_the_trusted_path_builds_what_the_strict_converter_builds() -> None:
    from ballerina_data import _format

    trusted = _format.shipped_records()
    strict = _format.shipped_records(strict=True)
    assert strict == trusted
    assert Catalog(**strict) == Catalog(**trusted)


def test_the_trusted_path_leaves_bad_data_to_the_strict_converter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ballerina_data import _format

    real = _format._resource

    def tampered(name: str) -> bytes:
        data = real(name)
        return data.replace(b'"predicate": "director"', b'"predicate": "DIRECTOR"', 1)

    monkeypatch.setattr(_format, "_resource", tampered)
    with pytest.raises(bd.InvalidDataError, match=r"'DIRECTOR' is not a Predicate.* @ data/"):
        _format.shipped_records()
