"""A credit: a person's part in a work, with the claims that state it.

Kept apart from the other results (``_results``) because the first answers return it (the
command line's ``films`` lists each film's directors): it loads without them.
"""

from __future__ import annotations

import attrs

from ._records import Character, Claim, Film, Person, Predicate

__all__ = ["Credit", "Stated", "sources_of"]


def sources_of(claims: tuple[Claim, ...]) -> tuple[str, ...]:
    return tuple(sorted({claim.source for claim in claims}))


class Stated:
    """A result that holds the claims stating it: its sources are theirs."""

    __slots__ = ()
    claims: tuple[Claim, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources of :attr:`claims`, sorted."""
        return sources_of(self.claims)


@attrs.frozen(kw_only=True)
class Credit(Stated):
    """A person's part in a work (acting, directing, writing, producing or being known for it),
    with the claims, and so the sources, that state it."""

    film: Film
    person: Person
    role: Predicate
    #: The character played, for a cast credit whose source names one.
    character: Character | None
    #: Every claim of the credit: of a cast credit, those that name the character and those
    #: that name the person in the cast without one.
    claims: tuple[Claim, ...]

    @property
    def character_claims(self) -> tuple[Claim, ...]:
        """The claims that name the character played (``()`` without a character)."""
        if self.character is None:
            return ()
        return tuple(c for c in self.claims if c.qualifiers.character == self.character.id)


# Its public home: reprs and tracebacks say ballerina_data.Credit, and its annotations resolve
# among the package's names.
attrs.resolve_types(Credit, globalns=globals())
Credit.__module__ = "ballerina_data"
