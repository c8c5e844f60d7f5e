"""The rows of the JSON Lines export (and of the CSV, SQLite, data package and Parquet
claims tables), and the JSON Lines writer: the exports' work per claim, kept apart from
:mod:`ballerina_data.export` so that each stays short."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from ._codec import dumps
from ._kinds import kind_of, label
from ._predicates import Predicate
from ._records import DateValue, EntityRef, Quantity, Text, amount_text
from ._tables import CLAIMS, claim_field_values

if TYPE_CHECKING:
    from ._catalog import Catalog

__all__ = ["COLUMNS", "claim_rows", "write_lines"]

#: The keys of every row, in order: the CSV export's columns.
COLUMNS = tuple(column.name for column in CLAIMS.columns)


class _Columns(dict[str, tuple[Any, ...]]):
    """Columns worked out once per key, on its first lookup: an entity's, a source's or a
    character's, which many claims repeat (at 10^5 claims, working them out per row was most
    of the export's time; a hit is one lookup in C, with no call of a function)."""

    def __init__(self, columns: Callable[[str], tuple[Any, ...]]) -> None:
        super().__init__()
        self._columns = columns

    def __missing__(self, key: str) -> tuple[Any, ...]:
        found = self[key] = self._columns(key)
        return found


def claim_rows(catalog: Catalog) -> Iterator[dict[str, Any]]:
    """One flat row per claim (see :func:`ballerina_data.export.jsonl_rows`)."""

    def entity_columns(entity_id: str) -> tuple[str, str, str]:
        entity = catalog.entity(entity_id)
        return entity.id, kind_of(entity), label(entity)

    def source_columns(source_id: str) -> tuple[str, str | None, str | None]:
        source = catalog.source(source_id)
        return source.id, source.title, str(source.published) if source.published else None

    entities = _Columns(entity_columns)
    sources = _Columns(source_columns)
    characters = _Columns(lambda character: (catalog.character(character).name,))
    # By the predicate, not its properties: an enumeration's value is a property in Python.
    predicates = {p: (p.value, p.wikidata) for p in Predicate}
    for claim in catalog.claims:
        subject_id, subject_kind, subject_label = entities[claim.subject]
        source_id, source_title, source_published = sources[claim.source]
        predicate, wikidata_property = predicates[claim.predicate]
        value = claim.value
        value_id = value_kind = value_label = value_text = value_date = None
        value_amount = value_unit = value_bound = None
        if isinstance(value, EntityRef):
            value_id, value_kind, value_label = entities[value.id]
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
        medium, status, date, title_kind = (
            qualifiers.medium,
            qualifiers.status,
            qualifiers.date,
            qualifiers.title_kind,
        )
        evidence = claim.evidence
        row = {  # the claims table's columns, in their order
            "claim_id": claim.id,
            "subject_id": subject_id,
            "subject_kind": subject_kind,
            "subject_label": subject_label,
            "predicate": predicate,
            "wikidata_property": wikidata_property,
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
            "character_label": characters[character][0] if character else None,
            "region": qualifiers.region,
            "medium": medium.value if medium else None,
            "status": status.value if status else None,
            "qualifier_date": str(date) if date else None,
            "title_kind": title_kind.value if title_kind else None,
            "source_id": source_id,
            "source_title": source_title,
            "source_published": source_published,
            "quote": evidence.quote,
            "start": evidence.start,
            "end": evidence.end,
        }
        yield claim_field_values(claim, into=row)  # the note, and any field added since


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
        # Each only where found: a replace that finds nothing in a wide text still took ten
        # times as long as `in` (0.55 against 0.07 µs a row at 10^5 rows, none found).
        for character, escaped in _LINE_BREAKS.items():
            if character in text:
                text = text.replace(character, escaped)
    fp.write(text)
    fp.write("\n")
