"""The catalog as a SQLite database: normalized tables, views, full-text search.

The schema below is the reference's: the docs print it from :data:`SCHEMA`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Hashable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from ._format import FORMAT_VERSION
from ._kinds import kind_of
from ._records import Character, EntityRef, Film, Organization, Person
from ._relations import ENTRY_RELATIONS, region_key, value_key
from ._tables import CLAIMS, SOURCES, Column, record_columns, record_values
from ._units import EXACT_AMOUNTS

if TYPE_CHECKING:
    from ._catalog import Catalog
    from ._records import Entity, Source

__all__ = [
    "DEFAULT_DATABASE",
    "FTS",
    "SCHEMA",
    "configuration",
    "is_unchanged",
    "marked",
    "metadata",
    "source_label",
    "write_database",
]

#: The JSON Lines columns the claims table leaves to the joined tables: labels, source fields.
_JOINED = (
    "subject_kind",
    "subject_label",
    "value_kind",
    "value_label",
    "character_label",
    "source_title",
    "source_published",
)


def _claim_column(name: str) -> str:
    """The claims table's name of a JSON Lines column."""
    return "id" if name == "claim_id" else name


#: SQL words a column named after a field may be: such a name is quoted.
_KEYWORDS = frozenset((
    "all", "and", "as", "between", "by", "case", "check", "default", "distinct", "end",
    "from", "group", "having", "in", "index", "is", "key", "limit", "not", "null", "offset",
    "on", "or", "order", "primary", "references", "select", "table", "to", "unique",
    "values", "when", "where",
))  # fmt: skip


def _definition(column: Column, *, references: str | None = None) -> str:
    """A column's SQL definition: its type, key, NOT NULL and what it refers to."""
    name = f'"{column.name}"' if column.name in _KEYWORDS else column.name
    words = [name, "INTEGER" if column.type == "integer" else "TEXT"]
    if column.primary_key:
        words.append("PRIMARY KEY")
    elif column.required:
        words.append("NOT NULL")
    if references is None and column.refers_to is not None:
        references = "{} ({})".format(*column.refers_to)
    if references is not None:
        words.append(f"REFERENCES {references}")
    return " ".join(words)


def _create(table: str, definitions: Iterable[str]) -> str:
    """A CREATE TABLE statement, its definitions on lines of at most 96 characters."""
    definitions = list(definitions)
    one_line = f"CREATE TABLE {table} ({', '.join(definitions)});"
    if len(one_line) <= 96:
        return one_line
    lines = [""]
    for definition in definitions:
        if lines[-1] and len(f"    {lines[-1]} {definition},") > 96:
            lines.append("")
        lines[-1] += f" {definition}," if lines[-1] else f"{definition},"
    body = "\n".join(f"    {line}" for line in lines)
    return f"CREATE TABLE {table} (\n{body.removesuffix(',')}\n);"


def _entity_table(table: str, record: type) -> str:
    """The table of one kind of entity: its record's fields but the aliases (a table of
    their own), its id an entity's."""
    (key, *columns) = record_columns(record, without=("aliases",))
    return _create(
        table,
        [
            _definition(key, references="entities (id)"),
            *(_definition(column) for column in columns),
        ],
    )


#: What the claims table refers to where the data package's tables have no such table.
_CLAIM_REFERENCES = {"predicate": "predicates (value)", "character_id": "characters (id)"}

_SOURCE_KEY, *_SOURCE_COLUMNS = SOURCES.columns

#: The relations a row of ``disagreements`` can have, as SQL strings.
_RELATIONS = ", ".join(f"'{relation.value}'" for relation in ENTRY_RELATIONS)

#: The tables, indexes and views, in the order they are created. The tables of records have
#: a column for each field (``_tables.record_columns``), so a field added to a record is
#: in the database with no change here.
SCHEMA = f"""\
CREATE TABLE predicates (
    value TEXT PRIMARY KEY, name TEXT NOT NULL, wikidata_property TEXT,
    description TEXT NOT NULL, credit TEXT, schema_org TEXT
);
{
    _create(
        "sources",
        [
            _definition(_SOURCE_KEY),
            "label TEXT NOT NULL",
            *(_definition(column) for column in _SOURCE_COLUMNS),
        ],
    )
}
CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT NOT NULL);
{_entity_table("works", Film)}
{_entity_table("people", Person)}
{_entity_table("characters", Character)}
{_entity_table("organizations", Organization)}
CREATE TABLE aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id), name TEXT NOT NULL, kind TEXT
);
{
    _create(
        "claims",
        [
            _definition(
                attrs.evolve(column, name=_claim_column(column.name)),
                references=_CLAIM_REFERENCES.get(column.name),
            )
            for column in CLAIMS.columns
            if column.name not in _JOINED
        ]
        + ["value_key TEXT NOT NULL", "region_key TEXT"],
    )
}
CREATE INDEX claims_subject ON claims (subject_id);
CREATE INDEX claims_value ON claims (value_id);
CREATE INDEX claims_predicate ON claims (predicate);
CREATE INDEX claims_source ON claims (source_id);
CREATE INDEX aliases_entity ON aliases (entity_id);
CREATE VIEW cast_credits AS
    WITH cast_claims AS (
        -- A superseded casting's part is no longer the person's (Catalog.cast's reading):
        -- its claim counts for the person's credit as one that names no character.
        SELECT *, CASE WHEN status IS NOT 'superseded' THEN character_id END AS part
        FROM claims
        WHERE predicate IN (SELECT value FROM predicates WHERE credit = 'cast')
    ), parts AS (
        SELECT DISTINCT subject_id, value_id, part FROM cast_claims AS c
        WHERE part IS NOT NULL OR NOT EXISTS (
            SELECT 1 FROM cast_claims AS named
            WHERE named.subject_id = c.subject_id AND named.value_id = c.value_id
                AND named.part IS NOT NULL
        )
    )
    SELECT r.subject_id AS work_id, w.title AS work, r.value_id AS person_id,
        p.name AS person, r.part AS character_id, ch.name AS character,
        count(DISTINCT c.source_id) AS sources, group_concat(DISTINCT c.source_id) AS source_ids,
        -- Those of them that name the character (Credit.character_claims'): the claims that
        -- name only the person support the credit, not the role.
        CASE WHEN r.part IS NOT NULL
            THEN count(DISTINCT CASE WHEN c.character_id = r.part THEN c.source_id END)
        END AS character_sources,
        group_concat(DISTINCT CASE WHEN c.character_id = r.part THEN c.source_id END)
            AS character_source_ids,
        json_group_array(DISTINCT c.status) AS statuses
    FROM parts AS r JOIN cast_claims AS c ON c.subject_id = r.subject_id
            AND c.value_id = r.value_id AND (c.part IS r.part OR c.part IS NULL)
        JOIN works AS w ON w.id = r.subject_id JOIN people AS p ON p.id = r.value_id
        LEFT JOIN characters AS ch ON ch.id = r.part
    GROUP BY r.subject_id, r.value_id, r.part;
CREATE VIEW crew_credits AS
    SELECT c.subject_id AS work_id, w.title AS work, c.predicate AS role,
        c.value_id AS person_id, p.name AS person, count(DISTINCT c.source_id) AS sources,
        json_group_array(DISTINCT c.status) AS statuses
    FROM claims AS c JOIN works AS w ON w.id = c.subject_id JOIN people AS p ON p.id = c.value_id
    WHERE c.predicate IN (SELECT value FROM predicates WHERE credit = 'crew')
    GROUP BY c.subject_id, c.predicate, c.value_id;
CREATE VIEW facts AS
    -- One row per value however written (by value_key: "90 minutes" and "1.5 hours") and
    -- scope (a region's or a medium's value holds there only; a region by region_key: "UK"
    -- and "U.K."), named as most of its sources write it, the first claim's way (by id)
    -- among ties.
    WITH spellings AS (
        SELECT subject_id, predicate, value_key, character_id, region_key, region, medium,
            value_type, value_id, value_text, value_date, value_amount, value_unit,
            value_bound,
            row_number() OVER (
                PARTITION BY subject_id, predicate, value_key, character_id, region_key, medium
                ORDER BY count(DISTINCT source_id) DESC, min(id)
            ) AS rank
        FROM claims
        GROUP BY subject_id, predicate, value_key, character_id, region_key, region, medium,
            value_type, value_id, value_text, value_date, value_amount, value_unit,
            value_bound
    ), given AS (
        SELECT subject_id, predicate, value_key, character_id, region_key, medium,
            -- A source that gives the value as superseded says it was dropped: no backer.
            count(DISTINCT CASE WHEN status IS NOT 'superseded' THEN source_id END) AS sources,
            json_group_array(DISTINCT status) AS statuses
        FROM claims GROUP BY subject_id, predicate, value_key, character_id, region_key, medium
    )
    SELECT s.subject_id, s.predicate, s.value_type, s.value_id, s.value_text, s.value_date,
        s.value_amount, s.value_unit, s.value_bound, s.character_id, s.region, s.medium,
        g.sources, g.statuses
    FROM spellings AS s JOIN given AS g ON g.subject_id = s.subject_id
        AND g.predicate = s.predicate AND g.value_key = s.value_key
        AND g.character_id IS s.character_id AND g.region_key IS s.region_key
        AND g.medium IS s.medium
    WHERE s.rank = 1;
CREATE TABLE disagreements (
    subject_id TEXT NOT NULL REFERENCES entities (id),
    predicate TEXT NOT NULL REFERENCES predicates (value),
    relation TEXT NOT NULL CHECK (relation IN ({_RELATIONS})),
    values_given INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    claim_ids TEXT NOT NULL
);
CREATE INDEX disagreements_subject ON disagreements (subject_id, predicate);
"""

#: Full-text search, where SQLite has FTS5: over the claims table itself (its quotes, text
#: values and notes, which Datasette's search box on the table uses), and over quotes,
#: titles and names together.
FTS = """\
CREATE VIRTUAL TABLE claims_fts USING fts5 (quote, value_text, note, content="claims");
CREATE VIRTUAL TABLE search USING fts5 (kind UNINDEXED, id UNINDEXED, text);
"""


def source_label(source: Source) -> str:
    """A name for a source in lists: its title, or its publisher (or "untitled article")
    and its date."""
    if source.title:
        return source.title
    return f"{source.publisher or 'untitled article'}, {source.published or 'undated'}"


def write_database(
    catalog: Catalog, path: str | os.PathLike[str], rows: Iterable[dict[str, Any]]
) -> bool:
    """Write ``catalog`` to the new, empty SQLite database file at ``path``, its claims from
    ``rows`` (the JSON Lines rows); True if the database has FTS5 search.

    ``path`` is the writer's temporary file (see ``_write.write_named``), which replaces
    the target only once complete: so the database keeps its rollback journal in memory,
    leaving no side file, and does not sync, which the writer does once at the end.
    """
    import sqlite3
    from urllib.parse import quote

    # As a URI with mode=rw, the path is always a file name: ":memory:" and "file:..." too;
    # and the file must exist: the writer made it.
    uri = f"file:{quote(os.path.abspath(path))}?mode=rw"
    connection = sqlite3.connect(uri, uri=True)
    try:
        connection.execute("PRAGMA journal_mode = MEMORY")
        connection.execute("PRAGMA synchronous = OFF")
        with connection:  # one transaction: all of it or nothing
            connection.executescript(SCHEMA)
            try:
                connection.executescript(FTS)
                searchable = True
            except sqlite3.OperationalError:  # an SQLite built without FTS5
                searchable = False
            _fill(connection, catalog, rows)
            if searchable:
                _fill_search(connection, catalog)
            connection.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
    finally:
        connection.close()
    return searchable


def _insert(connection: Any, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Insert rows by column name: a field a table lacks fails here, loudly."""
    rows = list(rows)
    if rows:
        columns = list(rows[0])
        names = ", ".join(f'"{column}"' for column in columns)
        connection.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})",
            (tuple(row[column] for column in columns) for row in rows),
        )


def _fill(connection: Any, catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    from ._records import Predicate

    _insert(
        connection,
        "predicates",
        (
            {
                "value": p.value,
                "name": p.name,
                "wikidata_property": p.wikidata,
                "description": p.description,
                "credit": p.credit,
                "schema_org": p.schema_org,
            }
            for p in Predicate
        ),
    )
    _insert(
        connection,
        "sources",
        (
            {**record_values(s), "label": source_label(s), "text": catalog.texts.get(s.id)}
            for s in catalog.sources
        ),
    )
    entities: tuple[Entity, ...] = (
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    _insert(
        connection,
        "entities",
        ({"id": e.id, "kind": kind_of(e), "label": e.names[0]} for e in entities),
    )
    # Aliases have a table of their own: a work's with their kind, the others' without.
    _insert(connection, "works", (record_values(f, without=("aliases",)) for f in catalog.films))
    for table, records in (
        ("people", catalog.people),
        ("characters", catalog.characters),
        ("organizations", catalog.organizations),
    ):
        _insert(connection, table, (record_values(r, without=("aliases",)) for r in records))
    named: tuple[Person | Character | Organization, ...] = (
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    aliases: list[dict[str, str | None]] = [
        {"entity_id": f.id, "name": a.name, "kind": a.kind.value}
        for f in catalog.films
        for a in f.aliases
    ]
    aliases += [
        {"entity_id": r.id, "name": alias, "kind": None} for r in named for alias in r.aliases
    ]
    _insert(connection, "aliases", aliases)
    # What a value is equal by (``value_key``, as its text) and a region compares by
    # (``region_key``), which the facts view groups by.
    keys = {claim.id: _key_text(value_key(claim.value)) for claim in catalog.claims}
    regions = {
        claim.id: region_key(claim.qualifiers.region)
        for claim in catalog.claims
        if claim.qualifiers.region is not None
    }
    _insert(
        connection,
        "claims",
        (
            {
                **{_claim_column(k): v for k, v in row.items() if k not in _JOINED},
                "value_key": keys[row["claim_id"]],
                "region_key": regions.get(row["claim_id"]),
            }
            for row in rows
        ),
    )
    # The library's own answer, so that a query of the database tells a conflict from a
    # refinement as disagreements() does.
    _insert(
        connection,
        "disagreements",
        (
            {
                "subject_id": d.subject,
                "predicate": d.predicate.value,
                "relation": d.relation.value,
                "values_given": len(d.facts),
                "sources": len(d.sources),
                "claim_ids": ",".join(c.id for fact in d.facts for c in fact.claims),
            }
            for d in catalog.disagreements(relation=None)
        ),
    )


def _key_text(key: Hashable) -> str:
    """A value's key as a JSON array that SQL can compare and a reader can rebuild: equal
    keys, one text. An entity is ``["entity", id]``, a text ``["text", folded, negated]``,
    a date ``["date", first day, last day]``, an amount ``["amount", unit, low, high]``
    with each end a plain decimal (5400.0 as ``"5400"``) or ``null`` where it is open."""
    if isinstance(key, EntityRef):
        return json.dumps(["entity", key.id], ensure_ascii=False)
    assert isinstance(key, tuple)
    return json.dumps([_key_part(part) for part in key], ensure_ascii=False)


def _key_part(part: object) -> object:
    if isinstance(part, Decimal):
        return format(part.normalize(EXACT_AMOUNTS), "f")  # every digit, however many
    if isinstance(part, tuple):  # a day as (year, month, day)
        year, month, day = part
        return f"{year:04d}-{month:02d}-{day:02d}"
    return part


def _fill_search(connection: Any, catalog: Catalog) -> None:
    connection.execute(
        "INSERT INTO claims_fts (rowid, quote, value_text, note)"
        " SELECT rowid, quote, value_text, note FROM claims"
    )
    entities: tuple[Entity, ...] = (
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    connection.executemany(
        "INSERT INTO search VALUES (?, ?, ?)",
        [(kind_of(e), e.id, name) for e in entities for name in e.names]
        + [("quote", c.id, c.evidence.quote) for c in catalog.claims],
    )


#: What the claims table's own column holds.
_VALUE_KEY = (
    "What the value is equal by: one for values written differently that are the same"
    " (90 minutes and 1.5 hours, Action and action), which the facts view groups by"
)

#: What the claims table's region key holds.
_REGION_KEY = (
    "What the region compares by: one for regions written differently that are the same"
    " (UK and U.K., United States and united states), which the facts view groups by;"
    " empty without a region"
)

#: The database name Datasette gives ``ballerina.db``, and the metadata's default.
DEFAULT_DATABASE = "ballerina"

_QUERIES: dict[str, dict[str, str]] = {
    "cast_of_film": {
        # With its statuses: a credit only hoped, expected or since superseded is not
        # read as a plain one.
        "title": "Cast of a film, with its sources and the statuses of its claims",
        "sql": "SELECT person, character, statuses, sources, character_sources, source_ids"
        " FROM cast_credits"
        " WHERE work_id = :film ORDER BY sources DESC, person",
    },
    "claims_with_quotes": {
        "title": "Claims about an entity, with their quotes",
        # Every part of a value and of its scope: a figure's amount, unit and bound, a
        # credit's character, a release's region and medium.
        "sql": "SELECT id, predicate, value_id, value_text, value_date, value_amount,"
        " value_unit, value_bound, character_id, region, medium, status, source_id, quote"
        " FROM claims WHERE subject_id = :entity ORDER BY id",
    },
    "where_sources_disagree": {
        "title": "Where the sources disagree, refine one another or agree",
        "sql": "SELECT * FROM disagreements ORDER BY subject_id, predicate, relation",
    },
}

#: What Datasette 1.0 takes as configuration rather than metadata: the display of tables.
_TABLE_CONFIGURATION: dict[str, dict[str, Any]] = {
    "claims": {"facets": ["predicate", "source_id", "status"], "fts_table": "claims_fts"},
    "sources": {"label_column": "label"},
    "predicates": {"label_column": "description"},
    "entities": {"label_column": "label"},
    "works": {"label_column": "title"},
}


#: The key of the entry each Datasette file an export writes ends with (Datasette ignores a
#: key it does not know): what wrote the file, and the sha256 of the rest of its JSON, so
#: that ``export --format sqlite --datasette`` replaces such a file only while it is the
#: library's, unchanged (see :func:`is_unchanged`). An edited file is the user's.
_MARK = "_ballerina_data"


def marked(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with its mark: what wrote it, and the digest of the rest."""
    mark = {
        "written_by": "ballerina_data; an export replaces this file only while it is unchanged",
        "sha256": _digest(data),
    }
    return {**data, _MARK: mark}


def _digest(data: object) -> str:
    import hashlib
    import json

    # Of the data, not the bytes: the key order or the spaces of a reformatted file change
    # nothing a reader of it sees.
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_unchanged(content: bytes) -> bool:
    """Whether ``content`` is a Datasette file an export wrote (:func:`marked`) and no one
    changed since: its mark's digest is that of the rest."""
    import json

    try:
        data = json.loads(content.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8 or not JSON, or nested too deep
        return False
    if not isinstance(data, dict):
        return False
    mark = data.pop(_MARK, None)
    return isinstance(mark, dict) and mark.get("sha256") == _digest(data)


def metadata(catalog: Catalog, database: str = DEFAULT_DATABASE) -> dict[str, Any]:
    """Datasette metadata for the database of that name: descriptions, and for Datasette
    0.65 the facets, labels and canned queries too (Datasette 1.0 takes those from the
    :func:`configuration`, and moves the table display it finds here on its own)."""
    sources = "; ".join(
        f"{s.id}: {source_label(s)} ({s.published or 'undated'})" for s in catalog.sources
    )
    descriptions = {
        "claims": "One row per claim: what one source says, with its quote",
        "sources": "The source documents with their full texts",
        "predicates": "What a claim can say: the predicate vocabulary",
        "works": "Films, series and franchises",
        "people": "Real people: cast and crew",
        "characters": "Fictional characters",
        "organizations": "Studios, services, in-story organizations",
        "aliases": "Other titles and spellings of names",
        "entities": "Every entity with its kind and label",
        "disagreements": (
            "Values the sources give for one entity and predicate, and how they relate:"
            " a conflict (they cannot both hold), an overlap (ranges that share only part of"
            " their days or amounts), a refinement (one is a more precise form of another)"
            " or the same value from several sources, as disagreements() tells them;"
            " claim_ids lists the claims of every value"
        ),
    }
    tables: dict[str, dict[str, Any]] = {
        table: {"description": text, **_TABLE_CONFIGURATION.get(table, {})}
        for table, text in descriptions.items()
    }
    from ._tables import CLAIMS

    # Each column described as the data package and the export reference describe it.
    tables["claims"]["columns"] = {
        _claim_column(column.name): column.description
        for column in CLAIMS.columns
        if column.name not in _JOINED
    }
    tables["claims"]["columns"]["value_key"] = _VALUE_KEY
    tables["claims"]["columns"]["region_key"] = _REGION_KEY
    return {
        "title": "ballerina_data: sourced facts about the films titled Ballerina",
        "license": "MIT (code and curated data); the article texts are third-party material",
        "source": (
            # Of any catalog: a user's own sources need be no news articles, nor shipped.
            f"{len(catalog.sources)} source document{'' if len(catalog.sources) == 1 else 's'},"
            " whose texts the database holds as the evidence of its claims"
        ),
        "description": f"Every fact is a claim of one source, with its verbatim quote. {sources}",
        "databases": {database: {"tables": tables, "queries": _QUERIES}},
    }


def configuration(database: str = DEFAULT_DATABASE) -> dict[str, Any]:
    """Datasette 1.0 configuration for the database of that name: the canned queries and
    the tables' facets, search and labels."""
    return {"databases": {database: {"tables": _TABLE_CONFIGURATION, "queries": _QUERIES}}}
