"""The catalog as a Frictionless data package: three CSV files and ``datapackage.json``.

Each CSV file is written as :func:`~ballerina_data.export.to_csv` writes the claims (RFC 4180,
CRLF, UTF-8, an empty field for a missing value); ``datapackage.json`` gives each a Table
Schema read from :data:`~ballerina_data._tables.TABLES`.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._format import FORMAT_VERSION
from ._tables import TABLES, Column, Table, table_rows

if TYPE_CHECKING:
    from ._catalog import Catalog

__all__ = ["descriptor", "write_package"]


def _field(column: Column) -> dict[str, Any]:
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.enum is not None:
        constraints["enum"] = list(column.enum)
    if column.pattern is not None:
        constraints["pattern"] = column.pattern
    if column.type == "integer":
        constraints["minimum"] = 0  # offsets are the only integers
    field: dict[str, Any] = {
        "name": column.name,
        "type": column.type,
        "description": column.description,
    }
    if constraints:
        field["constraints"] = constraints
    return field


def _resource(table: Table) -> dict[str, Any]:
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "profile": "tabular-data-resource",
        "schema": {
            "fields": [_field(column) for column in table.columns],
            "missingValues": [""],
            **({"primaryKey": [table.primary_key]} if table.primary_key else {}),
            "foreignKeys": [
                {"fields": [column], "reference": {"resource": target, "fields": [key]}}
                for column, (target, key) in table.foreign_keys.items()
            ],
        },
    }


def descriptor() -> dict[str, Any]:
    """The ``datapackage.json`` document: the package and a Table Schema per file."""
    return {
        "profile": "tabular-data-package",
        "name": "ballerina-data",
        "title": "ballerina_data: sourced facts about the films titled Ballerina",
        "description": "Every fact is a claim of one source, with its verbatim quote and where"
        " the quote is in the source's text. The code and curated data are MIT-licensed;"
        f" the source texts are third-party material. Catalog format {FORMAT_VERSION}.",
        "licenses": [{"name": "MIT", "title": "MIT License (code and curated data)"}],
        "resources": [_resource(table) for table in TABLES],
    }


def write_package(catalog: Catalog, directory: str, claim_rows: Iterable[dict[str, Any]]) -> None:
    """Write the CSV files and ``datapackage.json`` into ``directory``; the claims are
    ``claim_rows``, the JSON Lines rows."""
    rows = table_rows(catalog, claim_rows)
    for table in TABLES:
        names = [column.name for column in table.columns]
        path = os.path.join(directory, f"{table.name}.csv")
        with open(path, "w", encoding="utf-8", newline="") as fp:
            writer = csv.DictWriter(fp, fieldnames=names, lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(rows[table.name])
    with open(os.path.join(directory, "datapackage.json"), "w", encoding="utf-8") as fp:
        json.dump(descriptor(), fp, ensure_ascii=False, indent=1)
        fp.write("\n")
