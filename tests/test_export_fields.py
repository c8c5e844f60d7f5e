"""Every field of every record reaches every export that carries the record, and every
credit predicate reaches the view of its role: a field or a predicate added to the records
fails here until the exports carry it."""

from __future__ import annotations

import csv
import enum
import io
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
import rdflib

from ballerina_data import (
    Alias,
    Bound,
    Catalog,
    Character,
    Claim,
    DateValue,
    EntityRef,
    Evidence,
    Film,
    Medium,
    Organization,
    PartialDate,
    Person,
    Predicate,
    Qualifiers,
    Quantity,
    Source,
    Status,
    Text,
    TitleKind,
    WorkKind,
    export,
)
from ballerina_data._records import amount_text

# What an export leaves out on purpose. A quote's prefix and suffix only help find it in
# the text: the offsets say where it is, and the SQLite export carries the text.
LEFT_OUT = {"Evidence.prefix", "Evidence.suffix"}

# A series: its work kind, tv_series, is a value no other column holds.
FILM = "series/field-test"
PERSON = "person/field-test"
CHARACTER = "character/field-test"
ORGANIZATION = "org/field-test"
SOURCE = "source-field-test"


def _claims(text: str) -> Iterator[Claim]:
    """A claim of each kind of value, every qualifier and the note set; and one claim of each
    predicate that credits someone."""
    # Each qualifier on a claim whose predicate takes it (a region and medium are a
    # release's, a title kind a title's).
    values: list[tuple[Predicate, Any, Qualifiers]] = [
        (
            Predicate.CAST_MEMBER,
            EntityRef(id=PERSON),
            Qualifiers(
                character=CHARACTER, status=Status.UNCONFIRMED, date=PartialDate.parse("1977-05")
            ),
        ),
        (
            Predicate.TITLE,
            Text(text="m-text-value"),
            Qualifiers(title_kind=TitleKind.WORKING_TITLE),
        ),
        (
            Predicate.RELEASE_DATE,
            DateValue(date=PartialDate.parse("1966-22")),
            Qualifiers(region="m-qualifier-region", medium=Medium.TELEVISION),
        ),
        (
            Predicate.BOX_OFFICE,
            # A currency code, as a box office takes, that no other field holds.
            Quantity(amount=Decimal("8765.25"), unit="QXZ", bound=Bound.AT_MOST),
            Qualifiers(),
        ),
    ]
    values += [(p, EntityRef(id=PERSON), Qualifiers()) for p in Predicate if p.credit]
    for number, (predicate, value, qualifiers) in enumerate(values):
        quote = f"quote {number:03} of the field test"
        start = text.index(quote)
        yield Claim(
            id=f"field-{number:03}",
            subject=FILM,
            predicate=predicate,
            value=value,
            qualifiers=qualifiers,
            source=SOURCE,
            evidence=Evidence(
                quote=quote,
                start=start,
                end=start + len(quote),
                prefix=f"m-prefix-{number}",
                suffix=f"m-suffix-{number}",
            ),
            note=f"m-note-{number}",
        )


def field_catalog() -> Catalog:
    """A catalog with a distinct value in every field of every record."""
    text = "".join(f"{'.' * 40}quote {n:03} of the field test" for n in range(40))
    return Catalog(
        sources=(
            Source(
                id=SOURCE,
                title="m-source-title",
                author="m-source-author",
                publisher="m-source-publisher",
                published=PartialDate.parse("1999-09-09"),
                published_note="m-source-published-note",
                language="x-mlang",
                sha256="ab" * 32,
                note="m-source-note",
            ),
        ),
        films=(
            Film(
                id=FILM,
                kind=WorkKind.TV_SERIES,
                title="m-film-title",
                aliases=(Alias(name="m-film-alias", kind=TitleKind.SHORT_TITLE),),
                year=1987,
                description="m-film-description",
            ),
        ),
        people=(Person(id=PERSON, name="m-person-name", aliases=("m-person-alias",)),),
        characters=(
            Character(id=CHARACTER, name="m-character-name", aliases=("m-character-alias",)),
        ),
        organizations=(Organization(id=ORGANIZATION, name="m-org-name", aliases=("m-org-alias",)),),
        claims=tuple(_claims(text)),
        texts={SOURCE: text},
    )


def _scalar(value: object) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return amount_text(value)
    return str(value)


def fields(record: Any) -> Iterator[tuple[str, str]]:
    """Each field of a record, nested records' fields included, as (Class.field, value)."""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        name = f"{type(record).__name__}.{field.name}"
        if isinstance(value, tuple):
            for item in value:
                yield from fields(item) if attrs.has(type(item)) else [(name, _scalar(item))]
        elif attrs.has(type(value)) and not isinstance(value, PartialDate):
            yield from fields(value)
        elif value is not None:
            yield name, _scalar(value)


def missing(records: list[object], found: set[str]) -> set[str]:
    """The fields of the records whose values the export lacks."""
    return {
        name
        for record in records
        for name, value in fields(record)
        if name not in LEFT_OUT and value not in found
    }


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return field_catalog()


def _jsonl(catalog: Catalog) -> set[str]:
    out = io.StringIO()
    export.to_jsonl(catalog, out)
    return {str(v) for line in out.getvalue().splitlines() for v in json.loads(line).values()}


def _csv(catalog: Catalog) -> set[str]:
    out = io.StringIO()
    export.to_csv(catalog, out)
    return {cell for row in csv.reader(io.StringIO(out.getvalue())) for cell in row}


def _sqlite(catalog: Catalog, path: Path) -> set[str]:
    export.to_sqlite(catalog, path)
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
            )
        ]
        return {
            str(cell)
            for table in tables
            for row in connection.execute(f'SELECT * FROM "{table}"')
            for cell in row
            if cell is not None
        }


def _datapackage(catalog: Catalog, path: Path) -> set[str]:
    export.to_datapackage(catalog, path)
    return {
        cell
        for table in path.glob("*.csv")
        for row in csv.reader(io.StringIO(table.read_text(encoding="utf-8")))
        for cell in row
    }


def _parquet(catalog: Catalog, path: Path) -> set[str]:
    import pyarrow.parquet as pq

    export.to_parquet(catalog, path)
    return {
        str(cell)
        for table in path.glob("*.parquet")
        for row in pq.read_table(table).to_pylist()
        for cell in row.values()
        if cell is not None
    }


def _jsonld(catalog: Catalog) -> set[str]:
    document = json.dumps(export.jsonld_document(catalog))
    graph = rdflib.Graph().parse(data=document, format="json-ld")
    found = set()
    for node in (node for triple in graph for node in triple):
        text = str(node).removeprefix("urn:ballerina-data:")
        found |= {text, text.removeprefix("claim/").removeprefix("source/")}
    return found


def test_every_field_of_a_claim_reaches_json_lines_and_csv(catalog: Catalog) -> None:
    assert set() == missing(list(catalog.claims), _jsonl(catalog))
    assert set() == missing(list(catalog.claims), _csv(catalog))


def _every_record(catalog: Catalog) -> list[object]:
    return [
        *catalog.sources,
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
        *catalog.claims,
    ]


def test_every_field_of_every_record_reaches_sqlite(catalog: Catalog, tmp_path: Path) -> None:
    assert set() == missing(_every_record(catalog), _sqlite(catalog, tmp_path / "f.db"))


def test_every_field_of_every_record_reaches_the_data_package(
    catalog: Catalog, tmp_path: Path
) -> None:
    assert set() == missing(_every_record(catalog), _datapackage(catalog, tmp_path / "p"))


def test_every_field_of_every_record_reaches_parquet(catalog: Catalog, tmp_path: Path) -> None:
    assert set() == missing(_every_record(catalog), _parquet(catalog, tmp_path / "p"))


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_every_field_of_every_record_reaches_jsonld(catalog: Catalog) -> None:
    assert set() == missing(_every_record(catalog), _jsonld(catalog))


def test_a_field_left_out_is_found_missing(catalog: Catalog) -> None:
    # The check itself: a row without the note is a field missing.
    found = _jsonl(catalog) - {f"m-note-{n}" for n in range(len(catalog.claims))}
    assert {"Claim.note"} == missing(list(catalog.claims), found)


def test_every_credit_predicate_reaches_its_view(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "credits.db"
    export.to_sqlite(catalog, path)
    with sqlite3.connect(path) as connection:
        crew = {role for (role,) in connection.execute("SELECT role FROM crew_credits")}
        cast = connection.execute("SELECT count(*) FROM cast_credits").fetchone()[0]
    assert {p.value for p in Predicate if p.credit == "crew"} == crew
    assert cast >= 1


def _export(catalog: Catalog, writer: Any) -> str:
    out = io.StringIO()
    writer(catalog, out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("row", "records"),
    [
        ("source", (Source,)),
        ("work", (Film,)),
        ("person", (Person,)),
        ("character", (Character,)),
        ("organization", (Organization,)),
        ("claim", (Claim,)),
        ("evidence", (Evidence,)),
        ("qualifiers", (Qualifiers,)),
    ],
)
def test_the_format_reference_names_every_field(row: str, records: tuple[type, ...]) -> None:
    """The table is read from the records when the docs are built; its row of each record
    names every field, whatever the records hold."""
    import importlib.util

    docs = Path(__file__).parent.parent / "docs"
    assert "```{record-keys}" in (docs / "reference" / "catalog-format.md").read_text("utf-8")
    spec = importlib.util.spec_from_file_location("record_keys", docs / "_ext" / "record_keys.py")
    assert spec is not None
    assert spec.loader is not None
    extension = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extension)
    (line,) = [line for line in extension.table() if line.startswith(f"| {row} |")]
    names = {field.name for cls in records for field in attrs.fields(cls)}
    assert set() == {name for name in names if f"`{name}`" not in line}


# The acceptance cases for a record field and a predicate, run on a copy of the package
# whose records have one more optional field each (the source's, the claim's and every
# entity's) and whose predicate table has one more row, a crew role. Where a field names a
# schema.org property (a url), JSON-LD states it with that property, and with the extension
# term of its name otherwise. Nothing but the records and the table is edited.
_ADDED_FIELDS = {
    # record: (module, field, its metadata)
    "Source": (
        "_records",
        "url",
        {"description": "Where the document is online.", "schema_org": "url"},
    ),
    "Claim": ("_records", "confidence", {"description": "How sure the curator is."}),
    "Film": ("_entities", "tagline", {"description": "The work's tagline."}),
    "Person": ("_entities", "birth_name", {"description": "The name at birth."}),
    "Character": ("_entities", "species", {"description": "What the character is."}),
    "Organization": (
        "_entities",
        "url",
        {"description": "Where the organization is online.", "schema_org": "url"},
    ),
}

_CHECK_ADDED_FIELDS = """
import json, sys
import attrs
import test_export_fields as t
import test_jsonld as j
import ballerina_data
from ballerina_data import _sqlite, _tables

added = json.loads(sys.argv[2])
catalog = t.field_catalog()
catalog = attrs.evolve(catalog, **{
    section: [
        attrs.evolve(r, **{added[type(r).__name__]: f"m-{type(r).__name__}-added-{r.id}"})
        for r in getattr(catalog, section)
    ]
    for section in ("sources", "claims", "films", "people", "characters", "organizations")
})
path = t.Path(sys.argv[1])
records = t._every_record(catalog)
found = {
    "jsonl": t.missing(list(catalog.claims), t._jsonl(catalog)),
    "csv": t.missing(list(catalog.claims), t._csv(catalog)),
    "sqlite": t.missing(records, t._sqlite(catalog, path / "f.db")),
    "datapackage": t.missing(records, t._datapackage(catalog, path / "package")),
    "parquet": t.missing(records, t._parquet(catalog, path / "parquet")),
    "jsonld": t.missing(records, t._jsonld(catalog)),
}
document = t.export.jsonld_document(catalog)
graph = document["@graph"]
columns = {
    table.name: {c.name: c.description for c in table.columns} for table in _tables.TABLES
}
table = {"Source": "sources", "Claim": "claims"}
print(json.dumps({
    "missing": {k: sorted(v) for k, v in found.items()},
    "fields": {
        record: [f.name for f in attrs.fields(getattr(ballerina_data, record))]
        for record in added
    },
    "terms": {
        node["@id"].removeprefix("urn:ballerina-data:"): sorted(
            key for key, value in node.items() if "-added-" in str(value)
        )
        for node in graph
        if "-added-" in json.dumps(node) and node.get("@type") != "Claim"
    },
    "described": {
        record: columns[table.get(record, "entities")].get(name)
        for record, name in added.items()
    },
    "schema": {name: f"{name} TEXT" in _sqlite.SCHEMA for name in added.values()},
    "misplaced": j.misplaced_properties(
        t.rdflib.Graph().parse(data=json.dumps(document), format="json-ld"), j.Vocabulary()
    ),
}))
"""


def _with_field(text: str, record: str, name: str, metadata: dict[str, str]) -> str:
    """The module's text with an optional text field added at the end of a record class."""
    field = (
        f"    {name}: str | None = attrs.field(\n"
        "        default=None,\n"
        "        validator=check.text(optional=True),\n"
        f"        metadata={metadata!r},\n"
        "    )"
    )
    head, sep, body = re.split(rf"(\nclass {record}\b[^\n]*:\n)", text, maxsplit=1)
    end = body.index("\n\n\n")  # the class's last line: the field goes after it
    return head + sep + body[:end] + "\n" + field + body[end:]


#: The row added to the predicate table: a crew role no other row has.
_ADDED_ROLE = """    COMPOSER = _row(
        "composer",
        "P86",
        "the person composed the work's music",
        _WORK,
        ("Person",),
        credit="crew",
    )
"""

_CHECK_ADDED_ROLE = """
import csv, io, json, sqlite3, sys
import test_export_fields as t
from ballerina_data import Predicate, export

role = Predicate("composer")
catalog = t.field_catalog()  # which credits the person once in each credit role
path = t.Path(sys.argv[1]) / "crew.db"
export.to_sqlite(catalog, path)
with sqlite3.connect(path) as connection:
    view = connection.execute(
        "SELECT work_id, person_id FROM crew_credits WHERE role = ?", (role.value,)
    ).fetchall()
lines = [json.loads(line) for line in t._export(catalog, export.to_jsonl).splitlines()]
cells = list(csv.DictReader(io.StringIO(t._export(catalog, export.to_csv))))
graph = export.jsonld_document(catalog)["@graph"]
(film,) = [node for node in graph if node["@id"].endswith(t.FILM)]
print(json.dumps({
    "credit": role.credit,
    "sqlite": view,
    "jsonl": [[r["subject_id"], r["value_id"]] for r in lines if r["predicate"] == role.value],
    "csv": [r["value_label"] for r in cells if r["predicate"] == role.value],
    "jsonld": film.get("ballerina:composer"),
    "claims": [claim.id for claim in catalog.claims if claim.predicate is role],
}))
"""


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package with the added fields and crew role; the folder to import it
    from."""
    import shutil

    import ballerina_data

    folder = tmp_path_factory.mktemp("extended")
    package = folder / "ballerina_data"
    shutil.copytree(Path(ballerina_data.__file__).parent, package, symlinks=True)
    for record, (module, name, metadata) in _ADDED_FIELDS.items():
        path = package / f"{module}.py"
        path.write_text(_with_field(path.read_text("utf-8"), record, name, metadata), "utf-8")
    table = package / "_predicates.py"
    text = table.read_text("utf-8")
    head, sep, rows = text.partition("    DIRECTOR = _row(")
    table.write_text(head + _ADDED_ROLE + sep + rows, "utf-8")
    return folder


def _run_on(extended: Path, script: str, out: Path, *args: str) -> Any:
    """What ``script`` prints (JSON), run with the extended package and this module."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", script, str(out), *args],
        env={"PYTHONPATH": os.pathsep.join([str(extended), str(Path(__file__).parent)])},
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    return json.loads(result.stdout)


def test_an_optional_field_added_to_a_record_reaches_every_export(
    extended: Path, tmp_path: Path
) -> None:
    added = {record: name for record, (_, name, _) in _ADDED_FIELDS.items()}
    report = _run_on(extended, _CHECK_ADDED_FIELDS, tmp_path, json.dumps(added))
    # The copy has the new fields, and every export but those of claims alone carries them.
    assert all(added[record] in fields for record, fields in report["fields"].items())
    assert {export: [] for export in report["missing"]} == report["missing"]
    # JSON-LD states each with the schema.org property it names, or its extension term.
    assert {
        "source/" + SOURCE: ["url"],
        FILM: ["ballerina:tagline"],
        PERSON: ["ballerina:birth_name"],
        CHARACTER: ["ballerina:species"],
        ORGANIZATION: ["url"],
    } == report["terms"]
    assert {
        record: metadata["description"] for record, (_, _, metadata) in _ADDED_FIELDS.items()
    } == report["described"]
    assert dict.fromkeys(added.values(), True) == report["schema"]
    assert [] == report["misplaced"]  # a url is a property of every schema.org Thing


def test_a_crew_role_added_to_the_table_reaches_every_export(
    extended: Path, tmp_path: Path
) -> None:
    """A new row of the predicate table, a crew role, and the SQLite crew view, JSON Lines,
    CSV and JSON-LD show its credit with no other change."""
    report = _run_on(extended, _CHECK_ADDED_ROLE, tmp_path)
    assert "crew" == report["credit"]
    assert [[FILM, PERSON]] == report["sqlite"]
    assert [[FILM, PERSON]] == report["jsonl"]
    assert ["m-person-name"] == report["csv"]
    # No schema.org property: the role is stated with the extension term, as a Role.
    (claim,) = report["claims"]
    assert [
        {
            "@type": "Role",
            "ballerina:composer": {"@id": f"urn:ballerina-data:{PERSON}"},
            "roleName": "composer",
            "subjectOf": [{"@id": f"urn:ballerina-data:claim/{claim}"}],
        }
    ] == report["jsonld"]


def test_every_column_of_a_record_field_is_described() -> None:
    from ballerina_data._tables import TABLES

    assert [] == [
        f"{table.name}.{column.name}"
        for table in TABLES
        for column in table.columns
        if not column.description
    ]


def test_a_field_of_several_kinds_of_entity_is_one_column_of_the_entities_table() -> None:
    """The entities table has one column of each name for every kind of entity: a field two
    records share is typed alike in both, as its column types it."""
    from ballerina_data._tables import ENTITY_FIELDS_SPREAD, record_columns

    types: dict[str, set[object]] = {}
    for record in (Film, Person, Character, Organization):
        for column in record_columns(record, without=ENTITY_FIELDS_SPREAD):
            types.setdefault(column.name, set()).add((column.type, column.enum, column.pattern))
    assert dict.fromkeys(types, 1) == {name: len(found) for name, found in types.items()}
