"""The ``ballerina-data`` command line: run in this process as its script runs it (``run``),
and the installed console script itself in a subprocess (``run_script``)."""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest

from ballerina_data import Catalog, InvalidDataError
from ballerina_data._cli import main
from command_line import SCRIPT, run, run_script
from each_case import each


def run_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert 0 == result.returncode, result.stderr
    return json.loads(result.stdout)


def test_films_prints_both_ballerinas_with_year_director_and_sources() -> None:
    result = run_script("films", "Ballerina")  # the installed script, the README's main job
    assert 0 == result.returncode
    lines = result.stdout.splitlines()
    assert lines[0].startswith("film/ballerina-2023  Ballerina (2023)")
    assert any("film/ballerina-2024  Ballerina (2024)" in line for line in lines)
    directors = [line for line in lines if line.startswith("  directed by")]
    assert "Chung-Hyun Lee" in directors[0]
    assert "004_b4ce8e805ad99088" in directors[0]
    assert "Len Wiseman" in directors[1]
    assert "001_6c364232822f7c4e" in directors[1]


def test_films_json_with_year() -> None:
    (found,) = run_json("films", "Ballerina", "--year", "2024")
    assert "film/ballerina-2024" == found["film"]["id"]
    assert ["person/len-wiseman"] == [d["person"]["id"] for d in found["directors"]]


def test_python_dash_m_is_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ballerina_data", "films", "John Wick", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ["film/john-wick"] == [found["film"]["id"] for found in json.loads(result.stdout)]


def test_film_shows_crew_and_cast() -> None:
    data = run_json("film", "film/ballerina-2023")
    names = {e["id"]: e.get("name") for e in data["entities"]}
    cast = [c for c in data["credits"] if c["role"] == "cast_member"]
    assert {"Jeon Jong-seo", "Park Yu-rim", "Ji-hun Kim"} == {names[c["person"]] for c in cast}
    text = run("film", "film/ballerina-2023").stdout
    assert "Jeon Jong-seo   cast member as Jang Ok-ju" in text


def test_film_prints_the_whole_record_once() -> None:
    text = run("film", "film/ballerina-2024").stdout
    for heading in ("release date:", "genre:", "plot:", "production status", "distributor:"):
        assert heading in text
    assert "  * 2024-06-07" in text
    assert 1 == text.count("Ana de Armas  ")
    assert "cast member as Rooney" in text
    # Reported: 002's "previously referred to as Ballerina" was shown as a plain title.
    # Its working title is one source's word, not the others'.
    assert re.search(r"    Ballerina \(title: [A-Z ]+; working title: [A-Z ]+\)  \[", text)
    assert text.rstrip().endswith("so far")  # the legend of sources comes last
    data = run_json("film", "film/ballerina-2024")
    assert "film/ballerina-2024" == data["entity"]["id"]
    # The film is written once, not inside each credit.
    assert 1 == json.dumps(data).count('"title": "Ballerina", "aliases"')
    (ana,) = [c for c in data["credits"] if c["person"] == "person/ana-de-armas"]
    assert 5 == len({claim["source"] for claim in ana["claims"]})


@each(
    ("command", "entity_id", "expected"),
    [
        ("person", "person/lance-reddick", "date of death:"),
        ("character", "character/rooney", "Unity Phelan in John Wick: Chapter 3"),
        ("organization", "org/lionsgate", "production company, said of it by:"),
    ],
)
def test_every_kind_has_its_command(command: str, entity_id: str, expected: str) -> None:
    result = run(command, entity_id)
    assert (0, "") == (result.returncode, result.stderr)
    assert result.stdout.startswith(entity_id)
    assert expected in result.stdout
    assert entity_id == run_json(command, entity_id)["entity"]["id"]


def test_people_and_person() -> None:
    (found,) = run_json("people", "Jun Jong-seo")
    assert "person/jeon-jong-seo" == found["id"]
    data = run_json("person", "person/jeon-jong-seo")
    assert "film/ballerina-2023" in {credit["work"] for credit in data["credits"]}


def test_claims_filters_and_shows_quotes() -> None:
    claims = run_json("claims", "--about", "person/lance-reddick", "--predicate", "date_of_death")
    assert {"000_352b652a736a487c", "002_931d319819c48c06"} == {c["source"] for c in claims}
    text = run("claims", "--source", "004_b4ce8e805ad99088", "--predicate", "duration").stdout
    assert "  90 minutes\n" in text  # the unit read as a word, not as the data writes it


def test_disagreements_lists_both_sides() -> None:
    result = run("disagreements", "--about", "person/lance-reddick", "--relation", "refinement")
    assert 0 == result.returncode
    assert "date_of_death  [refinement]" in result.stdout
    assert "“The actor passed away unexpectedly this spring”" in result.stdout
    assert "March 2023" in result.stdout


def test_a_refinement_shows_what_tells_its_facts_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Reported: two lines "Ana de Armas (person/ana-de-armas)" and nothing between them.
    args = ["disagreements", "--about", "film/ballerina-2024", "--relation", "refinement"]
    assert 0 == main(args)
    lines = capsys.readouterr().out.splitlines()
    facts = [line for line in lines if line.startswith("  Ana de Armas")]
    assert 2 == len(facts) == len(set(facts))
    assert sum("(as Rooney)" in line for line in facts) == 1


def test_sources_lists_each_source_with_its_count_of_claims() -> None:
    shipped = Catalog.default()
    data = run_json("sources")
    assert [source.id for source in shipped.sources] == [source["id"] for source in data]
    lines = run("sources").stdout.splitlines()
    for source, line in zip(shipped.sources, lines, strict=False):
        assert line.startswith(source.id), line
        assert f" {len(shipped.claims_from(source))} claims " in line, line


def test_verify_passes_on_shipped_data() -> None:
    result = run("verify")
    assert (0, "") == (result.returncode, result.stderr)
    assert result.stdout.startswith("ok:")


class TestExitStatuses:
    def test_nothing_found_is_1(self) -> None:
        result = run("films", "Swan Lake")
        assert (1, "") == (result.returncode, result.stdout)

    def test_unknown_id_is_one_line_with_a_suggestion(self) -> None:
        result = run_script("person", "person/ana-de-arma")
        assert 1 == result.returncode
        assert 1 == len(result.stderr.splitlines())
        assert "did you mean 'person/ana-de-armas'?" in result.stderr
        assert "Traceback" not in result.stderr

    def test_usage_error_is_2(self) -> None:
        assert 2 == run_script("films").returncode  # the process's own exit status
        assert 2 == run("claims", "--predicate", "nonsense").returncode
        assert 2 == run("teleport").returncode

    def test_bad_catalog_file_is_one_line(self, tmp_path: Path) -> None:
        bad = tmp_path / "bad.json"
        bad.write_text('{"format_version": 1, "films": [{"id": "film/x"}]}')
        result = run("sources", "--catalog", str(bad))
        assert 1 == result.returncode
        assert 1 == len(result.stderr.splitlines())
        assert "required field missing @ $.films[0].kind" in result.stderr

    def test_missing_catalog_file_is_one_line(self, tmp_path: Path) -> None:
        result = run("sources", "--catalog", str(tmp_path / "nope.json"))
        assert 1 == result.returncode
        assert "No such file or directory" in result.stderr
        assert 1 == len(result.stderr.splitlines())

    @pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="Linux's /proc")
    def test_a_catalog_file_that_fails_to_read_is_named(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Reported: "error: Input/output error", naming no file; opening it names it.
        assert 1 == main(["--catalog", "/proc/self/mem", "sources"])
        err = capsys.readouterr().err
        assert "ballerina-data: error: Input/output error: /proc/self/mem\n" == err


class TestExport:
    @pytest.mark.parametrize("fmt", ["json", "jsonl", "jsonld"])
    def test_each_format_writes_a_file(self, tmp_path: Path, fmt: str) -> None:
        target = tmp_path / f"out.{fmt}"
        assert 0 == run("export", "--format", fmt, "--output", str(target)).returncode
        assert target.stat().st_size > 1000
        assert [target] == list(tmp_path.iterdir())  # no temporary left behind

    def test_json_export_to_stdout_loads_back_equal(self) -> None:
        result = run_script("export", "--format", "json", "--output", "-")
        assert Catalog.default() == Catalog.from_json(result.stdout)

    def test_unwritable_path_is_one_line_and_status_1(self, tmp_path: Path) -> None:
        result = run("export", "--format", "json", "--output", str(tmp_path / "no" / "dir.json"))
        assert 1 == result.returncode
        assert 1 == len(result.stderr.splitlines())

    def test_own_catalog_round_trip(self, tmp_path: Path) -> None:
        target = tmp_path / "mine.json"
        run("export", "--format", "json", "--output", str(target))
        (found,) = run_json("films", "John Wick", "--catalog", str(target))
        assert "film/john-wick" == found["film"]["id"]


def test_options_work_before_the_command_too(tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    run("export", "--format", "json", "--output", str(target))
    result = run("--json", "--catalog", str(target), "films", "John Wick")
    assert 0 == result.returncode, result.stderr
    assert ["film/john-wick"] == [found["film"]["id"] for found in json.loads(result.stdout)]


def test_empty_about_is_a_usage_error_not_no_filter() -> None:
    result = run("claims", "--about", "")
    assert (2, "") == (result.returncode, result.stdout)
    assert "empty name or id: '' has no letters or digits" in result.stderr


def test_export_error_names_the_given_path(tmp_path: Path) -> None:
    result = run("export", "--format", "json", "--output", str(tmp_path))
    assert 1 == result.returncode
    refusal = "a directory, refusing to replace it with a file; name a file in it"
    assert f"{refusal}: {tmp_path}" in result.stderr
    assert 2 == run("export", "--format", "json", "--output", "").returncode


def test_verify_json_lists_load_problems_as_json(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 1, "films": [{"id": "film/x"}]}')
    result = run("verify", "--catalog", str(bad), "--json")
    assert 1 == result.returncode
    problems = json.loads(result.stdout)
    # Reported: every problem's place was "$", the real one only in the message.
    assert {"where": "$.films[0].kind", "message": "required field missing"} in [
        {key: p[key] for key in ("where", "message")} for p in problems
    ]
    assert {str(bad)} == {problem["file"] for problem in problems}
    # The text report names the file on each line too.
    lines = run("verify", "--catalog", str(bad)).stdout.splitlines()
    assert lines
    assert all(line.startswith(f"{bad}: ") for line in lines)


def test_verify_lists_a_folders_problems_each_with_its_file(tmp_path: Path) -> None:
    # Reported: a folder with a changed text gave one joined line on standard error, and
    # --json wrote nothing.
    from ballerina_data import curate

    folder = tmp_path / "data"
    curate.write(curate.build(MY_NOTES_TEXT, MY_NOTES), folder)
    changed = MY_NOTES_TEXT.replace("Ana", "Ann")
    (folder / "texts" / "my-notes.txt").write_text(changed, encoding="utf-8")
    result = run("verify", "--catalog", str(folder), "--json")
    assert (1, "") == (result.returncode, result.stderr)
    problems = json.loads(result.stdout)
    assert {"my-notes", "my-notes-001"} <= {p["where"] for p in problems}
    files = {str(folder / "texts" / "my-notes.txt"), str(folder / "claims" / "my-notes.json")}
    assert files <= {p["file"] for p in problems}
    lines = run("verify", "--catalog", str(folder)).stdout.splitlines()
    assert len(problems) == len(lines)
    assert all(line.startswith(f"{folder}{os.sep}") for line in lines)


def test_speculated_and_hoped_credits_say_so() -> None:
    text = run("film", "film/ballerina-2").stdout
    assert "cast member as Daniel Pine (hoped)" in text
    assert "cast member as Rooney (speculated, expected)" in text


def test_an_empty_answer_says_so_on_standard_error() -> None:
    # Before: claims and disagreements exited 1 without a word.
    claims = run("claims", "--about", "film/ballerina-2023", "--source", "000_352b652a736a487c")
    assert (1, "", "ballerina-data: no claims match\n") == (
        claims.returncode,
        claims.stdout,
        claims.stderr,
    )
    found = run("disagreements", "--about", "film/ballerina-2023")
    hint = " (1 refinement: --relation refinement)"
    assert (1, f"ballerina-data: no conflicts about film/ballerina-2023{hint}\n") == (
        found.returncode,
        found.stderr,
    )


@each(
    ("args", "problem"),
    [
        (["search", "x", "--limit", "abc"], "argument --limit: not a whole number"),
        (["teleport"], "argument COMMAND: invalid choice: 'teleport'"),
        (["films"], "the following arguments are required: title"),
        # Reported: an extra argument pointed at the program's help, not the command's.
        (["films", "Ballerina", "extra"], "unrecognized arguments: 'extra'"),
        # Reported: options that do not go together were errors of the data (exit 1), and
        # --catalog with --into was told only after reading the catalog.
        (
            ["export", "--format", "json", "--output", "-", "--database", "d"],
            "argument --database: goes with",
        ),
        (
            ["curate", "t.txt", "c.json", "--into", "d", "--catalog", "missing.json"],
            "argument --into: curates against the catalog of its folder: leave --catalog out",
        ),
    ],
)
def test_a_usage_error_is_one_line_pointing_at_help(args: list[str], problem: str) -> None:
    # Reported: 2 to 5 lines of usage before the problem.
    result = run(*args)
    assert 2 == result.returncode
    (line,) = result.stderr.splitlines()
    command = " ".join(["ballerina-data", *args[:1]]) if args != ["teleport"] else "ballerina-data"
    assert line.startswith(f"{command}: error: {problem}")
    assert line.endswith(f"; see {command} --help")


@pytest.mark.parametrize("args", [["search", "x", "--kind", "k" * 100_000], ["k" * 100_000]])
def test_a_refused_choice_is_shown_cut(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    # Reported: argparse quoted a refused choice whole, a line of 100 KB.
    with pytest.raises(SystemExit):
        main(args)
    (line,) = capsys.readouterr().err.splitlines()
    assert "invalid choice: 'kkk" in line
    assert len(line) < 400


def test_a_limit_below_one_is_a_usage_error() -> None:
    result = run("search", "x", "--limit", "0")
    assert 2 == result.returncode
    assert "argument --limit: not a whole number of at least 1: '0'" in result.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        # Reported: forms the catalog format refuses were taken, a negative year found
        # nothing (exit 1) and a 5,000-digit one was echoed whole.
        (["films", "Ballerina", "--year", "2_024"], "not a year from 1 to 9999: '2_024'"),
        (["films", "Ballerina", "--year", "\u0662\u0660\u0662\u0664"], "not a year from 1 to 9999"),
        (["films", "Ballerina", "--year", "-2024"], "not a year from 1 to 9999: '-2024'"),
        (["films", "Ballerina", "--year", "9" * 5000], "not a year from 1 to 9999: '999"),
        (["search", "x", "--limit", "1_0"], "not a whole number of at least 1: '1_0'"),
    ],
    ids=["underscore", "arabic-indic", "negative", "long", "limit"],
)
def test_a_number_argument_is_ascii_digits_in_range(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert said in line
    assert len(line) < 400


def test_a_limit_past_any_catalog_is_no_limit(capsys: pytest.CaptureFixture[str]) -> None:
    # Reported: a limit of 19 digits or more was "not a whole number of at least 1".
    assert 0 == main(["search", "Ballerina", "--limit", "9" * 40])
    found = capsys.readouterr().out
    assert 0 == main(["search", "Ballerina"])
    assert capsys.readouterr().out == found


@each(
    ("command", "query", "hint"),
    [
        ("people", "Rooney", "'Rooney' is a character: character/rooney"),
        ("films", "Ana de Armas", "'Ana de Armas' is a person: person/ana-de-armas"),
        ("people", "Keanu Reves", "did you mean Keanu Reeves (person/keanu-reeves)?"),
    ],
)
def test_nothing_found_hints_across_kinds(command: str, query: str, hint: str) -> None:
    result = run(command, query)
    assert (1, "") == (result.returncode, result.stdout)
    assert hint in result.stderr
    assert 1 == len(result.stderr.splitlines())


# Each listing command with arguments that find nothing in the shipped catalog.
NOTHING_FOUND = {
    "films": ["films", "Swan Lake"],
    "people": ["people", "Nobody At All"],
    "claims": ["claims", "--about", "person/ana-de-armas", "--predicate", "date_of_death"],
    "search": ["search", "qqqqqqqq"],
    "timeline": ["timeline", "person/ana-de-armas", "--predicate", "director"],
    "disagreements": ["disagreements", "--about", "person/ana-de-armas"],
}


@pytest.mark.parametrize("json_output", [False, True])
@pytest.mark.parametrize("command", list(NOTHING_FOUND))
def test_nothing_found_is_one_line_on_stderr_and_exit_1(
    capsys: pytest.CaptureFixture[str], command: str, json_output: bool
) -> None:
    from ballerina_data._cli import main

    argv = ["--json", *NOTHING_FOUND[command]] if json_output else NOTHING_FOUND[command]
    assert 1 == main(argv)
    captured = capsys.readouterr()
    assert 1 == captured.err.count("\n")
    assert captured.err.startswith("ballerina-data: no") or captured.err.startswith(
        "ballerina-data: nothing"
    )
    assert ("[]\n" if json_output else "") == captured.out


def test_every_listing_command_is_in_the_nothing_found_table() -> None:
    from ballerina_data._cli import _parser

    (subcommands,) = [
        action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction)
    ]
    commands = list(subcommands.choices)
    reference = (Path(__file__).parent.parent / "docs" / "reference" / "cli.md").read_text(
        encoding="utf-8"
    )
    table = reference.split("| Command | Nothing found |", 1)[1].split("\n\n", 1)[0]
    assert [c for c in commands if f"`{c}`" not in table] == []
    assert set(NOTHING_FOUND) <= set(commands)


def test_every_positional_argument_of_every_command_has_help() -> None:
    from ballerina_data._cli import _parser

    (subcommands,) = [
        action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction)
    ]
    positionals = [
        (command, action.dest)
        for command, parser in subcommands.choices.items()
        for action in parser._actions
        if not action.option_strings
    ]
    assert ("films", "title") in positionals  # the walk sees the positionals
    bare = [
        (command, action.dest)
        for command, parser in subcommands.choices.items()
        for action in parser._actions
        if not action.option_strings and not (action.help or "").strip()
    ]
    assert [] == bare
    for command, parser in subcommands.choices.items():
        shown = parser.format_help()
        for action in parser._actions:
            if not action.option_strings:
                assert action.help is not None
                assert action.help.split()[0] in shown, (command, action.dest)


@pytest.mark.parametrize("output", ["-", "m.json"])
def test_a_database_name_with_bytes_that_are_not_utf8_is_one_line(
    tmp_path: Path, output: str
) -> None:
    # Reported: a traceback ending in "UnicodeEncodeError: surrogates not allowed".
    target = output if output == "-" else str(tmp_path / output)
    args = ("export", "--format", "datasette-metadata", "--database", "\udcff", "--output")
    result = run(*args, target)
    assert 2 == result.returncode
    assert [
        "ballerina-data export: error: argument --database: database '\\udcff' holds bytes"
        " that are not UTF-8 (a lone surrogate): give its file's name less the extension;"
        " see ballerina-data export --help"
    ] == result.stderr.splitlines()
    assert "" == result.stdout
    assert [] == list(tmp_path.iterdir())


@pytest.mark.parametrize("fmt", ["datasette-metadata", "datasette-config"])
def test_a_database_name_that_is_no_plain_name_is_a_usage_error(tmp_path: Path, fmt: str) -> None:
    # Reported: --database '../x"<script>' was taken and written into the JSON.
    args = ("export", "--format", fmt, "--database", '../x"<script>', "--output")
    result = run(*args, str(tmp_path / "m.json"))
    assert (2, "") == (result.returncode, result.stdout)
    assert [
        "ballerina-data export: error: argument --database: database '../x\"<script>' holds '/'"
        " (a plain name has no path separator, quote or angle bracket): give its file's name less"
        " the extension; see ballerina-data export --help"
    ] == result.stderr.splitlines()
    assert [] == list(tmp_path.iterdir())


def test_a_database_named_after_its_file_is_checked_as_a_name(tmp_path: Path) -> None:
    result = run(
        "export", "--format", "sqlite", "--datasette", "--output", str(tmp_path / "x<y.db")
    )
    assert (1, "") == (result.returncode, result.stdout)
    assert "ballerina-data: error: database file name 'x<y' holds '<' (a plain" in result.stderr
    assert [] == list(tmp_path.iterdir())


def test_a_database_file_name_that_is_not_utf8_says_how_to_name_it(tmp_path: Path) -> None:
    # Reported: "holds a lone surrogate ...: give its file's name less the extension", of a
    # name the user never typed, and no way given round it.
    target = os.fsencode(tmp_path) + b"/caf\xe9.db"
    result = run("export", "--format", "sqlite", "--datasette", "--output", os.fsdecode(target))
    assert (1, "") == (result.returncode, result.stdout)
    assert "not UTF-8" in result.stderr
    assert "give the file a plain UTF-8 name, or write the database alone" in result.stderr
    assert [] == list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("sources",), 1),
        (("--json", "sources"), 1),
        (("export", "--format", "json", "--output", "-"), 1),
        (("--help",), 1),
        (("export", "--format", "json", "--output", "{tmp}/out.json"), 0),
    ],
)
def test_closed_standard_output_is_one_line(
    tmp_path: Path, args: tuple[str, ...], status: int
) -> None:
    # Reported: `sources >&-` ended in "AttributeError: 'NoneType' object has no attribute
    # 'write'" (Python leaves sys.stdout None); > /dev/full gave one line.
    given = [arg.format(tmp=tmp_path) for arg in args]
    result = subprocess.run(
        ["sh", "-c", 'exec "$0" "$@" >&-', str(SCRIPT), *given],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert status == result.returncode
    expected = (
        []
        if status == 0
        else ["ballerina-data: error: cannot write standard output: standard output is closed"]
    )
    assert expected == result.stderr.splitlines()
    assert (tmp_path / "out.json").exists() == (status == 0)


class _ReaderGoesAway(io.BufferedIOBase):
    """Standard output's bytes into a pipe whose reader takes the first ten bytes of a long
    write and goes away: that write returns the short count, the next raises."""

    def __init__(self) -> None:
        super().__init__()
        self.taken = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any, /) -> int:
        if self.taken:
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))
        self.taken = min(10, len(data))
        return self.taken


@pytest.mark.parametrize(
    "args", [("export", "--format", "csv", "--output", "-"), ("claims", "--json")]
)
def test_output_the_reader_of_a_pipe_took_part_of_is_status_1(
    monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    # Reported: `export --format csv --output - | head -c 10` and `claims --json | head -c
    # 10` exited 0 with the output cut: the short count of the write was never checked.
    pipe = _ReaderGoesAway()
    # A cast: the stubs ask for a file with a name, which a pipe's buffer needs none of.
    stdout = io.TextIOWrapper(cast(io.BufferedWriter, pipe), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    assert 1 == main(list(args))
    assert 10 == pipe.taken


def _help_of(command: str) -> str:
    from ballerina_data._cli import _parser

    (subcommands,) = [
        action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction)
    ]
    return " ".join(subcommands.choices[command].format_help().split())


def test_disagreements_help_says_what_none_exits_with() -> None:
    # Reported: "no conflicts" exits 1 while bd.disagreements() returns () quietly, and the
    # help did not say so.
    assert "1 when there is none" in _help_of("disagreements")
    done = subprocess.run(
        [sys.executable, "-m", "ballerina_data", "disagreements", "--about", "person/ana-de-armas"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (1, "") == (done.returncode, done.stdout)
    assert done.stderr.startswith("ballerina-data: no conflicts")


def test_export_help_says_csv_cells_are_exact_formulas_included() -> None:
    # Reported: formula-shaped cells are written as they are, said only in to_csv's docstring.
    assert "starts with =, +, - or @ as a formula" in _help_of("export")


#: A source of one claim, as a user curates one.
MY_NOTES_TEXT = "Ana de Armas stars in Ballerina.\n"
MY_NOTES = {
    "source": {"id": "my-notes", "published": "2025-06-01", "published_note": "mine"},
    "claims": [
        {
            "id": "my-notes-001",
            "subject": "film/ballerina-2024",
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "person/ana-de-armas"},
            "quote": "Ana de Armas stars",
        }
    ],
}


def test_films_says_a_direction_is_only_speculated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: `films` printed "directed by Chad Stahelski" for a claim that only speculates
    # it, where `film`, `person` and the site say "(speculated)".
    from ballerina_data import curate
    from ballerina_data._cli import main

    text = "Rumor has it that Chad Stahelski might direct Ballerina.\n"
    claim = {
        "id": "my-notes-001",
        "subject": "film/ballerina-2024",
        "predicate": "director",
        "value": {"type": "entity", "id": "person/chad-stahelski"},
        "qualifiers": {"status": "speculated"},
        "quote": "Chad Stahelski might direct Ballerina",
    }
    curate.write(curate.build(text, {**MY_NOTES, "claims": [claim]}), tmp_path / "d")
    assert 0 == main(["--catalog", str(tmp_path / "d"), "films", "Ballerina", "--year", "2024"])
    lines = capsys.readouterr().out.splitlines()
    assert "  directed by Chad Stahelski (speculated)  (sources: my-notes)" in lines
    assert "  directed by Len Wiseman  (sources: " in "\n".join(lines)


def test_a_data_folder_curate_wrote_is_a_catalog_to_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: `--catalog D` on a folder curate wrote said only "not a regular file: D";
    # then that it was a data folder, to be read in Python: curating, then querying from the
    # command line, took a script.
    from ballerina_data import curate
    from ballerina_data._cli import main

    curate.write(curate.build(MY_NOTES_TEXT, MY_NOTES), tmp_path / "d")
    shipped = Catalog.default()
    assert 0 == main(["--catalog", str(tmp_path / "d"), "sources"])
    listed = capsys.readouterr().out.splitlines()
    assert [s.id for s in shipped.sources] + ["my-notes"] == [
        line.split()[0] for line in listed[:-1]
    ]
    assert 0 == main(["--catalog", str(tmp_path / "d"), "claims", "--source", "my-notes"])
    assert "my-notes-001  film/ballerina-2024  cast_member  Ana de Armas" in capsys.readouterr().out
    # Its problems are those of the folder, in one line, as for a file.
    (tmp_path / "d" / "sources.json").write_text("[", encoding="utf-8")
    assert 1 == main(["--catalog", str(tmp_path / "d"), "sources"])
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("ballerina-data: error: ")
    assert "sources.json" in line


def test_a_run_builds_the_parser_of_its_command_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # Building every command's parser took 3 ms of each start (benchmarks page).
    from ballerina_data import _cli

    built: list[object] = []
    real = _cli._Parser.__init__

    def counted(self: _cli._Parser, **kwargs: Any) -> None:
        built.append(kwargs.get("prog"))
        real(self, **kwargs)

    monkeypatch.setattr(_cli._Parser, "__init__", counted)
    args = _cli._parser().parse_args(["films", "Ballerina"])
    assert ["ballerina-data", "ballerina-data films"] == built
    assert ("Ballerina", None, None, None) == (args.title, args.year, args.catalog, args.json)


def test_the_first_answer_leaves_out_what_it_does_not_use() -> None:
    # The other result classes, the exports' tables and pkgutil: see the benchmarks page.
    code = (
        "import sys\n"
        "from ballerina_data._cli import main\n"
        "assert main(['films', 'Ballerina']) == 0\n"
        "unused = ('ballerina_data._results', 'ballerina_data._relations',"
        " 'ballerina_data._tables', 'pkgutil', 'importlib.util')\n"
        "assert [m for m in unused if m in sys.modules] == [], sys.modules.keys()\n"
        "assert 'ballerina_data._credit' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


@pytest.mark.parametrize(
    ("raised", "said"),
    [
        (MemoryError(), "not enough memory for this command"),
        (ImportError("failed to map segment", name="_sqlite3"), "cannot load _sqlite3 this"),
    ],
)
def test_running_out_of_memory_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    raised: Exception,
    said: str,
) -> None:
    # Reported: under `ulimit -v`, exports printed a MemoryError traceback, and an
    # ImportError for _sqlite3 (the module could not be mapped).
    from ballerina_data import _cli

    def fails(catalog: Catalog, args: argparse.Namespace) -> int:
        raise raised

    monkeypatch.setattr(_cli, "cmd_films", fails)
    assert 1 == _cli.main(["films", "Ballerina"])
    error = capsys.readouterr().err
    assert said in error
    assert error.count("\n") == 1


def test_a_path_the_file_system_cannot_encode_is_refused_in_one_line() -> None:
    # Reported: Catalog.load("\ud800.json") raised a bare UnicodeEncodeError.
    import ballerina_data as bd

    with pytest.raises(bd.InvalidDataError, match="cannot encode is not a file"):
        Catalog.load("\ud800.json")


def test_an_entity_command_takes_a_name_as_well_as_an_id(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def answer(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        said = capsys.readouterr()
        return status, said.out, said.err

    by_name = answer("--json", "person", "Ana de Armas")
    assert (0, "") == (by_name[0], by_name[2])
    assert by_name == answer("--json", "person", "person/ana-de-armas")
    status, text, _ = answer("--json", "character", "Jardani Jovonovich")
    assert "character/john-wick" == json.loads(text)["entity"]["id"]
    status, text, _ = answer("film", "Ballerina: A John Wick Story")  # no such title
    assert 1 == status
    # A name of two films, or of a work and a franchise: the message lists their ids.
    for name, ids in [
        ("Ballerina", ["film/ballerina-2023", "film/ballerina-2024"]),
        ("John Wick", ["film/john-wick", "franchise/john-wick"]),
    ]:
        status, text, error = answer("film", name)
        assert (1, "") == (status, text)
        assert all(entity_id in error for entity_id in ids), error
    # The command line's message gives the ids, not the API's kind= and year=.
    assert "year=" not in answer("film", "Ballerina")[2]
    # --about and timeline take names too.
    for command in (
        ["timeline", "Lance Reddick"],
        ["claims", "--about", "Lance Reddick"],
        ["disagreements", "--about", "Lance Reddick", "--relation", "all"],
    ):
        by_id = [part.replace("Lance Reddick", "person/lance-reddick") for part in command]
        assert answer("--json", *command) == answer("--json", *by_id), command
    # A name of another kind says what it is.
    assert "'Rooney' is a character: character/rooney" in answer("person", "Rooney")[2]
    assert "'person/jeon-jong-seo' is a person, not a film" in answer("film", "Jeon Jong-seo")[2]


def test_a_signal_after_the_answer_changes_nothing() -> None:
    # Reported: Ctrl-C just after an export finished printed a KeyboardInterrupt traceback.
    # Here the signal comes as the program exits, after main() has answered.
    script = (
        "import os, signal, sys\n"
        "from ballerina_data import _cli\n"
        "exit = sys.exit\n"
        "def late(status):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    exit(status)\n"
        "sys.exit = late\n"
        "sys.argv = ['ballerina-data', 'films', 'Ballerina']\n"
        "_cli.run()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert (0, "") == (result.returncode, result.stderr)
    assert "film/ballerina-2024" in result.stdout


def test_a_credit_of_many_characters_is_printed_in_time_linear_in_its_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: one person playing 10,000 characters (5.5 MB) took 18 s to print: every
    # character's line counted the sources of the whole credit again.
    import hashlib

    import attrs

    import ballerina_data as bd
    from ballerina_data import _credit

    shipped = Catalog.default()
    cast = next(
        c
        for c in shipped.claims_about("film/ballerina-2024", "cast_member")
        if getattr(c.value, "id", None) == "person/ana-de-armas"
    )
    roles = tuple(bd.Character(id=f"character/role-{n}", name=f"Role {n}") for n in range(200))
    claims = tuple(
        attrs.evolve(
            cast,
            id=f"zz-{n:03d}",
            qualifiers=bd.Qualifiers(character=role.id),
            # The copies have other ids than the reviewed claim: their note reads the
            # sentence after the quote's, as a curator's would.
            note=f"As {role.name}, in the roles' source; 'is in no way inferior' praises her.",
        )
        for n, role in enumerate(roles)
    )
    # A text that writes the roles' names, so that the catalog verifies, as --catalog asks.
    text = ", ".join(role.name for role in roles)
    naming = bd.Source(id="roles", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    catalog = shipped.merge(
        Catalog(
            sources=(*shipped.sources, naming),
            texts={**shipped.texts, naming.id: text},
            films=shipped.films,
            people=shipped.people,
            characters=roles,
            claims=claims,
        )
    )
    path = tmp_path / "roles.json"
    path.write_text(catalog.to_json(), encoding="utf-8")
    counted = [0]
    real = _credit.sources_of

    def counting(claims: Any) -> Any:
        counted[0] += len(claims)
        return real(claims)

    monkeypatch.setattr(_credit, "sources_of", counting)
    assert 0 == main(["--catalog", str(path), "person", "person/ana-de-armas"])
    assert "Role 199" in capsys.readouterr().out
    assert counted[0] < 10 * len(catalog.claims_about("person/ana-de-armas"))


def _relation_counts(about: str | None = None) -> dict[str, int]:
    from collections import Counter

    found = Catalog.default().disagreements(about, relation=None)
    return dict(Counter(d.relation.value for d in found))


def test_no_conflicts_says_how_many_refinements_and_agreements_and_how_to_list_them() -> None:
    # Reported: "no conflicts" alone, exit 1, on data that has refinements to look at.
    counts = _relation_counts()
    # Else the test shows nothing.
    assert counts.get("refinement")
    assert counts.get("same")
    result = run("disagreements")
    expected = (
        f"ballerina-data: no conflicts ({counts['refinement']} refinements: --relation"
        f" refinement; {counts['same']} agreements: --relation same)\n"
    )
    assert (1, "", expected) == (result.returncode, result.stdout, result.stderr)
    listed = run("disagreements", "--relation", "refinement").stdout
    assert counts["refinement"] == listed.count("  [refinement]\n")


def test_the_hint_counts_one_entry_in_the_singular_and_leaves_out_what_is_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    counts = _relation_counts("film/ballerina-2")
    assert {"refinement": 1, "same": 1} == counts
    assert 1 == main(
        ["disagreements", "--about", "person/ana-de-armas", "--relation", "refinement"]
    )
    # Ana de Armas has an agreement and no conflict: the hint names only the agreement.
    expected = (
        "ballerina-data: no refinements about person/ana-de-armas (1 agreement: --relation same)\n"
    )
    assert {"same": 1} == _relation_counts("person/ana-de-armas")
    assert expected == capsys.readouterr().err
    assert 1 == main(["disagreements", "--about", "film/ballerina-2"])
    expected = (
        "ballerina-data: no conflicts about film/ballerina-2"
        " (1 refinement: --relation refinement; 1 agreement: --relation same)\n"
    )
    assert expected == capsys.readouterr().err


def test_disagreements_json_prints_json_alone() -> None:
    # Before: the text entries followed the JSON on standard output.
    result = run("disagreements", "--relation", "all", "--about", "person/ana-de-armas", "--json")
    assert 0 == result.returncode
    assert len(json.loads(result.stdout)) == len(
        Catalog.default().disagreements("person/ana-de-armas", relation=None)
    )


def test_dates_read_as_words_where_a_person_reads_them() -> None:
    # Reported: `person` and `timeline` showed EDTF's season code, 2023-21, for spring 2023.
    from ballerina_data._wording import date_words

    catalog = Catalog.default()
    page = run("person", "Lance Reddick").stdout
    timeline = run("timeline", "Lance Reddick").stdout
    for text in (page, timeline):
        assert "spring 2023" in text
        # Only the preference rule's reason, the library's words, writes the date as data.
        assert [] == [
            line for line in text.splitlines() if "2023-21" in line and "preferred:" not in line
        ]
    for source in catalog.about("person/lance-reddick").sources:
        assert source.published is not None
        words = date_words(source.published)
        assert f"  {source.id}  {words}  " in page
        assert f"\n{words}  {source.id}" in f"\n{timeline}"
    assert "2023 or earlier" in page
    assert "2024 or later" in page
    assert "../" not in page
    json_page = run("person", "Lance Reddick", "--json").stdout
    assert '"2023-21"' in json_page
    assert '"spring 2023"' not in json_page


def test_a_season_reads_as_its_name_in_every_season() -> None:
    from ballerina_data import PartialDate, Season
    from ballerina_data._wording import date_words

    for season in Season:
        date = PartialDate(year=2023, season=season)
        assert f"{season.name.lower()} 2023" == date_words(date)
        assert str(date) != date_words(date)


def test_statuses_are_words() -> None:
    page = run("film", "franchise/john-wick").stdout
    assert "(in development)" in page
    assert "in_development" not in page


def _legend(page: str) -> str:
    (line,) = [line for line in page.splitlines() if line.startswith("sources")]
    return line


def test_the_legend_explains_only_the_marks_the_page_shows(tmp_path: Path) -> None:
    # Reported: every page's legend named `*` and `!`; no page showed `!`, some no `*`.
    lance = run("person", "person/lance-reddick").stdout
    assert "  * " in lance
    assert "  ! " not in lance
    assert "sources (* the preferred value):" == _legend(lance)
    lionsgate = run("organization", "org/lionsgate").stdout
    assert "  * " not in lionsgate
    assert "sources:" == _legend(lionsgate)
    from site_catalogs import hostile_catalog

    catalog = tmp_path / "hostile.json"
    catalog.write_text(hostile_catalog().to_json(), encoding="utf-8")
    page = run("--catalog", str(catalog), "film", "film/hostile").stdout
    marked = [line for line in page.splitlines() if line.startswith("  ! ")]
    assert 1 == len(marked)
    assert "2023" in marked[0]  # the release date in conflict with the preferred one
    assert "sources (* the preferred value, ! a value in conflict with it):" == _legend(page)


@pytest.mark.parametrize(
    "args",
    [
        ("search", ""),
        ("search", " - "),
        ("film", ""),
        ("person", "/"),
        ("films", ""),
        ("people", ""),
        ("timeline", ""),
        ("claims", "--source", ""),
        ("disagreements", "--about", "!"),
    ],
)
def test_an_empty_query_is_a_usage_error(
    args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: `search ""` exited 1 while `search --limit 0` exited 2, the help saying 2.
    with pytest.raises(SystemExit) as stopped:
        main(list(args))
    assert 2 == stopped.value.code
    assert "has no letters or digits" in capsys.readouterr().err


def test_each_status_of_a_merged_credit_names_the_sources_that_give_it() -> None:
    # Reported: "(undisclosed, expected)" beside a role that only a third source names.
    catalog = Catalog.default()
    profile = catalog.about("film/ballerina-2024")
    letters = {source.id: chr(ord("A") + n) for n, source in enumerate(profile.sources)}
    page = run("film", "film/ballerina-2024").stdout
    checked = 0
    for credit in profile.credits:
        given: dict[str, set[str]] = {}
        for claim in credit.claims:
            if claim.qualifiers.status is not None:
                status = claim.qualifiers.status.value
                given.setdefault(status, set()).add(letters[claim.source])
        every = {letters[source] for source in credit.sources}
        if all(cited == every for cited in given.values()):
            continue  # each status given by every source: shown without letters
        shown = "; ".join(
            f"{status.replace('_', ' ')}: {' '.join(sorted(cited))}"
            for status, cited in given.items()
        )
        role = credit.role.value.replace("_", " ")
        lines = [
            line
            for line in page.splitlines()
            if line.startswith(f"  {profile.name(credit.person)} ") and f" {role}" in line
        ]
        assert any(f"({shown})" in line for line in lines), lines
        checked += 1
    # The three actors "cast in undisclosed roles", expected elsewhere, and two announced.
    assert checked >= 5


def test_a_whole_data_folder_is_a_catalog_to_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A copy of the package's data folder, as `curate --into` keeps one: read alone, not
    # on top of the shipped data (which would hold each of its records twice).
    import shutil

    from catalog_under_test import data_folder

    shutil.copytree(data_folder(), tmp_path / "data")
    assert 0 == main(["--catalog", str(tmp_path / "data"), "sources"])
    listed = capsys.readouterr().out.splitlines()
    expected = [s.id for s in Catalog.default().sources]
    assert expected == [line.split()[0] for line in listed[:-1]]


def test_a_signal_the_caller_ignores_stays_ignored() -> None:
    # Reported: `nohup ballerina-data export ...` was still stopped by a hang-up: the
    # command line set its own handler over the ignored SIGHUP.
    script = (
        "import os, signal, sys\n"
        "from ballerina_data import _cli\n"
        "signal.signal(signal.SIGHUP, signal.SIG_IGN)\n"
        "def main():\n"
        "    os.kill(os.getpid(), signal.SIGHUP)\n"
        "    os.kill(os.getpid(), signal.SIGHUP)\n"
        "    print('finished')\n"
        "    return 0\n"
        "_cli.main = main\n"
        "_cli.run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True
    )
    assert (0, "finished\n") == (done.returncode, done.stdout)


def test_a_count_of_one_and_a_unit_written_plural_read_right() -> None:
    # Reported: "1 claims" in `sources`, and "2 hourss" for a unit written plural.
    from decimal import Decimal

    from ballerina_data import Quantity
    from ballerina_data._cli import _counted
    from ballerina_data._wording import amount_words

    assert ("1 claim", "2 claims") == (_counted(1, "claim"), _counted(2, "claim"))
    assert "2 hours" == amount_words(Quantity(amount=Decimal(2), unit="hours"))
    assert "2 hours" == amount_words(Quantity(amount=Decimal(2), unit="hour"))


@pytest.mark.parametrize(
    ("tamper", "first"),
    [
        # The first claim's quote replaced in its text by other words of its length.
        (
            lambda data, claim: data["texts"].update(
                {
                    claim["source"]: data["texts"][claim["source"]][: claim["evidence"]["start"]]
                    + "x" * len(claim["evidence"]["quote"])
                    + data["texts"][claim["source"]][claim["evidence"]["end"] :]
                }
            ),
            "text does not match its sha256",
        ),
        # A value its quote does not say.
        (
            lambda data, claim: claim["value"].update(text="Swan Lake"),
            "value characters: value.text: 'Swan Lake' is not made of runs of its quote",
        ),
    ],
    ids=["changed-text", "changed-value"],
)
def test_a_catalog_file_that_does_not_verify_is_refused_on_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tamper: Any, first: str
) -> None:
    # Reported: a catalog file whose text no longer held a quote at its offsets was
    # answered from, while a data folder with that problem was refused.
    data = json.loads(Catalog.default().to_json())
    tamper(data, data["claims"][0])
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    expected = Catalog.from_json(path.read_text(encoding="utf-8")).verify()
    assert 1 == main(["--catalog", str(path), "claims", "--about", "film/ballerina-2024"])
    captured = capsys.readouterr()
    assert "" == captured.out
    (line,) = captured.err.splitlines()
    assert line.startswith(f"ballerina-data: error: {path}: {expected[0].where}: "), line
    assert first in line
    more = len(expected) - 1
    assert line.endswith(f"; and {more} more problem{'s' if more > 1 else ''}" if more else "")


def _shift(evidence: dict[str, Any]) -> None:
    evidence.update(start=evidence["start"] + 1, end=evidence["end"] + 1)


def _requote(evidence: dict[str, Any]) -> None:
    evidence.update(quote="X" + evidence["quote"][1:])


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (lambda claim: claim.update(subject="film/nope"), "unknown subject 'film/nope'"),
        (lambda claim: _shift(claim["evidence"]), "004-001: quote not at"),
        (lambda claim: _requote(claim["evidence"]), "004-001: quote not at"),
        (
            lambda claim: claim["value"].update(text="Swan Lake"),
            "004-001: value characters: value.text: 'Swan Lake'",
        ),
    ],
    ids=["unknown-subject", "shifted-offset", "changed-quote", "changed-value"],
)
def test_a_whole_data_folder_with_one_bad_claim_says_what_is_wrong_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tamper: Any, expected: str
) -> None:
    # Reported: a copy of the package's data folder with one bad claim said "39 duplicate
    # entity ids": the folder was read on the shipped data, which has its sources too.
    import shutil

    import ballerina_data as bd

    data = tmp_path / "data"
    shutil.copytree(Path(bd.__file__).parent / "data", data)
    path = data / "claims" / "004_b4ce8e805ad99088.json"
    claims = json.loads(path.read_text(encoding="utf-8"))
    assert "004-001" == claims[0]["id"]
    assert "text" == claims[0]["value"]["type"]
    tamper(claims[0])
    path.write_text(json.dumps(claims, ensure_ascii=False), encoding="utf-8")
    assert 1 == main(["--catalog", str(data), "verify"])
    captured = capsys.readouterr()
    # Verify lists the folder's problems, one a line, each after its file (or the folder).
    assert "" == captured.err
    (line,) = captured.out.splitlines()
    assert line.startswith((f"{data}{os.sep}", f"{data}: "))
    assert "duplicate" not in line
    assert expected in line, line


def test_a_changed_text_in_a_data_folder_is_its_sha256_not_duplicate_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: one byte of texts/<id>.txt changed in a data folder (a copy of the package's,
    # as `curate --into` keeps), and `--catalog DIR` said "duplicate ids", as did
    # curate.load(DIR): the folder read on top of the shipped data.
    import shutil

    from ballerina_data import curate
    from catalog_under_test import data_folder

    folder = tmp_path / "data"
    shutil.copytree(data_folder(), folder)
    (tmp_path / "text.txt").write_text(MY_NOTES_TEXT, encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps(MY_NOTES), encoding="utf-8")
    curation = [str(tmp_path / "text.txt"), str(tmp_path / "c.json")]
    assert 0 == main(["curate", *curation, "--into", str(folder)])
    assert 0 == main(["--catalog", str(folder), "sources"])
    capsys.readouterr()
    text = folder / "texts/my-notes.txt"
    text.write_bytes(text.read_bytes().replace(b"stars", b"Stars"))
    assert 1 == main(["--catalog", str(folder), "sources"])
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(
        f"ballerina-data: error: {text}: my-notes: text does not match its sha256"
    )
    assert "duplicate" not in line
    with pytest.raises(
        InvalidDataError, match=rf"^{re.escape(str(text))}: my-notes: text does not"
    ):
        curate.load(folder)


def test_an_empty_folder_as_catalog_says_what_a_data_folder_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: "not a regular file", as if a folder could not be a catalog.
    assert 1 == main(["--catalog", str(tmp_path), "sources"])
    assert (
        f"ballerina-data: error: {tmp_path}: not a data folder: it has no sources.json (a data"
        " folder holds sources.json, entities.json, claims/<source id>.json and"
        " texts/<source id>.txt, as curate writes them)\n"
    ) == capsys.readouterr().err


def test_an_undated_source_is_listed_as_undated(tmp_path: Path) -> None:
    # Reported: "?" in `sources`, "undated" in every other legend.
    data = json.loads(Catalog.default().to_json())
    data["sources"][0].pop("published")
    data["sources"][0].pop("published_note", None)
    path = tmp_path / "undated.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("--catalog", str(path), "sources")
    first = data["sources"][0]["id"]
    assert [line.split()[1] for line in result.stdout.splitlines() if first in line] == ["undated"]


def test_every_format_character_but_the_emoji_joiner_is_shown_as_an_escape() -> None:
    # Reported: a fixed list left 140 format characters (U+206A-206F, U+FFF9-FFFB, the tag
    # characters, ...) raw: "Zed Zed\u206fson" printed as "Zed Zedson".
    import sys
    import unicodedata

    from ballerina_data._terminal import _CONTROL

    formats = [c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    shown = "".join(map(chr, formats)).translate(_CONTROL)
    assert "\u200d" in shown
    assert all(ord(c) < 0x80 for c in shown.replace("\u200d", ""))
    assert "Zed Zed\u206fson".translate(_CONTROL) == "Zed Zed\\u206fson"
    assert "\U0001f469\u200d\U0001f4bb é".translate(_CONTROL) == "\U0001f469\u200d\U0001f4bb é"


def test_json_output_escapes_a_file_names_bytes_that_are_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: a non-UTF-8 file name's byte was written as it is, so the output was no
    # UTF-8 JSON text a strict reader takes.
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/b\xe9.json")
    with open(name, "w", encoding="ascii") as broken:
        broken.write("{")
    main(["--json", "--catalog", name, "verify"])
    out = capsys.readouterr().out
    assert all(not "\ud800" <= char <= "\udfff" for char in out)
    (problem,) = json.loads(out.encode("utf-8"))
    assert problem["file"].endswith("b\udce9.json")
