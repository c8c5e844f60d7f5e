"""The rules of the data that code can check, each one small function over one record.

The data tests call them over every record of the data, ``curate`` over every record of a
curation file, which it reports at the record's line, and ``Catalog.verify`` those that
read a claim against its own quote over every claim: one implementation of each rule.
Each function returns the record's breaches of its rule, an empty list when it holds. The
rules are those of the page "The data model"; a reviewed exception names its claim and says
why it may stand, and holds for that claim as shipped alone.

Over 600 lines because every rule is here, each beside its reviewed exceptions and their
reasons: one place that the data tests, curation and verification all read.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import sys
import unicodedata
import weakref
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

import attrs

from . import _re as re
from ._figures import (
    CURRENCY_SIGNS,
    SCALE_WORDS,
    currency_signs,
    decimal_comma_figures,
    singular,
    where_written,
    writes_currency,
    writes_in_currency,
    written_amounts,
    written_figures,
)
from ._kinds import KINDS, WorkKind, kind_of, row_of
from ._normalize import normalize
from ._quotes import EVIDENCE_CONTEXT, passage_in
from ._records import (
    Bound,
    Character,
    Claim,
    DateInterval,
    DateValue,
    Entity,
    EntityRef,
    Film,
    Medium,
    PartialDate,
    Person,
    Quantity,
    Season,
    Source,
    Status,
    Text,
    TitleKind,
)
from ._relations import (
    APOSTROPHES,
    CONTRACTED_NOT,
    GOAL_WORDS,
    NEGATING_PHRASES,
    NEGATIONS,
    PRIVATIVE_FORMS,
    PRIVATIVE_WORDS,
    UNDOING_BEFORE_PHRASES,
    UNDOING_PHRASES,
    region_key,
)
from ._units import TIME_UNITS
from ._validators import days_in_month, id_pattern, short_repr

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence

__all__ = [
    "ABBREVIATIONS",
    "ALTERNATIVE_WORDS",
    "APPEARING_FORMS",
    "ASIDE_WORDS",
    "BEING_VERBS",
    "BOUND_WORDS",
    "BOUND_WORDS_AFTER",
    "CASED_WORDS",
    "CHANGE_WORDS",
    "CLAUSE_BREAK_WORDS",
    "CLAUSE_OPENING_WORDS",
    "CONTRAST_CALLED_WORDS",
    "CUT_FROM_THE_WORK_WORDS",
    "DATE_BOUND_WORDS",
    "DATE_REPLACED_WORDS",
    "DATE_SHAPE_WORDS",
    "DECIDED_AGAINST_WORDS",
    "DENYING_WORDS",
    "DESCRIPTION_WORDS",
    "DIFFERENCE_WORDS",
    "DONE_BEFORE_TO",
    "DONE_STATUSES",
    "EVENT_WORDS",
    "FACT_BOX_MONEY_LABELS",
    "FACT_WORDS",
    "FEARING_WORDS",
    "FIGURE_PREDICATE_WORDS",
    "FIRM_STATUSES",
    "FORECAST_STATUSES",
    "FORMER_LINK_PREDICATES",
    "FORMER_LINK_WORDS",
    "FORMER_TITLE_AFTER_WORDS",
    "FORMER_TITLE_WORDS",
    "FUTURE_WORDS",
    "GOAL_WORDS",
    "HEARSAY_WORDS",
    "HEDGE_WORDS",
    "HINTING_WORDS",
    "HOPE_WORDS",
    "INCLUDED_PART_WORDS",
    "KEEPING_WORDS",
    "LINK_VERBS_AFTER_TO",
    "LOST_PART_WORDS",
    "LOST_TO_BEFORE_WORDS",
    "MOVING_WORDS",
    "NEIGHBOURING_EVENT_WORDS",
    "NOTE_CONTEXT",
    "NOTE_FACT_WORDS",
    "NOT_A_CREDIT_WORDS",
    "NOUN_PHRASE_FOLLOWERS",
    "ORGANIZATION_LINKS",
    "OTHER_PARTS",
    "OTHER_SUMS",
    "OTHER_THINGS",
    "OTHER_WORK_WORDS",
    "PART_OF_RUN_WORDS",
    "PAST_PLAN_WORDS",
    "PLAN_HOLDING_VERBS",
    "PLAYING_WORDS",
    "PREVENTING_WORDS",
    "PRIVATIVE_FORMS",
    "PRIVATIVE_WORDS",
    "REGION_EXCLUDING_WORDS",
    "RELATION_POSSESSOR",
    "ROLE_REACH",
    "ROLE_WORDS",
    "RUNNING_TIME_NOUNS",
    "RUNNING_TIME_WORDS",
    "SCHEDULING_WORDS",
    "SEASON_WORDS",
    "SENTENCE_REACH",
    "SET_GOVERNING_WORDS",
    "SET_NOUNS",
    "STATUS_FROM_CONTEXT",
    "STATUS_WORDS",
    "STREAMING_ANNOUNCING_WORDS",
    "STREAMING_SERVICES",
    "SUPERSEDED_STATUSES",
    "TELLING_WORDS",
    "TEXT_PREDICATE_WORDS",
    "TEXT_VALUE_WORDS",
    "THEATERS_REGIONS",
    "TITLE_GIVING_WORDS",
    "TITLE_INNER_WORDS",
    "TOTAL_OR_MISSED_WORDS",
    "UNDOING_STATUS_WORDS",
    "VALUE_ALTERNATIVES",
    "VALUE_CHARACTERS",
    "WEEKDAYS",
    "WHICH_WORDS",
    "WORK_LEFT_OUT_AFTER_WORDS",
    "WORK_LEFT_OUT_WORDS",
    "WORK_WORDS",
    "WORK_YEAR_NOUNS",
    "Breach",
    "Catalog",
    "bound_read_from_its_quote_or_noted",
    "box_office_a_running_total",
    "catalog_breaches",
    "character_in_its_persons_part_or_noted",
    "chronology_of_the_story",
    "claim_breaches",
    "claim_id_prefix",
    "credit_written_with_its_role_or_noted",
    "date_not_bounded_by_its_quote_or_noted",
    "date_not_replaced_or_noted",
    "date_of_its_predicates_event",
    "date_on_its_weekday",
    "date_possible_when_published",
    "dated_by_its_quote_or_noted",
    "death_not_a_characters",
    "description_quotes_are_source_passages",
    "description_words_are_source_words",
    "entity_value_keeps_its_quotes_negations",
    "figure_dated_when_published",
    "figure_keeps_its_quotes_negations",
    "figure_not_a_sets_total",
    "figure_of_the_work_itself_or_noted",
    "filming_location_not_the_place_depicted",
    "final_appearance_the_very_last",
    "former_credit_or_location_superseded_or_noted",
    "former_link_superseded_or_noted",
    "hoped_when_the_quote_hopes",
    "id_starts_with_its_source",
    "lead_in",
    "lead_out",
    "link_word_of_its_own_names",
    "names_written_as_a_source_writes_them",
    "new_title_written_as_a_title",
    "no_film_read_from_an_order_word",
    "no_name_of_another_entity",
    "no_name_shaped_like_an_id",
    "notable_work_known_for_making_it",
    "note_passages",
    "notes_hold_no_facts",
    "notes_quote_the_text",
    "occupation_not_a_played_part",
    "occupation_not_anothers",
    "occupation_now_held_or_noted",
    "other_name_held_or_noted",
    "plain",
    "presence_in_the_work_itself",
    "production_status_not_undone_or_superseded",
    "production_status_says_only_how_far",
    "published_date_says_how_it_is_known",
    "quantity_written_by_its_quote_or_noted",
    "quote_breaches",
    "region_written_by_its_quote_or_noted",
    "release_date_not_a_runs_end",
    "series_said_of_the_work_or_noted",
    "source_breaches",
    "stage_not_yet_reached_kept_or_noted",
    "stated_not_asked",
    "stated_not_denied_nor_doubted",
    "status_backed_by_its_words",
    "status_when_the_quote_hedges",
    "text_of_its_predicates_words",
    "text_written_with_its_predicates_words",
    "title_finds_its_work",
    "title_kind_read_from_its_quote_or_noted",
    "value_from_one_clause_or_noted",
    "value_keeps_its_quotes_characters",
    "value_keeps_its_quotes_negations",
    "value_not_corrected",
    "value_not_in_a_correction_notice",
    "value_not_one_of_several_or_noted",
    "verb_after_to_done_or_noted",
    "words",
    "work_named_as_itself_or_noted",
    "work_not_left_out_of_its_set",
    "year_written_by_a_source",
]


@attrs.frozen
class Breach:
    """A rule a record breaks: the rule, the record's field, and what to do (one line)."""

    rule: str
    field: str
    message: str


class Catalog(Protocol):
    """What the rules read of a catalog; :class:`~ballerina_data.Catalog` has it all.
    Named here, not imported: the catalog's ``verify`` applies these rules."""

    @property
    def sources(self) -> tuple[Source, ...]: ...

    @property
    def texts(self) -> Mapping[str, str]: ...

    @property
    def claims(self) -> tuple[Claim, ...]: ...

    def entity(self, entity_id: str) -> Entity: ...

    def text(self, source: str) -> str: ...

    def source(self, source_id: str) -> Source: ...

    def films_titled(self, title: str) -> tuple[Film, ...]: ...

    @property
    def films(self) -> tuple[Film, ...]: ...

    @property
    def people(self) -> tuple[Entity, ...]: ...

    @property
    def characters(self) -> tuple[Entity, ...]: ...

    @property
    def organizations(self) -> tuple[Entity, ...]: ...

    def claims_from(self, source: str) -> tuple[Claim, ...]: ...

    def people_named(self, name: str) -> tuple[Person, ...]: ...


#: Words of a hope, wish or intention ("I would love to see him come back", "Wiseman wants
#: Keanu Reeves in Ballerina", "the studio plans to ..."): a quote that holds one gives its
#: claim the status ``hoped`` (:func:`hoped_when_the_quote_hopes`), and they back that
#: status. Each form is listed: "wanted" is left out ("a wanted man" wants nothing), "long
#: to" too ("so long to make"), and "planned" ("the planned spin-off" is a plan, no hope).
#: "Fingers crossed" is a hope too ("touch wood", "knock on wood"), and so is being open to
#: a part ("open to appearing", "open to returning"; not "open to" alone: "opens to
#: audiences"). So are a petition, a
#: part someone "deserved to" have, and a thing "imagined": "A petition calls for Keanu
#: Reeves to star in Ballerina", "Imagine Keanu Reeves starring in Ballerina"; and a thing
#: demanded ("Fans are clamoring for the sequel", "demanding").
HOPE_WORDS = (
    "hope", "hopes", "hoped", "hoping", "hopeful", "wish", "wishes", "wished", "wishing",
    "wishful", "love to", "plans for", "want", "wants", "would like", "plan to", "plans to",
    "planning to", "intend to", "intends to", "intending to", "aim to", "aims to", "aiming to",
    "dream of", "dreams of", "dreaming of", "keen to", "eager to", "longs to", "longing to",
    "fingers crossed", "open to appearing", "open to returning", "open to starring",
    "open to reprising", "open to coming back",
    # Luck wished for, as "fingers crossed" is: "..., touch wood.", "knock on wood".
    "touch wood", "touching wood", "knock on wood", "knock wood", "knocking on wood",
    # A wish of others, or a thing pictured, is no credit: "A petition calls for Keanu Reeves
    # to star", "Keanu Reeves deserved to star", "Imagine Keanu Reeves starring".
    "petition", "petitions", "petitioned", "petitioning", "deserve to", "deserves to",
    "deserved to", "deserving to", "imagine", "imagines", "imagined", "imagining",
    # A thing others demand, not one made: "Fans are clamoring for the sequel", "demanding
    # the sequel" (not "a demanding role", nor the "demand" of the box office).
    "clamor for", "clamors for", "clamored for", "clamoring for", "clamour for",
    "clamours for", "clamoured for", "clamouring for", "demand the", "demand a",
    "demands the", "demands a", "demanded the", "demanded a", "demanding the", "demanding a",
    # Past intentions, which most often did not come to pass: "Lionsgate wanted Keanu Reeves
    # to star", "planned for", "intended", "aimed for", "envisioned", "pitched" (not "a
    # wanted man": _HOPE).
    "wanted", "planned to", "planned for", "intended", "aimed to", "aimed for", "envisioned",
    "envisaged", "pictured", "pitched", "sought to", "tried to", "meant to",
)  # fmt: skip
#: Words that put a thing still to come: "Ballerina will be released on May 30, 2025", "it'll
#: open", "shall open", "is going to open", "is to open", "are to open", "is set to open". A
#: date they stand before is a date still to come (:func:`status_when_the_quote_hedges`),
#: and they back ``scheduled`` and ``expected``. Elsewhere "will" hedges nothing: "Keanu
#: Reeves will return" is the article saying what the film is to hold.
FUTURE_WORDS = ("will", "'ll", "shall", "going to", "is to", "are to", "set to")
# An adverb of degree between a being verb and its denial, any number of them, each set off
# by commas or not: "is simply false", "is completely untrue", "is, simply, untrue", "is
# flat-out wrong", "was quickly shot down". Any word in "-ly" is one (not "hardly",
# "scarcely", "barely", which turn the denial round), and the plain ones "just", "flat
# out", "dead", "plain", "pure", "utter", "complete", "outright".
_DEGREE = (
    r"(?:\s*,?\s*(?:(?!(?:hardly|scarcely|barely)\b)[a-z]+ly|just|flat[\s-]+out|dead|plain"
    r"|pure|utter|complete|outright)(?![\w'-])\s*,?)*\s+"
)
# Words that call a claim false: "a report Lionsgate called false".
_FALSE_WORD = r"(?:false|untrue|baseless|bogus|fake|wrong|inaccurate|incorrect|a\s+hoax|nonsense)"
# Words of a joke, which states nothing ("just kidding", "April Fools", "satire", "parody";
# not "no kidding", which means it), in every form: "joked", "quipped", "half-jokingly",
# "sarcastically", "tongue in cheek", "with a wink" (not "no joke", "not a joke": said in
# earnest). A tease is a joke only in the words that make it one: "teasingly", "playfully
# teased", "just teasing" at its clause's end ("(just teasing)"); a plain "teased" or
# "teasing that" is film news's hint of what is coming ("only teasing that it follows").
_JOKE_WORDS = (
    r"(?<!no\s)kidding|(?:half-)?jok(?:ing|ingly)|in\s+jest|april\s+fool(?:s'|'s|s)?"
    r"|satir(?:e|ical)|parod(?:y|ies)"
    r"|(?<!no\s)(?<!not\sa\s)jok(?:e|es|ed)|quip(?:s|ped|ping)?|sarcas(?:m|tic|tically)"
    r"|tongue[\s-]+in[\s-]+cheek|with\s+a\s+wink|teasingly"
    r"|playfully\s+teas(?:e|es|ed|ing)|(?:just|only|merely)\s+teasing(?=\s*(?:[^\w\s]|\Z))"
)
#: Words by which a quote's sentence says that what it holds did not happen, is not so, or
#: is doubted (:func:`stated_not_denied_nor_doubted`), each with the statuses it backs. A
#: counterfactual ("would have been released", "would have played", "should have been",
#: "could've", "was supposed to", "was meant to", "was to have been"; not "would have" as
#: a verb of its own, "would have to", "would have a sequel"), a falsity ("It is false
#: that", "are false", "is untrue", "is not true", "isn't true", "It is a myth that") and
#: a dismissal ("dismissed claims that", "rejected reports", "refuted", "debunked"; a verb
#: of :data:`DENIAL_VERBS` with a report as its object, "laughed off reports that",
#: "poured cold water on the rumors", "a rumor Lionsgate quashed"), an
#: error ("incorrectly", "wrongly", "mistakenly", "erroneously", "falsely",
#: "inaccurately"; a claim named and rejected or called false in any order, "a claim
#: Lionsgate dismissed", "a report the studio called false", "a rumor Lionsgate shot down",
#: "called the report untrue", "a hoax"; a joke, "(just kidding)", "joking", "April Fools",
#: "Satire:", "parody", "joked", "quipped", "half-jokingly", "sarcastically", "tongue in
#: cheek", "with a wink", "teasingly", "playfully teased", "(just teasing)"; not a plain
#: "teased" or "teasing that", a hint of what is coming; "misstated", "misreported",
#: "misidentified", "mislabeled",
#: "miscredited", "misattributed", "misquoted" and their forms; pretence, lies, dreams and
#: errors, "lied", "lies that", "pretended", "imagined", "fantasized", "dreamed", "dreamt",
#: "in error", "by mistake", "confused with", "mistaken for" and their forms; "turned out
#: to be wrong", "proved mistaken", "were mistaken", "was a hoax", "is incorrect", "is
#: inaccurate"; the statement called false after it, "The claim that ... is wrong", "is
#: baseless", "is unfounded", "is nonsense", "is fake news", "is a misconception", "is a
#: fabrication", "is fiction", "is erroneous", or disputed before it, "disputes that",
#: "rejects that", "contested that", "corrected reports that"; a correction's "An earlier
#: version of this article/story/report/piece/post") and a near miss ("almost" or "nearly"
#: just before a verb of a thing done, "almost directed", "was nearly released", "almost
#: became"; "came close to" before one, "came close to appearing") back
#: none: the claim's note quotes the words and says why the value stands, as for a
#: negation. A doubt ("I doubt",
#: "doubtful", "Few believe", "skeptical"; words that call the thing not known, "is
#: unclear", "is uncertain", "is unknown", "remains to be seen", "up in the air", "anyone's
#: guess", "a long shot", "TBD"; a thing stalled, "on hold", "on ice", "in limbo", "dead in
#: the water", "on the back burner", "a pipe dream", "a question mark", "improbable",
#: "stalled") backs ``unconfirmed`` or ``speculated``, and a
#: refusal to confirm ("refuses to confirm", "declined to confirm"), a confirmation not
#: given ("never confirmed", "has yet to confirm", "hasn't confirmed") and a dispute
#: ("disputed", "disputes", "is inflated", "is overstated": "..., a figure Lionsgate says is
#: inflated") ``unconfirmed``: the claim has one of them, or that note. The words of a
#: doubt are words; the others are patterns.
#: Words of a thing doubtful or stalled, which may never come (a doubt of
#: :data:`DENYING_WORDS`): "The sequel Ballerina 2 is on hold", "on ice", "in limbo", "dead
#: in the water", "on the back burner", "a pipe dream", "remains a question mark", "seems
#: improbable", "has stalled". A production status reads them as a stage of its own.
STALLED_WORDS = (
    "on hold", "on ice", "in limbo", "dead in the water", "back burner", "back-burner",
    "back-burnered", "pipe dream", "a question mark", "improbable", "stalled", "stalls",
)  # fmt: skip
DENYING_WORDS: dict[str, tuple[Status, ...]] = {
    **dict.fromkeys(
        (
            r"(?:would|should|could)(?:\s+not|n't)?\s+have"
            r"(?!\s+(?:to|a|an|the|its|his|her|their|no|any|some)\b)",
            r"(?:would|should|could)'ve",
            r"(?:was|were)\s+(?:supposed|meant)\s+to",
            r"(?:was|were)\s+to\s+have",
            r"(?:is|are|was|were|be|been|proved|proven)" + _DEGREE + r"(?:false|untrue|a\s+myth"
            r"|not\s+true|wide\s+of\s+the\s+mark|off\s+the\s+mark|off\s+base)",
            r"(?:is|are|was|were)n['\u2019]t\s+true",
            r"(?:false|untrue|a\s+myth|not\s+true)\s+that",
            r"(?:dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?)\s+(?:(?:the|all|any)\s+)?"
            r"(?:claims?|reports?|rumou?rs?|speculation|suggestions?)",
            r"refut(?:e|es|ed|ing)|debunk(?:s|ed|ing)?",
            # A claim named, then rejected or called false in any order: "a claim Lionsgate
            # dismissed", "a report the studio called false", "shot down the rumor".
            r"(?:claims?|reports?|rumou?rs?|stor(?:y|ies)|speculation|suggestions?)"
            r"(?:\s+[\w'.]+){0,4}?\s+(?:dismiss(?:es|ed)|reject(?:s|ed)"
            r"|sh(?:oots?|ot)\s+down|call(?:s|ed)?\s+" + _FALSE_WORD + ")",
            r"call(?:s|ed|ing)?\s+(?:(?:the|that|this|these|those|such|all|any)\s+)?"
            r"(?:claims?|reports?|rumou?rs?|stor(?:y|ies))\s+" + _FALSE_WORD,
            r"sh(?:oots?|ot|ooting)\s+down\s+(?:(?:the|that|this|these|those|all|any)\s+)?"
            r"(?:claims?|reports?|rumou?rs?|stor(?:y|ies)|speculation)",
            r"hoax(?:es)?",
            # A joke states nothing: "(just kidding)", "April Fools:", "Satire:".
            _JOKE_WORDS,
            # Words of error: the statement is called a mistake.
            r"incorrectly|wrongly|mistakenly|erroneously|falsely|inaccurately",
            r"mis(?:stat(?:e|es|ed|ing)|report(?:s|ed|ing)?|identif(?:y|ies|ied|ying)"
            r"|label(?:s|ed|led|ing|ling)?|credit(?:s|ed|ing)?|attribut(?:e|es|ed|ing)"
            r"|quot(?:e|es|ed|ing))",
            r"(?:turn(?:s|ed)?|prove[ds]?|proven)\s+(?:out\s+)?(?:to\s+be\s+)?"
            r"(?:wrong|false|untrue|incorrect|inaccurate|mistaken|a\s+hoax|a\s+mistake)",
            r"(?:is|are|was|were|be|been)" + _DEGREE + r"(?:incorrect|inaccurate|a\s+hoax)",
            # A statement called false after it ("The claim that ... is baseless") or
            # disputed before it ("Lionsgate disputes that ...", "corrected reports that").
            r"(?:is|are|was|were|be|been)" + _DEGREE + r"(?:wrong|mistaken|baseless|unfounded"
            r"|groundless|nonsense|bogus|fake(?:\s+news)?|fiction"
            r"|fabricated|erroneous|a\s+(?:misconception|fabrication"
            r"|falsehood|lie|myth|mistake|fiction))",
            # The verbs alone: "a pay dispute that", "the disputes that" are nouns.
            r"(?<!the\s)(?<!a\s)(?<!its\s)(?<!their\s)(?<!pay\s)(?<!legal\s)"
            r"(?:disput(?:es|ed|ing)|contest(?:ed|ing)|reject(?:s|ed|ing)?"
            r"|correct(?:s|ed|ing)|den(?:y|ies|ied|ying))\s+(?:(?:the|all|any)\s+)?"
            r"(?:(?:claims?|reports?|rumou?rs?|suggestions?|speculation)\s+)?that",
            r"(?<!the\s)(?<!a\s)(?<!its\s)(?<!their\s)(?<!pay\s)(?<!legal\s)"
            r"(?:disput(?:es|ed|ing)|contest(?:ed|ing)|correct(?:s|ed|ing))\s+"
            r"(?:(?:the|all|any)\s+)?(?:claims?|reports?|rumou?rs?|speculation|suggestions?)",
            r"an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece|post)",
            # Pretence, lies, dreams and errors: the thing said is unreal or someone else's,
            # "lied that he directed", "pretended to star", "dreamed he starred", "credited
            # in error", "confused with the man who directed".
            r"l(?:ied|ying)|lies\s+(?:that|about)|pretend(?:s|ed|ing)?|pretence|pretense"
            r"|imagin(?:es|ed|ing)|fantasi[sz](?:es|ed|ing)|daydream(?:s|ed|ing|t)?"
            r"|dream(?:s|ed|ing|t)|in\s+error|by\s+mistake|confus(?:es|ed|ing)\s+with"
            r"|mistak(?:es|en|ing)\s+for|mistook",
            # A mistaken belief governing the clause after it: "It's a common misconception
            # that ...", "a myth holds that", "Many viewers assume ...", "misremember that",
            # "viewers mistake Ballerina for a sequel", "confuse it with", "conflate"; an
            # assumption ("Many viewers assume ...") is a guess, below.
            r"(?:misconceptions?|misbeliefs?|misapprehensions?|myths?|fallac(?:y|ies)"
            r"|urban\s+legends?)(?:\s+(?:is|was|holds|held|has\s+it|goes))?\s+that",
            r"mis(?:remember|believ|apprehend|recall|understand|underst(?:oo)?d)[\w']*",
            r"(?:mistak(?:e|es|ing)|mistook|confus(?:e|es|ed|ing))\s+(?:[\w'.:-]+\s+){1,8}?"
            r"(?:for|with)",
            r"conflat(?:e|es|ed|ing|ion)",
            # A near miss: the thing came close and was not done.
            r"(?:almost|nearly)\s+(?!hundred\b)(?:[a-z]{2,}ed|became|got|made|went|took|won"
            r"|lost|came|cast|ran|shot|quit|left|did)",
            r"(?:came|comes|come|coming)\s+close\s+to\s+[a-z]+ing",
        ),
        (),
    ),
    **dict.fromkeys(
        (
            "doubt", "doubts", "doubted", "doubting", "doubtful", "few believe", "few think",
            "few expect", "skeptical", "sceptical",
            # Words that call the thing not known: "... is unclear", "remains to be seen".
            "is unclear", "is uncertain", "is unknown", "remains unclear",
            "remains uncertain", "remains unknown", "remains to be seen",
            "remain to be seen", "up in the air", "anyone's guess", "a long shot", "tbd",
            "to be determined",
            *STALLED_WORDS,
        ),
        (Status.UNCONFIRMED, Status.SPECULATED),
    ),
    # An assumption, a guess at best: "Many viewers assume Keanu Reeves directed Ballerina"
    # (not "assumed the role", "assumes control"; "assuming" is a condition's word).
    **dict.fromkeys(
        (
            r"assum(?:e|es|ed)(?!\s+(?:the|a|an|his|her|their|its|control|command|office"
            r"|responsibility|responsibilities|duties|power|charge|leadership)\b)",
        ),
        (Status.SPECULATED,),
    ),
    **dict.fromkeys(
        ("refuses to confirm", "refused to confirm", "declines to confirm", "declined to confirm"),
        (Status.UNCONFIRMED,),
    ),
    # Not confirmed, or disputed, after the value too: "..., a figure Lionsgate has never
    # confirmed", "has yet to confirm", "has disputed", "says is inflated".
    **dict.fromkeys(
        (
            "never confirmed", "never been confirmed", "yet to confirm", "yet to be confirmed",
            "has not confirmed", "hasn't confirmed", "have not confirmed", "haven't confirmed",
            "did not confirm", "didn't confirm", "would not confirm", "wouldn't confirm",
            "won't confirm", "disputed", "disputes", "is inflated", "was inflated",
            "is overstated", "was overstated", "is exaggerated", "was exaggerated",
        ),
        (Status.UNCONFIRMED,),
    ),
}  # fmt: skip


#: Nouns of report or talk that, with "that", tell the clause after them at second hand
#: ("Rumors that Keanu Reeves stars in Ballerina are everywhere", "Keanu Reeves responded to
#: reports that he stars in it", "The idea that ..."), each in both numbers:
#: :data:`HEARSAY_WORDS`, backing ``reported``, ``unconfirmed`` or ``speculated``.
REPORT_NOUNS = tuple(
    form
    for noun, plural in (
        ("rumor", "rumors"), ("rumour", "rumours"), ("report", "reports"),
        ("speculation", "speculations"), ("idea", "ideas"), ("word", "word"),
        ("talk", "talk"), ("claim", "claims"), ("suggestion", "suggestions"),
        ("whisper", "whispers"), ("chatter", "chatter"), ("notion", "notions"),
        ("possibility", "possibilities"), ("gossip", "gossip"), ("buzz", "buzz"),
        ("theory", "theories"), ("allegation", "allegations"), ("murmur", "murmurs"),
        ("belief", "beliefs"), ("assumption", "assumptions"),
        ("impression", "impressions"),
    )
    for form in dict.fromkeys((noun, plural))
)  # fmt: skip
#: Each phrase of a word table (two words or more) with the pattern it is read by, as
#: :func:`_phrases` made it: every table's phrases are read through :func:`_phrase`.
_PHRASE_PATTERNS: dict[str, str] = {}


def _phrase(words: str) -> str:
    """A phrase of a word table as a pattern, the one way the rules read a table's phrases:
    its words as written, with any run of whitespace between them (a no-break or thin space,
    a line break, a tab, two spaces: "less\\nthan" of a hard-wrapped text, "more than" with
    a no-break space of a page saved from the web are "less than" and "more than")."""
    return r"\s+".join(map(re.escape, words.split()))


def _phrases(words: Iterable[str]) -> str:
    """The :func:`_phrase` patterns of ``words`` as one, the longest first (a longer phrase
    is read before a shorter one it starts with), each kept in :data:`_PHRASE_PATTERNS`."""
    found = []
    for word in sorted(words, key=len, reverse=True):
        found.append(_phrase(word))
        if " " in word:
            _PHRASE_PATTERNS[word] = found[-1]
    return "|".join(found)


#: Verbs of denial, each in every form: with a report or talk of :data:`REPORT_NOUNS` as
#: their object ("Keanu Reeves laughed off reports that he stars in Ballerina", "quashed the
#: persistent rumors", "put those rumors to rest", "laughed the rumor off") or named before
#: them ("a rumor Lionsgate laughed off", "Rumors that ... were quashed"), they say what the
#: report holds is not so, and back no status (:data:`DENYING_WORDS`): the claim's note
#: quotes the words and says why the value stands. Alone they deny nothing of the film
#: ("downplayed his role", "pushed back the release").
DENIAL_VERBS = tuple(
    f"{verb}{rest}"
    for forms, rest in (
        (("deny", "denies", "denied", "denying"), ""),
        (("dismiss", "dismisses", "dismissed", "dismissing"), ""),
        (("reject", "rejects", "rejected", "rejecting"), ""),
        (("refute", "refutes", "refuted", "refuting"), ""),
        (("debunk", "debunks", "debunked", "debunking"), ""),
        (("discredit", "discredits", "discredited", "discrediting"), ""),
        (("rubbish", "rubbishes", "rubbished", "rubbishing"), ""),
        (("quash", "quashes", "quashed", "quashing"), ""),
        (("scotch", "scotches", "scotched", "scotching"), ""),
        (("squash", "squashes", "squashed", "squashing"), ""),
        (("squelch", "squelches", "squelched", "squelching"), ""),
        (("dispel", "dispels", "dispelled", "dispelling"), ""),
        (("downplay", "downplays", "downplayed", "downplaying"), ""),
        (("nix", "nixes", "nixed", "nixing"), ""),
        (("shoot", "shoots", "shot", "shooting"), " down"),
        (("swat", "swats", "swatted", "swatting"), " down"),
        (("knock", "knocks", "knocked", "knocking"), " down"),
        (("slap", "slaps", "slapped", "slapping"), " down"),
        (("shut", "shuts", "shutting"), " down"),
        (("play", "plays", "played", "playing"), " down"),
        (("laugh", "laughs", "laughed", "laughing"), " off"),
        (("brush", "brushes", "brushed", "brushing"), " off"),
        (("brush", "brushes", "brushed", "brushing"), " aside"),
        (("wave", "waves", "waved", "waving"), " off"),
        (("wave", "waves", "waved", "waving"), " away"),
        (("shrug", "shrugs", "shrugged", "shrugging"), " off"),
        (("scoff", "scoffs", "scoffed", "scoffing"), " at"),
        (("push", "pushes", "pushed", "pushing"), " back on"),
        (("push", "pushes", "pushed", "pushing"), " back against"),
        (("hit", "hits", "hitting"), " back at"),
        (("pour", "pours", "poured", "pouring"), " cold water on"),
        (("throw", "throws", "threw", "thrown", "throwing"), " cold water on"),
        (("put", "puts", "putting"), " to rest"),
        (("lay", "lays", "laid", "laying"), " to rest"),
    )
    for verb in forms
)  # fmt: skip
# A verb of denial and its report: the report after the verb or between its words ("laughed
# the rumor off"), up to three words before the noun ("the persistent online rumors"), or
# named before it and denied in a relative clause or the passive ("a rumor Lionsgate
# laughed off", "Rumors that ... were quashed"). Any whitespace stands between the words.
_DENIED_REPORT = r"(?:[\w'-]+\s+){0,3}?(?:" + "|".join((*REPORT_NOUNS, "story", "stories")) + r")"


def _denial_of_a_report(phrase: str) -> str:
    """The pattern of the verb of denial ``phrase`` (of :data:`DENIAL_VERBS`) with its report
    after it, or between its verb and the words after."""
    verb, _, rest = phrase.partition(" ")
    if not rest:
        return verb + r"\s+" + _DENIED_REPORT
    rest = rest.replace(" ", r"\s+")
    return rf"{verb}\s+(?:{rest}\s+{_DENIED_REPORT}|{_DENIED_REPORT}\s+{rest})"


DENYING_WORDS.update(
    dict.fromkeys(
        (
            "(?:" + "|".join(map(_denial_of_a_report, DENIAL_VERBS)) + ")",
            r"(?:" + "|".join((*REPORT_NOUNS, "story", "stories")) + r")(?:\s+[\w'.]+){0,4}?\s+"
            r"(?:" + _phrases(DENIAL_VERBS) + ")",
            # A report's that-clause, however long, then its denial in the passive:
            # "Rumors that ... were quashed", "have been shot down", "were put to rest".
            r"(?:" + "|".join((*REPORT_NOUNS, "story", "stories")) + r")\s+that\s[^.;!?]*?"
            r"(?:is|are|was|were|been|be)" + _DEGREE + "(?:" + _phrases(DENIAL_VERBS) + ")",
        ),
        (),
    )
)
# A value named again and denied or called false, in a relative clause or an apposition
# after it, for every predicate: "..., a figure Lionsgate denies.", "..., which Lionsgate
# denies.", "..., a number Lionsgate rejects", "..., a figure the studio calls false",
# "..., a date Lionsgate denies." (a report's noun is read above): it is not so.
_DENIED_VALUE_NOUNS = (
    "figure", "figures", "number", "numbers", "sum", "amount", "total", "date", "dates",
    "estimate", "something", "which",
)  # fmt: skip
DENYING_WORDS.update(
    {
        # The noun's own verb after it is no relative clause: "release date was nixed" is a
        # change (CHANGE_WORDS).
        r"(?:" + "|".join(_DENIED_VALUE_NOUNS) + r")"
        r"(?!\s+(?:was|were|is|are|has|have|had|been|being|got|gets)\b)"
        r"(?:\s+[\w'.]+){0,4}?\s+(?:"
        + _phrases(DENIAL_VERBS)
        + r"|call(?:s|ed)?\s+(?:it\s+)?"
        + _FALSE_WORD
        + r"|says?\s+is\s+"
        + _FALSE_WORD
        + ")": ()
    }
)
# A sarcastic denial after the quote (", said nobody", ", says no one", ", said no critic
# ever"): it did not happen.
DENYING_WORDS.update(
    {r"(?:said|says|say)\s+(?:nobody|no[\s-]+one|no\s+[\w'.]+(?:\s+ever)?)(?![\w'-])": ()}
)
#: Words of a belief, which state a guess and no fact ("I think Keanu Reeves stars in
#: Ballerina", "As far as I know, ...", "Wiseman believes ...", "she suspects ..."): a
#: speaker's or a pronoun's verb of belief in each person, a verb of belief in the third
#: person after any name, and the speaker's hedges of knowledge. They are words of
#: :data:`HEARSAY_WORDS` backing ``speculated``; "What I think is cool is that ..." tells no
#: belief of the value (:data:`_WHAT_ONE_THINKS`).
BELIEF_WORDS = (
    *(
        f"{who} {verb}"
        for who in ("i", "we", "you", "they")
        for verb in (
            "think", "believe", "guess", "suppose", "reckon", "imagine", "assume", "suspect",
            "figure", "gather", "feel like",
        )
    ),
    *(f"{who} figures" for who in ("he", "she", "it")),
    "thinks", "believes", "guesses", "supposes", "reckons", "imagines", "assumes", "suspects",
    "i'm pretty sure", "i'm fairly sure", "i'm fairly certain", "i'm pretty certain",
    "i am pretty sure", "i am fairly sure", "i am fairly certain", "i'd say", "i'd guess",
    "as far as i know", "as far as we know", "as far as i can tell", "to my knowledge",
    "to the best of my knowledge", "my understanding is", "last i heard", "last we heard",
    # The writer's hedges of knowledge, in each person: "..., from what we can tell.",
    # "..., to the best of our knowledge.", "as far as anyone knows".
    *(
        f"{lead} {who} {knows}"
        for lead in ("as far as", "from what")
        for who in ("i", "we", "anyone", "anybody", "one")
        for knows in (
            "know", "knows", "can tell", "can see", "understand", "can gather", "gather",
            "could tell", "could see",
        )
        # "I know", "we can tell"; "anyone knows", "one can tell".
        if knows not in (("knows",) if who in ("i", "we") else ("know", "understand", "gather"))
    ),
    *(
        f"{lead} {whose} {knowledge}"
        for lead in ("to the best of", "to")
        for whose in ("my", "our")
        for knowledge in ("knowledge", "understanding")
    ),
    "if i remember", "if i recall", "if memory serves", "off the top of my head",
)  # fmt: skip
#: Verbs of fearing, worrying, suspecting and guessing, in every form, which tell a dread
#: or a guess and no fact ("Fans fear that Ballerina will open on June 6, 2026", "Many
#: worry that ...", "..., some suspected.", "..., fans guessed."), backing ``speculated``;
#: and of predicting, expecting or anticipating, whoever does it ("Critics predicted that
#: ...", "..., pundits predict.", "Insiders expect Ballerina to open ...", "Exhibitors
#: anticipate ..."), backing ``expected`` or ``speculated``, never ``scheduled``: an
#: expectation is no date set ("the highly anticipated Ballerina", an adjective, expects
#: nothing: ``_ANTICIPATED_ADJECTIVE``). They are words of :data:`HEARSAY_WORDS`, read before
#: the quote and after it as those are.
FEARING_WORDS: dict[str, tuple[Status, ...]] = {
    **dict.fromkeys(
        (
            "fear", "fears", "feared", "fearing", "worry", "worries", "worried", "worrying",
            "suspect", "suspects", "suspected", "suspecting", "guess", "guesses", "guessed",
            "guessing",
            # A theory or a speculation, of fans or of anyone: "..., fans have theorized.".
            "theorize", "theorizes", "theorized", "theorizing", "theorise", "theorises",
            "theorised", "theorising", "speculate", "speculates", "speculated", "speculating",
        ),
        (Status.SPECULATED,),
    ),
    **dict.fromkeys(
        (
            "predict", "predicts", "predicted", "predicting", "prediction", "predictions",
            "expect", "expects", "expecting", "anticipate", "anticipates", "anticipated",
            "anticipating",
        ),
        (Status.EXPECTED, Status.SPECULATED),
    ),
}  # fmt: skip
#: Words of an inference from what something looks like, which state a guess and no fact
#: ("Keanu Reeves appears in Ballerina, judging by the trailer.", "From the looks of the
#: trailer, ...", "..., going by the poster."): words of :data:`HINTING_WORDS` backing
#: ``unconfirmed`` or ``speculated``, whatever thing they are drawn from (a trailer, a
#: poster: :data:`OTHER_THINGS`).
INFERENCE_WORDS = (
    "judging by", "judging from", "to judge by", "to judge from", "from the looks of",
    "by the looks of", "from the look of", "by the look of", "by all appearances",
    "to all appearances", "going by", "to go by",
)  # fmt: skip
#: Words that hint, seem, suppose or tell the writer at second hand, which state no fact,
#: before the quote or after it: an insinuation in any form ("..., Ana de Armas hinted.",
#: "..., Wiseman suggested.", "..., implied.", "Ballerina 2 has been greenlit, Ana de Armas
#: teased."), an impression ("..., it seems.", "it appears", "seemingly") ``unconfirmed`` or
#: ``speculated``; a supposition or a theory ("..., fans assume.", "one can assume", "...,
#: in theory.", "on paper", "sort of", "in a manner of speaking", "so to speak")
#: ``speculated``; a source telling the writer ("..., a source close to the production
#: tells us.", "told us", "insiders whisper") ``reported`` or ``unconfirmed``. They are words
#: of :data:`HEARSAY_WORDS`. An insinuation is read in its past form, an attribution's
#: ("hinted", "suggested", "implied", "teased"): "it hints at the backstory", "the synopsis
#: only teases", "whatever its trailer may suggest" say what a thing shows. "assumed" and
#: "assuming" are left out: "assumed the role".
HINTING_WORDS: dict[str, tuple[Status, ...]] = {
    **dict.fromkeys(
        (
            "hinted", "suggested", "implied", "teased", "insinuated", "insinuates",
            "it seems", "it seemed", "it would seem", "it appears", "it appeared",
            "it would appear", "seemingly",
        ),
        (Status.UNCONFIRMED, Status.SPECULATED),
    ),
    **dict.fromkeys(
        (
            "assume", "one can assume", "we can assume", "it is assumed", "assumed that",
            "fans assumed", "many assumed", "some assumed", "in theory", "theoretically",
            "on paper", "sort of", "in a manner of speaking", "so to speak",
        ),
        (Status.SPECULATED,),
    ),
    # An inference from what something looks like (INFERENCE_WORDS): an impression, as "it
    # seems" is.
    **dict.fromkeys(INFERENCE_WORDS, (Status.UNCONFIRMED, Status.SPECULATED)),
    **dict.fromkeys(
        (
            "tells us", "told us", "tell us", "tells me", "told me", "whisper", "whispers",
            "whispered", "whispering",
        ),
        (Status.REPORTED, Status.UNCONFIRMED),
    ),
}  # fmt: skip
#: Who tells a claim at second hand, unnamed: sources, insiders and outlets, in each number
#: ("a source tells", "one insider said", "..., multiple outlets report."); with a
#: verb of :data:`TELLING_VERBS` after them, words of :data:`HEARSAY_WORDS` backing
#: ``reported`` or ``unconfirmed`` ("..., sources tell Deadline.").
ATTRIBUTED_SOURCES = (
    "sources", "source", "insiders", "insider", "outlets", "outlet", "publications",
    "publication", "papers",
)  # fmt: skip
#: The verbs of telling, saying and reporting, in every form, that an attribution's subject
#: (:data:`ATTRIBUTED_SOURCES`) takes.
TELLING_VERBS = (
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "claim", "claims",
    "claimed", "report", "reports", "reported", "suggest", "suggests", "suggested",
    "indicate", "indicates", "indicated", "confirm", "confirms", "confirmed",
)  # fmt: skip
#: The trade papers whose scoops are told at second hand ("Variety reports", "per Deadline",
#: "The Hollywood Reporter has learned"): :data:`HEARSAY_WORDS`.
# The open or user-written listings a claim may be told from at second hand.
_OPEN_LISTINGS = ("wikipedia", "imdb", "letterboxd", "metacritic", "tmdb", "reddit", "fandom")
_TRADE_PAPERS = ("variety", "deadline", "the hollywood reporter", "thr", "thewrap", "the wrap")
#: Words that tell a claim at second hand, a rumour, a guess or a forecast, wherever they
#: stand in the quote's sentence ("Reports suggest ...", "..., Variety reports.", "...,
#: sources say."), with the statuses each backs; they are hedges (:data:`HEDGE_WORDS`). An
#: attribution to reports, sources, insiders, outlets or a leak ("reports suggest", "sources
#: say", "..., sources tell Deadline.", "..., multiple outlets report." (any of
#: :data:`ATTRIBUTED_SOURCES` with a verb of :data:`TELLING_VERBS`), "according to reports",
#: "according to a report", "two sources told Variety", "a person
#: familiar with", "a person with knowledge of the project said", "we hear", "a reported
#: $90 million"; a trade paper's scoop, "Variety reports", "per Deadline", "according to
#: Variety", "Deadline
#: hears", "The Hollywood Reporter has learned"; "purportedly", "apparently", "thought to",
#: "understood to", "an insider", "one insider claims", "per a leaked", "a Reddit user";
#: an estimate, "according to one estimate", "by some estimates"; "I'm told", "I hear";
#: any attribution, whoever it names, "according to Wikipedia", "according to one viewer",
#: "per the studio", and an open listing's word, "per Rotten Tomatoes", "Wikipedia says";
#: others' listings, "some outlets", "many sites", "often cited as", "IMDb lists")
#: backs ``reported`` or ``unconfirmed``; a rumour ("rumor has it", "according to rumors",
#: "according to a rumor", "word is", "it is rumored", "or so the story goes", "or so the
#: rumor goes"; the statement called a rumour after it, "The claim that ... is a rumor", "is
#: just a rumour") ``unconfirmed`` or ``speculated``; a guess ("fans believe", "fans
#: speculate", "a fan theory", "we guess", "our prediction", "speculation is", "chances
#: are", "the buzz is", "fans are convinced", "I bet", "we think", "presumably")
#: ``speculated``; a forecast ("projected to", "forecast to", "analysts predict", "should",
#: "poised to", "in all likelihood") ``expected`` or ``speculated``; a date aimed at and not
#: fixed ("targeting", "eyeing", "aiming for", "penciled in", "subject to change",
#: "tentative", "TBC", "for now", "for the time being") ``scheduled`` or ``expected``; a
#: fear, a worry, a suspicion, a guess or a prediction in any form (:data:`FEARING_WORDS`)
#: the statuses listed there, and a hint, an impression, a supposition or a source telling
#: the writer (:data:`HINTING_WORDS`) the statuses listed there.
HEARSAY_WORDS: dict[str, tuple[Status, ...]] = {
    **dict.fromkeys(
        (
            "reports suggest", "reports say", "reports claim", "reports indicate",
            "according to reports", "according to unconfirmed reports", "according to sources",
            "according to insiders", "sources say", "sources said", "sources claim",
            "a source says", "a source said", "insiders say", "insiders said", "insiders claim",
            "a leak suggests", "leaked reports", "a reported", "the reported",
            "according to a report", "according to one report", "according to a source",
            "according to one source", "according to people", "according to a person",
            "according to two people", "according to several people",
            "according to multiple people", "sources told", "a source told", "source told",
            "people familiar with", "person familiar with", "sources familiar with",
            "a source familiar with", "source close to", "sources close to",
            "people close to", "a person close to", "with knowledge of", "we hear",
            "we're told", "we are told", "we've learned", "we have learned",
            "purportedly", "apparently", "thought to", "understood to", "an insider",
            "insider told", "insiders told", "per a leaked", "per leaked",
            "according to a leaked", "according to leaked", "reddit user", "reddit users",
            "one insider", "insider claims", "insider says",
            # Sources or insiders telling, in every form of the verb: "..., sources tell
            # Deadline.", "Insiders told THR ...", "a source tells Variety".
            *(f"{who} {verb}" for who in ATTRIBUTED_SOURCES for verb in TELLING_VERBS),
            # An attribution to no one, or to the trade press at large: "It is understood
            # that ...", "It is believed that ...", "The trades say ...", "..., by some
            # accounts.".
            *(
                f"{it} {understood}"
                for it in ("it is", "it's", "it was", "it is widely", "it's widely")
                for understood in ("understood", "believed")
            ),
            *(
                f"the trades {say}"
                for say in ("say", "says", "said", "report", "reports", "reported")
            ),
            *(
                f"by {which} {account}"
                for which in ("some", "one", "many", "most", "several", "all")
                for account in ("account", "accounts")
                if (which == "one") is (account == "account")
            ),
            # An estimate, and the writer told at second hand: "..., according to one
            # estimate.", "..., I'm told.".
            "according to one estimate", "according to an estimate", "according to estimates",
            "according to some estimates", "by one estimate", "by some estimates",
            # Any estimate, a noun or a verb, whoever makes it: "..., analysts estimate.",
            # "..., per studio estimates.", "..., by early estimates."; "estimated" where it
            # is a verb ("the studio estimated"), not a bound's ("an estimated $90 million").
            "estimate", "estimates", "estimating", "it is estimated", "it was estimated",
            "is estimated at", "was estimated at", "are estimated at", "were estimated at",
            *(
                f"{who} estimated"
                for who in (
                    "analysts", "the studio", "studio", "experts", "trackers", "insiders",
                    "observers", "pundits", "sources", "some", "many", "others", "we", "i",
                    "they", "he", "she", "it",
                )
            ),
            "i'm told", "i am told", "i've been told", "i hear", "i've heard", "i've learned",
            # Others' listings, told at second hand: "Some outlets reported ...", "Many
            # sites list ...", "is often cited as", "IMDb lists".
            "some outlets", "many outlets", "some sites", "many sites", "often cited as",
            "widely cited as", "imdb lists", "imdb listed", "wikipedia lists",
            # Others' estimates, listings and leaks: "Industry estimates put ...", "...,
            # per IMDb.", "..., according to a fan wiki.", "A leaked memo puts ...".
            "estimates put", "estimate puts", "estimates place", "estimate places",
            "industry estimates", "per imdb", "according to imdb", "per a fan wiki",
            "according to a fan wiki", "according to fan wikis", "fan wiki", "fan wikis",
            "leaked memo", "leaked memos", "leaked document", "leaked documents",
            # Any attribution, whoever it names: "according to Wikipedia", "according to
            # one viewer", "per the studio", and an open or user-written listing's word:
            # "per Rotten Tomatoes", "Wikipedia says", "Letterboxd lists".
            "according to",
            *(
                f"per {whose}"
                for whose in ("the", "a", "an", "one", "his", "her", "its", "their", "my", "our")
            ),
            *(
                f"{said} {listing}" if said == "per" else f"{listing} {said}"
                for listing in (*_OPEN_LISTINGS, "rotten tomatoes", "box office mojo")
                for said in ("per", "says", "said", "lists", "listed", "notes", "noted")
            ),
            # A trade paper's scoop: "..., per Deadline.", "..., Deadline hears.".
            *(
                f"{said} {outlet}" if said in ("per", "according to") else f"{outlet} {said}"
                for outlet in _TRADE_PAPERS
                for said in (
                    "per", "according to", "reports", "reported", "hears", "has learned",
                    "learned", "understands", "has been told",
                )
            ),
        ),
        (Status.REPORTED, Status.UNCONFIRMED),
    ),
    # A noun of report or talk and the clause it governs: "Rumors that ...", "the idea
    # that ...", "responded to reports that ...", in any number.
    **dict.fromkeys(
        (f"{noun} that" for noun in REPORT_NOUNS),
        (Status.REPORTED, Status.UNCONFIRMED, Status.SPECULATED),
    ),
    **dict.fromkeys(
        (
            "rumor has it", "rumour has it", "according to rumors", "according to rumours",
            "word is", "it is rumored", "it is rumoured", "rumors suggest",
            "rumours suggest", "or so the story goes", "according to a rumor",
            "according to a rumour", "according to one rumor", "according to one rumour",
            "according to the rumor", "according to the rumour", "so the rumor goes",
            "so the rumour goes",
            # Talk told as a rumour's idiom, in every tense: "Word has it ...", "The story
            # goes that ...", "..., the grapevine says.", "..., chatter suggests.".
            "word has it", "word had it", "the story goes", "the story went", "grapevine",
            "scuttlebutt", "chatter suggests", "chatter has it", "chatter is",
            # The statement called a rumour after it: "The claim that ... is a rumor".
            *(
                f"{be} {only}{rumor}"
                for be in ("is", "was", "remains")
                for only in ("", "just ", "only ", "merely ", "still ")
                for rumor in ("a rumor", "a rumour", "rumor", "rumour")
            ),
        ),
        (Status.UNCONFIRMED, Status.SPECULATED),
    ),
    **dict.fromkeys(
        (
            "fans believe", "fans think", "we guess", "our guess", "our prediction",
            "speculation is", "fans speculate", "fans suspect", "fans theorize",
            "fans theorise", "chances are", "fan theory", "fan theories",
            # Buzz, a conviction, a bet or a belief of the writer's: "The buzz is ...",
            # "Fans are convinced ...", "I bet ...", "..., we think.", "..., presumably.".
            "the buzz is", "buzz is", "fans are convinced", "i bet", "we bet", "we think",
            "presumably",
            # Odds given and a wager of the writer's, and the writer's own sums: "Odds are
            # ...", "..., we'd wager.", "..., by our math.".
            "odds are", "the odds are", "odds were", "the odds were", "we'd wager",
            "i'd wager", "we would wager", "i would wager", "we wager", "i wager",
            *(
                f"by {whose} {sum_}"
                for whose in ("our", "my")
                for sum_ in ("math", "maths", "count", "reckoning", "calculations")
            ),
            # A belief, of a speaker or of anyone named: "I think ...", "As far as I know,
            # ...", "Wiseman believes ..." (BELIEF_WORDS).
            *BELIEF_WORDS,
        ),
        (Status.SPECULATED,),
    ),
    **dict.fromkeys(
        (
            "projected to", "is projected", "a projected", "forecast to", "forecasted to",
            "analysts predict", "analysts expect", "predicts", "predicted to", "should",
            "on track to", "tracking to", "poised to", "in all likelihood", "in all probability",
        ),
        (Status.EXPECTED, Status.SPECULATED),
    ),
    **dict.fromkeys(
        (
            "targeting", "targetting", "eyeing", "aiming for", "penciled in", "pencilled in",
            "subject to change", "tentative", "tbc", "to be confirmed", "for now",
            "for the time being",
        ),
        (Status.SCHEDULED, Status.EXPECTED),
    ),
    # A fear, a worry, a suspicion, a guess or a prediction: "Fans fear that ...".
    **FEARING_WORDS,
    # A hint, an impression, a supposition, a source telling the writer: "..., it seems.".
    **HINTING_WORDS,
    # The sentence's own word that what it says is not vouched for: "..., though this
    # remains unconfirmed", "(unverified)", "take this with a grain of salt".
    **dict.fromkeys(
        (
            "unconfirmed", "unverified", "not verified", "not been verified",
            "not independently verified", "not been confirmed", "not confirmed",
            "grain of salt", "pinch of salt",
        ),
        (Status.UNCONFIRMED, Status.REPORTED, Status.SPECULATED),
    ),
}  # fmt: skip


def _hearsay_backing(status: Status) -> tuple[str, ...]:
    """The words of :data:`HEARSAY_WORDS` that back ``status``."""
    return tuple(word for word, statuses in HEARSAY_WORDS.items() if status in statuses)


def _doubts_backing(status: Status) -> tuple[str, ...]:
    """The words of a doubt (:data:`DENYING_WORDS`) that back ``status``."""
    return tuple(word for word, statuses in DENYING_WORDS.items() if status in statuses)


#: The verbs of a release's move to a date ("Lionsgate has delayed Ballerina from June 7,
#: 2024 to June 6, 2025", "pushed Ballerina to", "moved Ballerina to", "dated Ballerina
#: for"): words of the release's event (:data:`EVENT_WORDS`) that back ``scheduled`` (the
#: date moved to is a plan; the date moved from is ``superseded``, by
#: :data:`CHANGE_WORDS`). With no status, a date moved to after the source's publication is
#: a forecast all the same (as "opens on June 7, 2024" in an article of 2023).
MOVING_WORDS = (
    "delayed", "pushed", "moved", "postponed", "rescheduled", "shifted", "bumped", "dated",
)  # fmt: skip
#: The streaming services a release arrives on, as the texts write them: a release that
#: "hits Peacock" or "comes to Netflix" is one of :data:`EVENT_WORDS` and, said in the
#: present tense, one of :data:`SCHEDULING_WORDS` ("Ballerina hits Peacock on August 22,
#: 2025"), as "hits theaters" is.
STREAMING_SERVICES = (
    "Netflix", "Peacock", "Prime Video", "Amazon Prime", "Disney+", "Hulu", "HBO Max",
    "Apple TV+", "Paramount+",
)  # fmt: skip


def _onto_a_service(verbs: Iterable[str]) -> tuple[str, ...]:
    """Each of ``verbs`` before each of :data:`STREAMING_SERVICES` ("hits Peacock"), and
    before the service's name blanked as the rules read a name of the catalog ("hits
    _______", :func:`_without_names`): the verb and the service say the release."""
    return tuple(
        f"{verb} {name}"
        for verb in verbs
        for service in STREAMING_SERVICES
        for name in (service, re.sub(r"\S", "_", service))
    )


#: The places a release "hits" theaters in, as trade articles write them between the verb
#: and the theaters ("hits UK cinemas", "hit North American theaters"): a release to the
#: theaters of a region is one of :data:`EVENT_WORDS` and, said in the present tense, of
#: :data:`SCHEDULING_WORDS`, as "hits theaters" is. Which region it is the region rule
#: reads (:func:`region_written_by_its_quote_or_noted`: "hits UK cinemas" gives no US date).
THEATERS_REGIONS = (
    "US", "U.S.", "UK", "U.K.", "North American", "American", "British", "Irish",
    "Australian", "Canadian", "domestic", "international", "overseas",
)  # fmt: skip


def _into_regions_theaters(verbs: Iterable[str]) -> tuple[str, ...]:
    """Each of ``verbs`` before each of :data:`THEATERS_REGIONS` and "theaters", "theatres"
    or "cinemas" ("hits UK cinemas"): the verb, the place and the theaters say the release."""
    return tuple(
        f"{verb} {region} {theaters}"
        for verb in verbs
        for region in THEATERS_REGIONS
        for theaters in ("theaters", "theatres", "cinemas")
    )


#: Words that put a release on a date set ("Ballerina is set for June 7, 2024", "is due on",
#: "is due out", "is dated for", "is planned for", "is on track for", "opens June 7, 2024",
#: "hits theaters", "hits UK cinemas" (:data:`THEATERS_REGIONS`), "arrives", "lands in
#: theaters", "is coming to theaters on", "its release
#: date is", a release in the present tense ("premieres", "debuts", "is released", "comes
#: out", "is out on June 6, 2025", "is in theaters June 6", "comes to theaters", "bows",
#: "lands", "is coming", "is streaming on Peacock starting", "hits PVOD", "comes home", a
#: streaming release in the present tense: "streams on
#: Peacock from August 22, 2025", "hits Peacock", "comes to Netflix"; :data:`STREAMING_SERVICES`),
#: a date set by someone ("Lionsgate has set Ballerina for June 6, 2025": "has set", "have
#: set", "had set"), a release foretold in a report of what was said ("Lionsgate confirmed
#: Ballerina would hit theaters on", "would be released", "would arrive", "would come out"),
#: and in the past "was due on", "had been set for"):
#: they back ``scheduled``, and those of a date aimed at ("set for", "due", "on track
#: for") ``expected`` too. They state no more than a date set; a date its sentence says was
#: changed since (:data:`CHANGE_WORDS`) backs ``scheduled`` by those words, the plan it was.
SCHEDULING_WORDS = (
    "set for", "due on", "due out", "due in", "due for", "dated for", "planned for",
    "on track for", "opens", "open on", "opening on", "hits theaters", "hits cinemas",
    "hits screens", "arrives", "arrives in", "lands in theaters", "lands in cinemas",
    "coming to theaters", "coming to cinemas", "release date is", "premieres", "debuts",
    "is released", "comes out", "is out", "release date was", "has set", "have set", "had set",
    "would hit theaters", "would hit cinemas", "would hit screens", "would be released",
    "would arrive", "would come out", "streams on", "streams from",
    *_into_regions_theaters(("hits",)),
    # The present tense of a release's own words, as the trade and the listings write it:
    # "is in theaters June 6", "comes to theaters", "bows", "lands", "is coming", "is
    # streaming on Peacock starting", "hits PVOD", "comes home".
    "is in theaters", "is in theatres", "is in cinemas", "in theaters", "in theatres",
    "in cinemas", "comes to theaters", "comes to theatres", "comes to cinemas", "releases",
    "bows", "lands", "is coming", "are coming", "is streaming", "are streaming", "streams",
    "hits PVOD", "hits VOD", "hits digital", "hits home", "comes home", "available to rent",
    "available to buy", "available on",
    *_onto_a_service(("hits", "comes to", "heads to", "is on", "is streaming on")),
    *MOVING_WORDS,
)  # fmt: skip
#: A streaming release announced in the present tense ("Ballerina is coming to Peacock on
#: August 22, 2025", "begins streaming on", "starts streaming", "lands on", "makes its
#: streaming debut on", "is available to stream from", "hits Peacock", "drops on Peacock"):
#: as the other
#: :data:`SCHEDULING_WORDS` they back ``scheduled``, and, a date announced ahead, ``expected``.
STREAMING_ANNOUNCING_WORDS = (
    "begins streaming", "begin streaming", "starts streaming", "start streaming",
    "makes its streaming debut", "make its streaming debut", "available to stream",
    "available for streaming", "lands on", "land on",
    *_onto_a_service(
        ("hits", "comes to", "coming to", "lands on", "arrives on", "heads to", "debuts on",
         "premieres on", "is available on", "streams on", "drops on", "drop on",
         "makes its debut on", "make its debut on", "streams exclusively on",
         "stream exclusively on", "available to stream on", "available exclusively on")
    ),
    # The service's name in place of "streaming": "makes its Peacock debut on".
    *(
        f"{makes} its {name} debut"
        for makes in ("makes", "make")
        for service in STREAMING_SERVICES
        for name in (service, re.sub(r"\S", "_", service))
    ),
)  # fmt: skip
#: Words that, in a claim's own quote, back its status. "may" counts only as a modal, in
#: lowercase (:data:`CASED_WORDS`): "May" is the month. A future ("will", "'ll": "Ballerina
#: will hit theaters on June 7, 2024") backs a forecast, ``scheduled`` or ``expected``, and
#: so does a guess that leans one way ("likely", "probably") ``expected`` as well as
#: ``speculated``, and a box-office forecast's words ("is tracking an opening of",
#: "projected", "on pace for") ``expected``. Each status's own word backs it ("unconfirmed",
#: "speculated"). A plan
#: put in the past ("was to be released on June 7, 2024", "were to") backs ``scheduled``:
#: the date was set, whatever came of it. A doubt ("I doubt", "Few believe", "refuses to
#: confirm": the words of :data:`DENYING_WORDS` that back a status) backs ``unconfirmed``,
#: most ``speculated`` too.
#: The words of a name held before ("formerly known as the Ballerina"), which back the
#: status ``superseded`` (:data:`STATUS_WORDS`, :data:`OTHER_NAME_NOT_HELD_WORDS`).
FORMER_NAME_WORDS = (
    "formerly known as", "formerly called", "formerly named", "once known as", "once called",
    "once named", "previously known as", "previously called", "previously named",
    "originally known as", "originally called", "originally named", "used to be called",
    "used to be known as", "used to go by", "once went by", "formerly went by",
)  # fmt: skip
STATUS_WORDS = {
    Status.UNDISCLOSED: ("undisclosed",),
    # Backed above all by the words of a change by the value (``_value_superseded``); those
    # of a first or earlier plan (CHANGE_WORDS "before") back it only so (``_backing_words``).
    Status.SUPERSEDED: (
        "superseded", "originally", "initially", "at first", "previously", "formerly",
        "at one point", "no longer",
        # A link held once and lost (FORMER_LINK_WORDS): "who once owned the Continental".
        "once", "former", "used to", "deposed", "replaced as", "removed as", "dethroned",
        "unseated", "stepped down as",
        # A post ended, in every form of its verb: "steps down as", "was dismissed as",
        # "stripped of his post as", "was succeeded as", "outgoing".
        "step down", "steps down", "stepped down", "stepping down", "dismissed as",
        "dismissed from", "removed from", "stripped", "strips", "stripping", "is succeeded",
        "are succeeded", "was succeeded", "were succeeded", "been succeeded",
        "being succeeded", "outgoing", "deposes", "deposing", "dethrones", "unseats",
        # A name held before (OTHER_NAME_NOT_HELD_WORDS): "formerly known as".
        *FORMER_NAME_WORDS,
    ),
    Status.UNCONFIRMED: (
        "not been", "no official", "possible", "hopeful", "not confirmed", "allegedly",
        "supposedly", "said to", "believed to", "reported to", "in talks", "in negotiations",
        "unconfirmed", *_doubts_backing(Status.UNCONFIRMED),
        *_hearsay_backing(Status.UNCONFIRMED),
    ),
    Status.SPECULATED: (
        "possibly", "surely", "would", "could", "might", "may", "rumored", "rumoured",
        "likely", "unlikely", "probably", "perhaps", "maybe", "tipped", "considering",
        "speculated", "would be", "assume", "assumes", "assumed",
        *_doubts_backing(Status.SPECULATED),
        *_hearsay_backing(Status.SPECULATED),
    ),
    Status.EXPECTED: (
        "expected", *FUTURE_WORDS, "slated", "tentatively", "promises to", "due", "likely",
        "probably", "would be", "due to be", "set for", "on track for", "look forward to",
        *("can't wait to", "cannot wait to"),
        *("tracking", "tracks", "projected", "forecast", "forecasted", "predicted"),
        *("on pace for", "on course for"),
        *STREAMING_ANNOUNCING_WORDS,
        *_hearsay_backing(Status.EXPECTED),
        # A link not held yet (NOT_YET_LINK_WORDS): "the incoming manager".
        *("incoming", "designate", "elect", "soon-to-be", "soon to be", "future"),
    ),
    Status.ANNOUNCED: ("announced", "revealed", "dated", "confirmed"),
    Status.SCHEDULED: (
        "will be released", "scheduled", *FUTURE_WORDS, "slated", "tentatively",
        "due for release", "due to be", "was to", "were to", *SCHEDULING_WORDS,
        *STREAMING_ANNOUNCING_WORDS, *_hearsay_backing(Status.SCHEDULED),
        *("incoming", "designate", "elect", "soon-to-be", "soon to be"),
    ),
    Status.RELEASED: (
        "released", "premiered", "introduced", "release of", "opened", "debuted",
        # A release told in the past: "Ballerina finally arrived in theaters on June 6, 2025",
        # "hit UK cinemas", "dropped on Peacock".
        "arrived in", "hit theaters", "hit cinemas", "landed in",
        *_into_regions_theaters(("hit",)), *_onto_a_service(("dropped on",)),
    ),
    Status.REPORTED: (
        "said", "told", "spotted", "reports", "reported", "reportedly", "called", "talking",
        "allegedly", "supposedly", "said to", "believed to", "reported to",
        *_hearsay_backing(Status.REPORTED),
    ),
    Status.IN_DEVELOPMENT: (
        "in development", "in the works", "developing", "in talks", "in negotiations",
    ),
    Status.HOPED: HOPE_WORDS,
}  # fmt: skip
#: Words that put a person short of a casting: "auditioned for", "was offered a role",
#: "was considered for", "was attached to", "was eyed for", "was shortlisted for", "was in
#: the running for", "was courted for", "screen-tested for", "lobbied for", "expressed
#: interest in", "was sought, pursued or wooed for", "the first choice", "the frontrunner",
#: "in contention for", "linked to", or seeking the part ("campaigned for", "vied for",
#: "competed for", "hoped for"), trying out or being asked ("auditioned to play", "read for",
#: "was up for", "approached to play"), nearing it or tipped for it ("is circling a role in",
#: "the favorite to star in"), and a stage of casting news read by its key word with any
#: words between ("talks", "negotiations", "negotiating", "a deal", "an offer", "the
#: running", "contention", "a contender", "in line to", "being eyed", "yet to sign": "in
#: early talks", "near a deal", "received an offer", "has yet to sign on"). A cast or
#: crew credit whose
#: quote writes one after the person's name has one of :data:`NOT_A_CASTING_STATUSES`
#: (which the words back, beside those of :data:`STATUS_WORDS`), or its note quotes the
#: words and says why the credit stands (:func:`entity_value_keeps_its_quotes_negations`).
NOT_A_CASTING_WORDS = (
    "auditioned for", "auditions for", "auditioning for", "offered a role", "offered the role",
    "offered a part", "offered the part", "considered for", "attached to", "eyed for",
    "approached for", "approached about", "shortlisted for", "short-listed for",
    "in the running for", "courted for", "screen-tested for", "screen tested for",
    "lobbied for", "expressed interest in", "sought for", "pursued for", "wooed for",
    "targeted for", "the first choice", "first choice for", "the top choice", "frontrunner",
    "front-runner", "front runner", "in contention for", "in the mix for", "a contender for",
    "under consideration", "being considered", "on the shortlist", "in line for",
    "in the frame for", "linked to", "up for the role", "up for a role", "up for the part",
    # Seeking a part is not having it: "campaigned for a role in", "vied for", "hoped for".
    "campaigned for", "campaigns for", "campaigning for", "lobbies for", "lobbying for",
    "vied for", "vies for", "vying for", "angled for", "angling for", "gunning for",
    "competed for", "competes for", "competing for", "fought for", "fighting for",
    "hoped for", "hoping for",
    # Trying out, or being asked, is not being cast: "auditioned to play", "read for the
    # part", "was up for", "was approached to play".
    "auditioned to", "auditions to", "auditioning to", "read for", "reads for", "reading for",
    "was up for", "were up for", "is up for", "are up for", "approached to",
    # Nearing a part, or tipped for it, is not having it: "is circling a role in", "the
    # favorite to star in".
    "circling", "circles", "circled", "the favorite to", "the favourite to",
    "a favorite to", "a favourite to", "the favorite for", "the favourite for",
    # A stage of casting news is read by its key word, whatever words sit in the phrase:
    # "in early talks", "in final negotiations", "negotiating", "near a deal", "finalizing a
    # deal", "received an offer", "in the running", "in contention", "a contender", "in line
    # to", "being eyed", "has yet to sign on".
    "talks", "negotiations", "negotiating", "negotiates", "negotiate", "a deal", "an offer",
    "the running", "contention", "a contender", "in line to", "being eyed", "yet to sign",
)  # fmt: skip
#: The same in the active voice, read just before the person's name ("Lionsgate considered
#: Norman Reedus for Ballerina", "offered Norman Reedus a role", "courted", "approached",
#: "eyed", "sought", "pursued", "wooed", "shortlisted", "auditioned"), or before "him",
#: "her" or "them" said of the person as :data:`NOT_A_CASTING_WORDS` are; they back the
#: same statuses.
NOT_A_CASTING_VERBS = (
    "considered", "considers", "considering", "offered", "offers", "offering", "courted",
    "courts", "courting", "approached", "approaches", "approaching", "eyed", "eyes",
    "eyeing", "sought", "seeks", "seeking", "pursued", "pursues", "pursuing", "wooed",
    "woos", "wooing", "shortlisted", "short-listed", "auditioned", "auditions",
    "auditioning", "screen-tested", "targeted", "targets", "targeting",
    # Weighing or wanting a casting is not making it: "Lionsgate considered casting
    # Scarlett Johansson", "toyed with casting", "talked about casting", "pushed for casting".
    *(
        f"{verb} casting"
        for verb in (
            "considered", "considers", "considering", "consider", "toyed with", "toys with",
            "toying with", "weighed", "weighs", "weighing", "mulled", "mulls", "mulling",
            "debated", "debates", "debating", "discussed", "discusses", "discussing",
            "talked about", "talks about", "talking about", "thought about", "thinks about",
            "thinking about", "floated", "floats", "floating", "eyed", "eyes", "eyeing",
            "pushed for", "pushes for", "pushing for", "lobbied for", "lobbies for",
            "lobbying for",
        )
    ),
)  # fmt: skip
#: The statuses of a credit short of a casting: talks (``in_development``), a thing said
#: but not vouched for (``unconfirmed``, ``reported``), a guess (``speculated``).
NOT_A_CASTING_STATUSES = frozenset(
    {Status.IN_DEVELOPMENT, Status.UNCONFIRMED, Status.REPORTED, Status.SPECULATED}
)
STATUS_WORDS = {
    status: (*words, *NOT_A_CASTING_WORDS, *NOT_A_CASTING_VERBS)
    if status in NOT_A_CASTING_STATUSES
    else words
    for status, words in STATUS_WORDS.items()
}
#: A doubting attribution (:data:`DENYING_WORDS`): a verb of claiming or insisting that
#: closes its clause ("..., the studio insists.", "..., or so the studio claims.", "as
#: Lionsgate maintains,"; not "claimed the top spot", whose verb has an object, nor "a
#: hoax claimed", a denial of :data:`DENYING_WORDS`' own), or "or so"
#: and a telling ("..., or so the studio says."). What it holds is someone's word, no
#: fact: the claim's status is ``reported`` or ``unconfirmed``, or its note quotes the
#: words and says why the value stands.
DOUBTING_ATTRIBUTIONS = (
    r"(?<!hoax\s)(?<!hoaxes\s)(?:claims?|claimed|claiming|insists?|insisted|insisting"
    r"|maintains?|maintained|maintaining|contends?|contended|contending|alleges?|alleged"
    r"|alleging)(?=\s*(?:[.,;:!?)\u2013\u2014]|\Z))",
    r"or\s+so\s+(?:[\w'.]+\s+){1,4}?(?:says?|said|tells?|told|reports?|reported)",
)
DENYING_WORDS.update(dict.fromkeys(DOUBTING_ATTRIBUTIONS, (Status.REPORTED, Status.UNCONFIRMED)))
# The verbs of a doubting attribution back the statuses it asks for.
_DOUBTING_VERBS = (
    "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted", "insisting",
    "maintain", "maintains", "maintained", "maintaining", "contend", "contends", "contended",
    "contending", "allege", "alleges", "alleged", "alleging", "says", "tells", "or so",
)  # fmt: skip
STATUS_WORDS = {
    status: (*words, *_DOUBTING_VERBS) if status in (Status.REPORTED, Status.UNCONFIRMED) else words
    for status, words in STATUS_WORDS.items()
}
#: The words of each credit's own role, by predicate: a credit's quote writes one in the
#: value's clause (its :func:`lead_in` but for another clause, the quote, the words after it
#: that :func:`_clause_after` reads), or the claim's character's name ("Reeves as Wick",
#: "John Wick (Keanu Reeves)", "Ana's Rooney"), or, for a cast member, "as" and a name
#: just after the person's ("Keanu Reeves as John Wick"), or the sentence is a caption that
#: is the person's name, "in" and the work's ("Ana de Armas in No Time To Die.")
#: (:func:`credit_written_with_its_role_or_noted`). "Ballerina is produced by Len Wiseman"
#: is no director credit, "Keanu Reeves watched Ballerina" no cast credit.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "director": (
        "direct", "directs", "directed", "directing", "director", "directors", "direction",
        # A listing's abbreviation of "director", with its full stop: "(dir. Len Wiseman)".
        "dir.", "directorial", "co-direct", "co-directs", "co-directed", "co-directing",
        "co-director", "co-directors", "helm", "helms", "helmed", "helming", "helmer", "helmers",
        "at the helm", "behind the camera",
    ),
    "screenwriter": (
        "write", "writes", "wrote", "written", "writing", "writer", "writers", "screenwriter",
        "screenwriters", "co-write", "co-writes", "co-wrote", "co-written", "co-writing",
        "co-writer", "co-writers", "screenplay", "screenplays", "script", "scripts",
        "scripted", "scripting", "scriptwriter", "scriptwriters", "pen", "pens", "penned",
        "penning",
    ),
    "producer": (
        "produce", "produces", "produced", "producing", "producer", "producers", "co-produce",
        "co-produces", "co-produced", "co-producing", "co-producer", "co-producers",
    ),
    "cast_member": (
        "star", "stars", "starred", "starring", "co-star", "co-stars", "co-starred",
        "co-starring", "play", "plays", "played", "playing", "portray", "portrays",
        "portrayed", "portraying", "portrayal", "voice", "voices", "voiced", "voicing",
        "cast", "casts", "casting", "role", "roles", "join", "joins", "joined", "joining",
        "appear in", "appears in", "appeared in",
        "appearing in", "appear as", "appears as", "appeared as", "appearing as",
        "appearance", "appearances", "cameo", "cameos", "return", "returns", "returned",
        "returning", "come back", "comes back", "came back", "coming back", "back as",
        "reprise", "reprises", "reprised",
        "reprising", "feature", "features", "featured", "featuring", "actor", "actors",
        "actress", "actresses", "acting", "performance", "performances", "performs in",
        "performed in", "performs as", "performed as", "leads", "the lead", "lead role",
        "leading role", "opposite", "film with", "films with", "movie with", "movies with",
        "scene with", "scenes with", "step in for", "steps in for", "stepped in for",
        "stepping in for",
    ),
}  # fmt: skip
#: The verbs and nouns of casting news that say a person joined the cast, in every form:
#: "Gabriel Byrne has boarded Ballerina", "has signed on to Ballerina", "Ballerina adds
#: Gabriel Byrne", "is the latest addition to Ballerina", "Ballerina has tapped Gabriel Byrne
#: to play the Chancellor" (by "play"; "tapped" alone tells no part: "tapped Keanu Reeves
#: for a promo"). They are words of a ``cast_member`` credit, as "joins" is, only where the
#: person's clause writes no word of another credit (:data:`ROLE_WORDS`: "boarded
#: Ballerina as a producer" is no cast credit) (:func:`credit_written_with_its_role_or_noted`).
CASTING_NEWS_WORDS = (
    "board", "boards", "boarded", "boarding", "on board", "aboard",
    "sign on to", "signs on to", "signed on to", "signing on to", "sign on for",
    "signs on for", "signed on for", "signing on for",
    "add", "adds", "added", "adding", "addition", "additions", "latest addition",
    "latest additions", "newest addition", "newest additions", "new addition", "new additions",
)  # fmt: skip
#: Words that make a person bound to them no credit of a cast or crew predicate: another
#: kind of part, by how they are read. ``"either side"``: just before the person's name
#: or just after it (at most :data:`ROLE_REACH` words, across one comma: "Keanu Reeves's
#: stunt double", "a Keanu Reeves lookalike", "archive footage of Keanu Reeves", "dedicated
#: to Lance Reddick", "Len Wiseman executive produced", "Chad Stahelski directed
#: second-unit action", "directed reshoots", a part of the film: "directed additional
#: scenes", "the action sequences", "Ballerina's second unit", "the trailer", "the first
#: draft"); ``"after"``: a verb of an onlooker with the
#: person its subject, just after the name ("Keanu Reeves attended the premiere", "visited
#: the set", "watched", "praised"; "Critics praised Keanu Reeves's performance" is a
#: credit; or of dressing up as the part: "dressed as", "cosplayed as", "was mistaken
#: for"). A word of another credit's :data:`ROLE_WORDS` bound so ("Ballerina, directed
#: by Chad Stahelski, is produced by Len Wiseman" for Len Wiseman as director) makes no
#: credit either, unless one of its own is bound too ("written and directed by").
NOT_A_CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "either side": (
        "executive", "associate", "assistant", "second-unit", "second unit", "unit", "reshoot",
        "reshoots", "additional photography", "additional scenes", "action scenes",
        "fight scenes", "action sequence", "action sequences", "sequences", "trailer",
        "trailers", "teaser", "teasers", "first draft", "draft", "drafts", "stunt double",
        "stunt doubles",
        "stunt-double", "body double", "double", "doubles", "stand-in", "stand-ins",
        "stunt performer", "stuntman", "stuntwoman", "lookalike", "lookalikes", "look-alike",
        "look-alikes", "impersonator", "impersonators", "archive footage",
        "archival footage", "footage", "photo", "photograph", "portrait", "dedicated to",
        "dedicates", "dedication", "in memory of", "in memoriam", "in honor of",
        "in honour of", "tribute", "tributes", "memorial",
    ),
    "after": (
        "attend", "attends", "attended", "attending", "visit", "visits", "visited",
        "visiting", "watch", "watches", "watched", "watching", "saw", "sees", "praise",
        "praises", "praised", "praising", "reviewed", "reviews", "congratulated",
        "congratulates", "promoted", "promotes", "toured",
        # Dressing up as a part, or being taken for one, is not playing it: "Ana de Armas
        # dressed as Rooney for Halloween", "cosplayed as", "was mistaken for".
        "dressed", "dresses", "dressing", "cosplayed", "cosplays", "cosplaying", "disguised",
        "masqueraded", "impersonated", "impersonates", "mistaken",
    ),
}  # fmt: skip
#: Words that put a part outside the finished work: a deleted scene, or a part cut from the
#: work ("Keanu Reeves appears in Ballerina only in a deleted scene", "was cut from
#: Ballerina", "ended up on the cutting room floor"). A cast or crew credit whose clause
#: writes one is none of the work, whatever role word it writes, unless the claim's note
#: quotes the words and says why the credit stands.
CUT_FROM_THE_WORK_WORDS = (
    "deleted scene", "deleted scenes", "deleted footage", "deleted sequence",
    "deleted sequences", "cut scene", "cut scenes", "cut from", "cut out of", "edited out",
    "excised", "cutting room floor", "cutting-room floor",
)  # fmt: skip
#: How many words either side of a person's name a word of :data:`NOT_A_CREDIT_WORDS` or of
#: :data:`ROLE_WORDS` is read as bound to the person.
ROLE_REACH = 4
#: Reviewed credits whose role no word of their sentence says, each with the reason.
ROLE_FROM_CONTEXT = {
    "000-050": '\'demonstrated in the last James Bond adventure "No Time to Die" that she is'
    " capable of action' says she acted in it, in no word of a role",
}
#: Reviewed links between two entities whose own word their sentence does not write, each
#: with the reason.
RELATION_FROM_CONTEXT: dict[str, str] = {}
#: Reviewed entity values whose sentence binds them to their subject in words of no known
#: shape (:func:`relation_in_a_known_shape_or_noted`), each with the reason.
SHAPE_FROM_CONTEXT = {
    "002-028": "'The film, which expands the world of John Wick, features Ana de Armas': the"
    " relative clause is the film's",
    "002-038": "'The film will also feature the return of some familiar faces ..., including"
    " Keanu Reeves as John Wick': the faces that return include his",
    "002-039": "'The film will also feature the return of some familiar faces ..., including"
    " ... Ian McShane as Winston Scott': the faces that return include his",
    "002-083": "'The series is set in 1975 and features Mel Gibson as a new character named"
    " Cormac': the character the series introduces",
    "001-043": "'In Parabellum, the ballerina featured onstage is Rooney, but she was portrayed"
    " by professional ballet dancer Unity Phelan': the frame sets the part, not her job",
    "001-044": "'In Parabellum, ... she was portrayed by professional ballet dancer Unity"
    " Phelan (I\u2019m Thinking of Ending Things)': the frame sets the part, not her credits",
    "001-047": "'In the John Wick universe, Ballerina is set between the events of Chapter 3"
    " and Chapter 4': the frame is the films' story",
    "000-047": '\'Ana de Armas, known from "Blade Runner 2049", "Knives Out" or the Netflix'
    " hit \"The Gray Man\"': a list after 'known from'",
    "000-057": "'The previous \"John Wick\" movies starring Keanu Reeves were a huge success':"
    " the movies he starred in",
    "001-029": "'Rooney, a ballerina training to become a highly-skilled assassin in the Ruska"
    " Roma': the apposition is Rooney's, and the organization where she trains",
    "001-061": "'Reeves as Wick, the professional assassin at the center of the John Wick"
    " films': the apposition is Wick's",
    "002-098": "'the Ruska Roma is the crime family led by The Director': what the"
    " organization is, and who leads it",
    "002-036": "'Rooney, who was introduced in John Wick: Chapter 3 Parabellum and was"
    " originally portrayed by Unity Phelan': the second verb is of the same character's part",
    "000-036": '\'"John Wick: Chapter 4", generated over $400 million worldwide on a budget'
    " of $90 million': the budget of the film that generated the takings",
    "000-010": "'The connection of a ballet school with the underworld was already shown in"
    ' "John Wick 3"\': what the film showed of its story',
    "000-027": "'the retired hitman of the same name': the hitman named John Wick, as the"
    " movies are",
    "001-005": "'John Wick (...), the legendary assassin who left the profession': the"
    " apposition is John Wick's",
    "001-011": "'the John Wick series is widely regarded as one of the best action"
    " franchises': the series is an action franchise",
    "002-066": "'John Wick Chapter 4 has created a stir in the world of action movies with"
    " its thrilling fight scenes': an action movie's stir among its kind",
    "002-069": "'the John Wick franchise\u2019s reputation for delivering action-packed"
    " films': the franchise's films are action films",
    "004-008": "'this Ballerina ... - it is a violent action movie': the dash's clause says"
    " what this Ballerina is",
    "004-058": "'Jang Ok-ju is a merciless former bodyguard': the adjective is of the same noun",
    "004-066": "'Upcoming Netflix film Ballerina': the film is still to come",
    "000-023": "'will also be back: Ian McShane as hotel owner Winston': the colon's list"
    " names who is back from the series",
    "000-024": "'will also be back: ... Anjelica Huston as the Director': the colon's list"
    " names who is back from the series",
    "000-048": '\'known from "Blade Runner 2049", "Knives Out" or the Netflix hit "The'
    " Gray Man\"': a list after 'known from', the last one named with its service",
    "001-003": "'John Wick (The Matrix\u2019s Keanu Reeves)': the bracket after the character"
    " names its player, in the introduction of the first film",
    "001-006": "'his wife, Helen': 'his' is John Wick's, the sentence's subject",
    "001-007": "'Helen (Blue Bloods\u2019 Bridget Moynahan)': the bracket after the character"
    " names its player, in the introduction of the first film",
    "001-030": "'a ballerina training to become a highly-skilled assassin in the Ruska Roma':"
    " the apposition is Rooney's",
    "001-036": "'The Director (...), the head of the Ruska Roma': the apposition is the Director's",
    "001-041": "'In Parabellum, the ballerina featured onstage is Rooney': the character is"
    " featured in Parabellum",
    "001-128": "'Reeves as Wick, the professional assassin at the center of the John Wick"
    " films': the apposition is Wick's",
    "001-133": "'as Rooney, a ballerina training to become a highly-skilled assassin in the"
    " Ruska Roma': the organization is in the film's story",
    "002-003": "'Ballerina | Everything We Know About John Wick\u2019s Spinoff': the headline"
    " calls Ballerina John Wick's spinoff",
    "002-054": "'The Director, who took in and trained John Wick as a child': 'who' is the"
    " Director",
    "002-064": "'The release of John Wick Chapter 4 ... Keanu Reeves\u2018 impeccable"
    " performance as the infamous hitman': the performance is in that film",
    "002-089": "'NBCUniversal\u2018s Peacock streaming service': the possessive names the"
    " service's owner",
    "002-099": "'set to debut on NBCUniversal\u2018s Peacock streaming service in September': the"
    " series' first showing is on the service",
    "004-024": "'whose previous directing credits include Netflix horror film The Call':"
    " 'Netflix' is the film's service",
    "004-025": "'whose previous directing credits include ... adventure miniseries Born to"
    " Spy': a list of his credits",
    "004-026": "'whose previous directing credits include Netflix horror film The Call':"
    " 'whose' is Chung-Hyun Lee's",
    # Dates and figures whose sentence says more after them (or around them, the subject
    # named in another sentence), each read (:func:`_words_around_a_date_or_figure`).
    "000-035": "'generated over $400 million worldwide on a budget of $90 million': the words"
    " after the takings give the film's budget (claim 000-036), no scope of the takings",
    "001-023": "'The John Wick spinoff is scheduled to be released on June 7, 2024': the"
    " spinoff is the article's subject, Ballerina, as its title names it",
    "001-092": "'Upon its theatrical release on June 7, 2024, Ballerina is not expected to be"
    " available for purchase on demand': the words after the date say where it will not be"
    " sold or streamed, not that the theatrical date is not expected",
    "002-006": "'the release date for the John Wick spin-off film, which is set to hit"
    " theatres on June 7, 2024': the spin-off film is Ballerina, the article's subject",
    "004-010": "'Ok-ju leaves a trail of bloody violence in her wake in this action-packed 90"
    " minute revenge flick': the words before it are the plot of the film the article"
    " reviews, 'this ... revenge flick'",
    "004-033": "'Jong-seo previously appeared in 2018 drama film Burning, and worked alongside"
    " Lee on The Call': the words after the title are a second statement, of her other work",
    "000-007": '\'set between "John Wick 3" and "John Wick 4", but so far the producers have'
    " not revealed any more details': the contrast is of what else is known, not of where"
    " the story stands",
    "004-006": "'this is the South Korean film Ballerina, not the John Wick spin-off movie"
    " starring Ana de Armas': the 'not' sets the other film apart, not the country",
    # Values after which their sentence holds a contrast or a limit, each read
    # (:func:`_words_after_a_contrast`).
    "004-055": "'an episode of Korean sitcom Nonstop in 2002, Ballerina is Kim\u2019s only"
    " acting role': the 'only' is of Kim's roles, not of the series' genre",
    "004-056": "'an episode of Korean sitcom Nonstop in 2002, Ballerina is Kim\u2019s only"
    " acting role': the 'only' is of Kim's roles, not of the series' country",
    # A person the sentence names by the family name alone, whose binding words are read
    # (:func:`_family_names`).
    "000-050": "'De Armas already demonstrated in the last James Bond adventure \"No Time to"
    " Die\"': the Bond adventure she acted in is No Time to Die",
    "001-045": "'De Armas will step in for Unity in Ballerina': she takes the part Unity"
    " Phelan played before, in Ballerina",
    "001-081": "'Hatten is familiar with the John Wick universe, serving as a co-writer on"
    " Parabellum': the familiarity comes from his co-writing Parabellum",
    "001-082": "'Hatten is familiar with the John Wick universe, serving as a co-writer on"
    " Parabellum and Chapter 4': the familiarity comes from his co-writing Chapter 4",
    "002-034": "'De Armas, known for her acclaimed performance in Blonde': the performance is"
    " her part in Blonde",
    "002-035": "'De Armas, known for her acclaimed performance in Blonde': the performance is"
    " her part in Blonde",
    "002-051": "'Reddick will be seen once again as Charon, a character who has appeared in all"
    " four John Wick films': he plays Charon in each film of the franchise",
    "004-031": "'Jong-seo previously appeared in 2018 drama film Burning': the year is the"
    " film's, written before its noun",
    "004-032": "'Jong-seo previously appeared in 2018 drama film Burning': the year is the"
    " film's, written before its noun",
    "004-035": "'Jong-seo previously appeared in 2018 drama film Burning, and worked alongside"
    " Lee on The Call': the second clause is hers, its subject left out",
    "004-050": "'Yu-rim starred in drama film Drive My Car, and has also featured in an episode"
    " of ... mystery series Miracle Brothers': a list of her credits",
    "004-067": "'Other than appearing in an episode of Korean sitcom Nonstop in 2002,"
    " Ballerina is Kim\u2019s only acting role': the 'only' is of his other roles, which the"
    " frame gives",
}
#: Reviewed credits and links whose verb stands in a "to"-clause after a word of no table
#: of :data:`DONE_BEFORE_TO`, each with the reason.
TO_CLAUSE_FROM_CONTEXT = {
    "001-006": "'left the profession to marry his wife, Helen': the 'to' says why he left,"
    " and 'his wife' says the marriage was made",
}
#: The bare forms of each link's verbs, as a "to" is followed by them ("asked to run the
#: Continental Hotel", "forbidden to marry", "too young to join"): the link's own words
#: (:data:`RELATION_WORDS`) hold its inflected forms, these its infinitives, read only after
#: "to" (:func:`verb_after_to_done_or_noted`).
LINK_VERBS_AFTER_TO: dict[str, tuple[str, ...]] = {
    "follows": ("follow", "come after"),
    "followed_by": ("precede", "come before"),
    "student_of": ("study under", "study with", "train under", "train with", "learn from"),
    "adoptive_parent": ("adopt", "raise", "take in"),
    "member_of": ("join", "belong to"),
    "owned_by": ("own", "buy", "acquire", "purchase"),
    "director_manager": ("run", "lead", "manage", "head", "oversee"),
    "part_of_series": ("join", "expand"),
    "spouse": ("marry", "wed"),
    "first_appearance": ("debut in", "appear in", "introduce"),
    "production_company": ("produce", "make", "develop", "finance", "back"),
    "distributor": ("distribute", "release", "stream"),
    "original_broadcaster": ("air", "broadcast", "stream", "commission", "order", "renew"),
    "present_in_work": ("appear in", "feature in", "return in", "star in", "cameo in"),
    "notable_work": ("star in", "appear in", "act in", "play in"),
    "based_on": ("adapt", "remake", "reboot"),
}  # fmt: skip
#: The words just before a "to" that make the credit or link verb after it one done, or
#: one firmly set: "Ana de Armas signed on to star", "was cast to play", "agreed to
#: direct", "have been confirmed to reprise", "returns to play", "went on to join",
#: "stepped in to play" (no status of their own). The words of a plan, a forecast, a hope
#: or a hedge before a "to" pass too, read by the status rules, which ask the claim for the
#: status they back ("set to star" ``expected``, "is expected to return" ``expected``,
#: "tried to join" ``hoped``: :data:`FUTURE_WORDS`, :data:`HEDGE_WORDS`,
#: :data:`HOPE_WORDS`); so does the person's name alone at the
#: clause's start, a headline's ("Ana de Armas to star in Ballerina"). Any other word
#: before the "to" ("campaigned", "lobbied", "fought", "begged", "offered", "was asked",
#: "was invited", "fails", "is forbidden", "is too young", "trains") leaves the verb
#: undone: the claim is refused, its message naming the word, unless a note quotes it and
#: says why the claim stands (:func:`verb_after_to_done_or_noted`). Every form is listed.
DONE_BEFORE_TO = (
    "set", "sets", "setting", "sign", "signs", "signed", "signing", "sign on", "signs on",
    "signed on", "signing on", "tapped", "cast", "hired", "hired on", "agree", "agrees",
    "agreed", "agreeing", "attached", "chosen", "picked", "selected", "enlisted",
    "recruited", "drafted", "brought on", "brought in", "brought back", "came on board",
    "comes on board", "come on board", "coming on board", "came aboard", "comes aboard",
    "come aboard", "coming aboard", "confirmed", "return", "returns", "returned",
    "returning", "came back", "comes back", "come back", "coming back", "is back", "are back",
    "was back", "went on", "goes on", "go on", "going on", "gone on", "stepped in",
    "steps in", "step in", "stepping in", "chose", "chooses", "choose", "choosing",
)  # fmt: skip
# A kind of work written after its maker's or network's name ("Netflix horror film The Call",
# "the Netflix hit The Gray Man"), with the words of its genre that may come between.
_WORK_NOUN = r"(?:films?|movies?|shows?|series|miniseries|hits?|originals?|exclusives?)"
_GENRE_WORD = (
    r"(?:horror|drama|thriller|comedy|action|crime|mystery|adventure|documentary|animated"
    r"|original|hit|limited|reality|romance|romantic|fantasy|sci-fi|k-drama)"
)
# A work called a person's final or last one ("final film role", "last appearance").
_FINAL_WORK = (
    r"(?:final|last)(?:\s+[\w-]+)?\s+(?:appearances?|roles?|films?|movies?|performances?"
    r"|credits?|outings?|screen\s+credits?)"
)
#: Each link between two entities but a credit, with the words of its own relation as
#: patterns (read whole, in any case) and the order of names each gives: "forward" where
#: the subject is named before the value ("Ballerina follows John Wick: Chapter 4",
#: "Rooney was trained by The Director"), "reverse" where the value is named first ("John
#: Wick: Chapter 4 is followed by Ballerina", "The Director trained Rooney"), "either"
#: for a noun that reads both ways ("the owner of", "adoptive mother"). A word of one order
#: read with the names in the other states the reverse link; no word of the list states
#: another link ("Rooney hunts the Ruska Roma" is no membership). A maker's or network's
#: name before a kind of work ("Netflix horror film The Call") names the value first; so
#: does a work's possessive before a person's name ("The Matrix's Keanu Reeves"), and a work
#: in brackets after it ("Ian McShane (Deadwood)") names the person first, as the
#: ``notable_work`` rows read the blanked names.
# An adverb or a short adverbial between a distributor's verb and its preposition, read
# across: "distributed in North America by", "distributed worldwide by", "will stream
# exclusively on", "debuts exclusively on".
_LINK_ADVERBIAL = (
    r"(?:\s+(?:exclusively|only|solely|worldwide|globally|internationally|domestically"
    r"|overseas|abroad|theatrically|digitally|in\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?))?"
)
# What stands after "trains with" for the one named to be a teacher: no "under" or "by"
# later in the clause ("Rooney trained with John Wick under the Director").
_NO_TEACHER_AFTER = r"(?![^,;:.!?]*?\b(?:under|by)\b)"
# The nouns of a teacher.
_TEACHER_NOUNS = r"mentors?|teachers?|trainers?|tutors?|instructors?|masters?|senseis?"
# The object just after a verb of teaching: a name (blanked, or capitalized), with "the"
# or "young" before it, or "her", "him", "them" ending their phrase ("trained her in
# ballet"; not "trained her gun on").
_TEACHING_OBJECT = (
    r"(?=[\s\u00a0]+(?:(?:the|young)[\s\u00a0]+)?(?:_|(?-i:[A-Z]))"
    r"|[\s\u00a0]+(?:her|him|them)(?![\w'\u2019-])"
    r"(?![\s\u00a0]+(?!(?:in|as|to|for|and|at|from|with|since|until|when|after|before|under"
    r"|personally|herself|himself|themselves|hard|well|early)\b)[a-z]))"
)
# "the next film after John Wick: Chapter 4" and "the next film in the franchise after":
# the film named after "after" comes first.
_WORDS_TO_AFTER = r"(?:\s+[\w'\u2019-]+){0,4}?\s+after\b"
_NEXT_AFTER = r"next\s+(?:film|movie|installment|instalment)" + _WORDS_TO_AFTER
RELATION_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "follows": (
        (r"follow(?:s|ed|ing)?(?!\s+by)", "forward"),
        (r"sequel\s+to|(?:comes?|came|set|takes?\s+place)\s+after|preceded\s+by", "forward"),
        # "the next film after X", "the next film in the franchise after X": after X.
        (_NEXT_AFTER, "forward"),
        (r"followed\s+by|prequel\s+to|(?:comes?|came)\s+before|precede[sd]?", "reverse"),
    ),
    "followed_by": (
        (r"followed\s+by|prequel\s+to|(?:comes?|came)\s+before", "forward"),
        (r"precede[sd]?(?!\s+by)", "forward"),
        (_NEXT_AFTER, "reverse"),
        (
            r"sequels?(?!\s+to)(?!\s+(?:that|which)\s+follow)"
            r"|next\s+(?:film|movie|installment|instalment)(?!" + _WORDS_TO_AFTER + ")",
            "either",
        ),
        (r"follow(?:s|ed|ing)?(?!\s+by)|sequel\s+to|preceded\s+by", "reverse"),
        (r"(?:comes?|came|set|takes?\s+place)\s+after", "reverse"),
    ),
    "student_of": (
        (r"(?:trained|taught|mentored|raised|schooled|tutored|coached|instructed)\s+(?:by|in"
         r"|under)|(?:trains?|trained|training|stud(?:y|ies|ied|ying))\s+under", "forward"),
        # "trains with the Ruska Roma", not "trained with John Wick under the Director" (a
        # fellow pupil).
        (r"(?:trains?|trained|training|stud(?:y|ies|ied|ying))\s+with" + _NO_TEACHER_AFTER,
         "forward"),
        (r"(?<!fellow\s)(?<!fellow-)(?:student|pupil|prot[eé]g[eé]|apprentice|disciple)"
         r"\s+(?:of|to)|apprenticed\s+to|learn(?:s|ed|t|ing)?\s+from", "forward"),
        (r"under\s+the\s+tutelage\s+of", "forward"),
        # A teacher's noun: "The Director, the mentor of Rooney"; a possessive before it
        # names the student ("Rooney's mentor, the Director": _TEACHER_NOUN).
        (_TEACHER_NOUNS, "reverse"),
        # A verb of teaching with its object just after it: "The Director trained Rooney",
        # not "Rooney trained to kill John Wick", "trained her gun on".
        (r"(?:trains?|trained|taught|teach(?:es)?|mentor(?:s|ed)|tutor(?:s|ed)|coach(?:es|ed))"
         + _TEACHING_OBJECT, "reverse"),
        (r"(?<!fellow\s)(?<!fellow-)(?:student|pupil|prot[eé]g[eé]|apprentice|disciple)s?"
         r"|tutelage", "either"),
    ),
    "adoptive_parent": (
        (r"adopted\s+by|raised\s+by|taken\s+in\s+by", "forward"),
        # "adopted daughter" reads as "adoptive" does: a possessive before it names the
        # parent ("Rooney, the Director's adopted daughter").
        (r"adopted(?=\s+(?:daughters?|sons?|child|children|kids?|wards?|mother|father"
         r"|parents?|mom|mum|dad)\b)", "either"),
        (r"adopt(?:s|ed)?|raised|took\s+in|takes\s+in", "reverse"),
        (r"adoptive|foster", "either"),
    ),
    "member_of": (
        (r"members?\s+of|belongs?\s+to|belonged\s+to|join(?:s|ed)?|part\s+of|one\s+of", "forward"),
        (r"(?:its|their)\s+members|members?\s+include|recruit(?:s|ed)?", "reverse"),
        (r"members?|membership", "either"),
    ),
    "owned_by": (
        (r"owned\s+by|belongs?\s+to|belonged\s+to|property\s+of|subsidiary\s+of", "forward"),
        (r"owns|owned(?!\s+by)|bought|acquired|purchased", "reverse"),
        (r"owners?|proprietors?", "either"),
    ),
    "director_manager": (
        (r"(?:led|run|managed|headed|directed|overseen)\s+by", "forward"),
        (r"leads|led|runs|ran|manages|managed|heads|headed|oversees", "reverse"),
        (r"managers?|directors?|heads?|leaders?|boss|chief|in\s+charge\s+of", "either"),
    ),
    "part_of_series": (
        (r"part\s+of|(?:an?\s+)?(?:entry|installment|instalment|chapter)\s+(?:in|of)", "forward"),
        (r"spin-?offs?|spinoffs?|expands?|world\s+of|universe|franchise|series|saga", "either"),
        (r"films?|movies?|installments?|instalments?|entr(?:y|ies)|sequels?|prequels?", "either"),
    ),
    "spouse": (
        (r"marr(?:y|ies|ied|ying|iage)|wed(?:s|ded|ding)?|spouses?|wi(?:fe|ves)", "either"),
        (r"husbands?|widow(?:s|ed|er|ers)?", "either"),
    ),
    "different_from": (
        (r"different\s+from|differs?\s+from|distinct\s+from|separate\s+from", "either"),
        (r"(?:not|never)\s+to\s+be\s+confused\s+with|confused\s+with|mistaken\s+for", "either"),
        (r"unrelated\s+to|unconnected\s+to|no\s+(?:relation|connection)\s+to", "either"),
        (r"not\s+the\s+same\s+as|other\s+than", "either"),
    ),
    "first_appearance": (
        (r"(?:introduced|debut(?:ed|s)?|first\s+(?:appear(?:s|ed)|seen|shown))\s+in", "forward"),
        (r"(?:made|makes)\s+(?:(?:its|his|her|their)\s+)?(?:debut|first\s+appearance)", "forward"),
        (r"introduc(?:es|ed|ing)", "reverse"),
        (r"debuts?|first\s+appearances?|introduction", "either"),
    ),
    "final_appearance": (
        (_FINAL_WORK, "either"),
        (r"posthumous(?:ly)?|swan\s+song|before\s+(?:his|her|their)\s+death", "either"),
    ),
    "one_of_the_final_appearances": (
        (_FINAL_WORK, "either"),
        (r"posthumous(?:ly)?|before\s+(?:his|her|their)\s+death", "either"),
    ),
    "production_company": (
        (r"(?:produced|made|developed|financed|backed)\s+by", "forward"),
        (r"produc(?:es|ed|ing)|makes|made|behind|develop(?:s|ed|ing)|financ(?:es|ed)", "reverse"),
        (r"studios?|production\s+compan(?:y|ies)|producers?|banner|in\s+charge\s+of", "either"),
    ),
    "distributor": (
        (r"(?:distributed|released|streaming|streamed|streams?|available)"
         + _LINK_ADVERBIAL + r"\s+(?:by|on|via)", "forward"),
        (r"stream(?:s|ed|ing)?" + _LINK_ADVERBIAL + r"\s+to|(?:debuts?|premieres?|lands?"
         r"|arrives?)" + _LINK_ADVERBIAL + r"\s+on", "forward"),
        (r"distribut(?:es|ed|ing)|releas(?:es|ed|ing)|picked\s+up|acquired|stream(?:s|ed)",
         "reverse"),
        (r"distributors?|distribution|stream(?:er|ing\s+(?:service|platform|home))", "either"),
        (r"_+(?:[\s\u00a0]+" + _GENRE_WORD + r"){0,2}[\s\u00a0]+"
         + _WORK_NOUN, "reverse"),
    ),
    "original_broadcaster": (
        (r"(?:aired|airs|broadcast|premiered|streaming|streams?|streamed|shown)\s+(?:on|by|via)",
         "forward"),
        (r"stream(?:s|ed)?\s+to|(?:arrives?|arrived|came|comes|heads?|headed)\s+to", "forward"),
        (r"air(?:s|ed)|broadcasts?|commission(?:s|ed)|order(?:s|ed)|renew(?:s|ed)", "reverse"),
        (r"networks?|channels?|broadcasters?|_+(?:[\s\u00a0]+" + _GENRE_WORD + r"){0,2}[\s\u00a0]+"
         + _WORK_NOUN, "reverse"),
    ),
    "present_in_work": (
        (r"(?:appears?|appeared|appearing|features?|featured|seen|shown|returns?|returned)\s+in",
         "forward"),
        (r"(?:returning|introduced|present|cameos?)\s+in|(?:at|in)\s+the\s+(?:cent(?:er|re)|heart)"
         r"\s+of|central\s+to|characters?\s+(?:in|of|from)", "forward"),
        (r"features?|featured|featuring|stars|starring|introduc(?:es|ed)|focus(?:es|ed)?\s+on",
         "reverse"),
        (r"cent(?:er|re)s?\s+on|cent(?:er|re)d\s+on|about|follows|backstory", "reverse"),
        (r"appearances?|cameos?|characters?", "either"),
    ),
    "notable_work": (
        (r"(?:best\s+|well\s+)?known\s+(?:for|from)|famous\s+for", "forward"),
        (r"starred\s+in|stars\s+in", "forward"),
        (r"(?:appeared|featured|acted|played)\s+in|worked(?:\s+\S+){0,3}?\s+on", "forward"),
        (r"credits?\s+include|_+[\s\u00a0]*\(_[_\s\u00a0]*\)", "forward"),
        (r"stars?|starring|_+[\u2019']s?(?=[\s\u00a0]+_)", "reverse"),
        (r"credits?|roles?", "either"),
    ),
    "based_on": (
        (r"based\s+on|adapted\s+from|adaptation\s+of|inspired\s+by|remake\s+of|reboot\s+of",
         "forward"),
        (r"drawn\s+from|from\s+the\s+(?:novel|book|comic|story|play)", "forward"),
        (r"adapt(?:s|ed)|inspired|basis\s+(?:for|of)|source\s+material\s+for", "reverse"),
        (r"adaptations?|source\s+material|remakes?|reboots?", "either"),
    ),
}  # fmt: skip
#: Words that undo or deny a link between two entities, as the credits' undoing words undo
#: a credit: "Rooney left the Ruska Roma", "was fired from the Continental Hotel", "Ballerina
#: is separate from the John Wick franchise", "Lionsgate stopped distributing Ballerina".
#: Patterns, read whole in any case.
RELATION_UNDOING_WORDS = (
    r"left|leaves|leaving|quit(?:s|ting)?|fired|expelled|ousted|exiled|resigned|defected",
    r"broke\s+(?:away\s+)?(?:from|with)|separate\s+from|independent\s+of|unconnected\s+to",
    r"unrelated\s+to|no\s+(?:longer|relation|connection)|excommunicated|cast\s+out",
    # A doing ended: "Lionsgate stopped distributing Ballerina" (:data:`ENDING_VERBS`).
    r"(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|discontinu(?:e|es|ed|ing))\s+[^\W\d_]+ing",
)  # fmt: skip
#: The links whose undoing words are their own, in place of :data:`RELATION_UNDOING_WORDS`:
#: a former or unmarried partner is no spouse ("John Wick divorced Helen", "Helen's
#: ex-husband", "his girlfriend", "split from", "whose marriage to Helen ended", "married
#: until 2013", "once married", "the widow of"), nor a partner on screen ("her on-screen
#: husband", "in-film", "fictional", "plays her husband"); a studio, distributor or network
#: that turned a work down is none of its own ("Lionsgate passed on Ballerina", its deal
#: "fell through"), with the words of leaving too, and every phrase that undoes a person's
#: credit (``_relations.UNDOING_PHRASES``: one table for every credit and link: "Lionsgate
#: pulled out of producing Ballerina", "backed out of", "walked away from", "bowed out of",
#: "withdrew from", "stepped away from", "bailed on"); a work a person turned down or left is
#: none of theirs ("passed on The Matrix"), though one who "left the profession" may be
#: known for it; "different from" is written with the words that undo the other links, so
#: none undoes it.
RELATION_UNDOING_OF: dict[str, tuple[str, ...]] = {
    "spouse": (
        r"divorc(?:e|es|ed|ing)|separated|estranged|engaged\s+to|betrothed|fianc[eé]e?s?",
        r"girlfriends?|boyfriends?|lovers?|(?:ex|former)[-\s]?(?:wi(?:fe|ves)|husbands?)",
        r"(?:ex|former)[-\s]?(?:spouses?|partners?|girlfriends?|boyfriends?|lovers?)",
        # A marriage since ended, in every wording: "split from", "broke up with", "whose
        # marriage to X ended", "was married to X until 2013", "once married", "the widow
        # of", "her late husband", "annulled".
        r"split(?:s|ting)?(?:\s+up)?(?:\s+(?:from|with))?|br(?:oke|eaks?|eaking)\s+up",
        r"marriage(?:\s+[\w'\u2019.-]+){0,6}?\s+(?:end(?:s|ed|ing)|f(?:ell|alls?)\s+apart"
        r"|collaps(?:es|ed)|(?:was\s+|is\s+|been\s+)?dissolv(?:es|ed|ing)|(?:is|was)\s+over)",
        r"married(?:\s+[\w'\u2019.-]+){0,6}?\s+(?:until|till|between)",
        r"(?:once|previously|formerly|briefly|first)\s+married",
        r"widow(?:s|er|ers)?\s+of|widowed|late\s+(?:wi(?:fe|ves)|husbands?|spouses?)",
        r"annul(?:s|led|ling|ment)",
        # A marriage on screen, a part, not a spouse: "her on-screen husband", "in-film",
        # "fictional", "her husband in the film", "plays her husband".
        r"on[-\s]?screen|in[-\s]film|fictional|(?:screen|film|movie)\s+(?:wi(?:fe|ves)"
        r"|husbands?|spouses?)",
        r"(?:wi(?:fe|ves)|husbands?|spouses?)\s+in\s+(?:the|a)\s+(?:film|movie|series|show)",
        r"(?:plays?|played|playing|portray(?:s|ed|ing)?)\s+(?:(?:her|his|their|the|a)\s+)?"
        r"(?:wi(?:fe|ves)|husbands?|spouses?)",
    ),
    "different_from": (),
    "notable_work": (r"turned\s+down|passed\s+on|dropped\s+out|exited|fired\s+from",),
    **dict.fromkeys(
        ("production_company", "distributor", "original_broadcaster"),
        (
            *RELATION_UNDOING_WORDS,
            r"passed\s+on|turned\s+down|declined|rejected|dropped",
            # A deal of the link that did not hold: "Lionsgate's distribution deal for
            # Ballerina fell through", "collapsed", "fell apart".
            r"f(?:ell|alls?|alling|allen)\s+(?:through|apart)|collaps(?:e|es|ed|ing)",
            # A studio leaves as a person does: the credits' table is the links' too.
            _phrases(UNDOING_PHRASES),
        ),
    ),
}  # fmt: skip
#: Words of :data:`STATUS_WORDS` and :data:`HEDGE_WORDS` that count only as written, in
#: lowercase: "may" is a modal ("Keanu Reeves may appear"), "May" the month.
CASED_WORDS = frozenset({"may"})
#: The firm statuses: a future or modal phrase before their word ("will be released", "set
#: to be announced", "could be released") says the thing is still to come, not done.
FIRM_STATUSES = frozenset({Status.RELEASED, Status.ANNOUNCED})
#: The statuses of a thing done: a negation before their word ("not yet released", "never
#: announced", "has not said") says it was not done. A forecast negated is still a forecast
#: ("is not expected to be available" is ``expected``), so the others' words may be negated.
DONE_STATUSES = frozenset({*FIRM_STATUSES, Status.REPORTED, Status.IN_DEVELOPMENT})
#: Words that keep a status word from backing a status, each with the statuses it keeps
#: from: "almost" or "nearly" among the three words just before a status word says the
#: thing was not done ("was almost released" is no release: no status of
#: :data:`DONE_STATUSES`), as a negation does; "reportedly", "allegedly" or "supposedly"
#: anywhere before it in its sentence says it at second hand ("was supposedly released"
#: backs ``reported`` or ``unconfirmed``, by the hearsay word itself, not a firm status of
#: :data:`FIRM_STATUSES`). A word of the :func:`lead_in` that the note quotes counts no
#: more, as a negation there does.
UNDOING_STATUS_WORDS = {
    **dict.fromkeys(("almost", "nearly"), DONE_STATUSES),
    **dict.fromkeys(("reportedly", "allegedly", "supposedly"), FIRM_STATUSES),
}
#: Words that hedge a claim: a quote that holds one says it only as a speculation, a
#: forecast, a report or a thing left undisclosed, so the claim has a status, one of those
#: its word backs in :data:`STATUS_WORDS`. The clear hedges alone: "will" ("will play"),
#: "due" or "not been" also say how a plain fact stands ("A sequel has not been
#: greenlit"), and "said" or "released" hedge nothing; "promises to" is the writer's
#: forecast ("Ballerina promises to be another action-packed thriller", ``expected``), a
#: character's promise in a plot is not ("She promises that she will hunt him").
#: The statuses each word backs: a guess ("may", "unlikely", "perhaps", "maybe", "tipped",
#: "considering") ``speculated``, one that leans one way ("likely", "probably") that or
#: ``expected``; a date or plan not yet fixed
#: ("slated", "tentatively") ``scheduled`` or ``expected``, as "set to"; a claim told at
#: second hand and not vouched for ("allegedly", "supposedly", "said to", "believed to",
#: "reported to") ``reported`` or ``unconfirmed``; talks under way, their end not known
#: ("in talks", "in negotiations") ``in_development`` or ``unconfirmed``; a modal
#: "would be" (with no "have": "would have been" says it did not happen, a word of
#: :data:`DENYING_WORDS`) ``speculated`` or ``expected``; a date once due ("was due to be
#: released") ``scheduled`` or ``expected``; and the attributions, rumours, guesses,
#: forecasts and targets of :data:`HEARSAY_WORDS`, with the statuses listed there.
HEDGE_WORDS = (
    "might", "could", "may", "possibly", "possible", "surely", "likely", "unlikely",
    "probably", "perhaps", "maybe", "tipped", "considering", "reportedly", "allegedly",
    "supposedly", "said to", "believed to", "reported to", "rumored", "rumoured", "set to",
    "slated", "tentatively", "expected", "undisclosed", "in development", "in the works",
    "in talks", "in negotiations", "scheduled", "promises to", "would be", "due to be",
    *HEARSAY_WORDS,
)  # fmt: skip
#: The verbs of a hint in the present tense, which say what a thing shows ("its trailer
#: hints at the backstory") but for where they close their clause or take a "that": then
#: they attribute the claim to what hints it (:data:`HEDGE_PATTERNS`), and back
#: ``unconfirmed`` or ``speculated``.
INSINUATING_VERBS = (
    "suggest", "suggests", "imply", "implies", "hint", "hints", "indicate", "indicates",
    "insinuate", "tease", "teases",
)  # fmt: skip
#: Hedges that no phrase writes, read as patterns where the words of :data:`HEDGE_WORDS` are
#: (the quote's clause, its lead-in and the short asides after it), each with the statuses
#: it backs: a verb of :data:`INSINUATING_VERBS` that closes its sentence or an aside (a
#: full stop, a bracket, a dash after it) or takes a "that" ("..., the trailer suggests.",
#: "..., the trailer hints.", "The poster implies that ...") ``unconfirmed`` or
#: ``speculated``, as its past form ("hinted", :data:`HINTING_WORDS`) does; not before a
#: comma, where a concession may close ("whatever its trailer may suggest, ...").
#:
#: An outlet's or anyone's word, named by a name the catalog does not hold (its own names
#: are read blanked: "Lionsgate said" is the studio's word) and a verb of
#: :data:`REPORTING_VERBS`, with up to two words between ("Variety says Lionsgate will open
#: ...", "..., Variety can exclusively reveal.", "..., Variety exclusively reports.",
#: "..., Screen Daily has reported."), and "via" and such a name opening the sentence or
#: an aside, or closing one ("Via Variety: ...", "... (via Variety).", "..., via
#: Deadline."; not a streaming service's, "via Peacock", nor "available via VOD on"),
#: back ``reported`` or ``unconfirmed``, as "Variety reports" (:data:`HEARSAY_WORDS`)
#: does.
HEDGE_PATTERNS: dict[str, tuple[Status, ...]] = {
    r"(?<![\w'-])(?i:" + _phrases(INSINUATING_VERBS) + r")"
    r"(?=\s*(?:[.!?)\u2013\u2014]|\Z)|\s+(?i:that)\b)": (Status.UNCONFIRMED, Status.SPECULATED),
}
#: The verbs of an outlet's or anyone's report, after a name (:data:`HEDGE_PATTERNS`):
#: words backing ``reported`` and ``unconfirmed``, with "via" and "can reveal".
REPORTING_VERBS = (
    "says", "said", "reports", "reported", "reporting", "writes", "wrote", "notes", "noted",
    "reveals", "revealed", "reveal",
)  # fmt: skip
# A name the catalog does not hold (its own are blanked): up to four words, each opening
# with a capital, "of", "the" or "&" between them; not a pronoun ("He says", "It said").
_UNKNOWN_NAME = (
    r"(?<![\w'&+-])(?!(?:It|He|She|They|We|I|You|This|That|These|Those|There|Here|Which"
    r"|Who|What|One|Someone|Nobody|Everyone|Anyone)\b)[A-Z][\w'&+-]*"
    r"(?:\s+(?:(?:of|the|&)\s+)?[A-Z][\w'&+-]*){0,3}"
)
HEDGE_PATTERNS.update(
    {
        _UNKNOWN_NAME
        + r"(?:\s+(?i:has|have|had|is|are|was|were|can|could|also|now|first|just|still"
        r"|earlier|previously|today|\w+ly)){0,2}\s+(?i:" + _phrases(REPORTING_VERBS) + r")\b": (
            Status.REPORTED,
            Status.UNCONFIRMED,
        ),
        r"(?:(?<![\s\S])|(?<=[(,:\u2013\u2014])|(?<=[(,:\u2013\u2014]\s))(?i:via)\s+(?!(?:"
        + "|".join(re.escape(service.split()[0]) for service in STREAMING_SERVICES)
        + r")\b)"
        + _UNKNOWN_NAME
        + r"(?=\s*(?:[.,:;!?)\u2013\u2014]|\Z))": (Status.REPORTED, Status.UNCONFIRMED),
    }
)
STATUS_WORDS = {
    status: (*words, *INSINUATING_VERBS)
    if status in (Status.UNCONFIRMED, Status.SPECULATED)
    else words
    for status, words in STATUS_WORDS.items()
}
STATUS_WORDS = {
    status: (*words, *REPORTING_VERBS, "via", "can reveal")
    if status in (Status.REPORTED, Status.UNCONFIRMED)
    else words
    for status, words in STATUS_WORDS.items()
}
#: Reviewed claims whose status is right though a hedge of their quote's clause does not back
#: it (:func:`status_when_the_quote_hedges`), each with the hedge's words and what they hedge.
HEDGE_OF_ANOTHER_THING = {
    "002-073": "'expected' is said of the announcement the value's text tells ('which is"
    " expected to be announced'); the development itself is stated, 'is developing'",
}
#: Reviewed claims whose status words outside the quote and its lead-in (:func:`lead_in`)
#: state, with those words.
STATUS_FROM_CONTEXT: dict[str, str] = {
    "001-092": "the article was published before the release it gives: the release then planned",
}
#: Reviewed text values that are not their quote's characters, each with its reason.
VALUE_CHARACTERS: dict[str, str] = {}
#: Reviewed notes that quote words no claim's quote holds, nor the claim's own sentence,
#: each with the reason: the words say how the claim's quote was read (which film a
#: heading names, where the sentence stands), and state no fact of a film, person or
#: character.
NOTE_CONTEXT = {
    "000-056": "the heading names the film the sentence is about",
    "001-064": "the heading names the film whose cast the sentence lists",
    "001-066": "the heading names the film whose cast the sentence lists",
    "001-068": "the heading names the film whose cast the sentence lists",
    "002-028": "the heading's words for the same role",
    "002-030": "the text's other words for the same character",
    "003-010": "the heading the sentence stands under",
    "004-057": "the heading of the cast list the note compares the caption with",
}
#: Words that, in a note's own words (outside its quoted passages), would state a fact of a
#: film, person or character: a death, a last or only role, a confirmation, a trailer, a
#: shared element, a year.
FACT_WORDS = re.compile(
    r"\b(?:final|late|died|death|dead|confirmed|only|trailer|episode|elements|reprise|"
    r"hopeful|wish|(?:19|20)[0-9]{2})\b",
    re.IGNORECASE,
)
#: Reviewed notes whose own words use such a word, each with the reason it states no fact.
NOTE_FACT_WORDS = {
    "000-015": "'only' says how little the text says of her role",
    "000-026": "'only' says what the text leaves open",
    "000-054": "the death is claim 000-028; the note says the wrap has no date of its own",
    "000-065": "the trailer is the quote's; the note says it is still to come",
    "001-002": "the year is the quote's; the note says which film introduced the character",
    "001-003": "the year of the film the sentence speaks of, claim 001-001",
    "001-007": "the year of the film the sentence speaks of, claim 001-001",
    "001-094": "the deal's year, said to tell that the streaming has no date of its own",
    "001-095": "the deal's year, said to tell that the streaming has no date of its own",
    "001-137": "says the text gives no date, and where the dates are",
    "002-005": "'only' says how little the text says of Lionsgate's role",
    "002-087": "the years 'in September' may fall in, said to tell why it keeps no date",
    "003-019": "the year is the quote's",
    "004-007": "the year 'Friday 6 October' resolves to, from the weekday",
    "004-051": "says the sentence is ambiguous about a single episode",
    "004-061": "Min-hee's death and Ok-ju's revenge are plot claims 004-012 and 004-015",
}
#: Reviewed words of work descriptions that no source uses, each with its reason.
DESCRIPTION_WORDS: dict[str, str] = {}
#: Reviewed claims whose value the quote's sentence gives with an "or" that joins no
#: choices (:func:`value_not_one_of_several_or_noted`), each with the reason.
VALUE_ALTERNATIVES = {
    "000-049": "'known from A, B or the Netflix hit C' lists works she is known from, each of"
    " them; Netflix is C's distributor, no choice of the list",
}

# A word: letters and digits, with inner apostrophes (straight or curly) and hyphens.
_WORD = re.compile(r"[\w'\u2019-]+")


# The marks of a pattern, in a table that holds patterns beside its phrases.
_PATTERN_MARKS = re.compile(r"[\\()\[\]?*+|{}]")


def _pattern_or_phrase(entry: str) -> str:
    """An entry of a table of patterns and phrases (:data:`DENYING_WORDS`) as a pattern: a
    pattern as it is (its spaces written ``\\s+``), a phrase as :func:`_phrases` reads it."""
    return entry if _PATTERN_MARKS.search(entry) else _phrases((entry,))


def _word_pattern(word: str) -> str:
    """A word of a list as a pattern: the word standing alone, in any case but for
    :data:`CASED_WORDS`, which count only as written."""
    found = _phrases((word,))
    return r"\b" + (f"(?-i:{found})" if word in CASED_WORDS else found) + r"\b"


def _any_word(words: Iterable[str]) -> _Words:
    """A pattern that finds any of ``words`` in a text, the longest first."""
    ordered = sorted(words, key=len, reverse=True)
    return _Words("|".join(map(_word_pattern, ordered)), re.IGNORECASE, ordered)


# A run of word characters, as ``\b`` sees them.
_WORD_RUN = re.compile(r"\w+")


class _Words:
    """A pattern of a table's words, compiled when first searched, whose searches first look
    among the text's runs of word characters for the longest run of one of its ``words``
    ("incorrectly" of "the original version of this article incorrectly stated"): where
    none is there, no word is, and the pattern is not tried. A table of hundreds of words
    tried at each word of a sentence took a seventh of what verify costs, and most sentences
    hold none of its words; the largest tables took a third of importing the rules to
    compile.

    The pattern holds each word whole, as :func:`_word_pattern` or :func:`_as_words` write
    it: a word's runs then stand alone in the text where it matches (no word character on
    either side of it, spaces or marks between its runs). The look is made only where it
    finds what the pattern finds: words that are ASCII and each hold a run, and a text none
    of whose other characters is a letter or a digit (Unicode's case rules match "k" to the
    Kelvin sign, which no ASCII run holds). With no ``words``, the pattern is only compiled
    when first searched."""

    __slots__ = ("_compiled", "_flags", "_keys", "pattern")

    def __init__(self, pattern: str, flags: int, words: Iterable[str] = ()) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        runs = [_WORD_RUN.findall(word.lower()) if word.isascii() else [] for word in words]
        # None: no look first (no words, or a word it would not find).
        self._keys = (
            frozenset(max(found, key=len) for found in runs) if runs and all(runs) else None
        )

    def _holds_none(self, text: str, pos: int, endpos: int) -> bool:
        """Whether ``text`` from ``pos`` to ``endpos`` surely holds none of the words."""
        if self._keys is None:
            return False
        read = text[pos:endpos]
        return (
            read.isascii() or not any(c.isalnum() for c in set(read) if not c.isascii())
        ) and self._keys.isdisjoint(_WORD_RUN.findall(read.lower()))

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._holds_none(text, pos, endpos):
            return None
        return self.compiled.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._holds_none(text, pos, endpos):
            return iter(())
        return self.compiled.finditer(text, pos, endpos)


# A hope, wish or intention of someone involved: "she's “hopeful”", "I would love to see him
# come back", "I have plans for him", "Wiseman wants Keanu Reeves in Ballerina".
_HOPE = re.compile(
    _any_word(word for word in HOPE_WORDS if word != "wanted").pattern
    # The look-behinds after the word: before it, they cost a search seven times as long.
    + r"|\bwanted\b(?<!\ba\swanted)(?<!\bthe\swanted)(?<!\bmost\swanted)",
    re.IGNORECASE,
)
# Words of a statement that a predicate other than production_status carries: a trailer,
# how a film is made available, official images or artwork (promotional_material).
_OTHER_PREDICATE_WORDS = re.compile(
    r"\btrailer|\bon\s+demand\b|\bstreaming\b|\bexclusively\s+in\s+theaters\b|\bavailable\b"
    r"|\bimages\b|\bartwork\b",
    re.IGNORECASE,
)
# A step of a recap: "First, ...", "Next, ...".
_ORDER_WORD = re.compile(r"(?:First|Next|Then|Later|Finally|Now),")
# A word, a run of spaces (no-break spaces too) or one other character.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
# Quoted passages in a note: '...', "..." or “...”; an apostrophe inside a word is none.
_NOTE_QUOTE = re.compile(r"(?<![\w\u2019'])'(.+?)'(?![\w\u2019])|\"(.+?)\"|\u201c(.+?)\u201d")
# How a note may write the text's characters: plain spaces, straight quotes.
_PLAIN = str.maketrans({"\u00a0": " ", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def words(text: str) -> set[str]:
    """The words of a text, lowercased: what names and descriptions are checked against."""
    # A match at a time: a list of a long text's words took 16 times the text's memory.
    return {match[0].lower() for match in _WORD.finditer(text)}


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


def _quoted_in(match: re.Match[str]) -> str:
    """The passage a match of ``_NOTE_QUOTE`` quotes, folded."""
    return plain(next(group for group in match.groups() if group))


def _byline_passages(claim: Claim, catalog: Catalog | None) -> set[str]:
    """The passages of a claim's note, folded, that quote its source's byline: those its
    source's ``published_note`` quotes, or words of its text that write its publication date
    ("year from the byline, 'June 8, 2025'"). They say where a date's year comes from, as
    the publication date does, and state no fact of their own."""
    passages = note_passages(claim.note)
    if catalog is None or not passages:
        return set()
    source = catalog.source(claim.source)
    noted = {plain(passage) for passage in note_passages(source.published_note)}
    published = source.published
    found: set[str] = set()
    for passage in map(plain, passages):
        if passage in noted or (
            isinstance(published, PartialDate)
            and any(
                each.year == published.year and _writes(each, published)
                for each in _written_dates(passage)
            )
            and passage_in(passage, _plain_text_of(catalog, claim.source))
        ):
            found.add(passage)
    return found


def dated_by_its_quote_or_noted(claim: Claim, catalog: Catalog | None = None) -> list[Breach]:
    """A date its quote does not write (``this spring``, ``Friday 6 October``) was inferred,
    and the claim's note says how, writing the date.

    A quote writes a date's year as its digits; its season by the season's word
    (:data:`SEASON_WORDS`: "spring" for ``2024-21``); its month by its English name or its
    first three letters, capitalized ("June", "Jun.", "Sept"); its day only together with
    its month, as one date: the month's name next to the day's number ("June 7", "7 June",
    "June 7th", "7th of June", "Jun. 7", "June seventh", "the seventh of June"), or a
    numeric date: with its year first, the month
    then the day ("2024-06-07", "2024.06.07", "2024/06/07"); dotted with its year last, the
    day then the month ("7.6.2024", as Europe writes it); otherwise, with its year last, the
    month and the day in either order ("7/6/2024" is 6 July in the US, 7 June in Europe),
    and one whose numbers read as a day of either month needs the note's own words to
    write which ("7 June 2024"): it writes no one day alone (:func:`_read_both_ways`).
    Where the written
    date has a year ("June 7, 2024", "summer of 2024"), it is the date's year: "July 6,
    2025" does not write 2024-07-06. A year written anywhere in the quote writes a year,
    but the year of a season, a month or a day only written with it, in the date's own
    shape: just after it ("spring 2024", "spring of 2024", "March 2024", "March of 2024",
    "March, 2024", "June 7, 2024", "7 June 2024", "June '24"), or after the other end of
    its range or pair ("June 7 to June 14, 2024", "June 7-14, 2024", "in June and July
    2024"), or in the date's numbers ("2024-03", "7/6/2024"). A season, month or day with
    no year of its own takes it from the note's own words alone (outside the passages it
    quotes, but for the byline's: :func:`_byline_passages`), not from another clause or
    event of the quote: "Ballerina opened in 2024; its
    trailer dropped in March" does not write 2024-03, nor "In March, Lionsgate said
    Ballerina opened in 2024", nor "June 7, a year after John Wick 4 opened in 2023"
    2023-06-07, nor "June 7 and 2025 is the sequel year" 2025-06-07. The data's own form of
    a month ("2024-06") counts too; its form of a season ("2024-21") does not, as "the
    2023-24 season" is a span of years. A year of another calendar
    (:data:`OTHER_CALENDAR_WORDS`: "fiscal 2025", "FY2025", "the 2024-25 season") writes no
    calendar year, in the quote, nor in its note: its date needs a note saying in its own
    words how the calendar date is known, writing it.

    A month's name or a season's word alone writes it only in a date's shape
    (:data:`DATE_SHAPE_WORDS` just before it: "in June", "this spring", "mid-June"): "will
    fall", "will spring into", "will March into" write none. A year is no count ("opened on
    2024 screens"), and the digits and words of a name of the ``catalog`` are the name's
    ("Blade Runner 2049", "John Wick 4", "June Squibb", "Summer Glau"), no date's:
    :func:`_without_dated_names`."""
    quote, note = claim.evidence.quote, claim.note or ""
    if catalog is not None:  # a note that quotes a name writes no date with it either
        quote, note = _without_dated_names(quote, catalog), _without_dated_names(note, catalog)
    # A fiscal year's or a season's digits write no calendar year, in the quote or the note.
    quote, other_calendars = _without_other_calendars(quote, *_around(claim, catalog))
    note = _without_other_calendars(note)[0]
    quote_dates = _written_dates(quote)
    # A note excuses the date only by writing it: "'Next year' in an article dated August
    # 4, 2023: 2024." excuses 2024, not 2031.
    noted_dates = [*quote_dates, *_written_dates(note)]
    # A year for a month and day is the note's own, not one of the passages it quotes,
    # but for the byline's words, which date the source as its publication date does.
    byline = _byline_passages(claim, catalog)
    own_words = _written_dates(
        _NOTE_QUOTE.sub(lambda found: found[0] if _quoted_in(found) in byline else " ", note)
    )
    for field, date in _claim_dates(claim):
        both_ways = _read_both_ways(quote_dates, date)
        if both_ways is not None and not any(
            _writes(each, date) and len(each.month_days) == 1 for each in own_words
        ):
            written = quote[both_ways.start : both_ways.end]
            name = _MONTH_NAMES[(date.month or 1) - 1]
            message = (
                f"the quote writes {written!r}, which reads as a day of either month: say in"
                f" the note which the source means, writing the date ('{name} {date.day},"
                f" {date.year}')"
            )
            return [Breach("date note", field, message)]
        part = _unwritten_part(quote_dates, date)
        if part is None or _unwritten_part(noted_dates, date, own_words) is None:
            continue
        if other_calendars:
            message = (
                f"the quote writes {other_calendars[0]!r}, a year of another calendar (a fiscal"
                " or school year, a season), no calendar year: say in a note how the calendar"
                " date is known (which months that year spans), writing the date"
            )
            return [Breach("date note", field, message)]
        message = (
            f"the quote does not write the {_described(part, date)}: say in a note how the"
            " date is inferred (from the publication date, from which words), writing the"
            " date"
        )
        return [Breach("date note", field, message)]
    return []


#: The words that make a year written with them the year of another calendar than the
#: one a date is of: a company's fiscal or financial year ("fiscal 2025", "FY2025", "FY25",
#: "the 2025 fiscal year", "financial year 2024-25"), a tax, school, academic or model year,
#: a season of a show or a sport ("the 2025 season", "season 2025"), just before the year or
#: just after it (or after its span, "2024-25"). Lionsgate's fiscal 2025 ran from April 2024
#: to March 2025: its digits write no calendar year of a date (nor of a note's), and a date
#: of that year needs a note saying, in its own words, how the calendar date is known.
OTHER_CALENDAR_WORDS = (
    "fiscal", "fiscal year", "financial year", "FY", "tax year", "school year",
    "academic year", "model year", "season",
)  # fmt: skip
_OTHER_CALENDAR_YEAR = re.compile(
    rf"(?<![\w-])(?:(?i:{_phrases(OTHER_CALENDAR_WORDS)}))[\s\u00a0]*"
    r"(?P<before>['\u2019]?\d{2}(?:\d{2})?(?:[\s\u00a0]*[-\u2013/][\s\u00a0]*\d{2}(?:\d{2})?)?)"
    r"(?![\w-])"
    r"|(?<![\w'\u2019-])(?P<after>\d{4}(?:[\s\u00a0]*[-\u2013/][\s\u00a0]*\d{2}(?:\d{2})?)?)"
    rf"(?:['\u2019]s)?[\s\u00a0]+(?:(?i:{_phrases(OTHER_CALENDAR_WORDS)}))(?![\w-])"
)


def _without_other_calendars(text: str, before: str = "", after: str = "") -> tuple[str, list[str]]:
    """``text`` with each year of another calendar (:data:`OTHER_CALENDAR_WORDS`) blanked,
    read with the words ``before`` and ``after`` it in its sentence ("fiscal" before a quote
    that opens with "2025"), and the words of each, as the text writes them."""
    whole, found = before + text + after, []
    for match in _OTHER_CALENDAR_YEAR.finditer(whole):
        group = "before" if match["before"] is not None else "after"
        start = max(match.start(group) - len(before), 0)
        end = min(match.end(group) - len(before), len(text))
        if start < end:
            text = text[:start] + " " * (end - start) + text[end:]
            found.append(" ".join(match[0].split()))
    return text, found


def _read_both_ways(written: Sequence[_WrittenDate], date: PartialDate) -> _WrittenDate | None:
    """The numeric date of ``written`` that writes ``date``'s day, if every one that writes
    it reads as a day of two months ("06/05/2025" is 5 June in the US, 6 May in Europe), and
    so writes no one day without a note saying which."""
    if date.day is None:
        return None
    writers = [each for each in written if _writes(each, date)]
    if writers and all(
        len({month for month, _ in each.month_days if 1 <= month <= 12}) > 1 for each in writers
    ):
        return writers[0]
    return None


def date_agrees_with_its_quote(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A note may add what the quote leaves out of a date, never contradict what it writes:
    where the quote writes dates (a year, a season, a month by name, a day), the claim's
    date is one of them, or within one, or holds one ("in 2024" is no 2025, "June 7" no
    2024-07-06, "this spring" no autumn), whatever its note says. A date just after a span
    and "after" or "before" ("a week after June 7, 2024") is counted from, and binds none.

    A date the quote writes relative to the source's publication (:data:`RELATIVE_DATE_WORDS`
    before "year", "month", a month's name or a season's word: "last November", "this
    spring", "next year") is the one the publication date makes it, every one a partial
    date or an interval of publication allows: in a source of 2023-08-04, "last November"
    is 2022-11, "next year" 2024, "this spring" 2023-21. Where the source has no
    publication date, or one open at an end, a relative year or month is left unread and a
    month or season is read without its year (its note writes the date, as
    :func:`dated_by_its_quote_or_noted` asks). Dates written in other words are read too
    (``_worded_dates``): a holiday (:data:`HOLIDAYS`: "New Year's Day 2026", "last
    Christmas"), a day relative to the publication (:data:`RELATIVE_DAY_WORDS`,
    "this Friday", "two years ago", "in two weeks": "yesterday" is never after it), a span
    from a written date ("two weeks after June 1, 2025" is 2025-06-15). A part of a month or
    a year (:data:`PERIOD_PART_WORDS`: "early June 2025", "the first Friday of June 2025",
    "Q2 2025") is that part alone; a date at the whole month's or year's precision keeps the
    part in its note, writing its words. The digits and words of a name of the ``catalog``
    are the name's, no date's."""
    dates = _claim_dates(claim)
    if not dates:
        return []
    quote = _without_dated_names(claim.evidence.quote, catalog)
    quote = _without_other_calendars(quote, *_around(claim, catalog))[0]
    stated = _stated_dates(quote, _published(claim, catalog))
    if not stated:
        return []
    parts = _period_parts(quote)
    note = " ".join((claim.note or "").casefold().split())
    for field, date in dates:
        if any(_may_be(each, date) for _, readings in stated for each in readings):
            wider = [
                words
                for words, readings in stated
                for each in readings
                if _may_be(each, date) and each in parts and not _within(each, date)
            ]
            if wider and len(wider) == sum(
                _may_be(each, date) for _, readings in stated for each in readings
            ):
                # Only a part of the date is written ("early June 2025" for 2025-06): the
                # note keeps which part, as the data's date cannot.
                words = wider[0]
                if " ".join(words.casefold().split()) in note:
                    continue
                message = (
                    f"the quote writes {words!r}, a part of {date} only: give a date within it,"
                    f" or say in the note which part, writing its words ({words!r})"
                )
                return [Breach("date note", field, message)]
            continue
        said = "; ".join(
            f"{words!r}" + ("" if reading is None else f" ({reading})")
            for words, readings in stated
            for reading in [_readings_words(words, readings)]
        )
        message = (
            f"the quote writes {said}, and {date} is none of them: a note adds what the quote"
            " leaves out of a date, never another date than it writes"
        )
        return [Breach("date note", field, message)]
    return []


def _published(claim: Claim, catalog: Catalog) -> PartialDate | DateInterval | None:
    """The publication date of the claim's source, or ``None`` where the catalog has none."""
    try:
        return catalog.source(claim.source).published
    except LookupError:
        return None


def _publication_months(published: PartialDate | DateInterval | None) -> range:
    """Each month the source may have been published in, numbered ``year * 12 + month -
    1``; none where its date is unknown, open at an end or spans too long to read by."""
    if published is None or published.first_day is None or published.last_day is None:
        return range(0)
    (first_year, first_month, _), (last_year, last_month, _) = (
        published.first_day,
        published.last_day,
    )
    months = range(first_year * 12 + first_month - 1, last_year * 12 + last_month)
    return months if len(months) <= _MOST_PUBLICATION_MONTHS else range(0)


def _month_number(day: tuple[int, int, int]) -> int:
    return day[0] * 12 + day[1] - 1


def _relative_dates(
    match: re.Match[str], months: range
) -> tuple[tuple[int, int | None, Season | None], ...]:
    """What a relative date (:data:`RELATIVE_DATE_WORDS`) is in each month of ``months``:
    (year, month, season), a year alone with neither."""
    which = RELATIVE_DATE_WORDS[" ".join(match["which"].casefold().split())]
    unit = match["unit"].casefold()
    found: set[tuple[int, int | None, Season | None]] = set()
    for published in months:
        year = published // 12
        if unit == "year":
            found.add((year + which, None, None))
            continue
        if unit == "month":
            found.add(((published + which) // 12, (published + which) % 12 + 1, None))
            continue
        # A month's name or a season's word: its instances of the years about publication.
        instances: list[tuple[tuple[int, int | None, Season | None], PartialDate]] = []
        for each in range(year - 2, year + 3):
            if match["month"] is not None:
                number = _MONTH_NUMBERS[match["month"][:3].casefold()]
                instances.append(((each, number, None), PartialDate(year=each, month=number)))
            else:
                season = _SEASON_OF_WORD[unit]
                instances.append(((each, None, season), PartialDate(year=each, season=season)))
        spans = [
            (key, _month_number(date.first_day), _month_number(date.last_day))
            for key, date in instances
        ]
        if which != 0:
            # The nearest ended (or begun) on that side; where that is of the publication's
            # year ("last November" in December), the one a year further too, as some write.
            side = [
                (key, start)
                for key, start, end in spans
                if (end < published if which < 0 else start > published)
            ]
            side.sort(key=lambda span: span[1], reverse=which < 0)
            further = side[0][0][0] == year and len(match["which"].split()) == 1
            found.update(key for key, _ in side[: 2 if further else 1])
        else:  # this one: any of the publication's year (a winter begun or ended in it)
            found.update(
                key for key, start, end in spans if start <= year * 12 + 11 and end >= year * 12
            )
    return tuple(sorted(found, key=lambda key: (key[0], key[1] or 0, key[2] or 0)))


def _stated_dates(
    quote: str, published: PartialDate | DateInterval | None
) -> list[tuple[str, tuple[_WrittenDate, ...]]]:
    """The dates ``quote`` writes, each as its words and what they may be: a relative one
    (:data:`RELATIVE_DATE_WORDS`) read against the publication date ``published``, where
    it can be."""
    months = _publication_months(published)
    relative: dict[int, tuple[re.Match[str], tuple[_WrittenDate, ...]]] = {}
    for match in _RELATIVE_DATE.finditer(quote):
        relative[match.end()] = (
            match,
            tuple(
                _WrittenDate(
                    match.start(),
                    match.end(),
                    year,
                    frozenset({(month, None)}) if month is not None else frozenset(),
                    season,
                )
                for year, month, season in _relative_dates(match, months)
            ),
        )
    # Holidays, relative days and spans from a date: a year or date inside them is theirs.
    worded = _worded_dates(quote, published)
    stated: list[tuple[str, tuple[_WrittenDate, ...]]] = []
    for each in _written_dates(quote):
        if _OFFSET_BEFORE.search(quote, 0, each.start):
            continue  # "a week after June 7, 2024" counts from the date, no date of its own
        if any(start <= each.start and each.end <= end for start, end, _ in worded):
            continue
        if each.year is None and each.short_year is None and each.end in relative:
            match, readings = relative.pop(each.end)
            if readings:
                stated.append((match[0], readings))
                continue
        part = _part_of_period(quote, each)
        if part is not None:  # "early June 2025": June 1 to 10 only
            stated.append((quote[part.start : each.end], (part,)))
            continue
        stated.append((quote[each.start : each.end], (each,)))
    stated.extend((match[0], readings) for match, readings in relative.values() if readings)
    stated.extend((quote[start:end], readings) for start, end, readings in worded if readings)
    return stated


#: The words just before a month ("early June", "mid-June", "the first week of June") or a
#: year alone ("late 2025", "Q2 2025", "the first half of 2025", "H2 2025") that name a part
#: of it, each with the part: for a month its first and last day (a negative day counts from
#: the month's end: "the last week of June" is June 24 to 30), for a year its first and last
#: month. A date the quote writes with one of them is that part alone, at the part's own
#: precision: a note may give a day or a month within it, never one outside it. "the first
#: Friday of June 2025" (any of "first" to "fifth" or "last", any weekday) is its one day.
PERIOD_PART_WORDS = {
    "month": {
        "early": (1, 10), "mid": (11, 20), "late": (21, -1),
        "first week of": (1, 7), "second week of": (8, 14), "third week of": (15, 21),
        "fourth week of": (22, 28), "last week of": (-7, -1), "final week of": (-7, -1),
        "first half of": (1, 15), "second half of": (16, -1),
    },
    "year": {
        "early": (1, 4), "mid": (5, 8), "late": (9, 12),
        "first quarter of": (1, 3), "second quarter of": (4, 6), "third quarter of": (7, 9),
        "fourth quarter of": (10, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9),
        "Q4": (10, 12), "first half of": (1, 6), "second half of": (7, 12), "H1": (1, 6),
        "H2": (7, 12),
    },
}  # fmt: skip
_WEEKDAY_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_PERIOD_PART_BEFORE = {
    period: re.compile(
        r"(?<![\w'\u2019-])(?:(?i:the)[\s\u00a0]+)?(?P<part>(?i:"
        + _phrases(parts)
        + r"))(?:[\s\u00a0]+|-)\Z"
    )
    for period, parts in PERIOD_PART_WORDS.items()
}
_NTH_WEEKDAY_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:(?i:the)[\s\u00a0]+)?"
    rf"(?P<which>(?i:{'|'.join(_WEEKDAY_ORDINALS)}))[\s\u00a0]+"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[\s\u00a0]+"
    r"(?i:of)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+(?i:month)[\s\u00a0]+(?i:of)[\s\u00a0]+)?\Z"
)


def _part_of_period(quote: str, written: _WrittenDate) -> _WrittenDate | None:
    """The part of a month or a year ``written`` is, where :data:`PERIOD_PART_WORDS` (or "the
    first Friday of") stand just before it, as the date those words and it write, from the
    first of them; ``None`` for a whole month or year, or a date of another shape."""
    before = quote[: written.start]
    if written.season is not None or len(written.month_days) > 1:
        return None
    if not written.month_days:  # a year alone
        found = _PERIOD_PART_BEFORE["year"].search(before)
        if found is None or written.year is None:
            return None
        first, last = PERIOD_PART_WORDS["year"][_part_key("year", found["part"])]
        months = frozenset((month, None) for month in range(first, last + 1))
        return written._replace(start=found.start(), month_days=months)
    ((month, day),) = written.month_days
    if day is not None or not 1 <= month <= 12:
        return None
    weekday = _NTH_WEEKDAY_BEFORE.search(before)
    if weekday is not None:
        return _nth_weekday(written, month, weekday)
    return _part_of_month(written, month, _PERIOD_PART_BEFORE["month"].search(before))


def _nth_weekday(written: _WrittenDate, month: int, found: re.Match[str]) -> _WrittenDate | None:
    """The one day "the first Friday of June 2025" writes; ``None`` (the month read whole)
    where no year says which, or the month has no such day ("the fifth Monday")."""
    if written.year is None:
        return None
    days_on = [
        on
        for on in range(1, days_in_month(written.year, month) + 1)
        if WEEKDAYS[datetime.date(written.year, month, on).weekday()] == found["weekday"]
    ]
    which = _WEEKDAY_ORDINALS[found["which"].casefold()]
    if which > len(days_on):
        return None
    on = days_on[which - 1 if which > 0 else which]
    return written._replace(start=found.start(), month_days=frozenset({(month, on)}))


def _part_of_month(
    written: _WrittenDate, month: int, found: re.Match[str] | None
) -> _WrittenDate | None:
    """The days of the part of a month ``found`` names ("early June" June 1 to 10), of a
    leap year or not where the month has no year."""
    if found is None:
        return None
    first, last = PERIOD_PART_WORDS["month"][_part_key("month", found["part"])]
    days: set[tuple[int, int | None]] = set()
    for year in [written.year] if written.year is not None else [2000, 2001]:
        length = days_in_month(year, month)
        start, end = (each if each > 0 else length + 1 + each for each in (first, last))
        days |= {(month, on) for on in range(start, end + 1)}
    return written._replace(start=found.start(), month_days=frozenset(days))


def _period_parts(quote: str) -> set[_WrittenDate]:
    """The parts of a month or a year ``quote`` writes (:data:`PERIOD_PART_WORDS`), as read."""
    parts = (_part_of_period(quote, each) for each in _written_dates(quote))
    return {each for each in parts if each is not None}


def _within(part: _WrittenDate, date: PartialDate) -> bool:
    """Whether ``date`` lies within the part of a period ``part`` (of the date's year where
    the part has none)."""
    year = part.year if part.year is not None else date.year
    days = [
        PartialDate(year=year, month=month, day=day)
        for month, day in part.month_days
        if day is None or day <= days_in_month(year, month)
    ]
    return bool(days) and (
        min(each.first_day for each in days) <= date.first_day
        and date.last_day <= max(each.last_day for each in days)
    )


def _part_key(period: str, words: str) -> str:
    """The key of :data:`PERIOD_PART_WORDS` the part's ``words`` are, in any case and spacing."""
    said = " ".join(words.casefold().split())
    return next(key for key in PERIOD_PART_WORDS[period] if key.casefold() == said)


def _readings_words(words: str, readings: Sequence[_WrittenDate]) -> str | None:
    """What a relative date is read as, in the data's form ("2022-11", "2023-21"), or
    ``None`` for a date as written."""
    if not _RELATIVE_DATE.fullmatch(words):
        # A date in words (a holiday, a relative day, a span from a date) is shown as read.
        written = _WRITTEN_DATE.fullmatch(words)
        return None if written else "read as: " + _described_readings(readings)
    forms = []
    for each in readings:
        assert each.year is not None  # a relative date is read to its year
        month = next((month for month, _ in each.month_days), None)
        forms.append(str(PartialDate(year=each.year, month=month, season=each.season)))
    return "as published: " + " or ".join(forms)


def _may_be(written: _WrittenDate, date: PartialDate) -> bool:
    """Whether ``date`` and the date ``written`` may be the same: one holds a day of the
    other. A written date with no year takes the date's year (or the one before, a winter's
    that ends in it)."""
    if written.year is not None:
        years = [written.year]
    else:
        years = [y for y in (date.year, date.year - 1) if written.short_year in (None, y % 100)]
    for year in years:
        candidates = [PartialDate(year=year)] if not written.month_days else []
        if written.season is not None:
            candidates = [PartialDate(year=year, season=written.season)]
        candidates += [
            PartialDate(year=year, month=month, day=day)
            for month, day in written.month_days
            if 1 <= month <= 12 and (day is None or 1 <= day <= days_in_month(year, month))
        ]
        if any(
            each.first_day <= date.last_day and date.first_day <= each.last_day
            for each in candidates
        ):
            return True
    return False


#: The words of each season as a quote writes them, in any case: EDTF numbers the seasons
#: 21 (spring), 22 (summer), 23 (autumn) and 24 (winter), as :class:`PartialDate` holds them.
SEASON_WORDS = {
    Season.SPRING: ("spring",),
    Season.SUMMER: ("summer",),
    Season.AUTUMN: ("autumn", "fall"),
    Season.WINTER: ("winter",),
}
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH_NUMBERS = {name[:3].casefold(): number for number, name in enumerate(_MONTH_NAMES, 1)}
_SEASON_OF_WORD = {word: season for season, said in SEASON_WORDS.items() for word in said}
#: The words just before a month's name or a season's word written alone (no day nor year
#: with it) that make it a date ("in June", "by the fall", "this spring", "mid-June"): a
#: month or season with none of them is another word ("will fall", "will spring into",
#: "will March into") or a name's ("with Summer Glau"). A "the" may stand between ("in the
#: summer"); "mid", "early" and "late" may be joined to it by a hyphen ("mid-June").
DATE_SHAPE_WORDS = (
    "in", "by", "this", "next", "last", "early", "late", "mid", "until", "till", "from",
    "since", "of", "during", "through", "before", "after",
)  # fmt: skip
_DATE_SHAPE_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])(?i:{'|'.join(DATE_SHAPE_WORDS)})(?:[\s\u00a0]+(?i:the))?"
    r"(?:[\s\u00a0]+|(?<=\w)-)\Z",
    re.IGNORECASE,
)
# Where a month's name or a season's word starts: no letter, digit, apostrophe or hyphen
# just before it, but for the hyphen of "mid-", "early-" or "late-" ("mid-June"), and for
# an apostrophe that opens a quotation (none of those before it): a note's "the byline,
# 'June 8, 2025'" writes 8 June 2025.
_WORD_START = (
    "(?:"
    + "".join(rf"(?<=\b(?i:{word})-)|" for word in ("mid", "early", "late"))
    + r"(?<![\w'\u2019-])|(?<=['\u2018\u2019])(?<![\w'\u2019-]['\u2018\u2019]))"
)
# A number just before a plural noun counts that noun ("opened on 2024 screens"): no year,
# unless a determiner or a possessive stands before it ("the 2024 films", "Wick's 2014
# films").
_COUNTED_AFTER = re.compile(r"[\s\u00a0]+[a-z]*[a-hj-rtv-z]s(?!\w)")
_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])(?i:the|its|their|his|her|this|these|those|our|your)|\w['\u2019]s?)"
    r"[\s\u00a0]+\Z"
)


def _month(group: str) -> str:
    """A month by its name or its first three letters ("Sept" too), capitalized as English
    writes it ("June", "Jun.", "JUNE"): lowercase "may" and "march" are other words."""
    names = "|".join(
        name[0]
        + "(?i:"
        + "|".join((name[1:], "ept", "ep") if name == "September" else (name[1:], name[1:3]))
        + ")"
        for name in _MONTH_NAMES
    )
    return rf"{_WORD_START}(?P<{group}>{names})(?![\w'\u2019-])\.?"


#: The days of a month as ordinal words, each with its number ("seventh" 7, "twenty-first"
#: and "twenty first" 21): "June seventh" and "the seventh of June" write 7 June.
DAY_ORDINAL_WORDS = {
    word: number
    for number, word in enumerate(
        (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ),
        1,
    )
} | {
    f"{tens}{join}{word}": base + number
    for tens, base in (("twenty", 20), ("thirty", 30))
    for number, word in enumerate(("first", "second", "third", "fourth", "fifth", "sixth",
                                   "seventh", "eighth", "ninth"), 1)
    if base + number <= 31
    for join in ("-", " ")
} | {"thirtieth": 30}  # fmt: skip
_DAY_WORDS = _phrases(DAY_ORDINAL_WORDS)


def _day(group: str, *, numbers: bool = True, words: bool = True) -> str:
    """A day by its number, ordinal or not ("7", "07", "7th"), or by its ordinal word
    (:data:`DAY_ORDINAL_WORDS`: "seventh", "twenty-first"); ``numbers`` or ``words`` only
    where the other is left out."""
    forms = [r"[0-9]{1,2}(?:st|nd|rd|th)?"] if numbers else []
    forms += [rf"(?<![\w'\u2019-])(?i:{_DAY_WORDS})"] if words else []
    return rf"(?P<{group}>{'|'.join(forms)})(?!\w)"


def _day_number(written: str) -> int:
    """The number of a day as ``_day`` reads it ("7", "7th", "seventh")."""
    digits = written.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    return DAY_ORDINAL_WORDS[" ".join(written.casefold().split())]


def _year(number: str, *, short: bool = False) -> str:
    """A year by its four digits (the group ``year`` and ``number``); with ``short``, or by
    its last two after an apostrophe (the group ``short`` and ``number``: "'24", any of
    ``_relations.APOSTROPHES`` too), as a month or season may have it ("June '24")."""
    four = rf"(?P<year{number}>[0-9]{{4}})"
    return rf"(?:{four}|['{APOSTROPHES}](?P<short{number}>[0-9]{{2}}))" if short else four


_SEASON_WORD = "|".join(_SEASON_OF_WORD)

#: The words before "year", "month", a month's name or a season's word that make it a date
#: relative to the source's publication, each with how many years or months (or the
#: instances of that month or season) from it: "last November" is the latest November
#: ended before the source was published, "next spring" the first spring begun after it,
#: and where that one is of the publication's own year ("last November" in December,
#: "next November" in August), the one a year further too (not after "this past" or "this
#: coming"); "this spring" is the spring of its year ("this winter" that ending in it or
#: beginning in it), "last year" the year before its year, "next month" the month after
#: its month.
RELATIVE_DATE_WORDS = {"last": -1, "this past": -1, "this": 0, "next": 1, "this coming": 1}
_RELATIVE_DATE = re.compile(
    # "the last year" and "the next month" are spans, not a year or a month.
    r"(?<![\w'\u2019-])(?<!(?i:the)[\s\u00a0])"
    rf"(?P<which>(?i:{_phrases(RELATIVE_DATE_WORDS)}))[\s\u00a0]+"
    rf"(?P<unit>(?i:year|month)|{_month('month')}|(?i:{_SEASON_WORD}))(?![\w'\u2019-])"
)
# A span of time and "after" or "before" just before a date, which it counts from ("a week
# after June 7, 2024", "two days before its June 6 release"): the date it gives is another.
_OFFSET_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:days?|weeks?|months?|years?)[\s\u00a0]+(?i:after|before)"
    r"(?:[\s\u00a0]+(?i:the|its|their))?[\s\u00a0]+\Z"
)
# The most months of publication a relative date is read over: a source dated more loosely
# than to thirty years is read as one with no date.
_MOST_PUBLICATION_MONTHS = 12 * 30
# A date as a text writes it, the first that matches where several could: a numeric date
# (year first, or last), the data's year-month ("2024-06"), a month's name with a day's
# number (either first), a month's name, a season's word, a year. Group names tell the
# part (``year``, ``month`` by name or number, ``day``, ``season``, the numbers ``first``
# and ``second`` of a numeric date, either of which may be the month); their digits only
# keep them apart.
_WRITTEN_DATE = re.compile(
    "|".join(
        (
            rf"(?<![\w.]){_year('1')}(?P<sep1>[-/.])(?P<first1>[0-9]{{1,2}})"
            r"(?P=sep1)(?P<second1>[0-9]{1,2})(?!\w)",
            r"(?<![\w.])(?P<first2>[0-9]{1,2})(?P<sep2>[-/.])(?P<second2>[0-9]{1,2})"
            rf"(?P=sep2){_year('2')}(?!\w)",
            rf"(?<![\w.]){_year('3')}-(?P<month3>0[1-9]|1[0-2])(?![\w-])",
            rf"{_month('month4')}\s+{_day('day4')}(?:,?\s*{_year('4', short=True)}(?!\w))?",
            # A day's ordinal word before its month only with "of" ("the seventh of June";
            # "its first June weekend" writes no day).
            rf"(?<![\w.])(?:{_day('day5', words=False)}\s+(?:(?i:of)\s+)?"
            rf"|{_day('day9', numbers=False)}\s+(?i:of)\s+){_month('month5')}"
            rf"(?:,?\s+{_year('5', short=True)}(?!\w))?",
            rf"{_month('month6')}(?:,?\s+(?:(?i:of)\s+)?{_year('6', short=True)}(?!\w))?",
            rf"{_WORD_START}(?:(?i:the)\s+)?(?P<season7>(?i:{_SEASON_WORD}))"
            rf"(?![\w'\u2019-])(?:,?\s+(?:(?i:of)\s+)?{_year('7', short=True)}(?!\w))?",
            rf"(?<![\w.]){_year('8')}(?!\w)",
        )
    )
)


class _WrittenDate(NamedTuple):
    """A date as a text writes it: where, its year if written, the months it may write,
    each with the day written with it (both orders of the numbers of a numeric date with
    its year last and no dots), its season; and for a year written by its last two digits
    ("June '24"), those digits, in place of the year: "'24" writes 2024 and 1924 alike."""

    start: int
    end: int
    year: int | None
    month_days: frozenset[tuple[int, int | None]]
    season: Season | None
    short_year: int | None = None


# Cached: two rules read each quote's dates, and verify reads every claim's.
@functools.lru_cache(maxsize=4096)
def _written_dates(text: str) -> tuple[_WrittenDate, ...]:
    """The dates ``text`` writes, in order."""
    found = []
    for match in _WRITTEN_DATE.finditer(text):
        parts = {
            name.rstrip("0123456789"): value
            for name, value in match.groupdict().items()
            if value is not None
        }
        if not _in_a_dates_shape(text, match, parts):
            continue
        month_days: set[tuple[int, int | None]] = set()
        season = None
        if "month" in parts:
            day = _day_number(parts["day"]) if "day" in parts else None
            month = parts["month"]
            number = int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].casefold()]
            month_days.add((number, day))
        if "first" in parts:
            first, second = int(parts["first"]), int(parts["second"])
            if match["year1"] is not None:
                # Year first ("2024-06-07", "2024.06.07", "2024/06/07"): month, then day.
                month_days.add((first, second))
            elif parts["sep"] == ".":
                # Dotted with the year last is the European form, "7.6.2024": day, month.
                month_days.add((second, first))
            else:
                # "7/6/2024" is 6 July in the US and 7 June in Europe.
                month_days |= {(first, second), (second, first)}
        if "season" in parts:
            season = _SEASON_OF_WORD[parts["season"].casefold()]
        year = int(parts["year"]) if "year" in parts else None
        short = int(parts["short"]) if "short" in parts else None
        found.append(_WrittenDate(*match.span(), year, frozenset(month_days), season, short))
    # The first end of a range, or of a pair, has the year written after the second ("June 7
    # to June 14, 2024", "June 7-14, 2024", "June 7 and July 6, 2024", "in June and July
    # 2024"); a year alone after a join is not a second end ("June 7 and 2025 is ...").
    for at in range(len(found) - 2, -1, -1):
        one, other = found[at], found[at + 1]
        if one.year is not None or one.short_year is not None or _is_a_year(one):
            continue
        shared = _SHARED_YEAR.fullmatch(text, one.end, other.start)
        if shared is None or (other.year is None and other.short_year is None):
            continue
        dated = any(day is not None for _, day in one.month_days)
        if not _is_a_year(other) or (dated and shared["day"] is not None):
            found[at] = one._replace(year=other.year, short_year=other.short_year)
    return tuple(found)


def _is_a_year(written: _WrittenDate) -> bool:
    """Whether ``written`` is a year alone, with no season, month or day."""
    return written.season is None and not written.month_days


#: The holidays a quote may date by name, read whole and in any case, each with the day it
#: falls on: a fixed month and day, or for a holiday on a weekday of its month (the US
#: holidays the film trade dates releases by) the month, the weekday (Monday 0) and which
#: of the month's it is (1 the first, 4 the fourth, -1 the last). A fixed holiday is its
#: day; one on a weekday the days within :data:`HOLIDAY_SPAN_DAYS` ``"weekend"`` of it, as
#: its weekend or a release "for Thanksgiving" on the Wednesday before may be meant.
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26),
    "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "thanksgiving day": (11, 3, 4),
    "thanksgiving": (11, 3, 4),
}  # fmt: skip
#: The words after a holiday that make it the days about it, each with how many days
#: either side: "Christmas weekend" or "week" six, "the Christmas season" ("holidays",
#: "period", "corridor", "frame", "break") a month.
HOLIDAY_SPAN_DAYS = {
    "weekend": 6, "week": 6, "season": 31, "holidays": 31, "holiday": 31, "period": 31,
    "corridor": 31, "frame": 31, "break": 31,
}  # fmt: skip
#: The days relative to the source's publication a quote may write, each with the first and
#: the last day it may be, counted from the publication's day: "yesterday" is the day
#: before it, never after; "the day after tomorrow" two days after it, read as one
#: expression, never as "tomorrow"; "last week" the thirteen days before it (the week
#: before the publication's week, or the seven days just past), "next week" the thirteen
#: after.
RELATIVE_DAY_WORDS = {
    "yesterday": (-1, -1), "today": (0, 0), "tonight": (0, 0), "tomorrow": (1, 1),
    "the day after tomorrow": (2, 2), "the day before yesterday": (-2, -2),
    "last week": (-13, -1), "this past week": (-13, -1), "this week": (-6, 6),
    "next week": (1, 13), "this coming week": (1, 13),
}  # fmt: skip
#: The weekends relative to the source's publication a quote may write ("opened last
#: weekend"), each with the weeks it is from the weekend (Friday to Sunday) of the
#: publication's week: "this weekend" (and "this coming weekend") that one, "last weekend"
#: (and "this past weekend") the one before, "next weekend" the coming one or the one after.
RELATIVE_WEEKEND_WORDS = {
    "this weekend": (0, 0), "this coming weekend": (0, 0), "last weekend": (-1, -1),
    "this past weekend": (-1, -1), "next weekend": (0, 1),
}  # fmt: skip
#: The words that count days, weeks, months or years in a span ("two weeks ago", "in 10
#: days", "three months after June 1, 2025"), with the count each gives; digits count too.
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_APART = r"(?<![\w'\u2019-])"
_ALONE = r"(?![\w'\u2019-])"
_GAP = r"[\s\u00a0]+"
_WHICH = rf"(?P<which>(?i:{_phrases(RELATIVE_DATE_WORDS)}))"
_HOLIDAY = re.compile(
    rf"{_APART}(?:{_WHICH}{_GAP})?(?P<name>(?i:"
    + _phrases(HOLIDAYS).replace("'", "['\u2019]")
    + rf")){_ALONE}(?:{_GAP}(?P<span>(?i:{'|'.join(HOLIDAY_SPAN_DAYS)})){_ALONE})?"
    rf"(?:,?{_GAP}(?:(?i:of){_GAP})?(?P<year>[0-9]{{4}})(?!\w))?"
)
# "the last week" and "the next week" are spans, not a week.
_RELATIVE_DAY = re.compile(
    rf"{_APART}(?<!(?i:the)[\s\u00a0])(?P<words>(?i:{_phrases(RELATIVE_DAY_WORDS)})){_ALONE}"
)
_RELATIVE_WEEKDAY = re.compile(
    rf"{_APART}(?<!(?i:the)[\s\u00a0]){_WHICH}{_GAP}"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" + _ALONE
)
_RELATIVE_WEEKEND = re.compile(
    rf"{_APART}(?<!(?i:the)[\s\u00a0])(?P<words>(?i:{_phrases(RELATIVE_WEEKEND_WORDS)})){_ALONE}"
)
# A week on from a weekday, read as one expression: "a week from Friday", "a week on
# Friday", "Friday week" are the Friday after the coming one, never that Friday.
_WEEK_FROM_WEEKDAY = re.compile(
    rf"{_APART}(?:(?i:a|one){_GAP}(?i:week){_GAP}(?i:from|on){_GAP}(?:(?i:this){_GAP})?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<before>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"{_GAP}(?i:week)){_ALONE}"
)
# A weekday alone ("opens on Friday"), with no relative word before it; one next to a date
# ("Friday 6 October", "June 6, 2025, a Friday") is that date's (date_on_its_weekday).
_BARE_WEEKDAY = re.compile(
    rf"{_APART}(?<!(?i:this|next|last|past)[\s\u00a0])(?<!(?i:coming)[\s\u00a0])"
    r"(?<!(?i:the)[\s\u00a0])"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" + _ALONE
)
_COUNT = rf"(?P<count>[0-9]{{1,3}}|(?i:{'|'.join(COUNT_WORDS)}))"
_UNIT = r"(?P<unit>(?i:days?|weeks?|months?|years?))"
_COUNTED_AGO = re.compile(rf"{_APART}{_COUNT}{_GAP}{_UNIT}{_GAP}(?i:ago){_ALONE}")
_COUNTED_IN = re.compile(
    rf"{_APART}(?i:in){_GAP}{_COUNT}{_GAP}{_UNIT}{_ALONE}(?!{_GAP}(?i:of|after|before)\b)"
)
# A span and "after" or "before" just before a date it counts from ("two weeks after June 1,
# 2025", "the day before its June 6 release").
_COUNTED_FROM = re.compile(
    rf"{_APART}(?:{_COUNT}|(?P<the>(?i:the))){_GAP}{_UNIT}{_GAP}(?P<side>(?i:after|before))"
    rf"(?:{_GAP}(?i:the|its|their))?{_GAP}"
)
# The most days of publication a relative day is read over: a source dated more loosely
# than to a year is read as one with no date.
_MOST_PUBLICATION_DAYS = 366


def _publication_days(published: PartialDate | DateInterval | None) -> list[datetime.date]:
    """Each day the source may have been published on; none where its date is unknown,
    open at an end or spans more than :data:`_MOST_PUBLICATION_DAYS`."""
    if published is None or published.first_day is None or published.last_day is None:
        return []
    first, last = datetime.date(*published.first_day), datetime.date(*published.last_day)
    if (last - first).days >= _MOST_PUBLICATION_DAYS:
        return []
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


def _holiday_on(name: str, year: int) -> datetime.date:
    """The day the holiday ``name`` (:data:`HOLIDAYS`) falls on in ``year``."""
    rule = HOLIDAYS[" ".join(name.casefold().replace("\u2019", "'").split())]
    if len(rule) == 2:
        return datetime.date(year, rule[0], rule[1])
    month, weekday, which = rule
    if which < 0:
        last = datetime.date(year, month, days_in_month(year, month))
        return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (which - 1))


def _counted(match: re.Match[str]) -> int:
    """The count of a span (:data:`COUNT_WORDS`, digits, or "the" for one)."""
    count = match["count"]
    if count is None:
        return 1
    return int(count) if count.isdigit() else COUNT_WORDS[count.casefold()]


def _shifted(day: datetime.date, unit: str, count: int) -> tuple[int, int, int | None]:
    """``day`` moved by ``count`` of ``unit`` (days, weeks, months, years): its (year,
    month, day), the day only where the unit is days or weeks."""
    unit = unit.casefold().rstrip("s")
    if unit in ("day", "week"):
        moved = day + datetime.timedelta(days=count * (7 if unit == "week" else 1))
        return moved.year, moved.month, moved.day
    months = day.year * 12 + day.month - 1 + (count * 12 if unit == "year" else count)
    return months // 12, months % 12 + 1, None


def _days_readings(start: int, end: int, days: Iterable[datetime.date]) -> list[_WrittenDate]:
    """The ``days`` as written dates of the words from ``start`` to ``end``, one a year."""
    by_year: dict[int, set[tuple[int, int | None]]] = {}
    for day in days:
        by_year.setdefault(day.year, set()).add((day.month, day.day))
    return [
        _WrittenDate(start, end, year, frozenset(month_days), None)
        for year, month_days in sorted(by_year.items())
    ]


def _worded_dates(
    quote: str, published: PartialDate | DateInterval | None
) -> list[tuple[int, int, tuple[_WrittenDate, ...]]]:
    """The dates ``quote`` writes in words no date's digits or names write, each as where
    it is and what it may be: a holiday (:data:`HOLIDAYS`), with its year, a relative word
    (:data:`RELATIVE_DATE_WORDS`) read against the publication date ``published``, or
    neither (the holiday's day of any year); a day relative to the publication
    (:data:`RELATIVE_DAY_WORDS`, "this Friday": the Friday of its week or the next,
    "next Friday" the next or the one after, "this coming Friday" the next alone, "a week
    from Friday" and "Friday week" the one after the coming one, "last Friday" the last or
    the one before; "N
    days, weeks, months or years ago", "in N days ..."; a week as the days three either side
    of its day, a month or a year whole); a span counted from a written date ("two weeks
    after June 1, 2025", "the day before June 6, 2025"). Where the publication date is too
    vague to read a relative one by, it is left unread (empty)."""
    days = _publication_days(published)
    return [
        *_holiday_dates(quote, days),
        *_relative_day_dates(quote, days),
        *_counted_dates(quote, days),
        *_dates_counted_from(quote),
    ]


def _holiday_name(name: str) -> str:
    return " ".join(name.casefold().replace("\u2019", "'").split())


def _holiday_years(match: re.Match[str], days: Sequence[datetime.date]) -> set[int]:
    """The years a holiday with a relative word before it may be of, by each day of
    publication, as :data:`RELATIVE_DATE_WORDS` reads a month's name."""
    which = RELATIVE_DATE_WORDS[" ".join(match["which"].casefold().split())]
    years: set[int] = set()
    for day in days:
        if which == 0:
            years.add(day.year)
            continue
        near = range(day.year - 2, day.year + 3)
        side = [y for y in near if (_holiday_on(match["name"], y) - day).days * which > 0]
        side.sort(reverse=which < 0)
        further = side[0] == day.year and len(match["which"].split()) == 1
        years.update(side[: 2 if further else 1])
    return years


def _holiday_dates(
    quote: str, days: Sequence[datetime.date]
) -> Iterator[tuple[int, int, tuple[_WrittenDate, ...]]]:
    """The holidays ``quote`` writes, as ``_worded_dates`` reads them."""
    for match in _HOLIDAY.finditer(quote):
        start, end = match.span()
        around = HOLIDAY_SPAN_DAYS.get((match["span"] or "").casefold(), 0)
        if len(HOLIDAYS[_holiday_name(match["name"])]) > 2:
            around = max(around, HOLIDAY_SPAN_DAYS["weekend"])
        if match["year"] is None and match["which"] is None:
            # No year: the holiday's day in any year (read in one with no leap day).
            shape = _holiday_on(match["name"], 2001)
            near = [shape + datetime.timedelta(days=n) for n in range(-around, around + 1)]
            month_days = frozenset((day.month, day.day) for day in near)
            yield start, end, (_WrittenDate(start, end, None, month_days, None),)
            continue
        years = {int(match["year"])} if match["year"] else _holiday_years(match, days)
        on = [_holiday_on(match["name"], year) for year in sorted(years)]
        near = [day + datetime.timedelta(days=n) for day in on for n in range(-around, around + 1)]
        yield start, end, tuple(_days_readings(start, end, near))


def _relative_day_dates(
    quote: str, days: Sequence[datetime.date]
) -> Iterator[tuple[int, int, tuple[_WrittenDate, ...]]]:
    """The days relative to publication ``quote`` writes ("yesterday", "this Friday")."""
    for match in _RELATIVE_DAY.finditer(quote):
        first, last = RELATIVE_DAY_WORDS[" ".join(match["words"].casefold().split())]
        near = {day + datetime.timedelta(days=n) for day in days for n in range(first, last + 1)}
        yield (*match.span(), tuple(_days_readings(*match.span(), near)))
    week = datetime.timedelta(days=7)
    weeks_on = list(_WEEK_FROM_WEEKDAY.finditer(quote))
    for match in weeks_on:
        weekday = WEEKDAYS.index(match["weekday"] or match["before"])
        near = set()
        for day in days:
            coming = day + datetime.timedelta(days=(weekday - day.weekday()) % 7)
            near |= {coming + week, (coming if coming > day else coming + week) + week}
        yield (*match.span(), tuple(_days_readings(*match.span(), near)))

    def in_a_week_on(start: int) -> bool:
        return any(each.start() <= start < each.end() for each in weeks_on)

    for match in _RELATIVE_WEEKDAY.finditer(quote):
        if in_a_week_on(match.start()):
            continue  # "a week from this Friday": read above
        which = RELATIVE_DATE_WORDS[" ".join(match["which"].casefold().split())]
        weekday = WEEKDAYS.index(match["weekday"])
        near = set()
        for day in days:
            coming = day + datetime.timedelta(days=(weekday - day.weekday()) % 7)
            past = day - datetime.timedelta(days=(day.weekday() - weekday) % 7 or 7)
            if which == 0:
                near |= {coming, day + datetime.timedelta(days=weekday - day.weekday())}
            elif which > 0:
                coming = coming if coming > day else coming + week
                # "this coming Friday" is the next one alone; "next Friday" may be either.
                near |= {coming} if match["which"].casefold() != "next" else {coming, coming + week}
            else:
                near |= {past, past - week}
        yield (*match.span(), tuple(_days_readings(*match.span(), near)))
    yield from _weekend_dates(quote, days)
    yield from (each for each in _bare_weekday_dates(quote, days) if not in_a_week_on(each[0]))


def _weekend_dates(
    quote: str, days: Sequence[datetime.date]
) -> Iterator[tuple[int, int, tuple[_WrittenDate, ...]]]:
    """The weekends relative to publication ``quote`` writes (:data:`RELATIVE_WEEKEND_WORDS`),
    each as its Friday, Saturday and Sunday."""
    for match in _RELATIVE_WEEKEND.finditer(quote):
        first, last = RELATIVE_WEEKEND_WORDS[" ".join(match["words"].casefold().split())]
        near = set()
        for day in days:
            friday = day + datetime.timedelta(days=4 - day.weekday())  # of the publication's week
            for weeks in range(first, last + 1):
                start = friday + datetime.timedelta(days=7 * weeks)
                near |= {start + datetime.timedelta(days=n) for n in range(3)}
        yield (*match.span(), tuple(_days_readings(*match.span(), near)))


def _bare_weekday_dates(
    quote: str, days: Sequence[datetime.date]
) -> Iterator[tuple[int, int, tuple[_WrittenDate, ...]]]:
    """The weekdays alone ``quote`` writes ("opens on Friday", "opened on Sunday"), each as
    the nearest such day on or after the publication's day and the nearest on or before it
    (a verb's tense says which, as :func:`date_possible_when_published` reads a status). A
    weekday next to a written date is that date's, no day of its own."""
    written = _written_dates(quote)
    for match in _BARE_WEEKDAY.finditer(quote):
        if any(
            0 <= each.start - match.end() <= 6 or 0 <= match.start() - each.end <= 8
            for each in written
        ):
            continue
        weekday = WEEKDAYS.index(match["weekday"])
        near = set()
        for day in days:
            near.add(day + datetime.timedelta(days=(weekday - day.weekday()) % 7))
            near.add(day - datetime.timedelta(days=(day.weekday() - weekday) % 7))
        yield (*match.span(), tuple(_days_readings(*match.span(), near)))


def _counted_dates(
    quote: str, days: Sequence[datetime.date]
) -> Iterator[tuple[int, int, tuple[_WrittenDate, ...]]]:
    """The spans back or on from publication ``quote`` writes ("two years ago", "in two
    weeks")."""
    for pattern, sign in ((_COUNTED_AGO, -1), (_COUNTED_IN, 1)):
        for match in pattern.finditer(quote):
            unit, count = match["unit"].casefold().rstrip("s"), _counted(match) * sign
            near = set()
            months: set[tuple[int, int | None]] = set()
            spread = 3 if unit == "week" else 0  # a count of weeks is loose by days
            for day in days:
                year, month, on = _shifted(day, unit, count)
                if on is not None:
                    moved = datetime.date(year, month, on)
                    near |= {moved + datetime.timedelta(days=n) for n in range(-spread, spread + 1)}
                else:
                    months.add((year, month if unit == "month" else None))
            readings = _days_readings(*match.span(), near) + [
                _WrittenDate(*match.span(), year, frozenset({(month, None)}), None)
                if month is not None
                else _WrittenDate(*match.span(), year, frozenset(), None)
                for year, month in sorted(months, key=lambda each: (each[0], each[1] or 0))
            ]
            yield (*match.span(), tuple(readings))


def _dates_counted_from(quote: str) -> Iterator[tuple[int, int, tuple[_WrittenDate, ...]]]:
    """The spans from a written date ``quote`` writes ("two weeks after June 1, 2025"),
    each with the date it gives where the written date has its year and day."""
    written = {each.start: each for each in _written_dates(quote)}
    for match in _COUNTED_FROM.finditer(quote):
        date = written.get(match.end())
        unit = match["unit"].casefold().rstrip("s")
        if date is None or (match["the"] is not None and unit != "day"):
            continue
        count = _counted(match) * (1 if match["side"].casefold() == "after" else -1)
        readings = []
        for month, on in date.month_days:
            if on is None or date.year is None:
                continue  # a span from a month, or from a day of no year: left unread
            if not 1 <= month <= 12 or not 1 <= on <= days_in_month(date.year, month):
                continue
            year, moved_month, moved = _shifted(datetime.date(date.year, month, on), unit, count)
            day = moved if moved is not None else min(on, days_in_month(year, moved_month))
            readings.append(
                _WrittenDate(match.start(), date.end, year, frozenset({(moved_month, day)}), None)
            )
        yield match.start(), date.end, tuple(readings)


def _described_readings(readings: Sequence[_WrittenDate]) -> str:
    """What a date written in words is read as, in the data's form: its days from the first
    to the last ("2025-05-25 to 2025-06-06"), its months or years; a day of no year by its
    month and day ("12-25")."""
    forms = []
    for each in readings:
        days = sorted(each.month_days, key=lambda md: (md[0], md[1] or 0))
        if each.year is None:
            forms += [f"--{month:02}-{day:02}" for month, day in days[:1] if day is not None]
            if len(days) > 1 and days[-1][1] is not None:
                forms[-1] += f" to --{days[-1][0]:02}-{days[-1][1]:02}"
            continue
        if not days:
            forms.append(str(each.year))
            continue
        shown = [str(PartialDate(year=each.year, month=month, day=day)) for month, day in days]
        # Days apart ("this Friday": the Friday of its week or the next) are shown one by one.
        ordinals = [datetime.date(each.year, m, d).toordinal() for m, d in days if d is not None]
        apart = len(ordinals) == len(days) and ordinals[-1] - ordinals[0] >= len(days)
        one_by_one = (apart and len(shown) <= 4) or len(shown) < 3
        forms.append(" or ".join(shown) if one_by_one else f"{shown[0]} to {shown[-1]}")
    return " or ".join(forms)


# What may stand between a date with no year (a month and day, a month, a season) and a date
# whose year is theirs too: a range's or a pair's join, and for a month and day a second day
# of the same month (the group ``day``: "-14, " of "June 7-14, 2024").
_SHARED_YEAR = re.compile(
    r"[\s\u00a0]*(?:[-\u2013]|(?i:and|to|through|till|until|or)(?![\w'\u2019-]))[\s\u00a0]*"
    r"(?P<day>[0-9]{1,2}(?:st|nd|rd|th)?,?[\s\u00a0]*)?"
)


def _in_a_dates_shape(text: str, match: re.Match[str], parts: Mapping[str, str]) -> bool:
    """Whether a month's name or a season's word written alone has one of
    :data:`DATE_SHAPE_WORDS` just before it, and a year alone counts nothing (not "2024
    screens"); any other date is in a date's shape."""
    before = text[: match.start()]
    alone = not {"year", "short", "day"} & parts.keys()
    if alone and ("month" in parts or "season" in parts):
        return _DATE_SHAPE_BEFORE.search(before) is not None
    if match["year8"] is not None and _COUNTED_AFTER.match(text, match.end()):
        return _DETERMINER_BEFORE.search(before) is not None
    return True


def _writes(written: _WrittenDate, date: PartialDate) -> bool:
    """Whether ``written`` writes ``date`` to its precision, with no other year."""
    if written.year not in (None, date.year):
        return False
    if written.short_year not in (None, date.year % 100):
        return False
    if date.season is not None:
        return written.season is date.season
    if date.month is None:
        return written.year == date.year or written.short_year is not None
    return any(month == date.month and date.day in (None, day) for month, day in written.month_days)


def _unwritten_part(
    written: Sequence[_WrittenDate], date: PartialDate, noted: Sequence[_WrittenDate] = ()
) -> str | None:
    """The first of the date's year, season, month and day that none of the ``written``
    dates writes, or ``None``; for a season, a month or a day, then its year: one written
    with no year of its own ("in March", "June 7") takes it from the ``noted`` dates, those
    of the claim's note, not from another clause or event of the quote."""
    parts = [("year", PartialDate(year=date.year))]
    if date.season is not None:
        parts.append(("season", date))
    if date.month is not None:
        parts.append(("month", PartialDate(year=date.year, month=date.month)))
    if date.day is not None:
        parts.append(("day", date))
    part = next(
        (part for part, partial in parts if not any(_writes(each, partial) for each in written)),
        None,
    )
    if part is not None or (date.month is None and date.season is None):
        return part  # a year alone is written anywhere in the quote
    year_noted = any(each.year == date.year for each in noted)
    dated = (each for each in written if _writes(each, date))
    own_year = (each for each in dated if each.year is not None or each.short_year is not None)
    return None if year_noted or any(own_year) else "dated year"


def _described(part: str, date: PartialDate) -> str:
    """The part of ``date`` a quote does not write, and for a season, a day or a year with
    them how it would."""
    if part == "season" and date.season is not None:
        return f"season of {date} ({' or '.join(map(repr, SEASON_WORDS[date.season]))})"
    if part == "dated year" and date.season is not None:
        word = SEASON_WORDS[date.season][0]
        return f"year of {date} with its season ('{word} {date.year}')"
    if part == "dated year" and date.month is not None and date.day is None:
        return f"year of {date} with its month ('{_MONTH_NAMES[date.month - 1]} {date.year}')"
    if part == "dated year" and date.month is not None:
        name = _MONTH_NAMES[date.month - 1]
        return f"year of {date} with its month and day ('{name} {date.day}, {date.year}')"
    if part == "day" and date.month is not None:
        name = _MONTH_NAMES[date.month - 1]
        forms = f"'{name} {date.day}', '{date.day} {name}', '{date.month}/{date.day}/{date.year}'"
        return f"day of {date} as one date with its month ({forms})"
    return f"{part} of {date}"


def _claim_dates(claim: Claim) -> list[tuple[str, PartialDate]]:
    """A claim's dates, each with its field: its value's and its qualifier's."""
    dates = []
    if isinstance(claim.value, DateValue):
        dates.append(("value.date", claim.value.date))
    if claim.qualifiers.date is not None:
        dates.append(("qualifiers.date", claim.qualifiers.date))
    return dates


#: The words a bound is read across to the figure or date it bounds, up to three of them:
#: determiners and possessives ("less than its $90 million", "delayed from the June 7, 2024
#: date") and the words news texts write before a figure or a date to say whose or what it
#: is ("more than a reported $90 million", "at least a cool $90 million", "delayed from its
#: original June 7, 2024 date"). A share is read across them too ("half of its $90 million
#: budget"). An adverb before a bound's words ("well after", "far below") leaves them the
#: bound's words.
BOUND_READ_ACROSS = (
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "all", "all of",
    "planned", "reported", "original", "initial", "earlier", "previous", "prior", "former",
    "old", "new", "expected", "estimated", "projected", "budgeted", "announced", "scheduled",
    "rumored", "rumoured", "cool", "whopping", "mere", "modest", "hefty", "staggering",
)  # fmt: skip
# Up to three of those words, each with the spaces before it.
_READ_ACROSS = r"(?:[\s\u00a0]+(?i:" + _phrases(BOUND_READ_ACROSS) + r")(?![\w'\u2019-])){0,3}"
_AT_THE_LATEST = "a bound (the latest it may be)"
_AT_THE_EARLIEST = "a bound (the earliest it may be)"
_MOVED_FROM = "the date it was moved from"
_FIRST_SET = "the date first set"
_ONE_OF_SEVERAL = "one of several"
_RANGE_END = "one end of a range"
_DAY_BEFORE = "another day (the day before it)"
_NEAR = "a bound (a date near it, not on it)"
# The words of a bound that follow the date they bound ("June 7, 2024 at the earliest").
_LATEST_AFTER = ("at the latest", "or earlier")
_EARLIEST_AFTER = (
    "at the earliest", "at the soonest", "or later", "and onward", "and onwards", "onward",
    "onwards", "and beyond",
)  # fmt: skip
# The marks of a range written in figures ("2024-2025", "2024/25", "June 7-14").
_RANGE_MARKS = ("-", "\u2013", "/")
# The words of a bound that count only with nothing between them and the date: "ahead of
# the June 7, 2024 release" and "on the eve of the June 7, 2024 premiere" state the date
# of the release or premiere, "ahead of June 7, 2024" bounds it.
# The words of a date given only roughly, a day near the one written: before it ("around
# June 13", "on or around", "the week of", "in time for"), with nothing between them and
# the date; after it ("June 13, give or take a week").
_NEAR_BEFORE = (
    "around", "on or around", "on or about", "circa", "approximately", "roughly", "week of",
    "weekend of", "in time for", "sometime around",
)  # fmt: skip
_NEAR_AFTER = (
    "ish", "give or take", "give or take a day", "give or take a few days", "give or take a week",
    "plus or minus", "plus or minus a day", "plus or minus a few days", "plus or minus a week",
)  # fmt: skip
_JUST_BEFORE_ONLY = (
    "prior to", "ahead of", "following", "past", "eve of", "within days of", "within weeks of",
    *_NEAR_BEFORE,
)  # fmt: skip
#: The words by a date in its quote that make it other than the date the quote states, each
#: with what it makes the date: a bound ("before June 7, 2024", "prior to June 7, 2024",
#: "later than June 7, 2024" or "June 7, 2024 at the earliest" is no release day; "on the
#: eve of June 7, 2024" is the day before, "within days of June 7, 2024" a day near it, and
#: so is a date given roughly, "around", "on or around", "the week of", "in time for" June
#: 7, 2024, "June 7, 2024, give or take a week", "plus or minus a week"), a
#: date superseded ("delayed from June 7, 2024",
#: "originally dated June 7, 2024"), one of several ("2024 or 2025") or one end of a range
#: ("2024-2025", "between June 7 and June 14, 2024"). The words of a bound and of a date
#: moved from count just before the date as the quote writes it ("by the summer of 2024"
#: too), read across up to three words of :data:`BOUND_READ_ACROSS` ("delayed from its
#: original June 7, 2024 date", "well after the June 7, 2024 date"), and those of a bound
#: that follow it ("at the earliest", "at the latest", "or later", "or earlier", "and
#: onward", "onwards", "and beyond") just after it; "prior to", "ahead of", "following",
#: "past", "eve of", "within days of", "within weeks of" and the words of a date given
#: roughly before it ("around", "the week of") only with nothing between them
#: and the date ("ahead of the June 7, 2024 release" dates the release); those of a date
#: first set, which
#: qualify the verb ("originally set for release on June 7, 2024"), anywhere before it in
#: its clause (back to a punctuation mark or another date), "once" only just before a verb
#: that sets a date ("once dated", "once slated"; "once released" is "when"); "or" just
#: before it or just after it (a comma may stand between: "2024 or 2025"). Of a range:
#: "between" just before the date, and the date after its "and"; "from" just before a date
#: followed by "to", "through", "till" or "until" and another date, and that other date
#: ("in cinemas from 7 June 2024" states its date, and "rescheduled from June 7 to June 14"
#: its second); a date joined to the next by "to", "through" or a dash or en dash, spaces
#: or none ("June 7 to June 14, 2024", "June 7 \u2013 June 14, 2024"), and that next
#: date, or to a day that ends the range ("June 7 to 14, 2024"), where no other word
#: bounds the first; a dash, en dash or slash between the date
#: and a number, either side ("2024-2025", "2024/25", "June 7-14, 2024"; an ISO date
#: "2024-06-07" is one date).
DATE_BOUND_WORDS = {
    **dict.fromkeys(
        ("before", "by", "until", "till", "no later than", "prior to", "ahead of", "earlier than"),
        _AT_THE_LATEST,
    ),
    **dict.fromkeys(
        ("after", "since", "no earlier than", "following", "later than", "past"), _AT_THE_EARLIEST
    ),
    "eve of": _DAY_BEFORE,
    **dict.fromkeys(("within days of", "within weeks of", *_NEAR_BEFORE, *_NEAR_AFTER), _NEAR),
    **dict.fromkeys(_LATEST_AFTER, _AT_THE_LATEST),
    **dict.fromkeys(_EARLIEST_AFTER, _AT_THE_EARLIEST),
    **dict.fromkeys(
        (
            "delayed from", "moved from", "pushed from", "pushed back from", "postponed from",
            "rescheduled from", "shifted from", "bumped from", "moved up from",
        ),
        _MOVED_FROM,
    ),
    **dict.fromkeys(("pulled from", "removed from"), _MOVED_FROM),
    **dict.fromkeys(("originally", "initially", "previously", "formerly"), _FIRST_SET),
    "once": _FIRST_SET,
    "or": _ONE_OF_SEVERAL,
    **dict.fromkeys(("between", "from", *_RANGE_MARKS), _RANGE_END),
    **dict.fromkeys(("to", "through"), _RANGE_END),
}  # fmt: skip


def _words_saying(*says: str) -> str:
    """A pattern of the :data:`DATE_BOUND_WORDS` that say one of ``says``, as words, but
    those that follow the date they bound, and "once", which says a date first set only
    before a verb that sets it."""
    following = {*_LATEST_AFTER, *_EARLIEST_AFTER, *_NEAR_AFTER, "once", *_JUST_BEFORE_ONLY}
    return _as_words(
        word for word, said in DATE_BOUND_WORDS.items() if said in says and word not in following
    )


def _as_words(words: Iterable[str]) -> str:
    """A pattern of ``words`` as words, in any case, longest first, any spaces between."""
    return r"(?<![\w'\u2019-])(?i:(" + _phrases(words) + r"))(?![\w'\u2019-])"


# The words of a bound, of a date moved from, an "or" or a range's "between", with the
# spaces after them and the words they are read across (:data:`BOUND_READ_ACROSS`): they
# stand just before a date written where they end.
_DATE_BOUND_JUST_BEFORE = re.compile(
    "(?:"
    + _words_saying(
        _AT_THE_LATEST, _AT_THE_EARLIEST, _MOVED_FROM, _ONE_OF_SEVERAL, _DAY_BEFORE, _NEAR
    )
    + "|"
    + _as_words(("between",))
    + ")"
    + _READ_ACROSS
    + r"\s+"
)
# The words of a bound that count only just before a date, with the spaces after them.
_DATE_BOUND_RIGHT_BEFORE = re.compile(_as_words(_JUST_BEFORE_ONLY) + r"[\s\u00a0]+")
# The verbs that set a date, after which "once" says the date first set ("once dated June
# 14", "once slated for 2024"); "once" before others is "when" ("once released").
_ONCE_SET = ("dated", "set", "slated", "scheduled", "planned", "due", "expected", "targeted")
_DATE_FIRST_SET = re.compile(
    _words_saying(_FIRST_SET) + r"|(?<![\w'\u2019-])(?i:(once))(?=\s+" + _as_words(_ONCE_SET) + ")"
)
# An "or", or the words of a bound that follow the date, just after it.
_DATE_BOUND_JUST_AFTER = re.compile(
    r",?\s+"
    + _as_words(("or", *_LATEST_AFTER, *_EARLIEST_AFTER, *_NEAR_AFTER))
    + r"|(?<=[0-9])-(?i:(ish))(?![\w'\u2019-])"
)
# A comma or a point between two digits is inside a number ("3,409 theaters", "$24.5
# million"), no clause's end: every pattern below that cuts clauses at a comma reads it so.
_CLAUSE_COMMA = r",(?!(?<=[0-9],)[0-9])"
_CLAUSE_MARK = re.compile(r"[;:!?()\u2013\u2014]|\.(?!(?<=[0-9]\.)[0-9])|" + _CLAUSE_COMMA)
# A range's "from" just before a date, and what joins the date to the range's other end.
_RANGE_FROM = re.compile(_as_words(("from",)) + r"\s+")
_RANGE_JOIN = re.compile(r"\s+(?i:(and|to|through|till|until))\s+")
# The words that join a range's ends after its "between" or "from".
_RANGE_JOINS = {"between": ("and",), "from": ("to", "through", "till", "until")}
# The words or dash that join two dates as a range's ends with no "from" before the first
# ("June 7 to June 14", "June 7 \u2013 June 14"), or a date to a day that ends the range
# ("June 7 to 14, 2024", "June 7 \u2013 14."; not "June 7 to 12 theaters").
_RANGE_TO = re.compile(r"\s+(?i:(to|through))\s+|\s*([-\u2013])\s*")
_RANGE_TO_DAY = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)?(?=,?\s*[0-9]{4}(?!\w)|[.;,)]|\s*\Z)")
# A range's mark and number just after a date, or a number and a range's mark just before.
_RANGE_MARK_AFTER = re.compile(r"([-\u2013/])(?:[0-9]{4}|[0-9]{1,2})(?![\w.-])")
_RANGE_MARK_BEFORE = re.compile(r"(?<![\w.])(?:[0-9]{4}|[0-9]{1,2})([-\u2013/])\Z")


def date_not_bounded_by_its_quote_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A date is one its quote states, not one it bounds, supersedes, gives as one of
    several or as one end of a range (:data:`DATE_BOUND_WORDS`): 2024-06-07 is no release
    day from "will be released before June 7, 2024", "June 7, 2024 at the earliest",
    "delayed from its June 7, 2024 date", "originally dated June 7, 2024", "between June 7
    and June 14, 2024" or "June 7 to June 14, 2024", nor 2024 a release year from
    "released in 2024 or 2025" or "in
    2024-2025". Where the quote writes the date more than once, one place without such
    words states it. Otherwise the claim's note quotes the words (a range's mark with its
    numbers: "2024-2025") and says why the date stands (the quote's first date, kept as the
    one it gave), as for a negation. The words of its :func:`lead_in` count as the quote's
    ("June 7, 2024" after "Ballerina will be released before ", "originally set for
    release on "), and a date written there opens a range as one in the quote does; so do
    those of its :func:`lead_out`, the rest of the date's clause after a quote that stops at
    the date ("Ballerina will open on June 7, 2024" before " or later", " at the earliest",
    " to June 14, 2024", "-2025"), and a date written there ends a range as one in the quote
    does. A date no such word bounds is not one its sentence says was changed since either
    (:data:`CHANGE_WORDS`: "Lionsgate has delayed Ballerina from June 7, 2024", "replacing
    its June 7, 2024 date", "which was due on", "had been set for"), and the "from ... to"
    of a change opens no range ("delayed Ballerina from June 7, 2024 to June 6, 2025"
    states June 6, 2025). A date moved from, first set or changed since may instead have
    a status of :data:`SUPERSEDED_STATUSES`, the plan it was. A date its quote does not
    write is :func:`dated_by_its_quote_or_noted`'s."""
    dates = _claim_dates(claim)
    if not dates:
        return []
    # The words around the quote in its sentence bound a date too ("released before " and
    # "June 7, 2024", "June 7, 2024" and " or later"), but a date they write is none of the
    # quote's.
    read, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    written = _written_dates(read)
    bounded = _bounding_words(read, written)
    quoted = " ".join(note_passages(claim.note))
    for field, date in dates:
        said = [
            # A date no word bounds may be one its sentence says was changed since, and so
            # may one whose "until" no date follows ("was set for June 7, 2024 until the
            # strikes hit").
            _until_superseded(read, each.start, each.end, words)
            or _counted_from_a_former_date(read, each.start)
            or words
            or _superseded_by(read, each.start, each.end, date=True)
            for each, words in zip(written, bounded, strict=True)
            if each.start >= quote_start and each.end <= quote_end and _writes(each, date)
        ]
        if not said or not all(said):
            continue
        says = [DATE_BOUND_WORDS.get(words[0], _SUPERSEDED) for words in said if words]
        superseded = all(said in _SUPERSEDING for said in says)
        if superseded and claim.qualifiers.status in SUPERSEDED_STATUSES:
            continue  # the plan it was, as its status says
        word, where = said[0] or ("", "")
        # A mark is quoted with the numbers it stands between ("2024-2025"), spaces or
        # none, or the month after it ("June 7 - June 14"); an "ish" may be quoted joined to
        # the number too ("2024-ish").
        quoting = (
            rf"[0-9]\s*{re.escape(word)}\s*\w"
            if word in _RANGE_MARKS
            else r"(?i:ish)(?![\w'\u2019-])"
            if word == "ish"
            else _as_words((word,))
        )
        if re.search(quoting, quoted):
            continue
        how = (
            "give it the status 'superseded' (the date it was before the change), or quote"
            " the words with it in the note and say why the date stands"
            if superseded
            else "quote the words with it in the note and say why the date stands"
        )
        message = (
            f"the quote writes {word!r} {where} {date}, which makes it {says[0]}, not a date"
            f" it states: {how}"
        )
        return [Breach("date bound", field, message)]
    return []


def _counted_from_a_former_date(read: str, start: int) -> tuple[str, str] | None:
    """The former-plan word of a span counted from the date written at ``start`` ("a year
    after its original June 7, 2024 date"), and that it stands before it; or ``None``. The
    "after" counts from the date and bounds none: the date is the one first set."""
    # A span counted, "after" or "before", and a word of a former plan (of CHANGE_WORDS,
    # defined below, so the pattern is made here; the re module keeps it compiled).
    counted_from_former = re.compile(
        rf"{_APART}{_COUNT}{_GAP}{_UNIT}{_GAP}(?i:after|before){_GAP}"
        rf"(?:(?i:its|the|their|that){_GAP})?{_as_words(CHANGE_WORDS['former'])}{_GAP}\Z"
    )
    found = counted_from_former.search(read, max(0, start - 80), start)
    return None if found is None else (found[found.lastindex or 0].casefold(), "before")


def _read_across_ends(found: re.Match[str]) -> list[int]:
    """Where a date may start after a match of ``_DATE_BOUND_JUST_BEFORE``: at its end, or
    at any of the words it reads across, which a date may begin ("by the summer of 2024")."""
    bound_end = found.end(1) if found[1] else found.end(2)
    across = re.finditer(r"\S+", found.string[bound_end : found.end()])
    return [found.end(), *(bound_end + word.start() for word in across)]


def _bounding_words(quote: str, written: Sequence[_WrittenDate]) -> list[tuple[str, str] | None]:
    """For each of the ``written`` dates of ``quote``, the word of :data:`DATE_BOUND_WORDS`
    by it, folded, and whether it stands just before it, before it (in its clause, or
    opening the range it ends) or just after it; or ``None``. One pass over the quote for
    all its dates: a search before each date took time its dates times its length."""
    just_before = {
        at: found[1] or found[2]
        for found in _DATE_BOUND_JUST_BEFORE.finditer(quote)
        for at in _read_across_ends(found)
    }
    for right_before in _DATE_BOUND_RIGHT_BEFORE.finditer(quote):
        just_before.setdefault(right_before.end(), right_before[1])
    range_from = {found.end() for found in _RANGE_FROM.finditer(quote)}
    first_set = [(found.start(), found[1] or found[2]) for found in _DATE_FIRST_SET.finditer(quote)]
    marks = [found.end() for found in _CLAUSE_MARK.finditer(quote)]
    bounded: list[tuple[str, str] | None] = []
    previous_end = 0
    # The "between" or "from" of a range the previous date opened, and where it ends.
    opened: tuple[str, int | None] | None = None
    for number, each in enumerate(written):
        # The clause runs back to a punctuation mark or the date before.
        mark = bisect.bisect_right(marks, each.start)
        clause = max(previous_end, marks[mark - 1] if mark else 0)
        at = bisect.bisect_left(first_set, (clause, ""))
        following = written[number + 1].start if number + 1 < len(written) else None
        joined = _RANGE_JOIN.match(quote, each.end)
        # The word that joins this date to the next, as a range's ends are joined.
        join = joined[1].casefold() if joined is not None and joined.end() == following else ""
        found: tuple[str, str] | None = None
        ranged = False  # whether a range's "to" or dash joins this date to the next
        if each.start in just_before:
            found = just_before[each.start], "just before"
        elif _changed_from(quote, each.start):
            pass  # the date a change is from ("delayed Ballerina from"): no end of a range
        elif opened is not None and opened[1] == each.start:
            found = opened[0], "before"
        elif each.start in range_from and join in _RANGE_JOINS["from"]:
            found = "from", "just before"
        elif at < len(first_set) and first_set[at][0] < each.start:
            found = first_set[at][1], "before"
        elif after := _DATE_BOUND_JUST_AFTER.match(quote, each.end):
            found = after[1] or after[2], "just after"
        elif after_mark := _RANGE_MARK_AFTER.match(quote, each.end):
            found = after_mark[1], "just after"
        elif before_mark := _RANGE_MARK_BEFORE.search(quote, max(0, each.start - 5), each.start):
            found = before_mark[1], "just before"
        elif (to := _RANGE_TO.match(quote, each.end)) is not None and (
            to.end() == following or _RANGE_TO_DAY.match(quote, to.end())
        ):
            found, ranged = (to[1] or to[2], "just after"), to.end() == following
        word = " ".join(found[0].casefold().split()) if found else ""
        opened = (word, following) if ranged or join in _RANGE_JOINS.get(word, ()) else None
        bounded.append(found and (word, found[1]))
        previous_end = each.end
    return bounded


#: The words by a date in its quote's sentence that say it was replaced or passed, each
#: with where it stands and what it makes the date. After the date, to the next date or
#: the sentence's end, a word that moves, cancels, scraps or abandons it makes it a date
#: replaced ("scheduled for June 7, 2024, before Lionsgate pushed it to 2025", "June 7,
#: 2024, which was cancelled"), unless "from" follows the word ("opens June 7, 2024,
#: delayed from May 30" says where the date came from; "back", "up" or "forward" may stand
#: between) or "after", "following" or "having" stands before it, with at most three words
#: between and no "which" (a delay the date ended: "hit theaters on June 6, 2025, after a
#: year-long delay"); a word that misses it, before it back to the date before or the sentence's
#: start, or after it, makes it a date missed ("missed its June 7, 2024 release date",
#: "June 7, 2024, a date it missed").
DATE_REPLACED_WORDS = {
    "after": (
        "push", "pushes", "pushed", "pushing", "moves", "moved", "moving", "delay", "delays",
        "delayed", "delaying", "postpone", "postpones", "postponed", "postponing",
        "postponement", "reschedules", "rescheduled", "rescheduling", "shifted", "bumped",
        "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation",
        "scrap", "scraps", "scrapped", "scrapping", "abandon", "abandons", "abandoned",
        "abandoning",
    ),
    "before": ("misses", "missed", "skips", "skipped", "loses", "lost"),
}  # fmt: skip
_DATE_REPLACED = {"after": "a date replaced", "before": "a date missed"}
_REPLACING_AFTER = re.compile(_as_words(DATE_REPLACED_WORDS["after"]))
_MISSING_BEFORE = re.compile(_as_words(DATE_REPLACED_WORDS["before"]))
# What after a word that moves a date says the date before it is where it was moved to.
_MOVED_FROM_AFTER = re.compile(r"\s+(?:(?:back|up|forward)\s+)?from\b", re.IGNORECASE)
# What before such a word says the date ended the delay ("June 6, 2025, after a year-long
# delay", "following a delay", "after it was delayed", "having been postponed twice"), not
# that it was replaced: "after", "following" or "having", with at most three words between,
# none of them "which" ("after which it was delayed" is of the date).
_DELAY_ENDED_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:after|following|having)(?:\s+(?!which\b)[\w'\u2019-]+){0,3}\s+\Z",
    re.IGNORECASE,
)


def date_not_replaced_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A date is one its quote states, not one its sentence says was replaced or missed
    (:data:`DATE_REPLACED_WORDS`): 2024-06-07 is no release day from "was scheduled for
    June 7, 2024, before Lionsgate pushed it to 2025" (a word that moves it after it), nor
    "June 7, 2024, a plan Lionsgate scrapped" (one that cancels it), nor from "missed its
    June 7, 2024 release date" or "June 7, 2024, a date it missed" (one that misses it). The
    sentence is read with the quote's :func:`lead_in` and :func:`lead_out`. Where the quote
    writes the date more than once, one place without such words states it. Otherwise the
    claim's note quotes the word and says why the date stands, as for a bound
    (:func:`date_not_bounded_by_its_quote_or_noted`), or a status of
    :data:`SUPERSEDED_STATUSES`. A date its quote does not write is
    :func:`dated_by_its_quote_or_noted`'s."""
    dates = _claim_dates(claim)
    if not dates or claim.qualifiers.status in SUPERSEDED_STATUSES:
        return []  # a date replaced or missed was the plan its status says
    evidence = claim.evidence
    lead = lead_in(claim, catalog)
    sentence = lead + evidence.quote + lead_out(claim, catalog)
    if not (_REPLACING_AFTER.search(sentence) or _MISSING_BEFORE.search(sentence)):
        return []  # most sentences: no date of theirs to look for
    written = _written_dates(sentence)
    quoted = " ".join(note_passages(claim.note))
    quote_span = range(len(lead), len(lead) + len(evidence.quote) + 1)
    for field, date in dates:
        found: list[tuple[str, str, str]] = []
        for number, each in enumerate(written):
            if each.start not in quote_span or each.end not in quote_span:
                continue
            if not _writes(each, date):
                continue
            before = sentence[written[number - 1].end if number else 0 : each.start]
            after_end = written[number + 1].start if number + 1 < len(written) else None
            after = sentence[each.end : after_end]
            said = [
                (word[0], "after", _DATE_REPLACED["after"])
                for word in _REPLACING_AFTER.finditer(after)
                if not _MOVED_FROM_AFTER.match(after, word.end())
                and not _DELAY_ENDED_BEFORE.search(after[: word.start()])
            ] + [
                (word[0], where, _DATE_REPLACED["before"])
                for where, part in (("before", before), ("after", after))
                for word in _MISSING_BEFORE.finditer(part)
            ]
            if not said:
                break  # one place states the date
            found.append(said[0])
        else:
            if not found:
                continue
            word, where, what = found[0]
            if re.search(_as_words((word,)), quoted):
                continue
            # A date its sentence says was changed since is the plan it was: superseded.
            status = (
                "'superseded' (the date it was before the change)"
                if _date_superseded(claim, catalog)
                else "'scheduled' (the date set, whatever came of it) or 'expected'"
            )
            message = (
                f"the quote's sentence writes {word!r} {where} {date}, which makes it"
                f" {what}, not a date it states: give it the status {status}, or quote the"
                " words with it in the note and say why the date stands"
            )
            return [Breach("date bound", field, message)]
    return []


#: The days of the week, as a quote writes one just before a date's day and month ("Friday
#: 6 October", "Friday, June 7, 2024", "Friday the 7th of June"): the date falls on it
#: (:func:`date_on_its_weekday`).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A weekday just before a date: a comma, spaces and a "the" may stand between.
_WEEKDAY_BEFORE = re.compile(
    _as_words(WEEKDAYS) + r"[\s\u00a0]*,?[\s\u00a0]*(?:(?i:the)[\s\u00a0]+)?\Z"
)
# A weekday written short just before a date ("Fri., June 6, 2025"), with its full stop.
_SHORT_WEEKDAY_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?P<short>(?i:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun))\."
    r"[\s\u00a0]*,?[\s\u00a0]*\Z"
)
# A weekday just after a date, as its apposition: "June 6, 2025, a Friday", "(Friday)".
_WEEKDAY_AFTER = re.compile(
    r"\A(?:,[\s\u00a0]*(?:(?i:a|which\s+is|which\s+was)[\s\u00a0]+)|[\s\u00a0]*\([\s\u00a0]*)"
    + _as_words(WEEKDAYS)
)


def _weekday_by(read: str, date: _WrittenDate) -> tuple[str, str, str] | None:
    """The weekday the quote ``read`` writes by the written ``date``, as its words, the
    weekday's full name and where ("just before" or "just after"); or ``None``."""
    if weekday := _WEEKDAY_BEFORE.search(read, max(0, date.start - 20), date.start):
        return weekday[1], weekday[1], "just before"
    if short := _SHORT_WEEKDAY_BEFORE.search(read, max(0, date.start - 20), date.start):
        full = next(
            day for day in WEEKDAYS if day.casefold().startswith(short["short"][:3].casefold())
        )
        return f"{short['short']}.", full, "just before"
    if weekday := _WEEKDAY_AFTER.match(read[date.end : date.end + 30]):
        return weekday[1], weekday[1], "just after"
    return None


def date_on_its_weekday(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A date to the day falls on the weekday its quote writes just before it
    (:data:`WEEKDAYS`, or short with its full stop: "Fri.") or just after it as its
    apposition ("June 6, 2025, a Friday", "(Friday)"): "Friday 6 October" is no
    2025-10-06, a Monday, whatever the note says of its year; the weekday is the quote's
    own word for which year it is. The quote is read with its :func:`lead_in`; every place
    that writes the date with a weekday agrees with it."""
    dates = [(field, date) for field, date in _claim_dates(claim) if date.day is not None]
    if not dates:
        return []
    lead = lead_in(claim, catalog)
    read = lead + claim.evidence.quote
    for field, date in dates:
        assert date.month is not None  # a day has its month
        assert date.day is not None
        falls_on = WEEKDAYS[datetime.date(date.year, date.month, date.day).weekday()]
        for each in _written_dates(read):
            if each.start < len(lead) or not _writes(each, date):
                continue
            weekday = _weekday_by(read, each)
            if weekday is None or weekday[1].casefold() == falls_on.casefold():
                continue
            message = (
                f"the quote writes {weekday[0]!r} {weekday[2]} {date}, which falls on a"
                f" {falls_on}: the date is another one (its year, month or day), not this"
            )
            return [Breach("date weekday", field, message)]
    return []


#: The words of each date predicate's own event, by the predicate: a date of the predicate
#: is written in its quote bound to one of them (:func:`date_of_its_predicates_event`):
#: ``release_date`` to "released", "opens", "hits theaters", "hits UK cinemas"
#: (:data:`THEATERS_REGIONS`), "premieres", "will premiere on Peacock", "drops on Peacock",
#: "debuts", "arrives", "out", "in theaters", "streaming", "set for", "has set" ("Lionsgate
#: has set Ballerina for"), "due", ...;
#: ``filming_date`` to "filmed", "shooting", "production", "wrapped", ...; ``date_of_death``
#: to "died", "death", "passed away", "killed", ...; ``set_in_period`` to "set in", "takes
#: place", "unfolds". A word of another predicate's event is, for a date of this one, a
#: neighbouring event's ("wrapped filming on March 3, 2023" dates no release).
EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "release_date": (
        "release", "releases", "released", "releasing", "re-release", "re-released", "open",
        "opens", "opened", "opening", "hit theaters", "hits theaters", "hitting theaters",
        "hit theatres", "hits theatres", "hitting theatres", "hit cinemas", "hits cinemas",
        "in theaters", "in theatres", "in cinemas", "premieres", "premiered", "premiering",
        "debut", "debuts", "debuted", "debuting", "arrive", "arrives", "arrived", "arriving",
        "out", "come out", "comes out", "came out", "coming out", "stream", "streams",
        "streaming", "launch", "launches", "launched", "land", "lands", "landed", "bows",
        "bowed", "available", "set for", "slated for", "scheduled for", "dated for", "due",
        "has set", "have set", "had set", *MOVING_WORDS,
        *_onto_a_service(("hit", "hits", "hitting", "come to", "comes to", "coming to")),
        # A streaming release's own verbs with the service: "will premiere on Peacock" (no
        # festival's premiere), "drops on Peacock" ("dropped from Peacock" is none).
        *_onto_a_service(
            ("premiere on", "premieres on", "premiered on", "premiering on", "drop on",
             "drops on", "dropped on", "dropping on")
        ),
        *_into_regions_theaters(("hit", "hits", "hitting")),
        # A release onto a service said by where the work goes or will be: "heads to
        # Peacock on", "will be on Peacock August 22, 2025".
        *_onto_a_service(("heads to", "head to", "heading to", "headed to", "be on", "is on")),
        "comes home", "come home", "coming home", "PVOD", "VOD", "is coming", "are coming",
        "come to theaters", "comes to theaters", "coming to theaters", "come to theatres",
        "comes to theatres", "coming to theatres", "come to cinemas", "comes to cinemas",
        "coming to cinemas",
    ),
    "filming_date": (
        "filmed", "filming", "shoot", "shoots", "shot", "shooting", "reshoots", "production",
        "photography", "cameras rolled", "wrap", "wraps", "wrapped", "wrapping",
    ),
    "date_of_death": (
        "die", "dies", "died", "death", "dead", "passed away", "passes away", "passing",
        "killed", "lost his life", "lost her life", "succumbed",
    ),
    "set_in_period": (
        "set in", "set during", "set back in", "takes place", "took place", "take place",
        "taking place", "unfolds", "unfolded",
    ),
}  # fmt: skip
#: The words of events beside a date predicate's own (:data:`EVENT_WORDS`): a date bound
#: to one of them ("announced on November 10, 2023", "born December 31, 1962", "leaves
#: theaters on August 1, 2025", "marked one year since", "tickets go on sale", "opens at
#: the Cannes Film Festival on May 20, 2025", "opens in previews on June 5, 2025": a
#: festival's showing or a preview is no release; "was made in 2023": the making; "was
#: found dead on", "died, his
#: publicist said on": the finding or the telling) is that event's, no date of the
#: predicate; and the things, other than the claim's subject, an
#: event word may be said of (``_OTHER_SUBJECTS``: "The first trailer for Ballerina was
#: released on", "Ballerina's soundtrack was released on", "A hoax claimed ... died on").
NEIGHBOURING_EVENT_WORDS = (
    "announce", "announces", "announced", "announcing", "announcement", "unveil", "unveils",
    "unveiled", "reveal", "reveals", "revealed", "confirm", "confirms", "confirmed",
    "leave", "leaves", "left", "leaving", "marked", "marks", "anniversary", "born", "birth",
    "birthday", "funeral", "memorial", "tribute", "buried", "laid to rest", "premiere",
    "world premiere", "red carpet", "screening", "screenings", "on sale", "presale", "hoax",
    "trailer", "trailers", "teaser", "teasers", "poster", "posters", "first look",
    "sneak peek", "clip", "clips", "footage", "featurette", "soundtrack", "score", "album",
    "song", "single", "novel", "book", "comic", "game", "video game", "tickets",
    "festival", "film festival", "preview", "previews", "sneak preview", "sneak previews",
    # The work's making is its own event: "takes place in 2019 but was made in 2023".
    "made", "produced",
    # Finding a death, or telling of it, is its own event: "was found dead on", "died, his
    # publicist said on".
    "found", "found dead", "discovered", "discovered dead", "said", "says", "told", "stated",
)  # fmt: skip
_OTHER_SUBJECTS = frozenset(
    {
        "trailer", "trailers", "teaser", "teasers", "poster", "posters", "first look",
        "sneak peek", "clip", "clips", "footage", "featurette", "soundtrack", "score",
        "album", "song", "single", "novel", "book", "comic", "game", "video game", "tickets",
        "screening", "screenings", "premiere", "world premiere", "filming", "production",
        "announcement", "funeral", "memorial", "tribute", "anniversary", "hoax",
    }
)  # fmt: skip
_EVENTS_OF = {
    "release_date": "the release",
    "filming_date": "the filming",
    "date_of_death": "the death",
    "set_in_period": "the story's time",
}
_EVENT_WORD = re.compile(
    _as_words({*NEIGHBOURING_EVENT_WORDS, *itertools.chain(*EVENT_WORDS.values())})
)
_EVENT_SEGMENT_MARK = re.compile(r"[;:()\u2013\u2014]|" + _CLAUSE_COMMA)
#: The release words that, with a named event after them, say the work was shown at that
#: event: a premiere, debut or opening "at" a capitalized name ("premiered at Tribeca",
#: "debuted at SXSW", "bowed at Sundance") or an opening of the named event itself
#: ("opened SXSW") is a festival's or a convention's screening, no release of any region or
#: medium (:func:`date_of_its_predicates_event`), as one at a "festival" is. A month's or a
#: weekday's name is a date's ("opened Friday, June 6"), "No." a chart's place.
EVENT_SHOWING_WORDS = (
    "premiere", "premieres", "premiered", "premiering", "debut", "debuts", "debuted",
    "debuting", "open", "opens", "opened", "opening", "bow", "bows", "bowed", "bowing",
    "launch", "launches", "launched", "launching",
)  # fmt: skip
_NOT_AN_EVENTS_NAME = frozenset(
    word.casefold() for word in (*_MONTH_NAMES, *WEEKDAYS, "No", "Number", "The")
)
_AT_A_NAMED_EVENT = re.compile(
    r"(?:[\s\u00a0]+(?i:at)(?:[\s\u00a0]+the)?)?[\s\u00a0]+(?P<name>[A-Z][\w'\u2019&-]*"
    r"(?:[\s\u00a0]+[A-Z][\w'\u2019&-]*)*)"
)


def _named_event_after(read: str, start: int, end: int, word: str) -> str | None:
    """The release word ``word`` from ``start`` to ``end`` in ``read`` with the capitalized
    name of an event just after it ("premiered at Tribeca", "opened SXSW":
    :data:`EVENT_SHOWING_WORDS`), or ``None``: no month's or weekday's name, nor "No." of a
    chart's place."""
    if word not in EVENT_SHOWING_WORDS:
        return None
    found = _AT_A_NAMED_EVENT.match(read, end)
    if found is None or found["name"].split()[0].casefold() in _NOT_AN_EVENTS_NAME:
        return None
    return " ".join(read[start : found.end()].split())


#: The words that start a clause of their own after "and", "but" or "then" (with an adverb
#: in "-ly" between): a verb's helper ("and was honored on", "and has", "and will"), or a
#: verb of the past ("and died in 2023", "and topped the box office on", "and married");
#: "and in the UK on June 7" and "in Prague and Budapest in 2022" join no clause. A date's
#: own clause ends at them, as at a comma or another clause mark
#: (:func:`date_of_its_predicates_event`).
CLAUSE_VERB_HELPERS = (
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do",
    "got", "gets",
)  # fmt: skip
_CLAUSE_JOIN = re.compile(
    r"(?<![\w'\u2019-])(?i:and|but|then)[\s\u00a0]+(?=(?:[^\W\d_]+ly[\s\u00a0]+)?(?:"
    + _phrases(CLAUSE_VERB_HELPERS)
    + r"|[^\W\d_]+ed)(?![\w'\u2019-]))"
)
# A verb's helper and the participle after it, with an adverb in "-ly" between: the verb of
# its clause ("death was reported on March 18, 2023", "was honored on", "was rated R on").
_HELPED_PARTICIPLE = re.compile(
    r"(?<![\w'\u2019-])(?i:"
    + _phrases(CLAUSE_VERB_HELPERS)
    + r")[\s\u00a0]+(?:[^\W\d_]+ly[\s\u00a0]+)?(?P<verb>[^\W\d_]+(?:ed|en))(?![\w'\u2019-])"
)
#: The words a date's clause may hold beside the date and still tell of no event of its
#: own: an apposition or a fronted date ("Lance Reddick's death, on March 17, 2023, was
#: reported", "On June 6, 2025, Ballerina hits theaters"), read by the event word nearest
#: to it across the clause marks.
DATE_CLAUSE_FILLERS = (
    "on", "in", "at", "of", "by", "from", "since", "around", "about", "circa", "the", "a",
    "an", "early", "late", "mid", "and", "or", "then", "as", "back", "some", "time", "day",
    "date", "year",
)  # fmt: skip
_DATE_CLAUSE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _date_clause(read: str, written: Sequence[_WrittenDate], date: _WrittenDate) -> tuple[int, int]:
    """Where the written ``date``'s own clause of ``read`` starts and ends: back and on to a
    comma or other clause mark (none counted inside a date: "June 7, 2024"), the sentence's
    ends, or an "and", "but" or "then" that starts a clause of its own
    (:data:`CLAUSE_VERB_HELPERS`: "and was honored", "and died")."""
    begin, end = _sentence_start(read, date.start), len(read)
    dates = [(each.start, each.end) for each in written]
    for mark in itertools.chain(
        _EVENT_SEGMENT_MARK.finditer(read), _CLAUSE_JOIN.finditer(read), re.finditer(r"[.!?]", read)
    ):
        if any(first <= mark.start() < last for first, last in dates):
            continue
        if begin <= mark.start() and mark.end() <= date.start:
            begin = mark.end()
        elif date.end <= mark.start() < end:
            end = mark.start()
    return begin, end


def _date_clause_tells_nothing(read: str, clause: tuple[int, int], date: _WrittenDate) -> bool:
    """Whether the date's clause holds no word but the date's and
    :data:`DATE_CLAUSE_FILLERS` (names blanked, "_", hold none), or tells of a plan changed
    (:data:`CHANGE_WORDS`: ", vacating June 7, 2024", ", giving up June 7, 2024"), which
    the nearest event word across the clause marks dates and the change rules read."""
    if _ANY_CHANGE_WORD.search(read, *clause) is not None:
        return True
    fillers = {word.casefold() for word in DATE_CLAUSE_FILLERS}
    rest = read[clause[0] : date.start] + " " + read[date.end : clause[1]]
    words = _DATE_CLAUSE_WORD.findall(rest)
    # A gapped clause tells the event of the clause before it: ", and in Japan on August 22,
    # 2025" (GAPPED_CLAUSE_WORDS and names).
    gapped = bool(words) and words[0].casefold() in _GAP_JOINS
    return all(
        word.casefold() in fillers
        or (gapped and (word.casefold() in GAPPED_CLAUSE_WORDS or word[:1].isupper()))
        for word in words
    )


def date_of_its_predicates_event(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A date of a date predicate is the date of the predicate's own event: where its quote
    writes it, the nearest event word to it (:data:`EVENT_WORDS`,
    :data:`NEIGHBOURING_EVENT_WORDS`) is one of the predicate's, and says it of the claim's
    subject. The nearest is read between the dates before and after it in its sentence
    (or, where none stands there, in the whole sentence), the fewest commas and other
    clause marks away first, then the fewest characters: in "Ballerina wrapped filming on
    March 3, 2023 and opens June 6, 2025" March 3, 2023 is filming's, June 6, 2025 the
    release's; "Lance Reddick, born December 31, 1962, died in 2023" dates no death on
    December 31, 1962; "Ballerina's release date was announced on November 10, 2023" dates
    the announcement, "Ballerina leaves theaters on August 1, 2025" the end of its run,
    "March 17, 2024 marked one year since Lance Reddick died" an anniversary; a premiere,
    debut or opening at a named event ("premiered at SXSW on", "opened Tribeca on":
    :data:`EVENT_SHOWING_WORDS`) that event's screening, no release. The date is bound to
    a word of the predicate's own in its own clause (back and on to a comma or other clause
    mark, or an "and", "but" or "then" that starts a clause of its own:
    :data:`CLAUSE_VERB_HELPERS`): "Lance Reddick died in 2023 and was honored on March 17,
    2024", "who died in 2023, was honored on", "married ... on June 7, 2011 and died" date
    no death, a clause with no such word dating its own event; and a verb with its helper
    between that word and the date is the date's ("Lance Reddick's death was reported on
    March 18, 2023"). A clause of the date alone, or of a plan changed ("Lance Reddick's
    death, on March 17, 2023, was reported", "On June 6, 2025, Ballerina hits theaters",
    ", vacating June 7, 2024": :data:`DATE_CLAUSE_FILLERS`), is read by the nearest event
    word across the clause marks. A word of the
    predicate's own before the date, with another thing's word before it in its clause
    (``_OTHER_SUBJECTS``: "The first trailer for Ballerina was released on March 3, 2024",
    "Ballerina's soundtrack was released on", "A hoax claimed Lance Reddick died on"), is
    said of that thing, unless that thing is the predicate's own event ("Filming on
    Ballerina began in November 2022 and wrapped in March 2023" dates the filming). Where
    the quote writes the date more than once, one place so bound states it. Otherwise a note
    quotes the date's words and says why it is the event's ("'In 2014, the world was
    introduced to John Wick': read as that film's release year"). Its sentence is read with
    its :func:`lead_in` and :func:`lead_out`; a name of the catalog's ("No Time to Die")
    holds no event word."""
    own = EVENT_WORDS.get(claim.predicate.value)
    if own is None or not isinstance(claim.value, DateValue):
        return []
    date = claim.value.date
    read, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    sentence = _without_dated_names(read, catalog)
    written = _written_dates(sentence)
    places = [
        each
        for each in written
        if each.start >= quote_start and each.end <= quote_end and _writes(each, date)
    ]
    if not places:
        return []  # a date the quote does not write is dated_by_its_quote_or_noted's
    read = _without_names(sentence, claim, catalog)
    found = [(word.start(), word.end(), word[1].casefold()) for word in _EVENT_WORD.finditer(read)]
    # Read as found, in any case: "hits UK cinemas" is found as "hits uk cinemas".
    own_words = {" ".join(word.casefold().split()) for word in own}
    said = ""
    for each in places:
        clause = _date_clause(read, written, each)
        near = found
        if not _date_clause_tells_nothing(read, clause, each):
            # The date's own clause tells of an event: the date is bound to a word of it.
            near = [word for word in found if clause[0] <= word[0] and word[1] <= clause[1]]
            if not near:
                shown_clause = " ".join(sentence[clause[0] : clause[1]].split())
                said = (
                    f"in its clause {shown_clause!r}, with no word of"
                    f" {_EVENTS_OF[claim.predicate.value]} in it"
                )
                continue
        bound = _event_bound(read, written, each, near)
        if bound is None:
            said = said or f"with no word of {_EVENTS_OF[claim.predicate.value]} by it"
            continue
        start, word = bound
        if word not in own_words:
            said = f"as the date of {word!r}"
            continue
        # Another verb between the predicate's word and the date is the date's own: "death
        # was reported on March 18, 2023".
        helped = [
            verb
            for verb in _HELPED_PARTICIPLE.finditer(read, start, each.start)
            if verb.start("verb") > start
            and " ".join(verb["verb"].casefold().split()) not in own_words
            and not any(w[0] == verb.start("verb") for w in found)
        ]
        if helped:
            said = f"as the date of {helped[-1]['verb']!r}"
            continue
        if claim.predicate.value == "release_date":
            match = _EVENT_WORD.match(read, start)
            event = None if match is None else _named_event_after(read, start, match.end(), word)
            if event is not None:
                said = f"as the date of {event!r}, an event's screening"
                continue
        thing = _other_subject(read, start, found) if start < each.start else None
        # "Filming on Ballerina began ... and wrapped in March 2023": the filming is the
        # predicate's own event, so its "wrapped" dates it as "wrapped filming" does.
        if thing and thing not in own_words:
            said = f"as the date of the {thing}'s {word!r}"
            continue
        return []
    if any(_note_quotes(claim, sentence[each.start : each.end]) for each in places):
        return []
    shown = sentence[places[0].start : places[0].end]
    message = (
        f"the quote writes {shown!r} {said}, not as the date of"
        f" {_EVENTS_OF[claim.predicate.value]}: quote words that date it"
        f" ({', '.join(map(repr, own[:4]))}, ...), or quote the date's words in the note and"
        " say why it is that event's date"
    )
    return [Breach("date event", "value.date", message)]


def period_text_of_its_event(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A story's time given as a text that writes a date ("2025", "June 2019") is read as
    that date is (:func:`date_of_its_predicates_event`): "2025" from "Ballerina was
    released in 2025 and is set in 2019" is the release's year, no time of the story, as
    the same year given as a date is."""
    if claim.predicate.value != "set_in_period" or not isinstance(claim.value, Text):
        return []
    try:
        date = PartialDate.parse(claim.value.text.strip())
    except (ValueError, TypeError):
        return []
    as_date = attrs.evolve(claim, value=DateValue(date=date))
    return [
        attrs.evolve(breach, field="value.text")
        for breach in date_of_its_predicates_event(as_date, catalog)
    ]


def _event_bound(
    read: str,
    written: Sequence[_WrittenDate],
    date: _WrittenDate,
    found: Sequence[tuple[int, int, str]],
) -> tuple[int, str] | None:
    """The event word of ``found`` nearest to the written ``date`` in ``read``, and where it
    starts: of those between the dates before and after it, or of the whole sentence where
    none stands there; the fewest clause marks between first (no mark inside a date:
    "June 7, 2024"), then the fewest characters."""
    before = max((each.end for each in written if each.end <= date.start), default=0)
    after = min((each.start for each in written if each.start >= date.end), default=len(read))
    near = [word for word in found if word[0] >= before and word[1] <= after]
    dates = [(each.start, each.end) for each in written]
    nearest = _nearest_word(
        read, near or found, (date.start, date.end), _EVENT_SEGMENT_MARK, unmarked=dates
    )
    return None if nearest is None else (nearest[0], " ".join(nearest[2].split()))


def _nearest_word(
    read: str,
    found: Sequence[tuple[int, int, str]],
    span: tuple[int, int],
    marks: re.Pattern[str],
    unmarked: Sequence[tuple[int, int]] = (),
) -> tuple[int, int, str] | None:
    """Of the words ``found`` in ``read`` (each its start, end and words), the nearest to
    ``span``: the fewest ``marks`` between first (none counted inside an ``unmarked`` span,
    as the comma of "June 7, 2024"), then the fewest characters."""

    def distance(word: tuple[int, int, str]) -> tuple[int, int]:
        start, end = (word[1], span[0]) if word[1] <= span[0] else (span[1], word[0])
        between = [
            mark.start()
            for mark in marks.finditer(read, start, end)
            if not any(first <= mark.start() < last for first, last in unmarked)
        ]
        return len(between), end - start

    return min(found, key=distance, default=None)


#: The words between another thing and an event word that make the thing tell of the
#: event, not have it: "The trailer confirms Ballerina opens June 6, 2025" and "The trailer
#: shows Ballerina opening on June 6, 2025" date the release.
TELLING_WORDS = (
    "says", "said", "shows", "showed", "shown", "confirms", "confirmed", "reveals",
    "revealed", "teases", "teased", "announces", "announced", "promises", "promised",
    "notes", "noted", "reminds", "reminded", "hints", "hinted", "tells", "told", "touts",
    "touted", "teasing", "showing", "confirming", "revealing", "promising",
)  # fmt: skip
_TELLING = re.compile(_as_words(TELLING_WORDS))


def _other_subject(read: str, at: int, found: Sequence[tuple[int, int, str]]) -> str | None:
    """One of ``_OTHER_SUBJECTS`` before the event word at ``at`` in its clause (back to a
    clause mark), of which the word is said, with none of :data:`TELLING_WORDS` between
    them; or ``None``."""
    marks = [mark.end() for mark in _EVENT_SEGMENT_MARK.finditer(read, 0, at)]
    start = marks[-1] if marks else 0
    things = [
        (word_end, " ".join(word.split()))
        for word_start, word_end, word in found
        if start <= word_start < at and " ".join(word.split()) in _OTHER_SUBJECTS
    ]
    if not things or _TELLING.search(read, things[-1][0], at):
        return None
    return things[-1][1]


#: The statuses that forecast a date: one before the source's publication is no forecast
#: it makes (:func:`date_possible_when_published`).
FORECAST_STATUSES = frozenset({Status.SCHEDULED, Status.EXPECTED})
#: Words of a theatrical run's end: just before a release date (with "on", "in" or "at",
#: and "the end of", "early", "mid" or "late" between), they make it the day or month the
#: run ended, no release of any medium ("stayed in theaters through August 2025", "after
#: its theatrical run ends on August 14, 2025", "leaves cinemas in August"), unless the
#: claim's note quotes them and says why the date stands
#: (:func:`release_date_not_a_runs_end`). "until" and "till" are bounds of
#: :data:`DATE_BOUND_WORDS`; "through" after another date ends a range there.
RUN_END_WORDS = (
    "through", "thru", "run ends", "run ended", "run ending", "run closes", "run closed",
    "run wraps", "run wrapped", "engagement ends", "engagement ended", "leaves theaters",
    "leaves theatres", "leaves cinemas", "left theaters", "left theatres", "left cinemas",
    "leaving theaters", "leaving theatres", "leaving cinemas", "exits theaters",
    "exits theatres", "exits cinemas",
)  # fmt: skip
_RUN_END_BEFORE = re.compile(
    "(?:"
    + _as_words(RUN_END_WORDS)
    + r")(?:\s+(?:on|in|at))?(?:\s+(?:the\s+end\s+of|early|mid|late|mid-))?\s*$"
)
#: The verbs and nouns of a run's ending, in every form: before a release date in its own
#: clause (back to a comma or other clause mark, or the date before it), they make the date
#: the day the run ends, no release of any medium ("Ballerina will close in theaters on
#: August 22, 2025", "Ballerina's theatrical release will end on", "will expire on", "will
#: finish in theaters on", "will wrap up in theaters on", "will be out of theaters on", "will
#: play in theaters for the last time on", "concluded on", "leaves Peacock on"), unless the
#: claim's note quotes them and says why the date stands
#: (:func:`release_date_not_a_runs_end`). "end" just before "of" and the date ("opens at the
#: end of May 2025") places the date in its month, and ends nothing.
RUN_ENDING_WORDS = (
    "end", "ends", "ended", "ending", "close", "closes", "closed", "closing", "closure",
    "finish", "finishes", "finished", "finishing", "expire", "expires", "expired",
    "expiring", "expiry", "expiration", "conclude", "concludes", "concluded", "concluding",
    "conclusion", "wrap up", "wraps up", "wrapped up", "wrapping up", "wind down",
    "winds down", "wound down", "winding down", "leave", "leaves", "leaving", "exit",
    "exits", "exited", "exiting", "depart", "departs", "departed", "departing", "departure",
    "stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing",
    "out of theaters", "out of theatres", "out of cinemas", "pulled from", "removed from",
    "for the last time", "for the final time", "last day", "final day", "last days",
    "final days", "last showing", "final showing", "last showings", "final showings",
    "last screening", "final screening", "last screenings", "final screenings",
    "last chance", "final chance",
)  # fmt: skip
_RUN_ENDING = re.compile(_as_words(RUN_ENDING_WORDS))
# "end of" just before the date it places: "at the end of May 2025", "end-of-May".
_END_OF_JUST_BEFORE = re.compile(r"(?i:end)[\s-]+(?i:of)[\s-]+(?:(?i:early|mid|late)[\s-]+)?\Z")


def _run_ending_in_clause(
    read: str, written: Sequence[_WrittenDate], date: _WrittenDate
) -> str | None:
    """The last words of :data:`RUN_ENDING_WORDS` before the written ``date`` in its own
    clause of ``read`` (back to a clause mark, none counted inside a date, the end of the
    date before it, or the sentence's start), or ``None``."""
    start = max(
        (each.end for each in written if each.end <= date.start),
        default=_sentence_start(read, date.start),
    )
    start = max(start, _sentence_start(read, date.start))
    dates = [(each.start, each.end) for each in written]
    for mark in _EVENT_SEGMENT_MARK.finditer(read, start, date.start):
        if not any(first <= mark.start() < last for first, last in dates):
            start = mark.end()
    found = [
        each
        for each in _RUN_ENDING.finditer(read, start, date.start)
        if _END_OF_JUST_BEFORE.match(read, each.start(), date.start) is None
    ]
    return " ".join(found[-1][1].split()) if found else None


def release_date_not_a_runs_end(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A release date is no day a run ended: :data:`RUN_END_WORDS` just before the date in
    its sentence (its :func:`lead_in`, the quote, its :func:`lead_out`) make it the end of
    a theatrical run ("stayed in theaters through August 2025"), and so not the release of
    any medium ("arrives on Peacock after its theatrical run ends on August 14, 2025" gives
    no streaming day), and so does a verb of ending (:data:`RUN_ENDING_VERBS`) before the
    "-ing" form of a verb earlier in the date's sentence ("Ballerina will cease streaming on
    Peacock on August 22, 2025", "will stop playing in theaters on"), and so does a verb or
    noun of a run's ending (:data:`RUN_ENDING_WORDS`) before the date in its own clause
    ("will close in theaters on", "theatrical release will end on", "will be out of theaters
    on", "for the last time on"), unless the note quotes the words and says why the date
    stands. A
    "through" just after another date ends a range, which
    :func:`date_not_bounded_by_its_quote_or_noted` reads."""
    if claim.predicate.value != "release_date" or not isinstance(claim.value, DateValue):
        return []
    read, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    written = _written_dates(read)
    quoted = " ".join(note_passages(claim.note))
    for each in written:
        if not (quote_start <= each.start and each.end <= quote_end):
            continue
        if not _writes(each, claim.value.date):
            continue
        found = _RUN_END_BEFORE.search(read, 0, each.start)
        if found is None:
            ended = _RUN_ENDED_BEFORE.search(read, _sentence_start(read, each.start), each.start)
            words = None if ended is None else " ".join(ended["ended"].split())
            if words is not None and not re.search(_as_words((words,)), quoted):
                message = (
                    f"the quote writes {words!r} before {claim.value.date}, the end of a"
                    " run, no release date of any medium: quote the words with it in the"
                    " note and say why the date stands"
                )
                return [Breach("run's end", "value.date", message)]
            words = _run_ending_in_clause(read, written, each)
            if words is not None and not re.search(_as_words((words,)), quoted):
                message = (
                    f"the quote writes {words!r} before {claim.value.date}, the end of a run"
                    " (in the date's own clause), no release date of any medium: quote the"
                    " words with it in the note and say why the date stands"
                )
                return [Breach("run's end", "value.date", message)]
            continue
        word = " ".join(found[1].lower().split())
        before = read[: found.start()].rstrip(" ,\u00a0")
        if word in ("through", "thru") and any(d.end == len(before) for d in written):
            continue  # a range's end: "June 7 through June 14"
        if re.search(_as_words((word,)), quoted):
            continue
        message = (
            f"the quote writes {found[1]!r} just before {claim.value.date}, the end of a"
            " theatrical run, no release date of any medium: quote the words with it in the"
            " note and say why the date stands"
        )
        return [Breach("run's end", "value.date", message)]
    return []


# The statuses that leave a date of death a forecast or a guess, not one stated as past.
_NOT_STATED_AS_PAST = frozenset({*FORECAST_STATUSES, Status.HOPED, Status.SPECULATED})
# The statuses, beside none, that state a date as a fact, not as a forecast or a guess: a
# date of them after the source's publication is no fact it could know.
_STATED_AS_FACT = frozenset({None, Status.RELEASED, Status.ANNOUNCED})


def date_possible_when_published(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A date stated as past is not after the source's publication, and one forecast not
    before it: a release date with the status ``released``, or a date of death stated as
    past (with no status of :data:`FORECAST_STATUSES`, ``hoped`` nor ``speculated``), that
    starts after the last day the source may have been published is none it could state
    ("Ballerina was released on June 6, 2026" in an article of 2025-06-01); a date of
    :data:`FORECAST_STATUSES` that ends before the first such day ("will be released on
    June 6, 2019" in 2025) is no schedule it states, unless its sentence says it was changed
    since or first set (:data:`CHANGE_WORDS`: "originally scheduled for", "delayed from"),
    the plan it was, or a release the quote writes as a plan (:data:`PLAN_HOLDING_VERBS`:
    "had a June 7, 2024 release date", "announced a June 7, 2024 release"). A release
    announced for a date, with no status, is refused whenever it falls: it is a plan made
    known, ``scheduled`` or ``announced``, or a note says how it was kept; one it "had" is
    a plan put in the past. Any other date (a release, filming, a death) that starts after that
    last day, with no status, ``released`` or ``announced``, is a
    forecast stated as a fact ("Ballerina opens on June 7, 2024" in 2023): it has a forecast
    status, or, with no status, a note says how it is known. The publication date is read
    to its own precision (an article of "2025" may forecast March 2025); a source with
    none, or one open at that end, bounds nothing."""
    if not isinstance(claim.value, DateValue):
        return []
    held = _plan_held(claim)
    announced = held is not None and held["verb"].casefold() != "had"
    if held is not None and announced and claim.qualifiers.status is None and not claim.note:
        words = " ".join(held.group().split())
        message = (
            f"the quote gives the date as a plan made known ({words!r}), which may not be"
            " kept: give it the status 'scheduled' or 'announced', or quote in the note"
            " the words that say it was released on it"
        )
        return [Breach("date published", "value.date", message)]
    published = _published(claim, catalog)
    if published is None:
        return []
    date, status = claim.value.date, claim.qualifiers.status
    past = status is Status.RELEASED or (
        claim.predicate.value == "date_of_death" and status not in _NOT_STATED_AS_PAST
    )
    after = published.last_day is not None and date.first_day > published.last_day
    before = published.first_day is not None and date.last_day < published.first_day
    plan = _past_plan(claim) if before else None
    if past and after:
        message = (
            f"{date} is after the source's publication ({published}), so it cannot be stated as"
            " past: correct the date, the status or the source's published date"
        )
    elif after and status in _STATED_AS_FACT and not (status is None and claim.note):
        message = (
            f"{date} is after the source's publication ({published}): give it a forecast"
            " status (scheduled, expected, ...) or say in a note how it is known"
        )
    elif (
        before
        and status in FORECAST_STATUSES
        and not _date_superseded(claim, catalog)
        and not (status is Status.SCHEDULED and (plan is not None or held is not None))
    ):
        assert status is not None
        message = (
            f"{date} is before the source's publication ({published}), so the source forecasts"
            f" no such date: status {status.value!r} is for a date still ahead (or one its"
            " sentence says was changed since); correct the date, the status or the source's"
            " published date"
        )
    elif status is None and plan is not None:
        message = (
            f"{date} is before the source's publication ({published}), and the quote puts a plan"
            f" in the past ({plan!r}): a scheduling word in the past tense needs a status"
            " ('scheduled', the plan it was, or 'superseded' where its sentence says it"
            " changed), or quote the words in the note"
        )
    else:
        return []
    return [Breach("date published", "value.date", message)]


def figure_dated_when_published(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A figure's ``date`` qualifier (a total "as of" a day, a budget's year) is not after
    its source's publication unless the figure is a forecast: a box-office total dated
    2025-08-01 in an article of 2025-06-30 is no total the article could state, whatever
    its note says; it has a status of :data:`FORECAST_STATUSES` (``expected``,
    ``scheduled``), or the date or the source's published date is corrected. The
    publication date is read to its own precision, as :func:`date_possible_when_published`
    reads a date value's."""
    dated = claim.qualifiers.date
    if (
        not isinstance(claim.value, Quantity)
        or dated is None
        or claim.qualifiers.status in FORECAST_STATUSES
    ):
        return []
    published = _published(claim, catalog)
    if published is None or published.last_day is None or dated.first_day is None:
        return []
    if dated.first_day <= published.last_day:
        return []
    message = (
        f"the figure is dated {dated}, after the source's publication ({published}), so it"
        " cannot be stated as past: give it a forecast status (expected, scheduled), or"
        " correct the date or the source's published date"
    )
    return [Breach("date published", "qualifiers.date", message)]


#: Words that put a release's plan in the past: "Ballerina was dated for June 7, 2024",
#: "was to be released on", "was set to be released on", "Ballerina's release date was".
#: A release date before its source's publication with one of them is the plan it was:
#: ``scheduled`` (or ``superseded``, where its sentence says it changed), never a date
#: with no status (:func:`date_possible_when_published`).
PAST_PLAN_WORDS = (
    "was dated for", "were dated for", "was to", "were to", "was set to", "were set to",
    "was set for", "were set for", "was scheduled", "were scheduled", "was slated",
    "were slated", "was planned for", "release date was",
)  # fmt: skip
_PAST_PLAN = _any_word(PAST_PLAN_WORDS)
#: The verbs that make a release a plan held or made known, with the date written inside
#: its noun phrase: "Ballerina had a June 7, 2024 release date" (a plan put in the past, as
#: "was dated for" is), "Lionsgate announced a June 7, 2024 release for Ballerina" (a plan
#: made known). Any inflection, any whitespace between the words; the release is its verb's
#: object ("a", "an", "its", "the", then the words before "release" in the same clause).
#: Each backs ``scheduled`` (and "announced" ``announced``, a word of its own); a release
#: date with one of them and no status is refused (:func:`date_possible_when_published`).
PLAN_HOLDING_VERBS = {
    "had": ("had",),
    "announced": ("announce", "announces", "announced", "announcing"),
}
_PLAN_HELD = re.compile(
    r"\b(?P<verb>"
    + "|".join(verb for forms in PLAN_HOLDING_VERBS.values() for verb in forms)
    + r")\s+(?:a|an|its|the|their|his|her)\s+(?:[^,;.!?\n]|,\s*[0-9])*?\breleases?\b",
    re.IGNORECASE,
)


def _plan_held(claim: Claim) -> re.Match[str] | None:
    """Where the quote of a release date writes a release held or announced as a plan
    (:data:`PLAN_HOLDING_VERBS`), if it does."""
    if claim.predicate.value != "release_date":
        return None
    return _PLAN_HELD.search(claim.evidence.quote)


def _past_plan(claim: Claim) -> str | None:
    """The word of :data:`PAST_PLAN_WORDS` in the quote of a release date, if any, or the
    words of a release it had as a plan ("had a June 7, 2024 release date")."""
    if claim.predicate.value != "release_date" or claim.note is not None:
        return None
    found = _PAST_PLAN.search(claim.evidence.quote)
    held = _plan_held(claim)
    if found is None and held is not None and held["verb"].casefold() == "had":
        return " ".join(held.group().split())
    return None if found is None else found.group()


#: Words that, among the three before a region, leave it out ("except the UK", "but not
#: in the UK", "outside the UK"), beside the negating words.
REGION_EXCLUDING_WORDS = frozenset(
    {
        "except", "excluding", "excepting", "outside", "beyond", "besides", "apart", "other",
        "but", "bar", "save",
    }
)  # fmt: skip
# Words that may stand capitalized just before a region without being part of its name
# ("In Mexico", "The UK"): any other capitalized word there makes a longer name ("New
# Mexico", "South Korea", "Northern Ireland").
_BEFORE_A_NAME = frozenset(
    {
        "in", "the", "at", "for", "to", "from", "across", "throughout", "and", "or", "of", "on",
        "by", "with", "as", "a", "an", "its", "both", "all", "only", "but", "while", "including",
    }
)  # fmt: skip


def _left_out(before: Iterable[str]) -> bool:
    """Whether the (folded) words just before a region or medium leave it out: a negating
    word or one of :data:`REGION_EXCLUDING_WORDS` among them."""
    words = set(before)
    return not (NEGATIONS.isdisjoint(words) and REGION_EXCLUDING_WORDS.isdisjoint(words))


# What ends a figure's clause, beside an "and" before another figure: a comma, a
# semicolon, a sentence's end (a full stop after a lone capital letter is an
# abbreviation's: "U.S."; so is a rank's "No. 1"), a line break.
_FIGURE_CLAUSE_END = re.compile(
    _CLAUSE_COMMA
    + r"|;|(?<!\b[A-Z])(?!(?<=\b[Nn]o)\.\s*[0-9])[.!?][\"'\u201d\u2019)\]]*(?:\s|$)|\n"
)
_AND = re.compile(r"\band\b", re.IGNORECASE)


def _figure_clauses(quote: str, value: object) -> list[tuple[int, int]]:
    """Where in ``quote`` each clause that writes the figure ``value`` starts and ends, in
    order; none where ``value`` is no :class:`Quantity` or the quote does not write it. A
    clause ends at a comma, a semicolon, a sentence's end, or an "and" with another figure
    after it in its clause: "$90 million in the US and $30 million in China" is two, "$90
    million in the US and Canada" one. A figure's clause runs back over those before it
    with no figure of their own: "In China, it made $30 million" is the 30 million's."""
    if not isinstance(value, Quantity):
        return []
    seconds = TIME_UNITS.get(value.unit.strip().casefold())
    amount = value.amount if seconds is None else value.amount * seconds
    figures = written_figures(quote, durations=seconds is not None)
    if all(found != amount for found, _ in figures):
        return []
    marks = [found.span() for found in _FIGURE_CLAUSE_END.finditer(quote)]
    starts = [start for _, (start, _) in figures]
    for joined in _AND.finditer(quote):
        mark = min((start for start, _ in marks if start >= joined.end()), default=len(quote))
        if any(joined.end() <= start < mark for start in starts):
            marks.append(joined.span())
    clauses = []
    for found, (start, end) in figures:
        if found != amount:
            continue
        # Back over the clauses with no figure of their own ("In China, it made $30 million").
        previous = max((before for _, (_, before) in figures if before <= start), default=0)
        opening = min((mark for _, mark in marks if previous <= mark <= start), default=previous)
        closing = min((mark for mark, _ in marks if mark >= end), default=len(quote))
        clauses.append((0 if previous == 0 else opening, closing))
    return clauses


# What ends a date's clause where its quote writes more than one date, the strongest first:
# a sentence's end (not an abbreviation's "U.S." nor a rank's "No. 1") or a line break, a
# semicolon, a word that joins two clauses, a comma (none inside a date: "June 7, 2024").
_DATE_CLAUSE_ENDS = (
    re.compile(r"(?<!\b[A-Z])(?!(?<=\b[Nn]o)\.\s*[0-9])[.!?][\"'\u201d\u2019)\]]*(?:\s|$)|\n"),
    re.compile(r";"),
    re.compile(r"\b(?:and|but|while|whereas)\b", re.IGNORECASE),
    re.compile(_CLAUSE_COMMA),
)


def _date_clauses(quote: str, claim: Claim) -> list[tuple[int, int]]:
    """Where in ``quote`` each clause that writes a date of ``claim`` starts and ends, in
    order, where the quote writes more than one date; else none. Two dates' clauses meet at
    the strongest end between them (``_DATE_CLAUSE_ENDS``), the first of its kind: "June 7,
    2024 in the US and June 6, 2024 in the UK" gives the US to the first date and the UK to
    the second, "in the US on June 7, 2024; in the UK on June 6, 2024" and "June 7, 2024 in
    the US. In the UK, it opens June 6, 2024" too. Dates with no end between them ("June 7
    to June 14, 2024") share a clause; the words before the first date are its clause's, and
    those after the last its. A year alone counts as a date only for a claim of a year: "In
    the US, Ballerina, the 2024 spin-off, opens June 7, 2025" writes one date."""
    dates = [date for _, date in _claim_dates(claim)]
    written = _written_dates(quote) if dates else ()
    if all(date.month is not None or date.season is not None for date in dates):
        written = tuple(each for each in written if each.month_days or each.season is not None)
    if len(written) < 2:
        return []
    # Where each date's clause meets the next one's, or None where they share a clause.
    meets: list[int | None] = []
    for one, other in itertools.pairwise(written):
        found = (end.search(quote, one.end, other.start) for end in _DATE_CLAUSE_ENDS)
        meets.append(next((each.start() for each in found if each is not None), None))
    clauses = []
    for number, each in enumerate(written):
        if not any(_writes(each, date) for date in dates):
            continue
        before = [at for at in meets[:number] if at is not None]
        after = [at for at in meets[number:] if at is not None]
        clauses.append((before[-1] if before else 0, after[0] if after else len(quote)))
    return clauses


#: The words a gapped clause of a date holds beside its date and capitalized names (of a
#: place, a service): a joining word and the prepositions and article of its place ("...
#: and in the UK on June 4, 2025", "..., June 4, 2025 in the UK"). A clause of no other
#: word writes no verb of its own: it shares the verb of the clause before it
#: (:func:`_with_gapped_verbs`).
GAPPED_CLAUSE_WORDS = frozenset(
    {"and", "but", "while", "whereas", "in", "on", "at", "across", "throughout", "from", "the"}
)
_GAP_JOINS = frozenset({"and", "but", "while", "whereas"})


def _with_gapped_verbs(quote: str, claim: Claim) -> list[tuple[int, int]]:
    """The clauses of ``_date_clauses``, each gapped one (a clause after a joining word or a
    comma that writes no verb, only :data:`GAPPED_CLAUSE_WORDS` and names beside its date)
    read from the start of the clause before it, whose verb it shares: in "Ballerina opens
    in the US on June 6, 2025 and in the UK on June 4, 2025", "opens" is the UK date's
    too. A new sentence is no gap: its clause stands alone."""
    clauses = _date_clauses(quote, claim)
    if not clauses:
        return clauses
    written = _written_dates(quote)
    if all(date.month is not None or date.season is not None for _, date in _claim_dates(claim)):
        written = tuple(each for each in written if each.month_days or each.season is not None)
    starts = [0]
    for one, other in itertools.pairwise(written):
        found = (end.search(quote, one.end, other.start) for end in _DATE_CLAUSE_ENDS)
        meet = next((each.start() for each in found if each is not None), None)
        starts.extend(() if meet is None else (meet,))
    sentence_end = _DATE_CLAUSE_ENDS[0]

    def gapped(start: int, end: int) -> bool:
        if start == 0 or sentence_end.match(quote, start):
            return False
        read = list(quote[start:end])
        for each in written:
            if start <= each.start and each.end <= end:
                read[each.start - start : each.end - start] = " " * (each.end - each.start)
        found = _WORD.findall("".join(read))
        return all(word.casefold() in GAPPED_CLAUSE_WORDS or word[0].isupper() for word in found)

    joined = []
    for own_start, end in clauses:
        start = own_start
        while gapped(start, end):
            start = max(at for at in starts if at < start)
        joined.append((start, end))
    return joined


# What ends the clause of the one date a quote writes, after it: a sentence's end, a
# semicolon, "but", "while" or "whereas" (not "and": "in the US and Canada"), or a comma but
# one before "in", "on", "at", "across" or "throughout", which goes on with the date's place
# or medium ("June 6, 2024, in the UK").
_ONE_DATE_CLAUSE_END = re.compile(
    r"(?<!\b[A-Z])(?!(?<=\b[Nn]o)\.\s*[0-9])[.!?][\"'\u201d\u2019)\]]*(?:\s|$)|\n|;"
    r"|\b(?:but|while|whereas)\b"
    r"|,(?![\s\u00a0]*(?:in|on|at|across|throughout)\b)(?!(?<=[0-9],)[0-9])",
    re.IGNORECASE,
)


def _one_date_clause(quote: str, claim: Claim) -> list[tuple[int, int]]:
    """Where ``quote`` writes one date, its claim's date value, the stretches of the date's
    own clause, in order: from the last clause break before the date (a semicolon, or a
    comma or dash before "but", "while", ...: :data:`CLAUSE_BREAK_WORDS`; but for a phrase
    "unlike ...") to the first end after it (``_ONE_DATE_CLAUSE_END``: a comma, but before
    "in", "on", "at", ...: "June 6, 2024, in the UK" is one clause). "opens in the UK on
    June 4, 2026, two days before its US release" gives the US to no date of its quote,
    "in theaters, and on Peacock later" streaming neither. Else none, as where the quote
    writes more dates (``_date_clauses``)."""
    if not isinstance(claim.value, DateValue):
        return []
    date = claim.value.date
    written = _written_dates(quote)
    if date.month is not None or date.season is not None:
        written = tuple(each for each in written if each.month_days or each.season is not None)
    if len(written) != 1 or not _writes(written[0], date):
        return []
    found = _ONE_DATE_CLAUSE_END.search(quote, written[0].end)
    end = len(quote) if found is None else found.start()
    (_, start), *unlike = _other_clauses(quote[: written[0].start])
    stretches = []
    for left_out_start, left_out_end in unlike:
        if left_out_start >= start:
            stretches.append((start, left_out_start))
            start = left_out_end
    return [*stretches, (start, end)]


def _blanked_outside(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with all but its ``spans`` blanked, each place kept."""
    kept = [" "] * len(text)
    for start, end in spans:
        kept[start:end] = text[start:end]
    return "".join(kept)


def _clause(quote: str, clauses: Sequence[tuple[int, int]]) -> str:
    """The first of a figure's or a date's ``clauses`` in ``quote``, as a message shows it."""
    start, end = clauses[0]
    return quote[start:end].strip()


# What joins two coordinated clauses of one sentence: "streams on Netflix in South Korea and
# on Peacock in the US".
_COORDINATED = re.compile(r"[\s\u00a0](?i:and|but|while|whereas)[\s\u00a0]|;")


def _region_of_another_entity(
    quote: str, claim: Claim, catalog: Catalog, wanted: str, region: str
) -> str | None:
    """How the quote writes an entity value's region in a coordinated clause other than the
    value's ("Ballerina streams on Netflix in South Korea and on Peacock in the US" gives
    Netflix no US); ``None`` where the value's clause writes it, or the quote names the
    value nowhere or once per clause."""
    assert isinstance(claim.value, EntityRef)
    names = _written_name_spans(quote, catalog.entity(claim.value.id).names)
    if not names:
        return None
    cuts = [0, *(m.end() for m in _COORDINATED.finditer(quote)), len(quote)]
    clauses = list(itertools.pairwise(cuts))
    own = [(s, e) for s, e in clauses if any(s <= at < e for at, _ in names)]
    if any(_how_region_written(quote[s:e], wanted, region, "") is None for s, e in own):
        return None
    elsewhere = [(s, e) for s, e in clauses if (s, e) not in own]
    if any(_how_region_written(quote[s:e], wanted, region, "") is None for s, e in elsewhere):
        return f"writes {region!r} in another clause than the value's"
    return None


def region_written_by_its_quote_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A claim's region is written in its quote ("in the UK" for ``UK``; "U.K." too, as
    :func:`~._relations.region_key` folds it; a code, two or three letters, in capitals:
    "reaches us" and "as it turns out" write no ``US`` nor ``IT``; or an adjective of it,
    :data:`REGION_ADJECTIVES`: "North American theaters"), as a place of its own:
    not inside a longer
    name ("Mexico" of "New Mexico", "Korea" of "South Korea"), and not left out by the words
    before it (a negating word or one of :data:`REGION_EXCLUDING_WORDS` among the three:
    "but not in the UK", "except the UK"), its :func:`lead_in`'s too ("the UK" after
    "released everywhere but not in "). A figure's region is written in a clause of the
    figure's own (``_figure_clauses``): "$90 million in the US and $30 million in
    China" gives China for the 30 million alone; a date's, where the quote writes more than
    one date, in a clause of the date's own (``_date_clauses``): "June 7, 2024 in the US and
    June 6, 2024 in the UK" gives the UK for June 6 alone; where it writes one, in that
    date's clause too (``_one_date_clause``): "opens in the UK on June 4, 2026, two days
    before its US release" gives the US to no date. A figure of two regions named as one
    (``_region_joined``: "$40 million in the U.S. and Canada") is neither's alone. Or else
    its note says how the region is known, writing it."""
    region = claim.qualifiers.region
    if region is None:
        return []
    wanted = region_key(region)
    quote, lead = claim.evidence.quote, lead_in(claim, catalog)
    said = _how_region_written(quote, wanted, region, lead)
    clauses, kind = _figure_clauses(quote, claim.value), "figure"
    if not clauses:
        clauses, kind = _date_clauses(quote, claim) or _one_date_clause(quote, claim), "date"
    if said is None and clauses:
        # The words before the clause may leave the region out, but do not write it.
        read = (
            _how_region_written(quote[s:e], wanted, region, lead + quote[:s]) for s, e in clauses
        )
        if all(how is not None for how in read):
            said = f"writes {region!r} outside the {kind}'s clause ({_clause(quote, clauses)!r})"
    if said is None and kind == "figure":
        said = _region_by_another_figure(quote, claim.value, wanted, region)
    if said is None and isinstance(claim.value, EntityRef):
        said = _region_of_another_entity(quote, claim, catalog, wanted, region)
    if said is None and isinstance(claim.value, Quantity):
        said = _region_joined(quote + _rest_of_clause(lead_out(claim, catalog)), wanted, region)
    # A note writes a code in capitals too: "us" in a note is the pronoun.
    note = claim.note and (_CASED_WORD.sub(" ", claim.note) if _is_code(region) else claim.note)
    if said is None:
        return []
    own = clauses or [(0, len(quote))]
    contradicted = _region_contradicted_in_clause(quote, own, wanted, region, kind)
    if contradicted is not None:
        message = f"the quote {said}, and {contradicted}"
        return [Breach("region note", "qualifiers.region", message)]
    if note and f" {wanted} " in f" {region_key(note)} ":
        said = _noted_words_of_another_clause(claim.note or "", quote, own, kind)
        if said is None:
            return []
    message = (
        f"the quote {said}: say in a note how the region {region!r} is known (from which"
        " words), writing it"
    )
    return [Breach("region note", "qualifiers.region", message)]


#: The words by which a figure's or a date's own clause gives it to the whole world or to
#: the world outside the home market, read whole and in any case: "$137 million worldwide",
#: "its global gross", "$79 million overseas", "internationally", "abroad". Such a value
#: is no one country's: a ``region`` of another name than the word's is refused whatever
#: the note says (:func:`region_written_by_its_quote_or_noted`).
WORLD_REGION_WORDS = (
    "worldwide", "world-wide", "globally", "global", "around the world", "across the world",
    "all over the world", "the world over", "overseas", "international", "internationally",
    "abroad", "foreign", "offshore",
)  # fmt: skip
_WORLD_REGION = re.compile(
    r"(?<![\w'-])(?:" + _phrases(WORLD_REGION_WORDS) + r")(?![\w'-])", re.IGNORECASE
)
# The words of the home market, which a note may give a country to ("'domestically': the
# US" of an American paper, "the UK" of a British one).
_HOME_MARKET_WORDS = frozenset({"domestic", "domestically", "stateside", "locally", "at home"})


def _region_contradicted_in_clause(
    quote: str, clauses: Sequence[tuple[int, int]], wanted: str, region: str, kind: str
) -> str | None:
    """The message where the value's own clauses (``clauses`` of ``quote``) each give it to
    another region than ``region`` (keyed ``wanted``), which no note can change: a word of
    :data:`WORLD_REGION_WORDS` ("$137 million worldwide"), or the name of another territory
    where the quote writes ``region`` by another value ("June 6, 2025, in the US" of "...
    and June 5, 2025, in the UK" for the UK), where the clause writes ``region`` nowhere;
    the words of the home market (:data:`_HOME_MARKET_WORDS`) are the note's to place, and
    another name alone may be ("the UK" for ``GB``). Else ``None``."""
    other: list[str] = []
    written_elsewhere = _how_region_written(quote, wanted, region) is None
    for start, end in clauses:
        read = quote[start:end]
        if _how_region_written(read, wanted, region) is None:
            return None
        found = [each[0] for each in _WORLD_REGION.finditer(read)]
        # Another territory's name contradicts it only where the quote writes the claim's
        # region too, by another value: "the UK" for a region "GB" may be the note's to tell.
        found += [
            each[0]
            for each in _whole_scope_words(_TAKINGS_SCOPE["region"], read)
            if each[0].casefold() not in _HOME_MARKET_WORDS and written_elsewhere
        ]
        found = [word for word in found if region_key(word) != wanted]
        if not found:
            return None
        other.append(found[0])
    if not other:
        return None
    return (
        f"the {kind}'s own clause ({_clause(quote, clauses)!r}) gives it to {other[0]!r}, which"
        f" no note changes: give the region {other[0]!r} names, or claim the {kind} that"
        f" {region!r} is written with"
    )


def _noted_words_of_another_clause(
    note: str, quote: str, clauses: Sequence[tuple[int, int]], kind: str
) -> str | None:
    """How a note's quoted words for a region are another value's, for the message: each
    passage the note quotes is in ``quote`` only outside the value's own ``clauses`` ("'in
    the UK'" for the June 6 of "June 6, 2025, in the US and June 5, 2025, in the UK"); else
    ``None`` (a passage of its own clause, or one from outside the quote, where the rule
    cannot tell)."""
    passages = note_passages(note)
    if not passages:
        return None
    outside = []
    for passage in passages:
        written = [found.span() for found in re.finditer(re.escape(passage), quote, re.IGNORECASE)]
        if not written or any(a < e and s < b for a, b in written for s, e in clauses):
            return None
        outside.append(passage)
    return (
        f"writes the note's {outside[0]!r} outside the {kind}'s own clause"
        f" ({_clause(quote, clauses)!r}), where it is another value's"
    )


# What joins two regions named as one: "the U.S. and Canada", "Australia & New Zealand",
# "in the US and in Canada", "US/Canada".
_REGIONS_JOINED = re.compile(
    r"[\s\u00a0]*(?:and|&|/|plus)[\s\u00a0]*(?:(?:in|the)[\s\u00a0]+){0,2}", re.IGNORECASE
)


def _region_joined(read: str, wanted: str, region: str) -> str | None:
    """How ``read`` (a quote and the rest of its clause) writes ``region`` (keyed
    ``wanted``) joined with another region as one, for the message, where it does; else
    ``None``. A figure of "the U.S. and Canada" or "Australia and New Zealand" is the two
    regions', neither's alone."""
    found = _whole_scope_words(_TAKINGS_SCOPE["region"], read)
    found.sort(key=lambda each: each.start())
    for one, other in itertools.pairwise(found):
        if not _REGIONS_JOINED.fullmatch(read, one.end(), other.start()):
            continue
        if wanted in {region_key(one[0]), region_key(other[0])}:
            joined = read[one.start() : other.end()]
            return (
                f"writes {region!r} joined with another region ({joined!r}): a figure of"
                f" both is neither's alone"
            )
    return None


def _region_by_another_figure(quote: str, value: object, wanted: str, region: str) -> str | None:
    """How ``quote`` writes ``region`` (keyed ``wanted``) only by another figure than
    ``value``, for the message, where it does; else ``None``. In a clause of more than one
    figure (its ends as for ``_figure_clauses``), a region binds to the figure nearest it:
    "$58 million in the US for a worldwide total of $137 million" gives the US to the 58
    million and worldwide to the 137 million alone."""
    if not isinstance(value, Quantity):
        return None
    seconds = TIME_UNITS.get(value.unit.strip().casefold())
    amount = value.amount if seconds is None else value.amount * seconds
    every = written_figures(quote, durations=seconds is not None)
    marks = [found.start() for found in _FIGURE_CLAUSE_END.finditer(quote)]
    for joined in _AND.finditer(quote):
        mark = min((at for at in marks if at >= joined.end()), default=len(quote))
        if any(joined.end() <= at[0] < mark for _, at in every):
            marks.append(joined.start())
    words, keys = _region_keyed_words(quote)
    size = len(wanted.split())
    nearest: list[tuple[str, str]] = []
    for at in range(len(words) - size + 1):
        if " ".join(keys[at : at + size]) != wanted:
            continue
        start, end = words[at][1].start(), words[at + size - 1][1].end()
        opening = max((at for at in marks if at < start), default=0)
        closing = min((at for at in marks if at >= end), default=len(quote))
        figures = [(found, at) for found, at in every if opening <= at[0] < closing]
        if len({found for found, _ in figures}) < 2:
            return None
        gaps = [
            (max(start - figure_end, figure_start - end, 0), found, figure_start, figure_end)
            for found, (figure_start, figure_end) in figures
        ]
        gap, _, figure_start, figure_end = min(gaps, key=lambda each: each[0])
        if any(other == amount and each == gap for each, other, _, _ in gaps):
            return None
        nearest.append((quote[start:end], quote[figure_start:figure_end]))
    if not nearest:
        return None
    written, figure = nearest[0]
    return f"writes {region!r} ({written!r}) by another figure ({figure!r}), which it binds to"


# A region written as a code: two or three letters, with or without a full stop after each
# ("US", "U.S.", "UK", "USA").
_REGION_CODE = re.compile(r"[^\W\d_]{2,3}|(?:[^\W\d_]\.){2,3}")
# A word with a lowercase letter: no code ("us", "it", "Us").
_CASED_WORD = re.compile(r"[^\W\d_]*[a-z][^\W\d_]*")


def _is_code(region: str) -> bool:
    """Whether a region is written as a code (:data:`_REGION_CODE`), in any case."""
    return _REGION_CODE.fullmatch(region.strip()) is not None


def _region_keyed_words(quote: str) -> tuple[list[tuple[str, re.Match[str]]], list[str]]:
    """Each word of ``quote`` as regions are keyed, with the word of the quote it is from;
    and the keys alone."""
    words = [
        (key, found)
        for found in re.finditer(r"[^\W_]+(?:\.[^\W_]+)*\.?|[^\W_]+", quote)
        for key in region_key(found[0]).split()
    ]
    return words, [key for key, _ in words]


#: Every country of the world by its common English short name, with the other short names
#: the texts write it by, and the constituent countries of the United Kingdom, each with its
#: nationality adjectives (its demonyms): the words the rules read as a country where they
#: read a region (:data:`RELEASE_SCOPE_WORDS`: "Ballerina grossed $5 million in Norway",
#: "the Norwegian release"), and by which a region qualifier is written
#: (:data:`REGION_ADJECTIVES`: "the Norwegian release" writes ``Norway``). Vocabulary, not
#: facts of the data. A country whose demonym is another's too, or no adjective in use, has
#: none ("Dominican" is the Dominican Republic's; "American" is said of more than the United
#: States, as :data:`REGION_ADJECTIVES` says); a name of the catalog that holds one ("Chad
#: Stahelski") is that name, no country (:func:`release_scope_given_or_noted`).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",), "Albania": ("Albanian",), "Algeria": ("Algerian",),
    "Andorra": ("Andorran",), "Angola": ("Angolan",), "Antigua and Barbuda": ("Antiguan",),
    "Argentina": ("Argentine", "Argentinian"), "Armenia": ("Armenian",),
    "Australia": ("Australian",), "Austria": ("Austrian",), "Azerbaijan": ("Azerbaijani",),
    "Bahamas": ("Bahamian",), "Bahrain": ("Bahraini",), "Bangladesh": ("Bangladeshi",),
    "Barbados": ("Barbadian",), "Belarus": ("Belarusian",), "Belgium": ("Belgian",),
    "Belize": ("Belizean",), "Benin": ("Beninese",), "Bhutan": ("Bhutanese",),
    "Bolivia": ("Bolivian",), "Bosnia and Herzegovina": ("Bosnian",), "Bosnia": ("Bosnian",),
    "Botswana": ("Botswanan",), "Brazil": ("Brazilian",), "Brunei": ("Bruneian",),
    "Bulgaria": ("Bulgarian",), "Burkina Faso": ("Burkinabe",), "Burundi": ("Burundian",),
    "Cambodia": ("Cambodian",), "Cameroon": ("Cameroonian",), "Canada": ("Canadian",),
    "Cape Verde": ("Cape Verdean",), "Cabo Verde": ("Cape Verdean",),
    "Central African Republic": (), "Chad": ("Chadian",), "Chile": ("Chilean",),
    "China": ("Chinese",), "Colombia": ("Colombian",), "Comoros": ("Comorian",),
    "Congo": ("Congolese",), "Republic of the Congo": ("Congolese",),
    "Democratic Republic of the Congo": ("Congolese",), "DR Congo": ("Congolese",),
    "DRC": ("Congolese",), "Costa Rica": ("Costa Rican",), "Croatia": ("Croatian",),
    "Cuba": ("Cuban",), "Cyprus": ("Cypriot",), "Czechia": ("Czech",),
    "Czech Republic": ("Czech",), "Denmark": ("Danish",), "Djibouti": ("Djiboutian",),
    "Dominica": (), "Dominican Republic": ("Dominican",), "East Timor": ("Timorese",),
    "Timor-Leste": ("Timorese",), "Ecuador": ("Ecuadorian",), "Egypt": ("Egyptian",),
    "El Salvador": ("Salvadoran",), "Equatorial Guinea": ("Equatoguinean",),
    "Eritrea": ("Eritrean",), "Estonia": ("Estonian",), "Eswatini": ("Swazi",),
    "Swaziland": ("Swazi",), "Ethiopia": ("Ethiopian",), "Fiji": ("Fijian",),
    "Finland": ("Finnish",), "France": ("French",), "Gabon": ("Gabonese",),
    "Gambia": ("Gambian",), "Georgia": ("Georgian",), "Germany": ("German",),
    "Ghana": ("Ghanaian",), "Greece": ("Greek",), "Grenada": ("Grenadian",),
    "Guatemala": ("Guatemalan",), "Guinea": ("Guinean",), "Guinea-Bissau": ("Bissau-Guinean",),
    "Guyana": ("Guyanese",), "Haiti": ("Haitian",), "Honduras": ("Honduran",),
    "Hungary": ("Hungarian",), "Iceland": ("Icelandic",), "India": ("Indian",),
    "Indonesia": ("Indonesian",), "Iran": ("Iranian",), "Iraq": ("Iraqi",),
    "Ireland": ("Irish",), "Israel": ("Israeli",), "Italy": ("Italian",),
    "Ivory Coast": ("Ivorian",), "Côte d'Ivoire": ("Ivorian",), "Cote d'Ivoire": ("Ivorian",),
    "Jamaica": ("Jamaican",), "Japan": ("Japanese",), "Jordan": ("Jordanian",),
    "Kazakhstan": ("Kazakh", "Kazakhstani"), "Kenya": ("Kenyan",), "Kiribati": (),
    "Kosovo": ("Kosovar",), "Kuwait": ("Kuwaiti",), "Kyrgyzstan": ("Kyrgyz",),
    "Laos": ("Lao", "Laotian"), "Latvia": ("Latvian",), "Lebanon": ("Lebanese",),
    "Lesotho": (), "Liberia": ("Liberian",), "Libya": ("Libyan",), "Liechtenstein": (),
    "Lithuania": ("Lithuanian",), "Luxembourg": ("Luxembourgish",),
    "Madagascar": ("Malagasy",), "Malawi": ("Malawian",), "Malaysia": ("Malaysian",),
    "Maldives": ("Maldivian",), "Mali": ("Malian",), "Malta": ("Maltese",),
    "Marshall Islands": ("Marshallese",), "Mauritania": ("Mauritanian",),
    "Mauritius": ("Mauritian",), "Mexico": ("Mexican",), "Micronesia": ("Micronesian",),
    "Moldova": ("Moldovan",), "Monaco": ("Monegasque", "Monégasque"),
    "Mongolia": ("Mongolian",), "Montenegro": ("Montenegrin",), "Morocco": ("Moroccan",),
    "Mozambique": ("Mozambican",), "Myanmar": ("Burmese",), "Burma": ("Burmese",),
    "Namibia": ("Namibian",), "Nauru": ("Nauruan",), "Nepal": ("Nepali", "Nepalese"),
    "Netherlands": ("Dutch",), "New Zealand": (), "Nicaragua": ("Nicaraguan",),
    "Niger": ("Nigerien",), "Nigeria": ("Nigerian",), "North Korea": ("North Korean",),
    "North Macedonia": ("Macedonian",), "Macedonia": ("Macedonian",),
    "Norway": ("Norwegian",), "Oman": ("Omani",), "Pakistan": ("Pakistani",),
    "Palau": ("Palauan",), "Palestine": ("Palestinian",), "Panama": ("Panamanian",),
    "Papua New Guinea": ("Papua New Guinean",), "Paraguay": ("Paraguayan",),
    "Peru": ("Peruvian",), "Philippines": ("Filipino", "Philippine"), "Poland": ("Polish",),
    "Portugal": ("Portuguese",), "Qatar": ("Qatari",), "Romania": ("Romanian",),
    "Russia": ("Russian",), "Rwanda": ("Rwandan",), "Saint Kitts and Nevis": ("Kittitian",),
    "St Kitts and Nevis": ("Kittitian",), "St. Kitts and Nevis": ("Kittitian",),
    "Saint Lucia": ("Saint Lucian",), "St Lucia": ("St Lucian",),
    "St. Lucia": ("St. Lucian",), "Saint Vincent and the Grenadines": ("Vincentian",),
    "Samoa": ("Samoan",), "San Marino": ("Sammarinese",),
    "Sao Tome and Principe": ("Santomean",), "São Tomé and Príncipe": ("Santomean",),
    "Saudi Arabia": ("Saudi", "Saudi Arabian"), "Senegal": ("Senegalese",),
    "Serbia": ("Serbian",), "Seychelles": ("Seychellois",), "Sierra Leone": ("Sierra Leonean",),
    "Singapore": ("Singaporean",), "Slovakia": ("Slovak", "Slovakian"),
    "Slovenia": ("Slovenian", "Slovene"), "Solomon Islands": (), "Somalia": ("Somali",),
    "South Africa": ("South African",), "South Korea": ("South Korean",),
    "South Sudan": ("South Sudanese",), "Spain": ("Spanish",), "Sri Lanka": ("Sri Lankan",),
    "Sudan": ("Sudanese",), "Suriname": ("Surinamese",), "Sweden": ("Swedish",),
    "Switzerland": ("Swiss",), "Syria": ("Syrian",), "Taiwan": ("Taiwanese",),
    "Tajikistan": ("Tajik",), "Tanzania": ("Tanzanian",), "Thailand": ("Thai",),
    "Togo": ("Togolese",), "Tonga": ("Tongan",), "Trinidad and Tobago": ("Trinidadian",),
    "Tunisia": ("Tunisian",), "Turkey": ("Turkish",), "Türkiye": ("Turkish",),
    "Turkmenistan": ("Turkmen",), "Tuvalu": ("Tuvaluan",), "Uganda": ("Ugandan",),
    "Ukraine": ("Ukrainian",), "United Arab Emirates": ("Emirati",), "UAE": ("Emirati",),
    "United Kingdom": ("British",), "United States": (), "Uruguay": ("Uruguayan",),
    "Uzbekistan": ("Uzbek",), "Vanuatu": (), "Vatican City": (), "Vatican": (),
    "Venezuela": ("Venezuelan",), "Vietnam": ("Vietnamese",), "Viet Nam": ("Vietnamese",),
    "Yemen": ("Yemeni",), "Zambia": ("Zambian",), "Zimbabwe": ("Zimbabwean",),
    # The constituent countries of the United Kingdom.
    "England": ("English",), "Scotland": ("Scottish",), "Wales": ("Welsh",),
    "Northern Ireland": ("Northern Irish",),
}  # fmt: skip


#: The regions of the vocabulary (the territories of :data:`TAKINGS_SCOPE_WORDS`, every
#: country of :data:`COUNTRIES`, and the continents) with the
#: adjectives that name them as well: "from North American theaters" writes the region
#: ``North America``, "the Japanese release" ``Japan``; and ``worldwide`` has the words
#: that say it of the whole world ("global", "globally", "around the world", "across the
#: globe"); "domestic", "international" and ``US`` have "domestically",
#: "internationally" and "stateside", as :data:`TAKINGS_SCOPE_WORDS` reads them. Each region
#: is keyed as
#: :func:`~._relations.region_key` folds it. "American" alone is none of them: it is said of
#: the United States, of North America and of the Americas.
REGION_ADJECTIVES = {
    region_key(region): adjectives
    for region, adjectives in {
        "North America": ("North American",), "South America": ("South American",),
        "Latin America": ("Latin American",), "Europe": ("European",), "Asia": ("Asian",),
        "Africa": ("African",), "UK": ("British",), "Britain": ("British",),
        "Korea": ("Korean",),
        # Every country with its demonyms.
        **{country: demonyms for country, demonyms in COUNTRIES.items() if demonyms},
        # The adverbs the takings' clause rule reads as territories name them too.
        "domestic": ("domestically",), "international": ("internationally",),
        "US": ("stateside",),
        "worldwide": (
            "global", "globally", "around the world", "across the world", "all over the world",
            "the world over", "around the globe", "across the globe",
        ),
    }.items()
}  # fmt: skip


def _how_region_written(quote: str, wanted: str, region: str, lead: str = "") -> str | None:
    """``None`` where ``quote`` writes ``region`` (keyed ``wanted``), or an adjective of it
    (:data:`REGION_ADJECTIVES`), as a place of its own; else how it fails to, for the
    message. The words of ``lead``, the quote's lead-in, stand before it: they may leave
    the region out, but do not write it."""
    quote = lead + quote
    words, keys = _region_keyed_words(quote)
    how = f"does not write the region {region!r}"
    spellings = [wanted, *map(region_key, REGION_ADJECTIVES.get(wanted, ()))]
    places = [
        (spelling, at)
        for spelling in spellings
        for at in range(len(words) - len(spelling.split()) + 1)
    ]
    for spelling, at in places:
        size = len(spelling.split())
        if " ".join(keys[at : at + size]) != spelling or words[at][1].start() < len(lead):
            continue
        start = words[at][1]
        written = quote[start.start() : words[at + size - 1][1].end()]
        if spelling == wanted and _is_code(region) and not written.isupper():
            how = f"writes {region!r} only as a word ({written!r}), not in capitals as a code is"
            continue
        before = [key for key, _ in words[max(0, at - 3) : at]]
        if _left_out(before):
            left_out = quote[words[max(0, at - 3)][1].start() : start.end()]
            how = f"writes {region!r} only as left out ({left_out!r})"
            continue
        if at and (previous := words[at - 1][1]) is not start:
            joined = quote[previous.end() : start.start()].strip() == ""
            if joined and previous[0][:1].isupper() and keys[at - 1] not in _BEFORE_A_NAME:
                how = (
                    f"writes {region!r} only inside a longer name"
                    f" ({quote[previous.start() : start.end()]!r})"
                )
                continue
        return None
    return how


#: The words that write each medium of a release, read whole and in any case, in the
#: quote or its lead-in ("in theaters", "will stream to Peacock"): for ``theatrical`` a
#: theater, a cinema or the big screen; for ``streaming`` streaming itself or a streaming
#: service by the name the texts write it ("Netflix", "Peacock", "Prime Video"); for
#: ``television`` television, TV, a broadcast or airing. Each medium's own name is among
#: its words.
MEDIUM_WORDS = {
    Medium.THEATRICAL: (
        "theatrical", "theatrically", "theater", "theaters", "theatre", "theatres", "cinema",
        "cinemas", "big screen", "movie house", "movie houses",
    ),
    Medium.STREAMING: (
        "streaming", "stream", "streams", "streamed", "streamer", "streamers", "Netflix",
        "Peacock", "Prime Video", "Amazon Prime", "Disney+", "Hulu", "HBO Max", "Apple TV+",
        "Paramount+", "video on demand",
    ),
    Medium.TELEVISION: (
        "television", "TV", "televised", "telecast", "broadcast", "broadcasts", "aired",
        "airs", "airing",
    ),
}  # fmt: skip


def _any_whole_word(words: Iterable[str], after: str, flags: re.RegexFlag) -> re.Pattern[str]:
    """Any of ``words``, the longest first, with no letter or digit just before it and
    ``after`` it, a space in a word matching any run of spaces."""
    return re.compile(r"(?<![^\W_])(?:" + _phrases(words) + ")" + after, flags)


# Each medium's words as a pattern: each word whole (no letter or digit just before or
# after it, so "Disney+" and "Apple TV+" end in their sign), in any case, the longest first.
_MEDIUM_WORDS = {
    medium: _any_whole_word(words, r"(?![^\W_])", re.IGNORECASE)
    for medium, words in MEDIUM_WORDS.items()
}


def medium_written_by_its_quote_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A claim's medium is written in its quote or its :func:`lead_in` by one of its
    :data:`MEDIUM_WORDS` ("in theaters" for ``theatrical``, "on Netflix" for
    ``streaming``), not left out by the words before it (a negating word or one of
    :data:`REGION_EXCLUDING_WORDS` among the three: "not in theaters", "except in
    cinemas"); a figure's, in a clause of the figure's own (``_figure_clauses``: "$90
    million in theaters and $30 million on Netflix" gives streaming for the 30 million
    alone); a date's, where the quote writes more than one date, in the date's own
    (``_date_clauses``: "on June 7, 2024 in theaters and on June 20, 2024 on Peacock" gives
    streaming for June 20 alone), and where it writes one, in that date's clause too
    (``_one_date_clause``: "on June 7, 2024 in theaters, and on Peacock later" streams
    nothing). The lead-in's words of another clause or thing write none
    (:data:`CLAUSE_BREAK_WORDS`: "Unlike the Korean Netflix film, "). Or else its note says
    how the medium is known, writing one of its words: a theatrical and a streaming date
    are two values, so a medium no words give changes which dates are compared and
    preferred."""
    medium = claim.qualifiers.medium
    if medium is None:
        return []
    lead, quote = _own_clause(lead_in(claim, catalog)), claim.evidence.quote
    read = lead + quote
    words = _MEDIUM_WORDS[medium]
    how = f"does not write the medium {medium.value!r}"
    # A figure's medium is read in its clause; the lead-in is its first clause's.
    clauses, kind = _figure_clauses(quote, claim.value), "figure"
    if not clauses:
        clauses, kind = _date_clauses(quote, claim) or _one_date_clause(quote, claim), "date"
    spans = [(len(lead) + s if s else 0, len(lead) + e) for s, e in clauses] or [(0, len(read))]
    for found in words.finditer(read):
        if not any(s <= found.start() and found.end() <= e for s, e in spans):
            shown = _clause(quote, clauses)
            how = f"writes {found[0]!r} outside the {kind}'s clause ({shown!r})"
            continue
        before = [word.casefold() for word in _WORD.findall(read[: found.start()])[-3:]]
        if not _left_out(before):
            return []
        how = f"writes {found[0]!r} only as left out"
    if claim.note and words.search(claim.note):
        return []
    shown = ", ".join(map(repr, MEDIUM_WORDS[medium][:4]))
    message = (
        f"the quote {how}: say in a note how the medium {medium.value!r} is known (from which"
        f" words), writing a word of it ({shown}, ...)"
    )
    return [Breach("medium note", "qualifiers.medium", message)]


#: The words that name where or how a release is scoped, read whole in the date's clause of a
#: release date's quote, each kind with its words: ``region`` every country of the world and its
#: nationalities (:data:`COUNTRIES`), with the codes and other names the texts write them by,
#: written capitalized ("in Japan", "in Norway", "the Japanese release", "US theaters";
#: vocabulary, not facts of the data), and the cities the trade press dates premieres and
#: openings in ("premiered in Los Angeles", "opens in Tokyo": a city's date is its country's);
#: ``medium`` the formats a release reaches its audience in, in any case ("on Blu-ray", "digitally",
#: "in theaters", "streaming", "on Peacock": :data:`STREAMING_SERVICES`, "on TV"). A release date
#: (or a running time or a distributor) whose
#: clause names either, and whose claim gives no qualifier of that kind, is one country's or
#: format's, not the release everywhere: it needs the qualifier (``region``, ``medium``) or a note
#: writing the word, as a date of no scope is compared and preferred for every scope. A word left
#: out ("except in Japan", "not in theaters") scopes nothing.
RELEASE_SCOPE_WORDS = {
    "region": (
        "US", "U.S.", "USA", "America", "American", "UK", "U.K.", "Britain", "Korea", "Korean",
        "Hong Kong",
        # Every country of the world and its demonyms, one table.
        *COUNTRIES, *itertools.chain(*COUNTRIES.values()),
        # A city's release or premiere is its country's, no release everywhere.
        "Los Angeles", "Hollywood", "New York", "London", "Paris", "Berlin", "Rome", "Madrid",
        "Cannes", "Venice", "Toronto", "Tokyo", "Seoul", "Beijing", "Shanghai", "Mumbai",
        "Sydney", "Prague", "Budapest",
    ),
    "medium": (
        "Blu-ray", "DVD", "DVDs", "4K", "UHD", "digital", "digitally", "VOD", "PVOD",
        "video on demand", "on demand", "home video", "home entertainment", "home release",
        "streaming", "stream", "streams", "theaters", "theatres", "theater", "theatre",
        "theatrical", "theatrically", "cinemas", "cinema", "on TV", "on television",
        "on broadcast", *STREAMING_SERVICES,
    ),
}  # fmt: skip
_RELEASE_SCOPE = {
    kind: _any_whole_word(
        words, r"(?![^\W_]|\.[^\W_])", re.NOFLAG if kind == "region" else re.IGNORECASE
    )
    for kind, words in RELEASE_SCOPE_WORDS.items()
}
#: The words by which a clause names a part of the takings or of a release: a territory
#: that is no country's name ("domestic", "overseas", "in the States", "across Europe",
#: "Down Under", "in select cities", the rest of the world without a region's word: "in the
#: rest of the world", "in other territories", "in other markets", "from 52 territories",
#: "elsewhere", "everywhere else"; beside every country or nationality of
#: :data:`RELEASE_SCOPE_WORDS`), whose figure or release date gives the ``region`` qualifier
#: or a note writing the word, one table for both predicates; and a format of screen ("from
#: IMAX screens", "in 3D", "premium large formats"), whose figure, one format's takings and
#: no ``box_office`` of the work, needs a note saying how it is read. Read in any case but a
#: country's and a nationality's, any run of spaces between a word's parts.
TAKINGS_SCOPE_WORDS = {
    "territory": (
        "domestic", "domestically", "overseas", "international", "internationally",
        "abroad", "foreign", "offshore", "stateside", "the States", "North America",
        "North American", "Latin America", "Latin American", "LatAm", "the Americas",
        "Europe", "European", "Asia", "Asian", "Asia-Pacific", "APAC", "EMEA", "Middle East",
        "Middle Eastern", "Africa", "African", "Scandinavia", "Scandinavian", "Down Under",
        "Oceania", "locally", "at home", "home turf", "select cities", "select markets",
        "most markets", "some markets", "certain markets",
        # The rest of the world named without a region's word: the takings outside the home
        # market, as "overseas" are ("$79 million in other territories", "from 52 markets").
        "rest of the world", "rest of world", "rest-of-world", "rest of the globe",
        "rest of the planet", "other territories", "other territory", "other markets",
        "other market", "other countries", "other country", "other nations", "territories",
        "markets", "countries", "nations", "elsewhere", "everywhere else",
        # Unions of countries and the trade press's names for a neighbor.
        "the EU", "European Union", "the Gulf", "Gulf states", "GCC", "across the pond",
        "north of the border", "south of the border",
    ),
    "format": (
        "IMAX", "3D", "4DX", "ScreenX", "Dolby Cinema", "PLF", "PLFs", "premium large format",
        "premium large formats", "premium format", "premium formats", "large format",
        "large formats", "70mm", "70 mm", "35mm", "35 mm",
    ),
}  # fmt: skip
#: The words by which a release date's clause names a kind of release that is not the
#: release of the work in every scope, beside the screen formats of
#: :data:`TAKINGS_SCOPE_WORDS` ("in IMAX", "in 3D"): a limited or wide release ("a limited
#: release", "released wide"), a sale or rental ("available to rent", "to buy"), a
#: showing on airlines. Read whole, in any case; such a date needs a note
#: saying which release it is, writing the word.
RELEASE_KIND_WORDS = (
    "limited release", "limited releases", "limited run", "limited engagement", "limited",
    "wide release", "wide", "goes wide", "expands", "expansion", "platform release",
    "to rent", "to buy", "for rent", "for sale", "for purchase", "to own", "rental",
    "rentals", "purchase", "airline", "airlines", "in-flight", "inflight",
)  # fmt: skip
_TAKINGS_TERRITORY = _any_whole_word(TAKINGS_SCOPE_WORDS["territory"], r"(?![^\W_])", re.IGNORECASE)
_TAKINGS_SCOPE = {
    "region": (_RELEASE_SCOPE["region"], _TAKINGS_TERRITORY),
    "format": (_any_whole_word(TAKINGS_SCOPE_WORDS["format"], r"(?![^\W_])", re.IGNORECASE),),
}
# A release date's scopes: a territory as takings' are, a medium, a format or kind of release.
_RELEASE_DATE_SCOPE = {
    "region": _TAKINGS_SCOPE["region"],
    "medium": (_RELEASE_SCOPE["medium"],),
    "format": (
        _any_whole_word(
            (*TAKINGS_SCOPE_WORDS["format"], *RELEASE_KIND_WORDS), r"(?![^\W_])", re.IGNORECASE
        ),
    ),
}


def release_scope_given_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A release date whose clause names a country, a nationality or a format
    (:data:`RELEASE_SCOPE_WORDS`: "Ballerina was released in Japan on August 22, 2024",
    "on Blu-ray on ...") gives the qualifier that says so (``region``, ``medium``), or its
    note writes the word: a claim that leaves a qualifier out speaks of every scope, so one
    country's or one format's date would be compared with, and preferred to, the release
    everywhere. So does a box-office figure whose clause names a territory (its
    ``region``; :data:`TAKINGS_SCOPE_WORDS`: "$30 million overseas", "in Japan"; a release
    date whose clause names such a territory, "released internationally on ...", gives its
    region or a note as well, and one whose clause names a format of screen or a kind of
    release (:data:`RELEASE_KIND_WORDS`: "in IMAX", "a limited release", "available to
    rent") needs a note saying which release it is; the words
    are read whole, "in North America" naming "North America", not "America"); one whose
    clause names a format of screen ("$25 million from IMAX screens") is one format's
    takings, and needs a note. A figure's clause is read with the words after its quote.
    The date's clause is read as a medium's is (``_date_clauses``, ``_one_date_clause``;
    the whole quote where it writes no date of the claim's), in the quote and the rest of
    its last clause after it ("released June 6, 2025 | in the US", "| on Peacock"). The
    words before the quote in its sentence scope the value as those after it do
    (``_scoping_lead_start``: "In Australia, | Ballerina opened on June 5, 2025",
    "Overseas, | Ballerina made $31 million"), but for another clause's and a nationality
    of a kind of work, the work's country ("this is the South Korean film Ballerina, not
    the spin-off, which ..."); such a claim quotes from the word on to give its region. A
    figure whose clause leaves a territory out ("$30 million
    outside North America") is the takings of the rest, no total: it quotes those words
    and gives them as its region, or a note writes the territory. A running time and a
    distributor are scoped so too, read in the quote and the rest of its clause: "runs 130
    minutes in the UK", "on TV", "Netflix distributes Ballerina in South Korea" give the
    qualifier or a note; "Lionsgate distributes Ballerina except in China" gives "except
    in China" as its region."""
    # The words of the sentence before the quote too: "In Australia, | Ballerina opened ...".
    lead = lead_in(claim, catalog)
    read = lead + claim.evidence.quote
    if claim.predicate.value in ("box_office", "cost") and isinstance(claim.value, Quantity):
        # The words after the quote too: "made $25 million | from IMAX screens". A sum spent
        # in one place is read as a region's takings are: "spent $40 million | in Hungary"
        # is that place's spending, no budget of the work.
        read += lead_out(claim, catalog)
        spans = _takings_spans(claim, claim.value, lead, read)
        scopes = (
            _TAKINGS_SCOPE
            if claim.predicate.value == "box_office"
            else {"region": _TAKINGS_SCOPE["region"]}
        )
    elif claim.predicate.value == "release_date" and isinstance(claim.value, DateValue):
        # The rest of the quote's last clause too: "released June 6, 2025 | in the US".
        read += _rest_of_clause(lead_out(claim, catalog))
        spans = (
            _date_clauses(read, claim)
            or _one_date_clause(read, claim)
            or [(_scoping_lead_start(claim, lead), len(read))]
        )
        scopes = _RELEASE_DATE_SCOPE
    elif (claim.predicate.value == "duration" and isinstance(claim.value, Quantity)) or (
        claim.predicate.value == "distributor" and isinstance(claim.value, EntityRef)
    ):
        # A running time or a distributor is scoped as a release is: "runs 130 minutes |
        # in the UK", "Netflix distributes Ballerina | in South Korea".
        read += _rest_of_clause(lead_out(claim, catalog))
        spans = [(_scoping_lead_start(claim, lead), len(read))]
        scopes = {"region": _RELEASE_DATE_SCOPE["region"], "medium": _RELEASE_DATE_SCOPE["medium"]}
    else:
        return []
    given = {"region": claim.qualifiers.region, "medium": claim.qualifiers.medium}
    note = claim.note or ""
    for kind, patterns in scopes.items():
        if given.get(kind) is not None:
            continue
        for found in _whole_scope_words(patterns, read):
            before = [word.casefold() for word in _WORD.findall(read[: found.start()])[-3:]]
            if not _scoping(kind, found, before, len(lead), spans):
                continue
            if found[0].casefold() in note.casefold() or (
                found.start() < len(lead) and _WORKS_COUNTRY.match(read, found.end())
            ):
                continue
            if _inside_a_longer_catalog_name(read, found, catalog):
                continue
            if _left_out(before) and not _spent_outside(claim, before):
                excluded = _takings_left_out(claim, kind, read, found, before) or (
                    _region_left_out(found[0], before) if kind == "region" else None
                )
                if excluded is not None:
                    return [excluded]
                continue
            return [_scope_breach(claim, kind, found[0], read[: len(lead)], found.start())]
    return _takings_beside_a_territorys(claim, read, spans, len(lead), note)


def _takings_beside_a_territorys(
    claim: Claim, read: str, spans: Sequence[tuple[int, int]], lead: int, note: str
) -> list[Breach]:
    """Takings with no region in a sentence that gives a territory's takings after the
    quote's lead, outside the figure's own clause ("$25 million, plus $33 million
    overseas", "not counting international"): the figure is then the rest's, not every
    territory's, unless its own clause says it is the whole ("worldwide")."""
    if claim.predicate.value != "box_office" or claim.qualifiers.region is not None:
        return []
    if any(_WORLD_REGION.search(read, start, end) for start, end in spans):
        return []
    for found in _TAKINGS_TERRITORY.finditer(read, lead):
        if any(start <= found.start() < end for start, end in spans):
            continue
        if found[0].casefold() in note.casefold():
            return []
        message = (
            f"the sentence gives takings of the territory {found[0]!r} beside the figure, so"
            " the figure is another territory's or the rest's: give its region, or say in a"
            f" note which takings it is, writing {found[0]!r}"
        )
        return [Breach("region note", "qualifiers.region", message)]
    return []


def _scoping(
    kind: str,
    found: re.Match[str],
    before: Sequence[str],
    lead: int,
    spans: Sequence[tuple[int, int]],
) -> bool:
    """Whether the scope word ``found`` scopes the value: it stands in one of the value's
    ``spans``, or it is a region left out anywhere after the quote's ``lead`` ("opened on
    June 7, 2023, excluding the UK")."""
    if kind == "region" and found.start() >= lead and not REGION_EXCLUDING_WORDS.isdisjoint(before):
        return True
    return any(s <= found.start() and found.end() <= e for s, e in spans)


def _region_left_out(region: str, before: Sequence[str]) -> Breach:
    """The breach of a value whose sentence leaves ``region`` out after it, ``before`` the
    words just before the region: "opened on June 7, 2023, excluding the UK" holds not
    everywhere either."""
    first = next((at for at, word in enumerate(before) if word in REGION_EXCLUDING_WORDS), 0)
    message = (
        f"the value's clause leaves out the region {region!r} ({' '.join(before[first:])!r}),"
        " so it holds not everywhere: give the region it holds in, or say in a note which"
        f" one it is, writing {region!r}"
    )
    return Breach("region note", "qualifiers.region", message)


def _spent_outside(claim: Claim, before: Iterable[str]) -> bool:
    """Whether ``before``, the words just before a place in a cost's clause, leave the
    place out by a word of :data:`REGION_EXCLUDING_WORDS` ("spent $40 million outside
    Hungary"): the spending of the rest, no more the work's budget than one place's is; a
    negating word alone ("not in Hungary") leaves it out of the figure."""
    return claim.predicate.value == "cost" and not REGION_EXCLUDING_WORDS.isdisjoint(before)


def _inside_a_longer_catalog_name(read: str, found: re.Match[str], catalog: Catalog) -> bool:
    """Whether the scope word ``found`` of ``read`` stands inside a longer name of an entity
    of the catalog that ``read`` writes: the "Chad" of "Chad Stahelski" is the director's
    name, no country."""
    return any(
        written.start() <= found.start()
        and found.end() <= written.end()
        and written.end() - written.start() > found.end() - found.start()
        for name in _catalog_names_in(read, catalog)
        for written in _name_pattern(name).finditer(read)
    )


def _scope_breach(claim: Claim, kind: str, word: str, lead: str, at: int) -> Breach:
    """The breach of a release date or a figure whose clause names the scope ``word`` of
    ``kind`` at ``at`` of its reading, whose first words are ``lead``, the quote's
    :func:`lead_in`. A word before the quote ("In Australia, | Ballerina opened ...") is
    quoted with the value to give the region or medium it writes."""
    if kind == "format" and claim.predicate.value == "release_date":
        message = (
            f"the date's clause names the format or kind of release {word!r}: one format's"
            f" or kind's date is no release date of the work; say in a note which release"
            f" the date is, writing {word!r}"
        )
        return Breach("format note", "value", message)
    if claim.predicate.value == "cost":
        message = (
            f"the figure's clause names the place {word!r}: a sum spent in one place (or"
            f" outside it) is no budget of the work; say in a note how the figure is the"
            f" work's whole budget, writing {word!r}"
        )
        return Breach("region note", "value.amount", message)
    if kind == "format":
        message = (
            f"the figure's clause names the format {word!r}: one format's takings are no"
            f" box_office of the work; say in a note how the figure is read, writing {word!r}"
        )
        return Breach("format note", "value.amount", message)
    what, which = {
        "release_date": ("date", "release the date"),
        "duration": ("running time", "version the running time"),
        "distributor": ("distributor", "release the distributor"),
    }.get(claim.predicate.value, ("figure", "takings the figure"))
    give = f"give the claim's {kind} qualifier"
    if at < len(lead):
        give = f"quote from {word!r} on and give the claim's {kind} qualifier"
    message = (
        f"the {what}'s clause names the {kind} {word!r}: {give}, or say in a note which"
        f" {which} is, writing {word!r}"
    )
    return Breach(f"{kind} note", f"qualifiers.{kind}", message)


def _scoping_lead_start(claim: Claim, lead: str) -> int:
    """Where the words of ``lead``, a quote's :func:`lead_in`, that may scope the claim's
    value start: after the last clause of another's (:func:`_other_clauses`: "In Japan it
    opened June 6; | in the US ..."), and for a figure after the last figure in its currency
    there ("In Japan, it made $25 million, | and in China $30 million"). "In Australia, |"
    before "Ballerina opened on June 5, 2025" scopes the date as "in Australia" after it
    would."""
    start = _other_clauses(lead)[0][1]
    if isinstance(claim.value, Quantity):
        for found, (figure_start, figure_end) in written_figures(lead, durations=False):
            written = lead[max(0, figure_start - 4) :]
            if figure_end > start and writes_in_currency(written, found, claim.value.unit):
                start = figure_end
    return start


# A kind of work just after a nationality of the words before a quote, at most two words
# between: the work's country ("this is the South Korean film Ballerina, not the spin-off,
# which opens ...", "Like the Korean Netflix film, ..."), not the value's scope.
_WORKS_COUNTRY = re.compile(
    r"(?:[\s\u00a0]+[\w'\u2019-]+){0,2}?[\s\u00a0]+(?:"
    + _WORK_NOUN
    + "|"
    + _GENRE_WORD
    + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)


def _takings_spans(claim: Claim, value: Quantity, lead: str, read: str) -> list[tuple[int, int]]:
    """Where in ``read`` (``lead``, the quote and its :func:`lead_out`) the words that scope
    a figure ``value`` stand: its clauses in the quote and after it (``_figure_clauses``;
    all of them where the quote writes no such figure), and where its clause starts with
    the quote, the words of ``lead`` that scope it (``_scoping_lead_start``: "In Japan, |
    Ballerina made $3 million")."""
    quoted = read[len(lead) :]
    clauses = _figure_clauses(quoted, value) or [(0, len(quoted))]
    spans = [(len(lead) + start, len(lead) + end) for start, end in clauses]
    if clauses[0][0] == 0:
        spans.append((_scoping_lead_start(claim, lead), len(lead)))
    return spans


def _takings_left_out(
    claim: Claim, kind: str, read: str, found: re.Match[str], before: Sequence[str]
) -> Breach | None:
    """Where a word of :data:`REGION_EXCLUDING_WORDS` among the three ``before`` a
    territory of a figure's clause leaves it out ("$30 million outside North America",
    "everywhere but China"): the takings of the rest of the world, no total of the work.
    ``None`` where only a negating word leaves it out ("not in China"), or where ``kind``
    is no region or the claim no box-office figure."""
    if kind != "region" or claim.predicate.value not in ("box_office", "distributor"):
        return None
    if REGION_EXCLUDING_WORDS.isdisjoint(before):
        return None
    words = list(_WORD.finditer(read[: found.start()]))[-3:]
    first = next(each for each in words if each[0].casefold() in REGION_EXCLUDING_WORDS)
    written = read[first.start() : found.end()]
    if claim.predicate.value == "distributor":
        message = (
            f"the distributor's clause leaves out the region {found[0]!r} ({written!r}): a"
            f" distributor of the rest is none everywhere; quote those words and give them as"
            f" the region qualifier ({written!r}), or say in a note which regions it is,"
            f" writing {found[0]!r}"
        )
        return Breach("region note", "qualifiers.region", message)
    message = (
        f"the figure's clause leaves out the region {found[0]!r} ({written!r}): the takings"
        f" of the rest are no total of the work; quote those words and give them as the"
        f" region qualifier ({written!r}), or say in a note which takings the figure is,"
        f" writing {found[0]!r}"
    )
    return Breach("region note", "qualifiers.region", message)


def _whole_scope_words(patterns: Sequence[re.Pattern[str]], read: str) -> list[re.Match[str]]:
    """The words of any of ``patterns`` in ``read``, in the order of the patterns, but for
    those inside a longer one's: "in North America" names the territory "North America",
    not the country "America"."""
    every = [found for words in patterns for found in words.finditer(read)]
    return [
        found
        for found in every
        if not any(
            other.start() <= found.start()
            and found.end() <= other.end()
            and other.end() - other.start() > found.end() - found.start()
            for other in every
        )
    ]


def quantity_written_by_its_quote_or_noted(
    claim: Claim, catalog: Catalog | None = None
) -> list[Breach]:
    """An amount its quote does not write ("$25 million" for 250,000,000), or a currency
    it does not (a quote in dollars for ``EUR``), was derived, and the claim's note says
    how, writing what the quote does not: the amount ("'two hours' is 120 minutes", or a
    quoted passage that writes it), or the currency ("'$25 million', in euros at ...").
    A note that writes neither ("'over $400 million'." for 7 USD) excuses nothing.

    A quote writes an amount as digits ("25,000,000", "90"), with a fraction and a scale
    word ("$25.1 million", "25m", "1.2bn": the scaled amount alone, not 25.1) or as a
    number word ("two hours"); a duration may be written in another unit of time ("two
    hours" for 120 minutes), with a fraction after a whole number ("an hour and a half" is
    90 minutes, "$2 1/2 million" 2,500,000, never the whole number alone). The first number
    of a range ("$58-60 million") writes no amount on its own, and nor does a number that a
    comma with one or two digits after it ends ("$1,5 billion" writes neither 1 nor
    1,500,000,000: the comma is read as neither a decimal point nor a separator of
    thousands, and the message says so). A currency is written by
    its code or its sign or name, read whole
    (``_figures.CURRENCY_SIGNS``: a bare "$", "US$" or "dollar" for ``USD``, "A$" or
    "Australian dollar" for ``AUD``, not ``USD``), with the amount
    (``_figures.writes_in_currency``): its sign or code just before the number ("$90
    million", "USD 90 million"), or its name or code just after the number and its scale
    word ("90 million dollars", "90m USD"). A figure with another currency beside it
    ("$90 million, or \u00a370 million" for 70,000,000 USD) writes none in this one, and a
    figure with none beside it writes none at all ("it made 58 million in the UK, where
    tickets cost \u00a312" for 58,000,000 GBP; "the budget, in dollars, was 90 million"):
    the note says which currency. Another unit is written by its word ("minute" for 90
    minutes). A note writes them as a quote does, or its currency in its own words outside
    the passages it quotes ("in euros"). The digits of a name of the ``catalog`` are the
    name's, no amount: "John Wick 4 cost $90 million" writes no 4
    (:func:`_without_dated_names`). The words after the quote in its sentence
    (:func:`lead_out`) are read with it as the quote's own, as they say what the figure
    it ends with is: "The film cost $90 million" before " AUD" writes no ``USD``, and "The
    film cost $90" before " million" no 90.
    """
    if not isinstance(claim.value, Quantity):
        return []
    quote, note = claim.evidence.quote, claim.note or ""
    after = lead_out(claim, catalog)
    if catalog is not None:  # a note that quotes a name writes no amount with it either
        quote, note = _without_dated_names(quote, catalog), _without_dated_names(note, catalog)
        after = _without_dated_names(after, catalog)
    # Written in the quote, and still so with the words after it: a currency or a scale
    # word after the quote's last figure is that figure's.
    unwritten = _figure_unwritten(quote, claim.value) or (
        _figure_unwritten(quote + after, claim.value) if after else None
    )
    if unwritten is None:
        return []
    field, missing = unwritten
    written = _figure_written_otherwise(quote + after, claim.value, field)
    if written is not None:
        # A note adds what the quote leaves out of a figure, never another one than it
        # writes: "$90 million" noted "Read as $190 million." or "In EUR." states a fact of
        # no source.
        message = (
            f"the quote does not write {missing}: it writes {written}, and a note adds what"
            " a quote leaves out of a figure, never another figure than it writes"
        )
        return [Breach("figure note", field, message)]
    if note and _figure_unwritten(note, claim.value, field) is None:
        return []
    message = (
        f"the quote does not write {missing}: say in a note how the figure is derived"
        " (from which words), writing it"
    )
    if field == "value.amount" and (commas := decimal_comma_figures(quote)):
        # "$1,5 billion" may be 1.5 billion or a slip: the rules read it as no amount.
        message = (
            f"the quote does not write {missing}: it writes {commas[0]!r}, whose comma is"
            " read as neither a decimal point nor a separator of thousands; say in a note"
            " which amount the figure is, writing it"
        )
    return [Breach("figure note", field, message)]


def _figure_written_otherwise(text: str, value: Quantity, field: str) -> str | None:
    """The figure ``text`` writes in ``value``'s place, where it writes another of its kind:
    another duration ("125 minutes" for 145), another amount in the claim's currency ("$90
    million" for 190,000,000 USD), the amount in another currency ("$90 million" for
    ``EUR``); else ``None``."""
    unit = value.unit.strip()
    if field == "value.amount" and unit.casefold() in TIME_UNITS:
        found = written_figures(text, durations=True)
        return repr(text[found[0][1][0] : found[0][1][1]]) if found else None
    if field == "value.amount" and currency_signs(unit):
        amounts = written_amounts(text, durations=False)
        same = sorted(amount for amount in amounts if writes_in_currency(text, amount, unit))
        return f"the amount {same[0]:,f} in {unit}" if same else None
    if field == "value.unit" and currency_signs(unit):
        others = (code for code in CURRENCY_SIGNS if code != unit)
        other = next((c for c in others if writes_in_currency(text, value.amount, c)), None)
        return None if other is None else f"{value.amount:,f} in {other}"
    return None


def _figure_unwritten(
    text: str, value: Quantity, field: str | None = None
) -> tuple[str, str] | None:
    """The field of ``value`` that ``text`` does not write (its amount, or else its
    currency or unit) and what it lacks, or ``None``; with ``field``, that field alone, and
    the text read as a note: its currency in its own words too, not only beside the
    amount."""
    unit = value.unit.strip()
    seconds = TIME_UNITS.get(unit.casefold())
    if field != "value.unit":
        written = written_amounts(text, durations=seconds is not None)
        if seconds is not None and value.amount * seconds not in written:
            return "value.amount", f"the duration {value.amount:,f} {unit}"
        if seconds is None and value.amount not in written:
            return "value.amount", f"the amount {value.amount:,f}"
    if seconds is not None or field == "value.amount":
        return None
    signs = currency_signs(unit)
    if not signs:
        unit_written = singular(unit.casefold()) in text.casefold()
        return None if unit_written else ("value.unit", f"the unit {unit!r}")
    in_currency = writes_in_currency(text, value.amount, unit)
    if field is not None:
        # A note may say in its own words, outside the passages it quotes, how a figure is
        # derived ("'over $400 million', in euros as the text's table gives").
        in_currency = in_currency or writes_currency(_NOTE_QUOTE.sub(" ", text), unit)
    if in_currency:
        return None
    shown = " or ".join(map(repr, signs))
    # The currency written elsewhere in the quote, not beside the amount ("$90 million, or
    # £70 million" for 70,000,000 USD).
    apart = f" with the amount {value.amount:,f}" if writes_currency(text, unit) else ""
    return "value.unit", f"the currency {unit} ({shown}){apart}"


#: The words just before a figure that bound it ("over $400 million" is at least that), and
#: the bound each gives; a figure with none of them before it is exact. By what they mean:
#: a figure passed ("over", "above", "beyond", "in excess of", "just over", "no less than") is
#: ``at_least``, as is the low end of an estimate ("as little as", "as low as"); one not
#: reached or not passed ("under", "below", "sub-" as in "a sub-$90 million budget", "up
#: to", "as much as", "as high as", "no more than", and "nearly", "almost", "close to",
#: "just shy of", "short of", "south of", "nigh on", "nudging", which news texts write for a
#: figure just short of it, and a ceiling: "a maximum of", "within") ``at_most``, a floor ("a
#: minimum of") ``at_least``; one near it either side ("about", "some", "more like", "in the
#: region of", "in the neighborhood of", "on the order of") ``about``. The longest words that
#: stand before the figure are read ("no more than" is not "more than", "just over" names
#: itself), and the "no" or "not" of "no more than" or "not less than" bounds the figure, not
#: negates it. They are read across up to
#: three words of :data:`BOUND_READ_ACROSS` ("less than its planned $90 million" is
#: ``at_most``), and an adverb before them leaves them theirs ("far below" is "below").
#: The verbs of a threshold are bounds too, in their forms: one crossed ("topped",
#: "crossed", "passed the $100 million mark", "cracked", "surpassed", "eclipsed",
#: "exceeded", "broke", "cleared") is ``at_least``, and so is "past" or "beyond" after any
#: verb ("edged past", "sailed past", "went beyond"); one still ahead ("nearing",
#: "approaching", "closing in on", "pushing", "the better part of") ``at_most``.
BOUND_WORDS = {
    **dict.fromkeys(
        (
            "over", "more than", "at least", "upwards of", "upward of", "north of", "above",
            "in excess of", "just over", "well over", "no less than", "not less than", "beyond",
            "topped", "tops", "topping", "crossed", "crosses", "crossing", "passed", "passes",
            "passing", "cracked", "cracks", "cracking", "surpassed", "surpasses", "surpassing",
            "eclipsed", "eclipses", "eclipsing", "exceeded", "exceeds", "exceeding", "broke",
            "breaks", "breaking", "broken", "as little as", "as low as", "as few as",
            "as short as", "top", "cross", "pass", "crack", "surpass", "eclipse", "exceed",
            "break", "clear", "clears", "cleared", "clearing", "past", "beyond",
            "a minimum of", "minimum of", "a floor of",
        ),
        Bound.AT_LEAST,
    ),
    **dict.fromkeys(
        (
            "under", "less than", "fewer than", "up to", "at most", "nearly", "almost", "below",
            "close to", "shy of", "just shy of", "just under", "well under", "as much as",
            "as many as", "no more than", "not more than", "south of", "nearing", "nears",
            "neared", "approaching", "approaches", "closing in on", "closes in on",
            "the better part of", "the best part of", "as high as", "as long as", "sub-",
            "nigh on", "nigh", "pushing", "a maximum of", "maximum of", "short of",
            "just short of", "within", "nudging", "nudges", "nudged",
        ),
        Bound.AT_MOST,
    ),
    **dict.fromkeys(
        (
            "about", "around", "roughly", "some", "approximately", "an estimated", "more like",
            "in the region of", "in the neighborhood of", "in the neighbourhood of",
            "on the order of", "~",
        ),
        Bound.ABOUT,
    ),
}  # fmt: skip
#: The words just after a figure that bound it ("$400 million or more" is at least that, "$90
#: million at most" or "at best" at most that, "$90 million at a minimum" at least that, "two hours
#: or so" about that), with at most two words between ("400 million dollars or more"), the "at"
#: words also just after a comma ("$90 million, at most"), or a plus sign on it ("$400m+", "400
#: million-plus"). "Tops" and "max" are read only just after a comma ("$90 million, tops") or just
#: after the figure with no word after them ("$90 million tops."): "$90 million and tops the chart"
#: bounds nothing. A figure still growing is ``at_least`` ("$58 million and counting", "and rising",
#: "and climbing"). "And change" and "odd" say a little more than the figure ("$12 million and
#: change", "$12 million odd", "$12 million-odd", and "odd" between the number and its scale word,
#: "$12-odd million"); "odd" and "plus" are read only just after the figure, with no word after
#: them: "plus" before one adds another figure ("$12 million plus $5 million for marketing"). A
#: figure near either side is ``about`` by words after it too: "or so", "or thereabouts", "give or
#: take", "more or less" and "plus or minus", after a comma as well ("$90 million, give or take"),
#: and "roughly", "approximately", "in the neighborhood" and "(in the) ballpark" just after the
#: figure or its comma, and "or so" after its comma, with no word after them ("$90 million,
#: roughly.", "$90 million, in the neighborhood."; not "in the region", a place's): before a word
#: they compare ("$90 million, roughly the cost of Chapter 2", "in the neighborhood of Prague") or
#: tell who says it ("$90 million, or so the studio says").
BOUND_WORDS_AFTER = {
    **dict.fromkeys(
        (
            "or more", "or over", "or above", "or longer", "and up", "at least", "+", "-plus",
            "and change", "odd", "-odd", "plus", "at a minimum", "at minimum", "at the very least",
            "and counting", "and rising", "and climbing",
        ),
        Bound.AT_LEAST,
    ),
    **dict.fromkeys(
        (
            "or less", "or fewer", "or under", "or below", "or shorter", "at most", "at the most",
            "at best", "at the very most", "tops", "max",
        ),
        Bound.AT_MOST,
    ),
    **dict.fromkeys(
        (
            "or so", "or thereabouts", "give or take", "more or less", "roughly", "approximately",
            "-ish", "ish", "plus or minus", "in the neighborhood", "in the neighbourhood",
            "in the ballpark", "ballpark",
        ),
        Bound.ABOUT,
    ),
}  # fmt: skip
# The words read only just after a comma, and those read there too ("$90 million, at most";
# not "or more" of "$90 million, or more than that").
_AFTER_A_COMMA = ("tops", "max")
_ALSO_AFTER_A_COMMA = (
    "at the very most", "at the most", "at most", "at best", "at the very least", "at least",
    "at a minimum", "at minimum", "or thereabouts", "give or take", "more or less",
    "plus or minus",
)  # fmt: skip
# The words read only just after the figure, with no word or figure after them ("$90 million
# tops."; not "$90 million tops the chart").
_JUST_AFTER = ("odd", "plus", "tops", "max", "ish")
# The words read only just after the figure or its comma, with no word after them; and "or
# so" read there after a comma too ("or so" of "$90 million, or so the studio says" bounds
# nothing).
_AT_THE_END_ONLY = (
    "roughly", "approximately", "in the neighborhood", "in the neighbourhood", "in the ballpark",
    "ballpark",
)  # fmt: skip
_AT_THE_END = (*_AT_THE_END_ONLY, "or so")
_BOUND_AFTER = re.compile(
    r"(\+|-plus\b|-odd\b|-ish\b)|(?:[\s\u00a0]+[^\W\d]+){0,2}?[\s\u00a0]+(?i:("
    + _phrases(
        words
        for words in BOUND_WORDS_AFTER
        if words[0].isalpha() and words not in (*_AFTER_A_COMMA, *_JUST_AFTER, *_AT_THE_END_ONLY)
    )
    + r"))(?![\w'\u2019-])|,[\s\u00a0]*(?i:("
    + _phrases((*_AFTER_A_COMMA, *_ALSO_AFTER_A_COMMA))
    + r"))(?![\w'\u2019-])|[\s\u00a0]+(?i:("
    + "|".join(_JUST_AFTER)
    + r"))(?![\w'\u2019-])(?![\s\u00a0]*[\w$\u00a3\u20ac\u00a5])"
    + r"|(?:,[\s\u00a0]*|[\s\u00a0]+)(?i:("
    + _phrases(_AT_THE_END)
    + r"))(?![\w'\u2019-])(?![\s\u00a0]*[\w$\u00a3\u20ac\u00a5])"
)
# "Odd" or "ish" between a figure's number and its scale word or unit ("$12-odd million",
# "125-ish minutes").
_ODD_INSIDE = re.compile(r"[0-9][\s\u00a0]*-?[\s\u00a0]*(?i:(odd|ish))\b")
# A bounding word at the end of the words before a figure's number, read across the words
# of :data:`BOUND_READ_ACROSS` ("less than its planned $"), with the currency's sign or code
# between ("over $", "about US$", "around EUR ").
_SIGNS = "".join(
    sorted({sign for signs in CURRENCY_SIGNS.values() for sign in signs if len(sign) == 1})
)
_BOUND_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])(?i:("
    + _phrases(word for word in BOUND_WORDS if word != "~")
    + r"))"
    + _READ_ACROSS
    + r"|(~))[\s\u00a0]*(?:[A-Z]{0,3}["
    + re.escape(_SIGNS)
    + r"]|[A-Z]{3}[\s\u00a0])?[\s\u00a0]*\Z"
)


# A scale word or unit of time after a range's first number ("$80 million to $90 million").
_SCALE_OR_TIME = (
    r"(?:[\s\u00a0-]*(?i:"
    + "|".join(sorted((*SCALE_WORDS, *TIME_UNITS), key=len, reverse=True))
    + r")\b)"
)
#: The words by a figure that make it a total of several works ("Ballerina and John Wick 4
#: grossed a combined $90 million", "$90 million together", "$90 million combined with John
#: Wick 4", "between them") or a target the work missed ("missed its $90 million target"):
#: those just before the figure ("before", read across :data:`BOUND_READ_ACROSS`) and those
#: just after it ("after", with at most two words between). Neither is the work's own
#: figure; the claim's note says how it is read.
TOTAL_OR_MISSED_WORDS = {
    "before": ("combined", "missed", "misses", "miss", "missing"),
    "after": ("combined", "together", "between them", "collectively", "jointly"),
}
# A figure as one end of a range ("$80-90 million", "$80 million to $90 million", "between
# $80 million and $90 million", "from 80 to 90 minutes"), one of several ("120 or 130
# minutes"), a share of another ("half of $90 million", "twice its", "half of what it cost,
# $90 million", "10% of its") or the figure a change is from ("up from $60 million"): none
# is the amount the figure writes. A bare number before "to" or "or" starts a range only
# with a bare number after it ("120 to 130", not the year of "in 2023 to $90 million").
_RANGE_OR_SHARE_BEFORE = re.compile(
    r"(?:[0-9]" + _SCALE_OR_TIME + r"?[\s\u00a0]*[-\u2013][\s\u00a0]*\S{0,3}"
    r"|[0-9]" + _SCALE_OR_TIME + r"[\s\u00a0]+(?i:to|or)[\s\u00a0]+\S{0,3}"
    r"|[0-9][\s\u00a0]+(?i:to|or)[\s\u00a0]+"
    r"|\b(?:between|from)\b[^,;.]*?\b(?:and|to)[\s\u00a0]+\S{0,3}"
    r"|\bbetween[\s\u00a0]+\S{0,3}"
    r"|\b(?:half|thirds?|quarters?|fraction|twice|double|triple|thrice|(?-i:times))\b"
    r"(?:[\s\u00a0]+of)?"
    r"(?:[\s\u00a0]+what(?:[\s\u00a0]+[^\W\d_]+){1,3},?|" + _READ_ACROSS + r")[\s\u00a0]+\S{0,3}"
    r"|[0-9](?:%|[\s\u00a0]*per[\s\u00a0]*cent\b)[\s\u00a0]+of"
    + _READ_ACROSS
    + r"[\s\u00a0]+\S{0,3}"
    r"|\b(?:up|down|rising|falling|rose|fell|grew|dropped|climbed)[\s\u00a0]+from"
    + _READ_ACROSS
    + r"[\s\u00a0]+\S{0,3}"
    r"|\b(?:"
    + _phrases(TOTAL_OR_MISSED_WORDS["before"])
    + r")"
    + _READ_ACROSS
    + r"[\s\u00a0]+\S{0,3})\Z",
    re.IGNORECASE,
)
# The rest of a range or of several figures after a figure ("$80-90", " to $90 million",
# " or $90 million"), or the words of a total of several after it ("$90 million together").
_RANGE_AFTER = re.compile(
    r"[\s\u00a0]*(?:[-\u2013]|\b(?:to|or)\b)[\s\u00a0]*[^\w\s]{0,3}[0-9]"
    r"|(?:[\s\u00a0]+[^\W\d]+){0,2}?,?[\s\u00a0]+(?:"
    + _phrases(TOTAL_OR_MISSED_WORDS["after"])
    + r")\b",
    re.IGNORECASE,
)
# A figure given as a rate ("$5 million a day", "per screen", "each week") or as a
# difference ("$50 million more than Chapter 3"): neither is the amount of the whole. A
# currency's name may stand between ("5 million dollars a day"); "a year ago" is no rate,
# nor "more or less" a difference.
_RATE_OR_DIFFERENCE_AFTER = re.compile(
    r"(?:[\s\u00a0]+(?:dollars?|euros?|pounds?|yen|yuan|won|rupees?|[A-Z]{3})\b)?"
    r"(?:[\s\u00a0]+(?i:per|each|every|an?)[\s\u00a0]+"
    r"(?i:day|week|weekend|month|year|night|screen|theater|theatre|location|venue|site|show"
    r"|showing|ticket|person|head|episode)s?\b(?![\s\u00a0]+(?i:ago|earlier|later|before|after))"
    r"|[\s\u00a0]+(?i:per)[\s\u00a0]+[^\W\d_]+"
    r"|[\s\u00a0]*/[\s\u00a0]*[^\W\d_]+"
    r"|[\s\u00a0]+(?i:more|less|fewer)\b(?![\s\u00a0]+(?i:or)\b)"
    r"|[\s\u00a0]+(?i:higher|lower|greater|bigger|larger|smaller)[\s\u00a0]+than\b)"
)

#: The words by a figure that make it a difference, no amount of the work's own, beside the
#: "more", "less", "fewer" and "higher than" read after any figure: "after", words just
#: after the figure ("20 minutes longer than John Wick", "20 minutes shorter", "$20 million
#: extra", "$20 million ahead of Chapter 4", "$5 million behind"), and after it a word of a
#: comparison ("over", "under", "above", "below", "short of") before one of the "against"
#: words, across up to three words of :data:`BOUND_READ_ACROSS` ("went $20 million over
#: budget", "$5 million above its projections"); "before", a margin's "by" just before the
#: figure, across those words and a bound's ("outgrossed John Wick by $20 million", "trailed
#: it by nearly $20 million", "beat projections by $5 million", "was trimmed by 20
#: minutes"), whatever the verb. The claim's note says how the figure is read.
DIFFERENCE_WORDS = {
    "after": ("longer", "shorter", "extra", "ahead of", "behind"),
    "comparison": ("over", "under", "above", "below", "short of"),
    "against": (
        "budget", "budgets", "projection", "projections", "expectation", "expectations",
        "estimate", "estimates", "forecast", "forecasts", "tracking", "target", "goal",
    ),
    "before": ("by",),
}  # fmt: skip
_DIFFERENCE_AFTER = re.compile(
    r"(?:[\s\u00a0]+(?:dollars?|euros?|pounds?|[A-Z]{3})\b)?[\s\u00a0]+(?:"
    + _as_words(DIFFERENCE_WORDS["after"])
    + "|"
    + _as_words(DIFFERENCE_WORDS["comparison"])
    + _READ_ACROSS
    + r"[\s\u00a0]+"
    + _as_words(DIFFERENCE_WORDS["against"])
    + ")"
)
_MARGIN_BEFORE = re.compile(
    _as_words(DIFFERENCE_WORDS["before"])
    + r"(?:[\s\u00a0]+(?i:"
    + _phrases(BOUND_WORDS)
    + r"))?"
    + _READ_ACROSS
    + r"[\s\u00a0]*(?:[A-Z]{0,3}["
    + re.escape(_SIGNS)
    + r"]|[A-Z]{3}[\s\u00a0])?[\s\u00a0]*\Z"
)

# A duration with "of" after it is a part of what it is of ("10 minutes of credits", "the
# first 20 minutes of the film"), no running time of the whole; a sum of money may be
# whose it is ("the $90 million of Chapter 4").
_PART_OF_AFTER = re.compile(r"[\s\u00a0]+(?i:of)\b")


#: The words by which a value's sentence says the value was changed or set first and since
#: superseded: a date, a figure or a title read with them is no value the sentence states,
#: one list for all three (:func:`_superseded_by`). By how they are read:
#: ``"verbs"``, verbs of a change (moving, cutting, raising, renaming, replacing,
#: withdrawing: "ditched", "dumped", "axed", "called off", "yanked"; losing), each in its
#: forms: "from" after one of them in the value's clause,
#: just before the value (read across the words of :data:`BOUND_READ_ACROSS` and a
#: currency's sign), gives the value changed from, in any voice ("Lionsgate has delayed
#: Ballerina from June 7, 2024", "cut the budget of Ballerina from $90 million", "was
#: delayed from", "renamed from"; the value after its "to" is the new one, no end of a
#: range); and the value one of them takes as its object after a possessive or "the"
#: ("replacing its June 7, 2024 date", "withdrew the June 7, 2024 date", "moved Ballerina
#: off its June 7, 2024 date", "cut its $90 million budget"; not after "to", "until",
#: "for", "as" or another word of where it went: "moved Ballerina to its new date"), or
#: bare after a verb of renaming ("retitled Ballerina as ...": the title it had), and a
#: date one of them takes as its object bare ("vacating June 7, 2024", "scrapped June 7,
#: 2024"; not "drops June 6, 2025" nor "falls June 6, 2025", a release), is the value
#: given up; a "from" opening the clause after a comma reads the verb in the clause before
#: ("moved Ballerina up to June 6, 2025, from June 13, 2025"); ``"cost"``, which takes it
#: so only with an object and a possessive
#: between ("The strikes cost Ballerina its June 7, 2024 date"; "cost a reported $90
#: million" is a cost; a possessive stands for "its": "ditched Ballerina's June 7, 2024
#: date"); ``"before"``, words anywhere before the value in its clause that
#: say it was the first set or an earlier plan ("originally", "initially", "at first",
#: "previously", "formerly", "first announced as", "known during production as", a
#: pluperfect plan "had been set for", "had been scheduled", a past one "was due on", and
#: a first one "was first slated for", "first scheduled", "first budgeted"; a correction's
#: "given here last week as");
#: ``"just before"``, words just before it (across the same words): "once" ("The budget,
#: once $90 million, is now $100 million"), "planned" ("past its planned $90 million") and
#: a budget's start ("Ballerina's budget started at $90 million", "began at");
#: ``"former"``, words of a former plan just before a date, or before its noun
#: "date" just before it ("Ballerina's old June 7, 2024 date", "its previous release date,
#: June 7, 2024"); ``"just after"``, "until" or "till" just after a title or figure ("was called
#: Ballerina until March"; a date's "until" ends a range, unless no figure follows it in
#: its clause: "was set for June 7, 2024 until the strikes hit"); ``"after"``, words after
#: the value in its sentence that say it changed since: "since" or "later" before a verb
#: of a change ("; it has since moved to June 6, 2025", "was later revised down to",
#: "later corrected to") and "no longer the plan"; ``"done after"``, a verb of a change
#: just after the value (or after its noun, "release date", "budget"), past or passive,
#: that says the value was dropped or changed ("Ballerina's June 7, 2024 release date was
#: pulled", "slipped", "fell through", "now belongs to", "is outdated", "is now void", "is
#: off", "Ballerina's $90 million budget was halved", "grew
#: by $20 million", "Ballerina's 120-minute running time grew to 125 minutes"), unless
#: "from" follows it (the value it came from is another); and,
#: for a credit or a filming location
#: (:func:`former_credit_or_location_superseded_or_noted`), a hand-over after "but",
#: "before", "until" or "then" ("but Unity Phelan took over", "before Unity Phelan got the
#: part", "but production moved to Budapest", "before moving to Budapest"). A clause runs
#: back to a punctuation mark, but not the comma of a date ("June 6, 2025") or of digits.
CHANGE_WORDS: dict[str, tuple[str, ...]] = {
    "verbs": (
        "delay", "delays", "delayed", "delaying", "push", "pushes", "pushed", "pushing",
        "move", "moves", "moved", "moving", "postpone", "postpones", "postponed",
        "postponing", "reschedule", "reschedules", "rescheduled", "rescheduling", "shift",
        "shifts", "shifted", "shifting", "bump", "bumps", "bumped", "bumping", "pull", "pulls",
        "pulled", "pulling", "remove", "removes", "removed", "cut", "cuts", "cutting", "slash",
        "slashes", "slashed", "slashing", "trim", "trims", "trimmed", "trimming", "reduce",
        "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering", "raise",
        "raises", "raised", "raising", "increase", "increases", "increased", "increasing",
        "boost", "boosts", "boosted", "boosting", "grow", "grows", "grew", "grown", "growing",
        "balloon", "balloons", "ballooned", "ballooning", "swell", "swells", "swelled",
        "swollen", "rise", "rises", "rose", "risen", "rising", "jump", "jumps", "jumped",
        "climb", "climbs", "climbed", "soar", "soars", "soared", "drop", "drops", "dropped",
        "dropping", "fall", "falls", "fell", "fallen", "shrink", "shrinks", "shrank",
        "shrunk", "change", "changes", "changed", "changing", "switch", "switches",
        "switched", "rename", "renames", "renamed", "renaming", "retitle", "retitles",
        "retitled", "retitling", "revise", "revises", "revised", "replace", "replaces",
        "replaced", "replacing", "retract", "retracts", "retracted", "retracting",
        "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "vacate", "vacates",
        "vacated", "vacating", "scrap", "scraps", "scrapped", "scrapping", "cancel",
        "cancels", "cancelled", "canceled", "cancelling", "canceling", "abandon", "abandons",
        "abandoned", "abandoning", "ditch", "ditches", "ditched", "lose", "loses", "lost",
        "losing", "forfeit", "forfeits", "forfeited", "gave up", "give up", "given up",
        "ditching", "dump", "dumps", "dumped", "dumping", "axe", "axes", "axed", "axing",
        "yank", "yanks", "yanked", "yanking", "nix", "nixes", "nixed", "nixing", "call off",
        "calls off", "called off", "calling off", "shelve", "shelves", "shelved", "shelving",
        "gives up", "giving up", "removing", "revising", "switching", "forfeiting", "jumping",
        "climbing", "soaring", "falling", "shrinking", "cede", "cedes", "ceded", "ceding",
        "leave", "leaves", "left", "leaving", "surrender", "surrenders", "surrendered",
        "surrendering", "relinquish", "relinquishes", "relinquished", "relinquishing",
        "blow through", "blows through", "blew through", "blown through", "blowing through",
        "overshoot", "overshoots", "overshot", "overshooting", "overrun", "overruns",
        "overran", "overrunning",
    ),
    "cost": ("cost", "costs", "costing"),
    "before": (
        "originally", "initially", "at first", "previously", "formerly", "first announced as",
        "known during production as", "had been set", "had been scheduled", "had been slated",
        "had been dated", "had been planned", "had been due", "had been expected",
        "had been targeted", "was due", "were due", "once dated", "once set", "once slated",
        "once scheduled", "at one point", "had been budgeted", "had been cast",
        "had been hired", "had been attached", "had been tapped", "first cast", "first hired",
        "first attached", "first tapped", "first signed", "first slated", "first scheduled",
        "first dated", "first set for", "first planned", "first due", "first targeted",
        "first budgeted", "given here", "given earlier", "given here earlier",
        "stated here", "stated earlier", "listed here", "listed earlier",
    ),
    "after": (
        "since", "has since", "have since", "had since", "later", "no longer the plan",
        "no longer the case", "no longer the date", "took over", "taken over", "takes over",
        "got the part", "took the part", "before moving", "production moved",
        "filming moved", "the shoot moved", "shooting moved", "before reshoots",
        "before the reshoots", "before reshooting", "prior to reshoots", "before overruns",
        "before the overruns", "before additional photography",
    ),
    "done after": (
        "pulled", "vacated", "nixed", "shelved", "slipped", "fell through", "scrapped",
        "dropped", "axed", "cancelled", "canceled", "called off", "abandoned", "ditched",
        "dumped", "yanked", "withdrawn", "delayed", "pushed", "postponed", "moved",
        "rescheduled", "shifted", "bumped", "changed", "replaced", "revised", "cut",
        "slashed", "halved", "trimmed", "reduced", "lowered", "raised", "increased",
        "boosted", "grew", "grown", "ballooned", "swelled", "rose", "risen", "jumped",
        "climbed", "soared", "doubled", "tripled", "shrank", "shrunk", "given to",
        "handed to", "taken by", "went to", "belongs to", "now belongs to", "outdated",
        "obsolete", "void", "is outdated", "is now outdated", "is obsolete", "is now obsolete",
        "is void", "is now void", "is off", "is now off", "is history", "is now history",
        "proved insufficient", "proved inadequate", "proved too small", "proved too low",
    ),
    "just before": (
        "once", "planned", "planned at", "budget started at", "budget started out at",
        "budget began at", "cost started at", "price tag started at",
    ),
    "just after": ("until", "till"),
    "first after": (
        "at first", "initially", "originally", "as first announced", "as first reported",
        "as first planned", "as initially announced", "as originally announced",
        "as originally planned",
    ),
    "former": ("previous", "old", "former", "erstwhile", "earlier", "prior", "original"),
}  # fmt: skip
#: The statuses that a value superseded (a date, a figure, a credit, a filming location)
#: may have instead of a note: ``superseded``, the value it was before the change. The
#: preference rule never prefers it over a value not superseded.
SUPERSEDED_STATUSES = frozenset({Status.SUPERSEDED})
_SUPERSEDED = "a value since changed (the one it was changed from, or first set)"
# What the words of a date superseded make it.
_SUPERSEDING = frozenset({_MOVED_FROM, _FIRST_SET, _SUPERSEDED})
# The renaming verbs, whose bare object is the title given up.
_RENAMING = ("rename", "renames", "renamed", "renaming", "retitle", "retitles", "retitled")
# What ends a clause before a value: no comma of a date ("June 6, 2025") or of digits.
_CHANGE_CLAUSE_MARK = re.compile(r"[;:()\u2013\u2014]|,(?![\s\u00a0]*[0-9])|[.!?](?=\s)")
# A currency's sign or code that may stand just before a figure's number.
_SIGN_BEFORE = r"[\s\u00a0]*(?:[A-Z]{0,3}[" + re.escape(_SIGNS) + r"]|[A-Z]{3}[\s\u00a0])?"
_CHANGE_VERB = _as_words(CHANGE_WORDS["verbs"])
_CHANGED_FROM = re.compile(_as_words(("from",)) + _READ_ACROSS + _SIGN_BEFORE + r"[\s\u00a0]*\Z")
# Words of where a value went, which may stand between a verb and its possessive.
_WHERE_IT_WENT = (
    r"to|into|onto|for|until|till|on|at|in|as|with|by|of|off|toward|towards|after|before|ahead"
    r"|than|from|past|beyond|over|above|below|under"
)
_GIVEN_UP = re.compile(
    "(?:"
    + _CHANGE_VERB
    + r"(?:[\s\u00a0]+(?!(?i:"
    + _WHERE_IT_WENT
    + r")\b)[\w'\u2019-]+){0,3}[\s\u00a0]+(?:(?i:its|the|their|his|her|this|that|off)"
    + r"|[^\W\d_][\w-]*['\u2019]s)"
    + "|"
    + _as_words(CHANGE_WORDS["cost"])
    + r"(?:[\s\u00a0]+[\w'\u2019-]+){1,3}[\s\u00a0]+(?i:its|their|his|her)"
    + "|"
    # Active: its object is the title given up ("Lionsgate renamed Ballerina"); passive or
    # a participle, its complement is the new one ("was retitled X", ", now renamed X").
    + "".join(
        rf"(?<!{word}[\s\u00a0])"
        for word in (
            "was",
            "Was",
            "were",
            "been",
            "be",
            "is",
            "are",
            "now",
            "Now",
            "officially",
            ",",
        )
    )
    + _as_words(_RENAMING)
    + ")"
    + _READ_ACROSS
    + _SIGN_BEFORE
    + r"[\s\u00a0]*\Z"
)
_FIRST_SET_BEFORE = re.compile(_as_words(CHANGE_WORDS["before"]))
# A verb of a change just before a date, its bare object ("vacating June 7, 2024"); not
# "drop" nor "fall", which say a release ("Ballerina drops June 6, 2025", "falls").
_DATE_GIVEN_UP = re.compile(
    _as_words(w for w in CHANGE_WORDS["verbs"] if not w.startswith(("drop", "fall", "fell")))
    + r"(?:[\s\u00a0]+(?i:the))?[\s\u00a0]*\Z"
)
# A clause that is only a "from" before the value: "..., from June 13, 2025".
_ONLY_FROM = re.compile(r"[\s\u00a0]*" + _as_words(("from",)) + _SIGN_BEFORE + r"[\s\u00a0]*\Z")
_ONCE_BEFORE = re.compile(
    _as_words(CHANGE_WORDS["just before"]) + _READ_ACROSS + _SIGN_BEFORE + r"[\s\u00a0]*\Z"
)
# A word of a former plan just before a date, or before its noun "date" just before it
# ("its previous release date, June 7, 2024", "Ballerina's old June 7, 2024 date").
_FORMER_DATE_BEFORE = re.compile(
    _as_words(CHANGE_WORDS["former"])
    + r"(?:[\s\u00a0]+(?i:release|opening|premiere))?(?:[\s\u00a0]+(?i:dates?),?)?"
    + _READ_ACROSS
    + r"[\s\u00a0]*\Z"
)
_ANOTHER_VALUE = re.compile(r"[0-9]|" + _as_words(("but", "now")))
#: Words that keep a value as it was planned: before a value in its clause ("Ballerina is
#: still set for its original June 7, 2024 date", "remains on track for its original June
#: 7, 2024 release", "stays on", "keeps", "sticks with"), a word of a former or first plan
#: (:data:`CHANGE_WORDS` "former", "before", "just before") says the value did not change:
#: it is the value stated, ``scheduled``, never ``superseded``.
KEEPING_WORDS = (
    "still", "remains", "remain", "remained", "stays", "stay", "stayed", "keeps", "keep",
    "kept", "sticks with", "stick with", "stuck with",
)  # fmt: skip
_KEEPING = re.compile(_as_words(KEEPING_WORDS))
_UNTIL_AFTER = re.compile(r",?[\s\u00a0]+" + _as_words(CHANGE_WORDS["just after"]))
# Any word of a change: a date's clause that holds one tells of the predicate's own plan,
# changed (:func:`_date_clause_tells_nothing`: "bumped to June 6, 2025, vacating June 7").
_ANY_CHANGE_WORD = re.compile(_as_words(itertools.chain(*CHANGE_WORDS.values())))
# A date's "until" with no figure after it in its clause: no range's end.
_UNTIL_NO_FIGURE = re.compile(r"[^;:.!?0-9]*(?:[;:.!?]|\Z)")
# "since" or "later" before a verb of a change, or "no longer the plan", after a value.
_CHANGED_SINCE_AFTER = re.compile(
    r"(?<![\w'\u2019-])(?i:(?:(?:has|have|had)[\s\u00a0]+)?since|later)"
    r"(?:[\s\u00a0]+(?i:been|was|were))?(?:[\s\u00a0]+(?i:quietly|officially|again))?"
    r"[\s\u00a0]+(?:"
    + _CHANGE_VERB
    + r"|(?i:(corrected|amended|adjusted|restated)))"
    + r"|"
    + _as_words(
        (
            "no longer the plan",
            "no longer the case",
            "no longer the date",
            *(w for w in CHANGE_WORDS["after"] if w.startswith(("before", "prior"))),
        )
    )
)
# An update or correction just after a value, that gives its replacement: "July 6, 2025
# (now July 13)", ", now July 13", "; make that July 13", "[Update: ...]", "correction:".
_REPLACED_JUST_AFTER = re.compile(
    r"[\s\u00a0]*(?:[(\[][\s\u00a0]*|[,;:\u2013\u2014][\s\u00a0]*)"
    r"(?i:(now|make[\s\u00a0]+that|update|updated|editor's[\s\u00a0]+note|correction|corrected"
    r"|pre-delay|as[\s\u00a0]+a[\s\u00a0]+placeholder|a[\s\u00a0]+date[\s\u00a0]+that"
    r"[\s\u00a0]+no[\s\u00a0]+longer[\s\u00a0]+holds))(?![\w'\u2019-])"
)
# A verb of a change just after a value or its noun, past or passive: "Ballerina's June 7,
# 2024 release date was pulled", "Ballerina's $90 million budget was later halved".
_DONE_JUST_AFTER = re.compile(
    r"(?:[\s\u00a0]+(?i:release|opening|premiere|theatrical|production))?"
    r"(?:[\s\u00a0]+(?i:dates?|slot|budget|price[\s\u00a0]+tag|figure|plan"
    # A running time's noun after a figure written as an adjective ("120-minute running
    # time grew to 125 minutes").
    r"|running[\s\u00a0]+time|run[\s\u00a0]*time|length|cut))?[\s\u00a0]+"
    r"((?:(?i:was|were|has[\s\u00a0]+been|have[\s\u00a0]+been|had[\s\u00a0]+been|got)[\s\u00a0]+)?"
    r"(?:(?i:later|since|then|quietly|eventually|ultimately|reportedly|officially)[\s\u00a0]+)?"
    + _as_words(CHANGE_WORDS["done after"])
    + r")(?![\s\u00a0]+(?i:(?:back|up|forward)[\s\u00a0]+)?from(?![\w'\u2019-]))"
)
# Words of the first set just after a value ("was $90 million at first", "$90 million, as
# first announced").
_FIRST_SET_JUST_AFTER = re.compile(
    r"(?:[\s\u00a0]+(?i:running[\s\u00a0]+time|run[\s\u00a0]*time|length|budget))?,?[\s\u00a0]*"
    + _as_words(CHANGE_WORDS["first after"])
)
# A hand-over after a credit or a filming location: "but Unity Phelan took over".
_HANDED_OVER_AFTER = re.compile(
    _as_words(("but", "before", "until", "till", "then"))
    + r"(?:[\s\u00a0]+[\w'\u2019.-]+){0,4}?[\s\u00a0]+"
    + _as_words(
        (
            *(w for w in CHANGE_WORDS["after"] if w not in ("since", "later")),
            "moved",
            "moving",
            "replaced",
            "stepped in",
        )
    )
)


def _superseded_by(
    sentence: str, start: int, end: int, *, date: bool = False, title: bool = False
) -> tuple[str, str] | None:
    """The words of :data:`CHANGE_WORDS` by the value written at ``start`` to ``end`` of
    ``sentence`` that make it a value since changed, and where they stand ("before", "just
    before", "just after"); or ``None``. ``date`` where the value is a date, whose "until"
    ends a range; ``title`` where it is a title, which the "done after" verbs leave to the
    title kind's words ("Dance of Death was dropped")."""
    before = sentence[:start]
    marks = [found.end() for found in _CHANGE_CLAUSE_MARK.finditer(before)]
    clause = before[marks[-1] if marks else 0 :]
    changed = _change_from(clause) or _change_from_the_clause_before(before, marks)
    if changed is not None:
        return changed, "before"
    # A bound's words just before it ("less than its planned $90 million") say how it
    # compares, the bound rule's to read.
    bounded = _BOUND_BEFORE.search(clause) is not None
    if not bounded and (given_up := _given_up(clause, date=date)) is not None:
        return given_up
    # A date's former plan just before it: "its previous release date, June 7, 2024".
    once = _ONCE_BEFORE.search(clause) or (_FORMER_DATE_BEFORE.search(before) if date else None)
    kept = _KEEPING.search(clause) is not None  # "still set for its original June 7, 2024"
    if not bounded and once is not None and not kept:
        return once[1].casefold(), "just before"
    # Another value, a "but" or a "now" between them and the value ends their reach: "was
    # originally set for June 7, 2024 but now opens June 6, 2025" states June 6, 2025.
    if not kept and (first_set := list(_FIRST_SET_BEFORE.finditer(clause))):
        between = clause[first_set[-1].end() :]
        if not _ANOTHER_VALUE.search(between):
            return " ".join(first_set[-1][1].casefold().split()), "before"
    return _changed_after(sentence, end, date=date, title=title)


def _given_up(clause: str, *, date: bool) -> tuple[str, str] | None:
    """The verb of a change that takes the value ending ``clause`` as its object, after a
    possessive or "the" ("replacing its"), or bare where it is a date ("vacating"), and
    where it stands; or ``None``."""
    if (found := _GIVEN_UP.search(clause)) is not None:
        return " ".join((found[1] or found[2] or found[3]).split()), "before"
    if date and (found := _DATE_GIVEN_UP.search(clause)) is not None:
        return found[1].casefold(), "just before"
    return None


def _change_from_the_clause_before(before: str, marks: Sequence[int]) -> str | None:
    """The verb of a change and its "from" where the value's clause is only that "from"
    after a comma and the clause before it holds the verb ("moved Ballerina up to June 6,
    2025, from"): "moved from"; or ``None``."""
    if not marks or before[marks[-1] - 1] != "," or not _ONLY_FROM.match(before, marks[-1]):
        return None
    clause = before[marks[-2] if len(marks) > 1 else 0 : marks[-1] - 1]
    verbs = list(re.finditer(_CHANGE_VERB, clause))
    return f"{verbs[-1][1].casefold()} from" if verbs else None


def _changed_after(
    sentence: str, end: int, *, date: bool, title: bool = False
) -> tuple[str, str] | None:
    """The words of :data:`CHANGE_WORDS` after a value ending at ``end`` that make it a
    value since changed ("until", "; it has since moved to", "was later revised down to"),
    and where they stand; or ``None``."""
    if (found := _UNTIL_AFTER.match(sentence, end)) is not None and (
        not date or _UNTIL_NO_FIGURE.match(sentence, found.end())
    ):
        return found[1].casefold(), "just after"
    if (found := _CHANGED_SINCE_AFTER.search(sentence, end)) is not None:
        return " ".join(found[0].casefold().split()), "after"
    if (found := _REPLACED_JUST_AFTER.match(sentence, end)) is not None:
        return " ".join(found[1].casefold().split()), "just after"
    if not title and (found := _FIRST_SET_JUST_AFTER.match(sentence, end)) is not None:
        return " ".join(found[1].casefold().split()), "just after"
    if not title and (found := _DONE_JUST_AFTER.match(sentence, end)) is not None:
        return " ".join(found[1].casefold().split()), "after"
    return None


def _date_superseded(claim: Claim, catalog: Catalog) -> bool:
    """Whether the claim's date is one its sentence says was changed since
    (:func:`_superseded_by`) wherever its quote writes it."""
    if not isinstance(claim.value, DateValue):
        return False
    read, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    places = [
        each
        for each in _written_dates(read)
        if each.start >= quote_start and each.end <= quote_end and _writes(each, claim.value.date)
    ]
    return bool(places) and all(
        _superseded_by(read, each.start, each.end, date=True) for each in places
    )


def _until_superseded(
    sentence: str, start: int, end: int, bound: tuple[str, str] | None
) -> tuple[str, str] | None:
    """The "until" just after a date (``bound``, its bound's words, if any) that no figure
    follows in its clause, which makes the date one changed since; or ``None``."""
    if bound is not None and bound[0].casefold() not in CHANGE_WORDS["just after"]:
        return None  # most dates: another bound's word, or none
    found = _superseded_by(sentence, start, end, date=True)
    if found is None or found[1] != "just after" or found[0] not in CHANGE_WORDS["just after"]:
        return None
    # The words to the clause's end ("until the strikes hit"): no bound's word.
    clause = _UNTIL_NO_FIGURE.match(sentence, end)
    words = sentence[end : clause.end() if clause else None].strip(" ,;:.!?\u00a0")
    return " ".join(words.casefold().split()), "just after"


# A plan its sentence goes on to say was not kept: "Ballerina was dated for June 7, 2024,
# but arrived a year later", "..., but opened in 2025 instead".
_HAPPENED_OTHERWISE_AFTER = re.compile(
    r"[,;\s\u00a0\u2013\u2014-]*"
    + _as_words(("but", "yet", "then", "only to"))
    + r"(?:[\s\u00a0]+[\w'\u2019.,-]+){0,8}?[\s\u00a0]+"
    + _as_words(
        (
            "later", "instead", "earlier", "a year later", "months later", "weeks later",
            "was delayed", "was pushed", "was moved", "was postponed", "be delayed",
            "be pushed", "be moved", "be postponed", "never happened",
            "fell through", "did not happen", "didn't happen",
        )
    )
)  # fmt: skip


def _value_superseded(claim: Claim, catalog: Catalog) -> bool:
    """Whether the claim's sentence says its value was changed since: a date
    (:func:`_date_superseded`), a figure, a credit or a filming location
    (:func:`_credit_or_location_superseded`)."""
    if isinstance(claim.value, DateValue):
        read, _, quote_end = _quote_in_its_sentence(claim, catalog)
        return _date_superseded(claim, catalog) or bool(
            _HAPPENED_OTHERWISE_AFTER.match(read, quote_end)
        )
    if isinstance(claim.value, Quantity):
        span = _where_figure_written(claim.value, claim.evidence.quote)
        if span is None:
            return False
        read, quote_start, _ = _quote_in_its_sentence(claim, catalog)
        return _superseded_by(read, span[0] + quote_start, span[1] + quote_start) is not None
    return (
        _credit_or_location_superseded(claim, catalog) is not None
        or _job_given_to_another(claim, catalog) is not None
        or _production_status_superseded(claim, catalog) is not None
    )


def _change_from(clause: str) -> str | None:
    """The words from a verb of a change to the "from" that ends ``clause`` (read across
    the words of :data:`BOUND_READ_ACROSS`): "delayed Ballerina from"; or ``None``."""
    found = _CHANGED_FROM.search(clause)
    if found is None:
        return None
    verbs = list(re.finditer(_CHANGE_VERB, clause[: found.start()]))
    return " ".join(clause[verbs[-1].start() : found.end(1)].split()) if verbs else None


def _changed_from(text: str, at: int) -> bool:
    """Whether the value written at ``at`` of ``text`` is the one a change is from ("delayed
    Ballerina from June 7, 2024"): its "from" opens no range, and a "to" after it joins
    none."""
    before = text[:at]
    marks = [found.end() for found in _CHANGE_CLAUSE_MARK.finditer(before)]
    return _change_from(before[marks[-1] if marks else 0 :]) is not None


# A report noun's "that" before a value ("Whispers that", "reports that"), and the
# comparatives after a change word that make it the report's ("grew louder", "grew stronger").
_REPORT_THAT_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:" + _phrases(REPORT_NOUNS) + r")[\s\u00a0]+(?i:that)(?![\w'\u2019-])"
)
_REPORT_COMPARATIVE_AFTER = re.compile(
    r"[\s\u00a0]+(?:(?i:ever|even|much|still)[\s\u00a0]+)?(?i:louder|stronger|quieter|weaker"
    r"|fainter|wider|more|less)(?![\w'\u2019-])"
)


def _report_changes_after(sentence: str, start: int, end: int) -> bool:
    """Whether the change word just after a value (written at ``start`` to ``end`` of
    ``sentence``) is said of a report noun whose "that" holds the value, not of the value:
    "Whispers that Ballerina cost $90 million grew louder" (the whispers grew; their hearsay
    is the status rule's to read)."""
    done = _DONE_JUST_AFTER.match(sentence, end)
    return (
        done is not None
        and _REPORT_THAT_BEFORE.search(sentence, 0, start) is not None
        and _REPORT_COMPARATIVE_AFTER.match(sentence, done.end()) is not None
    )


def bound_read_from_its_quote_or_noted(
    claim: Claim, catalog: Catalog | None = None
) -> list[Breach]:
    """A figure's bound is the one the words just before it in its quote give
    (:data:`BOUND_WORDS`: "over $400 million" is ``at_least``, "nearly two hours"
    ``at_most``, "about $90 million" ``about``; across a determiner or an adjective too:
    "more than a reported $90 million"), or else the words just after it
    (:data:`BOUND_WORDS_AFTER`: "$400 million or more", "two hours or so", "$12 million and
    change", "$12 million odd"), or an "odd" between its number and its scale word ("$12-odd
    million" is ``at_least``); with none of
    them, ``exact``; or the claim's note says why it is another. A figure that is one end
    of a range ("$80-90 million", "$80 million to $90 million", "between ... and ..."), one
    of several ("120 or 130 minutes"), a share or a multiple of another ("half of its $90
    million budget", "twice its", "10% of"), a rate ("$5 million a day", "per screen") or
    a difference ("$50 million more than ...", "up from $60 million", "20 minutes longer",
    "outgrossed John Wick by $20 million": :data:`DIFFERENCE_WORDS`), or a duration of a
    part ("10 minutes of credits": "of" after a duration) is no amount of its
    own, and has a note whatever its bound; so has a figure its sentence says was changed
    since (:data:`CHANGE_WORDS`: "cut the budget of Ballerina from $90 million",
    "originally $90 million", "once $90 million, is now", "had been budgeted at", "was
    later revised down to"), or the status ``superseded``, though the figure a change goes
    to ("from $90 million to $80 million") is the amount stated, no end of a range. The
    words by the figure are read past the quote's ends, in its :func:`lead_in` and
    :func:`lead_out`, as in the quote: "$90 million" after "The film cost over " is
    ``at_least``, "The film cost $90 million"
    before " or more" too, and before " to $100 million" or " a day" is no amount of its
    own. A figure its quote does not write is
    :func:`quantity_written_by_its_quote_or_noted`'s."""
    if not isinstance(claim.value, Quantity) or claim.note:
        return []
    quote = claim.evidence.quote
    span = _where_figure_written(claim.value, quote)
    if span is None:
        return []
    # The words by the figure run on past the quote's ends, to its sentence's.
    lead = lead_in(claim, catalog)
    quote = lead + quote + lead_out(claim, catalog)
    span = (span[0] + len(lead), span[1] + len(lead))
    duration = claim.value.unit.strip().casefold() in TIME_UNITS
    superseded = _superseded_by(quote, span[0], span[1])
    if superseded is not None and not _report_changes_after(quote, span[0], span[1]):
        words, where = superseded
        message = (
            f"the quote's sentence writes {words!r} {where} the figure, which makes it"
            f" {_SUPERSEDED}, not an amount it states: give it the status 'superseded' or say"
            " in a note how the value is read"
        )
        # The amount it was before the change, where its status says so.
        superseded_status = claim.qualifiers.status in SUPERSEDED_STATUSES
        return [] if superseded_status else [Breach("figure bound", "value.amount", message)]
    range_before = _RANGE_OR_SHARE_BEFORE.search(quote[: span[0]])
    if (
        range_before is not None
        and range_before[0][:4].casefold() == "from"
        and _changed_from(quote, range_before.start() + 4)
    ):
        range_before = None  # "cut from $90 million to $80 million": the new figure
    part = (
        range_before
        or _MARGIN_BEFORE.search(quote[: span[0]])
        or _RANGE_AFTER.match(quote, span[1])
        or _RATE_OR_DIFFERENCE_AFTER.match(quote, span[1])
        or _DIFFERENCE_AFTER.match(quote, span[1])
        or (_PART_OF_AFTER.match(quote, span[1]) if duration else None)
    )
    if part is not None:
        start = min(part.start(), span[0])
        while start and not quote[start - 1].isspace():  # the range's first number whole
            start -= 1
        written = " ".join(quote[start : max(part.end(), span[1])].split())
        message = (
            f"the quote gives the figure as one end of a range, one of several, a share of"
            f" another, a total of several, a target missed, a rate or a difference"
            f" ({written!r}), not as an amount of its own: say"
            " in a note how the value is read"
        )
        return [Breach("figure bound", "value.amount", message)]
    before = _BOUND_BEFORE.search(quote[: span[0]])
    after = _BOUND_AFTER.match(quote, span[1])
    if before is not None:
        word, where = " ".join((before[1] or before[2]).casefold().split()), "before"
        read = BOUND_WORDS[word]
    elif after is not None:
        said_after = after[1] or after[2] or after[3] or after[4] or after[5]
        word, where = " ".join(said_after.casefold().split()), "after"
        read = BOUND_WORDS_AFTER[word]
    elif (inside := _ODD_INSIDE.search(quote, span[0], span[1])) is not None:
        word, where = inside[1].casefold(), "within"
        read = BOUND_WORDS_AFTER[word]
    else:
        word, where, read = None, "", Bound.EXACT
    if read is claim.value.bound:
        return []
    said = (
        "no word before or after the figure that bounds it"
        if word is None
        else f"{word!r} {where} the figure"
    )
    message = (
        f"the quote writes {said}, which gives the bound {read.value!r}, not"
        f" {claim.value.bound.value!r}: give that bound, or say in a note why"
    )
    return [Breach("figure bound", "value.bound", message)]


# The holidays the trade reports one day's takings by, besides :data:`HOLIDAYS`.
_TAKINGS_HOLIDAYS = (
    "father's day", "mother's day", "juneteenth", "easter", "easter sunday",
    "presidents day", "presidents' day", "martin luther king day", "mlk day", "veterans day",
    "columbus day", "good friday",
)  # fmt: skip
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: The words by a box-office figure that make it the takings of a part of the run, not the
#: running total ``box_office`` is, read in the figure's sentence between the figures before
#: and after it. "opening": the takings up to the opening ("opened to $25 million",
#: "debuted with", "in its opening weekend", "first weekend", "on its opening day", "from
#: Thursday previews"), the total only as of then: the claim gives when, the ``date``
#: qualifier, or a later weekend's article would state it as the latest total. "later": a
#: later weekend's, week's or day's takings ("in its third weekend", "in its second week",
#: "this weekend", "on Saturday", a weekday alone: "grossed $5 million Monday", "its Friday
#: haul", "between Monday and Thursday", but "Thursday previews", which are the opening's; a
#: holiday: "on Father's Day"; "during the week", "in one day"), no total at all: the catalog
#: holds no such figure; but the period an opening's verb takes the figure in is the
#: opening's ("opened to $24.5 million this weekend"), not by its ordinal. The
#: verbs of the opening are read only just before the figure (across up to two words: "opened
#: to an estimated $25 million"), or before it across up to eight words of the verb's own
#: clause before its "to" or "with" ("debuted at number one with $25 million", "opened on
#: 3,400 screens with"), the periods anywhere between the figures by it ("in its
#: first three days" too), and the nouns of an opening ("opening after": "a $25 million
#: opening", "eyes a $40 million domestic debut") just after the figure, with at most two
#: words between. "added": takings added to a total ("added $10 million", "brought in
#: another $10 million", "an additional $10 million"), read just before the figure (across
#: up to two words), no total either. "target": a figure the work needs, no takings ("needs
#: to gross $200 million to break even", "its break-even point is $200 million", "needs
#: $100 million"), and "forecast": one it is forecast to make ("is tracking for $40
#: million", "eyes", "on pace for") or moves toward or aims at ("is heading for", "headed
#: toward", "bound for", "en route to", "chasing", "within reach of", "trending toward",
#: "gunning for"; every form of each verb), each read anywhere between the figures by it:
#: a note says how the figure is read, and a forecast may have a status instead.
PART_OF_RUN_WORDS = {
    "opening": (
        *("opened to", "opened with", "opening to", "opening with", "opens to", "opens with"),
        *("debuted to", "debuted with", "debuting to", "debuting with", "debuts to"),
        *("debuts with", "bowed to", "bowed with", "bowing to", "bowing with"),
        *("launched to", "launched with", "launches with", "kicked off with", "kicks off with"),
        *(
            f"{first} {period}"
            for first in ("opening", "first", "debut", "launch")
            for period in ("weekend", "week", "day", "night", "frame")
        ),
        *(
            f"first {count} {period}s"
            for count in ("two", "three", "four", "five", "six", "seven", "few", "several")
            for period in ("day", "week", "weekend")
        ),
        *("preview", "previews"),
    ),
    "opening after": ("opening", "debut", "bow", "launch", "opener", "start"),
    "added": ("added", "adds", "add", "adding", "another", "additional", "further", "extra"),
    "target": (
        "break even",
        "break-even",
        "breakeven",
        "needs to",
        "need to",
        "needed to",
        "must",
        "to turn a profit",
        "to be profitable",
        "target",
        "goal",
        # A figure the work needs is no takings: "Ballerina needs $100 million".
        *("needs", "need", "needed", "needing", "requires", "require", "required"),
        "requiring",
    ),
    "forecast": (
        "tracking",
        "tracks",
        "tracked",
        "eyes",
        "eyeing",
        "eyed",
        "on pace for",
        "on track for",
        "on course for",
        "projected",
        "projects",
        "projection",
        "projections",
        "forecast",
        "forecasts",
        "forecasted",
        "predicted",
        "predicts",
        "prediction",
        "predictions",
        # A figure the work moves toward or aims at: "is heading for $100 million", "bound
        # for", "within reach of", "gunning for".
        *(
            f"{verb} {to}"
            for verb in ("head", "heads", "heading", "headed", "trend", "trends", "trending")
            for to in ("for", "toward", "towards")
        ),
        *("trended toward", "trended towards", "bound for", "en route to", "on its way to"),
        *("on the way to", "on course to", "within reach of", "within striking distance of"),
        *("in reach of", "in striking distance of", "chase", "chases", "chasing", "chased"),
        *("gun for", "guns for", "gunning for", "gunned for", "aims for", "aiming for"),
        *("aimed for", "aiming at", "angling for", "angles for", "setting its sights on"),
        *("sets its sights on", "set its sights on", "looking at", "looks at"),
    ),
    "later": (
        *(
            f"{nth} {period}"
            for nth in (*_ORDINALS, "sophomore", "latest")
            for period in ("weekend", "week", "day", "frame")
        ),
        *("this weekend", "last weekend", "the weekend", "weekend's", "this week", "last week"),
        # One frame's takings: "grossed $9.4 million this frame".
        *("this frame", "last frame", "the frame", "frame's", "that frame"),
        *(f"on {day}" for day in WEEKDAYS),
        # A weekday alone ("grossed $5 million Monday", "its Friday haul", "between Monday
        # and Thursday"), a holiday ("on Father's Day"), one day or week ("in one day").
        *(f"{day}{s}" for day in WEEKDAYS for s in ("", "'s", "\u2019s")),
        *(
            f"{holiday}{s}".replace("'", mark)
            for holiday in (*HOLIDAYS, *_TAKINGS_HOLIDAYS)
            for s in ("", "'s")
            for mark in ("'", "\u2019")
        ),
        *(
            f"{span} {period}"
            for span in ("in one", "in a", "in a single", "in just one", "during the")
            for period in ("day", "week")
        ),
        *("over the week", "for the week", "in the week", "that day", "the same day"),
        *("single-day", "one-day", "daily", "midweek", "weekday", "weekdays"),
    ),
}
_VERBS_OF_OPENING = tuple(
    w for w in PART_OF_RUN_WORDS["opening"] if w.split()[-1] in ("to", "with")
)
_OPENING_JUST_AFTER = re.compile(
    r"(?:[\s\u00a0-]+[^\W\d_]+){0,2}?[\s\u00a0-]+" + _as_words(PART_OF_RUN_WORDS["opening after"])
)
_ADDED_JUST_BEFORE = re.compile(
    _as_words(PART_OF_RUN_WORDS["added"]) + r"(?:[\s\u00a0]+[^\W\d_]+){0,2}[\s\u00a0]*\S{0,3}\Z"
)
_TARGET = re.compile(_as_words(PART_OF_RUN_WORDS["target"]))
_FORECAST = re.compile(_as_words(PART_OF_RUN_WORDS["forecast"]))
_OPENING_JUST_BEFORE = re.compile(
    _as_words(_VERBS_OF_OPENING) + r"(?:[\s\u00a0]+[^\W\d_]+){0,2}[\s\u00a0]*\S{0,3}\Z"
)
# A verb of the opening with up to eight words of its clause before its "to" or "with" (a
# figure with its thousands' commas among them: "opened on 3,400 screens with").
_OPENING_ACROSS_BEFORE = re.compile(
    r"(?P<words>"
    + _as_words({verb.rsplit(" ", 1)[0] for verb in _VERBS_OF_OPENING})
    + r"(?:[\s\u00a0]+(?:[^\s\u00a0,;:()\u2013\u2014]|,(?=[0-9]{3}))+){0,8}?"
    + r"[\s\u00a0]+(?i:to|with))(?:[\s\u00a0]+[^\W\d_]+){0,2}[\s\u00a0]*\S{0,3}\Z"
)
# What ends the clause of a verb of the opening before the figure: as _FIGURES_BREAK, but
# no comma of a figure's thousands.
_OPENING_CLAUSE_BREAK = re.compile(r"[;:\u2013\u2014(]|,(?![0-9]{3})|\b(?:and|but|while|whereas)\b")
_OPENING_PERIOD = re.compile(
    _as_words(w for w in PART_OF_RUN_WORDS["opening"] if w not in _VERBS_OF_OPENING)
)
_LATER_PERIOD = re.compile(_as_words(PART_OF_RUN_WORDS["later"]))
# The words before a period that make the figure a total up to its end, not its takings
# ("$100 million after its second weekend", "through its first week", "by Sunday").
_TOTAL_UP_TO = re.compile(
    r"(?<![\w'\u2019-])(?i:after|through|thru|by|following|into|since|including)"
    r"(?:[\s\u00a0]+(?i:its|the|their|this|last))?[\s\u00a0]+\Z"
)


#: The words before a figure in its clause that give it as the running total, reached on a
#: day or weekend the sentence names ("crossed $150 million worldwide on Sunday", "The
#: weekend brings its worldwide total to $58 million"): they win over a period's words.
RUNNING_TOTAL_WORDS = (
    "total", "totals", "cume", "cumes", "cumulative", "tally", "running total", "crossed",
    "crosses", "passed", "passes", "topped", "tops", "surpassed", "surpasses", "brings",
    "brought", "bringing", "pushes", "pushed", "pushing", "lifts", "lifted", "lifting",
)  # fmt: skip
_RUNNING_TOTAL_BEFORE = re.compile(_as_words(RUNNING_TOTAL_WORDS))
# A period's own total is its takings: "its second weekend total", "Sunday's tally".
_PERIODS_OWN = re.compile(
    r"(?i:weekend|week|day|frame|" + "|".join(WEEKDAYS) + r")(?:'s|\u2019s)?[\s\u00a0-]+\Z"
)


def _running_total_before(words: str) -> bool:
    """Whether ``words``, before a figure in its clause, give it as the running total
    (:data:`RUNNING_TOTAL_WORDS`), not as a period's own total ("weekend total")."""
    return any(
        _PERIODS_OWN.search(words, 0, found.start()) is None
        for found in _RUNNING_TOTAL_BEFORE.finditer(words)
    )


# A weekday's previews, the takings up to the opening: "$25 million from Thursday previews".
_PREVIEWS_JUST_AFTER = re.compile(r"[\s\u00a0]+(?:(?i:night)[\s\u00a0]+)?(?i:previews?)\b")


def _period_named(period: re.Pattern[str], near: str) -> str | None:
    """The first words of ``period`` in ``near`` that no "after", "through" or "by" makes
    the end of a total ("after its second weekend")."""
    for found in period.finditer(near):
        words = found[1]
        if _PREVIEWS_JUST_AFTER.match(near, found.end()):
            continue  # "Thursday previews" are the opening's
        if words.casefold().startswith("on "):  # "by Sunday", not "on Sunday"
            return words
        if _TOTAL_UP_TO.search(near, 0, found.start()) is None:
            return words
    return None


# What parts the words between two figures of a sentence: a mark of a clause's end, or a
# word that joins two clauses.
_FIGURES_BREAK = re.compile(r"[;:\u2013\u2014(]|\b(?:and|but|while|whereas)\b|" + _CLAUSE_COMMA)


def _opening_across(sentence: str, start: int) -> str | None:
    """The words of a verb of the opening up to the figure at ``start`` of ``sentence``, in
    the figure's clause with words between the verb and its "to" or "with" ("debuted at
    number one with"); else ``None``."""
    breaks = list(_OPENING_CLAUSE_BREAK.finditer(sentence, 0, start))
    found = _OPENING_ACROSS_BEFORE.search(sentence, breaks[-1].end() if breaks else 0, start)
    return None if found is None else found["words"]


def box_office_a_running_total(claim: Claim, catalog: Catalog | None = None) -> list[Breach]:
    """A ``box_office`` figure is the running total: one its sentence gives as a later
    weekend's, week's or day's takings (:data:`PART_OF_RUN_WORDS` "later": "in its third
    weekend, Ballerina earned $25 million", "grossed $5 million Monday", "on Father's Day",
    "in one day") is refused, a note or not, as no total, unless
    the words before it give it as the total reached then (:data:`RUNNING_TOTAL_WORDS`:
    "crossed $150 million on Sunday"); one it
    gives as the takings up to the opening (:data:`PART_OF_RUN_WORDS` "opening": "opened to
    $25 million in its first weekend") is a total as of the opening only, and needs the
    ``date`` qualifier saying when, so that no later article's report of the opening stands
    as the latest total ("a $25 million opening" too: "opening after"). One it gives as
    takings added ("added": "brought in another $10 million") is refused as no total; one
    it gives as a target or a forecast ("target": "needs to gross $200 million to break
    even"; "forecast": "is tracking for $40 million") is no takings made, and has a note
    saying how it is read, or, a forecast, a status. The words are read in the figure's
    sentence (its :func:`lead_in` and :func:`lead_out` too), between the figure before it
    and the one after it, but for the words just after another figure up to a clause's
    break, and from a break on to the next figure: that figure's."""
    if (
        claim.predicate.value != "box_office"
        or not isinstance(claim.value, Quantity)
        or claim.value.unit.strip().casefold() in TIME_UNITS
    ):
        return []
    span = _where_figure_written(claim.value, claim.evidence.quote)
    if span is None:
        return []
    lead = lead_in(claim, catalog)
    sentence = lead + claim.evidence.quote + lead_out(claim, catalog)
    start, end = span[0] + len(lead), span[1] + len(lead)
    figures = [at for _, at in written_figures(sentence, durations=False)]
    before = max((at[1] for at in figures if at[1] <= start), default=0)
    after = min((at[0] for at in figures if at[0] >= end), default=len(sentence))
    # The words just after another figure, to a clause's break, are that figure's ("$25
    # million in its opening weekend and has now made $58 million"), as are those from a
    # break on to the next figure ("$58 million, up from a $25 million opening").
    if before and (broken := _FIGURES_BREAK.search(sentence, before, start)):
        before = broken.end()
    if after < len(sentence) and (broken := _FIGURES_BREAK.search(sentence, end, after)):
        after = broken.start()
    near = sentence[before:start] + " " + sentence[end:after]
    later = _period_named(_LATER_PERIOD, near)
    # A total reached on the day or weekend is the running total ("crossed ... on Sunday").
    if later is not None and _running_total_before(sentence[before:start]):
        later = None
    # The period an opening's verb takes the figure in is the opening's ("opened to $24.5
    # million this weekend", "debuted with $10 million on Friday"), a total as of then: the
    # date qualifier below; but never a later one by its ordinal ("in its second weekend").
    verb = _OPENING_JUST_BEFORE.search(sentence[before:start])
    opened = verb[1] if verb is not None else _opening_across(sentence, start)
    if (
        later is not None
        and opened is not None
        and not any(word in _ORDINALS for word in later.casefold().split())
    ):
        later = None
    # Takings added to a total ("added $10 million", "another $10 million") are none either.
    added = _ADDED_JUST_BEFORE.search(sentence[before:start])
    what = f"one period's takings ({later!r})" if later is not None else None
    what = f"takings added ({added[1]!r})" if what is None and added is not None else what
    if what is not None:
        message = (
            f"the sentence gives the figure as {what}, not the running total box_office is:"
            " claim a total the text gives (an opening's takings, after 'opened to' or"
            " 'debuted with', pass with the date qualifier)"
        )
        return [Breach("part of the run", "value.amount", message)]
    if breach := _target_or_forecast(claim, near):
        return breach
    opening = opened if opened is not None else _period_named(_OPENING_PERIOD, near)
    noun = _OPENING_JUST_AFTER.match(sentence, end, after)
    if opening is None and noun and not _TOTAL_UP_TO.search(sentence, end, noun.start(1)):
        opening = noun[1]  # "a $25 million opening", not "$100 million since its opening"
    if opening is None or claim.qualifiers.date is not None:
        return []
    message = (
        f"the sentence gives the figure as the takings up to the opening ({opening!r}),"
        " a total as of then only: give the date qualifier saying when (and in a note how it"
        " is known)"
    )
    return [Breach("part of the run", "qualifiers.date", message)]


#: The parts and other things of a work whose running time is not the work's: a duration
#: its clause gives of one of them is no ``duration`` of the work ("The trailer for Ballerina
#: runs 2 minutes", "Ballerina's director's cut runs 150 minutes", "Ballerina's opening fight
#: lasts 20 minutes", "a 20-minute fight scene"). They are read in the figure's clause
#: before it (back to a comma, a semicolon, a colon, a bracket, a dash, a word of
#: :data:`CLAUSE_BREAK_WORDS` or the figure before it) and just after it, with at most two
#: words between; the claim's note says how the figure is the work's.
OTHER_PARTS = (
    "trailer", "trailers", "teaser", "teasers", "clip", "clips", "footage", "featurette",
    "featurettes", "scene", "scenes", "sequence", "sequences", "fight", "fights", "set piece",
    "set-piece", "prologue", "epilogue", "finale", "credits", "montage", "director's cut",
    "director\u2019s cut", "directors cut", "extended cut", "extended edition",
    "extended version", "unrated cut", "rough cut", "first cut", "assembly cut", "workprint",
    "one-take", "one take", "single take", "single-take", "long take", "long takes", "oner",
    "oners", "tracking shot", "tracking shots", "opening shot", "closing shot", "final shot",
)  # fmt: skip
_OTHER_PART = re.compile(_as_words(OTHER_PARTS))
#: The words that, just before a word of :data:`OTHER_PARTS` (with "the" or "its" between
#: at most), count that part into the figure: "runs 125 minutes including credits" is the
#: work's whole running time, no running time of its credits. "excluding", "without" or
#: "plus" leave the part out of the figure, a running time of some other measure: refused.
INCLUDED_PART_WORDS = ("including", "includes", "counting", "inclusive of", "with")
_PART_INCLUDED = re.compile(
    _as_words(INCLUDED_PART_WORDS) + r"[\s\u00a0]+(?:(?i:the|its)[\s\u00a0]+)?\Z"
)
_OTHER_PART_JUST_AFTER = re.compile(
    r"(?:[\s\u00a0-]+[^\W\d_]+){0,2}?[\s\u00a0-]+" + _as_words(OTHER_PARTS)
)
#: The other spends and sums of money, by the predicate they are no figure of: an amount
#: its clause gives of one of them is no ``cost`` (the production budget) or ``box_office``
#: (the takings) of the work ("Ballerina's marketing budget is $50 million", "Ana de Armas
#: was paid $10 million for Ballerina", "spent $10 million on reshoots", "needs $200
#: million to break even", "Ballerina lost $20 million"; for ``box_office``, home media's
#: revenue, "$20 million in home-video sales", "digital sales", "DVD and Blu-ray revenue",
#: and tickets sold ahead, "presales", "advance ticket sales"). They are read in the whole of the
#: figure's clause, before it and after it (its bounds as for :data:`OTHER_PARTS`); the
#: claim's note says how the figure is the work's.
OTHER_SUMS: Mapping[str, tuple[str, ...]] = {
    "cost": (
        "marketing", "promotion", "promotional", "promotions", "advertising", "advert",
        "adverts", "advertisement", "advertisements", "ads", "P&A", "prints and advertising",
        "publicity", "campaign", "salary", "salaries", "paid", "pay", "payday", "paycheck",
        "paycheque", "fee", "fees", "wage", "wages", "earned", "earns", "reshoot", "reshoots",
        "reshooting", "reshot", "additional photography", "scene", "scenes", "sequence",
        "sequences", "visual effects", "VFX", "effects", "stunt", "stunts", "loss", "losses",
        "lost", "lose", "loses", "profit", "profits", "break even", "break-even", "breakeven",
        "breaks even", "broke even", "overrun", "overruns", "over budget", "over-budget",
    ),
    "box_office": (
        "loss", "losses", "lost", "lose", "loses", "profit", "profits", "profited",
        "break even", "break-even", "breakeven", "breaks even", "broke even", "marketing",
        "advertising", "paid", "salary", "fee", "fees", "spent", "spend", "spending",
        # Home media's revenue is no takings in theaters: "$20 million in home-video sales",
        # "digital sales", "DVD and Blu-ray revenue".
        "home video", "home-video", "home entertainment", "home-entertainment", "home media",
        "digital sales", "digital revenue", "digital", "VOD", "PVOD", "video on demand",
        "on demand", "on-demand", "DVD", "DVDs", "Blu-ray", "Blu-rays", "disc sales",
        "physical sales", "streaming", "rentals",
        # Tickets sold ahead are no takings yet: "presales", "advance ticket sales".
        "presales", "presale", "pre-sales", "pre-sale", "advance ticket sales",
        "advance sales", "advance tickets", "advance bookings", "pre-sold", "presold",
    ),
}  # fmt: skip
_OTHER_SUM = {predicate: re.compile(_as_words(words)) for predicate, words in OTHER_SUMS.items()}
# Words just before another sum that leave it out of the figure: "cost $90 million to
# produce before marketing", "excluding marketing", "not counting marketing".
_SUM_LEFT_OUT_BEFORE = re.compile(
    _as_words(
        (
            "before", "excluding", "not counting", "not including", "minus", "without",
            "exclusive of", "net of", "apart from", "except", "except for", "less",
        )
    )
    + r"(?:[\s\u00a0]+[\w'\u2019-]+){0,2}?[\s\u00a0]*\Z"
)  # fmt: skip
#: The words that bind an amount of money to ``box_office`` (the takings) or ``cost`` (the
#: production budget), as the director's and the dates' own words bind theirs: a figure's
#: nearest word of either in its clause (its bounds as for :data:`OTHER_SUMS`) is its
#: predicate ("grossed $58 million worldwide against a $90 million budget": the 58 million
#: is takings, the 90 million the budget; "Made for $90 million" and "had a $90 million
#: budget" are a budget, "has grossed $58 million" takings). "neither" gives a sum of
#: neither predicate wherever it stands in the clause: a sum needed or won, an average per
#: theater, the price of a copy or a rental ("needed $200 million in ticket sales", "won a
#: $200 million lawsuit", "a $17,000 per-theater average", "costs $19.99 to rent", "The
#: Ballerina 4K Blu-ray costs $29.99"); so does "for" just after a figure of takings ("Ana de
#: Armas earned $10 million for Ballerina": a payment). A figure with none of these words
#: is refused too: the claim's note says how the figure is the work's.
FIGURE_PREDICATE_WORDS: Mapping[str, tuple[str, ...]] = {
    "box_office": (
        "gross", "grosses", "grossed", "grossing", "box office", "box-office", "takings",
        "take", "takes", "took", "taking", "took in", "takes in", "take in", "taking in",
        "haul", "hauls", "hauled", "hauling", "earn", "earns", "earned", "earning", "earnings",
        "make", "makes", "made", "making", "generate", "generates", "generated", "generating",
        "collect", "collects", "collected", "collecting", "collection", "collections",
        "bring in", "brings in", "brought in", "bringing in", "pull in", "pulls in",
        "pulled in", "pulling in", "rake in", "rakes in", "raked in", "raking in", "revenue",
        "revenues", "receipts", "ticket sales", "sales", "sold", "open", "opens", "opened",
        "opening", "opener", "debut", "debuts", "debuted", "debuting", "bow", "bows", "bowed",
        "cume", "tally", "worldwide", "domestic", "domestically", "global", "globally",
        "overseas", "international", "internationally", "abroad", "stateside", "weekend",
    ),
    "cost": (
        "budget", "budgets", "budgeted", "budgeting", "cost", "costs", "costing", "made for",
        "produced for", "shot for", "filmed for", "price tag", "price-tag", "pricetag",
        "spent", "spend", "spends", "spending", "financed", "financing", "bankrolled",
        "outlay", "production cost", "production costs",
    ),
    "neither": (
        "need", "needs", "needed", "needing", "require", "requires", "required", "requiring",
        "win", "wins", "won", "winning", "lawsuit", "lawsuits", "suit", "settlement",
        "settlements", "damages", "award", "awarded", "per-theater", "per theater",
        "per-theatre", "per theatre", "per-screen", "per screen", "per-location",
        "per location", "per-venue", "per venue", "per-site", "per site", "average",
        "averages", "averaged", "averaging", "rent", "rents", "rented", "renting", "rental",
        "rentals", "to own", "buy", "buys", "purchase", "purchases", "retail", "retails",
        "retailing", "priced", "list price", "retail price", "Blu-ray", "Blu-rays", "DVD",
        "DVDs", "4K", "UHD", "disc", "discs", "steelbook", "copy", "copies", "preorder",
        "pre-order", "tickets",
    ),
}  # fmt: skip
# Each word's predicate, its spaces one; the longest word is read first ("made for" before
# "made").
_PREDICATE_OF_WORD = {
    word.casefold(): predicate
    for predicate, words in FIGURE_PREDICATE_WORDS.items()
    for word in words
    if predicate != "neither"
}
_FIGURE_PREDICATE_WORD = re.compile(_as_words(_PREDICATE_OF_WORD))
_WORD_IN_CLAUSE = re.compile(r"[^\W_]+")
_NOUN_BEFORE_COMMA = re.compile(_as_words(_PREDICATE_OF_WORD) + r"[\s\u00a0]*,[\s\u00a0]*\Z")
_NEITHER_PREDICATE_WORD = re.compile(_as_words(FIGURE_PREDICATE_WORDS["neither"]))
_FOR_JUST_AFTER = re.compile(r"[\s\u00a0]+(?i:for)(?![\w'\u2019-])")
# For each catalog, its films' ids by each of their names, folded.
_FILMS_BY_NAME: dict[int, dict[str, frozenset[str]]] = {}


def _films_by_name(catalog: Catalog) -> dict[str, frozenset[str]]:
    return _of_catalog(_FILMS_BY_NAME, catalog, _built_films_by_name)


def _built_films_by_name(catalog: Catalog) -> dict[str, frozenset[str]]:
    by_name: dict[str, set[str]] = {}
    for film in catalog.films:
        for name in film.names:
            by_name.setdefault(name.casefold(), set()).add(film.id)
    return {name: frozenset(ids) for name, ids in by_name.items()}


#: The words that give a duration as the work's running time, read in the figure's clause
#: (its bounds as for :data:`OTHER_PARTS`): a ``duration`` of the work is bound to one of
#: them ("runs 125 minutes", "a running time of", "125 minutes long", "clocks in at"), or to
#: a word of :data:`RUNNING_TIME_NOUNS` just after it ("a 90-minute revenge flick"), or
#: the claim's note says how it is the running time: "appears in Ballerina for 10 minutes"
#: and "is on screen for 10 minutes" give a person's screen time, no running time.
RUNNING_TIME_WORDS = (
    "run", "runs", "ran", "running", "runtime", "runtimes", "run time", "run-time",
    "running time", "running-time", "long", "length", "lengthy", "lasts", "last", "lasted",
    "lasting", "clocks in", "clocked in", "clocking in", "clocks", "clocked", "duration",
)  # fmt: skip
#: The nouns of the work that, just after a duration (across up to two words), give it as
#: the work's running time ("a 90-minute film", "a 90 minute revenge flick").
RUNNING_TIME_NOUNS = ("film", "films", "movie", "movies", "flick", "feature", "picture")
_RUNNING_TIME = re.compile(_as_words(RUNNING_TIME_WORDS))
#: The words of an impression of length, read in a ``duration``'s clause as for
#: :data:`RUNNING_TIME_WORDS`: "Ballerina feels like it runs 180 minutes", "seems to last",
#: "feels 30 minutes too long" give no running time, unless the claim's note says how the
#: figure is the work's running time, quoting the words. Every form of each verb.
IMPRESSION_WORDS = (
    "feel", "feels", "felt", "feeling", "seem", "seems", "seemed", "seeming",
    "appear to", "appears to", "appeared to", "appearing to", "look like", "looks like",
    "looked like", "too long", "too short",
)  # fmt: skip
_IMPRESSION = re.compile(_as_words(IMPRESSION_WORDS))
_RUNNING_TIME_NOUN_JUST_AFTER = re.compile(
    r"(?:[\s\u00a0-]+[^\W\d_]+){0,2}?[\s\u00a0-]+" + _as_words(RUNNING_TIME_NOUNS)
)
# A figure's clause of "at" alone, an aside of the running time ("Ballerina, at 125 minutes,
# is ...").
_ASIDE_AT = re.compile(r"[\s\u00a0]*(?i:at)[\s\u00a0]*")
# What opens the clause just after a sentence's opening "At 125 minutes,": the work itself,
# by a name (blanked to a mark of its own) or as "the film", "this movie".
_WORK_AFTER_AT = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:\x00|(?i:the|this)[\s\u00a0]+" + _as_words(RUNNING_TIME_NOUNS) + ")"
)
# The words that open a relative clause, which is of the thing named just before it
# ("Chapter 4, which runs 169 minutes").
_RELATIVE_CLAUSE = re.compile(r"[\s\u00a0]*(?i:which|who|whose|that)\b")


def _with_its_antecedent(sentence: str, start: int) -> int:
    """Where the clause that starts at ``start`` in ``sentence`` starts with the one before
    it (back to the mark before that one), where it is a relative clause ("which runs ...")
    and so of the thing named just before it; else ``start``."""
    if not _RELATIVE_CLAUSE.match(sentence, start) or start == 0:
        return start
    marks = list(_FIGURE_OWN_CLAUSE_END.finditer(sentence, 0, max(0, start - 1)))
    return marks[-1].end() if marks else 0


def _works_named(clause: str, catalog: Catalog) -> dict[str, frozenset[str]]:
    """The films of the catalog that ``clause`` names, by each name it writes, with their
    ids; but for a name with a word of :data:`WORK_WORDS` just after it, which names
    another work by it ("the John Wick spin-off film" is no John Wick)."""
    films = _films_by_name(catalog)
    return {
        name: films[name.casefold()]
        for name in _catalog_names_in(clause, catalog)
        if name.casefold() in films
        and not re.search(
            re.escape(name) + r"(?:'s)?[\s\u00a0-]+" + _WORK_WORD, clause, re.IGNORECASE
        )
    }


# The words that open a clause before its subject: a joining word, an article.
_CLAUSE_OPENING = re.compile(
    r"\A[\s\u00a0]*(?:(?i:and|but|while|whereas|though|although|yet|meanwhile)[\s\u00a0]+)?"
)
# A work's name, in quotation marks or not.
_QUOTED_NAME = "[\"'\u201c\u2018]?{}[\"'\u201d\u2019]?"
# A verb just after a work's name, which makes the work its clause's subject: a word of
# being or having, or a verb's form ("starred", "stars", "starring").
_VERB_AFTER_A_WORK = (
    r"[\s\u00a0]+(?:(?:is|was|were|has|had|have|will|would|did|does|also|then|again"
    r"|originally|later|once)\b|[a-z][a-z-]*(?:ed|s|ing)\b)"
)


def _entity_of_another_work(claim: Claim, catalog: Catalog) -> list[Breach]:
    """The breach of a work's entity value (a credit, a distributor; not a relation to
    another work) that its clause gives as another work's: where the clause of each place
    the sentence names the value (back to the mark before it, a relative clause with the
    words before it, and on to the next mark) names no name of the subject and opens with
    another film of the catalog as its subject, a verb after it ("Ballerina was directed
    by Len Wiseman; John Wick: Chapter 4 was directed by Chad Stahelski", "..., while John
    Wick: Chapter 4 starred Keanu Reeves"; not "The Walking Dead star Norman Reedus", a work
    he is known for), and no note quotes that work's name and says how the value is the
    subject's."""
    value = claim.value
    if not isinstance(value, EntityRef) or claim.predicate.value in _RELATION_PREDICATES:
        return []
    if not any(claim.subject in ids for ids in _films_by_name(catalog).values()):
        return []
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    spans = sorted(
        found.span()
        for name in _mention_names(claim, catalog, value.id)
        if name.strip()
        for found in _name_pattern(name).finditer(sentence)
    )
    others: list[str] = []
    for start, end in spans:
        marks = list(_FIGURE_OWN_CLAUSE_END.finditer(sentence, 0, start))
        before = _with_its_antecedent(sentence, marks[-1].end() if marks else 0)
        closing = _FIGURE_OWN_CLAUSE_END.search(sentence, end)
        after = len(sentence) if closing is None else closing.start()
        named = _works_named(sentence[before:start] + " " + sentence[end:after], catalog)
        if any(claim.subject in ids for ids in named.values()):
            return []
        # The work the clause is of: its subject, opening it before a verb ("; John Wick:
        # Chapter 4 was directed by"); "The Walking Dead star Norman Reedus" names a work
        # the person is known for, no credit of it.
        opening = _CLAUSE_OPENING.sub("", sentence[before:start], count=1)
        other = [
            name
            for name in named
            if re.match(_QUOTED_NAME.format(re.escape(name)) + _VERB_AFTER_A_WORK, opening)
        ]
        if not other:
            return []
        others.append(other[0])
    if not others or _note_quotes(claim, others[0]):
        return []
    message = (
        f"the clause that names {value.id} names another work ({others[0]!r}) and not the"
        f" claim's subject: the value is that work's; claim it for that work, or quote"
        f" {others[0]!r} in the note and say how the value is the subject's"
    )
    return [Breach("value of the work", "value.id", message)]


# A capitalized name: its words, with "&", "of", "the", "and" between them ("Lilo &
# Stitch", "John Wick: Chapter 4").
_A_NAME = r"(?:[A-Z0-9][\w&.:-]*)(?:[\s\u00a0]+(?:&|of|the|and|[A-Z0-9][\w&.:-]*))*"
# A name's possessive and two words at most just before a value: "Lilo & Stitch's $32.5
# million", "John Wick: Chapter 4's record $73.8 million".
_OWNER_POSSESSIVE = re.compile(
    rf"({_A_NAME})(?:['\u2019]s|(?<=s)['\u2019])[\s\u00a0]+(?:[a-z][\w-]*[\s\u00a0]+){{0,2}}"
    r"[^\w\s]{0,2}\Z"
)
# The work itself as a noun phrase around the value: "in this action-packed 90 minute
# revenge flick".
_THIS_WORK_AROUND = re.compile(
    r"(?<![\w'\u2019-])(?i:this|the)[\s\u00a0]+(?:[^\s,;]+[\s\u00a0]+){0,5}?"
    r"(?i:film|movie|flick|picture)\b"
)
# A relative clause's opening word, and the name just before its comma: "Materialists,
# which runs 139 minutes".
_OWNER_OF_RELATIVE = re.compile(rf"({_A_NAME})[\s\u00a0]*,[\s\u00a0]*\Z")
_RELATIVE_OPENING = re.compile(r"[\s\u00a0]*(?i:which|that|who)\b")
# The verbs whose subject a name opening a clause is, read as owning the value after them:
# a word of being or having, a verb's form, or a common past tense ("took", "made").
_OWNER_VERB = (
    _VERB_AFTER_A_WORK[:-1]
    + r"|(?:took|made|won|ran|led|got|brought|drew|fell|rose|came|grew|held|kept|opens"
    r"|runs|lands|debuts|cost)\b)"
)
#: The small words a title holds between its capitalized words, read inside a name that
#: opens a clause as its owner ("Gone with the Wind has grossed $84 million", "How to Train
#: Your Dragon opened June 13", "Pirates of the Caribbean"); a word may end in "*"
#: ("Thunderbolts*"), and "the" with one lowercase word may stand before the name ("the
#: new Karate Kid opened ...").
TITLE_INNER_WORDS = (
    "&", "of", "the", "and", "with", "to", "a", "an", "in", "on", "at", "for", "from", "by",
    "or", "vs.",
)  # fmt: skip
_A_TITLE = (
    r"(?:[A-Z0-9][\w&.:*-]*)(?:(?:[\s\u00a0]+(?:"
    + "|".join(map(re.escape, TITLE_INNER_WORDS))
    + r"))*[\s\u00a0]+[A-Z0-9][\w&.:*-]*)*"
)
_CLAUSE_OWNER = re.compile(
    r"(?:(?i:the)[\s\u00a0]+(?:[a-z][\w-]*[\s\u00a0]+)?(?=[A-Z0-9]))?"
    rf"({_A_TITLE})(?![\s\u00a0]+(?:its|his|this|thus|plus|across|perhaps|always|unless)\b)"
    + _OWNER_VERB
)
# Capitalized words that open a clause but name no owner: articles, pronouns, prepositions.
_NO_OWNER_WORDS = frozenset(
    {
        "the", "a", "an", "it", "its", "this", "that", "these", "those", "he", "she", "they",
        "his", "her", "their", "in", "on", "at", "by", "for", "with", "from", "after",
        "before", "over", "under", "and", "but", "while", "as", "when", "now", "then", "so",
        "there", "here", "we", "i", "you", "both", "all", "each", "upon", "since", "until",
        "during", "despite", "though", "although", "if", "once", "also", "only", "even",
    }
)  # fmt: skip


@functools.cache
def _words_of_a_work() -> frozenset[str]:
    """The words of :data:`OWN_NOUNS`, :data:`THINGS_OF_THE_WORK` and :data:`ROLE_WORDS`,
    folded: nouns and verbs of a work's own things, no name of an owner."""
    tables = (*OWN_NOUNS.values(), *THINGS_OF_THE_WORK.values(), *ROLE_WORDS.values())
    return frozenset(
        word.casefold() for table in tables for phrase in table for word in phrase.split()
    )


def _an_owner(name: str, subject_names: Sequence[str]) -> str | None:
    """``name`` as an owner of a value, or None where it is the subject's (it writes one of
    ``subject_names``) or a word of :data:`_NO_OWNER_WORDS`."""
    words = name.split()
    while words and words[0].casefold().strip(".:") in _NO_OWNER_WORDS:
        words = words[1:]
    owner = " ".join(words).strip(" .:")
    # One capitalized word of the rules' words of a work opens a sentence, no name:
    # "Filming is set to begin in May 2026", "Production began in 2024".
    if len(words) == 1 and owner.casefold() in _words_of_a_work():
        return None
    if not owner or any(
        re.search(rf"(?<!\w){re.escape(each)}(?!\w)", owner, re.IGNORECASE)
        for each in subject_names
        if each.strip()
    ):
        return None
    return owner


def _owner_before(
    sentence: str, start: int, subject_names: Sequence[str], *, joined_only: bool
) -> str | None:
    """The owner of a value written at ``start`` in ``sentence``, where it is not the
    subject: the name whose possessive stands just before it ("behind Lilo & Stitch's $32.5
    million"), the name a relative clause it stands in is of ("Materialists, which runs 139
    minutes"), or the name opening its clause before a verb, where the clause names no
    name of the subject ("while Materialists opens June 13", "Lilo & Stitch took the top
    spot with $32.5 million"; with ``joined_only``, only a clause a joining word opens:
    "while Materialists is distributed by A24"); else None."""
    # A possessive before a person's name names a work they are known for: "The Matrix's
    # Keanu Reeves".
    possessive = None if joined_only else _OWNER_POSSESSIVE.search(sentence, 0, start)
    if possessive is not None:
        return _an_owner(possessive[1], subject_names)
    marks = list(_FIGURE_OWN_CLAUSE_END.finditer(sentence, 0, start))
    clause_start = marks[-1].end() if marks else 0
    clause = sentence[clause_start:start]
    closing = _FIGURE_OWN_CLAUSE_END.search(sentence, start)
    clause_end = len(sentence) if closing is None else closing.start()
    if any(
        found.start() < start < found.end()
        for found in _THIS_WORK_AROUND.finditer(sentence, clause_start, clause_end)
    ):
        return None
    if any(
        re.search(rf"(?<!\w){re.escape(each)}(?!\w)", clause, re.IGNORECASE)
        for each in subject_names
        if each.strip()
    ):
        return None
    if _RELATIVE_OPENING.match(clause) and marks:
        antecedent = _OWNER_OF_RELATIVE.search(sentence, 0, marks[-1].end())
        return None if antecedent is None else _an_owner(antecedent[1], subject_names)
    opening = _CLAUSE_OPENING.match(clause)
    # Joined: by a word after the mark ("and", "while") or a word or a sentence's end as
    # the mark itself.
    joined = (opening is not None and bool(opening[0].strip())) or (
        bool(marks) and marks[-1][0].strip()[-1:] in set("abcdefghijklmnopqrstuvwxyz.!?;")
    )
    if joined_only and not joined:
        return None
    owner = _CLAUSE_OWNER.match(clause, 0 if opening is None else opening.end())
    return None if owner is None else _an_owner(owner[1], subject_names)


# "for" and the words of a noun between a value and it: "an August 15, 2025 streaming date
# for", "a $90 million budget for".
_FOR_AFTER_A_VALUE = re.compile(r"(?:[\s\u00a0]+[\w'\u2019-]+){0,3}?[\s\u00a0]+(?i:for)[\s\u00a0]+")


def _set_for_the_subject(sentence: str, end: int, subject_names: Sequence[str]) -> bool:
    """Whether the date or figure that ends at ``end`` in ``sentence`` is bound to the
    subject after it: "for" and one of ``subject_names`` (not its possessive, nor the start
    of a longer title: "for Ballerina 2"), with at most three words of its noun between
    ("Peacock has set an August 15, 2025 streaming date for Ballerina"): the value is the
    subject's, whoever set it."""
    found = _FOR_AFTER_A_VALUE.match(sentence, end)
    return found is not None and any(
        # Not the start of a longer title: "for Ballerina 2", "for Ballerina: Encore".
        re.match(
            rf"{re.escape(name)}(?![\w'\u2019-]|[\s\u00a0]*:|[\s\u00a0]+[0-9A-Z])",
            sentence[found.end() :],
        )
        for name in subject_names
        if name.strip()
    )


def value_owned_by_its_subject(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A work's figure, date or entity value is not one its sentence gives to another owner
    by name, whether or not the catalog knows it (:func:`_owner_before`): a possessive just
    before the value ("well below John Wick: Chapter 4's $73.8 million", "behind Lilo &
    Stitch's $32.5 million"), a relative clause of another name ("Materialists, which runs
    139 minutes"), or a clause another name opens as its subject ("while Materialists opens
    June 13, 2025"; for an entity, a clause a joining word opens: "while Materialists is
    distributed by A24"). The value is refused where every place the sentence writes it has
    such an owner, unless the note quotes the owner's name and says how the value is the
    subject's."""
    value = claim.value
    if claim.predicate.value in _RELATION_PREDICATES or not isinstance(
        value, (Quantity, DateValue, EntityRef)
    ):
        return []
    if claim.subject not in {film.id for film in catalog.films}:
        return []
    lead = lead_in(claim, catalog)
    sentence = lead + claim.evidence.quote + lead_out(claim, catalog)
    if isinstance(value, Quantity):
        span = _where_figure_written(value, claim.evidence.quote)
        spans = [] if span is None else [(span[0] + len(lead), span[1] + len(lead))]
        field = "value.amount"
    elif isinstance(value, DateValue):
        spans = [
            (each.start, each.end) for each in _written_dates(sentence) if _writes(each, value.date)
        ]
        field = "value.date"
    else:
        spans = [
            found.span()
            for name in _mention_names(claim, catalog, value.id)
            if name.strip()
            for found in _name_pattern(name).finditer(sentence)
        ]
        field = "value.id"
    names = catalog.entity(claim.subject).names
    joined_only = isinstance(value, EntityRef)
    owners = [
        None
        if not joined_only and _set_for_the_subject(sentence, end, names)
        else _owner_before(sentence, start, names, joined_only=joined_only)
        for start, end in spans
    ]
    if not owners or None in owners:
        return []
    owner = str(owners[0])
    if _note_quotes(claim, owner):
        return []
    message = (
        f"the sentence gives the value to {owner!r}, not to the claim's subject: it is"
        f" theirs; claim it for them, or quote {owner!r} in the note and say how the value"
        " is the subject's"
    )
    return [Breach("value of the work", field, message)]


def _date_of_another_work(claim: Claim, catalog: Catalog) -> list[Breach]:
    """The breach of a work's date that its clause gives as another work's: where the
    clause of each place the sentence writes the date (back to the mark or the date before
    it, and on to the next of them, as for a figure; a relative clause with the words before
    it: "Chapter 4, which opened on March 24, 2023") names a film of the catalog and no name
    of the subject ("Ballerina opened on June 6, 2025; John Wick: Chapter 4 opened on March
    24, 2023"), and no note says how the date is the subject's."""
    if not isinstance(claim.value, DateValue) or claim.note:
        return []
    films = _films_by_name(catalog)
    if not any(claim.subject in ids for ids in films.values()):
        return []
    lead = lead_in(claim, catalog)
    sentence = lead + claim.evidence.quote + lead_out(claim, catalog)
    written = _written_dates(sentence)
    at = [each for each in written if _writes(each, claim.value.date)]
    if not at:
        return []
    others: list[str] = []
    for each in at:
        before = max((other.end for other in written if other.end <= each.start), default=0)
        after = min(
            (other.start for other in written if other.start >= each.end), default=len(sentence)
        )
        marks = list(_FIGURE_OWN_CLAUSE_END.finditer(sentence, before, each.start))
        before = marks[-1].end() if marks else before
        before = _with_its_antecedent(sentence, before)
        closing = _FIGURE_OWN_CLAUSE_END.search(sentence, each.end, after)
        after = closing.start() if closing is not None else after
        clause = sentence[before : each.start] + " " + sentence[each.end : after]
        named = _works_named(clause, catalog)
        other = [name for name, ids in named.items() if claim.subject not in ids]
        if not other or len(other) < len(named):
            return []
        others.append(other[0])
    message = (
        f"the date's clause names another work ({others[0]!r}) and not the claim's subject:"
        " the date is that work's; say in a note how it is the subject's"
    )
    return [Breach("date of the work", "value.date", message)]


#: The things of a work that are not the work itself, by their nouns: a value its sentence
#: says of one of them is that thing's, not the work's (:func:`value_of_the_work_itself`).
#: ``"work"``: another work related to it (its sequel, prequel, follow-up, spin-off,
#: series, remake, reboot, adaptation), read also alone ("The sequel will star Keanu
#: Reeves") but where it names the work itself ("Ballerina, the spin-off, ...");
#: ``"thing"``: another cut, version or release of it, or a thing made of or about it (its
#: reviews, images, novelization, merchandise, a documentary, a screening, its rights, one
#: shoot, its cast, its premiere), read where the work's name heads it ("Ballerina
#: reviews", "the director's cut of Ballerina", "Ballerina's Prague shoot").
THINGS_OF_THE_WORK: dict[str, tuple[str, ...]] = {
    "work": (
        "sequel", "sequels", "prequel", "prequels", "follow-up", "follow-ups", "followup",
        "followups", "spin-off", "spin-offs", "spinoff", "spinoffs", "series", "remake",
        "remakes", "reboot", "reboots", "adaptation", "adaptations", "successor", "show",
    ),
    "thing": (
        "cut", "cuts", "version", "versions", "edition", "editions", "edit", "edits",
        "remaster", "remasters", "dub", "dubs", "re-release", "re-releases", "rerelease",
        "rereleases", "reissue", "reissues", "restoration", "assembly", "workprint",
        "review", "reviews", "image", "images", "still", "stills", "photo", "photos",
        "footage", "trailer", "trailers", "teaser", "teasers", "clip", "clips", "poster",
        "posters", "novel", "novels", "novelization", "novelizations", "novelisation",
        "novelisations", "book", "books", "comic", "comics", "game", "games", "steelbook",
        "steelbooks", "merchandise", "merch", "toy", "toys", "figure", "figures", "Funko",
        "Funko Pops", "documentary", "documentaries", "making-of", "featurette",
        "featurettes", "podcast", "podcasts", "screenplay", "screenplays", "script",
        "scripts", "soundtrack", "soundtracks", "score", "album", "cast list", "details",
        "statement", "statements", "screening", "screenings", "premiere", "premieres",
        "rights", "shoot", "shoots", "shooting", "location", "locations", "set", "sets",
        "cast", "crew", "stars", "marketing", "campaign", "tickets", "anniversary",
        # A likeness of it, another work: "a John Wick rip-off", "a Knives Out spoof".
        "rip-off", "rip-offs", "ripoff", "ripoffs", "knockoff", "knockoffs", "knock-off",
        "knock-offs", "clone", "clones", "spoof", "spoofs", "parody", "parodies", "send-up",
        "send-ups", "pastiche", "pastiches", "imitation", "imitations", "homage", "homages",
        "wannabe", "wannabes", "copycat", "copycats",
    ),
}  # fmt: skip
#: The nouns of each predicate of a work, said of the work itself: "Ballerina's release
#: date", "the budget of Ballerina", "Ballerina's running time", "Ballerina's director"
#: (and, for a credit, the role words of :data:`ROLE_WORDS`).
OWN_NOUNS: dict[str, tuple[str, ...]] = {
    "release_date": (
        "release", "releases", "release date", "release dates", "date", "dates", "opening",
        "debut", "bow", "launch", "arrival", "rollout", "roll-out", "theatrical release",
        "theatrical",
    ),
    "box_office": (
        "box office", "box-office", "gross", "grosses", "takings", "haul", "total", "tally",
        "cume", "earnings", "revenue", "revenues", "receipts", "ticket sales", "opening",
        "debut", "bow", "launch", "run", "worldwide", "global", "domestic", "international",
        "theatrical", "lifetime", "final",
    ),
    "cost": (
        "budget", "budgets", "cost", "costs", "price tag", "price-tag", "pricetag",
        "production budget", "production cost", "production costs", "production",
    ),
    "duration": (
        "running time", "running-time", "runtime", "run time", "run-time", "length",
        "duration", "theatrical",
    ),
    "distributor": (
        "distributor", "distributors", "distribution", "release", "rights", "run",
        "theatrical run",
    ),
    "filming_location": (
        "filming location", "filming locations", "location", "locations", "shoot", "shoots",
        "shooting", "filming", "production", "principal photography", "set", "sets",
    ),
    "filming_date": (
        "filming", "filming dates", "shoot", "shoots", "shooting", "production",
        "principal photography", "photography", "schedule", "start", "wrap",
    ),
    "narrative_location": (
        "setting", "settings", "story", "stories", "plot", "action", "world", "location",
        "locations",
    ),
    "set_in_period": ("setting", "story", "plot", "action", "period", "era", "timeline"),
    "genre": ("genre", "genres", "tone", "style", "mix"),
    "plot": (
        "plot", "plots", "story", "stories", "storyline", "storylines", "premise", "synopsis",
        "narrative", "heroine", "hero", "protagonist", "anti-hero", "antihero", "antagonist",
        "villain", "character", "characters", "lead", "logline",
    ),
    "title": ("title", "titles", "name", "names", "full title", "working title"),
    "other_name": ("title", "titles", "name", "names", "working title"),
    "production_status": ("status", "production", "development", "future"),
    "trailer": ("trailer", "trailers", "teaser", "teasers", "first trailer", "first look"),
    "promotional_material": (
        "poster", "posters", "image", "images", "still", "stills", "trailer", "trailers",
        "teaser", "teasers", "marketing", "campaign", "first look",
    ),
}  # fmt: skip
#: The predicates of a work whose value is another work or the work's place among others:
#: a sequel or a series is what they say, and :func:`value_of_the_work_itself` reads
#: none of them.
_RELATION_PREDICATES = frozenset(
    {"follows", "followed_by", "based_on", "different_from", "part_of_series", "chronology"}
)
#: The words before a noun after the work's possessive that say which of it, read past to
#: the noun ("Ballerina's worldwide gross", "its final budget", "Ballerina's running
#: domestic total", a total to date); a capital's word is read
#: past too ("Ballerina's UK version", "Ballerina's Prague shoot").
NOUN_MODIFIERS = frozenset(
    {
        "worldwide", "global", "domestic", "international", "overseas", "foreign", "total",
        "final", "official", "estimated", "reported", "original", "production", "lifetime",
        "overall", "entire", "whole", "full", "initial", "current", "new", "first", "early",
        "late", "latest", "planned", "projected", "eventual", "net", "gross", "cumulative",
        "theatrical", "digital", "streaming", "home", "physical", "wide", "limited",
        "nationwide", "expanded", "opening", "debut", "running",
    }
)  # fmt: skip
#: The predicates of a work whose value :func:`value_of_the_work_itself` reads.
#: Words before a work's name that make it another cut of the work ("A remastered
#: Ballerina", "the dubbed Ballerina").
_VERSION_WORDS = (
    "remastered", "restored", "dubbed", "subtitled", "colorized", "colourized", "re-edited",
    "recut", "re-cut", "extended", "unrated", "uncut", "re-released", "rereleased",
)  # fmt: skip
#: The audiences (and purposes) a release "to" or "for" makes no release: "released to
#: critics on May 28, 2025", "released for review".
_NO_RELEASE_AUDIENCES = (
    "critics", "critic", "press", "the press", "media", "the media", "reviewers",
    "journalists", "exhibitors", "theater owners", "theatre owners", "industry",
    "the industry", "buyers", "distributors", "festivals", "voters", "review", "reviews",
    "review purposes", "members", "academy members", "academy voters", "guild members",
    "awards consideration", "consideration",
)  # fmt: skip
#: Words of a figure that make it a part of a sum or a converted one, no cost or takings
#: of the work: "in 2024 alone", "adjusted for inflation", "in 2023 dollars", "the
#: equivalent of".
CONVERTED_OR_PART_WORDS = (
    "alone", "adjusted", "inflation", "inflation-adjusted", "equivalent", "equivalent of",
    "equivalent to", "in today's dollars", "in today\u2019s dollars", "in current dollars",
    "in real terms", "in constant dollars",
)  # fmt: skip
_CONVERTED_OR_PART = re.compile(
    _as_words(CONVERTED_OR_PART_WORDS) + r"|(?i:\bin[\s\u00a0]+[0-9]{4}[\s\u00a0]+dollars\b)"
)
# The nouns of THINGS_OF_THE_WORK read just after the work's name, where a verb may stand:
# none that is also a verb ("Ballerina stars", "Ballerina is set", "Ballerina shoots").
_NOUNS_AFTER_A_NAME = frozenset(
    noun.casefold()
    for nouns in THINGS_OF_THE_WORK.values()
    for noun in nouns
    if noun.casefold()
    not in {
        "cut",
        "cuts",
        "edit",
        "edits",
        "dub",
        "dubs",
        "set",
        "sets",
        "cast",
        "crew",
        "stars",
        "shoot",
        "shoots",
        "shooting",
        "score",
        "premieres",
        "figure",
        "figures",
        "details",
        "statement",
        "show",
        "script",
        "campaign",
        "reviews",
        "review",
    }
) | {"reviews", "review"}
# Words of a kind of other work before its noun, after the work's name ("the Ballerina
# anime series").
_MODIFIERS = frozenset({"anime", "animated", "live-action", "stage", "video", "deluxe", "tv"})
_RE_RELEASE = re.compile(
    _as_words(
        (
            "re-release", "re-releases", "re-released", "re-releasing", "rerelease",
            "rereleases", "rereleased", "rereleasing", "reissue", "reissues", "reissued",
            "reissuing", "re-issue", "re-issued",
        )
    )
)  # fmt: skip
# The nouns of another work read alone ("The sequel will star"): not "series" nor "show",
# which a series' own claims call it.
_OTHER_WORKS_ALONE = tuple(
    noun for noun in THINGS_OF_THE_WORK["work"] if noun not in ("series", "show")
)
_A_SEQUEL = frozenset(
    {"sequel", "sequels", "follow-up", "follow-ups", "followup", "followups", "successor"}
)
# A word that is no noun of a phrase before "of" or "to": a verb of being or having ("the
# world was introduced to John Wick").
_NOT_A_VERB = (
    r"(?!(?i:is|was|were|are|be|been|being|has|have|had|will|would|can|could|may|might"
    r"|must|shall|should|did|does|do)\b)"
)
# For each catalog, the works it says follow another (values of ``followed_by``).
_SEQUELS: dict[int, frozenset[str]] = {}


#: The nouns that name a franchise or a series itself ("the John Wick series").
_A_SERIES = frozenset({"series", "franchise", "saga", "show"})


def _is_a_series(work_id: str, catalog: Catalog) -> bool:
    """Whether the catalog's work ``work_id`` is a franchise or a TV series."""
    work = catalog.entity(work_id)
    return isinstance(work, Film) and work.kind in (WorkKind.FRANCHISE, WorkKind.TV_SERIES)


def _sequels(catalog: Catalog) -> frozenset[str]:
    return _of_catalog(
        _SEQUELS,
        catalog,
        lambda catalog: frozenset(
            str(claim.value.id)
            for claim in catalog.claims
            if claim.predicate.value == "followed_by" and isinstance(claim.value, EntityRef)
        ),
    )


# Words just before another work named alone that make it no head of the clause: the work
# itself ("Ballerina is the spin-off") or the object of another word ("expected little from
# the spin-off").
_NOT_THE_HEAD_BEFORE = re.compile(
    _as_words(
        (
            "is", "was", "as", "be", "being", "from", "about", "of", "on", "for", "with",
            "than", "like", "unlike", "after", "before", "over", "into", "toward", "towards",
        )
    )
    + r"[\s\u00a0]*\Z"
)  # fmt: skip
# Where a credit's clause starts, before its quote: a clause mark (``_CLAUSE_END``), or a
# word that joins two clauses ("The sequel might never happen and Keanu Reeves appears in
# Ballerina").
_CREDIT_CLAUSE_JOIN = re.compile(r"\b(?i:and|but|while|whereas)\b")
_THING_OF_THE_WORK = {
    kind: re.compile(_as_words(nouns)) for kind, nouns in THINGS_OF_THE_WORK.items()
}
_RELEASE_WORD = r"(?i:re-?releas\w*|releas\w*|screen\w*|shown|show\w*)"
_RELEASED_TO = re.compile(
    r"(?<![\w'\u2019-])"
    + _RELEASE_WORD
    + r"[\s\u00a0]+(?i:to|for)[\s\u00a0]+"
    + _as_words(_NO_RELEASE_AUDIENCES)
)
_REFERENCE_WORD = r"[\w'\u2019-]+"


def _own_nouns(predicate: str) -> frozenset[str]:
    """The nouns said of the work itself for ``predicate``, folded, spaces single."""
    own = OWN_NOUNS.get(predicate) or ROLE_WORDS.get(predicate, ())
    if predicate == "cast_member":
        own = (*own, *CASTING_NEWS_WORDS)  # "the latest addition to Ballerina"
    return frozenset(" ".join(word.casefold().split()) for word in own)


#: The words of a figure written in words, read past after the work's possessive as its
#: digits are ("Ballerina's two-hour running time", "its two-and-a-half-hour runtime", "the
#: film's ninety-minute runtime", "its two hour runtime"): a number (not "a" nor "an",
#: which are no figure alone) heads the word or the words before it, joined by hyphens or
#: spaces to the figure's other numbers, its fractions and its unit.
FIGURE_IN_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand", "million", "billion", "half", "quarter",
)  # fmt: skip
# What may follow a number of FIGURE_IN_WORDS in its figure: more of it, "and", "a", a
# unit of time or money, "plus" or "odd".
_FIGURE_WORD_PART = frozenset(
    {
        *FIGURE_IN_WORDS, "and", "a", "an", "plus", "odd", "hour", "hours", "minute",
        "minutes", "min", "mins", "hr", "hrs", "second", "seconds", "dollar", "dollars",
    }
)  # fmt: skip


def _figure_words(words: Sequence[str]) -> int:
    """How many of ``words`` (a noun phrase's, after the work's possessive) are a figure's,
    from the first (:data:`FIGURE_IN_WORDS`): none where the first is no number."""
    parts = [word.casefold().split("-") for word in words]
    if not parts or parts[0][0] not in FIGURE_IN_WORDS:
        return 0
    count = 0
    while count < len(parts) and all(part in _FIGURE_WORD_PART for part in parts[count]):
        count += 1
    return count


def _head_decides(words: Sequence[str], own: frozenset[str]) -> tuple[str, str] | None:
    """Of the ``words`` of a noun phrase after the work's possessive (up to three), its noun:
    the first but those of :data:`NOUN_MODIFIERS` or a capital's ("worldwide", "UK",
    "Prague"). None where it is a noun of the predicate's own (the work's own value:
    "Ballerina's worldwide gross"); else the noun (("thing", noun) where it is one of
    :data:`THINGS_OF_THE_WORK`, ("unknown", noun) where the rules do not know it). A figure
    in words heading it is read past as digits are (:data:`FIGURE_IN_WORDS`)."""
    figure = _figure_words(words)
    for count, word in enumerate(words):
        if count < figure:
            continue
        for size in (3, 2, 1):
            said = " ".join(words[count : count + size]).casefold()
            if count + size > len(words):
                continue
            if said in own:
                return None
            if any(found.fullmatch(said) for found in _THING_OF_THE_WORK.values()):
                return ("thing", said)
        if word.casefold() not in NOUN_MODIFIERS and not (word[:1].isupper() or word[:1].isdigit()):
            # A noun the rules do not know before one of another thing is that thing's
            # modifier: "its world premiere" is the premiere's date.
            return _thing_after(words[count + 1 :]) or ("unknown", word)
    # No noun read: a date or figure ends the phrase before its noun ("its June 7, 2024
    # date", "Ballerina's reported $100 million haul"), and the rules read the value there.
    return None


def _thing_after(words: Sequence[str]) -> tuple[str, str] | None:
    """("thing", noun) for the first noun of :data:`THINGS_OF_THE_WORK` among ``words``, or
    None."""
    for count in range(len(words)):
        for size in (2, 1):
            said = " ".join(words[count : count + size]).casefold()
            if count + size <= len(words) and any(
                found.fullmatch(said) for found in _THING_OF_THE_WORK.values()
            ):
                return ("thing", said)
    return None


#: Words that make a work's name a likeness, another work compared with it, not the work:
#: a suffix joined to the name ("a John Wick-style thriller", "-inspired", "-esque",
#: "-like", "-type", "-flavored", "-adjacent", "-lite"), and words around it ("a thriller à
#: la John Wick", "the next John Wick", "the John Wick of ballet films"). Read by
#: :func:`value_of_the_work_itself` with :data:`THINGS_OF_THE_WORK` ("a John Wick
#: rip-off", "a Knives Out spoof").
LIKENESS_SUFFIXES = (
    "style", "styled", "inspired", "influenced", "esque", "like", "type", "flavored",
    "flavoured", "adjacent", "lite", "ish", "lookalike", "wannabe",
)  # fmt: skip
_LIKENESS_AFTER = re.compile(r"-(?i:(" + _phrases(LIKENESS_SUFFIXES) + r"))(?![\w'\u2019-])")
_LIKENESS_BEFORE = re.compile(r"(?<![\w'\u2019-])(?i:(\u00e0\s+la|a\s+la|the\s+next))\s+\Z")
_THE_X_OF = (re.compile(r"(?<![\w'\u2019-])(?i:the)\s+\Z"), re.compile(r"\s+of\s"))


def _likeness_of_the_work(text: str, claim: Claim, catalog: Catalog) -> tuple[str, str] | None:
    """The words of a likeness (:data:`LIKENESS_SUFFIXES`, "à la", "the next", "the X of")
    that ``text`` writes with a name of the claim's subject, as a noun and the words read,
    as :func:`_of_another_thing` gives them; or None."""
    for name in catalog.entity(claim.subject).names:
        if not name.strip():
            continue
        for found in _name_pattern(name).finditer(text):
            after = _LIKENESS_AFTER.match(text, found.end())
            if after is not None:
                return f"-{after[1].casefold()}", text[found.start() : after.end()]
            before = _LIKENESS_BEFORE.search(text, 0, found.start())
            if before is not None:
                return " ".join(before[1].casefold().split()), text[before.start() : found.end()]
            the, of = _THE_X_OF
            article = the.search(text, 0, found.start())
            if article is not None and of.match(text, found.end()):
                return "the ... of", f"{text[article.start() : found.end()]} of"
    return None


def _of_another_thing(text: str, claim: Claim, catalog: Catalog) -> tuple[str, str] | None:
    """The noun of another thing of the work that ``text`` (a value's clause) says the value
    of, and the words read; or None. See :func:`value_of_the_work_itself`."""
    predicate = claim.predicate.value
    names = sorted(
        {name for name in catalog.entity(claim.subject).names if name.strip()},
        key=len,
        reverse=True,
    )
    name = "(?:" + "|".join(rf"\b{_phrase(each)}\b" for each in names) + ")"
    value = claim.value
    credited = catalog.entity(value.id).names if isinstance(value, EntityRef) else ()
    # For a work that is itself another's sequel, "the sequel" and "a follow-up" may be it.
    alone = _OTHER_WORKS_ALONE
    if claim.subject in _sequels(catalog):
        alone = tuple(noun for noun in alone if noun not in _A_SEQUEL)
    # A title of the work's written whole is the work itself, whatever words it holds: "the
    # World of" in "From the World of John Wick: Ballerina" is no other thing's.
    titles = [(title.start(), title.end()) for title in re.finditer(name, text)]
    found = (
        _possessed(text, name, _own_nouns(predicate), credited)
        or _of_the_work(text, name, _own_nouns(predicate), titles)
        or _after_the_name(text, name)
        or _another_work_alone(text, name, alone)
    )
    if found is None and predicate == "release_date":
        to = _RELEASED_TO.search(text)
        again = _RE_RELEASE.search(text)
        if to is not None:
            found = to[1].casefold(), " ".join(to[0].split())
        elif again is not None:
            found = again[1].casefold(), again[1]
    return found


def _possessed(
    text: str, name: str, own: frozenset[str], credited: Sequence[str]
) -> tuple[str, str] | None:
    """ "Ballerina's sequel", "its follow-up", "the film's UK version": the noun after the
    work's possessive (:func:`_head_decides`), and the words read; or None."""
    work = rf"(?:{name}|(?i:the|this)[\s\u00a0]+(?i:film|movie|picture))"
    for found in re.finditer(
        rf"(?:{work}['\u2019]s?|{work}[\s\u00a0]*,[\s\u00a0]*(?i:whose)|(?<![\w'\u2019-])(?i:its))"
        rf"((?:[\s\u00a0]+{_REFERENCE_WORD}){{1,3}})",
        text,
        re.IGNORECASE,
    ):
        # The credited person's name just after the work's is no noun of it: "Ballerina's
        # Ana de Armas".
        if any(found[1].strip().startswith(each) for each in credited):
            continue
        decided = _head_decides(found[1].split(), own)
        if decided is not None:
            last = decided[1].split()[-1]
            at = text.casefold().find(last, found.start(1)) + len(last)
            return decided[1], " ".join(text[found.start() : at].split())
    return None


# Words that open a clause and are no noun alone: a determiner, a preposition.
_NOT_A_NOUN_ALONE = (
    r"(?i:the|a|an|this|that|these|those|its|their|his|her|each|every|any|all|one|both|from"
    r"|in|on|at|for|with|by|to|of|after|before|since|as|about|like)(?![\w'\u2019-])"
)


def _of_the_work(
    text: str, name: str, own: frozenset[str], titles: Sequence[tuple[int, int]] = ()
) -> tuple[str, str] | None:
    """ "the sequel to Ballerina", "the director's cut of Ballerina", "The rights to
    Ballerina", "a documentary about Ballerina", "each episode of The Continental",
    "Episodes of The Continental" (after a determiner, or none at the clause's start): the
    noun before "of", "to", "about", "on" or "for" the work (any but the predicate's own
    after "of" or "to"; one of :data:`THINGS_OF_THE_WORK` after the others), and the words
    read; or None. Words
    within one of ``titles`` (where a name of the work is written whole) are the work's
    own title ("From the World of John Wick: Ballerina"), no other thing."""
    work = rf"(?:{name}|(?i:the|this)[\s\u00a0]+(?i:film|movie|picture))"
    # A determiner of one or all of several ("each episode of", "every episode of", "all
    # episodes of"), as "an episode of"; or a noun alone opening the clause ("Episodes of").
    for found in re.finditer(
        r"(?:(?<![\w'\u2019-])(?i:the|a|an|this|that|its|their|each|every|any|all|one|both)"
        rf"((?:[\s\u00a0]+{_NOT_A_VERB}{_REFERENCE_WORD}){{1,4}}?)"
        rf"|(?<![\s\S])[\s\u00a0]*(?!{_NOT_A_NOUN_ALONE})({_NOT_A_VERB}{_REFERENCE_WORD}))"
        rf"[\s\u00a0]+((?i:of|to|about|on|for))[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?{work}"
        rf"(?![\w'\u2019-]|[\s\u00a0]+[0-9])",
        text,
    ):
        if any(start <= found.start() and found.end() <= end for start, end in titles):
            continue
        head = (found[1] or found[2]).split()[-1].casefold()
        thing = any(each.fullmatch(head) for each in _THING_OF_THE_WORK.values())
        if head not in own and (thing or found[3].casefold() in ("of", "to")):
            return head, " ".join(found[0].split())
    return None


def _after_the_name(text: str, name: str) -> tuple[str, str] | None:
    """ "Ballerina reviews", "The Ballerina TV series", "a Ballerina prequel", "A remastered
    Ballerina": a noun of :data:`THINGS_OF_THE_WORK` just after the work's name (no verb),
    or a word of another cut just before it, and the words read; or None."""
    for found in re.finditer(
        rf"(?<![\w'\u2019-]){name}[\s\u00a0]+({_REFERENCE_WORD})"
        rf"(?:[\s\u00a0]+({_REFERENCE_WORD}))?",
        text,
    ):
        first, second = found[1].casefold(), (found[2] or "").casefold()
        if f"{first} {second}" in _NOUNS_AFTER_A_NAME:
            return f"{first} {second}", " ".join(found[0].split())
        if first in _NOUNS_AFTER_A_NAME:
            return first, found[0][: found.end(1) - found.start()]
        # A modifier first ("The Ballerina TV series", "the Ballerina anime adaptation").
        if second in _NOUNS_AFTER_A_NAME and (found[1][:1].isupper() or first in _MODIFIERS):
            return second, " ".join(found[0].split())
    before = re.search(
        rf"{_as_words(_VERSION_WORDS)}[\s\u00a0]+(?:(?i:version|cut|edition)[\s\u00a0]+"
        rf"(?i:of)[\s\u00a0]+)?{name}",
        text,
    )
    return None if before is None else (before[1].casefold(), " ".join(before[0].split()))


def _another_work_alone(text: str, name: str, alone: Sequence[str]) -> tuple[str, str] | None:
    """ "The sequel will star Keanu Reeves", "The next John Wick film will be released on":
    another work named alone, of the nouns ``alone``, the head of its clause (not in
    apposition to the work, "Ballerina, the spin-off, ...", nor after a word of
    ``_NOT_THE_HEAD_BEFORE``, nor before "to", "of", "from" or "in"), and the words read;
    or None."""
    for found in re.finditer(
        rf"(?<![\w'\u2019-])(?i:the|a|its|this|their)((?:[\s\u00a0]+[a-z][\w'\u2019-]*){{0,2}}?)"
        rf"[\s\u00a0]+{_as_words(alone)}"
        r"|(?<![\w'\u2019-])(?i:the[\s\u00a0]+next)(?:[\s\u00a0]+[\w'\u2019:-]+){0,4}?"
        r"[\s\u00a0]+(?i:(film|movie|installment|instalment|entry|chapter|one))\b",
        text,
    ):
        before = text[: found.start()]
        if (
            re.match(r"[\s\u00a0]+(?i:to|of|from|in)\b", text[found.end() :])
            or _NOT_THE_HEAD_BEFORE.search(before)
            or re.search(rf"{name}[\s\u00a0]*,[\s\u00a0]*\Z", before)
            # In apposition to the work named just after: "the first spin-off, Ballerina,".
            or re.match(
                rf"[\s\u00a0]*,[\s\u00a0]*[\"'\u201c\u2018]?(?:\x00|{name})", text[found.end() :]
            )
        ):
            continue
        return (found[2] or found[3] or "").casefold(), " ".join(found[0].split())
    return None


# A possessive or a joined suffix just after a quote, and the words of its noun phrase.
_OWNED_AFTER_THE_QUOTE = re.compile(r"(?:['\u2019]s?|-[\w-]+)(?:[\s\u00a0]+(?![\d])[\w-]+){0,3}")


def _work_value_clauses(
    claim: Claim, sentence: str, quote_start: int, quote_end: int
) -> list[tuple[int, int]]:
    """The clauses of ``sentence`` that :func:`value_of_the_work_itself` reads a value in:
    a date's or a figure's own, a text value's back over a relative clause's antecedent,
    a credit's quote back to its clause's start; the quote where none is found."""
    if isinstance(claim.value, DateValue):
        clauses = _date_clauses(sentence, claim) or _one_date_clause(sentence, claim)
    elif isinstance(claim.value, Quantity):
        clauses = _figure_clauses(sentence, claim.value)
    elif isinstance(claim.value, Text) and claim.value.text.strip():
        # A text value's clause, to its end, with the thing a relative clause is of:
        # "Ballerina, whose sequel is set in Tokyo"; "Ballerina, whose sequel is in the
        # works, is an action film" gives the work its genre.
        at = sentence.casefold().find(claim.value.text.casefold(), quote_start, quote_end)
        end = quote_end if at == -1 else at + len(claim.value.text)
        at = quote_start if at == -1 else at
        marks = [mark.end() for mark in _CLAUSE_END.finditer(sentence, 0, at)]
        start = _with_its_antecedent(sentence, max(marks, default=0))
        if (
            claim.predicate.value == "title"
            and marks
            and _TITLE_GIVEN_OPENING.match(sentence[:at], marks[-1])
        ):
            # A title given by a clause of its own names the thing before it: "Ballerina's
            # sequel, titled Ballerina: Encore" is the sequel's title, where that clause
            # owns a thing ("The spin-off, aka Danseuse" names the work itself).
            named = [mark.end() for mark in _CLAUSE_END.finditer(sentence, 0, marks[-1] - 1)]
            if _OWNING_WORDS.search(sentence, max(named, default=0), marks[-1]):
                start = max(named, default=0)
        clauses = [(start, end)]
    else:
        marks = [
            mark.end()
            for found in (_CLAUSE_END, _CREDIT_CLAUSE_JOIN)
            for mark in found.finditer(sentence, 0, quote_start)
        ]
        # A quote that stops at a name before its possessive or a suffix is read to the end
        # of that noun phrase: "Ballerina" of "Ballerina's novelization", "Ballerina-inspired".
        more = _OWNED_AFTER_THE_QUOTE.match(sentence, quote_end)
        clauses = [(max(marks, default=0), quote_end if more is None else more.end())]
    return clauses or [(quote_start, quote_end)]


def value_of_the_work_itself(claim: Claim, catalog: Catalog) -> list[Breach]:
    """Every value of a work but a relation to another work (:data:`_RELATION_PREDICATES`)
    is said of the work itself, not of another thing of it (:data:`THINGS_OF_THE_WORK`):
    the value's clause (for a credit, its quote's; for a text value, back over a relative
    clause's antecedent) names the work as the head of no other noun phrase -- "Ballerina's
    sequel", "Ballerina, whose sequel", "its follow-up", "the sequel to Ballerina", "a
    Ballerina prequel", "the director's cut of Ballerina", "Ballerina reviews", "the
    Ballerina TV series", "A remastered Ballerina", "the sequel" alone (but "Ballerina,
    the spin-off, ...", "The first spin-off, Ballerina, ...") -- but where the noun is
    one of the predicate's own (:data:`OWN_NOUNS`, a credit's :data:`ROLE_WORDS`:
    "Ballerina's release date", "the budget of Ballerina", "Ballerina's
    director"). A possessive or an "of" or "to" phrase whose noun is neither is refused
    with the noun named ("Ballerina's Prague shoot"); a release "to critics", "to press" or
    "to exhibitors" is no release; a cost or takings "in 2024 alone", "adjusted for
    inflation", "in 2023 dollars" or "the equivalent of" is a part or a converted figure
    (:data:`CONVERTED_OR_PART_WORDS`). The work's name as a likeness is another work
    (:func:`_likeness_of_the_work`: "a John Wick-style thriller", "à la John Wick", "the
    John Wick of ballet films"; "a John Wick rip-off" by the nouns of a "thing"). A title
    given by a clause of its own (a word of :data:`TITLE_GIVING_WORDS` opening it) is of
    the thing the clause before names: "Ballerina's sequel, titled Ballerina: Encore",
    "Ballerina's villain, known as The Chancellor" are those things' titles ("Ballerina,
    titled ..." the work's). A "whose"
    clause closed before the value is an aside
    ("Ballerina, whose sequel is in the works, is an action film"); a text value's own words
    are no owner of it; a franchise's or a series' "series" is itself. A date, figure or
    text whose claim's note quotes the words and says how the value is the work's passes;
    an entity (a credit, a distributor) never does: claim it for the other work. A name of
    the work written whole is the work itself, whatever words it holds ("From the World of
    John Wick: Ballerina", where the work has that alias); where a capital on the noun read
    may make the words a title the work lacks, the refusal says that giving the work the
    alias lets the claim through too."""
    predicate = claim.predicate.value
    if predicate in _RELATION_PREDICATES:
        return []
    if claim.subject not in {film.id for film in catalog.films}:
        return []
    sentence, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    clauses = _work_value_clauses(claim, sentence, quote_start, quote_end)
    read = _without_closed_whose(
        _blanked_outside(sentence, clauses), _value_at(claim, catalog, quote_start)
    )
    if isinstance(claim.value, Text):
        # A text value's own words own nothing of it ("its impact" of a plot, "the events
        # of Chapter 3" of a title): they are read as a mark, a name of the work's.
        at = read.casefold().find(claim.value.text.casefold(), quote_start, quote_end)
        if at != -1 and claim.value.text.strip():
            read = read[:at] + "\x00" * len(claim.value.text) + read[at + len(claim.value.text) :]
    found = _of_another_thing(read, claim, catalog) or _likeness_of_the_work(read, claim, catalog)
    if found is None and predicate in ("cost", "box_office"):
        # A part or a converted figure, said of it to the sentence's end ("cost $90
        # million, adjusted for inflation").
        start = min(start for start, _ in clauses)
        part = _CONVERTED_OR_PART.search(sentence, start)
        found = None if part is None else (part[0].casefold(), " ".join(part[0].split()))
    if found is not None and found[0] in _A_SERIES and _is_a_series(claim.subject, catalog):
        found = None  # a franchise's or a series' "series" is itself
    if found is None:
        return []
    noun, words = found
    credit = isinstance(claim.value, EntityRef)
    if not credit and _note_quotes(claim, words):
        return []
    how = (
        "claim it for that work, not this one"
        if credit
        else f"quote {words!r} in the note and say how the value is the work's own"
    )
    # A capital on the noun may make the words a title of the work the catalog lacks.
    if any(word[:1].isupper() and word.casefold() == noun for word in words.split()[1:]):
        how += "; or, where the words are a title of the work, give the work that alias"
    message = (
        f"the sentence says the value of another thing than the work ({words!r}: {noun!r}),"
        f" not of the work itself: {how}"
    )
    field = (
        "value.id"
        if credit
        else "value.date"
        if isinstance(claim.value, DateValue)
        else "value.amount"
        if isinstance(claim.value, Quantity)
        else "value.text"
        if isinstance(claim.value, Text)
        else "value"
    )
    return [Breach("value of the work", field, message)]


#: Words that leave the work named just after them out of what its sentence says of a set of
#: works ("Every John Wick film but Ballerina stars Ian McShane", "other than Ballerina",
#: "excluding Ballerina", "bar Ballerina", "save Ballerina"): the value is the other works',
#: not the work's. "but" only after a noun of a set ("films but", "all but"): "Sinners
#: flopped, but Ballerina ..." leaves nothing out. :data:`WORK_LEFT_OUT_AFTER_WORDS` do so
#: just after the name (", Ballerina excepted,", "Ballerina aside").
WORK_LEFT_OUT_WORDS = (
    "except", "except for", "excepting", "excluding", "exclusive of", "minus", "sans",
    "apart from", "aside from", "other than", "with the exception of", "save for", "save",
    "barring", "bar", "but for", "not counting", "not including", "leaving out",
    "leaving aside", "setting aside", "all but", "everything but", "one but", "film but",
    "films but", "movie but", "movies but", "entry but", "entries but", "installment but",
    "installments but", "instalment but", "instalments but", "chapter but", "chapters but",
    "sequel but", "sequels but", "spin-off but", "spin-offs but", "title but", "titles but",
)  # fmt: skip
#: Words just after the work's name that leave it out of a set (see
#: :data:`WORK_LEFT_OUT_WORDS`); "aside from" and "apart from" after it are another thing's
#: ("Ballerina, apart from its finale, ...").
WORK_LEFT_OUT_AFTER_WORDS = (
    "excepted", "aside", "apart", "excluded", "not included", "not counted", "left out",
    "set aside",
)  # fmt: skip
_WORK_LEFT_OUT_BEFORE = re.compile(_as_words(WORK_LEFT_OUT_WORDS) + r",?\s*\Z")
_WORK_LEFT_OUT_AFTER = re.compile(
    r"\A,?\s*" + _as_words(WORK_LEFT_OUT_AFTER_WORDS) + r"(?!\s+(?i:from)\b)"
)


def work_not_left_out_of_its_set(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A work's value is refused where its sentence names the work only to leave it out of a
    set the value is said of: a word of :data:`WORK_LEFT_OUT_WORDS` just before one of its
    names ("Every John Wick film but Ballerina stars Ian McShane", "other than Ballerina",
    "excluding Ballerina", "bar Ballerina") or of :data:`WORK_LEFT_OUT_AFTER_WORDS` just
    after it (", Ballerina excepted,", "Ballerina aside"). The value is the other works':
    claim it for them. Where the words leave out something else, the claim's note quotes
    them and says how the value is the work's own."""
    if claim.subject not in {film.id for film in catalog.films}:
        return []
    sentence, _, _ = _quote_in_its_sentence(claim, catalog)
    names = sorted(catalog.entity(claim.subject).names, key=len, reverse=True)
    for name in names:
        for found in _name_pattern(name).finditer(sentence):
            left_out = _WORK_LEFT_OUT_BEFORE.search(
                sentence, 0, found.start()
            ) or _WORK_LEFT_OUT_AFTER.match(sentence[found.end() :])
            if left_out is None:
                continue
            words = " ".join(left_out[1].split())
            if _note_quotes(claim, words):
                continue
            message = (
                f"the sentence leaves the work out of what it says ({words!r} with"
                f" {found[0]!r}): the value is the other works', not this one's; claim it for"
                f" them, or, where {words!r} leaves out something else, quote {words!r} in the"
                " note and say how the value is the work's own"
            )
            return [Breach("work left out", "quote", message)]
    return []


#: Nouns of a set of works ("the John Wick films", "the franchise", "the series"): a figure
#: whose sentence names one before the figure, not after a word of
#: :data:`SET_GOVERNING_WORDS`, is the set's total, not the work's own ("Ballerina pushed
#: the John Wick films past $1 billion", "With Ballerina, the franchise has grossed ...").
SET_NOUNS = (
    "films", "movies", "pictures", "installments", "instalments", "entries", "chapters",
    "sequels", "spin-offs", "franchise", "franchise's", "series", "series'", "saga",
    "saga's", "universe", "films'", "movies'",
)  # fmt: skip
#: Words before a set's noun phrase that make it no subject of the figure: "the fifth film
#: in the franchise", "the latest of the John Wick films", "more than the other films".
SET_GOVERNING_WORDS = (
    "in", "of", "from", "to", "among", "amongst", "within", "into", "across", "throughout",
    "for", "than", "like", "as", "about", "behind", "beyond", "after", "before", "since",
    "outgrossed", "outearned", "beat", "beats", "topped", "tops", "surpassed", "surpasses",
)  # fmt: skip
_SET_NOUN = re.compile(_as_words(SET_NOUNS))
# The words of a set's noun phrase before its noun, read back: determiners, numbers and
# capitalized words ("the four John Wick", "its whole", "all the").
_SET_PHRASE_BEFORE = re.compile(
    r"(?:(?:(?i:the|its|their|this|that|these|those|all|both|whole|entire|four|five|other"
    r"|previous|earlier|\d+)|[A-Z][\w:'\u2019.-]*)[\s\u00a0]+)*\Z"
)
_SET_GOVERNED = re.compile(_as_words(SET_GOVERNING_WORDS) + r"[\s\u00a0]*\Z")


def figure_not_a_sets_total(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A film's cost or takings are refused where the sentence names a set of works before
    the figure as what the figure is of: a noun of :data:`SET_NOUNS` with its words
    ("the John Wick films", "the franchise") not after a word of
    :data:`SET_GOVERNING_WORDS` ("Ballerina pushed the John Wick films past $1 billion",
    "Ballerina helped the franchise gross over $1 billion", "With Ballerina, the John Wick
    films have now grossed ...", "The franchise, Ballerina included, has grossed ..."): the
    figure is the set's total. "the fifth film in the franchise" names no set as the
    figure's. The claim's note quotes the words and says how the figure is the work's own."""
    if claim.predicate.value not in ("cost", "box_office") or not isinstance(claim.value, Quantity):
        return []
    if claim.subject not in {film.id for film in catalog.films}:
        return []
    sentence, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    at = _value_at(claim, catalog, quote_start)
    end = quote_end if at is None else at
    for found in _SET_NOUN.finditer(sentence, 0, end):
        phrase = _SET_PHRASE_BEFORE.search(sentence, 0, found.start())
        start = found.start() if phrase is None else phrase.start()
        if _SET_GOVERNED.search(sentence, 0, start):
            continue
        words = " ".join(sentence[start : found.end()].split())
        if _note_quotes(claim, words):
            continue
        message = (
            f"the sentence gives the figure to a set of works ({words!r}), not to the work"
            f" alone: claim it for the set, or quote {words!r} in the note and say how the"
            " figure is the work's own"
        )
        return [Breach("figure of a set", "value.amount", message)]
    return []


# A "whose" clause to the mark that closes it: "Ballerina, whose director is Len Wiseman,".
_CLOSED_WHOSE = re.compile(r"(?<![\w'\u2019-])(?i:whose)\b[^,;:()\u2013\u2014]*[,;:()\u2013\u2014]")


def _value_at(claim: Claim, catalog: Catalog, quote_start: int) -> int | None:
    """Where the claim's sentence writes its value (its quote starting at ``quote_start``),
    or None where the rules cannot say."""
    value, quote = claim.value, claim.evidence.quote
    if isinstance(value, DateValue):
        dates = [each.start for each in _written_dates(quote) if _writes(each, value.date)]
        at = min(dates, default=None)
    elif isinstance(value, Quantity):
        span = _where_figure_written(value, quote)
        at = None if span is None else span[0]
    elif isinstance(value, EntityRef):
        names = catalog.entity(value.id).names
        at = min(
            (m.start() for name in names for m in _name_pattern(name).finditer(quote)), default=None
        )
    elif isinstance(value, Text) and value.text.strip():
        found = quote.casefold().find(value.text.casefold())
        at = None if found == -1 else found
    else:
        at = None
    return None if at is None else quote_start + at


def _without_closed_whose(read: str, value_at: int | None) -> str:
    """``read`` with each "whose" clause closed before the value (at ``value_at``) blanked:
    an aside of the work, not what the value is said of ("Ballerina, whose director is Len
    Wiseman, opens on June 6, 2025"). A "whose" clause the value stands in stays."""
    if value_at is None:
        return read
    for found in _CLOSED_WHOSE.finditer(read, 0, value_at):
        read = read[: found.start()] + " " * len(found[0]) + read[found.end() :]
    return read


def _duration_of_another_thing(
    claim: Claim,
    sentence: str,
    bounds: tuple[int, int],
    span: tuple[int, int],
    work_names: Iterable[str] = (),
) -> list[Breach]:
    """The breach of a duration that ``sentence`` gives as the running time of another thing
    than the work (:data:`OTHER_PARTS`, but one counted in: "including credits",
    :data:`INCLUDED_PART_WORDS`), or, a ``duration``, as no running time at all (no
    word of :data:`RUNNING_TIME_WORDS` in its clause, ``bounds``, nor of
    :data:`RUNNING_TIME_NOUNS` just after it, where it is written, ``span``; nor "at" alone
    as an aside of the work, "Ballerina, at 125 minutes, is", or opening the sentence
    before a clause that opens with the work, one of ``work_names`` or "the film": "At 125
    minutes, Ballerina is the shortest"; nor a listing's figure alone just after the work's
    name, :func:`_listed_after_the_work`: "Ballerina (125 mins)"). A fact box's label a
    colon ends just before the clause is read with it ("Running time: 125 minutes")."""
    (before, after), (start, end) = bounds, span
    clause = sentence[before:start] + " " + sentence[end:after]
    if claim.predicate.value not in _PREDICATES_OF_OTHER_THINGS:
        part = _OTHER_PART.search(sentence, before, start) or _OTHER_PART_JUST_AFTER.match(
            sentence, end, after
        )
        if part is not None and _PART_INCLUDED.search(sentence, 0, part.start(1)):
            part = None  # counted in: "runs 125 minutes including credits"
        if part is not None:
            message = (
                f"the sentence gives the figure as the running time of another thing than the"
                f" work ({part[1]!r}): say in a note how the figure is the work's"
            )
            return [Breach("figure of the work", "value.amount", message)]
    cut = _ANOTHER_CUT.search(clause) if claim.predicate.value == "duration" else None
    if cut is not None:
        message = (
            f"the figure's clause writes {' '.join(cut[1].split())!r}, a version or a past cut"
            " of the work, no running time of the work as released: say in a note how the"
            " figure is the work's running time, quoting those words"
        )
        return [Breach("figure of the work", "value.amount", message)]
    impression = _IMPRESSION.search(clause) if claim.predicate.value == "duration" else None
    if impression is not None:
        message = (
            f"the figure's clause writes {' '.join(impression[1].split())!r}, an impression of"
            " length, no running time: say in a note how the figure is the work's running"
            " time, quoting those words"
        )
        return [Breach("figure of the work", "value.amount", message)]
    if (
        claim.predicate.value == "duration"
        and not _RUNNING_TIME.search(clause)
        and not _RUNNING_TIME_NOUN_JUST_AFTER.match(sentence, end, after)
        and not (_ASIDE_AT.fullmatch(clause) and before > 0)
        and not (_ASIDE_AT.fullmatch(clause) and _work_after(sentence, after, work_names))
        and not _RUNNING_TIME.search(_fact_box_label(sentence, before))
        and not _listed_after_the_work(sentence, span, work_names)
    ):
        label = _fact_box_label(sentence, before)
        clause = f"{label}: {clause.strip()}" if label else clause
        message = (
            f"the figure's clause ({clause.strip()!r}) gives it as no running time (no word"
            " such as 'runs', 'running time', 'long' or 'a 90-minute film', nor the figure"
            " alone just after the work's name, as a listing's 'Ballerina (125 mins)'): a"
            " person's screen time or a wait is none; say in a note how the figure is the"
            " work's running time"
        )
        return [Breach("figure of the work", "value.amount", message)]
    return []


#: The words of a version or a past cut of a work in a running time's clause: "runs 140
#: minutes in the unrated version", "uncut", "ran 180 minutes at test screenings", "before
#: editing", "in an early version", "once ran": no running time of the work as released
#: (:func:`figure_of_the_work_itself_or_noted`), unless the claim's note says how it is.
ANOTHER_CUT_WORDS = (
    "version", "versions", "cut", "cuts", "uncut", "edit", "edits", "test screening",
    "test screenings", "test screened", "before editing", "before the edit", "once ran",
    "once runs", "once clocked", "once clocked in at", "workprint", "assembly",
)  # fmt: skip
_ANOTHER_CUT = re.compile(_as_words(ANOTHER_CUT_WORDS))
# A fact box's label just before its value: "Running time: 125 minutes".
_LABEL_BEFORE = re.compile(r"(?:^|[.;(\n|])\s*([^\W\d][\w'\u2019 -]{0,40}?)\s*:\s*\Z")


def _fact_box_label(sentence: str, before: int) -> str:
    """The label a colon ends just before a figure's clause starts at ``before`` ("Running
    time" of "Running time: 125 minutes"): the predicate's words as a fact box writes them,
    or the empty string."""
    label = _LABEL_BEFORE.search(sentence, 0, before)
    return "" if label is None else label[1]


# Just before a listing's running time: the work's name (blanked to a mark of its own), then
# a bracket (a year and a comma may come first: "(2025, 125 mins)"), a comma, a bar or a
# colon.
_LISTED_BEFORE = re.compile(
    r"\x00[\s\u00a0]*(?:\((?:[\s\u00a0]*[0-9]{4}[\s\u00a0]*[,;])?|[,|:])[\s\u00a0]*\Z"
)
# Just after it: an abbreviation's full stop ("125 min."), then the bracket's close, or the
# next comma, bar, semicolon or the sentence's end where no bracket opened.
_LISTED_AFTER_BRACKET = re.compile(r"\.?[\s\u00a0]*\)")
_LISTED_AFTER = re.compile(r"\.?[\s\u00a0]*(?:[,;|]|\.(?![0-9])|\Z)")


def _listed_after_the_work(sentence: str, span: tuple[int, int], work_names: Iterable[str]) -> bool:
    """Whether the duration written at ``span`` of ``sentence`` stands alone just after one
    of ``work_names``, as a listing gives a running time: in brackets ("Ballerina (125
    mins)", "Ballerina (125 min.)", "Ballerina (2025, 125 mins)"), or after a comma, a bar
    or a colon up to the next or the sentence's end ("Ballerina, 125 mins, is a blast").
    "Ballerina (10 minutes of it with Keanu Reeves)", "Ballerina, 10 minutes in, turns" and
    "the trailer (2 mins)" are none."""
    marked = sentence
    for name in sorted(work_names, key=len, reverse=True):
        marked = _name_pattern(name).sub(lambda found: "\x00" * len(found[0]), marked)
    before = _LISTED_BEFORE.search(marked, 0, span[0])
    if before is None:
        return False
    bracketed = "(" in before[0]
    after = (_LISTED_AFTER_BRACKET if bracketed else _LISTED_AFTER).match(marked, span[1])
    return after is not None


def _work_after(sentence: str, at: int, work_names: Iterable[str]) -> bool:
    """Whether the clause after the comma at ``at`` in ``sentence`` opens with the work: one
    of ``work_names`` or "the film", "this movie" (:data:`RUNNING_TIME_NOUNS`)."""
    marked = sentence
    for name in sorted(work_names, key=len, reverse=True):
        marked = _name_pattern(name).sub(lambda found: "\x00" * len(found[0]), marked)
    return _WORK_AFTER_AT.match(marked, at) is not None


def figure_of_the_work_itself_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A figure is the claim's subject's own: where its clause (back to a comma, a
    semicolon, a colon, a bracket, a dash, a word of :data:`CLAUSE_BREAK_WORDS` or the figure
    before it, and on to the next of them or the figure after it) names a film of the
    catalog and no name of the subject, the figure is that film's ("Ballerina made $58
    million while Chapter 4 made $440 million" gives Ballerina no $440 million); a duration
    of one of :data:`OTHER_PARTS` ("The trailer for Ballerina runs 2 minutes") is that
    thing's, and an amount of one of :data:`OTHER_SUMS` ("Ballerina's marketing budget is $50
    million", "Ballerina lost $20 million") no ``cost`` or ``box_office`` of the work. The
    words are read in the figure's sentence (its :func:`lead_in` and :func:`lead_out` too);
    the digits of a name ("Chapter 4") are no figure. A relative clause is read with the
    words before it ("Chapter 4, which runs 169 minutes" is Chapter 4's). A ``duration`` is
    bound to a word of its clause of :data:`RUNNING_TIME_WORDS` or of
    :data:`RUNNING_TIME_NOUNS` just after it: "appears in Ballerina for 10 minutes" is
    screen time. A date is the subject's by the same reading of its clause: "Ballerina
    opened on June 6, 2025; Chapter 4 opened on March 24, 2023" gives Ballerina no March 24,
    2023. A sentence that pairs figures and works by order ("..., respectively") is read by
    no rule. Or else the claim's note says how the figure (or date) is the subject's. An
    entity value (a credit, a distributor) is read so too (:func:`_entity_of_another_work`)."""
    if not isinstance(claim.value, Quantity) or claim.note:
        return _date_of_another_work(claim, catalog) or _entity_of_another_work(claim, catalog)
    span = _where_figure_written(claim.value, claim.evidence.quote)
    if span is None:
        return []
    lead = lead_in(claim, catalog)
    sentence = lead + claim.evidence.quote + lead_out(claim, catalog)
    start, end = span[0] + len(lead), span[1] + len(lead)
    unit = claim.value.unit.strip().casefold()
    duration = unit in TIME_UNITS
    # A rank's number is no figure of its own: "opened at No. 1 with $25 million".
    figures = [
        at
        for _, at in written_figures(_without_dated_names(sentence, catalog), durations=duration)
        if not _RANK_BEFORE.search(sentence, 0, at[0])
    ]
    before = max((at[1] for at in figures if at[1] <= start), default=0)
    after = min((at[0] for at in figures if at[0] >= end), default=len(sentence))
    marks = list(_FIGURE_OWN_CLAUSE_END.finditer(sentence, before, start))
    before = marks[-1].end() if marks else before
    before = _with_its_antecedent(sentence, before)
    closing = _FIGURE_OWN_CLAUSE_END.search(sentence, end, after)
    after = closing.start() if closing is not None else after
    clause = sentence[before:start] + " " + sentence[end:after]
    # "respectively" pairs figures and works by order, which no rule reads.
    paired = (
        [Breach("figure of the work", "value.amount", _PAIRED_FIGURE)]
        if _RESPECTIVELY.search(sentence)
        else []
    )
    bounds, at = (before, after), (start, end)
    names = catalog.entity(claim.subject).names
    if duration and (found := _duration_of_another_thing(claim, sentence, bounds, at, names)):
        return found
    other_sum = _OTHER_SUM.get(claim.predicate.value)
    if other_sum is not None and not duration:
        words = next(
            (
                found
                for low, high in ((before, start), (end, after))
                for found in other_sum.finditer(sentence, low, high)
                if not _SUM_LEFT_OUT_BEFORE.search(sentence, 0, found.start())
            ),
            None,
        )
        # A figure no word binds to its predicate is none of it (FIGURE_PREDICATE_WORDS).
        money = [] if paired else _money_of_another_predicate(claim, sentence, bounds, at)
        if words is not None:
            message = (
                f"the sentence gives the figure as another sum than the work's ({words[1]!r}),"
                f" no {claim.predicate.value} of it: say in a note how the figure is the work's"
            )
            money = [Breach("figure of the work", "value.amount", message)]
        if money:
            return money
    named = _works_named(clause, catalog)
    others = [name for name, ids in named.items() if claim.subject not in ids]
    if not others or len(others) < len(named):
        return paired
    message = (
        f"the figure's clause names another work ({others[0]!r}) and not the claim's subject:"
        " the figure is that work's; say in a note how it is the subject's"
    )
    return paired or [Breach("figure of the work", "value.amount", message)]


#: The labels of a fact box that bind the figure right after them to ``cost`` or
#: ``box_office`` ("Budget: $90 million", "Box office: $58 million"), each the whole label
#: (any case, any whitespace between its words): a label of another sum ("Marketing budget:",
#: "Opening weekend:") binds none, and its figure is refused as bound to no predicate.
FACT_BOX_MONEY_LABELS: Mapping[str, tuple[str, ...]] = {
    "cost": (
        "budget", "production budget", "estimated budget", "cost", "production cost",
        "estimated cost",
    ),
    "box_office": (
        "box office", "box-office", "gross", "worldwide gross", "gross worldwide",
        "total gross", "lifetime gross", "box office gross", "worldwide box office",
        "global box office", "takings",
    ),
}  # fmt: skip
_PREDICATE_OF_LABEL = {
    label: predicate for predicate, labels in FACT_BOX_MONEY_LABELS.items() for label in labels
}
_FACT_BOX_MONEY_LABEL = re.compile(
    "(?i:" + _phrases(label for labels in FACT_BOX_MONEY_LABELS.values() for label in labels) + ")"
)


def _money_of_another_predicate(
    claim: Claim, sentence: str, bounds: tuple[int, int], at: tuple[int, int]
) -> list[Breach]:
    """The breach of a ``box_office`` or ``cost`` figure (at ``at`` in ``sentence``, its
    clause ``bounds``) that its clause does not bind to the claim's predicate
    (:data:`FIGURE_PREDICATE_WORDS`): a word of "neither" anywhere in it, or "for" just
    after a figure of takings; else its nearest word of a predicate is the other's, or it
    has none. A fact box's label of :data:`FACT_BOX_MONEY_LABELS` that a colon ends just
    before the clause is a word of it ("Budget: $90 million", :func:`_fact_box_label`)."""
    predicate = claim.predicate.value
    if predicate not in ("box_office", "cost"):
        return []
    (before, after), (start, end) = bounds, at
    other = "cost" if predicate == "box_office" else "box_office"
    wants = (
        f"{predicate} wants a word such as 'grossed', 'earned', 'took in' or 'box office'"
        if predicate == "box_office"
        else f"{predicate} wants a word such as 'budget', 'cost' or 'made for'"
    )
    fix = f"say in a note how the figure is the work's {predicate}"
    neither = next(
        (
            found[1]
            for low, high in ((before, start), (end, after))
            for found in _NEITHER_PREDICATE_WORD.finditer(sentence, low, high)
        ),
        None,
    )
    if neither is None and predicate == "box_office":
        paid = _FOR_JUST_AFTER.match(sentence, end)
        neither = None if paid is None or paid.end() > after else "for"
    if neither is not None:
        message = (
            f"the sentence gives the figure as another sum than the work's ({neither!r}), no"
            f" {predicate} of it: a sum needed or won, an average, the price of a copy or a"
            f" payment is none; {fix}"
        )
        return [Breach("figure of the work", "value.amount", message)]
    # The nearest word is the one the fewest words part from the figure; in a tie, the one
    # before it ("grossed $58 million worldwide").
    words = [
        (len(_WORD_IN_CLAUSE.findall(sentence, low, high)), low, found[0])
        for found in _FIGURE_PREDICATE_WORD.finditer(sentence, before, after)
        if found.end() <= start or found.start() >= end
        for low, high in [(found.end(), start) if found.end() <= start else (end, found.start())]
    ]
    # A fact box's label binds the value right after it ("Budget: $90 million", "Box office:
    # $58 million"), as near as a word just before it.
    if (label := _FACT_BOX_MONEY_LABEL.fullmatch(_fact_box_label(sentence, before))) is not None:
        words.append((len(_WORD_IN_CLAUSE.findall(sentence, before, start)), before, label[0]))
    nearest = min(words, default=None)
    # A figure set off by a comma after its noun is that noun's ("Ballerina's budget, $90
    # million as first announced, grew").
    if nearest is None and (noun := _NOUN_BEFORE_COMMA.search(sentence, 0, before)):
        nearest = (0, before, noun[1])
    if nearest is None:
        message = (
            f"the figure's clause writes no word that binds it to {predicate} ({wants}): {fix}"
        )
        return [Breach("figure of the work", "value.amount", message)]
    said = " ".join(nearest[2].casefold().split())
    if _PREDICATE_OF_WORD.get(said, _PREDICATE_OF_LABEL.get(said)) == predicate:
        return []
    message = (
        f"the figure's nearest word of a predicate ({nearest[2]!r}) gives it as {other}, no"
        f" {predicate} ({wants}): claim it as {other}, or {fix}"
    )
    return [Breach("figure of the work", "value.amount", message)]


def _target_or_forecast(claim: Claim, near: str) -> list[Breach]:
    """The breach of a box-office figure that the words ``near`` it give as a target or a
    forecast (:data:`PART_OF_RUN_WORDS` "target" and "forecast"), no takings made, where no
    note says how it is read (nor, for a forecast, a status says it is one)."""
    if claim.note:
        return []
    found, how = _TARGET.search(near), ""
    if found is None and claim.qualifiers.status is None:
        found, how = _FORECAST.search(near), " (or give a forecast its status)"
    if found is None:
        return []
    message = (
        f"the sentence gives the figure as a target or a forecast ({found[1]!r}), not takings"
        f" made: claim the takings the text gives, or say in a note how the figure is read{how}"
    )
    return [Breach("part of the run", "value.amount", message)]


def status_backed_by_its_words(
    claim: Claim, catalog: Catalog, reviewed: Mapping[str, str] = STATUS_FROM_CONTEXT
) -> list[Breach]:
    """A status is backed by words of the claim's own quote, or by a reviewed reason. A word
    backs it where the quote writes it as a word; for a status of a thing done
    (:data:`DONE_STATUSES`), not negated ("not yet released", "has not, as of this writing,
    announced": a negating word of ``_relations.NEGATIONS``, a contracted "n't" or a denial,
    "denied", anywhere before it in its sentence); for a firm status (``released``,
    ``announced``), not in a future or modal phrase either ("will, according to the studio,
    be released", "could be released": a word of ``_MODALS`` anywhere before it in its
    sentence, or "to" among the three words just before it, "set to be announced"); nor
    after the words of :data:`UNDOING_STATUS_WORDS` ("almost released" is no release,
    "supposedly released" a report: ``reported`` or ``unconfirmed``). The
    quote is read with its :func:`lead_in`, and the words after it that
    :func:`_clause_after` reads ("..., Variety reports." backs ``reported``): "released on
    June 7, 2024" after "Ballerina will not be " backs no ``released``, and "debut on
    Peacock" after "The Continental is set to " backs ``scheduled``; but not the words of
    another clause before the quote's (:data:`CLAUSE_BREAK_WORDS`: "Critics expected
    little, but Keanu Reeves appears" backs no ``expected``), and a negation or modal word
    before a status word counts only in its clause ("No trailer has been seen, but
    Ballerina was released" is a release). A negation or modal
    word of the lead-in that the note quotes is the note's to explain, and counts no more;
    a word inside a name of an entity of the catalog ("Will Poulter", "Hope Davis") is the
    name's, and neither backs nor stops a status. Where the quote writes more than one
    date, a date's status is backed by words of the date's own clause (``_date_clauses``):
    "was released in the US on June 7, 2024 and will reach the UK on June 6, 2025" backs no
    ``released`` for June 6, 2025. A value its sentence gives as one of several ("Len
    Wiseman or Chad Stahelski": :data:`ALTERNATIVE_WORDS`) backs ``unconfirmed`` and
    ``speculated``, and a value its sentence says was changed since (:data:`CHANGE_WORDS`:
    a date, a figure, a credit or a filming location) or its correction notice tells as
    the source's earlier error (:data:`CORRECTION_NOTICE_WORDS`) ``superseded``; ``scheduled`` no
    longer stands for a date changed since."""
    status = claim.qualifiers.status
    if status is None or claim.id in reviewed:
        return []
    if (found := _alternative(claim, catalog)) and status in ALTERNATIVE_WORDS[found[0]]:
        return []  # a choice still open ("Len Wiseman or Chad Stahelski") backs it
    if status is Status.SUPERSEDED and (
        _value_superseded(claim, catalog)
        or _correction_notice(claim, catalog) is not None
        or _credit_ended_since(claim, catalog)
    ):
        # A value its sentence says was changed since, or a correction notice tells as the
        # source's earlier error.
        return []
    if status is Status.SCHEDULED and _plan_held(claim):
        return []  # a release held or announced as a plan ("had a June 7, 2024 release date")
    backing = _backing_words(status)
    # The lead-in's words of another clause ("Critics expected little, but") back nothing.
    lead = len(lead_in(claim, catalog))
    read, weighed = (_own_clause(each, lead) for each in _read(claim, catalog))
    if clauses := _with_gapped_verbs(claim.evidence.quote, claim):
        # Where the quote writes more than one date, a date's status is its clause's, and a
        # gapped clause's that of the clause whose verb it shares.
        lead = len(read) - len(claim.evidence.quote)
        spans = [(lead + s if s else 0, lead + e) for s, e in clauses]
        read, weighed = _blanked_outside(read, spans), _blanked_outside(weighed, spans)
    of_others = (
        []
        if claim.predicate.value in _PREDICATES_OF_OTHER_THINGS or not _OTHER_THING.search(read)
        else [
            found
            for found in _OF_ANOTHER_THING.finditer(read)
            # An inference drawn from a trailer is the claim's ("judging by the trailer").
            if not _INFERENCE_ENDING.search(read, 0, found.end())
        ]
    )
    # The words of another thing blanked, as the names are: they back no status.
    own = _OF_ANOTHER_THING.sub(lambda word: " " * len(word[0]), read) if of_others else read
    done, firm = status in DONE_STATUSES, status in FIRM_STATUSES
    if any(_says(own, word, done=done, firm=firm, weighed=weighed) for word in backing):
        return []
    # The words as a text writes them, not those blanked as the rules read names ("hits
    # _______").
    listed = ", ".join(repr(word) for word in backing if "_" not in word)
    how = " not negated nor in a future or modal phrase," if firm else ""
    how = how or (" not negated," if done else "")
    said = "is not in the quote's words"
    if any(_says(read, word, done=done, firm=firm, weighed=weighed) for word in backing):
        # As the text writes it: the read text blanks names, keeping every place.
        other = of_others[0]
        sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
        written = sentence[other.start() : other.end(1)]
        shown = " ".join(written.split())
        said = f"is in the quote's words only as said of another thing ({shown!r})"
    message = (
        f"status {status.value!r} {said}: quote the words that say it ({listed}),{how} or"
        " leave the status out"
    )
    return [Breach("status words", "qualifiers.status", message)]


def _backing_words(status: Status) -> tuple[str, ...]:
    """The words of :data:`STATUS_WORDS` that back ``status`` anywhere in a quote: for
    ``superseded``, not those of a first set or earlier plan (:data:`CHANGE_WORDS`
    "before": "originally", "initially", "at first"), which back it only bound to the value
    (:func:`_value_superseded`): "Ballerina, originally a spec script, opens June 6, 2026"
    supersedes no date."""
    if status is not Status.SUPERSEDED:
        return STATUS_WORDS[status]
    return tuple(word for word in STATUS_WORDS[status] if word not in CHANGE_WORDS["before"])


#: What a status word may be of that is neither a claim's subject nor its value: a
#: status word just before one ("has released a trailer for Ballerina, which opens June
#: 7, 2024", "announced the first poster", "the released trailer"; with at most three
#: words between that say which, of :data:`WHICH_WORDS`, or a possessive, "Lionsgate's")
#: backs no status, but that of a claim of the thing itself (``trailer``,
#: ``promotional_material``).
OTHER_THINGS = (
    "trailer", "trailers", "teaser", "teasers", "poster", "posters", "first look",
    "sneak peek", "image", "images", "photo", "photos", "clip", "clips", "footage",
    "featurette", "featurettes", "artwork",
)  # fmt: skip
#: The words that may stand between a status word and one of :data:`OTHER_THINGS`.
WHICH_WORDS = (
    "a", "an", "the", "its", "their", "his", "her", "this", "another", "new", "first",
    "second", "final", "official", "latest", "full", "exclusive", "teaser",
)  # fmt: skip
_PREDICATES_OF_OTHER_THINGS = frozenset({"trailer", "promotional_material"})
_OTHER_THING = re.compile(_as_words(OTHER_THINGS))
# A word just before one of OTHER_THINGS, with WHICH_WORDS, possessives ("Lionsgate's", or
# the "'s" a blanked name leaves) or quotation marks between.
_OF_ANOTHER_THING = re.compile(
    r"(?<![\w'-])[\w'-]+(?=((?:[\s\"\u201c\u201d]+(?:"
    + "|".join(WHICH_WORDS)
    + r"|[\w'-]*'s)(?![\w'-])){0,3}[\s\"\u201c\u201d]+"
    + _as_words(OTHER_THINGS)
    + "))",
    re.IGNORECASE,
)
# The words of an inference, and those of OTHER_THINGS' WHICH_WORDS after it ("judging by
# the", "from the looks of Lionsgate's"), ending where the text is read to.
_INFERENCE_ENDING = re.compile(
    "(?i:"
    + _phrases(INFERENCE_WORDS)
    + r")(?:[\s\"\u201c\u201d]+(?:"
    + "|".join(WHICH_WORDS)
    + r"|[\w'-]*'s)){0,3}\Z",
    re.IGNORECASE,
)
# A future or modal word: "will be released", "could be released". "to" is one only just
# before the status word ("is to be announced"), not as the preposition it mostly is.
_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "should", "'ll"})
#: Words whose full stop ends no sentence nor clause, read whole and in any case: titles
#: and abbreviations written before a name or a word of their own ("Mr. Reeves", "Dr. Smith",
#: "Warner Bros. Pictures", "John Wick vs. the High Table", "Acme Co. office", a listing's
#: "(dir. Len Wiseman)"); "No" only
#: before a number ("No. 5"). A full stop after a single capital letter ("the U.S. office",
#: "J. Smith"), or one a lowercase letter follows ("about 9 p.m. on Friday"), ends none either.
ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "Inc", "Ltd", "Co", "Corp", "Bros",
    "Gen", "Lt", "Col", "Sgt", "Capt", "Mt", "dir",
)  # fmt: skip
# A full stop that ends a sentence: none of the above before it (read once the full stop is
# found, each length's words in a look-behind of its own, as a look-behind has one length).
_FULL_STOP = r"\.(?<!\b[A-Z]\.)(?!(?<=\b[Nn]o\.)\s*[0-9])" + "".join(
    rf"(?<!\b(?i:{'|'.join(same)})\.)"
    for _, same in itertools.groupby(sorted(ABBREVIATIONS, key=len), key=len)
)
# The closing quotation marks or brackets that may follow a sentence's last mark.
_CLOSING_MARKS = r"[\"'\u201d\u2019)\]]*"
# A mark that ends a sentence, then any closing marks: "!", "?", or a full stop that no
# space and lowercase letter follow (past any opening marks: "9 p.m. on Friday").
_END_MARK = (
    rf"(?:[!?]{_CLOSING_MARKS}"
    rf"|{_FULL_STOP}{_CLOSING_MARKS}(?!\s[\"'\u201c\u2018(\[]*[a-z]))"
)
# The end of a sentence: an end mark before a space, or a line break.
_SENTENCE_END = re.compile(rf"{_END_MARK}\s|\n")
#: How far from a claim's quote its text is read for the rest of its sentence, either way: a
#: longer sentence is read this far. It keeps what a claim costs the rules the same in a long
#: text as in a short one.
SENTENCE_REACH = 2000


def _sentence_start(text: str, at: int, start: int = 0) -> int:
    """Where the sentence that holds ``at`` starts in ``text``: just after its last sentence
    end before ``at`` (from ``start`` on), or ``start``. Read back from ``at`` one mark at a
    time: a search over all the words before the quote took most of what verify costs."""
    before = at
    while True:
        mark = max(text.rfind(sign, start, before) for sign in ".!?\n")
        if mark == -1:
            return start
        # A few characters past ``at``: whether a lowercase letter follows an end just
        # before it.
        found = _SENTENCE_END.match(text, mark, min(len(text), at + 8))
        if found is not None and found.end() <= at:
            return found.end()
        before = mark


def _sentence_before(text: str, at: int) -> str:
    """The words of ``text`` before ``at`` in the sentence that holds ``at``: from the last
    sentence end before it, or the text's start."""
    return text[_sentence_start(text, at) : at]


def lead_out(claim: Claim, catalog: Catalog | None) -> str:
    """The words of a claim's text just after its quote, to the end of the quote's sentence
    (:data:`ABBREVIATIONS`): read in its source's text where ``catalog`` holds it (at most
    :data:`SENTENCE_REACH` characters), else in its ``suffix`` (all of it if it has no
    sentence end). A value quoted alone ("Keanu Reeves" from "Keanu Reeves, who starred in
    all four films, will not appear in Ballerina") keeps what its sentence goes on to say of
    it. A word cut short where the reading stops is left out ("No" of "Norman"): it is no
    word of the text."""
    return _around(claim, catalog)[1]


# What ends a clause after a value: "a dancer, not a hitman" negates no dancer; "Prague was
# not a filming location" negates Prague. A sentence's end, as :data:`ABBREVIATIONS` says.
_CLAUSE_END = re.compile(rf"[;:()\u2013\u2014]|{_CLAUSE_COMMA}|{_END_MARK}(?:\s|\Z)|\n")


def _quote_in_its_sentence(claim: Claim, catalog: Catalog) -> tuple[str, int, int]:
    """The claim's sentence (its :func:`lead_in`, the quote, its :func:`lead_out`) and where
    the quote starts and ends in it."""
    lead = lead_in(claim, catalog)
    start = len(lead)
    return (
        lead + claim.evidence.quote + lead_out(claim, catalog),
        start,
        start + len(claim.evidence.quote),
    )


def _rest_of_clause(text: str) -> str:
    """``text`` up to the end of the clause it starts in."""
    found = _CLAUSE_END.search(text)
    return text if found is None else text[: found.start()]


def lead_in(claim: Claim, catalog: Catalog | None) -> str:
    """The words of a claim's text just before its quote, in the quote's sentence: from the
    last sentence end before it (a full stop, "!" or "?" before a space, or a line break; no
    full stop of :data:`ABBREVIATIONS`, "the U.S. office" goes on), all of what is read if
    there is none. Read in its source's text where ``catalog`` holds it (at most
    :data:`SENTENCE_REACH` characters back), else in its ``prefix``. The rules that read a
    quote's negations, modals, hedges, hopes, order words and the words that bound a date
    read them too: "released on June 7, 2024" quoted from "Ballerina will not be released
    on June 7, 2024" still says "will not", and "appear in Ballerina" from "Keanu Reeves,
    who starred in all four films and was widely expected to return, will not appear in
    Ballerina" too."""
    return _around(claim, catalog)[0]


# The last lead-in and lead-out read in a text, with the text, the quote's start and the
# quote: the rules of a claim read them up to eight times, one rule after another. One
# entry: a catalog's worth would keep each claim's sentence as long as the catalog.
_LAST_SENTENCE: list[tuple[str, int, str, tuple[str, str]]] = []


def _around(claim: Claim, catalog: Catalog | None) -> tuple[str, str]:
    """A claim's :func:`lead_in` and :func:`lead_out`: read in its source's text where the
    catalog holds it and the quote stands at its offsets there, else in its prefix and
    suffix."""
    evidence = claim.evidence
    text = None if catalog is None else catalog.texts.get(claim.source)
    if text is not None and text.startswith(evidence.quote, evidence.start):
        if _LAST_SENTENCE:
            read_in, start, quote, found = _LAST_SENTENCE[0]
            if read_in is text and start == evidence.start and quote == evidence.quote:
                return found
        whole = len(text) <= evidence.end + SENTENCE_REACH
        found = (
            _words_before(text, evidence.start, cut=evidence.start > SENTENCE_REACH),
            _words_after(text, evidence.end, whole=whole),
        )
        _LAST_SENTENCE[:] = [(text, evidence.start, evidence.quote, found)]
        return found
    # The quote after the prefix and before the suffix: whether a lowercase letter follows
    # an end just before it, and whether an abbreviation ends it ("Mr" of "Mr.").
    prefix, suffix = evidence.prefix, evidence.suffix
    before = _words_before(prefix + evidence.quote, len(prefix), cut=evidence.start > len(prefix))
    after = _words_after(
        evidence.quote + suffix, len(evidence.quote), whole=len(suffix) < EVIDENCE_CONTEXT
    )
    return before, after


def _words_before(text: str, at: int, *, cut: bool) -> str:
    """The words of ``text`` before ``at`` in its sentence, at most
    :data:`SENTENCE_REACH` characters; ``cut`` where ``text`` is cut short before them, so
    that a word cut short where the reading starts is left out."""
    start = max(0, at - SENTENCE_REACH)
    begin = _sentence_start(text, at, start)
    before = text[begin:at]
    if begin == start and cut:  # read from where the reading starts, maybe inside a word
        before = re.sub(r"\A\w+", "", before)
    return before


def _words_after(text: str, at: int, *, whole: bool) -> str:
    """The words of ``text`` from ``at`` to the end of its sentence (its mark kept), at most
    :data:`SENTENCE_REACH` characters; unless ``whole`` (the text ends within them), a word
    cut short where the reading stops is left out."""
    # A slice of the reach alone, with room for the end marks' look back (an abbreviation's
    # letters): a slice from the text's start copied all of it for each claim.
    lead = min(at, 64)
    text = text[at - lead : at + SENTENCE_REACH]
    found = _SENTENCE_END.search(text, lead)
    if found is not None:
        return text[lead : found.start() + 1]
    return text[lead:] if whole else re.sub(r"\w+\Z", "", text[lead:])


def _note_quotes(claim: Claim, words: str) -> bool:
    """Whether a passage the claim's note quotes holds ``words``, in any case or spacing."""
    folded = " ".join(words.casefold().split())
    return any(folded in " ".join(p.casefold().split()) for p in note_passages(claim.note))


def _noted_words(claim: Claim) -> set[str]:
    """The words, folded, of the passages the claim's note quotes."""
    return {word.casefold() for word in _WORD.findall(" ".join(note_passages(claim.note)))}


def _names_of(text: str, claim: Claim, catalog: Catalog) -> list[str]:
    """The names of a claim's subject, of its value if an entity, and of its character, and
    those of the other entities of the catalog whose words ``text`` writes one after
    another (in any case), the longest first."""
    ids = [claim.subject, getattr(claim.value, "id", None), claim.qualifiers.character]
    names = {name for i in ids if i is not None for name in catalog.entity(i).names}
    names.update(_catalog_names_in(text, catalog))
    return sorted(names, key=len, reverse=True)


# A word of a name, as the names of the catalog are looked up.
_LOOKUP_WORD = re.compile(r"\w+")
# What the rules read of each catalog's names, built once per catalog in one pass: the names
# of its entities by their first word, then by their count of words, then by all their
# words, folded (a search of every name in each quote took time the claims times the names,
# and so did a search of every name of the first word a quote writes where many names begin
# alike, "The ..."); and each word of a name, folded, with how many entities' names have it.
_Kept = TypeVar("_Kept")
_NameWords = tuple[dict[str, dict[int, dict[tuple[str, ...], list[str]]]], dict[str, int]]
_CATALOG_NAME_WORDS: dict[int, _NameWords] = {}


def _of_catalog(
    cache: dict[int, _Kept], catalog: Catalog, build: Callable[[Catalog], _Kept]
) -> _Kept:
    """What ``build`` makes of ``catalog``: made once, and kept in ``cache`` while the
    catalog lives."""
    key = id(catalog)
    found = cache.get(key)
    if found is None:
        found = cache[key] = build(catalog)
        weakref.finalize(catalog, cache.pop, key, None)
    return found


def _name_words(catalog: Catalog) -> _NameWords:
    return _of_catalog(_CATALOG_NAME_WORDS, catalog, _built_name_words)


def _built_name_words(catalog: Catalog) -> _NameWords:
    by_words: dict[str, dict[int, dict[tuple[str, ...], list[str]]]] = {}
    shared: dict[str, int] = {}
    sections = (catalog.films, catalog.people, catalog.characters, catalog.organizations)
    for entity in itertools.chain.from_iterable(sections):
        for name in entity.names:
            words = tuple(_LOOKUP_WORD.findall(name.casefold()))
            if words:
                by_size = by_words.setdefault(words[0], {})
                by_size.setdefault(len(words), {}).setdefault(words, []).append(name)
        parts = {w.casefold() for name in entity.names for w in _NAME_PART.findall(name)}
        for part in parts:
            shared[part] = shared.get(part, 0) + 1
    return by_words, shared


def _catalog_names_in(text: str, catalog: Catalog) -> Iterator[str]:
    """The names of the catalog's entities whose words ``text`` writes one after another,
    in any case, in the order the text writes them."""
    words = _LOOKUP_WORD.findall(text.casefold())
    index = _names_by_words(catalog)
    if index.keys().isdisjoint(words):
        return
    for at, word in enumerate(words):
        for size, named in index.get(word, {}).items():
            yield from named.get(tuple(words[at : at + size]), ())


def _names_by_words(catalog: Catalog) -> dict[str, dict[int, dict[tuple[str, ...], list[str]]]]:
    return _name_words(catalog)[0]


# What blanks a name: each character but a space.
_BLANK = re.compile(r"\S")


def _without_names(text: str, claim: Claim, catalog: Catalog) -> str:
    """``text`` with each name of :func:`_names_of` in it, as the text writes it (its first
    letter as the name has it, the rest in any case: "No Time To Die"), blanked: a word
    inside a name ("Hope Davis", "No Time to Die", "Will Poulter") is the name's, no hope,
    negation or modal, though "hope" beside a character named Hope is one. Each character
    but a space is blanked with a "_": the name keeps its place and its count of words
    (the "to" of "a spin-off to John Wick, was released" stays more than three words before
    "released")."""
    folded = text.casefold()
    for name in _names_of(text, claim, catalog):
        if name.casefold() in folded:
            text = _name_pattern(name).sub(lambda found: _BLANK.sub("_", found[0]), text)
    return text


def _without_dated_names(text: str, catalog: Catalog) -> str:
    """``text`` with each name of an entity of the catalog that holds a number, a month's
    name or a season's word blanked, as :func:`_without_names` blanks a claim's own: its
    digits and words are the name's ("Blade Runner 2049", "John Wick 4", "Chapter 4"), no
    year, day, month, season or amount of the text. A name that is a number or such a word
    alone ("2012", "October") cannot be told from the date, and is read as one. Only the
    names holding a word the text holds are looked for."""
    by_word = _dated_names(catalog)
    wanted = {name for word in _dated_words(text) for name in by_word.get(word, ())}
    for name in sorted(wanted, key=len, reverse=True):
        text = _name_pattern(name).sub(lambda found: " " * len(found[0]), text)
    return text


# A number, or a word: the parts of a name that a date or an amount may be read from.
_NUMBER_OR_WORD = re.compile(r"[0-9]+|[^\W\d_]+")


def _dated_words(text: str) -> set[str]:
    """The numbers, months' names (or their first three letters, "Sept") and seasons' words
    of a text, folded."""
    folded = (part.casefold() for part in _NUMBER_OR_WORD.findall(text))
    return {part for part in folded if part.isdigit() or part in _DATE_WORDS}


# The words of a month or a season, folded.
_DATE_WORDS = frozenset(
    (*_MONTH_NUMBERS, "sept", *(name.casefold() for name in _MONTH_NAMES), *_SEASON_OF_WORD)
)


# For each catalog, the names of its entities that hold a number, a month or a season, by
# each such word of them: made once for the catalog, as the folded texts are.
_DATED_NAMES: dict[int, dict[str, tuple[str, ...]]] = {}


def _dated_names(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    return _of_catalog(_DATED_NAMES, catalog, _built_dated_names)


def _built_dated_names(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    by_word: dict[str, set[str]] = {}
    for section in (catalog.films, catalog.people, catalog.characters, catalog.organizations):
        for entity in section:
            # A name that is one number or date word ("2012", "October") cannot be told
            # from the date it writes: it is read as the date.
            names = [n for n in entity.names if len(_NUMBER_OR_WORD.findall(n)) > 1]
            for name in names:
                for word in _dated_words(name):
                    by_word.setdefault(word, set()).add(name)
    return {word: tuple(names) for word, names in by_word.items()}


@functools.lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A name as a text writes it: its first letter as the name has it, the rest in any
    case, and no letter of a longer word on either side."""
    written = re.escape(name[0]) + f"(?i:{re.escape(name[1:])})"
    return re.compile(rf"(?<!\w){written}(?!\w)")


def _read(claim: Claim, catalog: Catalog) -> tuple[str, str]:
    """What the status, hedge and hope rules read of a claim: its quote with its
    :func:`lead_in` before it and the words after it that :func:`_clause_after` reads as its
    own (", reportedly", ", Variety reports"), the names of the entities of the catalog it
    writes blanked (:func:`_without_names`); and the same with each word of the lead-in or
    of those words after it that the claim's note quotes blanked too, as the rules weigh
    it: the note says what the word is of (the "might" of "might not be the last we see
    of", before "Ana's Rooney", hedges her return, not her role)."""
    last = _LAST_READ
    if last is not None and last[0] is claim and last[1]() is catalog:
        return last[2]
    noted = _noted_words(claim)
    lead = lead_in(claim, catalog)
    quote = claim.evidence.quote
    after = _clause_after(lead_out(claim, catalog))
    # A curly apostrophe read as a straight one: "it\u2019ll" says "'ll" as "it'll" does.
    read = weighed = _without_names(lead + quote + after, claim, catalog).replace("\u2019", "'")
    if noted:  # the most claims note none: a sentence's worth of words blanked again took time

        def unnoted(words: str) -> str:
            return _WORD.sub(
                lambda word: " " * len(word[0]) if word[0].casefold() in noted else word[0], words
            )

        weighed_lead, weighed_after = unnoted(lead), unnoted(after)
        if (weighed_lead, weighed_after) != (lead, after):
            weighed = _without_names(weighed_lead + quote + weighed_after, claim, catalog)
            weighed = weighed.replace("\u2019", "'")
    _set_last_read((claim, weakref.ref(catalog), (read, weighed)))
    return read, weighed


# Words that open a clause of something else after a quote: its words say nothing of the
# quote's ("... and is surely the origin", "... because I have plans for him", "..., and a
# sequel might follow", "... has hinted that this might not be the last").
_OTHER_CLAUSE = re.compile(
    r"\b(?:and|but|or(?!\s+so\b)|nor|while|whereas|which|who|whom|whose|where|when|though"
    r"|although|yet|because|since|that|as)\b",
    re.IGNORECASE,
)
# The marks that open an aside or the next clause after a quote: a comma, a bracket, a
# colon, an en or em dash ("... \u2014 reportedly.", "... (if the strike ends).").
_ASIDE_MARKS = frozenset({",", "(", ":", "\u2013", "\u2014"})
#: The most words a short aside after a quote's clause holds that the status, hedge and hope
#: rules read as the quote's own (", reportedly", ", Variety reports", ", or so we hope",
#: "(TBC)"): a longer clause says a thing of its own.
ASIDE_WORDS = 5
#: The most words an aside that attributes the quote holds that those rules read as its
#: own: one opening with "according to" or a verb of saying, or ending in one (", according
#: to several people familiar with the production.", ", says a source close to the
#: production.", ", a person with knowledge of the project said.", ", two sources close to
#: the film told Variety.", ", two sources close to the film tell Deadline."), or with the
#: writer's hedge of knowledge (", to the best of our knowledge.", ", as far as we can
#: tell.").
ATTRIBUTION_WORDS = 12
_ATTRIBUTION = re.compile(
    r"\W*(?:according\s+to\b.*|(?:said|says|say)\s+(?!to\b).*"
    r"|(?:to\s+the\s+best\s+of|as\s+far\s+as|from\s+what)\b.*"
    r"|.*\b(?:said|says|say|(?:told|tells?)(?:\s+[\w'\u2019-]+){1,3}))\W*",
    re.IGNORECASE | re.DOTALL,
)


# A sentence's end with a footnote marker after it (".[1]", ".[citation needed]", ".*",
# ".\u2020", ".\u00b9"), or an ellipsis: each ends an aside as a full stop and a space do.
_MARKED_END = re.compile(
    r"([.!?])(?:\[[^\[\]\n]{1,40}\]|[*\u2020\u2021\u00b9\u00b2\u00b3\u2070-\u2079]+)+|\u2026"
)


def _clause_after(after: str) -> str:
    """The words after a quote (its :func:`lead_out`) that the status, hedge and hope rules
    read as the quote's own: the rest of its clause, and each short aside after a comma, a
    dash or a colon or in brackets that follows it (at most :data:`ASIDE_WORDS` words:
    "..., reportedly.", "... \u2014 reportedly.", "..., Variety reports.", "..., we hope.",
    "... (TBC).", read to its end; an attribution at most :data:`ATTRIBUTION_WORDS`: "...,
    a person with knowledge of the project said."); each up to a
    word that opens a clause of something else (:data:`_OTHER_CLAUSE`: "..., and a sequel
    might follow"). A footnote marker after the sentence's end (".[1]", ".[citation
    needed]", ".*", ".\u2020", ".\u00b9") or an ellipsis ends it as a full stop does."""

    def own(clause: str) -> str:
        found = _OTHER_CLAUSE.search(clause)
        return clause if found is None else clause[: found.start()]

    # ".[1] More text", "...sources say\u2026": the aside ends at the marked sentence end.
    after = _MARKED_END.sub(lambda found: (found[1] or ".") + " ", after)
    rest = _rest_of_clause(after)
    read, after = own(rest), after[len(rest) :]
    while len(read) == len(rest) and after[:1] in _ASIDE_MARKS:
        rest = after[0] + _rest_of_clause(after[1:])
        rest += ")" if after[len(rest) : len(rest) + 1] == ")" else ""
        # An aside whose end is not read (a suffix cut short) may be longer than it seems.
        most = ATTRIBUTION_WORDS if _ATTRIBUTION.fullmatch(rest) else ASIDE_WORDS
        if len(_WORD.findall(rest)) > most or len(rest) == len(after):
            break
        read, after = read + own(rest), after[len(rest) :]
    return read


#: Words that, after a comma, a dash or a semicolon, open a clause of its own: the words of
#: a sentence before them are of another clause, no hedge, hope, negation or medium of a
#: value after them ("Critics expected little from the spin-off, but Keanu Reeves appears
#: in Ballerina" hedges nothing of his role). A semicolon opens one alone. "unlike" opens a
#: phrase of another thing, to the comma that ends it ("Unlike the Korean Netflix film,
#: Ballerina will open on June 7, 2024" streams nothing of Ballerina).
CLAUSE_BREAK_WORDS = ("but", "yet", "while", "whereas", "although", "though")
# A break: a semicolon, a word of CLAUSE_BREAK_WORDS after a comma or dash (not an aside
# between commas: "It is not, though, a horror film"), or a phrase "unlike ..." to its comma.
_CLAUSE_BREAK = re.compile(
    r";|[,\u2013\u2014][\s\u00a0]*"
    + _as_words(CLAUSE_BREAK_WORDS)
    + r"(?![\s\u00a0]*,)|\bunlike\b[^,;]*[,;]",
    re.IGNORECASE,
)


# What ends a figure's clause, either side of it: a mark, or a word of CLAUSE_BREAK_WORDS
# ("Ballerina made $58 million while Chapter 4 made $440 million").
# "No." just before a number, which makes it a rank ("No. 1").
_RANK_BEFORE = re.compile(r"\b[Nn]o\.\s*\Z")
_FIGURE_OWN_CLAUSE_END = re.compile(
    r"[;:()\u2013\u2014]|(?<!\b[A-Z])(?!(?<=\b[Nn]o)\.\s*[0-9])[.!?](?:\s|\Z)|\n|"
    + _CLAUSE_COMMA
    + "|"
    + _as_words(CLAUSE_BREAK_WORDS)
)


def _other_clauses(before: str) -> list[tuple[int, int]]:
    """Where ``before``, the words of a sentence before a value (a quote's :func:`lead_in`),
    holds those of another clause than the value's (:data:`CLAUSE_BREAK_WORDS`): all of it
    up to its last such break, and a phrase "unlike ..." that ends before the value."""
    found = list(_CLAUSE_BREAK.finditer(before))
    unlike = [each.span() for each in found if each[0][:1].isalpha()]
    last = max((each.end() for each in found if not each[0][:1].isalpha()), default=0)
    return [(0, last), *unlike]


def _own_clause(read: str, before: int | None = None) -> str:
    """``read`` with the words of other clauses (:func:`_other_clauses`) among its first
    ``before`` characters (a quote's lead-in; all of it by default) blanked, each place
    kept."""
    blanked = list(read)
    for start, end in _other_clauses(read[:before]):
        blanked[start:end] = " " * (end - start)
    return "".join(blanked)


# The claim :func:`_read` read last, its catalog (held weakly: a catalog read once is not
# kept alive), and what it read: the status, hope and hedge rules each read a claim, one
# after another, and blanking the names in it was the most of what they cost.
_LAST_READ: tuple[Claim, weakref.ref[Catalog], tuple[str, str]] | None = None


def _set_last_read(last: tuple[Claim, weakref.ref[Catalog], tuple[str, str]]) -> None:
    global _LAST_READ  # noqa: PLW0603 - one entry, replaced whole
    _LAST_READ = last


# The words of UNDOING_STATUS_WORDS by what they keep a status word from backing.
_ALMOST = frozenset(w for w, kept in UNDOING_STATUS_WORDS.items() if kept is DONE_STATUSES)
_HEARSAY = frozenset(w for w, kept in UNDOING_STATUS_WORDS.items() if kept is FIRM_STATUSES)


# Each status word's pattern as the rules read it (:func:`_says`).
_STATUS_WORD = {word: _word_pattern(word) for words in STATUS_WORDS.values() for word in words}


def _says(read: str, word: str, *, done: bool, firm: bool, weighed: str | None = None) -> bool:
    """Whether ``read`` writes ``word`` as a word with, if ``done``, no negation or denial
    before it in its sentence nor "almost" just before it and, if ``firm``, no future,
    modal or hearsay word there either (:data:`UNDOING_STATUS_WORDS`); those are read in
    ``weighed``, the same text with the words a note excuses blanked."""
    pattern = _STATUS_WORD.get(word) or _word_pattern(word)
    for found in re.finditer(pattern, read, re.IGNORECASE):
        before = _sentence_before(read if weighed is None else weighed, found.start())
        # A negation or modal of another clause ("did not say why, but") is of something else.
        before = _own_clause(before)
        if done and _negations(before):  # a denial is one of the negations
            continue
        folded = [w.casefold().replace("\u2019", "'") for w in _WORD.findall(before)]
        modal = any(w in _MODALS or w.endswith("'ll") for w in folded)
        if firm and (modal or "to" in folded[-3:]):
            continue
        if done and not _ALMOST.isdisjoint(folded[-3:]):
            continue
        if firm and not _HEARSAY.isdisjoint(folded):
            continue
        return True
    return False


def value_keeps_its_quotes_characters(
    claim: Claim, reviewed: Mapping[str, str] = VALUE_CHARACTERS
) -> list[Breach]:
    """A text value is its quote with some stretches left out, every character kept as the
    quote has it: its apostrophes, quotation marks, dashes, spaces and letter case.

    The value must be a run of the quote's words, spaces and marks, or several such runs in
    the quote's order ("John will do anything for freedom, even if ..." leaves out an
    aside). "Rooney's" for the quote's curly apostrophe, "South Korea" for "South Korean" or a
    full stop the quote lacks are refused. Which stretches a value may leave out between its
    words is :func:`value_from_one_clause_or_noted`'s.
    """
    if not isinstance(claim.value, Text) or claim.id in reviewed:
        return []
    value = claim.value.text
    if _made_of_runs(value, _TOKEN.findall(claim.evidence.quote)):
        return []
    message = (
        f"{short_repr(value)} is not made of runs of its quote: write the quote's words with"
        " its"
        " characters (its apostrophes, quotation marks, dashes, spaces and letter case),"
        " leaving words out but adding none"
    )
    return [Breach("value characters", "value.text", message)]


def _made_of_runs(value: str, tokens: list[str]) -> bool:
    """Whether ``value`` is some of ``tokens`` one after another, in their order: runs of
    them, with the tokens between runs left out."""
    return _runs_end(value, tokens) is not None


def _token_starts(value: str, token: str, starts: dict[str, int]) -> int:
    """A bit at each place of ``value`` where ``token`` starts, kept in ``starts`` for the
    next time the token is read."""
    found = starts.get(token)
    if found is None:
        found = 0
        at = value.find(token)
        while at != -1:
            found |= 1 << at
            at = value.find(token, at + 1)
        starts[token] = found
    return found


def _runs_end(value: str, tokens: list[str]) -> int | None:
    """How many of ``tokens`` are read before ``value`` is some of them one after another,
    in their order (runs of them, the tokens between runs left out), or ``None`` if it
    never is: where the part of the quote a value takes ends.

    Bit ``i`` of ``reachable`` says that ``value[:i]`` is made of the tokens read so far;
    each token extends every reached prefix that it continues. A search over the ways to
    cut the value took time exponential in a repeated word ("a a a ... b") and recursed as
    deep as the value is long; this reads each token once, in time tokens x value / 64.
    """
    reachable, done = 1, 1 << len(value)
    if not value:
        return 0
    starts: dict[str, int] = {}  # for each token, a bit at each place of ``value`` it starts
    for read, token in enumerate(tokens, 1):
        found = _token_starts(value, token, starts)
        reachable |= (reachable & found) << len(token)
        if reachable & done:
            return read
    return None


#: Words that open a clause of their own with no mark before it: a relative pronoun ("the man
#: who once fought John Wick") or a word of contrast ("Rooney survives but her friend dies").
#: :func:`value_from_one_clause_or_noted` reads a clause as ending before them, as at a mark
#: of :data:`_CLAUSE_END`; "and" is left out, as it joins words more often than clauses ("a
#: possible Ballerina sequel and a fifth John Wick film").
CLAUSE_OPENING_WORDS = frozenset(
    {"who", "whom", "whose", "which", "but", "although", "though", "whereas", "while"}
)


# A possessive's "'s" and the word it owns, just after a value's last word: the "'s killer"
# of "her father's killer".
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\s+[^\W\d_][\w-]*")


def value_from_one_clause_or_noted(claim: Claim) -> list[Breach]:
    """A text value that leaves words of its quote out between two of its runs takes them
    from one clause, or leaves out only an aside, or the claim's note says how the value is
    read: "Rooney dies" from "Rooney survives, unlike her friend, who dies" joins the
    subject of one clause to the verb of another, and says the opposite of its quote.

    A clause ends at a mark of :data:`_CLAUSE_END` (",", ";", ":", a dash, a bracket, a
    sentence's end), and before a word of :data:`CLAUSE_OPENING_WORDS` ("the man who once
    fought John Wick" is two) or "that" ("the man that killed her father"; but "that" left
    out alone just after a word the value takes joins nothing: "learns the cult killed" of
    "learns that the cult killed"). A value that ends at a possessive's owner ("Rooney
    hunts her father" of "Rooney hunts her father's killer") leaves out what the words are
    about, and needs the note too; so does one that leaves out a possessive's "'s" and noun
    just after a word it takes, or a word and its "to" just before one ("John Wick trains
    Rooney" of "John Wick's enemy trains Rooney", "Rooney kill" of "Rooney tries to kill":
    :func:`_words_dropped_in_the_middle`); so does one that takes, just after a noun phrase it
    leaves out, a word not of :data:`NOUN_PHRASE_FOLLOWERS` ("Rooney tried to kill" of
    "Rooney saves the girl the cult tried to kill"). An aside is the words of one clause
    between two marks, the value's words on either side ending and starting a clause: "John
    meets with The Director
    (The French Dispatch's Anjelica Huston), the head of the Ruska Roma" may drop the
    bracket, "Rooney, a ballerina, trains" may be "Rooney trains". Marks inside brackets end
    no clause of the aside. Leaving out marks alone, or words at the value's ends, joins
    nothing."""
    if not isinstance(claim.value, Text) or claim.note:
        return []
    value = claim.value.text
    tokens = _TOKEN.findall(claim.evidence.quote)
    taken = _runs_end(value, tokens)
    owner = None if taken is None else _POSSESSIVE_AFTER.match("".join(tokens[taken:]))
    if owner is not None:
        # "Eve hunts her father" of "Eve hunts her father's killer": the value ends at a
        # possessive's owner and leaves out the thing owned, the one the words are about.
        message = (
            f"{short_repr(value)} ends at a possessive's owner, leaving out what it owns"
            f" ({owner[0].strip()!r}): it may say what the quote does not; keep the words"
            " it owns in the value, or say in a note how the value is read"
        )
        return [Breach("value clauses", "value.text", message)]
    dropped = _words_dropped_in_the_middle(value, tokens)
    if dropped is not None:
        # "John Wick trains Rooney" of "John Wick's enemy trains Rooney": the owned noun's
        # act given to its owner; "Rooney kill" of "Rooney tries to kill": a try made a deed.
        message = (
            f"{short_repr(value)} leaves out {dropped!r} between words it takes: what the"
            " quote says of an owned noun, or of an act only tried, planned or failed, it"
            " says of the words before; keep those words in the value, or say in a note how"
            " the value is read"
        )
        return [Breach("value clauses", "value.text", message)]
    # None where the value is not made of runs: value_keeps_its_quotes_characters says so.
    if not _runs_join(value, claim.evidence.quote):
        return []
    message = (
        f"{short_repr(value)} joins words of different clauses of its quote, leaving out"
        " words between them that are no aside: it may say what the quote does not; say in"
        " a note how the value is read"
    )
    return [Breach("value clauses", "value.text", message)]


def _words_dropped_in_the_middle(value: str, tokens: list[str]) -> str | None:
    """The words of ``tokens`` that every way of reading ``value`` from them leaves out
    between two words it takes, where leaving them out changes who does what: a
    possessive's "'s" and the noun it owns, just after a word taken ("John Wick trains
    Rooney" of "John Wick's enemy trains Rooney"), or a word and the "to" after it, just
    before a word taken ("Rooney kill" of "Rooney tries to kill", "fails to", "plans to");
    ``None`` where some way keeps them, or the value is not made of runs of the tokens.

    The owner may be left out with its "'s" ("father dies" of "Rooney's father dies"), and
    the "to" with the word after it ("Rooney returns to kill" of "Rooney returns to Prague
    to kill"); each place is read on its own, as :func:`_runs_end` reads.
    """
    if _runs_end(value, tokens) is None:
        return None
    for at in range(len(tokens) - 4):
        possessive = (
            _WORD_CHARACTER.match(tokens[at]) is not None
            and tokens[at + 1] in ("'", "\u2019")
            and tokens[at + 2] == "s"
            and tokens[at + 3].isspace()
            and _WORD_CHARACTER.match(tokens[at + 4]) is not None
        )
        if possessive and not _read_keeping_the_owned(value, tokens, at):
            return "".join(tokens[at + 1 : at + 5])
    for at in range(2, len(tokens) - 2):
        governed = (
            tokens[at].casefold() == "to"
            and _WORD_CHARACTER.match(tokens[at - 2]) is not None
            and tokens[at + 1].isspace()
            and _WORD_CHARACTER.match(tokens[at + 2]) is not None
        )
        if governed and not _read_keeping_the_governing(value, tokens, at):
            return f"{tokens[at - 2]} to"
    return None


def _read_keeping_the_owned(value: str, tokens: list[str], owner: int) -> bool:
    """Whether ``value`` is runs of ``tokens`` (as :func:`_runs_end` reads) with the ways
    that take the owner ``tokens[owner]`` taking its "'s" too: a value keeping the "'s"
    keeps an owned noun ("Rooney's father dies" of "Rooney's estranged father dies")."""
    reachable, held, done = 1, 0, 1 << len(value)
    starts: dict[str, int] = {}
    for read, token in enumerate(tokens):
        found = _token_starts(value, token, starts)
        grown = (reachable & found) << len(token)
        if read == owner:
            held = grown & ~reachable  # the ways that took the owner
            reachable |= grown
        elif owner < read <= owner + 2:  # the ways that took it take its "'s"
            reachable = (reachable & ~held) | ((reachable & ~held & found) << len(token))
            held = (held & found) << len(token)
            if read == owner + 2:
                reachable, held = reachable | held, 0
        else:
            reachable |= grown
        if (reachable | held) & done:
            return True
    return False


def _read_keeping_the_governing(value: str, tokens: list[str], to: int) -> bool:
    """Whether ``value`` is runs of ``tokens`` (as :func:`_runs_end` reads) with no way
    that took a word before ``tokens[to]`` ("to") leaving it out and taking the word just
    after it: the word "to" governs comes with it."""
    reachable, held, done = 1, 0, 1 << len(value)
    starts: dict[str, int] = {}
    for read, token in enumerate(tokens):
        found = _token_starts(value, token, starts)
        grown = (reachable & found) << len(token)
        if read == to:
            held = reachable & ~1 & ~grown  # the ways that took a word and leave "to" out
        elif read == to + 1:  # the space after "to", left out or taken
            held = (held | (held & found) << len(token)) & ~(
                (reachable & ~held & found) << len(token)
            )
        elif read == to + 2:  # the word after it, which those ways may not take
            grown = (reachable & ~held & found) << len(token)
            held = 0
        reachable |= grown
        if reachable & done:
            return True
    return False


# What starts a word token of :data:`_TOKEN`.
_WORD_CHARACTER = re.compile(r"\w")
_ARTICLES = frozenset({"a", "an", "the"})
#: The words a text value may take just after a noun phrase it leaves out ("a", "an" or
#: "the" and the words after it, in its clause): an article, a preposition, "and", "or",
#: "to" ("Eve seeks revenge on the cult for her father's murder" gives "Eve seeks revenge
#: for her father's murder", "a sequel and a fifth film" gives "a fifth film"). Any other
#: word there may be the verb of a relative clause with no word to open it: "Eve tried to
#: kill" of "Eve saves the girl the cult tried to kill", "Eve sent to kill her" of "Eve
#: protects a girl from the assassins sent to kill her" join clauses
#: (:func:`value_from_one_clause_or_noted`).
NOUN_PHRASE_FOLLOWERS = frozenset(
    {
        "a", "an", "the", "and", "or", "to", "of", "for", "in", "on", "at", "with", "from",
        "by", "into", "onto", "about", "after", "before", "as", "than", "during", "over",
        "under", "across", "against", "between", "through", "toward", "towards", "without",
    }
)  # fmt: skip


def _runs_join(value: str, quote: str) -> bool | None:
    """Whether ``value``, made of runs of ``quote``'s tokens, must join clauses to be so
    (every way of reading it from the quote leaves out words between two words it takes
    that are neither of their clause nor one aside), or ``None`` if it is not made of them.

    Read as :func:`_runs_end` reads, each token once, with a set of the value's places
    reached for each state of what was left out since the last word the value took:

    - ``start``: it took no word yet (what it leaves out is before it);
    - ``kept``: no word left out, nor a clause ended; ``opened``: no word left out, but a
      clause opened by a word; ``ended``: no word left out, but a clause ended by a mark;
    - ``within``: words left out, all of the last word's clause;
    - ``aside``: words left out, all of one clause begun after a mark;
    - ``closed``: that aside ended by a mark, no word left out since;
    - ``tail``: words left out that no word it takes may follow (only marks).

    A word left out after ``opened`` or ``closed``, or a clause's end after ``within``,
    leads to ``tail``; a word taken after ``aside`` or ``tail`` joins clauses, and so does
    one after ``within`` words that end in a noun phrase ("a", "an" or "the" and the words
    after it: ``noun``), unless it is a word of :data:`NOUN_PHRASE_FOLLOWERS`.
    """
    if not value:
        return False
    done = 1 << len(value)
    start, kept, opened, ended, within, aside, closed, tail = 1, 0, 0, 0, 0, 0, 0, 0
    article, noun = 0, 0  # the ``within`` ways whose words left out end in "the", "the cult"
    marks = {at for found in _CLAUSE_END.finditer(quote) for at in range(*found.span())}
    depth = 0  # how deep in brackets: the marks inside end no clause
    starts: dict[str, int] = {}  # for each token, a bit at each place of ``value`` it starts
    for token_found in _TOKEN.finditer(quote):
        token = token_found[0]
        found = _token_starts(value, token, starts)
        if _WORD_CHARACTER.match(token):
            # "that" opens a relative clause ("the man that killed her father") as "who"
            # does, but left out alone just after a word taken it joins nothing: "learns the
            # cult killed" of "learns that the cult killed" says what the quote says.
            relative_that = token.casefold() == "that"
            alone = kept if relative_that else 0
            if token.casefold() in CLAUSE_OPENING_WORDS or relative_that:  # a clause opens
                kept, opened, within, tail = 0, opened | kept, 0, tail | within
                article, noun = 0, 0
            # After a left-out noun phrase ("saves the girl the cult | tried to kill"), only
            # a word of NOUN_PHRASE_FOLLOWERS is taken: another is the verb of a relative
            # clause with no word to open it.
            follows = token.casefold() in NOUN_PHRASE_FOLLOWERS
            taken = (
                start
                | kept
                | opened
                | ended
                | (within & ~noun | article)
                | closed
                | (noun if follows else 0)
            ) & found
            # Taken, each way goes on from the word; left out, as the list says.
            if token.casefold() in _ARTICLES:
                article, noun = kept | within, 0
            else:
                article, noun = 0, article | noun
            kept, within, aside = taken << len(token), kept | within, ended | aside
            opened, ended, closed, tail = 0, 0, 0, tail | opened | closed
            kept |= alone
        else:
            start, kept, opened, ended, within, aside, closed, tail, article, noun = (
                state | (state & found) << len(token)
                for state in (
                    start,
                    kept,
                    opened,
                    ended,
                    within,
                    aside,
                    closed,
                    tail,
                    article,
                    noun,
                )
            )
            if token == "(":
                ends_clause, depth = depth == 0, depth + 1
            elif token == ")":
                depth = max(0, depth - 1)
                ends_clause = depth == 0
            else:
                ends_clause = depth == 0 and token_found.start() in marks
            if ends_clause:
                kept, opened, ended = 0, 0, kept | opened | ended
                within, aside, closed, tail = 0, 0, closed | aside, tail | within
                article, noun = 0, 0
        if (start | kept | opened | ended | within | aside | closed | tail) & done:
            return False
    return True if _made_of_runs(value, _TOKEN.findall(quote)) else None


#: Emphatic idioms that hold a negating word and negate nothing: "none other than Ana de
#: Armas" names her, "no stranger to action", "not only ... but also", the emphatic "not just",
#: "didn't just" and "did not only" ("Ana de Armas didn't just play Rooney; she trained"
#: says she played her; a bare "didn't play Rooney" stays a negation), "didn't disappoint",
#: "has never been better", "never lets up", "a no-nonsense killer", "a no-holds-barred
#: action thriller", "never misses a beat", "nobody does it better" praise; "there is no
#: doubt", "it's no secret", "no wonder", "not hard to see why", "nothing short of"
#: affirm; "No." before a number is a rank ("opened at No. 1", "the No. 2 film"). Their
#: words are no negation (nor "other than" an exclusion), nor a doubt,
#: wherever the rules read one. Patterns, read whole in any case.
NOT_A_NEGATION_IDIOMS = (
    r"none\s+other\s+than", r"no\s+stranger\s+to", r"not\s+only", r"not\s+just",
    r"(?:did|does|do)(?:\s+not|n['\u2019]t)\s+(?:just|only|merely|simply)",
    r"(?:did|does|do|will|would)(?:\s+not|n['\u2019]t)\s+disappoint",
    r"never\s+disappoints?", r"(?:has|have|had)\s+never\s+(?:been|looked)\s+better",
    r"never\s+(?:been|looked)\s+better", r"never\s+lets?\s+up", r"no-nonsense",
    r"no-holds-barred", r"(?:there\s+is\s+|there['\u2019]s\s+)?no\s+doubt",
    r"no\s+secret", r"no\s+wonder", r"no\s+small\s+feat", r"no\s+shortage\s+of",
    r"nothing\s+short\s+of", r"not\s+surprisingly", r"nobody\s+does\s+it\s+better",
    r"no\s+one\s+does\s+it\s+better", r"not\s+hard\s+to\s+see\s+why",
    r"never\s+miss(?:es|ed)?\s+a\s+beat", r"no\.\s*\d+",
)  # fmt: skip
_NOT_A_NEGATION = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(NOT_A_NEGATION_IDIOMS) + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)


def _without_idioms(text: str) -> str:
    """``text`` with its :data:`NOT_A_NEGATION_IDIOMS` blanked, each place kept."""
    return _NOT_A_NEGATION.sub(lambda found: " " * len(found[0]), text)


#: Words that say the subject may not or cannot do what follows, read as a negating word
#: wherever the rules read one, for every predicate (a credit, a link, a text, a figure): a
#: thing forbidden or prevented ("was forbidden to appear", "is barred from joining",
#: "banned from", "prohibited from", "prevented from", "blocked from", "stopped from"; "not
#: allowed to" has its "not") and a want of means, the shape "too" and one word before "to"
#: ("too young to", "too weak to", "too minor to", "too busy to", "too late to"),
#: "powerless to", "unfit to", "ineligible to". Patterns, read whole in any case; the
#: value keeps them, or its note quotes them and says what they negate.
PREVENTING_WORDS = (
    r"(?:forbid(?:s|ding)?|forbidden|forbade|bar(?:s|red|ring)?|ban(?:s|ned|ning)?"
    r"|prohibit(?:s|ed|ing)?|prevent(?:s|ed|ing)?|block(?:s|ed|ing)?|stop(?:s|ped|ping)?)"
    r"\s+from",
    r"(?:forbid(?:s|ding)?|forbidden|forbade)\s+to",
    r"too\s+(?!much\b|many\b)[a-z]+\s+to", r"powerless\s+to", r"unfit\s+to", r"ineligible\s+to",
)  # fmt: skip
#: Verbs of deciding against a thing, each in every form, before a gerund ("Lionsgate decided
#: against casting Scarlett Johansson", "opted against filming in Prague", "rejected
#: distributing", "vetoed calling it ...", "avoided", "resisted", "argued against", "voted
#: against", "passed on"; "balked at", "stopped short of" and "refused" only before a gerund
#: of giving the credit, "casting", "filming", "distributing", "calling", ...): what the
#: gerund says was not done, read as a negating word wherever the rules read one, for every
#: predicate. Patterns, read whole in any case; the claim's note quotes the verb's words and
#: says what they negate.
DECIDED_AGAINST_WORDS = tuple(
    # The gerund is read, not taken: the words named are the verb's ("decided against").
    rf"{verb}(?=\s+[a-z]+ing\b)"
    for verb in (
        r"(?:decid(?:e|es|ed|ing)|opt(?:s|ed|ing)?|argu(?:e|es|ed|ing)|vot(?:e|es|ed|ing)"
        r"|come|comes|came|coming|rul(?:e|es|ed|ing))\s+against",
        r"(?:reject|veto|avoid|resist|shun|forgo|forego|abandon|nix)(?:s|es|ed|ing)?",
        r"(?:steer|steers|steered|steering)\s+clear\s+of",
        r"(?:pass|passes|passed|passing)\s+on",
    )
) + tuple(
    # A person's own refusal ("Keanu Reeves balked at starring") is one of
    # :data:`REFUSING_PHRASES`; another's, of a gerund of giving the credit, is read here.
    rf"{verb}(?=\s+(?:casting|hiring|filming|shooting|distributing|producing|releasing"
    r"|calling|titling|naming|making)\b)"
    for verb in (
        r"balk(?:s|ed|ing)?\s+at",
        r"(?:stop|stops|stopped|stopping)\s+short\s+of",
        r"refus(?:e|es|ed|ing)",
    )
)


# A negating word or phrase of the relations' lists, a privative form, a contracted "not",
# or a denial ("Lionsgate denied that Ballerina will be released on June 7, 2024" says it
# is not so), as a quote writes it; and "zero", the "no" of a count ("features zero scenes
# with Ian McShane", "appears in Ballerina for zero minutes"), in lower case or opening the
# text: "Zero" inside it is a name's ("Ballerina: Chapter Zero", "Zero Dark Thirty").
_NEGATION = re.compile(
    r"\b(?:"
    + "|".join(
        [
            *sorted(NEGATIONS),
            r"(?-i:zero|ZERO|(?<![\s\S])Zero)(?![-\u2010])",
            _phrases(NEGATING_PHRASES),
            "deny",
            "denies",
            "denied",
            "denying",
            *PRIVATIVE_WORDS,
            *PRIVATIVE_FORMS,
            *PREVENTING_WORDS,
            *DECIDED_AGAINST_WORDS,
        ]
    )
    + r")\b|"
    + CONTRACTED_NOT.pattern,
    re.IGNORECASE,
)


def _negations(text: str) -> Counter[str]:
    """The negating words ``text`` writes, folded, each with how many times."""
    if len(text) <= _SENTENCE_CACHED:
        return Counter(_negation_words(text))
    return Counter(_negation_words.__wrapped__(text))


# The rules of one claim read the same sentence for its negations several times over.
_SENTENCE_CACHED = 4 * 1024


@functools.lru_cache(maxsize=1024)
def _negation_words(text: str) -> tuple[str, ...]:
    if not text.isascii():
        # Any apostrophe as one ("isn\u2018t"), then full-width letters ("\uff4e\uff4f\uff54")
        # as "not" (NFKC would split an acute accent used as an apostrophe); a soft hyphen is
        # no letter a reader sees ("does n\u00adot", "doesn\u00ad't" are "does not", "doesn't").
        text = unicodedata.normalize("NFKC", _APOSTROPHES.sub("'", text.replace(_SOFT_HYPHEN, "")))
    text = _without_idioms(text)
    return tuple(" ".join(match[0].casefold().split()) for match in _NEGATION.finditer(text))


_APOSTROPHES = re.compile(f"[{APOSTROPHES}]")
_SOFT_HYPHEN = "\u00ad"


# A contrast's rejected side and its "but": "not a sequel but ", "never a sequel, but
# rather ".
_REJECTED_SIDE = re.compile(
    r"(?<![\w'\u2019-])(?i:not|never)(?![\w'\u2019-])[^;:.!?]*?"
    r"(?<![\w'\u2019-])(?i:but)(?:[\s\u00a0]+(?i:rather|instead))?[\s\u00a0]+"
)


def _kept_side_of_a_contrast(before: str) -> str:
    """``before`` (the words up to and through a value) from the kept side of a contrast
    whose first side it negates: "a spin-off" of "Ballerina is not a sequel but a spin-off"
    keeps no "not"; the negation is the rejected side's ("a sequel")."""
    cuts = [found.end() for found in _REJECTED_SIDE.finditer(before)]
    return before[cuts[-1] :] if cuts else before


def value_keeps_its_quotes_negations(claim: Claim, catalog: Catalog | None = None) -> list[Breach]:
    """A text value keeps every negating word of its quote that stands before or within the
    part of the quote it takes, or after it in its clause: "action" from "not an action
    film" says the opposite of its quote. The words are those that keep a negation from
    refining its positive (``_relations.NEGATIONS``: "not", "no", "never", "nor",
    "neither", "non-", "without", ..., and a contracted "n't") and the privative forms of
    :data:`PRIVATIVE_FORMS` ("horror" from "horror-free", "lacks any horror", "Calling it
    horror would be wrong", the rejected side of a contrast: "less a horror film than a
    thriller", "pitched as a horror film, but became a thriller", whose "but" is read past
    the clause), and the words of a goal (``_relations.GOAL_WORDS``: "assassin" from
    "training to become an assassin") and the words that reverse it in its clause before its
    end (:data:`TEXT_REVERSING_WORDS`: "Rooney kills Winston" from "Rooney almost kills
    Winston", "horror" from "avoids horror", "the opposite of a horror film"), and, on a
    contrast's first side, the words that name what others call it
    (:data:`CONTRAST_CALLED_WORDS`: "Critics called Ballerina a horror film, but it is an
    action film"); those of its :func:`lead_in` count as standing
    before it ("a
    horror film" after "Ballerina is not "), but for those of another clause
    (:data:`CLAUSE_BREAK_WORDS`: "It is not a horror film, while "). A word inside the
    name of an entity of the ``catalog`` as the quote writes it ("No Time to Die") is the
    name's, no negation, and "-turned-" makes a former thing of the word before it alone:
    "assassin" of "a bodyguard-turned-assassin" is the current one; spelled open, "turned"
    between two nouns does the same ("hitman" of "a hitman turned hermit"; not "she turned
    30", "turned to crime"). A
    note that quotes the words with the negation says why the value may leave it out (it
    negates something else)."""
    if not isinstance(claim.value, Text):
        return []
    value, quote = claim.value.text, claim.evidence.quote
    tokens = _TOKEN.findall(quote)
    taken = _runs_end(value, tokens)
    if taken is None:  # not made of runs of its quote: value_keeps_its_quotes_characters
        return []
    # Before the value's part, and after it in its clause (to the quote's sentence's end),
    # as the text writes them: "-free" is joined to the word before it.
    rest = "".join(tokens[taken:]) + lead_out(claim, catalog)
    after = _rest_of_clause(rest)
    if _LATER_BUT.match(rest, len(after)):
        # A contrast's first side ends at a "but" past its clause ("pitched as a horror
        # film, but became a thriller"; _relations.PRIVATIVE_FORMS): read it too.
        after += " but"
    around = (
        _kept_side_of_a_contrast(_own_clause(lead_in(claim, catalog)) + "".join(tokens[:taken]))
        + after
    )
    found = _negations_outside_names(around, claim, catalog) - _negations(value)
    taken_text = "".join(tokens[:taken])
    if re.search(r"-turned-" + re.escape(value) + r"\Z", taken_text, re.IGNORECASE):
        # "-turned-" makes a former thing of the word before it, not after it: "assassin" of
        # "a ballerina-turned-assassin" is what she is now ("ballerina" keeps it).
        found -= Counter({"-turned-": 1})
    if _TURNED_AFTER.match(rest) and not any(
        _TURNED_AFTER.search(passage) for passage in note_passages(claim.note)
    ):
        # "a hitman turned hermit" is a hitman-turned-hermit spelled open: "hitman" is
        # what he was ("hermit" is what he is, and keeps it).
        found += Counter({"turned": 1})
    # The words of a goal are read of the value alone (an entity value's sentence may have
    # them of another thing): "assassin" from "training to become an assassin".
    noted = " ".join(note_passages(claim.note))
    found += _goal_words(around) - _goal_words(value) - _goal_words(noted)
    # The words that reverse a text value are read of it in its clause, up to its end.
    before_end = _own_clause(lead_in(claim, catalog)) + "".join(tokens[:taken])
    ended = _CLAUSE_BEFORE.match(before_end)
    own = before_end[ended.end() if ended else 0 :]
    found += _reversing_words(own) - _reversing_words(value) - _reversing_words(noted)
    if (loosely := _REVERSING_AFTER.match(after)) is not None:
        said = " ".join(loosely[0].split()[-4:] if " " in loosely[0] else loosely[0].split())
        if said.casefold() not in noted.casefold() and said.casefold() not in value.casefold():
            found += Counter({said.casefold(): 1})
    if after.endswith(" but") and claim.predicate.value != "title":
        # What a work is called is a title's own words: only another value is so rejected.
        found += _contrast_called_words(own) - _contrast_called_words(noted)
    words = _unexplained(found, claim.note)
    if words is None:
        return []
    message = (
        f"{short_repr(value)} leaves out its quote's {words}: keep the negation in the value,"
        f" or {_QUOTE_THE_NEGATION}"
    )
    return [Breach("value negation", "value.text", message)]


_LATER_BUT = re.compile(r"[^.;!?]*?\bbut\b", re.IGNORECASE)
# "-turned-" spelled open, after the noun it makes a former thing of: the " turned hermit"
# of "a hitman turned hermit". Not "turned" as a plain verb: with a number, an article, a
# pronoun or a particle after it ("she turned 30", "turned a profit", "turned him down",
# "turned into a hermit", "turned to crime").
_TURNED_AFTER = re.compile(
    r"\s+turned\s+(?!(?:to|into|out|up|down|over|away|back|around|round|off|on|in|against"
    r"|from|a|an|the|this|that|his|her|its|their|my|our|your|it|him|them|me|us)(?![\w'-]))"
    r"[^\W\d_]",
    re.IGNORECASE,
)
#: Words that make a text value's words false of its subject, read only of a text value
#: (:func:`value_keeps_its_quotes_negations`) and only in its clause before its end, as a negation
#: is: a near miss ("almost" or "nearly" before a verb: "Rooney almost kills Winston" is no "Rooney
#: kills Winston"), a turning away ("avoids", "steers clear of", "shuns", "eschews", "abandons", "is
#: devoid of", "is short on" horror: no "horror"), a contrast or a mistake ("Unlike a horror film",
#: "mistaken for a horror film"), an imitation ("a spoof of", "a parody of", "a send-up of" horror
#: films), a thing not done ("refuses to", "is unable to", "declines to" kill Winston), a contrast
#: of two sides with no article ("is more action film than horror film": either side, as "more
#: a ... than a ..." of ``_relations.PRIVATIVE_FORMS``), what unnamed others call it ("Some call
#: Ballerina a horror film", "many dub it") and how it was sold ("marketed as", "billed as",
#: "pitched as" a horror film: a label, no genre), a near miss or a contrast ("a far cry from",
#: "stops short of being", "flirts with being", "less of a horror film and more of an action
#: film": either side), an influence ("borrows from", "pays homage to" horror films; not to "the
#: late" one), a likeness or an aspiration ("plays like", "feels like", "looks like", "resembles",
#: "is reminiscent of", "evokes", "channels", "owes more to", "is styled as", "masquerades as",
#: "aspires to be", "tries to be", "akin to", "in the style of" a Western: a comparison, no genre)
#: a thing forbidden, forgotten, pretended or prevented ("is forbidden to", "is powerless to",
#: "forgets to", "pretends to", "neglects to", "is too late to", "is prevented from", "gives up",
#: "stops trying", "resists the urge to", "is tricked into" avenging her father), a thing it
#: was before and no longer is ("began life as", "started out as", "was conceived as", "was
#: rewritten from" a comedy), one it only nears or stands against ("borders on", "verges
#: on", "adjacent to", "an antidote to", "mocks" comedy; and, just after the value in its
#: clause, "comedy-adjacent", a comedy "only in the loosest sense")
#: and a story moved away ("moves the story from Budapest to Prague": the old place). The
#: value keeps them, or its note quotes them
#: and says what they negate. Patterns, read whole in any case.
TEXT_REVERSING_WORDS = (
    r"(?:almost|nearly)(?=\s+(?!always\b|[a-z]+ly\b)[a-z]+(?:s|ed)\b)",
    r"avoid(?:s|ed|ing)?", r"steer(?:s|ed|ing)?\s+clear\s+of", r"shun(?:s|ned|ning)?",
    r"eschew(?:s|ed|ing)?", r"abandon(?:s|ed|ing)?", r"devoid\s+of", r"short\s+on",
    r"unlike", r"mistaken\s+for", r"(?:spoof|parody|send-up|sendup|pastiche)\s+of",
    r"refus(?:e|es|ed|ing)\s+to", r"unable\s+to", r"declin(?:e|es|ed|ing)\s+to",
    r"(?:opposite|reverse|antithesis)\s+of", r"far\s+from", r"anything\s+but",
    r"(?:is|was|are|were)\s+(?:much\s+)?(?:less|more)(?=\s+(?!than\b)[^,;:.!?]*?\bthan\b)",
    r"(?:some|others|many|few)\s+(?:have\s+|would\s+)?(?:call(?:s|ed)?|dubb?(?:s|ed)?"
    r"|label(?:s|ed|led)?|brand(?:s|ed)?)",
    r"(?:marketed|billed|sold|promoted|advertised|pitched|touted)\s+as",
    r"(?:a\s+)?far\s+cry\s+from", r"less\s+of\s+an?",
    r"stop(?:s|ped|ping)?\s+short\s+of", r"flirt(?:s|ed|ing)?\s+with",
    r"borrow(?:s|ed|ing)?\s+from",
    r"(?:pa(?:y|ys|id|ying)\s+)?homage\s+to(?!\s+(?:the|his|her|their)\s+late\b)",
    r"(?:mov|relocat|transplant|shift)(?:e|es|ed|ing|s)?\s+"
    r"(?:the|its)\s+(?:story|action|setting|plot)\s+from",
    r"(?:play(?:s|ed|ing)?|feel(?:s|ing)?|felt|look(?:s|ed|ing)?|sound(?:s|ed|ing)?"
    r"|seem(?:s|ed|ing)?|read(?:s|ing)?|unfold(?:s|ed|ing)?|c[oa]me?s?\s+across)"
    r"\s+(?:(?:more|less|much|rather|very|quite|just|a\s+lot)\s+)?like",
    r"resembl(?:e|es|ed|ing)", r"resemblance\s+to", r"reminiscent\s+of",
    r"remind(?:s|ed|ing)?(?:\s+\w+)?\s+of", r"evok(?:e|es|ed|ing)",
    r"channel(?:s|ed|led|ing|ling)?",
    r"ow(?:e|es|ed|ing)\s+(?:(?:more|less|much|a\s+lot|a\s+debt|its\s+debt|something)\s+)?to",
    r"styl(?:e|es|ed|ing)\s+as", r"masquerad(?:e|es|ed|ing)\s+as", r"pos(?:e|es|ed|ing)\s+as",
    r"aspir(?:e|es|ed|ing)\s+to\s+be", r"tr(?:y|ies|ied|ying)\s+to\s+be", r"akin\s+to",
    r"in\s+the\s+(?:style|manner|mold|mould|tradition)\s+of",
    r"forbid(?:s|den)?\s+to", r"powerless\s+to", r"forg(?:et|ets|ot|otten|etting)\s+to",
    r"pretend(?:s|ed|ing)?\s+to", r"neglect(?:s|ed|ing)?\s+to", r"too\s+late\s+to",
    r"prevent(?:s|ed|ing)?(?:\s+\w+)?\s+from", r"(?:giv(?:e|es|ing)|gave|given)\s+up",
    r"stop(?:s|ped|ping)?\s+trying", r"resist(?:s|ed|ing)?\s+the\s+urge\s+to",
    r"trick(?:s|ed|ing)?(?:\s+\w+)?\s+into",
    # Too much of another thing to be it, none of it, dropped, nothing shared, or a fake:
    # "too bleak to be a comedy", "with zero comedy", "ditches comedy", "little in common
    # with a thriller", "a pseudo-comedy", "a mock comedy".
    r"too\s+(?:[a-z'-]+\s+){1,2}?to\s+(?:be|count\s+as|qualify\s+as|pass\s+(?:as|for))",
    r"zero", r"ditch(?:es|ed|ing)?", r"scrap(?:s|ped|ping)?", r"jettison(?:s|ed|ing)?",
    r"dispens(?:e|es|ed|ing)\s+with", r"(?:do|does|did|doing|done)\s+away\s+with",
    r"(?:little|nothing)\s+in\s+common\s+with",
    r"(?:pseudo|mock|faux|quasi|sham|ersatz|so-called|would-be)[-\s\u00a0]+[\w'-]+",
    # What it was before, or only nears or stands against: "began life as a comedy",
    # "verges on comedy", "comedy-adjacent", "an antidote to comedy", "mocks the genre".
    r"(?:beg[iau]n(?:s|ning)?|start(?:s|ed|ing)?)\s+(?:life|out)\s+as",
    r"conceiv(?:e|es|ed|ing)\s+as", r"(?:rewritten|rewr(?:i|o)tes?|reworked)\s+from",
    r"border(?:s|ed|ing)?\s+on", r"verg(?:e|es|ed|ing)\s+on", r"adjacent\s+to",
    r"antidotes?\s+to", r"mock(?:s|ed|ing)?(?=\s+(?:the|its|a|an)\b)",
)  # fmt: skip
# The words after a text value, in its clause, that make it only near or loosely so:
# "comedy-adjacent", "a comedy only in the loosest sense" (of TEXT_REVERSING_WORDS' class).
_REVERSING_AFTER = re.compile(
    r"\A(?:-adjacent|[^,;:.!?]*?(?<![\w'\u2019-])(?:only[\s\u00a0]+)?in[\s\u00a0]+the"
    r"[\s\u00a0]+(?:loosest|broadest|vaguest)[\s\u00a0]+sense)(?![\w'\u2019-])",
    re.IGNORECASE,
)
#: Words that name what others call a thing, read of a text value only on a contrast's first
#: side, before a "but" later in its sentence (:func:`value_keeps_its_quotes_negations`):
#: "Critics called Ballerina a horror film, but it is an action film" says it is no horror
#: film, as "pitched as ..., but" does (``_relations.PRIVATIVE_FORMS``). Patterns, read whole
#: in any case.
CONTRAST_CALLED_WORDS = (
    r"call(?:s|ed)?", r"dubb?(?:s|ed)?", r"label(?:s|ed|led)?", r"brand(?:s|ed)?",
    r"described\s+as", r"seen\s+as", r"taken\s+for", r"thought\s+of\s+as",
)  # fmt: skip
_CONTRAST_CALLED = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(CONTRAST_CALLED_WORDS) + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)


def _contrast_called_words(text: str) -> Counter[str]:
    """The :data:`CONTRAST_CALLED_WORDS` ``text`` writes, folded, each with how many times."""
    return Counter(" ".join(each[0].casefold().split()) for each in _CONTRAST_CALLED.finditer(text))


_TEXT_REVERSING = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(TEXT_REVERSING_WORDS) + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)


def _reversing_words(text: str) -> Counter[str]:
    """The :data:`TEXT_REVERSING_WORDS` ``text`` writes, folded, each with how many times."""
    found = _TEXT_REVERSING.finditer(text)
    return Counter(" ".join(each[0].casefold().split()) for each in found)


_GOAL = re.compile(r"\b(?:" + "|".join(GOAL_WORDS) + r")\b", re.IGNORECASE)


def _goal_words(text: str) -> Counter[str]:
    """The words of a goal (``_relations.GOAL_WORDS``) ``text`` writes, folded, each with how
    many times."""
    return Counter(" ".join(found[0].casefold().split()) for found in _GOAL.finditer(text))


# How a note explains a negation of the quote that a value leaves out.
_QUOTE_THE_NEGATION = "quote the words with it in the note and say what it negates"
_MAY_SAY_THE_OPPOSITE = f"may say the opposite of its quote; {_QUOTE_THE_NEGATION}"


def _negations_outside_names(text: str, claim: Claim, catalog: Catalog | None) -> Counter[str]:
    """The negations of ``text`` but those inside a name of an entity of ``catalog`` (see
    :func:`_without_names`); its names are blanked only where it has a negation at all."""
    found = _negations(text)
    if found and catalog is not None:
        found = _negations(_without_names(text, claim, catalog))
    return found


def _unexplained(negations: Counter[str], note: str | None) -> str | None:
    """The ``negations`` that no passage the note quotes holds, listed for a message, or
    ``None`` if there are none."""
    left = negations - _negations(" ".join(note_passages(note)))
    return ", ".join(map(repr, left)) if left else None


#: The words of each text predicate's own relation (:func:`text_of_its_predicates_words`):
#: a place is a filming location where its quote binds it to filming ("filmed in Prague",
#: "shot on location in Prague", "Shooting took place in Prague"), a narrative location or a
#: period where it binds it to the story ("set in Prague", "takes place in Prague", "the
#: story unfolds in 1975"). A value bound nearer to a word of another predicate of the table
#: ("filmed in Budapest" for a narrative location, "filmed in 2022" for a period) is that
#: predicate's value. "During" alone is no word of the story's time ("filmed during 2022").
TEXT_PREDICATE_WORDS: dict[str, tuple[str, ...]] = {
    "filming_location": (
        "filmed", "filming", "film in", "films in", "shoot", "shoots", "shot", "shooting",
        "reshoots", "production in", "photography", "cameras rolled", "on location",
        "location", "locations", "studio", "studios", "stood in for", "doubling for",
        "doubled for", "filming took place", "shooting took place", "production took place",
        "filming takes place", "shooting takes place", "filming took place in",
    ),
    "narrative_location": (
        "set in", "set on", "set at", "set against", "takes place", "took place",
        "take place", "taking place", "unfolds", "unfolded", "story", "setting", "located",
        "located in", "lives in", "living in",
    ),
    "set_in_period": (
        "set in", "set during", "set back in", "takes place", "took place", "take place",
        "taking place", "unfolds", "unfolded", "story", "setting",
    ),
}  # fmt: skip
_TEXT_PREDICATE_WORD = re.compile(_as_words(itertools.chain(*TEXT_PREDICATE_WORDS.values())))
_TEXT_SEGMENT_MARK = re.compile(
    _CLAUSE_COMMA
    + r"|[;:()\u2013\u2014]|(?<![\w'\u2019-])(?i:but|and|while|whereas|yet)(?![\w'\u2019-])"
)
_TEXT_RELATIONS = {
    "filming_location": "where it was filmed",
    "narrative_location": "where its story is set",
    "set_in_period": "when its story is set",
}


def text_of_its_predicates_words(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A text value of a predicate of :data:`TEXT_PREDICATE_WORDS` is bound in its sentence
    to a word of the predicate's own relation: of the table's words, the nearest to the
    value's place in its quote (the fewest commas, other clause marks and "but", "and",
    "while" between first, then the fewest characters) is one of the predicate's. "Prague"
    from "Ballerina is set in Prague but was filmed in Budapest" is where the story is set,
    no filming location; "Budapest" from it is no narrative location; "2022" from
    "Ballerina was filmed in 2022" is no period the story is set in. Its sentence is read
    with its :func:`lead_in` and :func:`lead_out`; a name of the catalog's holds no such
    word. Otherwise a note quotes the value's words and says why they are the predicate's
    ("'Prague': named in a list of the film's locations")."""
    own = TEXT_PREDICATE_WORDS.get(claim.predicate.value)
    if own is None or not isinstance(claim.value, Text):
        return []
    lead = lead_in(claim, catalog)
    quote = claim.evidence.quote
    sentence = lead + quote + lead_out(claim, catalog)
    at = quote.casefold().find(claim.value.text.casefold())
    start, end = (at, at + len(claim.value.text)) if at >= 0 else (0, len(quote))
    start, end = start + len(lead), end + len(lead)
    read = _without_names(sentence, claim, catalog)
    found = [
        (word.start(), word.end(), " ".join(word[1].casefold().split()))
        for word in _TEXT_PREDICATE_WORD.finditer(read)
        if word.end() <= start or word.start() >= end
    ]
    nearest = _nearest_word(read, found, (start, end), _TEXT_SEGMENT_MARK)
    own_words = {" ".join(word.split()) for word in own}
    if nearest is not None and nearest[2] in own_words:
        return []
    if _note_quotes(claim, claim.value.text):
        return []
    said = "with no word of it" if nearest is None else f"as bound to {nearest[2]!r}"
    message = (
        f"the quote writes {claim.value.text!r} {said}, not as"
        f" {_TEXT_RELATIONS[claim.predicate.value]}: quote words that say so"
        f" ({', '.join(map(repr, own[:4]))}, ...), or quote the value's words in the note and"
        " say why it is the predicate's"
    )
    return [Breach("text predicate", "value.text", message)]


#: The words of a work's place in its story's timeline (:func:`chronology_of_the_story`):
#: "set after", "takes place between", "the events of", "timeline", "story", a prequel or a
#: spin-off, in every form.
STORY_ORDER_WORDS = (
    "set", "takes place", "took place", "take place", "taking place", "unfolds", "unfolded",
    "unfold", "unfolding", "story", "stories", "events", "event", "timeline", "timelines",
    "chronology", "chronologically", "in-universe", "narrative", "plot", "picks up",
    "picked up", "pick up", "picking up", "prequel", "prequels", "sequel", "sequels",
    "spinoff", "spinoffs", "spin-off", "spin-offs", "installment", "instalment", "entry",
    "universe", "canon",
)  # fmt: skip
#: The words of a work's release or making, in every form: its order of release, premiere,
#: filming, production, writing or announcement is no place in its story's timeline
#: ("Ballerina was released after John Wick 4", "was shot after", "premiered before"):
#: a ``chronology`` value bound to one of them is refused (:func:`chronology_of_the_story`).
RELEASE_ORDER_WORDS = (
    "release", "releases", "released", "releasing", "premiere", "premieres", "premiered",
    "premiering", "debut", "debuts", "debuted", "debuting", "come out", "comes out",
    "came out", "coming out", "opens", "opened", "hit theaters", "hits theaters",
    "hitting theaters", "hit theatres", "hits theatres", "hitting theatres", "arrive",
    "arrives", "arrived", "arriving", "launch", "launches", "launched", "launching", "shoot",
    "shoots", "shot", "shooting", "filmed", "filming", "produce", "produces", "produced",
    "producing", "production", "made", "making", "write", "writes", "wrote", "written",
    "writing", "develop", "develops", "developed", "developing", "development", "announce",
    "announces", "announced", "announcing", "greenlit", "greenlighted", "wrap", "wraps",
    "wrapped", "wrapping", "dated", "schedule", "schedules", "scheduled", "slated",
    "box office",
)  # fmt: skip
_STORY_ORDER = re.compile(_as_words(STORY_ORDER_WORDS))
_RELEASE_ORDER = re.compile(_as_words(RELEASE_ORDER_WORDS))


def chronology_of_the_story(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A ``chronology`` value is the work's place in its story's timeline, not its order of
    release or making. A value bound in its sentence (its :func:`lead_in`, quote and
    :func:`lead_out`) nearer to a word of :data:`RELEASE_ORDER_WORDS` than to one of
    :data:`STORY_ORDER_WORDS` (the fewest clause marks between first, then the fewest
    characters, as :func:`text_of_its_predicates_words` reads a place), or one that holds
    such a word and none of the story's, is refused: "after John Wick 4" from "Ballerina
    was released after John Wick 4", "was shot after", "premiered before". A value bound to
    the story's words ("is set after John Wick 3", "the story takes place between") or to
    neither ("its first feature spinoff") stands. A note quoting the word read and saying
    why the order is the story's lets the claim through."""
    if claim.predicate.value != "chronology" or not isinstance(claim.value, Text):
        return []
    lead = lead_in(claim, catalog)
    quote = claim.evidence.quote
    value = claim.value.text
    at = quote.casefold().find(value.casefold())
    start, end = (at, at + len(value)) if at >= 0 else (0, len(quote))
    start, end = start + len(lead), end + len(lead)
    read = _without_names(lead + quote + lead_out(claim, catalog), claim, catalog)
    if _STORY_ORDER.search(read, start, end):
        return []  # the value says it of the story itself
    story = {word.span() for word in _STORY_ORDER.finditer(read)}
    found = [
        (word.start(), word.end(), " ".join(word[1].casefold().split()))
        for pattern in (_STORY_ORDER, _RELEASE_ORDER)
        for word in pattern.finditer(read)
        if word.end() <= start or word.start() >= end
    ]
    inside = _RELEASE_ORDER.search(read, start, end)
    nearest = (
        (inside.start(), inside.end(), " ".join(inside[1].casefold().split()))
        if inside is not None
        else _nearest_word(read, found, (start, end), _TEXT_SEGMENT_MARK)
    )
    if nearest is None or nearest[:2] in story or _note_quotes(claim, nearest[2]):
        return []
    message = (
        f"the quote writes {value!r} as bound to {nearest[2]!r}, the order of the work's"
        " release or making, not where its story sits in the timeline: quote words of the"
        " story ('set after', 'takes place between', 'the events of'), or quote"
        f" {nearest[2]!r} in the note and say why the order is the story's"
    )
    return [Breach("text predicate", "value.text", message)]


#: Words just before a place that make it the place depicted, not the place filmed
#: (:func:`filming_location_not_the_place_depicted`): "Budapest, which doubled for
#: Prague", "standing in for Prague", "Budapest stood in for Prague", "sets recreating
#: Prague", "dressed as Prague". The place before them is where it was filmed.
DEPICTED_PLACE_WORDS = (
    "doubled for", "doubles for", "doubling for", "double for", "stood in for",
    "stands in for", "standing in for", "stand in for", "doubled as", "doubles as",
    "doubling as", "passed for", "passes for", "passing for", "plays", "played", "playing",
    "play", "stands for", "stood for", "standing for", "recreate", "recreates", "recreated",
    "recreating", "re-create", "re-creates", "re-created", "re-creating", "replicate",
    "replicates", "replicated", "replicating", "made to look like", "dressed as",
    "dressed up as",
)  # fmt: skip
_DEPICTED_BEFORE = re.compile(_as_words(DEPICTED_PLACE_WORDS) + r"[\s\u00a0]*(?i:the\s+)?\Z")


# The scenes of a place just after it: "Ballerina's Prague scenes were shot in Budapest"
# names the place the scenes show; the place after the filming verb is where they were shot.
_SCENES_AFTER = re.compile(
    r"((?:[\s\u00a0]+|[-\u2010\u2011]set[\s\u00a0]+)(?i:scenes?|sequences?|segments?"
    r"|sections?|portions?|chapters?))(?![\w'\u2019-])"
)
# A place's style just after it ("-style", "-like", "-inspired", "-esque"): a set dressed as it.
_STYLED_AFTER = re.compile(r"([-\u2010\u2011](?i:style[ds]?|like|inspired|esque))(?![\w'\u2019])")


def filming_location_not_the_place_depicted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A filming location is not the place another stood in for: one just after a word of
    :data:`DEPICTED_PLACE_WORDS` ("Ballerina filmed in Budapest, which doubled for
    Prague", "Prague, which plays Budapest", "sets recreating Prague") is the place
    depicted, one written with a style ("a Budapest-style set", "-like", "-inspired",
    "-esque") is a set dressed as it, and one just before "scenes", "sequences" ("Ballerina's
    Prague scenes were shot in Budapest", "the Prague-set scenes") is the place the scenes
    show, unless the claim's note quotes those words and says why it stands."""
    if claim.predicate.value != "filming_location" or not isinstance(claim.value, Text):
        return []
    sentence, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    at = sentence.casefold().find(claim.value.text.casefold(), quote_start, quote_end)
    if at < 0:
        return []
    found = _DEPICTED_BEFORE.search(sentence, 0, at)
    # A place's style is no place: "a Budapest-style set in Prague" was filmed in Prague.
    styled = _STYLED_AFTER.match(sentence, at + len(claim.value.text)) or _SCENES_AFTER.match(
        sentence, at + len(claim.value.text)
    )
    read = found or styled
    if read is None:
        return []
    words = " ".join(read[1].casefold().split())
    if _note_quotes(claim, words):
        return []
    where = "just before" if found is not None else "just after"
    message = (
        f"the quote writes {words!r} {where} {claim.value.text!r}, which makes it the"
        " place depicted, not where it was filmed: quote the words in the note and say why"
        " it stands"
    )
    return [Breach("text predicate", "value.text", message)]


#: The words that write a text predicate's value as the predicate's own
#: (:func:`text_written_with_its_predicates_words`), each predicate's in one row. A value of
#: ``genre`` or ``country_of_origin`` holds one of its row's words itself: a genre ("action",
#: "thriller", "revenge"; "ballet" of "ballet school" is none), a country or a nationality
#: ("South Korean", "Korea"). A value of another row has one in its own words or its
#: clause (the quote, and the words of its sentence before and after it up to a clause's
#: end): a source ("based on", "adapted from", "origin"), a death ("the late", "died",
#: "passed away"; the "late" of "the late-night show" is no death), another name ("known as",
#: "under the name"), a way to watch ("in theaters", "streaming", "on demand"), a trailer
#: ("trailer", "teaser"), promotional material ("images", "poster", "first look"). Title,
#: plot, chronology and production status are written in free words and have no row.
TEXT_VALUE_WORDS: dict[str, tuple[str, ...]] = {
    "based_on": (
        "based on", "adapted from", "inspired by", "origin", "adaptation", "adaptation of",
        "inspiration", "origins", "source material", "drawn from", "remake of",
        "spin-off of", "spinoff of", "derived from",
    ),
    "deceased": (
        "the late", "died", "death", "passed away", "his late", "her late", "their late",
        "late actor", "late star", "dies", "dead", "his passing", "her passing", "killed",
        "posthumous", "posthumously", "in memory of", "in memoriam", "mourned",
    ),
    "other_name": (
        "known as", "called", "named", "under the name", "name", "names", "alias", "aka",
        "a.k.a.", "nickname", "nicknamed", "real name", "born as", "birth name", "goes by",
        "went by", "dubbed", "also known as", "formerly known as", "referred to as",
    ),
    "distribution_format": (
        "theaters", "streaming", "on demand", "digital", "theatres", "theater", "theatre",
        "theatrical", "theatrically", "cinemas", "cinema", "stream", "streams", "digitally",
        "purchase", "rent", "rental", "Blu-ray", "DVD", "4K", "IMAX", "premium video",
        "home video", "home entertainment", "PVOD", "VOD",
    ),
    "trailer": ("trailer", "teaser", "trailers", "teasers"),
    "promotional_material": (
        "images", "artwork", "poster", "first look", "image", "artworks", "posters",
        "stills", "photo", "photos", "photograph", "photographs", "first-look", "key art",
        "promotional", "promo", "promos", "featurette",
    ),
    "genre": (
        "action", "thriller", "drama", "horror", "thrillers", "dramas", "comedy", "comedies",
        "revenge", "noir", "neo-noir", "martial arts", "crime", "adventure", "mystery",
        "sitcom", "sci-fi", "science fiction", "fantasy", "romance", "romantic", "western",
        "war", "musical", "documentary", "animated", "animation", "superhero", "spy",
        "espionage", "heist", "slasher", "satire", "biopic", "suspense", "disaster",
        "gangster", "kung fu", "gun-fu", "melodrama", "dark comedy", "black comedy", "epic",
    ),
    "country_of_origin": (
        "South Korean", "American", "British", "French", "South Korea", "Korean", "Korea",
        "United States", "US", "U.S.", "USA", "America", "United Kingdom", "UK", "U.K.",
        "Britain", "English", "England", "Canadian", "Canada", "France", "German", "Germany",
        "Hungarian", "Hungary", "Czech", "Czech Republic", "Japanese", "Japan", "Chinese",
        "China", "Hong Kong", "Taiwanese", "Taiwan", "Indian", "India", "Italian", "Italy",
        "Spanish", "Spain", "Australian", "Australia", "Irish", "Ireland", "Mexican",
        "Mexico", "Russian", "Russia", "New Zealand", "Thai", "Thailand", "Indonesian",
        "Indonesia", "Swedish", "Sweden", "Danish", "Denmark", "Norwegian", "Norway",
    ),
}  # fmt: skip
# The predicates whose value itself holds a word of its row.
_WORD_IN_THE_VALUE = frozenset({"genre", "country_of_origin"})
_TEXT_VALUE_WORD = {
    predicate: re.compile(_as_words(words)) for predicate, words in TEXT_VALUE_WORDS.items()
}
_TEXT_VALUE_RELATIONS = {
    "based_on": "what the work is based on",
    "deceased": "a death",
    "other_name": "another name",
    "distribution_format": "a way to watch the work",
    "trailer": "a trailer",
    "promotional_material": "promotional material",
    "genre": "a genre",
    "country_of_origin": "the country of a work",
}
#: The words of a work that a country or nationality is said of, just after it ("the South
#: Korean film", "Korean sitcom Nonstop", "a Korean action production"; after a genre word
#: of :data:`TEXT_VALUE_WORDS` or "-language"), or before "from", "made in" or "produced in"
#: just before it ("a film from South Korea"): the country of a work, not of a person ("South
#: Korean actress Jeon Jong-seo").
WORK_WORDS = (
    "film", "films", "movie", "movies", "production", "productions", "picture", "feature",
    "series", "show", "sitcom", "miniseries", "drama", "thriller", "franchise", "remake",
    "spin-off", "spinoff", "blockbuster", "flick", "original", "title", "project",
)  # fmt: skip
_WORK_WORD = _as_words(WORK_WORDS)
_WORK_AFTER_COUNTRY = re.compile(
    r"(?:[\s\u00a0]+(?:" + _as_words(TEXT_VALUE_WORDS["genre"]) + r"|-?language|indie"
    r"|independent))*[\s\u00a0]+" + _WORK_WORD
)
_WORK_BEFORE_COUNTRY = re.compile(
    _WORK_WORD + r",?[\s\u00a0]+(?:(?:is|was|comes|came)[\s\u00a0]+)?(?i:from|made[\s\u00a0]+in"
    r"|produced[\s\u00a0]+in|out[\s\u00a0]+of)[\s\u00a0]+(?i:the[\s\u00a0]+)?\Z"
)


def text_written_with_its_predicates_words(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A text value of a predicate of :data:`TEXT_VALUE_WORDS` is written with a word of its
    predicate's row: a genre holds a genre's word ("action", "revenge flick"; "ballet school"
    is no genre), a country of origin a country's or nationality's, bound to a work
    (:data:`WORK_WORDS`: "the South Korean film", "from South Korea"; "South Korean actress
    Jeon Jong-seo" gives the actress's); the value of another row, or its clause in its
    sentence (read with its :func:`lead_in` and :func:`lead_out`), holds one: "a story by
    Hatten" is based on nothing in "Hatten wrote a story", "Peacock" no way to watch in
    "Peacock announced it", "Lance Reddick" is not deceased in "Lance Reddick hosted the
    late-night show". Otherwise a note quotes the value's words and says why they are the
    predicate's ("'Ok-ju': the short form of her name the text uses throughout")."""
    predicate = claim.predicate.value
    words = _TEXT_VALUE_WORD.get(predicate)
    if words is None or not isinstance(claim.value, Text):
        return []
    value = claim.value.text
    if predicate in _WORD_IN_THE_VALUE:
        read = value
    else:
        before = _own_clause(lead_in(claim, catalog))
        read = f"{before}{claim.evidence.quote}{_rest_of_clause(lead_out(claim, catalog))}"
        read = _without_names(read, claim, catalog)
    said = "with no word of it"
    if words.search(read) is not None:
        if predicate != "country_of_origin" or _country_of_a_work(claim, catalog):
            return []
        said = "said of no work (a film, a series, ...)"
    if _note_quotes(claim, value):
        return []
    row = TEXT_VALUE_WORDS[predicate]
    message = (
        f"the quote writes {value!r} {said}, not as {_TEXT_VALUE_RELATIONS[predicate]}:"
        f" quote words that say so ({', '.join(map(repr, row[:4]))}, ...), or quote the"
        " value's words in the note and say why it is the predicate's"
    )
    return [Breach("text predicate", "value.text", message)]


def _country_of_a_work(claim: Claim, catalog: Catalog) -> bool:
    """Whether a country or nationality value is written, in its quote's sentence, just
    before a word of a work (:data:`WORK_WORDS`) or just after one and "from"."""
    assert isinstance(claim.value, Text)
    lead = lead_in(claim, catalog)
    sentence = lead + claim.evidence.quote + lead_out(claim, catalog)
    value = re.compile(
        r"(?<![\w'\u2019-])" + re.escape(claim.value.text) + r"(?![\w'\u2019-])", re.IGNORECASE
    )
    return any(
        _WORK_AFTER_COUNTRY.match(sentence, found.end())
        or _WORK_BEFORE_COUNTRY.search(sentence[: found.start()])
        for found in value.finditer(sentence)
    )


#: The words that make an occupation written after them a part a person plays, not the
#: person's work (:func:`occupation_not_a_played_part`): "Keanu Reeves plays a hitman",
#: "stars as a dancer", "in the role of a concierge". "As" after a word of work ("works as",
#: "served as", "known as") and a word before "by" ("portrayed by professional ballet dancer
#: Unity Phelan", which names the player) play no part.
PLAYING_WORDS = (
    "plays", "play", "played", "playing", "portrays", "portray", "portrayed", "portraying",
    "stars as", "starred as", "starring as", "star as", "as", "role of", "role as",
    "cast as", "the character", "character of", "voices", "voiced", "voicing",
)  # fmt: skip
_PLAYING = re.compile(_as_words(PLAYING_WORDS))
# The words before an "as" that make it say a person's own work, or no part at all, and those
# after it that make it no "as" of a part ("as well as", "as of").
_WORK_BEFORE_AS = frozenset(
    {"work", "works", "worked", "working", "serve", "serves", "served", "serving", "known",
     "such", "career", "job", "trained", "training", "began", "begun", "started", "employed",
     "well", "same", "so", "just", "living", "earned", "acts", "acted"}
)  # fmt: skip
# A word of playing before "by", which names the player after it.
_PLAYER_NAMED = re.compile(_as_words(PLAYING_WORDS) + r"[\s\u00a0]+by\b", re.IGNORECASE)
_NO_PART_AFTER_AS = re.compile(
    r"[\s\u00a0]+(?:well|of|if|though|soon|long|much|many|far)\b", re.IGNORECASE
)


def link_of_people_not_of_their_parts(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A link between a person and another (:data:`BOUND_LINKS`: a spouse, a teacher, a
    parent, a group, a post, a property) is not one of the parts they play: where the
    claim's sentence sets it in a work ("in the film", "on screen", "in the story", "in" a
    name of a work of the catalog: "Ana de Armas is married to Norman Reedus in the film",
    "Keanu Reeves is a member of the Ruska Roma in Ballerina"), it is their characters'. A
    note that quotes the words says why it is the people's own."""
    if claim.predicate.value not in BOUND_LINKS or not isinstance(claim.value, EntityRef):
        return []
    if not isinstance(catalog.entity(claim.subject), Person):
        return []
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    found = _PART_OCCUPATION_AFTER.search(sentence)
    said = found[0] if found else None
    if said is None:
        kinds = _kinds_by_name(catalog)
        works = {
            name
            for name in _catalog_names_in(sentence, catalog)
            if not kinds.get(name.casefold(), frozenset()).isdisjoint(_WORK_KINDS)
        }
        said = next(
            (
                f"in {sentence[start:end]}"
                for start, end in _written_name_spans(sentence, works)
                if _IN_BEFORE_A_NAME.search(sentence, 0, start)
            ),
            None,
        )
    if said is None or _note_quotes(claim, said):
        return []
    message = (
        f"the quote's sentence sets the {claim.predicate.value} link in a work ({said!r}):"
        " a link of the parts played, the characters', not the people's own; give it to the"
        " characters, or a note quoting the words must say why it is theirs"
    )
    return [Breach("played link", "quote", message)]


def occupation_not_a_played_part(claim: Claim, catalog: Catalog) -> list[Breach]:
    """An occupation of a person is not a part the person plays: its value written after a
    word of playing (:data:`PLAYING_WORDS`) or a name of a character the person plays in
    the catalog (a cast credit's character), between the person's name and the value (or in
    the value's clause where the name is not written before it), is the character's; so is
    one written with a word of :data:`PART_OCCUPATION_WORDS` ("Ana de Armas is an assassin
    in Ballerina", "Ana de Armas's assassin", "makes a convincing assassin", "becomes a
    ballerina", "dance like a ballerina", "studied ballet": a part, a likeness or a
    training; an occupation is said of the person outside a work).
    "Hitman" from "Keanu Reeves, 60, plays a hitman" and "hotel concierge" from "Lance
    Reddick plays Charon, the hotel concierge" are the characters' occupations (a claim of
    Charon's may give it), not the actors'. A note that quotes the value's words says why
    it is the person's."""
    if claim.predicate.value != "occupation" or not isinstance(claim.value, Text):
        return []
    if not isinstance(catalog.entity(claim.subject), Person):
        return []
    lead = lead_in(claim, catalog)
    quote = claim.evidence.quote
    at = quote.casefold().find(claim.value.text.casefold())
    start = len(lead) + max(at, 0)
    before = (lead + quote)[:start]
    names = catalog.entity(claim.subject).names
    named = [found.end() for name in names for found in _name_pattern(name).finditer(before)]
    if named:
        between = before[max(named) :]
    else:
        marks = [mark.end() for mark in _TEXT_SEGMENT_MARK.finditer(before)]
        between = before[max(marks, default=0) :]
    # "Rooney is played by ... Unity Phelan": what stands before "played by" is the part.
    player = list(_PLAYER_NAMED.finditer(between))
    between = between[player[-1].end() :] if player else between
    said = _played_part_word(between) or _played_character(between, claim, catalog)
    said = None if said is None else f"after {said}"
    if _note_quotes(claim, claim.value.text):
        return []
    if said is None and (said := _part_nor_likeness_words(claim, catalog)) is None:
        return []
    message = (
        f"the quote writes {claim.value.text!r} {said}, as a part the person plays"
        f"{'' if said.startswith('after') else ', a likeness or a training'}, not the person's"
        " occupation: give it to the character, or quote the value's words in the note and say"
        " why it is the person's"
    )
    return [Breach("played part", "value.text", message)]


#: The words that make a person's occupation written with them a part, a likeness or a
#: training, none of the person's work (:func:`occupation_not_a_played_part`):
#: ``"before"``, between the person's name and the value: a possessive ("Ana de Armas's
#: assassin", her part), a part made or become ("makes a convincing assassin", "becomes a
#: ballerina", "every inch the assassin"), a likeness ("dance like a ballerina") and a thing
#: learned ("studied ballet", "learned to dance"); ``"after"``, in the value's clause after
#: it: a part of a work ("an assassin in Ballerina", "the ballerina of the title", "for the
#: role", "on screen"; "in" before a name of a work of the catalog is read too). Patterns,
#: read whole in any case.
PART_OCCUPATION_WORDS = {
    "before": (
        r"['\u2019]s", r"mak(?:e|es|ing)", r"made", r"becom(?:e|es|ing)", r"became",
        r"every\s+inch", r"like", r"stud(?:y|ies|ied|ying)", r"learn(?:s|ed|t|ing)?",
    ),
    "after": (
        r"of\s+the\s+(?:title|film|movie|story)", r"for\s+(?:the|a|her|his|their)\s+(?:role|part)",
        r"on[\s\u00a0-]?screen", r"in\s+(?:the|this|that|her|his|their)\s+(?:film|movie|role|part"
        r"|sequel|spin-off|series|show|story)",
    ),
}  # fmt: skip
_PART_OCCUPATION_BEFORE = re.compile(
    r"(?:(?<=[\w.])|(?<![\w'\u2019-]))(?:"
    + "|".join(PART_OCCUPATION_WORDS["before"])
    + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)
_PART_OCCUPATION_AFTER = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(PART_OCCUPATION_WORDS["after"]) + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)
_IN_BEFORE_A_NAME = re.compile(
    r"(?<![\w'\u2019-])in[\s\u00a0]+(?:the[\s\u00a0]+)?\Z", re.IGNORECASE
)


def _part_nor_likeness_words(claim: Claim, catalog: Catalog) -> str | None:
    """The words that make a person's occupation a part, a likeness or a training (see
    :func:`occupation_not_a_played_part`), quoted; or None. Its value written
    with a word of :data:`PART_OCCUPATION_WORDS` (between the person's name and it, or in
    its clause after it: "Ana de Armas is an assassin in Ballerina", "Ana de Armas's
    assassin", "makes a convincing assassin", "becomes a ballerina", "learned to dance like
    a ballerina", "studied ballet", "the ballerina of the title") is a part the person
    plays, a likeness or a training, none of the person's work."""
    assert isinstance(claim.value, Text)
    sentence, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    at = sentence.casefold().find(claim.value.text.casefold(), quote_start, quote_end)
    if at == -1 or not claim.value.text.strip():
        return None
    before = sentence[:at]
    names = catalog.entity(claim.subject).names
    named = [found.end() for name in names for found in _name_pattern(name).finditer(before)]
    if named:
        between = before[max(named) :]
    else:
        marks = [mark.end() for mark in _TEXT_SEGMENT_MARK.finditer(before)]
        between = before[max(marks, default=0) :]
    after = _rest_of_clause(sentence[at + len(claim.value.text) :])
    found = _PART_OCCUPATION_BEFORE.search(between) or _PART_OCCUPATION_AFTER.search(after)
    said = None if found is None else repr(" ".join(found[0].split()))
    if said is None:
        films = _films_by_name(catalog)
        for name in _catalog_names_in(after, catalog):
            where = after.casefold().find(name.casefold())
            if name.casefold() in films and _IN_BEFORE_A_NAME.search(after[:where]):
                said = repr(f"in {name}")
                break
    return None if said is None else f"with {said}"


#: The verbs that give a person the occupation written after them with an article ("is an
#: assassin", "becomes a bodyguard"); another verb of the third person or the past so
#: written, or "by", makes the value another's, its object or agent ("hunts an assassin",
#: "is hunted by an assassin"): :func:`occupation_not_anothers`.
BEING_VERBS = frozenset(
    {"is", "was", "becomes", "became", "remains", "remained", "seems", "seemed", "appears",
     "appeared", "proves", "proved", "named", "turned", "as", "has", "had"}
)  # fmt: skip
_VERB_AND_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'\u2019-])([A-Za-z]+(?:s|ed)|by)[\s\u00a0]+(?:an?|the)[\s\u00a0]+$", re.IGNORECASE
)


#: The nouns a subject's possessive, or a noun phrase after a verb, may have as its head
#: just before the subject's own name or work ("Rooney's alias is Eve", "Rooney's job is
#: assassin", "goes by the alias Eve", "works the trade of"), the words before the head
#: that may describe it ("Rooney's real name", "her code name"). Any other noun there is
#: another's, whose name or work the value is ("Rooney's sister, nicknamed Eve", "Rooney's
#: mother's alias is Eve", "hunts the assassin known as the Ballerina"):
#: :func:`_value_said_of_another`.
OWN_NAME_AND_WORK_NOUNS = frozenset(
    {"alias", "aliases", "name", "names", "nickname", "nicknames", "codename", "codenames",
     "moniker", "monikers", "pseudonym", "pseudonyms", "handle", "identity", "identities",
     "title", "titles", "job", "jobs", "occupation", "occupations", "profession",
     "professions", "trade", "trades", "calling", "work", "career", "careers", "role",
     "roles", "position", "post", "vocation"}
)  # fmt: skip
OWN_NAME_AND_WORK_DESCRIBERS = frozenset(
    {"real", "true", "birth", "full", "new", "other", "code", "day", "secret", "street",
     "stage", "cover", "assumed", "given", "first", "last", "current", "official", "old"}
)  # fmt: skip
_POSSESSIVE_START = re.compile(r"\A['\u2019]s?(?![\w'\u2019-])")
_VERB_AND_NOUN_PHRASE = re.compile(
    r"(?<![\w'\u2019-])(?P<verb>[A-Za-z]+(?:s|ed)|by)[\s\u00a0]+(?:an?|the)[\s\u00a0]+"
    r"(?P<words>[\w'\u2019-]+(?:[\s\u00a0]+[\w'\u2019-]+)*)"
)
_WORD_OF_NOUN_PHRASE = re.compile(r"[\w'\u2019-]+")


def _names_own_name_or_work(words: str) -> bool:
    """Whether ``words``, the start of a noun phrase, have a head of
    :data:`OWN_NAME_AND_WORK_NOUNS`, after words of :data:`OWN_NAME_AND_WORK_DESCRIBERS`."""
    for word in _WORD_OF_NOUN_PHRASE.findall(words):
        folded = word.casefold()
        if folded in OWN_NAME_AND_WORK_NOUNS:
            return True
        if folded not in OWN_NAME_AND_WORK_DESCRIBERS:
            return False
    return False


def _value_said_of_another(claim: Claim, catalog: Catalog) -> str | None:
    """The words, quoted, that make a text value (an ``occupation`` or ``other_name``) one
    of another than the subject named before it, or None: a possessive of the subject
    owning another noun than one of :data:`OWN_NAME_AND_WORK_NOUNS` ("Rooney's sister, an
    assassin", "Rooney's mother's job is assassin", "Rooney's sister, nicknamed Eve"), or
    a noun phrase after a verb of the subject, none of :data:`BEING_VERBS`, with words of
    its own before the value ("Rooney hunts the assassin known as the Ballerina", "hunts a
    killer called"), whom the value is of. "Rooney's alias is Eve", "Rooney's real name is
    Eve", "Rooney, an assassin", "Rooney goes by the alias Eve" say it of the subject."""
    assert isinstance(claim.value, Text)
    sentence, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    value = claim.value.text
    at = sentence.casefold().find(value.casefold(), quote_start, quote_end)
    if at == -1 or not value.strip():
        return None
    names = catalog.entity(claim.subject).names
    before = sentence[:at]
    named = [found.end() for name in names for found in _name_pattern(name).finditer(before)]
    if not named:
        return None
    between = before[max(named) :]
    possessive = _POSSESSIVE_START.match(between)
    if possessive is not None:
        owned = between[possessive.end() :]
        if _names_own_name_or_work(owned):
            return None
        word = _WORD_OF_NOUN_PHRASE.search(owned)
        return repr(between[: None if word is None else possessive.end() + word.end()].strip())
    # Read in the value's own clause: a noun phrase of an earlier clause is none of its.
    clause_ends = [found.end() for found in _CLAUSE_END.finditer(between)]
    clause = between[max(clause_ends, default=0) :]
    for found in _VERB_AND_NOUN_PHRASE.finditer(clause):
        if found["verb"].casefold() in BEING_VERBS or _names_own_name_or_work(found["words"]):
            continue
        return repr(" ".join(found[0].split()))
    return None


def _said_of_another_breaches(claim: Claim, catalog: Catalog, rule: str) -> list[Breach]:
    """The breach, under ``rule``, of a text value :func:`_value_said_of_another` gives to
    another than the subject, unless the note quotes the words or the value."""
    assert isinstance(claim.value, Text)
    words = _value_said_of_another(claim, catalog)
    noted = (words or "").strip("'\""), claim.value.text
    if words is None or any(_note_quotes(claim, said) for said in noted):
        return []
    message = (
        f"the quote writes {claim.value.text!r} after {words}, of another than {claim.subject}"
        f" (its {claim.predicate.value} is not {claim.subject}'s): quote words that say it of"
        f" {claim.subject} itself ('is', 'goes by the alias', a possessive owning 'alias',"
        f" 'name' or 'job'), or quote {words} or the value in the note and say why it is"
        f" {claim.subject}'s"
    )
    return [Breach(rule, "value.text", message)]


def occupation_not_anothers(claim: Claim, catalog: Catalog) -> list[Breach]:
    """An occupation of a person or character is not another's: its value written just
    after a verb and an article ("a", "an", "the"), the verb of the third person or the
    past but none of
    :data:`BEING_VERBS`, is that verb's object ("Rooney is a ballerina who hunts an
    assassin"), and after "by" and an article its agent ("is hunted by an assassin"): no
    occupation of the person; nor is one :func:`_value_said_of_another` gives to another
    ("Rooney's sister, an assassin"). A note that quotes the value's words says why it is
    the person's."""
    if claim.predicate.value != "occupation" or not isinstance(claim.value, Text):
        return []
    anothers = _said_of_another_breaches(claim, catalog, "another's occupation")
    if anothers:
        return anothers
    quote = claim.evidence.quote
    at = quote.casefold().find(claim.value.text.casefold())
    before = lead_in(claim, catalog) + quote[: max(at, 0)]
    found = _VERB_AND_ARTICLE_BEFORE.search(before)
    # A word of playing gives a part: occupation_not_a_played_part's.
    if found is None or found[1].casefold() in BEING_VERBS | set(PLAYING_WORDS):
        return []
    if _note_quotes(claim, claim.value.text):
        return []
    message = (
        f"the quote writes {claim.value.text!r} after {found[1]!r}, as another's, not the"
        " person's occupation: quote words that give it to the person ('is', 'becomes',"
        " ...), or quote the value's words in the note and say why it is the person's"
    )
    return [Breach("another's occupation", "value.text", message)]


#: The words that make an occupation written just after them (an article, a possessive
#: pronoun and one word may come between) one the subject does not hold now, by what they
#: make it: a disguise ("disguised as a waiter", "undercover as", "dressed as", "in the guise
#: of"), a calling not taken up yet ("a budding assassin", "a future assassin", "a trainee
#: assassin"), one given up ("a reformed assassin", "a lapsed assassin"), or another's, of
#: whom the subject is the object ("the target of a hitman", "hunted by"). Each in every
#: form, read across any whitespace (:func:`occupation_now_held_or_noted`).
OCCUPATION_NOT_HELD_BEFORE: dict[str, tuple[str, ...]] = {
    "a disguise": (
        "disguised as", "disguise as", "disguises as", "disguising as", "in disguise as",
        "disguised herself as", "disguised himself as", "disguises herself as",
        "disguises himself as", "disguising herself as", "disguising himself as",
        "undercover as", "dressed as", "dresses as", "dress as", "dressing as",
        "dressed up as", "dresses up as", "dressing up as", "in the guise of", "guise of",
        "costumed as", "in costume as", "passes as", "passed as", "passing as",
        "passes herself off as", "passes himself off as", "passed herself off as",
        "passed himself off as", "passing herself off as", "passing himself off as",
        "impersonates", "impersonated", "impersonating", "pretending to be",
        "cover as", "cover identity as",
    ),
    "a calling not taken up yet": (
        "budding", "future", "fledgling", "trainee", "apprentice", "soon-to-be",
        "soon to be", "novice", "in training as", "training as", "trains as", "trained as",
    ),
    "a calling given up": (
        "reformed", "lapsed", "retired", "erstwhile", "one-time", "onetime", "ex-",
        "formerly", "former", "once",
    ),
    "another's calling": (
        "target of", "targeted by", "victim of", "hunted by", "prey of", "quarry of",
        "mark of", "pursued by", "chased by", "stalked by", "wanted by", "sought by",
    ),
}  # fmt: skip
#: The words that do the same written just after the occupation: "an assassin in
#: training", "assassination behind" ("left assassination behind"), "a ballerina as a
#: child" (:func:`occupation_now_held_or_noted`).
OCCUPATION_NOT_HELD_AFTER: dict[str, tuple[str, ...]] = {
    "a calling not taken up yet": ("in training", "in-training", "in the making", "to be"),
    "a calling given up": (
        "behind", "as a child", "as a girl", "as a boy", "as a teen", "as a teenager",
        "as a young girl", "as a young boy", "as a young woman", "as a young man",
        "as a kid", "in her youth", "in his youth", "in their youth", "in childhood",
        "in her childhood", "in his childhood", "in the past", "no more", "no longer",
        "years ago",
    ),
}  # fmt: skip
_NOT_HELD_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:(?P<said>"
    + _phrases({word for words in OCCUPATION_NOT_HELD_BEFORE.values() for word in words})
    + r"))(?:[\s\u00a0]+(?i:an?|the|her|his|their))?(?:[\s\u00a0]+[\w'\u2019-]+)?[\s\u00a0]*\Z"
)
_NOT_HELD_AFTER = re.compile(
    r"[\s\u00a0]*(?P<said>(?i:"
    + _phrases({word for words in OCCUPATION_NOT_HELD_AFTER.values() for word in words})
    + r"))(?![\w'\u2019-])"
)


def _not_held_kind(said: str, tables: Mapping[str, tuple[str, ...]]) -> str:
    """What the words ``said`` of :data:`OCCUPATION_NOT_HELD_BEFORE` or
    :data:`OCCUPATION_NOT_HELD_AFTER` make an occupation."""
    folded = " ".join(said.casefold().split())
    return next(kind for kind, words in tables.items() if folded in words)


def occupation_now_held_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """An occupation is one the subject holds: its value written just after words of a
    disguise, a calling not taken up yet, one given up, or another's calling
    (:data:`OCCUPATION_NOT_HELD_BEFORE`: "disguised as a waiter", "a budding assassin", "a
    reformed assassin", "the target of a hitman"), or just before words that do the same
    (:data:`OCCUPATION_NOT_HELD_AFTER`: "an assassin in training", "left assassination
    behind", "was a ballerina as a child"), is not the subject's occupation. The value
    keeps the words ("budding assassin"), or a note quotes them and says why it is."""
    if claim.predicate.value != "occupation" or not isinstance(claim.value, Text):
        return []
    value = claim.value.text
    lead = lead_in(claim, catalog)
    sentence = lead + claim.evidence.quote + lead_out(claim, catalog)
    pattern = re.compile(r"(?<![\w'\u2019-])" + _phrase(value) + r"(?![\w'\u2019-])", re.IGNORECASE)
    for found in pattern.finditer(sentence, len(lead)):
        before = _NOT_HELD_BEFORE.search(sentence[: found.start()])
        after = _NOT_HELD_AFTER.match(sentence, found.end())
        said, tables = (
            (before["said"], OCCUPATION_NOT_HELD_BEFORE)
            if before is not None
            else (after["said"], OCCUPATION_NOT_HELD_AFTER)
            if after is not None
            else (None, OCCUPATION_NOT_HELD_BEFORE)
        )
        if said is None or _note_quotes(claim, said):
            continue
        words = " ".join(said.split())
        message = (
            f"the quote writes {value!r} with {words!r}, which makes it"
            f" {_not_held_kind(said, tables)}, not an occupation {claim.subject} holds: keep"
            f" the words in the value, or quote {words!r} in the note and say why it is"
            f" {claim.subject}'s occupation"
        )
        return [Breach("occupation not held", "value.text", message)]
    return []


#: The words that make another name written just after them (with "the", "her", "his",
#: "their", "its" or "a", and "alias", "name", "nickname", "moniker", "code name", "title"
#: between) one the subject does not go by, by what they make it, each with the statuses
#: that let it through: a name given up or refused ("drops the alias Eve", "sheds the
#: name", "renounces", "refuses", "rejects", "abandons", "ditches", "gives up"; a note
#: only), a name held before ("formerly known as", "once called", "previously named",
#: "used to be called", "her former alias"; the status ``superseded``), and the one who
#: dubs or voices the subject ("is dubbed by Jane Doe", "voiced by"; a note only). Each in
#: every form, read across any whitespace (:func:`other_name_held_or_noted`).
OTHER_NAME_NOT_HELD_WORDS: dict[str, tuple[str, ...]] = {
    "a name given up or refused": (
        "drop", "drops", "dropped", "dropping", "shed", "sheds", "shedding", "renounce",
        "renounces", "renounced", "renouncing", "refuse", "refuses", "refused", "refusing",
        "reject", "rejects", "rejected", "rejecting", "abandon", "abandons", "abandoned",
        "abandoning", "ditch", "ditches", "ditched", "ditching", "discard", "discards",
        "discarded", "discarding", "give up", "gives up", "gave up", "given up",
        "giving up", "casts off", "cast off", "casting off", "leaves behind", "left behind",
        "retire", "retires", "retired", "retiring", "no longer uses", "no longer goes by",
        "no longer known as", "no longer called",
    ),
    "a name held before": (
        *FORMER_NAME_WORDS, "former", "old", "previous", "erstwhile", "one-time", "onetime",
    ),
    "the one who dubs or voices the subject": (
        "dubbed by", "is dubbed by", "voiced by", "dub by", "dubbing by", "voice of",
        "dubbing artist", "dubbing actor", "dubbing actress", "voice actor", "voice actress",
    ),
}  # fmt: skip
_OTHER_NAME_NOT_HELD = re.compile(
    r"(?<![\w'\u2019-])(?i:(?P<said>"
    + _phrases({word for words in OTHER_NAME_NOT_HELD_WORDS.values() for word in words})
    + r"))(?:[\s\u00a0]+(?i:the|her|his|their|its|an?))?(?:[\s\u00a0]+(?i:alias(?:es)?"
    r"|names?|nicknames?|monikers?|code[\s\u00a0]*names?|codenames?|titles?|handles?))?"
    r"[\s\u00a0,:\"'\u2018\u201c]*\Z"
)


def other_name_held_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """Another name (``other_name``) is one the subject goes by: its value written just
    after words of a name given up or refused, a name held before, or of the one who dubs
    or voices the subject (:data:`OTHER_NAME_NOT_HELD_WORDS`: "drops the alias Eve",
    "formerly known as the Ballerina", "is dubbed by Jane Doe") is refused, unless the
    claim has a status those words back (``superseded`` for a name held before) or a note
    quotes the words and says why the name is the subject's. Nor is a name
    :func:`_value_said_of_another` gives to another ("Rooney's sister, nicknamed Eve",
    "hunts the assassin known as the Ballerina") the subject's."""
    if claim.predicate.value != "other_name" or not isinstance(claim.value, Text):
        return []
    anothers = _said_of_another_breaches(claim, catalog, "other name not held")
    if anothers:
        return anothers
    value = claim.value.text
    lead = lead_in(claim, catalog)
    sentence = lead + claim.evidence.quote + lead_out(claim, catalog)
    pattern = re.compile(r"(?<![\w'\u2019-])" + _phrase(value) + r"(?![\w'\u2019-])", re.IGNORECASE)
    for found in pattern.finditer(sentence, len(lead)):
        before = _OTHER_NAME_NOT_HELD.search(sentence[: found.start()])
        if before is None or _note_quotes(claim, before["said"]):
            continue
        words = " ".join(before["said"].split())
        kind = _not_held_kind(words, OTHER_NAME_NOT_HELD_WORDS)
        # A name held before is superseded; no status lets the others through.
        statuses = SUPERSEDED_STATUSES if kind == "a name held before" else frozenset()
        if claim.qualifiers.status in statuses:
            continue
        status = "".join(f"give it the status {status.value!r}, or " for status in statuses)
        message = (
            f"the quote writes {value!r} after {words!r}, which makes it {kind}, not a name"
            f" {claim.subject} goes by: {status}quote {words!r} in the note and say why it"
            f" is {claim.subject}'s name"
        )
        return [Breach("other name not held", "value.text", message)]
    return []


def _played_part_word(between: str) -> str | None:
    """The first word of :data:`PLAYING_WORDS` in ``between`` that plays a part, quoted."""
    for found in _PLAYING.finditer(between):
        word = " ".join(found[1].casefold().split())
        if word == "as":
            previous = _WORD.findall(between[: found.start()])
            if previous and previous[-1].casefold() in _WORK_BEFORE_AS:
                continue
            if _NO_PART_AFTER_AS.match(between, found.end()):
                continue
        return repr(word)
    return None


def _played_character(between: str, claim: Claim, catalog: Catalog) -> str | None:
    """A name of a character the claim's person plays in the catalog that ``between``
    writes, quoted, or ``None``."""
    played = {
        each.qualifiers.character
        for each in catalog.claims
        if each.predicate.value == "cast_member"
        and isinstance(each.value, EntityRef)
        and each.value.id == claim.subject
        and each.qualifiers.character is not None
    }
    for character in sorted(played):
        for name in catalog.entity(character).names:
            if _name_pattern(name).search(between):
                return f"the character {name!r}"
    return None


# A privative word or form of the relations' lists, as a quote writes it.
_PRIVATIVE_WORD = re.compile(
    r"\b(?:" + "|".join((*PRIVATIVE_WORDS, *PRIVATIVE_FORMS)) + r")\b", re.IGNORECASE
)


def _privatives_of_something_else(read: str, predicate: str) -> Counter[str]:
    """The privative words of ``read`` (a credit's sentence, its names blanked) that are not
    bound to a word of the credit's own role (:data:`ROLE_WORDS`): "former Bond girl",
    "a ballerina-turned-assassin", "an ex-ballerina" say nothing of a credit, where "former
    director", "ex-star" and "director-turned-producer" do: a privative blocks only what it
    is bound to. Each folded, as :func:`_negations` counts it."""
    role = ROLE_WORDS.get(predicate)
    if role is None:
        return Counter()
    words = _as_words(role)
    unbound: Counter[str] = Counter()
    for found in _PRIVATIVE_WORD.finditer(read):
        after = read[found.end() :]
        bound = re.match(
            r"[\s\u00a0-]*(?:(?i:a|an|the)[\s\u00a0]+)?(?:[\w'\u2019]+[\s\u00a0]+)?" + words, after
        )
        # "-turned-" makes a former thing of the word before it: "director-turned-producer".
        before = re.search(words + r"\Z", read[: found.start()])
        if bound is None and (before is None or "turned" not in found[0].casefold()):
            unbound[" ".join(found[0].casefold().split())] += 1
    return unbound


def figure_keeps_its_quotes_negations(claim: Claim, catalog: Catalog | None = None) -> list[Breach]:
    """A date or figure keeps every negating word its quote writes before it, as a text
    value does: 2024-06-07 from "will not be released on June 7, 2024", 400,000,000 from
    "did not gross $400 million" say the opposite of their quotes. The words before the
    date's year, or the figure's number, where the quote last writes it count (an earlier
    mention, "In 2024, ... will not be released on June 7, 2024", hides no negation), but
    not the words that bound the figure
    (:data:`BOUND_WORDS`: "no more than $5 million" bounds it, not negates it); before a
    date or figure the quote does not write, all of the quote's; and those of its
    :func:`lead_in` ("gross $58 million" after "Ballerina did not "; not those of another
    clause, :data:`CLAUSE_BREAK_WORDS`: "Lionsgate did not say why, but "). A word inside the
    name of an entity of the ``catalog`` as the quote writes it ("No Time to Die ... 2021")
    is the name's, no negation. A note that quotes the words with the negation says why the
    value may stand (it negates something else)."""
    if not isinstance(claim.value, (DateValue, Quantity)):
        return []
    quote = claim.evidence.quote
    span = _where_figure_written(claim.value, quote, last=True)
    before = quote if span is None else quote[: span[0]]
    if span is not None and isinstance(claim.value, Quantity):
        bounding = _BOUND_BEFORE.search(before)
        before = before if bounding is None else before[: bounding.start()]
    # After the date or figure, the rest of its clause: "June 7, 2024 is not the release
    # date" (not "June 7, 2024, not May").
    after = "" if span is None else _rest_of_clause(quote[span[1] :] + lead_out(claim, catalog))
    around = f"{_own_clause(lead_in(claim, catalog))}{before} {after}"
    words = _unexplained(_negations_outside_names(around, claim, catalog), claim.note)
    if words is None:
        return []
    field = "value.date" if isinstance(claim.value, DateValue) else "value.amount"
    said = f"{words} before its {field.partition('.')[2]}"
    message = f"the quote writes {said}: the value {_MAY_SAY_THE_OPPOSITE}"
    return [Breach("value negation", field, message)]


def entity_value_keeps_its_quotes_negations(claim: Claim, catalog: Catalog) -> list[Breach]:
    """An entity value keeps every negating word its quote writes, as a text value does:
    Keanu Reeves as a cast member from "Keanu Reeves will not appear in Ballerina 2",
    "Ballerina has no Keanu Reeves" or "Neither Keanu Reeves nor Ian McShane appears"
    says the opposite of its quote. A negation anywhere in the quote or its :func:`lead_in`
    (but for another clause of it, :data:`CLAUSE_BREAK_WORDS`: "The sequel might never
    happen, but ") counts, after the name too ("X will not appear"); one inside a name of
    an entity of the catalog as the quote writes it ("No Time to Die") is the name's, and an
    emphatic idiom (:data:`NOT_A_NEGATION_IDIOMS`: "none other than") is none, and so is a
    contrast's "not" just before another name, after the value's ("Len Wiseman, not Chad
    Stahelski": :func:`_nots_of_another_name`). A
    credit (a cast or crew claim whose value is a person) keeps the words that undo it as
    well
    (``_relations.UNDOING_PHRASES``: "turned down", "dropped out", "exited", "replaced by",
    "left the film", ...; and :data:`REFUSING_PHRASES`: "refused to direct", "balked at
    starring in", "stopped short of directing", "but walked away", "was sacked") where they
    are said of that person: after the person's name in
    its sentence, or anywhere where the quote does not write the name ("he turned down the
    role"); "X was replaced by Keanu Reeves" undoes X's credit, not his. The words of
    :data:`ROLE_UNDONE_WORDS` undo it said of the person's part, job or deal
    (:data:`ROLE_NOUNS`) after their possessive ("Gabriel Byrne's role in Ballerina has been
    recast", "was given to", "was cut", "Ana de Armas's deal to star in Ballerina fell
    through"). A credit in a work its sentence sets aside
    (:data:`WORK_SET_ASIDE_WORDS` just before the subject's name: "Gabriel Byrne stars in The
    Mother, not Ballerina", "over Ballerina", "unlike Ballerina") is another work's. A verb
    of ending before a verb's "-ing" form said of the person (:data:`ENDING_VERBS`: "stopped
    starring in", "ceased directing", "quit playing") undoes the credit too. The words of
    :data:`REFUSED_BY_WORDS` undo the credit of the person just after them ("was refused
    by Len Wiseman"). A credit's privative
    word counts only where it is bound to the credit's own role
    (:func:`_privatives_of_something_else`: "a former star", not "former Bond girl Ana de
    Armas" nor "a ballerina-turned-assassin"). A note that quotes the words with the
    negation says why the value may stand (it negates something else)."""
    if not isinstance(claim.value, EntityRef):
        return []
    evidence = claim.evidence
    # The lead-in's words of another clause ("did not say why, but") are of something else.
    read = _own_clause(lead_in(claim, catalog)) + evidence.quote + lead_out(claim, catalog)
    read = _without_idioms(read)  # "none other than" is no exclusion
    credit = claim.predicate.credit is not None and claim.value.id.startswith("person/")
    names = _mention_names(claim, catalog, claim.value.id)
    excluded = (
        _exclusions_of(read, names, credit=credit)
        if _EXCLUDING.search(read) or (credit and _LEFT.search(read))
        else Counter[str]()
    )
    if credit and _NOT_A_CASTING.search(read):
        excluded += _short_of_casting(read, claim, names)
    if credit and (_UNDONE.search(read) or _SHORT_OF_CASTING_VERB.search(read)):
        excluded += _undone_as_object(read, claim, names)
    if credit and _REFUSED_BY.search(read):
        excluded += _refused_by(read, names)
    if credit and claim.qualifiers.status is not Status.SUPERSEDED:
        # A part held and then lost or handed on is what a superseded credit states.
        excluded += _lost_parts_of(read, names)
    if credit:
        excluded += _role_undoings_of(read, names)
        excluded += _said_of(_ENDED_DOING.finditer(read), 0, read, names)
    aside = _work_set_aside(read, claim, catalog) if credit else Counter[str]()
    picked = (
        _picked_out_of(read, names, catalog.entity(claim.subject).names)
        if _PICKING.search(read)
        else Counter[str]()
    )
    excluded += picked
    if (
        not _negations(read)
        and not (credit and _UNDOING.search(read))
        and not excluded
        and not aside
    ):
        return []  # the most claims: no name need be blanked
    quote = _without_names(read, claim, catalog)
    found = _negations(quote) + excluded
    found -= _nots_of_another_name(read, quote, names)
    found |= aside  # "not Ballerina" is no contrast of another name
    if credit:
        found += _undoings_of(read, quote, names)
        found -= _privatives_of_something_else(quote, claim.predicate.value)
        if claim.qualifiers.status is Status.SUPERSEDED:
            found -= Counter(FIRST_PLAN_UNDOINGS)  # the credit first set: what it says
            found -= _credit_ended_since(claim, catalog)  # held, and recast or ended since
    passages = " ".join(note_passages(claim.note))
    left = found - _negations(passages) - _undoings_of(passages, passages, ())
    left -= Counter(
        " ".join(ended[0].casefold().split()) for ended in _ENDED_DOING.finditer(passages)
    )
    left -= Counter(
        " ".join(word[1].casefold().split())
        for words in (
            _EXCLUDING,
            _LEFT,
            _NOT_A_CASTING,
            _UNDONE,
            _SHORT_OF_CASTING_VERB,
            _REFUSED_BY,
            _LOST_PART,
            _ROLE_UNDONE,
            _WORK_SET_ASIDE,
        )
        for word in words.finditer(passages)
    )
    left -= Counter(
        " ".join(word.casefold().split())
        for word in re.findall(r"(?<![\w'\u2019-])(?i:(?:out\s+)?over)(?![\w'\u2019-])", passages)
    )
    left -= Counter(" ".join(word[0].split()) for word in _PICKING.finditer(passages))
    if not left:
        return []
    message = _value_negation_message(claim, catalog, left, picked, credit=credit)
    return [Breach("value negation", "value.id", message)]


def _value_negation_message(
    claim: Claim, catalog: Catalog, left: Counter[str], picked: Counter[str], *, credit: bool
) -> str:
    """Why :func:`entity_value_keeps_its_quotes_negations` refuses ``claim`` for the words
    ``left``: names picked other than the value (``picked``), a credit held and ended since
    (the status ``superseded`` lets it through), words short of a casting (a status of
    :data:`NOT_A_CASTING_STATUSES`), or a negation (a note quoting the words)."""
    assert isinstance(claim.value, EntityRef)
    said = f"{', '.join(map(repr, left))}: the value {claim.value.id}"
    message = f"the quote writes {said} {_MAY_SAY_THE_OPPOSITE}"
    if not left - picked:
        message = (
            f"the quote writes {said} is not among the names they pick: the sentence says its"
            f" verb of those alone; {_QUOTE_THE_NEGATION}"
        )
    elif credit and not left - _credit_ended_since(claim, catalog):
        message += (
            "; or, for a credit held and recast or ended since, give it the status 'superseded'"
        )
    if all(
        _NOT_A_CASTING.fullmatch(word) or _SHORT_OF_CASTING_VERB.fullmatch(word) for word in left
    ):
        statuses = ", ".join(sorted(status.value for status in NOT_A_CASTING_STATUSES))
        message = (
            f"the quote writes {said} is short of a casting: give the claim a status ({statuses}),"
            f" or {_QUOTE_THE_NEGATION}"
        )
    return message


# A word of a person's name as :func:`_people_written` reads it: letters and digits, with
# inner hyphens ("Jong-seo"); an apostrophe ends it ("Armas" of "Armas's").
_PERSON_NAME_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# The most words of a person's name :func:`_people_written` looks up.
_NAME_WORDS = 5


#: The words that give a claim's entity or text value as one of several, each with the
#: statuses that say the choice is still open, which they back: an "or" or "and/or" joining
#: the value to another name or word, either side of it, a comma may stand before it ("Len
#: Wiseman or Chad Stahelski", "shot in Prague or Budapest"), or ending a list the value
#: opens (up to three more items of up to five words each: "Keanu Reeves, Ian McShane, or
#: Lance Reddick"); "either" or "whether" just before it, with an "or" after it ("either
#: Len Wiseman or ...", "whether Prague or ..."). One of "the", "a", "an", "in", "at",
#: "on", "by" may stand between the word and the value. An "or" inside a name of the catalog is
#: the name's, and one after a negation in its clause ("no Keanu Reeves or Ian McShane")
#: the negation's, which the negation rules read. An "or" before "so", "not", "else",
#: "otherwise" or "rather" gives no other name, and two titles or names joined by "or" are
#: both the work's or the person's ("Ballerina, or From the World of John Wick:
#: Ballerina": a ``title`` or ``other_name`` claim is none of this). The value is one of
#: those choices, none
#: firmly: the claim's status is one the words back (``unconfirmed``, ``speculated``), or
#: its note quotes the words and says why the value stands
#: (:func:`value_not_one_of_several_or_noted`). A date's and a figure's "or" are those of
#: :data:`DATE_BOUND_WORDS` and the figure bound rule.
ALTERNATIVE_WORDS: dict[str, tuple[Status, ...]] = dict.fromkeys(
    ("or", "and/or", "either", "whether"), (Status.UNCONFIRMED, Status.SPECULATED)
)
# The words that may stand between an alternative's word and the value ("or in Budapest",
# "either the US or ...").
_ACROSS_TO_VALUE = r"(?:[\s\u00a0]+(?i:the|a|an|in|at|on|by))?"
# "or" or "and/or", as a word.
_OR = r"(?<![\w'\u2019-])(?i:(and[\s\u00a0]*/[\s\u00a0]*or|or))"
# An "or" that gives another choice: not "or so", "or not", "or else", ...
_OR_ANOTHER = _OR + r"(?![\s\u00a0]+(?i:so|not|else|otherwise|rather)\b)" + _ACROSS_TO_VALUE
# An "or", "either" or "whether" just before the value.
_ALTERNATIVE_BEFORE = re.compile(
    r"(?:" + _OR + r"|(?<![\w'\u2019-])(?i:(either|whether)))" + _ACROSS_TO_VALUE + r"[\s\u00a0]+\Z"
)
# An "or" just after the value, or after a list the value opens ("Keanu Reeves, Ian McShane,
# or ..."), with another choice after it.
_ALTERNATIVE_AFTER = re.compile(
    r"(?:[\s\u00a0]*,[\s\u00a0]*(?!(?i:" + "|".join(sorted(CLAUSE_OPENING_WORDS)) + r")\b)"
    r"[^\W\d][\w'\u2019-]*(?:[\s\u00a0]+[^\W\d][\w'\u2019-]*){0,"
    + str(_NAME_WORDS - 1)
    + r"}){0,3}[\s\u00a0]*,?[\s\u00a0]+"
    + _OR_ANOTHER
    + r"[\s\u00a0]+(?=[\w\u00c0-\uffff])"
)

# The predicates whose values an "or" gives as names of one thing, each of them its own.
_NAMES = frozenset({"title", "other_name"})
# The words of the choice after an "or", as a message shows them: a word, and the capitalized
# words after it ("Chad Stahelski", "the Netflix").
_NEXT_CHOICE = re.compile(r"[\s\u00a0]*[\w'\u2019-]+(?:[\s\u00a0]+[A-Z][\w'\u2019-]*)*")


def _value_spans(
    claim: Claim, catalog: Catalog, sentence: str, quote: range
) -> list[tuple[int, int]]:
    """Where ``sentence`` (the quote's, the quote at ``quote``) writes the claim's entity or
    text value inside the quote: an entity by a name, or a word of one as
    :func:`names_entity` reads it ("Wiseman"); a text whole, in any case, or from its first
    word to its last."""
    value = claim.value
    spans: list[tuple[int, int]] = []
    if isinstance(value, EntityRef):
        names = catalog.entity(value.id).names
        for name in names:
            spans += [
                found.span() for found in _as_written(name, whole_name=True).finditer(sentence)
            ]
        # A word of a name, as the name writes it, but a particle ("The", "de").
        parts = {
            word
            for name in names
            for word in _NAME_PART.findall(name)
            if len(word) >= 3 and word.casefold() not in _NAME_PARTICLES
        }
        for part in parts:
            spans += [found.span() for found in _as_written(part).finditer(sentence)]
    elif isinstance(value, Text):
        words = _NAME_PART.findall(value.text)
        if not words:
            return []
        whole = _as_written(value.text, whole_name=True)
        spans = [found.span() for found in whole.finditer(sentence)]
        if not spans:
            first = [f.start() for f in _as_written(words[0], whole_name=True).finditer(sentence)]
            last = [f.end() for f in _as_written(words[-1], whole_name=True).finditer(sentence)]
            spans = [(start, end) for start in first[:1] for end in last[-1:] if start < end]
    return [(start, end) for start, end in spans if start in quote and end in quote]


def _alternative(claim: Claim, catalog: Catalog) -> tuple[str, str] | None:
    """The word of :data:`ALTERNATIVE_WORDS` by which the claim's sentence gives its
    entity or text value as one of several, folded, and the words that do, from the value
    or the word to the next choice's first words, as the text writes them; or ``None``."""
    if not isinstance(claim.value, (EntityRef, Text)) or claim.predicate.value in _NAMES:
        return None
    lead, quote = lead_in(claim, catalog), claim.evidence.quote
    # The words after the quote are read only where they join the value's: just after it.
    sentence = lead + quote + lead_out(claim, catalog)
    if re.search(_OR, sentence) is None:
        return None  # the most claims: no name need be blanked
    spans = _value_spans(claim, catalog, sentence, range(len(lead), len(lead) + len(quote) + 1))
    # Names blanked: an "or" inside one is the name's ("Dead or Alive").
    blanked = _without_names(sentence, claim, catalog)
    for start, end in spans:
        for found, value_first in (
            (_ALTERNATIVE_BEFORE.search(blanked, 0, start), False),
            (_ALTERNATIVE_AFTER.match(blanked, end), True),
        ):
            if found is None or (
                not value_first and found[2] and not re.search(_OR, blanked[end:])
            ):
                continue  # none, or an "either" or "whether" with no "or" after the value
            # Where the choices open: at the value, or at the word before it.
            opening = start if value_first else found.start()
            # A negation in the clause before the choices is theirs ("no A or B").
            marks = list(_CLAUSE_END.finditer(blanked, 0, opening))
            clause = blanked[marks[-1].end() if marks else 0 : opening]
            if _negations(clause):
                continue
            # Shown to the end of the next choice's first words ("Len Wiseman or Chad
            # Stahelski").
            shown = _NEXT_CHOICE.match(sentence, max(end, found.end()))
            stop = max(end, found.end() if shown is None else shown.end())
            word = re.sub(r"\s", "", (found[1] or found[2]).casefold())
            return word, " ".join(sentence[min(start, found.start()) : stop].split())
    return None


def value_not_one_of_several_or_noted(
    claim: Claim, catalog: Catalog, reviewed: Mapping[str, str] = VALUE_ALTERNATIVES
) -> list[Breach]:
    """An entity or text value that its quote's sentence gives as one of several ("Ballerina
    will be directed by Len Wiseman or Chad Stahelski", "either Len Wiseman or ...",
    "shot in Prague or Budapest"; the words of :data:`ALTERNATIVE_WORDS`, in the quote, in
    its :func:`lead_in`, or after it in its clause) is a choice still open, not a plain
    credit or fact: the claim's status says so (``unconfirmed`` or ``speculated``, which
    the words back), or its note quotes the words and says why the value stands, or a
    reviewed reason does."""
    if claim.id in reviewed:
        return []
    found = _alternative(claim, catalog)
    if found is None:
        return []
    word, said = found
    if claim.qualifiers.status in ALTERNATIVE_WORDS[word]:
        return []
    quoted = " ".join(note_passages(claim.note))
    if re.search(_OR + r"|\b(?i:either|whether)\b", quoted):
        return []
    field = "value.id" if isinstance(claim.value, EntityRef) else "value.text"
    statuses = ", ".join(repr(each.value) for each in ALTERNATIVE_WORDS[word])
    message = (
        f"the quote gives the value as one of several ({said!r}): give the claim a status"
        f" that says the choice is open ({statuses}), or quote the words in the note and say"
        " why the value stands"
    )
    return [Breach("value alternative", field, message)]


def _people_written(quote: str, catalog: Catalog) -> list[tuple[int, int, frozenset[str]]]:
    """Where ``quote`` writes a name of a person of ``catalog`` (one of up to
    :data:`_NAME_WORDS` words, looked up as :meth:`Catalog.people_named` finds it), from
    and to, with the ids of the people of that name; the longest name where names overlap."""
    found: list[tuple[int, int, frozenset[str]]] = []
    spans = [word.span() for word in _PERSON_NAME_WORD.finditer(quote)]
    for first, (start, _) in enumerate(spans):
        if found and start < found[-1][1]:
            continue
        for last in range(min(len(spans), first + _NAME_WORDS) - 1, first - 1, -1):
            end = spans[last][1]
            people = catalog.people_named(quote[start:end])
            if people:
                found.append((start, end, frozenset(person.id for person in people)))
                break
    return found


def _writes_a_name(text: str, names: Iterable[str], *, at_end: bool = False) -> bool:
    """Whether ``text`` writes one of ``names`` as :func:`_name_pattern` reads it (with
    ``at_end``, ending ``text``)."""
    return any(
        found.end() == len(text) or not at_end
        for name in names
        if name.casefold() in text.casefold()
        for found in _name_pattern(name).finditer(text)
    )


#: Words just before a person's name that give the person the character written before
#: the name ("Winston, played by Ian McShane", "John Wick is played by Keanu Reeves"), and
#: a bare "by" where the quote writes one of them before it ("... and Winston by Ian
#: McShane"): :func:`character_in_its_persons_part_or_noted` reads that person's part back
#: to the previous person's name, not on to the next one.
PLAYED_BY_WORDS = ("played by", "portrayed by", "voiced by", "performed by")
_PLAYED_BY = re.compile(_as_words(PLAYED_BY_WORDS))
_BY_ENDING = re.compile(r"\bby\s*\Z", re.IGNORECASE)


def _played_by(before: str, quote: str) -> bool:
    """Whether the words ``before`` a person's name in ``quote`` give the person the
    character before the name (:data:`PLAYED_BY_WORDS`, or a bare "by" where the quote
    writes one of them)."""
    return _BY_ENDING.search(before) is not None and _PLAYED_BY.search(quote) is not None


def _played_by_part(
    quote: str, start: int, written: Sequence[tuple[int, int, frozenset[str]]], person: str
) -> str | None:
    """Where :data:`PLAYED_BY_WORDS` stand before a person's name at ``start`` (see
    :func:`_played_by`), the part of ``quote`` back from it to the end of the previous name
    of another person of those ``written`` (or the quote's start); else ``None``."""
    if not _played_by(quote[:start], quote):
        return None
    back_to = max((end for _, end, ids in written if person not in ids and end <= start), default=0)
    return quote[back_to:start]


# The words between a character's name and the "played by" of the person after it: a
# comma, a bracket or a dash, and "who is", "who was", "is" or "was" ("Rooney, who is played
# by", "Rooney (played by").
_TO_PLAYED_BY = re.compile(
    r"[\s\u00a0,(\u2013\u2014]*(?:(?:who[\s\u00a0]+)?(?:is|was)[\s\u00a0]+)?"
    r"(?:(?:played|portrayed|voiced|performed)[\s\u00a0]+)?by[\s\u00a0]*\Z",
    re.IGNORECASE,
)


def _before_the_next_played_by(
    quote: str, end: int, part_end: int, names: Sequence[str]
) -> str | None:
    """Where the next other person's name, at ``part_end``, stands after
    :data:`PLAYED_BY_WORDS` ("Keanu Reeves trains Rooney, played by Ana de Armas"), the part
    of ``quote`` from a person's name's ``end`` to it without the character's name (of
    ``names``) written just before those words: that character is the next person's. Else
    ``None``."""
    part = quote[end:part_end]
    if part_end == len(quote) or not _played_by(quote[:part_end], quote):
        return None
    joined = _TO_PLAYED_BY.search(part)
    if joined is None:
        return None
    before = part[: joined.start()]
    just_before = [
        found.start()
        for name in names
        for found in _name_pattern(name).finditer(before)
        if found.end() == len(before)
    ]
    return before[: min(just_before)] if just_before else None


# A character named in passing, not as the part played: a possessor just after its name
# ("plays Rooney's sister"); "of" (not "the role of"), "opposite" or "against" just before
# it ("plays a rival of Rooney", "who plays opposite Rooney"), or "to", "with" or a
# participle ("the mentor to Rooney", "the man hunting Daniel Pine"); or a relative clause between
# the playing word and it ("plays the woman who kills Rooney").
_POSSESSOR_OF_A_PART = re.compile(r"\A['\u2019]s?[\s\u00a0]+[a-z]")
_BESIDE_A_PART = re.compile(
    r"(?<!\brole )(?<!\bpart )(?<!\bcharacter )\b(?:of|opposite|against|alongside|versus"
    # The object of the part's own words: "the mentor to Rooney", "obsessed with Rooney",
    # "the man hunting Daniel Pine" (a participle after the playing word's noun).
    r"|to|with|(?<=\w\s)(?!playing|starring|portraying|reprising|voicing)[a-z]{2,}ing)"
    r"(?:[\s\u00a0]+the)?[\s\u00a0]+\Z",
    re.IGNORECASE,
)
_PLAYING_BEFORE = re.compile(_as_words(PLAYING_WORDS))
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|that|which)\b", re.IGNORECASE)
#: The prepositions (and the "to" of an infinitive), the whole closed class, that open a
#: modifier of the part's noun where they stand between the playing word
#: (:data:`PLAYING_WORDS`) and the character's name: a character named after one is named in
#: passing, no part played ("plays an assassin sent to kill Rooney", "a woman betrayed by
#: Rooney", "a hitman named after Rooney"). "of" after "role", "part" or "character" is the
#: part's own ("plays the part of Rooney").
PART_MODIFIER_WORDS = (
    "aboard", "about", "above", "across", "after", "against", "along", "alongside", "amid",
    "amidst", "among", "amongst", "around", "at", "before", "behind", "below", "beneath",
    "beside", "besides", "between", "beyond", "by", "despite", "down", "during", "except",
    "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto",
    "opposite", "out", "outside", "over", "past", "per", "since", "than", "through",
    "throughout", "till", "to", "toward", "towards", "under", "underneath", "unlike", "until",
    "up", "upon", "versus", "via", "with", "within", "without",
)  # fmt: skip
_PART_MODIFIER = re.compile(
    r"(?<!\brole )(?<!\bpart )(?<!\bcharacter )" + _as_words(PART_MODIFIER_WORDS)
)
#: The words that may follow the part's name where a determiner and a noun stand before it
#: ("plays the mysterious Daniel Pine in the new film", "the hitman, John Wick"): the end of
#: the clause, :data:`PART_MODIFIER_WORDS`, a conjunction, a relative word or a reflexive.
#: Any other word there is the verb of a relative clause with no relative word, the name its
#: subject, named in passing ("plays the man Rooney loves", "the target Rooney is after").
AFTER_THE_PART_WORDS = (
    *PART_MODIFIER_WORDS, "and", "or", "but", "nor", "yet", "while", "whereas", "who",
    "whom", "whose", "which", "that", "when", "where", "himself", "herself", "itself",
    "themselves", "themself",
)  # fmt: skip
_PART_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?i:and|or|but)\b")
_DETERMINED_NOUN = re.compile(
    r"(?<![\w'\u2019-])(?i:the|a|an|his|her|their|its|this|that)[\s\u00a0]+[^\W\d_]"
)
_CONTACT_RELATIVE_VERB = re.compile(
    r"[\s\u00a0]+(?!" + _as_words(AFTER_THE_PART_WORDS) + r")(?P<verb>[a-z][\w'\u2019-]*)"
)


def _character_in_passing(quote: str, names: Sequence[str]) -> str | None:
    """The words that name the character of ``names`` in passing wherever ``quote`` writes
    it (:data:`_POSSESSOR_OF_A_PART`, :data:`_BESIDE_A_PART`, a relative clause after the
    playing word; in the playing word's own clause, a word of :data:`PART_MODIFIER_WORDS`
    after it, or a determiner and a noun before the name and a word after it that is none
    of :data:`AFTER_THE_PART_WORDS`), or None where it writes it once as the part played,
    or not at all."""
    said = None
    for name in names:
        for found in _name_pattern(name).finditer(quote):
            before, after = quote[: found.start()], quote[found.end() :]
            playing = list(_PLAYING_BEFORE.finditer(before))
            part_from = playing[-1].end() if playing else len(before)
            relative = _RELATIVE_WORD.search(before, part_from)
            # A modifier of the part's noun is read in the playing word's own clause alone:
            # "Winston, played by Ian McShane, and John Wick" names John Wick after no "by".
            own_clause = not _PART_CLAUSE_BREAK.search(before, part_from)
            modifier = _PART_MODIFIER.search(before, part_from) if own_clause else None
            contact = (
                _CONTACT_RELATIVE_VERB.match(after)
                if own_clause and _DETERMINED_NOUN.search(before, part_from)
                else None
            )
            words = (
                f"{found[0]}'s" if _POSSESSOR_OF_A_PART.match(after)
                else beside[0].strip() if (beside := _BESIDE_A_PART.search(before))
                else relative[0] if relative
                else before[modifier.start():].strip() + f" {found[0]}" if modifier
                else f"{found[0]} {contact['verb']}" if contact
                else None
            )  # fmt: skip
            if words is None:
                return None
            said = said or words
    return said


def _passing_breaches(claim: Claim, names: Sequence[str]) -> list[Breach]:
    """A cast credit's character written only in passing (:func:`_character_in_passing`),
    where the note does not name it."""
    passing = _character_in_passing(claim.evidence.quote, names)
    if passing is None or (claim.note and _writes_a_name(claim.note, names)):
        return []
    message = (
        f"the quote writes the character {names[0]!r} in passing ({passing!r}), not as"
        " the part played: quote the words that give the part, or say in a note which"
        " character, writing its name"
    )
    return [Breach("character", "qualifiers.character", message)]


# What joins the names of a list: a comma, "and", "&" ("Keanu Reeves and Anjelica Huston").
_LIST_JOINER = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:(?i:and|&)[\s\u00a0]*)?")


def _characters_listed(quote: str, start: int, end: int, catalog: Catalog) -> list[str]:
    """The ids of the characters of ``catalog`` that ``quote`` writes from ``start`` to
    ``end``, in their order, each once, the longest name where names overlap."""
    found = sorted(
        (match.start(), -len(match[0]), entity.id)
        for entity in catalog.characters
        for name in entity.names
        # In any case: "the Director" is the character The Director in a list of parts.
        for match in re.compile(rf"(?<!\w)(?i:{re.escape(name)})(?!\w)").finditer(quote, start, end)
    )
    characters: list[str] = []
    taken_to = start
    for at, minus_length, character in found:
        if at >= taken_to and character not in characters:
            characters.append(character)
        taken_to = max(taken_to, at - minus_length)
    return characters


def _paired_by_order(
    quote: str, written: Sequence[tuple[int, int, frozenset[str]]], claim: Claim, catalog: Catalog
) -> list[Breach]:
    """Where ``quote`` lists the claim's person with others ("Keanu Reeves and Anjelica
    Huston") and more than one character after the list ("as John Wick and the Director"),
    or, where :data:`PLAYED_BY_WORDS` stand just before the list, before it back to the
    previous person's name ("Winston and Charon are played by Ian McShane and Lance
    Reddick"), which pairs them by order alone: the breach, naming the two positions (a character in
    another position is another person's; one in the same position is read only with a note,
    as "respectively" is), unless the claim's note writes the character's name."""
    person_id = claim.value.id if isinstance(claim.value, EntityRef) else None
    character_id = claim.qualifiers.character
    at = next((i for i, (_, _, ids) in enumerate(written) if person_id in ids), None)
    if at is None or character_id is None:
        return []
    first = last = at
    while first > 0 and _LIST_JOINER.fullmatch(quote, written[first - 1][1], written[first][0]):
        first -= 1
    while last + 1 < len(written) and _LIST_JOINER.fullmatch(
        quote, written[last][1], written[last + 1][0]
    ):
        last += 1
    if first == last:
        return []
    characters = _characters_listed(quote, written[last][1], len(quote), catalog)
    if len(characters) < 2 and _played_by(quote[: written[first][0]], quote):
        # The passive order: "Winston and Charon are played by Ian McShane and Lance
        # Reddick" pairs the parts before the list, back to the previous person's name.
        back_to = written[first - 1][1] if first > 0 else 0
        characters = _characters_listed(quote, back_to, written[first][0], catalog)
    names = catalog.entity(character_id).names
    if (
        len(characters) < 2
        or character_id not in characters
        or (claim.note and _writes_a_name(claim.note, names))
    ):
        return []
    person_at, character_at = at - first + 1, characters.index(character_id) + 1
    person, character = quote[written[at][0] : written[at][1]], names[0]
    crossed = ", the part of another person in that order" if person_at != character_at else ""
    message = (
        f"the quote lists {last - first + 1} people and {len(characters)} characters, paired"
        f" by order alone: {person!r} is person {person_at}, {character!r} character"
        f" {character_at}{crossed}; say in a note which character the person plays, writing"
        " its name"
    )
    return [Breach("character", "qualifiers.character", message)]


#: Words just before a person's name that make the person the one acted beside, not the
#: subject whose part an "as" after the name gives: "Ana de Armas stars opposite Keanu
#: Reeves as Rooney" gives Rooney to no Keanu Reeves. Read where another person's name
#: stands before them.
BESIDE_A_PERSON_WORDS = (
    "opposite", "alongside", "with", "next to", "beside", "besides", "against", "versus",
    "along with", "together with", "across from", "as well as", "joined by", "paired with",
)  # fmt: skip
_BESIDE_A_PERSON = re.compile(_as_words(BESIDE_A_PERSON_WORDS) + r"[\s\u00a0]+\Z")
# A relative clause of the person's own just after their name: "alongside Keanu Reeves,
# who plays John Wick" gives him the part.
_OWN_RELATIVE = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?i:who|whom)\b")


def _acted_beside(quote: str, start: int, end: int) -> str | None:
    """The words of :data:`BESIDE_A_PERSON_WORDS` just before the person's name that
    ``quote`` writes from ``start`` to ``end``, unless a "who" clause of the person's own
    follows the name; else ``None``."""
    found = _BESIDE_A_PERSON.search(quote, 0, start)
    if found is None or _OWN_RELATIVE.match(quote, end):
        return None
    return " ".join(found[1].split())


def _name_end(written: Sequence[tuple[int, int, frozenset[str]]], start: int) -> int:
    """The end of the name of ``written`` that starts at ``start`` (or ``start``)."""
    return next((end for at, end, _ in written if at == start), start)


def character_in_its_persons_part_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A cast credit's character is written in its person's own part of a quote that names
    more than one person of the catalog: from the person's name to the next other person's
    name ("Ian McShane as Winston and Anjelica Huston as the Director", "Ana de Armas's
    Rooney"), or, where the person's name stands in brackets, up to their end or with the
    character's name just before them ("John Wick (The Matrix's Keanu Reeves)"). "Ana de
    Armas as Eve and Keanu Reeves as John Wick" gives Eve to Ana de Armas alone. Where
    :data:`PLAYED_BY_WORDS` stand just before the person's name ("Winston, played by Ian
    McShane, and John Wick, played by Keanu Reeves", "John Wick is played by Keanu Reeves
    and Winston by Ian McShane"), the part runs back from the name to the previous other
    person's name (or the quote's start) instead; and a character just before them is that
    person's, not in the part of the person before ("Keanu Reeves trains Rooney, played by
    Ana de Armas" gives Rooney to Ana de Armas alone). A list of people and a list of
    characters, after it or before its "played by" ("Winston and Charon are played by Ian
    McShane and Lance Reddick"), pair by order alone (:func:`_paired_by_order`). And a
    quote that writes the character only in passing names no part played
    (:func:`_character_in_passing`: "plays Rooney's sister", "plays a rival of Rooney", "who
    plays opposite Rooney", "plays the woman who kills Rooney", "plays an assassin sent to
    kill Rooney", "plays the man Rooney loves"). A person named after
    :data:`BESIDE_A_PERSON_WORDS`, another named before, is the one acted beside, and the
    part of the person before runs past them ("Ana de Armas stars opposite Keanu Reeves as
    Rooney" gives Rooney to Ana de Armas alone). The part of one who takes
    it over runs past the person taken over from ("Ana de Armas replaced Unity Phelan as
    Rooney" gives Rooney to Ana de Armas), and the
    part of the cleft's person past the rejected side ("It is Gabriel Byrne, not Norman
    Reedus, who plays Daniel Pine": :func:`_cleft_gives_the_role`). Or else the claim's note
    says which character, writing its name."""
    character = claim.qualifiers.character
    if character is None or not isinstance(claim.value, EntityRef):
        return []
    quote = claim.evidence.quote
    names = catalog.entity(character).names
    passing = _passing_breaches(claim, names)
    written = _people_written(quote, catalog)
    own = [(start, end) for start, end, ids in written if claim.value.id in ids]
    others = [start for start, _, ids in written if claim.value.id not in ids]
    by_order = _paired_by_order(quote, written, claim, catalog) if own and others else []
    if passing or by_order or not own or not others:
        return passing or by_order
    beside = None
    for start, end in own:
        if any(other < start for other in others) and (words := _acted_beside(quote, start, end)):
            # The one acted beside: "stars opposite Keanu Reeves as Rooney".
            beside = beside or words
            continue
        back = _played_by_part(quote, start, written, claim.value.id)
        part_end = min((other for other in others if other >= end), default=len(quote))
        if _TAKES_OVER_FROM.fullmatch(quote, end, part_end) or _acted_beside(
            quote, part_end, _name_end(written, part_end)
        ):
            # The one who takes a part over plays it: "replaced Unity Phelan as Rooney"; and
            # the subject the part acted beside another: "stars opposite Keanu Reeves as
            # Rooney".
            part_end = min((other for other in others if other > part_end), default=len(quote))
        cleft = _CLEFT_AFTER.match(quote, end)
        if cleft and _CLEFT_BEFORE.search(quote, 0, start):
            # The cleft's part runs past the rejected side: "It is Gabriel Byrne, not Norman
            # Reedus, who plays Daniel Pine".
            part_end = max(part_end, cleft.end())
        opened = quote.rfind("(", 0, start)
        if back is None and opened != -1 and ")" not in quote[opened:start]:
            closed = quote.find(")", end)
            part_end = min(part_end, len(quote) if closed == -1 else closed)
            if _writes_a_name(quote[:opened].rstrip(), names, at_end=True):
                return []
        if back is None:
            back = _before_the_next_played_by(quote, end, part_end, names)
        if _writes_a_name(quote[end:part_end] if back is None else back, names):
            return []
    if claim.note and _writes_a_name(claim.note, names):
        return []
    person = quote[own[0][0] : own[0][1]]
    part = (
        f"back from {person!r} to the previous person's name"
        if _played_by(quote[: own[0][0]], quote)
        else f"from {person!r} to the next person's name"
    )
    if _PLAYED_BY.search(quote) and not part.startswith("back"):
        part += " (a character just before 'played by' a name is that person's)"
    part += (
        f" ({person!r} after {beside!r} is the one acted beside, not the part's player)"
        if beside
        else ""
    )
    message = (
        f"the quote names more than one person, and does not write the character {names[0]!r}"
        f" in the part {part}: say in a note which character, writing its name"
    )
    return [Breach("character", "qualifiers.character", message)]


#: Words of refusing or shying away from a part, and of leaving one after a hire, that undo a
#: person's credit as ``_relations.UNDOING_PHRASES`` do (read with them, of the person
#: before them): a verb of refusing before the role's verb, in any tense ("Len Wiseman
#: refused to direct Ballerina", "declined to produce", "balked at starring in", "shied away
#: from directing", "stopped short of directing", "would rather die than direct", "passed up
#: the chance", "said no to"), and an exit after a hire ("was hired to direct Ballerina but
#: walked away", "stepped aside", "was sacked", "was ousted", "was booted").
REFUSING_PHRASES = (
    *(
        f"{refused} {to}"
        for refused in ("refused", "refuses", "refuse", "refusing", "declined", "declines",
                        "decline", "declining")
        for to in ("to", "the chance", "the offer", "the job", "the role", "the part")
    ),
    "balked at", "balks at", "balk at", "balking at", "shied away from", "shies away from",
    "shy away from", "shying away from", "stopped short of", "stops short of",
    "stop short of", "stopping short of", "rather die than", "passed up", "passes up",
    "pass up", "passing up", "said no to", "says no to", "say no to", "saying no to",
    "walked away", "walks away", "walk away", "walking away", "stepped aside",
    "steps aside", "step aside", "stepping aside",
    *(
        f"{be} {removed}"
        for be in ("was", "were", "been", "is", "are", "be", "got", "gets")
        for removed in ("sacked", "ousted", "booted", "dismissed")
    ),
)  # fmt: skip
#: Words of a part lost to another, in any form and with words of the part between, that
#: undo the credit of the person named before them in their sentence, as
#: ``_relations.UNDOING_PHRASES`` do: "Kate Beckinsale lost the Ballerina role to Ana de
#: Armas", "lost her part in Ballerina", "Kate Beckinsale's Ballerina role went to Ana de
#: Armas" ("went", "goes", "was given", "was handed", "passed", "fell" to another); and
#: "over" just before a person's name, the one passed over ("Ana de Armas won the role over
#: Kate Beckinsale", "was chosen over"), of the person after it alone
#: (:data:`LOST_TO_BEFORE_WORDS`). A credit with the status ``superseded`` (the part held,
#: then lost or handed on) states just that, so they undo none of it. Patterns, read whole
#: in any case.
LOST_PART_WORDS = (
    r"los(?:t|es|e|ing)\s+(?:the|his|her|their|a|an|its)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:roles?|parts?|leads?|jobs?|gigs?|spots?)",
    r"(?:roles?|parts?|leads?|jobs?|gigs?|spots?)\s+(?:(?:ultimately|eventually|instead|later|then)\s+)?"
    r"(?:went|goes|go|going|gone|(?:was|were|is|are|been)\s+(?:given|handed)|passed|fell)\s+to",
)  # fmt: skip
#: Words just before a person's name that make them the one another was preferred to:
#: "won the role over Kate Beckinsale", "was picked over", "beat out" (see
#: :data:`LOST_PART_WORDS`). Patterns, read whole in any case.
LOST_TO_BEFORE_WORDS = (r"(?:out\s+)?over",)
#: Words just before a person's name that undo their credit in the passive, the person the
#: one who refused: "Directing Ballerina was refused by Len Wiseman", "declined by", "turned
#: down by", "rejected by", "passed on by", "passed up by" (read as
#: :data:`REFUSING_PHRASES` are).
REFUSED_BY_WORDS = (
    "refused by", "declined by", "turned down by", "rejected by", "passed on by",
    "passed up by",
)  # fmt: skip
# A refusal of a part, not one to speak of it: "refused to confirm" is a doubt's words.
_NOT_TO_SAY = r"(?!\s+(?:confirm|comment|say|discuss|reveal|disclose|deny|name|specify)\b)"
_UNDOING = re.compile(
    r"\b(?:"
    + "|".join(
        _phrases((p,)) + (_NOT_TO_SAY if p.endswith(" to") else "")
        for p in (*UNDOING_PHRASES, *REFUSING_PHRASES)
    )
    + r")\b",
    re.IGNORECASE,
)
_REFUSED_BY = re.compile(_as_words(REFUSED_BY_WORDS))
_LOST_PART = re.compile(
    r"(?<![\w'\u2019-])(" + "|".join(LOST_PART_WORDS) + r")(?![\w'\u2019-])", re.IGNORECASE
)
_LOST_TO_BEFORE = re.compile(
    r"(?<![\w'\u2019-])((?i:" + "|".join(LOST_TO_BEFORE_WORDS) + r"))[\s\u00a0]+\Z"
)


def _lost_parts_of(read: str, names: Sequence[str]) -> Counter[str]:
    """The words of :data:`LOST_PART_WORDS` in ``read`` said of the person of ``names``
    (:func:`_said_of`: after one of the names in its sentence), and those of
    :data:`LOST_TO_BEFORE_WORDS` just before one of the names."""
    said = (
        _said_of(_LOST_PART.finditer(read), 0, read, names)
        if _LOST_PART.search(read)
        else Counter[str]()
    )
    for name in names:
        for found in _name_pattern(name).finditer(read):
            before = _LOST_TO_BEFORE.search(read, 0, found.start())
            # "passed over" is an undoing of its own (_relations.UNDOING_BEFORE_PHRASES).
            if before is not None and _UNDONE_BEFORE.search(read, 0, found.start()) is None:
                said[" ".join(before[1].casefold().split())] += 1
    return said


_REFUSED_BY_BEFORE = re.compile(_as_words(REFUSED_BY_WORDS) + r"[\s\u00a0]*\Z")

#: Verbs of ending, in every form: with a verb's "-ing" form after them they say the doing
#: ended ("Ana de Armas stopped starring in Ballerina", "Lionsgate ceased distributing
#: Ballerina", "quit playing Rooney"), so a credit said of the person after them, or a link
#: (:data:`RELATION_UNDOING_WORDS`), is undone; with "finish" (:data:`RUN_ENDING_VERBS`)
#: they end a run, so a date after them in its sentence is the run's end, no release
#: ("Ballerina will cease streaming on Peacock on August 22, 2025": see
#: :func:`release_date_not_a_runs_end`). "finished directing" is a credit done, not undone.
ENDING_VERBS = (
    "stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "quit",
    "quits", "quitting", "discontinue", "discontinues", "discontinued", "discontinuing",
)  # fmt: skip
RUN_ENDING_VERBS = (*ENDING_VERBS, "finish", "finishes", "finished", "finishing")
# A verb of ending and the "-ing" form of the verb it ends: "stopped starring".
_ENDED_DOING = re.compile(_as_words(ENDING_VERBS) + r"[\s\u00a0]+[^\W\d_]+ing(?![\w'\u2019-])")
# A verb of ending alone, just before an "-ing" form: "stopped" of "stopped distributing".
_ENDING_VERB = re.compile(_as_words(ENDING_VERBS) + r"(?=[\s\u00a0]+[^\W\d_]+ing(?![\w'\u2019-]))")
_RUN_ENDED_BEFORE = re.compile(
    "(?P<ended>"
    + _as_words(RUN_ENDING_VERBS)
    + r"[\s\u00a0]+[^\W\d_]+ing(?![\w'\u2019-]))[^.;:!?]*\Z"
)


#: The nouns of a person's credit itself, their part, job or deal ("Gabriel Byrne's role in
#: Ballerina", "Len Wiseman's directing job on", "Lionsgate's distribution deal for"), or
#: the work of every credit that the credit is for (a writer's script, screenplay, draft or
#: story, a composer's score or music, a director's direction or cut, an actor's footage or
#: performance: "Shay Hatten's script for Ballerina was scrapped"; "scenes were cut" is of
#: ``_relations.UNDOING_PHRASES`` already): a word of :data:`ROLE_UNDONE_WORDS` said of one
#: undoes the credit as the person's own undoing words do (:func:`_role_undoings_of`).
ROLE_NOUNS = (
    "role", "roles", "part", "parts", "character", "characters", "job", "jobs", "gig",
    "gigs", "spot", "credit", "credits", "deal", "deals", "contract", "contracts", "casting",
    "hiring", "involvement", "storyline", "arc",
    "script", "scripts", "screenplay", "screenplays", "teleplay", "teleplays", "draft",
    "drafts", "rewrite", "rewrites", "treatment", "treatments", "story", "stories", "pitch",
    "score", "scores", "music", "songs", "direction", "cut", "cuts", "version", "versions",
    "footage", "performance", "performances", "cameo", "cameos", "work",
)  # fmt: skip
#: Words that undo a credit said of its noun (:data:`ROLE_NOUNS`) after the person's
#: possessive, in every form: the part given to another ("was recast", "has been recast",
#: "was given to", "went to", "was handed to", "was reassigned"), taken out of the work
#: ("was cut", "was scrapped", "was eliminated", "was removed", "was dropped", "was axed",
#: "was written out", "was taken away"), a deal or a casting that did not hold ("fell
#: through", "collapsed", "fell apart", "was reversed", "was cancelled", "was rescinded",
#: "was revoked", "was terminated"), a work of the credit set aside ("was rejected", "was
#: thrown out", "was discarded", "was abandoned", "was replaced", "was tossed", "was
#: junked"). Each undoes the credit: a note quoting the words says why it stands (a credit
#: since changed has no status of these words).
ROLE_UNDONE_WORDS = (
    *(
        f"{be} {undone}"
        for be in (
            "was", "were", "is", "are", "be", "been", "being", "got", "gets", "get",
            "has been", "have been", "had been", "will be", "would be", "is being",
            "was being",
        )
        for undone in (
            "recast", "given to", "handed to", "handed over to", "passed to", "reassigned",
            "cut", "cut out", "scrapped", "eliminated", "removed", "dropped", "axed", "nixed",
            "written out", "taken away", "taken from", "reversed", "cancelled", "canceled",
            "rescinded", "revoked", "terminated", "pulled", "killed", "shelved", "scuttled",
            "rejected", "thrown out", "tossed", "tossed out", "discarded", "abandoned",
            "replaced", "junked", "binned", "dumped", "vetoed",
        )
    ),
    "went to", "goes to", "go to", "fell through", "falls through", "fall through",
    "falling through", "fallen through", "collapsed", "collapses", "collapse", "collapsing",
    "fell apart", "falls apart", "fall apart", "falling apart", "fallen apart",
)  # fmt: skip
# A credit's noun after the person's possessive (across two words: "directing job",
# "distribution deal", "screenplay credit"), then, in its clause, a word that undoes it.
_ROLE_UNDONE_AFTER = re.compile(
    r"['\u2019]s?(?:[\s\u00a0]+[\w-]+){0,2}?[\s\u00a0]+"
    + _as_words(ROLE_NOUNS)
    + r"[^.;:!?()\u2013\u2014]*?"
    + _as_words(ROLE_UNDONE_WORDS)
)
_ROLE_UNDONE = re.compile(_as_words(ROLE_UNDONE_WORDS))
#: The words of :data:`ROLE_UNDONE_WORDS` and ``_relations.UNDOING_PHRASES`` that say a
#: credit was held and handed on since ("Gabriel Byrne's role in Ballerina has been recast",
#: "was given to Norman Reedus", "went to", "Gabriel Byrne was recast"): with a verb of
#: ending before an "-ing" form said of the person (:data:`ENDING_VERBS`: "Ana de Armas
#: stopped starring in Ballerina", "Lionsgate stopped distributing Ballerina"), they back
#: the status ``superseded`` and undo no credit or link that has it
#: (:func:`_credit_ended_since`). A part cut or a deal that fell through was never held:
#: its words still need a note.
CREDIT_HANDED_ON_WORDS = (
    *(
        words
        for words in ROLE_UNDONE_WORDS
        if words.endswith(
            ("recast", "given to", "handed to", "handed over to", "passed to", "reassigned",
             "went to", "goes to", "go to")
        )
    ),
    "were recast",
)  # fmt: skip
_HANDED_ON = re.compile(_as_words(CREDIT_HANDED_ON_WORDS))


def _credit_ended_since(claim: Claim, catalog: Catalog) -> Counter[str]:
    """The words by which a credit's or a link's sentence says it was held and has ended or
    been handed on since (:data:`CREDIT_HANDED_ON_WORDS`, :data:`ENDING_VERBS`), each
    folded as :func:`entity_value_keeps_its_quotes_negations` counts it: for a person's
    credit, said of the person (:func:`_said_of`, :func:`_role_undoings_of`); for a link, a
    verb of ending anywhere in the quote's clause. Empty where it says none."""
    if not isinstance(claim.value, EntityRef):
        return Counter()
    read = _own_clause(lead_in(claim, catalog)) + claim.evidence.quote + lead_out(claim, catalog)
    if claim.predicate.credit is not None and claim.value.id.startswith("person/"):
        names = _mention_names(claim, catalog, claim.value.id)
        handed = _role_undoings_of(read, names) + _said_of(
            _HANDED_ON.finditer(read), 0, read, names
        )
        return +Counter(
            {words: count for words, count in handed.items() if _HANDED_ON.fullmatch(words)}
        ) + _said_of(_ENDED_DOING.finditer(read), 0, read, names)
    if claim.predicate.value not in RELATION_WORDS:
        return Counter()
    return Counter(" ".join(ended[0].casefold().split()) for ended in _ENDED_DOING.finditer(read))


def _role_undoings_of(read: str, names: Sequence[str]) -> Counter[str]:
    """The words of :data:`ROLE_UNDONE_WORDS` said of a credit's noun (:data:`ROLE_NOUNS`)
    just after a possessive of one of ``names`` as ``read`` writes it: "Gabriel Byrne's role
    in Ballerina has been recast" undoes his credit as "Gabriel Byrne was recast" does."""
    said = Counter[str]()
    for name in names:
        for found in _name_pattern(name).finditer(read):
            if (undone := _ROLE_UNDONE_AFTER.match(read, found.end())) is not None:
                said[" ".join(undone[2].casefold().split())] += 1
    return said


def _refused_by(read: str, names: Sequence[str]) -> Counter[str]:
    """The words of :data:`REFUSED_BY_WORDS` just before one of ``names`` as ``read``
    writes it."""
    said = Counter[str]()
    for name in names:
        for found in _name_pattern(name).finditer(read):
            if (written := _REFUSED_BY_BEFORE.search(read, 0, found.start())) is not None:
                said[" ".join(written[1].casefold().split())] += 1
    return said


_NOT_A_CASTING = re.compile(_as_words(NOT_A_CASTING_WORDS))
# An undoing or a word short of a casting with the person its object: just before the name,
# or before "him", "her" or "them".
_UNDONE_BEFORE = re.compile(_as_words(UNDOING_BEFORE_PHRASES) + r"[\s\u00a0]*\Z")
_UNDONE = re.compile(_as_words(UNDOING_BEFORE_PHRASES))
_SHORT_OF_CASTING_BEFORE = re.compile(_as_words(NOT_A_CASTING_VERBS) + r"[\s\u00a0]*\Z")
_SHORT_OF_CASTING_VERB = re.compile(_as_words(NOT_A_CASTING_VERBS))
_OBJECT_PRONOUN = re.compile(
    _as_words((*UNDOING_BEFORE_PHRASES, *NOT_A_CASTING_VERBS)) + r"[\s\u00a0]+(?i:him|her|them)\b"
)

#: Words that leave the entity after them out of what the sentence says ("everyone except
#: Keanu Reeves", "the whole cast, minus Keanu Reeves", "sans Keanu Reeves", "in place of
#: Keanu Reeves"), read just before one of its names as a negation
#: (:func:`entity_value_keeps_its_quotes_negations`); "but" only after "everyone",
#: "everybody", "anyone" or "anybody" ("Ana de Armas stars, but Keanu Reeves ..." leaves
#: no one out). :data:`ABSENT_WORDS` do so after its name ("Keanu Reeves is absent from
#: Ballerina"). A region's are :data:`REGION_EXCLUDING_WORDS`.
EXCLUDING_WORDS = (
    "except", "except for", "excepting", "excluding", "minus", "sans", "apart from",
    "other than", "with the exception of", "in place of", "save for", "save", "barring",
    "bar", "everyone but", "everybody but", "anyone but", "anybody but", "cast but",
    # Who or what the value stands in for, or takes over from, is no part of the credit:
    # "Len Wiseman is taking over the directing duties from Chad Stahelski", "De Armas
    # will step in for Unity Phelan", "Prague doubled for New York".
    "stepped in for", "steps in for", "step in for", "stepping in for", "stands in for",
    "stood in for", "standing in for", "doubled for", "doubles for", "doubling for",
    "replaced", "replaces", "replacing", "took over from", "takes over from",
    "taking over from", "duties from", "beat", "in lieu of", "succeeds", "succeeded",
    "succeeding",
)  # fmt: skip
#: Words after an entity's name that leave it out: "Keanu Reeves is absent from Ballerina",
#: "is conspicuously absent", "was missing from", "..., Keanu Reeves excepted" (see
#: :data:`EXCLUDING_WORDS`).
ABSENT_WORDS = (
    "is absent", "was absent", "are absent", "were absent", "will be absent",
    "is missing from", "was missing from", "will be missing from", "absent from", "aside",
    "lost the role to", "lost out to", "excepted", "is conspicuously absent",
    "was conspicuously absent", "is notably absent", "was notably absent",
)  # fmt: skip
#: Words just after a person's name that undo their credit, beside
#: ``_relations.UNDOING_PHRASES``: "Keanu Reeves left Ballerina". Read there alone ("the
#: assassin who left the profession" after a name is the character's doing).
LEFT_WORDS = ("left", "leaves", "has left", "had left", "is leaving", "was leaving")
_LEFT_AFTER = re.compile(r"\A,?\s*" + _as_words(LEFT_WORDS))
_EXCLUDING_BEFORE = re.compile(_as_words(EXCLUDING_WORDS) + r",?\s*\Z")
_ABSENT_AFTER = re.compile(r"\A,?\s*" + _as_words(ABSENT_WORDS))
_EXCLUDING = re.compile(_as_words((*EXCLUDING_WORDS, *ABSENT_WORDS)))
_LEFT = re.compile(_as_words(LEFT_WORDS))


def _exclusions_of(read: str, names: Sequence[str], *, credit: bool) -> Counter[str]:
    """The words of :data:`EXCLUDING_WORDS` just before one of ``names`` as ``read`` writes
    it, and of :data:`ABSENT_WORDS` (for a ``credit``, :data:`LEFT_WORDS` too) just after
    one."""
    said = Counter[str]()
    for name in names:
        for found in _name_pattern(name).finditer(read):
            after = read[found.end() :]
            for excluding in (
                _EXCLUDING_BEFORE.search(read, 0, found.start()),
                _ABSENT_AFTER.match(after),
                # "left the film" is an undoing phrase of its own.
                _LEFT_AFTER.match(after) if credit and not _UNDOING.match(after.lstrip()) else None,
            ):
                if excluding is not None:
                    said[" ".join(excluding[1].casefold().split())] += 1
    return said


#: Words that pick some names of a sentence out of others: just before the names ("Of Keanu
#: Reeves and Ian McShane, only Keanu Reeves returns", "just Reeves", "solely Len Wiseman")
#: or, "alone", just after them ("Keanu Reeves alone returns"). The names they pick, one or
#: several joined by commas and "and", are what the sentence says its verb of; any other
#: entity value it names there gets nothing of it, a negation read as such
#: (:func:`_picked_out_of`), unless a note quotes the words. The claim's subject among the
#: picked names ("Of the films, only Ballerina features Keanu Reeves") keeps its value.
PICKING_WORDS = {"before": ("only", "just", "solely"), "after": ("alone",)}
# A name as picked: capitalized words, with a name's particles ("de", "van") between.
_PICKED_NAME = (
    r"[A-Z][\w'\u2019.-]*(?:[\s\u00a0]+(?:(?:de|da|del|van|von|der|le|la)[\s\u00a0]+)*"
    r"[A-Z][\w'\u2019.-]*)*"
)
_PICKED_NAMES = (
    _PICKED_NAME
    + r"(?:(?:[\s\u00a0]*,[\s\u00a0]*(?:and[\s\u00a0]+)?|[\s\u00a0]+and[\s\u00a0]+)"
    + _PICKED_NAME
    + r")*"
)
_PICKING = re.compile(
    _as_words(PICKING_WORDS["before"])
    + r"[\s\u00a0]+("
    + _PICKED_NAMES
    + r")(?![\w'\u2019-])"
    # "alone" after names joined by "and" only: "Keanu Reeves and Ian McShane, Reeves alone"
    # picks Reeves.
    + r"|(?<![\w'\u2019-])("
    + _PICKED_NAME
    + r"(?:[\s\u00a0]+and[\s\u00a0]+"
    + _PICKED_NAME
    + r")*)[\s\u00a0]+"
    + _as_words(PICKING_WORDS["after"])
)


# The capitalized words that start a date, not a name: months and weekdays.
_NOT_PICKED_NAMES = frozenset(
    word.casefold() for word in (*_MONTH_NAMES, *(name[:3] for name in _MONTH_NAMES), *WEEKDAYS)
)


def _picked_out_of(read: str, names: Sequence[str], subject: Sequence[str]) -> Counter[str]:
    """The words of :data:`PICKING_WORDS` with the names they pick ("only Reeves", "Keanu
    Reeves alone"), as written, where the sentence of ``read`` that writes them names the value
    (one of ``names``) outside them and neither the value nor the subject (``subject``)
    among them."""
    said = Counter[str]()
    for found in _PICKING.finditer(read):
        picked = found[2] if found[2] is not None else found[3]
        if any(_name_pattern(name).search(picked) for name in (*names, *subject)):
            continue
        if picked.split()[0].casefold() in _NOT_PICKED_NAMES:
            continue  # a day picked, not a name: "out just June 6", "only Friday"
        start = _sentence_start(read, found.start())
        end = _SENTENCE_END.search(read, found.end())
        sentence = read[start : len(read) if end is None else end.end()]
        if any(_name_pattern(name).search(sentence) for name in names):
            said[" ".join(found[0].split())] += 1
    return said


#: Words that set a work aside just before its name in a credit's sentence: "Gabriel Byrne
#: stars in The Mother, not Ballerina", "chose a new thriller over Ballerina", "stars in
#: the new thriller, unlike Ballerina", "rather than Ballerina", "instead of Ballerina", "as
#: opposed to Ballerina". A credit in the work they set aside is another work's: a note
#: quoting the words says why it stands (:func:`_work_set_aside`).
WORK_SET_ASIDE_WORDS = (
    "not", "over", "unlike", "rather than", "instead of", "as opposed to", "in place of",
)  # fmt: skip
_WORK_SET_ASIDE = re.compile(_as_words(WORK_SET_ASIDE_WORDS))
_WORK_SET_ASIDE_BEFORE = re.compile(_as_words(WORK_SET_ASIDE_WORDS) + r"[\s\u00a0]+\Z")


def _work_set_aside(read: str, claim: Claim, catalog: Catalog) -> Counter[str]:
    """The words of :data:`WORK_SET_ASIDE_WORDS` just before a name of the claim's subject
    as ``read`` writes it, where that name is not the start of a longer name of the catalog
    ("not Ballerina" sets Ballerina aside, "not Ballerina 2" another film)."""
    names = catalog.entity(claim.subject).names
    others = [name for name in _catalog_names_in(read, catalog) if name not in names]
    said = Counter[str]()
    for name in names:
        for found in _name_pattern(name).finditer(read):
            longer = (o for o in others if len(o) > len(name))
            if any(_name_pattern(o).match(read, found.start()) for o in longer):
                continue
            if (words := _WORK_SET_ASIDE_BEFORE.search(read, 0, found.start())) is not None:
                said[" ".join(words[1].casefold().split())] += 1
    return said


# A contrast's "not" after a comma or "and", just before a name (blanked: "_"): "Len
# Wiseman, not Chad Stahelski", "Gabriel Byrne, and not Norman Reedus".
_CONTRAST_NOT = re.compile(
    r"(?:,|[\s\u00a0]and)[\s\u00a0]+(?:(?i:and)[\s\u00a0]+)?((?i:not))[\s\u00a0]+(?=_)"
)


def _nots_of_another_name(read: str, blanked: str, names: Sequence[str]) -> Counter[str]:
    """The "not" of each contrast in ``blanked`` (``read`` with the names of the catalog
    blanked) that negates another name, just after it, where one of ``names`` comes before
    it in its sentence: "Ballerina's director is Len Wiseman, not Chad Stahelski" affirms
    Len Wiseman and negates Chad Stahelski alone."""
    written = [at.start() for name in names for at in _name_pattern(name).finditer(read)]
    said = Counter[str]()
    for found in _CONTRAST_NOT.finditer(blanked):
        if any(_name_pattern(name).match(read, found.end()) for name in names):
            continue  # the value's own name negated
        sentence = len(_sentence_before(read, found.start()))
        if any(found.start() - sentence <= at < found.start() for at in written):
            said[found[1].casefold()] += 1
    return said


def _short_of_casting(read: str, claim: Claim, names: Sequence[str]) -> Counter[str]:
    """The words of :data:`NOT_A_CASTING_WORDS` in ``read`` said of the person of ``names``
    (after one of the names in its sentence, or any where ``read`` writes none), where the
    claim has none of :data:`NOT_A_CASTING_STATUSES`, nor ``superseded`` (a first plan
    changed since: "was originally attached to direct")."""
    if claim.qualifiers.status in NOT_A_CASTING_STATUSES | SUPERSEDED_STATUSES:
        return Counter()
    return _said_of(_NOT_A_CASTING.finditer(read), 1, read, names)


def _undone_as_object(read: str, claim: Claim, names: Sequence[str]) -> Counter[str]:
    """The words of ``_relations.UNDOING_BEFORE_PHRASES`` just before one of ``names`` as
    ``read`` writes it, and, where the claim has none of :data:`NOT_A_CASTING_STATUSES`,
    those of :data:`NOT_A_CASTING_VERBS`; and either before "him", "her" or "them" said of
    the person (:func:`_said_of`)."""
    short = claim.qualifiers.status not in NOT_A_CASTING_STATUSES
    said = Counter[str]()
    for name in names:
        for found in _name_pattern(name).finditer(read):
            for before in (_UNDONE_BEFORE, _SHORT_OF_CASTING_BEFORE if short else None):
                written = None if before is None else before.search(read, 0, found.start())
                if written is not None:
                    said[" ".join(written[1].casefold().split())] += 1
    for word, count in _said_of(_OBJECT_PRONOUN.finditer(read), 1, read, names).items():
        if short or not _SHORT_OF_CASTING_VERB.fullmatch(word):
            said[word] += count
    return said


def _undoings_of(read: str, blanked: str, names: Sequence[str]) -> Counter[str]:
    """The phrases of ``_relations.UNDOING_PHRASES`` in ``blanked`` (``read`` with the names
    of the catalog blanked) said of the person of ``names``: each after one of the names
    as ``read`` writes it in its sentence, or any where ``read`` writes none of them."""
    return _said_of(_UNDOING.finditer(blanked), 0, read, names)


def _said_of(
    found: Iterator[re.Match[str]], group: int, read: str, names: Sequence[str]
) -> Counter[str]:
    """The words of each match in ``found`` (its ``group``, folded) said of the person of
    ``names``: after one of the names as ``read`` writes it in its sentence, or any where
    ``read`` writes none of them."""
    written = [at.start() for name in names for at in _name_pattern(name).finditer(read)]
    said = Counter[str]()
    for match in found:
        sentence = len(_sentence_before(read, match.start()))
        if not written or any(match.start() - sentence <= at < match.start() for at in written):
            said[" ".join(match[group].casefold().split())] += 1
    return said


#: The words of ``_relations.UNDOING_PHRASES`` that say a credit was the first one set and
#: changed since ("Gabriel Byrne was originally cast as Daniel Pine"): a credit with the
#: status ``superseded`` states just that, so they undo none of it.
FIRST_PLAN_UNDOINGS = ("originally cast",)

_ROLE = {predicate: re.compile(_as_words(words)) for predicate, words in ROLE_WORDS.items()}
_ANY_ROLE = re.compile(_as_words({word for words in ROLE_WORDS.values() for word in words}))
_NOT_A_CREDIT = re.compile(_as_words(NOT_A_CREDIT_WORDS["either side"]))
_CUT_FROM_THE_WORK = re.compile(_as_words(CUT_FROM_THE_WORK_WORDS))
# An onlooker's verb just after the person's name: across a ", who", and the words of a
# tense or an adverb ("Keanu Reeves has also attended").
_ONLOOKER_AFTER = re.compile(
    r"\A['\u2019]?s?(?:[\s\u00a0]*,[\s\u00a0]*who)?(?:[\s\u00a0]+(?i:has|had|have|was|is|also"
    r"|later|recently|reportedly|once|even|just|then|never|personally))*[\s\u00a0]+"
    + _as_words(NOT_A_CREDIT_WORDS["after"])
)
# "as" and a name just after a person's, across a bracketed aside ("Ana de Armas (Blonde)
# as Rooney", "Anjelica Huston as the Director").
_AS_A_PART = re.compile(
    r"\A(?:[\s\u00a0]*\([^()]*\))?[\s\u00a0]+as[\s\u00a0]+(?:(?i:the|a|an|young)[\s\u00a0]+)?[A-Z]"
)
# What ends the words bound to a name: a clause's mark but a comma, a bracket; and after
# it, a relative clause, which says another thing of the person ("Chad Stahelski, who has
# directed all four John Wick movies", in a list of producers).
_ROLE_REACH_END = re.compile(r"[;:()\u2013\u2014!?\n]|\.(?:\s|\Z)")
_RELATIVE = re.compile(r",[\s\u00a0]*(?i:who|whom|which|that)\b")


def _bound_words(read: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> str:
    """The words bound to a name of ``read`` from ``start`` to ``end``: at most
    :data:`ROLE_REACH` words either side, across one comma (not two: a list), a possessive
    or a bracketed aside just after it, and no further than another person's name (of
    ``others``) or a clause's mark; the two sides joined by a line break."""
    back_to = max((e for s, e in others if e <= start), default=0)
    before = read[back_to:start]
    ends = list(_ROLE_REACH_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    if before.count(",") > 1:
        before = before[before.rfind(",", 0, before.rfind(",")) + 1 :]
    on_to = min((s for s, e in others if s >= end), default=len(read))
    after = re.sub(r"\A[\s\u00a0]*\([^()]*\)", "", read[end:on_to])
    stops = (_ROLE_REACH_END.search(after), _RELATIVE.search(after))
    after = after[: min((stop.start() for stop in stops if stop is not None), default=len(after))]
    if after.count(",") > 1:
        after = after[: after.find(",", after.find(",") + 1)]
    words_before = _WORD.findall(before)[-ROLE_REACH:]
    words_after = _WORD.findall(re.sub(r"\A['\u2019]s?", "", after))[:ROLE_REACH]
    return " ".join(words_before) + "\n" + " ".join(words_after)


def _other_people(read: str, claim: Claim, catalog: Catalog) -> list[tuple[int, int]]:
    """Where ``read`` writes the name of a person of the catalog other than the claim's
    value, from and to."""
    value = getattr(claim.value, "id", None)
    found: list[tuple[int, int]] = []
    for name in _catalog_names_in(read, catalog):
        people = catalog.people_named(name)
        if people and all(person.id != value for person in people):
            found.extend(at.span() for at in _name_pattern(name).finditer(read))
    return found


def _a_caption(sentence: str, claim: Claim, catalog: Catalog, names: Sequence[str]) -> bool:
    """Whether ``sentence`` is a caption: one of the person's ``names``, "in" and a name of
    the claim's subject, and nothing else."""
    whole = sentence.strip().rstrip(".").strip()
    return any(
        re.fullmatch(
            _name_pattern(name).pattern + r"[\s\u00a0]+in[\s\u00a0]+" + _name_pattern(work).pattern,
            whole,
        )
        for name in names
        for work in catalog.entity(claim.subject).names
    )


def _possessive_character(read: str, catalog: Catalog) -> bool:
    """Whether ``read`` writes a possessive just before a name of a character of the
    catalog: a person's part ("Ana's Rooney", "Keanu Reeves's John Wick")."""
    characters = {name for entity in catalog.characters for name in entity.names}
    return any(
        re.search(r"['\u2019]s?[\s\u00a0]+" + _name_pattern(name).pattern, read)
        for name in _catalog_names_in(read, catalog)
        if name in characters
    )


# Where a clause of its own opens in a credit's sentence: a semicolon, or a comma and a word
# that joins another clause ("..., and Keanu Reeves was thrilled") or opens a relative one
# ("..., who was coached by Keanu Reeves"), its group "relative".
_CLAUSE_JOINED = re.compile(
    r";|,[\s\u00a0]*(?:(?i:and|but|or|yet|so|while|whereas)|(?P<relative>(?i:who|whom|whose|which)))"
    r"(?![\w'\u2019-])"
)
# A word of a clause, not a joining word of a list: "..., Keanu Reeves, and Ian McShane".
_CLAUSE_WORD = re.compile(r"[^\W_]+")
_LIST_WORDS = frozenset({"and", "or"})


def _persons_clause(blanked: str, start: int, end: int) -> tuple[int, int, list[tuple[int, int]]]:
    """The clause of ``blanked`` (a sentence, the names of the catalog blanked) that holds the
    name from ``start`` to ``end``: from and to, and the spans of other clauses inside it.
    A clause opens at a semicolon or a comma and a joining word (:data:`_CLAUSE_JOINED`),
    unless what follows it, or for a joining word what comes before it, is no more than
    names (a list: "..., Keanu Reeves, and Ian McShane", "Wiseman, Shay Hatten, and Emerald
    Fennell are the screenwriters"); a relative clause runs to the next comma, and is the
    person's own where it follows their name ("Keanu Reeves, who plays John Wick,
    returns"), else another's."""
    opens: list[re.Match[str]] = []
    for found in _CLAUSE_JOINED.finditer(blanked):
        before = blanked[opens[-1].end() if opens else 0 : found.start()]
        after = blanked[found.end() : _next_open(blanked, found.end())]
        # A list of names either side is no clause: "A, B (Chapter 4), and C are writers".
        if _clause_words(after) and (found["relative"] or _clause_words(before)):
            opens.append(found)
    relatives = []
    for found in opens:
        if found["relative"]:
            comma = blanked.find(",", found.end())
            relatives.append((found.start(), len(blanked) if comma == -1 else comma))
    for rel_start, rel_end in relatives:
        if rel_start <= start < rel_end:
            return rel_start, rel_end, []
    main_opens = [found.start() for found in opens if not found["relative"]]
    clause_start = max((at for at in main_opens if at <= start), default=0)
    clause_end = min((at for at in main_opens if at >= end), default=len(blanked))
    others = [
        (rel_start, rel_end)
        for rel_start, rel_end in relatives
        if clause_start <= rel_start < clause_end and blanked[end:rel_start].strip()
    ]
    return clause_start, clause_end, others


def _clause_words(blanked: str) -> set[str]:
    """The words of ``blanked`` in lower case but those of a list and of bracketed asides: a
    name, in capitals, says no more than a list does ("Wiseman, Shay Hatten, and ...")."""
    written = _CLAUSE_WORD.findall(re.sub(r"\([^()]*\)", "", blanked))
    return {word for word in written if word[0].islower()} - _LIST_WORDS


def _next_open(blanked: str, at: int) -> int:
    """Where the next clause of ``blanked`` after ``at`` opens, or its end."""
    found = _CLAUSE_JOINED.search(blanked, at)
    return len(blanked) if found is None else found.start()


def _in_persons_clauses(text: str, blanked: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with all but the clauses of the person's names at ``spans``
    (:func:`_persons_clause`) blanked, each place kept; all of it where no name is written."""
    if not spans:
        return text
    kept = [" "] * len(text)
    for start, end in spans:
        clause_start, clause_end, others = _persons_clause(blanked, start, end)
        kept[clause_start:clause_end] = text[clause_start:clause_end]
        for other_start, other_end in others:
            kept[other_start:other_end] = " " * (other_end - other_start)
    return "".join(kept)


# "as" just after another person's name: the person after it is the part played ("Ballerina
# stars Unity Phelan as Ana de Armas").
_AS_BEFORE = re.compile(r"[\s\u00a0]+as[\s\u00a0]+\Z")


# Words just before the subject's name that make the work another ("stars in the sequel to
# Ballerina", "a remake of Ballerina").
_ANOTHER_WORK_BEFORE = re.compile(
    r"\b(?:sequel|sequels|prequel|prequels|remake|remakes|follow-up|reboot)[\s\u00a0]+(?:to|of)"
    r"[\s\u00a0]+\Z",
    re.IGNORECASE,
)
# A character's name ("John Wick") is a work's only after a word that leads to a work.
_TO_A_WORK = re.compile(r"\b(?:in|of|to|on|for|from)[\s\u00a0]+\Z", re.IGNORECASE)


def _another_work(clause: str, claim: Claim, catalog: Catalog) -> str | None:
    """The words of ``clause`` (a credit's own clause) that name a work of the catalog other
    than the claim's subject, where the clause names the subject nowhere else ("stars in
    Ballerina 2", "stars in John Wick", "stars in the sequel to Ballerina"); None where it
    names the subject, or no work at all ("stars in the film")."""
    by_name = _films_by_name(catalog)
    characters = {name.casefold() for entity in catalog.characters for name in entity.names}
    spans = sorted(
        {
            (found.start(), found.end(), name.casefold())
            for name in _catalog_names_in(clause, catalog)
            if name.casefold() in by_name
            for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", clause, re.IGNORECASE)
        }
    )
    # A name inside a longer one is the longer one's: "Ballerina" of "Ballerina 2".
    spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    other = None
    role = _ROLE[claim.predicate.value]
    for start, end, name in spans:
        before = re.sub(r"(?i:\b(?:the|a|an))[\s\u00a0]+\Z", "", clause[:start])
        another = _ANOTHER_WORK_BEFORE.search(before)
        if claim.subject in by_name[name] and not another:
            return None
        before = before[: another.start()] if another else before
        before = re.sub(r"(?i:\b(?:the|a|an))[\s\u00a0]+\Z", "", before)
        # Only the work the role word leads to: "stars in John Wick", "directs Ballerina 2".
        led = _TO_A_WORK.search(before)
        if led is not None:
            before = before[: led.start()]
        if (
            (name not in characters or led)
            and role.search(before.rstrip()[-30:] + " ")
            and (role.fullmatch(_WORD.findall(before)[-1] if _WORD.findall(before) else ""))
        ):
            other = other or clause[start:end]
    return other


# A listing's clause: the text to a semicolon, a line's end or a sentence's end.
_LISTING_CLAUSE_END = re.compile(
    r";|\n|[.!?]+['\"\u2019\u201d)]*(?=[\s\u00a0]+['\"\u2018\u201c(]?[A-Z])"
)
# A bracket just after a person's name: "Bridget Moynahan (John Wick)".
_BRACKET_AFTER_NAME = re.compile(r"[\s\u00a0]*\(([^()]*)\)")


def _works_spans(text: str, catalog: Catalog) -> list[tuple[int, int, frozenset[str]]]:
    """Where ``text`` writes a name of a film of the catalog, from and to, with the films'
    ids; the longest name where names overlap ("Ballerina" of "Ballerina 2" is none)."""
    named = _works_named(text, catalog)
    spans = sorted(
        {
            (found.start(), found.end(), ids)
            for name, ids in named.items()
            for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
        },
        key=lambda span: (span[0], -span[1]),
    )
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def _credit_of_another_listed_work(
    claim: Claim, catalog: Catalog, names: Sequence[str]
) -> str | None:
    """The name of another film of the catalog that a credit's listing gives the person's
    credit to, where the sentence names the subject too: the film in a bracket just after
    the person's name ("Cast: Ana de Armas (Ballerina), Bridget Moynahan (John Wick)"); the
    first film named after a credit phrase fronted before it, which it modifies ("Directed
    by Chad Stahelski, John Wick: Chapter 4 airs at 9pm"); or, where the person's own
    clause of the listing (to a semicolon, a line's end or a sentence's end) names no name
    of the subject, a film it names ("John Wick — starring Keanu Reeves and Bridget
    Moynahan. Ballerina — ..."). Else ``None``."""
    lead, quote = lead_in(claim, catalog), claim.evidence.quote
    sentence = lead + quote + lead_out(claim, catalog)
    works = _works_spans(sentence, catalog)
    if not any(claim.subject in ids for _, _, ids in works):
        return None
    own = _ROLE[claim.predicate.value]
    # Brackets after names are the listing's works where one names the subject; else they
    # name what a person is known for ("Ana de Armas (Blonde)").
    labelled = any(
        claim.subject in ids and sentence.rfind("(", 0, start) > sentence.rfind(")", 0, start)
        for start, _, ids in works
    )
    for name in names:
        for found in _name_pattern(name).finditer(sentence, len(lead), len(lead) + len(quote)):
            bracket = _BRACKET_AFTER_NAME.match(sentence, found.end())
            said = bracket[1] if labelled and bracket is not None else ""
            inside = _works_spans(said, catalog) if said else []
            if inside:
                if not any(claim.subject in ids for _, _, ids in inside):
                    return said[inside[0][0] : inside[0][1]]
                continue  # the subject's own bracket
            marks = [m.end() for m in _LISTING_CLAUSE_END.finditer(sentence, 0, found.start())]
            opening = marks[-1] if marks else 0
            closing = _LISTING_CLAUSE_END.search(sentence, found.end())
            end = len(sentence) if closing is None else closing.start()
            clause = [span for span in works if opening <= span[0] and span[1] <= end]
            fronted = own.match(sentence[opening : found.start()].lstrip())
            comma = sentence.find(",", found.end(), end)
            if fronted is not None and comma != -1:
                # A fronted credit phrase modifies the first film after its comma.
                after = [span for span in clause if span[0] > comma]
                if after and claim.subject not in after[0][2]:
                    return sentence[after[0][0] : after[0][1]]
                continue
            if clause and not any(claim.subject in ids for _, _, ids in clause):
                return sentence[clause[0][0] : clause[0][1]]
    return None


# A gapped clause's opening: a comma, a semicolon or "and" just before the person's name.
_GAPPED_OPENING = re.compile(r"(?:[,;]|[\s\u00a0](?i:and))[\s\u00a0]*\Z")
# A gapped clause's work just after the person's name: "for", "in" or "on" and the name.
_GAPPED_TO_A_WORK = re.compile(r",?[\s\u00a0]+(?i:for|in|on)[\s\u00a0]+(?P<work>\w[^,;.!?]*)")

# A work called by a kind that is no film's own after "the": "the TV series", "the sequel"
# ("the film" may be the subject).
_GAPPED_WORK_NOUN = re.compile(
    r"(?i:the)(?:[\s\u00a0]+[\w-]+){0,2}?[\s\u00a0]+(?i:"
    + r"series|miniseries|shows?|sequels?|prequels?|spin-offs?|spinoffs?|follow-ups?)"
    + r"(?![\w'\u2019-])"
)


def _bracketed_after_another_work(
    written: str, claim: Claim, catalog: Catalog, names: Sequence[str]
) -> str | None:
    """The work of the catalog, other than the claim's subject, whose name stands just
    before the bracket that holds the person's name: a listing's credit is the title's it
    follows ("John Wick: Chapter 4 (dir. Chad Stahelski)", "(directed by Chad Stahelski)"
    give Chad Stahelski no credit in Ballerina); None where there is none."""
    by_name = _films_by_name(catalog)
    for name in names:
        for found in _name_pattern(name).finditer(written):
            opening = written.rfind("(", 0, found.start())
            if opening < 0 or ")" in written[opening : found.start()]:
                continue
            before = written[:opening].rstrip()
            work = next(
                (
                    work
                    for work in sorted(by_name, key=len, reverse=True)
                    if re.search(rf"(?<!\w){re.escape(work)}\Z", before, re.IGNORECASE)
                ),
                None,
            )
            if work is not None and claim.subject not in by_name[work]:
                return before[len(before) - len(work) :]
    return None


def _gapped_work(written: str, claim: Claim, catalog: Catalog, names: Sequence[str]) -> str | None:
    """The work of the catalog, other than the claim's subject, that a gapped clause gives
    the person: their name opens the clause (after a comma, a semicolon or "and") and
    "for", "in" or "on" and the work's name follow it, the verb the clause before's ("Keanu
    Reeves returns for Ballerina, Ian McShane for The Continental" gives Ian McShane The
    Continental, not Ballerina; "Ian McShane, for the TV series" a work called by its
    kind); None where there is none."""
    by_name = _films_by_name(catalog)
    for name in names:
        for found in _name_pattern(name).finditer(written):
            if _GAPPED_OPENING.search(written, 0, found.start()) is None:
                continue
            led = _GAPPED_TO_A_WORK.match(written, found.end())
            if led is None:
                continue
            # The work's name as written, with or without a "the" before it.
            written_work = led["work"]
            bare = re.sub(r"\A(?i:the)[\s\u00a0]+", "", written_work)
            for work in sorted(by_name, key=len, reverse=True):
                for text in (written_work, bare):
                    if (
                        re.match(rf"{re.escape(work)}(?!\w)", text, re.IGNORECASE)
                        and claim.subject not in by_name[work]
                    ):
                        return text[: len(work)]
            # A work the clause calls by its kind: "for the TV series", "in the sequel".
            if (called := _GAPPED_WORK_NOUN.match(written_work)) is not None:
                return called[0]
    return None


# A verb of taking a part over from the person named just after it: "Ana de Armas replaced
# Unity Phelan as Rooney".
_TAKES_OVER_FROM = re.compile(
    r"[\s\u00a0]+(?i:replaced|replaces|replacing|succeeds|succeeded|succeeding|took\s+over"
    r"\s+from|takes\s+over\s+from|taking\s+over\s+from)[\s\u00a0]+"
)


def _takes_over_a_part(
    written: str, others: Sequence[tuple[int, int]], names: Sequence[str]
) -> bool:
    """Whether ``written`` writes one of the person's ``names``, a verb of taking over
    (:data:`_TAKES_OVER_FROM`), another person's name (at ``others``) and "as" and a part:
    "Ana de Armas replaced Unity Phelan as Rooney" gives Ana de Armas the part."""
    for name in names:
        for found in _name_pattern(name).finditer(written):
            verb = _TAKES_OVER_FROM.match(written, found.end())
            if verb is None:
                continue
            for start, end in others:
                if start == verb.end() and _AS_A_PART.match(written[end:]):
                    return True
    return False


# A bare verb of taking a part over, ending its clause: "but Norman Reedus took over.".
_TAKES_OVER_BARE = re.compile(
    r"[\s\u00a0]+(?:(?i:has|have|had)[\s\u00a0]+)?(?i:took|takes|taking|taken)[\s\u00a0]+"
    r"(?i:over)(?=[\s\u00a0]*(?:[,;:.!?)\u2013\u2014]|\Z))"
)


def _takes_over_a_part_cast_before(claim: Claim, catalog: Catalog) -> bool:
    """Whether a cast credit's quote writes the person's name and a bare verb of taking over
    that ends its clause (:data:`_TAKES_OVER_BARE`), where its sentence first casts another
    person as the claim's character (up to three words, "as" and its name just after the other's
    name, before the person's): "Lionsgate first cast Gabriel Byrne as Daniel Pine, but Norman
    Reedus took over" gives Norman Reedus the part, as "took over the role" does; the part is the
    one the earlier clause names."""
    character = claim.qualifiers.character
    if (
        claim.predicate.value != "cast_member"
        or character is None
        or not isinstance(claim.value, EntityRef)
    ):
        return False
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    lead = len(lead_in(claim, catalog))
    parts = catalog.entity(character).names
    others = _other_people(sentence, claim, catalog)
    for name in catalog.entity(claim.value.id).names:
        for found in _name_pattern(name).finditer(sentence, lead):
            if found.end() > lead + len(claim.evidence.quote) or not _TAKES_OVER_BARE.match(
                sentence, found.end()
            ):
                continue
            for _, end in (other for other in others if other[1] <= found.start()):
                cast_as = _CAST_AS.match(sentence, end, found.start())
                if cast_as and any(
                    _name_pattern(part).match(sentence, cast_as.end(), found.start())
                    for part in parts
                ):
                    return True
    return False


# Up to three words (of a casting: "was cast", "was first cast") and "as" after a name: the
# part that person was given.
_CAST_AS = re.compile(
    r"(?:[\s\u00a0]+[\w'\u2019-]+){0,3}?[\s\u00a0]+as[\s\u00a0]+(?:(?i:the|a|an|young)[\s\u00a0]+)?"
)


# The cleft form of "X plays": "It is" (or "It's", "It was") just before the person's name,
# and after it a contrast's rejected side at most (", and not Norman Reedus as rumored,") and
# "who" or "that" and the words that say what the person does, to the clause's end.
_CLEFT_BEFORE = re.compile(r"(?<!\w)(?i:it)(?:['\u2019](?i:s)|[\s\u00a0]+(?i:is|was))[\s\u00a0]+\Z")
_CLEFT_AFTER = re.compile(
    r"(?:[\s\u00a0]*,[\s\u00a0]*(?:(?i:and|but)[\s\u00a0]+)?(?i:not|never)[\s\u00a0]+[^,;:.!?]*,)?"
    r"[\s\u00a0]+(?i:who|that)[\s\u00a0]+([^,;:.!?]*)"
)


def _cleft_gives_the_role(sentence: str, names: Sequence[str], own: re.Pattern[str]) -> bool:
    """Whether ``sentence`` gives the person of ``names`` the role of ``own`` in the cleft form
    of "Gabriel Byrne plays Daniel Pine": "It is Gabriel Byrne, and not Norman Reedus as
    rumored, who plays Daniel Pine" (:data:`_CLEFT_BEFORE`, :data:`_CLEFT_AFTER`). The
    rejected side's "not" is the other name's; the role is the one after "who"."""
    for name in names:
        for found in _name_pattern(name).finditer(sentence):
            after = _CLEFT_AFTER.match(sentence, found.end())
            if (
                after is not None
                and _CLEFT_BEFORE.search(sentence, 0, found.start())
                and own.search(after[1])
            ):
                return True
    return False


# "respectively": a sentence that pairs two lists by order, which the rules do not read.
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_PAIRED_NAMES = (
    "the quote's sentence pairs its names by order ('respectively'): say in a note which work"
    " {} is paired with, quoting 'respectively'"
)
_PAIRED_FIGURE = (
    "the sentence pairs its figures with its works by order ('respectively'): say in a note"
    " which work the figure is paired with"
)
#: The words a role's verb and its "by" are read across (:func:`_doer_of_the_role`): an
#: adverb ("directed stylishly by"), "for the screen" and its kind ("written for the big
#: screen by", "adapted for the screen by"), or a short aside between commas ("directed,
#: with flair, by Len Wiseman", "directed, in Ballerina, by").
ROLE_BY_GAP_WORDS = ("for the screen", "for the big screen", "for the small screen")
_BEFORE_BY = (
    r"(?:[\s\u00a0]*,[^,;:.!?]{1,40},|[\s\u00a0]+(?:(?i:"
    + _phrases(ROLE_BY_GAP_WORDS)
    + r")|(?i:[^\W\d_]+ly)))?"
)
# Role words that lead by "by" to a name ("produced by", "written and directed by"), read
# back from just before the name.
_ROLES_BY_BEFORE = re.compile(
    r"(?:(?:" + _ANY_ROLE.pattern + r")(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?i:and|&)"
    r"[\s\u00a0]+))*(?:"
    + _ANY_ROLE.pattern
    + r")"
    + _BEFORE_BY
    + r"[\s\u00a0]+(?i:by)[\s\u00a0]+\Z"
)
# What joins the names of a list: "Len Wiseman, Shay Hatten and Chad Stahelski".
_LIST_JOIN = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:(?i:and|&)[\s\u00a0]+)?")
# A role word just before or after another work's name, and what joins them: "who directed
# John Wick", "director of John Wick", "John Wick director", "John Wick's director".
_ROLE_OF_WORK_BEFORE = re.compile(
    r"(?:" + _ANY_ROLE.pattern + r")(?:[\s\u00a0]+(?i:of|on|for))?(?:[\s\u00a0]+(?i:the))?"
    r"[\s\u00a0]+\Z"
)
_ROLE_OF_WORK_AFTER = re.compile(r"(?:['\u2019]s)?[\s\u00a0]+(?:" + _ANY_ROLE.pattern + ")")


def _without_others_roles(
    written: str,
    blanked: str,
    claim: Claim,
    catalog: Catalog,
    *,
    others: Sequence[tuple[int, int]],
    names: Sequence[str],
) -> str:
    """``blanked`` (a credit's sentence ``written``, its names blanked; the person's
    ``names``, others' at ``others``) with the role words that are another's blanked, each
    place kept: those that lead by "by" to another person's name and to no list holding the
    claim's person ("produced by Chad Stahelski and directed by Len
    Wiseman" makes Chad Stahelski no director; "directed by Len Wiseman and Chad Stahelski"
    is both's), and those bound just before or after the name of a work of the catalog
    other than the subject ("Chad Stahelski, who directed John Wick, produced Ballerina",
    "John Wick director Chad Stahelski"): the role word nearest the person decides."""
    value_spans = {
        found.span() for name in names for found in _name_pattern(name).finditer(written)
    }
    people = sorted({*others, *value_spans})
    cuts: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(people):
        if (start, end) in value_spans:
            continue
        # The list from this name on: is the claim's person in it?
        listed, at = False, end
        for next_start, next_end in people[index + 1 :]:
            joined = _LIST_JOIN.fullmatch(blanked, at, next_start)
            if joined is None:
                break
            listed, at = listed or (next_start, next_end) in value_spans, next_end
        roles = _ROLES_BY_BEFORE.search(blanked[max(0, start - 200) : start])
        if roles is not None and not listed:
            cuts.append((max(0, start - 200) + roles.start(), start))
    by_name = _films_by_name(catalog)
    subject_names = catalog.entity(claim.subject).names
    for name in _catalog_names_in(written, catalog):
        if name.casefold() not in by_name or claim.subject in by_name[name.casefold()]:
            continue
        for found in _name_pattern(name).finditer(written):
            before = _ROLE_OF_WORK_BEFORE.search(
                blanked[max(0, found.start() - 80) : found.start()]
            )
            # A list of works holding the subject is the subject's too: "a co-writer on
            # Parabellum and Chapter 4" for Chapter 4.
            joined = _LIST_JOIN.match(written, found.end())
            listed = joined is not None and any(
                _name_pattern(own).match(written, joined.end()) for own in subject_names
            )
            if before is not None and not listed:
                cuts.append((found.start() - len(before[0]), found.start()))
            after = _ROLE_OF_WORK_AFTER.match(blanked, found.end())
            if after is not None:
                cuts.append(after.span())
    for start, end in cuts:
        blanked = blanked[:start] + _BLANK.sub("_", blanked[start:end]) + blanked[end:]
    return blanked


# An aside just after a person's name, between commas or to its clause's end: "Chad
# Stahelski, who directed the four John Wick films, produced Ballerina".
_ASIDE_AFTER = re.compile(r"[\s\u00a0]*,([^,;:()!?]*?)(?=,|[;:()!?]|\.(?:\s|\Z)|\Z)")
#: The words of an aside after a person's name that make it about other works than the
#: subject, so that a role word in it is no credit of the subject: "Chad Stahelski, who
#: directed the four John Wick films, produced Ballerina", "Chad Stahelski, the
#: franchise's director, produced Ballerina", "Keanu Reeves, who starred in the John Wick
#: films, is absent from Ballerina".
OTHER_WORKS_WORDS = (
    "films", "movies", "pictures", "franchise", "franchise's", "franchises", "series",
    "saga", "sagas", "sequels", "trilogy", "installments", "instalments", "entries",
)  # fmt: skip
_OTHER_WORKS = re.compile(_as_words(OTHER_WORKS_WORDS))


def _without_asides_of_other_works(
    blanked: str, written: str, names: Sequence[str], subject_names: Sequence[str]
) -> str:
    """``blanked`` with each aside just after one of the person's ``names`` in ``written``
    blanked where it speaks of other works (:data:`OTHER_WORKS_WORDS`) and the rest of
    the clause names the subject (of ``subject_names``): the aside's role words are the
    person's credits in those works, and the main clause says what the person is in the
    subject ("produced Ballerina", "is absent from Ballerina"). An aside of a sentence that
    names no subject may be of the subject's own works ("Chad Stahelski, who has directed
    all four John Wick movies" for a John Wick film)."""
    for name in names:
        for found in _name_pattern(name).finditer(written):
            aside = _ASIDE_AFTER.match(blanked, found.end())
            if aside is None or not _OTHER_WORKS.search(aside[1]):
                continue
            start, end = aside.span(1)
            if any(
                not start <= at.start() < end
                for own in subject_names
                if own.strip()
                for at in _name_pattern(own).finditer(written)
            ):
                blanked = blanked[:start] + _BLANK.sub("_", blanked[start:end]) + blanked[end:]
    return blanked


def _cut_from_the_work(clause: str, passages: str) -> str | None:
    """The words of :data:`CUT_FROM_THE_WORK_WORDS` a credit's ``clause`` writes ("only in a
    deleted scene"), where the note's ``passages`` do not quote them; else ``None``."""
    found = _CUT_FROM_THE_WORK.search(clause)
    if found is None or re.search(_as_words((found[1],)), passages):
        return None
    return str(found[1])


# "in" or "for" just before a work's name, a "the" between: the work a part is played in.
_IN_OR_FOR_A_WORK = re.compile(r"(?<![\w'\u2019-])(?i:in|for)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?\Z")
# A sentence's opening "In" or "For" before a work's name: "In John Wick: Chapter 4, ...".
_OPENING_IN = re.compile(
    r"\A[\s\u00a0\"'\u201c\u2018]*(?i:in|for)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?"
)


def _work_the_part_is_in(sentence: str, written: str, claim: Claim, catalog: Catalog) -> str | None:
    """The words that name a work of the catalog other than the claim's subject after "in"
    or "for" in a credit's own clause ``written``, whatever stands between the role word
    and them ("Ian McShane plays Winston in John Wick: Chapter 4", "Ana de Armas will play
    Rooney in Ballerina 2", "returns as Winston in The Continental"), or just after an "In"
    or "For" that opens its ``sentence``, before a comma ("In John Wick: Chapter 4, Ian
    McShane plays Winston"): the part is that work's. None where the clause names the
    subject as a work (a name that is a character's too, "plays John Wick", only after a
    word that leads to a work), or where no such work is named."""
    by_name = _films_by_name(catalog)
    characters = {name.casefold() for entity in catalog.characters for name in entity.names}
    # Its asides left out: "De Armas, known for her performance in Blonde, will play".
    written = re.sub(r"\([^()]*\)|,[^,;]*,", " ", written)
    spans = sorted(
        {
            (found.start(), found.end(), name.casefold())
            for name in _catalog_names_in(written, catalog)
            if name.casefold() in by_name
            for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", written, re.IGNORECASE)
        }
    )
    # A name inside a longer one is the longer one's: "Ballerina" of "Ballerina 2".
    spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    other = None
    for start, end, name in spans:
        before = written[:start]
        if claim.subject in by_name[name]:
            if name not in characters or _TO_A_WORK.search(before):
                return None  # the clause names the subject itself
            continue
        if other is None and _IN_OR_FOR_A_WORK.search(before):
            other = written[start:end]
    if other is not None:
        return other
    opening = _OPENING_IN.match(sentence)
    if opening is None:
        return None
    rest = sentence[opening.end() :]
    for name in sorted(by_name, key=len, reverse=True):
        if re.match(rf"{re.escape(name)}[\s\u00a0]*,", rest, re.IGNORECASE):
            return None if claim.subject in by_name[name] else rest[: len(name)]
    return None


def credit_written_with_its_role_or_noted(  # noqa: PLR0911 -- one return per reading
    claim: Claim, catalog: Catalog, reviewed: Mapping[str, str] = ROLE_FROM_CONTEXT
) -> list[Breach]:
    """A cast or crew credit's quote says the person has that part: it writes a word of the
    predicate's own role (:data:`ROLE_WORDS`: "directed", "director", "helmed", "behind the
    camera" for a director; "stars", "plays", "cast", "role", "appears in", "returns as",
    "reprises" for a cast member; ...) in the value's clause (its :func:`lead_in` but for
    another clause, the quote, and the words after it that :func:`_clause_after` reads;
    a word inside a name of the catalog is the name's, and so is a character's title with
    its capitals after "the" or a possessive, :func:`_without_titled_characters`: "stars as
    the Director" is no director credit), or the claim's character, or "as"
    and a name just after the person's, or the sentence is a caption of the person in the
    work ("Ana de Armas in No Time To Die."), or the cleft "It is Gabriel Byrne, not Norman Reedus,
    who plays" (:func:`_cleft_gives_the_role`), or a bare "took over" after the sentence cast
    another as the claim's character (:func:`_takes_over_a_part_cast_before`), or, for a
    cast member, a list of names that "(also) appear" at its clause's end
    (:data:`APPEARING_FORMS`: "Keanu Reeves, Ian McShane and Anjelica Huston also appear.";
    not "does not appear", nor after a negating word). And no word of
    another kind of part is bound to the person (:data:`NOT_A_CREDIT_WORDS`: "Keanu Reeves's
    stunt double", "a Keanu Reeves lookalike", "archive footage of", "dedicated to", "Chad
    Stahelski directed second-unit action", "Keanu Reeves attended the premiere"), nor a word
    of another credit's role with none of its own ("produced by Len Wiseman" for a director);
    and the person's clause puts the part in no deleted scene, cut from the work
    (:data:`CUT_FROM_THE_WORK_WORDS`: "appears in Ballerina only in a deleted scene").
    The role word, character or possessive is the person's only in their own clause
    (:func:`_persons_clause`: "Ballerina stars Ana de Armas, and Keanu Reeves was thrilled",
    "..., who was coached by Keanu Reeves" credit no Keanu Reeves; a list of names is one
    clause), and a person named just after another's name and "as" is the part played, no
    credit ("Ballerina stars Unity Phelan as Ana de Armas"). A quote whose role word leads to
    another work of the catalog and that names the subject nowhere else is no credit of the
    subject (:func:`_another_work`: "stars in Ballerina 2", "stars in John Wick", "stars in
    the sequel to Ballerina"; "stars in the film" names none), nor one whose person's own
    clause does so ("Ana de Armas starred in No Time to Die; Keanu Reeves starred in
    Ballerina"), nor one whose gapped clause gives the person another work
    (:func:`_gapped_work`: "Keanu Reeves returns for Ballerina, Ian McShane for The
    Continental"), nor one in the bracket just after another work's title
    (:func:`_bracketed_after_another_work`: "John Wick: Chapter 4 (dir. Chad Stahelski)"),
    nor one a listing gives another work (:func:`_credit_of_another_listed_work`:
    "Directed by Chad Stahelski, John Wick: Chapter 4 airs at 9pm; Ballerina follows", "Cast:
    Ana de Armas (Ballerina), Bridget Moynahan (John Wick)", "John Wick — starring Bridget
    Moynahan. Ballerina"), nor one whose clause names another work after "in" or "for",
    whatever stands between (:func:`_work_the_part_is_in`: "Ian McShane plays Winston in
    John Wick: Chapter 4"; "In John Wick: Chapter 4, Ian McShane plays Winston"). The role
    word nearest the
    person decides (:func:`_without_others_roles`): "produced by Chad Stahelski and directed
    by Len Wiseman" makes no director of Chad Stahelski, "Chad Stahelski, who directed John
    Wick, produced Ballerina" none either, nor "Chad Stahelski, who directed the four John
    Wick films, produced Ballerina" (:func:`_without_asides_of_other_works`). A director's,
    screenwriter's or producer's role word (:data:`DEED_CREDITS`) is the person's only where
    they do it (:func:`_doer_of_the_role`; or the work's own in apposition,
    :func:`_doer_in_apposition_to_the_work`: "Len Wiseman, Ballerina's director"; or after
    it, a being verb and "by", :func:`_deed_is_by`: "Ballerina's screenplay is by Shay
    Hatten"): "Len
    Wiseman directed Ana de Armas", "Ana de
    Armas met the director", "whom Len Wiseman directed" are no credit of Ana de Armas. A
    cast credit's role word or character only in a quotation, the person its speaker, or
    only after another person's name, the object of the person's verb, is another's
    (:func:`_role_word_of_another`: "“She plays Rooney,” Keanu Reeves said", "Keanu Reeves
    coached Ana de Armas for her role"). A fact box's label binds the value just after it,
    up to the next label, and a quote of two sentences is read in the person's own sentence
    (:func:`_in_persons_fields`: "Director: Len Wiseman | Cast: Ana de Armas" is no
    director credit of Ana de Armas). A person named by family name alone is found as by
    the whole name (:func:`_mention_names`: "and Stahelski watched" is no credit, as "and
    Chad Stahelski watched" is none). A sentence that pairs names by order
    ("respectively") gives a credit only with a note quoting "respectively". Or else
    the claim's note quotes the words that give the part, or says why the credit stands
    quoting the words bound to the person; a reviewed exception names its claim. Where the
    quote writes a role word outside the clause of the person's name ("Ana de Armas is
    back, and in Ballerina she plays Rooney"), the refusal names the word and the clause."""
    if (
        claim.predicate.value not in ROLE_WORDS
        or not isinstance(claim.value, EntityRef)
        or not claim.value.id.startswith("person/")
        or claim.id in reviewed
    ):
        return []
    own = _ROLE[claim.predicate.value]
    lead = len(lead_in(claim, catalog))
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    # The sentence to a break after the quote: "..., but Ana de Armas stars" is another's.
    cut = _CLAUSE_BREAK.search(sentence, lead + len(claim.evidence.quote))
    written = _own_clause(sentence[: None if cut is None else cut.start()], lead)
    # "Stahelski" alone, the text having named Chad Stahelski before, is found as his name.
    names = _mention_names(claim, catalog, claim.value.id)
    written = _in_persons_fields(
        written, [found.span() for name in names for found in _name_pattern(name).finditer(written)]
    )
    blanked = _without_names(written, claim, catalog)
    character = claim.qualifiers.character
    # The character's names in any case: "as the Director" names no director.
    for name in catalog.entity(character).names if character is not None else ():
        blanked = re.sub(
            re.escape(name), lambda found: _BLANK.sub("_", found[0]), blanked, flags=re.IGNORECASE
        )
    blanked = _without_titled_characters(blanked, catalog)
    passages = " ".join(note_passages(claim.note))
    # A part in a deleted scene is none of the work, whatever role word the clause writes.
    cut_out = _cut_from_the_work(written, passages)
    others = _other_people(written, claim, catalog) if _ANY_ROLE.search(blanked) else []
    if others or _ANY_ROLE.search(blanked):
        blanked = _without_others_roles(
            written, blanked, claim, catalog, others=others, names=names
        )
    blanked = _without_asides_of_other_works(
        blanked, written, names, catalog.entity(claim.subject).names
    )
    for name in names:
        for found in _name_pattern(name).finditer(written):
            bound = _bound_words(blanked, found.start(), found.end(), others)
            not_a_credit = _NOT_A_CREDIT.search(bound) or _ONLOOKER_AFTER.match(
                blanked[found.end() :]
            )
            other = next(
                (
                    (word[1], predicate)
                    for predicate, role in _ROLE.items()
                    if predicate != claim.predicate.value
                    for word in role.finditer(bound)
                    if not own.search(bound)
                ),
                None,
            )
            said = cut_out or (not_a_credit[1] if not_a_credit else other[0] if other else None)
            if said is None or re.search(_as_words((said,)), passages):
                continue
            kind = f"a {other[1]} credit" if other and not not_a_credit else "another kind of part"
            kind = "a part cut from the work" if cut_out else kind
            # Words of a cut part leave nothing to quote for the part: only a note lets it in.
            quote_part = "" if cut_out else "quote the words that give the part, or "
            message = (
                f"the quote writes {' '.join(said.split())!r} of {claim.value.id}, {kind}: no"
                f" {claim.predicate.value} credit; {quote_part}say in a note why the credit"
                " stands, quoting those words"
            )
            return [Breach("credit role", "value.id", message)]
    another_sense = _credit_verb_in_another_sense(claim.predicate.value, blanked, written)
    if another_sense is not None and not re.search(_as_words((another_sense,)), passages):
        message = (
            f"the quote writes {another_sense!r}: the verb in another sense, with no credit"
            f" of the work as its object, so no {claim.predicate.value} credit; quote the"
            " words that give the part, or say in a note why the credit stands, quoting"
            f" {another_sense!r}"
        )
        return [Breach("credit role", "value.id", message)]
    # The role word is the person's where it is in their own clause: not "Ballerina stars Ana
    # de Armas, and Keanu Reeves was thrilled", nor "..., who was coached by Keanu Reeves".
    spans = [found.span() for name in names for found in _name_pattern(name).finditer(written)]
    own_written = _in_persons_clauses(written, blanked, spans)
    own_blanked = _in_persons_clauses(blanked, blanked, spans)
    # The quote's own words, its asides (in brackets or between commas: "De Armas, known for
    # her performance in Blonde, will play") left out: the work the role word leads to.
    main = re.sub(r"\([^()]*\)|,[^,;]*,", " ", claim.evidence.quote)
    # And the person's own clause alone: "Ana de Armas starred in No Time to Die; Keanu
    # Reeves starred in Ballerina" gives Ana de Armas no credit in Ballerina.
    work = (
        _another_work(main, claim, catalog)
        or _another_work(re.sub(r"\([^()]*\)|,[^,;]*,", " ", own_written), claim, catalog)
        or _gapped_work(written, claim, catalog, names)
        or _bracketed_after_another_work(written, claim, catalog, names)
        or _credit_of_another_listed_work(claim, catalog, names)
        or _work_the_part_is_in(sentence, own_written, claim, catalog)
    )
    if work is not None and not re.search(_as_words((work,)), passages):
        message = (
            f"the quote's clause names the work {work!r}, not the subject {claim.subject}: no"
            f" {claim.predicate.value} credit of it; quote the words that name the subject, or"
            f" say in a note why the credit is the subject's, quoting {work!r}"
        )
        return [Breach("credit role", "value.id", message)]
    # "respectively" pairs names by order, which no rule reads: a note says the pairing.
    paired = (
        [Breach("credit role", "value.id", _PAIRED_NAMES.format(claim.value.id))]
        if _RESPECTIVELY.search(sentence) and not _RESPECTIVELY.search(passages)
        else []
    )
    played = [
        (start, end)
        for start, end in spans
        if (as_before := _AS_BEFORE.search(written, 0, start)) is not None
        and any(e == as_before.start() for _, e in _other_people(written, claim, catalog))
    ]
    if spans and len(played) == len(spans) and not own.search(passages):
        message = (
            f"the quote writes {claim.value.id} as the part another person plays ('as' after"
            f" another person's name): no {claim.predicate.value} credit; quote the words that"
            " give the part, or quote them in the note"
        )
        return [Breach("credit role", "value.id", message)]
    # A deed's role word is the person's where they do it: not "Ana de Armas met the director".
    done_by_another = (
        claim.predicate.value in DEED_CREDITS
        and own.search(own_blanked) is not None
        and not _doer_of_the_role(blanked, spans, own)
        and not _doer_in_apposition_to_the_work(
            written, blanked, spans, own, catalog.entity(claim.subject).names
        )
        and not _deed_is_by(blanked, spans, own)
    )
    # A cast role word said by or of another: "“She plays Rooney,” Keanu Reeves said".
    of_another = (
        _role_word_of_another(
            own_written,
            own_blanked,
            spans,
            _other_people(own_written, claim, catalog),
            own=own,
            character=catalog.entity(character).names if character is not None else (),
        )
        if claim.predicate.value not in DEED_CREDITS
        else None
    )
    # The speaker gets nothing of the quotation, unless a note quotes its words.
    speaker = (
        of_another is not None
        and of_another[1] == _SPEAKER
        and not re.search(_as_words((of_another[0],)), passages)
    )
    if not speaker and (
        (own.search(own_blanked) and not done_by_another and of_another is None)
        or own.search(passages)
        or (character is not None and _writes_a_name(own_written, catalog.entity(character).names))
        or (
            claim.predicate.value == "cast_member"
            and any(
                _AS_A_PART.match(written[found.end() :])
                for name in names
                for found in _name_pattern(name).finditer(written)
            )
        )
        or _a_caption(sentence, claim, catalog, names)
        or _a_caption(written, claim, catalog, names)
        or _possessive_character(own_written, catalog)
        or (
            claim.predicate.value == "cast_member"
            and _takes_over_a_part(written, _other_people(written, claim, catalog), names)
        )
        or _takes_over_a_part_cast_before(claim, catalog)
        or _cleft_gives_the_role(sentence, names, own)
        or (claim.predicate.value == "cast_member" and _names_that_appear(blanked, spans))
        or (claim.predicate.value == "cast_member" and _joined_the_cast(own_blanked))
        or _note_quotes_the_clause(note_passages(claim.note), own_blanked, claim.evidence.quote)
    ):
        return paired
    refused = (
        _not_the_doer_breach(claim, claim.value.id, own_blanked, own)
        if done_by_another
        else _another_ones_role_breach(claim, of_another)
        if of_another is not None
        else _no_role_word_breach(claim, claim.value.id, (written, blanked), own, spans)
    )
    return paired or [refused]


_CASTING_NEWS = re.compile(_as_words(CASTING_NEWS_WORDS))
_OTHER_CREDITS_ROLE = re.compile(
    _as_words(
        word
        for predicate, words in ROLE_WORDS.items()
        if predicate != "cast_member"
        for word in words
    )
)


def _joined_the_cast(clause: str) -> bool:
    """Whether the person's ``clause`` (names blanked) says they joined the cast in the words
    of casting news (:data:`CASTING_NEWS_WORDS`: "has boarded Ballerina", "Ballerina adds"),
    and writes no word of another credit ("boarded Ballerina as a producer")."""
    return _CASTING_NEWS.search(clause) is not None and _OTHER_CREDITS_ROLE.search(clause) is None


def _note_quotes_the_clause(passages: Sequence[str], clause: str, quote: str) -> bool:
    """Whether the note quotes words of the person's ``clause`` (names blanked: a name alone
    is no words of the part) that the ``quote`` itself writes, as the refusal of a credit
    with no role word asks: the note says how those words give the part ("'graces' is said
    of her part"). Words after the quote, a note may quote for another rule, give none."""
    read = " ".join(clause.casefold().split())
    quoted = " ".join(quote.casefold().split())
    return any(
        _WORD.search(passage) is not None
        and (said := " ".join(passage.casefold().split())) in read
        and said in quoted
        for passage in passages
    )


# Whose a role word is where the person is a quotation's speaker.
_SPEAKER = "the speaker of a quotation, named outside it"
# A quotation of a quote's sentence: between curly double quotation marks, or straight ones.
_QUOTATION = re.compile(r"\u201c[^\u201c\u201d]*(?:\u201d|\Z)|\"[^\"]*(?:\"|\Z)")


def _another_ones_role_breach(claim: Claim, of_another: tuple[str, str]) -> Breach:
    """The breach of a credit whose role word is another's (:func:`_role_word_of_another`)."""
    word, whose = " ".join(of_another[0].split()), of_another[1]
    message = (
        f"the quote writes {word!r}, but names {getattr(claim.value, 'id', '')} only as"
        f" {whose}: no {claim.predicate.value} credit of them; quote the words that give"
        f" them the part, or say in a note why the credit stands, quoting {word!r}"
    )
    return Breach("credit role", "value.id", message)


def _role_word_of_another(
    own_written: str,
    own_blanked: str,
    spans: Sequence[tuple[int, int]],
    others: Sequence[tuple[int, int]],
    *,
    own: re.Pattern[str],
    character: Sequence[str] = (),
) -> tuple[str, str] | None:
    """Where the credit's role word (``own``) in the person's clause (``own_written``, its
    names blanked in ``own_blanked``; the person's names at ``spans``, other people's at
    ``others``) is not the person's, the word and whose it is: only inside quotation marks
    with the person named only outside them, the quotation's speaker ("“She plays Rooney,”
    Keanu Reeves said"); or only after another person's name that follows the person's,
    not in a list with it, the object of the person's verb ("Keanu Reeves coached Ana de
    Armas for her role"). The speaker gets no ``character`` (its names) either where the
    quotation alone writes it ("“Ana is incredible as Rooney,” said Keanu Reeves"). Else
    ``None``."""
    roles = [found for found in own.finditer(own_blanked) if found[0].strip("_ ")]
    if not spans:
        return None
    quoted = [found.span() for found in _QUOTATION.finditer(own_written)]

    def inside(at: int) -> bool:
        return any(start <= at < end for start, end in quoted)

    said = [(found.start(), found[0]) for found in roles] + [
        (found.start(), found[0])
        for name in character
        for found in _name_pattern(name).finditer(own_written)
    ]
    if (
        quoted
        and said
        and all(inside(at) for at, _ in said)
        and not any(inside(start) for start, _ in spans)
    ):
        return min(said)[1], _SPEAKER
    if not roles:
        return None
    _, first_end = min(spans)
    after = [start for start, _ in others if start >= first_end]
    if not after or _LIST_JOIN.fullmatch(own_blanked, first_end, min(after)):
        return None
    if any(role.start() < min(after) for role in roles):
        return None
    return roles[0][0], "the one named before another person's name, whose part it is"


# A fact box's label: a word or three with a capital and a colon, at the start or after a
# field's mark ("Director: Len Wiseman | Cast: Ana de Armas", "Written by: ...").
_FIELD_LABEL = re.compile(
    r"(?:\A|(?<=[|/,.;\n\u2022\u00b7]))[\s\u00a0]*[A-Z][\w-]*(?:[ \t\u00a0]+[\w-]+){0,2}"
    r"[\s\u00a0]*:(?!\d)"
)
# A sentence's end: a full stop, "!" or "?" and a capital (or a blanked name) after it, not
# after a single letter or a title ("Mr.", "Dr.", "St.", "Jr.", a listing's "dir. Len Wiseman").
_QUOTED_SENTENCE_END = re.compile(
    r"(?<![\s\u00a0.][A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|vs|No))(?<!\bMrs)(?<!\b[Dd]ir)"
    r"[.!?]+['\"\u2019\u201d)]*"
    r"(?=[\s\u00a0]+['\"\u2018\u201c(]?[A-Z_])"
)


def _in_persons_fields(written: str, spans: Sequence[tuple[int, int]]) -> str:
    """``written`` (a credit's clause) with all but the sentences and fact-box fields that
    hold the person's name (at ``spans``) blanked, each place kept: a label binds the value
    just after it, up to the next label ("Director: Len Wiseman | Cast: Ana de Armas" is no
    director credit of Ana de Armas), and a role word in another sentence of the quote is
    not the person's ("Len Wiseman directed Ballerina. Ana de Armas was thrilled")."""
    if not spans:
        return written
    bounds = sorted(
        {0, len(written)}
        | {found.start() for found in _FIELD_LABEL.finditer(written) if found.start() > 0}
        | {found.end() for found in _QUOTED_SENTENCE_END.finditer(written)}
    )
    kept = [" " if not char.isspace() else char for char in written]
    for start, end in spans:
        lower = max(bound for bound in bounds if bound <= start)
        upper = min(bound for bound in bounds if bound >= end)
        kept[lower:upper] = written[lower:upper]
    return "".join(kept)


def _not_the_doer_breach(claim: Claim, person: str, clause: str, own: re.Pattern[str]) -> Breach:
    """The breach of a deed's credit whose role word, in the person's ``clause``, is done by
    someone else or done to the person (:func:`_doer_of_the_role`)."""
    found = own.search(clause)
    word = " ".join(found[1].split()) if found is not None else claim.predicate.value
    message = (
        f"the quote writes {word!r}, but not with {person} as its doer (the name just before"
        f" {word!r}, after {word!r} and 'by', after a label or a noun such as 'director', or"
        " before a comma and the work's own name with its possessive: 'Len Wiseman,"
        f" Ballerina's director'), so no {claim.predicate.value} credit of {person}: quote the"
        f" words that make {person} the one who does it, or say in a note why the credit"
        f" stands, quoting {word!r}"
    )
    return Breach("credit role", "value.id", message)


# A name in a list of names, as the rules read them: blanked ("_____ ______") or written
# with capitals ("Anjelica Huston", a name the catalog does not hold).
_LISTED_NAME = r"(?:_+|[A-Z][\w.'-]*)(?:[ \t]+(?:_+|[A-Z][\w.'-]*))*"
#: The verb that, just after a list of names and at its clause's end, gives each name of
#: the list a part in the work: "Keanu Reeves, Ian McShane and Anjelica Huston also
#: appear.", "Keanu Reeves appears." ("also" may stand between; any whitespace).
APPEARING_FORMS = ("appear", "appears", "appeared")
_NAMES_THAT_APPEAR = re.compile(
    rf"(?P<names>{_LISTED_NAME}(?:\s*,\s*(?:and\s+)?{_LISTED_NAME}|\s+and\s+{_LISTED_NAME})*)"
    rf"\s+(?:also\s+)?(?:{'|'.join(APPEARING_FORMS)})(?=\s*(?:[.,;:!?)]|$))"
)


def _names_that_appear(blanked: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the person's name (at one of ``spans`` of the clause ``blanked``) is one of a
    list of names that "(also) appear" at its clause's end (:data:`APPEARING_FORMS`), with
    no negating word before it in the clause ("Neither Keanu Reeves nor Ian McShane
    appears" gives no part): a verb with nothing after it but the clause's end, whose
    subject is each name of the list. "does not appear", "will not appear" are not it."""
    for found in _NAMES_THAT_APPEAR.finditer(blanked):
        before = set(re.findall(r"[\w']+", blanked[: found.start()].casefold()))
        if not NEGATIONS.isdisjoint(before):
            continue
        if any(found.start("names") <= start and end <= found.end("names") for start, end in spans):
            return True
    return False


#: The credits whose role is a deed with a doer (directing, writing, producing): the person
#: is the doer of the role word, or it is someone else's (:func:`_doer_of_the_role`).
DEED_CREDITS = ("director", "screenwriter", "producer")
#: The verbs of :data:`DEED_CREDITS` in every form, each read as the credit only where the
#: work is its object: followed by a preposition or particle of :data:`OTHER_SENSE_PARTICLES`
#: ("wrote about Ballerina", "has written about", "wrote of", "wrote to Lionsgate about",
#: "directed his anger at Ballerina", "directed questions about Ballerina to Lionsgate",
#: "produced a video essay on Ballerina"; with up to four words of its own object between,
#: none a word of the work's credit, :data:`CREDIT_OBJECT_WORDS`), or "wrote Ballerina off
#: as", the verb is used in another sense, and gives no credit of the work unless the
#: claim's note quotes the words and says why the credit stands.
DEED_VERBS = {
    "director": ("direct", "directs", "directed", "directing"),
    "screenwriter": ("write", "writes", "wrote", "written", "writing", "co-wrote", "co-written"),
    "producer": ("produce", "produces", "produced", "producing"),
}
OTHER_SENSE_PARTICLES = ("about", "on", "of", "at", "to", "off", "into", "against")
#: The object words that keep a deed verb's credit ("wrote the screenplay of Ballerina",
#: "directed the film on location", "produced it on a budget of"): the work or its parts.
CREDIT_OBJECT_WORDS = (
    "film",
    "films",
    "movie",
    "movies",
    "picture",
    "screenplay",
    "script",
    "scripts",
    "story",
    "spin-off",
    "spinoff",
    "sequel",
    "entry",
    "feature",
    "project",
    "it",
    "them",
    "location",
    "set",
    "budget",
    "lionsgate's",
    # Parts of the work, whose credits NOT_A_CREDIT_WORDS reads: "directed second-unit
    # action on", "wrote a draft of".
    "action",
    "second-unit",
    "unit",
    "scenes",
    "sequences",
    "reshoots",
    "draft",
    "drafts",
)
_DEED_VERB_OTHER_SENSE = {
    predicate: re.compile(
        r"(?<![\w'-])(?i:"
        + _phrases(verbs)
        + r")((?:\s+[\w'-]+){0,4}?)\s+(?i:"
        + _phrases(OTHER_SENSE_PARTICLES)
        + r")(?![\w'-])"
    )
    for predicate, verbs in DEED_VERBS.items()
}


def _credit_verb_in_another_sense(predicate: str, blanked: str, written: str) -> str | None:
    """The words of a verb of ``predicate``'s credit used in another sense in ``blanked``
    (the person's sentence, names blanked; ``written`` as the text writes it), for the
    message (:data:`DEED_VERBS`): the verb then a particle, across up to four words of
    another object ("wrote about", "directed his anger at"); else ``None``. A passive "by"
    ("directed by") and an object of the work's (:data:`CREDIT_OBJECT_WORDS`: "wrote the
    screenplay of") are the credit's."""
    pattern = _DEED_VERB_OTHER_SENSE.get(predicate)
    if pattern is None:
        return None
    for found in pattern.finditer(blanked):
        between = found[1].split()
        off = found[0].split()[-1].casefold() == "off"
        if any(word.casefold() in CREDIT_OBJECT_WORDS for word in between) and not off:
            continue
        if any(set(word) == {"_"} for word in between) and not off:
            continue  # the work's name or a person's as the object: "directed Ballerina on"
        return " ".join(written[found.start() : found.end()].split())
    return None


#: The words that may stand between a person's name and the role word they do: a tense, an
#: adverb, an article or the film's possessive ("Len Wiseman has also directed", "Len
#: Wiseman, who directed", "Len Wiseman, the film's director", "Len Wiseman is set to
#: direct", "Len Wiseman served as director"); any word ending in "ly" is an adverb too.
DOER_GAP_WORDS = (
    "is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "will", "would",
    "shall", "should", "can", "could", "may", "might", "who", "also", "then", "later", "first",
    "once", "now", "still", "again", "the", "a", "an", "its", "film's", "movie's", "as",
    "serve", "serves", "served", "serving", "to", "set", "signed", "on", "hired", "tapped",
    "attached", "due", "going", "returns", "returned", "back", "both", "credited", "take",
    "takes", "took", "taking", "taken", "over",
)  # fmt: skip
# The name's possessive, or a comma (an apposition or "who"), with a bracketed aside and
# the rest of a list of names ("Len Wiseman, Shay Hatten (John Wick: Chapter 4), and Emerald
# Fennell are the screenwriters"), just after a person's name; then the words of
# :data:`DOER_GAP_WORDS`, a blanked work's possessive or an adverb.
_ASIDE = r"(?:[\s\u00a0]*\([^()]*\))?"
_DOER_AFTER = re.compile(
    r"\A" + _ASIDE + r"(?:(?:[\s\u00a0]*,[\s\u00a0]*(?:(?i:and)[\s\u00a0]+)?|[\s\u00a0]+(?i:and|&)"
    r"[\s\u00a0]+)" + _LISTED_NAME + _ASIDE + r")*"
    r"(?P<possessive>['\u2019]s?)?(?:[\s\u00a0]*,[^,;:.!?]*,)?"
    r"[\s\u00a0]*,?"
    r"(?:[\s\u00a0]+(?:" + _as_words(DOER_GAP_WORDS) + r"|_+['\u2019]s|(?i:\w+ly)(?!\w)))*"
    r"[\s\u00a0]+\Z"
)
# Just before a person's name: a role word and "by" or a label's colon ("directed by",
# "Director:"), or a doer's noun ("director Len Wiseman"), across the names of a list before
# the person's ("produced by Chad Stahelski, Basil Iwanyk and Erica Lee").
_DOER_BEFORE_TAIL = (
    r"(?:(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?i:and|&)[\s\u00a0]+)(?:"
    + _ANY_ROLE.pattern
    + r"))*"
    r"(?:" + _BEFORE_BY + r"[\s\u00a0]+(?i:by)[\s\u00a0]*:?|[\s\u00a0]*:|[\s\u00a0]*,)?[\s\u00a0]+"
    r"(?:" + _LISTED_NAME + r"(?:[\s\u00a0]*,[\s\u00a0]*(?:(?i:and)[\s\u00a0]+)?"
    r"|[\s\u00a0]+(?i:and|&)[\s\u00a0]+))*\Z"
)


# A participle clause after a comma, whose doer is its sentence's subject, and a role word:
# ", serving as a co-writer", ", having directed".
_SERVING_AS = re.compile(
    r",[\s\u00a0]+(?i:serving[\s\u00a0]+as|having)(?:[\s\u00a0]+(?i:a|an|the))?[\s\u00a0]+"
    r"(?=" + _ANY_ROLE.pattern + r")"
)


def _is_a_doers_noun(word: str) -> bool:
    """Whether the role word ``word`` names the one who does the deed ("director", "writer",
    "co-producers", a listing's "dir." with its full stop), not the deed ("direction",
    "script", "directed")."""
    return re.search(r"(?:er|or)s?\Z|\.\Z", word.casefold()) is not None


def _doer_of_the_role(blanked: str, spans: Sequence[tuple[int, int]], own: re.Pattern[str]) -> bool:
    """Whether the person named at one of ``spans`` of ``blanked`` (a credit's clause, its
    names and others' role words blanked) does a role word of ``own``: the person just before
    it, with only the words of :data:`DOER_GAP_WORDS` or adverbs between ("Len Wiseman
    directed", "Len Wiseman, the director", "Len Wiseman's direction"; a possessive before a
    doer's noun is another's: "Ana de Armas's director"), or just after a role word and "by"
    or a label's colon ("directed by Len Wiseman", "Director: Len Wiseman"), or after a
    doer's noun ("director Len Wiseman"). "Len Wiseman directed Ana de Armas", "Ana de Armas
    met the director", "whom Len Wiseman directed" are no credit of Ana de Armas."""
    for start, end in spans:
        # "Hatten is familiar with the universe, serving as a co-writer": the sentence's
        # subject serves.
        if not blanked[:start].strip() and _SERVING_AS.search(blanked, end):
            return True
        for word in own.finditer(blanked, end):
            gap = _DOER_AFTER.match(blanked[end : word.start()] + " ")
            # A doer's noun just before a name is that name's: "Ana de Armas and Ballerina
            # director Len Wiseman".
            named = re.match(r"[\s\u00a0]+(?:_|[A-Z])", blanked[word.end() :])
            if gap is not None and not (_is_a_doers_noun(word[1]) and (gap["possessive"] or named)):
                return True
        for word in own.finditer(blanked, 0, start):
            tail = re.match(_DOER_BEFORE_TAIL, blanked[word.end() : start])
            if tail is None:
                continue
            joined = blanked[word.end() : start]
            if re.search(r"[\s\u00a0](?i:by)[\s\u00a0]|:", joined) or _is_a_doers_noun(word[1]):
                return True
    return False


# Between a deed's role word and the person's name: a being verb and "by" ("Ballerina's
# screenplay is by Shay Hatten", "the direction was by").
_IS_BY_BEFORE = re.compile(
    r"[\s\u00a0]+(?i:is|was|are|were)(?:[\s\u00a0]+(?i:\w+ly))?[\s\u00a0]+(?i:by)[\s\u00a0]+\Z"
)


def _deed_is_by(blanked: str, spans: Sequence[tuple[int, int]], own: re.Pattern[str]) -> bool:
    """Whether a role word of ``own`` in ``blanked`` is, with a being verb and "by", said to
    be by the person named at one of ``spans``: "Ballerina's screenplay is by Shay Hatten".
    "The screenplay is by no means Shay Hatten's" is none."""
    return any(
        _IS_BY_BEFORE.search(blanked[word.end() : start])
        for start, _ in spans
        for word in own.finditer(blanked, 0, start)
    )


# Just after a person's name, in apposition: a comma, a blanked name's possessive and
# spaces ("Len Wiseman, _________'s director"); the blanked name is read in the written text.
_WORKS_POSSESSIVE_AFTER = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?P<work>_+(?:[\s\u00a0:]+_+)*)['\u2019]s?[\s\u00a0]+"
)
# After a doer's noun, another job's words: "director of photography", "writer of".
_OTHER_JOB_AFTER = re.compile(r"[\s\u00a0]+(?i:of)(?![\w'\u2019-])")


def _doer_in_apposition_to_the_work(
    written: str,
    blanked: str,
    spans: Sequence[tuple[int, int]],
    own: re.Pattern[str],
    work_names: Iterable[str],
) -> bool:
    """Whether the person named at one of ``spans`` of ``written`` (``blanked``, its names
    blanked) has the claim's subject's own doer's noun in apposition: a comma, one of
    ``work_names`` with its possessive and the noun ("Len Wiseman, Ballerina's director").
    "Ballerina, Len Wiseman's director", "Len Wiseman, Ana de Armas's director" and "Len
    Wiseman, Ballerina's director of photography" are none."""
    names = {" ".join(name.casefold().split()) for name in work_names}
    for _, end in spans:
        after = _WORKS_POSSESSIVE_AFTER.match(blanked, end)
        if after is None:
            continue
        word = own.match(blanked, after.end())
        if (
            word is None
            or not _is_a_doers_noun(word[1])
            or _OTHER_JOB_AFTER.match(blanked, word.end())
        ):
            continue
        work = written[after.start("work") : after.end("work")]
        if " ".join(work.casefold().split()) in names:
            return True
    return False


# The characters of each catalog named "The" and a title ("The Director"), as patterns of
# the title with its capitals after "the" in any case or a possessive: built once a catalog.
_CATALOG_TITLED_CHARACTERS: dict[int, re.Pattern[str] | None] = {}


def _built_titled_characters(catalog: Catalog) -> re.Pattern[str] | None:
    titles = {
        name.split(None, 1)[1]
        for character in catalog.characters
        for name in character.names
        if len(name.split(None, 1)) == 2 and name.split(None, 1)[0] == "The"
    }
    if not titles:
        return None
    escaped = "|".join(
        re.escape(title).replace(r"\ ", r"\s+") for title in sorted(titles, key=len, reverse=True)
    )
    return re.compile(
        r"(?:(?<![\w'\u2019-])(?i:the)\s+|['\u2019]s?\s+)(" + escaped + r")(?![\w'\u2019-])"
    )


def _without_titled_characters(text: str, catalog: Catalog) -> str:
    """``text`` with the title of each character of the catalog named "The" and a title
    ("The Director") blanked where it is written with its capitals after "the" or a
    possessive ("Anjelica Huston stars as the Director", "Anjelica Huston's Director"): the
    character's name, no role word ("Director Len Wiseman" keeps its role word)."""
    pattern = _of_catalog(_CATALOG_TITLED_CHARACTERS, catalog, _built_titled_characters)
    if pattern is None:
        return text
    return pattern.sub(
        lambda found: found[0][: found.start(1) - found.start()] + _BLANK.sub("_", found[1]),
        text,
    )


def _no_role_word_breach(
    claim: Claim,
    person: str,
    clause: tuple[str, str],
    own: re.Pattern[str],
    spans: Sequence[tuple[int, int]],
) -> Breach:
    """The breach of a credit with no word of its role in its person's clause: where the
    quote's clause writes one all the same, outside the clause of the person's name ("Ana de
    Armas is back, and in Ballerina she plays Rooney"), the message says so, and that a
    note quoting the word says whose it is; else it lists the role's words. ``clause`` is
    the quote's clause as written and with the catalog's names blanked; ``spans`` where the
    person's names are written in it."""
    written, blanked = clause
    stray = own.search(blanked)
    if stray is not None and spans:
        start, end, _ = _persons_clause(blanked, *spans[0])
        named = " ".join(written[start:end].split()).strip(" ,;:.")
        word = " ".join(written[stray.start(1) : stray.end(1)].split())
        message = (
            f"the quote writes {word!r}, but not in the clause of {person}'s name"
            f" ({named!r}), so not as a {claim.predicate.value} credit of {person}:"
            f" quote the words that give the part in that clause, or say in the note whose"
            f" {word!r} is, quoting {word!r}"
        )
        return Breach("credit role", "value.id", message)
    listed = ", ".join(map(repr, ROLE_WORDS[claim.predicate.value][:6]))
    message = (
        f"the quote writes no word of a {claim.predicate.value} credit of {person} in"
        f" its clause ({listed}, ...): quote the words that give the part, or quote in the"
        " note the words of the quote that give it and say how"
    )
    return Breach("credit role", "value.id", message)


def _where_figure_written(
    value: DateValue | Quantity, quote: str, *, last: bool = False
) -> tuple[int, int] | None:
    """Where the quote first (with ``last``, last) writes the date's year, or the figure
    (its number with the scale word or unit of time after it), from and to, or ``None``."""
    if isinstance(value, DateValue):
        year = str(value.date.year)
        at = quote.rfind(year) if last else quote.find(year)
        return None if at == -1 else (at, at + len(year))
    seconds = TIME_UNITS.get(value.unit.strip().casefold())
    amount = value.amount if seconds is None else value.amount * seconds
    return where_written(quote, amount, durations=seconds is not None, last=last)


def production_status_says_only_how_far(claim: Claim) -> list[Breach]:
    """A production status says how far a work has got, nothing a predicate of its own
    carries (a trailer, how a film is released or made available, official images)."""
    if claim.predicate.value != "production_status" or not isinstance(claim.value, Text):
        return []
    found = _OTHER_PREDICATE_WORDS.search(claim.value.text)
    if found is None:
        return []
    message = (
        f"{found[0]!r} belongs to a predicate of its own (trailer, distribution_format,"
        " promotional_material),"
        " not to a production status"
    )
    return [Breach("predicate meaning", "predicate", message)]


#: The words of a person's very last work (:func:`final_appearance_the_very_last`): "final"
#: or "last" (or "very last") before one work, in the singular ("final film", "last screen
#: role", "a final appearance"), or "swan song". The plural is one of several ("one of the
#: final appearances", "among his last films": ``one_of_the_final_appearances``), and so is
#: a work "next to last" or "second-to-last"; "posthumous" alone says the work came out after
#: the death, not that it was the last.
FINAL_WORK_NOUNS = (
    "appearance", "role", "film", "movie", "performance", "credit", "outing", "screen credit",
    "picture", "project", "part",
)  # fmt: skip
_VERY_LAST_WORK = re.compile(
    r"(?<![\w'\u2019-])(?i:(?:very[\s\u00a0]+)?(?:final|last)(?:[\s\u00a0]+[\w-]+)?[\s\u00a0]+"
    r"(?:"
    + _phrases(FINAL_WORK_NOUNS)
    + r")(?![\w'\u2019-])(?![\s\u00a0]+(?:"
    + _phrases(noun + "s" for noun in FINAL_WORK_NOUNS)
    + r")(?![\w'\u2019-]))|swan[\s\u00a0]+song)"
)
# What makes the very last one of several just before its words: "one of", "among", "next
# to", "second to" (up to four words between: "one of Lance Reddick's final ...").
_ONE_OF_SEVERAL_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:(?:one|some|two|three|several|a[\s\u00a0]+few|few)[\s\u00a0]+of"
    r"|among|amongst|(?:next|second|third)[\s\u00a0-]+to)(?:[\s\u00a0]+[\w'\u2019.-]+){0,4}?"
    r"[\s\u00a0]*\Z"
)
#: The words that make a final or last work the last of a span only, read after the words
#: of :data:`FINAL_WORK_NOUNS` in their clause (:func:`final_appearance_the_very_last`): one
#: before another ("final film but one", "last film before The Continental"; "before his
#: death" and "before he died" are the very last), the last so far ("to date", "so far",
#: "yet", "for now", "as of now", "until now", "up to now"), or of a year or season ("this
#: year", "of the year", "of 2024", "in 2024"). Patterns, read whole in any case.
NOT_THE_VERY_LAST_WORDS = (
    r"but\s+(?:one|two|three)",
    r"(?:before|prior\s+to)(?!\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:death|passing)"
    r"|(?:he|she|they)\s+(?:died|passed)))",
    r"to\s+date", r"so\s+far", r"yet", r"for\s+now", r"as\s+of\s+now", r"until\s+now",
    r"up\s+to\s+now", r"(?:this|that|last|next)\s+(?:year|season|summer|month)",
    r"of\s+the\s+(?:year|season|summer|decade|month)", r"(?:of|in|for)\s+(?:19|20)[0-9]{2}",
)  # fmt: skip
_NOT_THE_VERY_LAST = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(NOT_THE_VERY_LAST_WORDS) + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)
# The words that speak of a final or last work at all, named in a refusal.
_FINAL_FAMILY = re.compile(
    r"(?<![\w'\u2019])(?i:(?:final|last|posthumous(?:ly)?|penultimate)(?:[\s\u00a0]+[\w-]+){0,2})"
)


def _very_last_work_words(text: str) -> tuple[str | None, list[str]]:
    """The first words of ``text`` that call a work a person's very last, or ``None``, and
    the words read that make another such phrase one of several or the last of a span."""
    limited: list[str] = []
    for found in _VERY_LAST_WORK.finditer(text):
        several = _ONE_OF_SEVERAL_BEFORE.search(text[: found.start()])
        limit = _NOT_THE_VERY_LAST.search(_rest_of_clause(text[found.end() :]))
        if several is None and limit is None:
            return found[0], limited
        said = (several[0].strip() + " " if several else "") + found[0]
        limited.append(said + (f" {limit[0]}" if limit else ""))
    return None, limited


def final_appearance_the_very_last(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A ``final_appearance`` is a work its sentence calls the person's very last
    (:data:`FINAL_WORK_NOUNS`: "final film", "last screen role", "a final appearance",
    "swan song"), not one of several ("one of the final appearances", "among his last
    films", "second-to-last": ``one_of_the_final_appearances``), nor the last of a span
    (:data:`NOT_THE_VERY_LAST_WORDS`: "final film but one", "last film before The
    Continental", "final appearance to date", "last film this year"); "posthumous" alone
    calls no work the last. Otherwise a note quotes the words, elsewhere in the text, that
    call it the very last."""
    if claim.predicate.value != "final_appearance":
        return []
    sentence, _, _ = _quote_in_its_sentence(claim, catalog)
    said, limited = _very_last_work_words(sentence)
    if said is not None:
        return []
    if any(_very_last_work_words(passage)[0] for passage in note_passages(claim.note)):
        return []
    read = limited or [each[0] for each in _FINAL_FAMILY.finditer(sentence)]
    words = ", ".join(map(repr, read)) if read else "no 'final' or 'last' work"
    message = (
        f"the quote's sentence writes {words}, which calls the work no very last one: file"
        " a work among the last under one_of_the_final_appearances, or quote in the note"
        " the words that call it the person's very last ('final film', 'last appearance',"
        " 'swan song')"
    )
    return [Breach("predicate meaning", "predicate", message)]


# A word of a death, as a sentence writes it of a person or of a part.
_DEATH_WORD = re.compile(
    r"(?<![\w'\u2019-])(?i:di(?:e|es|ed)|dying|dead|deaths?|killed|kill(?:s|ing)?|murdered"
    r"|slain|perish(?:es|ed)?|pass(?:es|ed)?[\s\u00a0]+away|late)(?![\w'\u2019-])"
)
#: The words that bind a death to a part the person plays, not to the person
#: (:func:`death_not_a_characters`). Before the death word: a relative clause of a part
#: ("plays Winston, who dies", "as Winston, who is killed"), the part set off as its subject
#: ("Ian McShane, as Winston, dies", "(as Winston) dies"), a part played ("plays a dead man",
#: "portrays a dying hitman"); after it: "off" ("killed off", "bumped off"), "on screen",
#: "in character", "in the role of", and a story or a scene of one ("dies in the film",
#: "is killed in the sequel", "dies at the end of the movie", "in the third act"). Patterns,
#: read whole in any case; "dies in Ballerina", in a work of the catalog, is read too.
CHARACTER_DEATH_WORDS: dict[str, tuple[str, ...]] = {
    "before": (
        r"(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:e|es|ed|ing)|as)\s+[^,;:.()]{1,40}?"
        r",?\s+(?:who|whose\s+[\w-]+|which)(?:\s+[\w-]+){0,3}\s*",
        r"(?:,|\()\s*as\s+[^,;:.()]{1,40}(?:,|\))(?:\s+[\w-]+){0,3}\s*",
        r"(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|as)\s+(?:an?|the)(?:\s+[\w-]+)?\s+",
    ),
    "after": (
        r"off", r"on[\s-]?screen", r"in\s+character", r"in\s+the\s+(?:role|part)\s+of",
        r"(?:[\w-]+\s+)?(?:in|during|at\s+the\s+end\s+of|by\s+the\s+end\s+of|early\s+in"
        r"|late\s+in|midway\s+through|halfway\s+through)\s+(?:the|this|that|a|an)\s+"
        r"(?:(?:new|latest|upcoming|first|second|third|fourth|final|last|opening)\s+)?"
        r"(?:film|movie|sequel|prequel|spin-?off|series|show|episode|season|finale|story"
        r"|plot|franchise|book|novel|comic|game|scene|climax|act|opening|trailer|chapter"
        r"|installment|instalment)s?",
    ),
}  # fmt: skip
_CHARACTER_DEATH_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])(?=[a-z])|(?=[,(]))(?:"
    + "|".join(CHARACTER_DEATH_WORDS["before"])
    + r")\Z",
    re.IGNORECASE,
)
_CHARACTER_DEATH_AFTER = re.compile(
    r"[\s\u00a0]+(?:" + "|".join(CHARACTER_DEATH_WORDS["after"]) + r")(?![\w'\u2019-])",
    re.IGNORECASE,
)
_WORD_GOES_ON = re.compile(r"[\w'\u2019-]")
_IN_A_WORK = re.compile(r"[\s\u00a0]+(?i:in|during)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?")
_POSSESSED_PART = re.compile(
    r"([\w-]+)['\u2019]s?[\s\u00a0]+((?:[A-Z][\w'\u2019-]*[\s\u00a0]+){1,3})(?:[\w-]+[\s\u00a0]+){0,2}\Z"
)


def _characters_death(sentence: str, claim: Claim, catalog: Catalog) -> str | None:
    """The words of ``sentence`` that bind one of its deaths to a part, not to the claim's
    subject person (:data:`CHARACTER_DEATH_WORDS`), or ``None``."""
    subject_words = {
        word.casefold()
        for name in catalog.entity(claim.subject).names
        for word in _LOOKUP_WORD.findall(name)
    }
    films = _films_by_name(catalog)
    for death in _DEATH_WORD.finditer(sentence):
        before, after = sentence[: death.start()], sentence[death.end() :]
        part_before = _CHARACTER_DEATH_BEFORE.search(before)
        if part_before is not None:
            return " ".join(f"{part_before[0].lstrip(',( ')}{death[0]}".split())
        part_after = _CHARACTER_DEATH_AFTER.match(after)
        if part_after is not None:
            return " ".join(f"{death[0]}{part_after[0]}".split())
        possessed = _POSSESSED_PART.search(before)
        if possessed is not None and possessed[1].casefold() in subject_words:
            part = possessed[2].split()
            if not {word.casefold() for word in part} <= subject_words:
                return f"{possessed[1]}'s {' '.join(part)} {death[0]}"
        into = _IN_A_WORK.match(after)
        if into is not None:
            rest = after[into.end() :]
            named = [
                len(name)
                for name in films
                if rest.casefold().startswith(name) and not _WORD_GOES_ON.match(rest, len(name))
            ]
            if named:
                return " ".join(f"{death[0]}{after[: into.end()]}{rest[: max(named)]}".split())
    return None


def death_not_a_characters(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A death (``deceased``, ``date_of_death``) is the person's own, not that of a part the
    person plays: a death its sentence binds to a part (:data:`CHARACTER_DEATH_WORDS`:
    "plays Winston, who dies", "Ian McShane, as Winston, dies", "plays a dead man", "killed
    off", "dies in the film"; "dies in Ballerina", in a work of the catalog; "Lance
    Reddick's Charon dies", a part named after the person's possessive) is refused, unless
    the note quotes words of the text that give the person's own death."""
    if claim.predicate.value not in {"deceased", "date_of_death"}:
        return []
    sentence, _, _ = _quote_in_its_sentence(claim, catalog)
    said = _characters_death(sentence, claim, catalog)
    if said is None:
        return []
    noted = note_passages(claim.note)
    if any(
        _DEATH_WORD.search(passage) and _characters_death(passage, claim, catalog) is None
        for passage in noted
    ):
        return []
    message = (
        f"the quote's sentence binds its death to a part the person plays ({said!r}): a"
        " character's death in a story is no death of the person; quote in the note the"
        " words of the text that give the person's own death"
    )
    return [Breach("predicate meaning", "predicate", message)]


#: The words that say a work's production was since halted or undone, read after a
#: production status in its sentence (:func:`production_status_not_undone_or_superseded`):
#: "Ballerina 2 was greenlit, then cancelled", "..., but is now on hold". Phrases, read in
#: any case.
PRODUCTION_UNDONE_WORDS = (
    "cancelled", "canceled", "cancel", "cancels", "scrapped", "scraps", "shelved", "shelves",
    "axed", "on hold", "halted", "halts", "stalled", "stalls", "dead", "shut down",
    "shuts down", "pulled the plug", "pulls the plug", "abandoned", "abandons", "dropped",
    "drops", "nixed", "paused", "pauses", "in limbo", "in turnaround", "called off",
    "calls off", "fell through", "falls through", "killed", "kills",
)  # fmt: skip
_PRODUCTION_UNDONE = re.compile(_as_words(PRODUCTION_UNDONE_WORDS))


def _production_status_superseded(claim: Claim, catalog: Catalog) -> tuple[str, str] | None:
    """The words by which a production status's sentence says it was the status before a
    change (:data:`CHANGE_WORDS`: "previously greenlit", "once greenlit", "greenlit ...
    but has since been cancelled", "had been greenlit until"; or a word of
    :data:`PRODUCTION_UNDONE_WORDS` after it: "greenlit, then cancelled"), and where they
    stand; or ``None``."""
    if claim.predicate.value != "production_status" or not isinstance(claim.value, Text):
        return None
    sentence, quote_start, _ = _quote_in_its_sentence(claim, catalog)
    at = claim.evidence.quote.casefold().find(claim.value.text.casefold())
    if at == -1 or not claim.value.text.strip():
        return None
    start, end = quote_start + at, quote_start + at + len(claim.value.text)
    found = _superseded_by(sentence, start, end) or _status_put_in_the_past(
        sentence, start, end, claim.value.text
    )
    if found is not None:
        return found
    undone = _PRODUCTION_UNDONE.search(sentence, end)
    if undone is not None and not _PRODUCTION_UNDONE.search(claim.value.text):
        return " ".join(undone[0].casefold().split()), "after"
    return None


# A past perfect just before a production status: "had been in development", "'d been".
_PAST_PERFECT_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?P<words>(?i:had|['\u2019]d)(?:[\s\u00a0]+\w+ly)?[\s\u00a0]+(?i:been))"
    r"(?:[\s\u00a0]+[\w'\u2019-]+){0,2}?[\s\u00a0]*\Z"
)
# A past "was" or "were" just before a production status, and a "before" after it in its
# clause: "was in development before the box office flop".
_PAST_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:was|were)(?:[\s\u00a0]+\w+ly)?(?:[\s\u00a0]+[\w'\u2019-]+){0,2}?"
    r"[\s\u00a0]*\Z"
)
_BEFORE_AFTER = re.compile(r"(?<![\w'\u2019-])(?i:before|prior[\s\u00a0]+to)(?![\w'\u2019-])")


def _status_put_in_the_past(
    sentence: str, start: int, end: int, value: str
) -> tuple[str, str] | None:
    """The words that put a production status at ``start``-``end`` of ``sentence`` in a
    past now over, and where they stand: a past perfect just before it ("had been in
    development"), or a past "was" before it with "before" after it in its clause ("was in
    development before the box office flop"); or ``None``. Words the value holds are its
    own."""
    found = _PAST_PERFECT_BEFORE.search(sentence, 0, start)
    if found is not None and not _PAST_PERFECT_BEFORE.search(value):
        return " ".join(found["words"].casefold().split()), "before"
    if _PAST_BEFORE.search(sentence, 0, start) is not None:
        later = _BEFORE_AFTER.search(_rest_of_clause(sentence[end:]))
        if later is not None and not _BEFORE_AFTER.search(value):
            return " ".join(later[0].casefold().split()), "after"
    return None


def production_status_not_undone_or_superseded(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A production status its sentence says was since changed or undone
    (:func:`_production_status_superseded`: "Ballerina 2, previously greenlit, is on hold",
    "was greenlit, then cancelled", "once greenlit") has the status ``superseded``, or the
    claim's note quotes the words and says why it stands."""
    if claim.qualifiers.status in SUPERSEDED_STATUSES:
        return []
    found = _production_status_superseded(claim, catalog)
    if found is None:
        return []
    words, where = found
    if claim.note and words in " ".join(claim.note.split()).casefold():
        return []
    message = (
        f"the quote's sentence writes {words!r} {where} the production status, which makes it"
        f" {_SUPERSEDED}: give it the status 'superseded', or quote the words in the note"
        " and say why it stands"
    )
    return [Breach("superseded", "qualifiers.status", message)]


def production_status_ahead_a_forecast(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A production status its clause dates after the source's publication ("Ballerina 2
    begins filming in 2026" in an article of 2025) is a stage still ahead, a forecast: it has
    a status of :data:`FORECAST_STATUSES` (``scheduled``, ``expected``), ``hoped`` or
    ``speculated`` (or ``superseded``, a plan since changed), or the claim's note quotes the
    date and says how it is known."""
    if claim.predicate.value != "production_status" or not isinstance(claim.value, Text):
        return []
    status = claim.qualifiers.status
    if (
        status in _NOT_STATED_AS_PAST
        or status in SUPERSEDED_STATUSES
        or not claim.value.text.strip()
    ):
        return []
    published = _published(claim, catalog)
    if published is None or published.last_day is None:
        return []
    sentence, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    at = sentence.casefold().find(claim.value.text.casefold(), quote_start, quote_end)
    if at == -1:
        return []
    clause = claim.value.text + _rest_of_clause(sentence[at + len(claim.value.text) :])
    ahead = [
        clause[date.start : date.end]
        for date in _written_dates(clause)
        if date.year is not None and date.year > published.last_day[0]
    ]
    if not ahead or _note_quotes(claim, ahead[0]):
        return []
    message = (
        f"the production status's clause dates it {ahead[0]!r}, after the source's publication"
        f" ({published}): a stage still ahead is a forecast; give it the status 'scheduled' or"
        " 'expected', or quote the date in the note and say how it is known"
    )
    return [Breach("date published", "qualifiers.status", message)]


#: The predicates whose value is a stage a work reaches or an event of it (a trailer out,
#: official images out, a way to watch it), read by :func:`stage_not_yet_reached_kept_or_noted`.
STAGE_PREDICATES = frozenset(
    {"production_status", "trailer", "promotional_material", "distribution_format"}
)
#: Words that put a stage or an event still to come, or short of it, read of a text value of
#: :data:`STAGE_PREDICATES` in its clause, before it or after it to the clause's end
#: (:func:`stage_not_yet_reached_kept_or_noted`): a stage not reached yet ("has yet to be
#: greenlit", "yet to greenlight", "is still to come", "is to come", "still needs to be
#: greenlit", "needs a green light", "awaits the green light", "is awaiting", "is waiting to
#: be", "is still waiting on", "waits for", "is seeking a green light"), one near but not
#: reached ("a long way from being greenlit", "one step from", "a step away from", "all but
#: greenlit", "as good as greenlit", "almost", "nearly", "close to", "on the verge of", "on
#: the brink of", "on the cusp of", "in line for"; "practically", "virtually", "effectively",
#: "more or less", "in principle" greenlit: not yet so), or one stuck short of the next
#: ("in development hell", "in development purgatory"). The value keeps them ("has yet to be
#: greenlit"), or its note quotes them and says what they leave unreached. "can't wait to"
#: is eagerness, no stage short of one. Patterns, read whole in any case.
NOT_YET_WORDS = (
    r"yet\s+to", r"still\s+to", r"(?:is|are|was|were)\s+to\s+come",
    r"need(?:s|ed|ing)?", r"await(?:s|ed|ing)?", r"waiting\s+(?:to|on|for)",
    r"wait(?:s|ed)?\s+(?:on|for)", r"seek(?:s|ing)?", r"sought",
    r"(?:a\s+)?long\s+way\s+(?:away\s+)?from", r"(?:one|a|two|three|a\s+few)\s+steps?\s+"
    r"(?:away\s+)?from", r"all\s+but", r"as\s+good\s+as", r"almost", r"nearly",
    r"close\s+to", r"on\s+the\s+(?:verge|brink|cusp)\s+of", r"in\s+line\s+for",
    r"practically", r"virtually", r"effectively", r"more\s+or\s+less", r"in\s+principle",
    r"hell", r"purgatory",
)  # fmt: skip
_NOT_YET = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(NOT_YET_WORDS) + r")(?![\w'\u2019-])", re.IGNORECASE
)


def _not_yet_words(text: str) -> Counter[str]:
    """The :data:`NOT_YET_WORDS` ``text`` writes, folded, each with how many times."""
    return Counter(" ".join(found[0].casefold().split()) for found in _NOT_YET.finditer(text))


def stage_not_yet_reached_kept_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A text value of a stage or an event (:data:`STAGE_PREDICATES`: a production status,
    a trailer, promotional material, a way to watch) keeps the words of its clause that put
    it still to come or short of it (:data:`NOT_YET_WORDS`: "greenlit" from "Ballerina 2
    has yet to be greenlit", "needs a green light", "awaits the green light", "is all but
    greenlit"; "trailer" from "has yet to release a trailer", "Ballerina's trailer is still
    to come"), as a negation is kept (001-096's "has not been greenlit"); or the claim's
    note quotes them and says what they leave unreached."""
    if claim.predicate.value not in STAGE_PREDICATES or not isinstance(claim.value, Text):
        return []
    value, quote = claim.value.text, claim.evidence.quote
    tokens = _TOKEN.findall(quote)
    taken = _runs_end(value, tokens)
    if taken is None:
        return []
    after = _rest_of_clause("".join(tokens[taken:]) + lead_out(claim, catalog))
    before = _own_clause(lead_in(claim, catalog)) + "".join(tokens[:taken])
    ended = _CLAUSE_BEFORE.match(before)
    around = before[ended.end() if ended else 0 :] + after
    found = _not_yet_words(around) - _not_yet_words(value)
    found -= _not_yet_words(" ".join(note_passages(claim.note)))
    if not found:
        return []
    words = ", ".join(map(repr, found))
    message = (
        f"{short_repr(value)} leaves out its clause's {words}, which put it still to come or"
        ' short of it: keep the words in the value ("has yet to be greenlit"), or quote'
        " them in the note and say what they leave unreached"
    )
    return [Breach("value negation", "value.text", message)]


def no_film_read_from_an_order_word(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A step of a recap that begins with an order word ("Next, he avenged ...") is a claim
    of the work its quote names, or of the franchise: the order word names no film. The
    quote is read with its :func:`lead_in`: "he avenged ..." after "Next, " is such a step."""
    # A film/ id is a film's, or a work's the sources do not call a film or a series: the
    # claims of a franchise or a series may be read from an order word.
    if not claim.subject.startswith("film/"):
        return []
    read = lead_in(claim, catalog) + claim.evidence.quote
    if not _ORDER_WORD.match(read.lstrip()):
        return []
    if any(name in read for name in catalog.entity(claim.subject).names):
        return []
    message = (
        f"{claim.subject} is read from an order word, and the quote names no film: make it a"
        " claim of the franchise, with the order word"
    )
    return [Breach("order words", "subject", message)]


def hoped_when_the_quote_hopes(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A quote that expresses a hope, wish or intention (one of :data:`HOPE_WORDS`: "hope",
    "wish", "love to", "wants", "would like", "plans to", "intends to", "aims to", "dreams
    of", "keen to", "eager to", "longs to", ...) carries the status ``hoped``, no firmer
    one; so does one whose :func:`lead_in` holds one in the quote's clause ("Keanu Reeves
    in Ballerina" after "Wiseman wants "; not after "Fans want a sequel; ", another
    clause: :data:`CLAUSE_BREAK_WORDS`), or the words after it that :func:`_clause_after`
    reads ("..., we hope."), unless the note quotes it and says what it is of. A word inside a
    name of an entity of the catalog is the name's: "Hope Davis joins the
    cast" hopes nothing. In a plot, a want
    its value tells ("Eve wants revenge") is the story's, a character's: the words the
    plot's value holds count no more."""
    # A hope of another clause before the quote is of something else (CLAUSE_BREAK_WORDS).
    read = _own_clause(_read(claim, catalog)[1], len(lead_in(claim, catalog)))
    found = [match[0] for match in _HOPE.finditer(read)]
    if claim.predicate.value == "plot" and isinstance(claim.value, Text):
        told = Counter(match[0].casefold() for match in _HOPE.finditer(claim.value.text))
        left = Counter(word.casefold() for word in found) - told
        found = [word for word in found if left[word.casefold()] > 0]
    if not found or claim.qualifiers.status is Status.HOPED:
        return []
    status = claim.qualifiers.status
    # A past intention may be a plan since changed ("was planned to shoot in Prague before
    # moving to Budapest"): superseded, which the change's words back.
    past = HOPE_WORDS[HOPE_WORDS.index("wanted") :]
    if status is Status.SUPERSEDED and all(word.casefold() in past for word in found):
        return []
    message = (
        f"the quote is a hope, wish or intention ({found[0]!r}): its status is 'hoped', not"
        f" {status and status.value!r}{_noted_instead(claim, catalog, found[0], read, 'is of')}"
    )
    if all(word.casefold() in past for word in found):
        message += "; or 'superseded', where the sentence says the plan changed"
    return [Breach("hope status", "qualifiers.status", message)]


def _noted_instead(claim: Claim, catalog: Catalog, word: str, read: str, said: str) -> str:
    """How a hedge or hope ``word`` that ``read`` (a quote with its lead-in before it and
    the words after it, as :func:`_read` reads them) writes only outside the quote may be
    explained instead: the note quotes it and says what it ``said`` ("hedges", "is of").
    Empty where the quote writes it, which no note excuses."""
    lead = len(lead_in(claim, catalog))
    quote = read[lead : lead + len(claim.evidence.quote)]
    if re.search(_word_pattern(word), quote, re.IGNORECASE):
        return ""
    return f"; or, if it is of something else, quote it in the note and say what it {said}"


_HEDGE = _any_word(HEDGE_WORDS)
# "What I think is cool is that ...": a belief's verb as a noun clause's, no belief of the
# value; blanked, each place kept, before the hedges are sought.
_WHAT_ONE_THINKS = re.compile(
    r"\bwhat\s+(?:i|we|you|they|he|she)\s+(?:think|thinks|believe|believes)\b", re.IGNORECASE
)


# "Whatever its trailer may suggest, ...", "no matter what sources say": a concession, which
# sets what it names aside, no hedge of the value; blanked to its clause's end, each place
# kept, before the hedges are sought.
_CONCESSION = re.compile(
    r"\b(?:whatever|no\s+matter\s+what|regardless\s+of\s+what|despite\s+what)\b"
    r"[^,;:.!?()\u2013\u2014]*",
    re.IGNORECASE,
)
# "The highly anticipated Ballerina", "the much-anticipated sequel", "2025's most anticipated
# film": an adjective of eagerness, no expectation of a value (FEARING_WORDS); blanked, each
# place kept, before the hedges are sought.
_ANTICIPATED_ADJECTIVE = re.compile(
    r"\b(?:\w+ly|much|most|more|long)[\s-]+anticipated\b", re.IGNORECASE
)


def status_when_the_quote_hedges(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A quote that hedges (one of :data:`HEDGE_WORDS`: "might", "possible", "reportedly",
    "set to", "undisclosed", and the attributions, rumours, guesses, forecasts and targets
    of :data:`HEARSAY_WORDS`: "sources say", "rumor has it", "projected to", "targeting",
    ...; or of :data:`HEDGE_PATTERNS`: "Variety says", "(via Variety)", "..., the trailer
    suggests."; not a concession, "whatever its trailer may suggest", nor an adjective of
    eagerness, "the highly anticipated") gives its claim a status: with none, the claim
    would read as a plain fact. A hedge of its :func:`lead_in` counts ("return in Ballerina
    2" after "Keanu Reeves might "), but for one of another clause
    (:data:`CLAUSE_BREAK_WORDS`: "Critics expected little from the spin-off, but "), and
    one after it in its clause or a short aside
    (:func:`_clause_after`: "..., reportedly.", "..., Variety reports."), unless the note
    quotes it and says what it hedges (the message says so where the quote does not write
    it); a word inside a name of an entity of the catalog is the name's. A status given is
    one each hedge backs, not one only another word backs (:func:`_status_the_hedges_back`:
    "will reportedly open" is ``reported``, not ``scheduled``).

    A date is one still to come where a word of :data:`FUTURE_WORDS` stands before it in
    its sentence ("Ballerina will be released on May 30, 2025"; before the date's year,
    or anywhere in a quote that does not write it): with no status it would be preferred as
    a date stated firmly, so its status is one the word backs, ``scheduled`` or
    ``expected``."""
    status = claim.qualifiers.status
    if status in _STATUSES_NO_HEDGE_SETS:
        return []
    # A hedge of another clause before the quote is of something else (CLAUSE_BREAK_WORDS).
    read = _own_clause(_read(claim, catalog)[1], len(lead_in(claim, catalog)))
    hedged = _WHAT_ONE_THINKS.sub(lambda said: " " * len(said[0]), read)
    hedged = _ANTICIPATED_ADJECTIVE.sub(lambda said: " " * len(said[0]), hedged)
    hedged = _CONCESSION.sub(lambda said: " " * len(said[0]), hedged)
    if status is not None:
        return _status_the_hedges_back(claim, catalog, status, read, hedged)
    first = next(iter(_hedges_in(hedged, catalog)), None)
    found = None if first is None or _attribution_is_the_claim(read, first) else first
    how = "hedges"
    if found is None and isinstance(claim.value, DateValue):
        found, how = _FUTURE.search(_before_the_date(read, claim.value)), "puts the date to come"
    if found is None:
        return []
    backs = ", ".join(repr(status.value) for status in _hedge_statuses(found[0]))
    noted = _noted_instead(claim, catalog, found[0], read, "hedges")
    message = f"the quote {how} ({found[0]!r}): its status is one of {backs}, not None{noted}"
    return [Breach("hedge status", "qualifiers.status", message)]


#: The statuses a hedge does not choose: a hope ("we hope he might return": ``hoped``, the
#: hope's rule, :func:`hoped_when_the_quote_hopes`) and a value changed since ("was expected
#: to open June 7, 2024, then moved": ``superseded``, which the change's words back).
_STATUSES_NO_HEDGE_SETS = frozenset({Status.HOPED, Status.SUPERSEDED})


_PLAN_STATUSES = frozenset({Status.SCHEDULED, Status.EXPECTED})


def _hedge_statuses(word: str) -> tuple[Status, ...]:
    """The statuses a hedge word, as a text writes it, backs in :data:`STATUS_WORDS`; or
    those of the pattern of :data:`HEDGE_PATTERNS` it is."""
    folded = " ".join(word.casefold().split())
    found = tuple(status for status, words in STATUS_WORDS.items() if folded in words)
    if found:
        return found
    return next((statuses for pattern, statuses in _HEDGE_PATTERNS if pattern.fullmatch(word)), ())


_HEDGE_PATTERNS = [(re.compile(pattern), statuses) for pattern, statuses in HEDGE_PATTERNS.items()]


def _hedges_in(hedged: str, catalog: Catalog) -> list[re.Match[str]]:
    """The hedges ``hedged`` writes, in its order: the words of :data:`HEDGE_WORDS` and the
    patterns of :data:`HEDGE_PATTERNS`, but for a pattern's words inside a word's ("reports
    suggest that": the verb is the attribution's, whose status the phrase gives) and a
    pattern's name that writes a word of a name of the catalog ("Reeves said", a name of
    its own cut short, is his word, no outlet's)."""
    found = [*_HEDGE.finditer(hedged)]
    known = _name_words(catalog)[1]
    found += (
        each
        for pattern, _ in _HEDGE_PATTERNS
        for each in pattern.finditer(hedged)
        if not any(word.start() < each.end() and each.start() < word.end() for word in found)
        and not any(
            name.casefold() in known
            for name in _CAPITALISED.findall(each[0])
            if name.casefold() not in ("the", "via")
        )
    )
    return sorted(found, key=lambda each: each.start())


# A word that opens with a capital, as a name's words do.
_CAPITALISED = re.compile(r"(?<![\w'&+-])[A-Z][\w'&+-]*")


def _status_the_hedges_back(
    claim: Claim, catalog: Catalog, status: Status, read: str, hedged: str
) -> list[Breach]:
    """The breach of a claim whose status is not one that each hedge its quote's clause
    reads backs: "Ballerina will reportedly open June 6, 2026" is ``reported`` or
    ``unconfirmed``, never ``scheduled``, though "will" backs that; "probably opened" is
    ``speculated`` or ``expected``, never ``released``. A status both back ("likely to open"
    is ``expected``) stands. A word of a plan (one backing no status but ``scheduled`` or
    ``expected``: "set to", "slated") says how firm the plan is, and yields to the other
    hedges: "is reportedly set to return" is ``reported``."""
    if claim.id in HEDGE_OF_ANOTHER_THING:
        return []
    every = [
        (found, _hedge_statuses(found[0]))
        for found in _hedges_in(hedged, catalog)
        if not _attribution_is_the_claim(read, found)
    ]
    others = [(found, backs) for found, backs in every if not set(backs) <= _PLAN_STATUSES]
    for found, backs in others or every:
        if status in backs:
            continue
        listed = ", ".join(repr(each.value) for each in backs)
        noted = _noted_instead(claim, catalog, found[0], read, "hedges")
        message = (
            f"the quote hedges ({found[0]!r}): its status is one of {listed}, not"
            f" {status.value!r}, which the hedge does not back{noted}"
        )
        return [Breach("hedge status", "qualifiers.status", message)]
    return []


_FUTURE = _any_word(FUTURE_WORDS)
_ATTRIBUTION_ALONE = re.compile(r"\s*(?i:according\s+to)\b[^,;:.()\u2013\u2014]*\Z")


def _attribution_is_the_claim(read: str, found: re.Match[str]) -> bool:
    """Whether the hedge ``found`` in ``read`` is an "according to" that the whole of
    ``read`` is, attributing nothing the claim says: "According to producer Erica Lee"
    gives her occupation in the attribution's own words."""
    return found.start() == len(read) - len(read.lstrip()) and bool(
        _ATTRIBUTION_ALONE.fullmatch(read)
    )


def _before_the_date(read: str, value: DateValue) -> str:
    """The words of ``read`` (a quote after its lead-in) before the date's year where it
    last writes it ("In 2025, Ballerina will open on May 30, 2025"), in its sentence; all
    of its last sentence where it does not write the year."""
    span = _where_figure_written(value, read, last=True)
    return _sentence_before(read, len(read) if span is None else span[0])


def plain(text: str) -> str:
    """The text as a note may write it: plain spaces, straight quotes and apostrophes."""
    return text.translate(_PLAIN)


# What the notes' rules fold, once for each catalog: a source's text ("text", source id) and
# its claims' quotes, joined (("quotes", source id), or ("quotes", None) for every claim).
# Folding them for each claim's note made curating a file cost its claims times its text's
# length, and its claims squared. Each entry goes with its catalog.
_FOLDED: dict[int, dict[tuple[str, str | None], str]] = {}

#: Between the joined quotes: a lone surrogate, which no quote and no note holds (a record
#: refuses one, as no UTF-8 file holds it), so that no passage spans two quotes. A character
#: a quote may hold (U+0000 was) needed each quote searched for a passage holding it.
_BETWEEN_QUOTES = "\ud800"


def _folded(catalog: Catalog) -> dict[tuple[str, str | None], str]:
    return _of_catalog(_FOLDED, catalog, lambda _: {})


def _plain_text_of(catalog: Catalog, source_id: str) -> str:
    folded = _folded(catalog)
    key = ("text", source_id)
    if key not in folded:
        folded[key] = plain(catalog.text(source_id))
    return folded[key]


def _in_a_quote(passage: str, catalog: Catalog, source_id: str | None) -> bool:
    """Whether some claim's quote (of ``source_id``, or any) holds ``passage``, folded."""
    folded = _folded(catalog)
    key = ("quotes", source_id)
    if key not in folded:
        claims = catalog.claims if source_id is None else catalog.claims_from(source_id)
        folded[key] = _BETWEEN_QUOTES.join(plain(other.evidence.quote) for other in claims)
    return passage_in(passage, folded[key])


def note_passages(note: str | None) -> list[str]:
    """The passages a note quotes, each part of an elided one ("A ... B") on its own."""
    return [
        part.strip()
        for match in _NOTE_QUOTE.finditer(note or "")
        for part in re.split(r"\.\.\.|\u2026", next(group for group in match.groups() if group))
        if part.strip()
    ]


def notes_quote_the_text(
    note: str | None, texts: Iterable[str], field: str, *, folded: bool = False
) -> list[Breach]:
    """What a note quotes is in a source's text, word for word (``...`` leaves words out;
    a note may write plain spaces and straight quotes for the text's others). With
    ``folded``, the texts are given folded (:func:`plain`) already."""
    passages = note_passages(note)
    if not passages:
        return []
    plain_texts = list(texts) if folded else [plain(text) for text in texts]
    for passage in passages:
        # Each search counted against a curation's budget: a note of 1,200 passages on a
        # 10 MB text took 28 s.
        if not any(passage_in(plain(passage), text) for text in plain_texts):
            message = (
                f"the note quotes {short_repr(passage)}, which no text has: quote the text's"
                " words,"
                " or do not put them in quotation marks"
            )
            return [Breach("note quotes", field, message)]
    return []


def _dates_of(claim: Claim, catalog: Catalog) -> list[PartialDate]:
    """The dates a claim's note may work a relative date out from, or to: its value's, its
    qualifier's and its source's publication date (an interval's ends)."""
    dates: list[PartialDate | DateInterval | None] = [
        claim.value.date if isinstance(claim.value, DateValue) else None,
        claim.qualifiers.date,
        catalog.source(claim.source).published,
    ]
    found: list[PartialDate] = []
    for date in dates:
        if isinstance(date, DateInterval):
            found.extend(end for end in (date.start, date.end) if end is not None)
        elif date is not None:
            found.append(date)
    return found


def notes_hold_no_facts(
    claim: Claim,
    catalog: Catalog,
    reviewed_passages: Mapping[str, str] = NOTE_CONTEXT,
    reviewed_words: Mapping[str, str] = NOTE_FACT_WORDS,
) -> list[Breach]:
    """A note explains how the quote is read; a fact it states is a claim. The passages it
    quotes are in the claim's own sentence (its :func:`lead_in`, quote and :func:`lead_out`,
    whose words the rules read with the quote: "Critics expected little from the spin-off"
    before ", but Keanu Reeves appears in Ballerina" is quoted to say what it is of), in
    some claim's quote (of its own source, for its own text's words) or in its source's
    byline (:func:`_byline_passages`), and its own words use
    none of :data:`FACT_WORDS`, unless reviewed."""
    own_quote = plain(claim.evidence.quote)
    sentence = None
    byline = _byline_passages(claim, catalog)
    for passage in note_passages(claim.note) if claim.id not in reviewed_passages else ():
        folded = plain(passage)
        if folded in own_quote or folded in byline:  # the byline dates the source
            continue
        # The words of the quote's own sentence, which the rules read with it ("did not say
        # why, but" before it): the note says what they are of.
        if sentence is None:
            around = lead_in(claim, catalog), claim.evidence.quote, lead_out(claim, catalog)
            sentence = plain("".join(around))
        if folded in sentence:
            continue
        own_text = passage_in(folded, _plain_text_of(catalog, claim.source))
        if not _in_a_quote(folded, catalog, claim.source if own_text else None):
            message = (
                f"the note quotes {short_repr(passage)}, which no claim's quote holds: a fact"
                " there is a"
                " claim of its own; quote only to say how this quote is read"
            )
            return [Breach("note holds no fact", "note", message)]
    own_words = _NOTE_QUOTE.sub(" ", claim.note or "")
    # The year of the claim's own date, or of its source's, is how a relative date is
    # worked out ("'Next year' in an article dated August 4, 2023: 2024."), not a fact.
    worked_out = {str(date.year) for date in _dates_of(claim, catalog)}
    found = [word for word in FACT_WORDS.findall(own_words) if word not in worked_out]
    if found and claim.id not in reviewed_words:
        message = (
            f"the note's own words {', '.join(map(repr, found))} would state a fact: make it a"
            " claim, or say how the quote is read"
        )
        return [Breach("note holds no fact", "note", message)]
    return []


def title_finds_its_work(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A title claim's text finds its work: with ``films_titled``, or for a franchise among
    its names."""
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
        f"{short_repr(title)} does not find {work.id}: add it to the work's aliases, as the"
        " text writes it"
    )
    return [Breach("title findable", "value.text", message)]


#: The words just before a title in its clause that make it a title the work had before
#: ("formerly titled Dance of Death", "previously referred to as", "originally called",
#: "dropped the title", "ditched its working title", "renamed from", "once known as", "which
#: was then called", "at the time known as"): it is
#: a ``working_title``, or the claim's note quotes the words and says why it is another
#: kind. Patterns, read whole in any case.
FORMER_TITLE_WORDS = (
    "formerly", "previously", "originally", r"once\s+(?:known|titled|called|named)",
    r"(?:working|former|old|original|earlier|previous)\s+(?:title|name)",
    r"(?:dropped|drops|ditched|ditches|abandoned|scrapped|shed)\s+(?:the|its)"
    r"(?:\s+[^\W\d_]+)?\s+(?:title|name)",
    r"(?:renamed|retitled)\s+from",
    r"(?:then|at\s+the\s+time|at\s+that\s+time|back\s+then)\s+(?:known|titled|called|named|dubbed)",
)  # fmt: skip
_FORMER_TITLE = re.compile(r"\b(?:" + "|".join(FORMER_TITLE_WORDS) + r")\b", re.IGNORECASE)
#: The words just after a title (a comma or a closing quote between at most) that make it a
#: title the work had before: an "as" clause that says it was called so ("as it was known
#: during production", "as the film was called"), or a phrase of a time gone by ("in early
#: drafts", "during production", "at the time", "back then", "at first", "early on"), or an
#: apposition that names it so ("the film's working title"): it
#: is a ``working_title``, or the claim's note quotes the words and says why it is another
#: kind. Patterns, read whole in any case.
FORMER_TITLE_AFTER_WORDS = (
    r"as\s+(?:it|the\s+(?:film|movie|project|spin-?off|spinoff))\s+(?:was|had\s+been)"
    r"(?:\s+(?:then|once|first|still|[^\W\d_]+ly))?\s+(?:known|titled|called|named|dubbed|billed)",
    r"in\s+(?:its\s+|the\s+|an\s+|a\s+)?(?:early|earlier|earliest|first|initial|original"
    r"|previous|old|older)\s+(?:drafts?|scripts?|versions?|stages?|days|development|pitch(?:es)?)",
    r"during\s+(?:its\s+|the\s+)?(?:production|development|pre-?production|filming|shooting"
    r"|shoot|principal\s+photography)",
    r"at\s+(?:the|that)\s+time", r"back\s+then", r"at\s+first", r"at\s+one\s+point",
    r"early\s+on",
    # An apposition that names it so: "John Wick: Ballerina, the film's working title".
    r"(?:its|the\s+(?:film|movie|project|spin-?off|spinoff)['\u2019]s)\s+(?:working|former"
    r"|original|old|earlier|previous)\s+(?:title|name)",
)  # fmt: skip
_FORMER_TITLE_AFTER = re.compile(
    r"[\"\u201d'\u2019*_]?[\s\u00a0]*,?[\s\u00a0]*(?:"
    + "|".join(FORMER_TITLE_AFTER_WORDS)
    + r")\b",
    re.IGNORECASE,
)
# The end of a title's clause before it, an opening quote or mark of italics at most: the
# words of a title turned down ("passed on the title") stand just before the title.
_JUST_BEFORE_THE_TITLE = r"(?=[\s\u00a0\"\u201c'\u2018*_]*\Z)"
#: The words by a title in its sentence that make it no title of the work: one rejected
#: ("The rejected title Ballerina Rising", "considered the title ... but chose", "Ballerina
#: Rising was dropped", "was rejected", "was turned down", ", which Lionsgate rejected,";
#: and just before it, "passed on
#: the title", "a title Lionsgate chose over", "went with Ballerina over", "instead of"),
#: one only thought of ("toyed with calling Ballerina", "considered naming it") or one its
#: fans give it ("Fans jokingly call it", "nicknamed", "a nickname", "as fans call it"). No
#: kind fits such a title, so the claim's note quotes the words and says why it stands.
#: Patterns, read whole in any case: those of ``"before"`` in the title's clause before it
#: (a turned-down title's just before it), those of ``"after"`` just after it.
NOT_A_TITLE_WORDS = {
    "before": (
        r"(?:rejected|discarded|unused|proposed|considered|mooted|floated|alternate)"
        r"\s+(?:title|name)",
        r"(?:considered|considers|proposed|floated|pitched|mooted|rejected|nixed|vetoed)"
        r"\s+(?:the|a)(?:\s+[^\W\d_]+)?\s+(?:title|name)",
        r"(?:fans|viewers|audiences|some|many|critics)(?:\s+[^\W\d_]+ly)?"
        r"\s+(?:call|calls|called|dub|dubbed|nickname|nicknamed)",
        r"nicknamed", r"(?:a|its|the)\s+nickname",
        # A title only thought of: "toyed with calling Ballerina", "considered naming it".
        r"(?:toy|toys|toyed|toying|flirt|flirts|flirted|flirting)\s+with(?:\s+the\s+idea\s+of)?"
        r"\s+(?:calling|naming|titling)",
        r"(?:consider|considers|considered|considering|contemplate|contemplates|contemplated"
        r"|contemplating|weigh|weighs|weighed|weighing|debate|debates|debated|debating|mull"
        r"|mulls|mulled|mulling|(?:think|thinks|thought|thinking)\s+(?:about|of))"
        r"\s+(?:calling|naming|titling|retitling|renaming)",
        # A title turned down, just before it: "passed on the title", "chose Ballerina over",
        # "instead of".
        r"(?:pass|passes|passed|passing)\s+on(?:\s+(?:the|a|its)(?:\s+[^\W\d_]+)?"
        r"\s+(?:title|name))?" + _JUST_BEFORE_THE_TITLE,
        r"(?:choose|chooses|chose|chosen|choosing|pick|picks|picked|picking|prefer|prefers"
        r"|preferred|preferring|favou?r|favou?rs|favou?red|favou?ring|select|selects|selected"
        r"|selecting|(?:go|goes|went|gone|going)\s+with)(?:\s+[\w'\u2019:-]+){0,5}?\s+over"
        + _JUST_BEFORE_THE_TITLE,
        r"(?:instead\s+of|rather\s+than)" + _JUST_BEFORE_THE_TITLE,
    ),
    "after": (
        r"(?:was|were|is|has\s+been|had\s+been)\s+(?:dropped|rejected|discarded|scrapped"
        r"|nixed|vetoed|turned\s+down|passed\s+over|shot\s+down)",
        # A relative clause that turns it down, its verb ending the clause: "which
        # Lionsgate rejected", "that was later dropped", "which the studio passed on".
        r"(?:which|that)(?:\s+[\w'\u2019-]+){0,4}?\s+(?:rejected|dropped|discarded|scrapped"
        r"|nixed|vetoed|abandoned|ditched|shelved|turned\s+down|passed\s+on|passed\s+over"
        r"|shot\s+down)(?=[\s\u00a0]*(?:[,.;:!?)\u2013\u2014]|\Z))",
        # A nickname: "as fans call it", "as some jokingly dub it".
        r"as\s+(?:fans|viewers|audiences|some|many|critics|people|everyone|[^\W\d_]+\s+fans)"
        r"(?:\s+[^\W\d_]+ly)?\s+(?:call|calls|called|dub|dubs|dubbed|nickname|nicknames"
        r"|nicknamed|know|knew)\s+it",
    ),
}  # fmt: skip
_NOT_A_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(NOT_A_TITLE_WORDS["before"]) + r")\b", re.IGNORECASE
)
_NOT_A_TITLE_AFTER = re.compile(
    r"[\"\u201d'\u2019*_]?[\s\u00a0]*,?[\s\u00a0]*(?:"
    + "|".join(NOT_A_TITLE_WORDS["after"])
    + r")\b",
    re.IGNORECASE,
)


def _not_a_title_words(before: str, after: str) -> str | None:
    """The words of :data:`NOT_A_TITLE_WORDS` in ``before`` (a title's clause before it) or
    just at the start of ``after`` (what follows it), or ``None``."""
    if found := list(_NOT_A_TITLE_BEFORE.finditer(before)):
        return " ".join(found[-1][0].split())
    if (following := _NOT_A_TITLE_AFTER.match(after)) is not None:
        return " ".join(following[0].replace(",", " ").split())
    return None


# What ends a clause before a title: its words before that are no part of its clause.
_CLAUSE_BEFORE = re.compile(r".*(?:[;:()\u2013\u2014]|" + _CLAUSE_COMMA + ")", re.DOTALL)


def title_kind_read_from_its_quote_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A title its quote, or the words before it in its sentence (:func:`lead_in`), gives as
    one the work had before (:data:`FORMER_TITLE_WORDS` in the title's clause before it:
    "Ballerina was formerly titled Dance of Death", "dropped the title Dance of Death", "which
    was then called"), or one the words just after it say was held once
    (:data:`FORMER_TITLE_AFTER_WORDS`: "as it was known during production", "in early
    drafts"), or that its sentence says was changed since (:data:`CHANGE_WORDS`: "retitled
    Ballerina as ...", "known during production as", "was called Ballerina until March"), is
    a ``working_title``, or the claim's note quotes those words and says why it is another
    kind. A title its sentence rejects, only considers or gives as a nickname
    (:data:`NOT_A_TITLE_WORDS`: "The rejected title ...", "passed on the title", "toyed with
    calling Ballerina ...", "Fans jokingly call it ...", "... as fans call it") is no title of
    the work, of any kind: the claim's note quotes those words and says why it stands."""
    if claim.predicate.value != "title" or not isinstance(claim.value, Text):
        return []
    kind = claim.qualifiers.title_kind
    rejected = _no_title_of_the_work(claim, catalog, claim.value)
    if rejected or kind is TitleKind.WORKING_TITLE:
        return rejected
    quote = claim.evidence.quote
    at = quote.casefold().find(claim.value.text.casefold())
    lead = lead_in(claim, catalog)
    before = lead + quote[: max(at, 0)]
    clause = before[(ended.end() if (ended := _CLAUSE_BEFORE.match(before)) else 0) :]
    found = list(_FORMER_TITLE.finditer(clause))
    if found:
        words, where = " ".join(found[-1][0].split()), "before"
    elif at == -1:
        return []
    elif held := _former_title_after(quote[at + len(claim.value.text) :], claim, catalog):
        words, where = held, "just after"
    else:
        # A title its sentence says was changed since ("retitled Ballerina as ...").
        sentence = before + quote[at:] + lead_out(claim, catalog)
        superseded = _superseded_by(
            sentence, len(before), len(before) + len(claim.value.text), title=True
        )
        if superseded is None:
            return []
        words, where = superseded
    if claim.note and words.casefold() in " ".join(claim.note.split()).casefold():
        return []
    said = "no kind" if kind is None else repr(kind.value)
    message = (
        f"the quote writes {words!r} {where} the title, which makes it a title the work had"
        f" before: give the kind 'working_title', not {said}, or quote the words in the note"
        " and say why"
    )
    return [Breach("title kind", "qualifiers.title_kind", message)]


def _former_title_after(after: str, claim: Claim, catalog: Catalog) -> str | None:
    """The words of :data:`FORMER_TITLE_AFTER_WORDS` just after a title (``after``, the
    quote's words after it, read on into its sentence), or ``None``."""
    found = _FORMER_TITLE_AFTER.match(after + lead_out(claim, catalog))
    if found is None:
        return None
    return " ".join(found[0].replace(",", " ").strip("\"\u201d'\u2019*_ \u00a0").split())


#: The words before or in a credit's or filming location's clause that make it the first
#: set and changed since (of :data:`CHANGE_WORDS` "before"; not "previously" nor
#: "formerly", which tell of another work: "Keanu Reeves previously starred in ...").
_FIRST_CREDIT = re.compile(
    _as_words(w for w in CHANGE_WORDS["before"] if w not in ("previously", "formerly"))
)
# The successor of a hand-over, just after the value: "Chad Stahelski took over".
_SUCCESSOR_AFTER = re.compile(
    r"(?:[\s\u00a0]+[\w'\u2019.-]+){0,2}?[\s\u00a0]+"
    + _as_words(("took over", "taken over", "takes over", "got the part", "replaced", "stepped in"))
)
# A word between a first-set word and the value that ends its reach: "but", "now".
_SINCE_BETWEEN = re.compile(_as_words(("but", "now", "before", "until", "then")))


def _credit_or_location_superseded(claim: Claim, catalog: Catalog) -> tuple[str, str] | None:
    """The words by which a cast or crew credit's or filming location's sentence says it was
    the first set and changed since (:data:`CHANGE_WORDS`), and where they stand; or
    ``None``: "originally starred", "initially written by", "first cast ..., but X took
    over", "had been cast ... before X got the part", "was to be filmed in Prague, but
    production moved to Budapest". The successor of a hand-over ("Chad Stahelski took
    over") is the credit stated."""
    value = claim.value
    names: tuple[str, ...]
    if (
        isinstance(value, EntityRef)
        and claim.predicate.value in ROLE_WORDS
        and value.id.startswith("person/")
    ):
        names = catalog.entity(value.id).names
    elif isinstance(value, Text) and claim.predicate.value == "filming_location":
        names = (value.text,)
    else:
        return None
    sentence, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    places = [
        found
        for name in names
        if name.strip()
        for found in re.finditer(re.escape(name), sentence, re.IGNORECASE)
        if found.start() >= quote_start and found.end() <= quote_end
    ]
    if not places:
        return None
    at = min(places, key=lambda found: found.start())
    if _SUCCESSOR_AFTER.match(sentence, at.end()):
        return None  # the one who took over: the credit stated
    marks = [found.end() for found in _CHANGE_CLAUSE_MARK.finditer(sentence, 0, at.start())]
    ends = _CHANGE_CLAUSE_MARK.search(sentence, at.end())
    start, end = (marks[-1] if marks else 0), (ends.start() if ends else len(sentence))
    for first in _FIRST_CREDIT.finditer(sentence, start, end):
        if first.start() < at.start() and _SINCE_BETWEEN.search(sentence, first.end(), at.start()):
            continue  # "originally Len Wiseman, but now Chad Stahelski"
        return " ".join(first[1].casefold().split()), "in the clause of"
    return _moved_from_or_handed_over(sentence, start, at)


def _moved_from_or_handed_over(
    sentence: str, start: int, at: re.Match[str]
) -> tuple[str, str] | None:
    """The words that make the credit or place written ``at`` the old value of a change
    (its clause from ``start``): the verb and "from" before it ("moved from Prague to
    Budapest", "moved the Ballerina shoot from"), or a hand-over after it; or ``None``."""
    if (moved := _change_from(sentence[start : at.start()])) is not None:
        return moved.casefold(), "before"
    if (replaced := _REPLACED_JUST_AFTER.match(sentence, at.end())) is not None:
        return " ".join(replaced[1].casefold().split()), "just after"  # "(now Chad Stahelski)"
    if (handed := _HANDED_OVER_AFTER.search(sentence, at.end())) is not None:
        return " ".join(handed[0].casefold().split()), "after"
    return None


# The part given to another after a credit, in the credit's sentence: "..., though the job
# went to Chad Stahelski", "..., but Chad Stahelski ended up directing it", "..., a job Chad
# Stahelski eventually took".
_JOB_GIVEN_TO_ANOTHER_AFTER = re.compile(
    _as_words(("but", "though", "although", "yet", "only for"))
    + r"(?:[\s\u00a0]+[\w'\u2019.-]+){0,4}?[\s\u00a0]+"
    + _as_words(("ended up", "wound up", "went to", "goes to", "going to", "instead"))
    + r"|"
    + _as_words(("a job", "the job", "a role", "the role", "a part", "the part", "a gig"))
    + r"(?:[\s\u00a0]+[\w'\u2019.-]+){0,4}?[\s\u00a0]+"
    + _as_words(("took", "takes", "went to", "goes to", "landed", "got", "filled", "inherited"))
)


def _job_given_to_another(claim: Claim, catalog: Catalog) -> tuple[str, str] | None:
    """The words after a person's credit, in its sentence, that give the part to another
    (:data:`_JOB_GIVEN_TO_ANOTHER_AFTER`), and where they stand; or ``None``."""
    if claim.predicate.credit is None or not isinstance(claim.value, EntityRef):
        return None
    read = claim.evidence.quote + lead_out(claim, catalog)
    names = catalog.entity(claim.value.id).names
    written = [found.end() for name in names for found in _name_pattern(name).finditer(read)]
    found = _JOB_GIVEN_TO_ANOTHER_AFTER.search(read, min(written, default=0))
    if found is None:
        return None
    return " ".join(found[0].casefold().split()), "after"


def former_credit_or_location_superseded_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A cast or crew credit or a filming location that its sentence says was the first set
    and changed since (:func:`_credit_or_location_superseded`: "Ballerina originally
    starred ...", "was initially written by", "was first hired to direct Ballerina, but
    Chad Stahelski took over", "had been cast in Ballerina before Unity Phelan got the
    part", "was to be filmed in Prague, but production moved to Budapest"), or a credit
    whose part its sentence gives to another after the name (:func:`_job_given_to_another`:
    "..., though the job went to Chad Stahelski", "but Chad Stahelski ended up directing
    it", "a job Chad Stahelski eventually took") has the status ``superseded``, or the
    claim's note quotes the words and says why it stands."""
    if claim.qualifiers.status in SUPERSEDED_STATUSES:
        return []
    found = _credit_or_location_superseded(claim, catalog) or _job_given_to_another(claim, catalog)
    if found is None:
        return []
    words, where = found
    if claim.note and words in " ".join(claim.note.split()).casefold():
        return []
    what = "filming location" if isinstance(claim.value, Text) else "credit"
    message = (
        f"the quote's sentence writes {words!r} {where} the {what}, which makes it"
        f" {_SUPERSEDED}: give it the status 'superseded', or quote the words in the note"
        " and say why it stands"
    )
    return [Breach("superseded", "qualifiers.status", message)]


def _no_title_of_the_work(claim: Claim, catalog: Catalog, title: Text) -> list[Breach]:
    """A title its sentence rejects or gives as a nickname (:data:`NOT_A_TITLE_WORDS`), of
    any kind, unless the claim's note quotes those words."""
    quote = claim.evidence.quote
    at = quote.casefold().find(title.text.casefold())
    before = lead_in(claim, catalog) + quote[: max(at, 0)]
    clause = before[(ended.end() if (ended := _CLAUSE_BEFORE.match(before)) else 0) :]
    after = "" if at == -1 else quote[at + len(title.text) :] + lead_out(claim, catalog)
    words = _not_a_title_words(clause, after)
    if words is None or (
        claim.note and words.casefold() in " ".join(claim.note.split()).casefold()
    ):
        return []
    message = (
        f"the quote writes {words!r} by the title, which makes it no title of the work (one"
        " rejected or only considered, or a nickname): quote the words in the note and say why"
        " it stands"
    )
    return [Breach("title kind", "qualifiers.title_kind", message)]


def names_written_as_a_source_writes_them(
    entity: Entity, texts: str, written: Collection[str] = ()
) -> list[Breach]:
    """Every title, name and alias of an entity is written as some source writes it.
    ``written`` holds names already found so (:func:`._verify.names_written`, one pass for
    many names), which are not searched for again."""
    for position, name in enumerate(entity.names):
        if name not in written and name not in texts:
            field = _name_field(entity, position)
            message = (
                f"{short_repr(name)} is not written so in any source: write it as a text writes it"
            )
            return [Breach("names as written", field, message)]
    return []


#: The words just before a new title of a known work that write it as one of the work's
#: titles: "titled", "called", "known as", "aka", "retitled", "renamed", "under the title",
#: "subtitled", and "known" or "released" with up to three words before "as" ("known in
#: France as"; a colon, a comma or an opening quote may stand between). A new alias is
#: written so, or in a title's quotes or italics ("Ballerina", *Ballerina*), or as a
#: colon subtitle of a title the work has ("From the World of John Wick: Ballerina"), or
#: it is refused (:func:`new_title_written_as_a_title`): "Ballerina opens against
#: Materialists" gives the spin-off no title "Materialists".
TITLE_GIVING_WORDS = (
    "titled", "entitled", "retitled", "retitled to", "retitled as", "called", "is called",
    "known as", "also known as", "aka", "a.k.a.", "renamed", "renamed to", "renamed as",
    "rebranded as", "under the title", "under the name", "named", "subtitled",
    "new title", "the title", "its title", "title of",
)  # fmt: skip
_TITLE_GIVEN_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:"
    + _phrases(TITLE_GIVING_WORDS)
    # "known in France as", "released in the UK as": up to three words between.
    + r"|(?:known|released)(?:[\s\u00a0]+[\w'\u2019-]+){0,3}[\s\u00a0]+as"
    + r")[\s\u00a0]*[:,]?"
    r"[\s\u00a0]*['\"\u2018\u201c*_]?\Z"
)
# The words of a clause that own a thing: a possessive, "its", "of", "to".
_OWNING_WORDS = re.compile(r"['\u2019]s\b|(?<![\w'\u2019-])(?i:its|of|to)(?![\w'\u2019-])")
# A word of TITLE_GIVING_WORDS opening a clause: "Ballerina's sequel, titled ...".
_TITLE_GIVEN_OPENING = re.compile(
    r"[\s\u00a0]*(?i:"
    + _phrases(TITLE_GIVING_WORDS)
    + r"|(?:known|released)(?:[\s\u00a0]+[\w'\u2019-]+){0,3}[\s\u00a0]+as)(?![\w-])"
)
# The quote marks and italics that open a title, each with the one that closes it.
_TITLE_MARKS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'", "*": "*", "_": "_"}


def _written_as_a_title(name: str, text: str, known: Collection[str]) -> bool:
    """Whether ``text`` writes ``name`` as a title: after a word of
    :data:`TITLE_GIVING_WORDS`, in a title's quotes or italics, or as a colon subtitle of
    one of the work's ``known`` titles (either side of the colon)."""
    folded = {" ".join(title.casefold().split()) for title in known}
    sides = [" ".join(side.casefold().split()) for side in name.split(":")]
    if len(sides) > 1 and any(side in folded for side in sides):
        return True
    at = text.find(name)
    while at >= 0:
        before, after = text[:at], text[at + len(name) :]
        opening = before[-1:]
        if _TITLE_GIVEN_BEFORE.search(before) or (
            opening in _TITLE_MARKS and after.startswith(_TITLE_MARKS[opening])
        ):
            return True
        subtitle = re.search(r"([^\n.;!?]{1,80}?):[\s\u00a0]*\Z", before)
        if subtitle is not None and any(
            " ".join(subtitle[1].casefold().split()).endswith(title) for title in folded
        ):
            return True
        at = text.find(name, at + 1)
    return False


def new_title_written_as_a_title(film: Film, text: str, known: Collection[str]) -> list[Breach]:
    """Each new title of a known work (a name of ``film`` that the catalog's ``known`` names
    lack) is written in the source's ``text`` as a title of it
    (:func:`_written_as_a_title`: "now called Ballerina: Chapter Zero", "retitled", "aka",
    in quotes or italics, a colon subtitle of a title it has); any capitalized words the
    text writes are no title of it ("Ballerina opens against Materialists")."""
    for position, name in enumerate(film.names):
        if name in known or _written_as_a_title(name, text, known):
            continue
        message = (
            f"{short_repr(name)} is a new title of {film.id}, but the text does not write it as"
            " one (after a word such as 'titled', 'called', 'known as', 'aka' or 'retitled',"
            " in a title's quotes or italics, or as a colon subtitle of a title the work has):"
            " add it only from a text that gives it as the work's title"
        )
        field = _name_field(film, position)
        # An alias is a record of its own: the line of its name.
        field += ".name" if field.startswith("aliases[") else ""
        return [Breach("new title written", field, message)]
    return []


def _name_field(entity: Entity, position: int) -> str:
    """The field of an entity's name at ``position`` of its ``names``."""
    field = "title" if isinstance(entity, Film) else "name"
    return field if position == 0 else f"aliases[{position - 1}]"


#: A name written as an id is: a kind's prefix, a slash and a slug, in any case
#: ("person/jane-doe", "Film/X").
_ID_SHAPED = id_pattern(*dict.fromkeys(kind.prefix for kind in KINDS), flags=re.IGNORECASE)


def no_name_shaped_like_an_id(entity: Entity) -> list[Breach]:
    """No title, name or alias is written as an id is ("person/jane-doe"): that is an id
    taken for a name."""
    for position, name in enumerate(entity.names):
        if _ID_SHAPED.fullmatch(name.strip()):
            message = (
                f"{short_repr(name)} is written as an id is: give the name as the text writes"
                " it (a claim names an entity of the catalog by its id)"
            )
            return [Breach("names not ids", _name_field(entity, position), message)]
    return []


def no_name_of_another_entity(
    entity: Entity, named: Mapping[str, Iterable[Entity]]
) -> list[Breach]:
    """No title, name or alias is one that another entity of the same kind has, folded as
    the lookups fold names (``named`` holds the entities by folded name): an entity of that
    name is that entity. Works of one title are told apart by their year, one no other of
    them has, or by a description; the records of people, characters and organizations
    have no field that could tell two of one name apart."""
    kind = kind_of(entity)
    for position, name in enumerate(entity.names):
        others = sorted(
            (other for other in named.get(normalize(name), ()) if other.id != entity.id),
            key=lambda other: other.id,
        )
        others = [other for other in others if kind_of(other) == kind]
        if not others:
            continue
        if isinstance(entity, Film):
            years = {getattr(other, "year", None) for other in others}
            if entity.description or (entity.year is not None and entity.year not in years):
                continue
            apart = (
                "; if it is another work, give it a year no work of that title has or a"
                " description that tells it apart"
            )
        else:
            section = row_of(entity).section
            apart = f" (the catalog cannot tell two {section} of one name apart)"
        what = "title" if isinstance(entity, Film) and position == 0 else "name"
        message = f"{short_repr(name)} is the {what} of {others[0].id} already: use that id{apart}"
        return [Breach("names of one entity", _name_field(entity, position), message)]
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
    if new:
        shown = ", ".join(dict.fromkeys(map(repr, new)))
        message = f"{shown}: no source uses these words; describe the work in the sources' words"
        return [Breach("description words", "description", message)]
    return []


def year_written_by_a_source(film: Film, catalog: Catalog) -> list[Breach]:
    """A work's year is written, as a number of its own ("2024" in "the 2024 spin-off"), with
    the work: in a sentence of a source's text that names it (its title or an alias, as
    the text writes it), in the sentence of a claim about it (its quote, with the words
    before and after it there), or in the note of such a claim, which says how the year is
    inferred ("only 6 October 2023 is a Friday"). A year no source gives with the work is
    a fact of no source: the digits of another name ("Blade Runner 2049",
    :func:`_without_dated_names`) or of a sentence about something else are no year of it.
    """
    if film.year is None:
        return []
    year = re.compile(rf"(?<![0-9]){film.year}(?![0-9])")
    for claim in catalog.claims:
        if claim.subject != film.id:
            continue
        evidence = claim.evidence
        sentence = lead_in(claim, catalog) + evidence.quote + lead_out(claim, catalog)
        if year.search(_without_dated_names(sentence, catalog)) or year.search(claim.note or ""):
            return []
    # Each place a text writes the year (few), then its sentence: not each of the names.
    for text in catalog.texts.values():
        for found in year.finditer(text):
            sentence = _sentence_around(text, found.start())
            named = any(_name_pattern(name).search(sentence) for name in film.names)
            if named and year.search(_without_dated_names(sentence, catalog)):
                return []
    message = (
        f"no source writes the year {film.year} with the work (in a sentence that names it, a"
        " claim about it or that claim's note): leave it out, or curate a source that gives it"
    )
    return [Breach("year words", "year", message)]


def _sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` that holds the place ``at``: from the last sentence end
    before it, looked for in a stretch just before it that grows until one is found (not
    from the text's start: a long text writes a year many times), to the next one."""
    reach = 512
    while True:
        begin = max(0, at - reach)
        ends = [found.end() for found in _SENTENCE_END.finditer(text, begin, at)]
        if ends or begin == 0:
            break
        reach *= 4
    end = _SENTENCE_END.search(text, at)
    return text[ends[-1] if ends else 0 : len(text) if end is None else end.end()]


def description_quotes_are_source_passages(film: Film, texts: str) -> list[Breach]:
    """What a work's description quotes is a passage of a source."""
    for passage in re.findall(r'"(.+?)"', film.description or ""):
        if passage not in texts:
            message = f"the description quotes {short_repr(passage)}, which no source has"
            return [Breach("description words", "description", message)]
    return []


#: Words of a name that name nobody alone: "de" of "Ana de Armas", "The" of "The Director".
_NAME_PARTICLES = frozenset(
    {"a", "an", "and", "da", "de", "del", "der", "di", "du", "la", "le", "of", "the", "van", "von"}
)
# A word of a name, its hyphens and apostrophes kept: "Jong-seo", "O'Brien".
_NAME_PART = re.compile(r"\w+(?:[-'\u2019]\w+)*")


def names_entity(
    text: str, entity: Entity, catalog: Catalog | None = None, *, before: str = ""
) -> bool:
    """Whether ``text`` names ``entity``: one of its names or aliases written whole, in any
    case ("ana de armas"), and not inside a longer name (:func:`_in_a_longer_name`:
    "Winston" of "Winston Churchill", "Helen" of "Mrs. Helen Smith", "John Wick" of "John
    Wick: Chapter 4"); or a person's family name alone (:func:`family_names`: "Reeves", "de
    Armas"), written as the name writes it, where ``before``, the text before, names the
    person whole and no other entity of the ``catalog`` has the word. One word of a name
    is no name: "Lance Henriksen" names no Lance Reddick, "Chad Smith" no Chad Stahelski,
    "Morgan McShane" no Ian McShane."""
    if any(_whole_name_at(text, name, catalog) for name in entity.names):
        return True
    families = family_names(entity)
    if not families or not any(_whole_name_at(before, name, catalog) for name in entity.names):
        return False
    shared = {} if catalog is None else _name_words(catalog)[1]
    return any(
        shared.get(family.split()[-1].casefold(), 1) == 1 and _family_name_at(text, family, catalog)
        for family in families
    )


#: Words that may stand capitalized just before a name without being part of it: a
#: sentence's opening word or a title ("But Reeves", "Mrs. Helen", "Director Wiseman" is
#: not among them: a curator notes it).
_BEFORE_A_PERSON = _BEFORE_A_NAME | frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "when", "after", "before", "then", "so",
     "if", "as", "though", "although", "because", "since", "yet", "now", "here", "there"}
)  # fmt: skip
# A capitalized word just after a name, a space between: "Churchill" of "Winston Churchill".
_NAME_WORD_AFTER = re.compile(r"[ \t\u00a0]+(?:[A-Z][\w'\u2019-]*)")
# A capitalized word just before a name ("Morgan " of "Morgan McShane"), a full stop of a
# title ("Mrs.") kept with it; not a possessive ("Ana's Rooney" is hers).
_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w'\u2019-])([A-Z](?:[\w'\u2019-]*\w)?)(?<!['\u2019]s)\.?[ \t\u00a0]+\Z"
)


def family_names(entity: Entity) -> tuple[str, ...]:
    """A person's family names, which a text may name them by once it has named them whole:
    the last word of each of their names of two words or more, with the particles before it
    ("de Armas" of "Ana de Armas", "Reeves" of "Keanu Reeves"); none for other entities (a
    character's own word, "Wick", is one of its aliases)."""
    if not isinstance(entity, Person):
        return ()
    families = []
    for name in entity.names:
        words = name.split()
        at = len(words) - 1
        while at > 1 and words[at - 1].casefold() in _NAME_PARTICLES:
            at -= 1
        if at > 0 and " ".join(words[at:]) not in families:
            families.append(" ".join(words[at:]))
    return tuple(families)


def _family_name_at(text: str, family: str, catalog: Catalog | None) -> bool:
    """Whether ``text`` writes ``family`` (its particles in any case, its last word as
    written) alone: not inside a longer name."""
    *particles, last = family.split()
    pattern = "".join(rf"(?i:{re.escape(p)})[\s\u00a0]+" for p in particles)
    found = re.finditer(rf"(?<![\w-]){pattern}{re.escape(last)}(?![\w-])", text)
    return any(not _in_a_longer_name(text, at.start(), at.end(), catalog) for at in found)


def _whole_name_at(text: str, name: str, catalog: Catalog | None) -> bool:
    """Whether ``text`` writes ``name`` whole, in any case, and not inside a longer name."""
    if not name.strip() or name.casefold() not in text.casefold():
        return False
    return any(
        not _in_a_longer_name(text, at.start(), at.end(), catalog)
        for at in _as_written(name, whole_name=True).finditer(text)
    )


def _in_a_longer_name(text: str, start: int, end: int, catalog: Catalog | None) -> bool:
    """Whether the name ``text`` writes from ``start`` to ``end`` is part of a longer one: a
    longer name of the ``catalog`` written around it ("John Wick" of "John Wick: Chapter
    4"), or, for a name of one word, a capitalized word just after it or just before it
    that is no opening word or title (:data:`_BEFORE_A_PERSON`: "Winston Churchill",
    "Mrs. Helen Smith", "Morgan McShane")."""
    if catalog is not None:
        window = text[max(0, start - 60) : end + 60]
        offset = max(0, start - 60)
        for longer in set(_catalog_names_in(window, catalog)):
            if len(longer) <= end - start:
                continue
            for at in _as_written(longer, whole_name=True).finditer(window):
                if at.start() + offset <= start and end <= at.end() + offset:
                    return True
    if len(text[start:end].split()) > 1:
        return False
    if _NAME_WORD_AFTER.match(text, end):
        return True
    found = _NAME_WORD_BEFORE.search(text[max(0, start - 40) : start])
    return found is not None and found[1].casefold() not in _BEFORE_A_PERSON


@functools.lru_cache(maxsize=4096)
def _as_written(name: str, *, whole_name: bool = False) -> re.Pattern[str]:
    """A whole name in any case, no letter on either side; or a word of one as it is
    written, no letter or hyphen on either side ("Jong-seo", not "Jong" of it)."""
    if whole_name:
        return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def _person_instead(claim: Claim, catalog: Catalog, sentence: str) -> str | None:
    """Another person of the catalog that ``sentence`` names, where the claim's subject is a
    person: the id of the first, or None. (Works share their words too often, "John Wick"
    of a film, a franchise and a character, to be told apart so.)"""
    if not isinstance(catalog.entity(claim.subject), Person):
        return None
    own = {claim.subject, getattr(claim.value, "id", None), claim.qualifiers.character}
    people = (
        person
        for name in _catalog_names_in(sentence, catalog)
        for person in catalog.people_named(name)
    )
    return next((person.id for person in people if person.id not in own), None)


#: Nouns that make a person named just before them ("Lance Reddick's father", "Ian
#: McShane's late wife", "Reeves' publicist") or just after them with "of" ("the wife of
#: Ian McShane", "a brother of Keanu Reeves") that noun's possessor, not the one the clause
#: speaks of: kin, partners, pets, characters and roles, friends and co-stars, and
#: representatives. Read by :func:`_only_a_possessor`; one word may stand between "'s" and
#: the noun ("'s late father"). A cast credit's "Keanu Reeves's character" or "role" is his.
POSSESSED_WORDS = (
    "father", "mother", "dad", "mom", "mum", "parent", "parents", "stepfather", "stepmother",
    "son", "sons", "daughter", "daughters", "child", "children", "kid", "kids", "baby",
    "brother", "brothers", "sister", "sisters", "sibling", "siblings", "twin", "family",
    "grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt", "cousin",
    "nephew", "niece", "wife", "husband", "spouse", "partner", "girlfriend", "boyfriend",
    "fiance", "fiancé", "fiancee", "fiancée", "widow", "widower", "ex-wife", "ex-husband",
    "friend", "co-star", "costar", "dog", "cat", "pet", "horse", "character", "characters",
    "role", "roles", "alter ego", "agent", "publicist", "lawyer", "attorney", "manager",
    "spokesperson", "spokesman", "spokeswoman", "representative", "rep", "assistant",
)  # fmt: skip
_POSSESSED = _phrases(POSSESSED_WORDS)
# "'s" (or a bare apostrophe after an s), one word at most, and a possessed noun.
_POSSESSED_AFTER = re.compile(
    rf"(?:['\u2019]s|(?<=s)['\u2019])\s+(?:\w+\s+)?({_POSSESSED})\b", re.IGNORECASE
)
# A possessed noun, "of", and "the late" at most, just before the name.
_POSSESSED_BEFORE = re.compile(rf"\b({_POSSESSED})\s+of\s+(?:the\s+(?:late\s+)?)?$", re.IGNORECASE)
# "whose" and a possessed noun just after the name ("Kate Beckinsale, whose daughter").
_POSSESSED_WHOSE = re.compile(rf"\s*,?\s*whose\s+(?:\w+\s+)?({_POSSESSED})\b", re.IGNORECASE)
# A text value of a person that is another's word: a possessed noun and "of" just before it
# ("the daughter of a teacher"), or a possessive just after it, whatever it owns ("an
# assassin's daughter", "the assassin's target").
_RELATIVE_OF_BEFORE = re.compile(
    rf"\b({_POSSESSED})\s+of\s+(?:(?:a|an|the)\s+)?(?:late\s+)?\Z", re.IGNORECASE
)
_OWNS_JUST_AFTER = re.compile(r"\A(?:['\u2019]s|(?<=s)['\u2019])\s+[\w-]+", re.IGNORECASE)
_A_PART = frozenset({"character", "characters", "role", "roles", "alter ego"})


def _only_a_possessor(text: str, entity: Entity, catalog: Catalog, cast: bool) -> str | None:
    """The possessed noun, where ``text`` names ``entity`` and every time as the possessor of
    one of :data:`POSSESSED_WORDS` ("Lance Reddick's father died", "the wife of Ian
    McShane"): the clause speaks of that other; or None. With ``cast``, a character or role
    noun is the person's own part (a cast credit, a notable work)."""
    patterns = [_as_written(name, whole_name=True) for name in entity.names] + [
        _as_written(family) for family in family_names(entity)
    ]
    spans = sorted(
        {
            found.span()
            for pattern in patterns
            for found in pattern.finditer(text)
            # "McShane" of "Morgan McShane" is another person's.
            if not _in_a_longer_name(text, found.start(), found.end(), catalog)
        }
    )
    # A word inside a whole name found is that name's: "Reddick" of "Lance Reddick".
    spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    possessed = None
    for start, end in spans:
        found = _POSSESSED_AFTER.match(text, end) or _POSSESSED_BEFORE.search(text[:start])
        if found is None or (cast and found[1].casefold() in _A_PART):
            return None
        possessed = possessed or found[1]
    return possessed


def entities_named_by_the_quote_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A claim's entity value and its character are named by its quote (a name, an alias,
    or a word of one: "Reeves as Wick"), or its note says whom or what the quote means by
    naming it ("'She' = Jeon Jong-seo", "'the new film' is Ballerina (2024)"): a quote that
    never names the entity ("Ana de Armas stars in Ballerina" for Keanu Reeves) does not
    state the claim. The note's reading rests on the text's words, as every note's does. A
    cast credit's character is named, too, by the casting its sentence writes before a bare
    "took over" (:func:`_takes_over_a_part_cast_before`: "first cast Gabriel Byrne as Daniel
    Pine, but Norman Reedus took over").

    A person subject is one the quote's sentence names, where it names another person; and
    a value it writes after the subject's name is not the subject's where another person
    stands between (:func:`_value_of_another_person`), nor a text value it writes as a word
    of another person (:func:`_person_a_word_is_of`: "the late Lance Reddick" is no death
    of Keanu Reeves), unless the note names the subject. Nor is a person subject or person
    value one the sentence names only as another's possessor (:func:`_only_a_possessor`:
    "Lance Reddick's father died", "the wife of Ian McShane"), unless the note names them.
    A ``final_appearance`` subject is one the sentence or the note names, always: "Ballerina
    is the final film." is no one's last appearance."""
    named = (
        ("value.id", getattr(claim.value, "id", None)),
        ("qualifiers.character", claim.qualifiers.character),
    )
    breaches = []
    # A family name alone names a person the text named whole before the quote.
    before, quote = _text_before(claim, catalog), claim.evidence.quote
    for field, entity_id in named:
        if entity_id is None:
            continue
        entity = catalog.entity(entity_id)
        if (
            names_entity(claim.evidence.quote, entity, catalog, before=before)
            or (
                claim.note is not None
                and names_entity(claim.note, entity, catalog, before=before + quote)
            )
            # "..., but Norman Reedus took over": the part the sentence cast before.
            or (field == "qualifiers.character" and _takes_over_a_part_cast_before(claim, catalog))
        ):
            continue
        message = (
            f"the quote names no name of {entity_id} ({', '.join(map(repr, entity.names))}):"
            " quote words that name it, or say in the note whom or what the quote means by"
            " naming it (\"'She' = Jeon Jong-seo\")"
        )
        breaches.append(Breach("entity named", field, message))
    # The subject may be the sentence's topic, unnamed ("The actor passed away ..."), but a
    # person is not where the sentence names another person and not them.
    subject = catalog.entity(claim.subject)
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    before = before[: max(0, len(before) - len(lead_in(claim, catalog)))]
    if not names_entity(sentence, subject, catalog, before=before) and not (
        claim.note is not None
        and names_entity(claim.note, subject, catalog, before=before + sentence)
    ):
        other = _person_instead(claim, catalog, sentence) or _namesake_of(sentence, subject)
        if other is not None:
            message = (
                f"the quote's sentence names {other} and no name of the subject {claim.subject}"
                f" ({', '.join(map(repr, subject.names))}): quote words that name it, or say in"
                " the note whom or what the sentence is about"
            )
            breaches.append(Breach("entity named", "subject", message))
        elif claim.predicate.value == "final_appearance":
            # "Ballerina is the final film." is no one's last appearance until the sentence
            # or the note says whose.
            message = (
                f"the quote's sentence names no name of the subject {claim.subject}"
                f" ({', '.join(map(repr, subject.names))}), whose final appearance it would"
                " be: quote words that name it, or say in the note whom the sentence is about"
                " (\"'his' is Lance Reddick\")"
            )
            breaches.append(Breach("entity named", "subject", message))
    elif claim.note is None or not names_entity(
        claim.note, subject, catalog, before=before + sentence
    ):
        other = _value_of_another_person(claim, catalog, lead_in(claim, catalog))
        if other is not None:
            message = (
                f"the quote writes {other} between the subject {claim.subject} and the value:"
                " the value may be theirs; say in the note why it is the subject's, naming it"
            )
            breaches.append(Breach("entity named", "subject", message))
        elif (whom := _person_a_word_is_of(claim, catalog, lead_in(claim, catalog))) is not None:
            message = (
                f"the quote writes {short_repr(str(claim.value))} of {whom}, not of the"
                f" subject {claim.subject}: say in the note why it is the subject's, naming it"
            )
            breaches.append(Breach("entity named", "subject", message))
    breaches.extend(_possessor_breaches(claim, catalog, sentence))
    if not breaches:
        breaches.extend(_modifier_breaches(claim, catalog, sentence))
    return breaches


#: The words just before a work's name that make it another work of that name: "the other
#: Ballerina" is not the Ballerina the claim is of (:func:`work_named_as_itself_or_noted`).
OTHER_WORK_WORDS = ("the other", "that other")
_OTHER_WORK_JUST_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:" + _phrases(OTHER_WORK_WORDS) + r")[\s\u00a0]+\Z"
)
#: The nouns that may stand between a year and a work's name, a word before them at most:
#: "the 2023 film Ballerina", "2023's Korean thriller Ballerina" (read by
#: :func:`work_named_as_itself_or_noted`; "the 2025 release of Ballerina" dates no work).
WORK_YEAR_NOUNS = (
    "film", "movie", "picture", "feature", "thriller", "drama", "version", "remake",
    "adaptation", "series", "show",
)  # fmt: skip
# A year just before a work's name, an article before it or a possessive "'s" after it:
# "the 2023 Ballerina", "2023's Ballerina", "the 2023 Korean film Ballerina".
_YEAR_JUST_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])(?i:the|a|an)[\s\u00a0]+(?P<year>[0-9]{4})"
    r"|(?<![\w'\u2019.,-])(?P<owners>[0-9]{4})['\u2019]s)"
    r"(?:(?:[\s\u00a0]+[\w'\u2019-]+)?[\s\u00a0]+(?i:" + _phrases(WORK_YEAR_NOUNS) + r"))?"
    r"[\s\u00a0]+\Z"
)
# A year in brackets just after a work's name: "Ballerina (2023)", "Ballerina (2016 film)".
_YEAR_JUST_AFTER = re.compile(r"[\s\u00a0]*\([\s\u00a0]*([0-9]{4})(?![0-9])[^()]{0,40}\)")
# A possessive just before a work's name: "Len Wiseman's ", "Ana de Armas' ".
_POSSESSIVE_JUST_BEFORE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])[\s\u00a0]+\Z")


class _WrittenWork(NamedTuple):
    """How a sentence writes a work's name: its words, whether they name the work itself
    (its own year, a person it credits) or another, the other works they may name (ids),
    and why they are another's."""

    words: str
    own: bool
    others: tuple[str, ...] = ()
    why: str = ""


def _credited_works(catalog: Catalog, person_id: str) -> set[str]:
    """The works the catalog's claims credit ``person_id`` in (cast or crew)."""
    return {
        claim.subject
        for claim in catalog.claims
        if claim.predicate.credit is not None and getattr(claim.value, "id", None) == person_id
    }


def _possessor_of_the_name(
    sentence: str, start: int, work: Film, name: str, catalog: Catalog
) -> _WrittenWork | None:
    """Where a person of the catalog's possessive stands just before a work's name written
    at ``start`` ("Chung-Hyun Lee's Ballerina", "Len Wiseman's Ballerina"): the name is the
    work's own where the catalog credits the person in it, another's where it credits them
    in another work of that name and not in this one; else ``None``."""
    possessive = _POSSESSIVE_JUST_BEFORE.search(sentence, 0, start)
    if possessive is None:
        return None
    owner = sentence[: possessive.start()].casefold()
    # The people whose name ends the owner's words, the longest name only: "Lee" of
    # "Chung-Hyun Lee" is no other Lee's.
    owners = {
        person: max(len(each) for each in written)
        for person in catalog.people
        if (
            written := [
                each
                for each in (*person.names, *family_names(person))
                if owner.endswith(each.casefold())
                and not owner[: len(owner) - len(each)][-1:].isalnum()
            ]
        )
    }
    longest = max(owners.values(), default=0)
    found: _WrittenWork | None = None
    for person in (person for person, length in owners.items() if length == longest):
        words = sentence[possessive.start() - longest : start] + name
        credited = _credited_works(catalog, person.id)
        if work.id in credited:
            return _WrittenWork(words, own=True)
        others = sorted(
            other.id for other in catalog.films_titled(name) if other.id in credited - {work.id}
        )
        if others:
            why = f"{person.id} holds a credit of {', '.join(others)} and none of {work.id}"
            found = _WrittenWork(words, own=False, others=tuple(others), why=why)
    return found


def _written_as(
    sentence: str, start: int, end: int, work: Film, catalog: Catalog
) -> _WrittenWork | None:
    """Whether the work's name written in ``sentence`` from ``start`` to ``end`` is written
    as the work's own or another's: a year in brackets after it, or before it as "the
    2023" or "2023's" (:data:`WORK_YEAR_NOUNS`), against the work's year in its record;
    "the other" just before it (:data:`OTHER_WORK_WORDS`); a person's possessive just
    before it (:func:`_possessor_of_the_name`). ``None`` where the name is written bare."""
    name = sentence[start:end]
    year_words: tuple[str, int] | None = None
    if (after := _YEAR_JUST_AFTER.match(sentence, end)) is not None:
        year_words = sentence[start : after.end()], int(after[1])
    elif (before := _YEAR_JUST_BEFORE.search(sentence, 0, start)) is not None:
        year_words = sentence[before.start() : end], int(before["year"] or before["owners"])
    if year_words is not None and work.year is not None:
        words, year = year_words
        if year == work.year:
            return _WrittenWork(words, own=True)
        others = tuple(
            other.id
            for other in catalog.films_titled(name)
            if other.year == year and other.id != work.id
        )
        return _WrittenWork(words, own=False, others=others, why=f"its year is {work.year}")
    if (other := _OTHER_WORK_JUST_BEFORE.search(sentence, 0, start)) is not None:
        others = tuple(o.id for o in catalog.films_titled(name) if o.id != work.id)
        why = f"{' '.join(other[0].casefold().split())!r} before the name"
        return _WrittenWork(sentence[other.start() : end], own=False, others=others, why=why)
    return _possessor_of_the_name(sentence, start, work, name, catalog)


def work_named_as_itself_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A work the claim is of (its subject, or its value) is not one its quote's sentence
    names only as another work of that name: with a year, in brackets after the name or
    before it ("Ballerina (2023)", "2023's Ballerina", "the 2023 Ballerina", "the 2023 film
    Ballerina"), that is not the work's year in its record; with "the other" just before
    the name (:data:`OTHER_WORK_WORDS`); or with the possessive of a person the catalog
    credits in another work of that name and not in this one ("Chung-Hyun Lee's
    Ballerina"). Where the sentence writes the name so, and nowhere as the work's own (its
    own year, "Len Wiseman's Ballerina"), the claim belongs to the other work, or its note
    quotes the words and says why it is this work's."""
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    breaches = []
    for field, work_id in (
        ("subject", claim.subject),
        ("value.id", getattr(claim.value, "id", None)),
    ):
        work = None if work_id is None else catalog.entity(work_id)
        if not isinstance(work, Film):
            continue
        written = [
            found
            for name in work.names
            for at in _as_written(name, whole_name=True).finditer(sentence)
            if not _in_a_longer_name(sentence, at.start(), at.end(), catalog)
            and (found := _written_as(sentence, at.start(), at.end(), work, catalog)) is not None
        ]
        if not written or any(found.own for found in written):
            continue
        other = written[0]
        if claim.note and other.words.casefold() in " ".join(claim.note.split()).casefold():
            continue
        whose = f"{other.others[0]}'s" if len(other.others) == 1 else "another work's"
        message = (
            f"the quote's sentence writes {other.words!r}, which names another work of that"
            f" name than {work.id} ({other.why}): the claim is {whose}; claim it for that"
            f" work, or quote {other.words!r} in the note and say why it is {work.id}'s"
        )
        breaches.append(Breach("work named", field, message))
    return breaches


def _namesake_of(sentence: str, person: Entity) -> str | None:
    """Where ``sentence`` writes a word of a person's name inside another name, that name
    ("Lance Henriksen" for Lance Reddick, "Chad Smith" for Chad Stahelski), quoted; or
    None: a namesake is not the person."""
    if not isinstance(person, Person):
        return None
    for name in person.names:
        for word in _NAME_PART.findall(name):
            if word.casefold() in _NAME_PARTICLES:
                continue
            for found in _as_written(word).finditer(sentence):
                start, end = found.span()
                if not _in_a_longer_name(sentence, start, end, None):
                    continue
                before = _NAME_WORD_BEFORE.search(sentence[max(0, start - 40) : start])
                after = _NAME_WORD_AFTER.match(sentence, end)
                start -= 0 if before is None else len(before[0])
                return repr(sentence[start : end if after is None else after.end()])
    return None


def _text_before(claim: Claim, catalog: Catalog) -> str:
    """The words of a claim's text before its quote: all of its source's text before it
    where the catalog holds it and the quote stands at its offsets there, else its prefix."""
    evidence = claim.evidence
    text = catalog.texts.get(claim.source)
    if text is not None and text.startswith(evidence.quote, evidence.start):
        return text[: evidence.start]
    return evidence.prefix


def _mention_names(claim: Claim, catalog: Catalog, entity_id: str) -> tuple[str, ...]:
    """The names the credit rules find a person by in the claim's sentence: the person's
    names and aliases, and, where the sentence writes none of them whole, each family name
    (:func:`family_names`, capitalized too: "De Armas") that names the person as
    :func:`names_entity` reads it, the text having named them whole before the quote: "and
    Stahelski watched" is read as "and Chad Stahelski watched" is."""
    entity = catalog.entity(entity_id)
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    if any(_whole_name_at(sentence, name, catalog) for name in entity.names):
        return entity.names
    before = _text_before(claim, catalog)
    before = before[: max(0, len(before) - len(lead_in(claim, catalog)))]
    if not names_entity(sentence, entity, catalog, before=before):
        return entity.names
    forms = [
        f for family in family_names(entity) for f in (family, family[:1].upper() + family[1:])
    ]
    return (*entity.names, *dict.fromkeys(forms))


def _possessor_breaches(claim: Claim, catalog: Catalog, sentence: str) -> list[Breach]:
    """A person subject or person value that the quote's sentence names only as the possessor
    of another (:func:`_only_a_possessor`: "Ian McShane's brother directed Ballerina" is no
    credit of Ian McShane), unless the note names them."""
    breaches = []
    # A part played: "Keanu Reeves's character" is his credit, "his role in" his work.
    cast = claim.predicate.value in ("cast_member", "notable_work")
    for field, entity_id in (
        ("subject", claim.subject),
        ("value.id", getattr(claim.value, "id", None)),
    ):
        entity = None if entity_id is None else catalog.entity(entity_id)
        if not isinstance(entity, Person) or (
            claim.note is not None and names_entity(claim.note, entity, catalog)
        ):
            continue
        other = claim.value if field == "subject" else EntityRef(id=claim.subject)
        if isinstance(other, EntityRef) and _partner_named_after_possessive(
            claim, sentence, entity, catalog.entity(other.id)
        ):
            continue
        possessed = _only_a_possessor(sentence, entity, catalog, cast) or (
            _possessor_by_whose(sentence, entity, catalog.entity(other.id).names)
            if isinstance(other, EntityRef)
            else None
        )
        if possessed is not None:
            message = (
                f"the quote's sentence names {entity_id} only as the possessor of {possessed!r}:"
                f" what it says is of the {possessed}, not of {entity_id}; say in the note why"
                " it is theirs, naming them"
            )
            breaches.append(Breach("entity named", field, message))
    return breaches


#: The nouns of a marriage that name, after a person's possessive, the person's spouse: the
#: spouse link's own words ("Ana de Armas's husband Marc Clotet", "Keanu Reeves's wife, Ana
#: de Armas,"). Read by :func:`_partner_named_after_possessive`.
SPOUSE_NOUNS = ("husband", "wife", "spouse")
# A possessive ("'s", or a bare apostrophe after an s), a spouse noun just after it, a comma
# at most and the start of the next name: no word between, so "first husband", "late wife"
# and "on-screen husband" name no spouse now.
_SPOUSE_NOUN_AFTER = re.compile(
    r"(?:['\u2019]s|(?<=s)['\u2019])[\s\u00a0]+(?:" + _phrases(SPOUSE_NOUNS) + r")"
    r"[\s\u00a0]*,?[\s\u00a0]*",
    re.IGNORECASE,
)


def _partner_named_after_possessive(
    claim: Claim, sentence: str, possessor: Entity, partner: Entity
) -> bool:
    """Whether ``sentence`` writes a spouse claim's ``possessor``'s name, its possessive, one
    of :data:`SPOUSE_NOUNS` just after it and ``partner``'s name just after the noun ("Ana de
    Armas's husband Marc Clotet", "'s wife, Ana de Armas"): the noun is the link's own word
    and names the value, so the possessive is no other's (:func:`_only_a_possessor`). A
    marriage since ended or one on screen is refused by :data:`RELATION_UNDOING_OF`'s
    words as before."""
    if claim.predicate.value != "spouse":
        return False
    for name in possessor.names:
        for written in _as_written(name, whole_name=True).finditer(sentence):
            noun = _SPOUSE_NOUN_AFTER.match(sentence, written.end())
            if noun is not None and any(
                _as_written(other, whole_name=True).match(sentence, noun.end())
                for other in partner.names
            ):
                return True
    return False


#: Nouns of a part or a presence that a person or character named as their possessor, as
#: "of" before them or as their modifier, has: "John Wick's return in Ballerina", "the
#: presence of John Wick", beside the predicate's own words (:data:`ROLE_WORDS`,
#: :data:`RELATION_WORDS`: "Keanu Reeves's performance", "a Keanu Reeves cameo"), which are
#: theirs too (:func:`_modifier_breaches`). A likeness is no presence: "Keanu Reeves's
#: likeness appears in Ballerina" is an image of him, as a photo or a portrait is.
OWN_PRESENCE_NOUNS = (
    "return", "presence", "arrival", "character", "characters", "role", "roles", "part",
    "alter ego",
)  # fmt: skip
_OWN_PRESENCE = re.compile(_as_words(OWN_PRESENCE_NOUNS))
# The words a name's modifier reading stops at: a word of a clause or a verb's, no noun.
_NOT_A_MODIFIED_NOUN = frozenset(
    {
        "and", "or", "as", "in", "of", "on", "at", "to", "who", "whom", "which", "that",
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
        "from", "with", "by", "for", "but", "also", "himself", "herself", "itself", "too",
        "might", "may", "must", "should", "shall", "does", "did", "do", "not", "never",
    }
)  # fmt: skip
# "'s" (or a bare apostrophe after an s) and up to two words after it.
_POSSESSIVE_NOUN = re.compile(
    r"(?:['\u2019]s|(?<=s)['\u2019])[\s\u00a0]+([\w-]+)(?:[\s\u00a0]+([\w-]+))?"
)
# A noun and "of" ("the" at most) just before a name: "a photo of".
_NOUN_OF_BEFORE = re.compile(
    r"(?<![\w'\u2019-])([\w-]+)[\s\u00a0]+(?i:of)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?\Z"
)
# An article just before a name: "a", "an", "the" ("that" may be a conjunction: "Rumor has
# it that Chad Stahelski might direct").
_DETERMINER_JUST_BEFORE = re.compile(r"(?<![\w'\u2019-])(?i:a|an|the)[\s\u00a0]+\Z")
# The words before "of" that name no thing of the name's: a quantity or a part of a whole.
_NOT_A_THING_OF = frozenset(
    {"one", "some", "all", "many", "most", "any", "each", "none", "both", "two", "three",
     "few", "several", "because", "out", "instead", "ahead", "front", "made", "full"}
)  # fmt: skip


def _modified_by(text: str, start: int, end: int, own: re.Pattern[str]) -> str | None:
    """The noun the name written in ``text`` from ``start`` to ``end`` is the possessor, the
    object of "of" or the modifier of ("John Wick's dog", "a photo of John Wick", "a Keanu
    Reeves poster"), unless it is the claim's own word (``own``) or one of
    :data:`OWN_PRESENCE_NOUNS`; or None where the name is the one the clause speaks of."""

    def owned(word: str) -> bool:
        return bool(_OWN_PRESENCE.fullmatch(word) or own.fullmatch(word))

    noun: str | None = None
    if re.match(r"[\s\u00a0]*,[\s\u00a0]*(?i:who|whose)\b", text[end:]):
        pass  # "..., who passed away": the clause is of the name
    elif (found := _POSSESSIVE_NOUN.match(text, end)) is not None:
        first, second = found[1], found[2]
        # The claim's own words after the possessive are the link itself: "Lance Reddick's
        # final film" is his final appearance.
        if not (
            owned(first)
            or (second is not None and owned(second))
            or own.match(text, found.start(1))
        ):
            noun = first
    elif (before := _NOUN_OF_BEFORE.search(text, 0, start)) is not None:
        word = before[1]
        # "one of", "member of", "part of": a quantity, or the link's own words.
        if not (
            word.casefold() in _NOT_A_THING_OF
            or not word[:1].islower()
            or owned(word)
            or own.search(text, before.start(), start)
            # The claim's own words ending in the noun: "the final film of Lance Reddick".
            or any(said.end() == before.end(1) for said in own.finditer(text, 0, before.end(1)))
        ):
            noun = word
    elif (
        _DETERMINER_JUST_BEFORE.search(text, 0, start)
        and (after := re.match(r"[\s\u00a0]+([a-z][\w-]*)", text[end:])) is not None
        and after[1] not in _NOT_A_MODIFIED_NOUN
        and not owned(after[1])
    ):
        noun = after[1]
    return noun


def _modifier_breaches(claim: Claim, catalog: Catalog, sentence: str) -> list[Breach]:
    """A credit's or link's person or character subject or value that the quote's sentence
    names only as the possessor of a noun ("John Wick's dog appears in Ballerina", "Keanu
    Reeves's motorcycle appears", whatever the noun), as the object of "of" after one ("A
    photo of John Wick appears") or as a noun's modifier ("A Keanu Reeves poster appears")
    is not the one its verb is said of: refused unless the noun is the claim's own word or
    a part's (:data:`OWN_PRESENCE_NOUNS`: "Keanu Reeves's performance", "a Keanu Reeves
    cameo", "John Wick's return"), or the claim's own words follow the possessive or end in
    the noun before "of" ("Ballerina is Lance Reddick's final film", "the final film of
    Lance Reddick" for a final appearance), or a relative clause of the name follows it ("the final
    appearances of Lance Reddick, who ..."), or the note names them and says why it is
    theirs."""
    if not isinstance(claim.value, EntityRef):
        return []
    own = _ROLE.get(claim.predicate.value) or _RELATION.get(claim.predicate.value)
    if own is None:
        return []
    breaches = []
    for field, entity_id in (
        ("subject", claim.subject),
        ("value.id", getattr(claim.value, "id", None)),
    ):
        entity = None if entity_id is None else catalog.entity(entity_id)
        if not isinstance(entity, (Person, Character)) or (
            claim.note is not None and names_entity(claim.note, entity, catalog)
        ):
            continue
        patterns = [_as_written(name, whole_name=True) for name in entity.names] + [
            _as_written(family) for family in family_names(entity)
        ]
        spans = sorted(
            {
                found.span()
                for pattern in patterns
                for found in pattern.finditer(sentence)
                if not _in_a_longer_name(sentence, found.start(), found.end(), catalog)
            }
        )
        spans = [
            s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)
        ]
        nouns = [_modified_by(sentence, start, end, own) for start, end in spans]
        if not nouns or any(noun is None for noun in nouns):
            continue
        message = (
            f"the quote's sentence names {entity_id} only with a noun of its own, {nouns[0]!r}"
            f" (as its possessor, after 'of', or as its modifier): what the sentence says is"
            f" of the {nouns[0]}, not of {entity_id}; quote the words that say it of them, or"
            " say in the note why it is theirs, naming them"
        )
        breaches.append(Breach("entity named", field, message))
    return breaches


#: The people a "whose" after a person's name can bring in, whose doing or date a value
#: after them may be ("Keanu Reeves, whose co-star died in March 2023"): read by
#: :func:`_value_of_another_person`. "Chung-Hyun Lee, whose previous directing credits
#: include The Call" keeps the credits his.
WHOSE_PEOPLE = (
    "co-star", "co-stars", "costar", "costars", "wife", "husband", "partner", "spouse",
    "father", "mother", "parent", "parents", "son", "daughter", "children", "brother",
    "sister", "friend", "colleague", "mentor",
)  # fmt: skip
_WHOSE = re.compile(
    r"\bwhose\s+(?:[\w'\u2019-]+\s+){0,2}?" + _as_words(WHOSE_PEOPLE), re.IGNORECASE
)
# A relative "who" after another person than the one named before it: after one of
# WHOSE_PEOPLE, or after a noun that a determiner or possessive opens ("mourned his co-star,
# who died", "the actor who died"): what the clause says is that person's.
_WHO_OF_ANOTHER = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+|"
    + _as_words(WHOSE_PEOPLE)
    + r")\s*,?\s*who\b",
    re.IGNORECASE,
)
# A possessive just before a word: "his late co-star" is another person's.
# The end of a "whose" clause: a mark that closes it.
_WHOSE_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _possessor_by_whose(sentence: str, person: Entity, others: Sequence[str]) -> str | None:
    """The possessed noun, where ``sentence`` writes ``person``'s name, "whose" and one of
    :data:`POSSESSED_WORDS`, and the "whose" clause names the claim's other party (one of
    ``others``): "Kate Beckinsale, whose daughter stars in Ballerina" is the daughter's
    credit; "Keanu Reeves, whose father was Hawaiian, stars in Ballerina" is his."""
    for name in person.names:
        for written in _as_written(name, whole_name=True).finditer(sentence):
            whose = _POSSESSED_WHOSE.match(sentence, written.end())
            if whose is None:
                continue
            close = _WHOSE_CLAUSE_END.search(sentence, whose.end())
            clause = sentence[whose.end() : len(sentence) if close is None else close.start()]
            if any(_as_written(other, whole_name=True).search(clause) for other in others):
                return whose[1]
    return None


_POSSESSIVE_END = re.compile(r"(?:\b(?:his|her|their|its)|['\u2019]s?)\s+\Z", re.IGNORECASE)
_PERSON_WORD_START = re.compile(r"\s+" + _as_words(WHOSE_PEOPLE))


def _value_of_another_person(claim: Claim, catalog: Catalog, lead: str) -> str | None:
    """Where the claim's subject is a person its sentence names before the value (a date,
    figure or entity), what stands between the last such name and the value that may make
    the value another's: another person of the catalog ("Keanu Reeves paid tribute to Lance
    Reddick, who died in March 2023", "praised Ana de Armas for Knives Out"), shown by id,
    or a "whose" before one of :data:`WHOSE_PEOPLE` ("Keanu Reeves, whose co-star died in
    March 2023"), or a relative "who" after one of them or after a noun a determiner or
    possessive opens ("Keanu Reeves mourned his co-star, who died in March 2023", "the
    actor who died"), shown as written; or None."""
    subject = catalog.entity(claim.subject)
    value, quote = claim.value, claim.evidence.quote
    if not isinstance(subject, (Person, Character)):
        return None
    if isinstance(value, (DateValue, Quantity)):
        span = _where_figure_written(value, quote)
        at = None if span is None else span[0]
    elif isinstance(value, EntityRef):
        names = catalog.entity(value.id).names
        found = [m.start() for name in names for m in _name_pattern(name).finditer(quote)]
        at = min(found, default=None)
    elif isinstance(value, Text) and value.text.strip():
        # "Ana de Armas, whose father was a teacher": the occupation is the father's.
        written = quote.casefold().find(value.text.casefold())
        at = None if written == -1 else written
    else:
        return None
    if at is None:
        return None
    sentence = lead + quote
    at += len(lead)
    ends = [
        m.end()
        for name in subject.names
        for m in _name_pattern(name).finditer(sentence, 0, at)
        if m.end() <= at
    ]
    if not ends:
        return None
    between = sentence[max(ends) : at]
    if isinstance(subject, Character):
        # A character's sentence names its actor, and "a character who" is it: only a
        # "whose" brings in another ("Eve Macarro, whose mother was an assassin").
        whose = _WHOSE.search(between)
    else:
        own = {claim.subject, getattr(value, "id", None), claim.qualifiers.character}
        for _, _, ids in _people_written(between, catalog):
            if own.isdisjoint(ids):
                return min(ids)
        whose = _WHOSE.search(between) or _WHO_OF_ANOTHER.search(between)
    return None if whose is None else repr(" ".join(whose[0].split()))


def _person_a_word_is_of(claim: Claim, catalog: Catalog, lead: str) -> str | None:
    """Where the claim's subject is a person and its text value a word that the quote's
    sentence (``lead``, the quote's lead-in, before it) writes just before another person's
    name ("paid tribute to the late Lance Reddick"), or between a possessive and one of
    :data:`WHOSE_PEOPLE` ("mourned his late co-star"): that person, whom the word is of (by
    id, or their word shown); else None."""
    value = claim.value
    if not isinstance(value, Text) or not isinstance(
        catalog.entity(claim.subject), (Person, Character)
    ):
        return None
    quote = claim.evidence.quote
    at = quote.find(value.text)
    if at == -1 or not value.text.strip():
        return None
    before, after = lead + quote[:at], quote[at + len(value.text) :]
    after += lead_out(claim, catalog)
    # Another's relative ("the daughter of a teacher") or what the value owns ("an
    # assassin's daughter", "the assassin's target"): the value is no word of the subject.
    relative = _RELATIVE_OF_BEFORE.search(before) or _OWNS_JUST_AFTER.match(after)
    if relative is not None:
        return repr(" ".join(relative[0].split()))
    # The name just after the word, if any: a few words' worth.
    written = _people_written(after[:100], catalog)
    if written and not after[: written[0][0]].strip() and claim.subject not in written[0][2]:
        return min(written[0][2])
    word = _PERSON_WORD_START.match(after)
    possessive = _POSSESSIVE_END.search(before)
    if word is not None and possessive is not None:
        return repr(f"{possessive[0].strip()} {word[0].strip()}")
    return None


def claim_breaches(claim: Claim, catalog: Catalog) -> list[Breach]:
    """Every rule of one claim of ``catalog``, which holds its source's text and claims
    (and the other sources, whose texts a note may quote): :func:`quote_breaches` and the
    rules of its note."""
    shipped = _is_reviewed(claim)
    return [
        *id_starts_with_its_source(claim),
        *quote_breaches(claim, catalog),
        *title_finds_its_work(claim, catalog),
        *notes_quote_the_text(
            claim.note,
            # The claim's own quote first: a passage there is in its text (verify checks
            # the quote is), found without a search of every text; then its own text. A
            # generator: a claim whose note quotes nothing costs no tuple of every text.
            itertools.chain(
                (plain(claim.evidence.quote),),
                (_plain_text_of(catalog, source_id) for source_id in _own_first(claim, catalog)),
            ),
            "note",
            folded=True,
        ),
        *notes_hold_no_facts(
            claim,
            catalog,
            NOTE_CONTEXT if shipped else {},
            NOTE_FACT_WORDS if shipped else {},
        ),
    ]


def quote_at_word_edges(claim: Claim) -> list[Breach]:
    """A quote starts and ends at the edges of words: one that starts or ends inside a word
    or a number of its text states what the text does not ("25 minutes" of "125 minutes",
    "len Wiseman" of "Glen Wiseman", "2024" of "12024 cinemas")."""
    evidence = claim.evidence
    inside = []
    if evidence.prefix[-1:].isalnum() and evidence.quote[:1].isalnum():
        inside.append(f"starts inside {evidence.prefix.split()[-1] + evidence.quote.split()[0]!r}")
    if evidence.quote[-1:].isalnum() and evidence.suffix[:1].isalnum():
        inside.append(f"ends inside {evidence.quote.split()[-1] + evidence.suffix.split()[0]!r}")
    if not inside:
        return []
    message = f"the quote {' and '.join(inside)}: quote whole words and numbers"
    return [Breach("word edges", "quote", message)]


# Each link's own words as one pattern, a group for each entry in its order: where two
# entries match at one place ("trained by", "trained"), the first listed is read.
_RELATION = {
    predicate: re.compile(
        "|".join(
            rf"(?<![\w-])(?P<w{at}>{pattern})(?![\w-])" for at, (pattern, _) in enumerate(rows)
        ),
        re.IGNORECASE,
    )
    for predicate, rows in RELATION_WORDS.items()
}
_RELATION_UNDOING = re.compile(
    r"(?<![\w-])(?:" + "|".join(RELATION_UNDOING_WORDS) + r")(?![\w-])", re.IGNORECASE
)
# The undoing words of each link that has its own (RELATION_UNDOING_OF); None where none.
_RELATION_UNDOING_OF = {
    predicate: re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)
    if words
    else None
    for predicate, words in RELATION_UNDOING_OF.items()
}


# How a pattern of RELATION_WORDS reads as words: its look-arounds left out, then its
# optional parts, and of each group its first choice, until no group is left.
_PATTERN_LOOK = re.compile(r"\(\?<?[=!][^()]*\)")
_PATTERN_OPTIONAL = re.compile(
    r"\([^()]*\)(?:\?|\*|\{0,[0-9]+\})\??|\w\?|\[[^\]]*\][*?]|\\[sS][*?]"
)
_PATTERN_GROUP = re.compile(r"\(([^()|]*)(?:\|[^()]*)?\)")


def _pattern_readings(pattern: str) -> list[str]:
    """The words a pattern of :data:`RELATION_WORDS` asks for, one reading of each of its
    choices: optional parts left out, a group's first choice ("distributed by" of
    "(?:distributed|released) by"); a choice that reads as no words is left out."""
    text = _PATTERN_LOOK.sub("", pattern).replace("(?:", "(")
    while (shorter := _PATTERN_GROUP.sub(r"\1", _PATTERN_OPTIONAL.sub("", text))) != text:
        text = shorter
    text = re.sub(r"\[(.)[^\]]*\]", r"\1", text).replace(r"\s+", " ")
    return [choice for choice in text.split("|") if re.fullmatch(r"[\w' -]+", choice)]


# The words each link asks for, as its refusal lists them.
_RELATION_READINGS = {
    predicate: ", ".join(
        repr(reading)
        for reading in dict.fromkeys(
            reading for pattern, _ in rows for reading in _pattern_readings(pattern)
        )
    )
    for predicate, rows in RELATION_WORDS.items()
}


def _first_named(written: str, names: Iterable[str]) -> int | None:
    """Where ``written`` first names one of ``names``, or None."""
    starts = [found.start() for name in names for found in _name_pattern(name).finditer(written)]
    return min(starts, default=None)


def _with_lowercase_the(names: Iterable[str]) -> list[str]:
    """``names``, and each that starts with "The" as prose writes it mid-sentence too:
    "John Wick trains the Director" names The Director."""
    names = list(names)
    return [*names, *("t" + name[1:] for name in names if name.startswith("The "))]


#: Which of a link's two entities a possessive names before a word of its relation that
#: reads both ways (a row "either" of :data:`RELATION_WORDS`): "The Director's student
#: Rooney" is Rooney ``student_of`` The Director (the possessive names the value), "the
#: Continental's manager Winston" is the Continental's ``director_manager`` (the
#: possessive names the subject). For ``adoptive_parent`` the word after "adoptive" or
#: "foster" tells: "Rooney's adoptive mother" names the subject, "The Director's foster
#: daughter" the value. A possessive naming the other entity reads the link backwards.
RELATION_POSSESSOR: dict[str, str] = {
    "student_of": "value",
    "member_of": "value",
    "part_of_series": "value",
    "owned_by": "subject",
    "director_manager": "subject",
    "followed_by": "subject",
}
# The words after "adoptive" or "foster" that make the possessive before them the child's,
# or the parent's.
_PARENT_WORD = re.compile(r"\s+(?:mother|father|parents?|mom|mum|dad)\b", re.IGNORECASE)
_CHILD_WORD = re.compile(r"\s+(?:daughters?|sons?|child|children|kids?|wards?)\b", re.IGNORECASE)
_TEACHER_NOUN = re.compile(_TEACHER_NOUNS, re.IGNORECASE)
# A possessive ending just before a word: "Director's ", "Director\u2019s ", "Roma' ", with
# at most one word between ("The Director's star student").
_POSSESSIVE_BEFORE = re.compile(r"(?:['\u2019]s?)(?:\s+[\w-]+)?\s+\Z")


def _possessor_of(
    written: str, blanked: str, word: re.Match[str], names: Mapping[str, Iterable[str]]
) -> str | None:
    """Which of ``names`` ("subject", "value") a possessive just before ``word`` names, or
    None where no name of theirs stands there."""
    before = blanked[: word.start()]
    possessive = _POSSESSIVE_BEFORE.search(before)
    if possessive is None:
        return None
    ends = possessive.start()
    for side, side_names in names.items():
        for name in _with_lowercase_the(side_names):
            if any(found.end() == ends for found in _name_pattern(name).finditer(written)):
                return side
    return None


def _possessive_order(
    predicate: str,
    written: str,
    blanked: str,
    word: re.Match[str],
    names: Mapping[str, Iterable[str]],
) -> bool | None:
    """Whether a possessive before ``word`` names the entity :data:`RELATION_POSSESSOR`
    says it does (True), the other one (False), or None where no possessive of a name
    stands before it or the link reads none."""
    wanted = RELATION_POSSESSOR.get(predicate)
    if predicate == "student_of" and _TEACHER_NOUN.fullmatch(word[0]):
        # "Rooney's mentor" names the student, as "Rooney's adoptive mother" the child.
        wanted = "subject"
    if predicate == "adoptive_parent":
        after = blanked[word.end() :]
        wanted = (
            "subject"
            if _PARENT_WORD.match(after)
            else "value"
            if _CHILD_WORD.match(after)
            else None
        )
    if wanted is None:
        return None
    possessor = _possessor_of(written, blanked, word, names)
    return None if possessor is None else possessor == wanted


def _object_relative_between(
    written: str, word_at: int, subject_at: int | None, value_at: int | None
) -> bool:
    """Whether the later of the two names, both before a link's word, opens an object
    relative clause of the earlier: "Ballerina, which John Wick 5 will follow" (its later
    name does what the word says)."""
    if subject_at is None or value_at is None or max(subject_at, value_at) >= word_at:
        return False
    later = max(subject_at, value_at)
    return (
        _OBJECT_RELATIVE_JUST_BEFORE.search(written, min(subject_at, value_at), later) is not None
    )


_OBJECT_RELATIVE_JUST_BEFORE = re.compile(
    r",[\s\u00a0]*(?i:which|that|whom)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?\Z"
)


def _in_its_order(
    forward: bool, word_at: int, subject_at: int | None, value_at: int | None
) -> bool:
    """Whether a link's word at ``word_at`` reads in the claim's direction with its names
    where they stand: a "forward" word with the subject named first, another with the
    value. Where the clause writes one of the two names ("She also featured in thriller
    series Bargain"), the side of the word it stands on tells, as the other's would; where
    it writes neither, nothing tells against it."""
    if subject_at is not None and value_at is not None:
        return forward == (subject_at < value_at)
    if subject_at is None and value_at is None:
        return True
    named_after = value_at is not None and value_at > word_at
    named_before = subject_at is not None and subject_at < word_at
    return forward == (named_after or named_before)


#: The links between two characters, people or organizations whose word is bound to its
#: two names (:func:`_link_word_unbound`): the one who does (or is) what the word says is
#: named before it, the other after it, as its object ("Rooney trains under the Director",
#: "The Director trained Rooney"), with no comparison, co-subject or third person's clause
#: between them.
BOUND_LINKS = frozenset(
    {"student_of", "adoptive_parent", "member_of", "director_manager", "owned_by", "spouse"}
)
# A name compared, not linked: "like", "unlike", "as with", "fellow" just before it.
_COMPARED_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:like|unlike|as[\s\u00a0]+with|as[\s\u00a0]+did|fellow)[\s\u00a0]+"
    r"(?:(?i:the)[\s\u00a0]+)?\Z"
)
# A relative pronoun, or "known as"/"called", opening another's clause between a name and
# its link word ("Rooney hunts the woman who trained under the Director").
_ANOTHERS_CLAUSE = re.compile(r"(?<![\w'\u2019-])(?i:who|whom|whose|which|that)(?![\w'\u2019-])")
# Two names joined as co-subjects that act each on their own: "John Wick and Winston both
# married", "Rooney and John Wick were adopted by".
_CO_SUBJECTS = re.compile(
    r"_[_\s\u00a0]*[\s\u00a0]+(?i:and)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?_[_\s\u00a0]*?"
    r"(?:[\s\u00a0]+(?i:both|each|all|too))?(?=[\s\u00a0])"
)


# What may stand between a membership word and its group: an article.
_GROUP_AFTER_ITS_WORD = re.compile(r"[\s\u00a0]+(?:(?i:the|an?)[\s\u00a0]+)?")
# A possessive just after a name, and the word it owns ("'s enemies"), or nothing.
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?(?:[\s\u00a0]+[\w-]+)?")
# A wedding or marriage, and the name just after it that says whom it joined ("to Helen").
_WEDDING = re.compile(r"(?i:weddings?|marriages?)")
_TO_A_NAME = re.compile(r"[\s\u00a0]+(?i:to|with)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?_")


def _name_spans(written: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where ``written`` names one of ``names``, in order."""
    return sorted(found.span() for name in names for found in _name_pattern(name).finditer(written))


def _another_group(
    written: str, blanked: str, word: re.Match[str], values: Sequence[tuple[int, int]]
) -> str | None:
    """The words where a membership word ``word`` names another group than the value's
    (at ``values``), or ``None``: the group is named just after its word, an article at
    most between, and owns nothing there ("a member of the Ruska Roma"; not "a member of a
    rival of the Ruska Roma", "of the Ruska Roma's enemies", "joins a cult hunting the Ruska
    Roma")."""
    after = [span for span in values if span[0] >= word.end()]
    if not after:
        return None
    start, end = after[0]
    owned = _POSSESSIVE_AFTER.match(blanked, end)
    if owned is None and _GROUP_AFTER_ITS_WORD.fullmatch(blanked, word.end(), start):
        return None
    return " ".join(written[word.start() : end if owned is None else owned.end()].split())


def _compared_name(written: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """The words where one of the names at ``spans`` is compared, not linked ("like
    Winston", "unlike John Wick"), or ``None``."""
    for start, end in spans:
        compared = _COMPARED_BEFORE.search(written, 0, start)
        if compared is not None:
            return " ".join(written[compared.start() : end].split())
    return None


def _link_word_unbound(
    written: str,
    blanked: str,
    word: re.Match[str],
    *,
    forward: bool | None,
    subject_names: Sequence[str],
    value_names: Sequence[str],
    group: bool = False,
) -> str | None:
    """Why the link word ``word`` is not said of the claim's two names, as the words that
    say so, or ``None``: a name of the two compared there ("like Winston", "unlike John
    Wick"); for a word with a direction (``forward``), the name that should follow it
    written only before it ("Rooney and John Wick trained under the Director" gives John
    Wick no teacher); for a word read both ways (``forward`` None), the two named as
    co-subjects acting each on their own ("John Wick and Winston both married"); or a
    third person's relative clause between the name before the word and the word ("Rooney
    hunts the woman who trained under the Director"). With ``group``, a membership word has
    its group just after it, with an article at most between, and no possessive after it
    ("a member of a rival of the Ruska Roma", "of the Ruska Roma's enemies", "joins a cult
    hunting the Ruska Roma" name another group)."""
    subjects, values = _name_spans(written, subject_names), _name_spans(written, value_names)
    said = (_another_group(written, blanked, word, values) if group and forward else None) or (
        _compared_name(written, (*subjects, *values))
    )
    if said is not None:
        return said
    if subjects and values and forward is not None:
        first, second = (subjects, values) if forward else (values, subjects)
        if not any(span[0] >= word.end() - 1 for span in second) and any(
            span[1] <= word.start() for span in first
        ):
            # Both written before the word: the second one shares the first one's part.
            return " ".join(written[min(first)[0] : word.end()].split())
    if forward is None:
        co = _CO_SUBJECTS.search(blanked, 0, word.start())
        if co is not None and re.search(r"(?i:both|each|all|too)\Z", co[0]):
            return " ".join(written[co.start() : co.end()].split())
    before_word = [span for span in (*subjects, *values) if span[1] <= word.start()]
    possessive = _POSSESSIVE_BEFORE.search(blanked, 0, word.start())
    if (
        _WEDDING.fullmatch(word[0])
        and possessive is not None
        and not _TO_A_NAME.match(blanked, word.end())
    ):
        # "Helen's wedding" says whose wedding, not whom she married: "John Wick was the
        # best man at Helen's wedding"; "Helen's wedding to John Wick" says it.
        owner = [span for span in before_word if span[1] == possessive.start()]
        if owner:
            return " ".join(written[owner[0][0] : word.end()].split())
    if before_word:
        end = max(span[1] for span in before_word)
        between = blanked[end : word.start()]
        opener = _ANOTHERS_CLAUSE.search(between)
        # The words before the clause's "who": none, or an appositive of the name after a
        # comma ("John Wick (Keanu Reeves), the legendary assassin who left the profession
        # to marry"), make it the name's own; a verb's object makes it another's.
        ahead = "" if opener is None else re.sub(r"\([^()]*\)", "", between[: opener.start()])
        if opener is not None and ahead.strip(" \u00a0") and not ahead.lstrip().startswith(","):
            return " ".join(written[end : word.end()].split()).strip(" ,")
    return None


#: The links of a work to an organization: the link word is the organization's only in
#: the organization's own clause (:func:`_link_word_of_another`).
ORGANIZATION_LINKS = frozenset(
    {"distributor", "production_company", "original_broadcaster", "owned_by"}
)
# What ends the clause of an organization's link word: a mark, a sentence's end, or a word
# that opens another clause ("which Lionsgate distributes", "as Netflix lost the bidding",
# "unlike Netflix's Extraction").
_LINK_CLAUSE_BREAK = re.compile(
    r"[;:()\u2013\u2014]|\.(?=\s)|(?<![\w'\u2019-])(?i:which|who|whom|whose|as|while|but"
    r"|whereas|unlike|although|though|because)(?![\w'\u2019-])"
)
# A name of the relative clause's own before its link word ("which Lionsgate distributes").
_CAPITAL_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z]")


def _link_word_of_another(
    written: str, start: int, end: int, value_names: Iterable[str]
) -> str | None:
    """The clause of the link word written at ``start`` to ``end`` of ``written`` where it
    names none of ``value_names``, the organization's (from the last clause break before
    the word, :data:`_LINK_CLAUSE_BREAK`, to the next after it): the word is another's
    there ("Netflix was outbid for Ballerina, which Lionsgate distributes"); else ``None``.
    A relative clause with no name of its own before the word is its antecedent's, the
    name just before its "which" or "who" ("Lionsgate, which distributes Ballerina")."""
    breaks = list(_LINK_CLAUSE_BREAK.finditer(written, 0, start))
    opening = breaks[-1] if breaks else None
    after = _LINK_CLAUSE_BREAK.search(written, end)
    clause = written[opening.start() if opening else 0 : after.start() if after else None]
    patterns = [_name_pattern(name) for name in value_names if name.strip()]
    if any(pattern.search(clause) for pattern in patterns):
        return None
    if (
        opening is not None
        and opening[0].casefold() in ("which", "who")
        and not _CAPITAL_WORD.search(written, opening.end(), start)
    ):
        before = written[: opening.start()]
        named = [found for pattern in patterns for found in pattern.finditer(before)]
        if named and not before[max(found.end() for found in named) :].strip(" ,"):
            return None
    return " ".join(clause.split())


#: The links of a character's or person's presence in a work
#: (:func:`presence_in_the_work_itself`).
PRESENCE_LINKS = frozenset({"present_in_work", "first_appearance"})
#: The things of a work that a presence in them is no presence in the work: the nouns of
#: another thing of it (:data:`THINGS_OF_THE_WORK`, "trailer", "poster", "comic", "game",
#: "script", "footage"; its cast and stars are the work's) or of another work ("sequel",
#: "prequel", "spin-off"; its series is itself), a draft, and the words of a part
#: cut from it (:data:`CUT_FROM_THE_WORK_WORDS`: "deleted scene", "cut from").
PRESENCE_ELSEWHERE_WORDS = (
    *(noun for noun in THINGS_OF_THE_WORK["thing"] if noun not in ("cast", "stars")),
    *(noun for noun in THINGS_OF_THE_WORK["work"] if noun not in ("series", "show")),
    "draft", "drafts", "early draft", "video game", "video games",
)  # fmt: skip
_PRESENCE_ELSEWHERE = _as_words(PRESENCE_ELSEWHERE_WORDS)


def presence_in_the_work_itself(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A presence in a work (:data:`PRESENCE_LINKS`: ``present_in_work``,
    ``first_appearance``) is in the work itself, as a cast credit is: where the value's
    clause binds the work's name to another thing of it (:data:`PRESENCE_ELSEWHERE_WORDS`
    before "of", "for" or "from" the name, "a deleted scene of Ballerina", "the trailer for
    John Wick 3", "an early draft of"; just after the name, "the Ballerina trailer", "a
    Ballerina poster", "the Ballerina video game"; after its possessive, "Ballerina's
    comic") or writes a part cut from it (:data:`CUT_FROM_THE_WORK_WORDS`: "appears in a
    deleted scene", "was cut from"), the link is refused, unless a note quoting those words
    says why it stands."""
    if claim.predicate.value not in PRESENCE_LINKS or not isinstance(claim.value, EntityRef):
        return []
    lead = len(lead_in(claim, catalog))
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    cut = _CLAUSE_BREAK.search(sentence, lead + len(claim.evidence.quote))
    written = _own_clause(sentence[: None if cut is None else cut.start()], lead)
    names = [name for name in catalog.entity(claim.value.id).names if name.strip()]
    if not names:
        return []
    name = "(?:" + "|".join(_phrase(each) for each in sorted(names, key=len, reverse=True)) + ")"
    found = re.search(
        rf"{_PRESENCE_ELSEWHERE}[\s\u00a0]+(?i:of|for|from)[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?"
        rf"(?<![\w'\u2019-]){name}(?![\w'\u2019-])"
        rf"|(?<![\w'\u2019-]){name}(?:['\u2019]s?)?(?:[\s\u00a0]+[\w-]+)?[\s\u00a0]+"
        rf"{_PRESENCE_ELSEWHERE}",
        written,
        re.IGNORECASE,
    ) or _CUT_FROM_THE_WORK.search(written)
    if found is None:
        return []
    said = " ".join(found[0].split())
    if _note_quotes(claim, said):
        return []
    message = (
        f"the quote writes {said!r}: another thing of {claim.value.id} than the work itself,"
        f" or a part cut from it: no {claim.predicate.value} link of it; quote the words that"
        f" put {claim.subject} in the work itself, or say in a note why the link stands,"
        f" quoting {said!r}"
    )
    return [Breach("relation words", "quote", message)]


#: The verbs of making or playing a part in a work, each in its "-ing" form: after "known
#: for" they say what the person is known for in the work ("known for starring in
#: Ballerina", "known for playing Rooney in"). Any other "-ing" verb there ("known for
#: turning down Ballerina", "known for criticizing") is something else the person did to
#: the work (:func:`notable_work_known_for_making_it`).
KNOWN_FOR_MAKING_VERBS = (
    "starring", "co-starring", "costarring", "playing", "appearing", "acting", "portraying",
    "voicing", "leading", "headlining", "fronting", "directing", "co-directing", "helming",
    "writing", "co-writing", "penning", "scripting", "producing", "co-producing",
    "executive producing", "creating", "co-creating", "making", "shooting", "scoring",
    "performing", "dancing", "fighting", "doing stunts",
)  # fmt: skip
# "known for" (or "famous for", "remembered for"), the adverb before it, and the words
# after it to the next clause mark.
_KNOWN_FOR = re.compile(
    r"(?:(?<![\w'\u2019-])(?P<few>(?i:least|less|little|barely|hardly|scarcely|rarely|seldom))"
    r"[\s\u00a0]+)?(?<![\w'\u2019-])(?i:known|famous|remembered|celebrated|recognized"
    r"|recognised)[\s\u00a0]+(?i:for|from)(?![\w'\u2019-])"
)
_KNOWN_FOR_MAKING = re.compile(_as_words(KNOWN_FOR_MAKING_VERBS))
_ING_WORD = re.compile(r"(?<![\w'\u2019-])([^\W\d_][\w-]*ing)(?![\w'\u2019-])")


def notable_work_known_for_making_it(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A ``notable_work`` is what its person is known for making or playing in: where the
    value's sentence says "known for" (or "famous for", "remembered for") before the work's
    name, the person is known for the work itself only where an "-ing" verb between them,
    if any, is one of making or playing a part (:data:`KNOWN_FOR_MAKING_VERBS`: "known for
    starring in Ballerina", "known for playing Rooney in"), no word of few comes before it
    ("least known for", "less", "little", "barely", "hardly", "rarely"), and the subject is
    not named between them (in "Ana de Armas, best known for playing opposite Keanu Reeves
    in Ballerina", Keanu Reeves is no one known for it). "known for turning down
    Ballerina", "known for criticizing Ballerina" and "least known for Ballerina" are
    refused, unless a note quoting the words read says why the work is theirs."""
    if claim.predicate.value != "notable_work" or not isinstance(claim.value, EntityRef):
        return []
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    value_names = [name for name in catalog.entity(claim.value.id).names if name.strip()]
    subject_names = [name for name in catalog.entity(claim.subject).names if name.strip()]
    for known in _KNOWN_FOR.finditer(sentence):
        work = min(
            (
                found.start()
                for name in value_names
                for found in _name_pattern(name).finditer(sentence, known.end())
            ),
            default=None,
        )
        if work is None:
            continue
        between = sentence[known.end() : work]
        said = None
        if known["few"]:
            said = " ".join(known[0].split())
        elif any(_name_pattern(name).search(between) for name in subject_names):
            said = " ".join(sentence[known.start() : work].split())
        else:
            verbs = list(_ING_WORD.finditer(sentence, known.end(), work))
            if verbs and not _KNOWN_FOR_MAKING.match(sentence, verbs[0].start()):
                said = " ".join(sentence[known.start() : verbs[0].end()].split())
        if said is None or _note_quotes(claim, said):
            continue
        message = (
            f"the quote writes {said!r}: not what {claim.subject} is known for making or"
            f" playing in {claim.value.id}: quote words that say the work is theirs ('known"
            " for starring in', 'best known for'), or quote"
            f" {said!r} in the note and say why it stands"
        )
        return [Breach("relation words", "quote", message)]
    return []


#: The nouns of a work's place in a series: written just after the series' name ("a John
#: Wick spin-off", "the John Wick franchise's fifth film", "all four John Wick movies", the
#: John Wick universe), or just before it with a preposition ("a spin-off of the John Wick
#: franchise", "another adventure from the John Wick universe"), they put the work in it
#: (:func:`_series_unbound`).
SERIES_MEMBERSHIP_NOUNS = (
    "part", "entry", "entries", "installment", "installments", "instalment", "instalments",
    "chapter", "chapters", "spin-off", "spin-offs", "spinoff", "spinoffs", "spin off",
    "spin offs", "sequel", "sequels", "prequel", "prequels", "film", "films", "movie",
    "movies", "adventure", "adventures", "project", "projects", "world", "universe",
)  # fmt: skip
#: The words just before a series' name (an article between) that put the work in it: a
#: noun of :data:`SERIES_MEMBERSHIP_NOUNS` and its preposition ("part of", "an entry in",
#: "a sequel to", "an adventure from"), or a verb ("belongs to", "joins", "expands", "is
#: set in"). Another noun before a preposition there ("the director of", "Kate Beckinsale
#: of", "first film since", "the look of") owns the series, not the work.
SERIES_MEMBERSHIP_BEFORE = (
    *(f"{noun} {word}" for noun in SERIES_MEMBERSHIP_NOUNS for word in ("of", "in", "from", "to")),
    "belongs to", "belonged to", "belong to", "belonging to", "joins", "joined", "join",
    "joining", "expands", "expanded", "expand", "expanding", "set in",
)  # fmt: skip
#: The words before a series' name, in its clause, that make it a likeness of the work, no
#: series it is in: "Ballerina, like Underworld, is a franchise film", "feels like an entry
#: in the Underworld franchise", "in the vein of".
SERIES_LIKENESS_WORDS = (
    "like", "unlike", "akin to", "similar to", "reminiscent of", "in the vein of",
    "in the style of", "in the mold of", "in the mould of", "\u00e0 la", "a la", "the next",
)  # fmt: skip
_SERIES_MEMBERSHIP_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:" + _phrases(SERIES_MEMBERSHIP_BEFORE) + r")\s*\Z"
)
_SERIES_MEMBERSHIP_AFTER = re.compile(
    r"\A[\"\u201c\u201d'\u2018\u2019]?\s*(?i:(?:franchise|series|saga)\s*)?"
    r"(?:['\u2019]s\s+)?(?:[\w-]+\s+)?(?i:" + _phrases(SERIES_MEMBERSHIP_NOUNS) + r")(?![\w-])"
)
_SERIES_LIKENESS = re.compile(
    r"(?<![\w'\u2019-])(?i:" + _phrases(SERIES_LIKENESS_WORDS) + r")(?![\w'\u2019-])"
)
# The articles, quotation marks and counting words between a preposition and a name.
_BEFORE_A_SERIES_NAME = re.compile(
    r"(?:(?<![\w'\u2019-])(?i:the|a|an|another|all|four|five|fifth|fourth|new|latest"
    r"|upcoming|previous|original)\s+|[\"\u201c\u201d'\u2018]\s*)*\Z"
)
_PREPOSITION_AT_END = re.compile(
    r"(?P<said>[\w'\u2019-]+\s+(?i:of|in|from|to|since|by|with|after|before|than|about|at"
    r"|for|on|into|behind|beyond|over))\s*\Z"
)


def _series_unbound(written: str, names: Sequence[str]) -> str | None:
    """The words of ``written`` (a ``part_of_series`` claim's clause) that leave every
    mention of the series (``names``) unbound to the work, or None where one is bound: the
    series named just after a noun of :data:`SERIES_MEMBERSHIP_BEFORE` and its preposition
    or one of its verbs, or just before a noun of :data:`SERIES_MEMBERSHIP_NOUNS`, with no
    other noun and preposition just before it ("the director of the Underworld franchise",
    "Kate Beckinsale of", "first film since") and no word of :data:`SERIES_LIKENESS_WORDS`
    before it in the clause ("like Underworld", "feels like an entry in")."""
    said = None
    for name in names:
        for found in _name_pattern(name).finditer(written):
            before = written[: found.start()]
            trail = _BEFORE_A_SERIES_NAME.search(before)
            head = before if trail is None else before[: trail.start()]
            mention = " ".join(written[len(head) : found.end()].split())
            likeness = _SERIES_LIKENESS.search(before)
            owner = _PREPOSITION_AT_END.search(head)
            if likeness is not None:
                said = said or " ".join(written[likeness.start() : found.end()].split())
            elif _SERIES_MEMBERSHIP_BEFORE.search(head):
                return None
            elif owner is not None:
                said = said or " ".join(f"{owner['said']} {mention}".split())
            elif _SERIES_MEMBERSHIP_AFTER.match(written[found.end() :]):
                return None
            else:
                said = said or mention
    return said


def series_said_of_the_work_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A ``part_of_series`` link puts the work itself in the series: its clause (as
    :func:`link_written_with_its_words_or_noted` reads it) names the series bound to a
    place in it (:func:`_series_unbound`: "part of the John Wick franchise", "a spin-off
    of", "an entry in", "belongs to", "joins", "a John Wick spin-off", "the John Wick
    franchise's fifth film"), not another's series ("the director of the Underworld
    franchise", "Kate Beckinsale of", "first film since") nor a likeness ("like
    Underworld", "feels like an entry in"). Or else the claim's note says why it stands."""
    if claim.predicate.value != "part_of_series" or not isinstance(claim.value, EntityRef):
        return []
    if claim.note:
        return []
    lead = len(lead_in(claim, catalog))
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    cut = _CLAUSE_BREAK.search(sentence, lead + len(claim.evidence.quote))
    written = _own_clause(sentence[: None if cut is None else cut.start()], lead)
    series = _series_unbound(written, _with_lowercase_the(catalog.entity(claim.value.id).names))
    if series is None:
        return []
    message = (
        f"the quote writes {claim.value.id} in {series!r}, which does not put"
        f" {claim.subject} in it (another's, a likeness, or no word of a place in it): quote"
        " words that do ('part of', 'a spin-off of', 'an entry in', 'belongs to', 'joins',"
        " 'a ... spin-off', 'the ... franchise's fifth film'), or a note must say why it"
        " stands"
    )
    return [Breach("relation words", "quote", message)]


def link_written_with_its_words_or_noted(
    claim: Claim, catalog: Catalog, reviewed: Mapping[str, str] = RELATION_FROM_CONTEXT
) -> list[Breach]:
    """A link between two entities other than a credit (:data:`RELATION_WORDS`: "follows",
    "followed_by", "student_of", "adoptive_parent", "member_of", "owned_by",
    "director_manager", "part_of_series", "spouse", "different_from", "first_appearance",
    "final_appearance", "one_of_the_final_appearances", "production_company",
    "distributor", "original_broadcaster", "present_in_work", "notable_work", "based_on")
    is written with a word of its own relation in the value's clause (its :func:`lead_in` but
    for another clause, the quote, and the words after it to a clause's break; a word inside
    a name of the catalog is the name's), in the order of names the word gives: "Ballerina
    follows John Wick: Chapter 4" is no ``followed_by``, "The Director trained Rooney" no
    ``student_of`` The Director, nor "Rooney trains the Director" Rooney's (a name is read
    with "the" mid-sentence; where the clause writes one of the two names, the side of the
    word it stands on gives the order; a possessive before a noun read both ways, the
    entity :data:`RELATION_POSSESSOR` says: "Rooney's student, the Director"). And no
    word that undoes the link is in that clause (:data:`RELATION_UNDOING_WORDS`: "left",
    "fired", "separate from"; or the link's own, :data:`RELATION_UNDOING_OF`: "divorced",
    "girlfriend" for a spouse, "passed on" for a studio). Or else the claim's note says why
    the link stands; a reviewed exception names its claim."""
    own = _RELATION.get(claim.predicate.value)
    if own is None or not isinstance(claim.value, EntityRef) or claim.note or claim.id in reviewed:
        return []
    lead = len(lead_in(claim, catalog))
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    cut = _CLAUSE_BREAK.search(sentence, lead + len(claim.evidence.quote))
    written = _own_clause(sentence[: None if cut is None else cut.start()], lead)
    blanked = _without_names(written, claim, catalog)
    if claim.qualifiers.status is Status.SUPERSEDED:
        # A link ended since ("stopped distributing") is what a superseded link states: its
        # verb of ending blanked, the "-ing" form left as the link's word.
        blanked = _ENDING_VERB.sub(lambda verb: " " * len(verb[0]), blanked)
    undoing_words = _RELATION_UNDOING_OF.get(claim.predicate.value, _RELATION_UNDOING)
    undoing = None if undoing_words is None else undoing_words.search(blanked)
    if undoing is not None:
        # The words as written: a name inside them is blanked only where it was read.
        said = " ".join(written[undoing.start() : undoing.end()].split())
        message = (
            f"the quote's {said!r} undoes the {claim.predicate.value} link: "
            "a note must say why it stands"
        )
        if _ENDED_DOING.fullmatch(said):
            message += " (or, for a link held and ended since, the status 'superseded')"
        return [Breach("relation words", "quote", message)]
    # The names where the quote writes them, else in the rest of the clause: "As fans of
    # the John Wick franchise would know, ... The Director, who trained John Wick" orders
    # the quote's John Wick after The Director.
    quoted = " " * lead + claim.evidence.quote
    # "The Director" is "the Director" mid-sentence: an unread name leaves the order unread.
    subject_names = _with_lowercase_the(catalog.entity(claim.subject).names)
    value_names = _with_lowercase_the(catalog.entity(claim.value.id).names)
    subject_at = _first_named(quoted, subject_names)
    value_at = _first_named(quoted, value_names)
    # A name both entities go by ("John Wick", the character and the franchise) names
    # neither first: the rest of the clause orders them ("Reeves as Wick, the assassin at
    # the center of the John Wick films").
    if subject_at is None or value_at is None or subject_at == value_at:
        subject_at = _first_named(written, subject_names)
        value_at = _first_named(written, value_names)
    rows = RELATION_WORDS[claim.predicate.value]
    names = {"subject": subject_names, "value": value_names}
    backwards: list[str] = []
    another = None
    unbound_words: tuple[str, str] | None = None
    for found in own.finditer(blanked):
        order = rows[int(next(k for k, v in found.groupdict().items() if v is not None)[1:])][1]
        # An organization's link word is its own only in its own clause.
        if claim.predicate.value in ORGANIZATION_LINKS and (
            clause := _link_word_of_another(written, found.start(), found.end(), value_names)
        ):
            another = another or (found[0], clause)
            continue
        # A possessive before a word that reads both ways, or before a teacher's noun, gives
        # its direction: "The Director's student John Wick", not "John Wick's student, the
        # Director"; "Rooney's mentor, the Director" (:data:`_TEACHER_NOUN`).
        teacher = claim.predicate.value == "student_of" and _TEACHER_NOUN.fullmatch(found[0])
        possessed = (
            _possessive_order(claim.predicate.value, written, blanked, found, names)
            if order == "either" or teacher
            else None
        )
        if possessed is True:
            return []
        if possessed is None and claim.predicate.value in BOUND_LINKS:
            unbound = _link_word_unbound(
                written,
                blanked,
                found,
                forward=None if order == "either" else order == "forward",
                subject_names=subject_names,
                value_names=value_names,
                group=claim.predicate.value == "member_of",
            )
            if unbound is not None:
                unbound_words = unbound_words or (found[0], unbound)
                continue
        if possessed is None and order == "either":
            return []
        # An object relative clause makes its later name the doer: "Ballerina, which John
        # Wick 5 will follow" reads John Wick 5 first.
        ordered = (
            (value_at, subject_at)
            if _object_relative_between(written, found.start(), subject_at, value_at)
            else (subject_at, value_at)
        )
        if possessed is None and _in_its_order(order == "forward", found.start(), *ordered):
            return []
        backwards.append(" ".join(written[found.start() : found.end()].split()))
    message = (
        _unbound_refusal(claim, *unbound_words)
        if unbound_words is not None and not backwards
        else _link_refusal(claim, another, backwards)
    )
    return [Breach("relation words", "quote", message)]


def _unbound_refusal(claim: Claim, link_word: str, said: str) -> str:
    """Why :func:`link_written_with_its_words_or_noted` refuses ``claim`` whose link word
    ``link_word`` is not bound to its two names in the words ``said``
    (:func:`_link_word_unbound`)."""
    assert isinstance(claim.value, EntityRef)
    return (
        f"the quote writes {' '.join(link_word.split())!r} in {said!r}, which does not say"
        f" the {claim.predicate.value} link of {claim.subject} and {claim.value.id}"
        " (a name compared, a co-subject, a third person's clause, or another group named"
        " of it): quote words that"
        f" give {claim.subject} the link with {claim.value.id}, or a note must say why"
        " it stands"
    )


def _link_refusal(claim: Claim, another: tuple[str, str] | None, backwards: list[str]) -> str:
    """Why :func:`link_written_with_its_words_or_noted` refuses ``claim``: its link word is
    another organization's (``another``: the word and its clause), reads the link the other
    way round (``backwards``), or is not written."""
    assert isinstance(claim.value, EntityRef)
    if another is not None:
        return (
            f"the quote writes {another[0]!r} in a clause that does not name"
            f" {claim.value.id} ({another[1]!r}): the {claim.predicate.value} link of another"
            f" organization, not {claim.value.id}'s; quote the words that link it, or a note"
            " must say why it stands"
        )
    if backwards:
        return (
            f"the quote's {', '.join(map(repr, dict.fromkeys(backwards)))} read the"
            f" {claim.predicate.value} link the other way round: in the order of its names"
            f" there, they make {claim.value.id} its subject and {claim.subject} its value;"
            " quote words that give the link in the claim's direction, or a note must say"
            " why it stands"
        )
    return (
        f"the quote writes no word of the {claim.predicate.value} link"
        + f" (a word such as {_RELATION_READINGS[claim.predicate.value]}): quote the words"
        " that give it, or a note must say why it stands"
    )


#: The links a holder may lose, and the words of a link held once or lost, or ending, read
#: in the link's own clause: "Winston Scott, who once owned the Continental Hotel" ("once"
#: before the verb), "formerly", "former", "used to", "previously", "was deposed as head
#: of", "was replaced as head", "removed as", "dethroned", "unseated", "outgoing"; and the
#: removal from a post in every form of its verb ("steps down as", "stepped down from",
#: "was dismissed as", "stripped of his post as", "was succeeded as"). The claim has the
#: status ``superseded``, or its note quotes the words and says why the link stands
#: (:func:`former_link_superseded_or_noted`). Patterns, read whole in any case.
FORMER_LINK_PREDICATES = ("owned_by", "director_manager", "member_of")
FORMER_LINK_WORDS = (
    r"once(?=\s+(?!again\b|more\b|upon\b)[a-z]+(?:ed|wn|d)\b)", r"formerly", r"former",
    r"used\s+to", r"previously", r"depos(?:e|es|ed|ing)", r"replaced\s+as",
    r"remov(?:e|es|ed|ing)\s+(?:as|from)", r"dethron(?:e|es|ed|ing)",
    r"unseat(?:s|ed|ing)?", r"st(?:ep|eps|epped|epping)\s+down",
    r"dismiss(?:es|ed|ing)?\s+(?:as|from)",
    r"strip(?:s|ped|ping)?(?:\s+[\w'\u2019]+){0,2}?\s+of",
    r"(?:is|are|was|were|be|been|being)\s+succeeded", r"outgoing",
)  # fmt: skip
#: The words of a link not held yet, read in the link's own clause as
#: :data:`FORMER_LINK_WORDS` are: "the incoming manager", "manager-designate", "the
#: manager-elect", "soon-to-be". The claim has the status ``expected`` or ``scheduled``, or
#: its note quotes the words and says why the link stands. Patterns, read whole in any case.
NOT_YET_LINK_WORDS = (r"incoming", r"designate", r"elect", r"soon[-\s]to[-\s]be", r"future")
NOT_YET_LINK_STATUSES = frozenset({Status.EXPECTED, Status.SCHEDULED})
_NOT_YET_LINK = re.compile(
    r"(?<![\w'\u2019])(" + "|".join(NOT_YET_LINK_WORDS) + r")(?![\w'\u2019-])", re.IGNORECASE
)
_FORMER_LINK = re.compile(
    r"(?<![\w'\u2019-])(" + "|".join(FORMER_LINK_WORDS) + r")(?![\w'\u2019-])", re.IGNORECASE
)


def former_link_superseded_or_noted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A link a holder may lose (:data:`FORMER_LINK_PREDICATES`: ``owned_by``,
    ``director_manager``, ``member_of``) whose own clause (its :func:`lead_in` but for
    another clause, the quote, and the words after it to a clause's break; a word inside a
    name of the catalog is the name's) says it was held once or lost
    (:data:`FORMER_LINK_WORDS`: "once owned", "was deposed as head of", "steps down as",
    "was dismissed as", "outgoing") has the status ``superseded``; one whose clause says it
    is not held yet (:data:`NOT_YET_LINK_WORDS`: "the incoming manager") has the status
    ``expected`` or ``scheduled``; or else its note quotes the words."""
    if claim.predicate.value not in FORMER_LINK_PREDICATES or not isinstance(
        claim.value, EntityRef
    ):
        return []
    lead = len(lead_in(claim, catalog))
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    cut = _CLAUSE_BREAK.search(sentence, lead + len(claim.evidence.quote))
    written = _own_clause(sentence[: None if cut is None else cut.start()], lead)
    blanked = _without_names(written, claim, catalog)
    passages = " ".join(" ".join(note_passages(claim.note)).casefold().split())
    for table, statuses, makes in (
        (_FORMER_LINK, SUPERSEDED_STATUSES, _SUPERSEDED),
        (_NOT_YET_LINK, NOT_YET_LINK_STATUSES, "a link not held yet"),
    ):
        if claim.qualifiers.status in statuses:
            continue
        for found in table.finditer(blanked):
            words = " ".join(found[1].casefold().split())
            if words in passages:
                continue
            wanted = " or ".join(repr(status.value) for status in sorted(statuses, key=str))
            message = (
                f"the quote's clause writes {words!r} of the {claim.predicate.value} link,"
                f" which makes it {makes}: give it the status {wanted}, or quote the words"
                " in the note and say why it stands"
            )
            return [Breach("former link", "qualifiers.status", message)]
    return []


# A relative clause after a comma, to its closing comma or its clause's end, across the
# ", and" of a list: ", who trained Eve,", ", whose credits include X, and Y".
_COMMA_RELATIVE_CLAUSE = re.compile(
    r",[\s\u00a0]*(?i:who|whom|whose|which|that)(?![\w'\u2019-])[^,;:.!?()\u2013\u2014]*"
    r"(?:,[\s\u00a0]*(?i:and|or)[\s\u00a0][^,;:.!?()\u2013\u2014]*)*"
)


def link_word_of_its_own_names(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A link between two entities other than a credit (:data:`RELATION_WORDS`) whose own
    words its clause writes only inside a relative clause that names neither the subject
    nor the value, or names one of them and follows no name of the other, is no link of
    theirs: the words of ", who trained Eve," are said of the name the clause follows and
    of Eve, so "The Director, who trained Eve, hates John Wick" makes John Wick no student
    of The Director. The clause is the link's own (its
    :func:`lead_in` but for another clause, the quote, and the words after it to a clause's
    break); a word inside a name of the catalog is the name's. A note saying why the link
    stands lets it through."""
    own = _RELATION.get(claim.predicate.value)
    if own is None or not isinstance(claim.value, EntityRef) or claim.note:
        return []
    lead = len(lead_in(claim, catalog))
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    cut = _CLAUSE_BREAK.search(sentence, lead + len(claim.evidence.quote))
    written = _own_clause(sentence[: None if cut is None else cut.start()], lead)
    if not _COMMA_RELATIVE_CLAUSE.search(written):
        return []
    # Read with the names blanked: a name's colon ("John Wick: Chapter 3") ends no clause.
    blanked = _without_names(written, claim, catalog)
    relatives = [found.span() for found in _COMMA_RELATIVE_CLAUSE.finditer(blanked)]
    sides = (catalog.entity(claim.subject).names, catalog.entity(claim.value.id).names)
    said = []
    for found in own.finditer(blanked):
        inside = next((span for span in relatives if span[0] <= found.start() < span[1]), None)
        if inside is None:
            return []  # a word of the link outside a relative clause
        clause = written[inside[0] : inside[1]]
        # The one the clause is of: the name just before its comma.
        before = written[: inside[0]].rstrip()
        follows = [
            any(
                found.end() == len(before)
                for name in names
                for found in _name_pattern(name).finditer(before)
            )
            for names in sides
        ]
        named = [any(_name_pattern(name).search(clause) for name in names) for names in sides]
        if all(named) or (named[0] and follows[1]) or (named[1] and follows[0]):
            return []
        said.append((found[0], clause))
    if not said:
        return []
    word, clause = said[0]
    message = (
        f"the quote writes {' '.join(word.split())!r} of the {claim.predicate.value} link only"
        f" in the relative clause {' '.join(clause.strip(', ').split())!r}, whose words are"
        " said of the name it follows and the names it writes, not of both"
        f" {claim.subject} and {claim.value.id}: quote the words that give the link, or a"
        " note must say why it stands"
    )
    return [Breach("relation words", "quote", message)]


# The words before a "to" that let the verb after it stand (DONE_BEFORE_TO), or give the
# claim a status the status rules then ask for (a plan, a forecast, a hope, a hedge).
_BEFORE_TO_READ = re.compile(
    r"(?<![\w'\u2019-])(?i:"
    + _phrases(
        {
            *DONE_BEFORE_TO,
            *FUTURE_WORDS,
            *HEDGE_WORDS,
            *HOPE_WORDS,
        }
    )
    # The person blanked between: "tapped Gabriel Byrne to play", "cast her to play".
    + r")(?:[\s\u00a0]+(?:_[_\s\u00a0]*|(?i:him|her|them)))?[\s\u00a0]*(?:(?i:to)[\s\u00a0]*)?\Z"
)
# "to", then "be" or "become" and an article, as a verb's infinitive starts.
_TO_INFINITIVE = re.compile(
    r"(?<![\w'\u2019-])(?i:to)[\s\u00a0]+(?:(?i:be|become)[\s\u00a0]+(?:(?i:an?|the)[\s\u00a0]+)?)?"
)
# A word of a credit's or link's own that is a noun or an inflected form, not a verb's bare
# form after "to" ("according to director Len Wiseman", "to the lead", "to members").
_NOT_A_BARE_VERB = re.compile(
    r"(?i:the|an?|lead|leading|film|films|movie|movies|scene|scenes|back|opposite"
    r"|\w+(?:s|ed|ing|ion|er|or|ance|al))\b"
)
# A noun that is a title before a name ("thanks to star Ana de Armas").
_TITLE_BEFORE_A_NAME = re.compile(r"(?i:star|co-star|lead|head)[\s\u00a0]+(?:[A-Z]|_)")
# The words of a credit's or link's own after "to" that a note may quote to let it stand.
_BEFORE_TO_NAMED = re.compile(r"(?:[\w'\u2019-]+[\s\u00a0]+){0,2}\Z")


_LINK_VERB_AFTER_TO = {
    predicate: re.compile(_as_words(verbs)) for predicate, verbs in LINK_VERBS_AFTER_TO.items()
}


def _own_verbs_after_to(claim: Claim) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The patterns of the claim's own words: its credit's role (:data:`ROLE_WORDS`, for a
    person's credit), or its link's (:data:`RELATION_WORDS`) and their bare forms
    (:data:`LINK_VERBS_AFTER_TO`); None for any other claim."""
    if not isinstance(claim.value, EntityRef):
        return None
    if claim.predicate.value in ROLE_WORDS:
        if not claim.value.id.startswith("person/"):
            return None
        return _ROLE[claim.predicate.value], None
    own = _RELATION.get(claim.predicate.value)
    return None if own is None else (own, _LINK_VERB_AFTER_TO.get(claim.predicate.value))


def verb_after_to_done_or_noted(
    claim: Claim, catalog: Catalog, reviewed: Mapping[str, str] = TO_CLAUSE_FROM_CONTEXT
) -> list[Breach]:
    """A credit's or link's own verb in a "to"-clause (its bare form after "to", or "to be"
    or "to become" and one of its words: "to star", "to direct", "to join", "to become a
    member of") is done only where the word before the "to" says it was, or gives a status
    the status rules read (:data:`DONE_BEFORE_TO`: "signed on to star", "agreed to direct",
    "was set to star"): "Kate Beckinsale campaigned to star in Ballerina", "was asked to
    star", "Eve, who fails to join the Ruska Roma", "is forbidden to join", "is too young to
    join" give no credit nor membership. The words are read in the claim's own clause
    (its :func:`lead_in` but for another clause, the quote, and the words after it to a
    clause's break); a word of the credit that is a title before a name ("thanks to star
    Ana de Armas") is no verb. The message names the words before the "to"; a note quoting
    them and saying why the claim stands lets it through; a reviewed exception names its
    claim."""
    patterns = _own_verbs_after_to(claim)
    if patterns is None or claim.id in reviewed:
        return []
    own, bare_verbs = patterns
    lead = len(lead_in(claim, catalog))
    sentence = lead_in(claim, catalog) + claim.evidence.quote + lead_out(claim, catalog)
    cut = _CLAUSE_BREAK.search(sentence, lead + len(claim.evidence.quote))
    written = _own_clause(sentence[: None if cut is None else cut.start()], lead)
    if not re.search(r"(?i:to)", written):
        return []
    blanked = _without_names(written, claim, catalog)
    passages = " ".join(note_passages(claim.note))
    for to in _TO_INFINITIVE.finditer(blanked):
        bare = not re.search(r"(?i:be|become)[\s\u00a0]", to[0][2:])
        verb = bare_verbs.match(blanked, to.end()) if bare and bare_verbs else None
        if verb is None:
            verb = own.match(blanked, to.end())
            if verb is None or (bare and _NOT_A_BARE_VERB.match(blanked, to.end())):
                continue
        if bare and _TITLE_BEFORE_A_NAME.match(blanked, to.end()):
            continue
        before = blanked[: to.start()]
        if _BEFORE_TO_READ.search(before):
            continue
        # A headline's name at its clause's start: "Ana de Armas to star in Ballerina".
        if re.fullmatch(r"[\W_]*_[_\s\u00a0]*", before) and "_" in before:
            continue
        # The words before the "to" as the text writes them, a name's left out.
        named = _BEFORE_TO_NAMED.search(before)
        start = to.start() - len(named[0]) if named else to.start()
        said = " ".join(
            word
            for word, seen in zip(
                written[start : verb.end()].split(),
                blanked[start : verb.end()].split(),
                strict=False,
            )
            if "_" not in seen
        )
        if re.search(_as_words((said,)), passages):
            continue
        message = (
            f"the quote writes {said!r}: a {claim.predicate.value} verb after 'to' is"
            " done only where the word before 'to' says it was ('signed on to', 'cast to',"
            " 'agreed to', 'confirmed to', 'returns to') or gives a status ('set to'"
            " expected, 'tried to' hoped), and an effort, a request, a refusal or a"
            " want of means ('campaigned to', 'was asked to', 'fails to', 'is too young to')"
            f" gives no {claim.predicate.value}; quote the words that say it was done, or"
            f" quote {said!r} in a note and say why the claim stands"
        )
        return [Breach("done after to", "value.id", message)]
    return []


#: The words that may bind any entity value to its subject besides its predicate's own
#: (:func:`relation_in_a_known_shape_or_noted`): articles, the forms of "be", "have" and
#: "will", the prepositions and conjunctions that join a subject, its relation and its
#: value ("is directed by", "Len Wiseman's Ballerina", "stars in and produces"), and the
#: nouns and genres of a work ("the Netflix horror film"). No negation, modal, relative
#: pronoun, verb of saying or adverb is one: they change what a clause says.
SHAPE_COMMON_WORDS = frozenset(
    {"a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "has", "have",
     "had", "will", "'s", "s", "and", "by", "of", "in", "on", "at", "for", "as", "with",
     "from", "its", "his", "her", "their", "'", "film", "films", "movie", "movies", "also",
     "series", "miniseries", "sitcom", "drama", "franchise",
     *(word.casefold() for genre in TEXT_VALUE_WORDS["genre"] for word in genre.split())}
)  # fmt: skip
#: The predicates whose word a scope narrows ("final film in the John Wick series", "final
#: action film", "final appearance as John Wick", "first appearance in Ballerina comes
#: late"): the rest of the later name's clause is read, no genre or other name of the
#: value's kind is a common word there, and "final" or "last" stands just before its noun.
SCOPED_PREDICATES = frozenset(
    {"final_appearance", "one_of_the_final_appearances", "first_appearance"}
)
_SCOPED_COMMON_WORDS = SHAPE_COMMON_WORDS - {
    "series", "miniseries", "sitcom", "drama", "franchise",
    *(word.casefold() for genre in TEXT_VALUE_WORDS["genre"] for word in genre.split()),
}  # fmt: skip
#: The words of each predicate's own relation that its clause may hold, beside the tables
#: its other rules read (:data:`ROLE_WORDS`, :data:`RELATION_WORDS`, ...).
SHAPE_WORDS: dict[str, tuple[str, ...]] = {
    "production_status": ("officially", "finally", "now", "already", "formally"),
    "plot": (
        "center", "centers", "centered", "centre", "centres", "centred", "around", "follow",
        "follows", "followed", "about", "focus", "focuses", "focused", "revolve",
        "revolves", "revolved", "tell", "tells", "told", "story", "see", "sees", "will",
    ),
    "notable_work": (
        "known", "best", "well", "star", "work", "works", "credit", "credits", "include",
        "includes", "including", "previous", "previously", *itertools.chain(*ROLE_WORDS.values()),
    ),
    "final_appearance": (
        "last", "final", "very", "appearance", "appearances", "role", "roles", "performance",
        "performances", "outing", "outings", "credit", "credits", "screen",
    ),
    "cost": (
        "pegged", "put", "estimated", "reported", "reportedly", "made on", "made with",
        "production", "carries", "carried", "carry", "net", "price", "tag", "price tag",
        "to make", "to produce", "to shoot", "to film",
    ),
    "spouse": ("to",),
    "date_of_death": ("age", "aged"),
    "part_of_series": (
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "latest", "newest", "new", "next", "last", "final", "entry", "installment",
    ),
    "follows": ("timeline", "story", "events", "directly", "immediately", "chronologically"),
    "followed_by": ("timeline", "story", "events", "directly", "immediately"),
    "cast_member": (
        "makes", "making", "made", "small", "brief", "supporting", "minor", "major",
        "leading", "lead",
    ),
    "box_office": (
        "now", "already", "so far", "to date", "total", "totals", "totaled", "totalled",
        "a total of", "reached", "reaches", "reach", "bringing", "brings", "brought",
        "cumulative", "running total", "has", "crossed", "crosses", "amassed", "amasses",
        "stands at", "stood at", "haul", "hauls",
    ),
    "filming_location": ("set", "sets", "stage", "stages", "soundstage", "soundstages", "backlot"),
    "adoptive_parent": ("mother", "father", "parent", "parents", "mom", "mum", "dad"),
    "one_of_the_final_appearances": (
        "among", "one", "last", "final", "appearance", "appearances", "role", "roles",
        "performance", "performances", "outing", "outings", "credit", "credits", "screen",
    ),
    # A streaming date as the services announce it: "available to stream on Peacock
    # starting August 15, 2025", "streams exclusively on Peacock from".
    "release_date": ("starting", "beginning", "exclusively", "date"),
}  # fmt: skip


# The shape words' phrases, made patterns at import as every table's are (read across any
# whitespace); the net's own pattern (:func:`_shape_pattern`) is built when first needed.
_SHAPE_PHRASES = {predicate: _phrases(words) for predicate, words in SHAPE_WORDS.items()}
# The modals of :data:`DOER_GAP_WORDS`, no word of a known shape: "could have directed".
_SHAPE_MODALS = frozenset({"would", "should", "can", "could", "may", "might", "shall"})


def _shape_tables(predicate: str) -> Iterator[Iterable[str]]:
    yield SHAPE_WORDS.get(predicate, ())
    # A credit's clause may list others: "written and directed by", "the credited writers".
    if predicate in ROLE_WORDS:
        yield from ROLE_WORDS.values()
        yield CASTING_NEWS_WORDS if predicate == "cast_member" else ()
        yield ("credit", "credits", "credited", "young", "younger", "older", *DONE_BEFORE_TO)
        yield (word for word in DOER_GAP_WORDS if word not in _SHAPE_MODALS)
    yield TEXT_PREDICATE_WORDS.get(predicate, ())
    yield TEXT_VALUE_WORDS.get(predicate, ())
    yield EVENT_WORDS.get(predicate, ())
    if predicate in ("box_office", "cost"):
        yield FIGURE_PREDICATE_WORDS[predicate]
    if predicate == "duration":
        yield (*RUNNING_TIME_WORDS, *RUNNING_TIME_NOUNS)
    if predicate == "chronology":
        yield STORY_ORDER_WORDS
    if predicate == "part_of_series":
        yield (*SERIES_MEMBERSHIP_NOUNS, *SERIES_MEMBERSHIP_BEFORE)


@functools.cache
def _shape_pattern(predicate: str) -> re.Pattern[str]:
    """The words and relation patterns of ``predicate``'s own shapes, as one pattern."""
    parts = [
        pattern
        for pattern, _ in RELATION_WORDS.get(predicate, ())
        if predicate not in SCOPED_PREDICATES or pattern != _FINAL_WORK
    ]
    phrases = [word for table in _shape_tables(predicate) for word in table]
    if phrases:
        parts.append(_phrases(phrases))
    if not parts:
        return re.compile(r"(?!)")
    return re.compile(
        r"(?<![\w'\u2019-])(?i:" + "|".join(f"(?:{part})" for part in parts) + r")(?![\w'\u2019-])"
    )


@functools.cache
def _status_shape_words(status: Status | None) -> frozenset[str]:
    """The words that back ``status`` (:data:`STATUS_WORDS`), each on its own; for
    ``superseded``, the words of a plan held once or a doing ended too ("was originally
    going to star", "stopped starring")."""
    if status is None:
        return frozenset()
    phrases: Iterable[str] = STATUS_WORDS.get(status, ())
    if status is Status.SUPERSEDED:
        phrases = (
            *phrases,
            *PAST_PLAN_WORDS,
            *ENDING_VERBS,
            *CREDIT_HANDED_ON_WORDS,
            "going",
            "to",
            "first",
            *itertools.chain(*CHANGE_WORDS.values(), *DATE_REPLACED_WORDS.values()),
            "corrected",
            "last",
            "week",
            "month",
            "year",
            "earlier",
            "here",
        )
    return frozenset(word.casefold() for phrase in phrases for word in phrase.split())


# For each catalog, the kinds of its entities ("person", "film", ...) by each name, folded.
_KINDS_BY_NAME: dict[int, dict[str, frozenset[str]]] = {}


def _kinds_by_name(catalog: Catalog) -> dict[str, frozenset[str]]:
    return _of_catalog(_KINDS_BY_NAME, catalog, _built_kinds_by_name)


def _built_kinds_by_name(catalog: Catalog) -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for entities in (catalog.films, catalog.people, catalog.characters, catalog.organizations):
        for entity in entities:
            for name in entity.names:
                kinds.setdefault(name.casefold(), set()).add(entity.id.partition("/")[0])
    return {name: frozenset(found) for name, found in kinds.items()}


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


@functools.lru_cache(maxsize=4096)
def _written_name(name: str) -> re.Pattern[str]:
    """``name`` as words, in any case."""
    return re.compile(r"(?<![\w'\u2019-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)


def _written_name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes each of ``names`` as words, in any case but all lowercase for
    a name with capitals, the longest first, none inside another."""
    found: list[tuple[int, int]] = []
    folded = text.casefold()
    for name in sorted(names, key=len, reverse=True):
        if name.casefold() not in folded:
            continue  # most names are in no sentence: no pattern tried
        for at in _written_name(name).finditer(text):
            written = text[at.start() : at.end()]
            if written.islower() and not name.islower():
                continue  # a common noun: "the eponymous ballerina"
            if _SUBTITLE.match(text, at.end()):
                continue  # the start of a longer title: "Ballerina: Chapter Zero"
            if not any(_overlap(at.span(), span) for span in found):
                found.append(at.span())
    return found


# A listing's shape: a work in a bracket after a person ("Unity Phelan (I'm Thinking of
# Ending Things)"), or a work's service, studio or network and the work's noun before its
# title ("Netflix horror film The Call"); and the predicates it gives.
_LISTING_SHAPE = re.compile(
    r"[\s\u00a0]*\([\s\u00a0]*|[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?" + _WORK_NOUN + r"[\s\u00a0]+"
)
_LISTED_PREDICATES = frozenset(
    {"notable_work", "distributor", "original_broadcaster", "production_company"}
)
_WORK_KINDS = frozenset({"film", "series", "franchise"})
# The words of an amount or a date's number: "$90 million", "slashed in half".
_NUMBER_SHAPE_WORDS = frozenset(
    {"million", "millions", "billion", "billions", "thousand", "thousands", "hundred", "m",
     "bn", "k", "half", "double", "twice", "third", "quarter", "percent", "per", "cent", "us",
     "usd"}
)  # fmt: skip
_ARTICLE_JUST_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?i:the|a|an|its|his|her|their|this|that|these|those|in|on|of|from"
    r"|for|at)[ \u00a0]+\Z"
)
_WORD_JUST_AFTER = re.compile(r"[ \u00a0]+([a-z][a-z-]*)(?![\w'\u2019])")
#: The words that may follow a work's name in a clause of a known shape, beside the
#: predicate's own and :data:`SHAPE_COMMON_WORDS`: prepositions, conjunctions, pronouns
#: and the verbs of being; any other lowercase word just after it ("the Ballerina dub",
#: "the Ballerina stage show") is a noun the name stands before, and no shape.
_WORDS_AFTER_A_WORK = frozenset(
    {"alongside", "opposite", "this", "next", "when", "after", "before", "since", "until",
     "which", "who", "that", "but", "while", "or", "to", "later", "too", "again", "itself",
     "himself", "herself", "themselves", "together", "into", "about", "through", "during",
     "under", "over", "both", "each", "every", "does", "did", "do", "will", "would", "can",
     "could", "may", "might", "should", "must", "whose", "where", "so", "yet", "then", "than",
     "though", "although", "because", "if", "earlier", "now", "today", "soon", "first", "last",
     "these", "those", "out"}
)  # fmt: skip
_APPOSITION_AFTER_NAME = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?i:the|an?)[\s\u00a0][^,;:()]*,")
_SERIES_NOUN = re.compile(_as_words(SERIES_MEMBERSHIP_NOUNS))
_STOOD_IN_FOR = re.compile(
    r"(?i:(?:stood|stands?|standing)\s+in\s+for|doubl(?:ed|es|ing)\s+(?:for|as))"
    r"(?:\s+[A-Z][\w'\u2019-]*)+"
)
#: Verbs by which a sentence gives its speaker, just after the speaker's name: the name is
#: who says it, no party of what is said (:func:`unknown_shape_words`).
SPEAKER_VERBS = (
    *TELLING_WORDS, "explained", "explains", "added", "adds", "wrote", "writes", "tweeted",
    "posted", "stated", "states", "insisted", "insists", "recalled", "recalls", "admitted",
    "admits", "joked", "jokes", "quipped", "claimed", "claims", "argued", "argues",
    "remarked", "commented", "comments", "recounted", "shared", "shares", "asked", "asks",
    "replied", "replies", "continued", "continues", "laughed", "says of", "said of",
)  # fmt: skip
# A sentence's closing attribution to a name of the catalog: ", Lionsgate confirmed."
_TRAILING_ATTRIBUTION = re.compile(
    r",[\s\u00a0]*((?:[A-Z][\w'\u2019-]*[\s\u00a0]+){1,4})"
    + _as_words(SPEAKER_VERBS)
    + r"[\s.!]*\Z"
)
_SPEAKER_VERB_AFTER = re.compile(r"[\s\u00a0]+(" + _as_words(SPEAKER_VERBS) + ")")
_SPEAKER_KINDS = frozenset({"person", "org"})
_WORK_STAND_IN = re.compile(
    r"(?:\A|[.;:!?\u2013\u2014]|,)[\s\u00a0\"\u201c]*"
    r"((?i:(?:the|this)\s+(?:(?:new|latest|upcoming)\s+)?"
    r"(?:film|movie|picture|feature|flick)))(?![\w'\u2019-])"
)


def _family_names(names: Iterable[str]) -> set[str]:
    """The last word of each of a person's names, but a short one: "Reedus" of "Norman
    Reedus", "De Armas" of "Ana de Armas" as written with its particle."""
    family = set()
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        at = len(words) - 1
        while at > 1 and words[at - 1].casefold() in _NAME_PARTICLES:
            at -= 1
        last = " ".join(words[at:])
        if len(words[-1]) >= 3:
            family.update({last, last[:1].upper() + last[1:]})
    return family


_NUMBER_WORD = re.compile(r"[0-9]+(?:\.[0-9]+)?(?i:st|nd|rd|th)?")
_ORDER_PREDICATES = frozenset({"follows", "followed_by"})
_APPENDED_BEFORE = re.compile(r"(?:,|(?<![\w'\u2019-])(?i:with))[\s\u00a0]*\Z")
_YEAR_AFTER_COMMA = re.compile(r",[\s\u00a0]*[0-9]{4}(?![0-9])")
# Words of a frame that set nothing apart: "In fact, ...", "In addition, ...".
_NEUTRAL_FRAME_WORDS = frozenset({"fact", "addition", "short", "turn", "general", "brief"})
#: A credit's title in the singular, just before a name: it names that one person.
TITLE_NOUNS = (
    "director", "co-director", "helmer", "producer", "co-producer", "writer", "co-writer",
    "screenwriter", "scriptwriter", "star", "co-star", "actor", "actress", "composer",
)  # fmt: skip
_PERSON_STAND_IN = re.compile(
    r"(?:\A|[.;:!?\u2013\u2014]|,)[\s\u00a0\"\u201c]*"
    r"((?i:the\s+(?:[\w-]+\s+)?)" + _as_words(TITLE_NOUNS) + r")"
)
# The nouns by which a sentence names a subject of each kind at a clause's start.
_STAND_INS = {
    "film": _WORK_STAND_IN,
    "series": _WORK_STAND_IN,
    "franchise": _WORK_STAND_IN,
    "person": _PERSON_STAND_IN,
}
_TITLE_JUST_BEFORE = re.compile(_as_words(TITLE_NOUNS) + r"[\s\u00a0]+\Z")
#: Words that make a credit's title another job just before it: "casting director", "action
#: director", "voice director", "art director", "executive producer".
TITLE_MODIFIERS = (
    "casting", "action", "musical", "music", "voice", "art", "stunt", "second-unit", "unit",
    "assistant", "associate", "executive", "line", "creative", "dialogue", "dance", "fight",
    "animation", "visual", "effects", "vfx", "sound", "costume", "production", "location",
    "photography", "camera", "co-executive", "supervising", "consulting", "script",
)  # fmt: skip
_MODIFIED_TITLE = re.compile(
    r"(?<![\w'\u2019-])(?i:("
    + _phrases(TITLE_MODIFIERS)
    + r"))[\s\u00a0]+"
    + r"(?i:directors?|producers?|writers?|supervisors?)(?![\w'\u2019-])"
)
# What stands just before a speaker's name: a comma, or the sentence's start.
_SPEAKER_BEFORE = re.compile(r"(?:\A|,)[\s\u00a0\"\u201d']*\Z")
# A sentence's opening frame: "In the video game, ", "On paper, ", "Within the script, ".
_OPENING_FRAME = re.compile(
    r"\s*((?i:in|on|at|within|inside|throughout|of|among|amongst|across|for)[\s\u00a0][^,;()]*),"
)
_SHAPE_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w'\u2019-])")
_SUBTITLE = re.compile(r"\s*:\s*[\"\u201c']?[A-Z0-9]")
# A mark between a value and a name that puts them in two clauses, or makes the name a
# list's next item: the value does not name it.
_CLAUSE_BREAK_INSIDE = re.compile(r"[;:!?()\u2013\u2014]|\.(?![0-9])|,[^,]*,")
_BRACKETED_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_RELATIVE_AFTER_NAME = re.compile(r"\s*(?:\([^()]*\))?\s*,?\s*(who|which|whose)(?![\w'\u2019-])")


class _Binding(NamedTuple):
    """Where a claim's sentence writes its subject and its value: each one's spans, and the
    nearest two, the earlier first."""

    sentence: str
    subjects: list[tuple[int, int]]
    values: list[tuple[int, int]]
    first: tuple[int, int]
    last: tuple[int, int]
    # The entity each of the two names ("" for a text, a date or a figure).
    first_id: str
    last_id: str


def _binding(claim: Claim, catalog: Catalog) -> _Binding | None:
    """Where the claim's sentence writes its subject's name and its value (an entity's name,
    or where its quote writes a text, a date or a figure), one of the nearest two in its
    quote; ``None`` where it does not write both."""
    sentence, quote_start, quote_end = _quote_in_its_sentence(claim, catalog)
    # A name inside a longer name of the catalog's is that one's: "Ballerina" of "Ballerina 2".
    longer = _written_name_spans(sentence, _catalog_names_in(sentence, catalog))

    def own_spans(entity_id: str) -> list[tuple[int, int]]:
        names = catalog.entity(entity_id).names
        spans = _written_name_spans(sentence, names)
        if not spans and entity_id.partition("/")[0] == "person":
            # A person the sentence names by the family name alone: "ahead of Reedus".
            spans = _written_name_spans(sentence, _family_names(names))
        return [
            span
            for span in spans
            if span in longer or not any(_overlap(span, other) for other in longer)
        ]

    subjects = own_spans(claim.subject)
    stand_in = _STAND_INS.get(claim.subject.partition("/")[0])
    if not subjects and stand_in is not None:
        # A work or a person the sentence names by a noun, opening a clause: "The film
        # follows in the footsteps of John Wick", "The actress is a dancer" ("it" is as often
        # no work: "it comes as no surprise").
        subjects = [
            found.span(1)
            for found in stand_in.finditer(sentence)
            if not any(_overlap(found.span(1), span) for span in longer)
        ]
    if isinstance(claim.value, EntityRef):
        values = own_spans(claim.value.id)
    else:
        value_start, value_end = _value_span(claim, claim.evidence.quote)
        if (value_start, value_end) == (0, len(claim.evidence.quote)):
            return None
        values = [(quote_start + value_start, quote_start + value_end)]
    # A name both have tells neither apart.
    shared = [span for span in subjects if any(_overlap(span, other) for other in values)]
    subjects = [span for span in subjects if span not in shared]
    values = [span for span in values if not any(_overlap(span, other) for other in shared)]
    pairs = [
        (min(a, b), max(a, b))
        for a in subjects
        for b in values
        if a[1] <= b[0] or b[1] <= a[0]
        if quote_start < max(a[1], b[1]) and min(a[0], b[0]) < quote_end
    ]
    if not pairs:
        return None
    first, last = min(pairs, key=lambda pair: pair[1][0] - pair[0][1])
    value_id = getattr(claim.value, "id", "")
    ids = [claim.subject if span in subjects else value_id for span in (first, last)]
    return _Binding(sentence, subjects, values, first, last, *ids)


def _binding_reach(claim: Claim, bound: _Binding, own: re.Pattern[str]) -> tuple[int, int] | None:
    """Where the words that bind the claim's value to its subject stand in its sentence
    (:func:`unknown_shape_words`); ``None`` where the two stand in a shape that binds them
    with no word: a text, date or figure that names the subject ("producer Erica Lee",
    "Korean sitcom Nonstop"), or a listing (:data:`_LISTING_SHAPE`)."""
    sentence, first, last = bound.sentence, bound.first, bound.last
    start, end = first[1], last[0]
    possessive = _SHAPE_POSSESSIVE.match(sentence, start) is not None
    tail = _clause_end(sentence, last[1])
    # A text after the name is read to its clause's end: "the hitman of Ballerina"; a stage
    # to its sentence's: "greenlit, subject to budget approval".
    named_to = tail if isinstance(claim.value, Text) and last in bound.values else end
    if claim.predicate.value == "production_status" and last in bound.values:
        named_to = len(sentence)
    words_by = [*_WORD.findall(sentence, start, end), *_WORD.findall(sentence, last[1], named_to)]
    named = (
        not isinstance(claim.value, EntityRef)
        and not possessive
        and all(word.casefold() in SHAPE_COMMON_WORDS for word in words_by)
        and not _CLAUSE_BREAK_INSIDE.search(sentence, start, end)
        # A value before the name and a comma: "..., Ian McShane told Variety" names no one.
        and not (first in bound.values and "," in sentence[start:end])
    )
    listed = claim.predicate.value in _LISTED_PREDICATES and _LISTING_SHAPE.fullmatch(
        sentence, start, end
    )
    if named or listed:
        return None
    if claim.qualifiers.status is Status.SUPERSEDED:
        # The rest of its clause tells the change, which the status's own rules read.
        return start, end
    if claim.predicate.value == "production_status" and last in bound.values:
        # A stage is qualified anywhere after it: "greenlit, subject to budget approval".
        return start, len(sentence)
    if claim.predicate.value in SCOPED_PREDICATES or (
        isinstance(claim.value, Text) and last in bound.values
    ):
        # A scope or a work after the later one narrows it: "final film in the John Wick
        # series", "Keanu Reeves, the hitman of Ballerina".
        return start, tail
    if possessive or own.search(sentence, start, end) is None:
        # A date's own comma ends no clause: "released on June 7, 2024, Ballerina".
        lead = [
            m.end()
            for m in _CLAUSE_MARK.finditer(sentence, 0, first[0])
            if not _YEAR_AFTER_COMMA.match(sentence, m.start())
        ]
        found = [*own.finditer(sentence, lead[-1] if lead else 0, first[0])]
        return (found[-1].end(), end) if found and not possessive else (start, tail)
    return start, end


def _known_spans(
    claim: Claim, catalog: Catalog, bound: _Binding, reach: tuple[int, int], own: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """The spans of the claim's sentence that a known shape may hold besides its common
    words: the two names, names of the value's kind and the character's (and for a credit
    the parts of a cast list), a listing's bracket, a relative pronoun or an apposition
    just after the first name, the predicate's own words, and a place stood in for."""
    sentence, start, end = bound.sentence, *reach
    between = sentence[start:end]
    value_id = claim.value.id if isinstance(claim.value, EntityRef) else ""
    kinds = _kinds_by_name(catalog)
    bound_kinds = (
        {value_id.partition("/")[0]}
        if value_id and claim.predicate.value not in SCOPED_PREDICATES
        else set()
    )
    if claim.predicate.value in ROLE_WORDS:
        # The parts of a cast list: "Lance Reddick as Charon and Ian McShane as Winston".
        bound_kinds.add("character")
    names = {
        name
        for name in _catalog_names_in(between, catalog)
        if not bound_kinds.isdisjoint(kinds.get(name.casefold(), ()))
    }
    listed = sorted(_written_name_spans(sentence, names))
    if listed and _TITLE_JUST_BEFORE.search(sentence, 0, listed[0][0]):
        # A title names the one name after it, no list: "Ballerina director Len Wiseman,
        # Chad Stahelski and Keanu Reeves posed" makes no director of the others.
        names = set()
    if claim.qualifiers.character is not None:
        names.update(catalog.entity(claim.qualifiers.character).names)
    yield from (*bound.subjects, *bound.values, *_written_name_spans(sentence, names))
    # A listing's bracket of a name or a year after a name: "Len Wiseman (Total Recall)".
    yield from (
        found.span()
        for found in _BRACKETED.finditer(sentence, start, end)
        if found[1].strip().casefold() in kinds or _BRACKETED_YEAR.fullmatch(found[1].strip())
    )
    # A relative pronoun just after the first name, or its bracket, is said of it: "Len
    # Wiseman (Total Recall), who is best known for".
    relative = _RELATIVE_AFTER_NAME.match(sentence, bound.first[1], end)
    if relative is not None:
        yield relative.span(1)
    yield from (m.span() for m in own.finditer(sentence))
    # An apposition of the first name may name others and call it a part of a series:
    # "Ballerina, the John Wick spin-off, opened".
    apposition = _APPOSITION_AFTER_NAME.match(sentence, bound.first[1], end)
    if apposition is not None:
        at, inside = apposition.start(), apposition[0]
        yield from (
            (at + a, at + b)
            for a, b in _written_name_spans(inside, _catalog_names_in(inside, catalog))
        )
        yield from ((at + m.start(), at + m.end()) for m in _SERIES_NOUN.finditer(inside))
    if claim.predicate.value == "production_status":
        # Who says so, closing the sentence: "has been greenlit, Lionsgate confirmed".
        yield from (
            m.span()
            for m in _TRAILING_ATTRIBUTION.finditer(sentence, start, end)
            if _catalog_names_in(m[1], catalog)
        )
    if isinstance(claim.value, DateValue | Quantity):
        # A credit in a relative clause of the first name is a statement of its own, read
        # where that credit is claimed: "Ballerina, which stars Ana de Armas, opens June 6".
        credit = _CREDIT_RELATIVE.match(sentence, bound.first[1], end)
        if credit is not None:
            yield credit.span()
    if claim.predicate.value == "filming_location":
        # The place a location stood in for: "Budapest stood in for Prague in Ballerina".
        yield from (m.span() for m in _STOOD_IN_FOR.finditer(sentence, start, end))


def unknown_shape_words(claim: Claim, catalog: Catalog, bound: _Binding | None = None) -> list[str]:
    """The words that bind a claim's value to its subject in its sentence and are none of
    its predicate's own words (:func:`_shape_pattern`), of its status's words, nor of
    :data:`SHAPE_COMMON_WORDS`, in their order. Read where the quote writes one of the two
    and the sentence the other (:func:`_binding`): the words between the nearest two, names
    of the value's kind left out (a list: "stars Ana de Armas, Keanu Reeves and Ian
    McShane"); where those hold no word of the predicate, the words from one just before
    the first name in its clause ("Directed by Len Wiseman, Ballerina"), or else the rest of
    the later one's clause ("Ballerina, Keanu Reeves said, stars"); the rest of the later
    one's clause after a possessive's noun ("John Wick's first appearance in Ballerina
    comes late"); and a noun just after a work's name with an article before it ("the
    Ballerina dub")."""
    bound = bound or _binding(claim, catalog)
    if bound is None:
        return _named_only_inside_a_longer_title(claim, catalog)
    own = _shape_pattern(claim.predicate.value)
    reach = _binding_reach(claim, bound, own)
    if reach is None:
        return _framing_words(bound)
    read = list(bound.sentence)
    for blank_start, blank_end in _known_spans(claim, catalog, bound, reach, own):
        read[blank_start:blank_end] = " " * (blank_end - blank_start)
    common = (
        _SCOPED_COMMON_WORDS if claim.predicate.value in SCOPED_PREDICATES else SHAPE_COMMON_WORDS
    )
    allowed = common | _status_shape_words(claim.qualifiers.status)
    # The claim's own region's words: "opened in Japan on ..." with the region Japan.
    allowed |= {word.casefold() for word in _WORD.findall(claim.qualifiers.region or "")}
    blanked = "".join(read)
    words = [*_framing_words(bound), *_WORD.findall(blanked, *reach)]
    if isinstance(claim.value, DateValue):
        # The date's own words, around the year its span holds: "on June 7, 2024".
        allowed |= _DATE_WORDS
    if isinstance(claim.value, (DateValue, Quantity)):
        allowed |= _NUMBER_SHAPE_WORDS
        # A number, or a day's ordinal ("June 6th, 2025").
        words = [word for word in words if not _NUMBER_WORD.fullmatch(word)]
    noun = _noun_after_a_work(claim, bound, own)
    if noun is not None and noun.casefold() not in allowed:
        words.append(noun)
    # What follows an entity value named last after a comma or "with", in its clause, may
    # make it a speaker or leave it out: "..., Chad Stahelski said", "with Gabriel Byrne
    # absent" (a date is read by its own rules).
    if (
        isinstance(claim.value, EntityRef | Quantity)
        and bound.last in bound.values
        and claim.qualifiers.status is not Status.SUPERSEDED
        and (
            _APPENDED_BEFORE.search(bound.sentence, 0, bound.last[0])
            # An order is one of the story or of a chart ("follows it into theaters", "at
            # No. 1"); a figure one of the work or against another's ("$10 million below").
            or claim.predicate.value in _ORDER_PREDICATES
            or isinstance(claim.value, Quantity)
        )
    ):
        tail_start = max(reach[1], bound.last[1])
        tail_end = _clause_end(bound.sentence, tail_start)
        # A credit joined after it is read where that credit is claimed ("and stars").
        joined = _CREDIT_JOINED_AFTER.search(bound.sentence, tail_start, tail_end)
        words.extend(
            word
            for word in _WORD.findall(blanked, tail_start, joined.start() if joined else tail_end)
            if word.casefold() not in allowed | _DATE_WORDS and not word.isdigit()
        )
    words.extend(_words_after_a_lists_last_name(claim, catalog, bound, allowed))
    # A name the sentence gives as its speaker says nothing of itself: "..., Ian McShane
    # told Variety".
    words.extend(_speaker_verbs(bound))
    if claim.predicate.value in ROLE_WORDS:
        words.extend(m[1] for m in _MODIFIED_TITLE.finditer(bound.sentence, *reach))
        words.extend(_unknown_part_words(claim, catalog, bound))
    return [word for word in words if word.casefold().replace("\u2019", "'") not in allowed]


def _words_around_a_date_or_figure(
    claim: Claim, catalog: Catalog, bound: _Binding | None
) -> list[str]:
    """For a date or a figure, the words of its sentence after the later of the subject
    and the value, to the sentence's end, and where the sentence does not name the subject,
    the words before the value too, that are of no known shape: a date or a figure is the
    claim's only where nothing else its sentence says changes, scopes or attributes it
    ("budgeted at $60 million, though it ended up costing far more", "opens June 6, 2025, a
    week after it opens in the UK", "..., barring any changes", "The original grossed $14
    million"). Known are the words :func:`unknown_shape_words` knows for the predicate and
    the status, the claim's region's, a date's and a number's words, the names of the
    catalog, a closing attribution to one of them (", Lionsgate announced") and, for a
    subject the sentence does not name, its pronoun or, for a person, a title ("The actor
    died on")."""
    if not isinstance(claim.value, DateValue | Quantity):
        return []
    if bound is None:
        sentence, quote_start, _ = _quote_in_its_sentence(claim, catalog)
        value_start, value_end = _value_span(claim, claim.evidence.quote)
        if (value_start, value_end) == (0, len(claim.evidence.quote)):
            return []  # the quote writes no value: its own rules say so
        first = last = (quote_start + value_start, quote_start + value_end)
        # A subject named in another sentence stands in a pronoun or a noun of a work.
        stand_ins = _SUBJECT_STAND_INS.get(claim.subject.partition("/")[0], frozenset())
    else:
        sentence, first, last = bound.sentence, bound.first, bound.last
        stand_ins = frozenset()
    if claim.qualifiers.status is Status.SUPERSEDED:
        return []  # the rest of its sentence tells the change, which the status's rules read
    own = _shape_pattern(claim.predicate.value)
    read = list(sentence)
    known = [
        first,
        last,
        *_written_name_spans(sentence, _catalog_names_in(sentence, catalog)),
        *(m.span() for m in own.finditer(sentence)),
        *(
            m.span()
            for m in _TRAILING_ATTRIBUTION.finditer(sentence, last[1])
            if _catalog_names_in(m[1], catalog)
        ),
        # The day a running total is counted to: "has grossed $25 million as of June 30".
        *(m.span() for m in _COUNTED_TO_A_DAY.finditer(sentence, last[1])),
        # A credit joined after it is a statement of its own: "opens June 6, 2025, and stars
        # Ana de Armas"; what its clause says is read where that credit is claimed.
        *(
            (m.start(), _clause_end(sentence, m.end()))
            for m in _CREDIT_JOINED_AFTER.finditer(sentence, last[1])
        ),
    ]
    for blank_start, blank_end in known:
        read[blank_start:blank_end] = " " * (blank_end - blank_start)
    blanked = "".join(read)
    allowed = (
        SHAPE_COMMON_WORDS
        | _status_shape_words(claim.qualifiers.status)
        # A figure's month is its period ("grossed $25 million in July"), a date's its own.
        | (_DATE_WORDS if isinstance(claim.value, DateValue) else frozenset())
        | _NUMBER_SHAPE_WORDS
        | stand_ins
        | {word.casefold() for word in _WORD.findall(claim.qualifiers.region or "")}
    )
    said = _clause_status(claim.qualifiers.status)
    lead = _words_of_clauses_unsaid(blanked, 0, first[0], said) if bound is None else []
    tail = _words_of_clauses_unsaid(blanked, last[1], len(blanked), said)
    # A number, or a part of an ISO date after its year ("2023-12"), is a date's; after a
    # figure, it is another figure or its period ("$25 million in 2025 and $30 million").
    return [
        word
        for word in [*lead, *tail]
        if word.casefold().replace("\u2019", "'") not in allowed
        and not (
            _NUMBER_WORD.fullmatch(word.lstrip("-"))
            and (isinstance(claim.value, DateValue) or word not in tail)
        )
    ]


def _words_after_a_contrast(claim: Claim, catalog: Catalog, bound: _Binding | None) -> list[str]:
    """For an entity or a text, the words of a clause after the later of the subject and
    the value that opens with a contrast or a limit (:data:`CONTRAST_WORDS`: "though",
    "but", "at least", ...), or from a limit (:data:`LIMIT_WORDS`: "only", "except") on,
    but the catalog's names: it may take back or narrow
    what the claim says ("Keanu Reeves appears in Ballerina, though only in archive
    footage", "..., at least in the script"). A date's or a figure's sentence is read
    whole (:func:`_words_around_a_date_or_figure`)."""
    if (
        bound is None
        or isinstance(claim.value, DateValue | Quantity)
        # The rest of its sentence tells the change, which the status's rules read.
        or claim.qualifiers.status is Status.SUPERSEDED
    ):
        return []
    sentence = bound.sentence
    contrast = _CONTRAST_AFTER.search(sentence, bound.last[1])
    if contrast is None:
        return []
    read = list(sentence)
    for start, end in _written_name_spans(sentence, _catalog_names_in(sentence, catalog)):
        read[start:end] = " " * (end - start)
    status_words = _status_shape_words(claim.qualifiers.status) - SHAPE_COMMON_WORDS
    words = _WORD.findall("".join(read), contrast.start(contrast.lastgroup or 0))
    folded = [word.casefold().replace("\u2019", "'") for word in words]
    if not status_words.isdisjoint(folded):
        return []  # the claim's status says what the clause does: "though this is unconfirmed"
    return [
        word for word, fold in zip(words, folded, strict=True) if fold not in SHAPE_COMMON_WORDS
    ]


def _words_of_clauses_unsaid(
    text: str, start: int, end: int, said: re.Pattern[str] | None
) -> list[str]:
    """The words of ``text`` from ``start`` to ``end``, but those of each clause ``said``
    finds a phrase in: the claim's status says what that clause does ("..., sources tell
    Deadline" of a ``reported`` claim; :func:`_clause_status`)."""
    words: list[str] = []
    at = start
    for mark in [*_CLAUSE_MARK.finditer(text, start, end), None]:
        stop = end if mark is None else mark.start()
        if said is None or said.search(text, at, stop) is None:
            words.extend(_WORD.findall(text, at, stop))
        at = end if mark is None else mark.end()
    return words


#: The statuses that say what a whole clause around a value does: its attribution, doubt,
#: guess, announcement or hope (", sources tell Deadline", ", fans hope"). The words of a
#: plan or a release ("opens", "will") are the event's own, and say no clause.
CLAUSE_STATUSES = frozenset(
    {Status.REPORTED, Status.SPECULATED, Status.UNCONFIRMED, Status.ANNOUNCED, Status.HOPED}
)


@functools.cache
def _clause_status(status: Status | None) -> re.Pattern[str] | None:
    """The phrases of ``status`` (:data:`STATUS_WORDS`) as a pattern, for a status of
    :data:`CLAUSE_STATUSES`."""
    if status not in CLAUSE_STATUSES:
        return None
    return re.compile(_as_words(STATUS_WORDS[status]))


#: The words that open a clause after a claim's names that may take back or narrow it; the
#: limits of :data:`LIMIT_WORDS` do so anywhere after them ("stars in Ballerina in the
#: extended cut only").
CONTRAST_WORDS = (
    "though", "although", "but", "yet", "albeit", "at least", "if only", "save", "just",
    "whereas", "while", "even if", "even though", "despite", "mostly", "largely", "partly",
    "partially", "not", "if",
)  # fmt: skip
LIMIT_WORDS = ("only", "solely", "merely", "except", "unless", "barring")
_CONTRAST_AFTER = re.compile(
    r"(?:[,;:(\u2013\u2014]|[\s\u00a0]-[\s\u00a0])[\s\u00a0]*(?P<contrast>"
    + _as_words(CONTRAST_WORDS)
    + ")|(?P<limit>"
    + _as_words(LIMIT_WORDS)
    + ")"
)


# The words a sentence that does not name the subject calls it by, by its kind: a pronoun,
# or a person's title ("The actor died on March 17, 2023"); a work's nouns are common words.
_SUBJECT_STAND_INS = {
    "film": frozenset({"it"}),
    "series": frozenset({"it"}),
    "franchise": frozenset({"it"}),
    "person": frozenset({"he", "she", "they", *TITLE_NOUNS}),
    "character": frozenset({"he", "she", "they"}),
    "org": frozenset({"it", "they", "studio", "company"}),
}
_CREDIT_RELATIVE = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?i:which|who)[\s\u00a0]+(?:(?i:also)[\s\u00a0]+)?"
    + _as_words(itertools.chain(*ROLE_WORDS.values()))
    + r"[^,;:()\u2013\u2014]*,"
)
_COUNTED_TO_A_DAY = re.compile(
    r"(?<![\w'\u2019-])(?i:as[\s\u00a0]+of|as[\s\u00a0]+at|through|until|till)[\s\u00a0]+"
    r"(?:[A-Z][a-z]+\.?|[0-9]{1,4}(?i:st|nd|rd|th)?)"
    r"(?:[\s\u00a0,]+(?:[A-Z][a-z]+\.?|[0-9]{1,4}(?i:st|nd|rd|th)?)){0,3}"
)
_CREDIT_JOINED_AFTER = re.compile(
    r"(?<![\w'\u2019-])(?i:and)[\s\u00a0]+(?:(?i:also)[\s\u00a0]+)?"
    + _as_words(itertools.chain(*ROLE_WORDS.values()))
)


def _words_after_a_lists_last_name(
    claim: Claim, catalog: Catalog, bound: _Binding, allowed: frozenset[str]
) -> list[str]:
    """For an entity value named last after "and" or "or", the words after it to its
    clause's end but the names of people and characters and a part's words ("and Ian
    McShane as Winston"): another verb there makes the name the subject of a clause of its
    own, no item of the list ("stars Ana de Armas and Norman Reedus was spotted in the
    audience", "directed by Len Wiseman and Chad Stahelski is relieved")."""
    sentence, last = bound.sentence, bound.last
    if (
        not isinstance(claim.value, EntityRef)
        or last not in bound.values
        or claim.qualifiers.status is Status.SUPERSEDED
        or _LISTS_LAST_BEFORE.search(sentence, 0, last[0]) is None
    ):
        return []
    end = _clause_end(sentence, last[1])
    read = list(sentence)
    kinds = _kinds_by_name(catalog)
    names = {
        name
        for name in _catalog_names_in(sentence[last[1] : end], catalog)
        if kinds.get(name.casefold(), frozenset()) <= _CAST_LIST_KINDS
    }
    for start, stop in (
        *_written_name_spans(sentence, names),
        *(m.span() for m in _PART_SHAPE.finditer(sentence, last[1], end)),
        *(m.span() for m in _shape_pattern(claim.predicate.value).finditer(sentence, last[1], end)),
    ):
        read[start:stop] = " " * (stop - start)
    return [
        word
        for word in _WORD.findall("".join(read), last[1], end)
        if word.casefold().replace("\u2019", "'") not in allowed and not word.isdigit()
    ]


_LISTS_LAST_BEFORE = re.compile(r"(?<![\w'\u2019-])(?i:and|or)[\s\u00a0]+\Z")


def _unknown_part_words(claim: Claim, catalog: Catalog, bound: _Binding) -> list[str]:
    """For a credit with a character, the words that bind the person to the character and
    are none of a part's (:data:`ROLE_WORDS`, :data:`PLAYING_WORDS`, the common words, "who"
    just after the person), to the end of the later one's clause: "Ballerina also stars
    Bridget Moynahan, who played Helen in John Wick" gives her no part of Helen in
    Ballerina ('John', 'Wick')."""
    if claim.qualifiers.character is None or not isinstance(claim.value, EntityRef):
        return []
    sentence = bound.sentence
    parts = _written_name_spans(sentence, catalog.entity(claim.qualifiers.character).names)
    pairs = [
        (min(person, part), max(person, part))
        for person in bound.values
        for part in parts
        if not _overlap(person, part)
    ]
    if not pairs:
        return []
    first, last = min(pairs, key=lambda pair: pair[1][0] - pair[0][1])
    read = list(sentence)
    end = _clause_end(sentence, last[1])
    kinds = _kinds_by_name(catalog)
    # Others of a cast list, and a listing's bracket: "Lance Reddick as Charon and Ian
    # McShane as Winston", "Ana de Armas (Blonde) as Rooney"; a name that is a work's too
    # ("John Wick") is no part of the list.
    listed = {
        name
        for name in _catalog_names_in(sentence[first[1] : end], catalog)
        if kinds.get(name.casefold(), frozenset()) <= _CAST_LIST_KINDS
    }
    known = [*bound.subjects, *bound.values, *parts, *_written_name_spans(sentence, listed)]
    known.extend(
        found.span()
        for found in _BRACKETED.finditer(sentence, first[1], end)
        if found[1].strip().casefold() in kinds
    )
    known.extend(m.span() for m in _PART_SHAPE.finditer(sentence, first[1]))
    relative = _RELATIVE_AFTER_NAME.match(sentence, first[1])
    if relative is not None:
        known.append(relative.span(1))
    for known_start, known_end in known:
        read[known_start:known_end] = " " * (known_end - known_start)
    words = _WORD.findall("".join(read), first[1], end)
    return [word for word in words if word.casefold().replace("\u2019", "'") not in _PART_WORDS]


_CAST_LIST_KINDS = frozenset({"person", "character"})
_PART_SHAPE = re.compile(_as_words((*itertools.chain(*ROLE_WORDS.values()), *PLAYING_WORDS)))
_PART_WORDS = SHAPE_COMMON_WORDS | {
    "also", "again", "once", "now", "here", "back", "young", "younger", "older",
}  # fmt: skip


def _clause_end(sentence: str, at: int) -> int:
    found = _CLAUSE_MARK.search(sentence, at)
    return found.start() if found else len(sentence)


def _speaker_verbs(bound: _Binding) -> list[str]:
    """The verbs of saying just after either name (:data:`SPEAKER_VERBS`), where the name
    follows a comma or opens the sentence: "Ballerina was directed by Len Wiseman, Chad
    Stahelski said", "Lance Reddick died on March 17, 2023, Ian McShane told Variety"."""
    found = []
    for (start, end), entity_id in ((bound.first, bound.first_id), (bound.last, bound.last_id)):
        if entity_id.partition("/")[0] not in _SPEAKER_KINDS:
            continue  # a work promises nothing it says: "Ballerina promises to be"
        verb = _SPEAKER_VERB_AFTER.match(bound.sentence, end)
        if verb is not None and _SPEAKER_BEFORE.search(bound.sentence, 0, start):
            found.append(verb[1])
    return found


def _named_only_inside_a_longer_title(claim: Claim, catalog: Catalog) -> list[str]:
    """The longer title a work's name stands at the start of, in the claim's quote, where
    the quote names the work no other way: "Ballerina 2 will open on June 5, 2026" names
    the sequel, not Ballerina; nor does "John Wick 4 runs 169 minutes" name John Wick."""
    if claim.subject.partition("/")[0] not in _WORK_KINDS:
        return []
    quote = claim.evidence.quote
    spans = _written_name_spans(quote, catalog.entity(claim.subject).names)
    longer = [(start, _LONGER_TITLE.match(quote, end)) for start, end in spans]
    if not longer or any(found is None for _, found in longer):
        return []  # named, or not at all
    titles = [quote[start : found.end()] for start, found in longer if found is not None]
    value = claim.value
    if isinstance(value, EntityRef):
        # The longer title may be the value's: "there will be a Ballerina 2" (followed by).
        own = {name.casefold() for name in catalog.entity(value.id).names}
        titles = [title for title in titles if title.casefold() not in own]
    return titles[:1]


# What makes a work's name the start of another title: a number, a roman numeral or a
# subtitle after it ("Ballerina 2", "John Wick 4", "Ballerina II", "Ballerina: The Series").
_LONGER_TITLE = re.compile(
    r"(?:[\s\u00a0]+(?:[0-9]+|[IVX]+)(?![\w'\u2019-])|[\s\u00a0]*:[\s\u00a0]*[\"\u201c']?"
    r"[A-Z0-9][\w'\u2019-]*(?:[\s\u00a0]+[A-Z][\w'\u2019-]*)*)"
)


def _framing_words(bound: _Binding) -> list[str]:
    """The words of a frame that opens the sentence (:func:`_frame`) but its dates and the
    words common to every shape."""
    read = list(bound.sentence)
    for start, end in (*bound.subjects, *bound.values):
        read[start:end] = " " * (end - start)
    return [
        word
        for word in _WORD.findall("".join(read), *_frame(bound))
        if word.casefold() not in _DATE_WORDS | SHAPE_COMMON_WORDS | _NEUTRAL_FRAME_WORDS
        and not word.isdigit()
    ]


def _frame(bound: _Binding) -> tuple[int, int]:
    """Where a frame that opens the sentence before the first name stands ("In the video
    game, Keanu Reeves stars in Ballerina", "In the original script, ...", "Of the John
    Wick films, ..."): it may set the whole sentence in another work, or narrow it to a
    set. Empty where there is none."""
    frame = _OPENING_FRAME.match(bound.sentence, 0, bound.first[0])
    return (0, 0) if frame is None else frame.span(1)


def _noun_after_a_work(claim: Claim, bound: _Binding, own: re.Pattern[str]) -> str | None:
    """A noun just after the later name, where it is a work's or an organization's with an
    article or a preposition before it: it makes the name another thing ("the Ballerina
    dub", "a Ballerina stage show", "appears in Ballerina ads", "Lionsgate, a Netflix
    competitor"); and an article just before a person's name, which makes it a kind of
    person ("Ana de Armas, the Keanu Reeves of Cuba", "a Keanu Reeves in the making")."""
    sentence, last = bound.sentence, bound.last
    later = claim.subject if last in bound.subjects else getattr(claim.value, "id", "")
    for (start, _), entity_id in ((bound.first, bound.first_id), (bound.last, bound.last_id)):
        kind_of_person = _ARTICLE_JUST_BEFORE_A_PERSON.search(sentence, 0, start)
        if entity_id.partition("/")[0] == "person" and kind_of_person is not None:
            # The article with the name's first word: the words that make it a kind.
            return " ".join([kind_of_person[1], *_WORD.findall(sentence, start)[:1]])
    noun = _WORD_JUST_AFTER.match(sentence, last[1])
    if (
        noun is None
        or later.partition("/")[0] not in _NOUN_TAKING_KINDS
        or _ARTICLE_JUST_BEFORE.search(sentence, 0, last[0]) is None
        or noun[1].casefold() in _WORDS_AFTER_A_WORK
        or noun[1].endswith("ly")  # an adverb: "stars in Ballerina briefly"
        or own.fullmatch(noun[1]) is not None
    ):
        return None
    return noun[1]


_NOUN_TAKING_KINDS = _WORK_KINDS | {"org"}
_ARTICLE_JUST_BEFORE_A_PERSON = re.compile(r"(?<![\w'\u2019-])((?i:the|an?))[ \u00a0]+\Z")


_VALUE_FIELD = {
    EntityRef: "value.id",
    Text: "value.text",
    DateValue: "value.date",
    Quantity: "value.amount",
}


def relation_in_a_known_shape_or_noted(
    claim: Claim, catalog: Catalog, reviewed: Mapping[str, str] = SHAPE_FROM_CONTEXT
) -> list[Breach]:
    """The words that bind an entity value to its subject, where its sentence writes both,
    are of its relation's known shape (:func:`unknown_shape_words`: its predicate's own
    words, its status's, the common words of :data:`SHAPE_COMMON_WORDS`, names of the
    value's kind), or the claim's note quotes one of the other words and says how the
    sentence is read. The rules read English through tables of words: a clause they have no
    words for ("Chad Stahelski, who directed the original, produced Ballerina"; "Dean
    DeBlois directed Sinners and loved Ballerina") is not read as stating the claim, it is
    given to its curator to read."""
    if claim.id in reviewed and _is_reviewed(claim):
        return []
    bound = _binding(claim, catalog)
    field = _VALUE_FIELD[type(claim.value)]
    unknown = unknown_shape_words(claim, catalog, bound)
    if unknown and not any(_note_quotes(claim, word) for word in unknown):
        shown = ", ".join(map(repr, dict.fromkeys(unknown[:6])))
        message = (
            f"the words that bind the value to the subject in the quote's sentence hold {shown},"
            f" of no known shape of {claim.predicate.value!r}: quote a sentence that says it in"
            " its own words, or quote these words in the note and say how the sentence is read"
        )
        return [Breach("known shape", field, message)]
    around = [
        *_words_around_a_date_or_figure(claim, catalog, bound),
        *_words_after_a_contrast(claim, catalog, bound),
    ]
    if around and not any(_note_quotes(claim, word) for word in around):
        shown = ", ".join(map(repr, dict.fromkeys(around[:6])))
        where = (
            "after the subject and the value"
            if bound
            else "around the value, the subject named elsewhere,"
        )
        message = (
            f"the words of the quote's sentence {where} hold {shown}, of no known shape of"
            f" {claim.predicate.value!r}: they may change, scope or attribute it: give the status"
            " or qualifier they say, or quote them in the note and say how the value stays the"
            " subject's as the claim gives it"
        )
        return [Breach("known shape", field, message)]
    return []


def quote_breaches(claim: Claim, catalog: Catalog) -> list[Breach]:
    """The rules that read one claim against its own quote: its value made of the quote's
    runs (of one clause or leaving out an aside, or noted), keeping its negations (a
    text's, a date's or figure's, an entity's), an entity or text value not one of several
    choices or with a status or note saying so, its date and its figure's amount and unit
    written there or noted (and agreeing with the dates it writes), its figure the
    subject's own (not another work's nor another thing's, or noted), its date one the quote
    states (not bounded nor superseded, nor
    replaced or missed in its sentence) or noted, its status backed by the quote's words,
    hoped when the quote hopes, some status when it hedges, a production status saying only
    how far, no film read from an order word, a cast credit's character in its person's
    part of the quote, its entities named, and the claim resting on a statement (no
    question, condition, counterfactual, falsity or doubt, or noted).
    Each costs the claim's quote and value (and the names of its subject and value, and a
    look-up of the people the quote names), never the other claims or texts.
    :meth:`Catalog.verify <ballerina_data.Catalog.verify>` applies them to every claim.

    A reviewed exception names a shipped claim: it holds for that claim as shipped, and
    for no other claim of its id (one whose value, quote or note was changed is checked as
    any other)."""
    shipped = _is_reviewed(claim)
    found = [
        *quote_at_word_edges(claim),
        *status_backed_by_its_words(claim, catalog, STATUS_FROM_CONTEXT if shipped else {}),
        *hoped_when_the_quote_hopes(claim, catalog),
        *status_when_the_quote_hedges(claim, catalog),
        *production_status_says_only_how_far(claim),
        *final_appearance_the_very_last(claim, catalog),
        *death_not_a_characters(claim, catalog),
        *production_status_not_undone_or_superseded(claim, catalog),
        *stage_not_yet_reached_kept_or_noted(claim, catalog),
        *production_status_ahead_a_forecast(claim, catalog),
        *no_film_read_from_an_order_word(claim, catalog),
        *dated_by_its_quote_or_noted(claim, catalog),
        *date_agrees_with_its_quote(claim, catalog),
        *date_not_bounded_by_its_quote_or_noted(claim, catalog),
        *release_date_not_a_runs_end(claim, catalog),
        *quantity_written_by_its_quote_or_noted(claim, catalog),
        *bound_read_from_its_quote_or_noted(claim, catalog),
        *region_written_by_its_quote_or_noted(claim, catalog),
        *medium_written_by_its_quote_or_noted(claim, catalog),
        *release_scope_given_or_noted(claim, catalog),
        *title_kind_read_from_its_quote_or_noted(claim, catalog),
        *former_credit_or_location_superseded_or_noted(claim, catalog),
        *value_keeps_its_quotes_characters(claim, VALUE_CHARACTERS if shipped else {}),
        *value_from_one_clause_or_noted(claim),
        *value_keeps_its_quotes_negations(claim, catalog),
        *figure_keeps_its_quotes_negations(claim, catalog),
        *box_office_a_running_total(claim, catalog),
        *figure_of_the_work_itself_or_noted(claim, catalog),
        *value_owned_by_its_subject(claim, catalog),
        *entity_value_keeps_its_quotes_negations(claim, catalog),
        *credit_written_with_its_role_or_noted(
            claim, catalog, ROLE_FROM_CONTEXT if shipped else {}
        ),
        *occupation_not_anothers(claim, catalog),
        *occupation_now_held_or_noted(claim, catalog),
        *other_name_held_or_noted(claim, catalog),
        *value_not_one_of_several_or_noted(claim, catalog, VALUE_ALTERNATIVES if shipped else {}),
        *link_written_with_its_words_or_noted(
            claim, catalog, RELATION_FROM_CONTEXT if shipped else {}
        ),
        *verb_after_to_done_or_noted(claim, catalog, TO_CLAUSE_FROM_CONTEXT if shipped else {}),
        *former_link_superseded_or_noted(claim, catalog),
        *figure_dated_when_published(claim, catalog),
        *link_word_of_its_own_names(claim, catalog),
        *series_said_of_the_work_or_noted(claim, catalog),
        *character_in_its_persons_part_or_noted(claim, catalog),
        *stated_not_asked(claim, catalog),
        *entities_named_by_the_quote_or_noted(claim, catalog),
        *work_named_as_itself_or_noted(claim, catalog),
        *stated_not_denied_nor_doubted(claim, catalog),
        *value_not_corrected(claim, catalog),
        *value_not_in_a_correction_notice(claim, catalog),
        *filming_location_not_the_place_depicted(claim, catalog),
        *presence_in_the_work_itself(claim, catalog),
        *notable_work_known_for_making_it(claim, catalog),
        *date_not_replaced_or_noted(claim, catalog),
        *date_on_its_weekday(claim, catalog),
        *date_of_its_predicates_event(claim, catalog),
        *period_text_of_its_event(claim, catalog),
        *value_of_the_work_itself(claim, catalog),
        *work_not_left_out_of_its_set(claim, catalog),
        *figure_not_a_sets_total(claim, catalog),
        *text_of_its_predicates_words(claim, catalog),
        *chronology_of_the_story(claim, catalog),
        *text_written_with_its_predicates_words(claim, catalog),
        *occupation_not_a_played_part(claim, catalog),
        *link_of_people_not_of_their_parts(claim, catalog),
        *date_possible_when_published(claim, catalog),
    ]
    # The last net, read where every rule above holds: words of no known shape.
    return found or relation_in_a_known_shape_or_noted(
        claim, catalog, SHAPE_FROM_CONTEXT if shipped else {}
    )


# A word that makes what follows a condition or an open question, not a statement: "if",
# "unless", "whether", "so long as", "on condition that", "assuming", "pending", "barring"
# (", barring any changes"), a best or worst case (", in a best-case scenario"), "depending
# on", a thing "permitting" ("strike permitting"), "provided" or "providing" before "that"
# or after a comma (", provided the strike ends"; "Lionsgate provided" is a verb); "as long
# as" and an inverted "should" ("Should the strike end, ...") at the sentence's start or
# after a comma, where they open a clause ("runs as long as two hours" is a duration,
# "should gross" a forecast); "in the event", "contingent on" or "upon"; "absent" after a
# comma (", absent another strike"; "is absent from" leaves a person out), and "once" after
# one before the clause's subject (", once the strike ends"; "once set for" is a date
# superseded, "Once released, ..." a time).
_CONDITION = re.compile(
    r"\b(?:if|unless|whether|so\s+long\s+as|on\s+condition\s+that|assuming|pending|barring"
    r"|(?:in\s+(?:a|the)\s+)?(?:best|worst)[\s-]+case(?:\s+scenario)?"
    r"|depending\s+on|\w+\s+permitting|in\s+the\s+event|contingent\s+(?:on|upon)"
    r"|(?:provided|providing)(?=\s+that\b)|(?<=,)(?:provided|providing)"
    r"|(?<=,\s)(?:provided|providing)|(?<=,\s)absent"
    r"|(?<=,\s)once(?=\s+(?:the|this|that|it|they|he|she|we|you|there)\b)"
    r"|(?:(?<![\s\S])|(?<=\A\s)|(?<=,)|(?<=,\s))(?:as\s+long\s+as"
    r"|should(?=\s+(?:the|a|an|this|that|it|they|he|she|we|you|there)\b)))\b",
    re.IGNORECASE,
)
# Closing quote marks and brackets that may stand after a sentence's "?".
_CLOSING = " \"'\u201d\u2019)]"
# The full-width and small question and exclamation marks, as their plain forms.
_WIDE_MARKS = str.maketrans({"\uff1f": "?", "\ufe56": "?", "\uff01": "!", "\uff09": ")"})
# A sentence that ends in a question: its "?" followed only by closing marks, another "?" or
# "!" ("?!"), or a bracketed aside's end and its full stop ("(really?).").
_ASKED = re.compile(r"\?[!?.\s" + re.escape(_CLOSING) + r"]*\Z")
# A question the quote holds before more of its words: "Is Ballerina set in Tokyo? No", a
# question and its answer quoted together, is read as the question it holds.
_ASKED_WITHIN = re.compile(r"\?[!?" + re.escape(_CLOSING) + r"]*\s+\S")


def _conditions_after(after: str) -> str:
    """The words after a quote that a condition of it may stand in: the rest of its clause
    ("on June 7, 2024 if the strike ends"), and the next clause where a condition opens it
    after a comma, a dash, a colon or a bracket ("..., provided the strike ends", "... \u2014
    if the strike ends", "... (if the strike ends)"); not a clause of something else ("...,
    and fans are wondering if there's more to come")."""
    rest = _rest_of_clause(after)
    following = after[len(rest) :]
    if following[:1] in _ASIDE_MARKS:
        opening = following[0] + _rest_of_clause(following[1:])
        # Read after a comma, where the pattern reads a condition such as ", once ...".
        opening = ", " + opening[1:].lstrip()
        found = _CONDITION.search(opening)
        if found is not None and not opening[1 : found.start()].strip():
            return rest + opening
    return rest


def stated_not_asked(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A claim rests on words that state it: not on a question ("Has Ballerina been
    released on June 7, 2024?": the quote, or its sentence, ends in "?", a full-width
    "\uff1f" too, or in "?!", or in an aside that asks, "(really?)."; or the quote holds a
    question before more of its words, a question and its answer quoted together, "Is
    Ballerina set in Tokyo? No") nor on a condition
    ("If Ballerina is released on June 7, 2024", "whether ...", "... on June 7, 2024 if the
    strike ends", ", provided ...", ", assuming ...", ", strike permitting", "Should the
    strike end, ..."; a word of ``_CONDITION``; anywhere in the quote's sentence: its
    :func:`lead_in`, the quote, its :func:`lead_out`), which state nothing. Or its note
    quotes the question (with its "?") or the condition's word and says why the value
    stands (a heading that asks of a sequel names the title)."""
    evidence = claim.evidence
    passages = " ".join(note_passages(claim.note)).translate(_WIDE_MARKS)
    quote = evidence.quote.translate(_WIDE_MARKS)
    # The rest of the sentence, to its end read with the wide marks as plain ones.
    after = lead_out(claim, catalog).translate(_WIDE_MARKS)
    end = _SENTENCE_END.search(after)
    sentence = quote + (after if end is None else after[: end.start() + 1])
    found = _CONDITION.search(
        lead_in(claim, catalog) + evidence.quote + _conditions_after(lead_out(claim, catalog))
    )
    # A quote that ends in its own "?" asks, whatever sentence follows it ("? Yes."); one
    # that holds a question before its answer asks too ("Is Ballerina set in Tokyo? No").
    asked = _ASKED.search(quote) or _ASKED.search(sentence) or _ASKED_WITHIN.search(quote)
    if asked and "?" not in passages:
        said = (
            "the quote's sentence asks a question ('?')"
            if _ASKED.search(quote) or _ASKED.search(sentence)
            else "the quote holds a question ('?') before its other words"
        )
    elif found is not None and not re.search(_as_words((found[0],)), passages):
        said = f"the quote's sentence states a condition ({found[0]!r})"
    else:
        return []
    message = (
        f"{said}, which states nothing: quote words that state the value, or quote the"
        " question or condition in the note and say why the value stands"
    )
    return [Breach("stated", "quote", message)]


# A word of DENYING_WORDS, whole: the patterns as they are, the words of a doubt as words;
# and the same in lowercase alone, to pass over a lowercased sentence with none at a
# third of the time (most sentences: the names need no blanking then).
_DENYING_WORDS = (
    r"(?<![\w'-])(?:" + "|".join(map(_pattern_or_phrase, DENYING_WORDS)) + r")(?![\w'-])"
)
_DENYING = _Words(_DENYING_WORDS, re.IGNORECASE)
_DENYING_LOWERCASE = re.compile(_DENYING_WORDS)
_JOKE = re.compile(_JOKE_WORDS, re.IGNORECASE)


def _denying_statuses(said: str) -> tuple[Status, ...]:
    """The statuses the word of :data:`DENYING_WORDS` written as ``said`` backs."""
    return next(
        statuses
        for word, statuses in DENYING_WORDS.items()
        if re.fullmatch(_pattern_or_phrase(word), said, re.IGNORECASE)
    )


def stated_not_denied_nor_doubted(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A claim rests on words that state it: not on words its sentence says did not happen
    (a counterfactual: "Ballerina would have been released on June 7, 2024", "was supposed
    to be released"), calls false or dismisses ("It is false that ...", "Reports that ...
    are false", "Lionsgate dismissed claims that ...") or doubts ("I doubt ...", "Few
    believe ...") or jokes ("(just kidding)", "April Fools:"): the words of
    :data:`DENYING_WORDS`, anywhere in the quote's sentence
    (its :func:`lead_in` but for another clause of it, :data:`CLAUSE_BREAK_WORDS`: "Few
    believe the sequel will happen, yet "; the quote; its :func:`lead_out`). A doubt is
    kept by a status it backs (``unconfirmed``, and but for a refusal to confirm, a
    confirmation not given or a dispute, "..., a figure Lionsgate has never confirmed",
    ``speculated``); otherwise the claim's note quotes the words and says why the value
    stands. A thing stalled (:data:`STALLED_WORDS`: "is on hold", "in limbo") is a doubt but
    of a production status, whose stage it is. A word inside a name of the claim's subject,
    value or character is the name's,
    and a text value that keeps the words says what its quote says."""
    evidence = claim.evidence
    lead = _own_clause(lead_in(claim, catalog))
    sentence = lead + evidence.quote + lead_out(claim, catalog)
    if not _DENYING_LOWERCASE.search(sentence.replace("\u2019", "'").lower()):
        return []
    read = _without_idioms(_without_names(sentence, claim, catalog)).replace("\u2019", "'")
    kept = claim.value.text if isinstance(claim.value, Text) else ""
    quoted = " ".join(note_passages(claim.note)).replace("\u2019", "'")
    for found in _DENYING.finditer(read):
        # The words as the sentence writes them, names and all ("a claim Lionsgate
        # dismissed"): the blanked text keeps each word's place.
        said = " ".join(sentence.replace("\u2019", "'")[found.start() : found.end()].split())
        statuses = _denying_statuses(found[0])
        if claim.qualifiers.status in statuses:
            continue
        stalled = " ".join(found[0].casefold().split()) in STALLED_WORDS
        if stalled and claim.predicate.value == "production_status":
            continue  # a stage of its own, which the production status rules read
        written = _as_words((said,))
        if re.search(written, kept.replace("\u2019", "'")) or re.search(written, quoted):
            continue
        if statuses:
            shown = " or ".join(repr(status.value) for status in statuses)
            how = f"doubts what it holds ({said!r}): give the status {shown}, or"
        elif _JOKE.fullmatch(found[0]):
            how = f"calls what it holds a joke ({said!r}), which states nothing:"
        else:
            how = f"says what it holds did not happen or is not so ({said!r}):"
        message = (
            f"the quote's sentence {how} quote the words in the note and say why the value stands"
        )
        return [Breach("stated", "quote", message)]
    return []


#: Words by which a claim's sentence corrects the value it gives (:func:`value_not_corrected`):
#: after the value, a contrast ("but", "though", "although", "however", "yet", "when",
#: "while", "whereas") and, later in the sentence, words of the true value ("actually",
#: "in fact", "in reality", "in truth", "was really", "the true", "the real", "the
#: actual", "the correct", "turned out to be"; another value held against it, "insists",
#: "maintains", "closer to"): "Some outlets reported the budget as $90
#: million, but it was actually $100 million", "often cited as $90 million, though the
#: true figure is $100 million"; before the value, in its clause, "contrary to" ("Contrary
#: to reports of $90 million, ..."). The value so corrected is a report shown false: it
#: has the status ``reported``, ``unconfirmed`` or ``superseded`` (where its words back
#: it), or the claim's note quotes the words and says why it stands. The value the sentence
#: corrects to ("it was actually $100 million") is the one stated.
CORRECTING_WORDS = {
    "contrast after": ("but", "though", "although", "however", "yet", "when", "while", "whereas"),
    "true value": (
        "actually", "in fact", "in reality", "in truth", "is really", "was really",
        "are really", "were really", "the true", "the real", "the actual", "the correct",
        "its true", "its real", "its actual", "turned out to be", "turns out to be",
        # Another figure held against it: "..., though the studio insists it was closer to
        # $60 million".
        "insists", "insisted", "maintains", "maintained", "closer to", "nearer to",
    ),
    "before": ("contrary to",),
}  # fmt: skip
_CORRECTED_AFTER = re.compile(
    _as_words(CORRECTING_WORDS["contrast after"])
    + r"[^.;!?]*?"
    + _as_words(CORRECTING_WORDS["true value"])
)
_CORRECTED_BEFORE = re.compile(_as_words(CORRECTING_WORDS["before"]))
_CORRECTED_STATUSES = frozenset({Status.REPORTED, Status.UNCONFIRMED, Status.SUPERSEDED})


def _value_span(claim: Claim, quote: str) -> tuple[int, int]:
    """Where the quote writes the claim's value (a figure's amount or a date's year, a text,
    an entity's name), from and to; the whole quote where it writes none of them."""
    value = claim.value
    if isinstance(value, (DateValue, Quantity)):
        return _where_figure_written(value, quote) or (0, len(quote))
    folded = quote.casefold()
    written = value.text if isinstance(value, Text) else ""
    at = folded.find(written.casefold()) if written else -1
    return (at, at + len(written)) if at >= 0 else (0, len(quote))


def value_not_corrected(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A value its own sentence corrects (:data:`CORRECTING_WORDS`: "..., but it was
    actually $100 million" after it, "Contrary to ..." before it in its clause) has the
    status ``reported``, ``unconfirmed`` or ``superseded``, or the claim's note quotes the
    correcting words and says why the value stands."""
    if claim.qualifiers.status in _CORRECTED_STATUSES:
        return []
    sentence, quote_start, _ = _quote_in_its_sentence(claim, catalog)
    start, end = _value_span(claim, claim.evidence.quote)
    start, end = start + quote_start, end + quote_start
    read = sentence.replace("\u2019", "'")
    found = _CORRECTED_AFTER.search(read, end)
    if found is None:
        marks = [mark.end() for mark in _CLAUSE_MARK.finditer(read, 0, start)]
        found = _CORRECTED_BEFORE.search(read, marks[-1] if marks else 0, start)
    if found is None:
        return []
    words = " ".join(found[0].split())
    if _note_quotes(claim, words):
        return []
    message = (
        f"the quote's sentence corrects its value ({words!r}), which makes it a report shown"
        " false: give the status 'reported' or 'unconfirmed' where its words say so, or"
        " quote the words in the note and say why the value stands"
    )
    return [Breach("stated", "value", message)]


#: The words of a correction notice, by which a source says a value it gave before was its
#: error (:func:`value_not_in_a_correction_notice`): ``"before"``, words before the value in
#: its clause that tell what an earlier version said ("Update: ... ; an earlier version
#: said $100 million", "An earlier version of this article said", "a previous version
#: stated", "was first reported as", "was initially reported as", "was originally
#: reported as", "We wrote earlier that", "we previously wrote", "we misreported", "was
#: previously stated as"); ``"after"``, words after it in its clause ("$100 million, as
#: previously stated", "as first reported", "The $100 million figure has been corrected",
#: "was corrected"); ``"sentence"``, the notice's stock phrases anywhere in the value's
#: sentence ("Due to an editing error, this story said", "...; we regret the error", "...,
#: a claim since retracted", "has been retracted"), which make the whole sentence a notice
#: (the value it corrects to in that sentence needs the note too). The value so told is
#: the error: it has the status ``superseded``, or the claim's note quotes the words and
#: says why the value stands. The value the notice corrects to ("Update: Ballerina's budget
#: is $90 million; ...") is stated. Any whitespace stands between the words.
CORRECTION_NOTICE_WORDS = {
    "before": (
        *(
            f"{an} {version}{of} {said}"
            for an in ("an earlier", "a previous", "a prior", "the original", "an older")
            for version in ("version", "draft", "edition")
            for of in (
                "", " of this article", " of this story", " of this report",
                " of this piece", " of this post",
            )
            for said in (
                "said", "stated", "reported", "gave", "listed", "named", "had", "misstated",
                "misreported", "incorrectly said", "incorrectly stated", "identified",
            )
        ),
        *(
            f"{was} {first} {reported}"
            for was in ("was", "were", "had been", "has been", "is")
            for first in ("first", "initially", "originally", "previously", "earlier")
            for reported in ("reported as", "reported at", "stated as", "given as", "listed as")
        ),
        *(
            f"{we} {wrote}"
            for we in ("we", "this article", "this story", "this report")
            for wrote in (
                "wrote earlier that", "wrote earlier", "earlier wrote", "previously wrote",
                "wrote previously", "earlier reported", "reported earlier", "originally reported",
                "first reported", "previously stated", "earlier stated", "stated earlier",
                "misreported", "misstated", "incorrectly reported", "incorrectly stated",
                "incorrectly said", "wrongly reported", "wrongly stated", "wrongly said",
                "previously reported", "previously said", "earlier said", "originally said",
                "first said", "said earlier", "said previously", "reported previously",
                "previously listed", "previously named",
            )
        ),
    ),
    "sentence": (
        "an editing error", "an editorial error", "a reporting error", "a production error",
        "regret the error", "regrets the error", "regretted the error", "regret the errors",
        "since retracted", "since been retracted", "has been retracted", "have been retracted",
        "was retracted", "were retracted", "a claim since retracted", "since withdrawn",
        "has since been withdrawn",
    ),
    "after": (
        "as previously stated", "as previously reported", "as first reported",
        "as originally reported", "as earlier reported", "as reported earlier",
        "as we reported earlier", "as we previously reported", "as we wrote earlier",
        "as an earlier version said", "as an earlier version of this article said",
        "as we misreported", "has been corrected", "have been corrected", "was corrected",
        "were corrected", "has since been corrected", "was an error", "was our error",
    ),
}  # fmt: skip
_NOTICE_BEFORE = _Words(
    _as_words(CORRECTION_NOTICE_WORDS["before"]), 0, CORRECTION_NOTICE_WORDS["before"]
)
_NOTICE_AFTER = _Words(
    _as_words(CORRECTION_NOTICE_WORDS["after"]), 0, CORRECTION_NOTICE_WORDS["after"]
)
_NOTICE_IN_SENTENCE = _Words(
    _as_words(CORRECTION_NOTICE_WORDS["sentence"]), 0, CORRECTION_NOTICE_WORDS["sentence"]
)


def value_not_in_a_correction_notice(claim: Claim, catalog: Catalog) -> list[Breach]:
    """A value its sentence's correction notice tells as the source's earlier error
    (:data:`CORRECTION_NOTICE_WORDS`: "an earlier version said $100 million", "was first
    reported as", "We wrote earlier that ...", before it in its clause; "as previously
    stated", "has been corrected", after it in its clause; "an editing error", "we regret
    the error", "since retracted", anywhere in its sentence) has the status ``superseded``,
    or the claim's note quotes the notice's words and says why the value stands."""
    if claim.qualifiers.status is Status.SUPERSEDED:
        return []
    words = _correction_notice(claim, catalog)
    if words is None or _note_quotes(claim, words):
        return []
    message = (
        f"the quote's sentence is a correction notice that tells the value as the source's"
        f" earlier error ({words!r}): give the status 'superseded', or quote the words in the"
        " note and say why the value stands"
    )
    return [Breach("stated", "value", message)]


def _correction_notice(claim: Claim, catalog: Catalog) -> str | None:
    """The words of :data:`CORRECTION_NOTICE_WORDS` that tell the claim's value as its
    source's earlier error, as its sentence writes them; or ``None``."""
    sentence, quote_start, _ = _quote_in_its_sentence(claim, catalog)
    start, end = _value_span(claim, claim.evidence.quote)
    start, end = start + quote_start, end + quote_start
    read = sentence.replace("\u2019", "'")
    marks = [mark.end() for mark in _CLAUSE_MARK.finditer(read, 0, start)]
    found = _NOTICE_BEFORE.search(read, marks[-1] if marks else 0, start)
    if found is None:
        after = _CLAUSE_MARK.search(read, end)
        found = _NOTICE_AFTER.search(read, end, after.start() if after else len(read))
    if found is None:
        found = _NOTICE_IN_SENTENCE.search(read)
    return None if found is None else " ".join(found[0].split())


def _is_reviewed(claim: Claim) -> bool:
    """Whether the reviewed exceptions of ``claim``'s id hold for it: it is the shipped
    claim they were reviewed for, its quote, value, qualifiers and note unchanged (its
    quote may stand elsewhere in its text, as in a text curated again with more words)."""
    shipped = _reviewed_claims().get(claim.id) if claim.id in _REVIEWED else None
    return (
        shipped is not None
        and claim.evidence.quote == shipped.evidence.quote
        and attrs.evolve(claim, evidence=shipped.evidence) == shipped
    )


def _own_first(claim: Claim, catalog: Catalog) -> Iterator[str]:
    """The ids of the catalog's texts, the claim's own source's first."""
    if claim.source in catalog.texts:
        yield claim.source
    yield from (source_id for source_id in catalog.texts if source_id != claim.source)


#: The ids of the claims a reviewed exception names.
_REVIEWED = frozenset(
    (*STATUS_FROM_CONTEXT, *VALUE_CHARACTERS, *NOTE_CONTEXT, *NOTE_FACT_WORDS, *VALUE_ALTERNATIVES)
) | frozenset(ROLE_FROM_CONTEXT)
_REVIEWED |= frozenset(TO_CLAUSE_FROM_CONTEXT) | frozenset(SHAPE_FROM_CONTEXT)


@functools.cache
def _reviewed_claims() -> dict[str, Claim]:
    """The shipped claims a reviewed exception names, by id."""
    from ._format import shipped_records

    claims: tuple[Claim, ...] = shipped_records()["claims"]
    return {claim.id: claim for claim in claims if claim.id in _REVIEWED}


def source_breaches(source: Source, text: str) -> list[Breach]:
    """Every rule of one source: its date says how it is known, its notes quote its text."""
    return [
        *published_date_says_how_it_is_known(source),
        *notes_quote_the_text(source.published_note, [text], "published_note"),
        *notes_quote_the_text(source.note, [text], "note"),
    ]


def catalog_breaches(
    catalog: Catalog, only: Collection[str] | None = None
) -> Iterator[tuple[str, Breach]]:
    """The breaches, each with its record's id, of :func:`source_breaches` by each source
    and of :func:`quote_breaches` by each claim, for those whose text the catalog holds (a
    missing text is verify's to report, once); with ``only``, of the sources and claims
    of those ids alone."""
    texts = catalog.texts
    sources = {}
    for source in catalog.sources:
        sources[source.id] = source
        if source.id in texts and (only is None or source.id in only):
            yield from ((source.id, b) for b in source_breaches(source, texts[source.id]))
    kept, earlier = _kept_breaches(catalog)
    for claim in catalog.claims:
        if claim.source in texts and (only is None or claim.id in only):
            key = (claim, sources[claim.source], texts[claim.source])
            found = kept.get(key)
            if found is None and earlier is not None:
                found = earlier.reusable(key)
            if found is None:
                found = tuple(quote_breaches(claim, catalog))
            kept[key] = found
            yield from ((claim.id, b) for b in found)


_Key = tuple[Claim, Source, str]


class _Earlier:
    """The breaches kept for a set of entities that another set holds all of, with more:
    a claim's are the same in the larger set where its text writes no name of the entities
    added and it names none of them (the shipped claims beside a curated source of new
    people, read again after each curation)."""

    def __init__(self, kept: dict[_Key, tuple[Breach, ...]], added: Collection[Entity]) -> None:
        self._kept = kept
        self._ids = {entity.id for entity in added}
        self._names = {name.casefold() for entity in added for name in entity.names}
        self._text_names: dict[int, bool] = {}

    def reusable(self, key: _Key) -> tuple[Breach, ...] | None:
        found = self._kept.get(key)
        claim, _, text = key
        named = {claim.subject, getattr(claim.value, "id", None), claim.qualifiers.character}
        if found is None or not self._ids.isdisjoint(named):
            return None
        written = self._text_names.get(id(text))
        if written is None:
            folded = text.casefold()
            written = self._text_names[id(text)] = any(name in folded for name in self._names)
        return None if written else found


#: The breaches :func:`quote_breaches` found, by the entities of the catalogs last verified:
#: a claim's breaches depend on it, its source's record and text, and the catalog's
#: entities (their names) alone, so the same claims in another catalog of the same entities
#: (a data folder read again, the shipped claims beside a curated source, a catalog loaded
#: again) are read once. Two sets of entities are kept, each with the texts it was read
#: with: a service verifying many catalogs holds no more than two of them.
_EntitySets = tuple[tuple[Entity, ...], ...]
_BREACHES_BY_ENTITIES: dict[_EntitySets, dict[tuple[Claim, Source, str], tuple[Breach, ...]]]
_BREACHES_BY_ENTITIES = {}
_ENTITY_SETS_KEPT = 2


def _kept_breaches(catalog: Catalog) -> tuple[dict[_Key, tuple[Breach, ...]], _Earlier | None]:
    """The breaches kept for the catalog's entities, and, for a new set of them, those of a
    kept set it holds all of (:class:`_Earlier`), if any."""
    entities: _EntitySets = (
        catalog.films,
        catalog.people,
        catalog.characters,
        catalog.organizations,
    )
    kept = _BREACHES_BY_ENTITIES.get(entities)
    if kept is not None:
        return kept, None
    every = set(itertools.chain(*entities))
    earlier, most = None, -1
    for other, other_kept in _BREACHES_BY_ENTITIES.items():
        held = set(itertools.chain(*other))
        if held <= every and len(held) > most:  # the closest set: the fewest names added
            earlier, most = _Earlier(other_kept, every - held), len(held)
    while len(_BREACHES_BY_ENTITIES) >= _ENTITY_SETS_KEPT:
        _BREACHES_BY_ENTITIES.pop(next(iter(_BREACHES_BY_ENTITIES)), None)
    kept = _BREACHES_BY_ENTITIES[entities] = {}
    return kept, earlier
