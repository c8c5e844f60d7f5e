"""Reading and writing catalogs: the shipped data files and the catalog JSON format."""

from __future__ import annotations

import contextlib
import functools
import pkgutil
from collections.abc import Iterable
from typing import Any

import attrs

from ._catalog import FORMAT_VERSION, RECORD_FIELDS, Catalog
from ._convert import dumps, loads, structure, unstructure
from ._errors import InvalidDataError
from ._records import Character, Claim, Film, Organization, Person, Source

__all__ = ["catalog_from_json", "catalog_to_json", "default_catalog", "dump_records", "source_text"]


def _resource(name: str) -> bytes:
    # The package loader's get_data works wherever the package is (a wheel, a zip, the source
    # tree); pkgutil imports in 1 ms where importlib.resources takes 7, all of it on the
    # first query's clock.
    data = pkgutil.get_data(__package__, name)
    if data is None:  # a loader that cannot read resources
        raise FileNotFoundError(name)
    return data


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


def catalog_from_json(text: str | bytes) -> Catalog:
    document = structure(loads(text), _Document)
    return Catalog(
        **{field: getattr(document, field) for field in RECORD_FIELDS}, texts=document.texts
    )


def catalog_to_json(catalog: Catalog, *, indent: int | None = None) -> str:
    document = _Document(
        format_version=FORMAT_VERSION,
        **{field: getattr(catalog, field) for field in RECORD_FIELDS},
        texts=dict(catalog.texts),
    )
    return dumps(unstructure(document), indent=indent)


def dump_records(records: Iterable[Any]) -> str:
    """A JSON array with one record per line: the layout of the shipped data files."""
    lines = [dumps(record) for record in records]
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def source_text(source_id: str) -> str:
    """The shipped text of a source, exactly as its bytes decode (no newline translation).

    Raises:
        FileNotFoundError: no such shipped source.
    """
    return _resource(f"seeds/{source_id}.txt").decode("utf-8")


def _read(name: str) -> Any:
    return loads(_resource(f"data/{name}"), path=f"data/{name}")


@functools.cache
def default_catalog() -> Catalog:
    """Load, convert and index the shipped data once."""
    sources = structure(_read("sources.json"), tuple[Source, ...], path="data/sources.json")
    entities = structure(_read("entities.json"), _Entities, path="data/entities.json")
    claims: list[Claim] = []
    texts = {}
    for source in sources:
        name = f"claims/{source.id}.json"
        found = structure(_read(name), tuple[Claim, ...], path=f"data/{name}")
        strays = [claim.id for claim in found if claim.source != source.id]
        if strays:
            msg = f"claims of another source in data/{name}: {', '.join(strays)}"
            raise InvalidDataError([msg])
        claims.extend(found)
        # A missing text is reported by verify(); queries do not need it.
        with contextlib.suppress(FileNotFoundError):
            texts[source.id] = source_text(source.id)
    return Catalog(
        sources=sources,
        films=entities.films,
        people=entities.people,
        characters=entities.characters,
        organizations=entities.organizations,
        claims=tuple(claims),
        texts=texts,
    )
