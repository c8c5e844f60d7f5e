"""The checks the records' fields run: each raises :class:`InvalidDataError` naming the class
and the field, and shows the bad value's ``repr``, as attrs' own validators do.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

import attrs

from ._errors import InvalidDataError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "MAX_FOLDING",
    "MAX_NAME",
    "MAX_NOTE",
    "Validator",
    "closest_name",
    "days_in_month",
    "exactly",
    "file_name",
    "finite",
    "id_pattern",
    "integer",
    "language_tag",
    "names_apart",
    "record_id",
    "reject",
    "sha256",
    "short_repr",
    "text",
    "tuple_of",
    "wrong_type",
]

Validator: TypeAlias = Any  # attrs' validator protocol; the checks below are plain functions


def closest_name(value: str, names: Iterable[str]) -> str | None:
    """The name a misspelt or cut-short ``value`` likeliest means, for a "did you mean": the
    shortest name that starts with it, in any case ("cast" is "cast_member", not the "cost"
    it is nearer to in letters), else the nearest in letters, or ``None``.

    A value over 3 times as long as the longest name has none: no name starts with it
    (case folding at most triples a name), and none is near it in letters (``difflib``
    wants 0.6 of their joint length alike, so at most 7/3 times as long). It is never
    folded or compared: a 30 MB value cost ``difflib`` 1.3 GB."""
    names = list(names)
    if len(value) > 3 * max(map(len, names), default=0):
        return None
    folded = value.casefold()
    starting = [name for name in names if name.casefold().startswith(folded)] if value else []
    if starting:
        return min(starting, key=len)
    import difflib  # a "did you mean" only: not on the first answer's clock

    close = difflib.get_close_matches(value, names, n=1)
    return close[0] if close else None


def short_repr(value: Any) -> str:
    if type(value) is int and not -(10**57) < value < 10**57:
        # Python writes no int of over 4,300 digits: say how long it is.
        return f"an integer of {digits(value):,} digits"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def digits(value: int) -> int:
    """How many decimal digits ``value`` has, without writing it (Python refuses to write
    an int of over 4,300 digits)."""
    value = abs(value)
    if value < 10:
        return 1
    import math

    count = int(math.log10(value)) + 1
    # log10 of a float may round across a power of ten.
    if value < 10 ** (count - 1):
        count -= 1
    elif value >= 10**count:
        count += 1
    return count


def reject(instance: Any, attribute: attrs.Attribute[Any], problem: str) -> NoReturn:
    raise InvalidDataError([f"{type(instance).__name__}.{attribute.name}: {problem}"])


def wrong_type(
    instance: Any, attribute: attrs.Attribute[Any], expected: str, value: Any
) -> NoReturn:
    reject(
        instance, attribute, f"expected {expected}, got {type(value).__name__} {short_repr(value)}"
    )


def exactly(cls: type, expected: str, *, optional: bool = False) -> Validator:
    """A value of exactly ``cls``: a bool is no int, a str subclass no str."""
    if optional:
        expected += " or None"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not cls and not (optional and value is None):
            wrong_type(instance, attribute, expected, value)

    return check


#: The longest note, in characters: as long as the longest quote (a note explains a quote).
MAX_NOTE = 10_000
#: The longest name, title, alias or source headline, in characters. Exports repeat them on
#: every claim's row (a subject's, a value's, a character's, a source's label): unbounded,
#: a 500 KB title made 2,000 claims a 1 GB CSV.
MAX_NAME = 500
#: How many times its characters a name, title or alias may become once its compatibility
#: forms are decomposed (NFKD, as every lookup and search folds it): at most 2,000 for the
#: longest name. One character can become 18 (U+FDFA, a phrase of four words): 10,000 names
#: of 495 of them (a 15 MB catalog) took 7.5 s to load and a lookup miss 16 s and 861 MB,
#: against 0.6 s for as many bytes of ASCII names. Accents, Hangul syllables, ligatures and
#: squared words stay within it: at most four characters for one.
MAX_FOLDING = 4


def _folding_problem(value: str) -> str | None:
    """What is wrong with how far ``value`` decomposes, if anything: the quick check answers
    most names, and a decomposition takes at most tens of microseconds at :data:`MAX_NAME`."""
    if unicodedata.is_normalized("NFKD", value):
        return None
    folded = len(unicodedata.normalize("NFKD", value))
    if folded <= MAX_FOLDING * len(value):
        return None
    return (
        f"has {len(value)} characters that decompose (NFKD, as lookups fold names) to"
        f" {folded}, over {MAX_FOLDING} times as many: {short_repr(value)}"
    )


def text(
    *,
    optional: bool = False,
    blank: bool = False,
    longest: int | None = None,
    name: bool = False,
) -> Validator:
    """A string; unless ``blank``, one with something besides whitespace; at most ``longest``
    characters when given; a ``name`` decomposes to at most :data:`MAX_FOLDING` times its
    characters."""
    expected = "a string" if blank else "a non-empty string"
    if optional:
        expected += " or None"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is str:
            if longest is not None and len(value) > longest:
                problem = f"has {len(value)} characters, over the limit of {longest}"
                reject(instance, attribute, problem)
            if not blank and not value.strip():
                reject(instance, attribute, f"must not be empty or blank: {short_repr(value)}")
            if not value.isascii():
                # Inline, not a call to _check_encodable: a load runs this for every
                # quote, and most quotes have a curly quote or a dash.
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError as exc:
                    problem = f"has a lone surrogate at {exc.start}: {short_repr(value)}"
                    reject(instance, attribute, problem)
                if name:
                    folding = _folding_problem(value)
                    if folding is not None:
                        reject(instance, attribute, folding)
        elif not (optional and value is None):
            wrong_type(instance, attribute, expected, value)

    return check


def _check_encodable(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    # A lone surrogate: no UTF-8 file, and so no catalog file or export, can hold it.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        reject(instance, attribute, f"has a lone surrogate at {exc.start}: {short_repr(value)}")


def tuple_of(cls: type, expected: str, *, names: bool = False) -> Validator:
    """A tuple of exactly ``cls``; of strings, each with something besides whitespace; of
    ``names``, each of at most :data:`MAX_NAME` characters that decompose to at most
    :data:`MAX_FOLDING` times as many."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not tuple:
            wrong_type(instance, attribute, f"a tuple of {expected}", value)
        for position, item in enumerate(value):
            if type(item) is not cls:
                wrong_type(instance, attribute, f"{expected} at [{position}]", item)
            if type(item) is str and not item.strip():
                reject(instance, attribute, f"[{position}] must not be empty or blank: {item!r}")
            if type(item) is str and names and len(item) > MAX_NAME:
                problem = f"[{position}] has {len(item)} characters, over the limit of {MAX_NAME}"
                reject(instance, attribute, problem)
            if type(item) is str and not item.isascii():
                _check_encodable(instance, attribute, item)
                folding = _folding_problem(item) if names else None
                if folding is not None:
                    reject(instance, attribute, f"[{position}] {folding}")

    return check


def names_apart(own: str) -> Validator:
    """Aliases each given once, none the record's own ``own`` field (its title or name): a
    name twice is a row twice in every export that lists aliases."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        seen = {getattr(instance, own)}
        for position, alias in enumerate(value):
            name = alias if type(alias) is str else alias.name
            if name in seen:
                again = f"its {own}" if name == getattr(instance, own) else "an alias before it"
                reject(instance, attribute, f"[{position}] {short_repr(name)} is {again}")
            seen.add(name)

    return check


def integer(low: int, high: int, *, optional: bool = False) -> Validator:
    """An int (exactly: a bool is none) from ``low`` to ``high``: one validator, not a type
    check and a range check, as every date and offset of a load runs it."""
    expected = "an int or None" if optional else "an int"
    # A range a reader can take in is named whole; of an offset's, 0 to 2**62, only the
    # bound that was passed.
    whole = f"{low}-{high}" if high < 10**6 else None

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not int:
            if optional and value is None:
                return
            wrong_type(instance, attribute, expected, value)
        if not low <= value <= high:
            shape = whole or (f"at least {low}" if value < low else f"at most {high}")
            reject(instance, attribute, f"must be {shape}: {short_repr(value)}")

    return check


#: The longest slug of an entity id, as long as the longest source id: ids name files.
LONGEST_SLUG = 128
#: The longest entity id: the longest prefix (``character/``), a slash and a slug.
LONGEST_ID = len("character/") + LONGEST_SLUG


def id_pattern(*prefixes: str, flags: int = 0) -> re.Pattern[str]:
    """What the ids of these prefixes look like, to be matched in full: ``film/john-wick``."""
    return re.compile(
        rf"(?:{'|'.join(prefixes)})/(?=.{{1,{LONGEST_SLUG}}}\Z)[a-z0-9]+(?:-[a-z0-9]+)*", flags
    )


def record_id(*prefixes: str) -> Validator:
    pattern = id_pattern(*prefixes)
    shape = (
        f"'{prefixes[0]}/<slug>' (1-{LONGEST_SLUG} lowercase ASCII letters, digits and single"
        " hyphens)"
    )

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not str:
            wrong_type(instance, attribute, "a string", value)
        if pattern.fullmatch(value) is None:
            reject(instance, attribute, f"must look like {shape}: {short_repr(value)}")

    return check


_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def file_name(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # A source's id names its files (claims/<id>.json, texts/<id>.txt): no "/", no "..".
    if type(value) is not str:
        wrong_type(instance, attribute, "a string", value)
    if _NAME.fullmatch(value) is None:
        shape = "1-128 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit"
        reject(instance, attribute, f"must be {shape}: {short_repr(value)}")


def finite(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A finite Decimal (exactly) within 100 digits of the point."""
    if type(value) is not Decimal:
        wrong_type(instance, attribute, "a Decimal", value)
    if not value.is_finite():
        reject(instance, attribute, f"must be a finite number: {value!r}")
    # Written as digits (see amount_text), 1E+999999 would be a million of them.
    if value and not -100 <= value.adjusted() <= 100:
        reject(instance, attribute, f"must be within 100 digits of the point: {value!r}")


# A well-formed BCP 47 language tag (RFC 5646's syntax, grandfathered tags aside): a
# language, then an optional script, region, variants, extensions and private use. The
# language is of 2 or 3 letters, as every one in use is: the syntax's reserved 4 to 8 letter
# languages would take "english".
_LANGUAGE_TAG = re.compile(
    r"[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
    r"(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"
    r"|[Xx](?:-[A-Za-z0-9]{1,8})+"
)
#: The longest language tag taken: far past any tag in use ("zh-Hant-TW" is 10).
LONGEST_LANGUAGE_TAG = 64


def language_tag(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A well-formed BCP 47 tag ("en", "en-GB", "ko", "zh-Hant-TW") of at most
    :data:`LONGEST_LANGUAGE_TAG` characters; whether its subtags are registered is not
    checked (a registry would be a dependency, and grows)."""
    if type(value) is not str:
        wrong_type(instance, attribute, "a string", value)
    if len(value) > LONGEST_LANGUAGE_TAG or _LANGUAGE_TAG.fullmatch(value) is None:
        shape = (
            f"a BCP 47 language tag of at most {LONGEST_LANGUAGE_TAG} characters, such as"
            " 'en', 'en-GB' or 'ko'"
        )
        reject(instance, attribute, f"must be {shape}: {short_repr(value)}")


_SHA256 = re.compile("[0-9a-f]{64}")


def sha256(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is not str:
        wrong_type(instance, attribute, "a string", value)
    if _SHA256.fullmatch(value) is None:
        reject(instance, attribute, f"must be 64 lowercase hex digits: {short_repr(value)}")


def days_in_month(year: int, month: int) -> int:
    # Gregorian rules, as datetime has them; importing datetime would cost the first query.
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
