"""What the command line writes: one line per error, control characters shown, and a failed
write to standard output (a full disk, a closed pipe) reported, never a traceback.

Every command prints through these; the commands themselves are in ``_cli``.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

__all__ = [
    "PROG",
    "ClosedOutput",
    "StdoutError",
    "dump",
    "err",
    "fail",
    "nothing",
    "out",
    "prepare_stdout",
    "silence_stdout",
    "write",
    "write_bytes",
    "writing_stdout",
]

PROG = "ballerina-data"


# Control characters in catalog data (an escape sequence in a name, say) are shown, not sent
# to the terminal: C0, DEL and C1 become \xNN.
_CONTROL = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
# Line and paragraph separators break a line in two; bidirectional controls reorder what a
# terminal shows, so that a hostile catalog could make one name look like another.
# Invisible format characters (a zero-width space, a byte order mark, a word joiner, a soft
# hyphen) make two names that differ look alike: shown as escapes too. The zero-width
# joiner is not, as it joins the parts of an emoji.
# A path's bytes that are not UTF-8 arrive as surrogates (PEP 383): show them as bytes.
_CONTROL.update((code, f"\\x{code - 0xDC00:02x}") for code in range(0xDC80, 0xDD00))
_CONTROL.update((code, f"\\u{code:04x}") for code in (0x2028, 0x2029))


class _Shown(dict[int, str]):
    """The characters ``str.translate`` shows as escapes: the table above, and every format
    character (Unicode's category Cf: the bidirectional controls, the zero-width space, the
    byte order mark, the word joiner, the soft hyphen, the tag characters, the invisible
    operators, ...) but the zero-width joiner, which joins the parts of an emoji. A
    character's category is looked up the first time it is written, so that importing the
    command line builds no table of every character; one written as it is raises
    ``KeyError``, which ``str.translate`` takes as "keep it"."""

    __slots__ = ("_kept",)

    def __init__(self, shown: dict[int, str]) -> None:
        super().__init__(shown)
        self._kept: set[int] = set()

    def __missing__(self, code: int) -> str:
        import unicodedata

        if code in self._kept or code == 0x200D or unicodedata.category(chr(code)) != "Cf":
            self._kept.add(code)
            raise KeyError(code)
        shown = self[code] = f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
        return shown


_CONTROL = _Shown(_CONTROL)
# Set by prepare_stdout(): whether standard output's encoding is UTF-8; if not, --json
# writes ASCII.
_ASCII_ONLY = [False]


class StdoutError(Exception):
    """Standard output could not be written: a full disk, a closed pipe."""


class ClosedOutput(io.RawIOBase):
    """Standard output when the process started with it closed (``>&-``), where Python
    leaves ``sys.stdout`` None: each write fails as one to a full disk does, so that a
    command that writes output says so in one line and one that does not still runs."""

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer, /) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def out(line: str = "") -> None:
    """Write one line of text output."""
    write(line.translate(_CONTROL))


@contextlib.contextmanager
def writing_stdout() -> Iterator[None]:
    """A failed write to standard output as :class:`StdoutError`; a closed pipe as itself,
    which main() ends quietly."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StdoutError(exc.strerror or str(exc)) from None


def write(text: str) -> None:
    """Write machine-readable output as it is."""
    with writing_stdout():
        if getattr(sys.stdout, "buffer", None) is None:  # an in-memory stdout
            sys.stdout.write(text + "\n")
            return
        # As bytes, every one checked (see write_bytes): the text layer drops the count a
        # long line's write returns. Encoded as the text layer would (prepare_stdout).
        sys.stdout.flush()
        write_bytes(_encoder().encode(text + "\n"))


# One encoder for the whole output, as the text layer keeps: a codec that opens with a byte
# order mark (UTF-16, UTF-8-SIG) writes it once, at the start, not before every line.
_ENCODER: list[tuple[tuple[object, str, str], codecs.IncrementalEncoder]] = []


def _encoder() -> codecs.IncrementalEncoder:
    key = (sys.stdout, sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict")
    if not _ENCODER or _ENCODER[0][0] != key:
        _ENCODER[:] = [(key, codecs.getincrementalencoder(key[1])(key[2]))]
    return _ENCODER[0][1]


def write_bytes(data: bytes) -> None:
    """Write ``data`` to standard output whole, then flush it: a pipe whose reader goes away
    (``| head -c 10``) may take part of a long write, which returns the short count and
    raises nothing; the rest is written again, and that write raises, so that the command
    never ends with status 0 and a truncated output."""
    view = memoryview(data)
    while view:
        count = sys.stdout.buffer.write(view)
        if not count:  # None or 0: nothing taken, as a non-blocking stdout may
            raise StdoutError(f"{len(view)} bytes of the output were not written")
        view = view[count:]
    sys.stdout.buffer.flush()


def err(message: str) -> None:
    """Write one line to standard error, prefixed with the program's name."""
    sys.stderr.write(f"{PROG}: {message.translate(_CONTROL)}\n")


def nothing(message: str) -> int:
    """Say on standard error, in one line, that a command found nothing: exit status 1."""
    err(message)
    return 1


def dump(data: Any) -> None:
    """Write records or query results as the library's JSON (ASCII on a non-UTF-8 output)."""
    from ._codec import dumps
    from ._convert import unstructure

    text = dumps(unstructure(data), indent=1, ascii_only=_ASCII_ONLY[0])
    # A lone surrogate (a file name's byte that is not UTF-8, as Python decodes it) is
    # written as JSON's escape of it, so the output is UTF-8 every JSON reader takes.
    write(_LONE_SURROGATE.sub(lambda found: f"\\u{ord(found[0]):04x}", text))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def prepare_stdout() -> None:
    """Fit standard output's encoding: escapes where it cannot show a character."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    _ASCII_ONLY[0] = encoding != "utf8"
    if _ASCII_ONLY[0] and hasattr(sys.stdout, "reconfigure"):
        # A character the locale cannot encode is shown as a backslash escape, not a crash
        # midway through the output.
        sys.stdout.reconfigure(errors="backslashreplace")


def silence_stdout() -> None:
    """Send standard output to the null device after a failed write."""
    # What could not be written is dropped, so that the interpreter's own flush at exit
    # does not fail a second time with a traceback.
    with contextlib.suppress(OSError, ValueError):  # ValueError: an in-memory stdout
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def fail(message: str) -> int:
    """Say on standard error, in one line, that the command failed: exit status 1."""
    # One line, whatever a hostile catalog file put into the names the message repeats:
    # err shows a newline as \x0a, so that the path shown is the path given.
    err(f"error: {message}")
    return 1
