"""The immutable, indexed :class:`Catalog` and the records its queries return."""

from __future__ import annotations

import threading
import types
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._errors import IntegrityError, NotFoundError
from ._gc import gc_paused
from ._normalize import normalize
from ._records import (
    Character,
    Claim,
    Entity,
    EntityRef,
    Film,
    Organization,
    Person,
    Predicate,
    Quantity,
    Source,
    Value,
    WorkKind,
)

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "CREW_ROLES",
    "FORMAT_VERSION",
    "RECORD_FIELDS",
    "Catalog",
    "Credit",
    "Disagreement",
    "Fact",
    "Problem",
]

#: The version of the catalog JSON format this library reads and writes.
FORMAT_VERSION = 1

#: The predicates that credit a person with a job on a work, other than acting.
CREW_ROLES = (Predicate.DIRECTOR, Predicate.SCREENWRITER, Predicate.PRODUCER)

_CREDIT_ROLES = (Predicate.CAST_MEMBER, *CREW_ROLES)

E = TypeVar("E", Film, Person, Character, Organization)
K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


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


@attrs.frozen(kw_only=True)
class Problem:
    """One thing :meth:`Catalog.verify` found wrong: where, and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _readonly(texts: Mapping[str, str]) -> Mapping[str, str]:
    return types.MappingProxyType(dict(texts))


def _id_of(record: Entity | Source | str) -> str:
    if isinstance(record, str):
        return record
    if isinstance(record, Film | Person | Character | Organization | Source):
        return record.id
    msg = f"expected an id or a record, got {type(record).__name__} {record!r:.60}"
    raise TypeError(msg)


def _predicate(predicate: Predicate | str) -> Predicate:
    if isinstance(predicate, Predicate):
        return predicate
    if isinstance(predicate, str):
        try:
            return Predicate(predicate)
        except ValueError:
            import difflib

            close = difflib.get_close_matches(predicate, [p.value for p in Predicate], n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            msg = f"{predicate!r} is not a Predicate{hint}"
            raise ValueError(msg) from None
    msg = f"expected a Predicate or its value, got {type(predicate).__name__} {predicate!r:.60}"
    raise TypeError(msg)


def _group(pairs: Iterable[tuple[K, V]]) -> dict[K, tuple[V, ...]]:
    groups: defaultdict[K, list[V]] = defaultdict(list)
    for key, item in pairs:
        groups[key].append(item)
    return {key: tuple(items) for key, items in groups.items()}


def _film_order(film: Film) -> tuple[int, str, str]:
    return (10**4 if film.year is None else film.year, normalize(film.title), film.id)


def _name_index(
    records: Iterable[E], exclude: WorkKind | None = None
) -> tuple[dict[str, tuple[E, ...]], dict[str, tuple[E, ...]]]:
    """Index records by each normalized name; and the answers to the likeliest queries.

    The second index maps each name as written, and each normalized name, to the records
    its normalized form finds: a query spelled either way is answered by one dict lookup.
    """
    by_key: defaultdict[str, dict[str, E]] = defaultdict(dict)
    spellings: dict[str, str] = {}
    for record in records:
        if isinstance(record, Film) and record.kind is exclude:
            continue
        for name in record.names:
            key = spellings.get(name)
            if key is None:
                key = spellings[name] = normalize(name)
            by_key[key][record.id] = record

    def order(record: E) -> tuple[Any, ...]:
        if isinstance(record, Film):
            return (
                10**4 if record.year is None else record.year,
                spellings[record.title],
                record.id,
            )
        return (spellings[record.name], record.id)

    frozen = {
        key: tuple(found.values()) if len(found) == 1 else tuple(sorted(found.values(), key=order))
        for key, found in by_key.items()
    }
    answers = {name: frozen[key] for name, key in spellings.items()}
    answers.update(frozen)
    return frozen, answers


@attrs.frozen(kw_only=True, eq=False)
class _Index:
    entities: dict[str, Entity]
    sources: dict[str, Source]
    films_by_key: dict[str, tuple[Film, ...]]
    films_by_query: dict[str, tuple[Film, ...]]
    people_by_key: dict[str, tuple[Person, ...]]
    people_by_query: dict[str, tuple[Person, ...]]
    characters_by_key: dict[str, tuple[Character, ...]]
    characters_by_query: dict[str, tuple[Character, ...]]
    by_subject: dict[str, tuple[Claim, ...]]
    by_source: dict[str, tuple[Claim, ...]]
    by_predicate: dict[str, tuple[Claim, ...]]
    #: Claims whose value or character qualifier is the entity.
    by_object: dict[str, tuple[Claim, ...]]


def _references(claim: Claim) -> Iterable[tuple[str, str]]:
    yield "subject", claim.subject
    if isinstance(claim.value, EntityRef):
        yield "value", claim.value.id
    if claim.qualifiers.character is not None:
        yield "character", claim.qualifiers.character


def _index_records(
    catalog: Catalog, problems: list[str]
) -> tuple[dict[str, Entity], dict[str, Source]]:
    entities: dict[str, Entity] = {}
    for section in ("films", "people", "characters", "organizations"):
        for position, entity in enumerate(getattr(catalog, section)):
            if entity.id in entities:
                problems.append(f"duplicate entity id {entity.id!r} @ $.{section}[{position}]")
            entities[entity.id] = entity
    sources: dict[str, Source] = {}
    for position, source in enumerate(catalog.sources):
        if source.id in sources:
            problems.append(f"duplicate source id {source.id!r} @ $.sources[{position}]")
        sources[source.id] = source
    problems.extend(
        f"text for unknown source {source_id!r} @ $.texts"
        for source_id in catalog.texts
        if source_id not in sources
    )
    return entities, sources


def _dangling_references(
    position: int, claim: Claim, entities: Mapping[str, Entity], sources: Mapping[str, Source]
) -> Iterable[str]:
    where = f"@ $.claims[{position}]"
    if claim.source not in sources:
        yield f"claim {claim.id!r} cites unknown source {claim.source!r} {where}"
    for field, ref in _references(claim):
        if ref not in entities:
            yield f"claim {claim.id!r} refers to unknown {field} {ref!r} {where}"
        elif field == "character" and not isinstance(entities[ref], Character):
            yield f"claim {claim.id!r} names {ref!r} as character, which is not a character {where}"


def _build_index(catalog: Catalog) -> _Index:
    with gc_paused():
        return _build_index_unpaused(catalog)


def _build_index_unpaused(catalog: Catalog) -> _Index:
    problems: list[str] = []
    entities, sources = _index_records(catalog, problems)
    by_subject: defaultdict[str, list[Claim]] = defaultdict(list)
    by_source: defaultdict[str, list[Claim]] = defaultdict(list)
    # Keyed by the enum's value: Enum.__hash__ is Python code, a str hashes in C.
    by_predicate: defaultdict[str, list[Claim]] = defaultdict(list)
    by_object: defaultdict[str, list[Claim]] = defaultdict(list)
    claim_ids: set[str] = set()
    # One pass over the claims builds every index and checks every reference: at a million
    # claims, each extra pass or generator per claim costs a visible share of the load time.
    for position, claim in enumerate(catalog.claims):
        subject, source, value = claim.subject, claim.source, claim.value
        character = claim.qualifiers.character
        object_id = value.id if type(value) is EntityRef else None
        if (
            claim.id in claim_ids
            or subject not in entities
            or source not in sources
            or (object_id is not None and object_id not in entities)
            or (character is not None and type(entities.get(character)) is not Character)
        ):
            if claim.id in claim_ids:
                problems.append(f"duplicate claim id {claim.id!r} @ $.claims[{position}]")
            problems.extend(_dangling_references(position, claim, entities, sources))
        claim_ids.add(claim.id)
        by_subject[subject].append(claim)
        by_source[source].append(claim)
        by_predicate[claim.predicate._value_].append(claim)
        if object_id is not None:
            by_object[object_id].append(claim)
        if character is not None and character != object_id:
            by_object[character].append(claim)
    if problems:
        raise IntegrityError(problems)
    films_by_key, films_by_query = _name_index(catalog.films, exclude=WorkKind.FRANCHISE)
    people_by_key, people_by_query = _name_index(catalog.people)
    characters_by_key, characters_by_query = _name_index(catalog.characters)
    return _Index(
        entities=entities,
        sources=sources,
        films_by_key=films_by_key,
        films_by_query=films_by_query,
        people_by_key=people_by_key,
        people_by_query=people_by_query,
        characters_by_key=characters_by_key,
        characters_by_query=characters_by_query,
        by_subject=_frozen(by_subject),
        by_source=_frozen(by_source),
        by_predicate=_frozen(by_predicate),
        by_object=_frozen(by_object),
    )


def _frozen(index: Mapping[K, list[V]]) -> dict[K, tuple[V, ...]]:
    return {key: tuple(items) for key, items in index.items()}


def _lookup(
    index: Mapping[str, tuple[E, ...]], answers: Mapping[str, tuple[E, ...]], name: str
) -> tuple[E, ...]:
    # Most queries spell a name as the data does: answer those without normalizing.
    found = answers.get(name)
    return _lookup_normalized(index, name) if found is None else found


def _lookup_normalized(index: Mapping[str, tuple[E, ...]], name: str) -> tuple[E, ...]:
    if not isinstance(name, str):
        msg = f"expected a title or name as a string, got {type(name).__name__} {name!r:.60}"
        raise TypeError(msg)
    found = index.get(normalize(name))
    if found is not None:
        return found
    if not name.strip():
        msg = f"empty title or name: {name!r}"
        raise ValueError(msg)
    return ()


@attrs.frozen(kw_only=True, hash=False)
class Catalog:
    """An immutable collection of sources, entities and claims, indexed once for queries.

    ``Catalog.default()`` is the shipped data. Construction checks that every id is unique
    and every reference resolves, and raises :class:`IntegrityError` listing each problem.
    """

    sources: tuple[Source, ...] = ()
    films: tuple[Film, ...] = ()
    people: tuple[Person, ...] = ()
    characters: tuple[Character, ...] = ()
    organizations: tuple[Organization, ...] = ()
    claims: tuple[Claim, ...] = ()
    #: Each source's text by source id; verification and evidence display read it.
    texts: Mapping[str, str] = attrs.field(factory=dict, converter=_readonly)
    _index: _Index = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        for field in RECORD_FIELDS:
            # Accept any iterable, keep a tuple: a caller's list must not change the catalog.
            if type(getattr(self, field)) is not tuple:
                object.__setattr__(self, field, tuple(getattr(self, field)))
        object.__setattr__(self, "_index", _build_index(self))

    # Loading and saving

    @classmethod
    def default(cls) -> Catalog:
        """The shipped catalog, loaded on first use and cached."""
        # A global, not an import per call: module-level queries pass through here each time.
        return _SHIPPED[0] if _SHIPPED else _load_shipped()

    @classmethod
    def from_json(cls, text: str | bytes) -> Catalog:
        """Build a catalog from the library's JSON format (as written by :meth:`to_json`).

        Raises:
            InvalidDataError: malformed JSON or records, with the path of each bad field.
            IntegrityError: duplicate ids or references to unknown ids.
        """
        from ._data import catalog_from_json

        return catalog_from_json(text)

    @classmethod
    def load(cls, path: str | Path) -> Catalog:
        """Read a catalog from a JSON file; see :meth:`from_json`.

        Raises:
            OSError: the file cannot be read.
        """
        from pathlib import Path  # here, not at import: `import ballerina_data` stays light

        return cls.from_json(Path(path).read_bytes())

    def to_json(self, *, indent: int | None = None) -> str:
        """The catalog in the library's JSON format, with its ``format_version``."""
        from ._data import catalog_to_json

        return catalog_to_json(self, indent=indent)

    def merge(self, other: Catalog) -> Catalog:
        """A catalog with the records of both; records present in both must be equal.

        Raises:
            IntegrityError: the catalogs hold different records under one id.
        """
        problems: list[str] = []

        def union(field: str) -> tuple[Any, ...]:
            mine = {record.id: record for record in getattr(self, field)}
            extra = []
            for record in getattr(other, field):
                if record.id not in mine:
                    extra.append(record)
                elif mine[record.id] != record:
                    problems.append(f"conflicting records for id {record.id!r} in {field}")
            return (*getattr(self, field), *extra)

        merged = {field: union(field) for field in RECORD_FIELDS}
        for source_id, text in other.texts.items():
            if self.texts.get(source_id, text) != text:
                problems.append(f"conflicting texts for source {source_id!r}")
        if problems:
            raise IntegrityError(problems)
        return Catalog(**merged, texts={**self.texts, **other.texts})

    # Lookups by id

    def entity(self, entity_id: Entity | str) -> Entity:
        """The film, person, character or organization with this id.

        Raises:
            NotFoundError: no such id; the message suggests close matches.
        """
        entity_id = _id_of(entity_id)
        found = self._index.entities.get(entity_id)
        if found is None:
            raise NotFoundError(self._missing(entity_id, Entity, "entity"))  # type: ignore[arg-type]
        return found

    def film(self, film_id: Film | str) -> Film:
        """The film, series or franchise with this id.

        Raises:
            NotFoundError: no such film; the message suggests close ids or titles.
        """
        return self._get(film_id, Film, "film")

    def person(self, person_id: Person | str) -> Person:
        """The person with this id.

        Raises:
            NotFoundError: no such person; the message suggests close ids or names.
        """
        return self._get(person_id, Person, "person")

    def character(self, character_id: Character | str) -> Character:
        """The character with this id.

        Raises:
            NotFoundError: no such character; the message suggests close ids or names.
        """
        return self._get(character_id, Character, "character")

    def organization(self, organization_id: Organization | str) -> Organization:
        """The organization with this id.

        Raises:
            NotFoundError: no such organization; the message suggests close ids or names.
        """
        return self._get(organization_id, Organization, "organization")

    def source(self, source_id: str | Source) -> Source:
        """The source document with this id.

        Raises:
            NotFoundError: no such source; the message suggests close ids.
        """
        source_id = _id_of(source_id)
        found = self._index.sources.get(source_id)
        if found is None:
            raise NotFoundError(_not_found("source", source_id, list(self._index.sources)))
        return found

    def text(self, source: str | Source) -> str:
        """The full text of a source document.

        Raises:
            NotFoundError: no such source, or the catalog has no text for it.
        """
        source_id = self.source(source).id
        found = self.texts.get(source_id)
        if found is None:
            msg = f"no text for source {source_id!r} in this catalog"
            raise NotFoundError(msg)
        return found

    def _get(self, entity_id: Entity | str, cls: type[T], kind: str) -> T:
        entity_id = _id_of(entity_id)
        found = self._index.entities.get(entity_id)
        if isinstance(found, cls):
            return found
        raise NotFoundError(self._missing(entity_id, cls, kind))

    def _missing(self, entity_id: str, cls: type[Any], kind: str) -> str:
        candidates = [e.id for e in self._index.entities.values() if isinstance(e, cls)]
        by_name = [
            e.id
            for e in self._index.entities.values()
            if isinstance(e, cls) and normalize(entity_id) in map(normalize, e.names)
        ]
        return _not_found(kind, entity_id, candidates, by_name)

    # Lookups by name

    def films_titled(self, title: str, *, year: int | None = None) -> tuple[Film, ...]:
        """Films and series whose title or any alias matches ``title`` after normalization.

        Matching is exact on the normalized form (case, accents, punctuation, dashes and
        spacing fold away), never a substring. Franchises are not films and are not returned.
        Results are ordered by year, then title. An unknown title gives ``()``.

        Raises:
            ValueError: ``title`` is empty.
        """
        index = self._index
        # Inlined fast path of _lookup: this is the library's hottest call.
        found = index.films_by_query.get(title)
        if found is None:
            found = _lookup_normalized(index.films_by_key, title)
        if year is None:
            return found
        if not isinstance(year, int):
            msg = f"year must be an int, got {type(year).__name__} {year!r:.20}"
            raise TypeError(msg)
        return tuple(film for film in found if film.year == year)

    def people_named(self, name: str) -> tuple[Person, ...]:
        """People whose name or any spelling variant matches ``name`` after normalization.

        Raises:
            ValueError: ``name`` is empty.
        """
        return _lookup(self._index.people_by_key, self._index.people_by_query, name)

    def characters_named(self, name: str) -> tuple[Character, ...]:
        """Characters whose name or any alias matches ``name`` after normalization.

        Raises:
            ValueError: ``name`` is empty.
        """
        return _lookup(self._index.characters_by_key, self._index.characters_by_query, name)

    # Claims

    def claims_about(
        self, entity: Entity | str, predicate: Predicate | str | None = None
    ) -> tuple[Claim, ...]:
        """Claims whose subject is the entity, then claims that name it as value or character.

        ``predicate`` may be a :class:`Predicate` or its value, such as ``"director"``.

        Raises:
            NotFoundError: no such entity.
            ValueError: no such predicate.
        """
        entity_id = self.entity(entity).id
        claims = self._index.by_subject.get(entity_id, ()) + self._index.by_object.get(
            entity_id, ()
        )
        if predicate is None:
            return claims
        predicate = _predicate(predicate)
        return tuple(claim for claim in claims if claim.predicate is predicate)

    def claims_from(self, source: Source | str) -> tuple[Claim, ...]:
        """Every claim one source makes, in the order of its claim ids.

        Raises:
            NotFoundError: no such source.
        """
        return self._index.by_source.get(self.source(source).id, ())

    def claims_with(self, predicate: Predicate) -> tuple[Claim, ...]:
        """Every claim with this predicate."""
        return self._index.by_predicate.get(predicate.value, ())

    def facts(self, entity: Entity | str, predicate: Predicate | str) -> tuple[Fact, ...]:
        """The entity's values for a predicate, each with the claims that give it.

        Values stated by more sources come first, so what the sources agree on leads.

        Raises:
            NotFoundError: no such entity.
            ValueError: no such predicate.
        """
        entity_id = self.entity(entity).id
        predicate = _predicate(predicate)
        claims = [c for c in self._index.by_subject.get(entity_id, ()) if c.predicate is predicate]
        return _facts(claims)

    def disagreements(self, entity: Entity | str | None = None) -> tuple[Disagreement, ...]:
        """Where sources state different values for the same entity and predicate.

        For each subject and predicate stated by two or more sources, the sources are
        compared by the set of (value, character) pairs each gives; if the sets differ, the
        sources disagree or one says less than another. Ordered by subject, then predicate.

        Raises:
            NotFoundError: ``entity`` is given and unknown.
        """
        subjects = sorted(self._index.by_subject) if entity is None else [self.entity(entity).id]
        found = []
        for subject in subjects:
            by_predicate = _group(
                (claim.predicate.value, claim) for claim in self._index.by_subject.get(subject, ())
            )
            for predicate_value in sorted(by_predicate):
                claims = by_predicate[predicate_value]
                stated: defaultdict[str, set[tuple[Value, str | None]]] = defaultdict(set)
                for claim in claims:
                    stated[claim.source].add((claim.value, claim.qualifiers.character))
                if len(stated) > 1 and len({frozenset(pairs) for pairs in stated.values()}) > 1:
                    found.append(
                        Disagreement(
                            subject=subject,
                            predicate=Predicate(predicate_value),
                            facts=_facts(claims),
                        )
                    )
        return tuple(found)

    # Credits

    def cast(self, film: Film | str) -> tuple[Credit, ...]:
        """The film's cast: each person with the character played and the claims behind it.

        Raises:
            NotFoundError: no such film.
        """
        return self._credits(self.film(film).id, (Predicate.CAST_MEMBER,))

    def crew(self, film: Film | str, role: Predicate | str | None = None) -> tuple[Credit, ...]:
        """Directors, screenwriters and producers of the film, or those of one ``role``.

        Raises:
            NotFoundError: no such film.
            ValueError: ``role`` is not one of :data:`CREW_ROLES`.
        """
        roles = CREW_ROLES if role is None else (_predicate(role),)
        if roles[0] not in CREW_ROLES:
            msg = f"role must be one of {[r.value for r in CREW_ROLES]}, not {roles[0].value!r}"
            raise ValueError(msg)
        return self._credits(self.film(film).id, roles)

    def filmography(self, person: Person | str) -> tuple[Credit, ...]:
        """Every credit of the person, and the works the sources say they are known for.

        Ordered by the work's year, then title, then role.

        Raises:
            NotFoundError: no such person.
        """
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
        return tuple(sorted(credits, key=lambda c: (_film_order(c.film), order[c.role])))

    def _credits(
        self, film_id: str, roles: tuple[Predicate, ...], person_id: str | None = None
    ) -> tuple[Credit, ...]:
        film = self._index.entities[film_id]
        if not isinstance(film, Film):
            return ()
        groups: defaultdict[tuple[Predicate, str, str | None], list[Claim]] = defaultdict(list)
        for claim in self._index.by_subject.get(film_id, ()):
            if claim.predicate in roles and isinstance(claim.value, EntityRef):
                if person_id is not None and claim.value.id != person_id:
                    continue
                key = (claim.predicate, claim.value.id, claim.qualifiers.character)
                groups[key].append(claim)
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

    def _claim_problems(self, claim: Claim) -> Iterable[str]:
        predicate, value = claim.predicate, claim.value
        subject = self._index.entities[claim.subject]
        if not isinstance(subject, predicate.subject_types):
            yield f"{predicate.value} is not said of a {type(subject).__name__.lower()}"
        target: Any = self._index.entities[value.id] if isinstance(value, EntityRef) else value
        if not isinstance(target, predicate.value_types):
            yield f"{predicate.value} cannot have a {type(target).__name__.lower()} as its value"
        if target is subject:
            yield f"{predicate.value} relates {claim.subject!r} to itself"
        if isinstance(value, Quantity) and value.amount < 0:
            yield f"negative amount {value.amount}"
        text = self.texts.get(claim.source)
        if text is None:
            return  # reported once, with the source
        evidence = claim.evidence
        found = text[evidence.start : evidence.end]
        if found != evidence.quote:
            yield (
                f"quote not at {evidence.start}..{evidence.end} of {claim.source}: "
                f"expected {evidence.quote!r}, found {found!r}"
            )
        elif not (
            text.endswith(evidence.prefix, 0, evidence.start)
            and text.startswith(evidence.suffix, evidence.end)
        ):
            yield f"prefix or suffix does not surround the quote in {claim.source}"

    def verify(self) -> tuple[Problem, ...]:
        """Check every source text, quote, claim and name; return every problem (``()``: none).

        Checks: each source's text is present and matches its sha256; each claim's quote
        sits at its offsets, between its prefix and suffix; each claim's subject and value
        are of the kinds its predicate takes (a director is a person, a release date a date),
        it is not about itself, and no amount is negative; each entity's title, names and
        aliases occur in some source text. (Unique ids and resolvable references are
        checked when the catalog is built.)
        """
        import hashlib

        problems = []
        for source in self.sources:
            text = self.texts.get(source.id)
            if text is None:
                problems.append(Problem(where=source.id, message="source text is missing"))
                continue
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest != source.sha256:
                problems.append(
                    Problem(
                        where=source.id,
                        message=f"text does not match its sha256: {digest} != {source.sha256}",
                    )
                )
        for claim in self.claims:
            problems.extend(
                Problem(where=claim.id, message=message) for message in self._claim_problems(claim)
            )
        folded_texts = [normalize(text) for text in self.texts.values()]
        for entity in self._index.entities.values():
            for name in entity.names:
                key = normalize(name)
                if not any(f" {key} " in f" {text} " for text in folded_texts):
                    problems.append(
                        Problem(where=entity.id, message=f"name {name!r} occurs in no source text")
                    )
        return tuple(problems)


_SHIPPED: list[Catalog] = []
_SHIPPED_LOCK = threading.Lock()


def _load_shipped() -> Catalog:
    from ._data import default_catalog

    with _SHIPPED_LOCK:
        if not _SHIPPED:
            _SHIPPED.append(default_catalog())
    return _SHIPPED[0]


#: The catalog's record fields, as in its JSON format (which adds ``texts``).
RECORD_FIELDS = ("sources", "films", "people", "characters", "organizations", "claims")


def _facts(claims: Iterable[Claim]) -> tuple[Fact, ...]:
    by_value: dict[Value, list[Claim]] = {}
    for claim in claims:
        by_value.setdefault(claim.value, []).append(claim)
    facts = [Fact(value=value, claims=tuple(group)) for value, group in by_value.items()]
    return tuple(sorted(facts, key=lambda fact: -len(fact.sources)))


def _not_found(
    kind: str, wanted: str, candidates: list[str], by_name: list[str] | None = None
) -> str:
    import difflib

    suggestions = by_name
    if not suggestions:
        # Compare slugs: every id shares its type prefix, which would make all ids look close.
        slugs = {candidate.partition("/")[2]: candidate for candidate in candidates}
        slug = normalize(wanted.rpartition("/")[2]).replace(" ", "-")
        suggestions = [slugs[s] for s in difflib.get_close_matches(slug, slugs, n=3, cutoff=0.7)]
    msg = f"no {kind} with id {wanted!r}"
    if suggestions:
        msg += f"; did you mean {' or '.join(map(repr, suggestions))}?"
    return msg
