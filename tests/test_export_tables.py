"""The data package and Parquet exports, read back by frictionless, pyarrow, DuckDB and pandas."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import duckdb
import pytest

from ballerina_data import (
    BallerinaDataError,
    Catalog,
    Claim,
    Entity,
    InvalidDataError,
    MissingDependencyError,
    Quantity,
    WriteError,
    _datapackage,
    export,
)
from ballerina_data._cli import main

ROOT = Path(__file__).parent.parent
CATALOG = Catalog.default()


def _jsonl() -> list[dict[str, Any]]:
    out = io.StringIO()
    export.to_jsonl(CATALOG, out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "package"
    export.write(CATALOG, "datapackage", path)
    return path


@pytest.fixture(scope="module")
def parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "parquet"
    export.write(CATALOG, "parquet", path)
    return path


def _validate(descriptor: Path) -> Any:
    import frictionless

    return frictionless.validate(str(descriptor))


class TestDataPackage:
    def test_frictionless_finds_the_package_valid(self, package: Path) -> None:
        report = _validate(package / "datapackage.json")
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
        assert {"claims", "entities", "aliases", "sources"} == {task.name for task in report.tasks}
        rows = {task.name: task.stats["rows"] for task in report.tasks}
        assert len(CATALOG.claims) == rows["claims"]
        assert len(CATALOG.sources) == rows["sources"]

    def test_the_claims_file_is_the_csv_export(self, package: Path, tmp_path: Path) -> None:
        export.write(CATALOG, "csv", tmp_path / "claims.csv")
        assert (tmp_path / "claims.csv").read_bytes() == (package / "claims.csv").read_bytes()

    def test_each_column_has_a_type_and_a_description(self, package: Path) -> None:
        descriptor = json.loads((package / "datapackage.json").read_text())
        (claims,) = [r for r in descriptor["resources"] if r["name"] == "claims"]
        fields = {f["name"]: f for f in claims["schema"]["fields"]}
        assert list(fields) == list(_jsonl()[0])
        assert all(f["description"] for f in fields.values())
        assert "string" == fields["value_amount"]["type"]
        assert "integer" == fields["start"]["type"]
        assert ["claim_id"] == claims["schema"]["primaryKey"]
        targets = {
            fk["fields"][0]: fk["reference"]["resource"] for fk in claims["schema"]["foreignKeys"]
        }
        assert {"subject_id": "entities", "value_id": "entities"}.items() <= targets.items()
        assert "sources" == targets["source_id"]

    @pytest.mark.parametrize(
        ("column", "bad", "error"),
        [
            ("qualifier_date", "2023-13", "constraint-error"),  # no month 13, no season 13
            ("value_amount", "4e8", "constraint-error"),  # an exponent: not a decimal string
            ("predicate", "directed_by", "constraint-error"),
            ("source_id", "no-such-source", "foreign-key"),
            ("start", "-1", "constraint-error"),
        ],
    )
    def test_the_schema_refuses_a_wrong_cell(
        self, package: Path, tmp_path: Path, column: str, bad: str, error: str
    ) -> None:
        import csv
        import shutil

        copy = tmp_path / "package"
        shutil.copytree(package, copy)
        with (package / "claims.csv").open(encoding="utf-8", newline="") as fp:
            rows = list(csv.DictReader(fp))
        rows[0][column] = bad
        with (copy / "claims.csv").open("w", encoding="utf-8", newline="") as fp:
            writer = csv.DictWriter(fp, fieldnames=list(rows[0]), lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(rows)
        report = _validate(copy / "datapackage.json")
        assert not report.valid
        assert [[2, error]] == report.flatten(["rowNumber", "type"])
        assert column in str(report.flatten(["fieldName", "note"]))

    def test_pandas_reads_it_with_the_types_the_package_states(self, package: Path) -> None:
        import pandas as pd

        descriptor = json.loads((package / "datapackage.json").read_text())
        (claims,) = [r for r in descriptor["resources"] if r["name"] == "claims"]
        dtype = {
            f["name"]: "Int64" if f["type"] == "integer" else "string"
            for f in claims["schema"]["fields"]
        }
        frame = pd.read_csv(
            package / "claims.csv", dtype=dtype, keep_default_na=False, na_values=[""]
        )
        amounts = {r["claim_id"]: r["value_amount"] for r in _jsonl() if r["value_amount"]}
        read = frame.dropna(subset=["value_amount"]).set_index("claim_id")["value_amount"]
        assert amounts == read.to_dict()
        assert "400000000" in amounts.values()


def _with_amount(amount: Decimal) -> tuple[Claim, Catalog]:
    """The shipped catalog with its first amount replaced, and that claim."""
    first = next(c for c in CATALOG.claims if isinstance(c.value, Quantity))
    assert isinstance(first.value, Quantity)
    changed = attrs.evolve(first, value=attrs.evolve(first.value, amount=amount))
    claims = tuple(changed if c is first else c for c in CATALOG.claims)
    return first, attrs.evolve(CATALOG, claims=claims)


class TestParquet:
    def test_pyarrow_reads_the_json_lines_rows(self, parquet: Path) -> None:
        import pyarrow.parquet as pq

        rows = _jsonl()
        table = pq.read_table(parquet / "claims.parquet")
        assert len(rows) == table.num_rows
        assert [r["claim_id"] for r in rows] == table.column("claim_id").to_pylist()
        assert [r["quote"] for r in rows] == table.column("quote").to_pylist()
        amounts = [None if r["value_amount"] is None else Decimal(r["value_amount"]) for r in rows]
        assert amounts == table.column("value_amount").to_pylist()
        amount = table.column("value_amount")
        read = table.drop_columns("value_amount").append_column(
            "value_amount", amount.cast("string")
        )
        assert rows == [{**row, "value_amount": row["value_amount"]} for row in read.to_pylist()]

    def test_the_arrow_types_are_explicit(self, parquet: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pq.read_schema(parquet / "claims.parquet")
        assert pa.decimal128(38, 0) == schema.field("value_amount").type
        assert pa.dictionary(pa.int32(), pa.string()) == schema.field("predicate").type
        for column in ("value_date", "qualifier_date", "source_published"):
            assert pa.string() == schema.field(column).type
        assert pa.int64() == schema.field("start").type
        assert not schema.field("quote").nullable
        assert schema.field("value_amount").metadata[b"description"]

    def test_each_file_has_the_types_the_reference_shows(self, parquet: Path) -> None:
        import pyarrow.parquet as pq

        from ballerina_data._tables import TABLES

        for table in TABLES:
            schema = pq.read_schema(parquet / f"{table.name}.parquet")
            documented = [(c.name, c.arrow_type.replace(", s)", ", 0)")) for c in table.columns]
            assert documented == [(field.name, str(field.type)) for field in schema]

    def test_each_table_has_its_records(self, parquet: Path) -> None:
        import pyarrow.parquet as pq

        entities = pq.read_table(parquet / "entities.parquet").to_pylist()
        sources = pq.read_table(parquet / "sources.parquet").to_pylist()
        everyone: tuple[Entity, ...] = (
            *CATALOG.films,
            *CATALOG.people,
            *CATALOG.characters,
            *CATALOG.organizations,
        )
        assert [e.id for e in everyone] == [row["id"] for row in entities]
        assert [s.id for s in CATALOG.sources] == [row["id"] for row in sources]
        assert [CATALOG.texts[s.id] for s in CATALOG.sources] == [row["text"] for row in sources]

    def test_duckdb_reads_the_json_lines_rows(self, parquet: Path) -> None:
        claims = str(parquet / "claims.parquet")
        got = duckdb.execute(
            "SELECT claim_id, quote, CAST(value_amount AS VARCHAR) FROM read_parquet(?)",
            [claims],
        ).fetchall()
        assert [(r["claim_id"], r["quote"], r["value_amount"]) for r in _jsonl()] == got
        (cast,) = duckdb.execute(
            "SELECT count(DISTINCT value_id) FROM read_parquet(?)"
            " WHERE subject_id = 'film/ballerina-2024' AND predicate = 'cast_member'",
            [claims],
        ).fetchall()
        assert len({c.person.id for c in CATALOG.cast("film/ballerina-2024")}) == cast[0]

    def test_an_amount_that_does_not_fit_is_refused_in_one_line(self, tmp_path: Path) -> None:
        first, catalog = _with_amount(Decimal("1e38"))
        with pytest.raises(InvalidDataError) as caught:
            export.write(catalog, "parquet", tmp_path / "out")
        message = str(caught.value)
        assert "\n" not in message
        assert (
            f"claim {first.id}: value_amount 1{'0' * 38} has 39 digits before the point: one"
            " decimal128 column holds 38 in all" in message
        )
        assert [] == list(tmp_path.iterdir())

    def test_a_refused_amount_names_the_claim_that_set_the_scale(self, tmp_path: Path) -> None:
        # Reported: "claim 000-036: value_amount 123456789012 does not fit decimal128(38, 30)
        # (42 digits)", the scale set by another claim the message did not name.
        first, catalog = _with_amount(Decimal("1e-30"))
        second = next(
            c for c in catalog.claims if isinstance(c.value, Quantity) and c.id != first.id
        )
        assert isinstance(second.value, Quantity)
        changed = attrs.evolve(second, value=attrs.evolve(second.value, amount=Decimal(10**11)))
        catalog = attrs.evolve(
            catalog, claims=tuple(changed if c is second else c for c in catalog.claims)
        )
        with pytest.raises(InvalidDataError) as caught:
            export.write(catalog, "parquet", tmp_path / "out")
        assert str(caught.value).startswith(
            f"claim {second.id}: value_amount 100000000000 has 12 digits before the point and"
            f" claim {first.id}'s amount has 30 after it: one decimal128 column holds 38 in all"
        )

    def test_a_scale_follows_the_amounts(self, tmp_path: Path) -> None:
        import pyarrow.parquet as pq

        _, catalog = _with_amount(Decimal("12.50"))
        export.write(catalog, "parquet", tmp_path / "out")
        table = pq.read_table(tmp_path / "out" / "claims.parquet")
        assert "decimal128(38, 2)" == str(table.schema.field("value_amount").type)
        assert Decimal("12.50") in table.column("value_amount").to_pylist()

    @pytest.mark.parametrize(
        "writer",
        [
            lambda catalog, path: export.write(catalog, "parquet", path),
            export.to_parquet,
        ],
        ids=["write", "to_parquet"],
    )
    def test_without_pyarrow_the_library_raises_its_own_error(
        self,
        writer: Callable[[Catalog, Path], None],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        monkeypatch.setitem(sys.modules, "pyarrow", None)  # what a missing module looks like
        catalog = Catalog.default()
        with pytest.raises(MissingDependencyError) as raised:
            writer(catalog, tmp_path / "out")
        assert isinstance(raised.value, BallerinaDataError)
        assert isinstance(raised.value, ModuleNotFoundError)  # as it was before
        assert ("pyarrow", "parquet") == (raised.value.name, raised.value.extra)
        assert 'pip install "ballerina-data[parquet]"' in str(raised.value)
        assert [] == list(tmp_path.iterdir())

    def test_without_pyarrow_the_error_names_the_extra(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setitem(sys.modules, "pyarrow", None)  # what a missing module looks like
        assert 1 == main(["export", "--format", "parquet", "--output", str(tmp_path / "out")])
        err = capsys.readouterr().err
        assert err.endswith(
            ': error: the parquet format needs pyarrow: pip install "ballerina-data[parquet]"\n'
        )
        assert 1 == err.count("\n")
        assert [] == list(tmp_path.iterdir())


class TestDirectories:
    def test_a_second_export_replaces_the_first(self, tmp_path: Path) -> None:
        target = tmp_path / "out"
        export.write(CATALOG, "datapackage", target)
        first = (target / "claims.csv").stat().st_ino
        os.chmod(target, 0o750)
        export.write(CATALOG, "datapackage", target)
        assert first != (target / "claims.csv").stat().st_ino
        assert (target / "claims.csv").read_text().startswith("claim_id,")
        assert 0o750 == target.stat().st_mode & 0o777
        assert ["out"] == [p.name for p in tmp_path.iterdir()]

    def test_a_directory_with_other_files_is_refused(self, tmp_path: Path) -> None:
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "thesis.tex").write_text("mine")
        with pytest.raises(
            WriteError,
            match=r"holds files or folders no export wrote, or changed since \(thesis.tex\)",
        ):
            export.write(CATALOG, "parquet", tmp_path / "out")
        assert ["thesis.tex"] == [p.name for p in (tmp_path / "out").iterdir()]
        assert ["out"] == [p.name for p in tmp_path.iterdir()]

    def test_a_file_is_refused(self, tmp_path: Path) -> None:
        (tmp_path / "out").write_text("a file")
        with pytest.raises(WriteError, match="not a directory"):
            export.write(CATALOG, "datapackage", tmp_path / "out")
        assert "a file" == (tmp_path / "out").read_text()

    def test_an_interrupted_export_leaves_the_previous_one(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        target = tmp_path / "out"
        export.write(CATALOG, "datapackage", target)
        before = {p.name: p.read_bytes() for p in target.iterdir()}
        write_package = _datapackage.write_package

        def interrupted(catalog: Catalog, directory: Any, rows: Any) -> None:
            write_package(catalog, directory, rows)
            (Path(directory) / "claims.csv").write_text("half")
            raise KeyboardInterrupt

        # What write() fills its temporary folder with.
        monkeypatch.setattr(_datapackage, "write_package", interrupted)
        with pytest.raises(KeyboardInterrupt):
            export.write(CATALOG, "datapackage", target)
        assert before == {p.name: p.read_bytes() for p in target.iterdir()}
        assert ["out"] == [p.name for p in tmp_path.iterdir()]

    def test_standard_output_is_refused_by_the_cli(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        with pytest.raises(SystemExit, match=r"^2$"):
            main(["export", "--format", "parquet", "--output", "-"])
        assert "the parquet format writes a folder" in capsys.readouterr().err


def test_the_default_install_is_attrs_and_cattrs() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert ["attrs", "cattrs"] == [d.partition(">")[0] for d in project["dependencies"]]
    assert ["pyarrow"] == [d.partition(">")[0] for d in project["optional-dependencies"]["parquet"]]
    # Exporting loads no optional module: the data package is written with the standard library.
    code = (
        "import sys, tempfile, os\n"
        "from ballerina_data import Catalog, export\n"
        "export.write(Catalog.default(), 'datapackage', os.path.join(tempfile.mkdtemp(), 'p'))\n"
        "print(sorted(m for m in ('pyarrow', 'pandas', 'frictionless') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "[]\n" == result.stdout


def test_the_date_pattern_takes_what_partial_date_takes() -> None:
    import re

    from ballerina_data import PartialDate
    from ballerina_data._tables import EDTF

    shapes = ["2024", "0999", "0000", "202", "20245", "2024-", "2024-1", "2024-001"]
    shapes += [f"2024-{m:02d}" for m in range(26)]
    shapes += [f"2024-{m:02d}-{d:02d}" for m in range(14) for d in range(33)]
    shapes += [f"2024-21-{d:02d}" for d in (1, 10)]
    for text in shapes:
        try:
            PartialDate.parse(text)
            parsed = True
        except InvalidDataError:
            parsed = False
        matched = re.fullmatch(EDTF, text) is not None
        # The pattern leaves the length of each month, and year 0, to the reader: 2024-02-30
        # and 0000 pass it.
        short_month = text[5:7] in {"02", "04", "06", "09", "11"}
        looser = matched and not parsed and (short_month or text == "0000")
        assert parsed == matched or looser, text


def test_every_column_description_is_a_whole_sentence() -> None:
    # Reported: value_bound's was cut at the first line of its enum's docstring, on a comma.
    from ballerina_data._tables import TABLES

    for table in TABLES:
        for column in table.columns:
            assert column.description.rstrip().endswith((".", ")", '"')), (table, column.name)
