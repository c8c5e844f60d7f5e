"""JSON text read one value at a time, and what can be told of JSON text before parsing it.

The catalog's fast read parses a document a record at a time with these; the converter's
reader (``_convert.loads``) uses the same checks before parsing a whole document, and reads
a document's lists as :class:`Items`.
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["Items", "Refused", "Stream", "has_surrogates", "is_sparse"]


class Refused(Exception):
    """What the streamed read does not take: the converter's read says where and what."""


#: Text with at least this many characters per bracket parses into no more objects than a
#: valid catalog of its size (which has 120-160), so parsing it before checking its nesting
#: costs no more memory than a valid file's: the check waits until the records are refused.
_SPARSE = 32


def is_sparse(text: str | bytes) -> bool:
    """Whether ``text`` has few enough brackets to be parsed before its nesting is checked."""
    if isinstance(text, str):
        brackets = text.count("[") + text.count("{")
    else:
        brackets = text.count(b"[") + text.count(b"{")
    return len(text) >= _SPARSE * brackets


# An escaped UTF-16 surrogate that is not half of an escaped pair (JSON decodes a pair to
# one character, as json.dumps writes every character past U+FFFF): a lone half, which no
# UTF-8 output can encode. A pair's escapes after an escaped backslash may be taken for one
# here; the records' checks refuse the lone half that leaves, and the converter says where.
_LONE = (
    r"\\[uU][dD][89abAB][0-9a-fA-F]{2}(?!\\[uU][dD][c-fC-F])"
    r"|(?<![dD][89abAB][0-9a-fA-F]{2})\\[uU][dD][c-fC-F]"
)
_ESCAPED_SURROGATE = re.compile(_LONE)
_ESCAPED_SURROGATE_BYTES = re.compile(_LONE.encode())


def has_surrogates(text: str | bytes, *, decoded: bool) -> bool:
    """Whether JSON text may hold a lone surrogate, escaped or (unless ``decoded`` from
    UTF-8, as bytes are to be) raw."""
    # Cheap tests first: "in" and encode() run in C over the text; the patterns only when
    # they say there may be a surrogate.
    if isinstance(text, bytes):
        return b"\\u" in text and _ESCAPED_SURROGATE_BYTES.search(text) is not None
    if "\\u" in text and _ESCAPED_SURROGATE.search(text):
        return True
    if decoded or text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):  # a key given twice: the converter's read names it
        raise Refused
    return found


#: How many bytes the streamed read decodes at a time.
_WINDOW = 2**20
_SPACE = re.compile(r"[ \t\n\r]*+")


class Stream:
    """JSON text parsed one value at a time, from a str or from UTF-8 bytes decoded a window
    at a time: the whole text is never in memory as a str (for text with a character
    past U+00FF, twice or four times the bytes), nor are all the parsed objects at once."""

    def __init__(self, source: str | bytes) -> None:
        # The decoder's scanner parses one value at an offset (json's own raw_decode calls it).
        decoder = json.JSONDecoder(object_pairs_hook=_pairs)
        self._scan: Callable[[str, int], tuple[Any, int]] = decoder.scan_once  # type: ignore[attr-defined]  # set by __init__, not in the stubs
        self.text = source if isinstance(source, str) else ""
        self._bytes = None if isinstance(source, str) else memoryview(source)
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._read = 0
        self.at = 0

    def _more(self) -> bool:
        """Decode more bytes after what is left of the text; False at their end."""
        if self._bytes is None or self._read == len(self._bytes):
            return False
        left = self.text[self.at :]
        # A value longer than the window doubles it: a long one is parsed a few times, at
        # most about twice its length in all.
        window = self._bytes[self._read : self._read + max(_WINDOW, 2 * len(left))]
        self._read += len(window)
        self.text = left + self._decoder.decode(window, final=self._read == len(self._bytes))
        self.at = 0
        return True

    def value(self) -> Any:
        """The next JSON value, after any whitespace."""
        if not self.char():
            raise Refused
        self.at -= 1
        while True:
            try:
                found, end = self._scan(self.text, self.at)
            except (StopIteration, ValueError):  # perhaps cut off at the window's end
                if self._more():
                    continue
                raise Refused from None
            # A number at the window's end may go on in the next.
            if end < len(self.text) or not self._more():
                self.at = end
                return found

    def char(self) -> str:
        """The next character that is not whitespace, consumed; empty at the end."""
        while True:
            at = self.at
            if at < len(self.text) and self.text[at] not in " \t\n\r":
                self.at = at + 1
                return self.text[at]
            match = _SPACE.match(self.text, at)
            assert match is not None  # the pattern matches the empty text too
            self.at = match.end()
            if self.at < len(self.text):
                self.at += 1
                return self.text[self.at - 1]
            if not self._more():
                return ""

    def records(self, build: Callable[[Any], Any]) -> tuple[Any, ...]:
        """The records of a JSON list, each built as soon as it is parsed."""
        if self.char() != "[":
            raise Refused
        built: list[Any] = []
        if self.char() == "]":
            return ()
        self.at -= 1
        while True:
            built.append(build(self.value()))
            separator = self.char()
            if separator == "]":
                return tuple(built)
            if separator != ",":
                raise Refused


#: Whitespace, then a separator of a list's items (or its end), then whitespace.
_AFTER_ITEM = re.compile(r"[ \t\n\r]*+[,\]]?[ \t\n\r]*+")


class Items:
    """A JSON list of a document, read (its syntax checked, its items counted) but not kept:
    each item is parsed again each time it is read, one at a time, so that a list of
    millions of small items is never whole in memory as objects (a parsed ``{"a":1}`` takes
    about 200 bytes, 25 times its text).

    ``start`` is the offset of the list's ``[`` in ``text``, which holds ``count`` items;
    ``parse(text, at)`` gives the item at ``at`` and the offset where it ends.
    ``keys_twice_from``: where an object of an item gives a key twice, at or after the item
    of this number and offset (and in no item after it), or None.
    """

    __slots__ = ("_count", "_parse", "_start", "_text", "keys_twice_from")

    def __init__(
        self,
        text: str,
        start: int,
        count: int,
        parse: Callable[[str, int], tuple[Any, int]],
        *,
        keys_twice_from: tuple[int, int] | None,
    ) -> None:
        self._text = text
        self._start = start
        self._count = count
        self._parse = parse
        self.keys_twice_from = keys_twice_from

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Any]:
        found = _AFTER_ITEM.match(self._text, self._start + 1)
        assert found is not None  # the pattern matches the empty text too
        return self.after(0, found.end())

    def after(self, number: int, at: int) -> Iterator[Any]:
        """The items from the one of this number, which starts at offset ``at``."""
        text, parse, after = self._text, self._parse, _AFTER_ITEM.match
        for _ in range(self._count - number):
            item, at = parse(text, at)
            yield item
            found = after(text, at)
            assert found is not None
            at = found.end()

    def __getitem__(self, index: int) -> Any:
        """The item at ``index``, parsed after the items before it (which are dropped)."""
        if not 0 <= index < self._count:
            raise IndexError(index)
        return next(itertools.islice(self, index, None))

    def __repr__(self) -> str:
        return f"<{self._count} items of JSON text at {self._start}>"
