"""The rules of the data that code can check, over every record of the data under test.

Each rule is one function of ``ballerina_data._rules``, which ``curate`` applies to every
record of a curation file: a source that passes ``curate`` passes these tests. An exception
is allowed only with the reviewed reason written next to it, in that module.
"""

from __future__ import annotations

import pytest

from ballerina_data import Claim, Entity, Film, _rules
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
