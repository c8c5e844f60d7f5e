"""The rows of the JSON Lines export (and of the CSV, SQLite, data package and Parquet
claims tables), and the JSON Lines writer: the exports' work per claim, kept apart from
:mod:`ballerina_data.export` so that each stays short."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from ._codec import dumps
from ._kinds import kind_of, label
from ._records import DateValue, EntityRef, Quantity, Text, amount_text
from ._tables import CLAIMS, claim_field_values

if TYPE_CHECKING:
    from ._catalog import Catalog

__all__ = ["COLUMNS", "claim_rows", "write_lines"]

#: The keys of every row, in order: the CSV export's columns.
COLUMNS = tuple(column.name for column in CLAIMS.columns)


def claim_rows(catalog: Catalog) -> Iterator[dict[str, Any]]:
    """One flat row per claim (see :func:`ballerina_data.export.jsonl_rows`)."""
    # Each entity's, character's and source's columns are worked out once, not once per
    # claim: at 10^5 claims that per-row work was most of the export's time.
    entities: dict[str, tuple[str, str, str]] = {}
    sources: dict[str, tuple[str, str | None, str | None]] = {}
    characters: dict[str, str] = {}

    def entity_columns(entity_id: str) -> tuple[str, str, str]:
        columns = entities.get(entity_id)
        if columns is None:
            entity = catalog.entity(entity_id)
            columns = entities[entity_id] = (entity.id, kind_of(entity), label(entity))
        return columns

    for claim in catalog.claims:
        subject_id, subject_kind, subject_label = entity_columns(claim.subject)
        source_columns = sources.get(claim.source)
        if source_columns is None:
            source = catalog.source(claim.source)
            published = str(source.published) if source.published else None
            source_columns = sources[claim.source] = (source.id, source.title, published)
        value = claim.value
        value_id = value_kind = value_label = value_text = value_date = None
        value_amount = value_unit = value_bound = None
        if isinstance(value, EntityRef):
            value_id, value_kind, value_label = entity_columns(value.id)
        elif isinstance(value, Text):
            value_text = value.text
        elif isinstance(value, DateValue):
            value_date = str(value.date)
        elif isinstance(value, Quantity):
            value_amount = amount_text(value.amount)
            value_unit = value.unit
            value_bound = value.bound.value
        qualifiers = claim.qualifiers
        character = qualifiers.character
        character_label = None
        if character:
            character_label = characters.get(character)
            if character_label is None:
                character_label = characters[character] = catalog.character(character).name
        yield {  # the claims table's columns, in their order
            "claim_id": claim.id,
            "subject_id": subject_id,
            "subject_kind": subject_kind,
            "subject_label": subject_label,
            "predicate": claim.predicate.value,
            "wikidata_property": claim.predicate.wikidata,
            "value_type": type(value).__name__,
            "value_id": value_id,
            "value_kind": value_kind,
            "value_label": value_label,
            "value_text": value_text,
            "value_date": value_date,
            "value_amount": value_amount,
            "value_unit": value_unit,
            "value_bound": value_bound,
            "character_id": character,
            "character_label": character_label,
            "region": qualifiers.region,
            "medium": qualifiers.medium.value if qualifiers.medium else None,
            "status": qualifiers.status.value if qualifiers.status else None,
            "qualifier_date": str(qualifiers.date) if qualifiers.date else None,
            "title_kind": qualifiers.title_kind.value if qualifiers.title_kind else None,
            "source_id": source_columns[0],
            "source_title": source_columns[1],
            "source_published": source_columns[2],
            "quote": claim.evidence.quote,
            "start": claim.evidence.start,
            "end": claim.evidence.end,
            **claim_field_values(claim),  # the note, and any field added since
        }


#: The characters of rows :func:`write_lines` gathers before a write: enough that the costs
#: per write vanish, few enough that the text held at once stays small.
BATCH = 2**15

# Line breaks other than "\n" that splitlines() and some editors honour: inside a JSON string
# they are written escaped, so that a line is a record however the file is split.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write_lines(rows: Iterable[dict[str, Any]], fp: TextIO) -> None:
    """Write each row as one line of compact JSON, in batches of about :data:`BATCH`
    characters: one join, one scan for line breaks and one write per batch, not per row."""
    batch: list[str] = []
    size = 0
    for row in rows:
        line = dumps(row, compact=True)
        batch.append(line)
        size += len(line)
        if size >= BATCH:
            _write_batch(batch, fp)
            batch = []
            size = 0
    _write_batch(batch, fp)


def _write_batch(lines: list[str], fp: TextIO) -> None:
    if not lines:
        return
    text = "\n".join(lines)
    if not text.isascii():
        # str.replace, not str.translate: translate looks each character of a non-ASCII
        # text up in its table one by one, 45x slower (11.6 s against 0.26 s for 10^5 rows).
        for character, escaped in _LINE_BREAKS.items():
            text = text.replace(character, escaped)
    fp.write(text)
    fp.write("\n")
