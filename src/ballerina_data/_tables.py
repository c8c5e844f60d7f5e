"""The catalog as four flat tables, claims, entities, aliases and sources, with a typed schema.

The data package (``datapackage.json``'s Table Schemas) and the Parquet files are both read
from :data:`TABLES`: one column list, one description per column, one set of constraints.
The claims table has the columns of the JSON Lines and CSV exports, in their order.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._kinds import ENTITY_KINDS, kind_of
from ._predicates import Predicate
from ._records import Bound, Film, Medium, Status, TitleKind

if TYPE_CHECKING:
    from ._catalog import Catalog
    from ._records import Character, Entity, Organization, Person

__all__ = [
    "AMOUNT",
    "ARROW_DECIMAL",
    "ARROW_DICTIONARY",
    "EDTF",
    "EDTF_OR_INTERVAL",
    "TABLES",
    "Column",
    "Table",
    "amount_scale",
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


_ENTITY_ID = ("entities", "id")


def _kind_column(name: str, description: str, **kwargs: Any) -> Column:
    return Column(name, description, enum=ENTITY_KINDS, **kwargs)


def _entity_rows(catalog: Catalog) -> Iterator[dict[str, Any]]:
    entities: tuple[Entity, ...] = (
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    for entity in entities:
        film = entity if isinstance(entity, Film) else None
        yield {
            "id": entity.id,
            "kind": kind_of(entity),
            "label": entity.names[0],
            "year": film.year if film else None,
            "description": film.description if film else None,
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
        yield {
            "id": source.id,
            "title": source.title,
            "author": source.author,
            "publisher": source.publisher,
            "published": str(source.published) if source.published else None,
            "published_note": source.published_note,
            "language": source.language,
            "sha256": source.sha256,
            "note": source.note,
            "text": catalog.texts.get(source.id),
        }


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
        Column("note", "The curator's note: how a date or a work was resolved."),
    ),
)

ENTITIES = Table(
    "entities",
    "Every entity: works, people, characters and organizations.",
    (
        Column("id", "The entity's id, such as person/x.", primary_key=True),
        _kind_column("kind", "What the entity is; a work's is its WorkKind value.", required=True),
        Column("label", "The work's title or the name.", required=True),
        Column(
            "year", "A work's year, as the catalog tells works of one title apart.", type="integer"
        ),
        Column("description", "A short phrase that tells a work from others of the same title."),
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
        Column("id", "The source's id.", primary_key=True),
        Column("title", "The document's headline, where it has one."),
        Column("author", "The document's author."),
        Column("publisher", "Who published the document."),
        Column(
            "published",
            "When it was published, in EDTF: a date or an interval.",
            pattern=EDTF_OR_INTERVAL,
        ),
        Column(
            "published_note",
            "How the publication date was found where the document does not state it.",
        ),
        Column("language", "The text's language (BCP 47).", required=True),
        Column("sha256", "The SHA-256 of the text, in hex.", required=True, pattern="[0-9a-f]{64}"),
        Column("note", "The curator's note on the source."),
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


def amount_scale(catalog: Catalog) -> int:
    """The most digits after the point of any amount in the catalog: the decimal's scale."""
    from ._records import Quantity

    exponents = [
        claim.value.amount.as_tuple().exponent
        for claim in catalog.claims
        if isinstance(claim.value, Quantity)
    ]
    return max((-e for e in exponents if isinstance(e, int)), default=0)
