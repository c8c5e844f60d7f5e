"""The catalog file format: its version, its document, reading and writing it, and the
shipped data files. The converter (and so cattrs) is imported on first use."""

from __future__ import annotations

import pkgutil
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._errors import InvalidDataError
from ._kinds import SECTIONS
from ._records import (
    Alias,
    Bound,
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
    parse_publication_date,
)

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "DEEPEST",
    "FORMAT_VERSION",
    "MAX_FILE_SIZE",
    "RECORD_FIELDS",
    "dump_records",
    "original_text",
    "read_document",
    "read_file",
    "shipped_records",
    "shipped_text",
    "write_document",
]

#: The version of the catalog JSON format this library reads and writes.
FORMAT_VERSION = 1

#: The catalog's record fields, in the order of its JSON format (which adds ``texts``).
RECORD_FIELDS = ("sources", *SECTIONS, "claims")

#: The largest catalog file :meth:`Catalog.load` reads unless told otherwise: 64 MiB.
MAX_FILE_SIZE = 64 * 2**20


#: How deep the catalog format nests arrays and objects: the document, a list of films, a
#: film, its aliases, an alias.
DEEPEST = 5


def read_document(text: str | bytes, *, path: str = "$") -> dict[str, Any]:
    """The fields of a catalog (its records and ``texts``) from catalog JSON.

    Raises:
        InvalidDataError: malformed JSON or records, with the path of each bad field.
    """
    from ._convert import loads, structure
    from ._document import Document

    data = loads(text, path=path, deepest=DEEPEST, lists_in_lists=False)
    # The version first: a document of another version may have another shape altogether.
    if type(data) is dict and "format_version" in data:
        version = data["format_version"]
        if type(version) is not int:
            got = f"{type(version).__name__} {version!r:.40}"
            msg = f"expected an integer, got {got} @ {path}.format_version"
            raise InvalidDataError(msg)
        if version != FORMAT_VERSION:
            msg = f"unsupported format_version {version}; this library reads {FORMAT_VERSION}"
            msg += f" @ {path}"
            raise InvalidDataError(msg)
    document = structure(data, Document, path=path)
    return {field: getattr(document, field) for field in (*RECORD_FIELDS, "texts")}


def write_document(fields: dict[str, Any], *, indent: int | None = None) -> str:
    """Catalog JSON, with ``format_version``, from a catalog's fields."""
    from ._convert import dumps, unstructure
    from ._document import Document

    document = Document(format_version=FORMAT_VERSION, **fields)
    return dumps(unstructure(document), indent=indent)


def read_file(
    path: str | Path,
    *,
    max_size: int = MAX_FILE_SIZE,
    what: str = "catalog file",
    dir_fd: int | None = None,
    shown: str | None = None,
) -> bytes:
    """The bytes of a catalog file: a regular file of at most ``max_size`` bytes.

    With ``dir_fd``, ``path`` is a name in that open folder, opened without following a
    symbolic link, and messages show ``shown`` for it.

    Raises:
        InvalidDataError: an empty path, a path that is not a regular file (a directory,
            device, FIFO or socket), or a file over ``max_size`` bytes.
        OSError: the file cannot be opened or read.
    """
    import errno
    import os
    import stat

    if not isinstance(path, str | os.PathLike):
        msg = f"expected a path, got {type(path).__name__} {path!r:.60}"
        raise TypeError(msg)
    if not os.fspath(path):
        msg = f"an empty path is not a {what}"
        raise InvalidDataError(msg)
    if "\0" in os.fspath(path):
        msg = f"a path with a NUL character is not a file: {os.fspath(path)!r:.80}"
        raise InvalidDataError(msg)
    # Open without blocking, then look at what was opened: a FIFO must not hang the reader,
    # and checking the path before opening it would race with a rename.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if dir_fd is not None:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    name = os.fspath(path) if shown is None else shown
    try:
        fd = os.open(path, flags, dir_fd=dir_fd)
    except OSError as exc:
        if dir_fd is not None and exc.errno == errno.ELOOP:
            msg = f"a symbolic link, refusing to follow it: {name}"
            raise InvalidDataError(msg) from None
        raise OSError(exc.errno, exc.strerror, name) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        msg = f"not a regular file: {name}"
        raise InvalidDataError(msg)
    with os.fdopen(fd, "rb") as file:
        if info.st_size > max_size:
            hint = " (pass max_size to read a larger one)" if what == "catalog file" else ""
            msg = f"{what} of {info.st_size} bytes is over the limit of {max_size}: {name}{hint}"
            raise InvalidDataError(msg)
        data = file.read(max_size + 1)
    if len(data) > max_size:  # it grew while being read
        msg = f"{what} is over the limit of {max_size} bytes: {name}"
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
    """The shipped text of a source, exactly as its bytes decode (no newline translation):
    ``data/texts/<id>.txt`` for a source added to the data, or else, for the five
    originals, ``seeds/<id>.txt``.

    Raises:
        FileNotFoundError: no such shipped text.
    """
    try:
        data = _resource(f"data/texts/{source_id}.txt")
    except FileNotFoundError:
        data = _resource(f"seeds/{source_id}.txt")
    return data.decode("utf-8")


def original_text(source_id: str) -> str:
    """The text of one of the five original sources, from the package's ``seeds/``.

    Raises:
        FileNotFoundError: no such original.
    """
    return _resource(f"seeds/{source_id}.txt").decode("utf-8")


def shipped_records(*, strict: bool = False) -> dict[str, Any]:
    """The fields of the shipped catalog, read from the package's data files.

    The shipped data is ours, and CI checks that the strict converter reads it into the same
    records (a test compares the two): by default it takes a trusted path that calls the
    record constructors directly, which still check every field, without importing cattrs.
    ``strict=True`` reads it as any user's file is read.

    Raises:
        InvalidDataError: a data file is invalid, or a shipped text is missing: an install
            that lost the evidence must fail loudly, not answer without it.
    """
    import json

    def read(name: str, cls: Any) -> Any:
        path = f"data/{name}"
        try:
            if not strict:
                return _trusted(json.loads(_resource(path)), cls)
        except (InvalidDataError, KeyError, TypeError, ValueError, ArithmeticError):
            pass  # not what the format allows: let the strict converter say where and what
        from ._convert import loads, structure
        from ._document import Entities

        if cls == "entities":
            found = structure(loads(_resource(path), path=path), Entities, path=path)
            return {section: getattr(found, section) for section in _ENTITY_BUILDERS}
        return structure(loads(_resource(path), path=path), cls, path=path)

    sources: tuple[Source, ...] = read("sources.json", tuple[Source, ...])
    entities: dict[str, tuple[Any, ...]] = read("entities.json", "entities")
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
        **entities,
        "claims": tuple(claims),
        "texts": texts,
    }


def _trusted(data: Any, cls: Any) -> Any:
    """Records from the shipped JSON, built by their constructors without the converter.

    The constructors check every field's type and value; a key the format does not have is a
    TypeError from the constructor, and any of these errors sends the caller to the strict
    converter, which says where and what.
    """
    if cls == tuple[Source, ...]:
        return tuple(_source(item) for item in data)
    if cls == "entities":
        unknown = set(data) - set(_ENTITY_BUILDERS)
        if unknown:
            raise KeyError(unknown)
        return {
            section: tuple(map(build, data.get(section, ())))
            for section, build in _ENTITY_BUILDERS.items()
        }
    return tuple(map(_claim, data))


def _source(item: dict[str, Any]) -> Source:
    published = item.get("published")
    return Source(
        **{
            **item,
            "published": None if published is None else parse_publication_date(published),
        }
    )


def _film(item: dict[str, Any]) -> Film:
    aliases = tuple(
        Alias(name=a["name"], kind=TitleKind(a["kind"])) for a in item.get("aliases", ())
    )
    return Film(**{**item, "kind": WorkKind(item["kind"]), "aliases": aliases})


def _named(cls: Any) -> Any:
    return lambda item: cls(**{**item, "aliases": tuple(item.get("aliases", ()))})


_ENTITY_BUILDERS = {
    "films": _film,
    "people": _named(Person),
    "characters": _named(Character),
    "organizations": _named(Organization),
}


def _value(item: dict[str, Any]) -> Any:
    fields = {key: value for key, value in item.items() if key != "type"}
    kind = item["type"]
    if kind == "entity":
        return EntityRef(**fields)
    if kind == "text":
        return Text(**fields)
    if kind == "date":
        return DateValue(date=PartialDate.parse(fields.pop("date")), **fields)
    if kind == "quantity":
        from decimal import Decimal

        amount = fields.pop("amount")
        if type(amount) is not str:
            raise TypeError(amount)
        return Quantity(amount=Decimal(amount), bound=Bound(fields.pop("bound", "exact")), **fields)
    raise ValueError(kind)


def _qualifiers(item: dict[str, Any]) -> Qualifiers:
    fields = dict(item)
    for key, enum_type in (("medium", Medium), ("status", Status), ("title_kind", TitleKind)):
        if key in fields:
            fields[key] = enum_type(fields[key])
    if "date" in fields:
        fields["date"] = PartialDate.parse(fields["date"])
    return Qualifiers(**fields)


_PREDICATES = {member.value: member for member in Predicate}


def _claim(item: dict[str, Any]) -> Claim:
    fields = dict(item)
    fields["predicate"] = _PREDICATES[fields["predicate"]]
    fields["value"] = _value(fields["value"])
    qualifiers = fields.get("qualifiers")
    if qualifiers is not None:
        fields["qualifiers"] = _qualifiers(qualifiers)
    fields["evidence"] = Evidence(**fields["evidence"])
    return Claim(**fields)
