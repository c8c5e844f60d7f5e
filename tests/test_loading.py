"""Loading the shipped data: the package's files, lazily, once, strictly where it must."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import ballerina_data as bd
from ballerina_data import Catalog
from each_case import each

ROOT = Path(__file__).parent.parent


def test_wheel_ships_texts_and_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ballerina_data/py.typed" in names
    seeds = {name for name in names if name.startswith("ballerina_data/seeds/")}
    assert {f"ballerina_data/seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")} == seeds
    assert "ballerina_data/data/entities.json" in names


def test_import_does_not_load_the_data() -> None:
    code = (
        "import sys, ballerina_data\n"
        "assert 'ballerina_data._format' in sys.modules\n"
        "assert 'cattrs' not in sys.modules, 'cattrs imported eagerly'\n"
        "from ballerina_data import _catalog\n"
        "assert _catalog._shipped.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_first_query_loads_once() -> None:
    code = (
        "import ballerina_data as bd\n"
        "from ballerina_data import _catalog, _format\n"
        "calls = []\n"
        "real = _format.shipped_records\n"
        "_format.shipped_records = lambda: calls.append(1) or real()\n"
        "bd.films_titled('Ballerina'); bd.films_titled('John Wick'); bd.film('film/john-wick')\n"
        "assert calls == [1] and _catalog._shipped.cache_info().currsize == 1, calls\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_threads_asking_first_at_once_share_one_load() -> None:
    # Reported: 16 threads making their first query at once loaded 2 to 4 catalogs, the
    # cache letting each thread that missed it build its own.
    code = (
        "import sys, threading\n"
        "import ballerina_data as bd\n"
        "from ballerina_data import _format\n"
        "sys.setswitchinterval(1e-6)\n"
        "calls = []\n"
        "real = _format.shipped_records\n"
        "_format.shipped_records = lambda: calls.append(1) or real()\n"
        "barrier = threading.Barrier(16)\n"
        "got = []\n"
        "def first() -> None:\n"
        "    barrier.wait()\n"
        "    got.append(bd.Catalog.default())\n"
        "threads = [threading.Thread(target=first) for _ in range(16)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "assert len(got) == 16 and len({id(c) for c in got}) == 1, len({id(c) for c in got})\n"
        "assert calls == [1], calls\n"
        "assert got[0] is bd.Catalog.default()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_shipped_text_that_cannot_be_read_fails_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from ballerina_data import _format

    def lost(source_id: str) -> str:
        raise FileNotFoundError(f"seeds/{source_id}.txt")

    monkeypatch.setattr(_format, "shipped_text", lost)
    with pytest.raises(
        bd.InvalidDataError, match=r"shipped text of source '000_.*' cannot be read"
    ):
        _format.shipped_records()


def test_the_trusted_path_builds_what_the_strict_converter_builds() -> None:
    from ballerina_data import _format

    trusted = _format.shipped_records()
    strict = _format.shipped_records(strict=True)
    assert strict == trusted
    assert Catalog(**strict) == Catalog(**trusted)


def test_the_trusted_path_leaves_bad_data_to_the_strict_converter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ballerina_data import _format

    real = _format._resource

    def tampered(name: str) -> bytes:
        data = real(name)
        return data.replace(b'"predicate": "director"', b'"predicate": "DIRECTOR"', 1)

    monkeypatch.setattr(_format, "_resource", tampered)
    with pytest.raises(bd.InvalidDataError, match=r"'DIRECTOR' is not a Predicate.* @ data/"):
        _format.shipped_records()


def test_every_load_takes_the_fast_path_to_the_converters_records() -> None:
    from ballerina_data import _format
    from ballerina_data._convert import loads

    text = Catalog.default().to_json()
    fast = _format.trusted_document(loads(text))
    # The converter's own reading of the same text, as every load read it before.
    from ballerina_data._convert import structure
    from ballerina_data._document import Document

    document = structure(loads(text), Document)
    assert fast == {field: getattr(document, field) for field in fast}
    assert Catalog(**fast) == Catalog.default()


@pytest.mark.parametrize("window", [1, 7, 4096])
def test_the_streamed_read_of_bytes_gives_the_converters_records(
    monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    # Small windows cut values, numbers and multi-byte characters at every place.
    from ballerina_data import _format, _stream
    from ballerina_data._convert import loads

    monkeypatch.setattr(_stream, "_WINDOW", window)
    text = Catalog.default().to_json()
    assert not text.isascii()
    assert _format.streamed_document(text.encode()) == _format.trusted_document(loads(text))


def test_the_streamed_read_does_not_take_a_number_cut_at_a_windows_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ballerina_data import _format, _stream

    monkeypatch.setattr(_stream, "_WINDOW", 1)
    with pytest.raises(_stream.Refused):
        _format.streamed_document(b'{"format_version": 11}')
    assert _format.streamed_document(b'{"format_version": 1}')["claims"] == ()


# Each is JSON the converter refuses that the record constructors alone would take: the fast
# path must refuse it too, so that the converter says where and what.
_ONLY_THE_CONVERTER_WOULD_REFUSE: dict[str, tuple[Callable[[str], str], str]] = {
    "a duplicate key": (
        lambda text: text.replace('"quote":', '"quote": "x", "quote":', 1),
        r"duplicate key\(s\) 'quote' in one object @ \$\.claims\[0\]\.evidence",
    ),
    "a list for an object": (
        lambda text: text.replace(
            '"qualifiers": {"status": "speculated"}', '"qualifiers": ["status"]', 1
        ),
        r"@ \$\.claims\[\d+\]\.qualifiers",
    ),
    "a string for a list": (
        lambda text: text.replace('"aliases": [', '"aliases": "ab", "x": [', 1),
        r"@ \$\.(films|people|characters|organizations)\[\d+\]",
    ),
    "an amount with an exponent": (
        lambda text: re.sub(r'"amount": "[0-9.]+"', '"amount": "4e8"', text, count=1),
        r"not a decimal number .* @ \$\.claims\[\d+\]\.value\.amount",
    ),
    "an unknown top-level field": (
        lambda text: text.replace('{"format_version": 1', '{"format_version": 1, "extra": 0', 1),
        r"unknown field\(s\) 'extra' @ \$",
    ),
    "a top-level key given twice": (
        lambda text: text.replace('"films": [', '"films": [], "films": [', 1),
        r"duplicate key\(s\) 'films' in one object @ \$",
    ),
    "text after the document": (
        lambda text: text + "{}",
        r"malformed JSON: Extra data at line \d+ column \d+ @ \$",
    ),
    "a comma after the last record": (
        lambda text: text.replace("}]", "},]", 1),
        r"malformed JSON: Expecting value at line \d+ column \d+ @ \$",
    ),
}


@each("as_bytes", [False, True], ids=["str", "bytes"])
@each("case", list(_ONLY_THE_CONVERTER_WOULD_REFUSE))
def test_a_bad_file_gets_the_converters_detailed_message(case: str, as_bytes: bool) -> None:
    change, message = _ONLY_THE_CONVERTER_WOULD_REFUSE[case]
    text = Catalog.default().to_json()
    bad = change(text)
    assert bad != text
    with pytest.raises(bd.InvalidDataError, match=message):
        Catalog.from_json(bad.encode() if as_bytes else bad)


@each("tail", ["", ", }"])
def test_deep_nesting_in_a_long_text_gets_the_nesting_message(tail: str) -> None:
    # Few brackets for its length: parsed before its nesting is checked, which happens when
    # the records (or the parser, with a malformed tail) refuse it; the message is the same.
    from ballerina_data._stream import is_sparse

    note = '{"a": {"a": {"a": {"a": "' + "x" * 1000 + '"}}}}'
    bad = '{"format_version": 1, "claims": [{"note": ' + note + tail + "}]}"
    assert is_sparse(bad)
    with pytest.raises(bd.InvalidDataError, match=r"JSON nested more than 5 deep.* line 1"):
        Catalog.from_json(bad)


@pytest.mark.parametrize("ascii_only", [False, True])
def test_a_valid_catalog_file_loads_without_the_converter(tmp_path: Path, ascii_only: bool) -> None:
    # ascii_only: every character past U+FFFF escaped as a pair of surrogates, as
    # json.dumps writes them; reported: one such pair sent the file to the converter (2x
    # the time and memory of a load).
    document = json.loads(Catalog.default().to_json())
    document["films"][0]["title"] += " \U0001f600"
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(document, ensure_ascii=ascii_only), encoding="utf-8")
    assert ("\\ud83d\\ude00" in path.read_text(encoding="utf-8")) == ascii_only
    code = (
        "import sys\n"
        "from ballerina_data import Catalog\n"
        "catalog = Catalog.load(sys.argv[1])\n"
        "assert len(catalog.claims) > 0\n"
        "assert 'cattrs' not in sys.modules, 'cattrs imported by a valid load'\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)


def test_a_format_version_too_long_to_read_says_so() -> None:
    # Reported: "expected an integer, got RefusedValue an integer of 5000 digits".
    with pytest.raises(bd.InvalidDataError) as info:
        bd.Catalog.from_json('{"format_version": ' + "1" * 5000 + "}")
    assert "refused an integer of 5000 digits @ $.format_version" == str(info.value)


def test_a_format_version_of_thousands_of_digits_is_shown_by_its_length() -> None:
    # Reported: the number was echoed whole, a "one line" error of 4,000 characters.
    document = json.loads(Catalog.default().to_json())
    document["format_version"] = 10**4000
    with pytest.raises(bd.InvalidDataError, match="an integer of 4,001 digits") as raised:
        Catalog.from_json(json.dumps(document))
    assert len(str(raised.value)) < 200
