"""The one normalization of titles and names that every lookup uses."""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["document_key", "fold", "normalize"]

# Anything that is not a letter or digit separates words: dashes, colons, quotes, spaces.
_SEPARATORS = re.compile(r"[\W_]+")


#: Names at most this long are cached; a longer string (a whole text, a hostile query) is
#: normalized each time and never kept.
MAX_CACHED_LENGTH = 255


def normalize(name: str) -> str:
    """Fold a title or name to the form lookups compare; see :func:`_normalize`.

    The cache holds at most 4096 names of at most :data:`MAX_CACHED_LENGTH` characters.
    """
    if len(name) > MAX_CACHED_LENGTH:
        return _normalize(name)
    return _cached(name)


@functools.lru_cache(maxsize=4096)
def _cached(name: str) -> str:
    return _normalize(name)


def _normalize(name: str) -> str:
    """Fold a title or name to the form lookups compare.

    Unicode compatibility forms, case, accents, dashes, punctuation and runs of whitespace all
    fold away, so "John Wick: Chapter 3 \u2013 Parabellum" and "john wick chapter 3 parabellum"
    are one key. Whole names are compared, never substrings.

    >>> normalize("  John Wick: Chapter 3 \u2013 Parabellum ")
    'john wick chapter 3 parabellum'
    >>> normalize("Bill Skarsgård") == normalize("BILL SKARSGARD")
    True
    """
    return fold(name).strip()


def fold(text: str) -> str:
    """The folding of :func:`normalize`, each run of characters between words one space,
    without stripping the ends: whether a piece of a text ends inside a word shows."""
    if text.isascii():  # Unicode normalization leaves ASCII as it is: skip both passes
        return _SEPARATORS.sub(" ", text.lower())
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    if not decomposed.isascii():
        # The marks among the distinct characters, removed in one pass: a character at a time
        # in Python took seconds on a long text.
        marks = {ord(c): None for c in set(decomposed) if unicodedata.combining(c)}
        if marks:
            decomposed = decomposed.translate(marks)
    return _SEPARATORS.sub(" ", decomposed)


def document_key(text: str) -> str:
    """The form in which two copies of one document are one text: Unicode compatibility
    forms folded (NFKC), a byte order mark left out, and every run of whitespace, line
    ends and no-break spaces included, one space, none at either end. An article saved
    again (with CRLF line ends, a final newline, a no-break space for a space) keeps its
    key."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\ufeff", "")
    return " ".join(text.split())
