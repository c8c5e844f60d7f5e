"""The one normalization of titles and names that every lookup uses; a long text cut into
pieces that normalize apart, and the key that tells one document saved again."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

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
    key.

    The key is a SHA-256 digest of that form, made a piece of the text at a time (cut
    where normalization joins nothing across, as ``verify`` reads a text): the form
    itself, or the text's words, would cost many times the text (a text of U+FDFA folds
    to 18 characters and 4 words a character)."""
    import hashlib

    digest = hashlib.sha256()
    composed: dict[int, str] = {}
    spaced = started = False  # whether a space is owed before the next word; any word yet
    for piece in _pieces(text):
        if piece.isascii():
            form = piece
        elif len(piece) == len(text):  # a short text: one pass, no table of its characters
            form = unicodedata.normalize("NFKC", piece).replace("\ufeff", "")
        else:
            form = _composed(piece, composed)
        words = " ".join(form.split())
        spaced = spaced or form[:1].isspace()
        if not words:
            continue
        if spaced and started:
            digest.update(b" ")
        digest.update(words.encode("utf-8", "surrogatepass"))
        spaced, started = form[-1:].isspace(), True
    return digest.hexdigest()


#: How many characters' compositions :func:`_composed` keeps at most, for one text.
_MOST_COMPOSED = 2**14


def _composed(piece: str, composed: dict[int, str]) -> str:
    """NFKC of a piece of a text, a byte order mark left out. A piece every character of
    which starts cleanly (normalization joins it to nothing before it) is composed a
    character at a time, through ``composed`` (the characters' compositions, added to as
    new ones are met, up to :data:`_MOST_COMPOSED`): one pass in C, where NFKC of a text
    of U+FDFA took 4 times as long."""
    new = {character for character in set(piece) if ord(character) not in composed}
    if len(composed) + len(new) > _MOST_COMPOSED or not all(map(_starts_cleanly, new)):
        return unicodedata.normalize("NFKC", piece).replace("\ufeff", "")
    composed.update(
        (ord(character), unicodedata.normalize("NFKC", character).replace("\ufeff", ""))
        for character in new
    )
    return piece.translate(composed)


#: How many characters of a text are normalized and split into words at once: a long
#: text's words are read a piece at a time, so memory holds one piece's words, not the
#: whole text's. A character may fold to many words (U+FDFA to four), so a piece is small.
PIECE = 2**14

# Where a stretch no character of which can start a piece ends at the latest.
_ASCII = re.compile(r"[\x00-\x7f]")


def _pieces(text: str) -> Iterator[str]:
    """``text`` in pieces of about :data:`PIECE` characters, each cut before a character
    that normalization never joins to what precedes it (:func:`_starts_cleanly`), so the
    pieces fold to the whole text's folding; a word may still span a cut. Where no such
    character follows within a piece's length (a run of combining marks), the cut is at
    the next ASCII character, so that stretch is one piece."""
    start = 0
    while start < len(text):
        cut = next(
            (
                position
                for position in range(start + PIECE, min(len(text), start + 2 * PIECE))
                if _starts_cleanly(text[position])
            ),
            None,
        )
        if cut is None:
            found = _ASCII.search(text, start + 2 * PIECE)
            cut = len(text) if found is None else found.start()
        yield text[start:cut]
        start = cut


@functools.lru_cache(maxsize=4096)
def _starts_cleanly(character: str) -> bool:
    """Whether normalization keeps ``character`` and what follows it apart from what
    precedes it: its compatibility decomposition starts with a character of combining
    class 0 (canonical reordering stops there) that composes with nothing before it, as
    marks (some of class 0, as Indic vowel signs) and Hangul vowel and final jamo do.
    Case folding, also done character by character, keeps this (a test checks every
    character)."""
    if character < "\x80":
        return True
    first = unicodedata.normalize("NFKD", character)[0]
    return (
        unicodedata.combining(first) == 0
        and not unicodedata.category(first).startswith("M")
        and not "\u1160" <= first <= "\u11ff"
    )
