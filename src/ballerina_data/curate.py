"""Add a source document: claims written with quotes only, checked and laid out as data.

The input is the source's text and a JSON document (a *curation file*)::

    {
      "source": {"id": "my-source", "title": "...", "published": "2025-06-06"},
      "entities": {"people": [{"id": "person/new-name", "name": "New Name"}]},
      "claims": [
        {"id": "my-001", "subject": "Ballerina (2024)", "predicate": "release_date",
         "value": {"type": "date", "date": "2025-06-06"},
         "quote": "opened in cinemas on June 6, 2025", "occurrence": 1}
      ]
    }

``source`` is a :class:`~ballerina_data.Source` without ``sha256``, which is computed from
the text. ``entities`` (optional) holds the new entities, as in the catalog format.
Each claim is a claim of the catalog format with ``quote`` (and ``occurrence`` or
``context`` where the quote occurs more than once) in place of ``evidence``, and without
``source``. A ``subject``, an entity ``value`` and a ``character`` may be an id or a name:
a name is resolved to the one entity that has it.

:func:`build` computes each claim's evidence, resolves names, checks every claim with the
converter and the catalog's integrity and kind checks, then verifies; :func:`write` lays the
result out as the shipped data is laid out, so that it merges with the shipped catalog.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from ._catalog import Catalog
from ._errors import InvalidDataError, NotFoundError
from ._format import dump_records
from ._records import Evidence

if TYPE_CHECKING:
    pass

__all__ = ["build", "line_of", "read", "write"]

_ENTITY_SECTIONS = ("films", "people", "characters", "organizations")
_KIND_PREFIXES = ("film/", "series/", "franchise/", "person/", "character/", "org/")


def read(text_path: str | os.PathLike[str], curation_path: str | os.PathLike[str]) -> Catalog:
    """Build the catalog of one source from its text file and its curation file.

    Raises:
        InvalidDataError: one line naming the curation file, the line and what is wrong.
        OSError: a file cannot be read.
    """
    from pathlib import Path

    text = Path(text_path).read_bytes().decode("utf-8")
    raw = Path(curation_path).read_text(encoding="utf-8")
    try:
        return build(text, raw)
    except InvalidDataError as exc:
        where, _, what = str(exc).partition(": ")
        line = line_of(raw, where)
        raise InvalidDataError(f"{os.fspath(curation_path)}:{line}: {where}: {what}") from None


def line_of(raw: str, where: str) -> int:
    """The line of the curation file where the claim named in ``where`` starts, or 1."""
    match = re.search(r"claim (\S+)", where)
    if match:
        import json

        found = raw.find(json.dumps(match[1]))
        if found >= 0:
            return raw.count("\n", 0, found) + 1
    return 1


def build(text: str, curation: str | dict[str, Any], *, base: Catalog | None = None) -> Catalog:
    """The catalog of one source: its text, its new entities and its located claims.

    ``base`` (by default the shipped catalog) resolves names and checks references; the
    result holds only the new source, its claims and the new entities.

    Raises:
        InvalidDataError: ``"claim <id>: <field>: <what>"`` for the first bad claim, with a
            suggestion where there is one; integrity or verification problems otherwise.
    """
    from ._convert import loads, structure

    document = loads(curation) if isinstance(curation, str) else curation
    base = Catalog.default() if base is None else base
    source_fields = dict(document["source"])
    import hashlib

    source_fields["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    source = structure(source_fields, _source_type(), path="source")
    found = structure(document.get("entities", {}), _entities_type(), path="entities")
    entities: dict[str, tuple[Any, ...]] = {}
    for section in _ENTITY_SECTIONS:
        present = {entity.id: entity for entity in getattr(base, section)}
        for entity in getattr(found, section):
            if entity.id in present and present[entity.id] != entity:
                msg = (
                    f"entities: {entity.id} is already in the catalog with other fields;"
                    " leave it out, or give the new one another id"
                )
                raise InvalidDataError(msg)
        # An entity the catalog already holds, as it holds it, is not new.
        entities[section] = tuple(e for e in getattr(found, section) if e.id not in present)
    known = Catalog(
        films=(*base.films, *entities["films"]),
        people=(*base.people, *entities["people"]),
        characters=(*base.characters, *entities["characters"]),
        organizations=(*base.organizations, *entities["organizations"]),
    )
    claims = []
    for number, item in enumerate(document.get("claims", ())):
        claim_id = item.get("id", f"#{number + 1}")
        try:
            claims.append(structure(_claim_fields(item, text, source.id, known), _claim_type()))
        except (InvalidDataError, NotFoundError) as exc:
            raise InvalidDataError(f"claim {claim_id}: {exc}") from None
    catalog = Catalog(
        sources=(source,),
        **{section: (*getattr(base, section), *entities[section]) for section in _ENTITY_SECTIONS},
        claims=tuple(claims),
        texts={source.id: text},
    )
    # The base's own entities may name texts it does not hold here: only what is new counts.
    new = {source.id, *(claim.id for claim in claims)}
    new |= {entity.id for section in entities.values() for entity in section}
    problems = [str(problem) for problem in catalog.verify() if problem.where in new]
    if problems:
        raise InvalidDataError(problems)
    return catalog


def _claim_fields(
    item: dict[str, Any], text: str, source_id: str, known: Catalog
) -> dict[str, Any]:
    from ._convert import unstructure

    fields = {
        key: value for key, value in item.items() if key not in ("quote", "occurrence", "context")
    }
    if "quote" not in item:
        raise InvalidDataError("quote: required field missing")
    evidence = Evidence.locate(
        text, item["quote"], occurrence=item.get("occurrence"), context=item.get("context")
    )
    fields["evidence"] = unstructure(evidence)
    fields["source"] = source_id
    fields["subject"] = _resolve(known, fields.get("subject"), "subject")
    value = fields.get("value")
    if isinstance(value, dict) and value.get("type") == "entity":
        fields["value"] = {**value, "id": _resolve(known, value.get("id"), "value")}
    qualifiers = fields.get("qualifiers")
    if isinstance(qualifiers, dict) and qualifiers.get("character") is not None:
        character = _resolve(known, qualifiers["character"], "character", kind="character")
        fields["qualifiers"] = {**qualifiers, "character": character}
    return fields


def _resolve(known: Catalog, ref: Any, field: str, kind: str | None = None) -> Any:
    """The id of the entity ``ref`` names: ``ref`` itself if it is an id."""
    if not isinstance(ref, str) or (ref.startswith(_KIND_PREFIXES) and " " not in ref):
        if isinstance(ref, str):
            try:
                known.entity(ref)
            except NotFoundError as exc:
                raise InvalidDataError(f"{field}: {exc}") from None
        return ref
    from ._normalize import normalize

    key = normalize(ref)
    named = [
        entity.id
        for entity in known._index.entities.values()
        if key
        and key in map(normalize, entity.names)
        and (kind is None or entity.id.startswith(f"{kind}/"))
    ]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise InvalidDataError(f"{field}: {ref!r} names {' and '.join(named)}; give the id")
    found = known.search(ref, kind=kind, limit=1)
    slug = "-".join(normalize(ref).split())
    hint = f"did you mean {found[0].entity.id!r}? " if found else ""
    new_id = f"{kind or 'person'}/{slug}"
    msg = f"{field}: no entity is named {ref!r}; {hint}or add it to entities, as {new_id!r}"
    raise InvalidDataError(msg)


def _source_type() -> Any:
    from ._records import Source

    return Source


def _claim_type() -> Any:
    from ._records import Claim

    return Claim


def _entities_type() -> Any:
    from ._document import Entities

    return Entities


def write(catalog: Catalog, directory: str | os.PathLike[str]) -> None:
    """Lay a catalog's new source out as the shipped data is: ``sources.json``,
    ``entities.json`` and ``claims/<source id>.json`` in ``directory``.

    Only entities that its claims name, and that are not in the shipped catalog, are
    written.
    """
    from pathlib import Path

    from ._convert import unstructure

    out = Path(directory)
    (out / "claims").mkdir(parents=True, exist_ok=True)
    shipped = {
        entity.id for section in _ENTITY_SECTIONS for entity in getattr(Catalog.default(), section)
    }
    (out / "sources.json").write_text(dump_records(unstructure(catalog.sources)), encoding="utf-8")
    sections = {
        section: [e for e in getattr(catalog, section) if e.id not in shipped]
        for section in _ENTITY_SECTIONS
    }
    body = ",\n".join(
        f'"{section}": ' + dump_records(unstructure(records)).rstrip("\n")
        for section, records in sections.items()
    )
    (out / "entities.json").write_text("{\n" + body + "\n}\n", encoding="utf-8")
    for source in catalog.sources:
        claims = sorted(catalog.claims_from(source), key=lambda claim: claim.id)
        path = out / "claims" / f"{source.id}.json"
        path.write_text(dump_records(unstructure(claims)), encoding="utf-8")
