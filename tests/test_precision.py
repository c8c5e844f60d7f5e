"""The rules of the data that code can check, over every record of the data under test.

Each rule is one function of ``ballerina_data._rules``, which ``curate`` applies to every
record of a curation file: a source that passes ``curate`` passes these tests. An exception
is allowed only with the reviewed reason written next to it, in that module. Tests named
``shipped`` check what holds only for the five original sources.
"""

from __future__ import annotations

import ast
import functools
import itertools
import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import attrs
import hypothesis
from hypothesis import strategies as st

from ballerina_data import (
    Bound,
    Catalog,
    Character,
    Claim,
    DateInterval,
    DateValue,
    Entity,
    EntityRef,
    Evidence,
    Film,
    Medium,
    PartialDate,
    Person,
    Predicate,
    Qualifiers,
    Quantity,
    Source,
    Status,
    Text,
    TitleKind,
    WorkKind,
    _rules,
)
from ballerina_data._kinds import kind_of
from ballerina_data._normalize import normalize
from catalog_under_test import catalog_under_test
from each_case import each

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from ballerina_data._rules import Breach

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


def _claim(claim_id: str) -> Claim:
    (claim,) = [claim for claim in CATALOG.claims if claim.id == claim_id]
    return claim


@each("claim", CATALOG.claims_with("title"), ids=lambda claim: claim.id)
def test_every_title_claim_is_findable(claim: Claim) -> None:
    assert [] == _rules.title_finds_its_work(claim, CATALOG)


def test_every_title_kind_is_the_one_its_quote_gives() -> None:
    found = {
        c.id: _rules.title_kind_read_from_its_quote_or_noted(c, CATALOG)
        for c in CATALOG.claims_with("title")
    }
    assert {} == _breaches(found)
    # Not vacuous: 002-002 is a title "previously referred to as", a working title.
    working = _claim("002-002")
    as_title = attrs.evolve(
        working,
        note=None,
        qualifiers=attrs.evolve(working.qualifiers, title_kind=TitleKind.TITLE),
    )
    assert _rules.title_kind_read_from_its_quote_or_noted(as_title, CATALOG)


@each(
    ("text", "words"),
    [
        # Reported: a rejected, considered or fan title was accepted as the work's title.
        ("The rejected title Dance of Death was dropped.", "rejected title"),
        (
            "Lionsgate considered the title Dance of Death but chose Ballerina.",
            "considered the title",
        ),
        ("Fans jokingly call it Dance of Death.", "Fans jokingly call"),
        ("Ballerina, nicknamed Dance of Death, is out.", "nicknamed"),
        ("Dance of Death was rejected by Lionsgate.", "was rejected"),
        ("Ballerina was formerly titled Dance of Death.", None),
        # Reported: a title turned down or only thought of, by the verb before it, or a
        # nickname by the "as" clause after it, was accepted as the work's title.
        ("Lionsgate passed on the title Dance of Death for Ballerina.", "passed on the title"),
        ("Ballerina, a title Lionsgate chose over Dance of Death, opens in June.", "chose over"),
        ("Lionsgate toyed with calling Ballerina Dance of Death.", "toyed with calling"),
        ("Ballerina, or Dance of Death as fans call it, opens in June.", "as fans call it"),
        (
            "Dance of Death, which Lionsgate rejected, was the first pick.",
            "which Lionsgate rejected",
        ),
        ("Dance of Death, which dropped its trailer, opens in June.", None),
        # The title chosen, and a verb of the work's, are no title turned down.
        ("Lionsgate chose the title Dance of Death over Ballerina.", None),
        ("Lionsgate passed on Ballerina, titling it Dance of Death.", None),
    ],
)
def test_a_rejected_or_fan_title_needs_a_note(text: str, words: str | None) -> None:
    base = _from_text(text, text.rstrip("."), Predicate.TITLE, Text(text="Dance of Death"))
    for kind in (TitleKind.TITLE, TitleKind.WORKING_TITLE):
        claim = attrs.evolve(base, qualifiers=Qualifiers(title_kind=kind))
        breaches = _rules.title_kind_read_from_its_quote_or_noted(claim, CATALOG)
        if words is None:
            if "formerly" in text:  # a former title: the working title's rule
                assert kind is TitleKind.WORKING_TITLE or breaches
            else:
                assert [] == breaches
            continue
        (breach,) = breaches
        assert breach.message.startswith(f"the quote writes {words!r} by the title")
        noted = attrs.evolve(claim, note=f"'{words}': the text gives it as no title, kept so.")
        assert [] == _rules.title_kind_read_from_its_quote_or_noted(noted, CATALOG)


_KNOWN = "known during production as"


@each(
    ("text", "words", "kind"),
    [
        # Reported: a former or dropped title was accepted as the work's title.
        ("Ballerina was formerly titled Dance of Death.", "formerly", "title"),
        ("Ballerina dropped the title Dance of Death.", "dropped the title", "title"),
        (
            "Ballerina ditched its working title Dance of Death.",
            "ditched its working title",
            "alternative_title",
        ),
        ("It was originally called Dance of Death.", "originally", "title"),
        ("It was renamed from Dance of Death.", "renamed from", "title"),
        # Reported: a title renamed with the work between the verb and its new name, or
        # one known before, was accepted as the work's title.
        ("Lionsgate has retitled Dance of Death as Ballerina.", "retitled", "title"),
        ("Lionsgate has renamed Dance of Death to Ballerina.", "renamed", "title"),
        ("The film, known during production as Dance of Death, is out.", _KNOWN, "title"),
        ("The film, first announced as Dance of Death, is out.", "first announced as", "title"),
        ("Lionsgate has retitled Ballerina as Dance of Death.", None, "title"),
        # Reported: a title its sentence says was held once, by a relative clause before it
        # or an "as" clause or a phrase of a time gone by after it, was accepted as the title.
        ("Ballerina, which was then called Dance of Death, began filming.", "then called", "title"),
        ("Ballerina, or Dance of Death as it was known then, is out.", "as it was known", "title"),
        ("Ballerina was titled Dance of Death in early drafts.", "in early drafts", "title"),
        ("Ballerina was called Dance of Death during production.", "during production", "title"),
        ("Dance of Death, the film's working title, is gone.", "the film's working title", "title"),
        ("Ballerina, or Dance of Death as it is known, opens in June.", None, "title"),
        ("Ballerina was titled Dance of Death in June.", None, "title"),
        # Words that make no former title.
        ("Ballerina, formerly a short, is now titled Dance of Death.", None, "title"),
        ("Lionsgate dropped the trailer of Dance of Death.", None, "title"),
    ],
)
def test_a_title_the_work_had_before_is_a_working_title(
    text: str, words: str | None, kind: str
) -> None:
    base = _from_text(text, text.rstrip("."), Predicate.TITLE, Text(text="Dance of Death"))
    claim = attrs.evolve(base, qualifiers=Qualifiers(title_kind=TitleKind(kind)))
    breaches = _rules.title_kind_read_from_its_quote_or_noted(claim, CATALOG)
    if words is None:
        assert [] == breaches
        return
    (breach,) = breaches
    assert (breach.rule, breach.field) == ("title kind", "qualifiers.title_kind")
    assert re.match(f"the quote writes {words!r} (?:just after|before) the title", breach.message)
    assert f"give the kind 'working_title', not {kind!r}" in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    working = attrs.evolve(claim, qualifiers=Qualifiers(title_kind=TitleKind.WORKING_TITLE))
    assert [] == _rules.title_kind_read_from_its_quote_or_noted(working, CATALOG)
    unexplained = attrs.evolve(claim, note="It is the title.")
    assert [breach] == _rules.title_kind_read_from_its_quote_or_noted(unexplained, CATALOG)
    noted = attrs.evolve(claim, note=f"'{words}' is said of another title.")
    assert [] == _rules.title_kind_read_from_its_quote_or_noted(noted, CATALOG)


def test_a_title_its_sentence_says_held_until_a_day_is_a_working_title() -> None:
    # Reported: "was called Ballerina until March" was accepted as the work's title.
    text = "The film, which was called Dance of Death until March, now has a longer name."
    claim = _from_text(text, "called Dance of Death", Predicate.TITLE, Text(text="Dance of Death"))
    titled = attrs.evolve(claim, qualifiers=Qualifiers(title_kind=TitleKind.TITLE))
    (breach,) = _rules.title_kind_read_from_its_quote_or_noted(titled, _TextOf(text))
    assert breach.message.startswith("the quote writes 'until' just after the title")


def test_every_claim_id_starts_with_its_sources_prefix() -> None:
    assert {} == _breaches({c.id: _rules.id_starts_with_its_source(c) for c in CATALOG.claims})


def test_every_status_is_backed_by_its_quote_or_a_reviewed_reason() -> None:
    assert {} == _breaches(
        {c.id: _rules.status_backed_by_its_words(c, CATALOG) for c in CATALOG.claims}
    )
    # Each reviewed exception is still needed: its quote alone does not back its status.
    for claim_id in _rules.STATUS_FROM_CONTEXT:
        assert _rules.status_backed_by_its_words(_claim(claim_id), CATALOG, reviewed={}), claim_id


def _with(quote: str, status: Status | None) -> Claim:
    claim = _claim("000-014")
    qualifiers = attrs.evolve(claim.qualifiers, status=status)
    return attrs.evolve(
        claim, id="x-1", evidence=Evidence.locate(quote, quote), qualifiers=qualifiers
    )


def _cast(quote: str, status: Status | None) -> Claim:
    """A casting claim of ``quote``: no date, whose future a "will" could put to come."""
    claim = _with(quote, status)
    return attrs.evolve(
        claim, predicate=Predicate.CAST_MEMBER, value=EntityRef(id="person/keanu-reeves")
    )


@each(
    ("quote", "status", "backed"),
    [
        ("Ballerina was released on June 7, 2024", Status.RELEASED, True),
        ("the release of Ballerina", Status.RELEASED, True),
        ("will be released on June 7, 2024", Status.RELEASED, False),
        ("will be released on June 7, 2024", Status.SCHEDULED, True),
        ("is set to be released in June", Status.RELEASED, False),
        ("The film could be released in June", Status.RELEASED, False),
        ("The film is not yet released", Status.RELEASED, False),
        ("The film hasn\u2019t been released", Status.RELEASED, False),
        ("The film was re-released in 2025", Status.RELEASED, True),
        ("The sequel was never announced", Status.ANNOUNCED, False),
        ("The sequel is to be announced", Status.ANNOUNCED, False),
        ("Lionsgate announced the sequel", Status.ANNOUNCED, True),
        ("The sequel was unannounced", Status.ANNOUNCED, False),
        ("it was confirmed", Status.ANNOUNCED, True),
        ("it was not confirmed", Status.ANNOUNCED, False),
        ("it was not confirmed", Status.UNCONFIRMED, True),
        ("Reeves has not said", Status.REPORTED, False),
        ("Reeves said", Status.REPORTED, True),
        ("Reeves is reportedly back", Status.REPORTED, True),
        ("A sequel is not in development", Status.IN_DEVELOPMENT, False),
        ("A sequel is in development", Status.IN_DEVELOPMENT, True),
        ("is not expected to be available", Status.EXPECTED, True),
        ("Reeves will return", Status.EXPECTED, True),
        ("Reeves still returns", Status.EXPECTED, False),
        ("Reeves might not return", Status.SPECULATED, True),
        ("Reeves is rumored to return", Status.SPECULATED, True),
        ("she is \u201chopeful\u201d", Status.HOPED, True),
        ("Keanu Reeves may appear in Ballerina", Status.SPECULATED, True),
        ("Ballerina opens in May", Status.SPECULATED, False),
        ("Reeves is unlikely to appear", Status.SPECULATED, True),
        ("Reeves is probably back", Status.SPECULATED, True),
        ("Reeves is tipped to return", Status.SPECULATED, True),
        ("Lionsgate is considering a sequel", Status.SPECULATED, True),
        # Reported: a status's own word did not back it.
        ("Ballerina, unconfirmed for June 7, 2024, is coming", Status.UNCONFIRMED, True),
        ("Fans speculated that Reeves returns", Status.SPECULATED, True),
        ("Ballerina is slated for June 7, 2024", Status.SCHEDULED, True),
        ("Ballerina is tentatively dated June 7, 2024", Status.SCHEDULED, True),
        ("Reeves is allegedly back", Status.REPORTED, True),
        ("Reeves is said to return", Status.UNCONFIRMED, True),
        ("Reeves is believed to return", Status.UNCONFIRMED, True),
        ("Reeves is in talks to return", Status.IN_DEVELOPMENT, True),
        ("Reeves is not in talks to return", Status.IN_DEVELOPMENT, False),
        ("Wiseman wants Keanu Reeves in Ballerina", Status.HOPED, True),
        ("She is hoping to return", Status.HOPED, True),
        ("Lionsgate plans to make a sequel", Status.HOPED, True),
        # Reported: a past plan backed no schedule; "almost" and a hearsay word backed a
        # firm status.
        ("Ballerina was to be released on June 7, 2024", Status.SCHEDULED, True),
        ("Ballerina was to be released on June 7, 2024", Status.RELEASED, False),
        ("Ballerina was almost released in 2024", Status.RELEASED, False),
        ("The sequel was nearly announced", Status.ANNOUNCED, False),
        ("Almost a year later, Ballerina was released", Status.RELEASED, True),
        ("Ballerina was supposedly released in 2024", Status.RELEASED, False),
        ("Ballerina was supposedly released in 2024", Status.REPORTED, True),
        ("Ballerina was supposedly released in 2024", Status.UNCONFIRMED, True),
        ("Reportedly, Lionsgate announced the sequel", Status.ANNOUNCED, False),
        ("Lionsgate allegedly announced the sequel", Status.ANNOUNCED, False),
        # A negation, denial or modal anywhere before the word in its sentence counts.
        (
            "Lionsgate has not, as of this writing, announced Keanu Reeves for Ballerina",
            Status.ANNOUNCED,
            False,
        ),
        (
            "Ballerina will, according to the studio, be released on June 7, 2024",
            Status.RELEASED,
            False,
        ),
        ("Lionsgate denied having announced June 7, 2024", Status.ANNOUNCED, False),
        # Reported: one of another clause before a "but" kept a plain release from backing.
        ("No trailer has been seen, but Ballerina was released", Status.RELEASED, True),
        ("No trailer has been seen; Ballerina was released", Status.RELEASED, True),
        ("Critics said it could flop, but Ballerina was released", Status.RELEASED, True),
        ("No trailer has been seen, and Ballerina was not released", Status.RELEASED, False),
        # One of another sentence does not, nor "to" as a preposition.
        ("It was never a secret. Lionsgate announced Ballerina", Status.ANNOUNCED, True),
        ("Ballerina, a spin-off to John Wick, was released in 2025", Status.RELEASED, True),
        # Reported: a status word of another thing backed the claim's status.
        (
            "Lionsgate has released a trailer for Ballerina, which opens June 7, 2024",
            Status.RELEASED,
            False,
        ),
        (
            "Lionsgate has announced a trailer for Ballerina, which opens June 7, 2024",
            Status.ANNOUNCED,
            False,
        ),
        ("The released trailer shows Ballerina opening June 7, 2024", Status.RELEASED, False),
        ("Lionsgate released Ballerina's first poster in June 2024", Status.RELEASED, False),
        ("Lionsgate released the film on June 7, 2024", Status.RELEASED, True),
        # Reported: a past opening was no release.
        ("Ballerina opened in theaters on June 6, 2025", Status.RELEASED, True),
        ("Ballerina debuted in theaters on June 6, 2025", Status.RELEASED, True),
        ("Ballerina's release date was June 7, 2024", Status.SCHEDULED, True),
        # Reported: a release moved to a date is scheduled for it.
        ("Lionsgate has delayed Ballerina to June 6, 2025", Status.SCHEDULED, True),
        ("Lionsgate has pushed Ballerina to June 6, 2025", Status.SCHEDULED, True),
        ("Lionsgate has moved Ballerina to June 6, 2025", Status.SCHEDULED, True),
        # Reported: a release told as an arrival could not be released.
        ("Ballerina finally arrived in theaters on June 6, 2025", Status.RELEASED, True),
        ("Ballerina hit theaters on June 6, 2025", Status.RELEASED, True),
        # Reported: a first or earlier plan's word backed `superseded` anywhere in the quote,
        # of another clause or noun; bound to the value it backs it.
        ("Ballerina, originally a spec script, opens June 6, 2026", Status.SUPERSEDED, False),
        (
            "Len Wiseman, who was initially a visual effects artist, directed Ballerina",
            Status.SUPERSEDED,
            False,
        ),
        (
            "At first, Ballerina looks like a dance film; it runs 125 minutes",
            Status.SUPERSEDED,
            False,
        ),
        ("Ballerina was originally set for June 7, 2024", Status.SUPERSEDED, True),
        ("Ballerina was at first set for June 7, 2024", Status.SUPERSEDED, True),
        # Reported: a release held or announced as a plan backed no `scheduled`.
        ("Ballerina had a June 7, 2024 release date", Status.SCHEDULED, True),
        ("Lionsgate announced a June 7, 2024 release for Ballerina", Status.SCHEDULED, True),
        ("Lionsgate has announced a trailer for Ballerina", Status.SCHEDULED, False),
    ],
)
def test_a_status_word_backs_its_status_where_not_negated_or_forecast(
    quote: str, status: Status, backed: bool
) -> None:
    assert backed is (not _rules.status_backed_by_its_words(_with(quote, status), CATALOG))


def test_a_status_word_of_a_trailer_backs_a_trailer_claim() -> None:
    quote = "Lionsgate has released a trailer for Ballerina"
    claim = attrs.evolve(_with(quote, Status.RELEASED), predicate=Predicate.TRAILER)
    assert [] == _rules.status_backed_by_its_words(claim, CATALOG)
    (breach,) = _rules.status_backed_by_its_words(_with(quote, Status.RELEASED), CATALOG)
    assert "only as said of another thing ('released a trailer')" in breach.message


@each(
    ("quote", "statuses"),
    [
        # A future backs a forecast; a guess that leans one way, an expectation too.
        ("Ballerina will hit theaters on June 7, 2024", {Status.SCHEDULED, Status.EXPECTED}),
        ("It\u2019ll hit theaters on June 7, 2024", {Status.SCHEDULED, Status.EXPECTED}),
        ("It'll hit theaters on June 7, 2024", {Status.SCHEDULED, Status.EXPECTED}),
        ("Reeves is likely to return", {Status.SPECULATED, Status.EXPECTED}),
        ("Reeves will probably return", {Status.SPECULATED, Status.EXPECTED}),
        # The other common ways a forecast is put.
        ("Ballerina is slated for June 7, 2024", {Status.SCHEDULED}),
        ("Keanu Reeves may appear in Ballerina", {Status.SPECULATED}),
        ("Reeves is in talks to return", {Status.UNCONFIRMED}),
        ("Lionsgate plans to make a sequel", {Status.HOPED}),
        ("Wiseman wants Keanu Reeves in Ballerina", {Status.HOPED}),
        # Reported: the everyday words of a date set backed no `scheduled`.
        ("Ballerina is set for June 7, 2024", {Status.SCHEDULED, Status.EXPECTED}),
        ("Ballerina is due on June 7, 2024", {Status.SCHEDULED, Status.EXPECTED}),
        ("Ballerina is due out June 7, 2024", {Status.SCHEDULED, Status.EXPECTED}),
        ("Ballerina is planned for June 7, 2024", {Status.SCHEDULED}),
        ("Ballerina is on track for June 7, 2024", {Status.SCHEDULED, Status.EXPECTED}),
        ("Ballerina opens June 7, 2024", {Status.SCHEDULED}),
        # Reported: a box-office forecast's words backed no `expected`.
        ("Lionsgate is tracking an opening of around $25 million", {Status.EXPECTED}),
        ("Ballerina hits theaters June 7, 2024", {Status.SCHEDULED}),
        ("Ballerina had been set for June 7, 2024", {Status.SCHEDULED, Status.EXPECTED}),
        # Reported: a streaming release in the present tense backed no `scheduled`.
        ("Ballerina streams on Peacock from August 22, 2025", {Status.SCHEDULED}),
        ("Ballerina hits Peacock on August 22, 2025", {Status.SCHEDULED}),
        ("On August 22, 2025, Ballerina comes to Netflix", {Status.SCHEDULED}),
        # Reported: a trade article's release verbs backed no `scheduled`.
        ("Ballerina hits UK cinemas on June 6, 2025", {Status.SCHEDULED}),
        ("Ballerina drops on Peacock August 22, 2025", {Status.SCHEDULED, Status.EXPECTED}),
        # Reported: a streaming release announced in the present tense backed no status.
        *(
            (f"Ballerina {words} August 22, 2025", {Status.SCHEDULED, Status.EXPECTED})
            for words in (
                "is coming to Peacock on",
                "begins streaming on Peacock on",
                "lands on Peacock on",
                "makes its streaming debut on Peacock on",
                "is available to stream on Peacock from",
                # Reported: the service's name, "starting" and "exclusively" in the same
                # announcements backed no status or were refused.
                "makes its Peacock debut on",
                "is available to stream on Peacock starting",
                "streams exclusively on Peacock from",
            )
        ),
        # Reported: the commonest present-tense phrasings of a release backed no status.
        *(
            (f"Ballerina {words} June 6, 2025", {Status.SCHEDULED})
            for words in (
                "is in theaters",
                "comes to theaters",
                "releases in theaters",
                "bows",
                "lands",
                "is coming",
                "is streaming on Peacock starting",
                "streams",
                "hits PVOD on",
                "is available to rent or buy on",
                "comes home on",
                "heads to Peacock on",
            )
        ),
        # A date changed since backs `superseded`, the value it was before the change.
        ("Lionsgate has delayed Ballerina from June 7, 2024", {Status.SUPERSEDED}),
        # Reported: anyone's expectation backed no `expected` but after "Analysts".
        ("Insiders expect Ballerina to open on June 6, 2025", {Status.EXPECTED, Status.SPECULATED}),
    ],
)
def test_a_forecast_is_backed_by_the_status_that_fits_it(quote: str, statuses: set[Status]) -> None:
    for status in statuses:
        assert [] == _rules.status_backed_by_its_words(_with(quote, status), CATALOG), status
    # Nothing firmer.
    for status in (Status.RELEASED, Status.ANNOUNCED):
        assert _rules.status_backed_by_its_words(_with(quote, status), CATALOG), status


def test_every_hedged_quote_has_a_status() -> None:
    found = {c.id: _rules.status_when_the_quote_hedges(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # The shipped statuses of hedged quotes are needed: without one the claim is refused.
    unqualified = {
        c.id: attrs.evolve(c, qualifiers=attrs.evolve(c.qualifiers, status=None))
        for c in CATALOG.claims
        if c.qualifiers.status is not None
    }
    refused = {i for i, c in unqualified.items() if _rules.status_when_the_quote_hedges(c, CATALOG)}
    assert {"003-015", "000-053", "000-009", "002-046", "001-064", "002-074"} <= refused


@each(
    ("quote", "word"),
    [
        ("Keanu Reeves might return in Ballerina 2", "'might'"),
        ("Keanu Reeves is reportedly set to return", "'reportedly'"),
        ("Reeves is rumored to return", "'rumored'"),
        ("a possible Ballerina sequel", "'possible'"),
        ("are also set to star", "'set to'"),
        ("cast in undisclosed roles", "'undisclosed'"),
        ("A sequel is in the works", "'in the works'"),
        ("Keanu Reeves may appear in Ballerina", "'may'"),
        ("Keanu Reeves is unlikely to appear in Ballerina", "'unlikely'"),
        ("Keanu Reeves is likely to appear in Ballerina", "'likely'"),
        ("Ballerina is slated for June 7, 2024", "'slated'"),
        ("Ballerina is tentatively dated June 7, 2024", "'tentatively'"),
        ("Ballerina may have opened in cinemas on May 30, 2025", "'may'"),
        ("Reeves will probably return", "'probably'"),
        ("Perhaps Reeves returns", "'Perhaps'"),
        ("Maybe Reeves returns", "'Maybe'"),
        ("Reeves allegedly returns", "'allegedly'"),
        ("Reeves supposedly returns", "'supposedly'"),
        ("Reeves is said to return", "'said to'"),
        ("Reeves is believed to return", "'believed to'"),
        ("Reeves is reported to return", "'reported to'"),
        ("Reeves is in talks to return", "'in talks'"),
        ("Reeves is in negotiations to return", "'in negotiations'"),
        ("Reeves is tipped to return", "'tipped'"),
        ("Lionsgate is considering a sequel", "'considering'"),
        # Reported: a modal "would be" and a past "due to be" were read as plain facts.
        ("Keanu Reeves would be in Ballerina", "'would be'"),
        ("Ballerina was due to be released on June 7, 2024", "'due to be'"),
        # Reported: attributions, rumours, guesses, forecasts and targets were read as facts.
        ("According to unconfirmed reports, Reeves returns", "'According to unconfirmed reports'"),
        ("According to rumors, Reeves returns", "'According to rumors'"),
        ("Rumor has it Reeves returns", "'Rumor has it'"),
        # Reported: a rumour or a tabloid named as the source was read as no hedge.
        ("A rumour says Reeves returns", "'rumour'"),
        ("Rumours claim Reeves returns", "'Rumours'"),
        ("Reeves returns, a tabloid says", "'tabloid'"),
        ("Word is Reeves returns", "'Word is'"),
        ("Speculation is that Reeves returns", "'Speculation is'"),
        ("Insiders claim Reeves returns", "'Insiders claim'"),
        ("Sources say Reeves returns", "'Sources say'"),
        ("A leak suggests Reeves returns", "'A leak suggests'"),
        ("Reports suggest Reeves returns", "'Reports suggest'"),
        ("Fans believe Reeves returns", "'Fans believe'"),
        ("We guess Reeves returns", "'We guess'"),
        ("Our prediction: Reeves returns", "'Our prediction'"),
        ("Ballerina is projected to gross $200 million", "'is projected'"),
        ("Ballerina is forecast to gross $200 million", "'forecast to'"),
        ("Analysts predict Ballerina will gross $200 million", "'Analysts predict'"),
        ("Ballerina should gross $200 million", "'should'"),
        ("Ballerina cost a reported $90 million", "'a reported'"),
        ("Ballerina is projected to open on June 7, 2024", "'is projected'"),
        ("Ballerina is targeting June 7, 2024", "'targeting'"),
        ("Ballerina is eyeing June 7, 2024", "'eyeing'"),
        ("Ballerina is aiming for June 7, 2024", "'aiming for'"),
        ("Ballerina is penciled in for June 7, 2024", "'penciled in'"),
        ("Ballerina opens on June 7, 2024 (tentative)", "'tentative'"),
        ("Ballerina opens on June 7, 2024 (TBC)", "'TBC'"),
        ("Ballerina opens on June 7, 2024, subject to change", "'subject to change'"),
        # Reported: neighbours of listed hedges and attributions passed with no status.
        ("Keanu Reeves purportedly cameos in Ballerina", "'purportedly'"),
        ("Keanu Reeves apparently cameos in Ballerina", "'apparently'"),
        ("Keanu Reeves is thought to cameo in Ballerina", "'thought to'"),
        ("Keanu Reeves is understood to cameo in Ballerina", "'understood to'"),
        ("Keanu Reeves is poised to cameo in Ballerina", "'poised to'"),
        ("Fans speculate that Keanu Reeves cameos in Ballerina", "'Fans speculate'"),
        ("One Reddit user claims Keanu Reeves cameos in Ballerina", "'Reddit user'"),
        ("An insider told us Keanu Reeves cameos in Ballerina", "'An insider'"),
        ("Chances are Keanu Reeves cameos in Ballerina", "'Chances are'"),
        ("Keanu Reeves cameos in Ballerina, or so the story goes", "'or so the story goes'"),
        ("Keanu Reeves cameos in Ballerina, per a leaked call sheet", "'per a leaked'"),
        # Reported: a singular rumour, a single insider and a fan theory passed.
        ("Keanu Reeves cameos in Ballerina, according to a rumor", "'according to a rumor'"),
        ("Keanu Reeves cameos in Ballerina, or so the rumor goes", "'so the rumor goes'"),
        ("Keanu Reeves cameos in Ballerina, one insider claims", "'one insider'"),
        ("Keanu Reeves cameos in Ballerina, claims a fan theory", "'fan theory'"),
        # Reported: an attribution to a trade paper by "according to" passed.
        ("According to Variety, Keanu Reeves cameos in Ballerina", "'According to Variety'"),
        ("Keanu Reeves cameos in Ballerina, according to Deadline", "'according to Deadline'"),
        # Reported: others' listings passed as facts.
        ("Some outlets reported that Keanu Reeves cameos in Ballerina", "'Some outlets'"),
        ("IMDb lists Keanu Reeves in Ballerina", "'IMDb lists'"),
        ("Keanu Reeves is often cited as in Ballerina", "'often cited as'"),
        # Reported: the statement called a rumour after it was read as stated.
        ("That Keanu Reeves cameos in Ballerina is a rumor", "'is a rumor'"),
        ("That Keanu Reeves cameos in Ballerina is just a rumour", "'is just a rumour'"),
        # Reported: buzz, a conviction, a bet, a belief and a presumption passed as facts.
        ("The buzz is that Keanu Reeves appears in Ballerina", "'The buzz is'"),
        ("Fans are convinced Keanu Reeves appears in Ballerina", "'Fans are convinced'"),
        ("I bet Keanu Reeves appears in Ballerina", "'I bet'"),
        ("Keanu Reeves appears in Ballerina, we think", "'we think'"),
        ("Keanu Reeves appears in Ballerina, presumably", "'presumably'"),
        ("Keanu Reeves appears in Ballerina, in all likelihood", "'in all likelihood'"),
        # Reported: a hedge's words were read only with one plain space between them.
        ("Keanu Reeves is in\ntalks to join Ballerina", "'in\\ntalks'"),
        ("Keanu Reeves is in\u00a0talks to join Ballerina", "'in\\xa0talks'"),
        ("Keanu Reeves is in  talks to join Ballerina", "'in  talks'"),
        # Reported: a noun of report or talk before "that" told nothing at second hand.
        ("Rumors that Keanu Reeves appears in Ballerina are everywhere", "'Rumors that'"),
        ("The rumour that Keanu Reeves appears in Ballerina spread", "'rumour that'"),
        ("Speculation that Keanu Reeves appears in Ballerina is rampant", "'Speculation that'"),
        ("Reeves addressed rumors that he appears in Ballerina", "'rumors that'"),
        ("Reeves responded to reports that he appears in Ballerina", "'reports that'"),
        ("The idea that Keanu Reeves appears in Ballerina is a fantasy", "'idea that'"),
        ("Word that Keanu Reeves appears in Ballerina spread", "'Word that'"),
        ("Talk that Keanu Reeves appears in Ballerina grew", "'Talk that'"),
        ("Claims that Keanu Reeves appears in Ballerina spread", "'Claims that'"),
        ("Suggestions that Keanu Reeves appears in Ballerina spread", "'Suggestions that'"),
        ("Whispers that Keanu Reeves appears in Ballerina spread", "'Whispers that'"),
        ("Chatter that Keanu Reeves appears in Ballerina grew", "'Chatter that'"),
        ("The notion that Keanu Reeves appears in Ballerina spread", "'notion that'"),
        ("The possibility that Keanu Reeves appears in Ballerina", "'possibility that'"),
        ("Industry estimates put Ballerina's budget at $90 million", "'Industry estimates'"),
        ("A leaked memo puts Ballerina's budget at $90 million", "'leaked memo'"),
        ("Ballerina's budget, per IMDb, was $90 million", "'per IMDb'"),
        ("Ballerina cost $90 million, according to a fan wiki", "'according to a fan wiki'"),
        # Reported: a belief of a speaker or of anyone named passed as a fact.
        ("I think Keanu Reeves appears in Ballerina", "'I think'"),
        ("I believe Keanu Reeves appears in Ballerina", "'I believe'"),
        ("I guess Keanu Reeves appears in Ballerina", "'I guess'"),
        ("I suppose Keanu Reeves appears in Ballerina", "'I suppose'"),
        ("I reckon Keanu Reeves appears in Ballerina", "'I reckon'"),
        ("I imagine Keanu Reeves appears in Ballerina", "'I imagine'"),
        ("I assume Keanu Reeves appears in Ballerina", "'I assume'"),
        ("I feel like Keanu Reeves appears in Ballerina", "'I feel like'"),
        ("As far as I know, Keanu Reeves appears in Ballerina", "'As far as I know'"),
        ("Wiseman thinks Keanu Reeves appears in Ballerina", "'thinks'"),
        ("Wiseman believes Keanu Reeves appears in Ballerina", "'believes'"),
        ("She suspects Keanu Reeves appears in Ballerina", "'suspects'"),
        ("He assumes Keanu Reeves appears in Ballerina", "'assumes'"),
        ("He figures Keanu Reeves appears in Ballerina", "'He figures'"),
        ("According to Wikipedia, Keanu Reeves appears in Ballerina", "'According to'"),
        # Reported: an estimate after the quote, but "according to estimates", passed as a fact.
        ("Ballerina's budget was $90 million, analysts estimate", "'estimate'"),
        ("Ballerina's budget was $90 million, per studio estimates", "'estimates'"),
        ("Ballerina's budget was $90 million, by early estimates", "'estimates'"),
        ("Ballerina's budget was $90 million, the studio estimated", "'the studio estimated'"),
        ("Ballerina had an estimated budget of $90 million", None),
        # Reported: impersonal and idiomatic attributions, odds, wagers and an inference from
        # the trailer passed as facts.
        ("It is understood that Keanu Reeves appears in Ballerina", "'It is understood'"),
        ("It's believed that Keanu Reeves appears in Ballerina", '"It\'s believed"'),
        ("Word has it Keanu Reeves appears in Ballerina", "'Word has it'"),
        ("The story goes that Keanu Reeves appears in Ballerina", "'The story goes'"),
        ("The trades say Keanu Reeves appears in Ballerina", "'The trades say'"),
        ("Odds are Keanu Reeves appears in Ballerina", "'Odds are'"),
        ("Keanu Reeves appears in Ballerina, we'd wager", '"we\'d wager"'),
        ("Keanu Reeves appears in Ballerina, THR understands", "'THR understands'"),
        ("Keanu Reeves appears in Ballerina, the grapevine says", "'grapevine'"),
        ("Keanu Reeves appears in Ballerina, judging by the trailer", "'judging by'"),
        ("Keanu Reeves appears in Ballerina, from the looks of the trailer", "'from the looks of'"),
        ("Ballerina's budget was $90 million, by some accounts", "'by some accounts'"),
        ("Ballerina's budget was $90 million, by one account", "'by one account'"),
        ("Ballerina's budget was $90 million, by our math", "'by our math'"),
        # Reported: a fear, a worry, a suspicion, a guess or a prediction passed as a fact.
        ("Fans fear that Keanu Reeves appears in Ballerina", "'fear'"),
        ("Many worry that Keanu Reeves appears in Ballerina", "'worry'"),
        ("Critics predicted that Keanu Reeves appears in Ballerina", "'predicted'"),
        ("Keanu Reeves plays a bigger part in Ballerina, fans feared", "'feared'"),
        ("Keanu Reeves appears in Ballerina, some suspected", "'suspected'"),
        # Reported: an expectation of anyone but analysts passed as a fact.
        ("Insiders expect Keanu Reeves to appear in Ballerina", "'expect'"),
        ("Keanu Reeves appears in Ballerina, exhibitors anticipate", "'anticipate'"),
        # Reported: trailing attributions and inferences passed as a plain credit.
        ("Keanu Reeves will appear in Ballerina, sources tell Deadline", "'sources tell'"),
        ("Keanu Reeves appears in Ballerina, the trailer suggests", "'suggests'"),
        ("Keanu Reeves appears in Ballerina, the trailer implies", "'implies'"),
        ("Keanu Reeves appears in Ballerina, the trailer hints", "'hints'"),
        ("Keanu Reeves appears in Ballerina, going by the poster", "'going by'"),
        ("Keanu Reeves appears in Ballerina, from what we can tell", "'from what we can tell'"),
        (
            "Keanu Reeves appears in Ballerina, to the best of our knowledge",
            "'to the best of our knowledge'",
        ),
        ("Keanu Reeves appears in Ballerina, fans have theorized", "'theorized'"),
        ("Keanu Reeves appears in Ballerina, whose trailer hints at the backstory", None),
        # Reported: an outlet's attribution passed as a plain credit.
        ("Variety says Keanu Reeves appears in Ballerina", "'Variety says'"),
        ("Keanu Reeves appears in Ballerina (via Variety)", "'via Variety'"),
        ("He says Keanu Reeves appears in Ballerina", None),
        # A claim of the attribution's own words attributes nothing: her occupation.
        ("According to producer Erica Lee", None),
        ("What I think is cool is that Keanu Reeves appears in Ballerina", None),
        ("Keanu Reeves said that he appears in Ballerina", None),
        ("Ballerina opens on May 30, 2025", None),
        ("May 2025 saw Ballerina open", None),
        ("Keanu Reeves returns in Ballerina 2", None),
        ("Reeves said he returns", None),
        ("Ballerina was released in 2024", None),
        ("She promises that she will hunt him", None),
    ],
)
def test_a_hedged_quote_with_no_status_is_refused(quote: str, word: str | None) -> None:
    breaches = _rules.status_when_the_quote_hedges(_cast(quote, None), CATALOG)
    named = [b.message.split("(")[1].split(")")[0] for b in breaches]
    assert named == ([word] if word else [])
    if word is None:
        assert not _rules.status_when_the_quote_hedges(_cast(quote, Status.SPECULATED), CATALOG)
        return
    # The status is one the hedge backs, not any other: "sources say" is no 'speculated'.
    backs = _rules._hedge_statuses(ast.literal_eval(word))
    for status in Status:
        if status in {Status.HOPED, Status.SUPERSEDED}:
            continue  # not the hedge's to choose: a hope's rule, a change's words
        hedged = _rules.status_when_the_quote_hedges(_cast(quote, status), CATALOG)
        assert bool(hedged) is (status not in backs), (quote, status)


@each(
    ("text", "quote", "status", "word"),
    [
        # Reported: a hedge was dropped once another word of the sentence backed the status.
        ("Ballerina will reportedly open June 6, 2026.", "", Status.SCHEDULED, "'reportedly'"),
        ("Rumor has it Ballerina will open June 6, 2026.", "", Status.SCHEDULED, "'Rumor has it'"),
        ("Ballerina will open June 6, 2026, sources say.", "", Status.SCHEDULED, "'sources say'"),
        ("Fans speculate Ballerina will open June 6, 2026.", "Ballerina", Status.SCHEDULED,
         "'Fans speculate'"),
        ("I think Ballerina will open June 6, 2026.", "Ballerina", Status.SCHEDULED, "'I think'"),
        ("Ballerina will probably open June 6, 2026.", "", Status.SCHEDULED, "'probably'"),
        ("Ballerina will possibly open June 6, 2026.", "", Status.SCHEDULED, "'possibly'"),
        ("Ballerina is reportedly set to open June 6, 2026.", "", Status.SCHEDULED,
         "'reportedly'"),
        ("Ballerina probably opened June 6, 2025.", "", Status.RELEASED, "'probably'"),
        ("I believe Ballerina was released June 6, 2025.", "Ballerina", Status.RELEASED,
         "'I believe'"),
        # Reported: a fear, a worry or a prediction before the quote passed as a plan.
        ("Fans fear that Ballerina will open June 6, 2026.", "Ballerina", Status.SCHEDULED,
         "'fear'"),
        ("Many worry that Ballerina will open June 6, 2026.", "Ballerina", Status.SCHEDULED,
         "'worry'"),
        ("Critics predicted that Ballerina will open June 6, 2026.", "Ballerina",
         Status.SCHEDULED, "'predicted'"),
        ("Fans fear that Ballerina will open June 6, 2026.", "Ballerina", Status.SPECULATED,
         None),
        ("Critics predicted that Ballerina will open June 6, 2026.", "Ballerina",
         Status.EXPECTED, None),
        # Reported: an expectation or anticipation of anyone but analysts passed as a plan.
        ("Insiders expect Ballerina to open June 6, 2026.", "Ballerina", Status.SCHEDULED,
         "'expect'"),
        ("Exhibitors anticipate Ballerina will open June 6, 2026.", "Ballerina",
         Status.SCHEDULED, "'anticipate'"),
        ("Insiders expect Ballerina to open June 6, 2026.", "Ballerina", Status.EXPECTED, None),
        ("Exhibitors anticipate Ballerina will open June 6, 2026.", "Ballerina",
         Status.EXPECTED, None),
        ("The highly anticipated Ballerina will open June 6, 2026.", "", Status.SCHEDULED,
         None),
        # Reported: an outlet's attribution in trade-press forms passed as a plan.
        ("Variety says Lionsgate will open Ballerina on June 6, 2026.", "", Status.SCHEDULED,
         "'Variety says'"),
        ("Ballerina will open on June 6, 2026 (via Variety).", "", Status.SCHEDULED,
         "'via Variety'"),
        ("Via Variety: Ballerina will open on June 6, 2026.", "", Status.SCHEDULED,
         "'Via Variety'"),
        ("Ballerina will open on June 6, 2026, Variety can reveal.", "", Status.SCHEDULED,
         "'Variety can reveal'"),
        ("Ballerina will open on June 6, 2026, Variety can exclusively reveal.", "",
         Status.SCHEDULED, "'Variety can exclusively reveal'"),
        ("Ballerina will open on June 6, 2026, Variety exclusively reports.", "",
         Status.SCHEDULED, "'Variety exclusively reports'"),
        ("Ballerina will open on June 6, 2026, multiple outlets report.", "", Status.SCHEDULED,
         "'outlets report'"),
        ("Variety says Lionsgate will open Ballerina on June 6, 2026.", "", Status.REPORTED,
         None),
        ("Ballerina will open on June 6, 2026 (via Variety).", "", Status.REPORTED, None),
        # The studio's own word, and a streaming service's "via", attribute nothing.
        ("Lionsgate says Ballerina will open on June 6, 2026.", "", Status.SCHEDULED, None),
        ("Ballerina will stream via Peacock on June 6, 2026.", "", Status.SCHEDULED, None),
        # A status the hedge backs stands.
        ("Ballerina will reportedly open June 6, 2026.", "", Status.REPORTED, None),
        ("Ballerina is reportedly set to open June 6, 2026.", "", Status.REPORTED, None),
        ("Ballerina will likely open June 6, 2026.", "", Status.EXPECTED, None),
        # Reported: a hedge between the possessive and the predicate's noun.
        ("Ballerina's probable release date is June 6, 2026.", "", Status.SCHEDULED,
         "'probable'"),
        ("Ballerina's probable release date is June 6, 2026.", "", Status.EXPECTED, None),
        ("Ballerina's expected release date is June 6, 2026.", "", Status.EXPECTED, None),
        ("Ballerina will open June 6, 2026, sources say.", "", Status.REPORTED, None),
        ("Ballerina is set to open June 6, 2026.", "", Status.SCHEDULED, None),
        ("Ballerina will open June 6, 2026.", "", Status.SCHEDULED, None),
    ],
)  # fmt: skip
def test_a_hedged_quote_has_a_status_its_hedge_backs(
    text: str, quote: str, status: Status, word: str | None
) -> None:
    # The quote from its first given word to the sentence's end, or the whole sentence.
    quote = text[text.index(quote) if quote else 0 :].rstrip(".")
    date = re.search(r"June 6, (\d{4})", text)
    assert date is not None
    value = DateValue(date=PartialDate.parse(f"{date[1]}-06-06"))
    claim = _from_text(text, quote, Predicate.RELEASE_DATE, value)
    claim = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=status))
    breaches = _rules.status_when_the_quote_hedges(claim, CATALOG)
    assert [b.message.split("(")[1].split(")")[0] for b in breaches] == ([word] if word else [])
    if word is not None:
        assert f"not {status.value!r}, which the hedge does not back" in breaches[0].message


# The tables of _rules that hold no phrase read in a text through its own pattern, each with
# why: every other table's phrases are read through _rules._phrase.
_NOT_READ_AS_PHRASES = {
    "CURRENCY_SIGNS": "read by _figures' own patterns",
    "KINDS": "the catalog's kinds, no words of a text",
    "_TRADE_PAPERS": "read inside the phrases of HEARSAY_WORDS",
    "REGION_ADJECTIVES": "compared word by word, as regions are (region_key)",
    "OWN_NOUNS": "compared word by word with the words before a value",
    "_NOUNS_AFTER_A_NAME": "compared word by word with the words after a name",
    "_SUPERSEDING": "what a message says",
    "_STATUS_WORD": "the patterns of STATUS_WORDS' words",
}
# The state _rules keeps as it reads (what it has read, made empty), no table of words.
_STATE = re.findall(
    r"^(\w+)(?::[^=\n]*)? = (?:\[\]|\{\}|None)$",
    Path(_rules.__file__).read_text(encoding="utf-8"),
    re.MULTILINE,
)


def _phrases_of(table: object) -> Iterable[str]:
    """The phrases (two words or more) of a table of _rules: its strings, a dict's keys but
    where its values are lists of phrases (then the keys name the lists); no pattern."""
    if isinstance(table, str):
        if " " in table and not re.search(r"[\\()\[\]?*+|{}]", table):
            yield table
    elif isinstance(table, dict):
        for key, value in table.items():
            listed = isinstance(value, (tuple, list, frozenset, set, dict))
            if not listed or not all(isinstance(each, str) for each in value):
                yield from _phrases_of(key)
            if listed:
                yield from _phrases_of(value)
    elif isinstance(table, (tuple, list, frozenset, set)):
        for each in table:
            yield from _phrases_of(each)


_PHRASE_TABLES = {
    name: sorted(set(_phrases_of(table)))
    for name, table in vars(_rules).items()
    if isinstance(table, (tuple, list, dict, frozenset, set))
    and name not in _NOT_READ_AS_PHRASES
    and name not in _STATE
}


@each("name", sorted(name for name, found in _PHRASE_TABLES.items() if found))
def test_every_tables_phrases_are_read_across_any_whitespace(name: str) -> None:
    # Reported: some tables' phrases were read only with one plain space between their
    # words ("few believe", "or so" after a comma, "on demand"): each is read through one
    # pattern, in which any whitespace (a line break, a no-break space) stands between words.
    for phrase in _PHRASE_TABLES[name]:
        pattern = _rules._PHRASE_PATTERNS.get(phrase)
        assert pattern is not None, f"{name}: {phrase!r} is not read through _rules._phrase"
        for space in ("\n", "\u00a0", " \t "):
            assert re.fullmatch(pattern, phrase.replace(" ", space), re.IGNORECASE), phrase


@each(
    ("aside", "word", "status"),
    [
        # Reported: a hedge, an attribution or a hope after the quote, in its sentence, was
        # not read.
        (", reportedly.", "'reportedly'", Status.REPORTED),
        (", possibly.", "'possibly'", Status.SPECULATED),
        (", it is rumored.", "'it is rumored'", Status.UNCONFIRMED),
        (", Variety reports.", "'Variety reports'", Status.REPORTED),
        (", sources say.", "'sources say'", Status.REPORTED),
        (" (TBC).", "'TBC'", Status.SCHEDULED),
        (", we hope.", "'hope'", Status.HOPED),
        (", or so we hope.", "'hope'", Status.HOPED),
        # Reported: a hedge after a dash or a colon, not a comma, was not read.
        (" \u2014 reportedly.", "'reportedly'", Status.REPORTED),
        (" \u2013 maybe.", "'maybe'", Status.SPECULATED),
        (": allegedly.", "'allegedly'", Status.UNCONFIRMED),
        (" \u2014 or so fans believe.", "'fans believe'", Status.SPECULATED),
        # Reported: a trade paper's attribution was not read as one.
        (", according to a report.", "'according to a report'", Status.REPORTED),
        # Reported: the sentence's own word that it is not vouched for was not read.
        (" (unverified).", "'unverified'", Status.UNCONFIRMED),
        (", two sources told Variety.", "'sources told'", Status.REPORTED),
        (", per Deadline.", "'per Deadline'", Status.REPORTED),
        # Reported: an impersonal attribution, an idiom of talk and an inference after the
        # quote were not read.
        (", it is understood.", "'it is understood'", Status.REPORTED),
        (", word has it.", "'word has it'", Status.UNCONFIRMED),
        (", odds are.", "'odds are'", Status.SPECULATED),
        (", judging by the trailer.", "'judging by'", Status.SPECULATED),
        (", Deadline hears.", "'Deadline hears'", Status.REPORTED),
        (", THR has learned.", "'THR has learned'", Status.REPORTED),
        # Reported: a date held "for now" was read as a date fixed.
        (", at least for now.", "'for now'", Status.SCHEDULED),
        # Reported: an estimate, an attribution opening with its verb and the writer told at
        # second hand were not read.
        # Reported: a hint, an impression, a theory, a supposition or a source telling the
        # writer after the quote was not read.
        (", Ana de Armas hinted.", "'hinted'", Status.UNCONFIRMED),
        (", Wiseman suggested.", "'suggested'", Status.SPECULATED),
        (", Ana de Armas teased.", "'teased'", Status.UNCONFIRMED),
        (", it seems.", "'it seems'", Status.SPECULATED),
        (", one source tells us.", "'source tells'", Status.REPORTED),
        (", a studio insider tells us.", "'insider tells'", Status.REPORTED),
        (", insiders whisper.", "'whisper'", Status.REPORTED),
        (", in theory.", "'in theory'", Status.SPECULATED),
        (", fans assume.", "'assume'", Status.SPECULATED),
        # Reported: a fear, a suspicion, a guess or a prediction after the quote was not read.
        (", some fans feared.", "'feared'", Status.SPECULATED),
        (", the studio feared.", "'feared'", Status.SPECULATED),
        (", pundits predict.", "'predict'", Status.EXPECTED),
        (", some suspected.", "'suspected'", Status.SPECULATED),
        (", fans guessed.", "'guessed'", Status.SPECULATED),
        (", according to one estimate.", "'according to one estimate'", Status.REPORTED),
        (", says a source close to it.", "'source close to'", Status.REPORTED),
        (", I'm told.", '"I\'m told"', Status.REPORTED),
        (", for the time being.", "'for the time being'", Status.SCHEDULED),
        # Reported: an attribution was read only to a listed outlet.
        (", according to Wikipedia.", "'according to'", Status.REPORTED),
        (", according to one viewer.", "'according to'", Status.REPORTED),
        (", according to his LinkedIn.", "'according to'", Status.REPORTED),
        (", per Rotten Tomatoes.", "'per Rotten Tomatoes'", Status.REPORTED),
        (", per the studio.", "'per the'", Status.REPORTED),
        (", Wikipedia says.", "'Wikipedia says'", Status.REPORTED),
        (", Letterboxd says.", "'Letterboxd says'", Status.REPORTED),
        # Reported: an anonymous source's scoop, an inference from the promotion, the
        # writer's own hedge and a fan theory after the quote passed with no status.
        (", sources tell Deadline.", "'sources tell'", Status.REPORTED),
        (", the trailer suggests.", "'suggests'", Status.UNCONFIRMED),
        (", the trailer implies.", "'implies'", Status.UNCONFIRMED),
        (", the trailer hints.", "'hints'", Status.SPECULATED),
        (", going by the poster.", "'going by'", Status.UNCONFIRMED),
        (", from what we can tell.", "'from what we can tell'", Status.SPECULATED),
        (", to the best of our knowledge.", "'to the best of our knowledge'",
         Status.SPECULATED),
        (", fans have theorized.", "'theorized'", Status.SPECULATED),
        # Reported: an outlet's attribution and luck wished for after the quote, in
        # trade-press forms, were not read.
        (" (via Variety).", "'via Variety'", Status.REPORTED),
        (", IGN can exclusively reveal.", "'IGN can exclusively reveal'", Status.REPORTED),
        (", Variety exclusively reports.", "'Variety exclusively reports'", Status.UNCONFIRMED),
        (", multiple outlets report.", "'outlets report'", Status.REPORTED),
        (", touch wood.", "'touch wood'", Status.HOPED),
        (", knock on wood.", "'knock on wood'", Status.HOPED),
        # Reported: a footnote marker after the full stop, or an ellipsis, kept the aside
        # before it from being read.
        (", reportedly.[1] More text follows.", "'reportedly'", Status.REPORTED),
        (", reportedly.[citation needed]", "'reportedly'", Status.REPORTED),
        (", sources say.[1] It stars Ana de Armas.", "'sources say'", Status.REPORTED),
        (", sources say\u2026", "'sources say'", Status.REPORTED),
        (", sources say.*", "'sources say'", Status.REPORTED),
        (", sources say.\u2020", "'sources say'", Status.REPORTED),
        (", sources say.\u00b9", "'sources say'", Status.REPORTED),
        # A clause of something else, or a long one of its own, says nothing of the quote.
        (", and a sequel might follow.", None, None),
        (", and we hope for a sequel.", None, None),
        (", though fans hope for more.", None, None),
        (", a date Lionsgate may still move to the summer.", None, None),
        (" \u2014 and a sequel might follow.", None, None),
        (", a date Lionsgate might still move, its head of distribution said.", None, None),
        (".", None, None),
        (", whatever the trailer suggests.", None, None),
    ],
)  # fmt: skip
def test_a_hedge_or_hope_after_the_quote_is_read(
    aside: str, word: str | None, status: Status | None
) -> None:
    quote = "Ballerina opens on June 7, 2024"
    claim = _from_text(quote + aside, quote, Predicate.RELEASE_DATE, _JUNE_7)
    breaches = [
        *_rules.status_when_the_quote_hedges(claim, CATALOG),
        *_rules.hoped_when_the_quote_hopes(claim, CATALOG),
    ]
    assert [b.message.split("(")[1].split(")")[0] for b in breaches] == ([word] if word else [])
    if status is not None:  # the words after the quote back the status they call for
        kept = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=status))
        assert [] == _rules.status_when_the_quote_hedges(kept, CATALOG)
        assert [] == _rules.hoped_when_the_quote_hopes(kept, CATALOG)
        assert [] == _rules.status_backed_by_its_words(kept, CATALOG)


def test_a_date_still_to_come_is_read_with_its_lead_in() -> None:
    claim = _date_claim("open on May 30, 2025", "2025-05-30")
    assert [] == _rules.status_when_the_quote_hedges(claim, CATALOG)
    text = "Ballerina will open on May 30, 2025."
    (breach,) = _rules.status_when_the_quote_hedges(_quoted_from(claim, text), CATALOG)
    assert breach.message.startswith("the quote puts the date to come ('will')")


@each(
    ("quote", "word"),
    [
        ("Ballerina will be released on May 30, 2025", "'will'"),
        ("It\u2019ll open on May 30, 2025", '"\'ll"'),
        ("Ballerina shall open on May 30, 2025", "'shall'"),
        ("Ballerina is going to open on May 30, 2025", "'going to'"),
        ("Ballerina is to open on May 30, 2025", "'is to'"),
        ("Ballerina will open in cinemas this spring", "'will'"),  # a date it does not write
        ("In 2025, Ballerina will open on May 30, 2025", "'will'"),  # where it last writes it
        # After the date, or in a sentence before it: no date to come.
        ("Ballerina opened on May 30, 2025, and will stream later", None),
        ("A sequel will follow. Ballerina opened on May 30, 2025", None),
        ("Ballerina opened on May 30, 2025", None),
    ],
)
def test_a_date_still_to_come_needs_a_forecast_status(quote: str, word: str | None) -> None:
    claim = _date_claim(quote, "2025-05-30")
    breaches = _rules.status_when_the_quote_hedges(claim, CATALOG)
    assert [b.message.split("(")[1].split(")")[0] for b in breaches] == ([word] if word else [])
    if word is not None:
        (breach,) = breaches
        assert breach.message.startswith("the quote puts the date to come")
        assert breach.message.endswith("its status is one of 'expected', 'scheduled', not None")
        assert breach in _rules.quote_breaches(claim, CATALOG)
    for status in (Status.SCHEDULED, Status.EXPECTED):
        forecast = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=status))
        assert [] == _rules.status_when_the_quote_hedges(forecast, CATALOG)
        if word is not None:
            assert [] == _rules.status_backed_by_its_words(forecast, CATALOG)
    # "will" puts no other value to come: "Keanu Reeves will return" needs no status.
    assert [] == _rules.status_when_the_quote_hedges(_cast(quote, None), CATALOG)


def test_every_hedge_word_backs_a_status() -> None:
    # A hedged quote needs a status its word backs: a word backing none could never pass.
    backed = {word for words in _rules.STATUS_WORDS.values() for word in words}
    assert set(_rules.HEDGE_WORDS) <= backed
    for word in _rules.HEDGE_WORDS:
        statuses = [s for s, words in _rules.STATUS_WORDS.items() if word in words]
        quote = f"Keanu Reeves {word} appears in Ballerina"
        assert _rules.status_when_the_quote_hedges(_with(quote, None), CATALOG), word
        for status in statuses:
            assert not _rules.status_backed_by_its_words(_with(quote, status), CATALOG), (
                word,
                status,
            )


def test_every_hope_or_wish_is_filed_as_hoped() -> None:
    assert {} == _breaches(
        {c.id: _rules.hoped_when_the_quote_hopes(c, CATALOG) for c in CATALOG.claims}
    )
    assert any(claim.qualifiers.status is Status.HOPED for claim in CATALOG.claims)


@each(
    ("table", "text"),
    [
        ("_HEDGE", "Keanu Reeves reportedly stars"),
        ("_HEDGE", "ACCORDING TO The Hollywood Reporter, he stars"),
        ("_HEDGE", "according to\u00a0the Hollywood\nReporter"),
        ("_HEDGE", "Keanu Reeves stars, reportedly\u2014"),
        # Case rules outside ASCII: the Kelvin sign is a "k" in any case, a long s an "s".
        ("_HEDGE", "it is li\u212aely"),
        ("_HEDGE", "po\u017fsibly"),
        ("_HEDGE", "Keanu Reeves stars in Ballerina"),
        ("_NOTICE_AFTER", "the budget, as previously stated, was $90 million"),
        ("_NOTICE_BEFORE", "an earlier version of this article said $100 million"),
        ("_NOTICE_BEFORE", "it has no notice"),
    ],
)
def test_a_word_tables_look_first_finds_what_its_pattern_finds(table: str, text: str) -> None:
    # The rules look for a table's words among a sentence's runs of word characters before
    # trying its pattern: the look may skip a search, never change what it finds, at any
    # start and end of the text read.
    words = getattr(_rules, table)
    pattern = re.compile(words.pattern, words.compiled.flags)
    for start, end in [(0, len(text)), (3, len(text)), (0, len(text) - 4), (5, 9)]:
        expected = [m.span() for m in pattern.finditer(text, start, end)]
        assert [m.span() for m in words.finditer(text, start, end)] == expected
        found = words.search(text, start, end)
        assert (found and found.span()) == (expected[0] if expected else None)


@each(
    ("quote", "word"),
    [
        ("Wiseman wants Keanu Reeves in Ballerina", "'wants'"),
        ("I want Keanu Reeves back", "'want'"),
        ("Wiseman would like Keanu Reeves in Ballerina", "'would like'"),
        ("Lionsgate plans to cast Keanu Reeves", "'plans to'"),
        ("Lionsgate intends to cast Keanu Reeves", "'intends to'"),
        ("Wiseman aims to bring Keanu Reeves back", "'aims to'"),
        ("Wiseman dreams of casting Keanu Reeves", "'dreams of'"),
        ("Keanu Reeves is keen to return", "'keen to'"),
        ("Keanu Reeves is eager to return", "'eager to'"),
        ("Keanu Reeves longs to return", "'longs to'"),
        ("She is hoping to return", "'hoping'"),
        ("I would love to see him come back", "'love to'"),
        # Reported: being open to a part was a plain credit.
        ("Keanu Reeves is open to appearing in Ballerina 2", "'open to appearing'"),
        ("Keanu Reeves is open to returning", "'open to returning'"),
        # Reported: a past intention passed as a fact.
        ("Lionsgate wanted Keanu Reeves to star in Ballerina", "'wanted'"),
        ("Lionsgate planned for Keanu Reeves to star in Ballerina", "'planned for'"),
        ("Wiseman envisioned Keanu Reeves starring in Ballerina", "'envisioned'"),
        ("Wiseman pictured Keanu Reeves starring in Ballerina", "'pictured'"),
        ("Wiseman pitched Keanu Reeves starring in Ballerina", "'pitched'"),
        ("Lionsgate aimed for Ballerina to cost $90 million", "'aimed for'"),
        ("Wiseman intended Ballerina to run 100 minutes", "'intended'"),
        ("Lionsgate tried to cast Keanu Reeves in Ballerina", "'tried to'"),
        # Reported: a petition, a part deserved and a thing imagined were credits.
        ("A petition calls for Keanu Reeves to star in Ballerina", "'petition'"),
        ("Keanu Reeves deserved to star in Ballerina", "'deserved to'"),
        ("Imagine Keanu Reeves starring in Ballerina", "'Imagine'"),
        # Reported: a thing others demand was a plain fact.
        ("Fans are clamoring for Keanu Reeves to star in Ballerina 2", "'clamoring for'"),
        ("Fans are demanding a Ballerina 2 with Keanu Reeves", "'demanding a'"),
        ("Keanu Reeves took on a demanding role in Ballerina", None),
        # No intention: a wanted man, a long time, a plan made.
        ("John Wick is a wanted man", None),
        ("John Wick is the most wanted man", None),
        ("John Wick is A WANTED man", None),
        ("It took so long to make Ballerina", None),
        ("Lionsgate is also in charge of the planned spin-off", None),
    ],
)
def test_a_hope_wish_or_intention_is_hoped_and_nothing_firmer(quote: str, word: str | None) -> None:
    for status in (None, Status.SPECULATED, Status.EXPECTED, Status.ANNOUNCED):
        breaches = _rules.hoped_when_the_quote_hopes(_with(quote, status), CATALOG)
        named = [b.message.split("(")[1].split(")")[0] for b in breaches]
        assert named == ([word] if word else [])
    assert not _rules.hoped_when_the_quote_hopes(_with(quote, Status.HOPED), CATALOG)
    if word is not None:
        assert not _rules.status_backed_by_its_words(_with(quote, Status.HOPED), CATALOG)


# The catalog with people and a character whose names hold a hope, a wish or a modal.
NAMED = attrs.evolve(
    CATALOG,
    people=(
        *CATALOG.people,
        Person(id="person/hope-davis", name="Hope Davis"),
        Person(id="person/zed-wish", name="Zed Wish"),
        Person(id="person/zed-wisha", name="Zed Wisha"),
        Person(id="person/will-may", name="Will May"),
    ),
    characters=(*CATALOG.characters, Character(id="character/hope", name="Hope")),
)


def _cast_of(quote: str, person: str, character: str | None = None) -> Claim:
    claim = _cast(quote, None)
    qualifiers = attrs.evolve(claim.qualifiers, character=character)
    return attrs.evolve(claim, value=EntityRef(id=person), qualifiers=qualifiers)


@each(
    ("claim", "word"),
    [
        (_cast_of("Hope Davis joins the cast of Ballerina", "person/hope-davis"), None),
        (_cast_of("Zed Wish joins the cast of Ballerina", "person/zed-wish"), None),
        (_cast_of("Zed Wisha joins the cast of Ballerina", "person/zed-wisha"), None),
        (
            _cast_of(
                "Keanu Reeves plays Hope in Ballerina", "person/keanu-reeves", "character/hope"
            ),
            None,
        ),
        # A hope outside the name is one.
        (_cast_of("Hope Davis hopes to join Ballerina", "person/hope-davis"), "'hopes'"),
        (
            _cast_of("I hope Keanu Reeves plays Hope", "person/keanu-reeves", "character/hope"),
            "'hope'",
        ),
    ],
)
def test_a_word_inside_a_name_is_no_hope(claim: Claim, word: str | None) -> None:
    breaches = _rules.hoped_when_the_quote_hopes(claim, NAMED)
    assert [b.message.split("(")[1].split(")")[0] for b in breaches] == ([word] if word else [])
    assert [] == _rules.status_when_the_quote_hedges(claim, NAMED)
    # Nor does it back the status hoped.
    hoped = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=Status.HOPED))
    assert bool(_rules.status_backed_by_its_words(hoped, NAMED)) is (word is None)


def test_a_word_inside_a_name_is_no_modal() -> None:
    claim = _cast_of("Will May was announced for a role in Ballerina", "person/will-may")
    announced = attrs.evolve(
        claim, qualifiers=attrs.evolve(claim.qualifiers, status=Status.ANNOUNCED)
    )
    assert [] == _rules.status_backed_by_its_words(announced, NAMED)
    assert [] == _rules.status_when_the_quote_hedges(claim, NAMED)
    assert [] == _rules.quote_breaches(announced, NAMED)
    # A modal outside the name still is one.
    later = _with("Will May will be announced for Ballerina", Status.ANNOUNCED)
    later = attrs.evolve(later, value=EntityRef(id="person/will-may"))
    assert _rules.status_backed_by_its_words(later, NAMED)


def _plot(value: str, quote: str) -> Claim:
    return attrs.evolve(_with(quote, None), predicate=Predicate.PLOT, value=Text(text=value))


@each(
    ("value", "quote", "hoped"),
    [
        ("Eve wants revenge", "Eve wants revenge", False),
        ("she longs to avenge her father", "Rooney, she longs to avenge her father", False),
        ("Eve hunts her father's killers", "Wiseman wants: Eve hunts her father's killers", True),
        ("Eve avenges her father", "Wiseman hopes Eve avenges her father", True),
    ],
)
def test_a_plot_tells_its_characters_wants(value: str, quote: str, hoped: bool) -> None:
    # The story's wants are in the plot's value; a want outside it is someone's about it.
    assert hoped is bool(_rules.hoped_when_the_quote_hopes(_plot(value, quote), CATALOG))


def test_every_text_value_keeps_its_quotes_characters() -> None:
    found = {c.id: _rules.value_keeps_its_quotes_characters(c) for c in CATALOG.claims}
    assert {} == _breaches(found)
    for claim_id in _rules.VALUE_CHARACTERS:
        assert _rules.value_keeps_its_quotes_characters(_claim(claim_id), reviewed={}), claim_id


def test_every_text_value_keeps_its_quotes_negations() -> None:
    found = {c.id: _rules.value_keeps_its_quotes_negations(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # The one shipped value that leaves a negation out, "the first "Ballerina" teaser
    # trailer" of "We can't wait to bring you ...", stands by its note alone.
    noted = attrs.evolve(_claim("000-065"), note=None)
    assert _rules.value_keeps_its_quotes_negations(noted, CATALOG)


@each(
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
    claim = attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        value=Text(text=value),
        evidence=Evidence.locate(quote, quote),
    )
    assert kept is (not _rules.value_keeps_its_quotes_characters(claim))


def _made_of_runs_by_search(value: str, tokens: list[str]) -> bool:
    # The check as it was first written: a search over the ways to cut the value into runs.
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

    return matches(0, 0)


def _runs_join_by_search(value: str, tokens: list[str]) -> bool | None:
    # The clause check as a search over every way to take the value's tokens: a way joins
    # clauses where it leaves out words between two of its words with a clause's end or
    # opening word between them, unless they are one aside (marks on both sides, none
    # inside).
    quote, depth, at = "".join(tokens), 0, 0
    marks = {at for found in _rules._CLAUSE_END.finditer(quote) for at in range(*found.span())}
    kinds = []  # "w" a word, "o" a word opening a clause, "m" a clause's end, "" else
    for token in tokens:
        if re.match(r"\w", token):
            kinds.append("o" if token.casefold() in _rules.CLAUSE_OPENING_WORDS else "w")
        elif token == "(":
            kinds.append("m" if depth == 0 else "")
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
            kinds.append("m" if depth == 0 else "")
        else:
            kinds.append("m" if depth == 0 and at in marks else "")
        at += len(token)

    def joins(first: int, last: int) -> bool:
        left_out = [k for k in range(first + 1, last) if kinds[k] in ("w", "o")]
        ends = [k for k in range(first + 1, last) if kinds[k] == "m"]
        if not left_out or (not ends and "o" not in kinds[first + 1 : last + 1]):
            return False
        return not (
            any(k < left_out[0] for k in ends)
            and any(k > left_out[-1] for k in ends)
            and not any(left_out[0] < k < left_out[-1] for k in ends)
        )

    readings = []

    def read(at: int, start: int, taken: list[int]) -> None:
        if at == len(value):
            words = [k for k in taken if kinds[k] in ("w", "o")]
            readings.append(any(joins(a, b) for a, b in itertools.pairwise(words)))
        for k in range(start, len(tokens)):
            if at < len(value) and value.startswith(tokens[k], at):
                read(at + len(tokens[k]), k + 1, [*taken, k])

    read(0, 0, [])
    return all(readings) if readings else None


# Few distinct tokens, so that values often are made of the quote's runs, or nearly.
_SMALL_WORDS = st.lists(
    st.sampled_from(["a", "b", "ab", " ", ",", "\u00a0", "A", "(", ")", "who", ". "]), max_size=8
)


@hypothesis.given(quote=_SMALL_WORDS, value=_SMALL_WORDS)
def test_the_character_check_agrees_with_a_search_over_every_cut(
    quote: list[str], value: list[str]
) -> None:
    tokens = _rules._TOKEN.findall("".join(quote))
    expected = _made_of_runs_by_search("".join(value), tokens)
    assert expected is _rules._made_of_runs("".join(value), tokens)
    # And whether it joins clauses to be so, as the search over every way to take it says.
    assert _runs_join_by_search("".join(value), tokens) is _rules._runs_join(
        "".join(value), "".join(quote)
    )


def _plot_claim(quote: str, value: str) -> Claim:
    return attrs.evolve(
        CATALOG.claims[0], id="x-1", value=Text(text=value), evidence=Evidence.locate(quote, quote)
    )


def test_a_repeated_word_is_checked_at_once() -> None:
    # A search over the ways to cut "a a ... a b" took 7 s for 100 words, 231 s for 200.
    quote = "Ballerina plot: " + " ".join(["a"] * 200)
    value = quote[:-1] + "b"
    (breach,) = _rules.value_keeps_its_quotes_characters(_plot_claim(quote, value))
    assert "is not made of runs of its quote" in breach.message
    assert [] == _rules.value_keeps_its_quotes_characters(_plot_claim(quote, quote[:-2]))


def test_a_long_value_equal_to_its_quote_is_kept() -> None:
    # The search recursed once a token: 250 words were a RecursionError.
    quote = "Ballerina plot: " + " ".join(f"w{i}" for i in range(1500))
    assert [] == _rules.value_keeps_its_quotes_characters(_plot_claim(quote, quote))


def test_every_text_value_takes_its_words_from_one_clause_or_an_aside() -> None:
    found = {c.id: _rules.value_from_one_clause_or_noted(c) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Not vacuous: 001-034 drops a bracketed aside, which needs no note.
    unnoted = attrs.evolve(_claim("001-034"), note=None)
    assert [] == _rules.value_from_one_clause_or_noted(unnoted)


@each(
    ("value", "quote", "joins"),
    [
        # Reported: runs of different clauses joined into the opposite of the quote.
        ("Rooney dies", "Rooney survives, unlike her friend, who dies", True),
        ("Rooney kills John Wick", "Rooney kills the man who once fought John Wick", True),
        # So across "but", a sentence's end, into a clause whose first words are left out,
        # or leaving out more than one clause.
        ("Rooney dies", "Rooney survives but her friend dies", True),
        ("Rooney dies", "Rooney survives. Her friend dies", True),
        ("Rooney survives, dies", "Rooney survives, her friend dies", True),
        ("Rooney, who dies", "Rooney, who survives, and her friend, who dies", True),
        # The shapes the shipped values take: a bracketed aside left out (001-034), words
        # of one clause left out (002-076); and a comma's aside, marks alone, words at the
        # ends.
        ("John meets him, the head", "John meets him (the boss\u2019s\u00a0man), the head", False),
        ("talks about a fifth film", "talks about a possible sequel and a fifth film", False),
        ("Rooney trains", "Rooney, a ballerina who dances, trains", False),
        ("Rooney trains", "Rooney (Ana de Armas, 36) trains", False),
        ("Rooney survives unlike her friend", "Rooney survives, unlike her friend", False),
        ("John will do anything", "John will do anything for freedom, even if it fails", False),
        # Reported: a "that" relative clause's verb joined to the main clause's subject, and
        # a value ending at a possessive's owner; "that" left out alone joins nothing.
        ("Rooney killed her father", "Rooney hunts the man that killed her father", True),
        ("Rooney hunts her father", "Rooney hunts her father's killer", True),
        ("Rooney hunts her father", "Rooney hunts her father\u2019s killer", True),
        ("Rooney hunts the man", "Rooney hunts the man that killed her father", False),
        ("Rooney learns the cult killed him", "Rooney learns that the cult killed him", False),
        ("Rooney hunts her father's killer", "Rooney fiercely hunts her father's killer", False),
        # Reported: a relative clause with no word to open it, after a noun phrase left out.
        ("Rooney tried to kill", "Rooney saves the girl the cult tried to kill", True),
        (
            "Rooney sent to kill her",
            "Rooney protects a girl from the assassins sent to kill her",
            True,
        ),
        ("Rooney seeks revenge for him", "Rooney seeks revenge on the cult for him", False),
        ("Rooney gives the gun", "Rooney gives the girl the gun", False),
        # Reported: a possessive's "'s" and noun, or a verb governing the next ("tries
        # to"), left out in the middle, giving the owned noun's or the tried act to another.
        ("John Wick trains Rooney", "John Wick's enemy trains Rooney", True),
        ("John Wick trains Rooney", "John Wick\u2019s enemy trains Rooney", True),
        ("Rooney dies protecting her", "Rooney's father dies protecting her", True),
        ("Rooney kill the Director", "Rooney tries to kill the Director", True),
        ("Rooney kill the Director", "Rooney fails to kill the Director", True),
        ("Rooney kill the Director", "Rooney plans to kill the Director", True),
        ("father dies protecting her", "Rooney's father dies protecting her", False),
        ("Rooney's father dies", "Rooney's estranged father dies", False),
        ("Rooney returns to kill him", "Rooney returns to Prague to kill him", False),
        ("Rooney tries to kill him", "Rooney tries hard to kill him", False),
    ],
)
def test_a_text_value_joining_clauses_needs_a_note(value: str, quote: str, joins: bool) -> None:
    claim = _plot_claim(quote, value)
    breaches = _rules.value_from_one_clause_or_noted(claim)
    assert joins is bool(breaches)
    assert all((b.rule, b.field) == ("value clauses", "value.text") for b in breaches)
    noted = attrs.evolve(claim, note=f"{quote!r}: the value is read as the quote says it.")
    assert [] == _rules.value_from_one_clause_or_noted(noted)


def _date_claim(quote: str, date: str, note: str | None = None) -> Claim:
    return attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        predicate=Predicate.RELEASE_DATE,
        value=DateValue(date=PartialDate.parse(date)),
        evidence=Evidence.locate(quote, quote),
        note=note,
    )


def test_every_former_credit_or_location_is_superseded_or_noted() -> None:
    rule = _rules.former_credit_or_location_superseded_or_noted
    assert {} == _breaches({c.id: rule(c, CATALOG) for c in CATALOG.claims})


def test_every_date_its_quote_does_not_write_is_noted() -> None:
    assert {} == _breaches({c.id: _rules.dated_by_its_quote_or_noted(c) for c in CATALOG.claims})
    # Not vacuous: the data has dates to the day and a season, each read from its quote's
    # words ("June 7, 2024", "Friday 6 October", "this spring").
    precisions = {
        date.precision
        for claim in CATALOG.claims
        for _, date in _rules._claim_dates(claim)
        if not _rules.dated_by_its_quote_or_noted(attrs.evolve(claim, note=None))
    }
    assert {"year", "month", "day"} <= precisions
    assert "season" in {
        date.precision for c in CATALOG.claims for _, date in _rules._claim_dates(c)
    }


@each(
    ("quote", "date"),
    [
        ("Ballerina was released in the summer of 2024", "2024-22"),
        ("released in spring 2024", "2024-21"),
        ("It opens in the fall of 2025", "2025-23"),
        ("It opens in Autumn 2025", "2025-23"),
        ("released on June 7, 2024", "2024-06-07"),
        ("released on 7 June 2024", "2024-06-07"),
        ("released on June 7th, 2024", "2024-06-07"),
        ("released on the 7th of June 2024", "2024-06-07"),
        ("released Jun. 7, 2024", "2024-06-07"),
        ("released Sept. 7, 2024", "2024-09-07"),
        ("released on 7/16/2024", "2024-07-16"),
        ("released on 16/7/2024", "2024-07-16"),
        ("released on 6.7.2024", "2024-07-06"),
        ("released on 07.06.2024", "2024-06-07"),
        ("released on 2024-06-07", "2024-06-07"),
        ("released on 2024.06.07", "2024-06-07"),
        ("released on 2024/06/07", "2024-06-07"),
        ("released on 7-16-2024", "2024-07-16"),
        ("released on Friday 6 October 2023", "2023-10-06"),
        ("June 7, 2024, a year after John Wick 4 opened in 2023", "2024-06-07"),
        ("shown on June 7 and July 6, 2024", "2024-06-07"),
        ("shown June 7-14, 2024", "2024-06-07"),
        ("released on June 7, 2024 in the US and July 6, 2024 in the UK", "2024-07-06"),
        ("released on June 7, 2024 in the US and July 6, 2024 in the UK", "2024-07"),
        ("released on June 7, 2024", "2024"),
        # Reported: a month or season joined to "mid", "late" or "early" was not read.
        ("Ballerina opened in mid-June 2024", "2024-06"),
        ("Ballerina opened in late-June 2024", "2024-06"),
        ("Ballerina opened in mid-summer 2024", "2024-22"),
        ("Ballerina opened in Early-June 2024", "2024-06"),
        ("Ballerina opened in mid June 2024", "2024-06"),
        # A year before a plural after a determiner.
        ("its 2024 releases opened in June", "2024"),
        # A month or season with its year in the date's own shape, or after the other end
        # of its range or pair.
        ("Ballerina opened in March 2024", "2024-03"),
        ("Ballerina opened in March of 2024", "2024-03"),
        ("Ballerina opened in March, 2024", "2024-03"),
        ("Ballerina opened in spring of 2024", "2024-21"),
        ("Ballerina was shot in June and July 2024", "2024-06"),
        ("Ballerina was shot from spring to summer 2024", "2024-21"),
        ("Ballerina was shot in June and July '24", "2024-06"),
        ("shown on June 7 and July 2024", "2024-06-07"),
        # Reported: a year by its last two digits after an apostrophe was no year.
        ("released in June '24", "2024-06"),
        ("released in June \u201924", "2024-06"),
        ("released on June 7, '24", "2024-06-07"),
        ("released in the summer of '24", "2024-22"),
        # Reported: a day as its ordinal word was not read.
        ("Ballerina opens on June seventh, 2024", "2024-06-07"),
        ("Ballerina opens on the seventh of June, 2024", "2024-06-07"),
        ("Ballerina opens on June twenty-first, 2024", "2024-06-21"),
        # A season or a fiscal year beside the calendar year is not its own.
        ("Ballerina opens in 2025, the studio's best season", "2025"),
        ("Ballerina opens in 2025, in the fiscal year's second half", "2025"),
    ],
)
def test_a_date_its_quote_writes_needs_no_note(quote: str, date: str) -> None:
    assert [] == _rules.dated_by_its_quote_or_noted(_date_claim(quote, date), CATALOG)


@each(
    ("quote", "date", "missing"),
    [
        # A season the quote does not write, or none at all.
        ("Ballerina was released in the summer of 2024", "2024-21", "season of 2024-21 ('spring')"),
        ("Ballerina was released in spring 2024", "2024-24", "season of 2024-24 ('winter')"),
        ("Ballerina was released in 2024", "2024-22", "season of 2024-22 ('summer')"),
        ("The Korean Ballerina was released in 2023", "2023-22", "season of 2023-22 ('summer')"),
        ("It opens in the summer of 2025", "2025-23", "season of 2025-23 ('autumn' or 'fall')"),
        ("released in the summer of 2023, and in 2024", "2024-22", "season of 2024-22"),
        # A day and month each written, but not together as one date.
        (
            "Ballerina was released on June 7, 2024 in the US and July 6, 2024 in the UK",
            "2024-07-07",
            "day of 2024-07-07 as one date with its month ('July 7', '7 July', '7/7/2024')",
        ),
        (
            "Ballerina was released on June 7, 2024 in the US and July 6, 2024 in the UK",
            "2024-06-06",
            "day of 2024-06-06 as one date with its month",
        ),
        ("Ballerina was released on 7/6/2024", "2024-06-06", "day of 2024-06-06"),
        ("Ballerina was released on 7/6/2024", "2024-07-07", "day of 2024-07-07"),
        # A numeric date with its year first is year, month, day; a dotted one with its
        # year last is day, month, year: neither is read the other way round.
        ("Ballerina will be released 2024-06-07", "2024-07-06", "month of 2024-07-06"),
        ("Ballerina will be released 2024.06.07", "2024-07-06", "month of 2024-07-06"),
        ("Ballerina will be released 2024/06/07", "2024-07-06", "month of 2024-07-06"),
        ("Ballerina will be released 07.06.2024", "2024-07-06", "month of 2024-07-06"),
        ("Ballerina will be released 6.7.2024", "2024-06-07", "month of 2024-06-07"),
        ("released in June, 7 months after its 2024 trailer", "2024-06-07", "day of 2024-06-07"),
        # A date written with another year.
        ("released on June 7, 2024 and July 6, 2025", "2024-07-06", "month of 2024-07-06"),
        ("released on 7/6/2025, after 2024", "2024-06-07", "month of 2024-06-07"),
        # A month read from a word that only starts as its name does, or a modal "may".
        ("released in 6 cities in 2024", "2024-06", "month of 2024-06"),
        ("the doctor said in 2024", "2024-10", "month of 2024-10"),
        ("Ballerina may be released in 2024", "2024-05", "month of 2024-05"),
        ("a Marvel film of 2024", "2024-03", "month of 2024-03"),
        ("opens on June 6", "2025-06-06", "year of 2025-06-06"),
        # Reported: a month and day with no year beside them took one from another mention.
        (
            "June 7, a year after John Wick 4 opened in 2023",
            "2023-06-07",
            "year of 2023-06-07 with its month and day ('June 7, 2023')",
        ),
        ("released on Friday 6 October, in 2023", "2023-10-06", "year of 2023-10-06 with its"),
        ("released 7 June; the sequel, 2025", "2025-06-07", "year of 2025-06-07 with its"),
        # Reported: a month, season or month and day took its year from another clause or
        # event of the quote; a year alone after a join is no second end of a pair.
        (
            "Ballerina opened in 2024; its trailer dropped in March",
            "2024-03",
            "year of 2024-03 with its month ('March 2024')",
        ),
        ("In March, Lionsgate said Ballerina opened in 2024", "2024-03", "year of 2024-03 with"),
        (
            "Ballerina opened in 2024, a year after John Wick 4 opened in March",
            "2024-03",
            "year of 2024-03 with its month",
        ),
        (
            "Ballerina opened June 7 and 2025 is the sequel year",
            "2025-06-07",
            "year of 2025-06-07 with its month and day ('June 7, 2025')",
        ),
        ("Ballerina opened in June and 2025 is the sequel year", "2025-06", "year of 2025-06"),
        (
            "Ballerina opened in 2024, its trailer in the spring",
            "2024-21",
            "year of 2024-21 with its season ('spring 2024')",
        ),
        ("released in June, 7 months after its 2024 trailer", "2024-06", "year of 2024-06"),
        ("The actor passed away this spring, in 2023", "2023-21", "year of 2023-21 with its"),
        # A month or season alone after a word that makes it a date is read, its year not.
        ("It opens in the fall, in 2025", "2025-23", "year of 2025-23 with its season ('autumn"),
        ("It wraps by the spring of next year, 2025", "2025-21", "year of 2025-21 with its"),
        ("its 2024 releases opened in June", "2024-06", "year of 2024-06 with its month"),
        # Reported: the digits of a title were read as a year, and a count as one.
        ("Blade Runner 2049 was released in October", "2049-10", "year of 2049-10"),
        ("Ballerina, like Blade Runner 2049, was released in June", "2049-06", "year of 2049-06"),
        ("John Wick 3 was released in 2019", "2019-03", "month of 2019-03"),
        ("Ballerina opened on 2024 screens in June", "2024-06", "year of 2024-06"),
        ("Ballerina opened on 2024 screens", "2024", "year of 2024"),
        # Reported: a season or month read from a verb or a person's name.
        ("Box office will fall for Ballerina, in theaters in 2024", "2024-23", "season of 2024-23"),
        ("Ballerina will spring into theaters in 2024", "2024-21", "season of 2024-21"),
        ("Ballerina, with Summer Glau, hit theaters in 2024", "2024-22", "season of 2024-22"),
        ("Ballerina, with June Squibb, hit theaters in 2024", "2024-06", "month of 2024-06"),
        ("Ballerina will March into theaters in 2024", "2024-03", "month of 2024-03"),
        ("May the film open in 2024", "2024-05", "month of 2024-05"),
        ("released in June '24", "2025-06", "year of 2025-06"),
        ("released in June '24", "2024-07", "month of 2024-07"),
        ("released in '24", "2024", "year of 2024"),
    ],
)
def test_a_date_its_quote_does_not_write_needs_a_note_writing_it(
    quote: str, date: str, missing: str
) -> None:
    claim = _date_claim(quote, date)
    (breach,) = _rules.dated_by_its_quote_or_noted(claim, CATALOG)
    assert ("date note", "value.date") == (breach.rule, breach.field)
    assert breach.message.startswith(f"the quote does not write the {missing}")
    assert breach in _rules.quote_breaches(claim, CATALOG)
    vague = attrs.evolve(claim, note=f"read from '{quote}'.")
    assert [breach] == _rules.dated_by_its_quote_or_noted(vague, CATALOG)
    # The note writes a season by its word (the data's "2023-24" may be a span of years),
    # another date as the data does.
    season = PartialDate.parse(date).season
    written = date if season is None else f"{_rules.SEASON_WORDS[season][0]} {date[:4]}"
    noted = attrs.evolve(claim, note=f"'{quote}', with the text's heading: {written}.")
    assert [] == _rules.dated_by_its_quote_or_noted(noted, CATALOG)


@each(
    ("quote", "date", "words"),
    [
        # Reported: a fiscal year was read as the calendar year of a release.
        ("Ballerina opens in fiscal 2025", "2025", "fiscal 2025"),
        ("Ballerina opens in the 2025 fiscal year", "2025", "2025 fiscal year"),
        ("Ballerina opens in fiscal year 2025", "2025", "fiscal year 2025"),
        ("Ballerina opens in FY2025", "2025", "FY2025"),
        ("Ballerina opens in FY25", "2025", "FY25"),
        ("Ballerina opens in fiscal '25", "2025", "fiscal '25"),
        ("Ballerina opens in the financial year 2024-25", "2024", "financial year 2024-25"),
        ("Ballerina opens in Lionsgate's 2025\nfiscal year", "2025", "2025 fiscal year"),
        # A season of a show or a sport, a school year: no calendar year either.
        ("the 2023-24 season", "2023-24", "2023-24 season"),
        ("The Continental streams in the 2025 season", "2025", "2025 season"),
        ("Ballerina opens in the 2025 school year", "2025", "2025 school year"),
    ],
)
def test_a_year_of_another_calendar_is_no_calendar_year(quote: str, date: str, words: str) -> None:
    claim = _date_claim(quote, date)
    (breach,) = _rules.dated_by_its_quote_or_noted(claim, CATALOG)
    assert ("date note", "value.date") == (breach.rule, breach.field)
    assert breach.message.startswith(f"the quote writes {words!r}, a year of another calendar")
    assert "say in a note how the calendar date is known" in breach.message
    # A note quoting the words alone says nothing of the calendar; one writing the date in
    # its own words does, and the quote's digits then bind no other year.
    quoted = attrs.evolve(claim, note=f"'{quote}'.")
    assert [breach] == _rules.dated_by_its_quote_or_noted(quoted, CATALOG)
    earlier = str(int(date[:4]) - 1)
    noted = attrs.evolve(
        _date_claim(quote, earlier), note=f"'{quote}': that year opens in April {earlier}."
    )
    assert [] == _rules.dated_by_its_quote_or_noted(noted, CATALOG)
    assert [] == _rules.date_agrees_with_its_quote(noted, CATALOG)


def test_a_date_qualifier_is_read_as_a_value_date_is() -> None:
    claim = _date_claim("filming began in the summer of 2022", "2022-22")
    qualifiers = attrs.evolve(claim.qualifiers, date=PartialDate.parse("2022-21"))
    (breach,) = _rules.dated_by_its_quote_or_noted(attrs.evolve(claim, qualifiers=qualifiers))
    assert ("date note", "qualifiers.date") == (breach.rule, breach.field)
    assert breach.message.startswith("the quote does not write the season of 2022-21")


class _PublishedOn:
    """The catalog under test, its sources published on ``published``."""

    def __init__(self, published: str) -> None:
        self.published = (
            DateInterval.parse(published) if "/" in published else PartialDate.parse(published)
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(CATALOG, name)

    def source(self, source_id: str) -> Source:
        return attrs.evolve(CATALOG.source(source_id), published=self.published)


@functools.cache
def _published_on(published: str) -> Catalog:
    return cast("Catalog", _PublishedOn(published))


def test_every_date_agrees_with_the_dates_its_quote_writes() -> None:
    found = {c.id: _rules.date_agrees_with_its_quote(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Not vacuous: shipped dates are read from "last November", "this spring", "Next year".
    relative = [c.id for c in CATALOG.claims if _rules._RELATIVE_DATE.search(c.evidence.quote)]
    assert len(relative) >= 3


# (the quote, the claim's date, the source's publication date, what the quote is read as).
_NOTE_AGAINST_THE_QUOTE = [
    # Reported: a note excused a date its quote's own words contradict.
    ("Ballerina will hit theaters in 2024", "2025", "2024-05-01", "'2024'"),
    ("Ballerina will hit theaters on June 7", "2024-07-06", "2024-05-01", "'June 7'"),
    (
        "Ballerina will hit theaters in the summer of 2024",
        "2024-23",
        "2024-05-01",
        "'the summer of 2024'",
    ),
    ("Ballerina opens on the seventh of June", "2024-07-06", "2024-05-01", "'seventh of June'"),
    # Reported: a relative date read against another year than the publication's.
    (
        "Keanu Reeves was spotted filming the movie in Prague last November",
        "2023-11",
        "2023-08-04",
        "'last November' (as published: 2022-11)",
    ),
    ("Next year, Ballerina will hit theaters", "2025", "2023-08-04", "'Next year' (as published"),
    ("Ballerina will hit theaters this spring", "2023-23", "2023-08-04", "'this spring' (as"),
    ("Ballerina opened last year", "2023", "2023-08-04", "'last year' (as published: 2022)"),
    ("Ballerina opens next month", "2023-10", "2023-08-04", "'next month' (as published"),
    ("Ballerina opens this summer", "2024-22", "2023-08-04", "'this summer' (as published"),
    # A partial publication date: every value it allows, and no other.
    ("filmed in Prague last November", "2021-11", "2023", "(as published: 2022-11 or 2023-11)"),
    ("filmed in Prague last November", "2023-11", "2023-01/2023-06", "(as published: 2022-11)"),
    # Reported: holidays, days relative to publication and spans from a date took any date.
    ("Ballerina opens on Christmas Day 2025", "2025-07-04", "2025-06-01", "(read as: 2025-12-25)"),
    ("Ballerina opens Memorial Day weekend 2025", "2025-12-25", "2025-06-01", "2025-05-20 to"),
    ("Ballerina opened last Christmas", "2019-12-25", "2025-06-01", "(read as: 2024-12-25)"),
    ("Ballerina opens on Halloween", "2025-10-30", "2025-06-01", "(read as: --10-31)"),
    ("Ballerina opened yesterday", "2025-06-06", "2025-06-01", "(read as: 2025-05-31)"),
    ("Ballerina opened yesterday", "2025-06-30", "2025-06", "(read as: 2025-05-31 to 2025-06-29)"),
    ("Ballerina opened last week", "2025-06-03", "2025-06-01", "(read as: 2025-05-19 to"),
    ("Ballerina opened two years ago", "2020", "2025-06-01", "(read as: 2023)"),
    ("Ballerina opens in two weeks", "2025-07-15", "2025-06-01", "(read as: 2025-06-12 to"),
    ("Ballerina opens in three months", "2025-12", "2025-06-01", "(read as: 2025-09)"),
    ("Ballerina opens this Friday", "2025-06-09", "2025-06-01", "2025-05-30 or 2025-06-06"),
    # Reported: a weekday alone and a weekend took any date.
    ("Ballerina opens on Friday", "2025-06-09", "2025-06-02", "2025-05-30 or 2025-06-06"),
    ("Ballerina opened on Sunday", "2025-06-02", "2025-06-10", "2025-06-08 or 2025-06-15"),
    ("Ballerina opened last weekend", "2025-05-06", "2025-06-10", "2025-06-06 to 2025-06-08"),
    ("Ballerina opens this weekend", "2025-06-13", "2025-06-02", "2025-06-06 to 2025-06-08"),
    ("Ballerina opened two weeks after June 1, 2025", "2025-09-15", "2025-06-01", "2025-06-15"),
    ("Ballerina opens the day before June 6, 2025", "2025-06-06", "2025-06-01", "2025-06-05"),
    # Reported: a compound relative date was read by its last word.
    ("Ballerina opens the day after tomorrow", "2025-06-05", "2025-06-04", "(read as: 2025-06-06)"),
    ("Ballerina opened the day before yesterday", "2025-06-03", "2025-06-04", "2025-06-02"),
    ("Ballerina opens Friday week", "2025-06-06", "2025-06-04", "(read as: 2025-06-13)"),
    ("Ballerina opens a week from Friday", "2025-06-06", "2025-06-04", "(read as: 2025-06-13)"),
    ("Ballerina opens a week on Friday", "2025-06-06", "2025-06-04", "(read as: 2025-06-13)"),
    ("Ballerina opens this coming Friday", "2025-06-13", "2025-06-04", "(read as: 2025-06-06)"),
    # Reported: a part of a month or a year was read as the whole of it.
    ("Ballerina opened in early June 2025", "2025-06-28", "2025-07-20", "2025-06-01 to 2025-06-10"),
    ("Ballerina opened in mid-June 2025", "2025-06-30", "2025-07-20", "2025-06-11 to 2025-06-20"),
    ("Ballerina opened in late June", "2025-06-02", "2025-07-20", "(read as: --06-21 to --06-30)"),
    (
        "Ballerina opened in the first week of June 2025",
        "2025-06-20",
        "2025-07-20",
        "to 2025-06-07",
    ),
    ("Ballerina opened on the first Friday of June 2025", "2025-06-13", "2025-07-20", "2025-06-06"),
    ("Ballerina opened on the last Friday of June 2025", "2025-06-20", "2025-07-20", "2025-06-27"),
    ("Ballerina opened in late 2025", "2025-02", "2025-12-20", "(read as: 2025-09 to 2025-12)"),
    ("Ballerina opened in early 2025", "2025-11", "2025-12-20", "(read as: 2025-01 to 2025-04)"),
    ("Ballerina opened in the second half of 2025", "2025-03", "2025-12-20", "2025-07 to 2025-12"),
    ("Ballerina opened in the first half of 2025", "2025-10", "2025-12-20", "2025-01 to 2025-06"),
    ("Ballerina opened in Q2 2025", "2025-11", "2025-12-20", "(read as: 2025-04 to 2025-06)"),
    ("Ballerina opened in H2 2025", "2025-02", "2025-12-20", "(read as: 2025-07 to 2025-12)"),
]


@each(("quote", "date", "published", "read"), _NOTE_AGAINST_THE_QUOTE)
def test_a_note_does_not_excuse_a_date_its_quote_contradicts(
    quote: str, date: str, published: str, read: str
) -> None:
    catalog = _published_on(published)
    claim = _date_claim(quote, date, note=f"'{quote}': {date}.")
    (breach,) = _rules.date_agrees_with_its_quote(claim, catalog)
    assert ("date note", "value.date") == (breach.rule, breach.field)
    assert breach.message.startswith("the quote writes '")
    assert read in breach.message.split(", and ")[0], breach.message
    assert breach.message.endswith(
        f"and {date} is none of them: a note adds what the quote"
        " leaves out of a date, never another date than it writes"
    )
    assert breach in _rules.quote_breaches(claim, catalog)


@each(
    ("quote", "date", "published"),
    [
        (
            "Keanu Reeves was spotted filming the movie in Prague last November",
            "2022-11",
            "2023-08-04",
        ),
        ("Next year, Ballerina will hit theaters", "2024", "2023-08-04"),
        ("Ballerina will hit theaters this spring", "2023-21", "2023-08-04"),
        ("filmed in Prague last November", "2023-11", "2023-12-10"),  # or the November before
        ("filmed in Prague last November", "2022-11", "2023-12-10"),
        ("Ballerina opens this winter", "2023-24", "2024-01-15"),  # Dec 2023 to Feb 2024
        ("Ballerina opens next month", "2024-01", "2023-12-10"),
        ("filmed in Prague last November", "2015-11", "../2023"),  # too vague: the note's
        ("Ballerina opens on June 7", "2024-06-07", "2024-05-01"),
        ("Ballerina opens in the summer", "2024-06", "2024-05-01"),
        ("Ballerina opens a week after June 7, 2024", "2024-06-14", "2024-05-01"),
        ("filming took over the last year", "2023", "2023-08-04"),  # a span, no year
        ("Ballerina opens on New Year's Day 2026", "2026-01-01", "2025-06-01"),
        ("Ballerina opens Memorial Day weekend 2025", "2025-05-23", "2025-06-01"),
        ("Ballerina opens Thanksgiving 2025", "2025-11-26", "2025-06-01"),  # the Wednesday
        ("Ballerina opened last Christmas", "2024-12-25", "2025-06-01"),
        ("Ballerina opens for the Christmas holidays", "2025-12-19", "2025-06-01"),
        ("Ballerina opened yesterday", "2025-05-31", "2025-06-01"),
        ("Ballerina opened yesterday", "2025-05", "2025-06"),  # a vague publication
        ("Ballerina opened two years ago", "2023", "2025-06-01"),
        ("Ballerina opens this Friday", "2025-06-06", "2025-06-01"),
        ("Ballerina opens next Friday", "2025-06-13", "2025-06-01"),
        ("Ballerina opens on Friday", "2025-06-06", "2025-06-02"),
        ("Ballerina opened on Sunday", "2025-06-08", "2025-06-10"),
        ("Ballerina opened last weekend", "2025-06-06", "2025-06-10"),
        ("Ballerina opens this weekend", "2025-06-06", "2025-06-02"),
        ("Ballerina opens on Friday 6 June", "2025-06-06", "2025-06-02"),
        ("Ballerina opened two weeks after June 1, 2025", "2025-06-15", "2025-06-01"),
        ("Ballerina opened yesterday", "2015-11-03", "../2023"),  # too vague: the note's
        ("Ballerina opens the day after tomorrow", "2025-06-06", "2025-06-04"),
        ("Ballerina opened the day before yesterday", "2025-06-02", "2025-06-04"),
        ("Ballerina opens Friday week", "2025-06-13", "2025-06-04"),
        ("Ballerina opens a week from Friday", "2025-06-13", "2025-06-04"),
        ("Ballerina opens this coming Friday", "2025-06-06", "2025-06-04"),
        ("Ballerina opens next Friday", "2025-06-06", "2025-06-04"),  # next may be either
        ("Ballerina opened in early June 2025", "2025-06-06", "2025-07-20"),
        ("Ballerina opened in mid-June 2025", "2025-06", "2025-07-20"),  # the note says which
        ("Ballerina opened on the first Friday of June 2025", "2025-06-06", "2025-07-20"),
        ("Ballerina opened in late 2025", "2025-10", "2025-12-20"),
        ("Ballerina opened in Q2 2025", "2025-05", "2025-12-20"),
        ("Ballerina opened in the first  half of 2025", "2025-04", "2025-12-20"),
        ("Ballerina opened in early March", "2025-03-08", "2025-12-20"),
    ],
)
def test_a_date_agreeing_with_its_quote_is_accepted(quote: str, date: str, published: str) -> None:
    claim = _date_claim(quote, date, note=f"'{quote}': {date}.")
    assert [] == _rules.date_agrees_with_its_quote(claim, _published_on(published))


@each(
    ("quote", "date", "part"),
    [
        ("Ballerina opened in mid-June 2025", "2025-06", "mid-June 2025"),
        ("Ballerina opened in Q2 2025", "2025", "Q2 2025"),
    ],
)
def test_a_date_wider_than_the_part_its_quote_writes_needs_a_note(
    quote: str, date: str, part: str
) -> None:
    catalog = _published_on("2025-12-20")
    (breach,) = _rules.date_agrees_with_its_quote(_date_claim(quote, date), catalog)
    assert breach.message == (
        f"the quote writes {part!r}, a part of {date} only: give a date within it, or say in"
        f" the note which part, writing its words ({part!r})"
    )
    noted = _date_claim(quote, date, note=f"The source says {part}.")
    assert [] == _rules.date_agrees_with_its_quote(noted, catalog)


@each(
    ("quote", "date", "season", "span"),
    [
        # Reported: a year was taken for the season with that year the quote writes.
        ("Ballerina opens in winter 2026", "2026", "winter 2026", "2026-24 (from 2026-12 to"),
        ("Ballerina opens in the winter of 2026", "2027", "the winter of 2026", "2026-24"),
        ("Lance Reddick died in the winter of 2022", "2022", "the winter of 2022", "2022-24"),
        ("Ballerina opens in summer 2026", "2026", "summer 2026", "2026-22 (from 2026-06 to"),
        # The season, or a date within it, is what the quote writes.
        ("Ballerina opens in winter 2026", "2026-24", None, None),
        ("Ballerina opens in winter 2026", "2027-01", None, None),
        ("Ballerina opens in summer 2026", "2026-22", None, None),
    ],
)
def test_a_year_for_a_season_its_quote_writes_needs_a_note(
    quote: str, date: str, season: str | None, span: str | None
) -> None:
    catalog = _published_on("2025-12-20")
    breaches = _rules.date_agrees_with_its_quote(_date_claim(quote, date), catalog)
    if season is None:
        assert [] == breaches
        return
    (breach,) = breaches
    assert breach.message.startswith(f"the quote writes {season!r}, the season {span}")
    assert f"which {date} is not within" in breach.message
    noted = _date_claim(quote, date, note=f"The source says {season}; the studio means {date}.")
    assert [] == _rules.date_agrees_with_its_quote(noted, catalog)


def test_every_date_is_one_its_quote_states_or_noted() -> None:
    found = {
        c.id: _rules.date_not_bounded_by_its_quote_or_noted(c, CATALOG) for c in CATALOG.claims
    }
    assert {} == _breaches(found)


_JB = "just before"


@each(
    ("quote", "date", "word", "where"),
    [
        ("Ballerina will be released before June 7, 2024", "2024-06-07", "before", "just before"),
        ("Ballerina was released sometime after 2024", "2024", "after", "just before"),
        ("Ballerina came out in theaters by 2026", "2026", "by", "just before"),
        ("It will hit screens by the summer of 2024", "2024-22", "by", "just before"),
        ("It plays until 7 June 2024", "2024-06-07", "until", "just before"),
        ("It plays till June 2024", "2024-06", "till", "just before"),
        ("It opens no later than June 7, 2024", "2024-06-07", "no later than", "just before"),
        ("It opens no earlier than 2025", "2025", "no earlier than", "just before"),
        ("It has been in the works since 2023", "2023", "since", "just before"),
        ("Ballerina was delayed from June 7, 2024", "2024-06-07", "delayed from", "just before"),
        (
            "Ballerina was delayed from June 7, 2024 to June 6, 2025",
            "2024",
            "delayed from",
            "just before",
        ),
        ("Ballerina was moved from June 2024", "2024-06", "moved from", "just before"),
        ("It was pushed back from 2024", "2024", "pushed back from", "just before"),
        (
            "It was rescheduled from June 7 to June 14, 2024",
            "2024-06-07",
            "rescheduled from",
            "just before",
        ),
        ("Ballerina, originally dated June 7, 2024, moved", "2024-06-07", "originally", "before"),
        (
            "Ballerina was initially set for release on June 7, 2024",
            "2024-06-07",
            "initially",
            "before",
        ),
        ("It was previously due in summer 2024", "2024-22", "previously", "before"),
        ("Ballerina was released in 2024 or 2025", "2024", "or", "just after"),
        ("Ballerina was released in 2024 or 2025", "2025", "or", "just before"),
        ("It opens on June 7, 2024, or later", "2024-06-07", "or later", "just after"),
        # The words of a bound that follow the date.
        (
            "Ballerina will be released June 7, 2024 at the earliest",
            "2024-06-07",
            "at the earliest",
            "just after",
        ),
        ("Ballerina will be released in 2024 at the latest", "2024", "at the latest", "just after"),
        ("It opens in 2025 or earlier", "2025", "or earlier", "just after"),
        ("Ballerina will be released in 2024 and onward", "2024", "and onward", "just after"),
        ("It plays from June 2024 onwards", "2024-06", "onwards", "just after"),
        ("It plays in 2024 and beyond", "2024", "and beyond", "just after"),
        # One end of a range: in figures, or by words.
        ("Ballerina will be released in 2024-2025", "2024", "-", "just after"),
        ("Ballerina will be released in 2024-2025", "2025", "-", "just before"),
        ("Ballerina will be released in 2024\u20132025", "2024", "\u2013", "just after"),
        ("Ballerina will be released in 2024/25", "2024", "/", "just after"),
        ("the 2023-24 run", "2023", "-", "just after"),
        ("It plays June 7-14, 2024", "2024-06-07", "-", "just after"),
        ("It plays 6-7 June 2024", "2024-06-07", "-", "just before"),
        (
            "Ballerina will be released between June 7 and June 14, 2024",
            "2024-06-07",
            "between",
            "just before",
        ),
        (
            "Ballerina will be released between June 7 and June 14, 2024",
            "2024-06-14",
            "between",
            "before",
        ),
        ("It plays from June 7 to June 14, 2024", "2024-06-07", "from", "just before"),
        ("It plays from June 7 to June 14, 2024", "2024-06-14", "from", "before"),
        ("It plays from 2024 through 2025", "2025", "from", "before"),
        # Reported: a determiner, a possessive or an adjective between the words and the
        # date hid them; a range with no "from" or with a spaced dash was read as no range.
        ("Ballerina was delayed from its June 7, 2024 date", "2024-06-07", "delayed from", _JB),
        ("It was delayed from its original June 7, 2024 date", "2024-06-07", "delayed from", _JB),
        ("Ballerina opened before its June 7, 2024 date", "2024-06-07", "before", _JB),
        ("Ballerina opened well after the June 7, 2024 date", "2024-06-07", "after", _JB),
        ("It was moved from the June 7, 2024 slot", "2024-06-07", "moved from", _JB),
        ("It has been pulled from its June 7, 2024 slot", "2024-06-07", "pulled from", _JB),
        ("It was removed from the June 7, 2024 calendar", "2024-06-07", "removed from", _JB),
        ("It plays in theaters June 7 to June 14, 2024", "2024-06-07", "to", "just after"),
        ("It plays in theaters June 7 to June 14, 2024", "2024-06-14", "to", "before"),
        ("It plays June 7 through June 14, 2024", "2024-06-07", "through", "just after"),
        ("It plays in theaters June 7 \u2013 June 14, 2024", "2024-06-07", "\u2013", "just after"),
        ("It plays in theaters June 7 \u2013 June 14, 2024", "2024-06-14", "\u2013", "before"),
        ("It plays June 7, 2024 - June 6, 2025", "2025-06-06", "-", "before"),
        ("It plays in theaters June 7 to 14, 2024", "2024-06-07", "to", "just after"),
        ("It plays in theaters June 7 \u2013 14, 2024", "2024-06-07", "\u2013", "just after"),
        ("Ballerina, once dated June 14, 2024, opens June 7, 2024", "2024-06-14", "once", "before"),
        ("It was once slated for 2024", "2024", "once", "before"),
        # Reported: the everyday forms of a bound, and a day near the date, were read as it.
        ("Ballerina opens prior to June 7, 2024", "2024-06-07", "prior to", _JB),
        ("Ballerina opens ahead of June 7, 2024", "2024-06-07", "ahead of", _JB),
        ("Ballerina opens following June 7, 2024", "2024-06-07", "following", _JB),
        ("Ballerina opens later than June 7, 2024", "2024-06-07", "later than", _JB),
        ("Ballerina opens earlier than June 7, 2024", "2024-06-07", "earlier than", _JB),
        ("Ballerina opens past June 7, 2024", "2024-06-07", "past", _JB),
        ("Ballerina opens on the eve of June 7, 2024", "2024-06-07", "eve of", _JB),
        (
            "Ballerina opens on June 7, 2024 at the soonest",
            "2024-06-07",
            "at the soonest",
            "just after",
        ),
        ("Ballerina opens within days of June 7, 2024", "2024-06-07", "within days of", _JB),
        # Reported: a date given roughly was stored as the day written.
        ("Ballerina opens around June 7, 2024", "2024-06-07", "around", _JB),
        ("Ballerina opens on or around June 7, 2024", "2024-06-07", "on or around", _JB),
        ("Ballerina opens the week of June 7, 2024", "2024-06-07", "week of", _JB),
        ("Ballerina opens the weekend of June 7, 2024", "2024-06-07", "weekend of", _JB),
        ("Ballerina opens in time for June 7, 2024", "2024-06-07", "in time for", _JB),
        (
            "Ballerina opens June 7, 2024, give or take a week",
            "2024-06-07",
            "give or take a week",
            "just after",
        ),
        (
            "Ballerina opens June 7, 2024, plus or minus a week",
            "2024-06-07",
            "plus or minus a week",
            "just after",
        ),
        # Reported: "-ish" after a date was read as the date written.
        ("Ballerina opens 2024-ish", "2024", "ish", "just after"),
    ],
)
def test_a_date_its_quote_bounds_or_supersedes_needs_a_note_quoting_the_words(
    quote: str, date: str, word: str, where: str
) -> None:
    claim = _date_claim(quote, date)
    assert [] == _rules.dated_by_its_quote_or_noted(claim)  # written, but not stated
    (breach,) = _rules.date_not_bounded_by_its_quote_or_noted(claim, CATALOG)
    assert ("date bound", "value.date") == (breach.rule, breach.field)
    says = _rules.DATE_BOUND_WORDS[word]
    assert breach.message.startswith(
        f"the quote writes {word!r} {where} {date}, which makes it {says}, not a date it states"
    )
    assert breach in _rules.quote_breaches(claim, CATALOG)
    unexplained = attrs.evolve(claim, note="the date the text gives")
    assert [breach] == _rules.date_not_bounded_by_its_quote_or_noted(unexplained, CATALOG)
    noted = attrs.evolve(claim, note=f"'{quote}': the text's only date for it, kept as given.")
    assert [] == _rules.date_not_bounded_by_its_quote_or_noted(noted, CATALOG)


@each(
    ("quote", "date", "word"),
    [
        # Reported: the end of a theatrical run was kept as a release date.
        ("Ballerina stayed in theaters through August 2024", "2024-08", "through"),
        ("Ballerina arrives on Peacock after its theatrical run ends on August 14, 2024",
         "2024-08-14", "run ends"),
        ("Ballerina left theaters on August 14, 2024", "2024-08-14", "left theaters"),
        ("Through August 2024, Ballerina played in cinemas", "2024-08", "Through"),
        # Reported: a verb of ending before the medium's verb was read as the release.
        ("Ballerina will cease streaming on Peacock on August 22, 2025", "2025-08-22",
         "cease streaming"),
        ("Peacock will stop streaming Ballerina on August 22, 2025", "2025-08-22",
         "stop streaming"),
        ("Ballerina will quit streaming on Peacock on August 22, 2025", "2025-08-22",
         "quit streaming"),
        ("Ballerina will finish streaming on Peacock on August 22, 2025", "2025-08-22",
         "finish streaming"),
        ("Ballerina will stop playing in theaters on August 22, 2025", "2025-08-22",
         "stop playing"),
        ("Ballerina will start streaming on Peacock on August 22, 2025", "2025-08-22", None),
        # Reported: a verb or noun of a run's ending in the date's clause was read as the
        # release.
        ("Ballerina will close in theaters on August 22, 2025", "2025-08-22", "close"),
        ("Ballerina's theatrical release will end on August 22, 2025", "2025-08-22", "end"),
        ("Ballerina's streaming release will expire on August 22, 2025", "2025-08-22",
         "expire"),
        ("Ballerina will finish in theaters on August 22, 2025", "2025-08-22", "finish"),
        ("Ballerina will wrap up in theaters on August 22, 2025", "2025-08-22", "wrap up"),
        ("Ballerina will be out of theaters on August 22, 2025", "2025-08-22",
         "out of theaters"),
        ("Ballerina will play in theaters for the last time on August 22, 2025", "2025-08-22",
         "for the last time"),
        ("Ballerina closed in theaters on August 22, 2025", "2025-08-22", "closed"),
        ("Ballerina's theatrical release ended on August 22, 2025", "2025-08-22", "ended"),
        ("Ballerina finished its theatrical release on August 22, 2025", "2025-08-22",
         "finished"),
        ("Ballerina's release in theaters concluded on August 22, 2025", "2025-08-22",
         "concluded"),
        ("Ballerina opens at the end of August 2025", "2025-08", None),
        ("Ballerina, which closed in theaters in July, opens on Peacock on August 22, 2025",
         "2025-08-22", None),
        # A release no run's end bounds, and a range's "through", which the bound rule reads.
        ("Ballerina was released in theaters on June 7, 2024", "2024-06-07", None),
        ("Ballerina played in theaters from June 7 through August 2024", "2024-06-07", None),
        ("Ballerina played in theaters from June 7, 2024 through August", "2024-06-07", None),
        ("Ballerina was released through Lionsgate on June 7, 2024", "2024-06-07", None),
    ],
)  # fmt: skip
def test_a_release_date_is_no_runs_end(quote: str, date: str, word: str | None) -> None:
    claim = _date_claim(quote, date)
    found = _rules.release_date_not_a_runs_end(claim, CATALOG)
    if word is None:
        assert [] == found
        return
    (breach,) = found
    assert breach.message.startswith(f"the quote writes {word!r} ")
    assert f" before {date}, the end" in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note=f"'{quote}': the text's only date for it, kept as given.")
    assert [] == _rules.release_date_not_a_runs_end(noted, CATALOG)


@each(
    ("quote", "date"),
    [
        ("Ballerina was released by Lionsgate on June 7, 2024", "2024-06-07"),
        ("Ballerina was delayed from June 7, 2024 to June 6, 2025", "2025-06-06"),
        ("Ballerina was delayed from June 7, 2024 to June 6, 2025", "2025"),
        ("It was originally set for June 7, 2024 but now opens June 6, 2025", "2025-06-06"),
        ("Ballerina, previously a spin-off, opens on June 7, 2024", "2024-06-07"),
        ("ahead of the June 7, 2024 release, before the summer", "2024-06-07"),
        ("After a long wait Ballerina was released on June 7, 2024", "2024-06-07"),
        ("released on June 7, 2024; screenings before 2025 sold out", "2024-06-07"),
        ("released in 2024, or in the spring of 2025 overseas", "2025-21"),
        ("released before 2025, on June 7, 2024", "2024-06-07"),
        # An ISO date is one date, not a range; "from" with no other end opens none.
        ("Ballerina will be released 2024-06-07", "2024-06-07"),
        ("Ballerina will be released 2024/06/07", "2024-06-07"),
        ("Ballerina will be released 2024-06-07", "2024"),
        ("in cinemas from 7 June 2024", "2024-06-07"),
        ("in cinemas from 7 June 2024 and on demand from July 2024", "2024-06-07"),
        ("the films of 2024 and 2025", "2024"),
        # A date moved to: the "from" is of the date moved from, which opens no range.
        ("It was rescheduled from June 7 to June 14, 2024", "2024-06-14"),
        ("released on June 7, 2024 - the day the trailer promised", "2024-06-07"),
        ("released between screenings on June 7, 2024", "2024-06-07"),
        # The words read across bind only a bound's words; "once" before another verb is
        # "when"; a "to" after a date moved from joins no range.
        ("Ballerina opens on its June 7, 2024 date", "2024-06-07"),
        ("It opens June 7, 2024 around the world", "2024-06-07"),
        ("Once released on June 7, 2024, it topped the charts", "2024-06-07"),
        ("Ballerina, once dated June 14, 2024, opens June 7, 2024", "2024-06-07"),
        ("It was moved from June 7 to June 14, 2024", "2024-06-14"),
        ("It expands on June 7, 2024 to 12 more theaters", "2024-06-07"),
        # A date moved to, or one after another date missed, is the date the quote states.
        ("Lionsgate pushed Ballerina to June 7, 2024", "2024-06-07"),
        ("Ballerina opens on June 7, 2024, delayed from May 30, 2024", "2024-06-07"),
        ("Ballerina missed its May 2024 date and opens on June 7, 2024", "2024-06-07"),
        # Those words with a word between them and the date are of the event it dates.
        ("Fans queued on the eve of the June 7, 2024 premiere", "2024-06-07"),
        ("following the June 7, 2024 release, it streamed", "2024-06-07"),
        ("Ballerina opens no later than June 7, 2024 here and on June 7, 2024", "2024-06-07"),
        # Reported: the date a change goes to, with the work between the verb and "from",
        # was refused as one end of a range.
        ("Lionsgate has delayed Ballerina from June 7, 2024 to June 6, 2025", "2025-06-06"),
        ("Lionsgate has pushed Ballerina to June 6, 2025 from June 7, 2024", "2025-06-06"),
        ("Ballerina now opens on June 6, 2025, replacing its June 7, 2024 date", "2025-06-06"),
        ("Lionsgate moved Ballerina to its new June 6, 2025 date", "2025-06-06"),
        ("Ballerina, once delayed, opens on June 6, 2025", "2025-06-06"),
        # Reported: a date kept as first planned was read as one changed since.
        ("Ballerina is still set for its original June 7, 2024 date", "2024-06-07"),
        # Reported: a delay the date ended was read as one replacing it.
        ("Ballerina hit theaters on June 6, 2025, after a year-long delay", "2025-06-06"),
        ("Ballerina hit theaters on June 6, 2025, after several delays", "2025-06-06"),
        ("Ballerina hit theaters on June 6, 2025, following a delay", "2025-06-06"),
        ("Ballerina hit theaters on June 6, 2025 after it was delayed", "2025-06-06"),
        ("Ballerina hit theaters on June 6, 2025, having been postponed twice", "2025-06-06"),
        # A date moved to, with "from" after the verb, is the one stated.
        ("Ballerina's June 6, 2025 date was moved from June 7, 2024", "2025-06-06"),
        ("Ballerina remains scheduled for its original June 7, 2024 release date", "2024-06-07"),
        ("Ballerina remains on track for its original June 7, 2024 release", "2024-06-07"),
        # The date moved to, before a "from" after a comma; a release that "drops" on a date.
        ("Lionsgate moved Ballerina up to June 7, 2024, from June 14, 2024", "2024-06-07"),
        ("Ballerina drops June 7, 2024", "2024-06-07"),
        ("Ballerina has been bumped to June 7, 2024, vacating June 14, 2024", "2024-06-07"),
    ],
)
def test_a_date_its_quote_states_needs_no_note(quote: str, date: str) -> None:
    assert [] == _rules.date_not_bounded_by_its_quote_or_noted(_date_claim(quote, date), CATALOG)
    assert [] == _rules.date_not_replaced_or_noted(_date_claim(quote, date), CATALOG)


@each(
    ("text", "quote", "words"),
    [
        # Reported: the date a change is from, with the work between the verb and "from",
        # or before a "to", was read as a date stated, or as one end of a range.
        (
            "Lionsgate has delayed Ballerina from June 7, 2024, citing the strikes.",
            "Lionsgate has delayed Ballerina from June 7, 2024",
            "delayed Ballerina from",
        ),
        (
            "Lionsgate has pushed Ballerina back from June 7, 2024.",
            "Lionsgate has pushed Ballerina back from June 7, 2024",
            "pushed Ballerina back from",
        ),
        (
            "Lionsgate has delayed Ballerina from June 7, 2024 to June 6, 2025.",
            "Lionsgate has delayed Ballerina from June 7, 2024 to June 6, 2025",
            "delayed Ballerina from",
        ),
        (
            "Lionsgate has delayed Ballerina from June 7, 2024 to June 6, 2025.",
            "Lionsgate has delayed Ballerina from June 7, 2024",
            "delayed Ballerina from",
        ),
        (
            "Lionsgate has pushed the Ana de Armas film from June 7, 2024 to June 6, 2025.",
            "June 7, 2024",
            "pushed the Ana de Armas film from",
        ),
        (
            "Lionsgate has pushed Ballerina to June 6, 2025 from June 7, 2024.",
            "June 7, 2024",
            "pushed Ballerina to June 6, 2025 from",
        ),
        # Reported: words that replace or withdraw a date were read only after it.
        (
            "Lionsgate has postponed Ballerina, which was due on June 7, 2024.",
            "June 7, 2024",
            "was due",
        ),
        (
            "Ballerina now opens on June 6, 2025, replacing its June 7, 2024 date.",
            "June 7, 2024",
            "replacing",
        ),
        (
            "Lionsgate later retracted its June 7, 2024 date for Ballerina.",
            "its June 7, 2024 date for Ballerina",
            "retracted",
        ),
        (
            "Lionsgate withdrew the June 7, 2024 date for Ballerina.",
            "June 7, 2024 date for Ballerina",
            "withdrew",
        ),
        (
            "Lionsgate dropped the June 7, 2024 date for Ballerina.",
            "June 7, 2024 date for Ballerina",
            "dropped",
        ),
        ("Ballerina vacated its June 7, 2024 date.", "its June 7, 2024 date", "vacated"),
        ("The strikes cost Ballerina its June 7, 2024 date.", "June 7, 2024", "cost"),
        ("Lionsgate moved Ballerina off its June 7, 2024 date.", "June 7, 2024 date", "moved"),
        # Reported: a date dropped by another withdrawing verb, after a possessive, or a
        # date of a former plan, was read as the date stated.
        ("Lionsgate ditched Ballerina's June 7, 2024 date.", "June 7, 2024 date", "ditched"),
        ("Lionsgate dumped the June 7, 2024 date for Ballerina.", "June 7, 2024 date", "dumped"),
        (
            "Lionsgate called off the June 7, 2024 release of Ballerina.",
            "June 7, 2024 release of Ballerina",
            "called off",
        ),
        ("Lionsgate axed the June 7, 2024 release of Ballerina.", "June 7, 2024", "axed"),
        (
            "Lionsgate yanked Ballerina from its June 7, 2024 date.",
            "June 7, 2024 date",
            "yanked Ballerina from",
        ),
        ("Ballerina's old June 7, 2024 date is gone.", "June 7, 2024 date", "old"),
        (
            "Ballerina's previous release date, June 7, 2024, is gone.",
            "June 7, 2024",
            "previous",
        ),
        # Reported: a plan put in the pluperfect was read as the date stated.
        (
            "Ballerina, which had been set for June 7, 2024, was finally released on June 6, 2025.",
            "Ballerina, which had been set for June 7, 2024",
            "had been set",
        ),
        # Reported: the "after" of a span counted from the date first set was read as a
        # bound of it.
        (
            "Ballerina was released on June 6, 2025, a year after its original June 7, 2024 date.",
            "June 7, 2024 date",
            "original",
        ),
        (
            "Ballerina opened two weeks before its old June 7, 2024 date.",
            "June 7, 2024 date",
            "old",
        ),
    ],
)
def test_a_date_its_sentence_says_was_changed_since_needs_its_plans_status_or_a_note(
    text: str, quote: str, words: str
) -> None:
    claim, catalog = _read_in(_date_claim(quote, "2024-06-07"), text)
    (breach,) = _rules.date_not_bounded_by_its_quote_or_noted(claim, catalog)
    assert ("date bound", "value.date") == (breach.rule, breach.field)
    assert breach.message.startswith(f"the quote writes {words!r} ")
    assert "before 2024-06-07, which makes it a value since changed" in breach.message
    assert "give it the status 'superseded'" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    # The value it was before the change, by its status: the words back `superseded`.
    superseded = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert [] == _rules.date_not_bounded_by_its_quote_or_noted(superseded, catalog)
    assert [] == _rules.status_backed_by_its_words(superseded, catalog)
    # A schedule is no former value: `scheduled` excuses it no more.
    scheduled = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SCHEDULED))
    assert [breach] == _rules.date_not_bounded_by_its_quote_or_noted(scheduled, catalog)
    noted = _quoted_from(claim, text, note=f"'{words}': the date first set, kept as given.")
    assert [] == _rules.date_not_bounded_by_its_quote_or_noted(noted, catalog)


@each(
    ("text", "backed"),
    [
        # Reported: a past plan its sentence says was not kept could not be superseded.
        ("Ballerina was dated for June 7, 2024, but arrived a year later.", True),
        ("Ballerina was dated for June 7, 2024, but opened in 2025 instead.", True),
        ("Ballerina was dated for June 7, 2024, only to be delayed.", True),
        ("Ballerina was dated for June 7, 2024.", False),
        ("Ballerina was dated for June 7, 2024, but fans waited.", False),
    ],
)
def test_a_plan_its_sentence_says_was_not_kept_backs_superseded(text: str, backed: bool) -> None:
    quote = "Ballerina was dated for June 7, 2024"
    claim, catalog = _read_in(_date_claim(quote, "2024-06-07"), text)
    superseded = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert backed is not bool(_rules.status_backed_by_its_words(superseded, catalog))


@each(
    ("text", "quote", "words"),
    [
        # Reported: a former schedule in other words was kept as the current one.
        (
            "Ballerina, once dated for June 7, 2024, now opens in 2025.",
            "Ballerina, once dated for June 7, 2024",
            "once",
        ),
        (
            "Ballerina, at one point dated for June 7, 2024, now opens in 2025.",
            "Ballerina, at one point dated for June 7, 2024",
            "at one point",
        ),
        (
            "Ballerina had been set for June 7, 2024.",
            "Ballerina had been set for June 7, 2024",
            "had been set",
        ),
        (
            "Ballerina was set for June 7, 2024 until the strikes hit.",
            "Ballerina was set for June 7, 2024",
            "until the strikes hit",
        ),
        (
            "Ballerina was set for June 7, 2024; it has since moved to June 6, 2025.",
            "Ballerina was set for June 7, 2024",
            "has since moved",
        ),
        (
            "Ballerina was set for June 7, 2024, but that is no longer the plan.",
            "Ballerina was set for June 7, 2024",
            "no longer the plan",
        ),
        # Reported: a date its sentence says was dropped after it was a firm date.
        *(
            (
                f"Ballerina's June 7, 2024 release date {words}. It hit theaters June 6, 2025.",
                "Ballerina's June 7, 2024 release date",
                words,
            )
            for words in (
                "was pulled",
                "was vacated",
                "was nixed",
                "was shelved",
                "slipped",
                "fell through",
                "was scrapped",
                "was dropped",
                "was axed",
                "has been scrapped",
            )
        ),
        (
            "Ballerina's June 7, 2024 release was later pulled.",
            "Ballerina's June 7, 2024 release",
            "later pulled",
        ),
        # Reported: a date moved from written after the new one ("to X, from Y"), a date
        # first slated, and a date a verb takes as its bare object were read as stated.
        (
            "Lionsgate moved Ballerina up to June 6, 2024, from June 7, 2024.",
            "June 7, 2024",
            "moved from",
        ),
        (
            "Ballerina, now opening June 6, 2025, was first slated for June 7, 2024.",
            "slated for June 7, 2024",
            "first slated",
        ),
        (
            "Ballerina has been bumped to June 6, 2025, vacating June 7, 2024.",
            "June 7, 2024",
            "vacating",
        ),
        ("Ballerina's release was moved, giving up June 7, 2024.", "June 7, 2024", "giving up"),
        # Reported: a date left, ceded, moved or bumped off, one said to belong to another
        # film or to no longer hold, and one a correction gave before, were read as stated.
        ("Ballerina moved off June 7, 2024.", "Ballerina moved off June 7, 2024", "moved"),
        (
            "Lionsgate has bumped Ballerina off June 7, 2024.",
            "Lionsgate has bumped Ballerina off June 7, 2024",
            "bumped",
        ),
        ("Ballerina left its June 7, 2024 release date.", "its June 7, 2024", "left"),
        ("Ballerina ceded its June 7, 2024 release date to Mufasa.", "its June 7, 2024", "ceded"),
        *(
            (
                f"Ballerina's June 7, 2024 release date {words}. It hit theaters June 6, 2025.",
                "Ballerina's June 7, 2024 release date",
                said,
            )
            for words, said in (
                ("now belongs to Mufasa", "now belongs to"),
                ("is outdated", "is outdated"),
                ("is now void", "is now void"),
                ("is off", "is off"),
                ("is history", "is history"),
                ("was given to Mufasa", "was given to"),
            )
        ),
        (
            "Ballerina's release date, given here last week as June 7, 2024, is June 6, 2025.",
            "given here last week as June 7, 2024",
            "given here",
        ),
    ],
)
def test_a_former_schedule_needs_the_status_superseded_not_scheduled(
    text: str, quote: str, words: str
) -> None:
    claim, catalog = _read_in(_date_claim(quote, "2024-06-07"), text)
    scheduled = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SCHEDULED))
    (breach,) = _rules.date_not_bounded_by_its_quote_or_noted(scheduled, catalog)
    assert breach.message.startswith(f"the quote writes {words!r} ")
    assert "give it the status 'superseded'" in breach.message
    superseded = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert [] == _rules.quote_breaches(superseded, catalog)


@each(
    ("text", "quote", "predicate", "value", "status"),
    [
        # Reported: the old value of a change was a plain figure, credit or location.
        (
            "Ballerina had been budgeted at $90 million.",
            "Ballerina had been budgeted at $90 million",
            "cost",
            "90000000 USD",
            None,
        ),
        # Reported: a figure a verb after it says was changed was the standing value.
        *(
            (
                f"Ballerina's $90 million budget {words}.",
                "Ballerina's $90 million budget",
                "cost",
                "90000000 USD",
                None,
            )
            for words in (
                "was slashed in half",
                "was halved",
                "was trimmed",
                "was increased",
                "grew by $20 million",
                "was later doubled",
                "had been cut",
                # Reported: more wordings of a budget since changed.
                "proved insufficient",
            )
        ),
        *(
            (text, text[:-1], "cost", "90000000 USD", None)
            for text in (
                "Ballerina blew through its $90 million budget.",
                "Ballerina overshot its $90 million budget.",
                "Ballerina's budget was planned at $90 million.",
                "Ballerina's budget was pegged at $90 million before reshoots.",
                "Ballerina was budgeted at $90 million before reshoots.",
            )
        ),
        # Reported: a budget's start was read as the standing budget.
        (
            "Ballerina's budget started at $90 million.",
            "Ballerina's budget started at $90 million",
            "cost",
            "90000000 USD",
            None,
        ),
        (
            "Ballerina was budgeted at $90 million; it has since grown to $125 million.",
            "Ballerina was budgeted at $90 million",
            "cost",
            "90000000 USD",
            None,
        ),
        (
            "Ballerina's $100 million haul was later revised down to $80 million.",
            "Ballerina's $100 million haul",
            "box_office",
            "100000000 USD",
            None,
        ),
        (
            "Ballerina's reported $100 million haul was later corrected to $80 million.",
            "Ballerina's reported $100 million haul",
            "box_office",
            "100000000 USD",
            Status.REPORTED,
        ),
        (
            "Ana de Armas had been cast in Ballerina before Unity Phelan got the part.",
            "Ana de Armas had been cast in Ballerina",
            "cast_member",
            "person/ana-de-armas",
            None,
        ),
        (
            "Ballerina was originally going to star Ana de Armas.",
            "Ballerina was originally going to star Ana de Armas",
            "cast_member",
            "person/ana-de-armas",
            None,
        ),
        (
            "Ballerina originally starred Ana de Armas.",
            "Ballerina originally starred Ana de Armas",
            "cast_member",
            "person/ana-de-armas",
            None,
        ),
        (
            "Ballerina was originally to star Ana de Armas.",
            "Ballerina was originally to star Ana de Armas",
            "cast_member",
            "person/ana-de-armas",
            None,
        ),
        (
            "Ana de Armas was first cast in Ballerina, but Unity Phelan took over.",
            "Ana de Armas was first cast in Ballerina",
            "cast_member",
            "person/ana-de-armas",
            None,
        ),
        (
            "Ballerina was originally directed by Len Wiseman before Chad Stahelski took over.",
            "Ballerina was originally directed by Len Wiseman",
            "director",
            "person/len-wiseman",
            None,
        ),
        (
            "Ballerina was initially written by Shay Hatten.",
            "Ballerina was initially written by Shay Hatten",
            "screenwriter",
            "person/shay-hatten",
            None,
        ),
        (
            "Len Wiseman was first hired to direct Ballerina, but Chad Stahelski took over.",
            "Len Wiseman was first hired to direct Ballerina",
            "director",
            "person/len-wiseman",
            None,
        ),
        # Reported: the part given to another after the credit was not read.
        (
            "Len Wiseman was hired to direct Ballerina, though the job went to Chad Stahelski.",
            "Len Wiseman was hired to direct Ballerina",
            "director",
            "person/len-wiseman",
            None,
        ),
        (
            "Len Wiseman was hired to direct Ballerina, but Chad Stahelski ended up directing it.",
            "Len Wiseman was hired to direct Ballerina",
            "director",
            "person/len-wiseman",
            None,
        ),
        (
            "Len Wiseman was hired to direct Ballerina, a job Chad Stahelski eventually took.",
            "Len Wiseman was hired to direct Ballerina",
            "director",
            "person/len-wiseman",
            None,
        ),
        # Reported: the commonest words of a first casting refused the status they back.
        (
            "Ana de Armas was originally cast in Ballerina.",
            "Ana de Armas was originally cast in Ballerina",
            "cast_member",
            "person/ana-de-armas",
            None,
        ),
        (
            "Len Wiseman was originally attached to direct Ballerina.",
            "Len Wiseman was originally attached to direct Ballerina",
            "director",
            "person/len-wiseman",
            None,
        ),
        (
            "Ballerina was to be filmed in Prague, but production moved to Budapest.",
            "Ballerina was to be filmed in Prague",
            "filming_location",
            "Prague",
            None,
        ),
        (
            "Ballerina was planned to shoot in Prague before moving to Budapest.",
            "Ballerina was planned to shoot in Prague",
            "filming_location",
            "Prague",
            None,
        ),
        # The place a shoot moved from, in any voice.
        (
            "Filming of Ballerina was moved from Prague to Budapest.",
            "Filming of Ballerina was moved from Prague to Budapest",
            "filming_location",
            "Prague",
            None,
        ),
        (
            "Lionsgate moved the Ballerina shoot from Prague to Budapest.",
            "Lionsgate moved the Ballerina shoot from Prague to Budapest",
            "filming_location",
            "Prague",
            None,
        ),
        (
            "Ballerina shifted filming from Prague to Budapest.",
            "Ballerina shifted filming from Prague to Budapest",
            "filming_location",
            "Prague",
            None,
        ),
        # Reported: a credit recast or ended since, or a link ended, was let through by a
        # note only, not by the status that states it.
        (
            "Keanu Reeves's role in Ballerina has been recast.",
            "Keanu Reeves's role in Ballerina has been recast",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Keanu Reeves's role in Ballerina was given to Ian McShane.",
            "Keanu Reeves's role in Ballerina was given to Ian McShane",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Keanu Reeves stopped starring in Ballerina.",
            "Keanu Reeves stopped starring in Ballerina",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Lionsgate stopped distributing Ballerina.",
            "Lionsgate stopped distributing Ballerina",
            "distributor",
            "org/lionsgate",
            None,
        ),
        # Reported: a credit or a link that words after its names end was taken as held.
        (
            "Keanu Reeves starred in Ballerina until the recast.",
            "Keanu Reeves starred in Ballerina",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Keanu Reeves starred in Ballerina until the recast.",
            "Keanu Reeves starred in Ballerina until the recast",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Chad Stahelski directed Ballerina until 2022.",
            "Chad Stahelski directed Ballerina",
            "director",
            "person/chad-stahelski",
            None,
        ),
        (
            "Keanu Reeves starred in Ballerina before the reshoots.",
            "Keanu Reeves starred in Ballerina",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Keanu Reeves starred in Ballerina before the recast.",
            "Keanu Reeves starred in Ballerina",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Keanu Reeves stars in Ballerina, until the final cut.",
            "Keanu Reeves stars in Ballerina",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Keanu Reeves stars in Ballerina, up to the final cut.",
            "Keanu Reeves stars in Ballerina",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Keanu Reeves stars in Ballerina, pre-recut.",
            "Keanu Reeves stars in Ballerina",
            "cast_member",
            "person/keanu-reeves",
            None,
        ),
        (
            "Ballerina is produced by Lionsgate until the sale.",
            "Ballerina is produced by Lionsgate",
            "production_company",
            "org/lionsgate",
            None,
        ),
        # Reported: a production status its sentence says was since undone was taken as
        # current.
        (
            "Ballerina, previously greenlit, is on hold.",
            "Ballerina, previously greenlit, is on hold",
            "production_status",
            "greenlit",
            None,
        ),
        (
            "Ballerina, originally greenlit, is now on hold.",
            "Ballerina, originally greenlit, is now on hold",
            "production_status",
            "greenlit",
            None,
        ),
        (
            "Ballerina was greenlit in 2024 but has since been cancelled.",
            "Ballerina was greenlit in 2024 but has since been cancelled",
            "production_status",
            "greenlit",
            None,
        ),
        (
            "Ballerina was greenlit, then cancelled.",
            "Ballerina was greenlit, then cancelled",
            "production_status",
            "greenlit",
            None,
        ),
        (
            "Ballerina, once greenlit, is dead.",
            "Ballerina, once greenlit, is dead",
            "production_status",
            "greenlit",
            None,
        ),
        (
            "Ballerina had been greenlit until Lionsgate pulled the plug.",
            "Ballerina had been greenlit until Lionsgate pulled the plug",
            "production_status",
            "greenlit",
            None,
        ),
        # Reported: a past perfect, or a past "was" with a "before" after it, was taken as
        # the current status.
        (
            "Ballerina 2 had been in development.",
            "Ballerina 2 had been in development",
            "production_status",
            "in development",
            None,
        ),
        (
            "Ballerina 2 was in development before the box office flop.",
            "Ballerina 2 was in development before the box office flop",
            "production_status",
            "in development",
            None,
        ),
    ],
)
def test_a_former_figure_credit_or_location_needs_the_status_superseded(
    text: str, quote: str, predicate: str, value: str, status: Status | None
) -> None:
    claim = _superseded_claim(quote, predicate, value, status)
    if text.startswith("Ballerina 2 "):  # the sequel's own status
        claim = attrs.evolve(claim, subject="film/ballerina-2")
    claim, catalog = _read_in(claim, text)
    assert _rules.quote_breaches(claim, catalog)
    superseded = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert [] == _rules.quote_breaches(superseded, catalog)


@each(
    ("text", "subject", "predicate", "value", "words"),
    [
        # Reported: a link that words after its names end, or a credit they scope, was taken
        # as held; a note quoting the words lets it stand.
        ("Winston owned the Continental until the deconsecration.", "org/continental-hotel",
         "owned_by", "character/winston-scott", "until the deconsecration"),
        ("The Continental is run by Winston until the deconsecration.",
         "org/continental-hotel", "director_manager", "character/winston-scott",
         "until the deconsecration"),
        ("Keanu Reeves stars in Ballerina, as far as the trailer goes.", "film/ballerina-2024",
         "cast_member", "person/keanu-reeves", "as far as the trailer goes"),
        ("Keanu Reeves stars in Ballerina, as far as the poster is concerned.",
         "film/ballerina-2024", "cast_member", "person/keanu-reeves",
         "as far as the poster is concerned"),
        ("Keanu Reeves stars in Ballerina, as the credits have it.", "film/ballerina-2024",
         "cast_member", "person/keanu-reeves", "as the credits have it"),
        ("Keanu Reeves stars in Ballerina, by the credits.", "film/ballerina-2024",
         "cast_member", "person/keanu-reeves", "by the credits"),
        ("Keanu Reeves stars in Ballerina, in the credits.", "film/ballerina-2024",
         "cast_member", "person/keanu-reeves", "in the credits"),
        # The credit alone, and words after it that end nothing, stand.
        ("Keanu Reeves starred in Ballerina.", "film/ballerina-2024", "cast_member",
         "person/keanu-reeves", None),
        ("Keanu Reeves stars in Ballerina as John Wick.", "film/ballerina-2024",
         "cast_member", "person/keanu-reeves", None),
    ],
)  # fmt: skip
def test_a_credit_or_link_ended_or_scoped_after_its_names_needs_its_words(
    text: str, subject: str, predicate: str, value: str, words: str | None
) -> None:
    quote = text.split(",", maxsplit=1)[0].rstrip(".").split(" until ")[0]
    claim = attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        subject=subject,
        predicate=Predicate(predicate),
        value=EntityRef(id=value),
        evidence=Evidence.locate(quote, quote),
        qualifiers=Qualifiers(),
        note=None,
    )
    claim, catalog = _read_in(claim, text)
    found = _rules.former_credit_or_location_superseded_or_noted(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert repr(words) in breach.message
    noted = attrs.evolve(claim, note=f"'{words}': the source says so.")
    assert [] == _rules.former_credit_or_location_superseded_or_noted(noted, catalog)


@each(
    "text",
    [
        "Ballerina was greenlit in 2024.",
        "Ballerina was greenlit in 2024 and starts filming in May.",
        "Ballerina, long on hold, was greenlit in 2024.",
    ],
)
def test_a_production_status_its_sentence_does_not_undo_stands(text: str) -> None:
    claim = _superseded_claim(text.rstrip("."), "production_status", "greenlit", None)
    claim, catalog = _read_in(claim, text)
    assert [] == _rules.production_status_not_undone_or_superseded(claim, catalog)
    superseded = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert _rules.status_backed_by_its_words(superseded, catalog)


@each(
    ("text", "status", "refused"),
    [
        # Reported: a stage dated after the source's publication was taken with no
        # forecast status.
        ("Ballerina begins filming in 2027.", None, True),
        ("Ballerina begins filming in 2027.", Status.SCHEDULED, False),
        ("Ballerina began filming in 2023.", None, False),
    ],
)
def test_a_production_status_dated_ahead_is_a_forecast(
    text: str, status: Status | None, refused: bool
) -> None:
    quote = text.rstrip(".")
    value = quote.split(" in ")[0].removeprefix("Ballerina ")
    claim, catalog = _read_in(_superseded_claim(quote, "production_status", value, status), text)
    found = _rules.production_status_ahead_a_forecast(claim, catalog)
    assert bool(found) is refused
    if refused:
        assert "'scheduled' or 'expected'" in found[0].message


def _superseded_claim(quote: str, predicate: str, value: str, status: Status | None) -> Claim:
    """A claim of ``predicate`` quoting ``quote``: ``value`` a person's or organization's
    id, "AMOUNT USD" or a place's name."""
    written: EntityRef | Quantity | Text
    if value.startswith(("person/", "org/")):
        written = EntityRef(id=value)
    elif value.endswith(" USD"):
        written = Quantity(amount=Decimal(value.split(maxsplit=1)[0]), unit="USD")
    else:
        written = Text(text=value)
    return attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        predicate=Predicate(predicate),
        value=written,
        evidence=Evidence.locate(quote, quote),
        qualifiers=Qualifiers(status=status),
        note=None,
    )


def test_every_value_its_sentence_corrects_has_a_status_or_note() -> None:
    rule = _rules.value_not_corrected
    assert {} == _breaches({c.id: rule(c, CATALOG) for c in CATALOG.claims})
    notice = _rules.value_not_in_a_correction_notice
    assert {} == _breaches({c.id: notice(c, CATALOG) for c in CATALOG.claims})


def test_every_filming_location_is_no_place_depicted() -> None:
    rule = _rules.filming_location_not_the_place_depicted
    assert {} == _breaches({c.id: rule(c, CATALOG) for c in CATALOG.claims})


def _corrected_claim(quote: str, predicate: str, value: str) -> Claim:
    """A claim of ``predicate`` quoting ``quote``: ``value`` a date, "AMOUNT UNIT", a
    person's id or a place's name."""
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return attrs.evolve(
            _superseded_claim(quote, predicate, "Prague", None),
            value=DateValue(date=PartialDate.parse(value)),
        )
    amount, _, unit = value.partition(" ")
    if unit == "minute":
        return attrs.evolve(
            _superseded_claim(quote, predicate, "Prague", None),
            value=Quantity(amount=Decimal(amount), unit=unit),
        )
    return _superseded_claim(quote, predicate, value, None)


_CORRECTED_BUDGET = "Some outlets reported Ballerina's budget as $90 million, but it was actually"


@each(
    ("text", "quote", "predicate", "value", "corrected"),
    [
        # Reported: another figure held against the value after a contrast was not read.
        (
            "Ballerina's budget was $90 million, though the studio insists it was closer to"
            " $60 million.",
            "Ballerina's budget was $90 million",
            "cost",
            "90000000 USD",
            True,
        ),
        (
            _CORRECTED_BUDGET + " $100 million.",
            "Ballerina's budget as $90 million",
            "cost",
            "90000000 USD",
            True,
        ),
        (
            _CORRECTED_BUDGET + " $100 million.",
            "Ballerina's budget as $90 million, but it was actually $100 million",
            "cost",
            "90000000 USD",
            True,
        ),
        (
            _CORRECTED_BUDGET + " $100 million.",
            "it was actually $100 million",
            "cost",
            "100000000 USD",
            False,
        ),
        (
            "Ballerina's budget is often cited as $90 million, though the true figure is"
            " $100 million.",
            "Ballerina's budget is often cited as $90 million",
            "cost",
            "90000000 USD",
            True,
        ),
        (
            "Contrary to reports of $90 million, Ballerina cost $100 million.",
            "reports of $90 million",
            "cost",
            "90000000 USD",
            True,
        ),
        (
            "Contrary to reports of $90 million, Ballerina cost $100 million.",
            "Ballerina cost $100 million",
            "cost",
            "100000000 USD",
            False,
        ),
        (
            "Many sites list Ballerina's release date as June 7, 2024, but it actually opened"
            " on June 6, 2025.",
            "Ballerina's release date as June 7, 2024",
            "release_date",
            "2024-06-07",
            True,
        ),
        (
            "Many sites list Ballerina's release date as June 7, 2024, but it actually opened"
            " on June 6, 2025.",
            "it actually opened on June 6, 2025",
            "release_date",
            "2025-06-06",
            False,
        ),
        (
            "Many sites list Len Wiseman as Ballerina's director, but the film was actually"
            " directed by Chad Stahelski.",
            "Len Wiseman as Ballerina's director",
            "director",
            "person/len-wiseman",
            True,
        ),
        (
            "Ballerina was filmed in Prague, when in fact it was shot in Budapest.",
            "Ballerina was filmed in Prague",
            "filming_location",
            "Prague",
            True,
        ),
        (
            "Ballerina was filmed in Prague, when in fact it was shot in Budapest.",
            "it was shot in Budapest",
            "filming_location",
            "Budapest",
            False,
        ),
        (
            "Ballerina was filmed in Budapest, but the story is actually set in Prague.",
            "Ballerina was filmed in Budapest, but the story is actually set in Prague",
            "narrative_location",
            "Prague",
            False,
        ),
    ],
)
def test_a_value_its_sentence_corrects_needs_a_status_or_note(
    text: str, quote: str, predicate: str, value: str, corrected: bool
) -> None:
    claim, catalog = _read_in(_corrected_claim(quote, predicate, value), text)
    assert bool(_rules.value_not_corrected(claim, catalog)) is corrected
    reported = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.REPORTED))
    assert [] == _rules.value_not_corrected(reported, catalog)


_UPDATE = "Update: Ballerina's budget is $90 million; an earlier version said $100 million."
_WROTE_EARLIER = "We wrote earlier that Chad Stahelski directed Ballerina; he produced it."


@each(
    ("text", "quote", "predicate", "value", "words"),
    [
        # Reported: a correction notice's error verified as the value.
        (_UPDATE, "an earlier version said $100 million", "cost", "100000000 USD", "an earlier"),
        (
            "Ballerina's budget was first reported as $100 million.",
            "Ballerina's budget was first reported as $100 million",
            "cost",
            "100000000 USD",
            "was first reported as",
        ),
        (
            _WROTE_EARLIER,
            "Chad Stahelski directed Ballerina",
            "director",
            "person/chad-stahelski",
            "We wrote earlier that",
        ),
        (
            "Ballerina's budget was previously stated as $100 million.",
            "$100 million",
            "cost",
            "100000000 USD",
            "was previously stated as",
        ),
        (
            "Ballerina's $100 million budget has been corrected.",
            "Ballerina's $100 million budget",
            "cost",
            "100000000 USD",
            "has been corrected",
        ),
        (
            "We misreported that Len Wiseman directed Ballerina.",
            "Len Wiseman directed Ballerina",
            "director",
            "person/len-wiseman",
            "We misreported",
        ),
        # Reported: the notice's other wordings, its stock phrases anywhere in the sentence.
        *(
            (
                text,
                "Chad Stahelski directed Ballerina",
                "director",
                "person/chad-stahelski",
                words,
            )
            for text, words in (
                (
                    "Editor's note: we previously reported that Chad Stahelski directed Ballerina.",
                    "we previously reported",
                ),
                (
                    "This story previously said Chad Stahelski directed Ballerina.",
                    "This story previously said",
                ),
                (
                    "Due to an editing error, this story said Chad Stahelski directed Ballerina.",
                    "an editing error",
                ),
                (
                    "Our review said Chad Stahelski directed Ballerina; we regret the error.",
                    "regret the error",
                ),
                (
                    "Chad Stahelski directed Ballerina, a claim since retracted.",
                    "a claim since retracted",
                ),
            )
        ),
        # The value corrected to, and a value told again, are stated.
        (_UPDATE, "Ballerina's budget is $90 million", "cost", "90000000 USD", None),
        (
            "Chad Stahelski said earlier that Len Wiseman directed Ballerina.",
            "Len Wiseman directed Ballerina",
            "director",
            "person/len-wiseman",
            None,
        ),
        (_WROTE_EARLIER, "he produced it", "producer", "person/chad-stahelski", None),
        (
            "Ballerina cost $100 million, as previously stated.",
            "Ballerina cost $100 million",
            "cost",
            "100000000 USD",
            None,
        ),
    ],
)
def test_a_value_a_correction_notice_tells_as_an_error_is_superseded_or_noted(
    text: str, quote: str, predicate: str, value: str, words: str | None
) -> None:
    claim, catalog = _read_in(_corrected_claim(quote, predicate, value), text)
    found = _rules.value_not_in_a_correction_notice(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert words in breach.message
    assert "'superseded'" in breach.message
    superseded = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert [] == _rules.value_not_in_a_correction_notice(superseded, catalog)
    assert [] == _rules.status_backed_by_its_words(superseded, catalog)


@each(
    ("text", "value", "depicted"),
    [
        ("Ballerina filmed in Budapest, which doubled for Prague.", "Prague", True),
        ("Ballerina filmed in Budapest, which doubled for Prague.", "Budapest", False),
        ("Ballerina filmed in Budapest, standing in for Prague.", "Prague", True),
        ("Budapest stood in for Prague in Ballerina.", "Prague", True),
        ("Budapest stood in for Prague in Ballerina.", "Budapest", False),
        ("Prague doubled for New York in Ballerina.", "Prague", False),
        # Reported: the place another plays, and a set in its style, were filming locations.
        ("Ballerina was filmed in Prague, which plays Budapest.", "Budapest", True),
        ("Ballerina was filmed in Prague, which plays Budapest.", "Prague", False),
        ("Ballerina was filmed in a Budapest-style set in Prague.", "Budapest", True),
        # Reported: the place scenes show, and the place sets recreate, were filming
        # locations.
        ("Ballerina's Prague scenes were shot in Budapest.", "Prague", True),
        ("Ballerina was shot on sets recreating Prague.", "Prague", True),
        ("Ballerina was shot on sets in Budapest.", "Budapest", False),
    ],
)
def test_the_place_another_stood_in_for_is_no_filming_location(
    text: str, value: str, depicted: bool
) -> None:
    quote = text.rstrip(".")
    claim, catalog = _read_in(_superseded_claim(quote, "filming_location", value, None), text)
    assert bool(_rules.filming_location_not_the_place_depicted(claim, catalog)) is depicted
    assert bool(_rules.quote_breaches(claim, catalog)) is depicted


def test_the_one_who_took_over_and_a_plain_credit_stand() -> None:
    text = "Ballerina was originally directed by Len Wiseman before Chad Stahelski took over."
    claim, catalog = _read_in(
        _superseded_claim("Chad Stahelski took over", "director", "person/chad-stahelski", None),
        text,
    )
    assert [] == _rules.former_credit_or_location_superseded_or_noted(claim, catalog)
    text = "Ballerina stars Ana de Armas."
    claim, catalog = _read_in(
        _superseded_claim(
            "Ballerina stars Ana de Armas", "cast_member", "person/ana-de-armas", None
        ),
        text,
    )
    assert [] == _rules.former_credit_or_location_superseded_or_noted(claim, catalog)


@each(
    ("text", "quote", "date", "word", "where"),
    [
        # Reported: a date its sentence says was replaced or missed was a date it states.
        (
            "Ballerina was scheduled for June 7, 2024, before Lionsgate pushed it to 2025.",
            "Ballerina was scheduled for June 7, 2024, before Lionsgate pushed it to 2025",
            "2024-06-07",
            "pushed",
            "after",
        ),
        (
            "Ballerina was set for June 7, 2024 until Lionsgate delayed it.",
            "Ballerina was set for June 7, 2024",
            "2024-06-07",
            "delayed",
            "after",
        ),
        (
            "Ballerina had a June 7, 2024 date, but Lionsgate postponed it.",
            "Ballerina had a June 7, 2024 date",
            "2024-06-07",
            "postponed",
            "after",
        ),
        (
            "Ballerina missed its June 7, 2024 release date.",
            "Ballerina missed its June 7, 2024 release date",
            "2024-06-07",
            "missed",
            "before",
        ),
        (
            "Ballerina skipped its June 2024 slot.",
            "June 2024",
            "2024-06",
            "skipped",
            "before",
        ),
        (
            "Ballerina lost its June 7, 2024 date.",
            "Ballerina lost its June 7, 2024 date",
            "2024-06-07",
            "lost",
            "before",
        ),
        # Reported: a date cancelled, scrapped or abandoned after it, or missed after it.
        (
            "Ballerina opens on June 7, 2024, which was cancelled.",
            "Ballerina opens on June 7, 2024",
            "2024-06-07",
            "cancelled",
            "after",
        ),
        # A delay the date ended is none of it, but one after it is.
        (
            "Ballerina opens on June 7, 2024, after which it was delayed.",
            "Ballerina opens on June 7, 2024",
            "2024-06-07",
            "delayed",
            "after",
        ),
        (
            "Ballerina opens on June 7, 2024, a date later cancelled.",
            "Ballerina opens on June 7, 2024",
            "2024-06-07",
            "cancelled",
            "after",
        ),
        (
            "Ballerina opens on June 7, 2024, a plan Lionsgate scrapped.",
            "Ballerina opens on June 7, 2024",
            "2024-06-07",
            "scrapped",
            "after",
        ),
        (
            "Ballerina opens on June 7, 2024, a plan Lionsgate abandoned.",
            "Ballerina opens on June 7, 2024",
            "2024-06-07",
            "abandoned",
            "after",
        ),
        (
            "Ballerina opens on June 7, 2024, a date it missed.",
            "Ballerina opens on June 7, 2024",
            "2024-06-07",
            "missed",
            "after",
        ),
    ],
)
def test_a_date_its_sentence_replaces_or_misses_needs_a_note_quoting_the_word(
    text: str, quote: str, date: str, word: str, where: str
) -> None:
    claim = _quoted_from(_date_claim(quote, date), text)
    (breach,) = _rules.date_not_replaced_or_noted(claim, CATALOG)
    assert ("date bound", "value.date") == (breach.rule, breach.field)
    assert breach.message.startswith(f"the quote's sentence writes {word!r} {where} {date}")
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = _quoted_from(claim, text, note=f"'{word}' is the text's; the date is kept as given.")
    assert [] == _rules.date_not_replaced_or_noted(noted, CATALOG)


def test_every_figure_its_quote_does_not_write_is_noted() -> None:
    found = {c.id: _rules.quantity_written_by_its_quote_or_noted(c) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Not vacuous: the data has amounts of money and durations, none of them noted.
    figures = [c for c in CATALOG.claims if isinstance(c.value, Quantity)]
    assert {"USD", "minute"} <= {c.value.unit for c in figures if isinstance(c.value, Quantity)}


def test_every_medium_is_written_by_its_quote_or_noted() -> None:
    found = {c.id: _rules.medium_written_by_its_quote_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Not vacuous: the data gives theatrical and streaming releases, some written only in
    # a note ("exclusively in theaters" of the sentence after 001-023's quote).
    media = [c for c in CATALOG.claims if c.qualifiers.medium is not None]
    assert {Medium.THEATRICAL, Medium.STREAMING} <= {c.qualifiers.medium for c in media}
    assert any(
        _rules.medium_written_by_its_quote_or_noted(attrs.evolve(c, note=None), CATALOG)
        for c in media
    )


def test_every_release_date_gives_the_scope_its_clause_names_or_notes_it() -> None:
    found = {c.id: _rules.release_scope_given_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Not vacuous: shipped release dates name theaters, Netflix and the UK, each qualified.
    without = [
        _rules.release_scope_given_or_noted(
            attrs.evolve(c, qualifiers=Qualifiers(status=c.qualifiers.status)), CATALOG
        )
        for c in CATALOG.claims
        if c.qualifiers.medium is not None or c.qualifiers.region is not None
    ]
    assert sum(1 for breaches in without if breaches) >= 3


@each(
    ("quote", "kind", "word"),
    [
        # Reported: one territory's or format's release date was taken for every scope.
        ("Ballerina was released in Japan on August 22, 2024", "region", "Japan"),
        ("The Japanese release of Ballerina was on August 22, 2024", "region", "Japanese"),
        ("Japan got Ballerina's release on August 22, 2024", "region", "Japan"),
        ("Ballerina opens in the US on August 22, 2024", "region", "US"),
        ("Ballerina was released on Blu-ray on August 22, 2024", "medium", "Blu-ray"),
        ("Ballerina's DVD release was August 22, 2024", "medium", "DVD"),
        ("Ballerina hits digital on August 22, 2024", "medium", "digital"),
        ("Ballerina was released digitally on August 22, 2024", "medium", "digitally"),
        ("Ballerina arrives on home video on August 22, 2024", "medium", "home video"),
        ("Ballerina opens in theaters on August 22, 2024", "medium", "theaters"),
        ("Ballerina starts streaming on August 22, 2024", "medium", "streaming"),
        # Reported: a city's premiere or opening was taken for the release everywhere.
        ("Ballerina premiered in Los Angeles on August 22, 2024", "region", "Los Angeles"),
        ("Ballerina opens in Tokyo on August 22, 2024", "region", "Tokyo"),
        # Reported: a territory that is no country's name left the date worldwide.
        ("Ballerina was released internationally on August 22, 2024", "region", "internationally"),
        ("Ballerina was released overseas on August 22, 2024", "region", "overseas"),
        ("Ballerina was released domestically on August 22, 2024", "region", "domestically"),
        ("Ballerina was released stateside on August 22, 2024", "region", "stateside"),
        ("Ballerina was released in the States on August 22, 2024", "region", "the States"),
        ("Ballerina was released abroad on August 22, 2024", "region", "abroad"),
        ("Ballerina was released in Asia on August 22, 2024", "region", "Asia"),
        ("Ballerina was released across Europe on August 22, 2024", "region", "Europe"),
        ("Ballerina was released Down Under on August 22, 2024", "region", "Down Under"),
        ("Ballerina was released in select cities on August 22, 2024", "region", "select cities"),
        # Reported: most countries of the world were read as no region.
        ("Ballerina will be released in Nigeria on August 22, 2024", "region", "Nigeria"),
        ("Ballerina opens in Scotland on August 22, 2024", "region", "Scotland"),
        ("The Norwegian release of Ballerina was on August 22, 2024", "region", "Norwegian"),
        ("Ballerina was released in the UAE on August 22, 2024", "region", "UAE"),
    ],
)
def test_a_release_date_whose_clause_names_its_scope_needs_its_qualifier_or_a_note(
    quote: str, kind: str, word: str
) -> None:
    claim = _date_claim(quote, "2024-08-22")
    (breach,) = _rules.release_scope_given_or_noted(claim, CATALOG)
    assert (f"{kind} note", f"qualifiers.{kind}") == (breach.rule, breach.field)
    assert breach.message.startswith(f"the date's clause names the {kind} {word!r}: give")
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note=f"'{word}': that release's date, read as the film's.")
    assert [] == _rules.release_scope_given_or_noted(noted, CATALOG)


@each(
    ("quote", "predicate", "kind", "word"),
    [
        # Reported: a running time's or a distributor's region or medium was left out.
        ("Ballerina runs 130 minutes in the UK", Predicate.DURATION, "region", "UK"),
        ("Ballerina runs 120 minutes on Peacock", Predicate.DURATION, "medium", "Peacock"),
        ("Netflix distributes Ballerina in South Korea", Predicate.DISTRIBUTOR, "region",
         "South Korea"),
        ("Ballerina is distributed by Netflix in Japan", Predicate.DISTRIBUTOR, "region",
         "Japan"),
        ("Ballerina streams on Netflix outside the US", Predicate.DISTRIBUTOR, "region", "US"),
        ("Lionsgate distributes Ballerina except in China", Predicate.DISTRIBUTOR, "region",
         "China"),
        ("Netflix distributes Ballerina in Portugal", Predicate.DISTRIBUTOR, "region",
         "Portugal"),
        ("Ballerina runs 125 minutes", Predicate.DURATION, "region", None),
        ("Lionsgate distributes Ballerina", Predicate.DISTRIBUTOR, "region", None),
    ],
)  # fmt: skip
def test_a_running_time_or_distributor_whose_clause_names_its_scope_needs_its_qualifier(
    quote: str, predicate: Predicate, kind: str, word: str | None
) -> None:
    if predicate is Predicate.DURATION:
        amount = quote.split(" minutes", 1)[0].rsplit(maxsplit=1)[-1]
        claim = attrs.evolve(_figure_claim(quote, amount, "minute"), predicate=predicate)
    else:
        claim = attrs.evolve(
            _date_claim(quote, "2024-08-22"),
            predicate=predicate,
            value=EntityRef(id="org/netflix" if "Netflix" in quote else "org/lionsgate"),
            qualifiers=Qualifiers(),
        )
    found = _rules.release_scope_given_or_noted(claim, CATALOG)
    if word is None:
        assert [] == found
        return
    (breach,) = found
    assert (f"{kind} note", f"qualifiers.{kind}") == (breach.rule, breach.field)
    assert repr(word) in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)


@each(
    ("quote", "word"),
    [
        # Reported: a sum spent in one place was taken for the work's whole budget.
        ("Ballerina spent $40 million in Hungary", "Hungary"),
        ("Ballerina spent $40 million in Prague", "Prague"),
        ("Ballerina spent $40 million outside Hungary", "Hungary"),
        ("Ballerina spent $40 million abroad", "abroad"),
        ("Ballerina spent $40 million on its Hungarian shoot", "Hungarian"),
        ("Ballerina cost $40 million", None),
    ],
)
def test_a_cost_whose_clause_names_a_place_needs_a_note(quote: str, word: str | None) -> None:
    claim = attrs.evolve(_figure_claim(quote, "40000000", "USD"), predicate=Predicate.COST)
    found = _rules.release_scope_given_or_noted(claim, CATALOG)
    if word is None:
        assert [] == found
        return
    (breach,) = found
    assert ("region note", "value.amount") == (breach.rule, breach.field)
    assert breach.message.startswith(f"the figure's clause names the place {word!r}: ")
    noted = attrs.evolve(claim, note=f"'{word}': all of the shoot was there, its whole budget.")
    assert [] == _rules.release_scope_given_or_noted(noted, CATALOG)


@each(
    ("quote", "word"),
    [
        # Reported: one screen format's or one kind of release's date was the film's.
        ("Ballerina will be released in IMAX on August 22, 2024", "IMAX"),
        ("Ballerina will be released in 3D on August 22, 2024", "3D"),
        ("Ballerina will be released in 4DX on August 22, 2024", "4DX"),
        ("Ballerina will be released in 70mm on August 22, 2024", "70mm"),
        ("Ballerina opens in premium large formats on August 22, 2024", "premium large formats"),
        ("Ballerina will get a limited release on August 22, 2024", "limited release"),
        ("Ballerina will be released wide on August 22, 2024", "wide"),
        ("Ballerina will be available to rent on August 22, 2024", "to rent"),
        ("Ballerina will be available to buy on August 22, 2024", "to buy"),
        ("Ballerina will be released on airlines on August 22, 2024", "airlines"),
    ],
)
def test_a_release_date_in_one_format_or_kind_of_release_needs_a_note(
    quote: str, word: str
) -> None:
    claim = _date_claim(quote, "2024-08-22")
    (breach,) = _rules.release_scope_given_or_noted(claim, CATALOG)
    assert ("format note", "value") == (breach.rule, breach.field)
    assert breach.message.startswith(
        f"the date's clause names the format or kind of release {word!r}"
    )
    noted = attrs.evolve(claim, note=f"'{word}': that release's date, read as the film's.")
    assert [] == _rules.release_scope_given_or_noted(noted, CATALOG)


@each(
    ("text", "kind", "word"),
    [
        # Reported: the rest of the date's clause after the quote was not read.
        ("Ballerina was released June 6, 2025 in the US.", "region", "US"),
        ("Ballerina was released June 6, 2025 on Peacock.", "medium", "Peacock"),
        ("Ballerina was released June 6, 2025 on Blu-ray.", "medium", "Blu-ray"),
        # Reported: a region before the quote, in its sentence, was not read.
        ("In Australia, Ballerina was released June 6, 2025.", "region", "Australia"),
        ("In Mexico, Ballerina was released June 6, 2025.", "region", "Mexico"),
        ("Overseas, Ballerina was released June 6, 2025.", "region", "Overseas"),
        ("On Peacock, Ballerina was released June 6, 2025.", "medium", "Peacock"),
        # Another clause after it scopes nothing of the date.
        ("Ballerina was released June 6, 2025, and in the US it did well.", None, None),
        # Nor another clause before it, nor another film's country.
        ("It opened in Japan in May; Ballerina was released June 6, 2025.", None, None),
        ("Unlike the Korean film, Ballerina was released June 6, 2025.", None, None),
        ("Ballerina was released June 6, 2025 to good reviews.", None, None),
    ],
)
def test_a_release_dates_clause_is_read_after_its_quote(
    text: str, kind: str | None, word: str | None
) -> None:
    quote = "Ballerina was released June 6, 2025"
    claim = attrs.evolve(_date_claim(quote, "2025-06-06"), evidence=Evidence.locate(text, quote))
    found = _rules.release_scope_given_or_noted(claim, CATALOG)
    if kind is None:
        assert [] == found
        return
    (breach,) = found
    assert breach.message.startswith(f"the date's clause names the {kind} {word!r}: ")
    assert "give the claim's" in breach.message


@each(
    ("quote", "kind", "word"),
    [
        # Reported: one format's or one territory's takings were taken for the total.
        ("Ballerina made $25 million from IMAX screens", "format", "IMAX"),
        ("Ballerina made $25 million in 3D", "format", "3D"),
        ("Ballerina made $25 million overseas", "region", "overseas"),
        ("Ballerina made $25 million domestically", "region", "domestically"),
        ("Ballerina made $25 million in Japan", "region", "Japan"),
        ("Ballerina made $25 million in Japan and $30 million worldwide", "region", "Japan"),
        # Reported: a territory of two words was named by its last word alone.
        ("Ballerina made $25 million in North America", "region", "North America"),
        ("Ballerina made $25 million from North American theaters", "region", "North American"),
        # Reported: a territory that is no country's name was read as worldwide takings.
        ("Ballerina made $25 million in the States", "region", "the States"),
        ("Ballerina made $25 million Down Under", "region", "Down Under"),
        ("Ballerina made $25 million in LatAm", "region", "LatAm"),
        ("Ballerina made $25 million offshore", "region", "offshore"),
        ("Ballerina made $25 million in select markets", "region", "select markets"),
        # Reported: the rest of the world named without a region's word was the total.
        ("Ballerina made $25 million in other territories", "region", "other territories"),
        ("Ballerina made $25 million in the rest of the world", "region", "rest of the world"),
        ("Ballerina made $25 million in the rest of the globe", "region", "rest of the globe"),
        ("Ballerina made $25 million in all other markets", "region", "other markets"),
        ("Ballerina made $25 million from 52 territories", "region", "territories"),
        ("Ballerina made $25 million in 52 markets", "region", "markets"),
        ("Ballerina made $25 million in 40 countries", "region", "countries"),
        ("Ballerina made $25 million elsewhere", "region", "elsewhere"),
        ("Ballerina made $25 million everywhere else", "region", "everywhere else"),
        # Reported: most countries of the world were read as no region.
        ("Ballerina made $25 million in Norway", "region", "Norway"),
        ("Ballerina made $25 million in Chile", "region", "Chile"),
        ("Ballerina made $25 million in Malaysia", "region", "Malaysia"),
        ("Ballerina made $25 million in Wales", "region", "Wales"),
        ("Ballerina made $25 million in Northern Ireland", "region", "Northern Ireland"),
        ("Ballerina made $25 million in Czechia", "region", "Czechia"),
        ("Ballerina made $25 million from Swiss theaters", "region", "Swiss"),
        ("Ballerina made $25 million in the EU", "region", "the EU"),
        ("Ballerina made $25 million across the pond", "region", "across the pond"),
        ("Ballerina made $25 million north of the border", "region", "north of the border"),
    ],
)
def test_takings_whose_clause_names_a_territory_or_format_need_a_region_or_note(
    quote: str, kind: str, word: str
) -> None:
    claim = _figure_claim(quote, "25000000", "USD")
    (breach,) = _rules.release_scope_given_or_noted(claim, CATALOG)
    assert f"{kind} note" == breach.rule
    assert f"names the {kind} {word!r}" in breach.message
    noted = attrs.evolve(claim, note=f"'{word}': the takings read as the film's.")
    assert [] == _rules.release_scope_given_or_noted(noted, CATALOG)


@each(
    ("text", "said"),
    [
        # Reported: a territory before the figure, in its sentence, was not read.
        ("In South Korea, Ballerina made $3 million.", "names the region 'South Korea'"),
        ("In Japan, where it hit May 4, Ballerina made $3 million.", "names the region 'Japan'"),
        ("Internationally, Ballerina made $3 million.", "names the region 'Internationally'"),
        ("Overseas, Ballerina made $3 million.", "names the region 'Overseas'"),
        ("Domestically, Ballerina made $3 million.", "names the region 'Domestically'"),
        ("Stateside, Ballerina made $3 million.", "names the region 'Stateside'"),
        ("At the North American box office, Ballerina made $3 million.", "'North American'"),
        # Reported: the takings outside a region were read as the total.
        (
            "Ballerina made $3 million outside North America.",
            "leaves out the region 'North America' ('outside North America')",
        ),
        ("Ballerina made $3 million everywhere but China.", "leaves out the region 'China'"),
        # Another figure's territory, another clause's, or a negated one scopes nothing.
        ("In Japan, it made $5 million, and Ballerina made $3 million.", None),
        ("It opened in Japan; Ballerina made $3 million.", None),
        ("Ballerina made $3 million, not in China.", None),
        ("Ballerina made $3 million worldwide.", None),
        # A catalog's name that holds a country's is that name: "Chad" of "Chad Stahelski".
        ("Chad Stahelski said Ballerina made $3 million.", None),
    ],
)
def test_takings_whose_sentence_scopes_them_before_or_after_need_a_region_or_note(
    text: str, said: str | None
) -> None:
    quote = "Ballerina made $3 million"
    claim = _quoted_from(_figure_claim(quote, "3000000", "USD"), text)
    found = _rules.release_scope_given_or_noted(claim, CATALOG)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert ("region note", "qualifiers.region") == (breach.rule, breach.field)
    assert said in breach.message
    word = re.findall(r"'([^']+)'", said)[0]
    noted = attrs.evolve(claim, note=f"'{word}': those takings, read as the film's.")
    assert [] == _rules.release_scope_given_or_noted(noted, CATALOG)


@each(
    ("text", "quote", "said"),
    [
        # Reported: another figure's region just after it was read as the next figure's.
        ("Ballerina took $27 million overseas and $51.5 million worldwide.",
         "$51.5 million worldwide", None),
        ("Ballerina took $27 million in Japan, plus $51.5 million worldwide.",
         "$51.5 million worldwide", None),
        # A region before the figure, after the other figure's clause, is this one's.
        ("Ballerina took $27 million, and overseas $51.5 million.", "$51.5 million",
         "names the region 'overseas'"),
    ],
)  # fmt: skip
def test_a_region_just_after_another_figure_is_that_figures(
    text: str, quote: str, said: str | None
) -> None:
    claim = _quoted_from(_figure_claim(quote, "51500000", "USD"), text)
    found = _rules.release_scope_given_or_noted(claim, CATALOG)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert said in breach.message


@each(
    ("text", "region"),
    [
        # A region before the value is quoted from, and given.
        ("In South Korea, Ballerina made $3 million.", "South Korea"),
        ("Overseas, Ballerina made $3 million.", "Overseas"),
    ],
)
def test_takings_quoted_from_the_region_before_them_and_giving_it_are_accepted(
    text: str, region: str
) -> None:
    claim = _quoted_from(_figure_claim("Ballerina made $3 million", "3000000", "USD"), text)
    (breach,) = _rules.release_scope_given_or_noted(claim, CATALOG)
    assert f"quote from {region!r} on and give the claim's region qualifier" in breach.message
    quote = text[text.index(region) :].rstrip(".")
    given = attrs.evolve(
        _quoted_from(_figure_claim(quote, "3000000", "USD"), text),
        qualifiers=Qualifiers(region=region),
    )
    assert [] == _rules.release_scope_given_or_noted(given, CATALOG)
    assert [] == _rules.region_written_by_its_quote_or_noted(given, CATALOG)


@each(
    ("quote", "amount", "region"),
    [
        ("Ballerina made $25 million worldwide", "25000000", None),
        ("Ballerina made $25 million in Japan and $30 million worldwide", "30000000", None),
        ("Ballerina made $25 million in Japan", "25000000", "Japan"),
        # Reported: the adverb the clause rule reads as a territory wrote no region.
        ("Ballerina made $25 million domestically", "25000000", "domestic"),
        ("Ballerina made $25 million internationally", "25000000", "international"),
        ("Ballerina made $25 million stateside", "25000000", "US"),
        ("Ballerina made $25 million in other territories", "25000000", "other territories"),
        ("Ballerina made $25 million in Norway", "25000000", "Norway"),
        ("Ballerina made $25 million from Norwegian theaters", "25000000", "Norway"),
    ],
)
def test_takings_of_the_whole_run_or_giving_their_region_are_accepted(
    quote: str, amount: str, region: str | None
) -> None:
    claim = attrs.evolve(_figure_claim(quote, amount, "USD"), qualifiers=Qualifiers(region=region))
    assert [] == _rules.release_scope_given_or_noted(claim, CATALOG)
    assert [] == _rules.region_written_by_its_quote_or_noted(claim, CATALOG)


@each(
    ("quote", "qualifiers"),
    [
        ("Ballerina was released in Japan on August 22, 2024", Qualifiers(region="Japan")),
        ("Ballerina opens in theaters on August 22, 2024", Qualifiers(medium=Medium.THEATRICAL)),
        ("Ballerina opens not in theaters but on August 22, 2024", Qualifiers()),
        ("Ballerina opens on August 22, 2024; Japan waits until 2025", Qualifiers()),
        ("Ballerina opens on August 22, 2024", Qualifiers()),
        ("Ballerina opens worldwide on August 22, 2024", Qualifiers()),
        ("Ballerina opens overseas on August 22, 2024", Qualifiers(region="overseas")),
        # A country's date giving that country as its region keeps the region rules.
        ("Ballerina opened in Norway on August 22, 2024", Qualifiers(region="Norway")),
        ("Ballerina opened in Scotland on August 22, 2024", Qualifiers(region="Scotland")),
    ],
)
def test_a_release_date_giving_or_naming_no_scope_is_accepted(
    quote: str, qualifiers: Qualifiers
) -> None:
    claim = attrs.evolve(_date_claim(quote, "2024-08-22"), qualifiers=qualifiers)
    assert [] == _rules.release_scope_given_or_noted(claim, CATALOG)
    assert [] == _rules.region_written_by_its_quote_or_noted(claim, CATALOG)


def _refused_unless_noted(
    rule: Callable[[Claim, Catalog], list[Breach]],
    claim: Claim,
    said: str | None,
    where: tuple[str, str],
    note: str,
) -> None:
    """With ``said``, the rule refuses the claim at ``where`` (its rule and field) with
    ``said`` in its message, as :func:`quote_breaches` does, and ``note`` lets it stand;
    with none, the claim stands as it is."""
    found = rule(claim, CATALOG)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert where == (breach.rule, breach.field)
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    assert [] == rule(attrs.evolve(claim, note=note), CATALOG)


def _figure_claim(quote: str, amount: str, unit: str, note: str | None = None) -> Claim:
    return attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        predicate=Predicate.BOX_OFFICE,
        value=Quantity(amount=Decimal(amount), unit=unit),
        evidence=Evidence.locate(quote, quote),
        note=note,
    )


@each(
    ("date", "status", "refused"),
    [
        # Reported: a total dated after its source's publication (2023-08-04) was accepted,
        # its note saying "as of" that day.
        ("2023-09-01", None, True),
        ("2023-08-05", Status.REPORTED, True),
        ("2024", None, True),
        # A forecast may be dated after; a total of the day or before is the source's.
        ("2023-09-01", Status.EXPECTED, False),
        ("2023-08-04", None, False),
        ("2023-08", None, False),
    ],
)
def test_a_figure_dated_after_its_publication_is_a_forecast(
    date: str, status: Status | None, refused: bool
) -> None:
    claim = _figure_claim("it made $25 million", "25000000", "USD", note="Total as of the day.")
    claim = attrs.evolve(claim, qualifiers=Qualifiers(date=PartialDate.parse(date), status=status))
    found = _rules.figure_dated_when_published(claim, CATALOG)
    assert refused == bool(found)
    if refused:
        (breach,) = found
        assert (breach.rule, breach.field) == ("date published", "qualifiers.date")
        assert f"dated {date}, after the source's publication (2023-08-04)" in breach.message


@each(
    ("quote", "amount", "unit"),
    [
        ("it made $25 million", "25000000", "USD"),
        ("it made 25m dollars", "25000000", "USD"),
        ("it made \u20ac25m", "25000000", "EUR"),
        ("it made $25.1 million", "25100000", "USD"),
        ("it made 25,000,000 USD", "25000000", "USD"),
        ("about $50 million", "50000000", "USD"),
        ("over $1.2bn worldwide", "1200000000", "USD"),
        ("\u00a38 million in the UK", "8000000", "GBP"),
        ("a run time of two hours", "2", "hour"),
        ("a run time of two hours", "120", "minute"),
        ("it runs 120 minutes", "120", "minute"),
        ("it runs 120 minutes", "2", "hour"),
        ("a 90 minute revenge flick", "90", "minute"),
        ("on 3,000 screens", "3000", "screen"),
        ("a million dollars", "1000000", "USD"),
        ("it made US$58 million", "58000000", "USD"),
        ("it made 58 million US dollars", "58000000", "USD"),
        ("A $58 million opening", "58000000", "USD"),
        ("it made A$58 million", "58000000", "AUD"),
        ("it made AU$58 million", "58000000", "AUD"),
        ("it made 58 million Australian dollars", "58000000", "AUD"),
        ("it made C$58 million", "58000000", "CAD"),
        ("it made CA$58 million", "58000000", "CAD"),
        ("it made HK$58 million", "58000000", "HKD"),
        ("it made NZ$58 million", "58000000", "NZD"),
        ("it made S$58 million", "58000000", "SGD"),
        ("it made $58-60 million", "60000000", "USD"),
        # Reported: "euro" was read as the start of "Europe" after the figure.
        ("it made $20 million in Europe", "20000000", "USD"),
        ("it made $20 million in European markets", "20000000", "USD"),
        ("it made $20 million across Europe", "20000000", "USD"),
        ("it made $20 million in Euro-pudding style", "20000000", "USD"),
        ("it made 20 million euros in Europe", "20000000", "EUR"),
        ("it runs 2 hours 5 minutes", "125", "minute"),
        # Reported: hours and minutes abbreviated were not read as one duration.
        ("it runs 2h 5m", "125", "minute"),
        ("it runs 2 hrs 5 m", "7500", "second"),
        # Reported: a number in several words was read as its last word ("twenty-five" as 5).
        ("it runs twenty-five minutes longer", "25", "minute"),
        ("it runs one hundred and twenty-five minutes", "125", "minute"),
        ("it runs a hundred and twenty minutes", "120", "minute"),
        ("it cost thirty-five million dollars", "35000000", "USD"),
        ("it cost twenty five million dollars to make", "25000000", "USD"),
        ("it runs two hours and twenty-five minutes", "145", "minute"),
        ("it cost two thousand five hundred million dollars", "2500000000", "USD"),
        # Reported: an abbreviation's full stop, and minutes in two digits after "h", ended
        # the duration.
        ("it runs 1 hr. 45 min", "105", "minute"),
        ("it runs 2h05", "125", "minute"),
        # Reported: hours and minutes with a colon between them needed a note.
        ("Running time 2:05", "125", "minute"),
        # Reported: digits grouped by spaces or full stops were read as several numbers.
        ("it cost $90 000 000", "90000000", "USD"),
        ("it cost $90\u00a0000\u00a0000", "90000000", "USD"),
        ("it cost $90.000.000", "90000000", "USD"),
        ("it runs two hours and five minutes", "125", "minute"),
        ("it runs 1 hour, 30 minutes and 10 seconds", "5410", "second"),
        # The currency is the one written with the amount, before or after it.
        ("it cost $90 million, or \u00a370 million", "90000000", "USD"),
        ("it cost $90 million, or \u00a370 million", "70000000", "GBP"),
        ("it cost US$ 90m", "90000000", "USD"),
        ("it cost USD 90 million", "90000000", "USD"),
        ("it cost 90m USD", "90000000", "USD"),
        ("a 90-million-dollar budget", "90000000", "USD"),
        ("$90 million here and 70 million euros abroad", "70000000", "EUR"),
        ("grossed $58 to $60 million", "60000000", "USD"),
        ("it made over A$58 million", "58000000", "AUD"),
        ("58 million euros in the UK, where tickets cost \u00a312", "58000000", "EUR"),
        ("USD 58 million in the UK, where tickets cost \u00a312", "58000000", "USD"),
        # Reported: a fraction after a whole number was dropped from the figure.
        ("it runs for an hour and a half", "90", "minute"),
        ("it runs for 2 hours and a half", "150", "minute"),
        ("it runs for 2 hours and a quarter", "135", "minute"),
        ("it runs for 2 1/2 hours", "150", "minute"),
        ("it runs two and a half hours", "2.5", "hour"),
        ("it runs 2 hours and three quarters", "165", "minute"),
        ("it cost $2 1/2 million", "2500000", "USD"),
        ("it cost a million and a half dollars", "1500000", "USD"),
        ("it runs 2 hours & 5 minutes", "125", "minute"),
        # Reported: scale words of finance, the trade press and Indian texts, and numbers
        # in words before a scale word, were not read.
        ("it cost $90MM", "90000000", "USD"),
        ("it cost $90 mil.", "90000000", "USD"),
        ("it cost $90 mln", "90000000", "USD"),
        ("it cost Rs 90 crore", "900000000", "INR"),
        ("it cost Rs 90 lakh", "9000000", "INR"),
        # Reported: scale words one after another were read as the first alone.
        ("it cost $90 thousand million", "90000000000", "USD"),
        ("it grossed half a billion dollars", "500000000", "USD"),
        ("it grossed a hundred million dollars", "100000000", "USD"),
        ("it runs half an hour", "30", "minute"),
        # Reported: a currency after a "$" figure is the figure's; more currencies' signs.
        ("it cost $90 million AUD", "90000000", "AUD"),
        ("it cost $90 million Canadian", "90000000", "CAD"),
        ("it cost $90 million (Canadian)", "90000000", "CAD"),
        ("it cost R$90 million", "90000000", "BRL"),
        ("it cost 90 million kronor", "90000000", "SEK"),
        ("it cost 90 million pesos", "90000000", "MXN"),
        ("it cost Rs 90 million", "90000000", "INR"),
        ("it was shot on 35mm film", "35", "mm"),
        # Reported: "grand", and a "G" on a "$" amount, were no thousand; an "odd" before a
        # scale word hid it.
        ("it cost $12 grand", "12000", "USD"),
        ("it cost $12G", "12000", "USD"),
        ("it cost $12-odd million", "12000000", "USD"),
        # Reported: "bucks" was no currency, and "a quarter of a billion" was read as a
        # billion.
        ("it grossed 100 million bucks", "100000000", "USD"),
        ("it grossed a quarter of a billion dollars", "250000000", "USD"),
        ("it grossed three quarters of a billion dollars", "750000000", "USD"),
        # Reported: a fraction in figures before a scale word was dropped, and the scale
        # word alone read as the amount.
        ("it grossed \u00bc of a billion dollars", "250000000", "USD"),
        ("it grossed \u00bd a billion dollars", "500000000", "USD"),
        ("it grossed \u00be of a billion dollars", "750000000", "USD"),
        ("it cost 1/4 of a billion dollars", "250000000", "USD"),
        ("it cost 1/2 a million dollars", "500000", "USD"),
    ],
)
def test_a_figure_its_quote_writes_needs_no_note(quote: str, amount: str, unit: str) -> None:
    assert [] == _rules.quantity_written_by_its_quote_or_noted(_figure_claim(quote, amount, unit))


_USD_SIGNS = "'$' or 'US$' or 'dollar' or 'buck' or 'USD'"
_AUD_SIGNS = "'A$' or 'AU$' or 'Australian dollar' or 'AUD'"


@each(
    ("quote", "amount", "unit", "field", "missing"),
    [
        ("it made $25 million", "250000000", "USD", "amount", "the amount 250,000,000"),
        ("it made $25 million", "25000000", "EUR", "unit", "the currency EUR ('\u20ac' or 'euro'"),
        ("it made 25m", "25000000", "USD", "unit", f"the currency USD ({_USD_SIGNS})"),
        ("it made 25 million", "25000000", "XXX", "unit", "the currency XXX ('XXX'):"),
        ("it made $25.1 million", "25000000", "USD", "amount", "the amount 25,000,000"),
        ("it made 25,000,000 dollars", "2500000", "USD", "amount", "the amount 2,500,000"),
        ("a run time of two hours", "100", "minute", "amount", "the duration 100 minute"),
        ("it runs 120 minutes", "120", "second", "amount", "the duration 120 second"),
        ("it runs 120 minutes", "120", "hour", "amount", "the duration 120 hour"),
        ("about $50 million", "5000000", "USD", "amount", "the amount 5,000,000"),
        ("on 3,000 screens", "3000", "theater", "unit", "the unit 'theater'"),
        ("in 2024, a hit", "2024000000", "USD", "amount", "the amount 2,024,000,000"),
        ("it cost $90 000 000", "90", "USD", "amount", "the amount 90:"),
        ("it cost $90.000.000", "90", "USD", "amount", "the amount 90:"),
        # A duration of several units is their sum, neither part alone.
        ("it runs 2 hours 5 minutes", "2", "hour", "amount", "the duration 2 hour"),
        ("it runs 2 hours 5 minutes", "5", "minute", "amount", "the duration 5 minute"),
        ("it runs two hours and five minutes", "120", "minute", "amount", "the duration 120"),
        ("it runs 2h 5m", "2", "hour", "amount", "the duration 2 hour"),
        # Alone, "m" is no minute ("90m" is 90 million).
        ("it runs 90m", "90", "minute", "amount", "the duration 90 minute"),
        # A number a scale word follows writes only the scaled amount, in a range too.
        ("grossed $58 million worldwide", "58", "USD", "amount", "the amount 58:"),
        ("grossed $1.2bn", "1.2", "USD", "amount", "the amount 1.2:"),
        ("a million dollars", "1", "USD", "amount", "the amount 1:"),
        ("grossed $58-60 million", "58", "USD", "amount", "the amount 58:"),
        ("grossed $58-60 million", "58000000", "USD", "amount", "the amount 58,000,000:"),
        ("grossed 58 to 60m dollars", "58", "USD", "amount", "the amount 58:"),
        ("grossed $58 to $60 million", "58", "USD", "amount", "the amount 58:"),
        # A "$" with letters before it, or "dollar" after a place's name, is no US dollar.
        ("grossed A$58 million", "58000000", "USD", "unit", f"the currency USD ({_USD_SIGNS})"),
        ("grossed HK$58 million", "58000000", "USD", "unit", f"the currency USD ({_USD_SIGNS})"),
        ("grossed MX$58 million", "58000000", "USD", "unit", f"the currency USD ({_USD_SIGNS})"),
        ("58 million Canadian dollars", "58000000", "USD", "unit", "the currency USD ("),
        ("grossed CA$58 million", "58000000", "AUD", "unit", f"the currency AUD ({_AUD_SIGNS})"),
        ("grossed $58 million", "58000000", "AUD", "unit", f"the currency AUD ({_AUD_SIGNS})"),
        # Reported: the amount and the currency were each found somewhere, not together.
        (
            "It cost $90 million, or \u00a370 million",
            "70000000",
            "USD",
            "unit",
            f"the currency USD ({_USD_SIGNS}) with the amount 70,000,000",
        ),
        ("$90m, or 70 million euros", "70000000", "USD", "unit", "the currency USD ("),
        ("it made $20 million in Europe", "20000000", "EUR", "unit", "the currency EUR ("),
        ("$20 million in European markets", "20000000", "EUR", "unit", "the currency EUR ("),
        ("$20 million in Euro-pudding style", "20000000", "EUR", "unit", "the currency EUR ("),
        ("EUR 70 million and $90 million", "70000000", "USD", "unit", "the currency USD ("),
        ("$90m, or 70m Canadian dollars", "70000000", "USD", "unit", "the currency USD ("),
        ("$90m, or MX$70m", "70000000", "USD", "unit", "the currency USD ("),
        ("it made $25 million", "25000000", "AUD", "unit", f"the currency AUD ({_AUD_SIGNS}):"),
        # Reported: a figure with no currency beside it took one written elsewhere.
        (
            "it made 58 million in the UK, where tickets cost \u00a312",
            "58000000",
            "GBP",
            "unit",
            "the currency GBP ('\u00a3' or 'pound' or 'sterling' or 'GBP') with the amount",
        ),
        ("the budget, in dollars, was 90 million", "90000000", "USD", "unit", "the currency USD"),
        ("$12 tickets; it made 58 million", "58000000", "USD", "unit", "the currency USD ("),
        # Reported: the digits of a title were read as the amount.
        ("John Wick 4 cost $90 million", "4", "USD", "amount", "the amount 4"),
        (
            "Ballerina grossed $58 million, less than Chapter 4",
            "4",
            "USD",
            "amount",
            "the amount 4",
        ),
        # Reported: the whole number before a fraction was read as the figure.
        ("it runs for an hour and a half", "1", "hour", "amount", "the duration 1 hour"),
        ("it runs for 2 hours and a half", "2", "hour", "amount", "the duration 2 hour"),
        ("it runs for 2 hours and a quarter", "2", "hour", "amount", "the duration 2 hour"),
        ("it runs for 2 1/2 hours", "2", "hour", "amount", "the duration 2 hour"),
        ("it cost $2 1/2 million", "2000000", "USD", "amount", "the amount 2,000,000"),
        ("a million and a half dollars", "1000000", "USD", "amount", "the amount 1,000,000"),
        ("it runs 2 hours & 5 minutes", "2", "hour", "amount", "the duration 2 hour"),
        # Reported: a scale word not read left the bare number as the figure.
        ("it cost $90MM", "90", "USD", "amount", "the amount 90:"),
        ("it cost $90 crore", "90", "USD", "amount", "the amount 90:"),
        ("it cost half a billion dollars", "1000000000", "USD", "amount", "the amount 1,0"),
        # Reported: the "$" of a figure with another currency written after it.
        ("it cost $90 million AUD", "90000000", "USD", "unit", "the currency USD"),
        ("it cost $90 million Canadian", "90000000", "USD", "unit", "the currency USD"),
        ("it cost R$90 million", "90000000", "USD", "unit", "the currency USD"),
        # Reported: "$12 grand" was read as 12 dollars. A "G" with no "$" is no thousand.
        ("It cost $12 grand", "12", "USD", "amount", "the amount 12:"),
        ("It cost $12G", "12", "USD", "amount", "the amount 12:"),
        ("a 5G network", "5000", "G", "amount", "the amount 5,000:"),
        ("a grand premiere", "1000", "USD", "amount", "the amount 1,000:"),
        ("it grossed a quarter of a billion dollars", "1000000000", "USD", "amount",
         "the amount 1,000,000,000:"),
        ("it grossed 100 million bucks", "100000000", "EUR", "unit", "the currency EUR"),
        # Reported: a fraction in figures before a scale word was read as the scale alone.
        ("it grossed \u00bc of a billion dollars", "1000000000", "USD", "amount",
         "the amount 1,000,000,000:"),
        ("it grossed \u00bd a billion dollars", "1000000000", "USD", "amount",
         "the amount 1,000,000,000:"),
        ("it grossed \u00be of a billion dollars", "1000000000", "USD", "amount",
         "the amount 1,000,000,000:"),
        ("it cost 1/4 of a billion dollars", "1000000000", "USD", "amount",
         "the amount 1,000,000,000:"),
        ("it cost 1/2 a million dollars", "1000000", "USD", "amount", "the amount 1,000,000:"),
        # Reported: "a third of a billion" was read as a billion.
        ("it grossed a third of a billion dollars", "1000000000", "USD", "amount",
         "the amount 1,000,000,000:"),
        # Reported: a number in several words was read as its last word.
        ("it runs twenty-five minutes longer", "5", "minute", "amount", "the duration 5 minute"),
        ("it runs one hundred and twenty-five minutes", "5", "minute", "amount",
         "the duration 5 minute"),
        ("it runs a hundred and twenty minutes", "20", "minute", "amount",
         "the duration 20 minute"),
        ("it cost thirty-five million dollars", "5000000", "USD", "amount",
         "the amount 5,000,000"),
    ],
)  # fmt: skip
def test_a_figure_its_quote_does_not_write_needs_a_note(
    quote: str, amount: str, unit: str, field: str, missing: str
) -> None:
    claim = _figure_claim(quote, amount, unit)
    (breach,) = _rules.quantity_written_by_its_quote_or_noted(claim, CATALOG)
    assert breach in _rules.quote_breaches(claim, CATALOG)
    assert f"value.{field}" == breach.field
    assert breach.message.startswith(f"the quote does not write {missing}")
    vague = _figure_claim(quote, amount, unit, note=f"converted from '{quote}'.")
    assert [breach] == _rules.quantity_written_by_its_quote_or_noted(vague, CATALOG)
    noted = _figure_claim(quote, amount, unit, note=f"'{quote}' is {amount} {unit}.")
    if breach.message.endswith("never another figure than it writes"):
        # The quote writes another figure of its kind: no note gives this one instead.
        assert [breach] == _rules.quantity_written_by_its_quote_or_noted(noted, CATALOG)
    else:
        assert breach.message.endswith(
            "say in a note how the figure is derived (from which words), writing it"
        )
        assert [] == _rules.quantity_written_by_its_quote_or_noted(noted, CATALOG)


# Reported: a decimal comma ("$1,5 billion") was read as two numbers, and the claim took the
# first as its amount, exact. Which amount it means is the note's to say.
@each(
    ("quote", "amount", "written"),
    [
        ("It cost $1,5 billion", "1", "1,5 billion"),
        ("It cost $90,5 million", "90", "90,5 million"),
        ("It cost $1,5 billion", "1500000000", "1,5 billion"),
        ("It runs 1,5 hours", "1", "1,5"),
    ],
)
def test_a_figure_with_a_decimal_comma_writes_no_amount(
    quote: str, amount: str, written: str
) -> None:
    unit = "hour" if "hours" in quote else "USD"
    claim = _figure_claim(quote, amount, unit)
    (breach,) = _rules.quantity_written_by_its_quote_or_noted(claim, CATALOG)
    assert breach.field == "value.amount"
    assert f"it writes {written!r}, whose comma is read as neither a decimal point" in (
        breach.message
    )
    noted = _figure_claim(quote, amount, unit, note=f"'{quote}' is {amount} {unit}.")
    assert [] == _rules.quantity_written_by_its_quote_or_noted(noted, CATALOG)


@each(
    ("amount", "unit", "note", "excused"),
    [
        ("7", "USD", "'over $400 million'.", False),
        ("4000000000", "USD", "'over $400 million'.", False),
        ("400000000", "EUR", "'over $400 million'.", False),
        ("7", "USD", "'over $400 million', 3 of them.", False),
        # A note gives no other currency or amount than the one the quote writes.
        ("400000000", "EUR", "'over $400 million', in euros as the text's table gives.", False),
        ("4000000000", "USD", "'over $400 million', ten times: 4 billion.", False),
        ("400000000", "USD", "the text's table: '$400,000,000'.", True),
    ],
)
def test_a_note_excuses_an_unwritten_figure_only_writing_it(
    amount: str, unit: str, note: str, excused: bool
) -> None:
    claim = _figure_claim("generated over $400 million worldwide", amount, unit, note=note)
    assert excused == (not _rules.quantity_written_by_its_quote_or_noted(claim))


_US_WORLDWIDE = "Ballerina has grossed $58 million in the US for a worldwide total of $137 million"
_OVERSEAS_GLOBAL = "Ballerina has grossed $79 million overseas for a $137 million global total"


def _placed_figure(
    quote: str, amount: str, region: str | None, medium: Medium | None = None
) -> Claim:
    claim = _figure_claim(quote, amount, "USD")
    qualifiers = attrs.evolve(claim.qualifiers, region=region, medium=medium)
    return attrs.evolve(claim, qualifiers=qualifiers)


@each(
    ("quote", "amount", "region", "medium", "written"),
    [
        # Reported: a region or medium written beside another figure was read as this one's.
        ("$90 million in the US and $30 million in China", "90000000", "China", None, False),
        ("$90 million in the US and $30 million in China", "30000000", "US", None, False),
        ("$90 million in the US; $30 million in China", "90000000", "China", None, False),
        ("In the US it made $90 million, and in China $30m", "90000000", "China", None, False),
        ("$90m in theaters and $30m on Netflix", "90000000", None, Medium.STREAMING, False),
        ("$90m on Netflix and $30m in theaters", "90000000", None, Medium.THEATRICAL, False),
        # Each figure's own clause writes it.
        ("$90 million in the US and $30 million in China", "90000000", "US", None, True),
        ("$90 million in the US and $30 million in China", "30000000", "China", None, True),
        # Reported: two regions named as one gave a figure to either alone.
        ("$90 million in the US and Canada", "90000000", "Canada", None, False),
        ("$90 million in the U.S. and Canada", "90000000", "US", None, False),
        ("$90 million in Australia and New Zealand", "90000000", "Australia", None, False),
        ("$90 million in the US & Canada", "90000000", "US", None, False),
        ("In China, it made $30 million", "30000000", "China", None, True),
        ("In the US it made $90 million, and in China $30m", "30000000", "China", None, True),
        ("$30 million in the U.S. and $5 million in China", "30000000", "US", None, True),
        ("$90m in theaters and $30m on Netflix", "30000000", None, Medium.STREAMING, True),
        # A figure the quote does not write is the figure rule's: the quote is read whole.
        ("$90 million in the US and $30 million in China", "7", "China", None, True),
        # Reported: a region binds to the figure nearest it, in a clause of two figures.
        (_US_WORLDWIDE, "58000000", "worldwide", None, False),
        (_US_WORLDWIDE, "137000000", "US", None, False),
        (_OVERSEAS_GLOBAL, "79000000", "global", None, False),
        (_US_WORLDWIDE, "58000000", "US", None, True),
        (_US_WORLDWIDE, "137000000", "worldwide", None, True),
        (_OVERSEAS_GLOBAL, "79000000", "overseas", None, True),
        (_OVERSEAS_GLOBAL, "137000000", "global", None, True),
        # Reported: the adjective of a region names it ("North American theaters"), in the
        # figure's own clause; "American" alone is no North America.
        ("$24.5 million from North American theaters", "24500000", "North America", None, True),
        ("$30 million from Japanese theaters", "30000000", "Japan", None, True),
        # Reported: the comma of a digit group ("3,409") was read as a clause's end.
        (
            "$24.5 million from 3,409 North American theaters",
            "24500000",
            "North America",
            None,
            True,
        ),
        ("$24.5 million from 3, North American theaters", "24500000", "North America", None, False),
        ("$24.5 million from American theaters", "24500000", "North America", None, False),
        ("$24.5 million from South Korean theaters", "24500000", "Korea", None, False),
        # Reported: the words of the whole world but "worldwide" wrote no region.
        ("$58 million globally", "58000000", "worldwide", None, True),
        ("$58 million around the world", "58000000", "worldwide", None, True),
        ("a global total of $58 million", "58000000", "worldwide", None, True),
        (
            "$90 million from North American theaters and $30 million in China",
            "30000000",
            "North America",
            None,
            False,
        ),
    ],
)
def test_a_figures_region_and_medium_are_written_in_its_own_clause(
    quote: str, amount: str, region: str | None, medium: Medium | None, written: bool
) -> None:
    claim = _placed_figure(quote, amount, region, medium)
    found = [
        *_rules.region_written_by_its_quote_or_noted(claim, CATALOG),
        *_rules.medium_written_by_its_quote_or_noted(claim, CATALOG),
    ]
    assert written == (found == [])
    if not written:
        (breach,) = found
        assert any(
            words in breach.message
            for words in (
                "outside the figure's clause",
                "by another figure",
                "does not write the region",
                "inside a longer name",
                "joined with another region",
            )
        )
        assert breach in _rules.quote_breaches(claim, CATALOG)
        if "no note changes" in breach.message:
            return  # its own clause names another region
        said = region or (medium.value if medium is not None else "")
        noted = attrs.evolve(claim, note=f"'{quote}': the {said} figure, as the table gives.")
        assert [] == _rules.region_written_by_its_quote_or_noted(noted, CATALOG)
        assert [] == _rules.medium_written_by_its_quote_or_noted(noted, CATALOG)


_US_UK = "Ballerina opens June 7, 2024 in the US and June 6, 2024 in the UK"
_US_UK_SEMICOLON = "Ballerina opens in the US on June 7, 2024; in the UK on June 6, 2024"
_US_UK_SENTENCES = "Ballerina opens June 7, 2024 in the US. In the UK, it opens June 6, 2024"
_MEDIA = "Ballerina opens on June 7, 2024 in theaters and on June 20, 2024 on Peacock"
_RELEASED_SCHEDULED = (
    "Ballerina was released in the US on June 7, 2024 and will reach the UK on June 6, 2025"
)
_IN_THEATERS, _ON_PEACOCK = {"medium": Medium.THEATRICAL}, {"medium": Medium.STREAMING}


_DOMESTIC_WORLDWIDE = "Ballerina has grossed $58 million domestically and $137 million worldwide"
_US_UK_DATES = "Ballerina opened June 6, 2025, in the US and June 5, 2025, in the UK"


@each(
    ("quote", "value", "region", "note", "refused"),
    [
        # Reported: a note for one figure's region word let the sentence's other figure, whose
        # own clause names the world or another region, through under that region.
        (_DOMESTIC_WORLDWIDE, "137000000", "US", "'domestically': the US", "'worldwide'"),
        (
            "Ballerina's domestic gross is $58 million, and its worldwide gross is $137 million",
            "137000000",
            "US",
            "'domestic': the US",
            "'worldwide'",
        ),
        (
            "Ballerina has grossed $58 million domestically and $79 million overseas",
            "79000000",
            "US",
            "'domestically': the US",
            "'overseas'",
        ),
        (
            "Ballerina has grossed $58 million in North America and $137 million worldwide",
            "137000000",
            "US",
            "'North America': the US and Canada, the domestic market",
            "'worldwide'",
        ),
        (_US_UK_DATES, "2025-06-06", "UK", "'in the UK': the United Kingdom", "'US'"),
        # A note quoting another value's words places none of this one's.
        (
            "Ballerina has grossed $58 million domestically and $137 million in total",
            "137000000",
            "US",
            "'domestically': the US",
            "the note's 'domestically'",
        ),
        # The note's words of the value's own clause still place it.
        (_DOMESTIC_WORLDWIDE, "58000000", "US", "'domestically': the US", None),
        (_DOMESTIC_WORLDWIDE, "137000000", "worldwide", None, None),
        (
            "Ballerina grossed $58 million domestically",
            "58000000",
            "US",
            "'domestically': US",
            None,
        ),
        (_US_UK_DATES, "2025-06-06", "US", None, None),
    ],
)
def test_a_region_note_places_only_its_own_values_words(
    quote: str, value: str, region: str, note: str | None, refused: str | None
) -> None:
    claim = _date_claim(quote, value) if "-" in value else _figure_claim(quote, value, "USD")
    claim = attrs.evolve(claim, note=note, qualifiers=attrs.evolve(claim.qualifiers, region=region))
    found = _rules.region_written_by_its_quote_or_noted(claim, CATALOG)
    if refused is None:
        assert [] == found
    else:
        (breach,) = found
        assert refused in breach.message


@each(
    ("quote", "date", "qualifiers", "written"),
    [
        # Reported: a region, medium or status written beside another date was read as
        # this one's.
        (_US_UK, "2024-06-06", {"region": "US"}, False),
        (_US_UK_SEMICOLON, "2024-06-07", {"region": "UK"}, False),
        (_US_UK_SENTENCES, "2024-06-07", {"region": "UK"}, False),
        (_MEDIA, "2024-06-20", _IN_THEATERS, False),
        (_RELEASED_SCHEDULED, "2025-06-06", {"region": "UK", "status": Status.RELEASED}, False),
        # Each date's own clause writes them.
        (_US_UK, "2024-06-07", {"region": "US"}, True),
        (_US_UK, "2024-06-06", {"region": "UK"}, True),
        (_US_UK_SEMICOLON, "2024-06-06", {"region": "UK"}, True),
        (_US_UK_SENTENCES, "2024-06-06", {"region": "UK"}, True),
        (_MEDIA, "2024-06-20", _ON_PEACOCK, True),
        (_MEDIA, "2024-06-07", _IN_THEATERS, True),
        (_RELEASED_SCHEDULED, "2025-06-06", {"region": "UK", "status": Status.SCHEDULED}, True),
        (_RELEASED_SCHEDULED, "2024-06-07", {"region": "US", "status": Status.RELEASED}, True),
        ("In the US, Ballerina opens June 7, 2024, and in the UK June 6, 2024", "2024-06-07",
         {"region": "US"}, True),
        ("It plays in the UK from June 7 to June 14, 2024", "2024-06-14", {"region": "UK"}, True),
        # A quote of one date reads them anywhere in it, and a year alone is no other date.
        ("In the UK. Ballerina opens June 6, 2024", "2024-06-06", {"region": "UK"}, True),
        ("In the UK, the 2024 spin-off opens June 6, 2025", "2025-06-06", {"region": "UK"},
         True),
        ("In the UK in 2024, and in the US in 2025", "2025", {"region": "UK"}, False),
        # Reported: with one date in the quote, a region or medium the sentence gives
        # another time or thing was read as the date's.
        ("Ballerina 2 opens in the UK on June 4, 2026, two days before its US release",
         "2026-06-04", {"region": "US"}, False),
        ("Ballerina premieres on June 7, 2024 in theaters, and on Peacock later", "2024-06-07",
         _ON_PEACOCK, False),
        ("Ballerina, which Americans will see on June 7, 2024, opens in the UK a day earlier",
         "2024-06-07", {"region": "UK"}, False),
        ("Unlike the Korean Netflix film, Ballerina will open on June 7, 2024", "2024-06-07",
         _ON_PEACOCK, False),
        ("It opened on Netflix in Korea, but opens in theaters on June 7, 2024", "2024-06-07",
         {"region": "Korea"}, False),
        # The one date's own clause writes them, before the date and after it.
        ("Ballerina 2 opens in the UK on June 4, 2026, two days before its US release",
         "2026-06-04", {"region": "UK"}, True),
        ("Ballerina premieres on June 7, 2024 in theaters, and on Peacock later", "2024-06-07",
         _IN_THEATERS, True),
        ("Ballerina opens on June 7, 2024 in the US and Canada", "2024-06-07",
         {"region": "Canada"}, True),
        ("Ballerina opens on June 7, 2024 (US)", "2024-06-07", {"region": "US"}, True),
        ("Ballerina opens in cinemas on June 6, 2024, in the UK", "2024-06-06",
         {"region": "UK"}, True),
        ("Unlike the Korean film, Ballerina opens in theaters on June 7, 2024", "2024-06-07",
         _IN_THEATERS, True),
        # Reported: a trade article's "hits UK cinemas" backed no `scheduled`; it gives no US
        # date.
        ("Ballerina hits UK cinemas on June 6, 2025", "2025-06-06",
         {**_IN_THEATERS, "region": "UK", "status": Status.SCHEDULED}, True),
        ("Ballerina hits UK cinemas on June 6, 2025", "2025-06-06",
         {"region": "US", "status": Status.SCHEDULED}, False),
        # Reported: a gapped clause's date ("and in the UK on June 4, 2025") had no status,
        # though it shares the verb of the clause before it.
        ("Ballerina opens in the US on June 6, 2025 and in the UK on June 4, 2025",
         "2025-06-04", {"region": "UK", "status": Status.SCHEDULED}, True),
        (_US_UK, "2024-06-06", {"region": "UK", "status": Status.SCHEDULED}, True),
        ("Ballerina will be released in the US on June 6, 2025, and in Japan on August 22,"
         " 2025", "2025-08-22", {"region": "Japan", "status": Status.SCHEDULED}, True),
        ("Ballerina opened in the US on June 6, 2025, in the UK on June 4, 2025, and in Japan"
         " on August 22, 2025", "2025-08-22", {"region": "Japan", "status": Status.RELEASED},
         True),
        # A clause of its own words, or a new sentence, shares no verb.
        ("Ballerina opens in the US on June 6, 2025 and was shown in the UK on June 4, 2025",
         "2025-06-04", {"region": "UK", "status": Status.SCHEDULED}, False),
        (_US_UK_SENTENCES.replace("it opens", "it is out on"), "2024-06-06",
         {"region": "UK", "status": Status.RELEASED}, False),
    ],
)  # fmt: skip
def test_a_dates_region_medium_and_status_are_read_in_its_own_clause(
    quote: str, date: str, qualifiers: dict[str, Any], written: bool
) -> None:
    claim = _date_claim(quote, date)
    claim = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, **qualifiers))
    found = [
        *_rules.region_written_by_its_quote_or_noted(claim, CATALOG),
        *_rules.medium_written_by_its_quote_or_noted(claim, CATALOG),
        *_rules.status_backed_by_its_words(claim, CATALOG),
    ]
    assert written == (found == []), found
    if not written:
        (breach,) = found
        assert breach in _rules.quote_breaches(claim, CATALOG)
        if "status" not in qualifiers:
            assert "outside the date's clause" in breach.message
            if "no note changes" in breach.message:
                return  # its own clause names another region
            said = qualifiers.get("region") or qualifiers["medium"].value
            noted = attrs.evolve(claim, note=f"'{quote}': the {said} date, as the table gives.")
            assert [] == _rules.region_written_by_its_quote_or_noted(noted, CATALOG)
            assert [] == _rules.medium_written_by_its_quote_or_noted(noted, CATALOG)


@each(
    ("quote", "date", "weekday"),
    [
        # Reported: a weekday the quote writes was not compared with the date.
        ("Ballerina will be released on Friday 6 October", "2025-10-06", "Friday"),
        ("Ballerina will be released on Friday, June 8", "2024-06-08", "Friday"),
        ("It opens Saturday the 7th of June, 2024", "2024-06-07", "Saturday"),
        ("Ballerina opens Fri., June 7, 2025", "2025-06-07", "Fri."),
        ("Ballerina opens June 7, 2025, a Friday", "2025-06-07", "Friday"),
        ("Ballerina opens June 7, 2025 (Friday)", "2025-06-07", "Friday"),
        ("Ballerina opens Fri., June 6, 2025", "2025-06-06", None),
        ("Ballerina opens June 6, 2025, a Friday", "2025-06-06", None),
        # The date it falls on, or a date with no weekday by it, is the quote's.
        ("Ballerina will be released on Friday 6 October", "2023-10-06", None),
        ("Ballerina opens Friday, June 7, 2024", "2024-06-07", None),
        ("It opens friday june 7, 2024", "2024-06-07", None),
        ("On Friday it was dated June 8, 2024", "2024-06-08", None),
        ("Ballerina opens on Friday in October 2025", "2025-10", None),
    ],
)
def test_a_date_falls_on_the_weekday_its_quote_writes(
    quote: str, date: str, weekday: str | None
) -> None:
    claim = _date_claim(quote, date, note=f"The year is from the headline: {date}.")
    found = _rules.date_on_its_weekday(claim, CATALOG)
    if weekday is None:
        assert [] == found
        return
    (breach,) = found
    assert ("date weekday", "value.date") == (breach.rule, breach.field)
    assert breach.message.startswith(f"the quote writes {weekday!r} just ")
    assert f"{date}, which falls on a" in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)


def _event_claim(
    quote: str,
    date: str,
    predicate: Predicate = Predicate.RELEASE_DATE,
    status: Status | None = None,
    note: str | None = None,
) -> Claim:
    """A date claim of ``quote``, of a source published 2023-08-04 (the shipped 000)."""
    subject = (
        "person/lance-reddick" if predicate is Predicate.DATE_OF_DEATH else "film/ballerina-2024"
    )
    return attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        subject=subject,
        predicate=predicate,
        value=DateValue(date=PartialDate.parse(date)),
        evidence=Evidence.locate(quote, quote),
        qualifiers=Qualifiers(status=status),
        note=note,
    )


_DEATH = Predicate.DATE_OF_DEATH


@each(
    ("quote", "date", "predicate", "said"),
    [
        # Reported: another thing's release date, the thing before the verb (passive,
        # possessive), was taken as the film's.
        ("The first trailer for Ballerina was released on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "the trailer's 'released'"),
        ("Ballerina's trailer was released on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "the trailer's 'released'"),
        ("Ballerina's trailer premiered on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "the trailer's 'premiered'"),
        ("The Ballerina teaser premiered on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "the teaser's 'premiered'"),
        ("Ballerina's soundtrack was released on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "the soundtrack's 'released'"),
        ("Ballerina's first clip premiered on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "the clip's 'premiered'"),
        ("Ballerina's tie-in novel was released on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "the novel's 'released'"),
        ("The poster for Ballerina was unveiled on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "'unveiled'"),
        ("Ballerina's video game comes out on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "the video game's 'comes out'"),
        ("The Ballerina teaser dropped on March 3, 2023", "2023-03-03",
         Predicate.RELEASE_DATE, "'teaser'"),
        # Reported: the other date of a two-date quote, or a neighbouring event's, passed.
        ("Ballerina wrapped filming on March 3, 2023 and opens June 6, 2025", "2023-03-03",
         Predicate.RELEASE_DATE, "'filming'"),
        ("Ballerina leaves theaters on August 1, 2023", "2023-08-01",
         Predicate.RELEASE_DATE, "'leaves'"),
        ("Ballerina's release date was announced on November 10, 2022", "2022-11-10",
         Predicate.RELEASE_DATE, "'announced'"),
        ("Tickets for Ballerina went on sale on May 1, 2023", "2023-05-01",
         Predicate.RELEASE_DATE, "'on sale'"),
        ("Critics saw Ballerina at a screening on May 1, 2023", "2023-05-01",
         Predicate.RELEASE_DATE, "'screening'"),
        ("Ballerina's world premiere was held on May 1, 2023", "2023-05-01",
         Predicate.RELEASE_DATE, "'world premiere'"),
        ("Ballerina was released on June 1, 2023", "2023-06-01",
         Predicate.FILMING_DATE, "'released'"),
        ("Lance Reddick, born December 31, 1962, died in 2023", "1962-12-31", _DEATH, "'born'"),
        ("March 17, 2023 marked one year since Lance Reddick died", "2023-03-17", _DEATH,
         "'marked'"),
        ("A hoax claimed Lance Reddick died on May 1, 2022", "2022-05-01", _DEATH,
         "the hoax's 'died'"),
        ("Lance Reddick's death was announced on March 18, 2023", "2023-03-18", _DEATH,
         "'announced'"),
        ("A memorial for Lance Reddick was held on April 5, 2023", "2023-04-05", _DEATH,
         "'memorial'"),
        ("Lance Reddick's funeral was on March 25, 2023", "2023-03-25", _DEATH, "'funeral'"),
        ("Keanu Reeves paid tribute to Lance Reddick on March 20, 2023, days after he died",
         "2023-03-20", _DEATH, "'tribute'"),
        ("Lance Reddick died on March 17, 2023, and his memorial was held on April 5, 2023",
         "2023-04-05", _DEATH, "'memorial'"),
        # Reported: the day a death was found, or told of, passed as its date.
        ("Lance Reddick was found dead on March 17, 2023", "2023-03-17", _DEATH, "'found dead'"),
        ("Lance Reddick died, his publicist said on March 17, 2023", "2023-03-17", _DEATH,
         "'said'"),
        ("In 2014, the world was introduced to John Wick", "2014", Predicate.RELEASE_DATE,
         "no word of the release"),
        # The date of the predicate's own event, said of the subject, is its date.
        ("Ballerina wrapped filming on March 3, 2023 and opens June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        ("Lance Reddick, born December 31, 1962, died in 2023", "2023", _DEATH, None),
        ("Lance Reddick's death on March 17, 2023 shocked fans", "2023-03-17", _DEATH, None),
        ("The trailer confirms Ballerina opens June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        ("The trailer shows Ballerina opening on June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        ("Lionsgate released a trailer for Ballerina, which opens June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        ("On June 6, 2025, Ballerina hits theaters", "2025-06-06", Predicate.RELEASE_DATE,
         None),
        ("Ballerina opens in the US on June 6, 2025 and in the UK on June 7, 2025",
         "2025-06-07", Predicate.RELEASE_DATE, None),
        ("Ballerina, out June 6, 2025, stars Ana de Armas", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        ("Ballerina was filmed in Prague in November 2022", "2022-11", Predicate.FILMING_DATE,
         None),
        # Reported: the filming's own "wrapped", said of "Filming on Ballerina", was refused.
        ("Filming on Ballerina began in November 2022 and wrapped in March 2023", "2023-03",
         Predicate.FILMING_DATE, None),
        ("Filming on Ballerina began in November 2022", "2022-11", Predicate.FILMING_DATE,
         None),
        ("The series is set in 1975", "1975", Predicate.SET_IN_PERIOD, None),
        # Reported: the verbs of a release's move date the release.
        ("Lionsgate has delayed Ballerina from June 7, 2024 to June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        ("Lionsgate has pushed Ballerina to June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        ("Lionsgate has moved Ballerina to June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        ("Lionsgate has dated Ballerina for June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        # Reported: a release onto a streaming service was no word of the release.
        ("Ballerina hits Peacock on August 22, 2025", "2025-08-22", Predicate.RELEASE_DATE,
         None),
        ("On August 22, 2025, Ballerina comes to Netflix", "2025-08-22",
         Predicate.RELEASE_DATE, None),
        # Reported: a trade article's release verbs were no word of the release ("hits UK
        # cinemas") or another event's ("will premiere on Peacock").
        ("Ballerina hits UK cinemas on June 6, 2025", "2025-06-06", Predicate.RELEASE_DATE,
         None),
        ("Ballerina will premiere on Peacock on August 22, 2025", "2025-08-22",
         Predicate.RELEASE_DATE, None),
        ("Ballerina drops on Peacock August 22, 2025", "2025-08-22", Predicate.RELEASE_DATE,
         None),
        ("Ballerina will drop on Peacock on August 22, 2025", "2025-08-22",
         Predicate.RELEASE_DATE, None),
        # A title dropped from a service, or a premiere on a day, is no release.
        ("Ballerina was dropped from Peacock on August 22, 2025", "2025-08-22",
         Predicate.RELEASE_DATE, "no word of the release"),
        ("Ballerina's premiere on May 20, 2025 drew crowds", "2025-05-20",
         Predicate.RELEASE_DATE, "'premiere'"),
        # Reported: a festival's showing and a preview were taken for the release.
        ("Ballerina opens at the Cannes Film Festival on May 20, 2025", "2025-05-20",
         Predicate.RELEASE_DATE, "'film festival'"),
        ("Ballerina opens in previews on June 5, 2025", "2025-06-05", Predicate.RELEASE_DATE,
         "'previews'"),
        ("Ballerina, shown at a festival in May, opens on June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, None),
        # Reported: the year the work was made passed as the story's time.
        ("Ballerina takes place in 2019 but was made in 2023", "2023",
         Predicate.SET_IN_PERIOD, "'made'"),
        ("Ballerina, made in 2023, takes place in 2019", "2023", Predicate.SET_IN_PERIOD,
         "'made'"),
        ("Ballerina takes place in 2019 but was made in 2023", "2019",
         Predicate.SET_IN_PERIOD, None),
        # Reported: a premiere at a festival named without the word "festival" was taken
        # for the release.
        *(
            (f"Ballerina {shown} on June 1, 2025", "2025-06-01", Predicate.RELEASE_DATE,
             f"'{shown}', an event's screening")
            for shown in (
                "premiered at Tribeca", "premiered at SXSW", "premiered at TIFF",
                "premiered at Sundance", "premiered at Fantastic Fest", "premiered at CinemaCon",
                "debuted at SXSW", "opened SXSW", "bowed at Tribeca",
            )
        ),
        ("Ballerina opened Friday, June 6, 2025", "2025-06-06", Predicate.RELEASE_DATE, None),
        # Reported: a date of another verb of the quote was taken for the predicate's event
        # wherever its word stood in the sentence.
        ("Lance Reddick's death, on March 17, 2023, was reported on March 18, 2023",
         "2023-03-18", _DEATH, "in its clause 'was reported on March 18, 2023'"),
        ("Lance Reddick's death was reported on March 18, 2023", "2023-03-18", _DEATH,
         "'reported'"),
        ("Lance Reddick, who died in 2023, was honored on March 17, 2024", "2024-03-17",
         _DEATH, "in its clause 'was honored on March 17, 2024'"),
        ("Lance Reddick died in 2023 and was honored on March 17, 2024", "2024-03-17", _DEATH,
         "in its clause 'was honored on March 17, 2024'"),
        ("Lance Reddick married Stephanie Reddick on June 7, 2011 and died in 2023",
         "2011-06-07", _DEATH, "with no word of the death in it"),
        ("Lance Reddick wrapped Ballerina on March 1, 2023 and died weeks later", "2023-03-01",
         _DEATH, "'wrapped'"),
        ("Lance Reddick was born in Baltimore on June 7, 1962 and died in Los Angeles",
         "1962-06-07", _DEATH, "'born'"),
        ("A tribute to Lance Reddick, who died in 2023, aired on March 17, 2024", "2024-03-17",
         _DEATH, "in its clause 'aired on March 17, 2024'"),
        ("Ballerina, which opens on June 6, 2025, was rated R on April 2, 2025", "2025-04-02",
         Predicate.RELEASE_DATE, "in its clause 'was rated R on April 2, 2025'"),
        ("Ballerina, which was released in 2025, was honored at the Saturn Awards on February"
         " 1, 2026", "2026-02-01", Predicate.RELEASE_DATE, "with no word of the release in it"),
        ("Ballerina, which was filmed in 2022, topped the box office on June 8, 2025",
         "2025-06-08", Predicate.FILMING_DATE,
         "in its clause 'topped the box office on June 8, 2025'"),
        ("Ballerina was filmed in 2022 and topped the box office on June 8, 2025",
         "2025-06-08", Predicate.FILMING_DATE, "with no word of the filming in it"),
        # The date of the predicate's own word in its clause, or of a clause of the date
        # alone, stays the event's.
        ("Lance Reddick's death, on March 17, 2023, was reported on March 18, 2023",
         "2023-03-17", _DEATH, None),
        ("Lance Reddick died in 2023 and was honored on March 17, 2024", "2023", _DEATH, None),
        ("Ballerina was filmed in 2022 and topped the box office on June 8, 2025", "2022",
         Predicate.FILMING_DATE, None),
        ("Ballerina was filmed in Prague and Budapest in 2022", "2022", Predicate.FILMING_DATE,
         None),
        ("Lance Reddick died suddenly at his home on March 17, 2023", "2023-03-17", _DEATH,
         None),
        ("Ballerina opens June 6, 2025", "2025-06-06", Predicate.RELEASE_DATE, None),
        ("Ballerina premiered on Peacock on August 22, 2025", "2025-08-22",
         Predicate.RELEASE_DATE, None),
        # Reported: a release onto a service said by where the work goes was no word of it.
        ("Ballerina heads to Peacock on August 22, 2025", "2025-08-22", Predicate.RELEASE_DATE,
         None),
        ("Ballerina will be on Peacock August 22, 2025", "2025-08-22", Predicate.RELEASE_DATE,
         None),
        ("Ballerina comes home on August 22, 2025", "2025-08-22", Predicate.RELEASE_DATE,
         None),
        # Reported: a closing attribution's verb was read as the date's event.
        ("Ballerina arrives on Peacock on Friday, August 22, 2025, the streamer announced"
         " Tuesday", "2025-08-22", Predicate.RELEASE_DATE, None),
        ("Ballerina's release date was announced on November 10, 2023, the studio said",
         "2023-11-10", Predicate.RELEASE_DATE, "as the date of 'announced'"),
        ("Ballerina's release date, November 10, 2023, was announced Tuesday",
         "2023-11-10", Predicate.RELEASE_DATE, "as the date of 'announced'"),
    ],
)  # fmt: skip
def test_a_date_is_the_date_of_its_predicates_event(
    quote: str, date: str, predicate: Predicate, said: str | None
) -> None:
    claim = _event_claim(quote, date, predicate)
    found = _rules.date_of_its_predicates_event(claim, CATALOG)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert ("date event", "value.date") == (breach.rule, breach.field)
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    # A note quoting the date's words says why it is the event's date.
    parsed = PartialDate.parse(date)
    (written,) = [w for w in _rules._written_dates(quote) if _rules._writes(w, parsed)]
    words = quote[written.start : written.end]
    noted = attrs.evolve(claim, note=f"'{words}' is read as the date: the next sentence says so.")
    assert [] == _rules.date_of_its_predicates_event(noted, CATALOG)


@each(
    ("year", "said"),
    [
        # Reported: a year given as a text escaped the event check the same date gets.
        ("2025", "as the date of 'released'"),
        ("2019", None),
    ],
)
def test_a_story_time_as_text_is_read_as_its_date(year: str, said: str | None) -> None:
    quote = "Ballerina was released in 2025 and is set in 2019"
    claim = attrs.evolve(_event_claim(quote, year, Predicate.SET_IN_PERIOD), value=Text(text=year))
    found = _rules.period_text_of_its_event(claim, CATALOG)
    assert bool(found) is (said is not None)
    if said is not None:
        assert said in found[0].message
        assert found[0].field == "value.text"


@each(
    ("quote", "date", "predicate", "status", "said"),
    [
        # Reported: no date was read against the source's publication (2023-08-04).
        ("Ballerina was released on June 7, 2024", "2024-06-07", Predicate.RELEASE_DATE,
         Status.RELEASED, "after"),
        ("Lance Reddick died on March 17, 2024", "2024-03-17", _DEATH, None, "after"),
        ("Lance Reddick died on March 17, 2024", "2024-03-17", _DEATH, Status.REPORTED,
         "after"),
        ("Ballerina will be released on June 6, 2019", "2019-06-06", Predicate.RELEASE_DATE,
         Status.SCHEDULED, "before"),
        ("Ballerina is expected to open in June 2023", "2023-06", Predicate.RELEASE_DATE,
         Status.EXPECTED, "before"),
        # A past date stated as past, a date ahead forecast, or one of the publication's
        # own year, is possible.
        ("Ballerina was released on July 7, 2023", "2023-07-07", Predicate.RELEASE_DATE,
         Status.RELEASED, None),
        ("Ballerina will be released on June 7, 2024", "2024-06-07", Predicate.RELEASE_DATE,
         Status.SCHEDULED, None),
        ("Ballerina will be released in 2023", "2023", Predicate.RELEASE_DATE,
         Status.SCHEDULED, None),
        ("Ballerina will be released on June 7, 2024", "2024-06-07", Predicate.RELEASE_DATE,
         Status.EXPECTED, None),
        ("Lance Reddick died on March 17, 2023", "2023-03-17", _DEATH, None, None),
        # Reported: a date after the publication with no status, or a firm one, was kept
        # as a fact: it is a forecast, with a forecast status or a note.
        ("Ballerina opens on June 7, 2024", "2024-06-07", Predicate.RELEASE_DATE, None,
         "after"),
        ("Ballerina was released on June 7, 2024", "2024-06-07", Predicate.RELEASE_DATE, None,
         "after"),
        ("Ballerina came out in 2025", "2025", Predicate.RELEASE_DATE, None, "after"),
        ("On June 7, 2024, Ballerina premiered", "2024-06-07", Predicate.RELEASE_DATE, None,
         "after"),
        ("Ballerina's release date of June 7, 2024 was announced", "2024-06-07",
         Predicate.RELEASE_DATE, Status.ANNOUNCED, "after"),
        ("Filming wrapped in March 2024", "2024-03", Predicate.FILMING_DATE, None, "after"),
        ("Upon its theatrical release on June 7, 2024", "2024-06-07", Predicate.RELEASE_DATE,
         None, "after"),
        # The plan it was: a date its sentence says was first set or changed since.
        ("Ballerina, originally scheduled for June 7, 2022, now opens June 6, 2025",
         "2022-06-07", Predicate.RELEASE_DATE, Status.SCHEDULED, None),
        # Reported: a past plan in an article after it was taken as a firm date.
        ("Ballerina was dated for June 7, 2023", "2023-06-07", Predicate.RELEASE_DATE, None,
         "before"),
        ("Ballerina was to be released on June 7, 2023", "2023-06-07", Predicate.RELEASE_DATE,
         None, "before"),
        ("Ballerina's release date was June 7, 2023", "2023-06-07", Predicate.RELEASE_DATE,
         None, "before"),
        ("Ballerina was set to be released on June 7, 2023", "2023-06-07",
         Predicate.RELEASE_DATE, Status.SCHEDULED, None),
        ("Ballerina was dated for June 7, 2023", "2023-06-07", Predicate.RELEASE_DATE,
         Status.SCHEDULED, None),
        # Reported: a past "had" of a plan was taken as a firm date.
        ("Ballerina had a June 7, 2023 release date", "2023-06-07", Predicate.RELEASE_DATE,
         None, "before"),
        ("Ballerina had a June 7, 2023 release date", "2023-06-07", Predicate.RELEASE_DATE,
         Status.SCHEDULED, None),
        ("Lionsgate announced a June 7, 2023 release", "2023-06-07", Predicate.RELEASE_DATE,
         Status.SCHEDULED, None),
        # A date moved to is a plan.
        ("Lionsgate has moved Ballerina to June 6, 2025", "2025-06-06",
         Predicate.RELEASE_DATE, Status.SCHEDULED, None),
        ("Lionsgate has moved Ballerina to June 6, 2023", "2023-06-06",
         Predicate.RELEASE_DATE, None, None),
    ],
)  # fmt: skip
def test_a_date_is_possible_when_its_source_was_published(
    quote: str, date: str, predicate: Predicate, status: Status | None, said: str | None
) -> None:
    claim = _event_claim(quote, date, predicate, status)
    found = _rules.date_possible_when_published(claim, CATALOG)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert ("date published", "value.date") == (breach.rule, breach.field)
    assert breach.message.startswith(f"{date} is {said} the source's publication (2023-08-04)")
    assert breach in _rules.quote_breaches(claim, CATALOG)
    if status is None and said == "after" and predicate is not _DEATH:
        # A note says how a date ahead of the publication is known.
        noted = attrs.evolve(claim, note="The date is read from the text's own words.")
        assert [] == _rules.date_possible_when_published(noted, CATALOG)


@each(
    ("quote", "status", "refused"),
    [
        # Reported: a release announced for a date was taken as the date it came out.
        ("Lionsgate announced a June 7, 2023 release for Ballerina", None, True),
        ("Lionsgate announces a June 7,  2023 release", None, True),
        ("Lionsgate announced a June 7, 2023 release for Ballerina", Status.SCHEDULED, False),
        ("Lionsgate announced a June 7, 2023 release for Ballerina", Status.ANNOUNCED, False),
        ("Lionsgate announced it; Ballerina was released on June 7, 2023", None, False),
    ],
)
def test_a_release_announced_for_a_date_is_a_plan(
    quote: str, status: Status | None, refused: bool
) -> None:
    claim = _event_claim(quote, "2023-06-07", Predicate.RELEASE_DATE, status)
    found = _rules.date_possible_when_published(claim, CATALOG)
    assert refused is bool(found)
    if refused:
        assert "status 'scheduled' or 'announced'" in found[0].message


def test_every_shipped_date_is_its_predicates_event_and_possible_when_published() -> None:
    events = {c.id: _rules.date_of_its_predicates_event(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(events)
    published = {c.id: _rules.date_possible_when_published(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(published)
    # Not vacuous: two shipped release years are bound to no release word, and their notes
    # quote the dates' words ("'In 2014, the world was introduced to John Wick'").
    unnoted = [attrs.evolve(_claim(i), note=None) for i in ("001-001", "004-033")]
    assert all(_rules.date_of_its_predicates_event(c, CATALOG) for c in unnoted)


@each(
    ("quote", "person", "character", "written"),
    [
        # Reported: a character written beside another person was read as this one's.
        (
            "Ana de Armas as Rooney and Keanu Reeves as John Wick",
            "person/keanu-reeves",
            "character/rooney",
            False,
        ),
        (
            "Lance Reddick as Charon and Ian McShane as Winston",
            "person/lance-reddick",
            "character/winston-scott",
            False,
        ),
        (
            "John Wick (The Matrix's Keanu Reeves) and Helen (Bridget Moynahan)",
            "person/keanu-reeves",
            "character/helen",
            False,
        ),
        (
            "Keanu Reeves and Ana de Armas, who plays Rooney",
            "person/keanu-reeves",
            "character/rooney",
            False,
        ),
        # The shapes the data use: "as CHARACTER", "CHARACTER (PERSON)", "PERSON's CHARACTER".
        (
            "Ana de Armas as Rooney and Keanu Reeves as John Wick",
            "person/keanu-reeves",
            "character/john-wick",
            True,
        ),
        (
            "Ian McShane as hotel owner Winston and Anjelica Huston as the Director",
            "person/ian-mcshane",
            "character/winston-scott",
            True,
        ),
        (
            "John Wick (The Matrix's Keanu Reeves) and Helen (Bridget Moynahan)",
            "person/bridget-moynahan",
            "character/helen",
            True,
        ),
        (
            "Ana de Armas's Rooney meets Keanu Reeves",
            "person/ana-de-armas",
            "character/rooney",
            True,
        ),
        # One person named: the rule does not apply.
        ("Rooney, and Keanu Reeves", "person/keanu-reeves", "character/rooney", True),
        # Reported: "CHARACTER, played by PERSON" gave each person the next one's character.
        (
            "Ballerina brings back Winston, played by Ian McShane, and John Wick, played by"
            " Keanu Reeves",
            "person/ian-mcshane",
            "character/john-wick",
            False,
        ),
        (
            "Ballerina brings back Winston, played by Ian McShane, and John Wick, played by"
            " Keanu Reeves",
            "person/ian-mcshane",
            "character/winston-scott",
            True,
        ),
        (
            "Ballerina brings back Winston, played by Ian McShane, and John Wick, played by"
            " Keanu Reeves",
            "person/keanu-reeves",
            "character/john-wick",
            True,
        ),
        (
            "In Ballerina, John Wick is played by Keanu Reeves and Winston by Ian McShane",
            "person/keanu-reeves",
            "character/winston-scott",
            False,
        ),
        (
            "In Ballerina, John Wick is played by Keanu Reeves and Winston by Ian McShane",
            "person/ian-mcshane",
            "character/winston-scott",
            True,
        ),
        (
            "In Ballerina, John Wick is played by Keanu Reeves and Winston by Ian McShane",
            "person/keanu-reeves",
            "character/john-wick",
            True,
        ),
        (
            "Rooney, voiced by Ana de Armas, meets John Wick, portrayed by Keanu Reeves",
            "person/ana-de-armas",
            "character/john-wick",
            False,
        ),
        # Reported: a character "played by" the next person was still the first person's.
        (
            "In Ballerina, Keanu Reeves trains Rooney, played by Ana de Armas",
            "person/keanu-reeves",
            "character/rooney",
            False,
        ),
        (
            "In Ballerina, Keanu Reeves meets Rooney (played by Ana de Armas)",
            "person/keanu-reeves",
            "character/rooney",
            False,
        ),
        (
            "Keanu Reeves returns in Ballerina, which follows Rooney, portrayed by Ana de Armas",
            "person/keanu-reeves",
            "character/rooney",
            False,
        ),
        (
            "Keanu Reeves returns in Ballerina alongside Rooney, who is played by Ana de Armas",
            "person/keanu-reeves",
            "character/rooney",
            False,
        ),
        (
            "In Ballerina, Keanu Reeves trains Rooney, played by Ana de Armas",
            "person/ana-de-armas",
            "character/rooney",
            True,
        ),
        (
            "Keanu Reeves as John Wick meets Rooney, played by Ana de Armas",
            "person/keanu-reeves",
            "character/john-wick",
            True,
        ),
        # Reported: a character named in passing, as a possessor, after "of" or "opposite",
        # or in a relative clause after the playing word, was the part played.
        *(
            (quote, "person/ana-de-armas", "character/rooney", written)
            for quote, written in (
                ("Ana de Armas plays Rooney's sister", False),
                ("Ana de Armas plays the woman who kills Rooney", False),
                ("Ana de Armas plays a rival of Rooney", False),
                ("Ana de Armas, who plays opposite Rooney", False),
                ("Ana de Armas plays Rooney", True),
                ("Ana de Armas as Rooney", True),
                ("Rooney (Ana de Armas)", True),
                ("Ana de Armas plays the role of Rooney", True),
                # Reported: the one who takes a part over could not carry the character.
                ("Ana de Armas replaced Unity Phelan as Rooney in Ballerina", True),
                ("Ana de Armas took over from Unity Phelan as Rooney", True),
                # Reported: the cleft's part runs past the rejected side.
                ("It is Ana de Armas, and not Unity Phelan, who plays Rooney", True),
                # Reported: a character after "to", "with" or a participle was the part.
                ("Ana de Armas plays the mentor to Rooney", False),
                ("Ana de Armas plays a friend to Rooney", False),
                ("Ana de Armas plays someone loyal to Rooney", False),
                ("Ana de Armas plays a woman obsessed with Rooney", False),
                ("Ana de Armas plays the woman hunting Rooney", False),
                ("Ana de Armas, playing Rooney, stars in Ballerina", True),
                # Reported: a character inside a modifier of the part's noun (after a
                # preposition, or the subject of a relative clause with no relative word)
                # was the part.
                ("Ana de Armas plays an assassin sent to kill Rooney", False),
                ("Ana de Armas plays a killer hired to stop Rooney", False),
                ("Ana de Armas plays a woman betrayed by Rooney", False),
                ("Ana de Armas plays a hitman named after Rooney", False),
                ("Ana de Armas plays the man Rooney loves", False),
                ("Ana de Armas plays the target Rooney is after", False),
                ("Ana de Armas plays the part of Rooney", True),
                ("Ana de Armas plays the assassin Rooney in Ballerina", True),
                ("Ana de Armas plays Rooney, a dancer trained by the Director", True),
                # Reported: the person acted beside was given the subject's "as" part.
                ("Ana de Armas stars opposite Keanu Reeves as Rooney", True),
                ("Ana de Armas stars alongside Keanu Reeves as Rooney", True),
            )
        ),
        *(
            (f"Ana de Armas stars {beside} Keanu Reeves as Rooney", "person/keanu-reeves",
             "character/rooney", False)
            for beside in ("opposite", "alongside", "with", "next to")
        ),
        ("Ana de Armas stars alongside Keanu Reeves, who plays John Wick", "person/keanu-reeves",
         "character/john-wick", True),
        # Reported: a list of people and a list of parts pair by order alone; a crossed pair
        # was a credit, and so was one in the same place.
        *(
            ("Keanu Reeves and Anjelica Huston star in Ballerina as John Wick and the Director",
             person, character, False)
            for person, character in (
                ("person/anjelica-huston", "character/john-wick"),
                ("person/anjelica-huston", "character/the-director"),
                ("person/keanu-reeves", "character/john-wick"),
            )
        ),
        # Reported: the passive order ("A and B are played by X and Y") gave X either part.
        *(
            (quote, person, character, False)
            for quote in (
                "Winston and Charon are played by Ian McShane and Lance Reddick",
                "Winston and Charon, played by Ian McShane and Lance Reddick, return",
                "Winston and Charon return, played by Ian McShane and Lance Reddick",
            )
            for person, character in (
                ("person/ian-mcshane", "character/charon"),
                ("person/lance-reddick", "character/winston-scott"),
            )
        ),
        ("Winston is played by Ian McShane, and Charon by Lance Reddick", "person/ian-mcshane",
         "character/winston-scott", True),
        ("Charon, played by Lance Reddick, meets Ian McShane", "person/lance-reddick",
         "character/charon", True),
    ],
)  # fmt: skip
def test_a_cast_credits_character_is_written_in_its_persons_part(
    quote: str, person: str, character: str, written: bool
) -> None:
    claim = _cast_of(quote, person, character)
    found = _rules.character_in_its_persons_part_or_noted(claim, CATALOG)
    assert written == (found == [])
    if not written:
        (breach,) = found
        assert (breach.rule, breach.field) == ("character", "qualifiers.character")
        assert breach in _rules.quote_breaches(claim, CATALOG)
        assert found == _rules.character_in_its_persons_part_or_noted(
            attrs.evolve(claim, note="read from the cast list."), CATALOG
        )
        name = CATALOG.entity(character).names[0]
        noted = attrs.evolve(claim, note=f"the text's cast list gives him {name}.")
        assert [] == _rules.character_in_its_persons_part_or_noted(noted, CATALOG)


def test_every_figure_has_the_bound_its_quote_gives() -> None:
    found = {c.id: _rules.bound_read_from_its_quote_or_noted(c) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Not vacuous: "over $400 million" is at least that without its note, and the other
    # shipped figures are exact.
    for claim_id, bound in [("000-035", "at_least"), ("000-036", "exact"), ("004-010", "exact")]:
        claim = attrs.evolve(_claim(claim_id), note=None)
        assert isinstance(claim.value, Quantity)
        assert claim.value.bound is Bound(bound)
        assert [] == _rules.bound_read_from_its_quote_or_noted(claim)


@each(
    ("quote", "amount", "unit", "bound", "word"),
    [
        ("generated over $400 million worldwide", "400000000", "USD", "at_least", "over"),
        ("made more than 25m dollars", "25000000", "USD", "at_least", "more than"),
        ("At least \u20ac25m", "25000000", "EUR", "at_least", "at least"),
        ("upwards of $1.2bn", "1200000000", "USD", "at_least", "upwards of"),
        ("north of USD 50 million", "50000000", "USD", "at_least", "north of"),
        ("under two hours", "2", "hour", "at_most", "under"),
        ("less than $10 million", "10000000", "USD", "at_most", "less than"),
        ("up to 120 minutes", "120", "minute", "at_most", "up to"),
        ("at most $5 million", "5000000", "USD", "at_most", "at most"),
        ("nearly $400 million", "400000000", "USD", "at_most", "nearly"),
        ("almost two hours", "120", "minute", "at_most", "almost"),
        ("on a budget of about $90 million", "90000000", "USD", "about", "about"),
        ("around \u00a38 million", "8000000", "GBP", "about", "around"),
        ("roughly 90 minutes", "90", "minute", "about", "roughly"),
        ("some $50 million", "50000000", "USD", "about", "some"),
        ("approximately $50 million", "50000000", "USD", "about", "approximately"),
        ("an estimated $50 million", "50000000", "USD", "about", "an estimated"),
        ("~$50 million", "50000000", "USD", "about", "~"),
        # Reported: the signs of a bound before a figure were read as no bound.
        ("<$90 million", "90000000", "USD", "at_most", "<"),
        (">120 minutes", "120", "minute", "at_least", ">"),
        ("\u2264$90 million", "90000000", "USD", "at_most", "\u2264"),
        ("\u2265$58 million", "58000000", "USD", "at_least", "\u2265"),
        ("\u2248$90 million", "90000000", "USD", "about", "\u2248"),
        ("generated $400 million or more", "400000000", "USD", "at_least", "or more"),
        ("400 million dollars or more", "400000000", "USD", "at_least", "or more"),
        ("a $400m+ opening", "400000000", "USD", "at_least", "+"),
        ("a $400 million-plus haul", "400000000", "USD", "at_least", "-plus"),
        ("two hours or longer", "120", "minute", "at_least", "or longer"),
        ("$5 million or less", "5000000", "USD", "at_most", "or less"),
        ("90 minutes or so", "90", "minute", "about", "or so"),
        ("$90 million more or less", "90000000", "USD", "about", "more or less"),
        ("over $400 million or so", "400000000", "USD", "at_least", "over"),
        ("grossed above $58 million", "58000000", "USD", "at_least", "above"),
        ("in excess of $58 million", "58000000", "USD", "at_least", "in excess of"),
        ("upward of $58 million", "58000000", "USD", "at_least", "upward of"),
        ("just over $58 million", "58000000", "USD", "at_least", "just over"),
        ("well over 90 minutes", "90", "minute", "at_least", "well over"),
        ("no less than $58 million", "58000000", "USD", "at_least", "no less than"),
        ("not less than two hours", "120", "minute", "at_least", "not less than"),
        ("over A$58 million", "58000000", "AUD", "at_least", "over"),
        ("grossed below $58 million", "58000000", "USD", "at_most", "below"),
        ("close to $58 million", "58000000", "USD", "at_most", "close to"),
        ("just shy of $58 million", "58000000", "USD", "at_most", "just shy of"),
        ("shy of two hours", "120", "minute", "at_most", "shy of"),
        ("just under two hours", "2", "hour", "at_most", "just under"),
        ("well under $5 million", "5000000", "USD", "at_most", "well under"),
        ("as much as $58 million", "58000000", "USD", "at_most", "as much as"),
        ("on as many as 3,000 screens", "3000", "screen", "at_most", "as many as"),
        ("no more than $58 million", "58000000", "USD", "at_most", "no more than"),
        ("not more than 90 minutes", "90", "minute", "at_most", "not more than"),
        ("close to HK$58 million", "58000000", "HKD", "at_most", "close to"),
        ("more like $58 million", "58000000", "USD", "about", "more like"),
        ("on a budget of $90 million", "90000000", "USD", "exact", None),
        ("$90 million, or more than that", "90000000", "USD", "exact", None),
        ("$90 million orchestrated", "90000000", "USD", "exact", None),
        ("a 90 minute revenge flick", "90", "minute", "exact", None),
        ("over the years, $90 million", "90000000", "USD", "exact", None),
        # Reported: a determiner, a possessive or an adjective between the words and the
        # figure hid them.
        ("cost less than its planned $90 million", "90000000", "USD", "at_most", "less than"),
        ("cost more than a reported $90 million", "90000000", "USD", "at_least", "more than"),
        ("cost well over its $90 million budget", "90000000", "USD", "at_least", "well over"),
        ("more than the $90 million of Chapter 4", "90000000", "USD", "at_least", "more than"),
        ("cost at least a cool $90 million", "90000000", "USD", "at_least", "at least"),
        ("cost nearly all of its $90 million", "90000000", "USD", "at_most", "nearly"),
        ("cost far below its $90 million budget", "90000000", "USD", "at_most", "below"),
        ("cost over an estimated $90 million", "90000000", "USD", "at_least", "over"),
        ("on its $90 million budget", "90000000", "USD", "exact", None),
        # The figure a change is to, a year before "to", a span after the figure.
        ("it cost $80 million, down from $90 million", "80000000", "USD", "exact", None),
        ("its budget grew in 2023 to $90 million", "90000000", "USD", "exact", None),
        ("it opened in 3,400 theaters to $24.5 million", "24500000", "USD", "exact", None),
        ("it earned $90 million a year ago", "90000000", "USD", "exact", None),
        ("it earned $25 million over the weekend", "25000000", "USD", "exact", None),
        ("the Times reported $90 million", "90000000", "USD", "exact", None),
        # Reported: bounds written after the figure other than "or ..." were not read.
        ("it grossed $90 million at most", "90000000", "USD", "at_most", "at most"),
        ("it grossed $90 million, tops", "90000000", "USD", "at_most", "tops"),
        ("it grossed $90 million at best", "90000000", "USD", "at_most", "at best"),
        ("it grossed $90 million, at least", "90000000", "USD", "at_least", "at least"),
        ("it grossed just south of $90 million", "90000000", "USD", "at_most", "south of"),
        ("it grossed $90 million and tops the chart", "90000000", "USD", "exact", None),
        # Reported: "at a minimum" and a closing "tops" after the figure were not read.
        ("its budget was $90 million at a minimum", "90000000", "USD", "at_least",
         "at a minimum"),
        ("its budget was $90 million tops", "90000000", "USD", "at_most", "tops"),
        ("its budget was $90 million tops the chart", "90000000", "USD", "exact", None),
        # Reported: "and change" was read as no bound; so were "odd" and a bare "plus".
        ("it cost $12 million and change", "12000000", "USD", "at_least", "and change"),
        ("it cost $12 million odd", "12000000", "USD", "at_least", "odd"),
        ("it cost $12 million-odd", "12000000", "USD", "at_least", "-odd"),
        ("it cost $12-odd million", "12000000", "USD", "at_least", "odd"),
        ("it cost $12 million plus", "12000000", "USD", "at_least", "plus"),
        ("it cost $12 million plus $5 million more", "12000000", "USD", "exact", None),
        ("$12 million odd jobs paid", "12000000", "USD", "exact", None),
        # Reported: the low end of an estimate and "sub-" were read as exact.
        ("it cost as little as $90 million", "90000000", "USD", "at_least", "as little as"),
        ("it cost as low as $90 million", "90000000", "USD", "at_least", "as low as"),
        ("it had a sub-$90 million budget", "90000000", "USD", "at_most", "sub-"),
        ("it cost as high as $90 million", "90000000", "USD", "at_most", "as high as"),
        # Reported: the verbs of a threshold crossed or still ahead gave no bound.
        ("it topped $100 million", "100000000", "USD", "at_least", "topped"),
        ("it tops $100 million", "100000000", "USD", "at_least", "tops"),
        ("it crossed $100 million", "100000000", "USD", "at_least", "crossed"),
        ("it passed the $100 million mark", "100000000", "USD", "at_least", "passed"),
        ("it cracked $100 million", "100000000", "USD", "at_least", "cracked"),
        ("it surpassed $100 million", "100000000", "USD", "at_least", "surpassed"),
        ("it eclipsed the $100 million mark", "100000000", "USD", "at_least", "eclipsed"),
        ("it exceeded $100 million", "100000000", "USD", "at_least", "exceeded"),
        ("it broke $100 million", "100000000", "USD", "at_least", "broke"),
        # Reported: "cleared" and a verb with "past" were read as exact.
        ("it has cleared $100 million", "100000000", "USD", "at_least", "cleared"),
        ("it will clear $100 million", "100000000", "USD", "at_least", "clear"),
        ("it edged past $100 million", "100000000", "USD", "at_least", "past"),
        ("it sailed past the $100 million mark", "100000000", "USD", "at_least", "past"),
        ("it went beyond $100 million", "100000000", "USD", "at_least", "beyond"),
        ("it ballooned past its planned $90 million", "90000000", "USD", "at_least", "past"),
        ("it will top $100 million", "100000000", "USD", "at_least", "top"),
        ("its run time exceeds two hours", "120", "minute", "at_least", "exceeds"),
        ("it is nearing $100 million", "100000000", "USD", "at_most", "nearing"),
        ("it is approaching $100 million", "100000000", "USD", "at_most", "approaching"),
        ("it is closing in on $100 million", "100000000", "USD", "at_most", "closing in on"),
        ("it grossed the better part of $100 million", "100000000", "USD", "at_most",
         "the better part of"),
        # Reported: "in the region of", "nigh on" and "pushing" before a figure were not read.
        ("it runs in the region of two hours", "120", "minute", "about", "in the region of"),
        ("it runs nigh on two hours", "120", "minute", "at_most", "nigh on"),
        ("it is pushing two hours", "120", "minute", "at_most", "pushing"),
        ("it is pushing $100 million", "100000000", "USD", "at_most", "pushing"),
        # Reported: an approximator after the figure's comma, and "or thereabouts", were not
        # read; before a word, "roughly" compares and "or so" tells who says it.
        ("it cost $90 million, give or take", "90000000", "USD", "about", "give or take"),
        ("it cost $90 million, roughly", "90000000", "USD", "about", "roughly"),
        ("it cost $90 million roughly", "90000000", "USD", "about", "roughly"),
        ("it cost $90 million, approximately", "90000000", "USD", "about", "approximately"),
        ("it cost $90 million or thereabouts", "90000000", "USD", "about", "or thereabouts"),
        ("it cost $90 million, or thereabouts", "90000000", "USD", "about", "or thereabouts"),
        ("it cost $90 million, more or less", "90000000", "USD", "about", "more or less"),
        ("it cost $90 million, or so", "90000000", "USD", "about", "or so"),
        ("it cost $90 million, roughly the cost of Chapter 2", "90000000", "USD", "exact",
         None),
        ("it cost $90 million and roughly two years", "90000000", "USD", "exact", None),
        ("it cost $90 million, or so the studio says", "90000000", "USD", "exact", None),
        # Reported: "plus or minus" and "in the neighborhood" after a figure were read as exact.
        ("it cost $90 million, plus or minus", "90000000", "USD", "about", "plus or minus"),
        ("it cost $90 million plus or minus $5 million", "90000000", "USD", "about",
         "plus or minus"),
        ("it cost $90 million, in the neighborhood", "90000000", "USD", "about",
         "in the neighborhood"),
        ("it cost $90 million, ballpark", "90000000", "USD", "about", "ballpark"),
        ("it cost $90 million in the neighborhood of Prague", "90000000", "USD", "exact", None),
        ("it grossed $5 million in the region", "5000000", "USD", "exact", None),
        # Reported: a bound's words were read only with one plain space between them.
        ("it cost less\nthan $90 million", "90000000", "USD", "at_most", "less than"),
        ("it cost more\u00a0than $90 million", "90000000", "USD", "at_least", "more than"),
        ("it cost north  of $90 million", "90000000", "USD", "at_least", "north of"),
        ("it cost upwards\u2009of $90 million", "90000000", "USD", "at_least", "upwards of"),
        # Reported: "beyond" before a figure, and "-ish" on it, were read as exact.
        ("it grossed beyond $100 million", "100000000", "USD", "at_least", "beyond"),
        ("it cost $90 million-ish", "90000000", "USD", "about", "-ish"),
        ("it cost $90-ish million", "90000000", "USD", "about", "ish"),
        ("it runs 125-ish minutes", "125", "minute", "about", "ish"),
        # Reported: a report's own change word ("Whispers ... grew louder") was read as the
        # figure's change.
        ("Whispers that it cost $90 million grew louder", "90000000", "USD", "exact", None),
        # Reported: a floor, a ceiling, "short of", "within" and a figure still growing were
        # read as exact.
        ("it grossed a minimum of $58 million", "58000000", "USD", "at_least", "a minimum of"),
        ("it grossed a maximum of $58 million", "58000000", "USD", "at_most", "a maximum of"),
        ("it grossed short of $58 million", "58000000", "USD", "at_most", "short of"),
        ("it grossed within $58 million", "58000000", "USD", "at_most", "within"),
        ("it grossed nudging $58 million", "58000000", "USD", "at_most", "nudging"),
        ("it grossed in the neighborhood of $58 million", "58000000", "USD", "about",
         "in the neighborhood of"),
        ("it grossed on the order of $58 million", "58000000", "USD", "about",
         "on the order of"),
        ("it has grossed $58 million and counting", "58000000", "USD", "at_least",
         "and counting"),
        ("it has grossed $58 million and rising", "58000000", "USD", "at_least", "and rising"),
    ],
)  # fmt: skip
def test_the_words_by_a_figure_give_its_bound(
    quote: str, amount: str, unit: str, bound: str, word: str | None
) -> None:
    claim = _figure_claim(quote, amount, unit)
    assert isinstance(claim.value, Quantity)
    given = attrs.evolve(claim, value=attrs.evolve(claim.value, bound=Bound(bound)))
    assert [] == _rules.bound_read_from_its_quote_or_noted(given)
    for other in set(Bound) - {Bound(bound)}:
        wrong = attrs.evolve(claim, value=attrs.evolve(claim.value, bound=other))
        (breach,) = _rules.bound_read_from_its_quote_or_noted(wrong)
        assert (breach.rule, breach.field) == ("figure bound", "value.bound")
        after = word in _rules.BOUND_WORDS_AFTER and quote.casefold().endswith(word or "")
        where = "after" if after or word not in _rules.BOUND_WORDS else "before"
        where = "within" if f"-{word} " in quote else where  # "$12-odd million"
        said = (
            "no word before or after the figure" if word is None else f"{word!r} {where} the figure"
        )
        assert breach.message.startswith(f"the quote writes {said}")
        assert f"gives the bound {bound!r}, not {other.value!r}" in breach.message
        assert breach in _rules.quote_breaches(wrong, CATALOG)
        noted = attrs.evolve(wrong, note="the text's other figure says it is so")
        assert [] == _rules.bound_read_from_its_quote_or_noted(noted)


@each(
    ("text", "quote", "amount", "unit", "bound", "word"),
    [
        ("The film cost $90 million or more.", "The film cost $90 million", "90000000", "USD",
         "at_least", "'or more' after"),
        ("It runs two hours or so.", "It runs two hours", "120", "minute", "about",
         "'or so' after"),
        ("It grossed $90 million, tops.", "It grossed $90 million", "90000000", "USD",
         "at_most", "'tops' after"),
        ("Ballerina cost $90 million, give or take.", "Ballerina cost $90 million", "90000000",
         "USD", "about", "'give or take' after"),
        ("Ballerina cost $90 million, roughly.", "Ballerina cost $90 million", "90000000",
         "USD", "about", "'roughly' after"),
        ("The film cost over $90 million.", "$90 million", "90000000", "USD", "at_least",
         "'over' before"),
        # No amount of its own: one end of a range, a rate, a difference, a part.
        ("The film cost $90 million to $100 million.", "The film cost $90 million",
         "90000000", "USD", None, "'$90 million to $1'"),
        ("It made $5 million a day.", "It made $5 million", "5000000", "USD", None,
         "'$5 million a day'"),
        ("It made $50 million more than Chapter 3.", "It made $50 million", "50000000", "USD",
         None, "'$50 million more'"),
        ("The cut adds 10 minutes of credits.", "The cut adds 10 minutes", "10", "minute",
         None, "'10 minutes of'"),
        ("The film cost between $80 million and $90 million.", "$90 million", "90000000",
         "USD", None, "'between $80 million and $90 million'"),
    ],
)  # fmt: skip
def test_the_words_past_a_quotes_ends_give_its_figures_bound(
    text: str, quote: str, amount: str, unit: str, *, bound: str | None, word: str
) -> None:
    # Reported: a bound, a range's other end or a rate just after the quote's end was not
    # read, though the same words in the quote were: "The film cost $90 million" quoted
    # from "... $90 million or more." passed as exact.
    claim = _quoted_from(_figure_claim(quote, amount, unit), text)
    (breach,) = _rules.bound_read_from_its_quote_or_noted(claim, CATALOG)
    assert breach in _rules.quote_breaches(claim, CATALOG)
    if bound is None:
        assert breach.field == "value.amount"
        assert f"a rate or a difference ({word})" in breach.message
    else:
        assert breach.message.startswith(f"the quote writes {word} the figure")
        assert isinstance(claim.value, Quantity)
        given = attrs.evolve(claim, value=attrs.evolve(claim.value, bound=Bound(bound)))
        assert [] == _rules.bound_read_from_its_quote_or_noted(given, CATALOG)
    noted = attrs.evolve(claim, note=f"'{text[:-1]}': the text's figure, read so.")
    assert [] == _rules.bound_read_from_its_quote_or_noted(noted, CATALOG)
    # The quote alone, with no text around it, gives an amount of its own.
    alone = _figure_claim(quote, amount, unit)
    assert [] == _rules.bound_read_from_its_quote_or_noted(alone, CATALOG)


@each(
    ("text", "quote", "amount", "unit", "missing"),
    [
        ("The film cost $90 million AUD.", "The film cost $90 million", "90000000", "USD",
         "the currency USD"),
        ("The film cost $90 million.", "The film cost $90", "90", "USD", "the amount 90"),
        ("It runs 2 hours 10 minutes.", "It runs 2 hours", "2", "hour", "the duration 2 hour"),
    ],
)  # fmt: skip
def test_the_words_after_a_quote_say_what_its_last_figure_is(
    text: str, quote: str, amount: str, unit: str, missing: str
) -> None:
    # Reported: a currency or scale word just after the quote's end was not read: "The film
    # cost $90 million" quoted from "... $90 million AUD." passed as US dollars.
    claim = _quoted_from(_figure_claim(quote, amount, unit), text)
    (breach,) = _rules.quantity_written_by_its_quote_or_noted(claim, CATALOG)
    assert breach.message.startswith(f"the quote does not write {missing}")
    assert [] == _rules.quantity_written_by_its_quote_or_noted(
        _figure_claim(quote, amount, unit), CATALOG
    )


def test_every_box_office_figure_is_a_running_total() -> None:
    found = {c.id: _rules.box_office_a_running_total(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)


@each(
    ("text", "quote", "field", "words"),
    [
        ("Ballerina opened to $25 million in its first weekend.",
         "Ballerina opened to $25 million in its first weekend", "date", "opened to"),
        ("In its third weekend, Ballerina earned $25 million.", "Ballerina earned $25 million",
         "amount", "third weekend"),
        ("Ballerina earned $25 million over its opening weekend.",
         "Ballerina earned $25 million", "date", "opening weekend"),
        ("Ballerina earned $25 million on its opening day.", "$25 million", "date",
         "opening day"),
        ("Ballerina earned $25 million in its second week.", "Ballerina earned $25 million",
         "amount", "second week"),
        ("Ballerina earned $25 million from Thursday previews.",
         "Ballerina earned $25 million from Thursday previews", "date", "previews"),
        ("Ballerina earned $25 million on Saturday.", "Ballerina earned $25 million", "amount",
         "on Saturday"),
        # Reported: an opening written as an adjective, the first days, and takings added.
        ("Ballerina had a $25 million opening.", "$25 million", "date", "opening"),
        ("Ballerina earned a $25 million domestic debut.", "Ballerina earned a $25 million",
         "date", "debut"),
        ("Ballerina made $25 million in its first three days.", "Ballerina made $25 million",
         "date", "first three days"),
        ("Ballerina added $25 million.", "Ballerina added $25 million", "amount", "added"),
        # Reported: words between the verb of the opening and its "with" hid the opening.
        ("Ballerina debuted at number one with $25 million.", "$25 million", "date",
         "debuted at number one with"),
        ("Ballerina opened in first place with $25 million.", "$25 million", "date",
         "opened in first place with"),
        ("Ballerina opened on 3,400 screens with $25 million.", "$25 million", "date",
         "opened on 3,400 screens with"),
        ("Ballerina opened at the top of the box office with $25 million.",
         "Ballerina opened at the top of the box office with $25 million", "date",
         "opened at the top of the box office with"),
        ("Ballerina kicked off with $25 million.", "$25 million", "date", "kicked off with"),
        ("Ballerina brought in another $25 million.", "$25 million", "amount", "another"),
        ("Ballerina earned an additional $25 million.", "$25 million", "amount", "additional"),
        # A total up to a period's end, or another figure's period, is the running total.
        ("Ballerina has grossed $25 million since its opening.", "$25 million", None, None),
        ("Ballerina opened to mixed reviews but has grossed $25 million.", "$25 million",
         None, None),
        ("Ballerina opened in June and has grossed $25 million.", "$25 million", None, None),
        ("Ballerina has grossed $25 million after its second weekend.", "$25 million", None,
         None),
        ("Ballerina has grossed $25 million so far, after opening to $9 million in its first"
         " weekend.", "Ballerina has grossed $25 million so far", None, None),
        # Reported: the words of the figure before, to a clause's break, were read as this
        # one's, and the running total was refused as the opening's.
        ("Ballerina earned $9 million in its opening weekend and has now made $25 million"
         " worldwide.", "$9 million in its opening weekend and has now made $25 million worldwide",
         None, None),
        ("After a $9 million opening weekend, Ballerina has now made $25 million worldwide.",
         "Ballerina has now made $25 million worldwide", None, None),
        # Reported: a running total reached on a day or weekend was refused as its takings.
        ("Ballerina crossed $25 million worldwide on Sunday.",
         "Ballerina crossed $25 million worldwide", None, None),
        ("Ballerina's worldwide total reached $25 million on Sunday.",
         "Ballerina's worldwide total reached $25 million on Sunday", None, None),
        ("The weekend brings Ballerina's worldwide total to $25 million.",
         "Ballerina's worldwide total to $25 million", None, None),
        # A period's own total is its takings.
        ("Ballerina's second weekend total was $25 million.",
         "Ballerina's second weekend total was $25 million", "amount", "second weekend"),
        # Reported: one period's takings with no "on" before a weekday, or a holiday, one day.
        ("Ballerina grossed $25 million Monday.", "Ballerina grossed $25 million Monday",
         "amount", "Monday"),
        ("Ballerina's Friday haul was $25 million.", "Ballerina's Friday haul was $25 million",
         "amount", "Friday"),
        ("Ballerina made $25 million on Father's Day.",
         "Ballerina made $25 million on Father's Day", "amount", "Father's Day"),
        ("Ballerina earned $25 million during the week.",
         "Ballerina earned $25 million during the week", "amount", "during the week"),
        ("Ballerina made $25 million between Monday and Thursday.",
         "Ballerina made $25 million between Monday and Thursday", "amount", "Monday"),
        ("Ballerina sold $25 million in tickets in one day.",
         "Ballerina sold $25 million in tickets in one day", "amount", "in one day"),
        # Reported: one frame's takings were the total.
        ("Ballerina grossed $25 million this frame.", "Ballerina grossed $25 million this frame",
         "amount", "this frame"),
        # Reported: an opening's takings "this weekend" had no way through: the weekend an
        # opening's verb takes the figure in is the opening's, a total as of then.
        ("Ballerina opened to $25 million this weekend.",
         "Ballerina opened to $25 million this weekend", "date", "opened to"),
        ("Ballerina opened to $25 million last weekend.",
         "Ballerina opened to $25 million last weekend", "date", "opened to"),
        ("Ballerina debuted with $25 million on Friday.",
         "Ballerina debuted with $25 million on Friday", "date", "debuted with"),
        # A total up to a day, or reached on it, is the running total.
        ("By Monday, Ballerina had made $25 million.", "Ballerina had made $25 million", None,
         None),
        ("Ballerina's total reached $25 million Sunday.",
         "Ballerina's total reached $25 million Sunday", None, None),
    ],
)  # fmt: skip
def test_a_box_office_figure_of_part_of_the_run_is_no_total(
    text: str, quote: str, field: str | None, words: str | None
) -> None:
    # Reported: a weekend's, a week's or a day's takings passed as the box office total,
    # and a later weekend's figure then stood as the latest total.
    claim = _quoted_from(_figure_claim(quote, "25000000", "USD"), text)
    found = _rules.box_office_a_running_total(claim, CATALOG)
    if field is None:
        assert [] == found
        return
    (breach,) = found
    assert breach in _rules.quote_breaches(claim, CATALOG)
    assert f"({words!r})" in breach.message
    dated = attrs.evolve(claim, qualifiers=Qualifiers(date=PartialDate.parse("2025-06")))
    if field == "date":
        assert breach.field == "qualifiers.date"
        assert [] == _rules.box_office_a_running_total(dated, CATALOG)
    else:
        # No note nor date makes one period's takings a total.
        assert breach.field == "value.amount"
        noted = attrs.evolve(dated, note=f"'{words}': that period's takings.")
        assert [breach] == _rules.box_office_a_running_total(noted, CATALOG)


@each(
    ("text", "quote", "words"),
    [
        # Reported: a forecast and a break-even target passed as takings.
        ("Ballerina is tracking for a $25 million opening.", "$25 million", "tracking"),
        ("Ballerina eyes a $25 million debut.", "Ballerina eyes a $25 million", "eyes"),
        ("Ballerina is on pace for $25 million.", "$25 million", "on pace for"),
        ("Ballerina needs to gross $25 million to break even.", "$25 million", "needs to"),
        ("Ballerina's break-even point is $25 million.", "$25 million", "break-even"),
        ("$25 million is what Ballerina must make to turn a profit.", "$25 million", "must"),
        # Reported: a figure the film moves toward, aims at or needs passed as takings.
        ("Ballerina is heading for $25 million.", "$25 million", "heading for"),
        ("Ballerina is headed toward $25 million.", "$25 million", "headed toward"),
        ("Ballerina is bound for $25 million.", "$25 million", "bound for"),
        ("Ballerina is en route to $25 million.", "$25 million", "en route to"),
        ("Ballerina is chasing $25 million.", "$25 million", "chasing"),
        ("Ballerina is within reach of $25 million.", "$25 million", "within reach of"),
        ("Ballerina is trending toward $25 million.", "$25 million", "trending toward"),
        ("Ballerina is gunning for $25 million.", "$25 million", "gunning for"),
        ("Ballerina needs $25 million.", "$25 million", "needs"),
    ],
)
def test_a_box_office_target_or_forecast_is_no_takings(text: str, quote: str, words: str) -> None:
    claim = _quoted_from(_figure_claim(quote, "25000000", "USD"), text)
    (breach,) = _rules.box_office_a_running_total(claim, CATALOG)
    assert (breach.rule, breach.field) == ("part of the run", "value.amount")
    assert f"as a target or a forecast ({words!r})" in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    # A note says how it is read, and a forecast's status that it is one (an opening's
    # figure still needs its date); a target's status says nothing.
    noted = attrs.evolve(claim, note=f"'{words}': the figure the text forecasts, read so.")
    assert breach not in _rules.box_office_a_running_total(noted, CATALOG)
    expected = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.EXPECTED))
    left = _rules.box_office_a_running_total(expected, CATALOG)
    forecast = words in _rules.PART_OF_RUN_WORDS["forecast"]
    assert all("a target or a forecast" not in each.message for each in left) is forecast


@each(
    ("text", "quote", "amount", "unit", "words"),
    [
        # Reported: a trailer's, a cut's or a scene's running time, and another work's
        # figure in the same sentence, passed as the work's own.
        ("The trailer for Ballerina runs 2 minutes.", "runs 2 minutes", "2", "minute",
         "part 'trailer'"),
        ("Ballerina's director's cut runs 150 minutes.", "runs 150 minutes", "150", "minute",
         "part \"director's cut\""),
        ("Ballerina's opening fight lasts 20 minutes.", "lasts 20 minutes", "20", "minute",
         "part 'fight'"),
        ("Ballerina features a 20-minute action scene.", "a 20-minute", "20", "minute",
         "part 'scene'"),
        # Reported: a shot of the film was no part of it.
        ("In Ballerina, the one-take shot runs 10 minutes.", "runs 10 minutes", "10", "minute",
         "part 'one-take'"),
        ("Ballerina made $58 million while Chapter 4 made $440 million.", "$440 million",
         "440000000", "USD", "work 'Chapter 4'"),
        ("Ballerina made $58 million; John Wick 4 made $440 million.", "$440 million",
         "440000000", "USD", "work 'John Wick 4'"),
        # Reported: "respectively" pairs figures and works by order, which is not read.
        ("Ballerina and John Wick: Chapter 4 cost $90 million and $100 million, respectively.",
         "$100 million", "100000000", "USD", "order 'respectively'"),
        ("Ballerina and John Wick: Chapter 4 cost $90 million and $100 million, respectively.",
         "$90 million", "90000000", "USD", "order 'respectively'"),
        # The subject's own figure, or a clause naming the subject too, is the subject's.
        ("Ballerina made $58 million while Chapter 4 made $440 million.", "$58 million",
         "58000000", "USD", None),
        ("Ballerina, like Chapter 4, made $58 million.", "$58 million", "58000000", "USD", None),
        ("Ballerina, which opens with a long fight, runs 125 minutes.", "runs 125 minutes",
         "125", "minute", None),
        ("Ballerina runs 125 minutes, longer than its trailer.", "runs 125 minutes", "125",
         "minute", None),
        # Reported: a figure in a relative clause after another work was the subject's, and
        # a person's screen time or a wait the running time.
        ("Ballerina, at 125 minutes, is shorter than Chapter 4, which runs 169 minutes.",
         "169 minutes", "169", "minute", "work 'Chapter 4'"),
        ("Keanu Reeves appears in Ballerina for 10 minutes.", "10 minutes", "10", "minute",
         "time 'Keanu Reeves appears in Ballerina for'"),
        ("Keanu Reeves is on screen for 10 minutes in Ballerina.", "10 minutes", "10",
         "minute", "time 'Keanu Reeves is on screen for   in Ballerina'"),
        ("Ballerina makes audiences wait 90 minutes for Keanu Reeves.", "90 minutes", "90",
         "minute", "time 'Ballerina makes audiences wait   for Keanu Reeves'"),
        ("Ballerina, at 125 minutes, is shorter than Chapter 4, which runs 169 minutes.",
         "125 minutes", "125", "minute", None),
        ("Ballerina, which Keanu Reeves appears in, runs 125 minutes.", "125 minutes", "125",
         "minute", None),
        ("Ballerina is 125 minutes long.", "125 minutes", "125", "minute", None),
        ("Ballerina has a running time of 125 minutes.", "125 minutes", "125", "minute", None),
        ("Ballerina clocks in at 125 minutes.", "125 minutes", "125", "minute", None),
        # Reported: a fact box's label was no word of the clause, and the message named none.
        ("Running time: 125 minutes.", "125 minutes", "125", "minute", None),
        ("Screen time: 10 minutes.", "10 minutes", "10", "minute", "time 'Screen time:'"),
        ("Ballerina is a 125-minute action film.", "125-minute", "125", "minute", None),
        # Reported: an impression of length was read as the running time.
        ("Ballerina feels like it runs 180 minutes.", "180 minutes", "180", "minute",
         "impression 'feels'"),
        ("Ballerina feels 30 minutes too long.", "30 minutes", "30", "minute",
         "impression 'feels'"),
        ("Ballerina seems to last 180 minutes.", "180 minutes", "180", "minute",
         "impression 'seems'"),

        # Reported: a running time opening the sentence before the work, or one counting
        # the credits in, was refused.
        ("At 125 minutes, Ballerina is the shortest film in the franchise.", "At 125 minutes",
         "125", "minute", None),
        ("At 125 minutes, the film is the shortest.", "At 125 minutes", "125", "minute", None),
        ("Ballerina runs 125 minutes including credits.", "runs 125 minutes", "125", "minute",
         None),
        ("At 125 minutes, Keanu Reeves is on screen most.", "At 125 minutes", "125", "minute",
         "time 'At'"),
        ("Ballerina runs 125 minutes excluding credits.", "runs 125 minutes", "125", "minute",
         "part 'credits'"),
        ("The credits run 10 minutes.", "run 10 minutes", "10", "minute", "part 'credits'"),
        # Reported: a listing's running time, alone just after the work's name, was none.
        ("Ballerina (125 mins) is a blast.", "125 mins", "125", "minute", None),
        ("Ballerina (125 min.) is a blast.", "125 min.", "125", "minute", None),
        ("Ballerina (2025, 125 mins) is a blast.", "125 mins", "125", "minute", None),
        ("Ballerina, 125 mins, is a blast.", "125 mins", "125", "minute", None),
        # Another thing's, a person's, or a time into the film is none.
        ("The Ballerina trailer (2 mins) is out.", "2 mins", "2", "minute", "time ''"),
        ("Keanu Reeves (10 mins) steals Ballerina.", "10 mins", "10", "minute", "time ''"),
        ("Ballerina, 10 minutes in, turns.", "10 minutes", "10", "minute", "time 'in'"),
        # Reported: a version or a past cut of the work passed as its running time.
        ("Ballerina runs 140 minutes in the unrated version.", "runs 140 minutes", "140",
         "minute", "cut 'version'"),
        ("Ballerina runs 140 minutes uncut.", "runs 140 minutes", "140", "minute",
         "cut 'uncut'"),
        ("Ballerina ran 180 minutes at test screenings.", "ran 180 minutes", "180", "minute",
         "cut 'test screenings'"),
        ("Ballerina ran 180 minutes before editing.", "ran 180 minutes", "180", "minute",
         "cut 'before editing'"),
        ("Ballerina once ran 180 minutes.", "ran 180 minutes", "180", "minute",
         "cut 'once ran'"),
        # Reported: a rank's "No. 1" was read as a figure of its own and a sentence's end.
        ("Ballerina opened at No. 1 with $25 million.", "Ballerina opened at No. 1 with $25"
         " million", "25000000", "USD", None),
    ],
)  # fmt: skip
def test_a_figure_of_another_thing_or_work_needs_a_note(
    text: str, quote: str, amount: str, unit: str, words: str | None
) -> None:
    figure = _figure_claim(quote, amount, unit)
    if unit == "minute":
        figure = attrs.evolve(figure, predicate=Predicate.DURATION)
    claim, catalog = _read_in(figure, text)
    assert claim.subject == "film/ballerina-2024"
    found = _rules.figure_of_the_work_itself_or_noted(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("figure of the work", "value.amount")
    kind, name = words.split(" ", 1)
    if kind == "time":
        assert f"clause ({name}) gives it as no running time" in breach.message
    elif kind == "impression":
        assert f"clause writes {name}, an impression of length" in breach.message
    elif kind == "cut":
        assert f"clause writes {name}, a version or a past cut" in breach.message
    else:
        said = {"part": "another thing than the work", "work": "another work", "order": "by order"}
        assert f"{said[kind]} ({name})" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note="The text's figure, read as the film's.")
    assert [] == _rules.figure_of_the_work_itself_or_noted(noted, catalog)


@each(
    ("text", "date", "other"),
    [
        # Reported: a date whose clause names another work, and not the subject, was the
        # subject's.
        ("Ballerina opened on June 6, 2025; Chapter 4 opened on March 24, 2023.",
         "2023-03-24", "Chapter 4"),
        ("Ballerina opened on June 6, 2025, while Chapter 4 opened on March 24, 2023.",
         "2023-03-24", "Chapter 4"),
        ("Ballerina opened on June 6, 2025, two years after Chapter 4 opened on March 24,"
         " 2023.", "2023-03-24", "Chapter 4"),
        ("Ballerina, unlike Chapter 4, which opened on March 24, 2023, waited.", "2023-03-24",
         "Chapter 4"),
        # The subject's own date, in any of them, is the subject's.
        ("Ballerina opened on June 6, 2025; Chapter 4 opened on March 24, 2023.",
         "2025-06-06", None),
        ("Ballerina opened on June 6, 2025, two years after Chapter 4 opened on March 24,"
         " 2023.", "2025-06-06", None),
        ("Ballerina, which Chapter 4 led to, opened on June 6, 2025.", "2025-06-06", None),
    ],
)  # fmt: skip
def test_a_date_of_another_work_needs_a_note(text: str, date: str, other: str | None) -> None:
    claim, catalog = _read_in(_date_claim(text.rstrip("."), date), text)
    assert claim.subject == "film/ballerina-2024"
    found = _rules.figure_of_the_work_itself_or_noted(claim, catalog)
    if other is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("date of the work", "value.date")
    assert f"the date's clause names another work ({other!r})" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note="The text's date, read as the film's.")
    assert [] == _rules.figure_of_the_work_itself_or_noted(noted, catalog)


_TEXT_PREDICATES = (
    "filming_location",
    "narrative_location",
    "genre",
    "plot",
    "set_in_period",
    "title",
    "production_status",
)


@each(
    ("text", "value", "other"),
    [
        # Reported: a credit whose clause is another work's was the subject's.
        ("Ballerina was directed by Len Wiseman; John Wick: Chapter 4 was directed by Chad"
         " Stahelski.", "director:person/chad-stahelski", "Chapter 4"),
        ("Ballerina was directed by Len Wiseman, while John Wick: Chapter 4 was directed by"
         " Chad Stahelski.", "director:person/chad-stahelski", "Chapter 4"),
        ("Ballerina stars Ana de Armas, while John Wick: Chapter 4 starred Keanu Reeves.",
         "person/keanu-reeves", "Chapter 4"),
        # The subject's own, and a work the person is known for.
        ("Ballerina was directed by Len Wiseman; John Wick: Chapter 4 was directed by Chad"
         " Stahelski.", "director:person/len-wiseman", None),
        ("Ballerina stars Ana de Armas, while John Wick: Chapter 4 starred Keanu Reeves.",
         "person/ana-de-armas", None),
        ("John Wick: Chapter 4 star Keanu Reeves appears in Ballerina.", "person/keanu-reeves",
         None),
        ("Keanu Reeves, who starred in John Wick: Chapter 4, appears in Ballerina.",
         "person/keanu-reeves", None),
    ],
)  # fmt: skip
def test_a_credit_of_another_work_is_refused_or_noted(
    text: str, value: str, other: str | None
) -> None:
    claim, catalog = _read_in(_work_value_claim(text, value), text)
    found = _rules.figure_of_the_work_itself_or_noted(claim, catalog)
    if other is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("value of the work", "value.id")
    assert f"names another work ({other!r}) and not the claim's subject" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{other}' is named; the credit is Ballerina's.")
    assert [] == _rules.figure_of_the_work_itself_or_noted(noted, catalog)


@each(
    ("text", "value", "owner"),
    [
        # Reported: another film's figure, date or distributor, by its possessive or its
        # clause, was the subject's, whether or not the catalog knows the film.
        ("Ballerina opened to $24.5 million, well below John Wick: Chapter 4's $73.8"
         " million.", "box_office:73800000 USD", "John Wick: Chapter 4"),
        ("Ballerina opened in second place behind Lilo & Stitch's $32.5 million.",
         "box_office:32500000 USD", "Lilo & Stitch"),
        ("Lilo & Stitch took the top spot with $32.5 million, ahead of Ballerina.",
         "box_office:32500000 USD", "Lilo & Stitch"),
        ("Ballerina trailed Materialists, which took in $30 million.",
         "box_office:30000000 USD", "Materialists"),
        ("At 125 minutes, Ballerina is shorter than Materialists, which runs 139 minutes.",
         "139 minute", "Materialists"),
        ("Ballerina runs 125 minutes. Materialists runs 109 minutes.", "109 minute",
         "Materialists"),
        ("Ballerina opens June 6, 2025, while Materialists opens June 13, 2025.", "2025-06-13",
         "Materialists"),
        ("Ballerina is distributed by Lionsgate, while Materialists is distributed by"
         " Netflix.", "distributor:org/netflix", "Materialists"),
        # Reported: a title with small words or a symbol was read as no owner.
        ("Gone with the Wind has grossed $84 million, well ahead of Ballerina's $25 million.",
         "box_office:84000000 USD", "Gone with the Wind"),
        ("How to Train Your Dragon opened June 13, 2025, a week after Ballerina.",
         "2025-06-13", "How to Train Your Dragon"),
        ("How to Train Your Dragon cost $150 million, nearly twice Ballerina.",
         "150000000 USD", "How to Train Your Dragon"),
        ("How to Train Your Dragon runs 125 minutes, longer than Ballerina.", "125 minute",
         "How to Train Your Dragon"),
        ("Thunderbolts* opened June 13, 2025, a week after Ballerina.", "2025-06-13",
         "Thunderbolts*"),
        ("the new Karate Kid opened June 13, 2025, a week after Ballerina.", "2025-06-13",
         "Karate Kid"),
        ("Ballerina opened June 6, 2025, a week before How to Train Your Dragon.",
         "2025-06-06", None),
        # The subject's own, beside another's.
        ("Ballerina opened to $24.5 million, well below John Wick: Chapter 4's $73.8"
         " million.", "box_office:24500000 USD", None),
        ("Ballerina runs 125 minutes. Materialists runs 109 minutes.", "125 minute", None),
        ("Ballerina opens June 6, 2025, while Materialists opens June 13, 2025.", "2025-06-06",
         None),
        ("Ballerina is distributed by Lionsgate, while Materialists is distributed by"
         " Netflix.", "distributor:org/lionsgate", None),
        ("It runs 125 minutes.", "125 minute", None),
        ("The Matrix's Keanu Reeves stars in it.", "person/keanu-reeves", None),
        ("Ana de Armas leaves a trail of violence in this 125 minute revenge flick.",
         "125 minute", None),
        ("Filming is set to begin in Prague in May 2026.", "filming_date:2026-05", None),
        # Reported: a date set "for" the subject was read as its setter's.
        ("Peacock has set an August 15, 2025 streaming date for Ballerina.", "2025-08-15",
         None),
        ("Peacock has set an August 15, 2025 date for its own show.", "2025-08-15", "Peacock"),
        ("Peacock has set an August 15, 2025 date for Ballerina 2.", "2025-08-15", "Peacock"),
        ("Peacock has set an August 15, 2025 date for Ballerina's sequel.", "2025-08-15",
         "Peacock"),
    ],
)  # fmt: skip
def test_a_value_another_name_owns_is_refused_or_noted(
    text: str, value: str, owner: str | None
) -> None:
    claim, catalog = _read_in(_work_value_claim(text, value), text)
    found = _rules.value_owned_by_its_subject(claim, catalog)
    if owner is None:
        assert [] == found
        return
    (breach,) = found
    assert breach.rule == "value of the work"
    assert f"the sentence gives the value to {owner!r}, not to the claim's subject" in (
        breach.message
    )
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{owner}' is named; the value is Ballerina's.")
    assert [] == _rules.value_owned_by_its_subject(noted, catalog)


def _work_value_claim(text: str, value: str) -> Claim:
    """A claim of film/ballerina-2024 quoting ``text``: a release date ("2026-06-13"), a
    figure ("20000000 USD", "140 minute", "2 hour"; takings with "box_office" after it), or
    a cast credit (a person's id); or, after a predicate and a colon, a value of that
    predicate ("director:person/chad-stahelski", "filming_date:2024", "genre:comedy")."""
    quote = text.rstrip(".")
    predicate, _, value = value.partition(":") if ":" in value else ("", "", value)
    if value.startswith(("person/", "org/")):
        claim = attrs.evolve(_credit(quote, person=value), qualifiers=Qualifiers())
    elif predicate in _TEXT_PREDICATES:
        claim = attrs.evolve(_date_claim(quote, "2024"), value=Text(text=value))
    elif " " not in value:
        claim = _date_claim(quote, value)
    else:
        amount, unit, *takings = value.split(" ")
        figure = _figure_claim(quote, amount, unit)
        kind = {"minute": Predicate.DURATION, "hour": Predicate.DURATION}.get(unit)
        kind = kind or (Predicate.BOX_OFFICE if takings else Predicate.COST)
        claim = attrs.evolve(figure, predicate=kind)
    return attrs.evolve(claim, predicate=Predicate(predicate)) if predicate else claim


@each(
    ("text", "value", "words"),
    [
        # Reported: a sequel's, prequel's, spin-off's or series' date, cost and cast were the
        # work's own where a relation noun named it.
        ("Ballerina's sequel will be released on June 4, 2027.", "2027-06-04",
         "\"Ballerina's sequel\": 'sequel'"),
        ("The sequel to Ballerina will be released on June 4, 2027.", "2027-06-04",
         "'The sequel to Ballerina': 'sequel'"),
        ("Its follow-up will be released on June 4, 2027.", "2027-06-04",
         "'Its follow-up': 'follow-up'"),
        ("The next John Wick film will be released on June 4, 2027.", "2027-06-04",
         "'The next John Wick film': 'film'"),
        ("The Ballerina TV series will be released on June 4, 2027.", "2027-06-04",
         "'Ballerina TV series': 'series'"),
        ("A Ballerina prequel will be released on June 4, 2027.", "2027-06-04",
         "'Ballerina prequel': 'prequel'"),
        ("The anime adaptation of Ballerina will be released on June 4, 2027.", "2027-06-04",
         "'The anime adaptation of Ballerina': 'adaptation'"),
        ("Its sequel will cost $120 million.", "120000000 USD", "'Its sequel': 'sequel'"),
        ("Ballerina's follow-up cost $120 million.", "120000000 USD",
         "\"Ballerina's follow-up\": 'follow-up'"),
        ("Ballerina's sequel will star Keanu Reeves.", "person/keanu-reeves",
         "\"Ballerina's sequel\": 'sequel'"),
        ("The sequel will star Keanu Reeves.", "person/keanu-reeves", "'The sequel': 'sequel'"),
        # Reported: a studio's name or a year before the sequel's noun hid it.
        ("The Lionsgate sequel will star Keanu Reeves.", "person/keanu-reeves",
         "'The Lionsgate sequel': 'sequel'"),
        ("The 2027 sequel will star Keanu Reeves.", "person/keanu-reeves",
         "'The 2027 sequel': 'sequel'"),
        # Reported: a thing of the work two modifiers after its title was the work.
        ("Keanu Reeves stars in the Ballerina Super Bowl spot.", "person/keanu-reeves",
         "'Ballerina Super Bowl spot': 'spot'"),
        ("Keanu Reeves stars in the Ballerina TV spot.", "person/keanu-reeves",
         "'Ballerina TV spot': 'tv spot'"),
        # Reported: a re-release's or another cut's date was the release date.
        ("The director's cut of Ballerina will be released on June 13, 2026.", "2026-06-13",
         "\"The director's cut of Ballerina\": 'cut'"),
        ("Ballerina will be re-released on June 13, 2026.", "2026-06-13",
         "'re-released': 're-released'"),
        ("Lionsgate will rerelease Ballerina on June 13, 2026.", "2026-06-13",
         "'rerelease': 'rerelease'"),
        ("A remastered Ballerina will be released on June 13, 2026.", "2026-06-13",
         "'remastered Ballerina': 'remastered'"),
        ("The dubbed version of Ballerina will be released on June 13, 2026.", "2026-06-13",
         "'The dubbed version of Ballerina': 'version'"),
        # Reported: anything released but a few listed things dated the work's release.
        ("Ballerina reviews will be released on June 3, 2026.", "2026-06-03",
         "'Ballerina reviews': 'reviews'"),
        ("The first Ballerina images will be released on June 6, 2026.", "2026-06-06",
         "'Ballerina images': 'images'"),
        ("A Ballerina steelbook will be released on June 6, 2026.", "2026-06-06",
         "'Ballerina steelbook': 'steelbook'"),
        ("A making-of documentary about Ballerina will be released on June 6, 2026.",
         "2026-06-06", "'A making-of documentary about Ballerina': 'documentary'"),
        ("The Ballerina cast list will be released on June 3, 2026.", "2026-06-03",
         "'Ballerina cast list': 'cast list'"),
        # Reported: a release to critics, press or exhibitors was the work's release.
        ("Ballerina was released to critics on May 28, 2025.", "2025-05-28",
         "'released to critics': 'critics'"),
        ("Ballerina was released to exhibitors on May 28, 2025.", "2025-05-28",
         "'released to exhibitors': 'exhibitors'"),
        ("Ballerina was released for review on May 28, 2025.", "2025-05-28",
         "'released for review': 'review'"),
        # Reported: other versions' and the sequel's running times were the work's.
        ("Ballerina runs 125 minutes, and the sequel will run 140 minutes.", "140 minute",
         "'the sequel': 'sequel'"),
        ("An early assembly of Ballerina ran 180 minutes.", "180 minute",
         "'An early assembly of Ballerina': 'assembly'"),
        ("Ballerina's UK version runs 118 minutes.", "118 minute",
         "\"Ballerina's UK version\": 'version'"),
        ("The TV edit of Ballerina runs 110 minutes.", "110 minute",
         "'The TV edit of Ballerina': 'edit'"),
        ("The Ballerina screening runs 150 minutes with ads.", "150 minute",
         "'Ballerina screening': 'screening'"),
        # Reported: part-costs and converted figures were the budget; a possessive whose
        # noun the rules do not know is refused with the noun named.
        ("The rights to Ballerina cost $20 million.", "20000000 USD",
         "'The rights to Ballerina': 'rights'"),
        ("Ballerina's Prague shoot cost $20 million.", "20000000 USD",
         "\"Ballerina's Prague shoot\": 'shoot'"),
        ("Ballerina's cast cost $20 million.", "20000000 USD", "\"Ballerina's cast\": 'cast'"),
        ("Ballerina's premiere cost $2 million.", "2000000 USD",
         "\"Ballerina's premiere\": 'premiere'"),
        ("Ballerina's Lionsgate era cost $2 million.", "2000000 USD",
         "\"Ballerina's Lionsgate era\": 'era'"),
        ("Ballerina cost Lionsgate $90 million in 2024 alone.", "90000000 USD",
         "'alone': 'alone'"),
        ("Ballerina cost $90 million, adjusted for inflation.", "90000000 USD",
         "'adjusted': 'adjusted'"),
        ("Ballerina cost $90 million in 2023 dollars.", "90000000 USD",
         "'in 2023 dollars': 'in 2023 dollars'"),
        ("Ballerina cost the equivalent of $90 million.", "90000000 USD",
         "'equivalent of': 'equivalent of'"),
        # The work's own value, in the predicate's own words, is the work's.
        ("Ballerina will be released on June 13, 2026.", "2026-06-13", None),
        ("Ballerina's release date is June 13, 2026.", "2026-06-13", None),
        ("Ballerina's digital release is set for June 13, 2026.", "2026-06-13", None),
        ("Its final budget was $90 million.", "90000000 USD", None),
        ("The release of Ballerina is set for June 13, 2026.", "2026-06-13", None),
        ("Ballerina, the John Wick spin-off, will be released on June 13, 2026.", "2026-06-13",
         None),
        ("Ballerina's running time is 125 minutes.", "125 minute", None),
        ("Ballerina's budget was $90 million.", "90000000 USD", None),
        ("The budget of Ballerina was $90 million.", "90000000 USD", None),
        ("Keanu Reeves stars in Ballerina.", "person/keanu-reeves", None),
        # Reported: "running" of a total to date was read as another thing.
        ("Ballerina's running domestic total stands at $40 million.", "40000000 USD box_office",
         None),
        ("Ballerina's running total is $40 million.", "40000000 USD box_office", None),
        # Reported: a hedge between the possessive and the predicate's own noun was read as
        # another thing of the work; it is read past, its status asked by its own rule.
        ("Ballerina's expected release date is June 6, 2026.", "2026-06-06", None),
        ("Ballerina's likely release date is June 6, 2026.", "2026-06-06", None),
        ("Ballerina's probable release date is June 6, 2026.", "2026-06-06", None),
        ("Ballerina's rumored release date is June 6, 2026.", "2026-06-06", None),
        ("Its expected running time is 125 minutes.", "125 minute", None),
        ("Ballerina's likely budget is $90 million.", "90000000 USD", None),
        ("Ballerina's expected sequel opens June 6, 2026.", "2026-06-06",
         "\"Ballerina's expected sequel\": 'sequel'"),
        # Reported: a figure in words joined to its unit was read as another thing, as its
        # digits were not.
        ("Ballerina's two-hour running time flies by.", "2 hour", None),
        ("The film's two-hour running time flies by.", "2 hour", None),
        ("Ballerina's two-and-a-half-hour running time flies by.", "2.5 hour", None),
        ("Its ninety-minute runtime flies by.", "90 minute", None),
        ("Ballerina's two hour running time flies by.", "2 hour", None),
        ("Ballerina's two sequels will cost $240 million.", "240000000 USD",
         "\"Ballerina's two sequels\": 'sequels'"),
        # Reported: "its world premiere" was read as another thing ('world'), not as the
        # premiere's date it is.
        ("Ballerina had its world premiere at Tribeca on June 4, 2025.", "2025-06-04",
         "'its world premiere': 'premiere'"),
        ("Ballerina had its festival premiere on June 4, 2025.", "2025-06-04",
         "'its festival premiere': 'premiere'"),
        ("Ballerina's behind-the-scenes footage cost $2 million.", "2000000 USD",
         "\"Ballerina's behind-the-scenes footage\": 'footage'"),
        # Reported: a value said of the work's sequel by "whose" was the work's, for every
        # predicate; "Ballerina's sequel" passed for text values and filming dates.
        ("Ballerina, whose sequel opens June 5, 2026.", "2026-06-05",
         "'Ballerina, whose sequel': 'sequel'"),
        ("Ballerina, whose sequel is directed by Chad Stahelski.",
         "director:person/chad-stahelski", "'Ballerina, whose sequel': 'sequel'"),
        ("Ballerina, whose sequel stars Keanu Reeves.", "person/keanu-reeves",
         "'Ballerina, whose sequel': 'sequel'"),
        ("Ballerina, whose sequel grossed $300 million.", "box_office:300000000 USD",
         "'Ballerina, whose sequel': 'sequel'"),
        ("Ballerina, whose sequel will cost $120 million.", "120000000 USD",
         "'Ballerina, whose sequel': 'sequel'"),
        ("Ballerina, whose sequel will run 140 minutes.", "140 minute",
         "'Ballerina, whose sequel': 'sequel'"),
        ("Ballerina, whose sequel is distributed by Netflix.", "distributor:org/netflix",
         "'Ballerina, whose sequel': 'sequel'"),
        ("Ballerina's sequel was shot in Prague.", "filming_location:Prague",
         "\"Ballerina's sequel\": 'sequel'"),
        ("The sequel to Ballerina is set in Tokyo.", "narrative_location:Tokyo",
         "'The sequel to Ballerina': 'sequel'"),
        ("Ana de Armas stars in the sequel to Ballerina.", "person/ana-de-armas",
         "'the sequel to Ballerina': 'sequel'"),
        ("Ballerina's sequel is a comedy.", "genre:comedy", "\"Ballerina's sequel\": 'sequel'"),
        ("Ballerina's sequel follows Eve's sister.", "plot:follows Eve's sister",
         "\"Ballerina's sequel\": 'sequel'"),
        ("Ballerina's sequel is set in the 1990s.", "set_in_period:1990s",
         "\"Ballerina's sequel\": 'sequel'"),
        ("Ballerina's sequel was filmed in 2024.", "filming_date:2024",
         "\"Ballerina's sequel\": 'sequel'"),
        ("The Ballerina video game is set in Tokyo.", "narrative_location:Tokyo",
         "'Ballerina video game': 'game'"),
        # Reported: a stage of a thing of the work as its verb's object was the work's.
        ("Lionsgate greenlit a Ballerina sequel.", "production_status:greenlit",
         "'Ballerina sequel': 'sequel'"),
        ("Lionsgate greenlit Ballerina's sequel.", "production_status:greenlit",
         "\"Ballerina's sequel\": 'sequel'"),
        ("Lionsgate greenlit a Ballerina trailer.", "production_status:greenlit",
         "'Ballerina trailer': 'trailer'"),
        ("A Ballerina sequel has been greenlit.", "production_status:greenlit",
         "'Ballerina sequel': 'sequel'"),
        ("Lionsgate greenlit Ballerina.", "production_status:greenlit", None),
        # Reported: one or all of several parts of the work, "each episode of", was the
        # work's value where "an episode of" was not.
        ("Each episode of Ballerina runs 90 minutes.", "90 minute",
         "'Each episode of Ballerina': 'episode'"),
        ("Every episode of Ballerina runs 90 minutes.", "90 minute",
         "'Every episode of Ballerina': 'episode'"),
        ("All episodes of Ballerina run 90 minutes.", "90 minute",
         "'All episodes of Ballerina': 'episodes'"),
        ("Episodes of Ballerina run 90 minutes.", "90 minute",
         "'Episodes of Ballerina': 'episodes'"),
        ("Ballerina runs 90 minutes, every one of them tense.", "90 minute", None),
        # Reported: a title given by a clause of its own after a thing of the work ("X's
        # sequel, titled ...") was the work's own title.
        ("Ballerina's sequel, titled Ballerina: Encore, opens in 2027.",
         "title:Ballerina: Encore", "\"Ballerina's sequel\": 'sequel'"),
        ("Ballerina's soundtrack, titled Pointe Blank, is out.", "title:Pointe Blank",
         "\"Ballerina's soundtrack\": 'soundtrack'"),
        ("Ballerina's making-of, called Pointe Blank, is out.", "title:Pointe Blank",
         "\"Ballerina's making-of\": 'making-of'"),
        ("Ballerina's final scene, called The Last Dance, is stunning.",
         "title:The Last Dance", "\"Ballerina's final scene\": 'scene'"),
        ("Ballerina's villain, known as The Chancellor, is chilling.", "title:The Chancellor",
         "\"Ballerina's villain\": 'villain'"),
        ("The sequel of Ballerina, titled Ballerina: Encore, opens in 2027.",
         "title:Ballerina: Encore", "'The sequel of Ballerina': 'sequel'"),
        ("Ballerina's tie-in comic is titled Ballerina: Origins.", "title:Ballerina: Origins",
         "\"Ballerina's tie-in comic\": 'comic'"),
        ("Ballerina, titled Ballerina: Encore in France, opens in 2025.",
         "title:Ballerina: Encore", None),
        ("The film, known in France as Ballerina: Encore, opens in 2025.",
         "title:Ballerina: Encore", None),
        # The work's own text values, and a "whose" clause closed before the value.
        ("Ballerina's setting is Tokyo.", "narrative_location:Tokyo", None),
        ("Ballerina's Prague shoot began in 2022.", "filming_location:Prague", None),
        ("The first spin-off, Ballerina, is an action film.", "genre:action", None),
        ("Ballerina, whose sequel is in the works, is an action film.", "genre:action", None),
        ("Ballerina, whose director is Len Wiseman, opens June 6, 2025.", "2025-06-06", None),
        # Reported: the work's name as a likeness, another work compared with it, was the
        # work itself.
        ("Keanu Reeves stars in a Ballerina-style thriller.", "person/keanu-reeves",
         "'Ballerina-style': '-style'"),
        ("Keanu Reeves stars in a Ballerina-inspired thriller.", "person/keanu-reeves",
         "'Ballerina-inspired': '-inspired'"),
        ("Keanu Reeves stars in a Ballerina rip-off.", "person/keanu-reeves",
         "'Ballerina rip-off': 'rip-off'"),
        ("Keanu Reeves stars in a Ballerina spoof.", "person/keanu-reeves",
         "'Ballerina spoof': 'spoof'"),
        ("Keanu Reeves stars in the Ballerina of horror films.", "person/keanu-reeves",
         "'the Ballerina of': 'the ... of'"),
        ("Keanu Reeves stars in a thriller \u00e0 la Ballerina.", "person/keanu-reeves",
         "'\u00e0 la Ballerina': '\u00e0 la'"),
        ("Keanu Reeves stars in the next Ballerina.", "person/keanu-reeves",
         "'the next Ballerina': 'the next'"),
        ("Keanu Reeves stars in Ballerina, a stylish thriller.", "person/keanu-reeves", None),
        # Reported: another work named by a noun of its own ("the original", "the short",
        # "the novel") or by a person's possessive ("Her next film") was the work.
        ("Keanu Reeves starred in the original.", "person/keanu-reeves",
         "'the original': 'original'"),
        # Reported: "stars" after the noun, the verb, was read as a noun of it.
        ("The original stars Keanu Reeves.", "person/keanu-reeves",
         "'The original': 'original'"),
        ("The video game stars Keanu Reeves.", "person/keanu-reeves",
         "'The video game': 'video game'"),
        ("Keanu Reeves starred in the first film.", "person/keanu-reeves",
         "'the first film': 'first film'"),
        ("Keanu Reeves starred in the earlier film.", "person/keanu-reeves",
         "'the earlier film': 'earlier film'"),
        ("Keanu Reeves starred in the 2014 original.", "person/keanu-reeves",
         "'the 2014 original': 'original'"),
        ("Keanu Reeves starred in the source film.", "person/keanu-reeves",
         "'the source film': 'source film'"),
        ("Keanu Reeves starred in the short.", "person/keanu-reeves", "'the short': 'short'"),
        ("Keanu Reeves starred in the TV show.", "person/keanu-reeves", "'the TV show': 'tv show'"),
        ("Keanu Reeves starred in the series.", "person/keanu-reeves", "'the series': 'series'"),
        ("Keanu Reeves starred in the game.", "person/keanu-reeves", "'the game': 'game'"),
        ("Keanu Reeves starred in the musical.", "person/keanu-reeves", "'the musical': 'musical'"),
        ("Keanu Reeves starred in the novel.", "person/keanu-reeves", "'the novel': 'novel'"),
        ("Her next film co-stars Keanu Reeves.", "person/keanu-reeves",
         "'Her next film': 'film'"),
        ("Her previous film co-stars Keanu Reeves.", "person/keanu-reeves",
         "'Her previous film': 'previous film'"),
        ("Her last film co-stars Keanu Reeves.", "person/keanu-reeves",
         "'Her last film': 'last film'"),
        ("Her Netflix film co-stars Keanu Reeves.", "person/keanu-reeves",
         "'Her Netflix film': 'film'"),
        ("Her 2022 film co-stars Keanu Reeves.", "person/keanu-reeves",
         "'Her 2022 film': 'film'"),
        ("Her breakout film co-stars Keanu Reeves.", "person/keanu-reeves",
         "'Her breakout film': 'breakout film'"),
        ("Her Bond film co-stars Keanu Reeves.", "person/keanu-reeves",
         "'Her Bond film': 'film'"),
        ("The original was directed by Chad Stahelski.", "director:person/chad-stahelski",
         "'The original': 'original'"),
        ("The original is a revenge thriller.", "genre:revenge thriller",
         "'The original': 'original'"),
        ("The short runs 20 minutes.", "20 minute", "'The short': 'short'"),
        ("Her new film, Ballerina, stars Keanu Reeves.", "person/keanu-reeves", None),
        ("The new film stars Keanu Reeves.", "person/keanu-reeves", None),
        ("Ballerina's original release date is June 6, 2025.", "2025-06-06", None),
        ("Keanu Reeves stars in Ballerina, her first film with him.", "person/keanu-reeves",
         None),
        ("Ballerina is the first film to star Keanu Reeves.", "person/keanu-reeves", None),
        ("Chad Stahelski, who directed the original, produced Ballerina.",
         "producer:person/chad-stahelski", None),
    ],
)  # fmt: skip
def test_a_value_of_another_thing_of_the_work_is_refused_or_noted(
    text: str, value: str, words: str | None
) -> None:
    claim, catalog = _read_in(_work_value_claim(text, value), text)
    assert claim.subject == "film/ballerina-2024"
    found = _rules.value_of_the_work_itself(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    fields = {EntityRef: "value.id", Quantity: "value.amount", DateValue: "value.date"}
    field = fields.get(type(claim.value), "value.text")
    assert (breach.rule, breach.field) == ("value of the work", field)
    said = words.split(": ")[0][1:-1]
    # A figure converted or in part is the work's own, said so (reported: "another thing").
    converted = _rules._CONVERTED_OR_PART.search(said) is not None and field == "value.amount"
    assert (
        f"converted, or a part of it ({said!r})"
        if converted
        else f"another thing than the work ({words})"
    ) in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{said}': read as the film's own.")
    # A date, figure or text a note quotes the words of passes; a credit never does.
    credit = isinstance(claim.value, EntityRef)
    assert bool(_rules.value_of_the_work_itself(noted, catalog)) is credit


@each(
    ("text", "value", "words"),
    [
        # Reported: a franchise's total was credited to one of its films.
        ("Ballerina pushed the John Wick films past $1 billion.", "1000000000 USD box_office",
         "the John Wick films"),
        ("Ballerina helped the franchise gross over $1 billion.", "1000000000 USD box_office",
         "the franchise"),
        ("With Ballerina, the John Wick films have now grossed over $1 billion.",
         "1000000000 USD box_office", "the John Wick films"),
        ("The John Wick films, including Ballerina, have grossed over $1 billion.",
         "1000000000 USD box_office", "The John Wick films"),
        ("The franchise, Ballerina included, has grossed over $1 billion.",
         "1000000000 USD box_office", "The franchise"),
        ("The series has cost $400 million so far, Ballerina included.", "400000000 USD",
         "The series"),
        # A set named as what the work is one of names no set as the figure's.
        ("Ballerina, the fifth film in the franchise, has grossed $58 million.",
         "58000000 USD box_office", None),
        ("Ballerina, the latest of the John Wick films, cost $90 million.", "90000000 USD",
         None),
    ],
)  # fmt: skip
def test_a_sets_total_is_no_figure_of_one_work(text: str, value: str, words: str | None) -> None:
    claim, catalog = _read_in(_work_value_claim(text, value), text)
    found = _rules.figure_not_a_sets_total(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("figure of a set", "value.amount")
    assert f"to a set of works ({words!r})" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{words}': read as the film's own.")
    assert [] == _rules.figure_not_a_sets_total(noted, catalog)


@each(
    ("text", "value", "words"),
    [
        # Reported: a sentence that leaves the work out of a set gave it the set's value.
        ("All the John Wick films but Ballerina star Ian McShane.", "person/ian-mcshane",
         "'films but' with 'Ballerina'"),
        ("Every John Wick film, Ballerina excepted, stars Ian McShane.",
         "person/ian-mcshane", "'excepted' with 'Ballerina'"),
        ("Every John Wick film bar Ballerina stars Ian McShane.", "person/ian-mcshane",
         "'bar' with 'Ballerina'"),
        ("Every John Wick film save Ballerina stars Ian McShane.", "person/ian-mcshane",
         "'save' with 'Ballerina'"),
        ("Every John Wick film other than Ballerina stars Ian McShane.", "person/ian-mcshane",
         "'other than' with 'Ballerina'"),
        ("Every John Wick film apart from Ballerina stars Ian McShane.", "person/ian-mcshane",
         "'apart from' with 'Ballerina'"),
        ("Every John Wick film, Ballerina aside, stars Ian McShane.", "person/ian-mcshane",
         "'aside' with 'Ballerina'"),
        ("Every John Wick film, excluding Ballerina, stars Ian McShane.",
         "person/ian-mcshane", "'excluding' with 'Ballerina'"),
        ("Every John Wick film but Ballerina was shot in Prague.", "filming_location:Prague",
         "'film but' with 'Ballerina'"),
        ("Every John Wick film, excluding Ballerina, cost over $50 million.",
         "50000000 USD", "'excluding' with 'Ballerina'"),
        ("Each of the John Wick films, Ballerina excepted, runs over 100 minutes.",
         "100 minute", "'excepted' with 'Ballerina'"),
        # The work named for itself keeps its value.
        ("Sinners flopped, but Ballerina stars Ian McShane.", "person/ian-mcshane", None),
        ("Every John Wick film, Ballerina included, stars Ian McShane.", "person/ian-mcshane",
         None),
        ("Ballerina, apart from its finale, was shot in Prague.", "filming_location:Prague",
         None),
    ],
)  # fmt: skip
def test_a_work_left_out_of_a_set_gets_none_of_its_value(
    text: str, value: str, words: str | None
) -> None:
    claim, catalog = _read_in(_work_value_claim(text, value), text)
    found = _rules.work_not_left_out_of_its_set(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert breach.rule == "work left out"
    assert f"leaves the work out of what it says ({words})" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    said = words.split(" with ")[0][1:-1]
    noted = _quoted_from(claim, text, note=f"'{said} Ballerina': read as the film's own.")
    assert [] == _rules.work_not_left_out_of_its_set(noted, catalog)


@each(
    ("text", "quote", "value", "words"),
    [
        # Reported: a quote that stops at the work's name before its possessive or a joined
        # suffix kept the value the work's own.
        ("Shay Hatten wrote Ballerina's novelization.", "Shay Hatten wrote Ballerina",
         "screenwriter:person/shay-hatten", "\"Ballerina's novelization\": 'novelization'"),
        ("Lionsgate distributes Ballerina's soundtrack.", "Lionsgate distributes Ballerina",
         "distributor:org/lionsgate", "\"Ballerina's soundtrack\": 'soundtrack'"),
        ("Ana de Armas stars in Ballerina's sequel.", "Ana de Armas stars in Ballerina",
         "person/ana-de-armas", "\"Ballerina's sequel\": 'sequel'"),
        ("Ana de Armas stars in Ballerina\u2019s sequel.", "Ana de Armas stars in Ballerina",
         "person/ana-de-armas", "'Ballerina\u2019s sequel': 'sequel'"),
        ("Ana de Armas stars in Ballerina-inspired ads.", "Ana de Armas stars in Ballerina",
         "person/ana-de-armas", "'Ballerina-inspired': '-inspired'"),
        ("Ana de Armas stars in Ballerina, Lionsgate says.", "Ana de Armas stars in Ballerina",
         "person/ana-de-armas", None),
    ],
)  # fmt: skip
def test_a_value_of_the_works_possessive_after_the_quote_is_refused(
    text: str, quote: str, value: str, words: str | None
) -> None:
    claim, catalog = _read_in(_work_value_claim(quote, value), text)
    found = _rules.value_of_the_work_itself(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert f"another thing than the work ({words})" in breach.message


@each(
    ("text", "quote", "value", "work"),
    [
        # Reported: "The film" or "It" opening a sentence that names no work, just after a
        # sentence that opens with another work, was read as the claim's subject.
        ("Ballerina opens Friday. John Wick: Chapter 4, by contrast, was a smash. The film"
         " grossed $440 million worldwide.", "The film grossed $440 million worldwide",
         "440000000 USD box_office", "John Wick: Chapter 4"),
        ("Ballerina opens in June. John Wick: Chapter 4 was long. It runs 169 minutes.",
         "It runs 169 minutes", "169 minute", "John Wick: Chapter 4"),
        ("Ballerina is out now. John Wick 5 is next. The film opens on June 6, 2027.",
         "The film opens on June 6, 2027", "2027-06-06", "John Wick 5"),
        ("Ballerina opens Friday. John Wick 5 is next. The film stars Ian McShane.",
         "The film stars Ian McShane", "person/ian-mcshane", "John Wick 5"),
        ("Ballerina opens Friday. The Continental streams now. Its running time is 90"
         " minutes.", "Its running time is 90 minutes", "90 minute", "The Continental"),
        # The work itself named just before, or no work opening that sentence, keeps it.
        ("John Wick: Chapter 4 was a smash. Ballerina opens Friday. The film grossed $58"
         " million.", "The film grossed $58 million", "58000000 USD box_office", None),
        ("Ballerina opens Friday. The film stars Ian McShane.", "The film stars Ian McShane",
         "person/ian-mcshane", None),
        ("Fans of John Wick: Chapter 4 are waiting. The film stars Ian McShane.",
         "The film stars Ian McShane", "person/ian-mcshane", None),
        ("John Wick 5 and Ballerina are next. The film stars Ian McShane.",
         "The film stars Ian McShane", "person/ian-mcshane", None),
    ],
)  # fmt: skip
def test_a_stand_in_after_another_work_is_that_works(
    text: str, quote: str, value: str, work: str | None
) -> None:
    claim, catalog = _read_in(_work_value_claim(quote, value), text)
    found = _rules.stand_in_for_the_work_itself_or_noted(claim, catalog)
    if work is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("value of the work", "value")
    assert f"the sentence just before opens with another work ({work!r})" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{quote}': the film is Ballerina.")
    assert [] == _rules.stand_in_for_the_work_itself_or_noted(noted, catalog)


@each(
    ("text", "quote", "value", "work"),
    [
        # Reported: a value in an aside after another work's name, or in a clause another
        # work opens, was the work's own.
        ("Unlike The Continental, starring Mel Gibson, Ballerina stars Ana de Armas.",
         "starring Mel Gibson", "person/mel-gibson", "The Continental"),
        ("Unlike The Continental, set in the 1970s, Ballerina is set today.",
         "set in the 1970s", "set_in_period:the 1970s", "The Continental"),
        ("Unlike John Wick: Chapter 4, set in Osaka, Ballerina is set in Prague.",
         "set in Osaka", "narrative_location:Osaka", "John Wick: Chapter 4"),
        ("Like The Continental, set in the 1970s, Ballerina is a period piece.",
         "set in the 1970s", "set_in_period:the 1970s", "The Continental"),
        ("Ballerina is an action film; The Continental is a period drama.", "period drama",
         "genre:period drama", "The Continental"),
        # The work's own aside or clause keeps its value.
        ("Unlike The Continental, set in the 1970s, Ballerina is set in Prague.",
         "set in Prague", "narrative_location:Prague", None),
        ("Ballerina, starring Ana de Armas, opens Friday.", "starring Ana de Armas",
         "person/ana-de-armas", None),
        ("The Continental is a period drama; Ballerina is an action film.", "action film",
         "genre:action film", None),
        ("Set between John Wick: Chapter 3 and Chapter 4, the movie combines choreography"
         " with action.", "the movie combines choreography with action", "genre:action",
         None),
    ],
)  # fmt: skip
def test_a_value_in_another_works_aside_or_clause_is_that_works(
    text: str, quote: str, value: str, work: str | None
) -> None:
    claim, catalog = _read_in(_work_value_claim(quote, value), text)
    found = _rules.value_not_in_another_works_clause_or_noted(claim, catalog)
    if work is None:
        assert [] == found
        return
    (breach,) = found
    assert breach.rule == "value of the work"
    assert f"is of another work ({work!r}), not the claim's subject" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{work}': the value is read as the film's own.")
    assert [] == _rules.value_not_in_another_works_clause_or_noted(noted, catalog)


@each(
    ("text", "quote", "subject", "longer"),
    [
        # Reported: a quote that stopped at a work's name inside a longer title the catalog
        # lacks was read as that work's.
        *(
            (f"Keanu Reeves stars in {title}.", "Keanu Reeves stars in Ballerina",
             "film/ballerina-2024", longer)
            for title, longer in [
                ("Ballerina II", "Ballerina II"),
                ("Ballerina: Chapter 2", "Ballerina: Chapter 2"),
                ("Ballerina Part Two", "Ballerina Part Two"),
                ("Ballerina Returns", "Ballerina Returns"),
                ("Ballerina Reloaded", "Ballerina Reloaded"),
                ("Ballerina: The Sequel", "Ballerina: The Sequel"),
                ("Ballerina the Musical", "Ballerina the Musical"),
                ("Ballerina: The Game", "Ballerina: The Game"),
                ("Ballerina-themed ads", "Ballerina-themed"),
            ]
        ),
        ("Keanu Reeves stars in Total Recall 2070.", "Keanu Reeves stars in Total Recall",
         "film/total-recall", "Total Recall 2070"),
        ("Keanu Reeves stars in The Matrix Reloaded.", "Keanu Reeves stars in The Matrix",
         "film/the-matrix", "The Matrix Reloaded"),
        ("Keanu Reeves voices John Wick Hex.", "Keanu Reeves voices John Wick",
         "film/john-wick", "John Wick Hex"),
        # The name where the title ends, or the whole title quoted, is the work's.
        ("Keanu Reeves stars in Ballerina.", "Keanu Reeves stars in Ballerina",
         "film/ballerina-2024", None),
        ("Keanu Reeves stars in Ballerina this summer.", "Keanu Reeves stars in Ballerina",
         "film/ballerina-2024", None),
        ("Keanu Reeves stars in Ballerina, which opens Friday.",
         "Keanu Reeves stars in Ballerina", "film/ballerina-2024", None),
        ("Ana de Armas stars in Ballerina 2.", "Ana de Armas stars in Ballerina 2",
         "film/ballerina-2", None),
    ],
)  # fmt: skip
def test_a_quote_cut_from_a_longer_title_is_refused(
    text: str, quote: str, subject: str, longer: str | None
) -> None:
    claim = attrs.evolve(_work_value_claim(quote, "person/keanu-reeves"), subject=subject)
    claim, catalog = _read_in(claim, text)
    found = _rules.name_not_cut_from_a_longer_title_or_noted(claim, catalog)
    if longer is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("value of the work", "quote")
    assert f"goes on with a longer title ({longer!r})" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{longer}': read as the film's own.")
    assert [] == _rules.name_not_cut_from_a_longer_title_or_noted(noted, catalog)


@each(
    ("text", "words"),
    [
        # Reported: a cast verb in another sense, with the work as its object, was a credit.
        ("Keanu Reeves features Ballerina on his podcast.", "features Ballerina"),
        ("Keanu Reeves plays Ballerina on his guitar.", "plays Ballerina"),
        ("Keanu Reeves happily played Ballerina at the party.", "happily played Ballerina"),
        # The work after a word of the verb's own, or as the verb's doer, is the credit's.
        ("Keanu Reeves stars in Ballerina.", None),
        ("Ballerina features Keanu Reeves.", None),
        ("Keanu Reeves headlines Ballerina.", None),
        ("Keanu Reeves plays Ballerina's villain.", None),
    ],
)  # fmt: skip
def test_a_cast_verb_with_the_work_as_its_object_is_no_credit(text: str, words: str | None) -> None:
    claim, catalog = _read_in(_work_value_claim(text, "person/keanu-reeves"), text)
    found = _rules.cast_verb_not_with_the_work_as_object(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("credit role", "value.id")
    assert f"the quote writes {words!r} with person/keanu-reeves" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{words}': read as a credit.")
    assert [] == _rules.cast_verb_not_with_the_work_as_object(noted, catalog)


@each(
    ("text", "value", "words"),
    [
        # Reported: the work's name as a modifier of a noun no table knows was the work.
        ("Keanu Reeves joins Ballerina fans in line.", "person/keanu-reeves", "Ballerina fans"),
        ("Chad Stahelski directed Ballerina fans to the website.",
         "director:person/chad-stahelski", "Ballerina fans"),
        ("Chad Stahelski directed Ballerina reshoots.", "director:person/chad-stahelski",
         "Ballerina reshoots"),
        # The work's noun phrase ending at its name is the work.
        ("Keanu Reeves stars in Ballerina this summer.", "person/keanu-reeves", None),
        ("Keanu Reeves joins Ballerina as Winston.", "person/keanu-reeves", None),
        ("Keanu Reeves appears in Ballerina briefly.", "person/keanu-reeves", None),
    ],
)  # fmt: skip
def test_a_credits_work_as_a_modifier_is_no_credit(
    text: str, value: str, words: str | None
) -> None:
    claim, catalog = _read_in(_work_value_claim(text, value), text)
    found = _rules.credit_work_not_a_modifier_or_noted(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("value of the work", "value.id")
    assert f"the quote writes {words!r}: the work's name as a modifier" in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note=f"'{words}': read as a credit.")
    assert [] == _rules.credit_work_not_a_modifier_or_noted(noted, catalog)


@each(
    ("text", "quote", "predicate", "amount", "words"),
    [
        # Reported: a marketing budget, a fee, a part of the spend and a break-even point
        # passed as the production budget, a loss as the takings.
        ("Ballerina's marketing budget is $50 million.", "budget is $50 million", "cost",
         "50000000", "marketing"),
        ("Ana de Armas was paid $10 million for Ballerina.", "paid $10 million", "cost",
         "10000000", "paid"),
        ("Ballerina spent $10 million on reshoots.", "spent $10 million", "cost", "10000000",
         "reshoots"),
        ("Ballerina needs $200 million to break even.", "$200 million", "cost", "200000000",
         "break even"),
        ("Ballerina lost $20 million.", "lost $20 million", "box_office", "20000000", "lost"),
        # In another word order, or with another word of the same sum.
        ("$50 million went on marketing Ballerina.", "$50 million", "cost", "50000000",
         "marketing"),
        ("Ballerina's break-even point is $200 million.", "$200 million", "cost",
         "200000000", "break-even"),
        ("Ballerina's visual effects cost $30 million.", "cost $30 million", "cost",
         "30000000", "visual effects"),
        ("Ana de Armas's fee for Ballerina was $10 million.", "$10 million", "cost",
         "10000000", "fee"),
        ("A $20 million loss for Ballerina.", "$20 million", "box_office", "20000000",
         "loss"),
        ("Ballerina made a profit of $20 million.", "$20 million", "box_office", "20000000",
         "profit"),
        # The work's own budget and takings, or another sum in another clause, stand.
        ("Ballerina cost $90 million to make.", "$90 million", "cost", "90000000", None),
        ("Ballerina had a budget of $90 million, and its marketing ran long.",
         "$90 million", "cost", "90000000", None),
        ("Ballerina made $58 million worldwide.", "$58 million", "box_office", "58000000",
         None),
        ("Ballerina made $58 million on a budget of $90 million.", "$58 million",
         "box_office", "58000000", None),
        # Reported: a sum the sentence leaves out was read as the figure's.
        ("Ballerina cost $90 million to produce before marketing.", "$90 million", "cost",
         "90000000", None),
        ("Ballerina cost $90 million, not counting marketing.", "$90 million", "cost",
         "90000000", None),
        # Reported: a budget was taken as takings and takings as a budget; a figure is its
        # nearest word's, and one with none is refused.
        ("Ballerina had a $90 million budget.", "$90 million", "box_office", "90000000",
         "nearest budget"),
        ("Ballerina has grossed $58 million worldwide.", "$58 million", "cost", "58000000",
         "nearest grossed"),
        ("Ballerina has grossed $58 million worldwide against a $90 million budget.",
         "$90 million", "box_office", "90000000", "nearest budget"),
        ("Made for $90 million, Ballerina has grossed $58 million.", "$90 million",
         "box_office", "90000000", "nearest Made for"),
        ("Ballerina, which cost $90 million, has earned $58 million.", "$90 million",
         "box_office", "90000000", "nearest cost"),
        ("Ana de Armas earned $10 million for Ballerina.", "$10 million", "box_office",
         "10000000", "for"),
        ("Ballerina won a $200 million lawsuit.", "$200 million", "box_office", "200000000",
         "won"),
        ("Ballerina needed $200 million in ticket sales.", "$200 million", "box_office",
         "200000000", "needed"),
        ("Ballerina raised $200 million.", "$200 million", "box_office", "200000000", ""),
        ("Ballerina has grossed $58 million worldwide against a $90 million budget.",
         "$58 million", "box_office", "58000000", None),
        ("Ballerina has grossed $58 million worldwide against a $90 million budget.",
         "$90 million", "cost", "90000000", None),
        ("Made for $90 million, Ballerina has grossed $58 million.", "$90 million", "cost",
         "90000000", None),
        ("Ballerina, which cost $90 million, has earned $58 million.", "$58 million",
         "box_office", "58000000", None),
        ("Ballerina made $58 million in ticket sales.", "$58 million", "box_office",
         "58000000", None),
        # Reported: a per-theater average as takings, a copy's price as the budget.
        ("Ballerina grossed $58 million, a $17,000 per-theater average.", "$17,000",
         "box_office", "17000", "per-theater"),
        ("Ballerina costs $19.99 to rent.", "$19.99", "cost", "19.99", "rent"),
        ("The Ballerina 4K Blu-ray costs $29.99.", "$29.99", "cost", "29.99", "Blu-ray"),
        ("Ballerina grossed $58 million, a $17,000 per-theater average.", "$58 million",
         "box_office", "58000000", None),
        ("Ballerina's budget, $90 million, grew.", "$90 million", "cost", "90000000", None),
        ("Ballerina's budget, $90 million, grew.", "$90 million", "box_office", "90000000",
         "nearest budget"),
        # Reported: home media's revenue and tickets sold ahead were the takings.
        ("Ballerina earned $20 million in home-video sales.", "$20 million", "box_office",
         "20000000", "home-video"),
        ("Ballerina earned $20 million in digital sales.", "$20 million", "box_office",
         "20000000", "digital sales"),
        ("Ballerina earned $10 million in advance ticket sales.", "$10 million", "box_office",
         "10000000", "advance ticket sales"),
        # Reported: a fact box's label was read for a running time and a date, not for money.
        ("Ballerina. Budget: $90 million.", "Budget: $90 million", "cost", "90000000", None),
        ("Ballerina. Box office: $58 million.", "Box office: $58 million", "box_office",
         "58000000", None),
        ("Ballerina. Budget: $90 million | Worldwide gross: $58 million.", "$58 million",
         "box_office", "58000000", None),
        ("Ballerina. Box office: $58 million.", "Box office: $58 million", "cost", "58000000",
         "nearest Box office"),
        ("Ballerina. Marketing budget: $50 million.", "Marketing budget: $50 million", "cost",
         "50000000", ""),
    ],
)  # fmt: skip
def test_another_sum_is_no_cost_or_takings_of_the_work(
    text: str, quote: str, predicate: str, amount: str, words: str | None
) -> None:
    figure = attrs.evolve(_figure_claim(quote, amount, "USD"), predicate=Predicate(predicate))
    claim, catalog = _read_in(figure, text)
    found = _rules.figure_of_the_work_itself_or_noted(claim, catalog)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("figure of the work", "value.amount")
    if words.startswith("nearest "):
        said = f"nearest word of a predicate ({words.removeprefix('nearest ')!r}) gives it as"
    elif not words:
        said = f"writes no word that binds it to {predicate}"
    else:
        said = f"another sum than the work's ({words!r}), no {predicate} of it"
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, catalog)
    noted = _quoted_from(claim, text, note="The text's figure, read as the film's.")
    assert [] == _rules.figure_of_the_work_itself_or_noted(noted, catalog)


def test_every_date_and_figure_keeps_its_quotes_negations() -> None:
    found = {c.id: _rules.figure_keeps_its_quotes_negations(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)


@each(
    ("claim", "field", "word"),
    [
        (_date_claim("will not be released on June 7, 2024", "2024-06-07"), "date", "not"),
        (_date_claim("it never came out in 2024", "2024"), "date", "never"),
        (_date_claim("it isn't out next year", "2024"), "date", "n't"),
        (
            _figure_claim("did not gross $400 million worldwide", "400000000", "USD"),
            "amount",
            "not",
        ),
        (_figure_claim("It is not 90 minutes long", "90", "minute"), "amount", "not"),
        (_figure_claim("it won't run two hours", "120", "minute"), "amount", "n't"),
        (_figure_claim("did not gross more than $5m", "5000000", "USD"), "amount", "not"),
    ],
)
def test_a_date_or_figure_its_quote_negates_needs_a_note(
    claim: Claim, field: str, word: str
) -> None:
    (breach,) = _rules.figure_keeps_its_quotes_negations(claim, CATALOG)
    assert (breach.rule, breach.field) == ("value negation", f"value.{field}")
    assert breach.message.startswith(f"the quote writes {word!r} before its {field}")
    assert breach in _rules.quote_breaches(claim, CATALOG)
    unexplained = attrs.evolve(claim, note="it negates something else")
    assert _rules.figure_keeps_its_quotes_negations(unexplained, CATALOG)
    quoted = claim.evidence.quote.split(" ")[1:3]
    noted = attrs.evolve(claim, note=f"'{' '.join(quoted)}' negates another film's date.")
    assert [] == _rules.figure_keeps_its_quotes_negations(noted, CATALOG)


@each(
    ("claim", "word"),
    [
        (
            _date_claim(
                "In 2024, Lionsgate said Ballerina will not be released on June 7, 2024",
                "2024-06-07",
            ),
            "not",
        ),
        (
            _figure_claim(
                "After a $58 million opening abroad, it did not gross $58 million at home",
                "58000000",
                "USD",
            ),
            "not",
        ),
    ],
)
def test_an_earlier_mention_hides_no_negation(claim: Claim, word: str) -> None:
    # Reported: only the words before the first place the quote writes the year or the
    # amount were read, so an earlier mention of it hid the negation.
    (breach,) = _rules.figure_keeps_its_quotes_negations(claim, CATALOG)
    assert f"writes {word!r} before its" in breach.message
    noted = attrs.evolve(claim, note=f"'{word}' negates the plan, not the date.")
    assert [] == _rules.figure_keeps_its_quotes_negations(noted, CATALOG)


@each(
    "claim",
    [
        _date_claim("released on June 7, 2024, not in May", "2024-06-07"),
        _figure_claim("it made $400 million, not $500 million", "400000000", "USD"),
        _figure_claim("a 90 minute film, never longer", "90", "minute"),
    ],
)
def test_a_negation_after_the_date_or_figure_is_no_part_of_it(claim: Claim) -> None:
    assert [] == _rules.figure_keeps_its_quotes_negations(claim, CATALOG)


@each(
    ("quote", "amount", "unit"),
    [
        ("it made no more than $5 million", "5000000", "USD"),
        ("it made no less than $5 million", "5000000", "USD"),
        ("it runs not more than two hours", "120", "minute"),
    ],
)
def test_the_no_of_a_bounding_word_negates_no_figure(quote: str, amount: str, unit: str) -> None:
    claim = _figure_claim(quote, amount, unit)
    assert [] == _rules.figure_keeps_its_quotes_negations(claim, CATALOG)


def test_every_entity_value_keeps_its_quotes_negations() -> None:
    found = {
        c.id: _rules.entity_value_keeps_its_quotes_negations(c, CATALOG) for c in CATALOG.claims
    }
    assert {} == _breaches(found)
    # The shipped entity values whose quote negates something else stand by their notes:
    # "might not be the last we see", "no official confirmation", "not the John Wick
    # spin-off" (what different_from says).
    for claim_id in ("003-015", "003-030", "004-005"):
        unnoted = attrs.evolve(_claim(claim_id), note=None)
        assert _rules.entity_value_keeps_its_quotes_negations(unnoted, CATALOG), claim_id
    # "No Time to Die" is the subject's title: its "No" is the name's, with no note; 000-050's
    # note quotes only the "no" its sentence goes on to write ("in no way inferior").
    for claim_id in ("000-050", "001-051"):
        unnoted = attrs.evolve(_claim(claim_id), note=None)
        if claim_id == "000-050":
            assert _rules.entity_value_keeps_its_quotes_negations(unnoted, CATALOG)
            unnoted = attrs.evolve(unnoted, note="'in no way inferior' is said of her.")
        assert [] == _rules.entity_value_keeps_its_quotes_negations(unnoted, CATALOG), claim_id


def _credit(
    quote: str,
    subject: str = "film/ballerina-2024",
    note: str | None = None,
    person: str = "person/keanu-reeves",
) -> Claim:
    return attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        subject=subject,
        predicate=Predicate.CAST_MEMBER,
        value=EntityRef(id=person),
        evidence=Evidence.locate(quote, quote),
        note=note,
    )


@each(
    ("quote", "subject", "words", "noted"),
    [
        ("Keanu Reeves will not appear in Ballerina 2", "film/ballerina-2", "'not'", "not appear"),
        ("Keanu Reeves never appeared in Ballerina", "film/ballerina-2024", "'never'", "never"),
        ("Keanu Reeves isn't in Ballerina", "film/ballerina-2024", '"n\'t"', "isn't in"),
        ("Ballerina has no Keanu Reeves", "film/ballerina-2024", "'no'", "has no"),
        ("Ballerina stars Ian McShane, not Keanu Reeves", "film/ballerina-2024", "'not'", "not"),
        (
            "Neither Keanu Reeves nor Ian McShane appears in Ballerina",
            "film/ballerina-2024",
            "'neither', 'nor'",
            "Neither Keanu Reeves nor",
        ),
        # Reported: words that undo a credit were read as no negation.
        (
            "Keanu Reeves turned down the role of John Wick in Ballerina",
            "film/ballerina-2024",
            "'turned down'",
            "turned down",
        ),
        (
            "Keanu Reeves dropped out of Ballerina",
            "film/ballerina-2024",
            "'dropped out'",
            "dropped out",
        ),
        ("Keanu Reeves exited the project", "film/ballerina-2024", "'exited'", "exited"),
        (
            "Keanu Reeves was replaced by Ian McShane",
            "film/ballerina-2024",
            "'replaced by'",
            "replaced by",
        ),
        ("Keanu Reeves left the film", "film/ballerina-2024", "'left the film'", "left the film"),
        ("He turned down the role", "film/ballerina-2024", "'turned down'", "turned down"),
        # Reported: words that leave the person out were read as no negation.
        *(
            (f"Ballerina brings back {before} Keanu Reeves", "film/ballerina-2024", f"'{w}'", w)
            for before, w in [
                ("everyone except", "except"),
                ("everyone but", "everyone but"),
                ("the whole cast, minus", "minus"),
                ("the whole cast, excluding", "excluding"),
                ("the whole cast, apart from", "apart from"),
                ("the whole cast, other than", "other than"),
                ("the whole cast, with the exception of", "with the exception of"),
            ]
        ),
        ("Ballerina, sans Keanu Reeves, opens in June", "film/ballerina-2024", "'sans'", "sans"),
        (
            "Ballerina will feature Ian McShane in place of Keanu Reeves",
            "film/ballerina-2024",
            "'in place of'",
            "in place of",
        ),
        (
            "Keanu Reeves is absent from Ballerina",
            "film/ballerina-2024",
            "'is absent'",
            "is absent",
        ),
        # Reported: more words that undo a credit, or fall short of one, were read as none.
        (
            "Keanu Reeves left Ballerina over scheduling conflicts",
            "film/ballerina-2024",
            "'left'",
            "left",
        ),
        (
            "Keanu Reeves was fired from Ballerina",
            "film/ballerina-2024",
            "'was fired'",
            "was fired",
        ),
        ("Keanu Reeves was cut from Ballerina", "film/ballerina-2024", "'cut from'", "cut from"),
        (
            "Keanu Reeves's scenes were cut from Ballerina",
            "film/ballerina-2024",
            "'scenes were cut'",
            "scenes were cut",
        ),
        (
            "Keanu Reeves was originally cast in Ballerina",
            "film/ballerina-2024",
            "'originally cast'",
            "originally cast",
        ),
        (
            "Keanu Reeves auditioned for Ballerina",
            "film/ballerina-2024",
            "'auditioned for'",
            "auditioned for",
        ),
        (
            "Keanu Reeves was offered a role in Ballerina",
            "film/ballerina-2024",
            "'offered a role'",
            "offered a role",
        ),
        (
            "Keanu Reeves was considered for Ballerina",
            "film/ballerina-2024",
            "'considered for'",
            "considered for",
        ),
        (
            "Keanu Reeves was attached to Ballerina",
            "film/ballerina-2024",
            "'attached to'",
            "attached to",
        ),
        # Reported: a removal in the passive, a refusal, an opting out, a person left out
        # after the name or "in lieu of", and more words short of a casting were read as a
        # credit.
        *(
            (f"Keanu Reeves {words} Ballerina", "film/ballerina-2024", f"'{said}'", said)
            for words, said in (
                ("was dropped from", "was dropped from"),
                ("was removed from", "was removed from"),
                ("was axed from", "was axed"),
                ("was written out of", "was written out"),
                ("was let go from", "was let go"),
                ("sits out", "sits out"),
                ("opted out of", "opted out"),
                ("refused to appear in", "refused to appear"),
                ("stayed away from", "stayed away from"),
                ("is conspicuously absent from", "is conspicuously absent"),
                ("was shortlisted for", "shortlisted for"),
                ("was in the running for", "in the running for"),
                ("was courted for", "courted for"),
                ("screen-tested for", "screen-tested for"),
                ("lobbied for a role in", "lobbied for"),
                ("has expressed interest in", "expressed interest in"),
                # Reported: verbs of leaving a production, or of never getting the part,
                # and more words short of a casting were read as a credit.
                ("withdrew from", "withdrew from"),
                ("was withdrawn from", "withdrawn from"),
                ("backed out of", "backed out"),
                ("departed", "departed"),
                ("parted ways with", "parted ways"),
                ("stepped away from", "stepped away"),
                ("walked off", "walked off"),
                ("lost the role in", "lost the role"),
                ("was passed over for", "passed over"),
                ("will skip", "skip"),
                ("shot down rumors he appears in", "shot down rumors"),
                ("ruled out a return to", "ruled out"),
                ("was sought for", "sought for"),
                ("was pursued for", "pursued for"),
                ("was wooed for", "wooed for"),
                ("was the first choice for", "the first choice"),
                ("is the frontrunner for a role in", "frontrunner"),
                # Reported: nearing a part, or being tipped for it, was read as a credit.
                ("is circling a role in", "circling"),
                ("is the favorite to star in", "the favorite to"),
                # Reported: a part lost to another, one the person could not take, and a
                # part sought were read as a credit.
                ("lost the lead in Ballerina to Ana de Armas in", "lost the lead"),
                ("lost the job of directing", "lost the job"),
                ("was too busy to star in", "too busy to"),
                ("was unavailable to star in", "unavailable to"),
                ("was unable to join", "unable to"),
                ("campaigned for a role in", "campaigned for"),
                ("vied for a part in", "vied for"),
                # Reported: trying out for a part, or being asked, was read as a credit.
                ("auditioned to play Rooney but lost out in", "auditioned to"),
                ("read for the part of Rooney in", "read for"),
                ("was up for Rooney in", "was up for"),
                ("was approached to play Rooney in", "approached to"),
                # Reported: a stage of casting news with a word inside the phrase, or a near
                # form of it, was read as a credit.
                ("is in final negotiations to join", "negotiations"),
                ("is in early talks to join", "talks"),
                ("is in advanced talks to star in", "talks"),
                ("is finalizing a deal to star in", "a deal"),
                ("is near a deal to star in", "a deal"),
                ("is negotiating to star in", "negotiating"),
                ("has yet to sign on to star in", "yet to sign"),
                ("received an offer to star in", "an offer"),
                ("is in the running to star in", "the running"),
                ("is in contention to star in", "contention"),
                ("is being eyed to star in", "being eyed"),
                ("is a contender to star in", "a contender"),
                ("is in line to star in", "in line to"),
            )
        ),
        # Reported: the same with the person the verb's object, in the active voice.
        *(
            (quote, "film/ballerina-2024", f"'{said}'", said)
            for quote, said in (
                ("Lionsgate parted ways with Keanu Reeves on Ballerina", "parted ways with"),
                ("Lionsgate fired Keanu Reeves from Ballerina", "fired"),
                ("Lionsgate passed over Keanu Reeves for Ballerina", "passed over"),
                ("Lionsgate considered Keanu Reeves for Ballerina", "considered"),
                ("Lionsgate offered Keanu Reeves a role in Ballerina", "offered"),
                ("Lionsgate courted Keanu Reeves for Ballerina", "courted"),
                ("Lionsgate offered him a role in Ballerina", "offered"),
                # Reported: a casting weighed or wanted was a credit.
                ("Lionsgate considered casting Keanu Reeves in Ballerina",
                 "considered casting"),
                ("Lionsgate toyed with casting Keanu Reeves in Ballerina",
                 "toyed with casting"),
                ("Lionsgate talked about casting Keanu Reeves in Ballerina",
                 "talked about casting"),
                ("Lionsgate pushed for casting Keanu Reeves in Ballerina", "pushed for casting"),
            )
        ),
        (
            "All of the stars return for Ballerina, Keanu Reeves excepted",
            "film/ballerina-2024",
            "'excepted'",
            "excepted",
        ),
        (
            "Ballerina stars Ana de Armas in lieu of Keanu Reeves",
            "film/ballerina-2024",
            "'in lieu of'",
            "in lieu of",
        ),
        # Reported: a verb of refusing before the role's verb, in any voice, and an exit
        # after a hire, were read as the credit.
        ("Keanu Reeves refused to produce Ballerina", "film/ballerina-2024",
         "'refused to'", "refused to"),
        ("Keanu Reeves refused to play in Ballerina", "film/ballerina-2024",
         "'refused to'", "refused to"),
        ("Keanu Reeves declined to direct Ballerina", "film/ballerina-2024",
         "'declined to'", "declined to"),
        ("Keanu Reeves balked at starring in Ballerina", "film/ballerina-2024",
         "'balked at'", "balked at"),
        # Reported: a casting decided against, rejected or vetoed was a credit.
        ("Lionsgate decided against casting Keanu Reeves in Ballerina", "film/ballerina-2024",
         "'decided against'", "decided against casting"),
        ("Lionsgate opted against casting Keanu Reeves in Ballerina", "film/ballerina-2024",
         "'opted against'", "opted against casting"),
        ("Lionsgate rejected casting Keanu Reeves in Ballerina", "film/ballerina-2024",
         "'rejected'", "rejected casting"),
        ("Lionsgate vetoed casting Keanu Reeves in Ballerina", "film/ballerina-2024",
         "'vetoed'", "vetoed casting"),
        ("Lionsgate balked at casting Keanu Reeves in Ballerina", "film/ballerina-2024",
         "'balked at'", "balked at casting"),
        ("Lionsgate avoided casting Keanu Reeves in Ballerina", "film/ballerina-2024",
         "'avoided'", "avoided casting"),
        ("Lionsgate stopped short of casting Keanu Reeves in Ballerina", "film/ballerina-2024",
         "'stopped short of'", "stopped short of casting"),
        ("Keanu Reeves stopped short of directing Ballerina", "film/ballerina-2024",
         "'stopped short of'", "stopped short of"),
        ("Keanu Reeves shied away from directing Ballerina", "film/ballerina-2024",
         "'shied away from'", "shied away from"),
        ("Keanu Reeves would rather die than direct Ballerina", "film/ballerina-2024",
         "'rather die than'", "rather die than"),
        ("Keanu Reeves passed up the chance to star in Ballerina", "film/ballerina-2024",
         "'passed up'", "passed up"),
        ("A part in Ballerina was refused by Keanu Reeves", "film/ballerina-2024",
         "'refused by'", "refused by"),
        ("Keanu Reeves was hired for Ballerina but walked away", "film/ballerina-2024",
         "'walked away'", "walked away"),
        ("Keanu Reeves was hired for Ballerina but stepped aside", "film/ballerina-2024",
         "'stepped aside'", "stepped aside"),
        ("Keanu Reeves was hired for Ballerina but was sacked", "film/ballerina-2024",
         "'was sacked'", "was sacked"),
        ("Keanu Reeves was hired for Ballerina but was ousted", "film/ballerina-2024",
         "'was ousted'", "was ousted"),
        ("Keanu Reeves was hired for Ballerina but was booted", "film/ballerina-2024",
         "'was booted'", "was booted"),
        # Reported: a credit forbidden, barred or beyond the person's means ("too" and a
        # word before "to") was read as the credit, as "too busy to" was not.
        ("Keanu Reeves was forbidden to appear in Ballerina", "film/ballerina-2024",
         "'forbidden to'", "forbidden to"),
        ("Keanu Reeves was contractually barred from appearing in Ballerina",
         "film/ballerina-2024", "'barred from'", "barred from"),
        ("Keanu Reeves was too old to star in Ballerina", "film/ballerina-2024",
         "'too old to'", "too old to"),
        ("Keanu Reeves was banned from the Ballerina set", "film/ballerina-2024",
         "'banned from'", "banned from"),
        # Reported: the person who lost a part, with words of the part between, whose part
        # went to another, or who was passed over, was read as its cast member.
        ("Keanu Reeves lost the Ballerina role to Ana de Armas", "film/ballerina-2024",
         "'lost the ballerina role'", "lost the Ballerina role"),
        ("Keanu Reeves's Ballerina role went to Ana de Armas", "film/ballerina-2024",
         "'role went to', 'went to'", "role went to"),
        ("Ana de Armas won the Ballerina role over Keanu Reeves", "film/ballerina-2024",
         "'over'", "over"),
        # Reported: a credit undone through its noun (the part, job or deal) was read as
        # a current one.
        ("Keanu Reeves's role in Ballerina has been recast", "film/ballerina-2024",
         "'has been recast'", "has been recast"),
        ("Keanu Reeves's role in Ballerina was given to Ian McShane", "film/ballerina-2024",
         "'was given to'", "was given to"),
        ("Keanu Reeves's role in Ballerina was scrapped", "film/ballerina-2024",
         "'was scrapped'", "was scrapped"),
        ("Keanu Reeves's part in Ballerina was cut", "film/ballerina-2024", "'was cut'",
         "was cut"),
        ("Keanu Reeves's directing job on Ballerina went to Ian McShane", "film/ballerina-2024",
         "'went to'", "went to"),
        ("Keanu Reeves's screenplay credit on Ballerina was taken away", "film/ballerina-2024",
         "'was taken away'", "was taken away"),
        ("Keanu Reeves's casting in Ballerina was reversed", "film/ballerina-2024",
         "'was reversed'", "was reversed"),
        ("Keanu Reeves's deal to star in Ballerina fell through", "film/ballerina-2024",
         "'fell through'", "fell through"),
        # Reported: the work of a writer's, director's or actor's credit set aside (a script
        # scrapped, rejected, thrown out, discarded, abandoned or replaced) was read as the
        # credit.
        *(
            (f"Keanu Reeves's {noun} for Ballerina was {undone}", "film/ballerina-2024",
             f"'was {undone}'", f"was {undone}")
            for noun, undone in (
                ("script", "scrapped"), ("script", "rejected"), ("script", "thrown out"),
                ("screenplay", "discarded"), ("screenplay", "abandoned"),
                ("screenplay", "replaced"), ("early draft", "tossed"), ("score", "rejected"),
                ("direction", "scrapped"), ("footage", "discarded"),
            )
        ),
        # Reported: a credit in another work, the subject set aside, was read as the subject's.
        ("Keanu Reeves stars in The Continental, not Ballerina", "film/ballerina-2024",
         "'not'", "not Ballerina"),
        ("Keanu Reeves will star in Ballerina 2, not Ballerina", "film/ballerina-2024",
         "'not'", "not Ballerina"),
        ("Keanu Reeves chose to star in a new thriller over Ballerina", "film/ballerina-2024",
         "'over'", "over Ballerina"),
        ("Keanu Reeves stars in the new thriller, unlike Ballerina", "film/ballerina-2024",
         "'unlike'", "unlike Ballerina"),
        # Reported: a verb of ending before the credit's verb was read as the credit.
        ("Keanu Reeves stopped starring in Ballerina", "film/ballerina-2024",
         "'stopped starring'", "stopped starring"),
        ("Keanu Reeves ceased appearing in Ballerina", "film/ballerina-2024",
         "'ceased appearing'", "ceased appearing"),
        # Reported: a sentence picking other names with "only", "just" or "alone" was read
        # as a credit of every name it writes.
        ("Of Ian McShane and Keanu Reeves, only Ian McShane returns for Ballerina",
         "film/ballerina-2024", "'only Ian McShane'", "only Ian McShane"),
        ("Of Ian McShane and Keanu Reeves, only McShane returns for Ballerina",
         "film/ballerina-2024", "'only McShane'", "only McShane"),
        ("Of Ian McShane and Keanu Reeves, just Ian McShane returns for Ballerina",
         "film/ballerina-2024", "'just Ian McShane'", "just Ian McShane"),
        ("Ian McShane and Keanu Reeves were asked; McShane alone returns for Ballerina",
         "film/ballerina-2024", "'McShane alone'", "McShane alone"),
        # An emphatic "didn't just" is no negation; a bare "didn't" still is.
        ("Keanu Reeves didn't star in Ballerina", "film/ballerina-2024", '"n\'t"', "didn't"),
        # Reported: "zero", the "no" of a count, was no negation.
        ("Ballerina features zero scenes with Keanu Reeves", "film/ballerina-2024",
         "'zero'", "zero scenes"),
        ("Keanu Reeves appears in Ballerina for zero minutes", "film/ballerina-2024",
         "'zero'", "zero minutes"),
        # A privative word bound to the credit's own role still undoes it.
        ("Keanu Reeves is a former star of Ballerina", "film/ballerina-2024", "'former'", "former"),
        ("Keanu Reeves, star-turned-critic, reviews Ballerina", "film/ballerina-2024",
         "'-turned-'", "star-turned-critic"),
    ],
)  # fmt: skip
def test_an_entity_value_its_quote_negates_needs_a_note(
    quote: str, subject: str, words: str, noted: str
) -> None:
    claim = _credit(quote, subject)
    (breach,) = _rules.entity_value_keeps_its_quotes_negations(claim, CATALOG)
    assert (breach.rule, breach.field) == ("value negation", "value.id")
    assert breach.message.startswith(f"the quote writes {words}: the value person/keanu-reeves")
    assert breach in _rules.quote_breaches(claim, CATALOG)
    unexplained = attrs.evolve(claim, note="it negates something else")
    assert _rules.entity_value_keeps_its_quotes_negations(unexplained, CATALOG)
    explained = attrs.evolve(claim, note=f"'{noted}' negates another film's cast.")
    assert [] == _rules.entity_value_keeps_its_quotes_negations(explained, CATALOG)


@each(
    ("quote", "subject"),
    [
        ("Keanu Reeves appears in Ballerina", "film/ballerina-2024"),
        ("Keanu Reeves appears in No Time to Die", "film/no-time-to-die"),
        ("Keanu Reeves appears in No Time To Die", "film/no-time-to-die"),
        # Words that undo another person's credit undo no credit of this one.
        ("Ian McShane was replaced by Keanu Reeves", "film/ballerina-2024"),
        ("Keanu Reeves stars. Ian McShane dropped out", "film/ballerina-2024"),
        # Words that leave out or undo another person's part leave out no one else.
        ("Everyone except Ian McShane returns, Keanu Reeves too", "film/ballerina-2024"),
        ("Keanu Reeves plays the assassin who left the profession", "film/ballerina-2024"),
        ("Keanu Reeves stars. Ian McShane auditioned for another part", "film/ballerina-2024"),
        ("Keanu Reeves stars. Ian McShane was dropped from the sequel", "film/ballerina-2024"),
        ("Keanu Reeves refused to confirm that he stars in Ballerina", "film/ballerina-2024"),
        # Reported: emphatic idioms were read as negations.
        ("Ballerina stars none other than Keanu Reeves", "film/ballerina-2024"),
        ("Keanu Reeves, no stranger to action, stars in Ballerina", "film/ballerina-2024"),
        ("Ballerina not only stars Ana de Armas but also Keanu Reeves", "film/ballerina-2024"),
        ("Keanu Reeves didn't disappoint in Ballerina", "film/ballerina-2024"),
        ("Keanu Reeves didn't just star in Ballerina; he trained for months",
         "film/ballerina-2024"),
        ("Keanu Reeves did not just star in Ballerina", "film/ballerina-2024"),
        ("Keanu Reeves is not just in Ballerina; he trained for it", "film/ballerina-2024"),
        ("Keanu Reeves has never been better than in Ballerina", "film/ballerina-2024"),
        ("Keanu Reeves plays a no-nonsense killer in Ballerina", "film/ballerina-2024"),
        # The names picked, the value or the subject among them, keep their credit.
        ("Of Ian McShane and Keanu Reeves, only Keanu Reeves returns for Ballerina",
         "film/ballerina-2024"),
        ("Ballerina stars only Ian McShane and Keanu Reeves", "film/ballerina-2024"),
        ("Keanu Reeves alone returns for Ballerina", "film/ballerina-2024"),
        ("Keanu Reeves returns in Ballerina, out just June 6", "film/ballerina-2024"),
        ("Of the films, only Ballerina stars Keanu Reeves", "film/ballerina-2024"),
        # A credit's noun said of otherwise than undone.
        ("Keanu Reeves's role in Ballerina is small", "film/ballerina-2024"),
        ("Keanu Reeves's role in Ballerina was praised", "film/ballerina-2024"),
        # A word that sets aside another work, or no work, leaves the subject's credit.
        ("Keanu Reeves stars in Ballerina, not Ballerina 2", "film/ballerina-2024"),
        ("Keanu Reeves stars in Ballerina over the summer", "film/ballerina-2024"),
        ("Keanu Reeves finished shooting Ballerina", "film/ballerina-2024"),
        ("Keanu Reeves stars in Ballerina, unlike Ian McShane", "film/ballerina-2024"),
        ("Keanu Reeves never lets up in Ballerina", "film/ballerina-2024"),
        ("There is no doubt: Keanu Reeves stars in Ballerina", "film/ballerina-2024"),
        ("It's no secret that Keanu Reeves stars in Ballerina", "film/ballerina-2024"),
        ("Keanu Reeves stars in Ballerina, and nobody does it better", "film/ballerina-2024"),
        ("Keanu Reeves stars in Ballerina; it's not hard to see why", "film/ballerina-2024"),
        ("Keanu Reeves, who never misses a beat, stars in Ballerina", "film/ballerina-2024"),
        # "zero" of a compound counts nothing.
        ("Keanu Reeves stars in Ballerina's zero-gravity fight", "film/ballerina-2024"),
        ("Keanu Reeves stars in Ballerina: Chapter Zero", "film/ballerina-2024"),
        # Reported: a contrast's "not" before another name was read as negating this one.
        ("Ballerina's star is Keanu Reeves, not Ian McShane", "film/ballerina-2024"),
        ("It is Keanu Reeves, and not Ian McShane as rumored, who stars", "film/ballerina-2024"),
        # Reported: a privative word of something else (a character, an epithet) was read
        # as undoing the credit.
        ("Ballerina stars Keanu Reeves, the film follows a ballerina-turned-assassin",
         "film/ballerina-2024"),
        ("Ballerina stars Keanu Reeves as a ballerina-turned-assassin", "film/ballerina-2024"),
        ("Ballerina stars former Bond girl Keanu Reeves", "film/ballerina-2024"),
        ("Ballerina stars Keanu Reeves, who plays an ex-ballerina", "film/ballerina-2024"),
        # The one a part went to keeps it.
        ("Ian McShane lost the Ballerina role to Keanu Reeves", "film/ballerina-2024"),
        ("Ian McShane's Ballerina role went to Keanu Reeves", "film/ballerina-2024"),
        ("Keanu Reeves won the Ballerina role over Ian McShane", "film/ballerina-2024"),
    ],
)  # fmt: skip
def test_an_entity_value_with_no_negation_or_one_inside_a_name_needs_no_note(
    quote: str, subject: str
) -> None:
    assert [] == _rules.entity_value_keeps_its_quotes_negations(_credit(quote, subject), CATALOG)


@each("status", [Status.IN_DEVELOPMENT, Status.REPORTED, Status.SPECULATED])
@each(
    "quote",
    [
        "Keanu Reeves was considered for Ballerina",
        "Lionsgate considered Keanu Reeves for Ballerina",
        "Lionsgate weighed casting Keanu Reeves in Ballerina",
        "Keanu Reeves was the first choice for Ballerina",
        "Keanu Reeves is in early talks to join Ballerina",
    ],
)
def test_a_credit_short_of_a_casting_stands_with_the_status_its_words_back(
    quote: str, status: Status
) -> None:
    claim = _credit(quote)
    with_status = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=status))
    assert [] == _rules.entity_value_keeps_its_quotes_negations(with_status, CATALOG)
    assert [] == _rules.status_backed_by_its_words(with_status, CATALOG)


def test_every_credit_is_the_part_not_a_likeness_of_it() -> None:
    rule = _rules.credit_not_a_likeness_or_noted
    assert {} == _breaches({c.id: rule(c, CATALOG) for c in CATALOG.claims})


@each(
    ("text", "person", "character", "words"),
    [
        # Reported: a likeness or an approximation of a part passed as the part itself.
        ("Ana de Armas is Ballerina's John Wick.", "person/ana-de-armas",
         "character/john-wick", "Ballerina's John Wick"),
        ("Ana de Armas plays Ballerina's John Wick.", "person/ana-de-armas",
         "character/john-wick", "Ballerina's John Wick"),
        ("Ballerina stars Ana de Armas in the John Wick role.", "person/ana-de-armas",
         "character/john-wick", "John Wick role"),
        ("In Ballerina, Ana de Armas plays John Wick, more or less.", "person/ana-de-armas",
         "character/john-wick", "more or less"),
        ("In Ballerina, Ana de Armas plays John Wick, in all but name.",
         "person/ana-de-armas", "character/john-wick", "in all but name"),
        ("In Ballerina, Ana de Armas plays John Wick of sorts.", "person/ana-de-armas",
         "character/john-wick", "of sorts"),
        ("Ballerina stars Keanu Reeves in all but name.", "person/keanu-reeves", None,
         "in all but name"),
        ("Ballerina stars Keanu Reeves in spirit.", "person/keanu-reeves", None, "in spirit"),
        # The part itself: its player, the work's own character.
        ("Keanu Reeves is Ballerina's John Wick.", "person/keanu-reeves",
         "character/john-wick", None),
        ("Ana de Armas plays Ballerina's Rooney.", "person/ana-de-armas", "character/rooney",
         None),
        ("Ana de Armas plays Rooney in Ballerina.", "person/ana-de-armas", "character/rooney",
         None),
        ("Ballerina stars Keanu Reeves.", "person/keanu-reeves", None, None),
    ],
)  # fmt: skip
def test_a_likeness_of_a_part_is_no_credit_without_a_note(
    text: str, person: str, character: str | None, words: str | None
) -> None:
    claim = _from_text(text, text.rstrip("."), _CAST, EntityRef(id=person))
    claim = attrs.evolve(claim, qualifiers=Qualifiers(character=character))
    found = _rules.credit_not_a_likeness_or_noted(claim, CATALOG)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, repr(words)) == ("credit role", repr(words))
    assert repr(words) in breach.message
    noted = attrs.evolve(claim, note=f"{words!r}: the review's words.")
    assert [] == _rules.credit_not_a_likeness_or_noted(noted, CATALOG)


def test_every_credit_is_of_the_part_its_quote_gives_or_reviewed() -> None:
    found = {c.id: _rules.credit_written_with_its_role_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Each reviewed exception is still needed: no word of its sentence gives the part.
    for claim_id in _rules.ROLE_FROM_CONTEXT:
        reviewed = _rules.credit_written_with_its_role_or_noted(_claim(claim_id), CATALOG, {})
        assert reviewed, claim_id


_DIRECTOR, _CAST = Predicate.DIRECTOR, Predicate.CAST_MEMBER
_WISEMAN, _STAHELSKI = "person/len-wiseman", "person/chad-stahelski"


def _not_theirs(word: str) -> str:
    """The message's words for a role word written outside the person's clause."""
    return f"writes {word!r}, but not in the clause of"


@each(
    ("text", "predicate", "person", "said"),
    [
        # Reported: a word of another part, or none of the credit's own, was read as the
        # credit, in any word order.
        ("Ballerina is produced by Len Wiseman.", _DIRECTOR, _WISEMAN, "produced"),
        ("Len Wiseman executive produced Ballerina.", _DIRECTOR, _WISEMAN, "executive"),
        ("Chad Stahelski directed second-unit action on Ballerina.", _DIRECTOR, _STAHELSKI,
         "second-unit"),
        ("Chad Stahelski directed reshoots on Ballerina.", _DIRECTOR, _STAHELSKI, "reshoots"),
        ("Ballerina's second-unit director, Chad Stahelski, is busy.", _DIRECTOR, _STAHELSKI,
         "second-unit"),
        ("Ballerina, directed by Chad Stahelski, is produced by Len Wiseman.", _DIRECTOR,
         _WISEMAN, "produced"),
        ("Len Wiseman wrote Ballerina.", _DIRECTOR, _WISEMAN, "wrote"),
        ("Len Wiseman directed Ballerina.", Predicate.SCREENWRITER, _WISEMAN, "directed"),
        ("Keanu Reeves watched Ballerina.", _CAST, "person/keanu-reeves", "watched"),
        ("Keanu Reeves praised Ballerina.", _CAST, "person/keanu-reeves", "praised"),
        ("Keanu Reeves attended the premiere of Ballerina.", _CAST, "person/keanu-reeves",
         "attended"),
        ("Keanu Reeves visited the set of Ballerina.", _CAST, "person/keanu-reeves", "visited"),
        # Reported: dressing up as a part was read as playing it.
        ("Keanu Reeves dressed as Rooney for Halloween.", _CAST, "person/keanu-reeves",
         "dressed"),
        ("Keanu Reeves cosplayed as Rooney.", _CAST, "person/keanu-reeves", "cosplayed"),
        ("Keanu Reeves's stunt double performed in Ballerina.", _CAST, "person/keanu-reeves",
         "stunt double"),
        ("The stunt double for Keanu Reeves appears in Ballerina.", _CAST,
         "person/keanu-reeves", "stunt double"),
        ("A Keanu Reeves lookalike appears in Ballerina.", _CAST, "person/keanu-reeves",
         "lookalike"),
        ("Ballerina uses archive footage of Keanu Reeves.", _CAST, "person/keanu-reeves",
         "archive footage"),
        # Reported: a part in a deleted scene, cut from the work, was a credit.
        ("Keanu Reeves appears in Ballerina only in a deleted scene.", _CAST,
         "person/keanu-reeves", "writes 'deleted scene'"),
        ("Ballerina is dedicated to Lance Reddick.", _CAST, "person/lance-reddick",
         "dedicated to"),
        ("Ballerina, with Ana de Armas, is dedicated to Lance Reddick.", _CAST,
         "person/lance-reddick", "dedicated to"),
        ("Ballerina stars Ana de Armas and is directed by Keanu Reeves.", _CAST,
         "person/keanu-reeves", "directed"),
        ("Keanu Reeves went to Ballerina's premiere.", _CAST, "person/keanu-reeves",
         "no word of a cast_member credit"),
        # Reported: a role word of another clause, coordinated or relative, was the person's,
        # and a person named as the part another plays was credited.
        ("Ballerina stars Ana de Armas, and Keanu Reeves was thrilled.", _CAST,
         "person/keanu-reeves", _not_theirs("stars")),
        ("Ballerina stars Ana de Armas, who was coached by Keanu Reeves.", _CAST,
         "person/keanu-reeves", _not_theirs("stars")),
        ("Ballerina stars Ana de Armas, who thanked Keanu Reeves.", _CAST,
         "person/keanu-reeves", _not_theirs("stars")),
        ("Ballerina stars Unity Phelan, who is dating Ana de Armas.", _CAST,
         "person/ana-de-armas", _not_theirs("stars")),
        ("Keanu Reeves was thrilled; Ballerina stars Ana de Armas.", _CAST,
         "person/keanu-reeves", _not_theirs("stars")),
        # Reported: a role word outside the clause of the person's name was reported as no
        # role word at all.
        ("Ana de Armas is back, and in Ballerina she plays Rooney.", _CAST,
         "person/ana-de-armas", _not_theirs("plays")),
        ("Ballerina stars Unity Phelan as Ana de Armas.", _CAST, "person/ana-de-armas",
         "the part another person plays"),
        # Reported: a credit in another work of the catalog was the subject's.
        ("Ana de Armas stars in Ballerina 2.", _CAST, "person/ana-de-armas", "Ballerina 2"),
        ("Ana de Armas stars in John Wick.", _CAST, "person/ana-de-armas", "John Wick"),
        ("Ana de Armas stars in the sequel to Ballerina.", _CAST, "person/ana-de-armas",
         "Ballerina"),
        ("Len Wiseman directed Ballerina 2.", _DIRECTOR, _WISEMAN, "Ballerina 2"),
        # Reported: a person took the role word of the next person of a credits list, or of
        # another work; and a part of the film, or pairs read by order, made a credit.
        ("Ballerina was produced by Chad Stahelski and directed by Len Wiseman.", _DIRECTOR,
         _STAHELSKI, "produced"),
        ("Ballerina was written by Shay Hatten and directed by Len Wiseman.", _DIRECTOR,
         "person/shay-hatten", "written"),
        ("Ballerina stars Keanu Reeves and was directed by Len Wiseman.", _DIRECTOR,
         "person/keanu-reeves", "stars"),
        ("Ballerina was produced by Chad Stahelski, directed by Len Wiseman and written by"
         " Shay Hatten.", Predicate.SCREENWRITER, _WISEMAN, "directed"),
        ("Chad Stahelski, who directed John Wick, produced Ballerina.", _DIRECTOR, _STAHELSKI,
         "no word of a director credit"),
        ("Chad Stahelski, director of John Wick, produced Ballerina.", _DIRECTOR, _STAHELSKI,
         "no word of a director credit"),
        # Reported: a role word in an aside about other works was taken as the subject's.
        ("Chad Stahelski, who directed the four John Wick films, produced Ballerina.",
         _DIRECTOR, _STAHELSKI, "no word of a director credit"),
        ("Chad Stahelski, the franchise's director, produced Ballerina.", _DIRECTOR,
         _STAHELSKI, "no word of a director credit"),
        ("Keanu Reeves, who starred in the John Wick films, is absent from Ballerina.", _CAST,
         "person/keanu-reeves", "no word of a cast_member credit"),
        ("John Wick director Chad Stahelski produced Ballerina.", _DIRECTOR, _STAHELSKI,
         "produced"),
        ("The Underworld films with Kate Beckinsale.", _CAST, "person/kate-beckinsale",
         "no word of a cast_member credit"),
        ("Chad Stahelski directed additional scenes for Ballerina.", _DIRECTOR, _STAHELSKI,
         "additional scenes"),
        ("Chad Stahelski directed the action sequences in Ballerina.", _DIRECTOR, _STAHELSKI,
         "action sequences"),
        ("Ballerina's second unit was directed by Chad Stahelski.", _DIRECTOR, _STAHELSKI,
         "unit"),
        ("Chad Stahelski directed the trailer for Ballerina.", _DIRECTOR, _STAHELSKI,
         "trailer"),
        ("Shay Hatten wrote the first draft of Ballerina.", Predicate.SCREENWRITER,
         "person/shay-hatten", "first draft"),
        ("Len Wiseman and Chad Stahelski directed Ballerina and John Wick: Chapter 4,"
         " respectively.", _DIRECTOR, _STAHELSKI, "respectively"),
        ("Ballerina and The Continental star Ana de Armas and Colin Woodell, respectively.",
         _CAST, "person/colin-woodell", "respectively"),
        ("Ana de Armas starred in No Time to Die; Keanu Reeves starred in Ballerina.", _CAST,
         "person/ana-de-armas", "No Time to Die"),
        ("Ana de Armas starred in Knives Out, and Keanu Reeves starred in Ballerina.", _CAST,
         "person/ana-de-armas", "Knives Out"),
        # Reported: a gapped clause's own work was the subject's.
        ("Keanu Reeves returns for Ballerina, Ian McShane for The Continental.", _CAST,
         "person/ian-mcshane", "The Continental"),
        ("Keanu Reeves returns for Ballerina and Ian McShane for The Continental.", _CAST,
         "person/ian-mcshane", "The Continental"),
        ("Keanu Reeves returns for Ballerina; Ian McShane, for the TV series.", _CAST,
         "person/ian-mcshane", "the TV series"),
        # Reported: a quotation's speaker, and one whose verb's object holds the role word,
        # were given the credit.
        ("\u201cShe plays Rooney,\u201d Keanu Reeves said.", _CAST, "person/keanu-reeves",
         "writes 'plays'"),
        ("\u201cShe stars in Ballerina,\u201d said Keanu Reeves.", _CAST, "person/keanu-reeves",
         "writes 'stars'"),
        ("Keanu Reeves coached Ana de Armas for her role in Ballerina.", _CAST,
         "person/keanu-reeves", "writes 'role'"),
        ("Keanu Reeves gave Ana de Armas tips for her role in Ballerina.", _CAST,
         "person/keanu-reeves", "writes 'role'"),
        ("Keanu Reeves told Ana de Armas she would star in Ballerina.", _CAST,
         "person/keanu-reeves", "writes 'star'"),
        # Reported: a listing's credit of one film was the next film's.
        ("Directed by Chad Stahelski, John Wick: Chapter 4 airs at 9pm; Ballerina follows at"
         " 11pm.", _DIRECTOR, _STAHELSKI, "John Wick: Chapter 4"),
        ("Starring Keanu Reeves and Bridget Moynahan, John Wick airs at 9pm; Ballerina follows"
         " at 11pm.", _CAST, "person/bridget-moynahan", "John Wick"),
        ("Cast: Ana de Armas (Ballerina), Bridget Moynahan (John Wick).", _CAST,
         "person/bridget-moynahan", "John Wick"),
        ("John Wick \u2014 starring Keanu Reeves and Bridget Moynahan. Ballerina \u2014 starring"
         " Ana de Armas.", _CAST, "person/bridget-moynahan", "John Wick"),
        # Reported: a character's name between the role word and "in" another work kept the
        # part the subject's.
        ("Ian McShane plays Winston in John Wick: Chapter 4.", _CAST, "person/ian-mcshane",
         "John Wick: Chapter 4"),
        ("Ana de Armas will play Rooney in Ballerina 2.", _CAST, "person/ana-de-armas",
         "Ballerina 2"),
        ("Ian McShane returns as Winston in The Continental.", _CAST, "person/ian-mcshane",
         "The Continental"),
        ("Ian McShane reprises Winston in John Wick: Chapter 4.", _CAST, "person/ian-mcshane",
         "John Wick: Chapter 4"),
        ("Ian McShane stars as Winston in John Wick: Chapter 4.", _CAST, "person/ian-mcshane",
         "John Wick: Chapter 4"),
        ("Keanu Reeves plays John Wick in The Continental.", _CAST, "person/keanu-reeves",
         "The Continental"),
        # Reported: a title that is also a common noun ("a ballerina") named the work, and
        # a description between "in" and another work's title hid that work.
        ("Ana de Armas stars as a ballerina in Blonde.", _CAST, "person/ana-de-armas", "Blonde"),
        ("Ana de Armas plays a ballerina named Eve in Blonde.", _CAST, "person/ana-de-armas",
         "Blonde"),
        ("Ana de Armas starred in the 2022 drama film Blonde.", _CAST, "person/ana-de-armas",
         "Blonde"),
        ("Keanu Reeves starred in the hit series The Continental.", _CAST,
         "person/keanu-reeves", "The Continental"),
        ("In John Wick: Chapter 4, Ian McShane plays Winston.", _CAST, "person/ian-mcshane",
         "John Wick: Chapter 4"),
        # The cleft's role is its own person's, not the rejected one's.
        ("It is Gabriel Byrne, and not Norman Reedus as rumored, who plays Daniel Pine.",
         _CAST, "person/norman-reedus", "writes 'plays'"),
        # "appear" gives a part only just after the names, with no negation before them.
        ("Keanu Reeves does not appear.", _CAST, "person/keanu-reeves",
         "no word of a cast_member credit"),
        ("Keanu Reeves, who will not appear, was asked.", _CAST, "person/keanu-reeves",
         "no word of a cast_member credit"),
        ("Neither Keanu Reeves nor Ian McShane appears.", _CAST, "person/ian-mcshane",
         "no word of a cast_member credit"),
        ("Keanu Reeves appears confident.", _CAST, "person/keanu-reeves",
         "no word of a cast_member credit"),
        # Reported: the character the Director was read as a director's role word.
        *(
            (f"Anjelica Huston {words} the Director.", _DIRECTOR, "person/anjelica-huston", said)
            for words, said in (("stars as", "stars"), ("plays", "plays"),
                                ("returns as", "returns"), ("reprises", "reprises"))
        ),
        ("Anjelica Huston's Director is back.", _DIRECTOR, "person/anjelica-huston",
         "no word of a director credit"),
        # Reported: a role word done by another, or done to the person, was their credit.
        *(
            (text, predicate, "person/ana-de-armas", f"writes {said!r}, but not with")
            for text, predicate, said in (
                ("Ana de Armas worked with the director of Ballerina.", _DIRECTOR, "director"),
                ("Ana de Armas met the director of Ballerina.", _DIRECTOR, "director"),
                ("Ana de Armas trusted her director on Ballerina.", _DIRECTOR, "director"),
                ("Ana de Armas, whom Len Wiseman directed, is electric.", _DIRECTOR,
                 "directed"),
                ("Ana de Armas, under Len Wiseman's direction, shines in Ballerina.",
                 _DIRECTOR, "direction"),
                ("Ana de Armas pitched the producers of Ballerina.", Predicate.PRODUCER,
                 "producers"),
                ("Ana de Armas loved the script of Ballerina.", Predicate.SCREENWRITER,
                 "script"),
                ("Len Wiseman directed Ana de Armas in Ballerina.", _DIRECTOR, "directed"),
                ("Shay Hatten wrote Ballerina for Ana de Armas.", Predicate.SCREENWRITER,
                 "wrote"),
                ("Ana de Armas's director on Ballerina is Len Wiseman.", _DIRECTOR,
                 "director"),
                ("Ana de Armas and Ballerina director Len Wiseman attended.", _DIRECTOR,
                 "director"),
                # The work's possessive in apposition names the doer; another's does not.
                ("Ballerina, Ana de Armas's director, opens.", _DIRECTOR, "director"),
                ("Ana de Armas, Keanu Reeves's director, spoke.", _DIRECTOR, "director"),
                ("Ana de Armas, Ballerina's director of photography, spoke.", _DIRECTOR,
                 "director"),
            )
        ),
        # "is by" and a name names the doer; "is by no means" does not.
        *(
            (text, Predicate.SCREENWRITER, "person/shay-hatten",
             "writes 'screenplay', but not with")
            for text in ("Ballerina's screenplay is by no means Shay Hatten's best.",)
        ),
        ("Ana de Armas was directed, in Ballerina, by Len Wiseman.", _DIRECTOR,
         "person/ana-de-armas", "no word of a director credit"),
        ("Keanu Reeves thanked the director of Ballerina.", _DIRECTOR, "person/keanu-reeves",
         "writes 'director', but not with"),
        ("Keanu Reeves met with the Directors Guild about Ballerina.", _DIRECTOR,
         "person/keanu-reeves", "writes 'Directors', but not with"),
        # Reported: a fact-box label, or a role word in another sentence of the quote, was
        # the person's.
        ("Director: Len Wiseman | Cast: Ana de Armas.", _DIRECTOR, "person/ana-de-armas",
         "no word of a director credit"),
        ("Cast: Ana de Armas | Director: Len Wiseman.", _CAST, _WISEMAN,
         "no word of a cast_member credit"),
        ("Starring: Ana de Armas\nProducer: Chad Stahelski.", _CAST, _STAHELSKI,
         "no word of a cast_member credit"),
        ("Ana de Armas stars in Ballerina. Len Wiseman was thrilled.", _CAST, _WISEMAN,
         "no word of a cast_member credit"),
        ("Keanu Reeves stars in Ballerina. Ian McShane was thrilled.", _CAST,
         "person/ian-mcshane", "no word of a cast_member credit"),
        # A listing's bracket gives the credit of the title it follows, and its person only.
        ("John Wick: Chapter 4 (dir. Chad Stahelski) was a hit.", _DIRECTOR, _STAHELSKI,
         "John Wick: Chapter 4"),
        ("John Wick: Chapter 4 (directed by Chad Stahelski) was a hit.", _DIRECTOR,
         _STAHELSKI, "John Wick: Chapter 4"),
        ("Ballerina (dir. Len Wiseman, with Ana de Armas) opens.", _DIRECTOR,
         "person/ana-de-armas", "writes 'dir.', but not with"),
        # Reported: a credit verb used in another sense was read as the credit.
        ("Len Wiseman wrote about Ballerina for Variety.", Predicate.SCREENWRITER, _WISEMAN,
         "writes 'wrote about'"),
        ("Len Wiseman has written about Ballerina twice.", Predicate.SCREENWRITER, _WISEMAN,
         "writes 'written about'"),
        ("Len Wiseman wrote of Ballerina that it drags.", Predicate.SCREENWRITER, _WISEMAN,
         "writes 'wrote of'"),
        ("Len Wiseman wrote Ballerina off as a cash grab.", Predicate.SCREENWRITER, _WISEMAN,
         "writes 'wrote Ballerina off'"),
        ("Len Wiseman wrote to Lionsgate about Ballerina.", Predicate.SCREENWRITER, _WISEMAN,
         "writes 'wrote to'"),
        ("Chad Stahelski directed his anger at Ballerina.", _DIRECTOR, _STAHELSKI,
         "writes 'directed his anger at'"),
        ("Chad Stahelski directed questions about Ballerina to Lionsgate.", _DIRECTOR,
         _STAHELSKI, "writes 'directed questions about'"),
        ("Chad Stahelski produced a video essay on Ballerina.", Predicate.PRODUCER, _STAHELSKI,
         "writes 'produced a video essay on'"),
        # Casting news of another credit is none of the cast.
        ("Len Wiseman has boarded Ballerina as director.", _CAST, _WISEMAN,
         "no word of a cast_member credit"),
        ("Ballerina has tapped Len Wiseman to direct.", _CAST, _WISEMAN, "writes 'direct'"),
        ("Ballerina tapped Keanu Reeves for a panel.", _CAST, "person/keanu-reeves",
         "no word of a cast_member credit"),
        # Reported: a presence in the work's marketing or its home media's extras was read
        # as a cast credit.
        ("Ballerina features Keanu Reeves in the special thanks.", _CAST,
         "person/keanu-reeves", "writes 'special thanks' of"),
        ("Ballerina features Keanu Reeves in every TV spot.", _CAST, "person/keanu-reeves",
         "writes 'TV spot' of"),
        ("Ballerina features Keanu Reeves in a promo.", _CAST, "person/keanu-reeves",
         "writes 'promo' of"),
        ("Ballerina features Keanu Reeves on the Blu-ray commentary.", _CAST,
         "person/keanu-reeves", "writes 'commentary' of"),
        ("Ballerina features Keanu Reeves in the bonus features.", _CAST,
         "person/keanu-reeves", "writes 'bonus features' of"),
        # Reported: the doer of a relative clause with no "whom" or "that" on a noun of the
        # sentence, or a name a part's noun describes, was read as the one given the part.
        ("Ballerina stars Ana de Armas in the role Keanu Reeves made famous.", _CAST,
         "person/keanu-reeves", "writes 'the role Keanu Reeves made'"),
        ("Ballerina stars Ana de Armas in the role Keanu Reeves originated.", _CAST,
         "person/keanu-reeves", "writes 'the role Keanu Reeves originated'"),
        ("Ballerina stars Ana de Armas in the role Keanu Reeves was offered.", _CAST,
         "person/keanu-reeves", "writes 'the role Keanu Reeves was'"),
        ("Ballerina stars Ana de Armas in the role written for Keanu Reeves.", _CAST,
         "person/keanu-reeves", "writes 'role written for Keanu Reeves'"),
        ("Ballerina stars Ana de Armas in the role Keanu Reeves played in the 2014 film.",
         _CAST, "person/keanu-reeves", "writes 'the role Keanu Reeves played'"),
        ("Ballerina stars Ana de Armas, the actress Keanu Reeves recommended.", _CAST,
         "person/keanu-reeves", "writes 'the actress Keanu Reeves recommended'"),
        ("Ballerina stars Ana de Armas, the star Keanu Reeves mentored.", _CAST,
         "person/keanu-reeves", "writes 'the star Keanu Reeves mentored'"),
        ("Ballerina stars Ana de Armas in a role Keanu Reeves loved.", _CAST,
         "person/keanu-reeves", "writes 'a role Keanu Reeves loved'"),
    ],
)  # fmt: skip
def test_a_credit_is_of_the_part_its_quote_gives(
    text: str, predicate: Predicate, person: str, said: str
) -> None:
    claim = _from_text(text, text.rstrip("."), predicate, EntityRef(id=person))
    (breach,) = _rules.credit_written_with_its_role_or_noted(claim, CATALOG)
    assert (breach.rule, breach.field) == ("credit role", "value.id")
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    if said.startswith("writes '"):  # a note quoting the role word says whose it is
        word = said.split("'")[1]
        noted = attrs.evolve(claim, note=f"'{word}' is said of {person}.")
        assert _rules.credit_written_with_its_role_or_noted(noted, CATALOG) == []
    elif not said.startswith("no word"):  # a note quoting the words says what they are of
        noted = attrs.evolve(claim, note=f"'{said}' is said of another film.")
        left = _rules.credit_written_with_its_role_or_noted(noted, CATALOG)
        assert all(said not in b.message for b in left)


@each(
    ("text", "predicate", "person"),
    [
        ("Ballerina is directed by Len Wiseman.", _DIRECTOR, _WISEMAN),
        ("Len Wiseman helmed Ballerina.", _DIRECTOR, _WISEMAN),
        # A description between "in" and the subject's own title: still its credit.
        ("Ana de Armas stars in the action film Ballerina.", _CAST, "person/ana-de-armas"),
        ("Ana de Armas stars as a ballerina in Ballerina.", _CAST, "person/ana-de-armas"),
        # Reported: a role's verb and its "by" with an aside or "for the screen" between
        # were read as no doer's.
        ("Ballerina was directed, with flair, by Len Wiseman.", _DIRECTOR, _WISEMAN),
        ("Ballerina was written for the screen by Shay Hatten.", Predicate.SCREENWRITER,
         "person/shay-hatten"),
        ("Ballerina was directed stylishly by Len Wiseman.", _DIRECTOR, _WISEMAN),
        # A gapped clause gives its own work only: the first name keeps the subject.
        ("Keanu Reeves returns for Ballerina, Ian McShane for The Continental.", _CAST,
         "person/keanu-reeves"),
        ("Keanu Reeves and Ian McShane return for Ballerina.", _CAST, "person/ian-mcshane"),
        # The credit's own words outside the quotation, or a list of names before them.
        ("\u201cI loved it,\u201d said Keanu Reeves, who stars in Ballerina.", _CAST,
         "person/keanu-reeves"),
        ("Keanu Reeves and Ana de Armas star in Ballerina.", _CAST, "person/keanu-reeves"),
        # A noun with its article before the person's own name is theirs where a role word
        # or a list word follows it.
        ("The actress Ana de Armas plays Rooney in Ballerina.", _CAST, "person/ana-de-armas"),
        ("Ballerina stars the actress Ana de Armas as Rooney.", _CAST, "person/ana-de-armas"),
        ("Ballerina stars Ana de Armas in the role of Rooney.", _CAST, "person/ana-de-armas"),
        ("Keanu Reeves, who stars in Ballerina, coached Ana de Armas.", _CAST,
         "person/keanu-reeves"),
        # A listing's credit is its own film's.
        ("Cast: Ana de Armas (Ballerina), Bridget Moynahan (John Wick).", _CAST,
         "person/ana-de-armas"),
        ("Directed by Len Wiseman, Ballerina airs at 11pm; John Wick follows at 9pm.", _DIRECTOR,
         _WISEMAN),
        ("John Wick \u2014 starring Keanu Reeves. Ballerina \u2014 starring Ana de Armas.", _CAST,
         "person/ana-de-armas"),
        ("Ballerina stars Ana de Armas (Blonde) as Rooney.", _CAST, "person/ana-de-armas"),
        ("Ballerina is written and directed by Len Wiseman.", Predicate.SCREENWRITER, _WISEMAN),
        ("Ballerina is written and directed by Len Wiseman.", _DIRECTOR, _WISEMAN),
        ("Ballerina is produced by Len Wiseman.", Predicate.PRODUCER, _WISEMAN),
        ("Keanu Reeves returns as John Wick in Ballerina.", _CAST, "person/keanu-reeves"),
        ("Ian McShane plays Winston in Ballerina.", _CAST, "person/ian-mcshane"),
        ("In Ballerina, Ian McShane plays Winston.", _CAST, "person/ian-mcshane"),
        ("Ian McShane plays Winston in Ballerina and John Wick: Chapter 4.", _CAST,
         "person/ian-mcshane"),
        ("Keanu Reeves as John Wick.", _CAST, "person/keanu-reeves"),
        ("Critics praised Keanu Reeves's performance in Ballerina.", _CAST,
         "person/keanu-reeves"),
        ("Ana de Armas, praised by critics, stars in Ballerina.", _CAST, "person/ana-de-armas"),
        ("Ana de Armas in Ballerina.", _CAST, "person/ana-de-armas"),
        ("The Ballerina films with Kate Beckinsale.", _CAST, "person/kate-beckinsale"),
        ("Ballerina stars Ana de Armas, Keanu Reeves, and Ian McShane.", _CAST,
         "person/ian-mcshane"),
        ("Keanu Reeves, who plays John Wick, returns.", _CAST, "person/keanu-reeves"),
        ("Ballerina stars Ana de Armas, and Keanu Reeves was thrilled.", _CAST,
         "person/ana-de-armas"),
        ("Ballerina stars Unity Phelan as Ana de Armas.", _CAST, "person/unity-phelan"),
        ("Ballerina stars Ana de Armas, who plays opposite Keanu Reeves.", _CAST,
         "person/keanu-reeves"),
        ("Ana de Armas stars in Ballerina.", _CAST, "person/ana-de-armas"),
        ("Ana de Armas stars in the film.", _CAST, "person/ana-de-armas"),
        ("Ana de Armas stars in the John Wick spin-off Ballerina.", _CAST,
         "person/ana-de-armas"),
        # The role word nearest the person is theirs; coordinated ones before "by" are all.
        ("Ballerina was produced by Chad Stahelski and directed by Len Wiseman.", _DIRECTOR,
         _WISEMAN),
        ("Ballerina was produced by Chad Stahelski and directed by Len Wiseman.",
         Predicate.PRODUCER, _STAHELSKI),
        ("Ballerina stars Keanu Reeves and was directed by Len Wiseman.", _CAST,
         "person/keanu-reeves"),
        ("Ballerina is directed by Len Wiseman and Chad Stahelski.", _DIRECTOR, _STAHELSKI),
        ("Chad Stahelski, who directed John Wick, produced Ballerina.", Predicate.PRODUCER,
         _STAHELSKI),
        ("Keanu Reeves, who starred in the John Wick films, returns in Ballerina.", _CAST,
         "person/keanu-reeves"),
        ("Chad Stahelski directed Ballerina.", _DIRECTOR, _STAHELSKI),
        ("Keanu Reeves starred in John Wick; Ana de Armas starred in Ballerina.", _CAST,
         "person/ana-de-armas"),
        # Reported: the one who takes a part over plays it.
        ("Ana de Armas replaced Unity Phelan as Rooney in Ballerina.", _CAST,
         "person/ana-de-armas"),
        ("Ana de Armas succeeds Unity Phelan as Rooney in Ballerina.", _CAST,
         "person/ana-de-armas"),
        # Reported: the cleft "It is X, and not Y, who plays" is "X plays".
        ("It is Gabriel Byrne, and not Norman Reedus as rumored, who plays Daniel Pine.",
         _CAST, "person/gabriel-byrne"),
        ("It's Gabriel Byrne, not Norman Reedus, who plays Daniel Pine.", _CAST,
         "person/gabriel-byrne"),
        # Reported: "also appear" after a list of names gave none of them a part.
        ("Keanu Reeves, Ian McShane and Anjelica Huston also appear.", _CAST,
         "person/keanu-reeves"),
        ("Keanu Reeves, Ian McShane and Anjelica Huston also appear.", _CAST,
         "person/ian-mcshane"),
        ("Keanu Reeves also appeared.", _CAST, "person/keanu-reeves"),
        # Reported: the character the Director beside a cast credit made it a director's.
        ("Anjelica Huston returns as the Director, and Keanu Reeves appears as John Wick.",
         _CAST, "person/keanu-reeves"),
        ("Director Len Wiseman returns with Ballerina.", _DIRECTOR, _WISEMAN),
        # The doer of the role word is the person: before it, after "by", after a noun.
        ("Len Wiseman directed Ana de Armas in Ballerina.", _DIRECTOR, _WISEMAN),
        ("Ballerina, under Len Wiseman's direction, shines.", _DIRECTOR, _WISEMAN),
        ("Len Wiseman, the director of Ballerina, spoke.", _DIRECTOR, _WISEMAN),
        ("Shay Hatten wrote Ballerina for Ana de Armas.", Predicate.SCREENWRITER,
         "person/shay-hatten"),
        ("Ballerina, which Len Wiseman has also directed, opens.", _DIRECTOR, _WISEMAN),
        # A fact-box label binds the value just after it, up to the next label.
        ("Director: Len Wiseman | Cast: Ana de Armas.", _DIRECTOR, _WISEMAN),
        ("Writer: Shay Hatten / Cast: Ana de Armas.", Predicate.SCREENWRITER,
         "person/shay-hatten"),
        # Reported: a listing's "(dir. Len Wiseman)" after the title gave no credit.
        ("Ballerina (dir. Len Wiseman) is a blast.", _DIRECTOR, _WISEMAN),
        ("Ballerina (Dir. Len Wiseman) opens.", _DIRECTOR, _WISEMAN),
        ("Ballerina (directed by Len Wiseman) is a blast.", _DIRECTOR, _WISEMAN),
        # Reported: the work's possessive and a doer's noun in apposition gave no credit.
        ("We spoke to Len Wiseman, Ballerina's director.", _DIRECTOR, _WISEMAN),
        ("Len Wiseman, Ballerina\u2019s director, spoke.", _DIRECTOR, _WISEMAN),
        ("Shay Hatten, Ballerina's screenwriter, spoke.", Predicate.SCREENWRITER,
         "person/shay-hatten"),
        ("We spoke to Ballerina director Len Wiseman.", _DIRECTOR, _WISEMAN),
        # Reported: a deed's noun "is by" the person gave no credit.
        ("Ballerina's screenplay is by Shay Hatten.", Predicate.SCREENWRITER,
         "person/shay-hatten"),
        ("The screenplay of Ballerina was by Shay Hatten.", Predicate.SCREENWRITER,
         "person/shay-hatten"),
        # Reported: the verbs and nouns of casting news gave no cast credit.
        ("Gabriel Byrne has boarded Ballerina.", _CAST, "person/gabriel-byrne"),
        ("Gabriel Byrne has signed on to Ballerina.", _CAST, "person/gabriel-byrne"),
        ("Ballerina adds Gabriel Byrne.", _CAST, "person/gabriel-byrne"),
        ("Gabriel Byrne is the latest addition to Ballerina.", _CAST, "person/gabriel-byrne"),
    ],
)  # fmt: skip
def test_a_credit_whose_quote_gives_its_part_stands(
    text: str, predicate: Predicate, person: str
) -> None:
    claim = _from_text(text, text.rstrip("."), predicate, EntityRef(id=person))
    assert [] == _rules.credit_written_with_its_role_or_noted(claim, CATALOG)


@each(
    ("text", "subject", "predicate", "person"),
    [
        # Reported: the work's own name holding another work's ("John Wick" of "John Wick:
        # Chapter 4", "Ballerina" of "Ballerina 2") took the role word from the person.
        ("Chad Stahelski directed John Wick: Chapter 4.", "film/john-wick-chapter-4",
         _DIRECTOR, "person/chad-stahelski"),
        ("Len Wiseman directs Ballerina 2.", "film/ballerina-2", _DIRECTOR, _WISEMAN),
    ],
)  # fmt: skip
def test_a_credit_of_a_work_whose_name_holds_another_stands(
    text: str, subject: str, predicate: Predicate, person: str
) -> None:
    claim = attrs.evolve(
        _from_text(text, text.rstrip("."), predicate, EntityRef(id=person)), subject=subject
    )
    assert [] == _rules.credit_written_with_its_role_or_noted(claim, CATALOG)


# The quote's prefix read without its source holds 32 characters: the casting fits in it.
_TOOK_OVER = "Ana de Armas took over"


@each(
    ("text", "quote", "character", "stands"),
    [
        # Reported: a bare "took over" after the sentence cast another as the part gave no
        # credit, nor the part.
        ("Unity Phelan as Rooney, but Ana de Armas took over.", _TOOK_OVER, "character/rooney",
         True),
        ("Unity Phelan was cast as Rooney before Ana de Armas took over.",
         f"before {_TOOK_OVER}", "character/rooney", True),
        # Another part, the part in another sentence, or another thing taken over is none.
        ("Unity Phelan as Rooney, but Ana de Armas took over.", _TOOK_OVER,
         "character/john-wick", False),
        ("Unity Phelan plays Rooney. Ana de Armas took over.", _TOOK_OVER, "character/rooney",
         False),
        ("Unity Phelan as Rooney, but Ana de Armas took over Lionsgate.", _TOOK_OVER,
         "character/rooney", False),
    ],
)  # fmt: skip
def test_the_one_who_takes_over_a_part_cast_before_plays_it(
    text: str, quote: str, character: str, stands: bool
) -> None:
    claim = _from_text(text, quote, _CAST, EntityRef(id="person/ana-de-armas"))
    qualifiers = attrs.evolve(claim.qualifiers, character=character, status=None)
    claim = attrs.evolve(claim, qualifiers=qualifiers)
    assert stands == ([] == _rules.credit_written_with_its_role_or_noted(claim, CATALOG))
    assert stands == ([] == _rules.entities_named_by_the_quote_or_noted(claim, CATALOG))


def test_every_link_is_written_with_its_words_or_reviewed() -> None:
    found = {c.id: _rules.link_written_with_its_words_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    found = {c.id: _rules.series_said_of_the_work_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Each reviewed exception is still needed: no word of its sentence gives the link.
    for claim_id in _rules.RELATION_FROM_CONTEXT:
        assert _rules.link_written_with_its_words_or_noted(_claim(claim_id), CATALOG, {})


_BALLERINA, _CHAPTER_4 = "film/ballerina-2024", "film/john-wick-chapter-4"
_DIRECTOR_C, _ROONEY = "character/the-director", "character/rooney"
_ROMA, _HOTEL, _WINSTON = "org/ruska-roma", "org/continental-hotel", "character/winston-scott"
_WICK, _HELEN, _LIONSGATE = "character/john-wick", "character/helen", "org/lionsgate"
_REDDICK, _KEANU_ID = "person/lance-reddick", "person/keanu-reeves"


def _link(text: str, subject: str, predicate: Predicate, value: str) -> Claim:
    claim = _from_text(text, text.rstrip("."), predicate, EntityRef(id=value))
    return attrs.evolve(claim, subject=subject)


@each(
    ("text", "said"),
    [
        # Reported: a franchise named with the word "franchise" was read as the work's,
        # whoever it belongs to, and a likeness as the work's series.
        ("Ballerina, from the director of the Underworld franchise, opens.",
         "director of the Underworld"),
        ("Ballerina stars Kate Beckinsale of the Underworld franchise.",
         "Beckinsale of the Underworld"),
        ("Ballerina is Len Wiseman's first film since the Underworld franchise.",
         "film since the Underworld"),
        ("Ballerina, like Underworld, is a franchise film.", "like Underworld"),
        ("Ballerina feels like an entry in the Underworld franchise.",
         "like an entry in the Underworld"),
        ("Ballerina borrows the look of the Underworld franchise.", "look of the Underworld"),
        ("Ballerina is the Underworld franchise's spiritual successor.", "the Underworld"),
        # The work itself put in the series: accepted.
        ("Ballerina is part of the Underworld franchise.", None),
        ("Ballerina is a spin-off of the Underworld franchise.", None),
        ("Ballerina is an Underworld spin-off.", None),
        ("Ballerina is the Underworld franchise's fifth film.", None),
        ("Ballerina belongs to the Underworld franchise.", None),
        ("Ballerina joins the Underworld universe.", None),
    ],
)  # fmt: skip
def test_a_series_is_the_works_own(text: str, said: str | None) -> None:
    claim = _link(text, _BALLERINA, Predicate.PART_OF_SERIES, "franchise/underworld")
    _refused_unless_noted(
        _rules.series_said_of_the_work_or_noted,
        claim,
        None if said is None else repr(said),
        ("relation words", "quote"),
        "'Underworld': the film is of it all the same.",
    )


@each(
    ("text", "subject", "predicate", "value", "said"),
    [
        # Reported: a link between two entities was read with no word of its relation, or
        # with its words in the reverse order, or undone, in any word order.
        ("Ballerina follows John Wick: Chapter 4.", _BALLERINA, Predicate.FOLLOWED_BY,
         _CHAPTER_4, "order"),
        ("Ballerina is followed by John Wick: Chapter 4.", _BALLERINA, Predicate.FOLLOWS,
         _CHAPTER_4, "order"),
        ("Ballerina is a sequel to John Wick: Chapter 4.", _BALLERINA, Predicate.FOLLOWED_BY,
         _CHAPTER_4, "order"),
        ("John Wick: Chapter 4 precedes Ballerina.", _BALLERINA, Predicate.FOLLOWED_BY,
         _CHAPTER_4, "order"),
        # Reported: "the next film after" and "the sequel that follows" were read backwards.
        ("Ballerina is the next film after John Wick: Chapter 4.", _BALLERINA,
         Predicate.FOLLOWED_BY, _CHAPTER_4, "order"),
        ("Ballerina is the next film in the franchise after John Wick: Chapter 4.", _BALLERINA,
         Predicate.FOLLOWED_BY, _CHAPTER_4, "order"),
        ("Ballerina is the sequel that follows John Wick: Chapter 4.", _BALLERINA,
         Predicate.FOLLOWED_BY, _CHAPTER_4, "order"),
        ("The Director trained Rooney.", _DIRECTOR_C, Predicate.STUDENT_OF, _ROONEY, "order"),
        ("Rooney was trained by The Director.", _DIRECTOR_C, Predicate.STUDENT_OF, _ROONEY,
         "order"),
        ("The Director adopted Rooney.", _DIRECTOR_C, Predicate.ADOPTIVE_PARENT, _ROONEY,
         "order"),
        ("Rooney was adopted by The Director.", _DIRECTOR_C, Predicate.ADOPTIVE_PARENT,
         _ROONEY, "order"),
        # Reported: a link's active verb read backwards where "the" starts a name mid-sentence
        # or one name is a pronoun, and a possessive that reads it backwards.
        ("Rooney trains the Director.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C, "'trains'"),
        ("Rooney adopted the Director.", _ROONEY, Predicate.ADOPTIVE_PARENT, _DIRECTOR_C,
         "'adopted'"),
        ("She trains the Director.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C, "'trains'"),
        ("Rooney's student, the Director, fights.", _ROONEY, Predicate.STUDENT_OF,
         _DIRECTOR_C, "'student'"),
        ("Rooney's adoptive son, the Director, fights.", _ROONEY, Predicate.ADOPTIVE_PARENT,
         _DIRECTOR_C, "'adoptive'"),
        ("Winston Scott's manager, the Continental Hotel, calls.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'manager'"),
        ("Rooney hunts the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF, _ROMA, "no word"),
        ("Rooney left the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF, _ROMA, "'left'"),
        ("The Ruska Roma expelled Rooney.", _ROONEY, Predicate.MEMBER_OF, _ROMA, "'expelled'"),
        ("Winston Scott works for the Continental Hotel.", _HOTEL, Predicate.OWNED_BY,
         _WINSTON, "no word"),
        ("Winston Scott was fired from the Continental Hotel.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'fired'"),
        ("The Continental Hotel fired Winston Scott.", _HOTEL, Predicate.DIRECTOR_MANAGER,
         _WINSTON, "'fired'"),
        ("Ballerina is separate from the John Wick franchise.", _BALLERINA,
         Predicate.PART_OF_SERIES, "franchise/john-wick", "'separate from'"),
        # Reported: the links of no table (a spouse, a first or final appearance, a studio,
        # distributor or network, a work present in or known for) were read from any
        # sentence naming both entities.
        ("John Wick divorced Helen.", _WICK, Predicate.SPOUSE, _HELEN, "'divorced'"),
        # Reported: a widower named with a possessive kept the spouse link.
        ("John Wick, Helen's widower, returns.", _WICK, Predicate.SPOUSE, _HELEN, "'widower'"),
        ("John Wick's girlfriend Helen.", _WICK, Predicate.SPOUSE, _HELEN, "'girlfriend'"),
        ("Helen's ex-husband John Wick.", _WICK, Predicate.SPOUSE, _HELEN, "'ex-husband'"),
        ("Helen, the former wife of John Wick.", _WICK, Predicate.SPOUSE, _HELEN,
         "'former wife'"),
        ("John Wick's fiancée Helen.", _WICK, Predicate.SPOUSE, _HELEN, "'fiancée'"),
        # Reported: a marriage since ended, or one on screen, was read as a spouse.
        ("John Wick split from Helen.", _WICK, Predicate.SPOUSE, _HELEN, "'split from'"),
        ("John Wick, whose marriage to Helen ended, fights.", _WICK, Predicate.SPOUSE, _HELEN,
         "'marriage to Helen ended'"),
        ("John Wick was married to Helen until 2014.", _WICK, Predicate.SPOUSE, _HELEN,
         "'married to Helen until'"),
        ("John Wick, once married to Helen, fights.", _WICK, Predicate.SPOUSE, _HELEN,
         "'once married'"),
        # Reported: a marriage ended by a closed range, a fact box's "div." or a pluperfect.
        ("Spouse: Helen (m. 2004; div. 2013)", _WICK, Predicate.SPOUSE, _HELEN, "'div.'"),
        ("Spouse: Helen (m. 2004\u20132013)", _WICK, Predicate.SPOUSE, _HELEN,
         "'(m. 2004\u20132013)'"),
        ("John Wick was married to Helen from 2004 to 2013.", _WICK, Predicate.SPOUSE, _HELEN,
         "'married to Helen from 2004 to 2013'"),
        ("John Wick was married to Helen from 2004 through 2013.", _WICK, Predicate.SPOUSE,
         _HELEN, "'married to Helen from 2004 through 2013'"),
        ("John Wick was married to Helen 2004-2013.", _WICK, Predicate.SPOUSE, _HELEN,
         "'married to Helen 2004-2013'"),
        ("John Wick was married to Helen up to 2013.", _WICK, Predicate.SPOUSE, _HELEN,
         "'married to Helen up to'"),
        ("John Wick had been married to Helen.", _WICK, Predicate.SPOUSE, _HELEN,
         "'had been married'"),
        ("John Wick's marriage to Helen was dissolved.", _WICK, Predicate.SPOUSE, _HELEN,
         "'marriage to Helen was dissolved'"),
        ("John Wick's marriage to Helen is over.", _WICK, Predicate.SPOUSE, _HELEN,
         "'marriage to Helen is over'"),
        ("John Wick is the widower of Helen.", _WICK, Predicate.SPOUSE, _HELEN,
         "'widower of'"),
        ("John Wick's on-screen wife Helen.", _WICK, Predicate.SPOUSE, _HELEN, "'on-screen'"),
        ("John Wick's in-film wife Helen.", _WICK, Predicate.SPOUSE, _HELEN, "'in-film'"),
        ("John Wick's fictional wife Helen.", _WICK, Predicate.SPOUSE, _HELEN, "'fictional'"),
        ("John Wick loved Helen.", _WICK, Predicate.SPOUSE, _HELEN, "no word"),
        ("Ballerina is a spin-off of John Wick.", _BALLERINA, Predicate.DIFFERENT_FROM,
         "film/john-wick", "no word"),
        ("Winston appears in Ballerina.", _WINSTON, Predicate.FIRST_APPEARANCE, _BALLERINA,
         "no word"),
        ("Rooney introduced Ballerina.", _ROONEY, Predicate.FIRST_APPEARANCE, _BALLERINA,
         "order"),
        ("Lance Reddick appears in Ballerina.", _REDDICK, Predicate.FINAL_APPEARANCE,
         _BALLERINA, "no word"),
        ("Lance Reddick appears in Ballerina.", _REDDICK,
         Predicate.ONE_OF_THE_FINAL_APPEARANCES, _BALLERINA, "no word"),
        ("Lionsgate passed on Ballerina.", _BALLERINA, Predicate.DISTRIBUTOR, _LIONSGATE,
         "'passed on'"),
        # Reported: a distribution deal that did not hold was read as the link.
        ("Lionsgate's distribution deal for Ballerina fell through.", _BALLERINA,
         Predicate.DISTRIBUTOR, _LIONSGATE, "'fell through'"),
        ("Lionsgate's distribution deal for Ballerina collapsed.", _BALLERINA,
         Predicate.DISTRIBUTOR, _LIONSGATE, "'collapsed'"),
        # Reported: a verb of ending before the link's verb was read as the link.
        ("Lionsgate stopped distributing Ballerina.", _BALLERINA, Predicate.DISTRIBUTOR,
         _LIONSGATE, "'stopped distributing'"),
        ("Lionsgate ceased distributing Ballerina.", _BALLERINA, Predicate.DISTRIBUTOR,
         _LIONSGATE, "'ceased distributing'"),
        # Reported: a studio's leaving, refused for a person's credit, was read as the link.
        *(
            (f"Lionsgate {left} producing Ballerina.", _BALLERINA,
             Predicate.PRODUCTION_COMPANY, _LIONSGATE, f"{said!r}")
            for left, said in (
                ("pulled out of", "pulled out"), ("backed out of", "backed out"),
                ("walked away from", "walked away from"), ("bowed out of", "bowed out"),
                ("withdrew from", "withdrew from"), ("stepped away from", "stepped away"),
                ("bailed on", "bailed on"),
            )
        ),
        ("Lionsgate praised Ballerina.", _BALLERINA, Predicate.DISTRIBUTOR, _LIONSGATE,
         "no word"),
        ("Lionsgate praised the film Ballerina.", _BALLERINA, Predicate.DISTRIBUTOR,
         _LIONSGATE, "no word"),
        # Reported: the refusal named a table of the code, not the words it wants.
        ("Lionsgate praised Ballerina.", _BALLERINA, Predicate.DISTRIBUTOR, _LIONSGATE,
         "(a word such as 'distributed by', 'stream to', 'debut on', 'distributes',"),
        ("Lionsgate praised Ballerina.", _BALLERINA, Predicate.PRODUCTION_COMPANY, _LIONSGATE,
         "'produced by', 'produces',"),
        ("Lionsgate praised Ballerina.", _BALLERINA, Predicate.PRODUCTION_COMPANY, _LIONSGATE,
         "no word"),
        ("Ballerina produced Lionsgate's best year.", _BALLERINA,
         Predicate.PRODUCTION_COMPANY, _LIONSGATE, "order"),
        ("Netflix rivals Peacock with The Continental.", "series/the-continental",
         Predicate.ORIGINAL_BROADCASTER, "org/peacock", "no word"),
        ("Rooney fights in The Continental.", _ROONEY, Predicate.PRESENT_IN_WORK,
         "series/the-continental", "no word"),
        ("Keanu Reeves watched The Matrix.", _KEANU_ID, Predicate.NOTABLE_WORK,
         "film/the-matrix", "no word"),
        ("Keanu Reeves turned down The Matrix role.", _KEANU_ID, Predicate.NOTABLE_WORK,
         "film/the-matrix", "'turned down'"),
        ("The Matrix (Keanu Reeves).", _KEANU_ID, Predicate.NOTABLE_WORK, "film/the-matrix",
         "order"),
        ("Ballerina outgrossed The Call.", _BALLERINA, Predicate.BASED_ON, "film/the-call",
         "no word"),
        # Reported: an organization in another clause took the link word.
        ("Netflix was outbid for Ballerina, which Lionsgate distributes.", _BALLERINA,
         Predicate.DISTRIBUTOR, "org/netflix", "'which Lionsgate distributes.'"),
        ("Ballerina streams on Peacock, as Netflix lost the bidding.", _BALLERINA,
         Predicate.DISTRIBUTOR, "org/netflix", "'Ballerina streams on Peacock,'"),
        ("Ballerina streams on Peacock; Netflix subscribers will have to wait.", _BALLERINA,
         Predicate.DISTRIBUTOR, "org/netflix", "'Ballerina streams on Peacock'"),
        ("Ballerina is distributed by Lionsgate, unlike Netflix's Extraction.", _BALLERINA,
         Predicate.DISTRIBUTOR, "org/netflix", "the distributor link of another organization"),
        # Reported: a student's words, an appositive "adopted daughter" and a teacher's noun
        # after a possessive were read backwards, so the swapped claim passed.
        ("Rooney trains under the Director.", _DIRECTOR_C, Predicate.STUDENT_OF, _ROONEY,
         "'trains under' read the student_of link the other way round"),
        ("Rooney's mentor, the Director, returns.", _DIRECTOR_C, Predicate.STUDENT_OF,
         _ROONEY, "'mentor' read the student_of link the other way round"),
        ("The Director, Rooney's mentor, returns.", _DIRECTOR_C, Predicate.STUDENT_OF,
         _ROONEY, "'mentor' read"),
        # Reported: a title holding the other's name read both at one place.
        ("Ballerina 2 follows Ballerina.", "film/ballerina-2", Predicate.FOLLOWED_BY,
         _BALLERINA, "'follows' read the followed_by link"),
        # Reported: an object relative clause read in its names' order.
        ("Ballerina, which John Wick 5 will follow, opens in June.", _BALLERINA,
         Predicate.FOLLOWS, "film/john-wick-5", "'follow' read the follows link"),
        ("Rooney is tutored by John Wick.", _WICK, Predicate.STUDENT_OF, _ROONEY,
         "'tutored by' read"),
        ("Rooney is mentored by John Wick.", _WICK, Predicate.STUDENT_OF, _ROONEY,
         "'mentored by' read"),
        ("Rooney, the Director's adopted daughter, returns.", _DIRECTOR_C,
         Predicate.ADOPTIVE_PARENT, _ROONEY, "'adopted' read"),
        ("The Director, Rooney's adopted daughter, returns.", _ROONEY,
         Predicate.ADOPTIVE_PARENT, _DIRECTOR_C, "'adopted' read"),
        # Reported: a co-subject, a name compared, a fellow, a verb's other sense, the owner
        # of a wedding and a third person's clause gave the link to a name it is not of.
        ("Rooney and John Wick trained under the Director.", _ROONEY, Predicate.STUDENT_OF,
         _WICK, "in 'Rooney and John Wick trained under'"),
        ("Rooney, like John Wick, was trained by the Director.", _ROONEY,
         Predicate.STUDENT_OF, _WICK, "in 'like John Wick'"),
        ("Rooney trained with John Wick under the Director.", _ROONEY, Predicate.STUDENT_OF,
         _WICK, "no word"),
        ("Rooney, a fellow student of John Wick, returns.", _ROONEY, Predicate.STUDENT_OF,
         _WICK, "no word"),
        ("Rooney trained to kill John Wick.", _ROONEY, Predicate.STUDENT_OF, _WICK, "no word"),
        ("Rooney trained to kill John Wick.", _WICK, Predicate.STUDENT_OF, _ROONEY, "no word"),
        ("Rooney trained her gun on John Wick.", _WICK, Predicate.STUDENT_OF, _ROONEY,
         "no word"),
        ("John Wick, like Winston, married young.", _WICK, Predicate.SPOUSE, _WINSTON,
         "in 'like Winston'"),
        ("John Wick and Winston both married in 2010.", _WICK, Predicate.SPOUSE, _WINSTON,
         "in 'John Wick and Winston both'"),
        ("John Wick was the best man at Helen's wedding.", _WICK, Predicate.SPOUSE, _HELEN,
         "in \"Helen's wedding\""),
        ("John Wick officiated Helen's wedding.", _WICK, Predicate.SPOUSE, _HELEN,
         "in \"Helen's wedding\""),
        ("John Wick, Helen's wedding planner, returns.", _WICK, Predicate.SPOUSE, _HELEN,
         "in \"Helen's wedding\""),
        ("Rooney and John Wick were adopted by the Director.", _ROONEY,
         Predicate.ADOPTIVE_PARENT, _WICK, "in 'Rooney and John Wick were adopted by'"),
        ("Rooney, like John Wick, was adopted by the Director.", _ROONEY,
         Predicate.ADOPTIVE_PARENT, _WICK, "in 'like John Wick'"),
        ("Rooney, unlike John Wick, belongs to the Ruska Roma.", _WICK, Predicate.MEMBER_OF,
         _ROMA, "in 'unlike John Wick'"),
        ("Rooney hunts the woman who trained under the Director.", _ROONEY,
         Predicate.STUDENT_OF, _DIRECTOR_C, "in 'hunts the woman who trained under'"),
        ("Rooney hunts the woman who is a member of the Ruska Roma.", _ROONEY,
         Predicate.MEMBER_OF, _ROMA, "in 'hunts the woman who is a member of'"),
        ("Rooney hunts the man who married Helen.", _ROONEY, Predicate.SPOUSE, _HELEN,
         "in 'hunts the man who married'"),
        # Reported: a group named only as the complement of another group was read as the
        # one joined.
        ("Rooney is a member of the Ruska Roma's enemies.", _ROONEY, Predicate.MEMBER_OF,
         _ROMA, "in \"member of the Ruska Roma's enemies\""),
        ("Rooney is a member of a rival of the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF,
         _ROMA, "in 'member of a rival of the Ruska Roma'"),
        ("Rooney is a member of a splinter group of the Ruska Roma.", _ROONEY,
         Predicate.MEMBER_OF, _ROMA, "in 'member of a splinter group of the Ruska Roma'"),
        ("Rooney is a member of a cult that hunts the Ruska Roma.", _ROONEY,
         Predicate.MEMBER_OF, _ROMA, "in 'member of a cult that hunts the Ruska Roma'"),
        ("Rooney joins a cult hunting the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF, _ROMA,
         "in 'joins a cult hunting the Ruska Roma'"),
    ],
)  # fmt: skip
def test_a_link_is_written_with_its_words(
    text: str, subject: str, predicate: Predicate, value: str, said: str
) -> None:
    claim = _link(text, subject, predicate, value)
    (breach,) = _rules.link_written_with_its_words_or_noted(claim, CATALOG)
    assert (breach.rule, breach.field) == ("relation words", "quote")
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note="The text says so in another passage.")
    assert [] == _rules.link_written_with_its_words_or_noted(noted, CATALOG)


@each(
    ("text", "subject", "predicate", "value"),
    [
        ("Ballerina follows John Wick: Chapter 4.", _BALLERINA, Predicate.FOLLOWS, _CHAPTER_4),
        ("Ballerina is a sequel to John Wick: Chapter 4.", _BALLERINA, Predicate.FOLLOWS,
         _CHAPTER_4),
        ("John Wick: Chapter 4 is followed by Ballerina.", _CHAPTER_4, Predicate.FOLLOWED_BY,
         _BALLERINA),
        ("Ballerina is the next film after John Wick: Chapter 4.", _BALLERINA,
         Predicate.FOLLOWS, _CHAPTER_4),
        ("Ballerina is the sequel that follows John Wick: Chapter 4.", _BALLERINA,
         Predicate.FOLLOWS, _CHAPTER_4),
        ("The Director trained Rooney.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C),
        ("Rooney was trained by The Director.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C),
        ("The Director adopted Rooney.", _ROONEY, Predicate.ADOPTIVE_PARENT, _DIRECTOR_C),
        ("The Director trains Rooney.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C),
        ("Rooney, trained by the Director, fights.", _ROONEY, Predicate.STUDENT_OF,
         _DIRECTOR_C),
        ("The Director's student Rooney fights.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C),
        # Reported: a distributor's verb and its preposition with an adverbial between them
        # were refused, as read the other way round.
        ("Ballerina is distributed in North America by Lionsgate.", _BALLERINA,
         Predicate.DISTRIBUTOR, _LIONSGATE),
        ("Ballerina is distributed worldwide by Lionsgate.", _BALLERINA, Predicate.DISTRIBUTOR,
         _LIONSGATE),
        ("Ballerina will stream exclusively on Peacock.", _BALLERINA, Predicate.DISTRIBUTOR,
         "org/peacock"),
        ("Ballerina debuts exclusively on Peacock.", _BALLERINA, Predicate.DISTRIBUTOR,
         "org/peacock"),
        ("Rooney, the Director's student, fights.", _ROONEY, Predicate.STUDENT_OF,
         _DIRECTOR_C),
        ("Rooney's adoptive mother, the Director, fights.", _ROONEY,
         Predicate.ADOPTIVE_PARENT, _DIRECTOR_C),
        ("She was adopted by the Director.", _ROONEY, Predicate.ADOPTIVE_PARENT, _DIRECTOR_C),
        ("Rooney joined the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF, _ROMA),
        ("Winston Scott owns the Continental Hotel.", _HOTEL, Predicate.OWNED_BY, _WINSTON),
        ("The Continental Hotel is run by Winston Scott.", _HOTEL, Predicate.DIRECTOR_MANAGER,
         _WINSTON),
        ("The Continental Hotel's manager, Winston Scott, calls.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON),
        ("Ballerina is part of the John Wick franchise.", _BALLERINA, Predicate.PART_OF_SERIES,
         "franchise/john-wick"),
        ("John Wick married Helen.", _WICK, Predicate.SPOUSE, _HELEN),
        ("John Wick is married to Helen.", _WICK, Predicate.SPOUSE, _HELEN),
        ("The former hitman John Wick married Helen.", _WICK, Predicate.SPOUSE, _HELEN),
        ("Helen, the wife of John Wick.", _WICK, Predicate.SPOUSE, _HELEN),
        ("Ballerina is not to be confused with John Wick.", _BALLERINA,
         Predicate.DIFFERENT_FROM, "film/john-wick"),
        ("Winston was introduced in Ballerina.", _WINSTON, Predicate.FIRST_APPEARANCE,
         _BALLERINA),
        ("Ballerina introduced Rooney.", _ROONEY, Predicate.FIRST_APPEARANCE, _BALLERINA),
        ("Ballerina is Lance Reddick's final film role.", _REDDICK, Predicate.FINAL_APPEARANCE,
         _BALLERINA),
        ("Lance Reddick appears posthumously in Ballerina.", _REDDICK,
         Predicate.ONE_OF_THE_FINAL_APPEARANCES, _BALLERINA),
        ("Ballerina is distributed by Lionsgate.", _BALLERINA, Predicate.DISTRIBUTOR,
         _LIONSGATE),
        ("Ballerina will stream to Peacock.", _BALLERINA, Predicate.DISTRIBUTOR, "org/peacock"),
        ("Ballerina streams on Peacock, as Netflix lost the bidding.", _BALLERINA,
         Predicate.DISTRIBUTOR, "org/peacock"),
        ("Lionsgate, which distributes Ballerina, is pleased.", _BALLERINA,
         Predicate.DISTRIBUTOR, _LIONSGATE),
        ("Lionsgate, the studio behind Ballerina.", _BALLERINA, Predicate.PRODUCTION_COMPANY,
         _LIONSGATE),
        ("The Continental will stream to Peacock.", "series/the-continental",
         Predicate.ORIGINAL_BROADCASTER, "org/peacock"),
        ("The Peacock drama series The Continental.", "series/the-continental",
         Predicate.ORIGINAL_BROADCASTER, "org/peacock"),
        ("Rooney appears in The Continental.", _ROONEY, Predicate.PRESENT_IN_WORK,
         "series/the-continental"),
        ("Keanu Reeves, known for The Matrix.", _KEANU_ID, Predicate.NOTABLE_WORK,
         "film/the-matrix"),
        ("Keanu Reeves (The Matrix).", _KEANU_ID, Predicate.NOTABLE_WORK, "film/the-matrix"),
        ("The Matrix\u2019s Keanu Reeves.", _KEANU_ID, Predicate.NOTABLE_WORK,
         "film/the-matrix"),
        ("Ballerina is a remake of The Call.", _BALLERINA, Predicate.BASED_ON, "film/the-call"),
        # Reported: right claims refused as read the other way round.
        ("Rooney trains under the Director.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C),
        ("Rooney's mentor, the Director, returns.", _ROONEY, Predicate.STUDENT_OF,
         _DIRECTOR_C),
        ("The Director is Rooney's mentor.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C),
        ("Rooney is tutored by John Wick.", _ROONEY, Predicate.STUDENT_OF, _WICK),
        ("Rooney is mentored by John Wick.", _ROONEY, Predicate.STUDENT_OF, _WICK),
        ("Rooney is the Director's apprentice.", _ROONEY, Predicate.STUDENT_OF, _DIRECTOR_C),
        ("Rooney trained with the Ruska Roma.", _ROONEY, Predicate.STUDENT_OF, _ROMA),
        ("Rooney, the Director's adopted daughter, returns.", _ROONEY,
         Predicate.ADOPTIVE_PARENT, _DIRECTOR_C),
        ("Rooney and John Wick trained under the Director.", _ROONEY, Predicate.STUDENT_OF,
         _DIRECTOR_C),
        ("Rooney, unlike John Wick, belongs to the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF,
         _ROMA),
        ("Rooney, who trained under the Director, returns.", _ROONEY, Predicate.STUDENT_OF,
         _DIRECTOR_C),
        ("John Wick's wedding to Helen was small.", _WICK, Predicate.SPOUSE, _HELEN),
        ("Helen's husband, John Wick, returns.", _WICK, Predicate.SPOUSE, _HELEN),
        ("John Wick is married to Helen.", _WICK, Predicate.SPOUSE, _HELEN),
        ("John Wick has been married to Helen since 2004.", _WICK, Predicate.SPOUSE, _HELEN),
        ("Spouse: Helen (m. 2004)", _WICK, Predicate.SPOUSE, _HELEN),
        ("Rooney is a member of the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF, _ROMA),
        ("Rooney belongs to the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF, _ROMA),
        ("Ballerina, which John Wick 5 will follow, opens in June.", "film/john-wick-5",
         Predicate.FOLLOWS, _BALLERINA),
        ("John Wick 5, which Ballerina follows, opens in June.", _BALLERINA,
         Predicate.FOLLOWS, "film/john-wick-5"),
        ("Ballerina 2 follows Ballerina.", "film/ballerina-2", Predicate.FOLLOWS, _BALLERINA),
    ],
)  # fmt: skip
def test_a_link_whose_quote_gives_it_stands(
    text: str, subject: str, predicate: Predicate, value: str
) -> None:
    assert [] == _rules.link_written_with_its_words_or_noted(
        _link(text, subject, predicate, value), CATALOG
    )


def test_a_fact_boxs_bracket_after_the_quote_is_read_whole() -> None:
    # Reported: "div." in the bracket after a quote that stops at the name was never read.
    text = "Spouse: Helen (m. 2004; div. 2013)"
    claim = attrs.evolve(
        _from_text(text, "Spouse: Helen", Predicate.SPOUSE, EntityRef(id=_HELEN)), subject=_WICK
    )
    (breach,) = _rules.link_written_with_its_words_or_noted(claim, CATALOG)
    assert "'div.' undoes the spouse link" in breach.message


@each(
    ("text", "said"),
    [
        # Reported: a work among the person's last, or the last of a span only, or one that
        # came out after the death, was accepted as the very last.
        ("The film will mark one of the final appearances of Lance Reddick.",
         "'final appearances of'"),
        ("Ballerina marks one of Lance Reddick's final appearances.", "'final appearances'"),
        ("Ballerina is among Lance Reddick's last films.", "'last films'"),
        ("Ballerina is Lance Reddick's final film but one.", "'final film but one'"),
        ("Ballerina will be Lance Reddick's final appearance but one.",
         "'final appearance but one'"),
        ("Ballerina is Lance Reddick's last film before The Continental.",
         "'last film before'"),
        ("Ballerina is Lance Reddick's first posthumous film.", "'posthumous film'"),
        ("Ballerina is Lance Reddick's final appearance to date.",
         "'final appearance to date'"),
        ("Ballerina is Lance Reddick's last appearance this year.",
         "'last appearance this year'"),
        ("Ballerina is Lance Reddick's second-to-last film.", "'last film'"),
        ("Ballerina is one of the final films of Lance Reddick.", "'final films of'"),
        # The very last: accepted.
        ("Ballerina is Lance Reddick's final film.", None),
        ("Ballerina is Lance Reddick's last film before his death.", None),
        ("Lance Reddick will also make a final appearance as Charon in Ballerina.", None),
        ("Ballerina is Lance Reddick's swan song.", None),
    ],
)  # fmt: skip
def test_a_final_appearance_is_the_very_last(text: str, said: str | None) -> None:
    claim = _link(text, _REDDICK, Predicate.FINAL_APPEARANCE, _BALLERINA)
    found = _rules.final_appearance_the_very_last(claim, CATALOG)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("predicate meaning", "predicate")
    assert said in breach.message
    assert "one_of_the_final_appearances" in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note="Another passage: 'Ballerina is his final film'.")
    assert [] == _rules.final_appearance_the_very_last(noted, CATALOG)
    among = attrs.evolve(claim, predicate=Predicate.ONE_OF_THE_FINAL_APPEARANCES)
    assert [] == _rules.final_appearance_the_very_last(among, CATALOG)


@each(
    ("text", "predicate", "value", "said"),
    [
        # Reported: a stage or an event not reached yet, or short of it, was taken as
        # reached.
        ("Ballerina has yet to be greenlit.", Predicate.PRODUCTION_STATUS, "greenlit",
         "'yet to'"),
        ("Lionsgate has yet to greenlight Ballerina.", Predicate.PRODUCTION_STATUS,
         "greenlight", "'yet to'"),
        ("Ballerina still needs to be greenlit.", Predicate.PRODUCTION_STATUS, "greenlit",
         "'needs'"),
        ("Ballerina is waiting to be greenlit.", Predicate.PRODUCTION_STATUS, "greenlit",
         "'waiting to'"),
        ("Ballerina is still waiting on a green light.", Predicate.PRODUCTION_STATUS,
         "green light", "'waiting on'"),
        ("Ballerina awaits the green light.", Predicate.PRODUCTION_STATUS, "green light",
         "'awaits'"),
        ("Ballerina needs a green light.", Predicate.PRODUCTION_STATUS, "green light",
         "'needs'"),
        ("Ballerina is seeking a green light.", Predicate.PRODUCTION_STATUS, "green light",
         "'seeking'"),
        ("Ballerina is one step from a green light.", Predicate.PRODUCTION_STATUS,
         "green light", "'one step from'"),
        ("Ballerina is a long way from being greenlit.", Predicate.PRODUCTION_STATUS,
         "greenlit", "'a long way from'"),
        ("Ballerina is all but greenlit.", Predicate.PRODUCTION_STATUS, "greenlit",
         "'all but'"),
        ("Ballerina is as good as greenlit.", Predicate.PRODUCTION_STATUS, "greenlit",
         "'as good as'"),
        # Reported: a status qualified as not yet so, or stuck short of the next stage, was
        # taken as the plain status.
        ("Ballerina 2 is in development hell.", Predicate.PRODUCTION_STATUS,
         "in development", "'hell'"),
        ("Ballerina 2 is practically greenlit.", Predicate.PRODUCTION_STATUS, "greenlit",
         "'practically'"),
        ("Ballerina 2 is greenlit in principle.", Predicate.PRODUCTION_STATUS, "greenlit",
         "'in principle'"),
        ("Ballerina 2 is virtually greenlit.", Predicate.PRODUCTION_STATUS, "greenlit",
         "'virtually'"),
        ("Ballerina has yet to release a trailer.", Predicate.TRAILER, "trailer", "'yet to'"),
        ("Fans are still waiting for a Ballerina trailer.", Predicate.TRAILER, "trailer",
         "'waiting for'"),
        ("Ballerina's trailer is still to come.", Predicate.TRAILER, "trailer", "'still to'"),
        ("Lionsgate has yet to release any Ballerina images.", Predicate.PROMOTIONAL_MATERIAL,
         "images", "'yet to'"),
        ("Ballerina's poster is still to come.", Predicate.PROMOTIONAL_MATERIAL, "poster",
         "'still to'"),
        ("Ballerina has yet to arrive in theaters.", Predicate.DISTRIBUTION_FORMAT,
         "in theaters", "'yet to'"),
        # Kept in the value, or the stage reached: accepted.
        ("Ballerina has yet to be greenlit.", Predicate.PRODUCTION_STATUS,
         "has yet to be greenlit", None),
        ("Ballerina has been greenlit.", Predicate.PRODUCTION_STATUS, "greenlit", None),
        ("Lionsgate released a Ballerina trailer.", Predicate.TRAILER, "trailer", None),
        ("We can't wait to bring you the Ballerina trailer!", Predicate.TRAILER, "trailer",
         None),
    ],
)  # fmt: skip
def test_a_stage_not_yet_reached_is_kept_or_noted(
    text: str, predicate: Predicate, value: str, said: str | None
) -> None:
    claim = _from_text(text, text.rstrip(".!"), predicate, Text(text=value))
    found = _rules.stage_not_yet_reached_kept_or_noted(claim, CATALOG)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("value negation", "value.text")
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note=f"{said}: the stage is not reached yet.")
    assert [] == _rules.stage_not_yet_reached_kept_or_noted(noted, CATALOG)


@each(
    ("text", "named"),
    [
        # Reported: a character's possession or image "appears in" a work: the character
        # verified as present in it.
        ("John Wick's dog appears in Ballerina.", False),
        ("John Wick's car appears in Ballerina.", False),
        ("A photo of John Wick appears in Ballerina.", False),
        ("A John Wick poster appears in Ballerina.", False),
        ("John Wick appears in Ballerina.", True),
        ("John Wick's return in Ballerina.", True),
        ("John Wick's appearance in Ballerina.", True),
        ("John Wick's likeness appears in Ballerina.", False),
    ],
)
def test_a_character_named_only_with_a_noun_of_its_own_is_not_present(
    text: str, named: bool
) -> None:
    claim = _link(text, _WICK, Predicate.PRESENT_IN_WORK, _BALLERINA)
    found = _rules.entities_named_by_the_quote_or_noted(claim, CATALOG)
    assert named == (found == [])
    if not named:
        (breach,) = found
        assert (breach.rule, breach.field) == ("entity named", "subject")
        assert "only with a noun of its own" in breach.message
        noted = attrs.evolve(claim, note="John Wick himself is seen there too.")
        assert [] == _rules.entities_named_by_the_quote_or_noted(noted, CATALOG)


@each(
    ("text", "predicate"),
    [
        # Reported: the possessive that is the link itself ("X's final film") was read as
        # the person named only with a noun of their own.
        ("Ballerina is Lance Reddick's final film.", Predicate.FINAL_APPEARANCE),
        ("Lance Reddick's final film is Ballerina.", Predicate.FINAL_APPEARANCE),
        ("Ballerina is the final film of Lance Reddick.", Predicate.FINAL_APPEARANCE),
        ("Ballerina is Lance Reddick's last film.", Predicate.FINAL_APPEARANCE),
        ("Ballerina is among Lance Reddick's last films.",
         Predicate.ONE_OF_THE_FINAL_APPEARANCES),
    ],
)  # fmt: skip
def test_a_persons_final_film_names_the_person(text: str, predicate: Predicate) -> None:
    claim = _link(text, _REDDICK, predicate, _BALLERINA)
    assert [] == _rules.entities_named_by_the_quote_or_noted(claim, CATALOG)
    assert [] == _rules.quote_breaches(claim, CATALOG)


@each(
    "text",
    [
        # Reported: a final film whose sentence names no person was anyone's final appearance.
        "Ballerina is the final film.",
        "Ballerina is the final film of the John Wick saga's first phase.",
        "Ballerina is his final film.",
    ],
)
def test_a_final_appearance_names_its_person_or_is_noted(text: str) -> None:
    claim = _link(text, _REDDICK, Predicate.FINAL_APPEARANCE, _BALLERINA)
    (breach,) = _rules.entities_named_by_the_quote_or_noted(claim, CATALOG)
    assert (breach.rule, breach.field) == ("entity named", "subject")
    assert "names no name of the subject person/lance-reddick" in breach.message
    noted = attrs.evolve(claim, note="'his' is Lance Reddick, named just before.")
    assert [] == _rules.entities_named_by_the_quote_or_noted(noted, CATALOG)


@each(
    ("text", "subject", "predicate", "value", "said"),
    [
        # Reported: a character in a deleted scene, trailer, teaser, early draft, poster,
        # video game or comic of a work was accepted as present in the work.
        ("John Wick appears in a deleted scene of Ballerina.", _WICK, Predicate.PRESENT_IN_WORK,
         _BALLERINA, "deleted scene"),
        ("John Wick appears in the Ballerina trailer.", _WICK, Predicate.PRESENT_IN_WORK,
         _BALLERINA, "Ballerina trailer"),
        ("John Wick appears in the Ballerina teaser.", _WICK, Predicate.PRESENT_IN_WORK,
         _BALLERINA, "Ballerina teaser"),
        ("John Wick appears in an early draft of Ballerina.", _WICK,
         Predicate.PRESENT_IN_WORK, _BALLERINA, "early draft of Ballerina"),
        ("John Wick appears in a Ballerina poster.", _WICK, Predicate.PRESENT_IN_WORK,
         _BALLERINA, "Ballerina poster"),
        ("John Wick appears in the Ballerina video game.", _WICK, Predicate.PRESENT_IN_WORK,
         _BALLERINA, "Ballerina video game"),
        ("John Wick appears in the Ballerina comic.", _WICK, Predicate.PRESENT_IN_WORK,
         _BALLERINA, "Ballerina comic"),
        ("Rooney first appeared in a deleted scene of John Wick: Chapter 4.", _ROONEY,
         Predicate.FIRST_APPEARANCE, _CHAPTER_4, "deleted scene"),
        ("Rooney first appeared in the trailer for John Wick: Chapter 4.", _ROONEY,
         Predicate.FIRST_APPEARANCE, _CHAPTER_4, "trailer for John Wick: Chapter 4"),
        ("Rooney first appeared in an early draft of John Wick: Chapter 4.", _ROONEY,
         Predicate.FIRST_APPEARANCE, _CHAPTER_4, "early draft of John Wick: Chapter 4"),
        # Reported: a quote that stops before the work's possessive ("John Wick 3's sequel").
        ("Rooney made her debut in John Wick: Chapter 4's sequel.", _ROONEY,
         Predicate.FIRST_APPEARANCE, _CHAPTER_4, "John Wick: Chapter 4's sequel"),
        # In the work itself, a scene of it too: accepted.
        ("John Wick appears in Ballerina.", _WICK, Predicate.PRESENT_IN_WORK, _BALLERINA,
         None),
        ("John Wick appears in the opening scene of Ballerina.", _WICK,
         Predicate.PRESENT_IN_WORK, _BALLERINA, None),
        ("Rooney first appeared in John Wick: Chapter 4.", _ROONEY,
         Predicate.FIRST_APPEARANCE, _CHAPTER_4, None),
    ],
)  # fmt: skip
def test_a_presence_is_in_the_work_itself(
    text: str, subject: str, predicate: Predicate, value: str, said: str | None
) -> None:
    claim = _link(text, subject, predicate, value)
    _refused_unless_noted(
        _rules.presence_in_the_work_itself,
        claim,
        None if said is None else repr(said),
        ("relation words", "quote"),
        f"'{said}': the text says in its next sentence that it is in the film too.",
    )


@each(
    ("text", "subject", "said"),
    [
        # Reported: the opposite of a notable work, or another's, was accepted as one.
        ("Ana de Armas is least known for Ballerina.", "person/ana-de-armas",
         "least known for"),
        ("Ana de Armas is known for turning down Ballerina.", "person/ana-de-armas",
         "known for turning"),
        ("Ana de Armas is known for criticizing Ballerina.", "person/ana-de-armas",
         "known for criticizing"),
        ("Ana de Armas, best known for playing opposite Keanu Reeves in Ballerina, returns.",
         _KEANU_ID, "known for playing opposite Keanu Reeves in"),
        # Known for the work itself, or for a part in it: accepted.
        ("Ana de Armas is best known for Ballerina.", "person/ana-de-armas", None),
        ("Ana de Armas is known for starring in Ballerina.", "person/ana-de-armas", None),
        ("Ana de Armas, best known for playing opposite Keanu Reeves in Ballerina, returns.",
         "person/ana-de-armas", None),
    ],
)  # fmt: skip
def test_a_notable_work_is_known_for_making_it(text: str, subject: str, said: str | None) -> None:
    claim = _link(text, subject, Predicate.NOTABLE_WORK, _BALLERINA)
    _refused_unless_noted(
        _rules.notable_work_known_for_making_it,
        claim,
        None if said is None else repr(said),
        ("relation words", "quote"),
        f"'{said}': the text says so of the film's own making.",
    )


def test_every_link_is_current_or_superseded_and_of_its_own_names() -> None:
    found = {
        c.id: [
            *_rules.former_link_superseded_or_noted(c, CATALOG),
            *_rules.link_word_of_its_own_names(c, CATALOG),
        ]
        for c in CATALOG.claims
    }
    assert {} == _breaches(found)


@each(
    ("text", "subject", "predicate", "value", "said"),
    [
        # Reported: a link held once, or lost, was read as current.
        ("Winston Scott, who once owned the Continental Hotel, returns.", _HOTEL,
         Predicate.OWNED_BY, _WINSTON, "'once'"),
        ("Winston Scott, who was deposed as head of the Continental Hotel, returns.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'deposed'"),
        ("Winston Scott, who was replaced as head of the Continental Hotel, returns.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'replaced as'"),
        ("Rooney, a former member of the Ruska Roma, returns.", _ROONEY, Predicate.MEMBER_OF,
         _ROMA, "'former'"),
        # Reported: a post ended, in a form of its verb not listed, was read as held.
        ("Winston steps down as manager of the Continental Hotel.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'steps down'"),
        ("Winston was dismissed as manager of the Continental Hotel.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'dismissed as'"),
        ("Winston was stripped of his post as manager of the Continental Hotel.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'stripped of'"),
        ("Winston was succeeded as manager of the Continental Hotel.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'was succeeded'"),
        ("Winston, outgoing manager of the Continental Hotel.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'outgoing'"),
    ],
)  # fmt: skip
def test_a_link_held_once_or_lost_needs_the_status_superseded(
    text: str, subject: str, predicate: Predicate, value: str, said: str
) -> None:
    claim = _link(text, subject, predicate, value)
    (breach,) = _rules.former_link_superseded_or_noted(claim, CATALOG)
    assert (breach.rule, breach.field) == ("former link", "qualifiers.status")
    assert f"writes {said} of the {predicate.value} link" in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    superseded = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert [] == _rules.former_link_superseded_or_noted(superseded, CATALOG)
    assert [] == _rules.status_backed_by_its_words(superseded, CATALOG)
    noted = attrs.evolve(claim, note=f"{said[1:-1]!r}: said of another hotel.")
    assert [] == _rules.former_link_superseded_or_noted(noted, CATALOG)


@each(
    ("text", "said"),
    [
        # Reported: a post not taken up yet was read as held.
        ("Winston, the incoming manager of the Continental Hotel.", "'incoming'"),
        ("Winston, the manager-designate of the Continental Hotel.", "'designate'"),
    ],
)
def test_a_link_not_held_yet_needs_a_forecast_status(text: str, said: str) -> None:
    claim = _link(text, _HOTEL, Predicate.DIRECTOR_MANAGER, _WINSTON)
    (breach,) = _rules.former_link_superseded_or_noted(claim, CATALOG)
    assert f"writes {said} of the director_manager link" in breach.message
    assert "the status 'expected' or 'scheduled'" in breach.message
    expected = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.EXPECTED))
    assert [] == _rules.former_link_superseded_or_noted(expected, CATALOG)
    assert [] == _rules.status_backed_by_its_words(expected, CATALOG)


@each(
    ("text", "subject", "predicate", "value", "said"),
    [
        # Reported: a link's word in a relative clause was read as said of any two names of
        # the sentence.
        ("The Director, who trained Eve, hates John Wick.", _WICK, Predicate.STUDENT_OF,
         _DIRECTOR_C, "'trained' of the student_of link only in the relative clause"
         " 'who trained Eve'"),
        ("Winston Scott, who owns the Plaza Hotel, visits the Continental Hotel.", _HOTEL,
         Predicate.OWNED_BY, _WINSTON, "'owns' of the owned_by link only"),
    ],
)  # fmt: skip
def test_a_link_word_in_a_relative_clause_is_of_its_own_names(
    text: str, subject: str, predicate: Predicate, value: str, said: str
) -> None:
    claim = _link(text, subject, predicate, value)
    (breach,) = _rules.link_word_of_its_own_names(claim, CATALOG)
    assert (breach.rule, breach.field) == ("relation words", "quote")
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note="The text says so in another passage.")
    assert [] == _rules.link_word_of_its_own_names(noted, CATALOG)


@each(
    ("text", "subject", "predicate", "value"),
    [
        ("The Director, who trained John Wick, returns.", _WICK, Predicate.STUDENT_OF,
         _DIRECTOR_C),
        ("Winston Scott, who runs the Continental Hotel, returns.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON),
        ("Winston Scott owns the Continental Hotel once again.", _HOTEL, Predicate.OWNED_BY,
         _WINSTON),
        ("Rooney, who joined the Ruska Roma, returns.", _ROONEY, Predicate.MEMBER_OF, _ROMA),
    ],
)  # fmt: skip
def test_a_current_link_of_its_own_names_stands(
    text: str, subject: str, predicate: Predicate, value: str
) -> None:
    claim = _link(text, subject, predicate, value)
    assert [] == _rules.former_link_superseded_or_noted(claim, CATALOG)
    assert [] == _rules.link_word_of_its_own_names(claim, CATALOG)


def test_every_verb_after_to_is_done_or_reviewed() -> None:
    found = {c.id: _rules.verb_after_to_done_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Each reviewed exception is still needed: the word before its "to" is of no table.
    for claim_id in _rules.TO_CLAUSE_FROM_CONTEXT:
        assert _rules.verb_after_to_done_or_noted(_claim(claim_id), CATALOG, {})


@each(
    ("text", "subject", "predicate", "value", "said"),
    [
        # Reported: a credit or membership verb in a "to"-clause after an effort, a request,
        # an offer or a want of means was read as done.
        ("Keanu Reeves campaigned to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID, "'campaigned to star'"),
        ("Keanu Reeves lobbied to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID, "'lobbied to star'"),
        ("Keanu Reeves fought to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID, "'fought to star'"),
        ("Keanu Reeves begged to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID, "'begged to star'"),
        ("Keanu Reeves offered to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID, "'offered to star'"),
        ("Keanu Reeves was asked to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID, "'was asked to star'"),
        ("Keanu Reeves was invited to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID, "'was invited to star'"),
        ("Rooney, who fails to join the Ruska Roma, returns.", _ROONEY, Predicate.MEMBER_OF,
         _ROMA, "'who fails to join'"),
        ("Rooney, who is forbidden to join the Ruska Roma, returns.", _ROONEY,
         Predicate.MEMBER_OF, _ROMA, "'is forbidden to join'"),
        ("Rooney, who is too young to join the Ruska Roma, returns.", _ROONEY,
         Predicate.MEMBER_OF, _ROMA, "'too young to join'"),
        ("Rooney, who tries to join the Ruska Roma, returns.", _ROONEY, Predicate.MEMBER_OF,
         _ROMA, "'who tries to join'"),
        ("Rooney trains to become a member of the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF,
         _ROMA, "'trains to become a member of'"),
        ("Winston Scott was asked to run the Continental Hotel.", _HOTEL,
         Predicate.DIRECTOR_MANAGER, _WINSTON, "'was asked to run'"),
    ],
)  # fmt: skip
def test_a_verb_after_to_is_done_only_where_the_word_before_says_so(
    text: str, subject: str, predicate: Predicate, value: str, said: str
) -> None:
    claim = _link(text, subject, predicate, value)
    (breach,) = _rules.verb_after_to_done_or_noted(claim, CATALOG)
    assert (breach.rule, breach.field) == ("done after to", "value.id")
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note=f"{said[1:-1]!r}: the text says so in another passage.")
    assert [] == _rules.verb_after_to_done_or_noted(noted, CATALOG)


@each(
    ("text", "subject", "predicate", "value"),
    [
        ("Keanu Reeves signed on to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID),
        ("Keanu Reeves was cast to play John Wick.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID),
        ("Keanu Reeves has been confirmed to reprise his role.", _BALLERINA,
         Predicate.CAST_MEMBER, _KEANU_ID),
        ("Keanu Reeves is set to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER,
         _KEANU_ID),
        ("Keanu Reeves to star in Ballerina.", _BALLERINA, Predicate.CAST_MEMBER, _KEANU_ID),
        ("According to star Keanu Reeves, Ballerina is a blast.", _BALLERINA,
         Predicate.CAST_MEMBER, _KEANU_ID),
        # Reported: a person tapped or cast "to play" was read as asked only.
        ("Ballerina has tapped Keanu Reeves to play John Wick.", _BALLERINA,
         Predicate.CAST_MEMBER, _KEANU_ID),
        ("Lionsgate cast him to play John Wick in Ballerina.", _BALLERINA,
         Predicate.CAST_MEMBER, _KEANU_ID),
        ("Rooney went on to join the Ruska Roma.", _ROONEY, Predicate.MEMBER_OF, _ROMA),
        ("Rooney, who joined the Ruska Roma to protect Eve, returns.", _ROONEY,
         Predicate.MEMBER_OF, _ROMA),
    ],
)  # fmt: skip
def test_a_verb_after_a_word_that_says_it_was_done_stands(
    text: str, subject: str, predicate: Predicate, value: str
) -> None:
    assert [] == _rules.verb_after_to_done_or_noted(_link(text, subject, predicate, value), CATALOG)


def _choice(text: str, quote: str, value: str, predicate: Predicate) -> Claim:
    """A claim of ``value`` (a person's id, or a text) quoted from ``text``."""
    kept = EntityRef(id=value) if value.startswith("person/") else Text(text=value)
    claim = attrs.evolve(_credit(quote), predicate=predicate, value=kept)
    return attrs.evolve(claim, evidence=Evidence.locate(text, quote))


_OR_STAHELSKI = "Ballerina will be directed by Len Wiseman or Chad Stahelski."


@each(
    ("text", "quote", "value", "predicate", "said"),
    [
        (_OR_STAHELSKI, _OR_STAHELSKI[:-1], _WISEMAN, Predicate.DIRECTOR,
         "Len Wiseman or Chad Stahelski"),
        (_OR_STAHELSKI, "Ballerina will be directed by Len Wiseman", _WISEMAN,
         Predicate.DIRECTOR, "Len Wiseman or Chad Stahelski"),
        (_OR_STAHELSKI, _OR_STAHELSKI[:-1], _STAHELSKI, Predicate.DIRECTOR,
         "or Chad Stahelski"),
        ("Ballerina is directed by either Len Wiseman or Chad Stahelski.", "Len Wiseman",
         _WISEMAN, Predicate.DIRECTOR, "either Len Wiseman or Chad Stahelski"),
        ("Ballerina is directed by Wiseman and/or Stahelski.", "directed by Wiseman",
         _WISEMAN, Predicate.DIRECTOR, "Wiseman and/or Stahelski"),
        ("Ballerina is directed by Len Wiseman, or Chad Stahelski.", "Len Wiseman", _WISEMAN,
         Predicate.DIRECTOR, "Len Wiseman, or Chad Stahelski"),
        ("It stars Keanu Reeves, Ian McShane, or Lance Reddick.", "It stars Keanu Reeves",
         "person/keanu-reeves", Predicate.CAST_MEMBER,
         "Keanu Reeves, Ian McShane, or Lance Reddick"),
        ("It is unclear whether Len Wiseman or Chad Stahelski directs it.", "Len Wiseman",
         _WISEMAN, Predicate.DIRECTOR, "whether Len Wiseman or Chad Stahelski"),
        ("Ballerina was shot in Prague or Budapest.", "Ballerina was shot in Prague", "Prague",
         Predicate.FILMING_LOCATION, "Prague or Budapest"),
        ("Ballerina is a thriller or a horror film.", "a thriller", "thriller",
         Predicate.GENRE, "thriller or a horror"),
    ],
)  # fmt: skip
def test_a_value_given_as_one_of_several_is_unconfirmed_speculated_or_noted(
    text: str, quote: str, value: str, predicate: Predicate, said: str
) -> None:
    # Reported: "Ballerina will be directed by Len Wiseman or Chad Stahelski" was accepted as
    # a plain director credit for Len Wiseman, with no status.
    claim = _choice(text, quote, value, predicate)
    (breach,) = _rules.value_not_one_of_several_or_noted(claim, CATALOG)
    field = "value.id" if value.startswith("person/") else "value.text"
    assert (breach.rule, breach.field) == ("value alternative", field)
    assert breach.message.startswith(f"the quote gives the value as one of several ({said!r})")
    assert breach in _rules.quote_breaches(claim, CATALOG)
    # A status that says the choice is open stands, backed by the choice itself.
    for status in (Status.UNCONFIRMED, Status.SPECULATED):
        open_choice = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=status))
        assert [] == _rules.value_not_one_of_several_or_noted(open_choice, CATALOG)
        assert [] == _rules.status_backed_by_its_words(open_choice, CATALOG)
    noted = attrs.evolve(claim, note=f"'{text[:-1]}': the studio chose later.")
    assert [] == _rules.value_not_one_of_several_or_noted(noted, CATALOG)


@each(
    ("text", "quote", "value", "predicate"),
    [
        # A negation's "or", which the negation rules read; "or so" gives no other name.
        ("Ballerina has no Keanu Reeves or Ian McShane.", "Ian McShane", "person/ian-mcshane",
         Predicate.CAST_MEMBER),
        ("It is directed by Len Wiseman, or so sources say.", "directed by Len Wiseman",
         _WISEMAN, Predicate.DIRECTOR),
        # An "or" of another clause, or of a sentence after.
        ("It is directed by Len Wiseman and stars Keanu Reeves or Ian McShane.",
         "directed by Len Wiseman", _WISEMAN, Predicate.DIRECTOR),
        ("It is directed by Len Wiseman. Prague or Budapest hosts it.",
         "directed by Len Wiseman", _WISEMAN, Predicate.DIRECTOR),
        ("Either way, it is directed by Len Wiseman.", "directed by Len Wiseman", _WISEMAN,
         Predicate.DIRECTOR),
        ("Ballerina was shot in Prague, or so we hear.", "shot in Prague", "Prague",
         Predicate.FILMING_LOCATION),
        # Two titles of one work, each its own.
        ("Ballerina, or From the World of John Wick: Ballerina, opens in June.",
         "Ballerina, or", "Ballerina", Predicate.TITLE),
    ],
)  # fmt: skip
def test_a_value_with_no_other_choice_beside_it_needs_no_status(
    text: str, quote: str, value: str, predicate: Predicate
) -> None:
    claim = _choice(text, quote, value, predicate)
    assert [] == _rules.value_not_one_of_several_or_noted(claim, CATALOG)


def test_every_value_given_as_one_of_several_is_so_filed_or_reviewed() -> None:
    found = {c.id: _rules.value_not_one_of_several_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Each reviewed exception is still needed: its sentence's "or" joins it to another.
    for claim_id in _rules.VALUE_ALTERNATIVES:
        claim = _claim(claim_id)
        assert _rules.value_not_one_of_several_or_noted(claim, CATALOG, reviewed={}), claim_id


def test_every_name_is_said_of_itself_not_of_a_counted_set() -> None:
    rule = _rules.name_not_in_a_counted_set_or_noted
    assert {} == _breaches({c.id: rule(c, CATALOG) for c in CATALOG.claims})


_IAN = "person/ian-mcshane"
_THREE = "Keanu Reeves, Ian McShane and Lance Reddick"


@each(
    ("text", "subject", "predicate", "value", "words"),
    [
        # Reported: a member of a set the sentence counts, or leaves out, got the claim.
        (f"One of {_THREE} appears in Ballerina.", "film/ballerina-2024", "cast_member", _IAN,
         "One of Keanu Reeves, Ian McShane"),
        ("One of Keanu Reeves and Ian McShane appears in Ballerina.", "film/ballerina-2024",
         "cast_member", _IAN, "One of Keanu Reeves and Ian McShane"),
        ("At most one of Keanu Reeves and Ian McShane appears in Ballerina.",
         "film/ballerina-2024", "cast_member", _IAN,
         "At most one of Keanu Reeves and Ian McShane"),
        (f"Two of {_THREE} appear in Ballerina.", "film/ballerina-2024", "cast_member", _IAN,
         "Two of Keanu Reeves, Ian McShane"),
        (f"Some of {_THREE} appear in Ballerina.", "film/ballerina-2024", "cast_member", _IAN,
         "Some of Keanu Reeves, Ian McShane"),
        (f"Few of {_THREE} appear in Ballerina.", "film/ballerina-2024", "cast_member", _IAN,
         "Few of Keanu Reeves, Ian McShane"),
        (f"None of {_THREE} appear in Ballerina.", "film/ballerina-2024", "cast_member", _IAN,
         "None of Keanu Reeves, Ian McShane"),
        ("Everyone but Keanu Reeves and Ian McShane appears in Ballerina.",
         "film/ballerina-2024", "cast_member", _IAN,
         "Everyone but Keanu Reeves and Ian McShane"),
        ("All Ruska Roma dancers except Rooney are assassins.", "character/rooney",
         "occupation", "assassins", "except Rooney"),
        ("All Ruska Roma dancers other than Rooney are assassins.", "character/rooney",
         "occupation", "assassins", "other than Rooney"),
        ("All Ruska Roma dancers but Rooney are assassins.", "character/rooney",
         "occupation", "assassins", "All Ruska Roma dancers but Rooney"),
        # A list says it of each, and so does "all of".
        ("Keanu Reeves and Ian McShane appear in Ballerina.", "film/ballerina-2024",
         "cast_member", _IAN, None),
        (f"All of {_THREE} appear in Ballerina.", "film/ballerina-2024", "cast_member", _IAN,
         None),
        ("All four John Wick films star Keanu Reeves.", "film/ballerina-2024", "cast_member",
         "person/keanu-reeves", None),
        ("Rooney is an assassin.", "character/rooney", "occupation", "assassin", None),
    ],
)  # fmt: skip
def test_a_name_in_a_counted_set_is_told_nothing_alone_without_a_note(
    text: str, subject: str, predicate: str, value: str, words: str | None
) -> None:
    said = EntityRef(id=value) if "/" in value else Text(text=value)
    claim = attrs.evolve(
        _from_text(text, text.rstrip("."), Predicate(predicate), said), subject=subject
    )
    found = _rules.name_not_in_a_counted_set_or_noted(claim, CATALOG)
    if words is None:
        assert [] == found
        return
    (breach,) = found
    assert breach.rule == "value alternative"
    assert repr(words) in breach.message
    noted = attrs.evolve(claim, note=f"{words!r}: the sentence's set.")
    assert [] == _rules.name_not_in_a_counted_set_or_noted(noted, CATALOG)


def _quoted_from(claim: Claim, text: str, note: str | None = None) -> Claim:
    """``claim`` with its quote found in ``text``: the words before it are its prefix."""
    quote = claim.evidence.quote
    return attrs.evolve(claim, evidence=Evidence.locate(text, quote), note=note)


# Each claim quotes the words after a negation, a modal, a hedge, a hope or an order word of
# its sentence, which its prefix holds; the rule reads them as the quote's own.
LEAD_IN_CASES = [
    (
        _with("released on June 7, 2024", Status.RELEASED),
        "Ballerina will not be released on June 7, 2024.",
        lambda claim: _rules.status_backed_by_its_words(claim, CATALOG),
    ),
    (
        _date_claim("released on June 7, 2024", "2024-06-07"),
        "Ballerina will not be released on June 7, 2024.",
        lambda claim: _rules.figure_keeps_its_quotes_negations(claim, CATALOG),
    ),
    (
        _figure_claim("gross $58 million", "58000000", "USD"),
        "Ballerina did not gross $58 million.",
        lambda claim: _rules.figure_keeps_its_quotes_negations(claim, CATALOG),
    ),
    (
        attrs.evolve(_plot("horror", "a horror film"), predicate=Predicate.GENRE),
        "Ballerina is not a horror film.",
        lambda claim: _rules.value_keeps_its_quotes_negations(claim, CATALOG),
    ),
    (
        attrs.evolve(_plot("horror", "a horror film"), predicate=Predicate.GENRE),
        "Ballerina is not, though, a horror film.",  # an aside, no clause of its own
        lambda claim: _rules.value_keeps_its_quotes_negations(claim, CATALOG),
    ),
    (
        _with("Keanu Reeves in Ballerina", None),
        "Wiseman wants Keanu Reeves in Ballerina.",
        lambda claim: _rules.hoped_when_the_quote_hopes(claim, CATALOG),
    ),
    (
        _with("return in Ballerina 2", None),
        "Keanu Reeves might return in Ballerina 2.",
        lambda claim: _rules.status_when_the_quote_hedges(claim, CATALOG),
    ),
]


@each(("claim", "text", "rule"), LEAD_IN_CASES)
def test_the_words_before_a_quote_in_its_sentence_count_as_its_own(
    claim: Claim, text: str, rule: Callable[[Claim], list[_rules.Breach]]
) -> None:
    assert [] == rule(claim)  # the quote alone
    (breach,) = rule(_quoted_from(claim, text))
    assert breach in _rules.quote_breaches(_quoted_from(claim, text), CATALOG)
    # A sentence before is no part of it (one that ends in "!": a full stop before the
    # lowercase quote would be an abbreviation's).
    assert [] == rule(_quoted_from(claim, f"It never rained, I wish! {claim.evidence.quote}"))


# Reported: a hedge, hope, negation or doubt of another clause before the quote (before ",
# but", "; ", ", while") was read as the quote's own. Each claim quotes a plain statement
# after one; the same words joined by "and" are the quote's clause's, and count.
_CRITICS = "Critics expected little from the spin-off, but Keanu Reeves appears in Ballerina."
_NEVER = "The sequel might never happen, but Keanu Reeves appears in Ballerina."
OTHER_CLAUSE_CASES = [
    (_credit("Keanu Reeves appears in Ballerina"), _CRITICS, _rules.status_when_the_quote_hedges),
    (
        _with("Ballerina will be released on June 7, 2024", Status.SCHEDULED),
        "Lionsgate did not say why, but Ballerina will be released on June 7, 2024.",
        _rules.figure_keeps_its_quotes_negations,
    ),
    (_credit("Keanu Reeves appears in Ballerina"), _NEVER, _rules.status_when_the_quote_hedges),
    (
        _credit("Keanu Reeves appears in Ballerina"),
        _NEVER,
        _rules.entity_value_keeps_its_quotes_negations,
    ),
    (
        _credit("Keanu Reeves appears in Ballerina"),
        "Fans want a sequel; Keanu Reeves appears in Ballerina.",
        _rules.hoped_when_the_quote_hopes,
    ),
    (
        attrs.evolve(_plot("an action film", "an action film"), predicate=Predicate.GENRE),
        "It is not a horror film, while Ballerina is an action film.",
        _rules.value_keeps_its_quotes_negations,
    ),
    (
        _credit("Keanu Reeves appears in Ballerina"),
        "Few believe the sequel will happen, yet Keanu Reeves appears in Ballerina.",
        _rules.stated_not_denied_nor_doubted,
    ),
]


@each(("claim", "text", "rule"), OTHER_CLAUSE_CASES)
def test_the_words_of_another_clause_before_a_quote_are_not_its_own(
    claim: Claim, text: str, rule: Callable[[Claim, _rules.Catalog], list[_rules.Breach]]
) -> None:
    assert [] == rule(*_read_in(claim, text))
    joined = re.sub(r"(?:,|;) (?:but |yet |while )?(?=\S+ (?:Reeves|will|is an))", " and ", text)
    assert joined != text
    (breach,) = rule(*_read_in(claim, joined))
    assert breach in _rules.quote_breaches(*_read_in(claim, joined))


@each(
    ("claim", "text", "joined"),
    [
        # A status word of another clause backs no status of the quote's.
        (_cast("Keanu Reeves appears in Ballerina", Status.EXPECTED), _CRITICS, None),
        # A medium of a phrase "unlike ..." is another thing's.
        (
            attrs.evolve(
                _date_claim("Ballerina will open on June 7, 2024", "2024-06-07"),
                qualifiers=Qualifiers(status=Status.SCHEDULED, medium=Medium.STREAMING),
            ),
            "Unlike the Korean Netflix film, Ballerina will open on June 7, 2024.",
            "Like the Korean Netflix film, Ballerina will open on June 7, 2024.",
        ),
    ],
)
def test_a_status_or_medium_of_another_clause_before_a_quote_is_not_its_own(
    claim: Claim, text: str, joined: str | None
) -> None:
    (breach,) = _rules.quote_breaches(*_read_in(claim, text))
    assert breach.field.startswith("qualifiers.")
    joined = joined or text.replace(", but", " and")
    assert [] == _rules.quote_breaches(*_read_in(claim, joined))


@each(
    ("claim", "text", "note", "held"),
    [
        # Reported: a note quoting the words of another clause before the quote, to say what
        # they are of, was refused: "no claim's quote holds" them.
        (
            _cast("Keanu Reeves appears in Ballerina", None),
            _CRITICS.replace(", but", " and"),
            "'Critics expected little from the spin-off' is said of the critics, not of his role.",
            True,
        ),
        (
            _with("Ballerina will be released on June 7, 2024", Status.SCHEDULED),
            "Lionsgate did not say why and Ballerina will be released on June 7, 2024.",
            "'did not say why' is said of the reason, not the date.",
            True,
        ),
        (
            _cast("Keanu Reeves appears in Ballerina", None),
            "The sequel might never happen and Keanu Reeves appears in Ballerina.",
            "'The sequel might never happen' is said of a sequel, not of his role in Ballerina.",
            True,
        ),
        # Words of the sentence after the quote's are no part of its sentence.
        (
            _cast("Keanu Reeves appears in Ballerina", None),
            "Keanu Reeves appears in Ballerina. The sequel might never happen.",
            "'The sequel might never happen' is said of a sequel.",
            False,
        ),
        # Reported: a note quoting the byline to say where a year comes from was refused,
        # though the byline dates the source (its publication date, its published_note).
        (
            _date_claim("Ballerina opened on June 7", "2023-06-07"),
            "By Jonas Reichel, August 4, 2023\n\nBallerina opened on June 7.",
            "the year from the byline, 'August 4, 2023'",
            True,
        ),
        (
            _date_claim("Ballerina opened on June 7", "2023-06-07"),
            "by Jonas Reichel on August 4, 2023\n\nBallerina opened on June 7.",
            "the year from the byline, 'by Jonas Reichel on August 4, 2023'",
            True,
        ),
        # Reported: a whole date quoted from the byline in a note was read as its year alone.
        (
            _date_claim("Ballerina opened", "2023-08-04"),
            "By Jonas Reichel, August 4, 2023\n\nBallerina opened.",
            "to the article's date, 'August 4, 2023'",
            True,
        ),
        # A date of the text that is not the publication's is no byline.
        (
            _date_claim("Ballerina opened on June 7", "2023-06-07"),
            "By Jonas Reichel\n\nIts trailer came on August 3, 2023. Ballerina opened on June 7.",
            "the year from 'August 3, 2023'",
            False,
        ),
    ],
)
def test_a_note_may_quote_the_words_of_its_claims_sentence(
    claim: Claim, text: str, note: str, held: bool
) -> None:
    quoted, catalog = _read_in(attrs.evolve(claim, note=note), text)
    found = _rules.notes_hold_no_facts(quoted, catalog)
    assert held == (found == [])
    if held:  # and the note says what the words are of, which the rules read as the quote's
        assert [] == _rules.quote_breaches(quoted, catalog)
        assert _rules.quote_breaches(attrs.evolve(quoted, note=None), catalog)
    else:
        assert "which no claim's quote holds" in found[0].message


class _TextOf:
    """The catalog under test, with ``text`` as the text of every source: the rules read the
    sentence of a claim quoted from it there, as they read a catalog's texts."""

    def __init__(self, text: str) -> None:
        self.texts = {source.id: text for source in CATALOG.sources}

    def __getattr__(self, name: str) -> Any:
        return getattr(CATALOG, name)


def _read_in(claim: Claim, text: str) -> tuple[Claim, _rules.Catalog]:
    """``claim`` quoted from ``text``, and a catalog that holds ``text`` as its text."""
    return _quoted_from(claim, text, claim.note), _TextOf(text)


# Sentences whose negation, modal or question stands beyond the 32 characters of a prefix
# or suffix: the rule reads them in the text, to the sentence's ends.
WHOLE_SENTENCE_CASES = [
    # A negation 40 or more characters before the quote.
    (
        _credit("appear in Ballerina", note="The sentence is about Keanu Reeves."),
        "Keanu Reeves will not, as the studio had long and loudly promised, appear in Ballerina.",
        "'not'",
    ),
    (
        # Before the source's publication (2023-08-04), as a date with no status is.
        _date_claim("released on June 7, 2023", "2023-06-07"),
        "Ballerina will not, as the studio had long and loudly promised, be released on June 7,"
        " 2023.",
        "'not'",
    ),
    (
        attrs.evolve(_plot("horror", "a horror film"), predicate=Predicate.GENRE),
        "Ballerina is not, whatever its posters and its first trailer suggest, a horror film.",
        "'not'",
    ),
    (
        # A day before the source's publication (2023-08-04), as a release stated as past is.
        attrs.evolve(
            _with("released on June 7, 2023", Status.RELEASED),
            value=DateValue(date=PartialDate.parse("2023-06-07")),
        ),
        "Ballerina will not, as the studio had long and loudly promised, be released on June 7,"
        " 2023.",
        "status 'released'",
    ),
    # A negation, or a question's mark, more than 32 characters after it.
    (
        _credit("Keanu Reeves"),
        "Keanu Reeves, the star of all four John Wick films, will not appear in Ballerina.",
        "'not'",
    ),
    (
        _credit("Keanu Reeves"),
        "Will Keanu Reeves, the star of all four John Wick films, appear in Ballerina?",
        "asks a question",
    ),
    # A word that bounds or supersedes the date, more than 32 characters before it.
    (
        _date_claim("June 7, 2023", "2023-06-07"),
        "Ballerina was originally scheduled by the studio for release on June 7, 2023.",
        "'originally' before 2023-06-07",
    ),
    # Reported: an attribution after the quote, in a trade paper's longer forms, was not read.
    (
        _credit("Keanu Reeves appears in Ballerina"),
        "Keanu Reeves appears in Ballerina, a person with knowledge of the project said.",
        "'with knowledge of'",
    ),
    (
        _credit("Keanu Reeves appears in Ballerina"),
        "Keanu Reeves appears in Ballerina, The Hollywood Reporter has learned.",
        "'The Hollywood Reporter has learned'",
    ),
    (
        _credit("Keanu Reeves appears in Ballerina"),
        "Keanu Reeves appears in Ballerina, according to several people familiar with the"
        " production.",
        "'according to several people'",
    ),
]


@each(("claim", "text", "said"), WHOLE_SENTENCE_CASES)
def test_the_whole_sentence_of_a_quote_is_read_in_its_text(
    claim: Claim, text: str, said: str
) -> None:
    quoted, catalog = _read_in(claim, text)

    def read(claim: Claim, catalog: _rules.Catalog) -> list[str]:
        return [said for b in _rules.quote_breaches(claim, catalog) if said in b.message]

    assert [] == read(quoted, CATALOG)  # its prefix and suffix alone
    assert [said] == read(quoted, catalog)
    # The text is read only where the quote stands at its offsets; else its prefix and
    # suffix are.
    evidence = quoted.evidence
    moved = attrs.evolve(evidence, start=evidence.start + 1, end=evidence.end + 1)
    assert [] == read(attrs.evolve(quoted, evidence=moved), catalog)


@each(
    ("text", "abbreviation"),
    [
        ("No U.S. studio cast Keanu Reeves.", "U.S."),
        ("No Warner Bros. film cast Keanu Reeves.", "Bros."),
        ("Lionsgate did not cast Mr. Keanu Reeves.", "Mr."),
        ("Nobody told J. Smith of Keanu Reeves.", "J."),
        ("No studio before 9 a.m. cast Keanu Reeves.", "a.m."),
        ("It was not in list No. 5 with Keanu Reeves.", "No."),
    ],
)
def test_an_abbreviations_full_stop_ends_no_sentence(text: str, abbreviation: str) -> None:
    # Reported: a full stop of an abbreviation ("the U.S. office", "Mr. Reeves") was read
    # as a sentence's end, so the negation before it was not read.
    assert abbreviation in text
    claim = _quoted_from(_credit("Keanu Reeves"), text)
    for catalog in (CATALOG, _TextOf(text)):  # in its prefix, and in its text
        (breach,) = _rules.entity_value_keeps_its_quotes_negations(claim, catalog)
        assert breach.rule == "value negation"
    # A full stop that ends a sentence still ends it.
    text = "No studio said so at 9 a.m. on Friday. Then came Keanu Reeves."
    ended = _quoted_from(_credit("Keanu Reeves"), text)
    assert [] == _rules.entity_value_keeps_its_quotes_negations(ended, CATALOG)


@each(
    ("text", "quote", "date", "word", "where"),
    [
        (
            "Ballerina will be released before June 7, 2024.",
            "June 7, 2024",
            "2024-06-07",
            "before",
            "just before",
        ),
        (
            "It was originally set for release on June 7, 2024.",
            "June 7, 2024",
            "2024-06-07",
            "originally",
            "before",
        ),
        (
            "It was delayed from June 7, 2024 to June 6, 2025.",
            "June 7, 2024",
            "2024-06-07",
            "delayed from",
            "just before",
        ),
        (
            "It plays between June 7 and June 14, 2024.",
            "June 14, 2024",
            "2024-06-14",
            "between",
            "before",
        ),
    ],
)
def test_the_words_before_a_quote_in_its_sentence_bound_its_date(
    text: str, quote: str, date: str, word: str, where: str
) -> None:
    # Reported: the date-bound rule read the quote alone, though the status and figure
    # rules read its lead-in: "June 7, 2024" quoted after "released before " passed.
    claim = _quoted_from(_date_claim(quote, date), text)
    (breach,) = _rules.date_not_bounded_by_its_quote_or_noted(claim, CATALOG)
    assert breach.message.startswith(f"the quote writes {word!r} {where} {date}")
    noted = attrs.evolve(claim, note=f"'{text[:-1]}': the text's date, kept as given.")
    assert [] == _rules.date_not_bounded_by_its_quote_or_noted(noted, CATALOG)
    # A sentence before is no part of it, nor a date it writes.
    evidence = Evidence.locate(f"{text} {quote} is the day.", quote, occurrence=2)
    after = attrs.evolve(claim, evidence=evidence)
    assert [] == _rules.date_not_bounded_by_its_quote_or_noted(after, CATALOG)


@each(
    ("text", "quote", "date", "word"),
    [
        (
            "Ballerina will open on June 7, 2024 or later.",
            "on June 7, 2024",
            "2024-06-07",
            "or later",
        ),
        (
            "Ballerina will open on June 7, 2024 at the earliest.",
            "Ballerina will open on June 7, 2024",
            "2024-06-07",
            "at the earliest",
        ),
        (
            "It opens June 7, 2024, at the latest.",
            "It opens June 7, 2024",
            "2024-06-07",
            "at the latest",
        ),
        ("It opens June 7, 2024 to June 14, 2024.", "It opens June 7, 2024", "2024-06-07", "to"),
        (
            "It opens June 7, 2024 \u2013 June 14, 2024.",
            "It opens June 7, 2024",
            "2024-06-07",
            "\u2013",
        ),
        ("It opens June 7, 2024 or June 14, 2024.", "It opens June 7, 2024", "2024-06-07", "or"),
        (
            "It opens in cinemas from June 7, 2024 to June 14.",
            "from June 7, 2024",
            "2024-06-07",
            "from",
        ),
        ("It opens in 2024-2025.", "It opens in 2024", "2024", "-"),
    ],
)
def test_the_words_after_a_quote_in_its_sentence_bound_its_date(
    text: str, quote: str, date: str, word: str
) -> None:
    # Reported: a bound, a range's other end or an "or" just after the quote's end was not
    # read, though the same words in the quote were: "Ballerina will open on June 7, 2024"
    # quoted from "... June 7, 2024 or later." passed.
    claim = _quoted_from(_date_claim(quote, date), text)
    (breach,) = _rules.date_not_bounded_by_its_quote_or_noted(claim, CATALOG)
    assert breach.message.startswith(f"the quote writes {word!r} ")
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note=f"'{text[:-1]}': the text's date, kept as given.")
    assert [] == _rules.date_not_bounded_by_its_quote_or_noted(noted, CATALOG)
    # A sentence after is no part of it.
    ended = Evidence.locate(f"{quote}. Then {text.partition(quote)[2]}", quote, occurrence=1)
    assert [] == _rules.date_not_bounded_by_its_quote_or_noted(
        attrs.evolve(claim, evidence=ended), CATALOG
    )


@each(
    ("claim", "text", "note"),
    [
        (
            _credit("Keanu Reeves"),
            "Ballerina will not star Keanu Reeves.",
            "'will not star' is said of the sequel.",
        ),
        (
            _credit("Ana's Rooney", person="person/ana-de-armas"),
            "Ballerina might not be the last we see of Ana's Rooney.",
            # A first name names no one alone: the note says whom, as 003-002's does.
            "'Ana' is Ana de Armas. 'might not be the last we see of' is said of more to come.",
        ),
    ],
)
def test_a_note_quoting_the_words_before_a_quote_says_what_they_are_of(
    claim: Claim, text: str, note: str
) -> None:
    assert _rules.quote_breaches(_quoted_from(claim, text), CATALOG)
    assert [] == _rules.quote_breaches(_quoted_from(claim, text, note), CATALOG)


def test_a_status_word_before_the_quote_in_its_sentence_backs_it() -> None:
    claim = _with("debut on Peacock in September", Status.SCHEDULED)
    assert _rules.status_backed_by_its_words(claim, CATALOG)
    text = "The Continental is set to debut on Peacock in September."
    assert [] == _rules.status_backed_by_its_words(_quoted_from(claim, text), CATALOG)


def test_an_order_word_before_the_quote_in_its_sentence_names_no_film() -> None:
    claim = attrs.evolve(
        _plot(
            "he avenged the man who double-crossed him", "he avenged the man who double-crossed him"
        ),
        subject="film/john-wick-chapter-2",
    )
    assert [] == _rules.no_film_read_from_an_order_word(claim, CATALOG)
    text = "Next, he avenged the man who double-crossed him."
    (breach,) = _rules.no_film_read_from_an_order_word(_quoted_from(claim, text), CATALOG)
    assert breach.rule == "order words"
    named = "Next, in John Wick: chapter 2, he avenged the man who double-crossed him."
    assert [] == _rules.no_film_read_from_an_order_word(_quoted_from(claim, named), CATALOG)


def test_every_note_quotes_a_text_word_for_word() -> None:
    found = {
        claim.id: _rules.notes_quote_the_text(claim.note, CATALOG.texts.values(), "note")
        for claim in CATALOG.claims
    }
    assert {} == _breaches(found)


def test_no_note_holds_a_fact_of_its_own_unless_reviewed() -> None:
    found = {claim.id: _rules.notes_hold_no_facts(claim, CATALOG) for claim in CATALOG.claims}
    assert {} == _breaches(found)
    # Each reviewed exception is still needed.
    for claim_id in _rules.NOTE_CONTEXT:
        assert _rules.notes_hold_no_facts(_claim(claim_id), CATALOG, reviewed_passages={})
    for claim_id in _rules.NOTE_FACT_WORDS:
        assert _rules.notes_hold_no_facts(_claim(claim_id), CATALOG, reviewed_words={})


def test_every_description_word_is_a_source_word() -> None:
    words = _rules.words(TEXTS)
    found = {w.id: _rules.description_words_are_source_words(w, words) for w in CATALOG.films}
    assert {} == _breaches(found)


def test_every_year_of_a_work_is_written_by_a_source() -> None:
    found = {w.id: _rules.year_written_by_a_source(w, CATALOG) for w in CATALOG.films}
    assert {} == _breaches(found)
    assert any(work.year is not None for work in CATALOG.films)
    # Reported: a new work's year that no source gives ("Ballerina 3" of 2031) was taken.
    invented = attrs.evolve(CATALOG.films[0], year=2031)
    (breach,) = _rules.year_written_by_a_source(invented, CATALOG)
    assert (breach.rule, breach.field) == ("year words", "year")
    assert breach.message.startswith("no source writes the year 2031 with the work")
    assert _rules.year_written_by_a_source(attrs.evolve(invented, year=203), CATALOG)
    # The Korean Ballerina's 2023 is in no sentence that names it: claim 004-007's note
    # infers it ("only 6 October 2023 is a Friday"), and without that note it is refused.
    korean = CATALOG.film("film/ballerina-2023")
    assert korean.year == 2023
    unnoted = [attrs.evolve(c, note=None) if c.id == "004-007" else c for c in CATALOG.claims]
    assert _rules.year_written_by_a_source(korean, _catalog_with(unnoted))


def _catalog_with(claims: Iterable[Claim], texts: Mapping[str, str] = {}, **more: Any) -> Catalog:
    """The catalog under test with ``claims`` for its own, and the ``texts`` and the
    records of each section given (``films=...``) besides its own."""
    sections = ("sources", "films", "people", "characters", "organizations")
    given = {name: (*getattr(CATALOG, name), *more.get(name, ())) for name in sections}
    return Catalog(**given, claims=claims, texts={**CATALOG.texts, **texts})


# Reported: a new work's year passed if its digits were anywhere in any text ("Blade Runner
# 2049", "In 2014, the world was introduced to John Wick"), whatever they were of.
@each(
    ("year", "text", "written"),
    [
        (2049, "Foo is directed by Len Wiseman.", False),
        (2014, "Foo is directed by Len Wiseman.", False),
        (2017, "Foo is directed by Len Wiseman.", False),
        (2049, "Foo, like Blade Runner 2049, is directed by Len Wiseman.", False),
        (2021, "Foo is directed by Len Wiseman. Bar came out in 2021.", False),
        (2021, "Foo is directed by Len Wiseman. Foo came out in 2021.", True),
        (2021, "Foo (2021) is directed by Len Wiseman.", True),
    ],
)
def test_a_works_year_is_written_with_the_work(year: int, text: str, written: bool) -> None:
    foo = Film(id="film/foo", kind=WorkKind.FILM, title="Foo", year=year)
    quote = text.partition(".")[0]
    source = attrs.evolve(CATALOG.sources[0], id="900_foo")
    claim = attrs.evolve(
        CATALOG.claims[0],
        id="900-001",
        subject=foo.id,
        predicate=Predicate.DIRECTOR,
        value=EntityRef(id="person/len-wiseman"),
        qualifiers=Qualifiers(),
        source=source.id,
        evidence=Evidence(
            quote=quote, start=0, end=len(quote), prefix="", suffix=text[len(quote) :]
        ),
        note=None,
    )
    claims = (*CATALOG.claims, claim)
    merged = _catalog_with(claims, {source.id: text}, films=(foo,), sources=(source,))
    assert written is not bool(_rules.year_written_by_a_source(foo, merged))


def test_every_description_quote_is_a_source_passage() -> None:
    found = {w.id: _rules.description_quotes_are_source_passages(w, TEXTS) for w in CATALOG.films}
    assert {} == _breaches(found)
    assert any('"' in (work.description or "") for work in CATALOG.films)


def test_every_name_and_alias_is_written_as_a_source_writes_it() -> None:
    found = {e.id: _rules.names_written_as_a_source_writes_them(e, TEXTS) for e in ENTITIES}
    assert {} == _breaches(found)


def test_no_name_is_shaped_like_an_id() -> None:
    assert {} == _breaches({e.id: _rules.no_name_shaped_like_an_id(e) for e in ENTITIES})


def _by_folded_name(entities: tuple[Entity, ...]) -> dict[str, list[Entity]]:
    named: dict[str, list[Entity]] = {}
    for entity in entities:
        for key in {normalize(name) for name in entity.names}:
            named.setdefault(key, []).append(entity)
    return named


def test_no_name_is_another_entitys_of_its_kind_unless_told_apart() -> None:
    named = _by_folded_name(ENTITIES)
    assert {} == _breaches({e.id: _rules.no_name_of_another_entity(e, named) for e in ENTITIES})
    # Not vacuous: works of one kind and one title, told apart by their descriptions.
    shared = [
        works
        for works in named.values()
        if len({(kind_of(work), work.id) for work in works}) > len({kind_of(w) for w in works})
    ]
    assert shared
    first, second = shared[0][:2]
    assert isinstance(first, Film)
    assert isinstance(second, Film)
    same = attrs.evolve(first, description=None, year=second.year)
    assert _rules.no_name_of_another_entity(same, named)


def test_the_rules_hold_for_works_of_every_kind() -> None:
    # Not vacuous: the data has works, titles and dated claims for the rules to check.
    assert any(isinstance(e, Film) and e.description for e in ENTITIES)
    assert CATALOG.claims_with("title")


def test_no_production_status_carries_what_another_predicate_says() -> None:
    found = {c.id: _rules.production_status_says_only_how_far(c) for c in CATALOG.claims}
    assert {} == _breaches(found)


@each(
    ("status", "word"),
    [
        ("out on demand", "on demand"),
        # Reported: "on demand" was read only with one plain space between its words.
        ("out on\ndemand", "on\ndemand"),
        ("in post-production", None),
    ],
)
def test_a_production_status_in_another_predicates_words_is_refused(
    status: str, word: str | None
) -> None:
    claim = _from_text(
        f"Ballerina is {status}.", status, Predicate.PRODUCTION_STATUS, Text(text=status)
    )
    found = _rules.production_status_says_only_how_far(claim)
    assert [b.message.startswith(f"{word!r} belongs") for b in found] == ([True] if word else [])


def test_no_claim_reads_a_film_from_an_order_word() -> None:
    found = {c.id: _rules.no_film_read_from_an_order_word(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)


def test_shipped_data_has_what_the_precision_rules_check() -> None:
    # Not vacuous: the shipped data has hopes, trailers, release formats and marketing.
    assert any(claim.qualifiers.status is Status.HOPED for claim in CATALOG.claims)
    assert CATALOG.claims_with("trailer")
    assert CATALOG.claims_with("distribution_format")
    assert CATALOG.claims_with("promotional_material")


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


def test_shipped_statements_about_a_set_are_claims_about_each_member() -> None:
    problems = {claim.id: set_problem(claim) for claim in CATALOG.claims}
    assert {} == {key: problem for key, problem in problems.items() if problem}
    assert sum(1 for claim in CATALOG.claims if _SET.search(claim.evidence.quote)) >= 10


#: Passages that are not the articles' own words: page chrome, an image's label (000), an
#: embedded video's title,
#: the unrelated news after 003's "Hashtags" and the author box and related articles after
#: 001's "Editors' Recommendations".
NOT_THE_ARTICLES_WORDS = {
    "001_6c364232822f7c4e": [
        "Skip to main content",
        "John Wick: Chapter 4 (2023) Special Feature 'New Challenges' \u2013 Keanu Reeves,"
        " Donnie Yen",
    ],
    "000_352b652a736a487c": ["Image of Ballerina: A John Wick Story (2024) Movie Preview"],
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
    if source.startswith("001"):
        spans.append((text.index("Editors' Recommendations"), len(text)))
    return spans


def test_shipped_claims_and_dates_rest_on_no_words_but_the_articles() -> None:
    for source in CATALOG.sources:
        spans = _spans_not_of_the_article(source.id)
        text = CATALOG.text(source.id)
        for claim in CATALOG.claims_from(source.id):
            start, end = claim.evidence.start, claim.evidence.end
            assert not any(s < end and start < e for s, e in spans), claim.id
        for passage in _rules.note_passages(source.published_note):
            at = _rules.plain(text).find(_rules.plain(passage))
            assert at >= 0, (source.id, passage)
            assert not any(s <= at < e for s, e in spans), (source.id, passage)


def test_shipped_unstated_publication_dates_are_bounds_or_noted_readings() -> None:
    # 001 says only "before 2024", 003 only "2024 or later": intervals, with their notes.
    for source in CATALOG.sources:
        assert source.published is not None, source.id
        assert source.published_note, source.id
        if isinstance(source.published, DateInterval):
            assert source.published_note.startswith("not stated; the article's words bound it")
    bounded = {s.id[:3]: str(s.published) for s in CATALOG.sources}
    assert bounded["001"] == "../2023"
    assert bounded["002"] == "2023-03/2024-06-07"
    assert bounded["003"] == "2024/.."


def test_a_passage_is_in_a_quote_only_if_one_quote_holds_it_whole() -> None:
    # The quotes are searched joined, once folded: a passage across two of them is in none.
    for source in CATALOG.sources:
        quotes = [_rules.plain(claim.evidence.quote) for claim in CATALOG.claims_from(source)]
        for first, second in itertools.pairwise(quotes):
            for passage in (first[-5:] + second[:5], first[-5:] + "\x00" + second[:5], first):
                expected = any(passage in quote for quote in quotes)
                assert expected == _rules._in_a_quote(passage, CATALOG, source.id), passage


def _from_text(text: str, quote: str, predicate: Predicate, value: Any) -> Claim:
    return attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        subject="film/ballerina-2024",
        predicate=predicate,
        value=value,
        evidence=Evidence.locate(text, quote),
        note=None,
    )


_KEANU = EntityRef(id="person/keanu-reeves")
_JUNE_7 = DateValue(date=PartialDate.parse("2024-06-07"))
_90_MILLION = Quantity(amount=Decimal("90000000"), unit="USD")


@each(
    ("text", "quote", "predicate", "value", "word"),
    [
        # Reported: a negation after the quote, in its sentence, was never read.
        (
            "Keanu Reeves will not appear in Ballerina.",
            "Keanu Reeves",
            Predicate.CAST_MEMBER,
            _KEANU,
            "not",
        ),
        ("June 7, 2024 is not its date.", "June 7, 2024", Predicate.RELEASE_DATE, _JUNE_7, "not"),
        (
            "A budget of $90 million was never confirmed.",
            "A budget of $90 million",
            Predicate.COST,
            _90_MILLION,
            "never",
        ),
        (
            "Prague was not a filming location.",
            "Prague",
            Predicate.FILMING_LOCATION,
            Text(text="Prague"),
            "not",
        ),
        # Reported: an exclusion of the place was read as its filming location.
        (
            "Ballerina was filmed everywhere but Prague.",
            "Ballerina was filmed everywhere but Prague",
            Predicate.FILMING_LOCATION,
            Text(text="Prague"),
            "everywhere but",
        ),
        (
            "Ballerina was filmed in Budapest in lieu of Prague.",
            "Ballerina was filmed in Budapest in lieu of Prague",
            Predicate.FILMING_LOCATION,
            Text(text="Prague"),
            "in lieu of",
        ),
        (
            "Ballerina was filmed in Budapest, with Prague ruled out.",
            "Ballerina was filmed in Budapest, with Prague ruled out",
            Predicate.FILMING_LOCATION,
            Text(text="Prague"),
            "ruled out",
        ),
        # Reported: an unofficial spin-off was read as one of the series.
        (
            "Ballerina is an unofficial John Wick spin-off.",
            "Ballerina is an unofficial John Wick spin-off",
            Predicate.PART_OF_SERIES,
            EntityRef(id="franchise/john-wick"),
            "unofficial",
        ),
        # Reported: a denial before the quote was read for two statuses alone.
        (
            "Lionsgate denied that Ballerina opens June 7, 2024.",
            "Ballerina opens June 7, 2024",
            Predicate.RELEASE_DATE,
            _JUNE_7,
            "denied",
        ),
        (
            "Lionsgate denied that Keanu Reeves stars in it.",
            "Keanu Reeves stars in it",
            Predicate.CAST_MEMBER,
            _KEANU,
            "denied",
        ),
    ],
)
def test_a_negation_after_the_quote_or_a_denial_before_it_needs_a_note(
    text: str, quote: str, predicate: Predicate, value: Any, word: str
) -> None:
    claim = _from_text(text, quote, predicate, value)
    (breach,) = [b for b in _rules.quote_breaches(claim, CATALOG) if b.rule == "value negation"]
    assert repr(word) in breach.message
    noted = attrs.evolve(claim, note=f"'{word}' is of something else, as the text goes on.")
    assert not [b for b in _rules.quote_breaches(noted, CATALOG) if b.rule == "value negation"]


@each(
    ("text", "quote", "predicate", "value"),
    [
        # After a comma, or in the next sentence, the negation is of something else.
        (
            "Released on June 7, 2024, not in May.",
            "Released on June 7, 2024",
            Predicate.RELEASE_DATE,
            _JUNE_7,
        ),
        (
            "Prague, not Berlin, was a filming location.",
            "Prague",
            Predicate.FILMING_LOCATION,
            Text(text="Prague"),
        ),
        (
            "Keanu Reeves stars. It is not long.",
            "Keanu Reeves stars",
            Predicate.CAST_MEMBER,
            _KEANU,
        ),
        # Reported: a word inside the name of another work of the catalog was read as a
        # negation; only the claim's subject, value and character had their names' words.
        (
            "Like No Time to Die in 2021, it was released on June 7, 2024.",
            "Like No Time to Die in 2021, it was released on June 7, 2024",
            Predicate.RELEASE_DATE,
            _JUNE_7,
        ),
        (
            "After No Time to Die, Prague was a filming location.",
            "After No Time to Die, Prague",
            Predicate.FILMING_LOCATION,
            Text(text="Prague"),
        ),
        (
            "Keanu Reeves, who saw No Time to Die, stars.",
            "Keanu Reeves, who saw No Time to Die, stars",
            Predicate.CAST_MEMBER,
            _KEANU,
        ),
        # Reported: an emphatic idiom was read as a negation.
        (
            "Ballerina is a no-holds-barred action thriller.",
            "Ballerina is a no-holds-barred action thriller",
            Predicate.GENRE,
            Text(text="action thriller"),
        ),
        # A refusal to speak is no refusal of the part; the one the job went to is credited.
        (
            "Keanu Reeves refused to comment but stars in Ballerina.",
            "Keanu Reeves refused to comment but stars in Ballerina",
            Predicate.CAST_MEMBER,
            _KEANU,
        ),
        (
            "Ian McShane was hired for Ballerina, though the job went to Keanu Reeves.",
            "the job went to Keanu Reeves",
            Predicate.CAST_MEMBER,
            _KEANU,
        ),
        # Reported: the kept side of "not X but Y" was read as negated.
        (
            "Ballerina is not a sequel but a spin-off.",
            "Ballerina is not a sequel but a spin-off",
            Predicate.CHRONOLOGY,
            Text(text="a spin-off"),
        ),
        (
            "Ballerina is not a sequel, but rather a spin-off.",
            "a spin-off",
            Predicate.CHRONOLOGY,
            Text(text="a spin-off"),
        ),
        # Reported: "No." before a number, a rank, was read as the negation "no".
        (
            "Ballerina opened at No. 1 with $25 million.",
            "Ballerina opened at No. 1 with $25 million",
            Predicate.BOX_OFFICE,
            Quantity(amount=Decimal("25000000"), unit="USD"),
        ),
        (
            "Ballerina has grossed $58 million and is the No. 2 film in America.",
            "Ballerina has grossed $58 million",
            Predicate.BOX_OFFICE,
            Quantity(amount=Decimal("58000000"), unit="USD"),
        ),
        (
            "Ballerina, the No. 1 film in America, opened June 6, 2025.",
            "Ballerina, the No. 1 film in America, opened June 6, 2025",
            Predicate.RELEASE_DATE,
            DateValue(date=PartialDate.parse("2025-06-06")),
        ),
    ],
)
def test_a_negation_past_the_clause_or_sentence_or_inside_a_name_needs_no_note(
    text: str, quote: str, predicate: Predicate, value: Any
) -> None:
    claim = _from_text(text, quote, predicate, value)
    assert not [b for b in _rules.quote_breaches(claim, CATALOG) if b.rule == "value negation"]


@each(
    "quote",
    [
        "Ballerina isn\u2018t a horror film",  # the left quote mark source 002 writes
        "Ballerina isn\u02bct a horror film",
        "Ballerina isn\u00b4t a horror film",
        "Ballerina is \uff4e\uff4f\uff54 a horror film",  # full-width letters
        "Ballerina is n\u00adot a horror film",  # a soft hyphen inside the word
        "Ballerina isn\u00ad't a horror film",
    ],
)
def test_a_negation_in_any_apostrophe_or_width_is_read(quote: str) -> None:
    # Reported: "isn\u2018t" and full-width "not" were read as no negation; so were a
    # "not" and an "n't" with a soft hyphen inside.
    claim = _from_text(quote + ".", quote, Predicate.GENRE, Text(text="a horror film"))
    assert [b for b in _rules.quote_breaches(claim, CATALOG) if b.rule == "value negation"]


_OPENS = "Ballerina opens on June 7, 2024"


@each(
    ("text", "quote", "said"),
    [
        # Reported: a question or a condition was read as a statement.
        (
            "Has Ballerina been released on June 7, 2024?",
            "Ballerina been released on June 7, 2024",
            "?",
        ),
        ("Is it out June 7, 2024? No one knows.", "Is it out June 7, 2024", "?"),
        (
            "If Ballerina is released on June 7, 2024, fans will rejoice.",
            "Ballerina is released on June 7, 2024",
            "'If'",
        ),
        ("Whether it opens June 7, 2024 is unclear.", "Whether it opens June 7, 2024", "'Whether'"),
        # Reported: "?!", a full-width "\uff1f", an aside that asks, and a question that ends
        # its line were read as statements.
        ("It will be released on June 7, 2024?!", "It will be released on June 7, 2024", "?"),
        ("It will be released on June 7, 2024\uff1f", "It will be released on June 7, 2024", "?"),
        (
            "It will be released on June 7, 2024 (really?). Fans wait.",
            "It will be released on June 7, 2024",
            "?",
        ),
        ("So, is it out June 7, 2024?\nNo one knows.", "is it out June 7, 2024?", "?"),
        # Reported: a question quoted with its answer was read as the answer alone.
        ("Is it out June 7, 2024? No.", "Is it out June 7, 2024? No", "?"),
        (
            "Ballerina opens June 7, 2024? Don't bet on it.",
            "Ballerina opens June 7, 2024? Don't bet on it",
            "?",
        ),
        ("It opens June 7, 2024?! Nope.", "It opens June 7, 2024?! Nope", "?"),
        # Reported: a condition after the quote, in its sentence, was not read.
        (
            "Ballerina will be released on June 7, 2024 if the strike ends.",
            "Ballerina will be released on June 7, 2024",
            "'if'",
        ),
        (
            "Ballerina will be released on June 7, 2024 unless the strike goes on.",
            "Ballerina will be released on June 7, 2024",
            "'unless'",
        ),
        (
            "Ballerina will be released on June 7, 2024, provided the strike ends.",
            "Ballerina will be released on June 7, 2024",
            "'provided'",
        ),
        # Reported: more conditions, and an inverted "should", were not read.
        ("Ballerina opens on June 7, 2024, assuming the strike ends.", _OPENS, "'assuming'"),
        ("Ballerina opens on June 7, 2024, as long as the strike ends.", _OPENS, "'as long as'"),
        ("Ballerina opens on June 7, 2024, pending the strike.", _OPENS, "'pending'"),
        ("Ballerina opens on June 7, 2024, depending on the strike.", _OPENS, "'depending on'"),
        ("Ballerina opens on June 7, 2024, strike permitting.", _OPENS, "'strike permitting'"),
        ("Should the strike end, Ballerina opens on June 7, 2024.", _OPENS, "'Should'"),
        ("Ballerina opens on June 7, 2024, should the strike end.", _OPENS, "'should'"),
        # Reported: a condition after a dash, a colon or a bracket was not read.
        ("Ballerina opens on June 7, 2024 \u2014 if the strike ends.", _OPENS, "'if'"),
        ("Ballerina opens on June 7, 2024 \u2013 if the strike ends.", _OPENS, "'if'"),
        ("Ballerina opens on June 7, 2024 (if the strike ends).", _OPENS, "'if'"),
        ("Ballerina opens on June 7, 2024: if the strike ends.", _OPENS, "'if'"),
        ("Ballerina opens on June 7, 2024 \u2014 unless the strike drags on.", _OPENS, "'unless'"),
        ("Ballerina opens on June 7, 2024 \u2014 assuming the strike ends.", _OPENS, "'assuming'"),
        # Reported: more conditions were not read.
        ("Ballerina opens on June 7, 2024, absent another strike.", _OPENS, "'absent'"),
        (
            "Ballerina opens on June 7, 2024, in the event the strike ends.",
            _OPENS,
            "'in the event'",
        ),
        (
            "Ballerina opens on June 7, 2024, contingent on the strike ending.",
            _OPENS,
            "'contingent on'",
        ),
        ("Ballerina opens on June 7, 2024, once the strike ends.", _OPENS, "'once'"),
        # Reported: a trade-press condition after the date was not read.
        ("Ballerina opens on June 7, 2024, barring any changes.", _OPENS, "'barring'"),
        (
            "Ballerina opens on June 7, 2024, in a best-case scenario.",
            _OPENS,
            "'in a best-case scenario'",
        ),
    ],
)
def test_a_question_or_a_condition_states_nothing(text: str, quote: str, said: str) -> None:
    claim = _from_text(text, quote, Predicate.RELEASE_DATE, _JUNE_7)
    (breach,) = _rules.stated_not_asked(claim, CATALOG)
    assert (breach.rule, breach.field) == ("stated", "quote")
    assert said in breach.message
    passage = said.strip("'") if said != "?" else text.split("?", maxsplit=1)[0] + "?"
    noted = attrs.evolve(claim, note=f'"{passage}" is read as the plan it names.')
    assert [] == _rules.stated_not_asked(noted, CATALOG)
    assert _rules.stated_not_asked(attrs.evolve(claim, note="a note that quotes nothing"), CATALOG)


_100_MILLION = Quantity(amount=Decimal("100000000"), unit="USD")
_WILL_BE = "Ballerina will be released on June 7, 2024"
_DOUBTED = (Status.UNCONFIRMED, Status.SPECULATED)


def _stated(
    text: str, quote: str, predicate: Predicate, value: Any, status: Status | None = None
) -> Claim:
    claim = _from_text(text, quote, predicate, value)
    return attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=status))


def _released(how: str) -> tuple[Claim, str, tuple[Status, ...]]:
    """A release on June 7, 2024 that ``how`` says did not happen."""
    quote = f"Ballerina {how} released on June 7, 2024"
    word = how.removesuffix(" been").removesuffix(" be")
    return _stated(f"{quote}.", quote, Predicate.RELEASE_DATE, _JUNE_7), word, ()


def _denied(
    text: str, word: str, kept_by: tuple[Status, ...] = ()
) -> tuple[Claim, str, tuple[Status, ...]]:
    """A scheduled June 7, 2024 that ``text`` calls false or doubts with ``word``."""
    claim = _stated(text, _WILL_BE, Predicate.RELEASE_DATE, _JUNE_7, Status.SCHEDULED)
    return claim, word, kept_by


def _figure_doubted(aside: str, word: str) -> tuple[Claim, str, tuple[Status, ...]]:
    """A budget of $90 million whose sentence goes on with ``aside``, which doubts it with
    ``word``; its quote holds the aside."""
    quote = "Ballerina's budget was $90 million" + aside
    return _stated(f"{quote}.", quote, Predicate.COST, _90_MILLION), word, (Status.UNCONFIRMED,)


def _erred(text: str, quote: str, word: str) -> tuple[Claim, str, tuple[Status, ...]]:
    """A claim of ``quote`` whose sentence ``text`` calls it an error, or a near miss, with
    ``word``: a cast member, a director, a cost, a release date or a genre, by its words."""
    value: Any = _KEANU
    predicate = Predicate.CAST_MEMBER
    if "Wiseman" in quote:
        predicate, value = Predicate.DIRECTOR, EntityRef(id="person/len-wiseman")
    elif "$90 million" in quote:
        predicate, value = Predicate.COST, _90_MILLION
    elif "June 7, 2024" in quote:
        predicate, value = Predicate.RELEASE_DATE, _JUNE_7
    elif "horror" in quote:
        predicate, value = Predicate.GENRE, Text(text=quote)
    return _stated(text, quote, predicate, value), word, ()


@each(
    ("claim", "word", "kept_by"),
    [
        # Reported: a counterfactual was stored as a firm fact.
        (
            _stated(
                "Ballerina would have been released on June 7, 2024, but the strike changed that.",
                "Ballerina would have been released on June 7, 2024",
                Predicate.RELEASE_DATE,
                _JUNE_7,
            ),
            "would have",
            (),
        ),
        (
            _stated(
                "Keanu Reeves would have played John Wick in Ballerina.",
                "Keanu Reeves would have played John Wick in Ballerina",
                Predicate.CAST_MEMBER,
                _KEANU,
            ),
            "would have",
            (),
        ),
        (
            _stated(
                "Ballerina would have grossed $100 million.",
                "Ballerina would have grossed $100 million",
                Predicate.BOX_OFFICE,
                _100_MILLION,
            ),
            "would have",
            (),
        ),
        _released("should have been"),
        _released("was supposed to be"),
        _released("was meant to be"),
        _released("was to have been"),
        # Reported: a falsity after the quote, and a denial or doubt before it, were not read.
        _denied(f"Reports that {_WILL_BE} are false.", "are false"),
        _denied(f"It is false that {_WILL_BE}.", "is false"),
        _denied(f"It is a myth that {_WILL_BE}.", "is a myth"),
        # Reported: "not true" was no falsity where "untrue" was.
        _denied(f"{_WILL_BE}, which is not true.", "is not true"),
        _denied(f"{_WILL_BE}, which isn't true.", "isn't true"),
        _denied(f"It is not true that {_WILL_BE}.", "is not true"),
        _denied(f"Lionsgate dismissed claims that {_WILL_BE}.", "dismissed claims"),
        _denied(f"Lionsgate rejected reports {_WILL_BE}.", "rejected reports"),
        _denied(f"Lionsgate refuses to confirm {_WILL_BE}.", "refuses to confirm", _DOUBTED[:1]),
        _denied(f"I doubt {_WILL_BE}.", "doubt", _DOUBTED),
        _denied(f"It is doubtful {_WILL_BE}.", "doubtful", _DOUBTED),
        _denied(f"Few believe {_WILL_BE}.", "Few believe", _DOUBTED),
        # Reported: the words of a doubt were read only with one plain space between them.
        _denied(f"Few\u00a0believe {_WILL_BE}.", "Few believe", _DOUBTED),
        _denied(f"That {_WILL_BE} is\u00a0unclear.", "is unclear", _DOUBTED),
        # Reported: a sentence that calls the thing not known built a firm value.
        _denied(f"That {_WILL_BE} is unclear.", "is unclear", _DOUBTED),
        _denied(f"That {_WILL_BE} is uncertain.", "is uncertain", _DOUBTED),
        _denied(f"That {_WILL_BE} is unknown.", "is unknown", _DOUBTED),
        _denied(f"That {_WILL_BE} remains to be seen.", "remains to be seen", _DOUBTED),
        _denied(f"That {_WILL_BE} is up in the air.", "up in the air", _DOUBTED),
        _denied(f"That {_WILL_BE} is anyone's guess.", "anyone's guess", _DOUBTED),
        _denied(f"That {_WILL_BE} is a long shot.", "a long shot", _DOUBTED),
        _denied(f"That {_WILL_BE} is TBD.", "TBD", _DOUBTED),
        # Reported: "TBC" ("to be confirmed") was read as no doubt.
        _denied(f"That {_WILL_BE} is TBC.", "TBC", _DOUBTED),
        _denied(f"That {_WILL_BE} is to be confirmed.", "to be confirmed", _DOUBTED),
        # Reported: a thing the sentence calls stalled or doubtful was read as a fact.
        *(
            _denied(f"That {_WILL_BE} is {said}.", word, _DOUBTED)
            for said, word in (
                ("on hold", "on hold"), ("on ice", "on ice"), ("in limbo", "in limbo"),
                ("dead in the water", "dead in the water"),
                ("on the back burner", "back burner"), ("a pipe dream", "pipe dream"),
                ("a question mark", "a question mark"), ("improbable", "improbable"),
            )
        ),
        # Reported: a figure not confirmed or disputed after the quote was read as a fact.
        _figure_doubted(", a figure Lionsgate has never confirmed", "never confirmed"),
        _figure_doubted(", a figure Lionsgate has yet to confirm", "yet to confirm"),
        _figure_doubted(", a figure Lionsgate has disputed", "disputed"),
        _figure_doubted(", a figure Lionsgate says is inflated", "is inflated"),
        # Reported: a doubting attribution after the quote passed as a fact.
        _figure_doubted(", or so the studio claims", "claims"),
        _figure_doubted(", the studio insists", "insists"),
        _figure_doubted(", or so the studio says", "or so the studio says"),
        _figure_doubted(", Lionsgate maintains", "maintains"),
        # Reported: words that call the statement an error were not read.
        _erred(
            "Some sites incorrectly listed Keanu Reeves in the cast of Ballerina.",
            "Keanu Reeves in the cast of Ballerina",
            "incorrectly",
        ),
        _erred(
            "Keanu Reeves was wrongly credited as a cast member of Ballerina.",
            "Keanu Reeves was wrongly credited as a cast member of Ballerina",
            "wrongly",
        ),
        _erred(
            "IMDb mistakenly lists Keanu Reeves among the cast of Ballerina.",
            "Keanu Reeves among the cast of Ballerina",
            "mistakenly",
        ),
        _erred("Ballerina's budget was falsely given as $90 million.", "$90 million", "falsely"),
        _erred(
            "Ballerina's budget was erroneously reported as $90 million.",
            "$90 million",
            "erroneously",
        ),
        _erred(
            "Variety misreported the budget of Ballerina as $90 million.",
            "misreported the budget of Ballerina as $90 million",
            "misreported",
        ),
        _erred(
            "Reports that Ballerina cost $90 million turned out to be wrong.",
            "Ballerina cost $90 million",
            "turned out to be wrong",
        ),
        _erred(
            "The claim that Ballerina cost $90 million was a hoax.", "$90 million", "was a hoax"
        ),
        # Reported: a statement called false after it, or disputed before it, was not read.
        _erred(
            "The claim that Len Wiseman directed Ballerina is wrong.",
            "Len Wiseman directed Ballerina",
            "is wrong",
        ),
        _erred(
            "Earlier reports that Chad Stahelski directed Ballerina were mistaken.",
            "Chad Stahelski directed Ballerina",
            "were mistaken",
        ),
        _erred(
            "The claim that Len Wiseman directed Ballerina is baseless.",
            "Len Wiseman directed Ballerina",
            "is baseless",
        ),
        _erred(
            "The claim that Len Wiseman directed Ballerina is unfounded.",
            "Len Wiseman directed Ballerina",
            "is unfounded",
        ),
        _erred(
            "The claim that Len Wiseman directed Ballerina is nonsense.",
            "Len Wiseman directed Ballerina",
            "is nonsense",
        ),
        # Reported: a mistaken belief before the clause was not read.
        _erred(
            "It's a common misconception that Keanu Reeves appears in Ballerina.",
            "Keanu Reeves appears in Ballerina",
            "misconception that",
        ),
        _erred(
            "A popular myth holds that Keanu Reeves appears in Ballerina.",
            "Keanu Reeves appears in Ballerina",
            "myth holds that",
        ),
        _erred(
            "Many viewers misremember that Keanu Reeves appears in Ballerina.",
            "Keanu Reeves appears in Ballerina",
            "misremember",
        ),
        _erred(
            "Many viewers mistake Keanu Reeves for the star of Ballerina.",
            "Keanu Reeves for the star of Ballerina",
            "mistake Keanu Reeves for",
        ),
        _erred(
            "Fans confuse Keanu Reeves with the star of Ballerina.",
            "Keanu Reeves with the star of Ballerina",
            "confuse Keanu Reeves with",
        ),
        _erred(
            "Fans conflate Keanu Reeves and the star of Ballerina.",
            "Keanu Reeves and the star of Ballerina",
            "conflate",
        ),
        (
            _stated(
                "Many viewers assume Keanu Reeves appears in Ballerina.",
                "Keanu Reeves appears in Ballerina",
                Predicate.CAST_MEMBER,
                _KEANU,
            ),
            "assume",
            (Status.SPECULATED,),
        ),
        # Reported: an adverb of degree before the denial hid it.
        _erred(
            "The statement that Ballerina cost $90 million is simply false.",
            "Ballerina cost $90 million",
            "is simply false",
        ),
        _erred(
            "That Keanu Reeves appears in Ballerina is completely false.",
            "Keanu Reeves appears in Ballerina",
            "is completely false",
        ),
        _erred(
            "That Keanu Reeves appears in Ballerina is, simply, untrue.",
            "Keanu Reeves appears in Ballerina",
            "is, simply, untrue",
        ),
        _erred(
            "That Keanu Reeves appears in Ballerina is flat-out wrong.",
            "Keanu Reeves appears in Ballerina",
            "is flat-out wrong",
        ),
        _erred(
            "That Keanu Reeves appears in Ballerina is patently incorrect.",
            "Keanu Reeves appears in Ballerina",
            "is patently incorrect",
        ),
        _denied(
            f"Reports that {_WILL_BE} are utterly wide of the mark.", "are utterly wide of the mark"
        ),
        _denied(f"Reports that {_WILL_BE} were quashed.", f"Reports that {_WILL_BE} were quashed"),
        _denied(
            f"Reports that {_WILL_BE} were quickly put to rest.",
            f"Reports that {_WILL_BE} were quickly put to rest",
        ),
        _denied(
            f"Reports that {_WILL_BE} have been shot down.",
            f"Reports that {_WILL_BE} have been shot down",
        ),
        _erred(
            "The claim that Len Wiseman directed Ballerina is fake news.",
            "Len Wiseman directed Ballerina",
            "is fake news",
        ),
        _erred(
            "The claim that Len Wiseman directed Ballerina is a misconception.",
            "Len Wiseman directed Ballerina",
            "is a misconception",
        ),
        _erred(
            "The claim that Len Wiseman directed Ballerina is a fabrication.",
            "Len Wiseman directed Ballerina",
            "is a fabrication",
        ),
        _erred(
            "The claim that Len Wiseman directed Ballerina is fiction.",
            "Len Wiseman directed Ballerina",
            "is fiction",
        ),
        _erred(
            "The claim that Len Wiseman directed Ballerina is erroneous.",
            "Len Wiseman directed Ballerina",
            "is erroneous",
        ),
        _erred(
            "Lionsgate disputes that Len Wiseman directed Ballerina.",
            "Len Wiseman directed Ballerina",
            "disputes that",
        ),
        _erred(
            "Lionsgate rejects that Len Wiseman directed Ballerina.",
            "Len Wiseman directed Ballerina",
            "rejects that",
        ),
        _erred(
            "Lionsgate contested that Len Wiseman directed Ballerina.",
            "Len Wiseman directed Ballerina",
            "contested that",
        ),
        _erred(
            "Lionsgate corrected reports that Len Wiseman directed Ballerina.",
            "Len Wiseman directed Ballerina",
            "corrected reports that",
        ),
        _erred(
            "Correction: An earlier version of this article gave the release date of"
            " Ballerina as June 7, 2024.",
            "version of this article gave the release date of Ballerina as June 7, 2024",
            "An earlier version of this article",
        ),
        _erred(
            "Variety misstated the release date of Ballerina as June 7, 2024.",
            "misstated the release date of Ballerina as June 7, 2024",
            "misstated",
        ),
        _erred(
            "An earlier version of this story said Ballerina opens on June 7, 2024.",
            "version of this story said Ballerina opens on June 7, 2024",
            "An earlier version of this story",
        ),
        _erred("Ballerina was wrongly labelled a horror film.", "horror film", "wrongly"),
        _erred("Ballerina was mistakenly described as a horror film.", "horror film", "mistakenly"),
        # Reported: a near miss was read as the thing done.
        _erred(
            "Keanu Reeves almost appeared in Ballerina.",
            "Keanu Reeves almost appeared in Ballerina",
            "almost appeared",
        ),
        _erred(
            "Ballerina nearly starred Keanu Reeves.",
            "Ballerina nearly starred Keanu Reeves",
            "nearly starred",
        ),
        _erred(
            "Keanu Reeves came close to appearing in Ballerina.",
            "Keanu Reeves came close to appearing in Ballerina",
            "came close to appearing",
        ),
        _erred(
            "Len Wiseman almost directed Ballerina.",
            "Len Wiseman almost directed Ballerina",
            "almost directed",
        ),
        _erred(
            "Ballerina was almost released on June 7, 2024.",
            "Ballerina was almost released on June 7, 2024",
            "almost released",
        ),
        _erred(
            "Ballerina came close to opening on June 7, 2024.",
            "opening on June 7, 2024",
            "came close to opening",
        ),
        # Reported: a claim named after the quote and then rejected or called false, and a
        # joke, were not read.
        # Reported: a figure or a date named again and denied after the quote was read only
        # after a cast claim's report.
        _erred(
            "Ballerina's budget was $90 million, which Lionsgate denies.",
            "Ballerina's budget was $90 million",
            "which Lionsgate denies",
        ),
        _erred(
            "Ballerina's budget was $90 million, a figure Lionsgate denies.",
            "Ballerina's budget was $90 million",
            "figure Lionsgate denies",
        ),
        _erred(
            "Ballerina's budget was $90 million, a number Lionsgate rejects.",
            "Ballerina's budget was $90 million",
            "number Lionsgate rejects",
        ),
        _erred(
            "Ballerina's budget was $90 million, a figure the studio calls false.",
            "Ballerina's budget was $90 million, a figure the studio calls false",
            "figure the studio calls false",
        ),
        _erred(
            "Ballerina opens June 7, 2024, a date Lionsgate denies.",
            "Ballerina opens June 7, 2024",
            "date Lionsgate denies",
        ),
        _erred(
            "Ballerina stars Keanu Reeves, a claim Lionsgate dismissed.",
            "Keanu Reeves",
            "claim Lionsgate dismissed",
        ),
        _erred(
            "Ballerina stars Keanu Reeves, a report the WGA called false.",
            "Keanu Reeves",
            "report the WGA called false",
        ),
        _erred(
            "Ballerina stars Keanu Reeves, a report THR called untrue.",
            "Keanu Reeves",
            "report THR called untrue",
        ),
        _erred(
            "Ballerina stars Keanu Reeves, a rumor Lionsgate shot down.",
            "Keanu Reeves",
            "rumor Lionsgate shot down",
        ),
        _erred(
            "It called the report baseless: Ballerina stars Keanu Reeves.",
            "Ballerina stars Keanu Reeves",
            "called the report baseless",
        ),
        _erred(
            "They shot down the rumor that Ballerina stars Keanu Reeves.",
            "Ballerina stars Keanu Reeves",
            "shot down the rumor",
        ),
        # Reported: verbs of denial beyond a short list were not read, in any form and with
        # any whitespace between their words, the report after them, inside them or before.
        *(
            _erred(
                f"Keanu Reeves {said} that he stars in Ballerina.",
                f"Keanu Reeves {said} that he stars in Ballerina",
                said,
            )
            for said in (
                "laughed off reports",
                "brushed off reports",
                "rubbished reports",
                "poured cold water on reports",
                "quashed reports",
                "scotched rumors",
                "put to rest reports",
                "swatted down reports",
                "squashed the rumors",
                "pushed back on reports",
                "knocked down reports",
                "waved off reports",
                "played down reports",
                "downplayed the persistent rumors",
                "put those rumors to rest",
            )
        ),
        *(
            _erred(
                f"Keanu Reeves {said} that he stars in Ballerina.",
                f"Keanu Reeves {said} that he stars in Ballerina",
                word,
            )
            for said, word in (
                ("laughed\noff reports", "laughed off reports"),
                ("pours cold\u00a0water on the idea", "pours cold water on the idea"),
            )
        ),
        _erred(
            "Ballerina stars Keanu Reeves, a rumor Lionsgate laughed off.",
            "Keanu Reeves",
            "rumor Lionsgate laughed off",
        ),
        _erred("Ballerina stars Keanu Reeves, a hoax claimed.", "Keanu Reeves", "hoax"),
        _erred("Ballerina stars Keanu Reeves (just kidding).", "Keanu Reeves", "kidding"),
        _erred("April Fools: Ballerina stars Keanu Reeves.", "Keanu Reeves", "April Fools"),
        _erred("Satire: Ballerina stars Keanu Reeves.", "Keanu Reeves", "Satire"),
        _erred("Ballerina stars Keanu Reeves, joking.", "Keanu Reeves", "joking"),
        _erred("Parody: Ballerina stars Keanu Reeves.", "Keanu Reeves", "Parody"),
        # Reported: a sarcastic denial after the quote passed as a fact.
        _erred("Ballerina stars Keanu Reeves, said nobody.", "Keanu Reeves", "said nobody"),
        _erred("Ballerina stars Keanu Reeves, says no one.", "Keanu Reeves", "says no one"),
        _erred(
            "Ballerina stars Keanu Reeves, said no critic ever.",
            "Keanu Reeves",
            "said no critic ever",
        ),
        # Reported: a joke's verb, its hyphenated and sarcastic forms passed as facts.
        *(
            _erred(f"Wiseman {said} that Keanu Reeves stars in Ballerina.", "Keanu Reeves", word)
            for said, word in (
                ("joked", "joked"),
                ("jokes", "jokes"),
                ("quipped", "quipped"),
                ("said, half-jokingly,", "half-jokingly"),
                ("said sarcastically", "sarcastically"),
                ("said, tongue in cheek,", "tongue in cheek"),
                ("said, tongue-in-cheek,", "tongue-in-cheek"),
                # Reported: a wink and a tease that the words make a joke passed as facts.
                ("said, with a wink,", "with a wink"),
                ("teasingly said", "teasingly"),
                ("playfully teased", "playfully teased"),
            )
        ),
        _erred("Ballerina stars Keanu Reeves (just teasing).", "Keanu Reeves", "just teasing"),
        _erred(
            '"Keanu Reeves stars in Ballerina," Wiseman joked.',
            "Keanu Reeves stars in Ballerina",
            "joked",
        ),
        # Reported: pretence, lies, dreams and errors gave a credit.
        *(
            _erred(f"{text}.", text, word)
            for text, word in (
                ("Len Wiseman lied that he directed Ballerina", "lied"),
                ("Len Wiseman imagined he directed Ballerina", "imagined"),
                ("Len Wiseman fantasized that he directed Ballerina", "fantasized"),
                ("Len Wiseman dreamed he directed Ballerina", "dreamed"),
                ("Keanu Reeves pretended to star in Ballerina", "pretended"),
                ("Keanu Reeves dreamed he starred in Ballerina", "dreamed"),
                ("Keanu Reeves was credited in error as starring in Ballerina", "in error"),
                ("Len Wiseman is sometimes confused with the man who directed Ballerina",
                 "confused with"),
            )
        ),
    ],
)  # fmt: skip
def test_a_counterfactual_a_falsity_or_a_doubt_states_nothing(
    claim: Claim, word: str, kept_by: tuple[Status, ...]
) -> None:
    (breach,) = [b for b in _rules.quote_breaches(claim, CATALOG) if b.rule == "stated"]
    assert breach.field == "quote"
    assert f"({word!r})" in breach.message
    noted = attrs.evolve(claim, note=f"'{word}' is the text's; the value is the one it names.")
    assert [] == _rules.stated_not_denied_nor_doubted(noted, CATALOG)
    # A doubt is kept by a status it backs, and by no other.
    for doubted in _DOUBTED:
        kept = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=doubted))
        assert (doubted in kept_by) is not bool(_rules.stated_not_denied_nor_doubted(kept, CATALOG))
        if doubted in kept_by:
            assert [] == _rules.status_backed_by_its_words(kept, CATALOG)


@each(
    ("text", "quote"),
    [
        # "would have" as a verb of its own, "provided" as a verb: no counterfactual, no
        # condition.
        ("Keanu Reeves would have to return to Ballerina.", "Keanu Reeves would have to return"),
        ("Ballerina would have a sequel, Lionsgate said.", "Ballerina would have a sequel"),
        ("Lionsgate provided the first images; Ballerina stars Keanu Reeves.", "Keanu Reeves"),
        # A duration, a forecast: "as long as" and "should" opening no clause.
        (
            "Ballerina runs as long as two hours and stars Keanu Reeves.",
            "runs as long as two hours and stars Keanu Reeves",
        ),
        ("Ballerina should please fans of Keanu Reeves.", "Keanu Reeves"),
        # A near miss of a figure, an adverb of a thing done right, a person left out, a
        # time past: no near miss, error or condition.
        ("Ballerina runs almost two hours and stars Keanu Reeves.", "Keanu Reeves"),
        ("Ballerina came close to $100 million and stars Keanu Reeves.", "Keanu Reeves"),
        ("Keanu Reeves correctly predicted that Ballerina would succeed.", "Keanu Reeves"),
        ("Ballerina, once a spin-off, stars Keanu Reeves.", "Keanu Reeves"),
        ("Ballerina stars Keanu Reeves; Ian McShane is absent.", "Keanu Reeves"),
        # A report confirmed, a joke denied: nothing called false, no joke.
        ("Ballerina stars Keanu Reeves, a report Lionsgate confirmed.", "Keanu Reeves"),
        ("Rumors that Ballerina stars Keanu Reeves were quickly confirmed.", "Keanu Reeves"),
        ("Ana de Armas assumed the role; Ballerina stars Keanu Reeves.", "Keanu Reeves"),
        ("The plot may confuse newcomers, but Ballerina stars Keanu Reeves.", "Keanu Reeves"),
        ("Ballerina stars Keanu Reeves, a figure Lionsgate confirmed.", "Keanu Reeves"),
        ("No kidding: Ballerina stars Keanu Reeves.", "Keanu Reeves"),
        ("It is no joke: Ballerina stars Keanu Reeves.", "Keanu Reeves"),
        ("Ballerina stars Keanu Reeves, said Wiseman.", "Keanu Reeves"),
        # A tease that hints at what is coming is no joke.
        ("Wiseman teased that Ballerina stars Keanu Reeves.", "Keanu Reeves"),
        ("The synopsis, only teasing that Ballerina stars Keanu Reeves, is short.", "Keanu Reeves"),
        # A dispute as a noun disputes nothing of the quote.
        ("A pay dispute that stalled Ballerina ended; it stars Keanu Reeves.", "Keanu Reeves"),
        ("The disputes that slowed Ballerina ended; it stars Keanu Reeves.", "Keanu Reeves"),
        # A verb of denial with no report as its object denies nothing of the film.
        ("Keanu Reeves played down his role in Ballerina.", "Keanu Reeves"),
        ("Lionsgate pushed back Ballerina, which stars Keanu Reeves.", "Keanu Reeves"),
        ("Ballerina stars Keanu Reeves, who laughed off the stunt.", "Keanu Reeves"),
        # A verb of claiming with its object claims a thing, no attribution.
        ("Ballerina, starring Keanu Reeves, claimed the top spot.", "Keanu Reeves"),
    ],
)
def test_a_modal_or_a_verb_that_denies_nothing_is_no_counterfactual(text: str, quote: str) -> None:
    claim = _from_text(text, quote, Predicate.CAST_MEMBER, _KEANU)
    assert not [b for b in _rules.quote_breaches(claim, CATALOG) if b.rule == "stated"]


def test_every_shipped_claim_rests_on_a_statement() -> None:
    found = {claim.id: _rules.stated_not_asked(claim, CATALOG) for claim in CATALOG.claims}
    assert {} == _breaches(found)
    denied = {c.id: _rules.stated_not_denied_nor_doubted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(denied)
    replaced = {c.id: _rules.date_not_replaced_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(replaced)
    # Not vacuous: 003-001 names its title in a question heading, and says so in its note.
    assert _rules.stated_not_asked(attrs.evolve(_claim("003-001"), note=None), CATALOG)


@each(
    ("quote", "value", "word"),
    [
        # Reported: a text value dropped the word that makes it false of its subject.
        ("Rooney is an ex-ballerina", "ballerina", "ex"),
        ("Rooney is a former ballerina", "ballerina", "former"),
        ("Rooney is a fake ballerina", "ballerina", "fake"),
        ("Rooney is a would-be assassin", "assassin", "would-be"),
        ("Rooney pretends to be a ballerina", "a ballerina", "pretends to be"),
        ("Rooney quit being a ballerina", "a ballerina", "quit being"),
        ("Rooney quits being a ballerina", "a ballerina", "quits being"),
        # Reported: a past, pretended or hoped-for occupation was read as the occupation.
        ("Rooney used to be a bodyguard", "a bodyguard", "used to be"),
        ("Rooney was once a bodyguard", "a bodyguard", "was once"),
        ("Rooney, a onetime bodyguard, seeks revenge", "bodyguard", "onetime"),
        ("Rooney, an erstwhile bodyguard, seeks revenge", "bodyguard", "erstwhile"),
        ("Rooney is a bodyguard-turned-assassin", "bodyguard", "-turned-"),
        ("Rooney gave up being a bodyguard", "a bodyguard", "gave up being"),
        ("Rooney stopped working as a bodyguard", "a bodyguard", "stopped working as"),
        ("Rooney poses as a bodyguard", "a bodyguard", "poses as"),
        ("Rooney is an aspiring bodyguard", "bodyguard", "aspiring"),
        ("Rooney is a wannabe bodyguard", "bodyguard", "wannabe"),
        ("Rooney is a so-called bodyguard", "bodyguard", "so-called"),
        # Reported: a goal was read as the occupation.
        ("Rooney is training to become an assassin", "an assassin", "training to become"),
        ("Rooney wants to be an assassin", "an assassin", "wants to be"),
        ("Rooney hopes to become an assassin", "an assassin", "hopes to become"),
        ("Rooney is on the way to becoming an assassin", "an assassin", "on the way to becoming"),
        ("Rooney is an assassin in the making", "assassin", "in the making"),
        # Reported: a near miss or a thing not done was cut out of a plot's words.
        ("Rooney almost kills Winston", "Rooney kills Winston", "almost"),
        ("Rooney nearly kills Winston", "Rooney kills Winston", "nearly"),
        ("Rooney refuses to kill Winston", "kill Winston", "refuses to"),
        ("Rooney is unable to kill Winston", "kill Winston", "unable to"),
        # Reported: the side after "-turned-" is the current one, and was refused.
        ("Rooney, a ballerina-turned-assassin, seeks revenge", "ballerina", "-turned-"),
        ("Rooney, a ballerina-turned-assassin, seeks revenge", "assassin", None),
        ("Rooney is a bodyguard-turned-assassin", "assassin", None),
        # Reported: "-turned-" spelled open kept the former thing as the current one.
        ("Rooney is a bodyguard turned assassin", "bodyguard", "turned"),
        ("Rooney, a ballerina turned\nassassin, seeks revenge", "ballerina", "turned"),
        ("Rooney is a bodyguard turned assassin", "assassin", None),
        ("Rooney, a bodyguard, turned 30", "bodyguard", None),
        ("Rooney is a bodyguard turned to crime", "bodyguard", None),
    ],
)
def test_a_text_value_keeps_a_word_that_makes_it_false(
    quote: str, value: str, word: str | None
) -> None:
    claim = _from_text(quote + ".", quote, Predicate.OCCUPATION, Text(text=value))
    if word is None:  # no word makes it false
        assert not [b for b in _rules.quote_breaches(claim, CATALOG) if b.rule == "value negation"]
        return
    (breach,) = [b for b in _rules.quote_breaches(claim, CATALOG) if b.rule == "value negation"]
    assert repr(word) in breach.message
    kept = attrs.evolve(claim, value=Text(text=quote.partition(" is ")[2] or quote))
    assert not [b for b in _rules.quote_breaches(kept, CATALOG) if b.rule == "value negation"]


@each(
    ("text", "quote", "value", "word", "kept"),
    [
        # Reported: a privative form was not read; each gave the genre "horror".
        ("Ballerina is horror-free.", "Ballerina is horror-free", "horror", "-free", "horror-free"),
        ("Ballerina is plot-less.", "Ballerina is plot-less", "plot", "-less", "plot-less"),
        ("It lacks any horror.", "It lacks any horror", "horror", "lacks", "lacks any horror"),
        (
            "Calling Ballerina a horror film would be wrong.",
            "Calling Ballerina a horror film would be wrong",
            "horror",
            "would be wrong",
            "horror film would be wrong",
        ),
        # After the quote in its sentence, and before it.
        ("To call it horror would be wrong.", "horror", "horror", "would be wrong", None),
        ("Calling it horror is a mistake.", "it horror", "horror", "is a mistake", None),
        ("It is wrong to call it horror.", "call it horror", "horror", "is wrong", None),
        # Reported: the rejected side of a contrast other than "rather than" was read as
        # the genre.
        (
            "Ballerina is a thriller as opposed to a horror film.",
            "a thriller as opposed to a horror film",
            "horror",
            "as opposed to",
            None,
        ),
        (
            "Less a horror film than a thriller, it thrills.",
            "Less a horror film than a thriller",
            "horror",
            "less",
            None,
        ),
        ("It is more of a thriller than a horror film.", "horror film", "horror", "more", None),
        # The rejected side of "not X but Y" keeps its "not"; the kept side has none.
        (
            "Ballerina is not a horror film but a thriller.",
            "Ballerina is not a horror film but a thriller",
            "a horror film",
            "not",
            "a thriller",
        ),
        (
            "It was pitched as a horror film, but became a thriller.",
            "It was pitched as a horror film, but became a thriller",
            "horror",
            "pitched as",
            None,
        ),
        # Reported: words that turn away from the genre, set it aside in a contrast or a
        # mistake, or imitate it, were cut out of it.
        ("Ballerina avoids horror tropes.", "avoids horror tropes", "horror", "avoids", None),
        ("Ballerina steers clear of horror.", "horror", "horror", "steers clear of", None),
        ("Ballerina shuns horror.", "Ballerina shuns horror", "horror", "shuns", "shuns horror"),
        ("Ballerina eschews horror.", "horror", "horror", "eschews", None),
        ("Ballerina abandons horror for action.", "horror", "horror", "abandons", None),
        ("Ballerina is devoid of horror.", "horror", "horror", "devoid of", None),
        ("Ballerina is short on horror.", "horror", "horror", "short on", None),
        (
            "Unlike a horror film, Ballerina has no jump scares.",
            "Unlike a horror film",
            "a horror film",
            "unlike",
            "Unlike a horror film",
        ),
        (
            "Ballerina is often mistaken for a horror film.",
            "a horror film",
            "horror",
            "mistaken for",
            None,
        ),
        ("Ballerina is a spoof of horror films.", "horror films", "horror films", "spoof of", None),
        # Reported: the rejected side of "called ..., but it is" and "the opposite of" were
        # read as the genre.
        (
            "Critics called Ballerina a horror film, but it is an action film.",
            "horror film",
            "horror film",
            "called",
            None,
        ),
        (
            "Ballerina was dubbed a horror film, but it is an action film.",
            "horror film",
            "horror film",
            "dubbed",
            None,
        ),
        (
            "Ballerina is the opposite of a horror film.",
            "horror film",
            "horror film",
            "opposite of",
            None,
        ),
        ("Ballerina is far from a horror film.", "horror film", "horror film", "far from", None),
        # Reported: a contrast with no article, what others call it, and how it was sold.
        (
            "Ballerina is more action film than horror film.",
            "horror film",
            "horror film",
            "is more",
            "action film",
        ),
        (
            "Some call Ballerina a horror film; it is an action film.",
            "horror film",
            "horror film",
            "some call",
            "action film",
        ),
        (
            "Ballerina was marketed as a horror film.",
            "horror film",
            "horror film",
            "marketed as",
            None,
        ),
        # Reported: near misses, contrasts, influences and a story moved away were read as
        # the film's own genre or place.
        ("Ballerina is a far cry from a horror film.", "horror film", "horror film",
         "a far cry from", None),
        ("Ballerina is less of a horror film and more of an action film.", "horror film",
         "horror film", "less of a", None),
        ("Ballerina stops short of being a horror film.", "horror film", "horror film",
         "stops short of", None),
        ("Ballerina flirts with being a horror film.", "horror film", "horror film",
         "flirts with", None),
        ("Ballerina borrows from horror films.", "horror films", "horror films",
         "borrows from", None),
        ("Ballerina pays homage to horror films.", "horror films", "horror films",
         "pays homage to", None),
        ("Ballerina moves the story from Budapest to Prague.", "Budapest", "Budapest",
         "moves the story from", None),
        # Reported: a genre the work had before, or only nears or stands against, was read
        # as its genre.
        ("Ballerina began life as a comedy.", "comedy", "comedy", "began life as", None),
        ("Ballerina was conceived as a comedy.", "comedy", "comedy", "conceived as", None),
        ("Ballerina started out as a comedy.", "comedy", "comedy", "started out as", None),
        ("Ballerina was rewritten from a comedy.", "comedy", "comedy", "rewritten from", None),
        ("Ballerina borders on comedy.", "comedy", "comedy", "borders on", None),
        ("Ballerina verges on comedy.", "comedy", "comedy", "verges on", None),
        ("Ballerina is comedy-adjacent.", "comedy", "comedy", "-adjacent", None),
        ("Ballerina is an antidote to comedy.", "comedy", "comedy", "antidote to", None),
        ("Ballerina mocks the comedy genre.", "comedy", "comedy", "mocks", None),
        ("Ballerina is a comedy only in the loosest sense.", "comedy", "comedy",
         "in the loosest sense", None),
        # Reported: a likeness or an aspiration was read as the film's genre.
        ("Ballerina plays like a Western.", "a Western", "a Western", "plays like", None),
        ("Ballerina feels like a horror film.", "horror film", "horror film", "feels like", None),
        ("Ballerina resembles a musical.", "a musical", "a musical", "resembles", None),
        ("Ballerina aspires to be a romance.", "a romance", "a romance", "aspires to be", None),
        ("Ballerina is reminiscent of a heist film.", "heist film", "heist film",
         "reminiscent of", None),
        ("Ballerina evokes a noir.", "a noir", "a noir", "evokes", None),
        ("Ballerina channels a spaghetti western.", "spaghetti western", "spaghetti western",
         "channels", None),
        ("Ballerina owes more to the war film.", "war film", "war film", "owes more to", None),
        ("Ballerina is styled as a documentary.", "a documentary", "a documentary", "styled as",
         None),
        ("Ballerina masquerades as a musical.", "a musical", "a musical", "masquerades as", None),
        # Reported: a verb that forbids, forgets or feigns the value was dropped from it.
        ("Eve is forbidden to avenge her father.", "Eve is forbidden to avenge her father",
         "Eve avenge her father", "forbidden to", None),
        ("Eve is powerless to avenge her father.", "Eve is powerless to avenge her father",
         "Eve avenge her father", "powerless to", None),
        ("Eve forgets to avenge her father.", "Eve forgets to avenge her father",
         "Eve avenge her father", "forgets to", None),
        ("Eve pretends to avenge her father.", "Eve pretends to avenge her father",
         "Eve avenge her father", "pretends to", None),
        # Reported: too much of another thing, none of it, dropping it, nothing shared and a
        # fake were read as the film's own genre.
        ("Ballerina is too bleak to be a comedy.", "a comedy", "a comedy", "too bleak to",
         None),
        ("Ballerina is a thriller, with zero comedy.", "comedy", "comedy", "zero",
         "zero comedy"),
        ("Ballerina ditches comedy.", "comedy", "comedy", "ditches", None),
        ("Ballerina has little in common with a thriller.", "a thriller", "a thriller",
         "little in common with", None),
        ("Ballerina is a pseudo-comedy.", "a pseudo-comedy", "comedy", "pseudo-comedy",
         "a pseudo-comedy"),
        ("Ballerina is a mock comedy.", "a mock comedy", "comedy", "mock comedy",
         "a mock comedy"),
        # Reported: a thing barred, and "too" and a word before "to", were read as done.
        ("Eve is too weak to avenge her father.", "Eve is too weak to avenge her father",
         "Eve avenge her father", "too weak to", None),
        ("Eve is too young to be an assassin.", "Eve is too young to be an assassin",
         "an assassin", "too young to", None),
        ("Eve is barred from avenging her father.", "Eve is barred from avenging her father",
         "Eve avenging her father", "barred from", None),
    ],
)  # fmt: skip
def test_a_text_value_keeps_a_privative_form(
    text: str, quote: str, value: str, word: str, kept: str | None
) -> None:
    claim = _from_text(text, quote, Predicate.GENRE, Text(text=value))
    (breach,) = [b for b in _rules.quote_breaches(claim, CATALOG) if b.rule == "value negation"]
    assert f"leaves out its quote's {word!r}" in breach.message
    noted = attrs.evolve(claim, note=f"{text.rstrip('.')!r}: the genre it is not.")
    assert [] == _rules.value_keeps_its_quotes_negations(noted, CATALOG)
    if kept is not None:
        kept_claim = attrs.evolve(claim, value=Text(text=kept))
        assert [] == _rules.value_keeps_its_quotes_negations(kept_claim, CATALOG)


@each(
    ("text", "quote", "predicate", "value", "said"),
    [
        # Reported: where a film is set was verified as where it was filmed, and the reverse.
        ("Ballerina was filmed in Budapest.", "Ballerina was filmed in Budapest",
         Predicate.NARRATIVE_LOCATION, "Budapest", "'filmed'"),
        ("Ballerina is set in Prague.", "Ballerina is set in Prague",
         Predicate.FILMING_LOCATION, "Prague", "'set in'"),
        ("Ballerina is set in Prague but was filmed in Budapest.", "Prague",
         Predicate.FILMING_LOCATION, "Prague", "'set in'"),
        ("Ballerina is set in Prague but was filmed in Budapest.", "Budapest",
         Predicate.NARRATIVE_LOCATION, "Budapest", "'filmed'"),
        ("Ballerina was filmed in 2022.", "2022", Predicate.SET_IN_PERIOD, "2022", "'filmed'"),
        # In another order: the place before its words, the passive, a noun.
        ("Budapest is where Ballerina was shot.", "Budapest", Predicate.NARRATIVE_LOCATION,
         "Budapest", "'shot'"),
        ("Ballerina's shooting location was Budapest.", "Budapest",
         Predicate.NARRATIVE_LOCATION, "Budapest", "'location'"),
        ("Filmed in Budapest, Ballerina is set in Prague.", "Budapest",
         Predicate.NARRATIVE_LOCATION, "Budapest", "'filmed'"),
        ("Ballerina is a film about Prague.", "Prague", Predicate.FILMING_LOCATION, "Prague",
         "no word"),
        # Bound to the predicate's own words, in any order, the value is the predicate's.
        ("Ballerina is set in Prague but was filmed in Budapest.", "Prague",
         Predicate.NARRATIVE_LOCATION, "Prague", None),
        ("Ballerina is set in Prague but was filmed in Budapest.", "Budapest",
         Predicate.FILMING_LOCATION, "Budapest", None),
        ("Filmed in Budapest, Ballerina is set in Prague.", "Prague",
         Predicate.NARRATIVE_LOCATION, "Prague", None),
        ("Budapest is where Ballerina was shot.", "Budapest", Predicate.FILMING_LOCATION,
         "Budapest", None),
        ("Shooting took place in Prague.", "Prague", Predicate.FILMING_LOCATION, "Prague",
         None),
        ("The story of Ballerina unfolds in 1975.", "1975", Predicate.SET_IN_PERIOD, "1975",
         None),
    ],
)  # fmt: skip
def test_a_text_value_is_bound_to_its_predicates_words(
    text: str, quote: str, predicate: Predicate, value: str, said: str | None
) -> None:
    claim = _from_text(text, quote, predicate, Text(text=value))
    # A note quoting the value's words says why it is the predicate's.
    _refused_unless_noted(
        _rules.text_of_its_predicates_words,
        claim,
        said,
        ("text predicate", "value.text"),
        f"{value!r}: named elsewhere in the text as such.",
    )


@each(
    ("text", "quote", "value", "said"),
    [
        # Reported: the order of a work's release or making was taken as its story's place
        # in the timeline.
        ("Ballerina was released after John Wick 4.", "Ballerina was released after John Wick 4",
         "after John Wick 4", "'released'"),
        ("Ballerina was shot after John Wick 4.", "Ballerina was shot after John Wick 4",
         "after John Wick 4", "'shot'"),
        ("Ballerina was released during John Wick 3's run.",
         "Ballerina was released during John Wick 3", "during John Wick 3", "'released'"),
        ("Ballerina premiered before The Continental.", "Ballerina premiered before",
         "Ballerina premiered before", "'premiered'"),
        ("Ballerina is set to be released after John Wick 4.", "after John Wick 4",
         "after John Wick 4", "'released'"),
        # The story's words, or none, leave the value the story's.
        ("Ballerina is set after John Wick 3.", "Ballerina is set after John Wick 3",
         "after John Wick 3", None),
        ("Ballerina takes place during John Wick 3.", "Ballerina takes place during John Wick 3",
         "during John Wick 3", None),
        ("Released in 2025, Ballerina is set between John Wick 3 and John Wick 4.",
         "between John Wick 3 and John Wick 4", "between John Wick 3 and John Wick 4", None),
        ("Ballerina is its first feature spinoff.", "its first feature spinoff",
         "its first feature spinoff", None),
    ],
)  # fmt: skip
def test_a_chronology_is_the_storys_order(
    text: str, quote: str, value: str, said: str | None
) -> None:
    claim = _from_text(text, quote, Predicate.CHRONOLOGY, Text(text=value))
    _refused_unless_noted(
        _rules.chronology_of_the_story,
        claim,
        said,
        ("text predicate", "value.text"),
        f"{said}: the text says in its next sentence that the story is set so.",
    )


def test_every_shipped_text_value_is_bound_to_its_predicates_words() -> None:
    found = {c.id: _rules.text_of_its_predicates_words(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    chronology = {c.id: _rules.chronology_of_the_story(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(chronology)
    # Not vacuous: the shipped filming locations are read, and each is bound to filming.
    read = [c for c in CATALOG.claims if c.predicate is Predicate.FILMING_LOCATION]
    assert len(read) >= 3
    swapped = [attrs.evolve(c, predicate=Predicate.NARRATIVE_LOCATION, note=None) for c in read]
    assert all(_rules.text_of_its_predicates_words(c, CATALOG) for c in swapped)


@each(
    ("text", "quote", "predicate", "value", "said"),
    [
        # Reported: a text predicate but for places and periods was verified by any sentence
        # holding its value, with no word of its own relation.
        ("Shay Hatten wrote a story.", "a story", Predicate.BASED_ON, "a story", "no word"),
        ("Lance Reddick hosted the late-night show.", "late", Predicate.DECEASED, "late",
         "no word"),
        ("John Wick fights Baba Yaga.", "Baba Yaga", Predicate.OTHER_NAME, "Baba Yaga",
         "no word"),
        ("Peacock announced the film.", "Peacock", Predicate.DISTRIBUTION_FORMAT, "Peacock",
         "no word"),
        ("Is there a sequel?\n\nYes there is.", "Is there a sequel?\n\nYes there is",
         Predicate.TRAILER, "Yes there is", "no word"),
        ("Lionsgate has released nothing official.", "nothing official",
         Predicate.PROMOTIONAL_MATERIAL, "nothing official", "no word"),
        ("Lionsgate still has released nothing official.", "nothing official",
         Predicate.PROMOTIONAL_MATERIAL, "nothing official", "no word"),
        ("Lance Reddick mentioned it in passing.", "in passing", Predicate.DECEASED,
         "in passing", "no word"),
        ("Ballerina is set in a ballet school.", "ballet", Predicate.GENRE, "ballet", "no word"),
        ("South Korean actress Jeon Jong-seo stars.", "South Korean",
         Predicate.COUNTRY_OF_ORIGIN, "South Korean", "said of no work"),
        ("Ballerina is a film about Korea.", "Korea", Predicate.COUNTRY_OF_ORIGIN, "Korea",
         "said of no work"),
        ("Ballerina is a film about dancers.", "dancers", Predicate.COUNTRY_OF_ORIGIN,
         "dancers", "no word"),
        # Written with its predicate's words, in the value or its clause, it is the
        # predicate's.
        ("Ballerina is based on a story by Shay Hatten.", "a story by Shay Hatten",
         Predicate.BASED_ON, "a story by Shay Hatten", None),
        ("The film honours the late Lance Reddick.", "the late Lance Reddick",
         Predicate.DECEASED, "late", None),
        ("Lance Reddick died in March 2023.", "died in March 2023", Predicate.DECEASED,
         "died in March 2023", None),
        ("John Wick, known as Baba Yaga, returns.", "Baba Yaga", Predicate.OTHER_NAME,
         "Baba Yaga", None),
        # Reported: a birth name after "born" was no other name.
        ("John Wick, born Jardani Jovonovich, returns.", "Jardani Jovonovich",
         Predicate.OTHER_NAME, "Jardani Jovonovich", None),
        ("The film is streaming on Peacock.", "on Peacock", Predicate.DISTRIBUTION_FORMAT,
         "on Peacock", None),
        ("Lionsgate released the first teaser today.", "the first teaser", Predicate.TRAILER,
         "the first teaser", None),
        ("Lionsgate has released a poster.", "a poster", Predicate.PROMOTIONAL_MATERIAL,
         "a poster", None),
        ("Ballerina is a neo-noir.", "neo-noir", Predicate.GENRE, "neo-noir", None),
        ("Ballerina is a martial arts film.", "martial arts", Predicate.GENRE, "martial arts",
         None),
        ("Ballerina is a South Korean action film.", "South Korean",
         Predicate.COUNTRY_OF_ORIGIN, "South Korean", None),
        ("Ballerina is a Korean production.", "Korean", Predicate.COUNTRY_OF_ORIGIN, "Korean",
         None),
        ("Ballerina is a film from South Korea.", "South Korea", Predicate.COUNTRY_OF_ORIGIN,
         "South Korea", None),
    ],
)  # fmt: skip
def test_a_text_value_is_written_with_its_predicates_words(
    text: str, quote: str, predicate: Predicate, value: str, said: str | None
) -> None:
    claim = _from_text(text, quote, predicate, Text(text=value))
    # A note quoting the value's words says why it is the predicate's.
    _refused_unless_noted(
        _rules.text_written_with_its_predicates_words,
        claim,
        said,
        ("text predicate", "value.text"),
        f"{value!r}: named elsewhere in the text as such.",
    )


def test_every_shipped_text_value_is_written_with_its_predicates_words() -> None:
    found = {
        c.id: _rules.text_written_with_its_predicates_words(c, CATALOG) for c in CATALOG.claims
    }
    assert {} == _breaches(found)
    # Not vacuous: the shipped genres are read, and each holds a genre's word.
    read = [c for c in CATALOG.claims if c.predicate is Predicate.GENRE]
    assert len(read) >= 10
    swapped = [attrs.evolve(c, predicate=Predicate.COUNTRY_OF_ORIGIN, note=None) for c in read]
    assert all(_rules.text_written_with_its_predicates_words(c, CATALOG) for c in swapped)


@each(
    ("text", "quote", "subject", "value", "said"),
    [
        # Reported: the part an actor plays was verified as the actor's occupation.
        ("Keanu Reeves, 60, plays a hitman.", "plays a hitman", "person/keanu-reeves",
         "hitman", "after 'plays'"),
        ("Lance Reddick plays Charon, the hotel concierge.", "hotel concierge",
         "person/lance-reddick", "hotel concierge", "after 'plays'"),
        ("Lance Reddick's Charon, the hotel concierge, returns.", "hotel concierge",
         "person/lance-reddick", "hotel concierge", "after the character 'Charon'"),
        ("Ana de Armas stars as a ballerina.", "a ballerina", "person/ana-de-armas",
         "ballerina", "after 'stars as'"),
        ("Keanu Reeves returns in the role of a retired hitman.", "retired hitman",
         "person/keanu-reeves", "retired hitman", "after 'role of'"),
        # Reported: a part in a work, the person's possessive, a part made or become, a
        # likeness or a training was verified as the person's occupation.
        ("Ana de Armas is an assassin in Ballerina.", "assassin", "person/ana-de-armas",
         "assassin", "with 'in Ballerina'"),
        ("Ana de Armas's assassin is ferocious.", "assassin", "person/ana-de-armas",
         "assassin", "with \"'s\""),
        ("Ana de Armas makes a convincing assassin.", "assassin", "person/ana-de-armas",
         "assassin", "with 'makes'"),
        ("Ana de Armas becomes a ballerina.", "ballerina", "person/ana-de-armas",
         "ballerina", "with 'becomes'"),
        ("Ana de Armas learned to dance like a ballerina.", "ballerina", "person/ana-de-armas",
         "ballerina", "with 'learned'"),
        ("Ana de Armas studied ballet.", "ballet", "person/ana-de-armas", "ballet",
         "with 'studied'"),
        ("Ana de Armas is the ballerina of the title.", "ballerina", "person/ana-de-armas",
         "ballerina", "with 'of the title'"),
        ("Ana de Armas trained as a ballerina for the role.", "ballerina",
         "person/ana-de-armas", "ballerina", "with 'for the role'"),
        ("Ana de Armas is a Cuban actress.", "actress", "person/ana-de-armas", "actress",
         None),
        # The character's occupation, the person's own work, and a word naming the player.
        ("Lance Reddick plays Charon, the hotel concierge.", "hotel concierge",
         "character/charon", "hotel concierge", None),
        ("Keanu Reeves, 60, works as an actor.", "actor", "person/keanu-reeves", "actor",
         None),
        ("Rooney is played by professional ballet dancer Unity Phelan.",
         "professional ballet dancer", "person/unity-phelan", "professional ballet dancer",
         None),
        ("Keanu Reeves, a former hockey player, plays John Wick.", "former hockey player",
         "person/keanu-reeves", "former hockey player", None),
    ],
)  # fmt: skip
def test_an_occupation_is_no_part_the_person_plays(
    text: str, quote: str, subject: str, value: str, said: str | None
) -> None:
    claim = attrs.evolve(
        _from_text(text, quote, Predicate.OCCUPATION, Text(text=value)), subject=subject
    )
    _refused_unless_noted(
        _rules.occupation_not_a_played_part,
        claim,
        said,
        ("played part", "value.text"),
        f"{value!r}: the person's own work, said elsewhere.",
    )


@each(
    ("text", "said"),
    [
        # Reported: the object or agent of another's verb was read as the occupation.
        ("Rooney is a ballerina who hunts an assassin.", "after 'hunts'"),
        ("Rooney is a ballerina who is hunted by an assassin.", "after 'by'"),
        ("Rooney is an assassin.", None),
        ("Rooney becomes an assassin.", None),
        # Reported: the occupation of a noun the subject's possessive owns.
        ("Rooney's sister, an assassin, returns.", 'after "\'s sister"'),
        ("Rooney's mother's job is an assassin.", "after \"'s mother's\""),
        ("Rooney's real job is an assassin.", None),
        ("Rooney, an assassin, returns.", None),
    ],
)
def test_an_occupation_is_no_object_of_anothers_verb(text: str, said: str | None) -> None:
    claim = attrs.evolve(
        _from_text(text, "an assassin", Predicate.OCCUPATION, Text(text="assassin")),
        subject="character/rooney",
    )
    _refused_unless_noted(
        _rules.occupation_not_anothers,
        claim,
        said,
        ("another's occupation", "value.text"),
        "'assassin': the person's own work, said elsewhere.",
    )


@each(
    ("text", "value", "said"),
    [
        # Reported: a disguise, a calling not taken up yet or given up, and another's calling
        # were read as the character's occupation.
        ("Rooney, disguised as a waiter, returns.", "waiter", "disguised as"),
        ("Rooney, undercover as a waiter, returns.", "waiter", "undercover as"),
        ("Rooney works undercover as a waiter.", "waiter", "undercover as"),
        ("Rooney, in the guise of a waiter, returns.", "waiter", "in the guise of"),
        ("Rooney, dressed as a ballerina, returns.", "ballerina", "dressed as"),
        ("Rooney, an assassin in training, returns.", "assassin", "in training"),
        ("Rooney, a budding assassin, returns.", "assassin", "budding"),
        ("Rooney, a future assassin, returns.", "assassin", "future"),
        ("Rooney, a reformed assassin, returns.", "assassin", "reformed"),
        ("Rooney, a lapsed assassin, returns.", "assassin", "lapsed"),
        ("Rooney, who left assassination behind, returns.", "assassination", "behind"),
        ("Rooney was a ballerina as a child.", "ballerina", "as a child"),
        ("Rooney, the target of a hitman, returns.", "hitman", "target of"),
        # Held now, or the words kept in the value: accepted.
        ("Rooney, an assassin, returns.", "assassin", None),
        ("Rooney is a skilled assassin.", "assassin", None),
        ("Rooney, a budding assassin, returns.", "budding assassin", None),
    ],
)
def test_an_occupation_is_one_held_now(text: str, value: str, said: str | None) -> None:
    claim = attrs.evolve(
        _from_text(text, text.rstrip("."), Predicate.OCCUPATION, Text(text=value)),
        subject="character/rooney",
    )
    _refused_unless_noted(
        _rules.occupation_now_held_or_noted,
        claim,
        None if said is None else f"with {said!r}",
        ("occupation not held", "value.text"),
        f"'{said}': her work all the same.",
    )


@each(
    ("text", "value", "said", "status"),
    [
        # Reported: a name the subject gives up, one held before, and the one who dubs the
        # subject were accepted as another name of the subject.
        ("Rooney drops the alias Eve.", "Eve", "drops", None),
        ("Rooney refuses the alias Eve.", "Eve", "refuses", None),
        ("Rooney sheds the name Eve.", "Eve", "sheds", None),
        ("Rooney renounces the name Eve.", "Eve", "renounces", None),
        ("Rooney was formerly known as the Ballerina.", "the Ballerina", "formerly known as",
         Status.SUPERSEDED),
        ("Rooney is dubbed by Jane Doe in the French version.", "Jane Doe", "is dubbed by",
         None),
        # A name the subject goes by: accepted.
        ("Rooney goes by the alias Eve.", "Eve", None, None),
        ("Rooney is dubbed the Ballerina.", "the Ballerina", None, None),
        # Reported: the name of another, unnamed, given to the subject: a noun phrase of
        # another verb, or a noun the subject's possessive owns.
        ("Rooney hunts the assassin known as the Ballerina.", "the Ballerina",
         "hunts the assassin known as", None),
        ("Rooney hunts a killer called the Ballerina.", "the Ballerina",
         "hunts a killer called", None),
        ("Rooney's sister, nicknamed Eve, returns.", "Eve", "'s sister", None),
        ("Rooney's mother's alias is Eve.", "Eve", "'s mother's", None),
        ("Rooney's alias is Eve.", "Eve", None, None),
        ("Rooney's real name is Eve.", "Eve", None, None),
        ("Rooney, known as the Ballerina, returns.", "the Ballerina", None, None),
        ("Rooney uses the alias Eve.", "Eve", None, None),
    ],
)  # fmt: skip
def test_another_name_is_one_the_subject_goes_by(
    text: str, value: str, said: str | None, status: Status | None
) -> None:
    claim = attrs.evolve(
        _from_text(text, text.rstrip("."), Predicate.OTHER_NAME, Text(text=value)),
        subject="character/rooney",
    )
    _refused_unless_noted(
        _rules.other_name_held_or_noted,
        claim,
        None if said is None else f"after {said!r}",
        ("other name not held", "value.text"),
        f"'{said}': she goes by it all the same.",
    )
    if status is not None:
        held = attrs.evolve(claim, qualifiers=Qualifiers(status=status))
        assert [] == _rules.other_name_held_or_noted(held, CATALOG)
        assert [] == _rules.status_backed_by_its_words(held, CATALOG)


def test_every_shipped_occupation_is_no_part_played() -> None:
    found = {c.id: _rules.occupation_not_a_played_part(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    found = {c.id: _rules.occupation_not_anothers(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    found = {c.id: _rules.occupation_now_held_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    found = {c.id: _rules.other_name_held_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)
    # Not vacuous: the occupations of people are read ("portrayed by professional ballet
    # dancer Unity Phelan" names the player, so the occupation is hers).
    people = [c for c in CATALOG.claims_with("occupation") if c.subject.startswith("person/")]
    assert len(people) >= 4


@each(
    ("quote", "amount", "unit", "shown"),
    [
        # Reported: a figure that is one end of a range, or a share of another, passed as
        # an exact amount of its own.
        ("it cost $80-90 million", "90000000", "USD", "$80-90 million"),
        ("it cost between $80 million and $90 million", "80000000", "USD", "between $80 million"),
        ("it cost between $80 million and $90 million", "90000000", "USD", "between $80"),
        ("it cost half of $90 million", "90000000", "USD", "half of $90 million"),
        ("it runs from 80 to 90 minutes", "90", "minute", "from 80 to 90 minutes"),
        # Reported: a share or a multiple through a possessive or "what", a percentage, a
        # rate, a difference, and a range or several figures each written in full.
        ("it earned half of its $90 million budget", "90000000", "USD", "half of its $90 million"),
        ("it earned twice its $90 million budget", "90000000", "USD", "twice its $90 million"),
        ("it earned a third of its $90 million", "90000000", "USD", "third of its $90 million"),
        ("it earned half of what it cost, $90 million", "90000000", "USD", "half of what it"),
        ("it earned 50% of $90 million", "90000000", "USD", "50% of $90 million"),
        ("it earned 10% of its $90 million budget", "90000000", "USD", "10% of its $90"),
        ("it earned three times its $90 million", "90000000", "USD", "times its $90 million"),
        ("it earned $5 million a day", "5000000", "USD", "$5 million a day"),
        ("it earned $5 million per screen", "5000000", "USD", "$5 million per screen"),
        ("it earned $5 million per week", "5000000", "USD", "$5 million per week"),
        ("it earned $50 million more than Chapter 3", "50000000", "USD", "$50 million more"),
        ("it cost $80 million, up from $60 million", "60000000", "USD", "up from $60 million"),
        ("it cost $80 million, down from $90 million", "90000000", "USD", "down from $90"),
        ("it cost $80 million to $90 million", "90000000", "USD", "$80 million to $90 million"),
        ("it cost $80 million-$90 million", "90000000", "USD", "$80 million-$90 million"),
        ("it cost $80 million\u2013$90 million", "90000000", "USD", "$80 million\u2013$90"),
        ("it runs 120 to 130 minutes", "130", "minute", "120 to 130 minutes"),
        ("it runs 120 or 130 minutes", "130", "minute", "120 or 130 minutes"),
        ("it cost $80 million or $90 million", "90000000", "USD", "$80 million or $90 million"),
        ("it cost $80 million or $90 million", "80000000", "USD", "$80 million or $9"),
        # Reported: a total of two works, a missed target and a fraction passed as the
        # work's own exact figure.
        ("it and John Wick 4 grossed a combined $90 million", "90000000", "USD", "combined $90"),
        ("the two grossed $90 million together", "90000000", "USD", "$90 million together"),
        ("it grossed $90 million combined with Chapter 4", "90000000", "USD", "$90 million comb"),
        ("they grossed $90 million between them", "90000000", "USD", "$90 million between"),
        ("it missed its $90 million target", "90000000", "USD", "missed its $90 million"),
        ("it grossed a fraction of $90 million", "90000000", "USD", "fraction of $90 million"),
        # Reported: a difference in other words, or a margin's "by" after any verb, passed
        # as the work's own figure.
        ("it runs 125 minutes, 20 minutes longer than John Wick", "20", "minute",
         "20 minutes longer"),
        ("it runs 20 minutes shorter than John Wick", "20", "minute", "20 minutes shorter"),
        ("it was trimmed by 20 minutes", "20", "minute", "by 20 minutes"),
        ("it outgrossed John Wick by $20 million", "20000000", "USD", "by $20 million"),
        ("it trailed John Wick by nearly $20 million", "20000000", "USD", "by nearly $20 million"),
        ("it beat projections by $5 million", "5000000", "USD", "by $5 million"),
        ("it went $20 million over budget", "20000000", "USD", "$20 million over budget"),
        ("it came in $5 million above its projections", "5000000", "USD", "$5 million above"),
        ("it cost $20 million extra", "20000000", "USD", "$20 million extra"),
        ("it is $20 million ahead of Chapter 4", "20000000", "USD", "$20 million ahead of"),
    ],
)  # fmt: skip
def test_a_figure_that_ends_a_range_or_is_a_share_needs_a_note(
    quote: str, amount: str, unit: str, shown: str
) -> None:
    claim = _figure_claim(quote, amount, unit)
    (breach,) = _rules.bound_read_from_its_quote_or_noted(claim)
    assert (breach.rule, breach.field) == ("figure bound", "value.amount")
    assert f"({shown!r}" in breach.message or shown in breach.message
    noted = attrs.evolve(claim, note="The upper end of the range the text gives.")
    assert [] == _rules.bound_read_from_its_quote_or_noted(noted)
    # An amount of its own, or a figure before "and" that starts no range, needs none.
    alone = _figure_claim("on a budget of $90 million and more", "90000000", "USD")
    assert [] == _rules.bound_read_from_its_quote_or_noted(alone)


@each(
    ("text", "quote", "amount", "words"),
    [
        # Reported: the figure a change is from, or one first set, passed as the budget.
        (
            "Lionsgate cut the budget of Ballerina from $90 million to $80 million.",
            "$90 million",
            "90000000",
            "'cut the budget of Ballerina from' before",
        ),
        (
            "Lionsgate cut the budget of Ballerina from $90 million, citing the strikes.",
            "Lionsgate cut the budget of Ballerina from $90 million",
            "90000000",
            "'cut the budget of Ballerina from' before",
        ),
        (
            "Lionsgate raised the budget of Ballerina to $100 million from $90 million.",
            "$90 million",
            "90000000",
            "from' before",
        ),
        (
            "The budget of Ballerina, once $90 million, is now $100 million.",
            "$90 million",
            "90000000",
            "'once' just before",
        ),
        (
            "The budget of Ballerina was originally $90 million.",
            "The budget of Ballerina was originally $90 million",
            "90000000",
            "'originally' before",
        ),
        (
            "The budget of Ballerina outgrew its planned $90 million.",
            "$90 million",
            "90000000",
            "'planned' just before",
        ),
        (
            "The budget of Ballerina, initially pegged at $90 million, grew.",
            "$90 million",
            "90000000",
            "'initially' before",
        ),
        # Reported: a figure written as an adjective before its noun and a change verb, and
        # "at first" or "as first announced" after a figure, passed as the value stated.
        (
            "Ballerina's 120-minute running time grew to 125 minutes.",
            "Ballerina's 120-minute running time grew to 125 minutes",
            "120 minute",
            "'grew' after",
        ),
        (
            "Ballerina's 135-minute running time was trimmed.",
            "135-minute",
            "135 minute",
            "'was trimmed' after",
        ),
        (
            "Ballerina's 2-hour running time grew to 125 minutes.",
            "2-hour",
            "2 hour",
            "'grew' after",
        ),
        (
            "Ballerina's 120-minute running time, as first announced, grew to 125 minutes.",
            "120-minute",
            "120 minute",
            "'as first announced' just after",
        ),
        (
            "Ballerina's budget was $90 million at first.",
            "Ballerina's budget was $90 million at first",
            "90000000",
            "'at first' just after",
        ),
        (
            "Ballerina's budget, $90 million as first announced, grew.",
            "$90 million as first announced",
            "90000000",
            "'as first announced' just after",
        ),
    ],
)
def test_a_figure_its_sentence_says_was_changed_since_needs_a_note(
    text: str, quote: str, amount: str, words: str
) -> None:
    amount, _, unit = amount.partition(" ")
    figure = _figure_claim(quote, amount, unit or "USD")
    if unit:
        figure = attrs.evolve(figure, predicate=Predicate.DURATION)
    claim, catalog = _read_in(figure, text)
    (breach,) = _rules.bound_read_from_its_quote_or_noted(claim, catalog)
    assert (breach.rule, breach.field) == ("figure bound", "value.amount")
    assert f"{words} the figure, which makes it a value since changed" in breach.message
    noted = _quoted_from(claim, text, note="The budget first set, as the text gives it.")
    assert [] == _rules.bound_read_from_its_quote_or_noted(noted, catalog)


@each(
    ("text", "quote", "amount"),
    [
        # Reported: the figure a change goes to was refused as one end of a range.
        (
            "Lionsgate cut the budget of Ballerina from $90 million to $80 million.",
            "Lionsgate cut the budget of Ballerina from $90 million to $80 million",
            "80000000",
        ),
        (
            "Lionsgate raised the budget of Ballerina to $100 million from $90 million.",
            "$100 million",
            "100000000",
        ),
        ("The budget of Ballerina, once $90 million, is now $100 million.", "$100 million", "1e8"),
        ("Ballerina cost less than its planned $90 million.", "$90 million", "90000000"),
        ("Ballerina's budget is $90 million at last.", "$90 million", "90000000"),
    ],
)
def test_the_figure_a_change_goes_to_is_an_amount_it_states(
    text: str, quote: str, amount: str
) -> None:
    claim, catalog = _read_in(_figure_claim(quote, amount, "USD"), text)
    if "less than" in text:  # a bound's words before "planned": the bound rule's
        bound = Quantity(amount=Decimal(amount), unit="USD", bound=Bound.AT_MOST)
        claim = attrs.evolve(claim, value=bound)
    assert [] == _rules.bound_read_from_its_quote_or_noted(claim, catalog)


@each(
    ("text", "entity", "named"),
    [
        # Reported: a title that is also a common noun, a character's name that is also a
        # role, were read as their names in lowercase: "a ballerina" named Ballerina.
        ("Ana de Armas plays a ballerina", "film/ballerina-2024", False),
        ("Ana de Armas plays in Ballerina", "film/ballerina-2024", True),
        ("Tickets for BALLERINA are on sale", "film/ballerina-2024", True),
        ("She worked in a call centre", "film/the-call", False),
        ("She starred in the call", "film/the-call", False),
        ("She starred in The Call", "film/the-call", True),
        ("She starred in the Call", "film/the-call", True),  # an article in either case
        ("He starred in No Time To Die", "film/no-time-to-die", True),
        ("He has no time to die", "film/no-time-to-die", False),
        ("It is nonstop action", "series/nonstop", False),
        ("Rooney was trained by the director of the film", "character/the-director", False),
        ("Rooney was trained by the Director", "character/the-director", True),
        ("A candle wick burns", "character/john-wick", False),
        ("john wick returns", "character/john-wick", False),
        ("ana de armas returns", "person/ana-de-armas", True),  # a person's name, any case
    ],
)
def test_a_work_or_a_character_is_named_as_a_name_not_as_a_common_noun(
    text: str, entity: str, named: bool
) -> None:
    assert named == _rules.names_entity(text, CATALOG.entity(entity), CATALOG)


@each(
    ("quote", "note", "named"),
    [
        ("Keanu Reeves stars in Ballerina", None, True),
        ("keanu reeves stars in Ballerina", None, True),  # a person's whole name, in any case
        # Reported: one word of a name named the person: a namesake was credited. A family
        # name alone names a person only where the text named them whole before.
        ("Reeves as Wick", None, False),
        ("Ana de Armas stars in Ballerina", None, False),
        ("He returns as Wick", None, False),
        ("He returns as Wick", "'He' = Keanu Reeves, named in the sentence before.", True),
        ("He returns as Wick", "'He' is the star of the first film.", False),
        ("reeves in a pond", None, False),  # a word of the name, not as the name writes it
        ("Reevesson stars", None, False),  # inside a longer word
        # Reported: a person named only as another's possessor given that other's credit.
        ("Keanu Reeves's brother stars in Ballerina", None, False),
        ("The wife of Keanu Reeves stars in Ballerina", None, False),
        ("Reeves' longtime publicist appears in Ballerina", None, False),
        ("Keanu Reeves's brother stars in Ballerina", "Keanu Reeves plays the brother.", True),
        ("Keanu Reeves's character John Wick returns", None, True),  # his own part
        ("Keanu Reeves's brother and Keanu Reeves star", None, True),  # named as himself too
        # Reported: a namesake, one word of the name inside a longer one, named the person.
        ("Reeves Smith stars in Ballerina", None, False),
        ("Keanu Reeves's son Morgan Reeves stars in Ballerina", None, False),
        # Reported: "whose" and a relative gave the relative's credit to the person.
        ("Keanu Reeves, whose daughter stars in Ballerina", None, False),
        ("Keanu Reeves, whose father was Hawaiian, stars in Ballerina", None, True),
        # Reported: a person named only as the possessor of any noun, after "of" a noun, or
        # as a noun's modifier was given what the sentence says of that noun.
        ("Keanu Reeves's motorcycle appears in Ballerina", None, False),
        ("Keanu Reeves's name appears in Ballerina", None, False),
        ("A Keanu Reeves poster appears in Ballerina", None, False),
        ("A photo of Keanu Reeves appears in Ballerina", None, False),
        ("Keanu Reeves's motorcycle appears in Ballerina", "Keanu Reeves rides it.", True),
        ("Keanu Reeves's performance in Ballerina", None, True),  # the credit's own word
        ("A Keanu Reeves cameo appears in Ballerina", None, True),
        # Reported: a likeness was read as the person's own presence.
        ("Keanu Reeves's likeness appears in Ballerina", None, False),
        ("Keanu Reeves\u2019s likeness appears in Ballerina", None, False),
        ("Keanu Reeves' likeness appears in Ballerina", None, False),
        ("Keanu Reeves's likeness appears in Ballerina", "Keanu Reeves plays himself.", True),
    ],
)
def test_an_entity_value_is_named_by_its_quote_or_its_note(
    quote: str, note: str | None, named: bool
) -> None:
    # Reported: Keanu Reeves verified as a cast member from "Ana de Armas stars in
    # Ballerina": the entity was never compared with the quote.
    breaches = _rules.entities_named_by_the_quote_or_noted(_credit(quote, note=note), CATALOG)
    assert named == (breaches == [])
    assert all(b.rule == "entity named" and b.field == "value.id" for b in breaches)


@each(
    ("text", "quote", "person", "character", "named"),
    [
        # Reported: one word of a name named the person or character: a namesake verified.
        ("Lance Henriksen stars.", "Lance Henriksen stars", "lance-reddick", None, False),
        ("Chad Smith directed it.", "Chad Smith directed it", "chad-stahelski", None, False),
        ("Gabriel Macht stars.", "Gabriel Macht stars", "gabriel-byrne", None, False),
        ("Ana Ortiz stars.", "Ana Ortiz stars", "ana-de-armas", None, False),
        ("Park Chan-wook stars.", "Park Chan-wook stars", "park-yu-rim", None, False),
        ("Chad Stahelski is back. Chad watched.", "Chad watched", "chad-stahelski", None, False),
        ("Reeves stars.", "Reeves stars", "keanu-reeves", None, False),  # never named whole
        ("Gabriel Byrne plays Winston Churchill.", "Winston Churchill", "", "winston-scott", False),
        ("Keanu Reeves plays Mrs. Helen Smith.", "Mrs. Helen Smith", "", "helen", False),
        # A family name alone, the text having named the person whole before.
        ("Keanu Reeves is back. Reeves stars.", "Reeves stars", "keanu-reeves", None, True),
        ("Ana de Armas is back. De Armas stars.", "De Armas stars", "ana-de-armas", None, True),
        ("Gabriel Byrne plays Winston.", "Winston", "", "winston-scott", True),
        ("Keanu Reeves plays Mrs. Helen.", "Mrs. Helen", "", "helen", True),
    ],
)
def test_a_person_or_character_is_named_whole_or_by_family_name(
    text: str, quote: str, person: str, character: str | None, named: bool
) -> None:
    claim = _credit(quote, person=f"person/{person or 'keanu-reeves'}")
    if character is not None:
        claim = attrs.evolve(claim, qualifiers=Qualifiers(character=f"character/{character}"))
    breaches = _rules.entities_named_by_the_quote_or_noted(_quoted_from(claim, text), CATALOG)
    field = "value.id" if character is None else "qualifiers.character"
    assert named == all(breach.field != field for breach in breaches)


def test_a_character_is_named_by_its_quote_or_its_note() -> None:
    claim = attrs.evolve(
        _credit("Keanu Reeves returns"), qualifiers=Qualifiers(character="character/john-wick")
    )
    (breach,) = _rules.entities_named_by_the_quote_or_noted(claim, CATALOG)
    assert "qualifiers.character" == breach.field
    noted = attrs.evolve(claim, note="He returns as John Wick, the sentence before says.")
    assert [] == _rules.entities_named_by_the_quote_or_noted(noted, CATALOG)


@each(
    ("subject", "quote", "note", "named"),
    [
        # Reported: Ian McShane's date of death verified from Lance Reddick's.
        ("person/ian-mcshane", "Lance Reddick, who passed away in March 2023", None, False),
        ("person/lance-reddick", "Lance Reddick, who passed away in March 2023", None, True),
        ("person/ian-mcshane", "Lance Reddick, who passed away in March 2023", "Ian McShane", True),
        ("person/ian-mcshane", "He passed away in March 2023", None, True),  # no other named
        ("film/ballerina-2024", "John Wick: Chapter 4 opened in March 2023", None, True),  # works
        # Reported: a date of another person the sentence names after the subject was taken
        # as the subject's.
        (
            "person/keanu-reeves",
            "Keanu Reeves paid tribute to Lance Reddick, who died in March 2023",
            None,
            False,
        ),
        (
            "person/keanu-reeves",
            "Keanu Reeves paid tribute to Lance Reddick, who died in March 2023",
            "Keanu Reeves",
            True,
        ),
        (
            "person/keanu-reeves",
            "Keanu Reeves, whose co-star died in March 2023, paid tribute",
            None,
            False,
        ),
        (
            "person/lance-reddick",
            "Lance Reddick, whose films include many, died in March 2023",
            None,
            True,
        ),
        (
            "person/lance-reddick",
            "Keanu Reeves mourned Lance Reddick, who died in March 2023",
            None,
            True,
        ),
        # Reported: a namesake's death, work and job were the catalog person's.
        ("person/lance-reddick", "Lance Henriksen died on March 17, 2023", None, False),
        ("person/ana-de-armas", "Ana Ortiz is best known for Blonde", None, False),
        ("person/chad-stahelski", "Chad Smith is a stuntman", None, False),
    ],
)
def test_a_sentence_naming_another_person_names_the_subject_person_or_is_noted(
    subject: str, quote: str, note: str | None, named: bool
) -> None:
    claim = attrs.evolve(
        _date_claim(quote, "2023-03"), subject=subject, predicate=Predicate.RELEASE_DATE
    )
    if subject.startswith("person/"):
        claim = attrs.evolve(claim, predicate=Predicate.DATE_OF_DEATH)
    claim = attrs.evolve(claim, note=None if note is None else f"It is about {note}.")
    breaches = [
        b
        for b in _rules.entities_named_by_the_quote_or_noted(claim, CATALOG)
        if b.field == "subject"
    ]
    assert named == (breaches == [])


@each(
    ("subject", "predicate", "value", "quote", "of"),
    [
        # Reported: another's death, in a relative clause or a word before their name or
        # word, was taken as the subject person's.
        (
            "person/keanu-reeves",
            Predicate.DATE_OF_DEATH,
            DateValue(date=PartialDate.parse("2023-03")),
            "Keanu Reeves mourned his co-star, who died in March 2023",
            "'his co-star, who'",
        ),
        (
            "person/keanu-reeves",
            Predicate.DATE_OF_DEATH,
            DateValue(date=PartialDate.parse("2023-03")),
            "Keanu Reeves mourned the actor who died in March 2023",
            "'the actor who'",
        ),
        (
            "person/keanu-reeves",
            Predicate.DECEASED,
            Text(text="late"),
            "Keanu Reeves paid tribute to the late Lance Reddick",
            "'late' of person/lance-reddick",
        ),
        (
            "person/keanu-reeves",
            Predicate.DECEASED,
            Text(text="late"),
            "Keanu Reeves mourned his late co-star",
            "'late' of 'his co-star'",
        ),
        # Reported: the subject named only as the possessor of whom the clause speaks of.
        (
            "person/lance-reddick",
            Predicate.DATE_OF_DEATH,
            DateValue(date=PartialDate.parse("2023-03")),
            "Reddick's father died in March 2023",
            "possessor of 'father'",
        ),
        (
            "person/ian-mcshane",
            Predicate.DATE_OF_DEATH,
            DateValue(date=PartialDate.parse("2023-03")),
            "The wife of Ian McShane died in March 2023",
            "possessor of 'wife'",
        ),
        (
            "person/ian-mcshane",
            Predicate.DATE_OF_DEATH,
            DateValue(date=PartialDate.parse("2023-03")),
            "Ian McShane\u2019s dog died in March 2023",
            "possessor of 'dog'",
        ),
        (
            "person/lance-reddick",
            Predicate.DATE_OF_DEATH,
            DateValue(date=PartialDate.parse("2023-03")),
            "Lance Reddick's character Charon died in March 2023",
            "possessor of 'character'",
        ),
        (
            "person/ian-mcshane",
            Predicate.OCCUPATION,
            Text(text="hitman"),
            "Ian McShane's brother is a hitman",
            "possessor of 'brother'",
        ),
        # Reported: a spouse named by the link's own noun after the subject's possessive was
        # read as the possessor's husband's or wife's, not the subject's link; a word between
        # ("first husband") may be a marriage since ended, and is read as before.
        (
            "person/ana-de-armas",
            Predicate.SPOUSE,
            EntityRef(id="person/keanu-reeves"),
            "Ana de Armas's husband Keanu Reeves visited the set",
            None,
        ),
        (
            "person/ana-de-armas",
            Predicate.SPOUSE,
            EntityRef(id="person/keanu-reeves"),
            "Ana de Armas\u2019s wife, Keanu Reeves, visited the set",
            None,
        ),
        (
            "person/ana-de-armas",
            Predicate.SPOUSE,
            EntityRef(id="person/keanu-reeves"),
            "Ana de Armas's first husband, Keanu Reeves, visited the set",
            "possessor of 'husband'",
        ),
        (
            "person/ana-de-armas",
            Predicate.SPOUSE,
            EntityRef(id="person/keanu-reeves"),
            "Ana de Armas's husband visited Keanu Reeves",
            "possessor of 'husband'",
        ),
        # Reported: the partner named first, the possessor's spouse noun after, was refused.
        *(
            (
                "person/ana-de-armas",
                Predicate.SPOUSE,
                EntityRef(id="person/keanu-reeves"),
                quote,
                None,
            )
            for quote in (
                "Ana de Armas is Keanu Reeves's wife",
                "Ana de Armas is the wife of Keanu Reeves",
                "Ana de Armas, Keanu Reeves's wife, attended",
            )
        ),
        # Reported: a relative's occupation, or the value's own possession, was the
        # subject's occupation.
        (
            "person/ana-de-armas",
            Predicate.OCCUPATION,
            Text(text="teacher"),
            "Ana de Armas, whose father was a teacher",
            "'whose father'",
        ),
        (
            "person/ana-de-armas",
            Predicate.OCCUPATION,
            Text(text="teacher"),
            "Ana de Armas, the daughter of a teacher",
            "'daughter of a'",
        ),
        (
            "character/rooney",
            Predicate.OCCUPATION,
            Text(text="assassin"),
            "Rooney, whose mother was an assassin",
            "'whose mother'",
        ),
        (
            "character/rooney",
            Predicate.OCCUPATION,
            Text(text="assassin"),
            "Rooney, an assassin's daughter",
            '"\'s daughter"',
        ),
        (
            "character/rooney",
            Predicate.OCCUPATION,
            Text(text="assassin"),
            "Rooney, the assassin's target",
            '"\'s target"',
        ),
        (
            "person/ana-de-armas",
            Predicate.OCCUPATION,
            Text(text="actress"),
            "Ana de Armas, an actress",
            None,
        ),
        # The subject's own: a relative clause of their name, a word before it.
        (
            "person/lance-reddick",
            Predicate.DATE_OF_DEATH,
            DateValue(date=PartialDate.parse("2023-03")),
            "Lance Reddick, who died in March 2023",
            None,
        ),
        (
            "person/lance-reddick",
            Predicate.DECEASED,
            Text(text="late"),
            "Keanu Reeves paid tribute to the late Lance Reddick",
            None,
        ),
    ],
)
def test_a_death_of_another_person_is_not_the_subjects(
    subject: str, predicate: Predicate, value: Any, quote: str, of: str | None
) -> None:
    claim = attrs.evolve(
        _date_claim(quote, "2023-03"), subject=subject, predicate=predicate, value=value
    )
    found = _rules.entities_named_by_the_quote_or_noted(claim, CATALOG)
    if of is None:
        assert [] == found
    else:
        (breach,) = found
        assert (breach.rule, breach.field) == ("entity named", "subject")
        assert of in breach.message
        assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note=f"It is about {CATALOG.entity(subject).names[0]}.")
    assert [] == _rules.entities_named_by_the_quote_or_noted(noted, CATALOG)


_MCSHANE = "person/ian-mcshane"
_DIES = Text(text="dies")
_ON_MARCH_17 = DateValue(date=PartialDate.parse("2025-03-17"))


@each(
    ("subject", "value", "quote", "said"),
    [
        # Reported: a death its sentence binds to a part the person plays was taken as the
        # person's own.
        (_MCSHANE, _DIES, "Ian McShane plays Winston, who dies in the film", "plays Winston, who"),
        (_REDDICK, _DIES, "Lance Reddick's Charon dies in John Wick: Chapter 4",
         "Reddick's Charon dies"),
        (_MCSHANE, _DIES, "Ian McShane, as Winston, dies", "as Winston, dies"),
        (_MCSHANE, _DIES, "Ian McShane dies in Ballerina", "dies in Ballerina"),
        (_MCSHANE, Text(text="killed"), "Ian McShane was killed off in Ballerina", "killed off"),
        (_MCSHANE, Text(text="dead"), "Ian McShane plays a dead man", "plays a dead"),
        (_MCSHANE, Text(text="died"), "Ian McShane died in the role of Winston",
         "died in the role of"),
        (_MCSHANE, _DIES, "Ian McShane dies at the end of the sequel",
         "dies at the end of the sequel"),
        (_MCSHANE, _ON_MARCH_17, "Ian McShane dies in Ballerina on March 17, 2025",
         "dies in Ballerina"),
        # The person's own death: accepted.
        (_REDDICK, Text(text="died"), "Lance Reddick, who played Charon, died in March 2023",
         None),
        (_REDDICK, Text(text="late"), "the late Lance Reddick (Bosch) as Charon", None),
        (_REDDICK, Text(text="died"), "The Wire's Lance Reddick died in Studio City", None),
        (_REDDICK, _ON_MARCH_17, "Lance Reddick died on March 17, 2023", None),
    ],
)  # fmt: skip
def test_a_death_of_a_part_the_person_plays_is_not_theirs(
    subject: str, value: Any, quote: str, said: str | None
) -> None:
    predicate = Predicate.DATE_OF_DEATH if isinstance(value, DateValue) else Predicate.DECEASED
    claim = attrs.evolve(
        _date_claim(quote, "2023-03"), subject=subject, predicate=predicate, value=value
    )
    found = _rules.death_not_a_characters(claim, CATALOG)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert (breach.rule, breach.field) == ("predicate meaning", "predicate")
    assert said in breach.message
    assert breach in _rules.quote_breaches(claim, CATALOG)
    noted = attrs.evolve(claim, note="The obituary: 'he died at home on March 17'.")
    assert [] == _rules.death_not_a_characters(noted, CATALOG)


@each(
    ("quote", "named"),
    [
        # Reported: another person's work taken as the subject's.
        ("Keanu Reeves praised Ana de Armas for Knives Out", False),
        ("Keanu Reeves starred in Knives Out, Ana de Armas says", True),
    ],
)
def test_a_work_written_after_another_persons_name_is_noted(quote: str, named: bool) -> None:
    claim = attrs.evolve(
        _credit(quote, subject="person/keanu-reeves", person="film/knives-out"),
        predicate=Predicate.NOTABLE_WORK,
    )
    breaches = _rules.entities_named_by_the_quote_or_noted(claim, CATALOG)
    assert named == (breaches == [])
    noted = attrs.evolve(claim, note="Keanu Reeves is the one the text praises for it.")
    assert [] == _rules.entities_named_by_the_quote_or_noted(noted, CATALOG)


def test_a_word_other_names_share_names_no_one_of_them() -> None:
    # "Wick" is a word of a film, a franchise, a character and more: it names none of them.
    # Nor does one word of a work's name name the work ("John Wick: Ballerina").
    ballerina = CATALOG.entity("film/ballerina-2024")
    assert not _rules.names_entity("Keanu Reeves as Wick himself", ballerina)
    assert not _rules.names_entity("Keanu Reeves as Wick himself", ballerina, CATALOG)
    reeves = CATALOG.entity("person/keanu-reeves")
    assert _rules.names_entity("Reeves as Wick", reeves, CATALOG, before="Keanu Reeves is back. ")


@each(
    ("text", "quote", "said"),
    [
        # Reported: a quote cut inside a number or a name stated what its text does not.
        ("The film runs 125 minutes.", "25 minutes", "starts inside '125'"),
        ("It made 190 million dollars.", "90 million dollars", "starts inside '190'"),
        ("The film cost $90 million.", "The film cost $9", "ends inside '$90'"),
        ("Directed by Glen Wiseman.", "len Wiseman", "starts inside 'Glen'"),
        ("Directed by Len Wisemann.", "Directed by Len Wiseman", "ends inside 'Wisemann.'"),
        ("The film runs 125 minutes.", "125 minutes", None),
        ("Directed by Len Wiseman.", "Len Wiseman", None),
    ],
)
def test_a_quote_starts_and_ends_at_the_edges_of_words(
    text: str, quote: str, said: str | None
) -> None:
    claim = _quoted_from(_plot(quote, quote), text)
    breaches = _rules.quote_at_word_edges(claim)
    assert [] == breaches if said is None else said in breaches[0].message
    if said is not None:
        assert breaches[0] in _rules.quote_breaches(claim, CATALOG)


@each(
    ("quote", "person", "refused"),
    [
        # Reported: who a credit takes over from, or stands in for, was taken for the credit.
        (
            "Len Wiseman is taking over the directing duties from Chad Stahelski",
            "person/chad-stahelski",
            True,
        ),
        ("Ana de Armas replaced Keanu Reeves in Ballerina", "person/keanu-reeves", True),
        ("De Armas will step in for Unity Phelan in Ballerina", "person/unity-phelan", True),
        ("Keanu Reeves lost the role to Ana de Armas", "person/keanu-reeves", True),
        ("Ana de Armas succeeds Unity Phelan as Rooney in Ballerina", "person/unity-phelan", True),
        ("Ana de Armas supplanted Unity Phelan in Ballerina", "person/unity-phelan", True),
        # Reported: the one a successor follows in a post was given the post.
        ("Len Wiseman follows Chad Stahelski as director of Ballerina", _STAHELSKI, True),
        ("Len Wiseman followed Chad Stahelski as the director of Ballerina", _STAHELSKI, True),
        ("Ballerina follows Ana de Armas as Rooney", "person/ana-de-armas", False),
        (
            "Ana de Armas edged out Unity Phelan for the lead in Ballerina",
            "person/unity-phelan",
            True,
        ),
        # Reported: "but", "save" and "aside" leave the person out.
        ("The whole cast but Keanu Reeves returns", "person/keanu-reeves", True),
        ("Keanu Reeves aside, the cast returns", "person/keanu-reeves", True),
        ("Everyone returns, save Keanu Reeves", "person/keanu-reeves", True),
        # The one who takes over keeps the credit.
        ("Ana de Armas replaced Keanu Reeves in Ballerina", "person/ana-de-armas", False),
        ("De Armas will step in for Unity Phelan in Ballerina", "person/ana-de-armas", False),
    ],
)
def test_who_a_credit_takes_over_from_or_leaves_out_is_no_credit(
    quote: str, person: str, refused: bool
) -> None:
    claim = _credit(quote, person=person)
    breaches = _rules.entity_value_keeps_its_quotes_negations(claim, CATALOG)
    assert refused == (breaches != [])


def test_who_a_post_passes_from_is_no_holder_of_it() -> None:
    # Reported: "Rooney succeeded the Director as head of the Ruska Roma" gave the post to
    # the Director: "the Director" mid-sentence is read as the name "The Director".
    text = "Rooney succeeded the Director as head of the Ruska Roma."
    claim, catalog = _read_in(
        _linked(text, "director_manager", "org/ruska-roma", "character/the-director"), text
    )
    (breach,) = _rules.entity_value_keeps_its_quotes_negations(claim, catalog)
    assert "'succeeded'" in breach.message


@each("quote", ["opened everywhere but the US", "opened everywhere bar the US"])
def test_but_and_bar_leave_a_region_out(quote: str) -> None:
    claim = attrs.evolve(
        _date_claim("opened everywhere", "2024"), qualifiers=Qualifiers(region="US")
    )
    claim = attrs.evolve(claim, evidence=Evidence.locate(quote + " in 2024.", quote + " in 2024"))
    assert _rules.region_written_by_its_quote_or_noted(claim, CATALOG)


@each(
    ("date", "note"),
    [("2024-06-07", "The source is British: 7 June 2024."), ("2024-07-06", "US: July 6, 2024.")],
)
def test_a_date_read_both_ways_is_the_one_its_note_writes(date: str, note: str) -> None:
    # Reported: a numeric date that reads as a day of either month verified both days.
    claim = _date_claim("Ballerina was released on 7/6/2024", date)
    (breach,) = _rules.dated_by_its_quote_or_noted(claim, CATALOG)
    assert "'7/6/2024', which reads as a day of either month" in breach.message
    assert [] == _rules.dated_by_its_quote_or_noted(attrs.evolve(claim, note=note), CATALOG)


@each(
    ("quote", "amount", "unit", "note", "written"),
    [
        ("The film cost $90 million to make", "190000000", "USD", "Read as $190 million.",
         "the amount 90,000,000 in USD"),
        ("The film cost $90 million to make", "90000000", "EUR", "In EUR.", "90,000,000 in USD"),
        ("Ballerina runs 125 minutes", "145", "minute", "145 minutes with credits.",
         "'125 minutes'"),
    ],
)  # fmt: skip
def test_a_note_gives_no_other_figure_than_its_quote_writes(
    quote: str, amount: str, unit: str, note: str, written: str
) -> None:
    # Reported: a note writing the claimed figure excused one the quote contradicts.
    claim = _figure_claim(quote, amount, unit, note=note)
    (breach,) = _rules.quantity_written_by_its_quote_or_noted(claim, CATALOG)
    assert f"it writes {written}, and a note adds what a quote leaves out" in breach.message


@each(
    "quote",
    [
        "Ballerina premieres in theaters on June 6, 2025",
        "Ballerina debuts in theaters on June 6, 2025",
        "Ballerina is released in theaters on June 6, 2025",
        "Ballerina comes out on June 6, 2025",
    ],
)
def test_a_release_in_the_present_tense_backs_scheduled(quote: str) -> None:
    # Reported: a future date in the present tense could not carry `scheduled`.
    assert [] == _rules.status_backed_by_its_words(_with(quote, Status.SCHEDULED), CATALOG)


@each(
    "quote",
    [
        "Lionsgate confirmed Ballerina would hit theaters on June 6, 2025",
        "Lionsgate said Ballerina would be released on June 6, 2025",
        "Lionsgate has set Ballerina for June 6, 2025",
        "The studios had set Ballerina for June 6, 2025",
    ],
)
def test_a_release_set_or_foretold_in_a_report_backs_scheduled(quote: str) -> None:
    # Reported: a date someone has set, or a release a report says would come, could not
    # carry `scheduled`.
    assert [] == _rules.status_backed_by_its_words(_with(quote, Status.SCHEDULED), CATALOG)
    assert [] == _rules.date_of_its_predicates_event(_with(quote, Status.SCHEDULED), CATALOG)


def _linked(
    text: str, predicate: str, subject: str, value: str | DateValue | Quantity | Text
) -> Claim:
    """A claim of ``predicate`` from ``subject`` to ``value`` (an entity's id, or a date, a
    figure or a text), quoting ``text``'s sentence but its full stop."""
    quote = text.rstrip(".")
    return attrs.evolve(
        CATALOG.claims[0],
        id="x-1",
        subject=subject,
        predicate=Predicate(predicate),
        value=EntityRef(id=value) if isinstance(value, str) else value,
        qualifiers=Qualifiers(),
        evidence=Evidence.locate(text, quote),
        note=None,
    )


def _quoted_in(
    text: str, quote: str, predicate: str, subject: str, value: str | DateValue | Quantity | Text
) -> tuple[Claim, _rules.Catalog]:
    """A claim of ``predicate`` from ``subject`` to ``value`` quoting ``quote`` of ``text``,
    and a catalog that holds ``text`` as its text."""
    claim = _linked(text, predicate, subject, value)
    return _read_in(attrs.evolve(claim, evidence=Evidence.locate(text, quote)), text)


_BALLERINA = "film/ballerina-2024"


@each(
    ("text", "predicate", "subject", "value", "word"),
    [
        # Reported: a credit whose object is another film ("directed Sinners") and a verb
        # of no credit before the work ("loved Ballerina") was read as the credit.
        (
            "Chad Stahelski directed Sinners and loved Ballerina.",
            "director", _BALLERINA, "person/chad-stahelski", "Sinners",
        ),
        (
            "CHAD STAHELSKI DIRECTED SINNERS AND LOVED BALLERINA.",
            "director", _BALLERINA, "person/chad-stahelski", "SINNERS",
        ),
        # Reported: a role word for another work, in a relative clause.
        (
            "Chad Stahelski, who directed the original, produced Ballerina.",
            "producer", _BALLERINA, "person/chad-stahelski", "original",
        ),
        # Reported: a possessive's noun phrase, whose clause says what it does.
        (
            "John Wick's first appearance in Ballerina comes late.",
            "first_appearance", "character/john-wick", _BALLERINA, "comes",
        ),
        # A speaker between the names; a plan; a thing of the work.
        (
            "Ballerina, Keanu Reeves said, stars Ana de Armas.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "said",
        ),
        (
            "Lionsgate considered distributing Ballerina.",
            "distributor", _BALLERINA, "org/lionsgate", "considered",
        ),
        (
            "Shay Hatten wrote the original script of Ballerina.",
            "screenwriter", _BALLERINA, "person/shay-hatten", "original",
        ),
        (
            "Keanu Reeves stars in the Ballerina dub.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "dub",
        ),
        (
            "Keanu Reeves stars in the Ballerina stage show.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "stage",
        ),
        (
            "Ballerina is distributed by a rival of Lionsgate.",
            "distributor", _BALLERINA, "org/lionsgate", "rival",
        ),
        (
            "Ballerina, like every film Chad Stahelski produced, is violent.",
            "producer", _BALLERINA, "person/chad-stahelski", "like",
        ),
        # Reported: a final or first appearance narrowed by a scope, a genre or a scene.
        (
            "Ballerina is Lance Reddick's final film in the John Wick series.",
            "final_appearance", "person/lance-reddick", _BALLERINA, "John",
        ),
        (
            "Ballerina is Keanu Reeves's final action film.",
            "final_appearance", "person/keanu-reeves", _BALLERINA, "action",
        ),
        (
            "Rooney's first appearance in Ballerina is a flashback.",
            "first_appearance", "character/rooney", _BALLERINA, "flashback",
        ),
        # Reported: a part played, a past job, a frame of another work.
        (
            "Keanu Reeves, the hitman of Ballerina, returns.",
            "occupation", "person/keanu-reeves", Text(text="hitman"), "Ballerina",
        ),
        (
            "Len Wiseman was a prop assistant in the 1990s.",
            "occupation", "person/len-wiseman", Text(text="prop assistant"), "1990s",
        ),
        (
            "In the video game, Keanu Reeves stars in Ballerina.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "video",
        ),
        # Reported: a speaker, a title before a list, another job's title, a name left out.
        (
            "Ballerina was directed by Len Wiseman, Chad Stahelski said.",
            "director", _BALLERINA, "person/chad-stahelski", "said",
        ),
        (
            "Ballerina director Len Wiseman, Chad Stahelski and Keanu Reeves posed for photos.",
            "director", _BALLERINA, "person/keanu-reeves", "Len",
        ),
        (
            "Ballerina casting director Len Wiseman spoke.",
            "director", _BALLERINA, "person/len-wiseman", "casting",
        ),
        (
            "Ballerina stars Ana de Armas, with Gabriel Byrne absent.",
            "cast_member", _BALLERINA, "person/gabriel-byrne", "absent",
        ),
        (
            "Ballerina was a hit with Bridget Moynahan, who stars in Blue Bloods.",
            "cast_member", _BALLERINA, "person/bridget-moynahan", "hit",
        ),
        # Reported: an on-screen death, a stage qualified after a comma, a genre of another
        # noun.
        (
            "In John Wick: Chapter 4, Keanu Reeves dies.",
            "deceased", "person/keanu-reeves", Text(text="dies"), "John",
        ),
        (
            "Ballerina 2 was greenlit, subject to budget approval.",
            "production_status", "film/ballerina-2", Text(text="greenlit"), "subject",
        ),
        (
            "Ballerina is an action film for horror fans.",
            "genre", _BALLERINA, Text(text="horror"), "fans",
        ),
        (
            "Lance Reddick died on March 17, 2023, Ian McShane told Variety.",
            "date_of_death", "person/ian-mcshane", DateValue(date=PartialDate.parse("2023-03-17")),
            "told",
        ),
        # Reported: a thing of the work after a preposition, a final appearance in a set.
        (
            "Keanu Reeves appears in Ballerina ads.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "ads",
        ),
        (
            "Of the John Wick films, Lance Reddick's final appearance is Ballerina.",
            "final_appearance", "person/lance-reddick", _BALLERINA, "John",
        ),
        # Reported: a chart's order read as a sequel's; a figure against another's.
        (
            "Ballerina was followed by Knives Out in second place.",
            "followed_by", _BALLERINA, "film/knives-out", "second",
        ),
        (
            "Ballerina grossed $10 million below John Wick: Chapter 4.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("10000000"), unit="USD"), "below",
        ),
        # A text, a date or a figure is bound so too.
        (
            "Ballerina, Keanu Reeves said, opens on June 6, 2025.",
            "release_date", _BALLERINA, DateValue(date=PartialDate.parse("2025-06-06")), "said",
        ),
        (
            "Ballerina's rival spent $90 million.",
            "cost", _BALLERINA, Quantity(amount=Decimal("90000000"), unit="USD"), "rival",
        ),
        (
            "Rooney, whom nobody would call a dancer, trains.",
            "occupation", "character/rooney", Text(text="dancer"), "whom",
        ),
        # Reported: a date or a figure that the rest of its sentence changes, scopes or
        # attributes; every word after it is read.
        (
            "Ballerina was budgeted at $60 million, though it ended up costing far more.",
            "cost", _BALLERINA, Quantity(amount=Decimal("60000000"), unit="USD"), "though",
        ),
        (
            "Ballerina was budgeted at $60 million; reshoots pushed that to $90 million.",
            "cost", _BALLERINA, Quantity(amount=Decimal("60000000"), unit="USD"), "reshoots",
        ),
        (
            "Ballerina was budgeted at $60 million, a figure that has been questioned.",
            "cost", _BALLERINA, Quantity(amount=Decimal("60000000"), unit="USD"), "figure",
        ),
        (
            "Ballerina grossed $25 million, Variety can reveal.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("25000000"), unit="USD"), "Variety",
        ),
        (
            "Ballerina opened on June 6, 2023, a week after it opened in the UK.",
            "release_date", _BALLERINA, DateValue(date=PartialDate.parse("2023-06-06")), "week",
        ),
        (
            "Ballerina opened on June 6, 2023, with streaming to follow in August.",
            "release_date", _BALLERINA, DateValue(date=PartialDate.parse("2023-06-06")), "follow",
        ),
        (
            "Ballerina opened on June 6, 2023, barring any changes.",
            "release_date", _BALLERINA, DateValue(date=PartialDate.parse("2023-06-06")), "barring",
        ),
        (
            "Ballerina grossed $25 million in 2025 and $30 million in 2026.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("25000000"), unit="USD"), "2025",
        ),
        (
            "Ballerina grossed $25 million in July.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("25000000"), unit="USD"), "July",
        ),
        # Reported: a clause after the names that takes back or narrows the claim.
        (
            "Keanu Reeves appears in Ballerina, though only in archive footage.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "though",
        ),
        (
            "Keanu Reeves appears in Ballerina, at least in the script.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "least",
        ),
        # Reported: what followed an attribution, taking it back, was not read.
        (
            "Keanu Reeves stars in Ballerina, Lionsgate announced, before reversing course.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "before",
        ),
        (
            "Len Wiseman directs Ballerina, Lionsgate said, then deleted the post.",
            "director", _BALLERINA, _WISEMAN, "then",
        ),
        # Reported: a list's last name that opens a clause of its own, a person's name as
        # a kind of person, an organization's as a noun's, a family name alone, a work or
        # a person named by a noun.
        (
            "Ballerina stars Ana de Armas and Norman Reedus was spotted in the audience.",
            "cast_member", _BALLERINA, "person/norman-reedus", "spotted",
        ),
        (
            "Ballerina is directed by Len Wiseman and Chad Stahelski is relieved.",
            "director", _BALLERINA, "person/chad-stahelski", "relieved",
        ),
        (
            "Ballerina stars Ana de Armas, the Keanu Reeves of Cuba.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "the Keanu",
        ),
        (
            "Ballerina is produced by Lionsgate, a Netflix competitor.",
            "production_company", _BALLERINA, "org/netflix", "competitor",
        ),
        (
            "Ballerina stars Ana de Armas ahead of Reedus.",
            "cast_member", _BALLERINA, "person/norman-reedus", "ahead",
        ),
        (
            "The picture stars Ana de Armas ahead of Norman Reedus.",
            "cast_member", _BALLERINA, "person/norman-reedus", "ahead",
        ),
        (
            "The actress is a dancer by John Wick standards.",
            "occupation", "person/ana-de-armas", Text(text="dancer"), "standards",
        ),
        # Reported: a longer title that starts with the subject's name, a work inside a phrase
        # describing another, a genre's word as a noun after a work, a title's verb.
        (
            "Ballerina 2's budget is $100 million.",
            "cost", _BALLERINA, Quantity(amount=Decimal("100000000"), unit="USD"), "Ballerina 2",
        ),
        (
            "Ana de Armas stars in Ballerina 3.",
            "cast_member", _BALLERINA, "person/ana-de-armas", "Ballerina 3",
        ),
        (
            "John Wick: Chapter 4 is a Western.",
            "genre", "film/john-wick", Text(text="Western"), "John Wick: Chapter 4",
        ),
        (
            "The film that beat Ballerina grossed $440 million.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("440000000"), unit="USD"),
            "that beat",
        ),
        (
            "The film before Ballerina was directed by Chad Stahelski.",
            "director", _BALLERINA, "person/chad-stahelski", "before",
        ),
        (
            "Chad Stahelski directed the Ballerina action scenes.",
            "director", _BALLERINA, "person/chad-stahelski", "Ballerina action",
        ),
        (
            "Ballerina axed the title John Wick: Ballerina.",
            "title", _BALLERINA, Text(text="John Wick: Ballerina"), "axed",
        ),
        # Reported: a credit its clause puts in another work, unnamed or unknown.
        (
            "Ballerina stars Ana de Armas; Norman Reedus and Mel Gibson star in rival releases.",
            "cast_member", _BALLERINA, "person/norman-reedus", "in rival releases",
        ),
        (
            "Ballerina stars Ana de Armas, and Norman Reedus stars too, over at Netflix.",
            "cast_member", _BALLERINA, "person/norman-reedus", "over at",
        ),
        # Reported: an aside of a name in brackets or dashes, an undoing relative clause
        # after the value, a frame of a part played.
        (
            "Ballerina stars Keanu Reeves (cut).",
            "cast_member", _BALLERINA, "person/keanu-reeves", "cut",
        ),
        (
            "Ballerina stars Mel Gibson, who has since been replaced.",
            "cast_member", _BALLERINA, "person/mel-gibson", "since",
        ),
        (
            "Ballerina is directed by Len Wiseman, whose job was taken over by Chad Stahelski.",
            "director", _BALLERINA, "person/len-wiseman", "taken over",
        ),
        (
            "As Eve, Ana de Armas is married to Norman Reedus.",
            "spouse", "person/ana-de-armas", "person/norman-reedus", "Eve",
        ),
        (
            "The Bosch actor died on March 17, 2023.",
            "date_of_death", "person/ian-mcshane", DateValue(date=PartialDate.parse("2023-03-17")),
            "Bosch",
        ),
        # Reported: words picking one of the works a name may be, a work named by a
        # description that may be another.
        (
            "Chung-Hyun Lee directed the Ballerina from 2023.",
            "director", _BALLERINA, "person/chung-hyun-lee", "from 2023",
        ),
        (
            "Chung-Hyun Lee directed the first Ballerina.",
            "director", _BALLERINA, "person/chung-hyun-lee", "first",
        ),
        # Reported: an apposition or a relative clause after a shared title picking the
        # other work.
        ("Park Yu-rim stars in Ballerina, the 2023 Netflix film.", "cast_member", _BALLERINA,
         "person/park-yu-rim", "2023"),
        ("Park Yu-rim stars in Ballerina, Chung-Hyun Lee's revenge thriller.", "cast_member",
         _BALLERINA, "person/park-yu-rim", "Chung-Hyun Lee"),
        ("Park Yu-rim stars in Ballerina, which Chung-Hyun Lee directed.", "cast_member",
         _BALLERINA, "person/park-yu-rim", "Chung-Hyun Lee"),
        ("Park Yu-rim stars in Ballerina, which is streaming on Netflix.", "cast_member",
         _BALLERINA, "person/park-yu-rim", "Netflix"),
        (
            "Ballerina stars Ana de Armas, and the Keanu Reeves film starred Bridget Moynahan.",
            "cast_member", _BALLERINA, "person/bridget-moynahan", "the Keanu Reeves film",
        ),
        # Reported: words that make a name another thing's or the relation another's.
        (
            "Ballerina joins the James Bond franchise on Peacock.",
            "part_of_series", _BALLERINA, "franchise/james-bond", "Peacock",
        ),
        (
            "John Wick runs from the High Table.",
            "director_manager", "org/high-table", "character/john-wick", "runs from",
        ),
        (
            "John Wick is a member of the High Table's hit list.",
            "member_of", "character/john-wick", "org/high-table", "'s hit",
        ),
        (
            "Chad Stahelski directed the film Ballerina is based on.",
            "director", _BALLERINA, "person/chad-stahelski", "is based on",
        ),
        (
            "Lance Reddick's film died on March 17, 2023.",
            "date_of_death", "person/lance-reddick",
            DateValue(date=PartialDate.parse("2023-03-17")), "'s film",
        ),
        (
            "Ballerina stars Keanu Reeves, in the video game.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "video",
        ),
        (
            "Dropped from cast: Mel Gibson.",
            "cast_member", _BALLERINA, "person/mel-gibson", "Dropped",
        ),
        # Reported: a credits block's "Casting:" (the casting director) was a cast credit.
        (
            "Casting: Keanu Reeves.",
            "cast_member", _BALLERINA, "person/keanu-reeves", "Casting",
        ),
        # Reported: a plan or a credit held once with the work as its subject; another
        # person after a possessive pronoun.
        (
            "Ballerina was to star Mel Gibson.",
            "cast_member", _BALLERINA, "person/mel-gibson", "was to star",
        ),
        (
            "Ballerina once starred Mel Gibson.",
            "cast_member", _BALLERINA, "person/mel-gibson", "once starred",
        ),
        (
            "Her mother is married to Keanu Reeves.",
            "spouse", "person/ana-de-armas", "person/keanu-reeves", "Her mother",
        ),
        # A limit after the two names, anywhere.
        (
            "Ana de Armas stars in Ballerina in the extended cut only.",
            "cast_member", _BALLERINA, "person/ana-de-armas", "only",
        ),
        # A word of no known kind between the possessive and the predicate's noun.
        (
            "Ballerina's alleged running time is 125 minutes.",
            "duration", _BALLERINA, Quantity(amount=Decimal(125), unit="minute"), "alleged",
        ),
        # Reported: a phrase opening the sentence before the subject was not read: it may
        # end, combine, count or date what the sentence says.
        (
            "Originally, Ballerina opens on June 7, 2024.",
            "release_date", _BALLERINA, DateValue(date=PartialDate.parse("2024-06-07")),
            "Originally",
        ),
        (
            "Before the recast, Norman Reedus starred in Ballerina.",
            "cast_member", _BALLERINA, "person/norman-reedus", "Before",
        ),
        ("Until 2024, Lionsgate distributed Ballerina.", "distributor", _BALLERINA,
         "org/lionsgate", "Until"),
        (
            "Together with The Continental, Ballerina cost $150 million.",
            "cost", _BALLERINA, Quantity(amount=Decimal("150000000"), unit="USD"), "Together",
        ),
        (
            "Since Friday, Ballerina has grossed $5 million.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("5000000"), unit="USD"), "Since",
        ),
        (
            "During production, Ballerina was titled John Wick: Ballerina.",
            "title", _BALLERINA, Text(text="John Wick: Ballerina"), "During",
        ),
        ("Until 2006, Ana de Armas was a dancer.", "occupation", "person/ana-de-armas",
         Text(text="dancer"), "Until"),
        # Reported: a fact box not naming the work kept a bracket that undoes its credit, and
        # a line headed by another work's name gave the claim's work its facts.
        ("Cast: Ana de Armas, Keanu Reeves (cut), Ian McShane.", "cast_member", _BALLERINA,
         "person/keanu-reeves", "cut"),
        ("The Continental: Mel Gibson stars as Cormac.", "cast_member", _BALLERINA,
         "person/mel-gibson", "The Continental"),
        # Reported: a thing an organization owns, after its possessive, was the organization.
        ("Charon runs the Continental Hotel's front desk.", "director_manager",
         "org/continental-hotel", "character/charon", "Continental Hotel's front desk"),
        ("Winston owns the Continental Hotel's debt.", "owned_by", "org/continental-hotel",
         "character/winston-scott", "Continental Hotel's debt"),
        # Reported: a clause before the names that reports or denies the rest was not read.
        ("A rumour says Keanu Reeves stars in Ballerina.", "cast_member", _BALLERINA,
         "person/keanu-reeves", "rumour"),
        ("It's a lie that Ballerina is a comedy.", "genre", _BALLERINA, Text(text="comedy"),
         "lie"),
        # Reported: a phrase run on after the names was not read for an entity value.
        ("Keanu Reeves stars in Ballerina in the video game.", "cast_member", _BALLERINA,
         "person/keanu-reeves", "video"),
        ("Ballerina stars Keanu Reeves in the original script.", "cast_member", _BALLERINA,
         "person/keanu-reeves", "original"),
        ("Ballerina is directed by Len Wiseman in the video game.", "director", _BALLERINA,
         _WISEMAN, "video"),
        ("Keanu Reeves stars in Ballerina, in the John Wick video game.", "cast_member",
         _BALLERINA, "person/keanu-reeves", "video"),
    ],
)  # fmt: skip
def test_words_of_no_known_shape_between_the_names_need_a_note(
    text: str, predicate: str, subject: str, value: str | DateValue | Quantity | Text, word: str
) -> None:
    claim, catalog = _read_in(_linked(text, predicate, subject, value), text)
    (breach,) = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    assert f"hold {word!r}" in breach.message or f", {word!r}" in breach.message
    assert _rules.quote_breaches(claim, catalog)
    # A note that quotes the words says how the curator reads them.
    noted = attrs.evolve(claim, note=f"'{word}': read by the curator")
    assert [] == _rules.relation_in_a_known_shape_or_noted(noted, catalog)


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # Reported: a quote that is the text value alone was read in no sentence.
        ("Ballerina is a comedy in the video game.", "comedy", "genre", _BALLERINA, "comedy"),
        ("Ballerina is set in Paris in the video game.", "Paris", "narrative_location",
         _BALLERINA, "Paris"),
        ("Ana de Armas is an assassin in the video game.", "assassin", "occupation",
         "person/ana-de-armas", "assassin"),
    ],
)  # fmt: skip
def test_a_quote_that_is_the_value_alone_is_read_in_its_sentence(
    text: str, quote: str, predicate: str, subject: str, value: str
) -> None:
    claim = _linked(text, predicate, subject, Text(text=value))
    claim, catalog = _read_in(attrs.evolve(claim, evidence=Evidence.locate(text, quote)), text)
    (breach,) = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    assert "'video'" in breach.message


@each(
    ("subject", "held"),
    [("person/keanu-reeves", False), ("person/lance-reddick", True)],
)
def test_a_pronoun_opening_a_sentence_is_the_person_the_sentence_before_opens_with(
    subject: str, held: bool
) -> None:
    # Reported: "Lance Reddick plays Charon. He died on March 17, 2023." gave the death to
    # any person the claim named.
    text = "Lance Reddick plays Charon. He died on March 17, 2023."
    claim = _linked(text, "date_of_death", subject, DateValue(date=PartialDate.parse("2023-03-17")))
    claim = attrs.evolve(claim, evidence=Evidence.locate(text, "He died on March 17, 2023"))
    found = _rules.pronoun_for_the_person_itself_or_noted(*_read_in(claim, text))
    assert held == (found == [])
    noted = attrs.evolve(claim, note="'He' is Keanu Reeves.")
    assert [] == _rules.pronoun_for_the_person_itself_or_noted(*_read_in(noted, text))


def test_a_release_dates_medium_words_are_of_its_known_shape() -> None:
    # Reported: "theatrical release" was refused as words of no known shape, though the
    # medium's own rule asks for the medium those words write.
    text = "Ballerina's theatrical release is set for June 26, 2025."
    claim = attrs.evolve(
        _linked(text, "release_date", _BALLERINA, DateValue(date=PartialDate.parse("2025-06-26"))),
        qualifiers=Qualifiers(status=Status.SCHEDULED, medium=Medium.THEATRICAL),
    )
    assert [] == _rules.relation_in_a_known_shape_or_noted(*_read_in(claim, text))


@each(
    ("text", "quote", "refused"),
    [
        ("Ballerina opens. Directed by Chad Stahelski, John Wick: Chapter 4 grossed $440 million.",
         "Directed by Chad Stahelski, John Wick: Chapter 4", True),
        ("Ballerina opens. John Wick: Chapter 4, directed by Chad Stahelski, grossed a lot.",
         "directed by Chad Stahelski", True),
        ("Ballerina opens. Directed by Chad Stahelski, it stars Ana de Armas.",
         "Directed by Chad Stahelski", False),
    ],
)  # fmt: skip
def test_a_phrase_holding_the_value_is_the_work_it_stands_by(
    text: str, quote: str, refused: bool
) -> None:
    # Reported: "Directed by X, John Wick: Chapter 4 grossed ..." gave Ballerina a director.
    claim = attrs.evolve(
        _linked(text, "director", _BALLERINA, "person/chad-stahelski"),
        evidence=Evidence.locate(text, quote),
    )
    claim, catalog = _read_in(claim, text)
    found = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    assert refused == any("John Wick: Chapter 4" in breach.message for breach in found)


@each(
    ("text", "region", "refused"),
    [
        ("Ballerina has grossed US$58 million.", None, False),
        ("Ballerina has grossed US$58 million.", "US", True),
        ("Ballerina has grossed 58 million US dollars.", None, False),
        ("Ballerina has grossed $58 million in the US.", None, True),
    ],
)
def test_a_currencys_place_is_no_region(text: str, region: str | None, refused: bool) -> None:
    # Reported: "US$58 million" asked for the region US, and accepted it.
    figure = Quantity(amount=Decimal("58000000"), unit="USD")
    claim, catalog = _read_in(_linked(text, "box_office", _BALLERINA, figure), text)
    claim = attrs.evolve(claim, qualifiers=Qualifiers(region=region))
    found = [
        *_rules.release_scope_given_or_noted(claim, catalog),
        *_rules.region_written_by_its_quote_or_noted(claim, catalog),
    ]
    assert refused == bool(found)


def test_a_clause_the_status_says_is_no_word_of_unknown_shape() -> None:
    text = "Ballerina opened on June 6, 2023, sources say."
    date = DateValue(date=PartialDate.parse("2023-06-06"))
    claim, catalog = _read_in(_linked(text, "release_date", _BALLERINA, date), text)
    (breach,) = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    assert "'sources'" in breach.message
    reported = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.REPORTED))
    assert [] == _rules.relation_in_a_known_shape_or_noted(reported, catalog)
    # A plan's words are the event's own: they say no clause after a date.
    text = "Ballerina will open on June 6, 2023, a week after it opens in the UK."
    claim, catalog = _read_in(_linked(text, "release_date", _BALLERINA, date), text)
    scheduled = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SCHEDULED))
    (breach,) = _rules.relation_in_a_known_shape_or_noted(scheduled, catalog)
    assert "'week'" in breach.message


@each(
    ("text", "predicate", "subject", "value", "said"),
    [
        ("Ana de Armas is married to Norman Reedus in the film.", "spouse",
         "person/ana-de-armas", "person/norman-reedus", "in the film"),
        ("Keanu Reeves is a member of the Ruska Roma in Ballerina.", "member_of",
         "person/keanu-reeves", "org/ruska-roma", "in Ballerina"),
        ("Ana de Armas trained under Keanu Reeves on screen.", "student_of",
         "person/ana-de-armas", "person/keanu-reeves", "on screen"),
        ("Ana de Armas trained under Keanu Reeves.", "student_of", "person/ana-de-armas",
         "person/keanu-reeves", None),
    ],
)  # fmt: skip
def test_a_link_set_in_a_work_is_the_characters(
    text: str, predicate: str, subject: str, value: str, said: str | None
) -> None:
    # Reported: a link of the parts two actors play was accepted as theirs.
    claim, catalog = _read_in(_linked(text, predicate, subject, value), text)
    found = _rules.link_of_people_not_of_their_parts(claim, catalog)
    if said is None:
        assert [] == found
        return
    (breach,) = found
    assert f"({said!r})" in breach.message
    noted = attrs.evolve(claim, note=f"'{said}': the curator's reading")
    assert [] == _rules.link_of_people_not_of_their_parts(noted, catalog)


def test_a_sentence_calling_itself_unconfirmed_needs_the_status() -> None:
    # Reported: "Ballerina stars Keanu Reeves, though this remains unconfirmed." verified.
    text = "Ballerina stars Keanu Reeves, though this remains unconfirmed."
    claim, catalog = _read_in(_linked(text, "cast_member", _BALLERINA, _KEANU.id), text)
    (breach,) = _rules.status_when_the_quote_hedges(claim, catalog)
    assert "'unconfirmed'" in breach.message
    hedged = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.UNCONFIRMED))
    assert [] == _rules.quote_breaches(hedged, catalog)


@each(
    ("text", "title", "kind", "refused"),
    [
        # Reported: the new title of a passive renaming was read as the one given up.
        (
            "Ballerina has been retitled John Wick: Ballerina.",
            "John Wick: Ballerina",
            "title",
            False,
        ),
        (
            "Ballerina, now renamed John Wick: Ballerina, opens.",
            "John Wick: Ballerina",
            "title",
            False,
        ),
        # The active verb's object is the title given up; "renamed from" too.
        ("Lionsgate renamed Ballerina John Wick: Ballerina.", "Ballerina", "title", True),
        ("Ballerina was renamed from Ballerina Rising.", "Ballerina Rising", "title", True),
    ],
)
def test_a_renamings_new_title_is_the_works_title(
    text: str, title: str, kind: str, refused: bool
) -> None:
    claim = _from_text(text, text.rstrip("."), Predicate.TITLE, Text(text=title))
    claim = attrs.evolve(claim, qualifiers=Qualifiers(title_kind=TitleKind(kind)))
    claim, catalog = _read_in(claim, text)
    assert bool(_rules.title_kind_read_from_its_quote_or_noted(claim, catalog)) is refused


@each(
    ("text", "quote", "value"),
    [
        # Reported: a value an update replaces just after it was read as current.
        (
            "Ballerina opens July 6, 2023 (now July 13).",
            "Ballerina opens July 6, 2023",
            DateValue(date=PartialDate.parse("2023-07-06")),
        ),
        (
            "Ballerina cost $90 million, now $100 million.",
            "Ballerina cost $90 million",
            Quantity(amount=Decimal("90000000"), unit="USD"),
        ),
        (
            "Ballerina is directed by Len Wiseman (now Chad Stahelski).",
            "Ballerina is directed by Len Wiseman",
            EntityRef(id="person/len-wiseman"),
        ),
    ],
)
def test_a_value_an_update_replaces_is_superseded(text: str, quote: str, value: Any) -> None:
    predicate = {DateValue: "release_date", Quantity: "cost", EntityRef: "director"}[type(value)]
    claim = attrs.evolve(
        _from_text(text, quote, Predicate(predicate), value), qualifiers=Qualifiers()
    )
    claim, catalog = _read_in(claim, text)
    assert any("'now'" in breach.message for breach in _rules.quote_breaches(claim, catalog))
    superseded = attrs.evolve(claim, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert not any("'now'" in b.message for b in _rules.quote_breaches(superseded, catalog))


@each(
    "text",
    [
        # Reported: a region left out after the value left it holding everywhere.
        "Ballerina opened on June 7, 2023, excluding the UK.",
        "Ballerina opened on June 7, 2023 outside the UK.",
        "Ballerina opened everywhere except the UK on June 7, 2023.",
    ],
)
def test_a_release_that_leaves_a_region_out_is_not_everywheres(text: str) -> None:
    claim = _from_text(text, text.rstrip("."), Predicate.RELEASE_DATE, _JUNE_7_2023)
    claim, catalog = _read_in(attrs.evolve(claim, qualifiers=Qualifiers()), text)
    (breach,) = _rules.release_scope_given_or_noted(claim, catalog)
    assert "leaves out the region 'UK'" in breach.message


_JUNE_7_2023 = DateValue(date=PartialDate.parse("2023-06-07"))


@each(
    ("text", "subject", "title"),
    [
        # Reported: a sequel's numbered title opening the sentence was read as the work's.
        ("Ballerina 2 runs 130 minutes.", _BALLERINA, "Ballerina 2"),
        ("John Wick 4 runs 169 minutes.", "film/john-wick", "John Wick 4"),
    ],
)
def test_a_work_named_only_inside_a_longer_title_is_not_named(
    text: str, subject: str, title: str
) -> None:
    minutes = Quantity(amount=Decimal(text.split()[-2]), unit="minute")
    claim, catalog = _read_in(_linked(text, "duration", subject, minutes), text)
    (breach,) = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    assert repr(title) in breach.message
    plain = "Ballerina runs 125 minutes."
    minutes = Quantity(amount=Decimal(125), unit="minute")
    claim, catalog = _read_in(_linked(plain, "duration", _BALLERINA, minutes), plain)
    assert [] == _rules.relation_in_a_known_shape_or_noted(claim, catalog)


@each(
    "text",
    [
        # Reported: takings beside another territory's were accepted as every territory's.
        "Ballerina has grossed $25 million, plus $33 million overseas.",
        "Ballerina has grossed $25 million, not counting international.",
    ],
)
def test_takings_beside_a_territorys_need_their_region(text: str) -> None:
    quote = "Ballerina has grossed $25 million"
    figure = Quantity(amount=Decimal("25000000"), unit="USD")
    claim = attrs.evolve(
        _from_text(text, quote, Predicate.BOX_OFFICE, figure), qualifiers=Qualifiers()
    )
    claim, catalog = _read_in(claim, text)
    (breach,) = _rules.release_scope_given_or_noted(claim, catalog)
    assert "beside the figure" in breach.message
    domestic = attrs.evolve(claim, qualifiers=Qualifiers(region="US"), note="'US': domestic")
    assert not _rules.release_scope_given_or_noted(domestic, catalog)


def test_every_work_is_named_as_itself() -> None:
    found = {c.id: _rules.work_named_as_itself_or_noted(c, CATALOG) for c in CATALOG.claims}
    assert {} == _breaches(found)


@each(
    ("text", "words", "other"),
    [
        # Reported: a work's name written with another work's year, with "the other", or
        # with the possessive of the director of another work of that name was read as the
        # subject's.
        ("Ballerina (2023) runs 93 minutes.", "Ballerina (2023)", "film/ballerina-2023"),
        ("2023's Ballerina runs 93 minutes.", "2023's Ballerina", "film/ballerina-2023"),
        ("The 2023 Ballerina runs 93 minutes.", "The 2023 Ballerina", "film/ballerina-2023"),
        ("Ballerina (2016) runs 93 minutes.", "Ballerina (2016)", None),
        ("The other Ballerina runs 93 minutes.", "The other Ballerina", "film/ballerina-2023"),
        (
            "Chung-Hyun Lee's Ballerina runs 93 minutes.",
            "Chung-Hyun Lee's Ballerina",
            "film/ballerina-2023",
        ),
        # The work's own year or credited person, and a year that dates no work, name it.
        ("Ballerina (2024) runs 93 minutes.", None, None),
        ("Len Wiseman's Ballerina runs 93 minutes.", None, None),
        ("The 2025 release of Ballerina runs 93 minutes.", None, None),
        ("Ballerina (2024), unlike Ballerina (2023), runs 93 minutes.", None, None),
        # Reported: the year it came out, after a release that slipped, names the work too:
        # a year or two after its record's that no other work of the name has.
        ("Ballerina (2025) runs 93 minutes.", None, None),
        ("2025's Ballerina runs 93 minutes.", None, None),
        ("The 2025 Ballerina runs 93 minutes.", None, None),
        ("Ballerina (2026) runs 93 minutes.", None, None),
        ("Ballerina (2027) runs 93 minutes.", "Ballerina (2027)", None),
    ],
)
def test_a_work_named_as_another_of_its_name_is_not_named(
    text: str, words: str | None, other: str | None
) -> None:
    minutes = Quantity(amount=Decimal(93), unit="minute")
    claim, catalog = _read_in(_linked(text, "duration", _BALLERINA, minutes), text)
    breaches = _rules.work_named_as_itself_or_noted(claim, catalog)
    if words is None:
        assert [] == breaches
        return
    (breach,) = breaches
    assert (breach.rule, breach.field) == ("work named", "subject")
    assert breach.message.startswith(f"the quote's sentence writes {words!r}")
    if other is None:
        # A year no work of the name has: the claim is not said to be another work's.
        assert "a year of no work of that name" in breach.message
        assert "the claim is" not in breach.message
    else:
        assert f"the claim is {other}'s" in breach.message
    noted = attrs.evolve(claim, note=f"{words!r}: the text writes so of this film.")
    assert [] == _rules.work_named_as_itself_or_noted(noted, catalog)


def test_a_work_value_named_as_another_of_its_name_is_not_named() -> None:
    text = "Chung-Hyun Lee's Ballerina is his best work."
    work = _linked(text, "notable_work", "person/chung-hyun-lee", _BALLERINA)
    claim, catalog = _read_in(work, text)
    (breach,) = _rules.work_named_as_itself_or_noted(claim, catalog)
    assert (breach.rule, breach.field) == ("work named", "value.id")
    own = attrs.evolve(claim, value=EntityRef(id="film/ballerina-2023"))
    assert [] == _rules.work_named_as_itself_or_noted(own, catalog)


def test_a_region_of_another_clause_is_not_an_entity_values() -> None:
    # Reported: "Netflix in South Korea and on Peacock in the US" gave Netflix the US.
    text = "Ballerina streams on Netflix in South Korea and on Peacock in the US."
    claim = _linked(text, "distributor", _BALLERINA, "org/netflix")
    for region, refused in (("US", True), ("South Korea", False)):
        regional = attrs.evolve(claim, qualifiers=Qualifiers(region=region))
        regional, catalog = _read_in(regional, text)
        assert bool(_rules.region_written_by_its_quote_or_noted(regional, catalog)) is refused


def test_a_part_played_in_another_work_needs_a_note() -> None:
    # Reported: "who played Helen in John Wick" gave her the part of Helen in Ballerina.
    text = "Ballerina also stars Bridget Moynahan, who played Helen in John Wick."
    claim = attrs.evolve(
        _linked(text, "cast_member", _BALLERINA, "person/bridget-moynahan"),
        qualifiers=Qualifiers(character="character/helen"),
    )
    claim, catalog = _read_in(claim, text)
    (breach,) = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    assert "'John'" in breach.message
    plain = "Ballerina also stars Bridget Moynahan as Helen."
    claim, catalog = _read_in(
        attrs.evolve(
            _linked(plain, "cast_member", _BALLERINA, "person/bridget-moynahan"),
            qualifiers=Qualifiers(character="character/helen"),
        ),
        plain,
    )
    assert [] == _rules.relation_in_a_known_shape_or_noted(claim, catalog)


@each(
    ("text", "predicate", "subject", "value"),
    [
        ("Ballerina is directed by Len Wiseman.", "director", _BALLERINA, "person/len-wiseman"),
        ("Len Wiseman directed Ballerina.", "director", _BALLERINA, "person/len-wiseman"),
        ("Ballerina director Len Wiseman spoke.", "director", _BALLERINA, "person/len-wiseman"),
        (
            "Len Wiseman, Ballerina's director, spoke.",
            "director", _BALLERINA, "person/len-wiseman",
        ),
        (
            "Directed by Len Wiseman, Ballerina opens on Friday.",
            "director", _BALLERINA, "person/len-wiseman",
        ),
        (
            "Ballerina is written and directed by Len Wiseman.",
            "director", _BALLERINA, "person/len-wiseman",
        ),
        (
            "Ballerina stars Ana de Armas, Keanu Reeves and Ian McShane.",
            "cast_member", _BALLERINA, "person/ian-mcshane",
        ),
        ("Keanu Reeves returns in Ballerina.", "cast_member", _BALLERINA, "person/keanu-reeves"),
        ("Lionsgate distributes Ballerina.", "distributor", _BALLERINA, "org/lionsgate"),
        ("John Wick married Helen.", "spouse", "character/john-wick", "character/helen"),
        (
            "Rooney is trained by the Director.",
            "student_of", "character/rooney", "character/the-director",
        ),
        (
            "Ballerina, the John Wick spin-off, opened on June 6, 2023.",
            "release_date", _BALLERINA, DateValue(date=PartialDate.parse("2023-06-06")),
        ),
        (
            "Ballerina was made on a budget of $90 million.",
            "cost", _BALLERINA, Quantity(amount=Decimal("90000000"), unit="USD"),
        ),
        # Reported: right claims the net refused.
        ("John Wick is married to Helen.", "spouse", "character/john-wick", "character/helen"),
        (
            "Ballerina is the fifth film in the John Wick franchise.",
            "part_of_series", _BALLERINA, "franchise/john-wick",
        ),
        ("Keanu Reeves makes a cameo in Ballerina.", "cast_member", _BALLERINA, _KEANU.id),
        (
            "Ballerina cost $90 million to make.",
            "cost", _BALLERINA, Quantity(amount=Decimal("90000000"), unit="USD"),
        ),
        ("Producer Erica Lee spoke.", "occupation", "person/erica-lee", Text(text="Producer")),
        (
            "In 2014, Keanu Reeves starred in John Wick.",
            "cast_member", "film/john-wick", "person/keanu-reeves",
        ),
        (
            "Ballerina is Lance Reddick's final film.",
            "final_appearance", "person/lance-reddick", _BALLERINA,
        ),
        (
            "Rooney, a ballerina, trains.",
            "occupation", "character/rooney", Text(text="ballerina"),
        ),
        # After a date or a figure: a credit joined to it, a closing attribution to a name
        # of the catalog, a death's age.
        (
            "Ballerina grossed $25 million and stars Ana de Armas.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("25000000"), unit="USD"),
        ),
        (
            "Ballerina, which stars Ana de Armas, grossed $25 million.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("25000000"), unit="USD"),
        ),
        ("Ballerina stars Keanu Reeves and Ian McShane as Winston.", "cast_member", _BALLERINA,
         "person/ian-mcshane"),
        ("The film stars Ana de Armas.", "cast_member", _BALLERINA, "person/ana-de-armas"),
        # Reported: a figure's own bound and a death's manner or place the net refused.
        ("Ballerina has grossed over $58 million.", "box_office", _BALLERINA,
         Quantity(amount=Decimal("58000000"), unit="USD", bound=Bound.AT_LEAST)),
        ("Lance Reddick died suddenly at his home in Los Angeles on March 17, 2023.",
         "date_of_death", "person/lance-reddick", DateValue(date=PartialDate.parse("2023-03-17"))),
        # Reported: plain cast and final-appearance sentences the rules refused.
        ("Ana de Armas headlines Ballerina.", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Ballerina stars Ana de Armas alongside Keanu Reeves.", "cast_member", _BALLERINA,
         "person/keanu-reeves"),
        ("Anjelica Huston plays the villain in Ballerina.", "cast_member", _BALLERINA,
         "person/anjelica-huston"),
        ("Ballerina marks Lance Reddick's final screen appearance.", "final_appearance",
         "person/lance-reddick", _BALLERINA),
        # Reported: plain release and figure sentences the net refused.
        ("Ballerina, starring Ana de Armas, grossed $58 million.", "box_office", _BALLERINA,
         Quantity(amount=Decimal("58000000"), unit="USD")),
        ("Ballerina grossed a solid $58 million.", "box_office", _BALLERINA,
         Quantity(amount=Decimal("58000000"), unit="USD")),
        ("Ballerina cost a whopping $90 million.", "cost", _BALLERINA,
         Quantity(amount=Decimal("90000000"), unit="USD")),
        ("Lance Reddick died on Friday, March 17, 2023.", "date_of_death",
         "person/lance-reddick", DateValue(date=PartialDate.parse("2023-03-17"))),
        ("Ballerina is officially titled John Wick: Ballerina.", "title", _BALLERINA,
         Text(text="John Wick: Ballerina")),
        ("Ballerina's full title is John Wick: Ballerina.", "title", _BALLERINA,
         Text(text="John Wick: Ballerina")),
        (
            "Ballerina has grossed $25 million as of June 30, 2023.",
            "box_office", _BALLERINA, Quantity(amount=Decimal("25000000"), unit="USD"),
        ),
        (
            "Ballerina cost $90 million, Lionsgate said.",
            "cost", _BALLERINA, Quantity(amount=Decimal("90000000"), unit="USD"),
        ),
        # Reported: a closing attribution to a speaker named by their part was refused.
        ("Lance Reddick died on March 17, 2023, his publicist said.", "date_of_death",
         "person/lance-reddick", DateValue(date=PartialDate.parse("2023-03-17"))),
        ("Lance Reddick died on March 17, 2023, his representative told Variety.",
         "date_of_death", "person/lance-reddick",
         DateValue(date=PartialDate.parse("2023-03-17"))),
        (
            "Lance Reddick died on March 17, 2023, at the age of 60.",
            "date_of_death", "person/lance-reddick",
            DateValue(date=PartialDate.parse("2023-03-17")),
        ),
        # A cast credit's part after the names is its own: "in a small part", "as a dancer".
        ("Ballerina stars Ana de Armas in a small part.", "cast_member", _BALLERINA,
         "person/ana-de-armas"),
        ("Ana de Armas joins the cast of Ballerina as a dancer.", "cast_member", _BALLERINA,
         "person/ana-de-armas"),
        # Reported: a list's next-to-last name, with no comma before "and", was refused.
        ("Ballerina stars Ana de Armas, Gabriel Byrne and Ian McShane.", "cast_member",
         _BALLERINA, "person/gabriel-byrne"),
        # An aside on a shared title that fits the work picks no other.
        ("Park Yu-rim stars in Ballerina, the 2023 Netflix film.", "cast_member",
         "film/ballerina-2023", "person/park-yu-rim"),
        ("Ana de Armas stars in Ballerina, which Len Wiseman directed.", "cast_member",
         _BALLERINA, "person/ana-de-armas"),
        # Reported: a list of jobs, and "the late" before a credited name, were refused.
        ("Ana de Armas is an actress and producer.", "occupation", "person/ana-de-armas",
         Text(text="producer")),
        ("Keanu Reeves is an actor, producer and musician.", "occupation",
         "person/keanu-reeves", Text(text="producer")),
        ("The film features the late Lance Reddick as Charon.", "cast_member", _BALLERINA,
         "person/lance-reddick"),
        # A name of the catalog saying it is an attribution, as one after it is.
        ("Lionsgate says Keanu Reeves stars in Ballerina.", "cast_member", _BALLERINA,
         "person/keanu-reeves"),
        # A word joining the sentence to the one before opens it harmlessly.
        ("However, Ballerina stars Ana de Armas.", "cast_member", _BALLERINA,
         "person/ana-de-armas"),
        # Reported: praise or a nationality before an occupation was of no known shape.
        ("Ana de Armas is a Cuban-Spanish actress.", "occupation", "person/ana-de-armas",
         Text(text="actress")),
        ("Ana de Armas is an acclaimed actress.", "occupation", "person/ana-de-armas",
         Text(text="actress")),
        ("Ana de Armas is an American actress.", "occupation", "person/ana-de-armas",
         Text(text="actress")),
        # Which of the value the possessive's noun is: no word of unknown shape.
        ("Ballerina's official running time is 125 minutes.", "duration", _BALLERINA,
         Quantity(amount=Decimal(125), unit="minute")),
        ("Ballerina's new budget is $90 million.", "cost", _BALLERINA,
         Quantity(amount=Decimal("90000000"), unit="USD")),
    ],
)  # fmt: skip
def test_a_sentence_of_a_known_shape_needs_no_note(
    text: str, predicate: str, subject: str, value: str | DateValue | Quantity | Text
) -> None:
    claim, catalog = _read_in(_linked(text, predicate, subject, value), text)
    assert [] == _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    assert [] == _rules.quote_breaches(claim, catalog)


@each(
    ("text", "word"),
    [
        ("Ballerina opened. In the video game, Eve kills the Director.", "video"),
        ("Ballerina opened. Eve kills the Director (she does not).", "not"),
        ("Ballerina opened. Eve kills the Director, which never happens in the film.", "never"),
        ("Ballerina opened. Eve kills the Director.", None),
        (
            "Ballerina opened. The South Korean film: Eve kills the Director.",
            "The South Korean film",
        ),
    ],
)
def test_a_text_whose_sentence_names_no_subject_reads_its_frame_and_asides(
    text: str, word: str | None
) -> None:
    # Reported: a plot set in another work by a frame, or undone in an aside, passed.
    plot = Text(text="Eve kills the Director")
    claim = attrs.evolve(
        _linked(text, "plot", _BALLERINA, plot),
        evidence=Evidence.locate(text, "Eve kills the Director"),
    )
    claim, catalog = _read_in(claim, text)
    found = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    if word is None:
        assert [] == found
    else:
        (breach,) = found
        assert f"{word!r}" in breach.message


@each(
    ("text", "quote", "word"),
    [
        ("Ballerina opened this weekend. The original grossed $14 million.",
         "The original grossed $14 million", "original"),
        ("Ballerina opened this weekend. Rival film Elio grossed $21 million.",
         "Elio grossed $21 million", "Rival"),
        ("Ballerina opened this weekend. It grossed $21 million.", "It grossed $21 million", None),
        ("Ballerina opened this weekend. The film grossed $21 million.",
         "The film grossed $21 million", None),
    ],
)  # fmt: skip
def test_a_figure_whose_sentence_names_no_subject_is_read_whole(
    text: str, quote: str, word: str | None
) -> None:
    # Reported: another film's takings, in a sentence that does not name the subject,
    # passed as the subject's.
    amount = Decimal(quote.split("$")[1].split(maxsplit=1)[0]) * 1_000_000
    figure = Quantity(amount=amount, unit="USD")
    claim = attrs.evolve(
        _linked(text, "box_office", _BALLERINA, figure), evidence=Evidence.locate(text, quote)
    )
    claim, catalog = _read_in(claim, text)
    found = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    if word is None:
        assert [] == found
    else:
        (breach,) = found
        assert f"hold {word!r}" in breach.message
        noted = attrs.evolve(claim, note=f"'{word}': read by the curator")
        assert [] == _rules.relation_in_a_known_shape_or_noted(noted, catalog)


def test_a_known_shape_exception_holds_only_for_the_shipped_claim_it_was_reviewed_for() -> None:
    shipped = _claim("004-024")
    assert "004-024" in _rules.SHAPE_FROM_CONTEXT
    assert [] == _rules.relation_in_a_known_shape_or_noted(shipped, CATALOG)
    changed = attrs.evolve(shipped, note="A note of another reading.")
    assert _rules.relation_in_a_known_shape_or_noted(changed, CATALOG)
    # Not vacuous: without the exception the shipped claim is read as any other.
    assert _rules.relation_in_a_known_shape_or_noted(shipped, CATALOG, {})


@each(
    ("text", "words"),
    [
        # Reported: a work joined to another before its figure was given their total.
        ("John Wick and Ballerina grossed $100 million.", "and Ballerina"),
        ("Between them, John Wick and Ballerina grossed $100 million.", "and Ballerina"),
        ("John Wick & Ballerina grossed $100 million.", "& Ballerina"),
    ],
)
def test_a_figure_of_a_work_joined_to_another_needs_a_note(text: str, words: str) -> None:
    amount = Quantity(amount=Decimal(100_000_000), unit="USD")
    claim, catalog = _read_in(_linked(text, "box_office", _BALLERINA, amount), text)
    breaches = _rules.figure_not_a_sets_total(claim, catalog)
    assert [breach.rule for breach in breaches] == ["figure of a set"]
    assert repr(words) in breaches[0].message
    noted = attrs.evolve(claim, note=f"'{words}': the studio's figure for Ballerina alone")
    assert _rules.figure_not_a_sets_total(noted, catalog) == []


def test_a_figure_of_the_work_alone_is_no_set_s() -> None:
    text = "Ballerina grossed $100 million, John Wick and its sequels far more."
    amount = Quantity(amount=Decimal(100_000_000), unit="USD")
    claim, catalog = _read_in(_linked(text, "box_office", _BALLERINA, amount), text)
    assert _rules.figure_not_a_sets_total(claim, catalog) == []


@each(
    ("text", "word"),
    [
        # Reported: a phrase after the cast's noun put the joining on a stage.
        ("Ana de Armas joined the Ballerina cast on stage at Comic-Con.", "stage"),
        ("Ana de Armas joined Ballerina's cast on stage at Comic-Con.", "stage"),
        ("Ana de Armas joined the Ballerina cast at the premiere.", "premiere"),
    ],
)
def test_a_phrase_after_a_works_cast_is_read(text: str, word: str) -> None:
    claim, catalog = _read_in(_linked(text, "cast_member", _BALLERINA, "person/ana-de-armas"), text)
    (breach,) = _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    assert repr(word) in breach.message
    plain = "Ana de Armas joined the Ballerina cast as Eve."
    claim, catalog = _read_in(
        _linked(plain, "cast_member", _BALLERINA, "person/ana-de-armas"), plain
    )
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "words"),
    [
        # Reported: a work named by a noun with a hyphenated modifier, an indefinite
        # article or a part's number was read as the subject.
        ("The 1990s-set prequel stars Ana de Armas.", "prequel"),
        ("A second installment stars Ana de Armas.", "A second installment"),
        ("Part two stars Ana de Armas.", "Part two"),
        ("Chapter 2 stars Ana de Armas.", "Chapter 2"),
    ],
)
def test_another_work_named_by_a_noun_is_not_the_subject(text: str, words: str) -> None:
    claim, catalog = _read_in(_linked(text, "cast_member", _BALLERINA, "person/ana-de-armas"), text)
    breaches = _rules.quote_breaches(claim, catalog)
    assert any(words in breach.message for breach in breaches)


@each(
    ("after", "verdict"),
    [
        # Reported: a verdict in the next sentence was not read.
        ("Fact check: false.", "Fact check: false."),
        ("False.", "False."),
        ("That is not true.", "That is not true."),
        ("It's a hoax.", "It's a hoax."),
        ("Verdict: untrue.", "Verdict: untrue."),
        ("The report is wrong.", "The report is wrong."),
        ("She is great.", None),
        ("This is exciting news.", None),
        ("That is no surprise.", None),
    ],
)
def test_a_verdict_on_the_sentence_in_the_next_is_read(after: str, verdict: str | None) -> None:
    text = f"Ana de Armas stars in Ballerina. {after}"
    claim = _linked(text, "cast_member", _BALLERINA, "person/ana-de-armas")
    claim = attrs.evolve(claim, evidence=Evidence.locate(text, "Ana de Armas stars in Ballerina"))
    claim, catalog = _read_in(claim, text)
    breaches = _rules.stated_not_denied_nor_doubted(claim, catalog)
    if verdict is None:
        assert breaches == []
        return
    (breach,) = breaches
    assert repr(verdict) in breach.message or f'"{verdict}"' in breach.message
    noted = attrs.evolve(claim, note=f"'{verdict}' is said of another report")
    assert _rules.stated_not_denied_nor_doubted(noted, catalog) == []


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # Reported: a closing clause of what others say or believe was read as the text's.
        ("Ana de Armas stars in Ballerina, fans say.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Len Wiseman directed Ballerina, many believe.", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        ("Ana de Armas stars in Ballerina, said a fan.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Ana de Armas stars in Ballerina, it is said.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Ballerina was filmed in Prague, one hears.", "Ballerina was filmed in Prague",
         "filming_location", _BALLERINA, Text(text="Prague")),
        # Reported: an apposition of the relation that ends or hands it on.
        ("Len Wiseman directed Ballerina, a job now held by Chad Stahelski.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Ana de Armas stars in Ballerina, a role she later gave up.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Lionsgate distributes Ballerina, a deal that later unraveled.",
         "Lionsgate distributes Ballerina", "distributor", _BALLERINA, _LIONSGATE),
        ("Ballerina is a sequel to John Wick: Chapter 4, a plan that later collapsed.",
         "Ballerina is a sequel to John Wick: Chapter 4", "follows", _BALLERINA, _CHAPTER_4),
        ("Ana de Armas married Keanu Reeves, a union that ended in 2013.",
         "Ana de Armas married Keanu Reeves", "spouse", "person/ana-de-armas", _KEANU_ID),
        # Reported: an approximation after the names.
        ("Ballerina is a sequel to John Wick: Chapter 4, of sorts.",
         "Ballerina is a sequel to John Wick: Chapter 4", "follows", _BALLERINA, _CHAPTER_4),
        ("Len Wiseman directed Ballerina, to some degree.", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        # Reported: a likeness after "as" plays no part.
        ("Keanu Reeves appears in Ballerina as a photograph on the wall.",
         "Keanu Reeves appears in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Lance Reddick appears in Ballerina as a digital recreation.",
         "Lance Reddick appears in Ballerina", "cast_member", _BALLERINA, _REDDICK),
        # Reported: a part in a work named by its genre's noun.
        ("Lance Reddick dies in the thriller.", "Lance Reddick dies", "deceased", _REDDICK,
         Text(text="dies")),
        ("Keanu Reeves is an assassin in the action film.", "Keanu Reeves is an assassin",
         "occupation", _KEANU_ID, Text(text="assassin")),
        ("Ana de Armas is Keanu Reeves's wife in the sitcom.",
         "Ana de Armas is Keanu Reeves's wife", "spouse", "person/ana-de-armas", _KEANU_ID),
    ],
)  # fmt: skip
def test_what_the_sentence_says_of_the_claim_after_it_is_read(
    text: str, quote: str, predicate: str, subject: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote", "predicate", "subject", "value", "status"),
    [
        # The same sentences, their status given and quoted, or plain.
        ("Ana de Armas stars in Ballerina, fans say.", "Ana de Armas stars in Ballerina, fans say",
         "cast_member", _BALLERINA, "person/ana-de-armas", Status.REPORTED),
        ("Len Wiseman directed Ballerina, many believe.",
         "Len Wiseman directed Ballerina, many believe", "director", _BALLERINA, _WISEMAN,
         Status.SPECULATED),
        ("Len Wiseman directed Ballerina, a job now held by Chad Stahelski.",
         "Len Wiseman directed Ballerina, a job now held by Chad Stahelski", "director",
         _BALLERINA, _WISEMAN, Status.SUPERSEDED),
        ("Ana de Armas stars in Ballerina, Lionsgate said.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas", None),
        ("Ana de Armas stars in Ballerina, said the studio.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas", None),
        ("Ana de Armas stars in Ballerina, her publicist said.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas",
         None),
        ("Ana de Armas stars in Ballerina, a role.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas", None),
        ("Keanu Reeves appears in Ballerina as John Wick.", "Keanu Reeves appears in Ballerina",
         "cast_member", _BALLERINA, _KEANU_ID, None),
        ("Keanu Reeves appears in Ballerina as a hitman.", "Keanu Reeves appears in Ballerina",
         "cast_member", _BALLERINA, _KEANU_ID, None),
        # Reported: a reflexive after the work is no noun the work modifies.
        ("Len Wiseman directed Ballerina himself.", "Len Wiseman directed Ballerina himself",
         "director", _BALLERINA, _WISEMAN, None),
    ],
)  # fmt: skip
def test_a_sentence_whose_after_words_are_known_or_its_status_verifies(
    text: str,
    quote: str,
    predicate: str,
    subject: str,
    value: str | Text,
    *,
    status: Status | None,
) -> None:
    claim = attrs.evolve(
        _linked(text, predicate, subject, value), evidence=Evidence.locate(text, quote)
    )
    claim = attrs.evolve(claim, qualifiers=attrs.evolve(claim.qualifiers, status=status))
    claim, catalog = _read_in(claim, text)
    assert _rules.quote_breaches(claim, catalog) == []


def test_alone_after_the_claims_region_stresses_it() -> None:
    # Reported: "in the US alone" was read as another thing than the work's takings.
    text = "Ballerina has grossed $30 million in the US alone."
    amount = Quantity(amount=Decimal(30_000_000), unit="USD")
    claim = _linked(text, "box_office", _BALLERINA, amount)
    claim, catalog = _read_in(attrs.evolve(claim, qualifiers=Qualifiers(region="US")), text)
    assert _rules.quote_breaches(claim, catalog) == []
    # With no region, "alone" still makes it a part of a sum.
    assert _rules.quote_breaches(attrs.evolve(claim, qualifiers=Qualifiers()), catalog)


_JEON, _BALLERINA_2023 = "person/jeon-jong-seo", "film/ballerina-2023"
_MILLIONS = Quantity(amount=Decimal(58_000_000), unit="USD")


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # Reported: a noun pointing back to another work named before.
        ("Ballerina opened against Knives Out. The latter was directed by Len Wiseman.",
         "The latter was directed by Len Wiseman", "director", _BALLERINA, _WISEMAN),
        ("Ballerina opened against Knives Out. That film was directed by Len Wiseman.",
         "That film was directed by Len Wiseman", "director", _BALLERINA, _WISEMAN),
        # Reported: a causative "made" gave a production credit.
        ("Netflix made Ballerina a hit.", "Netflix made Ballerina", "production_company",
         _BALLERINA, "org/netflix"),
        ("Netflix made Ballerina famous.", "Netflix made Ballerina", "production_company",
         _BALLERINA, "org/netflix"),
        # Reported: an opening's takings were the work's total.
        ("Ballerina's opening was $58 million.", "Ballerina's opening was $58 million",
         "box_office", _BALLERINA, _MILLIONS),
        # Reported: a marriage for a while, or at a time, is no current one.
        ("Ana de Armas was married to Keanu Reeves for just 14 months.",
         "Ana de Armas was married to Keanu Reeves", "spouse", "person/ana-de-armas",
         _KEANU_ID),
        ("Ana de Armas was married to Keanu Reeves when Blonde came out.",
         "Ana de Armas was married to Keanu Reeves", "spouse", "person/ana-de-armas",
         _KEANU_ID),
        # Reported: words of the other work's description picked it.
        ("Ballerina, the South Korean thriller, stars Ana de Armas.",
         "Ballerina, the South Korean thriller, stars Ana de Armas", "cast_member",
         _BALLERINA, "person/ana-de-armas"),
        ("The John Wick Ballerina stars Jeon Jong-seo.",
         "The John Wick Ballerina stars Jeon Jong-seo", "cast_member", _BALLERINA_2023, _JEON),
        # Reported: the sentence after changes, denies or doubts it.
        ("Len Wiseman directed Ballerina. He was later fired and replaced by Chad Stahelski.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Len Wiseman directed Ballerina. Lionsgate denies it.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Len Wiseman directed Ballerina. Nothing is official yet.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Ana de Armas married Keanu Reeves. The two divorced in 2024.",
         "Ana de Armas married Keanu Reeves", "spouse", "person/ana-de-armas", _KEANU_ID),
        ("Ballerina cost $58 million. Reshoots later pushed that figure past $120 million.",
         "Ballerina cost $58 million", "cost", _BALLERINA, _MILLIONS),
        # Reported: the sentence before scopes the takings.
        ("Overseas, the picture was different. Ballerina grossed $58 million.",
         "Ballerina grossed $58 million", "box_office", _BALLERINA, _MILLIONS),
        ("The opening weekend numbers are in. Ballerina grossed $58 million.",
         "Ballerina grossed $58 million", "box_office", _BALLERINA, _MILLIONS),
        # Reported: a likeness by a means.
        ("Keanu Reeves appears in Ballerina by way of a lookalike.",
         "Keanu Reeves appears in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
    ],
)  # fmt: skip
def test_what_the_sentences_around_say_of_the_claim_is_read(
    text: str, quote: str, predicate: str, subject: str, value: str | Quantity
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        ("Ballerina opened against Knives Out. The film was directed by Len Wiseman.",
         "The film was directed by Len Wiseman", "director", _BALLERINA, _WISEMAN),
        ("Lionsgate made Ballerina with Thunder Road.", "Lionsgate made Ballerina",
         "production_company", _BALLERINA, _LIONSGATE),
        ("Ballerina, the John Wick spin-off, stars Ana de Armas.",
         "Ballerina, the John Wick spin-off, stars Ana de Armas", "cast_member", _BALLERINA,
         "person/ana-de-armas"),
        ("Len Wiseman directed Ballerina. He is great.", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        ("Critics were kind. Ballerina grossed $58 million.", "Ballerina grossed $58 million",
         "box_office", _BALLERINA, _MILLIONS),
    ],
)  # fmt: skip
def test_plain_sentences_around_the_claim_leave_it_be(
    text: str, quote: str, predicate: str, subject: str, value: str | Quantity
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog) == []


def test_a_year_after_the_names_is_known_as_the_claims_date() -> None:
    # Reported: "directed Ballerina in 2022" was refused with the date 2022 given.
    text = "Len Wiseman directed Ballerina in 2022."
    claim, catalog = _read_in(_linked(text, "director", _BALLERINA, _WISEMAN), text)
    assert _rules.relation_in_a_known_shape_or_noted(claim, catalog)
    dated = attrs.evolve(claim, qualifiers=Qualifiers(date=PartialDate.parse("2022")))
    assert _rules.quote_breaches(dated, catalog) == []


_MCSHANE = "person/ian-mcshane"


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # Reported: a name set against another's by "unlike" took what the clause says.
        ("Lance Reddick, unlike Ian McShane, has died.",
         "Lance Reddick, unlike Ian McShane, has died", "deceased", _MCSHANE,
         Text(text="has died")),
        ("John Wick: Chapter 4, unlike Ballerina, was distributed by Lionsgate.",
         "John Wick: Chapter 4, unlike Ballerina, was distributed by Lionsgate",
         "distributor", _BALLERINA, _LIONSGATE),
        # Reported: a work's name modifying a person's part named the object.
        ("Lionsgate distributed Ballerina star Keanu Reeves's 2014 hit John Wick.",
         "Lionsgate distributed Ballerina", "distributor", _BALLERINA, _LIONSGATE),
        # Reported: a comment in the next sentence of the paragraph.
        ("Ana de Armas stars in Ballerina. Or so we hear.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Ana de Armas stars in Ballerina. Kidding!", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Ana de Armas stars in Ballerina. Only in France, though.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Ana de Armas stars in Ballerina. In the trailer, that is.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Len Wiseman directed Ballerina. By 2021, he was gone.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Len Wiseman directed Ballerina. Lionsgate then handed the film to Chad Stahelski.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        # Reported: a heading or a sentence before frames what follows as no fact.
        ("Here are three popular myths about Ballerina. Ana de Armas stars in Ballerina.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("RUMOR MILL\nAna de Armas stars in Ballerina.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("None of what follows has been confirmed. Ana de Armas stars in Ballerina.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
    ],
)  # fmt: skip
def test_a_name_set_against_another_a_comment_or_a_frame_is_read(
    text: str, quote: str, predicate: str, subject: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        ("Ana de Armas stars in Ballerina. She plays Rooney, a dancer who trains as an"
         " assassin.", "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA,
         "person/ana-de-armas"),
        ("Len Wiseman directed Ballerina. The film opens in June.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Big news today. Ana de Armas stars in Ballerina.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("CAST\nAna de Armas stars in Ballerina.", "Ana de Armas stars in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        # Reported: a name the catalog writes in lowercase, capitalized at a sentence's start.
        ("The High Table owns the Continental Hotel.",
         "The High Table owns the Continental Hotel", "owned_by", _HOTEL, "org/high-table"),
        # Reported: the relation's own verb read as a saying; a part of the person's own
        # and a last "work" read as another's or as none.
        ("Shay Hatten wrote Ballerina.", "Shay Hatten wrote Ballerina", "screenwriter",
         _BALLERINA, "person/shay-hatten"),
        ("Shay Hatten wrote the screenplay for Ballerina.",
         "Shay Hatten wrote the screenplay for Ballerina", "screenwriter", _BALLERINA,
         "person/shay-hatten"),
        ("Ballerina is Lance Reddick's final role.", "Ballerina is Lance Reddick's final role",
         "final_appearance", _REDDICK, _BALLERINA),
        ("Ballerina is Lance Reddick's final work.", "Ballerina is Lance Reddick's final work",
         "final_appearance", _REDDICK, _BALLERINA),
    ],
)  # fmt: skip
def test_plain_neighbours_and_a_capitalized_name_leave_the_claim_be(
    text: str, quote: str, predicate: str, subject: str, value: str
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "part"),
    [
        # Reported: a character named as the owner of another part or its agent.
        ("In Ballerina, Ana de Armas plays Rooney's mother.", "Rooney's mother"),
        ("In Ballerina, Ana de Armas plays a dancer trained by the Director.", "by the Director"),
        ("In Ballerina, Ana de Armas plays Rooney.", None),
    ],
)
def test_a_credits_character_is_not_another_parts_owner_or_agent(
    text: str, part: str | None
) -> None:
    character = "character/the-director" if "Director" in text else _ROONEY
    claim = _linked(text, "cast_member", _BALLERINA, "person/ana-de-armas")
    claim = attrs.evolve(
        claim,
        evidence=Evidence.locate(text, text.removeprefix("In Ballerina, ").rstrip(".")),
        qualifiers=Qualifiers(character=character),
    )
    claim, catalog = _read_in(claim, text)
    assert _rules._character_of_another_part(claim, catalog) == ([part] if part else [])


@each(
    ("text", "refused"),
    [
        # Reported: a part that poses as the character, or plays it in turn, is another.
        ("Ana de Armas plays an assassin posing as Rooney.", True),
        ("Ana de Armas plays an actress playing Rooney.", True),
        ("Ana de Armas plays an assassin masquerading as Rooney.", True),
        ("Ana de Armas plays a woman who poses as Rooney.", True),
        # The part itself, named after the playing word or a word of her return.
        ("Ana de Armas plays Rooney.", False),
        ("Ana de Armas plays the assassin Rooney.", False),
        ("Ana de Armas stars in Ballerina, playing Rooney.", False),
        ("Ana de Armas stars in the film, playing Rooney.", False),
        ("Ana de Armas appears in Ballerina, returning as Rooney.", False),
    ],
)
def test_a_part_posing_as_or_playing_the_character_is_another(text: str, refused: bool) -> None:
    claim = attrs.evolve(
        _linked(text, "cast_member", _BALLERINA, "person/ana-de-armas"),
        qualifiers=Qualifiers(character=_ROONEY),
    )
    claim, catalog = _read_in(claim, text)
    assert bool(_rules.quote_breaches(claim, catalog)) is refused


@each(
    ("text", "refused"),
    [
        # Reported: the value's possessive before a teacher's noun names the value's own
        # teacher, of whom the value is the student.
        ("Rooney trained under John Wick's mentor.", True),
        ("Rooney trained under John Wick's teacher.", True),
        ("Rooney studied under John Wick's old instructor.", True),
        # The subject's teacher's noun, and the value's student's noun, are the link.
        ("Rooney's mentor John Wick trained her.", False),
        ("Rooney is John Wick's student.", False),
        ("Rooney is John Wick's pupil.", False),
        ("Rooney trained under John Wick.", False),
    ],
)
def test_a_teachers_noun_the_value_owns_is_another_teacher(text: str, refused: bool) -> None:
    claim, catalog = _read_in(_linked(text, "student_of", _ROONEY, _WICK), text)
    assert bool(_rules.quote_breaches(claim, catalog)) is refused


@each(
    ("text", "refused"),
    [
        # Reported: the owning verb's object is a thing of the hotel or beside it, not it.
        ("Winston owns a replica of the Continental.", True),
        ("Winston owns the Continental's biggest competitor.", True),
        ("Winston owns the Continental's bar.", True),
        ("Winston owns a hotel next to the Continental.", True),
        ("Winston owns a stake in the Continental.", True),
        ("Winston bought a painting of the Continental.", True),
        # The hotel itself as the object, or the subject of a passive.
        ("Winston owns the Continental.", False),
        ("Winston owns the Continental Hotel.", False),
        ("Winston bought the Continental.", False),
        ("Winston bought the Continental in 1990.", False),
        ("Winston owns the hotel.", False),
        ("The Continental is owned by Winston.", False),
        ("Winston, the owner of the Continental, greets her.", False),
    ],
)
def test_an_owning_verbs_object_is_the_owned_itself(text: str, refused: bool) -> None:
    claim, catalog = _read_in(_linked(text, "owned_by", _HOTEL, _WINSTON), text)
    assert bool(_rules.quote_breaches(claim, catalog)) is refused


_CAST_LIST = "\n\nAna de Armas as Rooney\nKeanu Reeves as John Wick\nIan McShane as Winston"
_FACT_BOX = "\n\nDirector: Len Wiseman\nBudget: $90 million\nRunning time: 125 minutes"


def _under_a_heading(heading: str, line: str) -> tuple[Claim, _rules.Catalog]:
    """A claim quoting ``line`` of the cast list or the fact box under ``heading`` (a blank
    line between, or none where ``heading`` ends its line itself)."""
    body = _CAST_LIST if " as " in line else _FACT_BOX
    text = heading + (body.lstrip("\n") if heading.endswith("\n") else body)
    if line.startswith("Budget"):
        return _quoted_in(text, line, "cost", _BALLERINA, _90_MILLION)
    if line.startswith("Director"):
        return _quoted_in(text, line, "director", _BALLERINA, _WISEMAN)
    if line.startswith("Running"):
        duration = Quantity(amount=Decimal(125), unit="minute")
        return _quoted_in(text, line, "duration", _BALLERINA, duration)
    person = {"Ana": "person/ana-de-armas", "Kea": _KEANU_ID, "Ian": _MCSHANE}[line[:3]]
    return _quoted_in(text, line, "cast_member", _BALLERINA, person)


@each(
    ("heading", "line"),
    [
        # Reported: a heading over a cast list that undoes, doubts or wishes its lines.
        ("Who was cut from Ballerina?", "Keanu Reeves as John Wick"),
        ("Who was cut from Ballerina?", "Ana de Armas as Rooney"),
        ("Who is not in the cast of Ballerina?", "Ian McShane as Winston"),
        ("Who turned down Ballerina?", "Keanu Reeves as John Wick"),
        ("Actors who passed on Ballerina", "Keanu Reeves as John Wick"),
        ("Ballerina: the cast that never was", "Keanu Reeves as John Wick"),
        ("Who won't be back for Ballerina?", "Keanu Reeves as John Wick"),
        ("Who left Ballerina?", "Keanu Reeves as John Wick"),
        ("Missing from Ballerina", "Keanu Reeves as John Wick"),
        ("Rumored Ballerina cast", "Keanu Reeves as John Wick"),
        ("Ballerina cast wishlist", "Keanu Reeves as John Wick"),
        ("Who should be in Ballerina?", "Keanu Reeves as John Wick"),
        ("Former Ballerina cast", "Keanu Reeves as John Wick"),
        ("Our dream cast for Ballerina", "Ian McShane as Winston"),
        ("Our fan cast for Ballerina:", "Keanu Reeves as John Wick"),
        ("Who almost starred in Ballerina?", "Keanu Reeves as John Wick"),
        # Reported: a heading over a fact box that makes it a first plan, or none.
        ("Ballerina, as first announced", "Budget: $90 million"),
        ("Ballerina, as first announced", "Running time: 125 minutes"),
        ("Ballerina, as first announced", "Director: Len Wiseman"),
        ("Ballerina (abandoned 2017 version)", "Budget: $90 million"),
        ("Ballerina: early plans, all since changed", "Budget: $90 million"),
        ("Ballerina: the version that never was", "Director: Len Wiseman"),
        ("Ballerina: what we wish we knew", "Budget: $90 million"),
        ("Ballerina as originally planned", "Running time: 125 minutes"),
        # A heading just above the list, with no blank line between.
        ("Rumored Ballerina cast\n", "Ian McShane as Winston"),
    ],
)
def test_a_heading_over_a_list_or_a_fact_box_frames_each_line(heading: str, line: str) -> None:
    claim, catalog = _under_a_heading(heading, line)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("heading", "line"),
    [
        ("Who is in the cast of Ballerina?", "Keanu Reeves as John Wick"),
        ("Who is in the cast of Ballerina?", "Ian McShane as Winston"),
        ("Ballerina cast", "Ian McShane as Winston"),
        ("The cast of Ballerina:", "Keanu Reeves as John Wick"),
        ("Who returns in Ballerina?", "Keanu Reeves as John Wick"),
        ("Ballerina", "Budget: $90 million"),
        ("Ballerina at a glance", "Running time: 125 minutes"),
        ("Ballerina: the facts", "Director: Len Wiseman"),
        ("Ballerina cast\n", "Ian McShane as Winston"),
    ],
)
def test_a_plain_heading_over_a_list_or_a_fact_box_leaves_it_be(heading: str, line: str) -> None:
    claim, catalog = _under_a_heading(heading, line)
    assert _rules.quote_breaches(claim, catalog) == []


_OPENS_FRIDAY = "Ballerina opens in theaters on Friday. "


@each(
    ("sentence", "predicate", "value"),
    [
        # Reported: with the film named in no word of the sentence, a credit for another
        # kind of work, the verb's object, was read as the film's.
        ("Len Wiseman directed the music video.", "director", _WISEMAN),
        ("Len Wiseman directed the video game.", "director", _WISEMAN),
        ("Len Wiseman directed the making-of documentary.", "director", _WISEMAN),
        ("Len Wiseman directed a short film in 2003.", "director", _WISEMAN),
        ("Shay Hatten wrote the music video.", "screenwriter", "person/shay-hatten"),
        ("Basil Iwanyk produced the music video.", "producer", "person/basil-iwanyk"),
        ("Keanu Reeves appears in a fan film.", "cast_member", _KEANU_ID),
        ("Keanu Reeves appears in the series.", "cast_member", _KEANU_ID),
        ("Ana de Armas plays Rooney in a Saturday Night Live sketch.", "cast_member",
         "person/ana-de-armas"),
        ("Ana de Armas plays Rooney in the stage version.", "cast_member",
         "person/ana-de-armas"),
        ("Ana de Armas played Rooney in the screen test.", "cast_member",
         "person/ana-de-armas"),
        ("The music video was shot in Prague.", "filming_location", Text(text="Prague")),
    ],
)  # fmt: skip
def test_a_credit_for_another_kind_of_work_is_not_the_films(
    sentence: str, predicate: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(
        _OPENS_FRIDAY + sentence, sentence[:-1], predicate, _BALLERINA, value
    )
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("sentence", "predicate", "value"),
    [
        ("Len Wiseman directed the film.", "director", _WISEMAN),
        ("Len Wiseman directed the movie.", "director", _WISEMAN),
        ("Len Wiseman directed the action thriller.", "director", _WISEMAN),
        ("Keanu Reeves appears in the film.", "cast_member", _KEANU_ID),
        ("Ana de Armas plays Rooney in the movie.", "cast_member", "person/ana-de-armas"),
        ("The film was shot in Prague.", "filming_location", Text(text="Prague")),
    ],
)  # fmt: skip
def test_a_credit_for_the_film_or_its_stand_in_stands(
    sentence: str, predicate: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(
        _OPENS_FRIDAY + sentence, sentence[:-1], predicate, _BALLERINA, value
    )
    assert _rules.quote_breaches(claim, catalog) == []


_ARMAS = "person/ana-de-armas"


@each(
    ("text", "quote", "predicate", "value"),
    [
        # Reported: a credit in another work whose title is in quotation marks.
        ('Ana de Armas starred in "Knives Out" in 2019.', "Ana de Armas starred",
         "cast_member", _ARMAS),
        ("Ana de Armas played Marilyn Monroe in \u201cBlonde.\u201d",
         "Ana de Armas played Marilyn Monroe", "cast_member", _ARMAS),
        # Other quotation marks, a closing mark after the full stop, and a work's noun.
        ("Ana de Armas starred in \u201cKnives Out\u201d in 2019.", "Ana de Armas starred",
         "cast_member", _ARMAS),
        ("Ana de Armas starred in 'Knives Out' in 2019.", "Ana de Armas starred",
         "cast_member", _ARMAS),
        ('Ana de Armas starred in the film "Knives Out."', "Ana de Armas starred",
         "cast_member", _ARMAS),
        ('Len Wiseman directed "Total Recall."', "Len Wiseman directed", "director", _WISEMAN),
    ],
)  # fmt: skip
def test_a_credit_in_a_quoted_title_of_another_work_is_refused(
    text: str, quote: str, predicate: str, value: str
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote", "predicate", "value"),
    [
        # The subject's own title in quotation marks is still the subject.
        ('Ana de Armas starred in "Ballerina" in 2024.', "Ana de Armas starred",
         "cast_member", _ARMAS),
        ("Ana de Armas plays Rooney in \u201cBallerina.\u201d", "Ana de Armas plays Rooney",
         "cast_member", _ARMAS),
        ('Len Wiseman directed "Ballerina."', "Len Wiseman directed", "director", _WISEMAN),
        ('"Ballerina" stars Ana de Armas.', '"Ballerina" stars Ana de Armas', "cast_member",
         _ARMAS),
        ('Ana de Armas starred in "Ballerina," the John Wick spin-off.', "Ana de Armas starred",
         "cast_member", _ARMAS),
        # Another work in a bracket after the person's name is what she is known from.
        ("Ana de Armas (Knives Out) stars in Ballerina.",
         "Ana de Armas (Knives Out) stars in Ballerina", "cast_member", _ARMAS),
    ],
)  # fmt: skip
def test_a_credit_in_the_subjects_quoted_title_stands(
    text: str, quote: str, predicate: str, value: str
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA, value)
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "quote", "predicate", "value"),
    [
        # Reported: another work named after "the original", "the first", "the last" or
        # "the fourth" was taken for the subject.
        ("Len Wiseman directed the original Underworld.", "Len Wiseman directed", "director",
         _WISEMAN),
        ("The original Total Recall is set on Mars.", "is set on Mars", "narrative_location",
         Text(text="Mars")),
        ("The original Underworld was greenlit in 2002.", "was greenlit in 2002",
         "production_status", Text(text="greenlit")),
        ("The original Total Recall is based on a Philip K. Dick story.",
         "is based on a Philip K. Dick story", "based_on", Text(text="a Philip K. Dick story")),
        ("Ian McShane appeared in the first John Wick.", "Ian McShane appeared", "cast_member",
         _MCSHANE),
        ("Ian McShane appeared in the last John Wick.", "Ian McShane appeared", "cast_member",
         _MCSHANE),
        ("Ian McShane appeared in the fourth John Wick.", "Ian McShane appeared",
         "cast_member", _MCSHANE),
        ("The original John Wick was distributed by Lionsgate.", "was distributed by Lionsgate",
         "distributor", _LIONSGATE),
        ("Ian McShane plays Winston in the first John Wick.", "Ian McShane plays Winston",
         "cast_member", _MCSHANE),
    ],
)  # fmt: skip
def test_another_work_after_an_order_word_is_that_work(
    text: str, quote: str, predicate: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote", "predicate", "value"),
    [
        # The subject named too, or the other work in an aside or a leading comparison.
        ("Ian McShane appeared in the first John Wick and in Ballerina.",
         "Ian McShane appeared", "cast_member", _MCSHANE),
        ("Ian McShane, who appeared in the first John Wick, returns in Ballerina.",
         "Ian McShane, who appeared in the first John Wick, returns in Ballerina",
         "cast_member", _MCSHANE),
        ("Like the original John Wick, Ballerina is set in New York.",
         "Ballerina is set in New York", "narrative_location", Text(text="New York")),
    ],
)  # fmt: skip
def test_the_subject_named_beside_another_work_after_an_order_word_stands(
    text: str, quote: str, predicate: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA, value)
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # Reported: a company's possessive before another work's title hid the work.
        ("Ana de Armas appeared in Netflix's The Gray Man.", "Ana de Armas appeared",
         "cast_member", _BALLERINA, _ARMAS),
        ("Len Wiseman directed Sony's Total Recall.", "Len Wiseman directed", "director",
         _BALLERINA, _WISEMAN),
        ("Netflix's The Gray Man was filmed in Prague.", "was filmed in Prague",
         "filming_location", _BALLERINA, Text(text="Prague")),
        ("Netflix's The Call follows Burning.", "follows Burning", "follows",
         "film/ballerina-2023", "film/burning"),
        ("HBO's Deadwood is set in South Dakota.", "is set in South Dakota",
         "narrative_location", _BALLERINA, Text(text="South Dakota")),
        ("Netflix's Blonde is based on a novel.", "is based on a novel", "based_on", _BALLERINA,
         Text(text="a novel")),
        # A possessive in "s'" and a part played in the other work.
        ("Ana de Armas plays Rooney in Sony Pictures' Total Recall.",
         "Ana de Armas plays Rooney", "cast_member", _BALLERINA, _ARMAS),
    ],
)  # fmt: skip
def test_another_work_after_an_owners_possessive_is_that_work(
    text: str, quote: str, predicate: str, subject: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # The subject's own title after a possessive is still the subject.
        ("Lionsgate's Ballerina stars Ana de Armas.", "Lionsgate's Ballerina stars Ana de Armas",
         "cast_member", _BALLERINA, _ARMAS),
        ("Netflix's Ballerina follows Burning.", "Netflix's Ballerina follows Burning",
         "follows", "film/ballerina-2023", "film/burning"),
        # Another work the person is known from, before her name.
        ("Netflix's The Gray Man star Ana de Armas leads Ballerina.",
         "Ana de Armas leads Ballerina", "cast_member", _BALLERINA, _ARMAS),
    ],
)  # fmt: skip
def test_the_subject_after_an_owners_possessive_stands(
    text: str, quote: str, predicate: str, subject: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "quote", "predicate", "value"),
    [
        # Reported: "both" or "all four" before other works hid them from a credit.
        ("Kate Beckinsale starred in both Underworld and Total Recall.",
         "Kate Beckinsale starred", "cast_member", "person/kate-beckinsale"),
        ("Kate Beckinsale starred in all four Underworld films.", "Kate Beckinsale starred",
         "cast_member", "person/kate-beckinsale"),
        ("Ian McShane appeared in both John Wick: Chapter 4 and The Continental.",
         "Ian McShane appeared", "cast_member", _MCSHANE),
        ("Len Wiseman directed all four Underworld films.", "Len Wiseman directed", "director",
         _WISEMAN),
        # "the four", "all of the" and a part played in them.
        ("Len Wiseman directed the four Underworld films.", "Len Wiseman directed", "director",
         _WISEMAN),
        ("Ian McShane plays Winston in all of the John Wick films.", "Ian McShane plays Winston",
         "cast_member", _MCSHANE),
    ],
)  # fmt: skip
def test_a_credit_in_a_set_of_other_works_is_theirs(
    text: str, quote: str, predicate: str, value: str
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote"),
    [
        # The subject one of the set, or "both" of the people.
        ("Ian McShane appears in both Ballerina and The Continental.",
         "Ian McShane appears in both Ballerina"),
        ("Ian McShane appeared in both Ballerina and John Wick: Chapter 4.",
         "Ian McShane appeared"),
        ("Ian McShane and Keanu Reeves both appear in Ballerina.",
         "Ian McShane and Keanu Reeves both appear in Ballerina"),
        # A set of works in what a relative clause tells of the character, not the part.
        ("Ian McShane plays Winston, a character who has appeared in all four John Wick films.",
         "Ian McShane plays Winston"),
    ],
)  # fmt: skip
def test_a_credit_in_a_set_holding_the_subject_stands(text: str, quote: str) -> None:
    claim, catalog = _quoted_in(text, quote, "cast_member", _BALLERINA, _MCSHANE)
    assert _rules.quote_breaches(claim, catalog) == []


_BALLERINA_2023 = "film/ballerina-2023"


@each(
    ("text", "quote", "predicate", "value"),
    [
        # Reported: a leading "Like X" whose relative clause holds another work's value.
        ("Like Burning, which is set in Paju, Ballerina is a thriller.", "set in Paju",
         "narrative_location", Text(text="Paju")),
        ("Like Burning, which is based on a short story, Ballerina is a thriller.",
         "based on a short story", "based_on", Text(text="a short story")),
        ("Unlike Burning, which is based on a short story, Ballerina is an original script.",
         "based on a short story", "based_on", Text(text="a short story")),
        # An apposition, "As with", and the subject named by no name.
        ("As with Burning, a film set in Paju, Ballerina is a thriller.", "set in Paju",
         "narrative_location", Text(text="Paju")),
        ("Like Burning, which is set in Paju, the film is a thriller.", "set in Paju",
         "narrative_location", Text(text="Paju")),
    ],
)  # fmt: skip
def test_a_value_in_an_aside_on_a_work_compared_is_that_works(
    text: str, quote: str, predicate: str, value: Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA_2023, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote", "predicate", "value"),
    [
        # The value in the subject's own clause, or in an aside on the subject.
        ("Like Burning, Ballerina is set in Seoul.", "Ballerina is set in Seoul",
         "narrative_location", Text(text="Seoul")),
        ("Like Burning, which is set in Paju, Ballerina is set in Seoul.",
         "Ballerina is set in Seoul", "narrative_location", Text(text="Seoul")),
        ("Like Ballerina, which is set in Seoul, Burning is a thriller.", "set in Seoul",
         "narrative_location", Text(text="Seoul")),
        ("Ballerina, which is set in Seoul, is a thriller.", "set in Seoul",
         "narrative_location", Text(text="Seoul")),
        # "the" after the work compared opens the main clause, no apposition.
        ("Like Burning, the film is set in Seoul, and it is a thriller.",
         "the film is set in Seoul", "narrative_location", Text(text="Seoul")),
    ],
)  # fmt: skip
def test_a_value_of_the_subject_beside_a_work_compared_stands(
    text: str, quote: str, predicate: str, value: Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA_2023, value)
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # Reported: a character's relation, job, name or appearance the sentence gives to
        # another character it names.
        ("John Wick is back in Ballerina, but only briefly. Winston Scott's wife Helen"
         " appears in flashbacks.", "Winston Scott's wife Helen", "spouse", _WICK, _HELEN),
        ("Winston Scott married Helen.", "married Helen", "spouse", _WICK, _HELEN),
        ("Winston Scott is a student of the Director.", "a student of the Director",
         "student_of", _ROONEY, _DIRECTOR_C),
        ("Winston Scott was raised by the Director.", "raised by the Director",
         "adoptive_parent", _ROONEY, _DIRECTOR_C),
        ("Winston Scott is a member of the High Table.", "a member of the High Table",
         "member_of", _ROONEY, "org/high-table"),
        ("Winston Scott is a hotel manager.", "a hotel manager", "occupation", "character/charon",
         Text(text="hotel manager")),
        ("Winston Scott is also known as the Manager.", "also known as the Manager",
         "other_name", "character/charon", Text(text="the Manager")),
        ("Winston Scott first appeared in John Wick.", "first appeared in John Wick",
         "first_appearance", "character/charon", "film/john-wick"),
        ("Winston Scott appears in Ballerina.", "Winston Scott appears in Ballerina",
         "present_in_work", "character/charon", _BALLERINA),
        # An organization's, where the sentence names another.
        ("Lionsgate is a film distributor.", "a film distributor", "occupation",
         "org/netflix", Text(text="film distributor")),
    ],
)  # fmt: skip
def test_a_character_or_organization_is_not_one_the_sentence_names_instead(
    text: str, quote: str, predicate: str, subject: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert [b.field for b in _rules.quote_breaches(claim, catalog)] == ["subject"]


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # The subject named by an alias or a word of its name, or by no name at all.
        ("Wick married Helen.", "Wick married Helen", "spouse", _WICK, _HELEN),
        ("John married Helen.", "married Helen", "spouse", _WICK, _HELEN),
        ("He married Helen.", "married Helen", "spouse", _WICK, _HELEN),
        # The value's own name, a work's title and a role in lowercase name no one else.
        ("She was raised by the Director.", "raised by the Director", "adoptive_parent",
         _ROONEY, _DIRECTOR_C),
        ("He first appeared in John Wick.", "first appeared in John Wick",
         "first_appearance", "character/charon", "film/john-wick"),
        ("The concierge is a hotel manager, the director said.", "a hotel manager",
         "occupation", "character/charon", Text(text="hotel manager")),
        ("It is a film distributor.", "a film distributor", "occupation", _LIONSGATE,
         Text(text="film distributor")),
    ],
)  # fmt: skip
def test_a_character_the_sentence_names_by_a_word_or_leaves_unnamed_stands(
    text: str, quote: str, predicate: str, subject: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog) == []


def test_a_note_naming_the_character_reads_the_sentence_as_its() -> None:
    text = "Winston Scott is a hotel manager."
    claim, catalog = _quoted_in(
        text, "a hotel manager", "occupation", "character/charon", Text(text="hotel manager")
    )
    claim = attrs.evolve(claim, note="'Winston Scott' is a slip of the text for Charon.")
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "quote", "predicate", "value"),
    [
        # Reported: a link to another work, or a production company, that the sentence
        # gives to another work of the catalog, its subject or renamed by an apposition.
        ("Ballerina opens Friday in theaters. The Continental, the Peacock series, is based"
         " on John Wick.", "The Continental, the Peacock series, is based on John Wick",
         "based_on", "film/john-wick"),
        ("Ballerina opens Friday. The Continental follows John Wick: Chapter 4.",
         "The Continental follows John Wick: Chapter 4", "follows", _CHAPTER_4),
        ("Sicario is the sequel to John Wick.", "Sicario is the sequel to John Wick",
         "follows", "film/john-wick"),
        ("Ballerina opens Friday. The Continental is part of the John Wick franchise too.",
         "The Continental is part of the John Wick franchise", "part_of_series",
         "franchise/john-wick"),
        ("Ballerina opens Friday. Underworld, Len Wiseman's earlier franchise, was produced"
         " by Lionsgate.", "was produced by Lionsgate", "production_company", _LIONSGATE),
        ("The Continental is a prequel set in the 1970s.", "prequel", "chronology",
         Text(text="prequel")),
    ],
)  # fmt: skip
def test_a_link_of_another_work_is_not_the_subjects(
    text: str, quote: str, predicate: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA, value)
    # A maker's link may also be refused for naming another work and not the subject.
    assert "value of the work" in [b.rule for b in _rules.quote_breaches(claim, catalog)]


@each(
    ("text", "quote", "predicate", "value"),
    [
        # The subject renamed by the apposition, or the subject of the value's own clause.
        ("Ballerina, the Lionsgate spin-off, is based on John Wick.", "is based on John Wick",
         "based_on", "film/john-wick"),
        ("Ballerina follows John Wick: Chapter 4.", "Ballerina follows John Wick: Chapter 4",
         "follows", _CHAPTER_4),
        ("Like The Continental, Ballerina is based on John Wick.",
         "Ballerina is based on John Wick", "based_on", "film/john-wick"),
        ("Ballerina is part of the John Wick franchise, like The Continental.",
         "Ballerina is part of the John Wick franchise", "part_of_series",
         "franchise/john-wick"),
        ("Ballerina was produced by Lionsgate, like Underworld.",
         "Ballerina was produced by Lionsgate", "production_company", _LIONSGATE),
        ("The Continental is a prequel; Ballerina is a spin-off.", "Ballerina is a spin-off",
         "chronology", Text(text="spin-off")),
        # A work named as what the subject is set between is no subject of the clause.
        ("The spin-off is set between John Wick: Chapter 3 and Chapter 4.",
         "set between John Wick: Chapter 3 and Chapter 4", "chronology",
         Text(text="set between John Wick: Chapter 3 and Chapter 4")),
    ],
)  # fmt: skip
def test_a_link_the_subjects_clause_gives_stands(
    text: str, quote: str, predicate: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA, value)
    assert _rules.quote_breaches(claim, catalog) == []


def test_a_note_quoting_the_other_work_reads_its_link_as_the_subjects() -> None:
    text = "The Continental, the Peacock series, is based on John Wick."
    claim, catalog = _quoted_in(
        text, "is based on John Wick", "based_on", _BALLERINA, "film/john-wick"
    )
    claim = attrs.evolve(
        claim, note="'The Continental' is a slip of the text: the article is of Ballerina."
    )
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "person", "character", "part"),
    [
        # Reported: another person's part after their name, and a disguise in the story.
        ("Ana de Armas plays Rooney opposite Keanu Reeves as John Wick.", "person/ana-de-armas",
         _WICK, "Keanu Reeves as John Wick"),
        ("Ana de Armas plays Rooney, who disguises herself as Helen.", "person/ana-de-armas",
         _HELEN, "disguises herself as Helen"),
        ("Ana de Armas plays Rooney opposite Reeves as John Wick.", "person/ana-de-armas",
         _WICK, "Reeves as John Wick"),
        ("Ana de Armas plays Rooney, undercover as the Director.", "person/ana-de-armas",
         _DIRECTOR_C, "undercover as the Director"),
        # The part right after "as" next to the person's own name, or after "plays", is theirs.
        ("Ana de Armas plays Rooney opposite Keanu Reeves as John Wick.", "person/ana-de-armas",
         _ROONEY, None),
        ("Ana de Armas plays Rooney, who disguises herself as Helen.", "person/ana-de-armas",
         _ROONEY, None),
        ("Ballerina stars Keanu Reeves as John Wick and Ana de Armas as Rooney.",
         "person/ana-de-armas", _ROONEY, None),
        ("Ballerina stars Keanu Reeves as John Wick and Ana de Armas as Rooney.",
         _KEANU_ID, _WICK, None),
        ("Opposite Keanu Reeves, Ana de Armas stars as Rooney.", "person/ana-de-armas",
         _ROONEY, None),
    ],
)  # fmt: skip
def test_a_credits_character_is_not_another_players_part_or_a_disguise(
    text: str, person: str, character: str, part: str | None
) -> None:
    claim = _linked(text, "cast_member", _BALLERINA, person)
    claim = attrs.evolve(
        claim,
        evidence=Evidence.locate(text, text.rstrip(".")),
        qualifiers=Qualifiers(character=character),
    )
    claim, catalog = _read_in(claim, text)
    assert _rules._character_of_another_part(claim, catalog) == ([part] if part else [])
    assert bool(_rules.quote_breaches(claim, catalog)) is (part is not None)


@each(
    ("text", "quote", "predicate", "value", "thing"),
    [
        # Reported: an adverb after the title read as a noun of another thing (a film still).
        ("Ballerina still stars Ana de Armas.", "Ballerina still stars Ana de Armas",
         "cast_member", "person/ana-de-armas", None),
        ("Ballerina still has a trailer.", "trailer", "trailer", Text(text="trailer"), None),
        ("Ballerina also stars Ana de Armas.", "Ballerina also stars Ana de Armas",
         "cast_member", "person/ana-de-armas", None),
        ("Ballerina again stars Ana de Armas.", "Ballerina again stars Ana de Armas",
         "cast_member", "person/ana-de-armas", None),
        # A determiner before the title makes "still" a noun: a photo of the work.
        ("This Ballerina still features Ana de Armas.",
         "This Ballerina still features Ana de Armas", "cast_member", "person/ana-de-armas",
         "still"),
        ("A Ballerina still shows Ana de Armas.", "A Ballerina still shows Ana de Armas",
         "cast_member", "person/ana-de-armas", "still"),
    ],
)  # fmt: skip
def test_an_adverb_after_the_title_is_no_other_thing(
    text: str, quote: str, predicate: str, value: str | Text, thing: str | None
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, _BALLERINA, value)
    found = _rules.value_of_the_work_itself(claim, catalog)
    assert [f"{thing!r}" in b.message for b in found] == ([True] if thing else [])
    if thing is None and predicate == "cast_member":
        assert _rules.quote_breaches(claim, catalog) == []


_WINSTON_ID, _CHARON_ID = "character/winston-scott", "character/charon"


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # Reported: a verb before the names that makes what follows no statement.
        ("Scheduling conflicts stopped Ana de Armas starring in Ballerina.",
         "Ana de Armas starring in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Fans demanded Ana de Armas star in Ballerina.", "Ana de Armas star in Ballerina",
         "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("A lawsuit alleges Len Wiseman directed Ballerina.", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        ("Keanu Reeves misspoke, saying Ballerina is set in Paris.",
         "Ballerina is set in Paris", "narrative_location", _BALLERINA, Text(text="Paris")),
        # Reported: a limit to a while or a look after the names.
        ("Winston ran the Continental Hotel for a while.", "Winston ran the Continental Hotel",
         "director_manager", _HOTEL, _WINSTON_ID),
        ("Len Wiseman directed Ballerina briefly.", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        ("Ballerina is a South Korean film, on the surface.", "Ballerina is a South Korean film",
         "country_of_origin", _BALLERINA, Text(text="South Korean")),
        ("Ballerina is set in the 1990s, its prologue anyway.", "Ballerina is set in the 1990s",
         "set_in_period", _BALLERINA, Text(text="the 1990s")),
        ("Ballerina is Lance Reddick's final film, as is The Continental.",
         "Ballerina is Lance Reddick's final film", "final_appearance", _REDDICK, _BALLERINA),
        # Reported: another's marriage, a marriage in a work, a job for a film.
        ("Winston married Charon to Rooney.", "Winston married Charon", "spouse", _CHARON_ID,
         _WINSTON_ID),
        ("Winston is married to Charon in the series.", "Winston is married to Charon",
         "spouse", _WINSTON_ID, _CHARON_ID),
        ("Ana de Armas was a dancer for the film.", "Ana de Armas was a dancer", "occupation",
         "person/ana-de-armas", Text(text="dancer")),
        # Reported: sentences after that take it back.
        ("Ballerina was set in Paris. That lasted two drafts.", "Ballerina was set in Paris",
         "narrative_location", _BALLERINA, Text(text="Paris")),
        ("Len Wiseman directed Ballerina. Then he quit.", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        ("Len Wiseman directed Ballerina. We made that up.", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        ("Len Wiseman directed Ballerina. April Fools!", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        # "wrote" is still a saying where the other name is no object of it.
        ("Chad Stahelski wrote that Len Wiseman directed Ballerina.",
         "Chad Stahelski wrote that Len Wiseman directed Ballerina", "screenwriter",
         _BALLERINA, "person/chad-stahelski"),
        ("Ballerina is Lance Reddick's son's final role.",
         "Ballerina is Lance Reddick's son's final role", "final_appearance", _REDDICK,
         _BALLERINA),
    ],
)  # fmt: skip
def test_a_governing_verb_a_limit_or_a_retraction_is_read(
    text: str, quote: str, predicate: str, subject: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog)


def test_a_follow_up_to_a_work_follows_it() -> None:
    # Reported: "the follow-up to" was refused as no word of the follows link.
    text = "Ballerina is the follow-up to John Wick: Chapter 4."
    claim, catalog = _read_in(_linked(text, "follows", _BALLERINA, _CHAPTER_4), text)
    assert _rules.quote_breaches(claim, catalog) == []


_58_MILLION = Quantity(amount=Decimal(58_000_000), unit="USD")
_90_MILLION = Quantity(amount=Decimal(90_000_000), unit="USD")


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        # Reported: direct speech closed by a speaker no one names.
        ('"Ballerina stars Keanu Reeves," a fan wrote on Reddit.', "Ballerina stars Keanu Reeves",
         "cast_member", _BALLERINA, _KEANU_ID),
        ("\u201cLen Wiseman directed Ballerina,\u201d a fan tweeted.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        # Reported: a relative clause that undoes the part.
        ("Keanu Reeves had a cameo in Ballerina that was deleted.",
         "Keanu Reeves had a cameo in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Keanu Reeves had a cameo in Ballerina, which was cut.",
         "Keanu Reeves had a cameo in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Keanu Reeves had a cameo in Ballerina that Lionsgate removed.",
         "Keanu Reeves had a cameo in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        # Reported: a credit for a part of the work.
        ("Chad Stahelski directed the action in Ballerina.",
         "Chad Stahelski directed the action in Ballerina", "director", _BALLERINA, _STAHELSKI),
        # Reported: a next sentence that hands the value on, moves it, or revises it.
        ("Len Wiseman directed Ballerina. Chad Stahelski later took over.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Ballerina stars Keanu Reeves. Ian McShane replaced him in March.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Ballerina stars Keanu Reeves. Reeves dropped out last week.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Ballerina was filmed in Prague. The shoot later moved to Budapest.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina is set in Prague. Reshoots moved the story to Vienna.",
         "Ballerina is set in Prague", "narrative_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina grossed $58 million. The true number is lower.",
         "Ballerina grossed $58 million", "box_office", _BALLERINA, _58_MILLION),
        ("Ballerina grossed $58 million. Together with John Wick, that is.",
         "Ballerina grossed $58 million", "box_office", _BALLERINA, _58_MILLION),
        ("Ballerina stars Keanu Reeves. That story was debunked.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Ballerina stars Keanu Reeves. This has been disproven.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        # Reported: a saying closing the sentence, or opening it, that no one is named for.
        ("Ballerina is set in Tokyo, the legend goes.", "Ballerina is set in Tokyo",
         "narrative_location", _BALLERINA, Text(text="Tokyo")),
        ("Ballerina stars Keanu Reeves, the internet has decided.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Fans say Ballerina stars Keanu Reeves.", "Ballerina stars Keanu Reeves",
         "cast_member", _BALLERINA, _KEANU_ID),
        # A work's distributor or maker from a sentence that names only another work.
        ("Lionsgate distributed John Wick.", "Lionsgate distributed John Wick", "distributor",
         _BALLERINA, "org/lionsgate"),
        ("Lionsgate distributed all four John Wick films.",
         "Lionsgate distributed all four John Wick films", "distributor", _BALLERINA,
         "org/lionsgate"),
        # Reported (attacker 85): an ellipsis the sentence goes on after, a correction after
        # a semicolon, an error's word after the names, an adjective of a work never made,
        # and a next sentence that tells the truth, wishes, mocks or stands in for it.
        ("Keanu Reeves appears in Ballerina... on a poster.",
         "Keanu Reeves appears in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Len Wiseman directed Ballerina\u2026 for about two weeks.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Ballerina was filmed in Prague; actually, it was Budapest.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina was filmed in Prague, a typo for Budapest.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina was filmed in Prague, an error Lionsgate later fixed.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        ("The cancelled Ballerina starred Keanu Reeves.",
         "The cancelled Ballerina starred Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Len Wiseman directed Ballerina. Truthfully, Chad Stahelski did.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Ballerina was filmed in Prague. Budapest stood in for it.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina grossed $58 million. If only.", "Ballerina grossed $58 million",
         "box_office", _BALLERINA, _58_MILLION),
        ("Len Wiseman directed Ballerina. Yeah, right.", "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        # Reported (attacker 88): a likeness or another's making before the value, a deal not
        # made, a belief no one vouches for, a next sentence moving it, dropping the plan,
        # giving the figure's hearsay source or calling none of it true.
        ("A fan-made trailer for Ballerina went viral this week.", "trailer for Ballerina",
         "trailer", _BALLERINA, Text(text="trailer")),
        ("An AI-generated Keanu Reeves appears in Ballerina.",
         "Keanu Reeves appears in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Ana de Armas stars in Ballerina, contracts unsigned.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Charon first appeared in John Wick, or so most fans remember.",
         "Charon first appeared in John Wick", "first_appearance", _CHARON_ID,
         "film/john-wick"),
        ("Ballerina was filmed in Prague. Those plans fell through.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina cost $90 million. That is according to a leaked memo.",
         "Ballerina cost $90 million", "cost", _BALLERINA, _90_MILLION),
        ("Ballerina cost $90 million. None of that is true.", "Ballerina cost $90 million",
         "cost", _BALLERINA, _90_MILLION),
        ("Rooney trained with Winston, a fellow recruit.", "Rooney trained with Winston",
         "student_of", _ROONEY, _WINSTON_ID),
        ("Ballerina was filmed in Prague. Prague is out, after a dispute over tax credits.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina was filmed in Prague. Bad news: Lionsgate just moved it to Budapest.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        # Reported (attacker 89): a short negation or a change of "that" in the next
        # sentence, one who "has since been cut", sarcasm, a figure added to, and a region
        # or a version the sentence before names.
        ("Ballerina was filmed in Prague. It wasn't.", "Ballerina was filmed in Prague",
         "filming_location", _BALLERINA, Text(text="Prague")),
        ("Len Wiseman directed Ballerina. Spoiler: he didn't.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Ballerina is set in Prague. The studio later changed that.",
         "Ballerina is set in Prague", "narrative_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina stars Keanu Reeves. Reeves has since been cut.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Keanu Reeves stars in Ballerina about as much as you do.",
         "Keanu Reeves stars in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Ballerina cost $90 million. Reshoots added a lot more.",
         "Ballerina cost $90 million", "cost", _BALLERINA, _90_MILLION),
        ("In China, the film did well. Ballerina grossed $58 million.",
         "Ballerina grossed $58 million", "box_office", _BALLERINA, _58_MILLION),
        ("The UK got a different cut. Ballerina runs 110 minutes.",
         "Ballerina runs 110 minutes", "duration", _BALLERINA,
         Quantity(amount=Decimal(110), unit="minute")),
        # Reported: a sentence before that frames what follows as old text, a quiz or a game.
        ("An early draft of this article said the following. Keanu Reeves stars in"
         " Ballerina.", "Keanu Reeves stars in Ballerina", "cast_member", _BALLERINA,
         _KEANU_ID),
        ("Quiz: true or false? Keanu Reeves stars in Ballerina.",
         "Keanu Reeves stars in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Fantasy casting time! Keanu Reeves stars in Ballerina.",
         "Keanu Reeves stars in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        # Reported: a supposition.
        ("Let's say Ballerina is set in Tokyo.", "Ballerina is set in Tokyo",
         "narrative_location", _BALLERINA, Text(text="Tokyo")),
        ("Say Ballerina stars Keanu Reeves.", "Ballerina stars Keanu Reeves", "cast_member",
         _BALLERINA, _KEANU_ID),
        # Reported: a next sentence that takes it back with a view's adverb, calls a figure
        # the original estimate, gives another cut's figure, says the film never leaves
        # another place, or that the part ended on the cutting room floor.
        ("Ballerina is produced by Basil Iwanyk. Officially, he is not.",
         "Ballerina is produced by Basil Iwanyk", "producer", _BALLERINA,
         "person/basil-iwanyk"),
        ("Ballerina cost $90 million. That figure was the original estimate.",
         "Ballerina cost $90 million", "cost", _BALLERINA, _90_MILLION),
        ("Ballerina cost $90 million. Its final cost was closer to $125 million.",
         "Ballerina cost $90 million", "cost", _BALLERINA, _90_MILLION),
        ("Ballerina runs 125 minutes. The cut that reached theaters runs 110.",
         "Ballerina runs 125 minutes", "duration", _BALLERINA,
         Quantity(amount=Decimal(125), unit="minute")),
        ("Ballerina is set in Prague. The script says so, but the film never leaves New York.",
         "Ballerina is set in Prague", "narrative_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina is set in Prague. Most of the film, however, takes place in New York.",
         "Ballerina is set in Prague", "narrative_location", _BALLERINA, Text(text="Prague")),
        ("Ballerina stars Keanu Reeves. His scenes ended up on the cutting room floor.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Early drafts of Ballerina were set in Seoul.", "Ballerina were set in Seoul",
         "narrative_location", _BALLERINA, Text(text="Seoul")),
        # Reported: a crowd's conviction, a credit taken back at once, speech of an unnamed
        # speaker, a link in name only, a genre of the franchise, a figure's noun hedged.
        ("Twitter is convinced Ana de Armas stars in Ballerina.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ("Ana de Armas stars in Ballerina, or she did until Tuesday.",
         "Ana de Armas stars in Ballerina", "cast_member", _BALLERINA, "person/ana-de-armas"),
        ('"Keanu Reeves stars in Ballerina," my nephew announced at dinner.',
         "Keanu Reeves stars in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Ballerina is part of the John Wick franchise, in name at least.",
         "Ballerina is part of the John Wick franchise", "part_of_series", _BALLERINA,
         "franchise/john-wick"),
        ("Ballerina is a thriller from the horror franchise.",
         "Ballerina is a thriller from the horror franchise", "genre", _BALLERINA,
         Text(text="horror")),
        ("Ballerina's reported budget is $90 million.",
         "Ballerina's reported budget is $90 million", "cost", _BALLERINA,
         Quantity(amount=Decimal(90_000_000), unit="USD")),
        # Reported: a plan or a promise, a slip corrected, a person's other work.
        ("Ballerina stars Keanu Reeves, Lionsgate had planned.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Lionsgate once promised that Ballerina stars Keanu Reeves.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID),
        ("Ballerina is directed by Chad Stahelski, I mean Len Wiseman.",
         "Ballerina is directed by Chad Stahelski", "director", _BALLERINA,
         "person/chad-stahelski"),
        ("His 2003 debut starred Kate Beckinsale.", "His 2003 debut starred Kate Beckinsale",
         "cast_member", _BALLERINA, "person/kate-beckinsale"),
        ("Picture Ballerina starring Keanu Reeves.", "Ballerina starring Keanu Reeves",
         "cast_member", _BALLERINA, _KEANU_ID),
        ("Envision Len Wiseman directing Ballerina.", "Len Wiseman directing Ballerina",
         "director", _BALLERINA, _WISEMAN),
    ],
)  # fmt: skip
def test_hearsay_an_undone_part_or_a_later_change_is_read(
    text: str, quote: str, predicate: str, subject: str, value: str | Text | Quantity
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog)


@each(
    ("text", "quote", "predicate", "subject", "value"),
    [
        ('"Len Wiseman directed Ballerina," Lionsgate said.', "Len Wiseman directed Ballerina",
         "director", _BALLERINA, _WISEMAN),
        ("Keanu Reeves had a cameo in Ballerina that fans loved.",
         "Keanu Reeves had a cameo in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("Ballerina was filmed in Prague. Production wrapped in March.",
         "Ballerina was filmed in Prague", "filming_location", _BALLERINA, Text(text="Prague")),
        ("Len Wiseman directed the action thriller Ballerina.",
         "Len Wiseman directed the action thriller Ballerina", "director", _BALLERINA, _WISEMAN),
        ("Keanu Reeves appears in Ballerina... and it is worth the wait.",
         "Keanu Reeves appears in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        ("A new trailer for Ballerina went viral this week.", "trailer for Ballerina",
         "trailer", _BALLERINA, Text(text="trailer")),
        ("Here is the cast. Keanu Reeves stars in Ballerina.",
         "Keanu Reeves stars in Ballerina", "cast_member", _BALLERINA, _KEANU_ID),
        # Reported: a link's verb after a modal, and takings in a region's theaters.
        ("Lionsgate will distribute Ballerina.", "Lionsgate will distribute Ballerina",
         "distributor", _BALLERINA, "org/lionsgate"),
        # Reported: a copular credit with the work's possessive was refused.
        ("Ballerina's director is Len Wiseman.", "Ballerina's director is Len Wiseman",
         "director", _BALLERINA, _WISEMAN),
        # Reported: a place listed with another was refused, the other called unknown.
        ("Ballerina was shot in Prague and Budapest.",
         "Ballerina was shot in Prague and Budapest", "filming_location", _BALLERINA,
         Text(text="Budapest")),
        ("Ballerina takes place in New York and Prague.",
         "Ballerina takes place in New York and Prague", "narrative_location", _BALLERINA,
         Text(text="Prague")),
        # Reported: "production" was no word of a work's country.
        ("Ballerina is a South Korean production.", "Ballerina is a South Korean production",
         "country_of_origin", "film/ballerina-2023", Text(text="South Korean")),
        ("Ballerina is a Lionsgate release.", "Ballerina is a Lionsgate release",
         "distributor", _BALLERINA, "org/lionsgate"),
        # Reported: "production" was no word of a production company.
        ("Ballerina is a Lionsgate production.", "Ballerina is a Lionsgate production",
         "production_company", _BALLERINA, "org/lionsgate"),
    ],
)  # fmt: skip
def test_an_attribution_a_liked_part_or_another_change_leave_the_claim_be(
    text: str, quote: str, predicate: str, subject: str, value: str | Text
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    assert _rules.quote_breaches(claim, catalog) == []


@each(
    ("text", "quote", "predicate", "subject", "value", "word"),
    [
        # Reported: a frame in the sentence before the quote's, of no table's words.
        ("A hoax went viral last week. Len Wiseman directed Ballerina.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN, "hoax"),
        ("Len Wiseman directed Ballerina. Chad Stahelski took it over instead.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN, "instead"),
        ("Ballerina grossed $58 million. Domestically.", "Ballerina grossed $58 million",
         "box_office", _BALLERINA, Quantity(amount=Decimal(58_000_000), unit="USD"),
         "Domestically"),
        ("Len Wiseman directed Ballerina. Ana de Armas stars. All of this is satire.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN, "satire"),
        # Once left be: a sentence after that may say more of the part, or correct it, or
        # change the credit (here another's: the note says so).
        ("Len Wiseman directed Ballerina. Keanu Reeves later joined the cast.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN, "later"),
        # Reported: a take-back past a neutral sentence, or in words of no table.
        ("Len Wiseman directed Ballerina. Fans were thrilled. Months later, Chad Stahelski"
         " was brought in to replace him.", "Len Wiseman directed Ballerina", "director",
         _BALLERINA, _WISEMAN, "later"),
        ("Len Wiseman directed Ballerina. The studio handed the reins to Chad Stahelski.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN, "handed"),
        ("Ballerina grossed $58 million. Theaters in Asia have yet to report.",
         "Ballerina grossed $58 million", "box_office", _BALLERINA,
         Quantity(amount=Decimal(58_000_000), unit="USD"), "yet to"),
        ("We asked a chatbot to cast Ballerina. Keanu Reeves stars in Ballerina.",
         "Keanu Reeves stars in Ballerina", "cast_member", _BALLERINA, _KEANU_ID, "chatbot"),
        # Reported: a denial, a hand-over or a scope in words of no table then; a frame
        # before; a next paragraph that points back.
        ("Len Wiseman directed Ballerina. That is a common misconception.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN, "misconception"),
        ("Len Wiseman directed Ballerina. Chad Stahelski wound up directing it.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN, "wound up"),
        ("A forum post claims the following. Len Wiseman directed Ballerina.",
         "Len Wiseman directed Ballerina", "director", _BALLERINA, _WISEMAN, "forum"),
        # Reported: a label or a tag of the quote's own sentence that frames it.
        ("Fantasy casting: Keanu Reeves stars in Ballerina.",
         "Keanu Reeves stars in Ballerina", "cast_member", _BALLERINA, _KEANU_ID, "Fantasy"),
        ("Gone are the days when Keanu Reeves starred in Ballerina.",
         "Keanu Reeves starred in Ballerina", "cast_member", _BALLERINA, _KEANU_ID, "Gone are"),
        ("Len Wiseman directed Ballerina.\n\nThat is the official line. In practice, Chad"
         " Stahelski redid most of it.", "Len Wiseman directed Ballerina", "director",
         _BALLERINA, _WISEMAN, "In practice"),
        ("Ballerina stars Keanu Reeves. This is not just a cameo.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID, "cameo"),
        ("Ballerina stars Keanu Reeves. In fact, it is his best work in years.",
         "Ballerina stars Keanu Reeves", "cast_member", _BALLERINA, _KEANU_ID, "In fact"),
    ],
)  # fmt: skip
def test_the_last_net_reads_the_sentences_around_the_quote(
    *, text: str, quote: str, predicate: str, subject: str, value: str | Quantity, word: str
) -> None:
    claim, catalog = _quoted_in(text, quote, predicate, subject, value)
    (breach,) = _rules.quote_breaches(claim, catalog)
    assert f"writes {word!r}" in breach.message
    # A note that quotes the words of that sentence with the word, and says how the value
    # stands, lets it stand; words of the sentence without the word do not.
    (sentence,) = (part for part in re.split(r"(?<=\.) ", text) if word in part)
    said = sentence.rstrip(".")
    noted = attrs.evolve(claim, note=f"'{said}' leaves the value as the quote gives it.")
    assert _rules.quote_breaches(noted, catalog) == []
    other = said.replace(word, "").strip(" ,")
    partly = attrs.evolve(claim, note=f"'{other}' leaves the value as the quote gives it.")
    assert _rules.quote_breaches(partly, catalog) == [breach]


def test_every_neighbours_review_is_still_needed() -> None:
    # The net holds for every shipped claim, each reviewed one for the reason given.
    assert {} == _breaches(
        {c.id: _rules.neighbours_read_or_noted(c, CATALOG) for c in CATALOG.claims}
    )
    for claim_id in _rules.NEIGHBOURS_READ:
        assert _rules.neighbours_read_or_noted(_claim(claim_id), CATALOG, reviewed={}), claim_id


def test_a_value_taken_back_at_once_is_superseded_not_one_of_several() -> None:
    # Reported: ", or was until 2019" was "one of several", and the message asked for an
    # open choice's status.
    text = "Ballerina is set in Prague, or was until the rewrite."
    claim, catalog = _quoted_in(
        text, "Ballerina is set in Prague", "narrative_location", _BALLERINA, Text(text="Prague")
    )
    (breach,) = _rules.quote_breaches(claim, catalog)
    assert "takes the value back at once" in breach.message
    assert "superseded" in breach.message
    whole, catalog = _quoted_in(
        text, text.rstrip("."), "narrative_location", _BALLERINA, Text(text="Prague")
    )
    superseded = attrs.evolve(whole, qualifiers=Qualifiers(status=Status.SUPERSEDED))
    assert _rules.quote_breaches(superseded, catalog) == []


def test_a_streaming_service_by_its_new_name_is_a_streaming_release() -> None:
    # Reported: "hits Max" had "no word of the release".
    text = "Ballerina hits Max on August 15, 2024."
    claim, catalog = _quoted_in(
        text,
        text.rstrip("."),
        "release_date",
        _BALLERINA,
        DateValue(date=PartialDate.parse("2024-08-15")),
    )
    # Present tense, a date to come: scheduled, as "hits Peacock on" is.
    qualifiers = Qualifiers(medium=Medium.STREAMING, status=Status.SCHEDULED)
    assert _rules.quote_breaches(attrs.evolve(claim, qualifiers=qualifiers), catalog) == []
