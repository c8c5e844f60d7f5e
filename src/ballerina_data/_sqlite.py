"""The catalog as a SQLite database: normalized tables, views, full-text search.

The schema below is the reference's: the docs print it from :data:`SCHEMA`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._format import FORMAT_VERSION
from ._kinds import kind_of

if TYPE_CHECKING:
    from ._catalog import Catalog
    from ._records import Character, Entity, Organization, Person

__all__ = ["SCHEMA", "metadata", "write_database"]

#: The tables, indexes and views, in the order they are created.
SCHEMA = """\
CREATE TABLE sources (
    id TEXT PRIMARY KEY, title TEXT, author TEXT, publisher TEXT, published TEXT,
    published_note TEXT, language TEXT NOT NULL, sha256 TEXT NOT NULL, note TEXT, text TEXT
);
CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT NOT NULL);
CREATE TABLE works (
    id TEXT PRIMARY KEY REFERENCES entities (id), kind TEXT NOT NULL, title TEXT NOT NULL,
    year INTEGER, description TEXT
);
CREATE TABLE people (id TEXT PRIMARY KEY REFERENCES entities (id), name TEXT NOT NULL);
CREATE TABLE characters (id TEXT PRIMARY KEY REFERENCES entities (id), name TEXT NOT NULL);
CREATE TABLE organizations (id TEXT PRIMARY KEY REFERENCES entities (id), name TEXT NOT NULL);
CREATE TABLE aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id), name TEXT NOT NULL, kind TEXT
);
CREATE TABLE claims (
    id TEXT PRIMARY KEY, subject_id TEXT NOT NULL REFERENCES entities (id),
    predicate TEXT NOT NULL, wikidata_property TEXT, value_type TEXT NOT NULL,
    value_id TEXT REFERENCES entities (id), value_text TEXT, value_date TEXT,
    value_amount TEXT, value_unit TEXT, value_bound TEXT,
    character_id TEXT REFERENCES characters (id), region TEXT, medium TEXT, status TEXT,
    qualifier_date TEXT, title_kind TEXT, source_id TEXT NOT NULL REFERENCES sources (id),
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, note TEXT
);
CREATE INDEX claims_subject ON claims (subject_id);
CREATE INDEX claims_value ON claims (value_id);
CREATE INDEX claims_predicate ON claims (predicate);
CREATE INDEX claims_source ON claims (source_id);
CREATE INDEX aliases_entity ON aliases (entity_id);
CREATE VIEW cast_credits AS
    SELECT c.subject_id AS work_id, w.title AS work, c.value_id AS person_id,
        p.name AS person, c.character_id, ch.name AS character,
        count(DISTINCT c.source_id) AS sources, group_concat(DISTINCT c.source_id) AS source_ids
    FROM claims AS c JOIN works AS w ON w.id = c.subject_id
        JOIN people AS p ON p.id = c.value_id LEFT JOIN characters AS ch ON ch.id = c.character_id
    WHERE c.predicate = 'cast_member'
    GROUP BY c.subject_id, c.value_id, c.character_id;
CREATE VIEW crew_credits AS
    SELECT c.subject_id AS work_id, w.title AS work, c.predicate AS role,
        c.value_id AS person_id, p.name AS person, count(DISTINCT c.source_id) AS sources
    FROM claims AS c JOIN works AS w ON w.id = c.subject_id JOIN people AS p ON p.id = c.value_id
    WHERE c.predicate IN ('director', 'screenwriter', 'producer')
    GROUP BY c.subject_id, c.predicate, c.value_id;
CREATE VIEW facts AS
    SELECT subject_id, predicate, value_type, value_id, value_text, value_date, value_amount,
        value_unit, value_bound, character_id, count(DISTINCT source_id) AS sources
    FROM claims
    GROUP BY subject_id, predicate, value_type, value_id, value_text, value_date,
        value_amount, value_unit, value_bound, character_id;
CREATE VIEW disagreements AS
    SELECT subject_id, predicate, count(*) AS values_given, sum(sources) AS statements
    FROM facts GROUP BY subject_id, predicate
    HAVING count(*) > 1 AND (
        SELECT count(DISTINCT source_id) FROM claims
        WHERE claims.subject_id = facts.subject_id AND claims.predicate = facts.predicate
    ) > 1;
"""

#: Full-text search over quotes, titles and names, where SQLite has FTS5.
FTS = "CREATE VIRTUAL TABLE search USING fts5 (kind UNINDEXED, id UNINDEXED, text);"


def write_database(
    catalog: Catalog, path: str | os.PathLike[str], rows: Iterable[dict[str, Any]]
) -> bool:
    """Write ``catalog`` to a new SQLite database at ``path``, its claims from ``rows`` (the
    JSON Lines rows); True if the database has FTS5 search."""
    import sqlite3
    from urllib.parse import quote

    # As a URI with mode=rwc, the path is always a file name: ":memory:" and "file:..." too.
    uri = f"file:{quote(os.path.abspath(path))}?mode=rwc"
    connection = sqlite3.connect(uri, uri=True)
    try:
        with connection:  # one transaction: all of it or nothing
            connection.executescript(SCHEMA)
            try:
                connection.execute(FTS)
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


def _fill(connection: Any, catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    connection.executemany(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                s.id,
                s.title,
                s.author,
                s.publisher,
                s.published and str(s.published),
                s.published_note,
                s.language,
                s.sha256,
                s.note,
                catalog.texts.get(s.id),
            )
            for s in catalog.sources
        ),
    )
    entities: tuple[Entity, ...] = (
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    connection.executemany(
        "INSERT INTO entities VALUES (?, ?, ?)",
        ((e.id, kind_of(e), e.names[0]) for e in entities),
    )
    connection.executemany(
        "INSERT INTO works VALUES (?, ?, ?, ?, ?)",
        ((f.id, f.kind.value, f.title, f.year, f.description) for f in catalog.films),
    )
    for table, records in (
        ("people", catalog.people),
        ("characters", catalog.characters),
        ("organizations", catalog.organizations),
    ):
        connection.executemany(
            f"INSERT INTO {table} VALUES (?, ?)", ((r.id, r.name) for r in records)
        )
    named: tuple[Person | Character | Organization, ...] = (
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    aliases: list[tuple[str, str, str | None]] = [
        (f.id, a.name, a.kind.value) for f in catalog.films for a in f.aliases
    ]
    aliases += [(r.id, alias, None) for r in named for alias in r.aliases]
    connection.executemany("INSERT INTO aliases VALUES (?, ?, ?)", aliases)
    columns = (
        "claim_id", "subject_id", "predicate", "wikidata_property", "value_type", "value_id",
        "value_text", "value_date", "value_amount", "value_unit", "value_bound",
        "character_id", "region", "medium", "status", "qualifier_date", "title_kind",
        "source_id", "quote", "start", "end", "note",
    )  # fmt: skip
    connection.executemany(
        f"INSERT INTO claims VALUES ({', '.join('?' * len(columns))})",
        (tuple(row[column] for column in columns) for row in rows),
    )


def _fill_search(connection: Any, catalog: Catalog) -> None:
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


def metadata(catalog: Catalog) -> dict[str, Any]:
    """Datasette metadata for the database: descriptions, facets and canned queries."""
    sources = "; ".join(
        f"{s.id}: {s.title or '(no headline)'} ({s.published or 'undated'})"
        for s in catalog.sources
    )
    return {
        "title": "ballerina_data: sourced facts about the films titled Ballerina",
        "license": "MIT (code and curated data); the article texts are third-party material",
        "source": f"{len(catalog.sources)} news articles, shipped as evidence",
        "description": f"Every fact is a claim of one source, with its verbatim quote. {sources}",
        "databases": {
            "ballerina": {
                "tables": {
                    "claims": {
                        "description": "One row per claim: what one source says, with its quote",
                        "facets": ["predicate", "source_id", "status"],
                        "columns": {
                            "subject_id": "the entity the claim is about",
                            "predicate": "what the claim says of it",
                            "value_id": "the entity the claim names as its value, if any",
                            "source_id": "the source that makes the claim",
                            "quote": "the source's words that state it, verbatim",
                            "start": "where the quote starts in the source text",
                            "status": "how firm the statement is, as the source puts it",
                        },
                    },
                    "sources": {"description": "The source documents with their full texts"},
                    "works": {"description": "Films, series and franchises"},
                    "people": {"description": "Real people: cast and crew"},
                    "characters": {"description": "Fictional characters"},
                    "organizations": {"description": "Studios, services, in-story organizations"},
                    "aliases": {"description": "Other titles and spellings of names"},
                    "entities": {"description": "Every entity with its kind and label"},
                },
                "queries": {
                    "cast_of_film": {
                        "title": "Cast of a film, with its sources",
                        "sql": "SELECT person, character, sources, source_ids FROM cast_credits"
                        " WHERE work_id = :film ORDER BY sources DESC, person",
                    },
                    "claims_with_quotes": {
                        "title": "Claims about an entity, with their quotes",
                        "sql": "SELECT id, predicate, value_id, value_text, value_date,"
                        " source_id, quote FROM claims WHERE subject_id = :entity ORDER BY id",
                    },
                    "disagreements": {
                        "title": "Where the sources disagree",
                        "sql": "SELECT * FROM disagreements ORDER BY subject_id, predicate",
                    },
                },
            }
        },
    }
