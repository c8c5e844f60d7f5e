"""Exports: the library's JSON, JSON Lines read by DuckDB, schema.org JSON-LD, atomic writes."""

from __future__ import annotations

import codecs
import functools
import io
import json
import re
import tempfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from types import MappingProxyType
from typing import Any

import duckdb
import pytest

from ballerina_data import Catalog, InvalidQueryError, WriteError, export
from ballerina_data._jsonl import BATCH
from each_case import each


def test_json_export_loads_back_equal(catalog: Catalog) -> None:
    out = io.StringIO()
    export.to_json(catalog, out)
    assert 1 == json.loads(out.getvalue())["format_version"]
    assert catalog == Catalog.from_json(out.getvalue())


class _Writes(io.StringIO):
    """A stream that remembers the longest single write it was given."""

    longest = 0

    def write(self, text: str) -> int:
        self.longest = max(self.longest, len(text))
        return super().write(text)


@each("fmt", ["json", "jsonl", "jsonld"])
def test_exports_stream_record_by_record(catalog: Catalog, fmt: str) -> None:
    # No write holds the whole document: the longest is a record's line (or a source's text),
    # or for JSON Lines a batch of rows of a bounded size.
    out = _Writes()
    export.FORMATS[fmt](catalog, out)
    longest_text = max(len(json.dumps(text, ensure_ascii=False)) for text in catalog.texts.values())
    longest_line = max(map(len, out.getvalue().splitlines()))
    bound = BATCH + longest_line if fmt == "jsonl" else longest_text + 100
    assert out.longest <= bound < len(out.getvalue()) // 4
    assert out.getvalue().count("\n") >= len(catalog.claims)


def test_jsonl_has_one_row_per_claim_with_one_schema(catalog: Catalog) -> None:
    out = io.StringIO()
    export.to_jsonl(catalog, out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(catalog.claims) == len(rows)
    assert 1 == len({tuple(row) for row in rows})


def test_duckdb_answers_who_is_in_the_spin_off(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    export.write(catalog, "jsonl", path)
    relation = duckdb.sql(
        f"""
        SELECT value_label AS actor, count(DISTINCT source_id) AS sources
        FROM read_json_auto('{path}')
        WHERE subject_id = 'film/ballerina-2024' AND predicate = 'cast_member'
        GROUP BY actor ORDER BY sources DESC, actor
        """
    )
    assert relation is not None
    rows = relation.fetchall()
    expected: dict[str, set[str]] = {}
    for credit in catalog.cast("film/ballerina-2024"):
        expected.setdefault(credit.person.name, set()).update(credit.sources)
    assert {name: len(sources) for name, sources in expected.items()} == dict(rows)
    assert ("Ana de Armas", 5) == rows[0]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "jsonld"])
def test_interrupted_export_leaves_the_previous_file(
    catalog: Catalog, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.out"
    target.write_text("previous export")
    original = export.FORMATS[fmt]

    def interrupted(catalog: Catalog, fp: Any) -> None:
        original(catalog, fp)
        msg = "interrupted after writing everything but before the rename"
        raise KeyboardInterrupt(msg)

    monkeypatch.setattr(export, "FORMATS", MappingProxyType({**export.FORMATS, fmt: interrupted}))
    with pytest.raises(KeyboardInterrupt):
        export.write(catalog, fmt, target)
    assert "previous export" == target.read_text()
    assert [target] == list(tmp_path.iterdir())


def test_writer_failing_midway_leaves_the_previous_file(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text("previous export")

    def half(catalog: Catalog, fp: Any) -> None:
        rows = list(export.jsonl_rows(catalog))
        for row in rows[: len(rows) // 2]:
            fp.write(json.dumps(row) + "\n")
        msg = "no space left on device"
        raise OSError(msg)

    monkeypatch.setattr(export, "FORMATS", MappingProxyType({**export.FORMATS, "jsonl": half}))
    with pytest.raises(OSError, match="no space left"):
        export.write(catalog, "jsonl", target)
    assert "previous export" == target.read_text()
    assert [target] == list(tmp_path.iterdir())


def test_unknown_format_is_a_value_error(catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(InvalidQueryError, match="unknown export format 'xml'"):
        export.write(catalog, "xml", tmp_path / "x")


# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph internally.
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_jsonld_ids_are_valid_iris_to_an_rdf_parser() -> None:
    import attrs
    import rdflib

    catalog = Catalog.default()
    # Source ids may hold ".", "_" and "-" besides letters and digits (never "/", "#" or a
    # space, which Source refuses): none of them may make an invalid or a different IRI.
    odd = "000.Odd_source-x"
    renamed = attrs.evolve(catalog.sources[0], id=odd)
    claims = tuple(
        attrs.evolve(c, source=odd) if c.source == catalog.sources[0].id else c
        for c in catalog.claims
    )
    texts = {odd if k == catalog.sources[0].id else k: v for k, v in catalog.texts.items()}
    odd_catalog = attrs.evolve(
        catalog, sources=(renamed, *catalog.sources[1:]), claims=claims, texts=texts
    )
    document = export.jsonld_document(odd_catalog)
    graph = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
    # N-Triples has the strictest IRI grammar of rdflib's parsers: a round trip through it
    # fails on any invalid IRI.
    again = rdflib.Graph().parse(data=graph.serialize(format="nt"), format="nt")
    assert len(graph) == len(again) > 500
    iris = [node for triple in graph for node in triple if isinstance(node, rdflib.URIRef)]
    assert [] == [iri for iri in iris if not rdflib.term._is_valid_uri(iri)]
    subjects = {str(s) for s in again.subjects()}
    assert "urn:ballerina-data:source/000.Odd_source-x" in subjects
    assert "urn:ballerina-data:film/ballerina-2024" in subjects


def test_csv_reads_back_as_the_json_lines_rows(tmp_path: Path) -> None:
    import csv

    catalog = Catalog.default()
    path = tmp_path / "claims.csv"
    export.write(catalog, "csv", path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark
    assert raw.count(b"\r\n") >= len(catalog.claims) + 1
    with path.open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    expected = [
        {key: "" if value is None else str(value) for key, value in row.items()}
        for row in export.jsonl_rows(catalog)
    ]
    assert expected == rows


def test_duckdb_reads_the_csv(tmp_path: Path) -> None:
    catalog = Catalog.default()
    path = tmp_path / "claims.csv"
    export.write(catalog, "csv", path)
    (count,) = duckdb.execute(f"select count(*) from read_csv('{path}')").fetchall()[0]
    columns = len(duckdb.execute(f"describe select * from read_csv('{path}')").fetchall())
    assert (len(catalog.claims), len(next(export.jsonl_rows(catalog)))) == (count, columns)


def test_no_cell_of_the_shipped_data_is_a_spreadsheet_formula() -> None:
    import csv
    import io

    out = io.StringIO()
    export.to_csv(Catalog.default(), out)
    cells = [cell for row in csv.reader(io.StringIO(out.getvalue())) for cell in row]
    assert [] == [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]


@pytest.mark.parametrize(
    ("database", "problem"),
    [
        ("\ud800", "lone surrogate"),  # reported: a traceback ending in UnicodeEncodeError
        ("a\x00b", "control character"),
        ("", "is empty"),
        ("d" * 100_000, "has 100000 characters, more than 200"),  # reported: taken
        # Reported: '../x"<script>' was taken, while a name is a file's less its extension.
        ('../x"<script>', "holds '/'"),
        ("a\\b", "holds '\\\\\\\\'"),
        ('my "catalog"', "holds '\"'"),
        ("Ana's", 'holds "\'"'),
        ("x<y", "holds '<'"),
        ("x>y", "holds '>'"),
        ("..", "is only dots"),
        (" ", "starts or ends with a space"),  # reported: taken
        ("my catalog ", "starts or ends with a space"),
    ],
)
@pytest.mark.parametrize("fmt", ["datasette-metadata", "datasette-config"])
def test_a_database_name_no_file_could_have_is_refused(
    tmp_path: Path, fmt: str, database: str, problem: str
) -> None:
    with pytest.raises(InvalidQueryError, match=f"^database .* {problem}.*: ") as caught:
        export.write(Catalog.default(), fmt, tmp_path / "m.json", database=database)
    assert len(str(caught.value)) < 200
    assert [] == list(tmp_path.iterdir())
    with pytest.raises(InvalidQueryError, match=problem):
        export.FORMATS[fmt](Catalog.default(), io.StringIO(), database=database)  # type: ignore[call-arg]


@each("database", ["my catalog", "ballerina-2.0", "Café_1", ".hidden"])
def test_a_plain_database_name_is_taken(database: str) -> None:
    out = io.StringIO()
    export.to_datasette_config(Catalog.default(), out, database=database)
    assert [database] == list(json.loads(out.getvalue())["databases"])


@each("database", [5, b"ballerina", None])
def test_a_database_name_that_is_no_str_is_a_type_error(database: object) -> None:
    # Reported: int 5 was taken, bytes gave a TypeError from deep inside json.
    with pytest.raises(TypeError, match=r"^database: expected a str, got "):
        export.to_datasette_metadata(Catalog.default(), io.StringIO(), database=database)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name",
    ["to_json", "to_jsonl", "to_jsonld", "to_csv", "to_datasette_metadata", "to_datasette_config"],
)
@pytest.mark.parametrize("fp", ["out.json", Path("out.json"), None])
def test_a_path_where_a_stream_is_expected_is_a_type_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, fp: object
) -> None:
    # Reported: AttributeError ('str' object has no attribute 'write') from deep inside.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TypeError, match=rf"^{name}\(\) writes to an open text file"):
        getattr(export, name)(Catalog.default(), fp)
    assert [] == list(tmp_path.iterdir())


def test_a_format_that_is_no_str_is_a_type_error(tmp_path: Path) -> None:
    # Reported: InvalidQueryError ("unknown export format 5").
    with pytest.raises(TypeError, match=r"^write\(\) takes a format name as str, got int 5"):
        export.write(Catalog.default(), 5, tmp_path / "out")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", sorted(export.FORMATS))
def test_a_closed_stream_is_a_write_error(tmp_path: Path, fmt: str) -> None:
    # Reported: to_json into a closed file raised Python's ValueError from deep inside.
    with (tmp_path / "x.txt").open("w", encoding="utf-8") as fp:
        pass
    with pytest.raises(WriteError, match=r"was given a closed file"):
        export.FORMATS[fmt](Catalog.default(), fp)


_FOLDER_PAIRS = [
    (first, second) for first in export.DIRECTORY_FORMATS for second in export.DIRECTORY_FORMATS
]


@pytest.mark.parametrize(("first", "second"), _FOLDER_PAIRS)
def test_a_folder_export_replaces_only_an_export_of_its_own_format(
    tmp_path: Path, first: str, second: str
) -> None:
    # Reported: a site over an earlier data package, or the reverse, replaced it silently.
    catalog = Catalog()  # what the folder holds is not the point: which export wrote it is
    folder = tmp_path / "out"
    export.write(catalog, first, folder)
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    if first == second:
        export.write(catalog, second, folder)
        return
    with pytest.raises(WriteError) as raised:
        export.write(catalog, second, folder)
    message = str(raised.value)
    assert f"holds a {first} export, refusing to replace it with a {second} export" in message
    assert "\n" not in message
    assert before == {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert ["out"] == [path.name for path in tmp_path.iterdir()]


def test_a_site_over_a_data_package_is_refused_by_the_command_and_to_site(
    catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ballerina_data._cli import main

    export.to_datapackage(catalog, tmp_path / "package")
    with pytest.raises(WriteError, match="holds a datapackage export"):
        export.to_site(catalog, tmp_path / "package")
    assert 1 == main(["export", "--format", "site", "--output", str(tmp_path / "package")])
    assert "holds a datapackage export, refusing to replace it" in capsys.readouterr().err
    assert (tmp_path / "package" / "datapackage.json").is_file()


def test_a_listing_that_records_no_format_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    # Written before exports recorded their format: what wrote the folder cannot be told.
    folder = tmp_path / "out"
    export.to_datapackage(catalog, folder)
    listing = folder / ".ballerina-data-files"
    first, rest = listing.read_text(encoding="utf-8").split("\n", 1)
    assert "format: datapackage" == first
    listing.write_text(rest, encoding="utf-8")
    with pytest.raises(WriteError, match="holds an export that recorded no format"):
        export.to_datapackage(catalog, folder)
    assert (folder / "datapackage.json").is_file()


@pytest.mark.parametrize("fmt", sorted(export.FORMATS))
@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_a_file_not_encoding_utf8_is_refused_before_anything_is_written(
    tmp_path: Path, fmt: str, encoding: str
) -> None:
    # Reported: ASCII failed partway with a raw UnicodeEncodeError, leaving part of the
    # export in the file; cp1252 wrote a CSV that was not the UTF-8 its docstring promises.
    path = tmp_path / "out.txt"
    with path.open("w", encoding=encoding) as fp, pytest.raises(WriteError) as raised:
        export.FORMATS[fmt](Catalog.default(), fp)
    assert f"opened with encoding {encoding!r}; open it with encoding='utf-8'" in str(raised.value)
    assert b"" == path.read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_a_file_that_translates_newlines_is_refused_before_anything_is_written(
    tmp_path: Path, fmt: str, newline: str
) -> None:
    # Reported: with newline="\r\n" (what open() does on Windows unless given newline="")
    # a quote's "\n" came back from the CSV as "\r\n" and rows ended "\r\r\n"; with "\r"
    # JSON Lines had no "\n" at all.
    path = tmp_path / "out.txt"
    with path.open("w", encoding="utf-8", newline=newline) as fp:
        fp.write("mine")
        with pytest.raises(WriteError) as raised:
            export.FORMATS[fmt](Catalog.default(), fp)
    assert f"turns each newline written into {newline!r}" in str(raised.value)
    assert "open it with newline=''" in str(raised.value)
    assert b"mine" == path.read_bytes()


def _codec_writer(name: str) -> codecs.StreamWriter:
    return codecs.getwriter(name)(io.BytesIO())


_SPOOLED = functools.partial(tempfile.SpooledTemporaryFile, mode="w+", encoding="utf-8")


@each("fmt", ["csv", "jsonl"])
@each(
    ("stream", "refusal"),
    [
        (
            functools.partial(io.StringIO, newline="\r\n"),
            "turns each newline written into '\\r\\n'",
        ),
        (functools.partial(io.StringIO, newline="\r"), "turns each newline written into '\\r'"),
        (functools.partial(_SPOOLED, newline="\r\n"), "turns each newline written into '\\r\\n'"),
        (functools.partial(_codec_writer, "utf-16"), "opened with encoding 'utf_16'"),
        (functools.partial(_codec_writer, "cp1252"), "opened with encoding 'cp1252'"),
    ],
    ids=["StringIO CRLF", "StringIO CR", "spooled CRLF", "utf-16 writer", "cp1252 writer"],
)
def test_a_stream_that_changes_the_bytes_is_refused_however_it_is_made(
    fmt: str, stream: Callable[[], Any], refusal: str
) -> None:
    # Reported: io.StringIO(newline="\r\n") ended every CSV row "\r\r\n" and newline="\r"
    # left JSON Lines no newline; a spooled temporary file did the same; a codecs writer
    # wrote UTF-16 or cp1252. Each had been refused when made by open().
    with stream() as fp, pytest.raises(WriteError, match=re.escape(refusal)):
        export.FORMATS[fmt](Catalog.default(), fp)


@each(
    "stream",
    [
        io.StringIO,
        functools.partial(io.StringIO, newline=None),
        functools.partial(io.StringIO, newline=""),
        functools.partial(_SPOOLED, newline=""),
        functools.partial(_codec_writer, "utf-8"),
    ],
    ids=["StringIO", "StringIO None", "StringIO ''", "spooled ''", "utf-8 writer"],
)
def test_a_stream_that_keeps_the_bytes_is_written(stream: Callable[[], Any]) -> None:
    with stream() as fp:
        export.to_csv(Catalog.default(), fp)
        fp.seek(0)
        written = fp.read()
    text = written.decode("utf-8") if isinstance(written, bytes) else written
    assert text.startswith("claim_id,")
    assert "\r\r\n" not in text


@pytest.mark.parametrize("newline", ["", "\n", None])
def test_a_file_that_writes_newlines_as_they_are_is_written(
    catalog: Catalog, tmp_path: Path, newline: str | None
) -> None:
    import csv

    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline=newline) as fp:
        fp.write("\r\n")  # the caller's own text, still to be written: no newline argument
        export.to_csv(catalog, fp)
    written = path.read_bytes().decode("utf-8")
    assert written.startswith("\r\nclaim_id,")
    rows = csv.DictReader(io.StringIO(written[2:], newline=""))
    quotes = {row["claim_id"]: row["quote"] for row in rows}
    assert all(quotes[claim.id] == claim.evidence.quote for claim in catalog.claims)


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "utf_8"])
def test_a_file_encoding_utf8_by_any_name_is_written(
    catalog: Catalog, tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "out.json"
    with path.open("w", encoding=encoding) as fp:
        export.to_json(catalog, fp)
    assert catalog == Catalog.from_json(path.read_bytes().decode("utf-8"))


@pytest.mark.parametrize("fmt", sorted(export.FORMATS))
def test_a_file_open_for_reading_is_a_write_error(tmp_path: Path, fmt: str) -> None:
    # Reported: io.UnsupportedOperation ("not writable") from deep inside.
    path = tmp_path / "mine.txt"
    path.write_text("mine", encoding="utf-8")
    with path.open(encoding="utf-8") as fp, pytest.raises(WriteError, match=r"open for reading"):
        export.FORMATS[fmt](Catalog.default(), fp)
    assert "mine" == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", sorted(export.FORMATS))
@pytest.mark.parametrize("stream", ["BytesIO", "file opened wb"])
def test_a_binary_stream_is_a_type_error_that_says_a_text_stream_is_needed(
    tmp_path: Path, fmt: str, stream: str
) -> None:
    # Reported: to_jsonl into open(p, "wb") or io.BytesIO() failed with "a bytes-like object
    # is required, not 'str'" from deep inside.
    function = export.FORMATS[fmt]
    path = tmp_path / "x.out"
    memory = io.BytesIO()
    with path.open("wb") as opened:
        fp: Any = memory if stream == "BytesIO" else opened
        with pytest.raises(TypeError, match=rf"^{function.__name__}\(\) writes text: it needs a"):
            function(Catalog.default(), fp)
    assert (b"", b"") == (memory.getvalue(), path.read_bytes())  # nothing written


def _recast() -> Catalog:
    """The spin-off's cast claims of Norman Reedus in one source, with two castings it is
    made to say were changed: "first cast Gabriel Byrne as Daniel Pine, but Norman Reedus
    took over", and Reedus first cast as Charon. Neither part is theirs now."""
    import attrs

    import ballerina_data as bd

    shipped = Catalog.default()
    pine = next(c for c in shipped.claims if c.qualifiers.character == "character/daniel-pine")
    kept = [
        claim
        for claim in shipped.claims
        if claim.source == pine.source
        and claim.predicate is bd.Predicate.CAST_MEMBER
        and str(claim.value) == "person/norman-reedus"
    ]
    lost = [
        attrs.evolve(
            pine,
            id=f"recast-{n}",
            value=bd.EntityRef(id=person),
            qualifiers=bd.Qualifiers(character=part, status=bd.Status.SUPERSEDED),
        )
        for n, (person, part) in enumerate(
            [
                ("person/gabriel-byrne", "character/daniel-pine"),
                ("person/norman-reedus", "character/charon"),
            ],
            1,
        )
    ]
    source = shipped.source(pine.source)
    return attrs.evolve(
        shipped,
        sources=(source,),
        texts={source.id: shipped.text(source)},
        claims=(*kept, *lost),
    )


class _CastTable(HTMLParser):
    """A site page's table rows, each as its cells' texts, and its links to claims, each as
    (claim id, text)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cites: list[tuple[str, str]] = []
        self._cite: list[str] | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        claim_id = dict(attrs).get("data-claim")
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td") and self.rows:
            self.rows[-1].append("")
        elif tag == "a" and claim_id:
            self._cite = [claim_id, ""]

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._cite is not None:
            self.cites.append((self._cite[0], self._cite[1]))
            self._cite = None

    def handle_data(self, data: str) -> None:
        if self.rows and self.rows[-1]:
            self.rows[-1][-1] += data
        if self._cite is not None:
            self._cite[1] += data


def _exported_parts(catalog: Catalog, fmt: str, folder: Path) -> tuple[set[Any], set[str]]:
    """The (person, character) pairs of the export's credits (None for a format without
    credits), and the ids of the claims it lists as superseded, each read as its reader
    reads it."""
    import csv
    import sqlite3

    from ballerina_data import _site

    if fmt == "sqlite":
        export.write(catalog, "sqlite", folder / "one.db")
        with sqlite3.connect(folder / "one.db") as connection:
            parts = set(connection.execute("SELECT person, character FROM cast_credits"))
            query = "SELECT id FROM claims WHERE status = 'superseded'"
            return parts, {claim_id for (claim_id,) in connection.execute(query)}
    if fmt == "csv":
        out = io.StringIO()
        export.to_csv(catalog, out)
        rows = csv.DictReader(io.StringIO(out.getvalue()))
        return None, {row["claim_id"] for row in rows if row["status"] == "superseded"}  # type: ignore[return-value]
    if fmt == "jsonld":
        nodes = {node["@id"]: node for node in export.jsonld_document(catalog)["@graph"]}
        film = nodes["urn:ballerina-data:film/ballerina-2024"]
        parts = {
            (nodes[role["actor"]["@id"]]["name"], role.get("characterName"))
            for role in film["actor"]
        }
        listed = {
            node_id.removeprefix("urn:ballerina-data:claim/")
            for node_id, node in nodes.items()
            if node.get("ballerina:status") == "superseded"
        }
        return parts, listed
    page = _CastTable(dict(_site.site_pages(catalog))["film/ballerina-2024.html"])
    cast = [
        row for row in page.rows if len(row) > 2 and row[0] in ("Gabriel Byrne", "Norman Reedus")
    ]
    parts = {(person, None if character == "—" else character) for person, character, *_ in cast}
    return parts, {claim_id for claim_id, text in page.cites if "(superseded)" in text}


@pytest.mark.parametrize("fmt", ["sqlite", "csv", "jsonld", "site"])
def test_a_superseded_castings_part_is_no_part_of_an_exported_credit(
    fmt: str, tmp_path: Path
) -> None:
    # Reported: the cast_credits view credited Gabriel Byrne "as Daniel Pine", the part the
    # source says Norman Reedus took over, as the film view no longer does.
    catalog = _recast()
    parts, listed = _exported_parts(catalog, fmt, tmp_path)
    shown = {
        (c.person.name, c.character.name if c.character else None)
        for c in catalog.cast("film/ballerina-2024")
    }
    assert {("Norman Reedus", "Daniel Pine"), ("Gabriel Byrne", None)} == shown
    if parts is not None:
        assert {part for part in shown if part[1]} == {part for part in parts if part[1]}
    assert {"recast-1", "recast-2"} == listed  # each claim kept, with its status
