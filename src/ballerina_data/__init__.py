"""Typed, sourced facts about the films titled *Ballerina*.

Importing the package loads no data: the shipped catalog is read on the first query.
"""

from ._errors import BallerinaDataError, IntegrityError, InvalidDataError, NotFoundError
from ._records import (
    Alias,
    Bound,
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
    Season,
    Source,
    Status,
    Text,
    TitleKind,
    Value,
    WorkKind,
)
from ._serialize import from_json, to_json

__all__ = [
    "Alias",
    "BallerinaDataError",
    "Bound",
    "Character",
    "Claim",
    "DateValue",
    "Entity",
    "EntityRef",
    "Evidence",
    "Film",
    "IntegrityError",
    "InvalidDataError",
    "Medium",
    "NotFoundError",
    "Organization",
    "PartialDate",
    "Person",
    "Predicate",
    "Qualifiers",
    "Quantity",
    "Season",
    "Source",
    "Status",
    "Text",
    "TitleKind",
    "Value",
    "WorkKind",
    "from_json",
    "to_json",
]
