"""Exports of a whole catalog: the library's JSON, JSON Lines for query engines, JSON-LD.

Each ``to_*`` function writes to an open text file; :func:`write` writes a file atomically,
so that a failed export leaves whatever was at the path before untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import types
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from pathlib import Path

from ._catalog import Catalog
from ._errors import InvalidQueryError
from ._kinds import kind_of, label
from ._records import (
    Claim,
    DateValue,
    EntityRef,
    Organization,
    Person,
    Quantity,
    Text,
    WorkKind,
    amount_text,
)

__all__ = [
    "FILE_FORMATS",
    "FORMATS",
    "jsonl_rows",
    "jsonld_document",
    "to_csv",
    "to_datasette_metadata",
    "to_json",
    "to_jsonl",
    "to_jsonld",
    "to_sqlite",
    "write",
]


def _check(catalog: object, function: str) -> None:
    if not isinstance(catalog, Catalog):
        msg = f"{function}() takes a Catalog, got {type(catalog).__name__}"
        raise TypeError(msg)


def to_json(catalog: Catalog, fp: TextIO) -> None:
    """Write the catalog in the library's own JSON format (with ``format_version``)."""
    _check(catalog, "to_json")
    fp.write(catalog.to_json(indent=1))
    fp.write("\n")


def jsonl_rows(catalog: Catalog) -> Iterator[dict[str, Any]]:
    """One flat row per claim: ids with their labels, the value split by type, the evidence.

    Every row has every key (``None`` where empty), so engines infer one stable schema.
    """
    _check(catalog, "jsonl_rows")
    for claim in catalog.claims:
        subject = catalog.entity(claim.subject)
        source = catalog.source(claim.source)
        value = claim.value
        value_entity = catalog.entity(value.id) if isinstance(value, EntityRef) else None
        character = claim.qualifiers.character
        qualifiers = claim.qualifiers
        yield {
            "claim_id": claim.id,
            "subject_id": subject.id,
            "subject_kind": kind_of(subject),
            "subject_label": label(subject),
            "predicate": claim.predicate.value,
            "wikidata_property": claim.predicate.wikidata,
            "value_type": type(value).__name__,
            "value_id": value_entity.id if value_entity else None,
            "value_kind": kind_of(value_entity) if value_entity else None,
            "value_label": label(value_entity) if value_entity else None,
            "value_text": value.text if isinstance(value, Text) else None,
            "value_date": str(value.date) if isinstance(value, DateValue) else None,
            "value_amount": amount_text(value.amount) if isinstance(value, Quantity) else None,
            "value_unit": value.unit if isinstance(value, Quantity) else None,
            "value_bound": value.bound.value if isinstance(value, Quantity) else None,
            "character_id": character,
            "character_label": catalog.character(character).name if character else None,
            "region": qualifiers.region,
            "medium": qualifiers.medium.value if qualifiers.medium else None,
            "status": qualifiers.status.value if qualifiers.status else None,
            "qualifier_date": str(qualifiers.date) if qualifiers.date else None,
            "title_kind": qualifiers.title_kind.value if qualifiers.title_kind else None,
            "source_id": source.id,
            "source_title": source.title,
            "source_published": str(source.published) if source.published else None,
            "quote": claim.evidence.quote,
            "start": claim.evidence.start,
            "end": claim.evidence.end,
            "note": claim.note,
        }


# Line breaks other than "\n" that splitlines() and some editors honour: inside a JSON string
# they are written escaped, so that a line is a record however the file is split.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def to_jsonl(catalog: Catalog, fp: TextIO) -> None:
    """Write one JSON object per line per claim (see :func:`jsonl_rows`), for DuckDB or Spark.

    >>> import io, json
    >>> from ballerina_data import Catalog
    >>> out = io.StringIO()
    >>> to_jsonl(Catalog.default(), out)
    >>> row = json.loads(out.getvalue().splitlines()[0])
    >>> row["source_id"], row["subject_kind"]
    ('000_352b652a736a487c', 'film')
    """
    import json

    _check(catalog, "to_jsonl")

    for row in jsonl_rows(catalog):
        fp.write(json.dumps(row, ensure_ascii=False).translate(_LINE_BREAKS))
        fp.write("\n")


_SCHEMA_TYPES = {
    WorkKind.FILM: "Movie",
    WorkKind.TV_SERIES: "TVSeries",
    WorkKind.FRANCHISE: "CreativeWorkSeries",
    WorkKind.UNSPECIFIED: "CreativeWork",
}
_ID_PREFIX = "urn:ballerina-data:"


def _iri(record_id: str) -> str:
    """A valid IRI for a record id: characters an IRI may not hold are percent-encoded."""
    from urllib.parse import quote

    # Entity, source and claim ids pass unchanged (see the catalog format); what they do
    # not allow would make an invalid or a different IRI, so it is encoded all the same.
    return _ID_PREFIX + quote(record_id, safe="/:-._~")


def _role(catalog: Catalog, claims: list[Claim], prop: str) -> dict[str, Any]:
    claim = claims[0]
    assert isinstance(claim.value, EntityRef)  # the predicates above all take entities
    node: dict[str, Any] = {
        "@type": "PerformanceRole" if prop == "actor" else "Role",
        prop: {"@id": _iri(claim.value.id)},
        "citation": [{"@id": _iri("source/" + c.source)} for c in claims],
    }
    if prop != "actor":
        node["roleName"] = claim.predicate.value
    if claim.qualifiers.character:
        node["characterName"] = catalog.character(claim.qualifiers.character).name
    return node


def jsonld_document(catalog: Catalog) -> dict[str, Any]:
    """The catalog as a schema.org JSON-LD graph: works, people, organizations, sources.

    Credits are schema.org ``Role`` nodes (``PerformanceRole`` for cast, with
    ``characterName``), each citing the sources that state it.
    """
    _check(catalog, "jsonld_document")
    graph: list[dict[str, Any]] = []
    for film in catalog.films:
        node: dict[str, Any] = {
            "@id": _iri(film.id),
            "@type": _SCHEMA_TYPES[film.kind],
            "name": film.title,
        }
        if film.aliases:
            node["alternateName"] = [alias.name for alias in film.aliases]
        if film.description:
            node["disambiguatingDescription"] = film.description
        statements: dict[tuple[str, str, str | None], list[Claim]] = {}
        for claim in catalog.claims_about(film):
            prop = claim.predicate.schema_org
            if prop and claim.subject == film.id and isinstance(claim.value, EntityRef):
                key = (prop, claim.value.id, claim.qualifiers.character)
                statements.setdefault(key, []).append(claim)
        for (prop, _, _), claims in statements.items():
            node.setdefault(prop, []).append(_role(catalog, claims, prop))
        graph.append(node)
    people_and_organizations: tuple[Person | Organization, ...] = (
        *catalog.people,
        *catalog.organizations,
    )
    graph.extend(
        {
            "@id": _iri(entity.id),
            "@type": "Person" if isinstance(entity, Person) else "Organization",
            "name": entity.name,
            **({"alternateName": list(entity.aliases)} if entity.aliases else {}),
        }
        for entity in people_and_organizations
    )
    for source in catalog.sources:
        node = {"@id": _iri("source/" + source.id), "@type": "NewsArticle"}
        if source.title:
            node["headline"] = source.title
        if source.author:
            node["author"] = {"@type": "Person", "name": source.author}
        if source.published:
            node["datePublished"] = str(source.published)
        graph.append(node)
    return {"@context": "https://schema.org/", "@graph": graph}


def to_jsonld(catalog: Catalog, fp: TextIO) -> None:
    """Write the catalog as schema.org JSON-LD (see :func:`jsonld_document`)."""
    import json

    _check(catalog, "to_jsonld")
    json.dump(jsonld_document(catalog), fp, ensure_ascii=False, indent=1)
    fp.write("\n")


def to_datasette_metadata(catalog: Catalog, fp: TextIO) -> None:
    """Write Datasette metadata for the SQLite export: descriptions, facets, canned queries.

    Serve both with ``datasette ballerina.db --metadata metadata.json``.
    """
    import json

    _check(catalog, "to_datasette_metadata")
    from ._sqlite import metadata

    json.dump(metadata(catalog), fp, ensure_ascii=False, indent=1)
    fp.write("\n")


def to_sqlite(catalog: Catalog, path: str | os.PathLike[str]) -> None:
    """Write the catalog to a new SQLite database file at ``path`` (see the reference for its
    schema); use :func:`write` to replace a file atomically.

    ``path`` is a file name, whatever it looks like: ``":memory:"`` and ``"file:..."`` are
    files of those names, not an in-memory database or a URI.

    Raises:
        FileExistsError: ``path`` exists.
    """
    from ._sqlite import write_database

    _check(catalog, "to_sqlite")
    given = _path_argument(path)
    if os.path.lexists(given):
        raise FileExistsError(errno.EEXIST, "exists; to_sqlite makes a new database", given)
    write_database(catalog, given, jsonl_rows(catalog))


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
    """
    import csv

    _check(catalog, "to_csv")
    rows = jsonl_rows(catalog)
    first = next(rows, None)
    if first is None:
        return
    writer = csv.DictWriter(fp, fieldnames=list(first), lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(first)
    writer.writerows(rows)


#: The export formats by name, as the command line offers them (read-only).
FORMATS: Mapping[str, Callable[[Catalog, TextIO], None]] = types.MappingProxyType(
    {
        "json": to_json,
        "jsonl": to_jsonl,
        "jsonld": to_jsonld,
        "csv": to_csv,
        "datasette-metadata": to_datasette_metadata,
    }
)
#: The formats written to a file by path, not to a text stream (read-only).
FILE_FORMATS: Mapping[str, Callable[[Catalog, str | os.PathLike[str]], None]] = (
    types.MappingProxyType({"sqlite": to_sqlite})
)


def write(catalog: Catalog, fmt: str, path: str | Path) -> None:
    """Export ``catalog`` in format ``fmt`` to the file ``path``, atomically.

    The export goes to a temporary file beside the target that replaces it only when
    complete: an export that fails midway, or is interrupted, leaves the previous file as
    it was and no temporary file behind.

    - A path that does not exist becomes a new file with the mode ``open()`` would give it
      (``0o666`` less the umask); an existing regular file is replaced and keeps its mode.
    - A symbolic link is followed: the file it points to is replaced, the link stays. A
      link to a file that does not exist is refused: it would choose where the file goes.
    - Replacing makes a new file: other hard links to the old one keep the old content.
    - A directory, device, FIFO or socket is refused, never replaced, and so is a path
      ending in ``/``. Standard output is not a path: write to ``sys.stdout`` with one of
      the ``to_*`` functions (the command line does that for ``--output -`` and
      ``--output /dev/stdout``). ``/dev/stdout``, ``/dev/fd/N`` and the like are refused,
      and so is a file this process has open as standard input, output or error
      (``--output log.txt >> log.txt``), which replacing would lose.

    Raises:
        InvalidQueryError: unknown format, or ``"-"`` as the path.
        OSError: the path is refused or cannot be written.
        TypeError: ``catalog`` is not a :class:`~ballerina_data.Catalog` (every function
            here checks that first).
    """
    _check(catalog, "write")
    if fmt not in FORMATS and fmt not in FILE_FORMATS:
        msg = f"unknown export format {fmt!r}; choose one of {', '.join([*FORMATS, *FILE_FORMATS])}"
        raise InvalidQueryError(msg)
    if str(path) == "-":
        msg = "export.write writes files; for standard output, pass sys.stdout to a to_* function"
        raise InvalidQueryError(msg)
    import tempfile  # here, not at import: `import ballerina_data` stays light

    given = _path_argument(path)
    target, mode = _target(given)
    directory, name = os.path.split(target)
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
    except OSError as exc:
        # Name the path the caller gave, not the temporary file beside it.
        raise OSError(exc.errno, exc.strerror, given) from None
    try:
        os.fchmod(handle, mode)
        if fmt in FILE_FORMATS:
            os.close(handle)
            os.unlink(temporary)  # the writer makes the file, beside the target all the same
            FILE_FORMATS[fmt](catalog, temporary)
            os.chmod(temporary, mode)
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as fp:
                FORMATS[fmt](catalog, fp)
                fp.flush()
                os.fsync(fp.fileno())
        os.replace(temporary, target)
    except BaseException as exc:
        # BaseException: Ctrl-C and the command line's signal handlers land here too.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(exc, OSError) and exc.filename == temporary:
            raise OSError(exc.errno, exc.strerror, given) from None
        raise


def _path_argument(path: object) -> str:
    if not isinstance(path, str | os.PathLike):
        msg = f"expected a path, got {type(path).__name__} {path!r:.60}"
        raise TypeError(msg)
    given = os.fspath(path)
    if not isinstance(given, str):
        msg = f"expected a path as str, got {type(given).__name__} {given!r:.60}"
        raise TypeError(msg)
    if not given:
        raise FileNotFoundError(errno.ENOENT, "an empty path is not a file", given)
    return given


def _target(given: str) -> tuple[str, int]:
    """The file an export to ``given`` replaces, and the mode the new file gets.

    Raises:
        OSError: the path is refused.
    """
    import stat

    if given.endswith(("/", os.sep)):
        msg = "a path ending in '/' names a directory, not a file"
        raise IsADirectoryError(errno.EISDIR, msg, given)
    if given in _STREAMS or given.startswith(("/dev/fd/", "/proc/self/fd/")):
        msg = "a standard stream, not a file to replace; write to the stream instead"
        raise OSError(errno.EINVAL, msg, given)
    # Follow symbolic links to the file they name: that file is replaced, the links stay.
    target = os.path.realpath(given)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if os.path.islink(given):
            # A link to nothing: whoever planted it would choose where the export lands.
            msg = "a symbolic link to a missing file, refusing to create its target"
            raise OSError(errno.ENOENT, msg, given) from None
        mode = 0o666 & ~_umask()
    else:
        if _is_a_standard_stream(info):
            msg = "open as a standard stream of this process, refusing to replace it"
            raise OSError(errno.EBUSY, msg, given)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), given)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EEXIST, "not a regular file, refusing to replace it", given)
        if not os.access(target, os.W_OK):
            # Replacing needs only the folder's permission; the file's own is the user's word.
            raise PermissionError(errno.EACCES, "read-only, refusing to replace it", given)
        mode = stat.S_IMODE(info.st_mode)
    return target, mode


_STREAMS = ("/dev/stdin", "/dev/stdout", "/dev/stderr")


def _is_a_standard_stream(info: os.stat_result) -> bool:
    # `--output log.txt >> log.txt`: replacing the file would drop what the shell appended
    # before and send what follows to a file that no longer has a name.
    for fd in (0, 1, 2):
        try:
            stream = os.fstat(fd)
        except OSError:
            continue
        if (stream.st_dev, stream.st_ino) == (info.st_dev, info.st_ino):
            return True
    return False


def _umask() -> int:
    # The only way to read the umask is to set it; set it back at once.
    current = os.umask(0o022)
    os.umask(current)
    return current
