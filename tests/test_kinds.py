"""One table of kinds: every place a user sees an entity's kind says the same word."""

from __future__ import annotations

import csv
import io
import sqlite3
import typing
from pathlib import Path

import attrs
import pytest

import ballerina_data as bd
from ballerina_data import Catalog, WorkKind, export
from ballerina_data._cli import _parser
from ballerina_data._document import Entities
from ballerina_data._kinds import (
    ENTITY_KINDS,
    KINDS,
    SECTIONS,
    WorkKindName,
    id_prefixes,
    kind_of,
)


def _entities(catalog: Catalog) -> tuple[bd.Entity, ...]:
    return (*catalog.films, *catalog.people, *catalog.characters, *catalog.organizations)


class TestTheTable:
    def test_its_sections_are_the_catalogs_and_the_formats(self) -> None:
        catalog_fields = [f.name for f in attrs.fields(Catalog) if not f.name.startswith("_")]
        assert ["sources", *SECTIONS, "claims", "texts"] == catalog_fields
        assert list(SECTIONS) == [f.name for f in attrs.fields(Entities)]

    def test_each_work_kind_is_a_kind_of_its_own_name(self) -> None:
        assert {kind.value for kind in WorkKind} == {
            row.name for row in KINDS if row.work_kind is not None
        }
        assert all(row.work_kind is None or row.work_kind.value == row.name for row in KINDS)

    def test_lookups_typed_film_are_the_kinds_of_work(self) -> None:
        # The type checker's overloads of lookup(kind=...) name these as Film.
        assert {row.name for row in KINDS if row.work_kind is not None} == set(
            typing.get_args(WorkKindName)
        )
        assert all(
            isinstance(bd.lookup("Ballerina", kind=kind, year=2024), bd.Film)
            for kind in typing.get_args(WorkKindName)
            if kind == "film"
        )

    def test_each_record_class_checks_ids_with_the_tables_prefixes(self) -> None:
        for row in KINDS:
            assert row.prefix in id_prefixes(row.record)
            cls = getattr(bd, row.record)
            fields: dict[str, object] = {"title": "T"} if cls is bd.Film else {"name": "N"}
            if row.work_kind is not None:
                fields["kind"] = row.work_kind
            assert kind_of(cls(id=f"{row.prefix}/x", **fields)) == row.name


class TestOneVocabulary:
    def test_search_kinds_are_record_kinds(self, catalog: Catalog) -> None:
        for entity in _entities(catalog):
            match = next(m for m in catalog.search(entity.names[0], limit=50) if m.entity is entity)
            if isinstance(entity, bd.Film):
                assert entity.kind.value == match.kind
            assert kind_of(entity) == match.kind

    def test_a_work_kind_and_its_value_search_alike(self, catalog: Catalog) -> None:
        for work_kind in WorkKind:
            by_member = catalog.search("john wick ballerina", kind=work_kind, limit=50)
            assert by_member == catalog.search(
                "john wick ballerina", kind=work_kind.value, limit=50
            )
            assert {work_kind.value} >= {match.kind for match in by_member}

    def test_the_old_spelling_series_names_the_new_one(self, catalog: Catalog) -> None:
        with pytest.raises(bd.InvalidQueryError, match="'series' is now 'tv_series'"):
            catalog.search("x", kind="series")

    def test_json_lines_and_csv_kinds_are_the_entities_kinds(self, catalog: Catalog) -> None:
        kinds = {entity.id: kind_of(entity) for entity in _entities(catalog)}
        rows = list(export.jsonl_rows(catalog))
        assert all(kinds[row["subject_id"]] == row["subject_kind"] for row in rows)
        assert all(
            row["value_id"] is None or kinds[row["value_id"]] == row["value_kind"] for row in rows
        )
        text = io.StringIO()
        export.to_csv(catalog, text)
        read = list(csv.DictReader(io.StringIO(text.getvalue())))
        assert [row["subject_kind"] for row in rows] == [row["subject_kind"] for row in read]

    def test_sqlite_kinds_are_the_entities_kinds(self, catalog: Catalog, tmp_path: Path) -> None:
        export.write(catalog, "sqlite", tmp_path / "c.db")
        with sqlite3.connect(tmp_path / "c.db") as connection:
            found = dict(connection.execute("SELECT id, kind FROM entities").fetchall())
        assert {entity.id: kind_of(entity) for entity in _entities(catalog)} == found

    def test_the_cli_offers_every_kind(self) -> None:
        for kind in ENTITY_KINDS:
            assert kind == _parser().parse_args(["search", "x", "--kind", kind]).kind
