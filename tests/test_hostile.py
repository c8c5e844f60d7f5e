"""Hostile catalog files: each is refused with our error and a path, in bounded time and size."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ballerina_data import Catalog, InvalidDataError, InvalidQueryError, WriteError, _convert
from ballerina_data._cli import main
from each_case import each

GOOD = Catalog.default().to_json()


def _refused(text: str | bytes) -> str:
    with pytest.raises(InvalidDataError) as caught:
        Catalog.from_json(text)
    return str(caught.value)


class TestJsonTheLoaderRefuses:
    def test_a_duplicate_key_is_refused_with_its_path(self) -> None:
        # Before: the second "claims" won, and all 378 claims were silently dropped.
        assert "duplicate key(s) 'claims' in one object @ $" == _refused(
            GOOD[:-1] + ', "claims": []}'
        )

    def test_a_duplicate_key_deep_inside_is_refused_with_its_path(self) -> None:
        text = GOOD.replace('"start": 364,', '"start": 364, "start": 365,', 1)
        assert _refused(text).endswith("@ $.claims[0].evidence")

    def test_a_huge_integer_is_refused_with_its_path(self) -> None:
        # Before: a raw ValueError from the int conversion limit.
        text = GOOD.replace('"start": 364', '"start": ' + "9" * 5000, 1)
        assert "refused an integer of 5000 digits @ $.claims[0].evidence.start" == _refused(text)

    def test_a_lone_surrogate_is_refused_with_its_path(self) -> None:
        # Before: it loaded, and every later UTF-8 output of the record failed.
        text = GOOD.replace('"quote": "Now', '"quote": "\\ud800Now', 1)
        assert _refused(text).endswith("@ $.claims[0].evidence.quote")

    def test_a_valid_surrogate_pair_loads(self) -> None:
        text = GOOD.replace('"id": "000-001", ', '"id": "000-001", "note": "\\ud83c\\udfac", ', 1)
        assert "\U0001f3ac" == Catalog.from_json(text).claims[0].note

    def test_utf16_is_refused(self) -> None:
        assert _refused(GOOD.encode("utf-16")).startswith("not UTF-8 text")

    @each("amount", [" 12 ", "1_000", "\u0661\u0662", "1e3", "NaN", "+5", "5."])
    def test_amounts_are_plain_decimal_numbers(self, amount: str) -> None:
        text = GOOD.replace('"amount": "400000000"', '"amount": ' + json.dumps(amount), 1)
        assert "not a decimal number" in _refused(text)

    @each("digits", [150, 4301])
    def test_an_amount_of_too_many_digits_is_said_so_at_any_length(self, digits: int) -> None:
        # Reported: past 4,300 digits, an amount of digits was "not a decimal number".
        text = GOOD.replace('"amount": "400000000"', f'"amount": "{"1" * digits}"', 1)
        assert "must be within 100 digits of the point" in _refused(text)

    def test_a_negative_film_year_is_refused(self) -> None:
        assert "Film.year: must be 1-9999: -5" in _refused(
            GOOD.replace('"year": 2024', '"year": -5', 1)
        )


def test_many_invalid_items_make_a_short_message() -> None:
    # The report stops at 20 problems, and so does the checking: a file of a million bad
    # claims is refused in the time it takes to parse.
    document = json.loads(GOOD)
    document["claims"] = [{"id": 5}] * 20_000
    message = _refused(json.dumps(document))
    assert len(message) < 10_000
    assert "and 19980 more items, not checked @ $.claims" in message


class TestPaths:
    def test_an_empty_path_is_refused(self) -> None:
        with pytest.raises(InvalidDataError, match="empty path"):
            Catalog.load("")

    def test_a_directory_is_refused(self, tmp_path: Path) -> None:
        with pytest.raises(InvalidDataError, match="not a regular file"):
            Catalog.load(tmp_path)

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
    def test_a_fifo_is_refused_without_blocking(self, tmp_path: Path) -> None:
        fifo = tmp_path / "catalog.json"
        os.mkfifo(fifo)
        with pytest.raises(InvalidDataError, match="not a regular file"):
            Catalog.load(fifo)

    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
    def test_an_endless_device_is_refused(self) -> None:
        with pytest.raises(InvalidDataError, match="not a regular file"):
            Catalog.load("/dev/zero")

    def test_a_file_over_the_limit_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "catalog.json"
        path.write_text(GOOD, encoding="utf-8")
        with pytest.raises(InvalidDataError, match="over the limit of 1000"):
            Catalog.load(path, max_size=1000)
        assert len(Catalog.load(path).claims) == len(Catalog.default().claims)

    @each(
        ("max_size", "error"),
        [
            (0, InvalidQueryError),
            (-1, InvalidQueryError),
            (True, TypeError),
            ("100", TypeError),
            (1.5, TypeError),
        ],
    )
    def test_a_limit_that_is_no_size_is_refused(self, max_size: Any, error: type) -> None:
        # Before: 0 meant no limit, and "100" failed deep inside with a comparison error.
        with pytest.raises(error, match=r"^max_size must be "):
            Catalog.load("unused.json", max_size=max_size)

    def test_a_path_with_a_nul_character_is_refused(self) -> None:
        with pytest.raises(InvalidDataError, match="a path with a NUL character"):
            Catalog.load("catalog.json\0x")

    @pytest.mark.parametrize("max_size", [2**62, sys.maxsize, sys.maxsize + 1, 2**64, 10**30])
    def test_any_large_limit_reads_the_file(self, tmp_path: Path, max_size: int) -> None:
        # Reported: these gave a raw OverflowError (or MemoryError for 2**62): the read
        # asked for a buffer of max_size bytes rather than of the file's size.
        path = tmp_path / "catalog.json"
        path.write_text(GOOD, encoding="utf-8")
        assert Catalog.load(path, max_size=max_size) == Catalog.default()

    def test_a_file_that_grows_while_read_is_read_whole_or_refused(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # The read asks for the file's size and one byte more; a file found longer is read
        # on to the limit, a piece at a time, never cut at the size it had.
        path = tmp_path / "catalog.json"
        path.write_text(GOOD, encoding="utf-8")
        real_fstat = os.fstat
        monkeypatch.setattr(
            os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 10, *real_fstat(fd)[7:]))
        )
        assert Catalog.load(path) == Catalog.default()
        with pytest.raises(InvalidDataError, match="is over the limit of 100 bytes"):
            Catalog.load(path, max_size=100)

    def test_a_path_naming_bytes_gets_the_message_the_exports_give(self, tmp_path: Path) -> None:
        # Reported: Catalog.load said "a bytes-like object is required, not 'str'".
        from ballerina_data import export

        class BytesPath:
            def __fspath__(self) -> bytes:
                return b"catalog.json"

        for call in (
            lambda: Catalog.load(BytesPath()),  # type: ignore[arg-type]
            lambda: export.write(Catalog.default(), "json", BytesPath()),  # type: ignore[arg-type]
        ):
            with pytest.raises(TypeError, match=r"^expected a path as str, got bytes b'catalog"):
                call()

    def test_invalid_content_is_reported_with_the_files_path(self, tmp_path: Path) -> None:
        path = tmp_path / "catalog.json"
        path.write_text("{not json", encoding="utf-8")
        with pytest.raises(InvalidDataError, match=f"^{re.escape(str(path))}: malformed JSON: "):
            Catalog.load(path)

    def test_verify_reports_an_unreadable_catalog_as_an_error_not_a_problem(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # The content of a catalog is what verify reports on; a path it cannot read is an
        # error on standard error, as for every other command.
        assert 1 == main(["verify", "--catalog", str(tmp_path)])
        out, err = capsys.readouterr()
        assert "" == out
        assert err.startswith(f"ballerina-data: error: {tmp_path}: not a data folder: it has no")
        assert 1 == err.count("\n")

    def test_the_cli_refuses_an_empty_catalog_path(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Before: the empty path was taken as no path, and the shipped data answered.
        assert 1 == main(["--catalog", "", "sources"])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert "ballerina-data: error: an empty path is not a catalog file\n" == captured.err


json_text = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
).map(json.dumps)
hostile = st.sampled_from(
    [
        '{"a": 1, "a": 2}',
        '"\\ud800"',
        '{"\\udc00": 1}',
        "9" * 5000,
        '{"format_version": 1, "claims": [], "claims": []}',
        '{"format_version": 1, "texts": {"x": "\\udfff"}}',
    ]
)


@settings(max_examples=50)
@given(st.one_of(hostile, json_text), st.data())
def test_only_our_error_escapes_the_loader(text: str, data: st.DataObject) -> None:
    document: Any = text
    if data.draw(st.booleans()):  # splice the hostile value into a real catalog
        document = GOOD.replace('"id": "000-001", ', f'"id": "000-001", "note": {text}, ', 1)
    try:
        Catalog.from_json(document)
    except InvalidDataError as exc:
        assert str(exc)  # noqa: PT017 -- either outcome is fine; ours must say what


def test_long_queries_are_not_cached() -> None:
    from ballerina_data import _normalize

    before = _normalize._cached.cache_info().currsize
    for number in range(50):
        Catalog.default().films_titled(f"{number} " + "x" * 900)  # under the bound of 1000
    assert before == _normalize._cached.cache_info().currsize


def _path_of_kind(kind: str, directory: Path) -> str:
    path = directory / f"catalog-{kind}"
    if kind == "directory":
        path.mkdir(exist_ok=True)
    elif kind == "fifo":
        if not path.exists():
            os.mkfifo(path)
    elif kind == "empty file":
        path.write_bytes(b"")
    elif kind == "symlink to a directory":
        if not path.exists():
            path.symlink_to(directory)
    elif kind == "device":
        return "/dev/null"
    elif kind == "empty path":
        return ""
    return str(path)  # "missing": nothing there


@settings(max_examples=30)
@given(
    st.sampled_from(
        [
            "directory",
            "fifo",
            "empty file",
            "symlink to a directory",
            "device",
            "empty path",
            "missing",
        ]
    ),
    st.integers(min_value=1, max_value=10**9),
)
def test_only_documented_errors_escape_for_any_path(kind: str, max_size: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = _path_of_kind(kind, Path(folder))
        with pytest.raises((InvalidDataError, OSError)) as caught:
            Catalog.load(path, max_size=max_size)
        assert str(caught.value)


def test_the_formats_mapping_is_read_only() -> None:
    from ballerina_data import export

    with pytest.raises(TypeError):
        export.FORMATS["csv"] = export.to_json  # type: ignore[index]


class TestIdsThatNameFiles:
    """A source's id names its files in the data layout: it may not reach outside it."""

    # "café": the message says which letters (reported: "letters" read as any letter).
    @each("source_id", ["../../x", "/abs/path", "a/b", "a\nb", ".", "..", "x" * 129, "café"])
    def test_a_source_id_that_is_no_file_name_is_refused(self, source_id: str) -> None:
        from ballerina_data import Source

        with pytest.raises(InvalidDataError, match=r"^Source\.id: must be 1-128 ASCII letters"):
            Source(id=source_id, sha256="0" * 64)

    def test_a_curation_cannot_write_outside_its_folder(self, tmp_path: Path) -> None:
        from ballerina_data import curate

        document = {"source": {"id": "../../escaped"}, "claims": []}
        with pytest.raises(InvalidDataError, match=r"Source\.id: must be"):
            curate.build("Ana de Armas stars.", document)
        assert [] == list(tmp_path.iterdir())

    def test_a_data_folder_cannot_name_files_outside_it(self, tmp_path: Path) -> None:
        from ballerina_data import curate

        secret = tmp_path / "secret.json"
        secret.write_text('{"api_key": "sk-SECRET"}')
        folder = tmp_path / "evil"
        folder.mkdir()
        (folder / "sources.json").write_text(json.dumps([{"id": "../secret", "sha256": "0" * 64}]))
        (folder / "entities.json").write_text("{}")
        with pytest.raises(InvalidDataError) as caught:
            curate.load(folder)
        assert "Source.id: must be" in str(caught.value)
        assert "SECRET" not in str(caught.value)


class TestExportPathArguments:
    @pytest.mark.parametrize("name", [":memory:", "file:uri.db?mode=rwc"])
    def test_sqlite_takes_every_path_as_a_file_name(
        self, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import sqlite3

        from ballerina_data import export

        monkeypatch.chdir(tmp_path)
        export.to_sqlite(Catalog.default(), name)
        from urllib.parse import quote

        uri = f"file:{quote(str(tmp_path / name))}?mode=ro"
        with sqlite3.connect(uri, uri=True) as db:
            (count,) = db.execute("SELECT count(*) FROM claims").fetchone()
        assert len(Catalog.default().claims) == count

    def test_sqlite_refuses_an_existing_file(self, tmp_path: Path) -> None:
        from ballerina_data import export

        notes = tmp_path / "notes.txt"
        notes.write_text("mine")
        with pytest.raises(WriteError, match="exists, refusing to replace it"):
            export.to_sqlite(Catalog.default(), notes)
        assert "mine" == notes.read_text()

    @pytest.mark.parametrize(
        ("path", "error"), [("", WriteError), (None, TypeError), (b"x", TypeError)]
    )
    def test_write_checks_its_path_first(
        self, path: Any, error: type, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from ballerina_data import export

        monkeypatch.chdir(tmp_path)
        with pytest.raises(error, match=r"an empty path is not a file|expected a path, got"):
            export.write(Catalog.default(), "json", path)
        assert [] == list(tmp_path.iterdir())


class TestWhatNoFileCouldHold:
    def test_a_lone_surrogate_is_refused_at_construction(self) -> None:
        from ballerina_data import Person, Text

        with pytest.raises(InvalidDataError, match=r"^Text\.text: has a lone surrogate at 1"):
            Text(text="a\ud800")
        with pytest.raises(InvalidDataError, match=r"^Person\.aliases: has a lone surrogate"):
            Person(id="person/x", name="X", aliases=("\udcff",))

    def test_an_amount_of_a_million_digits_is_refused(self) -> None:
        from decimal import Decimal

        from ballerina_data import Quantity

        with pytest.raises(InvalidDataError, match="within 100 digits of the point"):
            Quantity(amount=Decimal("1E+999999"), unit="USD")


class TestCommandLineStreams:
    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
    @each("args", [["--version"], ["--help"], ["film", "--help"]])
    def test_help_and_version_into_a_full_disk_fail_in_one_line(self, args: list[str]) -> None:
        import subprocess
        import sys

        script = Path(sys.executable).parent / "ballerina-data"
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [script, *args], stdout=full, stderr=subprocess.PIPE, text=True, check=False
            )
        assert 1 == result.returncode
        assert "ballerina-data: error: cannot write standard output: No space left on device\n" == (
            result.stderr
        )

    def test_a_path_is_shown_as_given_newlines_and_all(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert 1 == main(["--catalog", "a\nb\udcffc.json", "sources"])
        assert "No such file or directory: a\\x0ab\\xffc.json\n" in capsys.readouterr().err

    def test_curate_writes_no_folder_named_dash(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.chdir(tmp_path)
        (tmp_path / "t.txt").write_text("Ana de Armas stars.")
        (tmp_path / "c.json").write_text('{"source": {"id": "x"}, "claims": []}')
        with pytest.raises(SystemExit, match=r"^2$"):
            main(["curate", "t.txt", "c.json", "--output", "-"])
        assert "argument --output: curate writes a folder of files: give a folder, not -" in (
            capsys.readouterr().err
        )
        assert not (tmp_path / "-").exists()


class TestNestingDeeperThanTheFormat:
    def test_many_nested_lists_are_refused_before_parsing(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Reported: 3,000,000 claims of [[[[[[[[[[]]]]]]]]]] (63 MB) took 80 s and 2.9 GB to
        # refuse, json building 30 million lists first. Here a thousand, never parsed.
        document = json.loads(GOOD)
        document["claims"] = []
        text = json.dumps(document, indent=1).replace(
            '"claims": []', '"claims": [\n' + ",".join(["[" * 10 + "]" * 10] * 1000) + "\n]"
        )
        line = text[: text.index("[[")].count("\n") + 1

        def parse(*args: object, **kwargs: object) -> object:
            raise AssertionError("parsed")

        monkeypatch.setattr(json, "loads", parse)
        assert (
            f"JSON nested more than 5 deep, deeper than the format allows, at line {line}"
            " column 4 @ $"
        ) == _refused(text)

    @each(
        "text",
        [
            '{"a": "[[[[[[[[[[", "b": [[[["\\"]]]]]"]]]]}',  # brackets in strings are text
            GOOD,
            GOOD.replace('"aliases": [', '"aliases": [{}, {"x": 1}, '),  # as deep as allowed
        ],
    )
    def test_nesting_as_deep_as_the_format_reaches_the_parser(self, text: str) -> None:
        assert "nested" not in _refused(text) if text != GOOD else Catalog.from_json(text)

    def test_many_empty_lists_in_a_list_are_refused_before_parsing(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Reported: 60 MiB of [] items cost 3.7 times a valid file's peak memory (1.6 GB),
        # json building a list object for each. The format has no list in a list.
        document = json.loads(GOOD)
        text = json.dumps(document, indent=1).replace(
            '"claims": [', '"claims": [\n {"id": "[[, ["},\n' + ", ".join(["[]"] * 1000) + ","
        )
        line = text[: text.index("[],")].count("\n") + 1

        def parse(*args: object, **kwargs: object) -> object:
            raise AssertionError("parsed")

        monkeypatch.setattr(json, "loads", parse)
        assert (
            f"JSON has a list inside a list, which the format never has, at line {line}"
            " column 1 @ $"
        ) == _refused(text)

    @each(
        "text",
        [
            '{"a": "[[ ,[", "b": ["\\"[", "[]"], "claims": [{}]}',  # brackets in strings are text
            GOOD.replace('"aliases": [', '"aliases": [{"x": "[[", "y": ", ["}, '),
        ],
    )
    def test_a_list_in_a_list_only_in_strings_reaches_the_parser(self, text: str) -> None:
        assert "list inside a list" not in _refused(text)

    @given(
        st.text(st.sampled_from('[], \t\n\rx"'), max_size=120)
        | st.lists(st.sampled_from(["x" * 80, " " * 20, "[", ",", "]", " "]), max_size=12).map(
            "".join
        )
    )
    @settings(max_examples=300)
    def test_the_quick_list_in_a_list_scan_finds_what_the_pattern_finds(self, text: str) -> None:
        # The scan looks back from each "[" and hands dense or long-spaced text to the
        # pattern; both must agree on every text, brackets in strings included.
        expected = _convert._LIST_IN_A_LIST.search(text) is not None
        assert expected == _convert.has_list_in_a_list(text)

    @each("text", ['{"a": [}', '{"a": "[[[[[[[[', '{"a": {"b": {"c": {'])
    def test_malformed_json_is_left_to_the_parser(self, text: str) -> None:
        assert _refused(text).startswith("malformed JSON: ")

    def test_a_byte_order_mark_is_refused_with_our_advice(self) -> None:
        # Reported: the message advised "decode using utf-8-sig", Python's advice.
        refused = _refused("\ufeff" + Catalog.default().to_json())
        assert "starts with a byte order mark (BOM); save it as UTF-8 without one" in refused
        assert "utf-8-sig" not in refused

    def test_a_message_of_the_parser_says_at_once(self) -> None:
        # Reported: "Unterminated string starting at at line 1 column 7".
        refused = _refused('{"a": "b')
        assert "Unterminated string starting at line 1 column 7 @ $" in refused
        assert " at at " not in refused
