"""Apache Spark (local mode) reads the JSON Lines and Parquet exports and answers the cast query.

The JSON Lines are read with the schema the data package states, not an inferred one. Needs
Java and the `spark` dependency group: `uv run --group spark pytest -m integration`.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ballerina_data import Catalog, export

# One worker starts one JVM for the file: `--dist loadgroup` keeps the group together.
pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("spark")]

CATALOG = Catalog.default()
FILM = "film/ballerina-2024"
CAST_QUERY = """
    SELECT value_label AS actor, character_label AS character,
        count(DISTINCT source_id) AS sources
    FROM claims
    WHERE subject_id = '{film}' AND predicate = 'cast_member'
    GROUP BY value_label, character_label
"""


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    # In CI the group is installed (.ci/run): a missing pyspark there fails, not skips.
    if not os.environ.get("CI"):
        pytest.importorskip("pyspark", reason="needs the spark group: uv run --group spark")
    from pyspark.sql import SparkSession

    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    session = (
        SparkSession.builder.master("local[2]")
        .appName("ballerina-data-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    export.write(CATALOG, "jsonl", folder / "claims.jsonl")
    export.write(CATALOG, "parquet", folder / "parquet")
    export.write(CATALOG, "datapackage", folder / "package")
    return folder


def _spark_schema(descriptor: Path, resource: str) -> Any:
    """The Spark schema of a resource of the data package: its Table Schema, type for type."""
    from pyspark.sql import types

    spark_types = {"string": types.StringType(), "integer": types.LongType()}
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    (table,) = [r for r in package["resources"] if r["name"] == resource]
    return types.StructType(
        [
            types.StructField(
                field["name"],
                spark_types[field["type"]],
                nullable=not field.get("constraints", {}).get("required", False),
            )
            for field in table["schema"]["fields"]
        ]
    )


def _expected_cast() -> set[tuple[str, str | None, int]]:
    # CAST_QUERY groups the claims as they are stated (cast() folds a claim that names no
    # character into the person's characters): the same grouping here.
    sources: dict[tuple[str, str | None], set[str]] = {}
    for claim in CATALOG.claims_about(FILM, "cast_member"):
        if claim.subject == FILM:
            character = claim.qualifiers.character
            key = (
                CATALOG.person(claim.value.id).name,  # type: ignore[union-attr]
                character and CATALOG.character(character).name,
            )
            sources.setdefault(key, set()).add(claim.source)
    return {(person, character, len(ids)) for (person, character), ids in sources.items()}


def _jsonl_rows() -> list[dict[str, Any]]:
    out = io.StringIO()
    export.to_jsonl(CATALOG, out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_spark_reads_the_json_lines_with_the_package_schema(spark: Any, exports: Path) -> None:
    schema = _spark_schema(exports / "package" / "datapackage.json", "claims")
    claims = (
        spark.read.schema(schema).option("mode", "FAILFAST").json(str(exports / "claims.jsonl"))
    )
    claims.createOrReplaceTempView("claims")
    rows = _jsonl_rows()
    assert len(rows) == claims.count()
    got = {r["claim_id"]: (r["quote"], r["value_amount"]) for r in claims.collect()}
    assert {r["claim_id"]: (r["quote"], r["value_amount"]) for r in rows} == got
    cast = spark.sql(CAST_QUERY.format(film=FILM)).collect()
    assert _expected_cast() == {(r["actor"], r["character"], r["sources"]) for r in cast}
    assert 14 == len(cast)


def test_spark_reads_the_parquet_files(spark: Any, exports: Path) -> None:
    from pyspark.sql import types

    claims = spark.read.parquet(str(exports / "parquet" / "claims.parquet"))
    package_schema = _spark_schema(exports / "package" / "datapackage.json", "claims")
    # The same columns as the data package states, in its order; amounts as decimals.
    assert package_schema.fieldNames() == claims.schema.fieldNames()
    assert types.DecimalType(38, 0) == claims.schema["value_amount"].dataType
    assert types.StringType() == claims.schema["value_date"].dataType
    claims.createOrReplaceTempView("claims")
    rows = _jsonl_rows()
    assert len(rows) == claims.count()
    got = {r["claim_id"]: (r["quote"], r["value_amount"]) for r in claims.collect()}
    expected = {
        r["claim_id"]: (r["quote"], r["value_amount"] and Decimal(r["value_amount"])) for r in rows
    }
    assert expected == got
    cast = spark.sql(CAST_QUERY.format(film=FILM)).collect()
    assert _expected_cast() == {(r["actor"], r["character"], r["sources"]) for r in cast}
    entities = spark.read.parquet(str(exports / "parquet" / "entities.parquet"))
    sources = spark.read.parquet(str(exports / "parquet" / "sources.parquet"))
    assert (len(CATALOG.sources), set(CATALOG.texts.values())) == (
        sources.count(),
        {r["text"] for r in sources.collect()},
    )
    people = entities.where("kind = 'person'").count()
    assert len(CATALOG.people) == people
