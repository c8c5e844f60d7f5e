"""Fuzzed loaders: whatever the input, only our documented exceptions escape."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ballerina_data as bd
from ballerina_data import Catalog, InvalidDataError, NotFoundError, Predicate, from_json, to_json
from ballerina_data._cli import main
from ballerina_data._normalize import normalize
from ballerina_data._validators import short_repr
from strategies import RECORDS, catalogs, share_of_examples

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*path, index))
    return found


def _replace(data: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = list(data) if isinstance(data, list) else dict(data)
    copy[path[0]] = _replace(data[path[0]], path[1:], new)
    return copy


def _loads_or_our_error(text: str | bytes, cls: type[Any]) -> None:
    try:
        from_json(text, cls)
    except InvalidDataError as exc:
        assert "@ $" in str(exc)


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda cls: cls.__name__)
class TestRecordLoaders:
    def test_arbitrary_json(self, cls: type[Any]) -> None:
        @given(json_values)
        def check(value: Any) -> None:
            _loads_or_our_error(json.dumps(value), cls)

        check()

    def test_wrong_value_at_every_field(self, cls: type[Any]) -> None:
        @given(RECORDS[cls], json_values, st.data())
        def check(record: Any, junk: Any, data: st.DataObject) -> None:
            good = json.loads(to_json(record))
            path = data.draw(st.sampled_from(_paths(good)))
            _loads_or_our_error(json.dumps(_replace(good, path, junk)), cls)

        check()

    def test_truncated_and_corrupted_bytes(self, cls: type[Any]) -> None:
        @given(RECORDS[cls], st.data())
        def check(record: Any, data: st.DataObject) -> None:
            raw = to_json(record).encode("utf-8")
            cut = data.draw(st.integers(0, len(raw)))
            _loads_or_our_error(raw[:cut], cls)
            position = data.draw(st.integers(0, len(raw) - 1))
            flipped = raw[:position] + bytes([raw[position] ^ 0x80]) + raw[position + 1 :]
            _loads_or_our_error(flipped, cls)

        check()


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"id": ' + "[" * 500 + "]" * 500 + "}",
        '{"id": "' + "x" * 5_000_000 + '"}',
        b"\xff\xfe\x00",
        "",
    ],
    ids=["deep-json", "deep-field", "huge-string", "not-utf8", "empty"],
)
def test_pathological_input(text: str | bytes) -> None:
    with pytest.raises(InvalidDataError, match=r"@ \$"):
        Catalog.from_json(text)


class TestCatalogLoader:
    @given(json_values)
    def test_arbitrary_json(self, value: Any) -> None:
        try:
            Catalog.from_json(json.dumps(value))
        except InvalidDataError as exc:  # IntegrityError included
            assert "@ $" in str(exc)

    @share_of_examples(25)
    @given(catalogs(), json_values, st.data())
    def test_wrong_value_at_every_field(
        self, catalog: Catalog, junk: Any, data: st.DataObject
    ) -> None:
        good = json.loads(catalog.to_json())
        path = data.draw(st.sampled_from(_paths(good)))
        try:
            Catalog.from_json(json.dumps(_replace(good, path, junk)))
        except InvalidDataError as exc:
            assert "@ $" in str(exc)

    def test_unknown_predicate_and_enum_values(self) -> None:
        good = json.loads(Catalog.default().to_json())
        good["claims"][3]["predicate"] = "haunts"
        good["films"][0]["kind"] = "opera"
        with pytest.raises(InvalidDataError) as info:
            Catalog.from_json(json.dumps(good))
        message = str(info.value)
        assert f"'haunts' is not a Predicate; see the {len(Predicate)} values" in message
        assert "@ $.claims[3].predicate" in message
        assert "'opera' is not a WorkKind; expected one of" in message
        assert "@ $.films[0].kind" in message

    def test_dangling_reference_and_duplicate_id(self) -> None:
        good = json.loads(Catalog.default().to_json())
        good["claims"][5]["subject"] = "film/nowhere"
        good["people"].append(good["people"][0])
        with pytest.raises(bd.IntegrityError) as info:
            Catalog.from_json(json.dumps(good))
        message = str(info.value)
        assert "unknown subject 'film/nowhere' @ $.claims[5]" in message
        assert "duplicate entity id" in message

    def test_wrong_format_version(self) -> None:
        with pytest.raises(InvalidDataError, match="unsupported format_version 2"):
            Catalog.from_json('{"format_version": 2}')


@given(st.text(max_size=30))
def test_lookups_raise_only_not_found(key: str) -> None:
    for lookup in (bd.film, bd.person, bd.character, bd.entity, bd.source):
        try:
            lookup(key)
        except NotFoundError as exc:
            assert short_repr(key) in str(exc)  # the key, cut to 60 characters


@given(st.text(max_size=30))
def test_name_queries_return_tuples_or_reject_empty(name: str) -> None:
    for query in (bd.films_titled, bd.people_named, bd.characters_named, bd.organizations_named):
        try:
            assert isinstance(query(name), tuple)
        except ValueError:
            assert not normalize(name)


@settings(max_examples=25)
@given(st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
def test_cli_catalog_option_fails_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, content: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "catalog.json"
    path.write_bytes(content)
    errors, output = io.StringIO(), io.StringIO()
    # In-process: the same code path as the console script, fast enough to fuzz.
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(output):
        status = main(["sources", "--catalog", str(path)])
    if status == 1:
        assert 1 == len(errors.getvalue().splitlines())
        assert errors.getvalue().startswith("ballerina-data: error: ")
    else:
        assert (0, "") == (status, errors.getvalue())
