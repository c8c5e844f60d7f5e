"""The kinds of entity, one row each: what a kind is called, its record class, catalog
section, id prefix and label. Every module that names a kind reads it here.

A kind is what the library calls an entity everywhere a user sees one: search's ``kind``
and :attr:`Match.kind <ballerina_data.Match.kind>`, the command line's ``--kind``, the
``subject_kind`` and ``value_kind`` of the JSON Lines and CSV rows and the ``kind`` of the
SQLite ``entities`` table. A work's kind is its :class:`WorkKind`'s value, as its record
says it; any other entity's is the name of its record class, in lower case.
"""

from __future__ import annotations

import enum
import re
from typing import Any, Literal, NamedTuple, TypeAlias

from ._normalize import normalize

__all__ = [
    "ENTITY_KINDS",
    "KINDS",
    "SECTIONS",
    "WORK_KINDS_BY_PREFIX",
    "Kind",
    "WorkKind",
    "WorkKindName",
    "id_prefixes",
    "kind_named",
    "kind_of",
    "label",
    "label_with_year",
    "listing_order",
    "record_noun",
    "row_of",
    "with_article",
]


class WorkKind(enum.Enum):
    """What kind of work a :class:`Film` record describes."""

    FILM = "film"
    TV_SERIES = "tv_series"
    FRANCHISE = "franchise"
    #: The sources name the work without saying whether it is a film or a series.
    UNSPECIFIED = "unspecified"


class Kind(NamedTuple):
    """One kind of entity."""

    #: As users see it: in search, exports and the command line.
    name: str
    #: The name of the record class that holds it (``_records`` defines the classes).
    record: str
    #: The catalog field, and the key of the catalog format, that lists its records.
    section: str
    #: What its ids start with, before the ``/``.
    prefix: str
    #: How a sentence names one: "a TV series", "an organization".
    noun: str
    #: The :class:`WorkKind` of a work; ``None`` for other entities.
    work_kind: WorkKind | None = None


#: Every kind, in the order search ranks equal scores and listings show them.
KINDS = (
    Kind("film", "Film", "films", "film", "film", WorkKind.FILM),
    Kind("tv_series", "Film", "films", "series", "TV series", WorkKind.TV_SERIES),
    Kind("franchise", "Film", "films", "franchise", "franchise", WorkKind.FRANCHISE),
    Kind("unspecified", "Film", "films", "film", "work", WorkKind.UNSPECIFIED),
    Kind("person", "Person", "people", "person", "person"),
    Kind("character", "Character", "characters", "character", "character"),
    Kind("organization", "Organization", "organizations", "org", "organization"),
)

#: The values ``kind`` takes in search, the exports and the command line.
ENTITY_KINDS = tuple(kind.name for kind in KINDS)

#: The kinds of work by name, as ``kind=`` takes them: for the type checker, what
#: ``lookup`` with one of these returns is a :class:`Film` (a test keeps it equal to KINDS).
WorkKindName: TypeAlias = Literal["film", "tv_series", "franchise", "unspecified"]

#: The work kinds each id prefix of a work allows: a film/ id is a film or an unspecified work.
WORK_KINDS_BY_PREFIX: dict[str, tuple[WorkKind, ...]] = {}
for _kind in KINDS:
    if _kind.work_kind is not None:
        WORK_KINDS_BY_PREFIX[_kind.prefix] = (
            *WORK_KINDS_BY_PREFIX.get(_kind.prefix, ()),
            _kind.work_kind,
        )
del _kind

#: Each catalog section and the name of the record class it holds, in the format's order.
SECTIONS = {kind.section: kind.record for kind in KINDS}

_BY_NAME = {kind.name: kind for kind in KINDS}
_BY_WORK_KIND = {kind.work_kind: kind for kind in KINDS if kind.work_kind is not None}
# The first row of each record class: what a sentence calls any of its records.
_BY_RECORD = {kind.record: kind for kind in reversed(KINDS)}


def id_prefixes(record: str) -> tuple[str, ...]:
    """The id prefixes of a record class, by its name: ``("film", "series", "franchise")``."""
    return tuple(dict.fromkeys(kind.prefix for kind in KINDS if kind.record == record))


def row_of(entity: Any) -> Kind:
    """The row of an entity's kind."""
    work_kind = getattr(entity, "kind", None)
    if type(work_kind) is WorkKind:
        return _BY_WORK_KIND[work_kind]
    return _BY_RECORD[type(entity).__name__]


def kind_of(entity: Any) -> str:
    """An entity's kind: one of :data:`ENTITY_KINDS`."""
    return row_of(entity).name


def with_article(noun: str) -> str:
    """ "a film", "an organization"."""
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def record_noun(record: str) -> str:
    """What a sentence calls any record of a class, by its name: "film", "organization"."""
    return _BY_RECORD[record].noun


def label(entity: Any) -> str:
    """What an entity is called: a work's title, anyone else's name."""
    return str(getattr(entity, "title", None) or entity.name)


def label_with_year(entity: Any) -> str:
    """An entity's label, and a work's year where known: "Ballerina (2024)"."""
    year = getattr(entity, "year", None)
    return label(entity) if year is None else f"{label(entity)} ({year})"


_WITH_YEAR = re.compile(r"(.*\S)\s*\((\d{4})\)")


def split_year(name: str) -> tuple[str, int] | None:
    """The title and year of a name written as :func:`label_with_year` writes it
    ("Ballerina (2024)"), or ``None``."""
    found = _WITH_YEAR.fullmatch(name.strip())
    return None if found is None else (found[1], int(found[2]))


def listing_order(entity: Any) -> tuple[int, str, str]:
    """The order works are listed in: by year (works without one last), label, id."""
    year = getattr(entity, "year", None)
    return (10**4 if year is None else year, normalize(label(entity)), entity.id)


def kind_named(name: str) -> Kind | None:
    """The row of a kind by its name, or ``None``."""
    return _BY_NAME.get(name)
