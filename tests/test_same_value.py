"""One value however it is written: "90 minutes" and "1.5 hours", "Action" and "action" are
the values relate() calls the same, and every answer that groups or counts values (facts,
the preference, disagreements, the timeline, the SQLite facts view) takes them as one."""

from __future__ import annotations

import itertools
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ballerina_data as bd
from ballerina_data import Catalog, Claim, Predicate, Relation, curate, export, relate
from ballerina_data._cli import main
from ballerina_data._site import site_pages
from each_case import each
from strategies import spellings_of_one_value

FILM = "film/ballerina-2023"


def _source(
    text: str, *claims: dict[str, Any], source: str = "s", published: str = "2025-03-01"
) -> Catalog:
    """The catalog of one more source, with ``claims``."""
    curated = {
        "source": {"id": source, "published": published, "published_note": "given"},
        "claims": [{"id": f"{source}-{n}", **claim} for n, claim in enumerate(claims, 1)],
    }
    return curate.build(text, curated)


def _with(text: str, *claims: dict[str, Any], **source: str) -> Catalog:
    """The shipped catalog and one more source with ``claims``."""
    return Catalog.default().merge(_source(text, *claims, **source))


def _duration(amount: str, unit: str, quote: str) -> dict[str, Any]:
    return {
        "subject": FILM,
        "predicate": "duration",
        "value": {"type": "quantity", "amount": amount, "unit": unit},
        "quote": quote,
    }


def _release(date: str, quote: str, **qualifiers: str) -> dict[str, Any]:
    return {
        "subject": FILM,
        "predicate": "release_date",
        "value": {"type": "date", "date": date},
        "qualifiers": qualifiers,
        "quote": quote,
    }


# The shipped 004 gives a "90 minute" running time; one source writes it as 1.5 hours, two
# others give 125 minutes.
def _durations() -> Catalog:
    catalog = _with("Ballerina runs 1.5 hours.", _duration("1.5", "hours", "runs 1.5 hours"))
    # One text is one source: two texts.
    for source, day, text in (
        ("b", "2024-01-01", "It runs 125 minutes."),
        ("c", "2024-01-02", "The film runs 125 minutes."),
    ):
        more = _source(
            text,
            _duration("125", "minute", "runs 125 minutes"),
            source=source,
            published=day,
        )
        catalog = catalog.merge(more)
    return catalog


@pytest.fixture(scope="module")
def durations() -> Catalog:
    return _durations()


def _ninety(catalog: Catalog) -> list[Claim]:
    """The claims giving 90 minutes: the shipped one and the 1.5 hours."""
    return [
        c
        for c in catalog.claims_about(FILM, "duration")
        if isinstance(c.value, bd.Quantity) and str(c.value.amount) in ("90", "1.5")
    ]


class TestOneValueHoweverWritten:
    def test_relate_calls_the_two_spellings_the_same(self, durations: Catalog) -> None:
        ninety, hours = _ninety(durations)
        assert relate(ninety, hours) is Relation.SAME

    def test_one_fact_with_the_sources_of_both(self, durations: Catalog) -> None:
        facts = durations.facts(FILM, "duration")
        assert len(facts) == 2
        (ninety,) = (
            f for f in facts if {c.id for c in _ninety(durations)} <= {c.id for c in f.claims}
        )
        assert set(ninety.sources) == {c.source for c in _ninety(durations)}
        assert len(ninety.spellings) == 2
        # Named as the first claim (by id) writes it: both spellings have one source.
        assert ninety.value == min(_ninety(durations), key=lambda c: c.id).value

    def test_the_preference_counts_sources_per_value(self, durations: Catalog) -> None:
        (preferred,) = durations.about(FILM).statement("duration").preferred  # type: ignore[union-attr]
        # Two sources each: a tie, which the latest source breaks (the 1.5 hours, 2025).
        assert preferred.rule is bd.PreferenceRule.LATEST_SOURCE
        assert "(also written 1.5 hours)" in preferred.reason
        assert "is given by 2 sources, 1.5 hours by 1" not in preferred.reason

    def test_no_disagreement_sets_two_spellings_apart(self, durations: Catalog) -> None:
        entries = [
            d
            for d in durations.disagreements(FILM, relation=None)
            if d.predicate is Predicate.DURATION
        ]
        for entry in entries:
            for a, b in itertools.combinations(entry.facts, 2):
                assert relate(a.claims[0], b.claims[0]) is not Relation.SAME
        same = [d for d in entries if d.relation is Relation.SAME]
        ids = {c.id for c in _ninety(durations)}
        assert any(ids <= {c.id for f in d.facts for c in f.claims} for d in same)

    def test_the_timeline_marks_a_respelling_as_said_before(self, durations: Catalog) -> None:
        entries = durations.timeline(FILM, "duration")
        new = {c.id for entry in entries for c in entry.new}
        first, later = sorted(
            _ninety(durations), key=lambda c: [e.source.id for e in entries].index(c.source)
        )
        assert first.id in new
        assert later.id not in new

    def test_the_sqlite_facts_view_groups_as_facts_does(
        self, durations: Catalog, tmp_path: Path
    ) -> None:
        path = tmp_path / "catalog.sqlite"
        export.write(durations, "sqlite", path)
        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT value_amount, value_unit, sources FROM facts"
                " WHERE subject_id = ? AND predicate = 'duration'",
                (FILM,),
            ).fetchall()
            keys = connection.execute(
                "SELECT DISTINCT value_key FROM claims WHERE subject_id = ? AND value_unit"
                " IN ('minutes', 'hours')",
                (FILM,),
            ).fetchall()
        connection.close()
        # The documented JSON array, the same for "90 minutes" and "1.5 hours".
        assert [('["amount", "second", "5400", "5400"]',)] == keys
        facts = durations.facts(FILM, "duration")
        assert len(rows) == len(facts) == 2
        assert sorted(rows) == sorted(
            (str(f.value.amount), f.value.unit, len(f.sources))  # type: ignore[union-attr]
            for f in facts
        )

    def test_a_text_differing_in_case_is_one_genre(self) -> None:
        catalog = _with(
            "Genre: Action.",
            {
                "subject": FILM,
                "predicate": "genre",
                "value": {"type": "text", "text": "Action"},
                "quote": "Action",
            },
        )
        genres = catalog.facts(FILM, "genre")
        shipped = Catalog.default().facts(FILM, "genre")
        assert len(genres) == len(shipped)
        assert any(len(f.spellings) == 2 and "s" in f.sources for f in genres)

    @given(st.lists(spellings_of_one_value(), min_size=1, max_size=4), st.randoms())
    def test_claims_relate_calls_the_same_are_one_fact(self, pairs: list[Any], random: Any) -> None:
        from ballerina_data._results import facts_of

        values = [value for pair in pairs for value in pair]
        random.shuffle(values)
        claims = [
            Claim(
                id=f"{n:03d}-001",
                subject="film/f",
                predicate=Predicate.COST,
                value=value,
                source=random.choice(["one", "two", "three"]),
                evidence=bd.Evidence(quote="q", start=0, end=1),
            )
            for n, value in enumerate(values)
        ]
        fact_of = {claim.id: n for n, fact in enumerate(facts_of(claims)) for claim in fact.claims}
        for a, b in itertools.combinations(claims, 2):
            assert (relate(a, b) is Relation.SAME) == (fact_of[a.id] == fact_of[b.id])


def test_an_amount_written_with_more_places_is_one_value() -> None:
    catalog = _with(
        "It cost $12,345,678.90. It had a budget of 12345678.9 USD.",
        {
            "subject": FILM,
            "predicate": "cost",
            "value": {"type": "quantity", "amount": "12345678.9", "unit": "USD"},
            "quote": "12345678.9 USD",
        },
        {
            "subject": FILM,
            "predicate": "cost",
            "value": {"type": "quantity", "amount": "12345678.90", "unit": "USD"},
            "quote": "$12,345,678.90",
        },
    )
    (fact,) = catalog.facts(FILM, "cost")
    assert len(fact.claims) == 2
    statement = catalog.about(FILM).statement("cost")
    assert statement is not None
    (preferred,) = statement.preferred
    assert preferred.rule is bd.PreferenceRule.ONLY_VALUE


@each(
    ("amount", "other", "unit"),
    [
        ("1234567890123456789012345678901", "1234567890123456789012345678902", "USD"),
        ("99999999999999999999999999999.4", "99999999999999999999999999999.6", "USD"),
        ("1234567890123456789012345678901", "1234567890123456789012345678902", "minutes"),
    ],
)
def test_amounts_that_differ_past_28_digits_are_two_values(
    amount: str, other: str, unit: str
) -> None:
    # Reported: the default decimal context's 28 digits made them one value, and rounded the
    # SQLite value_key.
    from ballerina_data._figures import written_amounts
    from ballerina_data._sqlite import _key_part

    def cost(claim_id: str, written: str) -> Claim:
        predicate = Predicate.COST if unit == "USD" else Predicate.DURATION
        value = bd.Quantity(amount=Decimal(written), unit=unit)
        evidence = bd.Evidence(quote="q", start=0, end=1)
        return Claim(
            id=claim_id,
            subject=FILM,
            predicate=predicate,
            value=value,
            source="s",
            evidence=evidence,
        )

    assert relate(cost("s-1", amount), cost("s-2", other)) is Relation.CONFLICT
    assert _key_part(Decimal(other + ("0" if "." in other else ".00"))) == other
    millions = Decimal(amount + "e6")  # read exactly, as no arithmetic would be
    assert written_amounts(f"It cost ${amount} million", durations=False) == {millions}


def test_a_currency_code_in_lower_case_is_not_made_plural() -> None:
    from ballerina_data._wording import amount_words

    # Curation refuses "usd" for a cost, but a catalog's records may hold it.
    for code in ("usd", "krw"):
        assert amount_words(bd.Quantity(amount=Decimal(12), unit=code)) == f"12 {code}"
    assert amount_words(bd.Quantity(amount=Decimal(12), unit="hour")) == "12 hours"


class TestScopes:
    """The timeline and the preference scope a value alike: by region (folded as names are)
    and medium."""

    def test_a_date_for_another_region_or_medium_is_new(self) -> None:
        catalog = Catalog.default()
        for source, day, qualifiers in (
            ("a", "2025-01-01", {"region": "United States"}),
            ("b", "2025-02-01", {"region": "UK"}),
            ("c", "2025-03-01", {"region": "united  states"}),
            ("d", "2025-04-01", {"region": "UK", "medium": "streaming"}),
        ):
            # Each quote writes its region and medium, as curation asks.
            quote = f"June 6, 2024 in the {qualifiers['region']}"
            quote += " on streaming" if "medium" in qualifiers else ""
            release = _release("2024-06-06", quote, **qualifiers)
            catalog = catalog.merge(_source(f"Out {quote}.", release, source=source, published=day))
        entries = {e.source.id: e for e in catalog.timeline(FILM, "release_date")}
        new = {source: bool(entries[source].new) for source in "abcd"}
        assert new == {"a": True, "b": True, "c": False, "d": True}

    def test_a_release_after_its_schedule_is_news(self) -> None:
        # Reported: the first "released" claim of a date after a "scheduled" one was marked
        # a repeat of the plan.
        catalogs = [
            _source(
                f"{quote}.",
                _release("2025-06-06", quote, status=status),
                source=source,
                published=day,
            )
            for source, day, quote, status in (
                ("a", "2025-01-01", "It will be released on June 6, 2025", "scheduled"),
                ("b", "2025-07-01", "It was released on June 6, 2025", "released"),
                ("c", "2025-08-01", "The film was released on June 6, 2025", "released"),
            )
        ]
        catalog = catalogs[0].merge(catalogs[1]).merge(catalogs[2])
        entries = {e.source.id: e for e in catalog.timeline(FILM, "release_date")}
        assert {source: bool(entries[source].new) for source in "abc"} == {
            "a": True,
            "b": True,
            "c": False,
        }

    def test_a_date_less_precise_than_one_said_before_is_no_news(self) -> None:
        # Reported: shipped 004-065 "due for release in 2024" was marked new after 001 had
        # scheduled June 7, 2024; a later day of that year is news again.
        entries = Catalog.default().timeline("film/ballerina-2024", "release_date")
        new = {claim.id for entry in entries for claim in entry.new}
        year = {
            c.id
            for e in entries
            for c in e.claims
            if str(c.value) == "2024" and c.qualifiers.status is bd.Status.SCHEDULED
        }
        assert year
        assert not new & year
        assert "000-013" in new  # 2024 (expected), a forecast of another status
        assert "001-023" in new  # 2024-06-07 (scheduled), first said by 001

    def test_a_casting_with_no_character_after_one_with_it_is_no_news(self) -> None:
        # Reported: shipped 000-054 "Lance Reddick" was marked new after 001 and 002 gave
        # "Lance Reddick as Charon"; the character narrows a credit as a region a date.
        catalog = Catalog.default()
        entries = catalog.timeline("film/ballerina-2024", "cast_member")
        new = {claim.id for entry in entries for claim in entry.new}
        reddick = [
            claim
            for entry in entries
            for claim in entry.claims
            if claim.value == bd.EntityRef(id="person/lance-reddick")
        ]
        first, *later = reddick
        assert first.qualifiers.character is not None
        assert first.id in new
        assert any(claim.qualifiers.character is None for claim in later)
        assert not new & {claim.id for claim in later}

    def test_a_region_differing_in_case_is_one_scope(self) -> None:
        catalog = _with(
            "Out June 6, 2025 in the United States. Out June 9, 2025 in the united states.",
            _release("2025-06-06", "June 6, 2025 in the United States", region="United States"),
            _release("2025-06-09", "June 9, 2025 in the united states", region="united states"),
            published="2025-07-01",  # after both dates, which have no status
        )
        (conflict,) = catalog.disagreements(FILM)
        assert {str(f.value) for f in conflict.facts} == {"2025-06-06", "2025-06-09"}
        statement = catalog.about(FILM).statement("release_date")
        assert statement is not None
        regions = [p.scope.region for p in statement.preferred]
        assert "united states" not in regions
        assert "United States" in regions  # as the first claim writes it

    def test_an_abbreviation_written_with_dots_is_one_region(self) -> None:
        from ballerina_data._relations import region_key

        assert region_key("U.K.") == region_key("UK") == region_key("uk")
        assert region_key("U.S.A.") == region_key("USA") != region_key("US")
        catalog = _with(
            "Out June 6, 2025 in the UK. Out June 9, 2025 in the U.K.",
            _release("2025-06-06", "June 6, 2025 in the UK", region="UK"),
            _release("2025-06-09", "June 9, 2025 in the U.K", region="U.K."),
            published="2025-07-01",  # after both dates, which have no status
        )
        # One scope, the UK, with the shipped UK date of 004 as well.
        (conflict,) = catalog.disagreements(FILM)
        assert {"2025-06-06", "2025-06-09"} < {str(f.value) for f in conflict.facts}

    @each(
        ("quote", "region", "written"),
        [
            ("out in the UK on Friday", "UK", True),
            ("out in the U.K. on Friday", "UK", True),
            ("out in the UK on Friday", "U.K.", True),
            ("out in the United Kingdom", "united kingdom", True),
            ("out in the UK on Friday", "GB", False),
            ("out on Friday", "UK", False),
            ("the Duke of York", "UK", False),  # not inside a word
            ("Out in Mexico on Friday", "Mexico", True),
            ("In Mexico, out on Friday", "Mexico", True),
            ("Out in the US and the UK", "UK", True),
            ("Out in New Mexico on Friday", "Mexico", "inside a longer name ('New Mexico')"),
            ("Out in South Korea on Friday", "Korea", "inside a longer name ('South Korea')"),
            ("Out in Northern Ireland", "Ireland", "inside a longer name ('Northern Ireland')"),
            ("Out in 2024, but not in the UK", "UK", "as left out ('not in the UK')"),
            ("Out everywhere except the UK", "UK", "as left out ('everywhere except the UK')"),
            ("Out in 2024 outside the U.K.", "UK", "as left out ('2024 outside the U.K.')"),
            ("Out in New Mexico and in Mexico", "Mexico", True),  # one written as itself
            # Reported: a pronoun wrote a region's code, its case folded away.
            ("Ballerina reaches us on June 7, 2024", "US", "as a word ('us')"),
            ("Ballerina reaches us on June 7, 2024", "U.S.", "as a word ('us')"),
            ("Ballerina opens for all of us on June 7, 2024", "US", "as a word ('us')"),
            ("Ballerina, as it turns out, opens on June 7, 2024", "IT", "as a word ('it')"),
            ("Come see it in theaters on June 7, 2024", "it", "as a word ('it')"),
            ("Join us in theaters on June 7, 2024", "US", "as a word ('us')"),
            ("Out in the U.S. on June 7, 2024", "US", True),
            ("Out in the USA on June 7, 2024", "usa", True),
        ],
    )
    def test_a_region_is_written_by_its_quote_or_noted(
        self, quote: str, region: str, written: bool | str
    ) -> None:
        # Reported, then: a region only inside a longer name or left out by the words
        # before it was taken, and any note at all excused a region the quote lacks.
        from ballerina_data import _rules

        claim = attrs.evolve(
            Catalog.default().claims[0],
            qualifiers=bd.Qualifiers(region=region),
            evidence=bd.Evidence.locate(quote, quote),
            note=None,
        )
        breaches = _rules.region_written_by_its_quote_or_noted(claim, Catalog.default())
        assert (breaches == []) is (written is True)
        if written is False:
            (breach,) = breaches
            assert breach.message.startswith(f"the quote does not write the region {region!r}")
        elif isinstance(written, str):
            (breach,) = breaches
            assert breach.message.startswith(f"the quote writes {region!r} only {written}")
        unwritten = attrs.evolve(claim, note="the heading names the country")
        assert (written is True) is (
            [] == _rules.region_written_by_its_quote_or_noted(unwritten, Catalog.default())
        )
        # A note writes a code in capitals, as a quote does.
        noted = attrs.evolve(claim, note=f"the heading names the country: {region.upper()}")
        assert [] == _rules.region_written_by_its_quote_or_noted(noted, Catalog.default())

    @each(
        ("quote", "medium", "written"),
        [
            ("released in theaters on June 7, 2024", "theatrical", True),
            ("in cinemas on June 7, 2024", "theatrical", True),
            ("hits the big screen on June 7, 2024", "theatrical", True),
            ("upon its theatrical release on June 7, 2024", "theatrical", True),
            ("set to hit theatres on June 7, 2024", "theatrical", True),
            ("will stream to Peacock on June 7, 2024", "streaming", True),
            ("released on Netflix on June 7, 2024", "streaming", True),
            ("on Prime Video from June 7, 2024", "streaming", True),
            ("on Disney+ from June 7, 2024", "streaming", True),
            ("streaming from June 7, 2024", "streaming", True),
            ("on TV from June 7, 2024", "television", True),
            ("on Apple TV+ from June 7, 2024", "streaming", True),
            ("aired on June 7, 2024", "television", True),
            ("released on Netflix, not in theaters", "streaming", True),
            # Reported: a medium no word of the quote writes, or another's, was taken.
            ("released in theaters on June 7, 2024", "streaming", False),
            ("released on June 7, 2024", "streaming", False),
            ("released on June 7, 2024", "theatrical", False),
            ("streaming on Peacock from June 7, 2024", "theatrical", False),
            ("on June 7, 2024 in Theaterland", "theatrical", False),  # not inside a word
            ("on Netflix on June 7, 2024", "television", False),
            ("on Netflix, not in theaters", "theatrical", "'theaters' only as left out"),
            ("everywhere except cinemas", "theatrical", "'cinemas' only as left out"),
        ],
    )
    def test_a_medium_is_written_by_its_quote_or_noted(
        self, quote: str, medium: str, written: bool | str
    ) -> None:
        from ballerina_data import _rules

        claim = attrs.evolve(
            Catalog.default().claims[0],
            qualifiers=bd.Qualifiers(medium=bd.Medium(medium)),
            evidence=bd.Evidence.locate(quote, quote),
            note=None,
        )
        breaches = _rules.medium_written_by_its_quote_or_noted(claim, Catalog.default())
        assert (breaches == []) is (written is True)
        if written is False:
            (breach,) = breaches
            assert breach.message.startswith(f"the quote does not write the medium {medium!r}")
        elif isinstance(written, str):
            (breach,) = breaches
            assert breach.message.startswith(f"the quote writes {written}")
        unwritten = attrs.evolve(claim, note="the heading says how it is released")
        assert (written is True) is (
            [] == _rules.medium_written_by_its_quote_or_noted(unwritten, Catalog.default())
        )
        word = _rules.MEDIUM_WORDS[bd.Medium(medium)][0]
        noted = attrs.evolve(claim, note=f"the heading says how it is released: {word}")
        assert [] == _rules.medium_written_by_its_quote_or_noted(noted, Catalog.default())

    def test_a_medium_is_read_with_the_quotes_lead_in(self) -> None:
        from ballerina_data import _rules

        text = "In theaters, Ballerina will be released on June 7, 2024."
        quote = "released on June 7, 2024"
        claim = attrs.evolve(
            Catalog.default().claims[0],
            qualifiers=bd.Qualifiers(medium=bd.Medium.THEATRICAL),
            evidence=bd.Evidence.locate(text, quote),
            note=None,
        )
        assert [] == _rules.medium_written_by_its_quote_or_noted(claim, Catalog.default())
        streaming = attrs.evolve(claim, qualifiers=bd.Qualifiers(medium=bd.Medium.STREAMING))
        assert _rules.medium_written_by_its_quote_or_noted(streaming, Catalog.default())

    @each(
        ("text", "quote", "written"),
        [
            ("Out in 2024, but not in the UK.", "in the UK", "as left out ('not in the UK')"),
            ("Out in New Mexico on Friday.", "Mexico on Friday", "inside a longer name"),
            ("Out everywhere. In the UK on Friday.", "the UK on Friday", True),
            # The lead-in leaves a region out, but writes none.
            ("Out in the UK, on Friday.", "on Friday", False),
        ],
    )
    def test_a_region_is_read_with_the_words_before_its_quote_in_its_sentence(
        self, text: str, quote: str, written: bool | str
    ) -> None:
        from ballerina_data import _rules

        claim = attrs.evolve(
            Catalog.default().claims[0],
            qualifiers=bd.Qualifiers(region="UK" if "UK" in text else "Mexico"),
            evidence=bd.Evidence.locate(text, quote),
            note=None,
        )
        breaches = _rules.region_written_by_its_quote_or_noted(claim, Catalog.default())
        assert (breaches == []) is (written is True)
        if isinstance(written, str):
            (breach,) = breaches
            assert f"only {written}" in breach.message

    def test_an_abbreviation_is_another_region(self) -> None:
        catalog = _with(
            "Out June 6, 2025 in the United States. Out June 9, 2025 in the US.",
            _release("2025-06-06", "June 6, 2025 in the United States", region="United States"),
            _release("2025-06-09", "June 9, 2025 in the US", region="US"),
            published="2025-07-01",  # after both dates, which have no status
        )
        a, b = catalog.claims_about(FILM, "release_date")[-2:]
        assert relate(a, b) is Relation.DISTINCT
        assert catalog.disagreements(FILM) == ()


def _two_scopes() -> Catalog:
    # A date for the United States, days after its source (a forecast), and the spin-off's
    # theatrical dates, scheduled by older sources: 2025-06-06, the latest schedule, is
    # preferred for the United States, and for theatrical (no region) the older dates,
    # since a date of one region is no date of everywhere.
    return Catalog.default().merge(
        curate.build(
            "It will be out June 6, 2025 in the United States.",
            {
                "source": {"id": "us", "published": "2025-06-01", "published_note": "given"},
                "claims": [
                    {
                        "id": "us-1",
                        "subject": "film/ballerina-2024",
                        "predicate": "release_date",
                        "value": {"type": "date", "date": "2025-06-06"},
                        "qualifiers": {"region": "United States", "status": "scheduled"},
                        "quote": "will be out June 6, 2025 in the United States",
                    }
                ],
            },
        )
    )


class TestEveryPreferredScopeIsNamed:
    def test_the_command_line_names_each_scope(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        catalog = _two_scopes()
        statement = catalog.about("film/ballerina-2024").statement("release_date")
        assert statement is not None
        scopes = [p.scope for p in statement.preferred]
        assert len({p.value for p in statement.preferred}) == len(scopes) == 2
        # Reported: the US date was preferred for the release everywhere too.
        by_region = {p.scope.region: str(p.value) for p in statement.preferred}
        assert {"United States": "2025-06-06", None: "2024-06-07"} == by_region
        path = tmp_path / "catalog.json"
        path.write_text(catalog.to_json(), encoding="utf-8")
        assert 0 == main(["--catalog", str(path), "film", "film/ballerina-2024"])
        lines = [line for line in capsys.readouterr().out.splitlines() if "preferred for" in line]
        release = [line for line in lines if "2025-06-06 is the latest schedule" in line]
        assert len(release) == 1
        assert "for United States:" in release[0]
        for scope in scopes:
            named = scope.region or scope.medium.value  # type: ignore[union-attr]
            assert any(f"for {named}" in line for line in lines)

    def test_the_site_names_each_scope(self) -> None:
        catalog = _two_scopes()
        page = dict(site_pages(catalog))
        film = page["film/ballerina-2024.html"]
        assert "preferred <bdi>United States</bdi></span>" in film
        assert "preferred <bdi>theatrical</bdi></span>" in film
