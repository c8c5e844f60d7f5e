"""The SQLite export, read with sqlite3 and served by Datasette in-process."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import ballerina_data as bd
from ballerina_data import Catalog, export
from ballerina_data._cli import main

SPIN_OFF = "film/ballerina-2024"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "ballerina.db"
    export.write(Catalog.default(), "sqlite", path)
    return path


def _rows(database: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql, args).fetchall()


def test_the_cast_view_with_source_counts_equals_cast(database: Path) -> None:
    expected = {
        (c.person.id, c.character.id if c.character else None, len(c.sources))
        for c in bd.cast(SPIN_OFF)
    }
    found = _rows(
        database,
        "SELECT person_id, character_id, sources FROM cast_credits WHERE work_id = ?",
        SPIN_OFF,
    )
    assert expected == set(found)


def test_full_text_search_finds_prague(database: Path) -> None:
    found = _rows(database, "SELECT id FROM search WHERE search MATCH 'Prague'")
    assert found
    claims = {claim.id for claim in bd.claims_about(SPIN_OFF) if "Prague" in claim.evidence.quote}
    assert claims <= {claim_id for (claim_id,) in found}


def test_every_claim_source_and_entity_is_a_row(database: Path) -> None:
    catalog = Catalog.default()
    assert [(len(catalog.claims),)] == _rows(database, "SELECT count(*) FROM claims")
    assert [(bd.FORMAT_VERSION,)] == _rows(database, "PRAGMA user_version")
    assert [] == _rows(database, "PRAGMA foreign_key_check")
    texts = dict(_rows(database, "SELECT id, text FROM sources"))
    assert dict(catalog.texts) == texts


def test_the_disagreements_view_holds_every_disagreement(database: Path) -> None:
    found = set(_rows(database, "SELECT subject_id, predicate FROM disagreements"))
    assert {(d.subject, d.predicate.value) for d in bd.disagreements()} <= found


def test_sqlite_to_stdout_is_refused_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert 1 == main(["export", "--format", "sqlite", "--output", "-"])
    assert 1 == capsys.readouterr().err.count("\n")


def test_datasette_serves_the_canned_cast_query_and_a_facet(database: Path, tmp_path: Path) -> None:
    from datasette.app import Datasette

    metadata_path = tmp_path / "metadata.json"
    export.write(Catalog.default(), "datasette-metadata", metadata_path)
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))

    async def ask() -> tuple[Any, Any]:
        app = Datasette([str(database)], metadata=metadata)
        cast = await app.client.get(f"/ballerina/cast_of_film.json?film={SPIN_OFF}&_shape=array")
        facets = await app.client.get("/ballerina/claims.json?_facet=predicate&_size=0")
        return cast.json(), facets.json()

    cast, facets = asyncio.run(ask())
    assert {(c.person.name, len(c.sources)) for c in bd.cast(SPIN_OFF)} <= {
        (row["person"], row["sources"]) for row in cast
    }
    counts = {
        item["value"]: item["count"] for item in facets["facet_results"]["predicate"]["results"]
    }
    assert len(bd.Catalog.default().claims_with("cast_member")) == counts["cast_member"]
