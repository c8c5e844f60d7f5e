"""The catalog file format: its version, its document, reading and writing it, and the
shipped data files. The converter (and so cattrs) is imported on first use."""

from __future__ import annotations

import pkgutil
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import InvalidDataError
from ._records import Character, Claim, Film, Organization, Person, Source

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "FORMAT_VERSION",
    "MAX_FILE_SIZE",
    "RECORD_FIELDS",
    "dump_records",
    "read_document",
    "read_file",
    "shipped_records",
    "shipped_text",
    "write_document",
]

#: The version of the catalog JSON format this library reads and writes.
FORMAT_VERSION = 1

#: The catalog's record fields, in the order of its JSON format (which adds ``texts``).
RECORD_FIELDS = ("sources", "films", "people", "characters", "organizations", "claims")

#: The largest catalog file :meth:`Catalog.load` reads unless told otherwise: 64 MiB.
MAX_FILE_SIZE = 64 * 2**20


def _check_version(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value != FORMAT_VERSION:
        msg = f"unsupported format_version {value!r}; this library reads {FORMAT_VERSION}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class _Entities:
    films: tuple[Film, ...] = ()
    people: tuple[Person, ...] = ()
    characters: tuple[Character, ...] = ()
    organizations: tuple[Organization, ...] = ()


@attrs.frozen(kw_only=True)
class _Document:
    """The catalog JSON format, version 1."""

    format_version: int = attrs.field(validator=_check_version)
    sources: tuple[Source, ...] = ()
    films: tuple[Film, ...] = ()
    people: tuple[Person, ...] = ()
    characters: tuple[Character, ...] = ()
    organizations: tuple[Organization, ...] = ()
    claims: tuple[Claim, ...] = ()
    texts: dict[str, str] = attrs.field(factory=dict)


def read_document(text: str | bytes, *, path: str = "$") -> dict[str, Any]:
    """The fields of a catalog (its records and ``texts``) from catalog JSON.

    Raises:
        InvalidDataError: malformed JSON or records, with the path of each bad field.
    """
    from ._convert import loads, structure

    document = structure(loads(text, path=path), _Document, path=path)
    return {field: getattr(document, field) for field in (*RECORD_FIELDS, "texts")}


def write_document(fields: dict[str, Any], *, indent: int | None = None) -> str:
    """Catalog JSON, with ``format_version``, from a catalog's fields."""
    from ._convert import dumps, unstructure

    document = _Document(format_version=FORMAT_VERSION, **fields)
    return dumps(unstructure(document), indent=indent)


def read_file(path: str | Path, *, max_size: int = MAX_FILE_SIZE) -> bytes:
    """The bytes of a catalog file: a regular file of at most ``max_size`` bytes.

    Raises:
        InvalidDataError: an empty path, a path that is not a regular file (a directory,
            device, FIFO or socket), or a file over ``max_size`` bytes.
        OSError: the file cannot be opened or read.
    """
    import os
    import stat

    if not isinstance(path, str | os.PathLike):
        msg = f"expected a path, got {type(path).__name__} {path!r:.60}"
        raise TypeError(msg)
    if not os.fspath(path):
        msg = "an empty path is not a catalog file"
        raise InvalidDataError(msg)
    # Open without blocking, then look at what was opened: a FIFO must not hang the reader,
    # and checking the path before opening it would race with a rename.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            msg = f"not a regular file: {os.fspath(path)}"
            raise InvalidDataError(msg)
        if info.st_size > max_size:
            msg = (
                f"catalog file of {info.st_size} bytes is over the limit of {max_size}:"
                f" {os.fspath(path)} (pass max_size to read a larger one)"
            )
            raise InvalidDataError(msg)
        data = file.read(max_size + 1)
    if len(data) > max_size:  # it grew while being read
        msg = f"catalog file is over the limit of {max_size} bytes: {os.fspath(path)}"
        raise InvalidDataError(msg)
    return data


def dump_records(records: Iterable[Any]) -> str:
    """A JSON array with one record per line: the layout of the shipped data files."""
    from ._convert import dumps

    lines = [dumps(record) for record in records]
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def _resource(name: str) -> bytes:
    # The package loader's get_data works wherever the package is (a wheel, a zip, the source
    # tree); pkgutil imports in 1 ms where importlib.resources takes 7, all of it on the
    # first query's clock.
    data = pkgutil.get_data(__package__, name)
    if data is None:  # a loader that cannot read resources
        raise FileNotFoundError(name)
    return data


def shipped_text(source_id: str) -> str:
    """The shipped text of a source, exactly as its bytes decode (no newline translation).

    Raises:
        FileNotFoundError: no such shipped text.
    """
    return _resource(f"seeds/{source_id}.txt").decode("utf-8")


def shipped_records() -> dict[str, Any]:
    """The fields of the shipped catalog, read from the package's data files.

    Raises:
        InvalidDataError: a data file is invalid, or a shipped text is missing: an install
            that lost the evidence must fail loudly, not answer without it.
    """
    from ._convert import loads, structure

    def read(name: str, cls: Any) -> Any:
        path = f"data/{name}"
        return structure(loads(_resource(path), path=path), cls, path=path)

    sources: tuple[Source, ...] = read("sources.json", tuple[Source, ...])
    entities: _Entities = read("entities.json", _Entities)
    claims: list[Claim] = []
    texts = {}
    for source in sources:
        name = f"claims/{source.id}.json"
        found: tuple[Claim, ...] = read(name, tuple[Claim, ...])
        strays = [claim.id for claim in found if claim.source != source.id]
        if strays:
            msg = f"claims of another source in data/{name}: {', '.join(strays)}"
            raise InvalidDataError(msg)
        claims.extend(found)
        try:
            texts[source.id] = shipped_text(source.id)
        except (OSError, UnicodeDecodeError) as exc:
            msg = f"the shipped text of source {source.id!r} cannot be read: {exc}"
            raise InvalidDataError(msg) from None
    return {
        "sources": sources,
        "films": entities.films,
        "people": entities.people,
        "characters": entities.characters,
        "organizations": entities.organizations,
        "claims": tuple(claims),
        "texts": texts,
    }
