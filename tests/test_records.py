"""Records: immutability, validation, and JSON round trips for every type."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ballerina_data import (
    Alias,
    Bound,
    Claim,
    DateInterval,
    DateValue,
    EntityRef,
    Evidence,
    Film,
    InvalidDataError,
    PartialDate,
    Person,
    Qualifiers,
    Quantity,
    Season,
    Text,
    WorkKind,
    from_json,
    to_json,
)
from each_case import each
from strategies import RECORDS


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda cls: cls.__name__)
class TestEveryRecordType:
    def test_frozen_slotted_and_hashable(self, cls: type[Any]) -> None:
        @given(RECORDS[cls])
        def check(record: Any) -> None:
            assert attrs.has(cls)
            assert "__dict__" not in dir(record)
            hash(record)
            field = attrs.fields(cls)[0].name
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(record, field, getattr(record, field))

        check()

    def test_json_round_trip(self, cls: type[Any]) -> None:
        @given(RECORDS[cls])
        def check(record: Any) -> None:
            assert record == from_json(to_json(record), cls)

        check()


class TestPartialDate:
    @each(
        ("text", "precision"),
        [("2023", "year"), ("2023-21", "season"), ("2023-03", "month"), ("2024-06-07", "day")],
    )
    def test_parse_and_format_each_precision(self, text: str, precision: str) -> None:
        date = PartialDate.parse(text)
        assert text == str(date)
        assert precision == date.precision

    def test_spring_is_season_21(self) -> None:
        assert PartialDate(year=2023, season=Season.SPRING) == PartialDate.parse("2023-21")

    @each("text", ["2023-13", "2023-02-30", "23", "2023-25", "2023-21-01", ""])
    def test_rejects_bad_strings(self, text: str) -> None:
        with pytest.raises(ValueError, match=r"2023|EDTF|month|day"):
            PartialDate.parse(text)

    def test_month_and_season_are_exclusive(self) -> None:
        with pytest.raises(ValueError, match="not both"):
            PartialDate(year=2023, month=3, season=Season.SPRING)

    @given(st.lists(RECORDS[PartialDate], min_size=2))
    def test_sort_key_orders_by_year_first(self, dates: list[PartialDate]) -> None:
        ordered = sorted(dates, key=lambda d: d.sort_key)
        assert [d.year for d in ordered] == sorted(d.year for d in dates)

    @given(st.lists(RECORDS[PartialDate], min_size=2))
    def test_sort_key_is_chronological_by_first_day(self, dates: list[PartialDate]) -> None:
        # A season sorts with its first month: spring 2023 after February, with March.
        ordered = sorted(dates, key=lambda d: d.sort_key)
        firsts = [d.first_day for d in ordered]
        assert sorted(firsts) == firsts

    @given(RECORDS[PartialDate])
    def test_first_day_is_not_after_last_day(self, date: PartialDate) -> None:
        assert date.first_day <= date.last_day

    @each(
        ("text", "first", "last"),
        [
            ("2023", (2023, 1, 1), (2023, 12, 31)),
            ("2023-21", (2023, 3, 1), (2023, 5, 31)),
            ("2023-24", (2023, 12, 1), (2024, 2, 29)),
            ("2022-24", (2022, 12, 1), (2023, 2, 28)),
            ("2024-02", (2024, 2, 1), (2024, 2, 29)),
            ("2023-02", (2023, 2, 1), (2023, 2, 28)),
            ("2023-10-06", (2023, 10, 6), (2023, 10, 6)),
        ],
    )
    def test_first_and_last_day(
        self, text: str, first: tuple[int, int, int], last: tuple[int, int, int]
    ) -> None:
        date = PartialDate.parse(text)
        assert (first, last) == (date.first_day, date.last_day)


class TestDateInterval:
    @each("text", ["2024/..", "../2023", "2018/2023-10-06", "2023-21/2023-06"])
    def test_parse_and_format(self, text: str) -> None:
        assert text == str(DateInterval.parse(text))

    def test_open_ends_have_no_day(self) -> None:
        after, before = DateInterval.parse("2024/.."), DateInterval.parse("../2023")
        assert (after.first_day, after.last_day) == ((2024, 1, 1), None)
        assert (before.first_day, before.last_day) == (None, (2023, 12, 31))

    @each(
        ("text", "message"),
        [
            ("../..", "a start, an end or both"),
            ("2024/2023", "the start 2024 is after the end 2023"),
            ("2023-06/2023-21", "is after the end"),
            ("2024", "not an EDTF interval"),
            ("2023/2024/2025", "not an EDTF interval"),
            ("2024/", "not an EDTF date"),
            ("../2023-13", "month: must be 1-12"),
        ],
    )
    def test_rejects_bad_intervals(self, text: str, message: str) -> None:
        with pytest.raises(InvalidDataError, match=message):
            DateInterval.parse(text)

    def test_a_source_reads_a_date_or_an_interval(self) -> None:
        from ballerina_data import Source

        for text, cls in (("2023", PartialDate), ("2024/..", DateInterval)):
            data = json.dumps({"id": "s", "published": text, "sha256": "0" * 64})
            source = from_json(data, Source)
            assert type(source.published) is cls
            assert text == json.loads(to_json(source))["published"]


@pytest.mark.parametrize(
    ("tag", "taken"),
    [
        ("en", True),
        ("ko", True),
        ("en-GB", True),
        ("zh-Hant-TW", True),
        ("sr-Latn-RS", True),
        ("de-CH-1996", True),
        ("x-mine", True),
        # Reported: any text was a language, of any length.
        ("english", False),
        ("en_GB", False),
        ("en-", False),
        ("", False),
        ("en-" + "x" * 61, False),
    ],
)
def test_a_sources_language_is_a_bcp_47_tag(tag: str, taken: bool) -> None:
    from ballerina_data import Source

    if taken:
        assert tag == Source(id="s", sha256="0" * 64, language=tag).language
    else:
        with pytest.raises(InvalidDataError, match=r"^Source\.language: must be a BCP 47"):
            Source(id="s", sha256="0" * 64, language=tag)


def test_evidence_end_must_match_quote_length() -> None:
    with pytest.raises(InvalidDataError, match=r"Evidence\.end: end - start must equal"):
        Evidence(quote="Ballerina", start=10, end=12)


GOOD_CLAIM: dict[str, Any] = {
    "id": "000-001",
    "subject": "film/ballerina-2024",
    "predicate": "director",
    "value": {"type": "entity", "id": "person/len-wiseman"},
    "source": "000_352b652a736a487c",
    "evidence": {"quote": "Len Wiseman", "start": 10, "end": 21},
}


def test_good_claim_loads() -> None:
    claim = from_json(json.dumps(GOOD_CLAIM), Claim)
    assert "person/len-wiseman" == claim.value.id  # type: ignore[union-attr]


@each(
    ("change", "message"),
    [
        (
            {"evidence": {"quote": "Len Wiseman", "start": "10", "end": 21}},
            "expected an integer, got str '10' @ $.evidence.start",
        ),
        ({"subject": None}, "expected a string, got NoneType None @ $.subject"),
        (
            {"evidence": {"quote": "Len Wiseman", "start": 10}},
            "required field missing @ $.evidence.end",
        ),
        ({"colour": "red"}, "unknown field(s) 'colour' @ $"),
        (
            {"value": {"type": "date", "date": "2023-13"}},
            "PartialDate.month: must be 1-12: 13 @ $.value.date",
        ),
        ({"value": {"type": "date", "date": "spring"}}, "not an EDTF date"),
        (
            {"predicate": "directr"},
            "'directr' is not a Predicate; did you mean 'director'? @ $.predicate",
        ),
        # Reported: "cast" is nearer to "cost" in letters, but a casting is meant.
        (
            {"predicate": "cast"},
            "'cast' is not a Predicate; did you mean 'cast_member'? @ $.predicate",
        ),
        ({"qualifiers": {"medium": "cinema"}}, "'cinema' is not a Medium"),
        ({"value": {"type": "person", "id": "x"}}, "'type' must be one of"),
        (
            {"value": {"type": "quantity", "amount": 9, "unit": "USD"}},
            "expected a decimal number as a string, got int 9 @ $.value.amount",
        ),
    ],
)
def test_malformed_claim_names_the_bad_field(change: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidDataError) as info:
        from_json(json.dumps(GOOD_CLAIM | change), Claim)
    assert message in str(info.value)


def test_missing_top_level_field_is_reported() -> None:
    data = {key: value for key, value in GOOD_CLAIM.items() if key != "predicate"}
    with pytest.raises(InvalidDataError, match=r"required field missing @ \$\.predicate"):
        from_json(json.dumps(data), Claim)


@each("text", ["{", "[1]", '"x"', b"\xff\xfe", "null"])
def test_not_an_object_raises_our_error(text: str | bytes) -> None:
    with pytest.raises(InvalidDataError, match=r"@ \$"):
        from_json(text, Claim)


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31))
def test_a_day_is_accepted_exactly_when_it_is_a_calendar_day(
    year: int, month: int, day: int
) -> None:
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        with pytest.raises(InvalidDataError, match=r"PartialDate\.day: not a day of"):
            PartialDate(year=year, month=month, day=day)
    else:
        assert day == PartialDate(year=year, month=month, day=day).day


def test_a_value_read_without_its_tag_leaves_other_empty_objects_alone() -> None:
    # The parser shares one dict among all "{}": from_json("{}", Text) once wrote its tag
    # into it, and a later from_json("{}", Qualifiers) read "unknown field(s) 'type'".
    from ballerina_data import Qualifiers, Text

    with pytest.raises(InvalidDataError, match="required field missing"):
        from_json("{}", Text)
    assert Qualifiers() == from_json("{}", Qualifiers)


@each(
    ("value", "shown"),
    [
        (Text(text="a “quoted” plot"), "a “quoted” plot"),
        (EntityRef(id="film/ballerina-2024"), "film/ballerina-2024"),
        (DateValue(date=PartialDate(year=2024, month=6)), "2024-06"),
        (Quantity(amount=Decimal("4e8"), unit="USD", bound=Bound.AT_LEAST), ">= 400,000,000 USD"),
    ],
)
def test_str_of_a_value_is_what_it_says(value: object, shown: str) -> None:
    assert str(value) == shown


@each(
    ("build", "problem"),
    [
        (
            lambda: Person(id="person/a", name="Ana", aliases=("Ani", "Ani")),
            "[1] 'Ani' is an alias before it",
        ),
        (lambda: Person(id="person/a", name="Ana", aliases=("Ana",)), "[0] 'Ana' is its name"),
        (
            lambda: Film(id="film/a", kind=WorkKind.FILM, title="T", aliases=(Alias(name="T"),)),
            "[0] 'T' is its title",
        ),
    ],
)
def test_an_alias_is_given_once_and_is_not_the_name(build: Any, problem: str) -> None:
    # Reported: duplicate aliases were taken and exported as duplicate rows.
    with pytest.raises(InvalidDataError, match=re.escape(problem)):
        build()


@each(
    ("build", "field"),
    [
        (lambda: Text(text="x" * 10_001), "Text.text"),
        (lambda: Quantity(amount=Decimal(1), unit="u" * 501), "Quantity.unit"),
        (lambda: Qualifiers(region="r" * 501), "Qualifiers.region"),
    ],
)
def test_a_text_value_unit_and_region_have_a_length_bound(build: Any, field: str) -> None:
    # Reported: a region or a text value of 10,000,000 characters was taken.
    with pytest.raises(InvalidDataError, match=rf"^{field}: has \d+ characters, over the limit"):
        build()
