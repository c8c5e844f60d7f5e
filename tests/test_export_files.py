"""What an export replaces and refuses: each case first set up as it was reported."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ballerina_data as bd
from ballerina_data import Catalog, InvalidDataError, InvalidQueryError, WriteError, export
from ballerina_data._cli import main
from command_line import SCRIPT
from each_case import each

CATALOG = Catalog.default()


def _export(path: Path | str) -> None:
    export.write(CATALOG, "jsonl", path)


def _leftovers(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.name.endswith(".tmp")]


class TestRefused:
    def test_a_fifo_is_refused_not_replaced(self, tmp_path: Path) -> None:
        fifo = tmp_path / "out.jsonl"
        os.mkfifo(fifo)
        with pytest.raises(OSError, match="not a regular file"):
            _export(fifo)
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
        assert [] == _leftovers(tmp_path)

    def test_a_directory_and_a_symlink_to_one_are_refused(self, tmp_path: Path) -> None:
        (tmp_path / "dir").mkdir()
        (tmp_path / "link").symlink_to(tmp_path / "dir")
        for path in (tmp_path / "dir", tmp_path / "link", f"{tmp_path}/new/"):
            with pytest.raises(WriteError) as refused:
                _export(path)
            assert errno.EISDIR == refused.value.errno
        assert (tmp_path / "link").is_symlink()
        assert [] == list((tmp_path / "dir").iterdir())

    @pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
    def test_a_character_device_is_refused_not_replaced(self, tmp_path: Path) -> None:
        device = tmp_path / "null"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
        with pytest.raises(OSError, match="not a regular file"):
            _export(device)
        assert stat.S_ISCHR(os.lstat(device).st_mode)

    def test_standard_output_is_not_a_path_for_the_library(self) -> None:
        with pytest.raises(InvalidQueryError, match="standard output"):
            _export("-")

    def test_a_path_ending_in_a_slash_says_so(self, tmp_path: Path) -> None:
        with pytest.raises(WriteError, match="a path ending in '/' names a directory"):
            _export(f"{tmp_path}/new.json/")
        assert [] == list(tmp_path.iterdir())

    @each("ending", [".", ".."])
    def test_a_path_ending_in_a_dot_folder_says_so_and_leaves_the_file(
        self, tmp_path: Path, ending: str
    ) -> None:
        # Reported: "a.json/." replaced a.json, read by its text, though the system and the
        # catalog reader say "Not a directory" of it.
        (tmp_path / "a.json").write_text("{}")
        with pytest.raises(WriteError, match=f"a path ending in '{re.escape(ending)}' names"):
            _export(f"{tmp_path}/a.json/{ending}")
        assert "{}" == (tmp_path / "a.json").read_text()
        assert ["a.json"] == [p.name for p in tmp_path.iterdir()]

    def test_a_file_bound_onto_the_target_says_it_is_a_mount_point(self, tmp_path: Path) -> None:
        # Reported: a file export onto a bind-mounted file said only "Device or resource
        # busy" (a container's volume of one file).
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            pytest.skip("a bind mount needs root")
        theirs, target = tmp_path / "theirs.json", tmp_path / "out.json"
        theirs.write_text("theirs")
        target.touch()
        done = subprocess.run(["mount", "--bind", str(theirs), str(target)], check=False)
        if done.returncode:
            pytest.skip("cannot bind-mount here")
        try:
            with pytest.raises(WriteError, match="is a mount point"):
                _export(target)
        finally:
            subprocess.run(["umount", str(target)], check=True)
        assert "theirs" == theirs.read_text()
        assert {"theirs.json", "out.json"} == {p.name for p in tmp_path.iterdir()}

    def test_a_symlink_to_a_missing_file_is_refused(self, tmp_path: Path) -> None:
        # Before: the link was followed and its target created, wherever it pointed.
        (tmp_path / "link").symlink_to(tmp_path / "elsewhere")
        with pytest.raises(OSError, match="a symbolic link to a missing file"):
            _export(tmp_path / "link")
        assert ["link"] == [p.name for p in tmp_path.iterdir()]

    @each("path", ["/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/2", "/dev/fd/3"])
    def test_a_standard_stream_is_no_path_for_the_library(self, path: str) -> None:
        # Reported: /dev/fd/3 was called a standard stream.
        what = "an open file descriptor \\(3\\)" if path.endswith("3") else "a standard stream"
        with pytest.raises(OSError, match=f"{what}, not a file to replace"):
            _export(path)

    def test_the_file_standard_output_appends_to_is_not_replaced(self, tmp_path: Path) -> None:
        # Before: `--output log.txt >> log.txt` replaced the log, losing what it held.
        log = tmp_path / "log.txt"
        log.write_text("IMPORTANT\n")
        with log.open("a") as appending:
            result = subprocess.run(
                [SCRIPT, "export", "--format", "csv", "--output", str(log)],
                stdout=appending,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )
        assert 1 == result.returncode
        assert "open as a standard stream of this process, refusing to replace it" in result.stderr
        assert "IMPORTANT\n" == log.read_text()

    def test_the_cli_writes_dev_stdout_as_a_stream(self, tmp_path: Path) -> None:
        # Before: in a pipe, /dev/stdout was followed to a pipe that has no path.
        result = subprocess.run(
            [SCRIPT, "export", "--format", "jsonl", "--output", "/dev/stdout"],
            capture_output=True,
            check=False,
        )
        assert 0 == result.returncode, result.stderr
        assert len(CATALOG.claims) == result.stdout.count(b"\n")

    def test_the_cli_refuses_a_device_in_one_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        assert 1 == main(["export", "--format", "json", "--output", str(fifo)])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert f"not a regular file, refusing to replace it: {fifo}" in err

    @pytest.mark.parametrize(
        ("catalog", "output"),
        [
            # Before: the export replaced the catalog it was made from, exit status 0.
            ("cat.json", "cat.json"),
            ("cat.json", "linked.json"),  # a hard link: the same file by another name
            ("data", "data/sources.json"),  # a file of the catalog folder
            ("data", "data"),
        ],
    )
    def test_the_cli_refuses_the_catalog_it_reads_as_output(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], catalog: str, output: str
    ) -> None:
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "sources.json").write_text("{}")
        (tmp_path / "cat.json").write_text("{}")
        os.link(tmp_path / "cat.json", tmp_path / "linked.json")
        read, written = str(tmp_path / catalog), str(tmp_path / output)
        assert 1 == main(["--catalog", read, "export", "--format", "csv", "--output", written])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert f"--output {written} is the catalog --catalog {read} reads" in err
        assert "{}" == (tmp_path / "cat.json").read_text()
        assert "{}" == (tmp_path / "data" / "sources.json").read_text()

    @pytest.mark.parametrize(
        "name",
        ["texts/000_352b652a736a487c.txt", "texts/new.txt", "claims/x.json"],
    )
    @pytest.mark.parametrize("given", [True, False], ids=["--catalog", "no --catalog"])
    def test_the_cli_refuses_a_name_the_catalog_folder_would_read(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, given: bool
    ) -> None:
        # Reported: an export to texts/<a shipped source's id>.txt of a data folder, a file
        # not there yet, exited 0; the folder's reader takes that name before seeds/, so
        # every later command found the source's text not matching its sha256. Reported
        # later: without --catalog ("cd out && export --output sources.json") it still did.
        import shutil

        import ballerina_data

        folder = tmp_path / "data"
        shutil.copytree(Path(ballerina_data.__file__).parent / "data", folder)
        (folder / "texts").mkdir(exist_ok=True)
        written = str(folder / name)
        catalog = ["--catalog", str(folder)] if given else []
        args = [*catalog, "export", "--format", "jsonl", "--output", written]
        assert 1 == main(args)
        assert f"--output {written} is a name the data folder" in capsys.readouterr().err
        assert not os.path.exists(written)
        assert 0 == main(["--catalog", str(folder), "verify"])


def test_a_curated_folders_own_file_is_refused_without_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: "cd out && export --format json --output sources.json" replaced the
    # sources.json of the folder curate wrote, with exit 0; the folder no longer loaded.
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "claims").mkdir()
    for name in ("sources.json", "entities.json"):
        (folder / name).write_text("{}", encoding="utf-8")
    monkeypatch.chdir(folder)
    assert 1 == main(["export", "--format", "json", "--output", "sources.json"])
    assert "refusing" in capsys.readouterr().err
    assert "{}" == (folder / "sources.json").read_text(encoding="utf-8")
    # Not vacuous: the same name in a folder that is no data folder is written.
    (folder / "claims").rmdir()
    assert 0 == main(["export", "--format", "json", "--output", "sources.json"])


def test_a_name_the_package_data_reads_is_refused_before_it_exists() -> None:
    import ballerina_data
    from ballerina_data._cli import _refuse_a_name_a_data_folder_reads

    data = str(Path(ballerina_data.__file__).parent / "data")
    for name in ("texts/000_352b652a736a487c.txt", "claims/new.json", "sources.json"):
        with pytest.raises(InvalidDataError, match="is a name the data folder"):
            _refuse_a_name_a_data_folder_reads(os.path.join(data, name), [data])
    _refuse_a_name_a_data_folder_reads(os.path.join(data, "..", "out.json"), [data])


class TestReplaced:
    def test_a_symlink_to_a_file_is_followed_and_survives(self, tmp_path: Path) -> None:
        real = tmp_path / "real.jsonl"
        real.write_text("old\n")
        link = tmp_path / "link.jsonl"
        link.symlink_to(real)
        _export(link)
        assert link.is_symlink()
        assert real.read_text(encoding="utf-8").startswith('{"claim_id"')

    def test_a_new_file_gets_the_umask_mode(self, tmp_path: Path) -> None:
        old = os.umask(0o027)
        try:
            _export(tmp_path / "new.jsonl")
        finally:
            os.umask(old)
        assert 0o640 == stat.S_IMODE(os.stat(tmp_path / "new.jsonl").st_mode)

    @pytest.mark.parametrize("kind", ["file", "folder"])
    def test_a_new_export_in_a_folder_with_a_default_acl_gets_what_open_gives(
        self, tmp_path: Path, kind: str
    ) -> None:
        # Reported: under umask 077, a new export in a folder whose default ACL grants a
        # reader got mode 0600 and an ACL mask of ---, cutting the grant off; a file made
        # by open() there keeps it (the kernel ignores the umask under a default ACL).
        folder = tmp_path / "shared"
        folder.mkdir()
        try:
            os.setxattr(folder, "system.posix_acl_default", _DEFAULT_ACL)
        except OSError as exc:
            pytest.skip(f"this file system keeps no POSIX ACL: {exc}")
        old = os.umask(0o077)
        try:
            (folder / "plain.txt").touch()
            (folder / "plain-folder").mkdir()
            catalog = Catalog.default()
            if kind == "file":
                new = folder / "new.json"
                export.write(catalog, "json", new)
                plain = folder / "plain.txt"
            else:
                new = folder / "new-folder"
                export.write(catalog, "site", new)
                plain = folder / "plain-folder"
        finally:
            os.umask(old)
        assert os.stat(plain).st_mode == os.stat(new).st_mode
        access = "system.posix_acl_access"
        assert os.getxattr(plain, access) == os.getxattr(new, access)

    def test_a_replaced_file_keeps_its_mode(self, tmp_path: Path) -> None:
        path = tmp_path / "out.jsonl"
        path.write_text("old\n")
        path.chmod(0o644)
        _export(path)
        assert 0o644 == stat.S_IMODE(os.stat(path).st_mode)

    def test_a_hard_link_keeps_the_old_content(self, tmp_path: Path) -> None:
        path = tmp_path / "out.jsonl"
        path.write_text("old\n")
        os.link(path, tmp_path / "other.jsonl")
        _export(path)
        assert "old\n" == (tmp_path / "other.jsonl").read_text()
        assert path.read_text(encoding="utf-8") != "old\n"


# A default ACL: the owner rwx, user 65534 (nobody) r-x, the group and others nothing,
# the mask rwx (the kernel's xattr form: version 2, then tag, permissions, id per entry).
_DEFAULT_ACL = (2).to_bytes(4, "little") + b"".join(
    tag.to_bytes(2, "little") + perms.to_bytes(2, "little") + uid.to_bytes(4, "little")
    for tag, perms, uid in (
        (0x01, 7, 0xFFFFFFFF),
        (0x02, 5, 65534),
        (0x04, 0, 0xFFFFFFFF),
        (0x10, 7, 0xFFFFFFFF),
        (0x20, 0, 0xFFFFFFFF),
    )
)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_on_stdout_is_one_line_and_a_failure() -> None:
    for command in (["sources"], ["export", "--format", "jsonl", "--output", "-"]):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [str(SCRIPT), *command], check=False, stdout=full, stderr=subprocess.PIPE, text=True
            )
        assert 1 == result.returncode, command
        assert "ballerina-data: error: cannot write standard output: No space left on device\n" == (
            result.stderr
        )


def test_unencodable_output_is_escaped_and_json_stays_valid() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    text = subprocess.run(
        [str(SCRIPT), "films", "John Wick: Chapter 3 \u2013 Parabellum"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
    )
    assert (0, "") == (text.returncode, text.stderr)
    assert "Chapter 3 \\u2013 Parabellum" in text.stdout
    as_json = subprocess.run(
        [str(SCRIPT), "--json", "films", "John Wick: Chapter 3 \u2013 Parabellum"],
        check=False,
        capture_output=True,
        env=env,
    )
    assert 0 == as_json.returncode
    assert as_json.stdout.isascii()
    assert b"Chapter 3 \\u2013 Parabellum" in as_json.stdout


def test_an_export_from_a_removed_working_folder_names_the_output(tmp_path: Path) -> None:
    # Reported: "No such file or directory", naming nothing.
    (tmp_path / "gone").mkdir()
    script = f'cd gone && rmdir ../gone && exec "{SCRIPT}" export --format json --output x.json'
    result = subprocess.run(
        ["sh", "-c", script], cwd=tmp_path, check=False, capture_output=True, text=True
    )
    assert (1, "ballerina-data: error: the current folder no longer exists: x.json\n") == (
        result.returncode,
        result.stderr,
    )


@pytest.mark.parametrize(
    ("encoding", "mark"), [("utf-16", b"\xff\xfe"), ("utf-8-sig", b"\xef\xbb\xbf")]
)
def test_an_output_encoding_with_a_byte_order_mark_writes_it_once(
    encoding: str, mark: bytes
) -> None:
    def output(encoding: str) -> bytes:
        env = {**os.environ, "PYTHONIOENCODING": encoding}
        result = subprocess.run(
            [str(SCRIPT), "films", "Ballerina"], check=False, capture_output=True, env=env
        )
        assert (0, b"") == (result.returncode, result.stderr)
        return result.stdout

    marked = output(encoding)
    assert marked.startswith(mark)
    assert 1 == marked.count(mark)
    assert output("utf-8").decode("utf-8") == marked.decode(encoding)


@pytest.mark.parametrize(
    ("character", "shown"),
    [
        ("\x1b", "\\x1b"),  # a terminal escape
        ("\u2028", "\\u2028"),  # a line separator: one record would print as two lines
        ("\u202e", "\\u202e"),  # right-to-left override: the name would show reversed
        ("\u2067", "\\u2067"),  # right-to-left isolate
        ("\u200b", "\\u200b"),  # zero-width space: two names would look alike
        ("\ufeff", "\\ufeff"),  # a byte order mark
        ("\u2060", "\\u2060"),  # word joiner
        ("\u00ad", "\\u00ad"),  # soft hyphen
    ],
    ids=[
        "escape",
        "line separator",
        "rtl override",
        "rtl isolate",
        "zero-width space",
        "byte order mark",
        "word joiner",
        "soft hyphen",
    ],
)
def test_control_characters_in_the_data_reach_no_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], character: str, shown: str
) -> None:
    # A catalog of the one person, and a text that writes the name, so that the catalog
    # verifies, as --catalog asks.
    person = bd.Person(id="person/evil", name=f"Evil{character}[2J Name")
    text = f"Starring {person.name}."
    hashed = hashlib.sha256(text.encode("utf-8")).hexdigest()
    naming = bd.Source(id="names", sha256=hashed)
    evil = bd.Catalog(people=(person,), sources=(naming,), texts={naming.id: text})
    path = tmp_path / "catalog.json"
    path.write_text(evil.to_json(), encoding="utf-8")
    assert 0 == main(["--catalog", str(path), "person", person.id])
    out = capsys.readouterr().out
    assert character not in out
    assert f"Evil{shown}[2J Name" in out
    # --json keeps the characters as they are: it is for programs, not for eyes.
    assert 0 == main(["--catalog", str(path), "--json", "person", person.id])
    assert f"Evil{character}[2J Name" == json.loads(capsys.readouterr().out)["entity"]["name"]


@pytest.mark.parametrize(
    ("signum", "status", "line"),
    [
        (signal.SIGTERM, 143, "stopped by SIGTERM"),
        (signal.SIGHUP, 129, "stopped by SIGHUP"),
        (signal.SIGINT, 130, "interrupted"),
    ],
)
def test_a_signal_during_an_export_leaves_no_temporary_file(
    tmp_path: Path, signum: int, status: int, line: str
) -> None:
    # A writer that blocks after its first line, as a slow disk would.
    code = (
        # A suite started in the background leaves SIGINT ignored, which Python keeps: the
        # child takes the handler an interactive user's command has.
        "import signal, sys, time\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "from ballerina_data import export\n"
        "from ballerina_data._cli import run\n"
        "def slow(catalog, fp):\n"
        "    fp.write('partial\\n'); fp.flush(); print('ready', flush=True); time.sleep(60)\n"
        "export.FORMATS = {**export.FORMATS, 'json': slow}\n"
        "sys.argv = ['ballerina-data', 'export', '--format', 'json', '--output', sys.argv[1]]\n"
        "run()\n"
    )
    target = tmp_path / "out.json"
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert "ready\n" == child.stdout.readline()
    time.sleep(0.1)
    child.send_signal(signum)
    _, err = child.communicate(timeout=30)
    assert status == child.returncode
    assert f"ballerina-data: {line}\n" == err
    assert [] == _leftovers(tmp_path)
    assert not target.exists()


def test_a_read_only_file_is_refused_not_replaced(tmp_path: Path) -> None:
    # Replacing needs only the folder's permission; a file its owner made read-only stays,
    # for root too, whom os.access lets write anything.
    kept = tmp_path / "kept.jsonl"
    kept.write_text("KEEP\n")
    kept.chmod(0o444)
    with pytest.raises(WriteError, match="read-only, refusing to replace it"):
        _export(kept)
    assert "KEEP\n" == kept.read_text()
    assert [] == _leftovers(tmp_path)


def test_json_lines_hold_one_record_a_line_however_they_are_split() -> None:
    import io
    import json

    import attrs

    film = attrs.evolve(CATALOG.films[0], title="Ballerina\u2028Two\u0085Three\u2029")
    catalog = attrs.evolve(CATALOG, films=(film, *CATALOG.films[1:]))
    out = io.StringIO()
    export.to_jsonl(catalog, out)
    lines = out.getvalue().splitlines()  # splits at U+2028, U+2029 and U+0085 too
    assert len(catalog.claims) == len(lines)
    assert film.title in {json.loads(line)["subject_label"] for line in lines}


def test_dev_null_is_refused_as_a_device_not_a_standard_stream() -> None:
    # Reported: with standard input from /dev/null, `--output /dev/null` was refused as
    # "open as a standard stream of this process", which says nothing of what it is.
    result = subprocess.run(
        [SCRIPT, "export", "--format", "csv", "--output", "/dev/null"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert 1 == result.returncode
    assert [
        "ballerina-data: error: not a regular file, refusing to replace it: /dev/null"
    ] == result.stderr.splitlines()
