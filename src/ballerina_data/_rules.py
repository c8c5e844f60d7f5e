"""The rules of the data that code can check, each one small function over one record.

The data tests call them over every record of the data, and ``curate`` over every record
of a curation file, which it reports at the record's line: one implementation of each rule.
Each function returns the record's breaches of its rule, an empty list when it holds. The
rules are those of the page "The data model"; a reviewed exception names its claim and says
why it may stand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from ._records import DateValue, Film, Status, Text

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from ._catalog import Catalog
    from ._records import Claim, Entity, Source

__all__ = [
    "DESCRIPTION_WORDS",
    "STATUS_FROM_CONTEXT",
    "STATUS_WORDS",
    "VALUE_WORDS",
    "Breach",
    "claim_breaches",
    "claim_id_prefix",
    "dated_by_its_quote_or_noted",
    "description_words_are_source_words",
    "id_starts_with_its_source",
    "names_written_as_a_source_writes_them",
    "notes_quote_the_text",
    "published_date_says_how_it_is_known",
    "source_breaches",
    "status_backed_by_its_words",
    "title_finds_its_work",
    "value_keeps_its_quotes_characters",
    "words",
]


@attrs.frozen
class Breach:
    """A rule a record breaks: the rule, the record's field, and what to do (one line)."""

    rule: str
    field: str
    message: str


#: Words that, in a claim's own quote, back its status.
STATUS_WORDS = {
    Status.UNDISCLOSED: ("undisclosed",),
    Status.UNCONFIRMED: ("not been", "no official", "possible", "hopeful", "not confirmed"),
    Status.SPECULATED: ("possibly", "surely", "would", "could", "might"),
    Status.EXPECTED: ("expected", "will", "set to", "promises", "due"),
    Status.ANNOUNCED: ("announced", "revealed", "dated", "confirmed"),
    Status.SCHEDULED: ("will be released", "scheduled", "set to", "due for release"),
    Status.RELEASED: ("released", "premiered", "introduced", "release of"),
    Status.REPORTED: ("said", "told", "spotted", "reports", "reported", "called", "talking"),
    Status.IN_DEVELOPMENT: ("in development", "in the works", "developing"),
    Status.HOPED: ("hope", "wish", "love to", "plans for"),
}
#: Reviewed claims whose status the words just outside the quote state, with those words.
STATUS_FROM_CONTEXT = {
    "002-088": "the quote follows 'The Continental is set to'",
}
#: Reviewed text values with a word their quote lacks, each with the reason it may stand.
VALUE_WORDS: dict[str, str] = {}

#: Reviewed words of work descriptions that no source uses, each with its reason.
DESCRIPTION_WORDS: dict[str, str] = {}

# A word: letters and digits, with inner apostrophes (straight or curly) and hyphens.
_WORD = re.compile(r"[\w'\u2019-]+")
# What a value is made of: words, and each other character but the plain spaces between.
_PIECE = re.compile(r"\w+|[^\w \t\n\r]")
# A passage a note quotes: in double quotes, straight or curly, or in single quotes.
_QUOTED = re.compile(
    r'"([^"]+)"|\u201c([^\u201d]+)\u201d|(?<![\w\u2019])\'([^\']+?)\'(?![\w\u2019])'
)
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")


def words(text: str) -> set[str]:
    """The words of a text, lowercased: what names and descriptions are checked against."""
    return {word.lower() for word in _WORD.findall(text)}


def claim_id_prefix(source_id: str) -> str:
    """What the ids of a source's claims start with: the source id up to its first ``_``
    (all of it if it has none) and ``-``. Source ``000_352b652a736a487c`` has ``000-001``."""
    return source_id.partition("_")[0] + "-"


def id_starts_with_its_source(claim: Claim) -> list[Breach]:
    """A claim's id starts with its source's prefix, so that a claims file reads in order."""
    prefix = claim_id_prefix(claim.source)
    if claim.id.startswith(prefix) and len(claim.id) > len(prefix):
        return []
    message = (
        f"{claim.id!r} does not start with {prefix!r}, its source's id up to the first '_'"
        f" and '-'; number it as {prefix}001"
    )
    return [Breach("claim id", "id", message)]


def published_date_says_how_it_is_known(source: Source) -> list[Breach]:
    """A dated source says how its date is known: the words that state it, or how it is
    inferred, and from which words."""
    if source.published is None or source.published_note:
        return []
    message = (
        f"a source published {source.published} says how that is known: give the words that"
        " state it (\"stated in the byline: '...'\") or how it is inferred"
    )
    return [Breach("date note", "published_note", message)]


def dated_by_its_quote_or_noted(claim: Claim) -> list[Breach]:
    """A date its quote does not write (``this spring``, ``Friday 6 October``) was inferred,
    and the claim's note says how."""
    dates = []
    if isinstance(claim.value, DateValue):
        dates.append(("value.date", claim.value.date))
    if claim.qualifiers.date is not None:
        dates.append(("qualifiers.date", claim.qualifiers.date))
    unwritten = [
        (field, date) for field, date in dates if str(date.year) not in claim.evidence.quote
    ]
    if not unwritten or claim.note:
        return []
    field, date = unwritten[0]
    message = (
        f"the quote does not write the year of {date}: say in a note how the date is"
        " inferred (from the publication date, from which words)"
    )
    return [Breach("date note", field, message)]


def status_backed_by_its_words(
    claim: Claim, reviewed: Mapping[str, str] = STATUS_FROM_CONTEXT
) -> list[Breach]:
    """A status is backed by words of the claim's own quote, or by a reviewed reason."""
    status = claim.qualifiers.status
    if status is None or claim.id in reviewed:
        return []
    backing = STATUS_WORDS[status]
    if any(word in claim.evidence.quote.lower() for word in backing):
        return []
    listed = ", ".join(map(repr, backing))
    message = (
        f"status {status.value!r} is not in the quote's words: quote the words that say it"
        f" ({listed}), or leave the status out"
    )
    return [Breach("status words", "qualifiers.status", message)]


def value_keeps_its_quotes_characters(
    claim: Claim, reviewed: Mapping[str, str] = VALUE_WORDS
) -> list[Breach]:
    """A text value is made of its quote's words and characters: it may leave some out,
    never add its own ("delves" for "delving", a straight apostrophe for a curly one, a
    hyphen for a dash). It may end
    with a full stop where the quote stops before one."""
    if not isinstance(claim.value, Text) or claim.id in reviewed:
        return []
    quote = {piece.lower() for piece in _PIECE.findall(claim.evidence.quote)}
    value = claim.value.text.removesuffix(".")
    added = [piece for piece in _PIECE.findall(value) if piece.lower() not in quote]
    if not added:
        return []
    shown = ", ".join(dict.fromkeys(map(repr, added)))
    message = (
        f"{shown} not in the quote: a value repeats the quote's words with its characters"
        " (its apostrophes, quotation marks, dashes and spaces)"
    )
    return [Breach("value characters", "value.text", message)]


def notes_quote_the_text(note: str | None, text: str, field: str) -> list[Breach]:
    """What a note quotes is in the text, word for word (``...`` leaves words out; any
    space counts as a space): a note explains how the quote is read, in the text's words."""
    if not note:
        return []
    spaced = " ".join(text.split())
    for match in _QUOTED.finditer(note):
        quoted = next(group for group in match.groups() if group)
        parts = [" ".join(part.split()) for part in _ELLIPSIS.split(quoted)]
        missing = next((part for part in parts if part and part not in spaced), None)
        if missing is not None:
            message = (
                f"the note quotes {missing!r}, which the text does not have: quote the text's"
                " words, or do not put them in quotation marks"
            )
            return [Breach("note quotes", field, message)]
    return []


def title_finds_its_work(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A title claim's text finds its work: with ``films_titled``, or for a franchise among
    its names."""
    from ._normalize import normalize

    if claim.predicate.value != "title" or not isinstance(claim.value, Text):
        return []
    work = catalog.entity(claim.subject)
    if not isinstance(work, Film):
        return []
    title = claim.value.text
    if work.kind.value == "franchise":
        found = normalize(title) in map(normalize, work.names)
    else:
        found = work in catalog.films_titled(title)
    if found:
        return []
    message = (
        f"{title!r} does not find {work.id}: add it to the work's aliases, as the text writes it"
    )
    return [Breach("title findable", "value.text", message)]


def names_written_as_a_source_writes_them(entity: Entity, texts: str) -> list[Breach]:
    """Every title, name and alias of an entity is written as some source writes it."""
    for position, name in enumerate(entity.names):
        if name not in texts:
            field = "title" if isinstance(entity, Film) else "name"
            field = field if position == 0 else f"aliases[{position - 1}]"
            message = f"{name!r} is not written so in any source: write it as a text writes it"
            return [Breach("names as written", field, message)]
    return []


def description_words_are_source_words(
    film: Film, source_words: set[str], reviewed: Iterable[str] = DESCRIPTION_WORDS
) -> list[Breach]:
    """A work's description uses only words the sources use."""
    allowed = set(reviewed)
    new = [
        word
        for word in _WORD.findall(film.description or "")
        if word.lower() not in source_words and word.lower() not in allowed
    ]
    if not new:
        return []
    shown = ", ".join(dict.fromkeys(map(repr, new)))
    message = f"{shown}: no source uses these words; describe the work in the sources' words"
    return [Breach("description words", "description", message)]


def claim_breaches(claim: Claim, text: str) -> list[Breach]:
    """Every rule of one claim that needs nothing but the claim and its source's text."""
    return [
        *id_starts_with_its_source(claim),
        *status_backed_by_its_words(claim),
        *dated_by_its_quote_or_noted(claim),
        *value_keeps_its_quotes_characters(claim),
        *notes_quote_the_text(claim.note, text, "note"),
    ]


def source_breaches(source: Source, text: str) -> list[Breach]:
    """Every rule of one source: its date says how it is known, its notes quote its text."""
    return [
        *published_date_says_how_it_is_known(source),
        *notes_quote_the_text(source.published_note, text, "published_note"),
        *notes_quote_the_text(source.note, text, "note"),
    ]
