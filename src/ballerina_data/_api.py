"""The public functions: queries of the shipped catalog, and JSON for single records.

Each query is the same-named :class:`Catalog` method on the shipped data
(``Catalog.default()``); the first call loads it.
"""

from __future__ import annotations

import types
import typing
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import attrs

from ._catalog import Catalog
from ._errors import InvalidDataError
from ._kinds import WorkKindName
from ._records import (
    Character,
    Claim,
    Entity,
    EntityRef,
    Film,
    Organization,
    Person,
    Predicate,
    Source,
    Value,
    WorkKind,
)

if TYPE_CHECKING:
    from attrs import AttrsInstance

    from ._credit import Credit
    from ._relations import Relation
    from ._results import Disagreement, Fact, Profile
    from ._search import Match
    from ._timeline import TimelineEntry
    from ._verify import Problem

T = TypeVar("T")

__all__ = [
    "about",
    "cast",
    "character",
    "characters_named",
    "claims_about",
    "claims_from",
    "claims_with",
    "crew",
    "disagreements",
    "entity",
    "facts",
    "film",
    "filmography",
    "films_titled",
    "from_json",
    "lookup",
    "organization",
    "organizations_named",
    "people_named",
    "person",
    "search",
    "source",
    "source_text",
    "timeline",
    "to_json",
    "verify",
]


def films_titled(title: str, *, year: int | None = None) -> tuple[Film, ...]:
    """Films and series whose title or any alias matches ``title``, ordered by year, then title.

    Case, accents, punctuation, dashes and spacing do not matter; the whole title must match.

    >>> [film.id for film in films_titled("Ballerina")]
    ['film/ballerina-2023', 'film/ballerina-2024']
    >>> [film.id for film in films_titled("john wick ballerina")]
    ['film/ballerina-2024']
    >>> [film.id for film in films_titled("Ballerina", year=2023)]
    ['film/ballerina-2023']
    >>> films_titled("Swan Lake")
    ()

    Raises:
        InvalidQueryError: ``title`` has no letters or digits, or over 1,000 characters.
    """
    return Catalog.default().films_titled(title, year=year)


def film(film_id: Film | EntityRef | str) -> Film:
    """The film, series or franchise with this id.

    >>> film("film/ballerina-2024").title
    'Ballerina'
    >>> film("Ballerina")
    Traceback (most recent call last):
    ...
    ballerina_data.NotFoundError: no film with id 'Ballerina'; did you mean 'film/ballerina-2023' or 'film/ballerina-2024'?

    Raises:
        NotFoundError: no such film; the message suggests close ids or titles.
    """  # noqa: E501
    return Catalog.default().film(film_id)


def person(person_id: Person | EntityRef | str) -> Person:
    """The person with this id; a miss raises :exc:`NotFoundError` as :func:`film` does."""
    return Catalog.default().person(person_id)


def character(character_id: Character | EntityRef | str) -> Character:
    """The character with this id; a miss raises :exc:`NotFoundError` as :func:`film` does."""
    return Catalog.default().character(character_id)


def organization(organization_id: Organization | EntityRef | str) -> Organization:
    """The organization with this id; a miss raises :exc:`NotFoundError` as :func:`film` does."""
    return Catalog.default().organization(organization_id)


def entity(entity_id: Entity | EntityRef | str) -> Entity:
    """The film, person, character or organization with this id.

    >>> entity("org/lionsgate").name
    'Lionsgate'

    Raises:
        NotFoundError: no such entity; the message suggests close ids.
    """
    return Catalog.default().entity(entity_id)


def about(entity: Entity | EntityRef | str) -> Profile:
    """Everything the shipped catalog holds about one entity: every predicate with its
    facts, the preferred value of each single-valued one with its reason, and the credits
    merged per person; see :meth:`Catalog.about` and :class:`Profile`.

    >>> film = about("film/ballerina-2024")
    >>> film.statement("release_date").preferred[0].reason
    '2024-06-07 is the most precise value; 2024 agrees with it'
    >>> [(c.person, [p.character for p in c.characters]) for c in film.credits][-8]
    ('person/ana-de-armas', ['character/rooney'])

    Raises:
        NotFoundError: no such entity; the message suggests close ids or names.
    """
    return Catalog.default().about(entity)


# The kind says the record type, as for Catalog.lookup (whose overloads say why).
@overload
def lookup(name_or_id: str, *, kind: WorkKindName | WorkKind, year: int | None = None) -> Film: ...
@overload
def lookup(name_or_id: str, *, kind: Literal["person"]) -> Person: ...
@overload
def lookup(name_or_id: str, *, kind: Literal["character"]) -> Character: ...
@overload
def lookup(name_or_id: str, *, kind: Literal["organization"]) -> Organization: ...
@overload
def lookup(
    name_or_id: str, *, kind: str | WorkKind | None = None, year: int | None = None
) -> Entity: ...
def lookup(
    name_or_id: str, *, kind: str | WorkKind | None = None, year: int | None = None
) -> Entity:
    """The one entity of any kind whose id, name or alias matches, as pycountry's
    ``lookup`` does; :func:`entity` is the getter by exact id. ``kind`` narrows it, and,
    given as a literal, tells the type checker the record type returned (``kind="person"``
    gives a :class:`Person`, a work kind a :class:`Film`); see :meth:`Catalog.lookup`.

    >>> lookup("jardani jovonovich").id
    'character/john-wick'
    >>> lookup("Ballerina", year=2023).id
    'film/ballerina-2023'
    >>> lookup("Rooney", kind="person")
    Traceback (most recent call last):
    ...
    ballerina_data.NotFoundError: no person named 'Rooney'; 'Rooney' is a character: character/rooney
    >>> lookup("John Wick")
    Traceback (most recent call last):
    ...
    ballerina_data.AmbiguousNameError: 'John Wick' names 3 entities: film (2014) film/john-wick, franchise franchise/john-wick, character character/john-wick; kind= (character, film, franchise) narrows them, or give the id

    Raises:
        NotFoundError: nothing matches; the message suggests close names of any kind.
        AmbiguousNameError: several match; the message says what narrows them.
        InvalidQueryError: ``name_or_id`` has no letters or digits or over 1,000
            characters, or ``kind`` is unknown.
    """  # noqa: E501
    return Catalog.default().lookup(name_or_id, kind=kind, year=year)


def source(source_id: str | Source) -> Source:
    """The source document with this id (the seed file's name without ``.txt``).

    >>> source("000_352b652a736a487c").author
    'Jonas Reichel'

    Raises:
        NotFoundError: no such source.
    """
    return Catalog.default().source(source_id)


def source_text(source: str | Source) -> str:
    """The full text of a shipped source document.

    >>> source_text("004_b4ce8e805ad99088")[:26]
    'Upcoming Netflix film Ball'

    Raises:
        NotFoundError: no such source.
    """
    return Catalog.default().text(source)


def people_named(name: str) -> tuple[Person, ...]:
    """People whose name or a spelling variant of it matches ``name``, as :func:`lookup` folds
    case, accents and punctuation.

    >>> [p.id for p in people_named("Jun Jong-seo")]
    ['person/jeon-jong-seo']

    Raises:
        InvalidQueryError: ``name`` has no letters or digits, or over 1,000 characters.
    """
    return Catalog.default().people_named(name)


def characters_named(name: str) -> tuple[Character, ...]:
    """Characters whose name or an alias matches ``name``; see :func:`people_named`."""
    return Catalog.default().characters_named(name)


def organizations_named(name: str) -> tuple[Organization, ...]:
    """Organizations whose name or an alias matches ``name``; see :func:`people_named`."""
    return Catalog.default().organizations_named(name)


def claims_about(
    entity: Entity | EntityRef | str, predicate: Predicate | str | None = None
) -> tuple[Claim, ...]:
    """Claims about an entity: as subject first, then as value or character played.

    >>> claims = claims_about("film/ballerina-2024", Predicate.DIRECTOR)
    >>> sorted({claim.value.id for claim in claims})
    ['person/len-wiseman']

    Raises:
        NotFoundError: no such entity.
    """
    return Catalog.default().claims_about(entity, predicate)


def claims_from(source: Source | str) -> tuple[Claim, ...]:
    """Every claim one source makes.

    >>> claims_from("004_b4ce8e805ad99088")[0].subject
    'film/ballerina-2023'

    Raises:
        NotFoundError: no such source.
    """
    return Catalog.default().claims_from(source)


def claims_with(predicate: Predicate | str) -> tuple[Claim, ...]:
    """Every claim with this predicate, given as member, value, name or Wikidata id.

    >>> len(claims_with("P57")) == len(claims_with(Predicate.DIRECTOR)) > 0
    True

    Raises:
        InvalidQueryError: no such predicate; the message suggests one.
    """
    return Catalog.default().claims_with(predicate)


def facts(entity: Entity | EntityRef | str, predicate: Predicate | str) -> tuple[Fact, ...]:
    """The entity's values for a predicate, each with the sources that give it.

    >>> for fact in facts("film/ballerina-2024", Predicate.RELEASE_DATE):
    ...     print(fact.value.date, "from", len(fact.backing_sources), "sources")
    2024 from 3 sources
    2024-06-07 from 3 sources

    Raises:
        NotFoundError: no such entity.
    """
    return Catalog.default().facts(entity, predicate)


def disagreements(
    entity: Entity | EntityRef | str | None = None, *, relation: Relation | str | None = "conflict"
) -> tuple[Disagreement, ...]:
    """Where sources give values for one entity and predicate that conflict, or (by asking
    with ``relation``) overlap only in part, refine one another or agree; see
    :meth:`Catalog.disagreements`.

    >>> disagreements("person/lance-reddick")
    ()
    >>> for d in disagreements("person/lance-reddick", relation="refinement"):
    ...     print(d.predicate.value, d.relation.value, [str(f.value.date) for f in d.facts])
    date_of_death refinement ['2023-21', '2023-03']

    Raises:
        NotFoundError: ``entity`` is given and unknown.
        InvalidQueryError: ``relation`` is not one an entry can have.
    """
    return Catalog.default().disagreements(entity, relation=relation)


def cast(film: Film | EntityRef | str) -> tuple[Credit, ...]:
    """The film's cast, one credit per person and character played, with every claim behind
    it; see :meth:`Catalog.cast`.

    >>> for credit in cast("film/ballerina-2023"):
    ...     print(credit.person.name, "as", credit.character.name, len(credit.claims))
    Jeon Jong-seo as Jang Ok-ju 2
    Ji-hun Kim as Choi 2
    Park Yu-rim as Min-hee 1

    A sentence that names no character ("Ballerina is Kim's only acting role") counts for
    each character the person is named as (``character_claims`` are the claims that name
    it); a person no source names a character for has one credit, ``character`` ``None``.

    Raises:
        NotFoundError: no such film.
    """
    return Catalog.default().cast(film)


def crew(film: Film | EntityRef | str, role: Predicate | str | None = None) -> tuple[Credit, ...]:
    """The film's directors, screenwriters and producers, or those of one ``role``.

    >>> [credit.person.name for credit in crew("film/ballerina-2023", Predicate.DIRECTOR)]
    ['Chung-Hyun Lee']

    Raises:
        NotFoundError: no such film.
        InvalidQueryError: ``role`` is not a crew role.
    """
    return Catalog.default().crew(film, role)


def filmography(person: Person | EntityRef | str) -> tuple[Credit, ...]:
    """The person's credits and known-for works, ordered by year, then title.

    >>> [(c.film.title, c.role.value) for c in filmography("person/chung-hyun-lee")][:2]
    [('Ballerina', 'director'), ('Ballerina', 'screenwriter')]

    Raises:
        NotFoundError: no such person.
    """
    return Catalog.default().filmography(person)


def search(query: str, *, kind: str | WorkKind | None = None, limit: int = 10) -> tuple[Match, ...]:
    """Entities whose title, name or alias is close to ``query``, best first.

    >>> [(m.entity.id, m.name) for m in search("Keanu Reves")]
    [('person/keanu-reeves', 'Keanu Reeves')]
    >>> [m.entity.id for m in search("ballerina 2024", kind="film")][:2]
    ['film/ballerina-2024', 'film/ballerina-2023']

    Raises:
        TypeError: ``query`` is not a string.
        InvalidQueryError: ``query`` has no letters or digits, an unknown ``kind``, or a
            ``limit`` below 1.
    """
    return Catalog.default().search(query, kind=kind, limit=limit)


def timeline(
    entity: Entity | EntityRef | str, predicate: Predicate | str | None = None
) -> tuple[TimelineEntry, ...]:
    """The claims about an entity, source by source, in the order the sources were published.

    Each entry holds one source's claims and, in ``new``, those that no earlier source made.
    Sources are ordered by the earliest day their date could mean, so a source dated only
    "2023" comes before one dated "2023-08-04"; undated sources come last. Where another
    source's date can mean a day this one's can, which came first is not known, and the
    entry's ``uncertain_order`` says so.

    A date that holds one said before says nothing new: spring 2023, after March 2023.

    >>> for entry in timeline("person/lance-reddick", "date_of_death"):
    ...     print(entry.published, [str(c.value.date) for c in entry.claims], len(entry.new))
    2023-03/2024-06-07 ['2023-03'] 1
    2023-08-04 ['2023-21'] 0

    Raises:
        NotFoundError: no such entity.
        InvalidQueryError: no such predicate.
    """
    return Catalog.default().timeline(entity, predicate)


def verify() -> tuple[Problem, ...]:
    """Check the shipped catalog against its source texts; ``()`` means all is well.

    >>> verify()
    ()
    """
    return Catalog.default().verify()


def _record_types() -> tuple[type, ...]:
    """The record types (every attrs class the records' module exports), with the query
    results that read back: credits, profiles and their parts, facts, disagreements,
    timeline entries and search matches (loaded here, not with the package)."""
    from . import _credit, _records, _results, _search, _timeline

    records = (getattr(_records, name) for name in _records.__all__)
    return (
        *(cls for cls in records if isinstance(cls, type) and attrs.has(cls)),
        _credit.Credit,
        _search.Match,
        _timeline.TimelineEntry,
        _results.Disagreement,
        _results.Fact,
        _results.MergedCredit,
        _results.Portrayal,
        _results.Preferred,
        _results.Profile,
        _results.Statement,
    )


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialize a record, a tuple of records, or a whole :class:`Catalog` to JSON text.

    A catalog is written in the versioned catalog format that :meth:`Catalog.from_json`
    reads, as by :meth:`Catalog.to_json`.

    A claim value is written with its ``type`` tag, as in a claim, so that it reads back as
    a :data:`Value` or as its own class:

    >>> from ballerina_data import PartialDate, Quantity, Text
    >>> to_json(Text(text="revenge flick"))
    '{"type": "text", "text": "revenge flick"}'
    >>> to_json(PartialDate(year=2023, month=10, day=6))
    '"2023-10-06"'

    Raises:
        TypeError: ``obj`` is not a record, a tuple of records or a catalog, or ``indent``
            is neither an int nor None.
        InvalidQueryError: ``indent`` is below 0 or over 8.
    """
    if isinstance(obj, Catalog):
        return obj.to_json(indent=indent)
    items = obj if type(obj) is tuple else (obj,)
    supported = _record_types()
    for item in items:
        if type(item) not in supported:
            msg = (
                f"to_json takes a record, a tuple of records or a Catalog,"
                f" not {type(item).__name__}"
            )
            raise TypeError(msg)
    from ._codec import dumps
    from ._convert import VALUE_TAGS, converter

    def data(item: Any) -> Any:
        return converter.unstructure(item, Value if type(item) in VALUE_TAGS else type(item))

    return dumps([data(item) for item in obj] if type(obj) is tuple else data(obj), indent=indent)


def _supported(cls: Any, supported: tuple[type, ...]) -> bool:
    if cls in supported or cls is Catalog or cls == Value:
        return True
    args = typing.get_args(cls)
    return (
        typing.get_origin(cls) is tuple
        and len(args) == 2
        and args[1] is Ellipsis
        and (args[0] in supported or args[0] == Value)
    )


# Records are attrs classes: the bound lets the type checker refuse from_json("1", int).
R = TypeVar("R", bound="AttrsInstance")


@typing.overload
def from_json(text: str | bytes, cls: type[R]) -> R: ...
@typing.overload
def from_json(text: str | bytes, cls: type[tuple[R, ...]]) -> tuple[R, ...]: ...
@typing.overload
def from_json(text: str | bytes, cls: types.UnionType) -> Value: ...
def from_json(text: str | bytes, cls: Any) -> Any:
    """Build a record of type ``cls`` (or ``tuple[cls, ...]``, or a :class:`Catalog`) from
    JSON text.

    >>> from_json('{"amount": "400000000", "unit": "USD", "bound": "at_least"}', Quantity)
    Quantity(amount=Decimal('400000000'), unit='USD', bound=<Bound.AT_LEAST: 'at_least'>)

    Raises:
        InvalidDataError: the text is not JSON, or not a valid ``cls``; the message names the
            path of each bad field, e.g. ``expected an integer, got str '3' @ $.evidence.start``.
        TypeError: ``cls`` is not a record type, or ``text`` is not ``str`` or ``bytes``
            (the arguments are text first, then type).
    """
    supported = _record_types()
    names = ", ".join(sorted(t.__name__ for t in supported))
    builds = f"{names}, Value, a tuple[T, ...] of one of those, or a Catalog"
    if not isinstance(text, str | bytes):
        msg = (
            f"from_json(text, cls) takes JSON text as str or bytes first, not {type(text).__name__}"
        )
        if isinstance(cls, str | bytes):
            msg += f": the arguments are swapped; cls comes second and is one of {builds}"
        raise TypeError(msg)
    if not _supported(cls, supported):
        msg = f"from_json cannot build {cls!r}; it builds {builds}"
        raise TypeError(msg)
    if cls is Catalog:
        return Catalog.from_json(text)
    from ._convert import VALUE_TAGS, loads, structure

    data = loads(text)
    many = typing.get_origin(cls) is tuple
    value_class = typing.get_args(cls)[0] if many else cls
    if value_class in VALUE_TAGS:
        # The class says which value it is, so the tag may be left out; a tag of another
        # class is refused.
        tag = VALUE_TAGS[value_class]

        def tagged(item: Any, where: str) -> Any:
            # A new dict: the parser shares one dict among every empty object it reads.
            if not isinstance(item, dict):
                return item
            got = item.get("type", tag)
            if got != tag:
                msg = f"expected 'type' {tag!r} for {value_class.__name__}, got {got!r} @ {where}"
                raise InvalidDataError(msg)
            return {"type": tag, **item}

        if not many:
            data = tagged(data, "$")
        elif isinstance(data, list):
            data = [tagged(item, f"$[{n}]") for n, item in enumerate(data)]
        value_type: Any = tuple[Value, ...] if many else Value
        return structure(data, value_type)
    return structure(data, cls)
