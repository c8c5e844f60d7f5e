"""The records queries return: credits, facts and disagreements, each with its claims.

Loaded with the first query that returns one, not with the package.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ._records import Character, Claim, Film, Person, Predicate, Value

__all__ = ["Credit", "Disagreement", "Fact", "facts_of"]


def _sources_of(claims: tuple[Claim, ...]) -> tuple[str, ...]:
    return tuple(sorted({claim.source for claim in claims}))


@attrs.frozen(kw_only=True)
class Credit:
    """A person's part in a work (acting, directing, writing, producing or being known for it),
    with the claims, and so the sources, that state it."""

    film: Film
    person: Person
    role: Predicate
    #: The character played, for a cast credit whose source names one.
    character: Character | None
    claims: tuple[Claim, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that state this credit, sorted."""
        return _sources_of(self.claims)


@attrs.frozen(kw_only=True)
class Fact:
    """One value of an entity's predicate and every claim that gives it."""

    value: Value
    claims: tuple[Claim, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that give this value, sorted."""
        return _sources_of(self.claims)


@attrs.frozen(kw_only=True)
class Disagreement:
    """Sources that state different things for one entity and predicate.

    ``facts`` holds every value given, each with its claims, so both sides and their quotes
    are at hand. Nothing is marked right or wrong.
    """

    subject: str
    predicate: Predicate
    facts: tuple[Fact, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of every source taking part, sorted."""
        return _sources_of(tuple(claim for fact in self.facts for claim in fact.claims))


def facts_of(claims: Iterable[Claim]) -> tuple[Fact, ...]:
    by_value: dict[Value, list[Claim]] = {}
    for claim in claims:
        by_value.setdefault(claim.value, []).append(claim)
    facts = [Fact(value=value, claims=tuple(group)) for value, group in by_value.items()]
    return tuple(sorted(facts, key=lambda fact: -len(fact.sources)))


# Their public home: reprs and tracebacks say ballerina_data.Credit, and annotations resolve
# among the package's names.
for _cls in (Credit, Fact, Disagreement):
    attrs.resolve_types(_cls, globalns=globals())  # here, where every name is defined
    _cls.__module__ = "ballerina_data"
