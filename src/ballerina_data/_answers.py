"""Answers drawn from the claims: how the values of one predicate relate (disagreements), which
value is preferred, and everything known about one entity (its profile).

Over 600 lines because the preference rule weighs the very facts disagreements relate, with
the same helpers (:func:`_kinds`, :func:`_strongest`): apart, one would import the other's
privates.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence, Set

import attrs

from ._dating import (
    SourceKey,
    SourceOrder,
    key_lateness,
    lateness,
    latest,
    possibly_later,
    source_order,
    when,
)
from ._kinds import label, listing_order
from ._normalize import normalize
from ._pairs import (
    Span,
    candidate_pairs,
    check_scope_weighings,
    compatible_scopes,
    ends_before,
    narrowest_scopes,
    span,
    spans_refined,
)
from ._records import (
    Character,
    Claim,
    DateValue,
    Entity,
    EntityRef,
    Person,
    Predicate,
    Qualifiers,
    Quantity,
    Source,
    Status,
    Text,
    Value,
)
from ._relations import Relation, refines, relate, scope_of, unit_key, value_key
from ._results import (
    Disagreement,
    Fact,
    MergedCredit,
    Portrayal,
    PreferenceRule,
    Preferred,
    Profile,
    Statement,
    backers,
    facts_of,
    spelling,
)
from ._wording import amount_words, date_words

__all__ = ["FORECASTS", "disagreements", "is_forecast", "profile", "superseded_claims"]


def _root(parent: list[int], n: int) -> int:
    """The representative of ``n``'s set in a union-find forest."""
    while parent[n] != n:
        parent[n] = parent[parent[n]]
        n = parent[n]
    return n


# A partial overlap is weaker than a conflict (the values meet somewhere) and stronger than a
# refinement (they do not wholly agree).
_STRENGTH = {
    Relation.DISTINCT: 0,
    Relation.SAME: 1,
    Relation.REFINEMENT: 2,
    Relation.OVERLAP: 3,
    Relation.CONFLICT: 4,
}
#: The relations that join values into one entry of the disagreements.
_JOINING = (Relation.REFINEMENT, Relation.OVERLAP, Relation.CONFLICT)
_CREDIT_ROLES = tuple(member for member in Predicate if member.credit is not None)


def _units(claims: Iterable[Claim]) -> list[list[Claim]]:
    """The claims grouped by value (however written: :func:`value_key`) and character: the
    facts that disagreements compare."""
    groups: dict[tuple[Hashable, str | None], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((value_key(claim.value), claim.qualifiers.character), []).append(claim)
    return list(groups.values())


def _kinds(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """One claim of each character, scope and being ``superseded`` or not among a fact's
    claims (all of one value).

    :func:`relate` and :func:`refines` look at nothing else of two claims of one subject and
    predicate (two spellings of one value relate alike), so claims alike in these relate
    alike: comparing one of each kind keeps the answers and makes the work grow with the
    kinds, not with the claims (a value repeated by many claims would otherwise be compared
    claim by claim, pair by pair).
    """
    if len(claims) == 1:  # most facts at 10^5 claims
        return tuple(claims)
    kinds: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        # A claim superseded relates as the value's history, one not as the value: both
        # kinds are kept, whichever comes first.
        dropped = claim.qualifiers.status is Status.SUPERSEDED
        kinds.setdefault((claim.qualifiers.character, scope_of(claim), dropped), claim)
    return tuple(kinds.values())


def _strongest(a: Sequence[Claim], b: Sequence[Claim]) -> Relation:
    """The strongest relation between a claim of ``a`` and one of ``b`` (each of one value).

    Claims of one value and character (and status ``superseded`` or not) relate alike but
    for their scopes, which only tell a conflict from values that can both hold: so one
    claim of each such kind is related, and, where that finds values that can both hold,
    a pair in compatible scopes (looked up, not tried: a value in a thousand regions
    against another in as many is a million pairs).
    """
    if len(a) == 1 and len(b) == 1:  # the one pair, whatever its scopes: most at 10^5 claims
        return relate(a[0], b[0])
    # relate() asks the scopes only to tell a conflict, so not where none can be.
    scoped = a[0].predicate.single and not a[0].predicate.changes
    found = Relation.DISTINCT
    others = _by_character(b).values()
    for mine in _by_character(a).values():
        for theirs in others:
            relation = relate(mine[0], theirs[0])
            if relation is Relation.DISTINCT and scoped:
                scopes = [scope_of(claim) for claim in (*mine, *theirs)]
                crossing = ((i, j) for i, j in compatible_scopes(scopes) if i < len(mine) <= j)
                i, j = next(crossing, (0, len(mine)))
                relation = relate(mine[i], theirs[j - len(mine)])
            found = max(found, relation, key=_STRENGTH.__getitem__)
    return found


def _by_character(claims: Sequence[Claim]) -> dict[tuple[str | None, bool], list[Claim]]:
    """The claims by character, and by being ``superseded`` or not (which relate apart)."""
    found: dict[tuple[str | None, bool], list[Claim]] = {}
    for claim in claims:
        dropped = claim.qualifiers.status is Status.SUPERSEDED
        found.setdefault((claim.qualifiers.character, dropped), []).append(claim)
    return found


def disagreements(
    subject: str, claims: Sequence[Claim], wanted: Relation | None, order: SourceOrder
) -> list[Disagreement]:
    """The disagreements among one subject's claims, predicate by predicate.

    Facts joined by refinements, overlaps or conflicts make one entry, a conflict if any
    pair of them conflicts, else an overlap if any pair overlaps in part; a value (with its
    character) given by several sources alone is an agreement, of its claims not
    ``superseded`` (:func:`backers`). Of a total that only grows
    (:attr:`Predicate.grows`), the latest value of a scope and the values surely earlier
    and above it are a conflict.
    """
    # By the predicate's value as the enumeration holds it: `.value` is a property, and a
    # member's hash a call in Python (a third of the grouping's time at 10^5 claims).
    by_predicate: dict[str, list[Claim]] = {}
    for claim in claims:
        by_predicate.setdefault(claim.predicate._value_, []).append(claim)
    found = []
    for value in sorted(by_predicate):
        predicate_claims = by_predicate[value]
        predicate = predicate_claims[0].predicate
        # Most predicates of a subject have one claim, most others one fact (one value, one
        # character): nothing to relate. At 10^5 claims (two thirds of the predicates) the
        # pairing skipped for them was 40% of the answer's time.
        if len(predicate_claims) == 1:
            continue
        units = _units(predicate_claims)
        # By the units' indexes: a Fact is built only for a unit that takes part in an
        # entry (at 10^5 claims, one unit in twenty).
        aside = _set_aside(predicate_claims, order)
        history = {n for n, unit in enumerate(units) if aside and _all_aside(unit, aside)}
        entries = _joined(units, predicate, history) if len(units) > 1 else []
        # An agreement is of the claims that back their value: a claim superseded says the
        # value was dropped, the history, no agreement with a source that still gives it.
        backers_of = {n: backers(unit) for n, unit in enumerate(units) if len(unit) > 1}
        entries += [
            (Relation.SAME, [n])
            for n, backing in backers_of.items()
            if len({claim.source for claim in backing}) > 1
        ]
        facts: dict[int, Fact] = {}
        for relation, members in entries:
            if wanted is None or relation is wanted:
                if relation is Relation.SAME:
                    backing = backers_of[members[0]]
                    shown: tuple[Fact, ...] = (
                        Fact(value=spelling(backing), claims=tuple(backing)),
                    )
                else:
                    for n in members:
                        if n not in facts:
                            facts[n] = Fact(value=spelling(units[n]), claims=tuple(units[n]))
                    shown = tuple(facts[n] for n in members)
                found.append(
                    Disagreement(
                        subject=subject, predicate=predicate, relation=relation, facts=shown
                    )
                )
        if predicate.grows and wanted in (None, Relation.CONFLICT):
            found += _fallen_totals(subject, predicate, predicate_claims, order)
    return found


def _fallen_totals(
    subject: str, predicate: Predicate, claims: Sequence[Claim], order: SourceOrder
) -> list[Disagreement]:
    """The conflicts of a total that only grows: each scope's latest value, and the values
    surely earlier and above it (as the profile lists them beside the preferred value);
    and each other value surely below one surely earlier than it, with the highest such
    (:func:`_falls`): "$400 million" in January and "$350 million" in February conflict,
    whatever a later "$500 million" says."""
    found: dict[tuple[Value, ...], Disagreement] = {}
    for preferred in _preferred(predicate, claims, order):
        if preferred.conflicts:
            facts = (preferred.facts[0], *preferred.conflicts)
            entry = Disagreement(
                subject=subject, predicate=predicate, relation=Relation.CONFLICT, facts=facts
            )
            # Once, not per scope: the scopes' facts name each value alike (the spellings).
            found.setdefault(tuple(fact.value for fact in facts), entry)
    named = {value for values in found for value in values}
    for earlier, fallen in _falls(claims, order):
        if earlier.value in named and fallen.value in named:
            continue  # told already, beside a preferred value
        entry = Disagreement(
            subject=subject,
            predicate=predicate,
            relation=Relation.CONFLICT,
            facts=(fallen, earlier),
        )
        found.setdefault((fallen.value, earlier.value), entry)
    return list(found.values())


def _falls(claims: Sequence[Claim], order: SourceOrder) -> Iterator[tuple[Fact, Fact]]:
    """Of a total that only grows, each value surely below another of its scope that is
    surely earlier, with the highest such earlier value: one sweep of each scope's values
    by when they were given, so n log n, not every pair. A claim that leaves a qualifier out
    speaks of every scope, so it is swept with each."""
    by_scope: dict[tuple[object, ...], list[Claim]] = {}
    for claim in claims:
        by_scope.setdefault(scope_of(claim), []).append(claim)
    unscoped = (None,) * len(claims[0].predicate.scope)
    everywhere = by_scope.get(unscoped, [])
    for scope, scoped in by_scope.items():
        members = scoped if scope == unscoped else [*scoped, *everywhere]
        facts = [Fact(value=spelling(unit), claims=tuple(unit)) for unit in _units(members)]
        # Each claim by when it gives its value: one value may be given before and after
        # another ("$300 million" in January and March, "$350 million" in February).
        dated = []
        for fact in facts:
            ends = span(fact.value)
            if ends is not None:
                for claim in fact.claims:
                    key = when(claim, order)
                    dated.append((key.first, key.last, ends, fact))
        by_end = sorted(dated, key=lambda row: row[1])
        highest: dict[Hashable, tuple[Span, Fact]] = {}  # by unit: the highest low end
        fallen: set[int] = set()  # each value once, beside the highest value before it
        at = 0
        for since, _, ends, fact in sorted(dated, key=lambda row: row[0]):
            while at < len(by_end) and by_end[at][1] < since:
                _, _, seen, before = by_end[at]
                best = highest.get(seen[0])
                # The low ends of one unit are amounts, or days, alike; an open one ("at
                # most") holds no total up, but may fall below one.
                if seen[1] is not None and (
                    # Amounts with amounts, days with days: mypy sees objects.
                    best is None or seen[1] > best[0][1]  # type: ignore[operator]
                ):
                    highest[seen[0]] = (seen, before)
                at += 1
            best = highest.get(ends[0])
            if best is not None and ends_before(ends, best[0]) and id(fact) not in fallen:
                fallen.add(id(fact))
                yield best[1], fact


def _joined(
    units: list[list[Claim]], predicate: Predicate, history: Iterable[int] = ()
) -> list[tuple[Relation, list[int]]]:
    """The units (by index) joined by refinements, overlaps or conflicts, each set the
    strongest relation of any pair of it: a conflict, an overlap, else a refinement. The
    units of ``history`` (:func:`_set_aside`) relate as values superseded."""
    conflicts = predicate.single and not predicate.changes
    if not conflicts and _entities_apart(units):
        return []
    kinds = [_kinds(unit) for unit in units]
    dropped = set(history)
    for n in dropped:
        kinds[n] = tuple(_as_superseded(claim) for claim in kinds[n])

    def relation_of(i: int, j: int) -> Relation:
        # A value dropped joins no value standing, not even as its less precise form: it
        # is the history, never an agreement nor a conflict.
        if (i in dropped) != (j in dropped):
            return Relation.DISTINCT
        return _strongest(kinds[i], kinds[j])

    if len(units) == 2:
        # Two facts are cheaper to relate than to index: the index only leaves out pairs
        # whose relation joins nothing (the same, or distinct), which relate() says as well.
        relation = relation_of(0, 1)
        return [(relation, [0, 1])] if relation in _JOINING else []
    parent = list(range(len(units)))
    root = functools.partial(_root, parent)
    strongest: dict[int, Relation] = {}  # a unit's strongest relation among the pairs
    pairs = candidate_pairs(kinds, conflicts=conflicts)
    for i, j in pairs:
        relation = relation_of(i, j)
        if relation in _JOINING:
            parent[root(j)] = root(i)
            if _STRENGTH[relation] > _STRENGTH[strongest.get(i, Relation.REFINEMENT)]:
                strongest[i] = relation
    components: dict[int, list[int]] = {}
    for n in range(len(units)):
        components.setdefault(root(n), []).append(n)
    entries = []
    for members in components.values():
        if len(members) > 1:
            found = (strongest.get(n, Relation.REFINEMENT) for n in members)
            entries.append((max(found, key=_STRENGTH.__getitem__), members))
    return entries


def _entities_apart(units: list[list[Claim]]) -> bool:
    """Whether each unit is an entity no other unit is: where values cannot conflict, such
    units join nothing (two entities can only conflict; one entity refines only by naming a
    character another claim of it leaves out). Most sets of a subject's values at 10^5
    claims (cast members, notable works), spared the relating."""
    seen = set()
    for unit in units:
        value = unit[0].value
        if not isinstance(value, EntityRef) or value.id in seen:
            return False
        seen.add(value.id)
    return True


def _spellings(facts: Iterable[Fact]) -> dict[Hashable, Value]:
    """How the facts name their values, by :func:`value_key`."""
    return {value_key(fact.value): fact.value for fact in facts}


def _preferred(
    predicate: Predicate,
    claims: Sequence[Claim],
    order: SourceOrder,
    spellings: Mapping[Hashable, Value] | None = None,
) -> tuple[Preferred, ...]:
    """The preferred value of a single-valued predicate in each of its scopes, each value
    named as the facts of all the claims name it (``spellings``, if made already).

    The scopes are the most specific ones the claims name; a claim that leaves a qualifier
    out counts in every scope it fits (theatrical, and not said: one scope, theatrical),
    but one that names a region counts only in that region's scopes (:func:`_counts_in`:
    a UK date and a theatrical one of no region are two scopes, each with its answer). A
    scope is named as its first claim writes it ("United States" and "united states" are
    one scope, by :func:`scope_of`).
    """
    if spellings is None:
        spellings = _spellings(facts_of(claims))
    return tuple(
        _prefer(predicate, written, ordered, order, spellings)
        for written, ordered in _scopes(predicate, claims)
    )


def _scopes(
    predicate: Predicate, claims: Sequence[Claim]
) -> list[tuple[tuple[object, ...], list[Claim]]]:
    """Each of the predicate's narrowest scopes (:func:`_preferred`), as its first claim
    writes it, with the claims that count in it, in the claims' order."""
    by_scope: dict[tuple[object, ...], list[Claim]] = {}
    written: dict[tuple[object, ...], tuple[object, ...]] = {}
    for claim in claims:
        scope = scope_of(claim)
        by_scope.setdefault(scope, []).append(claim)
        if scope not in written:
            qualifiers = claim.qualifiers
            written[scope] = tuple([getattr(qualifiers, name) for name in predicate.scope])
    named = list(by_scope)
    pairs = list(compatible_scopes(named))
    met = _scopes_met(named, pairs, written)
    if met:
        for scope, as_written in met.items():
            by_scope[scope], written[scope] = [], as_written
        named += met
        pairs = list(compatible_scopes(named))  # the scopes met among them
    # The most specific scopes: a scope another one narrows is part of that one, but for a
    # scope of no region, which no region's narrows (a UK date is no date of everywhere).
    narrowest = _narrowest_by_region(predicate, named)
    in_scope: dict[tuple[object, ...], list[Claim]] = {scope: [] for scope in narrowest}
    joins = [
        (mine, theirs)
        for i, j in pairs
        for mine, theirs in (((i, j),) if i == j else ((i, j), (j, i)))
        if named[mine] in in_scope and _counts_in(predicate, named[mine], named[theirs])
    ]
    check_scope_weighings(sum(len(by_scope[named[theirs]]) for _, theirs in joins), claims)
    for mine, theirs in joins:
        in_scope[named[mine]] += by_scope[named[theirs]]
    position = {id(claim): n for n, claim in enumerate(claims)}
    # In the claims' order, as the scope's claims were picked before.
    return [
        (written[scope], sorted(in_scope[scope], key=lambda claim: position[id(claim)]))
        for scope in sorted(narrowest, key=lambda scope: repr(written[scope]))
    ]


def _scopes_met(
    named: Sequence[tuple[object, ...]],
    pairs: Iterable[tuple[int, int]],
    written: Mapping[tuple[object, ...], tuple[object, ...]],
) -> dict[tuple[object, ...], tuple[object, ...]]:
    """The scopes to add, each as written, where a scope leaves out what the scopes it
    meets (``pairs`` of ``named``) name in more than one way (a US date of no medium,
    streaming and theatrical dates of no region): its claims meet each in the scope naming
    both (US streaming, US theatrical), so the US date is weighed against each apart, and a
    theatrical date never against a streaming one."""
    meeting: dict[tuple[object, ...], list[tuple[object, ...]]] = {}
    for i, j in pairs:
        if i != j:
            meeting.setdefault(named[i], []).append(named[j])
            meeting.setdefault(named[j], []).append(named[i])
    found: dict[tuple[object, ...], tuple[object, ...]] = {}
    for one, others in meeting.items():
        left_out = [n for n, value in enumerate(one) if value is None]
        if not any(len({o[n] for o in others if o[n] is not None}) > 1 for n in left_out):
            continue
        for other in others:
            scope = tuple(a if a is not None else b for a, b in zip(one, other, strict=True))
            if scope not in written and scope not in found:
                found[scope] = tuple(
                    a if a is not None else b
                    for a, b in zip(written[one], written[other], strict=True)
                )
    return found


def _counts_in(predicate: Predicate, scope: tuple[object, ...], its: tuple[object, ...]) -> bool:
    """Whether the claims of the scope ``its`` count in ``scope`` (a compatible one): a claim
    that names a region speaks of that region alone, so it counts in no scope that names
    none ("released in the UK on June 5, 2025" is no date of the release everywhere); one
    that names none counts in every region's."""
    if "region" not in predicate.scope:
        return True
    region = predicate.scope.index("region")
    return its[region] is None or scope[region] is not None


def _narrowest_by_region(
    predicate: Predicate, scopes: Sequence[tuple[object, ...]]
) -> list[tuple[object, ...]]:
    """The scopes no other one narrows (:func:`narrowest_scopes`), where a scope that names
    no region is narrowed only by another that names none: the claims of a region count in
    no scope without one (:func:`_counts_in`), so the scope with no region keeps its own."""
    if "region" not in predicate.scope:
        return narrowest_scopes(scopes)
    region = predicate.scope.index("region")
    unregioned = [scope for scope in scopes if scope[region] is None]
    regioned = [scope for scope in narrowest_scopes(scopes) if scope[region] is not None]
    return [*regioned, *narrowest_scopes(unregioned)]


def _first_claim(fact: Fact) -> str:
    """The fact's first claim in the catalog's order (by id) of those that back it (not
    one saying it was dropped: :func:`backers`): what breaks a tie."""
    return min(claim.id for claim in backers(fact.claims) or fact.claims)


def _count_supporters(
    counts: list[int],
    group: list[int],
    holding: Mapping[int, int],
    masks: list[int],
    refined: set[int],
    *,
    facts: list[Fact],
) -> None:
    """Each of the group's values' count of sources: those that give it, and those that
    give a less precise form of it (``holding``, a mask with its own) but none of its
    rivals, the other values of its kind that no value refines. A source that gives "2024"
    and "2024-06-07" supports June 7 with its "2024", not July 8 as well."""
    rivals: dict[object, int] = {}
    for n in group:
        if n not in refined:
            kind = _kind_of_value(facts[n].value)
            rivals[kind] = rivals.get(kind, 0) | masks[n]
    for n in group:
        # The kind's chosen values but this one: its own sources stay counted below.
        others = rivals.get(_kind_of_value(facts[n].value), 0) & ~masks[n]
        counts[n] = (masks[n] | (holding[n] & ~others)).bit_count()


def _kind_of_value(value: Value) -> object:
    """What a value can be refined within: days, amounts of one unit, texts."""
    return (type(value), unit_key(value.unit)) if isinstance(value, Quantity) else type(value)


def _precision(
    facts: list[Fact], kinds: list[tuple[Claim, ...]], silent: Set[int] = frozenset()
) -> tuple[set[int], list[int], Callable[[int], list[int]]]:
    """Which facts (by index) a more precise one refines; for each of the others, how many
    sources give it or a value it refines; and, for one of those, the facts it refines.
    The facts ``silent`` (a value dropped: :func:`_set_aside`) back no other value, so
    their sources count for none and they are no value's less precise form; a source
    that says a value was dropped is no backer of it (:func:`_own_sources`).

    Only the pairs that may be refinements are compared: texts through
    :func:`candidate_pairs`, days and amounts through :func:`spans_refined`.
    """

    def more_precise(a: int, b: int) -> bool:
        return any(refines(x, y) for x in kinds[a] for y in kinds[b])

    bit = {s: 1 << n for n, s in enumerate(sorted({s for f in facts for s in f.sources}))}
    masks = [functools.reduce(operator.or_, map(bit.get, _own_sources(fact)), 0) for fact in facts]
    by_family: dict[object, list[tuple[int, Span]]] = {}
    others = []
    for n, fact in enumerate(facts):
        found = span(fact.value)
        if found is None or found[0] == "entity":  # entities refine only by character
            others.append(n)
        else:
            by_family.setdefault(found[0], []).append((n, found))

    less_precise: dict[int, list[int]] = {}
    for i, j in candidate_pairs([kinds[n] for n in others], conflicts=False):
        for a, b in ((others[i], others[j]), (others[j], others[i])):
            if more_precise(a, b):
                less_precise.setdefault(a, []).append(b)
    refined = {n for held in less_precise.values() for n in held}
    counts = [0] * len(facts)
    backing = [0 if n in silent else mask for n, mask in enumerate(masks)]
    holding = {
        n: functools.reduce(operator.or_, (backing[m] for m in less_precise.get(n, ())), masks[n])
        for n in others
    }
    _count_supporters(counts, others, holding, masks, refined, facts=facts)

    family_of: dict[int, list[int]] = {}
    for spanned in by_family.values():
        members = [n for n, _ in spanned]
        refined_here, sources = spans_refined(
            [
                (found, frozenset(c.qualifiers.character for c in facts[n].claims), backing[n])
                for n, found in spanned
            ]
        )
        refined.update(members[i] for i in refined_here)
        supporters = dict(zip(members, sources, strict=True))
        _count_supporters(counts, members, supporters, masks, refined, facts=facts)
        for n in members:
            family_of[n] = members

    # Each family's refined members, once: a value's less precise forms are among them, and
    # most families (4,000 days apart) have none, so no family is walked for each value.
    refined_of: dict[int, list[int]] = {}
    for members in {id(members): members for members in family_of.values()}.values():
        kept = [m for m in members if m in refined]
        for n in members:
            refined_of[n] = kept

    def refined_by(n: int) -> list[int]:
        if n not in family_of:
            return sorted(m for m in less_precise.get(n, ()) if m not in silent)
        return [m for m in refined_of[n] if m != n and m not in silent and more_precise(n, m)]

    return refined, counts, refined_by


#: The statuses that give a value only as something still to come or not established: a
#: plan (scheduled, in development), an expectation, a speculation, a hope, an unconfirmed
#: report. A value of one of these may yet change or never happen; "released", "announced"
#: (an official statement), "reported" (told as fact, at second hand), "undisclosed" and no
#: status at all state the value as it stands.
FORECASTS = frozenset(
    {
        Status.SCHEDULED,
        Status.EXPECTED,
        Status.IN_DEVELOPMENT,
        Status.SPECULATED,
        Status.HOPED,
        Status.UNCONFIRMED,
    }
)


def is_forecast(claim: Claim, order: SourceOrder) -> bool:
    """Whether the claim gives its value only as a forecast: by its status, or as a date
    surely after the claim was made ("will be released on June 7, 2024" in a text of 2023
    with no status), which the text cannot report as done."""
    if claim.qualifiers.status in FORECASTS:
        return True
    value = claim.value
    return type(value) is DateValue and value.date.first_day > when(claim, order).last


def _prefer(
    predicate: Predicate,
    scope: tuple[object, ...],
    claims: Sequence[Claim],
    order: SourceOrder,
    spellings: Mapping[Hashable, Value],
) -> Preferred:
    facts = list(facts_of(claims, spellings))
    kinds = [_kinds(fact.claims) for fact in facts]
    # A value its sources say was changed since is the value's history: never preferred
    # over a value not superseded, nor in conflict with it, nor backing one as its less
    # precise form ("spring 2023, since dropped" backs no March 28, 2023), but named in the
    # reason. Every claim here counts in the scope asked (:func:`_preferred`), so speaks of it.
    aside = _standing_first(facts, claims, _set_aside(claims, order, scope=lambda claim: ()))
    # Refinements merge into the most precise value they agree with.
    refined, counts, refined_by = _precision(facts, kinds, _dropped(facts, aside))
    candidates, former, history = _split_superseded(facts, refined, aside)
    index = {id(fact): n for n, fact in enumerate(facts)}

    def sources(fact: Fact) -> int:
        return counts[index[id(fact)]]

    support = _support_of(facts, refined, refined_by)

    def latest_held(fact: Fact) -> SourceKey:
        # The latest source of the value or of a less precise form it holds: those count
        # for it, as they count among its sources ("2023", later, backs 2023-12-31).
        held = (fact, *support(fact))
        return max((latest(each, order) for each in held), key=lambda k: (k.dated, k.start))

    # Values as late and given by as many sources tie: the first in the catalog's order is
    # preferred, and the reason names the others.
    # A history's latest state first, else the value of the most sources.
    def rank(f: Fact) -> tuple[object, ...]:
        if predicate.changes:
            return lateness(f, order), sources(f)
        return sources(f), key_lateness(latest_held(f))

    ranked = sorted(candidates, key=_first_claim)
    ranked.sort(key=rank, reverse=True)
    # A value stated firmly comes before values only forecast, whatever their sources and
    # dates (the sort keeps the order above among each); not for a history, where a plan
    # or a hope is itself the latest state.
    outranked: list[Fact] = []  # the forecasts that would be chosen before it but for this
    # Where every value is a date only forecast, the latest schedule comes first, unless a
    # date of another value may be as late (then the order above stands).
    newest: Fact | None = None
    maybe_later: list[tuple[Fact, str]] = []
    replaced: set[int] = set()  # older schedules, where no one is surely the latest
    if not predicate.changes and len(ranked) > 1:
        # A value is only forecast where every claim of it, and of the less precise values
        # it refines, is: "released in the summer of 2024" states June 7, 2024 firmly too.
        forecasts = {
            id(f)
            for f in ranked
            if all(is_forecast(c, order) for held in (f, *support(f)) for c in held.claims)
        }
        if 0 < len(forecasts) < len(ranked):
            # The forecasts ranked before the first value stated firmly, or tied with it
            # (which one of those comes first is the claim ids' to say, not the rule's).
            firm_rank = rank(next(f for f in ranked if id(f) not in forecasts))
            outranked = [f for f in ranked if id(f) in forecasts and rank(f) >= firm_rank]
            ranked.sort(key=lambda f: id(f) in forecasts)
        elif len(forecasts) == len(ranked) and DateValue in predicate.value_types:
            newest, maybe_later, replaced = _order_schedules(ranked, facts, support, order)
    chosen, *others = ranked
    chosen_support = [chosen, *support(chosen)]
    beaten = {id(f) for f in outranked}
    rivals = [f for f in others if id(f) not in beaten]
    if newest is not None and not maybe_later:
        rule = PreferenceRule.LATEST_SCHEDULE
        reason = _schedule_reason(chosen, others, sources=sources, order=order)
    else:
        rule, reason = _reason(
            predicate,
            chosen,
            support=chosen_support,
            others=rivals,
            sources=sources,
            order=order,
            latest_of=None if predicate.changes else latest_held,
        )
    if newest is not None and newest is not chosen:
        # Said, not hidden: the newest schedule would be chosen, were it surely the latest.
        reason += _not_surely_latest(
            newest, maybe_later, [f for f in ranked if id(f) in replaced], order
        )
    if outranked:
        firm = max(
            when(c, order)
            for held in chosen_support
            for c in held.claims
            if not is_forecast(c, order)
        )
        rule, reason = (
            PreferenceRule.FIRM_STATEMENT,
            _firm_reason(chosen, firm, outranked, sources=sources, order=order)
            + (f"; {reason}" if rivals else ""),
        )
    supporting = {id(f) for f in chosen_support}  # by identity: comparing facts is their size
    against = {
        id(f): _strongest(kinds[index[id(chosen)]], kinds[index[id(f)]])
        for f in facts
        if id(f) not in supporting and id(f) not in history
    }
    conflicts = tuple(f for f in facts if against.get(id(f)) is Relation.CONFLICT)
    overlaps = tuple(f for f in facts if against.get(id(f)) is Relation.OVERLAP)
    if predicate.grows:
        fallen = _fallen(chosen, [f for f in facts if id(f) not in history], order)
        if fallen:
            conflicts += fallen
            shown = _some([_shown(f) for f in fallen])
            reason += f"; but {shown} cannot hold with it: a total only grows, and one day has one"
    return Preferred(
        # The scope's names are Qualifiers fields (the predicate table's), its values theirs.
        scope=Qualifiers(**dict(zip(predicate.scope, scope, strict=True))),  # type: ignore[arg-type]
        value=chosen.value,
        rule=rule,
        reason=reason + _superseded_reason(former),
        facts=tuple(chosen_support),
        conflicts=conflicts,
        overlaps=overlaps,
        superseded=tuple(former),
    )


def _own_sources(fact: Fact) -> tuple[str, ...]:
    """The sources that back a value (:attr:`Fact.backing_sources`: not one that says it
    was dropped); all of its sources where each says so (a history weighed among
    histories)."""
    return fact.backing_sources or fact.sources


def _standing_first(facts: Sequence[Fact], claims: Sequence[Claim], aside: set[int]) -> set[int]:
    """``aside``; but where it sets every value aside, the claims that say their value was
    dropped alone: the values no source says were dropped (a plan stated before a change,
    "June 2024" beside "June 7, 2024, since dropped") stand among them."""
    if not aside or not all(_all_aside(fact.claims, aside) for fact in facts):
        return aside
    dropped = {id(c) for c in claims if c.qualifiers.status is Status.SUPERSEDED}
    if all(_all_aside(fact.claims, dropped) for fact in facts):
        return aside
    return dropped


def _dropped(facts: Sequence[Fact], aside: set[int]) -> set[int]:
    """The facts (by index) whose every claim is set aside (:func:`_set_aside`), where a
    value stands: they back no other value. Where every value is dropped, none is left
    out: they are weighed among themselves."""
    dropped = {n for n, fact in enumerate(facts) if aside and _all_aside(fact.claims, aside)}
    return dropped if len(dropped) < len(facts) else set()


def _support_of(
    facts: list[Fact], refined: set[int], refined_by: Callable[[int], list[int]]
) -> Callable[[Fact], list[Fact]]:
    """What backs each value (:func:`_precision`'s ``refined_by``): the less precise
    values it refines, each of the claims that back it.

    A source that gives a value no other refines backs that one alone with its less
    precise forms, as the counts have it (:func:`_count_supporters`: "2024" backs no July
    8 from a source giving June 7)."""
    index = {id(fact): n for n, fact in enumerate(facts)}
    # How many values no other refines each source gives, by kind.
    chosen_by: dict[object, Counter[str]] = {}
    for n, fact in enumerate(facts):
        if n not in refined:
            chosen_by.setdefault(_kind_of_value(fact.value), Counter()).update(fact.sources)
    backing: dict[int, list[Fact]] = {}

    def support(fact: Fact) -> list[Fact]:
        found = backing.get(id(fact))
        if found is None:
            own = set(fact.sources)
            giving = chosen_by.get(_kind_of_value(fact.value), Counter())
            found = []
            for m in refined_by(index[id(fact)]):
                held = facts[m]
                kept = tuple(c for c in held.claims if c.source in own or not giving[c.source])
                if len(kept) == len(held.claims):
                    found.append(held)
                elif kept:
                    found.append(attrs.evolve(held, claims=kept))
            backing[id(fact)] = found
        return found

    return support


def _set_aside(
    claims: Sequence[Claim],
    order: SourceOrder,
    scope: Callable[[Claim], tuple[object, ...]] = scope_of,
) -> set[int]:
    """The claims (by ``id``) whose value a source says was changed since: the claims of
    the status ``superseded``, and the claims of their value, in a scope the change covers,
    from a source not surely later than one of them (it stated the plan before the change).
    A source surely later that states the value again, not superseded, brings it back; a
    change in one region leaves the value of every other scope, and of none, standing.

    The claims of one scope's preference (:func:`_prefer`) each speak of that scope, which
    every change among them covers: there ``scope`` gives them all one."""
    # Of each value changed, each scope's latest last day of change.
    changed: dict[Hashable, dict[tuple[object, ...], tuple[int, int, int]]] = {}
    for claim in claims:
        if claim.qualifiers.status is Status.SUPERSEDED:
            by_scope = changed.setdefault(value_key(claim.value), {})
            its, last = scope(claim), order(claim.source).last
            by_scope[its] = max(by_scope.get(its, last), last)
    if not changed:
        return set()
    aside = set()
    for claim in claims:
        scopes = changed.get(value_key(claim.value))
        if scopes is None:
            continue
        if claim.qualifiers.status is Status.SUPERSEDED or any(
            _covers(its, scope(claim)) and order(claim.source).first <= last
            for its, last in scopes.items()
        ):
            aside.add(id(claim))
    # A less precise form of a value changed ("2024" of "June 7, 2024"), from a source not
    # surely later than the change, is the same plan, unless a value that is no such form
    # is within it too.
    superseding = [claim for claim in claims if claim.qualifiers.status is Status.SUPERSEDED]
    standing = [claim for claim in claims if id(claim) not in aside]
    forms = [
        claim
        for claim in standing
        if any(
            refines(former, claim)
            and _covers(scope(former), scope(claim))
            and order(claim.source).first <= order(former.source).last
            # The change's own source gives its new value: "delayed from June 8, 2024 ...
            # will be released in June 2024" backs June 2024.
            and claim.source != former.source
            for former in superseding
        )
    ]
    # Within such a form, only a value that is no form of a change keeps it standing
    # (weighed against the forms all together, so the order of the claims tells nothing).
    of_forms = {id(claim) for claim in forms}
    kept = [claim for claim in standing if id(claim) not in of_forms]
    aside.update(id(claim) for claim in forms if not any(refines(other, claim) for other in kept))
    return aside


def _covers(outer: tuple[object, ...], inner: tuple[object, ...]) -> bool:
    """Whether the scope ``inner`` lies within ``outer``: each qualifier ``outer`` names,
    ``inner`` names alike (a scope with no region covers every region's)."""
    return all(mine is None or mine == theirs for mine, theirs in zip(outer, inner, strict=True))


def superseded_claims(claims: Sequence[Claim], sources: Iterable[Source]) -> set[int]:
    """The claims (by ``id``) whose value a source says was changed since, weighed per
    subject and predicate (:func:`_set_aside`); of a single-valued predicate, as the
    profile weighs them: a claim set aside in every scope it counts in (a change in one
    medium sets aside a date of no medium where that medium's scope is the only one)."""
    changed = {(c.subject, c.predicate) for c in claims if c.qualifiers.status is Status.SUPERSEDED}
    if not changed:
        return set()
    order = source_order(sources)
    groups: dict[tuple[str, Predicate], list[Claim]] = {}
    for claim in claims:
        if (claim.subject, claim.predicate) in changed:
            groups.setdefault((claim.subject, claim.predicate), []).append(claim)
    found = set()
    for (_, predicate), group in groups.items():
        if not (predicate.single and not predicate.changes):
            found |= _set_aside(group, order)
            continue
        # As the profile weighs them: a claim set aside in every scope it counts in.
        counted: dict[int, int] = {}
        aside: dict[int, int] = {}
        for _, in_scope in _scopes(predicate, group):
            for n in _set_aside(in_scope, order, scope=lambda claim: ()):
                aside[n] = aside.get(n, 0) + 1
            for claim in in_scope:
                counted[id(claim)] = counted.get(id(claim), 0) + 1
        found |= {n for n, times in aside.items() if times == counted[n]}
    return found


def _all_aside(claims: Iterable[Claim], aside: set[int]) -> bool:
    """Whether every one of the claims is set aside (:func:`_set_aside`)."""
    return all(id(claim) in aside for claim in claims)


def _as_superseded(claim: Claim) -> Claim:
    """The claim as one of the status ``superseded``, to relate it as a value's history."""
    if claim.qualifiers.status is Status.SUPERSEDED:
        return claim
    qualifiers = attrs.evolve(claim.qualifiers, status=Status.SUPERSEDED)
    return attrs.evolve(claim, qualifiers=qualifiers)


def _refines_fact(more: Fact, less: Fact) -> bool:
    """Whether a claim of ``more`` refines one of ``less`` (:func:`refines`)."""
    return any(refines(a, b) for a in more.claims for b in less.claims)


def _split_superseded(
    facts: list[Fact], refined: set[int], aside: set[int]
) -> tuple[list[Fact], list[Fact], set[int]]:
    """The candidates (the facts no other refines) not superseded, the facts superseded
    (every claim set aside: :func:`_set_aside`) and their ids; all the candidates and none
    where every value is superseded. A less precise form set aside is the history's too,
    no conflict; one standing, refined only by values superseded, is a candidate."""
    candidates = [f for n, f in enumerate(facts) if n not in refined]
    former = [f for f in candidates if aside and _all_aside(f.claims, aside)]
    if not aside or all(_all_aside(f.claims, aside) for f in facts):
        return candidates, [], set()  # none superseded, or all: weighed among themselves
    history = {id(f) for f in former}
    # A less precise value that stands, refined only by values superseded, is a candidate of
    # its own: "2023" from a later source, after "January 15, 2023, since dropped".
    standing = [f for f in facts if not _all_aside(f.claims, aside)]
    for n, fact in enumerate(facts):
        if (
            n in refined
            and not _all_aside(fact.claims, aside)
            # The few superseded values first: only a form of one of them is looked for
            # among the standing values.
            and any(_refines_fact(f, fact) for f in former)
            # Not one another standing value refines: "2024" beside a standing June 2024
            # is its less precise form.
            and not any(_refines_fact(f, fact) for f in standing if f is not fact)
        ):
            candidates.append(fact)
    former += [f for n, f in enumerate(facts) if n in refined and _all_aside(f.claims, aside)]
    return [f for f in candidates if id(f) not in history], former, {id(f) for f in former}


def _superseded_reason(former: list[Fact]) -> str:
    """The words a reason adds for the values superseded beside the chosen one."""
    if not former:
        return ""
    shown = _some([_shown(f) for f in former])
    return f"; {shown} {'is' if len(former) == 1 else 'are'} superseded"


def _fallen(chosen: Fact, facts: Sequence[Fact], order: SourceOrder) -> tuple[Fact, ...]:
    """Of a total that only grows, the values that cannot hold with ``chosen``: above it
    where a claim of theirs is surely earlier than one of it (it cannot have fallen from
    them, whatever vaguer dates repeat either), or of the very same day and apart from it
    (one day has one total)."""
    mine = span(chosen.value)
    if mine is None:
        return ()
    days = [when(claim, order) for claim in chosen.claims]
    # Fallen from where any claim of it is surely later: "$40 million" in 2024 fell from
    # "$50 million" in the summer of 2023, whatever a source dated "2023" adds to it.
    since = max(key.first for key in days)
    one_day = {(key.first, key.last) for key in days}

    def cannot_hold(fact: Fact) -> bool:
        theirs = span(fact.value)
        if theirs is None or theirs[0] != mine[0] or fact is chosen:
            return False
        keys = [when(claim, order) for claim in fact.claims]
        if one_day == {(since, since)} and {(k.first, k.last) for k in keys} == one_day:
            return ends_before(mine, theirs) or ends_before(theirs, mine)
        return ends_before(mine, theirs) and min(key.last for key in keys) < since

    return tuple(fact for fact in facts if cannot_hold(fact))


def _latest_schedule(
    forecasts: Sequence[Fact],
    facts: Sequence[Fact],
    support: Callable[[Fact], list[Fact]],
    order: SourceOrder,
) -> tuple[Fact, list[tuple[Fact, str]]]:
    """Of values of a date each only forecast, the one given latest (by the earliest day each
    date can mean, as the timeline orders sources), and the other values that may be as late,
    each with a date of theirs that may be: a claim of the same day, or of a partial date or
    an interval reaching it, cannot be put before it. Where there are none, it is the latest
    schedule.

    A schedule is a plan that a newer one replaces, as a history's latest state replaces the
    others. The less precise values it refines agree with it, and are not weighed against it;
    those that back another value count for that one too.
    """
    newest = max(forecasts, key=lambda f: lateness(f, order))  # the first of a tie
    key = latest(newest, order)
    agreeing = {id(f) for f in (newest, *support(newest))}
    # Another value may be as late, or a less precise form backing it that the newest
    # shares (listed with it, as it is not listed alone): a later "2026" that holds both
    # June 7 and June 8, 2026 backs June 7 as late as June 8.
    maybe_later = [
        (fact, written)
        for fact in facts
        if id(fact) not in agreeing
        and (
            written := next(
                filter(
                    None,
                    (
                        possibly_later(each, key, order)
                        for each in (fact, *support(fact))
                        if each is fact or id(each) in agreeing
                    ),
                ),
                None,
            )
        )
    ]
    return newest, maybe_later


def _not_surely_latest(
    newest: Fact, maybe_later: list[tuple[Fact, str]], older: list[Fact], order: SourceOrder
) -> str:
    """What a preference's reason adds where the newest schedule is not chosen: the values
    that may be as late, and the older schedules set aside."""
    later = _some([f"{_shown(f)} ({written})" for f, written in maybe_later])
    said = (
        f"; {_shown(newest)} is not surely the latest schedule"
        f" ({latest(newest, order).written}): {later} may be as late"
    )
    if older:
        shown = _some([_shown(f) for f in older])
        said += f"; {shown} {'are older ones' if older[1:] else 'is an older one'}"
    return said


def _order_schedules(
    ranked: list[Fact],
    facts: Sequence[Fact],
    support: Callable[[Fact], list[Fact]],
    order: SourceOrder,
) -> tuple[Fact, list[tuple[Fact, str]], set[int]]:
    """Put first, of values of dates each only forecast, the latest schedule
    (:func:`_latest_schedule`); where none is surely the latest, put last those a newer one
    surely replaced (:func:`_replaced_schedules`), however many sources gave them, the order
    by sources standing among the others. The newest, the values that may be as late, and
    the replaced ones."""
    newest, maybe_later = _latest_schedule(ranked, facts, support, order)
    if not maybe_later:
        ranked.sort(key=lambda f: f is not newest)
        return newest, maybe_later, set()
    replaced = _replaced_schedules(ranked, support, order)
    ranked.sort(key=lambda f: id(f) in replaced)
    return newest, maybe_later, replaced


def _replaced_schedules(
    forecasts: Sequence[Fact], support: Callable[[Fact], list[Fact]], order: SourceOrder
) -> set[int]:
    """The values (by identity) of dates each only forecast whose every claim is surely
    earlier than another value's latest one: a plan a newer schedule replaced, though which
    newer one is the latest cannot be told. A value and the less precise values it refines
    agree: a later "2024" holds June 7, 2024 as its own."""
    agreeing = {id(fact): [fact, *support(fact)] for fact in forecasts}
    # Two values agree where either is among the other's: neither replaces the other.
    related: dict[int, set[int]] = {id(fact): set() for fact in forecasts}
    for fact in forecasts:
        for each in agreeing[id(fact)]:
            related[id(fact)].add(id(each))
            if id(each) in related:
                related[id(each)].add(id(fact))
    # A value is replaced where the newest value it does not agree with starts after every
    # claim of it and of those it agrees with ends: each is looked for newest first, the
    # values it agrees with passed over, so not every pair is compared (4,000 schedules
    # took 40 s so).
    starts = {id(fact): latest(fact, order).first for fact in forecasts}
    newest_first = sorted(forecasts, key=lambda fact: starts[id(fact)], reverse=True)
    replaced = set()
    for fact in forecasts:
        reach = max(when(claim, order).last for each in agreeing[id(fact)] for claim in each.claims)
        other = next((o for o in newest_first if id(o) not in related[id(fact)]), None)
        if other is not None and starts[id(other)] > reach:
            replaced.add(id(fact))
    return replaced


def _schedule_reason(
    chosen: Fact, older: list[Fact], *, sources: Callable[[Fact], int], order: SourceOrder
) -> str:
    """Why the latest of dates only forecast is preferred to older ones, however many give
    them."""
    key = latest(chosen, order)
    reason = f"{_shown(chosen)} is the latest schedule, from {key.source} ({key.written}); "
    reason += _some([_shown(f) for f in older])
    reason += " are older ones" if len(older) > 1 else " is an older one"
    top = older[0]  # the most sources
    if sources(top) > sources(chosen):
        given = _given(top, sources)
        reason += f", though {_shown(top)} is" if older[1:] else ", though"
        reason += f" given by {given}"
    return reason


def _firm_reason(
    chosen: Fact,
    firm: SourceKey,
    outranked: list[Fact],
    *,
    sources: Callable[[Fact], int],
    order: SourceOrder,
) -> str:
    """Why a value stated firmly is preferred to forecasts more sources give, or later ones."""
    top = outranked[0]
    shown = _some([_shown(f) for f in outranked])
    reason = f"{_shown(chosen)} is stated firmly ({firm.written}); {shown} only as"
    reason += " forecasts" if len(outranked) > 1 else " a forecast"
    if sources(top) > sources(chosen):
        return f"{reason}, though by {_given(top, sources)}"
    if lateness(top, order) > lateness(chosen, order):
        return f"{reason}, though later ({latest(top, order).written})"
    return reason


def _count(n: int, what: str = "source") -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def _given(fact: Fact, sources: Callable[[Fact], int], what: str = "source") -> str:
    """How many sources give the value itself, and how many more only a less precise form of
    it ("2024" for 2024-06-07), which count for it: "3 sources (and 1 more a less precise
    form)"."""
    exact = len(_own_sources(fact))
    more = sources(fact) - exact
    given = _count(exact, what) if what else str(exact)
    return f"{given} (and {more} more a less precise form)" if more else given


def _reason(
    predicate: Predicate,
    chosen: Fact,
    *,
    support: list[Fact],
    others: list[Fact],
    sources: Callable[[Fact], int],
    order: SourceOrder,
    latest_of: Callable[[Fact], SourceKey] | None = None,
) -> tuple[PreferenceRule, str]:
    """The rule that chose ``chosen`` and its reason. ``latest_of``: when each value was
    last given, its less precise forms' sources counted (as the ranking took it), else by
    its own claims."""
    value = _shown(chosen)
    if not others:
        if len(support) == 1:
            given = _count(len(_own_sources(chosen)))
            return PreferenceRule.ONLY_VALUE, f"the only value, from {given}"
        less = ", ".join(_shown(f) for f in support[1:])
        agree = "agrees" if len(support) == 2 else "agree"
        return (
            PreferenceRule.MOST_PRECISE,
            f"{value} is the most precise value; {less} {agree} with it",
        )
    runner_up = others[0]
    if predicate.changes or sources(chosen) == sources(runner_up):
        key_of = latest_of if latest_of is not None else (lambda fact: latest(fact, order))

        def late_of(fact: Fact) -> tuple[int, tuple[int, int, int]]:
            return key_lateness(key_of(fact))

        key = key_of(chosen)
        late = late_of(chosen)
        as_late = [f for f in others if late_of(f) == late]
        tied = [f for f in as_late if sources(f) == sources(chosen)]
        # A tie is said, never hidden: which values are as late, and what chose among them.
        broken = f"a tie, broken by the catalog's order ({_first_claim(chosen)} comes first)"
        # So is a value an uncertain date puts before it, though it may be the later one.
        rivals = (
            others if predicate.changes else [f for f in others if sources(f) == sources(chosen)]
        )
        later = [
            f"{_shown(f)} ({written})"
            for f in rivals
            if late_of(f) != late and (written := possibly_later(f, key, order))
        ]
        uncertain = (
            "; the order rests on uncertain dates, each taken at the earliest day it can mean:"
            f" {_some(later)} may be later"
            if later
            else ""
        )
        if predicate.changes:
            reason = f"{value} is the latest ({key.written})"
            if as_late:
                reason += f", as late as {_some([_shown(f) for f in as_late])}; "
                reason += broken if tied else f"{value} has more sources"
            # A less precise value given later that holds it agrees with it, and is said:
            # "at most $500 million" in March holds February's $350 million.
            agreeing_later = [
                f"{_shown(f)} ({latest(f, order).written})"
                for f in support[1:]
                if lateness(f, order) > late
            ]
            if agreeing_later:
                agree = "agrees" if len(agreeing_later) == 1 else "agree"
                reason += f", and {_some(agreeing_later)}, given later, {agree} with it"
            reason += f"{uncertain}; the value changes over time, the others are its history"
        else:
            # "As many" counts the sources of less precise forms too ("2024" for 2024-06-07):
            # said where it does, as 3 sources of one value and 1 of another may tie so.
            counted = (
                " (counting less precise forms)"
                if any(sources(f) > len(f.sources) for f in (chosen, *rivals))
                else ""
            )
            if tied:
                shown = _some([_shown(f) for f in tied])
                reason = f"as many sources give {shown}{counted}, as late ({key.written});"
                reason += f" {broken}{uncertain}"
            else:
                # Every value as many sources give, not the first of them alone.
                shown = _some([_shown(f) for f in rivals])
                reason = f"as many sources give {shown}{counted}; {value} has"
                reason += f" the latest source ({key.written}){uncertain}"
        return PreferenceRule.LATEST_SOURCE, reason
    return (
        PreferenceRule.MOST_SOURCES,
        f"{value} is given by {_given(chosen, sources)}, {_shown(runner_up)} by"
        f" {_given(runner_up, sources, '')}",
    )


def _some(shown: list[str]) -> str:
    """The first three of a reason's list, and how many more: thousands of values can tie."""
    more = f" and {len(shown) - 3} more" if len(shown) > 3 else ""
    return ", ".join(shown[:3]) + more


def _shown(fact: Fact) -> str:
    """A fact's value as a reason words it for a person (``spring 2023``, ``at least
    400,000,000 USD``), as the command line does, with its other spellings: "90 minutes
    (also written 1.5 hours)"."""
    shown = _value_words(fact.value)
    others = fact.spellings[1:]
    if not others:
        return shown
    return f"{shown} (also written {_some([_value_words(value) for value in others])})"


def _value_words(value: Value) -> str:
    if isinstance(value, Text):
        return repr(value.text)
    if isinstance(value, DateValue):
        return date_words(value.date)
    if isinstance(value, Quantity):
        return amount_words(value)
    return str(value)


def _statement(predicate: Predicate, claims: Sequence[Claim], order: SourceOrder) -> Statement:
    if predicate.changes:
        facts = tuple(sorted(facts_of(claims), key=lambda f: _earliest(f, order)))
    else:
        facts = facts_of(claims)
    if not predicate.single:
        return Statement(predicate=predicate, facts=facts)
    preferred = _preferred(predicate, claims, order, _spellings(facts))
    # Looked up, not searched: 20,000 scopes (one per region) made the searches quadratic.
    by_value = {fact.value: fact for fact in facts}  # one fact per value
    first = [by_value[p.value] for p in preferred]
    # By identity: a fact hashes all its claims (4,000 scopes of one fact of 4,000 claims).
    leading = tuple({id(f): f for f in first}.values()) if not predicate.changes else ()
    led = {id(f) for f in leading}
    rest = [f for f in facts if id(f) not in led]
    return Statement(
        predicate=predicate,
        facts=(*leading, *rest) if leading else facts,
        preferred=preferred,
    )


def _earliest(fact: Fact, order: SourceOrder) -> SourceKey:
    return min(when(claim, order) for claim in fact.claims)


def _merged_credits(claims: Iterable[Claim]) -> list[MergedCredit]:
    groups: dict[tuple[str, str, Predicate], list[Claim]] = {}
    for claim in claims:
        assert isinstance(claim.value, EntityRef)
        groups.setdefault((claim.subject, claim.value.id, claim.predicate), []).append(claim)
    credits = []
    for (work, person, role), group in groups.items():
        named: dict[str, list[Claim]] = {}
        for claim in group:
            # A superseded casting's part is no longer the person's: it names no portrayal.
            if (
                claim.qualifiers.character is not None
                and claim.qualifiers.status is not Status.SUPERSEDED
            ):
                named.setdefault(claim.qualifiers.character, []).append(claim)
        credits.append(
            MergedCredit(
                work=work,
                person=person,
                role=role,
                characters=tuple(
                    Portrayal(character=character, claims=tuple(found))
                    for character, found in named.items()
                ),
                claims=tuple(group),
            )
        )
    return credits


def profile(
    entity: Entity,
    *,
    as_subject: Sequence[Claim],
    as_object: Sequence[Claim],
    entities: Mapping[str, Entity],
    sources: Mapping[str, Source],
    order: SourceOrder,
) -> Profile:
    """Everything about ``entity`` from the claims of which it is the subject and those that
    name it (as value or character played)."""
    # A source's key is asked for again for each claim a preference weighs, so kept once
    # made: 4,000 dates of one film, a profile of 83 ms CPU without, 61 ms with.
    order = functools.cache(order)

    def is_credit(claim: Claim) -> bool:
        return (
            claim.predicate in _CREDIT_ROLES
            and isinstance(claim.value, EntityRef)
            and isinstance(entities.get(claim.value.id), Person)
        )

    credit_claims = [c for c in (*as_subject, *as_object) if is_credit(c)]
    if isinstance(entity, Character):
        credit_claims = [c for c in credit_claims if c.qualifiers.character == entity.id]
        # A character's credits show who played the character, not who else was cast.
    credits = _merged_credits(dict.fromkeys(credit_claims))
    rank = {role: n for n, role in enumerate(_CREDIT_ROLES)}
    credits.sort(
        key=lambda c: (
            rank[c.role],
            listing_order(entities[c.work]) if isinstance(entity, Person) else (0, "", ""),
            -len(c.sources),
            normalize(label(entities[c.person])),
        )
    )
    by_predicate: dict[Predicate, list[Claim]] = {}
    for claim in as_subject:
        if not is_credit(claim):
            by_predicate.setdefault(claim.predicate, []).append(claim)
    statements = tuple(
        _statement(p, by_predicate[p], order) for p in Predicate if p in by_predicate
    )
    mentioned: dict[Predicate, list[Claim]] = {}
    for claim in as_object:
        if not is_credit(claim) and isinstance(claim.value, EntityRef):
            mentioned.setdefault(claim.predicate, []).append(claim)
    mentions = tuple(
        Statement(
            predicate=p,
            facts=facts_of_subjects(mentioned[p]),
        )
        for p in Predicate
        if p in mentioned
    )
    cited = {c.source for c in (*as_subject, *as_object)}
    named: dict[str, None] = {}
    for claim in (*as_subject, *as_object):
        for entity_id in (
            claim.subject,
            claim.value.id if isinstance(claim.value, EntityRef) else None,
            claim.qualifiers.character,
        ):
            if entity_id is not None and entity_id != entity.id and entity_id in entities:
                named[entity_id] = None
    return Profile(
        entity=entity,
        statements=statements,
        credits=tuple(credits),
        mentions=mentions,
        entities=tuple(entities[entity_id] for entity_id in sorted(named)),
        sources=tuple(sorted((sources[s] for s in cited), key=lambda s: order(s.id))),
    )


def facts_of_subjects(claims: Iterable[Claim]) -> tuple[Fact, ...]:
    """Facts whose value is the subject of each claim: what names the entity."""
    by_subject: dict[str, list[Claim]] = {}
    for claim in claims:
        by_subject.setdefault(claim.subject, []).append(claim)
    facts = [
        Fact(value=EntityRef(id=subject), claims=tuple(group))
        for subject, group in by_subject.items()
    ]
    return tuple(sorted(facts, key=lambda fact: -len(fact.sources)))
