"""Module-level query helpers bound to the shipped catalog (``Catalog.default()``).

Each is the same-named :class:`Catalog` method on the shipped data; the first call loads it.
"""

from __future__ import annotations

from ._catalog import Catalog, Credit, Disagreement, Fact, Problem
from ._records import Character, Claim, Entity, Film, Person, Predicate, Source

__all__ = [
    "cast",
    "character",
    "characters_named",
    "claims_about",
    "claims_from",
    "crew",
    "disagreements",
    "entity",
    "facts",
    "film",
    "filmography",
    "films_titled",
    "people_named",
    "person",
    "source",
    "source_text",
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
        ValueError: ``title`` is empty.
    """
    return Catalog.default().films_titled(title, year=year)


def film(film_id: Film | str) -> Film:
    """The film, series or franchise with this id.

    >>> film("film/ballerina-2024").title
    'Ballerina'
    >>> film("Ballerina")
    Traceback (most recent call last):
    ...
    ballerina_data._errors.NotFoundError: no film with id 'Ballerina'; did you mean 'film/ballerina-2023' or 'film/ballerina-2024'?

    Raises:
        NotFoundError: no such film; the message suggests close ids or titles.
    """  # noqa: E501
    return Catalog.default().film(film_id)


def person(person_id: Person | str) -> Person:
    """The person with this id.

    >>> person("person/len-wiseman").name
    'Len Wiseman'

    Raises:
        NotFoundError: no such person; the message suggests close ids or names.
    """
    return Catalog.default().person(person_id)


def character(character_id: Character | str) -> Character:
    """The character with this id.

    >>> character("character/john-wick").aliases
    ('Jardani Jovonovich', 'Wick')

    Raises:
        NotFoundError: no such character; the message suggests close ids or names.
    """
    return Catalog.default().character(character_id)


def entity(entity_id: Entity | str) -> Entity:
    """The film, person, character or organization with this id.

    >>> entity("org/lionsgate").name
    'Lionsgate'

    Raises:
        NotFoundError: no such entity; the message suggests close ids.
    """
    return Catalog.default().entity(entity_id)


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
    """People whose name or a spelling variant of it matches ``name``.

    >>> [p.id for p in people_named("Jun Jong-seo")]
    ['person/jeon-jong-seo']

    Raises:
        ValueError: ``name`` is empty.
    """
    return Catalog.default().people_named(name)


def characters_named(name: str) -> tuple[Character, ...]:
    """Characters whose name or an alias matches ``name``.

    >>> [c.name for c in characters_named("Jardani Jovonovich")]
    ['John Wick']

    Raises:
        ValueError: ``name`` is empty.
    """
    return Catalog.default().characters_named(name)


def claims_about(
    entity: Entity | str, predicate: Predicate | str | None = None
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


def facts(entity: Entity | str, predicate: Predicate | str) -> tuple[Fact, ...]:
    """The entity's values for a predicate, each with the sources that give it.

    >>> for fact in facts("film/ballerina-2024", Predicate.RELEASE_DATE):
    ...     print(fact.value.date, "from", len(fact.sources), "sources")
    2024 from 3 sources
    2024-06-07 from 3 sources

    Raises:
        NotFoundError: no such entity.
    """
    return Catalog.default().facts(entity, predicate)


def disagreements(entity: Entity | str | None = None) -> tuple[Disagreement, ...]:
    """Where sources state different values for one entity and predicate.

    >>> for d in disagreements("person/lance-reddick"):
    ...     print(d.predicate.value, [str(f.value.date) for f in d.facts])
    date_of_death ['2023-21', '2023-03']

    Raises:
        NotFoundError: ``entity`` is given and unknown.
    """
    return Catalog.default().disagreements(entity)


def cast(film: Film | str) -> tuple[Credit, ...]:
    """The film's cast with the characters played and the claims behind each credit.

    >>> for credit in cast("film/ballerina-2023"):
    ...     print(credit.person.name, "as", credit.character.name if credit.character else "?")
    Jeon Jong-seo as Jang Ok-ju
    Ji-hun Kim as Choi
    Park Yu-rim as Min-hee

    Raises:
        NotFoundError: no such film.
    """
    return Catalog.default().cast(film)


def crew(film: Film | str, role: Predicate | str | None = None) -> tuple[Credit, ...]:
    """The film's directors, screenwriters and producers, or those of one ``role``.

    >>> [credit.person.name for credit in crew("film/ballerina-2023", Predicate.DIRECTOR)]
    ['Chung-Hyun Lee']

    Raises:
        NotFoundError: no such film.
        ValueError: ``role`` is not a crew role.
    """
    return Catalog.default().crew(film, role)


def filmography(person: Person | str) -> tuple[Credit, ...]:
    """The person's credits and known-for works, ordered by year, then title.

    >>> [(c.film.title, c.role.value) for c in filmography("person/chung-hyun-lee")][:2]
    [('Ballerina', 'director'), ('Ballerina', 'screenwriter')]

    Raises:
        NotFoundError: no such person.
    """
    return Catalog.default().filmography(person)


def verify() -> tuple[Problem, ...]:
    """Check the shipped catalog against its source texts; ``()`` means all is well.

    >>> verify()
    ()
    """
    return Catalog.default().verify()
