"""The index of a catalog, built in one pass over its records, with its integrity checks.

Building it checks everything about a catalog that needs no source text: unique ids,
references that resolve, and claims whose subject, value, unit and qualifiers are of the
kinds their predicate takes. A catalog that builds can answer every query; :mod:`._verify`
checks the texts.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import MAX_PROBLEMS, IntegrityError
from ._gc import gc_paused
from ._kinds import row_of, with_article
from ._normalize import document_key, normalize
from ._predicates import QUALIFIER_FIELDS
from ._records import (
    NO_QUALIFIERS,
    Character,
    Claim,
    Entity,
    EntityRef,
    Film,
    Organization,
    Person,
    Predicate,
    Qualifiers,
    Quantity,
    Source,
    WorkKind,
)

if TYPE_CHECKING:
    from ._verify import Problem

__all__ = ["Index", "build_index"]

E = TypeVar("E", Film, Person, Character, Organization)
K = TypeVar("K")
V = TypeVar("V")

#: Records by each normalized name, and the answers to the likeliest queries (see
#: :func:`name_index`).
NameIndex = tuple[dict[str, tuple[E, ...]], dict[str, tuple[E, ...]]]
#: Each normalized id and franchise name to the entities it finds, and each entity id's
#: position in the catalog: made by the first :meth:`Catalog.lookup` of a name no exact id
#: answers.
OtherKeys = tuple[dict[str, list[Entity]], dict[str, int]]


class Index:
    """Lookups by id, by normalized name and by claim field, all answered by one dict access.

    A plain slotted class: attrs or NamedTuple would generate code for it on the first
    query's clock, and nothing compares or prints an index.
    """

    __slots__ = (
        "by_object",
        "by_predicate",
        "by_source",
        "by_subject",
        "characters_by_name",
        "entities",
        "films_by_name",
        "name_keys",
        "organizations_by_name",
        "other_keys",
        "people_by_name",
        "problems",
        "sources",
    )

    entities: dict[str, Entity]
    sources: dict[str, Source]
    #: Works other than franchises, which no title query finds.
    films_by_name: NameIndex[Film]
    people_by_name: NameIndex[Person]
    characters_by_name: NameIndex[Character]
    organizations_by_name: NameIndex[Organization]
    #: Each name as written (but a franchise's) to its normalized key, for the search index:
    #: normalizing every name again cost a fifth of the load's time.
    name_keys: dict[str, str]
    by_subject: dict[str, tuple[Claim, ...]]
    by_source: dict[str, tuple[Claim, ...]]
    #: Keyed by the predicate's value: Enum.__hash__ is Python code, a str hashes in C.
    by_predicate: dict[str, tuple[Claim, ...]]
    #: Claims whose value or character qualifier is the entity.
    by_object: dict[str, tuple[Claim, ...]]
    other_keys: OtherKeys | None
    #: What :meth:`Catalog.verify` found, once it was asked.
    problems: tuple[Problem, ...] | None

    def __init__(self, **fields: Any) -> None:
        self.other_keys = None
        self.problems = None
        for name, value in fields.items():
            object.__setattr__(self, name, value)


def name_index(
    records: Iterable[E], exclude: WorkKind | None = None, keys: dict[str, str] | None = None
) -> NameIndex[E]:
    """Index records by each normalized name; and the answers to the likeliest queries.

    The second index maps each name as written, and each normalized name, to the records
    its normalized form finds: a query spelled either way is answered by one dict lookup.
    Each name as written and its normalized key are added to ``keys``, when given.
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
            if key:  # a name of no letters or digits cannot be looked up
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
    answers = {name: frozen[key] for name, key in spellings.items() if key}
    answers.update(frozen)
    if keys is not None:
        keys.update(spellings)
    return frozen, answers


def _described(target: Any) -> str:
    """An entity's kind, or a value's type, with its article: "a TV series", "a text"."""
    if isinstance(target, Film | Person | Character | Organization):
        return with_article(row_of(target).noun)
    return with_article(type(target).__name__.lower())


#: The qualifiers each predicate does not take, by the predicate's value (every predicate
#: leaves two or more out), read at once by a getter; and the ``None`` of each, which the
#: getter returns for a claim that gives none of them. Over 10^5 generated claims the
#: check costs 9-15 ms (of a build of 0.4-0.7 s); reading them one by one, 19-24 ms.
_NOT_TAKEN = {
    predicate.value: tuple(name for name in QUALIFIER_FIELDS if name not in predicate.qualifiers)
    for predicate in Predicate
}
_NOT_TAKEN_READ = {
    value: (operator.attrgetter(*names), (None,) * len(names))
    for value, names in _NOT_TAKEN.items()
}


def _gives_a_qualifier_not_taken(qualifiers: Qualifiers, predicate: Predicate) -> bool:
    read, none = _NOT_TAKEN_READ[predicate._value_]
    return bool(read(qualifiers) != none)


def _qualifiers_not_taken(qualifiers: Qualifiers, predicate: Predicate) -> list[str]:
    """The qualifiers given that ``predicate`` does not take."""
    return [name for name in _NOT_TAKEN[predicate._value_] if getattr(qualifiers, name) is not None]


def _unit_not_taken(value: Quantity, predicate: Predicate) -> bool:
    """Whether the amount is in a unit of another kind than ``predicate`` takes."""
    kind = predicate.unit
    return kind is not None and not kind.takes(value.unit)


#: How many of a list's duplicate ids a problem names; it counts them all.
_DUPLICATES_SHOWN = 3


def _duplicates(kind: str, section: str, found: Sequence[tuple[int, str]]) -> Iterable[str]:
    """One problem for the ids a list gives again: how many, the first few, and where the
    first is. A copy of a whole catalog gives every id again: one line, not a line of each."""
    if not found:
        return
    (position, first), *_ = found
    if len(found) == 1:
        yield f"duplicate {kind} id {first!r} @ $.{section}[{position}]"
        return
    # Each id once: 100,000 copies of one claim are one id given again 100,000 times.
    distinct = list(dict.fromkeys(record_id for _, record_id in found))
    shown = ", ".join(map(repr, distinct[:_DUPLICATES_SHOWN]))
    more = ", ..." if len(distinct) > _DUPLICATES_SHOWN else ""
    among = "" if len(distinct) == len(found) else f" (of {len(distinct)} distinct)"
    yield f"{len(found)} duplicate {kind} ids{among}: {shown}{more} @ $.{section}[{position}]"


def _claim_problems(
    position: int,
    claim: Claim,
    entities: Mapping[str, Entity],
    sources: Mapping[str, Source],
) -> Iterable[str]:
    where = f"@ $.claims[{position}]"
    if claim.source not in sources:
        yield f"claim {claim.id!r} cites unknown source {claim.source!r} {where}"
    subject = entities.get(claim.subject)
    value: Any = claim.value
    target = entities.get(value.id) if type(value) is EntityRef else value
    character = claim.qualifiers.character
    predicate = claim.predicate
    if subject is None:
        yield f"claim {claim.id!r} refers to unknown subject {claim.subject!r} {where}"
    elif not isinstance(subject, predicate.subject_types):
        yield f"claim {claim.id!r}: {predicate.value} is not said of {_described(subject)} {where}"
    if target is None:
        yield f"claim {claim.id!r} refers to unknown value {value.id!r} {where}"
    elif not isinstance(target, predicate.value_types):
        yield (
            f"claim {claim.id!r}: {predicate.value} cannot have {_described(target)} as its value"
            f" {where}"
        )
    elif target is subject:
        yield f"claim {claim.id!r}: {predicate.value} relates {claim.subject!r} to itself {where}"
    # is_signed: "-0" too, whose sign no export keeps (Parquet's decimals drop it).
    if type(value) is Quantity and value.amount.is_signed():
        # A zero with a sign is no negative amount: "-0" says what to write instead.
        zero = value.amount.is_zero()
        said = "a signed amount" if zero else "a negative amount"
        how = ": write it 0, unsigned" if zero else ""
        yield f"claim {claim.id!r} has {said} {value.amount}{how} {where}"
    if type(value) is Quantity and predicate.unit and _unit_not_taken(value, predicate):
        yield (
            f"claim {claim.id!r}: {predicate.value} takes an amount in"
            f" {predicate.unit.described}, not {value.unit!r} {where}"
        )
    not_taken = _qualifiers_not_taken(claim.qualifiers, predicate)
    if not_taken:
        yield (
            f"claim {claim.id!r}: {predicate.value} takes no {', '.join(not_taken)}"
            f" qualifier{'s' if len(not_taken) > 1 else ''}: its qualifiers are"
            f" {', '.join(predicate.qualifiers)} {where}"
        )
    if character is not None:
        found = entities.get(character)
        if found is None:
            yield f"claim {claim.id!r} refers to unknown character {character!r} {where}"
        elif type(found) is not Character:
            yield (
                f"claim {claim.id!r} names {character!r} as character, which is"
                f" {_described(found)} {where}"
            )


def _index_records(
    sections: Mapping[str, Sequence[Entity]],
    sources: Sequence[Source],
    texts: Mapping[str, str],
    problems: list[str],
) -> tuple[dict[str, Entity], dict[str, Source]]:
    entities: dict[str, Entity] = {}
    for section, records in sections.items():
        again: list[tuple[int, str]] = []
        for position, entity in enumerate(records):
            if entity.id in entities:
                again.append((position, entity.id))
            entities[entity.id] = entity
        problems.extend(_duplicates("entity", section, again))
    by_id: dict[str, Source] = {}
    # A source's id names its files (texts/<id>.txt, the site's source/<id>.html), which a
    # case-insensitive file system (macOS's, Windows') would make one.
    by_folded: dict[str, str] = {}
    again = []
    for position, source in enumerate(sources):
        if source.id in by_id:
            again.append((position, source.id))
        else:
            other = by_folded.setdefault(source.id.lower(), source.id)  # ids are ASCII
            if other != source.id and len(problems) < MAX_PROBLEMS:
                problems.append(
                    f"source id {source.id!r} differs from {other!r} only in case: their"
                    f" files would be one on a case-insensitive file system @ $.sources[{position}]"
                )
        by_id[source.id] = source
    problems.extend(_duplicates("source", "sources", again))
    problems.extend(_one_document_twice(sources, texts))
    problems.extend(
        f"text for unknown source {source_id!r} @ $.texts"
        for source_id in texts
        if source_id not in by_id
    )
    return entities, by_id


def _one_document_twice(sources: Sequence[Source], texts: Mapping[str, str]) -> Iterable[str]:
    """A problem for each source whose text another source already has, as
    :func:`~._normalize.document_key` reads it (saved again with other line ends or
    spaces, it is the same document). One document is one source: under two ids its
    claims would count as two sources' and outvote others."""
    by_text: dict[str, str] = {}
    for position, source in enumerate(sources):
        text = texts.get(source.id)
        if text is None:
            continue
        first = by_text.setdefault(document_key(text), source.id)
        if first != source.id:
            yield (
                f"source {source.id!r} has the text of source {first!r}: one document is"
                f" one source; give its claims to {first!r} @ $.sources[{position}]"
            )


def build_index(
    *,
    sources: Sequence[Source],
    # Any: each section holds the records of its own class, which Mapping cannot say.
    sections: Mapping[str, Sequence[Any]],
    claims: Sequence[Claim],
    texts: Mapping[str, str],
) -> Index:
    """Index the records in one pass over the claims, checking them as it goes.

    ``sections`` holds the entities of each section of the catalog (``"films"``, ...).

    The cyclic garbage collector is paused meanwhile (see :func:`._gc.gc_paused`).

    Raises:
        IntegrityError: duplicate ids, unknown references, or claims whose subject or value
            is not of a kind their predicate takes, whose amount is in a unit of another
            kind than it takes (:attr:`Predicate.unit`) or that give a qualifier it does not
            take (:attr:`Predicate.qualifiers`).
    """
    with gc_paused():
        problems: list[str] = []
        entities, source_ids = _index_records(sections, sources, texts, problems)
        by_subject: defaultdict[str, list[Claim]] = defaultdict(list)
        by_source: defaultdict[str, list[Claim]] = defaultdict(list)
        by_predicate: defaultdict[str, list[Claim]] = defaultdict(list)
        by_object: defaultdict[str, list[Claim]] = defaultdict(list)
        claim_ids: set[str] = set()
        claims_again: list[tuple[int, str]] = []
        # One pass over the claims builds every index and checks every claim: at a million
        # claims, each extra pass or generator per claim costs a visible share of the load time.
        for position, claim in enumerate(claims):
            subject, source, value, predicate = (
                claim.subject,
                claim.source,
                claim.value,
                claim.predicate,
            )
            character = claim.qualifiers.character
            object_id = value.id if type(value) is EntityRef else None
            subject_entity = entities.get(subject)
            target = value if object_id is None else entities.get(object_id)
            if (
                claim.id in claim_ids
                or subject_entity is None
                or source not in source_ids
                or target is None
                or target is subject_entity
                or type(subject_entity) not in predicate.subject_types
                or type(target) not in predicate.value_types
                or (character is not None and type(entities.get(character)) is not Character)
                or (
                    type(value) is Quantity
                    and (value.amount.is_signed() or _unit_not_taken(value, predicate))
                )
                or (
                    claim.qualifiers is not NO_QUALIFIERS
                    and _gives_a_qualifier_not_taken(claim.qualifiers, predicate)
                )
            ):
                if claim.id in claim_ids:
                    claims_again.append((position, claim.id))
                problems.extend(_claim_problems(position, claim, entities, source_ids))
            claim_ids.add(claim.id)
            by_subject[subject].append(claim)
            by_source[source].append(claim)
            by_predicate[predicate._value_].append(claim)
            if object_id is not None:
                by_object[object_id].append(claim)
            if character is not None and character != object_id:
                by_object[character].append(claim)
        problems.extend(_duplicates("claim", "claims", claims_again))
        if problems:
            raise IntegrityError(problems)
        name_keys: dict[str, str] = {}
        return Index(
            entities=entities,
            sources=source_ids,
            films_by_name=name_index(sections["films"], WorkKind.FRANCHISE, name_keys),
            people_by_name=name_index(sections["people"], keys=name_keys),
            characters_by_name=name_index(sections["characters"], keys=name_keys),
            organizations_by_name=name_index(sections["organizations"], keys=name_keys),
            name_keys=name_keys,
            by_subject=_frozen(by_subject),
            by_source=_frozen(by_source),
            by_predicate=_frozen(by_predicate),
            by_object=_frozen(by_object),
        )


def _frozen(index: Mapping[K, list[V]]) -> dict[K, tuple[V, ...]]:
    return {key: tuple(items) for key, items in index.items()}
