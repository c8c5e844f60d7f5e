"""The SQLite export, read with sqlite3 and served by Datasette in-process."""

from __future__ import annotations

import asyncio
import io
import json
import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import ballerina_data as bd
from ballerina_data import Catalog, Claim, export
from ballerina_data._cli import main

SPIN_OFF = "film/ballerina-2024"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "ballerina.db"
    export.write(Catalog.default(), "sqlite", path)
    return path


def _rows(database: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql, args).fetchall()


@pytest.mark.parametrize("work", [film.id for film in Catalog.default().films])
def test_the_cast_view_with_source_counts_equals_cast(database: Path, work: str) -> None:
    def naming(credit: bd.Credit) -> tuple[int, str] | tuple[None, None]:
        if credit.character is None:
            return None, None
        sources = sorted({claim.source for claim in credit.character_claims})
        return len(sources), ",".join(sources)

    expected = {
        (c.person.id, c.character.id if c.character else None, len(c.sources), *naming(c))
        for c in bd.cast(work)
    }
    found = _rows(
        database,
        "SELECT person_id, character_id, sources, character_sources, character_source_ids"
        " FROM cast_credits WHERE work_id = ?",
        work,
    )
    # group_concat's order is SQLite's: compare the ids as sets, through a sorted join.
    found = [(*row[:4], row[4] and ",".join(sorted(row[4].split(",")))) for row in found]
    assert expected == set(found)
    if work == SPIN_OFF:  # one source of four names Norman Reedus's role
        assert any(row[2] > row[3] for row in found if row[3] is not None)


def test_the_credit_and_fact_views_give_the_statuses_of_their_claims(database: Path) -> None:
    # Reported: the views showed hoped, expected and superseded credits and values as plain
    # ones, with no status column.
    def statuses(claims: Iterable[Claim]) -> set[str | None]:
        return {c.qualifiers.status.value if c.qualifiers.status else None for c in claims}

    crew = {(c.person.id, c.role.value): statuses(c.claims) for c in bd.crew(SPIN_OFF)}
    rows = _rows(
        database, "SELECT person_id, role, statuses FROM crew_credits WHERE work_id = ?", SPIN_OFF
    )
    assert crew == {(person, role): set(json.loads(found)) for person, role, found in rows}
    facts = {
        f.value.id: statuses(f.claims)
        for f in bd.facts(SPIN_OFF, "distributor")
        if isinstance(f.value, bd.EntityRef)
    }
    rows = _rows(
        database,
        "SELECT value_id, statuses FROM facts WHERE subject_id = ? AND predicate = 'distributor'",
        SPIN_OFF,
    )
    assert facts == {value: set(json.loads(found)) for value, found in rows}
    assert {"expected"} in facts.values()


def test_the_canned_queries_give_the_statuses_of_their_claims(database: Path) -> None:
    # Reported: cast_of_film and claims_with_quotes left out the statuses, so the sequel's
    # hoped and speculated cast read as plain credits.
    out = io.StringIO()
    export.to_datasette_config(Catalog.default(), out)
    (described,) = json.loads(out.getvalue())["databases"].values()
    queries = {name: query["sql"] for name, query in described["queries"].items()}
    sequel = "film/ballerina-2"
    with sqlite3.connect(database) as connection:
        connection.row_factory = sqlite3.Row
        cast = connection.execute(queries["cast_of_film"], {"film": sequel}).fetchall()
        claims = connection.execute(queries["claims_with_quotes"], {"entity": sequel}).fetchall()
    expected = {
        c.person.name: {x.qualifiers.status.value for x in c.claims if x.qualifiers.status}
        for c in bd.cast(sequel)
    }
    assert expected == {row["person"]: set(json.loads(row["statuses"])) - {None} for row in cast}
    assert {"hoped"} in expected.values()
    shipped = {c.id: c for c in Catalog.default().claims if c.subject == sequel}
    assert {
        i: c.qualifiers.status.value if c.qualifiers.status else None for i, c in shipped.items()
    } == {row["id"]: row["status"] for row in claims}


def test_claims_with_quotes_gives_every_part_of_a_value(database: Path) -> None:
    # Reported: the query selected no amount, unit or bound, so a budget's row showed no
    # value at all.
    out = io.StringIO()
    export.to_datasette_config(Catalog.default(), out)
    (described,) = json.loads(out.getvalue())["databases"].values()
    sql = described["queries"]["claims_with_quotes"]["sql"]
    film = "film/john-wick-chapter-4"
    with sqlite3.connect(database) as connection:
        connection.row_factory = sqlite3.Row
        rows = {row["id"]: row for row in connection.execute(sql, {"entity": film})}
    costs = Catalog.default().claims_about(film, "cost")
    assert costs
    for claim in costs:
        assert isinstance(claim.value, bd.Quantity)
        assert claim.value.amount == Decimal(rows[claim.id]["value_amount"])
        assert claim.value.unit == rows[claim.id]["value_unit"]


def test_the_facts_view_gives_each_value_its_scope(database: Path) -> None:
    # Reported: the view had no region or medium, so the 2023 film's UK Netflix date and a
    # worldwide total read as plain facts, and two regions' dates as a clash.
    catalog = Catalog.default()
    medium = {c.id: c.qualifiers.medium.value for c in catalog.claims if c.qualifiers.medium}
    scoped = {
        (c.subject, c.predicate.value, c.qualifiers.region, medium.get(c.id))
        for c in catalog.claims
        if c.qualifiers.region or c.id in medium
    }
    rows = _rows(
        database,
        "SELECT subject_id, predicate, region, medium FROM facts"
        " WHERE region IS NOT NULL OR medium IS NOT NULL",
    )
    assert ("film/ballerina-2023", "release_date", "UK", "streaming") in scoped
    assert scoped == set(rows)


def test_full_text_search_finds_prague(database: Path) -> None:
    found = _rows(database, "SELECT id FROM search WHERE search MATCH 'Prague'")
    assert found
    claims = {claim.id for claim in bd.claims_about(SPIN_OFF) if "Prague" in claim.evidence.quote}
    assert claims <= {claim_id for (claim_id,) in found}


def test_every_claim_source_and_entity_is_a_row(database: Path) -> None:
    catalog = Catalog.default()
    assert [(len(catalog.claims),)] == _rows(database, "SELECT count(*) FROM claims")
    assert [(bd.FORMAT_VERSION,)] == _rows(database, "PRAGMA user_version")
    assert [] == _rows(database, "PRAGMA foreign_key_check")
    texts = dict(_rows(database, "SELECT id, text FROM sources"))
    assert dict(catalog.texts) == texts


def test_datasette_describes_every_claims_column_as_the_data_package(database: Path) -> None:
    from ballerina_data._sqlite import metadata
    from ballerina_data._tables import CLAIMS

    columns = [name for (_, name, *_) in _rows(database, "PRAGMA table_info(claims)")]
    described = metadata(Catalog.default())["databases"]["ballerina"]["tables"]["claims"]
    assert columns == list(described["columns"])
    package = {column.name: column.description for column in CLAIMS.columns}
    assert package["quote"] == described["columns"]["quote"]
    assert package["claim_id"] == described["columns"]["id"]


def test_the_disagreements_table_is_the_librarys_answer(database: Path) -> None:
    # Reported: a view of that name counted every differing value (34 rows) where
    # disagreements() found no conflict.
    found = sorted(
        _rows(database, "SELECT subject_id, predicate, relation, claim_ids FROM disagreements")
    )
    expected = sorted(
        (
            d.subject,
            d.predicate.value,
            d.relation.value,
            ",".join(c.id for f in d.facts for c in f.claims),
        )
        for d in bd.disagreements(relation=None)
    )
    assert expected == found
    assert {"refinement", "same"} <= {relation for _, _, relation, _ in found}


def test_sqlite_to_stdout_is_refused_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match=r"^2$"):  # a usage error
        main(["export", "--format", "sqlite", "--output", "-"])
    assert 1 == capsys.readouterr().err.count("\n")


# A name that is not the default and holds a space, which Datasette's URLs encode.
DATABASE_NAME = "my catalog"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the database and its Datasette files, written by one export command."""
    folder = tmp_path_factory.mktemp("datasette")
    output = str(folder / f"{DATABASE_NAME}.db")
    assert 0 == main(["export", "--format", "sqlite", "--output", output, "--datasette"])
    return folder


def _ask_datasette(folder: Path, urls: dict[str, str]) -> dict[str, Any]:
    """The JSON of each URL from Datasette 0.65 in-process, which takes everything from the
    metadata."""
    from datasette.app import Datasette
    from datasette.utils import tilde_encode

    metadata = json.loads((folder / f"{DATABASE_NAME}.metadata.json").read_text("utf-8"))
    path = f"/{tilde_encode(DATABASE_NAME)}"

    async def ask() -> dict[str, Any]:
        app = Datasette([str(folder / f"{DATABASE_NAME}.db")], metadata=metadata)
        answers = {}
        for key, url in urls.items():
            response = await app.client.get(path + url)
            assert 200 == response.status_code, (url, response.text[:500])
            answers[key] = response.json()
        return answers

    return asyncio.run(ask())


DATASETTE_URLS = {
    "cast": f"/cast_of_film.json?film={SPIN_OFF}&_shape=array",
    "disagreements": "/where_sources_disagree.json?_shape=array",
    "table": "/disagreements.json?_shape=array&_size=max",
    "facets": "/claims.json?_facet=predicate&_facet=source_id&_size=0",
    "search": "/claims.json?_search=Prague&_shape=array&_size=max",
}


def check_datasette_answers(answers: dict[str, Any]) -> None:
    """What Datasette serves for DATASETTE_URLS, whichever version serves it."""
    catalog = Catalog.default()
    assert {(c.person.name, len(c.sources)) for c in bd.cast(SPIN_OFF)} <= {
        (row["person"], row["sources"]) for row in answers["cast"]
    }
    disagreements = {(d.subject, d.predicate.value) for d in bd.disagreements()}
    assert disagreements <= {(r["subject_id"], r["predicate"]) for r in answers["disagreements"]}

    # The table of the same name is not hidden behind the canned query.
    def rows(answer: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return sorted(tuple(v for k, v in row.items() if k != "rowid") for row in answer)

    assert rows(answers["table"]) == rows(answers["disagreements"])
    facets = answers["facets"]["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them one level deeper
    counts = {item["value"]: item["count"] for item in facets["predicate"]["results"]}
    assert len(catalog.claims_with("cast_member")) == counts["cast_member"]
    labels = {item["value"]: item["label"] for item in facets["source_id"]["results"]}
    assert {s.id for s in catalog.sources} == set(labels)
    assert all(label and label != "None" for label in labels.values()), labels
    untitled = catalog.source("004_b4ce8e805ad99088")
    assert f"untitled article, {untitled.published}" == labels["004_b4ce8e805ad99088"]
    expected = {
        c.id
        for c in catalog.claims
        if any("prague" in (t or "").lower() for t in (c.evidence.quote, c.note))
        or (isinstance(c.value, bd.Text) and "prague" in c.value.text.lower())
    }
    assert expected
    assert expected == {row["id"] for row in answers["search"]}


def test_datasette_serves_a_database_of_any_name(served: Path) -> None:
    check_datasette_answers(_ask_datasette(served, DATASETTE_URLS))


def test_canned_queries_shadow_no_table_or_view(served: Path) -> None:
    metadata = json.loads((served / f"{DATABASE_NAME}.metadata.json").read_text("utf-8"))
    config = json.loads((served / f"{DATABASE_NAME}.datasette.json").read_text("utf-8"))
    names = {
        name
        for (name,) in _rows(
            served / f"{DATABASE_NAME}.db",
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')",
        )
    }
    for document in (metadata, config):
        (database,) = document["databases"].values()
        assert database["queries"]
        assert set() == set(database["queries"]) & names
        assert set(database["tables"]) <= names


def test_the_database_name_follows_the_option() -> None:
    out = io.StringIO()
    export.to_datasette_config(Catalog.default(), out, database="other name")
    assert ["other name"] == list(json.loads(out.getvalue())["databases"])
    with pytest.raises(ValueError, match="describes no Datasette database"):
        export.write(Catalog.default(), "jsonl", "unused.jsonl", database="x")


def test_the_cli_names_the_database_or_refuses_the_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    command = ["export", "--format", "datasette-config", "--output", "-"]
    assert 0 == main([*command, "--database", "other name"])
    assert ["other name"] == list(json.loads(capsys.readouterr().out)["databases"])
    for option in (["--database", "x"], ["--datasette"]):
        with pytest.raises(SystemExit) as usage:
            main(["export", "--format", "jsonl", "--output", "-", *option])
        assert 2 == usage.value.code
    errors = capsys.readouterr().err.splitlines()
    assert 2 == len(errors)
    assert "export: error: argument --database: goes with" in errors[0]
    assert "argument --datasette: goes with --format sqlite" in errors[1]
    assert all(line.endswith("; see ballerina-data export --help") for line in errors)


@pytest.mark.integration
def test_datasette_1_serves_a_database_of_any_name(served: Path) -> None:
    """Datasette 1.0 alpha, in an environment of its own (uv fetches it), reads the metadata
    and the configuration the export wrote."""
    import subprocess

    script = f"""
import asyncio, json, sys
from datasette.app import Datasette
from datasette.utils import tilde_encode
folder, name = sys.argv[1], {DATABASE_NAME!r}
async def ask():
    app = Datasette(
        [f"{{folder}}/{{name}}.db"],
        metadata=json.load(open(f"{{folder}}/{{name}}.metadata.json", encoding="utf-8")),
        config=json.load(open(f"{{folder}}/{{name}}.datasette.json", encoding="utf-8")),
    )
    await app.invoke_startup()
    answers = {{}}
    for key, url in json.loads(sys.argv[2]).items():
        response = await app.client.get("/" + tilde_encode(name) + url)
        assert response.status_code == 200, (url, response.text[:500])
        answers[key] = response.json()
    return answers
print(json.dumps(asyncio.run(ask())))
"""
    command = ["uv", "run", "--isolated", "--no-project", "--with", "datasette==1.0a41"]
    command += ["python", "-c", script, str(served), json.dumps(DATASETTE_URLS)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    assert 0 == done.returncode, done.stderr[-2000:]
    version = subprocess.run(
        [*command[:6], "python", "-c", "import datasette.version as v; print(v.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "1.0a41" == version.stdout.strip()
    check_datasette_answers(json.loads(done.stdout))


def test_the_metadata_counts_its_articles_in_words() -> None:
    from ballerina_data._sqlite import metadata

    shipped = Catalog.default()
    one = Catalog(
        sources=shipped.sources[:1], texts={shipped.sources[0].id: shipped.text(shipped.sources[0])}
    )
    assert metadata(one)["source"].startswith("1 source document,")
    assert metadata(shipped)["source"].startswith(f"{len(shipped.sources)} source documents,")


@pytest.mark.parametrize(("superseded", "sources"), [(False, 2), (True, 1)])
def test_the_facts_view_counts_no_source_that_dropped_the_value(
    tmp_path: Path, superseded: bool, sources: int
) -> None:
    # Reported: "originally set for June 7, 2024" made the dropped date the best-sourced row.
    catalog = Catalog.default()
    scheduled = next(
        c
        for c in catalog.claims
        if c.subject == SPIN_OFF
        and c.predicate is bd.Predicate.RELEASE_DATE
        and str(c.value) == "2024-06-07"
    )
    other = next(s.id for s in catalog.sources if s.id != scheduled.source)
    status = bd.Status.SUPERSEDED if superseded else bd.Status.SCHEDULED
    dropped = attrs.evolve(
        scheduled, id="dropped-001", source=other, qualifiers=bd.Qualifiers(status=status)
    )
    one_date = attrs.evolve(catalog, claims=(scheduled, dropped))
    path = tmp_path / "one.db"
    export.write(one_date, "sqlite", path)
    assert [(sources,)] == _rows(path, "SELECT sources FROM facts WHERE predicate = 'release_date'")


def test_the_facts_view_compares_regions_as_the_library_does(tmp_path: Path) -> None:
    # Reported: "UK" and "U.K." were two rows of one value, its sources split between them,
    # where facts(), about() and the disagreements table count one value of 3 sources.
    catalog = Catalog.default()
    netflix = next(
        c for c in catalog.claims if c.subject == "film/ballerina-2023" and c.qualifiers.region
    )
    others = [s.id for s in catalog.sources if s.id != netflix.source][:2]
    copies = tuple(
        attrs.evolve(
            netflix,
            id=f"copy-{number}",
            source=source,
            qualifiers=attrs.evolve(netflix.qualifiers, region=region),
        )
        for number, (source, region) in enumerate(zip(others, ("U.K.", "u k"), strict=True))
    )
    three = attrs.evolve(catalog, claims=(netflix, *copies))
    path = tmp_path / "regions.db"
    export.write(three, "sqlite", path)
    rows = _rows(path, "SELECT region, sources FROM facts WHERE predicate = 'release_date'")
    assert [(netflix.qualifiers.region, 3)] == rows


@pytest.mark.parametrize(
    ("written", "named"),
    [
        # Reported: one source's "100000000.0" named the value in facts() (equal amounts
        # were one spelling, the first by id), the two sources' "100000000" in the view.
        (("100000000.0", "100000000", "100000000"), "100000000"),
        # And "1.5" and "1.50" were one spelling in facts(), two in the view.
        (("90000000", "90000000.00", "90000000.0"), "90000000"),
    ],
)
def test_the_facts_view_names_a_value_as_facts_does(
    tmp_path: Path, written: tuple[str, ...], named: str
) -> None:
    catalog = Catalog.default()
    budget = next(c for c in catalog.claims if c.predicate is bd.Predicate.COST)
    sources = [s.id for s in catalog.sources][: len(written)]
    claims = tuple(
        attrs.evolve(
            budget,
            id=f"copy-{number}",
            source=source,
            value=attrs.evolve(budget.value, amount=Decimal(amount)),  # type: ignore[arg-type]
        )
        for number, (source, amount) in enumerate(zip(sources, written, strict=True))
    )
    spelled = attrs.evolve(catalog, claims=claims)
    (fact,) = spelled.facts(budget.subject, "cost")
    path = tmp_path / "spelled.db"
    export.write(spelled, "sqlite", path)
    (row,) = _rows(path, "SELECT value_amount FROM facts WHERE predicate = 'cost'")
    assert named == format(fact.value.amount, "f") == row[0]  # type: ignore[union-attr]
    assert len(set(written)) == len(fact.spellings)
