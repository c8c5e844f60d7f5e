"""The one cattrs converter: records to JSON-ready data and back, strictly.

Importing this module imports cattrs, so the rest of the package imports it only when it
first converts something: ``import ballerina_data`` stays as cheap as ``import attrs``.

Over 600 lines because the JSON reader is here with the converter that reads what it parses:
the markers it leaves for the converter to refuse (keys given twice, huge integers, lone
surrogates), the checks that refuse hostile shapes before parsing (nesting, lists in lists)
and the reading of a document's lists an item at a time are one job, reading untrusted JSON.
"""

from __future__ import annotations

import enum
import functools
import json
import operator
import re
import sys
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from ._errors import MAX_PROBLEMS, InvalidDataError
from ._gc import gc_paused
from ._kinds import KINDS
from ._predicates import RECORD_TYPES
from ._records import (
    Bound,
    Claim,
    DateInterval,
    DateValue,
    Entity,
    EntityRef,
    Film,
    Medium,
    PartialDate,
    Predicate,
    Qualifiers,
    Quantity,
    Season,
    Source,
    Status,
    Text,
    TitleKind,
    Value,
    WorkKind,
    amount_text,
    parse_amount,
    parse_publication_date,
)
from ._stream import Items, has_surrogates, is_sparse
from ._validators import closest_name, short_repr

__all__ = [
    "DuplicateKeys",
    "RefusedValue",
    "check_nesting",
    "converter",
    "loads",
    "structure",
    "unstructure",
]

T = TypeVar("T")

_ENUMS = (Bound, Medium, Predicate, Season, Status, TitleKind, WorkKind)

#: The ``type`` tag of each claim value class in JSON.
VALUE_TAGS: dict[type, str] = {
    EntityRef: "entity",
    Text: "text",
    DateValue: "date",
    Quantity: "quantity",
}


def _strict(expected: type, name: str) -> Callable[[Any, Any], Any]:
    def hook(value: Any, _: Any) -> Any:
        # An exact type check: JSON gives exact types, and bool must not pass for int.
        if type(value) is not expected:
            raise _wrong_type(value, name)
        return value

    return hook


def _refuse_marker(value: Any) -> None:
    if type(value) is RefusedValue:
        raise ValueError(f"refused {value.problem}")
    if type(value) is DuplicateKeys:
        keys = ", ".join(map(repr, value.keys_given_twice))
        raise ValueError(f"duplicate key(s) {keys} in one object")


def _wrong_type(value: Any, expected: str) -> TypeError:
    """The error for a JSON value of another type than ``expected``; a value the parser
    refused in its place raises its own ValueError here instead."""
    _refuse_marker(value)
    return TypeError(f"expected {expected}, got {type(value).__name__} {short_repr(value)}")


def _structure_decimal(value: Any, _: Any) -> Decimal:
    _refuse_marker(value)
    return parse_amount(value)


def _structure_partial_date(value: Any, _: Any) -> PartialDate:
    if type(value) is not str:
        raise _wrong_type(value, "an EDTF date string")
    return PartialDate.parse(value)


def _structure_date_interval(value: Any, _: Any) -> DateInterval:
    if type(value) is not str:
        raise _wrong_type(value, "an EDTF interval string")
    return DateInterval.parse(value)


def _structure_publication_date(value: Any, _: Any) -> PartialDate | DateInterval | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _wrong_type(value, "an EDTF date or interval string")
    return parse_publication_date(value)


def _structure_enum(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    members = {member.value: member for member in cls}

    def hook(value: Any, _: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable JSON list or object
            msg = f"{short_repr(value)} is not a {cls.__name__}; {_choices(value, members)}"
            raise ValueError(msg) from None

    return hook


def _choices(value: Any, members: dict[Any, Any]) -> str:
    close = closest_name(value, members) if isinstance(value, str) else None
    if close is not None:
        return f"did you mean {close!r}?"
    if len(members) <= 12:  # the eleven statuses are listed; a longer list is the reference's
        return f"expected one of {', '.join(map(repr, members))}"
    return f"see the {len(members)} values in the reference"


def _structure_texts(value: Any, _: Any) -> dict[str, str]:
    if type(value) is not dict:
        raise _wrong_type(value, "an object")
    for key, text in value.items():
        if type(text) is not str:
            _refuse_marker(text)
            msg = f"expected a string for {short_repr(key)}, got {type(text).__name__}"
            raise TypeError(msg)
    return value


_MORE_PREFIX = "and "


class _More(Exception):
    """Stands for the errors of a list that were counted but not kept."""


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _structure_tuple(type_: Any, conv: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    item_type = typing.get_args(type_)[0]
    item_hook = conv.get_structure_hook(item_type)

    def hook(value: Any, _: Any) -> tuple[Any, ...]:
        # Without this check a string would be split into a tuple of characters.
        if not isinstance(value, list | tuple | Items):
            msg = f"expected a list, got {type(value).__name__} {short_repr(value)}"
            raise TypeError(msg)
        items = []
        errors: list[Exception] = []
        unchecked = 0
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(
                        f"Structuring {type_} @ index {index}", index, item_type
                    ),
                ]
                errors.append(exc)
                if len(errors) == MAX_PROBLEMS:
                    # The report is full: checking a million more bad items would only make
                    # a bad file slower than a good one to refuse. (Items, which parses each
                    # item as it is read, counted them without keeping them.)
                    unchecked = len(value) - index - 1
                    break
        if errors:
            if unchecked:
                errors.append(_More(f"{_MORE_PREFIX}{unchecked} more items, not checked"))
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return tuple(items)

    return hook


# Fields that hold ids and short labels repeated across many claims. JSON decoding makes a
# new string for every occurrence; interning them keeps one, which saves about 12% of a
# loaded catalog's memory at 10^5 claims (the A/B row of the benchmarks).
_INTERNED = {
    Claim: ("subject", "source"),
    EntityRef: ("id",),
    Qualifiers: ("character", "region"),
    Quantity: ("unit",),
}


def _structure_interned(value: Any, _: Any) -> str:
    if type(value) is not str:
        raise _wrong_type(value, "a string")
    return sys.intern(value)


def _structure_optional_interned(value: Any, type_: Any) -> str | None:
    return None if value is None else _structure_interned(value, type_)


def _structure_attrs_class(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    interned: dict[str, Any] = {
        name: override(
            struct_hook=_structure_interned
            if attrs.fields_dict(cls)[name].default is attrs.NOTHING
            else _structure_optional_interned
        )
        for name in _INTERNED.get(cls, ())
    }
    generated = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True, **interned)

    def hook(value: Any, type_: Any) -> Any:
        if type(value) is not dict:
            raise _wrong_type(value, "an object")
        return generated(value, type_)

    return hook


_CLASS_OF_TAG = {tag: cls for cls, tag in VALUE_TAGS.items()}


def _value_hooks(conv: cattrs.Converter) -> None:
    # Hooks looked up once, not dispatched per claim: this is the converter's hottest path.
    unstructurers = {cls: conv.get_unstructure_hook(cls) for cls in VALUE_TAGS}
    structurers = {tag: (cls, conv.get_structure_hook(cls)) for tag, cls in _CLASS_OF_TAG.items()}

    def unstructure_value(value: Value) -> dict[str, Any]:
        # The tag goes first so that a reader of the data files sees what kind of value follows.
        return {"type": VALUE_TAGS[type(value)], **unstructurers[type(value)](value)}

    def structure_value(data: Any, _: Any) -> Value:
        if type(data) is not dict:
            raise _wrong_type(data, "an object")
        tag = data.get("type")
        found = structurers.get(tag) if type(tag) is str else None
        if found is None:
            msg = f"'type' must be one of {', '.join(map(repr, structurers))}: {short_repr(tag)}"
            raise ValueError(msg)
        cls, hook = found
        value: Value = hook({key: item for key, item in data.items() if key != "type"}, cls)
        return value

    conv.register_unstructure_hook(Value, unstructure_value)
    conv.register_structure_hook(Value, structure_value)


# An entity's class by the prefix of its id: the classes of people, characters and
# organizations have the same fields.
_ENTITY_OF_PREFIX: dict[str, type] = {kind.prefix: RECORD_TYPES[kind.record] for kind in KINDS}


def _entity_hook(conv: cattrs.Converter) -> None:
    hooks = {prefix: conv.get_structure_hook(cls) for prefix, cls in _ENTITY_OF_PREFIX.items()}

    def structure_entity(data: Any, _: Any) -> Entity:
        if type(data) is not dict:
            raise _wrong_type(data, "an object")
        entity_id = data.get("id")
        prefix = entity_id.partition("/")[0] if type(entity_id) is str else None
        if prefix not in hooks:
            prefixes = ", ".join(f"{p}/" for p in hooks)
            msg = f"an entity's 'id' starts with {prefixes}: {short_repr(entity_id)}"
            raise ValueError(msg)
        entity: Entity = hooks[prefix](data, _ENTITY_OF_PREFIX[prefix])
        return entity

    conv.register_structure_hook_func(lambda type_: type_ == Entity, structure_entity)


def _resolve_record_types() -> None:
    # The package gives its public classes the module name `ballerina_data`, where the
    # records' annotations (Decimal, Season, ...) are not all defined: resolve them here.
    from . import _records

    for obj in vars(_records).values():
        if isinstance(obj, type) and attrs.has(obj):
            attrs.resolve_types(obj, globalns=vars(_records))


def _build(*, value_hooks: bool = True) -> cattrs.Converter:
    """The converter; ``value_hooks=False`` gives cattrs' tagged union for claim values
    instead of ours, for the benchmarks' A/B row."""
    _resolve_record_types()
    conv = make_converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_unstructure_hook(Decimal, amount_text)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(DateInterval, str)
    conv.register_structure_hook(DateInterval, _structure_date_interval)
    conv.register_structure_hook_func(
        lambda type_: type_ in (PartialDate | DateInterval | None, PartialDate | DateInterval),
        _structure_publication_date,
    )
    # One hook per enum class, registered directly: cattrs versions differ in how their own
    # enum handling ranks against a predicate factory, and theirs would call Predicate(x),
    # which also takes names and Wikidata ids, where JSON must hold the value.
    for cls in _ENUMS:
        conv.register_structure_hook(cls, _structure_enum(cls))
        # Enum.value is a Python-level property; reading the slot behind it is a C-level call.
        conv.register_unstructure_hook(cls, operator.attrgetter("_value_"))
    # The enums of the query results (Relation, PreferenceRule) alike, without importing
    # the layers above that define them.
    conv.register_structure_hook_factory(
        lambda type_: isinstance(type_, type) and issubclass(type_, enum.Enum),
        lambda cls, _: _structure_enum(cls),
    )
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _structure_tuple)
    conv.register_structure_hook_func(lambda type_: type_ == dict[str, str], _structure_texts)
    conv.register_structure_hook_factory(attrs.has, _structure_attrs_class)
    # Before the record hooks, which capture the union hooks when they are generated.
    _entity_hook(conv)
    if value_hooks:
        _value_hooks(conv)
    else:
        from cattrs.strategies import configure_tagged_union

        configure_tagged_union(Value, conv, tag_name="type", tag_generator=VALUE_TAGS.__getitem__)
    # Records whose defaults are omitted, to keep the data files short (Quantity is not one:
    # "400000000 USD" alone reads as exact only to those who know the default bound). A
    # factory generates each hook on first use, so loading data compiles no unstructurers.
    omit_defaults = {Qualifiers, Source, Film, Claim}
    conv.register_unstructure_hook_factory(
        lambda type_: type_ in omit_defaults,
        lambda cls, conv: make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True),
    )
    return conv


converter = _build()


def _describe(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, _More):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(map(repr, sorted(exc.extra_fields)))}"
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ValueError | TypeError) and exc.args:
        # attrs validators put the message first and the attribute and value after it.
        return str(exc.args[0])
    return cattrs.v.format_exception(exc, type_)


def structure(data: Any, cls: type[T], *, path: str = "$") -> T:
    """Build a record of type ``cls`` from JSON-ready ``data``.

    Raises:
        InvalidDataError: with one ``"<what> @ <path>"`` line per problem.
    """
    try:
        with gc_paused():
            return converter.structure(data, cls)
    except cattrs.BaseValidationError as exc:
        lines = cattrs.transform_error(exc, path=path, format_exception=_describe)
        # The count of a list's invalid items that were not kept goes last, where the
        # message's own limit cannot cut it off.
        more = [line for line in lines if line.startswith(_MORE_PREFIX)]
        lines = [line for line in lines if not line.startswith(_MORE_PREFIX)]
        kept = MAX_PROBLEMS - len(more)
        omitted = max(0, len(lines) - kept)
        raise InvalidDataError([*lines[:kept], *more], omitted=omitted) from None
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        # Raised outside any field, e.g. for a top-level value of the wrong shape.
        raise InvalidDataError([f"{_describe(exc, cls)} @ {path}"]) from None


def unstructure(obj: Any) -> Any:
    """Turn a record (or a tuple of records) into JSON-ready data."""
    return converter.unstructure(obj)


class RefusedValue:
    """A JSON value the loader refuses, left in place so that structuring names its path.

    :func:`loads` puts these and :class:`DuplicateKeys` in the data it returns; callers that
    walk that data themselves (the curation file's checks) look for both.
    """

    __slots__ = ("problem",)

    def __init__(self, problem: str) -> None:
        self.problem = problem

    def __repr__(self) -> str:
        return self.problem


class DuplicateKeys(dict[str, Any]):
    """An object with a key given twice; the last value would silently win."""

    __slots__ = ("keys_given_twice",)

    def __init__(self, found: dict[str, Any], *, keys_given_twice: list[str]) -> None:
        super().__init__(found)
        self.keys_given_twice = keys_given_twice


# Every empty JSON object parses to this one dict, which nothing parsed is ever changed in
# place: a file of a million `{}` costs a million references, not a million dicts.
_EMPTY: dict[str, Any] = {}


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if not pairs:
        return _EMPTY
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    seen: set[str] = set()
    twice: set[str] = set()
    for key, _ in pairs:
        (twice if key in seen else seen).add(key)
    return DuplicateKeys(found, keys_given_twice=sorted(twice))


# Python refuses to convert integers of more digits (sys.get_int_max_str_digits()).
_MAX_DIGITS = 4300


def _integer(digits: str) -> int | RefusedValue:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        return RefusedValue(f"an integer of {len(digits)} digits")
    return int(digits)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _mark_surrogates(value: Any) -> Any:
    if type(value) is str:
        return RefusedValue("a string with a lone surrogate") if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [_mark_surrogates(item) for item in value]
    if isinstance(value, dict):
        marked = {key: _mark_surrogates(item) for key, item in value.items()}
        bad_keys = [key for key in marked if _SURROGATE.search(key)]
        for key in bad_keys:
            marked[key] = RefusedValue("a key with a lone surrogate")
        if isinstance(value, DuplicateKeys):
            return DuplicateKeys(marked, keys_given_twice=value.keys_given_twice)
        return marked
    return value


#: JSON but brackets, strings whole; possessive, so that a failed match never backtracks.
_FILL = r'(?:[^\[\]{}"]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+'


@functools.cache
def _nested_at_most(levels: int) -> re.Pattern[str]:
    """JSON text whose arrays and objects nest at most ``levels`` deep (brackets matched)."""
    inner = _nested_at_most(levels - 1).pattern if levels else ""
    more = rf"(?:(?:\[{inner}\]|\{{{inner}\}}){_FILL})*+" if levels else ""
    return re.compile(_FILL + more)


def check_nesting(text: str | bytes, deepest: int, path: str) -> None:
    """Refuse JSON text (which :func:`loads` parsed) nested deeper than ``deepest``."""
    _check_nesting(text if isinstance(text, str) else bytes(text).decode("utf-8"), deepest, path)


def _check_nesting(text: str, deepest: int, path: str) -> None:
    """Refuse JSON nested deeper than ``deepest`` before ``json`` builds it (millions of
    small nested arrays cost gigabytes), in linear time: where the expression stops at an
    opening bracket, the next looks inside; elsewhere, the JSON is malformed (the parser's
    to report)."""
    at, depth = 0, 0
    while True:
        match = _nested_at_most(deepest - depth).match(text, at)
        assert match is not None  # the pattern matches the empty text too
        end = match.end()
        if end == len(text) or text[end] not in "[{":
            return
        if depth == deepest:
            line, column = line_and_column(text, end)
            msg = f"JSON nested more than {deepest} deep, deeper than the format allows, at"
            raise InvalidDataError(f"{msg} line {line} column {column} @ {path}")
        depth, at = depth + 1, end + 1


#: A list that is an item of a list, outside strings (or a list after a comma in an object,
#: which is malformed JSON).
_LIST_IN_A_LIST = re.compile(r"[\[,][ \t\n\r]*+\[")
#: JSON up to the first list in a list, strings whole; possessive, so linear.
_UP_TO_A_LIST_IN_A_LIST = re.compile(
    r'(?:[^\[,"]++|"[^"\\]*+(?:\\.[^"\\]*+)*+"|[\[,](?![ \t\n\r]*+\[))*+'
)


def has_list_in_a_list(text: str) -> bool:
    """Whether ``text`` has a ``[`` after a ``[`` or a ``,`` and whitespace, inside strings
    too: what ``_LIST_IN_A_LIST.search`` finds.

    A catalog has a bracket every few thousand characters, and the pattern tries every comma:
    finding each ``[`` and looking back from it is 30-100x faster (0.34 s against 5 ms for
    the 44 MB text of 10^5 generated claims). Text with many brackets, or a bracket after
    a long run of whitespace, goes to the pattern, so the work stays linear at C speed.
    """
    if text.count("[") * 64 > len(text):
        return _LIST_IN_A_LIST.search(text) is not None
    at = text.find("[")
    while at != -1:
        before = text[max(0, at - 16) : at].rstrip(" \t\n\r")
        if before:
            if before[-1] in "[,":
                return True
        elif at >= 16:  # 16 or more whitespace characters before it
            return _LIST_IN_A_LIST.search(text) is not None
        at = text.find("[", at + 1)
    return False


def _check_no_list_in_a_list(text: str, path: str) -> None:
    """Refuse a list inside a list before ``json`` builds it: a file of millions of ``[]``
    items cost four times the memory of a valid file of its size, a list object each."""
    if not has_list_in_a_list(text):  # strings and all: nearly every file
        return
    match = _UP_TO_A_LIST_IN_A_LIST.match(text)
    assert match is not None  # the pattern matches the empty text too
    found = _LIST_IN_A_LIST.match(text, match.end())
    if found is None:
        return  # malformed JSON, the parser's to report
    at = found.end() - 1
    line, column = line_and_column(text, at)
    msg = f"JSON has a list inside a list, which the format never has, at line {line}"
    raise InvalidDataError(f"{msg} column {column} @ {path}")


def _nesting_unchecked(text: str | bytes, deepest: int | None, path: str) -> None:
    # A parse that failed on sparse text, whose nesting was not checked first: the nesting
    # is the first problem reported, as it is for text checked before parsing.
    if deepest is not None:
        check_nesting(text, deepest, path)


def loads(
    text: str | bytes,
    *,
    path: str = "$",
    deepest: int | None = None,
    sparse_unchecked: bool = False,
    from_utf8: bool = False,
    lists_in_lists: bool = True,
    items_but: tuple[str, ...] | None = None,
) -> Any:
    """Parse JSON text, turning every parse failure into :class:`InvalidDataError`.

    Bytes must be UTF-8 (not UTF-16 or -32, which ``json`` would guess). Duplicate keys,
    integers too long to convert and strings with lone surrogates parse into markers that
    structuring refuses with their path. Nesting past ``deepest`` is refused before parsing;
    with ``sparse_unchecked``, only where the text is dense with brackets (see
    :func:`is_sparse`): the caller checks a sparse text's nesting with
    :func:`check_nesting` if it refuses what was parsed. ``from_utf8``: ``text`` was decoded
    from UTF-8 bytes, and so holds no lone surrogate of its own.
    With ``lists_in_lists=False`` a list that is an item of a list is refused before
    parsing.

    With ``items_but``, a document (a JSON object) has each list it holds, but the values
    of the keys named, read as :class:`Items`: read whole, its items counted, and parsed
    again only when they are read, one at a time. A file of millions of small invalid items
    (``{"a":1}``, ``"ab"``) is then refused at its 20th invalid item: parsed whole first, it
    cost 4-7 times the memory of a valid file of its size. Text that is not an object is
    parsed whole.
    """
    decoded = from_utf8 or not isinstance(text, str)
    try:
        if not isinstance(text, str):
            text = bytes(text).decode("utf-8")
        if deepest is not None and not (sparse_unchecked and is_sparse(text)):
            _check_nesting(text, deepest, path)
        if not lists_in_lists:
            _check_no_list_in_a_list(text, path)
        if items_but is not None and (
            (document := _document_or_none(text, items_but, decoded=decoded)) is not None
        ):
            return document
        data = _parsed(text)
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text: {exc.reason} at byte {exc.start} @ {path}"
        raise InvalidDataError(msg) from None
    except json.JSONDecodeError as exc:
        _nesting_unchecked(text, deepest if sparse_unchecked else None, path)
        # Some of json's messages end in "at" ("Unterminated string starting at"): one "at".
        detail = exc.msg.removesuffix(" at")
        if detail.startswith("Unexpected UTF-8 BOM"):  # json's advice is Python's, not ours
            detail = "the text starts with a byte order mark (BOM); save it as UTF-8 without one"
        line, column = line_and_column(exc.doc, exc.pos)
        msg = f"malformed JSON: {detail} at line {line} column {column} @ {path}"
        raise InvalidDataError(msg) from None
    except RecursionError:
        _nesting_unchecked(text, deepest if sparse_unchecked else None, path)
        raise InvalidDataError(f"JSON nested too deeply @ {path}") from None
    except MemoryError:
        msg = f"not enough memory to parse {len(text)} characters of JSON @ {path}"
        raise InvalidDataError(msg) from None
    if has_surrogates(text, decoded=decoded):
        try:
            data = _mark_surrogates(data)
        except RecursionError:
            raise InvalidDataError(f"JSON nested too deeply @ {path}") from None
    return data


def _parsed(text: str) -> Any:
    try:
        # Parsed lists are tracked by the collector: a file of millions of them would pay a
        # pass over all of them again and again.
        with gc_paused():
            return json.loads(text, object_pairs_hook=_object)
    except ValueError as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise
        # An integer past Python's conversion limit: parse again, marking it, so that
        # structuring names its path. Parsing every integer through a hook costs more.
        return json.loads(text, object_pairs_hook=_object, parse_int=_integer)


def _document_or_none(text: str, whole: tuple[str, ...], *, decoded: bool) -> Any:
    """The object ``text`` holds, its lists (but the values of the keys in ``whole``) read
    as :class:`Items`; None where ``text`` is not an object, or is malformed: the whole
    parse then says what is wrong with it, and where."""
    marked = has_surrogates(text, decoded=decoded)
    try:
        with gc_paused():
            document = _document_of_items(text, whole, _marked_item if marked else _item)
    except (ValueError, StopIteration, RecursionError, MemoryError):
        return None  # malformed, or nested too deep for the parser
    if document is None or not marked:
        return document
    return _mark_surrogates(document)


# The decoder's scanner parses one value at an offset.
_SCAN = json.JSONDecoder(object_pairs_hook=_object).scan_once  # type: ignore[attr-defined]  # set by __init__, not in the stubs
_SCAN_MARKING = json.JSONDecoder(  # type: ignore[attr-defined]  # as _SCAN
    object_pairs_hook=_object, parse_int=_integer
).scan_once


def _item(text: str, at: int) -> tuple[Any, int]:
    """The JSON value at ``at`` in ``text``, parsed as :func:`loads` parses it, and where
    it ends."""
    try:
        found: tuple[Any, int] = _SCAN(text, at)
    except json.JSONDecodeError:
        raise
    except ValueError:  # an integer past Python's conversion limit: marked, as loads does
        found = _SCAN_MARKING(text, at)
    return found


def _marked_item(text: str, at: int) -> tuple[Any, int]:
    """:func:`_item`, its strings with a lone surrogate marked."""
    found, end = _item(text, at)
    return _mark_surrogates(found), end


_JSON_SPACE = re.compile(r"[ \t\n\r]*+")


def _after_space(text: str, at: int) -> int:
    found = _JSON_SPACE.match(text, at)
    assert found is not None  # the pattern matches the empty text too
    return found.end()


def _document_of_items(
    text: str, whole: tuple[str, ...], parse: Callable[[str, int], tuple[Any, int]]
) -> dict[str, Any] | None:
    """The object ``text`` holds, each list it holds (but the values of the keys in
    ``whole``) as :class:`Items`; None if ``text`` holds no object.

    Raises:
        ValueError, StopIteration or RecursionError: malformed JSON.
    """
    from json.decoder import scanstring  # type: ignore[attr-defined]  # not in typeshed

    at = _after_space(text, 0)
    if text[at : at + 1] != "{":
        return None
    at = _after_space(text, at + 1)
    pairs: list[tuple[str, Any]] = []
    while text[at : at + 1] == '"':
        key, at = scanstring(text, at + 1)
        at = _after_space(text, at)
        if text[at : at + 1] != ":":
            raise ValueError(at)
        at = _after_space(text, at + 1)
        if text[at : at + 1] == "[" and key not in whole:
            value, at = _read_items(text, at, parse)
        else:
            value, at = _item(text, at)
        pairs.append((key, value))
        at = _after_space(text, at)
        if text[at : at + 1] != ",":
            break
        at = _after_space(text, at + 1)
    if text[at : at + 1] != "}" or _after_space(text, at + 1) != len(text):
        raise ValueError(at)
    return _object(pairs)


_BETWEEN_OBJECTS = re.compile(r"\}[ \t\n\r]*+(,)[ \t\n\r]*+\{")

#: How many characters of a list's items are parsed at once where they can be: 2^18 of
#: ``{}`` items are 87,000 shared dicts, of ``"ab"`` items 52,000 strings (2.7 MB).
_CHUNK = 2**18


def _read_items(
    text: str, start: int, parse: Callable[[str, int], tuple[Any, int]]
) -> tuple[Items, int]:
    """The list at ``start`` in ``text`` (its ``[``), as :class:`Items`, and where it ends.

    Its items are parsed to be counted and dropped: a chunk of them at a time by ``json``
    where a comma some way on is between two items (parsing up to it then succeeds), one
    at a time where it is not. Parsing each small item by itself took 3 times as long.

    Raises:
        ValueError, StopIteration or RecursionError: malformed JSON.
    """
    # How many objects gave a key twice, and where the last chunk or item that had one
    # starts: a check of every item for one looks only from there.
    twice = 0
    twice_from: tuple[int, int] | None = None

    def counted(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal twice
        found = _object(pairs)
        if type(found) is DuplicateKeys:
            twice += 1
        return found

    chunk_of = json.JSONDecoder(object_pairs_hook=counted).decode
    scan = json.JSONDecoder(  # type: ignore[attr-defined]  # as _SCAN
        object_pairs_hook=counted, parse_int=_integer
    ).scan_once
    count = 0
    at = _after_space(text, start + 1)
    if text[at : at + 1] == "]":
        return Items(text, start, 0, parse, keys_twice_from=None), at + 1
    while True:
        # A comma between two objects is between two items far more often than a comma:
        # the fields of a record are separated by commas too.
        stop = at + 2 * _CHUNK
        between = _BETWEEN_OBJECTS.search(text, at + _CHUNK, stop)
        comma = between.start(1) if between else text.find(",", at + _CHUNK, stop)
        if comma != -1:
            before = twice
            try:
                # Only counted: the chunk's objects are dropped before the next is parsed.
                parsed = len(chunk_of("[" + text[at:comma] + "]"))
            except (ValueError, RecursionError):
                stop = comma  # the comma is inside an item, or the list ends before it
            else:
                if twice != before:
                    twice_from = (count, at)
                count += parsed
                at = _after_space(text, comma + 1)
                continue
        # One at a time, up to the comma (then a chunk again) or the list's end.
        while at <= stop:
            before = twice
            _, end = scan(text, at)
            if twice != before:
                twice_from = (count, at)
            count += 1
            at = _after_space(text, end)
            separator = text[at : at + 1]
            if separator == "]":
                items = Items(text, start, count, parse, keys_twice_from=twice_from)
                return items, at + 1
            if separator != ",":
                raise ValueError(at)
            at = _after_space(text, at + 1)


def line_and_column(text: str, at: int) -> tuple[int, int]:
    """The line and column (each from 1) of the character at ``at`` in ``text``, whose
    lines end in a newline, a carriage return, or both (a file saved with bare carriage
    returns has lines too; json's own count sees one line in it)."""
    line = text.count("\n", 0, at) + text.count("\r", 0, at) - text.count("\r\n", 0, at)
    start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    return line + 1, at - start + 1
