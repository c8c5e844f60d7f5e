"""Add a source document: claims written with quotes only, located, checked and laid out.

The input is the source's text and a JSON *curation file*::

    {
      "source": {"id": "my-notes", "title": "My notes", "published": "2025-06-01",
                 "published_note": "how the date is known"},
      "entities": {"people": [{"id": "person/new-name", "name": "New Name"}]},
      "claims": [
        {"id": "my-notes-001", "subject": "Ballerina (2024)", "predicate": "cast_member",
         "value": {"type": "entity", "id": "Ana De Armas"},
         "quote": "Ana de Armas leads it", "note": "optional"}
      ]
    }

``source`` is a :class:`~ballerina_data.Source` without ``sha256``, which is computed
from the text. ``entities`` (optional) holds the entities that are new, as in the catalog
format, and any entity of the catalog given with new aliases (its record as the catalog
has it, with the new aliases after its own: a new title of a known work). Each claim is a
claim of the catalog format without ``source`` and with ``quote`` in place of
``evidence``; where the quote occurs more than once in the text, ``occurrence`` (counting
from 1 the places at the edges of words, where a quote may be) or ``context`` (a longer
passage around it) says which.

A claim's ``subject``, an entity ``value``'s ``id`` and the ``character`` qualifier may be
an id or a name. A name is resolved to the one entity of the kind the predicate takes
that has it, folded as the lookups fold it (``"Ana De Armas"`` is
``person/ana-de-armas``); a film may be named with its year, ``"Ballerina (2024)"``.

:func:`build` locates each quote (:meth:`Evidence.locate <ballerina_data.Evidence.locate>`),
resolves names, checks every claim with the converter and the catalog's integrity and kind
checks, and verifies the result. :func:`write` lays it out as the shipped data is laid out,
and :func:`load` reads that layout back, merged with the catalog it extends.

Over 600 lines because every refusal names the file, line and field of the curation file
and suggests a fix: locating a problem in the curator's JSON is most of the module.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from typing import TYPE_CHECKING, Any

from . import _quotes, _verify
from ._arguments import MAX_QUERY
from ._catalog import Catalog, with_more_aliases
from ._errors import (
    MAX_PROBLEMS,
    IntegrityError,
    InvalidDataError,
    InvalidQueryError,
    NotFoundError,
    WriteError,
)
from ._format import dump_records, read_file
from ._kinds import KINDS, SECTIONS, WORK_KINDS_BY_PREFIX, id_prefixes, record_noun, split_year
from ._normalize import document_key, normalize
from ._predicates import RECORD_TYPES
from ._records import Character, Claim, Entity, Evidence, Film, Predicate, WorkKind, entity_ids
from ._stream import Items
from ._validators import short_repr

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from ._quotes import TextIndex
    from ._rules import Breach
    from ._write import Folder

__all__ = ["build", "into", "load", "read", "write"]

_SECTIONS = {section: RECORD_TYPES[record] for section, record in SECTIONS.items()}
_ENTITY_TYPES = tuple(_SECTIONS.values())
_ID_PREFIXES = tuple(dict.fromkeys(f"{kind.prefix}/" for kind in KINDS))
_SURROGATE = re.compile("[\ud800-\udfff]")
_PATH_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
# The files of a source in a folder curation writes: (folder, suffix after its id).
_FILES = (("claims", ".json"), ("texts", ".txt"))

Path_ = tuple[str | int, ...]


class _Refused(InvalidDataError):
    """An InvalidDataError that knows where in the curation file the problem is; and
    ``others``, the further problems found with it, each with where it is."""

    def __init__(
        self,
        path: Path_,
        message: str,
        *,
        line: int | None = None,
        others: Sequence[tuple[Path_, str]] = (),
        omitted: int = 0,
    ) -> None:
        super().__init__([message, *(other for _, other in others)], omitted=omitted)
        self.path = path
        self.line = line
        self.others = others


def read(
    text_path: str | os.PathLike[str],
    curation_path: str | os.PathLike[str],
    *,
    base: Catalog | None = None,
    replace: bool = False,
) -> Catalog:
    """Build the catalog of one source from its text file and its curation file.

    See :func:`build`; the files must be UTF-8.

    Raises:
        InvalidDataError: one line, ``"<curation file>:<line>: <where>: <what>"``, naming
            the line of the bad field, with a suggestion where there is one; or a file that
            is not UTF-8 text.
        OSError: a file cannot be read.
    """
    text = _decode(text_path, "source text")
    raw = _decode(curation_path, "curation file")
    try:
        with _quotes.search_budget():
            return _build(text, raw, base, replace=replace)
    except _Refused as exc:
        name = os.fspath(curation_path)
        first = f"{name}:{exc.line or _line(raw, exc.path)}: {exc.problems[0]}"
        others = (f"{name}:{_line(raw, path)}: {message}" for path, message in exc.others)
        raise InvalidDataError([first, *others], omitted=exc.omitted) from None


def _decode(path: str | os.PathLike[str], what: str) -> str:
    data = read_file(os.fspath(path), what=what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"{os.fspath(path)}: not UTF-8 text: {exc.reason} at byte {exc.start}"
        raise InvalidDataError(msg) from None


def build(
    text: str,
    curation: str | dict[str, Any],
    *,
    base: Catalog | None = None,
    replace: bool = False,
) -> Catalog:
    """The catalog of one source: its text, its located claims and the entities they name.

    ``curation`` is the curation file's JSON text, or the object it holds. ``base`` (by
    default the shipped catalog) is the catalog the source extends: names resolve to its
    entities, and the result, which holds the source, its claims, its new entities and the
    entities of ``base`` its claims name, merges with it. A source ``base`` already has is
    refused, unless ``replace``: then it is built against ``base`` without that source and
    its claims, to take their place.

    Every claim, the source and each new entity must keep the rules of the data (the page
    "The data model"), which the data tests check over the shipped data. An entity of
    ``base`` given with more aliases (every other field as ``base`` has it, its aliases
    first, in order) is taken with them, each new alias checked as a new entity's names
    are and written in ``text``; the result then merges with ``base`` as that record (see
    :meth:`~ballerina_data.Catalog.merge`).

    >>> mine = {
    ...     "source": {"id": "my-notes", "published": "2025-06-01", "published_note": "mine"},
    ...     "claims": [{"id": "my-notes-001", "subject": "Ballerina (2024)",
    ...                 "predicate": "cast_member",
    ...                 "value": {"type": "entity", "id": "Ana De Armas"},
    ...                 "quote": "Ana de Armas leads it"}],
    ... }
    >>> (claim,) = build("In the spin-off, Ana de Armas leads it.", mine).claims
    >>> claim.subject, claim.value.id, claim.evidence.start, claim.evidence.end
    ('film/ballerina-2024', 'person/ana-de-armas', 17, 38)

    Raises:
        InvalidDataError: for the first problem, one line ``"<where>: <what>"`` (``where``
            is ``claim <id>`` and the field, or ``source`` or ``entities``), with a
            suggestion where there is one: a quote not in the text, a quote found more
            than once, a name no entity has, a field the converter refuses, a claim of
            the wrong kinds, a problem :meth:`~ballerina_data.Catalog.verify` finds, or a
            rule of the data it breaks.
        TypeError: ``text`` is not a string.
    """
    try:
        with _quotes.search_budget():
            return _build(text, curation, base, replace=replace)
    except _Refused as exc:
        raise InvalidDataError(str(exc)) from None


def _build(
    text: str, curation: str | dict[str, Any], base: Catalog | None, *, replace: bool = False
) -> Catalog:
    from ._convert import loads

    if not isinstance(text, str):
        msg = f"text must be a str, got {type(text).__name__}"
        raise TypeError(msg)
    try:
        # The claims are read but not kept (Items): each is parsed as it is checked, so that
        # a file of millions of small invalid claims is refused at the first.
        document = (
            loads(curation, items_but=("source", "entities"))
            if isinstance(curation, str | bytes)
            else curation
        )
    except InvalidDataError as exc:
        message = str(exc).removesuffix(" @ $")
        found = re.search(r" at line (\d+) column (\d+)$", message)
        if found is None:
            raise _Refused((), message) from None
        column = found[2]
        message = f"{message[: found.start()]} at column {column}"
        raise _Refused((), message, line=int(found[1])) from None
    base = _base(base)
    _check_text(text)
    _check_no_key_twice(document, (), shallow=_nests_at_most(curation, _DEEPEST))
    _check_shape(document, (), ("source", "entities", "claims"), required=("source", "claims"))
    source = _source(document["source"], text)
    base = _extended(base, source.id, replace=replace)
    _check_new_document(base, source.id, text)
    new, extended = _new_entities(document.get("entities", {}), base)
    known = _Names(base, [*new, *extended])
    _check_new_names([*new, *extended], known, document)
    items = document["claims"]
    if not isinstance(items, list | tuple | Items):
        raise _Refused(("claims",), f"claims: expected a list, got {type(items).__name__}")
    claims = _located(items, text, source.id, known)
    # The result must merge with the base: no id of a claim the base already has.
    taken = {claim.id: claim.source for claim in base.claims}
    for number, claim in enumerate(claims):
        if claim.id in taken:
            msg = f"claim {claim.id}: id: already a claim of {taken[claim.id]}; choose another id"
            raise _Refused(("claims", number, "id"), msg)
    new_ids = {entity.id for entity in new}
    sections = _sections_of(claims, new, extended, known)
    try:
        catalog = Catalog(sources=(source,), claims=claims, texts={source.id: text}, **sections)
    except IntegrityError as exc:
        raise _integrity(exc, document) from None
    # The entities of the base were verified with the base's texts. The rules of the data
    # are checked next, against the base merged in (a note may quote another source), each
    # breach at its field of the curation file.
    ours = {source.id, *new_ids, *(claim.id for claim in claims)}
    verified = _verify.verify(catalog.sources, claims, _entities(catalog), catalog.texts)
    problems = [problem for problem in verified if problem.where in ours]
    if problems:
        messages = []
        for problem in problems[:MAX_PROBLEMS]:
            path, where = _where(problem.where, document)
            messages.append((path, f"{where}: {problem.message}"))
        omitted = len(problems) - len(messages)
        raise _Refused(*messages[0], others=messages[1:], omitted=omitted)
    _check_rules(catalog, new, base, document)
    _check_new_aliases(extended, base, text, document)
    return catalog


def _sections_of(
    claims: tuple[Claim, ...], new: list[Any], extended: list[Any], known: _Names
) -> dict[str, Any]:
    """The entities of a new source's catalog by section: the new ones, those of the catalog
    it gives new aliases (its own, whether or not its claims name them), and the others of
    the catalog its claims name."""
    named = {ref for claim in claims for ref in entity_ids(claim)}
    given = {entity.id for entity in (*new, *extended)}
    entities: list[Any] = [
        *new,
        *extended,
        *(known.catalog.entity(ref) for ref in sorted(named - given) if ref in known.ids),
    ]
    return {
        section: tuple(e for e in entities if type(e) is cls) for section, cls in _SECTIONS.items()
    }


def _check_new_names(new: list[Any], known: _Names, document: dict[str, Any]) -> None:
    """The rules of a new entity's names alone, before any claim names it: none is shaped
    like an id, none is another entity's (which a claim would name ambiguously). So too the
    names of an entity of the catalog given with new aliases: the catalog's pass them."""
    from . import _rules

    breaches = [
        (("entities", section, position), f"entities.{section}[{position}]", breach)
        for entity, section, position in _positions(new, document)
        for breach in (
            *_rules.no_name_shaped_like_an_id(entity),
            *_rules.no_name_of_another_entity(entity, known.by_name),
        )
    ]
    _refuse_all(breaches)


def _positions(new: list[Any], document: dict[str, Any]) -> Iterator[tuple[Any, str, int]]:
    """Each new entity with its section and its position there in the curation file (the
    first record of its id, as the file may give others of the catalog before it)."""
    sections = {cls: section for section, cls in _SECTIONS.items()}
    given = document.get("entities") or {}
    # Each section's positions are filed once: listing its ids again for each entity read
    # 4 million items for 2,000 new people.
    first: dict[str, dict[str, int]] = {}
    for entity in new:
        section = sections[type(entity)]
        if section not in first:
            positions: dict[str, int] = {}
            for position, item in enumerate(given[section]):
                if isinstance(item, dict) and isinstance(item_id := item.get("id"), str):
                    positions.setdefault(item_id, position)
            first[section] = positions
        yield entity, section, first[section][entity.id]


def _check_new_aliases(
    extended: list[Any], base: Catalog, text: str, document: dict[str, Any]
) -> None:
    """Each alias an entity of the catalog is given is written in the new source's text as
    the text writes it: that text is the one that gives it (re-curating the source without
    it takes it away). The names the catalog has are not searched for again."""
    from . import _rules

    breaches = [
        (("entities", section, position), f"entities.{section}[{position}]", breach)
        for entity, section, position in _positions(extended, document)
        for breach in _rules.names_written_as_a_source_writes_them(
            entity, text, base.entity(entity.id).names
        )
        # A new title of a known work is written as one of its titles.
        or (
            _rules.new_title_written_as_a_title(entity, text, base.entity(entity.id).names)
            if isinstance(entity, Film)
            else []
        )
    ]
    _refuse_all(breaches)


def _check_rules(catalog: Catalog, new: list[Any], base: Catalog, document: dict[str, Any]) -> None:
    """The rules of the data (the data tests check the same, over the shipped data)."""
    from . import _rules

    (source,) = catalog.sources
    text = catalog.text(source)
    breaches: list[tuple[Path_, str, _rules.Breach]] = [
        (("source",), "source", b) for b in _rules.source_breaches(source, text)
    ]
    # The rules of a claim may look at the other sources: the texts a note quotes.
    merged = base.merge(catalog)
    for number, claim in enumerate(catalog.claims):
        try:
            found = _rules.claim_breaches(claim, merged)
        except InvalidDataError as exc:  # its note's passages spent the searches' budget
            raise _Refused(("claims", number, "note"), f"claim {claim.id}: {exc}") from None
        breaches.extend((("claims", number), f"claim {claim.id}", b) for b in found)
    if new:
        texts = "\n".join((*base.texts.values(), text))
        written = _written(new, texts)
        films = any(isinstance(entity, Film) for entity in new)
        source_words = _rules.words(texts) if films else set()
        for entity, section, position in _positions(new, document):
            found = _rules.names_written_as_a_source_writes_them(entity, texts, written)
            if isinstance(entity, Film):
                found += _rules.description_words_are_source_words(entity, source_words)
                found += _rules.description_quotes_are_source_passages(entity, texts)
                found += _rules.year_written_by_a_source(entity, merged)
            where = f"entities.{section}[{position}]"
            breaches.extend((("entities", section, position), where, b) for b in found)
    _refuse_all(breaches)


def _refuse_all(breaches: Sequence[tuple[Path_, str, Breach]]) -> None:
    """Refuse the breaches of the rules, each at its field's line: the first 20, and how many
    more there are."""
    if breaches:
        messages = []
        for path, where, breach in breaches[:MAX_PROBLEMS]:
            steps = _PATH_STEP.findall("." + breach.field)
            field_path = tuple(key if key else int(index) for key, index in steps)
            messages.append(((*path, *field_path), f"{where}: {breach.field}: {breach.message}"))
        omitted = len(breaches) - len(messages)
        raise _Refused(*messages[0], others=messages[1:], omitted=omitted)


def _written(new: list[Any], texts: str) -> set[str]:
    """The names of the new entities the texts write so from a word's start to a word's
    end, found in one pass; the rule searches the texts for each other name, at most
    :data:`_MOST_SEARCHED` characters in all (a name written inside a word, as "Ana" in
    "Banana", or not written so at all, as "ANA" where the text writes "Ana")."""
    names = {name for entity in new for name in entity.names}
    written = _verify.names_written(names, [texts])
    others = len(names - written)
    if others * len(texts) > _MOST_SEARCHED:
        msg = (
            f"entities: {others} names to find inside the words of texts of {len(texts)}"
            f" characters is over the limit of {_MOST_SEARCHED:.0e} characters searched; write"
            " each name as the text writes it, from a word's start to a word's end"
        )
        raise _Refused(("entities",), msg)
    return written


def _extended(base: Catalog, source_id: str, *, replace: bool) -> Catalog:
    """The catalog a source extends: ``base`` without the source it replaces, or ``base``
    if it has no source with its id."""
    if replace:
        base = _without(base, source_id)
    if any(known.id == source_id for known in base.sources):
        msg = f"source.id: {source_id!r} is already a source of the catalog; choose another id"
        raise _Refused(("source", "id"), msg)
    return base


def _check_new_document(base: Catalog, source_id: str, text: str) -> None:
    """Refuse a text ``base`` has under another id: one document is one source, and its
    claims under a second id would count as a second source's. A copy saved again (other
    line ends, spaces or Unicode forms, :func:`~._normalize.document_key`) is that text."""
    key = document_key(text)
    for known, known_text in base.texts.items():
        if document_key(known_text) == key:
            msg = (
                f"source: its text is the text of source {known!r} (one document is one"
                f" source); curate these claims under {known!r}, not {source_id!r}"
            )
            raise _Refused(("source",), msg)


def _without(catalog: Catalog, source_id: str) -> Catalog:
    """``catalog`` without one source, its claims and its text."""
    if all(source.id != source_id for source in catalog.sources):
        return catalog
    return Catalog(
        sources=tuple(source for source in catalog.sources if source.id != source_id),
        claims=tuple(claim for claim in catalog.claims if claim.source != source_id),
        texts={key: text for key, text in catalog.texts.items() if key != source_id},
        **{section: getattr(catalog, section) for section in _SECTIONS},
    )


#: The new names a curation file's entities give that the one pass over the texts does not
#: find (each then searched for inside the texts' words) times the texts' length.
_MOST_SEARCHED = 10**10

#: Curation files with more claims than this have their text's words indexed (and so do
#: those whose whole-text searches would read past :data:`._quotes.MOST_SEARCHED`).
_INDEXED_FROM = 1000

#: How deep the curation file's values may nest; its own fields nest four deep.
_DEEPEST = 32


def _located(
    items: list[Any] | tuple[Any, ...] | Items, text: str, source_id: str, known: _Names
) -> tuple[Claim, ...]:
    """The claims of a curation file's items, each quote located in ``text``."""
    # Past a thousand quotes, indexing the text's words once costs less than searching the
    # whole text for each quote (0.3 s a megabyte against 0.25 ms a quote); so does indexing
    # only the words of the quotes wherever a search of the whole text for each would read
    # past the searches' bound (a few quotes of a long text). What the index cannot place is
    # searched for under that bound (_quotes.search_budget): a long text takes as many
    # quotes as its index places.
    index = None
    if len(items) > _INDEXED_FROM:
        index = _quotes.TextIndex(text)
    elif len(items) * len(text) > _quotes.MOST_SEARCHED:
        # A few quotes of a long text: only the words they need are indexed.
        index = _quotes.TextIndex(text, _quotes_and_contexts(items))
    return tuple(
        _claim(item, number, text, source_id, known, index=index)
        for number, item in enumerate(items)
    )


def _quotes_and_contexts(items: Iterable[Any]) -> Iterator[str]:
    """What the items ask to be located: their quotes and contexts, where they are text
    (the rest is refused item by item)."""
    for item in items:
        if isinstance(item, dict):
            yield from (item[key] for key in ("quote", "context") if isinstance(item.get(key), str))


def _base(base: object) -> Catalog:
    """The catalog ``base=`` gives: by default, the shipped one."""
    if base is None:
        return Catalog.default()
    if not isinstance(base, Catalog):
        msg = f"base must be a Catalog or None, got {type(base).__name__} {short_repr(base)}"
        raise TypeError(msg)
    return base


def _check_text(text: str) -> None:
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:  # what no UTF-8 file, and so no source text, holds
        msg = f"text has a lone surrogate at {surrogate.start()}, which no UTF-8 text holds"
        raise _Refused((), msg)


def _check_no_key_twice(item: Any, path: Path_, *, shallow: bool = False) -> None:
    """Refuse an object anywhere in the file that gives a key twice (the last would win),
    and values nested more than 32 deep; one pass, without recursion. A list read as
    :class:`~._stream.Items` is looked into only if an object of it gives a key twice or
    the file is not ``shallow`` (nested at most 32 deep)."""
    from ._convert import DuplicateKeys

    pending: list[tuple[Any, Path_]] = [(item, path)]
    while pending:
        item, path = pending.pop()
        if isinstance(item, DuplicateKeys):
            twice = ", ".join(map(repr, item.keys_given_twice))
            where = _dotted(path) or "the curation file"
            msg = f"{where}: key(s) given twice: {twice}"
            raise _Refused((*path, item.keys_given_twice[0]), msg)
        if isinstance(item, Items):
            if item.keys_twice_from is not None or not shallow:
                _check_items(item, path, shallow=shallow)
            continue
        children = (
            item.items()
            if isinstance(item, dict)
            else enumerate(item)
            if isinstance(item, list | tuple)
            else ()
        )
        for key, child in children:
            if len(path) >= _DEEPEST:
                msg = f"{_dotted(path)}: nested more than {_DEEPEST} deep"
                raise _Refused(path, msg)
            pending.append((child, (*path, key)))


def _check_items(items: Items, path: Path_, *, shallow: bool) -> None:
    """:func:`_check_no_key_twice` for each item, one at a time; the problem of the last
    item that has one is the one refused, as a walk of the whole list, which looks at its
    last item first, refuses it. In a ``shallow`` file only a key given twice can be one:
    the items are looked at from where the read last found one."""
    if len(path) >= _DEEPEST and len(items):
        raise _Refused(path, f"{_dotted(path)}: nested more than {_DEEPEST} deep")
    first, at = items.keys_twice_from if shallow and items.keys_twice_from else (0, None)
    last: _Refused | None = None
    for number, item in enumerate(items if at is None else items.after(first, at), first):
        try:
            _check_no_key_twice(item, (*path, number))
        except _Refused as exc:
            last = exc
    if last is not None:
        raise last


#: JSON text but its brackets outside strings, strings whole; possessive, so linear.
_NOT_A_BRACKET = re.compile(r'(?:[^\[\]{}"]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")++')
#: JSON text with its strings whole, up to the end of a window or a string it cuts.
_UP_TO_A_CUT_STRING = re.compile(r'(?:[^"]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+')
_JSON_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"')
_BRACKET_WINDOW = 2**20
_PAIRS = str.maketrans("[{]}", "(())")


def _nests_at_most(curation: str | bytes | dict[str, Any], deepest: int) -> bool:
    """Whether JSON text (valid JSON: it was parsed) nests at most ``deepest`` deep; False
    for an object.

    Its brackets outside strings are kept, a window of text at a time (a substitution
    over the whole text makes an object of each piece between two matches), and taken
    apart a level at a time, each round removing the pairs with nothing inside: linear in
    the text, where a regular expression of 32 levels would have 2^32 branches.
    """
    if not isinstance(curation, str | bytes):
        return False
    text = curation if isinstance(curation, str) else bytes(curation).decode("utf-8")
    kept = []
    at = 0
    while at < len(text):
        window = _UP_TO_A_CUT_STRING.match(text, at, at + _BRACKET_WINDOW)
        assert window is not None  # the pattern matches the empty text too
        end = window.end()
        if end == at:  # a string longer than the window
            string = _JSON_STRING.match(text, at)
            end = len(text) if string is None else string.end()
        kept.append(_NOT_A_BRACKET.sub("", text[at:end]))
        at = end
    # One kind of bracket, so that each replace removes exactly one level of pairs.
    brackets = "".join(kept).translate(_PAIRS)
    for _ in range(deepest):
        if not brackets:
            return True
        brackets = brackets.replace("()", "")
    return not brackets


def _check_shape(
    item: Any, path: Path_, allowed: Iterable[str], *, required: Iterable[str] = ()
) -> None:
    where = _dotted(path) or "the curation file"
    if not isinstance(item, dict):
        raise _Refused(path, f"{where}: expected a JSON object, got {type(item).__name__}")
    for key in required:
        if key not in item:
            raise _Refused(path, f"{_dotted((*path, key))}: required field missing")
    extra = sorted(set(item) - set(allowed))
    if extra:
        raise _Refused((*path, extra[0]), f"{_dotted((*path, extra[0]))}: unknown field")


def _source(fields: Any, text: str) -> Any:
    import hashlib

    from ._convert import structure
    from ._records import Source

    if not isinstance(fields, dict):
        msg = f"source: expected a JSON object, got {type(fields).__name__}"
        raise _Refused(("source",), msg)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if fields.get("sha256", digest) != digest:
        msg = f"source.sha256: not the text's, which is {digest}; leave it out"
        raise _Refused(("source", "sha256"), msg)
    try:
        return structure({**fields, "sha256": digest}, Source, path="$.source")
    except InvalidDataError as exc:
        raise _converted(exc) from None


def _new_entities(found: Any, base: Catalog) -> tuple[list[Any], list[Any]]:
    """The curation file's entities that ``base`` does not have, and those it has that the
    file gives with more aliases (the ones ``base`` has, in order, then the new ones)."""
    from ._convert import structure
    from ._document import Entities

    try:
        entities = structure(found, Entities, path="$.entities")
    except InvalidDataError as exc:
        raise _converted(exc) from None
    new = []
    # One mapping, not a lookup per entity: a lookup that misses builds its message's
    # suggestions from the whole catalog (1,000 new people on a base of 10,000: 56 s).
    known = {entity.id: entity for section in _SECTIONS for entity in getattr(base, section)}
    extended = []
    for section in _SECTIONS:
        for position, entity in enumerate(getattr(entities, section)):
            present = known.get(entity.id)
            if present is None:
                new.append(entity)
                continue
            if present == entity:
                continue
            if with_more_aliases(present, entity) is entity:
                extended.append(entity)
                continue
            msg = (
                f"entities.{section}[{position}]: {entity.id} is in the catalog with other"
                " fields; leave it out to use it, give it as the catalog has it with new"
                " aliases after the catalog's to add them, or give the new one another id"
            )
            raise _Refused(("entities", section, position), msg)
    return new, extended


def _claim(
    item: Any, number: int, text: str, source_id: str, known: _Names, *, index: TextIndex | None
) -> Any:
    claim_id = item.get("id") if isinstance(item, dict) else None
    where = f"claim {_shown_id(claim_id)}" if isinstance(claim_id, str) else f"claims[{number}]"
    try:
        return _located_claim(item, ("claims", number), text, source_id, known, index=index)
    except _Refused as exc:
        # Name the claim by its id, which is what the curator knows it by.
        message = str(exc)
        for prefix in (f"claims[{number}].", f"claims[{number}]: "):
            message = message.removeprefix(prefix)
        raise _Refused(exc.path, f"{where}: {message}") from None


def _located_claim(
    item: Any, path: Path_, text: str, source_id: str, known: _Names, *, index: TextIndex | None
) -> Any:
    from ._convert import RefusedValue, structure, unstructure

    _check_shape(item, path, _CLAIM_FIELDS, required=("quote",))
    for key, expected in (("quote", str), ("occurrence", int), ("context", str)):
        value = item.get(key)
        if isinstance(value, RefusedValue):  # a lone surrogate, a huge number
            raise _Refused((*path, key), f"{key}: {value.problem}")
        if key in item and (type(value) is not expected):
            what = "an int" if expected is int else "a string"
            got = f"{type(value).__name__} {short_repr(value)}"
            raise _Refused((*path, key), f"{key}: expected {what}, got {got}")
    if item.get("source", source_id) != source_id:
        msg = f"source: the claim's source is {source_id!r}; leave it out"
        raise _Refused((*path, "source"), msg)
    try:
        quote = item["quote"]
        occurrence, context = item.get("occurrence"), item.get("context")
        # _build checked the text for a lone surrogate once, for every quote.
        start = _quotes.locate(text, quote, occurrence, context, index, text_checked=True)
        evidence = Evidence._at(text, quote, start)
    except InvalidDataError as exc:
        # Each of locate's messages starts with the field it is about.
        field = re.split(r"\W", str(exc), maxsplit=1)[0]
        raise _Refused((*path, field if field in item else "quote"), str(exc)) from None
    fields = {k: v for k, v in item.items() if k not in ("quote", "occurrence", "context")}
    predicate = _predicate(item.get("predicate"))
    anything = _ENTITY_TYPES
    subject_types = predicate.subject_types if predicate else anything
    fields["subject"] = known.resolve(item.get("subject"), (*path, "subject"), subject_types)
    value = item.get("value")
    if isinstance(value, dict) and value.get("type") == "entity" and "id" in value:
        value_types = (
            tuple(t for t in predicate.value_types if t in _ENTITY_TYPES) if predicate else ()
        )
        resolved = known.resolve(value["id"], (*path, "value", "id"), value_types or anything)
        if resolved != value["id"]:
            fields["value"] = {**value, "id": resolved}
    qualifiers = item.get("qualifiers")
    if isinstance(qualifiers, dict) and "character" in qualifiers:
        character = qualifiers["character"]
        resolved = known.resolve(character, (*path, "qualifiers", "character"), (Character,))
        if resolved != character:
            fields["qualifiers"] = {**qualifiers, "character": resolved}
    fields["evidence"] = unstructure(evidence)
    fields["source"] = source_id
    try:
        return structure(fields, Claim, path=f"$.claims[{path[1]}]")
    except InvalidDataError as exc:
        raise _converted(exc) from None


_CLAIM_FIELDS = (
    "id",
    "subject",
    "predicate",
    "value",
    "qualifiers",
    "note",
    "source",
    "quote",
    "occurrence",
    "context",
)


def _predicate(value: Any) -> Predicate | None:
    try:
        return Predicate(value)
    except (ValueError, TypeError):
        return None  # the converter says what is wrong with it


class _Names:
    """The entities of the base and the new ones, by id and by normalized name."""

    def __init__(self, base: Catalog, new: list[Any]) -> None:
        self.catalog = base
        self.entities = {entity.id: entity for entity in _entities(base)}
        self.ids = set(self.entities)
        self.entities.update((entity.id, entity) for entity in new)
        self.by_name: dict[str, list[Any]] = {}
        for entity in self.entities.values():
            for key in {normalize(name) for name in entity.names}:
                self.by_name.setdefault(key, []).append(entity)

    def resolve(self, ref: Any, path: Path_, types: tuple[type, ...]) -> Any:
        """The id of the entity ``ref`` names; ``ref`` itself if it is an id or no string."""
        field = _dotted(path[2:])
        if not isinstance(ref, str) or ref in self.entities or not ref.strip():
            return ref  # the converter and the integrity checks say what is wrong with it
        if len(ref) > MAX_QUERY:
            # No name is near as long; refused before it is folded (U+FDFA folds to 18
            # characters: a name of 3,000,000 of them took 47 s and 1.25 GB).
            msg = f"{field}: {short_repr(ref)} has {len(ref)} characters, over the limit of"
            raise _Refused(path, f"{msg} {MAX_QUERY} for a name")
        if ref.startswith(_ID_PREFIXES) and " " not in ref:
            try:
                self.catalog.entity(ref)
            except NotFoundError as exc:  # its message suggests the closest ids
                prefix = ref.partition("/")[0]
                record_name = next(kind.record for kind in KINDS if kind.prefix == prefix)
                cls = RECORD_TYPES[record_name]
                record = _new_record(cls, ref, "TITLE" if cls is Film else "NAME")
                then = " If" if str(exc).endswith("?") else "; if"
                add = f"{then} it is new, add it to {record}" if record else ""
                msg = f"{field}: {exc}{add}"
                raise _Refused(path, msg) from None
        found = self._named(ref, types)
        if len(found) == 1:
            return found[0].id
        if found:
            ids = " and ".join(entity.id for entity in found)
            raise _Refused(path, f"{field}: {ref!r} names {ids}; give the id")
        other = self._named(ref, _ENTITY_TYPES)
        if other:
            kinds = " or ".join(sorted({record_noun(t.__name__) for t in types}))
            ids = " and ".join(entity.id for entity in other)
            raise _Refused(path, f"{field}: {ref!r} names {ids}, not a {kinds}")
        suggestion = self._suggest(ref, types)
        raise _Refused(path, f"{field}: no entity is named {short_repr(ref)}{suggestion}")

    def _named(self, name: str, types: tuple[type, ...]) -> list[Any]:
        year = None
        key = normalize(name)
        if key not in self.by_name and (with_year := split_year(name)):
            key, year = normalize(with_year[0]), with_year[1]
        return [
            entity
            for entity in self.by_name.get(key, ())
            if type(entity) in types and (year is None or getattr(entity, "year", None) == year)
        ]

    def _suggest(self, name: str, types: tuple[type, ...]) -> str:
        hint = ""
        if normalize(name):
            matches = self.catalog.search(name, limit=20)
            close = next(
                (
                    m.entity.id
                    for m in matches
                    if type(m.entity) in types and _spelt_alike(name, m.entity)
                ),
                None,
            )
            if close is not None:
                hint = f"did you mean {close!r}? If"
        cls = types[0]
        name = name.strip()
        with_year = split_year(name) if cls is Film else None
        title = with_year[0] if with_year else name
        slug = "-".join(normalize(name).split()) or "new"
        entity_id = f"{id_prefixes(cls.__name__)[0]}/{slug}"
        if entity_id in self.entities:  # adding it again would be refused: name it instead
            return f"; did you mean {entity_id!r}?"
        # "Ballerina (2024)": the year is a field, not part of the title.
        year = with_year[1] if with_year else None
        record = _new_record(cls, entity_id, title, year, self.by_name)
        if record is None:
            return f"; {hint.removesuffix(' If')}" if hint else ""
        return f"; {hint or 'if'} it is new, add it to {record}"


def _entities(catalog: Catalog) -> Iterator[Entity]:
    for section in _SECTIONS:
        yield from getattr(catalog, section)


def _spelt_alike(name: str, entity: Entity) -> bool:
    """Whether ``name`` may be a misspelling of a name of ``entity``, for a "did you mean":
    a film's search match may be; a person or character is one only whose whole name is
    nearly the same in letters ("Keanu Reevs"), not one that shares a word ("Lance
    Henriksen" is no Lance Reddick): a suggestion taken is a claim the rules accept."""
    if isinstance(entity, Film):
        return True
    import difflib  # a "did you mean" only

    written = normalize(name)
    return any(
        difflib.SequenceMatcher(None, written, normalize(own)).ratio() >= _SPELT_ALIKE
        for own in entity.names
    )


# How alike in letters a name must be to a person's or character's to be suggested:
# "Keanu Reevs" is 0.95 of "Keanu Reeves", "Lance Henriksen" 0.64 of "Lance Reddick".
_SPELT_ALIKE = 0.85


def _new_record(
    cls: type,
    entity_id: str,
    name: str,
    year: int | None = None,
    named: dict[str, list[Any]] | None = None,
) -> str | None:
    """Where a new entity goes in the curation file, and the record to put there; a record
    the converter would refuse is not proposed (a year it refuses is left out), nor one
    that takes the name of an entity of ``named`` (by folded name) of its kind, so that
    what is proposed is accepted."""
    from ._convert import structure
    from ._rules import no_name_of_another_entity

    fields: dict[str, Any] = {"id": entity_id}
    if cls is Film:
        (kind, *_) = WORK_KINDS_BY_PREFIX.get(entity_id.partition("/")[0], (WorkKind.FILM,))
        fields.update(kind=kind.value, title=name)
        if year is not None:
            fields["year"] = year
    else:
        fields["name"] = name
    for proposed in (fields, {key: value for key, value in fields.items() if key != "year"}):
        try:
            entity: Entity = structure(proposed, cls)
        except InvalidDataError:
            continue
        if named is not None and no_name_of_another_entity(entity, named):
            continue
        section = next(s for s, c in _SECTIONS.items() if c is cls)
        return f"entities.{section}: {json.dumps(proposed, ensure_ascii=False)}"
    return None


def _converted(exc: InvalidDataError) -> _Refused:
    """The converter's first problem, ``"<what> @ $.a.b[0]"``, as a problem at that path."""
    first = exc.problems[0]
    what, _, where = first.rpartition(" @ ")
    path: Path_ = tuple(
        key if key else int(index) for key, index in _PATH_STEP.findall(where.removeprefix("$"))
    )
    more = len(exc.problems) - 1 + exc.omitted
    extra = f"; and {more} more" if more else ""
    # A record's own check names its field ("Claim.note: ..."): the line is that field's.
    field = re.match(r"[A-Z]\w*\.(\w+): ", what)
    line_path = (*path, field[1]) if field else path
    return _Refused(line_path, f"{_dotted(path)}: {what or first}{extra}")


def _shown_id(record_id: object) -> str:
    """A claim's id as a message names it: its first 57 characters and "..." where it is
    longer than 60, as every value shown is (an id past its bound is the error itself)."""
    shown = str(record_id)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _integrity(exc: IntegrityError, document: dict[str, Any]) -> _Refused:
    first = exc.problems[0]
    what, _, where = first.rpartition(" @ ")
    match = re.fullmatch(r"\$\.claims\[(\d+)\]", where)
    if match:
        position = int(match[1])
        item = document["claims"][position]
        what = re.sub(r"^claim '[^']*':? ", "", what)
        path: Path_ = ("claims", position)
        return _Refused(path, f"claim {_shown_id(item.get('id'))}: {what}")
    return _Refused((), what or first)


def _where(record_id: str, document: dict[str, Any]) -> tuple[Path_, str]:
    """The path and the name of the record of the curation file with this id."""
    for position, item in enumerate(document["claims"]):
        if item.get("id") == record_id:
            return ("claims", position), f"claim {_shown_id(record_id)}"
    for section, items in (document.get("entities") or {}).items():
        for position, item in enumerate(items):
            if isinstance(item, dict) and item.get("id") == record_id:
                return ("entities", section, position), f"entities.{section}[{position}]"
    return ("source",), "source"


def _dotted(path: Path_) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else f".{step}"
    return text.lstrip(".")


_SPACE = re.compile(r"[ \t\n\r]*")


def _after_space(raw: str, position: int) -> int:
    """The first position at or after ``position`` that is not JSON whitespace."""
    match = _SPACE.match(raw, position)
    assert match is not None  # the pattern matches the empty string too
    return match.end()


def _line(raw: str, path: Path_) -> int:
    """The line of the curation file where the value at ``path`` (or its key) starts.

    Walks the JSON text with the standard decoder, skipping the values before it; where the
    path leaves the text (a missing key), the line of the deepest value found.
    """
    from ._convert import line_and_column

    decoder = json.JSONDecoder()
    position = mark = _after_space(raw, 0)
    try:
        for step in path:
            if isinstance(step, int) and raw[position] == "[":
                position = _after_space(raw, position + 1)
                for _ in range(step):
                    position = decoder.raw_decode(raw, position)[1]
                    position = _after_space(raw, position)
                    position = _after_space(raw, position + 1)
                mark = position
            elif isinstance(step, str) and raw[position] == "{":
                position = _value_of(raw, position, step, decoder)
                if position < 0:
                    break
                mark = position
            else:
                break
    except (ValueError, IndexError, RecursionError):
        pass  # the rest of the path is not in the text: the deepest value found will do
    return line_and_column(raw, mark)[0]


def _value_of(raw: str, position: int, key: str, decoder: json.JSONDecoder) -> int:
    """Where the value of ``key`` starts in the object at ``position``, or -1."""
    from json.decoder import scanstring  # type: ignore[attr-defined]  # not in typeshed

    position = _after_space(raw, position + 1)
    while raw[position] == '"':
        name, position = scanstring(raw, position + 1)
        position = _after_space(raw, position) + 1
        position = _after_space(raw, position)
        if name == key:
            return position
        position = decoder.raw_decode(raw, position)[1]
        position = _after_space(raw, position)
        if raw[position] != ",":
            break
        position = _after_space(raw, position + 1)
    return -1


def write(
    catalog: Catalog, directory: str | os.PathLike[str], *, base: Catalog | None = None
) -> None:
    """Lay a built source out as the shipped data is: ``sources.json``, ``entities.json``,
    ``claims/<source id>.json`` and the text, ``texts/<source id>.txt``, in ``directory``.

    ``entities.json`` holds the entities that are not in ``base`` (by default the shipped
    catalog), and those of ``base`` a source gave new aliases, with them: :func:`load`
    takes such a record in the place of base's. A directory that already holds sources
    keeps them: the new sources join them, and a source with the same id is replaced, with
    the entities only its claims named (so a corrected entity replaces the one it had, and
    one it no longer names goes) and the new aliases no other source there writes in its
    text (another source's new alias of the same entity stays, before the replacing
    source's own). The sources already there are checked and verified with the new one in place:
    a problem names its file.

    Writes hold an exclusive lock on the folder (``fcntl.flock``), so that runs into one
    folder at the same time take turns and all end up listed. Each file is written as
    :func:`ballerina_data.export.write` writes one (a temporary name beside it, synced,
    renamed), keeps its mode, and is refused if read-only; a symbolic link inside the
    folder is never followed (``directory`` itself may be one). The files are written all
    or none: each takes its place only once every one is written, so a failure (a full
    disk, a refusal) leaves no file of this run, nor a folder it created, and the files it
    would replace as they were. :func:`load` reads them all back.

    Only files an earlier run wrote are replaced: in a folder without ``sources.json``, a
    file named as one this run writes (a user's own ``entities.json``) is refused; with
    one, so is a claims file or text of a source it does not list.

    ``catalog`` holds sources ``base`` does not have, as :func:`build` returns them: a
    source ``base`` has is refused before anything is written: :func:`load`, which adds
    the folder's sources to ``base``, could not read it back.

    Raises:
        IntegrityError: ``catalog`` does not merge with ``base`` and the sources already in
            ``directory``.
        InvalidDataError: a file already in ``directory`` is not valid, or a source there
            fails verification, naming the file; or, into a new folder, ``catalog`` (one
            :func:`build` did not make) does not verify on ``base``, and nothing is written.
        InvalidQueryError: ``catalog`` holds a source ``base`` has.
        WriteError: a file cannot be written or is refused (an ``OSError`` too), or no
            earlier run wrote it (``errno.EEXIST``).
        OSError: a file cannot be read.
    """
    from ._convert import unstructure
    from ._write import Folder

    if not isinstance(catalog, Catalog):
        msg = f"write() takes a Catalog, got {type(catalog).__name__}"
        raise TypeError(msg)
    base = _base(base)
    _check_not_in_base(catalog, base)
    if isinstance(os.fspath(directory), str):  # bytes: refused below, saying so
        _refuse_the_shipped_data(os.fspath(directory))
    made = _missing_folders(os.fspath(directory))
    if os.path.isfile(os.fspath(directory)):
        msg = "is a file: the output is a folder of data files; name a folder"
        raise WriteError(errno.ENOTDIR, msg, directory)
    try:
        with Folder(os.fspath(directory), create=True) as out:
            out.lock()
            listed = None  # the sources an earlier run wrote: none without sources.json
            if out.exists("sources.json"):
                merged = _with_layout(base, out, replacing=catalog)
                data = json.loads(out.read("sources.json", what="data file"))
                listed = {source["id"] for source in data}  # checked by _with_layout
                _refuse_a_name_the_folder_has(catalog, base, merged, out.given)
            else:
                merged = base.merge(catalog)
                _refuse_unverified(merged, catalog, out.given)
            # The entities base does not have, and those of base with more aliases.
            known = {entity.id: entity for entity in _entities(base)}
            files = _source_files(catalog)
            files["entities.json"] = _entities_file(
                {
                    section: [e for e in getattr(merged, section) if known.get(e.id) != e]
                    for section in _SECTIONS
                }
            )
            files["sources.json"] = dump_records(
                unstructure([source for source in merged.sources if source not in base.sources])
            )
            _refuse_others_files(out, files, listed)
            _write_files(out, files)
    except BaseException:
        # A failure leaves nothing of the run: not the folders it created either, if empty.
        for folder in made:
            with contextlib.suppress(OSError):
                os.rmdir(folder)
        raise


def _refuse_a_name_the_folder_has(
    catalog: Catalog, base: Catalog, merged: Catalog, folder: str
) -> None:
    """Refuse a new entity of ``catalog`` whose name another entity of its kind has in the
    folder (``merged``), as building it on the folder's catalog refuses it: the source was
    built on ``base``, which the folder's other sources' entities are not in."""
    from ._rules import no_name_of_another_entity

    in_base = {entity.id for entity in _entities(base)}
    named = _Names(merged, []).by_name
    for entity in _entities(catalog):
        if entity.id in in_base:
            continue
        for breach in no_name_of_another_entity(entity, named):
            raise InvalidDataError(f"{entity.id}: {breach.message} (in {folder})")


def _check_not_in_base(catalog: Catalog, base: Catalog) -> None:
    """Refuse a source ``base`` has: the folder holds the sources that extend ``base``, and
    :func:`load` adds them to it, so such a source's files would be there but unlisted."""
    known = {source.id for source in base.sources}
    shared = [source.id for source in catalog.sources if source.id in known]
    if shared:
        more = f" (and {len(shared) - 1} more)" if len(shared) > 1 else ""
        msg = (
            f"source {shared[0]!r}{more} is already a source of base: write() lays out the"
            " sources that extend base, as load(directory, base=base) reads them; give a"
            " base without it"
        )
        raise InvalidQueryError(msg)


def _refuse_unverified(merged: Catalog, catalog: Catalog, given: str) -> None:
    """Refuse to lay out ``catalog`` when its records do not verify in ``merged``: a
    catalog :func:`build` never made (put together by hand) would leave a folder that
    :func:`load` refuses and no later run can add to."""
    ours = {record.id for record in (*catalog.sources, *catalog.claims, *_entities(catalog))}
    problems = merged._problems_of(ours)
    if problems:
        raise InvalidDataError(f"{given}: not written: {problem}" for problem in problems)


def _missing_folders(directory: str) -> list[str]:
    """The folders on the way to ``directory`` (itself included) that do not exist, the
    deepest first: those a write creates."""
    try:
        path = os.path.realpath(directory)
    except ValueError:  # a NUL character: the folder refuses it, creating nothing
        return []
    except OSError as exc:  # the working folder was removed: a relative path leads nowhere
        raise WriteError(exc.errno, exc.strerror, directory) from None
    missing = []
    while not os.path.lexists(path):
        missing.append(path)
        path = os.path.dirname(path)
    return missing


def _refuse_others_files(out: Folder, files: Iterable[str], listed: set[str] | None) -> None:
    """Refuse to replace a file that no earlier run wrote: only ``sources.json``,
    ``entities.json`` and the files of the sources ``sources.json`` lists (``listed``) are
    a run's. A folder without ``sources.json`` (``None``) holds no file of a run: a user's
    own ``entities.json`` or ``claims/<id>.json`` there is not replaced."""
    if listed is None:
        ours = set()
    else:
        ours = {"sources.json", "entities.json"}
        ours.update(f"{folder}/{id_}{suffix}" for id_ in listed for folder, suffix in _FILES)
    for name in files:
        if name not in ours and out.exists(name):
            why = (
                " has no sources.json"
                if listed is None
                else "'s sources.json lists no source of it"
            )
            msg = (
                f"a file no earlier curate wrote (the folder{why}), refusing to replace it;"
                " give a new folder, or move the file"
            )
            raise WriteError(errno.EEXIST, msg, out.path_of(name))


def _in_a_source_checkout() -> bool:
    """Whether this package is ``src/ballerina_data`` beside a ``pyproject.toml``."""
    package = os.path.dirname(os.path.abspath(__file__))
    return os.path.basename(os.path.dirname(package)) == "src" and os.path.isfile(
        os.path.join(package, "..", "..", "pyproject.toml")
    )


def _refuse_the_shipped_data(directory: str) -> None:
    """Refuse an output folder in the package's own ``data/`` or ``seeds/``, or one of them:
    its files are the shipped data every program of the environment reads (``into`` adds a
    source to the data folder of a source checkout; an output folder is never there)."""
    from ._format import shipped_data_at

    shipped = shipped_data_at(os.path.join(directory, "sources.json"))
    if shipped is None:  # a package installed elsewhere, or a folder among its modules
        shipped = _package_folder_around(directory)
    if shipped is not None:
        msg = (
            f"is in {shipped}, the package's shipped data: curate --into a copy of the data"
            " folder, or --output a folder of your own"
        )
        raise WriteError(errno.EPERM, msg, directory)


def _package_folder_around(directory: str) -> str | None:
    """The folder of a ``ballerina_data`` package (installed or checked out: its
    ``__init__.py``) that ``directory`` is or is inside, or None: an output folder there
    would put data files among the package's modules or its data."""
    try:
        path = os.path.realpath(directory)
    except (OSError, ValueError):  # a path the file system cannot encode: the writer says so
        return None
    while True:
        if os.path.basename(path) == "ballerina_data" and os.path.isfile(
            os.path.join(path, "__init__.py")
        ):
            return path
        parent = os.path.dirname(path)
        if parent == path:
            return None
        path = parent


def _another_installations_data(directory: str) -> bool:
    """Whether ``directory`` is the data folder of this package installed in another
    environment: ``ballerina_data/data`` in a folder that holds the package's
    ``ballerina_data-*.dist-info`` (its record of an installed package)."""
    try:
        real = os.path.realpath(directory)
        package = os.path.dirname(real)
        if os.path.basename(real) != "data" or os.path.basename(package) != "ballerina_data":
            return False
        names = os.listdir(os.path.dirname(package))
    except (OSError, ValueError):  # a path the file system cannot encode: the writer says so
        return False
    return any(name.startswith("ballerina_data-") and name.endswith(".dist-info") for name in names)


def _refuse_an_installed_packages_data(directory: str) -> None:
    """Refuse the data folder of this package where it is installed (site-packages), not
    in a source checkout (``src/ballerina_data/data`` beside ``pyproject.toml``, which is
    where a source joins the shipped data): every program of that environment would serve
    the source as shipped, and reinstalling or uninstalling the package leaves its files."""
    from ._format import shipped_data_at

    if not _another_installations_data(directory) and (
        _in_a_source_checkout() or shipped_data_at(os.path.join(directory, "sources.json")) is None
    ):
        return
    msg = (
        "is the data folder of the installed package, which every program of its environment"
        " reads as the shipped data and which reinstalling does not restore: copy it and"
        " curate --into the copy (or --output a folder of your own)"
    )
    raise WriteError(errno.EPERM, msg, directory)


def into(catalog: Catalog, directory: str | os.PathLike[str]) -> bool:
    """Merge a built source into a data folder: the package's ``data/`` or a copy of it.

    ``directory`` holds a whole catalog, laid out as the package's data (what
    ``load(directory, base=Catalog())`` reads). The source joins its ``sources.json``, or
    takes the place of the source with its id; its claims are written to
    ``claims/<source id>.json`` and its text to ``texts/<source id>.txt``, unless the folder
    already reads that text (one of the five original texts of ``seeds/``, never written
    here); its new entities join ``entities.json``, in id order. Build ``catalog`` against
    the folder's catalog, with ``replace=True`` to correct a source it has. Files are
    written as :func:`write` writes them, under the same lock; a claims file or text there
    of a source ``sources.json`` does not list is refused, not replaced. The data folder
    of the package where it is installed is refused too: only a source checkout's
    ``src/ballerina_data/data`` takes a source into the shipped data. Returns whether a
    source was replaced.

    Raises:
        IntegrityError: ``catalog`` does not merge with the folder's catalog.
        InvalidQueryError: ``catalog`` has more or fewer sources than one.
        InvalidDataError: a file of the folder is not valid, or ``catalog`` gives an
            original text other bytes.
        WriteError: a file cannot be written or is refused (an ``OSError`` too).
        OSError: a file cannot be read.
    """
    from ._convert import unstructure
    from ._write import Folder

    if not isinstance(catalog, Catalog):
        msg = f"into() takes a Catalog, got {type(catalog).__name__}"
        raise TypeError(msg)
    if len(catalog.sources) != 1:
        msg = (
            "into() merges the catalog of one source, as build() and read() return it;"
            f" this one has {len(catalog.sources)}"
        )
        raise InvalidQueryError(msg)
    (source,) = catalog.sources
    _refuse_an_installed_packages_data(os.fspath(directory))
    with Folder(os.fspath(directory)) as out:
        out.lock()
        present = _with_layout(Catalog(), out)
        replaced = any(known.id == source.id for known in present.sources)
        merged = (
            _with_layout(Catalog(), out, replacing=catalog) if replaced else present.merge(catalog)
        )
        files = _source_files(catalog)
        text_file = f"texts/{source.id}.txt"
        if replaced and present.text(source) == catalog.text(source):
            del files[text_file]  # the folder reads this text already, maybe from seeds/
        elif replaced and not out.exists(text_file):
            msg = (
                f"source {source.id}: its text is an original text of seeds/, which is never"
                " edited; its sha256 must stay the text's"
            )
            raise InvalidDataError(msg)
        files["entities.json"] = _entities_file(
            {
                section: sorted(getattr(merged, section), key=lambda entity: entity.id)
                for section in _SECTIONS
            }
        )
        # The source takes its place in the list, or joins it at the end.
        listed = [source if known.id == source.id else known for known in present.sources]
        files["sources.json"] = dump_records(unstructure(listed if replaced else [*listed, source]))
        _refuse_others_files(out, files, {known.id for known in present.sources})
        _write_files(out, files)
    return replaced


def _source_files(catalog: Catalog) -> dict[str, str]:
    """The claims file and the text of each source of ``catalog``."""
    from ._convert import unstructure

    files = {}
    for source in catalog.sources:
        claims = sorted(catalog.claims_from(source), key=lambda claim: claim.id)
        files[f"claims/{source.id}.json"] = dump_records(unstructure(claims))
        files[f"texts/{source.id}.txt"] = catalog.text(source)
    return files


def _entities_file(sections: dict[str, list[Any]]) -> str:
    from ._convert import unstructure

    bodies = (
        f'"{section}": {dump_records(unstructure(entities)).rstrip()}'
        for section, entities in sections.items()
    )
    return "{\n" + ",\n".join(bodies) + "\n}\n"


def _write_files(out: Folder, files: dict[str, str]) -> None:
    """Write the files all or none (see :meth:`Folder.write_all`), in the order given: the
    claims and texts first, the list of sources last, so that a run stopped between renames
    leaves files no source lists yet, never a source without its files."""
    # Bytes, not text: the text must keep its own line endings, as its sha256 does.
    out.write_all({name: content.encode("utf-8") for name, content in files.items()})


def load(directory: str | os.PathLike[str], *, base: Catalog | None = None) -> Catalog:
    """``base`` with the sources :func:`write` laid out in ``directory``, checked and
    verified. With ``base=Catalog()``, the catalog of a data folder :func:`into` writes to.
    By default ``base`` is the shipped catalog, or none for a folder whose ``sources.json``
    lists a shipped source: a whole data folder, as :func:`into` keeps one (on the shipped
    catalog, each of its records would be there twice).

    A text is read from ``texts/<source id>.txt`` of the folder, or else, for the five
    original sources, from the package's ``seeds/``.

    It waits for a :func:`write` into the folder in progress, and never follows a symbolic
    link inside the folder.

    Raises:
        InvalidDataError: ``directory`` is no data folder (it has no ``sources.json``, or
            its path holds a lone surrogate, which no file system encodes), a file is not
            valid, or a source fails verification (a text that does not match
            its sha256), naming the file and the field.
        IntegrityError: the sources do not merge with ``base``, or two of them have one
            text (one document is one source).
        OSError: a file cannot be read.
    """
    from ._write import Folder

    given = base
    base = _base(base)
    path = os.fspath(directory)
    try:
        os.fsencode(path)
    except UnicodeEncodeError:  # refused as Catalog.load and read() refuse it
        msg = f"a path the file system cannot encode is not a data folder: {path!r:.80}"
        raise InvalidDataError(msg) from None
    if isinstance(path, str) and "\0" in path:  # no path holds one: os.path says missing
        msg = f"a path that holds a NUL character is not a data folder: {path!r:.80}"
        raise InvalidDataError(msg)
    # Read, not written: a missing path is the reader's error, a file no data folder (a
    # path given as bytes is refused as such below).
    if isinstance(path, str) and not os.path.isdir(path):
        if os.path.exists(path):
            raise InvalidDataError(f"{path}: not a data folder: a file, not a folder")
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)
    with Folder(path) as folder:
        folder.lock(shared=True)
        if not folder.exists("sources.json"):
            msg = (
                f"{folder.given}: not a data folder: it has no sources.json (a data folder"
                " holds sources.json, entities.json, claims/<source id>.json and"
                " texts/<source id>.txt, as curate writes them)"
            )
            raise InvalidDataError(msg)
        if given is None and _lists_a_source_of(folder, base):
            base = Catalog()
        return _with_layout(base, folder)


def _lists_a_source_of(folder: Folder, catalog: Catalog) -> bool:
    """Whether the folder's ``sources.json`` lists a source id of ``catalog``; ``False``
    for a file that is not a list of objects, which reading it then reports. JSON that is
    not valid is refused here, as reading it would (nested too deeply, malformed)."""
    from ._convert import loads

    path = folder.path_of("sources.json")
    listed = loads(folder.read("sources.json", what="data file"), path=path)
    ids = {source.id for source in catalog.sources}
    return isinstance(listed, list) and any(
        isinstance(item, dict) and item.get("id") in ids for item in listed
    )


def _with_layout(base: Catalog, folder: Folder, *, replacing: Catalog | None = None) -> Catalog:
    """``base`` with the sources laid out in ``folder``, checked and verified. With
    ``replacing``, its sources take the place of those with their ids, with the entities
    that only those named: the result, ``replacing`` merged in, is what is verified (the
    folder without a source may not verify on its own, as when that source's text is the
    only one to name an entity another source's claim is about).
    """
    from ._convert import loads, structure
    from ._document import Entities
    from ._records import Source

    def read_json(name: str, cls: Any) -> Any:
        data = folder.read(name, what="data file")
        return structure(loads(data, path=folder.path_of(name)), cls, path=folder.path_of(name))

    leaving_out = set(replacing.texts) if replacing is not None else set()
    every = read_json("sources.json", tuple[Source, ...])
    entities = read_json("entities.json", Entities)
    sources = tuple(source for source in every if source.id not in leaving_out)
    files: dict[str, str] = {}  # the file of each record, by id
    claims: list[Claim] = []
    texts = {}
    # The entities the claims being replaced named: they leave with them, unless another
    # source's claim names them too.
    leaving: set[str] = set()
    for source in every:
        files[source.id] = "sources.json"
        name = f"claims/{source.id}.json"
        if source.id in leaving_out:
            try:
                replaced = read_json(name, tuple[Claim, ...])
            except (InvalidDataError, OSError):
                replaced = ()  # a file being replaced need not be valid
            leaving.update(ref for claim in replaced for ref in entity_ids(claim))
            continue
        for number, claim in enumerate(read_json(name, tuple[Claim, ...])):
            if claim.source != source.id:  # one source's file speaks for it alone
                msg = (
                    f"{folder.path_of(name)}: claim {claim.id!r} gives source"
                    f" {short_repr(claim.source)}, not {source.id!r}, whose file this is"
                    f" @ $[{number}].source"
                )
                raise InvalidDataError(msg)
            claims.append(claim)
            files[claim.id] = name
        texts[source.id] = _text_in(folder, source.id)
    sections = {section: getattr(entities, section) for section in _SECTIONS}
    if replacing is not None:
        # A corrected entity takes the place of the one the folder has, unless another
        # source names it.
        leaving.update(entity.id for entity in _entities(replacing))
        leaving -= {ref for claim in claims for ref in entity_ids(claim)}
        leaving -= {entity.id for entity in _entities(base)}
        sections, replacing = _without_unwritten_aliases(
            base,
            {
                s: tuple(e for e in records if e.id not in leaving)
                for s, records in sections.items()
            },
            replacing,
            "\n".join([*texts.values(), *replacing.texts.values()]),
        )
    files.update((e.id, "entities.json") for records in sections.values() for e in records)
    longer = _with_more_aliases(base, sections, texts, replacing)
    try:
        merged = Catalog(
            sources=(*base.sources, *sources),
            claims=(*base.claims, *claims),
            texts={**base.texts, **texts},
            **_on_base(base, sections, longer),
        )
        # The source replacing one joins with the folder's aliases and its own.
        merged = merged if replacing is None else merged.merge(_in_place_of(replacing, longer))
    except IntegrityError as exc:  # one text under two ids too: said of the folder
        raise IntegrityError(
            _in_file(problem, base, folder.given) for problem in exc.problems
        ) from None
    if replacing is not None:
        # Its records are checked with the folder's, as the files they are written to.
        for source in replacing.sources:
            files[source.id] = "sources.json"
            files.update((c.id, f"claims/{source.id}.json") for c in replacing.claims_from(source))
        files.update((entity.id, "entities.json") for entity in _entities(replacing))
    # The sources there are checked as a new source is: a tampered text or a moved quote
    # is an error naming its file, never "verified".
    ours = set(files)
    problems = merged._problems_of(ours)
    if problems:
        raise InvalidDataError(f"{folder.path_of(_file_of(p.where, files))}: {p}" for p in problems)
    return merged


def _on_base(
    base: Catalog, sections: dict[str, tuple[Any, ...]], longer: dict[str, Any]
) -> dict[str, tuple[Any, ...]]:
    """The entities of ``base`` then those of a folder (``sections``), by section; a record
    of ``longer`` (the folder's, with more aliases) takes the place of base's of its id."""
    return {
        section: (
            *(longer.get(entity.id, entity) for entity in getattr(base, section)),
            *(entity for entity in records if entity.id not in longer),
        )
        for section, records in sections.items()
    }


def _with_more_aliases(
    base: Catalog,
    sections: dict[str, tuple[Any, ...]],
    texts: dict[str, str],
    replacing: Catalog | None,
) -> dict[str, Any]:
    """The records of a folder's ``entities.json`` (``sections``) that give an entity of
    ``base`` more aliases, by id: they take the place of base's.

    With ``replacing``, an alias of the folder's is kept while one of the sources that stay
    (``texts``) writes it or ``replacing`` gives it: one that only the source being replaced
    gave goes with it, as each new alias is written in the text of the source that gives
    it. The aliases ``replacing`` gives that the folder does not have come after its own."""
    import attrs

    written = "\n".join(texts.values())
    replacing_written = "\n".join(replacing.texts.values()) if replacing else ""
    given = {entity.id: entity for entity in _entities(replacing)} if replacing else {}
    found = {}
    for records in sections.values():
        for entity in records:
            try:
                present = base.entity(entity.id)
            except KeyError:
                continue
            if present == entity or with_more_aliases(present, entity) is not entity:
                continue  # the same, or a conflict that merging them reports
            if replacing is None:
                found[entity.id] = entity
                continue
            # Only those the replacing source's text writes are its own: a record it took
            # from the folder (built on it) may carry an alias its old text gave.
            theirs = [
                alias
                for alias in _new_aliases(present, given.get(entity.id))
                if _alias_name(alias) in replacing_written
            ]
            ours = entity.aliases[len(present.aliases) :]
            names = {_alias_name(alias) for alias in ours}
            kept = (a for a in ours if _alias_name(a) in written or a in theirs)
            added = (alias for alias in theirs if _alias_name(alias) not in names)
            aliases = (*present.aliases, *kept, *added)
            found[entity.id] = attrs.evolve(entity, aliases=aliases)
    return found


def _new_aliases(present: Any, entity: Any) -> tuple[Any, ...]:
    """The aliases ``entity`` gives after those of ``present``, the record it extends."""
    if entity is None or with_more_aliases(present, entity) is not entity:
        return ()
    return tuple(entity.aliases[len(present.aliases) :])


def _without_unwritten_aliases(
    base: Catalog, sections: dict[str, tuple[Any, ...]], replacing: Catalog, written: str
) -> tuple[dict[str, tuple[Any, ...]], Catalog]:
    """The folder's entities (``sections``) and ``replacing`` with a new entity's aliases
    those a text still writes (``written``: the replacing one's and the staying sources'):
    one only the replaced text gave goes with it ("J. Roe"), from the folder's record and
    from the one the source was rebuilt on alike."""
    in_base = {entity.id for entity in _entities(base)}
    kept = {
        section: tuple(_aliases_written(e, written, in_base) for e in records)
        for section, records in sections.items()
    }
    records = {e.id: _aliases_written(e, written, in_base) for e in _entities(replacing)}
    return kept, _in_place_of(replacing, records)


def _aliases_written(entity: Any, written: str, in_base: set[str]) -> Any:
    """``entity`` with the aliases ``written`` holds, where ``base`` lacks it (``in_base``
    holds base's ids: an entity of base keeps its aliases, :func:`_with_more_aliases`
    reads the new ones)."""
    import attrs

    if entity.id in in_base:
        return entity
    kept = tuple(alias for alias in entity.aliases if _alias_name(alias) in written)
    return entity if kept == entity.aliases else attrs.evolve(entity, aliases=kept)


def _in_place_of(replacing: Catalog, records: dict[str, Any]) -> Catalog:
    """``replacing`` with the records of ``records`` in the place of its own of their ids."""
    if not any(entity.id in records for entity in _entities(replacing)):
        return replacing
    sections = {
        section: tuple(records.get(entity.id, entity) for entity in getattr(replacing, section))
        for section in _SECTIONS
    }
    return Catalog(
        sources=replacing.sources, claims=replacing.claims, texts=replacing.texts, **sections
    )


def _alias_name(alias: Any) -> str:
    """An alias's name: a work's aliases are records that also say how the title is used."""
    return alias if isinstance(alias, str) else str(alias.name)


def _file_of(record_id: str, files: dict[str, str]) -> str:
    name = files[record_id]
    return f"texts/{record_id}.txt" if name == "sources.json" else name


_POSITION = re.compile(r" @ \$\.(\w+)\[(\d+)\]$")


def _in_file(problem: str, base: Catalog, folder: str) -> str:
    """A problem of the merged catalog, ``"... @ $.claims[N]"``, said of the folder."""
    found = _POSITION.search(problem)
    if found is None:
        # A clash of ids between the new source and the folder's: said of the folder.
        return problem if problem.endswith(f"(in {folder})") else f"{problem} (in {folder})"
    if int(found[2]) < len(getattr(base, found[1], ())):
        return problem
    return f"{problem[: found.start()]} (in {folder})"


def _text_in(folder: Folder, source_id: str) -> str:
    """A source's text: the folder's ``texts/<id>.txt``, or else an original of ``seeds/``."""
    from ._format import original_text

    name = f"texts/{source_id}.txt"
    if folder.exists(name):
        return _decode_in(folder, name)
    try:
        return original_text(source_id)
    except FileNotFoundError:
        return _decode_in(folder, name)  # says which file is missing, and where


def _decode_in(folder: Folder, name: str) -> str:
    data = folder.read(name, what="source text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"{folder.path_of(name)}: not UTF-8 text: {exc.reason} at byte {exc.start}"
        raise InvalidDataError(msg) from None
