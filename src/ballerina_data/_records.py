"""The immutable records: entities, sources, claims and the values claims carry."""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

__all__ = [
    "Alias",
    "Bound",
    "Character",
    "Claim",
    "DateValue",
    "Entity",
    "EntityRef",
    "Evidence",
    "Film",
    "Medium",
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
]


def _non_empty(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        msg = f"{attribute.name!r} must not be empty or blank: {value!r}"
        raise ValueError(msg)


def _id_pattern(*prefixes: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(prefixes)})/[a-z0-9]+(?:-[a-z0-9]+)*")


def _matches(pattern: re.Pattern[str], shape: str) -> Any:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
        if pattern.fullmatch(value) is None:
            msg = f"{attribute.name!r} must look like {shape}: {value!r}"
            raise ValueError(msg)

    return check


_str_tuple = attrs.validators.deep_iterable(
    attrs.validators.and_(attrs.validators.instance_of(str), _non_empty),
    attrs.validators.instance_of(tuple),
)


class WorkKind(enum.Enum):
    """What kind of work a :class:`Film` record describes."""

    FILM = "film"
    TV_SERIES = "tv_series"
    FRANCHISE = "franchise"
    #: The sources name the work without saying whether it is a film or a series.
    UNSPECIFIED = "unspecified"


class TitleKind(enum.Enum):
    """How a title is used: the main title, another title, a working title, a short form."""

    TITLE = "title"
    ALTERNATIVE_TITLE = "alternative_title"
    WORKING_TITLE = "working_title"
    SHORT_TITLE = "short_title"


class Medium(enum.Enum):
    """How a release reaches its audience."""

    THEATRICAL = "theatrical"
    STREAMING = "streaming"
    TELEVISION = "television"


class Status(enum.Enum):
    """How firm a statement is, as the source puts it."""

    SCHEDULED = "scheduled"
    RELEASED = "released"
    ANNOUNCED = "announced"
    UNDISCLOSED = "undisclosed"
    UNCONFIRMED = "unconfirmed"
    REPORTED = "reported"
    SPECULATED = "speculated"
    EXPECTED = "expected"
    IN_DEVELOPMENT = "in_development"


class Bound(enum.Enum):
    """How a :class:`Quantity` relates to its amount: "over $400 million" is ``AT_LEAST``."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOUT = "about"


class Season(enum.Enum):
    """Seasons, numbered as in EDTF level 1 (ISO 8601-2): spring 2023 is ``2023-21``."""

    SPRING = 21
    SUMMER = 22
    AUTUMN = 23
    WINTER = 24


class Predicate(enum.Enum):
    """The relations the sources state; :attr:`wikidata` gives the Wikidata property id."""

    DIRECTOR = "director"
    SCREENWRITER = "screenwriter"
    PRODUCER = "producer"
    CAST_MEMBER = "cast_member"
    PRODUCTION_COMPANY = "production_company"
    DISTRIBUTOR = "distributor"
    ORIGINAL_BROADCASTER = "original_broadcaster"
    RELEASE_DATE = "release_date"
    FILMING_LOCATION = "filming_location"
    FILMING_DATE = "filming_date"
    DURATION = "duration"
    COST = "cost"
    BOX_OFFICE = "box_office"
    DATE_OF_DEATH = "date_of_death"
    NOTABLE_WORK = "notable_work"
    DIFFERENT_FROM = "different_from"
    PART_OF_SERIES = "part_of_series"
    BASED_ON = "based_on"
    FOLLOWS = "follows"
    FOLLOWED_BY = "followed_by"
    TITLE = "title"
    OTHER_NAME = "other_name"
    COUNTRY_OF_ORIGIN = "country_of_origin"
    GENRE = "genre"
    PRESENT_IN_WORK = "present_in_work"
    FIRST_APPEARANCE = "first_appearance"
    NARRATIVE_LOCATION = "narrative_location"
    SET_IN_PERIOD = "set_in_period"
    CHRONOLOGY = "chronology"
    PLOT = "plot"
    PRODUCTION_STATUS = "production_status"
    SPOUSE = "spouse"
    ADOPTIVE_PARENT = "adoptive_parent"
    STUDENT_OF = "student_of"
    MEMBER_OF = "member_of"
    DIRECTOR_MANAGER = "director_manager"
    OWNED_BY = "owned_by"
    OCCUPATION = "occupation"

    @property
    def wikidata(self) -> str | None:
        """The Wikidata property id, or ``None`` where Wikidata has no matching property."""
        return _PREDICATE_INFO[self][0]

    @property
    def description(self) -> str:
        """What a claim with this predicate says, in a few words."""
        return _PREDICATE_INFO[self][1]

    @property
    def subject_types(self) -> tuple[type, ...]:
        """The entity types a claim with this predicate can be about."""
        return _SIGNATURES[self][0]

    @property
    def value_types(self) -> tuple[type, ...]:
        """What the value can be: :class:`Text`, :class:`DateValue`, :class:`Quantity`, or
        the entity types an :class:`EntityRef` value can point to."""
        return _SIGNATURES[self][1]


_PREDICATE_INFO: dict[Predicate, tuple[str | None, str]] = {
    Predicate.DIRECTOR: ("P57", "the work is directed by the person"),
    Predicate.SCREENWRITER: ("P58", "the person wrote the work's screenplay"),
    Predicate.PRODUCER: ("P162", "the person produced the work"),
    Predicate.CAST_MEMBER: ("P161", "the person acts in the work; qualifier: character"),
    Predicate.PRODUCTION_COMPANY: ("P272", "the studio or company behind the work"),
    Predicate.DISTRIBUTOR: ("P750", "who distributes or streams the work"),
    Predicate.ORIGINAL_BROADCASTER: ("P449", "the network or service that first airs it"),
    Predicate.RELEASE_DATE: ("P577", "when the work is or was released"),
    Predicate.FILMING_LOCATION: ("P915", "where the work was filmed"),
    Predicate.FILMING_DATE: (None, "when filming took place"),
    Predicate.DURATION: ("P2047", "the work's running time"),
    Predicate.COST: ("P2130", "the work's budget"),
    Predicate.BOX_OFFICE: ("P2142", "the work's box office takings"),
    Predicate.DATE_OF_DEATH: ("P570", "when the person died"),
    Predicate.NOTABLE_WORK: ("P800", "a work the person is known for"),
    Predicate.DIFFERENT_FROM: ("P1889", "not to be confused with the other entity"),
    Predicate.PART_OF_SERIES: ("P179", "the franchise or series the work belongs to"),
    Predicate.BASED_ON: ("P144", "what the work is based on"),
    Predicate.FOLLOWS: ("P155", "the work this one comes after"),
    Predicate.FOLLOWED_BY: ("P156", "the sequel or next work"),
    Predicate.TITLE: ("P1476", "a title the work is given; qualifier: title kind"),
    Predicate.OTHER_NAME: (None, "another name a person or character goes by"),
    Predicate.COUNTRY_OF_ORIGIN: ("P495", "the country the work comes from"),
    Predicate.GENRE: ("P136", "the work's genre"),
    Predicate.PRESENT_IN_WORK: ("P1441", "the character appears in the work"),
    Predicate.FIRST_APPEARANCE: ("P4584", "the work the character first appeared in"),
    Predicate.NARRATIVE_LOCATION: ("P840", "where the story takes place"),
    Predicate.SET_IN_PERIOD: ("P2408", "when the story takes place"),
    Predicate.CHRONOLOGY: (None, "where the story sits in its franchise's timeline"),
    Predicate.PLOT: (None, "what the story is about"),
    Predicate.PRODUCTION_STATUS: (None, "how far the work has got: planned, greenlit, ..."),
    Predicate.SPOUSE: ("P26", "the character's husband or wife"),
    Predicate.ADOPTIVE_PARENT: (None, "the subject's adoptive parent"),
    Predicate.STUDENT_OF: ("P1066", "who trained the subject"),
    Predicate.MEMBER_OF: ("P463", "an organization the subject belongs to"),
    Predicate.DIRECTOR_MANAGER: ("P1037", "who heads or manages the organization"),
    Predicate.OWNED_BY: ("P127", "who owns the organization or thing"),
    Predicate.OCCUPATION: ("P106", "what the subject does for a living"),
}

_EDTF = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _month(instance: PartialDate, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        msg = f"'month' must be 1-12: {value!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class PartialDate:
    """A date known to the year, season, month or day, written in EDTF: ``2023-21``, ``2024-06``.

    >>> PartialDate.parse("2023-21")
    PartialDate(year=2023, month=None, day=None, season=<Season.SPRING: 21>)
    >>> str(PartialDate(year=2024, month=6, day=7))
    '2024-06-07'
    """

    year: int = attrs.field(validator=[attrs.validators.ge(1), attrs.validators.le(9999)])
    month: int | None = attrs.field(default=None, validator=_month)
    day: int | None = attrs.field(default=None)
    season: Season | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Season))
    )

    @day.validator
    def _check_day(self, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            msg = f"'day' needs a month: {value!r}"
            raise ValueError(msg)
        import datetime  # here, not at import: most dates have no day

        try:
            datetime.date(self.year, self.month, value)
        except ValueError:
            msg = f"'day' is not a day of {self.year:04d}-{self.month:02d}: {value!r}"
            raise ValueError(msg) from None

    def __attrs_post_init__(self) -> None:
        if self.season is not None and self.month is not None:
            msg = f"a date has a month or a season, not both: {self.month!r}, {self.season!r}"
            raise ValueError(msg)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse an EDTF string: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-SS`` (season).

        Raises:
            ValueError: the string is not one of those shapes or not a real date.
        """
        match = _EDTF.fullmatch(text)
        if match is None:
            msg = f"not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-21..24): {text!r}"
            raise ValueError(msg)
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None  # the pattern requires it
        seasons = {season.value: season for season in Season}
        if month in seasons and day is None:
            return cls(year=year, season=seasons[month])
        return cls(year=year, month=month, day=day)

    @property
    def precision(self) -> str:
        """``"year"``, ``"season"``, ``"month"`` or ``"day"``."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.season is None else "season"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """A key that orders dates chronologically, less precise dates first within a year."""
        if self.season is not None:
            return (self.year, 3 * self.season.value - 62, 0)  # spring ~ April, summer ~ July
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.season is not None:
            return f"{text}-{self.season.value}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a claim's words are: the exact quote and its offsets in the source text.

    This is the W3C Web Annotation model: a TextQuoteSelector (``quote`` with ``prefix`` and
    ``suffix``) plus a TextPositionSelector (``start``, ``end``: code points, end exclusive).
    """

    quote: str = attrs.field(validator=_non_empty)
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    prefix: str = ""
    suffix: str = ""

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: int) -> None:
        if value - self.start != len(self.quote):
            msg = (
                f"'end' - 'start' must equal the quote's length {len(self.quote)}: "
                f"{self.start!r}..{value!r}"
            )
            raise ValueError(msg)


@attrs.frozen(kw_only=True)
class EntityRef:
    """A claim value that is another entity of the catalog, by id."""

    id: str = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True)
class Text:
    """A claim value that is free text, such as a plot summary or a genre."""

    text: str = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True)
class DateValue:
    """A claim value that is a (possibly partial) date."""

    date: PartialDate


@attrs.frozen(kw_only=True)
class Quantity:
    """An amount with its unit or currency and how exact it is: "over $400 million"."""

    amount: Decimal = attrs.field(validator=attrs.validators.instance_of(Decimal))
    unit: str = attrs.field(validator=_non_empty)
    bound: Bound = Bound.EXACT

    def __str__(self) -> str:
        prefix = {Bound.EXACT: "", Bound.AT_LEAST: ">= ", Bound.AT_MOST: "<= ", Bound.ABOUT: "~"}
        return f"{prefix[self.bound]}{self.amount:,} {self.unit}"


#: What a claim can say, one of these four types, tagged by ``type`` in JSON.
Value: TypeAlias = EntityRef | Text | DateValue | Quantity

_optional_str = attrs.validators.optional(
    attrs.validators.and_(attrs.validators.instance_of(str), _non_empty)
)


@attrs.frozen(kw_only=True)
class Qualifiers:
    """What narrows a claim: the character played, region, medium, status, date, title kind."""

    character: str | None = attrs.field(default=None, validator=_optional_str)
    region: str | None = attrs.field(default=None, validator=_optional_str)
    medium: Medium | None = None
    status: Status | None = None
    date: PartialDate | None = None
    title_kind: TitleKind | None = None


@attrs.frozen(kw_only=True)
class Claim:
    """One source's assertion about one entity, with the evidence that states it."""

    id: str = attrs.field(validator=_non_empty)
    subject: str = attrs.field(validator=_non_empty)
    predicate: Predicate
    value: Value
    qualifiers: Qualifiers = Qualifiers()
    source: str = attrs.field(validator=_non_empty)
    evidence: Evidence
    #: The curator's note, saying how a date was resolved, which work is meant, and so on.
    note: str | None = attrs.field(default=None, validator=_optional_str)


@attrs.frozen(kw_only=True)
class Source:
    """A source document: its metadata and the sha256 of its text."""

    id: str = attrs.field(validator=_non_empty)
    #: ``None`` when the document has no headline.
    title: str | None = attrs.field(default=None, validator=_optional_str)
    author: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    #: How ``published`` was found when the document does not state it.
    published_note: str | None = None
    language: str = "en"
    sha256: str = attrs.field(validator=_matches(re.compile("[0-9a-f]{64}"), "64 hex digits"))
    note: str | None = None


@attrs.frozen(kw_only=True)
class Alias:
    """Another title of a work and how it is used."""

    name: str = attrs.field(validator=_non_empty)
    kind: TitleKind = TitleKind.ALTERNATIVE_TITLE


_KIND_OF_PREFIX = {
    "film": WorkKind.FILM,
    "series": WorkKind.TV_SERIES,
    "franchise": WorkKind.FRANCHISE,
}


@attrs.frozen(kw_only=True)
class Film:
    """A work: a film, a TV series or a franchise. Ids look like ``film/ballerina-2024``."""

    id: str = attrs.field(
        validator=_matches(_id_pattern("film", "series", "franchise"), "'film/<slug>'")
    )
    kind: WorkKind
    title: str = attrs.field(validator=_non_empty)
    aliases: tuple[Alias, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(Alias), attrs.validators.instance_of(tuple)
        ),
    )
    year: int | None = None
    #: A short phrase that tells this work from others of the same title.
    description: str | None = attrs.field(default=None, validator=_optional_str)

    def __attrs_post_init__(self) -> None:
        prefix = self.id.partition("/")[0]
        if _KIND_OF_PREFIX.get(prefix, self.kind) is not self.kind and not (
            prefix == "film" and self.kind is WorkKind.UNSPECIFIED
        ):
            msg = f"a {prefix}/ id needs kind {_KIND_OF_PREFIX[prefix].value!r}: {self.kind!r}"
            raise ValueError(msg)

    @property
    def names(self) -> tuple[str, ...]:
        """The title followed by every alias."""
        return (self.title, *(alias.name for alias in self.aliases))


class _Named:
    """The ``names`` of a person, character or organization: the name, then each alias."""

    __slots__ = ()
    name: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


def _entity_id(prefix: str) -> Any:
    return attrs.field(validator=_matches(_id_pattern(prefix), f"'{prefix}/<slug>'"))


def _name() -> Any:
    return attrs.field(validator=_non_empty)


def _aliases() -> Any:
    return attrs.field(default=(), validator=_str_tuple)


@attrs.frozen(kw_only=True)
class Person(_Named):
    """A real person: cast, crew, producers. Ids look like ``person/ana-de-armas``."""

    id: str = _entity_id("person")
    name: str = _name()
    #: Other spellings of the name the sources use.
    aliases: tuple[str, ...] = _aliases()


@attrs.frozen(kw_only=True)
class Character(_Named):
    """A fictional character. Ids look like ``character/rooney``."""

    id: str = _entity_id("character")
    name: str = _name()
    aliases: tuple[str, ...] = _aliases()


@attrs.frozen(kw_only=True)
class Organization(_Named):
    """A studio, distributor, streaming service or in-story organization (``org/lionsgate``)."""

    id: str = _entity_id("org")
    name: str = _name()
    aliases: tuple[str, ...] = _aliases()


#: Any record with an id that claims can be about.
Entity: TypeAlias = Film | Person | Character | Organization

_WORK = (Film,)
_AGENT = (Person, Character)
_ANY = (Film, Person, Character, Organization)
_SIGNATURES: dict[Predicate, tuple[tuple[type, ...], tuple[type, ...]]] = {
    Predicate.DIRECTOR: (_WORK, (Person,)),
    Predicate.SCREENWRITER: (_WORK, (Person,)),
    Predicate.PRODUCER: (_WORK, (Person,)),
    Predicate.CAST_MEMBER: (_WORK, (Person,)),
    Predicate.PRODUCTION_COMPANY: (_WORK, (Organization,)),
    Predicate.DISTRIBUTOR: (_WORK, (Organization,)),
    Predicate.ORIGINAL_BROADCASTER: (_WORK, (Organization,)),
    Predicate.RELEASE_DATE: (_WORK, (DateValue,)),
    Predicate.FILMING_LOCATION: (_WORK, (Text,)),
    Predicate.FILMING_DATE: (_WORK, (DateValue,)),
    Predicate.DURATION: (_WORK, (Quantity,)),
    Predicate.COST: (_WORK, (Quantity,)),
    Predicate.BOX_OFFICE: (_WORK, (Quantity,)),
    Predicate.DATE_OF_DEATH: ((Person,), (DateValue,)),
    Predicate.NOTABLE_WORK: ((Person,), (Film, Text)),
    Predicate.DIFFERENT_FROM: (_ANY, _ANY),
    Predicate.PART_OF_SERIES: (_WORK, _WORK),
    Predicate.BASED_ON: (_WORK, (Film, Text)),
    Predicate.FOLLOWS: (_WORK, _WORK),
    Predicate.FOLLOWED_BY: (_WORK, _WORK),
    Predicate.TITLE: (_WORK, (Text,)),
    Predicate.OTHER_NAME: (_AGENT, (Text,)),
    Predicate.COUNTRY_OF_ORIGIN: (_WORK, (Text,)),
    Predicate.GENRE: (_WORK, (Text,)),
    Predicate.PRESENT_IN_WORK: ((Character, Organization), _WORK),
    Predicate.FIRST_APPEARANCE: ((Character, Organization), _WORK),
    Predicate.NARRATIVE_LOCATION: (_WORK, (Text,)),
    Predicate.SET_IN_PERIOD: (_WORK, (DateValue, Text)),
    Predicate.CHRONOLOGY: (_WORK, (Text,)),
    Predicate.PLOT: (_WORK, (Text,)),
    Predicate.PRODUCTION_STATUS: (_WORK, (Text,)),
    Predicate.SPOUSE: (_AGENT, _AGENT),
    Predicate.ADOPTIVE_PARENT: (_AGENT, _AGENT),
    Predicate.STUDENT_OF: (_AGENT, (*_AGENT, Organization)),
    Predicate.MEMBER_OF: (_AGENT, (Organization,)),
    Predicate.DIRECTOR_MANAGER: ((Organization,), _AGENT),
    Predicate.OWNED_BY: ((Organization, Film), (*_AGENT, Organization)),
    Predicate.OCCUPATION: ((*_AGENT, Organization), (Text,)),
}
