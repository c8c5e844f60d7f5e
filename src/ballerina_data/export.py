"""Exports of a whole catalog: the library's JSON, JSON Lines for query engines, JSON-LD,
CSV, SQLite, a Frictionless data package, Parquet and a static site to browse.

Each ``to_*`` function writes one format to what the format needs: an open text file
(json, jsonl, jsonld, csv and the Datasette files), a file path (sqlite) or a directory
(datapackage, parquet, site). An open file is a text stream (a path, which :func:`write`
takes, or a binary stream such as ``open(path, "wb")`` or ``io.BytesIO()`` is a
``TypeError``) open for writing, with ``encoding="utf-8"`` and ``newline=""``: one closed,
open for reading, encoding anything else (``open(path, "w")`` takes the locale's encoding,
cp1252 on Windows) or translating newlines (``newline="\\r\\n"``, and on Windows any opened
without ``newline``, which would change a newline inside a value), is a
:class:`~ballerina_data.WriteError` that says why. Either is raised before
anything is written; an ``io.StringIO`` holds str and is taken as it is.

:func:`write` takes any format by name and a path, and writes the file or directory
atomically, so that a failed export leaves whatever was at the path before untouched:
``export.write(catalog, "json", "catalog.json")``.
"""

from __future__ import annotations

import errno
import functools
import io
import os
import re
import types
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Any, TextIO

from ._catalog import Catalog
from ._errors import InvalidQueryError, WriteError
from ._validators import short_repr

__all__ = [
    "DIRECTORY_FORMATS",
    "FILE_FORMATS",
    "FORMATS",
    "jsonl_rows",
    "jsonld_document",
    "to_csv",
    "to_datapackage",
    "to_datasette_config",
    "to_datasette_metadata",
    "to_json",
    "to_jsonl",
    "to_jsonld",
    "to_parquet",
    "to_site",
    "to_sqlite",
    "write",
]


def _check(catalog: object, function: str) -> None:
    if not isinstance(catalog, Catalog):
        msg = f"{function}() takes a Catalog, got {type(catalog).__name__}"
        raise TypeError(msg)


def _check_stream(catalog: object, function: str, fp: object) -> None:
    """``catalog`` is a Catalog and ``fp`` a UTF-8 text stream open for writing, checked
    before anything is written (see :func:`._write.check_text_stream`)."""
    _check(catalog, function)
    from ._write import check_text_stream

    check_text_stream(function, fp)


#: The longest Datasette database name taken: a file name less its extension.
_DATABASE_LIMIT = 200


# What a plain name needs none of: a path separator, a quote or an angle bracket (which
# HTML, SQL and shell text would need escaped).
_NOT_IN_A_NAME = re.compile(r"[/\\'\"`<>]")


def _check_database(database: object, *, of_file: bool = False) -> str:
    """A Datasette database name: a file's name less its extension, so a str, not empty,
    that a file system and UTF-8 JSON can hold, and a plain one: no path separator, quote,
    angle bracket or control character, not only dots or spaces, none at either end.
    ``of_file``: the name is a database file's, which the message says how to change."""
    if not isinstance(database, str):
        msg = f"database: expected a str, got {type(database).__name__} {short_repr(database)}"
        raise TypeError(msg)
    odd = _NOT_IN_A_NAME.search(database)
    if not database:
        problem = "is empty"
    elif len(database) > _DATABASE_LIMIT:
        problem = f"has {len(database)} characters, more than {_DATABASE_LIMIT}"
    elif re.search(r"[\x00-\x1f\x7f-\x9f]", database):
        problem = "holds a control character"
    elif odd is not None:
        problem = f"holds {odd[0]!r} (a plain name has no path separator, quote or angle bracket)"
    elif not database.strip("."):
        problem = "is only dots, as a folder's name"
    elif database != database.strip():
        problem = "starts or ends with a space, which a file name would hide"
    else:
        try:
            database.encode("utf-8")
        except UnicodeEncodeError:
            problem = "holds bytes that are not UTF-8 (a lone surrogate)"
        else:
            return database
    if of_file:  # the Datasette files, JSON of UTF-8, name the database after its file
        msg = (
            f"database file name {short_repr(database)} {problem}, and the Datasette files"
            " name the database after its file: give the file a plain UTF-8 name, or write"
            " the database alone and the Datasette files with a database name of your own"
        )
    else:
        msg = f"database {short_repr(database)} {problem}: give its file's name less the extension"
    raise InvalidQueryError(msg)


def to_json(catalog: Catalog, fp: TextIO) -> None:
    """Write the catalog in the library's own JSON format (with ``format_version``), one
    record per line (and one text per line), as it writes them: the whole document is
    never held in memory.

    Raises:
        TypeError: ``catalog`` is not a Catalog, or ``fp`` is not a text stream.
        WriteError: ``fp`` is closed, open for reading, or encodes other than UTF-8.
    """
    from ._format import RECORD_FIELDS, write_document_lines

    _check_stream(catalog, "to_json", fp)
    fields = {field: getattr(catalog, field) for field in RECORD_FIELDS}
    write_document_lines({**fields, "texts": catalog.texts}, fp)


def jsonl_rows(catalog: Catalog) -> Iterator[dict[str, Any]]:
    """One flat row per claim: ids with their labels, the value split by type, the evidence.

    Every row has every key (``None`` where empty), so engines infer one stable schema.
    """
    _check(catalog, "jsonl_rows")
    from ._jsonl import claim_rows

    return claim_rows(catalog)


def to_jsonl(catalog: Catalog, fp: TextIO) -> None:
    """Write one JSON object per line per claim (see :func:`jsonl_rows`), for DuckDB or Spark.

    >>> import io, json
    >>> from ballerina_data import Catalog
    >>> out = io.StringIO()
    >>> to_jsonl(Catalog.default(), out)
    >>> row = json.loads(out.getvalue().splitlines()[0])
    >>> row["source_id"], row["subject_kind"]
    ('000_352b652a736a487c', 'film')

    Raises:
        TypeError: ``catalog`` is not a Catalog, or ``fp`` is not a text stream.
        WriteError: ``fp`` is closed, open for reading, or encodes other than UTF-8.
    """
    from ._jsonl import write_lines

    _check_stream(catalog, "to_jsonl", fp)

    write_lines(jsonl_rows(catalog), fp)


def jsonld_document(catalog: Catalog) -> dict[str, Any]:
    """The catalog as a schema.org JSON-LD graph that parses without the network.

    The context is inline. Works are ``Movie``, ``TVSeries``, ``CreativeWorkSeries`` or
    ``CreativeWork``; each predicate is stated with its schema.org property
    (:attr:`Predicate.schema_org <ballerina_data.Predicate.schema_org>`) on the nodes of
    types in that property's domain, and with an extension term ``ballerina:<predicate>``
    elsewhere; credits are ``PerformanceRole`` (with ``characterName``) and ``Role`` nodes;
    each claim is a schema.org ``Claim`` with its source (``appearance``) and quote
    (``text``). The reference gives the whole mapping.
    """
    from ._jsonld import document

    _check(catalog, "jsonld_document")
    return document(catalog)


def to_jsonld(catalog: Catalog, fp: TextIO) -> None:
    """Write the catalog as schema.org JSON-LD (see :func:`jsonld_document`), one node of
    the graph per line.

    ``<``, ``>`` and ``&`` are written ``\\u003c``, ``\\u003e`` and ``\\u0026`` (the same
    strings to any JSON reader), so that the text can be put as it is in an HTML
    ``<script type="application/ld+json">`` element: a name or note holding
    ``</script>`` or ``<!--`` does not end it.

    Raises:
        TypeError: ``catalog`` is not a Catalog, or ``fp`` is not a text stream.
        WriteError: ``fp`` is closed, open for reading, or encodes other than UTF-8.
    """
    import json

    from ._codec import dumps
    from ._gc import gc_paused
    from ._jsonld import CONTEXT, graph

    _check_stream(catalog, "to_jsonld", fp)
    # Node by node, one per line, each through json's C encoder: the graph is never whole
    # in memory as text (an indented dump goes through the pure-Python encoder).
    fp.write('{"@context": ')
    fp.write(_script_safe(json.dumps(CONTEXT, ensure_ascii=False, indent=1)))
    fp.write(',\n"@graph": [')
    # The entity nodes hold a container per credit and value: with the collector running,
    # its passes over them and the catalog made the export 11x slower per claim at 10^6
    # claims than at 10^3 (the nodes form no cycles).
    with gc_paused():
        for number, node in enumerate(graph(catalog)):
            fp.write(",\n" if number else "\n")
            fp.write(_script_safe(dumps(node, compact=True)))
    fp.write("\n]\n}\n")


def _script_safe(text: str) -> str:
    """JSON ``text`` with ``<``, ``>`` and ``&`` escaped: outside its strings JSON has none
    of them, and inside one an escape reads back as the character."""
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _dump(data: Any, fp: TextIO) -> None:
    """Write ``data`` as indented JSON text that keeps its characters (no ``\\u`` escapes),
    ending in a newline."""
    import json

    json.dump(data, fp, ensure_ascii=False, indent=1)
    fp.write("\n")


def to_datasette_metadata(catalog: Catalog, fp: TextIO, *, database: str = "ballerina") -> None:
    """Write Datasette metadata for the SQLite export: descriptions, facets, labels, search
    and canned queries, for the database Datasette names ``database``.

    Datasette names a database after its file, less the extension: ``ballerina.db`` is
    ``ballerina``, ``my catalog.db`` is ``my catalog``. Serve both with
    ``datasette ballerina.db --metadata metadata.json`` (Datasette 0.65); Datasette 1.0
    takes the canned queries from :func:`to_datasette_config` instead.

    The file ends with an entry ``_ballerina_data`` (which Datasette ignores): what wrote
    it and a digest of the rest, by which ``export --format sqlite --datasette`` tells a
    file it may replace (one an export wrote, unchanged) from the user's own.

    Raises:
        InvalidQueryError: ``database`` is empty, only dots, longer than 200 characters,
            or holds a path separator (``/``, ``\\``), a quote (``'``, ``"``, a backtick), an
            angle bracket, a control character or a lone surrogate.
        TypeError: ``database`` is not a str, ``catalog`` is not a Catalog, or ``fp`` is
            not a text stream.
        WriteError: ``fp`` is closed, open for reading, or encodes other than UTF-8.
    """
    _check_stream(catalog, "to_datasette_metadata", fp)
    from ._sqlite import marked, metadata

    _dump(marked(metadata(catalog, _check_database(database))), fp)


def to_datasette_config(catalog: Catalog, fp: TextIO, *, database: str = "ballerina") -> None:
    """Write Datasette 1.0 configuration for the SQLite export: canned queries, facets,
    labels and search, for the database Datasette names ``database``.

    Serve with ``datasette ballerina.db --metadata metadata.json -c datasette.json``. It
    ends with the same ``_ballerina_data`` entry, and raises as :func:`to_datasette_metadata`
    does.
    """
    _check_stream(catalog, "to_datasette_config", fp)
    from ._sqlite import configuration, marked

    _dump(marked(configuration(_check_database(database))), fp)


def to_sqlite(catalog: Catalog, path: str | os.PathLike[str]) -> None:
    """Write the catalog to a new SQLite database file at ``path`` (see the reference for its
    schema); use :func:`write` to replace a file.

    ``path`` is a file name, whatever it looks like: ``":memory:"`` and ``"file:..."`` are
    files of those names, not an in-memory database or a URI. The database is written
    beside it under a temporary name and takes its place when complete, as :func:`write`
    does.

    Raises:
        WriteError: ``path`` exists (``errno.EEXIST``), has SQLite side files beside it, is
            refused as :func:`write` refuses it, or cannot be written.
    """
    _check(catalog, "to_sqlite")
    _write_sqlite(catalog, _path_argument(path), replace=False)


def _write_sqlite(catalog: Catalog, given: str, *, replace: bool) -> None:
    from ._sqlite import write_database
    from ._write import write_named

    write_named(
        given,
        lambda temporary: write_database(catalog, temporary, jsonl_rows(catalog)),
        replace=replace,
        sqlite=True,
    )


def _write_with_datasette(catalog: Catalog, path: str) -> None:
    """Replace the SQLite database ``path`` (``NAME.db``) and the Datasette files beside it,
    ``NAME.metadata.json`` and ``NAME.datasette.json``, as one set: all three are written
    and synced under temporary names before any replaces its file, so a failure (a full
    disk at the last file) leaves all three as they were. ``path`` may be a symbolic link;
    a link at either derived name is refused, never followed, and a file there is replaced
    only if an export wrote it and it is unchanged since (``_sqlite.is_unchanged``). What the
    command line's ``export --format sqlite --datasette`` writes."""
    from ._sqlite import is_unchanged, write_database
    from ._write import write_together

    given = _path_argument(path)
    # Datasette names a database after its file's stem, as pathlib reads it ("..db" is
    # "."; os.path.splitext would keep "..db" whole).
    import pathlib

    name = _check_database(pathlib.PurePath(given).stem, of_file=True)
    base, _ = os.path.splitext(given)  # the side files: NAME.metadata.json beside NAME.db

    def text(writer: Callable[..., None]) -> Callable[[str], None]:
        def fill(temporary: str) -> None:
            with open(temporary, "w", encoding="utf-8", newline="\n") as file:
                writer(catalog, file, database=name)

        return fill

    write_together(
        [
            (
                given,
                lambda temporary: write_database(catalog, temporary, jsonl_rows(catalog)),
                True,
            ),
            (f"{base}.metadata.json", text(to_datasette_metadata), False),
            (f"{base}.datasette.json", text(to_datasette_config), False),
        ],
        ours=is_unchanged,
    )


def to_csv(catalog: Catalog, fp: TextIO) -> None:
    """Write one row per claim with the JSON Lines columns (see :func:`jsonl_rows`), as CSV.

    RFC 4180: a header row, commas, double quotes where a field needs them, CRLF line ends;
    an empty field for ``None``. UTF-8 without a byte-order mark: spreadsheet programs that
    guess a legacy encoding for files without one open it through their UTF-8 import.

    Cells hold the data exactly, and a spreadsheet program runs a cell that starts with
    ``=``, ``+``, ``-`` or ``@`` as a formula. The shipped data has no such cell
    (``tests/test_export.py`` checks); a catalog from elsewhere may, so import its CSV with
    every column as text.

    >>> import csv, io
    >>> from ballerina_data import Catalog
    >>> out = io.StringIO()
    >>> to_csv(Catalog.default(), out)
    >>> rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    >>> rows[0]["claim_id"], rows[0]["subject_kind"], rows[0]["region"]
    ('000-001', 'film', '')

    Raises:
        TypeError: ``catalog`` is not a Catalog, or ``fp`` is not a text stream.
        WriteError: ``fp`` is closed, open for reading, or encodes other than UTF-8.
    """
    import csv

    from ._jsonl import COLUMNS

    _check_stream(catalog, "to_csv", fp)
    writer = csv.DictWriter(fp, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()  # an empty catalog too: the header says what the columns are
    writer.writerows(jsonl_rows(catalog))


def to_datapackage(catalog: Catalog, directory: str | os.PathLike[str]) -> None:
    """Write a Frictionless data package into ``directory`` (made if missing): ``claims.csv``
    (as :func:`to_csv`), ``entities.csv``, ``aliases.csv``, ``sources.csv`` and
    ``datapackage.json``, whose Table Schemas give each column's type, constraints and
    description, and the keys.

    Dates are EDTF strings with a pattern; amounts are decimal strings (read them as
    decimals: see the reference). The directory is written whole or not at all, as
    :func:`write` writes one: built beside it, then renamed into place, replacing an earlier
    package and refusing a folder that holds anything else, another format's export (a
    site) included.

    Raises:
        WriteError: the directory is refused or cannot be written.
    """
    _write_directory(catalog, "datapackage", directory)


def to_parquet(catalog: Catalog, directory: str | os.PathLike[str]) -> None:
    """Write ``claims.parquet``, ``entities.parquet``, ``aliases.parquet`` and
    ``sources.parquet`` into ``directory`` (made if missing), with the columns of
    :func:`to_datapackage` as Arrow types: amounts ``decimal128(38, s)``, EDTF dates
    strings, predicates and other fixed sets of values dictionary-encoded. Needs pyarrow:
    ``pip install "ballerina-data[parquet]"``. The directory is written whole or not at all,
    as :func:`to_datapackage` writes one.

    Raises:
        MissingDependencyError: pyarrow is missing; the message names the extra to install.
        InvalidDataError: an amount does not fit a decimal128 (38 digits in all).
        WriteError: the directory is refused or cannot be written.
    """
    _write_directory(catalog, "parquet", directory)


def to_site(catalog: Catalog, directory: str | os.PathLike[str]) -> None:
    """Write a static site of the catalog to ``directory``, whole or not at all: pages to
    open from disk or publish anywhere, needing no server and nothing from elsewhere.

    It has a page per film, person, character and organization that claims are about or
    name (each predicate with its facts, a film's cast as a person x character x source
    table; an entity no claim names is a line of its kind's list), a timeline for each that
    two or more sources speak of, a page per source with its text and every claim's quote
    highlighted at its offsets, a page of conflicts and a search box over names and
    aliases; every fact links to the highlight of its quote. Every text of the catalog is
    escaped, so a catalog from anywhere makes a site that runs none of it. See the how-to
    "Publish a catalog as a static site".

    ``directory`` must not exist, or be empty, or hold an earlier site (which is replaced),
    not another format's export (a data package):
    the site is built in a new folder beside it and renamed into place when complete, as
    :func:`write` writes every directory format; an error or an interruption leaves nothing
    behind.

    Raises:
        WriteError: ``directory`` holds other files or another format's export, is not a
            directory, or cannot be written.
    """
    _write_directory(catalog, "site", directory)


#: The export formats by name, as the command line offers them (read-only).
FORMATS: Mapping[str, Callable[[Catalog, TextIO], None]] = types.MappingProxyType(
    {
        "json": to_json,
        "jsonl": to_jsonl,
        "jsonld": to_jsonld,
        "csv": to_csv,
        "datasette-metadata": to_datasette_metadata,
        "datasette-config": to_datasette_config,
    }
)
#: The formats written to a file by path, not to a text stream (read-only).
FILE_FORMATS: Mapping[str, Callable[[Catalog, str | os.PathLike[str]], None]] = (
    types.MappingProxyType({"sqlite": to_sqlite})
)
#: The formats written as a directory of files (read-only).
DIRECTORY_FORMATS: Mapping[str, Callable[[Catalog, str | os.PathLike[str]], None]] = (
    types.MappingProxyType({"datapackage": to_datapackage, "parquet": to_parquet, "site": to_site})
)


def write(
    catalog: Catalog, fmt: str, path: str | os.PathLike[str], *, database: str | None = None
) -> None:
    """Export ``catalog`` in format ``fmt`` to the file ``path``, atomically; for the
    :data:`DIRECTORY_FORMATS`, to the directory ``path``, whole or not at all (see below).

    ``database`` is the Datasette database name the ``datasette-metadata`` and
    ``datasette-config`` formats describe (``"ballerina"`` if not given); other formats
    refuse it.

    The export goes to a temporary file beside the target, with an unpredictable name
    created exclusively, that replaces it only when complete and on disk: an export that
    fails midway, or is interrupted, leaves the previous file as it was and no temporary
    file behind.

    - A path that does not exist becomes a new file with the mode and access list
      ``open()`` would give it (``0o666`` less the umask, or what the folder's default ACL
      gives, the umask then unread); an existing regular file is replaced and keeps its mode
      (its owner and group become the writer's, as with any file renamed into place;
      run as root, the writer gives it the replaced file's owner and group, so that a
      root job's daily export stays the reading service's).
    - A symbolic link is followed once: the file it points to is replaced, the link stays.
      A link to a file that does not exist is refused: it would choose where the file goes.
    - Replacing makes a new file: other hard links to the old one keep the old content.
    - A directory, device, FIFO or socket is refused, never replaced, and so are a file
      without write permission, a path ending in ``/`` and a path holding a NUL.
      Standard output is not a path: write to ``sys.stdout`` with one of the ``to_*``
      functions (the command line does that for ``--output -`` and
      ``--output /dev/stdout``). ``/dev/stdout``,
      ``/dev/fd/N`` and the like are refused, and so is a file this process has open as
      standard input, output or error (``--output log.txt >> log.txt``), which replacing
      would lose.
    - A path in the package's own ``data/`` or ``seeds/`` folder (a new file too), or one
      of their files by another name, is refused: that data is the catalog in use when
      none is given, and under every folder ``curate --output`` writes.
    - ``sqlite``: a target with SQLite's side files beside it (``-wal``, ``-shm``,
      ``-journal``: another program has the database open, or crashed while writing it) is
      refused, since the next reader would apply them to the new file.

    A directory format is written into a new directory beside ``path`` that takes its place
    when complete, with its format and the list of its files and folders in
    ``.ballerina-data-files``. A directory at ``path`` keeps its mode and is replaced only
    when everything in it, files and folders at any depth, is in the list of an earlier
    export of the same format, each file with the size and time it was written with; one
    an export of another format wrote (a site where a data package goes) or whose list
    names no format, one holding a mount point (a volume or a bind mount: removing the
    old export would delete the files mounted there), one holding anything else (even a
    file named as one the export
    writes, a listed file changed since, or an empty folder), one holding a folder this
    process cannot read, and a path that is not a directory, are refused. An empty
    directory is replaced. A reader sees the old export or the new one, for a moment none,
    never part of one.

    Raises:
        InvalidQueryError: unknown format, ``"-"`` as the path, ``database`` with a
            format other than ``datasette-*``, or a ``database`` name refused as
            :func:`to_datasette_metadata` refuses it.
        MissingDependencyError: ``parquet`` without pyarrow installed; the message names
            the extra that installs it.
        WriteError: the path is refused or cannot be written (a full disk too); it is an
            ``OSError`` as well, naming the path.
        TypeError: ``catalog`` is not a :class:`~ballerina_data.Catalog` (every function
            here checks that first), ``fmt`` or ``database`` is not a str; for each ``to_*``
            function that writes to a stream, ``fp`` is not one.
    """
    _check(catalog, "write")
    if not isinstance(fmt, str):
        msg = f"write() takes a format name as str, got {type(fmt).__name__} {short_repr(fmt)}"
        raise TypeError(msg)
    if fmt not in FORMATS and fmt not in FILE_FORMATS and fmt not in DIRECTORY_FORMATS:
        known = ", ".join([*FORMATS, *FILE_FORMATS, *DIRECTORY_FORMATS])
        msg = f"unknown export format {fmt!r}; choose one of {known}"
        raise InvalidQueryError(msg)
    writer = FORMATS.get(fmt)
    if database is not None:
        if writer not in (to_datasette_metadata, to_datasette_config):
            msg = f"the {fmt} format describes no Datasette database; database= is for datasette-*"
            raise InvalidQueryError(msg)
        writer = functools.partial(writer, database=_check_database(database))
    if isinstance(path, str) and path == "-":
        msg = "export.write writes files; for standard output, pass sys.stdout to a to_* function"
        raise InvalidQueryError(msg)
    if fmt in DIRECTORY_FORMATS:
        _write_directory(catalog, fmt, path, "write")
        return
    from ._write import write_file

    given = _path_argument(path)
    if fmt == "sqlite":
        _write_sqlite(catalog, given, replace=True)
        return
    export = writer
    assert export is not None  # fmt is one of FORMATS, not of FILE_FORMATS

    def fill(file: IO[bytes]) -> None:
        text = io.TextIOWrapper(file, encoding="utf-8", newline="\n")
        export(catalog, text)
        text.flush()
        text.detach()  # the writer closes the file, once it is on disk

    write_file(given, fill)


def _write_directory(
    catalog: Catalog, fmt: str, path: str | os.PathLike[str], function: str | None = None
) -> None:
    """Write the directory format ``fmt`` to ``path`` whole or not at all (see :func:`write`),
    for ``function`` (``to_<fmt>`` if not given), which checks the arguments."""
    _check(catalog, function or f"to_{fmt}")
    given = _path_argument(path)
    from ._write import write_directory

    write_directory(given, lambda folder: _fill_directory(catalog, fmt, folder), export_format=fmt)


def _fill_directory(catalog: Catalog, fmt: str, folder: str) -> None:
    """Write the files of ``fmt`` into the new, empty ``folder`` that write_directory made."""
    if fmt == "site":
        from ._site import write_pages

        write_pages(catalog, folder)
    elif fmt == "parquet":
        from ._parquet import write_parquet

        write_parquet(catalog, folder, jsonl_rows(catalog))
    else:
        from ._datapackage import write_package

        write_package(catalog, folder, jsonl_rows(catalog))


def _path_argument(path: object) -> str:
    from ._format import path_text, shipped_data_at

    given = path_text(path)
    if not given:
        raise WriteError(errno.ENOENT, "an empty path is not a file", given)
    shipped = shipped_data_at(given)
    if shipped is not None:
        msg = f"would change {shipped}, the package's own data every later use reads: refused"
        raise WriteError(errno.EPERM, msg, given)
    return given
