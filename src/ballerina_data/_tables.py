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


@attrs.frozen(kw_only=True)
class Column:
    """A column: Table Schema ``type`` (``string`` or ``integer``), constraints, description."""

    name: str
    type: str = "string"
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None

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
    return Column(name=name, enum=values, description=_first_line(members))


@attrs.frozen(kw_only=True)
class Table:
    """A table: its name (and file stem), description, columns and keys."""

    name: str
    description: str
    columns: tuple[Column, ...]
    #: ``None`` for a table whose rows no single column tells apart.
    primary_key: str | None
    #: Column -> (table, column) it refers to.
    foreign_keys: dict[str, tuple[str, str]]


def _kind_column(name: str, description: str, **kwargs: Any) -> Column:
    return Column(name=name, enum=ENTITY_KINDS, description=description, **kwargs)


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
    name="claims",
    description="One row per claim: what one source says of one entity, with its quote.",
    primary_key="claim_id",
    foreign_keys={
        "subject_id": ("entities", "id"),
        "value_id": ("entities", "id"),
        "character_id": ("entities", "id"),
        "source_id": ("sources", "id"),
    },
    columns=(
        Column(name="claim_id", required=True, description="The claim's id."),
        Column(name="subject_id", required=True, description="The entity the claim is about."),
        _kind_column("subject_kind", "The subject's kind.", required=True),
        Column(name="subject_label", required=True, description="The subject's title or name."),
        Column(
            name="predicate",
            required=True,
            enum=tuple(member.value for member in Predicate),
            description="What the claim says of its subject: one of the catalog's predicates.",
        ),
        Column(
            name="wikidata_property",
            pattern="P[0-9]+",
            description="The predicate's Wikidata property id, where it has one.",
        ),
        Column(
            name="value_type",
            required=True,
            enum=("EntityRef", "Text", "DateValue", "Quantity"),
            description="Which of the value columns holds the value: value_id (EntityRef),"
            " value_text (Text), value_date (DateValue) or value_amount (Quantity).",
        ),
        Column(name="value_id", description="The entity the claim names as its value."),
        _kind_column("value_kind", "The value entity's kind."),
        Column(name="value_label", description="The value entity's title or name."),
        Column(name="value_text", description="A value that is free text, such as a genre."),
        Column(
            name="value_date",
            pattern=EDTF,
            description="A value that is a date, in EDTF, to the precision the source gives:"
            " year, season (21-24), month or day.",
        ),
        Column(
            name="value_amount",
            pattern=AMOUNT,
            description="A value that is an amount, as a decimal number written without an"
            " exponent; read it as a decimal, not a float.",
        ),
        Column(
            name="value_unit", description="The amount's unit or currency, such as USD or minute."
        ),
        _of_enum("value_bound", Bound),
        Column(name="character_id", description="The character played, for a cast claim."),
        Column(name="character_label", description="The character's name."),
        Column(name="region", description="Where a release or title applies, as the source says."),
        _of_enum("medium", Medium),
        _of_enum("status", Status),
        Column(
            name="qualifier_date",
            pattern=EDTF,
            description="When the claim holds (a release's date, say), in EDTF.",
        ),
        _of_enum("title_kind", TitleKind),
        Column(name="source_id", required=True, description="The source that makes the claim."),
        Column(name="source_title", description="The source's headline."),
        Column(
            name="source_published",
            pattern=EDTF_OR_INTERVAL,
            description="When the source was published, in EDTF: a date or an interval.",
        ),
        Column(
            name="quote",
            required=True,
            description="The source's words that state the claim, verbatim.",
        ),
        Column(
            name="start",
            type="integer",
            required=True,
            description="Where the quote starts in the source's text (a character offset).",
        ),
        Column(
            name="end",
            type="integer",
            required=True,
            description="Where the quote ends in the source's text (a character offset).",
        ),
        Column(name="note", description="The curator's note: how a date or a work was resolved."),
    ),
)

ENTITIES = Table(
    name="entities",
    description="Every entity: works, people, characters and organizations.",
    primary_key="id",
    foreign_keys={},
    columns=(
        Column(name="id", required=True, description="The entity's id, such as person/x."),
        _kind_column("kind", "What the entity is; a work's is its WorkKind value.", required=True),
        Column(name="label", required=True, description="The work's title or the name."),
        Column(
            name="year",
            type="integer",
            description="A work's year, as the catalog tells works of one title apart.",
        ),
        Column(
            name="description",
            description="A short phrase that tells a work from others of the same title.",
        ),
    ),
)

ALIASES = Table(
    name="aliases",
    description="Other titles of works and other spellings of names, one row each.",
    primary_key=None,
    foreign_keys={"entity_id": ("entities", "id")},
    columns=(
        Column(name="entity_id", required=True, description="The entity the name is of."),
        Column(name="name", required=True, description="The other title or spelling."),
        _of_enum("title_kind", TitleKind),
    ),
)

SOURCES = Table(
    name="sources",
    description="The source documents, with their texts: the evidence of every claim.",
    primary_key="id",
    foreign_keys={},
    columns=(
        Column(name="id", required=True, description="The source's id."),
        Column(name="title", description="The document's headline, where it has one."),
        Column(name="author", description="The document's author."),
        Column(name="publisher", description="Who published the document."),
        Column(
            name="published",
            pattern=EDTF_OR_INTERVAL,
            description="When it was published, in EDTF: a date or an interval.",
        ),
        Column(
            name="published_note",
            description="How the publication date was found where the document does not state it.",
        ),
        Column(name="language", required=True, description="The text's language (BCP 47)."),
        Column(
            name="sha256",
            required=True,
            pattern="[0-9a-f]{64}",
            description="The SHA-256 of the text, in hex.",
        ),
        Column(name="note", description="The curator's note on the source."),
        Column(name="text", description="The source's text: the quotes' offsets count in it."),
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
