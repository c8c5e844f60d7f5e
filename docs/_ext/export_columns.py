"""A Sphinx directive that renders a table of the data package and Parquet exports from
``ballerina_data._tables``: each column's name, types, constraints and description.

Usage in a MyST page::

    ```{export-columns} claims
    ```

and ``{sqlite-schema}``, which prints the SQLite export's ``SCHEMA`` (built from the
records' fields, so a file's text would not show it).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

HEADER = ("Column", "Table Schema", "Arrow", "Constraints", "Description")


def _cell(*children: nodes.Node) -> nodes.entry:
    return nodes.entry("", nodes.paragraph("", "", *children))


def _constraints(column: Any, table: Any) -> str:
    from ballerina_data import Predicate

    said = []
    if column.name == table.primary_key:
        said.append("primary key")
    if column.name in table.foreign_keys:
        target, key = table.foreign_keys[column.name]
        said.append(f"refers to {target}.{key}")
    if column.required:
        said.append("required")
    if column.type == "integer":
        said.append(">= 0")
    if column.enum == tuple(member.value for member in Predicate):
        said.append("one of the predicates")
    elif column.enum is not None:
        said.append("one of " + ", ".join(column.enum))
    if column.pattern is not None:
        said.append(f"pattern {column.pattern}")
    return "; ".join(said)


class ExportColumns(SphinxDirective):
    """Build the table of one of the exports' tables."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        from ballerina_data._tables import TABLES

        (table,) = [t for t in TABLES if t.name == self.arguments[0]]
        rendered = nodes.table(classes=["export-columns"])
        group = nodes.tgroup(cols=len(HEADER))
        rendered += group
        for width in (16, 8, 14, 26, 36):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        head += nodes.row("", *(_cell(nodes.Text(title)) for title in HEADER))
        group += head
        body = nodes.tbody()
        for column in table.columns:
            body += nodes.row(
                "",
                _cell(nodes.literal("", column.name)),
                _cell(nodes.Text(column.type)),
                _cell(nodes.literal("", column.arrow_type)),
                _cell(nodes.Text(_constraints(column, table))),
                _cell(nodes.Text(column.description)),
            )
        group += body
        return [nodes.paragraph("", table.description), rendered]


class SqliteSchema(SphinxDirective):
    """Print the SQLite export's tables, indexes and views."""

    def run(self) -> list[nodes.Node]:
        from ballerina_data._sqlite import SCHEMA

        return [nodes.literal_block(SCHEMA, SCHEMA, language="sql")]


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("export-columns", ExportColumns)
    app.add_directive("sqlite-schema", SqliteSchema)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
