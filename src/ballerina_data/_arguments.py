"""A query's arguments checked, and the words of what a query did not find or could not
tell apart: the checks and messages every :class:`Catalog` query shares.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._entities import Character, Entity, Film, Organization, Person
from ._errors import InvalidQueryError
from ._kinds import ENTITY_KINDS, WorkKind, kind_of, row_of
from ._normalize import normalize
from ._records import EntityRef, Source
from ._validators import LONGEST_ID, short_repr

if TYPE_CHECKING:
    from ._relations import Relation

__all__ = [
    "MAX_QUERY",
    "checked_kind",
    "describe",
    "id_of",
    "narrowing",
    "not_found",
    "query_key",
    "relation_of",
]

#: The longest name, id or query a lookup or :meth:`Catalog.search` takes, in characters:
#: no name is near as long, and the cost of a search grows with the query's words. Checked
#: before a name is folded, and here, not in the search module: a lookup needs no search.
MAX_QUERY = 1000


def id_of(record: Entity | EntityRef | str) -> str:
    """The id given, or the id of the entity's record, or of a claim's :class:`EntityRef`
    value, given in its place."""
    if type(record) is str:
        return record
    if isinstance(record, Film | Person | Character | Organization | EntityRef):
        return record.id
    msg = f"expected an id or a record, got {type(record).__name__} {short_repr(record)}"
    raise TypeError(msg)


def source_id_of(record: Source | str) -> str:
    """The id given, or the id of the source's record given in its place."""
    if type(record) is str:
        return record
    if isinstance(record, Source):
        return record.id
    msg = f"expected a source id or a Source, got {type(record).__name__} {short_repr(record)}"
    raise TypeError(msg)


def relation_of(relation: Relation | str) -> Relation | None:
    """The relation a query asks for; ``None`` for all of them ("all")."""
    from ._relations import ENTRY_RELATIONS, Relation

    if not isinstance(relation, str | Relation):
        got = f"{type(relation).__name__} {short_repr(relation)}"
        msg = f"relation must be a str or a Relation, got {got}"
        raise TypeError(msg)
    if relation == "all":  # as the command line spells it
        return None
    try:
        found = Relation(relation)
    except ValueError:
        found = None
    if found not in ENTRY_RELATIONS:
        choices = ", ".join(repr(r.value) for r in ENTRY_RELATIONS) + ", 'all' or None"
        msg = f"relation must be {choices}, not {short_repr(relation)}"
        raise InvalidQueryError(msg)
    return found


def query_key(name: str, what: str = "title or name") -> str:
    """The normalized query, after checking that it is a string with something to find
    and of at most :data:`MAX_QUERY` characters, before it is normalized (no
    name is near that long; a character may fold to 18, so a 9 MB query cost 1.2 GB)."""
    if type(name) is not str:
        msg = f"expected a {what} as a string, got {type(name).__name__} {short_repr(name)}"
        raise TypeError(msg)
    if len(name) > MAX_QUERY:
        msg = f"{what} of {len(name)} characters is over the limit of {MAX_QUERY}"
        raise InvalidQueryError(msg)
    key = normalize(name)
    if not key:
        msg = f"empty {what}: {name!r} has no letters or digits"
        raise InvalidQueryError(msg)
    return key


def describe(entity: Entity) -> str:
    """What the entity is, in words, with a work's year: "film (2024)", "TV series",
    "work" (one the sources do not call a film or a series)."""
    kind = row_of(entity).noun
    if isinstance(entity, Film) and entity.year is not None:
        return f"{kind} ({entity.year})"
    return kind


def narrowing(found: list[Entity]) -> str:
    """Which of kind= and year= tells the candidates apart."""
    kinds = {kind_of(e) for e in found}
    years = [e.year for e in found if isinstance(e, Film) and e.year is not None]
    hints = []
    if len(kinds) > 1:
        hints.append(f"kind= ({', '.join(sorted(kinds))})")
    if len(set(years)) > 1:
        hints.append(f"year= ({', '.join(map(str, sorted(set(years))))})")
    if not hints:
        return "give the id"
    return f"{' or '.join(hints)} narrows them, or give the id"


def checked_kind(kind: str | WorkKind | None) -> str | None:
    """A kind given to a query, checked: a name of ENTITY_KINDS, or a WorkKind's value."""
    if isinstance(kind, WorkKind):
        return kind.value
    if kind is not None and type(kind) is not str:
        msg = f"kind must be a string or a WorkKind, got {type(kind).__name__}"
        raise TypeError(msg)
    if kind is not None and kind not in ENTITY_KINDS:
        msg = f"kind must be one of {', '.join(ENTITY_KINDS)}, not {short_repr(kind)}"
        if kind == "series":  # the spelling before 0.1.0
            msg += " ('series' is now 'tv_series', the WorkKind value)"
        raise InvalidQueryError(msg)
    return kind


def not_found(
    kind: str, wanted: str, candidates: Iterable[str], by_name: list[str] | None = None
) -> str:
    """No ``kind`` with id ``wanted``, suggesting the ids ``by_name`` found, or else the
    ``candidates`` close to it."""
    import difflib

    if len(wanted) > LONGEST_ID:
        return f"no {kind} with id {short_repr(wanted)}: ids have at most {LONGEST_ID} characters"
    suggestions = by_name
    if not suggestions:
        # Compare what follows the type prefix: every id shares its prefix, which would make
        # all ids look close. Source ids have no prefix and are compared whole.
        slugs = {normalize(c.rpartition("/")[2]): c for c in candidates}
        slug = normalize(wanted.rpartition("/")[2])
        suggestions = [slugs[s] for s in difflib.get_close_matches(slug, slugs, n=3, cutoff=0.7)]
        if not suggestions and slug:
            # "person/keanu": the start of an id is the likeliest slip, and too short to be
            # close to the whole slug.
            suggestions = sorted(c for s, c in slugs.items() if s.startswith(slug))[:3]
    msg = f"no {kind} with id {short_repr(wanted)}"
    if suggestions:
        msg += f"; did you mean {' or '.join(map(repr, suggestions))}?"
    return msg
