"""One writer for every file the library writes: each case first set up as it was reported
(a live or crashed SQLite writer, a link planted in an output folder, a full disk), then
the behaviour now."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from ballerina_data import (
    BallerinaDataError,
    Catalog,
    InvalidDataError,
    Person,
    WriteError,
    curate,
    export,
)
from ballerina_data._cli import main
from ballerina_data._sqlite import marked
from ballerina_data._write import Folder, write_directory, write_file

CATALOG = Catalog.default()
TEXT = "Ana de Armas stars in Ballerina. “Ballerina” opens on June 6, 2025. Ballerina!"


def _text(source: str) -> str:
    """The text of a source other than my-notes: :data:`TEXT` and its id, as two sources
    of one text are one document, which a catalog refuses."""
    return f"{TEXT} ({source})"


def _document(
    source: str = "my-notes", claim: str | None = None, **extra: object
) -> dict[str, object]:
    return {
        "source": {"id": source, "published": "2025-06-01", "published_note": "mine"},
        "claims": [
            {
                "id": claim or f"{source}-001",
                "subject": "film/ballerina-2024",
                "predicate": "cast_member",
                "value": {"type": "entity", "id": "Ana De Armas"},
                "quote": "Ana de Armas stars in Ballerina",
                **extra,
            }
        ],
    }


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.rglob("*") if p.name.startswith("."))


def _old_database(path: Path, journal: str, *, crash: bool) -> subprocess.Popen[str] | None:
    """An SQLite database at ``path`` written by another process, left as a writer leaves it:
    in WAL mode with a WAL nobody checkpointed, or mid-transaction with a hot journal.
    Without ``crash``, the writer stays running (returned; the caller ends it)."""
    code = f"""
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = {journal}")
db.execute("CREATE TABLE old (x)")
db.execute("INSERT INTO old VALUES ('old')")
if "{journal}" == "WAL":
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("INSERT INTO old VALUES ('only in the WAL')")
else:
    db.execute("PRAGMA cache_size = 1")
    db.execute("BEGIN")
    db.execute("INSERT INTO old SELECT hex(randomblob(500)) FROM (WITH RECURSIVE n(i) AS"
               " (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT i FROM n)")
print("ready", flush=True)
if {crash}:
    os._exit(0)  # no checkpoint, no rollback: what a crash leaves
sys.stdin.readline()
"""
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert "ready\n" == child.stdout.readline()
    if crash:
        child.communicate(timeout=30)
        return None
    return child


class TestSQLiteSideFiles:
    @pytest.mark.parametrize(
        ("journal", "side_file"), [("WAL", "-wal"), ("DELETE", "-journal")], ids=["wal", "hot"]
    )
    def test_a_crashed_writers_side_file_is_refused_and_the_database_kept(
        self, tmp_path: Path, journal: str, side_file: str
    ) -> None:
        # Reported: exit 0, then the next reader replayed the stale WAL over the export and
        # saw the old database, or met a hot journal and found the schema malformed.
        target = tmp_path / "t.db"
        _old_database(target, journal, crash=True)
        assert (tmp_path / f"t.db{side_file}").exists()
        before = target.read_bytes()
        with pytest.raises(WriteError, match=f"t.db{side_file} is beside it") as refused:
            export.write(CATALOG, "sqlite", target)
        assert str(target) == refused.value.filename
        assert before == target.read_bytes()
        assert f"t.db{side_file}" in [p.name for p in tmp_path.iterdir()]
        assert [] == _leftovers(tmp_path)
        # The side file was the other writer's, and SQLite recovers it as it should.
        with sqlite3.connect(target) as db:
            assert ("old",) == db.execute("SELECT x FROM old LIMIT 1").fetchone()

    def test_a_database_open_in_another_process_is_refused(self, tmp_path: Path) -> None:
        target = tmp_path / "t.db"
        writer = _old_database(target, "WAL", crash=False)
        assert writer is not None
        try:
            assert 1 == main(["export", "--format", "sqlite", "--output", str(target)])
        finally:
            writer.communicate("\n", timeout=30)
        with sqlite3.connect(target) as db:
            assert 2 == db.execute("SELECT count(*) FROM old").fetchone()[0]

    def test_the_cli_says_which_side_file_and_why_in_one_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        target = tmp_path / "t.db"
        _old_database(target, "WAL", crash=True)
        assert 1 == main(["export", "--format", "sqlite", "--output", str(target)])
        (line,) = capsys.readouterr().err.splitlines()
        assert "t.db-wal is beside it" in line
        assert "crashed" in line
        assert line.endswith(str(target))

    def test_to_sqlite_leaves_no_journal_and_refuses_side_files(self, tmp_path: Path) -> None:
        target = tmp_path / "new.db"
        (tmp_path / "new.db-journal").write_bytes(b"stale")
        with pytest.raises(WriteError, match=r"new\.db-journal is beside it"):
            export.to_sqlite(CATALOG, target)
        assert not target.exists()
        (tmp_path / "new.db-journal").unlink()
        export.to_sqlite(CATALOG, target)
        assert ["new.db"] == [p.name for p in tmp_path.iterdir()]
        with sqlite3.connect(target) as db:
            assert len(CATALOG.claims) == db.execute("SELECT count(*) FROM claims").fetchone()[0]

    def test_an_sqlite_error_is_a_write_error_naming_the_path(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from ballerina_data import _sqlite

        def failing(*args: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(_sqlite, "_fill", failing)
        target = tmp_path / "t.db"
        with pytest.raises(WriteError, match="database or disk is full") as refused:
            export.write(CATALOG, "sqlite", target)
        assert (errno.ENOSPC, str(target)) == (refused.value.errno, refused.value.filename)
        assert [] == list(tmp_path.iterdir())


class TestLinksInAnOutputFolder:
    def test_a_planted_temporary_name_is_never_written_through(self, tmp_path: Path) -> None:
        # Reported: out/.sources.json.partial -> ../outside.txt made curate overwrite it.
        out = tmp_path / "out"
        out.mkdir()
        outside = tmp_path / "outside.txt"
        outside.write_text("theirs")
        (out / ".sources.json.partial").symlink_to(outside)
        curate.write(curate.build(TEXT, _document()), out)
        assert "theirs" == outside.read_text()
        assert not (out / "sources.json").is_symlink()
        assert "my-notes" in (out / "sources.json").read_text()

    @pytest.mark.parametrize("planted", ["sources.json", "texts", "claims"])
    def test_a_link_inside_the_folder_is_refused_not_followed(
        self, tmp_path: Path, planted: str
    ) -> None:
        out = tmp_path / "out"
        out.mkdir()
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        outside = elsewhere / "outside.txt"
        outside.write_text("theirs")
        (out / planted).symlink_to(outside if planted == "sources.json" else elsewhere)
        with pytest.raises(BallerinaDataError, match="symbolic link") as refused:
            curate.write(curate.build(TEXT, _document()), out)
        assert isinstance(refused.value, OSError) or planted == "sources.json"
        assert ["outside.txt"] == [p.name for p in elsewhere.iterdir()]
        assert "theirs" == outside.read_text()
        assert (out / planted).is_symlink()

    def test_the_folder_named_may_be_a_link(self, tmp_path: Path) -> None:
        real = tmp_path / "real"
        real.mkdir()
        (tmp_path / "named").symlink_to(real)
        curate.write(curate.build(TEXT, _document()), tmp_path / "named")
        assert (real / "claims/my-notes.json").is_file()
        assert "my-notes" in [s.id for s in curate.load(tmp_path / "named").sources]

    def test_a_catalog_build_never_made_is_not_laid_out(self, tmp_path: Path) -> None:
        # Reported: curate.write into a new folder checked nothing, and wrote a person named
        # in no text: a folder that neither loaded nor took another source.
        stray = Catalog(people=[Person(id="person/xyz", name="Xyz Abc")])
        with pytest.raises(
            InvalidDataError, match=r"out: not written: person/xyz: name 'Xyz Abc' occurs in no"
        ):
            curate.write(stray, tmp_path / "out")
        assert [] == list(tmp_path.iterdir())
        curate.write(curate.build(TEXT, _document()), tmp_path / "out")  # a built one is
        assert "my-notes" in [s.id for s in curate.load(tmp_path / "out").sources]

    def test_a_relative_folder_from_a_removed_working_folder_is_one_write_error(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Reported: a bare FileNotFoundError naming no path, not the documented WriteError.
        gone = tmp_path / "gone"
        gone.mkdir()
        monkeypatch.chdir(gone)
        gone.rmdir()
        with pytest.raises(WriteError, match=r"No such file or directory: 'out'$"):
            curate.write(curate.build(TEXT, _document()), "out")
        assert [] == list(tmp_path.iterdir())


class TestCurateFiles:
    def test_modes_are_kept_and_read_only_files_refused(self, tmp_path: Path) -> None:
        # Reported: a read-only sources.json was replaced and came back 0644.
        curate.write(curate.build(TEXT, _document()), tmp_path)
        (tmp_path / "entities.json").chmod(0o640)
        curate.write(curate.build(_text("second"), _document("second")), tmp_path)
        assert 0o640 == stat.S_IMODE((tmp_path / "entities.json").stat().st_mode)
        listed = (tmp_path / "sources.json").read_text()
        (tmp_path / "sources.json").chmod(0o444)
        with pytest.raises(WriteError, match="read-only, refusing to replace it") as refused:
            curate.write(curate.build(_text("third"), _document("third")), tmp_path)
        assert str(tmp_path / "sources.json") == refused.value.filename
        assert listed == (tmp_path / "sources.json").read_text()
        assert [] == _leftovers(tmp_path)
        # A refusal of the last file leaves none of the run's files: the third source's
        # claims and text were written first, and stayed.
        assert not (tmp_path / "claims/third.json").exists()
        assert not (tmp_path / "texts/third.txt").exists()

    def test_recurating_a_source_replaces_its_entities(self, tmp_path: Path) -> None:
        # Reported: a corrected new entity failed with "conflicting records".
        def with_person(name: str, note: str | None = None) -> dict[str, object]:
            document = _document(
                value={"type": "entity", "id": "person/new-star"},
                quote="Ballerina with Nu Star",
                **({} if note is None else {"note": note}),
            )
            document["entities"] = {"people": [{"id": "person/new-star", "name": name}]}
            return document

        text = "Ana de Armas stars in Ballerina with Nu Star."
        # "Star" of "Nu Star" is a word inside a longer name: a note says whom it means.
        curate.write(curate.build(text, with_person("Star", "'Nu Star' is Star.")), tmp_path)
        curate.write(curate.build(text, with_person("Nu Star")), tmp_path)
        assert "Nu Star" == curate.load(tmp_path).person("person/new-star").name

    def test_an_entity_another_source_names_is_not_replaced(self, tmp_path: Path) -> None:
        def with_person(source: str, claim: str, name: str) -> dict[str, object]:
            document = _document(
                source,
                claim,
                value={"type": "entity", "id": "person/n"},
                quote="Ana de Armas stars in Ballerina with Nu Star",
            )
            document["entities"] = {"people": [{"id": "person/n", "name": name}]}
            return document

        text = "Ana de Armas stars in Ballerina with Nu Star."
        curate.write(curate.build(text, with_person("a", "a-1", "Nu Star")), tmp_path)
        curate.write(curate.build(f"{text} (b)", with_person("b", "b-1", "Nu Star")), tmp_path)
        with pytest.raises(BallerinaDataError, match="person/n"):
            curate.write(curate.build(text, with_person("a", "a-1", "Ana")), tmp_path)

    def test_a_tampered_source_already_there_names_its_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Reported: not flagged, and the message said "verified".
        curate.write(curate.build(TEXT, _document()), tmp_path)
        seed = tmp_path / "texts/my-notes.txt"
        seed.write_text(TEXT.replace("Ana", "Anna"), encoding="utf-8")
        (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / "c.json").write_text(json.dumps(_document("other")), "utf-8")
        out = str(tmp_path)
        assert 1 == main(
            ["curate", str(tmp_path / "t.txt"), str(tmp_path / "c.json"), "--output", out]
        )
        (line,) = capsys.readouterr().err.splitlines()
        assert f"{tmp_path}/texts/my-notes.txt: my-notes: text does not match its sha256" in line
        assert "verified" not in line
        with pytest.raises(BallerinaDataError, match=r"texts/my-notes\.txt"):
            curate.load(tmp_path)

    @pytest.mark.parametrize(
        "mine", ["entities.json", "claims/my-notes.json", "texts/my-notes.txt"]
    )
    def test_a_users_file_where_no_curate_wrote_is_refused(
        self, tmp_path: Path, mine: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Reported: into a folder without sources.json, `curate --output` replaced a user's
        # own entities.json, claims/<id>.json and texts/<id>.txt, with exit 0.
        (tmp_path / mine).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / mine).write_text("my own draft")
        with pytest.raises(WriteError, match="no earlier curate wrote") as refused:
            curate.write(curate.build(TEXT, _document()), tmp_path)
        assert (str(tmp_path / mine), errno.EEXIST) == (
            refused.value.filename,
            refused.value.errno,
        )
        assert "my own draft" == (tmp_path / mine).read_text()
        assert not (tmp_path / "sources.json").exists()
        (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / "c.json").write_text(json.dumps(_document()), "utf-8")
        command = ["curate", str(tmp_path / "t.txt"), str(tmp_path / "c.json")]
        assert 1 == main([*command, "--output", str(tmp_path)])
        (line,) = capsys.readouterr().err.splitlines()
        assert line.endswith(
            f"has no sources.json), refusing to replace it; give a new folder,"
            f" or move the file: {tmp_path / mine}"
        )

    def test_only_the_files_of_the_sources_listed_are_replaced(self, tmp_path: Path) -> None:
        curate.write(curate.build(TEXT, _document()), tmp_path)
        curate.write(curate.build(TEXT, _document()), tmp_path)  # its own files: replaced
        (tmp_path / "claims/other.json").write_text("my own draft")
        with pytest.raises(WriteError, match=r"sources\.json lists no source of it") as refused:
            curate.write(curate.build(_text("other"), _document("other")), tmp_path)
        assert str(tmp_path / "claims/other.json") == refused.value.filename
        assert "my own draft" == (tmp_path / "claims/other.json").read_text()
        assert {"my-notes"} == {s.id for s in curate.load(tmp_path).sources} - {
            s.id for s in Catalog.default().sources
        }

    def test_a_failed_run_removes_only_the_empty_folders_it_created(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def full(*args: object) -> None:
            raise WriteError(errno.ENOSPC, "No space left on device", "x")

        monkeypatch.setattr(Folder, "write_all", full)
        (tmp_path / "a").mkdir()
        with pytest.raises(WriteError, match="No space left on device"):
            curate.write(curate.build(TEXT, _document()), tmp_path / "a/b/c")
        assert [tmp_path / "a"] == list(tmp_path.rglob("*"))

    def test_a_bad_file_already_there_names_its_file(self, tmp_path: Path) -> None:
        curate.write(curate.build(TEXT, _document()), tmp_path)
        claims = tmp_path / "claims/my-notes.json"
        claims.write_text(claims.read_text().replace('"film/ballerina-2024"', '"film/gone"'))
        with pytest.raises(BallerinaDataError, match=f"film/gone.*in {tmp_path}"):
            curate.write(curate.build(_text("other"), _document("other")), tmp_path)


def _full_filesystem(tmp_path: Path, size: str = "96k") -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


full_filesystem = pytest.fixture(_full_filesystem)


class TestAFullDisk:
    @pytest.mark.parametrize("fmt", ["json", "csv", "sqlite"])
    def test_an_export_is_one_line_naming_the_file_and_leaves_nothing(
        self, full_filesystem: Path, fmt: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        target = full_filesystem / f"export.{fmt}"
        target.write_text("previous")
        assert 1 == main(["export", "--format", fmt, "--output", str(target)])
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith("ballerina-data: error: ")
        assert line.endswith(f": {target}")
        assert "No space left on device" in line or "full" in line
        assert "previous" == target.read_text()
        assert ["export." + fmt] == [p.name for p in full_filesystem.iterdir()]

    @pytest.mark.parametrize("fmt", ["datapackage", "site"])
    def test_a_folder_export_names_the_folder_not_a_temporary_one(
        self, full_filesystem: Path, fmt: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Reported: "No space left on device: .../.dp.6021394ccd56e12b.tmp" (to_datapackage
        # built a second temporary folder inside the first, and named it).
        target = full_filesystem / "out"
        assert 1 == main(["export", "--format", fmt, "--output", str(target)])
        assert [f"ballerina-data: error: No space left on device: {target}"] == (
            capsys.readouterr().err.splitlines()
        )
        assert [] == list(full_filesystem.iterdir())

    def test_the_api_raises_a_write_error_that_is_an_os_error(self, full_filesystem: Path) -> None:
        for fmt in ("jsonl", "sqlite"):
            with pytest.raises(OSError, match=r"No space left on device|disk is full") as refused:
                export.write(CATALOG, fmt, full_filesystem / "x")
            assert isinstance(refused.value, WriteError)
            assert errno.ENOSPC == refused.value.errno
        assert [] == list(full_filesystem.iterdir())

    def test_curate_is_one_line_naming_the_file(self, full_filesystem: Path) -> None:
        text = TEXT + " " + "padding " * 20_000
        with pytest.raises(WriteError, match="No space left on device") as refused:
            curate.write(curate.build(text, _document()), full_filesystem / "out")
        assert str(full_filesystem / "out/texts/my-notes.txt") == refused.value.filename
        assert [] == _leftovers(full_filesystem)

    def test_a_failed_curate_run_leaves_no_file_of_its_own(self, full_filesystem: Path) -> None:
        # Reported: claims/s1.json was written, texts/s1.txt failed, and claims/s1.json
        # stayed, listed nowhere.
        out = full_filesystem / "out"
        with pytest.raises(WriteError, match="No space left on device"):
            curate.write(curate.build(TEXT + " " + "padding " * 20_000, _document()), out)
        assert [] == list(full_filesystem.iterdir())  # nor the folder it created

    def test_a_failed_curate_run_removes_the_folders_it_created(
        self, full_filesystem: Path
    ) -> None:
        # Reported: `curate ... --output small/a/b/c` on a full disk left a/b/c.
        big = curate.build(TEXT + " " + "padding " * 20_000, _document())
        with pytest.raises(WriteError, match="No space left on device"):
            curate.write(big, full_filesystem / "a/b/c")
        assert [] == list(full_filesystem.iterdir())

    def test_a_failed_curate_run_leaves_the_files_it_would_replace(
        self, full_filesystem: Path
    ) -> None:
        out = full_filesystem / "out"
        curate.write(curate.build(TEXT, _document()), out)
        before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
        big = TEXT + " " + "padding " * 20_000
        for document in (_document(), _document("other")):  # replacing one, adding one
            with pytest.raises(WriteError, match="No space left on device"):
                curate.write(curate.build(big, document), out)
            assert before == {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
            assert sorted(["claims", "texts", *(p.name for p in before)]) == sorted(
                p.name for p in out.rglob("*")
            )


@pytest.fixture
def ctrl_c() -> Iterator[None]:
    """Ctrl-C raising KeyboardInterrupt, as in a program (a test runner's worker may have
    another handler, or ignore it)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class TestTheDirectoryWriter:
    @staticmethod
    def _site(pages: dict[str, str]) -> Callable[[str], None]:
        def fill(folder: str) -> None:
            for name, content in pages.items():
                Path(folder, name).parent.mkdir(parents=True, exist_ok=True)
                Path(folder, name).write_text(content)

        return fill

    def test_a_folder_is_built_beside_and_renamed_into_place(self, tmp_path: Path) -> None:
        site = tmp_path / "site"
        write_directory(
            str(site), self._site({"index.html": "one", "films/a.html": "a"}), export_format="site"
        )
        write_directory(
            str(site), self._site({"index.html": "two", "films/b.html": "b"}), export_format="site"
        )
        assert "two" == (site / "index.html").read_text()
        assert ["b.html"] == [p.name for p in (site / "films").iterdir()]
        assert ["site"] == [p.name for p in tmp_path.iterdir()]

    def test_a_file_written_after_the_check_is_kept_and_the_export_refused(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Reported: a file written into the folder between its check and its rename (a
        # user's, or a curate run's) was deleted with the old export, exit 0.
        from ballerina_data import _write

        site = tmp_path / "site"
        write_directory(str(site), self._site({"index.html": "one"}), export_format="site")
        checked = _write._check_old_export

        def and_then_a_write(folder: str, export_format: str, given: str) -> None:
            checked(folder, export_format, given)
            Path(folder, "notes.txt").write_text("mine")

        monkeypatch.setattr(_write, "_check_old_export", and_then_a_write)
        with pytest.raises(WriteError, match=r"changed while it was being replaced"):
            write_directory(str(site), self._site({"index.html": "two"}), export_format="site")
        assert ("mine", "one") == tuple(
            (site / name).read_text() for name in ("notes.txt", "index.html")
        )
        assert ["site"] == [p.name for p in tmp_path.iterdir()]

    def test_a_curate_run_waiting_on_the_folder_writes_into_the_new_one(
        self, tmp_path: Path
    ) -> None:
        # The export holds the lock curate takes: a run that opened the folder before the
        # export replaced it writes into the folder at the path once it has the lock.
        import threading

        out = tmp_path / "out"
        out.mkdir()
        written = threading.Event()

        def curating() -> None:
            curate.write(curate.build(_text("my-notes"), _document()), out)
            written.set()

        thread = threading.Thread(target=curating)
        with Folder(str(out)) as held:  # as the export holds it
            held.lock()
            thread.start()
            assert not written.wait(0.5)  # waiting for the lock
            out.rename(tmp_path / "aside")
            out.mkdir()
        thread.join(30)
        assert written.is_set()
        assert (out / "sources.json").exists()
        assert [] == os.listdir(tmp_path / "aside")

    def test_a_folder_holding_other_things_is_refused(self, tmp_path: Path) -> None:
        home = tmp_path / "home"
        home.mkdir()
        (home / "thesis.tex").write_text("mine")
        with pytest.raises(
            WriteError, match=r"holds files or folders no export wrote, or changed since \(thesis"
        ):
            write_directory(str(home), self._site({"index.html": "x"}), export_format="site")
        assert ["thesis.tex"] == [p.name for p in home.iterdir()]
        assert ["home"] == [p.name for p in tmp_path.iterdir()]

    def test_a_file_someone_put_in_a_subfolder_is_refused_at_any_depth(
        self, tmp_path: Path
    ) -> None:
        # Reported: re-exporting a site deleted site/film/notes.txt; only top-level extras
        # were refused.
        site = tmp_path / "site"
        assert 0 == main(["export", "--format", "site", "--output", str(site)])
        (site / "film" / "notes.txt").write_text("mine")
        with pytest.raises(
            WriteError, match=r"no export wrote, or changed since \(film/notes\.txt\)"
        ) as refused:
            export.write(CATALOG, "site", site)
        assert str(site) == refused.value.filename
        assert "mine" == (site / "film" / "notes.txt").read_text()
        (site / "film" / "notes.txt").unlink()
        export.write(CATALOG, "site", site)  # an earlier export of its own is replaced

    @pytest.mark.parametrize(
        ("format_", "name"), [("datapackage", "claims.csv"), ("site", "index.html")]
    )
    def test_a_users_file_named_as_an_export_file_is_refused(
        self, tmp_path: Path, format_: str, name: str
    ) -> None:
        # Reported: a folder holding only the user's own claims.csv was replaced (exit 0),
        # as the export writes a file of that name.
        mine = tmp_path / "mine"
        mine.mkdir()
        (mine / name).write_text("my own")
        with pytest.raises(WriteError, match=rf"no export wrote, or changed since \({name}\)"):
            export.write(CATALOG, format_, mine)
        assert [name] == [p.name for p in mine.iterdir()]
        assert "my own" == (mine / name).read_text()

    def test_what_an_earlier_export_wrote_and_this_one_does_not_is_replaced(
        self, tmp_path: Path
    ) -> None:
        site = tmp_path / "site"
        write_directory(
            str(site), self._site({"films/a.html": "a", "films/b.html": "b"}), export_format="site"
        )
        write_directory(str(site), self._site({"films/a.html": "a2"}), export_format="site")
        assert ["a.html"] == [p.name for p in (site / "films").iterdir()]
        (site / "films" / "link").symlink_to(tmp_path)
        with pytest.raises(WriteError, match=r"no export wrote, or changed since \(films/link\)"):
            write_directory(str(site), self._site({"films/a.html": "a3"}), export_format="site")
        assert "a2" == (site / "films" / "a.html").read_text()

    def test_an_empty_folder_someone_made_is_refused_at_any_depth(self, tmp_path: Path) -> None:
        # Reported: `export --format site --output proj` deleted proj/src/module and
        # proj/data, folders holding nothing, as if proj were empty (exit 0).
        proj = tmp_path / "proj"
        (proj / "src" / "module").mkdir(parents=True)
        (proj / "data").mkdir()
        with pytest.raises(
            WriteError, match=r"no export wrote, or changed since \(data/, src/, src/module/\)"
        ):
            export.write(CATALOG, "site", proj)
        assert ["data", "module", "src"] == sorted(p.name for p in proj.rglob("*"))
        assert ["proj"] == [p.name for p in tmp_path.iterdir()]
        # Deeper down, in an export of its own: site/film/drafts/.
        site = tmp_path / "site"
        write_directory(str(site), self._site({"film/a.html": "a"}), export_format="site")
        (site / "film" / "drafts").mkdir()
        with pytest.raises(WriteError, match=r"no export wrote, or changed since \(film/drafts/\)"):
            write_directory(str(site), self._site({"film/a.html": "a2"}), export_format="site")
        assert (site / "film" / "drafts").is_dir()

    def test_an_entirely_empty_folder_is_replaced(self, tmp_path: Path) -> None:
        empty = tmp_path / "empty"
        empty.mkdir(mode=0o750)
        write_directory(str(empty), self._site({"index.html": "x"}), export_format="site")
        assert "x" == (empty / "index.html").read_text()
        assert 0o750 == stat.S_IMODE(empty.stat().st_mode)

    @pytest.mark.parametrize("inside", ["", "deeper"])
    def test_the_working_folder_is_never_replaced(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inside: str
    ) -> None:
        # Reported: `export --output .` in an empty folder replaced the shell's own folder,
        # and the shell's next command failed with no word of why.
        here = tmp_path / "here"
        (here / inside).mkdir(parents=True)
        monkeypatch.chdir(here / inside)
        with pytest.raises(WriteError, match="is the current folder or holds it"):
            write_directory(str(here), self._site({"index.html": "x"}), export_format="site")
        assert (here / inside).is_dir()
        assert [] == [p.name for p in tmp_path.iterdir() if p.name != "here"]

    def test_the_listing_names_folders_and_stamps_files(self, tmp_path: Path) -> None:
        site = tmp_path / "site"
        write_directory(
            str(site),
            self._site({"film/cast/a.html": "a", "index.html": "i"}),
            export_format="site",
        )
        listing = (site / ".ballerina-data-files").read_text().splitlines()
        stamps = [
            f"{name}\t{(site / name).stat().st_size}\t{(site / name).stat().st_mtime_ns}"
            for name in ("film/cast/a.html", "index.html")
        ]
        assert ["format: site", "film/", "film/cast/", stamps[0], stamps[1]] == listing
        # The folders holding a listed file are the export's too, listed or not.
        (site / ".ballerina-data-files").write_text("\n".join(["format: site", *stamps]) + "\n")
        write_directory(str(site), self._site({"index.html": "i2"}), export_format="site")
        assert ["index.html"] == [p.name for p in site.iterdir() if p.name[0] != "."]

    def test_a_listed_file_changed_since_or_named_by_a_planted_listing_is_refused(
        self, tmp_path: Path
    ) -> None:
        # Reported: a listing planted in a folder (one that came with a cloned repository)
        # named the folder's own files, and an export into it deleted them.
        site = tmp_path / "site"
        write_directory(
            str(site), self._site({"index.html": "i", "film/a.html": "a"}), export_format="site"
        )
        (site / "film" / "a.html").write_text("my edit")
        with pytest.raises(WriteError, match=r"or changed since \(film/a\.html\)"):
            write_directory(str(site), self._site({"index.html": "i2"}), export_format="site")
        assert "my edit" == (site / "film" / "a.html").read_text()
        clone = tmp_path / "clone"
        clone.mkdir()
        (clone / "README.md").write_text("theirs")
        (clone / ".ballerina-data-files").write_text("README.md\n")  # no stamp: no listing
        with pytest.raises(WriteError, match=r"or changed since \(.*README\.md\)"):
            write_directory(str(clone), self._site({"index.html": "i"}), export_format="site")
        # With a made-up stamp too.
        (clone / ".ballerina-data-files").write_text("README.md\t6\t1000\n")
        with pytest.raises(WriteError, match=r"or changed since \(README\.md\)"):
            write_directory(str(clone), self._site({"index.html": "i"}), export_format="site")
        assert "theirs" == (clone / "README.md").read_text()

    @pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0,
        reason="drops to the user nobody, which only root can; root itself reads everything",
    )
    def test_a_folder_this_process_cannot_read_is_refused_before_anything_moves(
        self, tmp_path: Path
    ) -> None:
        # Reported: run as a user, an export over site/ holding only private/ (mode 0300)
        # did not see diary.txt, renamed site/ to .site.PID-....old, failed to remove it,
        # and a later export's clean-up deleted the diary.
        import pwd
        import tempfile

        nobody = pwd.getpwnam("nobody")
        shared = Path(tempfile.mkdtemp())  # under /tmp: tmp_path is root's alone
        try:
            shared.chmod(0o777)
            private = shared / "site" / "private"
            private.mkdir(parents=True)
            (private / "diary.txt").write_text("mine")
            for path in (shared / "site", private, private / "diary.txt"):
                os.chown(path, nobody.pw_uid, nobody.pw_gid)
            private.chmod(0o300)
            site = self._site({"index.html": "x"})
            # The child, as nobody, cannot read the modules under /root: a first write here
            # imports what the write imports lazily, and the fork inherits them.
            write_directory(str(tmp_path / "first"), site, export_format="site")
            read, written = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: no exec, so the interpreter under /root is not needed
                said = "written"
                try:
                    os.setgid(nobody.pw_gid)
                    os.setuid(nobody.pw_uid)
                    write_directory(str(shared / "site"), site, export_format="site")
                except BaseException as exc:  # reported to the parent
                    said = f"{type(exc).__name__}: {exc}"
                finally:
                    os.write(written, said.encode())
                    os._exit(0)
            os.close(written)
            with open(read, "rb") as answer:
                said = answer.read().decode()
            os.waitpid(pid, 0)
            assert said.startswith("WriteError: ")
            assert "cannot read (private)" in said
            assert ["site"] == [p.name for p in shared.iterdir()]
            assert "mine" == (private / "diary.txt").read_text()
        finally:
            for path in (shared / "site" / "private", shared / "site", shared):
                with contextlib.suppress(OSError):
                    path.chmod(0o700)
            import shutil

            shutil.rmtree(shared)

    def test_a_stale_old_folder_is_removed_only_when_an_export_listed_all_it_holds(
        self, tmp_path: Path
    ) -> None:
        # The folder a killed export renamed aside: removed by the next export only when
        # it is an export's; someone's folder (or anything added to it) is never deleted.
        site = tmp_path / "site"
        write_directory(str(site), self._site({"film/a.html": "a"}), export_format="site")
        from ballerina_data._write import _machine

        gone = f"999999999-{_machine()}"  # above any process id Linux gives
        exported = tmp_path / f".site.{gone}-{'0' * 16}.old"
        theirs = tmp_path / f".site.{gone}-{'1' * 16}.old"
        added = tmp_path / f".site.{gone}-{'2' * 16}.old"
        import shutil

        shutil.copytree(site, exported)
        shutil.copytree(site, added)
        (added / "film" / "notes.txt").write_text("mine")
        (theirs / "private").mkdir(parents=True)
        (theirs / "private" / "diary.txt").write_text("mine")
        write_directory(str(site), self._site({"film/a.html": "a2"}), export_format="site")
        assert not exported.exists()
        assert "mine" == (theirs / "private" / "diary.txt").read_text()
        assert "mine" == (added / "film" / "notes.txt").read_text()

    def test_an_old_folder_that_cannot_be_removed_is_named_and_the_export_kept(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Reported: the run said only "Permission denied: site" though the new export was
        # in place and the old folder renamed aside.

        site = tmp_path / "site"
        write_directory(str(site), self._site({"index.html": "one"}), export_format="site")
        removing = os.unlink

        def refusing(path: str, *args: object, **kwargs: object) -> None:
            if path == "index.html":
                raise PermissionError(errno.EACCES, "Permission denied", path)
            removing(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "unlink", refusing)
        with pytest.raises(WriteError, match=r"written, but the folder it replaced") as failed:
            write_directory(str(site), self._site({"index.html": "two"}), export_format="site")
        (old,) = [p for p in tmp_path.iterdir() if p.name.endswith(".old")]
        assert old.name in str(failed.value)
        assert "two" == (site / "index.html").read_text()
        assert "one" == (old / "index.html").read_text()

    def test_a_stale_old_folder_cut_short_is_removed(self, tmp_path: Path) -> None:
        # Reported: a kill while an export removed the folder it replaced left the rest of
        # it, unlisted, beside the target for good. The listing goes last, so what is left
        # is still wholly listed, and the next export removes it.
        import shutil

        site = tmp_path / "site"
        write_directory(
            str(site), self._site({"a/1.html": "1", "b/2.html": "2"}), export_format="site"
        )
        from ballerina_data._write import _machine

        left = tmp_path / f".site.999999999-{_machine()}-{'0' * 16}.old"
        shutil.copytree(site, left)
        shutil.rmtree(left / "a")  # removed before the kill; b/ and the listing were not
        write_directory(str(site), self._site({"c.html": "3"}), export_format="site")
        assert ["site"] == [p.name for p in tmp_path.iterdir()]

    @pytest.mark.usefixtures("ctrl_c")
    def test_an_export_stopped_while_removing_the_old_folder_removes_it_first(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from ballerina_data import _write

        site = tmp_path / "site"
        write_directory(str(site), self._site({"a/1.html": "1"}), export_format="site")
        removing = _write._remove_tree
        stops: list[str] = []

        def stopped_once(folder: int, name: str) -> None:
            if name == "a" and not stops:
                stops.append(name)
                os.kill(os.getpid(), signal.SIGINT)  # held until the old folder is gone
            removing(folder, name)

        monkeypatch.setattr(_write, "_remove_tree", stopped_once)
        with pytest.raises(KeyboardInterrupt):
            write_directory(str(site), self._site({"b.html": "2"}), export_format="site")
        assert stops
        assert ["site"] == [p.name for p in tmp_path.iterdir()]
        assert "2" == (site / "b.html").read_text()

    @pytest.mark.parametrize("shape", ["folder", "junk", "unstamped", "huge"])
    def test_a_listing_no_export_wrote_makes_the_folder_someones(
        self, tmp_path: Path, shape: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Reported: a folder named as the listing ended in a traceback (TypeError from the
        # error's message); a listing of junk was trusted and the folder replaced.
        from ballerina_data import _write

        site = tmp_path / "site"
        write_directory(str(site), self._site({"index.html": "one"}), export_format="site")
        listing = site / _write.LISTING
        listed = listing.read_text()
        listing.unlink()
        if shape == "folder":
            listing.mkdir()
        elif shape == "junk":
            listing.write_text("x" * 1000)
        elif shape == "unstamped":  # a file's line without its stamp
            listing.write_text("".join(line.split("\t")[0] + "\n" for line in listed.splitlines()))
        else:
            monkeypatch.setattr(_write, "MOST_LISTED_BYTES", len(listed) - 1)
            listing.write_text(listed)
        with pytest.raises(WriteError, match=r"holds files or folders no export wrote"):
            write_directory(str(site), self._site({"index.html": "two"}), export_format="site")
        assert "one" == (site / "index.html").read_text()

    def test_a_failing_build_leaves_nothing(self, tmp_path: Path) -> None:
        def fill(folder: str) -> None:
            Path(folder, "index.html").write_text("half")
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            write_directory(str(tmp_path / "site"), fill, export_format="site")
        assert [] == list(tmp_path.iterdir())

    def test_every_file_and_folder_is_synced_before_the_rename(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # The files are synced many at once (threads), each with its own fsync; the target's
        # parent last, once the folder has its name.
        synced: list[tuple[int, int]] = []
        real = os.fsync

        def recording(fd: int) -> None:
            info = os.fstat(fd)
            synced.append((info.st_dev, info.st_ino))
            real(fd)

        monkeypatch.setattr(os, "fsync", recording)
        pages = {f"{kind}/{n}.html": str(n) for kind in ("film", "person") for n in range(60)}
        site = tmp_path / "site"
        write_directory(str(site), self._site({"index.html": "x", **pages}), export_format="site")
        written = [site, *site.rglob("*")]
        names = {p.relative_to(site).as_posix() for p in written if p.is_file()}
        assert {"index.html", *pages} <= names
        assert {(p.stat().st_dev, p.stat().st_ino) for p in written} <= set(synced)
        assert synced[-1] == (tmp_path.stat().st_dev, tmp_path.stat().st_ino)
        assert synced.index((site.stat().st_dev, site.stat().st_ino)) > max(
            synced.index((p.stat().st_dev, p.stat().st_ino)) for p in site.rglob("*.html")
        )

    @pytest.mark.parametrize("error", [OSError(errno.EIO, "I/O error"), KeyboardInterrupt()])
    def test_a_failing_sync_leaves_nothing(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
    ) -> None:
        real = os.fsync
        calls = []

        def failing(fd: int) -> None:
            calls.append(fd)
            if len(calls) == 30:
                raise error
            real(fd)

        monkeypatch.setattr(os, "fsync", failing)
        pages = {f"film/{n}.html": str(n) for n in range(100)}
        expected = WriteError if isinstance(error, OSError) else KeyboardInterrupt
        with pytest.raises(expected) as raised:
            write_directory(str(tmp_path / "site"), self._site(pages), export_format="site")
        if isinstance(raised.value, WriteError):
            assert str(tmp_path / "site") == raised.value.filename
        assert [] == list(tmp_path.iterdir())


def test_the_file_writer_creates_its_temporary_file_exclusively(tmp_path: Path) -> None:
    seen: list[str] = []

    def fill(file: IO[bytes]) -> None:
        seen.extend(p.name for p in tmp_path.iterdir())
        file.write(b"done")

    write_file(str(tmp_path / "out.txt"), fill)
    write_file(str(tmp_path / "out.txt"), fill)
    first, second = (name for name in seen if name != "out.txt")
    assert first.startswith(".out.txt.")
    assert first.endswith(".tmp")
    assert first != second != "out.txt"
    assert b"done" == (tmp_path / "out.txt").read_bytes()


def test_a_folder_read_never_follows_a_link(tmp_path: Path) -> None:
    (tmp_path / "secret").write_text("secret")
    (tmp_path / "out").mkdir()
    (tmp_path / "out/sources.json").symlink_to(tmp_path / "secret")
    with Folder(str(tmp_path / "out")) as folder, pytest.raises(BallerinaDataError, match="link"):
        folder.read("sources.json", what="data file")


@pytest.mark.integration
def test_eight_curate_runs_into_one_folder_at_once_are_all_listed(tmp_path: Path) -> None:
    # Reported: every run said "ok ... written", yet sources.json listed 2 to 6 of the 8.
    out = tmp_path / "out"
    runs = []
    for number in range(8):
        text = tmp_path / f"t{number}.txt"
        text.write_text(_text(f"s{number}"), encoding="utf-8")  # one document, one source
        curation = tmp_path / f"c{number}.json"
        curation.write_text(json.dumps(_document(f"s{number}", f"s{number}-1")), "utf-8")
        runs.append(
            subprocess.Popen(
                [
                    *(sys.executable, "-m", "ballerina_data", "curate"),
                    *(str(text), str(curation), "--output", str(out)),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert (0, "") == (run.returncode, err)
    listed = {source["id"] for source in json.loads((out / "sources.json").read_text())}
    assert {f"s{number}" for number in range(8)} == listed
    assert 8 == len(curate.load(out).sources) - len(CATALOG.sources)
    assert [] == _leftovers(out)


def test_the_csv_of_an_empty_catalog_is_its_header_row() -> None:
    import csv
    import io

    out = io.StringIO()
    export.to_csv(Catalog(), out)
    full = io.StringIO()
    export.to_csv(CATALOG, full)
    assert full.getvalue().split("\r\n")[0] + "\r\n" == out.getvalue()
    assert list(next(iter(export.jsonl_rows(CATALOG)))) == next(
        csv.reader(io.StringIO(out.getvalue()))
    )


def test_a_link_planted_in_a_data_package_folder_is_not_written_through(tmp_path: Path) -> None:
    out = tmp_path / "out"
    export.to_datapackage(CATALOG, out)
    outside = tmp_path / "outside.txt"
    outside.write_text("theirs")
    (out / "claims.csv").unlink()
    (out / "claims.csv").symlink_to(outside)
    # The link is not the file the export listed: the folder is someone's now.
    with pytest.raises(WriteError, match=r"or changed since \(claims\.csv\)"):
        export.to_datapackage(CATALOG, out)
    assert "theirs" == outside.read_text()
    assert ["out", "outside.txt"] == sorted(p.name for p in tmp_path.iterdir())


def test_a_long_name_of_many_byte_characters_gets_a_temporary_name_that_fits(
    tmp_path: Path,
) -> None:
    target = tmp_path / ("é" * 127)  # 254 bytes: the longest name most file systems take
    export.write(CATALOG, "json", target)
    assert target.is_file()


@pytest.mark.parametrize("below", ["", "sub", "sub/deeper"])
def test_curate_refuses_an_output_folder_that_is_a_link_to_nothing(
    tmp_path: Path, below: str
) -> None:
    # Reported: --output LINK/sub, LINK a link to nothing, created LINK's target and wrote
    # there: only LINK itself was checked.
    (tmp_path / "out").symlink_to(tmp_path / "elsewhere" / "deep")
    with pytest.raises(WriteError, match="a symbolic link to a missing folder") as refused:
        curate.write(curate.build(TEXT, _document()), tmp_path / "out" / below)
    assert refused.value.filename == str(tmp_path / "out")
    assert ["out"] == [p.name for p in tmp_path.iterdir()]


def test_a_folder_writes_only_names_inside_it(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with Folder(str(tmp_path / "out")) as folder:
        for relative in ("../escaped.txt", "claims/../../escaped.txt", "/etc/x", "a//b"):
            with pytest.raises(WriteError, match="not a name inside the output folder"):
                folder.write_all({relative: b"x"})
    assert ["out"] == [p.name for p in tmp_path.iterdir()]


def test_a_datasette_export_is_replaced_as_a_set_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: on a disk with room for the database but not the metadata, `export --format
    # sqlite --datasette` replaced x.db, then failed on x.metadata.json: a new database
    # beside stale Datasette files.
    measured = tmp_path / "measured.db"
    export.write(CATALOG, "sqlite", measured)
    pages = -(-measured.stat().st_size // 4096)
    mounting = contextlib.contextmanager(_full_filesystem)
    command = ["export", "--format", "sqlite", "--datasette", "--output"]
    with mounting(tmp_path, f"{pages * 4 + 256}k") as small:
        names = ("x.db", "x.metadata.json", "x.datasette.json")
        # Small, and marked as an export marks its Datasette files, which it then replaces.
        previous = json.dumps(marked({"previous": True}))
        for name in names:
            (small / name).write_text(previous)
        room = os.statvfs(small)
        free = room.f_bavail * room.f_frsize
        # Room for the database alone: the metadata does not fit, even once the database
        # has replaced the previous file and freed its page.
        (small / "filler").write_bytes(b"\0" * (free - pages * 4096))
        assert 1 == main([*command, str(small / "x.db")])
        (line,) = capsys.readouterr().err.splitlines()
        # Room for the database alone: written last, it is the file that does not fit.
        assert line.endswith(f"database or disk is full: {small / 'x.db'}")
        assert [previous] * 3 == [(small / name).read_text() for name in names]
        assert [] == _leftovers(small)
        (small / "filler").unlink()
        assert 0 == main([*command, str(small / "x.db")])
        assert [] == _leftovers(small)
        assert ["x"] == list(json.loads((small / "x.metadata.json").read_text())["databases"])
        with contextlib.closing(sqlite3.connect(small / "x.db")) as database:
            assert database.execute("select count(*) from claims").fetchone()[0] > 0


_STOPPED_WRITER = """
import sys, time
from pathlib import Path
from ballerina_data._write import write_directory, write_file

def wait(*_: object) -> None:
    print("writing", flush=True)
    time.sleep(120)

if sys.argv[2] == "file":
    write_file(sys.argv[1], lambda file: (file.write(b"half"), wait()))
else:
    write_directory(
    sys.argv[1],
    lambda folder: (Path(folder, "a.html").write_text("a"), wait()),
    export_format="site",
)
"""


def test_a_temporary_of_another_machine_or_container_is_never_removed(tmp_path: Path) -> None:
    # Reported: a write in another process id namespace (a container on the same volume) or
    # on another host of a network file system took a live writer's temporary file for a
    # dead one's, by a process id that means nothing there, and removed it mid-write.
    from ballerina_data._write import _machine

    target = tmp_path / "out.json"
    other = "deadbeef" if _machine() != "deadbeef" else "feedface"
    theirs = tmp_path / f".out.json.999999999-{other}-{'0' * 16}.tmp"
    ours = tmp_path / f".out.json.999999999-{_machine()}-{'0' * 16}.tmp"
    theirs.write_text("a live writer's, elsewhere")
    ours.write_text("a dead writer's, here")

    def fill(file: IO[bytes]) -> None:
        file.write(b"whole")

    write_file(str(target), fill)
    assert {"out.json", theirs.name} == {p.name for p in tmp_path.iterdir()}
    assert re.fullmatch("[0-9a-f]{8}", _machine())


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_killed_writers_temporary_is_removed_by_the_next_write_not_a_live_ones(
    tmp_path: Path, kind: str
) -> None:
    # Reported: SIGKILL left .site.*.tmp folders that later exports never removed.
    target = tmp_path / ("out.json" if kind == "file" else "site")
    writers = []
    for _ in range(2):
        writer = subprocess.Popen(
            [sys.executable, "-c", _STOPPED_WRITER, str(target), kind],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert "writing\n" == writer.stdout.readline()
        writers.append(writer)
    killed, live = writers
    try:
        killed.kill()  # SIGKILL: no clean-up of its own runs
        killed.wait()
        left = {p.name for p in tmp_path.iterdir()}
        assert 2 == len(left)
        assert all(f".{target.name}." in name for name in left)
        if kind == "file":

            def fill(file: IO[bytes]) -> None:
                file.write(b"whole")

            write_file(str(target), fill)
        else:
            write_directory(
                str(target),
                lambda folder: Path(folder, "b.html").write_text("b"),
                export_format="site",
            )
        assert {target.name, *(n for n in left if f".{live.pid}-" in n)} == {
            p.name for p in tmp_path.iterdir()
        }
    finally:
        live.kill()
        live.wait()
        for writer in writers:
            assert writer.stdout is not None
            writer.stdout.close()


@pytest.mark.parametrize("derived", ["x.metadata.json", "x.datasette.json"])
def test_a_link_at_a_name_derived_from_the_one_given_is_refused_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], derived: str
) -> None:
    # Reported: out/x.metadata.json -> ../victim.txt made `export --format sqlite
    # --datasette --output out/x.db` overwrite victim.txt (exit 0).
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("theirs")
    (out / derived).symlink_to(victim)
    command = ["export", "--format", "sqlite", "--datasette", "--output", str(out / "x.db")]
    assert 1 == main(command)
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith(f"refusing to write through it: {out / derived}")
    assert "theirs" == victim.read_text()
    assert [derived] == [p.name for p in out.iterdir()]  # none of the set was written


def test_the_named_database_may_be_a_link_and_the_datasette_files_go_beside_it(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "y.db").write_text("previous")
    (tmp_path / "x.db").symlink_to(real / "y.db")
    command = ["export", "--format", "sqlite", "--datasette", "--output"]
    assert 0 == main([*command, str(tmp_path / "x.db")])
    assert (tmp_path / "x.db").is_symlink()
    with contextlib.closing(sqlite3.connect(real / "y.db")) as database:
        assert database.execute("select count(*) from claims").fetchone()[0] > 0
    assert (tmp_path / "x.metadata.json").is_file()


@pytest.mark.parametrize(("file", "database"), [("..db", None), ("a.b.db", "a.b"), (".db", ".db")])
def test_the_datasette_files_name_the_database_as_datasette_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], file: str, database: str | None
) -> None:
    # Reported: "..db" was described as database "..db"; Datasette, reading the file's
    # stem as pathlib does, names it ".", a name the library refuses.
    command = ["export", "--format", "sqlite", "--datasette", "--output", str(tmp_path / file)]
    if database is None:
        assert 1 == main(command)
        assert "is only dots" in capsys.readouterr().err
        assert [] == list(tmp_path.iterdir())
        return
    assert 0 == main(command)
    (metadata,) = tmp_path.glob("*.metadata.json")
    assert [database] == list(json.loads(metadata.read_text())["databases"])


@pytest.mark.parametrize("fmt", ["json", "sqlite", "site"])
def test_a_path_holding_nul_is_a_write_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    # Reported: a ValueError ("embedded null byte") from deep inside, not the documented
    # WriteError.
    given = f"{tmp_path}/a\0b"
    with pytest.raises(WriteError, match="cannot hold a NUL character") as refused:
        export.write(CATALOG, fmt, given)
    assert given == refused.value.filename
    with pytest.raises(InvalidDataError, match="holds a NUL character is not a data folder"):
        curate.load(given)  # which reads, and so is no write error
    assert 1 == main(["export", "--format", fmt, "--output", given])
    (line,) = capsys.readouterr().err.splitlines()
    assert "cannot hold a NUL character" in line
    assert [] == list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "write",
    [
        lambda path: export.write(CATALOG, "csv", path),
        lambda path: export.write(CATALOG, "site", path),
        lambda path: export.to_sqlite(CATALOG, path),
        lambda path: export.to_site(CATALOG, path),
        lambda path: curate.write(curate.build(TEXT, _document()), path),
        lambda path: curate.into(curate.build(TEXT, _document()), path),
    ],
    ids=["write-csv", "write-site", "to_sqlite", "to_site", "curate.write", "curate.into"],
)
def test_a_path_the_file_system_cannot_encode_is_a_write_error(
    tmp_path: Path, write: Callable[[str], None]
) -> None:
    # Reported: a UnicodeEncodeError (neither an OSError nor the library's error) from each
    # writer for a path holding a lone surrogate, as JSON text ("\\ud800") may give one.
    given = f"{tmp_path}/a\ud800b"
    with pytest.raises(WriteError, match="cannot encode") as refused:
        write(given)
    assert given == refused.value.filename
    assert [] == list(tmp_path.iterdir())


_WRITERS_OF_A_LINK: dict[str, Callable[[str], object]] = {
    "file": lambda path: export.write(CATALOG, "csv", path),
    "folder export": lambda path: write_directory(
        path, lambda folder: Path(folder, "a.html").write_text("a"), export_format="site"
    ),
    "curate.write": lambda path: curate.write(curate.build(TEXT, _document()), path),
}


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="a link owned by another user is made with os.chown, which needs root",
)
@pytest.mark.parametrize("kind", sorted(_WRITERS_OF_A_LINK))
@pytest.mark.parametrize("owner", [65534, 0])
@pytest.mark.parametrize("way", ["last name", "folder of the path", "link of a chain"])
def test_a_link_another_user_made_in_a_shared_sticky_folder_is_not_followed(
    tmp_path: Path, kind: str, owner: int, way: str
) -> None:
    # Reported: a link another user planted in a sticky folder anyone can write to (/tmp)
    # made a root job's export replace the file it named: resolving the path in the
    # library bypassed the kernel's fs.protected_symlinks, which would not follow it.
    # Reported later: only the last name was checked, so the same link as a folder of the
    # path (/tmp/LINK/out.json) or reached through the writer's own link was followed.
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "mine.conf").write_text("mine")
    (victim / "empty").mkdir()
    link = shared / "daily"
    last = "mine.conf" if kind == "file" else "empty"
    link.symlink_to(victim if way == "folder of the path" else victim / last)
    os.chown(link, owner, owner, follow_symlinks=False)
    given = str(link / last) if way == "folder of the path" else str(link)
    if way == "link of a chain":
        (tmp_path / "own").symlink_to(link)
        given = str(tmp_path / "own")
    if owner == 0:  # the writer's own link is followed, as a link the caller names is
        _WRITERS_OF_A_LINK[kind](given)
        return
    with pytest.raises(WriteError, match="another user made in a folder anyone can write to"):
        _WRITERS_OF_A_LINK[kind](given)
    assert "mine" == (victim / "mine.conf").read_text()
    assert [] == list((victim / "empty").iterdir())


@pytest.mark.parametrize(
    ("catalog", "output"),
    [
        # Before: each was replaced, exit status 0, and every later command failed.
        (None, "data/entities.json"),
        (None, "seeds/000_352b652a736a487c.txt"),
        ("folder", "data/entities.json"),  # a curate --output folder is read on the shipped data
        ("folder", "seeds/000_352b652a736a487c.txt"),
        ("folder", "folder/.ballerina-data-journal"),
    ],
)
def test_the_cli_refuses_a_file_the_catalog_in_use_is_read_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], catalog: str | None, output: str
) -> None:
    # Reported: with no --catalog (or a folder read on the shipped data) an export onto the
    # package's own data file or text replaced it; so did one onto a folder's journal.
    package = Path(curate.__file__).parent
    folder = tmp_path / "folder"
    curate.write(curate.build(TEXT, _document()), str(folder))
    target = tmp_path / output if output.startswith("folder/") else package / output
    before = target.read_bytes() if target.exists() else None
    options = [] if catalog is None else ["--catalog", str(folder)]
    try:
        assert 1 == main([*options, "export", "--format", "json", "--output", str(target)])
    finally:  # put back what a failing run replaced
        if before is not None and target.read_bytes() != before:
            target.write_bytes(before)
    err = capsys.readouterr().err
    assert 1 == err.count("\n")
    assert f"--output {target} is " in err
    assert before == (target.read_bytes() if target.exists() else None)


_EXPORT_WRITERS: dict[str, Callable[[str], object]] = {
    "write": lambda path: export.write(CATALOG, "json", path),
    "to_sqlite": lambda path: export.to_sqlite(CATALOG, path),
    "to_site": lambda path: export.to_site(CATALOG, path),
}


def _shipped_files(package: Path) -> dict[Path, bytes]:
    folders = (package / "data", package / "seeds")
    return {p: p.read_bytes() for folder in folders for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("writer", sorted(_EXPORT_WRITERS))
@pytest.mark.parametrize(
    "output",
    ["data/sources.json", "data/texts/new.txt", "data/new.json", "seeds/new.txt", "seeds"],
)
def test_the_library_refuses_to_export_into_the_shipped_data(
    tmp_path: Path, writer: str, output: str
) -> None:
    # Reported: the command line refused these, but export.write replaced the package's
    # own data/sources.json, after which every command and Catalog.default() failed.
    package = Path(curate.__file__).parent
    target = package / output
    before = _shipped_files(package)
    existed = target.exists() or None
    try:
        with pytest.raises(WriteError, match="the package's own data"):
            _EXPORT_WRITERS[writer](str(target))
    finally:  # put back what a failing run changed
        after = _shipped_files(package)
        for path, content in before.items():
            if after.get(path) != content:
                path.write_bytes(content)
        if existed is None and target.is_dir():  # a folder export made it
            shutil.rmtree(target)
        elif existed is None and target.exists():
            target.unlink()
    assert before == after
    # A hard link elsewhere to a shipped file is that file.
    linked = tmp_path / "linked.json"
    try:
        os.link(package / "data" / "sources.json", linked)
    except OSError:  # another file system: no hard link to make
        return
    content = linked.read_bytes()
    with pytest.raises(WriteError, match="the package's own data"):
        export.write(CATALOG, "json", str(linked))
    assert content == (package / "data" / "sources.json").read_bytes()


def test_a_folder_export_holding_a_mount_point_is_not_replaced(tmp_path: Path) -> None:
    # Reported: a bind mount inside an old export, of a folder holding copies of its files,
    # matched the listing; replacing the export deleted the mounted folder's files, then
    # failed with "Device or resource busy".
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a bind mount needs root")

    def fill(folder: str) -> None:
        Path(folder, "film").mkdir()
        Path(folder, "film", "a.html").write_text("a")

    out, theirs = tmp_path / "site", tmp_path / "theirs"
    write_directory(str(out), fill, export_format="site")
    shutil.copytree(out / "film", theirs, copy_function=shutil.copy2)
    shutil.rmtree(out / "film")
    (out / "film").mkdir()
    done = subprocess.run(
        ["mount", "--bind", str(theirs), str(out / "film")], capture_output=True, check=False
    )
    if done.returncode:
        pytest.skip(f"cannot bind-mount here: {done.stderr.decode(errors='replace').strip()}")
    try:
        with pytest.raises(WriteError, match=r"holds a mount point \(film\)"):
            write_directory(str(out), fill, export_format="site")
    finally:
        subprocess.run(["umount", str(out / "film")], check=True)
    assert ["a.html"] == [p.name for p in theirs.iterdir()]


def test_the_shipped_data_by_a_bind_mount_is_refused_too(tmp_path: Path) -> None:
    # Reported: a new file in the package's data folder, named through a bind mount of it,
    # was written.
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a bind mount needs root")
    package = Path(curate.__file__).parent
    mount = tmp_path / "data"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "--bind", str(package / "data"), str(mount)], capture_output=True, check=False
    )
    if done.returncode:
        pytest.skip(f"cannot bind-mount here: {done.stderr.decode(errors='replace').strip()}")
    try:
        for target in (mount / "claims" / "new.json", mount / "new.json"):
            with pytest.raises(WriteError, match="the package's own data"):
                export.write(CATALOG, "json", str(target))
            assert not target.exists()
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_data_folder_path_the_file_system_cannot_encode_is_invalid_data(
    tmp_path: Path,
) -> None:
    # Reported: curate.load raised a UnicodeEncodeError where Catalog.load and curate.read
    # say so in one line.
    with pytest.raises(InvalidDataError, match="cannot encode is not a data folder"):
        curate.load(f"{tmp_path}/a\ud800b")


def test_a_data_folder_that_is_missing_or_a_file_is_a_read_error(tmp_path: Path) -> None:
    # Reported: curate.load, which only reads, raised WriteError for both.
    with pytest.raises(FileNotFoundError) as missing:
        curate.load(tmp_path / "missing")
    assert not isinstance(missing.value, WriteError)
    (tmp_path / "file").write_text("{}", encoding="utf-8")
    with pytest.raises(InvalidDataError, match="not a data folder: a file, not a folder"):
        curate.load(tmp_path / "file")


@pytest.mark.parametrize("format_name", ["json", "sqlite", "site"])
def test_a_name_too_long_for_the_file_system_is_a_write_error(
    tmp_path: Path, format_name: str
) -> None:
    # Reported: ENAMETOOLONG from the first stat escaped as a plain OSError.
    with pytest.raises(WriteError, match="File name too long"):
        export.write(CATALOG, format_name, tmp_path / ("x" * 300))
    assert [] == list(tmp_path.iterdir())


def test_a_database_name_as_long_as_the_file_system_takes_is_written(tmp_path: Path) -> None:
    # Reported: 248 to 255 characters were refused, checking for an x.db-journal whose
    # name no file system takes.
    target = tmp_path / ("y" * 252 + ".db")
    export.write(CATALOG, "sqlite", target)
    assert target.is_file()


def test_a_folder_another_write_makes_first_is_one_line_that_says_so(tmp_path: Path) -> None:
    # Reported: the slower of two exports to one new folder said only "Directory not empty".
    target = tmp_path / "site"

    def fill(folder: str) -> None:
        Path(folder, "index.html").write_text("mine")
        (target / "film").mkdir(parents=True)  # the other export, done while this one ran
        (target / "film" / "a.html").write_text("theirs")

    with pytest.raises(WriteError, match="another write to it ran at the same time") as caught:
        write_directory(str(target), fill, export_format="site")
    assert str(target) == caught.value.filename
    assert "theirs" == (target / "film" / "a.html").read_text()
    assert ["site"] == [p.name for p in tmp_path.iterdir()]  # nothing of this one is left


def test_a_folder_moved_away_while_its_lock_is_awaited_is_closed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reported: a folder another export renamed aside, and then again before its reopen,
    # failed the reopen after the old descriptor was closed, and the folder closed that
    # number a second time ("Bad file descriptor"; in a threaded program, another thread's
    # file of that number).
    out = tmp_path / "out"
    out.mkdir()
    closed: list[int] = []
    real_close = os.close

    def counted_close(fd: int) -> None:
        closed.append(fd)
        real_close(fd)

    monkeypatch.setattr(os, "close", counted_close)
    real_open = os.open

    def moved_again(path: Any, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path) == str(out):
            out.rmdir()  # the other export's new folder, moved away again before the reopen
        return real_open(path, *args, **kwargs)

    with (  # noqa: PT012
        pytest.raises(WriteError, match="No such file") as caught,
        Folder(str(out)) as folder,
    ):
        held = folder.fd
        out.rename(tmp_path / "aside")  # another export put a new folder in its place
        out.mkdir()
        monkeypatch.setattr(os, "open", moved_again)
        folder.lock()
    assert "out" in str(caught.value.filename)
    assert [held] == closed


def test_an_export_whose_folder_another_export_moved_aside_says_it_raced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reported: the loser of exports racing into one folder said "No such file or
    # directory" of the folder's absolute path, not the race, of the path it was given.
    export.write(CATALOG, "site", tmp_path / "site")
    real_lock = Folder.lock

    def raced(folder: Folder, *, shared: bool = False) -> None:
        (tmp_path / "site").rename(tmp_path / "theirs")  # another export, mid-replace
        real_lock(folder, shared=shared)

    monkeypatch.setattr(Folder, "lock", raced)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(WriteError, match="another write to it ran at the same time") as caught:
        export.write(CATALOG, "site", "site")
    assert "site" == caught.value.filename


def _failing_replace(monkeypatch: pytest.MonkeyPatch, at: int) -> None:
    """Make the ``at``-th os.replace from now on fail, as a disk error would."""
    real = os.replace
    calls = [0]

    def replace(*args: Any, **kwargs: Any) -> None:
        calls[0] += 1
        if calls[0] == at:
            raise OSError(errno.EIO, "Input/output error")
        real(*args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("at", [1, 2, 3])
def test_a_rename_failing_midway_puts_the_replaced_files_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: int
) -> None:
    # Reported: an EIO on the third rename of curate --into left the new claims and text
    # beside the old sources.json: the old ones were lost and the folder unusable.
    out = tmp_path / "out"
    with Folder(str(out), create=True) as folder:
        folder.write_all({"sources.json": b"old a", "entities.json": b"old b"})
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    _failing_replace(monkeypatch, at)
    with Folder(str(out)) as folder, pytest.raises(WriteError, match="Input/output error"):
        folder.write_all({"a.txt": b"new a", "c/new.txt": b"new", "b.txt": b"new b"})
    assert before == {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize("at", [2, 3])
def test_a_database_and_its_datasette_files_are_replaced_together_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: int
) -> None:
    # Reported: an EIO on the second rename left the new database beside the old metadata.
    target = tmp_path / "ballerina.db"
    assert 0 == main(["export", "--format", "sqlite", "--output", str(target), "--datasette"])
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert len(before) == 3
    (tmp_path / "ballerina.db").write_bytes(b"a database of a catalog before")
    before["ballerina.db"] = b"a database of a catalog before"
    _failing_replace(monkeypatch, at)
    assert 1 == main(["export", "--format", "sqlite", "--output", str(target), "--datasette"])
    assert before == {p.name: p.read_bytes() for p in tmp_path.iterdir()}


@pytest.mark.parametrize("at", [1, 2, 3])
def test_a_writer_killed_between_renames_is_undone_by_the_next_lock(
    tmp_path: Path, at: int
) -> None:
    # Reported: curate --into killed at its fourth rename left new claims and entities
    # beside the old sources.json, and every later run failed on them.
    out = tmp_path / "out"
    _two_old_files(out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    new = {"sources.json": b"new a", "texts/new.txt": b"new", "entities.json": b"new b"}
    _killed_at_rename(out, at, new)
    with Folder(str(out)) as folder:
        folder.lock(shared=True)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert before == {name: content for name, content in after.items() if name[0] != "."}
    assert not (out / ".ballerina-data-journal").exists()
    assert not (out / "texts" / "new.txt").exists()


def _two_old_files(out: Path) -> None:
    with Folder(str(out), create=True) as folder:
        folder.lock()
        folder.write_all({"sources.json": b"old a", "entities.json": b"old b"})


def _killed_at_rename(out: Path, at: int, files: dict[str, bytes]) -> None:
    """A run writing ``files`` into the folder ``out``, killed at its rename number ``at``
    (the journal's own renames not counted), its journal left."""
    killed = (
        "import os, sys\n"
        "from ballerina_data._write import Folder\n"
        "real, calls = os.replace, [0]\n"
        "def replace(*args, **kwargs):\n"
        "    if args[1] != '.ballerina-data-journal':\n"
        "        calls[0] += 1\n"
        f"        if calls[0] == {at}:\n"
        "            os._exit(9)\n"
        "    real(*args, **kwargs)\n"
        "os.replace = replace\n"
        "with Folder(sys.argv[1]) as folder:\n"
        "    folder.lock()\n"
        f"    folder.write_all({files!r})\n"
    )
    assert 9 == subprocess.run([sys.executable, "-c", killed, str(out)], check=False).returncode


def _killed_after_its_first_rename(out: Path) -> None:
    """A folder ``out`` of two files, and a run writing both anew that was killed between
    its two renames, its journal left."""
    _two_old_files(out)
    _killed_at_rename(out, 2, {"sources.json": b"new a", "entities.json": b"new b"})


def test_a_killed_run_in_a_read_only_folder_says_what_the_folder_needs(tmp_path: Path) -> None:
    # Reported: --catalog of such a folder on a read-only mount said only "Read-only file
    # system", with no word of the stopped run nor of what to do.
    with contextlib.contextmanager(_full_filesystem)(tmp_path, "1m") as mount:
        out = mount / "out"
        _killed_after_its_first_rename(out)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        with (
            pytest.raises(
                WriteError, match=r"journal .* of a curate run that was stopped"
            ) as caught,
            Folder(str(out)) as folder,
        ):
            folder.lock(shared=True)
        assert "Read-only file system" in str(caught.value)
        assert str(out) == caught.value.filename
        assert (out / ".ballerina-data-journal").exists()  # nothing was moved


def test_a_killed_run_whose_folder_changed_since_is_not_undone_blindly(tmp_path: Path) -> None:
    # Reported: a curation killed after its first rename, then its folder copied with
    # `cp -r` (or a renamed file touched): the next read dropped the journal and the kept
    # old file, and left the folder half new, "ok" to verify.
    out = tmp_path / "out"
    _killed_after_its_first_rename(out)
    os.utime(out / "sources.json", ns=(10**18, 10**18))  # as a copy without its times
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with (
        pytest.raises(WriteError, match=r"sources\.json was changed, copied or removed"),
        Folder(str(out)) as folder,
    ):
        folder.lock(shared=True)
    assert before == {p.name: p.read_bytes() for p in out.iterdir()}  # the old one kept too


def test_an_empty_folder_path_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Reported: curate.write(catalog, "") wrote into the current folder.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(WriteError, match="an empty path is not a folder"):
        curate.write(curate.build(TEXT, _document()), "")
    assert [] == list(tmp_path.iterdir())


def test_a_folder_is_synced_in_turn_when_no_thread_can_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reported: under `ulimit -v 600000` the site export ended in a traceback, "can't start
    # new thread", from the pool that syncs its files.
    from concurrent.futures import ThreadPoolExecutor

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(ThreadPoolExecutor, "submit", refuse)
    export.write(CATALOG, "site", tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()


def test_datasette_files_of_the_users_own_are_not_replaced(tmp_path: Path) -> None:
    # Reported: `--datasette --output m.db` replaced a hand-written m.metadata.json.
    target = tmp_path / "m.db"
    mine = tmp_path / "m.metadata.json"
    mine.write_text('{"title": "mine"}')
    args = ["export", "--format", "sqlite", "--output", str(target), "--datasette"]
    assert 1 == main(args)
    assert '{"title": "mine"}' == mine.read_text()
    assert ["m.metadata.json"] == [p.name for p in tmp_path.iterdir()]
    # Written by an export, they are replaced by the next, whatever their times (a copy or
    # a clone gives any); edited since, they are not.
    mine.unlink()
    assert 0 == main(args)
    config = tmp_path / "m.datasette.json"
    os.utime(config, (1, 1))
    assert 0 == main(args)
    config.write_text(config.read_text().replace('"facets"', '"sortable_columns"', 1))
    assert 1 == main(args)
    assert '"sortable_columns"' in config.read_text()


@pytest.mark.parametrize("seconds_before", [0, 1])
def test_a_users_datasette_file_is_not_replaced_for_its_time(
    tmp_path: Path, seconds_before: int
) -> None:
    # Reported: a hand-written m.metadata.json up to a minute older than m.db (as a clone,
    # a copy or a script that writes it and then exports leaves it) was replaced, taken by
    # its time for one an export wrote.
    target = tmp_path / "m.db"
    mine = tmp_path / "m.metadata.json"
    mine.write_text('{"mine": 1}')
    assert 0 == main(["export", "--format", "sqlite", "--output", str(target)])
    written = target.stat().st_mtime
    os.utime(mine, (written - seconds_before, written - seconds_before))
    assert 1 == main(["export", "--format", "sqlite", "--datasette", "--output", str(target)])
    assert '{"mine": 1}' == mine.read_text()


def test_a_folder_export_onto_a_mount_point_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: an empty mount point (a container's volume) as the target gave only
    # "Device or resource busy": a rename cannot replace a mount point.
    with contextlib.contextmanager(_full_filesystem)(tmp_path, "1m") as mount:
        assert 1 == main(["export", "--format", "datapackage", "--output", str(mount)])
        (line,) = capsys.readouterr().err.splitlines()
        assert "is a mount point" in line
        assert "export into a new folder inside it" in line
        assert [] == list(mount.iterdir())
        assert ["small"] == [p.name for p in tmp_path.iterdir()]


@pytest.mark.parametrize(
    "journal",
    [
        b"sources.json\t../../outside.txt\t5\t1\n",  # a name outside the folder
        b"sources.json\t/etc/hostname\t5\t1\n",
        b"../sources.json\t\t5\t1\n",
        b"notes.txt\t\t5\t1\n",  # no data file's name
        b"sources.json\t.sources.json.1-01234567-0123456789abcdef.tmp\n",  # no stamp
        b"sources.json\t\t5\t1",  # cut off
        b"sources.json\x00\t\t5\t1\n",
        b"sources.json\t\t5\t1\n\xff\xfe\n",  # not UTF-8
    ],
)
def test_a_journal_no_run_wrote_is_refused_and_nothing_moves(
    tmp_path: Path, journal: bytes
) -> None:
    # Reported: a planted .ballerina-data-journal moved any file the user could reach into
    # the folder (its second column unchecked), and one holding a NUL or bytes that are not
    # UTF-8 ended in a traceback, on a read (curate.load) as on a write.
    out = tmp_path / "data" / "out"
    curate.write(curate.build(TEXT, _document()), out)
    outside = tmp_path / "outside.txt"
    outside.write_text("mine")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (out / ".ballerina-data-journal").write_bytes(journal)
    with pytest.raises(WriteError, match=r"holds a journal .* that no curate run wrote"):
        curate.load(out)
    assert "mine" == outside.read_text()
    assert before == {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name[0] != "."}


def test_a_journal_whose_files_changed_since_is_refused_and_nothing_moves(
    tmp_path: Path,
) -> None:
    # A journal that came with a copied folder, well formed, names the folder's own files,
    # with stamps not theirs: whether its run renamed them cannot be told, so nothing is
    # done (before, the kept file was dropped, or put over the folder's own).
    out = tmp_path / "out"
    curate.write(curate.build(TEXT, _document()), out)
    kept = ".sources.json.1-01234567-0123456789abcdef.tmp"
    (out / kept).write_text("[]")
    (out / ".ballerina-data-journal").write_text(
        f"sources.json\t{kept}\t2\t1000\nentities.json\t\t2\t1000\n"
    )
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(WriteError, match=r"sources\.json was changed, copied or removed since"):
        curate.load(out)
    assert before == {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_a_datasette_file_edited_after_its_export_is_refused(tmp_path: Path) -> None:
    # Reported: a metadata file edited after the export that wrote it was replaced, within
    # a minute of that export: "changed since" was told by a window of time alone.
    target = tmp_path / "x.db"
    assert 0 == main(["export", "--format", "sqlite", "--datasette", "--output", str(target)])
    assert 0 == main(["export", "--format", "sqlite", "--datasette", "--output", str(target)])
    edited = tmp_path / "x.metadata.json"
    edited.write_text(edited.read_text().replace('"title"', '"my title"', 1))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert 1 == main(["export", "--format", "sqlite", "--datasette", "--output", str(target)])
    assert before == {p.name: p.read_bytes() for p in tmp_path.iterdir()}


@pytest.mark.usefixtures("ctrl_c")
@pytest.mark.parametrize("writer", ["datasette", "curate"])
def test_a_stop_during_the_renames_lands_after_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer: str
) -> None:
    # Reported: SIGINT or SIGTERM between two of the final renames (a window of 0.1 ms each)
    # left half a set in place: a new database beside old Datasette files, or a data
    # folder half old, half new with its journal removed.
    from ballerina_data import _write

    replacing = _write._Kept.replace
    signalled: list[str] = []

    def signal_at_first(self: Any, folder: int, temporary: str, name: str) -> None:
        if not signalled:
            signalled.append(name)
            os.kill(os.getpid(), signal.SIGINT)  # held: delivered after the last rename
        replacing(self, folder, temporary, name)

    if writer == "datasette":
        target = tmp_path / "x.db"
        assert 0 == main(["export", "--format", "sqlite", "--datasette", "--output", str(target)])
        small = curate.build(TEXT, _document())
        monkeypatch.setattr(_write._Kept, "replace", signal_at_first)
        with pytest.raises(KeyboardInterrupt):
            export._write_with_datasette(small, str(target))
        assert signalled
        # All three are the new catalog's.
        with contextlib.closing(sqlite3.connect(target)) as database:
            assert [("my-notes",)] == database.execute("select id from sources").fetchall()
        for name, writes in [
            ("x.metadata.json", export.to_datasette_metadata),
            ("x.datasette.json", export.to_datasette_config),
        ]:
            expected = io.StringIO()
            writes(small, expected, database="x")
            assert expected.getvalue() == (tmp_path / name).read_text()
        assert [] == _leftovers(tmp_path)
    else:
        out = tmp_path / "out"
        curate.write(curate.build(TEXT, _document()), out)
        monkeypatch.setattr(_write._Kept, "replace", signal_at_first)
        with pytest.raises(KeyboardInterrupt):
            curate.write(curate.build(_text("other"), _document("other")), out)
        assert signalled
        assert not (out / ".ballerina-data-journal").exists()
        ids = {source.id for source in curate.load(out).sources}
        assert {"my-notes", "other"} <= ids


@pytest.mark.parametrize("call", ["write", "load"])
def test_a_folder_given_as_bytes_is_a_type_error_that_says_so(tmp_path: Path, call: str) -> None:
    # Reported: "a bytes-like object is required, not 'str'", from deep inside.
    folder: Any = os.fsencode(tmp_path / "out")  # not what the types allow: the point
    built = curate.build(TEXT, _document())
    run: dict[str, Callable[[], object]] = {
        "write": lambda: curate.write(built, folder),
        "load": lambda: curate.load(folder),
    }
    with pytest.raises(TypeError, match=r"expected a folder's path as str, got bytes"):
        run[call]()


def test_a_replaced_file_loses_set_user_and_group_id(tmp_path: Path) -> None:
    # Reported: exporting over a file of mode 6777 kept the bits, on a file that became
    # the writer's (as root: a root-owned -rwsrwsrwx file).
    target = tmp_path / "out.json"
    target.write_text("{}")
    target.chmod(0o6777)
    export.write(CATALOG, "json", target)
    assert 0o777 == stat.S_IMODE(target.stat().st_mode)


def test_a_base_of_the_wrong_type_is_a_type_error(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="base must be a Catalog or None, got int"):
        curate.build(TEXT, _document(), base=5)  # type: ignore[arg-type]


def test_a_claims_file_speaks_for_its_own_source_alone(tmp_path: Path) -> None:
    # Reported: a data folder's claims/<id>.json could hold a claim that gives a shipped
    # source: a real quote of it beside a made-up value, which verified.
    out = tmp_path / "out"
    curate.write(curate.build(TEXT, _document()), out)
    claims_file = out / "claims" / "my-notes.json"
    claims = json.loads(claims_file.read_text())
    shipped = Catalog.default().claims[0]
    claims.append({**claims[0], "id": "my-notes-900", "source": shipped.source})
    claims_file.write_text(json.dumps(claims))
    with pytest.raises(BallerinaDataError, match=r"claim 'my-notes-900' gives source '000_"):
        curate.load(out)


def _stop_after(monkeypatch: pytest.MonkeyPatch, call: str, creates: str) -> list[str]:
    """Make ``os.<call>`` press Ctrl-C right after it creates a name starting ``creates``
    (once): the stop lands as soon as the name exists, before the next line of the writer."""
    real = getattr(os, call)
    stops: list[str] = []

    def stopping(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        name = os.fsdecode(args[1] if call == "link" else args[0])
        creating = call != "open" or args[1] & os.O_CREAT
        if creating and name.startswith(creates) and not stops:
            stops.append(name)
            signal.raise_signal(signal.SIGINT)
        return result

    monkeypatch.setattr(os, call, stopping)
    return stops


#: Each system call that creates a name a write removes again if it is stopped: the writer,
#: the call and how the created name starts.
_CREATIONS = {
    "file export": ("file", "open", ".out.txt."),
    "folder export": ("folder", "mkdir", ".site."),
    "set of files": ("datasette", "open", ".x."),
    "set of files, one kept": ("datasette again", "link", ".x."),
    "data file": ("curate", "open", ".sources.json."),
    "journal": ("curate", "open", "..ballerina-data-journal."),
    "data folder": ("curate", "mkdir", "claims"),
    "data file kept": ("curate again", "link", ".sources.json."),
}


@pytest.mark.usefixtures("ctrl_c")
@pytest.mark.parametrize("site", list(_CREATIONS))
def test_a_stop_right_after_a_name_is_created_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, site: str
) -> None:
    # Reported: SIGINT, SIGTERM or SIGHUP landing between the system call that creates a
    # temporary name (or a folder) and the line that notes it for clean-up left it behind;
    # only a later write to the same target removed it.
    writer, call, creates = _CREATIONS[site]
    runs: dict[str, Callable[[], object]] = {
        "file": lambda: write_file(str(tmp_path / "out.txt"), lambda file: file.writelines([b"x"])),
        "folder": lambda: write_directory(
            str(tmp_path / "site"),
            lambda folder: Path(folder, "a.html").write_text("a"),
            export_format="site",
        ),
        "datasette": lambda: export._write_with_datasette(
            curate.build(TEXT, _document()), str(tmp_path / "x.db")
        ),
        "curate": lambda: curate.write(curate.build(TEXT, _document()), tmp_path / "out"),
    }
    run = runs[writer.removesuffix(" again")]
    if writer.endswith(" again"):
        run()
    before = {p: p.read_bytes() if p.is_file() else None for p in tmp_path.rglob("*")}
    stops = _stop_after(monkeypatch, call, creates)
    with pytest.raises(KeyboardInterrupt):
        run()
    monkeypatch.undo()
    assert [creates] == [name[: len(creates)] for name in stops]
    assert [] == _leftovers(tmp_path)
    # Every file and folder as it was: none left, none changed.
    assert before == {p: p.read_bytes() if p.is_file() else None for p in tmp_path.rglob("*")}


def test_a_stop_while_the_handlers_are_swapped_sets_them_all_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A stop whose handler runs after the first handler is swapped and before the others
    # raises there: every handler swapped by then is set back, not left deferring stops.
    from ballerina_data._write import _signals_held

    numbers = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]
    before = [signal.getsignal(number) for number in numbers]
    swapping = signal.signal
    swapped: list[int] = []

    def stopped_after_the_first(number: int, handler: Any) -> Any:
        if swapped == [signal.SIGINT]:
            # signal.signal runs a pending handler first: SIGTERM's own, which raises.
            swapped.append(number)
            raise KeyboardInterrupt
        swapped.append(number)
        return swapping(number, handler)

    monkeypatch.setattr(signal, "signal", stopped_after_the_first)
    with pytest.raises(KeyboardInterrupt), _signals_held():
        pytest.fail("held although the stop came first")
    monkeypatch.undo()
    assert [signal.SIGINT, signal.SIGTERM, signal.SIGINT] == swapped  # the last: set back
    assert before == [signal.getsignal(number) for number in numbers]


def test_a_handler_set_outside_python_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    # Reported: a program embedding Python with its own SIGTERM handler (a server's graceful
    # stop) lost it to SIG_DFL after the first export: Python sees such a handler as None and
    # cannot set it back. The write now leaves such a signal alone; the others are held.
    from ballerina_data._write import _signals_held

    seen = signal.getsignal
    monkeypatch.setattr(
        signal, "getsignal", lambda number: None if number == signal.SIGTERM else seen(number)
    )
    swapping = signal.signal
    swapped: list[tuple[int, Any]] = []

    def recorded(number: int, handler: Any) -> Any:
        swapped.append((number, handler))
        return swapping(number, handler)

    monkeypatch.setattr(signal, "signal", recorded)
    with _signals_held():
        pass
    monkeypatch.undo()
    assert signal.SIGTERM not in {number for number, _ in swapped}
    assert [signal.SIGINT, signal.SIGHUP] * 2 == [number for number, _ in swapped]
    # Set back to what they were.
    assert [seen(signal.SIGINT), seen(signal.SIGHUP)] == [handler for _, handler in swapped[2:]]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give a file away"
)
@pytest.mark.parametrize("kind", ["file", "folder", "file, on its descriptor"])
def test_a_file_replaced_as_root_keeps_its_owner(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reported: a daily export run as root gave the replaced file (or folder) to root, and
    # the service that owned it and read it could no longer.
    # Reported later: the owner was set through the temporary file's name, which the
    # folder's owner could swap for a hard link to another file in between; it is set on
    # the open file, and never by name.
    target = tmp_path / ("site" if kind == "folder" else "out.json")
    if kind != "folder":
        target.write_text("old")
        target.chmod(0o640)
    else:
        write_directory(str(target), lambda folder: None, export_format="site")
    os.chown(target, 65534, 65534)
    if kind == "file, on its descriptor":

        def by_name(*args: object, **kwargs: object) -> None:
            raise AssertionError("an owner set through a name")

        monkeypatch.setattr(os, "chown", by_name)
    if kind != "folder":
        export.write(Catalog.default(), "json", target)
    else:
        write_directory(
            str(target),
            lambda folder: Path(folder, "a.html").write_text("a"),
            export_format="site",
        )
    info = target.stat()
    assert (65534, 65534) == (info.st_uid, info.st_gid)
    if kind != "folder":
        assert 0o640 == stat.S_IMODE(info.st_mode)


# An access control list giving user 65534 (nobody) reading, as `setfacl -m u:nobody:r`
# writes it: user::rw-, user:65534:r--, group::r--, mask::r--, other::---.
_ACL = b"\x02\x00\x00\x00" + b"".join(
    tag.to_bytes(2, "little") + perm.to_bytes(2, "little") + uid.to_bytes(4, "little")
    for tag, perm, uid in [
        (1, 6, 0xFFFFFFFF),
        (2, 4, 65534),
        (4, 4, 0xFFFFFFFF),
        (0x10, 4, 0xFFFFFFFF),
        (0x20, 0, 0xFFFFFFFF),
    ]
)


@pytest.mark.parametrize("fmt", ["json", "sqlite", "site"])
def test_a_replaced_export_keeps_its_access_list_and_attributes(tmp_path: Path, fmt: str) -> None:
    # Reported: a daily export kept the replaced file's mode and owner but not its ACL, so
    # a service given reading by `setfacl -m u:www-data:r` lost it the next day; a user's
    # own extended attributes went too.
    catalog = Catalog.default()
    target = tmp_path / ("site" if fmt == "site" else f"out.{fmt}")
    export.write(catalog, fmt, target)
    kept = {"user.note": b"mine"}
    if fmt != "site":
        target.chmod(0o640)
        kept["system.posix_acl_access"] = _ACL
    try:
        for attribute, value in kept.items():
            os.setxattr(target, attribute, value)
    except OSError as exc:  # a file system that keeps none
        pytest.skip(f"{tmp_path} keeps no extended attributes: {exc.strerror}")
    export.write(catalog, fmt, target)
    assert kept == {attribute: os.getxattr(target, attribute) for attribute in kept}
    if fmt != "site":
        assert 0o640 == stat.S_IMODE(target.stat().st_mode)


def test_a_link_to_standard_output_is_refused_as_a_stream(tmp_path: Path) -> None:
    # Reported: a link the user made to /dev/stdout was refused as "a symbolic link to a
    # missing file": it leads through /proc/self/fd to a pipe, which realpath cannot find.
    link = tmp_path / "link.json"
    link.symlink_to("/dev/stdout")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ballerina_data",
            "export",
            "--format",
            "jsonl",
            "--output",
            str(link),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "standard stream" in result.stderr, result.stderr
    assert "missing" not in result.stderr


@contextlib.contextmanager
def _append_only(folder: Path) -> Iterator[None]:
    """``folder`` append-only (``chattr +a``) while the block runs, as root can make it."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("chattr") is None:
        pytest.skip("only root may make a folder append-only")
    done = subprocess.run(["chattr", "+a", str(folder)], capture_output=True, check=False)
    if done.returncode:
        pytest.skip(f"this file system keeps no such attribute: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-a", str(folder)], check=True)


@pytest.mark.parametrize("export_format", ["json", "sqlite", "datapackage"])
def test_an_export_into_an_append_only_folder_is_refused_leaving_nothing(
    tmp_path: Path, export_format: str
) -> None:
    # Reported: the rename failed, and the temporary file (or folder, or the database's
    # side files) could not be removed: each run left another whole export there.
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "x.json").write_text("old")
    with _append_only(folder), pytest.raises(WriteError, match=r"append-only \(chattr \+a\)"):
        export.write(CATALOG, export_format, str(folder / "new.db"))
    assert ["x.json"] == [p.name for p in folder.iterdir()]
    assert "old" == (folder / "x.json").read_text()


def test_curate_into_an_append_only_folder_is_refused_leaving_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    curate.write(curate.build(TEXT, _document()), str(out))
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    second = curate.build(TEXT + " More.", _document("yours"))
    for folder in (out, out / "claims"):
        with _append_only(folder), pytest.raises(WriteError, match="append-only"):
            curate.write(second, str(out))
        assert before == sorted(p.relative_to(out) for p in out.rglob("*"))


def test_a_named_file_is_reached_by_its_own_descriptor(tmp_path: Path) -> None:
    # Reported: SQLite reopened the temporary file by its name, which another user of a
    # shared folder could swap for a link to a file of theirs (or of root's) in between;
    # and a folder name of non-UTF-8 bytes could not be given to it at all.
    from ballerina_data._write import write_named

    folder = os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9")
    os.mkdir(folder)
    seen: list[str] = []

    def fill(name: str) -> None:
        seen.append(name)
        with open(name, "wb") as file:
            file.write(b"written")

    write_named(os.path.join(folder, "x.db"), fill)
    if os.path.isdir("/proc/self/fd"):
        (name,) = seen
        assert name.startswith("/proc/self/fd/")
    with open(os.path.join(folder, "x.db"), "rb") as written:
        assert b"written" == written.read()


def test_a_database_export_in_a_folder_of_non_utf8_bytes_is_written(tmp_path: Path) -> None:
    # Reported: a raw UnicodeEncodeError from deep inside the SQLite writer.
    folder = os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9")
    os.mkdir(folder)
    export.write(CATALOG, "sqlite", os.path.join(folder, "x.db"))
    with open(os.path.join(folder, "x.db"), "rb") as database:
        assert database.read(16) == b"SQLite format 3\x00"


def test_a_folder_export_is_private_until_complete(tmp_path: Path) -> None:
    # Reported: in a shared, group-writable folder another user planted links inside the
    # new folder while it was filled, and the export wrote through them.
    modes: list[int] = []

    def fill(built: str) -> None:
        modes.append(stat.S_IMODE(os.stat(built).st_mode))
        Path(built, "a.txt").write_text("a")

    write_directory(str(tmp_path / "new"), fill, export_format="site")
    probe = tmp_path / "probe"
    probe.mkdir()  # what mkdir() gives a new folder here
    assert [0o700] == modes
    assert stat.S_IMODE(probe.stat().st_mode) == stat.S_IMODE((tmp_path / "new").stat().st_mode)


def test_a_parquet_export_in_a_folder_of_non_utf8_bytes_is_written(tmp_path: Path) -> None:
    # Reported: a raw UnicodeEncodeError from pyarrow, which took the path as UTF-8.
    pytest.importorskip("pyarrow")
    folder = os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9")
    os.mkdir(folder)
    export.write(CATALOG, "parquet", os.path.join(folder, "tables"))
    assert "claims.parquet" in os.listdir(os.path.join(folder, "tables"))


def test_an_export_onto_an_append_only_file_is_refused_before_it_is_written(
    tmp_path: Path,
) -> None:
    # Reported: the whole export was written and synced, then the rename failed with a
    # bare "Operation not permitted".
    target = tmp_path / "a.json"
    target.write_text("old")
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("chattr") is None:
        pytest.skip("only root may make a file append-only")
    if subprocess.run(["chattr", "+a", str(target)], capture_output=True, check=False).returncode:
        pytest.skip("this file system keeps no such attribute")
    try:
        with pytest.raises(WriteError, match=r"append-only \(chattr \+a\), refusing to replace"):
            export.write(CATALOG, "json", str(target))
    finally:
        subprocess.run(["chattr", "-a", str(target)], check=True)
    assert ["a.json"] == [p.name for p in tmp_path.iterdir()]
    assert "old" == target.read_text()


def test_a_side_file_of_a_linked_database_is_named_where_it_is(tmp_path: Path) -> None:
    # Reported: "x.db-wal is beside it: link.db", where no x.db-wal is beside link.db.
    real = tmp_path / "real"
    real.mkdir()
    (real / "x.db").touch()
    (real / "x.db-wal").touch()
    (tmp_path / "link.db").symlink_to(real / "x.db")
    with pytest.raises(WriteError) as raised:
        export.write(CATALOG, "sqlite", str(tmp_path / "link.db"))
    if os.path.isdir("/proc/self/fd"):
        assert str(raised.value.strerror).startswith(f"{real / 'x.db-wal'} is beside it")
