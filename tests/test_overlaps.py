"""Values of a single-valued predicate that overlap only in part (``2023`` and ``2023-24``):
a relation of their own, listed by the disagreements, the profile and the command line."""

from __future__ import annotations

import re
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ballerina_data as bd
from ballerina_data import Catalog, Claim, DateValue, Predicate, Relation, curate, relate
from ballerina_data._cli import main
from ballerina_data._relations import ABOUT_MARGIN, ENTRY_RELATIONS
from strategies import partial_dates

LANCE = "person/lance-reddick"


def _with_deaths(catalog: Catalog, subject: str, dates: list[str]) -> Catalog:
    """The catalog and, for each date, a source of its own saying the subject died then,
    each added as a user adds one: built by curate.build against the catalog and merged."""
    for n, date in enumerate(dates):
        # A season by its word, as a text writes it ("2023-24" would be a span of years).
        season = bd.PartialDate.parse(date).season
        quote = f"died in {date if season is None else f'{season.name.lower()} {date[:4]}'}"
        curation = {
            "source": {
                "id": f"notes-{n}",
                "published": f"2025-06-0{n + 1}",
                "published_note": "stated in the byline",
            },
            "claims": [
                {
                    "id": f"notes-{n}-001",
                    "subject": subject,
                    "predicate": "date_of_death",
                    "value": {"type": "date", "date": date},
                    "quote": quote,
                }
            ],
        }
        catalog = catalog.merge(curate.build(f"The actor {quote}.", curation, base=catalog))
    return catalog


def _claim(catalog: Catalog, subject: str, date: str) -> Claim:
    wanted = DateValue(date=bd.PartialDate.parse(date))
    (found,) = (c for c in catalog.claims_about(subject, "date_of_death") if c.value == wanted)
    return found


@pytest.fixture(scope="module")
def undated() -> str:
    """A person of the shipped catalog no source gives a date of death."""
    catalog = Catalog.default()
    return next(p.id for p in catalog.people if not catalog.facts(p, "date_of_death"))


def _shown(facts: tuple[bd.Fact, ...]) -> set[str]:
    return {str(fact.value) for fact in facts}


class TestTwoValuesThatOverlap:
    """Reported: ``2023`` and ``2023-24`` (winter 2023, 2023-12-01 to 2024-02-29) were
    related as neither a conflict, a refinement nor the same: dropped even by
    ``relation="all"``, and the profile listed no conflict beside the preferred value."""

    @pytest.mark.parametrize(("one", "other"), [("2023", "2023-24"), ("2024", "2023-24")])
    def test_are_an_overlap_listed_by_all_and_by_the_profile(
        self, undated: str, one: str, other: str
    ) -> None:
        catalog = _with_deaths(Catalog.default(), undated, [one, other])
        a, b = _claim(catalog, undated, one), _claim(catalog, undated, other)
        assert Relation.OVERLAP is relate(a, b) is relate(b, a)

        (entry,) = (d for d in catalog.disagreements(undated, relation="all") if d.predicate.single)
        assert (Predicate.DATE_OF_DEATH, Relation.OVERLAP) == (entry.predicate, entry.relation)
        assert {one, other} == _shown(entry.facts)
        assert (entry,) == catalog.disagreements(undated, relation="overlap")
        assert () == catalog.disagreements(undated)  # not a conflict: they meet

        statement = catalog.about(undated).statement("date_of_death")
        assert statement is not None
        (preferred,) = statement.preferred
        assert () == preferred.conflicts
        assert {one, other} - {str(preferred.value)} == _shown(preferred.overlaps)

    def test_a_value_inside_both_refines_each_and_the_entry_is_an_overlap(
        self, undated: str
    ) -> None:
        catalog = _with_deaths(Catalog.default(), undated, ["2023", "2023-24", "2023-12"])
        (entry,) = catalog.disagreements(undated, relation="overlap")
        assert {"2023", "2023-24", "2023-12"} == _shown(entry.facts)
        statement = catalog.about(undated).statement("date_of_death")
        assert statement is not None
        (preferred,) = statement.preferred  # December 2023 agrees with both
        assert ("2023-12", (), ()) == (
            str(preferred.value),
            preferred.conflicts,
            preferred.overlaps,
        )

    def test_with_a_conflict_make_one_conflict_of_every_value(self, undated: str) -> None:
        # 2023 and 2024-01 conflict; 2023-24 holds 2024-01 and overlaps 2023.
        catalog = _with_deaths(Catalog.default(), undated, ["2023", "2023-24", "2024-01"])
        claims = [_claim(catalog, undated, d) for d in ("2023", "2023-24", "2024-01")]
        assert [Relation.OVERLAP, Relation.CONFLICT, Relation.REFINEMENT] == [
            relate(claims[0], claims[1]),
            relate(claims[0], claims[2]),
            relate(claims[1], claims[2]),
        ]
        (entry,) = catalog.disagreements(undated)
        assert {"2023", "2023-24", "2024-01"} == _shown(entry.facts)

    def test_beside_the_shipped_dates_of_a_death(self) -> None:
        # The shipped sources give March 2023 and spring 2023; winter 2023 meets neither.
        shipped = Catalog.default()
        catalog = _with_deaths(shipped, LANCE, ["2023", "2023-24"])
        new, winter = _claim(catalog, LANCE, "2023"), _claim(catalog, LANCE, "2023-24")
        assert Relation.OVERLAP is relate(new, winter)
        for claim in shipped.claims_about(LANCE, "date_of_death"):
            assert Relation.REFINEMENT is relate(claim, new)
            assert Relation.CONFLICT is relate(claim, winter)
        (entry,) = catalog.disagreements(LANCE)
        assert entry.predicate is Predicate.DATE_OF_DEATH
        assert _shown(shipped.facts(LANCE, "date_of_death")) | {"2023", "2023-24"} == _shown(
            entry.facts
        )


date_values = st.builds(DateValue, date=partial_dates())
_EVIDENCE = bd.Evidence(quote="q", start=0, end=1)


def _claims(predicate: Predicate, *values: bd.Value) -> list[Claim]:
    return [
        Claim(
            id=f"{n:03d}-001",
            subject="film/f",
            predicate=predicate,
            value=value,
            source=f"s{n}",
            evidence=_EVIDENCE,
        )
        for n, value in enumerate(values)
    ]


def _expected(a: tuple[Any, Any], b: tuple[Any, Any]) -> Relation:
    """How two values of one value per subject relate, by the ranges they allow (ends
    included): exactly one of the four holds."""
    (low_a, high_a), (low_b, high_b) = a, b
    shared = max(low_a, low_b) <= min(high_a, high_b)
    a_in_b, b_in_a = low_b <= low_a <= high_a <= high_b, low_a <= low_b <= high_b <= high_a
    holds = {
        Relation.SAME: (low_a, high_a) == (low_b, high_b),
        Relation.REFINEMENT: (a_in_b or b_in_a) and (low_a, high_a) != (low_b, high_b),
        Relation.OVERLAP: shared and not (a_in_b or b_in_a),
        Relation.CONFLICT: not shared,
    }
    assert 1 == sum(holds.values())
    (relation,) = (r for r, held in holds.items() if held)
    return relation


def _check(predicate: Predicate, a: Claim, b: Claim, expected: Relation) -> None:
    found = relate(a, b)
    assert found is relate(b, a)
    if predicate.single and not predicate.changes:
        assert expected is found
    elif expected in (Relation.OVERLAP, Relation.CONFLICT):
        assert found is Relation.DISTINCT  # many values, or a history: both can hold
    else:
        assert expected is found


@given(a=date_values, b=date_values, predicate=st.sampled_from(Predicate))
def test_two_dates_of_one_predicate_relate_by_the_days_they_share(
    a: DateValue, b: DateValue, predicate: Predicate
) -> None:
    days = [(value.date.first_day, value.date.last_day) for value in (a, b)]
    first, second = _claims(predicate, a, b)
    _check(predicate, first, second, _expected(*days))


_amounts = st.builds(
    bd.Quantity,
    amount=st.integers(0, 200).map(Decimal),
    unit=st.just("USD"),
    bound=st.sampled_from(bd.Bound),
)


def _allowed(value: bd.Quantity) -> tuple[Decimal, Decimal]:
    """The amounts a quantity allows, as its bound is documented."""
    amount, far = value.amount, Decimal("Infinity")
    margin = amount * ABOUT_MARGIN
    return {
        bd.Bound.EXACT: (amount, amount),
        bd.Bound.AT_LEAST: (amount, far),
        bd.Bound.AT_MOST: (-far, amount),
        bd.Bound.ABOUT: (amount - margin, amount + margin),
    }[value.bound]


@given(a=_amounts, b=_amounts, predicate=st.sampled_from([Predicate.COST, Predicate.BOX_OFFICE]))
def test_two_amounts_relate_by_the_amounts_they_share(
    a: bd.Quantity, b: bd.Quantity, predicate: Predicate
) -> None:
    # About 0 and exactly 0 allow one amount: the SAME, as two dates of the same days.
    first, second = _claims(predicate, a, b)
    _check(predicate, first, second, _expected(_allowed(a), _allowed(b)))


def test_about_100_and_at_least_105_overlap() -> None:
    about, at_least = (
        bd.Quantity(amount=Decimal(amount), unit="USD", bound=bound)
        for amount, bound in ((100, bd.Bound.ABOUT), (105, bd.Bound.AT_LEAST))
    )
    assert Relation.OVERLAP is relate(*_claims(Predicate.COST, about, at_least))
    # A history: both held, in turn.
    assert Relation.DISTINCT is relate(*_claims(Predicate.BOX_OFFICE, about, at_least))


#: A value's line in a printed profile: its mark, then the value.
_VALUE_LINE = re.compile(r"^  ([*!~ ]) (\S.*?)  \[", re.MULTILINE)


def _death_section(printed: str) -> str:
    """The lines of a printed profile's date of death."""
    found = re.search(r"^date of death:\n((?:  .*\n)+)", printed, re.MULTILINE)
    assert found is not None, printed
    return found[1]


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory, undated: str) -> Path:
    """A catalog file: the shipped catalog and two sources giving 2023 and 2023-24."""
    catalog = _with_deaths(Catalog.default(), undated, ["2023", "2023-24"])
    path = tmp_path_factory.mktemp("overlap") / "catalog.json"
    path.write_text(catalog.to_json(), encoding="utf-8")
    return path


class TestTheCommandLine:
    def test_disagreements_list_the_overlap_by_asking(
        self, path: Path, undated: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        found = [
            main(["--catalog", str(path), "disagreements", "--about", undated, *asked])
            for asked in ([], ["--relation", "overlap"], ["--relation", "all"])
        ]
        assert [1, 0, 0] == found
        printed = capsys.readouterr()
        assert f"no conflicts about {undated}" in printed.err
        assert 2 == printed.out.count(f"{undated}  date_of_death  [overlap]")
        assert "“died in winter 2023”" in printed.out

    def test_the_profile_shows_the_value_overlapping_the_preferred_one(
        self, path: Path, undated: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert 0 == main(["--catalog", str(path), "person", undated])
        printed = capsys.readouterr().out
        section = _death_section(printed)
        marks = dict(_VALUE_LINE.findall(section))
        assert ["*", "~"] == sorted(marks)  # the values as the page words them
        assert f"overlaps with {marks['~']}  [" in section
        assert "~ a value overlapping it only in part" in printed

    def test_a_value_in_conflict_with_the_preferred_one_is_marked(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Winter 2023 meets neither March nor spring 2023: a conflict, not an overlap.
        path = tmp_path / "catalog.json"
        path.write_text(_with_deaths(Catalog.default(), LANCE, ["2023-24"]).to_json())
        assert 0 == main(["--catalog", str(path), "person", LANCE])
        section = _death_section(capsys.readouterr().out)
        marks = [mark for mark, _ in _VALUE_LINE.findall(section)]
        assert ["*", " ", "!"] == marks
        assert "~" not in section

    def test_the_database_keeps_the_overlap(self, path: Path, undated: str) -> None:
        database = path.parent / "catalog.sqlite"
        bd.export.to_sqlite(Catalog.load(path), database)
        with sqlite3.connect(database) as connection:
            found = connection.execute(
                "SELECT relation FROM disagreements WHERE subject_id = ? AND predicate = ?",
                (undated, "date_of_death"),
            ).fetchall()
        assert [("overlap",)] == found


def test_every_relation_an_entry_can_have_is_asked_for_by_its_name() -> None:
    catalog = Catalog.default()
    for relation in Relation:
        if relation is Relation.DISTINCT:
            with pytest.raises(bd.InvalidQueryError, match="'overlap'"):
                catalog.disagreements(relation=relation)
        else:
            found = catalog.disagreements(relation=relation.value)
            assert all(d.relation is relation for d in found)


def test_the_site_marks_the_value_overlapping_the_preferred_one(path: Path, undated: str) -> None:
    from ballerina_data._site import site_pages

    pages = dict(site_pages(Catalog.load(path)))
    page = pages[f"{undated}.html"]
    section = page.split('<section id="date_of_death">', 1)[1].split("</section>", 1)[0]
    assert 1 == section.count("overlaps the preferred value only in part")
    assert 1 == section.count(">preferred")


def test_the_command_line_asks_for_every_relation_an_entry_can_have(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for relation in ENTRY_RELATIONS:  # 0 when one is found, 1 when none: never a usage error
        assert main(["disagreements", "--relation", relation.value]) in (0, 1)
    with pytest.raises(SystemExit) as refused:
        main(["disagreements", "--relation", Relation.DISTINCT.value])
    assert 2 == refused.value.code
    assert "invalid choice: 'distinct'" in capsys.readouterr().err


@pytest.mark.parametrize("turned", [False, True])
def test_overlaps_join_whichever_characters_the_claims_name(turned: bool) -> None:
    # Found comparing every pair: "at most 0" naming one character and "at most 90" naming
    # another are two parts, so neither refines the other; "at least 0", naming none,
    # overlaps each, and all three are one entry. Turned end for end, the range naming none
    # starts first.
    from ballerina_data import _answers
    from ballerina_data._dating import SourceKey

    def order(source: str) -> SourceKey:
        return SourceKey(0, (0, 0, 0), source, "undated", (0, 0, 0), (10_000, 1, 1))

    low, high = (bd.Bound.AT_LEAST, bd.Bound.AT_MOST)[:: -1 if turned else 1]
    values = [(0, high, "character/y"), (0, low, None), (90, high, "character/x")]
    if turned:
        values = [(-amount, bound, character) for amount, bound, character in values]
    quantities = [
        bd.Quantity(amount=Decimal(amount), unit="USD", bound=bound) for amount, bound, _ in values
    ]
    claims = [
        attrs.evolve(claim, qualifiers=bd.Qualifiers(character=character))
        for claim, (_, _, character) in zip(
            _claims(Predicate.COST, *quantities), values, strict=True
        )
    ]
    (entry,) = _answers.disagreements("film/f", claims, None, order)
    assert Relation.OVERLAP is entry.relation
    assert {claim.value for claim in claims} == {fact.value for fact in entry.facts}
    assert Relation.DISTINCT is relate(claims[0], claims[2])
