"""Finding a quote in a text: its offsets, the occurrence meant, and, for a quote the text
does not hold, the closest passage it does (the suggestion curation errors give).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ._errors import InvalidDataError
from ._validators import short_repr

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["EVIDENCE_CONTEXT", "hint", "locate", "occurrences"]


#: How many characters of the text :meth:`Evidence.locate` keeps either side of a quote, as
#: the shipped data does (fewer at the text's start and end).
EVIDENCE_CONTEXT = 32


#: How many occurrences of a quote are counted before "more than" says the rest.
_COUNTED = 1000


def occurrences(text: str, quote: str, limit: int = _COUNTED + 1) -> list[int]:
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


def _check_arguments(text: Any, quote: Any, occurrence: Any, context: Any) -> None:
    for name, value, expected, ok in (
        ("text", text, "a str", isinstance(text, str)),
        ("quote", quote, "a str", isinstance(quote, str)),
        ("occurrence", occurrence, "an int or None", occurrence is None or type(occurrence) is int),
        ("context", context, "a str or None", context is None or isinstance(context, str)),
    ):
        if not ok:
            msg = f"{name} must be {expected}, got {type(value).__name__} {short_repr(value)}"
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
    around = occurrences(text, context)
    inside = occurrences(context, quote, limit=2)
    if not around:
        suggestion = hint(text, context)
        raise InvalidDataError(f"context not in the text: {short_repr(context)}{suggestion}")
    if len(around) > 1:
        msg = f"context occurs {_times(around)}: {short_repr(context)}; make it longer"
        raise InvalidDataError(msg)
    if len(inside) != 1:
        holds = "does not hold the quote" if not inside else "holds the quote more than once"
        raise InvalidDataError(f"context {short_repr(context)} {holds}")
    return around[0] + inside[0]


def _ambiguous(text: str, quote: str, starts: list[int]) -> str:
    """Where a quote found more than once is, with the words that tell each place apart."""
    shown = "; ".join(
        f"{n}: {short_repr(text[max(0, at - 12) : at + len(quote) + 12])}"
        for n, at in enumerate(starts[:3], 1)
    )
    more = f"; and {len(starts) - 3} more" if 3 < len(starts) <= _COUNTED else ""
    more = f"; and more than {_COUNTED - 3} more" if len(starts) > _COUNTED else more
    which = f"1-{len(starts)}" if len(starts) <= _COUNTED else "from 1"
    return (
        f"quote occurs {_times(starts)}: {short_repr(quote)} ({shown}{more});"
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
                f"quote {short_repr(quote)} cuts a letter of the text in two, at a combining"
                f" mark: the text has {short_repr(text[start:stop])}"
            )
            raise InvalidDataError(msg)


#: A quote longer than this gets no closest passage; below the budget (text length times
#: quote length), every passage is compared.
_LONGEST_HINTED = 2000
_HINT_BUDGET = 2_000_000


def hint(text: str, quote: str) -> str:
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
        return f"; the text has {short_repr(passage)} (mind its {' and '.join(kinds)})"
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
    return f"; the closest passage is {short_repr(closest)}" if closest else ""


def locate(text: str, quote: str, occurrence: int | None, context: str | None) -> int:
    """Where ``quote`` starts in ``text``: see :meth:`Evidence.locate`, which documents this."""
    _check_arguments(text, quote, occurrence, context)
    starts = occurrences(text, quote)
    if not starts:
        raise InvalidDataError(f"quote not in the text: {short_repr(quote)}{hint(text, quote)}")
    if context is not None:
        start = _start_in_context(text, quote, context)
    elif occurrence is not None:
        if occurrence > len(starts):
            starts = occurrences(text, quote, limit=occurrence)
        if not 1 <= occurrence <= len(starts):
            msg = f"occurrence {occurrence}: {short_repr(quote)} occurs {_times(starts)}"
            raise InvalidDataError(msg)
        start = starts[occurrence - 1]
    elif len(starts) > 1:
        raise InvalidDataError(_ambiguous(text, quote, starts))
    else:
        start = starts[0]
    _check_whole_letters(text, quote, start, start + len(quote))
    return start
