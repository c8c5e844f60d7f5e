"""The catalog file format: its version, its document, reading and writing it, and the
shipped data files. The converter (and so cattrs) is imported on first use.

Over 600 lines because a catalog is read three ways here, each refusing what the format does
not allow: streamed a record at a time, built by the records' constructors from parsed JSON,
and, for a document they refuse, through the strict converter, which says where and what.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ._errors import InvalidDataError
from ._gc import gc_paused
from ._kinds import SECTIONS
from ._records import (
    NO_QUALIFIERS,
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
    parse_amount,
    parse_publication_date,
)
from ._stream import Items, Refused, Stream, has_surrogates, is_sparse

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "DEEPEST",
    "FORMAT_VERSION",
    "MAX_FILE_SIZE",
    "RECORD_FIELDS",
    "dump_records",
    "original_text",
    "path_text",
    "read_document",
    "read_file",
    "shipped_records",
    "shipped_text",
    "streamed_document",
    "trusted_document",
    "write_document",
    "write_document_lines",
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


def read_document(text: str | bytes, *, path: str = "$", from_utf8: bool = False) -> dict[str, Any]:
    """The fields of a catalog (its records and ``texts``) from catalog JSON; ``from_utf8``:
    ``text`` was decoded from UTF-8 bytes.

    Raises:
        InvalidDataError: malformed JSON or records, with the path of each bad field.
    """
    # The records' constructors first, each record built as soon as it is parsed; only a
    # document they refuse goes through the converter, to be refused again with each
    # problem's path.
    trusted_failed = False
    # Text dense with brackets, or with a surrogate, goes to the converter's reader, which
    # checks the one before parsing and marks the other with its path.
    if is_sparse(text) and not has_surrogates(text, decoded=from_utf8):
        try:
            with gc_paused():
                return streamed_document(text)
        except _TRUSTED_ERRORS:
            trusted_failed = True
    from ._convert import check_nesting, loads, structure
    from ._document import Document

    if not isinstance(text, str):
        # Decoded once: the nesting check below reads the same str (not UTF-8: loads says so).
        with contextlib.suppress(UnicodeDecodeError):
            text, from_utf8 = bytes(text).decode("utf-8"), True
    # The record lists are read but not kept (Items): each record is parsed as it is built,
    # by the constructors, then by the converter, which stops at the 20th invalid one.
    data = loads(
        text,
        path=path,
        deepest=DEEPEST,
        lists_in_lists=False,
        sparse_unchecked=True,
        from_utf8=from_utf8,
        items_but=("format_version", "texts"),
    )
    # The version first: a document of another version may have another shape altogether.
    if type(data) is dict and "format_version" in data:
        version = data["format_version"]
        if type(version) is not int:
            from ._convert import RefusedValue

            if type(version) is RefusedValue:  # an integer too long to read, as elsewhere
                msg = f"refused {version.problem} @ {path}.format_version"
            else:
                got = f"{type(version).__name__} {version!r:.40}"
                msg = f"expected an integer, got {got} @ {path}.format_version"
            raise InvalidDataError(msg)
        if version != FORMAT_VERSION:
            from ._validators import short_repr

            shown = short_repr(version)  # "an integer of 4,001 digits" past 57
            msg = f"unsupported format_version {shown}; this library reads {FORMAT_VERSION}"
            msg += f" @ {path}"
            raise InvalidDataError(msg)
    if not trusted_failed:
        try:
            with gc_paused():
                return trusted_document(data)
        except _TRUSTED_ERRORS:
            pass  # the lists are read again (Items), and anything else was not taken apart
    if is_sparse(text):  # loads left its nesting to be checked here
        check_nesting(text, DEEPEST, path)
    document = structure(data, Document, path=path)
    return {field: getattr(document, field) for field in (*RECORD_FIELDS, "texts")}


#: What the record builders raise for data the format does not allow.
_TRUSTED_ERRORS = (
    Refused,
    InvalidDataError,
    KeyError,
    TypeError,
    ValueError,
    ArithmeticError,
    RecursionError,
    StopIteration,
)


def streamed_document(text: str | bytes) -> dict[str, Any]:
    """The fields of a catalog from catalog JSON, each record built by its constructor as
    soon as its JSON is parsed (see :func:`trusted_document`), the text decoded a window at
    a time: at 10^5 claims the parsed objects of the whole document outweigh its records.

    Raises:
        Refused, or what the constructors raise: the converter's read says where and what.
    """
    stream = Stream(text)
    builders: dict[str, Callable[[Any], Any]] = {
        "sources": _source,
        **_ENTITY_BUILDERS,
        "claims": _claim,
    }
    data: dict[str, Any] = {}
    if stream.char() != "{":
        raise Refused
    separator = ","
    while separator == ",":
        if stream.char() != '"':
            raise Refused
        stream.at -= 1
        key = stream.value()
        if key in data or stream.char() != ":":
            raise Refused
        build = builders.get(key)
        data[key] = stream.value() if build is None else stream.records(build)
        separator = stream.char()
    if separator != "}" or stream.char() != "":
        raise Refused
    version = data.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:
        raise Refused
    return _fields(data, lambda records, _: tuple(records))


def write_document(fields: dict[str, Any], *, indent: int | None = None) -> str:
    """Catalog JSON, with ``format_version``, from a catalog's fields."""
    from ._codec import dumps
    from ._convert import unstructure
    from ._document import Document

    document = Document(format_version=FORMAT_VERSION, **fields)
    return dumps(unstructure(document), indent=indent)


def write_document_lines(fields: dict[str, Any], fp: Any) -> None:
    """Write catalog JSON to the text stream ``fp`` one record (and one text) per line, as
    the shipped data files lay them out: record by record, so that the document is never
    whole in memory, and each line through the C encoder (an indented dump goes through
    the pure-Python one, 3-4x slower per record at 10^6 claims)."""
    from ._codec import dumps
    from ._convert import unstructure

    fp.write(f'{{"format_version":{FORMAT_VERSION}')
    for field in RECORD_FIELDS:
        records = fields[field]
        fp.write(f',\n"{field}":[' if records else f',\n"{field}":[]')
        for number, record in enumerate(records):
            fp.write(",\n" if number else "\n")
            fp.write(dumps(unstructure(record), compact=True))
        if records:
            fp.write("\n]")
    texts = fields["texts"]
    fp.write(',\n"texts":{' if texts else ',\n"texts":{}')
    for number, (source_id, text) in enumerate(texts.items()):
        fp.write(",\n" if number else "\n")
        fp.write(f"{dumps(source_id, compact=True)}:{dumps(text, compact=True)}")
    fp.write("\n}\n}\n" if texts else "\n}\n")


def path_text(path: object) -> str:
    """The path a path argument names, as a str: the one check of every reader and writer.

    Raises:
        TypeError: ``path`` is neither a str nor an :class:`os.PathLike`, or its
            ``__fspath__`` gives something else than a str (bytes).
    """
    if not isinstance(path, str | os.PathLike):
        msg = f"expected a path, got {type(path).__name__} {path!r:.60}"
        raise TypeError(msg)
    given = os.fspath(path)
    if not isinstance(given, str):
        msg = f"expected a path as str, got {type(given).__name__} {given!r:.60}"
        raise TypeError(msg)
    return given


def files_below(folder: str) -> list[str]:
    """The paths of the files in ``folder`` and its folders."""
    return [os.path.join(top, name) for top, _, names in os.walk(folder) for name in names]


def same_file_among(written: os.stat_result, paths: Iterable[str]) -> str | None:
    """The first of ``paths`` that is the file ``written`` is (by device and inode, so by
    any name), or ``None``."""
    for path in paths:
        try:
            if os.path.samestat(written, os.stat(path)):
                return path
        except (OSError, ValueError):
            continue
    return None


def shipped_data_at(path: str) -> str | None:
    """The folder or file of the package's own data that a write to ``path`` would change,
    or ``None``: a path in its ``data/`` or its original texts' ``seeds/`` folder (a new
    file too, by the path's folder, links resolved, or a folder of theirs by another name,
    as a bind mount gives one), or a file of theirs by another name (a hard link, or a link
    to it). That data is the catalog in use when none is given,
    and every folder ``curate --output`` writes is read on top of it: an export there
    would break every later use of the package. (``curate --into`` may write the data
    folder: adding a source to it is what it is for.)"""
    package = os.path.dirname(os.path.abspath(__file__))
    folders = [os.path.join(package, "data"), os.path.join(package, "seeds")]
    try:
        where = os.path.realpath(os.path.dirname(os.path.abspath(path)))
        targets = (os.path.join(where, os.path.basename(path)), os.path.realpath(path))
        for folder in folders:
            real = os.path.realpath(folder)
            if any(os.path.commonpath([real, target]) == real for target in targets):
                return folder
        inside = os.stat(where)
        shipped = []  # their files, gathered in the same one walk
        for folder in folders:
            for top, _, names in os.walk(folder):
                # A folder of theirs by another name than a link's (a bind mount of it).
                if os.path.samestat(inside, os.stat(top)):
                    return folder
                shipped += [os.path.join(top, name) for name in names]
        written = os.stat(path)
    except (OSError, ValueError):  # a new file outside the package, or a path no file has
        return None
    return same_file_among(written, shipped)


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
        InvalidDataError: an empty path, a path with a NUL or that the file system cannot
            encode, a path that is not a regular file (a directory, device, FIFO or
            socket), or a file over ``max_size`` bytes.
        OSError: the file cannot be opened or read.
        TypeError: ``path`` is not a path of a str (see :func:`path_text`).
    """
    import errno
    import stat

    path = path_text(path)
    if not path:
        msg = f"an empty path is not a {what}"
        raise InvalidDataError(msg)
    if "\0" in os.fspath(path):
        msg = f"a path with a NUL character is not a file: {os.fspath(path)!r:.80}"
        raise InvalidDataError(msg)
    try:
        os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate the file system's encoding has no bytes for
        msg = f"a path the file system cannot encode is not a file: {os.fspath(path)!r:.80}"
        raise InvalidDataError(msg) from None
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
            hint = (
                " (the Python API's Catalog.load takes max_size to read a larger one)"
                if what == "catalog file"
                else ""
            )
            msg = f"{what} of {info.st_size} bytes is over the limit of {max_size}: {name}{hint}"
            raise InvalidDataError(msg)
        try:
            # One byte past what it holds, never a buffer of max_size (which may be any int).
            data = file.read(min(max_size, info.st_size) + 1)
            if len(data) > info.st_size:
                # It grew, or its size says nothing (/proc): read on, to one byte past max_size.
                pieces = [data]
                size = len(data)
                while size <= max_size and (piece := file.read(min(2**20, max_size + 1 - size))):
                    pieces.append(piece)
                    size += len(piece)
                data = b"".join(pieces)
        except OSError as exc:  # a read error names no file (/proc/self/mem, a bad disk)
            raise OSError(exc.errno, exc.strerror, name) from None
    if len(data) > max_size:  # it grew while being read
        msg = f"{what} is over the limit of {max_size} bytes: {name}"
        raise InvalidDataError(msg)
    return data


def dump_records(records: Iterable[Any]) -> str:
    """A JSON array with one record per line: the layout of the shipped data files."""
    from ._codec import dumps

    lines = [dumps(record) for record in records]
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def _resource(name: str) -> bytes:
    # The package's loader (this module's too) reads its files wherever it is (a wheel, a zip,
    # the source tree), as pkgutil.get_data does, without importing pkgutil and
    # importlib.util: 0.5 ms of the first query's clock (importlib.resources takes 7).
    get_data = getattr(__spec__.loader, "get_data", None)
    if get_data is None:  # a loader that cannot read resources
        raise FileNotFoundError(name)
    try:
        data: bytes = get_data(os.path.join(os.path.dirname(__file__), *name.split("/")))
    except FileNotFoundError:
        raise
    except OSError as error:
        if error.errno:  # a real error reading the file
            raise
        raise FileNotFoundError(name) from error  # zipimport's "no such file": errno 0
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


def trusted_document(data: Any) -> dict[str, Any]:
    """The fields of a catalog (records and ``texts``) from parsed catalog JSON, built by
    the record constructors without the converter: the fast path of every load.

    The constructors check every field's type and value, as the converter's hooks do; what
    only the converter would check (an object's exact type, so that a duplicate key's
    marker or a list of pairs is no object; a list's type; a key the format does not
    have; the shape of an amount) is checked here. Any error sends the caller to the
    strict converter, which says where and what.
    """
    _object_of(data)
    if "format_version" not in data:
        raise KeyError("format_version")
    return _fields(data, _taken)


def _fields(
    data: dict[str, Any], taken: Callable[[Any, Callable[[Any], Any]], tuple[Any, ...]]
) -> dict[str, Any]:
    """A catalog's fields from a document's, the records of each ``taken`` from its value
    with its builder; what no constructor checks (unknown keys, the texts) checked here."""
    unknown = set(data) - {"format_version", *RECORD_FIELDS, "texts"}
    if unknown:
        raise KeyError(unknown)
    texts = data.get("texts", {})
    _object_of(texts)
    for source_id, text in texts.items():
        if type(text) is not str:
            raise TypeError(source_id)
    return {
        "sources": taken(data.get("sources", []), _source),
        **{
            section: taken(data.get(section, []), build)
            for section, build in _ENTITY_BUILDERS.items()
        },
        "claims": taken(data.get("claims", []), _claim),
        "texts": texts,
    }


def _trusted(data: Any, cls: Any) -> Any:
    """Records of one shipped data file, built as :func:`trusted_document` builds them."""
    if cls == tuple[Source, ...]:
        return _taken(data, _source)
    if cls == "entities":
        _object_of(data)
        unknown = set(data) - set(_ENTITY_BUILDERS)
        if unknown:
            raise KeyError(unknown)
        return {
            section: _taken(data.get(section, []), build)
            for section, build in _ENTITY_BUILDERS.items()
        }
    return _taken(data, _claim)


def _taken(items: Any, build: Any) -> tuple[Any, ...]:
    """The records built from a parsed list, which is taken apart meanwhile: each parsed
    item is dropped once its record is built, so that the parsed document and the records
    are never both whole in memory (at 10^5 claims the parsed objects outweigh the records).
    A list read as :class:`~._stream.Items` is parsed an item at a time instead.
    A caller whose build fails parses the text again for the converter."""
    if type(items) is Items:
        return tuple(map(build, items))
    _list_of(items)
    built = []
    for index, item in enumerate(items):
        built.append(build(item))
        items[index] = None
    return tuple(built)


def _object_of(item: Any) -> dict[str, Any]:
    # Exactly a dict: the parser's marker of a duplicate key is a dict subclass.
    if type(item) is not dict:
        raise TypeError(item)
    return item


def _list_of(items: Any) -> list[Any]:
    # Exactly a list: a string would be taken apart into characters.
    if type(items) is not list:
        raise TypeError(items)
    return items


def _member(members: dict[Any, Any], value: Any) -> Any:
    return None if value is None else members[value]


def _source(item: dict[str, Any]) -> Source:
    published = _object_of(item).get("published")
    return Source(
        **{
            **item,
            "published": None if published is None else parse_publication_date(published),
        }
    )


_TITLE_KINDS = {member.value: member for member in TitleKind}
_WORK_KINDS = {member.value: member for member in WorkKind}


def _alias(item: dict[str, Any]) -> Alias:
    if "kind" in _object_of(item):
        return Alias(**{**item, "kind": _TITLE_KINDS[item["kind"]]})
    return Alias(**item)


def _film(item: dict[str, Any]) -> Film:
    aliases = tuple(map(_alias, _list_of(_object_of(item).get("aliases", []))))
    return Film(**{**item, "kind": _WORK_KINDS[item["kind"]], "aliases": aliases})


def _named(cls: Any) -> Any:
    return lambda item: cls(
        **{**_object_of(item), "aliases": tuple(_list_of(item.get("aliases", [])))}
    )


_ENTITY_BUILDERS = {
    "films": _film,
    "people": _named(Person),
    "characters": _named(Character),
    "organizations": _named(Organization),
}

_BOUNDS = {member.value: member for member in Bound}


def _value(item: dict[str, Any]) -> Any:
    # The parsed object is taken apart in place (a failed build parses the text again).
    kind = _object_of(item).pop("type")
    if kind == "entity":
        # Interned as the converter interns them: ids repeat across many claims.
        item["id"] = sys.intern(item["id"])
        return EntityRef(**item)
    if kind == "text":
        return Text(**item)
    if kind == "date":
        item["date"] = PartialDate.parse(item["date"])
        return DateValue(**item)
    if kind == "quantity":
        item["amount"] = parse_amount(item["amount"])
        item["unit"] = sys.intern(item["unit"])
        if "bound" in item:
            item["bound"] = _BOUNDS[item["bound"]]
        return Quantity(**item)
    raise ValueError(kind)


_MEDIA = {member.value: member for member in Medium}
_STATUSES = {member.value: member for member in Status}


def _qualifiers(item: dict[str, Any]) -> Qualifiers:
    fields = dict(_object_of(item))
    if not fields:
        return NO_QUALIFIERS
    for key, members in (("medium", _MEDIA), ("status", _STATUSES), ("title_kind", _TITLE_KINDS)):
        if key in fields:
            fields[key] = _member(members, fields[key])
    for key in ("character", "region"):
        if fields.get(key) is not None:
            fields[key] = sys.intern(fields[key])
    if fields.get("date") is not None:
        fields["date"] = PartialDate.parse(fields["date"])
    return Qualifiers(**fields)


_PREDICATES = {member.value: member for member in Predicate}


def _claim(item: dict[str, Any]) -> Claim:
    # The parsed object is taken apart in place (a failed build parses the text again).
    fields = _object_of(item)
    fields["predicate"] = _PREDICATES[fields["predicate"]]
    fields["value"] = _value(fields["value"])
    if "qualifiers" in fields:
        fields["qualifiers"] = _qualifiers(fields["qualifiers"])
    fields["evidence"] = Evidence(**_object_of(fields["evidence"]))
    fields["subject"] = sys.intern(fields["subject"])
    fields["source"] = sys.intern(fields["source"])
    return Claim(**fields)
