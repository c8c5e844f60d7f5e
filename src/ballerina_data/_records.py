"""The immutable records: entities, sources, claims and the values claims carry.

Every constructor checks every field as strictly as the converter checks JSON: a record that
exists is valid. A bad field raises :class:`InvalidDataError` naming the class and the field.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from . import _quotes
from . import _validators as check
from ._entities import Alias, Character, Entity, Film, Organization, Person, TitleKind
from ._errors import InvalidDataError
from ._kinds import WorkKind
from ._predicates import CREW_ROLES, RECORD_TYPES, Predicate

__all__ = [
    "CREW_ROLES",
    "NO_QUALIFIERS",
    "Alias",
    "Bound",
    "Character",
    "Claim",
    "DateInterval",
    "DateValue",
    "Entity",
    "EntityRef",
    "Evidence",
    "Film",
    "Medium",
    "Organization",
    "PartialDate",
    "Person",
    "Predicate",
    "Qualifiers",
    "Quantity",
    "Season",
    "Source",
    "Status",
    "Text",
    "TitleKind",
    "Value",
    "WorkKind",
    "entity_ids",
    "parse_amount",
    "parse_publication_date",
]


class Medium(enum.Enum):
    """How a release reaches its audience."""

    THEATRICAL = "theatrical"
    STREAMING = "streaming"
    TELEVISION = "television"


class Status(enum.Enum):
    """How firm a statement is, as the source puts it."""

    SCHEDULED = "scheduled"
    RELEASED = "released"
    ANNOUNCED = "announced"
    UNDISCLOSED = "undisclosed"
    UNCONFIRMED = "unconfirmed"
    REPORTED = "reported"
    SPECULATED = "speculated"
    EXPECTED = "expected"
    IN_DEVELOPMENT = "in_development"
    #: A hope, wish or intention of someone involved ("I would love to see him come back",
    #: "Wiseman wants Keanu Reeves in Ballerina"), no more.
    HOPED = "hoped"
    #: A value the source says was set or held once and changed since: a former release
    #: date, budget, credit or plan ("originally set for June 7, 2024", "had been budgeted
    #: at $90 million", "was first cast, but ... took over"). It is the value's history: the
    #: answers never prefer it over a value not superseded, nor count it a conflict.
    SUPERSEDED = "superseded"


class Bound(enum.Enum):
    """How a :class:`Quantity` relates to its amount, as its quote's words give it.

    "over $400 million" is ``AT_LEAST``, "nearly two hours" ``AT_MOST``, "about $90
    million" ``ABOUT``, "$90 million" ``EXACT``: the words just before a figure in its quote
    give its bound (``_rules.BOUND_WORDS``), or else those just after it ("$400 million or
    more", ``_rules.BOUND_WORDS_AFTER``)."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOUT = "about"


class Season(enum.Enum):
    """Seasons, numbered as in EDTF level 1 (ISO 8601-2): spring 2023 is ``2023-21``."""

    SPRING = 21
    SUMMER = 22
    AUTUMN = 23
    WINTER = 24


# ASCII digits only: str.isdigit and int() also take other scripts' digits.
_EDTF = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)
_SEASONS = {season.value: season for season in Season}


@attrs.frozen(kw_only=True)
class PartialDate:
    """A date known to the year, season, month or day, written in EDTF: ``2023-21``, ``2024-06``.

    >>> PartialDate.parse("2023-21")
    PartialDate(year=2023, month=None, day=None, season=<Season.SPRING: 21>)
    >>> str(PartialDate(year=2024, month=6, day=7))
    '2024-06-07'
    """

    year: int = attrs.field(validator=check.integer(1, 9999))
    month: int | None = attrs.field(default=None, validator=check.integer(1, 12, optional=True))
    day: int | None = attrs.field(
        default=None, validator=check.exactly(int, "an int", optional=True)
    )
    season: Season | None = attrs.field(
        default=None, validator=check.exactly(Season, "a Season", optional=True)
    )

    @day.validator
    def _check_day(self, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            check.reject(self, attribute, f"needs a month: {value!r}")
        if not 1 <= value <= check.days_in_month(self.year, self.month):
            check.reject(
                self, attribute, f"not a day of {self.year:04d}-{self.month:02d}: {value!r}"
            )

    def __attrs_post_init__(self) -> None:
        if self.season is not None and self.month is not None:
            msg = f"PartialDate: a month or a season, not both: {self.month!r}, {self.season!r}"
            raise InvalidDataError([msg])

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse an EDTF string: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-SS`` (season).

        Only ASCII digits count, and nothing may surround the date.

        Raises:
            InvalidDataError: the string is not one of those shapes or not a real date.
        """
        match = _EDTF.fullmatch(text) if type(text) is str else None
        if match is None:
            shapes = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-21..24"
            msg = f"not an EDTF date ({shapes}): {check.short_repr(text)}"
            raise InvalidDataError([msg])
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None  # the pattern requires it
        if month in _SEASONS and day is None:
            return cls(year=year, season=_SEASONS[month])
        return cls(year=year, month=month, day=day)

    @property
    def precision(self) -> str:
        """``"year"``, ``"season"``, ``"month"`` or ``"day"``."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.season is None else "season"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """A key that orders dates chronologically, less precise dates first within a year."""
        if self.season is not None:  # with its first month: spring with March
            return (self.year, _SEASON_MONTHS[self.season][0], 0)
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.season is not None:
            return f"{text}-{self.season.value}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    @property
    def first_day(self) -> tuple[int, int, int]:
        """The first day the date could mean, as (year, month, day)."""
        if self.season is not None:
            return (self.year, _SEASON_MONTHS[self.season][0], 1)
        return (self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> tuple[int, int, int]:
        """The last day the date could mean, as (year, month, day); a winter's is the last
        day of the next year's February."""
        if self.season is Season.WINTER:
            return (self.year + 1, 2, check.days_in_month(self.year + 1, 2))
        if self.season is not None:
            last_month = _SEASON_MONTHS[self.season][1]
            return (self.year, last_month, check.days_in_month(self.year, last_month))
        if self.month is None:
            return (self.year, 12, 31)
        return (self.year, self.month, self.day or check.days_in_month(self.year, self.month))


# The months each season spans, as the northern-hemisphere seasons EDTF's 21-24 name.
# (A winter runs from December into the next year's February.)
_SEASON_MONTHS = {
    Season.SPRING: (3, 5),
    Season.SUMMER: (6, 8),
    Season.AUTUMN: (9, 11),
    Season.WINTER: (12, 2),
}


@attrs.frozen(kw_only=True)
class DateInterval:
    """A date known only to lie between two dates, written as an EDTF interval:
    ``2018/2023-10-06``. An open end is ``..``: ``2024/..`` is 2024 or later, ``../2023``
    2023 or earlier. An article that does not state its date, but whose words bound it,
    has such a publication date.

    >>> DateInterval.parse("2024/..")
    DateInterval(start=PartialDate(year=2024, month=None, day=None, season=None), end=None)
    >>> str(DateInterval(end=PartialDate(year=2023)))
    '../2023'
    """

    #: The earliest the date can be; ``None`` where the interval is open before.
    start: PartialDate | None = attrs.field(
        default=None, validator=check.exactly(PartialDate, "a PartialDate", optional=True)
    )
    #: The latest the date can be; ``None`` where the interval is open after.
    end: PartialDate | None = attrs.field(
        default=None, validator=check.exactly(PartialDate, "a PartialDate", optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise InvalidDataError(["DateInterval: a start, an end or both, not '../..'"])
        if (
            self.start is not None
            and self.end is not None
            and self.start.first_day > self.end.last_day
        ):
            msg = f"DateInterval: the start {self.start} is after the end {self.end}"
            raise InvalidDataError([msg])

    @classmethod
    def parse(cls, text: str) -> DateInterval:
        """Parse an EDTF interval: two dates (see :meth:`PartialDate.parse`) or ``..``,
        joined by ``/``.

        Raises:
            InvalidDataError: the string is no such interval, or its start is after its end.
        """
        if type(text) is not str or text.count("/") != 1:
            msg = (
                f"not an EDTF interval (START/END, '..' for an open end): {check.short_repr(text)}"
            )
            raise InvalidDataError([msg])
        start, end = text.split("/")
        return cls(
            start=None if start == ".." else PartialDate.parse(start),
            end=None if end == ".." else PartialDate.parse(end),
        )

    @property
    def first_day(self) -> tuple[int, int, int] | None:
        """The first day the date could be, or ``None`` where the interval is open before."""
        return None if self.start is None else self.start.first_day

    @property
    def last_day(self) -> tuple[int, int, int] | None:
        """The last day the date could be, or ``None`` where the interval is open after."""
        return None if self.end is None else self.end.last_day

    def __str__(self) -> str:
        return f"{self.start or '..'}/{self.end or '..'}"


def parse_publication_date(text: str) -> PartialDate | DateInterval:
    """A source's publication date from its EDTF text: a date, or an interval ("/").

    Raises:
        InvalidDataError: the text is neither.
    """
    if type(text) is str and "/" in text:
        return DateInterval.parse(text)
    return PartialDate.parse(text)


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a claim's words are: the exact quote and its offsets in the source text.

    This is the W3C Web Annotation model: a TextQuoteSelector (``quote`` with ``prefix`` and
    ``suffix``) plus a TextPositionSelector (``start``, ``end``: code points, end exclusive).
    """

    quote: str = attrs.field(validator=check.text())
    start: int = attrs.field(validator=check.integer(0, 2**62))
    end: int = attrs.field(validator=check.exactly(int, "an int"))
    prefix: str = attrs.field(default="", validator=check.text(blank=True))
    suffix: str = attrs.field(default="", validator=check.text(blank=True))

    @classmethod
    def locate(
        cls, text: str, quote: str, *, occurrence: int | None = None, context: str | None = None
    ) -> Evidence:
        """The evidence of ``quote`` in ``text``: its offsets, and 32 characters either side.

        Where the quote occurs more than once, say which: ``occurrence`` counts from 1
        (overlapping occurrences count: ``"a-a"`` occurs twice in ``"a-a-a"``), or
        ``context`` is a longer passage of the text, found once, that holds the quote once.
        Counts and ``occurrence`` take only the places a quote may be, where it starts and
        ends at the edges of words ("art" is not in "start"); a quote the text has only
        inside words is counted and found there, for the rule of whole words to refuse.

        >>> Evidence.locate("a dancer, a dancer", "dancer", occurrence=2)
        Evidence(quote='dancer', start=12, end=18, prefix='a dancer, a ', suffix='')
        >>> Evidence.locate("a dancer, a dancer", "dancer", context="a dancer,").start
        2

        Raises:
            InvalidDataError: the quote (or the context) is not in the text, or occurs more
                than once and neither ``occurrence`` nor ``context`` says which; the message
                suggests what the text has (the closest passage, the same words with the
                text's curly quotes, no-break spaces or dashes, or the passage the quote is
                under Unicode normalization, with its offsets).
            TypeError: an argument is not of its type.
        """
        return cls._at(text, quote, _quotes.locate(text, quote, occurrence, context))

    @classmethod
    def _at(cls, text: str, quote: str, start: int) -> Evidence:
        """The evidence of ``quote``, found in ``text`` at ``start``."""
        end = start + len(quote)
        return cls(
            quote=quote,
            start=start,
            end=end,
            prefix=text[max(0, start - _quotes.EVIDENCE_CONTEXT) : start],
            suffix=text[end : end + _quotes.EVIDENCE_CONTEXT],
        )

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: int) -> None:
        if value - self.start != len(self.quote):
            check.reject(
                self,
                attribute,
                f"end - start must equal the quote's length {len(self.quote)}: "
                f"{self.start!r}..{value!r}",
            )


@attrs.frozen(kw_only=True)
class EntityRef:
    """A claim value that is another entity of the catalog, by id."""

    id: str = attrs.field(validator=check.text())

    def __str__(self) -> str:
        return self.id


@attrs.frozen(kw_only=True)
class Text:
    """A claim value that is free text, such as a plot summary or a genre."""

    # At most a quote's length: the text a quote states.
    text: str = attrs.field(validator=check.text(longest=check.MAX_NOTE))

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class DateValue:
    """A claim value that is a (possibly partial) date."""

    date: PartialDate = attrs.field(validator=check.exactly(PartialDate, "a PartialDate"))

    def __str__(self) -> str:
        return str(self.date)


@attrs.frozen(kw_only=True)
class Quantity:
    """An amount with its unit or currency and how exact it is: "over $400 million"."""

    amount: Decimal = attrs.field(validator=check.finite)
    unit: str = attrs.field(validator=check.text(longest=check.MAX_NAME))
    bound: Bound = attrs.field(default=Bound.EXACT, validator=check.exactly(Bound, "a Bound"))

    def __str__(self) -> str:
        prefix = {Bound.EXACT: "", Bound.AT_LEAST: ">= ", Bound.AT_MOST: "<= ", Bound.ABOUT: "~"}
        return f"{prefix[self.bound]}{self.amount:,f} {self.unit}"


def amount_text(amount: Decimal) -> str:
    """An amount as the catalog format writes it: digits, a point and digits, no exponent.

    ``Decimal("4e8")`` is ``"400000000"``: an exponent would be refused when read back.
    """
    return format(amount, "f")


# As the format reference says: an optional minus, ASCII digits, an optional fraction; no
# longer than Python converts integers (sys.get_int_max_str_digits()).
_AMOUNT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?", re.ASCII)
_LONGEST_AMOUNT = 4300


def parse_amount(text: str) -> Decimal:
    """An amount as the catalog format writes it (see :func:`amount_text`).

    Raises:
        TypeError: ``text`` is not a str.
        ValueError: not digits, optionally a point and digits.
    """
    if type(text) is not str:
        kind = type(text).__name__
        msg = f"expected a decimal number as a string, got {kind} {check.short_repr(text)}"
        raise TypeError(msg)
    if len(text) > _LONGEST_AMOUNT and _AMOUNT.fullmatch(text) is not None:
        # A number still, as a shorter one too long is told (the record's own check).
        msg = f"must be within 100 digits of the point: {check.short_repr(text)}"
        raise ValueError(msg)
    if _AMOUNT.fullmatch(text) is None:
        shape = "digits, optionally a point and digits"
        raise ValueError(f"not a decimal number ({shape}): {check.short_repr(text)}")
    return Decimal(text)


#: What a claim can say, one of these four types, tagged by ``type`` in JSON.
Value: TypeAlias = EntityRef | Text | DateValue | Quantity

_VALUE_TYPES = (EntityRef, Text, DateValue, Quantity)


def _value(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) not in _VALUE_TYPES:
        check.wrong_type(instance, attribute, "an EntityRef, Text, DateValue or Quantity", value)


@attrs.frozen(kw_only=True)
class Qualifiers:
    """What narrows a claim: the character played, region, medium, status, date, title kind."""

    character: str | None = attrs.field(default=None, validator=check.text(optional=True))
    region: str | None = attrs.field(
        default=None, validator=check.text(optional=True, longest=check.MAX_NAME)
    )
    medium: Medium | None = attrs.field(
        default=None, validator=check.exactly(Medium, "a Medium", optional=True)
    )
    status: Status | None = attrs.field(
        default=None, validator=check.exactly(Status, "a Status", optional=True)
    )
    date: PartialDate | None = attrs.field(
        default=None, validator=check.exactly(PartialDate, "a PartialDate", optional=True)
    )
    title_kind: TitleKind | None = attrs.field(
        default=None, validator=check.exactly(TitleKind, "a TitleKind", optional=True)
    )


#: The qualifiers of a claim that gives none, one record shared: the index skips checking
#: a claim's qualifiers against its predicate when they are this one.
NO_QUALIFIERS = Qualifiers()


@attrs.frozen(kw_only=True)
class Claim:
    """One source's assertion about one entity, with the evidence that states it.

    The exports spread the first seven fields over columns of their own; every further field
    is a column of its name, described by its ``metadata["description"]``.
    """

    id: str = attrs.field(validator=check.file_name)
    subject: str = attrs.field(validator=check.text())
    predicate: Predicate = attrs.field(validator=check.exactly(Predicate, "a Predicate"))
    value: Value = attrs.field(validator=_value)
    qualifiers: Qualifiers = attrs.field(
        default=NO_QUALIFIERS, validator=check.exactly(Qualifiers, "a Qualifiers")
    )
    source: str = attrs.field(validator=check.text())
    evidence: Evidence = attrs.field(validator=check.exactly(Evidence, "an Evidence"))
    #: The curator's note, saying how a date was resolved, which work is meant, and so on.
    note: str | None = attrs.field(
        default=None,
        validator=check.text(optional=True, longest=check.MAX_NOTE),
        metadata={"description": "The curator's note: how a date or a work was resolved."},
    )


def entity_ids(claim: Claim) -> tuple[str, ...]:
    """The ids a claim names: its subject, then an entity value, then its character."""
    value = (claim.value.id,) if type(claim.value) is EntityRef else ()
    character = claim.qualifiers.character
    return (claim.subject, *value, *(() if character is None else (character,)))


def _publication_date(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and type(value) not in (PartialDate, DateInterval):
        check.wrong_type(instance, attribute, "a PartialDate, a DateInterval or None", value)


@attrs.frozen(kw_only=True)
class Source:
    """A source document: its metadata and the sha256 of its text.

    Each field's ``metadata["description"]`` describes its column in the exports, which
    carry every field (see ``_tables.record_columns``).
    """

    id: str = attrs.field(validator=check.file_name, metadata={"description": "The source's id."})
    #: ``None`` when the document has no headline.
    title: str | None = attrs.field(
        default=None,
        validator=check.text(optional=True, longest=check.MAX_NAME),
        metadata={"description": "The document's headline, where it has one."},
    )
    author: str | None = attrs.field(
        default=None,
        validator=check.text(optional=True, longest=check.MAX_NAME),
        metadata={"description": "The document's author."},
    )
    publisher: str | None = attrs.field(
        default=None,
        validator=check.text(optional=True, longest=check.MAX_NAME),
        metadata={"description": "Who published the document."},
    )
    #: A date, or an interval where the document's words bound its date but do not state it.
    published: PartialDate | DateInterval | None = attrs.field(
        default=None,
        validator=_publication_date,
        metadata={"description": "When it was published, in EDTF: a date or an interval."},
    )
    #: How ``published`` was found when the document does not state it.
    published_note: str | None = attrs.field(
        default=None,
        validator=check.text(optional=True, longest=check.MAX_NOTE),
        metadata={
            "description": "How the publication date was found where the document does not"
            " state it."
        },
    )
    language: str = attrs.field(
        default="en",
        validator=check.language_tag,
        metadata={"description": "The text's language, a BCP 47 tag."},
    )
    sha256: str = attrs.field(
        validator=check.sha256,
        metadata={"description": "The SHA-256 of the text, in hex.", "pattern": "[0-9a-f]{64}"},
    )
    note: str | None = attrs.field(
        default=None,
        validator=check.text(optional=True, longest=check.MAX_NOTE),
        metadata={"description": "The curator's note on the source."},
    )


RECORD_TYPES.update(
    {
        cls.__name__: cls
        for cls in (Film, Person, Character, Organization, Text, DateValue, Quantity)
    }
)
