"""Figures as news texts write them: amounts with scale words ("$25.1 million", "25m"),
number words ("two hours"), units of time and currencies by their signs and names. The
kinds of unit an amount of a predicate is in, and the units themselves, are `_units`'."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import TYPE_CHECKING

from . import _re as re
from ._units import CURRENCY_CODE, EXACT_AMOUNTS, TIME_UNITS

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "CURRENCY_SIGNS",
    "DOLLAR_NATIONS",
    "SCALE_WORDS",
    "currency_signs",
    "decimal_comma_figures",
    "singular",
    "where_written",
    "writes_currency",
    "writes_in_currency",
    "written_amounts",
    "written_figures",
]

#: How a text writes a currency, by its ISO 4217 code: the code itself counts too. Each sign
#: or name is read whole (:func:`writes_currency`): "$" alone, or "US$", is the US dollar;
#: a "$" with letters just before it is the dollar those letters name ("A$" the Australian,
#: "CA$" the Canadian, and one the table does not hold, "MX$", none of these); "dollar" is
#: the US dollar unless a place's name before it makes it another ("Australian dollar"), and
#: so is "buck" ("100 million bucks"), the dollar's slang.
CURRENCY_SIGNS = {
    "USD": ("$", "US$", "dollar", "buck"),
    "AUD": ("A$", "AU$", "Australian dollar"),
    "CAD": ("C$", "CA$", "Canadian dollar"),
    "HKD": ("HK$", "Hong Kong dollar"),
    "NZD": ("NZ$", "New Zealand dollar"),
    "SGD": ("S$", "Singapore dollar"),
    "EUR": ("\u20ac", "euro"),
    "GBP": ("\u00a3", "pound", "sterling"),
    "JPY": ("\u00a5", "yen"),
    "CNY": ("\u00a5", "yuan", "renminbi"),
    "KRW": ("\u20a9", "won"),
    "INR": ("\u20b9", "Rs", "Rs.", "rupee"),
    "BRL": ("R$", "reais", "Brazilian real"),
    "SEK": ("kronor", "krona"),
    "MXN": ("peso", "Mexican peso"),
}
#: The words just after a figure with a bare "$" before it that say which dollar it is
#: ("$90 million Canadian", "$90 million (Australian)"); a currency's code or name there
#: does too ("$90 million AUD"), and either overrides the "$" (:func:`writes_in_currency`).
DOLLAR_NATIONS = {
    "AUD": "Australian", "CAD": "Canadian", "HKD": "Hong Kong", "NZD": "New Zealand",
    "SGD": "Singapore",
}  # fmt: skip
#: What a written number is multiplied by when a scale word follows it ("$25 million",
#: "25m", "1.2bn", "$90MM" and "$90 mil." as finance and the trade press write millions,
#: "Rs 90 crore", ten million, and "Rs 90 lakh", a hundred thousand, as Indian texts do).
#: "MM" is read in capitals only: "35mm" is a film's gauge. "Grand" after digits is a
#: thousand too ("$12 grand"; not "a grand premiere"), and so is a capital "G" on an amount
#: with a "$" just before it ("$12G"; "5G" alone is a network).
_SCALES = {
    "thousand": 10**3, "k": 10**3, "grand": 10**3, "g": 10**3, "million": 10**6, "m": 10**6,
    "mn": 10**6, "mm": 10**6, "mil": 10**6, "mln": 10**6, "billion": 10**9, "bn": 10**9, "b": 10**9,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}  # fmt: skip
# Words that write a number only with a scale word or unit after them ("half a billion
# dollars", "a quarter of a billion", "a hundred million", "half an hour"). "A third of a
# billion" is no exact number and is not read.
_NUMBER_PHRASES = {
    "half a": Decimal("0.5"), "half an": Decimal("0.5"), "half of a": Decimal("0.5"),
    "a quarter of a": Decimal("0.25"), "quarter of a": Decimal("0.25"),
    "three quarters of a": Decimal("0.75"), "three-quarters of a": Decimal("0.75"),
    "a hundred": Decimal(100), "one hundred": Decimal(100),
}  # fmt: skip
# A fraction in figures before a scale word or unit is that fraction of it ("1/4 of a
# billion", "1/2 a billion", "3/4 of a million", and the same with the one-character
# fractions), as "a quarter of a billion" is: never the scale word alone.
_NUMBER_PHRASES |= {
    f"{fraction}{joined}": value
    for fractions, value in (
        (("\u00bc", "1/4"), Decimal("0.25")),
        (("\u00bd", "1/2"), Decimal("0.5")),
        (("\u00be", "3/4"), Decimal("0.75")),
    )
    for fraction in fractions
    for joined in (" of a", " of an", " a", " an")
}
_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight"),
            *("nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"),
            *("sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
        )
    )
} | {"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
_NUMBER_WORDS |= {"seventy": 70, "eighty": 80}
# A number written in several words is one number ("twenty-five", "twenty five", "one
# hundred and twenty-five", "a hundred and twenty", "two thousand five hundred"), never its
# last word alone: tens and units by a hyphen or a space, "hundred" after a unit or "a",
# "thousand" with more after it ("twenty-five thousand" alone is twenty-five and its scale
# word), and "and" before the last part.
_SPACE = r"[\s\u00a0]+"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_HUNDRED = rf"(?:(?:{_TENS})(?:(?:-|{_SPACE})(?:{_UNITS})\b)?|{_TEENS}|{_UNITS})"
_HUNDREDS = rf"(?:a|{_UNITS}){_SPACE}hundred(?:(?:{_SPACE}and)?{_SPACE}{_BELOW_HUNDRED}\b)?"
_BELOW_THOUSAND = rf"(?:{_HUNDREDS}|{_BELOW_HUNDRED})"
_NUMBER_IN_WORDS = (
    rf"(?:a|{_BELOW_THOUSAND}){_SPACE}thousand,?(?:{_SPACE}and)?{_SPACE}{_BELOW_THOUSAND}\b"
    rf"|{_HUNDREDS}|(?:{_TENS})(?:-|{_SPACE})(?:{_UNITS})\b"
)
#: The scale words a number may have after it ("$25 million", "25m", "1.2bn").
SCALE_WORDS = tuple(_SCALES)
# A number's digits in groups of three: by commas ("90,000,000"), or, two groups or more, by
# spaces ("90 000 000", no-break and thin ones too) or full stops ("90.000.000", as in much
# of Europe; one group, "1.500", stays a fraction).
_NUMBER = (
    r"(?<![\w.,])([0-9]{1,3}(?:,[0-9]{3})+"
    r"|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3}){2,}(?![0-9])"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])"
    # "1/4 of a billion" is a fraction of the scale (_NUMBER_PHRASES), not the number 1.
    r"|[0-9]+(?!/[1-9][\s\u00a0]+(?:of[\s\u00a0]+)?an?\b))(\.[0-9]+)?"
    # "a third of a billion" is no number: "a" there is not one billion.
    r"|\b(?<!third of )(?<!thirds of )(?<!fifth of )(?<!fifths of )(?<!tenth of )"
    r"(?<!tenths of )(?<!fraction of )(?<!share of )(?<!portion of )("
    + _NUMBER_IN_WORDS
    + "|"
    + "|".join(
        word.replace(" ", r"[\s\u00a0]+")
        for word in sorted((*_NUMBER_PHRASES, *_NUMBER_WORDS), key=len, reverse=True)
    )
    + r")\b"
)
_WRITTEN_NUMBER = re.compile(_NUMBER, re.IGNORECASE)
_SCALE = (
    r"[\s\u00a0-]*("
    + "|".join(
        {"mm": "(?-i:MM)", "g": "(?-i:G)"}.get(scale, scale)
        for scale in sorted(_SCALES, key=len, reverse=True)
    )
    + r")\b"
)
_SCALE_AFTER = re.compile(_SCALE, re.IGNORECASE)
# A scale word written out after another ("thousand million"), a space between.
_SCALE_WORD_AFTER = re.compile(r"[\s\u00a0]+(thousand|million|billion)\b", re.IGNORECASE)
# An "odd" or "ish" between a number and its scale word ("$12-odd million", "12 odd million",
# "$90-ish million"): the figure is the scaled number, a little more or about it (its bound
# is the rules').
_ODD_BEFORE_SCALE = re.compile(
    r"[\s\u00a0]*-?[\s\u00a0]*(?:odd|ish)(?=" + _SCALE + ")", re.IGNORECASE
)
# The rest of a range whose second number a scale word follows, after its first number
# ("-60 million" of "$58-60 million", " to $60m" of "58 to $60m"): that scale word is the
# first number's too.
_RANGE_SCALED_AFTER = re.compile(
    r"[\s\u00a0]*(?:[-\u2013\u2014]|\b(?:to|and|or)\b)[\s\u00a0]*"
    r"(?:[^\W\d_]{0,3}[^\w\s])?" + rf"(?:{_NUMBER}){_SCALE}",
    re.IGNORECASE,
)
# What may stand between the parts of a duration of several units ("2 hours 5 minutes",
# "two hours and five minutes", "2 hours, 5 minutes", "2 hours & 5 minutes").
_DURATION_JOINED = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:(?:and|&)[\s\u00a0]+)?", re.IGNORECASE)
# A fraction of the number or unit before it: in figures after a whole number ("2 1/2
# hours", "$2 1/2 million"), or in words ("two and a half hours", "an hour and a half", "a
# million and a quarter", "2 hours and three quarters").
_FRACTION_AFTER = re.compile(
    r"[\s\u00a0]+([1-9])/([248])(?![\w/])"
    r"|,?[\s\u00a0]+and[\s\u00a0]+"
    r"(?:(?:a|one)[\s\u00a0]+(half|quarter)|(three)[\s\u00a0]+quarters)\b",
    re.IGNORECASE,
)
# A unit of time after a number, an "ish" between ("125-ish minutes": about 125 minutes, its
# bound the rules').
_TIME_AFTER = re.compile(
    r"(?:[\s\u00a0]*-?ish\b)?[\s\u00a0-]*(seconds?|secs?|minutes?|mins?|hours?|hrs?|h)\b",
    re.IGNORECASE,
)
# An "m" for minutes, read only after a number of hours ("2h 5m"): alone, "90m" is 90
# million.
_MINUTES_AFTER_HOURS = re.compile(r"[\s\u00a0-]*(m)\b", re.IGNORECASE)
# Hours and two digits of minutes with no unit after them ("2h05" is 125 minutes), or a
# colon between them ("2:05"; not of hours, minutes and seconds: "2:05:30").
_HOURS_AND_MINUTES = re.compile(r"(?:h|:)([0-5][0-9])\b(?!:[0-9])", re.IGNORECASE)
# An abbreviated unit of time and its full stop ("1 hr. 45 min"): the stop is the unit's.
_ABBREVIATED_UNIT = re.compile(r"(?:hrs?|h|mins?|secs?)\Z", re.IGNORECASE)


def currency_signs(unit: str) -> tuple[str, ...]:
    """How a text may write a currency given by its ISO 4217 code: its signs and names, then
    the code; nothing for a unit that is no such code."""
    if CURRENCY_CODE.fullmatch(unit) is None:
        return ()
    return (*CURRENCY_SIGNS.get(unit, ()), unit)


def singular(word: str) -> str:
    """A unit's word without a plural's ``s``: "minutes" is "minute", "bus" stays."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def written_amounts(quote: str, *, durations: bool) -> set[Decimal]:
    """The amounts a quote writes: each number, or with a scale word after it, the number
    times its scale alone ("$58 million" writes 58,000,000, not 58); with ``durations``,
    only each number followed by a unit of time, in seconds. A number in several words is
    one ("twenty-five", "one hundred and twenty"), never its last word. A fraction after a whole
    number is read with it ("2 1/2 hours", "two and a half hours", "an hour and a half",
    "a million and a quarter"; halves, quarters and three quarters): the whole number
    alone is no amount there. The first number of a range that a scale word ends ("$58-60
    million", "58 to 60 million") writes no amount on its own: neither 58 nor, as a figure
    of its own, 58,000,000. Nor does a number a comma with one or two digits after it ends
    ("$1,5 billion": :func:`decimal_comma_figures`)."""
    with decimal.localcontext(EXACT_AMOUNTS):  # "$N million" of any N, every digit kept
        return {amount for amount, _ in _amounts_at(quote, durations=durations)}


def written_figures(quote: str, *, durations: bool) -> list[tuple[Decimal, tuple[int, int]]]:
    """Each amount :func:`written_amounts` reads, in order, with where its figure starts and
    ends (its number, with the scale word or unit of time after it)."""
    with decimal.localcontext(EXACT_AMOUNTS):
        return list(_amounts_at(quote, durations=durations))


def where_written(
    quote: str, amount: Decimal, *, durations: bool, last: bool = False
) -> tuple[int, int] | None:
    """Where in ``quote`` the first figure (with ``last``, the last) that writes ``amount``
    (in seconds, with ``durations``) starts and ends, as :func:`written_amounts` reads it
    (its number, with the scale word or unit of time after it), or ``None``."""
    with decimal.localcontext(EXACT_AMOUNTS):
        spans = (span for found, span in _amounts_at(quote, durations=durations) if found == amount)
        if last:
            return max(spans, default=None)
        return next(spans, None)


def writes_currency(text: str, unit: str) -> bool:
    """Whether ``text`` writes the currency ``unit`` (an ISO 4217 code), in any case: by the
    code, or by a sign or name of :data:`CURRENCY_SIGNS` read whole, not as the end of
    another's ("$" of "A$" or "MX$", "A$" of "CA$", "dollar" of "Australian dollar"), and
    one that ends in a letter a whole word or its plural, not the start of another word
    ("euro" of "Europe" or "Euro-pudding").

    >>> writes_currency("$58 million", "USD"), writes_currency("A$58 million", "USD")
    (True, False)
    >>> writes_currency("A$58 million", "AUD"), writes_currency("58m Canadian dollars", "USD")
    (True, False)
    """
    return next(_currency_spans(text, unit), None) is not None


def writes_in_currency(quote: str, amount: Decimal, unit: str) -> bool:
    """Whether ``quote`` writes ``amount`` in the currency ``unit`` (an ISO 4217 code): a
    figure that writes the amount (as :func:`written_amounts` reads it) has the currency
    beside it, its sign or code just before the number ("$90 million", "US$ 90m", "USD 90
    million", "over A$58 million"; for the last number of a range, before its first:
    "$58-60 million") or its name or code starting in the two words just after the number
    and its scale word ("90 million dollars", "58 million US dollars", "90m USD"). A figure
    with another currency beside it ("\u00a370 million", "CA$58 million", "58 million
    Canadian dollars") writes no amount in ``unit``, and nor does one with no currency
    beside it at all: "it made 58 million in the UK, where tickets cost \u00a312" writes
    the \u00a3 of the tickets, not of the 58 million, and "the budget, in dollars, was 90
    million" says the currency only in words a reader must bind to the figure.

    >>> writes_in_currency("It cost $90 million, or \u00a370 million", Decimal(70_000_000), "USD")
    False
    >>> writes_in_currency("It cost $90 million, or \u00a370 million", Decimal(90_000_000), "USD")
    True
    >>> writes_in_currency("58m in the UK, where tickets cost \u00a312", Decimal(58_000_000), "GBP")
    False
    """
    with decimal.localcontext(EXACT_AMOUNTS):
        return any(
            found == amount and _written_beside(*_beside(quote, start, end), unit)
            for found, (start, end) in _amounts_at(quote, durations=False)
        )


# A range's first number and what joins it to the second, just before the second ("58-" of
# "$58-60 million"): the currency before the first is the second's too.
_RANGE_BEFORE = re.compile(
    rf"(?:{_NUMBER})[\s\u00a0]*(?:[-\u2013\u2014]|\b(?:to|and|or)\b)[\s\u00a0]*\Z", re.IGNORECASE
)
# The words just after a figure, up to three, where a currency's name may stand ("dollars",
# "US dollars", "New Zealand dollars"; "-dollar" of "90-million-dollar").
_WORDS_AFTER = re.compile(r"(?:[\s\u00a0(-]+[^\W\d_]+){1,3}")
_WORD_IN = re.compile(r"[^\W\d_]+")


# How far before a figure its currency may be read: a range's first number, the words
# joining it and the longest sign ("New Zealand dollar") fit in it.
_BESIDE = 64


def _beside(quote: str, start: int, end: int) -> tuple[str, str]:
    """The text before a figure from ``start`` to ``end``, up to its number (or its range's
    first number) without the spaces there; and the words just after it."""
    before = quote[max(0, start - _BESIDE) : start]
    ranged = _RANGE_BEFORE.search(before)
    if ranged is not None:
        before = before[: ranged.start()]
    after = _WORDS_AFTER.match(quote, end)
    return before.rstrip(" \u00a0"), "" if after is None else after[0]


def _written_beside(before: str, after: str, unit: str) -> bool:
    """Whether the currency ``unit`` ends ``before`` or starts in the first two words of
    ``after``; after a bare "$", the currency named there, if any, is the figure's ("$90
    million AUD", "$90 million Canadian")."""
    if _BARE_DOLLAR.search(before) is not None and (named := _currency_after(after)):
        return named == unit
    if any(end == len(before) for _, end in _currency_spans(before, unit)):
        return True
    starts = [word.start() for word in _WORD_IN.finditer(after)][:2]
    return any(start in starts for start, _ in _currency_spans(after, unit))


# A "$" with no letters before it, ending the words before a figure.
_BARE_DOLLAR = re.compile(r"(?<![^\W\d_])\$\Z")


def _currency_after(after: str) -> str | None:
    """The currency whose code, sign or name (:data:`CURRENCY_SIGNS`), or whose dollar's
    nation (:data:`DOLLAR_NATIONS`), starts first in the first two words of ``after``."""
    starts = [word.start() for word in _WORD_IN.finditer(after)][:2]
    named = [
        (start, code)
        for code in CURRENCY_SIGNS
        for start, _ in _currency_spans(after, code)
        if start in starts
    ]
    named += [
        (found.start(), code)
        for code, nation in DOLLAR_NATIONS.items()
        if (found := re.search(rf"\b{nation}\b", after)) is not None and found.start() in starts
    ]
    return min(named)[1] if named else None


# The end of a currency's word: its plural's "s" at most, then no letter, nor a hyphen and a
# letter.
_WORD_SIGN_END = r"(?:s|es)?(?![^\W\d_]|-[^\W\d_])"


def _currency_spans(text: str, unit: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` writes the currency ``unit``, as :func:`writes_currency` reads it."""
    others = [sign for code, signs in CURRENCY_SIGNS.items() if code != unit for sign in signs]
    for sign in currency_signs(unit):
        # A sign that ends in a letter is a word of its own, or its plural ("euros"): never
        # the start of another word ("Europe", "European") nor of a compound ("Euro-pudding").
        end = _WORD_SIGN_END if sign[-1:].isalpha() else ""
        for found in re.finditer(rf"(?<![^\W\d_])({re.escape(sign)}){end}", text, re.IGNORECASE):
            written = text[: found.end(1)].casefold()
            if not any(
                len(other) > len(sign) and written.endswith(other.casefold()) for other in others
            ):
                yield found.span()


# A comma just after a number with one or two digits after it ("$1,5 billion", "$90,5
# million"): no group of three digits, and a decimal comma only in some countries' writing.
_DECIMAL_COMMA = re.compile(r",[0-9]{1,2}(?![0-9])")


def decimal_comma_figures(quote: str) -> list[str]:
    """The figures of ``quote`` whose number a comma with one or two digits after it ends
    ("$1,5 billion", "$90,5 million", "1,50,000"), as written: the comma is read as neither
    a decimal point nor a separator of thousands, so such a figure writes no amount at all
    (neither 1 nor 1,500,000,000), which a note gives."""
    found = []
    for number in _WRITTEN_NUMBER.finditer(quote):
        comma = _DECIMAL_COMMA.match(quote, number.end())
        if number[3] is None and number[2] is None and comma is not None:
            scale = _SCALE_AFTER.match(quote, comma.end())
            found.append(quote[number.start() : (comma if scale is None else scale).end()])
    return found


def _amounts_at(quote: str, *, durations: bool) -> Iterator[tuple[Decimal, tuple[int, int]]]:
    """Each amount :func:`written_amounts` reads, with where its figure starts and ends.

    A duration of several units ("2 hours 5 minutes", "two hours and five minutes", "2h
    5m": after hours, "m" is minutes; "1 hr. 45 min", an abbreviation's full stop its own;
    "2h05" or "2:05", two digits after "h" or a colon minutes) is one amount, their sum:
    neither part is a duration of its own there."""
    taken = 0  # where the last duration of several units, or the last fraction, ends
    for found in _WRITTEN_NUMBER.finditer(quote):
        start, after = found.span()
        # "$1,5 billion": neither 1 nor 1.5 billion (decimal_comma_figures).
        decimal_comma = found[3] is None and found[2] is None and _DECIMAL_COMMA.match(quote, after)
        if start < taken or decimal_comma:
            continue
        number = _number(found)
        # A fraction after the number is part of it ("2 1/2 hours", "two and a half hours").
        if (fraction := _FRACTION_AFTER.match(quote, after)) is not None and (
            _TIME_AFTER if durations else _SCALE_AFTER
        ).match(quote, fraction.end()):
            number, after = number + _fraction(fraction), fraction.end()
            taken = after
        if durations and (hours_and_minutes := _hours_and_minutes(quote, found, after)):
            taken = hours_and_minutes[1][1]
            yield hours_and_minutes
            continue
        if durations:
            unit = _TIME_AFTER.match(quote, after)
            if unit is None:
                continue
            unit_seconds = TIME_UNITS[unit[1].lower()]
            total, end = number * unit_seconds, unit.end()
            # The smaller units that follow, each its number and unit; after hours, "m" is
            # minutes ("2h 5m").
            while (
                joined := _DURATION_JOINED.match(
                    quote, end + (quote[end : end + 1] == "." and _abbreviated(quote, end))
                )
            ) is not None:
                more = _WRITTEN_NUMBER.match(quote, joined.end())
                if more is None:
                    break
                smaller = _TIME_AFTER.match(quote, more.end())
                seconds = None if smaller is None else TIME_UNITS[smaller[1].lower()]
                if smaller is None and unit_seconds == TIME_UNITS["hour"]:
                    smaller, seconds = _MINUTES_AFTER_HOURS.match(quote, more.end()), 60
                if smaller is None or seconds is None or seconds >= unit_seconds:
                    break
                total += _number(more) * seconds
                end = taken = smaller.end()
                unit_seconds = seconds
            # A fraction of the last unit ("an hour and a half", "2 hours and a quarter").
            total, after = _with_fraction(quote, total, end, unit_seconds)
            taken, end = (after if after != end else taken), after
            yield total, (start, end)
            continue
        scale = _scale_after(quote, found, after)
        if scale is not None:
            scaled, end = _scaled(quote, number, scale)
            # A fraction of the scale ("a million and a half").
            scaled, after = _with_fraction(quote, scaled, end, _SCALES[scale[1].lower()])
            taken, end = (after if after != end else taken), after
            yield scaled, (start, end)
        elif found[3] is None and _RANGE_SCALED_AFTER.match(quote, after) is None:
            yield number, (start, after)  # a number word alone ("an", "two") is none


def _scale_after(quote: str, number: re.Match[str], after: int) -> re.Match[str] | None:
    """The scale word after a ``number`` that ends at ``after``, across an "odd" ("$12-odd
    million" is over $12 million); "grand" only after digits ("a grand premiere" writes no
    thousand), and a "G" only with a "$" just before them ("5G" is a network, "$12G" 12,000
    dollars)."""
    odd = _ODD_BEFORE_SCALE.match(quote, after)
    scale = _SCALE_AFTER.match(quote, after if odd is None else odd.end())
    if scale is None or scale[1].lower() not in ("g", "grand"):
        return scale
    if number[3] is not None or (scale[1] == "G" and not quote[: number.start()].endswith("$")):
        return None
    return scale


def _scaled(quote: str, number: Decimal, scale: re.Match[str]) -> tuple[Decimal, int]:
    """``number`` times its ``scale`` word, and where the scale ends; scale words one after
    another multiply ("$90 thousand million" is 90 billion)."""
    scaled, end = number * _SCALES[scale[1].lower()], scale.end()
    while (more := _SCALE_WORD_AFTER.match(quote, end)) is not None:
        scaled, end = scaled * _SCALES[more[1].lower()], more.end()
    return scaled, end


def _hours_and_minutes(
    quote: str, number: re.Match[str], after: int
) -> tuple[Decimal, tuple[int, int]] | None:
    """The duration, in seconds, and where it starts and ends, of hours in digits that end
    at ``after`` with two digits of minutes after their "h" or a colon ("2h05", "2:05"), or
    ``None``."""
    both = _HOURS_AND_MINUTES.match(quote, after) if number[1] is not None else None
    if both is None or (both[0][0] == ":" and quote[: number.start()].endswith(":")):
        return None  # "05:30" of "2:05:30" is no time of hours and minutes
    return _number(number) * 3600 + int(both[1]) * 60, (number.start(), both.end())


def _abbreviated(quote: str, end: int) -> bool:
    """Whether the unit of time that ends at ``end`` is abbreviated ("hr", "min")."""
    return _ABBREVIATED_UNIT.search(quote, 0, end) is not None


def _with_fraction(quote: str, amount: Decimal, end: int, of: Decimal | int) -> tuple[Decimal, int]:
    """``amount``, and a fraction of ``of`` written at ``end`` ("and a half") added, and
    where the figure then ends."""
    fraction = _FRACTION_AFTER.match(quote, end)
    if fraction is None:
        return amount, end
    return amount + _fraction(fraction) * of, fraction.end()


def _number(found: re.Match[str]) -> Decimal:
    """The number a match of ``_WRITTEN_NUMBER`` writes."""
    if found[3]:
        words = " ".join(found[3].lower().split())
        return _NUMBER_PHRASES.get(words) or _words_number(words)
    return Decimal(re.sub(r"[,. \u00a0\u202f\u2009]", "", found[1]) + (found[2] or ""))


def _words_number(words: str) -> Decimal:
    """The number one or more number words write ("twenty-five", "one hundred and twenty",
    "two thousand five hundred"): each word adds to the part below a thousand, "hundred"
    multiplies it, and "thousand" moves it to the thousands."""
    thousands = below = 0
    for word in re.split(r"[\s-]+", words):
        if word == "hundred":
            below *= 100
        elif word == "thousand":
            thousands, below = below * 1000, 0
        elif word != "and":
            below += _NUMBER_WORDS[word]
    return Decimal(thousands + below)


def _fraction(found: re.Match[str]) -> Decimal:
    """The fraction a match of ``_FRACTION_AFTER`` writes."""
    if found[1]:
        # At the default 28 digits: "1/3" has no end (the exact context would never stop).
        return decimal.Context().divide(Decimal(found[1]), Decimal(found[2]))
    if found[4]:
        return Decimal("0.75")
    return Decimal("0.5") if found[3].lower() == "half" else Decimal("0.25")
