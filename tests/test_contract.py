"""One contract at the edges: what every query, lookup, JSON function and the CLI promise.

Each class covers one item of "One contract at the edges" in issue 11; the property test
at the end runs every public query on every entity of generated catalogs.
"""

from __future__ import annotations

import importlib.metadata
import inspect
import io
import json
import pickle
import re
import subprocess
import sys
import tomllib
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ballerina_data as bd
from ballerina_data import (
    CREW_ROLES,
    BallerinaDataError,
    Catalog,
    Character,
    Credit,
    Disagreement,
    Entity,
    EntityRef,
    Fact,
    Film,
    IntegrityError,
    InvalidDataError,
    NotFoundError,
    Organization,
    Person,
    Predicate,
    WorkKind,
    curate,
    export,
)
from ballerina_data._cli import main
from ballerina_data._kinds import row_of
from ballerina_data._normalize import normalize
from ballerina_data._validators import short_repr
from each_case import each
from strategies import catalog_records, share_of_examples, values

FILM = "film/ballerina-2024"
SOURCE = "000_352b652a736a487c"


def _spellings(predicate: Predicate) -> list[Predicate | str]:
    """Every way to name a predicate: the member, its value, its name, its Wikidata id."""
    found: list[Predicate | str] = [predicate, predicate.value, predicate.name]
    return found + ([predicate.wikidata] if predicate.wikidata else [])


#: Every method that takes a predicate, on the catalog or at module level.
PREDICATE_QUERIES: dict[str, Callable[[Any, Any], object]] = {
    "claims_about": lambda on, p: on.claims_about(FILM, p),
    "claims_with": lambda on, p: on.claims_with(p),
    "facts": lambda on, p: on.facts(FILM, p),
    "crew": lambda on, p: on.crew(FILM, p),
}


class TestPredicateSpellings:
    """A predicate argument takes the member, its value, its name or its Wikidata id."""

    @each("predicate", list(Predicate), ids=lambda p: p.name)
    def test_every_spelling_names_the_member(self, predicate: Predicate) -> None:
        assert [predicate] * len(_spellings(predicate)) == [
            Predicate(x) for x in _spellings(predicate)
        ]

    def test_no_spelling_of_one_predicate_is_a_spelling_of_another(self) -> None:
        spellings = [str(x) for p in Predicate for x in _spellings(p)[1:]]
        assert len(spellings) == len(set(spellings))

    @each("on", ["catalog", "module"])
    @each("query", list(PREDICATE_QUERIES))
    @each("predicate", [Predicate.DIRECTOR, Predicate.SCREENWRITER, Predicate.PRODUCER])
    def test_every_method_answers_alike_for_each_spelling(
        self, catalog: Catalog, on: str, query: str, predicate: Predicate
    ) -> None:
        target = catalog if on == "catalog" else bd
        answers = [PREDICATE_QUERIES[query](target, x) for x in _spellings(predicate)]
        assert answers[0]  # the shipped data has these credits: a real answer is compared
        assert [answers[0]] * len(answers) == answers

    @each("predicate", list(Predicate), ids=lambda p: p.name)
    def test_claims_with_every_predicate_by_every_spelling(
        self, catalog: Catalog, predicate: Predicate
    ) -> None:
        expected = tuple(c for c in catalog.claims if c.predicate is predicate)
        for spelling in _spellings(predicate):
            assert expected == catalog.claims_with(spelling)

    @each("on", ["catalog", "module"])
    @each("query", list(PREDICATE_QUERIES))
    @each(
        ("miss", "meant"),
        [("directr", "director"), ("DIRECTR", "director"), ("P577x", "release_date")],
    )
    def test_a_miss_suggests_the_predicate_meant(
        self, catalog: Catalog, on: str, query: str, miss: str, meant: str
    ) -> None:
        target = catalog if on == "catalog" else bd
        with pytest.raises(bd.InvalidQueryError, match=f"did you mean '{meant}'") as info:
            PREDICATE_QUERIES[query](target, miss)
        assert isinstance(info.value, BallerinaDataError)  # the library's query error

    def test_crew_takes_any_spelling_of_a_crew_role_only(self, catalog: Catalog) -> None:
        for predicate in Predicate:
            for spelling in _spellings(predicate):
                if predicate in CREW_ROLES:
                    assert all(c.role is predicate for c in catalog.crew(FILM, spelling))
                else:
                    with pytest.raises(bd.InvalidQueryError, match="role must be one of"):
                        catalog.crew(FILM, spelling)


class TestCliPredicate:
    """``ballerina-data claims --predicate`` takes the same four spellings."""

    @pytest.mark.parametrize("about", [[], ["--about", FILM], ["--source", SOURCE]])
    def test_every_spelling_prints_the_same_claims(
        self, capsys: pytest.CaptureFixture[str], about: list[str]
    ) -> None:
        outputs = []
        for spelling in _spellings(Predicate.DIRECTOR)[1:]:
            assert 0 == main(["claims", *about, "--predicate", str(spelling)])
            outputs.append(capsys.readouterr())
        assert "  director  " in outputs[0].out
        heads = [line for line in outputs[0].out.splitlines() if not line.startswith(" ")]
        assert all(line.split("  ")[2] == "director" for line in heads)
        assert [outputs[0]] * len(outputs) == outputs

    def test_a_miss_is_a_usage_error_with_a_suggestion(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        with pytest.raises(SystemExit) as info:
            main(["claims", "--predicate", "directr"])
        assert 2 == info.value.code
        error = capsys.readouterr().err
        assert "'directr' is not a Predicate" in error
        assert "did you mean 'director'?" in error


KIND_EXAMPLES = {
    "film": "film/ballerina-2024",
    "person": "person/ana-de-armas",
    "character": "character/rooney",
    "organization": "org/lionsgate",
}
ARTICLE = {"film": "a", "person": "a", "character": "a", "organization": "an"}


class TestWrongKindLookups:
    """A singular lookup of the wrong kind says what the id or name is."""

    @each("on", ["catalog", "module"])
    @each("wanted", list(KIND_EXAMPLES))
    @each("kind", list(KIND_EXAMPLES))
    def test_an_id_of_another_kind_says_what_it_is(
        self, catalog: Catalog, on: str, wanted: str, kind: str
    ) -> None:
        lookup = getattr(catalog if on == "catalog" else bd, wanted)
        if kind == wanted:
            assert KIND_EXAMPLES[kind] == lookup(KIND_EXAMPLES[kind]).id
            return
        with pytest.raises(NotFoundError) as info:
            lookup(KIND_EXAMPLES[kind])
        expected = (
            f"{KIND_EXAMPLES[kind]!r} is {ARTICLE[kind]} {kind}, not {ARTICLE[wanted]} {wanted}"
        )
        assert expected == str(info.value)

    def test_a_character_name_given_to_person_names_the_character(self) -> None:
        with pytest.raises(NotFoundError) as info:
            bd.person("Rooney")
        assert "no person with id 'Rooney'; Rooney is the character 'character/rooney'" == str(
            info.value
        )

    def test_a_person_name_given_to_film_names_the_person(self) -> None:
        with pytest.raises(NotFoundError, match="Len Wiseman is the person 'person/len-wiseman'"):
            bd.film("Len Wiseman")

    def test_a_name_of_the_right_kind_suggests_its_id(self) -> None:
        with pytest.raises(NotFoundError, match="did you mean 'person/len-wiseman'"):
            bd.person("Len Wiseman")


class TestSourceSuggestions:
    """Source ids get suggestions as entity ids do."""

    @each(
        "lookup",
        [bd.source, bd.source_text, bd.claims_from, lambda x: Catalog.default().text(x)],
        ids=["source", "source_text", "claims_from", "Catalog.text"],
    )
    @each("typo", [SOURCE[:-1], SOURCE + "x", SOURCE.replace("_", "-")])
    def test_a_close_source_id_is_suggested(self, lookup: Callable[[str], Any], typo: str) -> None:
        with pytest.raises(NotFoundError) as info:
            lookup(typo)
        assert f"no source with id {typo!r}; did you mean {SOURCE!r}?" == str(info.value)

    def test_a_far_source_id_gets_no_suggestion(self) -> None:
        with pytest.raises(NotFoundError) as info:
            bd.source("nope")
        assert "no source with id 'nope'" == str(info.value)


NAME_QUERIES = ("films_titled", "people_named", "characters_named", "organizations_named")


class TestEmptyQueries:
    """A query that is empty after normalization behaves like an empty one."""

    @each("on", ["catalog", "module"])
    @each("query", [*NAME_QUERIES, "search"])
    @each("empty", ["", "  ", "!!!", " - ", "\u2014", "...", "\u00a0"])
    def test_nothing_to_find_is_the_librarys_query_error(
        self, catalog: Catalog, on: str, query: str, empty: str
    ) -> None:
        with pytest.raises(bd.InvalidQueryError, match="has no letters or digits") as info:
            getattr(catalog if on == "catalog" else bd, query)(empty)
        assert isinstance(info.value, BallerinaDataError)
        assert isinstance(info.value, ValueError)

    @pytest.mark.parametrize("empty", ["!!!", "  "])
    def test_the_cli_says_so_in_one_line(
        self, capsys: pytest.CaptureFixture[str], empty: str
    ) -> None:
        # A usage error, as a number out of range is: exit status 2.
        with pytest.raises(SystemExit) as stopped:
            main(["films", empty])
        assert 2 == stopped.value.code
        assert (
            f"ballerina-data films: error: argument title: empty title: {empty!r} has no"
            " letters or digits; see ballerina-data films --help\n" == capsys.readouterr().err
        )


UNKNOWN = "film/unknown"  # a lookup of it would raise NotFoundError, not TypeError

#: A call with one argument of a wrong type, for each query method.
WRONG_TYPES: dict[str, Callable[[Any], object]] = {
    "films_titled(list)": lambda on: on.films_titled(["x"]),
    "films_titled(year=True)": lambda on: on.films_titled("Ballerina", year=True),
    "films_titled(year='2024')": lambda on: on.films_titled("Ballerina", year="2024"),
    "films_titled(bytes)": lambda on: on.films_titled(b"Ballerina"),
    "people_named(None)": lambda on: on.people_named(None),
    "characters_named(1)": lambda on: on.characters_named(1),
    "organizations_named(tuple)": lambda on: on.organizations_named(("Lionsgate",)),
    "film(None)": lambda on: on.film(None),
    "person(list)": lambda on: on.person(["person/len-wiseman"]),
    "character(True)": lambda on: on.character(True),
    "organization(bytes)": lambda on: on.organization(b"org/lionsgate"),
    "entity(1)": lambda on: on.entity(1),
    "source(EntityRef)": lambda on: on.source(EntityRef(id=SOURCE)),
    "claims_from(1)": lambda on: on.claims_from(1),
    "claims_with(57)": lambda on: on.claims_with(57),
    "claims_with(None)": lambda on: on.claims_with(None),
    "claims_about(unknown, 57)": lambda on: on.claims_about(UNKNOWN, 57),
    "claims_about(1)": lambda on: on.claims_about(1),
    "facts(unknown, None)": lambda on: on.facts(UNKNOWN, None),
    "facts(unknown, WorkKind)": lambda on: on.facts(UNKNOWN, WorkKind.FILM),
    "disagreements(1)": lambda on: on.disagreements(1),
    "about(1)": lambda on: on.about(1),
    "lookup(1)": lambda on: on.lookup(1),
    "lookup(year='2024')": lambda on: on.lookup("Ballerina", year="2024"),
    "cast(1)": lambda on: on.cast(1),
    "crew(unknown, 57)": lambda on: on.crew(UNKNOWN, 57),
    "crew(1)": lambda on: on.crew(1),
    "filmography(Source)": lambda on: on.filmography(on.source(SOURCE)),
    "search(list)": lambda on: on.search(["Ballerina"]),
    "timeline(1)": lambda on: on.timeline(1),
}


class TestArgumentTypes:
    """Argument types are checked before any lookup: a TypeError that says what was expected."""

    @each("on", ["catalog", "module"])
    @each("call", list(WRONG_TYPES))
    def test_a_wrong_type_is_a_type_error_with_a_message(
        self, catalog: Catalog, on: str, call: str
    ) -> None:
        with pytest.raises(TypeError, match=r"^(expected|year must be) .*, got \w+ ") as info:
            WRONG_TYPES[call](catalog if on == "catalog" else bd)
        assert not isinstance(info.value, BallerinaDataError)

    @each(
        "call",
        [
            lambda: bd.source_text(1),  # type: ignore[arg-type]
            lambda: Catalog.default().text(1),  # type: ignore[arg-type]
        ],
        ids=["source_text", "Catalog.text"],
    )
    def test_text_of_a_wrong_type(self, call: Callable[[], object]) -> None:
        with pytest.raises(TypeError, match="expected a source id or a Source, got int 1"):
            call()

    def test_from_json_of_a_wrong_type(self) -> None:
        with pytest.raises(TypeError, match="expected catalog JSON as str or bytes, got int"):
            Catalog.from_json(1)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "call",
        [
            lambda: Catalog.default().merge([]),  # type: ignore[arg-type]
            lambda: export.to_json(None, io.StringIO()),  # type: ignore[arg-type]
            lambda: export.to_jsonl([], io.StringIO()),  # type: ignore[arg-type]
            lambda: export.to_jsonld([], io.StringIO()),  # type: ignore[arg-type]
            lambda: export.to_csv([], io.StringIO()),  # type: ignore[arg-type]
            lambda: export.to_datasette_metadata([], io.StringIO()),  # type: ignore[arg-type]
            lambda: export.to_sqlite([], "unused.db"),  # type: ignore[arg-type]
            lambda: export.jsonld_document([]),  # type: ignore[arg-type]
            lambda: export.write([], "json", "unused.json"),  # type: ignore[arg-type]
            lambda: curate.write([], "unused"),  # type: ignore[arg-type]
        ],
        ids=[
            "merge",
            "to_json",
            "to_jsonl",
            "to_jsonld",
            "to_csv",
            "to_datasette_metadata",
            "to_sqlite",
            "jsonld_document",
            "export.write",
            "curate.write",
        ],
    )
    def test_a_function_of_a_catalog_is_given_something_else(
        self, call: Callable[[], object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        with pytest.raises(TypeError, match=r"^[\w.]+\(\) takes a Catalog, got (list|NoneType)$"):
            call()
        assert [] == list(tmp_path.iterdir())  # nothing written

    def test_every_query_method_is_covered(self) -> None:
        called = {name.partition("(")[0] for name in WRONG_TYPES} | {"text"}
        assert _query_methods() == called


UNSUPPORTED: list[object] = [Predicate, WorkKind, "Film", None, Catalog | None]


class TestJsonFunctions:
    """``to_json(catalog)`` writes what ``Catalog.from_json`` reads; ``from_json`` says what it
    builds."""

    @share_of_examples(40)
    @given(st.lists(values, max_size=4).map(tuple))
    def test_values_round_trip_as_values_and_as_their_classes(
        self, written: tuple[bd.Value, ...]
    ) -> None:
        assert written == bd.from_json(bd.to_json(written), tuple[bd.Value, ...])
        for value in written:
            assert value == bd.from_json(bd.to_json(value), bd.Value)
            assert value == bd.from_json(bd.to_json(value), type(value))

    def test_an_empty_value_leaves_the_next_empty_object_empty(self) -> None:
        # The parser reads every `{}` as one shared dict: adding the tag to it once made
        # every later `{}` carry it.
        with pytest.raises(InvalidDataError, match="required field missing"):
            bd.from_json("{}", bd.Text)
        assert bd.Qualifiers() == bd.from_json("{}", bd.Qualifiers)

    def test_a_value_of_another_class_is_refused(self) -> None:
        with pytest.raises(InvalidDataError, match="expected 'type' 'entity' for EntityRef, got"):
            bd.from_json(bd.to_json(bd.Text(text="Rooney")), bd.EntityRef)

    def test_to_json_of_the_shipped_catalog_round_trips(self, catalog: Catalog) -> None:
        text = bd.to_json(catalog)
        assert catalog.to_json() == text
        assert 1 == json.loads(text)["format_version"]
        assert catalog == Catalog.from_json(text)
        assert catalog == bd.from_json(text, Catalog)

    @each(
        "cls",
        [
            dict,
            int,
            str,
            list[Film],
            tuple[Film],
            tuple[Film, Person],
            Film | None,
            *UNSUPPORTED,
        ],
        ids=repr,
    )
    def test_from_json_with_an_unsupported_type_names_what_it_builds(self, cls: Any) -> None:
        with pytest.raises(TypeError) as info:
            bd.from_json("{}", cls)
        message = str(info.value)
        assert message.startswith(f"from_json cannot build {cls!r}; it builds Alias, Character,")
        assert message.endswith(", Value, a tuple[T, ...] of one of those, or a Catalog")

    @each("cls", [Film, Catalog, tuple[Film, ...]], ids=repr)
    def test_swapped_arguments_say_so(self, cls: Any) -> None:
        with pytest.raises(TypeError) as info:
            bd.from_json(cls, "{}")  # type: ignore[call-overload]
        message = str(info.value)
        assert message.startswith("from_json(text, cls) takes JSON text as str or bytes first")
        assert "the arguments are swapped" in message
        assert message.endswith("or a Catalog")

    @each("obj", [[bd.film(FILM)], {"x": 1}, Predicate.DIRECTOR, None, 1])
    def test_to_json_refuses_what_is_not_a_record_or_catalog(self, obj: object) -> None:
        with pytest.raises(TypeError, match="to_json takes a record, a tuple of records or a"):
            bd.to_json(obj)


class TestExceptionsAndRepr:
    """Our exceptions take a plain message; a catalog's repr is one short line."""

    @each("cls", [BallerinaDataError, InvalidDataError, IntegrityError, NotFoundError])
    def test_a_plain_message(self, cls: type[BallerinaDataError]) -> None:
        error = cls("bad value")
        assert "bad value" == str(error)
        assert "ballerina_data" == type(error).__module__
        with pytest.raises(cls, match=r"^bad value$"):
            raise error

    @each("cls", [InvalidDataError, IntegrityError])
    def test_a_plain_message_is_one_problem(self, cls: type[InvalidDataError]) -> None:
        assert ("bad value",) == cls("bad value").problems

    def test_repr_of_the_shipped_catalog_is_one_short_line(self, catalog: Catalog) -> None:
        text = repr(catalog)
        assert 1 == len(text.splitlines())
        assert len(text) < 200
        assert text.startswith(f"<Catalog: {len(catalog.sources)} sources, ")


class TestVersionAndNames:
    """``__version__`` and ``--version`` from the metadata; public names under ballerina_data."""

    def test_version_is_the_installed_metadata(self) -> None:
        assert importlib.metadata.version("ballerina-data") == bd.__version__
        assert "__version__" in bd.__all__

    def test_cli_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as info:
            main(["--version"])
        assert 0 == info.value.code
        assert f"ballerina-data {bd.__version__}\n" == capsys.readouterr().out

    @each("name", [n for n in bd.__all__ if callable(getattr(bd, n))])
    def test_every_public_class_and_function_lives_in_ballerina_data(self, name: str) -> None:
        obj = getattr(bd, name)
        assert ("ballerina_data", name) == (obj.__module__, obj.__qualname__)

    def test_class_reprs_and_traceback_lines_name_ballerina_data(self) -> None:
        assert "<class 'ballerina_data.Film'>" == repr(Film)
        assert "<class 'ballerina_data.NotFoundError'>" == repr(NotFoundError)
        with pytest.raises(NotFoundError) as info:
            bd.film("film/nope")
        line = traceback.format_exception_only(info.value)[-1]
        assert line.startswith("ballerina_data.NotFoundError: no film with id 'film/nope'")

    def test_records_enums_and_errors_pickle_by_their_public_name(self) -> None:
        film = bd.film(FILM)
        for obj in (film, Predicate.DIRECTOR, WorkKind.FILM):
            data = pickle.dumps(obj)
            assert obj == pickle.loads(data)
            assert b"ballerina_data" in data
            assert b"_records" not in data
        error = pickle.loads(pickle.dumps(NotFoundError("no film with id 'x'")))
        assert (NotFoundError, "no film with id 'x'") == (type(error), str(error))


def _public_methods() -> set[str]:
    return {
        name
        for name, member in vars(Catalog).items()
        if not name.startswith("_") and (inspect.isfunction(member) or type(member) is classmethod)
    }


def _query_methods() -> set[str]:
    """The public query methods of Catalog: everything but building, saving and verifying."""
    return _public_methods() - {
        "as_of",
        "default",
        "from_json",
        "load",
        "merge",
        "to_json",
        "verify",
    }


# Catalog.text is source_text at module level: a bare `text` would shadow too much.
RENAMED = {"text": "source_text"}
# These build catalogs; at module level there is one catalog, the shipped one.
BUILDERS = {"default", "load", "merge", "as_of"}


class TestModuleTwins:
    """Every Catalog lookup has its module-level twin on the shipped catalog."""

    def _twins(self) -> dict[str, str]:
        methods = _public_methods() - BUILDERS
        return {name: RENAMED.get(name, name) for name in methods}

    def test_every_method_but_the_builders_has_a_twin(self) -> None:
        twins = self._twins()
        assert {"organization", "organizations_named", "claims_with", "source_text"} <= set(
            twins.values()
        )
        assert set(twins.values()) <= set(bd.__all__)
        assert all(inspect.isfunction(getattr(bd, twin)) for twin in twins.values())

    def test_twins_take_the_same_arguments(self) -> None:
        for method, twin in self._twins().items():
            if method in {"to_json", "from_json"}:  # the module's versions take any record
                continue
            mine = list(inspect.signature(getattr(Catalog, method)).parameters.values())[1:]
            theirs = list(inspect.signature(getattr(bd, twin)).parameters.values())
            assert [(p.kind, p.default) for p in mine] == [(p.kind, p.default) for p in theirs]

    @each(
        ("twin", "args"),
        [
            ("organization", ("org/lionsgate",)),
            ("organizations_named", ("Lionsgate",)),
            ("claims_with", ("P57",)),
            ("source_text", (SOURCE,)),
            ("claims_about", ("character/rooney", "present_in_work")),
        ],
    )
    def test_a_twin_answers_as_the_shipped_catalog_does(
        self, catalog: Catalog, twin: str, args: tuple[str, ...]
    ) -> None:
        method = {v: k for k, v in RENAMED.items()}.get(twin, twin)
        expected = getattr(catalog, method)(*args)
        assert expected
        assert expected == getattr(bd, twin)(*args)


def test_no_warning_on_import_and_first_query() -> None:
    code = "import ballerina_data as b; assert b.films_titled('Ballerina')"
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (0, "") == (done.returncode, done.stderr)


def test_an_uncaught_error_reads_ballerina_data_in_the_traceback() -> None:
    code = "import ballerina_data as b; b.film('film/nope')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert 1 == done.returncode
    assert (
        "ballerina_data.NotFoundError: no film with id 'film/nope'" == done.stderr.splitlines()[-1]
    )


# --- Every public query on every entity of generated catalogs ------------------------------

_LOOKUPS: dict[type, str] = {
    Film: "film",
    Person: "person",
    Character: "character",
    Organization: "organization",
}


def _agents(catalog: Catalog) -> tuple[Person | Character | Organization, ...]:
    return (*catalog.people, *catalog.characters, *catalog.organizations)


def _check_lookups(catalog: Catalog, entity: Entity, ref: Any) -> None:
    kind = row_of(entity).noun  # "TV series": what the message calls this entity
    assert entity is catalog.entity(ref)
    for cls, lookup in _LOOKUPS.items():
        if cls is type(entity):
            assert entity is getattr(catalog, lookup)(ref)
        else:
            with pytest.raises(NotFoundError, match=f"is an? {kind}, not an? {lookup}$"):
                getattr(catalog, lookup)(ref)
    if type(ref) is str:
        assert entity is catalog.lookup(ref)
    everything: tuple[Entity, ...] = (
        *catalog.films,
        *catalog.people,
        *catalog.characters,
        *catalog.organizations,
    )
    for name in entity.names:
        key = normalize(name)
        if not key:
            with pytest.raises(bd.InvalidQueryError):
                catalog.lookup(name)
            continue
        by_id = [e for e in everything if e.id == name]
        expected = by_id or [
            e for e in everything if key == normalize(e.id) or key in map(normalize, e.names)
        ]
        assert entity in expected or by_id
        if len(expected) == 1:
            assert expected[0] is catalog.lookup(name)
        else:
            with pytest.raises(bd.AmbiguousNameError) as info:
                catalog.lookup(name)
            assert set(expected) == set(info.value.candidates)


def _check_claims(catalog: Catalog, entity: Entity, ref: Any) -> None:
    about = catalog.claims_about(ref)
    assert set(about) == {
        c
        for c in catalog.claims
        if entity.id in (c.subject, getattr(c.value, "id", None), c.qualifiers.character)
    }
    for predicate in Predicate:
        assert tuple(c for c in about if c.predicate is predicate) == catalog.claims_about(
            ref, predicate
        )
        facts = catalog.facts(ref, predicate)
        assert all(type(fact) is Fact for fact in facts)
        assert {(c.subject, c.predicate) for f in facts for c in f.claims} <= {
            (entity.id, predicate)
        }
    for disagreement in catalog.disagreements(ref):
        assert (Disagreement, entity.id) == (type(disagreement), disagreement.subject)


def _check_credits(catalog: Catalog, entity: Entity, ref: Any) -> None:
    kind = row_of(entity).noun
    if type(entity) is Film:
        assert all(c.role is Predicate.CAST_MEMBER and c.film is entity for c in catalog.cast(ref))
        assert all(c.role in CREW_ROLES and c.film is entity for c in catalog.crew(ref))
        for predicate in Predicate:
            if predicate in CREW_ROLES:
                assert all(c.role is predicate for c in catalog.crew(ref, predicate))
            else:
                with pytest.raises(bd.InvalidQueryError, match="role must be one of"):
                    catalog.crew(ref, predicate)
    else:
        for query in (catalog.cast, catalog.crew):
            with pytest.raises(NotFoundError, match=f"is an? {kind}, not a film$"):
                query(ref)
    if type(entity) is Person:
        for credit in catalog.filmography(ref):
            assert (Credit, Film, entity) == (type(credit), type(credit.film), credit.person)
    else:
        with pytest.raises(NotFoundError, match=f"is an? {kind}, not a person$"):
            catalog.filmography(ref)


def _check_names(catalog: Catalog) -> None:
    entities = (*catalog.films, *_agents(catalog))
    ids = {entity.id for entity in entities}
    for name in {name for entity in entities for name in entity.names}:
        for query in NAME_QUERIES:
            if not normalize(name):
                with pytest.raises(bd.InvalidQueryError, match="has no letters or digits"):
                    getattr(catalog, query)(name)
                continue
            found = getattr(catalog, query)(name)
            assert all(normalize(name) in map(normalize, record.names) for record in found)
        if name in ids:  # a name that happens to be an id is found as that id
            continue
        # A name given where an id is wanted is not found, and the message repeats it, cut
        # to 60 characters as every message cuts what it repeats.
        for lookup in ("entity", *_LOOKUPS.values()):
            with pytest.raises(NotFoundError, match=re.escape(short_repr(name))):
                getattr(catalog, lookup)(name)


def _broken_claims(records: dict[str, Any]) -> set[str]:
    """The claims that break their predicate's signature: a subject, value or character of a
    kind it does not take, or a claim relating an entity to itself."""
    entities: dict[str, Any] = {
        e.id: e
        for field in ("films", "people", "characters", "organizations")
        for e in records[field]
    }
    broken = set()
    for claim in records["claims"]:
        value = claim.value
        target = entities[value.id] if type(value) is EntityRef else value
        character = claim.qualifiers.character
        if (
            type(entities[claim.subject]) not in claim.predicate.subject_types
            or type(target) not in claim.predicate.value_types
            or target is entities[claim.subject]
            or (character is not None and type(entities[character]) is not Character)
        ):
            broken.add(claim.id)
    return broken


def _built(records: dict[str, Any]) -> Catalog | None:
    """The catalog, or None when Catalog refuses exactly the claims that break their
    predicate's signature, naming each."""
    broken = _broken_claims(records)
    if not broken:
        return Catalog(**records)
    with pytest.raises(IntegrityError) as info:
        Catalog(**records)
    named = {re.match(r"claim '(c-\d+)'", problem) for problem in info.value.problems}
    assert broken == {match[1] for match in named if match}
    assert None not in named  # every problem names its claim
    return None


@share_of_examples(40)
@given(catalog_records(franchises=True, any_kinds=True))
def test_every_query_on_every_entity_answers_or_raises_a_documented_error(
    records: dict[str, Any],
) -> None:
    catalog = _built(records)
    if catalog is None:
        return
    for entity in (*catalog.films, *_agents(catalog)):
        for ref in (entity, entity.id):
            _check_lookups(catalog, entity, ref)
            _check_claims(catalog, entity, ref)
            _check_credits(catalog, entity, ref)
    _check_names(catalog)
    for entity in (*catalog.films, *_agents(catalog)):
        for entry in catalog.timeline(entity):
            assert set(entry.new) <= set(entry.claims)
        for name in filter(normalize, entity.names):  # _check_names tries the letterless
            assert all(isinstance(m.score, float) for m in catalog.search(name))

    for source in catalog.sources:
        for source_ref in (source, source.id):
            assert source is catalog.source(source_ref)
            assert catalog.texts[source.id] == catalog.text(source_ref)
            assert tuple(c for c in catalog.claims if c.source == source.id) == (
                catalog.claims_from(source_ref)
            )

    for predicate in Predicate:
        for spelling in _spellings(predicate):
            assert tuple(c for c in catalog.claims if c.predicate is predicate) == (
                catalog.claims_with(spelling)
            )

    assert all(type(d) is Disagreement for d in catalog.disagreements())
    everything = catalog.disagreements(relation=None)
    assert {d for d in everything if d.relation is bd.Relation.CONFLICT} == set(
        catalog.disagreements()
    )
    for entity in (*catalog.films, *_agents(catalog)):
        profile = catalog.about(entity)
        assert profile == catalog.about(entity.id)
        assert profile == bd.from_json(bd.to_json(profile), bd.Profile)
        told = {c.id for s in profile.statements for f in s.facts for c in f.claims}
        assert told | {c.id for credit in profile.credits for c in credit.claims} >= {
            c.id for c in catalog.claims if c.subject == entity.id
        }
    assert isinstance(catalog.verify(), tuple)
    # What holds for the shipped catalog holds for any: to_json round-trips, repr is short.
    assert catalog == Catalog.from_json(bd.to_json(catalog))
    assert 1 == len(repr(catalog).splitlines())
    assert len(repr(catalog)) < 200


def test_the_property_calls_every_query_method(monkeypatch: pytest.MonkeyPatch) -> None:
    # When Catalog gains a query, the property above must learn to call it: run its body
    # once, on a catalog of a few shipped records, and record the methods it calls.
    called: set[str] = set()
    for name in _query_methods():

        def spy(self: Catalog, *args: Any, _name: str = name, **kwargs: Any) -> Any:
            called.add(_name)
            return getattr(Catalog, f"_spied_{_name}")(self, *args, **kwargs)

        monkeypatch.setattr(Catalog, f"_spied_{name}", getattr(Catalog, name), raising=False)
        monkeypatch.setattr(Catalog, name, spy)
    shipped = Catalog.default()
    claims = shipped.claims_about("film/ballerina-2023")
    named = {ref for claim in claims for ref in (claim.subject, getattr(claim.value, "id", ""))}
    named |= {claim.qualifiers.character for claim in claims} - {None}
    sources = {claim.source for claim in claims}
    records: dict[str, Any] = {
        "sources": tuple(s for s in shipped.sources if s.id in sources),
        "claims": claims,
        "texts": {key: text for key, text in shipped.texts.items() if key in sources},
        **{
            field: tuple(e for e in getattr(shipped, field) if e.id in named)
            for field in ("films", "people", "characters", "organizations")
        },
    }
    inner = test_every_query_on_every_entity_answers_or_raises_a_documented_error
    inner.hypothesis.inner_test(records)  # type: ignore[attr-defined]
    assert _query_methods() == called


def test_the_generated_records_hold_franchises_and_broken_claims() -> None:
    # The property above must see franchises (works no title query returns), catalogs that
    # build and records that do not.
    seen: list[tuple[bool, bool]] = []

    @share_of_examples(30)
    @given(catalog_records(franchises=True, any_kinds=True))
    def record(records: dict[str, Any]) -> None:
        franchise = any(film.kind is WorkKind.FRANCHISE for film in records["films"])
        seen.append((franchise, not _broken_claims(records)))

    record()
    assert {True, False} == {builds for _, builds in seen}
    assert any(franchise for franchise, _ in seen)


class TestForDependents:
    """What a project that depends on this one gets: attrs and cattrs, nothing more."""

    def test_the_runtime_dependencies_are_attrs_and_cattrs(self) -> None:
        required = importlib.metadata.requires("ballerina-data") or []
        runtime = {re.split(r"[<>=!~ ;\[]", r)[0] for r in required if "extra ==" not in r}
        assert {"attrs", "cattrs"} == runtime

    def test_the_default_groups_leave_out_the_benchmark_tools(self) -> None:
        config = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
        groups = config["dependency-groups"]

        def expand(group: str) -> set[str]:
            found = set()
            for item in groups[group]:
                if isinstance(item, dict):
                    found |= expand(item["include-group"])
                else:
                    found.add(re.split(r"[<>=!~ ;\[]", item)[0])
            return found

        installed = set().union(*map(expand, config["tool"]["uv"]["default-groups"]))
        assert not installed & expand("bench")
        assert {"pytest", "hypothesis", "mypy"} <= installed


class TestSmallerMessages:
    """Messages from the API review of a fresh install, each as a user read it."""

    def test_the_start_of_an_id_suggests_the_ids_it_starts(self, catalog: Catalog) -> None:
        with pytest.raises(NotFoundError, match="did you mean 'person/keanu-reeves'"):
            catalog.person("person/keanu")

    def test_a_format_version_of_the_wrong_type_says_so(self) -> None:
        with pytest.raises(
            InvalidDataError, match=r"^expected an integer, got str '1' @ \$\.format_version$"
        ):
            Catalog.from_json('{"format_version": "1"}')

    def test_a_status_of_the_nine_is_listed_when_wrong(self) -> None:
        with pytest.raises(InvalidDataError, match="expected one of 'scheduled', 'released'"):
            bd.from_json('{"status": "rumour"}', bd.Qualifiers)

    def test_an_offset_below_zero_names_only_its_bound(self) -> None:
        with pytest.raises(InvalidDataError, match=r"^Evidence\.start: must be at least 0: -1$"):
            bd.Evidence(quote="abc", start=-1, end=2)


def test_reading_a_value_changes_no_later_read() -> None:
    # Every parsed {} is one shared dict: reading a value class must not tag it in place.
    with pytest.raises(InvalidDataError, match="amount"):
        bd.from_json("{}", bd.Quantity)
    assert bd.Qualifiers() == bd.from_json("{}", bd.Qualifiers)


def test_a_tuple_of_one_value_class_may_leave_out_the_tag() -> None:
    assert (bd.Text(text="x"),) == bd.from_json('[{"text": "x"}]', tuple[bd.Text, ...])
    with pytest.raises(InvalidDataError, match=r"expected 'type' 'text' for Text, .* @ \$\[0\]"):
        bd.from_json('[{"type": "date", "date": "2024"}]', tuple[bd.Text, ...])
    with pytest.raises(InvalidDataError, match="expected"):
        bd.from_json('{"text": "x"}', tuple[bd.Text, ...])


@each(
    ("query", "result"),
    [
        (lambda: bd.cast("film/ballerina-2024"), tuple[bd.Credit, ...]),
        (lambda: bd.crew("film/ballerina-2024"), tuple[bd.Credit, ...]),
        (lambda: bd.filmography("person/keanu-reeves"), tuple[bd.Credit, ...]),
        (lambda: bd.timeline("film/ballerina-2024"), tuple[bd.TimelineEntry, ...]),
        (lambda: bd.search("Ana de Armas"), tuple[bd.Match, ...]),
        (lambda: bd.disagreements(relation=None), tuple[Disagreement, ...]),
        (lambda: bd.facts("film/ballerina-2024", "title"), tuple[bd.Fact, ...]),
    ],
    ids=["cast", "crew", "filmography", "timeline", "search", "disagreements", "facts"],
)
def test_every_query_result_reads_back_from_its_json(
    query: Callable[[], tuple[Any, ...]], result: Any
) -> None:
    # Reported: to_json refused credits, timeline entries and search matches.
    found = query()
    assert found
    assert found == bd.from_json(bd.to_json(found), result)


@each(
    ("indent", "error"),
    [
        (True, TypeError),
        ("2", TypeError),
        (-1, bd.InvalidQueryError),
        (10**6, bd.InvalidQueryError),
    ],
)
def test_an_indent_is_checked(indent: Any, error: type[Exception]) -> None:
    # Reported: True was taken as 1, -1 as 0, and 10**6 made one claim 26 MB.
    claim = bd.Catalog.default().claims[0]
    with pytest.raises(error, match="indent must be"):
        bd.to_json(claim, indent=indent)
    with pytest.raises(error, match="indent must be"):
        bd.Catalog.default().to_json(indent=indent)
    assert bd.to_json(claim, indent=8).count("\n        ") > 1
