"""The rules of the data that code can check, over every record of the data under test.

Each rule is one function of ``ballerina_data._rules``, which ``curate`` applies to every
record of a curation file: a source that passes ``curate`` passes these tests. An exception
is allowed only with the reviewed reason written next to it, in that module. The checks of
the third precision pass (hopes, values as runs of their quotes, notes, statements about
sets, words not the articles', order words) are small functions of one claim here, each
with its reviewed exceptions, ready to move there.
"""

from __future__ import annotations

import functools
import re

import pytest

from ballerina_data import Claim, DateInterval, Entity, Film, Status, Text, WorkKind, _rules
from catalog_under_test import catalog_under_test

CATALOG = catalog_under_test()
TEXTS = "\n".join(CATALOG.texts.values())
ENTITIES: tuple[Entity, ...] = (
    *CATALOG.films,
    *CATALOG.people,
    *CATALOG.characters,
    *CATALOG.organizations,
)


def _breaches(found: dict[str, list[_rules.Breach]]) -> dict[str, list[str]]:
    return {where: [b.message for b in breaches] for where, breaches in found.items() if breaches}


@pytest.mark.parametrize("claim", CATALOG.claims_with("title"), ids=lambda claim: claim.id)
def test_every_title_claim_is_findable(claim: Claim) -> None:
    assert [] == _rules.title_finds_its_work(claim, CATALOG)


def test_every_claim_id_starts_with_its_sources_prefix() -> None:
    assert {} == _breaches({c.id: _rules.id_starts_with_its_source(c) for c in CATALOG.claims})


def test_every_status_is_backed_by_its_quote_or_a_reviewed_reason() -> None:
    assert {} == _breaches({c.id: _rules.status_backed_by_its_words(c) for c in CATALOG.claims})
    # Each reviewed exception is still needed: its quote alone does not back its status.
    for claim_id in _rules.STATUS_FROM_CONTEXT:
        (claim,) = [claim for claim in CATALOG.claims if claim.id == claim_id]
        assert _rules.status_backed_by_its_words(claim, reviewed={}), claim_id


def test_every_text_value_keeps_its_quotes_characters() -> None:
    # A value may leave words of its quote out, never add its own: "delves" for the
    # quote's "delving" would be a paraphrase, "Rooney's" for "Rooney\u2019s" another text.
    found = {c.id: _rules.value_keeps_its_quotes_characters(c) for c in CATALOG.claims}
    assert {} == _breaches(found)
    for claim_id in _rules.VALUE_WORDS:
        (claim,) = [claim for claim in CATALOG.claims if claim.id == claim_id]
        assert _rules.value_keeps_its_quotes_characters(claim, reviewed={}), claim_id


def test_every_date_its_quote_does_not_write_is_noted() -> None:
    assert {} == _breaches({c.id: _rules.dated_by_its_quote_or_noted(c) for c in CATALOG.claims})


def test_every_note_quotes_its_text_word_for_word() -> None:
    found = {
        claim.id: _rules.notes_quote_the_text(claim.note, CATALOG.text(claim.source), "note")
        for claim in CATALOG.claims
    }
    assert {} == _breaches(found)


def test_every_description_word_is_a_source_word() -> None:
    words = _rules.words(TEXTS)
    found = {w.id: _rules.description_words_are_source_words(w, words) for w in CATALOG.films}
    assert {} == _breaches(found)


def test_every_name_and_alias_is_written_as_a_source_writes_it() -> None:
    found = {e.id: _rules.names_written_as_a_source_writes_them(e, TEXTS) for e in ENTITIES}
    assert {} == _breaches(found)


def test_the_rules_hold_for_works_of_every_kind() -> None:
    # Not vacuous: the data has works, titles and dated claims for the rules to check.
    assert any(isinstance(e, Film) and e.description for e in ENTITIES)
    assert CATALOG.claims_with("title")


#: Text values that are not runs of their quote's characters, each with its reason.
VALUE_CHARACTERS: dict[str, str] = {}


# A hope, wish or intention of someone involved: "she's “hopeful”", "I would love to see him
# come back", "I have plans for him".
HOPE = re.compile(r"\bhop(?:e|es|ed|eful|ing)\b|\bwish|\blove to\b|\bplans for\b", re.IGNORECASE)


def hope_problem(claim: Claim) -> str | None:
    """A quote that expresses a hope or wish carries the status ``hoped``, no firmer one."""
    if HOPE.search(claim.evidence.quote) and claim.qualifiers.status is not Status.HOPED:
        status = claim.qualifiers.status
        return f"the quote is a hope or wish; status {status and status.value!r}, not 'hoped'"
    return None


def test_every_hope_or_wish_is_filed_as_hoped() -> None:
    problems = {claim.id: hope_problem(claim) for claim in CATALOG.claims}
    assert {} == {key: problem for key, problem in problems.items() if problem}
    assert any(claim.qualifiers.status is Status.HOPED for claim in CATALOG.claims)


# A word, a run of spaces (no-break spaces too) or one other character.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def value_characters_problem(value: str, quote: str) -> str | None:
    """A text value is its quote with some stretches left out, every character kept as the
    quote has it: its apostrophes, quotation marks, dashes, spaces and letter case.

    The value must be a run of the quote's words, spaces and marks, or several such runs in
    the quote's order ("John will do anything for freedom, even if ..." leaves out an
    aside). "Rooney's" for the quote's curly apostrophe, "South Korea" for "South Korean" or a
    full stop the quote lacks are refused.
    """
    tokens = _TOKEN.findall(quote)

    @functools.cache
    def matches(at: int, first_token: int) -> bool:
        if at == len(value):
            return True
        for start in range(first_token, len(tokens)):
            end, position = start, at
            while end < len(tokens) and value.startswith(tokens[end], position):
                position += len(tokens[end])
                end += 1
                if matches(position, end):
                    return True
        return False

    return None if matches(0, 0) else f"{value!r} is not made of runs of {quote!r}"


def test_every_text_value_is_runs_of_its_quotes_characters() -> None:
    problems = {
        claim.id: value_characters_problem(claim.value.text, claim.evidence.quote)
        for claim in CATALOG.claims
        if isinstance(claim.value, Text)
    }
    assert sorted(VALUE_CHARACTERS) == sorted(key for key, problem in problems.items() if problem)


@pytest.mark.parametrize(
    ("value", "quote", "kept"),
    [
        ("set between the events", "Ballerina is set between the events of", True),
        ("shoots and kills", "shoots, and kills", True),
        ("Rooney's pursuit", "Rooney\u2019s pursuit", False),
        ("South Korea", "the South Korean film", False),
        ("He avenged", "Next, he avenged", False),
        ("Chapter 3 and", "Chapter 3\u00a0and", False),
        ("his freedom.", "earn his freedom", False),
        ("freedom earn", "earn his freedom", False),
    ],
)
def test_the_character_check_itself(value: str, quote: str, kept: bool) -> None:
    assert kept is (value_characters_problem(value, quote) is None)


# Quoted passages in a note: '...', "..." or “...”; an apostrophe inside a word is none.
_NOTE_QUOTE = re.compile(r"(?<![\w\u2019'])'(.+?)'(?![\w\u2019])|\"(.+?)\"|\u201c(.+?)\u201d")
_PLAIN = str.maketrans({"\u00a0": " ", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def note_passages(note: str) -> list[str]:
    """The passages a note quotes, each part of an elided one ("A ... B") on its own."""
    return [
        part.strip()
        for match in _NOTE_QUOTE.finditer(note)
        for part in re.split(r"\.\.\.|\u2026", next(group for group in match.groups() if group))
        if part.strip()
    ]


def note_passage_problem(passage: str, texts: list[str], covered: list[str]) -> str | None:
    """A passage a note quotes is in a source's text (as the note writes quotes and spaces),
    and some claim's quote holds it: a note that cites words no claim carries holds a fact
    of its own, unless it cites them to say how a quote was read."""
    plain = passage.translate(_PLAIN)
    if not any(plain in text.translate(_PLAIN) for text in texts):
        return f"{passage!r} is in no source's text"
    if not any(plain in quote.translate(_PLAIN) for quote in covered):
        return f"{passage!r} is in no claim's quote"
    return None


#: Notes that quote words no claim's quote holds, each with the reason: the words say how
#: the claim's quote was read (who "she" is, which film, where the sentence stands), and
#: state no fact of a film, person or character.
NOTE_CONTEXT = {
    "000-056": "the heading names the film the sentence is about",
    "001-064": "the heading names the film whose cast the sentence lists",
    "001-066": "the heading names the film whose cast the sentence lists",
    "001-068": "the heading names the film whose cast the sentence lists",
    "001-093": "the sentence's opening, which names the film the quote is about",
    "001-094": "the sentence's opening and the next sentence, on how the streaming comes about",
    "001-095": "the next sentence, on when the deal behind the streaming starts",
    "001-102": "the sentence before, which the quote's 'them' refers to",
    "001-103": "the word the note says the text does not use",
    "001-106": "the whole sentence, to show it speaks of the franchise",
    "001-108": "the sentence's opening, which says the trailer shows it",
    "001-130": "the sentence's opening, which names who the quote describes",
    "001-135": "the paragraph's opening, to show 'John Wick' is the franchise there",
    "001-136": "the paragraph's opening, to show 'John Wick' is the franchise there",
    "002-013": "the sentence's opening, which hedges the quote",
    "002-016": "the sentence's verb, which hedges the quote",
    "002-019": "the sentence's opening, which hedges the quote",
    "002-028": "the heading's words for the same role",
    "002-030": "the text's other words for the same character",
    "002-087": "the verb before the quote, which the status rests on",
    "002-088": "the verb before the quote, which the status rests on",
    "003-005": "the same statement, made again later in the text",
    "003-006": "the sentence's opening, which the quote belongs to",
    "003-010": "the heading the sentence stands under",
    "003-015": "the verb that makes the quote a hint",
    "003-019": "the opening of the sentence before, which dates the quote",
    "003-025": "the words that call the listed actors familiar faces",
    "003-026": "the words that call the listed actors familiar faces",
    "003-027": "the words that call the listed actors familiar faces",
    "003-034": "the whole sentence the genre is read from",
    "004-009": "the whole phrase the genre is read from",
    "004-057": "the heading of the cast list the note compares the caption with",
}


def test_every_passage_a_note_quotes_is_in_a_claims_quote_or_reviewed() -> None:
    texts = list(CATALOG.texts.values())
    problems: dict[str, list[str]] = {}
    for claim in CATALOG.claims:
        own_text = CATALOG.text(claim.source).translate(_PLAIN)
        own = [other.evidence.quote for other in CATALOG.claims_from(claim.source)]
        found = []
        for passage in note_passages(claim.note or ""):
            # A passage of the claim's own text must be in a quote of its own source.
            covered = own if passage.translate(_PLAIN) in own_text else list(_ALL_QUOTES)
            if problem := note_passage_problem(passage, texts, covered):
                found.append(problem)
        if found:
            problems[claim.id] = found
    not_in_texts = {key: found for key, found in problems.items() if "no source's" in str(found)}
    assert {} == not_in_texts
    assert sorted(NOTE_CONTEXT) == sorted(problems)


_ALL_QUOTES = tuple(claim.evidence.quote for claim in CATALOG.claims)


#: Words that, in a note's own words (outside its quoted passages), would state a fact of a
#: film, person or character: a death, a last or only role, a confirmation, a trailer, a
#: shared element, a year.
FACT_WORDS = re.compile(
    r"\b(?:final|late|died|death|dead|confirmed|only|trailer|episode|elements|reprise|"
    r"hopeful|wish|(?:19|20)[0-9]{2})\b",
    re.IGNORECASE,
)
#: Notes whose own words use such a word, each with the reason it states no fact.
NOTE_FACT_WORDS = {
    "000-013": "the year 'Next year' resolves to, from the article's stated date",
    "000-015": "'only' says how little the text says of her role",
    "000-026": "'only' says what the text leaves open",
    "000-028": "the year 'this spring' resolves to, from the article's stated date",
    "000-034": "'the last installment': the quote's words, read as of the article's date",
    "000-043": "the month 'last November' resolves to, from the article's stated date",
    "000-044": "the month 'last November' resolves to, from the article's stated date",
    "000-051": "'the last James Bond adventure': the quote's words, read as of its date",
    "000-054": "the death is claim 000-028; the note says the wrap has no date of its own",
    "001-002": "the year is the quote's; the note says which film introduced the character",
    "001-003": "the year of the film the sentence speaks of, claim 001-001",
    "001-007": "the year of the film the sentence speaks of, claim 001-001",
    "001-094": "the deal's year, said to tell that the streaming has no date of its own",
    "001-108": "the trailer is claim 001-141; the note says the plot is as it shows",
    "001-109": "the trailer is claim 001-141; the note says the plot is as it shows",
    "001-114": "the trailer is claim 001-141; the note says the place is as it shows",
    "001-115": "the trailer is claim 001-141; the note says the place is as it shows",
    "001-116": "the trailer is claim 001-141; the note says the place is as it shows",
    "001-137": "says the text gives no date, and where the dates are",
    "002-005": "'only' says how little the text says of Lionsgate's role",
    "002-007": "the heading's year; the body's date is claim 002-006",
    "002-071": "the month is the quote's; the note says what is not resolved",
    "002-087": "the year 'in September' resolves to, from the article's inferred year",
    "003-019": "the year is the quote's",
    "004-007": "the year 'Friday 6 October' resolves to, from the weekday",
    "004-051": "says the sentence is ambiguous about a single episode",
    "004-061": "Min-hee's death and Ok-ju's revenge are plot claims 004-012 and 004-015",
}


def note_fact_words(note: str) -> list[str]:
    """The words of a note, outside the passages it quotes, that would state a fact."""
    own_words = _NOTE_QUOTE.sub(" ", note)
    return FACT_WORDS.findall(own_words)


def test_no_note_states_a_fact_in_its_own_words_unless_reviewed() -> None:
    found = {claim.id for claim in CATALOG.claims if note_fact_words(claim.note or "")}
    assert sorted(NOTE_FACT_WORDS) == sorted(found)


# A statement about every member of a set: "all four John Wick movies", "the first three".
_SET = re.compile(r"\b(?:all|first)\s(two|three|four|five)\b", re.IGNORECASE)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}


def set_members(note: str) -> set[str]:
    """The works a note names by their titles, a title inside a longer one not counted."""
    spans = sorted(
        (match.start(), match.end(), work.id)
        for work in CATALOG.films
        if work.kind is not WorkKind.FRANCHISE  # the set's own name is no member
        for match in re.finditer(re.escape(work.title) + r"(?![\w:])", note)
    )
    return {
        work
        for start, end, work in spans
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
    }


def set_problem(claim: Claim) -> str | None:
    """A statement about every member of a set the sources identify is a claim about each
    member: the note names as many members as the statement counts, and the sources that
    identify them, and each member has a claim of this source with this predicate, in the
    member's place.
    """
    found = _SET.search(claim.evidence.quote)
    if found is None:
        return None
    members = set_members(claim.note or "")
    if len(members) != _COUNT[found[1].lower()]:
        return f"the note names {sorted(members)}, not {found[1]} members"
    if not re.search(r"\b00[0-4]\b", claim.note or ""):
        return "the note names no source that identifies the members"
    # A member is the subject ("Stahelski directed each film") or the value ("Charon
    # appears in each film") of a claim that shares the other side.
    said = set()
    for other in CATALOG.claims_from(claim.source):
        if other.predicate is claim.predicate and other.value == claim.value:
            said.add(other.subject)
        if other.predicate is claim.predicate and other.subject == claim.subject:
            said.add(str(getattr(other.value, "id", "")))
    if members - said:
        return f"no claim of {claim.source[:3]} for {sorted(members - said)}"
    return None


def test_every_statement_about_a_set_is_a_claim_about_each_member() -> None:
    problems = {claim.id: set_problem(claim) for claim in CATALOG.claims}
    assert {} == {key: problem for key, problem in problems.items() if problem}
    assert sum(1 for claim in CATALOG.claims if _SET.search(claim.evidence.quote)) >= 10


#: Passages that are not the articles' own words: page chrome, an embedded video's title,
#: and the unrelated news after 003's "Hashtags".
NOT_THE_ARTICLES_WORDS = {
    "001_6c364232822f7c4e": [
        "Skip to main content",
        "John Wick: Chapter 4 (2023) Special Feature 'New Challenges' \u2013 Keanu Reeves,"
        " Donnie Yen",
    ],
    "002_931d319819c48c06": ["For Millennials. By Millennials."],
}


def _spans_not_of_the_article(source: str) -> list[tuple[int, int]]:
    text = CATALOG.text(source)
    spans = [
        (at, at + len(passage))
        for passage in NOT_THE_ARTICLES_WORDS.get(source, [])
        for at in [text.index(passage)]
    ]
    if source.startswith("003"):
        spans.append((text.index("Hashtags"), len(text)))
    return spans


def test_no_claim_and_no_publication_date_rests_on_words_not_the_articles() -> None:
    for source in CATALOG.sources:
        spans = _spans_not_of_the_article(source.id)
        text = CATALOG.text(source.id)
        for claim in CATALOG.claims_from(source.id):
            start, end = claim.evidence.start, claim.evidence.end
            assert not any(s < end and start < e for s, e in spans), claim.id
        for passage in note_passages(source.published_note or ""):
            at = text.translate(_PLAIN).find(passage.translate(_PLAIN))
            assert at >= 0, (source.id, passage)
            assert not any(s <= at < e for s, e in spans), (source.id, passage)


def test_an_unstated_publication_date_is_a_bound_or_a_noted_reading() -> None:
    # 001 says only "before 2024", 003 only "2024 or later": intervals, with their notes.
    for source in CATALOG.sources:
        assert source.published is not None, source.id
        assert source.published_note, source.id
        if isinstance(source.published, DateInterval):
            assert source.published_note.startswith("not stated; the article's words bound it")
    bounded = {s.id[:3]: str(s.published) for s in CATALOG.sources}
    assert bounded["001"] == "../2023"
    assert bounded["003"] == "2024/.."


def test_every_description_quote_is_a_source_passage() -> None:
    quoted = {
        (work.id, passage)
        for work in CATALOG.films
        for passage in re.findall(r'"(.+?)"', work.description or "")
    }
    assert quoted
    assert set() == {(key, passage) for key, passage in quoted if passage not in TEXTS}


#: Words that belong to a predicate of their own, not to a production status: a trailer
#: (``trailer``), how a film is made available (``distribution_format``).
OTHER_PREDICATE_WORDS = re.compile(
    r"\btrailer|\bon demand\b|\bstreaming\b|\bexclusively in theaters\b|\bavailable\b",
    re.IGNORECASE,
)


def predicate_problem(claim: Claim) -> str | None:
    """A production status says how far a work has got, nothing a predicate of its own
    carries."""
    if claim.predicate.value == "production_status" and isinstance(claim.value, Text):
        found = OTHER_PREDICATE_WORDS.search(claim.value.text)
        if found:
            return f"{found[0]!r} belongs to a predicate of its own"
    return None


def test_no_production_status_carries_what_another_predicate_says() -> None:
    problems = {claim.id: predicate_problem(claim) for claim in CATALOG.claims}
    assert {} == {key: problem for key, problem in problems.items() if problem}
    assert CATALOG.claims_with("trailer")
    assert CATALOG.claims_with("distribution_format")


_ORDER_WORD = re.compile(r"(?:First|Next|Then|Later|Finally|Now),")


def order_word_problem(claim: Claim) -> str | None:
    """A step of a recap that begins with an order word ("Next, he avenged ...") is a claim
    of the work its quote names, or of the franchise: the order word names no film."""
    if not _ORDER_WORD.match(claim.evidence.quote):
        return None
    work = (
        CATALOG.film(claim.subject) if claim.subject.startswith(("film/", "franchise/")) else None
    )
    if work is None or work.kind is WorkKind.FRANCHISE:
        return None
    if any(name in claim.evidence.quote for name in work.names):
        return None
    return f"{claim.subject} is read from an order word; the quote names no film"


def test_no_claim_reads_a_film_from_an_order_word() -> None:
    problems = {claim.id: order_word_problem(claim) for claim in CATALOG.claims}
    assert {} == {key: problem for key, problem in problems.items() if problem}
    assert any(_ORDER_WORD.match(claim.evidence.quote) for claim in CATALOG.claims)
