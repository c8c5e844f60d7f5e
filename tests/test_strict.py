"""Strict records: a record that exists is valid, for the type checker and at run time.

Every constructor checks every field as the converter checks JSON and raises
:class:`InvalidDataError` naming ``Class.field``; mypy reports a missing required field.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ballerina_data import (
    Alias,
    Bound,
    Character,
    Claim,
    DateInterval,
    DateValue,
    EntityRef,
    Evidence,
    Film,
    InvalidDataError,
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
    WorkKind,
    _records,
)
from each_case import each
from strategies import RECORDS

EV = Evidence(quote="Len Wiseman", start=10, end=21)
CLAIM = Claim(
    id="000-001",
    subject="film/ballerina-2024",
    predicate=Predicate.DIRECTOR,
    value=EntityRef(id="person/len-wiseman"),
    source="000_352b652a736a487c",
    evidence=EV,
)
FILM = Film(id="film/ballerina-2024", kind=WorkKind.FILM, title="Ballerina")
QUANTITY = Quantity(amount=Decimal(400_000_000), unit="USD", bound=Bound.AT_LEAST)
PERSON = Person(id="person/len-wiseman", name="Len Wiseman")


def _with(record: Any, **changes: Any) -> Any:
    """``attrs.evolve``, out of the type checker's sight: these changes are wrong on purpose."""
    return attrs.evolve(record, **changes)


def _refused(build: Callable[[], object]) -> str:
    """The message of the InvalidDataError (exactly that class) that ``build`` raises."""
    with pytest.raises(InvalidDataError) as info:
        build()
    assert InvalidDataError is type(info.value)
    return str(info.value)


class TestTheCasesOfIssue11:
    """Each constructor call the issue names fails at once, naming the class and field."""

    @each(
        ("build", "message"),
        [
            (
                lambda: _with(CLAIM, predicate="director"),
                "Claim.predicate: expected a Predicate, got str 'director'",
            ),
            (
                lambda: _with(CLAIM, value="2025-06-06"),
                "Claim.value: expected an EntityRef, Text, DateValue or Quantity,"
                " got str '2025-06-06'",
            ),
            (
                lambda: _with(FILM, year="2024"),
                "Film.year: expected an int or None, got str '2024'",
            ),
            (
                lambda: Qualifiers(medium="cinema"),  # type: ignore[arg-type]
                "Qualifiers.medium: expected a Medium or None, got str 'cinema'",
            ),
            (
                lambda: Quantity(amount=Decimal("NaN"), unit="USD"),
                "Quantity.amount: must be a finite number: Decimal('NaN')",
            ),
        ],
        ids=["claim-predicate", "claim-value", "film-year", "qualifiers-medium", "quantity-nan"],
    )
    def test_named_case_is_refused(self, build: Callable[[], object], message: str) -> None:
        assert message == _refused(build)

    @each("amount", ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity"])
    def test_amounts_are_finite(self, amount: str) -> None:
        message = _refused(lambda: _with(QUANTITY, amount=Decimal(amount)))
        assert message.startswith("Quantity.amount: must be a finite number")

    @each(
        ("build", "where"),
        [
            (lambda: _with(FILM, year=True), "Film.year"),
            (lambda: PartialDate(year=True), "PartialDate.year"),
            (lambda: PartialDate(year=2024, month=True), "PartialDate.month"),
            (lambda: PartialDate(year=2024, month=6, day=True), "PartialDate.day"),
            (lambda: Evidence(quote="L", start=False, end=1), "Evidence.start"),
            (lambda: Evidence(quote="L", start=0, end=True), "Evidence.end"),
        ],
    )
    def test_a_bool_is_not_an_int(self, build: Callable[[], object], where: str) -> None:
        assert re.fullmatch(
            rf"{re.escape(where)}: expected an int.*, got bool (True|False)", _refused(build)
        )

    @each(
        ("build", "where"),
        [
            (lambda: _with(CLAIM, value=Predicate.DIRECTOR), "Claim.value"),
            (lambda: _with(CLAIM, evidence={"quote": "x"}), "Claim.evidence"),
            (lambda: _with(CLAIM, qualifiers=None), "Claim.qualifiers"),
            (lambda: DateValue(date="2024"), "DateValue.date"),  # type: ignore[arg-type]
            (lambda: _with(FILM, kind="film"), "Film.kind"),
            (lambda: _with(FILM, aliases=("Ballerina 2",)), "Film.aliases"),
            (lambda: _with(FILM, aliases=[Alias(name="B")]), "Film.aliases"),
            (lambda: Alias(name="B", kind=WorkKind.FILM), "Alias.kind"),  # type: ignore[arg-type]
            (lambda: _with(QUANTITY, amount=400), "Quantity.amount"),
            (lambda: _with(QUANTITY, amount=4.5), "Quantity.amount"),
            (lambda: _with(QUANTITY, bound="at_least"), "Quantity.bound"),
            (lambda: PartialDate(year=2023, season=21), "PartialDate.season"),  # type: ignore[arg-type]
            (lambda: _with(PERSON, aliases=["Wiseman"]), "Person.aliases"),
        ],
    )
    def test_enum_nested_and_union_fields_take_only_their_classes(
        self, build: Callable[[], object], where: str
    ) -> None:
        assert _refused(build).startswith(f"{where}: expected ")


# --- Every field of every record type, from its annotation ---------------------------------


def _hints(cls: type) -> dict[str, Any]:
    # The classes' __module__ says ballerina_data; their annotations resolve in _records.
    return typing.get_type_hints(cls, globalns=vars(_records))


FIELDS = [(cls, field.name) for cls in RECORDS for field in attrs.fields(cls)]


def _accepts(hint: Any, value: object) -> bool:
    """Whether ``value`` is of the type ``hint`` as the converter reads it: exact classes."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_accepts(arg, value) for arg in typing.get_args(hint))
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return type(value) is tuple and all(_accepts(item, v) for v in value)
    if hint is type(None):
        return value is None
    return type(value) is hint


class _Str(str):
    __slots__ = ()


class _Int(int):
    __slots__ = ()


#: A valid record of each type, to change one field of.
RECORDS_EXAMPLE: dict[type, object] = {
    PartialDate: PartialDate(year=2024),
    DateInterval: DateInterval(start=PartialDate(year=2024)),
    Quantity: QUANTITY,
    EntityRef: EntityRef(id="person/len-wiseman"),
    Text: Text(text="revenge flick"),
    DateValue: DateValue(date=PartialDate(year=2024)),
    Qualifiers: Qualifiers(),
    Evidence: EV,
    Claim: CLAIM,
    Source: Source(id="000_352b652a736a487c", sha256="0" * 64),
    Alias: Alias(name="John Wick: Ballerina"),
    Film: FILM,
    Person: PERSON,
    Character: Character(id="character/rooney", name="Rooney"),
    Organization: Organization(id="org/lionsgate", name="Lionsgate"),
}

_ENUMS: list[type[enum.Enum]] = [
    Bound,
    Medium,
    Predicate,
    Season,
    Status,
    TitleKind,
    WorkKind,
]
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
    st.binary(max_size=5),
    st.text(min_size=1, max_size=5).map(_Str),
    st.integers(1, 2000).map(_Int),
    st.sampled_from([member for cls in _ENUMS for member in cls]),
    st.sampled_from(list(RECORDS_EXAMPLE.values())),
)
#: Values that pass a loose isinstance check, or look right when printed, but are not the type.
NEAR_MISSES: list[object] = [
    None,
    True,
    0,
    _Int(2024),
    2024.0,
    Decimal(2024),
    "2024",
    _Str("film/ballerina-2024"),
    b"Ballerina",
    ["Ballerina"],
    ("Ballerina", 2024),
    (Alias(name="Ballerina"), "Ballerina"),
    {"year": 2024},
    *(next(iter(cls)) for cls in _ENUMS),
    *RECORDS_EXAMPLE.values(),
]
#: Values of every kind, among them collections holding values of every kind.
anything = _scalars | st.lists(_scalars, max_size=3) | st.lists(_scalars, max_size=3).map(tuple)
anything |= st.dictionaries(st.text(max_size=3), _scalars, max_size=2)


def test_the_fields_cover_every_record_type_and_their_types_resolve() -> None:
    record_types = {
        value
        for name in _records.__all__
        if isinstance(value := getattr(_records, name), type) and attrs.has(value)
    }
    assert record_types == set(RECORDS) == {cls for cls, _ in FIELDS}
    for cls, name in FIELDS:
        assert name in _hints(cls)


# One case each, not one table: each case checks every wrong type of its field, tens of
# milliseconds, and the cases spread over the workers.
@pytest.mark.parametrize(
    ("cls", "name"), FIELDS, ids=[f"{cls.__name__}.{name}" for cls, name in FIELDS]
)
def test_a_value_of_a_wrong_type_is_refused_at_construction(cls: type, name: str) -> None:
    hint = _hints(cls)[name]
    where = f"{cls.__name__}.{name}: expected "

    # The near misses every field sees, whatever Hypothesis draws below.
    for wrong in NEAR_MISSES:
        if not _accepts(hint, wrong):
            message = _refused(lambda: _with(RECORDS_EXAMPLE[cls], **{name: wrong}))  # noqa: B023
            assert message.startswith(where), message

    # 55 fields: 25 examples each keep this test within a few seconds.
    @settings(max_examples=25)
    @given(RECORDS[cls], anything.filter(lambda value: not _accepts(hint, value)))
    def check(record: object, wrong: object) -> None:
        message = _refused(lambda: _with(record, **{name: wrong}))
        assert message.startswith(where), message

    check()


def _text_fields() -> list[tuple[type, str]]:
    found = []
    for cls, name in FIELDS:
        hint = _hints(cls)[name]
        if str in (hint, *typing.get_args(hint)) or hint == tuple[str, ...]:
            found.append((cls, name))
    return found


#: The only strings that may be empty: the context around a quote at either end of a text.
MAY_BE_BLANK = {(Evidence, "prefix"), (Evidence, "suffix")}
TEXT_FIELDS = _text_fields()


def test_blank_strings_are_allowed_only_around_a_quote() -> None:
    assert MAY_BE_BLANK < set(TEXT_FIELDS)
    for cls, name in MAY_BE_BLANK:
        assert "" == getattr(_with(RECORDS_EXAMPLE[cls], **{name: ""}), name)


@each(
    ("cls", "name"),
    sorted(set(TEXT_FIELDS) - MAY_BE_BLANK, key=str),
    ids=lambda x: x if isinstance(x, str) else x.__name__,
)
@each("blank", ["", "   ", "\t\n"], ids=["empty", "spaces", "whitespace"])
def test_empty_strings_are_refused_where_required(cls: type, name: str, blank: str) -> None:
    value: object = (blank,) if _hints(cls)[name] == tuple[str, ...] else blank
    message = _refused(lambda: _with(RECORDS_EXAMPLE[cls], **{name: value}))
    assert message.startswith(f"{cls.__name__}.{name}: "), message


def test_every_record_type_has_an_example() -> None:
    assert set(RECORDS) == set(RECORDS_EXAMPLE)
    assert all(type(example) is cls for cls, example in RECORDS_EXAMPLE.items())


# --- The type checker -------------------------------------------------------------------

TYPING_EXAMPLES = Path(__file__).parent / "typing-examples" / "records.py"
_EXPECTED = re.compile(r"  # E: (.+?)\s*$")
_REPORTED = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: (?P<message>.+)$", re.MULTILINE)


def _expected_errors() -> set[tuple[int, str]]:
    lines = TYPING_EXAMPLES.read_text(encoding="utf-8").splitlines()
    return {
        (number, match.group(1))
        for number, line in enumerate(lines, start=1)
        if (match := _EXPECTED.search(line))
    }


@pytest.fixture(scope="module")
def mypy_errors() -> set[tuple[int, str]]:
    from mypy import api

    config = Path(__file__).parent.parent / "pyproject.toml"
    stdout, stderr, _ = api.run(["--config-file", str(config), "--strict", str(TYPING_EXAMPLES)])
    assert "" == stderr
    found = {
        (int(match["line"]), match["message"])
        for match in _REPORTED.finditer(stdout)
        if Path(match["path"]).name == TYPING_EXAMPLES.name
    }
    assert found, stdout  # mypy ran and read the file
    return found


def test_mypy_reports_exactly_the_expected_errors(mypy_errors: set[tuple[int, str]]) -> None:
    assert _expected_errors() == mypy_errors


def test_a_missing_required_field_is_expected_for_every_field_of_every_record_type() -> None:
    # The examples leave out each required field in turn: what attrs says is required.
    missing = {
        (match[2], match[1])
        for _, message in _expected_errors()
        if (
            match := re.fullmatch(
                r'Missing named argument "(\w+)" for "(\w+)"  \[call-arg\]', message
            )
        )
    }
    required = {
        (cls.__name__, field.name)
        for cls in RECORDS
        for field in attrs.fields(cls)
        if field.default is attrs.NOTHING
    }
    assert required == missing
    no_required_field = {Qualifiers.__name__, DateInterval.__name__}
    assert {cls.__name__ for cls in RECORDS} - no_required_field == {c for c, _ in required}
