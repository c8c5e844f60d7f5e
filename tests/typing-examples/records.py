"""Code that mypy --strict must accept, and code it must reject with the error in its comment.

tests/test_strict.py runs mypy on this file and compares the errors it reports with the
``# E: ...`` comments, line by line. Each record type is built once with every required field
and then once without each of them in turn; ``assert_type`` lines pin the types that queries
return. pytest does not import this file and the main mypy run does not check it (see
tests/conftest.py and [tool.mypy] in pyproject.toml).
"""

from decimal import Decimal
from pathlib import Path
from typing import assert_type

from ballerina_data import (
    Alias,
    Catalog,
    Character,
    Claim,
    DateValue,
    Entity,
    EntityRef,
    Evidence,
    Film,
    Medium,
    Organization,
    PartialDate,
    Person,
    Predicate,
    Qualifiers,
    Quantity,
    Source,
    Statement,
    Text,
    Value,
    WorkKind,
    __version__,
    about,
    export,
    from_json,
    lookup,
)

SHA = "0" * 64
EV = Evidence(quote="Len Wiseman", start=10, end=21)
REF = EntityRef(id="person/len-wiseman")
FILM = "film/ballerina-2024"
SOURCE = "000_352b652a736a487c"
DIRECTOR = Predicate.DIRECTOR
SPELLINGS = ["Wiseman"]

# Every record type with every required field type-checks.
PartialDate(year=2024)
Quantity(amount=Decimal(400), unit="USD")
EntityRef(id="person/len-wiseman")
Text(text="revenge flick")
DateValue(date=PartialDate(year=2024))
Qualifiers()
Evidence(quote="Len Wiseman", start=10, end=21)
Claim(id="000-001", subject=FILM, predicate=DIRECTOR, value=REF, source=SOURCE, evidence=EV)
Source(id=SOURCE, sha256=SHA)
Alias(name="John Wick: Ballerina")
Film(id=FILM, kind=WorkKind.FILM, title="Ballerina")
Person(id="person/len-wiseman", name="Len Wiseman")
Character(id="character/rooney", name="Rooney")
Organization(id="org/lionsgate", name="Lionsgate")

# A missing required field is an error, for each required field of each record type.
PartialDate()  # E: Missing named argument "year" for "PartialDate"  [call-arg]
Quantity(unit="USD")  # E: Missing named argument "amount" for "Quantity"  [call-arg]
Quantity(amount=Decimal(400))  # E: Missing named argument "unit" for "Quantity"  [call-arg]
EntityRef()  # E: Missing named argument "id" for "EntityRef"  [call-arg]
Text()  # E: Missing named argument "text" for "Text"  [call-arg]
DateValue()  # E: Missing named argument "date" for "DateValue"  [call-arg]
Evidence(start=10, end=21)  # E: Missing named argument "quote" for "Evidence"  [call-arg]
Evidence(quote="Len", end=21)  # E: Missing named argument "start" for "Evidence"  [call-arg]
Evidence(quote="Len", start=10)  # E: Missing named argument "end" for "Evidence"  [call-arg]
Claim(  # E: Missing named argument "id" for "Claim"  [call-arg]
    subject=FILM, predicate=DIRECTOR, value=REF, source=SOURCE, evidence=EV
)
Claim(  # E: Missing named argument "subject" for "Claim"  [call-arg]
    id="000-001", predicate=DIRECTOR, value=REF, source=SOURCE, evidence=EV
)
Claim(  # E: Missing named argument "predicate" for "Claim"  [call-arg]
    id="000-001", subject=FILM, value=REF, source=SOURCE, evidence=EV
)
Claim(  # E: Missing named argument "value" for "Claim"  [call-arg]
    id="000-001", subject=FILM, predicate=DIRECTOR, source=SOURCE, evidence=EV
)
Claim(  # E: Missing named argument "source" for "Claim"  [call-arg]
    id="000-001", subject=FILM, predicate=DIRECTOR, value=REF, evidence=EV
)
Claim(  # E: Missing named argument "evidence" for "Claim"  [call-arg]
    id="000-001", subject=FILM, predicate=DIRECTOR, value=REF, source=SOURCE
)
Source(sha256=SHA)  # E: Missing named argument "id" for "Source"  [call-arg]
Source(id=SOURCE)  # E: Missing named argument "sha256" for "Source"  [call-arg]
Alias()  # E: Missing named argument "name" for "Alias"  [call-arg]
Film(kind=WorkKind.FILM, title="Ballerina")  # E: Missing named argument "id" for "Film"  [call-arg]
Film(id=FILM, title="Ballerina")  # E: Missing named argument "kind" for "Film"  [call-arg]
Film(id=FILM, kind=WorkKind.FILM)  # E: Missing named argument "title" for "Film"  [call-arg]
Person(name="Len Wiseman")  # E: Missing named argument "id" for "Person"  [call-arg]
Person(id="person/len-wiseman")  # E: Missing named argument "name" for "Person"  [call-arg]
Character(name="Rooney")  # E: Missing named argument "id" for "Character"  [call-arg]
Character(id="character/rooney")  # E: Missing named argument "name" for "Character"  [call-arg]
Organization(name="Lionsgate")  # E: Missing named argument "id" for "Organization"  [call-arg]
Organization(id="org/lionsgate")  # E: Missing named argument "name" for "Organization"  [call-arg]

# The constructor calls issue 11 names are type errors too, before they fail at run time.
Claim(
    id="000-001",
    subject=FILM,
    predicate="director",  # E: Argument "predicate" to "Claim" has incompatible type "str"; expected "Predicate"  [arg-type]
    value=REF,
    source=SOURCE,
    evidence=EV,
)
Claim(
    id="000-001",
    subject=FILM,
    predicate=DIRECTOR,
    value="2025-06-06",  # E: Argument "value" to "Claim" has incompatible type "str"; expected "EntityRef | Text | DateValue | Quantity"  [arg-type]
    source=SOURCE,
    evidence=EV,
)
Film(
    id=FILM,
    kind=WorkKind.FILM,
    title="Ballerina",
    year="2024",  # E: Argument "year" to "Film" has incompatible type "str"; expected "int | None"  [arg-type]
)
Qualifiers(
    medium="cinema",  # E: Argument "medium" to "Qualifiers" has incompatible type "str"; expected "Medium | None"  [arg-type]
)
Qualifiers(medium=Medium.THEATRICAL)
Person(
    id="person/len-wiseman",
    name="Len Wiseman",
    aliases=SPELLINGS,  # E: Argument "aliases" to "Person" has incompatible type "list[str]"; expected "tuple[str, ...]"  [arg-type]
)

# Reading JSON: a claim value of any class, and a tuple of them.
one: Value = from_json('{"type": "text", "text": "x"}', Value)
many: tuple[Value, ...] = from_json("[]", tuple[Value, ...])
text: Text = from_json('{"text": "x"}', Text)
wrong: Text = from_json(  # E: Incompatible types in assignment (expression has type "EntityRef | Text | DateValue | Quantity", variable has type "Text")  [assignment]
    '{"text": "x"}',
    Value,
)
from_json("1", int)  # E: Value of type variable "R" of "from_json" cannot be "int"  [type-var]
ints = tuple[int, ...]
from_json(  # E: Value of type variable "R" of "from_json" cannot be "tuple[int, ...]"  [type-var]
    "[]",
    ints,
)
claims: tuple[Claim, ...] = from_json("[]", tuple[Claim, ...])
whole: Catalog = from_json("{}", Catalog)

# A predicate's value is a string.
value: str = Predicate.DIRECTOR.value
number: int = Predicate.DIRECTOR.value  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]

# A catalog takes any iterable of records, as it does at run time, and only records.
Catalog(films=[Film(id=FILM, kind=WorkKind.FILM, title="Ballerina")], people=iter(()))
PEOPLE = [Person(id="person/x", name="X")]
Catalog(
    films=PEOPLE,  # E: Argument "films" to "Catalog" has incompatible type "list[Person]"; expected "Iterable[Film]"  [arg-type]
)
export.to_sqlite(Catalog(), Path("ballerina.db"))
version: str = __version__

# lookup's kind, given as a literal, says the record type; any other str gives an Entity.
assert_type(lookup("Ballerina", kind="film"), Film)
assert_type(lookup("Ballerina", kind="tv_series"), Film)
assert_type(lookup("Ballerina", kind=WorkKind.FRANCHISE), Film)
assert_type(lookup("Len Wiseman", kind="person"), Person)
assert_type(lookup("Rooney", kind="character"), Character)
assert_type(lookup("Lionsgate", kind="organization"), Organization)
assert_type(Catalog().lookup("Len Wiseman", kind="person"), Person)
# Only works have a year: with another kind, a year finds nothing, and the type checker
# takes the call for any entity's.
assert_type(lookup("Ballerina", kind="film", year=2024), Film)
assert_type(lookup("Len Wiseman", kind="person", year=None), Entity)
assert_type(lookup("Ballerina"), Entity)
KIND: str = "film"
assert_type(lookup("Ballerina", kind=KIND), Entity)
wiseman: Person = lookup("Len Wiseman", kind="person")
guessed: Person = lookup(  # E: Incompatible types in assignment (expression has type "Film | Person | Character | Organization", variable has type "Person")  [assignment]
    "Len Wiseman",
)

# A profile has no statement of a predicate no source states: the result may be None.
DURATION = about(FILM).statement("duration")
assert_type(DURATION, Statement | None)
DURATION.facts  # noqa: B018  # E: Item "None" of "Statement | None" has no attribute "facts"  [union-attr]

# A predicate's subject types are entity classes: each builds an entity.
subject_kinds: tuple[type[Film | Person | Character | Organization], ...] = DIRECTOR.subject_types


def of_text(kinds: tuple[type[Text], ...]) -> None: ...


of_text(
    subject_kinds,  # E: Argument 1 to "of_text" has incompatible type "tuple[type[Film] | type[Person] | type[Character] | type[Organization], ...]"; expected "tuple[type[Text], ...]"  [arg-type]
)
