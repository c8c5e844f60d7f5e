"""The entities: works, people, characters and organizations, the records claims are about.

Apart from the claims' records so that the predicate table can name the entity classes in
its types without an import cycle (``_records`` builds :class:`Claim` on the table).

The exports read the fields, described by their ``metadata["description"]``: every field
but the aliases is a column of its name in SQLite's table of the entity's kind, and every
field but those the entities table has columns of its own for (``_tables.ENTITY_FIELDS_SPREAD``:
id, a work's kind, title or name, aliases) a column of that table in the data package and
Parquet. In JSON-LD each field but the id, title or name and aliases is a property of the
entity's node: the schema.org property its ``metadata["schema_org"]`` names, or else the
extension term of its name.
"""

from __future__ import annotations

import enum
from typing import TypeAlias

import attrs

from . import _validators as check
from ._errors import InvalidDataError
from ._kinds import WORK_KINDS_BY_PREFIX, WorkKind, id_prefixes

__all__ = [
    "Alias",
    "Character",
    "Entity",
    "Film",
    "Organization",
    "Person",
    "TitleKind",
]


#: The checks of every name and title, and of a person's, character's or organization's
#: aliases.
_NAME = check.text(longest=check.MAX_NAME, name=True)
_ALIASES = (check.tuple_of(str, "str", names=True), check.names_apart("name"))


class TitleKind(enum.Enum):
    """How a title is used: the main title, another title, a working title, a short form."""

    #: The work's main title, as a source names it.
    TITLE = "title"
    #: Another title the work is known by ("John Wick: Ballerina").
    ALTERNATIVE_TITLE = "alternative_title"
    #: A title used while the work was made, before its release title.
    WORKING_TITLE = "working_title"
    #: A shorter form of the title that a source uses for it.
    SHORT_TITLE = "short_title"


@attrs.frozen(kw_only=True)
class Alias:
    """Another title of a work and how it is used."""

    name: str = attrs.field(validator=_NAME)
    kind: TitleKind = attrs.field(
        default=TitleKind.ALTERNATIVE_TITLE, validator=check.exactly(TitleKind, "a TitleKind")
    )


@attrs.frozen(kw_only=True)
class Film:
    """A work: a film, a TV series or a franchise. Ids look like ``film/ballerina-2024``."""

    id: str = attrs.field(validator=check.record_id(*id_prefixes("Film")))
    kind: WorkKind = attrs.field(validator=check.exactly(WorkKind, "a WorkKind"))
    title: str = attrs.field(validator=_NAME)
    aliases: tuple[Alias, ...] = attrs.field(
        default=(), validator=[check.tuple_of(Alias, "Alias"), check.names_apart("title")]
    )
    year: int | None = attrs.field(
        default=None,
        validator=check.integer(1, 9999, optional=True),
        metadata={"description": "A work's year, as the catalog tells works of one title apart."},
    )
    #: A short phrase that tells this work from others of the same title.
    description: str | None = attrs.field(
        default=None,
        validator=check.text(optional=True),
        metadata={
            "description": "A short phrase that tells a work from others of the same title.",
            "schema_org": "disambiguatingDescription",
        },
    )

    def __attrs_post_init__(self) -> None:
        prefix = self.id.partition("/")[0]
        allowed = WORK_KINDS_BY_PREFIX[prefix]
        if self.kind not in allowed:
            needed = " or ".join(repr(kind.value) for kind in allowed)
            msg = f"Film.kind: a {prefix}/ id needs kind {needed}: {self.kind!r}"
            raise InvalidDataError([msg])

    @property
    def names(self) -> tuple[str, ...]:
        """The title followed by every alias."""
        return (self.title, *(alias.name for alias in self.aliases))


class _Named:
    """The ``names`` of a person, character or organization: the name, then each alias."""

    __slots__ = ()
    name: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


# Each field is spelled out in each class: a helper returning attrs.field() would hide from
# the type checker which fields are required.


@attrs.frozen(kw_only=True)
class Person(_Named):
    """A real person: cast, crew, producers. Ids look like ``person/ana-de-armas``."""

    id: str = attrs.field(validator=check.record_id(*id_prefixes("Person")))
    name: str = attrs.field(validator=_NAME)
    #: Other spellings of the name the sources use.
    aliases: tuple[str, ...] = attrs.field(default=(), validator=list(_ALIASES))


@attrs.frozen(kw_only=True)
class Character(_Named):
    """A fictional character. Ids look like ``character/rooney``."""

    id: str = attrs.field(validator=check.record_id(*id_prefixes("Character")))
    name: str = attrs.field(validator=_NAME)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=list(_ALIASES))


@attrs.frozen(kw_only=True)
class Organization(_Named):
    """A studio, distributor, streaming service or in-story organization (``org/lionsgate``)."""

    id: str = attrs.field(validator=check.record_id(*id_prefixes("Organization")))
    name: str = attrs.field(validator=_NAME)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=list(_ALIASES))


#: Any record with an id that claims can be about.
Entity: TypeAlias = Film | Person | Character | Organization
