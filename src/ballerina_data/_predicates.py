"""The predicates: the relations the sources state, one row of a table each."""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING, NamedTuple

from ._errors import InvalidQueryError
from ._units import UnitKind
from ._validators import closest_name, short_repr

if TYPE_CHECKING:
    from ._entities import Entity

__all__ = ["CREW_ROLES", "QUALIFIER_FIELDS", "RECORD_TYPES", "Predicate"]

#: The record classes the table names, by name. ``_records`` defines :class:`Claim` with a
#: :class:`Predicate` field, so it imports this module, and fills this in once its classes
#: exist (the package imports ``_records`` before anything can ask).
RECORD_TYPES: dict[str, type] = {}


class _PredicateInfo(NamedTuple):
    wikidata: str | None
    description: str
    subject_types: tuple[str, ...]
    value_types: tuple[str, ...]
    schema_org: str | None
    credit: str | None
    single: bool
    scope: tuple[str, ...]
    changes: bool
    grows: bool
    unit: UnitKind | None
    qualifiers: tuple[str, ...]


#: The qualifiers every predicate takes: how firm the source puts the statement, and when
#: it held.
_EVERY_PREDICATES_QUALIFIERS = ("status", "date")
#: The :class:`Qualifiers` fields, in their order.
QUALIFIER_FIELDS = ("character", "region", "medium", "status", "date", "title_kind")


def _row(
    value: str,
    wikidata: str | None,
    description: str,
    subject_types: tuple[str, ...],
    value_types: tuple[str, ...],
    *,
    schema_org: str | None = None,
    credit: str | None = None,
    single: bool = False,
    scope: tuple[str, ...] = (),
    changes: bool = False,
    grows: bool = False,
    unit: UnitKind | None = None,
    qualifiers: tuple[str, ...] = (),
) -> tuple[str, _PredicateInfo]:
    taken = {*_EVERY_PREDICATES_QUALIFIERS, *scope, *qualifiers}
    return value, _PredicateInfo(
        wikidata,
        description,
        subject_types,
        value_types,
        schema_org,
        credit,
        single,
        scope,
        changes,
        grows,
        unit,
        tuple(name for name in QUALIFIER_FIELDS if name in taken),
    )


# Record classes by name, as RECORD_TYPES has them.
_WORK = ("Film",)
_AGENT = ("Person", "Character")
_ANY = ("Film", "Person", "Character", "Organization")
# The scope of a value that belongs to a release: each region and medium has its own, so
# that a theatrical and a streaming release do not conflict.
_PER_RELEASE = ("region", "medium")


class Predicate(enum.Enum):
    """The relations the sources state, each defined by one row of this table.

    A row gives the value (as written in JSON), the Wikidata property id, a description,
    the entity types a claim can be about, what its value can be (:class:`Text`,
    :class:`DateValue`, :class:`Quantity`, or the entity types an :class:`EntityRef` points
    to), the schema.org property the JSON-LD export states it with, and whether it credits a
    person with a part in a work (``"cast"`` or ``"crew"``).

    Its shape says how two values relate (see :class:`Relation`): whether the subject has
    one value (``single``: a release date, a running time, a death date) or may have many
    (cast, crew, works, titles), following Wikidata's single-value constraints; which
    qualifiers scope a value (``scope``: a release date is one per region and medium, so a
    theatrical and a streaming date do not conflict); and whether the value changes over
    time (``changes``: a production status is a history, never a conflict).

    It also says which qualifiers a claim may give (``qualifiers``: a character only for a
    cast member, a title kind only for a title) and, for an amount, the kind of unit it is
    in (``unit``: a duration in a unit of time, a budget in a currency code).

    ``Predicate(x)`` takes the value, the member's name or the Wikidata id:

    >>> Predicate("director") is Predicate("DIRECTOR") is Predicate("P57")
    True
    """

    _value_: str
    _info: _PredicateInfo

    DIRECTOR = _row(
        "director",
        "P57",
        "the work is directed by the person",
        _WORK,
        ("Person",),
        schema_org="director",
        credit="crew",
    )
    SCREENWRITER = _row(
        "screenwriter",
        "P58",
        "the person wrote the work's screenplay",
        _WORK,
        ("Person",),
        schema_org="author",
        credit="crew",
    )
    PRODUCER = _row(
        "producer",
        "P162",
        "the person produced the work",
        _WORK,
        ("Person",),
        schema_org="producer",
        credit="crew",
    )
    CAST_MEMBER = _row(
        "cast_member",
        "P161",
        "the person acts in the work; qualifier: character",
        _WORK,
        ("Person",),
        schema_org="actor",
        credit="cast",
        qualifiers=("character",),
    )
    PRODUCTION_COMPANY = _row(
        "production_company",
        "P272",
        "the studio or company behind the work",
        _WORK,
        ("Organization",),
        schema_org="productionCompany",
    )
    DISTRIBUTOR = _row(
        "distributor",
        "P750",
        "who distributes or streams the work",
        _WORK,
        ("Organization",),
        schema_org="publisher",
        qualifiers=_PER_RELEASE,
    )
    ORIGINAL_BROADCASTER = _row(
        "original_broadcaster",
        "P449",
        "the network or service that first airs it",
        _WORK,
        ("Organization",),
        qualifiers=_PER_RELEASE,
    )
    RELEASE_DATE = _row(
        "release_date",
        "P577",
        "when the work is or was released",
        _WORK,
        ("DateValue",),
        schema_org="datePublished",
        single=True,
        scope=_PER_RELEASE,
    )
    FILMING_LOCATION = _row(
        "filming_location",
        "P915",
        "where the work was filmed",
        _WORK,
        ("Text",),
        schema_org="locationCreated",
    )
    FILMING_DATE = _row(
        "filming_date",
        None,
        "when filming took place",
        _WORK,
        ("DateValue",),
        schema_org="dateCreated",
    )
    DURATION = _row(
        "duration",
        "P2047",
        "the work's running time",
        _WORK,
        ("Quantity",),
        schema_org="duration",
        single=True,
        scope=_PER_RELEASE,
        unit=UnitKind.TIME,
    )
    COST = _row(
        "cost",
        "P2130",
        "the work's budget",
        _WORK,
        ("Quantity",),
        single=True,
        unit=UnitKind.CURRENCY,
    )
    BOX_OFFICE = _row(
        "box_office",
        "P2142",
        "the work's box office takings",
        _WORK,
        ("Quantity",),
        single=True,
        scope=("region",),
        changes=True,
        grows=True,
        unit=UnitKind.CURRENCY,
    )
    DATE_OF_DEATH = _row(
        "date_of_death",
        "P570",
        "when the person died",
        ("Person",),
        ("DateValue",),
        schema_org="deathDate",
        single=True,
    )
    NOTABLE_WORK = _row(
        "notable_work", "P800", "a work the person is known for", ("Person",), ("Film", "Text")
    )
    DIFFERENT_FROM = _row(
        "different_from", "P1889", "not to be confused with the other entity", _ANY, _ANY
    )
    PART_OF_SERIES = _row(
        "part_of_series",
        "P179",
        "the franchise or series the work belongs to",
        _WORK,
        _WORK,
        schema_org="isPartOf",
    )
    BASED_ON = _row(
        "based_on",
        "P144",
        "what the work is based on",
        _WORK,
        ("Film", "Text"),
        schema_org="isBasedOn",
    )
    FOLLOWS = _row("follows", "P155", "the work this one comes after", _WORK, _WORK)
    FOLLOWED_BY = _row("followed_by", "P156", "the sequel or next work", _WORK, _WORK)
    TITLE = _row(
        "title",
        "P1476",
        "a title the work is given; qualifier: title kind",
        _WORK,
        ("Text",),
        schema_org="alternateName",
        qualifiers=("title_kind",),
    )
    OTHER_NAME = _row(
        "other_name",
        None,
        "another name a person or character goes by",
        _AGENT,
        ("Text",),
        schema_org="alternateName",
    )
    COUNTRY_OF_ORIGIN = _row(
        "country_of_origin",
        "P495",
        "the country the work comes from",
        _WORK,
        ("Text",),
        schema_org="countryOfOrigin",
    )
    GENRE = _row("genre", "P136", "the work's genre", _WORK, ("Text",), schema_org="genre")
    PRESENT_IN_WORK = _row(
        "present_in_work",
        "P1441",
        "the character appears in the work",
        ("Character", "Organization"),
        _WORK,
        schema_org="^character",
    )
    FIRST_APPEARANCE = _row(
        "first_appearance",
        "P4584",
        "the work the character first appeared in",
        ("Character", "Organization"),
        _WORK,
        single=True,
    )
    NARRATIVE_LOCATION = _row(
        "narrative_location",
        "P840",
        "where the story takes place",
        _WORK,
        ("Text",),
        schema_org="contentLocation",
    )
    SET_IN_PERIOD = _row(
        "set_in_period",
        "P2408",
        "when the story takes place",
        _WORK,
        ("DateValue", "Text"),
        schema_org="temporalCoverage",
    )
    CHRONOLOGY = _row(
        "chronology", None, "where the story sits in its franchise's timeline", _WORK, ("Text",)
    )
    PLOT = _row("plot", None, "what the story is about", _WORK, ("Text",), schema_org="abstract")
    PRODUCTION_STATUS = _row(
        "production_status",
        None,
        "how far the work has got: planned, greenlit, ...",
        _WORK,
        ("Text",),
        schema_org="creativeWorkStatus",
        single=True,
        scope=_PER_RELEASE,
        changes=True,
    )
    SPOUSE = _row(
        "spouse", "P26", "the character's husband or wife", _AGENT, _AGENT, schema_org="spouse"
    )
    ADOPTIVE_PARENT = _row(
        "adoptive_parent",
        None,
        "the subject's adoptive parent",
        _AGENT,
        _AGENT,
        schema_org="parent",
    )
    STUDENT_OF = _row(
        "student_of", "P1066", "who trained the subject", _AGENT, (*_AGENT, "Organization")
    )
    MEMBER_OF = _row(
        "member_of",
        "P463",
        "an organization the subject belongs to",
        _AGENT,
        ("Organization",),
        schema_org="memberOf",
    )
    DIRECTOR_MANAGER = _row(
        "director_manager",
        "P1037",
        "who heads or manages the organization",
        ("Organization",),
        _AGENT,
    )
    OWNED_BY = _row(
        "owned_by",
        "P127",
        "who owns the organization or thing",
        ("Organization", "Film"),
        (*_AGENT, "Organization"),
    )
    OCCUPATION = _row(
        "occupation",
        "P106",
        "what the subject does for a living",
        (*_AGENT, "Organization"),
        ("Text",),
        schema_org="hasOccupation",
    )
    DISTRIBUTION_FORMAT = _row(
        "distribution_format",
        "P437",
        "how the work is or is not made available: in theaters, on demand, streaming",
        _WORK,
        ("Text",),
        changes=True,
        qualifiers=_PER_RELEASE,
    )
    TRAILER = _row(
        "trailer", None, "whether the work has a trailer, and which", _WORK, ("Text",), changes=True
    )
    PROMOTIONAL_MATERIAL = _row(
        "promotional_material",
        None,
        "whether official images, artwork or other marketing material of the work are out",
        _WORK,
        ("Text",),
        changes=True,
    )
    FINAL_APPEARANCE = _row(
        "final_appearance",
        None,
        "a work the source calls the person's final appearance",
        ("Person",),
        _WORK,
    )
    ONE_OF_THE_FINAL_APPEARANCES = _row(
        "one_of_the_final_appearances",
        None,
        "a work the source calls one of the person's final appearances, not the final one",
        ("Person",),
        _WORK,
    )
    DECEASED = _row(
        "deceased",
        None,
        "the person has died, in the source's word, with no date (a date is date_of_death)",
        ("Person",),
        ("Text",),
    )

    # Typed for callers: Predicate(x) looks a member up. Enum calls it only while building
    # the members, with each row's value and info.
    def __new__(cls, value: Predicate | str, info: _PredicateInfo | None = None) -> Predicate:
        member = object.__new__(cls)
        member._value_ = str(value)
        assert info is not None
        member._info = info
        return member

    if TYPE_CHECKING:  # the members are built from rows; their value is the row's first cell

        @property
        def value(self) -> str: ...

    @classmethod
    def _missing_(cls, value: object) -> Predicate:
        if isinstance(value, str):
            found = cls.__members__.get(value) or _BY_WIKIDATA.get(value)
            if found is not None:
                return found
            spellings = [*_BY_VALUE, *cls.__members__, *_BY_WIKIDATA]
            close = closest_name(value, spellings)
            hint = f"; did you mean {_BY_SPELLING[close].value!r}?" if close else ""
            msg = f"{short_repr(value)} is not a Predicate (a value, name or Wikidata id){hint}"
            raise InvalidQueryError(msg)
        msg = (
            "expected a Predicate or its value, name or Wikidata id,"
            f" got {type(value).__name__} {short_repr(value)}"
        )
        raise TypeError(msg)

    @property
    def wikidata(self) -> str | None:
        """The Wikidata property id, or ``None`` where Wikidata has no matching property."""
        return self._info.wikidata

    @property
    def description(self) -> str:
        """What a claim with this predicate says, in a few words."""
        return self._info.description

    @property
    def subject_types(self) -> tuple[type[Entity], ...]:
        """The entity types a claim with this predicate can be about."""
        return _types(self._info.subject_types)

    @property
    def value_types(self) -> tuple[type, ...]:
        """What the value can be: :class:`Text`, :class:`DateValue`, :class:`Quantity`, or
        the entity types an :class:`EntityRef` value can point to."""
        return _types(self._info.value_types)

    @property
    def schema_org(self) -> str | None:
        """The schema.org property the JSON-LD export states the same with, or ``None``.

        A leading ``^`` turns it round: the value has the property, with the subject as
        its value (``present_in_work`` is ``^character``: the work has the subject as a
        character). The export uses it on the nodes of types in the property's domain and
        range, and an extension term of its own elsewhere (see
        :func:`ballerina_data.export.jsonld_document`).
        """
        return self._info.schema_org

    @property
    def single(self) -> bool:
        """Whether a subject has one value (a release date) rather than many (a cast).

        Two values of a single-valued predicate that cannot both hold, in one scope and not
        over time, are a conflict; different values of other predicates are all kept.
        """
        return self._info.single

    @property
    def scope(self) -> tuple[str, ...]:
        """The :class:`Qualifiers` fields that scope a value: ``("region", "medium")`` for a
        release date, which is one per region and medium. A claim that leaves one out
        speaks of any."""
        return self._info.scope

    @property
    def changes(self) -> bool:
        """Whether the value changes over time, so that different values are a history, in
        the order published, and never a conflict (a production status, box office takings).
        """
        return self._info.changes

    @property
    def grows(self) -> bool:
        """Whether the value is a total that only grows over time (box office takings): of
        its history, a value surely later than another and below it conflicts with it."""
        return self._info.grows

    @property
    def unit(self) -> UnitKind | None:
        """The kind of unit a :class:`Quantity` value is in: :attr:`UnitKind.TIME` for a
        running time, :attr:`UnitKind.CURRENCY` for a budget or takings; ``None`` where the
        value is no amount.

        >>> Predicate.DURATION.unit.takes("min"), Predicate.COST.unit.takes("US$")
        (True, False)
        """
        return self._info.unit

    @property
    def qualifiers(self) -> tuple[str, ...]:
        """The :class:`Qualifiers` fields a claim may give, in their order: every predicate
        takes a ``status`` and a ``date``; a ``character`` is a cast member's, a
        ``title_kind`` a title's, and a ``region`` and ``medium`` a release's (those of
        :attr:`scope`, and a distributor's, a broadcaster's or a distribution format's).

        >>> Predicate.CAST_MEMBER.qualifiers
        ('character', 'status', 'date')
        >>> Predicate.DIRECTOR.qualifiers
        ('status', 'date')
        """
        return self._info.qualifiers

    @property
    def credit(self) -> str | None:
        """``"cast"`` or ``"crew"`` for a predicate that credits a person in a work."""
        return self._info.credit


@functools.cache  # the catalog checks every claim's kinds: one tuple per row, built once
def _types(names: tuple[str, ...]) -> tuple[type, ...]:
    return tuple(RECORD_TYPES[name] for name in names)


_BY_VALUE = {member.value: member for member in Predicate}
_BY_WIKIDATA = {member.wikidata: member for member in Predicate if member.wikidata}
_BY_SPELLING = {**_BY_VALUE, **Predicate.__members__, **_BY_WIKIDATA}

#: The predicates that credit a person with a job on a work, other than acting.
CREW_ROLES = tuple(member for member in Predicate if member.credit == "crew")
