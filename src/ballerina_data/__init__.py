"""Typed, sourced facts about the films titled *Ballerina*.

Importing the package loads no data: the shipped catalog is read on the first query.
"""

from typing import TYPE_CHECKING, Any

from . import export
from ._api import (
    about,
    cast,
    character,
    characters_named,
    claims_about,
    claims_from,
    claims_with,
    crew,
    disagreements,
    entity,
    facts,
    film,
    filmography,
    films_titled,
    from_json,
    lookup,
    organization,
    organizations_named,
    people_named,
    person,
    search,
    source,
    source_text,
    timeline,
    to_json,
    verify,
)
from ._catalog import Catalog
from ._errors import (
    AmbiguousNameError,
    BallerinaDataError,
    IntegrityError,
    InvalidDataError,
    InvalidQueryError,
    MissingDependencyError,
    NotFoundError,
    WriteError,
)
from ._format import FORMAT_VERSION, MAX_FILE_SIZE
from ._records import (
    CREW_ROLES,
    Alias,
    Bound,
    Character,
    Claim,
    DateInterval,
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
from ._units import UnitKind

if TYPE_CHECKING:
    from . import curate
    from ._credit import Credit
    from ._relations import Relation, relate
    from ._results import (
        Disagreement,
        Fact,
        MergedCredit,
        Portrayal,
        PreferenceRule,
        Preferred,
        Profile,
        Statement,
    )
    from ._search import Match
    from ._timeline import TimelineEntry
    from ._verify import Problem

    __version__: str

__all__ = [
    "CREW_ROLES",
    "FORMAT_VERSION",
    "MAX_FILE_SIZE",
    "Alias",
    "AmbiguousNameError",
    "BallerinaDataError",
    "Bound",
    "Catalog",
    "Character",
    "Claim",
    "Credit",
    "DateInterval",
    "DateValue",
    "Disagreement",
    "Entity",
    "EntityRef",
    "Evidence",
    "Fact",
    "Film",
    "IntegrityError",
    "InvalidDataError",
    "InvalidQueryError",
    "Match",
    "Medium",
    "MergedCredit",
    "MissingDependencyError",
    "NotFoundError",
    "Organization",
    "PartialDate",
    "Person",
    "Portrayal",
    "Predicate",
    "PreferenceRule",
    "Preferred",
    "Problem",
    "Profile",
    "Qualifiers",
    "Quantity",
    "Relation",
    "Season",
    "Source",
    "Statement",
    "Status",
    "Text",
    "TimelineEntry",
    "TitleKind",
    "UnitKind",
    "Value",
    "WorkKind",
    "WriteError",
    "__version__",
    "about",
    "cast",
    "character",
    "characters_named",
    "claims_about",
    "claims_from",
    "claims_with",
    "crew",
    "curate",
    "disagreements",
    "entity",
    "export",
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
    "relate",
    "search",
    "source",
    "source_text",
    "timeline",
    "to_json",
    "verify",
]

# Reprs, tracebacks and pickles name the public home of each class, not its private module.
for _name in __all__:
    _obj = globals().get(_name)
    if isinstance(_obj, type) or callable(_obj):
        _obj.__module__ = __name__
del _name, _obj


# Loaded only when someone asks, so that `import ballerina_data` and the first query stay
# light: name -> module that defines it.
_LAZY = {
    "Credit": "_credit",
    "Disagreement": "_results",
    "Fact": "_results",
    "MergedCredit": "_results",
    "Portrayal": "_results",
    "PreferenceRule": "_results",
    "Preferred": "_results",
    "Profile": "_results",
    "Relation": "_relations",
    "Statement": "_results",
    "relate": "_relations",
    "Match": "_search",
    "Problem": "_verify",
    "TimelineEntry": "_timeline",
}


def __getattr__(name: str) -> Any:
    # The curation module and the version are loaded only when someone asks, so that
    # `import ballerina_data` stays light.
    if name in _LAZY:
        import importlib

        found = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        found.__module__ = __name__
        return found
    if name == "curate":
        import importlib

        return importlib.import_module(f"{__name__}.curate")
    if name == "__version__":
        from importlib.metadata import version

        return version("ballerina-data")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
