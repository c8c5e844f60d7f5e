"""A Sphinx directive that renders the catalog format's table of records and their keys from
the records' attrs fields, so that a field added to a record is in the reference at once.

Usage in a MyST page::

    ```{record-keys}
    ```

Each key is the field's name, in italics where it is required; in brackets, what its values
look like (a note of :data:`NOTES`, else read from its type: an enum's class, ``integer``,
a date, an entity id's prefixes) and the default it takes.
"""

from __future__ import annotations

import enum
import json
import typing
from typing import Any

import attrs
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

#: What the values of a field look like, where its type does not say it all.
NOTES = {
    "Source.sha256": "64 lowercase hex digits: the sha256 of the UTF-8 text",
    "Source.published": "a date, or an interval where the text bounds its date: `2024/..`,"
    " `../2023`, `2018/2023-10-06`",
    "Film.aliases": "objects with *`name`* and `kind`: a {class}`~ballerina_data.TitleKind`,"
    ' `"alternative_title"` by default',
    "Person.aliases": "other spellings",
    "Claim.subject": "an entity id",
    "Claim.predicate": "a {doc}`predicate <predicates>` value",
    "Claim.value": "a [tagged value](#values)",
    "Claim.source": "a source id",
    "Evidence.start": "integer: a code point offset",
    "Evidence.end": "integer: a code point offset, end exclusive, `end - start` the quote's length",
    "Qualifiers.character": "a character id",
}


def _records() -> dict[str, type]:
    """The table's rows: the JSON name of each record, and its class."""
    import ballerina_data as b

    return {
        "source": b.Source,
        "work": b.Film,
        "person": b.Person,
        "character": b.Character,
        "organization": b.Organization,
        "claim": b.Claim,
        "evidence": b.Evidence,
        "qualifiers": b.Qualifiers,
    }


def _default(value: Any) -> str:
    if attrs.has(type(value)):
        return "none"
    if isinstance(value, enum.Enum):
        value = value.value
    return f"`{json.dumps(list(value) if isinstance(value, tuple) else value)}`"


def _looks_like(cls: type, field: attrs.Attribute[Any], hint: Any) -> str | None:
    """What the field's values look like, from its note or its type."""
    from ballerina_data import PartialDate
    from ballerina_data._kinds import id_prefixes

    if f"{cls.__name__}.{field.name}" in NOTES:
        return NOTES[f"{cls.__name__}.{field.name}"]
    types = set(typing.get_args(hint) or (hint,)) - {type(None)}
    if field.name == "id" and id_prefixes(cls.__name__):
        prefixes = [f"`{prefix}/…`" for prefix in id_prefixes(cls.__name__)]
        return (
            ", ".join(prefixes[:-1]) + " or " + prefixes[-1] if len(prefixes) > 1 else prefixes[0]
        )
    if types == {int}:
        return "integer"
    if types == {PartialDate}:
        return "a date"
    (only, *others) = types
    if not others and isinstance(only, type) and issubclass(only, enum.Enum):
        return f"{{class}}`~ballerina_data.{only.__name__}`"
    return None


def keys(cls: type) -> str:
    """The keys of a record as the table's cell shows them."""
    hints = typing.get_type_hints(cls)
    cells = []
    for field in attrs.fields(cls):
        required = field.default is attrs.NOTHING
        said = [_looks_like(cls, field, hints[field.name])]
        if not required:
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            said.append(_default(default))
        name = f"*`{field.name}`*" if required else f"`{field.name}`"
        notes = "; ".join(text for text in said if text)
        cells.append(f"{name} ({notes})" if notes else name)
    return ", ".join(cells)


def table() -> list[str]:
    """The table of records and their keys, as Markdown lines."""
    rows = [f"| {name} | {keys(cls)} |" for name, cls in _records().items()]
    return ["| Record | Keys |", "| --- | --- |", *rows]


class RecordKeys(SphinxDirective):
    """Render the table of the catalog format's records and their keys."""

    def run(self) -> list[nodes.Node]:
        container = nodes.container()
        self.state.nested_parse(StringList(table()), self.content_offset, container)
        return container.children


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("record-keys", RecordKeys)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
