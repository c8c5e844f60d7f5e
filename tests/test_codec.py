"""The one choice of JSON encoder: orjson (the ``fast`` extra) and json write the same text."""

from __future__ import annotations

import io
import json
from typing import Any

import orjson
import pytest

from ballerina_data import Catalog, InvalidDataError, _codec, export
from ballerina_data._convert import unstructure

CATALOG = Catalog.default()

_AWKWARD = {
    "controls": "".join(map(chr, range(32))) + '"\\\x7f',
    "line breaks": "a\x85b\u2028c\u2029d",
    "beyond the BMP": "\U0001f3ac and \u00e9, \u00a0, \u200b, \u2013",
    "numbers": [0, -1, 2**62, 9999],
    "empty": [{}, [], ""],
    "none": None,
}


def _both(data: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    assert _codec._orjson is orjson  # the tests' environment has the extra
    fast = _codec.dumps(data, compact=True)
    monkeypatch.setattr(_codec, "_orjson", None)
    plain = _codec.dumps(data, compact=True)
    monkeypatch.undo()
    return fast, plain


@pytest.mark.parametrize("name", list(_AWKWARD))
def test_both_encoders_write_the_same_awkward_text(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, plain = _both(_AWKWARD[name], monkeypatch)
    assert fast == plain
    assert json.loads(fast) == _AWKWARD[name]


def test_both_encoders_write_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    records = [*CATALOG.sources, *CATALOG.films, *CATALOG.people, *CATALOG.claims]
    fast, plain = _both([unstructure(record) for record in records], monkeypatch)
    assert fast == plain


@pytest.mark.parametrize("fmt", ["json", "jsonl", "jsonld"])
def test_both_encoders_write_the_same_exports(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = io.StringIO()
    export.FORMATS[fmt](CATALOG, fast)
    monkeypatch.setattr(_codec, "_orjson", None)
    plain = io.StringIO()
    export.FORMATS[fmt](CATALOG, plain)
    assert fast.getvalue() == plain.getvalue()


def test_an_integer_orjson_cannot_write_goes_through_json() -> None:
    assert _codec._orjson is orjson
    with pytest.raises(TypeError):
        orjson.dumps(2**64)
    assert "[18446744073709551616]" == _codec.dumps([2**64], compact=True)


def test_indented_and_ascii_output_stays_with_json() -> None:
    data = {"a": ["é"]}
    assert json.dumps(data, indent=1, ensure_ascii=False) == _codec.dumps(data, indent=1)
    assert json.dumps(data) == _codec.dumps(data, compact=True, ascii_only=True)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_malformed_files_line_counts_every_kind_of_line_end(newline: str) -> None:
    # Reported: a file saved with bare carriage returns was all on "line 1".
    from ballerina_data._convert import loads

    text = newline.join(['{"a": 1,', ' "b": [1,,2]}'])
    with pytest.raises(InvalidDataError, match=r"at line 2 column 10 @ f\.json$"):
        loads(text, path="f.json")
