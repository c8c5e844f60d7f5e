"""How two claims about one entity and predicate relate: the same, one refining the other,
overlapping in part, in conflict, or different values that can both hold."""

from __future__ import annotations

import contextlib
import contextvars
import decimal
import enum
import functools
import re
from collections.abc import Hashable, Iterator
from decimal import Decimal

from ._errors import InvalidQueryError
from ._figures import singular
from ._normalize import MAX_CACHED_LENGTH, normalize
from ._records import Bound, Claim, DateValue, EntityRef, Quantity, Status, Text, Value
from ._units import EXACT_AMOUNTS, TIME_UNITS

__all__ = [
    "ENTRY_RELATIONS",
    "GOAL_WORDS",
    "PRIVATIVE_FORMS",
    "PRIVATIVE_WORDS",
    "Relation",
    "refines",
    "region_key",
    "relate",
    "scope_of",
    "unit_key",
    "value_key",
]


class Relation(enum.Enum):
    """How two claims about one entity and predicate relate; see :func:`relate`."""

    #: The same value (and, for a cast credit, the same character).
    SAME = "same"
    #: One value is a more precise form of the other: a date inside a less precise date
    #: (2024-06-07 and 2024), a text holding the other's words and more ("concierge at the
    #: New York Continental Hotel" and "concierge"), a credit naming the character and one
    #: that does not.
    REFINEMENT = "refinement"
    #: The one value of a single-valued predicate, in one scope, given as two ranges that
    #: share some days or amounts but neither holds the other: both hold only where they
    #: meet. A death in 2023 and one in the winter of 2023 (``2023-24``, 2023-12-01 to
    #: 2024-02-29) agree only on December 2023; "about 100" and "at least 105" only on 105
    #: to 110.
    OVERLAP = "overlap"
    #: Values that cannot both hold: two days for the release in one region and medium, two
    #: death dates that do not overlap.
    CONFLICT = "conflict"
    #: Different values that can both hold: two cast members, a theatrical and a streaming
    #: release, two statuses of a history, two dates of a predicate with many values that
    #: overlap without one holding the other.
    DISTINCT = "distinct"


#: The relations an entry of the disagreements can have, the strongest first (the members
#: go from the weakest): every one but ``DISTINCT``, which joins nothing. Where relations
#: are listed (the command line's ``--relation``, the SQLite ``disagreements`` table), they
#: are these.
ENTRY_RELATIONS = tuple(reversed([r for r in Relation if r is not Relation.DISTINCT]))


#: Words that negate, as :func:`._normalize.normalize` folds a text into words: a negated
#: statement never refines its positive ("has not been greenlit" is not a more precise
#: "greenlit"), and a value keeps its quote's (see ``_rules``). A word prefix is a word of
#: its own once folded ("non-hitman", "non hitman"); "n't" is :data:`CONTRACTED_NOT`.
NEGATIONS = frozenset(
    {
        "not", "no", "never", "none", "nothing", "nobody", "nowhere", "without", "nor",
        "neither", "cannot", "non", "anti", "hardly", "barely", "scarcely", "unreleased",
    }
)  # fmt: skip
#: Phrases that negate as a word of :data:`NEGATIONS` does: "fell short of $58 million",
#: "a thriller rather than a horror film", "a thriller as opposed to a horror film",
#: "anything but a hit"; and the exclusions of a place ("filmed everywhere but Prague", "in
#: Budapest in lieu of Prague", "with Prague ruled out"). The contrasts whose sides stand
#: apart ("less a horror film than a thriller") are :data:`PRIVATIVE_FORMS`.
NEGATING_PHRASES = (
    "fell short of", "falls short of", "fall short of", "failed to", "fails to", "fail to",
    "rather than", "instead of", "as opposed to", "anything but", "far from",
    "in lieu of", "everywhere but", "anywhere but", "everywhere except", "anywhere except",
    "ruled out",
)  # fmt: skip
#: Words that make what follows false of its subject, as a negation does: "a former
#: ballerina", "an ex-ballerina", "a fake ballerina", "a retired hitman" are no ballerina or
#: hitman now; "would-be", "pretends to be", "quit(s) being" likewise, and so do the words of a
#: past occupation ("used to be", "was once", "once a", "onetime", "erstwhile", "a
#: bodyguard-turned-assassin", "gave up being", "stopped working as"), a pretended one
#: ("poses as", "so-called", "in name only") and one hoped for ("aspiring", "wannabe"; and
#: the words of a goal, :data:`GOAL_WORDS`). Patterns, read whole in any case. A
#: text value keeps them ("former bodyguard"), or the claim's note quotes them and says why
#: the value stands without them (``_rules``); and a text holding one the other lacks never
#: refines it (:func:`relate`): "former bodyguard" says no more of a bodyguard, it says
#: another thing, and "ballerina training to become an assassin" is no more precise
#: "assassin".
PRIVATIVE_WORDS = (
    "ex", "former", "fake", "retired", r"would-be", r"pretends?\s+to\s+be",
    r"quit(?:s|ting)?\s+being",
    r"used\s+to\s+be", r"(?:was|were)\s+once", r"once\s+an?", "onetime", "one-time", "erstwhile",
    r"-turned-", r"(?:gave|gives|give|giving)\s+up\s+being", r"stop(?:s|ped)?\s+being",
    r"stop(?:s|ped)?\s+working\s+as", r"pos(?:es?|ed|ing)\s+as", "aspiring",
    "wannabe", "so-called", r"in\s+name\s+only", "unofficial", "unauthorized", "unauthorised",
    "unsanctioned",
)  # fmt: skip
#: Words of a goal or a becoming, which make what follows them a thing the subject is not
#: yet: "training to become an assassin", "studies to be a", "wants to be an", "hopes to
#: become the", "aims to be a", "dreams of becoming a", "on her way to becoming a", "an
#: assassin in the making", "an assassin-to-be" (a "be" or "become" with "a", "an" or "the"
#: after it: "hopes to be released" is a hope the status rules read). Patterns, read whole in any
#: case. As a word of :data:`PRIVATIVE_WORDS`, a text holding one the other lacks never
#: refines it (:func:`relate`), and a text value keeps them (``_rules``); unlike those, they
#: are read only of what follows them, so they say nothing of a name elsewhere in the
#: sentence ("Rooney, training to become an assassin in the Ruska Roma" is still a student
#: of the Ruska Roma).
GOAL_WORDS = (
    r"(?:trains?|training|stud(?:y|ies|ying)|wants?|wanted|wanting|hopes?|hoped|hoping|aims?"
    r"|aiming|strives?|striving)\s+to\s+(?:be|become)(?=\s+(?:an?|the)\b)",
    r"(?:dream(?:s|ed|ing)?\s+of|on\s+(?:the|her|his|their|its)\s+way\s+to)\s+"
    r"(?:being|becoming)",
    r"in\s+the\s+making", "-to-be",
)  # fmt: skip
#: Privative forms, read as a negating word is wherever the rules read one (``_rules``),
#: and as one of :data:`PRIVATIVE_WORDS` by :func:`relate`: "-free" or "-less" joined to the
#: word before ("horror-free", "plot-less": no horror, no plot); "lack" and its forms
#: ("lacks any horror"); words that call what they follow wrong ("Calling Ballerina a
#: horror film would be wrong", "is wrong", "is a mistake"); and the words of a contrast
#: that sets one side aside, as "rather than" does (:data:`NEGATING_PHRASES`): a "less" or
#: "more" with "a", "an", "the" or "of a" after it and a "than" later in the clause ("less a
#: horror film than a thriller", "more a thriller than a horror film": "more than $5
#: million" is none), and what a work was presented as with a "but" later in the sentence
#: ("pitched as a horror film, but became a thriller"; billed, sold, marketed, promoted,
#: advertised, touted, conceived as, began or started out as); "not so much ... as" has its
#: "not". Patterns, read whole in any case. A value keeps them ("horror-free"), or its note
#: quotes them and says what they negate. "Plotless" is one word of its quote, which no
#: value takes a part of.
PRIVATIVE_FORMS = (
    r"-free", r"-less", r"lacks?", r"lacked", r"lacking",
    r"(?:is|are|was|were|would\s+be)\s+(?:wrong|a\s+mistake)",
    r"(?:less|more)(?=\s+(?:of\s+)?(?:an?|the)\s[^,;:.!?]*?\bthan\b)",
    r"(?:pitched|billed|sold|marketed|promoted|advertised|touted|conceived|began|started"
    r"(?:\s+out)?)\s+as(?=[^.;!?]*\bbut\b)",
)  # fmt: skip
_PRIVATIVE = re.compile(
    r"\b(?:" + "|".join((*PRIVATIVE_WORDS, *GOAL_WORDS, *PRIVATIVE_FORMS)) + r")\b",
    re.IGNORECASE,
)

#: Phrases that undo a person's credit, as a negation would: "Keanu Reeves turned down the
#: role", "X dropped out of Ballerina", "X exited the project", "X was replaced by Y", "X
#: left the film", a removal in the passive ("X was dropped from Ballerina", "was removed
#: from", "was axed", "was written out of", "was let go"), a refusal or an opting out ("X
#: refused to appear", "opted out", "sat out", "stayed away from"), a leaving or a part never
#: got ("withdrew from", "backed out of", "departed", "parted ways with", "stepped away
#: from", "walked off", "lost the role", "was passed over for", "will skip", "shot down
#: rumors", "ruled out"), or a
#: part lost to another or one the person could not take ("lost the lead in Ballerina to",
#: "lost the job of directing", "lost out on", "was too busy to star in", "unavailable to",
#: "unable to"). They are read only for a
#: cast or crew claim (``_rules``), and only of the person before them ("replaced by" undoes
#: X, not Y); elsewhere they negate nothing ("she left the Continental"). Each form of a
#: verb is listed.
UNDOING_PHRASES = (
    "turned down", "turns down", "turn down", "turning down", "dropped out", "drops out",
    "drop out", "dropping out", "pulled out", "pulls out", "pull out", "pulling out",
    "exited", "exits", "exit", "exiting", "replaced by", "left the film", "left the project",
    "left the production", "left the role", "left the cast", "leaves the film",
    "leaves the project", "leaves the role", "leaving the film", "leaving the project",
    "leaving the role", "walked away from", "walks away from", "bowed out", "bows out",
    "stepped down", "steps down", "quit", "quits", "was fired",
    "were fired", "got fired", "fired from", "cut from", "scenes were cut", "originally cast",
    "was recast",
    *(
        f"{be} {removed}"
        for be in ("was", "were", "been", "is", "are", "be")
        for removed in (
            "dropped from", "removed from", "axed", "written out", "let go", "cut out of",
        )
    ),
    "refused to appear", "refused to star", "refused to return", "refuses to appear",
    "refuses to star", "refuses to return", "refused the role", "refused the part",
    "opted out", "opts out", "opt out", "opting out", "sat out", "sits out", "sit out",
    "sitting out", "stayed away from", "stays away from", "staying away from",
    # Leaving a production, or never getting the part, in any voice: "withdrew from",
    # "backed out of", "departed", "parted ways with", "stepped away from", "walked off",
    # "lost the role", "was passed over for", "will skip", "shot down rumors", "ruled out".
    "withdrew from", "withdraws from", "withdraw from", "withdrawing from", "withdrawn from",
    "backed out", "backs out", "back out", "backing out", "bailed on", "bails on",
    "bailed out of", "departed", "departs", "depart", "departing", "departure",
    "parted ways", "parts ways", "part ways", "parting ways", "stepped away", "steps away",
    "step away", "stepping away", "walked off", "walks off", "walk off", "walking off",
    "walk away from", "walking away from", "resigned from", "resigns from", "passed on",
    "passes on", "passed over", "skip", "skips", "skipped", "skipping", "ruled out",
    "rules out", "rule out", "ruling out",
    *(
        f"{lose} {the} {part}"
        for lose in ("lost", "loses", "lose", "losing")
        for the in ("the", "his", "her", "their", "a")
        for part in ("role", "part", "lead", "job", "gig", "spot")
    ),
    "lost out on", "loses out on", "losing out on",
    # Unable to take the part: "was too busy to star in", "unavailable to direct".
    "too busy to", "too busy for", "unavailable to", "unavailable for", "unable to",
    *(
        f"{shot} {rumors}"
        for shot in ("shot down", "shoots down", "shoot down", "shooting down")
        for rumors in ("rumors", "rumours", "the rumors", "the rumours", "reports", "claims",
                       "speculation", "talk")
    ),
)  # fmt: skip
#: Words just before a person's name that undo their credit, the person their object (a
#: removal in the active voice): "Lionsgate parted ways with Norman Reedus", "fired",
#: "dropped", "axed", "cut", "removed", "passed over", "turned down", "rejected", "recast",
#: "ousted", "let go of". Read for a cast or crew claim alone (``_rules``), as
#: :data:`UNDOING_PHRASES` are.
UNDOING_BEFORE_PHRASES = (
    "parted ways with", "parts ways with", "part ways with", "parting ways with", "fired",
    "fires", "firing", "dropped", "drops", "dropping", "axed", "axes", "axing", "cut", "cuts",
    "cutting", "removed", "removes", "removing", "passed over", "passes over", "passing over",
    "turned down", "turns down", "turning down", "rejected", "rejects", "rejecting", "recast",
    "recasts", "recasting", "ousted", "ousts", "sacked", "sacks", "let go of", "lets go of",
    "letting go of", "dismissed", "dismisses",
)  # fmt: skip
#: The apostrophes a text writes besides "'": the quote marks, the modifier letter, an acute
#: accent, a prime, a backtick.
APOSTROPHES = "\u2018\u2019\u02bc\u00b4\u2032`"
#: A contracted "not" ("isn't", "can\u2019t", with any of the apostrophes), which folding
#: splits from its verb.
CONTRACTED_NOT = re.compile(rf"n['{APOSTROPHES}]t\b", re.IGNORECASE)
#: How far from its amount an "about" quantity reaches, as a fraction of it.
ABOUT_MARGIN = Decimal("0.1")


#: Texts at most this long have their words kept in a cache of 4096; of longer ones (a text
#: value has up to 10,000 characters), those of one answer (:func:`words_kept`), else only
#: the last :data:`LONG_TEXTS_CACHED`.
SHORT_TEXT = MAX_CACHED_LENGTH
LONG_TEXTS_CACHED = 64

_kept: contextvars.ContextVar[dict[str, tuple[frozenset[str], bool]] | None] = (
    contextvars.ContextVar("kept_words", default=None)
)


@contextlib.contextmanager
def words_kept() -> Iterator[None]:
    """Keep the words of every long text related from here on to the end: one answer's,
    which relates each of its texts with many others, and then lets them go."""
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def _words(text: str) -> tuple[frozenset[str], bool]:
    """A text's folded words, and whether it negates. Cached: relating many texts of one
    subject asks for each text's words once per pair, and folding a long text is the most
    of relating two (250 plot texts: 5 s, nearly all of it). The cache keeps at most 4096
    short texts, and long ones only for one answer, or the last :data:`LONG_TEXTS_CACHED`
    outside one: 4096 texts of 10,000 characters kept 0.9 GB in a long-lived process."""
    if len(text) <= SHORT_TEXT:
        return _short_words(text)
    kept = _kept.get()
    if kept is None:
        return _long_words(text)
    found = kept.get(text)
    if found is None:
        found = kept[text] = _words_of(text)
    return found


@functools.lru_cache(maxsize=4096)
def _short_words(text: str) -> tuple[frozenset[str], bool]:
    return _words_of(text)


@functools.lru_cache(maxsize=LONG_TEXTS_CACHED)
def _long_words(text: str) -> tuple[frozenset[str], bool]:
    return _words_of(text)


def _words_of(text: str) -> tuple[frozenset[str], bool]:
    folded = normalize(text)
    words = frozenset(folded.split())
    negated = (
        not words.isdisjoint(NEGATIONS)
        or CONTRACTED_NOT.search(text) is not None
        or any(f" {phrase} " in f" {folded} " for phrase in NEGATING_PHRASES)
    )
    return words, negated


def _privatives(text: str) -> frozenset[str]:
    """The :data:`PRIVATIVE_WORDS` a text writes, folded ("Former", "would-be"); those of
    short texts cached, a long one read again (one pass of a regular expression)."""
    return _privatives_of(text) if len(text) > SHORT_TEXT else _short_privatives(text)


def _privatives_of(text: str) -> frozenset[str]:
    return frozenset(" ".join(found[0].casefold().split()) for found in _PRIVATIVE.finditer(text))


_short_privatives = functools.lru_cache(maxsize=4096)(_privatives_of)


def _date_range(value: DateValue) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    return value.date.first_day, value.date.last_day


def _amount_range(value: Quantity) -> tuple[Decimal | None, Decimal | None]:
    with decimal.localcontext(EXACT_AMOUNTS):  # two amounts are one only if equal exactly
        amount = value.amount * TIME_UNITS.get(value.unit.strip().casefold(), 1)
        if value.bound is Bound.AT_LEAST:
            return amount, None
        if value.bound is Bound.AT_MOST:
            return None, amount
        if value.bound is Bound.ABOUT:
            margin = abs(amount) * ABOUT_MARGIN
            return amount - margin, amount + margin
        return amount, amount


def _within(inner: tuple[object, object], outer: tuple[object, object]) -> bool | None:
    """Whether ``inner`` lies within ``outer`` (``None`` bounds are open); ``None`` when the
    two do not even overlap."""
    (low, high), (outer_low, outer_high) = inner, outer

    def le(a: object, b: object) -> bool:
        # Bounds of one scope are of one type (dates with dates, amounts with amounts).
        return a is None or b is None or a <= b  # type: ignore[operator]

    overlap = le(outer_low, high) and le(low, outer_high)
    if not overlap:
        return None
    starts_inside = outer_low is None or (low is not None and le(outer_low, low))
    ends_inside = outer_high is None or (high is not None and le(high, outer_high))
    return starts_inside and ends_inside


@functools.lru_cache(maxsize=1024)
def unit_key(unit: str) -> str:
    """What a unit is compared by: its case and a plural's ``s`` folded away ("usd",
    "USD"), and a unit of time, in any form :data:`._units.TIME_UNITS` reads ("120 min"
    and "2 hours"), as seconds (its amounts scaled by :func:`_amount_range`)."""
    folded = unit.strip().casefold()
    return "second" if folded in TIME_UNITS else singular(folded)


def value_key(value: Value) -> Hashable:
    """What two values are equal by: two values :func:`relate` calls the ``SAME`` have one
    key, and values with one key are the ``SAME``. Amounts compare by the days or amounts
    they cover in one unit ("1.5 hours" and "90 minutes", "90.0" and "90", "usd" and
    "USD"), dates by the days they can mean, texts as :func:`normalize` folds them (with
    their negation), entities by id. Computed once per claim where values are grouped or
    counted (facts, the preference, disagreements, the timeline), never per pair.
    """
    # By type, not isinstance: the records are final, and this runs for each claim.
    if type(value) is EntityRef:
        return value  # equal by id
    if type(value) is Text:
        text = value.text
        # Equal folds have equal words: only a contracted "n't" tells their negation apart
        # (searched for only past an apostrophe, which most texts have not).
        contracted = ("'" in text or "\u2019" in text) and CONTRACTED_NOT.search(text)
        return ("text", normalize(text), bool(contracted))
    if type(value) is DateValue:
        return ("date", *_date_range(value))
    assert type(value) is Quantity
    return ("amount", unit_key(value.unit), *_amount_range(value))


#: Single letters standing apart ("u k", as "U.K." folds): one abbreviation's letters.
_SPACED_LETTERS = re.compile(r"\b\w(?: \w\b)+")


def region_key(text: str) -> str:
    """A region, or a quote it is looked for in, as regions compare: folded as
    :func:`normalize` folds names, an abbreviation's letters joined ("U.K." and "UK" are
    one region, "United States" and "united states" one; "US" and "USA" two: no
    abbreviation is read, the library keeps no table of them)."""
    return _SPACED_LETTERS.sub(lambda found: found[0].replace(" ", ""), normalize(text))


def scope_of(claim: Claim) -> tuple[object, ...]:
    """The claim's qualifiers that scope its predicate's values (see ``Predicate.scope``),
    a region by its :func:`region_key`. Each record keeps its region as written; only
    scopes compare by this key."""
    qualifiers = claim.qualifiers
    return tuple(
        [
            region_key(found) if name == "region" and found is not None else found
            for name in claim.predicate.scope
            for found in (getattr(qualifiers, name),)
        ]
    )


def _ranges(a: Value, b: Value) -> tuple[tuple[object, object], tuple[object, object]] | None:
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return _date_range(a), _date_range(b)
    if isinstance(a, Quantity) and isinstance(b, Quantity) and unit_key(a.unit) == unit_key(b.unit):
        return _amount_range(a), _amount_range(b)
    return None


def _text_relation(a: Text, b: Text) -> Relation:
    """Texts of the same words in the same order are the same; one holding all the other's
    words and more refines it. The same words in another order ("hit-man" and "man hit")
    say no more than each other: no refinement. The words of a refinement may come in
    another order ("owner of the Continental Hotel" refines "hotel owner"). Texts that
    differ in a negation or in a :data:`PRIVATIVE_WORDS` ("fake bodyguard", "bodyguard")
    cannot both be the one value: they conflict."""
    (words_a, negated_a), (words_b, negated_b) = _words(a.text), _words(b.text)
    # A privative word one text holds and the other lacks makes another value, as a
    # negation does: "retired hitman" is no more precise "hitman".
    if negated_a != negated_b or _privatives(a.text) != _privatives(b.text):
        return Relation.CONFLICT
    if words_a == words_b:
        return Relation.SAME if normalize(a.text) == normalize(b.text) else Relation.CONFLICT
    if words_a < words_b or words_b < words_a:
        return Relation.REFINEMENT
    return Relation.CONFLICT


def _range_relation(range_a: tuple[object, object], range_b: tuple[object, object]) -> Relation:
    if range_a == range_b:
        return Relation.SAME  # the same days, or the same amounts
    a_in_b, b_in_a = _within(range_a, range_b), _within(range_b, range_a)
    if a_in_b is None:
        return Relation.CONFLICT
    return Relation.REFINEMENT if a_in_b or b_in_a else Relation.OVERLAP


def _value_relation(a: Value, b: Value) -> Relation:
    """How two values relate, before the predicate's shape: ``CONFLICT`` and ``OVERLAP``
    here mean only that they cannot both be, or both be wholly, the one value."""
    if a == b:
        return Relation.SAME
    if isinstance(a, Text) and isinstance(b, Text):
        return _text_relation(a, b)
    ranges = _ranges(a, b)
    if ranges is not None:
        return _range_relation(*ranges)
    if isinstance(a, EntityRef) and isinstance(b, EntityRef):
        return Relation.CONFLICT
    return Relation.DISTINCT  # values of different kinds, or amounts in different units


def _value_refines(a: Value, b: Value) -> bool:
    """Whether value ``a`` is strictly more precise than ``b``, which it agrees with."""
    if _value_relation(a, b) is not Relation.REFINEMENT:
        return False
    if isinstance(a, Text) and isinstance(b, Text):
        return _words(b.text)[0] < _words(a.text)[0]
    ranges = _ranges(a, b)
    return ranges is not None and bool(_within(*ranges)) and ranges[0] != ranges[1]


def _same_scope(a: Claim, b: Claim) -> bool:
    for mine, theirs in zip(scope_of(a), scope_of(b), strict=True):
        if mine is not None and theirs is not None and mine != theirs:
            return False
    return True


def relate(a: Claim, b: Claim) -> Relation:
    """How two claims with one subject and predicate relate.

    The values are compared first: equal values are the ``SAME``, however written ("90
    minutes" and "1.5 hours", "Action" and "action": one :func:`value_key`); a date within
    a less precise date, an amount within a looser bound ("about", "at least") and a text
    holding all the words of another and more (with the same polarity: a negation, such as
    "not", "non-", "neither" or "hardly", never refines its positive, nor does a
    privative word of :data:`PRIVATIVE_WORDS`: "former", "fake", "retired", "would-be")
    are a ``REFINEMENT``. Values that cannot both hold are a ``CONFLICT``, and two dates or
    amounts that share some days or amounts with neither holding the other (``2023`` and
    ``2023-24``, "about 100" and "at least 105") an ``OVERLAP``, only for a
    :attr:`~Predicate.single` predicate, in one :attr:`~Predicate.scope` (a claim that
    leaves a qualifier out shares every scope; a region compares folded, by
    :func:`scope_of`), and for a predicate that does not
    :attr:`~Predicate.changes` over time, nor where one claim, not both, has the status
    ``superseded`` (the value before a change, the other's history); anything else is
    ``DISTINCT``. So two values
    that differ are exactly one of a ``REFINEMENT``, an ``OVERLAP``, a ``CONFLICT`` or
    ``DISTINCT``, and two dates of such a predicate in one scope never ``DISTINCT`` (unless
    they name two characters). For one person in a cast, a claim naming the character
    refines one that names none; two characters are two parts, ``DISTINCT``: so are values
    that would refine or overlap one another, given by claims naming two characters.

    The relation is symmetric; a claim is the ``SAME`` as itself.

    Raises:
        TypeError: either is not a :class:`Claim`.
        InvalidQueryError: the claims differ in subject or predicate (a ``ValueError`` too).
    """
    for claim in (a, b):
        if not isinstance(claim, Claim):
            msg = f"relate() compares two Claims, got {type(claim).__name__}"
            raise TypeError(msg)
    if a.subject != b.subject or a.predicate is not b.predicate:
        msg = (
            "relate() compares claims of one subject and predicate, not"
            f" {a.subject} {a.predicate.value} and {b.subject} {b.predicate.value}"
        )
        raise InvalidQueryError(msg)
    found = _value_relation(a.value, b.value)
    character_a, character_b = a.qualifiers.character, b.qualifiers.character
    if found is Relation.SAME and character_a != character_b:
        return Relation.REFINEMENT if None in (character_a, character_b) else Relation.DISTINCT
    named_both = None not in (character_a, character_b)
    if (
        found in (Relation.REFINEMENT, Relation.OVERLAP)
        and named_both
        and character_a != character_b
    ):
        return Relation.DISTINCT
    if found in (Relation.CONFLICT, Relation.OVERLAP) and (
        not a.predicate.single or a.predicate.changes or not _same_scope(a, b)
    ):
        return Relation.DISTINCT
    if found in (Relation.CONFLICT, Relation.OVERLAP) and _one_superseded(a, b):
        return Relation.DISTINCT  # a value changed since is the other's history
    return found


def _one_superseded(a: Claim, b: Claim) -> bool:
    """Whether one claim, not both, gives its value as one changed since (the status
    ``superseded``): the value before the change, no rival of the value after it."""
    return (a.qualifiers.status is Status.SUPERSEDED) != (b.qualifiers.status is Status.SUPERSEDED)


def refines(a: Claim, b: Claim) -> bool:
    """Whether claim ``a`` says strictly more than ``b`` and agrees with it: a more precise
    value, or the same value with the character ``b`` leaves out."""
    if relate(a, b) is not Relation.REFINEMENT:
        return False
    # The same value, however written ("90 minutes", "1.5 hours"): the character refines.
    if _value_relation(a.value, b.value) is Relation.SAME:
        return a.qualifiers.character is not None and b.qualifiers.character is None
    return _value_refines(a.value, b.value) and b.qualifiers.character in (
        None,
        a.qualifiers.character,
    )
