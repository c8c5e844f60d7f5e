"""The precision rules of the data that code can check: titles, statuses, descriptions, names.

Each rule says the data holds only what the sources say, as they say it. An exception is
allowed only with the reviewed reason written next to it.
"""

from __future__ import annotations

import re

import pytest

from ballerina_data import Catalog, Entity, Status, Text, WorkKind
from ballerina_data._normalize import normalize

CATALOG = Catalog.default()
TEXTS = "\n".join(CATALOG.texts.values())
# A word: letters and digits, with inner apostrophes (straight or curly) and hyphens.
WORD = re.compile(r"[\w'\u2019-]+")

#: Words that, in a claim's own quote, back its status.
STATUS_WORDS = {
    Status.UNDISCLOSED: ("undisclosed",),
    Status.UNCONFIRMED: ("not been", "no official", "possible", "hopeful", "not confirmed"),
    Status.SPECULATED: ("possibly", "surely", "would", "could", "might", "hope", "love to"),
    Status.EXPECTED: ("expected", "will", "set to", "promises", "due"),
    Status.ANNOUNCED: ("announced", "revealed", "dated", "confirmed"),
    Status.SCHEDULED: ("will be released", "scheduled", "set to", "due for release"),
    Status.RELEASED: ("released", "premiered", "introduced", "release of"),
    Status.REPORTED: ("said", "told", "spotted", "reports", "reported", "called", "talking"),
    Status.IN_DEVELOPMENT: ("in development", "in the works", "developing"),
}
#: Claims whose status the words just outside the quote state, with those words.
STATUS_FROM_CONTEXT = {
    "002-088": "the quote follows 'The Continental is set to'",
}
#: Text values with a word that their quote lacks, each with the reason it may stand.
VALUE_WORDS = {
    "004-006": "'South Korea' is the country the quote's 'South Korean film' names",
    "004-056": "'Korea' is the country the quote's 'Korean sitcom' names",
}
#: Words of entity descriptions that no source uses, each with the reason it may stand.
DESCRIPTION_WORDS: dict[str, str] = {}


@pytest.mark.parametrize("claim", CATALOG.claims_with("title"), ids=lambda claim: claim.id)
def test_every_title_claim_is_findable(claim: object) -> None:
    from ballerina_data import Claim, Text

    assert isinstance(claim, Claim)
    assert isinstance(claim.value, Text)
    work = CATALOG.film(claim.subject)
    if work.kind is WorkKind.FRANCHISE:  # films_titled finds no franchise: one of its names
        assert normalize(claim.value.text) in map(normalize, work.names)
    else:
        assert work in CATALOG.films_titled(claim.value.text)


def test_every_status_is_backed_by_its_quote_or_a_reviewed_reason() -> None:
    unbacked = [
        claim.id
        for claim in CATALOG.claims
        if claim.qualifiers.status is not None
        and not any(
            word in claim.evidence.quote.lower() for word in STATUS_WORDS[claim.qualifiers.status]
        )
    ]
    assert sorted(STATUS_FROM_CONTEXT) == unbacked


def test_every_text_value_repeats_its_quotes_words() -> None:
    # A value may leave words of its quote out, never add its own: "delves" for the
    # quote's "delving" would be a paraphrase. Hyphenated words count by their parts.
    def words(text: str) -> set[str]:
        return {word.lower().replace("\u2019", "'") for word in re.findall(r"[\w'\u2019]+", text)}

    adding = [
        claim.id
        for claim in CATALOG.claims
        if isinstance(claim.value, Text) and words(claim.value.text) - words(claim.evidence.quote)
    ]
    assert sorted(VALUE_WORDS) == adding


def test_every_description_word_is_a_source_word() -> None:
    source_words = {word.lower() for word in WORD.findall(TEXTS)}
    found = {
        word.lower()
        for work in CATALOG.films
        for word in WORD.findall(work.description or "")
        if word.lower() not in source_words
    }
    assert set(DESCRIPTION_WORDS) == found


def test_every_name_and_alias_is_written_as_a_source_writes_it() -> None:
    entities: tuple[Entity, ...] = (
        *CATALOG.films,
        *CATALOG.people,
        *CATALOG.characters,
        *CATALOG.organizations,
    )
    assert [] == [(e.id, name) for e in entities for name in e.names if name not in TEXTS]
