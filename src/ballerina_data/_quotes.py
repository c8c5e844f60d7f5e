"""Finding a quote in a text: its offsets, the occurrence meant, and, for a quote the text
does not hold, the closest passage it does (the suggestion curation errors give).

Over 600 lines because every search here has a bounded cost whatever the text and the
quote (repetitive runs, an index of words, a budget for whole-text searches), and a quote
the text does not hold gets the passage it was meant to be: the same words with other
typography, under Unicode normalization, or the closest.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ._errors import InvalidDataError
from ._validators import short_repr

if TYPE_CHECKING:
    from array import array
    from collections import Counter
    from collections.abc import Iterable, Iterator

__all__ = [
    "EVIDENCE_CONTEXT",
    "MAX_QUOTE",
    "TextIndex",
    "count",
    "hint",
    "locate",
    "occurrences",
    "passage_in",
]


#: How many characters of the text :meth:`Evidence.locate` keeps either side of a quote, as
#: the shipped data does (fewer at the text's start and end).
EVIDENCE_CONTEXT = 32


#: The longest quote, and context, :meth:`Evidence.locate` takes, in characters.
MAX_QUOTE = 10_000

#: How many starts of a quote are kept to list or choose from; past that they are counted.
_KEPT = 1000


def _period(quote: str) -> int:
    """The shortest period of ``quote``: its length less its longest proper prefix that is
    also a suffix (the border of Knuth, Morris and Pratt, in one pass)."""
    border = 0
    borders = [0] * len(quote)
    for position in range(1, len(quote)):
        while border and quote[position] != quote[border]:
            border = borders[border - 1]
        if quote[position] == quote[border]:
            border += 1
        borders[position] = border
    return len(quote) - (borders[-1] if quote else 0)


def _runs(text: str, quote: str) -> Iterator[tuple[int, int, int]]:
    """The occurrences of ``quote`` in ``text``, overlapping ones included, as runs: (first
    start, how many, the step between them), in time linear in the text.

    ``str.find`` from each start plus one would compare the whole quote again at every start
    of a repetitive run ("aaaa" in a text of a's): the text's length times the quote's.
    Within a run each start is one period after the last, and a run goes on while the text
    repeats the quote's last period; its length is found by comparing ever longer
    repetitions at C speed.
    """
    period = _period(quote)
    tail = quote[len(quote) - period :]
    start = text.find(quote)
    while start >= 0:
        end = start + len(quote)
        more, step = 0, 1  # whole periods after the quote that the text repeats
        while step:
            if text.startswith(tail * step, end + more * period):
                more += step
                step *= 2
            else:
                step //= 2
        yield start, more + 1, period
        start = text.find(quote, start + more * period + period + 1)


def at_word_edges(text: str, quote: str, start: int) -> bool:
    """Whether ``quote`` at ``start`` of ``text`` starts and ends at the edges of words and
    numbers: the only places a quote may be (``_rules.quote_at_word_edges`` reads the same
    characters), so "art" is not in "start"."""
    end = start + len(quote)
    return not (
        (quote[:1].isalnum() and text[start - 1 : start].isalnum())
        or (quote[-1:].isalnum() and text[end : end + 1].isalnum())
    )


def _runs_at_edges(text: str, quote: str) -> Iterator[tuple[int, int, int]]:
    """The runs of :func:`_runs` cut to the starts at the edges of words
    (:func:`at_word_edges`), still in time linear in the text: within a run the text repeats
    the quote's period, so every start but the first has the same character before it and
    every start but the last the same after it, and the starts between are at the edges of
    words all or none."""
    for first, many, step in _runs(text, quote):
        if at_word_edges(text, quote, first):
            yield first, 1, step
        if many > 2 and at_word_edges(text, quote, first + step):
            yield first + step, many - 2, step
        last = first + (many - 1) * step
        if many > 1 and at_word_edges(text, quote, last):
            yield last, 1, step


#: The most characters one curation's searches of whole texts may read: `str.find` reads a
#: text at 0.4 ns a character, but up to 2.6 ns for a quote of one letter repeated around
#: another ("aaaab1aaaa" in "aaaa..."), so 1,900 such quotes of a 5 MB text took 25 s.
#: Quotes the text's index places cost nothing here.
MOST_SEARCHED = 10**9

_searched: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "searched", default=None
)


@contextlib.contextmanager
def search_budget() -> Iterator[None]:
    """Count what whole-text searches read, from here on, against :data:`MOST_SEARCHED`."""
    token = _searched.set([MOST_SEARCHED])
    try:
        yield
    finally:
        _searched.reset(token)


def _spent(characters: int) -> bool:
    """Count a search of ``characters`` against the :func:`search_budget`, if one is on;
    whether the budget is now spent."""
    left = _searched.get()
    if left is None:
        return False
    left[0] -= characters
    return left[0] < 0


def passage_in(passage: str, text: str) -> bool:
    """Whether ``text`` holds ``passage``: a search a note's passage costs, counted against
    the :func:`search_budget` (each passage a note quotes is searched for in whole texts).

    Raises:
        InvalidDataError: the searches under a :func:`search_budget` have read more than
            :data:`MOST_SEARCHED` characters.
    """
    if _spent(len(text)):
        msg = (
            "note: the passages notes quote, searched for in whole texts and quotes, read"
            f" more than {MOST_SEARCHED:.0e} characters; curate fewer claims at once, or"
            " quote in a note only what its claim's quote holds"
        )
        raise InvalidDataError(msg)
    return passage in text


def occurrences(text: str, quote: str, limit: int = _KEPT + 1, *, edges: bool = False) -> list[int]:
    """The starts of ``quote`` in ``text``, overlapping ones included, the first ``limit``;
    with ``edges``, those at the edges of words alone (:func:`at_word_edges`).

    Raises:
        InvalidDataError: the searches under a :func:`search_budget` have read more than
            :data:`MOST_SEARCHED` characters.
    """
    if _spent(len(text)):
        msg = (
            f"quote: the quotes searched for in the whole text (those its index cannot"
            f" place: of one word, or of words the text has over {_MOST_CANDIDATES:,}"
            f" times) read more than {MOST_SEARCHED:.0e} characters; curate fewer"
            " claims at once, or give quotes of more words"
        )
        raise InvalidDataError(msg)
    starts: list[int] = []
    for first, many, step in _runs_at_edges(text, quote) if edges else _runs(text, quote):
        starts.extend(range(first, first + step * min(many, limit - len(starts)), step))
        if len(starts) >= limit:
            break
    return starts


_WORD_RUN = re.compile(r"\w+")
#: How many characters of a word's start (and of its end) the index files it under.
_KEY = 3
#: A quote whose best word the text has more often than this is searched for instead.
_MOST_CANDIDATES = 1000


class TextIndex:
    """Where each word of one text starts and ends, to locate many quotes in that text in
    time that grows with the quotes and the text, not with their product.

    A word of a quote with a non-word character before it inside the quote is the start of
    a word of the text wherever the quote occurs; one with a non-word character after it,
    the end of one. So the places where the text has a word starting (or ending) with the
    same 3 characters are the only places the quote can start, each checked with
    ``str.startswith``. A quote without such a word (one word, or words under 3 letters at
    its edges), or whose best word the text has over 1,000 times, is searched for in the
    whole text, as without an index. Made for ``quotes``, the index files only the words
    those quotes look up; another quote's other words are searched for in the same way.
    """

    def __init__(self, text: str, quotes: Iterable[str] | None = None) -> None:
        from array import array
        from collections import defaultdict

        self.text = text
        # Arrays of machine integers: a tenth of the memory of lists of ints.
        self._starts: defaultdict[str, array[int]] = defaultdict(lambda: array("q"))
        self._ends: defaultdict[str, array[int]] = defaultdict(lambda: array("q"))
        # With the quotes known, only the keys their words give: one regular expression over
        # the text finds those words' starts and ends (1.5-2 s for a 58 MB text), where
        # filing every word of it one by one took 12 s.
        self._only: tuple[frozenset[str], frozenset[str]] | None = None
        if quotes is not None:
            starts, ends = _keys_of(quotes)
            self._only = starts, ends
            if starts:
                for match in re.finditer(r"(?<!\w)" + _trie(starts, whole=True), text):
                    self._starts[match[0]].append(match.start())
            if ends:
                for match in re.finditer(_trie(ends, whole=False) + r"(?!\w)", text):
                    self._ends[match[0]].append(match.end())
            return
        for match in _WORD_RUN.finditer(text):
            word = match[0]
            self._starts[word[:_KEY]].append(match.start())
            self._ends[word[-_KEY:]].append(match.end())

    def _candidates(self, quote: str) -> Iterator[int] | None:
        """Where ``quote`` may start, in order, or None if the index cannot tell."""
        fewest: tuple[array[int], int] | None = None
        for key, at_end, shift in _lookups(quote):
            filed = self._ends if at_end else self._starts
            if self._only is not None and key not in self._only[at_end]:
                continue  # a key of a quote the index was not made for: it cannot tell
            places = filed.get(key)
            if places is None:
                return iter(())
            if len(places) <= _MOST_CANDIDATES and (fewest is None or len(places) < len(fewest[0])):
                fewest = places, shift
        if fewest is None:
            return None
        places, shift = fewest
        return (place - shift for place in places if place >= shift)

    def occurrences(self, quote: str, limit: int = _KEPT + 1, *, edges: bool = False) -> list[int]:
        """As :func:`occurrences` in the indexed text."""
        candidates = self._candidates(quote)
        if candidates is None:
            return occurrences(self.text, quote, limit, edges=edges)
        starts = []
        for start in candidates:
            if self.text.startswith(quote, start) and (
                not edges or at_word_edges(self.text, quote, start)
            ):
                starts.append(start)
                if len(starts) == limit:
                    break
        return starts


def _lookups(quote: str) -> Iterator[tuple[str, bool, int]]:
    """The keys the index is looked up by for ``quote``, each with whether it is a word's
    end (else its start) and where in the quote that start or end is: a word with a
    non-word character before it inside the quote (all of it where one follows it too, else
    its first 3 characters), or else one of 3 characters or more with one after it."""
    for match in _WORD_RUN.finditer(quote):
        word, start, end = match[0], match.start(), match.end()
        if start > 0 and (end < len(quote) or len(word) >= _KEY):
            yield word[:_KEY], False, start
        elif end < len(quote) and len(word) >= _KEY:
            yield word[-_KEY:], True, end


def _keys_of(quotes: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The keys :meth:`TextIndex._candidates` looks up for ``quotes``: of words' starts, and
    of words' ends."""
    keys = [(key, at_end) for quote in quotes for key, at_end, _ in _lookups(quote)]
    starts = frozenset(key for key, at_end in keys if not at_end)
    return starts, frozenset(key for key, at_end in keys if at_end)


def _trie(keys: Iterable[str], *, whole: bool) -> str:
    """A pattern matching any of ``keys`` as a tree of their characters, so that the
    regular expression tries each character once, not each key. With ``whole``, a key
    shorter than :data:`_KEY` is a whole word (the index files a short word as itself)."""
    tree: dict[str, Any] = {}
    for key in keys:
        node = tree
        for character in key:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict[str, Any], depth: int) -> str:
        branches = [
            (r"(?!\w)" if whole and depth < _KEY else "")
            if character == ""
            else re.escape(character) + pattern(child, depth + 1)
            for character, child in sorted(node.items())
        ]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree, 0)


def count(text: str, quote: str, *, edges: bool = False) -> int:
    """How many times ``quote`` occurs in ``text``, overlapping occurrences included (with
    ``edges``, those at the edges of words alone): at C speed (``str.count``) for a quote
    that cannot overlap itself, which is nearly every quote, and all its occurrences; else
    run by run, keeping no list of them."""
    if _period(quote) == len(quote):
        found = text.count(quote)
        cut = _inside_words(quote) if edges and found else None
        # Its occurrences are apart: those at the edges of words are all but those cut.
        return found - sum(1 for _ in cut.finditer(text)) if cut else found
    return sum(many for _, many, _ in (_runs_at_edges if edges else _runs)(text, quote))


def _inside_words(quote: str) -> re.Pattern[str] | None:
    """``quote`` where it starts or ends inside a word (None where it can nowhere, its
    edges no word's characters): the quote first, which the regular expression engine
    searches for at C speed, then what is before and after it (``[^\\W_]``, ``\\w`` but
    the underscore, is what ``str.isalnum`` takes)."""
    written = re.escape(quote)
    cuts = [rf"(?<=[^\W_]{written})"] if quote[:1].isalnum() else []
    cuts += [r"(?=[^\W_])"] if quote[-1:].isalnum() else []
    return re.compile(f"{written}(?:{'|'.join(cuts)})") if cuts else None


def _nth(text: str, quote: str, number: int, *, edges: bool = False) -> int:
    """The start of the ``number``-th occurrence (from 1), or -1; counting stops there. With
    ``edges``, of those at the edges of words alone."""
    for first, many, step in (_runs_at_edges if edges else _runs)(text, quote):
        if number <= many:
            return first + (number - 1) * step
        number -= many
    return -1


def _times(found: int) -> str:
    return "once" if found == 1 else f"{found} times"


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
    for name, value in (("quote", quote), ("context", context or "")):
        if len(value) > MAX_QUOTE:
            msg = f"{name} of {len(value)} characters is over the limit of {MAX_QUOTE}"
            raise InvalidDataError(msg)
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


def _start_in_context(
    text: str, quote: str, context: str, index: TextIndex | None, *, edges: bool
) -> int:
    around = occurrences(text, context) if index is None else index.occurrences(context)
    if not around:
        suggestion = hint(text, context)
        raise InvalidDataError(f"context not in the text: {short_repr(context)}{suggestion}")
    if len(around) > 1:
        times = _times(count(text, context))
        msg = f"context occurs {times}: {short_repr(context)}; make it longer"
        raise InvalidDataError(msg)
    # The quote's places in the context, at the edges of the text's words where the quote
    # has such places (a context is at most MAX_QUOTE characters: every place is looked at).
    inside = [
        at
        for at in occurrences(context, quote, limit=len(context) + 1)
        if not edges or at_word_edges(text, quote, around[0] + at)
    ]
    if len(inside) != 1:
        holds = "does not hold the quote" if not inside else "holds the quote more than once"
        raise InvalidDataError(f"context {short_repr(context)} {holds}")
    return around[0] + inside[0]


def _ambiguous(text: str, quote: str, starts: list[int], *, edges: bool) -> str:
    """Where a quote found more than once is, with the words that tell each place apart."""
    shown = "; ".join(
        f"{n}: {short_repr(text[max(0, at - 12) : at + len(quote) + 12])}"
        for n, at in enumerate(starts[:3], 1)
    )
    found = len(starts) if len(starts) <= _KEPT else count(text, quote, edges=edges)
    more = f"; and {found - 3} more" if found > 3 else ""
    return (
        f"quote occurs {_times(found)}: {short_repr(quote)} ({shown}{more});"
        f" give an occurrence (1-{found}) or a context"
    )


# Hangul jamo, as UAX #29 sorts them: leading consonants (L), vowels (V), trailing (T).
_JAMO_L = ((0x1100, 0x115F), (0xA960, 0xA97C))
_JAMO_V = ((0x1160, 0x11A7), (0xD7B0, 0xD7C6))
_JAMO_T = ((0x11A8, 0x11FF), (0xD7CB, 0xD7FB))


def _jamo(char: str) -> str:
    code = ord(char)
    if 0xAC00 <= code <= 0xD7A3:  # a precomposed syllable: LV, or LVT with a final
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    for kind, ranges in (("L", _JAMO_L), ("V", _JAMO_V), ("T", _JAMO_T)):
        if any(low <= code <= high for low, high in ranges):
            return kind
    return ""


_JAMO_JOINS = {("L", "L"), ("L", "V"), ("L", "LV"), ("L", "LVT"), ("LV", "V"), ("LV", "T")}
_JAMO_JOINS |= {("V", "V"), ("V", "T"), ("LVT", "T"), ("T", "T")}


def _cut(text: str, at: int) -> str:  # noqa: PLR0911 -- one return per rule
    """What a quote boundary at ``at`` would cut in two, or ``""``.

    The rule, a subset of Unicode's extended grapheme clusters (UAX #29) that needs no
    data beyond :mod:`unicodedata`: no boundary between CR and LF; before a combining or
    enclosing mark, a zero-width joiner, a variation selector, an emoji skin-tone modifier
    or a tag character; after a zero-width joiner; inside a flag (an odd number of
    regional indicators before, one after); or inside a Hangul syllable written in jamo.
    """
    import unicodedata

    if not 0 < at < len(text):
        return ""
    before, after = text[at - 1], text[at]
    code = ord(after)
    if before == "\r" and after == "\n":
        return "a CR LF line break"
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return "a character and its variation selector"
    if unicodedata.category(after) in ("Mn", "Mc", "Me"):
        return "a letter and its combining mark"
    if "\u200d" in (before, after):
        return "a sequence joined by a zero-width joiner"
    if 0x1F3FB <= code <= 0x1F3FF:
        return "an emoji and its skin-tone modifier"
    if 0xE0020 <= code <= 0xE007F:
        return "an emoji tag sequence"
    if _regional(after) and _regional(before):
        run = at
        while run > 0 and _regional(text[run - 1]):
            run -= 1
        if (at - run) % 2 == 1:
            return "a flag (a pair of regional indicators)"
    if (_jamo(before), _jamo(after)) in _JAMO_JOINS:
        return "a Hangul syllable written in jamo"
    return ""


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _check_whole_characters(text: str, quote: str, start: int, end: int) -> None:
    """Refuse a quote that cuts what a reader sees as one character in two ("cafe" of
    "café" written with a combining accent, half a flag, half a CR LF); see :func:`_cut`."""
    for at in (start, end):
        what = _cut(text, at)
        if what:
            around = text[max(0, at - 2) : at + 2]
            msg = (
                f"quote {short_repr(quote)} cuts {what} in two, at {at}: the text has"
                f" {short_repr(around)} there; move the quote's {'start' if at == start else 'end'}"
            )
            raise InvalidDataError(msg)


#: A quote longer than this gets no closest passage (comparing passages costs the square of
#: their length); the same words with the text's typography are still found.
_LONGEST_HINTED = 300
#: Below this (the text's length times the quote's), every passage that starts a word is a
#: candidate; above it, the places the quote's rarest words point to.
_HINT_BUDGET = 2_000_000
#: How far past the quote's length a passage runs on to reach its word's end.
_WORD_TAIL = 40
#: How many candidate passages, the closest first by an upper bound, are compared in full.
_COMPARED = 12
#: The words of the quote looked up in a long text, and the places kept for each.
_ANCHORS = 8
_PLACES = 200


def _plain(text: str) -> str:
    """``text`` with its typography folded, character for character: one ``str.replace``
    per typographic character it holds, which unlike ``str.translate`` runs at C speed."""
    if text.isascii():
        return text
    for char, (plain, _) in _TYPOGRAPHY_KINDS.items():
        if char in text:
            text = text.replace(char, plain)
    return text


def hint(text: str, quote: str) -> str:
    """A suggestion for a quote the text does not hold: the same words with the text's
    typography, or the passage it equals under Unicode normalization (NFKC: "e" and a
    combining accent for "é", "ﬁ" for "fi"), or else the closest passage that starts a
    word.

    Its cost is bounded whatever the sizes: the text's typography folded and one
    ``str.find``; unless text and quote are ASCII, a ``str.find`` of each of the quote's
    normal forms; then either every passage of a short text or, in a long one, the places
    where up to 8 of the quote's longest words occur (200 each, found by ``str.find``),
    each passage running on to its word's end for at most 40 more characters, and at most
    12 passages compared in full, none for a quote over 300 characters; unless text and
    quote are ASCII, each of those places normalized as far as the quote can reach (four
    times its length).
    """
    at = _plain(text).find(_plain(quote))
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
    # What normalization leaves as it is: ASCII.
    normalizes = not (quote.isascii() and text.isascii())
    found = _normal_form_in_text(text, quote) if normalizes else None
    if found is None and len(quote) > _LONGEST_HINTED:
        return ""
    # Passages as long as the quote, from the start of a word to the end of one.
    short = len(text) * len(quote) <= _HINT_BUDGET
    if short:
        starts = [
            start for start in range(len(text)) if start == 0 or not text[start - 1].isalnum()
        ]
    else:
        starts = _anchored_starts(text, quote)
    if found is None and normalizes:
        # A place anchored on a word is where the quote would start if the text wrote its
        # characters: what the text writes longer may stand before it.
        # A short text is normalized whole, in one stretch.
        near = [0] if short else sorted({max(0, start - _CUT_SEARCH) for start in starts})
        found = _normalized_near(text, quote, near, whole=short)
    if found is not None:
        return _normalization_hint(text, quote, *found)
    import difflib

    windows = set()
    for start in starts:
        end = start + len(quote)
        # A word longer than any a quote would cut in two (one 'abab...' of 300 KB) is not
        # followed to its end: that walk made each of 200 passages cost the text's length.
        last = min(len(text), end + _WORD_TAIL)
        while end < last and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
        windows.add(text[start:end])
    # autojunk=False: by default, difflib ignores the characters of a long quote that are
    # common, which for text is all of them.
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(quote)
    bounded = []
    for window in windows:
        matcher.set_seq1(window)
        bound = matcher.quick_ratio()  # an upper bound of ratio(), in linear time
        if bound > 0.6:
            bounded.append((-bound, window))
    closest, best = "", 0.6
    for _, window in sorted(bounded)[:_COMPARED]:
        matcher.set_seq1(window)
        ratio = matcher.ratio()
        if ratio > best:
            closest, best = window, ratio
    return f"; the closest passage is {short_repr(closest)}" if closest else ""


#: The characters of text the normalization hint normalizes at once, and how many places
#: of the quote's normal form in a stretch of text it tries.
_NORMALIZED_BLOCK = 4096
_NORMALIZED_TRIES = 10
#: How far past a block's end its cut may move, to a character normalization does not join
#: to the one before it.
_CUT_SEARCH = 64


def _starts_afresh(char: str) -> bool:
    """Whether normalization joins nothing before ``char`` to it: a character that is no
    mark (combining, or a vowel sign that composes with a letter before it) and no Hangul
    vowel or final consonant. A rare exception makes the hint miss, never mislead: what
    it finds is checked."""
    import unicodedata

    return char.isascii() or (
        unicodedata.category(char)[0] != "M" and _jamo(char) not in ("V", "T")
    )


def _normalization_hint(text: str, quote: str, start: int, end: int) -> str:
    text_writes, quote_writes = _first_difference(text[start:end], quote)
    return (
        f"; it differs from the text's passage at {start}-{end} only by Unicode"
        f" normalization: the text writes {text_writes}, the quote {quote_writes};"
        " copy the text's characters"
    )


def _normal_form_in_text(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``text`` writes the quote's normal form (NFC, else NFKC) as it is, cutting no
    character in two (see :func:`_cut`); one ``str.find`` each."""
    import unicodedata

    for form in ("NFC", "NFKC"):
        wanted = unicodedata.normalize(form, quote)
        at = text.find(wanted) if wanted != quote else -1
        end = at + len(wanted)
        if at >= 0 and not _cut(text, at) and not _cut(text, end):
            return at, end
    return None


def _normalized_near(
    text: str, quote: str, starts: Iterable[int], *, whole: bool = False
) -> tuple[int, int] | None:
    """The passage of ``text`` that is ``quote`` under NFKC, sought from each of ``starts``
    as far as a passage that long can reach (with ``whole``, to the text's end), or
    ``None``."""
    import unicodedata

    wanted = unicodedata.normalize("NFKC", quote)
    # Compositions shorten a run at most fourfold ("e", two marks: one character).
    reach = len(text) if whole else 4 * len(wanted) + _CUT_SEARCH
    for start in starts:
        normalized, block_starts, normal_starts = _normal_blocks(
            text, start, min(len(text), start + reach)
        )
        at = normalized.find(wanted)
        for _ in range(_NORMALIZED_TRIES):
            if at < 0:
                break
            found = _passage_of(text, wanted, at, block_starts, normal_starts)
            if found is not None:
                return found
            at = normalized.find(wanted, at + 1)
    return None


def _normal_blocks(text: str, start: int, stop: int) -> tuple[str, list[int], list[int]]:
    """The normal form (NFKC) of ``text[start:stop]``, normalized block by block, each cut
    before a character that starts afresh; and where each block starts in the text and in
    the normal form."""
    import unicodedata

    starts, normal_starts, normal = [], [], []
    normal_length = 0
    while start < stop:
        end = min(stop, start + _NORMALIZED_BLOCK)
        last = min(len(text), end + _CUT_SEARCH)
        while end < last and not _starts_afresh(text[end]):
            end += 1
        block = unicodedata.normalize("NFKC", text[start:end])
        starts.append(start)
        normal_starts.append(normal_length)
        normal.append(block)
        normal_length += len(block)
        start = end
    return "".join(normal), starts, normal_starts


def _passage_of(
    text: str, wanted: str, at: int, starts: list[int], normal_starts: list[int]
) -> tuple[int, int] | None:
    """The passage of ``text`` whose normal form is ``wanted``, found at ``at`` of the
    text's normal form: walked to from the start of the block holding it."""
    import bisect
    import unicodedata

    block = bisect.bisect_right(normal_starts, at) - 1
    position, normal_position = starts[block], normal_starts[block]
    # To the passage's start: a piece from one character that starts afresh to the next.
    while normal_position < at and position < len(text):
        piece_end = _next_fresh(text, position)
        normal_position += len(unicodedata.normalize("NFKC", text[position:piece_end]))
        position = piece_end
    if normal_position != at:
        return None  # the quote's normal form starts inside a character's
    start = end = position
    length = 0
    longest = start + 4 * len(wanted) + _CUT_SEARCH  # compositions at most quarter a run
    while length < len(wanted) and end < min(len(text), longest):
        piece_end = _next_fresh(text, end)
        length += len(unicodedata.normalize("NFKC", text[end:piece_end]))
        end = piece_end
    passage = text[start:end]
    if unicodedata.normalize("NFKC", passage) != wanted or _cut(text, start) or _cut(text, end):
        return None
    return start, end


def _next_fresh(text: str, position: int) -> int:
    """Where the next character that starts afresh after ``position`` is (or the text's end,
    or :data:`_CUT_SEARCH` characters on, whichever is first)."""
    end = position + 1
    last = min(len(text), position + _CUT_SEARCH)
    while end < last and not _starts_afresh(text[end]):
        end += 1
    return end


def _first_difference(passage: str, quote: str) -> tuple[str, str]:
    """The first characters the passage and the quote write differently, as code points
    ("U+00E9" and "U+0065 U+0301"): from the first that differs, as far as the smallest
    pieces of each (from one character that starts afresh to the next) that normalize
    alike."""
    import unicodedata

    same = 0
    while same < min(len(passage), len(quote)) and passage[same] == quote[same]:
        same += 1
    # Back to a character that starts afresh in both: not between a letter and its mark.
    while same > 0 and not all(
        same == len(chars) or _starts_afresh(chars[same]) for chars in (passage, quote)
    ):
        same -= 1
    mine, theirs = same, same
    for _ in range(2 * _CUT_SEARCH):
        normal_mine = unicodedata.normalize("NFKC", passage[same:mine])
        normal_theirs = unicodedata.normalize("NFKC", quote[same:theirs])
        if mine > same and theirs > same and normal_mine == normal_theirs:
            break
        if len(normal_mine) <= len(normal_theirs) and mine < len(passage):
            mine = _next_fresh(passage, mine)
        elif theirs < len(quote):
            theirs = _next_fresh(quote, theirs)
        else:
            break

    def code_points(chars: str) -> str:
        shown = " ".join(f"U+{ord(char):04X}" for char in chars[:8])
        return shown + (" ..." if len(chars) > 8 else "")

    return code_points(passage[same:mine]), code_points(quote[same:theirs])


def _vote(text: str, form: str, offset: int, votes: Counter[int]) -> None:
    """A vote for the quote's start at each of the first places ``text`` writes ``form``,
    a word the quote has at ``offset``."""
    at = text.find(form)
    for _ in range(_PLACES):
        if at < 0:
            break
        votes[max(0, at - offset)] += 1
        at = text.find(form, at + 1)


def _anchored_starts(text: str, quote: str) -> list[int]:
    """Where the quote would start, as the occurrences of its longest words say, the places
    most words agree on first."""
    import unicodedata
    from collections import Counter

    places: dict[str, int] = {}
    for match in re.finditer(r"\w+", quote):
        places.setdefault(match[0], match.start())
    votes: Counter[int] = Counter()
    for word in sorted(places, key=len, reverse=True)[:_ANCHORS]:
        before = votes.total()
        for form in {word, word.lower(), word.capitalize()}:
            _vote(text, form, places[word], votes)
        if votes.total() == before and not word.isascii():
            # A word the text does not write as the quote does: it may under another
            # Unicode normalization ("e" and an accent for "é"); one more search each.
            for form in {unicodedata.normalize(nf, word) for nf in ("NFC", "NFD")} - {word}:
                _vote(text, form, places[word], votes)
    return [start for start, _ in votes.most_common(_HINT_BUDGET // len(quote) ** 2 + 1)]


def locate(
    text: str,
    quote: str,
    occurrence: int | None,
    context: str | None,
    index: TextIndex | None = None,
    *,
    text_checked: bool = False,
) -> int:
    """Where ``quote`` starts in ``text``: see :meth:`Evidence.locate`, which documents this.

    With ``index``, the text's :class:`TextIndex`, the quote and the context are looked up
    in it. A caller that checked the text for a lone surrogate once (as curation does, for
    every quote of one text) says so with ``index`` or ``text_checked``: encoding a 30 MB
    text again for each quote was most of the cost of curating a few hundred quotes."""
    checked = text_checked or index is not None
    _check_arguments("" if checked else text, quote, occurrence, context)
    # Only the places at the edges of words are counted and numbered ("art" is not in
    # "start"); a quote the text has only inside words is found there, for the rule of word
    # edges to name the word it cuts (``_rules.quote_at_word_edges``).
    edges = True
    starts = (
        occurrences(text, quote, edges=True)
        if index is None
        else index.occurrences(quote, edges=True)
    )
    if not starts:
        edges = False
        starts = occurrences(text, quote) if index is None else index.occurrences(quote)
    if not starts:
        raise InvalidDataError(f"quote not in the text: {short_repr(quote)}{hint(text, quote)}")
    if context is not None:
        start = _start_in_context(text, quote, context, index, edges=edges)
    elif occurrence is not None:
        # Past the starts kept, the one wanted is sought, not every one collected.
        start = starts[occurrence - 1] if 1 <= occurrence <= len(starts) else -1
        if start < 0 and occurrence > len(starts) == _KEPT + 1:
            start = _nth(text, quote, occurrence, edges=edges)
        if start < 0:
            found = len(starts) if len(starts) <= _KEPT else count(text, quote, edges=edges)
            msg = f"occurrence {short_repr(occurrence)}: {short_repr(quote)} occurs {_times(found)}"
            raise InvalidDataError(msg)
    elif len(starts) > 1:
        raise InvalidDataError(_ambiguous(text, quote, starts, edges=edges))
    else:
        start = starts[0]
    _check_whole_characters(text, quote, start, start + len(quote))
    return start
