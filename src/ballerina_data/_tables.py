"""The catalog as four flat tables, claims, entities, aliases and sources, with a typed schema.

The data package (``datapackage.json``'s Table Schemas) and the Parquet files are both read
from :data:`TABLES`: one column list, one description per column, one set of constraints.
The claims table has the columns of the JSON Lines and CSV exports, in their order.

The records are the columns' one source where a column is a field: :func:`record_columns`
reads a record's fields (name, annotation, ``metadata["description"]``), and
:func:`record_values` a record's values, so that a field added to :class:`Source`,
:class:`Claim` or an entity is a column of every export with no other change.
"""

from __future__ import annotations

import enum
import functools
import re
import typing
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._kinds import ENTITY_KINDS, kind_of
from ._predicates import Predicate
from ._records import (
    Bound,
    Claim,
    DateInterval,
    Entity,
    Medium,
    PartialDate,
    Qualifiers,
    Source,
    Status,
    TitleKind,
)

if TYPE_CHECKING:
    from ._catalog import Catalog
    from ._records import Character, Organization, Person

__all__ = [
    "AMOUNT",
    "ARROW_DECIMAL",
    "ARROW_DICTIONARY",
    "CLAIM_FIELDS_SPREAD",
    "EDTF",
    "EDTF_OR_INTERVAL",
    "ENTITY_FIELDS_SPREAD",
    "QUALIFIER_FIELDS_SPREAD",
    "TABLES",
    "Column",
    "Table",
    "amount_scale",
    "claim_field_values",
    "record_columns",
    "record_values",
    "table_rows",
]

#: An EDTF date as the catalog writes it: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a season
#: ``YYYY-21`` to ``YYYY-24``. XML Schema syntax, as Table Schema's ``pattern`` takes it.
EDTF = "[0-9]{4}(-(0[1-9]|1[0-2]|2[1-4])|-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?"
#: A publication date: an EDTF date, or an interval a text bounds its date to (``2024/..``,
#: ``../2023``, ``2018/2023-10-06``).
EDTF_OR_INTERVAL = f"({EDTF})|({EDTF}|\\.\\.)/({EDTF}|\\.\\.)"
#: A decimal amount as :func:`~ballerina_data.amount_text` writes it: no exponent.
AMOUNT = "-?[0-9]+(\\.[0-9]+)?"

#: The Arrow types of the Parquet files, as pyarrow prints them; ``s`` is the amounts' scale.
ARROW_DECIMAL = "decimal128(38, s)"
ARROW_DICTIONARY = "dictionary<values=string, indices=int32, ordered=0>"


def _first_line(cls: type) -> str:
    """The summary line of a class's docstring, without reST markup."""
    line = (cls.__doc__ or "").strip().splitlines()[0]
    return re.sub(r":\w+:`~?([^`]+)`|``([^`]+)``", lambda m: m[1] or m[2], line)


@attrs.frozen
class Column:
    """A column: its name, description, Table Schema ``type`` (``string`` or ``integer``) and
    constraints."""

    name: str
    description: str
    type: str = attrs.field(default="string", kw_only=True)
    #: Whether the column tells the table's rows apart (it is then required).
    primary_key: bool = attrs.field(default=False, kw_only=True)
    required: bool = attrs.field(
        default=attrs.Factory(lambda column: column.primary_key, takes_self=True), kw_only=True
    )
    enum: tuple[str, ...] | None = attrs.field(default=None, kw_only=True)
    pattern: str | None = attrs.field(default=None, kw_only=True)
    #: The (table, column) its values refer to.
    refers_to: tuple[str, str] | None = attrs.field(default=None, kw_only=True)

    @property
    def arrow_type(self) -> str:
        """The column's Arrow type in the Parquet files: decimals for amounts, int64 for
        integers, dictionary-encoded strings for a fixed set of values, strings otherwise."""
        if self.pattern == AMOUNT:
            return ARROW_DECIMAL
        if self.type == "integer":
            return "int64"
        return "string" if self.enum is None else ARROW_DICTIONARY


def _of_enum(name: str, members: type[enum.Enum]) -> Column:
    """A column of an enum's values, described by the enum's docstring."""
    values = tuple(str(member.value) for member in members)
    return Column(name, _first_line(members), enum=values)


@attrs.frozen
class Table:
    """A table: its name (and file stem), description, columns and keys."""

    name: str
    description: str
    columns: tuple[Column, ...]

    @property
    def primary_key(self) -> str | None:
        """The column that tells the rows apart; ``None`` where no single column does."""
        return next((column.name for column in self.columns if column.primary_key), None)

    @property
    def foreign_keys(self) -> dict[str, tuple[str, str]]:
        """Column -> (table, column) it refers to."""
        return {column.name: column.refers_to for column in self.columns if column.refers_to}


@functools.cache
def _field_types(cls: type) -> dict[str, frozenset[Any]]:
    """Each field's annotation as the set of types it allows (``NoneType`` for ``None``)."""
    return {
        name: frozenset(typing.get_args(hint) or (hint,))
        for name, hint in typing.get_type_hints(cls).items()
    }


def record_columns(cls: type, *, without: Iterable[str] = ()) -> tuple[Column, ...]:
    """A column for each field of the record class ``cls`` but those ``without``.

    The column has the field's name and its ``metadata["description"]`` (empty where it has
    none). Its type comes from the annotation: an ``int`` is an integer, an enum takes its
    values, a date the EDTF pattern (an interval too where the field takes one); a field
    that cannot be ``None`` is required, and ``id`` is the primary key. A
    ``metadata["pattern"]`` constrains a text column.
    """
    columns = []
    for field in attrs.fields(cls):
        if field.name in without:
            continue
        types = _field_types(cls)[field.name]
        given = types - {type(None)}
        enums = [t for t in given if isinstance(t, type) and issubclass(t, enum.Enum)]
        if given == {PartialDate}:
            pattern: str | None = EDTF
        elif given == {PartialDate, DateInterval}:
            pattern = EDTF_OR_INTERVAL
        else:
            pattern = field.metadata.get("pattern")
        columns.append(
            Column(
                field.name,
                field.metadata.get("description", ""),
                type="integer" if given == {int} else "string",
                primary_key=field.name == "id",
                required=type(None) not in types,
                enum=tuple(str(m.value) for m in enums[0]) if enums else None,
                pattern=pattern,
            )
        )
    return tuple(columns)


def column_value(value: Any) -> Any:
    """A field's value as a column holds it: an enumeration as its value, a date as EDTF
    text, everything else as it is."""
    if value is None or type(value) is str:  # most columns: no isinstance checks to make
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate | DateInterval):
        return str(value)
    return value


def record_values(record: Any, *, without: Iterable[str] = ()) -> dict[str, Any]:
    """A record's fields but ``without`` as column values (see :func:`column_value`)."""
    return {
        field.name: column_value(getattr(record, field.name))
        for field in attrs.fields(type(record))
        if field.name not in without
    }


#: The fields of a claim that the claims table spreads over columns of their own (ids with
#: labels, the value by type, the evidence); every other field is a column of its name.
CLAIM_FIELDS_SPREAD = ("id", "subject", "predicate", "value", "qualifiers", "source", "evidence")
#: The qualifiers the claims table has columns for; any other is a column of its name.
QUALIFIER_FIELDS_SPREAD = ("character", "region", "medium", "status", "date", "title_kind")

#: The claim's fields, then its qualifiers', that have no column of their own, each with
#: whether it is a qualifier: worked out once, since the exports ask for every claim.
_CLAIM_FIELDS_UNSPREAD = (
    *((False, f.name) for f in attrs.fields(Claim) if f.name not in CLAIM_FIELDS_SPREAD),
    *((True, f.name) for f in attrs.fields(Qualifiers) if f.name not in QUALIFIER_FIELDS_SPREAD),
)


def claim_field_values(claim: Claim, into: dict[str, Any] | None = None) -> dict[str, Any]:
    """The columns of a claim's fields (then its qualifiers') that have no column of their
    own: the note, and any field added since; added to ``into`` where given (a row being
    built: no second dict to merge into it), else to a new dict."""
    columns = {} if into is None else into
    qualifiers = claim.qualifiers
    for is_qualifier, name in _CLAIM_FIELDS_UNSPREAD:
        columns[name] = column_value(getattr(qualifiers if is_qualifier else claim, name))
    return columns


_ENTITY_ID = ("entities", "id")


def _kind_column(name: str, description: str, **kwargs: Any) -> Column:
    return Column(name, description, enum=ENTITY_KINDS, **kwargs)


#: The fields of an entity the entities table has columns of its own for (its kind is the
#: kind of entity, a work's its WorkKind, and its label the title or name) or a table for
#: (the aliases); every other field of any kind of entity is a column of its name.
ENTITY_FIELDS_SPREAD = ("id", "kind", "title", "name", "aliases")


def _entity_field_columns() -> tuple[Column, ...]:
    """A column for each field of any entity record but :data:`ENTITY_FIELDS_SPREAD`, in
    the records' order; none is required, since the table holds every kind's rows."""
    columns: dict[str, Column] = {}
    for record in typing.get_args(Entity):
        for column in record_columns(record, without=ENTITY_FIELDS_SPREAD):
            columns.setdefault(column.name, attrs.evolve(column, required=False))
    return tuple(columns.values())


_ENTITY_FIELD_COLUMNS = _entity_field_columns()


def _entity_rows(catalog: Catalog) -> Iterator[dict[str, Any]]:
    entities: tuple[Entity, ...] = (
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    # Every column in each row: a field other kinds of entity have is empty.
    empty = dict.fromkeys(column.name for column in _ENTITY_FIELD_COLUMNS)
    for entity in entities:
        yield {
            "id": entity.id,
            "kind": kind_of(entity),
            "label": entity.names[0],
            **empty,
            **record_values(entity, without=ENTITY_FIELDS_SPREAD),
        }


def _alias_rows(catalog: Catalog) -> Iterator[dict[str, Any]]:
    for film in catalog.films:
        for alias in film.aliases:
            yield {"entity_id": film.id, "name": alias.name, "title_kind": alias.kind.value}
    named: tuple[Person | Character | Organization, ...] = (
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    for entity in named:
        for name in entity.aliases:
            yield {"entity_id": entity.id, "name": name, "title_kind": None}


def _source_rows(catalog: Catalog) -> Iterator[dict[str, Any]]:
    for source in catalog.sources:
        yield {**record_values(source), "text": catalog.texts.get(source.id)}


CLAIMS = Table(
    "claims",
    "One row per claim: what one source says of one entity, with its quote.",
    (
        Column("claim_id", "The claim's id.", primary_key=True),
        Column("subject_id", "The entity the claim is about.", required=True, refers_to=_ENTITY_ID),
        _kind_column("subject_kind", "The subject's kind.", required=True),
        Column("subject_label", "The subject's title or name.", required=True),
        Column(
            "predicate",
            "What the claim says of its subject: one of the catalog's predicates.",
            required=True,
            enum=tuple(member.value for member in Predicate),
        ),
        Column(
            "wikidata_property",
            "The predicate's Wikidata property id, where it has one.",
            pattern="P[0-9]+",
        ),
        Column(
            "value_type",
            "Which of the value columns holds the value: value_id (EntityRef),"
            " value_text (Text), value_date (DateValue) or value_amount (Quantity).",
            required=True,
            enum=("EntityRef", "Text", "DateValue", "Quantity"),
        ),
        Column("value_id", "The entity the claim names as its value.", refers_to=_ENTITY_ID),
        _kind_column("value_kind", "The value entity's kind."),
        Column("value_label", "The value entity's title or name."),
        Column("value_text", "A value that is free text, such as a genre."),
        Column(
            "value_date",
            "A value that is a date, in EDTF, to the precision the source gives:"
            " year, season (21-24), month or day.",
            pattern=EDTF,
        ),
        Column(
            "value_amount",
            "A value that is an amount, as a decimal number written without an"
            " exponent; read it as a decimal, not a float.",
            pattern=AMOUNT,
        ),
        Column("value_unit", "The amount's unit or currency, such as USD or minute."),
        _of_enum("value_bound", Bound),
        Column("character_id", "The character played, for a cast claim.", refers_to=_ENTITY_ID),
        Column("character_label", "The character's name."),
        Column("region", "Where a release or title applies, as the source says."),
        _of_enum("medium", Medium),
        _of_enum("status", Status),
        Column(
            "qualifier_date", "When the claim holds (a release's date, say), in EDTF.", pattern=EDTF
        ),
        _of_enum("title_kind", TitleKind),
        Column(
            "source_id",
            "The source that makes the claim.",
            required=True,
            refers_to=("sources", "id"),
        ),
        Column("source_title", "The source's headline."),
        Column(
            "source_published",
            "When the source was published, in EDTF: a date or an interval.",
            pattern=EDTF_OR_INTERVAL,
        ),
        Column("quote", "The source's words that state the claim, verbatim.", required=True),
        Column(
            "start",
            "Where the quote starts in the source's text (a character offset).",
            type="integer",
            required=True,
        ),
        Column(
            "end",
            "Where the quote ends in the source's text (a character offset).",
            type="integer",
            required=True,
        ),
        *record_columns(Claim, without=CLAIM_FIELDS_SPREAD),
        *record_columns(Qualifiers, without=QUALIFIER_FIELDS_SPREAD),
    ),
)

ENTITIES = Table(
    "entities",
    "Every entity: works, people, characters and organizations.",
    (
        Column("id", "The entity's id, such as person/x.", primary_key=True),
        _kind_column("kind", "What the entity is; a work's is its WorkKind value.", required=True),
        Column("label", "The work's title or the name.", required=True),
        *_ENTITY_FIELD_COLUMNS,
    ),
)

ALIASES = Table(
    "aliases",
    "Other titles of works and other spellings of names, one row each.",
    (
        Column("entity_id", "The entity the name is of.", required=True, refers_to=_ENTITY_ID),
        Column("name", "The other title or spelling.", required=True),
        _of_enum("title_kind", TitleKind),
    ),
)

SOURCES = Table(
    "sources",
    "The source documents, with their texts: the evidence of every claim.",
    (
        *record_columns(Source),
        Column("text", "The source's text: the quotes' offsets count in it."),
    ),
)

#: The tables, in the order they are written.
TABLES = (CLAIMS, ENTITIES, ALIASES, SOURCES)


def table_rows(
    catalog: Catalog, claim_rows: Iterable[dict[str, Any]]
) -> dict[str, Iterable[dict[str, Any]]]:
    """Each table's rows by its name; the claims' are ``claim_rows``, the JSON Lines rows."""
    return {
        "claims": claim_rows,
        "entities": _entity_rows(catalog),
        "aliases": _alias_rows(catalog),
        "sources": _source_rows(catalog),
    }


def amount_scale(catalog: Catalog) -> tuple[int, str | None]:
    """The most digits after the point of any amount in the catalog (the decimal's scale),
    and the id of the first claim whose amount has that many (None for a scale of 0)."""
    from ._records import Quantity

    scale, claim_id = 0, None
    for claim in catalog.claims:
        if isinstance(claim.value, Quantity):
            exponent = claim.value.amount.as_tuple().exponent
            if isinstance(exponent, int) and -exponent > scale:
                scale, claim_id = -exponent, claim.id
    return scale, claim_id
