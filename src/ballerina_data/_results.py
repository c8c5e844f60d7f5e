"""The records queries return: facts, disagreements and profiles, each with its claims
(credits are in ``_credit``).

Loaded with the first query that returns one, not with the package.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Hashable, Iterable, Mapping, Sequence

import attrs

from ._arguments import id_of
from ._credit import Stated, sources_of
from ._errors import InvalidQueryError
from ._records import (
    Claim,
    Entity,
    Film,
    Predicate,
    Qualifiers,
    Quantity,
    Source,
    Status,
    Value,
    amount_text,
)
from ._relations import Relation, value_key

__all__ = [
    "Disagreement",
    "Fact",
    "MergedCredit",
    "Portrayal",
    "PreferenceRule",
    "Preferred",
    "Profile",
    "Statement",
    "backers",
    "facts_of",
    "spelling",
]


@attrs.frozen(kw_only=True)
class Fact(Stated):
    """One value of an entity's predicate and every claim that gives it, however written:
    "90 minutes" and "1.5 hours", "Action" and "action" are one value (the values
    :func:`relate` calls the ``SAME``). ``value`` is the spelling most of its sources write
    (the first claim's, by id, among ties); :attr:`spellings` has the others."""

    value: Value
    claims: tuple[Claim, ...]

    @property
    def spellings(self) -> tuple[Value, ...]:
        """The ways the claims write the value, each once, :attr:`value` first (an amount
        by its digits as written: "1.50" and "1.5" are two ways)."""
        ways: dict[Hashable, Value] = {}
        for value in (self.value, *(claim.value for claim in self.claims)):
            ways.setdefault(_as_written(value), value)
        return tuple(ways.values())

    @property
    def backing_sources(self) -> tuple[str, ...]:
        """The ids of the sources that back the value, sorted: of :attr:`sources`, not those
        whose claims of it are all ``superseded`` (a source that says the value was dropped,
        "delayed from June 7, 2024", gives it as history, not as its own)."""
        return sources_of(tuple(backers(self.claims)))


@attrs.frozen(kw_only=True)
class Disagreement:
    """Values that sources give for one entity and predicate, and how they relate.

    ``relation`` is :attr:`Relation.CONFLICT` when some of the values cannot both hold,
    :attr:`Relation.OVERLAP` when none conflict but some share only part of their days or
    amounts (``2023`` and ``2023-24``), :attr:`Relation.REFINEMENT` when the others are
    more precise forms of one another, and :attr:`Relation.SAME` when sources agree on
    one value. ``facts`` holds the
    values taking part, each with its claims, so every side and its quotes are at hand.
    Nothing is marked right or wrong.
    """

    subject: str
    predicate: Predicate
    relation: Relation
    facts: tuple[Fact, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of every source taking part, sorted."""
        return sources_of(tuple(claim for fact in self.facts for claim in fact.claims))


@attrs.frozen(kw_only=True)
class Preferred:
    """The value preferred for a single-valued predicate in one scope, why, and what
    conflicts with it, as Wikidata marks one statement preferred and keeps the others.

    ``facts`` gives the value first, then the less precise values it refines (which agree
    with it); ``conflicts`` the values that cannot hold with it; ``overlaps`` the values
    that share only part of its days or amounts (:attr:`Relation.OVERLAP`): both hold only
    where they meet; ``superseded`` the values whose every claim has the status
    ``superseded`` beside a value not superseded: the value's history, no conflict.
    """

    #: The qualifiers that scope the value (region, medium), the others left out. A claim
    #: that leaves the region or medium out counts in every scope: the value's claims need
    #: not name the scope's region.
    scope: Qualifiers
    value: Value
    rule: PreferenceRule
    #: The rule's reason, in words: "2024-06-07 is the most precise value; ...".
    reason: str
    facts: tuple[Fact, ...]
    conflicts: tuple[Fact, ...] = ()
    overlaps: tuple[Fact, ...] = ()
    superseded: tuple[Fact, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that back the value or a less precise form of it: not
        one that says it was dropped (:func:`backers`), but where each of its sources does."""
        return sources_of(
            tuple(claim for fact in self.facts for claim in backers(fact.claims) or fact.claims)
        )


@attrs.frozen(kw_only=True)
class Statement:
    """Every value the sources give for one predicate of an entity.

    For a :attr:`~Predicate.single` predicate, ``preferred`` holds the preferred value of
    each scope, and ``facts`` starts with it; for a predicate that :attr:`~Predicate.changes`
    over time, ``facts`` are in the order their sources were published.
    """

    predicate: Predicate
    facts: tuple[Fact, ...]
    preferred: tuple[Preferred, ...] = ()

    @property
    def conflicted(self) -> bool:
        """Whether any preferred value has a conflicting value beside it."""
        return any(preferred.conflicts for preferred in self.preferred)


@attrs.frozen(kw_only=True)
class Portrayal(Stated):
    """A character played in a credit, with the claims that name the character."""

    character: str
    claims: tuple[Claim, ...]


@attrs.frozen(kw_only=True)
class MergedCredit(Stated):
    """One person's credit in one work in one role, merged across sources.

    A source that casts Ana de Armas without naming her character and one that casts her as
    Rooney give one credit, "as Rooney": ``claims`` holds every claim of the casting, each
    :class:`Portrayal` the claims that name its character. Entities are given by id; the
    :class:`Profile` holding the credit has their records.
    """

    work: str
    person: str
    role: Predicate
    characters: tuple[Portrayal, ...]
    claims: tuple[Claim, ...]

    @property
    def statuses(self) -> tuple[Status, ...]:
        """The statuses the claims give ("undisclosed", "speculated"), each once."""
        return tuple(dict.fromkeys(c.qualifiers.status for c in self.claims if c.qualifiers.status))


@attrs.frozen(kw_only=True)
class Profile:
    """Everything the catalog holds about one entity, as :func:`~ballerina_data.about`
    gives it.

    ``statements`` has one entry per predicate of which the entity is the subject (credits
    aside), in the predicate table's order; ``credits`` the credits merged per person, work
    and role (a work's cast and crew, a person's filmography, the actors who played a
    character); ``mentions`` the claims of other entities that name this one as their value,
    by predicate, each fact's value the :class:`EntityRef` of the entity that names it.
    Other entities are given by id: ``entities`` holds each one named, once, and ``sources``
    each source cited, in the order published.
    """

    entity: Entity
    statements: tuple[Statement, ...]
    credits: tuple[MergedCredit, ...]
    mentions: tuple[Statement, ...]
    entities: tuple[Entity, ...]
    sources: tuple[Source, ...]

    def statement(self, predicate: Predicate | str) -> Statement | None:
        """The statement of this predicate (any spelling), or ``None`` when no source states
        the predicate of the entity: the 2024 film has no ``duration`` (no source gives its
        running time), so the result is Optional and the caller checks it.

        Raises:
            InvalidQueryError: ``predicate`` is no predicate (the message suggests one), or
                one of the credits (``director``, ``cast_member``, ...), which
                :attr:`credits` holds merged per person.
        """
        wanted = Predicate(predicate)
        if wanted.credit is not None:
            msg = (
                f"{wanted.value!r} is a credit: the profile's credits hold it, one per person"
                f" ([c for c in profile.credits if c.role is Predicate.{wanted.name}])"
            )
            raise InvalidQueryError(msg)
        return next((s for s in self.statements if s.predicate is wanted), None)

    def name(self, entity_id: str | Entity) -> str:
        """The title or name of an entity the profile names, by id (or its record, as
        every getter takes one).

        Raises:
            KeyError: the profile names no such entity.
            TypeError: ``entity_id`` is neither an id nor a record.
        """
        entity_id = id_of(entity_id)
        # The profile's entities are sorted by id: a printed profile of 20,000 credits asks
        # for as many names, and a scan for each made it quadratic. A profile made otherwise
        # is scanned.
        at = bisect.bisect_left(self.entities, entity_id, key=lambda entity: entity.id)
        sorted_hit = self.entities[at : at + 1]
        for candidates in (sorted_hit, (self.entity,), self.entities):
            for entity in candidates:
                if entity.id == entity_id:
                    return entity.title if isinstance(entity, Film) else entity.name
        raise KeyError(entity_id)


class PreferenceRule(enum.Enum):
    """Which step of the preference rule chose a :class:`Preferred` value."""

    #: Every claim gives this value.
    ONLY_VALUE = "only_value"
    #: The other values are less precise forms of this one.
    MOST_PRECISE = "most_precise"
    #: This value is stated firmly, and the values that as many sources or more give (as
    #: late or later) only as forecasts: scheduled, expected, in development, speculated, hoped or
    #: unconfirmed, or a date after the claim was made. Whatever their dates: a value that
    #: does not change over time, once stated as done, is not undone by a later plan. Not
    #: for a predicate that changes over time, whose latest state may be a plan or a hope.
    FIRM_STATEMENT = "firm_statement"
    #: Every value is a date only forecast (scheduled, expected, ..., or a date after the
    #: claim was made), and this one's latest source is surely later than every source of
    #: the others: a schedule is a plan that a newer one replaces, however many sources gave
    #: the older ones. Where a date of another value may be as late (the same day, a
    #: partial date or an interval reaching it), the steps below choose.
    LATEST_SCHEDULE = "latest_schedule"
    #: More sources give this value (or less precise forms of it) than any other; the reason
    #: tells the sources of less precise forms apart ("3 sources (and 1 more a less precise
    #: form)").
    MOST_SOURCES = "most_sources"
    #: As many sources give another value; this one's latest source is the latest. For a
    #: predicate that changes over time, the latest source is asked first. Values as late
    #: and from as many sources tie: the one whose first claim id comes first is chosen,
    #: and the reason names the others ("a tie, broken by the catalog's order"). Dates are
    #: ordered by the earliest day they can mean; a value an interval or partial date puts
    #: earlier but may be later is named too ("the order rests on uncertain dates").
    LATEST_SOURCE = "latest_source"


def spelling(claims: Sequence[Claim]) -> Value:
    """How a value that ``claims`` all give is named: as most of their sources write it,
    the first claim's way (by id) among ties."""
    first = claims[0].value
    if all(claim.value is first for claim in claims):
        return first  # most values: one claim, or written one way
    written = _as_written(first)
    if all(_as_written(claim.value) == written for claim in claims):
        return first
    sources: dict[Hashable, set[str]] = {}
    first_claim: dict[Hashable, tuple[str, Value]] = {}
    for claim in claims:
        key = _as_written(claim.value)
        sources.setdefault(key, set()).add(claim.source)
        if key not in first_claim or claim.id < first_claim[key][0]:
            first_claim[key] = claim.id, claim.value
    chosen = min(sources, key=lambda key: (-len(sources[key]), first_claim[key][0]))
    return first_claim[chosen][1]


def _as_written(value: Value) -> Hashable:
    """A value as its claims write it, which the SQLite export's columns keep: an amount by
    its digits as written ("1.50" is not "1.5", "100000000.0" not "100000000"), which equal
    amounts do not tell apart."""
    if isinstance(value, Quantity):
        return Quantity, amount_text(value.amount), value.unit, value.bound
    return value


def facts_of(
    claims: Iterable[Claim], spellings: Mapping[Hashable, Value] | None = None
) -> tuple[Fact, ...]:
    """The claims grouped into facts by :func:`value_key`, those of most sources backing
    them first (a source giving a value as ``superseded`` does not count for it);
    each named by :func:`spelling`, or by ``spellings`` (by key), so that facts of some of
    the claims name a value as those of all of them do."""
    by_key: dict[Hashable, list[Claim]] = {}
    for claim in claims:
        by_key.setdefault(value_key(claim.value), []).append(claim)
    facts = [
        Fact(
            value=spelling(group) if spellings is None else spellings[key],
            claims=tuple(group),
        )
        for key, group in by_key.items()
    ]
    return tuple(sorted(facts, key=_backing_sources))


def backers(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one value that back it: those not ``superseded`` (a claim superseded
    gives the value as the one dropped, the history of another)."""
    return [claim for claim in claims if claim.qualifiers.status is not Status.SUPERSEDED]


def _backing_sources(fact: Fact) -> int:
    """Less the number of sources that back the fact's value (:func:`backers`)."""
    return -len(fact.backing_sources)


# Their public home: reprs and tracebacks say ballerina_data.Fact, and annotations resolve
# among the package's names.
for _cls in (
    Fact,
    Disagreement,
    Preferred,
    Statement,
    Portrayal,
    MergedCredit,
    Profile,
):
    attrs.resolve_types(_cls, globalns=globals())  # here, where every name is defined
    _cls.__module__ = "ballerina_data"
PreferenceRule.__module__ = "ballerina_data"
