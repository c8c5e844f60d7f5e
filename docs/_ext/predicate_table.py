"""A Sphinx directive that renders the predicate vocabulary from ``ballerina_data.Predicate``.

Usage in a MyST page::

    ```{predicate-table}
    ```

One row per member, in declaration order: the member, its value (as written in the catalog
JSON and the JSON Lines export), its Wikidata property id, its description, and the record
types it is said of and takes as value (what ``verify()`` checks), with the kind of unit an
amount is in, the schema.org property the JSON-LD export states it with, its shape: one
value per subject or many, the qualifiers that scope a value, and whether it changes over
time, and the qualifiers a claim may give.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

WIKIDATA_PROPERTY = "https://www.wikidata.org/wiki/Property:{}"
SCHEMA_ORG = "https://schema.org/{}"
HEADER = (
    "Member",
    "Value",
    "Wikidata",
    "Description",
    "Said of",
    "Value is",
    "schema.org",
    "Values",
    "Qualifiers",
)


def _cell(*children: nodes.Node) -> nodes.entry:
    return nodes.entry("", nodes.paragraph("", "", *children))


def _wikidata(property_id: str | None) -> nodes.Node:
    if property_id is None:
        return nodes.Text("none")
    uri = WIKIDATA_PROPERTY.format(property_id)
    return nodes.reference("", property_id, refuri=uri)


def _schema_org(prop: str | None) -> nodes.Node:
    if prop is None:
        return nodes.Text("none")
    name = prop.removeprefix("^")
    link = nodes.reference("", name, refuri=SCHEMA_ORG.format(name))
    return nodes.inline("", "", nodes.Text("^"), link) if prop.startswith("^") else link


def _names(types: tuple[type, ...]) -> str:
    return ", ".join(cls.__name__ for cls in types)


def _value_is(predicate: Any) -> str:
    names = _names(predicate.value_types)
    return names if predicate.unit is None else f"{names}, in {predicate.unit.described}"


def _shape(predicate: Any) -> str:
    shape = "one" if predicate.single else "many"
    if predicate.scope:
        shape += " per " + " and ".join(predicate.scope)
    if predicate.changes:
        shape += "; a total that only grows" if predicate.grows else "; changes over time"
    return shape


class PredicateTable(SphinxDirective):
    """Build a table of every ``Predicate`` member."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        from ballerina_data import Predicate

        table = nodes.table(classes=["predicate-table"])
        group = nodes.tgroup(cols=len(HEADER))
        table += group
        for width in (14, 14, 8, 24, 10, 10, 10, 12, 10):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        head += nodes.row("", *(_cell(nodes.Text(title)) for title in HEADER))
        group += head
        body = nodes.tbody()
        for predicate in Predicate:
            body += nodes.row(
                "",
                _cell(nodes.literal("", predicate.name)),
                _cell(nodes.literal("", predicate.value)),
                _cell(_wikidata(predicate.wikidata)),
                _cell(nodes.Text(predicate.description)),
                _cell(nodes.Text(_names(predicate.subject_types))),
                _cell(nodes.Text(_value_is(predicate))),
                _cell(_schema_org(predicate.schema_org)),
                _cell(nodes.Text(_shape(predicate))),
                _cell(nodes.Text(", ".join(predicate.qualifiers))),
            )
        group += body
        return [table]


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("predicate-table", PredicateTable)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
