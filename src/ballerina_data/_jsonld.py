"""The catalog as a schema.org JSON-LD graph that stands alone: its context is inline.

Design (the reference, ``docs/reference/export.md``, says the same for users):

- Each entity is a node: works as ``Movie``, ``TVSeries``, ``CreativeWorkSeries`` or
  ``CreativeWork`` by their kind, people and characters as ``Person`` (characters also as
  the extension type ``ballerina:Character``), organizations as ``Organization``. The
  title or name is its ``name``, other names its ``alternateName``; every other field of
  the record, and of a source's, is stated with the schema.org property its
  ``metadata["schema_org"]`` names (a work's description as ``disambiguatingDescription``)
  or else with the extension term ``ballerina:<field>``, one added to the records too.
- Each claim's predicate is stated on its subject with the predicate's schema.org property
  (``Predicate.schema_org``) where the subject's type is in the property's domain, and with
  the extension term ``ballerina:<predicate>`` otherwise: nothing a source says is dropped,
  and no schema.org property sits outside its domain. A node holds every value some source
  states as so (no status, or ``released``, ``announced``, ``undisclosed``), however many;
  a value a source only forecasts, reports, hopes or doubts (``scheduled``, ``expected``,
  ``reported``, ``hoped``, ...) is in its claim's node alone, with its status, so that a
  reader of the schema.org properties alone (a search engine) reads no forecast as a fact;
  so is a value a source gives for one region ("released in the UK on ..."), with it.
- Credits (cast and crew) take schema.org's Role pattern: the work's property points to a
  ``PerformanceRole`` (cast, with ``characterName``) or ``Role`` (crew, with ``roleName``)
  that points to the person with the same property.
- Provenance is a ``Claim`` node per claim (a ``CreativeWork``): ``about`` its subject,
  ``appearance`` its source (a ``NewsArticle``), ``text`` the quote, and extension terms
  for the predicate, the value, the qualifiers, the offsets and the note. A role lists the
  claims that state it with ``subjectOf``, valid on any node, so no ``citation`` sits on a
  role (where schema.org does not define it) and each source appears once per claim.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Hashable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import attrs

from ._answers import FORECASTS, is_forecast, superseded_claims
from ._dating import source_order
from ._gc import gc_paused
from ._relations import value_key

if TYPE_CHECKING:
    from ._catalog import Catalog
    from ._records import Claim, Value

from ._records import (
    Character,
    DateValue,
    EntityRef,
    Film,
    Organization,
    PartialDate,
    Person,
    Predicate,
    Quantity,
    Source,
    Status,
    Text,
    WorkKind,
    amount_text,
)
from ._tables import claim_field_values, record_values

__all__ = ["CONTEXT", "VOCABULARY", "document", "graph"]

#: The IRI of the export's own terms, for what schema.org has no property for.
VOCABULARY = "urn:ballerina-data:vocab:"
_ID_PREFIX = "urn:ballerina-data:"

#: The JSON-LD context, inline in every export, so that no parser needs the network.
CONTEXT: dict[str, Any] = {
    "@vocab": "https://schema.org/",
    "ballerina": VOCABULARY,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_WORK_TYPES = {
    WorkKind.FILM: "Movie",
    WorkKind.TV_SERIES: "TVSeries",
    WorkKind.FRANCHISE: "CreativeWorkSeries",
    WorkKind.UNSPECIFIED: "CreativeWork",
}
_WORKS = frozenset(_WORK_TYPES.values())
_SCREEN = frozenset({"Movie", "TVSeries"})
_AGENTS = frozenset({"Person", "Organization"})

#: The statuses of a value stated on its subject's node: none of those the preference weighs
#: as a forecast (a plan, an expectation, a hope, a doubt), nor a report at second hand,
#: nor a former value. A claim with one of those is stated by its claim node alone, as is
#: one whose value another claim of its subject says was changed since
#: (``_answers.superseded_claims``).
STATED_STATUSES = frozenset({None, *Status}) - FORECASTS - {Status.REPORTED, Status.SUPERSEDED}
# The types of this export's nodes each property used in Predicate.schema_org applies to:
# its schema.org domain, read from schema.org 30.0 and narrowed to those types.
# tests/test_jsonld.py checks every property of the export against the vocabulary.
_DOMAINS: dict[str, frozenset[str]] = {
    "director": _SCREEN,
    "actor": _SCREEN,
    "productionCompany": _SCREEN,
    "duration": frozenset({"Movie"}),
    "countryOfOrigin": _WORKS,
    "author": _WORKS,
    "producer": _WORKS,
    "publisher": _WORKS,
    "datePublished": _WORKS,
    "dateCreated": _WORKS,
    "locationCreated": _WORKS,
    "contentLocation": _WORKS,
    "temporalCoverage": _WORKS,
    "isBasedOn": _WORKS,
    "isPartOf": _WORKS,
    "genre": _WORKS,
    "abstract": _WORKS,
    "creativeWorkStatus": _WORKS,
    "character": _WORKS,
    "alternateName": frozenset({*_WORKS, *_AGENTS}),
    "deathDate": frozenset({"Person"}),
    "spouse": frozenset({"Person"}),
    "parent": frozenset({"Person"}),
    "hasOccupation": frozenset({"Person"}),
    "memberOf": _AGENTS,
}

# The types of this export's nodes that each property taking an entity may point to, where
# schema.org's range leaves some out: a character is a Person (an organization present in a
# work, the High Table, is stated with the extension term). tests/test_jsonld.py checks
# every node value's type against schema.org's ranges.
_RANGES: dict[str, frozenset[str]] = {
    "character": frozenset({"Person"}),
}


def _fits(term: str, node: dict[str, Any], value: dict[str, Any] | None) -> bool:
    """Whether the schema.org property ``term`` may go from ``node`` to ``value`` (a node,
    or ``None`` for a literal): ``node`` is of a type in its domain, ``value`` in its range."""
    if term in _DOMAINS and _node_type(node) not in _DOMAINS[term]:
        return False
    return value is None or term not in _RANGES or _node_type(value) in _RANGES[term]


# What each schema.org property takes where its value is text: a node of this type named
# by the text (countryOfOrigin takes a Country, not a string).
_TEXT_AS_NODE = {
    "countryOfOrigin": "Country",
    "locationCreated": "Place",
    "contentLocation": "Place",
    "hasOccupation": "Occupation",
    "isBasedOn": "CreativeWork",
}

_CURRENCY = re.compile("[A-Z]{3}")


def _iri(record_id: str) -> str:
    """A valid IRI for a record id: characters an IRI may not hold are percent-encoded."""
    # Entity, source and claim ids pass unchanged (see the catalog format); what they do
    # not allow would make an invalid or a different IRI, so it is encoded all the same.
    return _ID_PREFIX + quote(record_id, safe="/:-._~")


def _ref(record_id: str) -> dict[str, str]:
    return {"@id": _iri(record_id)}


def _extension(name: str) -> str:
    return f"ballerina:{name}"


def _literal(value: object) -> Any:
    """A field's value as JSON-LD: enumerations by value, dates as EDTF text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate):
        return str(value)
    return value


def _quantity(value: Quantity) -> dict[str, Any]:
    """A Quantity as a MonetaryAmount (for a currency code) or a QuantitativeValue."""
    from ._records import Bound

    amount = {"@value": amount_text(value.amount), "@type": "xsd:decimal"}
    node: dict[str, Any]
    if _CURRENCY.fullmatch(value.unit):
        node = {"@type": "MonetaryAmount", "currency": value.unit}
    else:
        node = {"@type": "QuantitativeValue", "unitText": value.unit}
    key = {Bound.AT_LEAST: "minValue", Bound.AT_MOST: "maxValue"}.get(value.bound, "value")
    node[key] = amount
    node[_extension("bound")] = value.bound.value
    return node


def _value(value: Value, prop: str | None) -> Any:
    """A claim's value as the object of ``prop`` (an extension term where ``None``)."""
    if isinstance(value, EntityRef):
        return _ref(value.id)
    if isinstance(value, Text):
        if prop in _TEXT_AS_NODE:
            key = "description" if prop == "isBasedOn" else "name"
            return {"@type": _TEXT_AS_NODE[prop], key: value.text}
        return value.text
    if isinstance(value, DateValue):
        return str(value.date) if prop is None else _iso_date(value.date)
    return _quantity(value)


def _iso_date(date: PartialDate) -> str:
    """A date for a schema.org property, which takes ISO 8601: ISO has no seasons, so a
    season's date is its year, but a winter's, which runs into the next year, is the
    interval of its months ("2023-12/2024-02": winter 2023 may be in 2024); its claim's node
    keeps the season ("2023-21", spring 2023)."""
    if date.season is None:
        return str(date)
    (first_year, first_month, _), (last_year, last_month, _) = date.first_day, date.last_day
    if first_year == last_year:
        return f"{date.year:04d}"
    return f"{first_year:04d}-{first_month:02d}/{last_year:04d}-{last_month:02d}"


def _term(predicate: Predicate) -> tuple[str, bool]:
    """The key a predicate is stated with, and whether it is stated from the value's node
    (a ``^`` property)."""
    prop = predicate.schema_org or ""
    reverse = prop.startswith("^")
    prop = prop.removeprefix("^")
    if not prop:
        return _extension(predicate.value), False
    return prop, reverse


def _claim_node(claim: Claim) -> dict[str, Any]:
    """The claim itself, with its source, quote, predicate, value and qualifiers."""
    node: dict[str, Any] = {
        "@id": _iri("claim/" + claim.id),
        "@type": "Claim",
        "about": _ref(claim.subject),
        "appearance": _ref("source/" + claim.source),
        "text": claim.evidence.quote,
        _extension("predicate"): claim.predicate.value,
        _extension("value"): _value(claim.value, None),
        _extension("start"): claim.evidence.start,
        _extension("end"): claim.evidence.end,
    }
    qualifiers = claim.qualifiers
    if qualifiers.character:
        node[_extension("character")] = _ref(qualifiers.character)
    for name in ("region", "medium", "status", "date", "title_kind"):
        value = getattr(qualifiers, name)
        if value is not None:
            node[_extension(name)] = _literal(value)
    # The note, and any field added to claims or qualifiers since, by its extension term.
    for name, value in claim_field_values(claim).items():
        if value is not None:
            node[_extension(name)] = value
    return node


#: The fields of a source stated with chosen schema.org terms in ``_source_node``.
_SOURCE_FIELDS_MAPPED = ("id", "title", "author", "publisher", "published", "language", "sha256")


def _source_node(source: Source) -> dict[str, Any]:
    from ._sqlite import source_label

    node: dict[str, Any] = {
        "@id": _iri("source/" + source.id),
        "@type": "NewsArticle",
        "name": source_label(source),
        "inLanguage": source.language,
        _extension("sha256"): source.sha256,
    }
    if source.title:
        node["headline"] = source.title
    if source.author:
        node["author"] = {"@type": "Person", "name": source.author}
    if source.publisher:
        node["publisher"] = {"@type": "Organization", "name": source.publisher}
    # schema.org's datePublished is a date; an interval the text bounds its date to
    # ("2024/..") is none, and is stated with the extension term instead.
    if isinstance(source.published, PartialDate):
        node["datePublished"] = _iso_date(source.published)
    elif source.published is not None:
        node[_extension("published")] = str(source.published)
    _state_fields(node, source, without=_SOURCE_FIELDS_MAPPED)
    return node


def _state_fields(node: dict[str, Any], record: Any, *, without: tuple[str, ...]) -> None:
    """State every field of ``record`` but those ``without`` that has a value on ``node``,
    one added since too: with the schema.org property its metadata names (``"schema_org"``,
    for a field schema.org has a term for, such as a url), or else with the extension term
    of its name. Nothing a record holds is left out."""
    fields = attrs.fields_dict(type(record))
    for name, value in record_values(record, without=without).items():
        if value is not None:
            node[fields[name].metadata.get("schema_org") or _extension(name)] = value


#: The fields of an entity stated with chosen terms in ``_entity_node``: the id, the
#: ``name``, and the aliases (every entity's are its ``alternateName``, see ``_names``).
_ENTITY_FIELDS_MAPPED = ("id", "title", "name", "aliases")


def _entity_node(entity: Film | Person | Character | Organization) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": _iri(entity.id)}
    if isinstance(entity, Film):
        node["@type"] = _WORK_TYPES[entity.kind]
    elif isinstance(entity, Character):
        node["@type"] = ["Person", _extension("Character")]
    else:
        node["@type"] = type(entity).__name__
    node["name"] = entity.names[0]
    mapped: tuple[str, ...] = _ENTITY_FIELDS_MAPPED
    if isinstance(entity, Film):
        # The kind first, as the fields have it, then how each of its other titles is used.
        node[_extension("kind")] = entity.kind.value
        if entity.aliases:
            node[_extension("aliases")] = [
                {_extension("name"): alias.name, _extension("title_kind"): alias.kind.value}
                for alias in entity.aliases
            ]
        mapped = (*mapped, "kind")
    _state_fields(node, entity, without=mapped)
    return node


def _names(
    seen: set[tuple[int, str, Hashable]],
    node: dict[str, Any],
    entity: Film | Person | Character | Organization,
) -> None:
    """The entity's other names as ``alternateName``, each once: the name itself is marked
    as given, so that a title claim repeating it adds nothing."""
    seen.add((id(node), "alternateName", json.dumps(node["name"])))
    for name in entity.names[1:]:
        _add(seen, node, "alternateName", name)


def _node_type(node: dict[str, Any]) -> str:
    types = node["@type"]
    return types if isinstance(types, str) else types[0]


def _add(
    seen: set[tuple[int, str, Hashable]],
    node: dict[str, Any],
    key: str,
    value: Any,
    same: Hashable | None = None,
) -> None:
    """Add a value to a property of a node, once (``seen`` remembers what each node has, so
    that a node with many values takes no longer for each); ``same``, where given, is what
    the value is one by (a claim's :func:`value_key`: "125 minutes" and "125.0 min")."""
    # The key itself, not its text: equal amounts are equal however many places they write.
    mark = (id(node), key, json.dumps(value, sort_keys=True) if same is None else same)
    if mark not in seen:
        seen.add(mark)
        node.setdefault(key, []).append(value)


def _same_amount(value: Value) -> Hashable | None:
    """What an amount is one by, however written, as facts() gives it ("125 minutes",
    "125.0 min"); None for another value, which is one by what it writes."""
    return value_key(value) if isinstance(value, Quantity) else None


def document(catalog: Catalog) -> dict[str, Any]:
    """The JSON-LD document of ``catalog`` (see this module's opening comment)."""
    with gc_paused():
        return {"@context": CONTEXT, "@graph": list(graph(catalog))}


def _recast(claim: Claim) -> bool:
    """Whether ``claim`` is a superseded casting that names its part: the part was recast."""
    return (
        claim.predicate.credit == "cast"
        and claim.qualifiers.status is Status.SUPERSEDED
        and claim.qualifiers.character is not None
    )


def _former(catalog: Catalog) -> set[int]:
    """The claims (by ``id``) whose value a source says was changed since
    (``_answers.superseded_claims``). A superseded casting that names its part sets aside
    that part's claims alone, as the film view reads it (``Catalog.cast``): "first cast as
    Charon" leaves the person's other part, and their place in the cast, standing."""
    recast = [claim for claim in catalog.claims if _recast(claim)]
    if not recast:
        return superseded_claims(catalog.claims, catalog.sources)
    left = {id(claim) for claim in recast}
    others = [claim for claim in catalog.claims if id(claim) not in left]
    former = superseded_claims(others, catalog.sources)
    for part in {claim.qualifiers.character for claim in recast}:
        of_part = [
            claim
            for claim in catalog.claims
            if claim.predicate.credit == "cast" and claim.qualifiers.character == part
        ]
        former |= superseded_claims(of_part, catalog.sources)
    return former


def _named_parts(catalog: Catalog, former: set[int]) -> dict[tuple[str, str], dict[str, None]]:
    """The parts each person's stated cast claims name, by work and person, in order: a
    claim of the person that names none supports each of them, as in the film view, not a
    role of its own."""
    parts: dict[tuple[str, str], dict[str, None]] = {}
    for claim in catalog.claims:
        character = claim.qualifiers.character
        if (
            character is not None
            and claim.predicate.credit == "cast"
            and isinstance(claim.value, EntityRef)
            and claim.qualifiers.status in STATED_STATUSES
            and id(claim) not in former
        ):
            parts.setdefault((claim.subject, claim.value.id), {})[character] = None
    return parts


def graph(catalog: Catalog) -> Iterator[dict[str, Any]]:
    """The nodes of the document's ``@graph``: the entities (built whole first, since every
    claim adds to them), then the sources, then a node per claim, built as it is taken."""
    entities: tuple[Film | Person | Character | Organization, ...] = (
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    nodes = {entity.id: _entity_node(entity) for entity in entities}
    roles: dict[tuple[str, str, str, str | None], dict[str, Any]] = {}
    seen: set[tuple[int, str, Hashable]] = set()
    for entity in entities:
        _names(seen, nodes[entity.id], entity)
    former = _former(catalog)
    parts = _named_parts(catalog, former)

    def role_of(claim: Claim, term: str, person: str, character: str | None) -> dict[str, Any]:
        key = (claim.subject, term, person, character)
        role = roles.get(key)
        if role is None:
            role = {"@type": "PerformanceRole" if claim.predicate.credit == "cast" else "Role"}
            role[term] = _ref(person)
            if claim.predicate.credit == "crew":
                role["roleName"] = claim.predicate.value
            if character:
                role["characterName"] = catalog.character(character).name
                if _node_type(nodes[claim.subject]) in _DOMAINS["character"]:
                    _add(seen, nodes[claim.subject], "character", _ref(character))
            roles[key] = role
            nodes[claim.subject].setdefault(term, []).append(role)
        return role

    order = source_order(catalog.sources)
    for claim in catalog.claims:
        if (
            claim.qualifiers.status not in STATED_STATUSES
            or id(claim) in former
            # A date surely after its source was published, with no status: a plan, as
            # the answers weigh it.
            or is_forecast(claim, order)
            # A value for one region holds there only: the work's own property (a release
            # date as datePublished) would state it everywhere.
            or claim.qualifiers.region is not None
        ):
            # A forecast, report or hope, a value a change superseded, or one of a region:
            # its claim's node says it, and how firmly or where.
            continue
        subject = nodes[claim.subject]
        term, reverse = _term(claim.predicate)
        value = claim.value
        if reverse:
            assert isinstance(value, EntityRef)  # a ^ property takes entities
            holder = nodes[value.id]
            if not _fits(term, holder, subject):
                term, holder = _extension(claim.predicate.value), subject
                _add(seen, holder, term, _value(value, None))
            else:
                _add(seen, holder, term, _ref(claim.subject))
            continue
        if not _fits(term, subject, nodes[value.id] if isinstance(value, EntityRef) else None):
            term = _extension(claim.predicate.value)
        if claim.predicate.credit and isinstance(value, EntityRef):
            character = claim.qualifiers.character
            named = (
                parts.get((claim.subject, value.id)) if claim.predicate.credit == "cast" else None
            )
            for part in (character,) if character or not named else named:
                role = role_of(claim, term, value.id, part)
                role.setdefault("subjectOf", []).append(_ref("claim/" + claim.id))  # ids unique
            continue
        written = _value(value, None if term.startswith("ballerina:") else term)
        _add(seen, subject, term, written, _same_amount(value))
    yield from nodes.values()
    yield from map(_source_node, catalog.sources)
    yield from map(_claim_node, catalog.claims)
