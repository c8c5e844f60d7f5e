"""The immutable records: entities, sources, claims, the values claims carry, and predicates.

Every constructor checks every field as strictly as the converter checks JSON: a record that
exists is valid. A bad field raises :class:`InvalidDataError` naming the class and the field.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, TypeAlias

import attrs

from ._errors import InvalidDataError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "CREW_ROLES",
    "Alias",
    "Bound",
    "Character",
    "Claim",
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
]

_Validator: TypeAlias = Any  # attrs' validator protocol; the checks below are plain functions


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _reject(instance: Any, attribute: attrs.Attribute[Any], problem: str) -> NoReturn:
    raise InvalidDataError([f"{type(instance).__name__}.{attribute.name}: {problem}"])


def _wrong_type(
    instance: Any, attribute: attrs.Attribute[Any], expected: str, value: Any
) -> NoReturn:
    _reject(
        instance, attribute, f"expected {expected}, got {type(value).__name__} {_short_repr(value)}"
    )


def _exactly(cls: type, expected: str, *, optional: bool = False) -> _Validator:
    """A value of exactly ``cls``: a bool is no int, a str subclass no str."""
    if optional:
        expected += " or None"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not cls and not (optional and value is None):
            _wrong_type(instance, attribute, expected, value)

    return check


def _text(*, optional: bool = False, blank: bool = False) -> _Validator:
    """A string; unless ``blank``, one with something besides whitespace."""
    expected = "a string" if blank else "a non-empty string"
    if optional:
        expected += " or None"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is str:
            if not blank and not value.strip():
                _reject(instance, attribute, f"must not be empty or blank: {value!r}")
            if not value.isascii():
                _check_encodable(instance, attribute, value)
        elif not (optional and value is None):
            _wrong_type(instance, attribute, expected, value)

    return check


def _check_encodable(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    # A lone surrogate: no UTF-8 file, and so no catalog file or export, can hold it.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        _reject(instance, attribute, f"has a lone surrogate at {exc.start}: {_short_repr(value)}")


def _tuple_of(cls: type, expected: str) -> _Validator:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not tuple:
            _wrong_type(instance, attribute, f"a tuple of {expected}", value)
        for position, item in enumerate(value):
            if type(item) is not cls:
                _wrong_type(instance, attribute, f"{expected} at [{position}]", item)
            if type(item) is str and not item.strip():
                _reject(instance, attribute, f"[{position}] must not be empty or blank: {item!r}")
            if type(item) is str and not item.isascii():
                _check_encodable(instance, attribute, item)

    return check


def _in_range(low: int, high: int) -> _Validator:
    # A range a reader can take in is named whole; of an offset's, 0 to 2**62, only the
    # bound that was passed.
    whole = f"{low}-{high}" if high < 10**6 else None

    def check(instance: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and not low <= value <= high:
            shape = whole or (f"at least {low}" if value < low else f"at most {high}")
            _reject(instance, attribute, f"must be {shape}: {value!r}")

    return check


def _id(*prefixes: str) -> _Validator:
    pattern = re.compile(rf"(?:{'|'.join(prefixes)})/[a-z0-9]+(?:-[a-z0-9]+)*")
    shape = f"'{prefixes[0]}/<slug>' (lowercase letters, digits and single hyphens)"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not str:
            _wrong_type(instance, attribute, "a string", value)
        if pattern.fullmatch(value) is None:
            _reject(instance, attribute, f"must look like {shape}: {_short_repr(value)}")

    return check


_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def _name(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # A source's id names its files (claims/<id>.json, seeds/<id>.txt): no "/", no "..".
    if type(value) is not str:
        _wrong_type(instance, attribute, "a string", value)
    if _NAME.fullmatch(value) is None:
        shape = "1-128 letters, digits, '.', '_' or '-', starting with a letter or digit"
        _reject(instance, attribute, f"must be {shape}: {_short_repr(value)}")


class WorkKind(enum.Enum):
    """What kind of work a :class:`Film` record describes."""

    FILM = "film"
    TV_SERIES = "tv_series"
    FRANCHISE = "franchise"
    #: The sources name the work without saying whether it is a film or a series.
    UNSPECIFIED = "unspecified"


class TitleKind(enum.Enum):
    """How a title is used: the main title, another title, a working title, a short form."""

    TITLE = "title"
    ALTERNATIVE_TITLE = "alternative_title"
    WORKING_TITLE = "working_title"
    SHORT_TITLE = "short_title"


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


class Bound(enum.Enum):
    """How a :class:`Quantity` relates to its amount: "over $400 million" is ``AT_LEAST``."""

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


def _days_in_month(year: int, month: int) -> int:
    # Gregorian rules, as datetime has them; importing datetime would cost the first query.
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@attrs.frozen(kw_only=True)
class PartialDate:
    """A date known to the year, season, month or day, written in EDTF: ``2023-21``, ``2024-06``.

    >>> PartialDate.parse("2023-21")
    PartialDate(year=2023, month=None, day=None, season=<Season.SPRING: 21>)
    >>> str(PartialDate(year=2024, month=6, day=7))
    '2024-06-07'
    """

    year: int = attrs.field(validator=[_exactly(int, "an int"), _in_range(1, 9999)])
    month: int | None = attrs.field(
        default=None, validator=[_exactly(int, "an int", optional=True), _in_range(1, 12)]
    )
    day: int | None = attrs.field(default=None, validator=_exactly(int, "an int", optional=True))
    season: Season | None = attrs.field(
        default=None, validator=_exactly(Season, "a Season", optional=True)
    )

    @day.validator
    def _check_day(self, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            _reject(self, attribute, f"needs a month: {value!r}")
        if not 1 <= value <= _days_in_month(self.year, self.month):
            _reject(self, attribute, f"not a day of {self.year:04d}-{self.month:02d}: {value!r}")

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
            msg = (
                f"not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-21..24): {_short_repr(text)}"
            )
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
        if self.season is not None:
            return (self.year, 3 * self.season.value - 62, 0)  # spring ~ April, summer ~ July
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


#: How many characters of the text :meth:`Evidence.locate` keeps either side of a quote, as
#: the shipped data does (fewer at the text's start and end).
EVIDENCE_CONTEXT = 32


#: How many occurrences of a quote are counted before "more than" says the rest.
_COUNTED = 1000


def _occurrences(text: str, quote: str, limit: int = _COUNTED + 1) -> list[int]:
    """The starts of ``quote`` in ``text``, overlapping ones included, the first ``limit``."""
    starts: list[int] = []
    start = text.find(quote)
    while start >= 0 and len(starts) < limit:
        starts.append(start)
        start = text.find(quote, start + 1)
    return starts


def _times(starts: list[int]) -> str:
    if len(starts) == 1:
        return "once"
    return f"more than {_COUNTED} times" if len(starts) > _COUNTED else f"{len(starts)} times"


# What sources write and keyboards do not: curly quotes, no-break spaces, dashes. Each folds
# to one character, so offsets in the folded text are offsets in the text.
_TYPOGRAPHY_KINDS = {
    "\u2018": ("'", "curly quotes"),
    "\u2019": ("'", "curly quotes"),
    "\u201c": ('"', "curly quotes"),
    "\u201d": ('"', "curly quotes"),
    "\u00a0": (" ", "no-break spaces"),
    "\u202f": (" ", "no-break spaces"),
    "\u2013": ("-", "dashes"),
    "\u2014": ("-", "dashes"),
}
_TYPOGRAPHY = str.maketrans({char: plain for char, (plain, _) in _TYPOGRAPHY_KINDS.items()})


def _check_locate_arguments(text: Any, quote: Any, occurrence: Any, context: Any) -> None:
    for name, value, expected, ok in (
        ("text", text, "a str", isinstance(text, str)),
        ("quote", quote, "a str", isinstance(quote, str)),
        ("occurrence", occurrence, "an int or None", occurrence is None or type(occurrence) is int),
        ("context", context, "a str or None", context is None or isinstance(context, str)),
    ):
        if not ok:
            msg = f"{name} must be {expected}, got {type(value).__name__} {_short_repr(value)}"
            raise TypeError(msg)
    if not quote.strip():
        raise InvalidDataError(f"quote is empty or blank: {quote!r}")
    if context is not None and not context.strip():
        raise InvalidDataError(f"context is empty or blank: {context!r}")
    if occurrence is not None and context is not None:
        raise InvalidDataError("occurrence and context: give one, not both")
    for name, value in (("text", text), ("quote", quote), ("context", context or "")):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:  # what a catalog file could not hold
            msg = f"{name} has a lone surrogate at {exc.start}, which no UTF-8 text holds"
            raise InvalidDataError(msg) from None


def _start_in_context(text: str, quote: str, context: str) -> int:
    around = _occurrences(text, context)
    inside = _occurrences(context, quote, limit=2)
    if not around:
        hint = _hint(text, context)
        raise InvalidDataError(f"context not in the text: {_short_repr(context)}{hint}")
    if len(around) > 1:
        msg = f"context occurs {_times(around)}: {_short_repr(context)}; make it longer"
        raise InvalidDataError(msg)
    if len(inside) != 1:
        holds = "does not hold the quote" if not inside else "holds the quote more than once"
        raise InvalidDataError(f"context {_short_repr(context)} {holds}")
    return around[0] + inside[0]


def _ambiguous(text: str, quote: str, starts: list[int]) -> str:
    """Where a quote found more than once is, with the words that tell each place apart."""
    shown = "; ".join(
        f"{n}: {_short_repr(text[max(0, at - 12) : at + len(quote) + 12])}"
        for n, at in enumerate(starts[:3], 1)
    )
    more = f"; and {len(starts) - 3} more" if 3 < len(starts) <= _COUNTED else ""
    more = f"; and more than {_COUNTED - 3} more" if len(starts) > _COUNTED else more
    which = f"1-{len(starts)}" if len(starts) <= _COUNTED else "from 1"
    return (
        f"quote occurs {_times(starts)}: {_short_repr(quote)} ({shown}{more});"
        f" give an occurrence ({which}) or a context"
    )


def _check_whole_letters(text: str, quote: str, start: int, end: int) -> None:
    """Refuse a quote that cuts a letter written with a combining mark ("cafe" of "café")."""
    import unicodedata

    for at in (start, end):
        if at < len(text) and unicodedata.combining(text[at]):
            stop = end
            while stop < len(text) and unicodedata.combining(text[stop]):
                stop += 1
            msg = (
                f"quote {_short_repr(quote)} cuts a letter of the text in two, at a combining"
                f" mark: the text has {_short_repr(text[start:stop])}"
            )
            raise InvalidDataError(msg)


#: A quote longer than this gets no closest passage; below the budget (text length times
#: quote length), every passage is compared.
_LONGEST_HINTED = 2000
_HINT_BUDGET = 2_000_000


def _hint(text: str, quote: str) -> str:
    """A suggestion for a quote the text does not hold: the same words with the text's
    typography, or else the closest passage that starts a word."""
    at = text.translate(_TYPOGRAPHY).find(quote.translate(_TYPOGRAPHY))
    if at >= 0:
        passage = text[at : at + len(quote)]
        kinds = sorted(
            {
                _TYPOGRAPHY_KINDS[char][1]
                for pair in zip(passage, quote, strict=True)
                if pair[0] != pair[1]
                for char in pair
                if char in _TYPOGRAPHY_KINDS
            }
        )
        return f"; the text has {_short_repr(passage)} (mind its {' and '.join(kinds)})"
    import difflib

    if len(quote) > _LONGEST_HINTED:
        return ""  # comparing passages this long would take minutes, not a moment
    # Passages as long as the quote, from the start of a word to the end of one: in a short
    # text every word starts one; in a long one, only where a word of the quote is, at
    # that word's place in the quote, so that the work grows with the text, not its square.
    if len(text) * len(quote) <= _HINT_BUDGET:
        starts: Iterable[int] = (
            start for start in range(len(text)) if start == 0 or not text[start - 1].isalnum()
        )
    else:
        places: dict[str, list[int]] = {}
        for word in re.finditer(r"\w+", quote):
            places.setdefault(word[0].lower(), []).append(word.start())
        from collections import Counter

        # Each word of the text votes for where the quote would start; the places most
        # words agree on are compared, as many as the budget allows.
        votes = Counter(
            max(0, word.start() - place)
            for word in re.finditer(r"\w+", text)
            for place in places.get(word[0].lower(), ())
        )
        starts = [start for start, _ in votes.most_common(_HINT_BUDGET // len(quote) ** 2 + 1)]
    windows = set()
    for start in starts:
        end = start + len(quote)
        while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
        windows.add(text[start:end])
    # autojunk=False: by default, difflib ignores the characters of a long quote that are
    # common, which for text is all of them.
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(quote)
    closest, best = "", 0.6
    for window in sorted(windows):
        matcher.set_seq1(window)
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            ratio = matcher.ratio()
            if ratio > best:
                closest, best = window, ratio
    return f"; the closest passage is {_short_repr(closest)}" if closest else ""


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a claim's words are: the exact quote and its offsets in the source text.

    This is the W3C Web Annotation model: a TextQuoteSelector (``quote`` with ``prefix`` and
    ``suffix``) plus a TextPositionSelector (``start``, ``end``: code points, end exclusive).
    """

    quote: str = attrs.field(validator=_text())
    start: int = attrs.field(validator=[_exactly(int, "an int"), _in_range(0, 2**62)])
    end: int = attrs.field(validator=_exactly(int, "an int"))
    prefix: str = attrs.field(default="", validator=_text(blank=True))
    suffix: str = attrs.field(default="", validator=_text(blank=True))

    @classmethod
    def locate(
        cls, text: str, quote: str, *, occurrence: int | None = None, context: str | None = None
    ) -> Evidence:
        """The evidence of ``quote`` in ``text``: its offsets, and 32 characters either side.

        Where the quote occurs more than once, say which: ``occurrence`` counts from 1
        (overlapping occurrences count: ``"aa"`` occurs twice in ``"aaa"``), or ``context``
        is a longer passage of the text, found once, that holds the quote once.

        >>> Evidence.locate("a dancer, a dancer", "dancer", occurrence=2)
        Evidence(quote='dancer', start=12, end=18, prefix='a dancer, a ', suffix='')
        >>> Evidence.locate("a dancer, a dancer", "dancer", context="a dancer,").start
        2

        Raises:
            InvalidDataError: the quote (or the context) is not in the text, or occurs more
                than once and neither ``occurrence`` nor ``context`` says which; the message
                suggests what the text has (the closest passage, or the same words with the
                text's curly quotes, no-break spaces or dashes).
            TypeError: an argument is not of its type.
        """
        _check_locate_arguments(text, quote, occurrence, context)
        starts = _occurrences(text, quote)
        if not starts:
            hint = _hint(text, quote)
            raise InvalidDataError(f"quote not in the text: {_short_repr(quote)}{hint}")
        if context is not None:
            start = _start_in_context(text, quote, context)
        elif occurrence is not None:
            if occurrence > len(starts):
                starts = _occurrences(text, quote, limit=occurrence)
            if not 1 <= occurrence <= len(starts):
                msg = f"occurrence {occurrence}: {_short_repr(quote)} occurs {_times(starts)}"
                raise InvalidDataError(msg)
            start = starts[occurrence - 1]
        elif len(starts) > 1:
            raise InvalidDataError(_ambiguous(text, quote, starts))
        else:
            start = starts[0]
        end = start + len(quote)
        _check_whole_letters(text, quote, start, end)
        return cls(
            quote=quote,
            start=start,
            end=end,
            prefix=text[max(0, start - EVIDENCE_CONTEXT) : start],
            suffix=text[end : end + EVIDENCE_CONTEXT],
        )

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: int) -> None:
        if value - self.start != len(self.quote):
            _reject(
                self,
                attribute,
                f"end - start must equal the quote's length {len(self.quote)}: "
                f"{self.start!r}..{value!r}",
            )


@attrs.frozen(kw_only=True)
class EntityRef:
    """A claim value that is another entity of the catalog, by id."""

    id: str = attrs.field(validator=_text())


@attrs.frozen(kw_only=True)
class Text:
    """A claim value that is free text, such as a plot summary or a genre."""

    text: str = attrs.field(validator=_text())


@attrs.frozen(kw_only=True)
class DateValue:
    """A claim value that is a (possibly partial) date."""

    date: PartialDate = attrs.field(validator=_exactly(PartialDate, "a PartialDate"))


def _finite(instance: Any, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if not value.is_finite():
        _reject(instance, attribute, f"must be a finite number: {value!r}")
    # Written as digits (see amount_text), 1E+999999 would be a million of them.
    if value and not -100 <= value.adjusted() <= 100:
        _reject(instance, attribute, f"must be within 100 digits of the point: {value!r}")


@attrs.frozen(kw_only=True)
class Quantity:
    """An amount with its unit or currency and how exact it is: "over $400 million"."""

    amount: Decimal = attrs.field(validator=[_exactly(Decimal, "a Decimal"), _finite])
    unit: str = attrs.field(validator=_text())
    bound: Bound = attrs.field(default=Bound.EXACT, validator=_exactly(Bound, "a Bound"))

    def __str__(self) -> str:
        prefix = {Bound.EXACT: "", Bound.AT_LEAST: ">= ", Bound.AT_MOST: "<= ", Bound.ABOUT: "~"}
        return f"{prefix[self.bound]}{self.amount:,f} {self.unit}"


def amount_text(amount: Decimal) -> str:
    """An amount as the catalog format writes it: digits, a point and digits, no exponent.

    ``Decimal("4e8")`` is ``"400000000"``: an exponent would be refused when read back.
    """
    return format(amount, "f")


#: What a claim can say, one of these four types, tagged by ``type`` in JSON.
Value: TypeAlias = EntityRef | Text | DateValue | Quantity

_VALUE_TYPES = (EntityRef, Text, DateValue, Quantity)


def _value(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) not in _VALUE_TYPES:
        _wrong_type(instance, attribute, "an EntityRef, Text, DateValue or Quantity", value)


@attrs.frozen(kw_only=True)
class Alias:
    """Another title of a work and how it is used."""

    name: str = attrs.field(validator=_text())
    kind: TitleKind = attrs.field(
        default=TitleKind.ALTERNATIVE_TITLE, validator=_exactly(TitleKind, "a TitleKind")
    )


_KIND_OF_PREFIX = {
    "film": WorkKind.FILM,
    "series": WorkKind.TV_SERIES,
    "franchise": WorkKind.FRANCHISE,
}


@attrs.frozen(kw_only=True)
class Film:
    """A work: a film, a TV series or a franchise. Ids look like ``film/ballerina-2024``."""

    id: str = attrs.field(validator=_id("film", "series", "franchise"))
    kind: WorkKind = attrs.field(validator=_exactly(WorkKind, "a WorkKind"))
    title: str = attrs.field(validator=_text())
    aliases: tuple[Alias, ...] = attrs.field(default=(), validator=_tuple_of(Alias, "Alias"))
    year: int | None = attrs.field(
        default=None, validator=[_exactly(int, "an int", optional=True), _in_range(1, 9999)]
    )
    #: A short phrase that tells this work from others of the same title.
    description: str | None = attrs.field(default=None, validator=_text(optional=True))

    def __attrs_post_init__(self) -> None:
        prefix = self.id.partition("/")[0]
        if _KIND_OF_PREFIX.get(prefix, self.kind) is not self.kind and not (
            prefix == "film" and self.kind is WorkKind.UNSPECIFIED
        ):
            needed = _KIND_OF_PREFIX[prefix].value
            msg = f"Film.kind: a {prefix}/ id needs kind {needed!r}: {self.kind!r}"
            raise InvalidDataError([msg])

    @property
    def names(self) -> tuple[str, ...]:
        """The title followed by every alias."""
        return (self.title, *(alias.name for alias in self.aliases))


class _Named:
    """The ``names`` of a person, character or organization: the name, then each alias."""

    __slots__ = ()
    name: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


# Each field is spelled out in each class: a helper returning attrs.field() would hide from
# the type checker which fields are required.


@attrs.frozen(kw_only=True)
class Person(_Named):
    """A real person: cast, crew, producers. Ids look like ``person/ana-de-armas``."""

    id: str = attrs.field(validator=_id("person"))
    name: str = attrs.field(validator=_text())
    #: Other spellings of the name the sources use.
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(str, "str"))


@attrs.frozen(kw_only=True)
class Character(_Named):
    """A fictional character. Ids look like ``character/rooney``."""

    id: str = attrs.field(validator=_id("character"))
    name: str = attrs.field(validator=_text())
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(str, "str"))


@attrs.frozen(kw_only=True)
class Organization(_Named):
    """A studio, distributor, streaming service or in-story organization (``org/lionsgate``)."""

    id: str = attrs.field(validator=_id("org"))
    name: str = attrs.field(validator=_text())
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(str, "str"))


#: Any record with an id that claims can be about.
Entity: TypeAlias = Film | Person | Character | Organization

#: The kinds of entity, as search and the command line name them.
ENTITY_KINDS = ("film", "series", "franchise", "person", "character", "organization")


class _PredicateInfo(NamedTuple):
    wikidata: str | None
    description: str
    subject_types: tuple[type, ...]
    value_types: tuple[type, ...]
    schema_org: str | None
    credit: str | None


def _row(
    value: str,
    wikidata: str | None,
    description: str,
    subject_types: tuple[type, ...],
    value_types: tuple[type, ...],
    *,
    schema_org: str | None = None,
    credit: str | None = None,
) -> tuple[str, _PredicateInfo]:
    return value, _PredicateInfo(
        wikidata, description, subject_types, value_types, schema_org, credit
    )


_WORK = (Film,)
_AGENT = (Person, Character)
_ANY = (Film, Person, Character, Organization)


class Predicate(enum.Enum):
    """The relations the sources state, each defined by one row of this table.

    A row gives the value (as written in JSON), the Wikidata property id, a description,
    the entity types a claim can be about, what its value can be (:class:`Text`,
    :class:`DateValue`, :class:`Quantity`, or the entity types an :class:`EntityRef` points
    to), the schema.org property the JSON-LD export states it with, and whether it credits a
    person with a part in a work (``"cast"`` or ``"crew"``).

    ``Predicate(x)`` takes the value, the member's name or the Wikidata id:

    >>> Predicate("director") is Predicate("DIRECTOR") is Predicate("P57")
    True
    """

    _value_: str
    _info: _PredicateInfo

    DIRECTOR = _row(
        "director",
        "P57",
        "the work is directed by the person",
        _WORK,
        (Person,),
        schema_org="director",
        credit="crew",
    )
    SCREENWRITER = _row(
        "screenwriter",
        "P58",
        "the person wrote the work's screenplay",
        _WORK,
        (Person,),
        schema_org="author",
        credit="crew",
    )
    PRODUCER = _row(
        "producer",
        "P162",
        "the person produced the work",
        _WORK,
        (Person,),
        schema_org="producer",
        credit="crew",
    )
    CAST_MEMBER = _row(
        "cast_member",
        "P161",
        "the person acts in the work; qualifier: character",
        _WORK,
        (Person,),
        schema_org="actor",
        credit="cast",
    )
    PRODUCTION_COMPANY = _row(
        "production_company",
        "P272",
        "the studio or company behind the work",
        _WORK,
        (Organization,),
        schema_org="productionCompany",
    )
    DISTRIBUTOR = _row(
        "distributor", "P750", "who distributes or streams the work", _WORK, (Organization,)
    )
    ORIGINAL_BROADCASTER = _row(
        "original_broadcaster",
        "P449",
        "the network or service that first airs it",
        _WORK,
        (Organization,),
    )
    RELEASE_DATE = _row(
        "release_date", "P577", "when the work is or was released", _WORK, (DateValue,)
    )
    FILMING_LOCATION = _row("filming_location", "P915", "where the work was filmed", _WORK, (Text,))
    FILMING_DATE = _row("filming_date", None, "when filming took place", _WORK, (DateValue,))
    DURATION = _row("duration", "P2047", "the work's running time", _WORK, (Quantity,))
    COST = _row("cost", "P2130", "the work's budget", _WORK, (Quantity,))
    BOX_OFFICE = _row("box_office", "P2142", "the work's box office takings", _WORK, (Quantity,))
    DATE_OF_DEATH = _row("date_of_death", "P570", "when the person died", (Person,), (DateValue,))
    NOTABLE_WORK = _row(
        "notable_work", "P800", "a work the person is known for", (Person,), (Film, Text)
    )
    DIFFERENT_FROM = _row(
        "different_from", "P1889", "not to be confused with the other entity", _ANY, _ANY
    )
    PART_OF_SERIES = _row(
        "part_of_series",
        "P179",
        "the franchise or series the work belongs to",
        _WORK,
        _WORK,
        schema_org="isPartOf",
    )
    BASED_ON = _row("based_on", "P144", "what the work is based on", _WORK, (Film, Text))
    FOLLOWS = _row("follows", "P155", "the work this one comes after", _WORK, _WORK)
    FOLLOWED_BY = _row("followed_by", "P156", "the sequel or next work", _WORK, _WORK)
    TITLE = _row(
        "title", "P1476", "a title the work is given; qualifier: title kind", _WORK, (Text,)
    )
    OTHER_NAME = _row(
        "other_name", None, "another name a person or character goes by", _AGENT, (Text,)
    )
    COUNTRY_OF_ORIGIN = _row(
        "country_of_origin", "P495", "the country the work comes from", _WORK, (Text,)
    )
    GENRE = _row("genre", "P136", "the work's genre", _WORK, (Text,))
    PRESENT_IN_WORK = _row(
        "present_in_work",
        "P1441",
        "the character appears in the work",
        (Character, Organization),
        _WORK,
    )
    FIRST_APPEARANCE = _row(
        "first_appearance",
        "P4584",
        "the work the character first appeared in",
        (Character, Organization),
        _WORK,
    )
    NARRATIVE_LOCATION = _row(
        "narrative_location", "P840", "where the story takes place", _WORK, (Text,)
    )
    SET_IN_PERIOD = _row(
        "set_in_period", "P2408", "when the story takes place", _WORK, (DateValue, Text)
    )
    CHRONOLOGY = _row(
        "chronology", None, "where the story sits in its franchise's timeline", _WORK, (Text,)
    )
    PLOT = _row("plot", None, "what the story is about", _WORK, (Text,))
    PRODUCTION_STATUS = _row(
        "production_status",
        None,
        "how far the work has got: planned, greenlit, ...",
        _WORK,
        (Text,),
    )
    SPOUSE = _row("spouse", "P26", "the character's husband or wife", _AGENT, _AGENT)
    ADOPTIVE_PARENT = _row("adoptive_parent", None, "the subject's adoptive parent", _AGENT, _AGENT)
    STUDENT_OF = _row(
        "student_of", "P1066", "who trained the subject", _AGENT, (*_AGENT, Organization)
    )
    MEMBER_OF = _row(
        "member_of", "P463", "an organization the subject belongs to", _AGENT, (Organization,)
    )
    DIRECTOR_MANAGER = _row(
        "director_manager",
        "P1037",
        "who heads or manages the organization",
        (Organization,),
        _AGENT,
    )
    OWNED_BY = _row(
        "owned_by",
        "P127",
        "who owns the organization or thing",
        (Organization, Film),
        (*_AGENT, Organization),
    )
    OCCUPATION = _row(
        "occupation", "P106", "what the subject does for a living", (*_AGENT, Organization), (Text,)
    )

    # Typed for callers: Predicate(x) looks a member up. Enum calls it only while building
    # the members, with each row's value and info.
    def __new__(cls, value: Predicate | str, info: _PredicateInfo | None = None) -> Predicate:
        member = object.__new__(cls)
        member._value_ = str(value)
        assert info is not None
        member._info = info
        return member

    @classmethod
    def _missing_(cls, value: object) -> Predicate:
        if isinstance(value, str):
            found = cls.__members__.get(value) or _BY_WIKIDATA.get(value)
            if found is not None:
                return found
            import difflib

            spellings = [*_BY_VALUE, *cls.__members__, *_BY_WIKIDATA]
            close = difflib.get_close_matches(value, spellings, n=1)
            hint = f"; did you mean {_BY_SPELLING[close[0]].value!r}?" if close else ""
            msg = f"{_short_repr(value)} is not a Predicate (a value, name or Wikidata id){hint}"
            raise ValueError(msg)
        msg = (
            "expected a Predicate or its value, name or Wikidata id,"
            f" got {type(value).__name__} {_short_repr(value)}"
        )
        raise TypeError(msg)

    @property
    def wikidata(self) -> str | None:
        """The Wikidata property id, or ``None`` where Wikidata has no matching property."""
        return self._info.wikidata

    @property
    def description(self) -> str:
        """What a claim with this predicate says, in a few words."""
        return self._info.description

    @property
    def subject_types(self) -> tuple[type, ...]:
        """The entity types a claim with this predicate can be about."""
        return self._info.subject_types

    @property
    def value_types(self) -> tuple[type, ...]:
        """What the value can be: :class:`Text`, :class:`DateValue`, :class:`Quantity`, or
        the entity types an :class:`EntityRef` value can point to."""
        return self._info.value_types

    @property
    def schema_org(self) -> str | None:
        """The schema.org property of a work that states the same, or ``None``."""
        return self._info.schema_org

    @property
    def credit(self) -> str | None:
        """``"cast"`` or ``"crew"`` for a predicate that credits a person in a work."""
        return self._info.credit


_BY_VALUE = {member.value: member for member in Predicate}
_BY_WIKIDATA = {member.wikidata: member for member in Predicate if member.wikidata}
_BY_SPELLING = {**_BY_VALUE, **Predicate.__members__, **_BY_WIKIDATA}

#: The predicates that credit a person with a job on a work, other than acting.
CREW_ROLES = tuple(member for member in Predicate if member.credit == "crew")


@attrs.frozen(kw_only=True)
class Qualifiers:
    """What narrows a claim: the character played, region, medium, status, date, title kind."""

    character: str | None = attrs.field(default=None, validator=_text(optional=True))
    region: str | None = attrs.field(default=None, validator=_text(optional=True))
    medium: Medium | None = attrs.field(
        default=None, validator=_exactly(Medium, "a Medium", optional=True)
    )
    status: Status | None = attrs.field(
        default=None, validator=_exactly(Status, "a Status", optional=True)
    )
    date: PartialDate | None = attrs.field(
        default=None, validator=_exactly(PartialDate, "a PartialDate", optional=True)
    )
    title_kind: TitleKind | None = attrs.field(
        default=None, validator=_exactly(TitleKind, "a TitleKind", optional=True)
    )


@attrs.frozen(kw_only=True)
class Claim:
    """One source's assertion about one entity, with the evidence that states it."""

    id: str = attrs.field(validator=_name)
    subject: str = attrs.field(validator=_text())
    predicate: Predicate = attrs.field(validator=_exactly(Predicate, "a Predicate"))
    value: Value = attrs.field(validator=_value)
    qualifiers: Qualifiers = attrs.field(
        default=Qualifiers(), validator=_exactly(Qualifiers, "a Qualifiers")
    )
    source: str = attrs.field(validator=_text())
    evidence: Evidence = attrs.field(validator=_exactly(Evidence, "an Evidence"))
    #: The curator's note, saying how a date was resolved, which work is meant, and so on.
    note: str | None = attrs.field(default=None, validator=_text(optional=True))


_SHA256 = re.compile("[0-9a-f]{64}")


def _sha256(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is not str:
        _wrong_type(instance, attribute, "a string", value)
    if _SHA256.fullmatch(value) is None:
        _reject(instance, attribute, f"must be 64 lowercase hex digits: {_short_repr(value)}")


@attrs.frozen(kw_only=True)
class Source:
    """A source document: its metadata and the sha256 of its text."""

    id: str = attrs.field(validator=_name)
    #: ``None`` when the document has no headline.
    title: str | None = attrs.field(default=None, validator=_text(optional=True))
    author: str | None = attrs.field(default=None, validator=_text(optional=True))
    publisher: str | None = attrs.field(default=None, validator=_text(optional=True))
    published: PartialDate | None = attrs.field(
        default=None, validator=_exactly(PartialDate, "a PartialDate", optional=True)
    )
    #: How ``published`` was found when the document does not state it.
    published_note: str | None = attrs.field(default=None, validator=_text(optional=True))
    language: str = attrs.field(default="en", validator=_text())
    sha256: str = attrs.field(validator=_sha256)
    note: str | None = attrs.field(default=None, validator=_text(optional=True))
