"""The immutable, indexed :class:`Catalog`, its queries, and the records they return.

Over 600 lines because :class:`Catalog` is one class: each query is a method with its
documented argument checks and errors. What the queries build on lives in modules of its
own (the index, search, results, timelines, the view as of a date, the checks of a query's
arguments and the words of a miss, verification, the file format).
"""

from __future__ import annotations

import functools
import os
import re
import threading
import types
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import attrs

from ._arguments import (
    checked_kind,
    describe,
    id_of,
    narrowing,
    not_found,
    query_key,
    relation_of,
    source_id_of,
)
from ._errors import (
    MAX_PROBLEMS,
    IntegrityError,
    InvalidDataError,
    InvalidQueryError,
    NotFoundError,
)
from ._gc import gc_paused
from ._index import Index, NameIndex, OtherKeys, build_index
from ._kinds import (
    SECTIONS,
    WorkKindName,
    kind_of,
    label,
    listing_order,
    record_noun,
    row_of,
    split_year,
    with_article,
)
from ._normalize import normalize
from ._predicates import RECORD_TYPES
from ._records import (
    CREW_ROLES,
    Character,
    Claim,
    DateInterval,
    Entity,
    EntityRef,
    Film,
    Organization,
    PartialDate,
    Person,
    Predicate,
    Source,
    Status,
    WorkKind,
)
from ._validators import LONGEST_ID, short_repr

if TYPE_CHECKING:
    import datetime
    from pathlib import Path

    from ._credit import Credit
    from ._relations import Relation
    from ._results import Disagreement, Fact, Profile
    from ._search import Match, SearchIndex
    from ._timeline import TimelineEntry
    from ._verify import Problem

__all__ = ["Catalog"]

_CREDIT_ROLES = tuple(member for member in Predicate if member.credit is not None)

T = TypeVar("T")
E = TypeVar("E", Film, Person, Character, Organization)
K = TypeVar("K")
V = TypeVar("V")


def _predicate(predicate: Predicate | str) -> Predicate:
    # Predicate() takes a member, its value, its name or its Wikidata id, and raises
    # InvalidQueryError with a suggestion on a miss and TypeError on a non-string.
    return Predicate(predicate)


def _group(pairs: Iterable[tuple[K, V]]) -> dict[K, tuple[V, ...]]:
    groups: defaultdict[K, list[V]] = defaultdict(list)
    for key, item in pairs:
        groups[key].append(item)
    return {key: tuple(items) for key, items in groups.items()}


def _other_keys(entities: dict[str, Entity]) -> OtherKeys:
    """What :meth:`Catalog.lookup` finds beside the name indexes: each normalized id, and
    each normalized name of a franchise, with the entities it finds; and each entity's
    position in the catalog."""
    keys: defaultdict[str, list[Entity]] = defaultdict(list)
    for entity in entities.values():
        keys[normalize(entity.id)].append(entity)
        if isinstance(entity, Film) and entity.kind is WorkKind.FRANCHISE:
            for key in dict.fromkeys(map(normalize, entity.names)):
                keys[key].append(entity)
    return dict(keys), {entity_id: at for at, entity_id in enumerate(entities)}


def _lookup(names: NameIndex[E], name: str) -> tuple[E, ...]:
    # Most queries spell a name as the data does: answer those without normalizing. Only
    # strings are keys of `answers`, and an empty name never is one.
    index, answers = names
    found = answers.get(name) if type(name) is str else None
    return index.get(query_key(name), ()) if found is None else found


# The catalog's record fields, in the order of its JSON format, with the class each holds.
_RECORD_TYPES = {
    "sources": Source,
    **{section: RECORD_TYPES[record] for section, record in SECTIONS.items()},
    "claims": Claim,
}


def with_more_aliases(one: Any, other: Any) -> Any:
    """Of two records of one entity that differ only in their aliases, the aliases of one
    the first aliases of the other, in order, the one with more aliases; ``None`` for any
    other two records (those of a source, a claim, or of other fields)."""
    aliases = getattr(one, "aliases", None)
    others = getattr(other, "aliases", None)
    if type(one) is not type(other) or aliases is None or others is None:
        return None
    shorter, longer = (one, other) if len(aliases) <= len(others) else (other, one)
    prefix = longer.aliases[: len(shorter.aliases)]
    if prefix != shorter.aliases or attrs.evolve(shorter, aliases=longer.aliases) != longer:
        return None
    return longer


_SURROGATE = re.compile("[\ud800-\udfff]")


def _readonly(texts: Mapping[str, str]) -> Mapping[str, str]:
    if not isinstance(texts, Mapping):
        msg = f"Catalog.texts: expected a mapping of source id to text, got {type(texts).__name__}"
        raise InvalidDataError(msg)
    for key, text in texts.items():
        if type(key) is not str or type(text) is not str:
            msg = f"Catalog.texts: expected str keys and texts, got {short_repr(key)}"
            raise InvalidDataError(msg)
        # A lone surrogate: no UTF-8 file holds it, so neither could an export or to_json.
        surrogate = None if text.isascii() else _SURROGATE.search(text)
        if surrogate is not None or _SURROGATE.search(key):
            at = f" at {surrogate.start()}" if surrogate else ""
            msg = f"Catalog.texts[{short_repr(key)}]: a lone surrogate{at}, which no UTF-8 holds"
            raise InvalidDataError(msg)
    return types.MappingProxyType(dict(texts))


def _checked(field: str, records: Iterable[Any]) -> tuple[Any, ...]:
    """The records of a catalog field as a tuple, each checked to be of the field's class.

    Any iterable is accepted and kept as a tuple: a caller's list must not change the catalog.
    """
    cls = _RECORD_TYPES[field]
    if type(records) is not tuple:
        if isinstance(records, str | bytes | Mapping) or not isinstance(records, Iterable):
            got = type(records).__name__
            msg = f"Catalog.{field}: expected an iterable of {cls.__name__}, got {got}"
            raise InvalidDataError(msg)
        records = tuple(records)
    for position, record in enumerate(records):
        if type(record) is not cls:
            msg = (
                f"Catalog.{field}[{position}]: expected {cls.__name__},"
                f" got {type(record).__name__} {short_repr(record)}"
            )
            raise InvalidDataError(msg)
    return records


# eq compares contents; the hash stays object's, as a catalog holds unhashable mappings.
@attrs.frozen(kw_only=True, unsafe_hash=False, repr=False, init=False)
class Catalog:
    """An immutable collection of sources, entities and claims, indexed once for queries.

    ``Catalog.default()`` is the shipped data. Construction checks each record's type, that
    every id is unique, every reference resolves and every claim's subject and value are of
    the kinds its predicate takes, and raises :class:`IntegrityError` listing the problems.
    Any iterable is accepted for a record field and kept as a tuple. A catalog pickles (and
    ``copy.deepcopy`` copies it) as its records and texts, checked and indexed again when
    unpickled, so it can be passed to another process.
    """

    sources: tuple[Source, ...]
    films: tuple[Film, ...]
    people: tuple[Person, ...]
    characters: tuple[Character, ...]
    organizations: tuple[Organization, ...]
    claims: tuple[Claim, ...]
    #: Each source's text by source id; verification and evidence display read it.
    texts: Mapping[str, str] = attrs.field(factory=dict, converter=_readonly)
    _index: Index = attrs.field(init=False, eq=False)
    # Built on the first search, not with the catalog: other queries never pay for it.
    _search_index: SearchIndex | None = attrs.field(init=False, default=None, eq=False)

    # Written out rather than generated so that each record field's parameter is typed as
    # any iterable of its records (Catalog(films=[film]) type-checks, as it runs); attrs'
    # __attrs_init__ then sets the fields, each checked and kept as a tuple by _checked.
    def __init__(
        self,
        *,
        sources: Iterable[Source] = (),
        films: Iterable[Film] = (),
        people: Iterable[Person] = (),
        characters: Iterable[Character] = (),
        organizations: Iterable[Organization] = (),
        claims: Iterable[Claim] = (),
        texts: Mapping[str, str] = types.MappingProxyType({}),
    ) -> None:
        given = locals()  # the parameters by name
        self.__attrs_init__(
            **{field: _checked(field, given[field]) for field in _RECORD_TYPES}, texts=texts
        )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(
            self,
            "_index",
            build_index(
                sources=self.sources,
                sections={section: getattr(self, section) for section in SECTIONS},
                claims=self.claims,
                texts=self.texts,
            ),
        )

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, field))} {field}" for field in _RECORD_TYPES)
        return f"<Catalog: {counts}>"

    def __reduce__(self) -> tuple[Callable[..., Catalog], tuple[Any, ...]]:
        # Pickled as its records and texts, and built again (indexes and checks) when
        # unpickled: a catalog passes to another process (multiprocessing,
        # concurrent.futures) and copy.deepcopy copies it. Its read-only mapping of texts
        # and its indexes would not pickle.
        fields = {field: getattr(self, field) for field in _RECORD_TYPES}
        return (_rebuilt, (fields, dict(self.texts)))

    # Loading and saving

    @classmethod
    def default(cls) -> Catalog:
        """The shipped catalog, loaded on first use and cached.

        Raises:
            InvalidDataError: the installed package lost a data file or a source text.
        """
        return _shipped()

    @classmethod
    def from_json(cls, text: str | bytes) -> Catalog:
        """Build a catalog from the library's JSON format (as written by :meth:`to_json`).

        Raises:
            InvalidDataError: malformed JSON or records, with the path of each bad field.
            IntegrityError: duplicate ids, references to unknown ids, or claims of the wrong
                kinds.
            TypeError: ``text`` is not ``str`` or ``bytes``.
        """
        from ._format import read_document

        if not isinstance(text, str | bytes):
            msg = f"expected catalog JSON as str or bytes, got {type(text).__name__}"
            raise TypeError(msg)
        return cls(**read_document(text))

    @classmethod
    def load(cls, path: str | Path, *, max_size: int | None = None) -> Catalog:
        """Read a catalog from a JSON file; see :meth:`from_json`.

        The file must be a regular file of at most ``max_size`` bytes (by default
        :data:`~ballerina_data.MAX_FILE_SIZE`, 64 MiB).

        Raises:
            InvalidDataError: the path is empty, not a regular file, or the file is too big;
                or its content is invalid, after the file's path.
            OSError: the file cannot be opened or read.
            TypeError: ``path`` is neither a str nor an :class:`os.PathLike` giving one
                (``expected a path as str, got bytes``), or ``max_size`` is not an int.
            InvalidQueryError: ``max_size`` is below 1 (any larger int is a limit, however
                large: the file's own size bounds what is read).
        """
        from ._format import MAX_FILE_SIZE, read_document, read_file

        if max_size is not None and type(max_size) is not int:
            msg = f"max_size must be an int, got {type(max_size).__name__} {max_size!r:.40}"
            raise TypeError(msg)
        if max_size is not None and max_size < 1:
            msg = f"max_size must be at least 1 byte: {short_repr(max_size)}"
            raise InvalidQueryError(msg)
        data = read_file(path, max_size=MAX_FILE_SIZE if max_size is None else max_size)
        try:
            # The bytes, decoded a window at a time as they are read: as a str, the text of
            # a file with a character past U+00FF would take twice or four times its size.
            fields = read_document(data)
            del data  # not held while the index is built
            return cls(**fields)
        except InvalidDataError as exc:
            first, *rest = exc.problems
            raise type(exc)([f"{os.fspath(path)}: {first}", *rest], omitted=exc.omitted) from None

    def to_json(self, *, indent: int | None = None) -> str:
        """The catalog in the library's JSON format, with its ``format_version``; ``indent``
        (0 to 8) as :func:`~ballerina_data.to_json` takes it."""
        from ._format import write_document

        fields = {field: getattr(self, field) for field in _RECORD_TYPES}
        return write_document({**fields, "texts": dict(self.texts)}, indent=indent)

    def merge(self, other: Catalog) -> Catalog:
        """A catalog with the records of both; records present in both must be equal.

        One exception: two records of an entity that differ only in their aliases, the
        aliases of one the first aliases of the other, in order (a source that gives a
        known work a new title adds it after those it had), merge as the one with more
        aliases, in the place of this catalog's. Any other difference is a conflict.

        Raises:
            IntegrityError: the catalogs hold different records under one id.
            TypeError: ``other`` is not a Catalog.
        """
        if not isinstance(other, Catalog):
            msg = f"merge() takes a Catalog, got {type(other).__name__}"
            raise TypeError(msg)
        problems: list[str] = []

        def union(field: str) -> tuple[Any, ...]:
            mine = {record.id: record for record in getattr(self, field)}
            extra = []
            longer = {}  # this catalog's records that take more aliases, by id
            for record in getattr(other, field):
                if record.id not in mine:
                    extra.append(record)
                elif mine[record.id] != record:
                    found = with_more_aliases(mine[record.id], record)
                    if found is None:
                        problems.append(f"conflicting records for id {record.id!r} in {field}")
                    else:
                        longer[record.id] = found
            kept = (longer.get(record.id, record) for record in getattr(self, field))
            return (*kept, *extra)

        merged = {field: union(field) for field in _RECORD_TYPES}
        for source_id, text in other.texts.items():
            if self.texts.get(source_id, text) != text:
                problems.append(f"conflicting texts for source {source_id!r}")
        if problems:
            raise IntegrityError(problems)
        return Catalog(**merged, texts={**self.texts, **other.texts})

    # Lookups by id

    def entity(self, entity_id: Entity | EntityRef | str) -> Entity:
        """The film, person, character or organization with this id.

        Every lookup of an entity takes its id, its record, or a claim's
        :class:`EntityRef` value: ``catalog.entity(claim.value)``.

        Raises:
            NotFoundError: no such id; the message suggests close ids or says what a name is.
            TypeError: ``entity_id`` is neither a string nor a record.
        """
        entity_id = id_of(entity_id)
        found = self._index.entities.get(entity_id)
        if found is None:
            raise NotFoundError(self._missing(entity_id, None))
        return found

    def film(self, film_id: Film | EntityRef | str) -> Film:
        """The film, series or franchise with this id; :meth:`person`, :meth:`character` and
        :meth:`organization` are the lookups of the other kinds.

        Raises:
            NotFoundError: no such film; the message suggests close ids or titles (names), or
                says what kind of record the id is.
            TypeError: ``film_id`` is neither a string nor a record.
        """
        return self._get(film_id, Film)

    def person(self, person_id: Person | EntityRef | str) -> Person:
        """The person with this id; raises as :meth:`film` does."""
        return self._get(person_id, Person)

    def character(self, character_id: Character | EntityRef | str) -> Character:
        """The character with this id; raises as :meth:`film` does."""
        return self._get(character_id, Character)

    def organization(self, organization_id: Organization | EntityRef | str) -> Organization:
        """The organization with this id; raises as :meth:`film` does."""
        return self._get(organization_id, Organization)

    def source(self, source_id: Source | str) -> Source:
        """The source document with this id.

        Raises:
            NotFoundError: no such source; the message suggests close ids.
            TypeError: ``source_id`` is neither a string nor a record.
        """
        source_id = source_id_of(source_id)
        found = self._index.sources.get(source_id)
        if found is None:
            raise NotFoundError(not_found("source", source_id, self._index.sources))
        return found

    def text(self, source: Source | str) -> str:
        """The full text of a source document.

        Raises:
            NotFoundError: no such source, or the catalog has no text for it.
            TypeError: ``source`` is neither a string nor a record.
        """
        source_id = self.source(source).id
        found = self.texts.get(source_id)
        if found is None:
            msg = f"no text for source {source_id!r} in this catalog"
            raise NotFoundError(msg)
        return found

    def _get(self, entity_id: Entity | EntityRef | str, cls: type[E]) -> E:
        entity_id = id_of(entity_id)
        found = self._index.entities.get(entity_id)
        if type(found) is cls:
            return found
        raise NotFoundError(self._missing(entity_id, cls))

    def _missing(self, wanted: str, cls: type[Any] | None) -> str:
        """Why ``wanted`` is not an id of ``cls`` (``None``: of any entity), with suggestions."""
        kind = "entity" if cls is None else record_noun(cls.__name__)
        if len(wanted) > LONGEST_ID:
            # Nothing to suggest, and folding and comparing megabytes would cost seconds.
            return (
                f"no {kind} with id {short_repr(wanted)}: ids have at most {LONGEST_ID} characters"
            )
        found = self._index.entities.get(wanted)
        if found is not None:
            return f"{wanted!r} is {with_article(row_of(found).noun)}, not {with_article(kind)}"
        key = normalize(wanted)
        named = [
            entity
            for entity in self._index.entities.values()
            if key and key in map(normalize, entity.names)
        ]
        same_kind = [entity.id for entity in named if cls is None or type(entity) is cls]
        if same_kind or not named:
            candidates = (
                entity_id
                for entity_id, entity in self._index.entities.items()
                if cls is None or type(entity) is cls
            )
            return not_found(kind, wanted, candidates, same_kind)
        others = " or ".join(f"the {row_of(e).noun} {e.id!r}" for e in named)
        return f"no {kind} with id {short_repr(wanted)}; {wanted} is {others}"

    # Lookups by name

    # The kind says the record type: lookup(..., kind="person") is a Person. Only works have
    # a year, so the other kinds' overloads take none.
    def _named(self, key: str) -> list[Entity]:
        """The entities whose normalized id, name or alias is ``key``, in the catalog's
        order: from the name indexes, and a second index of the ids and the franchises'
        names (which no title query finds), made on the first lookup that needs it. A walk
        of every name took 0.2 s at 100,000 entities."""
        index = self._index
        found = {
            entity.id: entity
            for names in (
                index.films_by_name,
                index.people_by_name,
                index.characters_by_name,
                index.organizations_by_name,
            )
            for entity in names[0].get(key, ())
        }
        other_keys = index.other_keys
        if other_keys is None:
            other_keys = index.other_keys = _other_keys(index.entities)
        keys, positions = other_keys
        found.update((entity.id, entity) for entity in keys.get(key, ()))
        return sorted(found.values(), key=lambda entity: positions[entity.id])

    @overload
    def lookup(
        self, name_or_id: str, *, kind: WorkKindName | WorkKind, year: int | None = None
    ) -> Film: ...
    @overload
    def lookup(self, name_or_id: str, *, kind: Literal["person"]) -> Person: ...
    @overload
    def lookup(self, name_or_id: str, *, kind: Literal["character"]) -> Character: ...
    @overload
    def lookup(self, name_or_id: str, *, kind: Literal["organization"]) -> Organization: ...
    @overload
    def lookup(
        self, name_or_id: str, *, kind: str | WorkKind | None = None, year: int | None = None
    ) -> Entity: ...
    def lookup(
        self, name_or_id: str, *, kind: str | WorkKind | None = None, year: int | None = None
    ) -> Entity:
        """The one entity of any kind whose id, name or alias is ``name_or_id``.

        Case, accents, punctuation and spacing fold away, as in :meth:`films_titled`; the
        whole name must match. ``kind`` keeps one kind, as :meth:`search` takes it (``"film"``,
        ``"tv_series"``, ``"franchise"``, ``"unspecified"``, ``"person"``, ``"character"``,
        ``"organization"``, or a :class:`WorkKind`); ``year`` keeps works of that year, as a
        name written with its year does when nothing has that whole name
        (``"Ballerina (2024)"``, as the library labels a work). Given
        as a literal, ``kind`` also tells the type checker the record type returned:
        ``lookup("Rooney", kind="character")`` is a :class:`Character`, a work kind a
        :class:`Film`.
        :meth:`entity` is the getter by exact id.

        Raises:
            NotFoundError: nothing matches; the message names an entity of another kind
                that has the whole name ("'Rooney' is a character: character/rooney"), or
                suggests close names of the kind asked for from :meth:`search`.
            AmbiguousNameError: several entities match; the message lists them and says
                which ``kind=`` or ``year=`` tells them apart. Both are a ``LookupError``.
            InvalidQueryError: ``name_or_id`` has no letters or digits or over 1,000
                characters, or ``kind`` is unknown.
            TypeError: ``name_or_id`` is not a string, or ``year`` not an int.
        """
        from ._errors import AmbiguousNameError

        key = query_key(name_or_id, "name or id")
        if year is not None and type(year) is not int:
            msg = f"year must be an int, got {type(year).__name__} {short_repr(year)}"
            raise TypeError(msg)
        kind = checked_kind(kind)
        exact = self._index.entities.get(name_or_id)
        named = [exact] if exact is not None else self._named(key)

        def fits(entity: Entity) -> bool:
            return (kind is None or kind_of(entity) == kind) and (
                year is None or (isinstance(entity, Film) and entity.year == year)
            )

        found = [entity for entity in named if fits(entity)]
        if len(found) == 1:
            return found[0]
        with_year = split_year(name_or_id) if not named and year is None else None
        if with_year is not None:  # "Ballerina (2024)", as the library writes a work's name
            title, year_given = with_year
            try:
                return self.lookup(title, kind=kind, year=year_given)
            except NotFoundError:
                pass  # the message is about the name as given
        query = short_repr(name_or_id)
        if found:
            # The first few, as other messages list: 50,000 people of one name made a 1 MB
            # message; all of them are the error's ``candidates``.
            listed = ", ".join(f"{describe(e)} {e.id}" for e in found[:MAX_PROBLEMS])
            if len(found) > MAX_PROBLEMS:
                listed += f" and {len(found) - MAX_PROBLEMS} more"
            msg = f"{query} names {len(found)} entities: {listed}; {narrowing(found)}"
            raise AmbiguousNameError(msg, tuple(found))
        wanted = "" if kind is None else f" {kind}"
        when = "" if year is None else f" from {short_repr(year)}"
        msg = f"no{wanted or ' entity'}{when} named {query}"
        if named:
            others = "; ".join(f"{query} is {with_article(describe(e))}: {e.id}" for e in named)
            raise NotFoundError(f"{msg}; {others}")
        # Close names of the kind asked for: a suggestion is one the same call takes.
        close = [m.entity for m in self.search(name_or_id, kind=kind, limit=3)]
        if close:
            msg += (
                "; did you mean "
                + " or ".join(f"{describe(e)} {label(e)!r} ({e.id})" for e in close)
                + "?"
            )
        raise NotFoundError(msg)

    def films_titled(self, title: str, *, year: int | None = None) -> tuple[Film, ...]:
        """Films and series whose title or any alias matches ``title`` after normalization.

        Matching is exact on the normalized form (case, accents, punctuation, dashes and
        spacing fold away), never a substring. Franchises are not films and are not returned.
        Results are ordered by year, then title. An unknown title gives ``()``.

        Raises:
            InvalidQueryError: ``title`` has no letters or digits, or over 1,000 characters.
            TypeError: ``title`` is not a string, or ``year`` not an int.
        """
        if year is not None and type(year) is not int:
            msg = f"year must be an int, got {type(year).__name__} {short_repr(year)}"
            raise TypeError(msg)
        # Inlined fast path of _lookup: this is the library's hottest call.
        by_key, answers = self._index.films_by_name
        found = answers.get(title) if type(title) is str else None
        if found is None:
            found = by_key.get(query_key(title, "title"), ())
        if year is None:
            return found
        return tuple(film for film in found if film.year == year)

    def people_named(self, name: str) -> tuple[Person, ...]:
        """People whose name or any spelling variant matches ``name`` after normalization.

        Raises:
            InvalidQueryError: ``name`` has no letters or digits, or over 1,000 characters.
            TypeError: ``name`` is not a string.
        """
        return _lookup(self._index.people_by_name, name)

    def characters_named(self, name: str) -> tuple[Character, ...]:
        """Characters whose name or any alias matches ``name`` after normalization.

        Raises:
            InvalidQueryError: ``name`` has no letters or digits, or over 1,000 characters.
            TypeError: ``name`` is not a string.
        """
        return _lookup(self._index.characters_by_name, name)

    def organizations_named(self, name: str) -> tuple[Organization, ...]:
        """Organizations whose name or any alias matches ``name`` after normalization.

        Raises:
            InvalidQueryError: ``name`` has no letters or digits, or over 1,000 characters.
            TypeError: ``name`` is not a string.
        """
        return _lookup(self._index.organizations_by_name, name)

    # Search

    def search(
        self, query: str, *, kind: str | WorkKind | None = None, limit: int = 10
    ) -> tuple[Match, ...]:
        """Entities whose title, name or alias is close to ``query``, best first.

        Tolerates typos, case, accents, punctuation, word order, missing words and a film's
        year among the words ("ballerina 2024"). A word of the query matches every word of a
        name within one edit, a letter left out, added, changed or swapped with the next
        (two edits for a query word of seven letters or more; numbers and words of over 24
        letters exactly); the score, from 0 to 1, weighs how closely the query's
        words match (three quarters) and how much of the name they cover (a quarter).
        ``kind`` keeps one kind, as :attr:`Match.kind <ballerina_data.Match.kind>` names
        it: ``"film"``, ``"tv_series"``, ``"franchise"``, ``"unspecified"``, ``"person"``,
        ``"character"`` or ``"organization"``, or a :class:`WorkKind`. Exact lookups
        (:meth:`films_titled` and the others) stay exact. A query has at most 1,000
        characters; a search then takes time in proportion to its words plus the names they
        are close to, never their product. The typos of a query's words are sought first
        word first while the indexed words they could be close to need at most about a
        million cuts (a word less one or two letters), or one per indexed word when more;
        the words after are matched exactly. No catalog of the shipped data's size comes
        near; one of 100,000 to 400,000 random aliases of seven-letter words forgives the
        first three to five such words of a long query.

        Raises:
            TypeError: ``query`` is not a string, ``limit`` not an int, or ``kind`` neither
                a string nor a :class:`WorkKind`.
            InvalidQueryError: ``query`` has no letters or digits or is over 1,000
                characters, an unknown ``kind``, or a ``limit`` below 1.
        """
        from ._search import MAX_QUERY, SearchIndex

        if type(query) is str and len(query) > MAX_QUERY:
            msg = f"query of {len(query)} characters is over the limit of {MAX_QUERY}"
            raise InvalidQueryError(msg)
        query_key(query, "query")
        if type(limit) is not int:
            msg = f"limit must be an int, got {type(limit).__name__} {short_repr(limit)}"
            raise TypeError(msg)
        if limit < 1:
            msg = f"limit must be at least 1: {short_repr(limit)}"
            raise InvalidQueryError(msg)
        kind = checked_kind(kind)
        index = self._search_index
        if index is None:
            index = SearchIndex(self._index.entities.values(), self._index.name_keys)
            object.__setattr__(self, "_search_index", index)
        return index.search(query, () if kind is None else (kind,), limit)

    def timeline(
        self, entity: Entity | EntityRef | str, predicate: Predicate | str | None = None
    ) -> tuple[TimelineEntry, ...]:
        """The claims about an entity, source by source, in the order the sources were
        published; see :func:`ballerina_data.timeline`.

        Raises:
            NotFoundError: no such entity.
            InvalidQueryError: no such predicate.
        """
        from ._timeline import timeline

        claims = self.claims_about(entity, predicate)
        return timeline(claims, self._index.sources)

    def as_of(self, date: PartialDate | DateInterval | datetime.date | str) -> Catalog:
        """The catalog as the sources published by ``date`` tell it.

        ``date`` is a :class:`PartialDate`, a :class:`datetime.date` or EDTF text ("2023",
        "2023-12", "2023-08-04"). A source counts when every day its own date could mean
        falls on or before the last day ``date`` could mean: a source dated only "2023" is
        in ``as_of("2023")`` and ``as_of("2024-01")`` but not in ``as_of("2023-08-04")``,
        as it may be from later in 2023. A source dated by an interval counts by its end: one
        of "../2023" (2023 or before) is in ``as_of("2023")``, one of "2024/.." (2024 or
        later) is in none, as it may be from any later day. A source with no date is never in.
        ``date`` may be such an interval too, a source's own date ("../2023"): the view holds
        the sources published by its end (by an open end, every source with a last day).

        The claims and texts are those of the sources kept. The entities are those the kept
        claims are about or name, each with the names and aliases the kept texts contain
        (the first of them becomes its title or name): an entity no kept claim names is
        left out, though a kept text may hold its name (in ``as_of("2023-08-04")``, the
        Korean *Ballerina*, whose title the spin-off's article holds); so is one that no
        kept text names, with the kept claims about it or naming it (in ``as_of("2023")``,
        the claims that name the fifth John Wick film, which only a source of 2024 or later
        calls "John Wick 5"). So the result is a catalog like any other, and verifies as
        the whole catalog does.

        Raises:
            InvalidQueryError: ``date`` is text that is not an EDTF date or interval.
            TypeError: ``date`` is none of those types.
        """
        from ._as_of import records_as_of

        entities = self._index.entities.values()
        return Catalog(**records_as_of(self.sources, entities, self.claims, self.texts, date))

    # Claims

    def claims_about(
        self, entity: Entity | EntityRef | str, predicate: Predicate | str | None = None
    ) -> tuple[Claim, ...]:
        """Claims whose subject is the entity, then claims that name it as value or character.

        ``predicate`` may be a :class:`Predicate`, its value (``"director"``), its name
        (``"DIRECTOR"``) or its Wikidata id (``"P57"``), here as in every query.

        Raises:
            NotFoundError: no such entity.
            InvalidQueryError: no such predicate.
            TypeError: ``entity`` is neither a string nor a record, or ``predicate`` neither a
                :class:`Predicate` nor a string.
        """
        # The predicate first: a wrong argument type is reported before any lookup.
        wanted = None if predicate is None else _predicate(predicate)
        entity_id = self.entity(entity).id
        claims = self._index.by_subject.get(entity_id, ()) + self._index.by_object.get(
            entity_id, ()
        )
        if wanted is None:
            return claims
        return tuple(claim for claim in claims if claim.predicate is wanted)

    def claims_from(self, source: Source | str) -> tuple[Claim, ...]:
        """Every claim one source makes, in the order of its claim ids.

        Raises:
            NotFoundError: no such source.
            TypeError: ``source`` is neither a string nor a record.
        """
        return self._index.by_source.get(self.source(source).id, ())

    def claims_with(self, predicate: Predicate | str) -> tuple[Claim, ...]:
        """Every claim with this predicate.

        Raises:
            InvalidQueryError: no such predicate.
            TypeError: ``predicate`` is neither a :class:`Predicate` nor a string.
        """
        return self._index.by_predicate.get(_predicate(predicate).value, ())

    def facts(
        self, entity: Entity | EntityRef | str, predicate: Predicate | str
    ) -> tuple[Fact, ...]:
        """The entity's values for a predicate, each with the claims that give it.

        Values backed by more sources come first, so what the sources agree on leads. A
        source that gives a value only as ``superseded`` (the value it says was changed:
        "delayed from June 7, 2024") is among its claims but does not count for it, nor is it
        among the fact's :attr:`~Fact.backing_sources`; which
        value is preferred, and which a change superseded, is :meth:`about`'s answer.

        Raises:
            NotFoundError: no such entity.
            InvalidQueryError: no such predicate.
            TypeError: ``entity`` is neither a string nor a record, or ``predicate`` neither a
                :class:`Predicate` nor a string.
        """
        predicate = _predicate(predicate)
        entity_id = self.entity(entity).id
        claims = [c for c in self._index.by_subject.get(entity_id, ()) if c.predicate is predicate]
        from ._results import facts_of

        return facts_of(claims)

    def disagreements(
        self,
        entity: Entity | EntityRef | str | None = None,
        *,
        relation: Relation | str | None = "conflict",
    ) -> tuple[Disagreement, ...]:
        """Where the sources give values for one entity and predicate that conflict, or, by
        asking, that overlap only in part, refine one another or agree.

        Each pair of claims is related by :func:`relate`: values conflict only when they
        cannot both hold, and overlap when they are ranges of days or amounts that meet
        with neither holding the other (``2023`` and ``2023-24``), for a predicate with one
        value per subject, in one scope, and not a history. Facts joined by refinements,
        overlaps or conflicts make one entry, a conflict if any pair of them conflicts, else
        an overlap if any pair overlaps, else a refinement; a value given by several
        sources is an agreement (``"same"``), of the claims not ``superseded`` alone (a
        source that says the value was dropped is no backer of it). So every pair of
        differing values that refine one another, overlap or conflict is in one entry of
        ``"all"``.
        ``relation`` picks the entries: ``"conflict"`` (the default), ``"overlap"``,
        ``"refinement"``, ``"same"``, a :class:`Relation`, or ``"all"`` or ``None`` for
        all, the command line's spellings.
        Ordered by subject, then predicate.

        Raises:
            NotFoundError: ``entity`` is given and unknown.
            TypeError: ``entity`` is neither ``None``, a string nor a record; ``relation``
                is neither ``None``, a string nor a :class:`Relation`.
            InvalidQueryError: ``relation`` is not a relation an entry can have.
            InvalidDataError: the texts hold one another too often to compare: relating
                texts in one answer finds at most 200,000 pairs (a thousand texts each
                holding the one before would be 500,000) and compares at most 10^7 words.
        """
        from ._answers import disagreements
        from ._dating import source_order
        from ._pairs import text_budget

        wanted = None if relation is None else relation_of(relation)
        subjects = sorted(self._index.by_subject) if entity is None else [self.entity(entity).id]
        order = source_order(self._index.sources)
        # Paused as the bulk loads pause it: the collector's passes over the catalog while
        # the entries are built cost a third of the answer at 10^5 claims (no cycles form).
        with gc_paused(), text_budget():
            return tuple(
                found
                for subject in subjects
                for found in disagreements(
                    subject, self._index.by_subject.get(subject, ()), wanted, order
                )
            )

    def about(self, entity: Entity | EntityRef | str) -> Profile:
        """Everything the catalog holds about one entity: see :class:`Profile`.

        Every predicate of which the entity is the subject, with its facts; for a predicate
        with one value per subject, the preferred value of each scope, chosen by this rule:
        values that refine one another merge into the most precise one they agree on; then
        the value given by the most sources wins; then the one whose latest source is the
        latest (for a predicate that changes over time, the latest source comes first), by
        the earliest day each date can mean, the reason naming any value an interval or a
        partial date may make later; values still tied (as late, from as many sources) are
        chosen among by the catalog's order, and the reason names the others. The reason,
        any conflicting value and any value overlapping it only in part
        (:attr:`Preferred.overlaps`) are kept beside it. Credits are merged per person, work
        and role, whichever sources name the character.

        Raises:
            NotFoundError: no such entity; the message suggests close ids or names.
            TypeError: ``entity`` is neither a string nor a record.
            InvalidDataError: the texts of a single-valued predicate of the entity hold one
                another too often to compare (see :meth:`disagreements`).
        """
        from ._answers import profile
        from ._dating import SourceKey, source_key
        from ._pairs import text_budget

        found = self.entity(entity)
        sources = self._index.sources

        def order(source_id: str) -> SourceKey:
            return source_key(sources[source_id])

        # Paused as for disagreements(): an entity with 32,000 values of one predicate spent
        # over half its answer in the collector's passes (8,000: a third).
        with gc_paused(), text_budget():
            return profile(
                found,
                as_subject=self._index.by_subject.get(found.id, ()),
                as_object=self._index.by_object.get(found.id, ()),
                entities=self._index.entities,
                sources=sources,
                order=order,
            )

    # Credits

    def cast(self, film: Film | EntityRef | str) -> tuple[Credit, ...]:
        """The film's cast: one credit per person and character played, with every claim
        behind it. A claim that names the person but no character joins each of the person's
        characters (``Credit.character_claims`` are those that name it); a person no source
        names a character for has one credit, with ``character`` ``None``.

        Raises:
            NotFoundError: no such film.
            TypeError: ``film`` is neither a string nor a record.
        """
        return self._credits(self.film(film).id, (Predicate.CAST_MEMBER,))

    def crew(
        self, film: Film | EntityRef | str, role: Predicate | str | None = None
    ) -> tuple[Credit, ...]:
        """Directors, screenwriters and producers of the film, or those of one ``role``.

        Raises:
            NotFoundError: no such film.
            InvalidQueryError: ``role`` is not one of :data:`CREW_ROLES`.
            TypeError: ``film`` is neither a string nor a record, or ``role`` neither a
                :class:`Predicate` nor a string.
        """
        roles = CREW_ROLES if role is None else (_predicate(role),)
        if roles[0] not in CREW_ROLES:
            msg = f"role must be one of {[r.value for r in CREW_ROLES]}, not {roles[0].value!r}"
            raise InvalidQueryError(msg)
        return self._credits(self.film(film).id, roles)

    def filmography(self, person: Person | EntityRef | str) -> tuple[Credit, ...]:
        """Every credit of the person, and the works the sources say they are known for.

        Ordered by the work's year, then title, then role.

        Raises:
            NotFoundError: no such person.
            TypeError: ``person`` is neither a string nor a record.
        """
        from ._credit import Credit

        person_record = self.person(person)
        person_id = person_record.id
        # Each (work, role) once: several claims of one credit must not rebuild it each time.
        roles_by_work = dict.fromkeys(
            (claim.subject, claim.predicate)
            for claim in self._index.by_object.get(person_id, ())
            if claim.predicate in _CREDIT_ROLES
        )
        credits = [
            credit
            for work_id, role in roles_by_work
            for credit in self._credits(work_id, (role,), person_id)
        ]
        known_for = _group(
            (claim.value.id, claim)
            for claim in self._index.by_subject.get(person_id, ())
            if claim.predicate is Predicate.NOTABLE_WORK and isinstance(claim.value, EntityRef)
        )
        credits += [
            Credit(
                film=self.film(work_id),
                person=person_record,
                role=Predicate.NOTABLE_WORK,
                character=None,
                claims=claims,
            )
            for work_id, claims in known_for.items()
        ]
        order = {role: n for n, role in enumerate((*_CREDIT_ROLES, Predicate.NOTABLE_WORK))}
        return tuple(sorted(credits, key=lambda c: (listing_order(c.film), order[c.role])))

    def _credits(
        self, film_id: str, roles: tuple[Predicate, ...], person_id: str | None = None
    ) -> tuple[Credit, ...]:
        from ._credit import Credit

        film = self._index.entities[film_id]
        if not isinstance(film, Film):
            return ()
        groups: defaultdict[tuple[Predicate, str, str | None], list[Claim]] = defaultdict(list)
        for claim in self._index.by_subject.get(film_id, ()):
            if claim.predicate in roles and isinstance(claim.value, EntityRef):
                if person_id is not None and claim.value.id != person_id:
                    continue
                # A superseded casting's part is no longer the person's: it names none of
                # their credit ("first cast Gabriel Byrne as Daniel Pine, but ... took over").
                superseded = claim.qualifiers.status is Status.SUPERSEDED
                part = None if superseded else claim.qualifiers.character
                groups[claim.predicate, claim.value.id, part].append(claim)
        # A claim that names no character joins each part the person is named in: one row
        # per person and character, as about() merges them.
        for role, value_id, character_id in [key for key in groups if key[2] is not None]:
            unnamed = groups.get((role, value_id, None), ())
            groups[role, value_id, character_id] += unnamed
            groups[role, value_id, character_id].sort(key=lambda claim: claim.id)
        for role, value_id, character_id in list(groups):
            if character_id is not None:
                groups.pop((role, value_id, None), None)
        credits = []
        for (role, value_id, character_id), claims in groups.items():
            person = self._index.entities[value_id]
            if not isinstance(person, Person):
                continue  # e.g. a company credited as producer: not a person's credit
            character = None if character_id is None else self.character(character_id)
            credits.append(
                Credit(
                    film=film,
                    person=person,
                    role=role,
                    character=character,
                    claims=tuple(claims),
                )
            )
        order = {role: n for n, role in enumerate(_CREDIT_ROLES)}
        return tuple(
            sorted(
                credits,
                key=lambda c: (
                    order[c.role],
                    -len(c.sources),
                    normalize(c.person.name),
                    c.character is not None,
                    c.character.name if c.character else "",
                ),
            )
        )

    # Verification

    def verify(self) -> tuple[Problem, ...]:
        """Check every source text, quote and name; return every problem (``()``: none).

        Checks: each source's text is present and matches its sha256; each claim's quote
        sits at its offsets, between its prefix and suffix; each entity's title, names and
        aliases occur in some source text; each claim keeps the rules of the data that
        read it against its own quote (its value made of the quote's runs, its date
        written there or noted, its status backed by the quote's words, ``hoped`` when
        the quote hopes, ...: those :func:`~ballerina_data.curate.build` applies), and
        each source those that read it against its text. A breach is a problem of its
        claim or source, its message starting with the rule and the field. (Unique ids,
        resolvable references and the kinds each predicate takes are checked when the
        catalog is built; the rules of a claim's note, which compare it with every text
        and quote, when a source is curated.)
        """
        # A catalog never changes: its problems are found once (every rule over every claim
        # took about 0.1 s of the shipped catalog), and a later call returns them.
        found = self._index.problems
        if found is None:
            found = self._index.problems = self._found_problems(None)
        return found

    def _problems_of(self, ids: Collection[str]) -> tuple[Problem, ...]:
        """The problems :meth:`verify` finds of the records ``ids``: the rules read only
        their claims and sources (a data folder's records, checked on top of a catalog
        already verified, cost the same however many records that catalog holds)."""
        if self._index.problems is not None:
            return tuple(problem for problem in self._index.problems if problem.where in ids)
        return self._found_problems(ids)

    def _found_problems(self, ids: Collection[str] | None) -> tuple[Problem, ...]:
        """The problems of the texts, quotes and names, then the rules' breaches, of every
        record or (with ``ids``) of those records alone."""
        from ._rules import catalog_breaches
        from ._verify import Problem, verify

        problems = verify(self.sources, self.claims, self._index.entities.values(), self.texts)
        return (
            *(problem for problem in problems if ids is None or problem.where in ids),
            *(
                Problem(where=where, message=f"{breach.rule}: {breach.field}: {breach.message}")
                for where, breach in catalog_breaches(self, ids)
            ),
        )


def _rebuilt(fields: dict[str, tuple[Any, ...]], texts: dict[str, str]) -> Catalog:
    """The catalog of these records and texts, as :meth:`Catalog.__reduce__` gives them."""
    return Catalog(**fields, texts=texts)


# Held by a first call while it loads: the cache alone lets every thread that misses it
# build a catalog of its own (16 threads asking at once built 2 to 4).
_FIRST_LOAD = threading.Lock()


@functools.cache
def _shipped() -> Catalog:
    # Only the calls that find the cache empty take the lock; each but the first then finds
    # the catalog the first loaded. Later calls are cache hits, with no lock.
    with _FIRST_LOAD:
        return _loaded()


@functools.cache
def _loaded() -> Catalog:
    from ._format import shipped_records

    return Catalog(**shipped_records())
